/*
 * xorimg.c - XOR images and the backpropagation check; see xorimg.h.
 */
#include "xorimg.h"

#include "check.h"

#include "alloc.h"
#include "fmnet.h"
#include "ref.h"
#include "rng.h"

#include <stdio.h>

void xorimg_make(struct fmdata *d, long count, uint64_t seed)
{
    struct rng r;
    rng_seed(&r, seed);
    d->count = count;
    d->dim = XORIMG_DIM;
    d->x = alloc_array((size_t)(count * XORIMG_DIM), sizeof *d->x);
    d->y = alloc_array((size_t)count, sizeof *d->y);
    for (long i = 0; i < count; i++) {
        int a = rng_below(&r, 2) != 0, b = rng_below(&r, 2) != 0;
        for (long p = 0; p < XORIMG_DIM; p++) {
            long row = p / XORIMG_SIDE, col = p % XORIMG_SIDE;
            int in_a = row < 3 && col < 3, in_b = row >= 5 && col >= 5;
            float v = (float)(0.3 * rng_uniform(&r));
            if ((in_a && a) || (in_b && b)) {
                v += 0.7f;
            }
            d->x[i * XORIMG_DIM + p] = v;
        }
        d->y[i] = (unsigned char)(a != b);
    }
}

/* ------------------------------------------------------------------ */
/* backpropagation against central differences                        */
/* ------------------------------------------------------------------ */

#define GRAD_ROWS 20
/* The loss is a float computation (about 1e-7 relative noise on a loss
 * near 2.3); with h = 1e-3 the noise in the quotient is about 1e-4 and
 * the truncation error below 1e-6. Tolerance 1e-3 absolute plus 2 %: a
 * wrong derivative is off by its own size. */
#define GRAD_H 1e-3f
#define GRAD_ABS 1e-3
#define GRAD_REL 0.02

struct net_batch {
    struct fmnet *n;
    const struct fmdata *d;
};

static double mean_loss(void *ctx)
{
    const struct net_batch *c = ctx;
    return fmnet_forward(c->n, c->d->x, GRAD_ROWS, c->d->y) / GRAD_ROWS;
}

/* Every stride-th of the `count` parameters p against its gradient g;
 * the first that disagrees fails the check. */
static void check_params(struct net_batch *c, float *p, const float *g,
                         long count, long stride, const char *what, int l)
{
    for (long i = 0; i < count; i += stride) {
        double num = ref_central_diff_paramf(&p[i], GRAD_H, mean_loss, c);
        if (!CHECK(ref_diff_agrees(g[i], num, GRAD_REL, GRAD_ABS))) {
            fprintf(stderr, "\n  %s layer %d %s[%ld]: %g vs %g\n",
                    act_name(c->n->act), l, what, i, num, (double)g[i]);
            return;
        }
    }
}

void xorimg_check_backprop(enum act_kind act, long stride, int biases)
{
    /* A step across one of ReLU's kinks shows as an outlier (with 120
     * pre-activations of spread 0.5, one lies within h of 0 in about a
     * fifth of the seeds: 11, 12 and 14 have one). Seed 13 has none, so
     * the check is exact for ReLU too; smooth activations pass with any
     * seed. */
    struct fmdata d;
    xorimg_make(&d, GRAD_ROWS, 3);
    struct fmnet n;
    long w[4] = { XORIMG_DIM, 6, 5, 10 };
    struct rng r;
    rng_seed(&r, 13);
    fmnet_init(&n, 3, w, act, FMNET_INIT_XAVIER, GRAD_ROWS, &r);
    fmnet_forward(&n, d.x, GRAD_ROWS, d.y);
    fmnet_backward(&n, GRAD_ROWS, d.y);
    struct net_batch c = { &n, &d };
    for (int l = 0; l < 3; l++) {
        check_params(&c, n.w[l], n.gw[l], n.width[l] * n.width[l + 1],
                     stride, "w", l);
        if (biases) {
            check_params(&c, n.b[l], n.gb[l], n.width[l + 1], 1, "b", l);
        }
    }
    fmnet_free(&n);
    fmdata_free(&d);
}
