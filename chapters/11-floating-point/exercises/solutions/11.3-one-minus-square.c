/* Solution of exercise 11.3: (1 - y)(1 + y). For y in [1/2, 1], 1 - y
 * is exact (Sterbenz), so only 1 + y and the product round. fmaf(-y, y,
 * 1), one rounding, passes as well. */
#include "exercises.h"
#include <math.h>

float ex11_one_minus_squaref(float y)
{
    return (1.0f - y) * (1.0f + y);
}
