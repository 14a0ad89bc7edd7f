/* Solution of exercise 07.2: bisection on floats. s is 1 at hi, not at
 * lo; halve the interval until lo and hi are neighbouring floats. */
#include "exercises.h"
#include "act.h"

#include <math.h>

float ex07_sigmoidf_one_from(void)
{
    float lo = 0.0f, hi = 100.0f;
    while (nextafterf(lo, hi) != hi) {
        float mid = lo + (hi - lo) / 2;
        if (mid == lo || mid == hi) { /* no float strictly between */
            break;
        }
        if (act_sigmoidf(mid) == 1.0f) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    return hi;
}
