/*
 * epochs.h - how many epochs a network needs to reach a training loss,
 * by activation: the experiment behind the claim that ReLU networks
 * train faster.
 *
 * Every network has the same shape, 2 -> width -> width -> 1, and is
 * trained by full-batch gradient descent on the mean binary cross-entropy
 * (so an epoch is one step, and the count does not depend on how batches
 * are shuffled). Each activation starts from the initialisation made for
 * it: Xavier for sigmoid and tanh, He for ReLU.
 */
#ifndef EPOCHS_H
#define EPOCHS_H

#include "act.h"
#include "data2d.h"
#include "dense.h"

#include <stdint.h>

struct epochs_config {
    size_t width;     /* hidden units per layer */
    double target;    /* the training loss to reach */
    long max_epochs;  /* give up after this many */
};

/* The initialisation the experiment gives activation act. */
enum init_kind epochs_init_for(enum act_kind act);

/*
 * Train from seed `seed` at learning rate lr until the training loss is
 * at most cfg->target. Returns the number of epochs, or -1 if the loss
 * was still above the target after cfg->max_epochs or became NaN. When
 * curve is not NULL, curve[e - 1] receives the loss after epoch e for
 * every epoch run, and NaN for the rest of its cfg->max_epochs entries.
 */
long epochs_to_loss(enum act_kind act, double lr, uint64_t seed,
                    const struct dataset *d, const struct epochs_config *cfg,
                    double *curve);

#endif
