/*
 * sigmoid_report.h - what chapter 5's program says about its runs: the
 * summary lines on stdout, the seed table of --out and the keys of
 * values.tsv. The training is in sigmoid_net.c, the maps and curves in
 * sigmoid_views.c; every function here only prints and records what
 * they returned.
 */
#ifndef SIGMOID_REPORT_H
#define SIGMOID_REPORT_H

#include "sigmoid_net.h"
#include "sigmoid_views.h"

#include <stddef.h>
#include <stdint.h>

/* N6's runs: net[k] (named names[k]) trained on d for `epochs` at lr,
 * its curves in log[k] (arrays allocated here; free loss and accuracy).
 * A run that diverges says so on stderr and its curve ends there (nan).
 * Then curves.tsv, and run 0's snapshots on a grid x grid map
 * (sigmoid_views_snaps_write). */
void sigmoid_report_train(struct mlp **net, const char *const *names,
                          int runs, const struct dataset *d, double lr,
                          long epochs, long grid,
                          struct sigmoid_net_log *log);

/* What the runs were: the header lines, and the keys hidden, wide, lr,
 * epochs, points and seed (recorded after those of the runs). */
struct sigmoid_report_setup {
    size_t points;
    uint64_t seed;
    long hidden, wide, epochs;
    double lr;
};

/* N6: one line per run k (named names[k], hidden[k] hidden units, its
 * log over `epochs` epochs): the loss at the start and the end, the
 * accuracy at the end and the best, the first epoch at 100 %; and the
 * keys <run>_loss0, <run>_loss, <run>_acc, <run>_best, <run>_full. */
void sigmoid_report_runs(const char *const *names, const size_t *hidden,
                         const struct sigmoid_net_log *log, int runs,
                         long epochs);

/* The header, sigmoid_report_runs() and the setup's keys. */
void sigmoid_report_summary(const struct sigmoid_report_setup *s,
                            const char *const *names, const size_t *hidden,
                            const struct sigmoid_net_log *log, int runs);

/* N9: how the gradient reached the hidden layer, and how far training
 * moved it (layer 0: hidden, 1: output), by run. */
struct sigmoid_report_moves {
    double sig_grad, step_grad;  /* largest |dL/dp|, hidden p, at start */
    double sig_hidden, step_hidden, lin_hidden; /* largest change, hidden */
    double step_out;             /* largest change, the step's output */
};
/* The lines and the *_grad and *_moved keys. */
void sigmoid_report_moves(const struct sigmoid_report_moves *m);

/* N9: the linear network (its loss and accuracy at the end) against
 * one layer trained alike (logistic regression); keys line_loss,
 * line_acc, linear_loss4. */
void sigmoid_report_line(long hidden, double lin_loss, double lin_acc,
                         double loss, double acc);

/* N9: the loss along one hidden bias (sigmoid_views_write_slice): the
 * share of flat neighbours, key slice_flat. */
void sigmoid_report_slice(double flat, double spacing);

/* N6 over seeds: e[2 (s - 1) + j] is the first epoch at 100 % (or -1,
 * never) of seed s = 1..seeds with hs[j] hidden units, j = 0, 1, at
 * learning rate lr. seeds.tsv, the table, and the keys seeds, h3_* and
 * wide_* (min, max, never) of the two columns. */
void sigmoid_report_seeds(const size_t hs[2], long seeds, const long *e,
                          double lr);

#endif
