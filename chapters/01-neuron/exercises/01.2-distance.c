/*
 * Exercise 01.2 - how far from the line is a point?
 *
 * Write ex01_distance: the signed distance of x from the line
 * w . x + b = 0, positive on the side that w points to, negative on the
 * other. The chapter says how the score z grows along the normal; turn
 * that around. Check it:
 *
 *   make exercise EX=01.2
 */
#include "exercises.h"

#include <math.h>

//> ex-01.2
double ex01_distance(const double w[2], double b, const double x[2])
{
    /* your code */
    return 0;
}
//< ex-01.2
