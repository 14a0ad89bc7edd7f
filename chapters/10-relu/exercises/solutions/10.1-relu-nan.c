/* Solution of exercise 10.1: NaN fails every comparison, so it must be
 * let through by name; -0 fails z > 0 and becomes +0. */
#include "exercises.h"
#include <math.h>

double ex10_relu(double z)
{
    return z > 0 || isnan(z) ? z : 0.0;
}

double ex10_relu_prime(double z)
{
    if (isnan(z)) {
        return z;
    }
    return z > 0 ? 1.0 : 0.0;
}
