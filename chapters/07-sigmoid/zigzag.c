/*
 * zigzag.c - the two-weight descent of claim S4; see zigzag.h.
 */
#include "zigzag.h"

#include "act.h"
#include "rng.h"

#include <math.h>
#include <stdlib.h>

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

struct zigzag_result zigzag_descend(enum zigzag_inputs inputs, uint64_t seed,
                                    double lr, long max_steps,
                                    struct tsv *path)
{
    struct rng r;
    struct zigzag_result res = { 0, 0, 0, 0.0 };
    double w[2] = { 0.0, 0.0 };

    rng_seed(&r, seed);
    TSV_ROW(path, 0, w[0], w[1]);
    while (res.steps < max_steps && dist_to_target(w) >= ZIGZAG_TOL) {
        double x[2];
        x[0] = draw_input(inputs, &r);
        x[1] = draw_input(inputs, &r);
        //> zigzag-step
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
        //< zigzag-step
        res.steps++;
        TSV_ROW(path, res.steps, w[0], w[1]);
    }
    res.final_dist = dist_to_target(w);
    return res;
}

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

/* The loss grid: w1 in [-0.5, 2], w2 in [-2, 0.5], the square the figure
 * shows, with the start (0, 0) and w* = (1, -1) well inside. */
#define GRID_STEPS 60
#define GRID_SPAN 2.5

void zigzag_loss_grid(const double m[3], struct tsv *t)
{
    for (int i = 0; i <= GRID_STEPS; i++) {
        double w1 = -0.5 + GRID_SPAN * i / GRID_STEPS;
        for (int j = 0; j <= GRID_STEPS; j++) {
            double w2 = -2.0 + GRID_SPAN * j / GRID_STEPS;
            TSV_ROW(t, w1, w2, zigzag_loss(m, w1, w2));
        }
        tsv_blank(t);
    }
}

static int by_steps(const void *a, const void *b)
{
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}

struct zigzag_stats zigzag_over_seeds(enum zigzag_inputs inputs,
                                      uint64_t first_seed, int n_seeds,
                                      double lr, long max_steps)
{
    long steps[ZIGZAG_MAX_SEEDS];
    struct zigzag_stats st = { 0, 0, 0, 0 };
    if (n_seeds > ZIGZAG_MAX_SEEDS) {
        n_seeds = ZIGZAG_MAX_SEEDS;
    }
    for (int k = 0; k < n_seeds; k++) {
        struct zigzag_result r = zigzag_descend(inputs, first_seed + k, lr,
                                                max_steps, NULL);
        /* A NaN distance (weights that overflowed) fails this too. */
        int reached = r.final_dist < ZIGZAG_TOL;
        steps[k] = reached ? r.steps : ZIGZAG_FAILED;
        st.failed += !reached;
    }
    qsort(steps, (size_t)n_seeds, sizeof steps[0], by_steps);
    st.least = steps[0];
    st.median = steps[n_seeds / 2];
    st.most = steps[n_seeds - 1];
    return st;
}

/* A count of steps in the table, or the word for runs that never got
 * there. */
static void steps_cell(struct tsv *t, long steps)
{
    if (steps == ZIGZAG_FAILED) {
        tsv_str(t, "fails");
    } else {
        tsv_int(t, steps);
    }
}

void zigzag_scan(uint64_t first_seed, int n_seeds, int k_lo, int n,
                 long max_steps, struct zigzag_rate *rows, struct tsv *t)
{
    for (int i = 0; i < n; i++) {
        rows[i].lr = pow(2.0, (k_lo + i) / 2.0);
        tsv_num(t, rows[i].lr);
        for (int kind = ZIGZAG_SIGMOID; kind <= ZIGZAG_TANH; kind++) {
            struct zigzag_stats st = zigzag_over_seeds(
                kind, first_seed, n_seeds, rows[i].lr, max_steps);
            steps_cell(t, st.median);
            steps_cell(t, st.least);
            steps_cell(t, st.most);
            rows[i].st[kind] = st;
        }
        tsv_end(t);
    }
}

int zigzag_best(const struct zigzag_rate *rows, int n,
                enum zigzag_inputs inputs)
{
    int best = -1;
    for (int i = 0; i < n; i++) {
        const struct zigzag_stats *st = &rows[i].st[inputs];
        if (st->failed == 0 &&
            (best < 0 || st->median < rows[best].st[inputs].median)) {
            best = i;
        }
    }
    return best;
}
