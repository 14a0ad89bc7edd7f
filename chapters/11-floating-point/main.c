/*
 * 11-floating-point - where the textbook formulas break in floating point,
 * and how well the library's own forms do.
 *
 * Tests claims F1-F5 of chapter 11 (beyond the article):
 *   F1  the textbook forms are safe to compute as printed: the program
 *       finds, by bisection on floats and on doubles, the first input
 *       where each returns 0, 1, NaN or infinity, and compares it with
 *       its derivation;
 *   F2  the library's float activations and derivatives are within 4 and
 *       8 ulp of the truth for every float: checked here on runs of
 *       consecutive floats spread over all of them (make
 *       check-exhaustive checks all 2^32, and --full shows that run),
 *       and in double on random inputs;
 *   F3  they give NaN only for NaN, are monotone and keep the symmetries;
 *   F4  without a fused multiply-add, 1 - y^2 loses all its digits near
 *       |y| = 1: measured on every float y in [1/2, 1);
 *   F5  log-sigmoid, softplus and cross-entropy need their stable forms.
 *
 * Run it:   build/bin/11-floating-point
 *           build/bin/11-floating-point --run 8 --full build/exhaustive
 *           build/bin/11-floating-point --help
 * It prints a summary; with --out DIR it writes the tables in OUTPUTS,
 * which plots/11-floating-point/ draws.
 */
#include "act.h"
#include "cli.h"
#include "fpcheck.h"
#include "fpforms.h"
#include "fplibrary.h"
#include "fpmeasure.h"
#include "fpreport.h"
#include "out.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

static const char OUTPUTS[] =
    "  thresholds.tsv     key, form, becomes, cause, float_z, double_z,\n"
    "                     true_value (at float_z): where F1's forms break\n"
    "  functions_neg.tsv, functions_pos.tsv     abs_z and the relative\n"
    "                     error (largest in a bin of |z|) of each form of\n"
    "                     s and tanh in float, for z < 0 and z > 0; NaN\n"
    "                     and infinity are written as 1e3\n"
    "  derivatives_neg.tsv, derivatives_pos.tsv  the same for s', tanh'\n"
    "  losses_neg.tsv, losses_pos.tsv            the same for the losses\n"
    "  losses_table.tsv   z and what the naive and stable losses return\n"
    "  sample.tsv         the float check on this build's sample\n"
    "                     (columns as in fpcheck.h)\n"
    "  full.tsv           the full run's summary, if --full names one\n"
    "  values.tsv         key, value: the numbers the chapter quotes; the\n"
    "                     families t_<form>_<f|d>, true_<form>_f,\n"
    "                     cause_<cause>_<derived|found>_<f|d>,\n"
    "                     worst_<column>, sample_<fn>, best_<fn> and\n"
    "                     double_<fn> (OUT_KEY in fpreport.c, main.c,\n"
    "                     fplibrary.c)\n";

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* ------------------------------------------------------------------ */
/* F1, F5: the forms along z (F1's thresholds: fpreport_thresholds)   */
/* ------------------------------------------------------------------ */

/* F1, F5: the error of each form along z, in the figures' tables;
 * returns the stable losses' worst error in float ulps. */
static double show_sweeps(void)
{
    static const struct {
        const char *name;
        const struct fpmeasure_form *forms;
        const int *count;
    } sweeps[] = {
        { "functions", fpmeasure_functions, &fpmeasure_function_count },
        { "derivatives", fpmeasure_derivatives, &fpmeasure_derivative_count },
        { "losses", fpmeasure_losses, &fpmeasure_loss_count },
    };
    double worst[8], stable = 0;
    for (int s = 0; s < COUNT(sweeps); s++) {
        fpmeasure_sweep(sweeps[s].name, sweeps[s].forms, *sweeps[s].count,
                        worst);
        for (int j = 0; j < *sweeps[s].count; j++) {
            const char *col = sweeps[s].forms[j].column;
            out_value(OUT_KEY("worst_%s", col), "%.3g", worst[j]);
            if (strstr(col, "_stable") != NULL) {
                stable = fmax(stable, worst[j]);
            }
        }
    }
    /* What the captions read off the curves: where s(-|z|) ~ e^-|z|
     * leaves the normal floats, and the units of |z| per decimal digit
     * a form from y loses (1 - y ~ e^-|z| for s, 4 e^-2|z| for tanh). */
    out_value("normal_edge_f", "%.1f", -log(FLT_MIN));
    out_value("digit_units_s", "%.2f", log(10));
    out_value("digit_units_t", "%.2f", log(10) / 2);
    return stable;
}

/* F5: what each loss returns far out, in float, and the stable forms'
 * worst error there and (sweep_worst) along the sweep. */
static void show_losses(double sweep_worst)
{
    static const double Z[] = { -100, -50, -20, 20, 50, 100 };
    struct tsv *t = tsv_open("losses_table.tsv",
                             "z log_sigmoid_naive log_sigmoid softplus_naive "
                             "softplus bce1_naive bce1");
    printf("\nF5  the losses in float far out (naive, then stable):\n"
           "    %6s %21s %21s %21s\n", "z", "log s(z)", "softplus(z)",
           "cross-entropy, t = 1");
    for (int i = 0; i < COUNT(Z); i++) {
        const double v[6] = {
            fpforms_log_sigmoid_naivef(Z[i]), fpforms_log_sigmoidf(Z[i]),
            fpforms_softplus_naivef(Z[i]), fpforms_softplusf(Z[i]),
            fpforms_bce1_naivef(Z[i]), fpforms_bcef((float)Z[i], 1.0f),
        };
        printf("    %6g", Z[i]);
        tsv_num(t, Z[i]);
        for (int j = 0; j < 6; j++) {
            printf(" %10.4g", v[j]);
            /* NaN and infinities as words the table can show. */
            if (isnan(v[j]) || isinf(v[j])) {
                tsv_str(t, isnan(v[j]) ? "NaN" : v[j] > 0 ? "inf" : "-inf");
            } else {
                tsv_num(t, v[j]);
            }
        }
        putchar('\n');
        tsv_end(t);
    }
    double f = fpmeasure_stable_losses(FPFORMS_FLOAT),
           d = fpmeasure_stable_losses(FPFORMS_DOUBLE);
    printf("    stable forms, 1e-30 <= |z| <= 1e30: %.2f ulp (float), "
           "%.2f (double);\n    over the sweep of the figure %.2f ulp "
           "(float)\n", f, d, sweep_worst);
    out_value("stable_ulp_f", "%.2f", f);
    out_value("stable_ulp_d", "%.2f", d);
    out_value("stable_ulp_worst_f", "%.2f", fmax(f, sweep_worst));
}

/* ------------------------------------------------------------------ */
/* F4: 1 - y^2 from y                                                 */
/* ------------------------------------------------------------------ */

#define ONE_MINUS_SAMPLES 200000 /* double inputs near 1 */

static void show_one_minus_square(uint64_t seed)
{
    struct fpmeasure_oms r;
    fpmeasure_one_minus_square(seed, ONE_MINUS_SAMPLES, &r);
    fpreport_one_minus_square(&r, ONE_MINUS_SAMPLES);
}

#define DOUBLE_SAMPLES 200000 /* random inputs of the double check */

int main(int argc, char **argv)
{
    long run = 16, stride = 16384;
    uint64_t seed = 11;
    const char *full = NULL;
    const struct cli_opt opts[] = {
        CLI_LONG("run", &run, 1, 1 << 24,
                 "consecutive float magnitudes in each run of the sample"),
        CLI_LONG("stride", &stride, 1, 1 << 24,
                 "a run around every stride-th magnitude"),
        CLI_SEED("seed", &seed, "seed of the random double inputs"),
        CLI_PATH("full", &full,
                 "folder of a make check-exhaustive run to quote"),
        CLI_END
    };
    CLI_PARSE("11-floating-point",
              "Where the textbook formulas break in floating point: claims "
              "F1-F5.",
              OUTPUTS, opts, argc, argv);
    if (run > stride) {
        fprintf(stderr, "%s: option --run: %ld is more than --stride %ld "
                "(runs would overlap)\n", cli_program_name(), run, stride);
        return 2;
    }
    /* A folder the user names must hold a run's record: read it before
     * anything is computed, so that a bad one stops us at once. */
    struct fpcheck_record rec;
    if (full != NULL) {
        fpcheck_read(full, "option --full", &rec);
    }

    printf("Chapter 11: activation functions in floating point\n\n");
    fpreport_thresholds(); /* F1 */
    double sweep_worst = show_sweeps(); /* F1's figures, F5's losses */
    show_one_minus_square(seed);        /* F4, in the chapter's order */
    show_losses(sweep_worst);
    static struct fpcheck_result sample;
    fplibrary_show_sample(run, stride, &sample);
    fplibrary_show_steps();
    fplibrary_show_double(seed + 1, DOUBLE_SAMPLES);
    fplibrary_show_check(full != NULL ? &rec : NULL, &sample);
    out_finish();
    if (full != NULL) {
        fpcheck_record_free(&rec);
    }
    return 0;
}
