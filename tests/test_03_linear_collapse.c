/*
 * test_03_linear_collapse.c - claims N3, N4 and N8 of chapter 3: affine
 * layers collapse into one; a deep linear network is no better than one layer
 * and its boundary is a line; through linear layers values grow
 * geometrically, through sigmoid and tanh they stay bounded.
 */
#include "check.h"

#include "act.h"
#include "collapse.h"
#include "data2d.h"
#include "dense.h"
#include "mlp.h"
#include "rng.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>

/* ------------------------------------------------------------------ N3 */

static void test_fold_of_hand_wired_network(void)
{
    /* W1 = [1 2; 3 4; 5 6], b1 = (1, -1, 2), W2 = [1 -1 2], b2 = 3: by
     * hand W2 W1 = (1 - 3 + 10, 2 - 4 + 12) = (8, 10) and W2 b1 + b2 =
     * 1 + 1 + 4 + 3 = 9. Small integers, so every step is exact. */
    static const size_t sizes[] = { 2, 3, 1 };
    static const double w1[] = { 1, 2, 3, 4, 5, 6 }, b1[] = { 1, -1, 2 };
    static const double w2[] = { 1, -1, 2 };
    struct mlp *m = mlp_alloc(sizes, 3, ACT_IDENTITY, 4);
    CU_ASSERT_FATAL(m != NULL);
    for (int i = 0; i < 6; i++)
        m->layers[0].w[i] = w1[i];
    for (int j = 0; j < 3; j++) {
        m->layers[0].b[j] = b1[j];
        m->layers[1].w[j] = w2[j];
    }
    m->layers[1].b[0] = 3;
    struct dense one;
    CU_ASSERT_FATAL(collapse_fold(m, &one) == 0);
    CU_ASSERT_EQUAL(one.in, 2);
    CU_ASSERT_EQUAL(one.out, 1);
    CU_ASSERT_EQUAL(one.w[0], 8);
    CU_ASSERT_EQUAL(one.w[1], 10);
    CU_ASSERT_EQUAL(one.b[0], 9);
    /* The article's expansion has no b2: its constant is 6. */
    double coef[3];
    collapse_article(m, coef);
    CU_ASSERT_EQUAL(coef[0], 8);
    CU_ASSERT_EQUAL(coef[1], 10);
    CU_ASSERT_EQUAL(coef[2], 6);
    dense_free(&one);
    /* Folding is for linear networks only. */
    m->act = ACT_TANH;
    CU_ASSERT_EQUAL(collapse_fold(m, &one), -1);
    mlp_free(m);
}

static void test_article_expansion_equals_matrix_product(void)
{
    /* For 1000 random 2-3-1 networks, the article's term-by-term
     * expansion (plus b2, which it leaves out) equals the matrix
     * product. Both add the same products; the fold starts its sums at
     * the bias, so the constant's four terms are added in another order.
     * A sum of k terms errs by at most gamma_k < (k + 1) u times the sum
     * of their absolute values (Higham, Sec. 3.1): two sums of four
     * terms differ by at most 10 u = 5 eps times that sum. The probe,
     * f(e_i) - f(0), is two whole evaluations and a subtraction: each
     * evaluation is within collapse_bound_eps() u of the exact one in
     * units of the absolute-value network's output (collapse.h), so the
     * probe is within collapse_bound_eps() eps of it, times the larger
     * of the two scales. */
    static const size_t sizes[] = { 2, 3, 1 };
    static const double at[3][2] = { { 1, 0 }, { 0, 1 }, { 0, 0 } };
    struct rng r;
    rng_seed(&r, 21);
    struct mlp *m = mlp_alloc(sizes, 3, ACT_IDENTITY, 3);
    CU_ASSERT_FATAL(m != NULL);
    for (int trial = 0; trial < 1000; trial++) {
        for (size_t l = 0; l < 2; l++) {
            for (size_t i = 0; i < m->layers[l].in * m->layers[l].out; i++)
                m->layers[l].w[i] = rng_normal(&r);
            for (size_t j = 0; j < m->layers[l].out; j++)
                m->layers[l].b[j] = rng_normal(&r);
        }
        double expansion[3], probe[3], scale[3];
        struct dense one;
        collapse_article(m, expansion);
        expansion[2] += m->layers[1].b[0];
        collapse_probe(m, probe);
        CU_ASSERT_FATAL(collapse_fold(m, &one) == 0);
        collapse_abs_scale(m, &at[0][0], scale, 3);
        const double *w1 = m->layers[0].w, *b1 = m->layers[0].b;
        const double *w2 = m->layers[1].w;
        double terms[3] = { 0, 0, fabs(m->layers[1].b[0]) };
        for (int j = 0; j < 3; j++) {
            terms[0] += fabs(w2[j] * w1[2 * j]);
            terms[1] += fabs(w2[j] * w1[2 * j + 1]);
            terms[2] += fabs(w2[j] * b1[j]);
        }
        const double folded[3] = { one.w[0], one.w[1], one.b[0] };
        for (int k = 0; k < 3; k++)
            CU_ASSERT(fabs(expansion[k] - folded[k]) <=
                      5 * DBL_EPSILON * terms[k]);
        double bound = collapse_bound_eps(m) * DBL_EPSILON;
        for (int k = 0; k < 2; k++)
            CU_ASSERT(fabs(probe[k] - one.w[k]) <=
                      bound * fmax(scale[k], scale[2]));
        CU_ASSERT(fabs(probe[2] - one.b[0]) <= bound * scale[2]);
        dense_free(&one);
    }
    mlp_free(m);
}

#define SWEEP_WIDTH 8   /* 03-linear-collapse's defaults */
#define SWEEP_DEPTH 24
#define SWEEP_TRIALS 20
#define SWEEP_ROWS 64

static void test_deep_stack_equals_collapse(void)
{
    /* Random linear networks of depth 1..24 and width 8: the stack and
     * its collapse differ by rounding only.
     *  - depth 1 is its own collapse: identical bits;
     *  - at every depth, within the rigorous first-order bound of both
     *    computations (collapse_bound_eps() eps times the absolute-value
     *    network's output; see collapse.h): a wrong fold is off by O(1)
     *    and fails it by orders of magnitude;
     *  - the claim's scale: within 8 eps per layer of the largest output.
     *    Each layer adds the rounding of sums of 9 terms, a few eps of
     *    the values it sums; the chapter draws these same 480 networks
     *    (its seed 1 + 2) and measures about 5 per layer at worst; 8 is
     *    the "few ulps" we claim. */
    struct rng r;
    rng_seed(&r, 3);
    double x[2 * SWEEP_ROWS];
    for (size_t depth = 1; depth <= SWEEP_DEPTH; depth++) {
        for (int t = 0; t < SWEEP_TRIALS; t++) {
            struct mlp *m = collapse_random_linear(depth, SWEEP_WIDTH,
                                                   SWEEP_ROWS, &r);
            CU_ASSERT_FATAL(m != NULL);
            for (size_t i = 0; i < 2 * SWEEP_ROWS; i++)
                x[i] = rng_normal(&r);
            struct collapse_gap gap;
            CU_ASSERT_FATAL(collapse_measure(m, x, SWEEP_ROWS, &gap) == 0);
            CU_ASSERT(gap.bound_ratio <= 1.0);
            CU_ASSERT(gap.err_eps <= 8.0 * (double)depth);
            if (depth == 1) {
                CU_ASSERT_EQUAL(gap.err_eps, 0.0);
            }
            mlp_free(m);
        }
    }
}

/* ------------------------------------------------------------------ N4 */

/* 03-linear-collapse's training: the article set of 200 points from seed
 * 1, full-batch descent on the cross-entropy, 500 epochs at rate 0.1. */
#define TRAIN_SEED 1
#define TRAIN_POINTS 200
#define TRAIN_EPOCHS 500
#define TRAIN_LR 0.1
#define DEEP_DEPTH 8
#define DEEP_WIDTH 8

/* Train a network of `depth` layers, width `width` and activation g on
 * the chapter's set; returns its final training accuracy. */
static struct mlp *train(size_t depth, size_t width, enum act_kind g,
                         struct dataset *d)
{
    struct rng r;
    rng_seed(&r, TRAIN_SEED);
    CU_ASSERT_FATAL(data_article(d, &r, TRAIN_POINTS / 2,
                                 TRAIN_POINTS - TRAIN_POINTS / 2) == 0);
    struct mlp *m = collapse_net(depth, width, g, d->n);
    CU_ASSERT_FATAL(m != NULL);
    mlp_init(m, INIT_XAVIER, &r);
    const struct train_config cfg = { TRAIN_LR, TRAIN_EPOCHS, 0, TRAIN_SEED,
                                      LOSS_BCE };
    CU_ASSERT_FATAL(mlp_train(m, d->x, d->y, d->n, &cfg, NULL, NULL) ==
                    TRAIN_EPOCHS);
    return m;
}

static double accuracy(struct mlp *m, const struct dataset *d)
{
    double *out = malloc(d->n * sizeof *out);
    CU_ASSERT_FATAL(out != NULL);
    mlp_predict(m, d->x, out, d->n);
    double a = loss_accuracy(LOSS_BCE, out, d->y, d->n);
    free(out);
    return a;
}

#define BOX 4.0
#define LINES 12
#define SAMPLES 65
#define MAX_POINTS (4 * LINES)

static void test_deep_linear_no_better_than_one_layer(void)
{
    /* Same accuracy within one point (1 %, two of 200 points); and the
     * deep network's folded map is the single layer's, to 1e-3: both
     * minimise the same convex loss over the same set of functions, the
     * affine maps, and 500 epochs bring both to its minimum. */
    struct dataset d1, d2;
    struct mlp *deep = train(DEEP_DEPTH, DEEP_WIDTH, ACT_IDENTITY, &d1);
    struct mlp *single = train(1, DEEP_WIDTH, ACT_IDENTITY, &d2);
    CU_ASSERT(fabs(accuracy(deep, &d1) - accuracy(single, &d2)) <= 0.01);
    struct dense one;
    CU_ASSERT_FATAL(collapse_fold(deep, &one) == 0);
    CU_ASSERT(fabs(one.w[0] - single->layers[0].w[0]) <= 1e-3);
    CU_ASSERT(fabs(one.w[1] - single->layers[0].w[1]) <= 1e-3);
    CU_ASSERT(fabs(one.b[0] - single->layers[0].b[0]) <= 1e-3);
    dense_free(&one);
    mlp_free(deep);
    mlp_free(single);
    dataset_free(&d1);
    dataset_free(&d2);
}

static void test_deep_linear_boundary_is_a_line(void)
{
    /* The deep network's zero set, found by bisection on its output alone,
     * is collinear: every point within 1e-12 of the line through the two
     * farthest apart. Bisection stops at adjacent doubles (spacing
     * 4.4e-16 at |x| <= 4) and the output's rounding moves the root by
     * about eps / |w| ~ 1e-14 here; 1e-12 leaves a factor 100. A tanh
     * network trained the same way, the contrast, bends its boundary by
     * far more than 0.1. */
    const double lo[2] = { -BOX, -BOX }, hi[2] = { BOX, BOX };
    double pts[2 * MAX_POINTS];
    struct dataset d;
    struct mlp *deep = train(DEEP_DEPTH, DEEP_WIDTH, ACT_IDENTITY, &d);
    size_t n = collapse_boundary(deep, lo, hi, LINES, SAMPLES, pts,
                                 MAX_POINTS);
    CU_ASSERT(n >= LINES);
    CU_ASSERT(collapse_line_deviation(pts, n) <= 1e-12);
    mlp_free(deep);
    dataset_free(&d);

    struct mlp *curved = train(2, DEEP_WIDTH, ACT_TANH, &d);
    n = collapse_boundary(curved, lo, hi, LINES, SAMPLES, pts, MAX_POINTS);
    CU_ASSERT(n >= 3);
    CU_ASSERT(collapse_line_deviation(pts, n) > 0.1);
    mlp_free(curved);
    dataset_free(&d);
}

static void test_line_deviation(void)
{
    /* Points on y = 2x + 1 deviate by 0 up to rounding; moving one by
     * 0.25 across the line shows as 0.25 / sqrt(5) (its distance). */
    double pts[10];
    for (int i = 0; i < 5; i++) {
        pts[2 * i] = i - 2.0;
        pts[2 * i + 1] = 2 * (i - 2.0) + 1;
    }
    CU_ASSERT(collapse_line_deviation(pts, 5) <= 1e-15);
    pts[5] += 0.25;
    CU_ASSERT_DOUBLE_EQUAL(collapse_line_deviation(pts, 5),
                           0.25 / sqrt(5.0), 1e-12);
}

/* ------------------------------------------------------------------ N8 */

#define MAG_WIDTH 64   /* 03-linear-collapse's stacks */
#define MAG_DEPTH 24
#define MAG_ROWS 256
#define MAG_GAIN 2.0

static void test_linear_magnitudes_grow_geometrically(void)
{
    /* Linear stacks multiply the rms by gain per layer in expectation.
     * For one layer the factor's spread comes from the 64 x 64 random
     * weights: the squared gain is a mean of 4096 squared normals,
     * relative std sqrt(2 / 4096) = 2.2 %, so 1.1 % in the rms. Each
     * layer's ratio within 10 % of gain is a 9-sigma bound; the
     * geometric mean of 24 layers, spread 1.1 % / sqrt(24) = 0.23 %,
     * within 2 %. Both for gain 2 (growing) and 1/2 (shrinking). */
    const double gains[] = { MAG_GAIN, 1 / MAG_GAIN };
    double rms[MAG_DEPTH + 1], lo[MAG_DEPTH + 1], hi[MAG_DEPTH + 1];
    for (int k = 0; k < 2; k++) {
        for (uint64_t seed = 1; seed <= 4; seed++) {
            collapse_magnitudes(ACT_IDENTITY, MAG_WIDTH, MAG_DEPTH, gains[k],
                                MAG_ROWS, seed, rms, lo, hi);
            for (int l = 1; l <= MAG_DEPTH; l++)
                CHECK_REL(rms[l] / rms[l - 1], gains[k], 0.10);
            double mean = pow(rms[MAG_DEPTH] / rms[0], 1.0 / MAG_DEPTH);
            CHECK_REL(mean, gains[k], 0.02);
        }
    }
}

static void test_squashed_magnitudes_stay_bounded(void)
{
    /* With the same weights, every sigmoid value lies strictly in
     * (0, 1) and every tanh value strictly in (-1, 1), at every layer;
     * their rms stays between 0.1 and 1 while the linear stack's passes
     * 10^6 (2^24 = 1.7e7). */
    double rms[MAG_DEPTH + 1], lo[MAG_DEPTH + 1], hi[MAG_DEPTH + 1];
    collapse_magnitudes(ACT_SIGMOID, MAG_WIDTH, MAG_DEPTH, MAG_GAIN, MAG_ROWS, 4,
                        rms, lo, hi);
    for (int l = 1; l <= MAG_DEPTH; l++) {
        CU_ASSERT(lo[l] > 0.0 && hi[l] < 1.0);
        CU_ASSERT(rms[l] > 0.1 && rms[l] < 1.0);
    }
    collapse_magnitudes(ACT_TANH, MAG_WIDTH, MAG_DEPTH, MAG_GAIN, MAG_ROWS, 4,
                        rms, lo, hi);
    for (int l = 1; l <= MAG_DEPTH; l++) {
        CU_ASSERT(lo[l] > -1.0 && hi[l] < 1.0);
        CU_ASSERT(rms[l] > 0.1 && rms[l] < 1.0);
    }
    collapse_magnitudes(ACT_IDENTITY, MAG_WIDTH, MAG_DEPTH, MAG_GAIN, MAG_ROWS, 4,
                        rms, lo, hi);
    CU_ASSERT(rms[MAG_DEPTH] > 1e6);
}

static void test_sigmoid_output_reads_as_probability(void)
{
    /* The trained single layer's logits are not probabilities (some are
     * negative); their sigmoids all lie in (0, 1), and their mean is the
     * share of class 1: at the minimum of the cross-entropy the bias's
     * gradient, mean(s(l) - y), is 0. After 500 epochs the gradient is
     * far below 1e-6 here; we allow 1e-4. */
    struct dataset d;
    struct mlp *single = train(1, DEEP_WIDTH, ACT_IDENTITY, &d);
    double *logit = malloc(d.n * sizeof *logit);
    CU_ASSERT_FATAL(logit != NULL);
    mlp_predict(single, d.x, logit, d.n);
    double mean_p = 0, mean_y = 0, lmin = INFINITY;
    for (size_t i = 0; i < d.n; i++) {
        double p = act_sigmoid(logit[i]);
        CU_ASSERT(p > 0.0 && p < 1.0);
        mean_p += p / (double)d.n;
        mean_y += d.y[i] / (double)d.n;
        lmin = fmin(lmin, logit[i]);
    }
    CU_ASSERT(lmin < 0.0);
    CU_ASSERT(fabs(mean_p - mean_y) <= 1e-4);
    free(logit);
    mlp_free(single);
    dataset_free(&d);
}

static void test_three_ways_agree_and_stacks_behave(void)
{
    /* N3: the chapter's seed gives three coefficients within a few
     * ulps of each other (the chapter reports 8); 64 ulps is still only
     * 1.4e-14 relative, far below any modelling error. */
    struct collapse_three_ways a;
    collapse_three_ways(2, &a);
    for (int k = 0; k < 3; k++) {
        CU_ASSERT(a.ulps[k] <= a.worst_ulps);
        CU_ASSERT(check_ulps(a.expansion[k], a.matrix[k]) <= a.worst_ulps);
    }
    CU_ASSERT(a.worst_ulps <= 64);
    CU_ASSERT_EQUAL(a.expansion[2], a.article_const + a.b2);

    /* N3 at depth 4: the median is at most the worst, and rounding is
     * all there is (bound ratio at most 1). */
    struct rng r;
    struct collapse_depth_stat st;
    rng_seed(&r, 3);
    collapse_depth_trials(4, 8, 11, 16, &r, &st);
    CU_ASSERT(st.median <= st.worst);
    CU_ASSERT(st.bound_ratio <= 1.0);

    /* N8: gain 2 doubles the rms per layer within a few per cent, 1/2
     * halves it; squashed values stay strictly inside their ranges. */
    struct collapse_stacks s;
    collapse_stacks(64, 12, 2.0, 256, 4, &s);
    CU_ASSERT(fabs(s.up / 2.0 - 1) < 0.05);
    CU_ASSERT(fabs(s.down / 0.5 - 1) < 0.05);
    CU_ASSERT(s.sig_inside > 0 && s.tanh_inside > 0);
    collapse_stacks_free(&s);

    /* collapse_parameters: 2-3-1 has 3 x 3 + 4 x 1 = 13. */
    struct mlp *m = collapse_net(2, 3, ACT_IDENTITY, 1);
    CU_ASSERT_FATAL(m != NULL);
    CU_ASSERT_EQUAL(collapse_parameters(m), 13);
    mlp_free(m);
}

static const struct check_test tests[] = {
    { "N3", "a hand-wired 2-3-1 network folds to (W2 W1, W2 b1 + b2) "
      "exactly; the article's constant lacks b2",
      test_fold_of_hand_wired_network },
    { "N3", "the article's 2-3-1 expansion equals the matrix product and "
      "the network's own outputs",
      test_article_expansion_equals_matrix_product },
    { "N3", "deep linear stacks equal their collapse within the rounding "
      "bound and 8 eps of the output per layer",
      test_deep_stack_equals_collapse },
    { "N4", "a deep linear network trains to the single layer's accuracy "
      "and affine map",
      test_deep_linear_no_better_than_one_layer },
    { "N4", "the deep linear network's boundary points are collinear; a "
      "tanh network's are not",
      test_deep_linear_boundary_is_a_line },
    { "N4", "the collinearity measure is the largest distance from the "
      "line",
      test_line_deviation },
    { "N8", "through linear layers the rms grows (or shrinks) by the gain "
      "per layer",
      test_linear_magnitudes_grow_geometrically },
    { "N8", "sigmoid values stay in (0, 1), tanh values in (-1, 1), at "
      "every layer",
      test_squashed_magnitudes_stay_bounded },
    { "N8", "a sigmoid output is in (0, 1) and, trained on the "
      "cross-entropy, averages to the share of class 1",
      test_sigmoid_output_reads_as_probability },
    { "N3,N8", "the 2-3-1 coefficients three ways within 64 ulps; "
               "random stacks within the rounding bound; gain 2 doubles "
               "the rms per layer, 1/2 halves it",
      test_three_ways_agree_and_stacks_behave },
    CHECK_END
};

CHECK_SUITE(03_linear_collapse, tests);
