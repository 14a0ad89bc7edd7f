/*
 * mat.c - the naive matrix product and the CBLAS one; see mat.h.
 */
#include "mat.h"

#include <cblas.h>
#include <float.h>

/* Element (i, j) of op(X), X stored row-major with rows of length ld. */
static float at(const float *x, long ld, enum mat_op op, long i, long j)
{
    return op == MAT_N ? x[i * ld + j] : x[j * ld + i];
}

//> naive
void mat_gemm_naive(enum mat_op ta, enum mat_op tb, long m, long n, long k,
                    float alpha, const float *a, long lda, const float *b,
                    long ldb, float beta, float *c, long ldc)
{
    for (long i = 0; i < m; i++) {
        for (long j = 0; j < n; j++) {
            float s = 0; /* one dot product: row i of A, column j of B */
            for (long p = 0; p < k; p++) {
                s += at(a, lda, ta, i, p) * at(b, ldb, tb, p, j);
            }
            float *cij = &c[i * ldc + j];
            *cij = beta == 0 ? alpha * s : alpha * s + beta * *cij;
        }
    }
}
//< naive

//> sgemm
void mat_gemm(enum mat_op ta, enum mat_op tb, long m, long n, long k,
              float alpha, const float *a, long lda, const float *b,
              long ldb, float beta, float *c, long ldc)
{
    cblas_sgemm(CblasRowMajor, ta == MAT_T ? CblasTrans : CblasNoTrans,
                tb == MAT_T ? CblasTrans : CblasNoTrans, (blasint)m,
                (blasint)n, (blasint)k, alpha, a, (blasint)lda, b,
                (blasint)ldb, beta, c, (blasint)ldc);
}
//< sgemm

void mat_set_threads(int threads)
{
    openblas_set_num_threads(threads);
}

double mat_gamma(long k)
{
    double u = FLT_EPSILON / 2; /* 2^-24, the unit roundoff of float */
    return (double)k * u / (1 - (double)k * u);
}
