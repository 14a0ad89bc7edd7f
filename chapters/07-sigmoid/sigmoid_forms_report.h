/*
 * sigmoid_forms_report.h - what chapter 7's program says about claims S1
 * to S3: the summary lines and the keys of values.tsv. The measurements
 * are in sigmoid_forms.c and src/sweep.c; every function here only says
 * what they returned.
 */
#ifndef SIGMOID_FORMS_REPORT_H
#define SIGMOID_FORMS_REPORT_H

#include "sweep.h"

#include <stddef.h>

/* S1 on the figure's `points` points in [-zmax, zmax], where s(-z) and
 * 1 - s(z) differed by at most gap; and where s reaches 1: the keys
 * one_from, true_one_from, s_at_minus_zmax, zmax, symmetry_gap, points. */
void sigmoid_forms_report_function(double zmax, long points, double gap);

/* S2's output form s(1 - s) on the n dense points z <= 0 (left), in a
 * precision of unit roundoff eps; whether it is s' rounded is said only
 * in double. The keys dense_grid_points (n_dense, the whole dense grid),
 * prime_bound, output_left, output_left_missed, output_zero_from. */
void sigmoid_forms_report_left(const struct sweep_worst *left, long n,
                               long n_dense, double eps, int in_double);

/* S3: s'(z) at the n points z, and s'(z) / s'(0): lines, prime_table.tsv
 * and the keys prime_<z>. */
void sigmoid_forms_report_table(const double *z, size_t n);

#endif
