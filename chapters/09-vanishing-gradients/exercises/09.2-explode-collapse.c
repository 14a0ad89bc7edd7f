/*
 * Exercise 09.2 - how exact an exploding chain must be.
 *
 * explode_chain() builds the chapter's chain of sigmoid units with
 * weight w = 100 and biases tuned so that, for the input x0 = 1/2, every
 * z is exactly 0 and every unit multiplies the gradient by w/4 = 25.
 * first_gradient(depth) below feeds that chain the nearest double above
 * 1/2 instead, off by 1.1e-16, and returns the gradient at the first
 * unit. Each unit multiplies the input's deviation by about 25 as well,
 * until the units saturate. Find the smallest depth at which that
 * gradient is below 1: the chain no longer explodes, it vanishes.
 * Check with `make exercise EX=09.2`.
 */
#include "exercises.h"

#include "explode.h"

#include <math.h>
#include <stddef.h>

#define MAX_DEPTH 64

/* dL/dz at the first unit of the tuned chain of `depth` units (at most
 * MAX_DEPTH), for the input nextafter(0.5, 1). */
static double first_gradient(size_t depth)
{
    double grad[MAX_DEPTH];
    if (depth < 1 || depth > MAX_DEPTH ||
        explode_chain(100.0, depth, 0.5, nextafter(0.5, 1.0), grad, NULL)) {
        return NAN;
    }
    return grad[0];
}

//> ex-09.2
/* The smallest depth at which first_gradient(depth) < 1. */
size_t ex09_collapse_depth(void)
{
    (void)first_gradient; /* call it for depth = 1, 2, ... */
    return 1;
}
//< ex-09.2
