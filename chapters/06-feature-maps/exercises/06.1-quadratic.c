/*
 * Exercise 06.1 - a feature map.
 *
 * Write ex06_quadratic: the features u = (x1^2, x2^2, x1 x2) of the point
 * x. A linear model of u is a quadratic model of x. Check it:
 *
 *   make exercise EX=06.1
 */
#include "exercises.h"

//> ex-06.1
void ex06_quadratic(const double x[2], double u[3])
{
    /* your code */
    u[0] = x[0];
    u[1] = x[1];
    u[2] = 0;
}
//< ex-06.1
