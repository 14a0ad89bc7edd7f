/*
 * 07-sigmoid - the sigmoid, its derivative, and where its gradient goes.
 *
 * Reproduces claims S1-S4 of the claims ledger:
 *   S1  s(z) = 1 / (1 + e^-z) maps every z into (0, 1), and s(-z) = 1 - s(z);
 *       in double the formula reaches exactly 1, sooner than the true s;
 *   S2  s'(z) = e^-z / (1 + e^-z)^2 = s(z) (1 - s(z)): both forms against
 *       a long double reference and a central difference, on the figure's
 *       grid and on a dense one;
 *   S3  s' peaks at 1/4 at z = 0 and vanishes for large |z|;
 *   S4  a unit whose inputs are sigmoid outputs (all positive) learns in
 *       zig-zags across a badly conditioned loss.
 *
 * Run it:   build/bin/07-sigmoid
 *           build/bin/07-sigmoid --zmax 800 --precision float
 *           build/bin/07-sigmoid --help
 * It prints a summary; with --out DIR it writes the tables listed in
 * OUTPUTS below, which plots/07-sigmoid/ draws.
 */
#include "act.h"
#include "cli.h"
#include "out.h"
#include "ref.h"
#include "sweep.h"
#include "sigmoid_forms.h"
#include "zigzag.h"

#include <math.h>
#include <stdio.h>

static const char OUTPUTS[] =
    "  function.tsv      z, sigmoid, sigmoid_prime\n"
    "  prime_error.tsv   z and the relative error of s'(z) computed as\n"
    "                    textbook e^-z/(1+e^-z)^2, output s(1-s), library,\n"
    "                    central (difference with step --h)\n"
    "  diff_steps.tsv    h and the relative error at --z0 of the central\n"
    "                    and forward differences, with the central's model\n"
    "  prime_table.tsv   z = 0 ... 20, sigmoid_prime, fraction_of_max\n"
    "  path_sigmoid.tsv, path_tanh.tsv  step, w1, w2 of the S4 descent\n"
    "  loss_sigmoid.tsv, loss_tanh.tsv  w1, w2, loss: its level sets\n"
    "  target.tsv        w1, w2: the target weights w*\n"
    "  rates.tsv         lr and for each input (sigmoid_, tanh_) median,\n"
    "                    least, most: steps of the S4 descent over seeds\n"
    "  values.tsv        key, value: the numbers the text quotes, among\n"
    "                    them prime_<z> (the table's s'), for each FORM of\n"
    "                    s' FORM, FORM_at (largest error on the figure's\n"
    "                    grid, where), FORM_dense, FORM_dense_at (dense)\n";

/* The z of the table in the article's discussion of vanishing gradients. */
static const double TABLE_Z[] = { 0, 2, 5, 10, 20 };
#define TABLE_LEN (sizeof TABLE_Z / sizeof TABLE_Z[0])

/* The dense grid for the largest errors: 4e6 points on [-zmax, zmax],
 * 2e-5 apart at zmax = 40. The figure's 801 points miss the worst
 * roundings (its largest error is 2.2e-16, the dense grid's 3.1e-16);
 * four million take 0.4 s. */
#define DENSE_POINTS 4000000

/* S4: the learning rates 2^(k/2), from 1/8 to 2.83, where tanh inputs
 * no longer converge; and the seeds run at each. */
#define RATE_K_LO (-6)
#define RATE_COUNT 10
#define ZZ_SEEDS 21

enum precision { PREC_DOUBLE, PREC_FLOAT };
static const char *const precision_names[] = { "double", "float", NULL };

static const struct sigmoid_forms_precision *P = &sigmoid_forms_in[0];
static double h_step = 1e-5; /* the step of the along-z central difference */

static double central_prime(double z)
{
    return ref_central_diff(P->sigmoid, z, h_step);
}

/* S1: the range and the symmetry, on the grid of the figure. */
static void show_function(double zmax, long points)
{
    struct tsv *t = tsv_open("function.tsv", "z sigmoid sigmoid_prime");
    double gap = 0;
    for (long i = 0; i < points; i++) {
        double z = -zmax + 2 * zmax * (double)i / (double)(points - 1);
        double s = act_sigmoid(z);
        TSV_ROW(t, z, s, act_sigmoid_prime(z));
        gap = fmax(gap, fabs(act_sigmoid(-z) - (1.0 - s)));
    }
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
}

/* S2: each form of s' against the long double reference, along z: on the
 * figure's grid, on the dense grid, and the output form's left half. */
static void show_prime_error(double zmax, long points, enum precision prec)
{
    const struct sweep_form forms[4] = {
        P->primes[0], P->primes[1], P->primes[2],
        { "central", central_prime },
    };
    long double (*ref)(long double) = P->ref_prime;
    struct sweep_worst grid[4], dense[4], left[1];
    struct tsv *t = tsv_open("prime_error.tsv",
                             "z textbook output library central");

    sweep_along_z(forms, 4, ref, -zmax, zmax, points, t, grid);
    sweep_along_z(forms, 4, ref, -zmax, zmax, DENSE_POINTS, NULL, dense);
    sweep_along_z(&forms[1], 1, ref, -zmax, 0, DENSE_POINTS / 2, NULL, left);
    printf("S2  s'(z) against a long double reference, z in [%g, %g], %s;\n"
           "    largest relative error on %ld points, and on %ld:\n",
           -zmax, zmax, P->name, points, (long)DENSE_POINTS);
    for (int j = 0; j < 4; j++) {
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
    /* Whether a result is s' rounded to double says nothing of a float. */
    double missed = 100.0 * (double)left[0].missed / (DENSE_POINTS / 2);
    printf("    s(1 - s) for z <= 0: at most %.2g", left[0].err);
    if (prec == PREC_DOUBLE) {
        printf(",\n    and not s' rounded at %.0f %% of the points", missed);
    }
    putchar('\n');
    out_value("dense_grid_points", "%ld", (long)DENSE_POINTS);
    /* Every z: exp within 1 ulp (2u), the sum and the quotient u each,
     * all carried into y - y^2 at most once, and fma's rounding u. */
    out_value("prime_bound", "%.2g", 5 * P->eps);
    out_value("output_left", "%.2g", left[0].err);
    out_value("output_left_missed", "%.0f", missed);
    /* Where s rounds to 1, s(1 - s) is 0: the same boundary as S1's. */
    out_value("output_zero_from", "%.4g", sigmoid_forms_one_from());
}

/* S2: the error of the difference quotients against the step h. */
static void show_diff_steps(double z0)
{
    /* Four steps a decade: the best step is then known to within a factor
     * 1.8, finer than the model predicts it. */
    struct tsv *t = tsv_open("diff_steps.tsv", "h central forward model");
    struct sweep_steps r = sweep_diff_steps(P->sigmoid, P->ref_prime, z0,
                                            sigmoid_forms_third(z0), P->eps,
                                            4, t);
    printf("    differences at z = %g: best central step h = %.2g (error "
           "%.2g);\n    slope where truncation dominates (%d steps): %.3f "
           "(theory 2)\n", z0, r.best_h, r.best_err, r.fit_points, r.slope);
    out_value("z0", "%g", z0);
    out_value("best_h", "%.2g", r.best_h);
    out_value("best_err", "%.2g", r.best_err);
    out_value("diff_slope", "%.3f", r.slope);
    out_value("h_theory", "%.2g", r.h_model);
}

/* S3: the table of s'(z). */
static void show_table(void)
{
    struct tsv *t = tsv_open("prime_table.tsv",
                             "z sigmoid_prime fraction_of_max");
    printf("S3  z       s'(z)         s'(z) / s'(0)\n");
    for (size_t i = 0; i < TABLE_LEN; i++) {
        double d = act_sigmoid_prime(TABLE_Z[i]);
        double frac = d / act_sigmoid_prime(0);
        printf("    %-6g  %-12.4g  %.3g\n", TABLE_Z[i], d, frac);
        TSV_ROW(t, TABLE_Z[i], d, frac);
        out_value(OUT_KEY("prime_%g", TABLE_Z[i]), "%.3g", d);
    }
}

/* The two kinds of input of S4, by enum zigzag_inputs, and their files. */
static const struct {
    const char *name, *path, *loss;
} INPUTS[] = {
    { "sigmoid", "path_sigmoid.tsv", "loss_sigmoid.tsv" },
    { "tanh", "path_tanh.tsv", "loss_tanh.tsv" },
};

/* S4: the two-weight descent of the figure, one seed at one rate. */
static void show_zigzag(uint64_t seed, double lr, long max_steps)
{
    long steps[2];
    printf("S4  learning w* = (1, -1) from inputs that are...\n");
    for (int kind = ZIGZAG_SIGMOID; kind <= ZIGZAG_TANH; kind++) {
        const char *name = INPUTS[kind].name;
        double m[3];
        zigzag_moments(kind, seed + 1, 20000, m);
        double cond = zigzag_condition(m);
        zigzag_loss_grid(m, tsv_open(INPUTS[kind].loss, "w1 w2 loss"));
        struct tsv *path = tsv_open(INPUTS[kind].path, "step w1 w2");
        struct zigzag_result r = zigzag_descend(kind, seed, lr, max_steps,
                                                path);
        double same = (double)r.same_sign / (double)r.steps;
        steps[kind] = r.steps;
        printf("    %-7s outputs: loss valley %.1f times steeper across "
               "than along;\n%25s at lr %g, %ld steps to |w - w*| < %g,\n"
               "%25s in %.0f %% of them both weights moved the same way\n",
               name, cond, "", lr, r.steps, ZIGZAG_TOL, "", 100 * same);
        out_value(OUT_KEY("zz_cond_%s", name), "%.1f", cond);
        out_value(OUT_KEY("zz_steps_%s", name), "%ld", r.steps);
        out_value(OUT_KEY("zz_same_%s", name), "%.0f", 100 * same);
    }
    struct tsv *target = tsv_open("target.tsv", "w1 w2");
    TSV_ROW(target, ZIGZAG_TARGET_W1, ZIGZAG_TARGET_W2);
    out_value("zz_ratio", "%.1f", (double)steps[0] / (double)steps[1]);
    out_value("zz_lr", "%g", lr);
}

/* S4: the rate grid over ZZ_SEEDS seeds (to rates.tsv); each's best. */
static void show_rates(uint64_t seed, long max_steps)
{
    struct zigzag_rate rows[RATE_COUNT];
    struct tsv *t = tsv_open("rates.tsv", "lr sigmoid_median sigmoid_least "
                             "sigmoid_most tanh_median tanh_least tanh_most");
    zigzag_scan(seed, ZZ_SEEDS, RATE_K_LO, RATE_COUNT, max_steps, rows, t);
    printf("    at each input's best rate of %d, over %d seeds from %llu:\n",
           RATE_COUNT, ZZ_SEEDS, (unsigned long long)seed);
    long median[2] = { 0, 0 };
    for (int kind = ZIGZAG_SIGMOID; kind <= ZIGZAG_TANH; kind++) {
        const char *name = INPUTS[kind].name;
        int b = zigzag_best(rows, RATE_COUNT, kind);
        if (b < 0) { /* only with a --max-steps too small for any rate */
            printf("    %s inputs reach w* at no rate\n", name);
            return;
        }
        const struct zigzag_stats *st = &rows[b].st[kind];
        long other = rows[b].st[1 - kind].median;
        median[kind] = st->median;
        printf("      %-7s inputs: lr %-5.3g median %4ld steps (%ld to %ld);"
               "\n%25s the other inputs there: %ld\n", name, rows[b].lr,
               st->median, st->least, st->most, "", other);
        out_value(OUT_KEY("zz_best_lr_%s", name), "%.3g", rows[b].lr);
        out_value(OUT_KEY("zz_best_median_%s", name), "%ld", st->median);
        out_value(OUT_KEY("zz_best_least_%s", name), "%ld", st->least);
        out_value(OUT_KEY("zz_best_most_%s", name), "%ld", st->most);
        out_value(OUT_KEY("zz_other_at_best_%s", name), "%ld", other);
    }
    out_value("zz_seeds", "%d", ZZ_SEEDS);
    out_value("zz_best_ratio", "%.1f",
              (double)median[0] / (double)median[1]);
}

int main(int argc, char **argv)
{
    double zmax = 40, z0 = 1, lr = 0.5;
    long points = 801, max_steps = 100000;
    uint64_t seed = 7;
    int prec = PREC_DOUBLE;
    const struct cli_opt opts[] = {
        CLI_DOUBLE("zmax", &zmax, 1e-3, 1e4,
                   "plot s and s' for z in [-zmax, zmax]"),
        CLI_LONG("points", &points, 2, 1e6, "number of grid points"),
        CLI_DOUBLE("h", &h_step, 1e-300, 1, "step of the central difference"),
        CLI_DOUBLE("z0", &z0, -30, 30, "where to sweep the difference step"),
        CLI_CHOICE("precision", &prec, precision_names,
                   "precision of the S2 forms"),
        CLI_SEED("seed", &seed, "seed of the S4 inputs"),
        CLI_DOUBLE("lr", &lr, 1e-4, 2, "learning rate of the S4 descent"),
        CLI_LONG("max-steps", &max_steps, 1, 1e7,
                 "S4 gives up after this many"),
        CLI_END
    };
    CLI_PARSE("07-sigmoid",
              "The sigmoid and its derivative: claims S1-S4 of the course.",
              OUTPUTS, opts, argc, argv);
    P = &sigmoid_forms_in[prec];
    if (prec == PREC_FLOAT) {
        z0 = (float)z0; /* the z the float sigmoid computes at */
    }

    printf("Chapter 7: the sigmoid s(z) = 1 / (1 + e^-z)\n\n");
    show_function(zmax, points);
    putchar('\n');
    show_prime_error(zmax, points, prec);
    show_diff_steps(z0);
    putchar('\n');
    show_table();
    putchar('\n');
    show_zigzag(seed, lr, max_steps);
    show_rates(seed, max_steps);
    out_finish();
    return 0;
}
