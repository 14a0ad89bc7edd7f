/*
 * Check of exercise 01.1: ex01_output against the chapter's neuron
 * (neuron_forward with the sigmoid) on a few neurons and points.
 */
#include "exercises.h"

#include "exercise.h"
#include "neuron.h"

#include <float.h>
#include <math.h>
#include <stddef.h>

int main(void)
{
    /* The chapter's neuron, one with negative weights, one far out on
     * the sigmoid's flat part; points on both sides of each line. */
    static const double cases[][5] = { /* w1, w2, b, x1, x2 */
        { 2, 1, -1, 0.5, 0.25 },  { 2, 1, -1, -1, 2 },
        { 2, 1, -1, 1.5, -0.5 },  { -1, 3, 0.5, 0.3, -0.7 },
        { -1, 3, 0.5, -2, 1 },    { 0.5, -0.25, 4, 2, 3 },
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        const double *c = cases[k];
        struct neuron nr;
        neuron_init(&nr, c[0], c[1], c[2], ACT_SIGMOID);
        double z, a;
        neuron_forward(&nr, &c[3], &z, &a, 1);
        neuron_free(&nr);
        double got = ex01_output(c, c[2], &c[3]);
        /* tests/test_01_neuron.c (test_activation_is_g_of_z): z within
         * 4u (|w1 x1| + |w2 x2| + |b|) of the hand-written sum; the
         * sigmoid's slope is at most 1/4, and a hand-written sigmoid
         * adds a few ulp of a <= 1: 4 DBL_EPSILON. */
        double tol = 4 * (DBL_EPSILON / 2) *
                     (fabs(c[0] * c[3]) + fabs(c[1] * c[4]) + fabs(c[2])) +
                     4 * DBL_EPSILON;
        if (!ex_near(got, a, tol))
            ex_fail("01.1", "for w = (%g, %g), b = %g, x = (%g, %g) "
                    "expected a = %.6f, got %.6g", c[0], c[1], c[2], c[3],
                    c[4], a, got);
    }
    ex_pass("01.1");
}
