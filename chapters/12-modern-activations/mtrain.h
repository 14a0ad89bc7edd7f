/*
 * mtrain.h - chapter 12's training comparison (claim M6): chapter 13's
 * network and training loop (fmnet.h, fmtrain.h) with each activation,
 * several seeds, and what the chapter reports of the runs.
 */
#ifndef MTRAIN_H
#define MTRAIN_H

#include "act.h"
#include "fmtrain.h"

#define MTRAIN_SEEDS_MAX 16
#define MTRAIN_EPOCHS_MAX 100

struct mtrain_cfg {
    long hidden, width, epochs, seeds, batch;
    double lr, target; /* target: test accuracy in % */
};

/* Of one activation's runs: the median, lowest and highest final test
 * accuracy (in %), the median number of epochs to reach the target
 * (NAN if the median run does not reach it), how many runs reached it,
 * and the median test accuracy after each epoch (curve[0 .. epochs]). */
struct mtrain_result {
    double acc, lo, hi, epochs;
    long reached;
    double curve[MTRAIN_EPOCHS_MAX + 1];
};

/* The weights' initialisation for `act`: LeCun's normal for SELU, as
 * its derivation requires; He's for every other, as for ReLU. */
enum fmnet_init mtrain_init(enum act_kind act);

/* Train c->seeds networks of c->hidden hidden layers of c->width units
 * with activation `act` (seed s = 1 .. seeds sets the weights and the
 * order of the examples). */
void mtrain_run(enum act_kind act, const struct mtrain_cfg *c,
                const struct fmdata *train, const struct fmdata *test,
                struct mtrain_result *r);

#endif
