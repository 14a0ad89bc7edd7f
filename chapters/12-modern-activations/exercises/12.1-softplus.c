/*
 * Exercise 12.1 - softplus that survives every input.
 *
 * ex12_softplus below is the textbook formula ln(1 + e^z). For z = 1000,
 * e^z overflows and the answer is inf, not 1000; for z = -50, 1 + e^z
 * rounds to 1 and the answer is 0, not e^-50. Rewrite it so that it is
 * right to a few ulps for every z (hint: log1p, and e^z only where it
 * cannot overflow). Check it:
 *
 *   make exercise EX=12.1
 */
#include "exercises.h"

#include <math.h>

//> ex-12.1
double ex12_softplus(double z)
{
    return log(1 + exp(z)); /* your code: a form that never overflows */
}
//< ex-12.1
