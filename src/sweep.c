/*
 * sweep.c - error sweeps along z and along h; see sweep.h.
 */
#include "sweep.h"

#include "fit.h"
#include "ref.h"

#include <math.h>
#include <stdio.h>

/* One row: the error of every form at z, folded into the worst cases. */
static void sweep_row(const struct sweep_form *forms, int k,
                      long double (*ref)(long double), double z,
                      struct tsv *t, struct sweep_worst *worst)
{
    long double want = ref(z);
    tsv_num(t, z);
    for (int j = 0; j < k; j++) {
        double got = forms[j].fn(z);
        double err = ref_rel_err(got, want);
        tsv_num(t, err);
        if (got != (double)want) {
            worst[j].missed++;
        }
        if (isnan(err)) {
            worst[j].nans++;
        } else if (err > worst[j].err) {
            worst[j].err = err;
            worst[j].z = z;
        }
    }
    tsv_end(t);
}

void sweep_along_z(const struct sweep_form *forms, int k,
                   long double (*ref)(long double), double lo, double hi,
                   long n, struct tsv *t, struct sweep_worst *worst)
{
    for (int j = 0; j < k; j++)
        worst[j] = (struct sweep_worst){ 0.0, lo, 0, 0 };
    for (long i = 0; i < n; i++) {
        /* lo + i * step would drift; this lands exactly on lo and hi. */
        double z = lo + (hi - lo) * (double)i / (double)(n - 1);
        sweep_row(forms, k, ref, z, t, worst);
    }
}

void sweep_at_points(const struct sweep_form *forms, int k,
                     long double (*ref)(long double), const double *z,
                     long n, struct tsv *t, struct sweep_worst *worst)
{
    for (int j = 0; j < k; j++)
        worst[j] = (struct sweep_worst){ 0.0, n > 0 ? z[0] : 0.0, 0, 0 };
    for (long i = 0; i < n; i++) {
        sweep_row(forms, k, ref, z[i], t, worst);
    }
}

#define STEP_DECADES 14        /* h from 1e-1 to 1e-15 */
#define STEP_MAX_PER_DECADE 20 /* finer than that shows nothing new */

struct sweep_steps sweep_diff_steps(double (*f)(double),
                                    long double (*ref_prime)(long double),
                                    double z0, double f3, double eps,
                                    int per_decade, struct tsv *t)
{
    struct sweep_steps res = { 0.0, INFINITY, 0.0, 0, 0.0 };
    long double want = ref_prime(z0);
    double fz = f(z0);
    /* The log-log slope of the error over the large steps where
     * truncation dominates: theory says 2 for central differences. */
    double fit_h[STEP_DECADES * STEP_MAX_PER_DECADE + 1];
    double fit_err[STEP_DECADES * STEP_MAX_PER_DECADE + 1];
    size_t m = 0;

    if (per_decade > STEP_MAX_PER_DECADE) {
        per_decade = STEP_MAX_PER_DECADE;
    }

    for (int i = 0; i <= STEP_DECADES * per_decade; i++) {
        double h = pow(10.0, -1.0 - (double)i / per_decade);
        double central = ref_rel_err(ref_central_diff(f, z0, h), want);
        double forward = ref_rel_err(ref_forward_diff(f, z0, h), want);
        double truncation = h * h * fabs(f3) / 6.0;
        double rounding = eps * fabs(fz) / h;
        double model = (truncation + rounding) / fabs((double)want);
        TSV_ROW(t, h, central, forward, model);
        if (central < res.best_err) {
            res.best_err = central;
            res.best_h = h;
        }
        if (h >= 1e-3 && truncation >= SWEEP_TRUNCATION_MARGIN * rounding &&
            central > 0) {
            fit_h[m] = h;
            fit_err[m] = central;
            m++;
        }
    }
    res.fit_points = (int)m;
    res.slope = m >= 2 ? fit_loglog(fit_h, fit_err, m).slope : NAN;
    res.h_model = cbrt(3 * eps * fabs(fz) / fabs(f3));
    return res;
}

double sweep_threshold_ctx(int (*pred)(double, void *), void *ctx,
                           double lo, double hi)
{
    while (nextafter(lo, hi) < hi) {
        double mid = lo + (hi - lo) / 2;
        /* Once lo and hi are neighbours but for a few doubles, their
         * midpoint can round onto an end; step one double instead. */
        if (mid <= lo || mid >= hi) {
            mid = nextafter(lo, hi);
        }
        if (pred(mid, ctx)) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    return hi;
}

float sweep_thresholdf_ctx(int (*pred)(float, void *), void *ctx, float lo,
                           float hi)
{
    while (nextafterf(lo, hi) < hi) {
        float mid = lo + (hi - lo) / 2;
        if (mid <= lo || mid >= hi) {
            mid = nextafterf(lo, hi);
        }
        if (pred(mid, ctx)) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    return hi;
}

/* A plain predicate carried through the context pointer (ISO C does not
 * let a function pointer travel as a void *). */
struct plain_pred {
    int (*pred)(double);
};

static int call_plain(double z, void *ctx)
{
    return ((const struct plain_pred *)ctx)->pred(z);
}

double sweep_threshold(int (*pred)(double), double lo, double hi)
{
    struct plain_pred p = { pred };
    return sweep_threshold_ctx(call_plain, &p, lo, hi);
}

const char *const sweep_precision_names[3] = { "double", "float", NULL };

void sweep_options_settle(struct sweep_options *o)
{
    if (o->precision == SWEEP_FLOAT) {
        o->z0 = (float)o->z0;
    }
}
