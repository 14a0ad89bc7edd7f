/*
 * test_rng.c - the seeded generator: reproducible, and the distributions
 * it claims.
 */
#include "check.h"

#include "rng.h"

#include <math.h>
#include <stdlib.h>

#define DRAWS 200000

static void test_same_seed_same_stream(void)
{
    struct rng a, b;
    rng_seed(&a, 42);
    rng_seed(&b, 42);
    for (int i = 0; i < 1000; i++)
        CU_ASSERT_EQUAL(rng_u64(&a), rng_u64(&b));
    rng_seed(&b, 43);
    CU_ASSERT_NOT_EQUAL(rng_u64(&a), rng_u64(&b));
}

static void test_uniform_in_unit_interval(void)
{
    struct rng r;
    rng_seed(&r, 1);
    double sum = 0;
    for (int i = 0; i < DRAWS; i++) {
        double u = rng_uniform(&r);
        CU_ASSERT(u >= 0.0 && u < 1.0);
        sum += u;
    }
    /* The mean of n uniforms has standard deviation 1/sqrt(12 n), about
     * 6.5e-4 for n = 2e5; 5 standard deviations is 3.2e-3. */
    CU_ASSERT_DOUBLE_EQUAL(sum / DRAWS, 0.5, 3.2e-3);
}

static void test_normal_moments(void)
{
    struct rng r;
    rng_seed(&r, 7);
    double sum = 0, sum2 = 0;
    for (int i = 0; i < DRAWS; i++) {
        double x = rng_normal(&r);
        sum += x;
        sum2 += x * x;
    }
    double mean = sum / DRAWS, var = sum2 / DRAWS - mean * mean;
    /* Standard errors for n = 2e5: mean 1/sqrt(n) = 2.2e-3, variance
     * sqrt(2/n) = 3.2e-3; we allow 5 of each. */
    CU_ASSERT_DOUBLE_EQUAL(mean, 0.0, 1.1e-2);
    CU_ASSERT_DOUBLE_EQUAL(var, 1.0, 1.6e-2);
}

static void test_below_and_shuffle(void)
{
    struct rng r;
    rng_seed(&r, 3);
    int counts[5] = { 0 };
    for (int i = 0; i < 50000; i++) {
        uint64_t k = rng_below(&r, 5);
        CU_ASSERT_FATAL(k < 5);
        counts[k]++;
    }
    /* Each count is Binomial(5e4, 0.2): sd = 89; 5 sd = 450. */
    for (int k = 0; k < 5; k++)
        CU_ASSERT(abs(counts[k] - 10000) < 450);

    size_t idx[10];
    int seen[10] = { 0 };
    for (size_t i = 0; i < 10; i++)
        idx[i] = i;
    rng_shuffle(&r, idx, 10);
    for (size_t i = 0; i < 10; i++)
        seen[idx[i]]++;
    for (int i = 0; i < 10; i++)
        CU_ASSERT_EQUAL(seen[i], 1);
}

static const struct check_test tests[] = {
    { "lib", "the same seed gives the same stream, another seed another",
      test_same_seed_same_stream },
    { "lib", "uniform variates lie in [0, 1) with mean 1/2",
      test_uniform_in_unit_interval },
    { "lib", "normal variates have mean 0 and variance 1",
      test_normal_moments },
    { "lib", "rng_below is uniform; a shuffle is a permutation",
      test_below_and_shuffle },
    CHECK_END
};

CHECK_SUITE(rng, tests);
