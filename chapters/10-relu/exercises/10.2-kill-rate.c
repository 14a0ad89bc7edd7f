/*
 * Exercise 10.2 - the learning rate that kills a ReLU unit.
 *
 * One ReLU unit y = r(w x + b) learns the targets t = x / 2 at the ten
 * inputs x = 0.1, 0.2, ..., 1 by gradient descent on the mean squared
 * error. It starts at (w, b) = (2, 1), every output above its target,
 * so the step lowers both w and b. relu_step() below takes one step at
 * rate lr. Too large a step overshoots: afterwards w x + b <= 0 at all
 * ten inputs, the unit is dead (it outputs 0 and gets no gradient), and
 * no later step can move it. Find the smallest rate at which one step
 * kills the unit, to the last bit: that rate kills it, the double just
 * below it does not (bisect on lr). Check with `make exercise EX=10.2`.
 */
#include "exercises.h"
#include <math.h>
#include <stddef.h>

#define POINTS 10

//> ex-10.2-step
/* One full-batch step of descent at rate lr on (1/n) sum (y - t)^2. */
static void relu_step(double *w, double *b, double lr)
{
    double gw = 0, gb = 0;
    for (int i = 1; i <= POINTS; i++) {
        double x = i / 10.0, t = x / 2, z = *w * x + *b;
        double dy = z > 0 ? 2 * (z - t) / POINTS : 0; /* r'(z) = 0 if dead */
        gw += dy * x;
        gb += dy;
    }
    *w -= lr * gw;
    *b -= lr * gb;
}
//< ex-10.2-step

/* Whether w x + b <= 0 at every input. */
static int is_dead(double w, double b)
{
    for (int i = 1; i <= POINTS; i++) {
        if (w * (i / 10.0) + b > 0) {
            return 0;
        }
    }
    return 1;
}

//> ex-10.2
/* The smallest lr at which one relu_step from (2, 1) leaves the unit
 * dead. */
double ex10_kill_rate(void)
{
    double w = 2, b = 1;
    relu_step(&w, &b, 0.1); /* a try */
    return is_dead(w, b) ? 0.1 : 0.0;
}
//< ex-10.2
