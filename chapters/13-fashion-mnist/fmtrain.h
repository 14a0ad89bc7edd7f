/*
 * fmtrain.h - images as floats, and the training loop of chapter 13.
 *
 * Pixels become floats in [0, 1] (value / 255): no other preprocessing,
 * so what a network learns is from the images as they are. Training is
 * minibatch SGD on the mean cross-entropy: every epoch visits the
 * training examples once in an order shuffled from the run's seed, so a
 * run is the same bits from its seed (with mat_set_threads fixed).
 */
#ifndef FMTRAIN_H
#define FMTRAIN_H

#include "fmnet.h"
#include "idx.h"

#include <stdint.h>

struct fmdata {
    long count, dim;
    float *x;         /* count x dim */
    unsigned char *y; /* count */
};

/* The first `count` examples of `s` (all if count exceeds it). */
void fmdata_from_idx(struct fmdata *d, const struct idx_set *s, long count);
void fmdata_free(struct fmdata *d);

struct fmtrain_opts {
    long epochs, batch;
    double lr;
    uint64_t seed; /* the order of the examples */
};

/* After epoch e (e = 0: before training): the mean training loss over
 * the epoch's batches (e = 0: over the set), test loss and accuracy,
 * and the seconds of training so far (a measurement). */
struct fmtrain_epoch {
    double train_loss, test_loss, test_acc, seconds;
};

/* Accuracy of n on d (and the mean loss, into *loss if not NULL; the
 * predicted classes into pred if not NULL). */
double fmtrain_eval(struct fmnet *n, const struct fmdata *d, double *loss,
                    unsigned char *pred);

/* Train n on `train`, evaluating on `test` after every epoch into
 * hist[0 .. epochs]. Returns 0, or -1 if the loss became NaN or
 * infinite (the run diverged; the remaining epochs are NaN). */
int fmtrain_run(struct fmnet *n, const struct fmdata *train,
                const struct fmdata *test, const struct fmtrain_opts *o,
                struct fmtrain_epoch *hist);

#endif
