/*
 * Check of exercise 09.3: the network of the stub stalls at the
 * student's depth and not one layer less. A stall is a final loss within
 * 1e-4 of ln 2, relative: the criterion of
 * tests/test_09_vanishing_gradients.c, test_sigmoid_stall_holds_over_seeds.
 * Measured: one layer short of the stall the final loss is 1.9e-3 from
 * ln 2 (relative), at the stall 1.5e-5, and every deeper network up to 9
 * stalls too, so the depth where a stall begins is the one answer, with
 * neither side near the threshold. The problem is small (150 points, 300
 * epochs), so that the check runs in a fraction of a second. The
 * training is the stub's, repeated here, so that a student's edits to it
 * cannot move the answer.
 */
#include "exercise.h"
#include "exercises.h"

#include "vanish.h"

#include <math.h>
#include <stddef.h>
#include <stdio.h>

static double final_loss(size_t depth)
{
    struct vanish_train_config c = { ACT_SIGMOID, INIT_XAVIER, depth, 8,
                                     DATA_ARTICLE, 150, 2.0, 300, 1 };
    double loss, acc;
    if (vanish_train_final(&c, &loss, &acc) != 0) {
        ex_fail("09.3", "out of memory training depth %zu", depth);
    }
    return loss;
}

static int stalls(double loss)
{
    return fabs(loss - log(2.0)) <= 1e-4 * log(2.0);
}

int main(void)
{
    size_t d = ex09_stall_depth();
    if (d < 1 || d > 30) {
        ex_fail("09.3", "your depth is %zu: expected one from 1 to 30", d);
    }
    double at = final_loss(d);
    if (!stalls(at)) {
        ex_fail("09.3", "at depth %zu the final loss is %.6f, not within "
                "1e-4 of ln 2 = %.6f: it still learns", d, at, log(2.0));
    }
    if (d > 1) {
        double below = final_loss(d - 1);
        if (stalls(below)) {
            ex_fail("09.3", "at depth %zu the final loss %.6f is already "
                    "within 1e-4 of ln 2: look lower", d - 1, below);
        }
    }
    ex_pass("09.3");
}
