/*
 * Exercise 04.1, a solution: x2 > 0, x1 > 0, and the hypotenuse
 * 3 x1 + 4 x2 < 12.
 */
#include "exercises.h"

void ex04_triangle(double w[3][2], double b[3])
{
    static const double units[3][3] = {
        { 0, 1, 0 }, { 1, 0, 0 }, { -3, -4, 12 },
    };
    for (int k = 0; k < 3; k++) {
        w[k][0] = units[k][0];
        w[k][1] = units[k][1];
        b[k] = units[k][2];
    }
}
