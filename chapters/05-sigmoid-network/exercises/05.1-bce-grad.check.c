/*
 * Check of exercise 05.1: ex05_bce_grad against central differences of
 * the library's loss_bce_logits, with the step and the tolerance of
 * tests/test_mlp.c (GRAD_H, GRAD_TOL).
 */
#include "exercises.h"

#include "exercise.h"
#include "mlp.h"

#define GRAD_H 1e-6
#define GRAD_TOL 1e-7

int main(void)
{
    static const double ls[] = { -6, -2, -0.5, 0, 0.3, 1, 4 };
    static const double ys[] = { 0, 1, 0.25 };
    for (size_t i = 0; i < sizeof ls / sizeof ls[0]; i++)
        for (size_t j = 0; j < sizeof ys / sizeof ys[0]; j++) {
            double l = ls[i], y = ys[j];
            double want = (loss_bce_logits(l + GRAD_H, y) -
                           loss_bce_logits(l - GRAD_H, y)) / (2 * GRAD_H);
            double got = ex05_bce_grad(l, y);
            if (!ex_near(got, want, GRAD_TOL))
                ex_fail("05.1", "for l = %g, y = %g expected dL/dl about "
                        "%.6f, got %.6g", l, y, want, got);
        }
    ex_pass("05.1");
}
