/*
 * mbench.h - timing an activation's array form (claim M5).
 *
 * A timing is a measurement: it differs from machine to machine and from
 * run to run, and no test asserts one. Each is the fastest of `repeats`
 * samples (interference from other programs only ever adds time); a
 * sample runs the kernel over the array as many times as fill at least
 * MBENCH_SAMPLE_S seconds, so the clock's resolution does not
 * matter, and reports nanoseconds per element. The clock is the thread's
 * CPU time (bench_cpu_now), not the wall's: on a machine that other
 * programs share, the time the thread waited for the processor is not
 * the kernel's (what the other programs do to the caches still is).
 */
#ifndef MBENCH_H
#define MBENCH_H

#include <stddef.h>

#define MBENCH_SAMPLE_S 0.002

typedef void (*mbench_kernel)(const float *z, float *y, size_t n);

/* The fewest ns per element of k over z[0 .. n-1] into y. */
double mbench_time(mbench_kernel k, const float *z, float *y, size_t n,
                   int repeats);

/* The copy a kernel cannot beat: y = z, by memcpy. */
void mbench_copy(const float *z, float *y, size_t n);

/* Inputs spread over [-6, 6], the range where the functions differ,
 * from a fixed pattern (the time does not depend on the values' order,
 * only on their range: every kernel here is branch-free or nearly). */
void mbench_fill(float *z, size_t n);

#endif
