/*
 * mbench.c - timing an activation's array form; see mbench.h.
 */
#include "mbench.h"

#include "bench.h"

#include <math.h>
#include <string.h>

#define REPEATS_MAX 64

void mbench_copy(const float *z, float *y, size_t n)
{
    memcpy(y, z, n * sizeof *z);
}

void mbench_fill(float *z, size_t n)
{
    for (size_t i = 0; i < n; i++) { /* a stride coprime to 1201 points */
        z[i] = -6.0f + 12.0f * (float)((i * 577) % 1201) / 1200.0f;
    }
}

double mbench_time(mbench_kernel k, const float *z, float *y, size_t n,
                   int repeats)
{
    double ns[REPEATS_MAX];
    repeats = repeats > REPEATS_MAX ? REPEATS_MAX : repeats;
    k(z, y, n); /* once untimed: the pages mapped, the code loaded */
    for (int r = 0; r < repeats; r++) {
        long passes = 0;
        double t0 = bench_cpu_now(), t;
        do {
            k(z, y, n);
            passes++;
            t = bench_cpu_now() - t0;
        } while (t < MBENCH_SAMPLE_S);
        ns[r] = t * 1e9 / ((double)passes * (double)n);
    }
    double best = INFINITY;
    for (int r = 0; r < repeats; r++) {
        best = ns[r] < best ? ns[r] : best;
    }
    return best;
}
