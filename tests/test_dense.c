/*
 * test_dense.c - the fully connected layer: its forward pass against a
 * hand computation, its backward pass against central differences for
 * every parameter and every input, and the variances of its
 * initialisation schemes.
 */
#include "check.h"

#include "dense.h"
#include "ref.h"
#include "rng.h"

#include <math.h>
#include <stdlib.h>

#define GRAD_IN 4
#define GRAD_OUT 3
#define GRAD_ROWS 5
#define GRAD_H 1e-6
/* The test loss L = sum_ij c_ij y_ij is linear in each parameter and each
 * input taken alone, so a central difference has no truncation error:
 * only rounding, about eps |L| / h = 1e-16 * 10 / 1e-6 = 1e-9 on these
 * O(1) quantities. 1e-7 leaves two orders of slack; a wrong formula is off
 * by O(1). */
#define GRAD_TOL 1e-7

/* L = sum_ij c_ij y_ij for y = forward(x), so dL/dy = c. */
static double probe_loss(const struct dense *l, const double *x,
                         const double *c)
{
    double y[GRAD_ROWS * GRAD_OUT];
    dense_forward(l, x, y, GRAD_ROWS);
    double s = 0.0;
    for (int i = 0; i < GRAD_ROWS * GRAD_OUT; i++)
        s += c[i] * y[i];
    return s;
}

struct probe {
    const struct dense *l;
    const double *x, *c;
};

static double probe_loss_of(void *ctx)
{
    const struct probe *p = ctx;
    return probe_loss(p->l, p->x, p->c);
}

/* dL/dp by central differences, p being one parameter or input. */
static double central(const struct dense *l, const double *x,
                      const double *c, double *p)
{
    struct probe pr = { l, x, c };
    return ref_central_diff_param(p, GRAD_H, probe_loss_of, &pr);
}

static void test_forward_by_hand(void)
{
    struct dense l;
    CU_ASSERT_FATAL(dense_alloc(&l, 3, 2) == 0);
    /* W = [1 2 3; -1 0 0.5], b = [0.5, -2]; small integers and halves,
     * so every product and sum is exact and the test can ask for ==. */
    const double w[6] = { 1, 2, 3, -1, 0, 0.5 }, b[2] = { 0.5, -2 };
    for (int i = 0; i < 6; i++)
        l.w[i] = w[i];
    l.b[0] = b[0];
    l.b[1] = b[1];
    const double x[6] = { 1, 1, 1, 2, -1, 4 };
    double y[4];
    dense_forward(&l, x, y, 2);
    CU_ASSERT_EQUAL(y[0], 1 + 2 + 3 + 0.5);
    CU_ASSERT_EQUAL(y[1], -1 + 0 + 0.5 - 2);
    CU_ASSERT_EQUAL(y[2], 2 - 2 + 12 + 0.5);
    CU_ASSERT_EQUAL(y[3], -2 + 0 + 2 - 2);
    dense_free(&l);
    CU_ASSERT_PTR_NULL(l.w);
}

static void test_backward_matches_central_differences(void)
{
    struct dense l;
    struct rng r;
    rng_seed(&r, 2024);
    CU_ASSERT_FATAL(dense_alloc(&l, GRAD_IN, GRAD_OUT) == 0);
    dense_init(&l, INIT_NORMAL, &r);
    for (int j = 0; j < GRAD_OUT; j++)
        l.b[j] = rng_normal(&r); /* nonzero, so a lost bias would show */
    double x[GRAD_ROWS * GRAD_IN], c[GRAD_ROWS * GRAD_OUT];
    double dx[GRAD_ROWS * GRAD_IN];
    for (int i = 0; i < GRAD_ROWS * GRAD_IN; i++)
        x[i] = rng_normal(&r);
    for (int i = 0; i < GRAD_ROWS * GRAD_OUT; i++)
        c[i] = rng_normal(&r);

    dense_zero_grad(&l);
    dense_backward(&l, x, c, dx, GRAD_ROWS);
    for (int i = 0; i < GRAD_OUT * GRAD_IN; i++)
        CU_ASSERT_DOUBLE_EQUAL(l.dw[i], central(&l, x, c, &l.w[i]),
                               GRAD_TOL);
    for (int j = 0; j < GRAD_OUT; j++)
        CU_ASSERT_DOUBLE_EQUAL(l.db[j], central(&l, x, c, &l.b[j]),
                               GRAD_TOL);
    for (int i = 0; i < GRAD_ROWS * GRAD_IN; i++)
        CU_ASSERT_DOUBLE_EQUAL(dx[i], central(&l, x, c, &x[i]), GRAD_TOL);
    dense_free(&l);
}

static void test_backward_accumulates_weight_gradients(void)
{
    struct dense l;
    struct rng r;
    rng_seed(&r, 5);
    CU_ASSERT_FATAL(dense_alloc(&l, GRAD_IN, GRAD_OUT) == 0);
    dense_init(&l, INIT_NORMAL, &r);
    double x[GRAD_ROWS * GRAD_IN], dy[GRAD_ROWS * GRAD_OUT];
    double dx1[GRAD_ROWS * GRAD_IN], dx2[GRAD_ROWS * GRAD_IN];
    for (int i = 0; i < GRAD_ROWS * GRAD_IN; i++)
        x[i] = rng_normal(&r);
    for (int i = 0; i < GRAD_ROWS * GRAD_OUT; i++)
        dy[i] = rng_normal(&r);

    dense_backward(&l, x, dy, dx1, GRAD_ROWS);
    double dw1[GRAD_OUT * GRAD_IN], db1[GRAD_OUT];
    for (int i = 0; i < GRAD_OUT * GRAD_IN; i++)
        dw1[i] = l.dw[i];
    for (int j = 0; j < GRAD_OUT; j++)
        db1[j] = l.db[j];
    /* A second pass doubles dw and db but writes, not adds, dx. The
     * second sum adds the same five O(1) terms to dw1 in a different
     * grouping, so it may differ from 2 dw1 by a few rounding errors,
     * about 1e-15; 1e-12 is far below any real mistake. dx is computed
     * the same way twice, so it must be identical. */
    dense_backward(&l, x, dy, dx2, GRAD_ROWS);
    for (int i = 0; i < GRAD_OUT * GRAD_IN; i++)
        CU_ASSERT_DOUBLE_EQUAL(l.dw[i], 2.0 * dw1[i], 1e-12);
    for (int j = 0; j < GRAD_OUT; j++)
        CU_ASSERT_DOUBLE_EQUAL(l.db[j], 2.0 * db1[j], 1e-12);
    for (int i = 0; i < GRAD_ROWS * GRAD_IN; i++)
        CHECK_SAME(dx2[i], dx1[i]);
    /* dx is optional. */
    dense_backward(&l, x, dy, NULL, GRAD_ROWS);
    for (int j = 0; j < GRAD_OUT; j++)
        CU_ASSERT_DOUBLE_EQUAL(l.db[j], 3.0 * db1[j], 1e-12);

    dense_zero_grad(&l);
    for (int i = 0; i < GRAD_OUT * GRAD_IN; i++)
        CU_ASSERT_EQUAL(l.dw[i], 0.0);
    for (int j = 0; j < GRAD_OUT; j++)
        CU_ASSERT_EQUAL(l.db[j], 0.0);
    dense_free(&l);
}

static void test_step_descends(void)
{
    struct dense l;
    CU_ASSERT_FATAL(dense_alloc(&l, 2, 1) == 0);
    l.w[0] = 1.0;
    l.w[1] = -1.0;
    l.b[0] = 0.5;
    l.dw[0] = 2.0;
    l.dw[1] = 4.0;
    l.db[0] = -1.0;
    dense_step(&l, 0.25); /* powers of two: every result is exact */
    CU_ASSERT_EQUAL(l.w[0], 0.5);
    CU_ASSERT_EQUAL(l.w[1], -2.0);
    CU_ASSERT_EQUAL(l.b[0], 0.75);
    dense_free(&l);
}

static void test_alloc_rejects_empty_layer(void)
{
    struct dense l;
    CU_ASSERT_EQUAL(dense_alloc(&l, 0, 3), -1);
    CU_ASSERT_PTR_NULL(l.w);
    CU_ASSERT_EQUAL(dense_alloc(&l, 3, 0), -1);
    dense_free(&l); /* freeing an empty layer is harmless */
}

/* Sample mean and variance of the weights of an in x out layer drawn by
 * `kind`, and whether every bias is 0. */
static void init_moments(size_t in, size_t out, enum init_kind kind,
                         double *mean, double *var, int *zero_bias)
{
    struct dense l;
    struct rng r;
    rng_seed(&r, 11);
    CU_ASSERT_FATAL(dense_alloc(&l, in, out) == 0);
    for (size_t j = 0; j < out; j++)
        l.b[j] = 1.0; /* so that init must clear them */
    dense_init(&l, kind, &r);
    size_t cnt = in * out;
    double s = 0.0, s2 = 0.0;
    for (size_t i = 0; i < cnt; i++) {
        s += l.w[i];
        s2 += l.w[i] * l.w[i];
    }
    *mean = s / (double)cnt;
    *var = s2 / (double)cnt - *mean * *mean;
    *zero_bias = 1;
    for (size_t j = 0; j < out; j++)
        *zero_bias &= l.b[j] == 0.0;
    dense_free(&l);
}

static void test_init_variances_match_schemes(void)
{
    /* A square 500 x 500 layer, and a 200 -> 800 one where the fan-in
     * and fan-out differ, so Xavier's average of the two and He's fan-in
     * cannot be confused. */
    static const size_t shapes[2][2] = { { 500, 500 }, { 200, 800 } };
    for (int s = 0; s < 2; s++) {
        size_t in = shapes[s][0], out = shapes[s][1];
        double cnt = (double)(in * out);
        double expect[INIT_KIND_COUNT];
        expect[INIT_NORMAL] = 1.0;
        expect[INIT_XAVIER] = 2.0 / (double)(in + out);
        expect[INIT_HE] = 2.0 / (double)in;
        expect[INIT_ZERO] = 0.0;
        for (int k = 0; k < INIT_KIND_COUNT; k++) {
            double mean, var;
            int zero_bias;
            init_moments(in, out, (enum init_kind)k, &mean, &var,
                         &zero_bias);
            CU_ASSERT(zero_bias);
            if (k == INIT_ZERO) {
                CU_ASSERT_EQUAL(mean, 0.0);
                CU_ASSERT_EQUAL(var, 0.0);
                continue;
            }
            /* For N normal draws of variance v the sample variance has
             * standard deviation v sqrt(2/N) (2.8e-3 v for N = 250000)
             * and the mean sqrt(v/N); we allow 5 of each. The nearest
             * wrong scheme is off by a factor of 2 or more. */
            CHECK_REL(var, expect[k], 5.0 * sqrt(2.0 / cnt));
            CU_ASSERT_DOUBLE_EQUAL(mean, 0.0, 5.0 * sqrt(expect[k] / cnt));
        }
    }
}

static void test_init_scaled_has_given_std(void)
{
    struct dense l;
    struct rng r;
    rng_seed(&r, 12);
    CU_ASSERT_FATAL(dense_alloc(&l, 500, 500) == 0);
    const double std = 0.3;
    dense_init_scaled(&l, std, &r);
    double s2 = 0.0;
    for (size_t i = 0; i < 500 * 500; i++)
        s2 += l.w[i] * l.w[i];
    /* As above: 5 standard deviations of a sample variance, N = 250000. */
    CHECK_REL(s2 / (500.0 * 500.0), std * std, 5.0 * sqrt(2.0 / 250000.0));
    dense_free(&l);
}

static void test_init_names(void)
{
    CU_ASSERT_STRING_EQUAL(init_names[INIT_NORMAL], "normal");
    CU_ASSERT_STRING_EQUAL(init_names[INIT_XAVIER], "xavier");
    CU_ASSERT_STRING_EQUAL(init_names[INIT_HE], "he");
    CU_ASSERT_STRING_EQUAL(init_names[INIT_ZERO], "zero");
    CU_ASSERT_PTR_NULL(init_names[INIT_KIND_COUNT]);
}

static const struct check_test tests[] = {
    { "lib", "dense forward computes x W^T + b (hand-computed 3 -> 2)",
      test_forward_by_hand },
    { "lib", "dense backward equals central differences for every weight, "
             "bias and input",
      test_backward_matches_central_differences },
    { "lib", "dense backward adds into dw and db, overwrites dx; zero_grad "
             "clears",
      test_backward_accumulates_weight_gradients },
    { "lib", "dense step moves w and b by -lr times their gradients",
      test_step_descends },
    { "lib", "a layer with no inputs or no outputs is refused",
      test_alloc_rejects_empty_layer },
    { "lib", "weight variances match N(0,1), Xavier 2/(in+out), "
             "He 2/in; biases start at 0",
      test_init_variances_match_schemes },
    { "lib", "dense_init_scaled draws weights of the given std",
      test_init_scaled_has_given_std },
    { "lib", "init_names lists the schemes in enum order",
      test_init_names },
    CHECK_END
};

CHECK_SUITE(dense, tests);
