/*
 * Check of exercise 07.2: the student's z is an edge, exactly: the
 * float sigmoid is 1 at z and below 1 at the float just under it (the
 * same exact test as tests/test_07_sigmoid.c,
 * test_formula_reaches_one_before_true_sigmoid, asks of the double
 * edge). act_sigmoidf is monotone (tests/test_11_floating_point.c), so
 * that edge is unique.
 */
#include "exercise.h"
#include "exercises.h"

#include "act.h"

#include <math.h>
#include <stdio.h>

int main(void)
{
    float z = ex07_sigmoidf_one_from();
    if (!isfinite(z)) {
        ex_fail("07.2", "your z is %g: expected a finite float", (double)z);
    }
    if (act_sigmoidf(z) != 1.0f) {
        ex_fail("07.2", "at your z = %.9g act_sigmoidf(z) = %.9g, not yet "
                "1: look higher", (double)z, (double)act_sigmoidf(z));
    }
    float below = nextafterf(z, -INFINITY);
    if (act_sigmoidf(below) == 1.0f) {
        ex_fail("07.2", "act_sigmoidf is already 1 at %.9g, the float just "
                "below your z = %.9g: look lower", (double)below, (double)z);
    }
    printf("07.2: from z = %.9g on, 24 ln 2 = %.9g\n", (double)z,
           24 * log(2.0));
    ex_pass("07.2");
}
