/*
 * exercise.c - an exercise check's verdict and comparisons; see exercise.h.
 */
#include "exercise.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

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
