/*
 * layer_grid.c - the grid of deep networks and its summary; see
 * layer_grid.h. Every number is a median over the seeds, with its range.
 */
#include "layer_grid.h"

#include "alloc.h"
#include "cli.h"
#include "out.h"
#include "progress.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* The histograms: bins over [-1, 1] (sigmoid and tanh share the axis),
 * an odd number so that a = 0 falls in the middle of one; and over
 * log10 a in [-8, 20], half a decade each, wide enough for a ReLU stack
 * of 20 layers from N(0, 1) (a factor of about 5.7 per layer at width
 * 64) down to Xavier's (a factor of about 0.7). */
#define HIST_BINS 41
#define LOG_LO (-8.0)
#define LOG_HI 20.0
#define LOG_BINS 56

static struct vanish_layer *at(const struct layer_grid *g, size_t a,
                               size_t i, size_t s)
{
    return g->res + ((a * g->ninit + i) * g->nseeds + s) * g->depth;
}

/* a / b, or NaN when b is 0: a gradient that never reaches the layer
 * we divide by (every unit of a step network, a dead ReLU layer) has no
 * ratio. Spelled NAN, since 0.0 / 0.0 gives a NaN printed as "-nan". */
static double ratio(double a, double b)
{
    return b > 0.0 ? a / b : NAN;
}

/* An activation's name as a key accepts it: "leaky-relu" -> "leaky_relu". */
static const char *key_name(enum act_kind act)
{
    static char buf[32];
    snprintf(buf, sizeof buf, "%s", act_name(act));
    for (char *p = buf; *p; p++)
        if (*p == '-') {
            *p = '_';
        }
    return buf;
}

/* The numbers that end a row begun with text cells, counted and
 * converted like TSV_ROW's (which takes whole rows of numbers only). */
#define ROW_END(t, ...)                                                  \
    row_end((t), (const double[]){ __VA_ARGS__ },                       \
            sizeof((const double[]){ __VA_ARGS__ }) / sizeof(double))

static void row_end(struct tsv *t, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        tsv_num(t, x[i]);
    tsv_end(t);
}

/* ------------------------------------------------------------ running */

/* The histograms of one network, for its first, middle and last layer:
 * of a itself for sigmoid and tanh, of log10 a over the nonzero
 * activations for the others. Fractions of all units, zeros included,
 * so a ReLU layer's curve holds only its active share. */
static void write_histograms(const struct layer_grid *g, size_t a, size_t i,
                             const struct mlp *m, struct tsv *lin,
                             struct tsv *lg)
{
    size_t D = g->depth, cells = g->batch * g->width;
    size_t layers[3] = { 0, (D - 1) / 2, D - 1 };
    enum act_kind act = g->acts[a];
    int linear = act == ACT_SIGMOID || act == ACT_TANH;
    size_t bins = linear ? HIST_BINS : LOG_BINS;
    double lo = linear ? -1.0 : LOG_LO, hi = linear ? 1.0 : LOG_HI;
    struct tsv *t = linear ? lin : lg;
    double *v = alloc_array(cells, sizeof *v), frac[LOG_BINS];
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
        vanish_histogram(v, n, lo, hi, bins, frac);
        for (size_t b = 0; b < bins; b++) {
            tsv_str(t, act_name(act));
            tsv_str(t, vanish_init_names[g->inits[i]]);
            ROW_END(t, layers[k] + 1,
                    lo + (hi - lo) * ((double)b + 0.5) / (double)bins,
                    frac[b] * (double)n / (double)cells);
        }
        tsv_blank(t);
    }
    free(v);
}

void layer_grid_run(struct layer_grid *g)
{
    size_t total = g->nact * g->ninit * g->nseeds, done = 0;
    g->res = alloc_array(total * g->depth, sizeof *g->res);
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
                    fprintf(stderr, "%s: out of memory\n",
                            cli_program_name());
                    exit(1);
                }
                /* The bound is drawn for the sigmoid, the claim's case;
                 * the power iterations are the grid's dearest part. */
                vanish_layers(m, g->batch, g->acts[a] == ACT_SIGMOID,
                              at(g, a, i, s));
                if (s == 0) {
                    write_histograms(g, a, i, m, lin, lg);
                }
                mlp_free(m);
                progress_show("network %zu of %zu", ++done, total);
            }
        }
    }
    progress_done();
}

/* ---------------------------------------------------------- summarising */

/* The quantities summarised per layer over the seeds. */
enum { Q_REL, Q_BOUND, Q_RMS, Q_MEAN, Q_STD, Q_SAT, Q_ZERO, Q_LOST, Q_N };

/* The tables the summary writes, and what it gathers across them. */
struct grid_out {
    struct tsv *raw, *sum, *rat, *st, *sb;
    double use_max; /* the largest step / bound between hidden layers */
    double rms_off; /* the largest factor between RMS gain and median */
};

/* q[k][s][l] for one activation and initialisation: the gradient
 * relative to the last hidden layer, the products of the bounds and of
 * the RMS gains from there down, and the activations' statistics. */
static void gather(const struct layer_grid *g, size_t a, size_t i,
                   struct grid_out *o, double *q)
{
    size_t D = g->depth, S = g->nseeds;
    for (size_t s = 0; s < S; s++) {
        const struct vanish_layer *L = at(g, a, i, s);
        double *v[Q_N];
        for (int k = 0; k < Q_N; k++)
            v[k] = q + ((size_t)k * S + s) * D;
        v[Q_REL][D - 1] = v[Q_BOUND][D - 1] = v[Q_RMS][D - 1] = 1.0;
        for (size_t l = D - 1; l-- > 0;) {
            v[Q_REL][l] = ratio(L[l].grad, L[D - 1].grad);
            v[Q_BOUND][l] = v[Q_BOUND][l + 1] * L[l].bound;
            v[Q_RMS][l] = v[Q_RMS][l + 1] * L[l].rms;
            o->use_max = fmax(o->use_max,
                              ratio(ratio(L[l].grad, L[l + 1].grad),
                                    L[l].bound));
        }
        for (size_t l = 0; l < D; l++) {
            v[Q_MEAN][l] = L[l].mean;
            v[Q_STD][l] = L[l].std;
            v[Q_SAT][l] = L[l].saturated;
            v[Q_ZERO][l] = L[l].zero;
            v[Q_LOST][l] = L[l].float_lost;
            tsv_str(o->raw, act_name(g->acts[a]));
            tsv_str(o->raw, vanish_init_names[g->inits[i]]);
            ROW_END(o->raw, g->seed + s, l + 1, L[l].grad, L[l].wgrad,
                    L[l].bound, L[l].rms);
        }
    }
}

/* The median over the S seeds of v[s * D + l]; *lo, *hi get the range. */
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

/* The activations' statistics at the first or last layer, for the text:
 * mean_<first|last>_<act>_<init>, and so std_, sat_, zero_, lost_. */
static void stat_values(const char *an, const char *in, const char *where,
                        const double *med)
{
    out_value(OUT_KEY("mean_%s_%s_%s", where, an, in), "%.2g", med[Q_MEAN]);
    out_value(OUT_KEY("std_%s_%s_%s", where, an, in), "%.2g", med[Q_STD]);
    out_value(OUT_KEY("sat_%s_%s_%s", where, an, in), "%.2g", med[Q_SAT]);
    out_value(OUT_KEY("zero_%s_%s_%s", where, an, in), "%.2g", med[Q_ZERO]);
    out_value(OUT_KEY("lost_%s_%s_%s", where, an, in), "%.2g", med[Q_LOST]);
}

/* The first-to-last ratio of one activation and initialisation: its row
 * of ratios.tsv, its line of the summary and its values
 * (ratio_<act>_<init>, lo_, hi_, rms_, bound_, step_). Returns the
 * per-layer factor, the ratio to the power 1 / (D - 1). */
static double show_ratio(const struct layer_grid *g, enum act_kind act,
                         const char *in, struct grid_out *o,
                         const double *med, const double *lo,
                         const double *hi)
{
    const char *an = key_name(act);
    double step = pow(med[Q_REL], 1.0 / (double)(g->depth - 1));
    double off = med[Q_RMS] / med[Q_REL];
    int has_bound = !isnan(med[Q_BOUND]); /* computed for the sigmoid */
    o->rms_off = fmax(o->rms_off, fmax(off, 1.0 / off));
    tsv_str(o->rat, act_name(act));
    tsv_str(o->rat, in);
    tsv_num(o->rat, med[Q_REL]);
    tsv_num(o->rat, lo[Q_REL]);
    tsv_num(o->rat, hi[Q_REL]);
    tsv_num(o->rat, hi[Q_REL] / lo[Q_REL]);
    tsv_num(o->rat, med[Q_RMS]);
    if (has_bound) {
        tsv_num(o->rat, med[Q_BOUND]);
    } else {
        tsv_str(o->rat, "--"); /* no bound to show */
    }
    tsv_num(o->rat, step);
    tsv_end(o->rat);

    printf("    %-10s %-6s  ", act_name(act), in);
    if (isnan(med[Q_REL])) {
        printf("no gradient reaches hidden layer %zu\n", g->depth);
    } else {
        printf("%9.2e [%8.2e, %8.2e]  %9.2e  ", med[Q_REL], lo[Q_REL],
               hi[Q_REL], med[Q_RMS]);
        if (has_bound) {
            printf("%9.2e\n", med[Q_BOUND]);
        } else {
            printf("%9s\n", "--");
        }
    }
    out_value(OUT_KEY("ratio_%s_%s", an, in), "%.2g", med[Q_REL]);
    out_value(OUT_KEY("lo_%s_%s", an, in), "%.2g", lo[Q_REL]);
    out_value(OUT_KEY("hi_%s_%s", an, in), "%.2g", hi[Q_REL]);
    out_value(OUT_KEY("rms_%s_%s", an, in), "%.2g", med[Q_RMS]);
    if (has_bound) {
        out_value(OUT_KEY("bound_%s_%s", an, in), "%.2g", med[Q_BOUND]);
    }
    out_value(OUT_KEY("step_%s_%s", an, in), "%.2f", step);
    return step;
}

/* One activation and initialisation: its rows of every table. */
static void summarise(const struct layer_grid *g, size_t a, size_t i,
                      struct grid_out *o, double *q, double *tmp)
{
    size_t D = g->depth, S = g->nseeds;
    enum act_kind act = g->acts[a];
    const char *an = key_name(act), *in = vanish_init_names[g->inits[i]];
    double first[3] = { 0 }; /* median ratio, bound, step at layer 1 */
    gather(g, a, i, o, q);
    for (size_t l = 0; l < D; l++) {
        double med[Q_N], lo[Q_N], hi[Q_N];
        for (int k = 0; k < Q_N; k++)
            med[k] = seed_median(q + (size_t)k * S * D, S, D, l, tmp,
                                 &lo[k], &hi[k]);
        tsv_str(o->sum, act_name(act));
        tsv_str(o->sum, in);
        ROW_END(o->sum, l + 1, med[Q_REL], lo[Q_REL], hi[Q_REL],
                med[Q_BOUND], med[Q_RMS]);
        tsv_str(o->st, act_name(act));
        tsv_str(o->st, in);
        ROW_END(o->st, l + 1, med[Q_MEAN], med[Q_STD], med[Q_SAT],
                med[Q_ZERO], med[Q_LOST]);
        if (l == 0 || l == D - 1) {
            stat_values(an, in, l == 0 ? "first" : "last", med);
        }
        if (l == 0) {
            first[0] = med[Q_REL];
            first[1] = med[Q_BOUND];
            first[2] = show_ratio(g, act, in, o, med, lo, hi);
        }
    }
    tsv_blank(o->sum);
    /* The spectral norms behind the sigmoid's bound, hidden layers. */
    if (act == ACT_SIGMOID) {
        for (size_t s = 0; s < S; s++)
            for (size_t l = 0; l + 1 < D; l++)
                q[s * (D - 1) + l] = at(g, a, i, s)[l].bound /
                                     vanish_gprime_max(act);
        double sigma = vanish_median(q, S * (D - 1));
        out_value(OUT_KEY("sigma_%s", in), "%.3g", sigma);
        tsv_str(o->sb, in);
        ROW_END(o->sb, first[0], first[1], sigma, first[2]);
    }
}

void layer_grid_show(struct layer_grid *g)
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
    double *q = alloc_array(Q_N * S * D, sizeof *q);
    double *tmp = alloc_array(S, sizeof *tmp);
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
    /* With N(0, 1) weights at this width, the wide-layer laws: ReLU's
     * sqrt(n / 2), the saturating sigmoid's and tanh's n^(1/4) forms. */
    double n = (double)g->width;
    out_value("gain_relu_normal", "%.2f", vanish_wide_gain(ACT_RELU, n));
    out_value("gain_sigmoid_normal", "%.2f",
              vanish_wide_gain(ACT_SIGMOID, n));
    out_value("gain_tanh_normal", "%.2f", vanish_wide_gain(ACT_TANH, n));
    out_value("depth", "%zu", D);
    out_value("width", "%zu", g->width);
    out_value("batch", "%zu", g->batch);
    out_value("seeds", "%zu", S);
    out_value("steps", "%zu", D - 1);
    out_value("small_std", "%g", VANISH_SMALL_STD);
    free(q);
    free(tmp);
    free(g->res);
    g->res = NULL;
}
