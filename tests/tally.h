/*
 * tally.h - assertions over many samples, and the float-against-double
 * sweep, for the activation tests (test_act.c, test_act_modern.c).
 *
 * A property checked on 100000 inputs must not record 100000 CUnit
 * failures when it breaks: a tally counts the samples and keeps the
 * first failure's message, and TALLY_CHECK turns it into one assertion:
 *
 *   struct tally t = { 0 };
 *   for (...)
 *       tally(&t, y >= 0, "s(%.17g) = %.17g", z, y);
 *   TALLY_CHECK(t, "sigmoid is never negative");
 */
#ifndef TALLY_H
#define TALLY_H

#include "rng.h"

#include <stdint.h>

struct tally {
    long n, bad;
    char first[240]; /* the first failing sample, in words */
};

/* Count one sample; if !ok and it is the first to fail, keep its
 * message (printf-style). */
void tally(struct tally *t, int ok, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* One CUnit assertion at file:line, with a formatted message (CUnit
 * copies the condition text, so a message from a buffer is safe). */
void tally_expect(int ok, const char *file, unsigned line, const char *fmt,
                  ...) __attribute__((format(printf, 4, 5)));

#define TALLY_EXPECT(ok, ...) tally_expect((ok), __FILE__, __LINE__, __VA_ARGS__)

/* The tally as one assertion: every sample passed, and there were some. */
#define TALLY_CHECK(t, what)                                              \
    TALLY_EXPECT((t).bad == 0 && (t).n > 0,                               \
                 "%s: %ld of %ld samples fail; first: %s", (what),        \
                 (t).bad, (t).n, (t).bad ? (t).first : "(no samples)")

/* A random double or float with uniformly random bits: every exponent
 * (subnormals, huge values, infinities) is as likely as any other. NaNs
 * are skipped, since the properties tested are about non-NaN input. */
double random_bits(struct rng *r);
float random_bitsf(struct rng *r);

/* Whether the float result `got` is within `ulps` float ulps of the
 * double result `want` rounded to float (NaN matches NaN only). */
int tally_float_near(float got, double want, uint64_t ulps);

/* Run check(t, z, ctx) on the floats a float-against-double check
 * sweeps: [-100, 100] in steps of 1/256 (where float results go from
 * normal through subnormal to 0), then `samples` random floats drawn
 * from `seed`, alternately uniform in [-100, 100] and of random bits
 * (every exponent). */
void tally_float_sweep(struct tally *t, uint64_t seed, long samples,
                       void (*check)(struct tally *t, float z, void *ctx),
                       void *ctx);

#endif
