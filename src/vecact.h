/*
 * vecact.h - ReLU, sigmoid and tanh in float, written so that a compiler
 * can vectorise them: no branches, no calls to libm, and our own exp.
 *
 * The library's scalar float activations (act.c) call expf() and tanhf()
 * from libm, one element at a time, so a loop over them runs one element
 * per call however wide the processor's vector registers are. Here the
 * exponential is computed inline by range reduction and a polynomial,
 * every choice is a select rather than a branch, and the loops compile
 * to vector instructions (see vecact.mk for the flags: -O3, no FP traps,
 * no contraction into fused multiply-adds; never -ffast-math, whose
 * reassociation would break the range reduction).
 *
 * Accuracy, against a double reference (the bounds VECACT_ULP_* below;
 * tested on strided samples of every float by tests/test_vecact.c,
 * tests/test_act.c and tests/test_10_relu.c, and over all 2^32 floats by
 * chapter 10's `make check-exhaustive`):
 *   vecact_exp_negf, vecact_expm1_negf    within 1 ulp (x <= 0)
 *   sigmoid, tanh                         within 3 ulp
 *   their derivatives                     within 5 ulp
 *   relu and its derivative               exact (bit for bit the library)
 * with the library's special values: NaN in gives NaN out, sigmoid(-inf)
 * = +0, sigmoid(+inf) = 1, tanh(+-inf) = +-1, tanh(-0) = -0, relu'(0) =
 * 0. Subnormal results are rounded once, like any other.
 *
 * Each kernel exists three times, compiled from the same source
 * (vecact.c): vecact_base with the baseline flags (on x86-64, 128-bit SSE
 * vectors, x86-64-v2), vecact_avx2 for 256-bit AVX2 with fused
 * multiply-adds (x86-64-v3) and vecact_avx512 for 512-bit AVX-512
 * (x86-64-v4). A build runs only where its `supported` says the
 * processor has its instructions; vecact_best() picks the widest, at
 * every call and from any thread, for the library's float array forms (act_sigmoidf_array,
 * act_tanhf_array, act_reluf_array) and chapter 10's benchmark. The two
 * builds with fused multiply-adds round a * b + c once, so their bits
 * differ from the baseline's, within the same bounds.
 */
#ifndef VECACT_H
#define VECACT_H

#include <stddef.h>

/*
 * How far, in float ulps, a kernel may be from its double reference. Our
 * exp and expm1 on x <= 0: an exact range reduction, a polynomial whose
 * truncation is 1/300 ulp, and roundings that mostly cancel: 1 (measured
 * over every x <= 0: 0.95 and 0.85). Sigmoid and tanh: the exp and three
 * roundings of half an ulp each, 2.5, with room for a result low in its
 * binade, where an ulp is twice as large a part of it: 3 (measured over
 * every float, in every build: 2.48 and 2.50). Their derivatives from z,
 * u - u^2 of the small side of a sigmoid, rounded once: the sigmoid's
 * error and one rounding, held to 5 (measured over every float: 2.48 for
 * both); the library's stay well within it. From y, y (1 - y) and
 * (1 - y)(1 + y): two roundings, 2 (measured over every possible output:
 * 1.50; 0.50 with a fused multiply-add, which rounds once). ReLU and its
 * derivative: exact.
 */
#define VECACT_ULP_EXP 1.0
#define VECACT_ULP_FORWARD 3.0
#define VECACT_ULP_FROM_Z 5.0
#define VECACT_ULP_FROM_Y 2.0

/* ---- one element at a time (the same code the kernels inline) ---- */

/* e^x for x <= 0, the only arguments the activations need; NaN for a
 * NaN or a positive x. */
float vecact_exp_negf(float x);

/* e^x - 1 for x <= 0, accurate also for tiny |x| where e^x rounds to
 * 1; NaN for a NaN or a positive x. */
float vecact_expm1_negf(float x);

float vecact_reluf(float z);
float vecact_sigmoidf(float z);
float vecact_tanhf(float z);
float vecact_relu_primef(float z);    /* 1 for z > 0, else 0; NaN: NaN */
float vecact_sigmoid_primef(float z);
float vecact_tanh_primef(float z);

/* ---- array kernels: one compiled build of them ---- */

/* Forward: y[i] = g(z[i]), i < n. */
typedef void (*vecact_fwd)(const float *z, float *y, size_t n);
/* Backward: dz[i] = dy[i] g'(a[i]), where a is z or, for the *_y
 * kernels, the output y = g(z). */
typedef void (*vecact_bwd)(const float *a, const float *dy, float *dz,
                           size_t n);

struct vecact_kernels {
    const char *name;  /* "base", "avx2" or "avx512" */
    const char *flags; /* the flags its object was compiled with */
    int native;        /* compiled for its instructions (0 elsewhere than
                          x86-64, and in the portable build) */
    int (*supported)(void); /* nonzero if this processor can run it */
    vecact_fwd relu, sigmoid, tanh;
    vecact_bwd relu_back, sigmoid_back, tanh_back;
    vecact_bwd sigmoid_back_y; /* dz = dy y (1 - y) */
    vecact_bwd tanh_back_y;    /* dz = dy (1 - y)(1 + y) */
    vecact_fwd copy;           /* y = z: the memory's limit */
    vecact_fwd fill;           /* y = 1, z unread: the store rate */
    vecact_bwd mul;            /* dz = dy a: the backward pass's limit */
};

extern const struct vecact_kernels vecact_base;
extern const struct vecact_kernels vecact_avx2;
extern const struct vecact_kernels vecact_avx512;

/* Nonzero if this processor can run the AVX2 (AVX-512) build: the
 * builds' `supported`, compiled for any processor (always 0 where the
 * build is not native). */
int vecact_avx2_supported(void);
int vecact_avx512_supported(void);

/* The widest build this processor can run: avx512, avx2 or base. Safe
 * to call from several threads at once (it keeps no state). */
const struct vecact_kernels *vecact_best(void);

#endif
