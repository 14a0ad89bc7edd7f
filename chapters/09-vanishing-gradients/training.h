/*
 * training.h - the chapter's fourth experiment: the same deep network
 * trained with the sigmoid, tanh and ReLU (vanish_train()), and whether
 * the sigmoid's stall holds over several seeds.
 */
#ifndef TRAINING_H
#define TRAINING_H

#include <stddef.h>
#include <stdint.h>

struct training_opts {
    size_t depth, width, points;
    long epochs;
    double lr;
    int data;      /* enum data_kind */
    uint64_t seed; /* the figure's run; the seeds after it for the rest */
    long seeds;    /* runs of the sigmoid network, seed, seed + 1, ... */
};

/* Prints, writes train.tsv and train_layers.tsv, records the values. */
void training_show(const struct training_opts *o);

#endif
