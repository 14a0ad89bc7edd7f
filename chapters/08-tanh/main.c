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
#include "../07-sigmoid/sweep_say.h" /* chapter 7's words, said of tanh */
#include "tanh_forms.h"
#include "tanh_forms_report.h"

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

static const struct tanh_forms_precision *P = &tanh_forms_in[SWEEP_DOUBLE];
static struct sweep_options opt = SWEEP_OPTIONS_DEFAULT;

static double central_prime(double z)
{
    return ref_central_diff(P->tanh, z, opt.h);
}

/* T1: the range, where tanh rounds to 1, oddness, the mean output on
 * inputs from a symmetric distribution, and how linear tanh is near 0. */
static void show_function(double zmax, long points, uint64_t seed)
{
    long odd_fail = tanh_forms_function_table(
        tsv_open("function.tsv", "z tanh tanh_prime sigmoid_prime"), zmax,
        points);
    tanh_forms_report_function(zmax, points, odd_fail);
    struct tanh_forms_means m = tanh_forms_means(seed, MEAN_SAMPLES);
    tanh_forms_report_means(&m, MEAN_SAMPLES);

    /* How close tanh z is to z, against the bound z^3/3: the figure's
     * table, and the bound as a double program would check it, on a
     * dense scan. */
    tanh_forms_linear_table(tsv_open("linear.tsv", "z gap bound ratio "
                                     "computed_ratio"),
                            SMALL_Z, LINEAR_HI, LOG_POINTS);
    struct tanh_forms_cubic c =
        tanh_forms_cubic_scan(DENSE_LO, LINEAR_HI, DENSE_FACTOR);
    tanh_forms_report_cubic(&c, DENSE_LO, LINEAR_HI, LINEAR_TOL,
                            tanh_forms_linear_to(LINEAR_TOL));
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
    sweep_say_worst(forms, 5, grid, dense);
    out_value("dense_grid_points", "%ld", (long)DENSE_POINTS);
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
    sweep_say_worst(forms, 3, worst, NULL);
    /* The identity holds to a rounding of 1 (an absolute error); its
     * relative error is large only where tanh z is small. */
    double gap = tanh_forms_identity_gap(forms, z, LOG_POINTS);
    printf("    |2 s(2z) - 1 - tanh z| <= %.2g on that grid\n", gap);
    out_value("identity_gap", "%.2g", gap);
    out_value("small_z", "%g", SMALL_Z);
}

int main(int argc, char **argv)
{
    uint64_t seed = 8;
    const struct cli_opt opts[] = {
        SWEEP_OPTS(&opt, "tanh and tanh'", "T2"),
        CLI_SEED("seed", &seed, "seed of the T1 mean-output samples"),
        CLI_END
    };
    CLI_PARSE("08-tanh",
              "tanh and its derivative: claims T1-T3 of the course.",
              OUTPUTS, opts, argc, argv);
    P = &tanh_forms_in[opt.precision];
    sweep_options_settle(&opt);

    printf("Chapter 8: tanh(z) = (e^z - e^-z) / (e^z + e^-z)\n\n");
    progress_show("T1: the function on %ld points", opt.points);
    show_function(opt.zmax, opt.points, seed);
    putchar('\n');
    progress_show("T2: the forms of tanh' on %ld points", opt.points);
    show_prime_error(opt.zmax, opt.points);
    tanh_forms_report_overflow();
    show_identity(opt.zmax);
    /* The difference quotients' error against the step h, four steps a
     * decade: the best step is then known to within a factor 1.8, finer
     * than the model predicts it. */
    struct sweep_steps r = sweep_diff_steps(
        P->tanh, P->ref_prime, opt.z0, tanh_forms_third(opt.z0), P->eps, 4,
        tsv_open("diff_steps.tsv", "h central forward model"));
    sweep_say_steps(opt.z0, &r);
    putchar('\n');
    tanh_forms_report_table(TABLE_Z, TABLE_LEN); /* T3 */
    out_finish();
    progress_done();
    return 0;
}
