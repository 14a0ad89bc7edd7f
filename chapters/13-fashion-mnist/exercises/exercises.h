/*
 * exercises.h - the functions the exercises of chapter 13 ask for: each
 * stub defines one (or two), its check calls it.
 */
#ifndef EXERCISES_13_H
#define EXERCISES_13_H

#include <stddef.h>

/* 13.1: -log softmax(z)_y for k logits z, in double. */
double ex13_softmax_loss(const float *z, long k, int y);

/* 13.2: g[i] = dL/dz_i for the loss of class y, for k logits z. */
void ex13_softmax_gradient(const float *z, long k, int y, float *g);

/* 13.3: z = x W^T + b for a batch x (rows x in), W out x in, b out. */
void ex13_dense_forward(const float *x, long rows, long in, const float *w,
                        const float *b, long out, float *z);

#endif
