/*
 * Check of exercise 13.3: ex13_dense_forward against mat_gemm (z = 1 x
 * W^T + 1 z, z filled with the bias), at the shapes of
 * tests/test_13_fashion_mnist.c, test_sgemm_equals_naive_within_gamma_k
 * (37 x 301 times 301 x 29: no multiple of a block or a vector length),
 * with its bound: each element within 2 gamma_{k+2} (sum |x||w| + |b|)
 * of the other, k products and sums plus the bias, rounded in float.
 */
#include "exercise.h"
#include "exercises.h"

#include "mat.h"
#include "rng.h"

#include <math.h>

#define ROWS 37
#define OUT 29
#define IN 301

static void fill(struct rng *r, float *x, long n)
{
    for (long i = 0; i < n; i++) {
        x[i] = (float)rng_range(r, -1, 1);
    }
}

int main(void)
{
    static float x[ROWS * IN], w[OUT * IN], b[OUT], want[ROWS * OUT],
        got[ROWS * OUT];
    struct rng r;
    rng_seed(&r, 13);
    fill(&r, x, ROWS * IN);
    fill(&r, w, OUT * IN);
    fill(&r, b, OUT);
    for (long i = 0; i < ROWS; i++) {
        for (long j = 0; j < OUT; j++) {
            want[i * OUT + j] = b[j];
            got[i * OUT + j] = NAN; /* every element must be written */
        }
    }
    mat_set_threads(1);
    mat_gemm(MAT_N, MAT_T, ROWS, OUT, IN, 1.0f, x, IN, w, IN, 1.0f, want,
             OUT);
    ex13_dense_forward(x, ROWS, IN, w, b, OUT, got);
    for (long i = 0; i < ROWS; i++) {
        for (long j = 0; j < OUT; j++) {
            double s = 0;
            for (long p = 0; p < IN; p++) {
                s += fabs((double)x[i * IN + p] * w[j * IN + p]);
            }
            double bound = 2 * mat_gamma(IN + 2) * (s + fabs(b[j]));
            double e = fabs((double)got[i * OUT + j] - want[i * OUT + j]);
            if (!(e <= bound)) {
                ex_fail("13.3", "for example %ld and unit %ld (%d examples, "
                        "%d inputs, %d units) expected z = %.6g, got %.6g",
                        i, j, ROWS, IN, OUT, (double)want[i * OUT + j],
                        (double)got[i * OUT + j]);
            }
        }
    }
    ex_pass("13.3");
}
