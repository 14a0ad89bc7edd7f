/* Solution of exercise 11.2: 1 - s(z) = s(-z) = 1 / (1 + e^z), so
 * log(1 - s(z)) = -log(1 + e^z) = -(max(z, 0) + log1p(e^-|z|)): the
 * exponential is of -|z| <= 0 and never overflows, log1p keeps the
 * digits of a tiny e^-|z|. */
#include "exercises.h"
#include <math.h>

double ex11_log_one_minus_sigmoid(double z)
{
    double m = z > 0 ? z : 0.0;
    return -(m + log1p(exp(-fabs(z))));
}
