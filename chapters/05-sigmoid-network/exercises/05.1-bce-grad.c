/*
 * Exercise 05.1 - the gradient that training follows.
 *
 * The network's output l is a logit, read through the sigmoid, and its
 * loss is the cross-entropy L(l) = -y log s(l) - (1 - y) log(1 - s(l)).
 * Write ex05_bce_grad: dL/dl, in a form with no logarithm left (use
 * s'(l) = s(l) (1 - s(l))). Check it:
 *
 *   make exercise EX=05.1
 */
#include "exercises.h"

#include <math.h>

//> ex-05.1
double ex05_bce_grad(double l, double y)
{
    /* your code */
    return 0;
}
//< ex-05.1
