/*
 * selfnorm.h - the statistics of a deep network's activations, layer by
 * layer, at initialisation (claim M4: SELU's self-normalisation).
 *
 * A network of `depth` dense layers of `width` units, biases 0, weights
 * drawn from N(0, gain / width) (gain 1: LeCun's normal initialisation,
 * gain 2: He's), every layer followed by the same activation g. Its
 * input is a batch of `batch` vectors with independent N(in_mean,
 * in_var) entries. After each layer we record the mean and the variance
 * of all its outputs (every unit, every example): Klambauer et al.'s
 * (mu, nu) of the layer. The products run in float through CBLAS
 * (src/mat.h); the sums in double.
 */
#ifndef SELFNORM_H
#define SELFNORM_H

#include <stdint.h>

struct selfnorm_cfg {
    long width, depth, batch;
    double in_mean, in_var; /* the statistics of the input */
};

/* mean[l] and var[l] for l = 0 (the input) .. depth, from the weights
 * of `seed`. */
void selfnorm_run(float (*g)(float), double gain,
                  const struct selfnorm_cfg *c, uint64_t seed,
                  double *mean, double *var);

/* The median over seeds 1 .. seeds (at most SELFNORM_SEEDS_MAX) of
 * selfnorm_run's mean[l] and var[l], layer by layer. */
#define SELFNORM_SEEDS_MAX 16
void selfnorm_median(float (*g)(float), double gain,
                     const struct selfnorm_cfg *c, long seeds,
                     double *mean, double *var);

/* The mean and variance of x[0 .. n-1], summed in double. */
void selfnorm_moments(const float *x, long n, double *mean, double *var);

#endif
