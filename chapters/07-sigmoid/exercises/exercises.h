/*
 * exercises.h - the functions the exercises of chapter 7 ask for: each
 * stub defines one (or two), its check calls it.
 */
#ifndef EXERCISES_07_H
#define EXERCISES_07_H

#include <stddef.h>

/* 07.1: s'(z) from y = s(z), for y in [0, 1]. */
double ex07_sigmoid_prime_y(double y);

/* 07.2: The smallest float z with act_sigmoidf(z) == 1.0f. */
float ex07_sigmoidf_one_from(void);

/* 07.3: A step h > 0 for a central difference of s at z = 1 within 1e-9. */
double ex07_central_step(void);

#endif
