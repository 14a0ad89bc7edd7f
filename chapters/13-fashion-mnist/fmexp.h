/*
 * fmexp.h - the experiments of chapter 13, one function per claim, each
 * printing what it found and recording its tables and values (out.h).
 */
#ifndef FMEXP_H
#define FMEXP_H

#include "fmtrain.h"

#define FMEXP_SEEDS_MAX 16
#define FMEXP_CLASSES 10

struct fmexp_cfg {
    long train_size, test_size, epochs, width, batch;
    long seeds;     /* per linear model (P3) */
    long net_seeds; /* per one-hidden-layer network (P4, P6) */
    double lr, target; /* target: test accuracy in % (P6) */
    int timing;        /* 0: record no time, so runs are byte-identical */
    const char *data;  /* --data, or NULL */
};

struct fmexp {
    struct fmdata train, test;
    double linear_median; /* the best linear median: the ceiling */
    /* Test predictions of the best linear and best nonlinear run. */
    unsigned char *pred_linear, *pred_net;
    double best_linear, best_net;
    const char *best_net_name;
};

/* The short names of the ten classes, in label order. */
extern const char *const fmexp_class_names[FMEXP_CLASSES];

void fmexp_load(struct fmexp *e, const struct fmexp_cfg *c);
void fmexp_free(struct fmexp *e);

void fmexp_speed(const struct fmexp_cfg *c);                /* P2 */
void fmexp_linear(struct fmexp *e, const struct fmexp_cfg *c);    /* P3 */
void fmexp_nonlinear(struct fmexp *e, const struct fmexp_cfg *c); /* P4 P6 */
void fmexp_gradients(struct fmexp *e, const struct fmexp_cfg *c); /* P5 */
void fmexp_dead(struct fmexp *e, const struct fmexp_cfg *c);      /* P7 */
void fmexp_pictures(const struct fmexp *e);

/* Print the summary of a finished run in `dir` (such as make full-13's)
 * and write its tables and values again, as if this run had made them;
 * exits 2, writing nothing, if any of them is missing or damaged. */
void fmexp_replay(const char *dir);

#endif
