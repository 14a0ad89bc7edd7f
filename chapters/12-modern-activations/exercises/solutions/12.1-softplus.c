/*
 * Exercise 12.1, a solution: for z > 0, ln(1 + e^z) = z + ln(1 + e^-z),
 * so exp() only ever sees a non-positive argument; log1p keeps the
 * digits of a small e^z that 1 + e^z would round away.
 */
#include "exercises.h"

#include <math.h>

double ex12_softplus(double z)
{
    return z > 0 ? z + log1p(exp(-z)) : log1p(exp(z));
}
