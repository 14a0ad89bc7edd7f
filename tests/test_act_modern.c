/*
 * test_act_modern.c - the guarantees of src/act_modern.h: ELU, SELU,
 * GELU (exact, tanh and sigmoid forms), SiLU, softplus and Mish.
 *
 * Special values (+-0, +-inf, NaN, subnormals, +-1e300, +-DBL_MAX) give
 * the exact limits, keep the sign of zero and NaN, and never give NaN
 * otherwise; every derivative agrees with a central difference of its
 * function and with a long double reference written from the textbook
 * formula; the identities the chapter states (SiLU' = s(1 + z(1 - s)),
 * GELU' = Phi + z phi, softplus' = s, ELU' = ELU + alpha for z < 0) hold
 * in the library; SELU's constants make mean 0, variance 1 the fixed
 * point; the float forms agree with the double ones and the array forms
 * with the scalar ones. Every float input is `make check-exhaustive`'s.
 */
#include "check.h"
#include "tally.h"

#include "act.h"
#include "act_modern.h"
#include "ref.h"
#include "rng.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#define SAMPLES 100000 /* random trials per property */
#define LA ACT_SELU_LAMBDA_ALPHA

/* ------------------------------------------------------------------ */
/* the functions under test                                           */
/* ------------------------------------------------------------------ */

static double elu1(double z) { return act_elu(z, ACT_ELU_ALPHA); }
static double elu1_prime(double z) { return act_elu_prime(z, 1.0); }
static float elu1f(float z) { return act_eluf(z, 1.0f); }
static float elu1_primef(float z) { return act_elu_primef(z, 1.0f); }

/* Each family: g and g' in double and float, g's limits at -inf and
 * +inf (g(+inf) = +inf for all), g'(-inf) and g'(+inf), and g(0). */
struct family {
    const char *name;
    double (*g)(double), (*dg)(double);
    float (*gf)(float), (*dgf)(float);
    double g_minus_inf, dg_minus_inf, dg_plus_inf, g_zero;
};

static const struct family FAM[] = {
    { "elu", elu1, elu1_prime, elu1f, elu1_primef, -1.0, 0.0, 1.0, 0.0 },
    { "selu", act_selu, act_selu_prime, act_seluf, act_selu_primef, -LA,
      0.0, ACT_SELU_LAMBDA, 0.0 },
    { "gelu", act_gelu, act_gelu_prime, act_geluf, act_gelu_primef, -0.0,
      0.0, 1.0, 0.0 },
    { "gelu_tanh", act_gelu_tanh, act_gelu_tanh_prime, act_gelu_tanhf,
      act_gelu_tanh_primef, -0.0, 0.0, 1.0, 0.0 },
    { "gelu_sigmoid", act_gelu_sigmoid, act_gelu_sigmoid_prime,
      act_gelu_sigmoidf, act_gelu_sigmoid_primef, -0.0, 0.0, 1.0, 0.0 },
    { "silu", act_silu, act_silu_prime, act_siluf, act_silu_primef, -0.0,
      0.0, 1.0, 0.0 },
    { "softplus", act_softplus, act_softplus_prime, act_softplusf,
      act_softplus_primef, 0.0, 0.0, 1.0, 0.693147180559945309 },
    { "mish", act_mish, act_mish_prime, act_mishf, act_mish_primef, -0.0,
      0.0, 1.0, 0.0 },
};
#define FAM_COUNT (sizeof FAM / sizeof FAM[0])

/* g'(0) for each family, from the right and, where g has a corner, the
 * value the library takes at 0 (the left derivative): g(z) ~ c z. */
static const double SLOPE_AT_0[FAM_COUNT] = {
    1.0, ACT_SELU_LAMBDA, 0.5, 0.5, 0.5, 0.5, 0.5, 0.6,
};

/* ------------------------------------------------------------------ */
/* special values                                                     */
/* ------------------------------------------------------------------ */

static void test_special_values(void)
{
    struct tally t = { 0 };
    for (size_t k = 0; k < FAM_COUNT; k++) {
        const struct family *f = &FAM[k];
        const char *n = f->name;
        /* The limits at +-inf, bit for bit (so -0 where g comes from
         * below), and NaN in, NaN out, in double and in float. */
        tally(&t, check_same(f->g(INFINITY), INFINITY), "%s(inf)", n);
        tally(&t, check_same(f->g(-INFINITY), f->g_minus_inf), "%s(-inf)",
              n);
        tally(&t, check_same(f->dg(INFINITY), f->dg_plus_inf), "%s'(inf)",
              n);
        tally(&t, check_same(f->dg(-INFINITY), f->dg_minus_inf),
              "%s'(-inf)", n);
        tally(&t, check_same(f->gf(INFINITY), INFINITY), "%sf(inf)", n);
        tally(&t, check_same(f->gf(-INFINITY), (float)f->g_minus_inf),
              "%sf(-inf) = %.9g", n, (double)f->gf(-INFINITY));
        tally(&t, check_same(f->dgf(INFINITY), (float)f->dg_plus_inf),
              "%s'f(inf)", n);
        tally(&t, check_same(f->dgf(-INFINITY), 0.0), "%s'f(-inf)", n);
        tally(&t, isnan(f->g(NAN)) && isnan(f->dg(NAN)) &&
                      isnan(f->g(-NAN)) && isnan(f->dg(-NAN)) &&
                      isnan(f->gf(NAN)) && isnan(f->dgf(NAN)) &&
                      isnan(f->gf(-NAN)) && isnan(f->dgf(-NAN)),
              "%s: NaN in, not NaN out", n);
        /* The sign of zero: g(-0) = -0 where g(0) = 0. */
        if (f->g_zero == 0.0) {
            tally(&t, check_same(f->g(-0.0), -0.0) &&
                          check_same(f->g(0.0), 0.0) &&
                          check_same(f->gf(-0.0f), -0.0) &&
                          check_same(f->gf(0.0f), 0.0),
                  "%s(+-0) loses the sign of zero", n);
        } else {
            tally(&t, f->g(0.0) == f->g_zero && f->g(-0.0) == f->g_zero,
                  "%s(0) = %.17g", n, f->g(0.0));
        }
        /* Huge |z|: g is z itself (lambda z for SELU) above, its limit
         * below; the derivative is its limit on both sides. */
        double up = k == 1 ? ACT_SELU_LAMBDA * 1e300 : 1e300;
        tally(&t, f->g(1e300) == up && f->g(-1e300) == f->g_minus_inf &&
                      f->dg(1e300) == f->dg_plus_inf &&
                      f->dg(-1e300) == 0.0 && f->dg(-DBL_MAX) == 0.0,
              "%s at +-1e300", n);
        /* Subnormals: g(z) = c z to within rounding (c = g'(0); 1e-310
         * has 40 bits, so 1e-5 is a few of its ulps), or g(0) where g(0)
         * is not 0 (softplus: ln 2 + z/2 is ln 2). */
        double tiny = 1e-310;
        tally(&t, f->g_zero != 0.0 ? f->g(tiny) == f->g_zero
                                   : check_rel(f->g(tiny),
                                               SLOPE_AT_0[k] * tiny, 1e-5),
              "%s(1e-310) - g(0) = %.17g, not %.17g", n,
              f->g(tiny) - f->g_zero, SLOPE_AT_0[k] * tiny);
        tally(&t, !isnan(f->g(DBL_TRUE_MIN)) && !isnan(f->dg(DBL_TRUE_MIN))
                      && !isnan(f->g(-DBL_TRUE_MIN)),
              "%s at the smallest subnormal", n);
        tally(&t, !isnan(f->g(DBL_MAX)) && !isnan(f->dg(DBL_MAX)) &&
                      !isnan(f->g(-DBL_MAX)) && !isnan(f->dg(-DBL_MAX)) &&
                      !isnan(f->gf(FLT_MAX)) && !isnan(f->gf(-FLT_MAX)) &&
                      !isnan(f->dgf(FLT_MAX)) && !isnan(f->dgf(-FLT_MAX)) &&
                      !isnan(f->gf(FLT_TRUE_MIN)) &&
                      !isnan(f->gf(-FLT_TRUE_MIN)),
              "%s at +-MAX", n);
    }
    /* The y forms: NaN stays NaN, and at the ends of the output range. */
    tally(&t, isnan(act_elu_prime_y(NAN, 1.0)) &&
                  isnan(act_selu_prime_y(NAN)) &&
                  isnan(act_elu_prime_yf(NAN, 1.0f)) &&
                  isnan(act_selu_prime_yf(NAN)),
          "y forms: NaN in, not NaN out");
    tally(&t, act_elu_prime_y(-1.0, 1.0) == 0.0 &&
                  act_elu_prime_y(INFINITY, 1.0) == 1.0 &&
                  act_selu_prime_y(-LA) == 0.0 &&
                  act_selu_prime_y(INFINITY) == ACT_SELU_LAMBDA,
          "y forms at the ends of the range");
    TALLY_CHECK(t, "special values");
}

/* Random bit patterns, every exponent: never NaN, outputs in range. */
static void test_no_nan_random(void)
{
    struct tally t = { 0 };
    struct rng r;
    rng_seed(&r, 1212);
    for (int s = 0; s < SAMPLES; s++) {
        double z = random_bits(&r);
        float zf = random_bitsf(&r);
        for (size_t k = 0; k < FAM_COUNT; k++) {
            const struct family *f = &FAM[k];
            double y = f->g(z), d = f->dg(z);
            float yf = f->gf(zf), df = f->dgf(zf);
            /* Every g here is at least its value at -inf... and at most
             * lambda |z| + ln 2; every g' is in [-0.2, 1.8]. */
            tally(&t, !isnan(y) && !isnan(d) && !isnan(yf) && !isnan(df) &&
                          y >= fmin(f->g_minus_inf, -0.31) &&
                          d >= -0.2 && d <= 1.8 && df >= -0.2f &&
                          df <= 1.8f,
                  "%s at %.17g / %.9g: %.17g, %.17g, %.9g, %.9g", f->name,
                  z, (double)zf, y, d, (double)yf, (double)df);
        }
    }
    TALLY_CHECK(t, "no NaN from random bit patterns, derivatives in range");
}

/* ------------------------------------------------------------------ */
/* derivatives                                                        */
/* ------------------------------------------------------------------ */

/* Long double references, each from the textbook formula, which is
 * accurate in long double on the grids below (|z| <= 30): 11 more bits
 * than double absorb the cancellations that double would show. */
static long double sigl(long double z) { return 1.0L / (1.0L + expl(-z)); }
static long double Phil(long double z)
{
    return 0.5L * erfcl(-z / sqrtl(2.0L));
}
static long double phil(long double z)
{
    return expl(-z * z / 2.0L) / sqrtl(2.0L * 3.14159265358979323846L);
}

static long double ref_prime(size_t k, long double z)
{
    const long double c = sqrtl(2.0L / 3.14159265358979323846L);
    switch (k) {
    case 0: /* ELU */
        return z > 0 ? 1.0L : expl(z);
    case 1: /* SELU */
        return z > 0 ? (long double)ACT_SELU_LAMBDA
                     : (long double)ACT_SELU_LAMBDA * ACT_SELU_ALPHA *
                           expl(z);
    case 2: /* GELU */
        return Phil(z) + z * phil(z);
    case 3: { /* GELU, tanh form: d/dz z/2 (1 + tanh u) */
        long double u = c * (z + 0.044715L * z * z * z);
        long double th = tanhl(u);
        return 0.5L * (1.0L + th) +
               0.5L * z * (1.0L - th * th) * c *
                   (1.0L + 3 * 0.044715L * z * z);
    }
    case 4: { /* z s(kz) */
        long double k17 = ACT_GELU_SIGMOID_K;
        long double s = sigl(k17 * z);
        return s + k17 * z * s * (1.0L - s);
    }
    case 5: { /* SiLU */
        long double s = sigl(z);
        return s + z * s * (1.0L - s);
    }
    case 6: /* softplus */
        return sigl(z);
    default: { /* Mish */
        long double sp = log1pl(expl(z));
        long double th = tanhl(sp);
        return th + z * (1.0L - th * th) * sigl(z);
    }
    }
}

/* Central differences with h = 1e-5: truncation h^2 |g'''| / 6 < 1e-10
 * for these g (|g'''| < 2 on the grid), rounding 2 eps |g| / (2h) below
 * 1e-10 for |g| <= 8: 1e-8 leaves two orders of slack and still catches
 * a derivative that is wrong by a percent anywhere on the grid. The
 * grid steps by 1/64 and skips the kink of ELU and SELU at 0. */
#define CD_H 1e-5
#define CD_TOL 1e-8

static void test_derivative_central_difference(void)
{
    struct tally t = { 0 };
    for (size_t k = 0; k < FAM_COUNT; k++) {
        const struct family *f = &FAM[k];
        for (int i = -512; i <= 512; i++) {
            double z = i / 64.0;
            if (fabs(z) < 2 * CD_H && k <= 1) {
                continue;
            }
            double cd = ref_central_diff(f->g, z, CD_H);
            double d = f->dg(z);
            tally(&t, fabs(d - cd) <= CD_TOL, "%s'(%g) = %.17g, central "
                  "difference %.17g", f->name, z, d, cd);
        }
    }
    TALLY_CHECK(t, "g' against central differences of g on [-8, 8]");
}

/* Against the long double references: on [-8, 8], within 4e-16 (a few
 * double ulps of the O(1) terms each derivative sums: its cancellations
 * cost absolute, not relative, accuracy); in the left tail [-30, -8],
 * where g' is small, within 1e-13 relative for the families whose g'
 * decays like e^z or faster, which shows that the stable forms keep
 * their digits there (exp(z) - 1 or 1 - s(z) would not). GELU's tanh
 * form decays like e^(-0.07 z^3): below -8 it leaves the double range
 * fast, so its tail check stops where g' is no longer normal. */
#define REF_ABS 4e-16
#define REF_REL_TAIL 1e-13

static void test_derivative_long_double(void)
{
    struct tally t = { 0 };
    for (size_t k = 0; k < FAM_COUNT; k++) {
        const struct family *f = &FAM[k];
        for (int i = -512; i <= 512; i++) {
            double z = i / 64.0;
            double d = f->dg(z), ref = (double)ref_prime(k, z);
            tally(&t, fabs(d - ref) <= REF_ABS * (1.0 + fabs(z)),
                  "%s'(%g) = %.17g, long double %.17g", f->name, z, d, ref);
        }
        for (int i = -30 * 64; i < -8 * 64; i++) {
            double z = i / 64.0;
            double ref = (double)ref_prime(k, z);
            if (fabs(ref) < DBL_MIN * 1e20) {
                continue;
            }
            tally(&t, check_rel(f->dg(z), ref, REF_REL_TAIL),
                  "%s'(%g) = %.17g, long double %.17g", f->name, z,
                  f->dg(z), ref);
        }
    }
    TALLY_CHECK(t, "g' against long double references");
}

/* ------------------------------------------------------------------ */
/* the identities the chapter states                                  */
/* ------------------------------------------------------------------ */

/* Each identity's right-hand side from the library's own pieces (and
 * erfc/exp for Phi and phi) against the derivative it names, within
 * 4e-16 (1 + |z|) as above; and ELU' = ELU + alpha for three alphas. */
static void test_identities(void)
{
    struct tally t = { 0 };
    for (int i = -640; i <= 640; i++) {
        double z = i / 64.0;
        double s = act_sigmoid(z);
        double tol = REF_ABS * (1.0 + fabs(z));
        double silu_rhs = s * (1.0 + z * (1.0 - s));
        tally(&t, fabs(act_silu_prime(z) - silu_rhs) <= tol,
              "SiLU'(%g) = %.17g, s(1 + z(1 - s)) = %.17g", z,
              act_silu_prime(z), silu_rhs);
        double Phi = 0.5 * erfc(-z / sqrt(2.0));
        double phi = exp(-z * z / 2) / sqrt(2.0 * 3.14159265358979323846);
        tally(&t, fabs(act_gelu_prime(z) - (Phi + z * phi)) <= tol,
              "GELU'(%g) = %.17g, Phi + z phi = %.17g", z,
              act_gelu_prime(z), Phi + z * phi);
        tally(&t, check_same(act_softplus_prime(z), s),
              "softplus'(%g) is not s(z)", z);
        if (z < 0) {
            static const double alpha[] = { 0.5, 1.0, 2.0 };
            for (int a = 0; a < 3; a++) {
                double y = act_elu(z, alpha[a]);
                /* e^z against expm1(z) + 1: both within an ulp of 1. */
                tally(&t, fabs(act_elu_prime(z, alpha[a]) - (y + alpha[a]))
                              <= 2 * DBL_EPSILON * alpha[a] &&
                          act_elu_prime_y(y, alpha[a]) == y + alpha[a],
                      "ELU'(%g, %g) = %.17g, ELU + alpha = %.17g", z,
                      alpha[a], act_elu_prime(z, alpha[a]), y + alpha[a]);
            }
            double ys = act_selu(z);
            tally(&t, fabs(act_selu_prime(z) - act_selu_prime_y(ys)) <=
                          2 * DBL_EPSILON * LA,
                  "SELU'(%g) = %.17g, from y %.17g", z, act_selu_prime(z),
                  act_selu_prime_y(ys));
        }
    }
    /* The y forms for z > 0, and softplus' = s as a central difference
     * of softplus too (the library could call the right function with
     * the wrong meaning). */
    tally(&t, act_elu_prime_y(act_elu(2.0, 1.0), 1.0) == 1.0 &&
                  act_selu_prime_y(act_selu(2.0)) == ACT_SELU_LAMBDA,
          "y forms for z > 0");
    for (int i = -8; i <= 8; i++) {
        double cd = ref_central_diff(act_softplus, i, CD_H);
        tally(&t, fabs(cd - act_sigmoid(i)) <= CD_TOL,
              "softplus central difference at %d", i);
    }
    TALLY_CHECK(t, "SiLU', GELU', softplus', ELU' identities");
}

/* ------------------------------------------------------------------ */
/* SELU's fixed point                                                 */
/* ------------------------------------------------------------------ */

/* E[g(Z)^p] for Z ~ N(0, 1) by Simpson's rule on [-12, 0] and [0, 12]
 * apart (SELU has a corner at 0, so each half is smooth): with h = 1/512
 * the rule's error is h^4 / 180 |(g^p phi)''''| < 1e-13, the tails
 * beyond 12 weigh e^-72, and the sum's rounding is some 1e-14. */
#define SIMPSON_HALF 6144 /* intervals on each half, h = 12 / 6144 */

static long double moment(double (*g)(double), int p)
{
    const long double h = 12.0L / SIMPSON_HALF;
    long double sum = 0;
    for (int side = -1; side <= 1; side += 2) {
        for (int i = 0; i <= SIMPSON_HALF; i++) {
            long double z = side * i * h;
            long double y = g((double)z);
            long double w = (i == 0 || i == SIMPSON_HALF) ? 1
                            : (i % 2 ? 4 : 2);
            sum += w * (p == 1 ? y : y * y) * phil(z);
        }
    }
    return sum * h / 3;
}

/* The mean and variance of SELU(Z) are 0 and 1 to within 1e-12: the
 * integration is good to 1e-13 and the constants to 1e-16, while alpha
 * off by 1e-9 would move the mean by 2e-10 (dE/dalpha = -0.22). And the
 * quoted digits are the paper's closed forms, recomputed here. */
static void test_selu_fixed_point(void)
{
    long double mean = moment(act_selu, 1), second = moment(act_selu, 2);
    long double var = second - mean * mean;
    TALLY_EXPECT(fabsl(mean) < 1e-12L, "E[selu(Z)] = %.3Lg", mean);
    TALLY_EXPECT(fabsl(var - 1) < 1e-12L, "Var[selu(Z)] - 1 = %.3Lg",
                 var - 1);
    /* ReLU is not at such a fixed point: its mean is 1/sqrt(2 pi). */
    long double relu_mean = moment(act_relu, 1);
    TALLY_EXPECT(fabsl(relu_mean - 0.3989422804014327L) < 1e-12L,
                 "E[relu(Z)] = %.17Lg", relu_mean);

    const long double e = expl(1.0L);
    const long double e1 = erfcl(1.0L / sqrtl(2.0L));
    const long double e2 = erfcl(sqrtl(2.0L));
    const long double pi = 3.14159265358979323846264338L;
    long double alpha = -sqrtl(2.0L / pi) / (e1 * sqrtl(e) - 1.0L);
    long double lambda = (1.0L - e1 * sqrtl(e)) * sqrtl(2.0L * pi) /
                         sqrtl(2.0L * e2 * e * e + pi * e1 * e1 * e -
                               2.0L * (2.0L + pi) * e1 * sqrtl(e) + pi +
                               2.0L);
    CHECK_REL(ACT_SELU_ALPHA, (double)alpha, 4 * DBL_EPSILON);
    CHECK_REL(ACT_SELU_LAMBDA, (double)lambda, 4 * DBL_EPSILON);
    CHECK_REL(act_selu_prime(-0.0), (double)(alpha * lambda),
              4 * DBL_EPSILON);
}

/* ------------------------------------------------------------------ */
/* float forms and array forms                                        */
/* ------------------------------------------------------------------ */

/* Float against double within 4 float ulps (g) and 8 (g'), the claim
 * `make check-exhaustive` checks on every float, on the sweep of
 * tally.h: [-100, 100] and random floats of every exponent. */
static void check_families(struct tally *t, float z, void *ctx)
{
    (void)ctx;
    for (size_t k = 0; k < FAM_COUNT; k++) {
        const struct family *f = &FAM[k];
        float y = f->gf(z), d = f->dgf(z);
        tally(t, tally_float_near(y, f->g(z), 4) &&
                     tally_float_near(d, f->dg(z), 8),
              "%s at %.9g: %.9g / %.9g, %.9g / %.9g", f->name, (double)z,
              (double)y, (double)(float)f->g(z), (double)d,
              (double)(float)f->dg(z));
    }
}

static void test_float_matches_double(void)
{
    struct tally t = { 0 };
    tally_float_sweep(&t, 1213, SAMPLES, check_families, NULL);
    TALLY_CHECK(t, "float forms within 4 (g) and 8 (g') ulps of double");
}

static void test_array_forms(void)
{
    void (*const arr[])(const float *, float *, size_t) = {
        act_eluf_array, act_seluf_array, act_geluf_array,
        act_gelu_tanhf_array, act_gelu_sigmoidf_array, act_siluf_array,
        act_softplusf_array, act_mishf_array,
    };
    struct tally t = { 0 };
    float z[18], y[18], w[18];
    for (int i = 0; i < 18; i++)
        z[i] = (float)(i - 9) * 0.75f;
    for (size_t k = 0; k < FAM_COUNT; k++) {
        for (size_t n = 0; n <= 17; n++) {
            for (int i = 0; i < 18; i++)
                y[i] = w[i] = -99.0f;
            arr[k](z, y, n);
            memcpy(w, z, sizeof w);
            arr[k](w, w, n); /* in place */
            for (size_t i = 0; i < 18; i++) {
                float want = i < n ? FAM[k].gf(z[i]) : -99.0f;
                float want_w = i < n ? want : z[i];
                tally(&t, check_same(y[i], want) && check_same(w[i], want_w),
                      "%s_array, n = %zu, i = %zu", FAM[k].name, n, i);
            }
        }
    }
    TALLY_CHECK(t, "float array forms equal the scalar forms");
}

/* act_eval and act_eval_prime reach the new kinds by name. */
static void test_eval_by_kind(void)
{
    static const enum act_kind kinds[FAM_COUNT] = {
        ACT_ELU, ACT_SELU, ACT_GELU, ACT_GELU_TANH, ACT_GELU_SIGMOID,
        ACT_SILU, ACT_SOFTPLUS, ACT_MISH,
    };
    static const char *const names[FAM_COUNT] = {
        "elu", "selu", "gelu", "gelu-tanh", "gelu-sigmoid", "silu",
        "softplus", "mish",
    };
    for (size_t k = 0; k < FAM_COUNT; k++) {
        CU_ASSERT_STRING_EQUAL(act_name(kinds[k]), names[k]);
        for (int i = -20; i <= 20; i++) {
            double z = i * 0.37;
            CHECK_SAME(act_eval(kinds[k], z), FAM[k].g(z));
            CHECK_SAME(act_eval_prime(kinds[k], z), FAM[k].dg(z));
        }
    }
}

static const struct check_test tests[] = {
    { "lib", "special values: limits at +-inf bit for bit, sign of zero, "
      "NaN in and out, subnormals, +-1e300, +-MAX",
      test_special_values },
    { "lib", "random bit patterns: never NaN, derivatives in range",
      test_no_nan_random },
    { "lib", "every derivative matches a central difference of its "
      "function on [-8, 8]",
      test_derivative_central_difference },
    { "lib", "every derivative matches a long double reference, and "
      "keeps its relative accuracy in the left tail",
      test_derivative_long_double },
    { "lib", "SiLU' = s(1 + z(1 - s)), GELU' = Phi + z phi, softplus' = "
      "s, ELU' = ELU + alpha for z < 0",
      test_identities },
    { "lib", "SELU's constants: mean 0 and variance 1 for N(0, 1) input, "
      "and the paper's closed forms",
      test_selu_fixed_point },
    { "lib", "float forms within 4 (g) and 8 (g') ulps of double",
      test_float_matches_double },
    { "lib", "float array forms equal the scalar forms, in place too",
      test_array_forms },
    { "lib", "act_eval and act_eval_prime reach the new kinds",
      test_eval_by_kind },
    CHECK_END
};

CHECK_SUITE(act_modern, tests);
