/*
 * lsq.c - linear least squares by Householder QR and by the normal
 * equations; see lsq.h.
 */
#include "lsq.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A column counts as dependent when QR reduces it below this fraction of
 * its original length: rounding alone leaves about m eps = 1e-14 of it,
 * so 1e-12 reports true dependence, not noise. */
#define LSQ_RANK_TOL 1e-12

/* Solve the upper triangular p x p system R theta = c, R row-major with
 * row length `stride`. */
static void back_substitute(const double *r, size_t stride, size_t p,
                            const double *c, double *theta)
{
    for (size_t k = p; k-- > 0;) {
        double s = c[k];
        for (size_t j = k + 1; j < p; j++)
            s -= r[k * stride + j] * theta[j];
        theta[k] = s / r[k * stride + k];
    }
}

int lsq_qr(const double *a, size_t m, size_t p, const double *y,
           double *theta)
{
    if (m < p || p == 0) {
        return -1;
    }
    double *r = malloc(m * p * sizeof *r), *c = malloc(m * sizeof *c);
    double *v = malloc(m * sizeof *v);
    int status = r && c && v ? 0 : -1;
    if (status == 0) {
        memcpy(r, a, m * p * sizeof *r);
        memcpy(c, y, m * sizeof *c);
    }
//> qr
    for (size_t k = 0; status == 0 && k < p; k++) {
        /* The reflection H = I - 2 v v^T / v^T v maps column k, below
         * the diagonal, onto alpha e_k. alpha takes the sign opposite to
         * r_kk, so v_0 = r_kk - alpha adds magnitudes: no cancellation. */
        double norm = 0.0, orig = 0.0;
        for (size_t i = k; i < m; i++)
            norm = hypot(norm, r[i * p + k]);
        for (size_t i = 0; i < m; i++)
            orig = hypot(orig, a[i * p + k]);
        if (!(norm > LSQ_RANK_TOL * orig)) {
            status = -1;
            break;
        }
        double alpha = r[k * p + k] > 0 ? -norm : norm;
        double vv = 0.0;
        for (size_t i = k; i < m; i++) {
            v[i] = r[i * p + k] - (i == k ? alpha : 0.0);
            vv += v[i] * v[i];
        }
        /* Apply H to the remaining columns and to c: x -= 2 (v.x / v.v) v. */
        for (size_t j = k; j <= p; j++) {
            double dot = 0.0;
            for (size_t i = k; i < m; i++)
                dot += v[i] * (j < p ? r[i * p + j] : c[i]);
            double f = 2.0 * dot / vv;
            for (size_t i = k; i < m; i++) {
                if (j < p) {
                    r[i * p + j] -= f * v[i];
                } else {
                    c[i] -= f * v[i];
                }
            }
        }
    }
    /* Now A = Q R with R in the top p rows of r, and c = Q^T y: the
     * residual's length is that of c's last m - p entries, which no
     * theta can touch, so R theta = c[0..p) minimises it. */
    if (status == 0) {
        back_substitute(r, p, p, c, theta);
    }
//< qr
    free(r);
    free(c);
    free(v);
    return status;
}

//> normal
int lsq_normal(const double *a, size_t m, size_t p, const double *y,
               double *theta)
{
    double *g = calloc(p * p, sizeof *g), *c = calloc(p, sizeof *c);
    int status = g && c && m >= p && p > 0 ? 0 : -1;
    /* G = A^T A and c = A^T y. */
    for (size_t i = 0; status == 0 && i < m; i++)
        for (size_t j = 0; j < p; j++) {
            c[j] += a[i * p + j] * y[i];
            for (size_t k = 0; k < p; k++)
                g[j * p + k] += a[i * p + j] * a[i * p + k];
        }
    /* Cholesky, in place: G = L L^T, L in the lower triangle. */
    for (size_t j = 0; status == 0 && j < p; j++) {
        double d = g[j * p + j];
        for (size_t k = 0; k < j; k++)
            d -= g[j * p + k] * g[j * p + k];
        if (!(d > 0)) {
            status = -1;
            break;
        }
        g[j * p + j] = sqrt(d);
        for (size_t i = j + 1; i < p; i++) {
            double s = g[i * p + j];
            for (size_t k = 0; k < j; k++)
                s -= g[i * p + k] * g[j * p + k];
            g[i * p + j] = s / g[j * p + j];
        }
    }
    if (status == 0) {
        /* L z = c forwards, then L^T theta = z backwards. */
        for (size_t i = 0; i < p; i++) {
            double s = c[i];
            for (size_t k = 0; k < i; k++)
                s -= g[i * p + k] * c[k];
            c[i] = s / g[i * p + i];
        }
        for (size_t i = p; i-- > 0;) {
            double s = c[i];
            for (size_t k = i + 1; k < p; k++)
                s -= g[k * p + i] * theta[k];
            theta[i] = s / g[i * p + i];
        }
    }
    free(g);
    free(c);
    return status;
}
//< normal

double lsq_residuals(const double *a, size_t m, size_t p, const double *y,
                     const double *theta, double *r)
{
    double most = 0.0;
    for (size_t i = 0; i < m; i++) {
        double s = y[i];
        for (size_t j = 0; j < p; j++)
            s -= a[i * p + j] * theta[j];
        if (r != NULL) {
            r[i] = s;
        }
        most = fmax(most, fabs(s));
    }
    return most;
}
