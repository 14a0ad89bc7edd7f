/*
 * fit.h - a straight line through measured points, by least squares.
 *
 * The course often asks "how fast does this shrink?": an error against a
 * step, an area against a number of sides. Plotted on log-log axes such a
 * law is a line whose slope is the exponent; fit_loglog() measures it.
 */
#ifndef FIT_H
#define FIT_H

#include <stddef.h>

/* The least-squares line y = intercept + slope x through the n points
 * (x[i], y[i]). */
struct fit_line {
    double slope;
    double intercept;
};

/* Fit y = intercept + slope x to n >= 2 points whose x are not all equal;
 * returns a line of NaNs otherwise. */
struct fit_line fit_linear(const double *x, const double *y, size_t n);

/* Fit log10 y = intercept + slope log10 x, that is y = 10^intercept
 * x^slope, to n points with every x and y > 0 (NaNs otherwise). */
struct fit_line fit_loglog(const double *x, const double *y, size_t n);

#endif
