/*
 * 12-modern-activations-bench - claim M5: what the activations after
 * ReLU cost. Nanoseconds per element of each float array form
 * (src/act_modern.h), against ReLU's and a copy's, with the arrays in
 * the first-level cache and far beyond the last.
 *
 * Timings are measurements, different on every machine and run; with
 * --no-timing (make report BENCH=0) the program measures nothing and
 * writes a dash for every timing, so the report is the same bytes.
 *
 * Run it:   build/bin/12-modern-activations-bench
 *           build/bin/12-modern-activations-bench --mem-mib 256
 */
#include "act.h"
#include "alloc.h"
#include "bench.h"
#include "cli.h"
#include "mbench.h"
#include "modern.h"
#include "out.h"

#include <stdio.h>
#include <stdlib.h>

static const char OUTPUTS[] =
    "  bench.tsv   function, cache_ns, cache_x, mem_ns, mem_x, mem_copy_x:\n"
    "              ns per element in cache and from memory, each with its\n"
    "              ratio to ReLU's, and from memory to the copy's\n"
    "  values.tsv  key, value: ns_<g>_cache, ns_<g>_mem, x_<g>_cache,\n"
    "              x_<g>_mem, copy_x_<g>, bench_cpu, bench_note,\n"
    "              cpu_share_pct (the thread's share of the processor)\n";

#define KERNELS (MODERN_ALL + 1)

int main(int argc, char **argv)
{
    long cache_kib = 16, mem_mib = 64, repeats = 5;
    int no_timing = 0;
    const struct cli_opt opts[] = {
        CLI_LONG("cache-kib", &cache_kib, 1, 1024,
                 "in-cache size of input and output together (KiB)"),
        CLI_LONG("mem-mib", &mem_mib, 8, 4096,
                 "from-memory size of input and output together (MiB)"),
        CLI_LONG("repeats", &repeats, 1, 64, "samples per timing"),
        CLI_FLAG("no-timing", &no_timing,
                 "measure nothing: a dash for every timing"),
        CLI_END
    };
    CLI_PARSE("12-modern-activations-bench",
              "Claim M5: ns per element of each activation.", OUTPUTS,
              opts, argc, argv);
    const char *name[KERNELS];
    mbench_kernel k[KERNELS];
    name[0] = "copy";
    k[0] = mbench_copy;
    for (int i = 0; i < MODERN_ALL; i++) {
        name[i + 1] = modern_fns[i].name;
        k[i + 1] = modern_fns[i].array;
    }

    //> bench-sizes
    size_t nc = (size_t)cache_kib * 1024 / 8; /* 4 bytes in, 4 out */
    size_t nm = (size_t)mem_mib * 1024 * 1024 / 8;
    //< bench-sizes
    double cache[KERNELS], mem[KERNELS];
    double wall = bench_now(), cpu0 = bench_cpu_now();
    if (!no_timing) {
        float *z = alloc_array(nm, sizeof *z), *y = alloc_array(nm, 4);
        mbench_fill(z, nm);
        for (int i = 0; i < KERNELS; i++) {
            cache[i] = mbench_time(k[i], z, y, nc, (int)repeats);
            mem[i] = mbench_time(k[i], z, y, nm, (int)repeats);
        }
        free(z);
        free(y);
    }
    /* the share of the time this thread had a processor */
    double share = 100 * (bench_cpu_now() - cpu0) / (bench_now() - wall);
    char cpu[128];
    bench_cpu_model(cpu, sizeof cpu);
    out_value("bench_cpu", "%s", no_timing ? "--" : cpu);
    out_value("bench_note", "%s", no_timing
              ? "In this build nothing was timed (make report BENCH=0): "
                "every timing reads as a dash."
              : "The timings are one run's measurements.");
    if (no_timing) {
        out_value("cpu_share_pct", "--");
    } else {
        out_value("cpu_share_pct", "%.0f", share);
    }
    out_value("cache_kib", "%ld", cache_kib);
    out_value("mem_mib", "%ld", mem_mib);
    out_value("bench_repeats", "%ld", repeats);

    struct tsv *t = tsv_open("bench.tsv",
                             "function cache_ns cache_x mem_ns mem_x "
                             "mem_copy_x");
    printf("Chapter 12, M5: ns per element, %ld KiB in cache, %ld MiB "
           "from memory\n%s\n\nfunction       cache   x ReLU   memory   "
           "x ReLU  x copy\n", cache_kib, mem_mib, no_timing
           ? "(not measured: --no-timing)" : cpu);
    for (int i = 0; i < KERNELS; i++) {
        double v[5] = { cache[i], cache[i] / cache[1], mem[i],
                        mem[i] / mem[1], mem[i] / mem[0] };
        const char *fmt[5] = { "%.3g", "%.2g", "%.3g", "%.2g", "%.2g" };
        const char *key[5] = { "ns_%s_cache", "x_%s_cache", "ns_%s_mem",
                               "x_%s_mem", "copy_x_%s" };
        tsv_str(t, name[i]);
        printf("%-13s", name[i]);
        for (int j = 0; j < 5; j++) {
            if (no_timing) {
                tsv_str(t, "--");
                out_value(OUT_KEY(key[j], name[i]), "--");
                printf(" %8s", "--");
            } else {
                tsv_num(t, v[j]);
                out_value(OUT_KEY(key[j], name[i]), fmt[j], v[j]);
                printf(" %8.3g", v[j]);
            }
        }
        tsv_end(t);
        printf("\n");
    }
    out_finish();
    return 0;
}
