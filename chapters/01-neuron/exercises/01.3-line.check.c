/*
 * Check of exercise 01.3: the student's neuron on a few triples p, q, r;
 * the chapter's neuron_forward gives z, neuron_band its rounding band.
 */
#include "exercises.h"

#include "exercise.h"
#include "neuron.h"

#include <math.h>
#include <stddef.h>

/* The largest coordinate of the cases below, for the rounding band. */
#define RADIUS 4.0

/* The distance of x from the neuron's line, as neuron_forward finds it. */
static double distance(const struct neuron *nr, const double x[2])
{
    double z, a;
    neuron_forward(nr, x, &z, &a, 1);
    return z / hypot(nr->layer.w[0], nr->layer.w[1]);
}

int main(void)
{
    static const double cases[][6] = { /* p, q, r */
        { 0, 0, 1, 1, 1, 0 },  { 0, 0, 1, 1, 0, 1 },
        { -2, 1, 3, 1, 0, -4 }, { 1, -3, 1, 2, -1, 0 },
        { 0.5, 2, -1.5, -0.5, 4, 4 },
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        const double *p = cases[k], *q = p + 2, *r = p + 4;
        double w[2] = { 0, 0 }, b = 0;
        ex01_line(p, q, r, w, &b);
        if (!(hypot(w[0], w[1]) > 0) || !isfinite(b))
            ex_fail("01.3", "for p = (%g, %g), q = (%g, %g): w = (%g, %g) "
                    "has no line", p[0], p[1], q[0], q[1], w[0], w[1]);
        struct neuron nr;
        neuron_init(&nr, w[0], w[1], b, ACT_STEP);
        /* tests/test_01_neuron.c: z is known to within neuron_band() of
         * the line; building w and b from the points rounds as much
         * again, hence twice the band. */
        double tol = 2 * neuron_band(&nr, RADIUS);
        double dp = distance(&nr, p), dq = distance(&nr, q);
        double dr = distance(&nr, r);
        neuron_free(&nr);
        const char *miss = fabs(dp) > tol ? "p" : fabs(dq) > tol ? "q" : 0;
        if (miss)
            ex_fail("01.3", "for p = (%g, %g), q = (%g, %g): your line "
                    "w = (%g, %g), b = %g misses %s by %.3g", p[0], p[1],
                    q[0], q[1], w[0], w[1], b, miss, fabs(*miss == 'p' ?
                    dp : dq));
        if (!(dr > tol))
            ex_fail("01.3", "for p = (%g, %g), q = (%g, %g), r = (%g, %g): "
                    "your neuron has z(r) <= 0, r must be on the positive "
                    "side", p[0], p[1], q[0], q[1], r[0], r[1]);
    }
    ex_pass("01.3");
}
