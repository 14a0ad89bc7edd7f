/*
 * dense.h - a fully connected layer: y = x W^T + b, with its gradients.
 *
 * A layer maps `in` inputs to `out` outputs. It owns its parameters and,
 * beside each, the gradient of the loss with respect to it, so that a
 * training loop is: zero the gradients, run forward, run backward (which
 * adds into the gradients), take a step.
 *
 * Data are stored a batch at a time, one row per example, row-major:
 * a batch of n inputs is n x in, its outputs n x out. Every loop runs in a
 * fixed order and nothing here draws randomness except dense_init(), from
 * the caller's seeded stream, so a computation is bit for bit repeatable.
 */
#ifndef DENSE_H
#define DENSE_H

#include "rng.h"

#include <stddef.h>

/*
 * How the weights start. Biases always start at 0: the random weights
 * already break the symmetry between units. Xavier (Glorot) keeps the
 * variance of a signal roughly constant through a layer of a saturating
 * activation; He doubles it to make up for ReLU zeroing half the inputs.
 */
enum init_kind {
    INIT_NORMAL, /* N(0, 1), the naive choice                  */
    INIT_XAVIER, /* Glorot normal: N(0, 2 / (in + out))       */
    INIT_HE,     /* He normal: N(0, 2 / in)                   */
    INIT_ZERO,   /* all 0: every unit identical, for contrast */
    INIT_KIND_COUNT
};

/* NULL-terminated names of the schemes, in enum order (for cli.h). */
extern const char *const init_names[];

/* One layer. Every array is owned by the layer. */
struct dense {
    size_t in, out;
    double *w;  /* out x in, row-major: w[j * in + k] links input k to j */
    double *b;  /* out */
    double *dw; /* out x in, dL/dw, accumulated by dense_backward() */
    double *db; /* out, dL/db, accumulated likewise */
};

/* Allocate an in -> out layer with every parameter and gradient 0.
 * Returns 0, or -1 (and leaves *l empty) if in or out is 0. Memory comes
 * from alloc_array(): a layer that does not fit stops the program with a
 * message (alloc.h). */
int dense_alloc(struct dense *l, size_t in, size_t out);

/* Release the layer's arrays; *l is left empty, so freeing twice is
 * harmless. */
void dense_free(struct dense *l);

/* Draw the weights by `kind` from stream r and set the biases to 0. */
void dense_init(struct dense *l, enum init_kind kind, struct rng *r);

/* Draw every weight from N(0, std^2) and set the biases to 0. */
void dense_init_scaled(struct dense *l, double std, struct rng *r);

/* Forward pass over a batch: y = x W^T + b, with x n x in and y n x out.
 * y must not overlap x. */
void dense_forward(const struct dense *l, const double *x, double *y,
                   size_t n);

/*
 * Backward pass over a batch, given the input x (n x in) that the
 * forward pass saw and dy = dL/dy (n x out). Adds dy^T x to dw and the
 * column sums of dy to db, so gradients from several batches can be
 * summed; writes dx = dL/dx = dy W (n x in) unless dx is NULL. dx must not
 * overlap x or dy.
 */
void dense_backward(struct dense *l, const double *x, const double *dy,
                    double *dx, size_t n);

/* Set dw and db to 0, before the backward pass of a new step. */
void dense_zero_grad(struct dense *l);

/* One step of gradient descent: w -= lr dw, b -= lr db. */
void dense_step(struct dense *l, double lr);

#endif
