/*
 * step_units_report.h - what chapter 4's program draws and says: the
 * tables of --out that the figures read, the summary lines on stdout and
 * the keys of values.tsv. The networks and their geometry are in
 * step_units.c; every function here only writes and prints.
 */
#ifndef STEP_UNITS_REPORT_H
#define STEP_UNITS_REPORT_H

#include "fit.h"
#include "mlp.h"
#include "out.h"

#include <stddef.h>
#include <stdint.h>

/* lines.tsv: the lines w . x + b = 0 of m's hidden units, each a segment
 * of half-length `half` about its point nearest the origin. */
void step_units_write_lines(const struct mlp *m, double half);

/* The closed outline of the polygon with the n vertices v (n x 2), its
 * first vertex repeated at the end, into t. */
void step_units_write_outline(struct tsv *t, const double *v, size_t n);

/* region.tsv: on a grid x grid map of [-window, window]^2, how many of
 * m's hidden units say 1 and the network's output. */
void step_units_write_region(struct mlp *m, double window, long grid);

/* ngon_K.tsv and ngon_labels.tsv: the regions of the n-gon networks
 * n = show[K] around the unit circle (K < count), each labelled at
 * (0, label_y); circle.tsv: the unit circle. */
void step_units_write_ngons(const size_t *show, size_t count,
                            double label_y);

/* N5's triangle: its accuracy acc on n points of the data of seed
 * `seed`, the margins (inside for class 1, beyond for class 0) and the
 * region's vertices v (3 x 2); lines and keys. */
void step_units_report_triangle(size_t n, uint64_t seed, double acc,
                                const double margin[2], const double *v);

/* N5's areas: area[s] of the region with sides[s] sides (s < count), the
 * power law f fitted to area - pi from n >= fit_from; area.tsv, the
 * table (one row per doubling, and the last), the fit's lines and keys. */
void step_units_report_area(const size_t *sides, const double *area,
                            size_t count, struct fit_line f, int fit_from);

#endif
