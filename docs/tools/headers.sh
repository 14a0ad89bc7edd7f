#!/bin/sh
# headers.sh HEADER... - stop if two headers share a name.
#
# The tests are compiled with every chapter folder on the include path
# (after src/ and tests/), so #include "dead.h" finds the first dead.h of
# all of them: a new chapter's dead.h would silently be chapter 10's. A
# header name must therefore be unique in src/, tests/ and chapters/*/.
# Prints each clash, naming both files, and exits 1.
set -eu
status=0
seen=""
for h in "$@"; do
    for other in $seen; do
        if [ "${other##*/}" = "${h##*/}" ]; then
            echo "$h: a header of the same name is $other; header names" \
                 "must be unique in src/, tests/ and chapters/*/, because" \
                 "the tests include them by name through every folder" \
                 "at once (rename one, e.g. after its chapter's module)" >&2
            status=1
        fi
    done
    seen="$seen $h"
done
exit $status
