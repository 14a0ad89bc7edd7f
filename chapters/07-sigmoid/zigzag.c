/*
 * zigzag.c - the two-weight descent of claim S4; see zigzag.h.
 */
#include "zigzag.h"

#include "act.h"
#include "rng.h"

#include <math.h>

static const double W_STAR[2] = { ZIGZAG_TARGET_W1, ZIGZAG_TARGET_W2 };

static double draw_input(enum zigzag_inputs inputs, struct rng *r)
{
    double u = rng_normal(r);
    return inputs == ZIGZAG_SIGMOID ? act_sigmoid(u) : act_tanh(u);
}

static double dist_to_target(const double w[2])
{
    return hypot(w[0] - W_STAR[0], w[1] - W_STAR[1]);
}

//> zigzag-step
struct zigzag_result zigzag_descend(enum zigzag_inputs inputs, uint64_t seed,
                                    double lr, long max_steps,
                                    struct tsv *path)
{
    struct rng r;
    struct zigzag_result res = { 0, 0, 0, 0.0 };
    double w[2] = { 0.0, 0.0 };

    rng_seed(&r, seed);
    tsv_row(path, 3, 0.0, w[0], w[1]);
    while (res.steps < max_steps && dist_to_target(w) >= ZIGZAG_TOL) {
        double x[2];
        x[0] = draw_input(inputs, &r);
        x[1] = draw_input(inputs, &r);
        double t = W_STAR[0] * x[0] + W_STAR[1] * x[1];
        double p = w[0] * x[0] + w[1] * x[1];
        /* d/dw of (p - t)^2 / 2 is (p - t) x: one factor for both weights,
         * so their signs differ only if the inputs' signs differ. */
        double g[2] = { (p - t) * x[0], (p - t) * x[1] };
        if (g[0] * g[1] > 0) {
            res.same_sign++;
        } else if (g[0] * g[1] < 0) {
            res.mixed_sign++;
        }
        w[0] -= lr * g[0];
        w[1] -= lr * g[1];
        res.steps++;
        tsv_row(path, 3, (double)res.steps, w[0], w[1]);
    }
    res.final_dist = dist_to_target(w);
    return res;
}
//< zigzag-step

void zigzag_moments(enum zigzag_inputs inputs, uint64_t seed, long n,
                    double m[3])
{
    struct rng r;
    rng_seed(&r, seed);
    m[0] = m[1] = m[2] = 0.0;
    for (long k = 0; k < n; k++) {
        double x1 = draw_input(inputs, &r), x2 = draw_input(inputs, &r);
        m[0] += x1 * x1 / (double)n;
        m[1] += x1 * x2 / (double)n;
        m[2] += x2 * x2 / (double)n;
    }
}

double zigzag_loss(const double m[3], double w1, double w2)
{
    double d1 = w1 - W_STAR[0], d2 = w2 - W_STAR[1];
    return 0.5 * (m[0] * d1 * d1 + 2.0 * m[1] * d1 * d2 + m[2] * d2 * d2);
}

double zigzag_condition(const double m[3])
{
    /* The eigenvalues of [[a, b], [b, c]] are (a + c)/2 +- r with
     * r = sqrt(((a - c)/2)^2 + b^2). */
    double mid = 0.5 * (m[0] + m[2]);
    double r = hypot(0.5 * (m[0] - m[2]), m[1]);
    return (mid + r) / (mid - r);
}
