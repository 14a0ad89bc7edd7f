/* Solution of exercise 09.2: deepen the chain until the first unit's
 * gradient falls below 1. */
#include "exercises.h"

#include "explode.h"

#include <math.h>
#include <stddef.h>

#define MAX_DEPTH 64

static double first_gradient(size_t depth)
{
    double grad[MAX_DEPTH];
    if (depth < 1 || depth > MAX_DEPTH ||
        explode_chain(100.0, depth, 0.5, nextafter(0.5, 1.0), grad, NULL)) {
        return NAN;
    }
    return grad[0];
}

size_t ex09_collapse_depth(void)
{
    size_t depth = 1;
    while (depth < MAX_DEPTH && !(first_gradient(depth) < 1.0)) {
        depth++;
    }
    return depth;
}
