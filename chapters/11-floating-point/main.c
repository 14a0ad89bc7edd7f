/*
 * 11-floating-point - where the textbook formulas break in floating point,
 * and how well the library's own forms do.
 *
 * Reproduces claims F1-F5 of chapter 11 (beyond the article):
 *   F1  the textbook forms are not safe: the program finds, by bisection
 *       on floats and on doubles, the first input where each returns 0,
 *       1, NaN or infinity, and compares it with its derivation;
 *   F2  the library's float activations and derivatives are within 4 and
 *       8 ulp of the truth: checked here on a sample of every stride-th
 *       float (make check-exhaustive checks all 2^32), and in double on
 *       random inputs;
 *   F3  they give NaN only for NaN, are monotone and keep the symmetries;
 *   F4  1 - y^2 from y without a fused multiply-add: how much it loses,
 *       over every float y in [1/2, 1);
 *   F5  log-sigmoid, softplus and cross-entropy need their stable forms.
 *
 * Run it:   build/bin/11-floating-point
 *           build/bin/11-floating-point --stride 101 --full build/exhaustive
 *           build/bin/11-floating-point --help
 * It prints a summary; with --out DIR it writes the tables in OUTPUTS,
 * which plots/11-floating-point/ draws.
 */
#include "act.h"
#include "cli.h"
#include "fpcheck.h"
#include "fpforms.h"
#include "out.h"
#include "ref.h"
#include "rng.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char OUTPUTS[] =
    "  thresholds.tsv     key, form, becomes, cause, float_z, double_z,\n"
    "                     true_value (at float_z): where F1's forms break\n"
    "  functions_neg.tsv, functions_pos.tsv     abs_z and the relative\n"
    "                     error (largest in a bin of |z|) of each form of\n"
    "                     s and tanh in float, for z < 0 and z > 0; NaN\n"
    "                     and infinity are written as 1e3\n"
    "  derivatives_neg.tsv, derivatives_pos.tsv  the same for s', tanh'\n"
    "  losses_neg.tsv, losses_pos.tsv            the same for the losses\n"
    "  losses_table.tsv   z and what the naive and stable losses return\n"
    "  sample.tsv         the float check on every stride-th magnitude\n"
    "                     (columns as in fpcheck.h)\n"
    "  full.tsv           the last full run's summary, if --full has one\n"
    "  values.tsv         key, value: the numbers the chapter quotes\n";

/* ------------------------------------------------------------------ */
/* F1: where the textbook forms break                                 */
/* ------------------------------------------------------------------ */

static const char *const outcome_names[] = { "1", "0", "NaN", "inf",
                                             "-inf" };
static const char *const cause_keys[FPFORMS_CAUSE_COUNT] = {
    "tiny", "tanh_one", "overflow", "half_overflow", "exp_one",
};

static void show_thresholds(void)
{
    struct tsv *t = tsv_open("thresholds.tsv", "key form becomes cause "
                             "float_z double_z true_value");
    double found[FPFORMS_CAUSE_COUNT][FPFORMS_PREC_COUNT] = { { 0 } };

    printf("F1  where the textbook forms break (first z that gives it)\n"
           "    %-24s %-5s %15s %22s\n", "form", "gives", "float",
           "double");
    for (int i = 0; i < fpforms_threshold_count; i++) {
        const struct fpforms_threshold *th = &fpforms_thresholds[i];
        double z[FPFORMS_PREC_COUNT];
        for (int p = 0; p < FPFORMS_PREC_COUNT; p++) {
            z[p] = fpforms_threshold_edge(i, (enum fpforms_prec)p)
                       .first_true;
            found[th->cause][p] = fabs(z[p]);
            char key[64];
            snprintf(key, sizeof key, "t_%s_%c", th->key, "df"[p]);
            out_value(key, "%.6g", z[p]);
        }
        double truth = (double)th->ref(z[FPFORMS_FLOAT]);
        printf("    %-24s %-5s %15.9g %22.17g\n", th->form,
               outcome_names[th->becomes], z[FPFORMS_FLOAT],
               z[FPFORMS_DOUBLE]);
        char key[64];
        snprintf(key, sizeof key, "true_%s_f", th->key);
        out_value(key, "%.3g", truth);
        tsv_str(t, th->key);
        tsv_str(t, th->form);
        tsv_str(t, outcome_names[th->becomes]);
        tsv_str(t, fpforms_cause_name(th->cause));
        tsv_num(t, z[FPFORMS_FLOAT]);
        tsv_num(t, z[FPFORMS_DOUBLE]);
        tsv_num(t, truth);
        tsv_end(t);
    }
    printf("    five causes, derived on paper and found:\n"
           "    %-29s %10s %10s %10s %10s\n", "", "float", "",
           "double", "");
    for (int c = 0; c < FPFORMS_CAUSE_COUNT; c++) {
        printf("    %-29s", fpforms_cause_name((enum fpforms_cause)c));
        for (int p = 0; p < FPFORMS_PREC_COUNT; p++) {
            long double d = fpforms_derived((enum fpforms_cause)c,
                                            (enum fpforms_prec)p);
            char key[64];
            snprintf(key, sizeof key, "cause_%s_derived_%c", cause_keys[c],
                     "df"[p]);
            out_value(key, "%.8Lg", d);
            snprintf(key, sizeof key, "cause_%s_found_%c", cause_keys[c],
                     "df"[p]);
            out_value(key, "%.8g", found[c][p]);
        }
        /* Float first, as in the table above. */
        for (int p = FPFORMS_PREC_COUNT - 1; p >= 0; p--) {
            printf(" %10.5Lg %10.5g",
                   fpforms_derived((enum fpforms_cause)c,
                                   (enum fpforms_prec)p),
                   found[c][p]);
        }
        putchar('\n');
    }
}

/* ------------------------------------------------------------------ */
/* F1, F5: the error of each form along z                             */
/* ------------------------------------------------------------------ */

/* |z| from 10^LOG_LO to 10^LOG_HI in BINS_PER_DECADE bins a decade, each
 * the worst of SAMPLES_PER_BIN floats spread evenly in log |z|: 12
 * decades cover the cancellation near 0 and the overflow near 88. */
#define LOG_LO -9
#define LOG_HI 3
#define BINS_PER_DECADE 20
#define SAMPLES_PER_BIN 64
/* Where the figures draw NaN and infinity: above every finite error. */
#define SHOWN_NONFINITE 1e3

struct form {
    const char *column;
    fpforms_fn fn;
    long double (*ref)(long double);
};

static double act_sigmoid_f(double z) { return act_sigmoidf((float)z); }
static double act_tanh_f(double z) { return act_tanhf((float)z); }
static double act_sigmoid_prime_f(double z)
{
    return act_sigmoid_primef((float)z);
}
static double act_tanh_prime_f(double z)
{
    return act_tanh_primef((float)z);
}
static double bce1_f(double z) { return fpforms_bcef((float)z, 1.0f); }
static double bce0_f(double z) { return fpforms_bcef((float)z, 0.0f); }

static const struct form function_forms[] = {
    { "sigmoid_textbook", fpforms_sigmoid_textbookf, ref_sigmoid },
    { "sigmoid_ratio", fpforms_sigmoid_ratiof, ref_sigmoid },
    { "sigmoid_library", act_sigmoid_f, ref_sigmoid },
    { "tanh_textbook", fpforms_tanh_textbookf, ref_tanh },
    { "tanh_exp2", fpforms_tanh_exp2f, ref_tanh },
    { "tanh_library", act_tanh_f, ref_tanh },
};
static const struct form derivative_forms[] = {
    { "sprime_textbook", fpforms_sigmoid_prime_textbookf,
      ref_sigmoid_prime },
    { "sprime_output", fpforms_sigmoid_prime_outputf, ref_sigmoid_prime },
    { "sprime_library", act_sigmoid_prime_f, ref_sigmoid_prime },
    { "tprime_textbook", fpforms_tanh_prime_textbookf, ref_tanh_prime },
    { "tprime_output", fpforms_tanh_prime_outputf, ref_tanh_prime },
    { "tprime_factored", fpforms_tanh_prime_factoredf, ref_tanh_prime },
    { "tprime_library", act_tanh_prime_f, ref_tanh_prime },
};
static const struct form loss_forms[] = {
    { "log_sigmoid_naive", fpforms_log_sigmoid_naivef,
      fpforms_ref_log_sigmoid },
    { "log_sigmoid_stable", fpforms_log_sigmoidf, fpforms_ref_log_sigmoid },
    { "softplus_naive", fpforms_softplus_naivef, fpforms_ref_softplus },
    { "softplus_stable", fpforms_softplusf, fpforms_ref_softplus },
    { "bce1_naive", fpforms_bce1_naivef, fpforms_ref_bce1 },
    { "bce1_stable", bce1_f, fpforms_ref_bce1 },
    { "bce0_naive", fpforms_bce0_naivef, fpforms_ref_bce0 },
    { "bce0_stable", bce0_f, fpforms_ref_bce0 },
};
#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))
#define MAX_FORMS 8

/* The relative error as drawn: NaN and infinity at SHOWN_NONFINITE, and
 * 0 where the true value is too small for a float and the form gives 0
 * (as it must: only the subnormal range is a real loss of digits). */
static double shown_error(double got, long double want)
{
    /* Half the smallest float, computed in double: in float it is 0. */
    if (fabsl(want) < FLT_TRUE_MIN / 2.0 && got == 0) {
        return 0;
    }
    double err = ref_rel_err(got, want);
    return isfinite(err) && err < SHOWN_NONFINITE ? err : SHOWN_NONFINITE;
}

/* One figure's two tables, NAME_neg.tsv and NAME_pos.tsv; each form's
 * worst error in float ulps over the sweep goes to worst[]. */
static void sweep_forms(const char *name, const struct form *forms, int k,
                        double *worst)
{
    char columns[512] = "abs_z", file[64];
    for (int j = 0; j < k; j++) {
        strcat(columns, " ");
        strcat(columns, forms[j].column);
        worst[j] = 0;
    }
    const int bins = (LOG_HI - LOG_LO) * BINS_PER_DECADE;
    for (int side = 0; side < 2; side++) {
        double sign = side == 0 ? -1.0 : 1.0;
        snprintf(file, sizeof file, "%s_%s.tsv", name,
                 side == 0 ? "neg" : "pos");
        struct tsv *t = tsv_open(file, columns);
        for (int b = 0; b < bins; b++) {
            double row[MAX_FORMS] = { 0 };
            for (int i = 0; i < SAMPLES_PER_BIN; i++) {
                double lg = LOG_LO + (b + (double)i / SAMPLES_PER_BIN) /
                                         BINS_PER_DECADE;
                double z = sign * (float)pow(10.0, lg);
                for (int j = 0; j < k; j++) {
                    double got = forms[j].fn(z);
                    long double want = forms[j].ref(z);
                    row[j] = fmax(row[j], shown_error(got, want));
                    worst[j] = fmax(worst[j], fpforms_ulp_error(
                                                  got, want, FPFORMS_FLOAT));
                }
            }
            tsv_num(t, pow(10.0, LOG_LO + (b + 0.5) / BINS_PER_DECADE));
            for (int j = 0; j < k; j++)
                tsv_num(t, row[j]);
            tsv_end(t);
        }
    }
    for (int j = 0; j < k; j++) {
        char key[64];
        snprintf(key, sizeof key, "worst_%s", forms[j].column);
        out_value(key, "%.3g", worst[j]);
    }
}

static void show_sweeps(void)
{
    double worst[MAX_FORMS];
    sweep_forms("functions", function_forms, COUNT(function_forms), worst);
    sweep_forms("derivatives", derivative_forms, COUNT(derivative_forms),
                worst);
    sweep_forms("losses", loss_forms, COUNT(loss_forms), worst);
}

/* F5: what each loss returns far out, in float. */
static void show_loss_table(void)
{
    static const double Z[] = { -100, -50, -20, 20, 50, 100 };
    struct tsv *t = tsv_open("losses_table.tsv",
                             "z log_sigmoid_naive log_sigmoid softplus_naive "
                             "softplus bce1_naive bce1");
    printf("\nF5  the losses in float far out (naive, then stable):\n"
           "    %6s %21s %21s %21s\n", "z", "log s(z)", "softplus(z)",
           "cross-entropy, t = 1");
    for (int i = 0; i < COUNT(Z); i++) {
        double v[6] = {
            fpforms_log_sigmoid_naivef(Z[i]), fpforms_log_sigmoidf(Z[i]),
            fpforms_softplus_naivef(Z[i]), fpforms_softplusf(Z[i]),
            fpforms_bce1_naivef(Z[i]), bce1_f(Z[i]),
        };
        printf("    %6g", Z[i]);
        tsv_num(t, Z[i]);
        for (int j = 0; j < 6; j++) {
            printf(" %10.4g", v[j]);
            /* NaN and infinities as words the table can show. */
            if (isnan(v[j])) {
                tsv_str(t, "NaN");
            } else if (isinf(v[j])) {
                tsv_str(t, v[j] > 0 ? "inf" : "-inf");
            } else {
                tsv_num(t, v[j]);
            }
        }
        putchar('\n');
        tsv_end(t);
    }
}

/* F5: the stable losses in ulps, at the extremes and between. */
static void show_stable_ulps(void)
{
    static const double Z[] = {
        1e-30, 1e-8, 0.5, 1, 5, 16.6, 20, 40, 88.8, 100, 700, 800, 1e4, 1e30,
    };
    double worst[FPFORMS_PREC_COUNT] = { 0 };
    for (int i = 0; i < COUNT(Z); i++) {
        for (int s = -1; s <= 1; s += 2) {
            double z = s * Z[i];
            for (int p = 0; p < FPFORMS_PREC_COUNT; p++) {
                enum fpforms_prec prec = (enum fpforms_prec)p;
                double zz = p == FPFORMS_FLOAT ? (float)z : z;
                double got[3];
                long double want[3] = { fpforms_ref_log_sigmoid(zz),
                                        fpforms_ref_softplus(zz),
                                        fpforms_ref_bce(zz, 1) };
                if (p == FPFORMS_FLOAT) {
                    got[0] = fpforms_log_sigmoidf(zz);
                    got[1] = fpforms_softplusf(zz);
                    got[2] = bce1_f(zz);
                } else {
                    got[0] = fpforms_log_sigmoid(zz);
                    got[1] = fpforms_softplus(zz);
                    got[2] = fpforms_bce(zz, 1);
                }
                for (int j = 0; j < 3; j++)
                    worst[p] = fmax(worst[p],
                                    fpforms_ulp_error(got[j], want[j], prec));
            }
        }
    }
    printf("    stable forms, 1e-30 <= |z| <= 1e30: %.2f ulp (float), "
           "%.2f (double)\n", worst[FPFORMS_FLOAT],
           worst[FPFORMS_DOUBLE]);
    out_value("stable_ulp_f", "%.2f", worst[FPFORMS_FLOAT]);
    out_value("stable_ulp_d", "%.2f", worst[FPFORMS_DOUBLE]);
}

/* ------------------------------------------------------------------ */
/* F4: 1 - y^2 from y                                                 */
/* ------------------------------------------------------------------ */

#define ONE_MINUS_SAMPLES 200000 /* double inputs near 1 */

static void show_one_minus_square(uint64_t seed)
{
    /* Every float y in [1/2, 1): below 1/2, 1 - y^2 > 3/4 and nothing
     * cancels. The reference (1 - y)(1 + y) is exact in double: 1 - y and
     * 1 + y are exact, and their product has at most 49 bits. */
    double worst_rel = 0, worst_y = 0, worst_fma = 0, worst_fac = 0;
    for (float y = 0.5f; y < 1.0f; y = nextafterf(y, 2.0f)) {
        double want = (1.0 - (double)y) * (1.0 + (double)y);
        double naive = fpforms_one_minus_sqf(y);
        double rel = fabs(naive - want) / want;
        if (rel > worst_rel) {
            worst_rel = rel;
            worst_y = y;
        }
        worst_fma = fmax(worst_fma,
                         fpcheck_ulps(fpforms_one_minus_sq_fmaf(y), want));
        worst_fac = fmax(worst_fac,
                         fpcheck_ulps(fpforms_one_minus_sq_factoredf(y),
                                      want));
    }
    /* In double, y = 1 - k 2^-53 with log2 k uniform in [0, 52): the
     * worst case sits near k = 2^26, which this sampling visits often. */
    struct rng r;
    rng_seed(&r, seed);
    double worst_rel_d = 0, worst_fma_d = 0, worst_fac_d = 0;
    for (long i = 0; i < ONE_MINUS_SAMPLES; i++) {
        double k = floor(ldexp(1.0, 0) * exp2(52.0 * rng_uniform(&r)));
        double y = 1.0 - ldexp(k, -DBL_MANT_DIG);
        long double want = (1.0L - y) * (1.0L + y);
        worst_rel_d = fmax(worst_rel_d,
                           (double)(fabsl(fpforms_one_minus_sq(y) - want) /
                                    want));
        worst_fma_d = fmax(worst_fma_d,
                           fpforms_ulp_error(fpforms_one_minus_sq_fma(y),
                                             want, FPFORMS_DOUBLE));
        worst_fac_d = fmax(worst_fac_d,
                           fpforms_ulp_error(
                               fpforms_one_minus_sq_factored(y), want,
                               FPFORMS_DOUBLE));
    }
    double bits_f = -log2(worst_rel), bits_d = -log2(worst_rel_d);
    printf("\nF4  1 - y^2 from y, every float y in [1/2, 1) and %d "
           "doubles near 1:\n", ONE_MINUS_SAMPLES);
    printf("    1 - y*y      worst relative error %.2g at y = %.9g,\n"
           "                 %.1f of %d bits right (double: %.2g, %.1f of "
           "%d)\n", worst_rel, worst_y, bits_f, FLT_MANT_DIG, worst_rel_d,
           bits_d, DBL_MANT_DIG);
    printf("    fma(-y,y,1)  worst %.3f ulp (float), %.3f ulp (double)\n",
           worst_fma, worst_fma_d);
    printf("    (1-y)(1+y)   worst %.3f ulp (float), %.3f ulp (double)\n",
           worst_fac, worst_fac_d);
    out_value("oms_rel_f", "%.2g", worst_rel);
    out_value("oms_at_f", "%.9g", worst_y);
    out_value("oms_bits_f", "%.1f", bits_f);
    out_value("oms_rel_d", "%.2g", worst_rel_d);
    out_value("oms_samples_d", "%d", ONE_MINUS_SAMPLES);
    out_value("oms_bits_d", "%.1f", bits_d);
    out_value("oms_fma_f", "%.2f", worst_fma);
    out_value("oms_fma_d", "%.2f", worst_fma_d);
    out_value("oms_fac_f", "%.2f", worst_fac);
    out_value("oms_fac_d", "%.2f", worst_fac_d);
}

/* ------------------------------------------------------------------ */
/* F2, F3: the library                                                */
/* ------------------------------------------------------------------ */

/* Short keys for the functions, in the order of enum fpcheck_fn. */
static const char *const fn_keys[FPCHECK_FN_COUNT] = {
    "sigmoid", "tanh", "relu", "sprime", "tprime", "reluprime",
    "sprime_y", "tprime_y", "reluprime_y",
};

static void show_sample(long stride, struct fpcheck_result *r)
{
    fpcheck_init(r);
    fpcheck_run(r, 0, FPCHECK_MAGNITUDES, (uint64_t)stride);
    printf("\nF2, F3  the library's float functions on every %ld-th "
           "float magnitude:\n", stride);
    fpcheck_print(r, stdout);
    fpcheck_write(r, tsv_open("sample.tsv", fpcheck_columns));
    out_value("sample_stride", "%ld", stride);
    out_value("sample_inputs", "%llu",
              (unsigned long long)r->fn[FPCHECK_SIGMOID].inputs);
    for (int f = 0; f < FPCHECK_FN_COUNT; f++) {
        char key[64];
        snprintf(key, sizeof key, "sample_%s", fn_keys[f]);
        out_value(key, "%.2f", r->fn[f].worst_ulp);
    }
    out_value("sample_sym_sigmoid", "%.2f",
              r->fn[FPCHECK_SIGMOID].worst_sym_ulp);
    out_value("sample_verdict", "%s", fpcheck_passed(r) ? "passed" :
                                                          "FAILED");
}

/* F3: the float sigmoid's old form for z < 0, e^z / (1 + e^z), against
 * the library's, on every float of [-1, -1/2): how often each steps
 * down where z steps up. */
static void show_ratio_steps(void)
{
    /* Outwards from -1/2, as the checker walks: each step lowers z, and
     * s must not rise. */
    long ratio_steps = 0, library_steps = 0, count = 0;
    float first = 0;
    float z = -0.5f, e = expf(z);
    float prev_ratio = e / (1.0f + e), prev_lib = act_sigmoidf(z);
    for (z = nextafterf(z, -1.0f); z > -1.0f; z = nextafterf(z, -1.0f)) {
        e = expf(z);
        float ratio = e / (1.0f + e), lib = act_sigmoidf(z);
        if (ratio > prev_ratio && ratio_steps++ == 0) {
            first = z;
        }
        library_steps += lib > prev_lib;
        prev_ratio = ratio, prev_lib = lib;
        count++;
    }
    printf("\nF3  on the %ld floats of (-1, -1/2), e^z/(1+e^z) steps "
           "the wrong\n    way %ld times (first at z = %.9g); the "
           "library's act_sigmoidf\n    %ld times\n", count, ratio_steps,
           first, library_steps);
    out_value("ratio_floats", "%ld", count);
    out_value("ratio_steps", "%ld", ratio_steps);
    out_value("ratio_first", "%.9g", first);
    out_value("library_steps", "%ld", library_steps);
}

/* F3: s' by the quotient e / (1 + e)^2, e = e^-z (the library's form
 * until this chapter; for z > 0 the textbook form is the same), against
 * the library's y - y^2, on every float of [1/4, 1/2): how often each
 * steps up where z steps up. s' changes there by less than its own
 * rounding error per float, so three roundings show. */
static void show_prime_steps(void)
{
    long quotient_steps = 0, library_steps = 0, count = 0;
    float z = 0.25f;
    double prev_q = fpforms_sigmoid_prime_textbookf(z);
    float prev_lib = act_sigmoid_primef(z);
    for (z = nextafterf(z, 1.0f); z < 0.5f; z = nextafterf(z, 1.0f)) {
        double q = fpforms_sigmoid_prime_textbookf(z);
        float lib = act_sigmoid_primef(z);
        quotient_steps += q > prev_q;
        library_steps += lib > prev_lib;
        prev_q = q, prev_lib = lib;
        count++;
    }
    printf("\nF3  on the %ld floats of (1/4, 1/2), s' as e/(1+e)^2 steps "
           "the wrong\n    way %ld times; the library's y - y^2 %ld "
           "times\n", count, quotient_steps, library_steps);
    out_value("prime_floats", "%ld", count);
    out_value("prime_quotient_steps", "%ld", quotient_steps);
    out_value("prime_library_steps", "%ld", library_steps);
}

/* The double functions against long double references, on inputs spread
 * evenly in log |z| over [2^-40, 2^10] with random signs: every regime
 * from "s(z) = 1/2 + z/4" to "e^-z underflows". */
#define DOUBLE_SAMPLES 200000
#define LOG2_LO -40.0
#define LOG2_HI 10.0

static double id_sigmoid_y(double y) { return act_sigmoid_prime_y(y); }
static long double ref_sigmoid_y(long double y) { return y * (1 - y); }
static long double ref_tanh_y(long double y) { return (1 - y) * (1 + y); }

static void show_double(uint64_t seed)
{
    struct {
        const char *key;
        fpforms_fn fn;
        long double (*ref)(long double);
        int from_y; /* the input is an output y in [-1, 1] or [0, 1] */
    } fns[] = {
        { "sigmoid", act_sigmoid, ref_sigmoid, 0 },
        { "tanh", act_tanh, ref_tanh, 0 },
        { "sprime", act_sigmoid_prime, ref_sigmoid_prime, 0 },
        { "tprime", act_tanh_prime, ref_tanh_prime, 0 },
        { "sprime_y", id_sigmoid_y, ref_sigmoid_y, 1 },
        { "tprime_y", act_tanh_prime_y, ref_tanh_y, 2 },
    };
    struct rng r;
    rng_seed(&r, seed);
    printf("\nF2  the double functions on %d random inputs "
           "(|z| from 2^%g to 2^%g):\n", DOUBLE_SAMPLES, LOG2_LO, LOG2_HI);
    for (int f = 0; f < COUNT(fns); f++) {
        double worst = 0, at = 0;
        for (long i = 0; i < DOUBLE_SAMPLES; i++) {
            double z;
            if (fns[f].from_y == 0) {
                z = exp2(rng_range(&r, LOG2_LO, LOG2_HI));
                z = rng_u64(&r) & 1 ? -z : z;
            } else {
                z = rng_uniform(&r);
                z = fns[f].from_y == 2 && (rng_u64(&r) & 1) ? -z : z;
            }
            double u = fpforms_ulp_error(fns[f].fn(z), fns[f].ref(z),
                                         FPFORMS_DOUBLE);
            if (u > worst) {
                worst = u;
                at = z;
            }
        }
        printf("    %-9s worst %.2f ulp at %.6g\n", fns[f].key, worst, at);
        char key[64];
        snprintf(key, sizeof key, "double_%s", fns[f].key);
        out_value(key, "%.2f", worst);
    }
}

/* ------------------------------------------------------------------ */
/* the last full run                                                  */
/* ------------------------------------------------------------------ */

#define LINE_MAX_LEN 1024

/* Read DIR/run.tsv's `key` into buf; returns 0 if found. */
static int run_value(const char *dir, const char *key, char *buf,
                     size_t len)
{
    char path[LINE_MAX_LEN], line[LINE_MAX_LEN];
    snprintf(path, sizeof path, "%s/run.tsv", dir);
    FILE *f = fopen(path, "r");
    int found = -1;
    while (f != NULL && found != 0 && fgets(line, sizeof line, f)) {
        char *tab = strchr(line, '\t');
        if (tab == NULL) {
            continue;
        }
        *tab = '\0';
        tab[1 + strcspn(tab + 1, "\n")] = '\0';
        if (strcmp(line, key) == 0) {
            snprintf(buf, len, "%s", tab + 1);
            found = 0;
        }
    }
    if (f != NULL) {
        fclose(f);
    }
    return found;
}

/* Copy the full run's summary into full.tsv and quote its numbers; or,
 * with no full run, say so in both. Returns whether there was one. */
static int show_full(const char *dir, const struct fpcheck_result *sample)
{
    char path[LINE_MAX_LEN], line[LINE_MAX_LEN];
    FILE *f = NULL;
    if (dir != NULL) {
        snprintf(path, sizeof path, "%s/summary.tsv", dir);
        f = fopen(path, "r");
    }
    char date[128], machine[256], threads[32], seconds[32], libc[64],
        stride[32], cpu[32];
    if (f == NULL || run_value(dir, "date", date, sizeof date) != 0 ||
        run_value(dir, "machine", machine, sizeof machine) != 0 ||
        run_value(dir, "threads", threads, sizeof threads) != 0 ||
        run_value(dir, "seconds", seconds, sizeof seconds) != 0 ||
        run_value(dir, "libc", libc, sizeof libc) != 0 ||
        run_value(dir, "stride", stride, sizeof stride) != 0 ||
        run_value(dir, "cpu_seconds", cpu, sizeof cpu) != 0 ||
        fgets(line, sizeof line, f) == NULL ||
        strcmp(line, "function\tdomain\tinputs\tworst_ulp\tworst_at\t"
                     "bound\tnan_errors\tmonotone_errors\tsymmetry\t"
                     "symmetry_errors\trange_errors\tverdict\n") != 0) {
        if (f != NULL) {
            fclose(f);
        }
        printf("\n    no full run found%s%s; make check-exhaustive makes "
               "one\n", dir != NULL ? " in " : "", dir != NULL ? dir : "");
        struct tsv *t = tsv_open("full.tsv", fpcheck_columns);
        tsv_str(t, "no full run");
        for (int c = 1; c < 12; c++)
            tsv_str(t, "-");
        tsv_end(t);
        out_value("full_status", "No full run is recorded in this build "
                  "(make check-exhaustive makes one).");
        unsigned long long steps = 0, range = 0;
        for (int i = 0; i < FPCHECK_FN_COUNT; i++) {
            char key[64];
            snprintf(key, sizeof key, "best_%s", fn_keys[i]);
            out_value(key, "%.2f", sample->fn[i].worst_ulp);
            steps += sample->fn[i].not_monotone;
            range += sample->fn[i].out_of_range;
        }
        out_value("best_source", "on the sample");
        out_value("best_steps", "%llu", steps);
        out_value("best_range", "%llu", range);
        return 0;
    }
    /* The header matched; copy the rows as they are. */
    struct tsv *t = tsv_open("full.tsv", fpcheck_columns);
    int row = 0, failed = 0;
    unsigned long long steps = 0, range = 0;
    while (fgets(line, sizeof line, f) != NULL && row < FPCHECK_FN_COUNT) {
        line[strcspn(line, "\n")] = '\0';
        char *cell = line, *cells[12];
        int n = 0;
        while (n < 12 && cell != NULL) {
            cells[n++] = cell;
            cell = strchr(cell, '\t');
            if (cell != NULL) {
                *cell++ = '\0';
            }
        }
        if (n != 12) {
            break;
        }
        for (int c = 0; c < 12; c++)
            tsv_str(t, cells[c]);
        tsv_end(t);
        char key[64];
        snprintf(key, sizeof key, "best_%s", fn_keys[row]);
        out_value(key, "%s", cells[3]);
        failed |= strcmp(cells[11], "pass") != 0;
        steps += strtoull(cells[7], NULL, 10);
        range += strtoull(cells[10], NULL, 10);
        row++;
    }
    fclose(f);
    out_value("best_source", "over every float");
    out_value("best_steps", "%llu", steps);
    out_value("best_range", "%llu", range);
    out_value("full_status", "The last full run%s, on %s on %s with %s "
              "threads and %s, took %s s (%s s of processor time); %s.",
              strcmp(stride, "1") == 0 ? "" : " (a sample only)", date,
              machine, threads, libc, seconds, cpu,
              failed ? "SOME CHECKS FAILED" : "every check passed");
    out_value("full_cpu_seconds", "%s", cpu);
    out_value("full_seconds", "%s", seconds);
    printf("\n    the last full run (%s, %s s) is in\n    %s\n", date,
           seconds, dir);
    return 1;
}

int main(int argc, char **argv)
{
    long stride = 1021;
    uint64_t seed = 11;
    const char *full = NULL;
    const struct cli_opt opts[] = {
        { "stride", CLI_LONG, &stride,
          "check every stride-th float magnitude (1: all 2^32 floats)", 1,
          1 << 24, NULL },
        { "seed", CLI_SEED, &seed, "seed of the random double inputs", 0, 0,
          NULL },
        { "full", CLI_PATH, &full,
          "directory of the last make check-exhaustive run", 0, 0, NULL },
        { NULL, 0, NULL, NULL, 0, 0, NULL },
    };
    const struct cli_program prog = {
        "11-floating-point",
        "Where the textbook formulas break in floating point: claims F1-F5.",
        OUTPUTS, opts,
    };
    cli_parse(&prog, argc, argv);

    printf("Chapter 11: activation functions in floating point\n\n");
    show_thresholds();
    show_sweeps();
    show_loss_table();
    show_stable_ulps();
    show_one_minus_square(seed);
    static struct fpcheck_result sample;
    show_sample(stride, &sample);
    show_ratio_steps();
    show_prime_steps();
    show_double(seed + 1);
    show_full(full, &sample);
    out_finish();
    return 0;
}
