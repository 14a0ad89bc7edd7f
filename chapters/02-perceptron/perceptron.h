/*
 * perceptron.h - Rosenblatt's perceptron on the plane, and two proofs that
 * it cannot classify the article's set (claim N2).
 *
 * A perceptron says class 1 where w . x + b > 0 and class 0 elsewhere: a
 * half-plane. Its learning rule moves the line towards each example it
 * gets wrong. On a set that no line separates it can never be right
 * everywhere, and this module shows that two ways, independently of any
 * training:
 *
 *   a certificate  a point that is a convex combination of points of
 *                  class 1 and also of points of class 0: the two
 *                  classes' convex hulls meet, so no line separates them;
 *   the best line  an exhaustive search over every line that matters,
 *                  which gives the highest accuracy any line can reach.
 */
#ifndef PERCEPTRON_H
#define PERCEPTRON_H

#include "data2d.h"

#include <stddef.h>
#include <stdint.h>

/* A line classifier: class 1 where w[0] x1 + w[1] x2 + b > 0. */
struct perceptron {
    double w[2];
    double b;
};

/* The class (0 or 1) the perceptron gives the point x. */
int perceptron_predict(const struct perceptron *p, const double x[2]);

/* The fraction of the points of d that p classifies right. */
double perceptron_accuracy(const struct perceptron *p,
                           const struct dataset *d);

/* Rosenblatt's rule for one example x with label t (0 or 1): if p gets it
 * wrong, move w by lr (t - y) x and b by lr (t - y). Returns 1 if p
 * changed, 0 if it was right. */
int perceptron_update(struct perceptron *p, const double x[2], double t,
                      double lr);

/* What a training run leaves behind. */
struct perceptron_run {
    struct perceptron last;   /* the weights after the last epoch */
    struct perceptron pocket; /* the most accurate weights ever held */
    double pocket_acc;        /* their accuracy */
    long pocket_epoch;        /* the epoch in which they were found */
    long updates;             /* how many examples changed the weights */
    long perfect_epochs;      /* epochs that ended with accuracy 1 */
};

/*
 * Train from w = 0, b = 0 for `epochs` passes over d, visiting the points
 * in an order shuffled each epoch from `seed`, with Gallant's pocket: after
 * every update the accuracy on all of d is measured, and the best weights
 * so far are kept. acc[e] and pocket_acc[e] (e < epochs; either may be
 * NULL) receive the accuracy at the end of epoch e + 1 and the pocket's.
 */
void perceptron_train(const struct dataset *d, long epochs, double lr,
                      uint64_t seed, double *acc, double *pocket_acc,
                      struct perceptron_run *run);

/*
 * A certificate that the two classes of a set are not linearly separable.
 * The common point q is the convex combination, with weights lambda[c],
 * of the n[c] points idx[c] of class c, for both c = 0 and c = 1. If a
 * line had class 1 strictly on one side and class 0 on the other, then
 * w . q + b would be a weighted mean of positive numbers and also of
 * numbers <= 0: impossible.
 */
struct perceptron_cert {
    size_t n[2];          /* points of each class taking part, n0 + n1 = 4 */
    size_t idx[2][3];     /* their indices in the data set */
    double lambda[2][3];  /* their convex weights: >= 0, summing to 1 */
    double q[2];          /* the common point */
    double margin;        /* the smallest weight of all */
};

/*
 * Search for a certificate: a point of one class inside a triangle of
 * points of the other (1 + 3 points), else two segments of different
 * classes that cross (2 + 2 points). In the plane one of the two exists
 * whenever the hulls meet (Kirchberger's theorem). Of the candidates it
 * tries, it keeps the one whose smallest weight is largest, so that
 * rounding cannot matter. Returns 0, or -1 if it found none (the search
 * of crossings looks at the first PERCEPTRON_CROSS_MAX points of each
 * class only).
 */
#define PERCEPTRON_CROSS_MAX 48
int perceptron_certificate(const struct dataset *d,
                           struct perceptron_cert *c);

/* The best any line can do on a set. */
struct perceptron_best {
    struct perceptron line; /* a line reaching it */
    long errors;            /* the fewest points any line gets wrong */
    double accuracy;        /* 1 - errors / n */
};

/*
 * The highest accuracy of any line on d, by exhaustive search: a best
 * line can be moved until it passes through two points of d without
 * getting more points wrong (and those two can then be put on their right
 * sides by a tiny shift or turn), so trying the line through every pair,
 * both ways round, finds the optimum. O(n^3); the points must be distinct
 * and no three on a line (true of random data). Returns 0, or -1 if d has
 * fewer than 2 points.
 */
int perceptron_best_line(const struct dataset *d,
                         struct perceptron_best *best);

#endif
