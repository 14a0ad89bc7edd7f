/*
 * epochs.c - epochs to reach a training loss; see epochs.h.
 */
#include "epochs.h"

#include "bench.h"
#include "cli.h"
#include "mlp.h"
#include "rng.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

enum init_kind epochs_init_for(enum act_kind act)
{
    return act == ACT_RELU || act == ACT_LEAKY_RELU ? INIT_HE : INIT_XAVIER;
}

/* What the per-epoch callback needs: the target, and where to record. */
struct watch {
    double target;
    double *curve;
    long reached; /* the epoch the target was reached, or -1 */
};

//> epochs-stop
/* Record the loss; stop at the target, or as soon as the loss is NaN or
 * infinite (the step was too large, and no later epoch recovers). */
static int watch_loss(long epoch, double loss, double accuracy, void *ctx)
{
    struct watch *w = ctx;
    (void)accuracy;
    if (w->curve != NULL) {
        w->curve[epoch - 1] = loss;
    }
    if (loss <= w->target) {
        w->reached = epoch;
        return 1;
    }
    return !isfinite(loss);
}
//< epochs-stop

long epochs_to_loss(enum act_kind act, double lr, uint64_t seed,
                    const struct dataset *d, const struct epochs_config *cfg,
                    double *curve)
{
    const size_t sizes[] = { 2, cfg->width, cfg->width, 1 };
    struct mlp *m = mlp_alloc(sizes, 4, act, d->n);
    if (m == NULL) {
        return -1;
    }
    for (long e = 0; curve != NULL && e < cfg->max_epochs; e++)
        curve[e] = NAN;
    struct rng r;
    rng_seed(&r, seed);
    mlp_init(m, epochs_init_for(act), &r);
    struct train_config tc = { lr, cfg->max_epochs, 0, seed, LOSS_BCE };
    struct watch w = { cfg->target, curve, -1 };
    mlp_train(m, d->x, d->y, d->n, &tc, watch_loss, &w);
    mlp_free(m);
    return w.reached;
}

struct dataset epochs_setup_data(const struct epochs_setup *s)
{
    struct rng r;
    rng_seed(&r, s->data_seed);
    struct dataset d = { 0 };
    if (data_make(DATA_ARTICLE, &d, &r, (size_t)s->points) != 0) {
        fprintf(stderr, "%s: out of memory\n", cli_program_name());
        exit(1);
    }
    return d;
}

struct epochs_spread epochs_spread(double *x, size_t n)
{
    double med = bench_median(x, n); /* sorts x */
    return (struct epochs_spread){ med, x[0], x[n - 1] };
}
