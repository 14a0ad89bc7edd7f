/*
 * act_modern.c - ELU, SELU, GELU, SiLU, softplus and Mish; see
 * act_modern.h.
 *
 * Each textbook formula has a place where floating point breaks it, and
 * each function here avoids it:
 *
 *   - e^z is taken only of a non-positive number (e^-|z|), so it never
 *     overflows; the side z > 0 is rewritten in e^-z;
 *   - e^z - 1 near 0 is expm1(z), which keeps every digit where
 *     exp(z) - 1 cancels (ELU, SELU);
 *   - 1 + tanh(u), which cancels for u < 0, is 2 s(2u) (GELU's tanh
 *     form), and 1 - s(z) is s(-z);
 *   - ln(1 + e^z) is max(z, 0) + log1p(e^-|z|) (softplus), and
 *     tanh(softplus(z)) is a ratio of polynomials in e^-|z| (Mish);
 *   - a product z g(z) whose factor is 0 at z = -inf, or a derivative
 *     whose terms are inf * 0 at +-inf, returns its limit there.
 *
 * The float forms of ELU and SELU are computed in float. GELU, SiLU,
 * Mish, softplus and the derivatives of the first three are computed in
 * double and rounded once: in float, z e^z is a subnormal with few digits
 * long before the product underflows, each derivative crosses 0 (SiLU'
 * at z = -1.28, GELU' at -0.75, Mish' at -1.19) where float terms of size
 * 1 cancel to nothing, and softplus's two float terms round apart and
 * step the wrong way. Rounding a double result to float is monotone, so a
 * float form is monotone wherever its double is to well below a float
 * ulp. `make check-exhaustive` checks every float input.
 */
#include "act_modern.h"

#include "act.h"

#include <math.h>

/* sqrt(2/pi), 1/sqrt(2), 1/sqrt(2 pi), to more digits than a double
 * holds (C11 has no M_ constants). */
#define SQRT_2_OVER_PI 0.79788456080286535587989211986876
#define SQRT1_2 0.70710678118654752440084436210485
#define INV_SQRT_2PI 0.39894228040143267793994605993438

/* Past these |z| every derivative here is its limit, 0 or 1, to far
 * below the smallest double: each correction has a factor e^-(cz) with
 * cz beyond 745, where e^-x underflows to 0 (checked by the tests). */
#define GELU_FLAT 40.0
#define SILU_FLAT 800.0
#define MISH_FLAT 800.0

/* e^-a for a >= 0 (or NaN), skipping libm's slow path where the result
 * underflows: e^-a is 0 in double from a = 745.2, and in float from
 * a = 103.98 (below half the smallest subnormal). Nearly half of all
 * floats are beyond 746, so `make check-exhaustive` feels this; the
 * value is the same. A NaN fails `a >= ...` and goes to exp. */
#define EXP_ZERO 746.0
#define EXPF_ZERO 104.0f

static double exp_neg(double a)
{
    return a >= EXP_ZERO ? 0.0 : exp(-a);
}

static float exp_negf(float a)
{
    return a >= EXPF_ZERO ? 0.0f : expf(-a);
}

/* Below |z| = TINYF the float forms computed in double take their value
 * from the first two terms of the Taylor series at 0: the next term is
 * below z^2, 2^-60 of the value, far under a double's rounding, so the
 * float is the same; and the check of every float, a third of which lie
 * below 2^-30, runs in two thirds of the time. A NaN fails the test. */
#define TINYF 0x1p-30f
#define LN2 0.69314718055994530941723212145818

/* s(z) and s(-z) from e = e^-|z|, which serves both: one exp for
 * every sigmoid a formula needs. A NaN z gives NaN through e. */
static double sig_pos(double z, double e)
{
    return z >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
}

static double sig_neg(double z, double e)
{
    return z >= 0 ? e / (1.0 + e) : 1.0 / (1.0 + e);
}

/* ------------------------------------------------------------------ */
/* ELU                                                                */
/* ------------------------------------------------------------------ */

//> elu
double act_elu(double z, double alpha)
{
    /* expm1, not exp(z) - 1: near 0, exp(z) is 1 + z rounded to 1 +
     * (z to 16 digits of 1), and subtracting 1 leaves z to as few
     * digits as it has below 1: for z = 1e-10, six. expm1(-0) = -0
     * keeps the sign of zero; expm1(-inf) = -1; NaN fails z > 0 and
     * comes out of expm1. */
    return z > 0 ? z : alpha * expm1(z);
}
//< elu

//> elu-prime
double act_elu_prime(double z, double alpha)
{
    /* alpha e^z for z <= 0: at 0 the left derivative, alpha. */
    return z > 0 ? 1.0 : alpha * exp_neg(-z);
}
//< elu-prime

//> elu-prime-y
double act_elu_prime_y(double y, double alpha)
{
    /* For z <= 0, y = alpha (e^z - 1), so g'(z) = alpha e^z = y + alpha:
     * an addition instead of an exp, which is why backpropagation uses
     * it. It is exact to half an ulp of alpha, so in the far tail, where
     * alpha e^z is far below alpha, the form in z keeps digits this one
     * cannot. y > 0 exactly when z > 0. */
    return y > 0 ? 1.0 : y + alpha;
}
//< elu-prime-y

float act_eluf(float z, float alpha)
{
    return z > 0 ? z : alpha * expm1f(z); /* as in act_elu */
}

float act_elu_primef(float z, float alpha)
{
    return z > 0 ? 1.0f : alpha * exp_negf(-z);
}

float act_elu_prime_yf(float y, float alpha)
{
    return y > 0 ? 1.0f : y + alpha;
}

/* ------------------------------------------------------------------ */
/* SELU                                                               */
/* ------------------------------------------------------------------ */

/*
 * Klambauer et al. (2017), "Self-Normalizing Neural Networks", NeurIPS,
 * arXiv:1706.02515, Section 3 ("Constructing self-normalizing neural
 * networks", eqs. 4 and 5, and the closed forms that follow them): for a
 * unit whose net input is N(0, 1) (weights of mean 0 and squared norm 1
 * against inputs of mean 0, variance 1), ask that its output have mean
 * 0 and variance 1 again. The mean condition alone fixes alpha:
 *
 *   E[selu] / lambda = E[z; z > 0] + alpha E[e^z - 1; z < 0]
 *                    = 1/sqrt(2 pi) + alpha (e^(1/2) Phi(-1) - 1/2) = 0,
 *
 *   alpha_01 = -sqrt(2/pi) / (erfc(1/sqrt 2) e^(1/2) - 1)
 *            = 1.6732632423543772848170429916717...
 *
 * and the variance condition E[selu^2] = 1 then gives lambda:
 *
 *   lambda_01 = (1 - erfc(1/sqrt 2) sqrt e) sqrt(2 pi)
 *               / sqrt(2 erfc(sqrt 2) e^2 + pi erfc(1/sqrt 2)^2 e
 *                      - 2 (2 + pi) erfc(1/sqrt 2) sqrt e + pi + 2)
 *             = 1.0507009873554804934193349852946...
 *
 * (digits as the paper quotes them; recomputed in 40-digit arithmetic,
 * and tests/test_act_modern.c integrates both conditions again). The
 * product lambda alpha is the derivative's limit at 0 from the left.
 */
#define SELU_LAMBDA_ALPHA ACT_SELU_LAMBDA_ALPHA

//> selu
double act_selu(double z)
{
    /* lambda z overflows only where the exact value is beyond the
     * largest double, so inf is then its correct rounding. */
    return z > 0 ? ACT_SELU_LAMBDA * z : SELU_LAMBDA_ALPHA * expm1(z);
}
//< selu

//> selu-prime
double act_selu_prime(double z)
{
    /* At 0 the left derivative, lambda alpha = 1.76; from the right it
     * is lambda = 1.05: SELU has a corner at 0. */
    return z > 0 ? ACT_SELU_LAMBDA : SELU_LAMBDA_ALPHA * exp_neg(-z);
}
//< selu-prime

//> selu-prime-y
double act_selu_prime_y(double y)
{
    /* For z <= 0, y = lambda alpha (e^z - 1), so g' = lambda alpha e^z
     * = y + lambda alpha: an addition instead of an exp, as for ELU. */
    return y > 0 ? ACT_SELU_LAMBDA : y + SELU_LAMBDA_ALPHA;
}
//< selu-prime-y

/* The constants rounded to float once each: with expm1f's and the
 * product's roundings, SELU in float is within 2 ulps. */
#define SELU_LAMBDA_F ((float)ACT_SELU_LAMBDA)
#define SELU_LAMBDA_ALPHA_F ((float)SELU_LAMBDA_ALPHA)

float act_seluf(float z)
{
    /* For z > 0 the product is taken in double and rounded once: the
     * float lambda is larger than lambda, and near the top of the range
     * lambda_f z would round to infinity where lambda z is still the
     * largest float. */
    return z > 0 ? (float)(ACT_SELU_LAMBDA * (double)z)
                 : SELU_LAMBDA_ALPHA_F * expm1f(z);
}

float act_selu_primef(float z)
{
    return z > 0 ? SELU_LAMBDA_F : SELU_LAMBDA_ALPHA_F * exp_negf(-z);
}

/* lambda alpha - SELU_LAMBDA_ALPHA_F, the part of the constant one
 * float cannot hold (2.3e-8). */
#define SELU_LAMBDA_ALPHA_LO_F \
    ((float)(SELU_LAMBDA_ALPHA - (double)SELU_LAMBDA_ALPHA_F))

//> selu-prime-yf
float act_selu_prime_yf(float y)
{
    /* y + lambda alpha with the constant in two floats: near y = -lambda
     * alpha the sum is far below 1, and the 2.3e-8 that the float
     * constant lacks would be most of it. y + HI is exact there
     * (Sterbenz: y within a factor 2 of -HI), and adding LO rounds
     * once. HI is below lambda alpha, so at SELU's own minimum, y = -HI,
     * the result is LO > 0, never negative. */
    if (y > 0) {
        return SELU_LAMBDA_F;
    }
    return (y + SELU_LAMBDA_ALPHA_F) + SELU_LAMBDA_ALPHA_LO_F;
}
//< selu-prime-yf

/* ------------------------------------------------------------------ */
/* GELU, exact                                                        */
/* ------------------------------------------------------------------ */

//> gelu
double act_gelu(double z)
{
    /* Phi(z) = erfc(-z / sqrt 2) / 2, not (1 + erf(z / sqrt 2)) / 2:
     * for z < 0 the latter is 1 - (almost 1) and loses every digit by
     * z = -6, while erfc of a large argument keeps its relative
     * accuracy until it underflows (below z = -38). At z = -inf,
     * z Phi(z) would be -inf * 0; its limit is 0 (as -0, the side it
     * comes from). -0 gives -0 * 1/2 = -0. Beyond |z| = GELU_FLAT,
     * erfc(-z / sqrt 2) is 2 or 0 in double, so the result is z or -0
     * whatever it computes: say so, and spare libm's underflow. */
    if (z < -GELU_FLAT) {
        return -0.0;
    }
    if (z > GELU_FLAT) {
        return z;
    }
    return z * (0.5 * erfc(-z * SQRT1_2));
}
//< gelu

/* e^(-z^2/2) / sqrt(2 pi), with z^2 split as hi + lo by fma: exp of a
 * rounded -z^2/2 would be off by up to |z^2/2| * 2^-53 relative, 2^-43
 * near z = 38; e^(-lo/2) = 1 - lo/2 to far below an ulp. */
static double normal_pdf(double z)
{
    double hi = z * z;
    double lo = fma(z, z, -hi);
    return INV_SQRT_2PI * exp(-0.5 * hi) * (1.0 - 0.5 * lo);
}

//> gelu-prime
double act_gelu_prime(double z)
{
    /* (z Phi)' = Phi(z) + z phi(z). Beyond |z| = GELU_FLAT both
     * corrections are below e^-800: the derivative is 1 or 0, and
     * inf * phi(inf) = inf * 0 never arises. */
    if (fabs(z) > GELU_FLAT) {
        return z > 0 ? 1.0 : 0.0;
    }
    return 0.5 * erfc(-z * SQRT1_2) + z * normal_pdf(z);
}
//< gelu-prime

/* In double, rounded once (see the file's opening comment). */
float act_geluf(float z)
{
    if (fabsf(z) < TINYF) { /* z/2 + z^2 / sqrt(2 pi) */
        return (float)(z * (0.5 + INV_SQRT_2PI * z));
    }
    return (float)act_gelu(z);
}

float act_gelu_primef(float z)
{
    if (fabsf(z) < TINYF) {
        return (float)(0.5 + 2.0 * INV_SQRT_2PI * z);
    }
    return (float)act_gelu_prime(z);
}

/* ------------------------------------------------------------------ */
/* GELU, tanh approximation                                           */
/* ------------------------------------------------------------------ */

/* The cubic coefficient Hendrycks and Gimpel fit. */
#define GELU_TANH_A 0.044715

//> gelu-tanh
double act_gelu_tanh(double z)
{
    /* (1 + tanh(u)) / 2 = s(2u): the same value without the
     * cancellation of 1 + tanh(u) for u < 0, where tanh(u) is close to
     * -1 and the sum would keep no digits. For a huge |z|, z^3
     * overflows to +-inf, and s(+-inf) is exactly 1 or 0, which is
     * right; only z = -inf needs its limit, -0. Beyond |z| =
     * GELU_FLAT, |2u| > 4600 and s(2u) is 1 or 0: z or -0, said at once
     * (the same values, without exp's slow underflow). */
    if (z < -GELU_FLAT) {
        return -0.0;
    }
    if (z > GELU_FLAT) {
        return z;
    }
    double u2 = 2.0 * SQRT_2_OVER_PI * z * (1.0 + GELU_TANH_A * z * z);
    return z * act_sigmoid(u2);
}
//< gelu-tanh

//> gelu-tanh-prime
double act_gelu_tanh_prime(double z)
{
    /* (z s(2u))' = s(2u) + z s'(2u) 2u', with 2u' = 2 sqrt(2/pi)
     * (1 + 3 a z^2), s(2u) and s'(2u) from one exp. At |z| = 40,
     * |2u| is over 4600: beyond, the derivative is 1 or 0. */
    if (fabs(z) > GELU_FLAT) {
        return z > 0 ? 1.0 : 0.0;
    }
    double u2 = 2.0 * SQRT_2_OVER_PI * z * (1.0 + GELU_TANH_A * z * z);
    double du2 = 2.0 * SQRT_2_OVER_PI * (1.0 + 3.0 * GELU_TANH_A * z * z);
    double e = exp_neg(fabs(u2));
    double s = sig_pos(u2, e), sn = sig_neg(u2, e);
    return s + z * (s * sn) * du2;
}
//< gelu-tanh-prime

float act_gelu_tanhf(float z)
{
    if (fabsf(z) < TINYF) { /* z/2 + z^2 / sqrt(2 pi), as GELU's */
        return (float)(z * (0.5 + INV_SQRT_2PI * z));
    }
    return (float)act_gelu_tanh(z);
}

float act_gelu_tanh_primef(float z)
{
    if (fabsf(z) < TINYF) {
        return (float)(0.5 + 2.0 * INV_SQRT_2PI * z);
    }
    return (float)act_gelu_tanh_prime(z);
}

/* ------------------------------------------------------------------ */
/* SiLU, and GELU's sigmoid approximation z s(1.702 z)                */
/* ------------------------------------------------------------------ */

//> silu
double act_silu(double z)
{
    /* s(z) from e^-|z|: never overflows. At z = -inf, -inf * 0; the
     * limit is -0. */
    if (z == -INFINITY) {
        return -0.0;
    }
    double e = exp_neg(fabs(z));
    return z * sig_pos(z, e);
}
//< silu

//> silu-prime
double act_silu_prime(double z)
{
    /* (z s(z))' = s(z) + z s(z)(1 - s(z)) = s(z) (1 + z (1 - s(z))),
     * with 1 - s(z) as s(-z): for large z it keeps the digits that
     * 1 - s(z) rounds away. Beyond |z| = SILU_FLAT, 1 or 0. */
    if (fabs(z) > SILU_FLAT) {
        return z > 0 ? 1.0 : 0.0;
    }
    double e = exp_neg(fabs(z));
    return sig_pos(z, e) * (1.0 + z * sig_neg(z, e));
}
//< silu-prime

//> gelu-sigmoid
double act_gelu_sigmoid(double z)
{
    /* z s(k z) = silu(k z) / k; written out, so z itself multiplies and
     * a k z that overflows (|z| > 1e308) still gives z s(+-inf). */
    if (z == -INFINITY) {
        return -0.0;
    }
    double kz = ACT_GELU_SIGMOID_K * z;
    double e = exp_neg(fabs(kz));
    return z * sig_pos(kz, e);
}
//< gelu-sigmoid

//> gelu-sigmoid-prime
double act_gelu_sigmoid_prime(double z)
{
    /* d/dz [z s(kz)] = silu'(kz). */
    return act_silu_prime(ACT_GELU_SIGMOID_K * z);
}
//< gelu-sigmoid-prime

float act_siluf(float z)
{
    if (fabsf(z) < TINYF) { /* z/2 + z^2/4 */
        return (float)(z * (0.5 + 0.25 * z));
    }
    return (float)act_silu(z);
}

float act_silu_primef(float z)
{
    if (fabsf(z) < TINYF) {
        return (float)(0.5 + 0.5 * z);
    }
    return (float)act_silu_prime(z);
}

float act_gelu_sigmoidf(float z)
{
    if (fabsf(z) < TINYF) { /* z/2 + k z^2/4 */
        return (float)(z * (0.5 + 0.25 * ACT_GELU_SIGMOID_K * z));
    }
    return (float)act_gelu_sigmoid(z);
}

float act_gelu_sigmoid_primef(float z)
{
    if (fabsf(z) < TINYF) {
        return (float)(0.5 + 0.5 * ACT_GELU_SIGMOID_K * z);
    }
    return (float)act_gelu_sigmoid_prime(z);
}

/* ------------------------------------------------------------------ */
/* softplus                                                           */
/* ------------------------------------------------------------------ */

//> softplus
double act_softplus(double z)
{
    /* ln(1 + e^z) = max(z, 0) + ln(1 + e^-|z|): e^z would overflow
     * above z = 709.8, and 1 + e^z for z < -37 is 1, whose log is 0
     * instead of e^z. log1p keeps e^-|z| to full relative accuracy.
     * (Not fmax(z, 0), which returns 0 for a NaN: here NaN fails z > 0
     * and comes out of exp.) */
    return (z > 0 ? z : 0.0) + log1p(exp_neg(fabs(z)));
}
//< softplus

//> softplus-prime
double act_softplus_prime(double z)
{
    return act_sigmoid(z); /* d/dz ln(1 + e^z) = e^z / (1 + e^z) */
}
//< softplus-prime

float act_softplusf(float z)
{
    /* In double, rounded once: in float, z + log1pf(e^-z) rounds its two
     * terms apart, and near z = 0 the sum then steps down where z steps
     * up (thousands of times below z = 1e-5). */
    if (fabsf(z) < TINYF) { /* ln 2 + z/2 */
        return (float)(LN2 + 0.5 * z);
    }
    if (fabsf(z) > EXPF_ZERO) { /* z + e^-z rounds to z, e^z to 0 */
        return z > 0 ? z : 0.0f;
    }
    return (float)act_softplus(z);
}

float act_softplus_primef(float z)
{
    /* Beyond |z| = EXPF_ZERO, act_sigmoidf's e^-|z| is 0 and s(z) is
     * 1 or 0: say so, and spare expf's slow underflow. */
    if (fabsf(z) > EXPF_ZERO) {
        return z > 0 ? 1.0f : 0.0f;
    }
    return act_sigmoidf(z);
}

/* ------------------------------------------------------------------ */
/* Mish                                                               */
/* ------------------------------------------------------------------ */

//> mish
double act_mish(double z)
{
    /* tanh(ln(1 + e^z)) = ((1 + e^z)^2 - 1) / ((1 + e^z)^2 + 1)
     * = n / (n + 2) with n = e^z (e^z + 2) for z <= 0; for z > 0 divide
     * through by e^2z: (1 + 2w) / (1 + 2w + 2w^2) with w = e^-z. Both
     * take exp of -|z| only, and neither cancels. The limit at -inf is
     * -0 (z n / (n + 2) would be -inf * 0). */
    if (z == -INFINITY) {
        return -0.0;
    }
    double w = exp_neg(fabs(z));
    if (z > 0) {
        return z * ((1.0 + 2.0 * w) / (1.0 + 2.0 * w * (1.0 + w)));
    }
    double n = w * (w + 2.0);
    return z * (n / (n + 2.0));
}
//< mish

//> mish-prime
double act_mish_prime(double z)
{
    /* (z t)' = t + z (1 - t^2) s(z), t = tanh(softplus(z)), as
     * softplus' = s. With the n and w of act_mish, 1 - t^2 and s are
     * ratios too: z (1 - t^2) s = 4 z w (1 + w) / (n + 2)^2 for
     * z <= 0, and 4 z w^2 (1 + w) / d^2 with d = 1 + 2w (1 + w) for
     * z > 0. Beyond |z| = MISH_FLAT, 1 or 0. */
    if (fabs(z) > MISH_FLAT) {
        return z > 0 ? 1.0 : 0.0;
    }
    double w = exp_neg(fabs(z));
    if (z > 0) {
        double d = 1.0 + 2.0 * w * (1.0 + w);
        return (1.0 + 2.0 * w) / d + 4.0 * z * w * w * (1.0 + w) / (d * d);
    }
    double n = w * (w + 2.0);
    double d = n + 2.0;
    return n / d + 4.0 * z * w * (1.0 + w) / (d * d);
}
//< mish-prime

float act_mishf(float z)
{
    /* tanh(ln 2 + z/2) = 3/5 + (16/25)(z/2): 3z/5 + 8z^2/25 */
    if (fabsf(z) < TINYF) {
        return (float)(z * (0.6 + 0.32 * z));
    }
    return (float)act_mish(z);
}

float act_mish_primef(float z)
{
    if (fabsf(z) < TINYF) {
        return (float)(0.6 + 0.64 * z);
    }
    return (float)act_mish_prime(z);
}

/* ------------------------------------------------------------------ */
/* float array forms                                                  */
/* ------------------------------------------------------------------ */

static float eluf_default(float z)
{
    return act_eluf(z, (float)ACT_ELU_ALPHA);
}

#define ACT_MODERN_ARRAY(name, fn)                                       \
    void name(const float *z, float *y, size_t n)                        \
    {                                                                    \
        for (size_t i = 0; i < n; i++)                                   \
            y[i] = fn(z[i]);                                             \
    }

ACT_MODERN_ARRAY(act_eluf_array, eluf_default)
ACT_MODERN_ARRAY(act_seluf_array, act_seluf)
ACT_MODERN_ARRAY(act_geluf_array, act_geluf)
ACT_MODERN_ARRAY(act_gelu_tanhf_array, act_gelu_tanhf)
ACT_MODERN_ARRAY(act_gelu_sigmoidf_array, act_gelu_sigmoidf)
ACT_MODERN_ARRAY(act_siluf_array, act_siluf)
ACT_MODERN_ARRAY(act_softplusf_array, act_softplusf)
ACT_MODERN_ARRAY(act_mishf_array, act_mishf)
