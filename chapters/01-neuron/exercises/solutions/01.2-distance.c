/*
 * Exercise 01.2, a solution: z = |w| s, so s = z / |w|.
 */
#include "exercises.h"

#include <math.h>

double ex01_distance(const double w[2], double b, const double x[2])
{
    return (w[0] * x[0] + w[1] * x[1] + b) / hypot(w[0], w[1]);
}
