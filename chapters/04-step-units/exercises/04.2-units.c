/*
 * Exercise 04.2 - how many units for a disk?
 *
 * The regular n-gon of n step units around the unit circle overshoots
 * the disk's area pi; the chapter gives its area. Write ex04_units_for:
 * the fewest units n >= 3 whose polygon's area is within rel of the
 * disk's, (area - pi) / pi <= rel. Check it:
 *
 *   make exercise EX=04.2
 */
#include "exercises.h"

#include <math.h>

//> ex-04.2
long ex04_units_for(double rel)
{
    /* your code */
    return 3;
}
//< ex-04.2
