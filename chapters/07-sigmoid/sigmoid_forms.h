/*
 * sigmoid_forms.h - the sigmoid's derivative written the ways the article
 * writes it, for chapter 7 to compare with the library's form (claim S2).
 *
 * Every function takes the pre-activation z and returns s'(z); the f
 * versions compute in float throughout (argument and result widened to
 * double only at the boundary, so one driver can call both).
 */
#ifndef SIGMOID_FORMS_H
#define SIGMOID_FORMS_H

#include "sweep.h"

/* e^-z / (1 + e^-z)^2, as printed: overflows for z < -354.9. */
double sigmoid_forms_textbook(double z);
/* s(z) (1 - s(z)): loses its digits once s(z) rounds near 1. */
double sigmoid_forms_output(double z);
/* The library's act_sigmoid_prime (stable for every z). */
double sigmoid_forms_library(double z);

double sigmoid_forms_textbookf(double z);
double sigmoid_forms_outputf(double z);
double sigmoid_forms_libraryf(double z);
/* s(z) in float, widened: the function the float difference quotient uses. */
double sigmoid_forms_sigmoidf(double z);

/* s'''(z) = s'(z) (1 - 2 s)^2 - 2 s'(z)^2, for the model of a difference
 * quotient's error. */
double sigmoid_forms_third(double z);

/* What S2 measures, in one precision: sigmoid_forms_in[0] in double,
 * sigmoid_forms_in[1] in float. The reference is taken at the z the
 * forms compute at ((float)z in float), so that a form's error does not
 * include the rounding of z itself. */
struct sigmoid_forms_precision {
    const char *name;                      /* "double", "float" */
    double eps;                            /* its unit roundoff */
    double (*sigmoid)(double);             /* s in it */
    struct sweep_form primes[3];           /* textbook output library */
    long double (*ref_prime)(long double); /* s' there */
};
extern const struct sigmoid_forms_precision sigmoid_forms_in[2];

/* The smallest double z at which the library's s(z) is exactly 1. Its
 * 1 / (1 + e^-z) returns 1 as soon as 1 + e^-z rounds to 1, that is once
 * e^-z <= 2^-53: from z = 53 ln 2 = 36.74 on. */
double sigmoid_forms_one_from(void);

/* The smallest double z at which the true s(z) rounds to 1: where
 * 1 - s(z) falls to half an ulp of 1 from below, 2^-54, at z = 54 ln 2 =
 * 37.43. Between the two a correctly rounded sigmoid would still return
 * 1 - 2^-53: reaching 1 that early is the formula's doing. */
double sigmoid_forms_true_one_from(void);

#endif
