/*
 * tanh_forms.c - tanh and tanh' the ways the article writes them; see
 * tanh_forms.h.
 */
#include "tanh_forms.h"

#include "act.h"
#include "ref.h"
#include "rng.h"
#include "sweep.h"

#include <float.h>
#include <math.h>

//> printed-prime
double tanh_forms_quotient(double z)
{
    double c = exp(z) + exp(-z);
    return 4.0 / (c * c);
}

double tanh_forms_square(double z)
{
    double y = act_tanh(z);
    return 1.0 - y * y;
}
//< printed-prime

double tanh_forms_output(double z)
{
    return act_tanh_prime_y(act_tanh(z));
}

double tanh_forms_library(double z)
{
    return act_tanh_prime(z);
}

double tanh_forms_quotientf(double z)
{
    float c = expf((float)z) + expf(-(float)z);
    return 4.0f / (c * c);
}

double tanh_forms_squaref(double z)
{
    float y = act_tanhf((float)z);
    return 1.0f - y * y;
}

double tanh_forms_outputf(double z)
{
    return act_tanh_prime_yf(act_tanhf((float)z));
}

double tanh_forms_libraryf(double z)
{
    return act_tanh_primef((float)z);
}

//> printed-tanh
double tanh_forms_printed(double z)
{
    double ep = exp(z), em = exp(-z);
    return (ep - em) / (ep + em);
}

double tanh_forms_via_sigmoid(double z)
{
    return 2.0 * act_sigmoid(2.0 * z) - 1.0;
}
//< printed-tanh

double tanh_forms_libm(double z)
{
    return act_tanh(z);
}

double tanh_forms_printedf(double z)
{
    float ep = expf((float)z), em = expf(-(float)z);
    return (ep - em) / (ep + em);
}

double tanh_forms_via_sigmoidf(double z)
{
    return 2.0f * act_sigmoidf(2.0f * (float)z) - 1.0f;
}

double tanh_forms_libmf(double z)
{
    return act_tanhf((float)z);
}

static long double ref_primef(long double z)
{
    return ref_tanh_prime((float)z);
}

static long double ref_tanhf(long double z)
{
    return ref_tanh((float)z);
}

const struct tanh_forms_precision tanh_forms_in[2] = {
    { "double", DBL_EPSILON / 2, tanh_forms_libm,
      { { "quotient", tanh_forms_quotient },
        { "square", tanh_forms_square },
        { "output", tanh_forms_output },
        { "library", tanh_forms_library } },
      { { "libm", tanh_forms_libm },
        { "identity", tanh_forms_via_sigmoid },
        { "printed", tanh_forms_printed } },
      ref_tanh_prime, ref_tanh },
    { "float", FLT_EPSILON / 2, tanh_forms_libmf,
      { { "quotient", tanh_forms_quotientf },
        { "square", tanh_forms_squaref },
        { "output", tanh_forms_outputf },
        { "library", tanh_forms_libraryf } },
      { { "libm", tanh_forms_libmf },
        { "identity", tanh_forms_via_sigmoidf },
        { "printed", tanh_forms_printedf } },
      ref_primef, ref_tanhf },
};

long tanh_forms_function_table(struct tsv *t, double zmax, long n)
{
    long odd_fail = 0;
    for (long i = 0; i < n; i++) {
        double z = -zmax + 2 * zmax * (double)i / (double)(n - 1);
        double y = act_tanh(z);
        TSV_ROW(t, z, y, act_tanh_prime(z), act_sigmoid_prime(z));
//> odd-check
        /* Oddness bit for bit: == alone would let tanh(-0) = +0 pass. */
        double m = act_tanh(-z);
        if (!(m == -y && signbit(m) == signbit(-y))) {
            odd_fail++;
        }
//< odd-check
    }
    return odd_fail;
}

double tanh_forms_identity_gap(const struct sweep_form *tanhs,
                               const double *z, long n)
{
    double gap = 0;
    for (long i = 0; i < n; i++) {
        gap = fmax(gap, fabs(tanhs[1].fn(z[i]) - tanhs[0].fn(z[i])));
    }
    return gap;
}

double tanh_forms_log_grid(long i, long n, double lo, double hi)
{
    return lo * pow(hi / lo, (double)i / (double)(n - 1));
}

void tanh_forms_log_points(double *z, long n, double lo, double hi)
{
    for (long i = 0; i < n; i++) {
        z[i] = tanh_forms_log_grid(i, n, lo, hi);
    }
}

void tanh_forms_linear_table(struct tsv *t, double lo, double hi, long n)
{
    for (long i = 0; i < n; i++) {
        double z = tanh_forms_log_grid(i, n, lo, hi);
        /* In long double the gap keeps 11 more bits than in double:
         * enough to draw it correctly down to z = 1e-8, where the double
         * difference has no correct digit left. */
        long double gap = (long double)z - ref_tanh(z);
        long double bound = (long double)z * z * z / 3;
        TSV_ROW(t, z, (double)gap, (double)bound, (double)(gap / bound),
                (z - act_tanh(z)) / (z * z * z / 3));
    }
}

double tanh_forms_third(double z)
{
    double t = act_tanh(z);
    return (1 - t * t) * (6 * t * t - 2);
}

/* The predicates of the edges, true from the edge on. */
static int tanh_is_one(double z)
{
    return act_tanh(z) == 1.0;
}

static int tanhf_is_one(double z)
{
    return act_tanhf((float)z) == 1.0f;
}

static int quotient_is_zero(double z)
{
    return tanh_forms_quotient(z) == 0.0;
}

static int quotientf_is_zero(double z)
{
    return tanh_forms_quotientf(z) == 0.0;
}

static int printed_is_nan(double z)
{
    return isnan(tanh_forms_printed(z));
}

static int printedf_is_nan(double z)
{
    return isnan(tanh_forms_printedf(z));
}

/* Each predicate with a bracket above its edge. Every edge lies in
 * (0, 1000] in double: the largest is where e^z overflows, z = 709.8; in
 * float all lie below 100 (e^z overflows from 88.7). */
static const struct {
    int (*pred)(double);
    double hi;
} EDGES[] = {
    [TANH_FORMS_ONE] = { tanh_is_one, 1e3 },
    [TANH_FORMS_ONE_F] = { tanhf_is_one, 1e2 },
    [TANH_FORMS_QUOTIENT_ZERO] = { quotient_is_zero, 1e3 },
    [TANH_FORMS_QUOTIENT_ZERO_F] = { quotientf_is_zero, 1e2 },
    [TANH_FORMS_PRINTED_NAN] = { printed_is_nan, 1e3 },
    [TANH_FORMS_PRINTED_NAN_F] = { printedf_is_nan, 1e2 },
};

double tanh_forms_edge(enum tanh_forms_edge edge)
{
    return sweep_threshold(EDGES[edge].pred, 0, EDGES[edge].hi);
}

static int tanh_prime_below_sigmoid(double z)
{
    return act_tanh_prime(z) < act_sigmoid_prime(z);
}

/* The crossover lies below z = 10, where tanh' is 5e-4 of s'. */
double tanh_forms_crossover(void)
{
    return sweep_threshold(tanh_prime_below_sigmoid, 0, 10.0);
}

static int leaves_linear(double z, void *tol)
{
    return z - act_tanh(z) > *(const double *)tol * z;
}

/* Below z = 1e-8 tanh z is z itself: the search starts there, and ends
 * by z = 1, where tanh z is 24 % below z. */
double tanh_forms_linear_to(double tol)
{
    return sweep_threshold_ctx(leaves_linear, &tol, 1e-8, 1.0);
}

struct tanh_forms_cubic tanh_forms_cubic_scan(double lo, double hi,
                                              double factor)
{
    struct tanh_forms_cubic c = { 0, 0, 0.0, 0.0, 0, 0.0 };
    for (double z = lo; z < hi; z *= factor) {
        double gap = z - act_tanh(z), bound = z * z * z / 3;
        double ulp = nextafter(z, INFINITY) - z;
        c.points++;
        if (gap > bound) {
            c.over++;
            c.over_ulps = fmax(c.over_ulps, (gap - bound) / ulp);
            c.over_below = z;
        }
        if (gap < 0) {
            c.above++;
            c.above_below = z;
        }
    }
    return c;
}

struct tanh_forms_means tanh_forms_means(uint64_t seed, long n)
{
    struct rng r;
    double sum_t = 0, sum_t2 = 0, sum_s = 0;
    rng_seed(&r, seed);
    for (long k = 0; k < n; k++) {
        double u = rng_normal(&r), y = act_tanh(u);
        sum_t += y;
        sum_t2 += y * y;
        sum_s += act_sigmoid(u);
    }
    double mean_t = sum_t / (double)n;
    double var_t = sum_t2 / (double)n - mean_t * mean_t;
    struct tanh_forms_means m = {
        mean_t, sqrt(var_t / (double)(n - 1)), sum_s / (double)n,
    };
    return m;
}
