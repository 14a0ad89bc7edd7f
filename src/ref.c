/*
 * ref.c - long double references and difference quotients; see ref.h.
 */
#include "ref.h"

#include <float.h>
#include <math.h>

long double ref_sigmoid(long double z)
{
    if (z >= 0) {
        return 1.0L / (1.0L + expl(-z));
    }
    long double e = expl(z);
    return e / (1.0L + e);
}

long double ref_sigmoid_prime(long double z)
{
    long double e = expl(-fabsl(z));
    return e / ((1.0L + e) * (1.0L + e));
}

long double ref_tanh(long double z)
{
    return tanhl(z);
}

long double ref_tanh_prime(long double z)
{
    long double e = expl(-2.0L * fabsl(z));
    return 4.0L * e / ((1.0L + e) * (1.0L + e));
}

double ref_rel_err(double got, long double want)
{
    if (isnan(got) || isnan(want)) {
        return NAN;
    }
    if (want == 0) {
        return got == 0 ? 0.0 : INFINITY;
    }
    return (double)(fabsl((long double)got - want) / fabsl(want));
}

double ref_ulp_errf(float got, double want)
{
    if (isnan(got) || isnan(want)) {
        return isnan(got) && isnan(want) ? 0.0 : INFINITY;
    }
    float nearest = (float)want; /* rounds to +-inf beyond FLT_MAX */
    if (isinf(nearest) || isinf(got)) {
        return got == nearest ? 0.0 : INFINITY;
    }
    /* The ulp of the float nearest to want: 2^(e - 24) for a normal
     * float m 2^e with 1/2 <= |m| < 1, 2^-149 below the normal range. */
    int e;
    frexpf(nearest, &e);
    double ulp = fabsf(nearest) < FLT_MIN ? ldexp(1.0, -149)
                                          : ldexp(1.0, e - 24);
    return fabs((double)got - want) / ulp;
}

//> central-diff
double ref_central_diff(double (*f)(double), double z, double h)
{
    return (f(z + h) - f(z - h)) / (2.0 * h);
}
//< central-diff

double ref_forward_diff(double (*f)(double), double z, double h)
{
    return (f(z + h) - f(z)) / h;
}

double ref_central_diff_param(double *p, double h, double (*f)(void *ctx),
                              void *ctx)
{
    double keep = *p;
    *p = keep + h;
    double up = f(ctx);
    *p = keep - h;
    double down = f(ctx);
    *p = keep;
    return (up - down) / (2.0 * h);
}

double ref_central_diff_paramf(float *p, float h, double (*f)(void *ctx),
                               void *ctx)
{
    float keep = *p, hi = keep + h, lo = keep - h;
    *p = hi;
    double up = f(ctx);
    *p = lo;
    double down = f(ctx);
    *p = keep;
    return (up - down) / ((double)hi - lo);
}

/* Written so that a NaN on either side compares false. */
int ref_diff_agrees(double g, double fd, double rel, double abs)
{
    return fabs(fd - g) <= rel * fabs(g) + abs;
}
