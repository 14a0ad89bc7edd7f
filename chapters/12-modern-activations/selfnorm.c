/*
 * selfnorm.c - a deep network's activation statistics; see selfnorm.h.
 */
#include "selfnorm.h"

#include "alloc.h"
#include "bench.h"
#include "mat.h"
#include "rng.h"

#include <math.h>
#include <stdlib.h>

void selfnorm_moments(const float *x, long n, double *mean, double *var)
{
    double s = 0, ss = 0;
    for (long i = 0; i < n; i++) {
        s += x[i];
    }
    double m = s / (double)n;
    for (long i = 0; i < n; i++) { /* two passes: no cancellation */
        ss += ((double)x[i] - m) * ((double)x[i] - m);
    }
    *mean = m;
    *var = ss / (double)n;
}

//> selfnorm-layers
void selfnorm_run(float (*g)(float), double gain,
                  const struct selfnorm_cfg *c, uint64_t seed,
                  double *mean, double *var)
{
    long n = c->width, b = c->batch;
    float *x = alloc_array((size_t)(b * n), sizeof *x);
    float *y = alloc_array((size_t)(b * n), sizeof *y);
    float *w = alloc_array((size_t)(n * n), sizeof *w);
    struct rng r;
    rng_seed(&r, seed);
    for (long i = 0; i < b * n; i++) {
        x[i] = (float)(c->in_mean + sqrt(c->in_var) * rng_normal(&r));
    }
    selfnorm_moments(x, b * n, &mean[0], &var[0]);
    double sd = sqrt(gain / (double)n); /* LeCun: gain 1, He: gain 2 */
    for (long l = 1; l <= c->depth; l++) {
        for (long i = 0; i < n * n; i++) {
            w[i] = (float)(sd * rng_normal(&r));
        }
        /* Y = X W^T: (batch x width) times (width x width) */
        mat_gemm(MAT_N, MAT_T, b, n, n, 1, x, n, w, n, 0, y, n);
        for (long i = 0; i < b * n; i++) {
            x[i] = g(y[i]);
        }
        selfnorm_moments(x, b * n, &mean[l], &var[l]);
    }
    free(x);
    free(y);
    free(w);
}
//< selfnorm-layers

void selfnorm_median(float (*g)(float), double gain,
                     const struct selfnorm_cfg *c, long seeds,
                     double *mean, double *var)
{
    size_t rows = (size_t)(c->depth + 1);
    double *m = alloc_array((size_t)seeds * rows, sizeof *m);
    double *v = alloc_array((size_t)seeds * rows, sizeof *v);
    for (long s = 0; s < seeds; s++) {
        selfnorm_run(g, gain, c, (uint64_t)s + 1, m + (size_t)s * rows,
                     v + (size_t)s * rows);
    }
    for (size_t l = 0; l < rows; l++) {
        double ms[SELFNORM_SEEDS_MAX], vs[SELFNORM_SEEDS_MAX];
        for (long s = 0; s < seeds; s++) {
            ms[s] = m[(size_t)s * rows + l];
            vs[s] = v[(size_t)s * rows + l];
        }
        mean[l] = bench_median(ms, (size_t)seeds);
        var[l] = bench_median(vs, (size_t)seeds);
    }
    free(m);
    free(v);
}
