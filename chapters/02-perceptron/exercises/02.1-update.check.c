/*
 * Check of exercise 02.1: ex02_update against the chapter's
 * perceptron_update, step by step, then a training run on points that
 * the line x1 + x2 = 1 separates, which must end with every point right.
 */
#include "exercises.h"

#include "exercise.h"
#include "perceptron.h"
#include "rng.h"

#include <math.h>

#define STEPS 200
#define POINTS 40
#define EPOCHS 100 /* Novikoff: (R / margin)^2 < 100 updates here */
#define MARGIN 0.25

int main(void)
{
    /* Step by step, from w = 0, b = 0, on random examples. The two rules
     * add the same +-lr x and +-lr: equal bit for bit, as
     * tests/test_02_perceptron.c (test_rule_moves_line_towards_mistake)
     * asks of the chapter's rule. */
    struct rng r;
    rng_seed(&r, 5);
    struct perceptron mine = { { 0, 0 }, 0 }, ref = mine;
    for (int k = 0; k < STEPS; k++) {
        double x[2] = { rng_range(&r, -2, 2), rng_range(&r, -2, 2) };
        double t = rng_uniform(&r) < 0.5 ? 0 : 1, lr = 0.5;
        struct perceptron before = mine;
        int changed = ex02_update(&mine, x, t, lr);
        int want = perceptron_update(&ref, x, t, lr);
        if (changed != want || mine.w[0] != ref.w[0] ||
            mine.w[1] != ref.w[1] || mine.b != ref.b)
            ex_fail("02.1", "from w = (%g, %g), b = %g, for x = (%.3f, "
                    "%.3f), t = %g: expected w = (%g, %g), b = %g "
                    "(return %d), got w = (%g, %g), b = %g (return %d)",
                    before.w[0], before.w[1], before.b, x[0], x[1], t,
                    ref.w[0], ref.w[1], ref.b, want, mine.w[0], mine.w[1],
                    mine.b, changed);
        mine = ref; /* from the same place at the next step */
    }
    /* Training on a separable set: class 1 above x1 + x2 = 1, every
     * point at least MARGIN from the line (as in the test of
     * convergence, test_perceptron_converges_when_separable). */
    double x[POINTS][2], t[POINTS];
    for (int i = 0; i < POINTS; i++) {
        do {
            x[i][0] = rng_range(&r, -2, 2);
            x[i][1] = rng_range(&r, -2, 2);
        } while (fabs(x[i][0] + x[i][1] - 1) / sqrt(2.0) < MARGIN);
        t[i] = x[i][0] + x[i][1] > 1;
    }
    struct perceptron p = { { 0, 0 }, 0 };
    long updates = 0;
    for (int e = 0; e < EPOCHS; e++)
        for (int i = 0; i < POINTS; i++)
            updates += ex02_update(&p, x[i], t[i], 1.0);
    for (int i = 0; i < POINTS; i++)
        if (perceptron_predict(&p, x[i]) != (t[i] > 0.5))
            ex_fail("02.1", "after %d epochs on a separable set your rule "
                    "(%ld updates) still gets x = (%.3f, %.3f) wrong",
                    EPOCHS, updates, x[i][0], x[i][1]);
    ex_pass("02.1");
}
