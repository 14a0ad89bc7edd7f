# loops.awk - the inner loop of every kernel function in one build of
# vecact.c, counted in the compiled code (chapter.mk runs it on
# `objdump -d --no-show-raw-insn` of each build's object).
#
#   objdump -d --no-show-raw-insn OBJ | awk -v build=NAME -f loops.awk
#
# prints one C initialiser per function, for timing.c:
#   { "NAME", "sigmoid_array", 43, 16 },
# the function's instructions in one pass of its loop, and the floats
# that pass stores. A loop is a jump back to an earlier address of the
# same function; its body runs from that address to the jump. A function
# has several (the vectorised loop, then the remainder's, and jumps
# back from code placed after them); its main loop is the shortest of
# those with the widest store, and a pass stores as many floats as its
# stores of that width hold. x86-64 (AT&T syntax) only:
# elsewhere it finds no jumps and prints nothing, and the benchmark
# prints a dash.

function flush(    i, j, bw, bn, be, w, n, e) {
    if (fn == "") return
    bw = 0
    for (i = 1; i <= nins; i++) {
        if (!(i in back)) continue
        w = 0; n = 0; e = 0
        for (j = back[i]; j <= i; j++) {
            n++
            if (stored[j] > w) { w = stored[j]; e = 0 }
            if (stored[j] == w) e += w
        }
        if (w > bw || (w == bw && n < bn)) { bw = w; bn = n; be = e }
    }
    if (bw > 0)
        printf "    { \"%s\", \"%s\", %d, %d },\n", build, fn, bn, be
    fn = ""
}

# Floats one instruction stores: a move whose last operand is in memory,
# as wide as its source register.
function floats_stored(mn, ops,    src) {
    if (mn !~ /^v?mov/ || ops !~ /\)(\{%k[0-7]\})?$/) return 0
    if (ops !~ /^%/) return 0
    src = ops; sub(/,.*/, "", src)
    if (src ~ /zmm/) return 16
    if (src ~ /ymm/) return 8
    if (src ~ /xmm/) return mn ~ /ss$|movd$/ ? 1 : mn ~ /movq$|sd$/ ? 2 : 4
    return src ~ /^%[re]?[a-z0-9]+d?$/ && mn == "mov" ? 1 : 0
}

# A function starts: "0000000000001070 <sigmoid_array>:".
/^[0-9a-f]+ <[^>]+>:$/ {
    flush()
    fn = $2; gsub(/[<>:]/, "", fn)
    nins = 0; delete addr; delete back; delete stored; delete at
    next
}

# An instruction: "    1168:\tvmovups (%rcx,%rax,1),%zmm3".
fn != "" && /^ *[0-9a-f]+:\t/ {
    line = $0
    a = line; sub(/^ */, "", a); sub(/:.*/, "", a)
    rest = line; sub(/^[^\t]*\t/, "", rest)
    sub(/ *#.*/, "", rest)
    mn = rest; sub(/ .*/, "", mn)
    ops = rest; sub(/^[^ ]* */, "", ops)
    if (mn == "" || mn ~ /^(nop|data16|cs|xchg)/) next
    nins++
    addr[nins] = a; at[a] = nins
    stored[nins] = floats_stored(mn, ops)
    # A jump back within the function closes a loop.
    if (mn ~ /^j/ && ops ~ /^[0-9a-f]+ </) {
        t = ops; sub(/ .*/, "", t)
        if (t in at && at[t] <= nins) back[nins] = at[t]
    }
}

END { flush() }
