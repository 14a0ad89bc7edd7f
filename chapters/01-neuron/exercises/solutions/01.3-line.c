/*
 * Exercise 01.3, a solution: w at right angles to q - p, b so that
 * z(p) = 0, and both negated if r comes out on the negative side.
 */
#include "exercises.h"

void ex01_line(const double p[2], const double q[2], const double r[2],
               double w[2], double *b)
{
    w[0] = -(q[1] - p[1]);
    w[1] = q[0] - p[0];
    *b = -(w[0] * p[0] + w[1] * p[1]);
    if (w[0] * r[0] + w[1] * r[1] + *b < 0) {
        w[0] = -w[0];
        w[1] = -w[1];
        *b = -*b;
    }
}
