/*
 * fit.c - least-squares lines; see fit.h.
 */
#include "fit.h"

#include <math.h>
#include <stdlib.h>

struct fit_line fit_linear(const double *x, const double *y, size_t n)
{
    struct fit_line f = { NAN, NAN };
    if (n < 2) {
        return f;
    }
    /* Centre on the means first: sum (x - mx)(y - my) does not cancel the
     * way n sum xy - sum x sum y does when the x are far from 0. */
    double mx = 0, my = 0;
    for (size_t i = 0; i < n; i++) {
        mx += x[i] / (double)n;
        my += y[i] / (double)n;
    }
    double sxx = 0, sxy = 0;
    for (size_t i = 0; i < n; i++) {
        sxx += (x[i] - mx) * (x[i] - mx);
        sxy += (x[i] - mx) * (y[i] - my);
    }
    if (sxx > 0) {
        f.slope = sxy / sxx;
        f.intercept = my - f.slope * mx;
    }
    return f;
}

struct fit_line fit_loglog(const double *x, const double *y, size_t n)
{
    struct fit_line f = { NAN, NAN };
    double *lx = malloc((n ? n : 1) * sizeof *lx);
    double *ly = malloc((n ? n : 1) * sizeof *ly);
    int ok = lx != NULL && ly != NULL;
    for (size_t i = 0; ok && i < n; i++) {
        ok = x[i] > 0 && y[i] > 0;
        if (ok) {
            lx[i] = log10(x[i]);
            ly[i] = log10(y[i]);
        }
    }
    if (ok) {
        f = fit_linear(lx, ly, n);
    }
    free(lx);
    free(ly);
    return f;
}
