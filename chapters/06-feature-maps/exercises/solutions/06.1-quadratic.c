/*
 * Exercise 06.1, a solution.
 */
#include "exercises.h"

void ex06_quadratic(const double x[2], double u[3])
{
    u[0] = x[0] * x[0];
    u[1] = x[1] * x[1];
    u[2] = x[0] * x[1];
}
