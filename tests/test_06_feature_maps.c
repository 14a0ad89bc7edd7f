/*
 * test_06_feature_maps.c - claim N7 (chapter 6): polynomial models are
 * linear regression on mapped features, recovered exactly from
 * noiseless data; the map (x1^2, x2^2) makes the article set linearly
 * separable, with an elliptic boundary in the input plane. Also the
 * least-squares solvers of chapters/06-feature-maps/lsq.h.
 */
#include "check.h"

#include "data2d.h"
#include "feature_maps.h"
#include "lsq.h"
#include "mlp.h"
#include "rng.h"

#include <math.h>
#include <stdlib.h>

#define SAMPLES 40
#define XMAX 2.0

/* Recovering p <= 4 coefficients from SAMPLES points on [-2, 2]: the
 * design matrix [1 x x^2 x^3] there has a condition number of 7 to 9
 * (computed for five draws), so QR's error is at most about
 * cond x m x eps = 10 x 40 x 1.1e-16 = 4e-14 (the chapter measures
 * 2e-15). 1e-12 is a bound with room; a wrong column or a wrong
 * reflection gives errors of order 1. The normal equations square the
 * condition number, cond^2 x m x eps = 4e-13: we hold them to 1e-10. */
#define TOL_QR 1e-12
#define TOL_NORMAL 1e-10
/* Random polynomials tried: lines, quadratics and cubics in turn. */
#define TRIALS 51

static void test_polynomial_recovered_exactly(void)
{
    struct rng r;
    rng_seed(&r, 5);
    double x[SAMPLES], y[SAMPLES], a[SAMPLES * 4];
    for (int trial = 0; trial < TRIALS; trial++) {
        int degree = 1 + trial % 3; /* lines, quadratics, cubics */
        double truth[4], qr[4], normal[4];
        for (int j = 0; j <= degree; j++)
            truth[j] = rng_range(&r, -2, 2);
        for (int i = 0; i < SAMPLES; i++) {
            x[i] = rng_range(&r, -XMAX, XMAX);
            y[i] = feature_maps_poly_eval(truth, degree, x[i]);
        }
        feature_maps_poly(x, SAMPLES, degree, a);
        size_t p = (size_t)degree + 1;
        CU_ASSERT_FATAL(lsq_qr(a, SAMPLES, p, y, qr) == 0);
        CU_ASSERT_FATAL(lsq_normal(a, SAMPLES, p, y, normal) == 0);
        for (size_t j = 0; j < p; j++) {
            CU_ASSERT_DOUBLE_EQUAL(qr[j], truth[j], TOL_QR);
            CU_ASSERT_DOUBLE_EQUAL(normal[j], truth[j], TOL_NORMAL);
        }
        /* And the fit passes through every sample, to rounding of y
         * (|y| < 2 + 4 + 8 + 16 = 30, eps |y| < 1e-14). */
        CU_ASSERT(lsq_residuals(a, SAMPLES, p, y, qr, NULL) < 1e-12);
    }
}

/* Pearson correlation of n pairs. */
static double correlation(const double *u, const double *v, size_t n)
{
    double mu = 0, mv = 0, suv = 0, suu = 0, svv = 0;
    for (size_t i = 0; i < n; i++) {
        mu += u[i] / (double)n;
        mv += v[i] / (double)n;
    }
    for (size_t i = 0; i < n; i++) {
        suv += (u[i] - mu) * (v[i] - mv);
        suu += (u[i] - mu) * (u[i] - mu);
        svv += (v[i] - mv) * (v[i] - mv);
    }
    return suv / sqrt(suu * svv);
}

static void test_raw_features_leave_structured_residuals(void)
{
    /* The article's quadratic t0 + t1 x + t2 x^2 fitted with a line:
     * the residual is t2 times what is left of x^2 after its own best
     * line in x is taken out, a parabola in x. Its correlation with x^2
     * is sqrt(1 - R^2), R the correlation of x and x^2, which is near 0
     * for x spread evenly about 0: so near 1. We assert > 0.95, and a
     * residual far above rounding. */
    static const double truth[3] = { 0.5, -1.0, 1.5 };
    struct rng r;
    rng_seed(&r, 2);
    double x[SAMPLES], y[SAMPLES], a[SAMPLES * 2], sq[SAMPLES];
    double res[SAMPLES], theta[2];
    for (int i = 0; i < SAMPLES; i++) {
        x[i] = rng_range(&r, -XMAX, XMAX);
        y[i] = feature_maps_poly_eval(truth, 2, x[i]);
        sq[i] = x[i] * x[i];
    }
    feature_maps_poly(x, SAMPLES, 1, a);
    CU_ASSERT_FATAL(lsq_qr(a, SAMPLES, 2, y, theta) == 0);
    double worst = lsq_residuals(a, SAMPLES, 2, y, theta, res);
    /* t2 x^2 on [-2, 2] spans 6; the best line leaves at least a
     * quarter of that at the ends or the middle. */
    CU_ASSERT(worst > 1.0);
    CU_ASSERT(correlation(res, sq, SAMPLES) > 0.95);
}

static void test_least_squares_small_cases(void)
{
    /* The line through (0, 0), (1, 1), (2, 3) by least squares: the
     * normal equations [3 3; 3 5] t = [4; 7] give t = (-1/6, 3/2). */
    const double a[6] = { 1, 0, 1, 1, 1, 2 }, y[3] = { 0, 1, 3 };
    double t[2], u[2];
    CU_ASSERT_FATAL(lsq_qr(a, 3, 2, y, t) == 0);
    CU_ASSERT_DOUBLE_EQUAL(t[0], -1.0 / 6.0, 1e-15);
    CU_ASSERT_DOUBLE_EQUAL(t[1], 1.5, 1e-15);
    CU_ASSERT_FATAL(lsq_normal(a, 3, 2, y, u) == 0);
    CU_ASSERT_DOUBLE_EQUAL(u[0], -1.0 / 6.0, 1e-15);
    CU_ASSERT_DOUBLE_EQUAL(u[1], 1.5, 1e-15);
    /* The residual (1/6, -1/3, 1/6) is orthogonal to both columns. */
    double r[3];
    lsq_residuals(a, 3, 2, y, t, r);
    CU_ASSERT_DOUBLE_EQUAL(r[0] + r[1] + r[2], 0.0, 1e-15);
    CU_ASSERT_DOUBLE_EQUAL(r[1] + 2 * r[2], 0.0, 1e-15);

    /* Every x equal: the columns 1 and x are dependent; both refuse. */
    const double same[6] = { 1, 2, 1, 2, 1, 2 };
    CU_ASSERT_EQUAL(lsq_qr(same, 3, 2, y, t), -1);
    CU_ASSERT_EQUAL(lsq_normal(same, 3, 2, y, t), -1);
    /* More unknowns than equations. */
    CU_ASSERT_EQUAL(lsq_qr(a, 1, 2, y, t), -1);
}

static void test_squares_make_article_set_separable(void)
{
    /* After u = (x1^2, x2^2) a triangle has u1 + u2 = r^2 <= 1, a circle
     * u1 + u2 >= 2.5^2 = 6.25: the line u1 + u2 = 3.625 separates every
     * sample of every seed, with room 2.6 either side. */
    for (uint64_t seed = 1; seed <= 20; seed++) {
        struct rng r;
        rng_seed(&r, seed);
        struct dataset d;
        CU_ASSERT_FATAL(data_make(DATA_ARTICLE, &d, &r, 500) == 0);
        double *u = malloc(2 * d.n * sizeof *u);
        CU_ASSERT_FATAL(u != NULL);
        feature_maps_squares(d.x, d.n, u);
        for (size_t i = 0; i < d.n; i++) {
            double s = u[2 * i] + u[2 * i + 1];
            if (d.y[i] > 0.5) {
                CU_ASSERT(s <= 1.0 + 1e-12);
            } else {
                CU_ASSERT(s >= 6.25 - 1e-12);
            }
        }
        free(u);
        dataset_free(&d);
    }
}

static void test_linear_classifier_on_squares_finds_an_ellipse(void)
{
    /* The chapter's run: seed 1, 200 points (drawn after the regression
     * samples there; any seed serves), rate 0.05, 2000 epochs. */
    struct rng r;
    rng_seed(&r, 1);
    struct dataset d;
    CU_ASSERT_FATAL(data_make(DATA_ARTICLE, &d, &r, 200) == 0);
    double u[400];
    feature_maps_squares(d.x, d.n, u);
    struct feature_maps_progress p;
    struct mlp *m = feature_maps_train_linear(u, d.y, d.n, 2, 0.05, 2000,
                                              &p);
    CU_ASSERT_FATAL(m != NULL);
    CU_ASSERT(p.first_full > 0);
    const double *out = mlp_forward(m, u, d.n);
    CU_ASSERT_EQUAL(loss_accuracy(LOSS_BCE, out, d.y, d.n), 1.0);
    /* Its boundary in the input plane is closed: an ellipse that lies
     * between the triangles' disk (radius 1) and the ring (from 2.5). */
    double a1, a2;
    const struct dense *l = &m->layers[0];
    CU_ASSERT_FATAL(feature_maps_ellipse(l->w[0], l->w[1], l->b[0], &a1,
                                         &a2) == 1);
    CU_ASSERT(a1 > 1.0 && a1 < 2.5 && a2 > 1.0 && a2 < 2.5);
    mlp_free(m);

    /* Without the map, the same classifier stays near chance. */
    m = feature_maps_train_linear(d.x, d.y, d.n, 2, 0.05, 2000, &p);
    CU_ASSERT_FATAL(m != NULL);
    CU_ASSERT(p.first_full < 0 && p.best < 0.7);
    mlp_free(m);
    dataset_free(&d);
}

static void test_squares_do_not_separate_xor(void)
{
    /* The map is chosen for one data set: xor's four blobs all go to
     * near (1, 1), the classes on top of each other, and a linear
     * classifier stays near chance. Adding the product x1 x2, whose
     * sign is the xor label, separates it. */
    struct rng r;
    rng_seed(&r, 3);
    struct dataset d;
    CU_ASSERT_FATAL(data_xor(&d, &r, 200) == 0);
    double u[600];
    struct feature_maps_progress p;
    feature_maps_squares(d.x, d.n, u);
    mlp_free(feature_maps_train_linear(u, d.y, d.n, 2, 0.05, 2000, &p));
    CU_ASSERT(p.best < 0.75);
    feature_maps_quadratic(d.x, d.n, u);
    mlp_free(feature_maps_train_linear(u, d.y, d.n, 3, 0.05, 2000, &p));
    CU_ASSERT_EQUAL(p.best, 1.0);
    dataset_free(&d);
}

static void test_feature_helpers(void)
{
    const double x[2] = { 2.0, -3.0 };
    double a[8];
    feature_maps_poly(x, 2, 3, a);
    const double want[8] = { 1, 2, 4, 8, 1, -3, 9, -27 };
    for (int i = 0; i < 8; i++)
        CU_ASSERT_EQUAL(a[i], want[i]);
    const double t[4] = { 1, -2, 3, -4 };
    /* 1 - 2x + 3x^2 - 4x^3 at x = 2: 1 - 4 + 12 - 32 = -23. */
    CU_ASSERT_EQUAL(feature_maps_poly_eval(t, 3, 2.0), -23.0);
    double e1, e2;
    /* -x1^2 - 4 x2^2 + 4 = 0: semi-axes 2 and 1. */
    CU_ASSERT_EQUAL(feature_maps_ellipse(-1, -4, 4, &e1, &e2), 1);
    CU_ASSERT_EQUAL(e1, 2.0);
    CU_ASSERT_EQUAL(e2, 1.0);
    /* A hyperbola and an empty set are not closed curves. */
    CU_ASSERT_EQUAL(feature_maps_ellipse(1, -1, 1, &e1, &e2), 0);
    CU_ASSERT_EQUAL(feature_maps_ellipse(1, 1, 1, &e1, &e2), 0);
}

static void test_fit_recovers_cubic_and_hidden_layer_learns_xor(void)
{
    /* Noiseless samples of a cubic: the degree-3 fit recovers it to
     * rounding (1e-12 is thousands of ulps of these O(1) coefficients:
     * QR on 40 well-spread samples loses far less), the line leaves
     * residuals of order 1, and both solvers agree with the truth. */
    static const double truth[4] = { 0.5, -1.0, -0.5, 0.75 };
    double x[40], y[40];
    for (int i = 0; i < 40; i++) {
        x[i] = -2.0 + 4.0 * i / 39;
        y[i] = feature_maps_poly_eval(truth, 3, x[i]);
    }
    struct feature_maps_fit f;
    CU_ASSERT_FATAL(feature_maps_fit(x, y, 40, truth, 3, &f) == 0);
    CU_ASSERT(f.worst_qr < 1e-12);
    CU_ASSERT(f.worst_normal < 1e-9);
    CU_ASSERT(f.worst[3] < 1e-12);
    CU_ASSERT(f.worst[1] > 0.5);
    feature_maps_fit_free(&f);
    /* Two distinct x cannot determine a quadratic. */
    double x2[4] = { 1, 1, 2, 2 }, y2[4] = { 0, 0, 1, 1 };
    CU_ASSERT(feature_maps_fit(x2, y2, 4, truth, 3, &f) != 0);
    CU_ASSERT_EQUAL(f.failed, 2);
    feature_maps_fit_free(&f);

    /* xor: a line does little better than chance (the chapter: 51 %);
     * a hidden layer of four sigmoid units learns its own features and
     * gets it all (the chapter's contrast: 2000 epochs at rate 1). */
    struct rng r;
    struct dataset d;
    rng_seed(&r, 1);
    CU_ASSERT_FATAL(data_xor(&d, &r, 200) == 0);
    CU_ASSERT(feature_maps_linear_accuracy(d.x, d.y, d.n, 2, 0.05, 2000) <
              0.8);
    CU_ASSERT(feature_maps_hidden_accuracy(&d, 4, 1.0, 2000, &r) == 1.0);
    dataset_free(&d);
}

static const struct check_test tests[] = {
    { "N7", "least squares on (1, x, .., x^k) recovers polynomial "
            "coefficients from noiseless data (QR and normal equations)",
      test_polynomial_recovered_exactly },
    { "N7", "a line fitted to the quadratic model leaves residuals that "
            "follow x^2",
      test_raw_features_leave_structured_residuals },
    { "N7", "the least-squares solvers on a hand-solved case; dependent "
            "columns refused",
      test_least_squares_small_cases },
    { "N7", "after (x1^2, x2^2) a line separates the article set "
            "(20 seeds)",
      test_squares_make_article_set_separable },
    { "N7", "a linear classifier on the squares reaches 100 %; its "
            "boundary is an ellipse between the classes",
      test_linear_classifier_on_squares_finds_an_ellipse },
    { "N7", "the squares do not separate xor; adding x1 x2 does",
      test_squares_do_not_separate_xor },
    { "N7", "feature maps, Horner evaluation and the ellipse's axes",
      test_feature_helpers },
    { "N7", "feature_maps_fit recovers a cubic to rounding, fails on "
            "too few distinct x; a hidden layer learns xor, a line not",
      test_fit_recovers_cubic_and_hidden_layer_learns_xor },
    CHECK_END
};

CHECK_SUITE(06_feature_maps, tests);
