/*
 * timing.h - how the benchmark (main-bench.c) times one kernel at one
 * array size, and an activation's share of a dense layer.
 *
 * A cell is a kernel at one array size. timing_plan() calibrates it: a
 * timed run lasts about `target` seconds, many passes over a small array
 * (in the cache) or one pass over a window of a large one, the windows
 * taking turns so that each comes from memory. timing_sample() makes one
 * timed run; a run in which the thread did not have the processor (another
 * program was running) is made again, a few times at most. Times are wall
 * times from CLOCK_MONOTONIC, in ns per element.
 */
#ifndef TIMING_H
#define TIMING_H

#include "benchout.h"
#include "kernels.h"

#include <stddef.h>
#include <stdint.h>

/* The arrays a kernel runs on. The kernels from the output y are timed on
 * z as well: their three operations take the same time whatever the
 * input. */
struct timing_arrays {
    float *z;  /* input */
    float *dy; /* incoming gradient */
    float *y;  /* output: y or dz */
    size_t n;  /* floats in each */
};

/* Arrays of n floats on a 256-byte boundary: z uniform in [-zmax, zmax],
 * dy in [-1, 1] (from the seed), y zeroed. Returns 0, or -1 if out of
 * memory. */
int timing_arrays_alloc(struct timing_arrays *a, size_t n, double zmax,
                        uint64_t seed);
void timing_arrays_free(struct timing_arrays *a);

/* Where the next window of a large array starts: one for all the cells
 * of a size, so that every run, of any kernel, takes the window after the
 * last one. Windows of their own per cell would start each kernel where
 * the one timed before it had just been, and a kernel that reads z found
 * the end of that window still in the last-level cache, unless the one
 * before only stored (fill): the copy, timed after fill, was the only
 * limit that read all of its window from memory. */
struct timing_plan {
    size_t window;  /* elements per pass */
    long reps;      /* passes per timed run */
    size_t *cursor; /* where the next window starts, shared */
};

/* One cell of the sweep: a kernel at one array size, its plan and the
 * times of its runs so far. */
struct timing_cell {
    const struct kernels_entry *k;
    struct timing_arrays a;  /* the arrays, cut to this cell's size */
    struct timing_plan plan; /* plan.cursor: set before timing_plan() */
    double *ns;              /* ns per element of each run */
    double share;            /* the smallest CPU share of its runs */
};

/* A run in which the thread had the processor less than this share of
 * the time is run again (up to five times), then kept, and the summary
 * warns. */
#define TIMING_BUSY_SHARE 0.9

/* Time every supported kernel at each of b's sizes (b->bytes, b->nsizes)
 * on the arrays a, b->repeats runs of about `target` seconds each, into
 * b->cells. */
void timing_sweep(struct benchout *b, const struct timing_arrays *a,
                  double target);

/* Calibrate c for runs of about `target` seconds. */
void timing_plan(struct timing_cell *c, double target);

/* Run 'r' of c: one timed run, into c->ns[r]. */
void timing_sample(struct timing_cell *c, long r);

/* The cell's `repeats` runs as the tables report them: median, range and
 * the smallest CPU share (sorts c->ns). */
struct benchout_cell timing_summary(struct timing_cell *c, long repeats);

/* Array sizes for a sweep: min_bytes times powers of `factor`, up to
 * max_bytes (at least min_bytes itself), at most `room` of them, into
 * bytes[]; returns how many. */
size_t timing_sizes(size_t *bytes, size_t room, size_t min_bytes,
                    size_t max_bytes, int factor);

/* The processor's clock in GHz while this thread runs, measured: a chain
 * of dependent integer additions, which every x86-64 core retires at one
 * per cycle, timed over runs of about a millisecond, the fastest of
 * them. NaN where the chain cannot be written (not x86-64 with GCC's
 * inline assembly). */
double timing_clock_ghz(void);

/* The instructions kernel k runs per element: its main loop's
 * instructions divided by the floats one pass of it stores, counted in
 * the compiled code of its build (loops.awk, from the disassembly); NaN
 * for the kernels that are not vecact.c's (scalar, memcpy) and where no
 * loop was found. */
double timing_loop_insns(const struct kernels_entry *k);

/* The layer measurement: a square dense layer of TIMING_LAYER_IN units,
 * batch TIMING_LAYER_BATCH, its product and each activation of
 * benchout_layer_acts timed in both passes, into b's layer fields.
 * Returns 0, or -1 if out of memory. */
#define TIMING_LAYER_IN 256
#define TIMING_LAYER_BATCH 32
int timing_layer(struct benchout *b, double target, long repeats,
                 uint64_t seed);

#endif
