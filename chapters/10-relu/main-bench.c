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
 * Beside this machine's timings it records the numbers the chapter
 * quotes from a GPU measurement made once (gpu.h), for contrast.
 *
 * Run it:   make bench                    (the full sweep, a few minutes)
 *           build/bin/10-relu-bench       (the quick sweep, seconds)
 *           build/bin/10-relu-bench --sweep full --max-mib 64
 *           build/bin/10-relu-bench --sweep none --out DIR
 *                                         (no timing: every cell a dash)
 * Progress goes to stderr, the summary to stdout; with --out DIR it
 * writes the tables of benchout.c (see OUTPUTS). `make report` runs the
 * quick sweep once (or uses make bench's results) and never again until
 * the benchmark's sources change: timings vary from run to run.
 *
 * Method. Each cell (kernel, array size) is timed `repeats` times, in
 * rounds that visit every cell, so that its runs are spread over the
 * whole sweep; one timed run lasts about --sample-ms milliseconds
 * (timing.h says how a run is planned and when it is made again). We
 * report the median and the range of the runs, in ns per element, and
 * in GB/s counting the bytes the kernel reads and writes.
 */
#include "alloc.h"
#include "bench.h"
#include "benchout.h"
#include "cli.h"
#include "gpu.h"
#include "kernels.h"
#include "out.h"
#include "progress.h"
#include "timing.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char OUTPUTS[] =
    "  forward.tsv, backward.tsv   size_bytes, then per kernel NAME,\n"
    "                    NAME_lo, NAME_hi: ns per element, median, fastest\n"
    "                    and slowest run (not written by --sweep none)\n"
    "  ratios_forward.tsv, ratios_backward.tsv   function, variant,\n"
    "                    cache_ns, cache_ratio, memory_ns, memory_ratio,\n"
    "                    memory_gbs: in cache (4 KiB) and from memory (the\n"
    "                    largest size), ratios to the ReLU of the variant\n"
    "  layer.tsv         activation, forward_pct, backward_pct: its share\n"
    "                    of a dense layer's time\n"
    "  note.tsv          x, y, note: the figures' label\n"
    "  caches.tsv        bytes, top, label: where the figures mark caches\n"
    "                    (not written by --sweep none)\n"
    "  roofline.tsv      size_bytes, then copy, relu, sigmoid, tanh, mul,\n"
    "                    *_back, *_back_y: the widest build's medians\n"
    "                    (no rows with --sweep none)\n"
    "  cycles.tsv        function, pass, insns, cache_cycles, ipc,\n"
    "                    memory_cycles, limit_pct, compute_pct: per\n"
    "                    element, the widest build against its limit\n"
    "  values.tsv        key, value: the numbers the chapter quotes; the\n"
    "                    families <p>_<kernel>_cache, <p>_<kernel>_mem,\n"
    "                    <p>_<kernel>_mem_gbs, <p>_<kernel>_cache_x,\n"
    "                    <p>_<kernel>_mem_x, <p>_<kernel>_insns (<p> f\n"
    "                    or b),\n"
    "                    f_<act>_avx512_copy_pct, b_<act>_avx512_mul_pct,\n"
    "                    target_mem_<p>_<act>_met, ipe_<p>_<fn>,\n"
    "                    cpe_<p>_<fn>_cache, cpe_<p>_<fn>_mem,\n"
    "                    ipc_<p>_<fn>, roof_<p>_<fn>_pct,\n"
    "                    roof_<p>_<fn>_compute_pct, roof_<p>_<fn>_met,\n"
    "                    layer_<pass>_<act>_pct (<pass> fwd or bwd),\n"
    "                    gpu_<op>_gbs\n";

/* ------------------------------------------------------------------ */
/* the sweeps                                                         */
/* ------------------------------------------------------------------ */

enum sweep { SWEEP_QUICK, SWEEP_FULL, SWEEP_NONE };
static const char *const sweep_names[] = { "quick", "full", "none", NULL };

/* quick: 9 sizes a factor 4 apart, 5 runs of 2 ms each, about 10 s in all;
 * full: 18 sizes a factor 2 apart, 9 runs of 20 ms, and a denser
 * accuracy scan, about two minutes; none: nothing timed. An odd number of
 * runs makes the median one of them. */
struct sweep_plan {
    long max_mib;     /* largest array */
    int size_factor;  /* ratio of neighbouring sizes */
    long repeats;
    double sample_ms;
    long ulp_stride;  /* accuracy scan: every stride-th float */
};
static const struct sweep_plan PLANS[] = {
    { 256, 4, 5, 2.0, 65521 },
    { 512, 2, 9, 20.0, 61 },
};

/* The smallest array, 1024 floats: input and output together take a
 * quarter of the smallest level-1 data cache we know of (32 KiB). */
#define MIN_BYTES 4096
/* Random inputs uniform in [-8, 8], where the sigmoid and tanh are
 * neither constant nor linear (the range of a network's pre-activations),
 * with signs at random. */
#define Z_RANGE 8.0

int main(int argc, char **argv)
{
    int mode = SWEEP_QUICK;
    long max_mib = 0, repeats = 0, ulp_stride = 0;
    double sample_ms = 0;
    uint64_t seed = 10;
    const struct cli_opt opts[] = {
        CLI_CHOICE("sweep", &mode, sweep_names,
                   "quick (seconds), full (minutes; make bench) or none "
                   "(nothing timed)"),
        CLI_LONG("max-mib", &max_mib, 0, 4096,
                 "largest array in MiB (0: the sweep's, 256 or 512)"),
        CLI_LONG("repeats", &repeats, 0, 1001,
                 "timed runs per cell (0: the sweep's, 5 or 9)"),
        CLI_DOUBLE("sample-ms", &sample_ms, 0, 1e4,
                   "length of one timed run (0: the sweep's, 2 or 20)"),
        CLI_LONG("ulp-stride", &ulp_stride, 0, 4294967295.0,
                 "check every N-th float's accuracy, 1 = all (0: the "
                 "sweep's)"),
        CLI_SEED("seed", &seed, "seed of the random inputs"),
        CLI_END
    };
    char purpose[160];
    snprintf(purpose, sizeof purpose, "Time ReLU, sigmoid and tanh in and "
             "out of cache: claim R3. Dispatch on this processor: %s.",
             vecact_best()->name);
    CLI_PARSE("10-relu-bench", purpose, OUTPUTS, opts, argc, argv);
    if (mode == SWEEP_NONE) {
        /* The report without a benchmark (make report BENCH=0). */
        printf("Chapter 10: the cost of an activation (not measured)\n");
        benchout_write(NULL);
        gpu_record();
        out_finish();
        return 0;
    }
    const struct sweep_plan *plan = &PLANS[mode];
    max_mib = max_mib ? max_mib : plan->max_mib;
    repeats = repeats ? repeats : plan->repeats;
    sample_ms = sample_ms > 0 ? sample_ms : plan->sample_ms;
    ulp_stride = ulp_stride ? ulp_stride : plan->ulp_stride;

    struct benchout b = { .sweep = sweep_names[mode], .repeats = repeats,
                          .sample_ms = sample_ms };
    printf("Chapter 10: the cost of an activation (%s sweep)\n\n",
           b.sweep);
    benchout_describe(&b);
    benchout_accuracy(ulp_stride);

    size_t bytes[64], nsizes = timing_sizes(bytes, 64, MIN_BYTES,
                                            (size_t)max_mib << 20,
                                            plan->size_factor);
    b.nsizes = nsizes;
    b.bytes = bytes;
    b.cells = alloc_array(kernels_count * nsizes, sizeof *b.cells);

    struct timing_arrays a;
    if (timing_arrays_alloc(&a, bytes[nsizes - 1] / sizeof(float), Z_RANGE,
                            seed) != 0) {
        fprintf(stderr, "10-relu-bench: not enough memory for %zu MiB "
                "arrays (try --max-mib)\n", bytes[nsizes - 1] >> 20);
        return 1;
    }
    double target = sample_ms / 1000;
    timing_sweep(&b, &a, target);
    progress_show("timing: a dense layer");
    if (timing_layer(&b, target, repeats, seed) != 0) {
        fprintf(stderr, "10-relu-bench: out of memory\n");
        return 1;
    }
    progress_done();

    benchout_print(&b);
    benchout_write(&b);
    gpu_record();
    out_finish();
    timing_arrays_free(&a);
    free(b.cells);
    return 0;
}
