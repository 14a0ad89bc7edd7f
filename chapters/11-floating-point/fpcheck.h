/*
 * fpcheck.h - check the library's float activations input by input
 * (chapter 11, claims F2 and F3).
 *
 * For every float input it is given, the checker measures each float
 * function of src/act.h against a double-precision reference (computed by
 * the stable forms; its own error is below 2^-50 relative, a hundred
 * millionth of a float ulp) and checks four properties:
 *
 *   accuracy   the error is within the function's bound in float ulps;
 *   NaN        NaN in gives NaN out, and nothing else gives NaN;
 *   monotone   the output never steps the wrong way between neighbouring
 *              inputs, where the function is monotone;
 *   symmetry   tanh is odd and s', tanh' and the output form of tanh' are
 *              even, bit for bit; s(-z) = 1 - s(z) within the bound;
 *   range      every output lies in the function's range: [0, 1] for s,
 *              [-1, 1] for tanh, [0, 1/4] for s', {0, 1} for ReLU's
 *              derivatives.
 *
 * All are required of every function. The smooth derivatives are
 * monotone only on each side of their peak, so they are checked on each
 * half-line apart: s' and tanh' must not rise as |z| grows, y (1 - y)
 * must rise up to y = 1/2 and fall beyond, 1 - y^2 must fall as |y|
 * grows.
 *
 * The functions of act_modern.h (ELU with alpha = 1, SELU, GELU and its
 * tanh and sigmoid forms, SiLU, softplus, Mish) and their derivatives
 * get the same checks but symmetry, which they lack. ELU, SELU and
 * softplus rise everywhere and are checked so. GELU, its two forms,
 * SiLU and Mish are not monotone: each falls from 0 to its minimum at
 * z0 < 0 (z0 = -0.75 for the GELUs, -1.28 for SiLU, -1.19 for Mish) and
 * rises on both sides of it; they are checked rising on [0, inf) and on
 * (-inf, z0 - 2^-10], and falling from 0 to z0 + 2^-10, the 2^-10 either
 * side of z0 left out so that z0 need not be known to the last bit. Of
 * the derivatives, ELU', SELU' and softplus' (= s) are checked falling
 * as z goes to -inf, ELU' and softplus' rising for z > 0 (SELU' steps
 * from lambda alpha at 0 to lambda above); the others rise and fall more
 * than once and are checked for accuracy, NaN and range only. The ELU
 * and SELU output forms y + alpha and y + lambda alpha are checked on
 * their domains y >= -alpha and y >= -lambda alpha, NaN included.
 *
 * Inputs are visited by magnitude: the bit pattern m of |z|, from 0 to
 * 0x7fffffff, gives the two inputs +m and -m; a stride samples every
 * stride-th magnitude. The whole set is m in [0, FPCHECK_MAGNITUDES),
 * and parts of it can be checked separately and merged, in any order,
 * with the same result.
 */
#ifndef FPCHECK_H
#define FPCHECK_H

#include "out.h"
#include "table.h"

#include <stdint.h>
#include <stdio.h>

/* Magnitudes of float: 2^31 bit patterns of |z|, from +0 to NaNs. */
#define FPCHECK_MAGNITUDES (UINT64_C(1) << 31)

enum fpcheck_fn {
    FPCHECK_SIGMOID,
    FPCHECK_TANH,
    FPCHECK_RELU,
    FPCHECK_SIGMOID_PRIME,
    FPCHECK_TANH_PRIME,
    FPCHECK_RELU_PRIME,
    FPCHECK_SIGMOID_PRIME_Y,
    FPCHECK_TANH_PRIME_Y,
    FPCHECK_RELU_PRIME_Y,
    /* The functions above are the article's, which chapter 11 quotes
     * one by one; those below are act_modern.h's (chapter 12). Every
     * check, table and record covers all FPCHECK_ALL_COUNT. */
    FPCHECK_FN_COUNT,
    FPCHECK_ELU = FPCHECK_FN_COUNT,
    FPCHECK_ELU_PRIME,
    FPCHECK_ELU_PRIME_Y,
    FPCHECK_SELU,
    FPCHECK_SELU_PRIME,
    FPCHECK_SELU_PRIME_Y,
    FPCHECK_GELU,
    FPCHECK_GELU_PRIME,
    FPCHECK_GELU_TANH,
    FPCHECK_GELU_TANH_PRIME,
    FPCHECK_GELU_SIGMOID,
    FPCHECK_GELU_SIGMOID_PRIME,
    FPCHECK_SILU,
    FPCHECK_SILU_PRIME,
    FPCHECK_SOFTPLUS,
    FPCHECK_SOFTPLUS_PRIME,
    FPCHECK_MISH,
    FPCHECK_MISH_PRIME,
    FPCHECK_ALL_COUNT
};

/* What is known of one function of act.h. */
struct fpcheck_info {
    const char *name;     /* its name in act.h */
    const char *domain;   /* the inputs it is checked on, in words */
    double bound;         /* the largest error accepted, in ulps */
    const char *symmetry; /* the symmetry checked, in words, or "-" */
};

extern const struct fpcheck_info fpcheck_info[FPCHECK_ALL_COUNT];

/* The first input (smallest bit pattern) where something was found. */
struct fpcheck_first {
    uint32_t bits;
    int found;
};

/* What the checker found for one function. */
struct fpcheck_stat {
    uint64_t inputs;       /* inputs checked */
    double worst_ulp;      /* largest error, in float ulps */
    uint32_t worst_bits;   /* the input where it occurs (bit pattern) */
    uint64_t over_bound;   /* inputs whose error exceeds the bound */
    uint64_t bad_nan;      /* NaN for a number, or a number for NaN */
    uint64_t not_monotone; /* steps the wrong way */
    uint64_t asymmetric;   /* symmetry broken */
    double worst_sym_ulp;  /* sigmoid: largest |s(-z) - (1 - s(z))| */
    uint64_t out_of_range; /* outputs outside the function's range */
    struct fpcheck_first first_fail;   /* of a required check */
    struct fpcheck_first first_step;   /* stepping the wrong way */
    struct fpcheck_first first_range;  /* outside the range */
};

struct fpcheck_result {
    struct fpcheck_stat fn[FPCHECK_ALL_COUNT];
};

/* An empty result, ready for fpcheck_run() or fpcheck_merge(). */
void fpcheck_init(struct fpcheck_result *r);

/* Check the inputs of magnitude m = first, first + stride, ... below end
 * (end <= FPCHECK_MAGNITUDES, stride >= 1), adding to r. */
void fpcheck_run(struct fpcheck_result *r, uint64_t first, uint64_t end,
                 uint64_t stride);

/* The sample a report build checks: runs of `run` consecutive magnitudes
 * centred on 0, every, 2 every, ... (run <= every; clipped to the
 * magnitudes), each output compared for monotonicity with the one before
 * it: so a run catches a one-ulp step the wrong way between neighbours,
 * which inputs far apart cannot. */
void fpcheck_sample(struct fpcheck_result *r, uint64_t run, uint64_t every);

/* How many magnitudes fpcheck_sample(r, run, every) checks. */
uint64_t fpcheck_sample_size(uint64_t run, uint64_t every);

/* Add what `from` found to `into`. */
void fpcheck_merge(struct fpcheck_result *into,
                   const struct fpcheck_result *from);

/* Whether one function passed every check; whether all did. */
int fpcheck_fn_passed(const struct fpcheck_result *r, enum fpcheck_fn f);
int fpcheck_passed(const struct fpcheck_result *r);

/* The columns of the summary table, and one row per function. */
#define FPCHECK_COLUMN_COUNT 12
extern const char fpcheck_columns[];
void fpcheck_write(const struct fpcheck_result *r, struct tsv *t);

/* A run's record as make check-exhaustive leaves it in a folder:
 * summary.tsv (fpcheck_columns, a row per function) and run.tsv (key,
 * value: date, machine, threads, libc, stride, seconds, cpu_seconds). */
struct fpcheck_record {
    struct table *summary, *run;
};

/* Read the record in `dir`. Whatever is wrong (no such folder or file, a
 * folder for a file, a file over 64 KiB, a missing column, row or key)
 * stops the program with exit status 2 and a message that starts with
 * `where` ("option --full") and names the file. */
void fpcheck_read(const char *dir, const char *where,
                  struct fpcheck_record *rec);

/* The value of `key` in the record's run.tsv. */
const char *fpcheck_record_value(const struct fpcheck_record *rec,
                                 const char *key);

/* What the record says, as a result: the counts, the worst error and
 * where, and a failure of the bound where its verdict says FAIL and no
 * other count explains it. */
void fpcheck_record_result(const struct fpcheck_record *rec,
                           struct fpcheck_result *r);

void fpcheck_record_free(struct fpcheck_record *rec);

/* The summary as a plain table, for a program's output. */
void fpcheck_print(const struct fpcheck_result *r, FILE *f);

/* |got - want| in units of the float spacing at |want| (2^-149 below the
 * normal range); inf if they differ and either is not finite. Fast: it
 * reads the exponent off the double's bits. */
double fpcheck_ulps(float got, double want);

/* The float with bit pattern `bits`. */
float fpcheck_float(uint32_t bits);

#endif
