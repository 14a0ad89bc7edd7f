/* Solution of exercise 08.3: with e = e^-2|z| <= 1, tanh'(z) =
 * 4 e / (1 + e)^2: one exp, then +, *, / (about 3.5 ulp in all). */
#include "exercises.h"
#include <math.h>

double ex08_tanh_prime(double z)
{
    double e = exp(-2.0 * fabs(z));
    double d = 1.0 + e;
    return 4.0 * e / (d * d);
}
