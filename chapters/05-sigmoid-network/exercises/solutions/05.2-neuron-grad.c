/*
 * Exercise 05.2, a solution: dL/dw = (s(l) - y) x, dL/db = s(l) - y.
 */
#include "exercises.h"

#include <math.h>

double ex05_neuron_grad(const double w[2], double b, const double x[2],
                        double y, double gw[2])
{
    double d = 1 / (1 + exp(-(w[0] * x[0] + w[1] * x[1] + b))) - y;
    gw[0] = d * x[0];
    gw[1] = d * x[1];
    return d;
}
