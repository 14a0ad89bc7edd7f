/*
 * sweep.c - error sweeps along z and along h; see sweep.h.
 */
#include "sweep.h"

#include "ref.h"

#include <math.h>

void sweep_along_z(const struct sweep_form *forms, int k,
                   long double (*ref)(long double), double lo, double hi,
                   long n, struct tsv *t, struct sweep_worst *worst)
{
    for (int j = 0; j < k; j++)
        worst[j] = (struct sweep_worst){ 0.0, lo, 0 };
    for (long i = 0; i < n; i++) {
        /* lo + i * step would drift; this lands exactly on lo and hi. */
        double z = lo + (hi - lo) * (double)i / (double)(n - 1);
        long double want = ref(z);
        tsv_num(t, z);
        for (int j = 0; j < k; j++) {
            double err = ref_rel_err(forms[j].fn(z), want);
            tsv_num(t, err);
            if (isnan(err)) {
                worst[j].nans++;
            } else if (err > worst[j].err) {
                worst[j].err = err;
                worst[j].z = z;
            }
        }
        tsv_end(t);
    }
}

#define STEP_DECADES 14 /* h from 1e-1 to 1e-15 */

struct sweep_steps sweep_diff_steps(double (*f)(double),
                                    long double (*ref_prime)(long double),
                                    double z0, double f3, double eps,
                                    int per_decade, struct tsv *t)
{
    struct sweep_steps res = { 0.0, INFINITY, 0.0 };
    long double want = ref_prime(z0);
    double fz = f(z0);
    /* Least-squares slope of log err against log h over h in [1e-3, 1e-1],
     * where truncation dominates: theory says 2 for central differences. */
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    int m = 0;

    for (int i = 0; i <= STEP_DECADES * per_decade; i++) {
        double h = pow(10.0, -1.0 - (double)i / per_decade);
        double central = ref_rel_err(ref_central_diff(f, z0, h), want);
        double forward = ref_rel_err(ref_forward_diff(f, z0, h), want);
        double model = (h * h * fabs(f3) / 6.0 + eps * fabs(fz) / h) /
                       fabs((double)want);
        tsv_row(t, 4, h, central, forward, model);
        if (central < res.best_err) {
            res.best_err = central;
            res.best_h = h;
        }
        if (h >= 1e-3 && central > 0) {
            double x = log10(h), y = log10(central);
            sx += x, sy += y, sxx += x * x, sxy += x * y;
            m++;
        }
    }
    res.slope = (m * sxy - sx * sy) / (m * sxx - sx * sx);
    return res;
}
