#!/bin/sh
# suites.sh tests/test_NAME.c... - the runner's list of suites, one
# X(NAME) per test file, for build/tests/suites.inc.
#
# The runner finds a file's suite by the file's name: tests/test_NAME.c
# must end with CHECK_SUITE(NAME, table). A file whose CHECK_SUITE names
# another suite, or has none, or two, would otherwise fail to link with
# only "undefined reference to suite_NAME"; this stops with the file, the
# line and the name it must have.
set -eu
status=0
for file in "$@"; do
    stem=$(basename "$file" .c)
    stem=${stem#test_}
    found=$(grep -n '^[[:space:]]*CHECK_SUITE[[:space:]]*(' "$file" || true)
    count=$(printf '%s' "$found" | grep -c . || true)
    if [ "$count" -eq 0 ]; then
        echo "$file: no CHECK_SUITE($stem, tests) line; every test file ends" \
             "with one, named after the file" >&2
        status=1
        continue
    fi
    if [ "$count" -gt 1 ]; then
        echo "$file: $count CHECK_SUITE lines; a test file holds one suite:" >&2
        printf '%s\n' "$found" | sed "s|^|$file:|" >&2
        status=1
        continue
    fi
    line=${found%%:*}
    name=$(printf '%s' "$found" |
           sed 's/^[0-9]*:[[:space:]]*CHECK_SUITE[[:space:]]*([[:space:]]*\([A-Za-z0-9_]*\).*/\1/')
    if [ "$name" != "$stem" ]; then
        echo "$file:$line: CHECK_SUITE($name, ...) must be" \
             "CHECK_SUITE($stem, ...): the runner finds a suite by its" \
             "file's name (tests/test_$stem.c)" >&2
        status=1
        continue
    fi
    printf 'X(%s)\n' "$stem"
done
exit $status
