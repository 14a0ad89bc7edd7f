/*
 * sigmoid_views.c - the tables behind chapter 5's figures; see
 * sigmoid_views.h.
 */
#include "sigmoid_views.h"

#include "alloc.h"
#include "out.h"
#include "ref.h"
#include "sigmoid_net.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WINDOW SIGMOID_VIEWS_WINDOW
#define VIEW_HIDDEN SIGMOID_VIEWS_HIDDEN
/* Where each snapshot's label goes: above the ring, inside the window
 * (the window of that figure reaches up to LABEL_Y + 0.6). */
#define LABEL_Y 4.4
/* The snapshots: these epochs, then the first at 100 %, then the last. */
static const long SNAP_EPOCHS[] = { 0, 10, 100, 300 };
#define SNAP_FIXED (sizeof SNAP_EPOCHS / sizeof SNAP_EPOCHS[0])
#define SNAPS (SNAP_FIXED + 2)
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

/* ------------------------------------------------------------ class maps */

/* grid x grid points of the window, row-major, two coordinates each. */
static double *grid_points(long grid)
{
    double *xy = alloc_array((size_t)(2 * grid * grid), sizeof *xy);
    for (long i = 0; i < grid; i++)
        for (long j = 0; j < grid; j++) {
            xy[2 * (i * grid + j)] =
                -WINDOW + 2 * WINDOW * (double)i / (double)(grid - 1);
            xy[2 * (i * grid + j) + 1] =
                -WINDOW + 2 * WINDOW * (double)j / (double)(grid - 1);
        }
    return xy;
}

/* The class (logit > 0) of m at `cells` points xy, into cls. */
static void classify(struct mlp *m, const double *xy, size_t cells,
                     double *scratch, unsigned char *cls)
{
    mlp_predict(m, xy, scratch, cells);
    for (size_t c = 0; c < cells; c++)
        cls[c] = scratch[c] > 0;
}

static void write_class_grid(const char *name, const double *xy,
                             const unsigned char *cls, long grid)
{
    struct tsv *t = tsv_open(name, "x1 x2 class");
    for (long i = 0; i < grid; i++) {
        for (long j = 0; j < grid; j++) {
            long c = i * grid + j;
            TSV_ROW(t, xy[2 * c], xy[2 * c + 1], cls[c]);
        }
        tsv_blank(t);
    }
}

void sigmoid_views_write_final(const char *name, struct mlp *m, long grid)
{
    size_t cells = (size_t)(grid * grid);
    double *xy = grid_points(grid);
    double *out = alloc_array(cells, sizeof *out);
    unsigned char *cls = alloc_array(cells, 1);
    classify(m, xy, cells, out, cls);
    char file[64];
    snprintf(file, sizeof file, "final_%s.tsv", name);
    write_class_grid(file, xy, cls, grid);
    free(xy);
    free(out);
    free(cls);
}

/* ------------------------------------------------------------- snapshots */

struct sigmoid_views_snaps {
    long grid;              /* points per side */
    double *xy;             /* grid x grid points, row-major, 2 each */
    double *out;            /* scratch: logits on the grid */
    long epochs;            /* the run's last epoch */
    long epoch[SNAPS];      /* -1 until taken */
    double acc[SNAPS];
    unsigned char *cls[SNAPS]; /* the class on the grid */
};

struct sigmoid_views_snaps *sigmoid_views_snaps_new(long grid, long epochs)
{
    struct sigmoid_views_snaps *s = alloc_array(1, sizeof *s);
    size_t cells = (size_t)(grid * grid);
    s->grid = grid;
    s->epochs = epochs;
    s->xy = grid_points(grid);
    s->out = alloc_array(cells, sizeof *s->out);
    for (size_t k = 0; k < SNAPS; k++) {
        s->epoch[k] = -1;
        s->cls[k] = alloc_array(cells, 1);
    }
    return s;
}

static void take(struct sigmoid_views_snaps *s, size_t k, long epoch,
                 double acc, struct mlp *m)
{
    classify(m, s->xy, (size_t)(s->grid * s->grid), s->out, s->cls[k]);
    s->epoch[k] = epoch;
    s->acc[k] = acc;
}

void sigmoid_views_watch(long epoch, double acc, struct mlp *m, void *ctx)
{
    struct sigmoid_views_snaps *s = ctx;
    for (size_t k = 0; k < SNAP_FIXED; k++)
        if (epoch == SNAP_EPOCHS[k]) {
            take(s, k, epoch, acc, m);
        }
    if (acc == 1.0 && s->epoch[SNAP_FIXED] < 0) {
        take(s, SNAP_FIXED, epoch, acc, m);
    }
    if (epoch == s->epochs) {
        take(s, SNAP_FIXED + 1, epoch, acc, m);
    }
}

/* For qsort: snapshots by epoch, ties in the order they were declared. */
static const struct sigmoid_views_snaps *sorting;
static int by_epoch(const void *a, const void *b)
{
    size_t i = *(const size_t *)a, j = *(const size_t *)b;
    long ei = sorting->epoch[i], ej = sorting->epoch[j];
    return ei != ej ? (ei > ej) - (ei < ej) : (i > j) - (i < j);
}

void sigmoid_views_snaps_write(struct sigmoid_views_snaps *s, long epoch,
                               double accuracy, struct mlp *m)
{
    size_t cells = (size_t)(s->grid * s->grid), order[SNAPS];
    if (s->epoch[SNAPS - 1] < 0) {
        take(s, SNAPS - 1, epoch, accuracy, m);
    }
    for (size_t k = 0; k < SNAPS; k++) {
        if (s->epoch[k] < 0) {
            memcpy(s->cls[k], s->cls[SNAPS - 1], cells);
            s->epoch[k] = s->epoch[SNAPS - 1];
            s->acc[k] = s->acc[SNAPS - 1];
        }
        order[k] = k;
    }
    sorting = s;
    qsort(order, SNAPS, sizeof order[0], by_epoch);
    struct tsv *p = tsv_open("panels.tsv",
                             "panel epoch accuracy x1 x2 label");
    for (size_t i = 0; i < SNAPS; i++) {
        size_t k = order[i];
        char name[32], label[64];
        snprintf(name, sizeof name, "snap_%zu.tsv", i);
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
    /* The snapshot the figure's caption describes as curled. */
    out_value("snap_curled", "%ld", SNAP_EPOCHS[2]);
}

void sigmoid_views_snaps_free(struct sigmoid_views_snaps *s)
{
    if (s == NULL) {
        return;
    }
    for (size_t k = 0; k < SNAPS; k++)
        free(s->cls[k]);
    free(s->xy);
    free(s->out);
    free(s);
}

/* ---------------------------------------------------------- the curves */

void sigmoid_views_write_curves(const char *const *names,
                                const struct sigmoid_net_log *log, int runs,
                                long epochs)
{
    char columns[512] = "epoch";
    for (int k = 0; k < runs; k++) {
        size_t used = strlen(columns);
        snprintf(columns + used, sizeof columns - used, " loss_%s acc_%s",
                 names[k], names[k]);
    }
    struct tsv *t = tsv_open("curves.tsv", columns);
    for (long e = 0; e <= epochs; e++) {
        tsv_num(t, (double)e);
        for (int k = 0; k < runs; k++) {
            tsv_num(t, log[k].loss[e]);
            tsv_num(t, 100 * log[k].accuracy[e]);
        }
        tsv_end(t);
    }
}

/* ------------------------------------------------------------ the line */

void sigmoid_views_write_line(const struct mlp *m)
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

/* ---------------------------------------------------------- hidden view */

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

void sigmoid_views_write_hidden(struct mlp *m, const struct dataset *d)
{
    struct tsv *t = tsv_open("hidden_data.tsv", "h1 h2 h3 label");
    for (size_t i = 0; i < d->n; i++) {
        double h[VIEW_HIDDEN];
        sigmoid_net_hidden(m, d->x + 2 * i, h);
        TSV_ROW(t, h[0], h[1], h[2], d->y[i]);
    }
    t = tsv_open("hidden_circles.tsv", "h1 h2 h3 radius x1 x2");
    for (size_t k = 0; k < sizeof VIEW_RADII / sizeof VIEW_RADII[0]; k++)
        write_mapped_curve(t, m, VIEW_RADII[k], VIEW_RADII[k], 0,
                           2 * REF_PI, 1);
    t = tsv_open("hidden_rays.tsv", "h1 h2 h3 x1 x2");
    for (int k = 0; k < VIEW_RAYS; k++) {
        double a = 2 * REF_PI * k / VIEW_RAYS;
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

/* ------------------------------------------------------------ the slice */

double sigmoid_views_write_slice(struct mlp *sig, struct mlp *step,
                                 const struct dataset *d, double *spacing)
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
        double ls = sigmoid_net_loss(sig, d), lt = sigmoid_net_loss(step, d);
        TSV_ROW(t, delta, ls, lt);
        flat += lt == prev;
        prev = lt;
    }
    sig->layers[0].b[0] = b_sig;
    step->layers[0].b[0] = b_step;
    *spacing = 2 * SLICE_HALF / (SLICE_POINTS - 1);
    return (double)flat / (SLICE_POINTS - 1);
}

void sigmoid_views_write_hidden_of(struct mlp *m, const struct dataset *d,
                                   const struct rng *r, double lr,
                                   long epochs)
{
    if (m->sizes[1] == SIGMOID_VIEWS_HIDDEN) {
        sigmoid_views_write_hidden(m, d);
        return;
    }
    struct mlp *own = sigmoid_net_trained(SIGMOID_VIEWS_HIDDEN, d, r, lr,
                                          epochs);
    sigmoid_views_write_hidden(own, d);
    mlp_free(own);
}

void sigmoid_views_write_finals(struct mlp *sig, struct mlp *step,
                                struct mlp *lin, long grid)
{
    sigmoid_views_write_final("sigmoid", sig, grid);
    sigmoid_views_write_final("step", step, grid);
    sigmoid_views_write_final("linear", lin, grid);
    sigmoid_views_write_line(lin);
}
