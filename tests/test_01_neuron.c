/*
 * test_01_neuron.c - claim N1 of chapter 1: a neuron computes z = w . x + b,
 * then a = g(z), and the sign of z flips exactly across the line
 * w . x + b = 0.
 */
#include "check.h"

#include "act.h"
#include "neuron.h"
#include "plane.h"
#include "rng.h"

#include <float.h>
#include <math.h>

#define NEURONS 200    /* random neurons per test */
#define SAMPLES 200    /* random points per neuron */
#define RADIUS 4.0     /* points and foot points lie within this box */

/* A random neuron whose line passes through the box: w with entries
 * N(0, 1) (redrawn in the unlikely case it is tiny), b so that the foot
 * point is at most 1 from the origin. */
static void random_neuron(struct neuron *nr, struct rng *r,
                          enum act_kind act)
{
    double w1, w2;
    do {
        w1 = rng_normal(r);
        w2 = rng_normal(r);
    } while (hypot(w1, w2) < 0.1);
    double b = rng_range(r, -1, 1) * hypot(w1, w2);
    neuron_init(nr, w1, w2, b, act);
}

static void test_sign_of_z_is_side_of_line(void)
{
    /* Points p = foot + t u + s n, with u along the line and n = w / |w|:
     * in exact arithmetic z = |w| s, so z must have the sign of s as soon
     * as |s| exceeds neuron_band(), the rounding bound of z, and z must
     * equal |w| s to within that bound times |w| (plus the rounding of
     * building p, 2 ulp of coordinates <= 2 RADIUS: 4 eps RADIUS |w|). */
    struct rng r;
    rng_seed(&r, 11);
    for (int k = 0; k < NEURONS; k++) {
        struct neuron nr;
        random_neuron(&nr, &r, ACT_SIGMOID);
        const double *w = nr.layer.w;
        double hw = hypot(w[0], w[1]), foot[2];
        neuron_foot(&nr, foot);
        double n[2] = { w[0] / hw, w[1] / hw }, u[2] = { -n[1], n[0] };
        double tol = neuron_band(&nr, 2 * RADIUS) +
                     4 * DBL_EPSILON * RADIUS;
        for (int i = 0; i < SAMPLES; i++) {
            double t = rng_range(&r, -RADIUS, RADIUS);
            /* Distances from 1e-12 to 1, both sides: the flip must hold
             * right up to the rounding band. */
            double s = (rng_uniform(&r) < 0.5 ? -1 : 1) *
                       pow(10.0, rng_range(&r, -12, 0));
            double p[2] = { foot[0] + t * u[0] + s * n[0],
                            foot[1] + t * u[1] + s * n[1] };
            double z, a;
            neuron_forward(&nr, p, &z, &a, 1);
            CU_ASSERT(fabs(z - hw * s) <= tol * hw);
            if (fabs(s) > tol) {
                CU_ASSERT((z > 0) == (s > 0));
            }
        }
        /* w points to the positive side: z(foot + w) = |w|^2. */
        double tip[2] = { foot[0] + w[0], foot[1] + w[1] }, z, a;
        neuron_forward(&nr, tip, &z, &a, 1);
        CU_ASSERT(z > 0);
        CHECK_REL(z, hw * hw, 1e-14);
        neuron_free(&nr);
    }
}

/* The chapter's neuron and grid (01-neuron's defaults). */
#define GRID_POINTS 121
#define GRID_RANGE 3.0

static void test_grid_sign_matches_geometry(void)
{
    /* On the chapter's grid, the side of the drawn line (a cross product
     * with the clipped segment, no w or b) agrees with sign(z) wherever
     * the point is farther than 1e-12 from the line. Both tests round:
     * z by neuron_band() = 2e-15 here, the cross product by a few ulp of
     * products of coordinates <= 6, about 1e-14; 1e-12 covers both with
     * a factor 100 to spare. */
    struct neuron nr;
    neuron_init(&nr, 2, 1, -1, ACT_SIGMOID);
    const struct plane_grid g = { { { -GRID_RANGE, -GRID_RANGE },
                                    { GRID_RANGE, GRID_RANGE } },
                                  { GRID_POINTS, GRID_POINTS } };
    double seg[4], foot[2];
    CU_ASSERT_FATAL(plane_line_clip(nr.layer.w, nr.layer.b[0], &g.box,
                                    seg) == 0);
    neuron_foot(&nr, foot);
    const double tip[2] = { foot[0] + 2, foot[1] + 1 };
    int positive = neuron_side_of(seg, tip);
    CU_ASSERT(positive != 0);
    long checked = 0;
    for (long i = 0; i < GRID_POINTS; i++)
        for (long j = 0; j < GRID_POINTS; j++) {
            double p[2], z, a;
            plane_grid_point(&g, i, j, p);
            neuron_forward(&nr, p, &z, &a, 1);
            if (fabs(z) / sqrt(5.0) <= 1e-12) {
                continue;
            }
            CU_ASSERT((neuron_side_of(seg, p) == positive) == (z > 0));
            checked++;
        }
    /* The exclusion band must not swallow the grid: 23 points of 14641
     * lie on the line itself. */
    CU_ASSERT(checked > GRID_POINTS * GRID_POINTS - 100);
    neuron_free(&nr);
}

static void test_activation_is_g_of_z(void)
{
    /* For every activation: z is w1 x1 + w2 x2 + b (written out by hand,
     * within its rounding bound 4u(|w1 x1| + |w2 x2| + |b|)), and a is
     * g(z) bit for bit, at every point of the chapter's grid. */
    const struct plane_grid g = { { { -GRID_RANGE, -GRID_RANGE },
                                    { GRID_RANGE, GRID_RANGE } },
                                  { GRID_POINTS, GRID_POINTS } };
    for (int act = 0; act < ACT_KIND_COUNT; act++) {
        struct neuron nr;
        neuron_init(&nr, 2, 1, -1, (enum act_kind)act);
        for (long i = 0; i < GRID_POINTS; i++)
            for (long j = 0; j < GRID_POINTS; j++) {
                double p[2], z, a;
                plane_grid_point(&g, i, j, p);
                neuron_forward(&nr, p, &z, &a, 1);
                double hand = 2 * p[0] + 1 * p[1] + (-1);
                double bound = 4 * (DBL_EPSILON / 2) *
                               (fabs(2 * p[0]) + fabs(p[1]) + 1);
                CU_ASSERT(fabs(z - hand) <= bound);
                CHECK_SAME(a, act_eval((enum act_kind)act, z));
            }
        neuron_free(&nr);
    }
}

static void test_threshold_splits_plane(void)
{
    /* With the step activation, a is the class: 1 exactly where z > 0.
     * Across the line the class flips between two points 2 ulp apart
     * in distance: the boundary has no width beyond rounding. */
    struct neuron nr;
    neuron_init(&nr, 2, 1, -1, ACT_STEP);
    double foot[2];
    neuron_foot(&nr, foot);
    double band = neuron_band(&nr, 1.0);
    double n[2] = { 2 / sqrt(5.0), 1 / sqrt(5.0) };
    double z, a;
    double in[2] = { foot[0] + 2 * band * n[0], foot[1] + 2 * band * n[1] };
    double out[2] = { foot[0] - 2 * band * n[0], foot[1] - 2 * band * n[1] };
    neuron_forward(&nr, in, &z, &a, 1);
    CU_ASSERT_EQUAL(a, 1.0);
    neuron_forward(&nr, out, &z, &a, 1);
    CU_ASSERT_EQUAL(a, 0.0);
    neuron_free(&nr);
}

static const struct check_test tests[] = {
    { "N1", "sign(z) is the side of the line w.x + b = 0, up to a rounding "
      "band; z = |w| times the distance; w points to z > 0",
      test_sign_of_z_is_side_of_line },
    { "N1", "on the chapter's grid sign(z) agrees with the side of the "
      "drawn line, found by geometry alone",
      test_grid_sign_matches_geometry },
    { "N1", "z = w1 x1 + w2 x2 + b and a = g(z) at every grid point, for "
      "every activation",
      test_activation_is_g_of_z },
    { "N1", "thresholding z splits the plane: the class flips within "
      "rounding of the line",
      test_threshold_splits_plane },
    CHECK_END
};

CHECK_SUITE(01_neuron, tests);
