/* Solution of exercise 09.1: each unit multiplies the gradient by
 * w s'(z) = w y (1 - y), at most |w| / 4. */
#include "exercises.h"
#include "act.h"

#include <stddef.h>

double ex09_chain_gradient(const double *w, size_t n, double x)
{
    double a = x, g = 1.0;
    for (size_t l = 0; l < n; l++) { /* forward, and the factors as we go */
        a = act_sigmoid(w[l] * a);
        g *= w[l] * a * (1.0 - a);
    }
    return g;
}
