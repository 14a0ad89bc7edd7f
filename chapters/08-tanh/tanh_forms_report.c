/*
 * tanh_forms_report.c - chapter 8's summary of claims T1 to T3; see
 * tanh_forms_report.h.
 */
#include "tanh_forms_report.h"

#include "act.h"
#include "out.h"
#include "ref.h"

#include <float.h>
#include <math.h>
#include <stdio.h>

void tanh_forms_report_function(double zmax, long points, long odd_fail)
{
    double one = tanh_forms_edge(TANH_FORMS_ONE);
    double onef = tanh_forms_edge(TANH_FORMS_ONE_F);
    printf("T1  tanh(%g) = %.17g, tanh(0) = %g, tanh(-0) = %g\n"
           "    tanh(-z) = -tanh(z) bit for bit at %ld of %ld points\n"
           "    tanh(z) rounds to exactly 1 from z = %.17g (double),\n"
           "    from z = %.9g (float)\n", zmax, act_tanh(zmax), act_tanh(0.0),
           act_tanh(-0.0), points - odd_fail, points, one, (float)onef);
    out_value("zmax", "%g", zmax);
    out_value("points", "%ld", points);
    out_value("odd_fail", "%ld", odd_fail);
    out_value("one_from", "%.4g", one);
    out_value("one_from_float", "%.3g", (float)onef);
    /* 1 - tanh z ~ 2 e^-2z: a form from y loses a decimal digit per
     * ln(10)/2 units of |z| (Fig. 8.2). */
    out_value("digit_units", "%.2f", log(10) / 2);
}

void tanh_forms_report_means(const struct tanh_forms_means *m, long n)
{
    printf("    %ld samples u ~ N(0, 1): mean tanh(u) = %.2g,\n"
           "    standard error %.2g; mean s(u) = %.4f\n", n, m->tanh,
           m->tanh_se, m->sigmoid);
    out_value("mean_samples", "%ld", n);
    out_value("mean_tanh", "%.2g", m->tanh);
    out_value("mean_se", "%.2g", m->tanh_se);
    out_value("mean_sigmoid", "%.4f", m->sigmoid);
}

void tanh_forms_report_cubic(const struct tanh_forms_cubic *c, double lo,
                             double hi, double tol, double lin)
{
    printf("    z - tanh z <= z^3/3 in double, at %ld points from %g to "
           "%g:\n    exceeded at %ld, all with z <= %.2g, by at most %.2f "
           "ulp of z;\n    tanh z > z at %ld, all with z <= %.2g\n"
           "    tanh z is within %g %% of z for |z| < %.4f\n", c->points,
           lo, hi, c->over, c->over_below, c->over_ulps, c->above,
           c->above_below, 100 * tol, lin);
    out_value("dense_points", "%ld", c->points);
    out_value("dense_lo", "%g", lo);
    out_value("over_count", "%ld", c->over);
    out_value("over_below", "%.2g", c->over_below);
    out_value("over_ulps", "%.2f", c->over_ulps);
    out_value("above_count", "%ld", c->above);
    out_value("above_below", "%.2g", c->above_below);
    out_value("linear_pct", "%g", 100 * tol);
    out_value("linear_to", "%.3f", lin);
}

void tanh_forms_report_overflow(void)
{
    double qz = tanh_forms_edge(TANH_FORMS_QUOTIENT_ZERO);
    double qzf = tanh_forms_edge(TANH_FORMS_QUOTIENT_ZERO_F);
    double pn = tanh_forms_edge(TANH_FORMS_PRINTED_NAN);
    double pnf = tanh_forms_edge(TANH_FORMS_PRINTED_NAN_F);
    double true_qz = (double)ref_tanh_prime(qz);
    printf("    4/(e^z+e^-z)^2 is 0 from z = %.5g (float: %.4g), where\n"
           "    tanh' = %.3g; the smallest normal double is %.3g\n"
           "    (e^z-e^-z)/(e^z+e^-z) is NaN from z = %.5g (float: %.4g)\n",
           qz, (float)qzf, true_qz, DBL_MIN, pn, (float)pnf);
    out_value("quotient_zero_from", "%.4g", qz);
    out_value("quotient_zero_from_float", "%.3g", (float)qzf);
    out_value("quotient_zero_true", "%.2g", true_qz);
    out_value("dbl_min", "%.2g", DBL_MIN);
    out_value("printed_nan_from", "%.4g", pn);
    out_value("printed_nan_from_float", "%.3g", (float)pnf);
}

void tanh_forms_report_table(const double *z, size_t n)
{
    struct tsv *t = tsv_open("prime_table.tsv",
                             "z tanh_prime sigmoid_prime ratio");
    printf("T3  z       tanh'(z)      s'(z)         tanh'(z) / s'(z)\n");
    for (size_t i = 0; i < n; i++) {
        double d = act_tanh_prime(z[i]);
        double s = act_sigmoid_prime(z[i]);
        printf("    %-6g  %-12.4g  %-12.4g  %.3g\n", z[i], d, s, d / s);
        TSV_ROW(t, z[i], d, s, d / s);
        out_value(OUT_KEY("prime_%g", z[i]), "%.3g", d);
    }
    double cross = tanh_forms_crossover();
    printf("    tanh'(z) < s'(z) from |z| = %.4f on\n", cross);
    out_value("crossover", "%.3f", cross);
}
