/*
 * Exercise 03.2 - where a ReLU network is not one layer.
 *
 * An affine map f has f((x + y) / 2) = (f(x) + f(y)) / 2 for all x, y.
 * The 2-2-1 network of exercises.h, with ReLU after its hidden layer,
 * h1 = relu(x1 + x2 - 1), h2 = relu(x1 - x2), f = h1 + h2, is not
 * affine. Prove it: write ex03_witness, two points x and y (coordinates
 * within [-10, 10]) where the two sides differ. Check it:
 *
 *   make exercise EX=03.2
 */
#include "exercises.h"

//> ex-03.2
void ex03_witness(double x[2], double y[2])
{
    /* your code: where does each hidden unit bend? */
    x[0] = 3;
    x[1] = 0;
    y[0] = 5;
    y[1] = 1;
}
//< ex-03.2
