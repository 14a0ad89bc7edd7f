/*
 * kcheck.c - the exhaustive check of the vectorised kernels; see
 * kcheck.h. chapter.mk compiles it with -O3, so that the error loops,
 * run 2^32 times per kernel, are vector loops too (they compute the same
 * values at any level).
 */
#include "kcheck.h"

#include "alloc.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The references of one input z, in double, from libm's exp and expm1:
 * e = e^-|z| once for both functions, e^-2|z| = e^2 (relative error
 * 2^-52, far below a float's), and expm1 where 1 - e^-2|z| would cancel
 * (|z| < TANH_EXPM1_BELOW; above it 1 - e^2 >= 1/2). Far below a float
 * ulp in error, and a different route from the kernels' own exp. */
enum ref_kind { REF_RELU, REF_RELU_PRIME, REF_SIGMOID, REF_TANH,
                REF_SIGMOID_PRIME, REF_TANH_PRIME, REF_SIGMOID_Y,
                REF_TANH_Y, REF_KINDS };
#define TANH_EXPM1_BELOW 0.35

#define REF_A_MAX 200.0 /* e^-200: 0 for every float result */

static void refs_of(double z, double *r)
{
    if (isnan(z)) {
        for (int k = 0; k < REF_KINDS; k++)
            r[k] = z;
        return;
    }
    /* Beyond REF_A_MAX every result that depends on e rounds to 0 or 1
     * either way; libm's exp takes a slow path for underflow. */
    double a = fabs(z), e = exp(-(a < REF_A_MAX ? a : REF_A_MAX));
    double e2 = e * e;
    r[REF_RELU] = z > 0 ? z : (isnan(z) ? z : 0.0);
    r[REF_RELU_PRIME] = z > 0 ? 1.0 : (isnan(z) ? z : 0.0);
    r[REF_SIGMOID] = (z > 0 ? 1.0 : e) / (1.0 + e);
    r[REF_SIGMOID_PRIME] = e / ((1.0 + e) * (1.0 + e));
    double t;
    if (a < TANH_EXPM1_BELOW) {
        double m = expm1(-2 * a);
        t = -m / (2.0 + m);
    } else {
        t = (1.0 - e2) / (1.0 + e2);
    }
    r[REF_TANH] = isnan(z) ? z : copysign(t, z);
    r[REF_TANH_PRIME] = 4 * e2 / ((1.0 + e2) * (1.0 + e2));
    /* From y: exact in double (at most 25-bit factors); NaN outside the
     * outputs y can be, so those inputs are left out. */
    r[REF_SIGMOID_Y] = z >= 0 && z <= 1 ? z * (1.0 - z) : NAN;
    r[REF_TANH_Y] = z >= -1 && z <= 1 ? (1.0 - z) * (1.0 + z) : NAN;
}

/* Which reference kernel k is checked against. */
static enum ref_kind ref_kind_of(const struct kernels_entry *k)
{
    int fwd = k->pass == KERNELS_FORWARD;
    if (strcmp(k->function, "relu") == 0) {
        return fwd ? REF_RELU : REF_RELU_PRIME;
    }
    if (strcmp(k->function, "sigmoid") == 0) {
        return fwd ? REF_SIGMOID
                   : k->from_output ? REF_SIGMOID_Y : REF_SIGMOID_PRIME;
    }
    return fwd ? REF_TANH : k->from_output ? REF_TANH_Y : REF_TANH_PRIME;
}

/* Slot 0 of every buffer is the input before the block's first. */
#define SLOTS (KCHECK_BLOCK + 1)

struct kcheck {
    size_t count;
    const struct kernels_entry *k[KCHECK_MAX];
    struct kcheck_tally t[KCHECK_MAX];
    float *in, *out, *ones;
    double *ref[REF_KINDS], *inv[REF_KINDS];
    float *err;        /* one kernel's errors, in ulps */
};

struct kcheck *kcheck_alloc(void)
{
    struct kcheck *c = alloc_array(1, sizeof *c);
    for (size_t i = 0; i < kernels_count && c->count < KCHECK_MAX; i++) {
        const struct kernels_entry *k = &kernels[i];
        if (k->ref != NULL && k->build != NULL && kernels_supported(k)) {
            c->k[c->count++] = k;
        }
    }
    c->in = alloc_array(SLOTS, sizeof *c->in);
    c->out = alloc_array(SLOTS, sizeof *c->out);
    c->ones = alloc_array(SLOTS, sizeof *c->ones);
    c->err = alloc_array(SLOTS, sizeof *c->err);
    for (size_t i = 0; i < SLOTS; i++)
        c->ones[i] = 1.0f;
    for (int r = 0; r < REF_KINDS; r++) {
        c->ref[r] = alloc_array(SLOTS, sizeof *c->ref[r]);
        c->inv[r] = alloc_array(SLOTS, sizeof *c->inv[r]);
    }
    return c;
}

void kcheck_free(struct kcheck *c)
{
    if (c == NULL) {
        return;
    }
    free(c->in);
    free(c->out);
    free(c->ones);
    free(c->err);
    for (int r = 0; r < REF_KINDS; r++) {
        free(c->ref[r]);
        free(c->inv[r]);
    }
    free(c);
}

size_t kcheck_count(const struct kcheck *c)
{
    return c->count;
}

const struct kernels_entry *kcheck_kernel(const struct kcheck *c, size_t i)
{
    return c->k[i];
}

struct kcheck_tally kcheck_tally_of(const struct kcheck *c, size_t i)
{
    return c->t[i];
}

/* Sigmoid and tanh rise with z; the derivatives from z are even and
 * fall with |z|; ReLU rises. In bit-pattern order |z| rises within each
 * sign, so the direction of a step is +1 (must not fall) or -1 (must
 * not rise); 0 for the kernels from y, not monotone. */
static int direction(const struct kernels_entry *k, int negative)
{
    if (k->from_output) {
        return 0;
    }
    if (k->pass == KERNELS_BACKWARD) {
        return strcmp(k->function, "relu") == 0 ? 0 : -1;
    }
    return negative ? -1 : 1;
}

/* On x86-64 the loops below are compiled for AVX-512, AVX2 and the
 * baseline, and the loader picks the widest this processor runs (GCC's
 * target_clones): they run 2^32 times per kernel. The same values in
 * every clone. */
#ifdef KCHECK_CLONES
#define CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define CLONES
#endif

/* Plain loops the compiler vectorises, each on its own (GCC will not
 * vectorise one loop that does everything). The errors in ulps, a NaN
 * counted as 0 (the NaN mismatches are counted apart). */
CLONES static void errors(const float *restrict out,
                          const double *restrict want,
                          const double *restrict inv, float *restrict err)
{
    for (size_t i = 1; i < SLOTS; i++) {
        float e = (float)(fabs((double)out[i] - want[i]) * inv[i]);
        err[i] = e == e ? e : 0.0f;
    }
}

/* The largest error, from the bits of the floats: for numbers >= 0 they
 * order as integers, whose maximum GCC vectorises (a floating maximum it
 * will not, for NaN's sake). */
CLONES static float largest(const float *restrict err)
{
    int32_t m = 0;
    for (size_t i = 1; i < SLOTS; i++) {
        int32_t b;
        memcpy(&b, &err[i], sizeof b);
        m = b > m ? b : m;
    }
    float f;
    memcpy(&f, &m, sizeof f);
    return f;
}

/* How many inputs count, and in *nan_bad how many of them give NaN
 * where the reference does not, or not where it does. An input counts
 * unless it is a number the kernel from y does not take (its reference
 * is NaN there). */
CLONES static uint64_t counted(const float *restrict in,
                               const float *restrict out,
                               const double *restrict want,
                               uint64_t *nan_bad)
{
    uint64_t bad = 0, inputs = 0;
    for (size_t i = 1; i < SLOTS; i++) {
        int counts = (in[i] != in[i]) | (want[i] == want[i]);
        bad += ((out[i] != out[i]) != (want[i] != want[i])) & counts;
        inputs += counts;
    }
    *nan_bad = bad;
    return inputs;
}

/* Steps against the direction dir (+1: must not fall, -1: must not
 * rise). */
CLONES static uint64_t wrong_steps(const float *restrict out, int dir)
{
    uint64_t bad = 0;
    if (dir > 0) {
        for (size_t i = 1; i < SLOTS; i++)
            bad += out[i] < out[i - 1];
    } else {
        for (size_t i = 1; i < SLOTS; i++)
            bad += out[i] > out[i - 1];
    }
    return bad;
}

/* inv[i] = 1 / ulp of the float nearest to want[i]: 2^(150 - E) for a
 * float with biased exponent E >= 1, 2^149 below the normal range; the
 * double built from its exponent field (ldexp is a call). */
CLONES static void inv_ulps(const double *restrict want,
                            double *restrict inv)
{
    for (size_t i = 0; i < SLOTS; i++) {
        float f = (float)want[i];
        uint32_t bits;
        memcpy(&bits, &f, sizeof bits);
        uint64_t e = (bits >> 23) & 0xff;
        uint64_t d = (1023 + (e == 0 ? 149 : 150 - e)) << 52;
        memcpy(&inv[i], &d, sizeof d);
    }
}

/* One kernel over the block in c->in: its tally. */
static void check_kernel(struct kcheck *c, size_t j, int negative)
{
    const struct kernels_entry *k = c->k[j];
    enum ref_kind rk = ref_kind_of(k);
    const double *want = c->ref[rk], *inv = c->inv[rk];
    const float *in = c->in;
    float *out = c->out;
    if (k->pass == KERNELS_FORWARD) {
        kernels_forward(k)(in, out, SLOTS);
    } else {
        kernels_backward(k)(in, c->ones, out, SLOTS);
    }
    float *err = c->err;
    errors(out, want, inv, err);
    float worst = largest(err);
    uint64_t nan_bad, inputs = counted(in, out, want, &nan_bad);
    uint64_t mono_bad = 0;
    int dir = direction(k, negative);
    if (dir != 0) {
        mono_bad = wrong_steps(out, dir);
    }
    struct kcheck_tally *t = &c->t[j];
    if (worst > t->ulps || t->inputs == 0) {
        for (size_t i = 1; i < SLOTS; i++) {
            if (err[i] == worst) {
                t->at = in[i];
                break;
            }
        }
        t->ulps = worst > t->ulps ? worst : t->ulps;
    }
    t->inputs += inputs;
    t->nan_errors += nan_bad;
    t->mono_errors += mono_bad;
}

void kcheck_block(struct kcheck *c, uint64_t block)
{
    uint32_t first = (uint32_t)(block * KCHECK_BLOCK);
    int negative = (first >> 31) != 0;
    /* The input before the first, within the same sign; at the start of
     * a sign (+0, -0) the first itself, a step of zero. */
    uint32_t before = (first & 0x7fffffffu) ? first - 1 : first;
    for (size_t i = 0; i < SLOTS; i++) {
        uint32_t b = i == 0 ? before : first + (uint32_t)(i - 1);
        memcpy(&c->in[i], &b, sizeof b);
    }
    /* NaN inputs: monotonicity means nothing there; they sit at the end
     * of each sign, so no block has a number after a NaN. */
    double r[REF_KINDS];
    for (size_t i = 0; i < SLOTS; i++) {
        refs_of((double)c->in[i], r);
        for (int k = 0; k < REF_KINDS; k++)
            c->ref[k][i] = r[k];
    }
    for (int k = 0; k < REF_KINDS; k++)
        inv_ulps(c->ref[k], c->inv[k]);
    for (size_t j = 0; j < c->count; j++)
        check_kernel(c, j, negative);
}

void kcheck_merge(struct kcheck *into, const struct kcheck *from)
{
    for (size_t j = 0; j < into->count; j++) {
        struct kcheck_tally *a = &into->t[j];
        const struct kcheck_tally *b = &from->t[j];
        if (b->inputs > 0 && (b->ulps > a->ulps || a->inputs == 0)) {
            a->ulps = b->ulps;
            a->at = b->at;
        }
        a->inputs += b->inputs;
        a->nan_errors += b->nan_errors;
        a->mono_errors += b->mono_errors;
    }
}

int kcheck_passed(const struct kernels_entry *k, struct kcheck_tally t)
{
    return t.ulps <= kernels_ulp_bound(k) && t.nan_errors == 0 &&
           t.mono_errors == 0;
}

/* ------------------------------------------------------------------ */
/* special values                                                     */
/* ------------------------------------------------------------------ */

#define SPECIALS 5
static const float SPECIAL_IN[SPECIALS] = { 0.0f, -0.0f, INFINITY,
                                            -INFINITY, NAN };

/* The library's values at the special inputs, by reference kind. */
static const float SPECIAL_OUT[REF_KINDS][SPECIALS] = {
    [REF_RELU] = { 0.0f, 0.0f, INFINITY, 0.0f, NAN },
    [REF_RELU_PRIME] = { 0.0f, 0.0f, 1.0f, 0.0f, NAN },
    [REF_SIGMOID] = { 0.5f, 0.5f, 1.0f, 0.0f, NAN },
    [REF_TANH] = { 0.0f, -0.0f, 1.0f, -1.0f, NAN },
    [REF_SIGMOID_PRIME] = { 0.25f, 0.25f, 0.0f, 0.0f, NAN },
    [REF_TANH_PRIME] = { 1.0f, 1.0f, 0.0f, 0.0f, NAN },
    /* From y: y = 0 and y = -0 give 0 (sigmoid) and 1 (tanh); the
     * infinities are no output of either and are not checked. */
    [REF_SIGMOID_Y] = { 0.0f, -0.0f, NAN, NAN, NAN },
    [REF_TANH_Y] = { 1.0f, 1.0f, NAN, NAN, NAN },
};

long kcheck_special(const struct kernels_entry *k)
{
    enum ref_kind rk = ref_kind_of(k);
    float out[SPECIALS];
    kernels_apply(k, SPECIAL_IN, out, SPECIALS);
    long bad = 0;
    for (int i = 0; i < SPECIALS; i++) {
        float w = SPECIAL_OUT[rk][i];
        if (k->from_output && isinf(SPECIAL_IN[i])) {
            continue;
        }
        bad += isnan(w) ? !isnan(out[i])
                        : memcmp(&w, &out[i], sizeof w) != 0;
    }
    return bad;
}
