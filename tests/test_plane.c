/*
 * test_plane.c - the plane's tables: grid points, and lines clipped to
 * the drawing box (src/plane.h).
 */
#include "check.h"

#include "plane.h"
#include "rng.h"

#include <float.h>
#include <math.h>

static void test_grid_points_reach_corners(void)
{
    /* The first and last points are the box's corners exactly, and the
     * points are evenly spaced to rounding. */
    const struct plane_grid g = { { { -3, -0.1 }, { 3, 0.7 } }, { 7, 5 } };
    double p[2];
    plane_grid_point(&g, 0, 0, p);
    CU_ASSERT_EQUAL(p[0], -3);
    CU_ASSERT_EQUAL(p[1], -0.1);
    plane_grid_point(&g, 6, 4, p);
    CU_ASSERT_EQUAL(p[0], 3);
    CU_ASSERT_EQUAL(p[1], 0.7);
    for (long i = 0; i < 7; i++) {
        plane_grid_point(&g, i, 2, p);
        CU_ASSERT_DOUBLE_EQUAL(p[0], -3 + (double)i, 4 * DBL_EPSILON);
        CU_ASSERT_DOUBLE_EQUAL(p[1], 0.3, 4 * DBL_EPSILON);
    }
}

static void test_clipped_line_ends_on_line_and_border(void)
{
    /* For random lines through the box, both ends satisfy w . x + b = 0
     * to rounding (a few ulp of terms of size |w| 5) and lie on the
     * border: one coordinate equals a side to within a few ulp. */
    const struct plane_box box = { { -5, -2 }, { 5, 3 } };
    struct rng r;
    rng_seed(&r, 4);
    for (int k = 0; k < 1000; k++) {
        double w[2] = { rng_normal(&r), rng_normal(&r) };
        double through[2] = { rng_range(&r, -5, 5), rng_range(&r, -2, 3) };
        double b = -(w[0] * through[0] + w[1] * through[1]);
        double seg[4];
        CU_ASSERT_FATAL(plane_line_clip(w, b, &box, seg) == 0);
        double scale = (fabs(w[0]) + fabs(w[1])) * 5 + fabs(b);
        for (int e = 0; e < 2; e++) {
            const double *p = seg + 2 * e;
            CU_ASSERT(fabs(w[0] * p[0] + w[1] * p[1] + b) <=
                      8 * DBL_EPSILON * scale);
            double border = fmin(fmin(fabs(p[0] - box.lo[0]),
                                      fabs(p[0] - box.hi[0])),
                                 fmin(fabs(p[1] - box.lo[1]),
                                      fabs(p[1] - box.hi[1])));
            CU_ASSERT(border <= 16 * DBL_EPSILON * 5);
            CU_ASSERT(p[0] >= box.lo[0] - 1e-12 && p[0] <= box.hi[0] + 1e-12);
            CU_ASSERT(p[1] >= box.lo[1] - 1e-12 && p[1] <= box.hi[1] + 1e-12);
        }
    }
}

static void test_clip_refuses_missing_lines(void)
{
    /* A line outside the box, and w = 0 (no line), give -1; axis-parallel
     * lines work. */
    const struct plane_box box = { { -1, -1 }, { 1, 1 } };
    double seg[4];
    const double w_x[2] = { 1, 0 }, w_zero[2] = { 0, 0 };
    CU_ASSERT_EQUAL(plane_line_clip(w_x, -2, &box, seg), -1);
    CU_ASSERT_EQUAL(plane_line_clip(w_zero, 1, &box, seg), -1);
    CU_ASSERT_EQUAL(plane_line_clip(w_x, -0.5, &box, seg), 0);
    CU_ASSERT_EQUAL(seg[0], 0.5);
    CU_ASSERT_EQUAL(seg[2], 0.5);
    CU_ASSERT_EQUAL(fabs(seg[1] - seg[3]), 2.0);
}

static const struct check_test tests[] = {
    { "lib", "grid points reach the box's corners exactly, evenly spaced",
      test_grid_points_reach_corners },
    { "lib", "a clipped line's ends lie on the line and on the box's border",
      test_clipped_line_ends_on_line_and_border },
    { "lib", "lines that miss the box, and w = 0, are refused",
      test_clip_refuses_missing_lines },
    CHECK_END
};

CHECK_SUITE(plane, tests);
