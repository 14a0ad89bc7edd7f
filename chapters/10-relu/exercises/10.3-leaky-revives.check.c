/*
 * Check of exercise 10.3: ex10_unit_gradient against central differences
 * of the loss, with the step and tolerance of
 * tests/test_09_vanishing_gradients.c,
 * test_deep_backprop_matches_central_differences: h = 1e-5,
 * |fd - g| <= 1e-7 |g| + 1e-10. No w x + b of the chosen states lies
 * within 1e-3 of the kink at 0, so the loss is smooth across every
 * difference. At a dead state ReLU's gradient must be exactly 0, as
 * tests/test_10_relu.c, test_dead_units_get_exactly_zero_gradient,
 * asks of dead units.
 */
#include "exercise.h"
#include "exercises.h"

#include "act.h"
#include "ref.h"

#include <stdio.h>

/* A unit's state and its activation's slope below 0. */
struct unit {
    double w, b, slope;
};

static double loss(void *ctx)
{
    const struct unit *u = ctx;
    double sum = 0;
    for (int i = 1; i <= 10; i++) {
        double x = i / 10.0;
        double e = act_leaky_relu(u->w * x + u->b, u->slope) - x / 2;
        sum += e * e;
    }
    return sum / 10;
}

static int alive(double w, double b)
{
    return w + b > 0 || 0.1 * w + b > 0; /* w x + b is linear in x */
}

int main(void)
{
    static const double states[][2] = { { 2, 1 }, { 0.3, 0.1 },
                                        { -1, 0.55 }, { 1, -0.35 },
                                        { -1, -0.5 } };
    static const double slopes[] = { 0.0, 0.01, 0.2 };
    const double h = 1e-5;
    for (int s = 0; s < 5; s++) {
        for (int k = 0; k < 3; k++) {
            double w = states[s][0], b = states[s][1], sl = slopes[k];
            double gw, gb;
            ex10_unit_gradient(w, b, sl, &gw, &gb);
            struct unit u = { w, b, sl };
            double fw = ref_central_diff_param(&u.w, h, loss, &u);
            double fb = ref_central_diff_param(&u.b, h, loss, &u);
            if (!(ref_diff_agrees(gw, fw, 1e-7, 1e-10) &&
                  ref_diff_agrees(gb, fb, 1e-7, 1e-10))) {
                ex_fail("10.3", "at (w, b) = (%g, %g), slope %g, expected "
                        "about (%.6g, %.6g), got (%.6g, %.6g)", w, b, sl, fw,
                        fb, gw, gb);
            }
            if (sl == 0 && !alive(w, b) && (gw != 0 || gb != 0)) {
                ex_fail("10.3", "at the dead state (%g, %g) ReLU's gradient "
                        "must be exactly 0, got (%g, %g)", w, b, gw, gb);
            }
        }
    }
    /* Passed: descent from the dead state, at rate 0.5. */
    const double rate = 0.5;
    const long max_steps = 100000;
    for (int k = 0; k < 2; k++) {
        double w = -1, b = -0.5, sl = slopes[k];
        long step = 0;
        while (!alive(w, b) && step < max_steps) {
            double gw, gb;
            ex10_unit_gradient(w, b, sl, &gw, &gb);
            w -= rate * gw;
            b -= rate * gb;
            step++;
        }
        if (alive(w, b)) {
            printf("10.3: slope %g: alive again after %ld steps\n", sl, step);
        } else {
            printf("10.3: slope %g: still dead after %ld steps, at "
                   "(%g, %g)\n", sl, step, w, b);
        }
    }
    ex_pass("10.3");
}
