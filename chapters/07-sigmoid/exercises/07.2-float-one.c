/*
 * Exercise 07.2 - where the float sigmoid reaches 1.
 *
 * The true s(z) is below 1 for every z, but a float holds only 24 bits:
 * from some z on act_sigmoidf(z) returns exactly 1.0f, and y (1 - y) is
 * then 0. Find the smallest float z at which act_sigmoidf(z) == 1.0f,
 * by a search over floats (nextafterf steps from one float to the
 * next), and compare it with 24 ln 2. Check with `make exercise EX=07.2`.
 */
#include "exercises.h"
#include "act.h"

#include <math.h>

//> ex-07.2
/* The smallest float z with act_sigmoidf(z) == 1.0f. */
float ex07_sigmoidf_one_from(void)
{
    return 0.0f; /* search here */
}
//< ex-07.2
