/*
 * Exercise 11.3 - 1 - y^2 without losing half the bits.
 *
 * tanh'(z) from the output is 1 - y^2. As written below, y * y is
 * rounded to float before the subtraction, and for y near 1 the
 * subtraction then exposes that rounding: about half the bits are lost.
 * Rewrite it in float so that, for every float y in [1/2, 1), it is
 * within 1.5 ulp of the exact 1 - y^2 (two ways exist: one rounding at
 * the end, or no y * y at all). Check with `make exercise EX=11.3`.
 */
#include "exercises.h"
#include <math.h>

//> ex-11.3
/* 1 - y^2 in float, to about one rounding. */
float ex11_one_minus_squaref(float y)
{
    return 1.0f - y * y;
}
//< ex-11.3
