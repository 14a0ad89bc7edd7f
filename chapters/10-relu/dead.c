/*
 * dead.c - finding dead units and the gradient they receive; see dead.h.
 */
#include "dead.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

size_t dead_hidden_units(const struct mlp *m)
{
    size_t units = 0;
    for (size_t l = 0; l + 1 < m->nlayers; l++)
        units += m->sizes[l + 1];
    return units;
}

//> dead-find
size_t dead_find(struct mlp *m, const double *x, size_t n,
                 unsigned char *dead)
{
    size_t units = dead_hidden_units(m), in = mlp_in(m);
    memset(dead, 1, units); /* dead until seen active */
    for (size_t start = 0; start < n; start += m->max_n) {
        size_t rows = n - start < m->max_n ? n - start : m->max_n;
        mlp_forward(m, x + start * in, rows);
        unsigned char *flag = dead;
        for (size_t l = 0; l + 1 < m->nlayers; l++) {
            size_t w = m->sizes[l + 1];
            for (size_t i = 0; i < rows; i++)
                for (size_t j = 0; j < w; j++)
                    if (m->z[l][i * w + j] > 0) {
                        flag[j] = 0;
                    }
            flag += w;
        }
    }
    size_t count = 0;
    for (size_t u = 0; u < units; u++)
        count += dead[u];
    return count;
}
//< dead-find

struct dead_gradient dead_gradient(struct mlp *m, const double *x,
                                   const double *y, size_t n)
{
    struct dead_gradient g = { NAN, NAN, 0 };
    size_t units = dead_hidden_units(m);
    unsigned char *dead = malloc(units);
    double *dout = malloc(n * mlp_out(m) * sizeof *dout);
    if (dead == NULL || dout == NULL || n > m->max_n) {
        free(dead);
        free(dout);
        return g;
    }
    g.dead = dead_find(m, x, n, dead);
    mlp_zero_grad(m);
    const double *o = mlp_forward(m, x, n);
    loss_bce(o, y, n * mlp_out(m), dout);
    mlp_backward(m, x, dout, n);

    g.dead_max = g.live_max = 0;
    const unsigned char *flag = dead;
    for (size_t l = 0; l + 1 < m->nlayers; l++) {
        const struct dense *d = &m->layers[l];
        for (size_t j = 0; j < d->out; j++) {
            /* Unit j's incoming weights are row j of dw, its bias db[j]. */
            double big = fabs(d->db[j]);
            for (size_t k = 0; k < d->in; k++)
                big = fmax(big, fabs(d->dw[j * d->in + k]));
            double *slot = flag[j] ? &g.dead_max : &g.live_max;
            *slot = fmax(*slot, big);
        }
        flag += d->out;
    }
    free(dead);
    free(dout);
    return g;
}

struct dead_run dead_train(enum act_kind act, double lr, uint64_t seed,
                           const struct dataset *d,
                           const struct dead_config *cfg)
{
    struct dead_run run = { NAN, 0 };
    const size_t sizes[] = { 2, cfg->width, cfg->width, 1 };
    struct mlp *m = mlp_alloc(sizes, 4, act, d->n);
    unsigned char *dead = malloc(2 * cfg->width);
    if (m == NULL || dead == NULL) {
        mlp_free(m);
        free(dead);
        return run;
    }
    struct rng r;
    rng_seed(&r, seed);
    mlp_init(m, INIT_HE, &r);
    struct train_config tc = { lr, cfg->epochs, 0, seed, LOSS_BCE };
    mlp_train(m, d->x, d->y, d->n, &tc, NULL, NULL);

    const double *o = mlp_forward(m, d->x, d->n);
    run.diverged = !isfinite(loss_bce(o, d->y, d->n, NULL));
    if (!run.diverged) {
        run.fraction = (double)dead_find(m, d->x, d->n, dead) /
                       (double)dead_hidden_units(m);
    }
    mlp_free(m);
    free(dead);
    return run;
}
