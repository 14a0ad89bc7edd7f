/*
 * 10-relu - ReLU's values, and the accuracy of every kernel the
 * benchmark times.
 *
 * Reproduces, of the claims ledger:
 *   R1  relu(z) = max(0, z), relu'(z) = 1 for z > 0 and 0 for z < 0; at
 *       z = 0 the course takes relu'(0) = 0, and a NaN stays NaN;
 *   R3  (its arithmetic) a timing means nothing without accuracy: the
 *       largest error of each timed kernel against a double reference.
 * The chapter's other programs take the rest of it, one section each:
 *   10-relu-bench  R3: the timings, and the recorded GPU measurement
 *   10-relu-speed  R3's other "faster": epochs to a training loss
 *   10-relu-dead   R4: dead units, and the gradient that reaches them
 *
 * Run it:   build/bin/10-relu
 *           build/bin/10-relu --ulp-stride 1      (every float; hours)
 * It prints a summary; with --out DIR it writes the tables in OUTPUTS.
 * It reads no file, so it runs the same from any folder.
 */
#include "act.h"
#include "cli.h"
#include "kernels.h"
#include "out.h"
#include "progress.h"
#include "vecact.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

static const char OUTPUTS[] =
    "  function.tsv    z, relu, relu_prime, leaky, leaky_prime\n"
    "  convention.tsv  z, relu_prime, leaky_prime: the derivatives at 0\n"
    "  relu_values.tsv input, relu, relu_prime: special inputs, as text\n"
    "  accuracy.tsv    function, variant, pass, max_ulp, at: each kernel\n"
    "                  against double, every --ulp-stride-th float\n"
    "  values.tsv      key, value: the numbers the chapter's text quotes;\n"
    "                  the families ulp_f_<kernel> and ulp_b_<kernel>\n";

/* ------------------------------------------------------------------ */
/* R1: the function                                                   */
/* ------------------------------------------------------------------ */

#define PLOT_ZMAX 2.0 /* the figure's range, [-2, 2] */

/* An exact value as the table prints it, in LaTeX (table) or plain text
 * (terminal): signed zeros and infinities spelt out, since they are the
 * point. */
static const char *exact_text(double v, int latex, char *buf, size_t len)
{
    if (isnan(v)) {
        snprintf(buf, len, latex ? "NaN" : "nan");
    } else if (v == 0 || isinf(v)) {
        snprintf(buf, len, latex ? "$%s%s$" : "%s%s",
                 signbit(v) ? "-" : "+",
                 v == 0 ? "0" : latex ? "\\infty" : "inf");
    } else {
        snprintf(buf, len, latex ? "%.17g" : "%.3g", v);
    }
    return buf;
}

static void show_function(long points)
{
    struct tsv *t = tsv_open("function.tsv",
                             "z relu relu_prime leaky leaky_prime");
    const double slope = ACT_LEAKY_SLOPE;
    for (long i = 0; i < points; i++) {
        double z = -PLOT_ZMAX +
                   2 * PLOT_ZMAX * (double)i / (double)(points - 1);
        TSV_ROW(t, z, act_relu(z), act_relu_prime(z),
                act_leaky_relu(z, slope), act_leaky_relu_prime(z, slope));
    }
    /* The value the derivative takes at 0, the point the figure marks. */
    struct tsv *c = tsv_open("convention.tsv", "z relu_prime leaky_prime");
    TSV_ROW(c, 0.0, act_relu_prime(0.0), act_leaky_relu_prime(0.0, slope));

    const double special[] = { -INFINITY, -1, -DBL_TRUE_MIN, -0.0, 0.0,
                               DBL_TRUE_MIN, 1, INFINITY, NAN };
    struct tsv *v = tsv_open("relu_values.tsv", "input relu relu_prime");
    printf("R1  %-14s %-14s %s\n", "z", "relu(z)", "relu'(z)");
    for (size_t i = 0; i < sizeof special / sizeof special[0]; i++) {
        double in[3] = { special[i], act_relu(special[i]),
                         act_relu_prime(special[i]) };
        char text[64];
        printf("   ");
        for (int j = 0; j < 3; j++) {
            tsv_str(v, exact_text(in[j], 1, text, sizeof text));
            printf(j < 2 ? " %-14s" : " %s\n",
                   exact_text(in[j], 0, text, sizeof text));
        }
        tsv_end(v);
    }
    out_value("leaky_slope", "%g", slope);
    /* The derivatives' largest values, for the chapter's summary table:
     * s'(0) and tanh'(0), where they peak, and ReLU's slope for z > 0. */
    out_value("gmax_sigmoid", "%g", act_sigmoid_prime(0.0));
    out_value("gmax_tanh", "%g", act_tanh_prime(0.0));
    out_value("gmax_relu", "%g", act_relu_prime(1.0));
}

/* ------------------------------------------------------------------ */
/* R3: accuracy of the timed kernels                                  */
/* ------------------------------------------------------------------ */

/* One row of accuracy.tsv. */
static void accuracy_row(struct tsv *t, const char *function,
                         const char *variant, const char *pass,
                         struct kernels_worst w)
{
    tsv_str(t, function);
    tsv_str(t, variant);
    tsv_str(t, pass);
    tsv_num(t, w.ulps);
    tsv_num(t, w.input);
    tsv_end(t);
}

static void show_accuracy(long stride)
{
    struct tsv *t = tsv_open("accuracy.tsv",
                             "function variant pass max_ulp at");
    printf("\nR3  largest error in ulp against double, one float in %ld:\n"
           "    %-24s %8s %8s\n", stride, "", "scalar", "vec");
    /* Our exponentials, over every x <= 0 with the same stride. */
    struct kernels_worst e = kernels_scan_scalar(
        vecact_exp_negf, exp, KERNELS_NEGATIVE, (uint32_t)stride);
    struct kernels_worst m = kernels_scan_scalar(
        vecact_expm1_negf, expm1, KERNELS_NEGATIVE, (uint32_t)stride);
    accuracy_row(t, "exp", "vec", "--", e);
    accuracy_row(t, "expm1", "vec", "--", m);
    printf("    %-24s %8s %8.2f\n", "exp", "-", e.ulps);
    printf("    %-24s %8s %8.2f\n", "expm1", "-", m.ulps);
    out_value("ulp_exp", "%.2f", e.ulps);
    out_value("ulp_expm1", "%.2f", m.ulps);

    double scalar_ulps = NAN; /* of the row being printed */
    for (size_t i = 0; i < kernels_count; i++) {
        const struct kernels_entry *k = &kernels[i];
        /* The scalar and base builds, which every processor runs, so
         * that the report is the same on every machine; the AVX2 and
         * AVX-512 builds are checked on every input by
         * 10-relu-exhaustive (make check-exhaustive). */
        if (k->ref == NULL || (k->build && k->build != &vecact_base)) {
            continue;
        }
        progress_show("accuracy: %s", k->name);
        struct kernels_worst w = kernels_scan(k, (uint32_t)stride);
        int fwd = k->pass == KERNELS_FORWARD;
        accuracy_row(t, k->function,
                     k->from_output ? "vec, from $y$" : k->variant,
                     fwd ? "forward" : "backward", w);
        out_value(OUT_KEY(fwd ? "ulp_f_%s" : "ulp_b_%s", k->name), "%.2f",
                  w.ulps);
        /* One line per function and pass: the scalar build, then vec. */
        if (strcmp(k->variant, "scalar") == 0) {
            scalar_ulps = w.ulps;
            continue;
        }
        char row[64], scalar[16] = "-";
        snprintf(row, sizeof row, "%s %s%s", k->function,
                 fwd ? "forward" : "backward",
                 k->from_output ? ", from y" : "");
        if (!isnan(scalar_ulps)) {
            snprintf(scalar, sizeof scalar, "%.2f", scalar_ulps);
        }
        printf("    %-24s %8s %8.2f\n", row, scalar, w.ulps);
        scalar_ulps = NAN;
    }
    progress_done();
    out_value("ulp_stride", "%ld", stride);
    out_value("bound_exp", "%g", KERNELS_ULP_EXP);
    out_value("bound_forward", "%g", KERNELS_ULP_FORWARD);
    out_value("bound_from_z", "%g", KERNELS_ULP_FROM_Z);
    out_value("bound_from_y", "%g", KERNELS_ULP_FROM_Y);
    out_value("ulp_samples", "%.3g", 4294967296.0 / (double)stride);
}

int main(int argc, char **argv)
{
    long plot_points = 401, ulp_stride = 4093;
    const struct cli_opt opts[] = {
        CLI_LONG("plot-points", &plot_points, 2, 1000000,
                 "grid points of the plot"),
        CLI_LONG("ulp-stride", &ulp_stride, 1, 4294967295.0,
                 "check every N-th float's accuracy, 1 = all"),
        CLI_END
    };
    char purpose[160];
    snprintf(purpose, sizeof purpose, "ReLU's values and the accuracy of "
             "the timed kernels: claims R1, R3. Dispatch on this "
             "processor: %s.", vecact_best()->name);
    CLI_PARSE("10-relu", purpose, OUTPUTS, opts, argc, argv);

    printf("Chapter 10: ReLU\n\n");
    show_function(plot_points);
    show_accuracy(ulp_stride);
    out_finish();
    return 0;
}
