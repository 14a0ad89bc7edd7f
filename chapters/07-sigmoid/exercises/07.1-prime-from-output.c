/*
 * Exercise 07.1 - the sigmoid's derivative from its output.
 *
 * Backpropagation has y = s(z) at hand, not z. Write s'(z) as a function
 * of y alone. Check with `make exercise EX=07.1`; the check compares your
 * function with the library's act_sigmoid_prime(z) for z from -30 to 30,
 * and then shows what the form from y keeps far out.
 */
#include "exercises.h"

//> ex-07.1
/* s'(z) from y = s(z), for y in [0, 1]. */
double ex07_sigmoid_prime_y(double y)
{
    return 0.0; /* your formula here */
}
//< ex-07.1
