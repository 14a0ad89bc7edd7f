/*
 * sweep.h - measure functions against a reference, along z and along h.
 *
 * Chapters 7, 8 and 11 ask the same questions of different functions:
 * how far is each way of computing g' from the truth along z, how does
 * a difference quotient's error depend on its step h, and from which z on
 * does a computed value change its nature (round to 1, overflow to 0).
 * These sweeps answer them, write the answers as tables for the figures
 * and return the results; the chapter prints them and records the numbers
 * its text quotes.
 */
#ifndef SWEEP_H
#define SWEEP_H

#include "out.h"

/* One way of computing a function, and the name of its table column. */
struct sweep_form {
    const char *column;
    double (*fn)(double);
};

/* The worst case a sweep found for one form. */
struct sweep_worst {
    double err;  /* largest relative error (1 = no correct digit) */
    double z;    /* where */
    long nans;   /* how many points gave NaN */
    long missed; /* how many gave another double than ref rounded to
                  * double, the correctly rounded value (for a form that
                  * computes in double; a float form misses always) */
};

/*
 * For n points z from lo to hi (n >= 2), write a row "z err_1 ... err_k"
 * with the relative error of each form against ref(z) to `t` (may be
 * NULL), and the worst case of each form to worst[0..k-1].
 */
void sweep_along_z(const struct sweep_form *forms, int k,
                   long double (*ref)(long double), double lo, double hi,
                   long n, struct tsv *t, struct sweep_worst *worst);

/*
 * The same at the n points z[0..n-1], in any order (a log-spaced grid,
 * say): a row per point, and the worst case of each form.
 */
void sweep_at_points(const struct sweep_form *forms, int k,
                     long double (*ref)(long double), const double *z,
                     long n, struct tsv *t, struct sweep_worst *worst);

/* The result of a sweep over difference steps. */
struct sweep_steps {
    double best_h, best_err; /* the central difference's best step */
    double slope;            /* fitted log-log slope where truncation
                              * dominates: theory says 2 */
    int fit_points;          /* how many steps that fit used */
    double h_model;          /* the step the model says is best,
                              * (3 eps |f| / |f'''|)^(1/3) */
};

/*
 * At z0, for h from 10^-1 down to 10^-15 (`per_decade` steps a decade),
 * write "h central forward model" to `t`: the relative errors of the
 * central and forward differences of f against ref_prime(z0), and the
 * error model h^2 |f'''|/6 + eps |f| / h of the central difference, where
 * f3 is f'''(z0) and eps is the unit roundoff of the precision f
 * computes in. The slope is fitted over the steps h >= 10^-3 at which the
 * model's truncation term is at least SWEEP_TRUNCATION_MARGIN times its
 * rounding term: in double at z0 = 1 that is every step from 10^-3 to
 * 10^-1, in float only the largest few.
 */
struct sweep_steps sweep_diff_steps(double (*f)(double),
                                    long double (*ref_prime)(long double),
                                    double z0, double f3, double eps,
                                    int per_decade, struct tsv *t);

/* The truncation term must exceed the rounding term this many times for
 * a step to enter the slope's fit. With r = truncation / rounding, the
 * model's local slope is (2r - 1) / (r + 1): at least 1.73 at r = 10,
 * nearer 2 at the larger steps, and the measured rounding error is
 * mostly well below the model's bound eps |f| / h. */
#define SWEEP_TRUNCATION_MARGIN 10.0

/*
 * The smallest double z in (lo, hi] at which pred(z) is true, for a
 * predicate that is false at lo, true at hi and switches once between
 * (such as "g(z) rounds to 1" for a monotone g). Bisection until lo and
 * hi are neighbouring doubles ends on that boundary exactly.
 */
double sweep_threshold(int (*pred)(double), double lo, double hi);

/* The same for a predicate with a context pointer, in double and in
 * float (bisection down to neighbouring floats). */
double sweep_threshold_ctx(int (*pred)(double, void *), void *ctx,
                           double lo, double hi);
float sweep_thresholdf_ctx(int (*pred)(float, void *), void *ctx, float lo,
                           float hi);

/* ---- the options of the sweeps ----
 * Chapters 7 and 8 let the user choose the same things about their
 * sweeps, in the same words: rows for a struct cli_opt table (cli.h). */
enum sweep_precision { SWEEP_DOUBLE, SWEEP_FLOAT };
extern const char *const sweep_precision_names[3]; /* "double", "float" */

struct sweep_options {
    double zmax;   /* the figures' z range is [-zmax, zmax] */
    long points;   /* grid points along it */
    double h;      /* the step of the along-z central difference */
    double z0;     /* where the difference step is swept */
    int precision; /* of the forms: enum sweep_precision */
};
#define SWEEP_OPTIONS_DEFAULT { 40, 801, 1e-5, 1, SWEEP_DOUBLE }

/* The five rows of options o; fn names the function plotted, claim the
 * claim whose forms --precision sets. */
#define SWEEP_OPTS(o, fn, claim)                                             \
    CLI_DOUBLE("zmax", &(o)->zmax, 1e-3, 1e4,                                \
               "plot " fn " for z in [-zmax, zmax]"),                        \
        CLI_LONG("points", &(o)->points, 2, 1e6, "number of grid points"),   \
        CLI_DOUBLE("h", &(o)->h, 1e-300, 1,                                  \
                   "step of the central difference"),                        \
        CLI_DOUBLE("z0", &(o)->z0, -30, 30,                                  \
                   "where to sweep the difference step"),                    \
        CLI_CHOICE("precision", &(o)->precision, sweep_precision_names,      \
                   "precision of the " claim " forms")

/* After parsing: in float, z0 becomes the float the forms compute at,
 * (float)z0, so that the difference sweep asks about the z it uses. */
void sweep_options_settle(struct sweep_options *o);

#endif
