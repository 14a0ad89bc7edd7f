/*
 * collapse_report.h - what chapter 3's program says about each of its
 * experiments: the summary on stdout, the tables of --out and the keys
 * of values.tsv. The experiments themselves are in collapse.c; every
 * function here only prints and records what they returned.
 */
#ifndef COLLAPSE_REPORT_H
#define COLLAPSE_REPORT_H

#include "collapse.h"

#include <stddef.h>

/* N3: article.tsv and the article_* keys. */
void collapse_report_article(const struct collapse_three_ways *a);

/* N3's depth sweep, one depth at a time: depth.tsv, a line for some
 * depths, and the largest error per layer and share of the rounding
 * bound so far. */
struct collapse_sweep {
    size_t width, max_depth, rows;
    long trials;
    struct tsv *table;
    double per_layer, bound_ratio;
    struct collapse_depth_stat last; /* the deepest so far */
};
void collapse_report_sweep_begin(struct collapse_sweep *s);
void collapse_report_sweep_depth(struct collapse_sweep *s, size_t depth,
                                 const struct collapse_depth_stat *st);
/* The sweep_* keys. */
void collapse_report_sweep_end(const struct collapse_sweep *s);

/* One trained network of N4, with its accuracy and loss per epoch. */
struct collapse_trained {
    struct mlp *m;
    double *acc, *loss;
    long ran; /* epochs run: fewer if the loss overflowed */
};

/* N4: the deep linear network against the single layer, trained on the
 * same n points for `epochs` epochs at learning rate lr. */
struct collapse_comparison {
    size_t n, depth, width; /* points; the deep network's layers, width */
    long epochs;
    double lr;
    struct collapse_trained deep, single;
    struct dense fold;   /* the deep network folded into one layer */
    double box;          /* the drawing box is [-box, box]^2 */
    int lines;           /* lines across it searched for the boundary */
    const double *pts;   /* np points of the deep network's boundary */
    size_t np;
    double dev, off;     /* their farthest distance from the line through
                          * the outermost two, and from the fold's line */
    struct collapse_logits logits; /* the single layer's outputs */
};
/* Whether t's loss overflowed, so that training stopped early. */
int collapse_report_diverged(const struct collapse_trained *t);

/* training.tsv (the epochs both networks ran); if either diverged, says
 * which and nothing more; else the accuracies and losses, both lines
 * (deep_line.tsv, single_line.tsv), the boundary points (boundary.tsv),
 * the logits, and the train_*, deep_*, single_*, acc_*, loss_*,
 * boundary_*, logit_*, prob_* and share_ones keys. */
void collapse_report_comparison(const struct collapse_comparison *c);

/* N8: magnitudes.tsv and the mag_* keys of the four stacks. */
void collapse_report_stacks(const struct collapse_stacks *st, size_t width,
                            size_t depth, double gain, size_t rows);

#endif
