/*
 * Check of exercise 09.1: ex09_chain_gradient against central differences
 * of the chain's output, with the step and the tolerance of
 * tests/test_09_vanishing_gradients.c,
 * test_deep_backprop_matches_central_differences: h = 1e-5 and
 * |fd - g| <= 1e-7 |g| + 1e-10. The chains are short or their weights
 * large enough that every gradient lies far above 1e-10, where the
 * check is relative.
 */
#include "exercise.h"
#include "exercises.h"

#include "act.h"
#include "ref.h"

#include <stddef.h>
#include <stdio.h>

/* A chain of n sigmoid units with weights w, fed x (the parameter the
 * central difference moves). */
struct chain {
    const double *w;
    size_t n;
    double x;
};

static double chain_output(void *ctx)
{
    const struct chain *c = ctx;
    double x = c->x;
    for (size_t l = 0; l < c->n; l++) {
        x = act_sigmoid(c->w[l] * x);
    }
    return x;
}

int main(void)
{
    static const double w[] = { 2.0, -3.0, 1.5, 4.0, -2.5, 3.0, 4.0, -4.0 };
    static const double xs[] = { -1.0, 0.3, 2.0 };
    const double h = 1e-5;
    for (size_t n = 1; n <= 8; n++) {
        for (int i = 0; i < 3; i++) {
            double x = xs[i];
            struct chain c = { w, n, x };
            double fd = ref_central_diff_param(&c.x, h, chain_output, &c);
            double g = ex09_chain_gradient(w, n, x);
            if (!ref_diff_agrees(g, fd, 1e-7, 1e-10)) {
                ex_fail("09.1", "for a chain of n = %zu (weights 2, -3, "
                        "1.5, ...) at x = %g expected about %.6g, got %.6g",
                        n, x, fd, g);
            }
        }
    }
    /* Passed: what a chain of unit weights does to the gradient. */
    double ones[30];
    for (int i = 0; i < 30; i++) {
        ones[i] = 1.0;
    }
    printf("09.1: with w = 1, 5 units pass %.1e of the gradient, 10 pass "
           "%.1e, 30 pass %.1e\n", ex09_chain_gradient(ones, 5, 0.5),
           ex09_chain_gradient(ones, 10, 0.5),
           ex09_chain_gradient(ones, 30, 0.5));
    ex_pass("09.1");
}
