/*
 * modern.h - the activations of chapter 12 as one table, each with an
 * independent long double reference, and the measurements the chapter
 * makes of them (claims M1, M2, M3).
 *
 * The library's functions (src/act.h, src/act_modern.h) are what the
 * chapter tests; the references here are the textbook formulas, written
 * again in long double (64-bit significand on x86-64, 11 more bits than
 * double), so that a slip in either shows as a difference.
 */
#ifndef MODERN_H
#define MODERN_H

#include <stddef.h>

struct modern_fn {
    const char *name;                  /* "gelu": a column or key part */
    const char *label;                 /* "GELU": for tables */
    double (*g)(double);               /* the library's g(z) */
    double (*prime)(double);           /* the library's g'(z) */
    float (*gf)(float);                /* the library's float g(z) */
    void (*array)(const float *z, float *y, size_t n); /* float array */
    long double (*ref)(long double);       /* g(z), long double */
    long double (*ref_prime)(long double); /* g'(z) by its identity */
    const char *identity;              /* the identity, as LaTeX */
    int kink;                          /* g' not continuous at 0 */
};

/* ReLU first (the baseline), then leaky ReLU, ELU, SELU, softplus,
 * GELU, SiLU, Mish; then GELU's two approximations, which the curves
 * and the identities leave out (they are M3's). */
extern const struct modern_fn modern_fns[];
#define MODERN_COUNT 8  /* ReLU .. Mish */
#define MODERN_ALL 10   /* and the two GELU approximations */

/* The entry named `name`, or NULL. */
const struct modern_fn *modern_find(const char *name);

/* ---- M1: what each function changes against ReLU ---- */
struct modern_props {
    double grad_neg;    /* g'(MODERN_ZNEG): the gradient for z < 0 */
    double mean, var;   /* E g(Z), Var g(Z) for Z ~ N(0, 1) */
    double jump;        /* g'(0+) - g'(0-): 0 if g' is continuous */
    double min, argmin; /* smallest g(z) on [-zmax, zmax], and where;
                         * g(-inf) and -inf where g falls to the left
                         * end */
};
#define MODERN_ZNEG (-3.0)
void modern_props(const struct modern_fn *f, double zmax,
                  struct modern_props *p);

/* E g(Z) and E g(Z)^2 for Z ~ N(0, 1), in long double by the composite
 * Simpson rule on [-16, 16] (the density's tail beyond is below 1e-56). */
void modern_normal_moments(long double (*g)(long double), long double *m1,
                           long double *m2);

/* ---- M2: the derivative identity, two ways ---- */
struct modern_deriv_err {
    double library;  /* max |library g' - identity| over the grid */
    double central;  /* max |central difference of ref - identity| */
    double worst_z;  /* where the library's error is largest */
};
/* On `points` (even) midpoints of a grid on [-zmax, zmax], none at 0. */
void modern_deriv_check(const struct modern_fn *f, double zmax,
                        long points, struct modern_deriv_err *e);

/* The central difference (f(z + h) - f(z - h)) / 2h in long double. */
long double modern_central(long double (*f)(long double), long double z,
                           long double h);

/* ---- M3: an approximation's largest error and where ---- */
struct modern_approx_err {
    double max_abs, at;  /* largest |approx - exact| on the grid, where */
    double max_rel, at_rel; /* the same, relative to |exact| */
};
void modern_approx_check(double (*approx)(double), double (*exact)(double),
                         double zmax, long points,
                         struct modern_approx_err *e);

#endif
