/*
 * Exercise 10.1 - ReLU and its derivative, to the last case.
 *
 * r(z) = max(0, z) looks like one line, but a network's code meets more
 * than ordinary numbers: -0, the infinities, and NaN, which must come
 * out as NaN so that a blown-up training shows itself instead of being
 * silently turned into 0 (fmax(0, NaN) is 0). Write r(z) and r'(z) with
 * r'(0) taken as 0; the check compares them bit for bit with the
 * library's act_relu and act_relu_prime. Check with
 * `make exercise EX=10.1`.
 */
#include "exercises.h"
#include <math.h>

//> ex-10.1
/* max(0, z), +0 for every z <= 0, NaN for NaN. */
double ex10_relu(double z)
{
    return 0.0;
}

/* 1 for z > 0, 0 for z <= 0 (at 0 too), NaN for NaN. */
double ex10_relu_prime(double z)
{
    return 0.0;
}
//< ex-10.1
