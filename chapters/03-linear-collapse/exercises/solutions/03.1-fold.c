/*
 * Exercise 03.1, a solution: w = W2 W1, b = W2 b1 + b2.
 */
#include "exercises.h"

void ex03_fold(const struct mlp *m, double w[2], double *b)
{
    const double *w1 = m->layers[0].w, *b1 = m->layers[0].b;
    const double *w2 = m->layers[1].w, *b2 = m->layers[1].b;
    w[0] = w[1] = 0;
    *b = b2[0];
    for (int j = 0; j < 3; j++) {
        w[0] += w2[j] * w1[2 * j];
        w[1] += w2[j] * w1[2 * j + 1];
        *b += w2[j] * b1[j];
    }
}
