/*
 * test_vecact.c - the library's vector kernels (src/vecact.h) as a
 * dispatch: vecact_best() picks the widest build this processor runs;
 * the AVX2 and AVX-512 builds, which both round a * b + c once with fused
 * multiply-adds and otherwise do the same IEEE operations in the same
 * order, return the same bits; and every build the processor runs keeps
 * the forward kernels (what the float array forms of act.h run) within
 * their bounds of a double reference, ReLU exact.
 *
 * Each kernel of each build, forward and backward, is checked in full by
 * chapter 10 (tests/test_10_relu.c, and over all 2^32 floats by `make
 * check-exhaustive`); here the builds are compared with each other.
 */
#include "check.h"

#include "act.h"
#include "alloc.h"
#include "ref.h"
#include "vecact.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Every 4099th bit pattern: 1,047,810 floats of every sign and exponent,
 * NaNs included; 4099 is prime, so the low mantissa bits take every
 * residue rather than a fixed one. */
#define STRIDE 4099u

static const struct vecact_kernels *const BUILDS[] = {
    &vecact_base, &vecact_avx2, &vecact_avx512,
};
#define BUILD_COUNT (sizeof BUILDS / sizeof BUILDS[0])

/* The sample, in bit-pattern order. */
static float *sample(size_t *n)
{
    *n = (size_t)(((uint64_t)UINT32_MAX + STRIDE) / STRIDE);
    float *z = alloc_array(*n, sizeof *z);
    for (size_t i = 0; i < *n; i++) {
        uint32_t bits = (uint32_t)(i * STRIDE);
        memcpy(&z[i], &bits, sizeof bits);
    }
    return z;
}

static int same_bits(float a, float b)
{
    return memcmp(&a, &b, sizeof a) == 0;
}

static void test_dispatch_picks_the_widest(void)
{
    const struct vecact_kernels *best = vecact_best();
    const struct vecact_kernels *want =
        vecact_avx512.supported() ? &vecact_avx512
        : vecact_avx2.supported() ? &vecact_avx2
                                  : &vecact_base;
    CU_ASSERT_PTR_EQUAL(best, want);
    CU_ASSERT(best->supported());
    CU_ASSERT(vecact_base.supported());
    CU_ASSERT_PTR_EQUAL(vecact_best(), best); /* the same at every call */
    /* A build that is not native is never supported (the portable
     * build's AVX2 and AVX-512 objects, or any other processor's). */
    for (size_t b = 0; b < BUILD_COUNT; b++)
        CU_ASSERT(BUILDS[b]->native || !BUILDS[b]->supported());
}

/* The kernels of one build, forward and backward, in one list. */
#define KERNEL_COUNT 8

static void run_kernel(const struct vecact_kernels *v, int k,
                       const float *z, const float *dy, float *out,
                       size_t n)
{
    const vecact_fwd fwd[] = { v->relu, v->sigmoid, v->tanh };
    const vecact_bwd bwd[] = { v->relu_back, v->sigmoid_back, v->tanh_back,
                               v->sigmoid_back_y, v->tanh_back_y };
    if (k < 3) {
        fwd[k](z, out, n);
    } else {
        bwd[k - 3](z, dy, out, n);
    }
}

static const char *const KERNEL_NAMES[KERNEL_COUNT] = {
    "relu", "sigmoid", "tanh", "relu_back", "sigmoid_back", "tanh_back",
    "sigmoid_back_y", "tanh_back_y",
};

static void test_avx2_and_avx512_give_the_same_bits(void)
{
    if (!vecact_avx2.supported() || !vecact_avx512.supported()) {
        CU_PASS("this processor does not run both the AVX2 and AVX-512 "
                "builds: nothing to compare");
        return;
    }
    size_t n;
    float *z = sample(&n);
    float *dy = alloc_array(n, sizeof *dy);
    float *a = alloc_array(n, sizeof *a), *b = alloc_array(n, sizeof *b);
    /* Gradients of every sign and scale, so that the backward kernels'
     * last product rounds too. */
    for (size_t i = 0; i < n; i++)
        dy[i] = ldexpf(1.0f + (float)(i % 7) / 8, (int)(i % 41) - 20) *
                (i % 2 ? -1.0f : 1.0f);
    for (int k = 0; k < KERNEL_COUNT; k++) {
        run_kernel(&vecact_avx2, k, z, dy, a, n);
        run_kernel(&vecact_avx512, k, z, dy, b, n);
        size_t differ = 0, first = 0;
        for (size_t i = 0; i < n; i++) {
            if (!same_bits(a[i], b[i]) && differ++ == 0) {
                first = i;
            }
        }
        char msg[200];
        snprintf(msg, sizeof msg,
                 "%s: avx2 and avx512 differ in %zu of %zu inputs; first "
                 "z = %.9g: %.9g and %.9g",
                 KERNEL_NAMES[k], differ, n, (double)z[first],
                 (double)a[first], (double)b[first]);
        CU_assertImplementation(differ == 0, __LINE__, msg, __FILE__, "",
                                CU_FALSE);
    }
    free(z);
    free(dy);
    free(a);
    free(b);
}

static void test_every_build_keeps_the_forward_bounds(void)
{
    size_t n;
    float *z = sample(&n);
    float *y = alloc_array(n, sizeof *y);
    int builds = 0;
    for (size_t bi = 0; bi < BUILD_COUNT; bi++) {
        const struct vecact_kernels *v = BUILDS[bi];
        if (!v->supported()) {
            continue;
        }
        builds++;
        const struct {
            const char *name;
            vecact_fwd f;
            double (*ref)(double);
            double ulps; /* 0: bit for bit act_relu */
        } k[] = {
            { "sigmoid", v->sigmoid, act_sigmoid, VECACT_ULP_FORWARD },
            { "tanh", v->tanh, act_tanh, VECACT_ULP_FORWARD },
            { "relu", v->relu, act_relu, 0 },
        };
        for (size_t j = 0; j < sizeof k / sizeof k[0]; j++) {
            k[j].f(z, y, n);
            size_t bad = 0, first = 0;
            double worst = 0;
            for (size_t i = 0; i < n; i++) {
                double want = k[j].ref(z[i]);
                double e = ref_ulp_errf(y[i], want);
                int ok = k[j].ulps == 0 ? check_same(y[i], want)
                                        : e <= k[j].ulps;
                worst = e > worst ? e : worst;
                if (!ok && bad++ == 0) {
                    first = i;
                }
            }
            char msg[200];
            snprintf(msg, sizeof msg,
                     "%s (%s): %zu of %zu inputs beyond %g ulps (worst "
                     "%.3g); first z = %.9g: %.9g",
                     k[j].name, v->name, bad, n, k[j].ulps, worst,
                     (double)z[first], (double)y[first]);
            CU_assertImplementation(bad == 0, __LINE__, msg, __FILE__, "",
                                    CU_FALSE);
        }
    }
    CU_ASSERT(builds >= 1); /* the base build runs everywhere */
    free(z);
    free(y);
}

static const struct check_test tests[] = {
    { "lib", "vecact_best() picks the widest build this processor runs, "
      "the same at every call; a build not compiled for its instructions "
      "never runs",
      test_dispatch_picks_the_widest },
    { "lib", "the AVX2 and AVX-512 builds give the same bits for every "
      "kernel on every 4099th float (where both run)",
      test_avx2_and_avx512_give_the_same_bits },
    { "lib", "every build this processor runs keeps sigmoid and tanh "
      "within 3 ulps of double and ReLU exact, on every 4099th float",
      test_every_build_keeps_the_forward_bounds },
    CHECK_END
};

CHECK_SUITE(vecact, tests);
