/*
 * Exercise 11.2 - log(1 - s(z)) from the logit.
 *
 * The loss of a label 0 is -log(1 - s(z)). As printed, below, it
 * computes s(z) first; once s(z) rounds to 1 the log is of 0, -inf, and
 * long before that 1 - s(z) has lost its digits. Write log(1 - s(z))
 * from z with no such subtraction and no overflow, within 2 ulp of the
 * true value for every finite z (use exp, log1p, fabs; 1 - s(z) is
 * s(-z)). Check with `make exercise EX=11.2`.
 */
#include "exercises.h"
#include <math.h>

//> ex-11.2
/* log(1 - s(z)) for every finite z. */
double ex11_log_one_minus_sigmoid(double z)
{
    return log(1.0 - 1.0 / (1.0 + exp(-z))); /* as printed */
}
//< ex-11.2
