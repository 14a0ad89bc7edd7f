/*
 * feature_maps.c - polynomial and quadratic feature maps; see
 * feature_maps.h.
 */
#include "feature_maps.h"

#include "alloc.h"
#include "lsq.h"
#include "out.h"
#include "ref.h"

#include <math.h>
#include <stdlib.h>

//> poly-features
void feature_maps_poly(const double *x, size_t m, int degree, double *a)
{
    size_t p = (size_t)degree + 1;
    for (size_t i = 0; i < m; i++) {
        double power = 1.0;
        for (size_t j = 0; j < p; j++) {
            a[i * p + j] = power;
            power *= x[i];
        }
    }
}
//< poly-features

double feature_maps_poly_eval(const double *theta, int degree, double x)
{
    double s = theta[degree];
    for (int j = degree - 1; j >= 0; j--)
        s = s * x + theta[j];
    return s;
}

//> squares
void feature_maps_squares(const double *x, size_t n, double *u)
{
    for (size_t i = 0; i < n; i++) {
        u[2 * i] = x[2 * i] * x[2 * i];
        u[2 * i + 1] = x[2 * i + 1] * x[2 * i + 1];
    }
}
//< squares

void feature_maps_quadratic(const double *x, size_t n, double *u)
{
    for (size_t i = 0; i < n; i++) {
        double x1 = x[2 * i], x2 = x[2 * i + 1];
        u[3 * i] = x1 * x1;
        u[3 * i + 1] = x2 * x2;
        u[3 * i + 2] = x1 * x2;
    }
}

int feature_maps_ellipse(double w1, double w2, double b, double *a1,
                         double *a2)
{
    /* w1 x1^2 + w2 x2^2 = -b: an ellipse when both sides can be divided
     * to (x1 / a1)^2 + (x2 / a2)^2 = 1 with a1, a2 real and positive. */
    if (!((w1 > 0 && w2 > 0 && b < 0) || (w1 < 0 && w2 < 0 && b > 0))) {
        return 0;
    }
    *a1 = sqrt(-b / w1);
    *a2 = sqrt(-b / w2);
    return 1;
}

int feature_maps_on_epoch(long epoch, double loss, double accuracy,
                          void *ctx)
{
    struct feature_maps_progress *p = ctx;
    (void)loss;
    p->best = fmax(p->best, accuracy);
    if (accuracy == 1.0 && p->first_full < 0) {
        p->first_full = epoch;
    }
    return 0;
}

//> train-linear
struct mlp *feature_maps_train_linear(const double *u, const double *y,
                                      size_t n, size_t width, double lr,
                                      long epochs,
                                      struct feature_maps_progress *p)
{
    const size_t sizes[2] = { width, 1 };
    struct mlp *m = mlp_alloc(sizes, 2, ACT_IDENTITY, n);
    *p = (struct feature_maps_progress){ -1, 0.0 };
    /* mlp_alloc() leaves every weight at 0, and we start there: the
     * cross-entropy of a linear classifier is convex in its weights, so
     * there is no bad local minimum to avoid, and 0 needs no seed. */
    const struct train_config cfg = {
        .lr = lr, .epochs = epochs, .batch = 0, .seed = 0,
        .loss = LOSS_BCE,
    };
    mlp_train(m, u, y, n, &cfg, feature_maps_on_epoch, p);
    return m;
}
//< train-linear

int feature_maps_fit(const double *x, const double *y, size_t m,
                     const double *truth, int degree,
                     struct feature_maps_fit *f)
{
    *f = (struct feature_maps_fit){ .failed = 0 };
    double *a = alloc_array(m * (FEATURE_MAPS_DEGREE + 1), sizeof *a);
    for (int k = 1; k <= FEATURE_MAPS_DEGREE; k++) {
        f->resid[k] = alloc_array(m, sizeof *f->resid[k]);
        feature_maps_poly(x, m, k, a);
        if (lsq_qr(a, m, (size_t)k + 1, y, f->theta[k]) != 0) {
            f->failed = k;
            free(a);
            return -1;
        }
        f->worst[k] = lsq_residuals(a, m, (size_t)k + 1, y, f->theta[k],
                                    f->resid[k]);
    }
    /* The model's own degree once more, by the normal equations. */
    feature_maps_poly(x, m, degree, a);
    if (lsq_normal(a, m, (size_t)degree + 1, y, f->normal) != 0) {
        f->failed = -1;
        free(a);
        return -1;
    }
    for (int j = 0; j <= degree; j++) {
        f->err_qr[j] = fabs(f->theta[degree][j] - truth[j]);
        f->err_normal[j] = fabs(f->normal[j] - truth[j]);
        f->worst_qr = fmax(f->worst_qr, f->err_qr[j]);
        f->worst_normal = fmax(f->worst_normal, f->err_normal[j]);
    }
    free(a);
    return 0;
}

void feature_maps_fit_free(struct feature_maps_fit *f)
{
    for (int k = 1; k <= FEATURE_MAPS_DEGREE; k++) {
        free(f->resid[k]);
        f->resid[k] = NULL;
    }
}

double feature_maps_hidden_accuracy(const struct dataset *d, size_t hidden,
                                    double lr, long epochs, struct rng *r)
{
    const size_t sizes[3] = { 2, hidden, 1 };
    struct mlp *m = mlp_alloc(sizes, 3, ACT_SIGMOID, d->n);
    mlp_init(m, INIT_XAVIER, r);
    const struct train_config cfg = {
        .lr = lr, .epochs = epochs, .batch = 0, .seed = 0,
        .loss = LOSS_BCE,
    };
    struct feature_maps_progress p = { -1, 0.0 };
    mlp_train(m, d->x, d->y, d->n, &cfg, feature_maps_on_epoch, &p);
    mlp_free(m);
    return p.best;
}

double feature_maps_linear_accuracy(const double *u, const double *y,
                                    size_t n, size_t width, double lr,
                                    long epochs)
{
    struct feature_maps_progress p;
    mlp_free(feature_maps_train_linear(u, y, n, width, lr, epochs, &p));
    return p.best;
}

/* Points on the drawn ellipse. */
#define ELLIPSE_POINTS 256

void feature_maps_write_boundary(double w1, double w2, double b)
{
    /* Both intercepts are positive when the boundary is an ellipse. */
    struct tsv *t = tsv_open("mapped_line.tsv", "u1 u2");
    TSV_ROW(t, 0.0, -b / w2);
    TSV_ROW(t, -b / w1, 0.0);
    double a1, a2;
    t = tsv_open("ellipse.tsv", "x1 x2");
    if (feature_maps_ellipse(w1, w2, b, &a1, &a2)) {
        for (int k = 0; k <= ELLIPSE_POINTS; k++) {
            double angle = 2 * REF_PI * k / ELLIPSE_POINTS;
            TSV_ROW(t, a1 * cos(angle), a2 * sin(angle));
        }
    }
}
