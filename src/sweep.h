/*
 * sweep.h - measure functions against a reference, along z and along h.
 *
 * Chapters 7, 8 and 11 ask the same two questions of different functions:
 * how far is each way of computing g' from the truth along z, and how does
 * a difference quotient's error depend on its step h. These sweeps answer
 * both and write the answers as tables for the figures.
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
    double err; /* largest relative error (1 = no correct digit) */
    double z;   /* where */
    long nans;  /* how many points gave NaN */
};

/*
 * For n points z from lo to hi (n >= 2), write a row "z err_1 ... err_k"
 * with the relative error of each form against ref(z) to `t` (may be
 * NULL), and the worst case of each form to worst[0..k-1].
 */
void sweep_along_z(const struct sweep_form *forms, int k,
                   long double (*ref)(long double), double lo, double hi,
                   long n, struct tsv *t, struct sweep_worst *worst);

/* The result of a sweep over difference steps. */
struct sweep_steps {
    double best_h, best_err;  /* the central difference's best step */
    double slope;             /* fitted log-log slope where h is large */
};

/*
 * At z0, for h from 10^-1 down to 10^-15 (`per_decade` steps a decade),
 * write "h central forward model" to `t`: the relative errors of the
 * central and forward differences of f against ref_prime(z0), and the
 * error model h^2 |f'''|/6 + eps |f| / h of the central difference, where
 * f3 is f'''(z0) and fz = f(z0) and eps is the unit roundoff of the
 * precision f computes in.
 */
struct sweep_steps sweep_diff_steps(double (*f)(double),
                                    long double (*ref_prime)(long double),
                                    double z0, double f3, double eps,
                                    int per_decade, struct tsv *t);

#endif
