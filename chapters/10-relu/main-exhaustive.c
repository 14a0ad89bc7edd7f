/*
 * 10-relu-exhaustive - every one of the 2^32 floats through every build
 * of the vectorised kernels this processor runs (claim R3: a timing
 * means nothing without accuracy).
 *
 * Each kernel of kernels.h built from vecact.c (base, avx2, avx512) is
 * checked as kcheck.h says: within its ulp bound of a double reference
 * computed once per input for all builds, NaN exactly for NaN, monotone
 * where the function is, the special values bit for bit. The blocks of
 * inputs are taken in turn by --threads threads; the merged result does
 * not depend on which thread checked what.
 *
 * Run it:   make check-exhaustive           (2 threads, about 2 minutes)
 *           build/bin/10-relu-exhaustive --stride 4099   (a sample)
 * It prints progress on stderr and the table on stdout, and exits 1 if
 * any check failed. With --out DIR it writes the files in OUTPUTS.
 */
#include "bench.h"
#include "cli.h"
#include "kcheck.h"
#include "out.h"
#include "progress.h"

#include <pthread.h>
#include <stdatomic.h>
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

/* The processor time of all threads together, in seconds: unlike the
 * wall time, it does not grow when other programs share the machine. */
static double cpu_seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

static uint64_t stride = 1;
static atomic_uint_fast64_t next_block;
static atomic_uint_fast64_t blocks_done;

/* A thread: take the next block until none is left. */
static void *worker(void *arg)
{
    struct kcheck *c = arg;
    for (;;) {
        uint64_t b = atomic_fetch_add(&next_block, stride);
        if (b >= KCHECK_BLOCKS) {
            return NULL;
        }
        kcheck_block(c, b);
        atomic_fetch_add(&blocks_done, 1);
    }
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

    static struct kcheck *part[MAX_THREADS];
    pthread_t tid[MAX_THREADS];
    double t0 = bench_now();
    for (long i = 0; i < threads; i++) {
        part[i] = kcheck_alloc();
        if (pthread_create(&tid[i], NULL, worker, part[i]) != 0) {
            fprintf(stderr, "%s: cannot start thread %ld\n",
                    cli_program_name(), i);
            return 1;
        }
    }
    uint64_t total = (KCHECK_BLOCKS + stride - 1) / stride, done;
    while ((done = atomic_load(&blocks_done)) < total) {
        progress_show("%u %% of the inputs, %.0f s",
                      (unsigned)(100 * done / total), bench_now() - t0);
        nanosleep(&(struct timespec){ 0, 200000000 }, NULL);
    }
    progress_done();
    for (long i = 0; i < threads; i++) {
        pthread_join(tid[i], NULL);
        if (i > 0) {
            kcheck_merge(part[0], part[i]);
            kcheck_free(part[i]);
        }
    }
    double seconds = bench_now() - t0, cpu = cpu_seconds();

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
