/*
 * Exercise 12.2 - SiLU's derivative from its identity.
 *
 * SiLU is z s(z). Differentiate it by the product rule and use
 * s' = s (1 - s) to write the derivative with one sigmoid only; then
 * write ex12_silu_prime, computing s(z) so that it never overflows.
 * Check it:
 *
 *   make exercise EX=12.2
 */
#include "exercises.h"

#include <math.h>

//> ex-12.2
double ex12_silu_prime(double z)
{
    /* your code: s(z), then the derivative */
    return 0;
}
//< ex-12.2
