/*
 * ref.h - reference values to measure the library against.
 *
 * The references are computed in long double (on x86-64 an 80-bit format
 * with a 64-bit significand: 11 more bits than double), by the stable
 * forms of act.c, so their own error is about 2^-63 relative, three
 * decimal orders below the double errors we measure with them.
 */
#ifndef REF_H
#define REF_H

/* pi, a double constant (the digits beyond double are for the reader):
 * the one definition the chapters use, since C11 has no M_PI. */
#define REF_PI 3.14159265358979323846264338327950288

long double ref_sigmoid(long double z);
long double ref_sigmoid_prime(long double z);
long double ref_tanh(long double z);
long double ref_tanh_prime(long double z);

/* |got - want| / |want|, in double; 0 if both are 0, inf if only want
 * is 0, 1 when got is 0 and want is not (all digits lost), NaN for NaN. */
double ref_rel_err(double got, long double want);

/* The error of a float result against the exact value `want` (a double
 * reference), in ulps of the float nearest to `want`: fractional, 0 for
 * equal values (both zeros, the same infinity) and for two NaNs,
 * infinite when only one of them is NaN or infinite. Below the normal
 * range the unit is the smallest subnormal, 2^-149. */
double ref_ulp_errf(float got, double want);

/* Central difference (f(z+h) - f(z-h)) / 2h: error O(h^2) + O(eps/h). */
double ref_central_diff(double (*f)(double), double z, double h);

/* Forward difference (f(z+h) - f(z)) / h: error O(h) + O(eps/h). */
double ref_forward_diff(double (*f)(double), double z, double h);

/* The central difference of f(ctx) with respect to the parameter *p, for
 * a gradient check: f (the loss, say) is taken with *p moved to *p + h
 * and to *p - h, and *p is put back bit for bit. ctx is what f needs
 * (the network and its data); *p lies in it or is read by f. */
double ref_central_diff_param(double *p, double h, double (*f)(void *ctx),
                              void *ctx);

/* The same for a float parameter, divided by the step the float took,
 * (*p + h) - (*p - h) as rounded: rounding *p +- h to float moves the
 * step by up to an ulp of *p, which would otherwise enter the quotient. */
double ref_central_diff_paramf(float *p, float h, double (*f)(void *ctx),
                               void *ctx);

/* Whether a gradient g agrees with its difference quotient fd:
 * |fd - g| <= rel |g| + abs (the relative part for gradients far above
 * the quotient's noise, the absolute part for those near 0); 0 on NaN. */
int ref_diff_agrees(double g, double fd, double rel, double abs);

#endif
