/*
 * Check of exercise 04.1: on a grid around the triangle, the three units
 * (through the library's step activation) against the chapter's
 * step_units_in_polygon, an independent test from the vertices.
 */
#include "exercises.h"

#include "act.h"
#include "exercise.h"
#include "step_units.h"

#include <math.h>

#define GRID 61
/* Grid points this near a side are skipped, where rounding may decide:
 * tests/test_04_step_units.c's EDGE_GAP. */
#define NEAR 1e-9

/* The distance of p from the segment's line through u and v. */
static double line_distance(const double *u, const double *v,
                            const double *p)
{
    double dx = v[0] - u[0], dy = v[1] - u[1];
    return fabs(dx * (p[1] - u[1]) - dy * (p[0] - u[0])) / hypot(dx, dy);
}

int main(void)
{
    static const double v[6] = { 0, 0, 4, 0, 0, 3 }; /* counter-clockwise */
    double w[3][2], b[3];
    ex04_triangle(w, b);
    for (int i = 0; i < GRID; i++)
        for (int j = 0; j < GRID; j++) {
            double p[2] = { -1 + 6.0 * i / (GRID - 1),
                            -1 + 6.0 * j / (GRID - 1) };
            if (line_distance(v, v + 2, p) < NEAR ||
                line_distance(v + 2, v + 4, p) < NEAR ||
                line_distance(v + 4, v, p) < NEAR)
                continue;
            int all = 1;
            for (int k = 0; k < 3; k++)
                all &= act_eval(ACT_STEP, w[k][0] * p[0] + w[k][1] * p[1] +
                                              b[k]) == 1;
            int inside = step_units_in_polygon(v, 3, p);
            if (all != inside)
                ex_fail("04.1", "at x = (%g, %g), %s the triangle, your "
                        "three units %s", p[0], p[1],
                        inside ? "inside" : "outside",
                        all ? "all say 1" : "do not all say 1");
        }
    ex_pass("04.1");
}
