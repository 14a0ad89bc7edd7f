/*
 * Exercise 01.1, a solution: the score, then the sigmoid.
 */
#include "exercises.h"

#include <math.h>

double ex01_output(const double w[2], double b, const double x[2])
{
    double z = w[0] * x[0] + w[1] * x[1] + b;
    return 1 / (1 + exp(-z));
}
