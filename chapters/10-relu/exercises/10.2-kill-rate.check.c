/*
 * Check of exercise 10.2: the student's rate is the edge, exactly: one
 * step at it kills the unit, one at the double below does not. The same
 * exact test of an edge found by bisection as tests/test_07_sigmoid.c,
 * test_formula_reaches_one_before_true_sigmoid. The step and the test
 * of death are the stub's, repeated here so that edits to the stub
 * cannot move the answer. Killing is monotone in lr: after the step
 * w x + b is (2 - lr gw) x + (1 - lr gb) with gw, gb > 0.
 */
#include "exercise.h"
#include "exercises.h"

#include <math.h>
#include <stdio.h>

#define POINTS 10

static void relu_step(double *w, double *b, double lr)
{
    double gw = 0, gb = 0;
    for (int i = 1; i <= POINTS; i++) {
        double x = i / 10.0, t = x / 2, z = *w * x + *b;
        double dy = z > 0 ? 2 * (z - t) / POINTS : 0;
        gw += dy * x;
        gb += dy;
    }
    *w -= lr * gw;
    *b -= lr * gb;
}

/* The largest w x + b over the inputs after one step at rate lr. */
static double largest_z(double lr)
{
    double w = 2, b = 1, top = -INFINITY;
    relu_step(&w, &b, lr);
    for (int i = 1; i <= POINTS; i++) {
        top = fmax(top, w * (i / 10.0) + b);
    }
    return top;
}

int main(void)
{
    double lr = ex10_kill_rate();
    if (!(lr > 0) || !isfinite(lr)) {
        ex_fail("10.2", "your rate is %g: expected a finite rate > 0", lr);
    }
    double top = largest_z(lr);
    if (top > 0) {
        ex_fail("10.2", "after a step at lr = %.17g the unit is alive (the "
                "largest w x + b is %.3g): look higher", lr, top);
    }
    double below = nextafter(lr, 0);
    if (largest_z(below) <= 0) {
        ex_fail("10.2", "a step at lr = %.17g, the double below yours, "
                "already kills the unit: look lower", below);
    }
    printf("10.2: from lr = %.6g on one step kills the unit\n", lr);
    ex_pass("10.2");
}
