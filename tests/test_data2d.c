/*
 * test_data2d.c - the 2-D data sets: the sizes asked for, the documented
 * geometry (radii, quadrants, spiral arms), the separating triangle that
 * chapter 04 builds by hand, and reproducibility from the seed.
 */
#include "check.h"

#include "data2d.h"
#include "rng.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define PI 3.14159265358979323846

static double radius(const struct dataset *d, size_t i)
{
    return hypot(d->x[2 * i], d->x[2 * i + 1]);
}

static size_t count_class1(const struct dataset *d)
{
    size_t c = 0;
    for (size_t i = 0; i < d->n; i++)
        c += d->y[i] == 1.0;
    return c;
}

static void test_sizes_and_labels(void)
{
    struct rng r;
    rng_seed(&r, 1);
    struct dataset d;
    CU_ASSERT_FATAL(data_article(&d, &r, 30, 50) == 0);
    CU_ASSERT_EQUAL(d.n, 80);
    CU_ASSERT_EQUAL(count_class1(&d), 30);
    dataset_free(&d);
    CU_ASSERT_PTR_NULL(d.x);
    dataset_free(&d); /* twice is harmless */

    CU_ASSERT_FATAL(data_spiral(&d, &r, 40, 2.0, 0.1) == 0);
    CU_ASSERT_EQUAL(d.n, 80);
    CU_ASSERT_EQUAL(count_class1(&d), 40);
    dataset_free(&d);

    /* By name, an odd n: exactly n points, the classes within one. */
    for (int k = 0; k < DATA_KIND_COUNT; k++) {
        CU_ASSERT_FATAL(data_make((enum data_kind)k, &d, &r, 101) == 0);
        CU_ASSERT_EQUAL(d.n, 101);
        size_t ones = count_class1(&d);
        CU_ASSERT(ones == 50 || ones == 51);
        for (size_t i = 0; i < d.n; i++)
            CU_ASSERT(d.y[i] == 0.0 || d.y[i] == 1.0);
        dataset_free(&d);
    }
    CU_ASSERT_EQUAL(data_make(DATA_KIND_COUNT, &d, &r, 10), -1);
    CU_ASSERT_STRING_EQUAL(data_names[DATA_ARTICLE], "article");
    CU_ASSERT_STRING_EQUAL(data_names[DATA_XOR], "xor");
    CU_ASSERT_STRING_EQUAL(data_names[DATA_SPIRAL], "spiral");
    CU_ASSERT_PTR_NULL(data_names[DATA_KIND_COUNT]);
}

#define ARTICLE_EACH 2000

static void test_article_radii(void)
{
    struct rng r;
    rng_seed(&r, 2);
    struct dataset d;
    CU_ASSERT_FATAL(data_article(&d, &r, ARTICLE_EACH, ARTICLE_EACH) == 0);
    /* Half of a uniform disk's area lies inside radius R / sqrt(2), half
     * of an annulus's inside sqrt((a^2 + b^2) / 2). */
    const double r_in = DATA_ARTICLE_INNER_RADIUS;
    const double a = DATA_ARTICLE_RING_MIN, b = DATA_ARTICLE_RING_MAX;
    const double half_in = r_in / sqrt(2.0);
    const double half_ring = sqrt((a * a + b * b) / 2.0);
    double max_in = 0.0, min_ring = INFINITY, max_ring = 0.0;
    size_t below_in = 0, below_ring = 0;
    for (size_t i = 0; i < d.n; i++) {
        double rho = radius(&d, i);
        if (d.y[i] == 1.0) {
            CU_ASSERT(rho <= r_in);
            max_in = fmax(max_in, rho);
            below_in += rho < half_in;
        } else {
            CU_ASSERT(rho >= a && rho <= b);
            min_ring = fmin(min_ring, rho);
            max_ring = fmax(max_ring, rho);
            below_ring += rho < half_ring;
        }
    }
    /* The points fill their regions: with 2000 uniform points, the
     * chance that none lies in the outer 1 % of the disk's area (or in a
     * band of the ring holding 1 % of its area) is 0.99^2000 = 2e-9. */
    CU_ASSERT(max_in > r_in * sqrt(0.99));
    CU_ASSERT(min_ring < sqrt(a * a + 0.01 * (b * b - a * a)));
    CU_ASSERT(max_ring > sqrt(b * b - 0.01 * (b * b - a * a)));
    /* Uniform in area: each count is Binomial(2000, 1/2), sd 22; we allow
     * 5 sd = 112. Uniform in radius instead would put 1414 of the inner
     * points below R / sqrt(2). */
    CU_ASSERT(labs((long)below_in - ARTICLE_EACH / 2) < 112);
    CU_ASSERT(labs((long)below_ring - ARTICLE_EACH / 2) < 112);
    dataset_free(&d);
}

static void test_article_separable_by_triangle(void)
{
    struct rng r;
    rng_seed(&r, 3);
    struct dataset d;
    CU_ASSERT_FATAL(data_article(&d, &r, ARTICLE_EACH, ARTICLE_EACH) == 0);
    /* The header's triangle: three half-planes n_k . p <= rho with unit
     * normals 120 degrees apart and rho = (R_in + R_ring) / 3. */
    const double r_in = DATA_ARTICLE_INNER_RADIUS;
    const double ring = DATA_ARTICLE_RING_MIN;
    const double rho = (r_in + ring) / 3.0;
    const double inside_margin = rho - r_in;            /* 1/6 */
    const double outside_margin = (ring - 2 * r_in) / 6; /* 1/12 */
    CU_ASSERT_FATAL(outside_margin > 0.0);
    for (size_t i = 0; i < d.n; i++) {
        double worst = -INFINITY; /* the largest n_k . p */
        for (int k = 0; k < 3; k++) {
            double angle = PI / 2 + k * 2 * PI / 3;
            double s = cos(angle) * d.x[2 * i] + sin(angle) * d.x[2 * i + 1];
            worst = fmax(worst, s);
        }
        /* The margins hold with room for rounding (1e-12 << 1/12). */
        if (d.y[i] == 1.0) {
            CU_ASSERT(worst <= rho - inside_margin + 1e-12);
        } else {
            CU_ASSERT(worst >= rho + outside_margin - 1e-12);
        }
    }
    dataset_free(&d);
}

static void test_xor_labels_match_quadrant(void)
{
    enum { POINTS = 4000 };
    struct rng r;
    rng_seed(&r, 4);
    struct dataset d;
    CU_ASSERT_FATAL(data_xor(&d, &r, POINTS) == 0);
    double sum[4][2] = { { 0 } };
    size_t cnt[4] = { 0 };
    for (size_t i = 0; i < d.n; i++) {
        double u = d.x[2 * i], v = d.x[2 * i + 1];
        CU_ASSERT(fabs(u) >= DATA_XOR_MARGIN && fabs(v) >= DATA_XOR_MARGIN);
        CU_ASSERT_EQUAL(d.y[i], (u < 0) != (v < 0) ? 1.0 : 0.0);
        int q = (u < 0) + 2 * (v < 0);
        sum[q][0] += u;
        sum[q][1] += v;
        cnt[q]++;
    }
    for (int q = 0; q < 4; q++) {
        /* n divisible by 4: the blobs are equal. */
        CU_ASSERT_EQUAL(cnt[q], POINTS / 4);
        /* Each blob's mean is its centre (+-1, +-1): standard error
         * 0.25 / sqrt(1000) = 7.9e-3; 5 of them is 0.04. (Cutting the
         * tails beyond 3.6 sd shifts the mean by under 1e-3.) */
        double cu = q & 1 ? -1.0 : 1.0, cv = q & 2 ? -1.0 : 1.0;
        CU_ASSERT_DOUBLE_EQUAL(sum[q][0] / (double)cnt[q], cu, 0.04);
        CU_ASSERT_DOUBLE_EQUAL(sum[q][1] / (double)cnt[q], cv, 0.04);
    }
    dataset_free(&d);
}

static void test_spiral_arms_interleave(void)
{
    enum { EACH = 50 };
    const double turns = 1.5;
    struct rng r;
    rng_seed(&r, 5);
    struct dataset d;
    CU_ASSERT_FATAL(data_spiral(&d, &r, EACH, turns, 0.0) == 0);
    for (size_t i = 0; i < d.n; i++) {
        /* Without noise a point at radius rho lies at angle
         * 2 pi turns rho / R, plus pi for class 1. */
        double rho = radius(&d, i);
        double want = 2 * PI * turns * rho / DATA_SPIRAL_RADIUS +
                      (d.y[i] == 1.0 ? PI : 0.0);
        double got = atan2(d.x[2 * i + 1], d.x[2 * i]);
        double diff = remainder(got - want, 2 * PI);
        /* Rounding in cos, sin, hypot and atan2: a few 1e-16 times the
         * angle (under 10); 1e-12 is far below a wrong arm. */
        CU_ASSERT_DOUBLE_EQUAL(diff, 0.0, 1e-12);
        CU_ASSERT(rho > 0.0 && rho < DATA_SPIRAL_RADIUS);
    }
    /* Class 1 is class 0 turned by half a turn: p1 = -p0. */
    for (size_t i = 0; i < EACH; i++) {
        CU_ASSERT_DOUBLE_EQUAL(d.x[2 * (EACH + i)], -d.x[2 * i], 1e-12);
        CU_ASSERT_DOUBLE_EQUAL(d.x[2 * (EACH + i) + 1], -d.x[2 * i + 1],
                               1e-12);
    }
    dataset_free(&d);
}

static void test_same_seed_same_data(void)
{
    for (int k = 0; k < DATA_KIND_COUNT; k++) {
        struct rng r1, r2;
        rng_seed(&r1, 99);
        rng_seed(&r2, 99);
        struct dataset a, b;
        CU_ASSERT_FATAL(data_make((enum data_kind)k, &a, &r1, 64) == 0);
        CU_ASSERT_FATAL(data_make((enum data_kind)k, &b, &r2, 64) == 0);
        CU_ASSERT(memcmp(a.x, b.x, 2 * a.n * sizeof *a.x) == 0);
        CU_ASSERT(memcmp(a.y, b.y, a.n * sizeof *a.y) == 0);
        dataset_free(&a);
        dataset_free(&b);
    }
}

static const struct check_test tests[] = {
    { "lib", "data sets have the sizes and 0/1 labels asked for",
      test_sizes_and_labels },
    { "lib", "article set: triangles uniform in r <= 1, circles uniform in "
             "2.5 <= r <= 3.5",
      test_article_radii },
    { "lib", "article set: three half-planes (a triangle) separate the "
             "classes with margin",
      test_article_separable_by_triangle },
    { "lib", "xor set: label = signs differ, a margin from the axes, blobs "
             "centred at (+-1, +-1)",
      test_xor_labels_match_quadrant },
    { "lib", "spiral set: points on their arms, class 1 the half-turned "
             "class 0",
      test_spiral_arms_interleave },
    { "lib", "the same seed gives the same data set",
      test_same_seed_same_data },
    CHECK_END
};

CHECK_SUITE(data2d, tests);
