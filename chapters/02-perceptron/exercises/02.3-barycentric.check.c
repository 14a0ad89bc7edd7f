/*
 * Check of exercise 02.3: the weights must sum to 1 and combine the
 * vertices into q, with the tolerances the test of the chapter's
 * certificate uses (tests/test_02_perceptron.c, check_certificate).
 */
#include "exercises.h"

#include "exercise.h"
#include "rng.h"

#include <float.h>
#include <math.h>

#define TRIALS 200

int main(void)
{
    struct rng r;
    rng_seed(&r, 23);
    for (int k = 0; k < TRIALS; k++) {
        double v[3][2], q[2], l[3] = { NAN, NAN, NAN }, area;
        do {
            for (int i = 0; i < 3; i++) {
                v[i][0] = rng_range(&r, -3, 3);
                v[i][1] = rng_range(&r, -3, 3);
            }
            area = (v[1][0] - v[0][0]) * (v[2][1] - v[0][1]) -
                   (v[2][0] - v[0][0]) * (v[1][1] - v[0][1]);
        } while (fabs(area) < 1); /* no flat triangles */
        q[0] = rng_range(&r, -3, 3);
        q[1] = rng_range(&r, -3, 3);
        ex02_barycentric(v[0], v[1], v[2], q, l);
        double sum = l[0] + l[1] + l[2], p[2] = { 0, 0 }, scale = 0;
        for (int i = 0; i < 3; i++) {
            p[0] += l[i] * v[i][0];
            p[1] += l[i] * v[i][1];
            scale = fmax(scale, fmax(fabs(v[i][0]), fabs(v[i][1])));
        }
        /* Weights of size up to ~10 here (q may lie outside): the
         * test's 4 eps and 8 eps scale, times the largest weight. */
        double big = fmax(1, fmax(fabs(l[0]), fmax(fabs(l[1]),
                                                     fabs(l[2]))));
        if (!ex_near(sum, 1, 4 * DBL_EPSILON * big) ||
            !ex_near(p[0], q[0], 8 * DBL_EPSILON * scale * big) ||
            !ex_near(p[1], q[1], 8 * DBL_EPSILON * scale * big))
            ex_fail("02.3", "for a = (%.3f, %.3f), b = (%.3f, %.3f), c = "
                    "(%.3f, %.3f), q = (%.3f, %.3f): your weights (%.4g, "
                    "%.4g, %.4g) sum to %.6g and give (%.6g, %.6g)",
                    v[0][0], v[0][1], v[1][0], v[1][1], v[2][0], v[2][1],
                    q[0], q[1], l[0], l[1], l[2], sum, p[0], p[1]);
    }
    ex_pass("02.3");
}
