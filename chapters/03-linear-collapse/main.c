/*
 * 03-linear-collapse - layers without an activation collapse into one.
 *
 * Reproduces claims N3, N4 and N8 of the claims ledger:
 *   N3  a stack of affine layers is one affine map: W2 (W1 x + b1) + b2 =
 *       (W2 W1) x + (W2 b1 + b2). The article's 2-3-1 expansion, computed
 *       term by term, by matrix products and by probing the network; and
 *       random deep linear networks against their one-layer collapse;
 *   N4  so a deep linear network is no more powerful than one layer:
 *       trained on the article's set it reaches the accuracy of a single
 *       layer, and its decision boundary is a straight line;
 *   N8  through linear layers values grow (or shrink) geometrically with
 *       depth; sigmoid and tanh keep them bounded, and a sigmoid output
 *       reads as a probability.
 *
 * Run it:   build/bin/03-linear-collapse
 *           build/bin/03-linear-collapse --depth 12 --width 4 --gain 1.5
 *           build/bin/03-linear-collapse --help
 * It runs the chapter's sections in order: each computes with
 * collapse.c and says what it found with collapse_report.c, which prints
 * the summary and, with --out DIR, writes the tables listed in OUTPUTS
 * below (plots/03-linear-collapse/ draws them) and the text's values.
 */
#include "alloc.h"
#include "cli.h"
#include "collapse.h"
#include "collapse_report.h"
#include "data2d.h"
#include "out.h"
#include "plane.h"
#include "progress.h"
#include "rng.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static const char OUTPUTS[] =
    "  article.tsv       term, expansion, matrix, network, ulps: the 2-3-1\n"
    "                    network's coefficients of x1, x2 and 1, computed\n"
    "                    three ways, and their largest distance in ulps\n"
    "  depth.tsv         depth, err_max, err_median, one_per_layer: the\n"
    "                    largest and the median |stack - collapse| over\n"
    "                    the trials, in units of eps times the largest\n"
    "                    |output|, and the line of one eps per layer\n"
    "  points.tsv        x1, x2, label: the article's set\n"
    "  boundary.tsv      x1, x2: points where the deep linear network's\n"
    "                    output is 0, found by bisection\n"
    "  deep_line.tsv, single_line.tsv\n"
    "                    x1, x2: the ends of the lines where the collapsed\n"
    "                    deep network and the single layer output 0\n"
    "  training.tsv      epoch, deep, single: training accuracy (per cent)\n"
    "  magnitudes.tsv    layer, linear_up, linear_down, sigmoid, tanh: the\n"
    "                    rms of the values after each layer\n"
    "  values.tsv        key, value: the numbers the chapter's text quotes\n";

/* Rows fed to each random network of the depth sweep. */
#define SWEEP_ROWS 64
/* Lines across the box on which the boundary is searched, each way, and
 * samples per line: a line crosses the boundary at most once, so 65
 * samples only decide where to bisect. */
#define BOUNDARY_LINES 12
#define BOUNDARY_SAMPLES 65
#define BOUNDARY_MAX (4 * BOUNDARY_LINES)
/* The drawing box of the article's set: the ring ends at radius 3.5. */
#define BOX 4.0
/* Width of the magnitude stacks: wide enough that one layer's growth is
 * within a few per cent of gain (the rms of a sum of 64 terms). */
#define MAGNITUDE_WIDTH 64
/* The most decades the linear stack may grow or shrink: doubles reach
 * 10^308, and the rms of 10^250 leaves room for the spread of values. */
#define MAGNITUDE_DECADES 250
/* Rows through the magnitude stacks. */
#define MAGNITUDE_ROWS 256

/* N4: a network of `depth` linear layers and a single layer, trained
 * the same way on the article's set; then the deep one folded, its
 * boundary searched for point by point, and the single layer's outputs
 * read as probabilities. */
static void compare_trained(uint64_t seed, size_t depth, size_t width,
                            size_t points, double lr, long epochs)
{
    struct rng r;
    struct dataset d;
    rng_seed(&r, seed);
    /* The set is drawn first from the seed, as chapter 2 draws it, so
     * with the same seed and size both chapters see the same points. */
    data_article(&d, &r, points / 2, points - points / 2);
    plane_points_write(tsv_open("points.tsv", "x1 x2 label"), &d);
    struct collapse_comparison c = {
        .n = d.n, .depth = depth, .width = width, .epochs = epochs,
        .lr = lr, .box = BOX, .lines = BOUNDARY_LINES,
    };
    struct collapse_trained *net[2] = { &c.deep, &c.single };
    /* Full batch, so the only randomness is the initial weights. */
    const struct train_config cfg = { lr, epochs, 0, seed, LOSS_BCE };
    for (int k = 0; k < 2; k++) {
        net[k]->acc = alloc_array((size_t)epochs, sizeof(double));
        net[k]->loss = alloc_array((size_t)epochs, sizeof(double));
        net[k]->m = collapse_train_linear(k == 0 ? depth : 1, width, &d,
                                          &r, &cfg, net[k]->acc,
                                          net[k]->loss, &net[k]->ran);
    }
    double pts[2 * BOUNDARY_MAX];
    if (!collapse_report_diverged(&c.deep) &&
        !collapse_report_diverged(&c.single)) {
        collapse_fold(c.deep.m, &c.fold); /* linear: it cannot fail */
        const double lo[2] = { -BOX, -BOX }, hi[2] = { BOX, BOX };
        c.np = collapse_boundary(c.deep.m, lo, hi, BOUNDARY_LINES,
                                 BOUNDARY_SAMPLES, pts, BOUNDARY_MAX);
        c.pts = pts;
        c.dev = collapse_line_deviation(pts, c.np);
        c.off = collapse_line_distance(&c.fold, pts, c.np);
        collapse_logit_stats(c.single.m, &d, &c.logits);
    }
    collapse_report_comparison(&c);
    dense_free(&c.fold);
    for (int k = 0; k < 2; k++) {
        mlp_free(net[k]->m);
        free(net[k]->acc), free(net[k]->loss);
    }
    dataset_free(&d);
}

int main(int argc, char **argv)
{
    long depth = 8, width = 8, max_depth = 24, trials = 20, points = 200;
    long epochs = 500;
    double lr = 0.1, gain = 2;
    uint64_t seed = 1;
    const struct cli_opt opts[] = {
        CLI_SEED("seed", &seed, "seed of every random draw"),
        CLI_LONG("depth", &depth, 1, 100,
                 "layers of the trained deep network"),
        CLI_LONG("width", &width, 1, 64, "width of the hidden layers"),
        CLI_LONG("max-depth", &max_depth, 1, 100,
                 "deepest network of the sweep"),
        CLI_LONG("trials", &trials, 1, 200, "random networks per depth"),
        CLI_LONG("points", &points, 4, 100000, "points of the article set"),
        CLI_DOUBLE("lr", &lr, 1e-6, 10, "learning rate"),
        CLI_LONG("epochs", &epochs, 1, 1000000, "epochs of training"),
        CLI_DOUBLE("gain", &gain, 1e-3, 1e3,
                   "growth per layer, linear stack"),
        CLI_END
    };
    CLI_PARSE("03-linear-collapse",
              "Linear layers collapse into one (claims N3, N4, N8).",
              OUTPUTS, opts, argc, argv);
    /* The linear stack of N8 multiplies values by about gain per layer;
     * past 10^+-250 in all they would overflow or lose all precision. */
    if ((double)max_depth * fabs(log10(gain)) > MAGNITUDE_DECADES) {
        fprintf(stderr, "03-linear-collapse: options --gain, --max-depth: "
                "%g^%ld leaves the range of doubles; keep max-depth x "
                "|log10 gain| <= %d\n", gain, max_depth, MAGNITUDE_DECADES);
        return 2;
    }
    printf("Chapter 3: layers without an activation\n\n");

    // -------------------------------- N3: the article's 2-3-1 network
    // Its coefficients by the article's expansion, by matrix products
    // and by probing the network.
    struct collapse_three_ways a;
    collapse_three_ways(seed + 1, &a);
    collapse_report_article(&a);

    // ------------------------------------------- N3: the depth sweep
    // At each depth, random linear networks against their collapse.
    struct rng r;
    rng_seed(&r, seed + 2);
    struct collapse_sweep sw = { (size_t)width, (size_t)max_depth,
                                 SWEEP_ROWS, trials, NULL, 0, 0, { 0, 0, 0 } };
    collapse_report_sweep_begin(&sw);
    for (size_t d = 1; d <= sw.max_depth; d++) {
        struct collapse_depth_stat st;
        progress_show("sweep, depth %zu of %zu", d, sw.max_depth);
        collapse_depth_trials(d, sw.width, trials, SWEEP_ROWS, &r, &st);
        collapse_report_sweep_depth(&sw, d, &st);
    }
    progress_done();
    collapse_report_sweep_end(&sw);

    // ------------------------------------ N4: deep against single
    compare_trained(seed, (size_t)depth, (size_t)width, (size_t)points, lr,
                    epochs);

    // ------------------------------------------------ N8: magnitudes
    // Linear stacks with gain and 1 / gain, sigmoid and tanh stacks.
    struct collapse_stacks st;
    collapse_stacks(MAGNITUDE_WIDTH, (size_t)max_depth, gain, MAGNITUDE_ROWS,
                    seed + 3, &st);
    collapse_report_stacks(&st, MAGNITUDE_WIDTH, (size_t)max_depth, gain,
                           MAGNITUDE_ROWS);
    collapse_stacks_free(&st);
    out_finish();
    return 0;
}
