/*
 * Check of exercise 08.1: ex08_tanh_from_sigmoid(z) against the library's
 * act_tanh on z = -40, -39.9, ..., 40. tanh is O(1), so an absolute
 * tolerance: 3 eps, that of tests/test_08_tanh.c,
 * test_tanh_equals_two_sigmoid_minus_one.
 */
#include "exercise.h"
#include "exercises.h"

#include "act.h"

#include <float.h>
#include <math.h>

int main(void)
{
    for (int i = -400; i <= 400; i++) {
        double z = i / 10.0;
        double got = ex08_tanh_from_sigmoid(z), want = act_tanh(z);
        if (!(fabs(got - want) <= 3 * DBL_EPSILON)) {
            ex_fail("08.1", "for z = %g expected tanh(z) = %.17g within "
                    "3 eps, got %.17g", z, want, got);
        }
    }
    ex_pass("08.1");
}
