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

#endif
