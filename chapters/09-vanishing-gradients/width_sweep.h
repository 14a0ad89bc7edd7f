/*
 * width_sweep.h - the chapter's second experiment (claim V1): with
 * N(0, 1) weights, whether a deep stack vanishes or explodes depends on
 * its width, and the per-layer gain grows like n^(1/4) for the
 * saturating sigmoid but like sqrt(n) for ReLU (vanish_wide_gain()).
 */
#ifndef WIDTH_SWEEP_H
#define WIDTH_SWEEP_H

#include <stddef.h>
#include <stdint.h>

/* Networks of `depth` hidden layers at several widths, seeds from
 * `seed` on: prints the per-layer gains beside their law, writes
 * width_sweep.tsv and records the values. */
void width_sweep_show(size_t depth, uint64_t seed);

#endif
