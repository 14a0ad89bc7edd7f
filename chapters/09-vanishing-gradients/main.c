/*
 * 09-vanishing-gradients - how big the gradient is at every layer of a
 * deep network: why it vanishes, when it explodes, what that does to
 * training, and where floating point makes it exactly zero.
 *
 * Reproduces claims V1 and R2 of the claims ledger:
 *   V1  through a deep sigmoid (or tanh) stack the backpropagated gradient
 *       shrinks layer by layer; each sigmoid layer multiplies its norm by
 *       at most 1/4 times the spectral norm of the weights above it;
 *   R2  an active ReLU unit passes its gradient on unchanged (factor
 *       exactly 1), so with He initialisation the gradient keeps its size;
 * and builds the exploding case the article does not discuss.
 *
 * Run it:   build/bin/09-vanishing-gradients
 *           build/bin/09-vanishing-gradients --activation tanh --init xavier
 *               --depth 50 --width 128
 *           build/bin/09-vanishing-gradients --help
 * The grid (activation x initialisation x seeds) follows --activation and
 * --init; the width sweep (sigmoid, N(0, 1)), the exploding chain, the
 * training comparison (always sigmoid, tanh and ReLU) and the float table
 * always run. It prints a summary; with --out DIR it writes the tables
 * listed in OUTPUTS below, which plots/09-vanishing-gradients/ draws.
 * About 2 s of work; beyond 1 s it reports its progress on stderr.
 */
#include "act.h"
#include "cli.h"
#include "data2d.h"
#include "explode.h"
#include "mlp.h"
#include "out.h"
#include "vanish.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char OUTPUTS[] =
    "  grad_norms.tsv    act, init, seed, layer (1 = nearest the input),\n"
    "                    grad = ||dL/dz||, wgrad = ||dL/dW||, bound and rms\n"
    "                    = the bound (sigmoid only, else nan) and RMS\n"
    "                    gain of the step from the layer above to this\n"
    "                    one\n"
    "  grad_summary.tsv  act, init, layer; median, lo, hi (over seeds) of\n"
    "                    ||dL/dz|| relative to the last hidden layer; the\n"
    "                    median products of bounds and of RMS gains\n"
    "  ratios.tsv        act, init; first-to-last ratio: median, lo, hi,\n"
    "                    spread = hi / lo, rms (predicted), bound, step\n"
    "                    (the per-layer factor)\n"
    "  sigmoid_bound.tsv init; for the sigmoid, the median ratio and bound,\n"
    "                    the median spectral norm sigma of the hidden\n"
    "                    layers' W, and the per-layer factor step\n"
    "  act_stats.tsv     act, init, layer; medians over seeds of mean, std,\n"
    "                    saturated, zero, float_lost (see vanish.h)\n"
    "  hist_linear.tsv   act, init, layer, a, fraction: histogram of the\n"
    "                    activations (sigmoid, tanh), first seed\n"
    "  hist_log.tsv      act, init, layer, log10_a, fraction: the same of\n"
    "                    log10 a over the nonzero activations (others)\n"
    "  explode.tsv       depth; |dL/dz| at the first unit of the tuned\n"
    "                    chain: exact, offset_1..offset_3 (inputs off by\n"
    "                    the offsets in values.tsv)\n"
    "  chain_factors.tsv unit; the factor w s'(z) of each unit of the\n"
    "                    deepest chain: exact, offset_1..offset_3\n"
    "  width_sweep.tsv   width; median, rms, step of the sigmoid's ratio\n"
    "                    with N(0,1) weights at that width\n"
    "  window.tsv        w; window width: bisect, formula, asymptote\n"
    "  window_table.tsv  the same at a few w\n"
    "  train.tsv         epoch; loss_ACT, acc_ACT, first_ACT, last_ACT:\n"
    "                    loss, accuracy and ||dL/dW|| of the first and last\n"
    "                    hidden layer, for ACT = sigmoid, tanh, relu\n"
    "  train_layers.tsv  act, epoch, layer, wgrad: every layer's gradient\n"
    "  float_sat.tsv     function, precision, one_from (g rounds to 1, so\n"
    "                    its output-form derivative is 0), true_prime and\n"
    "                    zform (the library's form) there, underflow_from\n"
    "  values.tsv        key, value: the numbers the chapter's text quotes\n";

/* ------------------------------------------------------------- options */

/* --activation and --init take "all" or one name: index 0 is "all". */
static const char *act_choices[ACT_KIND_COUNT + 2];
static const char *const init_choices[] = { "all", "small", "normal",
                                            "xavier", "he", NULL };

/* With "all", the grid runs the three activations the article compares. */
static const enum act_kind GRID_ACTS[] = { ACT_SIGMOID, ACT_TANH,
                                           ACT_RELU };
#define GRID_ACT_COUNT (sizeof GRID_ACTS / sizeof GRID_ACTS[0])

/* Inputs off the tuned x0 by these amounts show how exact the tuning of
 * the exploding chain must be: each one saturates a few units later. */
static const double OFFSETS[] = { 1e-4, 1e-8, 1e-12 };
#define OFFSET_COUNT (sizeof OFFSETS / sizeof OFFSETS[0])

/* Weights at which the window's width is tabulated. */
static const double WINDOW_W[] = { 5, 10, 100, 1000, 10000 };
#define WINDOW_COUNT (sizeof WINDOW_W / sizeof WINDOW_W[0])

/* The histograms: bins over [-1, 1] (sigmoid and tanh share the axis),
 * an odd number so that a = 0 falls in the middle of one; and over
 * log10 a in [-8, 20), half a decade each, wide enough for a ReLU stack
 * of 20 layers from N(0, 1) (a factor of about 5.7 per layer at width
 * 64) down to Xavier's (a factor of about 0.7). */
#define HIST_BINS 41
#define LOG_LO (-8.0)
#define LOG_HI 20.0
#define LOG_BINS 56

/* Beyond this many seconds of work, progress goes to stderr, a line at
 * most every PROGRESS_EVERY seconds. */
#define PROGRESS_AFTER 1.0
#define PROGRESS_EVERY 0.5

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

static double t_start, t_said;

static void progress(const char *what, size_t done, size_t total)
{
    double t = now();
    if (t - t_start > PROGRESS_AFTER &&
        (t - t_said > PROGRESS_EVERY || done == total)) {
        fprintf(stderr, "09-vanishing-gradients: %zu of %zu %s\n", done,
                total, what);
        t_said = t;
    }
}

/* out_value keys allow [a-z0-9_]: "leaky-relu" becomes "leaky_relu". */
static void key_of(char *key, size_t len, const char *stem, const char *a,
                   const char *b)
{
    snprintf(key, len, "%s_%s%s%s", stem, a, b ? "_" : "", b ? b : "");
    for (char *p = key; *p; p++)
        if (*p == '-') {
            *p = '_';
        }
}

/* a / b, or NaN when b is 0: a gradient that never reaches the layer
 * we divide by (every unit of a step network, a dead ReLU layer) has no
 * ratio. Spelled NAN, since 0.0 / 0.0 gives a NaN printed as "-nan". */
static double ratio(double a, double b)
{
    return b > 0.0 ? a / b : NAN;
}

/* ------------------------------------------------------------ the grid */

struct grid {
    size_t nact, ninit, nseeds, depth, width, batch;
    enum act_kind acts[ACT_KIND_COUNT];
    enum vanish_init inits[VANISH_INIT_COUNT];
    uint64_t seed;
    struct vanish_layer *res; /* [act][init][seed][layer] */
};

static struct vanish_layer *at(const struct grid *g, size_t a, size_t i,
                               size_t s)
{
    return g->res + ((a * g->ninit + i) * g->nseeds + s) * g->depth;
}

/* The histograms of the first seed's network, for three layers. */
static void write_histograms(const struct grid *g, size_t a, size_t i,
                             const struct mlp *m, struct tsv *lin,
                             struct tsv *lg)
{
    size_t D = g->depth, cells = g->batch * g->width;
    size_t layers[3] = { 0, (D - 1) / 2, D - 1 };
    double *v = malloc(cells * sizeof *v), frac[LOG_BINS];
    enum act_kind act = g->acts[a];
    int linear = act == ACT_SIGMOID || act == ACT_TANH;
    if (v == NULL) {
        return;
    }
    for (int k = 0; k < 3; k++) {
        if (k > 0 && layers[k] == layers[k - 1]) {
            continue;
        }
        const double *src = m->a[layers[k]];
        size_t n = 0;
        for (size_t c = 0; c < cells; c++) {
            if (linear) {
                v[n++] = src[c];
            } else if (src[c] != 0.0) {
                v[n++] = log10(fabs(src[c]));
            }
        }
        size_t bins = linear ? HIST_BINS : LOG_BINS;
        double lo = linear ? -1.0 : LOG_LO, hi = linear ? 1.0 : LOG_HI;
        /* Fractions of all units, zeros included, so a ReLU layer's
         * curve holds only its active share. */
        vanish_histogram(v, n, lo, hi, bins, frac);
        for (size_t b = 0; b < bins; b++) {
            struct tsv *t = linear ? lin : lg;
            tsv_str(t, act_name(act));
            tsv_str(t, vanish_init_names[g->inits[i]]);
            tsv_int(t, (long long)layers[k] + 1);
            tsv_num(t, lo + (hi - lo) * ((double)b + 0.5) / (double)bins);
            tsv_num(t, frac[b] * (double)n / (double)cells);
            tsv_end(t);
        }
        tsv_blank(linear ? lin : lg);
    }
    free(v);
}

/* V1, R2: run every network of the grid. */
static int run_grid(struct grid *g)
{
    size_t total = g->nact * g->ninit * g->nseeds, done = 0;
    g->res = malloc(total * g->depth * sizeof *g->res);
    if (g->res == NULL) {
        return -1;
    }
    struct tsv *lin = tsv_open("hist_linear.tsv",
                               "act init layer a fraction");
    struct tsv *lg = tsv_open("hist_log.tsv",
                              "act init layer log10_a fraction");
    for (size_t a = 0; a < g->nact; a++) {
        for (size_t i = 0; i < g->ninit; i++) {
            for (size_t s = 0; s < g->nseeds; s++) {
                struct vanish_config c = {
                    g->acts[a], g->inits[i], g->depth, g->width, g->batch,
                    g->seed + s,
                };
                struct mlp *m = vanish_network(&c);
                if (m == NULL) {
                    return -1;
                }
                /* The bound is drawn for the sigmoid, the claim's case;
                 * the power iterations are the grid's dearest part. */
                vanish_layers(m, g->batch, g->acts[a] == ACT_SIGMOID,
                              at(g, a, i, s));
                if (s == 0) {
                    write_histograms(g, a, i, m, lin, lg);
                }
                mlp_free(m);
                progress("networks", ++done, total);
            }
        }
    }
    return 0;
}

/* The quantities summarised per layer over the seeds. */
enum { Q_REL, Q_BOUND, Q_RMS, Q_MEAN, Q_STD, Q_SAT, Q_ZERO, Q_LOST, Q_N };

/* The tables the grid's summary writes, and what it gathers across them. */
struct grid_out {
    struct tsv *raw, *sum, *rat, *st, *sb;
    double use_max;   /* the largest step / bound between hidden layers */
    double rms_off;   /* the largest factor between RMS gain and median */
};

/* The median over the seeds of v[s * D + l]; *lo, *hi get the range. */
static double seed_median(const double *v, size_t S, size_t D, size_t l,
                          double *tmp, double *lo, double *hi)
{
    *lo = INFINITY;
    *hi = -INFINITY;
    for (size_t s = 0; s < S; s++) {
        tmp[s] = v[s * D + l];
        *lo = fmin(*lo, tmp[s]);
        *hi = fmax(*hi, tmp[s]);
    }
    if (*lo > *hi) {
        *lo = *hi = NAN; /* every value was NaN */
    }
    return vanish_median(tmp, S);
}

/* The first and last layer's statistics as values for the text. */
static void stat_values(const char *an, const char *in, size_t l,
                        const double *med)
{
    static const char *const names[] = { "mean", "std", "sat", "zero",
                                          "lost" };
    for (int k = 0; k < 5; k++) {
        char stem[32], key[64];
        snprintf(stem, sizeof stem, "%s_%s", names[k],
                 l == 0 ? "first" : "last");
        key_of(key, sizeof key, stem, an, in);
        out_value(key, "%.2g", med[Q_MEAN + k]);
    }
}

/* One activation and initialisation: its rows of every table. */
static void summarise(const struct grid *g, size_t a, size_t i,
                      struct grid_out *o, double *q, double *tmp)
{
    size_t D = g->depth, S = g->nseeds;
    const char *an = act_name(g->acts[a]);
    const char *in = vanish_init_names[g->inits[i]];
    double gmax = vanish_gprime_max(g->acts[a]);
    double first[3] = { 0 }; /* median ratio, bound, step at layer 1 */
    for (size_t s = 0; s < S; s++) {
        const struct vanish_layer *L = at(g, a, i, s);
        double *v[Q_N];
        for (int k = 0; k < Q_N; k++)
            v[k] = q + ((size_t)k * S + s) * D;
        /* Relative to the last hidden layer, and the products of the
         * step factors from there down. */
        v[Q_REL][D - 1] = v[Q_BOUND][D - 1] = v[Q_RMS][D - 1] = 1.0;
        for (size_t l = D - 1; l-- > 0;) {
            v[Q_REL][l] = ratio(L[l].grad, L[D - 1].grad);
            v[Q_BOUND][l] = v[Q_BOUND][l + 1] * L[l].bound;
            v[Q_RMS][l] = v[Q_RMS][l + 1] * L[l].rms;
            o->use_max = fmax(o->use_max, ratio(ratio(L[l].grad,
                                                      L[l + 1].grad),
                                                L[l].bound));
        }
        for (size_t l = 0; l < D; l++) {
            v[Q_MEAN][l] = L[l].mean;
            v[Q_STD][l] = L[l].std;
            v[Q_SAT][l] = L[l].saturated;
            v[Q_ZERO][l] = L[l].zero;
            v[Q_LOST][l] = L[l].float_lost;
            tsv_str(o->raw, an);
            tsv_str(o->raw, in);
            tsv_int(o->raw, (long long)(g->seed + s));
            tsv_int(o->raw, (long long)l + 1);
            tsv_row(o->raw, 4, L[l].grad, L[l].wgrad, L[l].bound,
                    L[l].rms);
        }
    }
    for (size_t l = 0; l < D; l++) {
        double med[Q_N], lo[Q_N], hi[Q_N];
        for (int k = 0; k < Q_N; k++)
            med[k] = seed_median(q + (size_t)k * S * D, S, D, l, tmp,
                                 &lo[k], &hi[k]);
        tsv_str(o->sum, an);
        tsv_str(o->sum, in);
        tsv_int(o->sum, (long long)l + 1);
        tsv_row(o->sum, 5, med[Q_REL], lo[Q_REL], hi[Q_REL], med[Q_BOUND],
                med[Q_RMS]);
        tsv_str(o->st, an);
        tsv_str(o->st, in);
        tsv_int(o->st, (long long)l + 1);
        tsv_row(o->st, 5, med[Q_MEAN], med[Q_STD], med[Q_SAT], med[Q_ZERO],
                med[Q_LOST]);
        if (l == 0 || l == D - 1) {
            stat_values(an, in, l, med);
        }
        if (l > 0) {
            continue;
        }
        /* The first-to-last ratio, and the per-layer factor it implies. */
        double step = pow(med[Q_REL], 1.0 / (double)(D - 1));
        double off = med[Q_RMS] / med[Q_REL];
        first[0] = med[Q_REL];
        first[1] = med[Q_BOUND];
        first[2] = step;
        o->rms_off = fmax(o->rms_off, fmax(off, 1.0 / off));
        tsv_str(o->rat, an);
        tsv_str(o->rat, in);
        tsv_num(o->rat, med[Q_REL]);
        tsv_num(o->rat, lo[Q_REL]);
        tsv_num(o->rat, hi[Q_REL]);
        tsv_num(o->rat, hi[Q_REL] / lo[Q_REL]);
        tsv_num(o->rat, med[Q_RMS]);
        if (isnan(med[Q_BOUND])) {
            tsv_str(o->rat, "--"); /* computed for the sigmoid only */
        } else {
            tsv_num(o->rat, med[Q_BOUND]);
        }
        tsv_num(o->rat, step);
        tsv_end(o->rat);
        printf("    %-10s %-6s  ", an, in);
        if (isnan(med[Q_REL])) {
            printf("no gradient reaches hidden layer %zu\n", D);
        } else if (isnan(med[Q_BOUND])) {
            printf("%9.2e [%8.2e, %8.2e]  %9.2e  %9s\n", med[Q_REL],
                   lo[Q_REL], hi[Q_REL], med[Q_RMS], "--");
        } else {
            printf("%9.2e [%8.2e, %8.2e]  %9.2e  %9.2e\n", med[Q_REL],
                   lo[Q_REL], hi[Q_REL], med[Q_RMS], med[Q_BOUND]);
        }
        const char *stems[] = { "ratio", "lo", "hi", "rms", "bound" };
        const double vals[] = { med[Q_REL], lo[Q_REL], hi[Q_REL],
                                med[Q_RMS], med[Q_BOUND] };
        for (int k = 0; k < (isnan(med[Q_BOUND]) ? 4 : 5); k++) {
            char key[64];
            key_of(key, sizeof key, stems[k], an, in);
            out_value(key, "%.2g", vals[k]);
        }
        char key[64];
        key_of(key, sizeof key, "step", an, in);
        out_value(key, "%.2f", step);
    }
    tsv_blank(o->sum);
    /* The spectral norms behind the sigmoid's bound, hidden layers. */
    if (g->acts[a] == ACT_SIGMOID) {
        for (size_t s = 0; s < S; s++)
            for (size_t l = 0; l + 1 < D; l++)
                q[s * (D - 1) + l] = at(g, a, i, s)[l].bound / gmax;
        double sigma = vanish_median(q, S * (D - 1));
        char key[64];
        key_of(key, sizeof key, "sigma", in, NULL);
        out_value(key, "%.3g", sigma);
        tsv_str(o->sb, in);
        tsv_row(o->sb, 4, first[0], first[1], sigma, first[2]);
    }
}

/* V1, R2: the per-layer tables and the first-to-last ratios. */
static void show_grid(const struct grid *g)
{
    size_t D = g->depth, S = g->nseeds;
    struct grid_out o = {
        tsv_open("grad_norms.tsv", "act init seed layer grad wgrad bound "
                                   "rms"),
        tsv_open("grad_summary.tsv", "act init layer median lo hi bound "
                                     "rms"),
        tsv_open("ratios.tsv", "act init median lo hi spread rms bound "
                               "step"),
        tsv_open("act_stats.tsv", "act init layer mean std saturated zero "
                                  "float_lost"),
        tsv_open("sigmoid_bound.tsv", "init ratio bound sigma step"),
        0.0, NAN, /* fmax ignores the NaN until a first comparison */
    };
    double *q = malloc(Q_N * S * D * sizeof *q);
    double *tmp = malloc(S * sizeof *tmp);
    if (!q || !tmp) {
        fprintf(stderr, "09-vanishing-gradients: out of memory\n");
        exit(1);
    }
    printf("V1  ||dL/dz|| of hidden layer 1 over that of layer %zu "
           "(depth %zu, width %zu,\n    batch %zu, seeds %llu..%llu): "
           "median [min, max]; RMS prediction; bound\n",
           D, D, g->width, g->batch, (unsigned long long)g->seed,
           (unsigned long long)(g->seed + S - 1));
    for (size_t a = 0; a < g->nact; a++)
        for (size_t i = 0; i < g->ninit; i++)
            summarise(g, a, i, &o, q, tmp);
    if (o.use_max > 0.0) {
        printf("    between hidden layers, a sigmoid step used at most "
               "%.2f of its bound\n", o.use_max);
        out_value("bound_use_max", "%.2f", o.use_max);
    }
    if (!isnan(o.rms_off)) {
        printf("    the RMS prediction is within a factor %.2f of every "
               "median\n", o.rms_off);
        out_value("rms_off", "%.1f", o.rms_off);
    }
    /* ReLU with N(0, 1) weights: the RMS gain sqrt(n / 2) of eq. (3). */
    out_value("gain_relu_normal", "%.2f", sqrt((double)g->width / 2));
    out_value("depth", "%zu", D);
    out_value("width", "%zu", g->width);
    out_value("batch", "%zu", g->batch);
    out_value("seeds", "%zu", S);
    out_value("steps", "%zu", D - 1);
    out_value("small_std", "%g", VANISH_SMALL_STD);
    free(q);
    free(tmp);
}

/* Widths of the sweep of the sigmoid with N(0, 1) weights, and its
 * batch and seeds: small, since only a ratio of norms is wanted and the
 * widest network costs 16 times the grid's per row. */
static const size_t SWEEP_WIDTHS[] = { 16, 32, 64, 128, 256 };
#define SWEEP_COUNT (sizeof SWEEP_WIDTHS / sizeof SWEEP_WIDTHS[0])
#define SWEEP_BATCH 16
#define SWEEP_SEEDS 3

/* V1: whether a sigmoid stack with N(0, 1) weights shrinks the gradient
 * depends on its width: wider layers add up more paths. */
static void show_width_sweep(size_t depth, uint64_t seed)
{
    struct tsv *t = tsv_open("width_sweep.tsv", "width median rms step");
    struct vanish_layer *L = malloc(depth * sizeof *L);
    if (L == NULL) {
        return;
    }
    printf("    sigmoid, N(0,1), %zu seeds of %d inputs: first-to-last "
           "ratio by width\n    width   median     RMS prediction  per "
           "layer\n", (size_t)SWEEP_SEEDS, SWEEP_BATCH);
    for (size_t k = 0; k < SWEEP_COUNT; k++) {
        double ratios[SWEEP_SEEDS], rms[SWEEP_SEEDS];
        for (size_t s = 0; s < SWEEP_SEEDS; s++) {
            struct vanish_config c = { ACT_SIGMOID, VANISH_NORMAL, depth,
                                       SWEEP_WIDTHS[k], SWEEP_BATCH,
                                       seed + s };
            struct mlp *m = vanish_network(&c);
            if (m == NULL) {
                free(L);
                return;
            }
            vanish_layers(m, SWEEP_BATCH, 0, L);
            mlp_free(m);
            ratios[s] = ratio(L[0].grad, L[depth - 1].grad);
            rms[s] = 1.0;
            for (size_t l = 0; l + 1 < depth; l++)
                rms[s] *= L[l].rms;
        }
        double med = vanish_median(ratios, SWEEP_SEEDS);
        double pred = vanish_median(rms, SWEEP_SEEDS);
        double step = pow(med, 1.0 / (double)(depth - 1));
        tsv_row(t, 4, (double)SWEEP_WIDTHS[k], med, pred, step);
        printf("    %-6zu  %-9.2e  %-14.2e  %.2f\n", SWEEP_WIDTHS[k], med,
               pred, step);
        char key[32];
        snprintf(key, sizeof key, "sweep_%zu", SWEEP_WIDTHS[k]);
        out_value(key, "%.2g", med);
        snprintf(key, sizeof key, "sweep_step_%zu", SWEEP_WIDTHS[k]);
        out_value(key, "%.2f", step);
    }
    out_value("sweep_widest", "%zu", SWEEP_WIDTHS[SWEEP_COUNT - 1]);
    out_value("sweep_seeds", "%d", SWEEP_SEEDS);
    out_value("sweep_batch", "%d", SWEEP_BATCH);
    free(L);
}

/* ------------------------------------------------------ exploding chain */

static void show_explode(double w, size_t depth)
{
    struct tsv *t = tsv_open("explode.tsv",
                             "depth exact offset_1 offset_2 offset_3");
    struct tsv *f = tsv_open("chain_factors.tsv",
                             "unit exact offset_1 offset_2 offset_3");
    double *grad = malloc(depth * sizeof *grad);
    double *z = malloc(depth * sizeof *z);
    double *fac = malloc((OFFSET_COUNT + 1) * depth * sizeof *fac);
    const double x0 = 0.5; /* any input will do; b_1 cancels it */
    double fmin_exact = INFINITY, fmax_exact = 0.0;
    long alive[OFFSET_COUNT] = { 0 };
    double rest[OFFSET_COUNT] = { 0 }; /* the largest factor after them */
    if (!grad || !z || !fac) {
        free(grad), free(z), free(fac);
        return;
    }
    for (size_t d = 1; d <= depth; d++) {
        tsv_int(t, (long long)d);
        for (size_t k = 0; k <= OFFSET_COUNT; k++) {
            double x = x0 + (k == 0 ? 0.0 : OFFSETS[k - 1]);
            explode_chain(w, d, x0, x, grad, z);
            tsv_num(t, fabs(grad[0]));
            if (d < depth) {
                continue;
            }
            /* The deepest chain: each unit's own factor w s'(z_l). */
            for (size_t l = 0; l < d; l++) {
                double fl = fabs(w) * act_sigmoid_prime(z[l]);
                fac[k * depth + l] = fl;
                if (k == 0) {
                    fmin_exact = fmin(fmin_exact, fl);
                    fmax_exact = fmax(fmax_exact, fl);
                } else if (fl >= 1.0 && alive[k - 1] == (long)l) {
                    alive[k - 1]++; /* units, from the input, above 1 */
                } else {
                    rest[k - 1] = fmax(rest[k - 1], fl);
                }
            }
        }
        tsv_end(t);
    }
    for (size_t l = 0; l < depth; l++) {
        tsv_int(f, (long long)l + 1);
        for (size_t k = 0; k <= OFFSET_COUNT; k++)
            tsv_num(f, fac[k * depth + l]);
        tsv_end(f);
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
    for (size_t k = 0; k < OFFSET_COUNT; k++) {
        char key[32];
        printf("    input off by %-6g: units 1 to %ld multiply by more "
               "than 1, the rest\n%28s by at most %.2g\n", OFFSETS[k],
               alive[k], "", rest[k]);
        snprintf(key, sizeof key, "offset_%zu", k + 1);
        out_value(key, "%g", OFFSETS[k]);
        snprintf(key, sizeof key, "alive_%zu", k + 1);
        out_value(key, "%ld", alive[k]);
        snprintf(key, sizeof key, "rest_%zu", k + 1);
        out_value(key, "%.2g", rest[k]);
    }
    free(grad), free(z), free(fac);
}

/* The window of inputs in which a sigmoid unit can amplify. */
static void show_window(void)
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
        tsv_row(t, 4, w, b, f, 2.0 * log(w) / w);
        worst = fmax(worst, fabs(b - f) / f);
    }
    double peak_w = explode_window_peak();
    double peak = explode_window_width(peak_w);
    printf("Window where |w s'(w a + b)| >= 1 (width in a; 0 if |w| <= 4):"
           "\n    w        bisection   formula     2 ln(w)/w\n");
    for (size_t k = 0; k < WINDOW_COUNT; k++) {
        double w = WINDOW_W[k];
        double b = explode_window_bisect(w), f = explode_window_width(w);
        double as = 2.0 * log(w) / w;
        tsv_row(tab, 4, w, b, f, as);
        printf("    %-7g  %-10.4g  %-10.4g  %.4g\n", w, b, f, as);
        char key[32];
        snprintf(key, sizeof key, "window_%g", w);
        out_value(key, "%.3g", f);
    }
    printf("    bisection and formula agree to %.2g relative; the widest"
           " window,\n    %.4g, is at w = %.4g (golden-section search)\n",
           worst, peak, peak_w);
    out_value("window_agree", "%.1g", worst);
    out_value("window_peak", "%.4g", peak);
    out_value("window_peak_w", "%.4g", peak_w);
}

/* ------------------------------------------------------------ training */

struct train_opts {
    size_t depth, width, points;
    long epochs;
    double lr;
    int data;
    uint64_t seed;
};

static void show_training(const struct train_opts *o)
{
    static const enum act_kind acts[3] = { ACT_SIGMOID, ACT_TANH,
                                           ACT_RELU };
    static const enum init_kind inits[3] = { INIT_XAVIER, INIT_XAVIER,
                                             INIT_HE };
    size_t E = (size_t)o->epochs, layers = o->depth + 1;
    int diverged[3];
    double *loss = malloc(3 * E * sizeof *loss);
    double *acc = malloc(3 * E * sizeof *acc);
    double *wg = malloc(3 * E * layers * sizeof *wg);
    if (!loss || !acc || !wg) {
        free(loss), free(acc), free(wg);
        return;
    }
    printf("Training: %zu hidden layers of %zu units on the %s set "
           "(%zu points),\n    full-batch descent, rate %g, %ld epochs. "
           "Loss after the first and\n    last epoch, final accuracy, and "
           "||dL/dW|| of layer 1 over layer %zu\n    in the first step:\n"
           "    act      init    first loss  last loss  accuracy  "
           "first/last\n", o->depth, o->width, data_names[o->data],
           o->points, o->lr, o->epochs, o->depth);
    for (int k = 0; k < 3; k++) {
        struct vanish_train_config c = {
            acts[k], inits[k], o->depth, o->width, (enum data_kind)o->data,
            o->points, o->lr, o->epochs, o->seed,
        };
        diverged[k] = vanish_train(&c, loss + k * E, acc + k * E,
                                   wg + k * E * layers);
        if (diverged[k] < 0) {
            fprintf(stderr, "09-vanishing-gradients: out of memory\n");
            exit(1);
        }
        progress("trainings", (size_t)k + 1, 3);
    }
    struct tsv *t = tsv_open("train.tsv",
                             "epoch loss_sigmoid loss_tanh loss_relu "
                             "acc_sigmoid acc_tanh acc_relu first_sigmoid "
                             "last_sigmoid first_tanh last_tanh first_relu "
                             "last_relu");
    struct tsv *tl = tsv_open("train_layers.tsv", "act epoch layer wgrad");
    for (size_t e = 0; e < E; e++) {
        tsv_int(t, (long long)e + 1);
        for (int k = 0; k < 3; k++)
            tsv_num(t, loss[k * E + e]);
        for (int k = 0; k < 3; k++)
            tsv_num(t, acc[k * E + e]);
        for (int k = 0; k < 3; k++) {
            const double *row = wg + (k * E + e) * layers;
            tsv_num(t, row[0]);
            tsv_num(t, row[o->depth - 1]);
            for (size_t l = 0; l < layers; l++) {
                tsv_str(tl, act_name(acts[k]));
                tsv_int(tl, (long long)e + 1);
                tsv_int(tl, (long long)l + 1);
                tsv_num(tl, row[l]);
                tsv_end(tl);
            }
        }
        tsv_end(t);
    }
    for (int k = 0; k < 3; k++) {
        const char *an = act_name(acts[k]);
        const double *first = wg + k * E * layers;
        const double *last = wg + (k * E + E - 1) * layers;
        printf("    %-7s  %-6s  ", an, init_names[inits[k]]);
        if (diverged[k] > 0) {
            printf("diverged: the loss overflowed at epoch %d\n",
                   diverged[k]);
        } else {
            double r = ratio(first[0], first[o->depth - 1]);
            printf("%.4f  %10.4f  %8.3f  ", loss[k * E],
                   loss[k * E + E - 1], acc[k * E + E - 1]);
            if (isnan(r)) {
                printf("%11s\n", "--");
            } else {
                printf("%11.2g\n", r);
            }
        }
        char key[64];
        key_of(key, sizeof key, "train_loss", an, NULL);
        out_value(key, "%.3g", loss[k * E + E - 1]);
        key_of(key, sizeof key, "train_acc", an, NULL);
        out_value(key, "%.3g", 100 * acc[k * E + E - 1]); /* in % */
        key_of(key, sizeof key, "train_ratio", an, NULL);
        out_value(key, "%.2g", ratio(first[0], first[o->depth - 1]));
        key_of(key, sizeof key, "train_first_end", an, NULL);
        out_value(key, "%.2g", last[0]);
        key_of(key, sizeof key, "train_first_start", an, NULL);
        out_value(key, "%.2g", first[0]);
        /* Steps of the last epoch's size it would take to move the
         * first layer's weights by a distance of 1. */
        key_of(key, sizeof key, "train_steps", an, NULL);
        out_value(key, "%.1g", 1.0 / (o->lr * last[0]));
        key_of(key, sizeof key, "train_move", an, NULL);
        out_value(key, "%.1g", o->lr * last[0]);
    }
    out_value("train_depth", "%zu", o->depth);
    out_value("train_width", "%zu", o->width);
    out_value("train_points", "%zu", o->points);
    out_value("train_epochs", "%ld", o->epochs);
    out_value("train_lr", "%g", o->lr);
    out_value("train_data", "%s", data_names[o->data]);
    free(loss), free(acc), free(wg);
}

/* ------------------------------------------------- float saturation */

static void float_row(struct tsv *t, const char *fn, const char *prec,
                      double one, double truth, double zform, double under)
{
    tsv_str(t, fn);
    tsv_str(t, prec);
    tsv_row(t, 4, one, truth, zform, under);
    printf("    %-7s %-6s  %-9.4g  %-10.3g  %-10.3g  %.4g\n", fn, prec, one,
           truth, zform, under);
    char key[64];
    key_of(key, sizeof key, "one_from", fn, prec);
    out_value(key, "%.4g", one);
    key_of(key, sizeof key, "truth_at_one", fn, prec);
    out_value(key, "%.2g", truth);
    key_of(key, sizeof key, "underflow", fn, prec);
    out_value(key, "%.4g", under);
}

static void show_float(void)
{
    /* Both functions reach 1 below z = 100 in either precision, and
     * their derivatives reach 0 below 1000 (e^-745 underflows double). */
    const double HI = 100.0, HI_PRIME = 1000.0;
    struct tsv *t = tsv_open("float_sat.tsv",
                             "function precision one_from true_prime "
                             "zform underflow_from");
    printf("Where the output forms y(1-y) and 1-y^2 become 0 "
           "(g(z) rounds to 1):\n    g       prec    from z     true g'"
           "     z-form      z-form is 0 from\n");
    float sf = vanish_first_equalf(act_sigmoidf, 1.0f, 0.0f, (float)HI);
    float tf = vanish_first_equalf(act_tanhf, 1.0f, 0.0f, (float)HI);
    float_row(t, "sigmoid", "float", sf, act_sigmoid_prime(sf),
              act_sigmoid_primef(sf),
              vanish_first_equalf(act_sigmoid_primef, 0.0f, 0.0f,
                                  (float)HI_PRIME));
    float_row(t, "tanh", "float", tf, act_tanh_prime(tf), act_tanh_primef(tf),
              vanish_first_equalf(act_tanh_primef, 0.0f, 0.0f,
                                  (float)HI_PRIME));
    double sd = vanish_first_equal(act_sigmoid, 1.0, 0.0, HI);
    double td = vanish_first_equal(act_tanh, 1.0, 0.0, HI);
    float_row(t, "sigmoid", "double", sd, act_sigmoid_prime(sd),
              act_sigmoid_prime(sd),
              vanish_first_equal(act_sigmoid_prime, 0.0, 0.0, HI_PRIME));
    float_row(t, "tanh", "double", td, act_tanh_prime(td), act_tanh_prime(td),
              vanish_first_equal(act_tanh_prime, 0.0, 0.0, HI_PRIME));
}

/* ------------------------------------------------------------------ main */

int main(int argc, char **argv)
{
    long depth = 20, width = 64, batch = 32, seeds = 5;
    long chain_depth = 30, train_depth = 10, train_width = 16;
    long train_points = 200, epochs = 100;
    double w = 100, lr = 0.2;
    int act = 0, init = 0, data = DATA_ARTICLE;
    uint64_t seed = 1, train_seed = 1;

    act_choices[0] = "all";
    for (int k = 0; k < ACT_KIND_COUNT; k++)
        act_choices[k + 1] = act_names[k];
    const struct cli_opt opts[] = {
        { "depth", CLI_LONG, &depth, "hidden layers of the grid's networks",
          2, 100, NULL },
        { "width", CLI_LONG, &width, "units per hidden layer (and inputs)",
          1, 512, NULL },
        { "batch", CLI_LONG, &batch, "inputs per network", 1, 1024, NULL },
        { "activation", CLI_CHOICE, &act,
          "activation (all: sigmoid, tanh, relu)", 0, 0,
          act_choices },
        { "init", CLI_CHOICE, &init, "the grid's initialisation", 0, 0,
          init_choices },
        { "seed", CLI_SEED, &seed, "the first seed of the grid", 0, 0, NULL },
        { "seeds", CLI_LONG, &seeds, "networks per activation and "
          "initialisation", 1, 50, NULL },
        { "w", CLI_DOUBLE, &w, "weight of the exploding chain", 1e-3, 1e3,
          NULL },
        { "chain-depth", CLI_LONG, &chain_depth, "units of the longest "
          "chain", 1, 60, NULL },
        { "train-depth", CLI_LONG, &train_depth, "hidden layers of the "
          "trained networks", 2, 50, NULL },
        { "train-width", CLI_LONG, &train_width, "units per hidden layer "
          "there", 1, 128, NULL },
        { "data", CLI_CHOICE, &data, "the data set they learn", 0, 0,
          data_names },
        { "points", CLI_LONG, &train_points, "points of that data set", 4,
          2000, NULL },
        { "epochs", CLI_LONG, &epochs, "epochs of full-batch descent", 1,
          20000, NULL },
        { "lr", CLI_DOUBLE, &lr, "learning rate", 1e-4, 10, NULL },
        { "train-seed", CLI_SEED, &train_seed, "seed of the data and the "
          "trained weights", 0, 0, NULL },
        { NULL, 0, NULL, NULL, 0, 0, NULL },
    };
    const struct cli_program prog = {
        "09-vanishing-gradients",
        "Gradient size layer by layer in deep networks: claims V1 and R2.",
        OUTPUTS, opts,
    };
    cli_parse(&prog, argc, argv);
    t_start = now();

    struct grid g = {
        .nseeds = (size_t)seeds, .depth = (size_t)depth,
        .width = (size_t)width, .batch = (size_t)batch, .seed = seed,
    };
    if (act == 0) {
        for (size_t k = 0; k < GRID_ACT_COUNT; k++)
            g.acts[g.nact++] = GRID_ACTS[k];
    } else {
        g.acts[g.nact++] = (enum act_kind)(act - 1);
    }
    for (int k = 0; k < VANISH_INIT_COUNT; k++)
        if (init == 0 || init == k + 1) {
            g.inits[g.ninit++] = (enum vanish_init)k;
        }

    printf("Chapter 9: vanishing and exploding gradients\n\n");
    if (run_grid(&g) != 0) {
        fprintf(stderr, "09-vanishing-gradients: out of memory\n");
        return 1;
    }
    show_grid(&g);
    free(g.res);
    show_width_sweep(g.depth, g.seed);
    putchar('\n');
    show_explode(w, (size_t)chain_depth);
    show_window();
    putchar('\n');
    struct train_opts to = {
        (size_t)train_depth, (size_t)train_width, (size_t)train_points,
        epochs, lr, data, train_seed,
    };
    show_training(&to);
    putchar('\n');
    show_float();
    out_finish();
    return 0;
}
