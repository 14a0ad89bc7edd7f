/*
 * mtrain.c - the training comparison of chapter 12; see mtrain.h.
 */
#include "mtrain.h"

#include "bench.h"
#include "progress.h"

#include <math.h>

enum fmnet_init mtrain_init(enum act_kind act)
{
    return act == ACT_SELU ? FMNET_INIT_LECUN : FMNET_INIT_HE;
}

void mtrain_run(enum act_kind act, const struct mtrain_cfg *c,
                const struct fmdata *train, const struct fmdata *test,
                struct mtrain_result *r)
{
    double acc[MTRAIN_SEEDS_MAX], when[MTRAIN_SEEDS_MAX];
    double curve[MTRAIN_EPOCHS_MAX + 1][MTRAIN_SEEDS_MAX];
    struct fmtrain_epoch h[MTRAIN_EPOCHS_MAX + 1];
    long width[FMNET_LAYERS_MAX + 1];
    width[0] = train->dim;
    for (long l = 1; l <= c->hidden; l++) {
        width[l] = c->width;
    }
    width[c->hidden + 1] = 10;
    r->reached = 0;
    //> mtrain-seeds
    for (long s = 0; s < c->seeds; s++) {
        progress_show("%s, seed %ld of %ld", act_name(act), s + 1,
                      c->seeds);
        struct rng g;
        rng_seed(&g, (uint64_t)s + 1);
        struct fmnet n;
        fmnet_init(&n, (int)c->hidden + 1, width, act, mtrain_init(act),
                   1000, &g);
        struct fmtrain_opts o = { c->epochs, c->batch, c->lr,
                                  (uint64_t)s + 1 };
        fmtrain_run(&n, train, test, &o, h);
        fmnet_free(&n);
        when[s] = INFINITY; /* the first epoch at the target, if any */
        for (long e = 0; e <= c->epochs; e++) {
            /* a run that diverged (NaN) counts as no accuracy at all */
            curve[e][s] = isnan(h[e].test_acc) ? 0 : 100 * h[e].test_acc;
            if (curve[e][s] >= c->target && isinf(when[s])) {
                when[s] = (double)e;
            }
        }
        acc[s] = curve[c->epochs][s];
        r->reached += isfinite(when[s]);
    }
    //< mtrain-seeds
    progress_done();
    r->lo = r->hi = acc[0];
    for (long s = 1; s < c->seeds; s++) {
        r->lo = fmin(r->lo, acc[s]);
        r->hi = fmax(r->hi, acc[s]);
    }
    r->acc = bench_median(acc, (size_t)c->seeds);
    r->epochs = bench_median(when, (size_t)c->seeds);
    r->epochs = isinf(r->epochs) ? NAN : r->epochs;
    for (long e = 0; e <= c->epochs; e++) {
        r->curve[e] = bench_median(curve[e], (size_t)c->seeds);
    }
}
