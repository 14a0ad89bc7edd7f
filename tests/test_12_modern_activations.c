/*
 * test_12_modern_activations.c - the claims of chapter 12 (M1-M6) about
 * the activations after ReLU.
 *
 * M1: what each changes against ReLU: a gradient for z < 0, the mean
 * under a standard normal input (against closed forms), smoothness at 0,
 * the minimum where g' = 0. M2: each derivative identity against central
 * differences of the long double reference, and the library against the
 * identity. M3: the largest errors of GELU's approximations, and where.
 * M4: SELU with LeCun's weights keeps mean 0 and variance 1 through 32
 * layers, from a normalised input and from one that is not; ReLU and the
 * mismatched initialisations do not. M5: every array form the benchmark
 * times returns the scalar function's bits, and --no-timing measures
 * nothing. M6: chapter 13's backpropagation is right with every new
 * activation, and each trains as ReLU does on a task a linear model
 * cannot learn. No timing is asserted: machines are noisy.
 */
#include "check.h"

#include "act.h"
#include "act_modern.h"
#include "fmnet.h"
#include "fmtrain.h"
#include "mat.h"
#include "mbench.h"
#include "modern.h"
#include "mtrain.h"
#include "ref.h"
#include "rng.h"
#include "selfnorm.h"
#include "xorimg.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* M1: what each function changes                                      */
/* ------------------------------------------------------------------ */

static void test_every_function_but_relu_has_a_gradient_below_zero(void)
{
    for (int k = 0; k < MODERN_COUNT; k++) {
        const struct modern_fn *f = &modern_fns[k];
        struct modern_props p;
        modern_props(f, 4, &p);
        if (k == 0) {
            CU_ASSERT(p.grad_neg == 0); /* ReLU: exactly 0 */
        } else if (!CHECK(fabs(p.grad_neg) >= 0.005)) {
            fprintf(stderr, "\n  %s: g'(-3) = %g\n", f->name, p.grad_neg);
        }
    }
}

static void test_normal_means_match_closed_forms(void)
{
    /* Closed forms for Z ~ N(0, 1): E relu(Z) = 1/sqrt(2 pi), Var relu(Z)
     * = 1/2 - 1/(2 pi); E GELU(Z) = E Z Phi(Z) = E phi(Z) = 1/(2 sqrt(pi));
     * SELU's constants make mean 0, variance 1 its fixed point. The
     * quadrature's error is below 1e-12 (modern.c); 1e-9 leaves room for
     * the constants' double rounding without hiding a wrong one. */
    struct modern_props p;
    modern_props(modern_find("relu"), 4, &p);
    CU_ASSERT_DOUBLE_EQUAL(p.mean, 1 / sqrt(2 * REF_PI), 1e-9);
    CU_ASSERT_DOUBLE_EQUAL(p.var, 0.5 - 1 / (2 * REF_PI), 1e-9);
    modern_props(modern_find("gelu"), 4, &p);
    CU_ASSERT_DOUBLE_EQUAL(p.mean, 1 / (2 * sqrt(REF_PI)), 1e-9);
    modern_props(modern_find("selu"), 4, &p);
    CU_ASSERT_DOUBLE_EQUAL(p.mean, 0, 1e-9);
    CU_ASSERT_DOUBLE_EQUAL(p.var, 1, 1e-9);
    /* Clevert et al.: ELU's mean is closer to zero than ReLU's. */
    struct modern_props e, r;
    modern_props(modern_find("elu"), 4, &e);
    modern_props(modern_find("relu"), 4, &r);
    CU_ASSERT(fabs(e.mean) < 0.5 * r.mean);
}

static void test_smooth_functions_have_no_jump_in_g_prime_at_zero(void)
{
    /* ReLU jumps by 1, leaky ReLU by 1 - 0.01, SELU by lambda (1 -
     * alpha); ELU (alpha = 1) and the smooth ones not at all. 1e-12: g'
     * at +-2^-1022 is its limit to within a rounding. */
    for (int k = 0; k < MODERN_COUNT; k++) {
        const struct modern_fn *f = &modern_fns[k];
        struct modern_props p;
        modern_props(f, 4, &p);
        double want = strcmp(f->name, "relu") == 0    ? 1
                      : strcmp(f->name, "leaky") == 0 ? 1 - ACT_LEAKY_SLOPE
                      : strcmp(f->name, "selu") == 0
                          ? ACT_SELU_LAMBDA * (1 - ACT_SELU_ALPHA)
                          : 0;
        if (!CHECK(fabs(p.jump - want) < 1e-12)) {
            fprintf(stderr, "\n  %s: jump %g, want %g\n", f->name, p.jump,
                    want);
        }
        CU_ASSERT(f->kink == (want != 0));
    }
}

static void test_minimum_of_non_monotone_functions_is_where_g_prime_is_0(void)
{
    /* GELU, SiLU and Mish dip below 0 and come back: the grid's minimum
     * (step 1e-4) is within 1e-4 of the zero of g', where |g''| < 1 makes
     * |g'| < 1e-4. */
    const char *names[] = { "gelu", "silu", "mish" };
    for (int i = 0; i < 3; i++) {
        const struct modern_fn *f = modern_find(names[i]);
        struct modern_props p;
        modern_props(f, 4, &p);
        CU_ASSERT(p.min < -0.1 && p.argmin > -2 && p.argmin < -0.5);
        CU_ASSERT(fabs(f->prime(p.argmin)) < 1e-4);
    }
}

/* ------------------------------------------------------------------ */
/* M2: the derivative identities                                       */
/* ------------------------------------------------------------------ */

static void test_derivative_identities_hold(void)
{
    /* The central difference of the long double function checks the
     * identity itself: its error is about 1e-13 (modern.c), 1e-10 leaves
     * three orders while a wrong identity is off by 1e-3 or more. The
     * library's double g' against the identity: a few roundings of
     * numbers below 2, about 1e-15; 1e-14 gives slack for the
     * cancellation in 1 + z (1 - s) near SiLU's minimum. */
    for (int k = 0; k < MODERN_ALL; k++) {
        const struct modern_fn *f = &modern_fns[k];
        struct modern_deriv_err e;
        modern_deriv_check(f, 6, 20000, &e);
        if (!CHECK(e.central < 1e-10 && e.library < 1e-14)) {
            fprintf(stderr, "\n  %s: central %g, library %g at %g\n",
                    f->name, e.central, e.library, e.worst_z);
        }
    }
}

static long double wrong_softplus_prime(long double z)
{
    long double s = 1 / (1 + expl(-z));
    return s * (1 - s); /* the sigmoid's derivative, not softplus' */
}

static void test_derivative_check_catches_a_wrong_identity(void)
{
    struct modern_fn f = *modern_find("softplus");
    f.ref_prime = wrong_softplus_prime;
    struct modern_deriv_err e;
    modern_deriv_check(&f, 6, 2000, &e);
    CU_ASSERT(e.central > 0.1 && e.library > 0.1);
}

/* ------------------------------------------------------------------ */
/* M3: GELU's approximations                                           */
/* ------------------------------------------------------------------ */

static void test_gelu_approximation_errors(void)
{
    /* The numbers the chapter states: the tanh form within 5e-4,
     * largest near |z| = 2.7; z s(1.702 z) within 0.021, largest near
     * |z| = 2.27. The bounds are the claim, the ranges show where. */
    struct modern_approx_err a, b;
    modern_approx_check(act_gelu_tanh, act_gelu, 6, 120000, &a);
    modern_approx_check(act_gelu_sigmoid, act_gelu, 6, 120000, &b);
    CU_ASSERT(a.max_abs < 5e-4 && a.max_abs > 4e-4);
    CU_ASSERT(fabs(fabs(a.at) - 2.7) < 0.05);
    CU_ASSERT(b.max_abs < 0.021 && b.max_abs > 0.019);
    CU_ASSERT(fabs(fabs(b.at) - 2.27) < 0.05);
    /* Both errors are even in z (GELU(z) - GELU(-z) = z, and so for
     * each form): equal at +-z to a few roundings of numbers near z. */
    for (double z = 0.1; z < 6; z += 0.37) {
        CU_ASSERT(fabs((act_gelu_tanh(z) - act_gelu(z)) -
                       (act_gelu_tanh(-z) - act_gelu(-z))) < 1e-14);
        CU_ASSERT(fabs((act_gelu_sigmoid(z) - act_gelu(z)) -
                       (act_gelu_sigmoid(-z) - act_gelu(-z))) < 1e-14);
    }
}

/* ------------------------------------------------------------------ */
/* M4: self-normalisation                                              */
/* ------------------------------------------------------------------ */

static void test_selu_with_lecun_keeps_mean_0_and_variance_1(void)
{
    /* 32 layers of 256, batch 256, three seeds. The statistics of one
     * random network scatter by a few percent per layer (1/sqrt(256)),
     * so the bounds are 0.1 for the mean and 0.2 for the variance: far
     * from ReLU with He (mean 0.5, variance 0.7) and from the
     * configurations that drift by orders of magnitude. */
    mat_set_threads(1);
    struct selfnorm_cfg c = { 256, 32, 256, 0, 1 };
    double m[33], v[33];
    for (uint64_t s = 1; s <= 3; s++) {
        c.in_mean = 0;
        c.in_var = 1;
        selfnorm_run(act_seluf, 1, &c, s, m, v);
        CU_ASSERT(fabs(m[32]) < 0.1 && fabs(v[32] - 1) < 0.2);
        c.in_mean = 1; /* from a mean of 1 and a variance of 4 */
        c.in_var = 4;
        selfnorm_run(act_seluf, 1, &c, s, m, v);
        CU_ASSERT(fabs(m[32]) < 0.1 && fabs(v[32] - 1) < 0.2);
        c.in_mean = 0;
        c.in_var = 1;
        selfnorm_run(act_seluf, 2, &c, s, m, v); /* SELU with He grows */
        CU_ASSERT(v[32] > 10);
        selfnorm_run(act_reluf, 2, &c, s, m, v); /* ReLU, He: not 0, 1 */
        CU_ASSERT(m[32] > 0.3 && v[32] < 0.9);
        selfnorm_run(act_reluf, 1, &c, s, m, v); /* ReLU, LeCun: halves */
        CU_ASSERT(v[32] < 1e-6);
    }
}

static void test_moments_of_a_known_vector(void)
{
    const float x[] = { 1, 2, 3, 4 };
    double m, v;
    selfnorm_moments(x, 4, &m, &v);
    CU_ASSERT(m == 2.5 && v == 1.25);
}

/* ------------------------------------------------------------------ */
/* M5: what the benchmark times                                        */
/* ------------------------------------------------------------------ */

static void test_array_forms_return_the_scalar_bits(void)
{
    enum { N = 4096 };
    static float z[N], y[N];
    struct rng r;
    rng_seed(&r, 5);
    for (int i = 0; i < N; i++) { /* every exponent of both signs */
        z[i] = (float)(rng_normal(&r) * pow(10, rng_range(&r, -8, 3)));
    }
    z[0] = 0.0f;
    z[1] = -0.0f;
    z[2] = INFINITY;
    z[3] = -INFINITY;
    for (int k = 0; k < MODERN_ALL; k++) {
        const struct modern_fn *f = &modern_fns[k];
        f->array(z, y, N);
        for (int i = 0; i < N; i++) {
            float want = f->gf(z[i]);
            if (!CHECK(memcmp(&y[i], &want, sizeof want) == 0)) {
                fprintf(stderr, "\n  %s(%g): %g vs %g\n", f->name, z[i],
                        y[i], want);
                break;
            }
        }
    }
    mbench_copy(z, y, N);
    CU_ASSERT(memcmp(z, y, sizeof z) == 0);
}

static void test_bench_without_timing_writes_dashes(void)
{
    char dir[256], path[300], line[256];
    CU_ASSERT_FATAL(check_tmpdir(dir, sizeof dir) == 0);
    const char *const argv[] = { "12-modern-activations-bench",
                                 "--no-timing", "--out", dir, NULL };
    CU_ASSERT(check_run(argv, NULL) == 0);
    snprintf(path, sizeof path, "%s/bench.tsv", dir);
    FILE *f = fopen(path, "r");
    CU_ASSERT_FATAL(f != NULL);
    int rows = 0, dashes = 1;
    while (fgets(line, sizeof line, f) != NULL) {
        rows++;
        dashes &= rows == 1 || strstr(line, "\t--\t--\t--\t--\t--") != NULL;
    }
    fclose(f);
    CU_ASSERT(rows == 1 + 1 + MODERN_ALL && dashes);
    check_rmtree(dir);
}

/* ------------------------------------------------------------------ */
/* M6: training with the new activations                               */
/* ------------------------------------------------------------------ */

static const enum act_kind NEW_ACTS[] = {
    ACT_ELU, ACT_SELU, ACT_GELU, ACT_GELU_TANH, ACT_GELU_SIGMOID, ACT_SILU,
    ACT_SOFTPLUS, ACT_MISH,
};
#define NEW_COUNT (sizeof NEW_ACTS / sizeof NEW_ACTS[0])

static void test_backprop_with_new_activations_equals_differences(void)
{
    /* As chapter 13's test: a 64-6-5-10 network on 20 images, every 5th
     * weight (xorimg.h). ELU and SELU have a kink at 0 only in g''
     * (ELU) or g' (SELU); seed 13 puts no pre-activation within h of
     * it. */
    for (size_t a = 0; a < NEW_COUNT; a++) {
        xorimg_check_backprop(NEW_ACTS[a], 5, 0);
    }
}

static void test_every_new_activation_learns_xor_images_like_relu(void)
{
    /* One hidden layer of 16 on 500 XOR images, 20 epochs: ReLU reaches
     * 100 % on the test set; a linear model reaches at most 75 %. Every
     * activation must pass 95 %, with the chapter's initialisation. */
    struct fmdata tr, te;
    xorimg_make(&tr, 500, 4);
    xorimg_make(&te, 500, 5);
    struct mtrain_cfg c = { .hidden = 1, .width = 16, .epochs = 20,
                            .seeds = 2, .batch = 16, .lr = 0.1,
                            .target = 95 };
    struct mtrain_result r;
    for (size_t a = 0; a < NEW_COUNT; a++) {
        mtrain_run(NEW_ACTS[a], &c, &tr, &te, &r);
        if (!CHECK(r.lo >= 95 && r.reached == 2)) {
            fprintf(stderr, "\n  %s: %g %%\n", act_name(NEW_ACTS[a]), r.lo);
        }
    }
    CU_ASSERT(mtrain_init(ACT_SELU) == FMNET_INIT_LECUN);
    CU_ASSERT(mtrain_init(ACT_GELU) == FMNET_INIT_HE);
    fmdata_free(&tr);
    fmdata_free(&te);
}

/* ------------------------------------------------------------------ */
/* The programs: bad values                                            */
/* ------------------------------------------------------------------ */

static void test_programs_refuse_bad_values(void)
{
    char dir[256];
    CU_ASSERT_FATAL(check_tmpdir(dir, sizeof dir) == 0);
    const char *const bad[][6] = {
        { "12-modern-activations", "--depth", "0", "--out", dir, NULL },
        { "12-modern-activations", "--zmax", "x", "--out", dir, NULL },
        { "12-modern-activations-bench", "--repeats", "0", "--out", dir,
          NULL },
        { "12-modern-activations-train", "--acts", "step", "--out", dir,
          NULL },
        { "12-modern-activations-train", "--acts", "relu,foo", "--out", dir,
          NULL },
        { "12-modern-activations-train", "--acts", "relu,relu", "--out", dir,
          NULL },
        { "12-modern-activations-train", "--acts", ",", "--out", dir, NULL },
        { "12-modern-activations-train", "--epochs", "0", "--out", dir,
          NULL },
        { "12-modern-activations-train", "--data", "/nonexistent", "--out",
          dir, NULL },
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        check_refuses(bad[i], dir);
    }
    check_rmtree(dir);
}

static const struct check_test tests[] = {
    { "M1", "every function but ReLU has g'(-3) != 0; ReLU's is exactly 0",
      test_every_function_but_relu_has_a_gradient_below_zero },
    { "M1", "means and variances under N(0,1) equal the closed forms; "
            "SELU's are 0 and 1; ELU's mean is below half ReLU's",
      test_normal_means_match_closed_forms },
    { "M1", "g' jumps at 0 by 1 (ReLU), 0.99 (leaky), lambda (1 - alpha) "
            "(SELU), else not at all",
      test_smooth_functions_have_no_jump_in_g_prime_at_zero },
    { "M1", "GELU, SiLU and Mish have their minimum where g' = 0",
      test_minimum_of_non_monotone_functions_is_where_g_prime_is_0 },
    { "M2", "every identity matches central differences within 1e-10 "
            "and the library within 1e-14 on [-6, 6]",
      test_derivative_identities_hold },
    { "M2", "the check fails for a wrong identity",
      test_derivative_check_catches_a_wrong_identity },
    { "M3", "GELU's tanh form is within 5e-4 (worst near |z| = 2.7), "
            "z s(1.702 z) within 0.021 (near 2.27); both errors even",
      test_gelu_approximation_errors },
    { "M4", "32 layers of SELU with LeCun: mean within 0.1 of 0, variance "
            "within 0.2 of 1, also from N(1, 4); not so for the others",
      test_selu_with_lecun_keeps_mean_0_and_variance_1 },
    { "M4", "the moments of 1, 2, 3, 4 are 2.5 and 1.25",
      test_moments_of_a_known_vector },
    { "M5", "every timed array form returns its scalar function's bits",
      test_array_forms_return_the_scalar_bits },
    { "M5", "the benchmark with --no-timing measures nothing and writes "
            "dashes", test_bench_without_timing_writes_dashes },
    { "M6", "chapter 13's backpropagation with every new activation "
            "equals central differences",
      test_backprop_with_new_activations_equals_differences },
    { "M6", "every new activation learns XOR images to 95 %, as ReLU does",
      test_every_new_activation_learns_xor_images_like_relu },
    { "M6", "the programs refuse bad values with exit 2, writing nothing",
      test_programs_refuse_bad_values },
    CHECK_END
};

CHECK_SUITE(12_modern_activations, tests);
