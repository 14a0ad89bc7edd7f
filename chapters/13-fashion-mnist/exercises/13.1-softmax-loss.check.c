/*
 * Check of exercise 13.1: ex13_softmax_loss against the chapter's
 * fmnet_softmax_xent, at the 20 random sets of 10 logits in [-4, 4] of
 * tests/test_13_fashion_mnist.c, test_softmax_xent_gradient_is_p_minus_
 * onehot (seed 5), and at the large logits that test uses (and their
 * negatives). Tolerance 1e-6 relative: ten times the noise of a float
 * loss (1e-7 relative, test_backprop_equals_central_differences), so
 * that a loss summed in float passes, a wrong formula does not; absolute
 * for losses below 1 (a loss of exactly 0 is not asked to be exact).
 */
#include "exercise.h"
#include "exercises.h"

#include "fmnet.h"
#include "rng.h"

#include <math.h>

static void compare(const float *z, long k, int y)
{
    double want = fmnet_softmax_xent(z, k, y, NULL);
    double got = ex13_softmax_loss(z, k, y);
    if (!(fabs(got - want) <= 1e-6 * fmax(fabs(want), 1.0))) {
        ex_fail("13.1", "for the logits (%g, %g, %g%s) and class %d expected "
                "a loss of %.9g, got %.9g", (double)z[0], (double)z[1],
                (double)z[2], k > 3 ? ", ..." : "", y, want, got);
    }
}

int main(void)
{
    struct rng r;
    rng_seed(&r, 5);
    for (int trial = 0; trial < 20; trial++) {
        float z[10];
        for (int i = 0; i < 10; i++) {
            z[i] = (float)rng_range(&r, -4, 4);
        }
        compare(z, 10, (int)rng_below(&r, 10));
    }
    const float big[3] = { 1000, -1000, 0 };
    const float low[3] = { -1000, -1001, -1002 };
    for (int y = 0; y < 3; y++) {
        compare(big, 3, y);
        compare(low, 3, y);
    }
    ex_pass("13.1");
}
