/*
 * Exercise 02.3, a solution: Cramer's rule on the edges from c, each
 * weight the area of the triangle facing its vertex over the whole.
 */
#include "exercises.h"

void ex02_barycentric(const double a[2], const double b[2],
                      const double c[2], const double q[2], double l[3])
{
    double det = (a[0] - c[0]) * (b[1] - c[1]) - (b[0] - c[0]) * (a[1] - c[1]);
    l[0] = ((q[0] - c[0]) * (b[1] - c[1]) - (b[0] - c[0]) * (q[1] - c[1])) /
           det;
    l[1] = ((a[0] - c[0]) * (q[1] - c[1]) - (q[0] - c[0]) * (a[1] - c[1])) /
           det;
    l[2] = 1 - l[0] - l[1];
}
