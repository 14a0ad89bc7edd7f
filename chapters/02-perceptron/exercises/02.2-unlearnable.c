/*
 * Exercise 02.2 - a set the perceptron cannot learn.
 *
 * Write ex02_unlearnable: fill four points x[i] and their labels t[i]
 * (0 or 1) so that no line puts every point on its class's side. No
 * point twice, no three points on one line (then the check's exhaustive
 * search over lines is exact). Check it:
 *
 *   make exercise EX=02.2
 */
#include "exercises.h"

//> ex-02.2
void ex02_unlearnable(double x[4][2], double t[4])
{
    /* your code: four points and their classes */
    for (int i = 0; i < 4; i++) {
        x[i][0] = i;
        x[i][1] = i * i;
        t[i] = i < 2;
    }
}
//< ex-02.2
