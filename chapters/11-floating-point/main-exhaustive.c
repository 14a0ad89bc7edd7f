/*
 * 11-floating-point-exhaustive - every one of the 2^32 floats through the
 * library's float activations and their derivatives (claims F2, F3).
 *
 * Each input is checked as chapters/11-floating-point/fpcheck.h says:
 * error within 4 ulp (functions) or 8 ulp (derivatives) of a double
 * reference, NaN only for NaN, monotone where the function is, the
 * symmetries, the range. The work is split into chunks of magnitudes that
 * --threads threads share (src/exhaust.h); the merged result does not
 * depend on which thread checked what.
 *
 * Run it:   make check-exhaustive            (2 threads, a few minutes)
 *           build/bin/11-floating-point-exhaustive --stride 1001
 *                                            (every 1001st magnitude)
 *           build/bin/11-floating-point-exhaustive --help
 * It prints progress on stderr and the summary table on stdout, and exits
 * 1 if any check failed. With --out DIR it writes the files in OUTPUTS.
 */
#include "bench.h"
#include "cli.h"
#include "exhaust.h"
#include "fpcheck.h"
#include "out.h"

#include <stdio.h>
#include <time.h>
#include <unistd.h>

#ifdef __GLIBC__
#include <gnu/libc-version.h>
#endif

static const char OUTPUTS[] =
    "  summary.tsv   one row per function: function, domain, inputs,\n"
    "                worst_ulp, worst_at, bound, nan_errors,\n"
    "                monotone_errors, symmetry, symmetry_errors,\n"
    "                range_errors, verdict (the same for every run)\n"
    "  run.tsv       key, value: date, machine, cores, threads, libc,\n"
    "                compiler, stride, seconds, cpu_seconds (of this run)\n";

/* 1024 chunks of 2^21 magnitudes: small enough that two threads finish
 * within a chunk's time (a fraction of a second) of each other, large
 * enough that taking one costs nothing. */
#define CHUNK (UINT64_C(1) << 21)
#define CHUNKS (FPCHECK_MAGNITUDES / CHUNK)

static uint64_t stride = 1;

/* One chunk: its magnitudes that are multiples of the stride. */
static void check_chunk(void *part, uint64_t c)
{
    uint64_t lo = c * CHUNK, hi = lo + CHUNK;
    uint64_t first = (lo + stride - 1) / stride * stride;
    fpcheck_run(part, first, hi, stride);
}

static void merge(void *into, const void *from)
{
    fpcheck_merge(into, from);
}

/* When, where and how long: the part of the output that changes from
 * run to run, kept apart from summary.tsv. */
static void write_run(long threads, double seconds, double cpu)
{
    struct tsv *t = tsv_open("run.tsv", "key value");
    char buf[256];
    time_t clock = time(NULL);
    struct tm tm;
    strftime(buf, sizeof buf, "%Y-%m-%d %H:%M UTC",
             gmtime_r(&clock, &tm));
    tsv_str(t, "date"), tsv_str(t, buf), tsv_end(t);
    bench_cpu_model(buf, sizeof buf);
    tsv_str(t, "machine"), tsv_str(t, buf), tsv_end(t);
    tsv_str(t, "cores"), tsv_int(t, sysconf(_SC_NPROCESSORS_ONLN)),
        tsv_end(t);
    tsv_str(t, "threads"), tsv_int(t, threads), tsv_end(t);
#ifdef __GLIBC__
    snprintf(buf, sizeof buf, "glibc %s", gnu_get_libc_version());
#else
    snprintf(buf, sizeof buf, "unknown");
#endif
    tsv_str(t, "libc"), tsv_str(t, buf), tsv_end(t);
#ifdef __VERSION__
    tsv_str(t, "compiler"), tsv_str(t, __VERSION__), tsv_end(t);
#endif
    tsv_str(t, "stride"), tsv_int(t, (long long)stride), tsv_end(t);
    snprintf(buf, sizeof buf, "%.0f", seconds);
    tsv_str(t, "seconds"), tsv_str(t, buf), tsv_end(t);
    /* The processor time of all threads: unlike the wall time, it does
     * not grow when other programs share the machine. */
    snprintf(buf, sizeof buf, "%.0f", cpu);
    tsv_str(t, "cpu_seconds"), tsv_str(t, buf), tsv_end(t);
}

int main(int argc, char **argv)
{
    long threads = 2, stride_opt = 1;
    const struct cli_opt opts[] = {
        CLI_LONG("threads", &threads, 1, EXHAUST_MAX_THREADS,
                 "threads to check with"),
        CLI_LONG("stride", &stride_opt, 1, 1 << 24,
                 "check every stride-th magnitude (1: all 2^32 floats)"),
        CLI_END
    };
    CLI_PARSE("11-floating-point-exhaustive",
              "Check the library's float activations on every float input.",
              OUTPUTS, opts, argc, argv);
    stride = (uint64_t)stride_opt;

    static struct fpcheck_result part[EXHAUST_MAX_THREADS];
    void *parts[EXHAUST_MAX_THREADS];
    for (long i = 0; i < threads; i++) {
        fpcheck_init(&part[i]);
        parts[i] = &part[i];
    }
    struct exhaust_time took =
        exhaust_run(CHUNKS, threads, parts, check_chunk, merge);
    const struct fpcheck_result *all = &part[0];
    double seconds = took.seconds, cpu = took.cpu_seconds;

    printf("%s float inputs through the library's float activations\n"
           "(bounds: 4 ulp for functions, 8 for derivatives)\n\n",
           stride == 1 ? "All 2^32" : "Sampled");
    fpcheck_print(all, stdout);
    int ok = fpcheck_passed(all);
    printf("\n%s, in %.0f s with %ld threads (%.0f s of processor "
           "time)\n", ok ? "every check passed" : "SOME CHECKS FAILED",
           seconds, threads, cpu);

    struct tsv *t = tsv_open("summary.tsv", fpcheck_columns);
    fpcheck_write(all, t);
    write_run(threads, seconds, cpu);
    out_finish();
    return ok ? 0 : 1;
}
