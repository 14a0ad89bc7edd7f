/*
 * explode.c - the exploding chain and its window; see explode.h.
 */
#include "explode.h"

#include "act.h"
#include "mlp.h"
#include "sweep.h"
#include "vanish.h"

#include <math.h>
#include <stdlib.h>

int explode_chain(double w, size_t depth, double x0, double x, double *grad,
                  double *z)
{
    size_t nsizes = depth + 2;
    size_t *sizes = malloc(nsizes * sizeof *sizes);
    if (depth == 0 || sizes == NULL) {
        free(sizes);
        return -1;
    }
    for (size_t i = 0; i < nsizes; i++)
        sizes[i] = 1;
    struct mlp *m = mlp_alloc(sizes, nsizes, ACT_SIGMOID, 1);
    free(sizes);
    if (m == NULL) {
        return -1;
    }
    //> chain-tuning
    for (size_t l = 0; l <= depth; l++) {
        m->layers[l].w[0] = w;
        /* s(0) = 1/2 exactly, so w/2 cancels the previous unit's output
         * exactly; the first unit cancels the input it is tuned to. */
        m->layers[l].b[0] = l == 0 ? -w * x0 : -w / 2;
    }
    //< chain-tuning
    double dout = 1.0; /* L = o, so dL/do = 1 */
    mlp_zero_grad(m);
    mlp_forward(m, &x, 1);
    mlp_backward(m, &x, &dout, 1);
    for (size_t l = 0; l < depth; l++) {
        grad[l] = m->dz[l][0];
        if (z) {
            z[l] = m->z[l][0];
        }
    }
    mlp_free(m);
    return 0;
}

//> window
double explode_window_width(double w)
{
    double aw = fabs(w);
    /* |w| s'(u) >= 1 means cosh(u/2)^2 <= |w| / 4, since
     * s'(u) = 1 / (4 cosh(u/2)^2): possible only if |w| >= 4, and then
     * for |u| <= 2 arccosh(sqrt(|w|) / 2). With u = w a + b, a spans
     * 2 / |w| times that. */
    if (!(aw > 4.0)) {
        return 0.0;
    }
    return 4.0 / aw * acosh(sqrt(aw) / 2.0);
}
//< window

/* True once |w| s'(u) has dropped below 1; ctx points to |w|. */
static int below_one(double u, void *ctx)
{
    return *(const double *)ctx * act_sigmoid_prime(u) < 1.0;
}

double explode_window_bisect(double w)
{
    double aw = fabs(w);
    if (!(aw > 4.0)) {
        return 0.0;
    }
    /* |w| s'(u) is |w|/4 > 1 at u = 0 and falls below 1 by
     * u = log|w| + 1, where s'(u) < e^-u = 1 / (e |w|). */
    double u = sweep_threshold_ctx(below_one, &aw, 0.0, log(aw) + 1.0);
    return 2.0 * u / aw;
}

double explode_window_peak(void)
{
    /* The maximum lies in [4, 40] (the width is 0 at 4 and falls beyond
     * the peak). Each step keeps the part of the bracket that holds the
     * larger of two inner points, placed at the golden ratio so that one
     * of them is reused: the bracket shrinks by 0.618 per evaluation. */
    const double r = (sqrt(5.0) - 1.0) / 2.0;
    double lo = 4.0, hi = 40.0;
    double x1 = hi - r * (hi - lo), x2 = lo + r * (hi - lo);
    double f1 = explode_window_width(x1), f2 = explode_window_width(x2);
    /* Near a smooth maximum the width changes only with the square of
     * the distance, so w is known to about sqrt(DBL_EPSILON) relative,
     * 1.5e-8: stop at 1e-9 of w, far below the four digits we print. */
    while (hi - lo > 1e-9 * hi) {
        if (f1 < f2) {
            lo = x1, x1 = x2, f1 = f2;
            x2 = lo + r * (hi - lo), f2 = explode_window_width(x2);
        } else {
            hi = x2, x2 = x1, f2 = f1;
            x1 = hi - r * (hi - lo), f1 = explode_window_width(x1);
        }
    }
    return (lo + hi) / 2.0;
}
