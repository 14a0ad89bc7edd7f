/*
 * fpreport.h - what chapter 11's program says about claims F1 and F4:
 * the summary lines, the threshold table and the keys of values.tsv.
 * The measurements are in fpforms.c and fpmeasure.c; every function
 * here only says what they returned.
 */
#ifndef FPREPORT_H
#define FPREPORT_H

#include "fpmeasure.h"

/* F1: where each textbook form breaks, found by bisection in float and
 * double (fpforms_threshold_edge), beside its derivation on paper:
 * thresholds.tsv, the table on stdout and the keys t_<form>_<f|d>,
 * true_<form>_f, cause_<cause>_<derived|found>_<f|d>, f1_failures,
 * f1_causes, f1_causes_rounding, f1_causes_overflow. */
void fpreport_thresholds(void);

/* F4: 1 - y^2 from y in three forms (r), with `samples` doubles near 1:
 * its lines and the oms_* keys. */
void fpreport_one_minus_square(const struct fpmeasure_oms *r, int samples);

#endif
