/*
 * Check of exercise 09.2: the tuned chain fed nextafter(0.5, 1) has a
 * first-unit gradient below 1 at the student's depth and not one unit
 * less: the criterion of tests/test_09_vanishing_gradients.c,
 * test_exploding_chain_needs_exact_tuning (grad[0] < 1 once the units
 * saturate). Before the saturation every unit multiplies the gradient
 * by about 25, after it by under 1e-15, so the depth where it falls
 * below 1 is the one answer.
 */
#include "exercise.h"
#include "exercises.h"

#include "explode.h"

#include <math.h>
#include <stddef.h>
#include <stdio.h>

#define MAX_DEPTH 64

static double first_gradient(size_t depth)
{
    double grad[MAX_DEPTH];
    if (explode_chain(100.0, depth, 0.5, nextafter(0.5, 1.0), grad, NULL)) {
        ex_fail("09.2", "out of memory building a chain of %zu", depth);
    }
    return grad[0];
}

int main(void)
{
    size_t d = ex09_collapse_depth();
    if (d < 1 || d > MAX_DEPTH) {
        ex_fail("09.2", "your depth is %zu: expected one from 1 to %d", d,
                MAX_DEPTH);
    }
    double at = first_gradient(d);
    if (!(at < 1)) {
        ex_fail("09.2", "at depth %zu the first unit's gradient is %.3g, "
                "not below 1: look deeper", d, at);
    }
    if (d > 1 && first_gradient(d - 1) < 1) {
        ex_fail("09.2", "at depth %zu the first unit's gradient is already "
                "%.3g: look shallower", d - 1, first_gradient(d - 1));
    }
    printf("09.2: at depth %zu it is %.2g; one unit less, %.2g\n", d, at,
           d > 1 ? first_gradient(d - 1) : 1.0);
    ex_pass("09.2");
}
