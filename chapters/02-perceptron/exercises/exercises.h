/*
 * exercises.h - the functions chapter 2's exercises ask for. The stubs
 * (02.K-*.c) and their solutions define them; the checks call them.
 */
#ifndef EXERCISES_02_H
#define EXERCISES_02_H

#include "perceptron.h"

/* 02.1: Rosenblatt's rule for one example x with label t (0 or 1) and
 * learning rate lr; returns 1 if p changed, 0 if it was right. */
int ex02_update(struct perceptron *p, const double x[2], double t,
                double lr);

/* 02.2: four points x (4 x 2) and labels t (0 or 1) that no line
 * separates: no three points on one line, no point twice. */
void ex02_unlearnable(double x[4][2], double t[4]);

/* 02.3: the barycentric weights of q in the triangle a, b, c:
 * q = l[0] a + l[1] b + l[2] c with l[0] + l[1] + l[2] = 1. */
void ex02_barycentric(const double a[2], const double b[2],
                      const double c[2], const double q[2], double l[3]);

#endif
