/*
 * vecact.c - vectorisable ReLU, sigmoid and tanh on our own exp; see
 * vecact.h. chapter.mk compiles this file with its own flags; the AVX2
 * build (vecact_avx2.c) includes it whole with VECACT_AVX2 defined.
 *
 * The exponential. Write x = n ln 2 + r with n an integer and
 * |r| <= ln(2)/2; then e^x = 2^n e^r. Multiplying by 2^n is exact (it only
 * moves the exponent), and e^r on so short an interval is a polynomial:
 * the Taylor series of e^r - 1 to degree 8, whose first dropped term,
 * |r|^9 / 9! <= 2e-10, is 1/300 of a float ulp of e^r (and, relative to
 * e^r - 1 ~ r, smaller still for small r). The coefficients are 1/k!,
 * nothing fitted. (Degree 7 would drop 0.1 ulp, enough to push the
 * exp's worst case over 1 ulp.) Two details keep the reduction exact:
 *   - round(x / ln 2) is computed by adding and subtracting 1.5 * 2^23,
 *     which rounds any |t| < 2^22 to an integer in round-to-nearest
 *     (-ffast-math would cancel the two and break this);
 *   - ln 2 is split in two (Cody and Waite): LN2_HI has only 16
 *     significant bits, so n * LN2_HI is exact for |n| < 2^8, and x - n
 *     LN2_HI is exact too; LN2_LO carries the rest of ln 2.
 */
#include "vecact.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

#ifdef VECACT_AVX2
#define VECACT_TABLE vecact_avx2
#ifdef VECACT_AVX2_FLAGS
#define VECACT_BUILD_FLAGS VECACT_AVX2_FLAGS
#endif
#else
#define VECACT_TABLE vecact_base
#ifdef VECACT_FLAGS
#define VECACT_BUILD_FLAGS VECACT_FLAGS
#endif
#endif
#ifndef VECACT_BUILD_FLAGS
#define VECACT_BUILD_FLAGS "(not recorded)"
#endif

#define LN2_HI 0.693145751953125f  /* 0x1.62e4p-1: 16 significant bits */
#define LN2_LO 1.42860677e-6f      /* ln 2 - LN2_HI, to float precision */
#define LOG2E 1.44269504f          /* 1 / ln 2 */
#define ROUNDER 12582912.0f        /* 1.5 * 2^23 */

/* Below EXP_X_MIN, even 4 e^x (the most we scale by) is below 2^-150,
 * half the smallest float (4 e^-110 = 7e-48), so it rounds to 0 and we
 * clamp x there. expm1 reaches -1 (within half an ulp) from x = -17.4 on;
 * its clamp at -40 keeps 2^n a normal float. */
#define EXP_X_MIN (-110.0f)
#define EXPM1_X_MIN (-40.0f)
#define SCALE_UP 64            /* 2^(n + 64) is normal for n >= -190 */
#define SCALE_DOWN 0x1p-64f

/* 2^k as a float, for -126 <= k <= 127: the exponent field alone. */
static inline float pow2i(int32_t k)
{
    uint32_t bits = (uint32_t)(k + 127) << 23;
    float f;
    memcpy(&f, &bits, sizeof f);
    return f;
}

//> exp-core
/* e^r - 1 for |r| <= ln(2)/2: Taylor to degree 8, by Horner. */
static inline float expm1_poly(float r)
{
    float p = 1.0f / 40320;
    p = p * r + 1.0f / 5040;
    p = p * r + 1.0f / 720;
    p = p * r + 1.0f / 120;
    p = p * r + 1.0f / 24;
    p = p * r + 1.0f / 6;
    p = p * r + 1.0f / 2;
    return r + r * r * p;
}

/* x = n ln 2 + r: returns n (an integer, as a float) and sets *r. */
static inline float reduce(float x, float *r)
{
    float n = (x * LOG2E + ROUNDER) - ROUNDER;
    *r = (x - n * LN2_HI) - n * LN2_LO;
    return n;
}

/* 2^k e^x for -110 <= x <= 0 and 0 <= k <= 2. n can reach -157, where
 * 2^n is below the normal range, so we multiply by 2^(n + 64), a normal
 * float, which is exact, and then by 2^-64, which rounds once, also to a
 * subnormal. */
static inline float exp_neg_scaled(float x, int32_t k)
{
    float r;
    int32_t n = (int32_t)reduce(x, &r) + k;
    return (1.0f + expm1_poly(r)) * pow2i(n + SCALE_UP) * SCALE_DOWN;
}
//< exp-core

/* e^x for any x <= 0; NaN passes through. The clamp runs first, as a
 * select, so that a NaN never reaches the integer conversion. */
static inline float exp_neg(float x, int32_t k)
{
    float xc = x > EXP_X_MIN ? x : EXP_X_MIN;
    float y = exp_neg_scaled(xc, k);
    return x != x ? x : y;
}

/* e^x - 1 for x <= 0: 2^n (1 + q) - 1 = 2^n q + (2^n - 1), q = e^r - 1.
 * For n = 0 this is q itself, so tiny x keep every digit; for n < 0,
 * 2^n - 1 is exact and the sum rounds once. */
static inline float expm1_neg(float x)
{
    float xc = x > EXPM1_X_MIN ? x : EXPM1_X_MIN;
    float r;
    float s = pow2i((int32_t)reduce(xc, &r));
    float y = s * expm1_poly(r) + (s - 1.0f);
    return x != x ? x : y;
}

//> vec-elements
/* ReLU as a select: z <= 0 is false for NaN, which passes through, and
 * true for -0, which becomes +0: the library's values, bit for bit. */
static inline float relu_elem(float z)
{
    return z <= 0.0f ? 0.0f : z;
}

static inline float relu_prime_elem(float z)
{
    return z > 0.0f ? 1.0f : (z <= 0.0f ? 0.0f : z); /* NaN: z */
}

/* s(z) = 1 / (1 + e) for z > 0 and e / (1 + e) otherwise, e = e^-|z|:
 * the exponential never overflows, and the two sides are one select of
 * the numerator. */
static inline float sigmoid_elem(float z)
{
    float e = exp_neg(-fabsf(z), 0);
    return (z > 0.0f ? 1.0f : e) / (1.0f + e);
}
//< vec-elements

/* tanh|z| = -m / (2 + m) with m = e^-2|z| - 1 in (-1, 0], which keeps
 * full relative accuracy near 0 where 1 - e^-2|z| would cancel. */
static inline float tanh_elem(float z)
{
    float m = expm1_neg(-2.0f * fabsf(z));
    return copysignf(-m / (2.0f + m), z);
}

/* s'(z) = e / (1 + e)^2, e = e^-|z|, clipped at its maximum 1/4, which
 * the rounding of (1 + e)^2 can exceed by an ulp for e near 1. */
static inline float sigmoid_prime_elem(float z)
{
    float e = exp_neg(-fabsf(z), 0);
    float d = e / ((1.0f + e) * (1.0f + e));
    return d > 0.25f ? 0.25f : d;
}

/* tanh'(z) = 4e / (1 + e)^2, e = e^-2|z|; 4e comes out of the exp scaled
 * exactly, so a subnormal e is not rounded before it is multiplied. */
static inline float tanh_prime_elem(float z)
{
    float e4 = exp_neg(-2.0f * fabsf(z), 2);
    float e = 0.25f * e4;
    float d = e4 / ((1.0f + e) * (1.0f + e));
    return d > 1.0f ? 1.0f : d;
}

/* ------------------------------------------------------------------ */
/* the kernels: plain loops, which the compiler vectorises            */
/* ------------------------------------------------------------------ */

/* restrict: the arrays do not overlap, so the compiler need not check. */
#define VEC_FWD(name, elem)                                               \
    static void name(const float *restrict z, float *restrict y,         \
                     size_t n)                                           \
    {                                                                    \
        for (size_t i = 0; i < n; i++)                                   \
            y[i] = elem(z[i]);                                           \
    }

#define VEC_BWD(name, elem)                                               \
    static void name(const float *restrict a, const float *restrict dy,  \
                     float *restrict dz, size_t n)                       \
    {                                                                    \
        for (size_t i = 0; i < n; i++)                                   \
            dz[i] = dy[i] * elem(a[i]);                                  \
    }

static inline float sigmoid_prime_y_elem(float y)
{
    return y * (1.0f - y);
}

static inline float tanh_prime_y_elem(float y)
{
    return (1.0f - y) * (1.0f + y);
}

static inline float copy_elem(float z)
{
    return z;
}

VEC_FWD(relu_array, relu_elem)
VEC_FWD(sigmoid_array, sigmoid_elem)
VEC_FWD(tanh_array, tanh_elem)
VEC_FWD(copy_array, copy_elem)
VEC_BWD(relu_back, relu_prime_elem)
VEC_BWD(sigmoid_back, sigmoid_prime_elem)
VEC_BWD(tanh_back, tanh_prime_elem)
VEC_BWD(sigmoid_back_y, sigmoid_prime_y_elem)
VEC_BWD(tanh_back_y, tanh_prime_y_elem)
VEC_BWD(mul_back, copy_elem)

static void fill_array(const float *restrict z, float *restrict y,
                       size_t n)
{
    (void)z;
    for (size_t i = 0; i < n; i++)
        y[i] = 1.0f;
}

#ifndef VECACT_AVX2

/* ------------------------------------------------------------------ */
/* the scalar forms, once (not in the AVX2 build)                     */
/* ------------------------------------------------------------------ */

float vecact_exp_negf(float x)
{
    return x > 0.0f ? NAN : exp_neg(x, 0);
}

float vecact_expm1_negf(float x)
{
    return x > 0.0f ? NAN : expm1_neg(x);
}

float vecact_reluf(float z)
{
    return relu_elem(z);
}

float vecact_sigmoidf(float z)
{
    return sigmoid_elem(z);
}

float vecact_tanhf(float z)
{
    return tanh_elem(z);
}

float vecact_relu_primef(float z)
{
    return relu_prime_elem(z);
}

float vecact_sigmoid_primef(float z)
{
    return sigmoid_prime_elem(z);
}

float vecact_tanh_primef(float z)
{
    return tanh_prime_elem(z);
}

static int always(void)
{
    return 1;
}

/* Here, not in the AVX2 object: this test must run on any processor. */
int vecact_avx2_supported(void)
{
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) &&   \
    __GNUC__ >= 12
    __builtin_cpu_init();
    return __builtin_cpu_supports("x86-64-v3");
#elif defined(__x86_64__) && defined(__GNUC__)
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") &&
           __builtin_cpu_supports("bmi2");
#else
    return 0; /* not an x86-64 processor: the AVX2 build is not AVX2 */
#endif
}
#define VECACT_SUPPORTED always
#else
#define VECACT_SUPPORTED vecact_avx2_supported
#endif

const struct vecact_kernels VECACT_TABLE = {
#ifdef VECACT_AVX2
    "avx2",
#else
    "base",
#endif
    VECACT_BUILD_FLAGS,
    VECACT_SUPPORTED,
    relu_array,
    sigmoid_array,
    tanh_array,
    relu_back,
    sigmoid_back,
    tanh_back,
    sigmoid_back_y,
    tanh_back_y,
    copy_array,
    fill_array,
    mul_back,
};
