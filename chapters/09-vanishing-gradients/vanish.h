/*
 * vanish.h - the size of the gradient, layer by layer, in a deep fully
 * connected network (claims V1 and R2).
 *
 * The networks here have `depth` hidden layers of `width` units, each
 * followed by the same activation g, and one linear output unit. The
 * input is `width` wide as well, so every hidden layer is square. Hidden
 * layer l (0 nearest the input) computes z_l = a_{l-1} W_l^T + b_l and
 * a_l = g(z_l); backpropagation (mlp_backward) computes
 *
 *   dz_l = (dz_{l+1} W_{l+1}) (.) g'(z_l),        dz = dL/dz,
 *
 * row by row, where (.) multiplies elementwise. Two consequences are what
 * this module measures:
 *
 *   the bound     ||dz_l|| <= gmax ||W_{l+1}||_2 ||dz_{l+1}||, where gmax
 *                 is the largest value g' takes (1/4 for the sigmoid) and
 *                 ||W||_2 the spectral norm (largest singular value);
 *   the RMS gain  for a gradient in a random direction, the squared norm
 *                 is multiplied on average by ||W_{l+1}||_F^2 / out times
 *                 the mean of g'(z_l)^2, out being W_{l+1}'s row count.
 *
 * The bound is a theorem, so a network that breaks it has a bug; the RMS
 * gain is an average, the "typical" factor that the measurements follow.
 */
#ifndef VANISH_H
#define VANISH_H

#include "act.h"
#include "data2d.h"
#include "dense.h"
#include "mlp.h"
#include "rng.h"

#include <stddef.h>
#include <stdint.h>

/* ---------------------------------------------------------------- grid */

/*
 * How the weights start: the library's three schemes (dense.h) and a
 * fixed small scale. Biases start at 0 in every scheme.
 */
enum vanish_init {
    VANISH_SMALL,  /* N(0, VANISH_SMALL_STD^2) in every layer */
    VANISH_NORMAL, /* N(0, 1) */
    VANISH_XAVIER, /* N(0, 2 / (in + out)) */
    VANISH_HE,     /* N(0, 2 / in) */
    VANISH_INIT_COUNT
};

/* 0.01: the fixed scale that older code often used, whatever the width;
 * at width 64 it is 8 times below Xavier's 1/8. */
#define VANISH_SMALL_STD 0.01

/* NULL-terminated names, in enum order: "small", "normal", "xavier", "he". */
extern const char *const vanish_init_names[];

/* One network of the grid and the batch it sees. */
struct vanish_config {
    enum act_kind act;
    enum vanish_init init;
    size_t depth;  /* hidden layers, >= 1 */
    size_t width;  /* units per hidden layer, and the input's width */
    size_t batch;  /* rows of the batch */
    uint64_t seed; /* weights, inputs and labels all come from it */
};

/* What one hidden layer l shows after one forward and backward pass. */
struct vanish_layer {
    double grad;       /* ||dz_l||_F, over the batch */
    double wgrad;      /* ||dL/dW_l||_F, the weights into layer l */
    double bound;      /* gmax ||W_{l+1}||_2: the most ||dz_l|| / ||dz_{l+1}||
                          can be (NaN unless asked for) */
    double rms;        /* the RMS gain of the step from l + 1 to l */
    double mean, std;  /* of the activations a_l, over batch and units */
    double saturated;  /* fraction of units with g'(z) < gmax / 10 */
    double zero;       /* fraction of activations exactly 0 */
    double float_lost; /* fraction where g' from a float output is 0 but
                          g'(z) is not */
};

/*
 * The network of c: sizes width -> width (depth times) -> 1, weights
 * drawn by c->init from a stream seeded with c->seed, then a batch of
 * c->batch inputs with N(0, 1) entries and random 0/1 labels from the same
 * stream. Runs one forward and one backward pass of the mean BCE over the
 * batch, so the caches (z, a, dz) and every dw hold that batch's values.
 * Returns NULL if a size is 0 or memory runs out.
 */
struct mlp *vanish_network(const struct vanish_config *c);

/* The largest value of g' for the activation: 1/4 for the sigmoid, 1
 * for the others (0 for the step, whose derivative is 0). */
double vanish_gprime_max(enum act_kind act);

/*
 * The statistics of every hidden layer of m after vanish_network() (n is
 * the batch): out[l] for l < depth. With with_bound, also the spectral
 * norm of every W_{l+1} (power iteration: the dearest part).
 */
void vanish_layers(const struct mlp *m, size_t n, int with_bound,
                   struct vanish_layer *out);

/*
 * The spectral norm of W (rows x cols, row-major), its largest singular
 * value, by power iteration on W^T W from a start vector drawn from r.
 * Stops when an iteration changes the estimate by less than tol
 * relative, or after VANISH_POWER_MAX_ITER iterations. Every estimate
 * is at most the true norm, so a bound built from it can only be too
 * strict, never too lax.
 */
double vanish_spectral_norm(const double *w, size_t rows, size_t cols,
                            double tol, struct rng *r);

/* The tolerance vanish_layers() uses: 1e-6. The estimate is then short
 * of the norm by 1e-5 or so (the last change over one minus the rate of
 * convergence), far below what a figure shows; it approaches the norm
 * from below, so stopping early errs on the strict side. */
#define VANISH_POWER_TOL 1e-6
/* A cap that only a matrix whose two largest singular values are nearly
 * equal reaches; the error is then tiny anyway, as it mixes the two. */
#define VANISH_POWER_MAX_ITER 5000

/*
 * The RMS gain per layer that a wide layer tends to, for N(0, sigma_w^2)
 * weights with nvar = n sigma_w^2 (n inputs per unit). Its pre-activations
 * are then about N(0, nvar E[a^2]), wide, and the mean of g'(z)^2 over so
 * wide a normal is about phi(0) I / sd, I = the integral of g'^2 over
 * the line: 1/6 for the sigmoid, 4/3 for tanh. With E[a^2] = 1/2
 * (sigmoid outputs near 0 or 1) and 1 (tanh near -1 or 1),
 *
 *   sigmoid  (nvar / (36 pi))^(1/4)      tanh  (8 nvar / (9 pi))^(1/4),
 *
 * a factor 2^(1/4) per doubling of the width; ReLU's g'^2 averages 1/2
 * at any scale, so its gain is sqrt(nvar / 2). NaN for other
 * activations. The saturating forms are asymptotes: E[a^2] and the mean
 * of g'^2 differ from their limits by O(1 / sd), so the relative error
 * falls like nvar^(-1/2).
 */
double vanish_wide_gain(enum act_kind act, double nvar);

/* -------------------------------------------------------------- helpers */

/* The median of v[0..n-1], n >= 1; sorts v in place. */
double vanish_median(double *v, size_t n);

/* frac[b] = the fraction of the n values in bin b of `bins` equal bins
 * over the closed interval [lo, hi]: bin b holds [lo + b h, lo + (b+1) h)
 * with h = (hi - lo) / bins, the last one hi as well. Values outside
 * (and NaN) are counted in no bin. */
void vanish_histogram(const double *v, size_t n, double lo, double hi,
                      size_t bins, double *frac);

/* The smallest z in [lo, hi] with f(z) == value, for f monotone there,
 * equal to value at hi and not at lo: where f first rounds to value
 * (sweep_threshold_ctx with that test; f for the float version). */
double vanish_first_equal(double (*f)(double), double value, double lo,
                          double hi);
float vanish_first_equalf(float (*f)(float), float value, float lo,
                          float hi);

/* ------------------------------------------------------------- training */

struct vanish_train_config {
    enum act_kind act;
    enum init_kind init;
    size_t depth, width;  /* hidden layers 2 -> width -> ... -> 1 */
    enum data_kind data;  /* a Part I data set */
    size_t points;
    double lr;            /* full-batch gradient descent */
    long epochs;
    uint64_t seed;        /* data set and weights */
};

/* What vanish_train() records after every epoch e (0-based), each an
 * array of c->epochs entries (wgrad: c->epochs * (depth + 1)). */
struct vanish_train_log {
    double *loss, *acc; /* on the whole set, after the step */
    double *wgrad;      /* [e * (depth + 1) + l] = ||dL/dW_l||_F for layer
                           l <= depth (the last is the output layer): the
                           gradient that epoch's step used */
    double *spread;     /* how much the last hidden layer tells the inputs
                           apart: the RMS over its units of each unit's
                           standard deviation over the inputs (NULL: not
                           recorded) */
};

/*
 * Train the network of c on its data set with full-batch gradient
 * descent and BCE, recording into *log. Returns 0; or the epoch (>= 1)
 * whose loss was no longer finite, when the rate made the weights
 * overflow (training stops there, later entries are NaN); or -1 if
 * memory runs out.
 */
int vanish_train(const struct vanish_train_config *c,
                 const struct vanish_train_log *log);

/* The same training, recording only the loss and accuracy at the end
 * (equal to what vanish_train() records for the last epoch, a quarter
 * cheaper). Returns 0, or -1 if memory runs out. */
int vanish_train_final(const struct vanish_train_config *c, double *loss,
                       double *acc);

#endif
