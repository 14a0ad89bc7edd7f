/*
 * Exercise 08.3 - a tanh' that keeps its digits.
 *
 * 1 - tanh(z)^2, below as given, subtracts two nearly equal numbers
 * once tanh(z) is near 1: it loses digits as |z| grows and is exactly 0
 * from where tanh(z) rounds to 1, while the true tanh' is still far
 * above the smallest double. Write tanh'(z) from z so that it is within
 * 4 ulp of the true value for |z| <= 40 (one exp, no subtraction of
 * near-equals). Check with `make exercise EX=08.3`.
 */
#include "exercises.h"
#include <math.h>

//> ex-08.3
/* tanh'(z), accurate to a few ulp for every z. */
double ex08_tanh_prime(double z)
{
    double t = tanh(z);
    return 1.0 - t * t; /* loses its digits as |z| grows */
}
//< ex-08.3
