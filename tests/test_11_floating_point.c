/*
 * test_11_floating_point.c - the claims of chapter 11 (F1-F5): where the
 * textbook forms break, and how well the library's own forms do.
 */
#include "check.h"

#include "act.h"
#include "cli.h"
#include "fpcheck.h"
#include "fpforms.h"
#include "fpmeasure.h"
#include "ref.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

/* The neighbour of x in precision prec, towards `to`. */
static double next_toward(double x, double to, enum fpforms_prec prec)
{
    return prec == FPFORMS_FLOAT ? nextafterf((float)x, (float)to)
                                 : nextafter(x, to);
}

/* The spacing of prec's numbers at x (x > 0, normal). */
static double spacing(double x, enum fpforms_prec prec)
{
    return fabs(next_toward(x, INFINITY, prec) - x);
}

/* ------------------------------------------------------------------ */
/* F1: the thresholds                                                 */
/* ------------------------------------------------------------------ */

static void test_thresholds_are_edges(void)
{
    /* The bisection's answer is an edge: the form gives its outcome at
     * first_true and not at its neighbour, checked with nextafter. */
    for (int i = 0; i < fpforms_threshold_count; i++) {
        const struct fpforms_threshold *t = &fpforms_thresholds[i];
        for (int p = 0; p < FPFORMS_PREC_COUNT; p++) {
            enum fpforms_prec prec = (enum fpforms_prec)p;
            struct fpforms_edge e = fpforms_threshold_edge(i, prec);
            CU_ASSERT(fpforms_is(t->fn[p](e.first_true), t->becomes));
            CU_ASSERT(!fpforms_is(t->fn[p](e.last_false), t->becomes));
            CU_ASSERT_EQUAL(e.last_false,
                            next_toward(e.first_true, t->from[p], prec));
        }
    }
}

static void test_thresholds_match_derivation(void)
{
    /* The derivation (fpforms_derived) assumes correctly rounded exp and
     * tanh. glibc's are within an ulp, and an error of one ulp in e^-|z|
     * moves the edge by 2^-p relative, less than one spacing of z; so the
     * derived value must lie between the two neighbours, give or take one
     * spacing. (For the tanh edge the program finds the float just above
     * the derived value.) */
    for (int i = 0; i < fpforms_threshold_count; i++) {
        const struct fpforms_threshold *t = &fpforms_thresholds[i];
        for (int p = 0; p < FPFORMS_PREC_COUNT; p++) {
            enum fpforms_prec prec = (enum fpforms_prec)p;
            struct fpforms_edge e = fpforms_threshold_edge(i, prec);
            double d = (double)fpforms_derived(t->cause, prec);
            double lo = fmin(fabs(e.first_true), fabs(e.last_false));
            double hi = fmax(fabs(e.first_true), fabs(e.last_false));
            double gap = spacing(hi, prec);
            CU_ASSERT(d >= lo - gap && d <= hi + gap);
        }
    }
}

static void test_thresholds_exact_cases(void)
{
    /* Two edges are exact numbers: the textbook tanh is 0 up to z =
     * 2^-(p+1) exactly (the largest number whose e^-z rounds to 1), and
     * e^2z overflows at exactly half the z where e^z does, because 2z is
     * exact. */
    for (int i = 0; i < fpforms_threshold_count; i++) {
        const char *key = fpforms_thresholds[i].key;
        for (int p = 0; p < FPFORMS_PREC_COUNT; p++) {
            enum fpforms_prec prec = (enum fpforms_prec)p;
            int bits = p == FPFORMS_FLOAT ? FLT_MANT_DIG : DBL_MANT_DIG;
            double z = fpforms_threshold_edge(i, prec).first_true;
            if (strcmp(key, "tanh_textbook_zero") == 0) {
                CU_ASSERT_EQUAL(z, ldexp(1.0, -(bits + 1)));
            }
            if (strcmp(key, "tanh_exp2_nan") == 0) {
                fpforms_fn ratio = p == FPFORMS_FLOAT
                                       ? fpforms_sigmoid_ratiof
                                       : fpforms_sigmoid_ratio;
                struct fpforms_edge full =
                    fpforms_find_edge(ratio, FPFORMS_NAN, 1, 1e3, prec);
                CU_ASSERT_EQUAL(z, full.first_true / 2);
            }
        }
    }
}

/* How many floats on each side of an edge the uniqueness test scans:
 * 2^16 is far more than the error of any libm moves an edge (a few
 * floats), and 17 edges x 2^17 evaluations take a few milliseconds. */
#define EDGE_WINDOW 65536

static void test_float_edges_are_the_only_change_nearby(void)
{
    /* Bisection finds *a* change; this checks it is the only one in a
     * window of 2^17 floats, so the table's z is where the form starts
     * to fail and not an island. */
    for (int i = 0; i < fpforms_threshold_count; i++) {
        const struct fpforms_threshold *t = &fpforms_thresholds[i];
        struct fpforms_edge e = fpforms_threshold_edge(i, FPFORMS_FLOAT);
        float in = (float)e.first_true, out = (float)e.last_false;
        float to = (float)t->to[FPFORMS_FLOAT];
        float from = (float)t->from[FPFORMS_FLOAT];
        int ok = 1;
        for (int k = 0; k < EDGE_WINDOW; k++) {
            ok &= fpforms_is(t->fn[FPFORMS_FLOAT](in), t->becomes);
            ok &= !fpforms_is(t->fn[FPFORMS_FLOAT](out), t->becomes);
            in = nextafterf(in, to);
            out = nextafterf(out, from);
        }
        CU_ASSERT(ok);
    }
}

static void test_textbook_forms_fail_where_library_does_not(void)
{
    /* Past the edges the textbook forms give NaN, 0 or 1, while the
     * library's forms of the same functions are finite and, where the
     * truth is a normal float, close to it. */
    CU_ASSERT(isnan(fpforms_tanh_textbookf(100)));
    CU_ASSERT(isnan(fpforms_tanh_exp2f(50)));
    CU_ASSERT(isnan(fpforms_sigmoid_ratiof(100)));
    CU_ASSERT(isnan(fpforms_sigmoid_prime_textbookf(-100)));
    CU_ASSERT_EQUAL(fpforms_sigmoid_prime_outputf(20), 0.0);
    CU_ASSERT_EQUAL(fpforms_tanh_prime_outputf(10), 0.0);
    CU_ASSERT_EQUAL(fpforms_tanh_textbookf(1e-8), 0.0);
    CU_ASSERT_EQUAL(act_tanhf(100.0f), 1.0f);
    CU_ASSERT_EQUAL(act_sigmoidf(100.0f), 1.0f);
    /* 4 ulp: the bound of claim F2 for these values. */
    CHECK_ULPSF(act_sigmoid_primef(20.0f), (float)ref_sigmoid_prime(20), 4);
    CHECK_ULPSF(act_tanh_primef(10.0f), (float)ref_tanh_prime(10), 4);
    CHECK_ULPSF(act_tanhf(1e-8f), 1e-8f, 1);
}

/* ------------------------------------------------------------------ */
/* F2, F3: the library's float functions                              */
/* ------------------------------------------------------------------ */

/* Magnitude bit patterns of the regions where the forms are hardest:
 * near 0 (where s' and tanh' peak), around each edge of F1, and where
 * the outputs turn subnormal. Each is checked float by float. */
static uint32_t bits_of(float f)
{
    uint32_t u;
    memcpy(&u, &f, sizeof u);
    return u;
}

static void check_hard_regions(struct fpcheck_result *r)
{
    /* Narrow, since every factor of 2 in |z| holds 2^23 floats: about
     * 1.3 million magnitudes in all, a fraction of a second. */
    static const float regions[][2] = {
        { 1e-45f, 1e-40f },    /* subnormal inputs */
        { 1.49e-7f, 1.5e-7f }, /* s' and tanh' round to 1/4 and 1 */
        { 0.499f, 0.501f },    /* y (1 - y) near its peak */
        { 0.99f, 1.0f },       /* the output forms near y = 1 */
        { 8.95f, 9.05f },      /* tanh rounds to 1 */
        { 16.5f, 16.8f },      /* s rounds to 1 */
        { 44.2f, 44.5f },      /* e^2|z| overflows */
        { 88.5f, 88.9f },      /* e^|z| overflows, outputs subnormal */
        { 103.8f, 104.1f },    /* s(z) and s'(z) underflow to 0 */
        { 0.69f, 0.70f },      /* where e^z / (1 + e^z) steps down */
        { 63.9f, 64.1f },      /* the float sigmoid's seam at -64 */
    };
    fpcheck_init(r);
    for (size_t i = 0; i < sizeof regions / sizeof regions[0]; i++) {
        fpcheck_run(r, bits_of(regions[i][0]), bits_of(regions[i][1]) + 1,
                    1);
    }
    /* And a sample of everything else: every 4099th magnitude (a prime,
     * so it meets every residue of the low mantissa bits). */
    struct fpcheck_result all;
    fpcheck_init(&all);
    fpcheck_run(&all, 0, FPCHECK_MAGNITUDES, 4099);
    fpcheck_merge(r, &all);
}

static struct fpcheck_result hard;
static int hard_done;

static const struct fpcheck_result *hard_regions(void)
{
    if (!hard_done) {
        check_hard_regions(&hard);
        hard_done = 1;
    }
    return &hard;
}

static void test_library_float_within_bounds(void)
{
    /* The bounds of claim F2 (4 ulp for functions, 8 for derivatives)
     * on every float of the hard regions and on a sample of the rest;
     * `make check-exhaustive` extends this to all 2^32 floats. */
    const struct fpcheck_result *r = hard_regions();
    for (int f = 0; f < FPCHECK_FN_COUNT; f++) {
        CU_ASSERT(r->fn[f].inputs > 0);
        CU_ASSERT_EQUAL(r->fn[f].over_bound, 0);
        CU_ASSERT(r->fn[f].worst_ulp <= fpcheck_info[f].bound);
    }
}

static void test_library_float_nan_symmetry_monotone(void)
{
    /* Claim F3: NaN only for NaN; tanh odd and the derivatives even, bit
     * for bit; s(-z) = 1 - s(z) within 4 ulp; every function, the
     * derivatives included, monotone on each side of its peak and in
     * range; all on the same inputs as above. */
    const struct fpcheck_result *r = hard_regions();
    for (int f = 0; f < FPCHECK_FN_COUNT; f++) {
        CU_ASSERT_EQUAL(r->fn[f].bad_nan, 0);
        CU_ASSERT_EQUAL(r->fn[f].asymmetric, 0);
        CU_ASSERT_EQUAL(r->fn[f].not_monotone, 0);
        CU_ASSERT_EQUAL(r->fn[f].out_of_range, 0);
    }
    CU_ASSERT(fpcheck_passed(r));
}

/* The usual sigmoid for z < 0, which the library does not use. */
static float sigmoid_ratiof(float z)
{
    float e = expf(z);
    return e / (1.0f + e);
}

static void test_sigmoidf_is_monotone_where_the_ratio_is_not(void)
{
    /* On every float of [-0.75, -0.69] (a million), e^z / (1 + e^z)
     * steps down where z steps up, first at z = -0.693147361, below
     * which e^z < 1/2 is spaced four times finer than 1 + e^z; the
     * library's act_sigmoidf never does, here or across its seam at
     * z = -64. */
    int ratio_steps = 0, library_steps = 0;
    float z = -0.75f;
    float prev_ratio = sigmoid_ratiof(z), prev_lib = act_sigmoidf(z);
    while (z < -0.69f) {
        z = nextafterf(z, 0.0f);
        float r = sigmoid_ratiof(z), s = act_sigmoidf(z);
        ratio_steps += r < prev_ratio;
        library_steps += s < prev_lib;
        prev_ratio = r, prev_lib = s;
    }
    CU_ASSERT(ratio_steps > 0);
    CU_ASSERT_EQUAL(library_steps, 0);
    const float first = -0.693147361f;
    CU_ASSERT(sigmoid_ratiof(first) > sigmoid_ratiof(nextafterf(first, 0)));
    for (z = -64.5f; z < -63.5f; z = nextafterf(z, 0.0f))
        library_steps += act_sigmoidf(nextafterf(z, 0.0f)) < act_sigmoidf(z);
    CU_ASSERT_EQUAL(library_steps, 0);
}

static void test_checker_measures_ulps(void)
{
    /* The checker's ruler: one float spacing at 1 (going up) is 2^-23,
     * below 1 it is 2^-24, and below the normal range 2^-149. */
    CU_ASSERT_EQUAL(fpcheck_ulps(1.0f, 1.0), 0.0);
    CU_ASSERT_EQUAL(fpcheck_ulps(nextafterf(1.0f, 2.0f), 1.0), 1.0);
    CU_ASSERT_EQUAL(fpcheck_ulps(0.75f, 0.75 + ldexp(1.0, -25)), 0.5);
    CU_ASSERT_EQUAL(fpcheck_ulps(FLT_TRUE_MIN, 0.0), 1.0);
    CU_ASSERT(isinf(fpcheck_ulps(INFINITY, 1.0)));
    /* The long double ruler agrees, and knows double. */
    CU_ASSERT_EQUAL(fpforms_ulp_error(nextafter(1.0, 0.0), 1.0L,
                                      FPFORMS_DOUBLE), 0.5);
    CU_ASSERT_EQUAL(fpforms_ulp_error(nextafterf(1.0f, 0.0f), 1.0L,
                                      FPFORMS_FLOAT), 0.5);
    CU_ASSERT_EQUAL(fpforms_ulp_error(NAN, NAN, FPFORMS_FLOAT), 0.0);
}

static void test_checker_merges_in_any_order(void)
{
    /* Two halves checked apart and merged either way give the result of
     * one pass: the exhaustive run may split the work among threads. */
    const uint64_t lo = bits_of(16.0f), mid = bits_of(16.6f),
                   hi = bits_of(17.0f);
    struct fpcheck_result one, a, b, ab, ba;
    fpcheck_init(&one), fpcheck_init(&a), fpcheck_init(&b);
    fpcheck_run(&one, lo, hi, 1);
    fpcheck_run(&a, lo, mid, 1);
    fpcheck_run(&b, mid, hi, 1);
    fpcheck_init(&ab), fpcheck_init(&ba);
    fpcheck_merge(&ab, &a), fpcheck_merge(&ab, &b);
    fpcheck_merge(&ba, &b), fpcheck_merge(&ba, &a);
    CU_ASSERT(memcmp(&ab, &one, sizeof one) == 0);
    CU_ASSERT(memcmp(&ba, &one, sizeof one) == 0);
}

/* ------------------------------------------------------------------ */
/* F4: 1 - y^2 from y                                                 */
/* ------------------------------------------------------------------ */

static void test_one_minus_square_without_fma(void)
{
    /* Every float y in [1/2, 1) (below 1/2 nothing cancels). With
     * y = 1 - k 2^-24, the rounding of y*y drops the term k^2 2^-48, so
     * 1 - y*y is off by at most 2^-25 while its value is about 2k 2^-24:
     * the relative error peaks near k = 2^11.5 at about 2^-13.5, about
     * half the bits, and never all. fma rounds once (0.5 ulp); the
     * factored form rounds 1 + y and the product (1 ulp, plus the slack
     * of the measured 1.09). */
    double worst_naive = 0, worst_fma = 0, worst_fac = 0;
    for (float y = 0.5f; y < 1.0f; y = nextafterf(y, 2.0f)) {
        double want = (1.0 - (double)y) * (1.0 + (double)y); /* exact */
        worst_naive = fmax(worst_naive,
                           fabs(fpforms_one_minus_sqf(y) - want) / want);
        worst_fma = fmax(worst_fma,
                         fpcheck_ulps(fpforms_one_minus_sq_fmaf(y), want));
        worst_fac = fmax(worst_fac,
                         fpcheck_ulps(fpforms_one_minus_sq_factoredf(y),
                                      want));
    }
    CU_ASSERT(worst_naive > ldexp(1.0, -15) && worst_naive < ldexp(1.0, -12));
    CU_ASSERT(worst_fma <= 0.5);
    CU_ASSERT(worst_fac <= 1.5);
    /* In double the same argument gives about 2^-28 near k = 2^26.5. */
    double y = 1.0 - ldexp(floor(ldexp(1.0, 26) * sqrt(2.0)), -53);
    long double want = (1.0L - y) * (1.0L + y);
    double rel = (double)(fabsl(fpforms_one_minus_sq(y) - want) / want);
    CU_ASSERT(rel < ldexp(1.0, -26));
    CHECK_ULPS(fpforms_one_minus_sq_fma(y), (double)want, 1);
}

/* ------------------------------------------------------------------ */
/* F5: the losses                                                     */
/* ------------------------------------------------------------------ */

static void test_stable_losses_at_extremes(void)
{
    /* Each stable form rounds three times (exp, log1p, the sum) and
     * log1p passes on at most the relative error of its argument: 2 ulp
     * leaves room over the measured 0.5 (float) and 0.73 (double). */
    static const double Z[] = { 1e-30, 1e-8, 0.5, 1, 5, 16.6, 20, 40,
                                88.8, 100, 700, 800, 1e4, 1e30 };
    for (size_t i = 0; i < sizeof Z / sizeof Z[0]; i++) {
        for (int s = -1; s <= 1; s += 2) {
            double z = s * Z[i];
            float zf = (float)z;
            CU_ASSERT(fpforms_ulp_error(fpforms_log_sigmoid(z),
                                        fpforms_ref_log_sigmoid(z),
                                        FPFORMS_DOUBLE) <= 2);
            CU_ASSERT(fpforms_ulp_error(fpforms_softplus(z),
                                        fpforms_ref_softplus(z),
                                        FPFORMS_DOUBLE) <= 2);
            CU_ASSERT(fpforms_ulp_error(fpforms_bce(z, 1),
                                        fpforms_ref_bce(z, 1),
                                        FPFORMS_DOUBLE) <= 2);
            CU_ASSERT(fpforms_ulp_error(fpforms_log_sigmoidf(zf),
                                        fpforms_ref_log_sigmoid(zf),
                                        FPFORMS_FLOAT) <= 2);
            CU_ASSERT(fpforms_ulp_error(fpforms_softplusf(zf),
                                        fpforms_ref_softplus(zf),
                                        FPFORMS_FLOAT) <= 2);
            CU_ASSERT(fpforms_ulp_error(fpforms_bcef(zf, 0.0f),
                                        fpforms_ref_bce(zf, 0),
                                        FPFORMS_FLOAT) <= 2);
        }
    }
    /* The infinities and NaN. */
    CU_ASSERT_EQUAL(fpforms_log_sigmoid(-INFINITY), -INFINITY);
    CU_ASSERT_EQUAL(fpforms_log_sigmoid(INFINITY), 0.0);
    CU_ASSERT_EQUAL(fpforms_softplus(INFINITY), INFINITY);
    CU_ASSERT_EQUAL(fpforms_softplus(-INFINITY), 0.0);
    CU_ASSERT(isnan(fpforms_softplus(NAN)));
    CU_ASSERT(isnan(fpforms_log_sigmoid(NAN)));
}

static void test_causes_are_roundings_and_overflows(void)
{
    /* The ledger's count: every failure has one of the five causes, each
     * cause explains at least one failure, and exactly two causes are
     * overflows (c, d), the other three roundings to 1 (a, b, e). */
    int used[FPFORMS_CAUSE_COUNT] = { 0 }, overflows = 0;
    for (int i = 0; i < fpforms_threshold_count; i++) {
        CU_ASSERT((unsigned)fpforms_thresholds[i].cause <
                  FPFORMS_CAUSE_COUNT);
        used[fpforms_thresholds[i].cause]++;
    }
    for (int c = 0; c < FPFORMS_CAUSE_COUNT; c++) {
        CU_ASSERT(used[c] > 0);
        overflows += fpforms_cause_overflows((enum fpforms_cause)c);
    }
    CU_ASSERT_EQUAL(overflows, 2);
    CU_ASSERT(fpforms_cause_overflows(FPFORMS_EXP_OVERFLOW));
    CU_ASSERT(fpforms_cause_overflows(FPFORMS_HALF_OVERFLOW));
    CU_ASSERT_EQUAL(fpforms_threshold_count, 17);
}

static void test_stable_losses_along_the_sweep(void)
{
    /* What the ledger quotes for F5 is the stable forms' worst error
     * anywhere the program looks: the figure's sweep (12 decades of |z|
     * in float) as well as the fixed extremes. Both stay within 2 ulp
     * (three roundings, as above), and the sweep finds more than the
     * extremes' 0.5, so quoting the extremes alone would claim too much. */
    double worst[8] = { 0 }, stable = 0;
    fpmeasure_sweep("losses", fpmeasure_losses, fpmeasure_loss_count, worst);
    for (int j = 0; j < fpmeasure_loss_count; j++) {
        if (strstr(fpmeasure_losses[j].column, "_stable") != NULL) {
            stable = fmax(stable, worst[j]);
        } else {
            CU_ASSERT(isinf(worst[j])); /* every naive form breaks */
        }
    }
    double extremes = fpmeasure_stable_losses(FPFORMS_FLOAT);
    CU_ASSERT(stable <= 2.0);
    CU_ASSERT(extremes <= 2.0);
    CU_ASSERT(stable > extremes);
}

static void test_naive_losses_break_far_out(void)
{
    /* What the naive forms return far out, in float, against the
     * stable ones: log s(100) is -3.8e-44, not 0; softplus(100) is 100,
     * not inf; the label-1 loss at z = 20 is 2.1e-9, not NaN. */
    CU_ASSERT_EQUAL(fpforms_log_sigmoid_naivef(100), 0.0);
    CU_ASSERT(fpforms_log_sigmoidf(100) < 0);
    CU_ASSERT_EQUAL(fpforms_log_sigmoid_naivef(-100), -INFINITY);
    CU_ASSERT_EQUAL(fpforms_log_sigmoidf(-100), -100.0);
    CU_ASSERT_EQUAL(fpforms_softplus_naivef(100), INFINITY);
    CU_ASSERT_EQUAL(fpforms_softplusf(100), 100.0);
    CU_ASSERT(isnan(fpforms_bce1_naivef(20)));
    CU_ASSERT(isinf(fpforms_bce0_naivef(20)));
    CHECK_ULPSF(fpforms_bcef(20.0f, 1.0f), (float)expl(-20.0L), 2);
    CHECK_ULPSF(fpforms_bcef(20.0f, 0.0f), 20.0f, 1);
}

/* ------------------------------------------------------------------ */
/* the programs                                                       */
/* ------------------------------------------------------------------ */

/* Write `text` to DIR/NAME; returns 0 on success. */
static int write_file(const char *dir, const char *name, const char *text)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    if (f == NULL) {
        return -1;
    }
    fputs(text, f);
    return fclose(f);
}

static void test_programs_reject_bad_options(void)
{
    /* Every bad value, and every --full that is not a run's record (no
     * such path, /dev/null, a folder without one, a summary that is a
     * folder or /dev/zero, a summary of other functions), exits 2 before
     * anything is written. */
    char dir[512], rec[512], sub[1024];
    if (check_tmpdir(dir, sizeof dir) != 0 ||
        check_tmpdir(rec, sizeof rec) != 0) {
        CU_FAIL("no temporary directory");
        return;
    }
    const char *bad[][8] = {
        { "11-floating-point", "--stride", "0", NULL },
        { "11-floating-point", "--run", "9", "--stride", "8", NULL },
        { "11-floating-point-exhaustive", "--threads", "65", NULL },
        { "11-floating-point", "--full", "", NULL },
        { "11-floating-point", "--full", "/nonexistent/file", NULL },
        { "11-floating-point", "--full", "/dev/null", NULL },
        { "11-floating-point", "--full", rec, NULL },
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        const char *argv[10];
        int n = 0;
        while (bad[i][n] != NULL) {
            argv[n] = bad[i][n];
            n++;
        }
        argv[n++] = "--out", argv[n++] = dir, argv[n] = NULL;
        CU_ASSERT_EQUAL(check_run(argv, NULL), 2);
    }
    /* A record whose summary is a folder, then /dev/zero, then names
     * other functions. */
    const char *chapter[] = { "11-floating-point", "--full", rec, "--out",
                              dir, NULL };
    snprintf(sub, sizeof sub, "%s/summary.tsv", rec);
    const char *mk[] = { "mkdir", sub, NULL };
    CU_ASSERT_EQUAL(check_spawn("mkdir", mk, NULL), 0);
    CU_ASSERT_EQUAL(write_file(rec, "run.tsv", "key\tvalue\n"), 0);
    CU_ASSERT_EQUAL(check_run(chapter, NULL), 2);
    const char *rm[] = { "rmdir", sub, NULL };
    const char *ln[] = { "ln", "-s", "/dev/zero", sub, NULL };
    CU_ASSERT_EQUAL(check_spawn("rmdir", rm, NULL), 0);
    CU_ASSERT_EQUAL(check_spawn("ln", ln, NULL), 0);
    CU_ASSERT_EQUAL(check_run(chapter, NULL), 2);
    remove(sub);
    CU_ASSERT_EQUAL(write_file(rec, "summary.tsv", "function\nsigmoidf\n"),
                    0);
    CU_ASSERT_EQUAL(check_run(chapter, NULL), 2);
    CU_ASSERT_EQUAL(check_count_entries(dir), 0);
    const char *help[] = { "11-floating-point-exhaustive", "--help", NULL };
    CU_ASSERT_EQUAL(check_run(help, NULL), 0);
    check_rmtree(dir);
    check_rmtree(rec);
}

/* The value of `key` in DIR/values.tsv into buf ("" if absent). */
static void read_value(const char *dir, const char *key, char *buf,
                       size_t len)
{
    char path[1100], line[1024];
    snprintf(path, sizeof path, "%s/values.tsv", dir);
    buf[0] = '\0';
    FILE *f = fopen(path, "r");
    size_t k = strlen(key);
    while (f != NULL && fgets(line, sizeof line, f) != NULL) {
        if (strncmp(line, key, k) == 0 && line[k] == '\t') {
            snprintf(buf, len, "%s", line + k + 1);
            buf[strcspn(buf, "\n")] = '\0';
        }
    }
    if (f != NULL) {
        fclose(f);
    }
}

static void test_exhaustive_program_writes_its_summary(void)
{
    /* A sampled run (every 65537th magnitude: a fraction of a second)
     * passes and leaves both files; the chapter program then finds it,
     * copies its summary, and, since it sampled, quotes its own sample
     * for F2 and says so. A record of every float (stride 1) with this
     * C library is quoted as such. */
    char dir[512], out[512], path[1100], value[1024];
    if (check_tmpdir(dir, sizeof dir) != 0 ||
        check_tmpdir(out, sizeof out) != 0) {
        CU_FAIL("no temporary directory");
        return;
    }
    const char *run[] = { "11-floating-point-exhaustive", "--stride",
                          "65537", "--out", dir, NULL };
    CU_ASSERT_EQUAL(check_run(run, NULL), 0);
    CU_ASSERT_EQUAL(check_count_entries(dir), 2);
    const char *chapter[] = { "11-floating-point", "--run", "1", "--stride",
                              "65537", "--full", dir, "--out", out, NULL };
    CU_ASSERT_EQUAL(check_run(chapter, NULL), 0);
    snprintf(path, sizeof path, "%s/full.tsv", out);
    FILE *f = fopen(path, "r");
    char line[512] = "";
    CU_ASSERT_PTR_NOT_NULL(f);
    if (f != NULL) {
        CU_ASSERT_PTR_NOT_NULL(fgets(line, sizeof line, f)); /* header */
        CU_ASSERT_PTR_NOT_NULL(fgets(line, sizeof line, f));
        CU_ASSERT(strncmp(line, "sigmoidf\t", 9) == 0);
        fclose(f);
    }
    read_value(out, "best_source", value, sizeof value);
    CU_ASSERT(strstr(value, "sample only, not on every float") != NULL);
    /* The same record, as if it had covered every float. */
    snprintf(path, sizeof path, "%s/run.tsv", dir);
    f = fopen(path, "r");
    char text[4096] = "";
    size_t n = f != NULL ? fread(text, 1, sizeof text - 1, f) : 0;
    text[n] = '\0';
    if (f != NULL) {
        fclose(f);
    }
    char *stride = strstr(text, "stride\t65537");
    CU_ASSERT_PTR_NOT_NULL_FATAL(stride);
    stride[7] = '1';
    memmove(stride + 8, stride + 12, strlen(stride + 12) + 1);
    CU_ASSERT_EQUAL(write_file(dir, "run.tsv", text), 0);
    check_rmtree(out);
    CU_ASSERT_EQUAL(check_tmpdir(out, sizeof out), 0);
    const char *again[] = { "11-floating-point", "--run", "1", "--stride",
                            "65537", "--full", dir, "--out", out, NULL };
    CU_ASSERT_EQUAL(check_run(again, NULL), 0);
    read_value(out, "best_source", value, sizeof value);
    CU_ASSERT(strncmp(value, "over every float", 16) == 0);
    check_rmtree(dir);
    check_rmtree(out);
}

static void test_sample_is_runs_of_neighbours(void)
{
    /* The sample is runs of consecutive magnitudes centred on multiples
     * of the stride, clipped at both ends: run 2 every 2^30 is {0},
     * {2^30 - 1, 2^30} and {2^31 - 1}; the report's default covers
     * 2^21 magnitudes, every binade's first and last float among them. */
    CU_ASSERT_EQUAL(fpcheck_sample_size(2, UINT64_C(1) << 30), 4);
    CU_ASSERT_EQUAL(fpcheck_sample_size(16, 16384), UINT64_C(1) << 21);
    CU_ASSERT_EQUAL(fpcheck_sample_size(1, 1), FPCHECK_MAGNITUDES);
    struct fpcheck_result r;
    fpcheck_init(&r);
    fpcheck_sample(&r, 2, UINT64_C(1) << 30);
    /* Magnitudes 0, 2^30 - 1 and 2^30 give two inputs each; 2^31 - 1 is
     * a NaN, checked on both sides too. */
    CU_ASSERT_EQUAL(r.fn[FPCHECK_SIGMOID].inputs, 8);
    CU_ASSERT(fpcheck_passed(&r));
}

static void test_cli_path_option(void)
{
    /* The CLI_PATH option type: any non-empty text, kept as given. */
    const char *path = NULL, *out = NULL;
    const struct cli_opt opts[] = {
        CLI_PATH("full", &path, "a directory"),
        CLI_END
    };
    const struct cli_program prog = { "t", "test", NULL, opts };
    char *ok[] = { "t", "--full", "some/dir", NULL };
    char *empty[] = { "t", "--full=", NULL };
    FILE *null = fopen("/dev/null", "w");
    CU_ASSERT_EQUAL(cli_parse_args(&prog, 3, ok, &out, null, null), CLI_OK);
    CU_ASSERT_STRING_EQUAL(path, "some/dir");
    CU_ASSERT_EQUAL(cli_parse_args(&prog, 2, empty, &out, null, null),
                    CLI_ERROR);
    fclose(null);
}

static const struct check_test tests[] = {
    { "F1", "every threshold is an edge: nextafter on both sides",
      test_thresholds_are_edges },
    { "F1", "every threshold matches its derivation within one spacing",
      test_thresholds_match_derivation },
    { "F1", "the exact thresholds: 2^-(p+1), and half the overflow",
      test_thresholds_exact_cases },
    { "F1", "no other change within 2^16 floats of each edge",
      test_float_edges_are_the_only_change_nearby },
    { "F1", "textbook forms give NaN/0 where the library is right",
      test_textbook_forms_fail_where_library_does_not },
    { "F2", "float functions within 4 ulp, derivatives within 8 (hard "
            "regions and a sample)", test_library_float_within_bounds },
    { "F3", "NaN only for NaN, symmetries, monotone, in range",
      test_library_float_nan_symmetry_monotone },
    { "F3", "act_sigmoidf is monotone where e^z/(1+e^z) is not",
      test_sigmoidf_is_monotone_where_the_ratio_is_not },
    { "F2", "the checker measures ulps right",
      test_checker_measures_ulps },
    { "F2", "parts checked apart merge to the one-pass result",
      test_checker_merges_in_any_order },
    { "F4", "1 - y*y loses about half the bits, fma and (1-y)(1+y) none",
      test_one_minus_square_without_fma },
    { "F5", "stable log-sigmoid, softplus, cross-entropy within 2 ulp",
      test_stable_losses_at_extremes },
    { "F1", "five causes: two overflows, three roundings, all used",
      test_causes_are_roundings_and_overflows },
    { "F5", "the stable losses within 2 ulp along the sweep as well",
      test_stable_losses_along_the_sweep },
    { "F5", "naive losses give 0, inf, NaN far out; stable ones do not",
      test_naive_losses_break_far_out },
    { "F2", "the programs reject bad options, writing nothing",
      test_programs_reject_bad_options },
    { "F2", "the exhaustive run reaches the chapter, which says whether "
            "it covered every float",
      test_exhaustive_program_writes_its_summary },
    { "F2,F3", "the sample is runs of consecutive floats",
      test_sample_is_runs_of_neighbours },
    { "lib", "a CLI_PATH option keeps its text, refuses an empty one",
      test_cli_path_option },
    CHECK_END
};

CHECK_SUITE(11_floating_point, tests);
