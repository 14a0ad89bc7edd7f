/*
 * Check of exercise 12.2: ex12_silu_prime against the library's
 * act_silu_prime on [-40, 40] and at +-1000.
 */
#include "exercises.h"

#include "act_modern.h"
#include "exercise.h"

static void compare(double z)
{
    double want = act_silu_prime(z), got = ex12_silu_prime(z);
    /* tests/test_12_modern_activations.c (M2) holds the library to
     * 1e-14 of the identity; an answer by the identity in double is
     * within 1e-14 of it too, wherever it does not overflow. */
    if (!ex_near(got, want, 2e-14))
        ex_fail("12.2", "for z = %g expected about %.6g, got %.6g", z,
                want, got);
}

int main(void)
{
    /* First where the derivative is of order 1, so that a wrong formula
     * is reported at a value a student can check by hand; then the
     * tails, where it is tiny and only a stable sigmoid is right. */
    static const double near[] = { -3, -1, -0.5, 0, 0.5, 1, 2, 5 };
    for (size_t k = 0; k < sizeof near / sizeof near[0]; k++) {
        compare(near[k]);
    }
    for (int i = 0; i <= 800; i++) {
        compare(-40 + 0.1 * i + 0.013); /* off the grid's round numbers */
    }
    if (!ex_near(ex12_silu_prime(1000), 1, 1e-14) ||
        !ex_near(ex12_silu_prime(-1000), 0, 1e-14))
        ex_fail("12.2", "at z = +-1000 expected about 1 and 0, got %g and "
                "%g", ex12_silu_prime(1000), ex12_silu_prime(-1000));
    ex_pass("12.2");
}
