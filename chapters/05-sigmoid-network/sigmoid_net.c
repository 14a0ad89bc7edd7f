/*
 * sigmoid_net.c - the article's 2-H-1 network and its training; see
 * sigmoid_net.h.
 */
#include "sigmoid_net.h"

#include "alloc.h"
#include "cli.h"
#include "progress.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct mlp *sigmoid_net_make(size_t hidden, enum act_kind act,
                             size_t max_n, struct rng *r)
{
    const size_t sizes[3] = { 2, hidden, 1 };
    struct mlp *m = mlp_alloc(sizes, 3, act, max_n);
    mlp_init(m, INIT_XAVIER, r);
    return m;
}

void sigmoid_net_copy_weights(struct mlp *to, const struct mlp *from)
{
    for (size_t l = 0; l < from->nlayers; l++) {
        const struct dense *f = &from->layers[l];
        struct dense *t = &to->layers[l];
        memcpy(t->w, f->w, f->in * f->out * sizeof *f->w);
        memcpy(t->b, f->b, f->out * sizeof *f->b);
    }
}

/* What the per-epoch callback of mlp_train() needs. */
struct train_state {
    struct sigmoid_net_log *log;
    struct mlp *m;
    int stop_when_full;
};

static void record(struct train_state *s, long epoch, double loss,
                   double accuracy)
{
    struct sigmoid_net_log *log = s->log;
    if (log->loss) {
        log->loss[epoch] = loss;
    }
    if (log->accuracy) {
        log->accuracy[epoch] = accuracy;
    }
    log->best_acc = fmax(log->best_acc, accuracy);
    if (accuracy == 1.0 && log->first_full < 0) {
        log->first_full = epoch;
    }
    log->epochs = epoch;
    if (log->watch) {
        log->watch(epoch, accuracy, s->m, log->ctx);
    }
}

static int on_epoch(long epoch, double loss, double accuracy, void *ctx)
{
    struct train_state *s = ctx;
    record(s, epoch, loss, accuracy);
    if (!isfinite(loss)) {
        s->log->diverged = epoch;
        return 1;
    }
    return s->stop_when_full && accuracy == 1.0;
}

//> train
long sigmoid_net_train(struct mlp *m, const struct dataset *d, double lr,
                       long epochs, int stop_when_full,
                       struct sigmoid_net_log *log)
{
    if (d->n > m->max_n) {
        return -1;
    }
    struct train_state s = { log, m, stop_when_full };
    log->first_full = -1;
    log->diverged = -1;
    log->best_acc = 0.0;
    /* Epoch 0: the loss and accuracy of the initial weights. */
    const double *out = mlp_forward(m, d->x, d->n);
    record(&s, 0, loss_bce(out, d->y, d->n, NULL),
           loss_accuracy(LOSS_BCE, out, d->y, d->n));
    if (stop_when_full && log->first_full == 0) {
        return 0;
    }
    /* batch = 0: full batch, one step per epoch, no shuffle, so the
     * seed of the configuration is never used. */
    const struct train_config cfg = {
        .lr = lr, .epochs = epochs, .batch = 0, .seed = 0,
        .loss = LOSS_BCE,
    };
    return mlp_train(m, d->x, d->y, d->n, &cfg, on_epoch, &s);
}
//< train

long sigmoid_net_epochs_to_full(size_t hidden, enum act_kind act,
                                uint64_t seed, size_t points, double lr,
                                long max_epochs, double *best_acc)
{
    struct rng r;
    struct dataset d;
    rng_seed(&r, seed);
    data_make(DATA_ARTICLE, &d, &r, points);
    struct mlp *m = sigmoid_net_make(hidden, act, points, &r);
    struct sigmoid_net_log log = { 0 };
    if (m != NULL) {
        sigmoid_net_train(m, &d, lr, max_epochs, 1, &log);
    } else {
        log.first_full = -1;
    }
    if (best_acc != NULL) {
        *best_acc = log.best_acc;
    }
    mlp_free(m);
    dataset_free(&d);
    return log.first_full;
}

struct mlp *sigmoid_net_trained(size_t hidden, const struct dataset *d,
                                const struct rng *r, double lr,
                                long epochs)
{
    struct rng w = *r;
    struct mlp *m = sigmoid_net_make(hidden, ACT_SIGMOID, d->n, &w);
    struct sigmoid_net_log log = { 0 };
    if (m == NULL) {
        fprintf(stderr, "%s: out of memory\n", cli_program_name());
        exit(1);
    }
    sigmoid_net_train(m, d, lr, epochs, 0, &log);
    return m;
}

void sigmoid_net_seed_table(const size_t *hs, int nh, long seeds,
                            size_t points, double lr, long max_epochs,
                            long *e)
{
    for (long s = 1; s <= seeds; s++) {
        progress_show("seed %ld of %ld", s, seeds);
        for (int j = 0; j < nh; j++)
            e[(s - 1) * nh + j] = sigmoid_net_epochs_to_full(
                hs[j], ACT_SIGMOID, (uint64_t)s, points, lr, max_epochs,
                NULL);
    }
    progress_done();
}

double sigmoid_net_moved(const struct mlp *a, const struct mlp *b,
                         size_t l)
{
    const struct dense *p = &a->layers[l], *q = &b->layers[l];
    double most = 0.0;
    for (size_t i = 0; i < p->in * p->out; i++)
        most = fmax(most, fabs(p->w[i] - q->w[i]));
    for (size_t j = 0; j < p->out; j++)
        most = fmax(most, fabs(p->b[j] - q->b[j]));
    return most;
}

void sigmoid_net_hidden(struct mlp *m, const double *p, double *h)
{
    mlp_forward(m, p, 1);
    memcpy(h, m->a[0], m->sizes[1] * sizeof *h);
}

void sigmoid_net_affine(const struct mlp *m, double c[3])
{
    /* logit = v . (W x + b) + c0 = (v W) x + (v . b + c0). */
    const struct dense *h = &m->layers[0], *o = &m->layers[1];
    c[0] = o->b[0];
    c[1] = 0.0;
    c[2] = 0.0;
    for (size_t j = 0; j < h->out; j++) {
        c[0] += o->w[j] * h->b[j];
        c[1] += o->w[j] * h->w[2 * j];
        c[2] += o->w[j] * h->w[2 * j + 1];
    }
}

double sigmoid_net_loss(struct mlp *m, const struct dataset *d)
{
    const double *out = mlp_forward(m, d->x, d->n);
    return loss_bce(out, d->y, d->n, NULL);
}

double sigmoid_net_hidden_gradient(struct mlp *m, const struct dataset *d)
{
    double *dout = alloc_array(d->n, sizeof *dout);
    mlp_zero_grad(m);
    const double *out = mlp_forward(m, d->x, d->n);
    loss_bce(out, d->y, d->n, dout);
    mlp_backward(m, d->x, dout, d->n);
    free(dout);
    const struct dense *h = &m->layers[0];
    double g = 0.0;
    for (size_t i = 0; i < h->in * h->out; i++)
        g = fmax(g, fabs(h->dw[i]));
    for (size_t j = 0; j < h->out; j++)
        g = fmax(g, fabs(h->db[j]));
    return g;
}

void sigmoid_net_best_line(const struct dataset *d, double lr, long epochs,
                           double *loss, double *acc)
{
    static const size_t sizes[2] = { 2, 1 };
    struct mlp *m = mlp_alloc(sizes, 2, ACT_IDENTITY, d->n); /* w = 0 */
    struct sigmoid_net_log log = { 0 };
    sigmoid_net_train(m, d, lr, epochs, 0, &log);
    const double *out = mlp_forward(m, d->x, d->n);
    *loss = loss_bce(out, d->y, d->n, NULL);
    *acc = loss_accuracy(LOSS_BCE, out, d->y, d->n);
    mlp_free(m);
}
