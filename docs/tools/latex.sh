#!/bin/sh
# latex.sh PDFLATEX MAIN.tex TEXDIR OUTDIR - typeset the course.
#
# Runs pdflatex until the contents, the labels and the bookmarks are
# settled, with the generated fragments found through TEXINPUTS. A pass
# reads the .toc, .aux and .out the previous pass wrote and writes them
# anew; the book is settled when a pass leaves them as it found them and
# its log asks for no rerun ("Rerun to get cross-references right").
# A clean build takes three passes (the contents pages shift the page
# numbers they list); more than MAX_PASSES means something never settles,
# and stops the build. Then any undefined reference or citation stops the
# build: a "??" in the PDF would be a stale reference. The log is kept in
# OUTDIR.
set -eu
pdflatex=$1 main=$2 texdir=$3 outdir=$4
max_passes=${MAX_PASSES:-5}
mkdir -p "$outdir"
rm -f "$outdir"/pass*.out
name=$(basename "$main" .tex)
export TEXINPUTS="$texdir:$(dirname "$main"):"

# The files one pass hands to the next, as one line of checksums.
state() {
    for ext in aux toc lof lot out; do
        if [ -f "$outdir/$name.$ext" ]; then
            printf '%s %s\n' "$ext" "$(cksum < "$outdir/$name.$ext")"
        fi
    done
}

pass=0
while :; do
    pass=$((pass + 1))
    before=$(state)
    if ! "$pdflatex" -interaction=nonstopmode -halt-on-error \
            -output-directory="$outdir" "$main" > "$outdir/pass$pass.out" 2>&1; then
        echo "latex.sh: pdflatex failed (pass $pass); the end of its log:" >&2
        tail -n 25 "$outdir/$name.log" >&2
        exit 1
    fi
    if [ "$(state)" = "$before" ] &&
            ! grep -q 'Rerun to get' "$outdir/$name.log"; then
        break
    fi
    if [ "$pass" -ge "$max_passes" ]; then
        echo "latex.sh: the contents or the references still change after" \
             "$pass passes; see $outdir/$name.log:" >&2
        grep 'Rerun to get' "$outdir/$name.log" >&2 || true
        exit 1
    fi
done
echo "latex.sh: $pass passes" > "$outdir/passes.txt"
if grep -E "Reference .* undefined|Citation .* undefined|There were undefined" \
        "$outdir/$name.log" >&2; then
    echo "latex.sh: undefined references in $outdir/$name.log" >&2
    exit 1
fi
overfull=$(grep -c '^Overfull \\hbox' "$outdir/$name.log" || true)
if [ "$overfull" -gt 0 ]; then
    echo "latex.sh: note: $overfull overfull lines (see $outdir/$name.log)" >&2
fi
