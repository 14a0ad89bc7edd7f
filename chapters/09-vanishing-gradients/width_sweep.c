/*
 * width_sweep.c - the gradient's first-to-last ratio against the width;
 * see width_sweep.h.
 */
#include "width_sweep.h"

#include "alloc.h"
#include "cli.h"
#include "fit.h"
#include "out.h"
#include "ref.h"
#include "vanish.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* Widths of the sweep, and its batch and seeds: small, since only a
 * ratio of norms is wanted and the widest network costs 16 times the
 * grid's per row. */
static const size_t WIDTHS[] = { 16, 32, 64, 128, 256 };
#define WIDTH_COUNT (sizeof WIDTHS / sizeof WIDTHS[0])
#define SWEEP_BATCH 16
#define SWEEP_SEEDS 3

/* The medians over the seeds of one network's first-to-last ratio and
 * of the product of its RMS gains. */
static void measure(enum act_kind act, size_t depth, size_t width,
                    uint64_t seed, double *ratio, double *rms)
{
    double r[SWEEP_SEEDS], g[SWEEP_SEEDS];
    struct vanish_layer *L = alloc_array(depth, sizeof *L);
    for (size_t s = 0; s < SWEEP_SEEDS; s++) {
        struct vanish_config c = { act, VANISH_NORMAL, depth, width,
                                   SWEEP_BATCH, seed + s };
        struct mlp *m = vanish_network(&c);
        if (m == NULL) {
            fprintf(stderr, "%s: out of memory\n", cli_program_name());
            exit(1);
        }
        vanish_layers(m, SWEEP_BATCH, 0, L);
        mlp_free(m);
        r[s] = L[depth - 1].grad > 0 ? L[0].grad / L[depth - 1].grad : NAN;
        g[s] = 1.0;
        for (size_t l = 0; l + 1 < depth; l++)
            g[s] *= L[l].rms;
    }
    free(L);
    *ratio = vanish_median(r, SWEEP_SEEDS);
    *rms = vanish_median(g, SWEEP_SEEDS);
}

/* ReLU's gain is the same at every scale, so its law can be checked on
 * the narrower, cheap widths: the widest costs as much as all of these
 * together 13 times over. */
#define RELU_WIDTH_COUNT 3

void width_sweep_show(size_t depth, uint64_t seed)
{
    struct tsv *t = tsv_open("width_sweep.tsv", "width median rms step law");
    double ns[WIDTH_COUNT], ss[WIDTH_COUNT], rs[RELU_WIDTH_COUNT];
    double steps = (double)(depth - 1);
    double law_off = 0.0; /* the largest |step / law - 1| */
    printf("    sigmoid, N(0,1), %d seeds of %d inputs: first-to-last "
           "ratio by width\n    width   median     RMS prediction  per "
           "layer  (n/36pi)^(1/4)\n", SWEEP_SEEDS, SWEEP_BATCH);
    for (size_t k = 0; k < WIDTH_COUNT; k++) {
        double n = (double)WIDTHS[k], med, pred;
        measure(ACT_SIGMOID, depth, WIDTHS[k], seed, &med, &pred);
        double step = pow(med, 1.0 / steps);
        double law = vanish_wide_gain(ACT_SIGMOID, n);
        TSV_ROW(t, n, med, pred, step, law);
        printf("    %-6zu  %-9.2e  %-14.2e  %-9.2f  %.2f\n", WIDTHS[k], med,
               pred, step, law);
        out_value(OUT_KEY("sweep_%zu", WIDTHS[k]), "%.2g", med);
        out_value(OUT_KEY("sweep_step_%zu", WIDTHS[k]), "%.2f", step);
        ns[k] = n;
        ss[k] = step;
        law_off = fmax(law_off, fabs(step / law - 1.0));
    }
    printf("    ReLU, N(0,1): per-layer factor (sqrt(n/2))\n     ");
    for (size_t k = 0; k < RELU_WIDTH_COUNT; k++) {
        double med, pred;
        measure(ACT_RELU, depth, WIDTHS[k], seed, &med, &pred);
        rs[k] = pow(med, 1.0 / steps);
        printf("   %zu: %.2f (%.2f)", WIDTHS[k], rs[k],
               vanish_wide_gain(ACT_RELU, (double)WIDTHS[k]));
        out_value(OUT_KEY("sweep_relu_step_%zu", WIDTHS[k]), "%.2f", rs[k]);
    }
    /* The exponent of n in the per-layer factor, by least squares on
     * the logarithms: 1/4 for the sigmoid, 1/2 for ReLU. */
    double es = fit_loglog(ns, ss, WIDTH_COUNT).slope;
    double er = fit_loglog(ns, rs, RELU_WIDTH_COUNT).slope;
    printf("\n    per-layer factor ~ n^%.3f for the sigmoid "
           "(x %.3f per doubling),\n    like n^%.3f for ReLU (x %.3f)\n",
           es, pow(2.0, es), er, pow(2.0, er));
    out_value("sweep_law_off", "%.0f", ceil(100.0 * law_off));
    out_value("sweep_exponent", "%.2f", es);
    out_value("sweep_doubling", "%.2f", pow(2.0, es));
    out_value("sweep_exponent_relu", "%.2f", er);
    /* Where the sigmoid's law reaches 1: n = 36 pi. */
    out_value("sweep_cross", "%.0f", 36.0 * REF_PI);
    out_value("sweep_widest", "%zu", WIDTHS[WIDTH_COUNT - 1]);
    out_value("sweep_seeds", "%d", SWEEP_SEEDS);
    out_value("sweep_batch", "%d", SWEEP_BATCH);
}
