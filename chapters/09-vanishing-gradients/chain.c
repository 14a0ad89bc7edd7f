/*
 * chain.c - the exploding chain and the window; see chain.h.
 */
#include "chain.h"

#include "act.h"
#include "alloc.h"
#include "explode.h"
#include "out.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* Inputs off the tuned x0 by these amounts show how exact the tuning
 * must be: each one saturates a few units later. */
static const double OFFSETS[] = { 1e-4, 1e-8, 1e-12 };
#define OFFSET_COUNT (sizeof OFFSETS / sizeof OFFSETS[0])

/* Weights at which the window's width is tabulated. */
static const double WINDOW_W[] = { 5, 10, 100, 1000, 10000 };
#define WINDOW_COUNT (sizeof WINDOW_W / sizeof WINDOW_W[0])

void chain_show(double w, size_t depth)
{
    struct tsv *t = tsv_open("explode.tsv",
                             "depth exact offset_1 offset_2 offset_3");
    struct tsv *f = tsv_open("chain_factors.tsv",
                             "unit exact offset_1 offset_2 offset_3");
    double *grad = alloc_array(depth, sizeof *grad);
    double *z = alloc_array(depth, sizeof *z);
    /* fac[k][l]: unit l's factor w s'(z_l) in the deepest chain, fed the
     * tuned input (k = 0) or one off by OFFSETS[k - 1]. */
    double *fac = alloc_array((OFFSET_COUNT + 1) * depth, sizeof *fac);
    const double x0 = 0.5; /* any input will do; b_1 cancels it */
    for (size_t d = 1; d <= depth; d++) {
        tsv_int(t, (long long)d);
        for (size_t k = 0; k <= OFFSET_COUNT; k++) {
            double x = x0 + (k == 0 ? 0.0 : OFFSETS[k - 1]);
            explode_chain(w, d, x0, x, grad, z);
            tsv_num(t, fabs(grad[0]));
            for (size_t l = 0; d == depth && l < d; l++)
                fac[k * depth + l] = fabs(w) * act_sigmoid_prime(z[l]);
        }
        tsv_end(t);
    }
    for (size_t l = 0; l < depth; l++) {
        tsv_int(f, (long long)l + 1);
        for (size_t k = 0; k <= OFFSET_COUNT; k++)
            tsv_num(f, fac[k * depth + l]);
        tsv_end(f);
    }

    /* The tuned chain: every factor w/4, the gradient (w/4)^depth. */
    double fmin_exact = INFINITY, fmax_exact = 0.0;
    for (size_t l = 0; l < depth; l++) {
        fmin_exact = fmin(fmin_exact, fac[l]);
        fmax_exact = fmax(fmax_exact, fac[l]);
    }
    explode_chain(w, depth, x0, x0, grad, NULL);
    printf("Exploding chain: %zu sigmoid units, w = %g, every z = 0:\n"
           "    each unit multiplies by w s'(0) = %.17g .. %.17g;\n"
           "    |dL/dz| at the first unit %.6g = (w/4)^%zu * %.17g\n",
           depth, w, fmin_exact, fmax_exact, fabs(grad[0]), depth,
           fabs(grad[0]) / pow(fabs(w) / 4, (double)depth));
    out_value("w", "%g", w);
    out_value("chain_depth", "%zu", depth);
    out_value("factor_min", "%.17g", fmin_exact);
    out_value("factor_max", "%.17g", fmax_exact);
    out_value("chain_grad", "%.3g", fabs(grad[0]));

    /* The inputs off the tuning: how many units, from the input, still
     * multiply by more than 1, and the largest factor after them. */
    for (size_t k = 0; k < OFFSET_COUNT; k++) {
        const double *fk = fac + (k + 1) * depth;
        size_t alive = 0;
        double rest = 0.0;
        while (alive < depth && fk[alive] >= 1.0)
            alive++;
        for (size_t l = alive; l < depth; l++)
            rest = fmax(rest, fk[l]);
        printf("    input off by %-6g: units 1 to %zu multiply by more "
               "than 1, the rest\n%28s by at most %.2g\n", OFFSETS[k],
               alive, "", rest);
        out_value(OUT_KEY("offset_%zu", k + 1), "%g", OFFSETS[k]);
        out_value(OUT_KEY("alive_%zu", k + 1), "%zu", alive);
        out_value(OUT_KEY("rest_%zu", k + 1), "%.2g", rest);
    }
    free(grad), free(z), free(fac);
}

void chain_show_window(void)
{
    struct tsv *t = tsv_open("window.tsv", "w bisect formula asymptote");
    struct tsv *tab = tsv_open("window_table.tsv",
                               "w bisect formula asymptote");
    /* w from 4 to 4e4, 32 a decade (points 7.5 % apart): enough to draw
     * the curve; its peak is located by explode_window_peak(). */
    const int per_decade = 32, decades = 4;
    double worst = 0.0;
    for (int i = 1; i <= per_decade * decades; i++) {
        double w = 4.0 * pow(10.0, (double)i / per_decade);
        double b = explode_window_bisect(w), f = explode_window_width(w);
        TSV_ROW(t, w, b, f, 2.0 * log(w) / w);
        worst = fmax(worst, fabs(b - f) / f);
    }
    printf("Window where |w s'(w a + b)| >= 1 (width in a; 0 if |w| <= 4):"
           "\n    w        bisection   formula     2 ln(w)/w\n");
    for (size_t k = 0; k < WINDOW_COUNT; k++) {
        double w = WINDOW_W[k];
        double b = explode_window_bisect(w), f = explode_window_width(w);
        double as = 2.0 * log(w) / w;
        TSV_ROW(tab, w, b, f, as);
        printf("    %-7g  %-10.4g  %-10.4g  %.4g\n", w, b, f, as);
        out_value(OUT_KEY("window_%g", w), "%.3g", f);
    }
    double peak_w = explode_window_peak();
    double peak = explode_window_width(peak_w);
    printf("    bisection and formula agree to %.2g relative; the widest"
           " window,\n    %.4g, is at w = %.4g (golden-section search)\n",
           worst, peak, peak_w);
    out_value("window_agree", "%.1g", worst);
    out_value("window_peak", "%.4g", peak);
    out_value("window_peak_w", "%.4g", peak_w);
}
