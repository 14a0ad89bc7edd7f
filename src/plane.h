/*
 * plane.h - the plane as the figures draw it: a grid on which a model is
 * evaluated (heat maps, decision boundaries), labelled points, and lines
 * w . x + b = 0 cut to the drawing box.
 *
 * Every chapter about two-class problems in the plane draws the same three
 * things, and gnuplot computes nothing (plots/style.gp), so the programs
 * write them as tables:
 *
 *   a grid      "x1 x2 v1 ... vk", x1 in the outer loop, a blank line after
 *               each x1: the block format gnuplot reads for `with image`
 *               and for contours (the decision boundary is the contour 0
 *               of a logit);
 *   the points  "x1 x2 label", label 0 or 1;
 *   a line      "x1 x2", its two ends on the border of the box.
 */
#ifndef PLANE_H
#define PLANE_H

#include "data2d.h"
#include "out.h"

/* An axis-parallel rectangle: lo[0] <= x1 <= hi[0], lo[1] <= x2 <= hi[1]. */
struct plane_box {
    double lo[2], hi[2];
};

/* n[0] x n[1] points spread evenly over the box, corners included; each
 * n[k] >= 2. */
struct plane_grid {
    struct plane_box box;
    long n[2];
};

/* The grid point (i, j), 0 <= i < n[0], 0 <= j < n[1], into p. Computed
 * from the indices, not by adding steps, so the last point is exactly the
 * box's corner and no rounding piles up along a row. */
void plane_grid_point(const struct plane_grid *g, long i, long j,
                      double p[2]);

/* What a grid shows: k values at the point p, written to vals[0..k-1]. */
typedef void (*plane_fn)(const double p[2], double *vals, void *ctx);

/* Write "x1 x2 v1 ... vk" for every point of g to t (may be NULL), with
 * vals from f(p, vals, ctx); 1 <= k <= PLANE_MAX_VALUES. */
#define PLANE_MAX_VALUES 8
void plane_grid_write(struct tsv *t, const struct plane_grid *g, int k,
                      plane_fn f, void *ctx);

/* A plane_fn for a network (ctx: struct mlp *) with 2 inputs and 1
 * output: vals[0] is its output at p, a logit for a classifier. */
void plane_mlp_output(const double p[2], double *vals, void *ctx);

/* Write the points of d as rows "x1 x2 label" to t (may be NULL). */
void plane_points_write(struct tsv *t, const struct dataset *d);

/*
 * The part of the line w[0] x1 + w[1] x2 + b = 0 inside box: its two ends,
 * (seg[0], seg[1]) and (seg[2], seg[3]), lie on the border. Returns 0, or
 * -1 when the line misses the box or w = 0 (no line at all).
 */
int plane_line_clip(const double w[2], double b, const struct plane_box *box,
                    double seg[4]);

/* Write the clipped line as two rows "x1 x2" to t (may be NULL); nothing
 * if it misses the box. Returns plane_line_clip()'s result. */
int plane_line_write(struct tsv *t, const double w[2], double b,
                     const struct plane_box *box);

#endif
