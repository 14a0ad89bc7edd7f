/*
 * chain.h - the chapter's third experiment: a chain of sigmoid units
 * tuned so that the gradient explodes (explode.h), what an input slightly
 * off the tuning does to it, and the window of inputs in which a unit can
 * amplify at all.
 */
#ifndef CHAIN_H
#define CHAIN_H

#include <stddef.h>

/* Chains of 1 to `depth` units of weight w: prints the factors, writes
 * explode.tsv and chain_factors.tsv, records the values. */
void chain_show(double w, size_t depth);

/* The window's width against w, and where it is widest: prints, writes
 * window.tsv and window_table.tsv, records the values. */
void chain_show_window(void);

#endif
