/*
 * Exercise 04.2, a solution: count up until n tan(pi / n) is close
 * enough to pi.
 */
#include "exercises.h"

#include <math.h>

long ex04_units_for(double rel)
{
    const double pi = 3.14159265358979323846;
    long n = 3;
    while ((n * tan(pi / n) - pi) / pi > rel)
        n++;
    return n;
}
