/*
 * feature_maps_report.h - what chapter 6's program says about its fits
 * and its classifier: the summary on stdout, the tables of --out and
 * the keys of values.tsv. The computing is in feature_maps.c and lsq.c;
 * every function here only prints and records what they returned.
 */
#ifndef FEATURE_MAPS_REPORT_H
#define FEATURE_MAPS_REPORT_H

#include "feature_maps.h"

#include <stddef.h>

struct tsv;

/* N7, one model `name` of `degree` with coefficients truth, fitted to
 * the m samples (x, y) as f: the residuals by degree, the coefficients'
 * errors (rows of `recovery`), samples_NAME.tsv with the residuals and
 * curves_NAME.tsv with the fits over [-xmax, xmax] at `points` points;
 * the keys <model>_resid_<degree>, <model>_extra, <model>_err_qr and
 * <model>_err_normal. */
void feature_maps_report_fit(const char *name, const double *truth,
                             int degree, const double *x, const double *y,
                             size_t m, const struct feature_maps_fit *f,
                             struct tsv *recovery, double xmax, int points);

/* Why the fit f of the samples of model `name` failed (f->failed: a
 * degree whose samples have too few distinct x, or -1, the normal
 * equations), on stderr; exits 1. */
void feature_maps_report_failed(const char *name,
                                const struct feature_maps_fit *f);

/* N7, the linear classifier on the squares of the n points: how soon it
 * separated them (p, in `epochs` epochs at rate lr), its boundary
 * w1 u1 + w2 u2 + b = 0 and that boundary in the input plane (the lines,
 * mapped_line.tsv and ellipse.tsv); the keys sq_full, sq_best, w1, w2,
 * b, axis1, axis2. */
void feature_maps_report_separable(size_t n,
                                   const struct feature_maps_progress *p,
                                   double w1, double w2, double b,
                                   long epochs, double lr);

/* data.tsv: the set d; mapped.tsv: its points as u (d->n x 2), the
 * squares, with their labels. */
void feature_maps_write_mapped(const struct dataset *d, const double *u);

/* N7, the contrast: the training accuracy acc[s][k] (0..1) on the set
 * names[s] (s < 2) of the method methods[k] (k < 4: raw, squares,
 * quadratic, hidden), as a table, contrast.tsv and the keys
 * <set>_<method>. */
extern const char *const feature_maps_methods[4];
void feature_maps_report_contrast(const char *const names[2],
                                  double acc[2][4]);

#endif
