/* Solution of exercise 13.3: z[i][j] = b[j] + sum_p x[i][p] w[j][p], a
 * dot product of row i of x with row j of W (W^T's column j). */
#include "exercises.h"

void ex13_dense_forward(const float *x, long rows, long in, const float *w,
                        const float *b, long out, float *z)
{
    for (long i = 0; i < rows; i++) {
        for (long j = 0; j < out; j++) {
            float s = 0;
            for (long p = 0; p < in; p++) {
                s += x[i * in + p] * w[j * in + p];
            }
            z[i * out + j] = s + b[j];
        }
    }
}
