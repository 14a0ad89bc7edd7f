/*
 * Exercise 04.1 - three half-planes carve a triangle.
 *
 * Write ex04_triangle: weights w[k] and biases b[k] of three step units,
 * unit k saying 1 where w[k] . x + b[k] > 0, such that all three say 1
 * exactly inside the triangle with vertices (0, 0), (4, 0) and (0, 3).
 * An output unit that fires when all three do is then the triangle's
 * classifier. Check it:
 *
 *   make exercise EX=04.1
 */
#include "exercises.h"

//> ex-04.1
void ex04_triangle(double w[3][2], double b[3])
{
    /* your code: one unit per side, each facing inwards */
    for (int k = 0; k < 3; k++) {
        w[k][0] = 1;
        w[k][1] = 1;
        b[k] = 0;
    }
}
//< ex-04.1
