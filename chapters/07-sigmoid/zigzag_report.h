/*
 * zigzag_report.h - what chapter 7's program says about claim S4: the
 * summary lines, the files and the keys of values.tsv. The descents
 * themselves are in zigzag.c; every function here only says what they
 * returned.
 */
#ifndef ZIGZAG_REPORT_H
#define ZIGZAG_REPORT_H

#include "zigzag.h"

#include <stdint.h>

/* The two kinds of input by enum zigzag_inputs, as the keys name them. */
extern const char *const zigzag_report_names[2];

/* The loss grid and descent path tables of `inputs`: loss_NAME.tsv and
 * path_NAME.tsv (NULL without --out). */
struct tsv *zigzag_report_loss_table(enum zigzag_inputs inputs);
struct tsv *zigzag_report_path_table(enum zigzag_inputs inputs);

/* One descent at rate lr across a valley of condition number cond: its
 * lines and the keys zz_cond_<name>, zz_steps_<name>, zz_same_<name>. */
void zigzag_report_descent(enum zigzag_inputs inputs, double cond,
                           double lr, const struct zigzag_result *r);

/* After both descents: target.tsv and the keys zz_ratio, zz_lr. */
void zigzag_report_pair(const long steps[2], double lr);

/* The rate grid of n rows over n_seeds seeds from first_seed: each
 * input's best rate, its lines and the keys zz_best_lr_<name>,
 * zz_best_median_<name>, zz_best_least_<name>, zz_best_most_<name>,
 * zz_other_at_best_<name>, zz_seeds and zz_best_ratio. */
void zigzag_report_rates(const struct zigzag_rate *rows, int n,
                         uint64_t first_seed, int n_seeds);

#endif
