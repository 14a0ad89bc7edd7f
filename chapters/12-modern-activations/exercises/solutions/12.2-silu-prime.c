/*
 * Exercise 12.2, a solution: (z s)' = s + z s (1 - s) = s (1 + z (1 - s)),
 * with s from e^-|z|, which never overflows.
 */
#include "exercises.h"

#include <math.h>

double ex12_silu_prime(double z)
{
    double e = exp(-fabs(z));
    double s = z >= 0 ? 1 / (1 + e) : e / (1 + e);
    return s * (1 + z * (1 - s));
}
