/*
 * rng.h - the course's own seeded random number generator.
 *
 * Every experiment in the course draws its randomness from here, never from
 * rand() or the clock, so a run is reproducible from its seed on any machine:
 * the same seed gives the same weights, the same data sets and the same
 * figures. The generator is xoshiro256** (Blackman and Vigna, 2018), seeded
 * through splitmix64 so that nearby seeds give unrelated streams.
 */
#ifndef RNG_H
#define RNG_H

#include <stddef.h>
#include <stdint.h>

/* The whole state of one stream; copy it to fork a stream. */
struct rng {
    uint64_t s[4];
};

/* Start the stream `seed` (any value, 0 included). */
void rng_seed(struct rng *r, uint64_t seed);

/* The next 64 random bits. */
uint64_t rng_u64(struct rng *r);

/* A uniform double in [0, 1), with 53 random bits. */
double rng_uniform(struct rng *r);

/* A uniform double in [lo, hi). */
double rng_range(struct rng *r, double lo, double hi);

/* A uniform integer in [0, n), without modulo bias; n must be > 0. */
uint64_t rng_below(struct rng *r, uint64_t n);

/* A standard normal variate N(0, 1) (Marsaglia's polar method). */
double rng_normal(struct rng *r);

/* Shuffle the n indices idx[0..n-1] in place (Fisher-Yates). */
void rng_shuffle(struct rng *r, size_t *idx, size_t n);

#endif
