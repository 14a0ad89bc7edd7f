/*
 * 10-relu-compare - whether our kernels meet their targets beside SLEEF
 * and PyTorch, from the last run of `make bench-compare` (claim R3).
 *
 * `make bench-compare` (docs/tools/bench-compare/) times our sigmoid and
 * tanh beside SLEEF's u10 functions at the same vector width and beside
 * PyTorch on one thread, and writes a table whose every row carries its
 * in-cache target and whether it is met. That run needs SLEEF and
 * PyTorch, so the report never makes it: this program reads the table a
 * run left, or, without one, writes the same table and keys with every
 * cell a dash, so that the text finds the same names either way and the
 * book builds on any machine.
 *
 * Run it:   build/bin/10-relu-compare --run build/bench/compare --out DIR
 *           build/bin/10-relu-compare              (no run: dashes)
 * The verdicts go to stdout; with --out DIR it writes the files below.
 */
#include "cli.h"
#include "out.h"
#include "table.h"
#include "vecact.h"

#include <stdio.h>
#include <string.h>

static const char OUTPUTS[] =
    "  compare.tsv       function, implementation, lanes, cache_ns,\n"
    "                    cache16_ns, memory_ns (ns per element at 4 KiB,\n"
    "                    16 KiB, 256 MiB), ours_x (its time in cache in\n"
    "                    units of ours), target, met: the run's table\n"
    "  compare_run.tsv   key, value: the processor, the date, PyTorch's\n"
    "                    call from Python\n"
    "  values.tsv        key, value: for <fn> sigmoid or tanh,\n"
    "                    compare_<fn>_sleef<lanes>_x and\n"
    "                    compare_<fn>_sleef<lanes>_met (<lanes> 4, 8, 16),\n"
    "                    compare_<fn>_pytorch_x, compare_<fn>_pytorch_met;\n"
    "                    compare_targets, compare_met (how many)\n";

#define NOT_MEASURED "--"
/* A run's files are small: a few dozen rows. */
#define MAX_TABLE_BYTES (1 << 20)

/* The table's columns, in the order the text shows them. */
#define NCOLS 9
static const char *const COLS[NCOLS] = {
    "function", "implementation", "lanes", "cache_ns", "cache16_ns",
    "memory_ns", "ours_x", "target", "met"
};

/* The targets the text quotes: each function against SLEEF at each width
 * and against PyTorch. */
static const char *const FUNCTIONS[] = { "sigmoid", "tanh" };
static const char *const SLEEF_LANES[] = { "4", "8", "16" };
#define NFUNCTIONS (sizeof FUNCTIONS / sizeof FUNCTIONS[0])
#define NWIDTHS (sizeof SLEEF_LANES / sizeof SLEEF_LANES[0])

/* The row of `t` for function, implementation and lanes, or -1. */
static long find_row(const struct table *t, const char *function,
                     const char *impl, const char *lanes)
{
    long f = table_col(t, "function"), i = table_col(t, "implementation");
    long l = table_col(t, "lanes");
    for (size_t r = 0; r < t->rows; r++)
        if (strcmp(table_str(t, r, f), function) == 0 &&
            strcmp(table_str(t, r, i), impl) == 0 &&
            strcmp(table_str(t, r, l), lanes) == 0) {
            return (long)r;
        }
    return -1;
}

/* One target's ratio (ours_x), target and verdict (met), as the run's
 * table gives them; dashes if it has no such row or there is no run. */
struct verdict {
    const char *x, *target, *met;
};

static struct verdict verdict(const struct table *t, const char *function,
                              const char *impl, const char *lanes)
{
    long r = t ? find_row(t, function, impl, lanes) : -1;
    if (r < 0) {
        return (struct verdict){ NOT_MEASURED, NOT_MEASURED, NOT_MEASURED };
    }
    return (struct verdict){
        table_str(t, (size_t)r, table_col(t, "ours_x")),
        table_str(t, (size_t)r, table_col(t, "target")),
        table_str(t, (size_t)r, table_col(t, "met")),
    };
}

/* Print a verdict and count it: *measured the targets the run judged,
 * *met those met. */
static void tally(struct verdict v, const char *function, const char *impl,
                  const char *lanes, int *measured, int *met)
{
    printf("    %-8s %-10s %-3s %6s x ours  (target %s: %s)\n", function,
           impl, lanes, v.x, v.target, v.met);
    *measured += strcmp(v.met, "yes") == 0 || strcmp(v.met, "no") == 0;
    *met += strcmp(v.met, "yes") == 0;
}

/* Copy a run's key/value table, or write the placeholder. */
static void write_run(const struct table *run)
{
    struct tsv *o = tsv_open("compare_run.tsv", "key value");
    if (run == NULL) {
        static const char *const ITEMS[] = {
            "processor", "date", "PyTorch's call from Python (ns)"
        };
        for (size_t i = 0; i < sizeof ITEMS / sizeof ITEMS[0]; i++) {
            tsv_str(o, ITEMS[i]);
            tsv_str(o, NOT_MEASURED);
            tsv_end(o);
        }
        return;
    }
    long k = table_col(run, "key"), v = table_col(run, "value");
    for (size_t r = 0; r < run->rows; r++) {
        tsv_str(o, table_str(run, r, k));
        tsv_str(o, table_str(run, r, v));
        tsv_end(o);
    }
}

/* Copy a run's table in the columns COLS, or write one row of dashes. */
static void write_table(const struct table *t)
{
    char header[160] = "";
    for (int c = 0; c < NCOLS; c++)
        snprintf(header + strlen(header), sizeof header - strlen(header),
                 "%s%s", c ? " " : "", COLS[c]);
    struct tsv *o = tsv_open("compare.tsv", header);
    if (t == NULL) {
        for (int c = 0; c < NCOLS; c++)
            tsv_str(o, c == 1 ? "not measured (make bench-compare)"
                              : NOT_MEASURED);
        tsv_end(o);
        return;
    }
    long col[NCOLS];
    for (int c = 0; c < NCOLS; c++)
        col[c] = table_col(t, COLS[c]);
    for (size_t r = 0; r < t->rows; r++) {
        for (int c = 0; c < NCOLS; c++)
            tsv_str(o, table_str(t, r, col[c]));
        tsv_end(o);
    }
}

int main(int argc, char **argv)
{
    const char *dir = NULL;
    const struct cli_opt opts[] = {
        CLI_PATH("run", &dir, "folder of a make bench-compare run "
                 "(compare.tsv, compare_run.tsv); without it, dashes"),
        CLI_END
    };
    char purpose[200];
    snprintf(purpose, sizeof purpose, "Our sigmoid and tanh against their "
             "in-cache targets beside SLEEF and PyTorch: claim R3. "
             "Dispatch on this processor: %s.", vecact_best()->name);
    CLI_PARSE("10-relu-compare", purpose, OUTPUTS, opts, argc, argv);

    struct table *t = NULL, *run = NULL;
    if (dir != NULL) {
        char path[4096];
        snprintf(path, sizeof path, "%s/compare.tsv", dir);
        t = table_read(path, MAX_TABLE_BYTES, "option --run");
        snprintf(path, sizeof path, "%s/compare_run.tsv", dir);
        run = table_read(path, MAX_TABLE_BYTES, "option --run");
        for (int c = 0; c < NCOLS; c++)
            table_col(t, COLS[c]); /* exits 2 naming the column */
        table_col(run, "key");
        table_col(run, "value");
    }
    printf("Chapter 10: our kernels beside SLEEF and PyTorch (%s)\n\n",
           t ? "the last make bench-compare" : "not measured");
    int met = 0, measured = 0;
    for (size_t f = 0; f < NFUNCTIONS; f++) {
        const char *fn = FUNCTIONS[f];
        for (size_t w = 0; w < NWIDTHS; w++) {
            const char *lanes = SLEEF_LANES[w];
            struct verdict v = verdict(t, fn, "SLEEF u10", lanes);
            out_value(OUT_KEY("compare_%s_sleef%s_x", fn, lanes), "%s", v.x);
            out_value(OUT_KEY("compare_%s_sleef%s_met", fn, lanes), "%s",
                      v.met);
            tally(v, fn, "SLEEF u10", lanes, &measured, &met);
        }
        struct verdict v = verdict(t, fn, "PyTorch", "-");
        out_value(OUT_KEY("compare_%s_pytorch_x", fn), "%s", v.x);
        out_value(OUT_KEY("compare_%s_pytorch_met", fn), "%s", v.met);
        tally(v, fn, "PyTorch", "-", &measured, &met);
    }
    if (measured) {
        out_value("compare_targets", "%d", measured);
        out_value("compare_met", "%d", met);
    } else {
        out_value("compare_targets", "%s", NOT_MEASURED);
        out_value("compare_met", "%s", NOT_MEASURED);
    }
    printf("\n%d of %d targets met\n", met, measured);
    write_table(t);
    write_run(run);
    if (t) {
        table_free(t);
        table_free(run);
    }
    out_finish();
    return 0;
}
