/*
 * exercise.c - an exercise check's verdict and comparisons; see exercise.h.
 */
#include "exercise.h"

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void ex_fail(const char *id, const char *fmt, ...)
{
    va_list ap;
    printf("%s: ", id);
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    printf("\n");
    exit(1);
}

void ex_pass(const char *id)
{
    printf("%s pass\n", id);
    exit(0);
}

/* Written so that a NaN on either side compares false. */
int ex_near(double got, double want, double tol)
{
    return fabs(got - want) <= tol;
}

int ex_near_rel(double got, double want, double rel)
{
    return fabs(got - want) <= rel * fabs(want);
}

/* The bits of a double as a position on a line where neighbouring
 * doubles are neighbouring integers: negative ones mirrored below 0, so
 * that -0 and +0 meet. */
static int64_t ulp_position(double x)
{
    int64_t i;
    memcpy(&i, &x, sizeof i);
    return i < 0 ? INT64_MIN - i : i;
}

int ex_near_ulps(double got, double want, double ulps)
{
    if (!isfinite(got) || !isfinite(want)) {
        return 0;
    }
    int64_t a = ulp_position(got), b = ulp_position(want);
    uint64_t apart = a > b ? (uint64_t)a - (uint64_t)b
                           : (uint64_t)b - (uint64_t)a;
    return (double)apart <= ulps;
}
