/*
 * perceptron_report.h - what chapter 2's program says about its results:
 * the summary lines on stdout and the tables of --out. The proofs and the
 * training are in perceptron.c; every function here only prints and
 * writes what they returned.
 */
#ifndef PERCEPTRON_REPORT_H
#define PERCEPTRON_REPORT_H

#include "data2d.h"
#include "perceptron.h"

/* The certificate c of d as the identity it is, class by class, and its
 * points and polygons in certificate.tsv, cert_hull.tsv and
 * cert_point.tsv. */
void perceptron_report_certificate(const struct dataset *d,
                                   const struct perceptron_cert *c);

/* The accuracy over the epochs of a run. */
struct perceptron_report_epochs {
    double lo, hi, mean; /* lowest, highest, mean accuracy (0..1) */
};

/* N2: the run's lines (the range of the accuracy at the end of each of
 * the `epochs` epochs acc[], the pocket, the last weights), and
 * accuracy.tsv with the pocket's accuracy pocket[] and the best line's,
 * best. Returns the range. */
struct perceptron_report_epochs
perceptron_report_training(const double *acc, const double *pocket,
                           long epochs, double best,
                           const struct perceptron_run *run);

#endif
