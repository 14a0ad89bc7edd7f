/*
 * Exercise 13.1 - the softmax cross-entropy, for any logits.
 *
 * The network's last layer gives k logits z; softmax turns them into
 * probabilities p_i = e^{z_i} / sum_j e^{z_j}, and the loss of class y is
 * -log p_y = log(sum_j e^{z_j}) - z_y. As written below it overflows
 * once a logit passes about 709 (inf - inf, or inf), and returns -inf
 * or NaN when every logit is very negative. Rewrite it so that it is
 * right for any finite logits (softmax does not change when the same
 * number is subtracted from every logit). Compute in double. Check with
 * `make exercise EX=13.1`.
 */
#include "exercises.h"
#include <math.h>

//> ex-13.1
/* -log softmax(z)_y for k logits z, in double. */
double ex13_softmax_loss(const float *z, long k, int y)
{
    double sum = 0;
    for (long i = 0; i < k; i++) {
        sum += exp((double)z[i]);
    }
    return log(sum) - z[y];
}
//< ex-13.1
