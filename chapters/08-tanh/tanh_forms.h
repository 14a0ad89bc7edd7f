/*
 * tanh_forms.h - tanh and its derivative written the ways the article
 * writes them, for chapter 8 to compare with the library (claim T2).
 *
 * Every function takes the pre-activation z. The f versions compute in
 * float throughout (argument and result widened to double only at the
 * boundary, so one driver can call both precisions).
 */
#ifndef TANH_FORMS_H
#define TANH_FORMS_H

#include "sweep.h"

#include <stdint.h>

/* ---- tanh'(z) ---- */

/* 4 / (e^z + e^-z)^2, as printed: the square overflows for |z| > 354.9
 * (44.4 in float), and the quotient then returns 0. */
double tanh_forms_quotient(double z);
/* 1 - tanh(z)^2, the last step as it should read: exactly 0 once tanh(z)
 * rounds to +-1. */
double tanh_forms_square(double z);
/* 1 - y^2 rounded once with y = tanh(z): the library's act_tanh_prime_y. */
double tanh_forms_output(double z);
/* The library's act_tanh_prime (from z, stable for every z). */
double tanh_forms_library(double z);

double tanh_forms_quotientf(double z);
double tanh_forms_squaref(double z);
double tanh_forms_outputf(double z);
double tanh_forms_libraryf(double z);

/* ---- tanh(z) ---- */

/* (e^z - e^-z) / (e^z + e^-z), as printed: inf / inf = NaN for
 * |z| > 709.8 (88.7 in float). */
double tanh_forms_printed(double z);
/* 2 s(2z) - 1 through the library's sigmoid: the identity of claim T2. */
double tanh_forms_via_sigmoid(double z);
/* libm's tanh (act_tanh), for the same table as the other two. */
double tanh_forms_libm(double z);

double tanh_forms_printedf(double z);
double tanh_forms_via_sigmoidf(double z);
double tanh_forms_libmf(double z);

/* ---- what the summary measures ---- */

/* What T2 measures, in one precision: tanh_forms_in[0] in double,
 * tanh_forms_in[1] in float. The references are taken at the z the forms
 * compute at ((float)z in float), so that a form's error does not
 * include the rounding of z itself. */
struct tanh_forms_precision {
    const char *name;                      /* "double", "float" */
    double eps;                            /* its unit roundoff */
    double (*tanh)(double);                /* libm's tanh in it */
    struct sweep_form primes[4];           /* quotient square output
                                            * library */
    struct sweep_form tanhs[3];            /* libm identity printed */
    long double (*ref_prime)(long double); /* tanh' there */
    long double (*ref_tanh)(long double);  /* tanh there */
};
extern const struct tanh_forms_precision tanh_forms_in[2];

/* The table of tanh, tanh' and s' at n points from -zmax to zmax, to `t`
 * ("z tanh tanh_prime sigmoid_prime"); returns at how many of them
 * tanh(-z) = -tanh(z) fails bit for bit. */
long tanh_forms_function_table(struct tsv *t, double zmax, long n);

/* The largest |identity - libm| of tanhs[0 or 1] at the n points z. */
double tanh_forms_identity_gap(const struct sweep_form *tanhs,
                               const double *z, long n);

/* The i-th of n points spaced evenly in log z from lo to hi; and all n
 * of them into z[0..n-1]. */
double tanh_forms_log_grid(long i, long n, double lo, double hi);
void tanh_forms_log_points(double *z, long n, double lo, double hi);

/* The table of how close tanh z is to z, at n points log-spaced from lo
 * to hi, to `t`: "z gap bound ratio computed_ratio", gap = z - tanh z,
 * bound = z^3/3 and ratio = gap / bound in long double, computed_ratio
 * the same in double. */
void tanh_forms_linear_table(struct tsv *t, double lo, double hi, long n);

/* tanh'''(z) = (1 - t^2)(6 t^2 - 2) with t = tanh z, for the model of a
 * difference quotient's error. */
double tanh_forms_third(double z);

/* The places where a form changes its nature, found by bisection to the
 * last bit: the smallest z > 0 from which tanh z is exactly 1; the
 * printed quotient 4/(e^z+e^-z)^2 is 0 (its square has overflowed); the
 * printed tanh is NaN (inf / inf); each in double and in float. */
enum tanh_forms_edge {
    TANH_FORMS_ONE, TANH_FORMS_ONE_F,
    TANH_FORMS_QUOTIENT_ZERO, TANH_FORMS_QUOTIENT_ZERO_F,
    TANH_FORMS_PRINTED_NAN, TANH_FORMS_PRINTED_NAN_F,
};
double tanh_forms_edge(enum tanh_forms_edge edge);

/* The z > 0 up to which tanh z stays within the fraction tol of z. */
double tanh_forms_linear_to(double tol);

/* The z > 0 from which tanh'(z) < s'(z): tanh' = 4 s'(2z) starts four
 * times higher but falls like e^-2|z|, s' like e^-|z|. */
double tanh_forms_crossover(void);

/* The bound 0 <= z - tanh z <= z^3/3 as a double program checks it, at
 * the points z = lo, lo * factor, lo * factor^2, ... below hi. */
struct tanh_forms_cubic {
    long points;       /* how many were checked */
    long over;         /* where the computed gap exceeded z^3/3 */
    double over_below; /* ... all of them at z <= this */
    double over_ulps;  /* by at most this many ulp of z */
    long above;        /* where tanh z > z */
    double above_below;
};
struct tanh_forms_cubic tanh_forms_cubic_scan(double lo, double hi,
                                              double factor);

/* The mean outputs of tanh and s over n samples u ~ N(0, 1). */
struct tanh_forms_means {
    double tanh, tanh_se; /* mean tanh(u) and its standard error */
    double sigmoid;       /* mean s(u) */
};
struct tanh_forms_means tanh_forms_means(uint64_t seed, long n);

#endif
