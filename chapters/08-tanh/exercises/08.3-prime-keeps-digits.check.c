/*
 * Check of exercise 08.3: ex08_tanh_prime(z) within 4 ulp of the long
 * double reference on z = -40, -39.9, ..., 40, the bound
 * tests/test_08_tanh.c, test_tanh_prime_forms, sets for the library's
 * act_tanh_prime (one exp, then +, *, /: about 3.5 ulp).
 */
#include "exercise.h"
#include "exercises.h"

#include "ref.h"

#include <math.h>

int main(void)
{
    for (int i = -400; i <= 400; i++) {
        double z = i / 10.0;
        double got = ex08_tanh_prime(z), want = (double)ref_tanh_prime(z);
        if (!ex_near_ulps(got, want, 4)) {
            ex_fail("08.3", "for z = %g expected tanh'(z) = %.17g to 4 ulp, "
                    "got %.17g", z, want, got);
        }
    }
    ex_pass("08.3");
}
