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

#endif
