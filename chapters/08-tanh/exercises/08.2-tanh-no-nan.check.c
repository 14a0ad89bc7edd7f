/*
 * Check of exercise 08.2: ex08_tanh_no_nan is within 3 eps of act_tanh on
 * z = -40, -39.9, ..., 40 (the absolute tolerance of tests/test_08_tanh.c,
 * test_tanh_equals_two_sigmoid_minus_one), exactly +-1 far out and at
 * +-inf (test_printed_forms_overflow), NaN for NaN, and odd bit for bit
 * (test_tanh_is_odd_bit_for_bit), the sign of zero included.
 */
#include "exercise.h"
#include "exercises.h"

#include "act.h"

#include <float.h>
#include <math.h>
#include <string.h>

static int same_bits(double a, double b)
{
    return memcmp(&a, &b, sizeof a) == 0;
}

int main(void)
{
    for (int i = -400; i <= 400; i++) {
        double z = i / 10.0;
        double got = ex08_tanh_no_nan(z), want = act_tanh(z);
        if (!(fabs(got - want) <= 3 * DBL_EPSILON)) {
            ex_fail("08.2", "for z = %g expected tanh(z) = %.17g within "
                    "3 eps, got %.17g", z, want, got);
        }
    }
    const double far[] = { 700, 710, 800, 1e300, INFINITY };
    for (int i = 0; i < 5; i++) {
        for (int s = -1; s <= 1; s += 2) {
            double z = s * far[i], got = ex08_tanh_no_nan(z);
            if (got != s) {
                ex_fail("08.2", "for z = %g expected %d, got %g", z, s, got);
            }
        }
    }
    if (!isnan(ex08_tanh_no_nan(NAN))) {
        ex_fail("08.2", "for z = NaN expected NaN, got %g",
                ex08_tanh_no_nan(NAN));
    }
    const double odd[] = { 0.0, 1e-300, 1e-9, 0.3, 1.7, 19.1 };
    for (int i = 0; i < 6; i++) {
        double z = odd[i];
        double minus = ex08_tanh_no_nan(-z), plus = ex08_tanh_no_nan(z);
        if (!same_bits(minus, -plus)) {
            ex_fail("08.2", "for z = %g: tanh(-z) = %g is not -tanh(z) = %g "
                    "bit for bit", z, minus, -plus);
        }
    }
    ex_pass("08.2");
}
