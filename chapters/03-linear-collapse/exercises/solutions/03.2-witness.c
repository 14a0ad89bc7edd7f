/*
 * Exercise 03.2, a solution: a segment across the line x1 = x2, where h2
 * bends, and on which h1 stays linear (x1 + x2 > 1 all along).
 */
#include "exercises.h"

void ex03_witness(double x[2], double y[2])
{
    x[0] = 2;
    x[1] = 4;
    y[0] = 4;
    y[1] = 2;
}
