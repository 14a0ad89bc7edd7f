/*
 * exercises.h - the functions the exercises of chapter 11 ask for: each
 * stub defines one (or two), its check calls it.
 */
#ifndef EXERCISES_11_H
#define EXERCISES_11_H

#include <stddef.h>

/* 11.1: The smallest float z at which expf(z) is +inf. */
float ex11_expf_overflows_from(void);

/* 11.2: log(1 - s(z)) for every finite z. */
double ex11_log_one_minus_sigmoid(double z);

/* 11.3: 1 - y^2 in float, to about one rounding. */
float ex11_one_minus_squaref(float y);

#endif
