/*
 * Check of exercise 07.3: the central difference of act_sigmoid at z = 1
 * with the student's step, against the long double s'(1). Tolerance
 * 1e-9 of tests/test_07_sigmoid.c,
 * test_central_difference_converges_as_h_squared (the best step agrees
 * to about eps^(2/3) = 4e-11).
 */
#include "exercise.h"
#include "exercises.h"

#include "act.h"
#include "ref.h"

#include <math.h>
#include <stdio.h>

static double sigmoid(double z)
{
    return act_sigmoid(z);
}

int main(void)
{
    double h = ex07_central_step();
    if (!(h > 0) || !isfinite(h)) {
        ex_fail("07.3", "your step is h = %g: expected a finite h > 0", h);
    }
    double want = (double)ref_sigmoid_prime(1.0L);
    double err = fabs(ref_central_diff(sigmoid, 1.0, h) - want);
    if (!(err < 1e-9)) {
        ex_fail("07.3", "with h = %g the central difference at z = 1 is off "
                "by %.2g; expected under 1e-09", h, err);
    }
    printf("07.3: with h = %g the error is %.2g\n", h, err);
    ex_pass("07.3");
}
