/*
 * Exercise 01.1 - a neuron's output, by hand.
 *
 * Write ex01_output: the score z = w1 x1 + w2 x2 + b, then the sigmoid
 * a = 1 / (1 + e^-z), with nothing but exp() from <math.h>. Check it:
 *
 *   make exercise EX=01.1
 */
#include "exercises.h"

#include <math.h>

//> ex-01.1
double ex01_output(const double w[2], double b, const double x[2])
{
    /* your code: the score, then the activation */
    return 0;
}
//< ex-01.1
