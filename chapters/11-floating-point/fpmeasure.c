/*
 * fpmeasure.c - chapter 11's measurements along z and on intervals of
 * floats; see fpmeasure.h.
 */
#include "fpmeasure.h"

#include "act.h"
#include "fpcheck.h"
#include "out.h"
#include "ref.h"
#include "rng.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* ------------------------------------------------------------------ */
/* the error of each form along z (F1, F5)                            */
/* ------------------------------------------------------------------ */

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

const struct fpmeasure_form fpmeasure_functions[] = {
    { "sigmoid_textbook", fpforms_sigmoid_textbookf, ref_sigmoid },
    { "sigmoid_ratio", fpforms_sigmoid_ratiof, ref_sigmoid },
    { "sigmoid_library", act_sigmoid_f, ref_sigmoid },
    { "tanh_textbook", fpforms_tanh_textbookf, ref_tanh },
    { "tanh_exp2", fpforms_tanh_exp2f, ref_tanh },
    { "tanh_library", act_tanh_f, ref_tanh },
};
const struct fpmeasure_form fpmeasure_derivatives[] = {
    { "sprime_textbook", fpforms_sigmoid_prime_textbookf,
      ref_sigmoid_prime },
    { "sprime_output", fpforms_sigmoid_prime_outputf, ref_sigmoid_prime },
    { "sprime_library", act_sigmoid_prime_f, ref_sigmoid_prime },
    { "tprime_textbook", fpforms_tanh_prime_textbookf, ref_tanh_prime },
    { "tprime_output", fpforms_tanh_prime_outputf, ref_tanh_prime },
    { "tprime_factored", fpforms_tanh_prime_factoredf, ref_tanh_prime },
    { "tprime_library", act_tanh_prime_f, ref_tanh_prime },
};
const struct fpmeasure_form fpmeasure_losses[] = {
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
const int fpmeasure_function_count = COUNT(fpmeasure_functions);
const int fpmeasure_derivative_count = COUNT(fpmeasure_derivatives);
const int fpmeasure_loss_count = COUNT(fpmeasure_losses);

/* |z| from 10^LOG_LO to 10^LOG_HI in BINS_PER_DECADE bins a decade, each
 * the worst of SAMPLES_PER_BIN floats spread evenly in log |z|: 12
 * decades cover the cancellation near 0 and the overflow near 88. */
#define LOG_LO -9
#define LOG_HI 3
#define BINS_PER_DECADE 20
#define SAMPLES_PER_BIN 64
#define MAX_FORMS 8
/* Where the figures draw NaN and infinity: above every finite error. */
#define SHOWN_NONFINITE 1e3

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

void fpmeasure_sweep(const char *name, const struct fpmeasure_form *forms,
                     int k, double *worst)
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
}

/* ------------------------------------------------------------------ */
/* 1 - y^2 from y (F4)                                                */
/* ------------------------------------------------------------------ */

void fpmeasure_one_minus_square(uint64_t seed, long samples,
                                struct fpmeasure_oms *r)
{
    memset(r, 0, sizeof *r);
    /* Every float y in [1/2, 1): below 1/2, 1 - y^2 > 3/4 and nothing
     * cancels. The reference (1 - y)(1 + y) is exact in double: 1 - y and
     * 1 + y are exact, and their product has at most 49 bits. */
    for (float y = 0.5f; y < 1.0f; y = nextafterf(y, 2.0f)) {
        double want = (1.0 - (double)y) * (1.0 + (double)y);
        double rel = fabs(fpforms_one_minus_sqf(y) - want) / want;
        if (rel > r->rel_f) {
            r->rel_f = rel;
            r->at_f = y;
        }
        r->fma_f = fmax(r->fma_f,
                        fpcheck_ulps(fpforms_one_minus_sq_fmaf(y), want));
        r->fac_f = fmax(r->fac_f,
                        fpcheck_ulps(fpforms_one_minus_sq_factoredf(y),
                                     want));
    }
    /* In double, y = 1 - k 2^-53 with log2 k uniform in [0, 52): the
     * worst case sits near k = 2^26, which this sampling visits often. */
    struct rng g;
    rng_seed(&g, seed);
    for (long i = 0; i < samples; i++) {
        double k = floor(exp2(52.0 * rng_uniform(&g)));
        double y = 1.0 - ldexp(k, -DBL_MANT_DIG);
        long double want = (1.0L - y) * (1.0L + y);
        r->rel_d = fmax(r->rel_d,
                        (double)(fabsl(fpforms_one_minus_sq(y) - want) /
                                 want));
        r->fma_d = fmax(r->fma_d,
                        fpforms_ulp_error(fpforms_one_minus_sq_fma(y), want,
                                          FPFORMS_DOUBLE));
        r->fac_d = fmax(r->fac_d,
                        fpforms_ulp_error(fpforms_one_minus_sq_factored(y),
                                          want, FPFORMS_DOUBLE));
    }
}

/* ------------------------------------------------------------------ */
/* the stable losses at the extremes (F5)                             */
/* ------------------------------------------------------------------ */

double fpmeasure_stable_losses(enum fpforms_prec prec)
{
    static const double Z[] = {
        1e-30, 1e-8, 0.5, 1, 5, 16.6, 20, 40, 88.8, 100, 700, 800, 1e4, 1e30,
    };
    double worst = 0;
    for (int i = 0; i < COUNT(Z); i++) {
        for (int s = -1; s <= 1; s += 2) {
            double z = prec == FPFORMS_FLOAT ? (float)(s * Z[i]) : s * Z[i];
            const long double want[3] = { fpforms_ref_log_sigmoid(z),
                                          fpforms_ref_softplus(z),
                                          fpforms_ref_bce(z, 1) };
            double got[3];
            if (prec == FPFORMS_FLOAT) {
                got[0] = fpforms_log_sigmoidf(z);
                got[1] = fpforms_softplusf(z);
                got[2] = bce1_f(z);
            } else {
                got[0] = fpforms_log_sigmoid(z);
                got[1] = fpforms_softplus(z);
                got[2] = fpforms_bce(z, 1);
            }
            for (int j = 0; j < 3; j++)
                worst = fmax(worst, fpforms_ulp_error(got[j], want[j], prec));
        }
    }
    return worst;
}

/* ------------------------------------------------------------------ */
/* wrong-way steps of two rejected forms (F3)                         */
/* ------------------------------------------------------------------ */

void fpmeasure_ratio_steps(struct fpmeasure_steps *r)
{
    /* Outwards from -1/2, as the checker walks: each step lowers z, and
     * s must not rise. */
    memset(r, 0, sizeof *r);
    float z = -0.5f, e = expf(z);
    float prev_ratio = e / (1.0f + e), prev_lib = act_sigmoidf(z);
    for (z = nextafterf(z, -1.0f); z > -1.0f; z = nextafterf(z, -1.0f)) {
        e = expf(z);
        float ratio = e / (1.0f + e), lib = act_sigmoidf(z);
        if (ratio > prev_ratio && r->naive++ == 0) {
            r->first = z;
        }
        r->library += lib > prev_lib;
        prev_ratio = ratio, prev_lib = lib;
        r->floats++;
    }
}

void fpmeasure_prime_steps(struct fpmeasure_steps *r)
{
    /* s' changes on (1/4, 1/2) by less than its own rounding error per
     * float, so the quotient's three roundings show; s' must fall. */
    memset(r, 0, sizeof *r);
    float z = 0.25f;
    double prev_q = fpforms_sigmoid_prime_textbookf(z);
    float prev_lib = act_sigmoid_primef(z);
    for (z = nextafterf(z, 1.0f); z < 0.5f; z = nextafterf(z, 1.0f)) {
        double q = fpforms_sigmoid_prime_textbookf(z);
        float lib = act_sigmoid_primef(z);
        if (q > prev_q && r->naive++ == 0) {
            r->first = z;
        }
        r->library += lib > prev_lib;
        prev_q = q, prev_lib = lib;
        r->floats++;
    }
}

/* ------------------------------------------------------------------ */
/* the double functions (F2)                                          */
/* ------------------------------------------------------------------ */

const char *const fpmeasure_double_names[FPMEASURE_DOUBLE_COUNT] = {
    "sigmoid", "tanh", "sprime", "tprime", "sprime_y", "tprime_y",
};

static double id_sigmoid_y(double y) { return act_sigmoid_prime_y(y); }
static long double ref_sigmoid_y(long double y) { return y * (1 - y); }
static long double ref_tanh_y(long double y) { return (1 - y) * (1 + y); }

void fpmeasure_double(uint64_t seed, long samples,
                      double worst[FPMEASURE_DOUBLE_COUNT],
                      double at[FPMEASURE_DOUBLE_COUNT])
{
    static const struct {
        fpforms_fn fn;
        long double (*ref)(long double);
        int from_y; /* the input is an output y in [0, 1] or [-1, 1] */
    } fns[FPMEASURE_DOUBLE_COUNT] = {
        { act_sigmoid, ref_sigmoid, 0 },
        { act_tanh, ref_tanh, 0 },
        { act_sigmoid_prime, ref_sigmoid_prime, 0 },
        { act_tanh_prime, ref_tanh_prime, 0 },
        { id_sigmoid_y, ref_sigmoid_y, 1 },
        { act_tanh_prime_y, ref_tanh_y, 2 },
    };
    struct rng g;
    rng_seed(&g, seed);
    for (int f = 0; f < FPMEASURE_DOUBLE_COUNT; f++) {
        worst[f] = 0, at[f] = 0;
        for (long i = 0; i < samples; i++) {
            double z;
            if (fns[f].from_y == 0) {
                z = exp2(rng_range(&g, FPMEASURE_LOG2_LO, FPMEASURE_LOG2_HI));
                z = rng_u64(&g) & 1 ? -z : z;
            } else {
                z = rng_uniform(&g);
                z = fns[f].from_y == 2 && (rng_u64(&g) & 1) ? -z : z;
            }
            double u = fpforms_ulp_error(fns[f].fn(z), fns[f].ref(z),
                                         FPFORMS_DOUBLE);
            if (u > worst[f]) {
                worst[f] = u;
                at[f] = z;
            }
        }
    }
}
