/*
 * perceptron_report.c - chapter 2's summary lines and tables; see
 * perceptron_report.h.
 */
#include "perceptron_report.h"

#include "out.h"

#include <math.h>
#include <stdio.h>

void perceptron_report_certificate(const struct dataset *d,
                                   const struct perceptron_cert *c)
{
    struct tsv *t = tsv_open("certificate.tsv", "class index x1 x2 lambda");
    struct tsv *h = tsv_open("cert_hull.tsv", "x1 x2");
    printf("    certificate: the point q = (%.6f, %.6f) is\n", c->q[0],
           c->q[1]);
    for (int cls = 1; cls >= 0; cls--) {
        for (size_t k = 0; k < c->n[cls]; k++) {
            const double *p = d->x + 2 * c->idx[cls][k];
            printf("      %-22s %s %.6f x (%7.4f, %7.4f)\n",
                   k ? "" : cls ? "of class 1 (triangles)"
                                : "of class 0 (circles)",
                   k ? "+" : " ", c->lambda[cls][k], p[0], p[1]);
            tsv_int(t, cls);
            tsv_int(t, (long long)c->idx[cls][k]);
            tsv_num(t, p[0]);
            tsv_num(t, p[1]);
            tsv_num(t, c->lambda[cls][k]);
            tsv_end(t);
        }
        /* A closed path through the class's points: a triangle, a
         * segment, or a single point. */
        for (size_t k = 0; k <= c->n[cls]; k++) {
            const double *p = d->x + 2 * c->idx[cls][k % c->n[cls]];
            TSV_ROW(h, p[0], p[1]);
        }
        tsv_blank(h);
    }
    printf("    every weight >= %.3f and each class's weights sum to 1: "
           "the hulls meet,\n    so no line separates the classes\n",
           c->margin);
    struct tsv *q = tsv_open("cert_point.tsv", "x1 x2");
    TSV_ROW(q, c->q[0], c->q[1]);
}

struct perceptron_report_epochs
perceptron_report_training(const double *acc, const double *pocket,
                           long epochs, double best,
                           const struct perceptron_run *run)
{
    struct tsv *t = tsv_open("accuracy.tsv",
                             "epoch accuracy pocket best_line");
    struct perceptron_report_epochs s = { 1, 0, 0 };
    for (long e = 0; e < epochs; e++) {
        TSV_ROW(t, (double)(e + 1), 100 * acc[e], 100 * pocket[e],
                100 * best);
        s.lo = fmin(s.lo, acc[e]);
        s.hi = fmax(s.hi, acc[e]);
        s.mean += acc[e] / (double)epochs;
    }
    printf("\nN2  perceptron rule, %ld epochs, %ld updates: accuracy at "
           "the end of an epoch\n    between %.1f %% and %.1f %% (mean "
           "%.1f %%); epochs that reached 100 %%: %ld\n", epochs,
           run->updates, 100 * s.lo, 100 * s.hi, 100 * s.mean,
           run->perfect_epochs);
    printf("    the pocket kept w = (%.4g, %.4g), b = %.4g from epoch %ld: "
           "%.1f %%\n", run->pocket.w[0], run->pocket.w[1], run->pocket.b,
           run->pocket_epoch, 100 * run->pocket_acc);
    printf("    after the last epoch: w = (%.4g, %.4g), b = %.4g, %.1f %%\n",
           run->last.w[0], run->last.w[1], run->last.b,
           100 * acc[epochs - 1]);
    return s;
}
