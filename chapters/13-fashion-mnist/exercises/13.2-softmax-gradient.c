/*
 * Exercise 13.2 - the gradient of the softmax cross-entropy.
 *
 * Backpropagation starts at the loss L = -log softmax(z)_y of exercise
 * 13.1: write its gradient with respect to each of the k logits, into
 * g[0..k-1]. Work it out on paper first (differentiate
 * log(sum_j e^{z_j}) - z_y); the result is short, and it must stay
 * finite for logits such as 1000. The check compares it with central
 * differences of the loss. Check with `make exercise EX=13.2`.
 */
#include "exercises.h"
#include <math.h>

//> ex-13.2
/* g[i] = dL/dz_i for the loss of class y, for k logits z. */
void ex13_softmax_gradient(const float *z, long k, int y, float *g)
{
    for (long i = 0; i < k; i++) {
        g[i] = 0.0f; /* your formula here */
    }
}
//< ex-13.2
