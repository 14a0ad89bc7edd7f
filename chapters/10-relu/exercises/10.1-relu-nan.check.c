/*
 * Check of exercise 10.1: relu and relu_prime bit for bit equal to the
 * library's act_relu and act_relu_prime at ordinary numbers, +-0, the
 * smallest subnormal, +-DBL_MAX, +-inf and NaN: the cases of
 * tests/test_act.c (the edge cases checked with CHECK_SAME).
 */
#include "exercise.h"
#include "exercises.h"

#include "act.h"

#include <float.h>
#include <math.h>
#include <string.h>

/* Bit for bit, except that any NaN equals any NaN. */
static int same(double a, double b)
{
    return (isnan(a) && isnan(b)) || memcmp(&a, &b, sizeof a) == 0;
}

int main(void)
{
    const double z[] = { -2.5, 3.0, 0.0, -0.0, 4.9e-324, -4.9e-324,
                         DBL_MAX, -DBL_MAX, INFINITY, -INFINITY, NAN };
    for (int i = 0; i < 11; i++) {
        if (!same(ex10_relu(z[i]), act_relu(z[i]))) {
            ex_fail("10.1", "ex10_relu(%g) should be %g, got %g", z[i],
                    act_relu(z[i]), ex10_relu(z[i]));
        }
        if (!same(ex10_relu_prime(z[i]), act_relu_prime(z[i]))) {
            ex_fail("10.1", "ex10_relu_prime(%g) should be %g, got %g", z[i],
                    act_relu_prime(z[i]), ex10_relu_prime(z[i]));
        }
    }
    ex_pass("10.1");
}
