/*
 * kernels.c - the table of timed kernels and the accuracy scan; see
 * kernels.h. This file is compiled with the course's CFLAGS, like the
 * library: the scalar kernels are what plain C code gets.
 */
#include "kernels.h"

#include "act.h"
#include "ref.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#ifndef KERNELS_CFLAGS
#define KERNELS_CFLAGS "(not recorded)"
#endif

/* ------------------------------------------------------------------ */
/* the scalar backward kernels: mlp_backward's loop, in float         */
/* ------------------------------------------------------------------ */

#define SCALAR_BWD(name, prime)                                           \
    static void name(const float *z, const float *dy, float *dz,          \
                     size_t n)                                            \
    {                                                                     \
        for (size_t i = 0; i < n; i++)                                    \
            dz[i] = dy[i] * prime(z[i]);                                  \
    }

SCALAR_BWD(relu_back_scalar, act_relu_primef)
SCALAR_BWD(sigmoid_back_scalar, act_sigmoid_primef)
SCALAR_BWD(tanh_back_scalar, act_tanh_primef)

/* The library's float functions, one call per element: what a plain
 * loop over act_sigmoidf gives. */
#define SCALAR_FWD(name, fn)                                              \
    static void name(const float *z, float *y, size_t n)                  \
    {                                                                     \
        for (size_t i = 0; i < n; i++)                                    \
            y[i] = fn(z[i]);                                              \
    }

SCALAR_FWD(act_reluf_scalar, act_reluf)
SCALAR_FWD(act_sigmoidf_scalar, act_sigmoidf)
SCALAR_FWD(act_tanhf_scalar, act_tanhf)

/* libc's memcpy, the C library's own way to move an array, which for
 * large arrays may use stores that bypass the cache. */
static void memcpy_kernel(const float *z, float *y, size_t n)
{
    memcpy(y, z, n * sizeof *y);
}

/* ------------------------------------------------------------------ */
/* references, in double                                              */
/* ------------------------------------------------------------------ */

/* y (1 - y) and (1 - y)(1 + y) of a float y are exact in double: the
 * factors have at most 25 significant bits, their products at most 50. */
static double sigmoid_prime_y_ref(double y)
{
    return y * (1.0 - y);
}

static double tanh_prime_y_ref(double y)
{
    return (1.0 - y) * (1.0 + y);
}

/* ------------------------------------------------------------------ */
/* the table                                                          */
/* ------------------------------------------------------------------ */

#define FWD KERNELS_FORWARD
#define BWD KERNELS_BACKWARD
#define B (&vecact_base)
#define W (&vecact_avx2)
#define X (&vecact_avx512)
/* A function of vecact.c in one build: forward, backward from z, and
 * backward from y. */
#define VF(name, fn, var, ref, build) \
    { name, fn, var, FWD, 0, NULL, NULL, ref, 8, build }
#define VB(name, fn, var, ref, build) \
    { name, fn, var, BWD, 0, NULL, NULL, ref, 12, build }
#define VY(name, fn, var, ref, build) \
    { name, fn, var, BWD, 1, NULL, NULL, ref, 12, build }

/* Forward kernels read 4 bytes and write 4 per element, backward ones
 * read 8 (a and dy) and write 4; fill only writes. The limits: fill,
 * copy and memcpy for the forward pass, and for the backward pass mul,
 * dz = dy a, which moves what a backward kernel moves and computes
 * almost nothing. */
const struct kernels_entry kernels[] = {
    { "fill", "fill", "limit", FWD, 0, NULL, NULL, NULL, 4, B },
    { "copy", "copy", "limit", FWD, 0, NULL, NULL, NULL, 8, B },
    { "memcpy", "memcpy", "limit", FWD, 0, memcpy_kernel, NULL, NULL, 8,
      NULL },
    { "relu_scalar", "relu", "scalar", FWD, 0, act_reluf_scalar, NULL,
      act_relu, 8, NULL },
    VF("relu_vec", "relu", "vec", act_relu, B),
    VF("relu_avx2", "relu", "avx2", act_relu, W),
    VF("relu_avx512", "relu", "avx512", act_relu, X),
    { "sigmoid_scalar", "sigmoid", "scalar", FWD, 0, act_sigmoidf_scalar,
      NULL, act_sigmoid, 8, NULL },
    VF("sigmoid_vec", "sigmoid", "vec", act_sigmoid, B),
    VF("sigmoid_avx2", "sigmoid", "avx2", act_sigmoid, W),
    VF("sigmoid_avx512", "sigmoid", "avx512", act_sigmoid, X),
    { "tanh_scalar", "tanh", "scalar", FWD, 0, act_tanhf_scalar, NULL,
      act_tanh, 8, NULL },
    VF("tanh_vec", "tanh", "vec", act_tanh, B),
    VF("tanh_avx2", "tanh", "avx2", act_tanh, W),
    VF("tanh_avx512", "tanh", "avx512", act_tanh, X),

    { "mul", "mul", "limit", BWD, 0, NULL, NULL, NULL, 12, B },
    { "relu_scalar", "relu", "scalar", BWD, 0, NULL, relu_back_scalar,
      act_relu_prime, 12, NULL },
    VB("relu_vec", "relu", "vec", act_relu_prime, B),
    VB("relu_avx2", "relu", "avx2", act_relu_prime, W),
    VB("relu_avx512", "relu", "avx512", act_relu_prime, X),
    { "sigmoid_scalar", "sigmoid", "scalar", BWD, 0, NULL,
      sigmoid_back_scalar, act_sigmoid_prime, 12, NULL },
    VB("sigmoid_vec", "sigmoid", "vec", act_sigmoid_prime, B),
    VB("sigmoid_avx2", "sigmoid", "avx2", act_sigmoid_prime, W),
    VB("sigmoid_avx512", "sigmoid", "avx512", act_sigmoid_prime, X),
    VY("sigmoid_y_vec", "sigmoid", "vec", sigmoid_prime_y_ref, B),
    VY("sigmoid_y_avx2", "sigmoid", "avx2", sigmoid_prime_y_ref, W),
    VY("sigmoid_y_avx512", "sigmoid", "avx512", sigmoid_prime_y_ref, X),
    { "tanh_scalar", "tanh", "scalar", BWD, 0, NULL, tanh_back_scalar,
      act_tanh_prime, 12, NULL },
    VB("tanh_vec", "tanh", "vec", act_tanh_prime, B),
    VB("tanh_avx2", "tanh", "avx2", act_tanh_prime, W),
    VB("tanh_avx512", "tanh", "avx512", act_tanh_prime, X),
    VY("tanh_y_vec", "tanh", "vec", tanh_prime_y_ref, B),
    VY("tanh_y_avx2", "tanh", "avx2", tanh_prime_y_ref, W),
    VY("tanh_y_avx512", "tanh", "avx512", tanh_prime_y_ref, X),
};

const size_t kernels_count = sizeof kernels / sizeof kernels[0];

double kernels_ulp_bound(const struct kernels_entry *k)
{
    if (strcmp(k->function, "relu") == 0) {
        return 0.0;
    }
    if (k->pass == KERNELS_FORWARD) {
        return KERNELS_ULP_FORWARD;
    }
    return k->from_output ? KERNELS_ULP_FROM_Y : KERNELS_ULP_FROM_Z;
}

int kernels_supported(const struct kernels_entry *k)
{
    return k->build == NULL || k->build->supported();
}

const char *kernels_flags(const struct kernels_entry *k)
{
    if (strcmp(k->function, "memcpy") == 0) {
        return "libc";
    }
    return k->build ? k->build->flags : KERNELS_CFLAGS;
}

vecact_fwd kernels_forward(const struct kernels_entry *k)
{
    if (k->pass != KERNELS_FORWARD) {
        return NULL;
    }
    if (k->build == NULL) {
        return k->fwd;
    }
    const struct vecact_kernels *v = k->build;
    const char *f = k->function;
    return strcmp(f, "relu") == 0      ? v->relu
           : strcmp(f, "sigmoid") == 0 ? v->sigmoid
           : strcmp(f, "tanh") == 0    ? v->tanh
           : strcmp(f, "copy") == 0    ? v->copy
           : strcmp(f, "fill") == 0    ? v->fill
                                       : NULL;
}

vecact_bwd kernels_backward(const struct kernels_entry *k)
{
    if (k->pass != KERNELS_BACKWARD) {
        return NULL;
    }
    if (k->build == NULL) {
        return k->bwd;
    }
    const struct vecact_kernels *v = k->build;
    const char *f = k->function;
    if (strcmp(f, "relu") == 0) {
        return v->relu_back;
    }
    if (strcmp(f, "sigmoid") == 0) {
        return k->from_output ? v->sigmoid_back_y : v->sigmoid_back;
    }
    if (strcmp(f, "tanh") == 0) {
        return k->from_output ? v->tanh_back_y : v->tanh_back;
    }
    return strcmp(f, "mul") == 0 ? v->mul : NULL;
}

#define ONES_LEN 4096 /* a block of gradients dy = 1 */

void kernels_apply(const struct kernels_entry *k, const float *a, float *y,
                   size_t n)
{
    if (k->pass == KERNELS_FORWARD) {
        kernels_forward(k)(a, y, n);
        return;
    }
    static float ones[ONES_LEN];
    if (ones[0] != 1.0f) {
        for (size_t i = 0; i < ONES_LEN; i++)
            ones[i] = 1.0f;
    }
    vecact_bwd g = kernels_backward(k);
    for (size_t i = 0; i < n; i += ONES_LEN) {
        size_t m = n - i < ONES_LEN ? n - i : ONES_LEN;
        g(a + i, ones, y + i, m);
    }
}

/* ------------------------------------------------------------------ */
/* accuracy                                                           */
/* ------------------------------------------------------------------ */

double kernels_ulp_error(float got, double want)
{
    return ref_ulp_errf(got, want);
}

/* Fold one result into the worst case so far. */
static void worst_of(struct kernels_worst *w, float x, float got,
                     double want)
{
    double err = kernels_ulp_error(got, want);
    if (err > w->ulps || w->samples == 0) {
        w->ulps = err;
        w->input = x;
    }
    w->samples++;
}

#define SCAN_BLOCK 4096 /* inputs per kernel call */

/* A kernel from the output takes only what the activation can output:
 * y in [0, 1] for the sigmoid, [-1, 1] for tanh (and NaN). */
static int in_domain(const struct kernels_entry *k, float a)
{
    if (!k->from_output || isnan(a)) {
        return 1;
    }
    float lo = strcmp(k->function, "sigmoid") == 0 ? 0.0f : -1.0f;
    return a >= lo && a <= 1.0f;
}

struct kernels_worst kernels_scan(const struct kernels_entry *k,
                                  uint32_t stride)
{
    struct kernels_worst w = { 0.0, 0.0f, 0 };
    static float in[SCAN_BLOCK], out[SCAN_BLOCK];
    uint64_t step = stride ? stride : 1;
    uint64_t bits = 0;
    while (bits <= UINT32_MAX) {
        size_t m = 0;
        for (; m < SCAN_BLOCK && bits <= UINT32_MAX; bits += step) {
            uint32_t b = (uint32_t)bits;
            memcpy(&in[m], &b, sizeof b);
            m += in_domain(k, in[m]);
        }
        kernels_apply(k, in, out, m);
        for (size_t i = 0; i < m; i++)
            worst_of(&w, in[i], out[i], k->ref((double)in[i]));
    }
    return w;
}

struct kernels_worst kernels_scan_scalar(float (*f)(float),
                                         double (*ref)(double),
                                         enum kernels_range range,
                                         uint32_t stride)
{
    struct kernels_worst w = { 0.0, 0.0f, 0 };
    uint64_t step = stride ? stride : 1;
    uint64_t first = range == KERNELS_NEGATIVE ? 0x80000000u : 0;
    if (range == KERNELS_NEGATIVE) {
        worst_of(&w, 0.0f, f(0.0f), ref(0.0));
    }
    for (uint64_t bits = first; bits <= UINT32_MAX; bits += step) {
        uint32_t b = (uint32_t)bits;
        float x;
        memcpy(&x, &b, sizeof x);
        worst_of(&w, x, f(x), ref((double)x));
    }
    return w;
}
