/*
 * compare.c - chapter 10's kernels beside SLEEF's, and beside PyTorch's
 * timings taken just before (torch_bench.py), in one table: `make
 * bench-compare` (chapter 10's chapter.mk), never part of the report's
 * build, so that the book needs neither SLEEF nor PyTorch.
 *
 * Usage:  compare TORCH_TSV > compare.tsv
 *   TORCH_TSV  function, size_bytes, ns_per_elem, call_ns: PyTorch's
 *              timings on one thread at the sizes below ("-": none)
 * Prints the table: function, implementation, lanes, then ns per element
 * at each size (4 KiB and 16 KiB in cache, 256 MiB from memory),
 * ours_x: how many times as long as our kernel of the same width (ours
 * at their widest for PyTorch) it takes in cache, the smaller of its
 * ratios at 4 and 16 KiB, so that a target met holds at both sizes;
 * target: the ratio our sigmoid and tanh forward must reach in cache
 * (1.5 against SLEEF's u10 functions, 2 against PyTorch on one thread;
 * "-" for a row without one), and met: yes or no ("-" without a target).
 *
 * Compiled for x86-64-v4 (chapter.mk says why): it runs only on a
 * processor with AVX-512.
 *
 * SLEEF's sigmoid is the one PyTorch and most libraries build on its
 * exp, 1 / (1 + e^-z); its tanh is SLEEF's own. Both are the u10
 * functions (within 1.0 ulp), at 4, 8 and 16 lanes, each where this
 * processor runs it. Every time is the best of REPEATS runs of about
 * RUN_SECONDS (REPEATS_LARGE passes over a large array): the machine may
 * be shared, and the best run is the one another program disturbed
 * least.
 */
#include "bench.h"
#include "table.h"
#include "vecact.h"

#include <immintrin.h>
#include <sleef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Runs short enough to fit between two interruptions of a shared
 * machine, many of them in cache; a pass over a large array is one run. */
#define REPEATS 51
#define REPEATS_LARGE 7
#define RUN_SECONDS 0.001
#define SIZES 3
#define CACHE_SIZES 2 /* the first two sizes are in cache */
static const size_t SIZE_BYTES[SIZES] = { 4096, 16384, (size_t)256 << 20 };

/* The in-cache targets: how many times as fast as the alternative our
 * sigmoid and tanh forward must be (0: no target). */
#define TARGET_SLEEF 1.5
#define TARGET_TORCH 2.0

typedef void (*kernel)(const float *z, float *y, size_t n);

/* ---- SLEEF, one function per width, each compiled for its target ---- */

__attribute__((target("sse4.1"))) static void
sleef_sigmoid4(const float *z, float *y, size_t n)
{
    const __m128 one = _mm_set1_ps(1.0f);
    for (size_t i = 0; i + 4 <= n; i += 4) {
        __m128 e = Sleef_expf4_u10sse4(_mm_sub_ps(_mm_setzero_ps(),
                                                  _mm_loadu_ps(z + i)));
        _mm_storeu_ps(y + i, _mm_div_ps(one, _mm_add_ps(one, e)));
    }
}

__attribute__((target("avx2,fma"))) static void
sleef_sigmoid8(const float *z, float *y, size_t n)
{
    const __m256 one = _mm256_set1_ps(1.0f);
    for (size_t i = 0; i + 8 <= n; i += 8) {
        __m256 e = Sleef_expf8_u10avx2(
            _mm256_sub_ps(_mm256_setzero_ps(), _mm256_loadu_ps(z + i)));
        _mm256_storeu_ps(y + i, _mm256_div_ps(one, _mm256_add_ps(one, e)));
    }
}

__attribute__((target("avx512f"))) static void
sleef_sigmoid16(const float *z, float *y, size_t n)
{
    const __m512 one = _mm512_set1_ps(1.0f);
    for (size_t i = 0; i + 16 <= n; i += 16) {
        __m512 e = Sleef_expf16_u10avx512f(
            _mm512_sub_ps(_mm512_setzero_ps(), _mm512_loadu_ps(z + i)));
        _mm512_storeu_ps(y + i, _mm512_div_ps(one, _mm512_add_ps(one, e)));
    }
}

__attribute__((target("sse4.1"))) static void
sleef_tanh4(const float *z, float *y, size_t n)
{
    for (size_t i = 0; i + 4 <= n; i += 4)
        _mm_storeu_ps(y + i, Sleef_tanhf4_u10sse4(_mm_loadu_ps(z + i)));
}

__attribute__((target("avx2,fma"))) static void
sleef_tanh8(const float *z, float *y, size_t n)
{
    for (size_t i = 0; i + 8 <= n; i += 8)
        _mm256_storeu_ps(y + i,
                         Sleef_tanhf8_u10avx2(_mm256_loadu_ps(z + i)));
}

__attribute__((target("avx512f"))) static void
sleef_tanh16(const float *z, float *y, size_t n)
{
    for (size_t i = 0; i + 16 <= n; i += 16)
        _mm512_storeu_ps(y + i,
                         Sleef_tanhf16_u10avx512f(_mm512_loadu_ps(z + i)));
}

/* ---- the rows ---- */

struct row {
    const char *function, *impl;
    int lanes;
    kernel k;
    int (*runs)(void); /* NULL: everywhere */
    double ns[SIZES];
};

static int has_sse41(void) { return __builtin_cpu_supports("sse4.1"); }
static int has_avx2(void) { return __builtin_cpu_supports("avx2"); }
static int has_avx512(void) { return __builtin_cpu_supports("avx512f"); }

/* The best of REPEATS runs of kernel k over n floats, in ns per element;
 * a run over a large array passes over it once. */
static double time_kernel(kernel k, const float *z, float *y, size_t n)
{
    double best = 1e30;
    k(z, y, n); /* warm-up */
    double t0 = bench_now();
    k(z, y, n);
    double once = bench_now() - t0;
    long reps = once > 0 && once < RUN_SECONDS ? (long)(RUN_SECONDS / once)
                                               : 1;
    int repeats = reps == 1 ? REPEATS_LARGE : REPEATS;
    for (int r = 0; r < repeats; r++) {
        t0 = bench_now();
        for (long i = 0; i < reps; i++)
            k(z, y, n);
        double t = (bench_now() - t0) / ((double)reps * (double)n);
        best = t < best ? t : best;
    }
    return 1e9 * best;
}

/* PyTorch's time for `function` at `bytes`, from its table; -1 if none. */
static double torch_ns(const struct table *t, const char *function,
                       size_t bytes)
{
    if (t == NULL) {
        return -1;
    }
    long f = table_col(t, "function"), s = table_col(t, "size_bytes");
    long ns = table_col(t, "ns_per_elem");
    for (size_t r = 0; r < t->rows; r++)
        if (strcmp(table_str(t, r, f), function) == 0 &&
            (size_t)table_num(t, r, s) == bytes) {
            return table_num(t, r, ns);
        }
    return -1;
}

/* Whether a function has in-cache targets: the sigmoid and tanh. */
static int is_target(const char *function)
{
    return strcmp(function, "sigmoid") == 0 || strcmp(function, "tanh") == 0;
}

/* One row of the table: times ns (ns per element at each size), ours_x
 * against our times `unit` (NULL: none), and the verdict against
 * `target` (0: none). lanes 0 is printed as "-". */
static void print_row(const char *function, const char *impl, int lanes,
                      const double ns[SIZES], const double *unit,
                      double target)
{
    printf("%s\t%s\t", function, impl);
    printf(lanes ? "%d\t" : "-\t", lanes);
    for (int s = 0; s < SIZES; s++)
        printf("%.3g\t", ns[s]);
    double x = -1; /* the smaller of the in-cache ratios */
    for (int s = 0; unit != NULL && s < CACHE_SIZES; s++)
        if (ns[s] > 0 && unit[s] > 0 && (x < 0 || ns[s] / unit[s] < x)) {
            x = ns[s] / unit[s];
        }
    printf(x > 0 ? "%.2f\t" : "-\t", x);
    if (target > 0 && x > 0) {
        printf("%.3g\t%s\n", target, x >= target ? "yes" : "no");
    } else if (target > 0) {
        printf("%.3g\t-\n", target);
    } else {
        printf("-\t-\n");
    }
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: compare TORCH_TSV|- > compare.tsv\n");
        return 2;
    }
    struct table *torch = strcmp(argv[1], "-") == 0
                              ? NULL
                              : table_read(argv[1], 1 << 20, "argument");
    const struct vecact_kernels *B = &vecact_base, *W = &vecact_avx2,
                                *X = &vecact_avx512;
    struct row rows[] = {
        { "copy", "ours", 4, B->copy, NULL, { 0 } },
        { "relu", "ours", 4, B->relu, NULL, { 0 } },
        { "relu", "ours", 8, W->relu, vecact_avx2_supported, { 0 } },
        { "relu", "ours", 16, X->relu, vecact_avx512_supported, { 0 } },
        { "sigmoid", "ours", 4, B->sigmoid, NULL, { 0 } },
        { "sigmoid", "ours", 8, W->sigmoid, vecact_avx2_supported, { 0 } },
        { "sigmoid", "ours", 16, X->sigmoid, vecact_avx512_supported,
          { 0 } },
        { "sigmoid", "SLEEF u10", 4, sleef_sigmoid4, has_sse41, { 0 } },
        { "sigmoid", "SLEEF u10", 8, sleef_sigmoid8, has_avx2, { 0 } },
        { "sigmoid", "SLEEF u10", 16, sleef_sigmoid16, has_avx512, { 0 } },
        { "tanh", "ours", 4, B->tanh, NULL, { 0 } },
        { "tanh", "ours", 8, W->tanh, vecact_avx2_supported, { 0 } },
        { "tanh", "ours", 16, X->tanh, vecact_avx512_supported, { 0 } },
        { "tanh", "SLEEF u10", 4, sleef_tanh4, has_sse41, { 0 } },
        { "tanh", "SLEEF u10", 8, sleef_tanh8, has_avx2, { 0 } },
        { "tanh", "SLEEF u10", 16, sleef_tanh16, has_avx512, { 0 } },
    };
    size_t nrows = sizeof rows / sizeof rows[0];
    size_t n_max = SIZE_BYTES[SIZES - 1] / sizeof(float);
    float *z = aligned_alloc(64, n_max * sizeof *z);
    float *y = aligned_alloc(64, n_max * sizeof *y);
    if (z == NULL || y == NULL) {
        fprintf(stderr, "compare: out of memory\n");
        return 1;
    }
    /* Inputs in [-8, 8], as in the chapter's benchmark. */
    for (size_t i = 0; i < n_max; i++) {
        z[i] = (float)(16.0 * (double)((i * 2654435761u) % 65536) / 65536
                       - 8.0);
        y[i] = 0;
    }
    for (size_t r = 0; r < nrows; r++)
        for (int s = 0; s < SIZES; s++)
            rows[r].ns[s] = rows[r].runs && !rows[r].runs()
                                ? -1
                                : time_kernel(rows[r].k, z, y,
                                              SIZE_BYTES[s] / sizeof *z);

    char cpu[128];
    bench_cpu_model(cpu, sizeof cpu);
    fprintf(stderr, "compare: %s, dispatch %s\n", cpu, vecact_best()->name);
    printf("function\timplementation\tlanes\tcache_ns\tcache16_ns\t"
           "memory_ns\tours_x\ttarget\tmet\n");
    for (size_t r = 0; r < nrows; r++) {
        const struct row *w = &rows[r];
        if (w->ns[0] < 0) {
            continue;
        }
        /* The unit: our kernel of the same function and width. */
        const struct row *unit = NULL;
        for (size_t u = 0; u < nrows; u++)
            if (strcmp(rows[u].impl, "ours") == 0 &&
                strcmp(rows[u].function, w->function) == 0 &&
                rows[u].lanes == w->lanes && rows[u].ns[0] > 0) {
                unit = &rows[u];
            }
        int aims = strcmp(w->impl, "ours") != 0 && is_target(w->function);
        print_row(w->function, w->impl, w->lanes, w->ns, unit ? unit->ns
                  : NULL, aims ? TARGET_SLEEF : 0);
    }
    /* PyTorch, one thread, against our widest. */
    static const char *const torch_fns[] = { "copy", "relu", "sigmoid",
                                             "tanh" };
    for (int f = 0; f < 4; f++) {
        double ns[SIZES];
        for (int s = 0; s < SIZES; s++)
            ns[s] = torch_ns(torch, torch_fns[f], SIZE_BYTES[s]);
        if (ns[0] < 0) {
            continue;
        }
        const struct row *unit = NULL;
        for (size_t u = 0; u < nrows; u++)
            if (strcmp(rows[u].impl, "ours") == 0 &&
                strcmp(rows[u].function, torch_fns[f]) == 0 &&
                rows[u].ns[0] > 0) {
                unit = &rows[u]; /* the last: the widest */
            }
        print_row(torch_fns[f], "PyTorch", 0, ns, unit ? unit->ns : NULL,
                  is_target(torch_fns[f]) ? TARGET_TORCH : 0);
    }
    free(z);
    free(y);
    if (torch) {
        table_free(torch);
    }
    return 0;
}
