/*
 * Exercise 06.2, a solution: class 1 inside the circle of radius 1.75,
 * halfway between the disk and the ring: 1.75^2 - x1^2 - x2^2 > 0.
 */
#include "exercises.h"

void ex06_circle(double w[2], double *b)
{
    w[0] = -1;
    w[1] = -1;
    *b = 1.75 * 1.75;
}
