/* Solution of exercise 13.1: subtract the largest logit m first. Every
 * exponent is then <= 0, the largest term is 1, so the sum lies in
 * [1, k] and its log in [0, log k]; the loss is log(sum) - (z_y - m). */
#include "exercises.h"
#include <math.h>

double ex13_softmax_loss(const float *z, long k, int y)
{
    double m = z[0];
    for (long i = 1; i < k; i++) {
        m = z[i] > m ? z[i] : m;
    }
    double sum = 0;
    for (long i = 0; i < k; i++) {
        sum += exp(z[i] - m);
    }
    return log(sum) - (z[y] - m);
}
