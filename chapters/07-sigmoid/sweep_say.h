/*
 * sweep_say.h - chapter 7's words for what a sweep found (src/sweep.h),
 * said again by chapter 8.
 *
 * Chapters 7 and 8 put the same two questions to the sigmoid and to tanh:
 * where each form of the derivative is worst, and which difference step
 * is best. They answer in the same words, so chapter 8 links this module
 * of chapter 7 (chapters/08-tanh/chapter.mk) instead of repeating it.
 * src/sweep.c returns the results; the chapters say them.
 */
#ifndef SWEEP_SAY_H
#define SWEEP_SAY_H

#include "sweep.h"

/*
 * A line per form on stdout, "column  err at z = ..." for the k worst
 * cases of a grid, and of a dense grid unless dense is NULL; and the keys
 * "%s" and "%s_at" (the grid's error and where) and "%s_dense" and
 * "%s_dense_at" (the dense grid's) for each form's column.
 */
void sweep_say_worst(const struct sweep_form *forms, int k,
                     const struct sweep_worst *grid,
                     const struct sweep_worst *dense);

/* Two lines on the difference steps at z0, and the keys z0, best_h,
 * best_err, diff_slope and h_theory. */
void sweep_say_steps(double z0, const struct sweep_steps *r);

#endif
