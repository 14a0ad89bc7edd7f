/*
 * Check of exercise 03.1: ex03_fold against the chapter's collapse_fold
 * on random 2-3-1 linear networks, to the tolerance of
 * tests/test_03_linear_collapse.c (test_article_expansion_equals_matrix_
 * product): two sums of four products differ by at most 5 eps times the
 * sum of their absolute values.
 */
#include "exercises.h"

#include "collapse.h"
#include "exercise.h"
#include "rng.h"

#include <float.h>
#include <math.h>

#define TRIALS 100

int main(void)
{
    static const size_t sizes[] = { 2, 3, 1 };
    static const char *const what[3] = { "w[0]", "w[1]", "b" };
    struct rng r;
    rng_seed(&r, 21);
    struct mlp *m = mlp_alloc(sizes, 3, ACT_IDENTITY, 1);
    for (int trial = 0; trial < TRIALS; trial++) {
        for (size_t l = 0; l < 2; l++) {
            for (size_t i = 0; i < m->layers[l].in * m->layers[l].out; i++)
                m->layers[l].w[i] = rng_normal(&r);
            for (size_t j = 0; j < m->layers[l].out; j++)
                m->layers[l].b[j] = rng_normal(&r);
        }
        struct dense one;
        collapse_fold(m, &one); /* m is linear, so it folds */
        double w[2] = { NAN, NAN }, b = NAN;
        ex03_fold(m, w, &b);
        const double *w1 = m->layers[0].w, *b1 = m->layers[0].b;
        const double *w2 = m->layers[1].w;
        double terms[3] = { 0, 0, fabs(m->layers[1].b[0]) };
        for (int j = 0; j < 3; j++) {
            terms[0] += fabs(w2[j] * w1[2 * j]);
            terms[1] += fabs(w2[j] * w1[2 * j + 1]);
            terms[2] += fabs(w2[j] * b1[j]);
        }
        const double want[3] = { one.w[0], one.w[1], one.b[0] };
        const double got[3] = { w[0], w[1], b };
        dense_free(&one);
        for (int k = 0; k < 3; k++)
            if (!ex_near(got[k], want[k], 5 * DBL_EPSILON * terms[k]))
                ex_fail("03.1", "for the network with W1 = [%.3f %.3f; "
                        "%.3f %.3f; %.3f %.3f], b1 = (%.3f, %.3f, %.3f), "
                        "W2 = [%.3f %.3f %.3f], b2 = %.3f:\n  expected "
                        "%s = %.6f, got %.6g", w1[0], w1[1], w1[2], w1[3],
                        w1[4], w1[5], b1[0], b1[1], b1[2], w2[0], w2[1],
                        w2[2], m->layers[1].b[0], what[k], want[k], got[k]);
    }
    mlp_free(m);
    ex_pass("03.1");
}
