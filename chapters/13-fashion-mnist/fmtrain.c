/*
 * fmtrain.c - images as floats, and the training loop; see fmtrain.h.
 */
#include "fmtrain.h"

#include "alloc.h"
#include "bench.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void fmdata_from_idx(struct fmdata *d, const struct idx_set *s, long count)
{
    d->count = count < s->count ? count : s->count;
    d->dim = s->rows * s->cols;
    d->x = alloc_array((size_t)(d->count * d->dim), sizeof(float));
    d->y = alloc_array((size_t)d->count, 1);
    for (long i = 0; i < d->count * d->dim; i++) {
        d->x[i] = (float)s->pixels[i] / 255.0f;
    }
    memcpy(d->y, s->labels, (size_t)d->count);
}

void fmdata_free(struct fmdata *d)
{
    free(d->x);
    free(d->y);
    memset(d, 0, sizeof *d);
}

double fmtrain_eval(struct fmnet *n, const struct fmdata *d, double *loss,
                    unsigned char *pred)
{
    long right = 0;
    double sum = 0;
    for (long i0 = 0; i0 < d->count; i0 += n->cap) {
        long rows = d->count - i0 < n->cap ? d->count - i0 : n->cap;
        sum += fmnet_forward(n, d->x + i0 * d->dim, rows, d->y + i0);
        for (long i = 0; i < rows; i++) {
            int c = fmnet_argmax(n, i);
            right += c == d->y[i0 + i];
            if (pred != NULL) {
                pred[i0 + i] = (unsigned char)c;
            }
        }
    }
    if (loss != NULL) {
        *loss = sum / (double)d->count;
    }
    return (double)right / (double)d->count;
}

//> train
int fmtrain_run(struct fmnet *n, const struct fmdata *train,
                const struct fmdata *test, const struct fmtrain_opts *o,
                struct fmtrain_epoch *hist)
{
    struct rng r;
    rng_seed(&r, o->seed);
    size_t *order = alloc_array((size_t)train->count, sizeof *order);
    float *x = alloc_array((size_t)(o->batch * train->dim), sizeof *x);
    unsigned char *y = alloc_array((size_t)o->batch, 1);
    for (long i = 0; i < train->count; i++) {
        order[i] = (size_t)i;
    }
    fmtrain_eval(n, train, &hist[0].train_loss, NULL);
    hist[0].test_acc = fmtrain_eval(n, test, &hist[0].test_loss, NULL);
    hist[0].seconds = 0;
    double seconds = 0;
    int status = 0;
    for (long e = 1; e <= o->epochs; e++) {
        double t0 = bench_now(), sum = 0;
        rng_shuffle(&r, order, (size_t)train->count);
        for (long i0 = 0; i0 < train->count; i0 += o->batch) {
            long rows = train->count - i0 < o->batch ? train->count - i0
                                                     : o->batch;
            for (long i = 0; i < rows; i++) { /* gather the batch */
                size_t k = order[i0 + i];
                memcpy(x + i * train->dim, train->x + k * train->dim,
                       sizeof *x * (size_t)train->dim);
                y[i] = train->y[k];
            }
            sum += fmnet_forward(n, x, rows, y);
            if (!isfinite(sum)) {
                break; /* diverged: no step can bring it back */
            }
            fmnet_backward(n, rows, y);
            fmnet_step(n, o->lr);
        }
        seconds += bench_now() - t0;
        struct fmtrain_epoch *h = &hist[e];
        h->train_loss = sum / (double)train->count;
        h->seconds = seconds;
        if (!isfinite(h->train_loss)) {
            for (; e <= o->epochs; e++) {
                hist[e] = (struct fmtrain_epoch){ NAN, NAN, NAN, NAN };
            }
            status = -1;
            break;
        }
        h->test_acc = fmtrain_eval(n, test, &h->test_loss, NULL);
    }
    free(order);
    free(x);
    free(y);
    return status;
}
//< train
