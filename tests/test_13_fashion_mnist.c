/*
 * test_13_fashion_mnist.c - chapter 13's claims (P2 ..) on real images.
 *
 * P2: CBLAS's sgemm computes the product the naive loop computes, within
 * the float rounding bound, for every transpose, and repeats its bits.
 * The data set itself is never needed: where a claim is about training,
 * the test builds a small image set of its own.
 */
#include "check.h"

#include "mat.h"
#include "rng.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* P2: the matrix product                                             */
/* ------------------------------------------------------------------ */

/* Shapes that are not multiples of any block or vector length, and a
 * k long enough that the bound is not trivially loose. */
#define M 37
#define N 29
#define K 301

static void fill(struct rng *r, float *x, long n)
{
    for (long i = 0; i < n; i++) {
        x[i] = (float)rng_range(r, -1, 1);
    }
}

/* The bound on |mat_gemm - mat_gemm_naive| at one element: each is within
 * gamma_{k+2} (|alpha| sum |a||b| + |beta||c|) of the exact value (k
 * products and sums, then alpha and beta: two roundings more), so they
 * are within twice that of each other. The sum of |a||b| is computed in
 * double, whose own error is 2^29 times smaller and ignored. */
static double bound(enum mat_op ta, enum mat_op tb, const float *a,
                    long lda, const float *b, long ldb, float alpha,
                    float beta, float c0, long i, long j)
{
    double s = 0;
    for (long p = 0; p < K; p++) {
        double x = ta == MAT_N ? a[i * lda + p] : a[p * lda + i];
        double y = tb == MAT_N ? b[p * ldb + j] : b[j * ldb + p];
        s += fabs(x * y);
    }
    return 2 * mat_gamma(K + 2) * (fabs(alpha) * s + fabs(beta * c0));
}

static void test_sgemm_equals_naive_within_gamma_k(void)
{
    static float a[M * K], b[K * N], c0[M * N], c1[M * N], c2[M * N];
    struct rng r;
    rng_seed(&r, 13);
    mat_set_threads(1);
    const float alphas[] = { 1, -0.75f }, betas[] = { 0, 0.5f };
    double worst = 0; /* the largest error as a fraction of its bound */
    for (int ta = 0; ta < 2; ta++) {
        for (int tb = 0; tb < 2; tb++) {
            for (int v = 0; v < 2; v++) {
                fill(&r, a, M * K);
                fill(&r, b, K * N);
                fill(&r, c0, M * N);
                long lda = ta == MAT_N ? K : M, ldb = tb == MAT_N ? N : K;
                memcpy(c1, c0, sizeof c1);
                memcpy(c2, c0, sizeof c2);
                mat_gemm_naive(ta, tb, M, N, K, alphas[v], a, lda, b, ldb,
                               betas[v], c1, N);
                mat_gemm(ta, tb, M, N, K, alphas[v], a, lda, b, ldb,
                         betas[v], c2, N);
                for (long i = 0; i < M; i++) {
                    for (long j = 0; j < N; j++) {
                        double e = fabs((double)c1[i * N + j] -
                                        c2[i * N + j]);
                        double bd = bound(ta, tb, a, lda, b, ldb, alphas[v],
                                          betas[v], c0[i * N + j], i, j);
                        worst = fmax(worst, e / bd);
                    }
                }
            }
        }
    }
    CU_ASSERT(worst <= 1);
    /* And they are different codes: not every element is the same bits
     * (otherwise this test would not test the bound). */
    CU_ASSERT(worst > 0);
}

static void test_sgemm_ignores_c_when_beta_is_zero(void)
{
    float a[4] = { 1, 2, 3, 4 }, b[4] = { 1, 0, 0, 1 };
    float c1[4] = { NAN, NAN, NAN, NAN }, c2[4] = { NAN, NAN, NAN, NAN };
    mat_gemm_naive(MAT_N, MAT_N, 2, 2, 2, 1, a, 2, b, 2, 0, c1, 2);
    mat_gemm(MAT_N, MAT_N, 2, 2, 2, 1, a, 2, b, 2, 0, c2, 2);
    for (int i = 0; i < 4; i++) {
        CU_ASSERT_EQUAL(c1[i], a[i]);
        CU_ASSERT_EQUAL(c2[i], a[i]);
    }
}

static void test_sgemm_repeats_its_bits(void)
{
    enum { S = 200 };
    float *a = malloc(sizeof(float) * S * S), *b = malloc(sizeof(float) * S * S);
    float *c1 = malloc(sizeof(float) * S * S), *c2 = malloc(sizeof(float) * S * S);
    CU_ASSERT_FATAL(a && b && c1 && c2);
    struct rng r;
    rng_seed(&r, 7);
    fill(&r, a, S * S);
    fill(&r, b, S * S);
    mat_set_threads(1);
    mat_gemm(MAT_N, MAT_T, S, S, S, 1, a, S, b, S, 0, c1, S);
    mat_gemm(MAT_N, MAT_T, S, S, S, 1, a, S, b, S, 0, c2, S);
    CU_ASSERT(memcmp(c1, c2, sizeof(float) * S * S) == 0);
    free(a);
    free(b);
    free(c1);
    free(c2);
}

static const struct check_test tests[] = {
    { "P2", "cblas_sgemm equals the naive loop within 2 gamma_(k+2) "
            "sum |a||b|, all four transposes",
      test_sgemm_equals_naive_within_gamma_k },
    { "lib", "with beta = 0 neither product reads C (NaN there is "
             "harmless)", test_sgemm_ignores_c_when_beta_is_zero },
    { "P2", "with the thread count fixed, sgemm repeats its bits",
      test_sgemm_repeats_its_bits },
    CHECK_END
};

CHECK_SUITE(13_fashion_mnist, tests);
