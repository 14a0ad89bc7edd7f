/* Solution of exercise 09.3: train deeper and deeper networks until the
 * loss is that of answering 1/2 everywhere. */
#include "exercises.h"
#include "vanish.h"

#include <math.h>
#include <stddef.h>

static double final_loss(size_t depth)
{
    struct vanish_train_config c = { ACT_SIGMOID, INIT_XAVIER, depth, 8,
                                     DATA_ARTICLE, 150, 2.0, 300, 1 };
    double loss, acc;
    if (vanish_train_final(&c, &loss, &acc) != 0) {
        return NAN;
    }
    return loss;
}

size_t ex09_stall_depth(void)
{
    size_t depth = 1;
    while (depth < 30 &&
           !(fabs(final_loss(depth) - log(2.0)) <= 1e-4 * log(2.0))) {
        depth++;
    }
    return depth;
}
