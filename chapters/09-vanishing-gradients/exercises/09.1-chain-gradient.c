/*
 * Exercise 09.1 - backpropagation through a chain of sigmoid units.
 *
 * A chain of n units, one after the other: a_0 = x, and unit l (1 to n)
 * computes z_l = w[l-1] a_{l-1}, a_l = s(z_l). Write the derivative of
 * the last output a_n with respect to the input x, by the chain rule:
 * one forward pass that keeps what the backward pass needs, then the
 * product of the factors from the top down. Check with
 * `make exercise EX=09.1`.
 */
#include "exercises.h"
#include "act.h"

#include <stddef.h>

//> ex-09.1
/* d a_n / d x for the chain of n units with weights w[0..n-1]. */
double ex09_chain_gradient(const double *w, size_t n, double x)
{
    return 1.0; /* the chain rule here */
}
//< ex-09.1
