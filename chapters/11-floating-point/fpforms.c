/*
 * fpforms.c - textbook and stable forms, and where the textbook ones
 * break; see fpforms.h.
 *
 * The float versions repeat the double ones with the float functions of
 * libm (expf, logf, ...), so that every operation rounds to float as it
 * would in a float program; only the argument and the result cross the
 * boundary as doubles, and a float converts to double exactly.
 */
#include "fpforms.h"

#include "act.h"
#include "ref.h"

#include <float.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* the textbook forms                                                 */
/* ------------------------------------------------------------------ */

//> naive-functions
double fpforms_sigmoid_textbook(double z)
{
    return 1.0 / (1.0 + exp(-z));
}

double fpforms_sigmoid_ratio(double z)
{
    return exp(z) / (1.0 + exp(z));
}

double fpforms_tanh_textbook(double z)
{
    return (exp(z) - exp(-z)) / (exp(z) + exp(-z));
}

double fpforms_tanh_exp2(double z)
{
    return (exp(2.0 * z) - 1.0) / (exp(2.0 * z) + 1.0);
}
//< naive-functions

double fpforms_sigmoid_textbookf(double zd)
{
    float z = (float)zd;
    return 1.0f / (1.0f + expf(-z));
}

double fpforms_sigmoid_ratiof(double zd)
{
    float z = (float)zd;
    return expf(z) / (1.0f + expf(z));
}

double fpforms_tanh_textbookf(double zd)
{
    float z = (float)zd;
    return (expf(z) - expf(-z)) / (expf(z) + expf(-z));
}

double fpforms_tanh_exp2f(double zd)
{
    float z = (float)zd;
    return (expf(2.0f * z) - 1.0f) / (expf(2.0f * z) + 1.0f);
}

//> naive-derivatives
double fpforms_sigmoid_prime_textbook(double z)
{
    return exp(-z) / ((1.0 + exp(-z)) * (1.0 + exp(-z)));
}

double fpforms_tanh_prime_textbook(double z)
{
    return 4.0 / ((exp(z) + exp(-z)) * (exp(z) + exp(-z)));
}

double fpforms_sigmoid_prime_output(double z)
{
    double y = act_sigmoid(z);
    return y * (1.0 - y);
}

double fpforms_tanh_prime_output(double z)
{
    double y = act_tanh(z);
    return 1.0 - y * y;
}
//< naive-derivatives

double fpforms_tanh_prime_factored(double z)
{
    return fpforms_one_minus_sq_factored(act_tanh(z));
}

double fpforms_sigmoid_prime_textbookf(double zd)
{
    float z = (float)zd;
    return expf(-z) / ((1.0f + expf(-z)) * (1.0f + expf(-z)));
}

double fpforms_tanh_prime_textbookf(double zd)
{
    float z = (float)zd;
    return 4.0f / ((expf(z) + expf(-z)) * (expf(z) + expf(-z)));
}

double fpforms_sigmoid_prime_outputf(double zd)
{
    float y = act_sigmoidf((float)zd);
    return y * (1.0f - y);
}

double fpforms_tanh_prime_outputf(double zd)
{
    float y = act_tanhf((float)zd);
    return 1.0f - y * y;
}

double fpforms_tanh_prime_factoredf(double zd)
{
    return fpforms_one_minus_sq_factoredf(act_tanhf((float)zd));
}

/* ------------------------------------------------------------------ */
/* 1 - y^2 from y                                                     */
/* ------------------------------------------------------------------ */

//> one-minus-square
double fpforms_one_minus_sq(double y)
{
    return 1.0 - y * y;
}

double fpforms_one_minus_sq_fma(double y)
{
    return fma(-y, y, 1.0);
}

double fpforms_one_minus_sq_factored(double y)
{
    return (1.0 - y) * (1.0 + y);
}
//< one-minus-square

float fpforms_one_minus_sqf(float y)
{
    return 1.0f - y * y;
}

float fpforms_one_minus_sq_fmaf(float y)
{
    return fmaf(-y, y, 1.0f);
}

float fpforms_one_minus_sq_factoredf(float y)
{
    return (1.0f - y) * (1.0f + y);
}

/* ------------------------------------------------------------------ */
/* losses on a logit                                                  */
/* ------------------------------------------------------------------ */

//> naive-losses
double fpforms_log_sigmoid_naive(double z)
{
    return log(1.0 / (1.0 + exp(-z)));
}

double fpforms_softplus_naive(double z)
{
    return log(1.0 + exp(z));
}

double fpforms_bce_naive(double z, double t)
{
    double s = 1.0 / (1.0 + exp(-z));
    return -(t * log(s) + (1.0 - t) * log(1.0 - s));
}
//< naive-losses

double fpforms_log_sigmoid_naivef(double zd)
{
    float z = (float)zd;
    return logf(1.0f / (1.0f + expf(-z)));
}

double fpforms_softplus_naivef(double zd)
{
    float z = (float)zd;
    return logf(1.0f + expf(z));
}

float fpforms_bce_naivef(float z, float t)
{
    float s = 1.0f / (1.0f + expf(-z));
    return -(t * logf(s) + (1.0f - t) * logf(1.0f - s));
}

//> stable-losses
double fpforms_softplus(double z)
{
    /* log(1 + e^z) = max(z, 0) + log(1 + e^-|z|): the exponential is at
     * most 1, and log1p keeps the digits of a tiny e^-|z| that 1 + e^-|z|
     * would round away. A NaN fails `z > 0` and reaches log1p. */
    double m = z > 0 ? z : 0.0;
    return m + log1p(exp(-fabs(z)));
}

double fpforms_log_sigmoid(double z)
{
    /* log s(z) = -log(1 + e^-z) = -softplus(-z). */
    double m = z < 0 ? z : 0.0;
    return m - log1p(exp(-fabs(z)));
}

double fpforms_bce(double z, double t)
{
    /* -t log s(z) - (1 - t) log(1 - s(z)) = t softplus(-z)
     * + (1 - t) softplus(z) = max(z, 0) - t z + log1p(e^-|z|), for a
     * finite logit z. */
    double m = z > 0 ? z : 0.0;
    return m - t * z + log1p(exp(-fabs(z)));
}
//< stable-losses

double fpforms_softplusf(double zd)
{
    float z = (float)zd;
    float m = z > 0 ? z : 0.0f;
    return m + log1pf(expf(-fabsf(z)));
}

double fpforms_log_sigmoidf(double zd)
{
    float z = (float)zd;
    float m = z < 0 ? z : 0.0f;
    return m - log1pf(expf(-fabsf(z)));
}

float fpforms_bcef(float z, float t)
{
    float m = z > 0 ? z : 0.0f;
    return m - t * z + log1pf(expf(-fabsf(z)));
}

double fpforms_bce1_naive(double z) { return fpforms_bce_naive(z, 1.0); }
double fpforms_bce0_naive(double z) { return fpforms_bce_naive(z, 0.0); }

double fpforms_bce1_naivef(double z)
{
    return fpforms_bce_naivef((float)z, 1.0f);
}

double fpforms_bce0_naivef(double z)
{
    return fpforms_bce_naivef((float)z, 0.0f);
}

long double fpforms_ref_bce1(long double z) { return fpforms_ref_bce(z, 1); }
long double fpforms_ref_bce0(long double z) { return fpforms_ref_bce(z, 0); }

long double fpforms_ref_softplus(long double z)
{
    long double m = z > 0 ? z : 0.0L;
    return m + log1pl(expl(-fabsl(z)));
}

long double fpforms_ref_log_sigmoid(long double z)
{
    long double m = z < 0 ? z : 0.0L;
    return m - log1pl(expl(-fabsl(z)));
}

long double fpforms_ref_bce(long double z, long double t)
{
    long double m = z > 0 ? z : 0.0L;
    return m - t * z + log1pl(expl(-fabsl(z)));
}

/* ------------------------------------------------------------------ */
/* the search for an edge                                             */
/* ------------------------------------------------------------------ */

int fpforms_is(double x, enum fpforms_outcome o)
{
    switch (o) {
    case FPFORMS_ONE:
        return x == 1.0;
    case FPFORMS_ZERO:
        return x == 0.0;
    case FPFORMS_NAN:
        return isnan(x);
    case FPFORMS_INF:
        return x == INFINITY;
    case FPFORMS_NEG_INF:
        return x == -INFINITY;
    }
    return 0;
}

/* Keys that number the values of a precision in increasing order, so
 * that adjacent values have adjacent keys: negative numbers are mirrored
 * below the positive ones (and -0 sits just below +0). */
static uint64_t key_of(double x, enum fpforms_prec prec)
{
    if (prec == FPFORMS_FLOAT) {
        float f = (float)x;
        uint32_t u;
        memcpy(&u, &f, sizeof u);
        return (u & 0x80000000u) ? (uint32_t)~u : u | 0x80000000u;
    }
    uint64_t u;
    memcpy(&u, &x, sizeof u);
    return (u >> 63) ? ~u : u | (UINT64_C(1) << 63);
}

static double value_of(uint64_t k, enum fpforms_prec prec)
{
    if (prec == FPFORMS_FLOAT) {
        uint32_t u = (uint32_t)k;
        u = (u & 0x80000000u) ? u & 0x7fffffffu : ~u;
        float f;
        memcpy(&f, &u, sizeof f);
        return f;
    }
    uint64_t u = (k >> 63) ? k & ~(UINT64_C(1) << 63) : ~k;
    double x;
    memcpy(&x, &u, sizeof x);
    return x;
}

//> find-edge
struct fpforms_edge fpforms_find_edge(fpforms_fn fn, enum fpforms_outcome o,
                                      double from, double to,
                                      enum fpforms_prec prec)
{
    /* Bisect on the keys, not on the values: every step halves the
     * number of representable values left, so this ends after at most
     * 64 steps on the two adjacent values where the outcome changes. */
    uint64_t a = key_of(from, prec), b = key_of(to, prec);
    while (a + 1 != b && b + 1 != a) {
        uint64_t mid = a < b ? a + (b - a) / 2 : b + (a - b) / 2;
        if (fpforms_is(fn(value_of(mid, prec)), o)) {
            b = mid;
        } else {
            a = mid;
        }
    }
    return (struct fpforms_edge){ value_of(a, prec), value_of(b, prec) };
}
//< find-edge

/* ------------------------------------------------------------------ */
/* the thresholds and their derivation                                */
/* ------------------------------------------------------------------ */

/* Search intervals: FAR lies beyond every overflow threshold in both
 * precisions (e^1000 overflows even in double), and each form is still
 * well-behaved at +-1, or at TINY for the edge near 0. The textbook s' is
 * 0 between the overflow of its square and that of e^-z, then NaN: MID_F
 * and MID_D lie in that stretch in float (-88.7 to -44.4) and in double
 * (-709.8 to -354.9). */
#define FAR 1e3
#define TINY 1e-30
#define MID_F -60.0
#define MID_D -500.0

const struct fpforms_threshold fpforms_thresholds[] = {
    { "sigmoid_one", "1/(1+e^-z)",
      { fpforms_sigmoid_textbook, fpforms_sigmoid_textbookf },
      FPFORMS_ONE, FPFORMS_ONE_PLUS_TINY, { 1, 1 }, { FAR, FAR },
      ref_sigmoid },
    { "sprime_output_zero", "y(1-y)",
      { fpforms_sigmoid_prime_output, fpforms_sigmoid_prime_outputf },
      FPFORMS_ZERO, FPFORMS_ONE_PLUS_TINY, { 1, 1 }, { FAR, FAR },
      ref_sigmoid_prime },
    { "log_sigmoid_zero", "log(1/(1+e^-z))",
      { fpforms_log_sigmoid_naive, fpforms_log_sigmoid_naivef },
      FPFORMS_ZERO, FPFORMS_ONE_PLUS_TINY, { 1, 1 }, { FAR, FAR },
      fpforms_ref_log_sigmoid },
    { "softplus_zero", "log(1+e^z)",
      { fpforms_softplus_naive, fpforms_softplus_naivef },
      FPFORMS_ZERO, FPFORMS_ONE_PLUS_TINY, { -1, -1 }, { -FAR, -FAR },
      fpforms_ref_softplus },
    { "bce1_nan", "cross-entropy, label 1",
      { fpforms_bce1_naive, fpforms_bce1_naivef },
      FPFORMS_NAN, FPFORMS_ONE_PLUS_TINY, { 1, 1 }, { FAR, FAR },
      fpforms_ref_bce1 },
    { "bce0_inf", "cross-entropy, label 0",
      { fpforms_bce0_naive, fpforms_bce0_naivef },
      FPFORMS_INF, FPFORMS_ONE_PLUS_TINY, { 1, 1 }, { FAR, FAR },
      fpforms_ref_bce0 },
    { "tprime_output_zero", "1-y^2",
      { fpforms_tanh_prime_output, fpforms_tanh_prime_outputf },
      FPFORMS_ZERO, FPFORMS_TANH_ONE, { 1, 1 }, { FAR, FAR },
      ref_tanh_prime },
    { "tanh_textbook_nan", "(e^z-e^-z)/(e^z+e^-z)",
      { fpforms_tanh_textbook, fpforms_tanh_textbookf },
      FPFORMS_NAN, FPFORMS_EXP_OVERFLOW, { 1, 1 }, { FAR, FAR }, ref_tanh },
    { "sigmoid_ratio_nan", "e^z/(1+e^z)",
      { fpforms_sigmoid_ratio, fpforms_sigmoid_ratiof },
      FPFORMS_NAN, FPFORMS_EXP_OVERFLOW, { 1, 1 }, { FAR, FAR },
      ref_sigmoid },
    { "sprime_textbook_nan", "e^-z/(1+e^-z)^2",
      { fpforms_sigmoid_prime_textbook, fpforms_sigmoid_prime_textbookf },
      FPFORMS_NAN, FPFORMS_EXP_OVERFLOW, { -1, -1 }, { -FAR, -FAR },
      ref_sigmoid_prime },
    { "log_sigmoid_neginf", "log(1/(1+e^-z))",
      { fpforms_log_sigmoid_naive, fpforms_log_sigmoid_naivef },
      FPFORMS_NEG_INF, FPFORMS_EXP_OVERFLOW, { -1, -1 }, { -FAR, -FAR },
      fpforms_ref_log_sigmoid },
    { "softplus_inf", "log(1+e^z)",
      { fpforms_softplus_naive, fpforms_softplus_naivef },
      FPFORMS_INF, FPFORMS_EXP_OVERFLOW, { 1, 1 }, { FAR, FAR },
      fpforms_ref_softplus },
    { "bce0_nan", "cross-entropy, label 0",
      { fpforms_bce0_naive, fpforms_bce0_naivef },
      FPFORMS_NAN, FPFORMS_EXP_OVERFLOW, { -1, -1 }, { -FAR, -FAR },
      fpforms_ref_bce0 },
    { "tanh_exp2_nan", "(e^2z-1)/(e^2z+1)",
      { fpforms_tanh_exp2, fpforms_tanh_exp2f },
      FPFORMS_NAN, FPFORMS_HALF_OVERFLOW, { 1, 1 }, { FAR, FAR }, ref_tanh },
    { "sprime_textbook_zero", "e^-z/(1+e^-z)^2",
      { fpforms_sigmoid_prime_textbook, fpforms_sigmoid_prime_textbookf },
      FPFORMS_ZERO, FPFORMS_HALF_OVERFLOW, { -1, -1 }, { MID_D, MID_F },
      ref_sigmoid_prime },
    { "tprime_textbook_zero", "4/(e^z+e^-z)^2",
      { fpforms_tanh_prime_textbook, fpforms_tanh_prime_textbookf },
      FPFORMS_ZERO, FPFORMS_HALF_OVERFLOW, { 1, 1 }, { FAR, FAR },
      ref_tanh_prime },
    { "tanh_textbook_zero", "(e^z-e^-z)/(e^z+e^-z)",
      { fpforms_tanh_textbook, fpforms_tanh_textbookf },
      FPFORMS_ZERO, FPFORMS_EXP_ONE, { 1, 1 }, { TINY, TINY }, ref_tanh },
};

const int fpforms_threshold_count =
    (int)(sizeof fpforms_thresholds / sizeof fpforms_thresholds[0]);

struct fpforms_edge fpforms_threshold_edge(int i, enum fpforms_prec prec)
{
    const struct fpforms_threshold *t = &fpforms_thresholds[i];
    return fpforms_find_edge(t->fn[prec], t->becomes, t->from[prec],
                             t->to[prec], prec);
}

//> derived
long double fpforms_derived(enum fpforms_cause c, enum fpforms_prec prec)
{
    /* p: bits of the significand; the largest finite number is
     * (1 - 2^-p) 2^emax, and anything from (1 - 2^-(p+1)) 2^emax on
     * rounds up to infinity. */
    int p = prec == FPFORMS_FLOAT ? FLT_MANT_DIG : DBL_MANT_DIG;
    int emax = prec == FPFORMS_FLOAT ? FLT_MAX_EXP : DBL_MAX_EXP;
    long double ln2 = logl(2.0L);
    long double overflow = emax * ln2 + log1pl(-ldexpl(1.0L, -(p + 1)));

    switch (c) {
    case FPFORMS_ONE_PLUS_TINY: /* 1 + e rounds to 1 once e <= 2^-p */
        return p * ln2;
    case FPFORMS_TANH_ONE: /* 1 - tanh z = 2u / (1 + u) <= 2^-(p+1) */
        return ((p + 2) * ln2 + log1pl(-ldexpl(1.0L, -(p + 2)))) / 2;
    case FPFORMS_EXP_OVERFLOW: /* e^z >= (1 - 2^-(p+1)) 2^emax */
        return overflow;
    case FPFORMS_HALF_OVERFLOW: /* (e^z)^2 or e^2z overflows */
        return overflow / 2;
    case FPFORMS_EXP_ONE: /* e^-z >= 1 - 2^-(p+1) rounds up to 1 */
        return -log1pl(-ldexpl(1.0L, -(p + 1)));
    case FPFORMS_CAUSE_COUNT:
        break;
    }
    return NAN;
}
//< derived

const char *fpforms_cause_name(enum fpforms_cause c)
{
    static const char *const names[] = {
        "1 + e^-|z| rounds to 1",
        "tanh(z) rounds to 1",
        "e^|z| overflows",
        "e^2|z| or (e^|z|)^2 overflows",
        "e^z and e^-z round to 1",
    };
    return (unsigned)c < FPFORMS_CAUSE_COUNT ? names[c] : "unknown";
}

int fpforms_cause_overflows(enum fpforms_cause c)
{
    return c == FPFORMS_EXP_OVERFLOW || c == FPFORMS_HALF_OVERFLOW;
}

/* ------------------------------------------------------------------ */
/* ulp error                                                          */
/* ------------------------------------------------------------------ */

double fpforms_ulp_error(double got, long double want,
                         enum fpforms_prec prec)
{
    if (isnan(got) || isnan(want)) {
        return isnan(got) && isnan(want) ? 0.0 : INFINITY;
    }
    if ((long double)got == want) {
        return 0.0;
    }
    if (isinf(got) || isinf(want)) {
        return INFINITY;
    }
    int p = prec == FPFORMS_FLOAT ? FLT_MANT_DIG : DBL_MANT_DIG;
    int emin = prec == FPFORMS_FLOAT ? FLT_MIN_EXP : DBL_MIN_EXP;
    int e;
    frexpl(want, &e); /* |want| = m 2^e, m in [1/2, 1) */
    if (want == 0 || e < emin) {
        e = emin; /* subnormal: the spacing is that of the smallest normal */
    }
    return (double)(fabsl((long double)got - want) / ldexpl(1.0L, e - p));
}
