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
#include "sweep_say.h"
#include "sigmoid_forms.h"
#include "sigmoid_forms_report.h"
#include "zigzag.h"
#include "zigzag_report.h"

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


static const struct sigmoid_forms_precision *P = &sigmoid_forms_in[0];
static struct sweep_options opt = SWEEP_OPTIONS_DEFAULT;

static double central_prime(double z)
{
    return ref_central_diff(P->sigmoid, z, opt.h);
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
    sigmoid_forms_report_function(zmax, points, gap);
}

/* S2: each form of s' against the long double reference, along z: on the
 * figure's grid, on the dense grid, and the output form's left half; and
 * the difference quotients at z0 along h. */
static void show_prime_error(double zmax, long points, double z0,
                             enum sweep_precision prec)
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
    sweep_say_worst(forms, 4, grid, dense);
    sigmoid_forms_report_left(left, DENSE_POINTS / 2, DENSE_POINTS,
                              P->eps, prec == SWEEP_DOUBLE);

    /* The difference quotients' error against the step h, four steps a
     * decade: the best step is then known to within a factor 1.8, finer
     * than the model predicts it. */
    struct sweep_steps r = sweep_diff_steps(
        P->sigmoid, P->ref_prime, z0, sigmoid_forms_third(z0), P->eps, 4,
        tsv_open("diff_steps.tsv", "h central forward model"));
    sweep_say_steps(z0, &r);
}

/* S4: the two-weight descent of the figure, one seed at one rate; then
 * over seeds at each of RATE_COUNT rates. */
static void show_zigzag(uint64_t seed, double lr, long max_steps)
{
    long steps[2];
    printf("S4  learning w* = (1, -1) from inputs that are...\n");
    for (int kind = ZIGZAG_SIGMOID; kind <= ZIGZAG_TANH; kind++) {
        double m[3];
        zigzag_moments(kind, seed + 1, 20000, m);
        double cond = zigzag_condition(m);
        zigzag_loss_grid(m, zigzag_report_loss_table(kind));
        struct zigzag_result r = zigzag_descend(
            kind, seed, lr, max_steps, zigzag_report_path_table(kind));
        steps[kind] = r.steps;
        zigzag_report_descent(kind, cond, lr, &r);
    }
    zigzag_report_pair(steps, lr);

    /* The rate grid over ZZ_SEEDS seeds (to rates.tsv); each's best. */
    struct zigzag_rate rows[RATE_COUNT];
    struct tsv *t = tsv_open("rates.tsv", "lr sigmoid_median sigmoid_least "
                             "sigmoid_most tanh_median tanh_least tanh_most");
    zigzag_scan(seed, ZZ_SEEDS, RATE_K_LO, RATE_COUNT, max_steps, rows, t);
    zigzag_report_rates(rows, RATE_COUNT, seed, ZZ_SEEDS);
}

int main(int argc, char **argv)
{
    double lr = 0.5;
    long max_steps = 100000;
    uint64_t seed = 7;
    const struct cli_opt opts[] = {
        SWEEP_OPTS(&opt, "s and s'", "S2"),
        CLI_SEED("seed", &seed, "seed of the S4 inputs"),
        /* Up to 4, so that every rate of rates.tsv (to 2.83) can be
         * run alone. */
        CLI_DOUBLE("lr", &lr, 1e-4, 4, "learning rate of the S4 descent"),
        CLI_LONG("max-steps", &max_steps, 1, 1e7,
                 "S4 gives up after this many"),
        CLI_END
    };
    CLI_PARSE("07-sigmoid",
              "The sigmoid and its derivative: claims S1-S4 of the course.",
              OUTPUTS, opts, argc, argv);
    P = &sigmoid_forms_in[opt.precision];
    sweep_options_settle(&opt);

    printf("Chapter 7: the sigmoid s(z) = 1 / (1 + e^-z)\n\n");
    show_function(opt.zmax, opt.points);
    putchar('\n');
    show_prime_error(opt.zmax, opt.points, opt.z0, opt.precision);
    putchar('\n');
    sigmoid_forms_report_table(TABLE_Z, TABLE_LEN); /* S3 */
    putchar('\n');
    show_zigzag(seed, lr, max_steps);
    out_finish();
    return 0;
}
