/*
 * timing.c - timing one kernel at one array size, and a dense layer's
 * steps; see timing.h.
 */
#include "timing.h"

#include "act.h"
#include "alloc.h"
#include "bench.h"
#include "progress.h"
#include "dense.h"
#include "rng.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The calibration's first run covers at most 64 KiB: long enough to
 * time, short enough to cost nothing. A timed run over a window of a
 * large array covers at least as much, so that the call and the timer
 * are a negligible part of it. */
#define PROBE_ELEMS 16384
#define MIN_WINDOW 16384
/* Windows are whole multiples of 64 floats (256 bytes), so each starts
 * on a cache line; the arrays are allocated on that boundary too. */
#define WINDOW_ALIGN 64
#define BUSY_RETRIES 5
/* Random inputs: a million drawn, then repeated. */
#define INIT_BLOCK (1u << 20)

/* ------------------------------------------------------------------ */
/* the arrays                                                         */
/* ------------------------------------------------------------------ */

/* INIT_BLOCK random inputs drawn, then repeated, so that even a 512 MiB
 * array takes a fraction of a second to fill (no branch predictor learns
 * a pattern a million elements long). Every page is written, so no page
 * fault falls into a timed run. */
static void fill_random(float *x, size_t n, double lo, double hi,
                        struct rng *r)
{
    size_t block = n < INIT_BLOCK ? n : INIT_BLOCK;
    for (size_t i = 0; i < block; i++)
        x[i] = (float)rng_range(r, lo, hi);
    for (size_t i = block; i < n; i += block)
        memcpy(x + i, x, (n - i < block ? n - i : block) * sizeof *x);
}

int timing_arrays_alloc(struct timing_arrays *a, size_t n, double zmax,
                        uint64_t seed)
{
    /* aligned_alloc needs a size that is a multiple of the alignment. */
    size_t align = WINDOW_ALIGN * sizeof(float);
    size_t bytes = (n * sizeof(float) + align - 1) / align * align;
    *a = (struct timing_arrays){ aligned_alloc(align, bytes),
                                 aligned_alloc(align, bytes),
                                 aligned_alloc(align, bytes), n };
    if (a->z == NULL || a->dy == NULL || a->y == NULL) {
        timing_arrays_free(a);
        return -1;
    }
    struct rng r;
    rng_seed(&r, seed);
    fill_random(a->z, n, -zmax, zmax, &r);
    fill_random(a->dy, n, -1.0, 1.0, &r);
    memset(a->y, 0, bytes);
    return 0;
}

void timing_arrays_free(struct timing_arrays *a)
{
    free(a->z);
    free(a->dy);
    free(a->y);
    *a = (struct timing_arrays){ NULL, NULL, NULL, 0 };
}

/* ------------------------------------------------------------------ */
/* one kernel                                                         */
/* ------------------------------------------------------------------ */

/* One timed run: plan.reps passes over a window; returns seconds and
 * the CPU share in *share. */
static double timed_run(vecact_fwd f, vecact_bwd g,
                        const struct timing_arrays *a,
                        struct timing_plan *p, double *share)
{
    size_t off = 0;
    if (p->window < a->n) {
        /* The next run, of this kernel or another, takes the next window,
         * so that none is still cached. */
        off = *p->cursor + p->window <= a->n ? *p->cursor : 0;
        *p->cursor = off + p->window;
    }
    double c0 = bench_cpu_now(), t0 = bench_now();
    for (long r = 0; r < p->reps; r++) {
        if (f != NULL) {
            f(a->z + off, a->y + off, p->window);
        } else {
            g(a->z + off, a->dy + off, a->y + off, p->window);
        }
    }
    double t = bench_now() - t0;
    *share = t > 0 ? (bench_cpu_now() - c0) / t : 1.0;
    return t;
}

/* Plan runs of about `target` seconds at `per` seconds per element. */
static void plan_runs(struct timing_plan *p, size_t n, double per,
                      double target)
{
    if (per <= 0) {
        per = 1e-12; /* below the clock's resolution: plan long runs */
    }
    if ((double)n * per >= target) {
        size_t w = (size_t)(target / per) / WINDOW_ALIGN * WINDOW_ALIGN;
        w = w < MIN_WINDOW ? MIN_WINDOW : w;
        p->window = w > n ? n : w;
        p->reps = 1;
    } else {
        p->window = n;
        p->reps = (long)ceil(target / ((double)n * per));
    }
}

/* A short probe, then one run as planned, which also warms the caches and
 * measures the plan's own speed (for a large array, the memory's rather
 * than the cache's); then plan again from that. */
void timing_plan(struct timing_cell *c, double target)
{
    vecact_fwd f = kernels_forward(c->k);
    vecact_bwd g = kernels_backward(c->k);
    size_t n = c->a.n;
    struct timing_plan *p = &c->plan;
    p->window = n < PROBE_ELEMS ? n : PROBE_ELEMS;
    p->reps = 1;
    double share;
    double t = timed_run(f, g, &c->a, p, &share);
    plan_runs(p, n, t / (double)p->window, target);
    t = timed_run(f, g, &c->a, p, &share);
    plan_runs(p, n, t / ((double)p->window * (double)p->reps), target);
    c->share = 1.0;
}

/* After one untimed pass that brings a small array back into the cache
 * (the cells run before it have evicted it), or, from memory, one that
 * leaves the caches as this kernel leaves them. */
void timing_sample(struct timing_cell *c, long r)
{
    vecact_fwd f = kernels_forward(c->k);
    vecact_bwd g = kernels_backward(c->k);
    double share, t;
    if (c->plan.window == c->a.n) {
        struct timing_plan once = c->plan;
        once.reps = 1;
        timed_run(f, g, &c->a, &once, &share);
    } else {
        /* From memory, one untimed run first, over the window before the
         * timed one: it writes back the lines the cell timed before this
         * one left dirty in the caches (a store-only loop leaves nothing
         * else), which the timed run would otherwise pay for. Both take
         * the next windows of the size's shared cursor (timing.h). */
        timed_run(f, g, &c->a, &c->plan, &share);
    }
    /* A run during which another program had the processor measures
     * that program too: run it again, a few times at most. */
    int tries = 0;
    do {
        t = timed_run(f, g, &c->a, &c->plan, &share);
    } while (share < TIMING_BUSY_SHARE && ++tries < BUSY_RETRIES);
    c->ns[r] = 1e9 * t / ((double)c->plan.window * (double)c->plan.reps);
    c->share = fmin(c->share, share);
}

struct benchout_cell timing_summary(struct timing_cell *c, long repeats)
{
    struct benchout_cell out;
    out.med = bench_median(c->ns, (size_t)repeats); /* sorts ns */
    out.lo = c->ns[0];
    out.hi = c->ns[repeats - 1];
    out.share = c->share;
    return out;
}

/* Every cell of b's sweep, round after round: the runs of one cell are
 * spread over the whole sweep rather than made one after the other, so a
 * slow spell of the machine (another program, a lower clock) spoils one
 * run of many cells, which the median discards, instead of every run of
 * a few cells. */
void timing_sweep(struct benchout *b, const struct timing_arrays *a,
                  double target)
{
    size_t nsizes = b->nsizes, ncells = kernels_count * nsizes;
    struct timing_cell *cells = alloc_array(ncells, sizeof *cells);
    double *ns = alloc_array(ncells * (size_t)b->repeats, sizeof *ns);
    size_t *cursors = alloc_array(nsizes, sizeof *cursors); /* per size */
    for (size_t s = 0; s < nsizes; s++) {
        progress_show("calibrating: %zu KiB arrays (%zu of %zu)",
                      b->bytes[s] >> 10, s + 1, nsizes);
        for (size_t i = 0; i < kernels_count; i++) {
            struct timing_cell *c = &cells[i * nsizes + s];
            c->k = &kernels[i];
            c->a = *a;
            c->a.n = b->bytes[s] / sizeof(float);
            c->ns = ns + (i * nsizes + s) * (size_t)b->repeats;
            c->plan.cursor = &cursors[s];
            if (kernels_supported(c->k)) {
                timing_plan(c, target);
            }
        }
    }
    for (long r = 0; r < b->repeats; r++) {
        progress_show("timing: round %ld of %ld", r + 1, b->repeats);
        for (size_t s = 0; s < nsizes; s++)
            for (size_t i = 0; i < kernels_count; i++)
                if (kernels_supported(&kernels[i])) {
                    timing_sample(&cells[i * nsizes + s], r);
                }
    }
    for (size_t i = 0; i < ncells; i++)
        b->cells[i] = kernels_supported(cells[i].k)
                          ? timing_summary(&cells[i], b->repeats)
                          : (struct benchout_cell){ NAN, NAN, NAN, 1.0 };
    free(cells);
    free(ns);
    free(cursors);
}

size_t timing_sizes(size_t *bytes, size_t room, size_t min_bytes,
                    size_t max_bytes, int factor)
{
    size_t n = 0;
    for (size_t s = min_bytes; s <= max_bytes && n < room;
         s *= (size_t)factor)
        bytes[n++] = s;
    if (n == 0 && room > 0) {
        bytes[n++] = min_bytes;
    }
    return n;
}

/* ------------------------------------------------------------------ */
/* cycles and instructions                                            */
/* ------------------------------------------------------------------ */

/* Eight additions per pass, each waiting for the one before: eight
 * cycles, while the loop's own counter runs beside the chain. Runs of
 * CLOCK_PASSES passes (about 8 million cycles, a few milliseconds), the
 * fastest of CLOCK_RUNS: a run another program interrupted only looks
 * slower. */
#define CLOCK_CHAIN 8
#define CLOCK_PASSES 1000000L
#define CLOCK_RUNS 15

double timing_clock_ghz(void)
{
#if defined(__x86_64__) && defined(__GNUC__)
    double best = 0;
    for (int r = 0; r < CLOCK_RUNS; r++) {
        unsigned long x = 0;
        double t0 = bench_now();
        for (long i = 0; i < CLOCK_PASSES; i++)
            __asm__ volatile("add $1, %0\n\tadd $1, %0\n\tadd $1, %0\n\t"
                             "add $1, %0\n\tadd $1, %0\n\tadd $1, %0\n\t"
                             "add $1, %0\n\tadd $1, %0"
                             : "+r"(x));
        double t = bench_now() - t0;
        double ghz = 1e-9 * CLOCK_CHAIN * (double)CLOCK_PASSES / t;
        best = ghz > best ? ghz : best;
    }
    return best;
#else
    return NAN;
#endif
}

/* Each build's main loops: build, function, the instructions of one
 * pass and the floats it stores (chapter.mk makes loops.inc with
 * loops.awk from the objects of vecact.c's builds). */
struct loop_row {
    const char *build, *symbol;
    int insns, floats;
};
static const struct loop_row LOOPS[] = {
#include "loops.inc"
    { NULL, NULL, 0, 0 },
};

/* The function of vecact.c that runs kernel k (VEC_FWD and VEC_BWD). */
static const char *loop_symbol(const struct kernels_entry *k)
{
    static const char *const names[][3] = {
        /* function, forward, backward */
        { "relu", "relu_array", "relu_back" },
        { "sigmoid", "sigmoid_array", "sigmoid_back" },
        { "tanh", "tanh_array", "tanh_back" },
        { "copy", "copy_array", NULL },
        { "fill", "fill_array", NULL },
        { "mul", NULL, "mul_back" },
    };
    if (k->from_output) {
        return strcmp(k->function, "sigmoid") == 0 ? "sigmoid_back_y"
                                                    : "tanh_back_y";
    }
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(k->function, names[i][0]) == 0) {
            return names[i][k->pass == KERNELS_FORWARD ? 1 : 2];
        }
    return NULL;
}

double timing_loop_insns(const struct kernels_entry *k)
{
    const char *sym = k->build ? loop_symbol(k) : NULL;
    for (const struct loop_row *l = LOOPS; sym && l->build; l++)
        if (strcmp(l->build, k->build->name) == 0 &&
            strcmp(l->symbol, sym) == 0) {
            return (double)l->insns / l->floats;
        }
    return NAN;
}

/* ------------------------------------------------------------------ */
/* the activation's share of a dense layer                            */
/* ------------------------------------------------------------------ */

enum layer_step { STEP_DENSE_FWD, STEP_DENSE_BWD, STEP_ACT, STEP_PRIME };

struct layer {
    struct dense l;
    double *x, *z, *a, *dz, *dx;
    size_t n, cells;
};

//> layer-steps
/* One step of a layer's pass, as mlp_forward and mlp_backward do it:
 * the dense product, or the activation (its derivative) over every
 * output. */
static void layer_step(struct layer *y, enum layer_step s, enum act_kind g)
{
    switch (s) {
    case STEP_DENSE_FWD:
        dense_forward(&y->l, y->x, y->z, y->n);
        break;
    case STEP_DENSE_BWD:
        dense_backward(&y->l, y->x, y->dz, y->dx, y->n);
        break;
    case STEP_ACT:
        for (size_t i = 0; i < y->cells; i++)
            y->a[i] = act_eval(g, y->z[i]);
        break;
    case STEP_PRIME:
        for (size_t i = 0; i < y->cells; i++)
            y->a[i] = y->dz[i] * act_eval_prime(g, y->z[i]);
        break;
    }
}
//< layer-steps

/* Seconds per step: the median of `repeats` runs of about `target`. */
static double time_step(struct layer *y, enum layer_step s, enum act_kind g,
                        double target, long repeats, double *runs)
{
    double t0 = bench_now();
    layer_step(y, s, g); /* warm-up and calibration */
    double once = bench_now() - t0;
    long reps = once > 0 ? (long)ceil(target / once) : 1000;
    for (long r = 0; r < repeats; r++) {
        t0 = bench_now();
        for (long i = 0; i < reps; i++)
            layer_step(y, s, g);
        runs[r] = (bench_now() - t0) / (double)reps;
    }
    return bench_median(runs, (size_t)repeats);
}

static const enum act_kind LAYER_KINDS[BENCHOUT_LAYER_ACTS] = {
    ACT_RELU, ACT_SIGMOID, ACT_TANH,
};

int timing_layer(struct benchout *b, double target, long repeats,
                 uint64_t seed)
{
    struct layer y = { .n = TIMING_LAYER_BATCH,
                       .cells = TIMING_LAYER_BATCH * TIMING_LAYER_IN };
    if (dense_alloc(&y.l, TIMING_LAYER_IN, TIMING_LAYER_IN) != 0) {
        return -1;
    }
    y.x = alloc_array(y.cells, sizeof *y.x);
    y.z = alloc_array(y.cells, sizeof *y.z);
    y.a = alloc_array(y.cells, sizeof *y.a);
    y.dz = alloc_array(y.cells, sizeof *y.dz);
    y.dx = alloc_array(y.cells, sizeof *y.dx);
    double *runs = alloc_array((size_t)repeats, sizeof *runs);
    struct rng r;
    rng_seed(&r, seed);
    dense_init(&y.l, INIT_HE, &r);
    for (size_t i = 0; i < y.cells; i++) {
        y.x[i] = rng_normal(&r);
        y.dz[i] = rng_normal(&r);
    }
    /* Pre-activations as a trained layer would see them. */
    dense_forward(&y.l, y.x, y.z, y.n);
    b->layer_in = TIMING_LAYER_IN;
    b->layer_batch = TIMING_LAYER_BATCH;
    b->dense_s[0] = time_step(&y, STEP_DENSE_FWD, ACT_RELU, target,
                              repeats, runs);
    b->dense_s[1] = time_step(&y, STEP_DENSE_BWD, ACT_RELU, target,
                              repeats, runs);
    for (int k = 0; k < BENCHOUT_LAYER_ACTS; k++) {
        b->act_s[0][k] = time_step(&y, STEP_ACT, LAYER_KINDS[k], target,
                                   repeats, runs);
        b->act_s[1][k] = time_step(&y, STEP_PRIME, LAYER_KINDS[k], target,
                                   repeats, runs);
    }
    dense_free(&y.l);
    free(y.x);
    free(y.z);
    free(y.a);
    free(y.dz);
    free(y.dx);
    free(runs);
    return 0;
}
