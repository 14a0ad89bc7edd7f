/*
 * exercises.h - the functions the exercises of chapter 10 ask for: each
 * stub defines one (or two), its check calls it.
 */
#ifndef EXERCISES_10_H
#define EXERCISES_10_H

#include <stddef.h>

/* 10.1: max(0, z) and its derivative, NaN for NaN. */
double ex10_relu(double z);
double ex10_relu_prime(double z);

/* 10.2: The smallest rate at which one step kills the unit. */
double ex10_kill_rate(void);

/* 10.3: dL/dw and dL/db of the unit, for the leaky ReLU of that slope. */
void ex10_unit_gradient(double w, double b, double slope, double *gw,
                   double *gb);

#endif
