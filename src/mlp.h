/*
 * mlp.h - a multilayer perceptron, its losses, and a training loop.
 *
 * A network of L dense layers with widths sizes[0] -> sizes[1] -> ... ->
 * sizes[L]. One activation g follows every hidden layer; the last layer is
 * linear, so its output is a logit (classification, read through
 * loss_bce_logits) or the prediction itself (regression, loss_mse). With
 * g = identity the network is a deep linear map; with g = step it has a
 * zero gradient almost everywhere. Both are here on purpose.
 *
 * For layer l (0 <= l < L), over a batch of n rows, the network keeps
 *
 *   z[l]  = a[l-1] W_l^T + b_l   pre-activation,        n x sizes[l+1]
 *   a[l]  = g(z[l])              activation (a[-1] = x), n x sizes[l+1]
 *   dz[l] = dL/dz[l]             after mlp_backward(),   n x sizes[l+1]
 *
 * and layers[l].dw, layers[l].db hold dL/dW_l and dL/db_l. The output
 * layer is linear, so a[L-1] is the same buffer as z[L-1]. These caches
 * are public: the vanishing-gradient chapter reads dz and dw layer by
 * layer.
 */
#ifndef MLP_H
#define MLP_H

#include "act.h"
#include "dense.h"
#include "rng.h"

#include <stddef.h>
#include <stdint.h>

struct mlp {
    size_t nlayers;       /* L, the number of dense layers */
    size_t *sizes;        /* L + 1 widths; sizes[0] is the input's */
    enum act_kind act;    /* g, after every hidden layer */
    size_t max_n;         /* the most rows one forward pass takes */
    struct dense *layers; /* layers[l] maps sizes[l] -> sizes[l+1] */
    double **z;           /* z[l]: max_n x sizes[l+1] */
    double **a;           /* a[l]: max_n x sizes[l+1]; a[L-1] == z[L-1] */
    double **dz;          /* dz[l]: max_n x sizes[l+1] */
};

/* A network with nsizes widths (nsizes >= 2, each >= 1), activation
 * `act` after every hidden layer, and caches for batches of up to max_n
 * rows. Parameters start at 0; call mlp_init(). NULL only on a bad
 * argument (fewer than two widths, a width or max_n of 0, an unknown
 * activation); when memory runs out the program stops with a message
 * (alloc.h), so with good arguments the result is never NULL. */
struct mlp *mlp_alloc(const size_t *sizes, size_t nsizes,
                      enum act_kind act, size_t max_n);

/* Release the network and everything it owns; NULL is allowed. */
void mlp_free(struct mlp *m);

/* Initialise every layer by `kind` (dense_init), in layer order. */
void mlp_init(struct mlp *m, enum init_kind kind, struct rng *r);

/* Width of the input (sizes[0]) and of the output (sizes[L]). */
size_t mlp_in(const struct mlp *m);
size_t mlp_out(const struct mlp *m);

/* Forward pass of x (n x in, n <= max_n); fills z and a and returns the
 * output, n x out, which stays valid until the next forward pass. */
const double *mlp_forward(struct mlp *m, const double *x, size_t n);

/* The output for any number of rows: x is n x in, y is n x out. Runs
 * forward passes of max_n rows at a time, so the caches afterwards hold
 * the last chunk only. */
void mlp_predict(struct mlp *m, const double *x, double *y, size_t n);

/*
 * Backward pass after mlp_forward(m, x, n), the same x and n, given
 * dout = dL/d(output), n x out. Fills dz for every layer and adds into
 * every layer's dw and db (call mlp_zero_grad() first for one batch's
 * gradient).
 */
void mlp_backward(struct mlp *m, const double *x, const double *dout,
                  size_t n);

/* Set every layer's dw and db to 0. */
void mlp_zero_grad(struct mlp *m);

/* One step of gradient descent on every layer: p -= lr dL/dp. */
void mlp_step(struct mlp *m, double lr);

/* --------------------------------------------------------------- losses
 *
 * A loss over `count` outputs is their mean; its gradient, written to
 * grad (count values) unless grad is NULL, is the derivative of that
 * mean, so it already carries the factor 1/count.
 */

enum loss_kind {
    LOSS_BCE, /* binary cross-entropy of a logit and a 0/1 label */
    LOSS_MSE, /* mean squared error of a prediction and a target */
    LOSS_KIND_COUNT
};

/* NULL-terminated names of the losses, in enum order: "bce", "mse". */
extern const char *const loss_names[];

/* Binary cross-entropy of one logit l against a label y in [0, 1]:
 * -y log s(l) - (1 - y) log(1 - s(l)), in a form that is finite for
 * every finite l. */
double loss_bce_logits(double logit, double y);

/* Mean BCE over count logits; grad[i] = (s(l_i) - y_i) / count. */
double loss_bce(const double *logit, const double *y, size_t count,
                double *grad);

/* Mean of (p_i - y_i)^2; grad[i] = 2 (p_i - y_i) / count. */
double loss_mse(const double *pred, const double *y, size_t count,
                double *grad);

/* loss_bce() or loss_mse(), by kind. */
double loss_eval(enum loss_kind kind, const double *out, const double *y,
                 size_t count, double *grad);

/* Fraction of the count outputs that classify their label right. A label
 * is class 1 when y > 1/2. An output is class 1 when it is > 0 for
 * LOSS_BCE (a logit > 0 is a probability > 1/2) and > 1/2 for LOSS_MSE
 * (a regression onto 0/1 labels). */
double loss_accuracy(enum loss_kind kind, const double *out,
                     const double *y, size_t count);

/* ------------------------------------------------------------- training */

struct train_config {
    double lr;           /* learning rate of plain gradient descent */
    long epochs;         /* passes over the data */
    size_t batch;        /* rows per step; 0 = the full batch */
    uint64_t seed;       /* seeds the shuffle of the mini-batches */
    enum loss_kind loss;
};

/* Called after every epoch (1, 2, ...) with the loss and accuracy of the
 * whole training set under the weights at that point; a nonzero return
 * stops the training. */
typedef int (*train_callback)(long epoch, double loss, double accuracy,
                              void *ctx);

/*
 * Train m on n examples: x is n x in, y is n x out. Each epoch shuffles
 * the rows with a stream seeded from cfg->seed and takes one gradient
 * step per batch of cfg->batch rows, the last batch holding the rest. A
 * batch of 0 or >= n is the full batch, in data order: one step per
 * epoch, no shuffle (it would change only the rounding). callback may be
 * NULL.
 * The same network, data and config give the same weights bit for bit.
 * Returns the number of epochs run, or -1 if there are no rows or the
 * batch exceeds max_n (memory: alloc.h, which stops the program).
 */
long mlp_train(struct mlp *m, const double *x, const double *y, size_t n,
               const struct train_config *cfg, train_callback callback,
               void *ctx);

#endif
