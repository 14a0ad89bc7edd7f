/*
 * fmexp.c - chapter 13's experiments; see fmexp.h.
 *
 * Every run of a model is `seeds` runs: seed s draws the weights and the
 * order of the examples, nothing else differs, and a verdict is stated
 * as the median over the seeds with their range.
 */
#include "fmexp.h"

#include "alloc.h"
#include "bench.h"
#include "cli.h"
#include "fmprobe.h"
#include "idx.h"
#include "out.h"
#include "progress.h"
#include "table.h"

#include <errno.h>
#include <limits.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const fmexp_class_names[FMEXP_CLASSES] = {
    "T-shirt", "Trouser", "Pullover", "Dress", "Coat",
    "Sandal",  "Shirt",   "Sneaker",  "Bag",   "Boot",
};

#define EVAL_ROWS 1000  /* rows per forward pass when evaluating */
#define GRAD_ROWS 1000  /* examples the gradient norms average over (P5) */
#define EPOCHS_MAX 201

void fmexp_load(struct fmexp *e, const struct fmexp_cfg *c)
{
    memset(e, 0, sizeof *e);
    const char *where;
    const char *dir = idx_data_dir(c->data, &where);
    struct idx_set tr, te;
    idx_load_or_exit(dir, "train", FMEXP_CLASSES, where, &tr);
    idx_load_or_exit(dir, "t10k", FMEXP_CLASSES, where, &te);
    fmdata_from_idx(&e->train, &tr, c->train_size);
    fmdata_from_idx(&e->test, &te, c->test_size);
    idx_free(&tr);
    idx_free(&te);
    e->pred_linear = alloc_array((size_t)e->test.count, 1);
    e->pred_net = alloc_array((size_t)e->test.count, 1);
}

void fmexp_free(struct fmexp *e)
{
    fmdata_free(&e->train);
    fmdata_free(&e->test);
    free(e->pred_linear);
    free(e->pred_net);
}

/* The median, lowest and highest of x[0..n-1] (x is not changed). */
struct spread {
    double med, lo, hi;
};
static struct spread spread_of(const double *x, long n)
{
    double y[FMEXP_SEEDS_MAX];
    struct spread s = { 0, INFINITY, -INFINITY };
    for (long i = 0; i < n; i++) {
        y[i] = x[i];
        s.lo = fmin(s.lo, x[i]);
        s.hi = fmax(s.hi, x[i]);
    }
    s.med = bench_median(y, (size_t)n);
    return s;
}

/* One training run: a network of `layers` weight layers (hidden widths
 * `width`), activation `act`, initialisation `init`, from seed `seed`. */
static int run(struct fmnet *n, const struct fmexp *e,
               const struct fmexp_cfg *c, int layers, long width,
               enum act_kind act, enum fmnet_init init, uint64_t seed,
               struct fmtrain_epoch *h)
{
    long w[FMNET_LAYERS_MAX + 1];
    w[0] = e->train.dim;
    for (int l = 1; l < layers; l++) {
        w[l] = width;
    }
    w[layers] = FMEXP_CLASSES;
    struct rng r;
    rng_seed(&r, seed);
    fmnet_init(n, layers, w, act, init,
               c->batch > EVAL_ROWS ? c->batch : EVAL_ROWS, &r);
    struct fmtrain_opts o = { c->epochs, c->batch, c->lr, seed };
    return fmtrain_run(n, &e->train, &e->test, &o, h);
}

/* ------------------------------------------------------------------ */
/* P2: how fast the products run                                      */
/* ------------------------------------------------------------------ */

#define SPEED_SIDE 512 /* 1 MB per matrix: beyond L2, a real product */

void fmexp_speed(const struct fmexp_cfg *c)
{
    char cpu[128];
    bench_cpu_model(cpu, sizeof cpu);
    out_value("speed_side", "%d", SPEED_SIDE);
    if (!c->timing) {
        printf("P2  GFLOP/s: not measured (--no-timing)\n\n");
        out_value("gflops_naive", "--");
        out_value("gflops_blas", "--");
        out_value("blas_x", "--");
        out_value("cpu", "not measured");
        return;
    }
    progress_show("timing the matrix products");
    double naive = fmprobe_gflops(SPEED_SIDE, 1, 0.5);
    double blas = fmprobe_gflops(SPEED_SIDE, 0, 0.5);
    progress_done();
    printf("P2  C = A B, %d x %d floats, one thread, on %s (a measurement):"
           "\n    naive loop %.2f GFLOP/s, OpenBLAS sgemm %.1f GFLOP/s, "
           "%.0fx\n\n", SPEED_SIDE, SPEED_SIDE, cpu, naive, blas,
           blas / naive);
    out_value("gflops_naive", "%.2f", naive);
    out_value("gflops_blas", "%.1f", blas);
    out_value("blas_x", "%.0f", blas / naive);
    out_value("cpu", "%s", cpu);
}

/* ------------------------------------------------------------------ */
/* Curves: the median test loss and accuracy per epoch of every model  */
/* ------------------------------------------------------------------ */

#define MODELS 7
#define LINEAR_MODELS 4 /* the first four: their seeds are --seeds */
static const char *const MODEL_KEY[MODELS] = {
    "lin1", "lin2", "lin4", "lin8", "sigmoid", "tanh", "relu",
};
static struct fmtrain_epoch hist[MODELS][FMEXP_SEEDS_MAX][EPOCHS_MAX];
static struct spread final[MODELS]; /* the test accuracy after training */

/* One row per model: x (its place on the figure), model, acc, lo, hi. */
static void write_models(void)
{
    static const char *const label[MODELS] = {
        "softmax", "linear 2", "linear 4", "linear 8", "sigmoid", "tanh",
        "ReLU",
    };
    struct tsv *t = tsv_open("models.tsv", "x model acc lo hi");
    for (int m = 0; m < MODELS; m++) {
        tsv_num(t, m);
        tsv_str(t, label[m]);
        tsv_num(t, final[m].med);
        tsv_num(t, final[m].lo);
        tsv_num(t, final[m].hi);
        tsv_end(t);
    }
}

static void write_curves(const struct fmexp_cfg *c)
{
    char cols[512] = "epoch";
    for (int m = 0; m < MODELS; m++) {
        size_t k = strlen(cols);
        snprintf(cols + k, sizeof cols - k, " loss_%s acc_%s", MODEL_KEY[m],
                 MODEL_KEY[m]);
    }
    struct tsv *t = tsv_open("curves.tsv", cols);
    for (long ep = 0; ep <= c->epochs; ep++) {
        tsv_num(t, (double)ep);
        for (int m = 0; m < MODELS; m++) {
            double loss[FMEXP_SEEDS_MAX], acc[FMEXP_SEEDS_MAX];
            long seeds = m < LINEAR_MODELS ? c->seeds : c->net_seeds;
            for (long s = 0; s < seeds; s++) {
                loss[s] = hist[m][s][ep].test_loss;
                acc[s] = 100 * hist[m][s][ep].test_acc;
            }
            tsv_num(t, spread_of(loss, seeds).med);
            tsv_num(t, spread_of(acc, seeds).med);
        }
        tsv_end(t);
    }
}

/* ------------------------------------------------------------------ */
/* P3: the linear ceiling                                             */
/* ------------------------------------------------------------------ */

static const int DEPTHS[] = { 1, 2, 4, 8 };
/* Each linear model trains at the largest of these fractions of --lr at
 * which no seed diverges: a deep linear network's curvature grows with
 * its depth, and the ceiling should be the best the family can do. */
static const double LIN_LR_FRAC[] = { 1, 0.5, 0.2, 0.1 };
#define LIN_LR_COUNT (sizeof LIN_LR_FRAC / sizeof LIN_LR_FRAC[0])

void fmexp_linear(struct fmexp *e, const struct fmexp_cfg *c)
{
    struct tsv *t = tsv_open("linear.tsv",
                             "depth lr acc lo hi collapsed_diff agree");
    printf("P3  linear models (identity activations, width %ld):\n"
           "    depth  lr     test acc (median, range)  collapsed: same "
           "answers\n", c->width);
    unsigned char *p1 = alloc_array((size_t)e->test.count, 1);
    unsigned char *p2 = alloc_array((size_t)e->test.count, 1);
    for (int m = 0; m < 4; m++) {
        double acc[FMEXP_SEEDS_MAX], coll = 0, agree = 1;
        struct fmexp_cfg lc = *c;
        for (size_t f = 0; f < LIN_LR_COUNT; f++) {
            lc.lr = c->lr * LIN_LR_FRAC[f];
            coll = 0;
            agree = 1;
            int diverged = 0;
            for (long s = 0; s < c->seeds && !diverged; s++) {
                progress_show("linear depth %d, lr %g, seed %ld",
                              DEPTHS[m], lc.lr, s + 1);
                struct fmnet n, one;
                diverged = run(&n, e, &lc, DEPTHS[m], c->width,
                               ACT_IDENTITY, FMNET_INIT_XAVIER,
                               (uint64_t)s + 1, hist[m][s]) != 0;
                acc[s] = fmtrain_eval(&n, &e->test, NULL, p1);
                /* The trained network as the one map it computes. */
                long w[2] = { e->train.dim, FMEXP_CLASSES };
                struct rng r;
                rng_seed(&r, 0);
                fmnet_init(&one, 1, w, ACT_IDENTITY, FMNET_INIT_XAVIER,
                           EVAL_ROWS, &r);
                fmprobe_collapse(&n, &one);
                double ac = fmtrain_eval(&one, &e->test, NULL, p2);
                long same = 0;
                for (long i = 0; i < e->test.count; i++) {
                    same += p1[i] == p2[i];
                }
                agree = fmin(agree, (double)same / (double)e->test.count);
                coll = fmax(coll, fabs(ac - acc[s]));
                /* The pictures show the best softmax regression. */
                if (DEPTHS[m] == 1 && acc[s] > e->best_linear) {
                    e->best_linear = acc[s];
                    memcpy(e->pred_linear, p1, (size_t)e->test.count);
                }
                fmnet_free(&n);
                fmnet_free(&one);
            }
            if (!diverged) {
                break;
            }
        }
        progress_done();
        for (long s = 0; s < c->seeds; s++) {
            acc[s] *= 100;
        }
        struct spread a = spread_of(acc, c->seeds);
        final[m] = a;
        /* The ceiling: the best median of the linear family. */
        e->linear_median = fmax(e->linear_median, a.med);
        TSV_ROW(t, DEPTHS[m], lc.lr, a.med, a.lo, a.hi, 100 * coll,
                100 * agree);
        printf("    %5d  %-5g  %6.2f%% (%.2f .. %.2f)      %.2f%%\n",
               DEPTHS[m], lc.lr, a.med, a.lo, a.hi, 100 * agree);
        out_value(OUT_KEY("lr_lin%d", DEPTHS[m]), "%g", lc.lr);
        out_value(OUT_KEY("acc_lin%d", DEPTHS[m]), "%.1f", a.med);
        out_value(OUT_KEY("acc_lin%d_lo", DEPTHS[m]), "%.1f", a.lo);
        out_value(OUT_KEY("acc_lin%d_hi", DEPTHS[m]), "%.1f", a.hi);
        if (m > 0) {
            out_value(OUT_KEY("agree_lin%d", DEPTHS[m]), "%.2f",
                      100 * agree);
            out_value(OUT_KEY("coll_diff_lin%d", DEPTHS[m]), "%.2f",
                      100 * coll);
        }
    }
    printf("    the linear ceiling: %.2f%%\n\n", e->linear_median);
    out_value("ceiling", "%.1f", e->linear_median);
    free(p1);
    free(p2);
}

/* ------------------------------------------------------------------ */
/* P4 and P6: one hidden layer of sigmoid, tanh, ReLU                 */
/* ------------------------------------------------------------------ */

static const enum act_kind NONLIN[] = { ACT_SIGMOID, ACT_TANH, ACT_RELU };

void fmexp_nonlinear(struct fmexp *e, const struct fmexp_cfg *c)
{
    struct tsv *t = tsv_open("act.tsv",
                             "act acc lo hi gap epochs seconds reached");
    printf("P4  one hidden layer of %ld units (Xavier; He for ReLU), "
           "%ld seeds:\n    act      test acc (median, range)  gain   "
           "to %.0f%%: epochs  seconds\n", c->width, c->net_seeds,
           c->target);
    unsigned char *p = alloc_array((size_t)e->test.count, 1);
    for (int m = 0; m < 3; m++) {
        double acc[FMEXP_SEEDS_MAX], ep[FMEXP_SEEDS_MAX];
        double sec[FMEXP_SEEDS_MAX];
        long reached = 0;
        const char *name = act_name(NONLIN[m]);
        for (long s = 0; s < c->net_seeds; s++) {
            progress_show("%s, seed %ld of %ld", name, s + 1,
                          c->net_seeds);
            struct fmnet n;
            struct fmtrain_epoch *h = hist[4 + m][s];
            run(&n, e, c, 2, c->width, NONLIN[m], FMNET_INIT_AUTO,
                (uint64_t)s + 1, h);
            acc[s] = fmtrain_eval(&n, &e->test, NULL, p);
            ep[s] = sec[s] = INFINITY; /* not reached */
            for (long k = 1; k <= c->epochs; k++) {
                if (100 * h[k].test_acc >= c->target) {
                    ep[s] = (double)k;
                    sec[s] = h[k].seconds;
                    reached++;
                    break;
                }
            }
            if (acc[s] > e->best_net) {
                e->best_net = acc[s];
                e->best_net_name = name;
                memcpy(e->pred_net, p, (size_t)e->test.count);
            }
            acc[s] *= 100;
            fmnet_free(&n);
        }
        progress_done();
        struct spread a = spread_of(acc, c->net_seeds);
        final[4 + m] = a;
        double epm = spread_of(ep, c->net_seeds).med;
        double secm = spread_of(sec, c->net_seeds).med;
        double gap = a.med - e->linear_median;
        tsv_str(t, name);
        const double row[] = { a.med, a.lo, a.hi, gap, epm,
                               c->timing ? secm : NAN, (double)reached };
        for (size_t i = 0; i < sizeof row / sizeof row[0]; i++) {
            tsv_num(t, row[i]);
        }
        tsv_end(t);
        printf("    %-8s %6.2f%% (%.2f .. %.2f)  %+5.2f  %13.0f  %7.2f\n",
               name, a.med, a.lo, a.hi, gap, epm, c->timing ? secm : NAN);
        const char *k = m == 0 ? "sigmoid" : m == 1 ? "tanh" : "relu";
        out_value(OUT_KEY("acc_%s", k), "%.1f", a.med);
        out_value(OUT_KEY("acc_%s_lo", k), "%.1f", a.lo);
        out_value(OUT_KEY("acc_%s_hi", k), "%.1f", a.hi);
        out_value(OUT_KEY("gap_%s", k), "%.1f", gap);
        out_value(OUT_KEY("epochs_%s", k), isinf(epm) ? "not reached"
                                                      : "%.0f", epm);
        out_value(OUT_KEY("reached_%s", k), "%ld", reached);
        if (c->timing && isfinite(secm)) {
            out_value(OUT_KEY("seconds_%s", k), "%.2f", secm);
        } else {
            out_value(OUT_KEY("seconds_%s", k), "--");
        }
    }
    out_value("target", "%.0f", c->target);
    printf("    (seconds: training time, a measurement)\n\n");
    free(p);
    write_curves(c);
    write_models();
}

/* ------------------------------------------------------------------ */
/* P5: the gradient that reaches each layer                           */
/* ------------------------------------------------------------------ */

#define DEEP_LAYERS 5 /* four hidden layers of 30, as in Nielsen ch. 5 */
#define DEEP_WIDTH 30

void fmexp_gradients(struct fmexp *e, const struct fmexp_cfg *c)
{
    static double norm[2][EPOCHS_MAX][DEEP_LAYERS];
    static double deep_acc[2][EPOCHS_MAX]; /* test accuracy per epoch */
    const enum act_kind act[2] = { ACT_SIGMOID, ACT_RELU };
    const enum fmnet_init init[2] = { FMNET_INIT_LECUN, FMNET_INIT_HE };
    double acc[2];
    long rows = GRAD_ROWS < e->train.count ? GRAD_ROWS : e->train.count;
    out_value("grad_rows", "%ld", rows);
    for (int m = 0; m < 2; m++) {
        progress_show("gradients per layer, %s", act_name(act[m]));
        long w[DEEP_LAYERS + 1] = { e->train.dim, DEEP_WIDTH, DEEP_WIDTH,
                                    DEEP_WIDTH, DEEP_WIDTH, FMEXP_CLASSES };
        struct rng r;
        rng_seed(&r, 1);
        struct fmnet n;
        fmnet_init(&n, DEEP_LAYERS, w, act[m], init[m],
                   c->batch > GRAD_ROWS ? c->batch : GRAD_ROWS, &r);
        struct fmtrain_epoch h[2];
        deep_acc[m][0] = 100 * fmtrain_eval(&n, &e->test, NULL, NULL);
        for (long ep = 0; ep <= c->epochs; ep++) {
            if (ep > 0) { /* one more epoch, its order from seed 1, ep */
                struct fmtrain_opts o = { 1, c->batch, c->lr,
                                          (uint64_t)(1000 + ep) };
                fmtrain_run(&n, &e->train, &e->test, &o, h);
                deep_acc[m][ep] = 100 * h[1].test_acc;
            }
            fmprobe_grad_norms(&n, &e->train, rows, norm[m][ep]);
        }
        acc[m] = 100 * fmtrain_eval(&n, &e->test, NULL, NULL);
        fmnet_free(&n);
    }
    progress_done();
    struct tsv *t = tsv_open("grad.tsv", "layer sigmoid_init sigmoid_end "
                             "relu_init relu_end");
    struct tsv *g = tsv_open("grad_epochs.tsv", "epoch sigmoid_1 sigmoid_2 "
                             "sigmoid_3 sigmoid_4 relu_1 relu_2 relu_3 "
                             "relu_4 sigmoid_acc relu_acc");
    long E = c->epochs;
    printf("P5  784-30-30-30-30-10, ||dL/db|| per hidden layer over %ld "
           "images:\n    layer  sigmoid: init  after %ld   relu: init  "
           "after %ld\n", rows, E, E);
    for (int l = 0; l < DEEP_LAYERS - 1; l++) {
        TSV_ROW(t, l + 1, norm[0][0][l], norm[0][E][l], norm[1][0][l],
                norm[1][E][l]);
        printf("    %5d  %13.3g  %8.3g  %10.3g  %8.3g\n", l + 1,
               norm[0][0][l], norm[0][E][l], norm[1][0][l], norm[1][E][l]);
        out_value(OUT_KEY("grad_sigmoid_l%d", l + 1), "%.2g", norm[0][0][l]);
        out_value(OUT_KEY("grad_relu_l%d", l + 1), "%.2g", norm[1][0][l]);
    }
    for (long ep = 0; ep <= E; ep++) {
        TSV_ROW(g, ep, norm[0][ep][0], norm[0][ep][1], norm[0][ep][2],
                norm[0][ep][3], norm[1][ep][0], norm[1][ep][1],
                norm[1][ep][2], norm[1][ep][3], deep_acc[0][ep],
                deep_acc[1][ep]);
    }
    /* The factor from the first hidden layer to the last, and per layer
     * (its geometric mean over the three steps). */
    for (int m = 0; m < 2; m++) {
        const char *k = m == 0 ? "sigmoid" : "relu";
        double f0 = norm[m][0][3] / norm[m][0][0];
        double fe = norm[m][E][3] / norm[m][E][0];
        printf("    %s: layer 4 / layer 1 = %.3g at init (%.2f per "
               "layer),\n      %.3g after training; test acc %.1f%%\n", k,
               f0, cbrt(f0), fe, acc[m]);
        out_value(OUT_KEY("gfactor_%s_init", k), "%.3g", f0);
        out_value(OUT_KEY("gfactor_%s_end", k), "%.3g", fe);
        out_value(OUT_KEY("gstep_%s_init", k), "%.2f", cbrt(f0));
        out_value(OUT_KEY("deep_acc_%s", k), "%.1f", acc[m]);
        out_value(OUT_KEY("deep_acc1_%s", k), "%.1f", deep_acc[m][1]);
    }
    printf("\n");
}

/* ------------------------------------------------------------------ */
/* P7: dead units at large learning rates                             */
/* ------------------------------------------------------------------ */

static const double DEAD_LR[] = { 0.1, 0.3, 1, 3 };
#define DEAD_LR_COUNT (sizeof DEAD_LR / sizeof DEAD_LR[0])
#define DEAD_EPOCHS 1

void fmexp_dead(struct fmexp *e, const struct fmexp_cfg *c)
{
    struct tsv *t = tsv_open("dead.tsv", "lr relu_pct leaky_pct relu_acc "
                             "leaky_acc");
    printf("P7  dead hidden units (of %ld) after %d epoch, seed 1:\n"
           "    lr     relu dead  acc     leaky dead  acc\n", c->width,
           DEAD_EPOCHS);
    for (size_t i = 0; i < DEAD_LR_COUNT; i++) {
        double pct[2], acc[2];
        int diverged[2];
        for (int m = 0; m < 2; m++) {
            progress_show("dead units, lr %g", DEAD_LR[i]);
            struct fmexp_cfg d = *c;
            d.lr = DEAD_LR[i];
            d.epochs = DEAD_EPOCHS;
            struct fmnet n;
            struct fmtrain_epoch h[DEAD_EPOCHS + 1];
            int bad = run(&n, e, &d, 2, c->width,
                          m == 0 ? ACT_RELU : ACT_LEAKY_RELU, FMNET_INIT_HE,
                          1, h);
            diverged[m] = bad != 0;
            pct[m] = bad ? NAN : fmprobe_dead_pct(&n, &e->train,
                                                  e->train.count);
            acc[m] = bad ? NAN : 100 * h[DEAD_EPOCHS].test_acc;
            fmnet_free(&n);
        }
        TSV_ROW(t, DEAD_LR[i], pct[0], pct[1], acc[0], acc[1]);
        printf("    %-5g  %8.1f%%  %5.1f%%  %9.1f%%  %5.1f%%\n", DEAD_LR[i],
               pct[0], acc[0], pct[1], acc[1]);
        out_value(OUT_KEY("dead_relu_%d", (int)i), "%.0f", pct[0]);
        out_value(OUT_KEY("dead_leaky_%d", (int)i), "%.0f", pct[1]);
        out_value(OUT_KEY("dead_acc_relu_%d", (int)i), "%.1f", acc[0]);
        out_value(OUT_KEY("dead_acc_leaky_%d", (int)i), "%.1f", acc[1]);
        out_value(OUT_KEY("dead_lr_%d", (int)i), "%g", DEAD_LR[i]);
        out_value(OUT_KEY("dead_end_relu_%d", (int)i), "%s",
                  diverged[0] ? "diverges" : "trains");
        out_value(OUT_KEY("dead_end_leaky_%d", (int)i), "%s",
                  diverged[1] ? "diverges" : "trains");
    }
    printf("    (nan: the run diverged)\n\n");
}

/* ------------------------------------------------------------------ */
/* The pictures: what the nonlinearity fixes, and what stays confused  */
/* ------------------------------------------------------------------ */

#define GRID_COLS 8
#define GRID_FIXED 16 /* linear wrong, network right: two rows */
#define GRID_BOTH 8   /* both wrong: one row */
#define CELL 34       /* pixels per image cell, with its gap */

#define GRID_ROWS ((GRID_FIXED + GRID_BOTH) / GRID_COLS)
#define CELL_H (CELL + 20) /* room for three lines of labels */
#define CANVAS_W (GRID_COLS * CELL)
#define CANVAS_H (GRID_ROWS * CELL_H)

/* Image idx into slot `slot` of the canvas (one regular grid, as gnuplot's
 * `with image` needs), with its three labels. */
static void grid_image(float *canvas, struct tsv *lab, const struct fmexp *e,
                       long idx, long slot)
{
    long gx = slot % GRID_COLS * CELL, gy = slot / GRID_COLS * CELL_H;
    const float *x = e->test.x + idx * e->test.dim;
    for (long r = 0; r < 28; r++) {
        for (long q = 0; q < 28; q++) {
            canvas[(gy + r) * CANVAS_W + gx + q] = x[r * 28 + q];
        }
    }
    const char *names[3] = { fmexp_class_names[e->test.y[idx]],
                             fmexp_class_names[e->pred_linear[idx]],
                             fmexp_class_names[e->pred_net[idx]] };
    const char *prefix[3] = { "", "lin: ", "net: " };
    for (int k = 0; k < 3; k++) {
        char s[32];
        snprintf(s, sizeof s, "%s%s", prefix[k], names[k]);
        tsv_num(lab, (double)gx + 13.5);
        tsv_num(lab, -(double)(gy + 31 + 6 * k));
        tsv_str(lab, s);
        tsv_end(lab);
    }
}

void fmexp_pictures(const struct fmexp *e)
{
    float *canvas = alloc_array(CANVAS_W * CANVAS_H, sizeof *canvas);
    struct tsv *lab = tsv_open("grid_labels.tsv", "x y text");
    long fixed = 0, both = 0, nfixed = 0, nbroke = 0;
    for (long i = 0; i < e->test.count; i++) {
        int lin_ok = e->pred_linear[i] == e->test.y[i];
        int net_ok = e->pred_net[i] == e->test.y[i];
        nfixed += !lin_ok && net_ok;
        nbroke += lin_ok && !net_ok;
        if (!lin_ok && net_ok && fixed < GRID_FIXED) {
            grid_image(canvas, lab, e, i, fixed++);
        } else if (!lin_ok && !net_ok && both < GRID_BOTH) {
            grid_image(canvas, lab, e, i, GRID_FIXED + both++);
        }
    }
    struct tsv *t = tsv_open("grid.tsv", "x y v");
    for (long y = 0; y < CANVAS_H; y++) {
        for (long x = 0; x < CANVAS_W; x++) {
            TSV_ROW(t, x, -y, canvas[y * CANVAS_W + x]);
        }
        tsv_blank(t);
    }
    free(canvas);
    long conf[FMEXP_CLASSES][FMEXP_CLASSES] = { { 0 } };
    for (long i = 0; i < e->test.count; i++) {
        conf[e->test.y[i]][e->pred_net[i]]++;
    }
    struct tsv *c = tsv_open("confusion.tsv", "pred true pct count");
    long worst = 0, wt = 0, wp = 0;
    for (int i = 0; i < FMEXP_CLASSES; i++) {
        long row = 0;
        for (int j = 0; j < FMEXP_CLASSES; j++) {
            row += conf[i][j];
        }
        for (int j = 0; j < FMEXP_CLASSES; j++) {
            TSV_ROW(c, j, i, 100.0 * (double)conf[i][j] / (double)row,
                    conf[i][j]);
            if (i != j && conf[i][j] > worst) {
                worst = conf[i][j], wt = i, wp = j;
            }
        }
        tsv_blank(c);
    }
    printf("pictures: best linear %.2f%%, best network (%s) %.2f%%;\n"
           "    the network fixes %ld test images and breaks %ld;\n    its "
           "most common mistake: %ld %s taken for %s\n",
           100 * e->best_linear,
           e->best_net_name, 100 * e->best_net, nfixed, nbroke, worst,
           fmexp_class_names[wt], fmexp_class_names[wp]);
    out_value("best_linear", "%.1f", 100 * e->best_linear);
    out_value("best_net", "%.1f", 100 * e->best_net);
    out_value("best_net_name", "%s", e->best_net_name);
    out_value("fixed", "%ld", nfixed);
    out_value("broke", "%ld", nbroke);
    out_value("confused_count", "%ld", worst);
    out_value("confused_true", "%s", fmexp_class_names[wt]);
    out_value("confused_pred", "%s", fmexp_class_names[wp]);
}

/* ------------------------------------------------------------------ */
/* Replaying a full run                                               */
/* ------------------------------------------------------------------ */

static const char *const TABLES[] = {
    "linear.tsv", "curves.tsv", "act.tsv", "models.tsv", "grad.tsv",
    "grad_epochs.tsv", "dead.tsv", "grid.tsv", "grid_labels.tsv",
    "confusion.tsv", NULL,
};
#define REPLAY_BYTES ((size_t)64 << 20) /* the grid is about 1 MB */
#define WHERE "option --replay"

void fmexp_replay(const char *dir)
{
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/summary.txt", dir);
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        fprintf(stderr, "%s: " WHERE ": %s: cannot read it: %s\n",
                cli_program_name(), path, strerror(errno));
        exit(2);
    }
    /* Read every table first, so that a bad one stops us before any
     * output is written. */
    struct table *t[sizeof TABLES / sizeof TABLES[0]];
    for (size_t i = 0; TABLES[i] != NULL; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, TABLES[i]);
        t[i] = table_read(path, REPLAY_BYTES, WHERE);
    }
    snprintf(path, sizeof path, "%s/values.tsv", dir);
    struct table *v = table_read(path, REPLAY_BYTES, WHERE);
    int ch;
    while ((ch = getc(f)) != EOF) {
        putchar(ch);
    }
    fclose(f);
    for (size_t i = 0; TABLES[i] != NULL; i++) {
        char cols[1024] = "";
        for (size_t c = 0; c < t[i]->cols; c++) {
            size_t k = strlen(cols);
            snprintf(cols + k, sizeof cols - k, "%s%s", c ? " " : "",
                     t[i]->header[c]);
        }
        struct tsv *o = tsv_open(TABLES[i], cols);
        for (size_t r = 0; r < t[i]->rows; r++) {
            if (r > 0 && t[i]->line[r] > t[i]->line[r - 1] + 1) {
                tsv_blank(o); /* the empty line between blocks */
            }
            for (size_t c = 0; c < t[i]->cols; c++) {
                tsv_str(o, table_str(t[i], r, (long)c));
            }
            tsv_end(o);
        }
        table_free(t[i]);
    }
    long key = table_col(v, "key"), val = table_col(v, "value");
    for (size_t r = 0; r < v->rows; r++) {
        out_value(table_str(v, r, key), "%s", table_str(v, r, val));
    }
    table_free(v);
}
