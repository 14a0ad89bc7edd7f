#!/bin/sh
# exercises.sh - run exercise checks (docs/exercises.mk).
#
#   exercises.sh run FILE BIN [FILE BIN ...]
#       Run each check on the student's answer FILE (linked into BIN) and
#       show what it says; after a failure, which file to edit. Exit 1 if
#       any check fails.
#   exercises.sh check ID STUB SOL [ID STUB SOL ...]
#       Each check must fail on its committed stub (exit status 1, one or
#       two lines starting "ID: ") and pass on its solution (exit status 0,
#       the line "ID pass", after at most two lines "ID: " that say what
#       the answer found), within LIMIT seconds each. Exit 1 otherwise.
set -u
LIMIT=10 # seconds: a check takes well under one; this only stops a hang
# OpenBLAS, in the library every check links, starts a thread per core at
# load time; a check multiplies no matrices.
export OPENBLAS_NUM_THREADS=1

# Milliseconds since the epoch (GNU date; elsewhere whole seconds).
now_ms() {
    t=$(date +%s%N 2>/dev/null)
    case $t in *N) echo $(($(date +%s) * 1000)) ;; *) echo $((t / 1000000)) ;; esac
}

mode=$1
shift
case $mode in
run)
    total=0 passed=0
    while [ $# -ge 2 ]; do
        file=$1 bin=$2
        shift 2
        id=$(basename "$file" | sed 's/-.*//')
        total=$((total + 1))
        timeout $LIMIT "$bin"
        status=$?
        if [ $status = 0 ]; then
            passed=$((passed + 1))
            continue
        fi
        if [ $status = 124 ]; then
            echo "$id: no answer within $LIMIT s (an endless loop?)"
        elif [ $status -gt 128 ]; then
            echo "$id: the check crashed (signal $((status - 128))) in your code"
        fi
        echo "  (edit $file, then: make exercise EX=$id)"
    done
    [ $total -gt 1 ] && echo "$passed of $total exercises pass"
    [ $passed = $total ]
    exit $?
    ;;
check)
    count=0 failed=0 slowest=0 slow_id=""
    start=$(now_ms)
    while [ $# -ge 3 ]; do
        id=$1 stub=$2 sol=$3
        shift 3
        count=$((count + 1))
        t0=$(now_ms)
        out=$(timeout $LIMIT "$stub" 2>&1)
        status=$?
        lines=$(printf '%s\n' "$out" | wc -l)
        if [ $status != 1 ]; then
            echo "FAIL: $id: its stub exits $status, not 1: $out" >&2
            failed=1
        elif [ "${out#"$id: "}" = "$out" ] || [ "$lines" -gt 2 ]; then
            echo "FAIL: $id: its stub's message is not one or two lines" \
                 "starting \"$id: \": $out" >&2
            failed=1
        fi
        out=$(timeout $LIMIT "$sol" 2>&1)
        status=$?
        # "ID pass" last, after at most two lines "ID: " of what the
        # answer shows (a check may say what a right answer found).
        last=$(printf '%s\n' "$out" | tail -n 1)
        lines=$(printf '%s\n' "$out" | wc -l)
        notes=$(printf '%s\n' "$out" | sed '$d' | grep -cv "^$id: ")
        if [ $status != 0 ] || [ "$last" != "$id pass" ] ||
           [ "$lines" -gt 3 ] || { [ "$lines" -gt 1 ] && [ "$notes" != 0 ]; }
        then
            echo "FAIL: $id: its solution exits $status and says: $out" >&2
            failed=1
        fi
        t=$(($(now_ms) - t0))
        if [ $t -gt $slowest ]; then slowest=$t slow_id=$id; fi
    done
    all=$(($(now_ms) - start))
    if [ $failed != 0 ]; then
        exit 1
    fi
    echo "check-exercises: $count exercises, each fails on its stub and" \
         "passes on its solution ($all ms; slowest $slow_id, $slowest ms)"
    ;;
*)
    echo "usage: exercises.sh run FILE BIN ... | check ID STUB SOL ..." >&2
    exit 2
    ;;
esac
