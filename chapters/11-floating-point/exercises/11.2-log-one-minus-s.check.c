/*
 * Check of exercise 11.2: ex11_log_one_minus_sigmoid(z) = -softplus(z) within
 * 2 ulp of the long double reference at the logits of
 * tests/test_11_floating_point.c, test_stable_losses_at_extremes, and its
 * tolerance there (three roundings: exp, log1p, the sum).
 */
#include "exercise.h"
#include "exercises.h"

#include "fpforms.h"

#include <math.h>

int main(void)
{
    static const double Z[] = { 1e-30, 1e-8, 0.5, 1, 5, 16.6, 20, 40,
                                88.8, 100, 700, 800, 1e4, 1e30 };
    for (int i = 0; i < 14; i++) {
        for (int s = -1; s <= 1; s += 2) {
            double z = s * Z[i];
            long double want = -fpforms_ref_softplus(z);
            double got = ex11_log_one_minus_sigmoid(z);
            if (!(fpforms_ulp_error(got, want, FPFORMS_DOUBLE) <= 2)) {
                ex_fail("11.2", "for z = %g expected log(1 - s(z)) = %.17g "
                        "within 2 ulp, got %.17g (%.3g ulp off)", z,
                        (double)want, got,
                        fpforms_ulp_error(got, want, FPFORMS_DOUBLE));
            }
        }
    }
    ex_pass("11.2");
}
