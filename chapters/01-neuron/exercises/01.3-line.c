/*
 * Exercise 01.3 - choose the neuron.
 *
 * Write ex01_line: weights w and a bias b whose line w . x + b = 0
 * passes through the points p and q (p != q), and whose positive side,
 * z > 0, is the side where r lies (r is not on the line through p and
 * q). Any such neuron will do: the line fixes w only up to a factor.
 * Check it:
 *
 *   make exercise EX=01.3
 */
#include "exercises.h"

//> ex-01.3
void ex01_line(const double p[2], const double q[2], const double r[2],
               double w[2], double *b)
{
    /* your code: a w across the line p-q, then b, then the side of r */
    w[0] = 0;
    w[1] = 0;
    *b = 0;
}
//< ex-01.3
