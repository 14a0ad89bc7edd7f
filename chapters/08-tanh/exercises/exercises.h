/*
 * exercises.h - the functions the exercises of chapter 8 ask for: each
 * stub defines one (or two), its check calls it.
 */
#ifndef EXERCISES_08_H
#define EXERCISES_08_H

#include <stddef.h>

/* 08.1: tanh(z), computed through act_sigmoid. */
double ex08_tanh_from_sigmoid(double z);

/* 08.2: tanh(z) for every z, without overflow. */
double ex08_tanh_no_nan(double z);

/* 08.3: tanh'(z), accurate to a few ulp for every z. */
double ex08_tanh_prime(double z);

#endif
