/*
 * exercises.h - the functions chapter 6's exercises ask for. The stubs
 * (06.K-*.c) and their solutions define them; the checks call them.
 */
#ifndef EXERCISES_06_H
#define EXERCISES_06_H

/* 06.1: the quadratic features (x1^2, x2^2, x1 x2) of x into u. */
void ex06_quadratic(const double x[2], double u[3]);

/* 06.2: weights w and bias b of a linear classifier on (x1^2, x2^2),
 * class 1 where w[0] x1^2 + w[1] x2^2 + b > 0, that classifies every
 * point of the article set right. */
void ex06_circle(double w[2], double *b);

#endif
