/*
 * fpforms.h - textbook and stable ways to compute activations, their
 * derivatives and the losses built on them, and the search for the input
 * at which a textbook form starts to return 0, 1, NaN or infinity
 * (chapter 11, claims F1, F4 and F5).
 *
 * Every form takes z and returns its value as a double, whatever it
 * computes in: the f versions convert z to float and compute in float
 * throughout, so one driver can measure both precisions. The references
 * are long double, computed by the stable forms (as in src/ref.h).
 */
#ifndef FPFORMS_H
#define FPFORMS_H

/* The precision a form or a search works in. */
enum fpforms_prec { FPFORMS_DOUBLE, FPFORMS_FLOAT, FPFORMS_PREC_COUNT };

/* A form of some function of z; see the file comment for the f versions. */
typedef double (*fpforms_fn)(double);

/* ---- the forms as textbooks print them, in double and in float ---- */

/* 1 / (1 + e^-z): for z < 0, e^-z overflows first. */
double fpforms_sigmoid_textbook(double z);
double fpforms_sigmoid_textbookf(double z);
/* e^z / (1 + e^z): inf / inf = NaN once e^z overflows. */
double fpforms_sigmoid_ratio(double z);
double fpforms_sigmoid_ratiof(double z);
/* (e^z - e^-z) / (e^z + e^-z), the article's tanh. */
double fpforms_tanh_textbook(double z);
double fpforms_tanh_textbookf(double z);
/* (e^2z - 1) / (e^2z + 1), a common rewriting with one exponential. */
double fpforms_tanh_exp2(double z);
double fpforms_tanh_exp2f(double z);
/* e^-z / (1 + e^-z)^2, the article's s'. */
double fpforms_sigmoid_prime_textbook(double z);
double fpforms_sigmoid_prime_textbookf(double z);
/* y (1 - y) with y = s(z) from the library: s' from the output. */
double fpforms_sigmoid_prime_output(double z);
double fpforms_sigmoid_prime_outputf(double z);
/* 4 / (e^z + e^-z)^2, the article's tanh'. */
double fpforms_tanh_prime_textbook(double z);
double fpforms_tanh_prime_textbookf(double z);
/* 1 - y^2 with y = tanh(z) from the library: tanh' from the output. */
double fpforms_tanh_prime_output(double z);
double fpforms_tanh_prime_outputf(double z);
/* (1 - y)(1 + y) with y = tanh(z): no y*y to round, but two roundings. */
double fpforms_tanh_prime_factored(double z);
double fpforms_tanh_prime_factoredf(double z);

/* ---- 1 - y^2 from a given y, three ways (claim F4) ---- */

/* 1 - y*y: y*y is rounded before the subtraction. */
double fpforms_one_minus_sq(double y);
float fpforms_one_minus_sqf(float y);
/* fma(-y, y, 1): one rounding, at the end. */
double fpforms_one_minus_sq_fma(double y);
float fpforms_one_minus_sq_fmaf(float y);
/* (1 - y)(1 + y): 1 - y is exact for y in [1/2, 1], 1 + y and the
 * product are rounded; the way to avoid y*y without a fma. */
double fpforms_one_minus_sq_factored(double y);
float fpforms_one_minus_sq_factoredf(float y);

/* ---- losses on a logit z (claim F5) ---- */

/* log s(z) as printed, log(1 / (1 + e^-z)). */
double fpforms_log_sigmoid_naive(double z);
double fpforms_log_sigmoid_naivef(double z);
/* log s(z) = min(z, 0) - log1p(e^-|z|): no overflow, no cancellation. */
double fpforms_log_sigmoid(double z);
double fpforms_log_sigmoidf(double z);
/* softplus log(1 + e^z) as printed. */
double fpforms_softplus_naive(double z);
double fpforms_softplus_naivef(double z);
/* softplus = max(z, 0) + log1p(e^-|z|). */
double fpforms_softplus(double z);
double fpforms_softplusf(double z);
/* Binary cross-entropy of label t in [0, 1] for the logit z, as printed:
 * -(t log s + (1 - t) log(1 - s)) with s = 1 / (1 + e^-z). */
double fpforms_bce_naive(double z, double t);
float fpforms_bce_naivef(float z, float t);
/* The same from the logit: max(z, 0) - t z + log1p(e^-|z|). */
double fpforms_bce(double z, double t);
float fpforms_bcef(float z, float t);
/* The naive loss for label 1 and for label 0, as forms of z alone. */
double fpforms_bce1_naive(double z);
double fpforms_bce1_naivef(double z);
double fpforms_bce0_naive(double z);
double fpforms_bce0_naivef(double z);

/* Long double references for the losses, by the stable forms. */
long double fpforms_ref_log_sigmoid(long double z);
long double fpforms_ref_softplus(long double z);
long double fpforms_ref_bce(long double z, long double t);
long double fpforms_ref_bce1(long double z);
long double fpforms_ref_bce0(long double z);

/* ---- where a form breaks ---- */

/* The two neighbouring numbers of a precision between which a form's
 * outcome changes. */
struct fpforms_edge {
    double last_false; /* the form does not yet return the outcome */
    double first_true; /* it does */
};

/* What a broken form returns. */
enum fpforms_outcome {
    FPFORMS_ONE,     /* exactly 1 */
    FPFORMS_ZERO,    /* exactly 0 */
    FPFORMS_NAN,     /* NaN */
    FPFORMS_INF,     /* +inf */
    FPFORMS_NEG_INF, /* -inf */
};

/* Whether x is what `o` names (NaN is never equal to anything). */
int fpforms_is(double x, enum fpforms_outcome o);

/*
 * Bisect on the numbers of precision `prec` between `from`, where fn does
 * not return `o`, and `to`, where it does (either may be the larger): the
 * result is an adjacent pair where the outcome changes. If it changes
 * once between them, that is the change; the tests check that it is the
 * only change near the edge.
 */
struct fpforms_edge fpforms_find_edge(fpforms_fn fn, enum fpforms_outcome o,
                                      double from, double to,
                                      enum fpforms_prec prec);

/* Why a form breaks: each cause gives one threshold in each precision. */
enum fpforms_cause {
    FPFORMS_ONE_PLUS_TINY, /* 1 + e^-|z| rounds to 1: |z| = p ln 2 */
    FPFORMS_TANH_ONE,      /* tanh z rounds to 1: (p+2) ln 2 / 2 */
    FPFORMS_EXP_OVERFLOW,  /* e^|z| overflows: ln(max + ulp/2) */
    FPFORMS_HALF_OVERFLOW, /* e^2|z| or (e^|z|)^2 overflows: half that */
    FPFORMS_EXP_ONE,       /* e^-z and e^z round to 1: about 2^-(p+1) */
    FPFORMS_CAUSE_COUNT
};

/* Where a form starts to return `becomes`: it does at `to`, not at
 * `from` (given per precision). */
struct fpforms_threshold {
    const char *key;  /* names its values: t_KEY_f, t_KEY_d */
    const char *form; /* the form, in words */
    fpforms_fn fn[FPFORMS_PREC_COUNT];
    enum fpforms_outcome becomes;
    enum fpforms_cause cause;
    double from[FPFORMS_PREC_COUNT], to[FPFORMS_PREC_COUNT];
    long double (*ref)(long double); /* the true value of the form */
};

extern const struct fpforms_threshold fpforms_thresholds[];
extern const int fpforms_threshold_count;

/* The adjacent pair where fpforms_thresholds[i] starts to fail. */
struct fpforms_edge fpforms_threshold_edge(int i, enum fpforms_prec prec);

/* The threshold of a cause as derived on paper, in long double: a
 * positive |z|; the table entries say on which side each form fails. */
long double fpforms_derived(enum fpforms_cause c, enum fpforms_prec prec);

/* A short description of a cause. */
const char *fpforms_cause_name(enum fpforms_cause c);

/* Whether a cause is an overflow (else it is a rounding to 1). */
int fpforms_cause_overflows(enum fpforms_cause c);

/* The distance in units in the last place of precision `prec` between
 * got and the reference want: |got - want| / ulp(want), where ulp(want)
 * is the spacing of that precision's numbers at |want| (the subnormal
 * spacing below the normal range). 0 when got equals want (infinities
 * included), inf when only one of them is NaN or infinite. */
double fpforms_ulp_error(double got, long double want,
                         enum fpforms_prec prec);

#endif
