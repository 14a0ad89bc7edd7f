/*
 * fpmeasure.h - the measurements of chapter 11 that are not bisections
 * or the input-by-input check: the error of each form along z (F1, F5),
 * 1 - y^2 from y (F4), the stable losses at the extremes (F5), wrong-way
 * steps of two rejected forms (F3), and the double functions (F2).
 *
 * Each returns what it found; the chapter program says it and records
 * the keys its text quotes.
 */
#ifndef FPMEASURE_H
#define FPMEASURE_H

#include "fpforms.h"

#include <stdint.h>

/* A form to sweep: its column in the tables, the form and its truth. */
struct fpmeasure_form {
    const char *column;
    fpforms_fn fn;
    long double (*ref)(long double);
};

/* The forms of the three error figures, in the order of their columns. */
extern const struct fpmeasure_form fpmeasure_functions[];
extern const struct fpmeasure_form fpmeasure_derivatives[];
extern const struct fpmeasure_form fpmeasure_losses[];
extern const int fpmeasure_function_count, fpmeasure_derivative_count,
    fpmeasure_loss_count;

/* Sweep |z| over 12 decades, both signs, in float: writes NAME_neg.tsv
 * and NAME_pos.tsv (abs_z and each form's worst relative error in a bin)
 * and sets worst[j] to form j's worst error in float ulps. */
void fpmeasure_sweep(const char *name, const struct fpmeasure_form *forms,
                     int k, double *worst);

/* 1 - y^2 from y: in float on every y in [1/2, 1), in double on
 * `samples` seeded inputs near 1; worst relative error of 1 - y*y (and
 * where, in float), worst ulps of the fused and the factored form. */
struct fpmeasure_oms {
    double rel_f, at_f, fma_f, fac_f;
    double rel_d, fma_d, fac_d;
};
void fpmeasure_one_minus_square(uint64_t seed, long samples,
                                struct fpmeasure_oms *r);

/* The worst error in ulps of the stable log-sigmoid, softplus and
 * label-1 cross-entropy in precision `prec`, at +-z for the fixed points
 * from 1e-30 to 1e30. */
double fpmeasure_stable_losses(enum fpforms_prec prec);

/* Wrong-way steps on every float of an interval: of a rejected form and
 * of the library's, with the first of the rejected form's. */
struct fpmeasure_steps {
    long floats, naive, library;
    float first;
};
/* s as e^z / (1 + e^z) against act_sigmoidf, on (-1, -1/2). */
void fpmeasure_ratio_steps(struct fpmeasure_steps *r);
/* s' as e / (1 + e)^2 against act_sigmoid_primef, on (1/4, 1/2). */
void fpmeasure_prime_steps(struct fpmeasure_steps *r);

/* The double functions against long double on `samples` seeded inputs:
 * |z| spread evenly in log2 over [2^-40, 2^10] with random signs, or a y
 * in [0, 1] or [-1, 1] for the output forms. */
#define FPMEASURE_LOG2_LO -40.0
#define FPMEASURE_LOG2_HI 10.0
enum fpmeasure_double {
    FPMEASURE_SIGMOID, FPMEASURE_TANH, FPMEASURE_SPRIME, FPMEASURE_TPRIME,
    FPMEASURE_SPRIME_Y, FPMEASURE_TPRIME_Y, FPMEASURE_DOUBLE_COUNT
};
extern const char *const fpmeasure_double_names[FPMEASURE_DOUBLE_COUNT];
/* Each function's worst error in ulps, and the input where it occurs
 * (one random stream for all, in the order of the enum). */
void fpmeasure_double(uint64_t seed, long samples,
                      double worst[FPMEASURE_DOUBLE_COUNT],
                      double at[FPMEASURE_DOUBLE_COUNT]);

#endif
