/*
 * Check of exercise 05.1: ex05_bce_grad against central differences of
 * the library's loss_bce_logits, with the step and the tolerance of
 * tests/test_mlp.c (GRAD_H, GRAD_TOL).
 */
#include "exercises.h"

#include "exercise.h"
#include "mlp.h"
#include "ref.h"

#define GRAD_H 1e-6
#define GRAD_TOL 1e-7

/* The loss at the logit and label of ctx, the logit being the
 * parameter the central difference moves. */
struct point {
    double l, y;
};

static double point_loss(void *ctx)
{
    const struct point *p = ctx;
    return loss_bce_logits(p->l, p->y);
}

int main(void)
{
    static const double ls[] = { -6, -2, -0.5, 0, 0.3, 1, 4 };
    static const double ys[] = { 0, 1, 0.25 };
    for (size_t i = 0; i < sizeof ls / sizeof ls[0]; i++)
        for (size_t j = 0; j < sizeof ys / sizeof ys[0]; j++) {
            double l = ls[i], y = ys[j];
            struct point pt = { l, y };
            double want = ref_central_diff_param(&pt.l, GRAD_H, point_loss,
                                                 &pt);
            double got = ex05_bce_grad(l, y);
            if (!ex_near(got, want, GRAD_TOL))
                ex_fail("05.1", "for l = %g, y = %g expected dL/dl about "
                        "%.6f, got %.6g", l, y, want, got);
        }
    ex_pass("05.1");
}
