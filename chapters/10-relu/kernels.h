/*
 * kernels.h - every array kernel the benchmark times, in one table, with
 * what each one should compute.
 *
 * The benchmark (main-bench.c) times exactly the kernels listed here and
 * the tests (tests/test_10_relu.c) check exactly these against a double
 * reference, so no timed variant can go unchecked. Three builds of each
 * activation:
 *
 *   scalar  the library's float functions (src/act.c: libm's expf and
 *           tanhf, one element per call), compiled with the course's
 *           CFLAGS, as a first attempt would be;
 *   vec     src/vecact.c: our own exp, no branches, vectorised
 *           (src/vecact.mk), for the baseline x86-64-v2 (128-bit
 *           vectors);
 *   avx2    the same source compiled for 256-bit AVX2 with fused
 *           multiply-adds (x86-64-v3);
 *   avx512  and for 512-bit AVX-512 (x86-64-v4);
 *
 * and the physical limits the activations are measured against: a copy
 * loop (reads and writes as much as an activation), libc's memcpy, a
 * loop that only stores (fill), and for the backward pass a product
 * dz = dy a (mul), which moves as much as a backward kernel.
 */
#ifndef KERNELS_H
#define KERNELS_H

#include "vecact.h"

#include <stddef.h>
#include <stdint.h>

enum kernels_pass { KERNELS_FORWARD, KERNELS_BACKWARD };

/* How far, in float ulps, a kernel may be from its double reference (the
 * tests assert these; the chapter quotes them): the library's bounds,
 * justified in vecact.h. ReLU and its derivative: exact. */
#define KERNELS_ULP_EXP VECACT_ULP_EXP
#define KERNELS_ULP_FORWARD VECACT_ULP_FORWARD
#define KERNELS_ULP_FROM_Z VECACT_ULP_FROM_Z
#define KERNELS_ULP_FROM_Y VECACT_ULP_FROM_Y

struct kernels_entry {
    const char *name;     /* column name in the tables: "sigmoid_vec" */
    const char *function; /* relu, sigmoid, tanh; copy, memcpy, fill, mul */
    const char *variant;  /* scalar, vec, avx2, avx512, or limit */
    enum kernels_pass pass;
    int from_output;      /* backward from y = g(z) rather than from z */
    vecact_fwd fwd;       /* the kernel, by pass */
    vecact_bwd bwd;
    /* What one element should be, in double: g(z), g'(z), or g' from y;
     * NULL for the limits. */
    double (*ref)(double);
    int bytes;            /* bytes read plus bytes written per element */
    const struct vecact_kernels *build; /* NULL: not from vecact.c */
};

extern const struct kernels_entry kernels[];
extern const size_t kernels_count;

/* The bound above that applies to kernel k. */
double kernels_ulp_bound(const struct kernels_entry *k);

/* Nonzero if this processor can run kernel k. */
int kernels_supported(const struct kernels_entry *k);

/* The flags kernel k's code was compiled with. */
const char *kernels_flags(const struct kernels_entry *k);

/* The function that runs kernel k: its forward form (NULL for a backward
 * kernel) and its backward form (NULL for a forward one). */
vecact_fwd kernels_forward(const struct kernels_entry *k);
vecact_bwd kernels_backward(const struct kernels_entry *k);

/* Run kernel k on n inputs a: y = g(a) forward; dz = 1 * g'(a) backward
 * (a gradient of 1, so that the output is the derivative itself). */
void kernels_apply(const struct kernels_entry *k, const float *a, float *y,
                   size_t n);

/* The error of a float result in units in the last place of the float
 * nearest to the exact value `want`: the library's ref_ulp_errf() (ref.h:
 * fractional; 0 for equal values and for two NaNs; infinite when only one
 * of them is NaN or infinite; 2^-149 as the unit below the normal range). */
double kernels_ulp_error(float got, double want);

/* The worst error found by kernels_scan(). */
struct kernels_worst {
    double ulps;  /* largest error, in ulps */
    float input;  /* where */
    long samples; /* how many inputs were checked */
};

/* Check kernel k (which must have a reference) against it on every
 * float whose bit pattern is a multiple of `stride` (1 checks all 2^32),
 * NaNs included; a kernel from the output y only where y is a possible
 * output. */
struct kernels_worst kernels_scan(const struct kernels_entry *k,
                                  uint32_t stride);

/* The floats kernels_scan_scalar() visits: all, or those with the sign
 * bit set (-0 down to -inf, and the negative NaNs) and +0. */
enum kernels_range { KERNELS_ALL, KERNELS_NEGATIVE };

/* The same check for a scalar function f against ref. */
struct kernels_worst kernels_scan_scalar(float (*f)(float),
                                         double (*ref)(double),
                                         enum kernels_range range,
                                         uint32_t stride);

#endif
