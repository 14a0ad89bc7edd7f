/*
 * Check of exercise 07.1: ex07_sigmoid_prime_y(s(z)) against the
 * long double reference s'(z) on z = -30, -29.9, ..., 30.
 *
 * Tolerances of tests/test_07_sigmoid.c,
 * test_sigmoid_prime_equals_s_times_one_minus_s: within 4 ulp for
 * z <= 0; for z > 0 the subtraction 1 - y amplifies the rounding of y
 * by about e^z, so within 4 eps e^z relative.
 */
#include "exercise.h"
#include "exercises.h"

#include "act.h"
#include "ref.h"

#include <float.h>
#include <math.h>
#include <stdio.h>

int main(void)
{
    for (int i = -300; i <= 300; i++) {
        double z = i / 10.0;
        double want = (double)ref_sigmoid_prime(z);
        double got = ex07_sigmoid_prime_y(act_sigmoid(z));
        int ok = z <= 0 ? ex_near_ulps(got, want, 4)
                        : fabs(got - want) <= 4 * DBL_EPSILON * exp(z) * want;
        if (!ok) {
            ex_fail("07.1", "for z = %g (y = %.17g) expected s'(z) = %.6g, "
                    "got %.6g", z, act_sigmoid(z), want, got);
        }
    }
    /* Passed: what the form from y keeps where y is nearly 1. */
    double z = 30, want = (double)ref_sigmoid_prime(z);
    double got = ex07_sigmoid_prime_y(act_sigmoid(z));
    printf("07.1: at z = 30 your form errs by %.1e relative, "
           "act_sigmoid_prime(z) by %.1e; at z = 37 yours gives %g\n",
           fabs(got - want) / want,
           fabs(act_sigmoid_prime(z) - want) / want,
           ex07_sigmoid_prime_y(act_sigmoid(37.0)));
    ex_pass("07.1");
}
