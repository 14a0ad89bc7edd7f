/*
 * 10-relu-bench - how fast ReLU, sigmoid and tanh really are (claim R3).
 *
 * Claim R3 of the ledger says ReLU is much faster to compute than sigmoid
 * and tanh, because it needs no exponential. This program times every
 * kernel of kernels.h (forward and backward, float, one thread) on arrays
 * from 4 KiB, deep inside the level-1 cache, to hundreds of MiB, far
 * beyond the last-level cache, beside the physical limits of the same
 * machine: a loop that only stores, a copy loop and libc's memcpy. It
 * also measures what share of a dense layer's time its activation takes.
 *
 * Run it:   make bench                    (the full sweep, a few minutes)
 *           build/bin/10-relu-bench       (the quick sweep, seconds)
 *           build/bin/10-relu-bench --sweep full --max-mib 64
 * Progress goes to stderr, the summary to stdout; with --out DIR it
 * writes the tables of benchout.c (see OUTPUTS). `make report` runs the
 * quick sweep once (or uses make bench's results) and never again until
 * the benchmark's sources change: timings vary from run to run.
 *
 * Method. Each cell (kernel, array size) is timed `repeats` times, in
 * rounds that visit every cell, so that its runs are spread over the
 * whole sweep. One timed run lasts about --sample-ms milliseconds: many
 * passes over a small array (brought into the cache by one untimed pass
 * first), or one pass over a window of a large array, the windows taking
 * turns so that each comes from memory. Before the rounds, each cell is
 * run twice untimed to calibrate the length of its runs.
 * Times are wall times from CLOCK_MONOTONIC; the thread's CPU clock
 * tells whether the thread had the processor all that time. A run in
 * which it did not (another program was running) is run again, a few
 * times at most, and the summary warns if one still was not. We report
 * the median and the range of the runs, in ns per element, and in GB/s
 * counting the bytes the kernel reads and writes.
 */
#include "bench.h"
#include "benchout.h"
#include "cli.h"
#include "kernels.h"
#include "out.h"
#include "rng.h"

#include "act.h"
#include "dense.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char OUTPUTS[] =
    "  forward.tsv, backward.tsv   size_bytes, then per kernel NAME,\n"
    "                    NAME_lo, NAME_hi: ns per element, median, fastest\n"
    "                    and slowest run\n"
    "  ratios_forward.tsv, ratios_backward.tsv   function, variant,\n"
    "                    cache_ns, cache_ratio, memory_ns, memory_ratio,\n"
    "                    memory_gbs: in cache (4 KiB) and from memory (the\n"
    "                    largest size), ratios to the ReLU of the variant\n"
    "  layer.tsv         activation, forward_pct, backward_pct: its share\n"
    "                    of a dense layer's time\n"
    "  note.tsv          x, y, note: the figures' label\n"
    "  caches.tsv        bytes, top, label: where the figures mark caches\n"
    "  values.tsv        key, value: the numbers the chapter quotes\n";

/* ------------------------------------------------------------------ */
/* the sweeps                                                         */
/* ------------------------------------------------------------------ */

enum sweep { SWEEP_QUICK, SWEEP_FULL };
static const char *const sweep_names[] = { "quick", "full", NULL };

/* quick: 9 sizes a factor 4 apart, 5 runs of 3 ms each, about 5 s in all;
 * full: 18 sizes a factor 2 apart, 9 runs of 20 ms, and a denser
 * accuracy scan, about two minutes. An odd number of runs makes the
 * median one of them. */
struct sweep_plan {
    long max_mib;     /* largest array */
    int size_factor;  /* ratio of neighbouring sizes */
    long repeats;
    double sample_ms;
    long ulp_stride;  /* accuracy scan: every stride-th float */
};
static const struct sweep_plan PLANS[] = {
    { 256, 4, 5, 3.0, 65521 },
    { 512, 2, 9, 20.0, 61 },
};

/* The smallest array, 1024 floats: input and output together take a
 * quarter of the smallest level-1 data cache we know of (32 KiB). */
#define MIN_BYTES 4096
/* The calibration's first run covers at most 64 KiB: long enough to
 * time, short enough to cost nothing. A timed run over a window of a
 * large array covers at least as much, so that the call and the timer
 * are a negligible part of it. */
#define PROBE_ELEMS 16384
#define MIN_WINDOW 16384
/* Windows are whole multiples of 64 floats (256 bytes), so each starts
 * on a cache line; the arrays are allocated on that boundary too. */
#define WINDOW_ALIGN 64
/* Random inputs: a million drawn, then repeated; uniform in [-8, 8],
 * where the sigmoid and tanh are neither constant nor linear (the range
 * of a network's pre-activations), with signs at random. */
#define INIT_BLOCK (1u << 20)
#define Z_RANGE 8.0
/* A run in which the thread had the processor less than 90 % of the time
 * is run again, up to five times, and then kept with a warning. */
#define BUSY_SHARE 0.9
#define BUSY_RETRIES 5

/* The layer measurement: a square dense layer as in the course's
 * networks, scaled up to a width where the product is not trivially
 * small. */
#define LAYER_IN 256
#define LAYER_BATCH 32

/* ------------------------------------------------------------------ */
/* timing one kernel                                                  */
/* ------------------------------------------------------------------ */

/* The kernels from the output y are timed on z as well: their three
 * operations take the same time whatever the input. */
struct arrays {
    float *z;  /* input */
    float *dy; /* incoming gradient */
    float *y;  /* output: y or dz */
    size_t n;  /* floats in each */
};

struct run_plan {
    size_t window; /* elements per pass */
    long reps;     /* passes per timed run */
    size_t cursor; /* where the next window starts */
};

/* One timed run: plan.reps passes over a window; returns seconds and
 * the CPU share in *share. */
static double timed_run(vecact_fwd f, vecact_bwd g, const struct arrays *a,
                        struct run_plan *p, double *share)
{
    size_t off = p->cursor + p->window <= a->n ? p->cursor : 0;
    p->cursor = off;
    if (p->window < a->n) {
        /* The next run takes the next window, so none is still cached. */
        p->cursor += p->window;
        if (p->cursor + p->window > a->n) {
            p->cursor = 0;
        }
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

/* Plan runs of about `target` seconds at `per` seconds per element,
 * starting again at the array's first window. */
static void plan_runs(struct run_plan *p, size_t n, double per, double target)
{
    p->cursor = 0;
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

/* One cell of the sweep: a kernel at one array size, its plan and the
 * times of its runs so far. */
struct cell {
    const struct kernels_entry *k;
    struct arrays a;      /* the arrays, cut to this cell's size */
    struct run_plan plan;
    double *ns;           /* ns per element of each run */
    double share;         /* the smallest CPU share of its runs */
};

/* Calibrate a cell: a short probe, then one run as planned, which also
 * warms the caches and measures the plan's own speed (for a large array,
 * the memory's rather than the cache's); then plan again from that. */
static void plan_cell(struct cell *c, double target)
{
    vecact_fwd f = kernels_forward(c->k);
    vecact_bwd g = kernels_backward(c->k);
    size_t n = c->a.n;
    struct run_plan *p = &c->plan;
    *p = (struct run_plan){ n < PROBE_ELEMS ? n : PROBE_ELEMS, 1, 0 };
    double share;
    double t = timed_run(f, g, &c->a, p, &share);
    plan_runs(p, n, t / (double)p->window, target);
    t = timed_run(f, g, &c->a, p, &share);
    plan_runs(p, n, t / ((double)p->window * (double)p->reps), target);
    c->share = 1.0;
}

/* One timed run of a cell, after one untimed pass that brings a small
 * array back into the cache (the cells run before it have evicted it). */
static void sample_cell(struct cell *c, long r)
{
    vecact_fwd f = kernels_forward(c->k);
    vecact_bwd g = kernels_backward(c->k);
    double share, t;
    if (c->plan.window == c->a.n) {
        struct run_plan once = c->plan;
        once.reps = 1;
        timed_run(f, g, &c->a, &once, &share);
    }
    /* A run during which another program had the processor measures
     * that program too: run it again, a few times at most. */
    int tries = 0;
    do {
        t = timed_run(f, g, &c->a, &c->plan, &share);
    } while (share < BUSY_SHARE && ++tries < BUSY_RETRIES);
    c->ns[r] = 1e9 * t / ((double)c->plan.window * (double)c->plan.reps);
    c->share = fmin(c->share, share);
}

/* The cell's runs as the tables report them: median and range. */
static struct benchout_cell summarise_cell(struct cell *c, long repeats)
{
    struct benchout_cell out;
    out.med = bench_median(c->ns, (size_t)repeats); /* sorts ns */
    out.lo = c->ns[0];
    out.hi = c->ns[repeats - 1];
    out.share = c->share;
    return out;
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

static int measure_layer(struct benchout *b, double target, long repeats,
                         double *runs, uint64_t seed)
{
    struct layer y = { .n = LAYER_BATCH, .cells = LAYER_BATCH * LAYER_IN };
    if (dense_alloc(&y.l, LAYER_IN, LAYER_IN) != 0) {
        return -1;
    }
    y.x = malloc(y.cells * sizeof *y.x);
    y.z = malloc(y.cells * sizeof *y.z);
    y.a = malloc(y.cells * sizeof *y.a);
    y.dz = malloc(y.cells * sizeof *y.dz);
    y.dx = malloc(y.cells * sizeof *y.dx);
    int ok = y.x && y.z && y.a && y.dz && y.dx;
    if (ok) {
        struct rng r;
        rng_seed(&r, seed);
        dense_init(&y.l, INIT_HE, &r);
        for (size_t i = 0; i < y.cells; i++) {
            y.x[i] = rng_normal(&r);
            y.dz[i] = rng_normal(&r);
        }
        /* Pre-activations as a trained layer would see them. */
        dense_forward(&y.l, y.x, y.z, y.n);
        b->layer_in = LAYER_IN;
        b->layer_batch = LAYER_BATCH;
        b->dense_s[0] = time_step(&y, STEP_DENSE_FWD, ACT_RELU, target,
                                  repeats, runs);
        b->dense_s[1] = time_step(&y, STEP_DENSE_BWD, ACT_RELU, target,
                                  repeats, runs);
        for (int k = 0; k < BENCHOUT_LAYER_ACTS; k++) {
            b->act_s[0][k] = time_step(&y, STEP_ACT, LAYER_KINDS[k], target,
                                       repeats, runs);
            b->act_s[1][k] = time_step(&y, STEP_PRIME, LAYER_KINDS[k],
                                       target, repeats, runs);
        }
    }
    dense_free(&y.l);
    free(y.x);
    free(y.z);
    free(y.a);
    free(y.dz);
    free(y.dx);
    return ok ? 0 : -1;
}

/* ------------------------------------------------------------------ */
/* setting up                                                         */
/* ------------------------------------------------------------------ */

/* Random inputs: INIT_BLOCK of them drawn, then repeated, so that even
 * a 512 MiB array takes a fraction of a second to fill (no branch
 * predictor learns a pattern a million elements long). Every page is
 * written, so no page fault falls into a timed run. */
static void fill_random(float *x, size_t n, double lo, double hi,
                        struct rng *r)
{
    size_t block = n < INIT_BLOCK ? n : INIT_BLOCK;
    for (size_t i = 0; i < block; i++)
        x[i] = (float)rng_range(r, lo, hi);
    for (size_t i = block; i < n; i += block)
        memcpy(x + i, x, (n - i < block ? n - i : block) * sizeof *x);
}

static void describe_machine(struct benchout *b)
{
    bench_cpu_model(b->cpu, sizeof b->cpu);
    for (int level = 1; level <= 3; level++)
        b->cache[level - 1] = bench_cache_bytes(level);
    b->avx2 = vecact_avx2.supported();
    printf("Processor  %s; caches L1d %ld KiB, L2 %ld KiB, L3 %ld KiB\n",
           b->cpu, b->cache[0] / 1024, b->cache[1] / 1024,
           b->cache[2] / 1024);
    printf("Compiler   %s\n", bench_compiler());
    for (size_t i = 0; i < kernels_count; i++) {
        const struct kernels_entry *k = &kernels[i];
        if (k->pass == KERNELS_FORWARD &&
            strcmp(k->function, "relu") == 0) {
            printf("  %-7s %s%s\n", k->variant, kernels_flags(k),
                   kernels_supported(k) ? "" : " (not run: no AVX2)");
        }
    }
}

static void check_accuracy(long stride)
{
    printf("\nAccuracy against double, one float in %ld:\n", stride);
    for (size_t i = 0; i < kernels_count; i++) {
        const struct kernels_entry *k = &kernels[i];
        if (k->ref == NULL || !kernels_supported(k)) {
            continue;
        }
        bench_progress("accuracy: %s %s", k->name,
                       k->pass == KERNELS_FORWARD ? "forward" : "backward");
        struct kernels_worst w = kernels_scan(k, (uint32_t)stride);
        printf("  %-15s %-8s at most %.2f ulp (at %.9g)\n", k->name,
               k->pass == KERNELS_FORWARD ? "forward" : "backward", w.ulps,
               (double)w.input);
    }
    bench_progress(NULL);
}

/* ------------------------------------------------------------------ */
/* the summary                                                        */
/* ------------------------------------------------------------------ */

static void print_summary(const struct benchout *b)
{
    size_t sm = b->nsizes - 1;
    printf("\nns per element (median of %ld runs), in cache (%d KiB) and "
           "from memory (%zu MiB):\n", b->repeats,
           BENCHOUT_CACHE_BYTES / 1024, b->bytes[sm] >> 20);
    printf("  %-15s %-8s %9s %9s %9s %6s\n", "kernel", "pass", "cache",
           "memory", "GB/s", "spread");
    for (size_t i = 0; i < kernels_count; i++) {
        const struct kernels_entry *k = &kernels[i];
        const struct benchout_cell *c0 = &b->cells[i * b->nsizes];
        const struct benchout_cell *cm = &b->cells[i * b->nsizes + sm];
        if (!kernels_supported(k)) {
            continue;
        }
        printf("  %-15s %-8s %9.3g %9.3g %9.3g %5.0f%%\n", k->name,
               k->pass == KERNELS_FORWARD ? "forward" : "backward", c0->med,
               cm->med, k->bytes / cm->med,
               100 * (cm->hi - cm->lo) / cm->med);
    }
    double share = 1.0;
    for (size_t i = 0; i < kernels_count * b->nsizes; i++) {
        share = fmin(share, b->cells[i].share);
    }
    if (share < BUSY_SHARE) {
        printf("\nWarning: in some runs this thread had the processor only "
               "%.0f %% of the time:\nanother program was running, and "
               "those timings are too slow.\n", 100 * share);
    }
    printf("\nA dense %zu -> %zu layer, batch %zu: the activation's share "
           "of its time\n", b->layer_in, b->layer_in, b->layer_batch);
    for (int k = 0; k < BENCHOUT_LAYER_ACTS; k++) {
        printf("  %-8s forward %5.2f %%   backward %5.2f %%\n",
               benchout_layer_acts[k],
               100 * b->act_s[0][k] / (b->dense_s[0] + b->act_s[0][k]),
               100 * b->act_s[1][k] / (b->dense_s[1] + b->act_s[1][k]));
    }
}

int main(int argc, char **argv)
{
    int sweep = SWEEP_QUICK;
    long max_mib = 0, repeats = 0, ulp_stride = 0;
    double sample_ms = 0;
    uint64_t seed = 10;
    const struct cli_opt opts[] = {
        { "sweep", CLI_CHOICE, &sweep,
          "quick (seconds) or full (minutes; make bench)", 0, 0,
          sweep_names },
        { "max-mib", CLI_LONG, &max_mib,
          "largest array in MiB (0: the sweep's, 256 or 512)", 0, 4096,
          NULL },
        { "repeats", CLI_LONG, &repeats,
          "timed runs per cell (0: the sweep's, 5 or 9)", 0, 1001, NULL },
        { "sample-ms", CLI_DOUBLE, &sample_ms,
          "length of one timed run (0: the sweep's, 3 or 20)", 0, 1e4,
          NULL },
        { "ulp-stride", CLI_LONG, &ulp_stride,
          "check every N-th float's accuracy, 1 = all (0: the sweep's)",
          0, 4294967295.0, NULL },
        { "seed", CLI_SEED, &seed, "seed of the random inputs", 0, 0,
          NULL },
        { NULL, CLI_FLAG, NULL, NULL, 0, 0, NULL },
    };
    const struct cli_program prog = {
        "10-relu-bench",
        "Time ReLU, sigmoid and tanh in and out of cache: claim R3.",
        OUTPUTS, opts,
    };
    cli_parse(&prog, argc, argv);
    const struct sweep_plan *plan = &PLANS[sweep];
    max_mib = max_mib ? max_mib : plan->max_mib;
    repeats = repeats ? repeats : plan->repeats;
    sample_ms = sample_ms > 0 ? sample_ms : plan->sample_ms;
    ulp_stride = ulp_stride ? ulp_stride : plan->ulp_stride;

    struct benchout b = { .sweep = sweep_names[sweep], .repeats = repeats,
                          .sample_ms = sample_ms };
    printf("Chapter 10: the cost of an activation (%s sweep)\n\n",
           b.sweep);
    describe_machine(&b);
    check_accuracy(ulp_stride);

    /* Sizes: MIN_BYTES times powers of the factor, up to max_mib. */
    size_t max_bytes = (size_t)max_mib << 20;
    size_t bytes[64];
    size_t nsizes = 0;
    for (size_t s = MIN_BYTES; s <= max_bytes && nsizes < 64;
         s *= (size_t)plan->size_factor)
        bytes[nsizes++] = s;
    if (nsizes == 0) {
        bytes[nsizes++] = MIN_BYTES;
    }
    b.nsizes = nsizes;
    b.bytes = bytes;

    struct arrays a = { .n = bytes[nsizes - 1] / sizeof(float) };
    size_t alloc = a.n * sizeof(float);
    a.z = aligned_alloc(WINDOW_ALIGN * sizeof(float), alloc);
    a.dy = aligned_alloc(WINDOW_ALIGN * sizeof(float), alloc);
    a.y = aligned_alloc(WINDOW_ALIGN * sizeof(float), alloc);
    b.cells = calloc(kernels_count * nsizes, sizeof *b.cells);
    double *runs = malloc((size_t)repeats * sizeof *runs);
    if (!a.z || !a.dy || !a.y || !b.cells || !runs) {
        fprintf(stderr, "10-relu-bench: not enough memory for %zu MiB "
                "arrays (try --max-mib)\n", alloc >> 20);
        return 1;
    }
    struct rng r;
    rng_seed(&r, seed);
    fill_random(a.z, a.n, -Z_RANGE, Z_RANGE, &r);
    fill_random(a.dy, a.n, -1.0, 1.0, &r);
    memset(a.y, 0, alloc);

    /* The runs of one cell are spread over the whole sweep, round after
     * round, rather than made one after the other: a slow spell of the
     * machine (another program, a lower clock) then spoils one run of
     * many cells, which the median discards, instead of every run of a
     * few cells. */
    double target = sample_ms / 1000;
    size_t ncells = kernels_count * nsizes;
    struct cell *cells = calloc(ncells, sizeof *cells);
    double *ns = malloc(ncells * (size_t)repeats * sizeof *ns);
    if (cells == NULL || ns == NULL) {
        fprintf(stderr, "10-relu-bench: out of memory\n");
        return 1;
    }
    for (size_t s = 0; s < nsizes; s++) {
        bench_progress("calibrating: %zu KiB arrays (%zu of %zu)",
                       bytes[s] >> 10, s + 1, nsizes);
        for (size_t i = 0; i < kernels_count; i++) {
            struct cell *c = &cells[i * nsizes + s];
            c->k = &kernels[i];
            c->a = a;
            c->a.n = bytes[s] / sizeof(float);
            c->ns = ns + (i * nsizes + s) * (size_t)repeats;
            if (kernels_supported(c->k)) {
                plan_cell(c, target);
            }
        }
    }
    for (long r = 0; r < repeats; r++) {
        bench_progress("timing: round %ld of %ld", r + 1, repeats);
        for (size_t s = 0; s < nsizes; s++)
            for (size_t i = 0; i < kernels_count; i++)
                if (kernels_supported(&kernels[i])) {
                    sample_cell(&cells[i * nsizes + s], r);
                }
    }
    for (size_t i = 0; i < ncells; i++)
        b.cells[i] = kernels_supported(cells[i].k)
                         ? summarise_cell(&cells[i], repeats)
                         : (struct benchout_cell){ NAN, NAN, NAN, 1.0 };
    free(cells);
    free(ns);
    bench_progress("timing: a dense layer");
    if (measure_layer(&b, target, repeats, runs, seed) != 0) {
        fprintf(stderr, "10-relu-bench: out of memory\n");
        return 1;
    }
    bench_progress(NULL);

    print_summary(&b);
    benchout_write(&b);
    out_finish();
    free(a.z);
    free(a.dy);
    free(a.y);
    free(b.cells);
    free(runs);
    return 0;
}
