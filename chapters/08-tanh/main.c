/*
 * 08-tanh - the hyperbolic tangent, its derivative, and its saturation.
 *
 * Reproduces claims T1-T3 of the claims ledger:
 *   T1  tanh maps every z into (-1, 1), is odd (bit for bit), has mean
 *       output 0 on symmetric inputs, and is nearly linear near 0:
 *       |tanh z - z| <= |z|^3 / 3;
 *   T2  tanh'(z) = 4 / (e^z + e^-z)^2 = 1 - tanh(z)^2: the printed forms,
 *       the output form and the library's against a long double
 *       reference and a central difference; and tanh(z) = 2 s(2z) - 1;
 *   T3  tanh'(0) = 1, four times the sigmoid's peak, but tanh' vanishes
 *       for large |z| (tanh'(10) < 1e-8).
 *
 * Run it:   build/bin/08-tanh
 *           build/bin/08-tanh --zmax 400 --precision float
 *           build/bin/08-tanh --help
 * It prints a summary; with --out DIR it writes the tables listed in
 * OUTPUTS below, which plots/08-tanh/ draws.
 */
#include "act.h"
#include "cli.h"
#include "out.h"
#include "progress.h"
#include "ref.h"
#include "sweep.h"
#include "tanh_forms.h"

#include <float.h>
#include <math.h>
#include <stdio.h>

static const char OUTPUTS[] =
    "  function.tsv      z, tanh, tanh_prime, sigmoid_prime\n"
    "  linear.tsv        z (log-spaced, 1e-8 to 10), gap = z - tanh z,\n"
    "                    bound = z^3/3, ratio (long double), computed_ratio\n"
    "  prime_error.tsv   z and the relative error of tanh'(z) computed as\n"
    "                    quotient 4/(e^z+e^-z)^2, square 1-tanh^2, output\n"
    "                    fma(-y,y,1), library, central (step --h)\n"
    "  tanh_error.tsv    z (log-spaced, 1e-8 to zmax), the relative error\n"
    "                    of tanh(z) as libm, identity 2s(2z)-1, printed\n"
    "  diff_steps.tsv    h, the error of the differences at --z0, model\n"
    "  prime_table.tsv   z = 0 ... 20, tanh_prime, sigmoid_prime, ratio\n"
    "  values.tsv        key, value: the numbers the text quotes: prime_<z>\n"
    "                    (the table's tanh'), FORM and FORM_at (each FORM's\n"
    "                    largest error, where), FORM_dense, FORM_dense_at\n";

/* The z of the table in the article's discussion of vanishing gradients,
 * the same as chapter 7's, so the two tables compare row by row. */
static const double TABLE_Z[] = { 0, 2, 5, 10, 20 };
#define TABLE_LEN (sizeof TABLE_Z / sizeof TABLE_Z[0])

/* The log-spaced grids start at z = 1e-8, where z^3/3 is below an ulp of
 * z (tanh z is z, and forms built from a difference lose the most); the
 * near-linear one ends at 10, where tanh is flat. 40 points a decade. */
#define SMALL_Z 1e-8
#define LINEAR_HI 10.0
#define LOG_POINTS 401

/* The dense scan that checks |tanh z - z| <= z^3/3 in double: z from
 * 1e-12 (z^3/3 far below an ulp of z) up, 0.1 % apart, 30000 points. */
#define DENSE_LO 1e-12
#define DENSE_FACTOR 1.001

/* The dense grid for the largest errors of tanh', where the figure's 801
 * points miss the worst roundings: 2e-5 apart at zmax = 40, in 0.4 s. */
#define DENSE_POINTS 4000000

/* "Nearly linear": tanh z within 1 % of z. */
#define LINEAR_TOL 0.01

/* Samples of u ~ N(0, 1) for the mean outputs: the standard error of
 * mean tanh(u) is then 6e-4, small against the sigmoid's 1/2. */
#define MEAN_SAMPLES 1000000

enum precision { PREC_DOUBLE, PREC_FLOAT };
static const char *const precision_names[] = { "double", "float", NULL };
static const struct tanh_forms_precision *P = &tanh_forms_in[PREC_DOUBLE];
static double h_step = 1e-5; /* the step of the along-z central difference */

static double central_prime(double z)
{
    return ref_central_diff(P->tanh, z, h_step);
}

/* T1: the range, where tanh rounds to 1, oddness, and the mean output. */
static void show_function(double zmax, long points, uint64_t seed)
{
    struct tsv *t = tsv_open("function.tsv",
                             "z tanh tanh_prime sigmoid_prime");
    long odd_fail = tanh_forms_function_table(t, zmax, points);
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

    /* The mean output on inputs from a symmetric distribution. */
    struct tanh_forms_means m = tanh_forms_means(seed, MEAN_SAMPLES);
    printf("    %ld samples u ~ N(0, 1): mean tanh(u) = %.2g,\n"
           "    standard error %.2g; mean s(u) = %.4f\n", (long)MEAN_SAMPLES,
           m.tanh, m.tanh_se, m.sigmoid);
    out_value("mean_samples", "%ld", (long)MEAN_SAMPLES);
    out_value("mean_tanh", "%.2g", m.tanh);
    out_value("mean_se", "%.2g", m.tanh_se);
    out_value("mean_sigmoid", "%.4f", m.sigmoid);
}

/* T1: how close tanh z is to z, against the bound z^3/3. */
static void show_linear(void)
{
    struct tsv *t = tsv_open("linear.tsv",
                             "z gap bound ratio computed_ratio");
    tanh_forms_linear_table(t, SMALL_Z, LINEAR_HI, LOG_POINTS);
    /* The bound as a double program would check it, on a dense scan. */
    struct tanh_forms_cubic c =
        tanh_forms_cubic_scan(DENSE_LO, LINEAR_HI, DENSE_FACTOR);
    double lin = tanh_forms_linear_to(LINEAR_TOL);
    printf("    z - tanh z <= z^3/3 in double, at %ld points from %g to "
           "%g:\n    exceeded at %ld, all with z <= %.2g, by at most %.2f "
           "ulp of z;\n    tanh z > z at %ld, all with z <= %.2g\n"
           "    tanh z is within %g %% of z for |z| < %.4f\n", c.points,
           DENSE_LO, LINEAR_HI, c.over, c.over_below, c.over_ulps, c.above,
           c.above_below, 100 * LINEAR_TOL, lin);
    out_value("dense_points", "%ld", c.points);
    out_value("dense_lo", "%g", DENSE_LO);
    out_value("over_count", "%ld", c.over);
    out_value("over_below", "%.2g", c.over_below);
    out_value("over_ulps", "%.2f", c.over_ulps);
    out_value("above_count", "%ld", c.above);
    out_value("above_below", "%.2g", c.above_below);
    out_value("linear_pct", "%g", 100 * LINEAR_TOL);
    out_value("linear_to", "%.3f", lin);
}

/* T2: each form of tanh' against the long double reference, along z, on
 * the figure's grid and on the dense grid. */
static void show_prime_error(double zmax, long points)
{
    const struct sweep_form forms[5] = {
        P->primes[0], P->primes[1], P->primes[2], P->primes[3],
        { "central", central_prime },
    };
    struct tsv *t = tsv_open("prime_error.tsv",
                             "z quotient square output library central");
    struct sweep_worst grid[5], dense[5];
    sweep_along_z(forms, 5, P->ref_prime, -zmax, zmax, points, t, grid);
    progress_show("T2: the forms of tanh' on the dense grid");
    sweep_along_z(forms, 5, P->ref_prime, -zmax, zmax, DENSE_POINTS, NULL,
                  dense);
    printf("T2  tanh'(z) against a long double reference, z in [%g, %g], "
           "%s;\n    largest relative error on %ld points, and on %ld:\n",
           -zmax, zmax, P->name, points, (long)DENSE_POINTS);
    for (int j = 0; j < 5; j++) {
        printf("      %-9s %-9.2g at z = %-8.4g %-9.2g at z = %-8.4g\n",
               forms[j].column, grid[j].err, grid[j].z, dense[j].err,
               dense[j].z);
        out_value(OUT_KEY("%s", forms[j].column), "%.2g", grid[j].err);
        out_value(OUT_KEY("%s_at", forms[j].column), "%.3g", grid[j].z);
        out_value(OUT_KEY("%s_dense", forms[j].column), "%.2g",
                  dense[j].err);
        out_value(OUT_KEY("%s_dense_at", forms[j].column), "%.4g",
                  dense[j].z);
    }
    out_value("dense_grid_points", "%ld", (long)DENSE_POINTS);
}

/* T2: where the printed forms overflow, in both precisions. */
static void show_overflow(void)
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

/* T2: tanh itself three ways, among them the identity 2 s(2z) - 1, on a
 * log grid of z > 0 (tanh is odd, and the negative side mirrors it). */
static void show_identity(double zmax)
{
    const struct sweep_form *forms = P->tanhs;
    struct tsv *t = tsv_open("tanh_error.tsv", "z libm identity printed");
    double z[LOG_POINTS];
    tanh_forms_log_points(z, LOG_POINTS, SMALL_Z, fmax(zmax, 2 * SMALL_Z));
    printf("    tanh(z) against a long double reference, z in [%g, %g], "
           "%s:\n", SMALL_Z, z[LOG_POINTS - 1], P->name);
    struct sweep_worst worst[3];
    sweep_at_points(forms, 3, P->ref_tanh, z, LOG_POINTS, t, worst);
    for (int j = 0; j < 3; j++) {
        printf("      %-9s largest relative error %-9.2g at z = %.4g\n",
               forms[j].column, worst[j].err, worst[j].z);
        out_value(OUT_KEY("%s", forms[j].column), "%.2g", worst[j].err);
        out_value(OUT_KEY("%s_at", forms[j].column), "%.3g", worst[j].z);
    }
    /* The identity holds to a rounding of 1 (an absolute error); its
     * relative error is large only where tanh z is small. */
    double gap = tanh_forms_identity_gap(forms, z, LOG_POINTS);
    printf("    |2 s(2z) - 1 - tanh z| <= %.2g on that grid\n", gap);
    out_value("identity_gap", "%.2g", gap);
    out_value("small_z", "%g", SMALL_Z);
}

/* T2: the error of the difference quotients against the step h. */
static void show_diff_steps(double z0)
{
    /* Four steps a decade: the best step is then known to within a factor
     * 1.8, finer than the model predicts it. */
    struct tsv *t = tsv_open("diff_steps.tsv", "h central forward model");
    struct sweep_steps r = sweep_diff_steps(P->tanh, P->ref_prime, z0,
                                            tanh_forms_third(z0), P->eps, 4,
                                            t);
    printf("    differences at z = %g: best central step h = %.2g (error "
           "%.2g);\n    slope where truncation dominates (%d steps): %.3f "
           "(theory 2)\n", z0, r.best_h, r.best_err, r.fit_points, r.slope);
    out_value("z0", "%g", z0);
    out_value("best_h", "%.2g", r.best_h);
    out_value("best_err", "%.2g", r.best_err);
    out_value("diff_slope", "%.3f", r.slope);
    out_value("h_theory", "%.2g", r.h_model);
}

/* T3: the table of tanh'(z), beside the sigmoid's s'(z). */
static void show_table(void)
{
    struct tsv *t = tsv_open("prime_table.tsv",
                             "z tanh_prime sigmoid_prime ratio");
    printf("T3  z       tanh'(z)      s'(z)         tanh'(z) / s'(z)\n");
    for (size_t i = 0; i < TABLE_LEN; i++) {
        double d = act_tanh_prime(TABLE_Z[i]);
        double s = act_sigmoid_prime(TABLE_Z[i]);
        printf("    %-6g  %-12.4g  %-12.4g  %.3g\n", TABLE_Z[i], d, s, d / s);
        TSV_ROW(t, TABLE_Z[i], d, s, d / s);
        out_value(OUT_KEY("prime_%g", TABLE_Z[i]), "%.3g", d);
    }
    double cross = tanh_forms_crossover();
    printf("    tanh'(z) < s'(z) from |z| = %.4f on\n", cross);
    out_value("crossover", "%.3f", cross);
}

int main(int argc, char **argv)
{
    double zmax = 40, z0 = 1;
    long points = 801;
    uint64_t seed = 8;
    int prec = PREC_DOUBLE;
    const struct cli_opt opts[] = {
        CLI_DOUBLE("zmax", &zmax, 1e-3, 1e4,
                   "plot tanh and tanh' for z in [-zmax, zmax]"),
        CLI_LONG("points", &points, 2, 1e6, "number of grid points"),
        CLI_DOUBLE("h", &h_step, 1e-300, 1, "step of the central difference"),
        CLI_DOUBLE("z0", &z0, -30, 30, "where to sweep the difference step"),
        CLI_CHOICE("precision", &prec, precision_names,
                   "precision of the T2 forms"),
        CLI_SEED("seed", &seed, "seed of the T1 mean-output samples"),
        CLI_END
    };
    CLI_PARSE("08-tanh",
              "tanh and its derivative: claims T1-T3 of the course.",
              OUTPUTS, opts, argc, argv);
    P = &tanh_forms_in[prec];
    if (prec == PREC_FLOAT) {
        z0 = (float)z0; /* the z the float tanh computes at */
    }

    printf("Chapter 8: tanh(z) = (e^z - e^-z) / (e^z + e^-z)\n\n");
    progress_show("T1: the function on %ld points", points);
    show_function(zmax, points, seed);
    show_linear();
    putchar('\n');
    progress_show("T2: the forms of tanh' on %ld points", points);
    show_prime_error(zmax, points);
    show_overflow();
    show_identity(zmax);
    show_diff_steps(z0);
    putchar('\n');
    show_table();
    out_finish();
    progress_done();
    return 0;
}
