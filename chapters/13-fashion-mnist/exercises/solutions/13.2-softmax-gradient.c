/* Solution of exercise 13.2: dL/dz_i = p_i - [i == y], with p the
 * softmax, computed after subtracting the largest logit. */
#include "exercises.h"
#include <math.h>

void ex13_softmax_gradient(const float *z, long k, int y, float *g)
{
    double m = z[0], sum = 0;
    for (long i = 1; i < k; i++) {
        m = z[i] > m ? z[i] : m;
    }
    for (long i = 0; i < k; i++) {
        sum += exp(z[i] - m);
    }
    for (long i = 0; i < k; i++) {
        g[i] = (float)(exp(z[i] - m) / sum - (i == y));
    }
}
