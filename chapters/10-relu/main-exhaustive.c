/*
 * 10-relu-exhaustive - every one of the 2^32 floats through every build
 * of the vectorised kernels this processor runs (claim R3: a timing
 * means nothing without accuracy).
 *
 * Each kernel of kernels.h built from vecact.c (base, avx2, avx512) is
 * checked as kcheck.h says: within its ulp bound of a double reference
 * computed once per input for all builds, NaN exactly for NaN, monotone
 * where the function is, the special values bit for bit. The blocks of
 * inputs are shared by --threads threads (src/exhaust.h); for a given
 * thread count the merged result is the same on every run.
 *
 * Run it:   make check-exhaustive           (2 threads, about 2 minutes)
 *           build/bin/10-relu-exhaustive --stride 4099   (a sample)
 * It prints progress on stderr and the table on stdout, and exits 1 if
 * any check failed. With --out DIR it writes the files in OUTPUTS.
 */
#include "cli.h"
#include "exhaust.h"
#include "kcheck.h"
#include "out.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

static const char OUTPUTS[] =
    "  kernels.tsv   kernel, pass, build, inputs, max_ulp, at, bound,\n"
    "                nan_errors, monotone_errors, special_errors, verdict\n"
    "  values.tsv    key, value: kcheck_seconds, kcheck_cpu_seconds,\n"
    "                kcheck_threads,\n"
    "                kcheck_stride, kcheck_date (of this run)\n";

#define MAX_THREADS 16

static uint64_t stride = 1;

/* Chunk c is the block c * stride. */
static void check_chunk(void *part, uint64_t c)
{
    kcheck_block(part, c * stride);
}

static void merge(void *into, const void *from)
{
    kcheck_merge(into, from);
}

int main(int argc, char **argv)
{
    long threads = 2, stride_opt = 1;
    const struct cli_opt opts[] = {
        CLI_LONG("threads", &threads, 1, MAX_THREADS,
                 "threads to check with"),
        CLI_LONG("stride", &stride_opt, 1, 1 << 18,
                 "check every stride-th block of 16384 inputs (1: all)"),
        CLI_END
    };
    char purpose[160];
    snprintf(purpose, sizeof purpose, "Check every build of the kernels "
             "on every float input. Dispatch on this processor: %s.",
             vecact_best()->name);
    CLI_PARSE("10-relu-exhaustive", purpose, OUTPUTS, opts, argc, argv);
    stride = (uint64_t)stride_opt;

    void *part[MAX_THREADS];
    for (long i = 0; i < threads; i++) {
        part[i] = kcheck_alloc();
    }
    uint64_t total = (KCHECK_BLOCKS + stride - 1) / stride;
    struct exhaust_time took =
        exhaust_run(total, threads, part, check_chunk, merge);
    for (long i = 1; i < threads; i++) {
        kcheck_free(part[i]);
    }
    double seconds = took.seconds, cpu = took.cpu_seconds;

    printf("%s float inputs through every build of the kernels "
           "(dispatch: %s)\n\n", stride == 1 ? "All 2^32" : "Sampled",
           vecact_best()->name);
    printf("  %-17s %-8s %6s %12s %8s %14s %5s %4s %4s %4s\n", "kernel",
           "pass", "build", "inputs", "max ulp", "at", "bound", "nan",
           "mono", "spec");
    struct tsv *t = tsv_open("kernels.tsv",
                             "kernel pass build inputs max_ulp at bound "
                             "nan_errors monotone_errors special_errors "
                             "verdict");
    int ok = 1;
    for (size_t i = 0; i < kcheck_count(part[0]); i++) {
        const struct kernels_entry *k = kcheck_kernel(part[0], i);
        struct kcheck_tally r = kcheck_tally_of(part[0], i);
        long special = kcheck_special(k);
        int pass = kcheck_passed(k, r) && special == 0;
        ok &= pass;
        const char *dir = k->pass == KERNELS_FORWARD ? "forward"
                                                     : "backward";
        printf("  %-17s %-8s %6s %12llu %8.3f %14.7g %5g %4llu %4llu "
               "%4ld%s\n", k->name, dir, k->build->name,
               (unsigned long long)r.inputs, r.ulps, (double)r.at,
               kernels_ulp_bound(k), (unsigned long long)r.nan_errors,
               (unsigned long long)r.mono_errors, special,
               pass ? "" : "  FAILED");
        tsv_str(t, k->name);
        tsv_str(t, dir);
        tsv_str(t, k->build->name);
        tsv_num(t, (double)r.inputs);
        tsv_num(t, r.ulps);
        tsv_num(t, r.at);
        tsv_num(t, kernels_ulp_bound(k));
        tsv_num(t, (double)r.nan_errors);
        tsv_num(t, (double)r.mono_errors);
        tsv_num(t, (double)special);
        tsv_str(t, pass ? "pass" : "FAIL");
        tsv_end(t);
    }
    printf("\n%s, in %.0f s with %ld threads (%.0f s of processor "
           "time)\n", ok ? "every check passed" : "SOME CHECKS FAILED",
           seconds, threads, cpu);
    char date[64];
    time_t clock = time(NULL);
    struct tm tm;
    strftime(date, sizeof date, "%Y-%m-%d", gmtime_r(&clock, &tm));
    out_value("kcheck_seconds", "%.0f", seconds);
    out_value("kcheck_cpu_seconds", "%.0f", cpu);
    out_value("kcheck_threads", "%ld", threads);
    out_value("kcheck_stride", "%llu", (unsigned long long)stride);
    out_value("kcheck_date", "%s", date);
    kcheck_free(part[0]);
    out_finish();
    return ok ? 0 : 1;
}
