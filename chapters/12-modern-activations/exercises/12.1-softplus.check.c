/*
 * Check of exercise 12.1: ex12_softplus against the library's
 * act_softplus, from the far negative tail to beyond exp's overflow.
 */
#include "exercises.h"

#include "act_modern.h"
#include "exercise.h"

#include <float.h>

int main(void)
{
    static const double zs[] = { -700, -50, -20, -3, -1e-8, 0, 1e-8, 0.5,
                                 3, 20, 40, 100, 709, 710, 1000, 1e300 };
    for (size_t k = 0; k < sizeof zs / sizeof zs[0]; k++) {
        double want = act_softplus(zs[k]), got = ex12_softplus(zs[k]);
        /* tests/test_act_modern.c holds the library to a few ulp of long
         * double; a stable answer (log1p and exp, one rounding each, and
         * an addition) is within 8 DBL_EPSILON of it relatively. */
        if (!ex_near_rel(got, want, 8 * DBL_EPSILON))
            ex_fail("12.1", "for z = %g expected about %.6g, got %.6g",
                    zs[k], want, got);
    }
    ex_pass("12.1");
}
