/*
 * Exercise 08.2 - a tanh that never returns NaN.
 *
 * The article's tanh, (e^z - e^-z) / (e^z + e^-z), is below as given:
 * once e^z overflows it computes inf / inf = NaN. Rewrite it so that it
 * is finite for every z (infinities included), stays odd bit for bit
 * (tanh(-z) == -tanh(z), so tanh(-0) is -0) and is within 3 eps of
 * act_tanh. Use exp or expm1, not tanh. Check with
 * `make exercise EX=08.2`.
 */
#include "exercises.h"
#include <math.h>

//> ex-08.2
/* tanh(z) for every z, without overflow. */
double ex08_tanh_no_nan(double z)
{
    return (exp(z) - exp(-z)) / (exp(z) + exp(-z)); /* as printed */
}
//< ex-08.2
