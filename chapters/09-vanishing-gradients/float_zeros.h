/*
 * float_zeros.h - the chapter's last experiment: where the output forms
 * of the derivative, y (1 - y) and 1 - y^2, become exactly 0 because
 * g(z) rounds to 1, and where the forms in z (the library's) do.
 */
#ifndef FLOAT_ZEROS_H
#define FLOAT_ZEROS_H

/* Prints, writes float_sat.tsv, records the values. */
void float_zeros_show(void);

#endif
