/*
 * Check of exercise 06.1: ex06_quadratic against the chapter's
 * feature_maps_quadratic, bit for bit (one product each, no choice of
 * rounding), at a few points.
 */
#include "exercises.h"

#include "exercise.h"
#include "feature_maps.h"

int main(void)
{
    static const double xs[][2] = {
        { 0, 0 }, { 1, 2 }, { -3, 0.5 }, { 2.5, -1.25 }, { -0.1, -4 },
    };
    static const char *const what[3] = { "u[0]", "u[1]", "u[2]" };
    for (size_t k = 0; k < sizeof xs / sizeof xs[0]; k++) {
        double want[3], got[3] = { 0, 0, 0 };
        feature_maps_quadratic(xs[k], 1, want);
        ex06_quadratic(xs[k], got);
        for (int i = 0; i < 3; i++)
            if (got[i] != want[i])
                ex_fail("06.1", "for x = (%g, %g) expected %s = %g, got %g",
                        xs[k][0], xs[k][1], what[i], want[i], got[i]);
    }
    ex_pass("06.1");
}
