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
 * It prints a summary; with --out DIR it writes the tables listed in
 * OUTPUTS below, which plots/03-linear-collapse/ draws.
 */
#include "act.h"
#include "alloc.h"
#include "cli.h"
#include "collapse.h"
#include "data2d.h"
#include "dense.h"
#include "mlp.h"
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

static void out_of_memory(void)
{
    fprintf(stderr, "03-linear-collapse: out of memory\n");
    exit(1);
}

/* ------------------------------------------------------------- N3: 2-3-1 */

static void show_article(uint64_t seed)
{
    struct collapse_three_ways a;
    if (collapse_three_ways(seed, &a) != 0) {
        out_of_memory();
    }
    static const char *const terms[] = { "x1", "x2", "1" };
    struct tsv *t = tsv_open("article.tsv",
                             "term expansion matrix network ulps");
    printf("N3  the article's 2-3-1 network, weights and biases N(0, 1):\n"
           "    term expansion            matrix product       "
           "network probe        ulps\n");
    for (int k = 0; k < 3; k++) {
        printf("    %-4s %-21.17g%-21.17g%-21.17g%llu\n", terms[k],
               a.expansion[k], a.matrix[k], a.network[k],
               (unsigned long long)a.ulps[k]);
        tsv_str(t, terms[k]);
        tsv_num(t, a.expansion[k]);
        tsv_num(t, a.matrix[k]);
        tsv_num(t, a.network[k]);
        tsv_int(t, (long long)a.ulps[k]);
        tsv_end(t);
    }
    printf("    the article's constant, without b2: %.17g\n"
           "    the output bias b2:                 %.17g\n",
           a.article_const, a.b2);
    out_value("article_const", "%.6f", a.article_const);
    out_value("article_b2", "%.6f", a.b2);
    out_value("article_ulps", "%llu", (unsigned long long)a.worst_ulps);
}

/* ---------------------------------------------------- N3: depth sweep */

static void show_depth(uint64_t seed, size_t width, size_t max_depth,
                       long trials)
{
    struct rng r;
    rng_seed(&r, seed);
    struct tsv *t = tsv_open("depth.tsv",
                             "depth err_max err_median one_per_layer");
    double worst_ratio = 0, bound_ratio = 0;
    struct collapse_depth_stat st = { 0, 0, 0 };
    printf("\nN3  random deep linear networks of width %zu, %ld per depth:"
           "\n    |stack - collapse| in units of eps times the largest "
           "|output|\n    depth   largest  median\n", width, trials);
    for (size_t depth = 1; depth <= max_depth; depth++) {
        progress_show("sweep, depth %zu of %zu", depth, max_depth);
        if (collapse_depth_trials(depth, width, trials, SWEEP_ROWS, &r,
                                  &st) != 0) {
            out_of_memory();
        }
        TSV_ROW(t, depth, st.worst, st.median, depth);
        worst_ratio = fmax(worst_ratio, st.worst / (double)depth);
        bound_ratio = fmax(bound_ratio, st.bound_ratio);
        if (depth <= 2 || depth % 4 == 0 || depth == max_depth) {
            printf("    %5zu  %8.3g  %6.3g\n", depth, st.worst, st.median);
        }
    }
    progress_done();
    printf("    largest per layer: %.2g eps; largest share of the rounding "
           "bound: %.2g\n", worst_ratio, bound_ratio);
    out_value("sweep_depth", "%zu", max_depth);
    out_value("sweep_width", "%zu", width);
    out_value("sweep_trials", "%ld", trials);
    out_value("sweep_rows", "%d", SWEEP_ROWS);
    out_value("sweep_worst", "%.3g", st.worst);
    out_value("sweep_median", "%.3g", st.median);
    out_value("sweep_per_layer", "%.2g", worst_ratio);
    out_value("sweep_bound_ratio", "%.2g", bound_ratio);
}

/* ------------------------------------------------- N4: deep vs single */

/* N8's last point, on the trained single layer: its logits are not
 * probabilities (nothing keeps them in [0, 1]); through the sigmoid they
 * are, and at the minimum of the cross-entropy their mean is the share of
 * class 1. */
static void show_probability(struct mlp *single, const struct dataset *d)
{
    struct collapse_logits s;
    collapse_logit_stats(single, d, &s);
    printf("    single layer's outputs: logits in [%.3f, %.3f]; through "
           "the sigmoid\n    in [%.3f, %.3f], mean %.4f against a share "
           "of triangles of %.4f\n", s.lmin, s.lmax, s.pmin, s.pmax,
           s.pmean, s.ymean);
    out_value("logit_min", "%.3f", s.lmin);
    out_value("logit_max", "%.3f", s.lmax);
    out_value("prob_min", "%.3f", s.pmin);
    out_value("prob_max", "%.3f", s.pmax);
    out_value("prob_mean", "%.4f", s.pmean);
    out_value("share_ones", "%.4f", s.ymean);
}

/* The deep network's boundary, searched for directly, and both networks'
 * lines (the deep one's by folding it). */
struct boundary {
    size_t points;
    double dev; /* farthest from the line through the outermost two */
    double off; /* farthest from the folded map's line */
};

static struct boundary show_boundary(struct mlp *deep,
                                     const struct dense *fold,
                                     const struct dense *sl)
{
    const struct plane_box box = { { -BOX, -BOX }, { BOX, BOX } };
    double pts[2 * BOUNDARY_MAX];
    size_t np = collapse_boundary(deep, box.lo, box.hi, BOUNDARY_LINES,
                                  BOUNDARY_SAMPLES, pts, BOUNDARY_MAX);
    double dev = collapse_line_deviation(pts, np);
    double off = collapse_line_distance(fold, pts, np);
    struct tsv *bt = tsv_open("boundary.tsv", "x1 x2");
    for (size_t k = 0; k < np; k++)
        TSV_ROW(bt, pts[2 * k], pts[2 * k + 1]);
    plane_line_write(tsv_open("deep_line.tsv", "x1 x2"), fold->w,
                     fold->b[0], &box);
    plane_line_write(tsv_open("single_line.tsv", "x1 x2"), sl->w, sl->b[0],
                     &box);
    printf("    deep, folded: w = (%.5f, %.5f), b = %.5f\n", fold->w[0],
           fold->w[1], fold->b[0]);
    printf("    single:       w = (%.5f, %.5f), b = %.5f\n", sl->w[0],
           sl->w[1], sl->b[0]);
    printf("    %zu points where the deep network's output is 0: the "
           "farthest lies\n    %.2g from the line through the outermost "
           "two, %.2g from the folded\n    map's line\n", np, dev, off);
    return (struct boundary){ np, dev, off };
}

static void show_training(uint64_t seed, size_t depth, size_t width,
                          size_t points, double lr, long epochs)
{
    struct rng r;
    struct dataset d;
    rng_seed(&r, seed);
    /* The set is drawn first from the seed, as chapter 2 draws it, so
     * with the same seed and size both chapters see the same points. */
    if (data_article(&d, &r, points / 2, points - points / 2) != 0) {
        out_of_memory();
    }
    plane_points_write(tsv_open("points.tsv", "x1 x2 label"), &d);
    double *acc_d = alloc_array((size_t)epochs, sizeof(double));
    double *loss_d = alloc_array((size_t)epochs, sizeof(double));
    double *acc_s = alloc_array((size_t)epochs, sizeof(double));
    double *loss_s = alloc_array((size_t)epochs, sizeof(double));
    /* Full batch, so the only randomness is the initial weights. */
    const struct train_config cfg = { lr, epochs, 0, seed, LOSS_BCE };
    long ran_d, ran_s;
    struct mlp *deep = collapse_train_linear(depth, width, &d, &r, &cfg,
                                             acc_d, loss_d, &ran_d);
    struct mlp *single = collapse_train_linear(1, width, &d, &r, &cfg,
                                               acc_s, loss_s, &ran_s);
    if (deep == NULL || single == NULL) {
        out_of_memory();
    }
    struct tsv *t = tsv_open("training.tsv", "epoch deep single");
    for (long e = 0; e < ran_d && e < ran_s; e++)
        TSV_ROW(t, e + 1, 100 * acc_d[e], 100 * acc_s[e]);

    int deep_failed = !isfinite(loss_d[ran_d - 1]);
    struct dense fold = { 0 };
    if (deep_failed || !isfinite(loss_s[ran_s - 1])) {
        printf("\nN4  the %s diverged: its loss overflowed in epoch "
               "%ld\n    at learning rate %g; try a smaller --lr\n",
               deep_failed ? "deep network" : "single layer",
               deep_failed ? ran_d : ran_s, lr);
    } else if (collapse_fold(deep, &fold) != 0) {
        out_of_memory();
    } else {
        const struct dense *sl = &single->layers[0];
        printf("\nN4  the article set (%zu points), %ld epochs of "
               "full-batch gradient descent\n    on the cross-entropy, "
               "learning rate %g:\n", d.n, epochs, lr);
        printf("    %-26s accuracy %5.1f %%, loss %.6f\n",
               "deep linear network", 100 * acc_d[epochs - 1],
               loss_d[epochs - 1]);
        printf("    %-26s accuracy %5.1f %%, loss %.6f\n", "single layer",
               100 * acc_s[epochs - 1], loss_s[epochs - 1]);
        printf("    (the deep one: %zu layers of width %zu, %zu weights "
               "and biases)\n", depth, width, collapse_parameters(deep));
        struct boundary b = show_boundary(deep, &fold, sl);
        show_probability(single, &d);
        out_value("train_n", "%zu", d.n);
        out_value("train_epochs", "%ld", epochs);
        out_value("train_lr", "%g", lr);
        out_value("deep_depth", "%zu", depth);
        out_value("deep_width", "%zu", width);
        out_value("deep_params", "%zu", collapse_parameters(deep));
        out_value("acc_deep", "%.1f", 100 * acc_d[epochs - 1]);
        out_value("acc_single", "%.1f", 100 * acc_s[epochs - 1]);
        out_value("loss_deep", "%.6f", loss_d[epochs - 1]);
        out_value("loss_single", "%.6f", loss_s[epochs - 1]);
        out_value("deep_w1", "%.5f", fold.w[0]);
        out_value("deep_w2", "%.5f", fold.w[1]);
        out_value("deep_b", "%.5f", fold.b[0]);
        out_value("single_w1", "%.5f", sl->w[0]);
        out_value("single_w2", "%.5f", sl->w[1]);
        out_value("single_b", "%.5f", sl->b[0]);
        out_value("boundary_points", "%zu", b.points);
        out_value("boundary_lines", "%d", 2 * BOUNDARY_LINES);
        out_value("boundary_dev", "%.2g", b.dev);
        out_value("boundary_off", "%.2g", b.off);
    }
    dense_free(&fold);
    mlp_free(deep);
    mlp_free(single);
    free(acc_d), free(loss_d), free(acc_s), free(loss_s);
    dataset_free(&d);
}

/* ----------------------------------------------------- N8: magnitudes */

static void show_magnitudes(uint64_t seed, size_t width, size_t depth,
                            double gain)
{
    struct collapse_stacks st;
    if (collapse_stacks(width, depth, gain, MAGNITUDE_ROWS, seed,
                        &st) != 0) {
        out_of_memory();
    }
    double *const *rms = st.rms;
    struct tsv *t = tsv_open("magnitudes.tsv",
                             "layer linear_up linear_down sigmoid tanh");
    for (size_t l = 0; l <= depth; l++)
        TSV_ROW(t, l, rms[COLLAPSE_UP][l], rms[COLLAPSE_DOWN][l],
                rms[COLLAPSE_SIG][l], rms[COLLAPSE_TANH][l]);
    printf("\nN8  rms of the values through %zu layers of width %zu "
           "(weights N(0, gain^2/%zu)):\n", depth, width, width);
    printf("    %-11s gain %-4g rms %.3g -> %.3g: a factor %.4f per layer\n",
           "linear_up", gain, rms[COLLAPSE_UP][0], rms[COLLAPSE_UP][depth],
           st.up);
    printf("    %-11s gain %-4g rms %.3g -> %.3g: a factor %.4f per layer\n",
           "linear_down", 1 / gain, rms[COLLAPSE_DOWN][0],
           rms[COLLAPSE_DOWN][depth], st.down);
    printf("    %-11s gain %-4g rms %.3g -> %.3g; all %.2g inside (0, 1)\n",
           "sigmoid", gain, rms[COLLAPSE_SIG][0], rms[COLLAPSE_SIG][depth],
           st.sig_inside);
    printf("    %-11s gain %-4g rms %.3g -> %.3g; all %.2g inside (-1, 1)\n",
           "tanh", gain, rms[COLLAPSE_TANH][0], rms[COLLAPSE_TANH][depth],
           st.tanh_inside);
    out_value("mag_width", "%zu", width);
    out_value("mag_depth", "%zu", depth);
    out_value("mag_rows", "%d", MAGNITUDE_ROWS);
    out_value("mag_gain", "%g", gain);
    out_value("mag_gain_down", "%g", 1 / gain);
    out_value("mag_up", "%.4f", st.up);
    out_value("mag_down", "%.4f", st.down);
    out_value("mag_up_last", "%.3g", rms[COLLAPSE_UP][depth]);
    out_value("mag_down_last", "%.3g", rms[COLLAPSE_DOWN][depth]);
    out_value("mag_sigmoid_last", "%.3g", rms[COLLAPSE_SIG][depth]);
    out_value("mag_tanh_last", "%.3g", rms[COLLAPSE_TANH][depth]);
    out_value("mag_sigmoid_inside", "%.2g", st.sig_inside);
    out_value("mag_tanh_inside", "%.2g", st.tanh_inside);
    collapse_stacks_free(&st);
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
    const struct cli_program prog = {
        "03-linear-collapse",
        "Linear layers collapse into one (claims N3, N4, N8).",
        OUTPUTS, opts,
    };
    cli_parse(&prog, argc, argv);
    /* The linear stack of N8 multiplies values by about gain per layer;
     * past 10^+-250 in all they would overflow or lose all precision. */
    if ((double)max_depth * fabs(log10(gain)) > MAGNITUDE_DECADES) {
        fprintf(stderr, "03-linear-collapse: options --gain, --max-depth: "
                "%g^%ld leaves the range of doubles; keep max-depth x "
                "|log10 gain| <= %d\n", gain, max_depth, MAGNITUDE_DECADES);
        return 2;
    }
    printf("Chapter 3: layers without an activation\n\n");
    show_article(seed + 1);
    show_depth(seed + 2, (size_t)width, (size_t)max_depth, trials);
    show_training(seed, (size_t)depth, (size_t)width, (size_t)points, lr,
                  epochs);
    show_magnitudes(seed + 3, MAGNITUDE_WIDTH, (size_t)max_depth, gain);
    out_finish();
    return 0;
}
