/*
 * fmprobe.c - measurements on chapter 13's networks; see fmprobe.h.
 */
#include "fmprobe.h"

#include "alloc.h"
#include "bench.h"
#include "mat.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

//> collapse
void fmprobe_collapse(const struct fmnet *deep, struct fmnet *one)
{
    long in = deep->width[0], k = deep->width[deep->layers];
    /* P (rows x in) and c: the map of layers 0 .. l, starting at the
     * identity; each layer replaces them by W_l P and W_l c + b_l. */
    long rows = in;
    double *p = alloc_array((size_t)(in * in), sizeof *p);
    double *c = alloc_array((size_t)in, sizeof *c);
    for (long i = 0; i < in; i++) {
        p[i * in + i] = 1;
    }
    for (int l = 0; l < deep->layers; l++) {
        long out = deep->width[l + 1];
        const float *w = deep->w[l];
        double *q = alloc_array((size_t)(out * in), sizeof *q);
        double *e = alloc_array((size_t)out, sizeof *e);
        for (long i = 0; i < out; i++) {
            e[i] = deep->b[l][i];
            for (long j = 0; j < rows; j++) {
                double wij = w[i * rows + j];
                e[i] += wij * c[j];
                for (long m = 0; m < in; m++) {
                    q[i * in + m] += wij * p[j * in + m];
                }
            }
        }
        free(p);
        free(c);
        p = q;
        c = e;
        rows = out;
    }
    for (long i = 0; i < k * in; i++) {
        one->w[0][i] = (float)p[i];
    }
    for (long i = 0; i < k; i++) {
        one->b[0][i] = (float)c[i];
    }
    free(p);
    free(c);
}
//< collapse

void fmprobe_grad_norms(struct fmnet *n, const struct fmdata *d,
                        long count, double *norm)
{
    fmnet_forward(n, d->x, count, d->y);
    fmnet_backward(n, count, d->y);
    for (int l = 0; l < n->layers; l++) {
        double s = 0;
        for (long j = 0; j < n->width[l + 1]; j++) {
            s += (double)n->gb[l][j] * n->gb[l][j];
        }
        norm[l] = sqrt(s);
    }
}

double fmprobe_dead_pct(struct fmnet *n, const struct fmdata *d,
                        long count)
{
    long h = n->width[1], dead = 0;
    unsigned char *alive = alloc_array((size_t)h, 1);
    for (long i0 = 0; i0 < count; i0 += n->cap) {
        long rows = count - i0 < n->cap ? count - i0 : n->cap;
        fmnet_forward(n, d->x + i0 * d->dim, rows, d->y + i0);
        /* a[1] = g(z) > 0 exactly when z > 0, for ReLU and leaky ReLU */
        for (long i = 0; i < rows * h; i++) {
            alive[i % h] |= n->a[1][i] > 0;
        }
    }
    for (long j = 0; j < h; j++) {
        dead += !alive[j];
    }
    free(alive);
    return 100.0 * (double)dead / (double)h;
}

double fmprobe_gflops(long side, int naive, double seconds)
{
    size_t nn = (size_t)(side * side);
    float *a = alloc_array(nn, sizeof *a), *b = alloc_array(nn, sizeof *b);
    float *c = alloc_array(nn, sizeof *c);
    for (size_t i = 0; i < nn; i++) { /* any values: the time is the same */
        a[i] = (float)(i % 7) - 3;
        b[i] = (float)(i % 5) - 2;
    }
    double best = INFINITY, start = bench_now();
    do {
        double t0 = bench_now();
        (naive ? mat_gemm_naive : mat_gemm)(MAT_N, MAT_N, side, side, side,
                                            1, a, side, b, side, 0, c,
                                            side);
        double t = bench_now() - t0;
        best = t < best ? t : best;
    } while (bench_now() - start < seconds);
    free(a);
    free(b);
    free(c);
    return 2.0 * (double)side * side * side / best / 1e9;
}
