/*
 * test_10_relu.c - the claims of chapter 10 (R1, R3, R4) about ReLU.
 *
 * R1: ReLU's exact values and the convention relu'(0) = 0, in every form
 * the chapter uses (library, vectorised scalar, every array kernel).
 * R3: every kernel the benchmark times computes what it should: within a
 * stated ulp bound of a double reference on a dense strided sample of all
 * floats, with the special values right, the scalar and array forms and
 * the two vector builds agreeing bit for bit; the benchmark's placeholder
 * writes the same tables and keys as a measurement; and the other meaning
 * of "faster", a ReLU network reaching a training loss in fewer epochs.
 * R4: dead ReLU units receive exactly zero gradient and stay as they are;
 * leaky-ReLU units in the same state still learn; units die at large
 * learning rates. No timing is asserted anywhere: machines are noisy.
 */
#include "check.h"

#include "act.h"
#include "bench.h"
#include "data2d.h"
#include "dead.h"
#include "epochs.h"
#include "gpu.h"
#include "kcheck.h"
#include "kernels.h"
#include "mlp.h"
#include "rng.h"
#include "vecact.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SAMPLES 100000 /* random bit patterns per bit-for-bit check */
#define BLOCK 4096     /* floats per array call */

/* The accuracy scan: every 1021st bit pattern, 4.2 million floats. 1021
 * is prime, so the sample runs through every residue of the low mantissa
 * bits rather than fixing them as a power of two would. */
#define STRIDE 1021
/* The library's scalar kernels are chapter 11's to check in full; here a
 * sparser sample, since they cost a libm call each. */
#define STRIDE_LIB 8191

/* The bounds are KERNELS_ULP_* of kernels.h: the library's VECACT_ULP_*,
 * justified in vecact.h. */

/* A random float with uniformly random bits: every exponent as likely. */
static float random_float(struct rng *r)
{
    uint32_t b = (uint32_t)rng_u64(r);
    float f;
    memcpy(&f, &b, sizeof f);
    return f;
}

static int same_bits(float a, float b)
{
    return memcmp(&a, &b, sizeof a) == 0;
}

/* Special inputs: zeros, infinities, NaN, subnormals, the float range's
 * ends, and the points where the code changes course. */
static const float SPECIAL[] = {
    0.0f, -0.0f, INFINITY, -INFINITY, NAN, FLT_TRUE_MIN, -FLT_TRUE_MIN,
    FLT_MIN, -FLT_MIN, FLT_MAX, -FLT_MAX, 1.0f, -1.0f, 0.5f, -0.5f,
    9.0f, -9.0f, 20.0f, -20.0f, 40.0f, -40.0f, 87.0f, -87.0f, 88.8f,
    -88.8f, 104.0f, -104.0f, 200.0f, -200.0f, 1e-20f, -1e-20f,
};
#define SPECIAL_COUNT (sizeof SPECIAL / sizeof SPECIAL[0])

/* ------------------------------------------------------------------ */
/* R1: ReLU                                                           */
/* ------------------------------------------------------------------ */

static void test_relu_convention_at_zero(void)
{
    /* The article defines relu' for z > 0 and z < 0 only; the course
     * takes relu'(0) = 0 (src/act.c), in every form. */
    CHECK_SAME(act_relu_prime(0.0), 0.0);
    CHECK_SAME(act_relu_prime(-0.0), 0.0);
    CU_ASSERT(same_bits(act_relu_primef(0.0f), 0.0f));
    CU_ASSERT(same_bits(vecact_relu_primef(0.0f), 0.0f));
    CU_ASSERT(same_bits(vecact_relu_primef(-0.0f), 0.0f));
    CHECK_SAME(act_eval_prime(ACT_RELU, 0.0), 0.0);
    /* Leaky ReLU's derivative at 0 is its slope, by the same rule. */
    CHECK_SAME(act_eval_prime(ACT_LEAKY_RELU, 0.0), ACT_LEAKY_SLOPE);
    /* relu(-0) = +0 and relu(0) = +0: never a negative zero. */
    CU_ASSERT(same_bits(vecact_reluf(-0.0f), 0.0f));
    CHECK_SAME(act_relu(-0.0), 0.0);
    /* Just beside 0 the derivative is 1 and 0. */
    CU_ASSERT_EQUAL(act_relu_prime(DBL_TRUE_MIN), 1.0);
    CU_ASSERT_EQUAL(act_relu_prime(-DBL_TRUE_MIN), 0.0);
}

static void test_relu_exact_in_every_form(void)
{
    /* relu(z) = z for z > 0 and +0 otherwise, relu'(z) = 1 and 0, NaN
     * gives NaN: the library's float functions, the vectorised scalar
     * forms and every ReLU kernel, forward and backward, give exactly
     * these bits (a NaN's own bits included). */
    struct rng r;
    rng_seed(&r, 10);
    static float z[BLOCK], want[BLOCK], wantd[BLOCK];
    static float got[BLOCK];
    long bad = 0, checked = 0;
    for (size_t i = 0; i < BLOCK; i++) {
        z[i] = i < SPECIAL_COUNT ? SPECIAL[i] : random_float(&r);
        float e = isnan(z[i]) ? z[i] : z[i] > 0 ? z[i] : 0.0f;
        want[i] = e;
        wantd[i] = isnan(z[i]) ? z[i] : z[i] > 0 ? 1.0f : 0.0f;
        bad += !same_bits(act_reluf(z[i]), e) ||
               !same_bits(vecact_reluf(z[i]), e) ||
               !(isnan(z[i]) ? isnan(vecact_relu_primef(z[i]))
                             : same_bits(vecact_relu_primef(z[i]),
                                         wantd[i]));
        checked++;
    }
    for (size_t k = 0; k < kernels_count; k++) {
        const struct kernels_entry *e = &kernels[k];
        if (strcmp(e->function, "relu") != 0 || !kernels_supported(e)) {
            continue;
        }
        kernels_apply(e, z, got, BLOCK);
        for (size_t i = 0; i < BLOCK; i++) {
            float w = e->pass == KERNELS_FORWARD ? want[i] : wantd[i];
            /* A backward kernel multiplies the NaN by dy = 1: still NaN,
             * though the hardware may set its quiet bit. */
            bad += isnan(w) ? !isnan(got[i]) : !same_bits(got[i], w);
            checked++;
        }
    }
    CU_ASSERT(checked > 4 * BLOCK);
    CU_ASSERT_EQUAL(bad, 0);
}

/* ------------------------------------------------------------------ */
/* R3: the kernels compute what they should                           */
/* ------------------------------------------------------------------ */

static void test_kernels_within_ulp_bound(void)
{
    /* Every timed kernel with a reference that this processor runs,
     * every build (make check-exhaustive checks all 2^32 inputs). */
    for (size_t i = 0; i < kernels_count; i++) {
        const struct kernels_entry *k = &kernels[i];
        if (k->ref == NULL || !kernels_supported(k)) {
            continue;
        }
        uint32_t stride = strcmp(k->variant, "scalar") == 0 ? STRIDE_LIB
                                                            : STRIDE;
        struct kernels_worst w = kernels_scan(k, stride);
        char msg[200];
        snprintf(msg, sizeof msg, "%s (%s): %.3f ulp at %.9g, bound %g",
                 k->name, k->pass == KERNELS_FORWARD ? "forward"
                                                     : "backward",
                 w.ulps, (double)w.input, kernels_ulp_bound(k));
        int ok = w.ulps <= kernels_ulp_bound(k) && w.samples > 500000;
        CU_assertImplementation(ok, __LINE__, msg, __FILE__, "", CU_FALSE);
    }
}

static void test_exp_within_one_ulp(void)
{
    /* Our exp and expm1 on x <= 0, the range the activations use. */
    struct kernels_worst e = kernels_scan_scalar(
        vecact_exp_negf, exp, KERNELS_NEGATIVE, STRIDE);
    struct kernels_worst m = kernels_scan_scalar(
        vecact_expm1_negf, expm1, KERNELS_NEGATIVE, STRIDE);
    CU_ASSERT(e.ulps <= KERNELS_ULP_EXP && e.samples > 2000000);
    CU_ASSERT(m.ulps <= KERNELS_ULP_EXP && m.samples > 2000000);
    /* Tiny arguments keep every digit: expm1(x) = x there. */
    CU_ASSERT_EQUAL(vecact_expm1_negf(-1e-10f), -1e-10f);
    CU_ASSERT(same_bits(vecact_expm1_negf(-FLT_TRUE_MIN), -FLT_TRUE_MIN));
    /* Outside the domain, NaN rather than a wrong number. */
    CU_ASSERT(isnan(vecact_exp_negf(1.0f)));
    CU_ASSERT(isnan(vecact_expm1_negf(1.0f)));
    CU_ASSERT(isnan(vecact_exp_negf(NAN)));
    CU_ASSERT_EQUAL(vecact_exp_negf(-INFINITY), 0.0f);
    CU_ASSERT_EQUAL(vecact_exp_negf(0.0f), 1.0f);
    CU_ASSERT_EQUAL(vecact_expm1_negf(-INFINITY), -1.0f);
    /* The last subnormal results round once: e^-103 = 1.4e-45 (1.34 of
     * the smallest subnormal) rounds to it; e^-104 (0.49 of it) to 0. */
    CU_ASSERT_EQUAL(vecact_exp_negf(-103.0f), FLT_TRUE_MIN);
    CU_ASSERT_EQUAL(vecact_exp_negf(-104.0f), 0.0f);
}

/* The scalar form of a vec kernel, for the special values. */
static float scalar_of(const struct kernels_entry *k, float z)
{
    if (k->pass == KERNELS_FORWARD) {
        return strcmp(k->function, "sigmoid") == 0 ? vecact_sigmoidf(z)
               : strcmp(k->function, "tanh") == 0  ? vecact_tanhf(z)
                                                   : vecact_reluf(z);
    }
    return strcmp(k->function, "sigmoid") == 0 ? vecact_sigmoid_primef(z)
           : strcmp(k->function, "tanh") == 0  ? vecact_tanh_primef(z)
                                               : vecact_relu_primef(z);
}

static void test_special_values(void)
{
    /* The library's special values, in the vectorised forms. */
    CU_ASSERT_EQUAL(vecact_sigmoidf(0.0f), 0.5f);
    CU_ASSERT_EQUAL(vecact_sigmoidf(-0.0f), 0.5f);
    CU_ASSERT_EQUAL(vecact_sigmoidf(INFINITY), 1.0f);
    CU_ASSERT(same_bits(vecact_sigmoidf(-INFINITY), 0.0f));
    CU_ASSERT(same_bits(vecact_sigmoidf(-FLT_MAX), 0.0f));
    CU_ASSERT_EQUAL(vecact_sigmoidf(FLT_MAX), 1.0f);
    CU_ASSERT(isnan(vecact_sigmoidf(NAN)));
    CU_ASSERT(same_bits(vecact_tanhf(0.0f), 0.0f));
    CU_ASSERT(same_bits(vecact_tanhf(-0.0f), -0.0f));
    CU_ASSERT_EQUAL(vecact_tanhf(INFINITY), 1.0f);
    CU_ASSERT_EQUAL(vecact_tanhf(-INFINITY), -1.0f);
    CU_ASSERT_EQUAL(vecact_tanhf(FLT_MAX), 1.0f);
    CU_ASSERT(isnan(vecact_tanhf(NAN)));
    /* tanh(z) = z for subnormal z: z^3/3 is far below half an ulp. */
    CU_ASSERT(same_bits(vecact_tanhf(FLT_TRUE_MIN), FLT_TRUE_MIN));
    CU_ASSERT(same_bits(vecact_tanhf(-FLT_MIN), -FLT_MIN));
    CU_ASSERT_EQUAL(vecact_sigmoid_primef(0.0f), 0.25f);
    CU_ASSERT_EQUAL(vecact_tanh_primef(0.0f), 1.0f);
    CU_ASSERT(same_bits(vecact_sigmoid_primef(INFINITY), 0.0f));
    CU_ASSERT(same_bits(vecact_sigmoid_primef(-INFINITY), 0.0f));
    CU_ASSERT(same_bits(vecact_tanh_primef(-INFINITY), 0.0f));
    CU_ASSERT(isnan(vecact_sigmoid_primef(NAN)));
    CU_ASSERT(isnan(vecact_tanh_primef(NAN)));
    /* Bounded everywhere: the derivatives never exceed their maxima. */
    struct rng r;
    rng_seed(&r, 11);
    long over = 0;
    for (int i = 0; i < SAMPLES; i++) {
        float z = random_float(&r);
        float s = vecact_sigmoidf(z), t = vecact_tanhf(z);
        over += !isnan(z) && (!(s >= 0 && s <= 1) || !(t >= -1 && t <= 1) ||
                              !(vecact_sigmoid_primef(z) <= 0.25f) ||
                              !(vecact_tanh_primef(z) <= 1.0f));
    }
    CU_ASSERT_EQUAL(over, 0);
}

static void test_array_and_scalar_forms_agree(void)
{
    /* Each base kernel returns, for every element, the bits of its
     * scalar form: the same IEEE operations in the same order. (The AVX2
     * and AVX-512 builds round a * b + c once, so their bits differ; each
     * is held to the bounds on its own.) */
    struct rng r;
    rng_seed(&r, 12);
    static float z[BLOCK], got[BLOCK];
    long bad = 0, checked = 0;
    for (int round = 0; round < SAMPLES / BLOCK; round++) {
        for (size_t i = 0; i < BLOCK; i++)
            z[i] = round == 0 && i < SPECIAL_COUNT ? SPECIAL[i]
                                                   : random_float(&r);
        for (size_t k = 0; k < kernels_count; k++) {
            const struct kernels_entry *e = &kernels[k];
            if (e->build != &vecact_base || e->ref == NULL ||
                e->from_output) {
                continue;
            }
            kernels_apply(e, z, got, BLOCK);
            for (size_t i = 0; i < BLOCK; i++) {
                float s = scalar_of(e, z[i]);
                bad += isnan(s) ? !isnan(got[i]) : !same_bits(got[i], s);
                checked++;
            }
        }
    }
    CU_ASSERT(checked >= SAMPLES);
    CU_ASSERT_EQUAL(bad, 0);
}

static void test_every_build_keeps_the_special_values(void)
{
    /* Signed zeros, infinities and NaN, bit for bit, in every build this
     * processor runs, and the dispatch picks one of them. */
    for (size_t i = 0; i < kernels_count; i++) {
        const struct kernels_entry *k = &kernels[i];
        if (k->ref == NULL || k->build == NULL || !kernels_supported(k)) {
            continue;
        }
        long bad = kcheck_special(k);
        char msg[160];
        snprintf(msg, sizeof msg, "%s (%s): %ld special values wrong",
                 k->name, k->build->name, bad);
        CU_assertImplementation(bad == 0, __LINE__, msg, __FILE__, "",
                                CU_FALSE);
    }
    const struct vecact_kernels *best = vecact_best();
    CU_ASSERT(best == &vecact_base || best == &vecact_avx2 ||
              best == &vecact_avx512);
    CU_ASSERT(best->supported());
}

static void test_exhaustive_check_passes_on_sample_blocks(void)
{
    /* The exhaustive check on a few blocks (the subnormals, and just
     * above 1, -1 and 8) passes every build, counting every input. */
    struct kcheck *c = kcheck_alloc();
    const uint64_t blocks[] = { 0, 0x3f800000u / KCHECK_BLOCK,
                                0xbf800000u / KCHECK_BLOCK,
                                0x41000000u / KCHECK_BLOCK };
    for (size_t b = 0; b < 4; b++)
        kcheck_block(c, blocks[b]);
    CU_ASSERT(kcheck_count(c) >= 8);
    for (size_t i = 0; i < kcheck_count(c); i++) {
        const struct kernels_entry *k = kcheck_kernel(c, i);
        struct kcheck_tally t = kcheck_tally_of(c, i);
        CU_ASSERT(t.inputs > 0);
        CU_ASSERT(kcheck_passed(k, t));
    }
    kcheck_free(c);
}

static void test_ulp_error_measure(void)
{
    /* The yardstick itself: one ulp of 1 is 2^-23, of the smallest
     * normal 2^-149, and halfway cases count as half. */
    CU_ASSERT_EQUAL(kernels_ulp_error(1.0f, 1.0), 0.0);
    CU_ASSERT_EQUAL(kernels_ulp_error(nextafterf(1.0f, 2.0f), 1.0), 1.0);
    CU_ASSERT_EQUAL(kernels_ulp_error(1.0f, 1.0 + ldexp(1.0, -24)), 0.5);
    CU_ASSERT_EQUAL(kernels_ulp_error(FLT_TRUE_MIN, 0.0), 1.0);
    CU_ASSERT_EQUAL(kernels_ulp_error(NAN, NAN), 0.0);
    CU_ASSERT(isinf(kernels_ulp_error(NAN, 1.0)));
    CU_ASSERT(isinf(kernels_ulp_error(1.0f, NAN)));
    CU_ASSERT_EQUAL(kernels_ulp_error(INFINITY, 1e300), 0.0);
    CU_ASSERT(isinf(kernels_ulp_error(FLT_MAX, 1e300)));
}

/* The keys of a values.tsv, in order, one per line, into buf. */
static int read_keys(const char *path, char *buf, size_t len, long *keys)
{
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        return -1;
    }
    char line[512];
    size_t used = 0;
    *keys = 0;
    while (fgets(line, sizeof line, f) != NULL && used + 70 < len) {
        line[strcspn(line, "\t")] = '\0';
        used += (size_t)snprintf(buf + used, len - used, "%s\n", line);
        ++*keys;
    }
    fclose(f);
    return 0;
}

static void test_placeholder_writes_what_a_measurement_writes(void)
{
    /* The report without a benchmark (BENCH=0) must find every key and
     * every table the text uses: run a tiny benchmark and the placeholder
     * (--sweep none), and compare. The placeholder leaves out only the
     * curves and the cache marks, whose figures then say "not run". */
    char dir[4096], with[4200], without[4200];
    CU_ASSERT_FATAL(check_tmpdir(dir, sizeof dir) == 0);
    snprintf(with, sizeof with, "%s/with", dir);
    snprintf(without, sizeof without, "%s/without", dir);
    const char *mk[] = { "mkdir", "-p", with, without, NULL };
    CU_ASSERT_FATAL(check_spawn("mkdir", mk, NULL) == 0);
    const char *b[] = { "10-relu-bench", "--max-mib", "1", "--repeats", "1",
                        "--sample-ms", "0.1", "--ulp-stride",
                        "4294967295", "--out", with, NULL };
    CU_ASSERT_FATAL(check_run(b, NULL) == 0);
    const char *none[] = { "10-relu-bench", "--sweep", "none", "--out",
                           without, NULL };
    CU_ASSERT_FATAL(check_run(none, NULL) == 0);
    /* forward.tsv, backward.tsv and caches.tsv are the three it omits. */
    CU_ASSERT_EQUAL(check_count_entries(with),
                    check_count_entries(without) + 3);

    static char keys[2][65536];
    char path[2][4300];
    long n[2];
    snprintf(path[0], sizeof path[0], "%s/values.tsv", with);
    snprintf(path[1], sizeof path[1], "%s/values.tsv", without);
    CU_ASSERT_FATAL(read_keys(path[0], keys[0], sizeof keys[0], &n[0]) == 0);
    CU_ASSERT_FATAL(read_keys(path[1], keys[1], sizeof keys[1], &n[1]) == 0);
    CU_ASSERT(n[0] > 100);
    CU_ASSERT_EQUAL(n[0], n[1]);
    CU_ASSERT_STRING_EQUAL(keys[0], keys[1]);
    check_rmtree(dir);
}

/* The value of `key` in the values.tsv at `path`, into buf ("" if none). */
static void read_value(const char *path, const char *key, char *buf,
                       size_t len)
{
    char line[512];
    size_t k = strlen(key);
    buf[0] = '\0';
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        return;
    }
    while (fgets(line, sizeof line, f) != NULL)
        if (strncmp(line, key, k) == 0 && line[k] == '\t') {
            line[strcspn(line, "\n")] = '\0';
            snprintf(buf, len, "%s", line + k + 1);
        }
    fclose(f);
}

static void test_compare_verdicts_come_from_the_table(void)
{
    /* 10-relu-compare records each target's verdict as the comparison's
     * table gives it, and without a run the same keys, every one a dash. */
    char dir[4096], run[4200], with[4200], without[4200], path[4300];
    CU_ASSERT_FATAL(check_tmpdir(dir, sizeof dir) == 0);
    snprintf(run, sizeof run, "%s/run", dir);
    snprintf(with, sizeof with, "%s/with", dir);
    snprintf(without, sizeof without, "%s/without", dir);
    const char *mk[] = { "mkdir", "-p", run, with, without, NULL };
    CU_ASSERT_FATAL(check_spawn("mkdir", mk, NULL) == 0);
    snprintf(path, sizeof path, "%s/compare.tsv", run);
    FILE *f = fopen(path, "w");
    CU_ASSERT_FATAL(f != NULL);
    fputs("function\timplementation\tlanes\tcache_ns\tcache16_ns\t"
          "memory_ns\tours_x\ttarget\tmet\n"
          "sigmoid\tours\t16\t0.25\t0.25\t0.37\t1.00\t-\t-\n"
          "sigmoid\tSLEEF u10\t16\t0.21\t0.22\t0.32\t0.84\t1.5\tno\n"
          "tanh\tPyTorch\t-\t2.7\t2.3\t2.3\t9.03\t2\tyes\n", f);
    fclose(f);
    snprintf(path, sizeof path, "%s/compare_run.tsv", run);
    f = fopen(path, "w");
    CU_ASSERT_FATAL(f != NULL);
    fputs("key\tvalue\nprocessor\ttest\ndate\t2000-01-01\n", f);
    fclose(f);
    const char *a[] = { "10-relu-compare", "--run", run, "--out", with,
                        NULL };
    CU_ASSERT_FATAL(check_run(a, NULL) == 0);
    const char *b[] = { "10-relu-compare", "--out", without, NULL };
    CU_ASSERT_FATAL(check_run(b, NULL) == 0);

    static char keys[2][8192];
    char vals[2][4300];
    long n[2];
    snprintf(vals[0], sizeof vals[0], "%s/values.tsv", with);
    snprintf(vals[1], sizeof vals[1], "%s/values.tsv", without);
    CU_ASSERT_FATAL(read_keys(vals[0], keys[0], sizeof keys[0], &n[0]) == 0);
    CU_ASSERT_FATAL(read_keys(vals[1], keys[1], sizeof keys[1], &n[1]) == 0);
    CU_ASSERT_EQUAL(n[0], n[1]);
    CU_ASSERT_STRING_EQUAL(keys[0], keys[1]);

    static const char *const want[][3] = {
        /* key, with the run, without */
        { "compare_sigmoid_sleef16_x", "0.84", "--" },
        { "compare_sigmoid_sleef16_met", "no", "--" },
        { "compare_tanh_pytorch_met", "yes", "--" },
        { "compare_sigmoid_sleef4_met", "--", "--" }, /* no such row */
        { "compare_targets", "2", "--" },
        { "compare_met", "1", "--" },
    };
    char got[64];
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        for (int w = 0; w < 2; w++) {
            read_value(vals[w], want[i][0], got, sizeof got);
            CU_ASSERT_STRING_EQUAL(got, want[i][1 + w]);
        }
    check_rmtree(dir);
}

static void test_programs_run_from_any_folder(void)
{
    /* No program of the chapter reads a file given by a default path:
     * each runs with its defaults from a folder that holds nothing (the
     * benchmark without timing, which takes seconds otherwise). */
    static const char *const progs[][3] = {
        { "10-relu", NULL, NULL },
        { "10-relu-speed", NULL, NULL },
        { "10-relu-dead", NULL, NULL },
        { "10-relu-bench", "--sweep", "none" },
        { "10-relu-compare", NULL, NULL },
    };
    static const char CD_THEN_RUN[] = "cd \"$1\" && shift && exec \"$@\"";
    char dir[4096], here[4096], path[8300];
    CU_ASSERT_FATAL(check_tmpdir(dir, sizeof dir) == 0);
    CU_ASSERT_FATAL(getcwd(here, sizeof here) != NULL);
    const char *bin = check_bin_dir();
    for (size_t i = 0; i < sizeof progs / sizeof progs[0]; i++) {
        snprintf(path, sizeof path, "%s%s%s/%s", bin[0] == '/' ? "" : here,
                 bin[0] == '/' ? "" : "/", bin, progs[i][0]);
        const char *argv[] = { "sh", "-c", CD_THEN_RUN, "sh", dir, path,
                               progs[i][1], progs[i][2], NULL };
        CU_ASSERT_EQUAL(check_spawn("sh", argv, NULL), 0);
    }
    CU_ASSERT_EQUAL(check_count_entries(dir), 0); /* nothing written */
    check_rmtree(dir);
}

static void test_programs_name_the_dispatch_in_their_help(void)
{
    /* Each program's --help says which build of the kernels runs here:
     * the one vecact_best() picks in this process too. */
    static const char *const progs[] = { "10-relu", "10-relu-speed",
                                         "10-relu-dead", "10-relu-bench",
                                         "10-relu-compare",
                                         "10-relu-exhaustive" };
    char dir[4096], path[4200], want[80], text[4096];
    CU_ASSERT_FATAL(check_tmpdir(dir, sizeof dir) == 0);
    snprintf(path, sizeof path, "%s/help.txt", dir);
    snprintf(want, sizeof want, "Dispatch on this processor: %s.",
             vecact_best()->name);
    for (size_t i = 0; i < sizeof progs / sizeof progs[0]; i++) {
        const char *argv[] = { progs[i], "--help", NULL };
        CU_ASSERT_EQUAL(check_run(argv, path), 0);
        FILE *f = fopen(path, "r");
        CU_ASSERT_FATAL(f != NULL);
        size_t got = fread(text, 1, sizeof text - 1, f);
        text[got] = '\0';
        fclose(f);
        /* --help folds its lines at column 79: read it as one line. */
        for (char *c = text; *c; c++) {
            if (*c == '\n') *c = ' ';
        }
        for (char *r = text, *w = text;; r++) {
            if (!(*r == ' ' && w > text && w[-1] == ' ')) *w++ = *r;
            if (*r == '\0') break;
        }
        char msg[200];
        snprintf(msg, sizeof msg, "%s --help does not say \"%s\"",
                 progs[i], want);
        CU_assertImplementation(strstr(text, want) != NULL, __LINE__, msg,
                                __FILE__, "", CU_FALSE);
    }
    check_rmtree(dir);
}

static void test_recorded_gpu_table_has_every_op_at_one_size(void)
{
    /* The text quotes copy, ReLU, sigmoid and tanh at the largest size
     * of the recorded table: each must be there, at the same n. */
    static const char *const ops[] = { "copy", "relu", "sigmoid", "tanh" };
    const struct gpu_row *copy = gpu_largest("copy");
    CU_ASSERT_FATAL(copy != NULL);
    for (int i = 0; i < 4; i++) {
        const struct gpu_row *r = gpu_largest(ops[i]);
        CU_ASSERT_FATAL(r != NULL);
        CU_ASSERT_EQUAL(r->n, copy->n);
        CU_ASSERT(r->ns_per_elem > 0 && r->gb_per_s > 0);
        /* 8 bytes per element: GB/s and ns per element agree to the
         * three digits the file records. */
        CU_ASSERT(fabs(8 / r->ns_per_elem / r->gb_per_s - 1) < 0.01);
    }
    CU_ASSERT(gpu_largest("gelu") == NULL);
}

/* ------------------------------------------------------------------ */
/* training: the experiments' data and networks                       */
/* ------------------------------------------------------------------ */

#define POINTS 100 /* the chapter's data set: main.c's default */
#define WIDTH 8    /* its networks: 2 -> 8 -> 8 -> 1 */

static struct dataset article_set(void)
{
    struct rng r;
    rng_seed(&r, 1);
    struct dataset d = { 0 };
    CU_ASSERT_FATAL(data_make(DATA_ARTICLE, &d, &r, POINTS) == 0);
    return d;
}

/* A network of the chapter's shape trained as dead_train() trains it,
 * kept for inspection. */
static struct mlp *trained(enum act_kind act, double lr, long epochs,
                           uint64_t seed, const struct dataset *d)
{
    const size_t sizes[] = { 2, WIDTH, WIDTH, 1 };
    struct mlp *m = mlp_alloc(sizes, 4, act, d->n);
    CU_ASSERT_FATAL(m != NULL);
    struct rng r;
    rng_seed(&r, seed);
    mlp_init(m, INIT_HE, &r);
    struct train_config tc = { lr, epochs, 0, seed, LOSS_BCE };
    mlp_train(m, d->x, d->y, d->n, &tc, NULL, NULL);
    return m;
}

/* ------------------------------------------------------------------ */
/* R4: dead units                                                     */
/* ------------------------------------------------------------------ */

static void test_dead_find_on_a_hand_wired_network(void)
{
    /* Unit 0 is z = x1 (active for x1 > 0); unit 1 is z = -10 + 0 x,
     * dead everywhere; unit 2 is z = -x1, active for x1 < 0. */
    const size_t sizes[] = { 2, 3, 1 };
    struct mlp *m = mlp_alloc(sizes, 3, ACT_RELU, 4);
    CU_ASSERT_FATAL(m != NULL);
    struct dense *l = &m->layers[0];
    l->w[0] = 1;
    l->b[1] = -10;
    l->w[4] = -1;
    const double x[] = { -1, 0, -0.5, 3, 0.5, 1, 2, -2 };
    unsigned char dead[3];
    CU_ASSERT_EQUAL(dead_find(m, x, 4, dead), 1);
    CU_ASSERT(dead[0] == 0 && dead[1] == 1 && dead[2] == 0);
    /* A unit active on one row only is alive. */
    CU_ASSERT_EQUAL(dead_find(m, x + 2, 1, dead), 2);
    mlp_free(m);
}

/* The gradients after training at rate 3 (where the chapter sees units
 * die), over the chapter's five seeds: in how many runs some units died,
 * and the extremes of the largest gradient into dead and live units. */
struct seed_gradients {
    long runs_with_dead;
    double dead_lo, dead_hi; /* over the runs with dead units */
    double live_lo;          /* over every run */
};

static struct seed_gradients gradients_after_training(enum act_kind act)
{
    struct dataset d = article_set();
    struct seed_gradients s = { 0, INFINITY, 0, INFINITY };
    for (uint64_t seed = 1; seed <= 5; seed++) {
        struct mlp *m = trained(act, 3.0, 100, seed, &d);
        struct dead_gradient g = dead_gradient(m, d.x, d.y, d.n);
        if (g.dead > 0) {
            s.runs_with_dead++;
            s.dead_lo = fmin(s.dead_lo, g.dead_max);
            s.dead_hi = fmax(s.dead_hi, g.dead_max);
        }
        s.live_lo = fmin(s.live_lo, g.live_max);
        mlp_free(m);
    }
    dataset_free(&d);
    return s;
}

static void test_dead_units_get_exactly_zero_gradient(void)
{
    /* Every dead ReLU unit's incoming weights and bias have a gradient of
     * exactly 0, not a small one, while live units learn. */
    struct seed_gradients s = gradients_after_training(ACT_RELU);
    CU_ASSERT(s.runs_with_dead >= 3);
    CU_ASSERT_EQUAL(s.dead_hi, 0.0);
    CU_ASSERT(s.live_lo > 0.0);
}

static void test_dead_first_layer_units_never_change(void)
{
    /* Full-batch descent: a first-layer unit dead on the training set
     * keeps its weights and bias bit for bit through 50 more epochs. */
    struct dataset d = article_set();
    struct mlp *m = trained(ACT_RELU, 3.0, 100, 1, &d);
    unsigned char dead[2 * WIDTH];
    size_t count = dead_find(m, d.x, d.n, dead);
    CU_ASSERT_FATAL(count > 0);
    const struct dense *l = &m->layers[0];
    double w[WIDTH * 2], b[WIDTH];
    memcpy(w, l->w, sizeof w);
    memcpy(b, l->b, sizeof b);
    struct train_config tc = { 3.0, 50, 0, 1, LOSS_BCE };
    mlp_train(m, d.x, d.y, d.n, &tc, NULL, NULL);
    long frozen = 0, first = 0;
    for (size_t j = 0; j < WIDTH; j++) {
        if (!dead[j]) {
            continue;
        }
        first++;
        frozen += memcmp(&w[2 * j], &l->w[2 * j], 2 * sizeof *w) == 0 &&
                  memcmp(&b[j], &l->b[j], sizeof *b) == 0;
    }
    CU_ASSERT_EQUAL(frozen, first);
    mlp_free(m);
    dataset_free(&d);
}

static void test_leaky_inactive_units_still_learn(void)
{
    /* The same state under leaky ReLU: units negative on every example
     * still receive a gradient (ACT_LEAKY_SLOPE times what would reach
     * them), so they are not dead. */
    struct seed_gradients s = gradients_after_training(ACT_LEAKY_RELU);
    CU_ASSERT(s.runs_with_dead >= 3);
    CU_ASSERT(s.dead_lo > 0.0);
}

static void test_units_die_at_large_learning_rates(void)
{
    /* The experiment's finding, on its own data and seeds: at rate 0.3
     * at most one unit in 16 dies in any run, at rate 10 the median run
     * loses more than half of them. */
    struct dataset d = article_set();
    struct dead_config cfg = { WIDTH, 100 };
    double small = 0, large[5];
    for (uint64_t seed = 1; seed <= 5; seed++) {
        struct dead_run a = dead_train(ACT_RELU, 0.3, seed, &d, &cfg);
        struct dead_run b = dead_train(ACT_RELU, 10.0, seed, &d, &cfg);
        CU_ASSERT(!a.diverged && !b.diverged);
        small = fmax(small, a.fraction);
        large[seed - 1] = b.fraction;
    }
    int above = 0;
    for (int i = 0; i < 5; i++)
        above += large[i] > 0.5;
    CU_ASSERT(small <= 1.0 / 16);
    CU_ASSERT(above >= 3);
    dataset_free(&d);
}

/* ------------------------------------------------------------------ */
/* R3, the other meaning of "faster": epochs to a training loss       */
/* ------------------------------------------------------------------ */

static double median_epochs(enum act_kind act, double lr,
                            const struct dataset *d)
{
    struct epochs_config cfg = { WIDTH, 0.05, 500 };
    double e[5];
    for (uint64_t seed = 1; seed <= 5; seed++) {
        long n = epochs_to_loss(act, lr, seed, d, &cfg, NULL);
        e[seed - 1] = n < 0 ? INFINITY : (double)n;
    }
    return bench_median(e, 5);
}

static void test_relu_network_reaches_the_loss_in_fewer_epochs(void)
{
    /* At learning rate 3, the fastest of the chapter's rates for all
     * three: ReLU needs fewer epochs than tanh, and both far fewer than
     * sigmoid (the chapter measures 14, 19 and 148). */
    struct dataset d = article_set();
    double relu = median_epochs(ACT_RELU, 3.0, &d);
    double tanh_ = median_epochs(ACT_TANH, 3.0, &d);
    double sig = median_epochs(ACT_SIGMOID, 3.0, &d);
    CU_ASSERT(isfinite(relu) && relu < tanh_);
    CU_ASSERT(3 * tanh_ < sig);
    dataset_free(&d);
}

static void test_epochs_stop_at_the_target(void)
{
    /* The count is the first epoch whose loss is at most the target. */
    struct dataset d = article_set();
    struct epochs_config cfg = { WIDTH, 0.05, 500 };
    double curve[500];
    long n = epochs_to_loss(ACT_RELU, 3.0, 1, &d, &cfg, curve);
    CU_ASSERT_FATAL(n > 1 && n <= 500);
    CU_ASSERT(curve[n - 1] <= 0.05);
    for (long e = 0; e < n - 1; e++)
        CU_ASSERT(curve[e] > 0.05);
    CU_ASSERT(isnan(curve[n]));
    dataset_free(&d);
}

static const struct check_test tests[] = {
    { "R1", "relu'(0) = 0 in every form; relu(-0) = +0",
      test_relu_convention_at_zero },
    { "R1", "ReLU and its derivative exact, NaN stays NaN, in the "
      "library, the vectorised forms and every kernel",
      test_relu_exact_in_every_form },
    { "R3", "every timed kernel within its ulp bound of double, every "
      "1021st float", test_kernels_within_ulp_bound },
    { "R3", "our exp and expm1 within 1 ulp for x <= 0, subnormals "
      "rounded once", test_exp_within_one_ulp },
    { "R3", "vectorised sigmoid and tanh: special values and bounds",
      test_special_values },
    { "R3", "the base build's array and scalar forms agree bit for bit",
      test_array_and_scalar_forms_agree },
    { "R3", "every build keeps the special values; dispatch picks one",
      test_every_build_keeps_the_special_values },
    { "R3", "the exhaustive check passes every build on sample blocks",
      test_exhaustive_check_passes_on_sample_blocks },
    { "R3", "the ulp yardstick measures ulps", test_ulp_error_measure },
    { "R3", "without a benchmark the chapter writes the same tables and "
      "keys", test_placeholder_writes_what_a_measurement_writes },
    { "R3", "the comparison's verdicts are its table's, dashes without a "
            "run", test_compare_verdicts_come_from_the_table },
    { "R3", "every program of the chapter runs from any folder",
      test_programs_run_from_any_folder },
    { "R3", "every program of the chapter names the kernels' build that "
      "runs here in its --help",
      test_programs_name_the_dispatch_in_their_help },
    { "R3", "the recorded GPU table has every operation at one largest "
      "size", test_recorded_gpu_table_has_every_op_at_one_size },
    { "R3", "a ReLU network reaches the loss in fewer epochs than tanh "
      "and sigmoid", test_relu_network_reaches_the_loss_in_fewer_epochs },
    { "R3", "epochs are counted to the first epoch at the target",
      test_epochs_stop_at_the_target },
    { "R4", "dead_find finds the dead units of a hand-wired network",
      test_dead_find_on_a_hand_wired_network },
    { "R4", "dead ReLU units receive exactly zero gradient",
      test_dead_units_get_exactly_zero_gradient },
    { "R4", "dead first-layer units never change under full-batch descent",
      test_dead_first_layer_units_never_change },
    { "R4", "leaky-ReLU units negative everywhere still get a gradient",
      test_leaky_inactive_units_still_learn },
    { "R4", "units die at large learning rates, not at small ones",
      test_units_die_at_large_learning_rates },
    CHECK_END
};

CHECK_SUITE(10_relu, tests);
