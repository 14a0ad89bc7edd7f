/*
 * Check of exercise 13.2: ex13_softmax_gradient against central
 * differences of the chapter's loss fmnet_softmax_xent, as
 * tests/test_13_fashion_mnist.c, test_softmax_xent_gradient_is_p_minus_
 * onehot, checks the chapter's own gradient: the same 20 random sets of
 * logits (seed 5), h = 1e-3 with the step the float logits actually
 * took, tolerance 1e-3; and at the logits (1000, -1000, 0), class 1,
 * finite with dL/dz_0 within 1e-6 of its value.
 */
#include "exercise.h"
#include "exercises.h"

#include "fmnet.h"
#include "ref.h"
#include "rng.h"

#include <math.h>

/* Ten logits and a class: the loss the central difference moves a
 * logit of. */
struct logits {
    const float *z;
    int y;
};

static double logits_loss(void *ctx)
{
    const struct logits *c = ctx;
    return fmnet_softmax_xent(c->z, 10, c->y, NULL);
}

int main(void)
{
    struct rng r;
    rng_seed(&r, 5);
    for (int trial = 0; trial < 20; trial++) {
        float z[10], g[10];
        for (int i = 0; i < 10; i++) {
            z[i] = (float)rng_range(&r, -4, 4);
        }
        int y = (int)rng_below(&r, 10);
        ex13_softmax_gradient(z, 10, y, g);
        struct logits c = { z, y };
        for (int i = 0; i < 10; i++) {
            double num = ref_central_diff_paramf(&z[i], 1e-3f, logits_loss,
                                                 &c);
            if (!(fabs(num - g[i]) < 1e-3)) {
                ex_fail("13.2", "for 10 logits (the first %.4g), class "
                        "%d: dL/dz_%d should be about %.4g (central "
                        "difference), got %.4g", (double)z[0], y, i, num,
                        (double)g[i]);
            }
        }
    }
    const float big[3] = { 1000, -1000, 0 };
    float g[3], want[3];
    fmnet_softmax_xent(big, 3, 1, want);
    ex13_softmax_gradient(big, 3, 1, g);
    for (int i = 0; i < 3; i++) {
        if (!(fabs(g[i] - want[i]) < 1e-6)) {
            ex_fail("13.2", "for the logits (1000, -1000, 0), class 1: "
                    "dL/dz_%d should be %g, got %g", i, (double)want[i],
                    (double)g[i]);
        }
    }
    ex_pass("13.2");
}
