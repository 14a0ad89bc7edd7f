/*
 * zigzag.h - why a unit whose inputs are all positive learns in zig-zags
 * (claim S4).
 *
 * A linear unit p = w1 x1 + w2 x2 learns the target w* = (1, -1) by
 * stochastic gradient descent on the squared error, one sample at a time.
 * The gradient for one sample is (p - t) x: when every input is positive,
 * as the outputs of a sigmoid layer are, both components share the sign
 * of (p - t), so each step moves both weights up or both down. Reaching
 * w*, where one weight must rise and the other fall, takes a zig-zag.
 */
#ifndef ZIGZAG_H
#define ZIGZAG_H

#include "out.h"

#include <limits.h>
#include <stdint.h>

/* Where the inputs come from: x = s(u), all in (0, 1), mean 1/2; or
 * x = tanh(u), in (-1, 1), mean 0; u ~ N(0, 1) in both. */
enum zigzag_inputs { ZIGZAG_SIGMOID, ZIGZAG_TANH };

struct zigzag_result {
    long steps;          /* steps until |w - w*| < ZIGZAG_TOL, or max */
    long same_sign;      /* steps whose two gradient components share a sign */
    long mixed_sign;     /* steps whose components have opposite signs */
    double final_dist;   /* |w - w*| when it stopped */
};

/* The weights to learn, w* = (1, -1). */
#define ZIGZAG_TARGET_W1 1.0
#define ZIGZAG_TARGET_W2 (-1.0)

/* Stop when the weights are this close to w*: 1 % of |w*| = 1.41. */
#define ZIGZAG_TOL 0.0141

/* Run the descent from w = (0, 0) with learning rate lr for at most
 * max_steps samples; write each step's weights to `path` (may be NULL). */
struct zigzag_result zigzag_descend(enum zigzag_inputs inputs, uint64_t seed,
                                    double lr, long max_steps,
                                    struct tsv *path);

/* The second moments of n inputs: m[0] = mean x1^2, m[1] = mean x1 x2,
 * m[2] = mean x2^2. The expected loss is (w - w*)^T M (w - w*) / 2: its
 * level sets are the ellipses the descent crosses. */
void zigzag_moments(enum zigzag_inputs inputs, uint64_t seed, long n,
                    double m[3]);

/* The condition number of M: its larger eigenvalue over its smaller,
 * the ratio of the loss's curvature across its valley to along it. */
double zigzag_condition(const double m[3]);

/* The expected loss at w for moments m (from zigzag_moments). */
double zigzag_loss(const double m[3], double w1, double w2);

/* Write the expected loss on a 61 x 61 grid of [-0.5, 2] x [-2, 0.5],
 * the square the figure shows, to `t` (columns
 * w1 w2 loss, a blank line after each w1: the blocks gnuplot's contour
 * tracing reads). */
void zigzag_loss_grid(const double m[3], struct tsv *t);

/* What one learning rate gives over several seeds. A run that has not
 * reached w* after max_steps, or whose weights grew without bound,
 * counts as ZIGZAG_FAILED steps. */
#define ZIGZAG_FAILED LONG_MAX
struct zigzag_stats {
    long median, least, most; /* steps over the seeds */
    long failed;              /* seeds that never reached w* */
};

/* The descent for seeds first_seed .. first_seed + n_seeds - 1 (n_seeds
 * odd, at most ZIGZAG_MAX_SEEDS, so the median is one of the runs). */
#define ZIGZAG_MAX_SEEDS 101
struct zigzag_stats zigzag_over_seeds(enum zigzag_inputs inputs,
                                      uint64_t first_seed, int n_seeds,
                                      double lr, long max_steps);

/* One learning rate, and what it gives each kind of input. */
struct zigzag_rate {
    double lr;
    struct zigzag_stats st[2]; /* by enum zigzag_inputs */
};

/* zigzag_over_seeds() for both inputs at the n rates lr = 2^(k/2),
 * k = k_lo .. k_lo + n - 1, into rows[0..n-1]; and each row to `t`
 * (may be NULL) as "lr sigmoid_median sigmoid_least sigmoid_most
 * tanh_median tanh_least tanh_most", with "fails" for ZIGZAG_FAILED. */
void zigzag_scan(uint64_t first_seed, int n_seeds, int k_lo, int n,
                 long max_steps, struct zigzag_rate *rows, struct tsv *t);

/* The index of the row with the fewest median steps for `inputs` among
 * the rows where no seed failed (the first on a tie), or -1 if none. */
int zigzag_best(const struct zigzag_rate *rows, int n,
                enum zigzag_inputs inputs);

#endif
