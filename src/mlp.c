/*
 * mlp.c - a multilayer perceptron, its losses and a training loop; see
 * mlp.h.
 *
 * Backpropagation is the chain rule applied layer by layer, from the
 * output back: dense_backward() turns dL/dz of a layer into dL/da of the
 * layer below, and multiplying by g'(z) elementwise turns that into dL/dz
 * of the layer below. Nothing else is needed.
 */
#include "mlp.h"

#include "alloc.h"
#include "cli.h"

#include <assert.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* -------------------------------------------------------------- network */

struct mlp *mlp_alloc(const size_t *sizes, size_t nsizes,
                      enum act_kind act, size_t max_n)
{
    if (sizes == NULL || nsizes < 2 || max_n == 0 ||
        (unsigned)act >= ACT_KIND_COUNT) {
        return NULL;
    }
    for (size_t l = 0; l < nsizes; l++) {
        if (sizes[l] == 0) {
            return NULL;
        }
    }
    /* Memory from alloc_array(): a network that does not fit stops the
     * program with a message, so a caller checks only its arguments. */
    size_t L = nsizes - 1;
    struct mlp *m = alloc_array(1, sizeof *m);
    m->nlayers = L;
    m->act = act;
    m->max_n = max_n;
    m->sizes = alloc_array(nsizes, sizeof *m->sizes);
    m->layers = alloc_array(L, sizeof *m->layers);
    m->z = alloc_array(L, sizeof *m->z);
    m->a = alloc_array(L, sizeof *m->a);
    m->dz = alloc_array(L, sizeof *m->dz);
    memcpy(m->sizes, sizes, nsizes * sizeof *m->sizes);
    for (size_t l = 0; l < L; l++) {
        if (max_n > SIZE_MAX / sizes[l] || max_n > SIZE_MAX / sizes[l + 1]) {
            fprintf(stderr, "%s: out of memory (a layer of %zu x %zu "
                    "for %zu rows)\n", cli_program_name(), sizes[l],
                    sizes[l + 1], max_n);
            exit(1);
        }
        dense_alloc(&m->layers[l], sizes[l], sizes[l + 1]); /* both > 0 */
        size_t cells = max_n * sizes[l + 1];
        m->z[l] = alloc_array(cells, sizeof(double));
        m->dz[l] = alloc_array(cells, sizeof(double));
        /* The output layer is linear: its activation is its z. */
        m->a[l] = l + 1 < L ? alloc_array(cells, sizeof(double)) : m->z[l];
    }
    return m;
}

void mlp_free(struct mlp *m)
{
    if (m == NULL) {
        return;
    }
    for (size_t l = 0; l < m->nlayers; l++) {
        if (m->layers) {
            dense_free(&m->layers[l]);
        }
        if (m->a && m->z && m->a[l] != m->z[l]) {
            free(m->a[l]);
        }
        if (m->z) {
            free(m->z[l]);
        }
        if (m->dz) {
            free(m->dz[l]);
        }
    }
    free(m->layers);
    free(m->z);
    free(m->a);
    free(m->dz);
    free(m->sizes);
    free(m);
}

void mlp_init(struct mlp *m, enum init_kind kind, struct rng *r)
{
    for (size_t l = 0; l < m->nlayers; l++)
        dense_init(&m->layers[l], kind, r);
}

size_t mlp_in(const struct mlp *m)
{
    return m->sizes[0];
}

size_t mlp_out(const struct mlp *m)
{
    return m->sizes[m->nlayers];
}

//> mlp-forward
const double *mlp_forward(struct mlp *m, const double *x, size_t n)
{
    assert(n <= m->max_n); /* the caches hold max_n rows */
    const double *in = x;
    for (size_t l = 0; l < m->nlayers; l++) {
        dense_forward(&m->layers[l], in, m->z[l], n);
        if (l + 1 < m->nlayers) {
            size_t cells = n * m->sizes[l + 1];
            for (size_t i = 0; i < cells; i++)
                m->a[l][i] = act_eval(m->act, m->z[l][i]);
        }
        in = m->a[l];
    }
    return m->a[m->nlayers - 1];
}
//< mlp-forward

void mlp_predict(struct mlp *m, const double *x, double *y, size_t n)
{
    size_t in = mlp_in(m), out = mlp_out(m);
    for (size_t start = 0; start < n; start += m->max_n) {
        size_t rows = n - start < m->max_n ? n - start : m->max_n;
        const double *o = mlp_forward(m, x + start * in, rows);
        memcpy(y + start * out, o, rows * out * sizeof *y);
    }
}

//> mlp-backward
void mlp_backward(struct mlp *m, const double *x, const double *dout,
                  size_t n)
{
    size_t L = m->nlayers;
    assert(n <= m->max_n);
    /* The output layer is linear, so dL/dz there is dL/d(output). */
    memcpy(m->dz[L - 1], dout, n * m->sizes[L] * sizeof *dout);
    for (size_t l = L; l-- > 0;) {
        const double *in = l > 0 ? m->a[l - 1] : x;
        /* The first layer's dL/dx is never needed, so not computed. */
        double *din = l > 0 ? m->dz[l - 1] : NULL;
        dense_backward(&m->layers[l], in, m->dz[l], din, n);
        if (l > 0) {
            /* din holds dL/da[l-1]; the chain rule through g gives
             * dL/dz[l-1]. g' is taken of z, not of a: for sigmoid and
             * tanh the form in z keeps its relative accuracy where g
             * saturates, and that is where gradients vanish. */
            size_t cells = n * m->sizes[l];
            for (size_t i = 0; i < cells; i++)
                din[i] *= act_eval_prime(m->act, m->z[l - 1][i]);
        }
    }
}
//< mlp-backward

void mlp_zero_grad(struct mlp *m)
{
    for (size_t l = 0; l < m->nlayers; l++)
        dense_zero_grad(&m->layers[l]);
}

void mlp_step(struct mlp *m, double lr)
{
    for (size_t l = 0; l < m->nlayers; l++)
        dense_step(&m->layers[l], lr);
}

/* --------------------------------------------------------------- losses */

const char *const loss_names[] = { "bce", "mse", NULL };

//> bce-logits
double loss_bce_logits(double logit, double y)
{
    /* -y log s(l) - (1-y) log(1 - s(l)) simplifies to
     * log(1 + e^l) - l y, and log(1 + e^l) = max(l, 0) + log(1 + e^-|l|).
     * exp() then only sees -|l| <= 0, so nothing overflows, and log1p
     * keeps the digits of a tiny e^-|l| that 1 + e^-|l| would round
     * away. */
    return fmax(logit, 0.0) - logit * y + log1p(exp(-fabs(logit)));
}
//< bce-logits

double loss_bce(const double *logit, const double *y, size_t count,
                double *grad)
{
    double sum = 0.0;
    for (size_t i = 0; i < count; i++) {
        sum += loss_bce_logits(logit[i], y[i]);
        if (grad) {
            /* d/dl [log(1 + e^l) - l y] = s(l) - y: the sigmoid and the
             * log cancel, which is why a classifier's loss takes the
             * logit rather than the probability. */
            grad[i] = (act_sigmoid(logit[i]) - y[i]) / (double)count;
        }
    }
    return sum / (double)count;
}

double loss_mse(const double *pred, const double *y, size_t count,
                double *grad)
{
    double sum = 0.0;
    for (size_t i = 0; i < count; i++) {
        double e = pred[i] - y[i];
        sum += e * e;
        if (grad) {
            grad[i] = 2.0 * e / (double)count;
        }
    }
    return sum / (double)count;
}

double loss_eval(enum loss_kind kind, const double *out, const double *y,
                 size_t count, double *grad)
{
    switch (kind) {
    case LOSS_BCE:
        return loss_bce(out, y, count, grad);
    case LOSS_MSE:
        return loss_mse(out, y, count, grad);
    case LOSS_KIND_COUNT:
        break;
    }
    return NAN;
}

double loss_accuracy(enum loss_kind kind, const double *out,
                     const double *y, size_t count)
{
    /* A logit of 0 is a probability of 1/2; a regression onto 0/1 labels
     * splits at 1/2 itself. */
    double threshold = kind == LOSS_BCE ? 0.0 : 0.5;
    size_t right = 0;
    for (size_t i = 0; i < count; i++) {
        int predicted = out[i] > threshold;
        int label = y[i] > 0.5;
        right += predicted == label;
    }
    return count ? (double)right / (double)count : NAN;
}

/* ------------------------------------------------------------- training */

/* Everything one training run needs besides the network. */
struct train_work {
    size_t *idx;   /* n row indices, shuffled each epoch */
    double *xb;    /* batch x in, the rows of this step */
    double *yb;    /* batch x out, their targets */
    double *dout;  /* batch x out, dL/d(output) */
    double *all;   /* n x out, the outputs on the whole training set */
};

static void train_work_free(struct train_work *w)
{
    free(w->idx);
    free(w->xb);
    free(w->yb);
    free(w->dout);
    free(w->all);
}

//> mlp-train
long mlp_train(struct mlp *m, const double *x, const double *y, size_t n,
               const struct train_config *cfg, train_callback callback,
               void *ctx)
{
    size_t in = mlp_in(m), out = mlp_out(m);
    size_t batch = cfg->batch == 0 || cfg->batch >= n ? n : cfg->batch;
    int shuffle = batch < n;
    if (n == 0 || batch > m->max_n) {
        return -1;
    }
    struct train_work w = {
        .idx = alloc_array(n, sizeof *w.idx),
        .xb = alloc_array(batch * in, sizeof *w.xb),
        .yb = alloc_array(batch * out, sizeof *w.yb),
        .dout = alloc_array(batch * out, sizeof *w.dout),
        .all = alloc_array(n * out, sizeof *w.all),
    };
    for (size_t i = 0; i < n; i++)
        w.idx[i] = i;

    /* The shuffle has a stream of its own, so the weights' stream (given
     * to mlp_init) and this one never disturb each other. */
    struct rng r;
    rng_seed(&r, cfg->seed);

    long epoch = 0;
    while (epoch < cfg->epochs) {
        if (shuffle) {
            rng_shuffle(&r, w.idx, n);
        }
        for (size_t start = 0; start < n; start += batch) {
            size_t rows = n - start < batch ? n - start : batch;
            for (size_t i = 0; i < rows; i++) {
                size_t src = w.idx[start + i];
                memcpy(w.xb + i * in, x + src * in, in * sizeof *x);
                memcpy(w.yb + i * out, y + src * out, out * sizeof *y);
            }
            mlp_zero_grad(m);
            const double *o = mlp_forward(m, w.xb, rows);
            loss_eval(cfg->loss, o, w.yb, rows * out, w.dout);
            mlp_backward(m, w.xb, w.dout, rows);
            mlp_step(m, cfg->lr);
        }
        epoch++;

        if (callback) {
            mlp_predict(m, x, w.all, n);
            double loss = loss_eval(cfg->loss, w.all, y, n * out, NULL);
            double acc = loss_accuracy(cfg->loss, w.all, y, n * out);
            if (callback(epoch, loss, acc, ctx) != 0) {
                break;
            }
        }
    }
    train_work_free(&w);
    return epoch;
}
//< mlp-train
