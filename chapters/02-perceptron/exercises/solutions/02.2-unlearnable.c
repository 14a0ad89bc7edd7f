/*
 * Exercise 02.2, a solution: xor, the corners of a square with each
 * diagonal one class.
 */
#include "exercises.h"

void ex02_unlearnable(double x[4][2], double t[4])
{
    static const double corner[4][3] = {
        { 0, 0, 0 }, { 1, 1, 0 }, { 0, 1, 1 }, { 1, 0, 1 },
    };
    for (int i = 0; i < 4; i++) {
        x[i][0] = corner[i][0];
        x[i][1] = corner[i][1];
        t[i] = corner[i][2];
    }
}
