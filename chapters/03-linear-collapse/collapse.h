/*
 * collapse.h - why layers without an activation add nothing (claims N3,
 * N4, N8).
 *
 * A stack of affine layers y = W_L (... (W_1 x + b_1) ...) + b_L is one
 * affine map y = W x + b, with W = W_L ... W_1 and b = W_L (... (W_2 b_1
 * + b_2) ...) + b_L. This module folds a network whose activation is the
 * identity into that one map, writes out the article's hand expansion of
 * a 2-3-1 network, finds a network's decision boundary point by point,
 * and measures the size of values through a deep stack.
 */
#ifndef COLLAPSE_H
#define COLLAPSE_H

#include "act.h"
#include "data2d.h"
#include "dense.h"
#include "mlp.h"
#include "rng.h"

#include <stddef.h>
#include <stdint.h>

/*
 * Fold the layers of m into one affine map, by matrix products from the
 * first layer to the last, into the layer *one (allocated here, in ->
 * out like m; free it with dense_free). One layer is the natural home of
 * an affine map: dense_forward() then applies it. Returns 0, or -1 if m's
 * activation is not the identity.
 */
int collapse_fold(const struct mlp *m, struct dense *one);

/*
 * The scale of the rounding errors of m on the rows x (n x in), into s
 * (n x out): the output of the network with every weight, bias and input
 * replaced by its absolute value, |W_L| (... (|W_1| |x| + |b_1|) ...) +
 * |b_L|. A sum of products computed in floating point errs by at most
 * gamma_k times the same sum of absolute values (Higham, Sec. 3.1), so
 * this is what errors are measured against; m's activation must be the
 * identity.
 */
void collapse_abs_scale(const struct mlp *m, const double *x, double *s,
                        size_t n);

/* The error bound of comparing m's stack with its collapse, in units of
 * eps times collapse_abs_scale(): both computations round each layer's
 * sums of fan-in + 1 terms, so each differs from the exact map by at most
 * u sum_l (in_l + 1) to first order, the collapse also by u (in + 1) for
 * applying the folded map; the difference is at most the sum of both,
 * and 2 u = eps. */
double collapse_bound_eps(const struct mlp *m);

#define COLLAPSE_MAX_DEPTH 255

/* A network 2 -> width -> ... -> width -> 1 of `depth` layers (at most
 * COLLAPSE_MAX_DEPTH) with activation g, for batches of up to `rows`
 * rows; its parameters are all 0. NULL on a bad size. */
struct mlp *collapse_net(size_t depth, size_t width, enum act_kind g,
                         size_t rows);

/* A random linear network 2 -> width -> ... -> width -> 1 of `depth`
 * layers (depth <= COLLAPSE_MAX_DEPTH), for batches of up to rows rows:
 * Xavier weights and biases N(0, 1), all from r. NULL on a bad size. */
struct mlp *collapse_random_linear(size_t depth, size_t width, size_t rows,
                                   struct rng *r);

/* How far a linear network's stack of layers and its collapse disagree. */
struct collapse_gap {
    double err_eps;     /* max |stack - collapse| / (eps max |stack|) */
    double bound_ratio; /* max over rows of |stack - collapse| divided by
                         * collapse_bound_eps() eps collapse_abs_scale():
                         * at most 1 if rounding is all there is */
};

/* Compare m (activation: identity) with its collapse on the n rows x
 * (n <= m->max_n). Returns 0, or -1 if m is not linear. */
int collapse_measure(struct mlp *m, const double *x, size_t n,
                     struct collapse_gap *gap);

/*
 * The article's expansion of a linear 2-3-1 network, term by term, in its
 * notation: w_{1-ij} links input i to hidden unit j, w_{2-j} links hidden
 * unit j to the output, b_{1-j} is unit j's bias. coef[0] and coef[1]
 * multiply x1 and x2; coef[2] is the constant the article writes,
 * w_{2-1} b_{1-1} + w_{2-2} b_{1-2} + w_{2-3} b_{1-3}, which has no output
 * bias. m must have sizes 2, 3, 1.
 */
void collapse_article(const struct mlp *m, double coef[3]);

/* The same coefficients read off the network itself, by evaluating it:
 * the constant is f(0), the coefficient of x_i is f(e_i) - f(0). */
void collapse_probe(struct mlp *m, double coef[3]);

/*
 * Points where the output of m (2 inputs, 1 output, a logit) is 0, inside
 * the box [lo0, hi0] x [lo1, hi1]: on each of `lines` vertical and as many
 * horizontal lines evenly across the box, every sign change of the output
 * between `samples` evenly spaced points is bisected down to adjacent
 * doubles. Writes up to max points (2 each) to pts and returns how many.
 */
size_t collapse_boundary(struct mlp *m, const double lo[2],
                         const double hi[2], int lines, int samples,
                         double *pts, size_t max);

/*
 * How far points pts (n x 2) are from lying on one line: the largest
 * distance of any of them from the line through the two that lie farthest
 * apart. 0 for n < 3; INFINITY if all points coincide.
 */
double collapse_line_deviation(const double *pts, size_t n);

/*
 * The root-mean-square size of the values after each layer of a stack of
 * `depth` square layers of width `width`, each W with entries N(0, gain^2
 * / width) and no bias, each followed by g: rms[0] is that of the input
 * (rows x width values drawn N(0, 1)), rms[l] that after layer l, and
 * lo[l], hi[l] the smallest and largest value there. With g the identity,
 * E |W x|^2 = gain^2 |x|^2, so the rms grows by the factor gain per layer.
 * The weights depend only on the seed, so stacks with different g share
 * them. Arrays hold depth + 1 values.
 */
void collapse_magnitudes(enum act_kind g, size_t width, size_t depth,
                         double gain, size_t rows, uint64_t seed,
                         double *rms, double *lo, double *hi);

/* ------------------------------------------- what the chapter measures */

/* N3 on the article's 2-3-1 network with every weight and bias drawn
 * from N(0, 1) (stream `seed`): its coefficients of x1, x2 and 1 by the
 * article's expansion (plus the output bias b2, which the article's
 * network lacks), by collapse_fold() and by collapse_probe(). */
struct collapse_three_ways {
    double expansion[3], matrix[3], network[3];
    uint64_t ulps[3];      /* the largest distance of the three, in ulps */
    uint64_t worst_ulps;   /* the largest of ulps[] */
    double article_const;  /* the article's constant, without b2 */
    double b2;             /* the output bias */
};
void collapse_three_ways(uint64_t seed, struct collapse_three_ways *res);

/* N3 at one depth: `trials` random linear networks 2 -> width -> ... ->
 * 1 of `depth` layers (collapse_random_linear), each measured against its
 * fold on `rows` inputs from N(0, 1), all drawn from r in that order.
 * The largest and the median err_eps, and the largest bound_ratio. */
struct collapse_depth_stat {
    double worst, median, bound_ratio;
};
/* depth is 1 .. COLLAPSE_MAX_DEPTH. */
void collapse_depth_trials(size_t depth, size_t width, long trials,
                           size_t rows, struct rng *r,
                           struct collapse_depth_stat *st);

/* N8's four stacks on the same input (collapse_magnitudes): linear with
 * gain and with 1 / gain, sigmoid and tanh with gain (the same weights as
 * the first), with what the chapter reads from them. */
enum { COLLAPSE_UP, COLLAPSE_DOWN, COLLAPSE_SIG, COLLAPSE_TANH,
       COLLAPSE_STACKS };
struct collapse_stacks {
    double *rms[COLLAPSE_STACKS]; /* depth + 1 values each */
    double up, down;          /* the linear stacks' factor per layer: the
                               * geometric mean of the ratios */
    double sig_inside;        /* how far inside (0, 1) every sigmoid
                               * value after the input stayed */
    double tanh_inside;       /* likewise inside (-1, 1) for tanh */
};
void collapse_stacks(size_t width, size_t depth, double gain, size_t rows,
                     uint64_t seed, struct collapse_stacks *s);
void collapse_stacks_free(struct collapse_stacks *s);

/* Train a linear network 2 -> width -> ... -> 1 of `depth` layers, its
 * Xavier weights drawn from r, on d with cfg (full batch), recording the
 * accuracy and the loss after each epoch (cfg->epochs entries each);
 * training stops where the loss overflows. Returns the network, with the
 * epochs run in *ran; NULL on a bad size. */
struct mlp *collapse_train_linear(size_t depth, size_t width,
                                  const struct dataset *d, struct rng *r,
                                  const struct train_config *cfg,
                                  double *acc, double *loss, long *ran);

/* Weights and biases of m. */
size_t collapse_parameters(const struct mlp *m);

/* The largest distance of the n points pts (x1, x2 pairs) from the line
 * w . x + b = 0 of a 2 -> 1 layer. */
double collapse_line_distance(const struct dense *one, const double *pts,
                              size_t n);

/* N8's last point: the logits l of a trained 2 -> 1 network on d, and
 * s(l), which at the minimum of the cross-entropy has as mean the share
 * of class 1 (ymean). */
struct collapse_logits {
    double lmin, lmax, pmin, pmax, pmean, ymean;
};
void collapse_logit_stats(struct mlp *single, const struct dataset *d,
                          struct collapse_logits *s);

#endif
