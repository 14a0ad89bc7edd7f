/*
 * mat.h - matrix products in float: the course's naive loop, and CBLAS.
 *
 * Both compute C = alpha op(A) op(B) + beta C for row-major matrices,
 * where op(X) is X or its transpose: op(A) is m x k, op(B) is k x n, C is
 * m x n, and lda, ldb, ldc are the lengths of the stored rows (the number
 * of columns as stored). With beta = 0, C is not read (it may hold
 * anything, NaN included), as BLAS specifies.
 *
 * mat_gemm_naive is the reference: one dot product per element of C,
 * summed left to right in float. mat_gemm is the same product through
 * cblas_sgemm (OpenBLAS on Debian), which blocks the matrices for the
 * caches and uses vector instructions. Both are within
 * gamma_k = k u / (1 - k u) times sum |a| |b| of the exact product
 * (u = 2^-24, Higham 2002, section 3.5), whatever order they add in.
 *
 * OpenBLAS splits a product over threads, and the split changes the
 * order of the additions: mat_set_threads() fixes the count, so a
 * program's results are the same bits from run to run on one machine.
 * Another processor may get another kernel (another order), so the last
 * bits can differ across machines.
 */
#ifndef MAT_H
#define MAT_H

enum mat_op { MAT_N = 0, MAT_T = 1 }; /* op(X) = X, or X transposed */

void mat_gemm_naive(enum mat_op ta, enum mat_op tb, long m, long n, long k,
                    float alpha, const float *a, long lda, const float *b,
                    long ldb, float beta, float *c, long ldc);

void mat_gemm(enum mat_op ta, enum mat_op tb, long m, long n, long k,
              float alpha, const float *a, long lda, const float *b,
              long ldb, float beta, float *c, long ldc);

/* Use `threads` threads in every mat_gemm from now on. */
void mat_set_threads(int threads);

/* The float rounding bound gamma_k = k u / (1 - k u), u = 2^-24. */
double mat_gamma(long k);

#endif
