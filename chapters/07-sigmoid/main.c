/*
 * 07-sigmoid - the sigmoid, its derivative, and where its gradient goes.
 *
 * Reproduces claims S1-S4 of the claims ledger:
 *   S1  s(z) = 1 / (1 + e^-z) maps every z into (0, 1), and s(-z) = 1 - s(z);
 *   S2  s'(z) = e^-z / (1 + e^-z)^2 = s(z) (1 - s(z)): both forms against
 *       a long double reference and a central difference;
 *   S3  s' peaks at 1/4 at z = 0 and vanishes for large |z|;
 *   S4  a unit whose inputs are sigmoid outputs (all positive) learns in
 *       zig-zags.
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

#include <float.h>
#include <math.h>
#include <stdio.h>

static const char OUTPUTS[] =
    "  function.tsv      z, sigmoid, sigmoid_prime\n"
    "  prime_error.tsv   z and the relative error of s'(z) computed as\n"
    "                    textbook e^-z/(1+e^-z)^2, output s(1-s), library,\n"
    "                    central (difference with step --h)\n"
    "  diff_steps.tsv    h and the relative error at --z0 of the central\n"
    "                    and forward differences, with the central's model\n"
    "  prime_table.tsv   z, sigmoid_prime, fraction_of_max\n"
    "                    at z = 0, 2, 5, 10, 20\n"
    "  path_sigmoid.tsv, path_tanh.tsv      step, w1, w2 of the S4 descent\n"
    "  loss_sigmoid.tsv, loss_tanh.tsv      w1, w2, loss: its level sets\n"
    "  target.tsv        w1, w2: the target weights w*\n"
    "  values.tsv        key, value: the numbers the chapter's text quotes\n";

/* The z of the table in the article's discussion of vanishing gradients. */
static const double TABLE_Z[] = { 0, 2, 5, 10, 20 };
#define TABLE_LEN (sizeof TABLE_Z / sizeof TABLE_Z[0])

enum precision { PREC_DOUBLE, PREC_FLOAT };
static const char *const precision_names[] = { "double", "float", NULL };

/* s'''(z) = s'(z) (1 - 2 s)^2 - 2 s'(z)^2, for the difference model. */
static double sigmoid_third(double z)
{
    double s = act_sigmoid(z), d = act_sigmoid_prime(z);
    return d * (1 - 2 * s) * (1 - 2 * s) - 2 * d * d;
}

static double h_step = 1e-5; /* the step of the along-z central difference */
static double (*sig_fn)(double) = act_sigmoid;

static double central_prime(double z)
{
    return ref_central_diff(sig_fn, z, h_step);
}

/* Whether s(z) rounds to exactly 1, for sweep_threshold(). */
static int sigmoid_is_one(double z)
{
    return act_sigmoid(z) == 1.0;
}

/* S1: the range and the symmetry, on the grid of the figure. */
static void show_function(double zmax, long points)
{
    struct tsv *t = tsv_open("function.tsv", "z sigmoid sigmoid_prime");
    double gap = 0;
    for (long i = 0; i < points; i++) {
        double z = -zmax + 2 * zmax * (double)i / (double)(points - 1);
        double s = act_sigmoid(z);
        tsv_row(t, 3, z, s, act_sigmoid_prime(z));
        gap = fmax(gap, fabs(act_sigmoid(-z) - (1.0 - s)));
    }
    printf("S1  s(%g) = %.3g, s(0) = %g, s(%g) = %.17g\n", -zmax,
           act_sigmoid(-zmax), act_sigmoid(0), zmax, act_sigmoid(zmax));
    printf("    s(-z) = 1 - s(z): largest gap %.2g on %ld points\n", gap,
           points);
    /* s(0) < 1 and s(1000) == 1: the boundary lies between. */
    double one = sweep_threshold(sigmoid_is_one, 0, 1e3);
    printf("    in double, s(z) rounds to exactly 1 from z = %.17g on\n",
           one);
    out_value("one_from", "%.4g", one);
    out_value("s_at_minus_zmax", "%.3g", act_sigmoid(-zmax));
    out_value("zmax", "%g", zmax);
    out_value("symmetry_gap", "%.2g", gap);
    out_value("points", "%ld", points);
}

/* S2: each form of s' against the long double reference, along z. */
static void show_prime_error(double zmax, long points, enum precision prec)
{
    const struct sweep_form forms_d[] = {
        { "textbook", sigmoid_forms_textbook },
        { "output", sigmoid_forms_output },
        { "library", sigmoid_forms_library },
        { "central", central_prime },
    };
    const struct sweep_form forms_f[] = {
        { "textbook", sigmoid_forms_textbookf },
        { "output", sigmoid_forms_outputf },
        { "library", sigmoid_forms_libraryf },
        { "central", central_prime },
    };
    const struct sweep_form *forms = prec == PREC_FLOAT ? forms_f : forms_d;
    struct sweep_worst worst[4];
    struct tsv *t = tsv_open("prime_error.tsv",
                             "z textbook output library central");

    sweep_along_z(forms, 4, ref_sigmoid_prime, -zmax, zmax, points, t, worst);
    printf("S2  s'(z) against a long double reference, z in [%g, %g], %s:\n",
           -zmax, zmax, precision_names[prec]);
    sweep_print_worst(forms, 4, worst);
}

/* S2: the error of the difference quotients against the step h. */
static void show_diff_steps(double z0, enum precision prec)
{
    double eps = prec == PREC_FLOAT ? FLT_EPSILON / 2 : DBL_EPSILON / 2;
    sweep_show_diff_steps(sig_fn, ref_sigmoid_prime, z0, sigmoid_third(z0),
                          eps);
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
        tsv_row(t, 3, TABLE_Z[i], d, frac);
        char key[32];
        snprintf(key, sizeof key, "prime_%g", TABLE_Z[i]);
        out_value(key, "%.3g", d);
    }
}

/* S4: the two-weight descent, with all-positive and zero-centred inputs. */
static void show_zigzag(uint64_t seed, double lr, long max_steps)
{
    static const char *const names[] = { "sigmoid", "tanh" };
    const double span = 1.0; /* the loss grid: w* +- 1.5 span in w1, w2 */
    long steps[2];

    printf("S4  learning w* = (1, -1) from inputs that are...\n");
    for (int kind = ZIGZAG_SIGMOID; kind <= ZIGZAG_TANH; kind++) {
        char name[32];
        snprintf(name, sizeof name, "path_%s.tsv", names[kind]);
        struct tsv *path = tsv_open(name, "step w1 w2");
        struct zigzag_result r = zigzag_descend(kind, seed, lr, max_steps,
                                                path);
        double same = (double)r.same_sign / (double)r.steps;
        steps[kind] = r.steps;
        printf("    %-7s outputs: %5ld steps to |w - w*| < %g; in %3.0f %% "
               "of them\n%25s both weights moved the same way\n",
               names[kind], r.steps, ZIGZAG_TOL, 100 * same, "");

        double m[3];
        zigzag_moments(kind, seed + 1, 20000, m);
        printf("%25s loss valley %.1f times steeper across than along\n",
               "", zigzag_condition(m));
        snprintf(name, sizeof name, "loss_%s.tsv", names[kind]);
        struct tsv *grid = tsv_open(name, "w1 w2 loss");
        for (int i = 0; i <= 60; i++) {
            double w1 = -0.5 * span + 2.5 * span * i / 60.0;
            for (int j = 0; j <= 60; j++) {
                double w2 = -1.5 * span - 0.5 * span + 2.5 * span * j / 60.0;
                tsv_row(grid, 3, w1, w2, zigzag_loss(m, w1, w2));
            }
            tsv_blank(grid);
        }
        snprintf(name, sizeof name, "zz_steps_%s", names[kind]);
        out_value(name, "%ld", r.steps);
        snprintf(name, sizeof name, "zz_same_%s", names[kind]);
        out_value(name, "%.0f", 100 * same);
        snprintf(name, sizeof name, "zz_cond_%s", names[kind]);
        out_value(name, "%.1f", zigzag_condition(m));
    }
    struct tsv *target = tsv_open("target.tsv", "w1 w2");
    tsv_row(target, 2, ZIGZAG_TARGET_W1, ZIGZAG_TARGET_W2);
    out_value("zz_ratio", "%.1f", (double)steps[0] / (double)steps[1]);
    out_value("zz_lr", "%g", lr);
}

int main(int argc, char **argv)
{
    double zmax = 40, z0 = 1, lr = 0.5;
    long points = 801, max_steps = 100000;
    uint64_t seed = 7;
    int prec = PREC_DOUBLE;
    const struct cli_opt opts[] = {
        { "zmax", CLI_DOUBLE, &zmax, "plot s and s' for z in [-zmax, zmax]",
          1e-3, 1e4, NULL },
        { "points", CLI_LONG, &points, "number of grid points", 2, 1e6,
          NULL },
        { "h", CLI_DOUBLE, &h_step, "step of the central difference",
          1e-300, 1, NULL },
        { "z0", CLI_DOUBLE, &z0, "where to sweep the difference step",
          -30, 30, NULL },
        { "precision", CLI_CHOICE, &prec, "precision of the S2 forms", 0, 0,
          precision_names },
        { "seed", CLI_SEED, &seed, "seed of the S4 inputs", 0, 0, NULL },
        { "lr", CLI_DOUBLE, &lr, "learning rate of the S4 descent", 1e-4,
          2, NULL },
        { "max-steps", CLI_LONG, &max_steps, "S4 gives up after this many",
          1, 1e7, NULL },
        { NULL, 0, NULL, NULL, 0, 0, NULL },
    };
    const struct cli_program prog = {
        "07-sigmoid",
        "The sigmoid and its derivative: claims S1-S4 of the course.",
        OUTPUTS, opts,
    };
    cli_parse(&prog, argc, argv);
    if (prec == PREC_FLOAT) {
        sig_fn = sigmoid_forms_sigmoidf;
    }

    printf("Chapter 7: the sigmoid s(z) = 1 / (1 + e^-z)\n\n");
    show_function(zmax, points);
    putchar('\n');
    show_prime_error(zmax, points, prec);
    show_diff_steps(z0, prec);
    putchar('\n');
    show_table();
    putchar('\n');
    show_zigzag(seed, lr, max_steps);
    out_finish();
    return 0;
}
