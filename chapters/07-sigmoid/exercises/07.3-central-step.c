/*
 * Exercise 07.3 - a step for the central difference.
 *
 * The central difference (s(z + h) - s(z - h)) / 2h errs by about
 * h^2 |s'''| / 6 from truncation and by about eps / h from rounding.
 * Find a step h for which it gives s'(1) to within 1e-9 (the library
 * has ref_central_diff(f, z, h) in ref.h; try h = 10^-k for several k
 * and watch the error fall, then rise). Check with
 * `make exercise EX=07.3`.
 */
#include "exercises.h"

//> ex-07.3
/* A step h > 0 at which the central difference of s at z = 1 is
 * within 1e-9 of s'(1). */
double ex07_central_step(void)
{
    return 0.1; /* your step here */
}
//< ex-07.3
