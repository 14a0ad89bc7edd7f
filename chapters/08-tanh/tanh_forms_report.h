/*
 * tanh_forms_report.h - what chapter 8's program says about claims T1 to
 * T3: the summary lines, some tables and the keys of values.tsv. The
 * measurements are in tanh_forms.c and src/sweep.c; every function here
 * only says what they returned.
 */
#ifndef TANH_FORMS_REPORT_H
#define TANH_FORMS_REPORT_H

#include "tanh_forms.h"

#include <stddef.h>

/* T1 on the figure's `points` points of [-zmax, zmax], at odd_fail of
 * which tanh(-z) = -tanh(z) failed bit for bit; and where tanh rounds
 * to 1: the keys zmax, points, odd_fail, one_from, one_from_float. */
void tanh_forms_report_function(double zmax, long points, long odd_fail);

/* T1's mean outputs over n samples: the keys mean_samples, mean_tanh,
 * mean_se, mean_sigmoid. */
void tanh_forms_report_means(const struct tanh_forms_means *m, long n);

/* T1's bound z - tanh z <= z^3/3 on the dense scan c from lo to hi, and
 * tanh z within the fraction tol of z for |z| < lin: the keys
 * dense_points, dense_lo, over_count, over_below, over_ulps,
 * above_count, above_below, linear_pct, linear_to. */
void tanh_forms_report_cubic(const struct tanh_forms_cubic *c, double lo,
                             double hi, double tol, double lin);

/* T2: where the printed forms overflow, in both precisions: the keys
 * quotient_zero_from, quotient_zero_from_float, quotient_zero_true,
 * dbl_min, printed_nan_from, printed_nan_from_float. */
void tanh_forms_report_overflow(void);

/* T3: tanh'(z) and s'(z) at the n points z: lines, prime_table.tsv, the
 * keys prime_<z>; and where tanh' falls below s' (crossover). */
void tanh_forms_report_table(const double *z, size_t n);

#endif
