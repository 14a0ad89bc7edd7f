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
#include "ref.h"
#include "rng.h"
#include "sweep.h"
#include "tanh_forms.h"

#include <float.h>
#include <math.h>
#include <stdio.h>

static const char OUTPUTS[] =
    "  function.tsv      z, tanh, tanh_prime, sigmoid_prime\n"
    "  linear.tsv        z (log-spaced in [1e-8, 10]), gap = z - tanh z,\n"
    "                    bound = z^3/3, ratio = gap / bound (all three in\n"
    "                    long double), computed_ratio (the same in double)\n"
    "  prime_error.tsv   z and the relative error of tanh'(z) computed as\n"
    "                    quotient 4/(e^z+e^-z)^2, square 1-tanh^2, output\n"
    "                    fma(-y,y,1), library, central (step --h)\n"
    "  tanh_error.tsv    z (log-spaced in [1e-8, zmax]) and the relative\n"
    "                    error of tanh(z) computed as libm, identity\n"
    "                    2s(2z)-1, printed (e^z-e^-z)/(e^z+e^-z)\n"
    "  diff_steps.tsv    h and the relative error at --z0 of the central\n"
    "                    and forward differences, with the central's model\n"
    "  prime_table.tsv   z, tanh_prime, sigmoid_prime, ratio\n"
    "                    (z = 0 2 5 10 20)\n"
    "  values.tsv        key, value: the numbers the chapter's text quotes\n";

/* The z of the table in the article's discussion of vanishing gradients,
 * the same as chapter 7's, so the two tables compare row by row. */
static const double TABLE_Z[] = { 0, 2, 5, 10, 20 };
#define TABLE_LEN (sizeof TABLE_Z / sizeof TABLE_Z[0])

/* The log-spaced grids start at z = 1e-8, where z^3/3 is below one ulp
 * of z, so that tanh(z) is z itself and the forms of tanh built from a
 * difference have lost the most; the near-linear one ends at z = 10,
 * where tanh is flat. 401 points: 40 a decade, a smooth curve. */
#define SMALL_Z 1e-8
#define LINEAR_HI 10.0
#define LOG_POINTS 401

/* The dense scan that checks |tanh z - z| <= z^3/3 in double: z from
 * 1e-12 (z^3/3 far below an ulp of z) up, 0.1 % apart, 30000 points. */
#define DENSE_LO 1e-12
#define DENSE_FACTOR 1.001

/* "Nearly linear": tanh z within 1 % of z. */
#define LINEAR_TOL 0.01

/* Samples of u ~ N(0, 1) for the mean outputs: the standard error of
 * mean tanh(u) is then about 6e-4, small against the sigmoid's 1/2, and
 * drawing them takes a few milliseconds. */
#define MEAN_SAMPLES 1000000

/* Bisection brackets. Every threshold below lies in (0, 1000] in double:
 * the largest is where e^z overflows, z = 709.8; in float all lie below
 * 100 (e^z overflows from 88.7). */
#define BRACKET_DOUBLE 1e3
#define BRACKET_FLOAT 1e2

/* From this many grid points on, writing the along-z tables takes
 * seconds (5 s for 10^6 points, mostly printing %.17g), so the program
 * says on stderr what it is doing. */
#define PROGRESS_POINTS 100000

enum precision { PREC_DOUBLE, PREC_FLOAT };
static const char *const precision_names[] = { "double", "float", NULL };

/* tanh'''(z) = (1 - t^2)(6 t^2 - 2) with t = tanh z, for the model of the
 * difference quotient's error. */
static double tanh_third(double z)
{
    double t = act_tanh(z);
    return (1 - t * t) * (6 * t * t - 2);
}

static int verbose; /* progress on stderr, for large grids */

static void progress(const char *stage)
{
    if (verbose) {
        fprintf(stderr, "08-tanh: %s\n", stage);
    }
}

static double h_step = 1e-5; /* the step of the along-z central difference */
static double (*tanh_fn)(double) = tanh_forms_libm;

static double central_prime(double z)
{
    return ref_central_diff(tanh_fn, z, h_step);
}

/* The predicates whose thresholds the summary reports. */
static int tanh_is_one(double z)
{
    return act_tanh(z) == 1.0;
}

static int tanhf_is_one(double z)
{
    return act_tanhf((float)z) == 1.0f;
}

static int quotient_is_zero(double z)
{
    return tanh_forms_quotient(z) == 0.0;
}

static int quotientf_is_zero(double z)
{
    return tanh_forms_quotientf(z) == 0.0;
}

static int printed_is_nan(double z)
{
    return isnan(tanh_forms_printed(z));
}

static int printedf_is_nan(double z)
{
    return isnan(tanh_forms_printedf(z));
}

static int leaves_linear(double z)
{
    return z - act_tanh(z) > LINEAR_TOL * z;
}

static int tanh_prime_below_sigmoid(double z)
{
    return act_tanh_prime(z) < act_sigmoid_prime(z);
}

/* T1: the range, the thresholds where tanh rounds to 1, and oddness. */
static void show_function(double zmax, long points)
{
    struct tsv *t = tsv_open("function.tsv",
                             "z tanh tanh_prime sigmoid_prime");
    long odd_fail = 0;
    for (long i = 0; i < points; i++) {
        double z = -zmax + 2 * zmax * (double)i / (double)(points - 1);
        double y = act_tanh(z);
        tsv_row(t, 4, z, y, act_tanh_prime(z), act_sigmoid_prime(z));
//> odd-check
        /* Oddness bit for bit: == alone would let tanh(-0) = +0 pass. */
        double m = act_tanh(-z);
        if (!(m == -y && signbit(m) == signbit(-y))) {
            odd_fail++;
        }
//< odd-check
    }
    double one = sweep_threshold(tanh_is_one, 0, BRACKET_DOUBLE);
    double onef = sweep_threshold(tanhf_is_one, 0, BRACKET_FLOAT);
    printf("T1  tanh(%g) = %.17g, tanh(0) = %g, tanh(-0) = %g\n", zmax,
           act_tanh(zmax), act_tanh(0.0), act_tanh(-0.0));
    printf("    tanh(-z) = -tanh(z) bit for bit at %ld of %ld points\n",
           points - odd_fail, points);
    printf("    tanh(z) rounds to exactly 1 from z = %.17g (double),\n"
           "    from z = %.9g (float)\n", one, (float)onef);
    out_value("zmax", "%g", zmax);
    out_value("points", "%ld", points);
    out_value("odd_fail", "%ld", odd_fail);
    out_value("one_from", "%.4g", one);
    out_value("one_from_float", "%.3g", (float)onef);
}

/* T1: the mean output on inputs from a symmetric distribution. */
static void show_centred(uint64_t seed)
{
    struct rng r;
    double sum_t = 0, sum_t2 = 0, sum_s = 0;
    rng_seed(&r, seed);
    for (long k = 0; k < MEAN_SAMPLES; k++) {
        double u = rng_normal(&r), y = act_tanh(u);
        sum_t += y;
        sum_t2 += y * y;
        sum_s += act_sigmoid(u);
    }
    double n = MEAN_SAMPLES;
    double mean_t = sum_t / n, mean_s = sum_s / n;
    double se = sqrt((sum_t2 / n - mean_t * mean_t) / (n - 1));
    printf("    %ld samples u ~ N(0, 1): mean tanh(u) = %.2g,\n"
           "    standard error %.2g; mean s(u) = %.4f\n", (long)MEAN_SAMPLES,
           mean_t, se, mean_s);
    out_value("mean_samples", "%ld", (long)MEAN_SAMPLES);
    out_value("mean_tanh", "%.2g", mean_t);
    out_value("mean_se", "%.2g", se);
    out_value("mean_sigmoid", "%.4f", mean_s);
}

/* The i-th of n points spaced evenly in log z from lo to hi. */
static double log_grid(long i, long n, double lo, double hi)
{
    return lo * pow(hi / lo, (double)i / (double)(n - 1));
}

/* T1: how close tanh z is to z, against the bound z^3/3. */
static void show_linear(void)
{
    struct tsv *t = tsv_open("linear.tsv",
                             "z gap bound ratio computed_ratio");
    for (long i = 0; i < LOG_POINTS; i++) {
        double z = log_grid(i, LOG_POINTS, SMALL_Z, LINEAR_HI);
        /* In long double the gap keeps 11 more bits than in double:
         * enough to draw it correctly down to z = 1e-8, where the double
         * difference has no correct digit left. */
        long double gap = (long double)z - ref_tanh(z);
        long double bound = (long double)z * z * z / 3;
        tsv_row(t, 5, z, (double)gap, (double)bound, (double)(gap / bound),
                (z - act_tanh(z)) / (z * z * z / 3));
    }

    /* The bound as a double program would check it, on a dense scan. */
    long n = 0, over = 0, above = 0;
    double worst_ulps = 0, over_below = 0, above_below = 0;
    for (double z = DENSE_LO; z < LINEAR_HI; z *= DENSE_FACTOR) {
        double gap = z - act_tanh(z), bound = z * z * z / 3;
        double ulp = nextafter(z, INFINITY) - z;
        n++;
        if (gap > bound) {
            over++;
            worst_ulps = fmax(worst_ulps, (gap - bound) / ulp);
            over_below = z;
        }
        if (gap < 0) {
            above++;
            above_below = z;
        }
    }
    double lin = sweep_threshold(leaves_linear, SMALL_Z, 1.0);
    printf("    z - tanh z <= z^3/3 in double, at %ld points from %g to "
           "%g:\n    exceeded at %ld, all with z <= %.2g, by at most %.2f "
           "ulp of z;\n    tanh z > z at %ld, all with z <= %.2g\n",
           n, DENSE_LO, LINEAR_HI, over, over_below, worst_ulps, above,
           above_below);
    printf("    tanh z is within %g %% of z for |z| < %.4f\n",
           100 * LINEAR_TOL, lin);
    out_value("dense_points", "%ld", n);
    out_value("dense_lo", "%g", DENSE_LO);
    out_value("over_count", "%ld", over);
    out_value("over_below", "%.2g", over_below);
    out_value("over_ulps", "%.2f", worst_ulps);
    out_value("above_count", "%ld", above);
    out_value("above_below", "%.2g", above_below);
    out_value("linear_pct", "%g", 100 * LINEAR_TOL);
    out_value("linear_to", "%.3f", lin);
}

/* T2: each form of tanh' against the long double reference, along z. */
static void show_prime_error(double zmax, long points, enum precision prec)
{
    const struct sweep_form forms_d[] = {
        { "quotient", tanh_forms_quotient },
        { "square", tanh_forms_square },
        { "output", tanh_forms_output },
        { "library", tanh_forms_library },
        { "central", central_prime },
    };
    const struct sweep_form forms_f[] = {
        { "quotient", tanh_forms_quotientf },
        { "square", tanh_forms_squaref },
        { "output", tanh_forms_outputf },
        { "library", tanh_forms_libraryf },
        { "central", central_prime },
    };
    const struct sweep_form *forms = prec == PREC_FLOAT ? forms_f : forms_d;
    struct tsv *t = tsv_open("prime_error.tsv",
                             "z quotient square output library central");

    struct sweep_worst worst[5];

    sweep_along_z(forms, 5, ref_tanh_prime, -zmax, zmax, points, t, worst);
    printf("T2  tanh'(z) against a long double reference, z in [%g, %g], "
           "%s:\n", -zmax, zmax, precision_names[prec]);
    sweep_print_worst(forms, 5, worst);
}

/* T2: where the printed forms overflow, in both precisions. */
static void show_overflow(void)
{
    double qz = sweep_threshold(quotient_is_zero, 0, BRACKET_DOUBLE);
    double qzf = sweep_threshold(quotientf_is_zero, 0, BRACKET_FLOAT);
    double pn = sweep_threshold(printed_is_nan, 0, BRACKET_DOUBLE);
    double pnf = sweep_threshold(printedf_is_nan, 0, BRACKET_FLOAT);
    double true_qz = (double)ref_tanh_prime(qz);
    printf("    4/(e^z+e^-z)^2 is 0 from z = %.5g (float: %.4g), where\n"
           "    tanh' = %.3g; the smallest normal double is %.3g\n",
           qz, (float)qzf, true_qz, DBL_MIN);
    printf("    (e^z-e^-z)/(e^z+e^-z) is NaN from z = %.5g "
           "(float: %.4g)\n", pn, (float)pnf);
    out_value("quotient_zero_from", "%.4g", qz);
    out_value("quotient_zero_from_float", "%.3g", (float)qzf);
    out_value("quotient_zero_true", "%.2g", true_qz);
    out_value("dbl_min", "%.2g", DBL_MIN);
    out_value("printed_nan_from", "%.4g", pn);
    out_value("printed_nan_from_float", "%.3g", (float)pnf);
}

/* T2: tanh itself three ways, among them the identity 2 s(2z) - 1, on a
 * log grid of z > 0 (tanh is odd, and the negative side mirrors it). */
static void show_identity(double zmax, enum precision prec)
{
    const struct sweep_form forms_d[] = {
        { "libm", tanh_forms_libm },
        { "identity", tanh_forms_via_sigmoid },
        { "printed", tanh_forms_printed },
    };
    const struct sweep_form forms_f[] = {
        { "libm", tanh_forms_libmf },
        { "identity", tanh_forms_via_sigmoidf },
        { "printed", tanh_forms_printedf },
    };
    const struct sweep_form *forms = prec == PREC_FLOAT ? forms_f : forms_d;
    struct tsv *t = tsv_open("tanh_error.tsv", "z libm identity printed");
    double z[LOG_POINTS];
    for (long i = 0; i < LOG_POINTS; i++) {
        z[i] = log_grid(i, LOG_POINTS, SMALL_Z, fmax(zmax, 2 * SMALL_Z));
    }

    printf("    tanh(z) against a long double reference, z in [%g, %g], "
           "%s:\n", SMALL_Z, z[LOG_POINTS - 1], precision_names[prec]);
    struct sweep_worst worst[3];
    sweep_at_points(forms, 3, ref_tanh, z, LOG_POINTS, t, worst);
    sweep_print_worst(forms, 3, worst);

    /* The identity holds to a rounding of 1 (an absolute error); its
     * relative error is large only where tanh z is small. */
    double gap = 0;
    for (long i = 0; i < LOG_POINTS; i++) {
        gap = fmax(gap, fabs(forms[1].fn(z[i]) - forms[0].fn(z[i])));
    }
    printf("    |2 s(2z) - 1 - tanh z| <= %.2g on that grid\n", gap);
    out_value("identity_gap", "%.2g", gap);
    out_value("small_z", "%g", SMALL_Z);
}

/* T2: the error of the difference quotients against the step h. */
static void show_diff_steps(double z0, enum precision prec)
{
    double eps = prec == PREC_FLOAT ? FLT_EPSILON / 2 : DBL_EPSILON / 2;
    sweep_show_diff_steps(tanh_fn, ref_tanh_prime, z0, tanh_third(z0), eps);
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
        tsv_row(t, 4, TABLE_Z[i], d, s, d / s);
        char key[32];
        snprintf(key, sizeof key, "prime_%g", TABLE_Z[i]);
        out_value(key, "%.3g", d);
    }
    /* tanh' = 4 s'(2z) starts four times higher but falls like e^-2|z|,
     * s' like e^-|z|: past this z, tanh passes on less gradient. */
    double cross = sweep_threshold(tanh_prime_below_sigmoid, 0, LINEAR_HI);
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
        { "zmax", CLI_DOUBLE, &zmax,
          "plot tanh and tanh' for z in [-zmax, zmax]", 1e-3, 1e4, NULL },
        { "points", CLI_LONG, &points, "number of grid points", 2, 1e6,
          NULL },
        { "h", CLI_DOUBLE, &h_step, "step of the central difference",
          1e-300, 1, NULL },
        { "z0", CLI_DOUBLE, &z0, "where to sweep the difference step",
          -30, 30, NULL },
        { "precision", CLI_CHOICE, &prec, "precision of the T2 forms", 0, 0,
          precision_names },
        { "seed", CLI_SEED, &seed, "seed of the T1 mean-output samples", 0,
          0, NULL },
        { NULL, 0, NULL, NULL, 0, 0, NULL },
    };
    const struct cli_program prog = {
        "08-tanh",
        "tanh and its derivative: claims T1-T3 of the course.",
        OUTPUTS, opts,
    };
    cli_parse(&prog, argc, argv);
    if (prec == PREC_FLOAT) {
        tanh_fn = tanh_forms_libmf;
    }

    verbose = points >= PROGRESS_POINTS;

    printf("Chapter 8: tanh(z) = (e^z - e^-z) / (e^z + e^-z)\n\n");
    progress("T1: the function on the grid");
    show_function(zmax, points);
    show_centred(seed);
    show_linear();
    putchar('\n');
    progress("T2: the forms of tanh' on the grid");
    show_prime_error(zmax, points, prec);
    show_overflow();
    show_identity(zmax, prec);
    show_diff_steps(z0, prec);
    putchar('\n');
    show_table();
    progress("writing the tables");
    out_finish();
    progress("done");
    return 0;
}
