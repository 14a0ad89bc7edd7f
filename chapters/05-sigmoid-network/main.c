/*
 * 05-sigmoid-network - a sigmoid hidden layer learns a curved boundary;
 * a step layer cannot learn at all; a linear one learns only a line.
 *
 * Reproduces claims N6 and N9 of the claims ledger:
 *   N6  a 2-H-1 network with sigmoid hidden units, trained by gradient
 *       descent on the cross-entropy from a fixed seed, separates the
 *       article's triangles from its circles (100 % training accuracy);
 *   N9  "activation functions make backpropagation possible": the same
 *       network and training with the step function (gradient 0 almost
 *       everywhere: the hidden weights never move) and with no activation
 *       (trains, but its boundary stays a line).
 *
 * Run it:   build/bin/05-sigmoid-network
 *           build/bin/05-sigmoid-network --seed 4 --hidden 5 --lr 2
 *           build/bin/05-sigmoid-network --help
 * It prints a summary; with --out DIR it writes the tables listed in
 * OUTPUTS below, which plots/05-sigmoid-network/ draws.
 */
#include "cli.h"
#include "data2d.h"
#include "mlp.h"
#include "out.h"
#include "rng.h"
#include "sigmoid_net.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char OUTPUTS[] =
    "  data.tsv           x1, x2, label (1 = triangle, 0 = circle)\n"
    "  curves.tsv         epoch, then loss_X and acc_X (accuracy in %) of\n"
    "                     each run X: sigmoid (H = --hidden), wide\n"
    "                     (H = --wide), narrow (H = 2), step, linear\n"
    "  snap_K.tsv         x1, x2, class: the sigmoid network's decision\n"
    "                     on a grid at the K-th snapshot (K = 0..5)\n"
    "  panels.tsv         panel, epoch, accuracy, x1, x2, label: the\n"
    "                     snapshots' epochs and where to write them\n"
    "  final_X.tsv        x1, x2, class after training, X = sigmoid, step,\n"
    "                     linear\n"
    "  line.tsv           x1, x2: the linear network's boundary line\n"
    "  hidden_data.tsv    h1, h2, h3, label: the data as the hidden layer\n"
    "                     of a trained H = 3 sigmoid network sees it\n"
    "  hidden_circles.tsv h1, h2, h3, radius, x1, x2: circles of the input\n"
    "                     plane (x1, x2) mapped likewise, one per block\n"
    "  hidden_rays.tsv    h1, h2, h3, x1, x2: rays from the origin, alike\n"
    "  hidden_plane.tsv   h1, h2, h3: the output unit's plane v.h + c = 0\n"
    "                     inside the unit cube (nan outside), a grid\n"
    "  slice.tsv          delta, loss_sigmoid, loss_step: the loss as the\n"
    "                     first hidden bias moves by delta\n"
    "  seeds.tsv          seed, hidden_3, hidden_wide: epochs to 100 %\n"
    "  values.tsv         key, value: the numbers the text quotes\n";

/* The plotted window, [-WINDOW, WINDOW]^2: the ring ends at radius 3.5. */
#define WINDOW 4.0
/* Where each snapshot's label goes: above the ring, inside the window
 * (the window of that figure reaches up to LABEL_Y + 0.6). */
#define LABEL_Y 4.4
/* The snapshots: these epochs, then the first at 100 %, then the last. */
static const long SNAP_EPOCHS[] = { 0, 10, 100, 300 };
#define SNAP_FIXED (sizeof SNAP_EPOCHS / sizeof SNAP_EPOCHS[0])
#define SNAPS (SNAP_FIXED + 2)
/* The warped plane is drawn for a network of exactly three hidden units:
 * three coordinates are what a figure can show. */
#define VIEW_HIDDEN 3
/* Circles of the input plane drawn in the hidden space: the edge of the
 * triangles' disk, the middle of the gap, the ring's two edges; and rays. */
static const double VIEW_RADII[] = { 1.0, 1.75, 2.5, 3.5 };
#define VIEW_RAYS 8
#define VIEW_RAY_END 3.5
#define VIEW_STEPS 120   /* points along each mapped curve */
#define PLANE_STEPS 24   /* grid lines across the plane */
/* The loss slice: the first hidden bias moves by up to SLICE_HALF either
 * way, across the whole data set (whose points lie within 3.5 of 0). */
#define SLICE_HALF 4.0
#define SLICE_POINTS 801
#define PI 3.1415926535897932384626433832795

/* The largest learning rate accepted. Full-batch descent on the linear
 * network diverges from about 3 on this data (seed 6, 400 points, at 3);
 * 2 was stable for every seed we tried. */
#define MAX_LR 2.0

enum run { RUN_SIGMOID, RUN_WIDE, RUN_NARROW, RUN_STEP, RUN_LINEAR, RUNS };
static const char *const run_names[RUNS] = {
    "sigmoid", "wide", "narrow", "step", "linear"
};

struct options {
    uint64_t seed;
    long hidden, wide, points, epochs, grid, seeds;
    double lr;
};

/* Runs of more than this many point-epochs (about a second of training
 * on this machine) report their progress on stderr. */
#define PROGRESS_WORK 2e6
static int show_progress;

/* A line on stderr, for long runs only: stdout is the summary. */
static void progress(const char *what, long k, long of)
{
    if (show_progress) {
        fprintf(stderr, "05-sigmoid-network: %s %ld of %ld\n", what, k, of);
    }
}

static void die_no_memory(void)
{
    fprintf(stderr, "05-sigmoid-network: out of memory\n");
    exit(1);
}

/* ------------------------------------------------------------ snapshots */

struct snapshots {
    long grid;              /* points per side */
    double *xy;             /* grid x grid points, row-major, 2 each */
    double *out;            /* scratch: logits on the grid */
    long epochs;            /* the run's last epoch */
    long epoch[SNAPS];      /* -1 until taken */
    double acc[SNAPS];
    unsigned char *cls[SNAPS]; /* the class on the grid */
};

static void grid_points(double *xy, long grid)
{
    for (long i = 0; i < grid; i++)
        for (long j = 0; j < grid; j++) {
            xy[2 * (i * grid + j)] =
                -WINDOW + 2 * WINDOW * (double)i / (double)(grid - 1);
            xy[2 * (i * grid + j) + 1] =
                -WINDOW + 2 * WINDOW * (double)j / (double)(grid - 1);
        }
}

static void take(struct snapshots *s, int k, long epoch, double acc,
                 struct mlp *m)
{
    size_t cells = (size_t)(s->grid * s->grid);
    mlp_predict(m, s->xy, s->out, cells);
    for (size_t c = 0; c < cells; c++)
        s->cls[k][c] = s->out[c] > 0;
    s->epoch[k] = epoch;
    s->acc[k] = acc;
}

/* The watch of the sigmoid run: a snapshot at the fixed epochs, at the
 * first epoch with 100 %, and at the last. */
static void watch(long epoch, double acc, struct mlp *m, void *ctx)
{
    struct snapshots *s = ctx;
    for (size_t k = 0; k < SNAP_FIXED; k++)
        if (epoch == SNAP_EPOCHS[k]) {
            take(s, (int)k, epoch, acc, m);
        }
    if (acc == 1.0 && s->epoch[SNAP_FIXED] < 0) {
        take(s, SNAP_FIXED, epoch, acc, m);
    }
    if (epoch == s->epochs) {
        take(s, SNAP_FIXED + 1, epoch, acc, m);
    }
}

static void write_class_grid(const char *name, const double *xy,
                             const unsigned char *cls, long grid)
{
    struct tsv *t = tsv_open(name, "x1 x2 class");
    for (long i = 0; i < grid; i++) {
        for (long j = 0; j < grid; j++) {
            long c = i * grid + j;
            TSV_ROW(t, xy[2 * c], xy[2 * c + 1], (double)cls[c]);
        }
        tsv_blank(t);
    }
}

/* Write the snapshots in order of epoch; one never taken (a fixed epoch
 * past the end, or 100 % never reached) shows the last epoch instead. */
static void write_snapshots(struct snapshots *s)
{
    struct tsv *p = tsv_open("panels.tsv",
                             "panel epoch accuracy x1 x2 label");
    int order[SNAPS];
    for (int k = 0; k < (int)SNAPS; k++) {
        if (s->epoch[k] < 0) {
            size_t cells = (size_t)(s->grid * s->grid);
            memcpy(s->cls[k], s->cls[SNAPS - 1], cells);
            s->epoch[k] = s->epoch[SNAPS - 1];
            s->acc[k] = s->acc[SNAPS - 1];
        }
        order[k] = k;
    }
    /* Insertion sort by epoch: six entries. */
    for (int i = 1; i < (int)SNAPS; i++)
        for (int j = i; j > 0 && s->epoch[order[j]] < s->epoch[order[j - 1]];
             j--) {
            int swap = order[j];
            order[j] = order[j - 1];
            order[j - 1] = swap;
        }
    for (int i = 0; i < (int)SNAPS; i++) {
        int k = order[i];
        char name[32], label[64];
        snprintf(name, sizeof name, "snap_%d.tsv", i);
        write_class_grid(name, s->xy, s->cls[k], s->grid);
        snprintf(label, sizeof label, "epoch %ld: %.1f %%", s->epoch[k],
                 100 * s->acc[k]);
        tsv_num(p, (double)i);
        tsv_num(p, (double)s->epoch[k]);
        tsv_num(p, 100 * s->acc[k]);
        tsv_num(p, 0.0);
        tsv_num(p, LABEL_Y);
        tsv_str(p, label);
        tsv_end(p);
    }
}

/* ------------------------------------------------------------- the runs */

static size_t run_hidden(enum run k, const struct options *o)
{
    return k == RUN_WIDE ? (size_t)o->wide
           : k == RUN_NARROW ? 2 : (size_t)o->hidden;
}

static enum act_kind run_act(enum run k)
{
    return k == RUN_STEP ? ACT_STEP
           : k == RUN_LINEAR ? ACT_IDENTITY : ACT_SIGMOID;
}

/* Largest |dL/dp| over the hidden layer's parameters at m's weights. */
static double hidden_gradient(struct mlp *m, const struct dataset *d)
{
    double *dout = malloc(d->n * sizeof *dout);
    if (dout == NULL) {
        die_no_memory();
    }
    mlp_zero_grad(m);
    const double *out = mlp_forward(m, d->x, d->n);
    loss_bce(out, d->y, d->n, dout);
    mlp_backward(m, d->x, dout, d->n);
    free(dout);
    const struct dense *h = &m->layers[0];
    double g = 0.0;
    for (size_t i = 0; i < h->in * h->out; i++)
        g = fmax(g, fabs(h->dw[i]));
    for (size_t j = 0; j < h->out; j++)
        g = fmax(g, fabs(h->db[j]));
    return g;
}

/* The mean cross-entropy of m on d. */
static double data_loss(struct mlp *m, const struct dataset *d)
{
    const double *out = mlp_forward(m, d->x, d->n);
    return loss_bce(out, d->y, d->n, NULL);
}

/* N9: the loss as one parameter, the first hidden bias, moves; for the
 * sigmoid and the step network from the same weights. */
static void show_slice(struct mlp *sig, struct mlp *step,
                       const struct dataset *d)
{
    struct tsv *t = tsv_open("slice.tsv", "delta loss_sigmoid loss_step");
    double b_sig = sig->layers[0].b[0], b_step = step->layers[0].b[0];
    long flat = 0;
    double prev = NAN;
    for (long i = 0; i < SLICE_POINTS; i++) {
        double delta = -SLICE_HALF + 2 * SLICE_HALF * (double)i /
                                         (SLICE_POINTS - 1);
        sig->layers[0].b[0] = b_sig + delta;
        step->layers[0].b[0] = b_step + delta;
        double ls = data_loss(sig, d), lt = data_loss(step, d);
        TSV_ROW(t, delta, ls, lt);
        flat += lt == prev;
        prev = lt;
    }
    sig->layers[0].b[0] = b_sig;
    step->layers[0].b[0] = b_step;
    double frac = (double)flat / (SLICE_POINTS - 1);
    printf("    along one hidden bias, the step network's loss is flat\n"
           "      between %.1f %% of neighbouring points %.3g apart, and\n"
           "      jumps between the rest\n", 100 * frac,
           2 * SLICE_HALF / (SLICE_POINTS - 1));
    out_value("slice_flat", "%.1f", 100 * frac);
}

/* N9: the best a line can do on d, for comparison with the linear
 * network: a single layer 2 -> 1 (logistic regression), whose loss is
 * convex, trained from zero weights with the same rate and epochs. */
static void show_best_line(const struct options *o, const struct dataset *d,
                           const struct sigmoid_net_log *lin)
{
    static const size_t sizes[2] = { 2, 1 };
    struct mlp *m = mlp_alloc(sizes, 2, ACT_IDENTITY, d->n);
    struct rng unused;
    struct sigmoid_net_log log = { 0 };
    if (m == NULL) {
        die_no_memory();
    }
    rng_seed(&unused, 0);
    mlp_init(m, INIT_ZERO, &unused);
    sigmoid_net_train(m, d, o->lr, o->epochs, 0, &log);
    const double *out = mlp_forward(m, d->x, d->n);
    double loss = loss_bce(out, d->y, d->n, NULL);
    double acc = loss_accuracy(LOSS_BCE, out, d->y, d->n);
    printf("    the linear 2-%ld-1 network: loss %.4f, accuracy %.1f %%;\n"
           "    one layer (logistic regression) trained alike: loss %.4f,"
           "\n      accuracy %.1f %%\n", o->hidden, lin->loss[o->epochs],
           100 * lin->accuracy[o->epochs], loss, 100 * acc);
    out_value("line_loss", "%.4f", loss);
    out_value("line_acc", "%.1f", 100 * acc);
    out_value("linear_loss4", "%.4f", lin->loss[o->epochs]);
    mlp_free(m);
}

/* Write the class of m on the grid as final_NAME.tsv. */
static void write_final(const char *name, struct mlp *m, const double *xy,
                        long grid)
{
    size_t cells = (size_t)(grid * grid);
    double *out = malloc(cells * sizeof *out);
    unsigned char *cls = malloc(cells);
    if (out == NULL || cls == NULL) {
        die_no_memory();
    }
    mlp_predict(m, xy, out, cells);
    for (size_t c = 0; c < cells; c++)
        cls[c] = out[c] > 0;
    char file[64];
    snprintf(file, sizeof file, "final_%s.tsv", name);
    write_class_grid(file, xy, cls, grid);
    free(out);
    free(cls);
}

/* The linear network's boundary c0 + c1 x1 + c2 x2 = 0 as a segment
 * across the window. */
static void write_line(const struct mlp *m)
{
    double c[3];
    sigmoid_net_affine(m, c);
    struct tsv *t = tsv_open("line.tsv", "x1 x2");
    double nn = c[1] * c[1] + c[2] * c[2], len = sqrt(nn);
    double px = -c[0] * c[1] / nn, py = -c[0] * c[2] / nn;
    double half = 4 * WINDOW; /* well past the window's corners */
    TSV_ROW(t, px - half * c[2] / len, py + half * c[1] / len);
    TSV_ROW(t, px + half * c[2] / len, py - half * c[1] / len);
}

/* ---------------------------------------------------------- warped plane */

/* A curve of the input plane from polar (r0, a0) to (r1, a1), linear in
 * r and angle, as rows "h1 h2 h3 [radius] x1 x2"; radius when circle. */
static void write_mapped_curve(struct tsv *t, struct mlp *m, double r0,
                               double r1, double a0, double a1, int circle)
{
    for (int s = 0; s <= VIEW_STEPS; s++) {
        double u = (double)s / VIEW_STEPS;
        double r = r0 + (r1 - r0) * u, a = a0 + (a1 - a0) * u;
        double p[2] = { r * cos(a), r * sin(a) }, h[VIEW_HIDDEN];
        sigmoid_net_hidden(m, p, h);
        if (circle) {
            TSV_ROW(t, h[0], h[1], h[2], r, p[0], p[1]);
        } else {
            TSV_ROW(t, h[0], h[1], h[2], p[0], p[1]);
        }
    }
    /* Two blank lines: a new curve. One would make splot join the
     * curves into a mesh, as it does the rows of a grid. */
    tsv_blank(t);
    tsv_blank(t);
}

/* N6: the input plane, the data and the output unit's plane, as the
 * hidden layer of the trained H = 3 network m sees them. */
static void show_hidden_view(struct mlp *m, const struct dataset *d)
{
    struct tsv *t = tsv_open("hidden_data.tsv", "h1 h2 h3 label");
    for (size_t i = 0; i < d->n; i++) {
        double h[VIEW_HIDDEN];
        sigmoid_net_hidden(m, d->x + 2 * i, h);
        TSV_ROW(t, h[0], h[1], h[2], d->y[i]);
    }
    t = tsv_open("hidden_circles.tsv", "h1 h2 h3 radius x1 x2");
    for (size_t k = 0; k < sizeof VIEW_RADII / sizeof VIEW_RADII[0]; k++)
        write_mapped_curve(t, m, VIEW_RADII[k], VIEW_RADII[k], 0, 2 * PI,
                           1);
    t = tsv_open("hidden_rays.tsv", "h1 h2 h3 x1 x2");
    for (int k = 0; k < VIEW_RAYS; k++) {
        double a = 2 * PI * k / VIEW_RAYS;
        write_mapped_curve(t, m, 0, VIEW_RAY_END, a, a, 0);
    }

    /* The plane v . h + c = 0: solved for the coordinate with the largest
     * |v_k|, over a grid of the other two. */
    const struct dense *o = &m->layers[1];
    int k = 0;
    for (int j = 1; j < VIEW_HIDDEN; j++)
        if (fabs(o->w[j]) > fabs(o->w[k])) {
            k = j;
        }
    int i1 = (k + 1) % VIEW_HIDDEN, i2 = (k + 2) % VIEW_HIDDEN;
    t = tsv_open("hidden_plane.tsv", "h1 h2 h3");
    for (int a = 0; a <= PLANE_STEPS; a++) {
        for (int b = 0; b <= PLANE_STEPS; b++) {
            double h[VIEW_HIDDEN];
            h[i1] = (double)a / PLANE_STEPS;
            h[i2] = (double)b / PLANE_STEPS;
            h[k] = -(o->b[0] + o->w[i1] * h[i1] + o->w[i2] * h[i2]) /
                   o->w[k];
            if (h[k] < 0 || h[k] > 1) {
                h[k] = NAN;
            }
            TSV_ROW(t, h[0], h[1], h[2]);
        }
        tsv_blank(t);
    }
}

/* ----------------------------------------------------------- seed table */

/* N6 over seeds: epochs to 100 % for H = --hidden and H = --wide. */
static void show_seeds(const struct options *o)
{
    struct tsv *t = tsv_open("seeds.tsv", "seed hidden_3 hidden_wide");
    const size_t hs[2] = { (size_t)o->hidden, (size_t)o->wide };
    long lo[2] = { -1, -1 }, hi[2] = { -1, -1 }, never[2] = { 0, 0 };
    printf("\n    epochs to 100 %% (lr %g), by the seed of data and "
           "weights:\n      seed   H = %-5zu H = %zu\n", o->lr, hs[0],
           hs[1]);
    for (long s = 1; s <= o->seeds; s++) {
        progress("seed", s, o->seeds);
        tsv_num(t, (double)s);
        printf("      %-6ld", s);
        for (int j = 0; j < 2; j++) {
            long e = sigmoid_net_epochs_to_full(hs[j], ACT_SIGMOID,
                                                (uint64_t)s,
                                                (size_t)o->points, o->lr,
                                                o->epochs, NULL);
            if (e < 0) {
                never[j]++;
                tsv_str(t, "never");
                printf(" %-9s", "never");
                continue;
            }
            lo[j] = lo[j] < 0 || e < lo[j] ? e : lo[j];
            hi[j] = e > hi[j] ? e : hi[j];
            tsv_num(t, (double)e);
            printf(" %-9ld", e);
        }
        tsv_end(t);
        putchar('\n');
    }
    out_value("seeds", "%ld", o->seeds);
    out_value("h3_min", "%ld", lo[0]);
    out_value("h3_max", "%ld", hi[0]);
    out_value("h3_never", "%ld", never[0]);
    out_value("wide_min", "%ld", lo[1]);
    out_value("wide_max", "%ld", hi[1]);
    out_value("wide_never", "%ld", never[1]);
}

/* ------------------------------------------------------------------ main */

int main(int argc, char **argv)
{
    struct options o = {
        .seed = 1, .hidden = 3, .wide = 8, .points = 200, .epochs = 2000,
        .grid = 81, .seeds = 5, .lr = 1.0,
    };
    const struct cli_opt opts[] = {
        CLI_SEED("seed", &o.seed, "seed of the data and the weights"),
        CLI_LONG("hidden", &o.hidden, 1, 64,
                 "hidden units H of the main run"),
        CLI_LONG("wide", &o.wide, 1, 64, "hidden units of the wider run"),
        CLI_LONG("points", &o.points, 2, 100000, "points in the data set"),
        CLI_LONG("epochs", &o.epochs, 1, 1e6, "epochs of gradient descent"),
        CLI_DOUBLE("lr", &o.lr, 1e-4, MAX_LR,
                   "learning rate (above 2 the linear network's descent can "
                   "diverge)"),
        CLI_LONG("grid", &o.grid, 2, 1000,
                 "grid points per side of the maps"),
        CLI_LONG("seeds", &o.seeds, 1, 100, "seeds 1..N in the table"),
        CLI_END
    };
    const struct cli_program prog = {
        "05-sigmoid-network",
        "A sigmoid hidden layer learns to separate the article set; step "
        "and linear layers do not: claims N6, N9.",
        OUTPUTS, opts,
    };
    cli_parse(&prog, argc, argv);
    show_progress = (double)o.epochs * (double)o.points > PROGRESS_WORK;

    struct rng r;
    struct dataset d;
    rng_seed(&r, o.seed);
    if (data_make(DATA_ARTICLE, &d, &r, (size_t)o.points) != 0) {
        die_no_memory();
    }
    struct tsv *t = tsv_open("data.tsv", "x1 x2 label");
    for (size_t i = 0; i < d.n; i++)
        TSV_ROW(t, d.x[2 * i], d.x[2 * i + 1], d.y[i]);

    /* Every run draws its weights right after the data from the same
     * stream state, so the sigmoid, step and linear networks of width H
     * start from identical weights and differ only in g. */
    struct rng after_data = r;
    struct mlp *net[RUNS], *start[RUNS];
    for (int k = 0; k < RUNS; k++) {
        struct rng w = after_data;
        size_t h = run_hidden((enum run)k, &o);
        net[k] = sigmoid_net_make(h, run_act((enum run)k), d.n, &w);
        w = after_data;
        start[k] = sigmoid_net_make(h, run_act((enum run)k), d.n, &w);
        if (net[k] == NULL || start[k] == NULL) {
            die_no_memory();
        }
    }

    long grid = o.grid;
    size_t cells = (size_t)(grid * grid);
    struct snapshots snap = { .grid = grid, .epochs = o.epochs };
    snap.xy = malloc(2 * cells * sizeof *snap.xy);
    snap.out = malloc(cells * sizeof *snap.out);
    for (size_t k = 0; k < SNAPS; k++) {
        snap.epoch[k] = -1;
        snap.cls[k] = malloc(cells);
        if (snap.cls[k] == NULL) {
            die_no_memory();
        }
    }
    if (snap.xy == NULL || snap.out == NULL) {
        die_no_memory();
    }
    grid_points(snap.xy, grid);

    double step_grad = hidden_gradient(net[RUN_STEP], &d);
    double sig_grad = hidden_gradient(net[RUN_SIGMOID], &d);
    double *curve[RUNS][2];
    struct sigmoid_net_log log[RUNS];
    for (int k = 0; k < RUNS; k++) {
        curve[k][0] = malloc((size_t)(o.epochs + 1) * sizeof(double));
        curve[k][1] = malloc((size_t)(o.epochs + 1) * sizeof(double));
        if (curve[k][0] == NULL || curve[k][1] == NULL) {
            die_no_memory();
        }
        log[k] = (struct sigmoid_net_log){
            .loss = curve[k][0], .accuracy = curve[k][1],
            .watch = k == RUN_SIGMOID ? watch : NULL, .ctx = &snap,
        };
        progress("training run", k + 1, RUNS);
        sigmoid_net_train(net[k], &d, o.lr, o.epochs, 0, &log[k]);
        if (log[k].diverged >= 0) {
            /* A safety net: MAX_LR should prevent it. The curve ends
             * there; nan is gnuplot's mark for a missing value. */
            fprintf(stderr, "05-sigmoid-network: the %s run diverged at "
                    "epoch %ld; try a smaller --lr\n", run_names[k],
                    log[k].diverged);
            for (long e = log[k].diverged; e <= o.epochs; e++)
                curve[k][0][e] = curve[k][1][e] = NAN;
        }
    }
    if (snap.epoch[SNAPS - 1] < 0) {
        /* The sigmoid run stopped early (it diverged): its last state. */
        take(&snap, SNAPS - 1, log[RUN_SIGMOID].epochs,
             log[RUN_SIGMOID].best_acc, net[RUN_SIGMOID]);
    }
    write_snapshots(&snap);

    t = tsv_open("curves.tsv", "epoch loss_sigmoid acc_sigmoid loss_wide "
                               "acc_wide loss_narrow acc_narrow loss_step "
                               "acc_step loss_linear acc_linear");
    for (long e = 0; e <= o.epochs; e++) {
        tsv_num(t, (double)e);
        for (int k = 0; k < RUNS; k++) {
            tsv_num(t, curve[k][0][e]);
            tsv_num(t, 100 * curve[k][1][e]);
        }
        tsv_end(t);
    }

    printf("Chapter 5: 2-H-1 networks trained on the article set\n"
           "(%zu points, seed %llu)\n\n", d.n, (unsigned long long)o.seed);
    printf("N6  gradient descent, lr %g, %ld epochs, from the same "
           "weights:\n      run      H  loss: start   end       "
           "accuracy (best)  100 %%\n", o.lr, o.epochs);
    for (int k = 0; k < RUNS; k++) {
        struct sigmoid_net_log *g = &log[k];
        printf("      %-8s %-2zu %.4f  %-9.3g %5.1f %% (%5.1f %%) ",
               run_names[k], run_hidden((enum run)k, &o), g->loss[0],
               g->loss[o.epochs], 100 * g->accuracy[o.epochs],
               100 * g->best_acc);
        if (g->first_full >= 0) {
            printf("%ld\n", g->first_full);
        } else {
            printf("never\n");
        }
        char key[64];
        snprintf(key, sizeof key, "%s_loss0", run_names[k]);
        out_value(key, "%.3f", g->loss[0]);
        snprintf(key, sizeof key, "%s_loss", run_names[k]);
        out_value(key, "%.3g", g->loss[o.epochs]);
        snprintf(key, sizeof key, "%s_acc", run_names[k]);
        out_value(key, "%.1f", 100 * g->accuracy[o.epochs]);
        snprintf(key, sizeof key, "%s_best", run_names[k]);
        out_value(key, "%.1f", 100 * g->best_acc);
        snprintf(key, sizeof key, "%s_full", run_names[k]);
        if (g->first_full >= 0) {
            out_value(key, "%ld", g->first_full);
        } else {
            out_value(key, "never");
        }
    }
    out_value("hidden", "%ld", o.hidden);
    out_value("wide", "%ld", o.wide);
    out_value("lr", "%g", o.lr);
    out_value("epochs", "%ld", o.epochs);
    out_value("points", "%zu", d.n);
    out_value("seed", "%llu", (unsigned long long)o.seed);

    /* How far training moved each network's weights (0: hidden layer,
     * 1: output layer). */
    double step_hidden = sigmoid_net_moved(net[RUN_STEP], start[RUN_STEP],
                                           0);
    double step_out = sigmoid_net_moved(net[RUN_STEP], start[RUN_STEP], 1);
    double lin_hidden = sigmoid_net_moved(net[RUN_LINEAR],
                                          start[RUN_LINEAR], 0);
    double sig_hidden = sigmoid_net_moved(net[RUN_SIGMOID],
                                          start[RUN_SIGMOID], 0);
    printf("\nN9  largest |dL/dp| over hidden parameters p at the start:\n"
           "      sigmoid %.3g, step %.3g\n", sig_grad, step_grad);
    printf("    largest change of a hidden parameter in training:\n"
           "      sigmoid %.3g, step %.3g, linear %.3g\n"
           "    the step network's output layer moved by up to %.3g\n",
           sig_hidden, step_hidden, lin_hidden, step_out);
    out_value("sig_grad", "%.3g", sig_grad);
    out_value("step_grad", "%.3g", step_grad);
    out_value("step_hidden_moved", "%.3g", step_hidden);
    out_value("step_out_moved", "%.3g", step_out);
    out_value("sig_hidden_moved", "%.3g", sig_hidden);
    out_value("lin_hidden_moved", "%.3g", lin_hidden);
    show_best_line(&o, &d, &log[RUN_LINEAR]);
    show_slice(start[RUN_SIGMOID], start[RUN_STEP], &d);

    write_final("sigmoid", net[RUN_SIGMOID], snap.xy, grid);
    write_final("step", net[RUN_STEP], snap.xy, grid);
    write_final("linear", net[RUN_LINEAR], snap.xy, grid);
    write_line(net[RUN_LINEAR]);

    if (o.hidden == VIEW_HIDDEN) {
        show_hidden_view(net[RUN_SIGMOID], &d);
    } else {
        struct rng w = after_data;
        struct mlp *v = sigmoid_net_make(VIEW_HIDDEN, ACT_SIGMOID, d.n, &w);
        struct sigmoid_net_log vlog = { 0 };
        if (v == NULL) {
            die_no_memory();
        }
        sigmoid_net_train(v, &d, o.lr, o.epochs, 0, &vlog);
        show_hidden_view(v, &d);
        mlp_free(v);
    }
    show_seeds(&o);

    out_finish();
    for (int k = 0; k < RUNS; k++) {
        mlp_free(net[k]);
        mlp_free(start[k]);
        free(curve[k][0]);
        free(curve[k][1]);
    }
    for (size_t k = 0; k < SNAPS; k++)
        free(snap.cls[k]);
    free(snap.xy);
    free(snap.out);
    dataset_free(&d);
    return 0;
}
