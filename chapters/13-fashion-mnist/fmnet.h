/*
 * fmnet.h - a fully connected network in float, trained by minibatch SGD
 * on softmax cross-entropy, its products through CBLAS (src/mat.h).
 *
 * Shapes: layer l (0 .. layers-1) maps width[l] inputs to width[l+1]
 * outputs, W_l is width[l+1] x width[l] row-major (row j holds the
 * weights into unit j), b_l has width[l+1] entries. A batch is a B x
 * width[0] matrix, one example per row. Every hidden layer applies the
 * same activation; the last layer's outputs are the logits, turned into
 * class probabilities by softmax. With ACT_IDENTITY the whole network is
 * linear: a product of matrices, one affine map.
 */
#ifndef FMNET_H
#define FMNET_H

#include "act.h"
#include "rng.h"

#define FMNET_LAYERS_MAX 12 /* weight layers: the deepest linear net is 8 */

enum fmnet_init {
    FMNET_INIT_AUTO,   /* He for ReLU and leaky ReLU, Xavier otherwise */
    FMNET_INIT_XAVIER, /* N(0, 2 / (n_in + n_out)), Glorot and Bengio */
    FMNET_INIT_HE,     /* N(0, 2 / n_in), He et al. */
    FMNET_INIT_LECUN,  /* N(0, 1 / n_in): Nielsen's chapter 5 */
};
extern const char *const fmnet_init_names[]; /* "auto", "xavier", ... */

struct fmnet {
    int layers;
    long width[FMNET_LAYERS_MAX + 1];
    enum act_kind act;
    float *w[FMNET_LAYERS_MAX], *b[FMNET_LAYERS_MAX];
    float *gw[FMNET_LAYERS_MAX], *gb[FMNET_LAYERS_MAX]; /* gradients */
    /* For one batch of at most `cap` rows: a[0] the inputs (a copy),
     * a[l] the outputs of layer l (a[layers] the probabilities), d[l] the
     * loss's gradient with respect to layer l's pre-activations. */
    long cap;
    float *a[FMNET_LAYERS_MAX + 1], *d[FMNET_LAYERS_MAX + 1];
};

/* A network of `layers` weight layers with the given widths (layers + 1
 * numbers), initialised from `r`; biases start at 0. */
void fmnet_init(struct fmnet *n, int layers, const long *width,
                enum act_kind act, enum fmnet_init init, long cap,
                struct rng *r);
void fmnet_free(struct fmnet *n);

/* Forward pass on rows x[0 .. rows-1] (rows <= cap); returns the summed
 * cross-entropy of labels y (y may be NULL: then 0). The probabilities
 * are n->a[n->layers]. */
double fmnet_forward(struct fmnet *n, const float *x, long rows,
                     const unsigned char *y);

/* After fmnet_forward(x, rows, y): the gradient of the mean loss over
 * the rows, into gw and gb. */
void fmnet_backward(struct fmnet *n, long rows, const unsigned char *y);

/* W -= lr gW, b -= lr gb. */
void fmnet_step(struct fmnet *n, double lr);

/* The cross-entropy of softmax(z) (k logits) against class y, and its
 * gradient with respect to z, p - onehot(y), into g (may be NULL). */
double fmnet_softmax_xent(const float *z, long k, int y, float *g);

/* The class with the largest probability in row i of the last forward. */
int fmnet_argmax(const struct fmnet *n, long i);

#endif
