/*
 * Exercise 05.1, a solution: dL/dl = s(l) - y.
 */
#include "exercises.h"

#include <math.h>

double ex05_bce_grad(double l, double y)
{
    return 1 / (1 + exp(-l)) - y;
}
