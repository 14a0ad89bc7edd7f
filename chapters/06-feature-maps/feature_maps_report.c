/*
 * feature_maps_report.c - chapter 6's summary, tables and keys; see
 * feature_maps_report.h.
 */
#include "feature_maps_report.h"

#include "cli.h"
#include "out.h"
#include "plane.h"

#include <stdio.h>
#include <stdlib.h>

void feature_maps_report_failed(const char *name,
                                const struct feature_maps_fit *f)
{
    if (f->failed > 0) {
        fprintf(stderr, "%s: the %s samples do not determine a degree-%d "
                "fit (too few distinct x)\n", cli_program_name(), name,
                f->failed);
    } else {
        fprintf(stderr, "%s: normal equations failed\n",
                cli_program_name());
    }
    exit(1);
}

void feature_maps_report_fit(const char *name, const double *truth,
                             int degree, const double *x, const double *y,
                             size_t m, const struct feature_maps_fit *f,
                             struct tsv *recovery, double xmax, int points)
{
    printf("    %s model, %zu samples:\n", name, m);
    for (int k = 1; k <= FEATURE_MAPS_DEGREE; k++) {
        printf("      features 1..x^%d: largest |residual| %.3g\n", k,
               f->worst[k]);
        out_value(OUT_KEY("%s_resid_%d", name, k), "%.2g", f->worst[k]);
    }
    for (int j = 0; j <= degree; j++) {
        char coef[16];
        snprintf(coef, sizeof coef, "$\\theta_%d$", j);
        tsv_str(recovery, name);
        tsv_str(recovery, coef);
        tsv_num(recovery, truth[j]);
        tsv_num(recovery, f->theta[degree][j]);
        tsv_num(recovery, f->err_qr[j]);
        tsv_num(recovery, f->err_normal[j]);
        tsv_end(recovery);
    }
    printf("      coefficients with the full map: largest error %.2g "
           "(QR),\n        %.2g (normal equations)\n", f->worst_qr,
           f->worst_normal);
    if (degree < FEATURE_MAPS_DEGREE) {
        /* More features than the model has: the extra coefficients
         * should come out 0. */
        double extra = f->theta[FEATURE_MAPS_DEGREE][FEATURE_MAPS_DEGREE];
        printf("      with features up to x^%d: theta_%d = %.2g\n",
               FEATURE_MAPS_DEGREE, FEATURE_MAPS_DEGREE, extra);
        out_value(OUT_KEY("%s_extra", name), "%.2g", extra);
    }
    out_value(OUT_KEY("%s_err_qr", name), "%.2g", f->worst_qr);
    out_value(OUT_KEY("%s_err_normal", name), "%.2g", f->worst_normal);

    char file[64];
    snprintf(file, sizeof file, "samples_%s.tsv", name);
    struct tsv *t = tsv_open(file, "x y resid_1 resid_2 resid_3");
    for (size_t i = 0; i < m; i++)
        TSV_ROW(t, x[i], y[i], f->resid[1][i], f->resid[2][i],
                f->resid[3][i]);
    snprintf(file, sizeof file, "curves_%s.tsv", name);
    t = tsv_open(file, "x truth fit_1 fit_2 fit_3");
    for (int i = 0; i < points; i++) {
        double u = -xmax + 2 * xmax * i / (points - 1);
        TSV_ROW(t, u, feature_maps_poly_eval(truth, degree, u),
                feature_maps_poly_eval(f->theta[1], 1, u),
                feature_maps_poly_eval(f->theta[2], 2, u),
                feature_maps_poly_eval(f->theta[3], 3, u));
    }
}

void feature_maps_report_separable(size_t n,
                                   const struct feature_maps_progress *p,
                                   double w1, double w2, double b,
                                   long epochs, double lr)
{
    printf("\n    the article set (%zu points) after the map "
           "(x1^2, x2^2),\n    a linear classifier:\n", n);
    if (p->first_full >= 0) {
        printf("      100 %% training accuracy from epoch %ld (rate %g)\n",
               p->first_full, lr);
        out_value("sq_full", "%ld", p->first_full);
    } else {
        printf("      best accuracy %.1f %% in %ld epochs (rate %g)\n",
               100 * p->best, epochs, lr);
        out_value("sq_full", "never");
    }
    out_value("sq_best", "%.1f", 100 * p->best);
    printf("      boundary %.4g u1 %+.4g u2 %+.4g = 0\n", w1, w2, b);
    out_value("w1", "%.3g", w1);
    out_value("w2", "%.3g", w2);
    out_value("b", "%.3g", b);

    double a1, a2;
    if (feature_maps_ellipse(w1, w2, b, &a1, &a2)) {
        printf("      in the input plane: the ellipse\n"
               "      (x1/%.4g)^2 + (x2/%.4g)^2 = 1, a closed curve\n",
               a1, a2);
        out_value("axis1", "%.3f", a1);
        out_value("axis2", "%.3f", a2);
    } else {
        printf("      in the input plane: not an ellipse (an open "
               "curve)\n");
        out_value("axis1", "none");
        out_value("axis2", "none");
    }
    feature_maps_write_boundary(w1, w2, b);
}

void feature_maps_write_mapped(const struct dataset *d, const double *u)
{
    plane_points_write(tsv_open("data.tsv", "x1 x2 label"), d);
    struct tsv *t = tsv_open("mapped.tsv", "u1 u2 label");
    for (size_t i = 0; i < d->n; i++)
        TSV_ROW(t, u[2 * i], u[2 * i + 1], d->y[i]);
}

const char *const feature_maps_methods[4] = {
    "raw", "squares", "quadratic", "hidden"
};

void feature_maps_report_contrast(const char *const names[2],
                                  double acc[2][4])
{
    struct tsv *t = tsv_open("contrast.tsv",
                             "set raw squares quadratic hidden");
    printf("\n    training accuracy (%%) by features:\n"
           "      set       x1,x2   x1^2,x2^2   x1^2,x2^2,x1x2   hidden\n");
    for (int s = 0; s < 2; s++) {
        printf("      %-8s  %5.1f   %5.1f       %5.1f            %5.1f\n",
               names[s], 100 * acc[s][0], 100 * acc[s][1], 100 * acc[s][2],
               100 * acc[s][3]);
        tsv_str(t, names[s]);
        for (int k = 0; k < 4; k++) {
            tsv_num(t, 100 * acc[s][k]);
            out_value(OUT_KEY("%s_%s", names[s], feature_maps_methods[k]),
                      "%.1f", 100 * acc[s][k]);
        }
        tsv_end(t);
    }
}
