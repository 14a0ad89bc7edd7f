/*
 * exercise.h - what an exercise's check needs: a verdict and a comparison.
 *
 * A check (chapters/NN-slug/exercises/NN.K-name.check.c) calls the
 * student's function on chosen inputs and ends with one of
 *
 *   ex_fail("01.1", "for x = (%g, %g) expected about %.4g, got %.4g", ...);
 *   ex_pass("01.1");
 *
 * ex_fail prints "01.1: MESSAGE" and exits 1; ex_pass prints "01.1 pass"
 * and exits 0. Both write to stdout, which `make exercise` shows as is.
 * A message says which input, what was expected and what came back, and
 * never the answer itself beyond what the chapter's text already shows.
 */
#ifndef EXERCISE_H
#define EXERCISE_H

/* Print "ID: MESSAGE" (printf-style) and exit with status 1. */
_Noreturn void ex_fail(const char *id, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Print "ID pass" and exit with status 0. */
_Noreturn void ex_pass(const char *id);

/* 1 if |got - want| <= tol (an absolute tolerance, for O(1) numbers);
 * 0 if not, or if either is NaN. */
int ex_near(double got, double want, double tol);

/* 1 if |got - want| <= rel |want| (a relative one, for numbers spanning
 * orders of magnitude); 0 if not, or if either is NaN. */
int ex_near_rel(double got, double want, double rel);

/* 1 if got is within `ulps` doubles of want, counting the doubles
 * between them (for results whose accuracy is a number of roundings);
 * 0 if not, or if either is NaN or infinite. */
int ex_near_ulps(double got, double want, double ulps);

#endif
