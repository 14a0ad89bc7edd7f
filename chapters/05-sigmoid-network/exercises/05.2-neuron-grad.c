/*
 * Exercise 05.2 - the chain rule through one neuron.
 *
 * For one sigmoid neuron with logit l = w . x + b and the cross-entropy
 * of exercise 05.1, write ex05_neuron_grad: dL/dw1 and dL/dw2 into gw,
 * and return dL/db. The network's backward pass does this for every
 * unit. Check it:
 *
 *   make exercise EX=05.2
 */
#include "exercises.h"

#include <math.h>

//> ex-05.2
double ex05_neuron_grad(const double w[2], double b, const double x[2],
                        double y, double gw[2])
{
    /* your code: dL/dl, then how l depends on w and b */
    gw[0] = 0;
    gw[1] = 0;
    return 0;
}
//< ex-05.2
