# gpu_table.awk - the recorded GPU measurement as C rows for gpu.c.
#
# Reads data/gpu-activations-h200-pytorch.tsv (comment lines start with
# '#') and prints one initializer per row, { "op", n, median_us,
# ns_per_elem, GB_per_s }. A header that is not those five columns, a row
# of another length, an operation that is not a lower-case word or a cell
# that is not a number stops the build with the file and line.
BEGIN { FS = "\t"; status = 0 }
function bad(why) {
    printf "%s:%d: %s\n", FILENAME, FNR, why > "/dev/stderr"
    status = 1
    exit 1
}
/^#/ { next }
!header {
    header = 1
    if ($0 != "op\tn\tmedian_us\tns_per_elem\tGB_per_s")
        bad("the header is not op, n, median_us, ns_per_elem, GB_per_s")
    next
}
NF != 5 { bad("a row of " NF " cells, not 5") }
$1 !~ /^[a-z]+$/ { bad("'" $1 "' is not an operation's name") }
{
    for (i = 2; i <= 5; i++)
        if ($i !~ /^[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$/)
            bad("'" $i "' is not a number")
    printf "    { \"%s\", %s, %s, %s, %s },\n", $1, $2, $3, $4, $5
    rows++
}
END {
    if (status == 0 && rows == 0) {
        printf "%s: no rows\n", FILENAME > "/dev/stderr"
        exit 1
    }
}
