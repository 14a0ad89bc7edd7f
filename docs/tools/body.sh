#!/bin/sh
# body.sh PARTS CHAPTER... - the LaTeX that puts the chapters in order.
#
# PARTS is a TSV file (number, title): a \part starts before the first
# chapter whose number is at least `number`. Each chapter keeps its folder's
# number (07-sigmoid is Chapter 7) even when earlier chapters are absent.
set -eu
parts=$1
shift
current=""
for ch in "$@"; do
    num=${ch%%-*}
    part=$(awk -F'\t' -v n="$num" 'NR > 1 && n + 0 >= $1 + 0 { t = $2 } END { print t }' "$parts")
    if [ "$part" != "$current" ]; then
        printf '\\part{%s}\n' "$part"
        current=$part
    fi
    printf '\\setcounter{chapter}{%d}\n' "$((${num#0} - 1))"
    printf '\\input{%s}\n' "$ch"
done
