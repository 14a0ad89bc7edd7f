/*
 * Check of exercise 11.3: ex11_one_minus_squaref(y) for every float y in
 * [1/2, 1) against the exact (1 - y)(1 + y), computed in double, within
 * 1.5 float ulp: the bound of the factored form in
 * tests/test_11_floating_point.c, test_one_minus_square_without_fma
 * (fma rounds once and stays within 0.5). 2^23 floats: a few
 * milliseconds.
 */
#include "exercise.h"
#include "exercises.h"

#include "fpcheck.h"

#include <math.h>
#include <stdio.h>

int main(void)
{
    float worst_y = 0.5f;
    double worst = 0;
    for (float y = 0.5f; y < 1.0f; y = nextafterf(y, 2.0f)) {
        double want = (1.0 - (double)y) * (1.0 + (double)y); /* exact */
        double err = fpcheck_ulps(ex11_one_minus_squaref(y), want);
        if (!(err <= worst)) { /* NaN counts as worse */
            worst = err;
            worst_y = y;
        }
    }
    if (!(worst <= 1.5)) {
        float y = worst_y;
        ex_fail("11.3", "for y = %.9g expected 1 - y^2 = %.9g within 1.5 "
                "ulp, got %.9g (%.3g ulp off)", (double)y,
                (1.0 - (double)y) * (1.0 + (double)y),
                (double)ex11_one_minus_squaref(y), worst);
    }
    printf("11.3: worst error %.3g ulp, at y = %.9g\n", worst,
           (double)worst_y);
    ex_pass("11.3");
}
