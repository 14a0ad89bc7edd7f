/*
 * Exercise 10.3 - a dead unit, and the leak that revives it.
 *
 * The unit of exercise 10.2, y = g(w x + b) learning t = x / 2 at
 * x = 0.1, 0.2, ..., 1 on the mean squared error, now with the leaky
 * ReLU g(z) = z for z > 0, slope z otherwise (slope = 0 is ReLU).
 * Write the gradient of the loss L = (1/10) sum (g(w x + b) - t)^2 with
 * respect to w and b. The check compares it with central differences,
 * then runs descent from a dead state, (w, b) = (-1, -0.5), with ReLU
 * and with the leak 0.01, and prints what becomes of each. Check with
 * `make exercise EX=10.3`.
 */
#include "exercises.h"
#include "act.h"

//> ex-10.3
/* dL/dw and dL/db at (w, b) for the leaky ReLU of the given slope. */
void ex10_unit_gradient(double w, double b, double slope, double *gw,
                   double *gb)
{
    *gw = 0.0; /* sum over the ten inputs here */
    *gb = 0.0;
}
//< ex-10.3
