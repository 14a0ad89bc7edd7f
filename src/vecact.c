/*
 * vecact.c - vectorisable ReLU, sigmoid and tanh on our own exp; see
 * vecact.h. vecact.mk compiles this file with its own flags; the AVX2
 * and AVX-512 builds (vecact_avx2.c, vecact_avx512.c) include it whole
 * with VECACT_AVX2 or VECACT_AVX512 defined, under their own flags.
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

#if defined(VECACT_AVX512)
#define VECACT_TABLE vecact_avx512
#define VECACT_NAME "avx512"
#ifdef VECACT_AVX512_FLAGS
#define VECACT_BUILD_FLAGS VECACT_AVX512_FLAGS
#endif
/* Whether the flags made this object what its name says: not on a
 * processor other than x86-64, nor in the portable build. */
#if defined(__AVX512F__) && defined(__FMA__)
#define VECACT_NATIVE 1
#endif
#elif defined(VECACT_AVX2)
#define VECACT_TABLE vecact_avx2
#define VECACT_NAME "avx2"
#ifdef VECACT_AVX2_FLAGS
#define VECACT_BUILD_FLAGS VECACT_AVX2_FLAGS
#endif
#if defined(__AVX2__) && defined(__FMA__)
#define VECACT_NATIVE 1
#endif
#else
#define VECACT_NAME "base"
#define VECACT_NATIVE 1
#define VECACT_TABLE vecact_base
#ifdef VECACT_FLAGS
#define VECACT_BUILD_FLAGS VECACT_FLAGS
#endif
#endif
#ifndef VECACT_BUILD_FLAGS
#define VECACT_BUILD_FLAGS "(not recorded)"
#endif
#ifndef VECACT_NATIVE
#define VECACT_NATIVE 0
#endif

//> madd
/* a * b + c: one rounding where the target has fused multiply-adds (the
 * AVX2 and AVX-512 builds; GCC turns fmaf into one vector instruction),
 * two elsewhere (-ffp-contract=off keeps them two). The bounds of
 * vecact.h hold for both; only the bits differ. */
#ifdef __FMA__
#define MADD(a, b, c) fmaf(a, b, c)
#else
#define MADD(a, b, c) ((a) * (b) + (c))
#endif
//< madd

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
/* The sigmoids' exp: below EXP_LO, 1 + e^x rounds to 1 (e^-30 < 2^-43);
 * above EXP_HI, 1 / (1 + e^x) rounds to 0 (e^-110 < 2^-158). */
#define EXP_LO (-30.0f)
#define EXP_HI 110.0f

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
    p = MADD(p, r, 1.0f / 5040);
    p = MADD(p, r, 1.0f / 720);
    p = MADD(p, r, 1.0f / 120);
    p = MADD(p, r, 1.0f / 24);
    p = MADD(p, r, 1.0f / 6);
    p = MADD(p, r, 1.0f / 2);
    return MADD(r * r, p, r);
}

/* x = n ln 2 + r: returns n (an integer, as a float) and sets *r. */
static inline float reduce(float x, float *r)
{
    float n = MADD(x, LOG2E, ROUNDER) - ROUNDER;
    *r = MADD(-n, LN2_LO, MADD(-n, LN2_HI, x));
    return n;
}

/* e^x 2^-64 for any x, clamped to [EXP_LO, EXP_HI]: 2^(n - 64) is then
 * a normal float, so the scaling is exact, and e^110 2^-64 is far from
 * overflow. A NaN becomes EXP_LO (the caller restores it). */
static inline float exp_scaled(float x)
{
    float xc = x > EXP_LO ? x : EXP_LO;
    xc = xc < EXP_HI ? xc : EXP_HI;
    float r;
    int32_t n = (int32_t)reduce(xc, &r);
    return (1.0f + expm1_poly(r)) * pow2i(n - 64);
}
//< exp-core

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
    float y = MADD(s, expm1_poly(r), s - 1.0f);
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

/* s(z) = 1 / (1 + e^-z), scaled by 2^-64 above and below so that e^-z
 * cannot overflow: 2^-64 / (2^-64 + e^-z 2^-64), the same bits as the
 * unscaled quotient wherever that one is finite. Each step is monotone
 * (exp, a sum, a correctly rounded division by a growing number), so s
 * never steps the wrong way; and one select, for NaN. */
static inline float sigmoid_elem(float z)
{
    float s = SCALE_DOWN / (SCALE_DOWN + exp_scaled(-z));
    return z != z ? z : s;
}
//< vec-elements

/* tanh|z| = -m / (2 + m) with m = e^-2|z| - 1 in (-1, 0], which keeps
 * full relative accuracy near 0 where 1 - e^-2|z| would cancel. */
static inline float tanh_elem(float z)
{
    float m = expm1_neg(-2.0f * fabsf(z));
    return copysignf(-m / (2.0f + m), z);
}

//> vec-primes
/* u - u^2 for 0 <= u <= 1/2 (there it rises with u), rounded once, so
 * it never steps the wrong way: with a fused multiply-add, or in double,
 * where u^2 is exact and the difference rounds before the float does
 * (two monotone roundings). */
static inline float u_minus_u2(float u)
{
#ifdef __FMA__
    return fmaf(-u, u, u);
#else
    double d = u;
    return (float)(d - d * d);
#endif
}

/* s'(z) = y - y^2 with y = s(-|z|) <= 1/2, the small side of s, which
 * keeps its relative accuracy in the tails (as the library's
 * act_sigmoid_prime does). */
static inline float sigmoid_prime_elem(float z)
{
    float y = SCALE_DOWN / (SCALE_DOWN + exp_scaled(fabsf(z)));
    return z != z ? z : u_minus_u2(y);
}

/* tanh'(z) = 4 s'(2|z|) = u - u^2 / 4 with u = 4 s(-2|z|), computed
 * as 2^-62 / (2^-64 + ...), so that 4y is rounded once, also where it
 * is subnormal. u / 4 <= 1/8 rounds only where u^2 is negligible. */
static inline float tanh_prime_elem(float z)
{
    float u = 0x1p-62f / (SCALE_DOWN + exp_scaled(2.0f * fabsf(z)));
#ifdef __FMA__
    float d = fmaf(-0.25f * u, u, u);
#else
    double ud = u;
    float d = (float)(ud - 0.25 * ud * ud);
#endif
    return z != z ? z : d;
}
//< vec-primes

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

/* With a fused multiply-add, y - y^2 and 1 - y^2 round once. */
static inline float sigmoid_prime_y_elem(float y)
{
#ifdef __FMA__
    return fmaf(-y, y, y);
#else
    return y * (1.0f - y);
#endif
}

static inline float tanh_prime_y_elem(float y)
{
#ifdef __FMA__
    return fmaf(-y, y, 1.0f);
#else
    return (1.0f - y) * (1.0f + y);
#endif
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

#if !defined(VECACT_AVX2) && !defined(VECACT_AVX512)

/* ------------------------------------------------------------------ */
/* the scalar forms, once (not in the AVX2 and AVX-512 builds)       */
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

/* The processor checks are here, in the baseline object, not in the
 * AVX2 and AVX-512 objects: they must run on any processor, and an
 * object compiled for AVX-512 may use its instructions anywhere. A build
 * runs where its object was compiled for its instructions (`native`: not
 * so on other processors, nor in the portable build) and the processor
 * has them. */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) &&   \
    __GNUC__ >= 12
#define CPU_HAS(level, features) __builtin_cpu_supports(level)
#elif defined(__x86_64__) && defined(__GNUC__)
#define CPU_HAS(level, features) (features)
#endif

int vecact_avx2_supported(void)
{
#ifdef CPU_HAS
    __builtin_cpu_init();
    return vecact_avx2.native &&
           CPU_HAS("x86-64-v3", __builtin_cpu_supports("avx2") &&
                                    __builtin_cpu_supports("fma") &&
                                    __builtin_cpu_supports("bmi2"));
#else
    return 0; /* not an x86-64 processor: the AVX2 build is not AVX2 */
#endif
}

int vecact_avx512_supported(void)
{
#ifdef CPU_HAS
    __builtin_cpu_init();
    return vecact_avx512.native &&
           CPU_HAS("x86-64-v4", __builtin_cpu_supports("avx512f") &&
                                    __builtin_cpu_supports("avx512bw") &&
                                    __builtin_cpu_supports("avx512dq") &&
                                    __builtin_cpu_supports("avx512vl") &&
                                    __builtin_cpu_supports("fma"));
#else
    return 0;
#endif
}

//> dispatch
/* The widest build this processor runs. It is asked again at every call
 * rather than kept in a static: the answer is a few loads of what the
 * processor reported at start-up, and a cached one that two threads may
 * fill at once would be a data race. */
const struct vecact_kernels *vecact_best(void)
{
    return vecact_avx512_supported() ? &vecact_avx512
           : vecact_avx2_supported() ? &vecact_avx2
                                     : &vecact_base;
}
//< dispatch
#define VECACT_SUPPORTED always
#elif defined(VECACT_AVX512)
#define VECACT_SUPPORTED vecact_avx512_supported
#else
#define VECACT_SUPPORTED vecact_avx2_supported
#endif

const struct vecact_kernels VECACT_TABLE = {
    VECACT_NAME,
    VECACT_BUILD_FLAGS,
    VECACT_NATIVE,
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
