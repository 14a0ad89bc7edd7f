/*
 * neuron.h - one neuron on the plane (claim N1): a linear score
 * z = w . x + b, then an activation a = g(z).
 *
 * The neuron is a dense layer with two inputs and one output (src/dense.h)
 * followed by g, so the numbers here are the library's, the ones every
 * later network computes. Thresholding z at 0 splits the plane along the
 * line w . x + b = 0; w points to the side where z > 0.
 */
#ifndef NEURON_H
#define NEURON_H

#include "act.h"
#include "dense.h"

#include <stddef.h>

struct neuron {
    struct dense layer; /* 2 -> 1: w = layer.w[0..1], b = layer.b[0] */
    enum act_kind act;  /* g */
};

/* A neuron with weights (w1, w2), bias b and activation act (its layer's
 * memory from alloc_array(), which stops the program if it runs out). */
void neuron_init(struct neuron *nr, double w1, double w2, double b,
                 enum act_kind act);

/* Release the neuron's layer. */
void neuron_free(struct neuron *nr);

/* For n points x (n x 2, row-major): the scores z[i] = w . x_i + b and the
 * activations a[i] = g(z[i]). */
void neuron_forward(const struct neuron *nr, const double *x, double *z,
                    double *a, size_t n);

/* The point of the line w . x + b = 0 nearest the origin, -b w / |w|^2,
 * into foot; w must not be 0. */
void neuron_foot(const struct neuron *nr, double foot[2]);

/*
 * Which side of the segment from s[0..1] to s[2..3] the point p lies on:
 * the sign (+1, -1, or 0 on the line) of the cross product of the segment's
 * direction and p - s. Geometry only, no w or b: the test of N1 compares it
 * with the sign of z.
 */
int neuron_side_of(const double s[4], const double p[2]);

/*
 * Half the width of the band around the line inside which rounding can
 * give z the wrong sign, for points p with |p_k| <= r: the error bound of
 * the two products and two sums in z, 3 u (|w1| r + |w2| r + |b|) with u
 * = 2^-53, divided by |w| to turn a score into a distance.
 */
double neuron_band(const struct neuron *nr, double r);

#endif
