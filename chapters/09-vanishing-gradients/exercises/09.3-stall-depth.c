/*
 * Exercise 09.3 - the depth at which a sigmoid network stops learning.
 *
 * final_loss(depth) trains a sigmoid network of `depth` hidden layers of
 * 8 units (Xavier weights, seed 1) on 150 of the article's points for
 * 300 epochs of full-batch descent at rate 2, and returns its final mean
 * cross-entropy. A network that has learnt nothing answers 1/2 for
 * every point, a loss of ln 2. Find the smallest depth at which the
 * final loss is within 1e-4 of ln 2, relative (the chapter's test of a
 * stall). Check with `make exercise EX=09.3` (each training takes a
 * few hundredths of a second).
 */
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

//> ex-09.3
/* The smallest depth whose final loss is within 1e-4 of ln 2. */
size_t ex09_stall_depth(void)
{
    (void)final_loss; /* call it for depth = 1, 2, ... */
    return 1;
}
//< ex-09.3
