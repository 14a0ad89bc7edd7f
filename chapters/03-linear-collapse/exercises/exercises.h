/*
 * exercises.h - the functions chapter 3's exercises ask for. The stubs
 * (03.K-*.c) and their solutions define them; the checks call them.
 */
#ifndef EXERCISES_03_H
#define EXERCISES_03_H

#include "mlp.h"

/* 03.1: the one affine map w . x + b that the linear 2-3-1 network m
 * computes (m->layers[0]: 2 -> 3, m->layers[1]: 3 -> 1). */
void ex03_fold(const struct mlp *m, double w[2], double *b);

/* 03.2's network: 2 -> 2 -> 1 with ReLU after the hidden layer,
 * h1 = relu(x1 + x2 - 1), h2 = relu(x1 - x2), f = h1 + h2. */
#define EX03_HIDDEN_W { 1, 1, 1, -1 } /* row-major, 2 x 2 */
#define EX03_HIDDEN_B { -1, 0 }
#define EX03_OUT_W { 1, 1 }
#define EX03_OUT_B 0

/* 03.2: two points x, y (each coordinate within [-10, 10]) where the
 * ReLU network above is not affine: f at the midpoint differs from the
 * mean of f(x) and f(y). */
void ex03_witness(double x[2], double y[2]);

#endif
