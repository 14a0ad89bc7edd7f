/*
 * exercises.h - the functions the exercises of chapter 9 ask for: each
 * stub defines one (or two), its check calls it.
 */
#ifndef EXERCISES_09_H
#define EXERCISES_09_H

#include <stddef.h>

/* 09.1: d a_n / d x for a chain of n sigmoid units with weights w[0..n-1]. */
double ex09_chain_gradient(const double *w, size_t n, double x);

/* 09.2: The smallest depth at which the tuned chain's first gradient < 1. */
size_t ex09_collapse_depth(void);

/* 09.3: The smallest depth at which the stub's network stalls. */
size_t ex09_stall_depth(void);

#endif
