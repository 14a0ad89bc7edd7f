/*
 * bench.h - clocks, medians and a description of the machine, for the
 * course's benchmarks.
 *
 * A timing is a measurement, not a computation: it differs from machine
 * to machine and from run to run. Everything here helps report one
 * honestly: a monotonic clock for the time that passed, the thread's CPU
 * clock to tell whether the thread actually ran for all of it (on a busy
 * machine it did not), the median and range of repeated runs, and the
 * processor, caches and compiler that produced the numbers.
 */
#ifndef BENCH_H
#define BENCH_H

#include <stddef.h>

/* Seconds on CLOCK_MONOTONIC: wall time that never jumps backwards. */
double bench_now(void);

/* Seconds of CPU time this thread has used (CLOCK_THREAD_CPUTIME_ID);
 * its increase over an interval, divided by the interval's wall time, is
 * the share of the interval the thread was running. */
double bench_cpu_now(void);

/* The median of x[0..n-1] (n >= 1), which it sorts in place: for an even
 * n, the mean of the two middle values. */
double bench_median(double *x, size_t n);

/* The processor's model name from /proc/cpuinfo into buf, or "unknown
 * processor" where there is no such file. */
void bench_cpu_model(char *buf, size_t len);

/* The size in bytes of the level `level` (1, 2, 3) data or unified cache
 * of processor 0, from /sys/devices/system/cpu; 0 if unknown. */
long bench_cache_bytes(int level);

/* The compiler that compiled the library, as "gcc 12.2.0". */
const char *bench_compiler(void);

#endif
