/*
 * tally.c - assertions over many samples, random bit patterns and the
 * float-against-double sweep; see tally.h.
 */
#include "tally.h"

#include "check.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void tally(struct tally *t, int ok, const char *fmt, ...)
{
    t->n++;
    if (!ok && t->bad++ == 0) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(t->first, sizeof t->first, fmt, ap);
        va_end(ap);
    }
}

void tally_expect(int ok, const char *file, unsigned line, const char *fmt,
                  ...)
{
    char msg[300] = "";
    if (!ok) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(msg, sizeof msg, fmt, ap);
        va_end(ap);
    }
    CU_assertImplementation(ok ? CU_TRUE : CU_FALSE, line, msg, file, "",
                            CU_FALSE);
}

double random_bits(struct rng *r)
{
    for (;;) {
        uint64_t u = rng_u64(r);
        double x;
        memcpy(&x, &u, sizeof x);
        if (!isnan(x)) {
            return x;
        }
    }
}

float random_bitsf(struct rng *r)
{
    for (;;) {
        uint32_t u = (uint32_t)(rng_u64(r) >> 32);
        float x;
        memcpy(&x, &u, sizeof x);
        if (!isnan(x)) {
            return x;
        }
    }
}

int tally_float_near(float got, double want, uint64_t ulps)
{
    return check_ulpsf(got, (float)want) <= ulps;
}

void tally_float_sweep(struct tally *t, uint64_t seed, long samples,
                       void (*check)(struct tally *t, float z, void *ctx),
                       void *ctx)
{
    /* 1/256 and every multiple of it up to 100 are exact in float, so
     * the grid has no rounding drift. */
    for (float z = -100; z <= 100; z += 1.0f / 256) {
        check(t, z, ctx);
    }
    struct rng r;
    rng_seed(&r, seed);
    for (long s = 0; s < samples; s++) {
        check(t, s % 2 ? (float)rng_range(&r, -100, 100) : random_bitsf(&r),
              ctx);
    }
}
