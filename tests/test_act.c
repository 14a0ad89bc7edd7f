/*
 * test_act.c - the guarantees of the activation library (src/act.h).
 *
 * Special values (+-0, +-inf, NaN, the smallest subnormal, +-MAX, +-89,
 * +-1e4) go through every activation and derivative, in double and float
 * and through act_eval/act_eval_prime for every kind; the double array
 * forms must equal the scalar forms bit for bit, the float ones the
 * vector kernels of vecact_best() (vecact.h), within their bounds of the
 * double functions (ReLU exact, special values exact); claim S1 (sigmoid maps onto (0, 1)
 * and s(-z) = 1 - s(z)) and claim R1 (ReLU's exact values, NaN stays NaN,
 * and the convention r'(0) = 0); the derivative from the input agrees with
 * the derivative from the output where the latter is accurate, and stays
 * accurate in the tails where the latter is 0; and the float functions
 * agree with the double ones within a stated number of float ulps.
 *
 * The identities of claims S2 and T2 are chapter 07's and 08's tests.
 */
#include "check.h"
#include "tally.h"

#include "act.h"
#include "alloc.h"
#include "ref.h"
#include "rng.h"
#include "vecact.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SAMPLES 100000 /* random trials per property */

/* ------------------------------------------------------------------ */
/* the functions under test                                           */
/* ------------------------------------------------------------------ */

/* `lo` and `hi` bound every output for non-NaN input. The _y forms take
 * an output of g; fed anything else (as the special values below do)
 * their value means nothing, so only "not NaN" is asserted for them.
 * The derivatives get no slack above their maxima: s' is y - y^2 for a
 * y in [0, 1/2], rounded once, which cannot exceed the float or double
 * 1/4 (rounding keeps order), and tanh' is 4 s'. */
struct fn {
    const char *name;
    double (*f)(double);
    double lo, hi;
};

struct fnf {
    const char *name;
    float (*f)(float);
    float lo, hi;
};

#define SIG_PRIME_MAX 0.25
#define TANH_PRIME_MAX 1.0
#define SIG_PRIME_MAXF 0.25f
#define TANH_PRIME_MAXF 1.0f

static const struct fn FN[] = {
    { "act_sigmoid", act_sigmoid, 0, 1 },
    { "act_sigmoid_prime", act_sigmoid_prime, 0, SIG_PRIME_MAX },
    { "act_sigmoid_prime_y", act_sigmoid_prime_y, -INFINITY, INFINITY },
    { "act_tanh", act_tanh, -1, 1 },
    { "act_tanh_prime", act_tanh_prime, 0, TANH_PRIME_MAX },
    { "act_tanh_prime_y", act_tanh_prime_y, -INFINITY, INFINITY },
    { "act_relu", act_relu, 0, INFINITY },
    { "act_relu_prime", act_relu_prime, 0, 1 },
    { "act_relu_prime_y", act_relu_prime_y, 0, 1 },
};
#define FN_COUNT (sizeof FN / sizeof FN[0])

static const struct fnf FNF[] = {
    { "act_sigmoidf", act_sigmoidf, 0, 1 },
    { "act_sigmoid_primef", act_sigmoid_primef, 0, SIG_PRIME_MAXF },
    { "act_sigmoid_prime_yf", act_sigmoid_prime_yf, -INFINITY, INFINITY },
    { "act_tanhf", act_tanhf, -1, 1 },
    { "act_tanh_primef", act_tanh_primef, 0, TANH_PRIME_MAXF },
    { "act_tanh_prime_yf", act_tanh_prime_yf, -INFINITY, INFINITY },
    { "act_reluf", act_reluf, 0, INFINITY },
    { "act_relu_primef", act_relu_primef, 0, 1 },
    { "act_relu_prime_yf", act_relu_prime_yf, 0, 1 },
};
#define FNF_COUNT (sizeof FNF / sizeof FNF[0])

/* The special values every function must survive. */
static const double SPECIAL[] = {
    0.0,     -0.0,     INFINITY, -INFINITY, NAN, -NAN, DBL_TRUE_MIN,
    -DBL_TRUE_MIN, DBL_MAX, -DBL_MAX, 89.0, -89.0, 1e4, -1e4,
};
#define SPECIAL_COUNT (sizeof SPECIAL / sizeof SPECIAL[0])

static const float SPECIALF[] = {
    0.0f,    -0.0f,    INFINITY, -INFINITY, NAN, -NAN, FLT_TRUE_MIN,
    -FLT_TRUE_MIN, FLT_MAX, -FLT_MAX, 89.0f, -89.0f, 1e4f, -1e4f,
};
#define SPECIALF_COUNT (sizeof SPECIALF / sizeof SPECIALF[0])

/* Every non-NaN value in [lo, hi]; NaN exactly for NaN input. */
static void check_double_value(struct tally *t, const char *name, double z,
                               double y, double lo, double hi)
{
    if (isnan(z)) {
        tally(t, isnan(y), "%s(NaN) = %.17g, not NaN", name, y);
    } else {
        tally(t, !isnan(y) && y >= lo && y <= hi,
              "%s(%.17g) = %.17g, outside [%.17g, %.17g]", name, z, y, lo,
              hi);
    }
}

static void check_float_value(struct tally *t, const char *name, float z,
                              float y, float lo, float hi)
{
    if (isnan(z)) {
        tally(t, isnan(y), "%s(NaN) = %.9g, not NaN", name, (double)y);
    } else {
        tally(t, !isnan(y) && y >= lo && y <= hi,
              "%s(%.9g) = %.9g, outside [%.9g, %.9g]", name, (double)z,
              (double)y, (double)lo, (double)hi);
    }
}

/* ------------------------------------------------------------------ */
/* special values                                                     */
/* ------------------------------------------------------------------ */

static void test_special_values_double(void)
{
    struct tally t = { 0 };
    for (size_t k = 0; k < FN_COUNT; k++)
        for (size_t i = 0; i < SPECIAL_COUNT; i++)
            check_double_value(&t, FN[k].name, SPECIAL[i],
                               FN[k].f(SPECIAL[i]), FN[k].lo, FN[k].hi);
    /* The same through the functions chosen by name, every kind. */
    for (int kind = 0; kind < ACT_KIND_COUNT; kind++) {
        for (size_t i = 0; i < SPECIAL_COUNT; i++) {
            double z = SPECIAL[i];
            check_double_value(&t, act_name(kind), z, act_eval(kind, z),
                               -INFINITY, INFINITY);
            check_double_value(&t, "act_eval_prime", z,
                               act_eval_prime(kind, z), -INFINITY,
                               INFINITY);
        }
    }
    /* And random bit patterns: every exponent, subnormals included. */
    struct rng r;
    rng_seed(&r, 2024);
    for (int s = 0; s < SAMPLES; s++) {
        double z = random_bits(&r);
        for (size_t k = 0; k < FN_COUNT; k++)
            check_double_value(&t, FN[k].name, z, FN[k].f(z), FN[k].lo,
                               FN[k].hi);
        for (int kind = 0; kind < ACT_KIND_COUNT; kind++) {
            check_double_value(&t, act_name(kind), z, act_eval(kind, z),
                               -INFINITY, INFINITY);
            check_double_value(&t, "act_eval_prime", z,
                               act_eval_prime(kind, z), -INFINITY,
                               INFINITY);
        }
    }
    TALLY_CHECK(t, "double: NaN only from NaN, outputs in range");
}

static void test_special_values_float(void)
{
    struct tally t = { 0 };
    for (size_t k = 0; k < FNF_COUNT; k++)
        for (size_t i = 0; i < SPECIALF_COUNT; i++)
            check_float_value(&t, FNF[k].name, SPECIALF[i],
                              FNF[k].f(SPECIALF[i]), FNF[k].lo, FNF[k].hi);
    struct rng r;
    rng_seed(&r, 2025);
    for (int s = 0; s < SAMPLES; s++) {
        float z = random_bitsf(&r);
        for (size_t k = 0; k < FNF_COUNT; k++)
            check_float_value(&t, FNF[k].name, z, FNF[k].f(z), FNF[k].lo,
                              FNF[k].hi);
    }
    TALLY_CHECK(t, "float: NaN only from NaN, outputs in range");
}

/* The values that are exact on paper and must be exact in the code. */
static void test_exact_special_values(void)
{
    const double inf = INFINITY, tiny = DBL_TRUE_MIN;
    const float inff = INFINITY, tinyf = FLT_TRUE_MIN;

    /* sigmoid: the limits are reached exactly, s(+-0) = 1/2. */
    CHECK_SAME(act_sigmoid(inf), 1.0);
    CHECK_SAME(act_sigmoid(-inf), 0.0);
    CHECK_SAME(act_sigmoid(0.0), 0.5);
    CHECK_SAME(act_sigmoid(-0.0), 0.5);
    CHECK_SAME(act_sigmoid(DBL_MAX), 1.0);
    CHECK_SAME(act_sigmoid(-DBL_MAX), 0.0);
    CHECK_SAME(act_sigmoidf(inff), 1.0);
    CHECK_SAME(act_sigmoidf(-inff), 0.0);
    CHECK_SAME(act_sigmoidf(0.0f), 0.5);
    CHECK_SAME(act_sigmoidf(-0.0f), 0.5);
    /* s(-89) = e^-89 is small but representable (2.2e-39 in double and,
     * as a subnormal, in float): it must not be flushed to 0. */
    CU_ASSERT(act_sigmoid(-89.0) > 0);
    CU_ASSERT(act_sigmoidf(-89.0f) > 0);

    /* sigmoid' = 1/4 at 0 exactly, 0 at +-inf. */
    CHECK_SAME(act_sigmoid_prime(0.0), 0.25);
    CHECK_SAME(act_sigmoid_prime(-0.0), 0.25);
    CHECK_SAME(act_sigmoid_prime(inf), 0.0);
    CHECK_SAME(act_sigmoid_prime(-inf), 0.0);
    CHECK_SAME(act_sigmoid_prime_y(0.5), 0.25);
    CHECK_SAME(act_sigmoid_prime_y(1.0), 0.0);
    CHECK_SAME(act_sigmoid_prime_y(0.0), 0.0);
    CHECK_SAME(act_sigmoid_primef(0.0f), 0.25);
    CHECK_SAME(act_sigmoid_primef(-0.0f), 0.25);
    CHECK_SAME(act_sigmoid_primef(inff), 0.0);
    CHECK_SAME(act_sigmoid_primef(-inff), 0.0);
    CHECK_SAME(act_sigmoid_prime_yf(0.5f), 0.25);

    /* tanh: odd, so the sign of zero is kept; +-1 at +-inf. */
    CHECK_SAME(act_tanh(0.0), 0.0);
    CHECK_SAME(act_tanh(-0.0), -0.0);
    CHECK_SAME(act_tanh(inf), 1.0);
    CHECK_SAME(act_tanh(-inf), -1.0);
    CHECK_SAME(act_tanhf(0.0f), 0.0);
    CHECK_SAME(act_tanhf(-0.0f), -0.0);
    CHECK_SAME(act_tanhf(inff), 1.0);
    CHECK_SAME(act_tanhf(-inff), -1.0);
    /* tanh(z) = z - z^3/3 + ...: for the smallest subnormal the cubic
     * term is far below half an ulp, so tanh(z) rounds to z; we allow the
     * 1 ulp that libm documents, which still fixes the sign. */
    CHECK_ULPS(act_tanh(tiny), tiny, 1);
    CHECK_ULPS(act_tanh(-tiny), -tiny, 1);
    CHECK_ULPSF(act_tanhf(tinyf), tinyf, 1);
    CHECK_ULPSF(act_tanhf(-tinyf), -tinyf, 1);

    /* tanh' = 1 at 0 exactly, 0 at +-inf. */
    CHECK_SAME(act_tanh_prime(0.0), 1.0);
    CHECK_SAME(act_tanh_prime(-0.0), 1.0);
    CHECK_SAME(act_tanh_prime(inf), 0.0);
    CHECK_SAME(act_tanh_prime(-inf), 0.0);
    CHECK_SAME(act_tanh_prime_y(0.0), 1.0);
    CHECK_SAME(act_tanh_prime_y(1.0), 0.0);
    CHECK_SAME(act_tanh_prime_y(-1.0), 0.0);
    CHECK_SAME(act_tanh_primef(0.0f), 1.0);
    CHECK_SAME(act_tanh_primef(-0.0f), 1.0);
    CHECK_SAME(act_tanh_primef(inff), 0.0);
    CHECK_SAME(act_tanh_primef(-inff), 0.0);
    CHECK_SAME(act_tanh_prime_yf(0.0f), 1.0);

    /* ReLU at the special points (the rest of R1 is its own test). */
    CHECK_SAME(act_relu(-0.0), 0.0);
    CHECK_SAME(act_relu(inf), inf);
    CHECK_SAME(act_relu(-inf), 0.0);
    CHECK_SAME(act_relu(DBL_MAX), DBL_MAX);
    CHECK_SAME(act_relu(tiny), tiny);
    CHECK_SAME(act_relu(-tiny), 0.0);
    CHECK_SAME(act_relu_prime(inf), 1.0);
    CHECK_SAME(act_relu_prime(-inf), 0.0);
    CHECK_SAME(act_reluf(-0.0f), 0.0);
    CHECK_SAME(act_reluf(inff), inff);
    CHECK_SAME(act_reluf(-inff), 0.0);
    CHECK_SAME(act_reluf(FLT_MAX), FLT_MAX);
    CHECK_SAME(act_reluf(tinyf), tinyf);
    CHECK_SAME(act_relu_primef(inff), 1.0);
    CHECK_SAME(act_relu_primef(-inff), 0.0);
}

/* A smooth even derivative is flat at 0: exp(-|z|) for a subnormal z is
 * exactly 1, so the derivative there must be bit for bit its value at 0. */
static void test_derivative_at_subnormals(void)
{
    const double d[] = { DBL_TRUE_MIN, -DBL_TRUE_MIN, DBL_MIN, -DBL_MIN };
    const float f[] = { FLT_TRUE_MIN, -FLT_TRUE_MIN, FLT_MIN, -FLT_MIN };
    for (size_t i = 0; i < sizeof d / sizeof d[0]; i++) {
        CHECK_SAME(act_sigmoid_prime(d[i]), act_sigmoid_prime(0.0));
        CHECK_SAME(act_tanh_prime(d[i]), act_tanh_prime(0.0));
        CHECK_SAME(act_eval_prime(ACT_SIGMOID, d[i]),
                   act_eval_prime(ACT_SIGMOID, 0.0));
        CHECK_SAME(act_eval_prime(ACT_TANH, d[i]),
                   act_eval_prime(ACT_TANH, 0.0));
        CHECK_SAME(act_eval_prime(ACT_IDENTITY, d[i]), 1.0);
        CHECK_SAME(act_eval_prime(ACT_STEP, d[i]), 0.0);
        CHECK_SAME(act_sigmoid_primef(f[i]), act_sigmoid_primef(0.0f));
        CHECK_SAME(act_tanh_primef(f[i]), act_tanh_primef(0.0f));
    }
}

/* act_eval/act_eval_prime are the named functions, the others have their
 * documented values, and the names match the kinds. */
static void test_eval_by_kind(void)
{
    struct rng r;
    rng_seed(&r, 11);
    struct tally t = { 0 };
    for (int s = 0; s < SAMPLES + (int)SPECIAL_COUNT; s++) {
        double z = s < (int)SPECIAL_COUNT ? SPECIAL[s]
                   : s % 2 ? random_bits(&r)
                           : rng_range(&r, -50, 50);
        tally(&t, check_same(act_eval(ACT_SIGMOID, z), act_sigmoid(z)) &&
                  check_same(act_eval(ACT_TANH, z), act_tanh(z)) &&
                  check_same(act_eval(ACT_RELU, z), act_relu(z)) &&
                  check_same(act_eval(ACT_IDENTITY, z), z),
              "act_eval differs from the named function at %.17g", z);
        tally(&t,
              check_same(act_eval_prime(ACT_SIGMOID, z),
                         act_sigmoid_prime(z)) &&
                  check_same(act_eval_prime(ACT_TANH, z),
                             act_tanh_prime(z)) &&
                  check_same(act_eval_prime(ACT_RELU, z),
                             act_relu_prime(z)),
              "act_eval_prime differs from the named function at %.17g", z);
        if (isnan(z)) {
            continue;
        }
        /* Step: 1 for z > 0, else 0; its derivative 0 wherever it is
         * taken. Leaky ReLU: z for z > 0, ACT_LEAKY_SLOPE * z below (one
         * rounding, so exact comparison with the same product). */
        tally(&t,
              check_same(act_eval(ACT_STEP, z), z > 0 ? 1.0 : 0.0) &&
                  check_same(act_eval_prime(ACT_STEP, z), 0.0) &&
                  check_same(act_eval_prime(ACT_IDENTITY, z), 1.0),
              "step or identity wrong at %.17g", z);
        tally(&t,
              check_same(act_eval(ACT_LEAKY_RELU, z),
                         z > 0 ? z : ACT_LEAKY_SLOPE * z) &&
                  (z == 0 ||
                   check_same(act_eval_prime(ACT_LEAKY_RELU, z),
                              z > 0 ? 1.0 : ACT_LEAKY_SLOPE)),
              "leaky ReLU wrong at %.17g", z);
    }
    TALLY_CHECK(t, "act_eval and act_eval_prime");
    /* At 0 leaky ReLU's derivative does not exist; whichever side is
     * taken, it must be one of the two one-sided slopes. */
    double d0 = act_eval_prime(ACT_LEAKY_RELU, 0.0);
    CU_ASSERT(d0 == ACT_LEAKY_SLOPE || d0 == 1.0);
    CU_ASSERT(act_eval_prime(ACT_LEAKY_RELU, -0.0) == d0);

    /* Names: act_names lists act_name(kind) in enum order, NULL-ended;
     * a kind out of range is "unknown" and evaluates to NaN. */
    for (int kind = 0; kind < ACT_KIND_COUNT; kind++) {
        CU_ASSERT_PTR_NOT_NULL_FATAL(act_names[kind]);
        CU_ASSERT_STRING_EQUAL(act_name(kind), act_names[kind]);
    }
    CU_ASSERT_PTR_NULL(act_names[ACT_KIND_COUNT]);
    CU_ASSERT_STRING_EQUAL(act_name(ACT_KIND_COUNT), "unknown");
    CU_ASSERT(isnan(act_eval(ACT_KIND_COUNT, 1.0)));
    CU_ASSERT(isnan(act_eval_prime(ACT_KIND_COUNT, 1.0)));
}

/* ------------------------------------------------------------------ */
/* array forms                                                        */
/* ------------------------------------------------------------------ */

#define ARRAY_MAX 17
#define GUARD 12345.678 /* never an output of any activation here */

struct afn {
    const char *name;
    void (*array)(const double *, double *, size_t);
    double (*scalar)(double);
};

static const struct afn AFN[] = {
    { "act_sigmoid_array", act_sigmoid_array, act_sigmoid },
    { "act_tanh_array", act_tanh_array, act_tanh },
    { "act_relu_array", act_relu_array, act_relu },
};

/* Lengths 0, 1 and every length from 3 to 17: below, at and past every
 * vector width and unroll factor a compiler might use (2 to 16 lanes). */
static size_t array_length(int i)
{
    return i == 0 ? 0 : i == 1 ? 1 : (size_t)i + 1;
}
#define LENGTH_COUNT 17 /* 0, 1, 3, ..., 17 */

static void test_array_forms_double(void)
{
    struct rng r;
    rng_seed(&r, 5);
    struct tally t = { 0 };
    /* Two extra slots before and after, so a start that is not 16-byte
     * aligned (offset 1) is tried too, and an overrun hits a guard. */
    double z[ARRAY_MAX + 4], y[ARRAY_MAX + 4], w[ARRAY_MAX + 4];
    for (size_t k = 0; k < sizeof AFN / sizeof AFN[0]; k++) {
        for (int li = 0; li < LENGTH_COUNT; li++) {
            size_t n = array_length(li);
            for (size_t off = 0; off < 2; off++) {
                for (int trial = 0; trial < 8; trial++) {
                    for (size_t i = 0; i < ARRAY_MAX + 4; i++) {
                        /* Special values at rotating positions among
                         * random ones of every scale. */
                        size_t j = i + (size_t)trial;
                        z[i] = j % 3 == 0 ? SPECIAL[j % SPECIAL_COUNT]
                               : j % 3 == 1 ? rng_range(&r, -40, 40)
                                            : random_bits(&r);
                        y[i] = GUARD;
                        w[i] = z[i];
                    }
                    AFN[k].array(z + off, y + off, n);
                    AFN[k].array(w + off, w + off, n); /* in place */
                    for (size_t i = 0; i < n; i++) {
                        double want = AFN[k].scalar(z[off + i]);
                        tally(&t, check_same(y[off + i], want),
                              "%s n=%zu: y[%zu] = %.17g, scalar %.17g",
                              AFN[k].name, n, i, y[off + i], want);
                        tally(&t, check_same(w[off + i], want),
                              "%s in place n=%zu: y[%zu] = %.17g, "
                              "scalar %.17g",
                              AFN[k].name, n, i, w[off + i], want);
                    }
                    /* Nothing written outside y[0..n-1]. */
                    for (size_t i = 0; i < ARRAY_MAX + 4; i++) {
                        if (i >= off && i < off + n) {
                            continue;
                        }
                        tally(&t, y[i] == GUARD && check_same(w[i], z[i]),
                              "%s n=%zu wrote slot %zu outside the array",
                              AFN[k].name, n, i);
                    }
                }
            }
        }
    }
    TALLY_CHECK(t, "double array forms equal the scalar forms");
}

/* The float array forms run the kernels of vecact_best(): bit for bit
 * those, within VECACT_ULP_FORWARD ulps of the double function (which is
 * within an ulp of a double, far below a float's), and ReLU exact. */
struct afnf {
    const char *name;
    void (*array)(const float *, float *, size_t);
    double (*ref)(double);
    double ulps;
};

static const struct afnf AFNF[] = {
    { "act_sigmoidf_array", act_sigmoidf_array, act_sigmoid,
      VECACT_ULP_FORWARD },
    { "act_tanhf_array", act_tanhf_array, act_tanh, VECACT_ULP_FORWARD },
    { "act_reluf_array", act_reluf_array, act_relu, 0 },
};
#define AFNF_COUNT (sizeof AFNF / sizeof AFNF[0])

/* The kernel of vecact_best() that AFNF[k] runs. */
static vecact_fwd best_kernel(size_t k)
{
    const struct vecact_kernels *b = vecact_best();
    return k == 0 ? b->sigmoid : k == 1 ? b->tanh : b->relu;
}

/* Within the bound of the double reference; ReLU bit for bit. */
static int within_bound(const struct afnf *a, float z, float y)
{
    double want = a->ref(z);
    return a->ulps == 0 ? check_same(y, want)
                        : ref_ulp_errf(y, want) <= a->ulps;
}

/* Lengths shorter than, equal to and past each vector width (4, 8 and
 * 16 lanes), with tails of every kind, and one past two blocks of the
 * in-place buffer (256 floats in act.c). */
static const size_t FLOAT_LENGTHS[] = { 0, 1, 7, 8, 15, 16, 17, 33, 600 };
#define FLOAT_LENGTH_COUNT (sizeof FLOAT_LENGTHS / sizeof FLOAT_LENGTHS[0])
#define FLOAT_MAX 600

static void test_array_forms_float(void)
{
    struct rng r;
    rng_seed(&r, 6);
    struct tally t = { 0 };
    /* z the input, y the output, w in place, k the kernel's own run;
     * two slots either side for an unaligned start and the guards. */
    static float z[FLOAT_MAX + 4], y[FLOAT_MAX + 4], w[FLOAT_MAX + 4],
        k[FLOAT_MAX + 4];
    for (size_t a = 0; a < AFNF_COUNT; a++) {
        const struct afnf *f = &AFNF[a];
        for (size_t li = 0; li < FLOAT_LENGTH_COUNT; li++) {
            size_t n = FLOAT_LENGTHS[li];
            for (size_t off = 0; off < 2; off++) {
                for (int trial = 0; trial < 4; trial++) {
                    for (size_t i = 0; i < FLOAT_MAX + 4; i++) {
                        size_t j = i + (size_t)trial;
                        z[i] = j % 3 == 0 ? SPECIALF[j % SPECIALF_COUNT]
                               : j % 3 == 1
                                   ? (float)rng_range(&r, -20, 20)
                                   : random_bitsf(&r);
                        y[i] = (float)GUARD;
                        w[i] = z[i];
                    }
                    f->array(z + off, y + off, n);
                    f->array(w + off, w + off, n); /* in place */
                    best_kernel(a)(z + off, k + off, n);
                    for (size_t i = off; i < off + n; i++) {
                        tally(&t, check_same(y[i], k[i]),
                              "%s n=%zu: y[%zu] = %.9g, %s kernel %.9g",
                              f->name, n, i - off, (double)y[i],
                              vecact_best()->name, (double)k[i]);
                        tally(&t, check_same(w[i], k[i]),
                              "%s in place n=%zu: y[%zu] = %.9g, %s "
                              "kernel %.9g",
                              f->name, n, i - off, (double)w[i],
                              vecact_best()->name, (double)k[i]);
                        tally(&t, within_bound(f, z[i], y[i]),
                              "%s(%.9g) = %.9g, %.3g ulps from %.17g",
                              f->name, (double)z[i], (double)y[i],
                              ref_ulp_errf(y[i], f->ref(z[i])),
                              f->ref(z[i]));
                    }
                    /* Nothing written outside y[0..n-1]. */
                    for (size_t i = 0; i < FLOAT_MAX + 4; i++) {
                        if (i >= off && i < off + n) {
                            continue;
                        }
                        tally(&t,
                              y[i] == (float)GUARD && check_same(w[i], z[i]),
                              "%s n=%zu wrote slot %zu outside the array",
                              f->name, n, i);
                    }
                }
            }
        }
    }
    TALLY_CHECK(t, "float array forms are vecact_best()'s kernels");
}

/* The special values exact, at the start of an array, in its vector
 * body and in its tail: NaN, +-inf, +-0. */
static void test_array_forms_float_special_values(void)
{
    const float in[] = { NAN, INFINITY, -INFINITY, 0.0f, -0.0f };
    const float want[][5] = {
        { NAN, 1.0f, 0.0f, 0.5f, 0.5f },          /* sigmoid */
        { NAN, 1.0f, -1.0f, 0.0f, -0.0f },        /* tanh */
        { NAN, INFINITY, 0.0f, 0.0f, 0.0f },      /* relu */
    };
    enum { N = 33, COUNT = 5 };
    const size_t at[] = { 0, 12, N - COUNT }; /* head, body, tail */
    struct tally t = { 0 };
    for (size_t a = 0; a < AFNF_COUNT; a++) {
        for (size_t p = 0; p < sizeof at / sizeof at[0]; p++) {
            float z[N], y[N];
            for (size_t i = 0; i < N; i++)
                z[i] = 0.25f * (float)i - 3.0f;
            memcpy(z + at[p], in, sizeof in);
            AFNF[a].array(z, y, N);
            AFNF[a].array(z, z, N); /* in place */
            for (size_t i = 0; i < COUNT; i++) {
                float got = y[at[p] + i], inplace = z[at[p] + i];
                tally(&t,
                      check_same(got, want[a][i]) &&
                          check_same(inplace, want[a][i]),
                      "%s(%g) at %zu of %d: %.9g, in place %.9g, want %g",
                      AFNF[a].name, (double)in[i], at[p] + i, N,
                      (double)got, (double)inplace, (double)want[a][i]);
            }
        }
        /* One element alone, where only a tail loop runs. */
        for (size_t i = 0; i < COUNT; i++) {
            float y1;
            AFNF[a].array(&in[i], &y1, 1);
            tally(&t, check_same(y1, want[a][i]), "%s(%g), n = 1: %.9g",
                  AFNF[a].name, (double)in[i], (double)y1);
        }
    }
    TALLY_CHECK(t, "float array forms keep the special values");
}

/* Every 65521st float (a prime stride, so every residue of the low bits
 * comes up), NaNs included: 65,550 inputs through each array form in one
 * call, each within its bound of the double reference. The exhaustive
 * check (chapter 10, `make check-exhaustive`) takes all 2^32. */
#define FLOAT_SAMPLE_STRIDE 65521u

static void test_array_forms_float_within_bound(void)
{
    size_t n = (size_t)(((uint64_t)UINT32_MAX + FLOAT_SAMPLE_STRIDE) /
                        FLOAT_SAMPLE_STRIDE);
    float *z = alloc_array(n, sizeof *z), *y = alloc_array(n, sizeof *y);
    for (size_t i = 0; i < n; i++) {
        uint32_t bits = (uint32_t)(i * FLOAT_SAMPLE_STRIDE);
        memcpy(&z[i], &bits, sizeof bits);
    }
    struct tally t = { 0 };
    for (size_t a = 0; a < AFNF_COUNT; a++) {
        AFNF[a].array(z, y, n);
        for (size_t i = 0; i < n; i++)
            tally(&t, within_bound(&AFNF[a], z[i], y[i]),
                  "%s(%.9g) = %.9g, %.3g ulps from %.17g", AFNF[a].name,
                  (double)z[i], (double)y[i],
                  ref_ulp_errf(y[i], AFNF[a].ref(z[i])),
                  AFNF[a].ref(z[i]));
    }
    free(z);
    free(y);
    TALLY_CHECK(t, "float array forms within their bounds");
}

/* ------------------------------------------------------------------ */
/* S1: sigmoid maps R onto (0, 1), s(-z) = 1 - s(z)                   */
/* ------------------------------------------------------------------ */

/* Grid: [-40, 40] in steps of 1/1024 (exact in binary, so z and -z are
 * both exactly on it). Past |z| = 37, s rounds to 0 or 1 in double. */
#define GRID_STEP (1.0 / 1024)
#define GRID_MAX 40.0

static void test_sigmoid_range_and_monotone(void)
{
    struct tally t = { 0 };
    /* Strictly inside (0, 1) wherever the true value is representable
     * as such: s(z) < 1 needs e^-z >= 2^-53 (z <= 36.7), s(z) > 0 needs
     * e^z above the smallest subnormal (z >= -744); we test inside both
     * limits with margin. In float: z <= 16.6 and z >= -103. */
    for (double z = -GRID_MAX; z <= GRID_MAX; z += GRID_STEP) {
        double s = act_sigmoid(z);
        tally(&t, s > 0 && (z > 36 || s < 1), "s(%.17g) = %.17g", z, s);
        if (z >= -90 && z <= 16) {
            float sf = act_sigmoidf((float)z);
            tally(&t, sf > 0 && sf < 1, "sf(%.9g) = %.9g", z, (double)sf);
        }
    }
    for (double z = -740; z <= 36; z += 0.25)
        tally(&t, act_sigmoid(z) > 0 && act_sigmoid(z) < 1,
              "s(%.17g) not in (0, 1)", z);
    for (float z = -100; z <= 16; z += 0.25f)
        tally(&t, act_sigmoidf(z) > 0 && act_sigmoidf(z) < 1,
              "sf(%.9g) not in (0, 1)", (double)z);
    /* Monotone on the grid: adjacent exp() values differ by a factor
     * e^(1/1024) = 1 + 1e-3, far beyond exp's error (< 1 ulp), and the
     * correctly rounded + and / that follow never reverse an order. */
    double prev = act_sigmoid(-GRID_MAX);
    for (double z = -GRID_MAX + GRID_STEP; z <= GRID_MAX; z += GRID_STEP) {
        double s = act_sigmoid(z);
        tally(&t, s >= prev, "s decreases at %.17g", z);
        prev = s;
    }
    /* Random doubles and floats of every scale: never outside [0, 1]
     * (the special values are in test_special_values_*). */
    struct rng r;
    rng_seed(&r, 1);
    for (int s = 0; s < SAMPLES; s++) {
        double z = random_bits(&r);
        double y = act_sigmoid(z);
        tally(&t, y >= 0 && y <= 1, "s(%.17g) = %.17g", z, y);
        float zf = random_bitsf(&r);
        float yf = act_sigmoidf(zf);
        tally(&t, yf >= 0 && yf <= 1, "sf(%.9g) = %.9g", (double)zf,
              (double)yf);
    }
    TALLY_CHECK(t, "sigmoid in (0, 1), in [0, 1] everywhere, monotone");
}

/* Tolerance: for z > 0 both sides use the same e = exp(-z), so the error
 * of exp cancels: s(-z) = e/(1+e), 1 - s(z) = 1 - 1/(1+e) = e/(1+e) on
 * paper. In floating point, 1+e rounds once (error <= eps/2 = half an
 * ulp of numbers in [1, 2)), 1/(1+e) in [1/2, 1] rounds by <= eps/4,
 * e/(1+e) in [0, 1/2] by <= eps/8, and 1 - s(z) is exact (Sterbenz).
 * Total <= 7/8 eps, so one ulp of 1 (DBL_EPSILON) bounds it; z < 0 is
 * the same with the roles swapped. */
static void check_symmetry(struct tally *t, double z)
{
    double d = fabs(act_sigmoid(-z) - (1.0 - act_sigmoid(z)));
    tally(t, d <= DBL_EPSILON, "|s(-z) - (1 - s(z))| = %.3g eps at %.17g",
          d / DBL_EPSILON, z);
    float zf = (float)z;
    float df = fabsf(act_sigmoidf(-zf) - (1.0f - act_sigmoidf(zf)));
    tally(t, df <= FLT_EPSILON, "float: %.3g eps at %.9g",
          (double)(df / FLT_EPSILON), (double)zf);
}

static void test_sigmoid_symmetry(void)
{
    struct tally t = { 0 };
    for (double z = -GRID_MAX; z <= GRID_MAX; z += GRID_STEP)
        check_symmetry(&t, z);
    struct rng r;
    rng_seed(&r, 17);
    for (int s = 0; s < SAMPLES; s++) {
        check_symmetry(&t, rng_range(&r, -GRID_MAX, GRID_MAX));
        check_symmetry(&t, random_bits(&r));
    }
    for (size_t i = 0; i < SPECIAL_COUNT; i++) {
        if (!isnan(SPECIAL[i])) {
            check_symmetry(&t, SPECIAL[i]);
        }
    }
    TALLY_CHECK(t, "s(-z) = 1 - s(z) within one ulp of 1");
}

/* ------------------------------------------------------------------ */
/* R1: ReLU                                                           */
/* ------------------------------------------------------------------ */

static void check_relu(struct tally *t, double z)
{
    double y = act_relu(z), d = act_relu_prime(z);
    float zf = (float)z, yf = act_reluf(zf), df = act_relu_primef(zf);
    if (isnan(z)) {
        tally(t, isnan(y) && isnan(d) && isnan(act_relu_prime_y(y)),
              "ReLU turned a NaN into %g, %g", y, d);
        tally(t, isnan(yf) && isnan(df) && isnan(act_relu_prime_yf(yf)),
              "float ReLU turned a NaN into %g, %g", (double)yf,
              (double)df);
        return;
    }
    /* max(0, z) exactly: z itself above 0, +0 (never -0) otherwise; the
     * derivative 1 above 0 and 0 at or below it (the convention at 0).
     * From the output the same, since relu(z) > 0 exactly when z > 0. */
    tally(t,
          check_same(y, z > 0 ? z : 0.0) &&
              check_same(d, z > 0 ? 1.0 : 0.0) &&
              check_same(act_relu_prime_y(y), d),
          "relu(%.17g) = %.17g, relu' = %g", z, y, d);
    tally(t,
          check_same(yf, zf > 0 ? zf : 0.0f) &&
              check_same(df, zf > 0 ? 1.0f : 0.0f) &&
              check_same(act_relu_prime_yf(yf), df),
          "reluf(%.9g) = %.9g, reluf' = %g", (double)zf, (double)yf,
          (double)df);
}

static void test_relu_exact(void)
{
    struct tally t = { 0 };
    for (size_t i = 0; i < SPECIAL_COUNT; i++)
        check_relu(&t, SPECIAL[i]);
    for (double z = -GRID_MAX; z <= GRID_MAX; z += GRID_STEP)
        check_relu(&t, z);
    struct rng r;
    rng_seed(&r, 23);
    for (int s = 0; s < SAMPLES; s++) {
        check_relu(&t, random_bits(&r));
        check_relu(&t, rng_range(&r, -1, 1));
    }
    TALLY_CHECK(t, "ReLU exact values, NaN stays NaN");

    /* The convention at 0, stated once more in plain sight. */
    CHECK_SAME(act_relu_prime(0.0), 0.0);
    CHECK_SAME(act_relu_prime(-0.0), 0.0);
    CHECK_SAME(act_relu_primef(0.0f), 0.0);
    CHECK_SAME(act_relu_prime_y(0.0), 0.0);
    /* NaN gives NaN, not 0 (fmax(0, NaN) would give 0). */
    CU_ASSERT(isnan(act_relu(NAN)));
    CU_ASSERT(isnan(act_reluf(NAN)));
    CU_ASSERT(isnan(act_eval(ACT_RELU, NAN)));
    CU_ASSERT(isnan(act_eval(ACT_LEAKY_RELU, NAN)));
    CU_ASSERT(isnan(act_eval(ACT_STEP, NAN)));
}

/* ------------------------------------------------------------------ */
/* the derivative from the input and from the output                  */
/* ------------------------------------------------------------------ */

#define AGREE_MAX 5.0 /* |z| up to which the output form is compared */

/* Tolerance, pointwise. The output form y(1 - y) inherits the absolute
 * error of y, at most about one eps (sigmoid: two roundings near 1, see
 * check_symmetry; libm's tanh: at most 2 ulps, an ulp near 1 being
 * eps/2). Divided by 1 - y, that becomes a relative error of
 * eps / (1 - s(|z|)) <= eps (1 + e^|z|) for sigmoid and
 * eps / (1 - tanh|z|) <= eps e^(2|z|) for tanh, plus a few eps from the
 * remaining roundings of both forms. We allow twice that: at |z| = 5,
 * 3e-14 (sigmoid) and 1e-11 (tanh). A wrong formula is off by O(1). */
static void test_prime_from_input_and_output(void)
{
    struct tally t = { 0 };
    struct rng r;
    rng_seed(&r, 31);
    for (int s = 0; s < 2 * SAMPLES; s++) {
        double z = s < SAMPLES ? -AGREE_MAX + s * (2 * AGREE_MAX / SAMPLES)
                               : rng_range(&r, -AGREE_MAX, AGREE_MAX);
        double a = fabs(z);
        double tol_s = 2 * DBL_EPSILON * (1 + exp(a) + 4);
        double tol_t = 2 * DBL_EPSILON * (exp(2 * a) + 4);
        double in = act_sigmoid_prime(z);
        double out = act_sigmoid_prime_y(act_sigmoid(z));
        tally(&t, check_rel(out, in, tol_s),
              "sigmoid' at %.17g: input %.17g, output %.17g", z, in, out);
        in = act_tanh_prime(z);
        out = act_tanh_prime_y(act_tanh(z));
        tally(&t, check_rel(out, in, tol_t),
              "tanh' at %.17g: input %.17g, output %.17g", z, in, out);
    }
    TALLY_CHECK(t, "derivative from z and from g(z) agree for |z| <= 5");
}

/* In the tails the output form has nothing left: tanh(20) rounds to 1,
 * so 1 - tanh(20)^2 is exactly 0, while the input form keeps the true
 * 4 e^-40 / (1 + e^-40)^2 = 1.7e-17. Tolerance 4 ulps: the input form
 * is y - y^2 with y = s(-40) = 1 / (1 + e^40), where exp is within 1 ulp
 * and the sum, the quotient and the fma add half an ulp each (y^2 is far
 * too small to cancel anything). The same for sigmoid at 40, where s
 * rounds to 1. This is why the library computes the derivative from the
 * input. */
static void test_prime_input_form_accurate_in_tails(void)
{
    double t20 = act_tanh(20.0);
    CU_ASSERT_EQUAL(t20, 1.0);
    CU_ASSERT_EQUAL(1.0 - t20 * t20, 0.0);
    CU_ASSERT_EQUAL(act_tanh_prime_y(t20), 0.0);
    double e = exp(-40.0);
    CHECK_ULPS(act_tanh_prime(20.0), 4 * e / ((1 + e) * (1 + e)), 4);
    CHECK_ULPS(act_tanh_prime(-20.0), 4 * e / ((1 + e) * (1 + e)), 4);
    /* An independent form, 4 / (e^z + e^-z)^2: two exps (1 ulp each),
     * a sum, a square (2 ulps relative) and a division: 8 ulps. */
    double c = exp(20.0) + exp(-20.0);
    CHECK_ULPS(act_tanh_prime(20.0), 4 / (c * c), 8);

    double s40 = act_sigmoid(40.0);
    CU_ASSERT_EQUAL(s40, 1.0);
    CU_ASSERT_EQUAL(act_sigmoid_prime_y(s40), 0.0);
    CHECK_ULPS(act_sigmoid_prime(40.0), e / ((1 + e) * (1 + e)), 4);
    CHECK_ULPS(act_sigmoid_prime(-40.0), e / ((1 + e) * (1 + e)), 4);
    /* Far out the derivative is e^-|z| itself, still not 0. */
    CU_ASSERT(act_sigmoid_prime(700.0) > 0);
    CU_ASSERT(act_tanh_prime(350.0) > 0);
}

/* ------------------------------------------------------------------ */
/* float against double                                               */
/* ------------------------------------------------------------------ */

/* Bounds in float ulps, against the double result rounded to float. The
 * activations: expf or tanhf (within 1 ulp, glibc's documented bound),
 * then at most two roundings (half an ulp each), then the rounding of the
 * double reference (half an ulp): 2.5, so 4. The derivatives: y - y^2
 * from y = s(-|z|) inherits y's relative error at most once (on
 * [0, 1/2] its condition number (1 - 2y)/(1 - y) is at most 1), adds
 * the fma's half ulp and the reference's half: 3.5; tanh' = 4 s'(2z)
 * multiplies a subnormal s''s absolute error by 4, so we keep the
 * claim's 8. A formula that is wrong, or a float constant in a double
 * expression, is off by thousands of ulps. */
#define ULPS_G 4
#define ULPS_PRIME 8
/* The _y forms on the same float input: the float fma rounds y - y^2 or
 * 1 - y^2 once, the double one rounds it and then the conversion to
 * float again; two roundings to nearest of the same number differ by at
 * most 1 ulp. */
#define ULPS_PRIME_Y 1

static void check_float_vs_double(struct tally *t, float z, void *ctx)
{
    (void)ctx;
    const struct {
        const char *name;
        float f;
        double d;
        uint64_t ulps;
    } c[] = {
        { "sigmoid", act_sigmoidf(z), act_sigmoid(z), ULPS_G },
        { "tanh", act_tanhf(z), act_tanh(z), ULPS_G },
        { "relu", act_reluf(z), act_relu(z), 0 },
        { "sigmoid'", act_sigmoid_primef(z), act_sigmoid_prime(z),
          ULPS_PRIME },
        { "tanh'", act_tanh_primef(z), act_tanh_prime(z), ULPS_PRIME },
        { "relu'", act_relu_primef(z), act_relu_prime(z), 0 },
    };
    for (size_t i = 0; i < sizeof c / sizeof c[0]; i++)
        tally(t, tally_float_near(c[i].f, c[i].d, c[i].ulps),
              "%s(%.9g): float %.9g, double %.17g", c[i].name, (double)z,
              (double)c[i].f, c[i].d);

    float ys = act_sigmoidf(z), yt = act_tanhf(z), yr = act_reluf(z);
    tally(t,
          tally_float_near(act_sigmoid_prime_yf(ys), act_sigmoid_prime_y(ys),
                           ULPS_PRIME_Y) &&
              tally_float_near(act_tanh_prime_yf(yt), act_tanh_prime_y(yt),
                               ULPS_PRIME_Y) &&
              tally_float_near(act_relu_prime_yf(yr), act_relu_prime_y(yr),
                               0),
          "a _y form differs at z = %.9g", (double)z);
}

static void test_float_matches_double(void)
{
    struct tally t = { 0 };
    for (size_t i = 0; i < SPECIALF_COUNT; i++)
        check_float_vs_double(&t, SPECIALF[i], NULL);
    tally_float_sweep(&t, 41, SAMPLES, check_float_vs_double, NULL);
    TALLY_CHECK(t, "float within 4 (g) and 8 (g') ulps of double");
}

/* Leaky ReLU with its slope as a parameter: z above 0, slope * z at and
 * below it (both exact products of a float and a double, so equality is
 * the right test), NaN through, infinities kept, the derivative the slope
 * at 0 and 1 above; act_eval's leaky-relu is the same function. */
static void test_leaky_relu_with_slope(void)
{
    const double inf = INFINITY;
    const double slopes[] = { 0.01, 0.2, 0.5 };
    for (size_t i = 0; i < sizeof slopes / sizeof slopes[0]; i++) {
        double a = slopes[i];
        CHECK_SAME(act_leaky_relu(3.0, a), 3.0);
        CHECK_SAME(act_leaky_relu(-3.0, a), -3.0 * a);
        CHECK_SAME(act_leaky_relu(0.0, a), 0.0);
        CHECK_SAME(act_leaky_relu(-0.0, a), -0.0);
        CHECK_SAME(act_leaky_relu(inf, a), inf);
        CHECK_SAME(act_leaky_relu(-inf, a), -inf);
        CHECK(isnan(act_leaky_relu(NAN, a)));
        CHECK_SAME(act_leaky_relu_prime(2.0, a), 1.0);
        CHECK_SAME(act_leaky_relu_prime(0.0, a), a);
        CHECK_SAME(act_leaky_relu_prime(-inf, a), a);
        CHECK(isnan(act_leaky_relu_prime(NAN, a)));
        CHECK_SAME(act_leaky_reluf(-3.0f, (float)a), -3.0f * (float)a);
        CHECK_SAME(act_leaky_reluf(-0.0f, (float)a), -0.0);
        CHECK_SAME(act_leaky_relu_primef(-1.0f, (float)a), (float)a);
        CHECK(isnan(act_leaky_relu_primef(NAN, (float)a)));
    }
    CHECK_SAME(act_eval(ACT_LEAKY_RELU, -2.0),
               act_leaky_relu(-2.0, ACT_LEAKY_SLOPE));
    CHECK_SAME(act_eval_prime(ACT_LEAKY_RELU, -2.0), ACT_LEAKY_SLOPE);
}

static const struct check_test tests[] = {
    { "lib", "leaky ReLU: z above 0, slope * z below, NaN through, "
      "derivative 1 or the slope", test_leaky_relu_with_slope },
    { "lib", "double: every function and act_eval kind survives the "
      "special values; NaN only from NaN; outputs in range",
      test_special_values_double },
    { "lib", "float: every function survives the special values; NaN "
      "only from NaN; outputs in range",
      test_special_values_float },
    { "lib", "exact values: s(+-inf) = 1, 0; s(+-0) = 1/2; s'(0) = 1/4; "
      "tanh(-0) = -0; tanh'(0) = 1; derivatives 0 at +-inf",
      test_exact_special_values },
    { "lib", "sigmoid' and tanh' at subnormals equal their value at 0",
      test_derivative_at_subnormals },
    { "lib", "act_eval and act_eval_prime match the named functions for "
      "every kind; names match kinds",
      test_eval_by_kind },
    { "lib", "double array forms equal the scalar forms bit for bit, "
      "lengths 0 to 17, in place too, nothing written past the end",
      test_array_forms_double },
    { "lib", "float array forms are vecact_best()'s kernels bit for bit "
      "and within 3 ulps of double (ReLU exact), lengths 0 to 600, in "
      "place too, nothing written past the end",
      test_array_forms_float },
    { "lib", "float array forms: NaN, +-inf and +-0 exact at the head, "
      "body and tail of an array, in place too, and alone",
      test_array_forms_float_special_values },
    { "lib", "float array forms within 3 ulps of double (ReLU exact) on "
      "every 65521st float",
      test_array_forms_float_within_bound },
    { "S1", "sigmoid maps into (0, 1) where representable, [0, 1] for "
      "every input, and is monotone",
      test_sigmoid_range_and_monotone },
    { "S1", "sigmoid is symmetric: |s(-z) - (1 - s(z))| <= one ulp of 1",
      test_sigmoid_symmetry },
    { "R1", "ReLU: max(0, z) exactly, +0 for -0, NaN stays NaN; "
      "derivative 1 above 0, 0 below, 0 at 0 by convention",
      test_relu_exact },
    { "lib", "sigmoid' and tanh' from the input agree with the forms "
      "from the output for |z| <= 5",
      test_prime_from_input_and_output },
    { "lib", "the input form stays accurate in the tails where "
      "1 - tanh(z)^2 and s(1 - s) are exactly 0",
      test_prime_input_form_accurate_in_tails },
    { "lib", "float functions within 4 ulps (g) and 8 ulps (g') of the "
      "double ones on [-100, 100], at random floats of every exponent "
      "and at the special values",
      test_float_matches_double },
    CHECK_END
};

CHECK_SUITE(act, tests);
