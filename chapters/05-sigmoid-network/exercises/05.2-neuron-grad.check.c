/*
 * Check of exercise 05.2: ex05_neuron_grad against central differences
 * of the library's loss on a 2 -> 1 network (mlp_predict, then
 * loss_bce_logits), with the step and tolerance of tests/test_mlp.c.
 */
#include "exercises.h"

#include "exercise.h"
#include "mlp.h"
#include "ref.h"
#include "rng.h"

#define GRAD_H 1e-6
#define GRAD_TOL 1e-7
#define TRIALS 50

/* The network m and one example (x, y). */
struct example {
    struct mlp *m;
    const double *x;
    double y;
};

/* The loss of the network on the example. */
static double loss(void *ctx)
{
    const struct example *e = ctx;
    double l;
    mlp_predict(e->m, e->x, &l, 1);
    return loss_bce_logits(l, e->y);
}

/* dL/dp for the parameter *p of m, by central differences. */
static double diff(struct mlp *m, double *p, const double x[2], double y)
{
    struct example e = { m, x, y };
    return ref_central_diff_param(p, GRAD_H, loss, &e);
}

int main(void)
{
    static const size_t sizes[] = { 2, 1 };
    static const char *const what[3] = { "dL/dw1", "dL/dw2", "dL/db" };
    struct mlp *m = mlp_alloc(sizes, 2, ACT_SIGMOID, 1);
    struct rng r;
    rng_seed(&r, 7);
    double *w = m->layers[0].w, *b = m->layers[0].b;
    for (int k = 0; k < TRIALS; k++) {
        w[0] = rng_normal(&r);
        w[1] = rng_normal(&r);
        b[0] = rng_normal(&r);
        double x[2] = { rng_range(&r, -2, 2), rng_range(&r, -2, 2) };
        double y = rng_uniform(&r) < 0.5 ? 0 : 1;
        double want[3] = { diff(m, &w[0], x, y), diff(m, &w[1], x, y),
                           diff(m, &b[0], x, y) };
        double got[3];
        got[2] = ex05_neuron_grad(w, b[0], x, y, got);
        for (int i = 0; i < 3; i++)
            if (!ex_near(got[i], want[i], GRAD_TOL))
                ex_fail("05.2", "for w = (%.3f, %.3f), b = %.3f, x = "
                        "(%.3f, %.3f), y = %g: expected %s about %.6f, "
                        "got %.6g", w[0], w[1], b[0], x[0], x[1], y,
                        what[i], want[i], got[i]);
    }
    mlp_free(m);
    ex_pass("05.2");
}
