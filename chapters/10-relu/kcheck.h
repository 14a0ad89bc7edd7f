/*
 * kcheck.h - the exhaustive check of the vectorised kernels: every one of
 * the 2^32 floats through every build of vecact.c this processor runs
 * (10-relu-exhaustive, `make check-exhaustive`).
 *
 * The inputs are taken in blocks of KCHECK_BLOCK consecutive bit
 * patterns. For each block the double references are computed once, for
 * all builds together, and then each kernel's result is checked:
 *   - its error in ulps against the reference (kernels.h's bounds);
 *   - NaN out exactly where the reference is NaN;
 *   - monotone where the function is: sigmoid and tanh rise with z, the
 *     derivatives fall with |z| (a block carries the pattern before its
 *     first, so that no step between blocks goes unchecked).
 * The kernels from the output y take only the inputs y can be (sigmoid:
 * [0, 1], tanh: [-1, 1]); they are not monotone, and are not checked for
 * it. kcheck_special() checks the special values bit for bit.
 */
#ifndef KCHECK_H
#define KCHECK_H

#include "kernels.h"

#include <stddef.h>
#include <stdint.h>

#define KCHECK_BLOCK 16384u /* inputs per block: 256 KiB of refs each */
#define KCHECK_BLOCKS (UINT64_C(1) << 32) / KCHECK_BLOCK
#define KCHECK_MAX 32       /* kernels checked at most */

/* What one kernel's check found. */
struct kcheck_tally {
    double ulps;          /* largest error */
    float at;             /* where */
    uint64_t inputs;      /* inputs checked */
    uint64_t nan_errors;  /* NaN where the reference is not, or not NaN
                             where it is */
    uint64_t mono_errors; /* steps against the function's direction */
};

/* The kernels under check, their tallies and the block's buffers: one
 * per thread. */
struct kcheck;

/* A check of every vec-built kernel (base, AVX2, AVX-512) with a
 * reference that this processor runs: relu, sigmoid, tanh forward, their
 * derivatives from z and, for sigmoid and tanh, from y. */
struct kcheck *kcheck_alloc(void);
void kcheck_free(struct kcheck *c);

/* Check the block of inputs whose bit patterns are block * KCHECK_BLOCK
 * and on (block < KCHECK_BLOCKS). */
void kcheck_block(struct kcheck *c, uint64_t block);

/* The kernels under check, and their tallies so far. */
size_t kcheck_count(const struct kcheck *c);
const struct kernels_entry *kcheck_kernel(const struct kcheck *c, size_t i);
struct kcheck_tally kcheck_tally_of(const struct kcheck *c, size_t i);

/* Add the tallies of `from` (the same kernels) into `into`. */
void kcheck_merge(struct kcheck *into, const struct kcheck *from);

/* How many of kernel k's special values (signed zeros, infinities, NaN)
 * are not the library's, bit for bit (a NaN: any NaN). */
long kcheck_special(const struct kernels_entry *k);

/* Whether kernel k's tally t keeps every promise: within its ulp bound,
 * no NaN error, no monotonicity error. */
int kcheck_passed(const struct kernels_entry *k, struct kcheck_tally t);

#endif
