/*
 * dead.h - dead ReLU units: finding them, checking that they learn
 * nothing, and counting how many a training run leaves (claim R4).
 *
 * A hidden unit is **dead** on a data set when its pre-activation z is
 * <= 0 for every example. A ReLU unit then outputs 0 and, since
 * relu'(z) = 0 there, passes no gradient to its incoming weights and
 * bias: plain gradient descent on that data set can never change them, and
 * the unit stays dead (in the first hidden layer exactly; a deeper unit
 * can come back if the layers below it change). A leaky-ReLU unit in the
 * same state still passes ACT_LEAKY_SLOPE times its gradient.
 */
#ifndef DEAD_H
#define DEAD_H

#include "act.h"
#include "data2d.h"
#include "mlp.h"

#include <stddef.h>
#include <stdint.h>

/* Mark in dead[] (one flag per hidden unit, layer by layer: sizes[1]
 * flags for the first hidden layer, then sizes[2], ...) which hidden
 * units of m have z <= 0 for all n rows of x, and return how many. The
 * forward passes take m->max_n rows at a time. A NaN z counts as not
 * active. */
size_t dead_find(struct mlp *m, const double *x, size_t n,
                 unsigned char *dead);

/* Number of hidden units of m, the length of dead_find's flags. */
size_t dead_hidden_units(const struct mlp *m);

/* The gradient that reaches dead and live units. */
struct dead_gradient {
    double dead_max; /* largest |dL/dw|, |dL/db| into any dead unit */
    double live_max; /* the same over the live units */
    size_t dead;     /* how many dead units */
};

/*
 * Compute the full-batch gradient of the mean BCE of m on (x, y), n rows
 * (n <= m->max_n), and measure it on the incoming weights and biases of
 * the dead and the live hidden units. For ReLU, dead_max is exactly 0.
 */
struct dead_gradient dead_gradient(struct mlp *m, const double *x,
                                   const double *y, size_t n);

/* One training run of the experiment. */
struct dead_config {
    size_t width;  /* the network is 2 -> width -> width -> 1 */
    long epochs;   /* of full-batch gradient descent */
};

struct dead_run {
    double fraction; /* of the hidden units dead after training */
    int diverged;    /* the loss became NaN or infinite */
};

/* Train a network with activation act (He initialisation, stream
 * `seed`) at learning rate lr on d, then count its dead units. */
struct dead_run dead_train(enum act_kind act, double lr, uint64_t seed,
                           const struct dataset *d,
                           const struct dead_config *cfg);

#endif
