/*
 * fmprobe.h - what chapter 13 measures on a network: the one linear map
 * a deep linear network is, the gradient reaching each layer, the units
 * that died, and how fast the matrix products run.
 */
#ifndef FMPROBE_H
#define FMPROBE_H

#include "fmnet.h"
#include "fmtrain.h"

/* The affine map x -> W x + b that the linear network `deep` (every
 * activation the identity) computes, as a one-layer network `one`:
 * W = W_L ... W_1 and b = W_L (... (W_2 b_1 + b_2) ...) + b_L, multiplied
 * out in double and rounded to float once. */
void fmprobe_collapse(const struct fmnet *deep, struct fmnet *one);

/* The norm of the loss's gradient with respect to the biases of each
 * layer, ||dL/db_l|| = ||delta_l||, the mean over the first `count`
 * examples of d (Nielsen's "speed of learning" of layer l), into
 * norm[0 .. layers-1]. Needs n->cap >= count. */
void fmprobe_grad_norms(struct fmnet *n, const struct fmdata *d,
                        long count, double *norm);

/* The percentage of units of hidden layer 1 that are dead: pre-
 * activation <= 0 on every one of the first `count` examples of d, so
 * that their weights receive exactly zero gradient from them. */
double fmprobe_dead_pct(struct fmnet *n, const struct fmdata *d,
                        long count);

/* GFLOP/s of C = A B for square float matrices of side `side`: the naive
 * loop if naive, else sgemm; the best of runs over at least `seconds`
 * (a measurement: it changes with the machine and its load). */
double fmprobe_gflops(long side, int naive, double seconds);

#endif
