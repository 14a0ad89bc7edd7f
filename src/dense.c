/*
 * dense.c - a fully connected layer and its gradients; see dense.h.
 *
 * The loops are the plain triple loops of the formulas, in an order that
 * walks every array along its rows. They are not fast, and need not be:
 * the course's networks are small, and the plain loop is the one a reader
 * can check against the algebra line by line.
 */
#include "dense.h"

#include "alloc.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

const char *const init_names[] = { "normal", "xavier", "he", "zero", NULL };

int dense_alloc(struct dense *l, size_t in, size_t out)
{
    *l = (struct dense){ 0 };
    if (in == 0 || out == 0) {
        return -1;
    }
    l->in = in;
    l->out = out;
    /* Zeroed, so a forward pass before dense_init() is defined and the
     * gradients start cleared; a layer that does not fit stops the
     * program (alloc.h). A product in x out beyond size_t asks for
     * SIZE_MAX cells, which alloc_array() refuses with that message. */
    size_t cells = out <= SIZE_MAX / in ? in * out : SIZE_MAX;
    l->w = alloc_array(cells, sizeof *l->w);
    l->b = alloc_array(out, sizeof *l->b);
    l->dw = alloc_array(cells, sizeof *l->dw);
    l->db = alloc_array(out, sizeof *l->db);
    return 0;
}

void dense_free(struct dense *l)
{
    free(l->w);
    free(l->b);
    free(l->dw);
    free(l->db);
    *l = (struct dense){ 0 };
}

void dense_init_scaled(struct dense *l, double std, struct rng *r)
{
    for (size_t i = 0; i < l->in * l->out; i++)
        l->w[i] = std * rng_normal(r);
    memset(l->b, 0, l->out * sizeof *l->b);
}

//> dense-init
void dense_init(struct dense *l, enum init_kind kind, struct rng *r)
{
    double fan_in = (double)l->in, fan_out = (double)l->out;
    switch (kind) {
    case INIT_NORMAL:
        dense_init_scaled(l, 1.0, r);
        return;
    case INIT_XAVIER:
        /* Glorot and Bengio (2010): the average of the two fan-ins keeps
         * the variance of both the signal and its gradient near 1. */
        dense_init_scaled(l, sqrt(2.0 / (fan_in + fan_out)), r);
        return;
    case INIT_HE:
        /* He et al. (2015): ReLU passes half of a symmetric input, so
         * the variance is doubled to compensate. */
        dense_init_scaled(l, sqrt(2.0 / fan_in), r);
        return;
    case INIT_ZERO:
    case INIT_KIND_COUNT:
        break;
    }
    /* INIT_ZERO, and an out-of-range kind, which we will not guess at. */
    memset(l->w, 0, l->in * l->out * sizeof *l->w);
    memset(l->b, 0, l->out * sizeof *l->b);
}
//< dense-init

//> dense-forward
void dense_forward(const struct dense *l, const double *x, double *y,
                   size_t n)
{
    size_t in = l->in, out = l->out;
    for (size_t i = 0; i < n; i++) {
        const double *xi = x + i * in;
        for (size_t j = 0; j < out; j++) {
            const double *wj = l->w + j * in; /* row j of W */
            double s = l->b[j];
            for (size_t k = 0; k < in; k++)
                s += wj[k] * xi[k];
            y[i * out + j] = s;
        }
    }
}
//< dense-forward

//> dense-backward
void dense_backward(struct dense *l, const double *x, const double *dy,
                    double *dx, size_t n)
{
    size_t in = l->in, out = l->out;
    for (size_t i = 0; i < n; i++) {
        const double *xi = x + i * in;
        double *dxi = dx ? dx + i * in : NULL;
        if (dxi) {
            memset(dxi, 0, in * sizeof *dxi);
        }
        for (size_t j = 0; j < out; j++) {
            /* y_ij = b_j + sum_k w_jk x_ik, so dL/dw_jk gets dy_ij x_ik,
             * dL/db_j gets dy_ij and dL/dx_ik gets dy_ij w_jk. */
            double g = dy[i * out + j];
            const double *wj = l->w + j * in;
            double *dwj = l->dw + j * in;
            l->db[j] += g;
            for (size_t k = 0; k < in; k++)
                dwj[k] += g * xi[k];
            if (dxi) {
                for (size_t k = 0; k < in; k++)
                    dxi[k] += g * wj[k];
            }
        }
    }
}
//< dense-backward

void dense_zero_grad(struct dense *l)
{
    memset(l->dw, 0, l->in * l->out * sizeof *l->dw);
    memset(l->db, 0, l->out * sizeof *l->db);
}

void dense_step(struct dense *l, double lr)
{
    for (size_t i = 0; i < l->in * l->out; i++)
        l->w[i] -= lr * l->dw[i];
    for (size_t j = 0; j < l->out; j++)
        l->b[j] -= lr * l->db[j];
}
