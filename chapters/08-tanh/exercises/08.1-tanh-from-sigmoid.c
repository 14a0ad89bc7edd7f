/*
 * Exercise 08.1 - tanh from the sigmoid.
 *
 * tanh is a sigmoid stretched and shifted: write tanh(z) using only the
 * library's act_sigmoid (no tanh, no exp). Check with
 * `make exercise EX=08.1`.
 */
#include "exercises.h"
#include "act.h"

//> ex-08.1
/* tanh(z), computed through act_sigmoid. */
double ex08_tanh_from_sigmoid(double z)
{
    return act_sigmoid(z); /* stretch and shift it */
}
//< ex-08.1
