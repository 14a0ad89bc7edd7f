/*
 * sigmoid_forms_report.c - chapter 7's summary of claims S1 to S3; see
 * sigmoid_forms_report.h.
 */
#include "sigmoid_forms_report.h"

#include "act.h"
#include "out.h"
#include "sigmoid_forms.h"

#include <math.h>
#include <stdio.h>

void sigmoid_forms_report_function(double zmax, long points, double gap)
{
    double one = sigmoid_forms_one_from();
    double true_one = sigmoid_forms_true_one_from();
    printf("S1  s(%g) = %.3g, s(0) = %g, s(%g) = %.17g\n"
           "    s(-z) = 1 - s(z): largest gap %.2g on %ld points\n", -zmax,
           act_sigmoid(-zmax), act_sigmoid(0), zmax, act_sigmoid(zmax), gap,
           points);
    printf("    1 / (1 + e^-z) is exactly 1 from z = %.17g = %.4f ln 2;\n"
           "    the true s(z) rounds to 1 from z = %.17g = %.4f ln 2\n",
           one, one / log(2), true_one, true_one / log(2));
    out_value("one_from", "%.4g", one);
    out_value("true_one_from", "%.4g", true_one);
    out_value("s_at_minus_zmax", "%.3g", act_sigmoid(-zmax));
    out_value("zmax", "%g", zmax);
    out_value("symmetry_gap", "%.2g", gap);
    out_value("points", "%ld", points);
    /* 1 - s(z) ~ e^-z: the output form loses a decimal digit per ln 10
     * units of z (Fig. 7.2). */
    out_value("digit_units", "%.2f", log(10));
}

void sigmoid_forms_report_left(const struct sweep_worst *left, long n,
                               long n_dense, double eps, int in_double)
{
    /* Whether a result is s' rounded to double says nothing of a float. */
    double missed = 100.0 * (double)left->missed / (double)n;
    printf("    s(1 - s) for z <= 0: at most %.2g", left->err);
    if (in_double) {
        printf(",\n    and not s' rounded at %.0f %% of the points", missed);
    }
    putchar('\n');
    out_value("dense_grid_points", "%ld", n_dense);
    /* Every z: exp within 1 ulp (2u), the sum and the quotient u each,
     * all carried into y - y^2 at most once, and fma's rounding u. */
    out_value("prime_bound", "%.2g", 5 * eps);
    out_value("output_left", "%.2g", left->err);
    out_value("output_left_missed", "%.0f", missed);
    /* Where s rounds to 1, s(1 - s) is 0: the same boundary as S1's. */
    out_value("output_zero_from", "%.4g", sigmoid_forms_one_from());
}

void sigmoid_forms_report_table(const double *z, size_t n)
{
    struct tsv *t = tsv_open("prime_table.tsv",
                             "z sigmoid_prime fraction_of_max");
    printf("S3  z       s'(z)         s'(z) / s'(0)\n");
    for (size_t i = 0; i < n; i++) {
        double d = act_sigmoid_prime(z[i]);
        double frac = d / act_sigmoid_prime(0);
        printf("    %-6g  %-12.4g  %.3g\n", z[i], d, frac);
        TSV_ROW(t, z[i], d, frac);
        out_value(OUT_KEY("prime_%g", z[i]), "%.3g", d);
    }
}
