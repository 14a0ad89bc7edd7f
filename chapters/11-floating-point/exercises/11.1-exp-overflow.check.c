/*
 * Check of exercise 11.1: the student's z is the edge, exactly: expf is
 * inf at z and finite at the float just below, the exact test of an
 * edge tests/test_11_floating_point.c, test_thresholds_are_edges, makes
 * of the chapter's thresholds (expf is monotone, so the edge is unique).
 */
#include "exercise.h"
#include "exercises.h"

#include <float.h>
#include <math.h>
#include <stdio.h>

int main(void)
{
    float z = ex11_expf_overflows_from();
    if (isnan(z)) {
        ex_fail("11.1", "your z is NaN: expected a float");
    }
    if (!isinf(expf(z))) {
        ex_fail("11.1", "at your z = %.9g expf(z) = %.6g is still finite: "
                "look higher", (double)z, (double)expf(z));
    }
    float below = nextafterf(z, -INFINITY);
    if (isinf(expf(below))) {
        ex_fail("11.1", "expf is already inf at %.9g, the float just below "
                "your z = %.9g: look lower", (double)below, (double)z);
    }
    printf("11.1: expf overflows from z = %.9g; ln(FLT_MAX) = %.9g\n",
           (double)z, log(FLT_MAX));
    ex_pass("11.1");
}
