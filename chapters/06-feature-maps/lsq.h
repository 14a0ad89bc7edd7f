/*
 * lsq.h - linear least squares: the theta that minimises |A theta - y|^2.
 *
 * Two ways, for comparison (claim N7). Householder QR works on A itself
 * and is backward stable: the theta it returns is the exact solution for
 * a matrix within a few ulp of A, so its error is about cond(A) times the
 * unit roundoff. The normal equations A^T A theta = A^T y are the textbook
 * formula; forming A^T A squares the condition number, and with it the
 * error [@higham2002; @golub2013].
 *
 * A is m x p, row-major (a[i * p + j]), with m >= p and full column
 * rank; y has m entries, theta p.
 */
#ifndef LSQ_H
#define LSQ_H

#include <stddef.h>

/* Least squares by Householder QR. Returns 0, or -1 if m < p, a column
 * is (numerically) dependent on the ones before it, or no memory. */
int lsq_qr(const double *a, size_t m, size_t p, const double *y,
           double *theta);

/* Least squares by the normal equations, solved by Cholesky. Returns 0,
 * or -1 if A^T A is not (numerically) positive definite or no memory. */
int lsq_normal(const double *a, size_t m, size_t p, const double *y,
               double *theta);

/* The residuals r = y - A theta (m entries), and the largest |r_i|. */
double lsq_residuals(const double *a, size_t m, size_t p, const double *y,
                     const double *theta, double *r);

#endif
