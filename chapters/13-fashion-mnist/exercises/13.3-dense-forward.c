/*
 * Exercise 13.3 - the product a layer computes.
 *
 * A dense layer of the chapter's network maps a batch x (rows x in, one
 * example per row) to z = x W^T + b, where W is out x in row-major (row
 * j holds the weights into unit j) and b has out entries. The network
 * calls sgemm for it; write it as plain loops, in float, and mind the
 * shapes: z[i][j] is example i's pre-activation of unit j. The check
 * compares it with mat_gemm within the rounding bound of the chapter's
 * test. Check with `make exercise EX=13.3`.
 */
#include "exercises.h"

//> ex-13.3
/* z = x W^T + b: x rows x in, w out x in, b out, z rows x out; all
 * row-major. */
void ex13_dense_forward(const float *x, long rows, long in, const float *w,
                        const float *b, long out, float *z)
{
    for (long i = 0; i < rows; i++) {
        for (long j = 0; j < out; j++) {
            z[i * out + j] = b[j]; /* and the weighted inputs */
        }
    }
}
//< ex-13.3
