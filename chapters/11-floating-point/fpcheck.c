/*
 * fpcheck.c - input-by-input check of the float activations; see
 * fpcheck.h.
 *
 * The inner loop runs 2^31 times in `make check-exhaustive`, so the
 * references share their exponentials: one exp(-|z|) gives s(z), s(-z)
 * and s'(z), its square gives tanh'(z), and one tanh(|z|) gives tanh(+-z).
 * The same e^-|z| gives ELU', SELU', SiLU, softplus and Mish; GELU and
 * its two forms need one more exp each, erfc and expm1 one call, for
 * both signs of z. Beyond |z| = MODERN_FLAT most references are their
 * limits, said without a call.
 */
#include "fpcheck.h"

#include "act.h"
#include "act_modern.h"
#include "cli.h"
#include "table.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The bounds of the claim: a function may be off by 4 ulp, a derivative
 * by 8; the measured worst cases are well inside both (chapter 11). */
#define BOUND_FUNCTION 4.0
#define BOUND_DERIVATIVE 8.0

const struct fpcheck_info fpcheck_info[FPCHECK_ALL_COUNT] = {
    { "sigmoidf", "every float", BOUND_FUNCTION, "s(-z) = 1 - s(z)" },
    { "tanhf", "every float", BOUND_FUNCTION, "odd, bit for bit" },
    { "reluf", "every float", BOUND_FUNCTION, "-" },
    { "sigmoid_primef", "every float", BOUND_DERIVATIVE,
      "even, bit for bit" },
    { "tanh_primef", "every float", BOUND_DERIVATIVE, "even, bit for bit" },
    { "relu_primef", "every float", BOUND_DERIVATIVE, "-" },
    { "sigmoid_prime_yf", "y in [0, 1], NaN", BOUND_DERIVATIVE, "-" },
    { "tanh_prime_yf", "y in [-1, 1], NaN", BOUND_DERIVATIVE,
      "even, bit for bit" },
    { "relu_prime_yf", "every float", BOUND_DERIVATIVE, "-" },
    { "eluf", "every float", BOUND_FUNCTION, "-" },
    { "elu_primef", "every float", BOUND_DERIVATIVE, "-" },
    { "elu_prime_yf", "y >= -1, NaN", BOUND_DERIVATIVE, "-" },
    { "seluf", "every float", BOUND_FUNCTION, "-" },
    { "selu_primef", "every float", BOUND_DERIVATIVE, "-" },
    { "selu_prime_yf", "y >= -1.758, NaN", BOUND_DERIVATIVE, "-" },
    { "geluf", "every float", BOUND_FUNCTION, "-" },
    { "gelu_primef", "every float", BOUND_DERIVATIVE, "-" },
    { "gelu_tanhf", "every float", BOUND_FUNCTION, "-" },
    { "gelu_tanh_primef", "every float", BOUND_DERIVATIVE, "-" },
    { "gelu_sigmoidf", "every float", BOUND_FUNCTION, "-" },
    { "gelu_sigmoid_primef", "every float", BOUND_DERIVATIVE, "-" },
    { "siluf", "every float", BOUND_FUNCTION, "-" },
    { "silu_primef", "every float", BOUND_DERIVATIVE, "-" },
    { "softplusf", "every float", BOUND_FUNCTION, "-" },
    { "softplus_primef", "every float", BOUND_DERIVATIVE, "-" },
    { "mishf", "every float", BOUND_FUNCTION, "-" },
    { "mish_primef", "every float", BOUND_DERIVATIVE, "-" },
};

/* The range of each function: [lo, hi] (ReLU's derivatives take only
 * 0 and 1, checked apart). The minima and maxima of GELU, SiLU, Mish
 * and their derivatives are known to 10 digits (computed in 30-digit
 * arithmetic); each bound is 1e-6 beyond, so a float rounded to the
 * nearest of the true extreme still passes. SELU's reaches lambda alpha
 * only in the limit, and its float constants are below it. */
#define LA ACT_SELU_LAMBDA_ALPHA
static const double range_lo[FPCHECK_ALL_COUNT] = {
    0, -1, 0, 0, 0, 0, 0, 0, 0,
    -1, 0, 0,                   /* ELU */
    -LA, 0, 0,                  /* SELU */
    -0.1699722, -0.1289052,     /* GELU: -0.1699712075, -0.1289041452 */
    -0.1700418, -0.1289941,     /* tanh form: -0.1700407506, -0.1289930687 */
    -0.1636112, -0.0998404,     /* sigmoid form: -0.1636101896, as SiLU' */
    -0.2784656, -0.0998404,     /* SiLU: -0.2784645428, -0.0998393201 */
    0, 0,                       /* softplus */
    -0.3088444, -0.1125272,     /* Mish: -0.3088434130, -0.1125261224 */
};
static const double range_hi[FPCHECK_ALL_COUNT] = {
    1, 1, INFINITY, 0.25, 1, 1, 0.25, 1, 1,
    INFINITY, 1, 1,
    INFINITY, LA, LA,
    INFINITY, 1.1289052,        /* 1 - min: GELU'(-z) = 1 - GELU'(z) */
    INFINITY, 1.1289941,        /* the same symmetry */
    INFINITY, 1.0998404,
    INFINITY, 1.0998404,
    INFINITY, 1,
    INFINITY, 1.0884992,        /* Mish': 1.0884981613 at z = 1.49 */
};

/* Where GELU, its forms, SiLU and Mish turn (argmin, 17 digits), and the
 * margin left out around it in the monotonicity check. */
#define TURN_GELU 0.75179152469356446
#define TURN_GELU_TANH 0.75246142207101626
#define TURN_GELU_SIGMOID 0.75115425544128895
#define TURN_SILU 1.2784645427610738
#define TURN_MISH 1.1924312145154952
#define TURN_MARGIN 0x1p-10

/* Beyond |z| = MODERN_FLAT, erfc(|z| / sqrt 2), e^(-z^2/2) and the tanh
 * form's e^-2u are 0 in double, and log1p(e^-|z|) is e^-|z|. */
#define MODERN_FLAT 40.0

#define EXP_ZERO 746.0        /* exp(-a) = 0 in double from a = 745.2 */
#define ONE_BITS 0x3f800000u  /* the bit pattern of 1.0f */
#define INF_BITS 0x7f800000u  /* of +inf; above it, NaNs */
#define SIGN_BIT 0x80000000u
/* Chains: z > 0, z < 0 and, for functions that turn at z0 < 0, the
 * side beyond z0. */
enum { PLUS, MINUS, OUTER, SIDES };

float fpcheck_float(uint32_t bits)
{
    float f;
    memcpy(&f, &bits, sizeof f);
    return f;
}

static uint32_t bits_of(float f)
{
    uint32_t u;
    memcpy(&u, &f, sizeof u);
    return u;
}

/* The reciprocal of the spacing of floats at |want|: 2^(24-e) for
 * |want| = m 2^e with m in [1/2, 1), and 2^149 below the normal range.
 * Read off the double's exponent bits, and a power of two, so that
 * multiplying by it is exact: this runs 2^33 times. */
static double inv_ulp_at(double want)
{
    uint64_t b;
    memcpy(&b, &want, sizeof b);
    int e = (int)((b >> 52) & 0x7ff) - 1022;
    if (e < FLT_MIN_EXP) {
        e = FLT_MIN_EXP;
    }
    uint64_t ub = (uint64_t)(FLT_MANT_DIG - e + 1023) << 52;
    double inv;
    memcpy(&inv, &ub, sizeof inv);
    return inv;
}

/* From 2^128 - 2^103, half a float ulp beyond the largest float, the
 * float nearest to a value is an infinity: there an infinite result is
 * the correctly rounded one (SELU's 1.0507 z near the top of the range),
 * not an overflow of the formula. */
#define FLOAT_ROUNDS_TO_INF 0x1.ffffffp127

double fpcheck_ulps(float got, double want)
{
    if ((double)got == want) {
        return 0.0;
    }
    if (isinf(got) && fabs(want) >= FLOAT_ROUNDS_TO_INF &&
        (got > 0) == (want > 0)) {
        return 0.0;
    }
    if (!isfinite(got) || !isfinite(want)) {
        return INFINITY;
    }
    return fabs((double)got - want) * inv_ulp_at(want);
}

static void first_at(struct fpcheck_first *f, uint32_t bits)
{
    if (!f->found || bits < f->bits) {
        f->bits = bits;
        f->found = 1;
    }
}

static void fail_at(struct fpcheck_stat *s, uint32_t bits)
{
    first_at(&s->first_fail, bits);
}

/* Ties go to the smaller bit pattern, so that the result does not depend
 * on the order in which parts were checked. */
static void note_worst(struct fpcheck_stat *s, double u, uint32_t bits)
{
    if (u > s->worst_ulp || (u == s->worst_ulp && bits < s->worst_bits)) {
        s->worst_ulp = u;
        s->worst_bits = bits;
    }
}

static int in_range(enum fpcheck_fn f, float y)
{
    if (y < range_lo[f] || y > range_hi[f]) {
        return 0;
    }
    /* ReLU's derivatives take only the values 0 and 1. */
    return !(f == FPCHECK_RELU_PRIME || f == FPCHECK_RELU_PRIME_Y) ||
           y == 0.0f || y == 1.0f;
}

void fpcheck_init(struct fpcheck_result *r)
{
    memset(r, 0, sizeof *r);
}

/* The last output on each side of 0, for the monotonicity checks: NaN
 * before the first, which every comparison lets pass. */
struct chain {
    float prev[FPCHECK_ALL_COUNT][SIDES];
};

static void chain_init(struct chain *c)
{
    for (int f = 0; f < FPCHECK_ALL_COUNT; f++)
        for (int s = 0; s < SIDES; s++)
            c->prev[f][s] = NAN;
}

/* Directions an output may move as |z| grows on one side: up or down,
 * or ANY where it is not monotone. */
enum { DOWN = -1, ANY = 0, UP = 1 };

/* check_one runs 2^33 times for each function: inlined at each call,
 * where f, side and dir are constants, its range and bound fold into
 * the code (GCC and Clang need telling; a call costs more than the
 * check). */
#if defined(__GNUC__)
#define ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define ALWAYS_INLINE inline
#endif

/* Check one output `got` of function f at the input with bit pattern
 * `bits`, on side `side` of 0, against the reference `want`; `dir` says
 * which way it may move from the last output on that side. */
static ALWAYS_INLINE void check_one(struct fpcheck_result *r,
                                    enum fpcheck_fn f, int side,
                                    uint32_t bits, float got, double want,
                                    int dir, struct chain *c)
{
    struct fpcheck_stat *st = &r->fn[f];
    int bad = 0;
    st->inputs++;
    if (isnan(got)) {
        st->bad_nan++;
        bad = 1;
    } else {
        /* Most outputs are exact or the nearest float to the reference:
         * then the error is at most half an ulp, and once the worst so
         * far exceeds that, one comparison is all the work they need. */
        if ((double)got != want &&
            !(st->worst_ulp > 0.5 && got == (float)want)) {
            /* An infinite output where the exact value is beyond the
             * float range (SELU's lambda z) is its correct rounding. */
            double u = !isinf(got) && !isinf(want)
                           ? fabs((double)got - want) * inv_ulp_at(want)
                       : (float)want == got ? 0.0
                                            : INFINITY;
            if (isnan(u)) { /* a NaN reference passes nothing */
                u = INFINITY;
            }
            if (u >= st->worst_ulp) {
                note_worst(st, u, bits);
            }
            if (u > fpcheck_info[f].bound) {
                st->over_bound++;
                bad = 1;
            }
        }
        if (!in_range(f, got)) {
            st->out_of_range++;
            first_at(&st->first_range, bits);
            bad = 1;
        }
        if (dir != ANY &&
            (dir == UP ? got < c->prev[f][side] : got > c->prev[f][side])) {
            st->not_monotone++;
            first_at(&st->first_step, bits);
            bad = 1;
        }
        c->prev[f][side] = got;
    }
    if (bad) {
        fail_at(st, bits);
    }
}

/* The NaN magnitude m: every function must give NaN on both sides. */
static void check_nan(struct fpcheck_result *r, uint32_t m)
{
    for (int s = PLUS; s <= MINUS; s++) {
        uint32_t bits = m | (s == MINUS ? SIGN_BIT : 0);
        float z = fpcheck_float(bits);
        const float got[FPCHECK_ALL_COUNT] = {
            act_sigmoidf(z), act_tanhf(z), act_reluf(z),
            act_sigmoid_primef(z), act_tanh_primef(z), act_relu_primef(z),
            act_sigmoid_prime_yf(z), act_tanh_prime_yf(z),
            act_relu_prime_yf(z),
            act_eluf(z, 1.0f), act_elu_primef(z, 1.0f),
            act_elu_prime_yf(z, 1.0f), act_seluf(z), act_selu_primef(z),
            act_selu_prime_yf(z), act_geluf(z), act_gelu_primef(z),
            act_gelu_tanhf(z), act_gelu_tanh_primef(z),
            act_gelu_sigmoidf(z), act_gelu_sigmoid_primef(z),
            act_siluf(z), act_silu_primef(z), act_softplusf(z),
            act_softplus_primef(z), act_mishf(z), act_mish_primef(z),
        };
        for (int f = 0; f < FPCHECK_ALL_COUNT; f++) {
            r->fn[f].inputs++;
            if (!isnan(got[f])) {
                r->fn[f].bad_nan++;
                fail_at(&r->fn[f], bits);
            }
        }
    }
}

/* The side and direction of a function that falls from 0 to its minimum
 * at -turn and rises beyond: ANY within TURN_MARGIN of the turn. */
static int turn_side(double a, double turn)
{
    return a > turn + TURN_MARGIN ? OUTER : MINUS;
}

static int turn_dir(double a, double turn)
{
    return a > turn + TURN_MARGIN   ? UP
           : a < turn - TURN_MARGIN ? DOWN
                                    : ANY;
}

/* a f for a >= 0, with its limit 0 where f is 0 (a factor that
 * vanishes faster than a grows): a = inf then gives 0, not NaN. */
static double lim_mul(double a, double f)
{
    return f == 0 ? 0.0 : a * f;
}

/* The functions of act_modern.h at +a and -a (a = |z| = zp, not NaN),
 * e = e^-a given. The references are the stable forms of act_modern.c,
 * written out here for both signs at once. */
static void check_modern(struct fpcheck_result *r, uint32_t m, float zp,
                         double a, double e, struct chain *c)
{
    const float zn = -zp;
    const uint32_t bp = m, bn = m | SIGN_BIT;
    const int far = a >= MODERN_FLAT;
    /* s(+-a); one division serves both (e sp is e / (1 + e) to an ulp
     * of double, a hundred-millionth of a float ulp). */
    const double sp = 1.0 / (1.0 + e), sn = e * sp;

    /* ELU (alpha = 1) and SELU: e^-a - 1 by expm1 where it cancels. */
    const double em1 = far ? e - 1.0 : expm1(-a);
    check_one(r, FPCHECK_ELU, PLUS, bp, act_eluf(zp, 1.0f), a, UP, c);
    check_one(r, FPCHECK_ELU, MINUS, bn, act_eluf(zn, 1.0f), em1, DOWN, c);
    check_one(r, FPCHECK_ELU_PRIME, PLUS, bp, act_elu_primef(zp, 1.0f), 1.0,
              UP, c);
    check_one(r, FPCHECK_ELU_PRIME, MINUS, bn, act_elu_primef(zn, 1.0f), e,
              DOWN, c);
    check_one(r, FPCHECK_SELU, PLUS, bp, act_seluf(zp),
              ACT_SELU_LAMBDA * a, UP, c);
    check_one(r, FPCHECK_SELU, MINUS, bn, act_seluf(zn), LA * em1, DOWN, c);
    /* SELU' is lambda alpha at +-0 (the left derivative) and lambda above,
     * so it steps down at the first positive float: ANY there. */
    check_one(r, FPCHECK_SELU_PRIME, PLUS, bp, act_selu_primef(zp),
              a > 0 ? ACT_SELU_LAMBDA : LA, ANY, c);
    check_one(r, FPCHECK_SELU_PRIME, MINUS, bn, act_selu_primef(zn), LA * e,
              DOWN, c);
    /* The output forms on their domains: y + 1 for y in [-1, 0] (exact
     * in double), y + lambda alpha for y in [-lambda alpha, 0]; a
     * positive y gives 1 and lambda. */
    check_one(r, FPCHECK_ELU_PRIME_Y, PLUS, bp, act_elu_prime_yf(zp, 1.0f),
              1.0, UP, c);
    if (a <= 1.0) {
        check_one(r, FPCHECK_ELU_PRIME_Y, MINUS, bn,
                  act_elu_prime_yf(zn, 1.0f), 1.0 - a, DOWN, c);
    }
    check_one(r, FPCHECK_SELU_PRIME_Y, PLUS, bp, act_selu_prime_yf(zp),
              a > 0 ? ACT_SELU_LAMBDA : LA, ANY, c);
    if (a <= LA) {
        check_one(r, FPCHECK_SELU_PRIME_Y, MINUS, bn, act_selu_prime_yf(zn),
                  LA - a, DOWN, c);
    }

    /* GELU: Q = Phi(-a) = erfc(a / sqrt 2) / 2, phi(a) with a^2 split as
     * in act_modern.c. Falls to -0.17 at z = -0.75, rises beyond. */
    double q = 0, phi = 0;
    if (!far) {
        q = 0.5 * erfc(a * 0.70710678118654752440);
        double hi = a * a, lo = fma(a, a, -hi);
        phi = 0.39894228040143267794 * exp(-0.5 * hi) * (1.0 - 0.5 * lo);
    }
    check_one(r, FPCHECK_GELU, PLUS, bp, act_geluf(zp), a - lim_mul(a, q),
              UP, c);
    check_one(r, FPCHECK_GELU, turn_side(a, TURN_GELU), bn, act_geluf(zn),
              -lim_mul(a, q), turn_dir(a, TURN_GELU), c);
    check_one(r, FPCHECK_GELU_PRIME, PLUS, bp, act_gelu_primef(zp),
              (1.0 - q) + lim_mul(a, phi), ANY, c);
    check_one(r, FPCHECK_GELU_PRIME, MINUS, bn, act_gelu_primef(zn),
              q - lim_mul(a, phi), ANY, c);

    /* The tanh form: z s(2u), 2u = 2 sqrt(2/pi) z (1 + 0.044715 z^2). */
    double ts = 1, tn = 0, tdu = 0;
    if (!far) {
        double u2 = 1.5957691216057307118 * a * (1.0 + 0.044715 * a * a);
        double et = exp(-u2);
        ts = 1.0 / (1.0 + et), tn = et * ts;
        tdu = 1.5957691216057307118 * (1.0 + 3.0 * 0.044715 * a * a);
    }
    check_one(r, FPCHECK_GELU_TANH, PLUS, bp, act_gelu_tanhf(zp), a * ts,
              UP, c);
    check_one(r, FPCHECK_GELU_TANH, turn_side(a, TURN_GELU_TANH), bn,
              act_gelu_tanhf(zn), -lim_mul(a, tn),
              turn_dir(a, TURN_GELU_TANH), c);
    check_one(r, FPCHECK_GELU_TANH_PRIME, PLUS, bp, act_gelu_tanh_primef(zp),
              ts + lim_mul(a, ts * tn * tdu), ANY, c);
    check_one(r, FPCHECK_GELU_TANH_PRIME, MINUS, bn,
              act_gelu_tanh_primef(zn), tn - lim_mul(a, ts * tn * tdu),
              ANY, c);

    /* The sigmoid form z s(kz) and its derivative silu'(kz). */
    const double ka = ACT_GELU_SIGMOID_K * a;
    const double ek = ka >= EXP_ZERO ? 0.0 : exp(-ka);
    const double ks = 1.0 / (1.0 + ek), kn = ek * ks;
    check_one(r, FPCHECK_GELU_SIGMOID, PLUS, bp, act_gelu_sigmoidf(zp),
              a * ks, UP, c);
    check_one(r, FPCHECK_GELU_SIGMOID, turn_side(a, TURN_GELU_SIGMOID), bn,
              act_gelu_sigmoidf(zn), -lim_mul(a, kn),
              turn_dir(a, TURN_GELU_SIGMOID), c);
    check_one(r, FPCHECK_GELU_SIGMOID_PRIME, PLUS, bp,
              act_gelu_sigmoid_primef(zp), ks * (1.0 + lim_mul(ka, kn)),
              ANY, c);
    check_one(r, FPCHECK_GELU_SIGMOID_PRIME, MINUS, bn,
              act_gelu_sigmoid_primef(zn), kn - lim_mul(ka, ks * kn), ANY, c);

    /* SiLU, softplus (derivative s) and Mish, all from e. */
    check_one(r, FPCHECK_SILU, PLUS, bp, act_siluf(zp), a * sp, UP, c);
    check_one(r, FPCHECK_SILU, turn_side(a, TURN_SILU), bn, act_siluf(zn),
              -lim_mul(a, sn), turn_dir(a, TURN_SILU), c);
    check_one(r, FPCHECK_SILU_PRIME, PLUS, bp, act_silu_primef(zp),
              sp * (1.0 + lim_mul(a, sn)), ANY, c);
    check_one(r, FPCHECK_SILU_PRIME, MINUS, bn, act_silu_primef(zn),
              sn - lim_mul(a, sp * sn), ANY, c);
    const double l1p = far ? e : log1p(e);
    check_one(r, FPCHECK_SOFTPLUS, PLUS, bp, act_softplusf(zp), a + l1p, UP,
              c);
    check_one(r, FPCHECK_SOFTPLUS, MINUS, bn, act_softplusf(zn), l1p, DOWN,
              c);
    check_one(r, FPCHECK_SOFTPLUS_PRIME, PLUS, bp, act_softplus_primef(zp),
              sp, UP, c);
    check_one(r, FPCHECK_SOFTPLUS_PRIME, MINUS, bn, act_softplus_primef(zn),
              sn, DOWN, c);
    const double id = 1.0 / (1.0 + 2.0 * e * (1.0 + e)); /* z > 0 */
    const double n = e * (e + 2.0), idn = 1.0 / (n + 2.0); /* z < 0 */
    const double tp = (1.0 + 2.0 * e) * id, tm = n * idn; /* tanh(sp) */
    check_one(r, FPCHECK_MISH, PLUS, bp, act_mishf(zp), a * tp, UP, c);
    check_one(r, FPCHECK_MISH, turn_side(a, TURN_MISH), bn, act_mishf(zn),
              -lim_mul(a, tm), turn_dir(a, TURN_MISH), c);
    check_one(r, FPCHECK_MISH_PRIME, PLUS, bp, act_mish_primef(zp),
              tp + lim_mul(a, 4.0 * e * e * (1.0 + e) * (id * id)), ANY,
              c);
    check_one(r, FPCHECK_MISH_PRIME, MINUS, bn, act_mish_primef(zn),
              tm - lim_mul(a, 4.0 * e * (1.0 + e) * (idn * idn)), ANY,
              c);
}

/* The inputs +m and -m (m not NaN): every function, its reference, its
 * monotonicity on each side of 0 and its symmetry between the sides. */
static void check_pair(struct fpcheck_result *r, uint32_t m,
                       struct chain *c)
{
    const float zp = fpcheck_float(m), zn = -zp;
    const uint32_t bp = m, bn = m | SIGN_BIT;
    const double a = zp; /* |z|, exactly */

    //> check-sigmoid
    /* References, in double by the stable forms. Beyond EXP_ZERO, e^-a
     * is 0 even in double, and saying so skips libm's slow underflow path
     * for nearly half of all floats. */
    const double e = a < EXP_ZERO ? exp(-a) : 0.0, e2 = e * e;
    const double th = tanh(a);
    const double sp = e / ((1.0 + e) * (1.0 + e));
    const double tp = 4.0 * e2 / ((1.0 + e2) * (1.0 + e2));

    const float s_p = act_sigmoidf(zp), s_n = act_sigmoidf(zn);
    check_one(r, FPCHECK_SIGMOID, PLUS, bp, s_p, 1.0 / (1.0 + e), UP, c);
    check_one(r, FPCHECK_SIGMOID, MINUS, bn, s_n, e / (1.0 + e), DOWN, c);
    //< check-sigmoid
    const float t_p = act_tanhf(zp), t_n = act_tanhf(zn);
    check_one(r, FPCHECK_TANH, PLUS, bp, t_p, th, UP, c);
    check_one(r, FPCHECK_TANH, MINUS, bn, t_n, -th, DOWN, c);
    check_one(r, FPCHECK_RELU, PLUS, bp, act_reluf(zp), a, UP, c);
    check_one(r, FPCHECK_RELU, MINUS, bn, act_reluf(zn), 0.0, DOWN, c);

    const float ds_p = act_sigmoid_primef(zp), ds_n = act_sigmoid_primef(zn);
    check_one(r, FPCHECK_SIGMOID_PRIME, PLUS, bp, ds_p, sp, DOWN, c);
    check_one(r, FPCHECK_SIGMOID_PRIME, MINUS, bn, ds_n, sp, DOWN, c);
    const float dt_p = act_tanh_primef(zp), dt_n = act_tanh_primef(zn);
    check_one(r, FPCHECK_TANH_PRIME, PLUS, bp, dt_p, tp, DOWN, c);
    check_one(r, FPCHECK_TANH_PRIME, MINUS, bn, dt_n, tp, DOWN, c);
    check_one(r, FPCHECK_RELU_PRIME, PLUS, bp, act_relu_primef(zp), a > 0,
              UP, c);
    check_one(r, FPCHECK_RELU_PRIME, MINUS, bn, act_relu_primef(zn), 0.0,
              DOWN, c);
    check_one(r, FPCHECK_RELU_PRIME_Y, PLUS, bp, act_relu_prime_yf(zp),
              a > 0, UP, c);
    check_one(r, FPCHECK_RELU_PRIME_Y, MINUS, bn, act_relu_prime_yf(zn),
              0.0, DOWN, c);

    if (m <= ONE_BITS) {
        /* The output forms, on their domains: y (1 - y) on [0, 1] (-0 is
         * +0's twin), rising to y = 1/2 and falling beyond; 1 - y^2 on
         * [-1, 1], falling on each side of 0. Their references are exact
         * in double: a (1 - a) and (1 - a)(1 + a) have at most 49 bits.
         * y (1 - y) has no negative side here, so its chain for MINUS
         * takes the falling side: a sample that steps over the peak then
         * compares like with like. */
        check_one(r, FPCHECK_SIGMOID_PRIME_Y, zp <= 0.5f ? PLUS : MINUS, bp,
                  act_sigmoid_prime_yf(zp), a * (1.0 - a),
                  zp <= 0.5f ? UP : DOWN, c);
        const float dy_p = act_tanh_prime_yf(zp);
        const float dy_n = act_tanh_prime_yf(zn);
        const double ty = (1.0 - a) * (1.0 + a);
        check_one(r, FPCHECK_TANH_PRIME_Y, PLUS, bp, dy_p, ty, DOWN, c);
        check_one(r, FPCHECK_TANH_PRIME_Y, MINUS, bn, dy_n, ty, DOWN, c);
        if (bits_of(dy_p) != bits_of(dy_n)) {
            r->fn[FPCHECK_TANH_PRIME_Y].asymmetric++;
            fail_at(&r->fn[FPCHECK_TANH_PRIME_Y], bp);
        }
    }

    /* Symmetries, bit for bit: tanh is odd, s' and tanh' are even. */
    if (bits_of(t_n) != bits_of(-t_p)) {
        r->fn[FPCHECK_TANH].asymmetric++;
        fail_at(&r->fn[FPCHECK_TANH], bp);
    }
    if (bits_of(ds_p) != bits_of(ds_n)) {
        r->fn[FPCHECK_SIGMOID_PRIME].asymmetric++;
        fail_at(&r->fn[FPCHECK_SIGMOID_PRIME], bp);
    }
    if (bits_of(dt_p) != bits_of(dt_n)) {
        r->fn[FPCHECK_TANH_PRIME].asymmetric++;
        fail_at(&r->fn[FPCHECK_TANH_PRIME], bp);
    }
    /* s(-z) = 1 - s(z): 1 - s(z) is exact in float for s(z) >= 1/2
     * (Sterbenz), so the gap is the two outputs' own errors, in ulps of
     * the larger value. */
    struct fpcheck_stat *sg = &r->fn[FPCHECK_SIGMOID];
    double gap = fabs((double)s_n - (1.0 - (double)s_p)) *
                 inv_ulp_at(1.0 / (1.0 + e));
    if (gap > sg->worst_sym_ulp) {
        sg->worst_sym_ulp = gap;
    }
    if (gap > fpcheck_info[FPCHECK_SIGMOID].bound) {
        sg->asymmetric++;
        fail_at(sg, bp);
    }
    check_modern(r, m, zp, a, e, c);
}

/* Check magnitudes first, first + stride, ... below end, continuing the
 * monotonicity chains in c. */
static void check_range(struct fpcheck_result *r, uint64_t first,
                        uint64_t end, uint64_t stride, struct chain *c)
{
    for (uint64_t m = first; m < end; m += stride) {
        if (m > INF_BITS) {
            check_nan(r, (uint32_t)m);
        } else {
            check_pair(r, (uint32_t)m, c);
        }
    }
}

void fpcheck_run(struct fpcheck_result *r, uint64_t first, uint64_t end,
                 uint64_t stride)
{
    struct chain c;
    chain_init(&c);
    /* The magnitude before `first` starts the monotonicity chains, so
     * that parts checked apart still compare across their border; what
     * else it finds belongs to another part and is dropped. */
    if (first >= stride && first - stride <= INF_BITS) {
        static const struct fpcheck_result empty;
        struct fpcheck_result scratch = empty;
        check_pair(&scratch, (uint32_t)(first - stride), &c);
    }
    check_range(r, first, end, stride, &c);
}

//> sample-runs
void fpcheck_sample(struct fpcheck_result *r, uint64_t run, uint64_t every)
{
    /* One chain for the whole sample: inside a run each output meets its
     * neighbour, and a run's first meets the last of the run before. */
    struct chain c;
    chain_init(&c);
    for (uint64_t centre = 0; centre <= FPCHECK_MAGNITUDES; centre += every) {
        uint64_t lo = centre < run / 2 ? 0 : centre - run / 2;
        uint64_t hi = centre + (run - run / 2);
        hi = hi < FPCHECK_MAGNITUDES ? hi : FPCHECK_MAGNITUDES;
        check_range(r, lo, hi, 1, &c);
    }
}
//< sample-runs

uint64_t fpcheck_sample_size(uint64_t run, uint64_t every)
{
    uint64_t n = 0;
    for (uint64_t centre = 0; centre <= FPCHECK_MAGNITUDES; centre += every) {
        uint64_t lo = centre < run / 2 ? 0 : centre - run / 2;
        uint64_t hi = centre + (run - run / 2);
        hi = hi < FPCHECK_MAGNITUDES ? hi : FPCHECK_MAGNITUDES;
        n += hi - lo;
    }
    return n;
}

void fpcheck_merge(struct fpcheck_result *into,
                   const struct fpcheck_result *from)
{
    for (int f = 0; f < FPCHECK_ALL_COUNT; f++) {
        struct fpcheck_stat *d = &into->fn[f];
        const struct fpcheck_stat *s = &from->fn[f];
        d->inputs += s->inputs;
        note_worst(d, s->worst_ulp, s->worst_bits);
        d->over_bound += s->over_bound;
        d->bad_nan += s->bad_nan;
        d->not_monotone += s->not_monotone;
        d->asymmetric += s->asymmetric;
        d->out_of_range += s->out_of_range;
        if (s->worst_sym_ulp > d->worst_sym_ulp) {
            d->worst_sym_ulp = s->worst_sym_ulp;
        }
        if (s->first_fail.found) {
            first_at(&d->first_fail, s->first_fail.bits);
        }
        if (s->first_step.found) {
            first_at(&d->first_step, s->first_step.bits);
        }
        if (s->first_range.found) {
            first_at(&d->first_range, s->first_range.bits);
        }
    }
}

int fpcheck_fn_passed(const struct fpcheck_result *r, enum fpcheck_fn f)
{
    const struct fpcheck_stat *s = &r->fn[f];
    return s->over_bound == 0 && s->bad_nan == 0 && s->asymmetric == 0 &&
           s->not_monotone == 0 && s->out_of_range == 0;
}

int fpcheck_passed(const struct fpcheck_result *r)
{
    for (int f = 0; f < FPCHECK_ALL_COUNT; f++) {
        if (!fpcheck_fn_passed(r, (enum fpcheck_fn)f)) {
            return 0;
        }
    }
    return 1;
}

const char fpcheck_columns[] =
    "function domain inputs worst_ulp worst_at bound nan_errors "
    "monotone_errors symmetry symmetry_errors range_errors verdict";

void fpcheck_write(const struct fpcheck_result *r, struct tsv *t)
{
    for (int f = 0; f < FPCHECK_ALL_COUNT; f++) {
        const struct fpcheck_stat *s = &r->fn[f];
        char buf[64];
        tsv_str(t, fpcheck_info[f].name);
        tsv_str(t, fpcheck_info[f].domain);
        tsv_int(t, (long long)s->inputs);
        /* Three decimals: the reference is good to 1e-8 ulp, and a
         * thousandth of an ulp tells any two libms apart. */
        snprintf(buf, sizeof buf, "%.3f", s->worst_ulp);
        tsv_str(t, buf);
        /* %.9g prints any float so that it reads back exactly. */
        snprintf(buf, sizeof buf, "%.9g", fpcheck_float(s->worst_bits));
        tsv_str(t, buf);
        snprintf(buf, sizeof buf, "%g", fpcheck_info[f].bound);
        tsv_str(t, buf);
        tsv_int(t, (long long)s->bad_nan);
        tsv_int(t, (long long)s->not_monotone);
        tsv_str(t, fpcheck_info[f].symmetry);
        tsv_int(t, (long long)s->asymmetric);
        tsv_int(t, (long long)s->out_of_range);
        tsv_str(t, fpcheck_fn_passed(r, (enum fpcheck_fn)f) ? "pass"
                                                             : "FAIL");
        tsv_end(t);
    }
}

void fpcheck_print(const struct fpcheck_result *r, FILE *f)
{
    /* 78 columns: the report shows this in a code block. */
    fprintf(f, "  %-19s %10s %6s %-11s %3s %8s %4s %7s\n", "act_ function",
            "inputs", "ulp", "at z", "NaN", "monotone", "sym.", "range");
    for (int i = 0; i < FPCHECK_ALL_COUNT; i++) {
        const struct fpcheck_stat *s = &r->fn[i];
        fprintf(f, "  %-19s %10llu %6.3f %-11.6g %3llu %8llu %4llu %7llu"
                "%s\n", fpcheck_info[i].name, (unsigned long long)s->inputs,
                s->worst_ulp, (double)fpcheck_float(s->worst_bits),
                (unsigned long long)s->bad_nan,
                (unsigned long long)s->not_monotone,
                (unsigned long long)s->asymmetric,
                (unsigned long long)s->out_of_range,
                fpcheck_fn_passed(r, (enum fpcheck_fn)i) ? "" : " FAIL");
        const struct fpcheck_first *first[] = { &s->first_fail,
                                                &s->first_step,
                                                &s->first_range };
        const char *what[] = { "first failure", "first wrong-way step",
                               "first out of range" };
        for (int k = 0; k < 3; k++) {
            if (first[k]->found) {
                fprintf(f, "  %19s %s at z = %.9g (0x%08x)\n", "",
                        what[k], (double)fpcheck_float(first[k]->bits),
                        (unsigned)first[k]->bits);
            }
        }
    }
}

/* ------------------------------------------------------------------ */
/* reading a run's record back                                        */
/* ------------------------------------------------------------------ */

/* A record is a few hundred bytes; anything much larger is not one. */
#define RECORD_MAX_BYTES (64 * 1024)

/* What is wrong with a record, at a line of one of its files: exit 2.
 * (table.h's own errors cover the files; these the contents.) */
static void record_bad(const char *where, const char *path, size_t line,
                       const char *what)
{
    fprintf(stderr, "%s: %s: %s:%zu: %s\n", cli_program_name(), where, path,
            line, what);
    exit(2);
}

static struct table *read_in(const char *dir, const char *name,
                             const char *where)
{
    char path[4096];
    if (snprintf(path, sizeof path, "%s/%s", dir, name) >=
        (int)sizeof path) {
        fprintf(stderr, "%s: %s: '%s' is too long a path\n",
                cli_program_name(), where, dir);
        exit(2);
    }
    return table_read(path, RECORD_MAX_BYTES, where);
}

void fpcheck_read(const char *dir, const char *where,
                  struct fpcheck_record *rec)
{
    rec->summary = read_in(dir, "summary.tsv", where);
    rec->run = read_in(dir, "run.tsv", where);
    const struct table *t = rec->summary;
    /* Every column of fpcheck_columns, and one row per function in
     * order: a record of other functions is not this library's. */
    char cols[sizeof fpcheck_columns];
    memcpy(cols, fpcheck_columns, sizeof cols);
    for (char *c = strtok(cols, " "); c != NULL; c = strtok(NULL, " "))
        table_col(t, c);
    char what[256];
    if (t->rows != FPCHECK_ALL_COUNT) {
        snprintf(what, sizeof what, "%zu rows, not one for each of the %d "
                 "functions", t->rows, FPCHECK_ALL_COUNT);
        record_bad(where, t->path, 1, what);
    }
    long name = table_col(t, "function");
    for (size_t i = 0; i < t->rows; i++) {
        if (strcmp(table_str(t, i, name), fpcheck_info[i].name) != 0) {
            snprintf(what, sizeof what, "'%.64s' where %s was expected",
                     table_str(t, i, name), fpcheck_info[i].name);
            record_bad(where, t->path, t->line[i], what);
        }
    }
    static const char *const keys[] = { "date", "machine", "threads",
                                         "libc", "stride", "seconds",
                                         "cpu_seconds" };
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++)
        fpcheck_record_value(rec, keys[k]);
}

const char *fpcheck_record_value(const struct fpcheck_record *rec,
                                 const char *key)
{
    const struct table *t = rec->run;
    long k = table_col(t, "key"), v = table_col(t, "value");
    for (size_t i = 0; i < t->rows; i++) {
        if (strcmp(table_str(t, i, k), key) == 0) {
            return table_str(t, i, v);
        }
    }
    char what[128];
    snprintf(what, sizeof what, "no row '%.64s'", key);
    record_bad(rec->summary->where, t->path, 1, what);
    return NULL;
}

void fpcheck_record_result(const struct fpcheck_record *rec,
                           struct fpcheck_result *r)
{
    const struct table *t = rec->summary;
    fpcheck_init(r);
    for (size_t i = 0; i < FPCHECK_ALL_COUNT; i++) {
        struct fpcheck_stat *s = &r->fn[i];
        s->inputs = (uint64_t)table_num(t, i, table_col(t, "inputs"));
        s->worst_ulp = table_num(t, i, table_col(t, "worst_ulp"));
        s->worst_bits = bits_of((float)table_num(t, i,
                                                 table_col(t, "worst_at")));
        s->bad_nan = (uint64_t)table_num(t, i, table_col(t, "nan_errors"));
        s->not_monotone =
            (uint64_t)table_num(t, i, table_col(t, "monotone_errors"));
        s->asymmetric =
            (uint64_t)table_num(t, i, table_col(t, "symmetry_errors"));
        s->out_of_range =
            (uint64_t)table_num(t, i, table_col(t, "range_errors"));
        int failed = strcmp(table_str(t, i, table_col(t, "verdict")),
                            "pass") != 0;
        s->over_bound = failed && fpcheck_fn_passed(r, (enum fpcheck_fn)i);
    }
}

void fpcheck_record_free(struct fpcheck_record *rec)
{
    table_free(rec->summary);
    table_free(rec->run);
}
