/*
 * layer_grid.h - the chapter's first experiment (claims V1 and R2): the
 * gradient at every hidden layer of a grid of deep networks, one network
 * per activation, initialisation and seed (vanish.h measures each).
 *
 * layer_grid_run() builds and measures every network and writes the
 * histograms of the first seed's activations; layer_grid_show() prints
 * the first-to-last ratios, writes the per-layer tables and records the
 * values the text quotes.
 */
#ifndef LAYER_GRID_H
#define LAYER_GRID_H

#include "act.h"
#include "vanish.h"

#include <stddef.h>
#include <stdint.h>

struct layer_grid {
    size_t nact, ninit, nseeds, depth, width, batch;
    enum act_kind acts[ACT_KIND_COUNT];
    enum vanish_init inits[VANISH_INIT_COUNT];
    uint64_t seed;            /* the first seed; then seed + 1, ... */
    struct vanish_layer *res; /* [act][init][seed][layer], by _run */
};

/* Measure every network of g (allocates g->res; exits if memory runs
 * out) and write hist_linear.tsv and hist_log.tsv. */
void layer_grid_run(struct layer_grid *g);

/* Summarise over the seeds: print, write grad_norms.tsv,
 * grad_summary.tsv, ratios.tsv, act_stats.tsv and sigmoid_bound.tsv,
 * record the values; frees g->res. */
void layer_grid_show(struct layer_grid *g);

#endif
