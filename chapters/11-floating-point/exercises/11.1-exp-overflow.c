/*
 * Exercise 11.1 - where a float exponential overflows.
 *
 * The largest float is about 3.4e38, so e^z overflows to infinity long
 * before z is large: every textbook form with e^z or e^-z in it breaks
 * from there. Find the smallest float z with expf(z) == INFINITY (a
 * search over floats; nextafterf steps from one to the next), and
 * compare it with ln(FLT_MAX). Check with `make exercise EX=11.1`.
 */
#include "exercises.h"
#include <float.h>
#include <math.h>

//> ex-11.1
/* The smallest float z at which expf(z) is +inf. */
float ex11_expf_overflows_from(void)
{
    return FLT_MAX; /* search here */
}
//< ex-11.1
