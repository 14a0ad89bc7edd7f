/* Solution of exercise 11.1: bisection on floats between 0, where e^z
 * is 1, and 1000, where it is inf. */
#include "exercises.h"
#include <float.h>
#include <math.h>

float ex11_expf_overflows_from(void)
{
    float lo = 0.0f, hi = 1000.0f;
    for (;;) {
        float mid = lo + (hi - lo) / 2;
        if (mid <= lo || mid >= hi) {
            return hi;
        }
        if (isinf(expf(mid))) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
}
