/*
 * sigmoid_views.h - what the figures of chapter 5 show of a network: its
 * class on a grid of the plane (at snapshots during training and at the
 * end), the linear network's boundary line, the plane as the hidden layer
 * sees it, and the loss along one hidden bias.
 *
 * Every function writes tables through src/out.h (no-ops without --out);
 * none prints: the chapter's program says what they found.
 */
#ifndef SIGMOID_VIEWS_H
#define SIGMOID_VIEWS_H

#include "data2d.h"
#include "mlp.h"
#include "sigmoid_net.h"

/* The plotted window, [-WINDOW, WINDOW]^2: the ring ends at radius 3.5. */
#define SIGMOID_VIEWS_WINDOW 4.0
/* The hidden view is drawn for exactly three hidden units: three
 * coordinates are what a figure can show. */
#define SIGMOID_VIEWS_HIDDEN 3

/* The class maps of one training run, taken at fixed epochs, at the first
 * epoch with 100 % and at the last: grid x grid points of the window. */
struct sigmoid_views_snaps;

/* Snapshots on a grid of `grid` points per side for a run of `epochs`
 * epochs. Stops the program with a message if out of memory. */
struct sigmoid_views_snaps *sigmoid_views_snaps_new(long grid, long epochs);

/* The watch for struct sigmoid_net_log (ctx: the snapshots). */
void sigmoid_views_watch(long epoch, double accuracy, struct mlp *m,
                         void *ctx);

/* Write snap_K.tsv (K = 0.. in order of epoch) and panels.tsv. A run that
 * stopped early (it diverged) gives its last state, m at `epoch`, as the
 * last snapshot; one never taken shows the last instead. */
void sigmoid_views_snaps_write(struct sigmoid_views_snaps *s, long epoch,
                               double accuracy, struct mlp *m);
void sigmoid_views_snaps_free(struct sigmoid_views_snaps *s);

/* The class of m (logit > 0) on a grid x grid grid of the window, as
 * final_NAME.tsv. */
void sigmoid_views_write_final(const char *name, struct mlp *m, long grid);

/* For a network with the identity activation, its boundary line across
 * the window as line.tsv (two points). */
void sigmoid_views_write_line(const struct mlp *m);

/* The data, circles and rays of the input plane and the output unit's
 * plane, as the hidden layer of the trained 2-3-1 network m sees them:
 * hidden_data.tsv, hidden_circles.tsv, hidden_rays.tsv,
 * hidden_plane.tsv. */
void sigmoid_views_write_hidden(struct mlp *m, const struct dataset *d);

/* The same views for m if it has SIGMOID_VIEWS_HIDDEN hidden units, else
 * for a sigmoid network that has them, drawn from a copy of *r and
 * trained on d at lr for `epochs` (sigmoid_net_trained). */
void sigmoid_views_write_hidden_of(struct mlp *m, const struct dataset *d,
                                   const struct rng *r, double lr,
                                   long epochs);

/* The final maps of the sigmoid, step and linear networks
 * (final_sigmoid.tsv, final_step.tsv, final_linear.tsv) on a grid x grid
 * grid, and the linear one's boundary line (line.tsv). */
void sigmoid_views_write_finals(struct mlp *sig, struct mlp *step,
                                struct mlp *lin, long grid);

/* curves.tsv: epoch, then loss_X and acc_X (in %) of each run X named
 * names[k], from log[k] (epochs + 1 entries each). */
void sigmoid_views_write_curves(const char *const *names,
                                const struct sigmoid_net_log *log, int runs,
                                long epochs);

/* The loss of networks `sig` and `step` on d as their first hidden bias
 * moves by delta in [-4, 4] (slice.tsv); the biases are restored. Returns
 * the share of neighbouring points at which the step network's loss is
 * exactly equal (flat), and *spacing the distance of neighbours. */
double sigmoid_views_write_slice(struct mlp *sig, struct mlp *step,
                                 const struct dataset *d, double *spacing);

#endif
