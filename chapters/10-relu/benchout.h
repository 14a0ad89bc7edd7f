/*
 * benchout.h - the benchmark's results as the chapter's tables and
 * values, measured or as a labelled placeholder.
 *
 * The benchmark (main-bench.c) fills a struct benchout and writes it
 * with benchout_write(); make copies those files into the report's data
 * (chapter.mk). When the report is built without a benchmark (make
 * report BENCH=0, 10-relu-bench --sweep none), benchout_write(NULL)
 * writes the same keys and tables with every timing replaced by a dash,
 * and no curves, so that the figures show a labelled empty frame. One
 * writer for both, so the text finds the same names either way.
 */
#ifndef BENCHOUT_H
#define BENCHOUT_H

#include <stddef.h>

/* The in-cache point of the ratio tables: the smallest array, whose input
 * and output fit many times over in any level-1 data cache. The
 * from-memory point is the largest array of the sweep. */
#define BENCHOUT_CACHE_BYTES 4096

/* Median, fastest and slowest of the repeated runs, in ns per element,
 * and the smallest share of wall time the thread had the processor in
 * any of them (1 = never interrupted). NaN where not measured. */
struct benchout_cell {
    double med, lo, hi, share;
};

/* The activations of the layer measurement, in this order. */
#define BENCHOUT_LAYER_ACTS 3
extern const char *const benchout_layer_acts[BENCHOUT_LAYER_ACTS];

struct benchout {
    const char *sweep;     /* "quick" or "full" */
    long repeats;          /* timed runs per cell */
    double sample_ms;      /* length of one timed run */
    size_t nsizes;
    const size_t *bytes;   /* array sizes in bytes, ascending */
    struct benchout_cell *cells; /* kernels_count x nsizes: [k][s] */
    char cpu[128];         /* the processor's name */
    long cache[3];         /* L1d, L2, L3 sizes in bytes; 0 unknown */
    int avx2, avx512;      /* whether the AVX2, AVX-512 kernels ran */
    double clock_ghz;      /* the clock, measured (timing.h); NaN unknown */
    /* The layer: seconds per pass of the dense product and of the
     * activation (forward) or its derivative (backward). */
    size_t layer_in, layer_batch;
    double dense_s[2];                       /* forward, backward */
    double act_s[2][BENCHOUT_LAYER_ACTS];    /* [pass][activation] */
};

/* Fill in what b says of the machine (processor, caches, which builds
 * run, the clock) and print it, with the flags of every build. */
void benchout_describe(struct benchout *b);

/* Check every kernel this processor runs against its double reference
 * on one float in `stride` and print the worst error of each. */
void benchout_accuracy(long stride);

/* Print b's timings on stdout: each kernel in cache and from memory,
 * a warning if another program took the processor, the layer's shares. */
void benchout_print(const struct benchout *b);

/* Write the tables and values of b, or the placeholders if b is NULL,
 * through out.h (into the --out directory, if any). */
void benchout_write(const struct benchout *b);

#endif
