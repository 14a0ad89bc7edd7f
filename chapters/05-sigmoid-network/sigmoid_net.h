/*
 * sigmoid_net.h - the article's 2-H-1 network, trained by gradient
 * descent, and the same network with a step or no activation (claims N6
 * and N9).
 *
 * Every network here is a struct mlp (src/mlp.h) with widths 2 -> H -> 1:
 * H hidden units with activation g, and a linear output whose value is a
 * logit, read as the probability s(logit) that a point is a triangle.
 * Written out, the network computes
 *
 *   y = s( v_1 g(z_1) + ... + v_H g(z_H) + c ),  z_j = w_j . x + b_j,
 *
 * the article's formula with an output bias c. It is trained on the mean
 * binary cross-entropy by full-batch gradient descent: one step per
 * epoch, the gradient of the whole training set, no randomness but the
 * initial weights.
 */
#ifndef SIGMOID_NET_H
#define SIGMOID_NET_H

#include "data2d.h"
#include "mlp.h"
#include "rng.h"

#include <stdint.h>

/* A 2 -> hidden -> 1 network with activation `act`, weights drawn by
 * Xavier initialisation from r (biases 0), for batches of up to max_n
 * rows; hidden and max_n are at least 1. */
struct mlp *sigmoid_net_make(size_t hidden, enum act_kind act,
                             size_t max_n, struct rng *r);

/* A copy of m's weights and biases into `to`, a network of the same
 * widths (so several activations can start from the same weights). */
void sigmoid_net_copy_weights(struct mlp *to, const struct mlp *from);

/* What a training run records, epoch by epoch. */
struct sigmoid_net_log {
    long epochs;      /* epochs run */
    long first_full;  /* first epoch with 100 % accuracy, or -1 */
    long diverged;    /* first epoch whose loss is not finite, or -1 */
    double best_acc;  /* the best accuracy seen */
    double *loss;     /* epochs + 1 entries, [0] before training; or NULL */
    double *accuracy; /* likewise; or NULL */
    /* If not NULL, called before training (epoch 0) and after every
     * epoch with the network as it is then. */
    void (*watch)(long epoch, double accuracy, struct mlp *m, void *ctx);
    void *ctx;
};

/* Train m on d for `epochs` full-batch steps of rate lr on the mean
 * cross-entropy, filling *log. With stop_when_full, stop after the
 * first epoch at 100 % accuracy. A rate too large for the network makes
 * descent diverge; training stops at the first epoch whose loss is not
 * finite (log->diverged). Returns the epochs run, or -1 if the
 * network's batches are smaller than d. */
long sigmoid_net_train(struct mlp *m, const struct dataset *d, double lr,
                       long epochs, int stop_when_full,
                       struct sigmoid_net_log *log);

/*
 * The protocol of the chapter's table: from stream `seed`, draw the
 * article set of `points` points, then a 2 -> hidden -> 1 network with
 * activation act, and train it with rate lr until 100 % accuracy or
 * max_epochs. Returns the epoch of 100 %, or -1 (never, or no memory);
 * *best_acc receives the best accuracy (may be NULL).
 */
long sigmoid_net_epochs_to_full(size_t hidden, enum act_kind act,
                                uint64_t seed, size_t points, double lr,
                                long max_epochs, double *best_acc);

/* The chapter's table over seeds: for each seed 1 .. seeds and each of
 * the nh widths hs[j], sigmoid_net_epochs_to_full() with the sigmoid,
 * into e[(seed - 1) * nh + j] (-1: never). Shows its progress on
 * stderr in a long run. */
void sigmoid_net_seed_table(const size_t *hs, int nh, long seeds,
                            size_t points, double lr, long max_epochs,
                            long *e);

/* A 2 -> hidden -> 1 sigmoid network drawn from a copy of *r (r is not
 * advanced) and trained on d like the chapter's runs. Stops the program
 * if out of memory. */
struct mlp *sigmoid_net_trained(size_t hidden, const struct dataset *d,
                                const struct rng *r, double lr,
                                long epochs);

/* The largest |change| of any weight or bias of layer l (0 hidden, 1
 * output) between two networks of the same widths. */
double sigmoid_net_moved(const struct mlp *a, const struct mlp *b,
                         size_t l);

/* The hidden activations g(z_j) of m at point p (2 coordinates): h
 * receives hidden values. */
void sigmoid_net_hidden(struct mlp *m, const double *p, double *h);

/* For a network with the identity activation: the coefficients of the
 * affine map it collapses to, logit = c[0] + c[1] x1 + c[2] x2. */
void sigmoid_net_affine(const struct mlp *m, double c[3]);

/* The mean cross-entropy of m on d (m's batches hold d). */
double sigmoid_net_loss(struct mlp *m, const struct dataset *d);

/* The largest |dL/dp| over the hidden layer's weights and biases p, at
 * m's weights, for the mean cross-entropy on d. */
double sigmoid_net_hidden_gradient(struct mlp *m, const struct dataset *d);

/* The line of least cross-entropy on d: a single layer 2 -> 1 (logistic
 * regression, whose loss is convex), trained from zero weights with rate
 * lr for `epochs` epochs. Its final loss and accuracy into *loss, *acc. */
void sigmoid_net_best_line(const struct dataset *d, double lr, long epochs,
                           double *loss, double *acc);

#endif
