/*
 * plane.c - grids, points and lines in the plane, as tables for the
 * figures; see plane.h.
 */
#include "plane.h"

#include "mlp.h"

#include <math.h>

void plane_grid_point(const struct plane_grid *g, long i, long j,
                      double p[2])
{
    const long idx[2] = { i, j };
    for (int k = 0; k < 2; k++) {
        double lo = g->box.lo[k], hi = g->box.hi[k];
        double t = (double)idx[k] / (double)(g->n[k] - 1);
        /* lo + t (hi - lo) can round past hi at t = 1; this form is exact
         * at both ends. */
        p[k] = (1.0 - t) * lo + t * hi;
    }
}

void plane_grid_write(struct tsv *t, const struct plane_grid *g, int k,
                      plane_fn f, void *ctx)
{
    double vals[PLANE_MAX_VALUES];
    if (t == NULL || k < 1 || k > PLANE_MAX_VALUES) {
        return;
    }
    for (long i = 0; i < g->n[0]; i++) {
        for (long j = 0; j < g->n[1]; j++) {
            double p[2];
            plane_grid_point(g, i, j, p);
            f(p, vals, ctx);
            tsv_num(t, p[0]);
            tsv_num(t, p[1]);
            for (int v = 0; v < k; v++)
                tsv_num(t, vals[v]);
            tsv_end(t);
        }
        tsv_blank(t);
    }
}

void plane_mlp_output(const double p[2], double *vals, void *ctx)
{
    vals[0] = mlp_forward(ctx, p, 1)[0];
}

void plane_points_write(struct tsv *t, const struct dataset *d)
{
    for (size_t i = 0; i < d->n; i++)
        TSV_ROW(t, d->x[2 * i], d->x[2 * i + 1], d->y[i]);
}

int plane_line_clip(const double w[2], double b, const struct plane_box *box,
                    double seg[4])
{
    double ww = w[0] * w[0] + w[1] * w[1];
    if (!(ww > 0.0)) {
        return -1;
    }
    /* The line is p0 + t d: p0 its point nearest the origin, d along it.
     * Each coordinate bounds t to an interval (Liang-Barsky clipping); the
     * line meets the box where the intervals overlap. */
    const double p0[2] = { -b * w[0] / ww, -b * w[1] / ww };
    const double d[2] = { -w[1], w[0] };
    double tmin = -INFINITY, tmax = INFINITY;
    for (int k = 0; k < 2; k++) {
        if (d[k] == 0.0) {
            if (p0[k] < box->lo[k] || p0[k] > box->hi[k]) {
                return -1;
            }
            continue;
        }
        double t1 = (box->lo[k] - p0[k]) / d[k];
        double t2 = (box->hi[k] - p0[k]) / d[k];
        tmin = fmax(tmin, fmin(t1, t2));
        tmax = fmin(tmax, fmax(t1, t2));
    }
    if (!(tmin <= tmax)) {
        return -1;
    }
    seg[0] = p0[0] + tmin * d[0];
    seg[1] = p0[1] + tmin * d[1];
    seg[2] = p0[0] + tmax * d[0];
    seg[3] = p0[1] + tmax * d[1];
    return 0;
}

int plane_line_write(struct tsv *t, const double w[2], double b,
                     const struct plane_box *box)
{
    double seg[4];
    int rc = plane_line_clip(w, b, box, seg);
    if (rc == 0) {
        TSV_ROW(t, seg[0], seg[1]);
        TSV_ROW(t, seg[2], seg[3]);
    }
    return rc;
}
