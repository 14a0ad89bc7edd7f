/*
 * Check of exercise 01.2: ex01_distance at points placed at a known
 * signed distance s from the lines of random neurons, as the test of N1
 * places them.
 */
#include "exercises.h"

#include "exercise.h"
#include "neuron.h"
#include "rng.h"

#include <float.h>
#include <math.h>

#define NEURONS 20
#define SAMPLES 20
#define RADIUS 4.0 /* as in tests/test_01_neuron.c */

int main(void)
{
    struct rng r;
    rng_seed(&r, 11);
    for (int k = 0; k < NEURONS; k++) {
        double w[2];
        do {
            w[0] = rng_normal(&r);
            w[1] = rng_normal(&r);
        } while (hypot(w[0], w[1]) < 0.1);
        double b = rng_range(&r, -1, 1) * hypot(w[0], w[1]);
        struct neuron nr;
        neuron_init(&nr, w[0], w[1], b, ACT_SIGMOID);
        double hw = hypot(w[0], w[1]), foot[2];
        neuron_foot(&nr, foot);
        double n[2] = { w[0] / hw, w[1] / hw }, u[2] = { -n[1], n[0] };
        /* tests/test_01_neuron.c (test_sign_of_z_is_side_of_line): the
         * rounding band of z plus that of building p. */
        double tol = neuron_band(&nr, 2 * RADIUS) + 4 * DBL_EPSILON * RADIUS;
        neuron_free(&nr);
        for (int i = 0; i < SAMPLES; i++) {
            double t = rng_range(&r, -RADIUS, RADIUS);
            double s = rng_range(&r, -2, 2);
            double p[2] = { foot[0] + t * u[0] + s * n[0],
                            foot[1] + t * u[1] + s * n[1] };
            double got = ex01_distance(w, b, p);
            if (!ex_near(got, s, tol))
                ex_fail("01.2", "for w = (%.3f, %.3f), b = %.3f, x = "
                        "(%.3f, %.3f) expected a distance of %.6f, got %.6g",
                        w[0], w[1], b, p[0], p[1], s, got);
        }
    }
    ex_pass("01.2");
}
