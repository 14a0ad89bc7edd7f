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

/* ---- what the speed and dead-unit programs share ----
 * 10-relu-speed and 10-relu-dead train networks of this shape on the
 * article's data set over several seeds, chosen by the same options. */

#define EPOCHS_SEEDS_MAX 64

struct epochs_setup {
    long points, seeds, width; /* data points, networks per setting,
                                * hidden units per layer */
    uint64_t seed, data_seed;  /* the first network's seed, the data's */
};
#define EPOCHS_SETUP_DEFAULT { 100, 5, 8, 1, 1 }

/* The option rows of an epochs_setup s (for a struct cli_opt table). */
#define EPOCHS_SETUP_OPTS(s)                                                 \
    CLI_LONG("points", &(s)->points, 8, 100000,                              \
             "points of the article's data set"),                            \
        CLI_SEED("data-seed", &(s)->data_seed, "seed of the data set"),      \
        CLI_SEED("seed", &(s)->seed, "first seed of the networks"),          \
        CLI_LONG("seeds", &(s)->seeds, 1, EPOCHS_SEEDS_MAX,                  \
                 "networks per setting"),                                    \
        CLI_LONG("width", &(s)->width, 1, 1024, "hidden units per layer")

/* The article's data set of s->points points from s->data_seed; stops
 * the program with a message if memory runs out. */
struct dataset epochs_setup_data(const struct epochs_setup *s);

/* The median, fewest and most of n values, which it sorts. */
struct epochs_spread {
    double med, lo, hi;
};
struct epochs_spread epochs_spread(double *x, size_t n);

#endif
