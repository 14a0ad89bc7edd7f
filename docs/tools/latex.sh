#!/bin/sh
# latex.sh PDFLATEX MAIN.tex TEXDIR OUTDIR - typeset the course.
#
# Runs pdflatex twice (the first pass writes the table of contents and the
# labels, the second uses them) with the generated fragments found through
# TEXINPUTS. Then any undefined reference or citation stops the build: a
# "??" in the PDF would be a stale reference. The log is kept in OUTDIR.
set -eu
pdflatex=$1 main=$2 texdir=$3 outdir=$4
mkdir -p "$outdir"
name=$(basename "$main" .tex)
export TEXINPUTS="$texdir:$(dirname "$main"):"
for pass in 1 2; do
    if ! "$pdflatex" -interaction=nonstopmode -halt-on-error \
            -output-directory="$outdir" "$main" > "$outdir/pass$pass.out" 2>&1; then
        echo "latex.sh: pdflatex failed (pass $pass); the end of its log:" >&2
        tail -n 25 "$outdir/$name.log" >&2
        exit 1
    fi
done
if grep -E "Reference .* undefined|Citation .* undefined|There were undefined" \
        "$outdir/$name.log" >&2; then
    echo "latex.sh: undefined references in $outdir/$name.log" >&2
    exit 1
fi
overfull=$(grep -c '^Overfull \\hbox' "$outdir/$name.log" || true)
if [ "$overfull" -gt 0 ]; then
    echo "latex.sh: note: $overfull overfull lines (see $outdir/$name.log)" >&2
fi
