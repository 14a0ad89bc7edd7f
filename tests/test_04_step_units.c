/*
 * test_04_step_units.c - claim N5 (chapter 4): step units are half-planes,
 * three of them carve the article's triangle, n of them a regular n-gon
 * whose area approaches the disk's like 1/n^2. Also the line fits of
 * src/fit.h that measure that rate.
 */
#include "check.h"

#include "data2d.h"
#include "fit.h"
#include "mlp.h"
#include "ref.h"
#include "rng.h"
#include "step_units.h"

#include <math.h>
#include <stdlib.h>

/* Random points per polygon; enough that every cell of the picture
 * (inside, beyond one side, beyond a vertex) gets thousands. */
#define TRIALS 20000
/* A point this close to a side is not tested: there the network's z and
 * the cross product of the polygon test are each off by a few ulp of the
 * coordinates (about 1e-15), and may round to opposite sides. 1e-9 is far
 * above that, and a uniform draw lands so close with probability about
 * perimeter x 2e-9 / area, under one in ten million per point. */
#define EDGE_GAP 1e-9

/* The distance from p to the nearest line of the hidden units of m. */
static double gap_to_lines(const struct mlp *m, const double *p)
{
    const struct dense *h = &m->layers[0];
    double gap = INFINITY;
    for (size_t k = 0; k < h->out; k++) {
        double a = h->w[2 * k], b = h->w[2 * k + 1];
        gap = fmin(gap, fabs(a * p[0] + b * p[1] + h->b[k]) / hypot(a, b));
    }
    return gap;
}

static void test_region_equals_polygon_test(void)
{
    static const size_t sides[] = { 3, 4, 5, 7, 12, 100 };
    struct rng r;
    rng_seed(&r, 11);
    for (size_t s = 0; s < sizeof sides / sizeof sides[0]; s++) {
        size_t n = sides[s];
        double inradius = 0.5 + (double)s; /* not only the unit circle */
        struct mlp *m = step_units_polygon(n, inradius, 1);
        double *v = malloc(2 * n * sizeof *v);
        CU_ASSERT_FATAL(m != NULL && v != NULL);
        step_units_vertices(n, inradius, v);
        /* Draw from a square 2.5 circumradii wide: from a fifth (the
         * triangle) to a half (n = 100) of the points fall inside. */
        double half = 1.25 * inradius / cos(REF_PI / (double)n);
        long inside = 0, skipped = 0;
        for (int i = 0; i < TRIALS; i++) {
            double p[2] = { rng_range(&r, -half, half),
                            rng_range(&r, -half, half) };
            if (gap_to_lines(m, p) < EDGE_GAP) {
                skipped++;
                continue;
            }
            int net = step_units_classify(m, p, NULL);
            CU_ASSERT_EQUAL(net, step_units_in_polygon(v, n, p));
            inside += net;
        }
        CU_ASSERT(skipped == 0);
        CU_ASSERT(inside > TRIALS / 10 && inside < TRIALS * 9 / 10);
        free(v);
        mlp_free(m);
    }
}

static void test_region_vertices_from_weights(void)
{
    /* The vertices the weights imply equal the closed form: each is the
     * solution of a 2 x 2 system with condition number about
     * 1 / sin(2 pi / n), so 1e-12 relative to the circumradius is
     * ample for n <= 1000 and a misplaced vertex moves by O(1 / n). */
    static const size_t sides[] = { 3, 4, 6, 12, 1000 };
    for (size_t s = 0; s < sizeof sides / sizeof sides[0]; s++) {
        size_t n = sides[s];
        struct mlp *m = step_units_polygon(n, 1.0, 1);
        double *v = malloc(2 * n * sizeof *v);
        double *w = malloc(2 * n * sizeof *w);
        CU_ASSERT_FATAL(m != NULL && v != NULL && w != NULL);
        step_units_region_vertices(m, v);
        step_units_vertices(n, 1.0, w);
        for (size_t i = 0; i < 2 * n; i++)
            CU_ASSERT_DOUBLE_EQUAL(v[i], w[i], 1e-12);
        free(v);
        free(w);
        mlp_free(m);
    }
    CU_ASSERT_PTR_NULL(step_units_polygon(2, 1.0, 1));
    CU_ASSERT_PTR_NULL(step_units_polygon(3, 0.0, 1));
}

static void test_triangle_separates_article_set(void)
{
    /* The margins promised by src/data2d.h: every triangle at least
     * 7/6 - 1 = 1/6 inside each side; every circle at least 1/12 beyond
     * one side (the worst case is radius 2.5 towards a vertex, half-way
     * between two normals: 2.5 cos 60 - 7/6 = 1/12). Rounding moves a z
     * by about 1e-15; 1e-12 of slack hides nothing. */
    struct mlp *m = step_units_polygon(3, STEP_UNITS_TRIANGLE_INRADIUS, 1);
    CU_ASSERT_FATAL(m != NULL);
    for (uint64_t seed = 1; seed <= 20; seed++) {
        struct rng r;
        rng_seed(&r, seed);
        struct dataset d;
        CU_ASSERT_FATAL(data_make(DATA_ARTICLE, &d, &r, 1000) == 0);
        size_t right = 0;
        for (size_t i = 0; i < d.n; i++) {
            int label = d.y[i] > 0.5;
            right += step_units_classify(m, d.x + 2 * i, NULL) == label;
            double zmin = INFINITY;
            for (size_t k = 0; k < 3; k++)
                zmin = fmin(zmin, m->z[0][k]);
            if (label) {
                CU_ASSERT(zmin >= 1.0 / 6.0 - 1e-12);
            } else {
                CU_ASSERT(-zmin >= 1.0 / 12.0 - 1e-12);
            }
        }
        CU_ASSERT_EQUAL(right, d.n);
        dataset_free(&d);
    }
    mlp_free(m);
}

static void test_hidden_units_count_half_planes(void)
{
    /* At the centre all three units say 1; beyond one side (straight
     * down) two; beyond a vertex (straight up, past 7/3) only one. */
    struct mlp *m = step_units_polygon(3, STEP_UNITS_TRIANGLE_INRADIUS, 1);
    CU_ASSERT_FATAL(m != NULL);
    const double centre[2] = { 0, 0 }, below[2] = { 0, -2 },
                 above[2] = { 0, 3 };
    int count;
    CU_ASSERT_EQUAL(step_units_classify(m, centre, &count), 1);
    CU_ASSERT_EQUAL(count, 3);
    CU_ASSERT_EQUAL(step_units_classify(m, below, &count), 0);
    CU_ASSERT_EQUAL(count, 2);
    CU_ASSERT_EQUAL(step_units_classify(m, above, &count), 0);
    CU_ASSERT_EQUAL(count, 1);
    mlp_free(m);
}

/* Sides 8, 12, 16, ..., 4096, two per doubling, as the chapter uses. */
static size_t sweep_sides(double *ns)
{
    size_t count = 0;
    for (double base = 2; 4 * base <= 4096; base *= 2) {
        ns[count++] = 4 * base;
        if (6 * base <= 4096) {
            ns[count++] = 6 * base;
        }
    }
    return count;
}

static void test_area_error_falls_as_inverse_square(void)
{
    enum { CAP = 40 };
    double ns[CAP], err[CAP];
    size_t count = sweep_sides(ns);
    for (size_t s = 0; s < count; s++) {
        size_t n = (size_t)ns[s];
        struct mlp *m = step_units_polygon(n, 1.0, 1);
        double *v = malloc(2 * n * sizeof *v);
        CU_ASSERT_FATAL(m != NULL && v != NULL);
        step_units_region_vertices(m, v);
        double area = step_units_area(v, n);
        /* The closed form of a circumscribed n-gon, n tan(pi/n). The
         * shoelace sums n terms of size 2 pi / n with rounding 1e-16
         * each, so the two agree to about n 1e-16 relative; 1e-12 holds
         * to n = 4096 with room. */
        CHECK_REL(area, (double)n * tan(REF_PI / (double)n), 1e-12);
        err[s] = area - REF_PI;
        /* It contains the disk, and more sides fit it closer. */
        CU_ASSERT(err[s] > 0);
        if (s > 0) {
            CU_ASSERT(err[s] < err[s - 1]);
        }
        free(v);
        mlp_free(m);
    }
    /* err = pi^3/3n^2 (1 + c/n^2 + ...) with c = 2 pi^2 / 5 = 3.9, so the
     * local slope is -2 - 2c/n^2: -2.12 at n = 8, -2.0005 at n = 128; a
     * least-squares fit over n = 8..4096 lands within 0.01 of -2.
     * Tolerance 0.02; an error that fell like 1/n, as a perimeter's
     * does, would give -1. */
    struct fit_line f = fit_loglog(ns, err, count);
    CU_ASSERT_DOUBLE_EQUAL(f.slope, -2.0, 0.02);
    /* The constant is pi^3/3 = 10.3, inflated by the c/n^2 term at the
     * small n (the chapter measures 10.7): within 10 %. */
    CHECK_REL(pow(10.0, f.intercept), REF_PI * REF_PI * REF_PI / 3, 0.1);
}

static void test_fit_recovers_lines_and_powers(void)
{
    /* Exact data, so only rounding separates fit from truth: 1e-12. */
    double x[5] = { 1, 2, 4, 8, 16 }, y[5], p[5];
    for (int i = 0; i < 5; i++) {
        y[i] = 3.0 - 0.5 * x[i];
        p[i] = 7.0 * pow(x[i], -1.5);
    }
    struct fit_line f = fit_linear(x, y, 5);
    CU_ASSERT_DOUBLE_EQUAL(f.slope, -0.5, 1e-12);
    CU_ASSERT_DOUBLE_EQUAL(f.intercept, 3.0, 1e-12);
    f = fit_loglog(x, p, 5);
    CU_ASSERT_DOUBLE_EQUAL(f.slope, -1.5, 1e-12);
    CU_ASSERT_DOUBLE_EQUAL(pow(10.0, f.intercept), 7.0, 1e-11);
    /* What cannot be fitted gives NaN, not a number. */
    double same[2] = { 1, 1 }, neg[2] = { 1, -1 };
    CU_ASSERT(isnan(fit_linear(x, y, 1).slope));
    CU_ASSERT(isnan(fit_linear(same, y, 2).slope));
    CU_ASSERT(isnan(fit_loglog(x, neg, 2).slope));
}

static const struct check_test tests[] = {
    { "N5", "the step network's region equals the point-in-polygon test "
            "for n = 3..100 sides",
      test_region_equals_polygon_test },
    { "N5", "the vertices implied by the hidden weights are the n-gon's",
      test_region_vertices_from_weights },
    { "N5", "three step units classify the article set perfectly, with "
            "margins 1/6 and 1/12 (20 seeds)",
      test_triangle_separates_article_set },
    { "N5", "hidden units count half-planes: 3 inside, 2 past a side, 1 "
            "past a vertex",
      test_hidden_units_count_half_planes },
    { "N5", "the n-gon's area error falls like 1/n^2 (fitted slope -2 +- "
            "0.02)",
      test_area_error_falls_as_inverse_square },
    { "lib", "fit_linear and fit_loglog recover exact lines and powers",
      test_fit_recovers_lines_and_powers },
    CHECK_END
};

CHECK_SUITE(04_step_units, tests);
