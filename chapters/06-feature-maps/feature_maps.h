/*
 * feature_maps.h - models that are linear after a map of their inputs
 * (claim N7).
 *
 * A polynomial h(x) = t0 + t1 x + t2 x^2 + t3 x^3 is not linear in x, but
 * it is linear in its coefficients: with the features (1, x, x^2, x^3)
 * it is an inner product, and least squares finds the coefficients as
 * for any linear regression. For classification the same trick with the
 * features (x1^2, x2^2) turns the article's disk-and-ring set into one
 * that a line separates.
 */
#ifndef FEATURE_MAPS_H
#define FEATURE_MAPS_H

#include "data2d.h"
#include "mlp.h"
#include "rng.h"

#include <stddef.h>

/* The design matrix of a polynomial of degree `degree` in one variable:
 * row i of a (m x (degree + 1), row-major) is 1, x_i, ..., x_i^degree. */
void feature_maps_poly(const double *x, size_t m, int degree, double *a);

/* t0 + t1 x + ... + t_degree x^degree, by Horner's rule. */
double feature_maps_poly_eval(const double *theta, int degree, double x);

/* The map (x1, x2) -> (x1^2, x2^2) of n points: x and u are n x 2. */
void feature_maps_squares(const double *x, size_t n, double *u);

/* The map (x1, x2) -> (x1^2, x2^2, x1 x2) of n points: u is n x 3. */
void feature_maps_quadratic(const double *x, size_t n, double *u);

/*
 * The boundary w1 x1^2 + w2 x2^2 + b = 0 of a linear classifier on the
 * squares, drawn back in the input plane. When w1, w2 and -b share a
 * sign it is the ellipse with semi-axes sqrt(-b / w1), sqrt(-b / w2):
 * returns 1 and sets them. Otherwise (a hyperbola, two lines, or
 * nothing) returns 0.
 */
int feature_maps_ellipse(double w1, double w2, double b, double *a1,
                         double *a2);

/* The boundary w1 u1 + w2 u2 + b = 0 of a classifier on the squares as
 * tables: mapped_line.tsv, the line between its intercepts with the
 * axes of the mapped plane, and ellipse.tsv, the ellipse of
 * feature_maps_ellipse() in the input plane (no rows if it is none). */
void feature_maps_write_boundary(double w1, double w2, double b);

/* What a training run recorded, epoch by epoch. */
struct feature_maps_progress {
    long first_full; /* first epoch at 100 % training accuracy, or -1 */
    double best;     /* the best training accuracy */
};

/* A train_callback (src/mlp.h) that records into the struct
 * feature_maps_progress at ctx, which must start as { -1, 0 }. */
int feature_maps_on_epoch(long epoch, double loss, double accuracy,
                          void *ctx);

/*
 * A linear classifier on n rows of `width` features u (n x width): one
 * layer, whose output is a logit, trained from zero weights by `epochs`
 * full-batch steps of rate lr on the cross-entropy against labels y.
 * Returns the network (free it with mlp_free) and fills *p; n and width
 * are at least 1.
 */
struct mlp *feature_maps_train_linear(const double *u, const double *y,
                                      size_t n, size_t width, double lr,
                                      long epochs,
                                      struct feature_maps_progress *p);

/* N7's regression: least-squares fits of polynomials of degree 1 ..
 * FEATURE_MAPS_DEGREE to m samples (x, y) of a model of degree `degree`
 * (coefficients truth), by QR; for the model's own degree also by the
 * normal equations. */
#define FEATURE_MAPS_DEGREE 3
struct feature_maps_fit {
    /* theta[k]: the degree-k fit, k = 1 .. FEATURE_MAPS_DEGREE */
    double theta[FEATURE_MAPS_DEGREE + 1][FEATURE_MAPS_DEGREE + 1];
    double *resid[FEATURE_MAPS_DEGREE + 1]; /* m residuals each */
    double worst[FEATURE_MAPS_DEGREE + 1];  /* largest |residual| */
    double normal[FEATURE_MAPS_DEGREE + 1]; /* the normal equations' fit */
    double err_qr[FEATURE_MAPS_DEGREE + 1];     /* |theta - truth| */
    double err_normal[FEATURE_MAPS_DEGREE + 1]; /* |normal - truth| */
    double worst_qr, worst_normal;          /* the largest of each */
    int failed;      /* the degree whose fit failed (too few distinct x),
                      * -1 if the normal equations failed, 0 if none */
};
/* 0, or -1 with f->failed set. Free with feature_maps_fit_free(). */
int feature_maps_fit(const double *x, const double *y, size_t m,
                     const double *truth, int degree,
                     struct feature_maps_fit *f);
void feature_maps_fit_free(struct feature_maps_fit *f);

/* The best training accuracy of feature_maps_train_linear() on u (n x
 * width), y. */
double feature_maps_linear_accuracy(const double *u, const double *y,
                                    size_t n, size_t width, double lr,
                                    long epochs);

/* The best training accuracy of a 2 -> hidden -> 1 sigmoid network on d,
 * trained as chapter 5 trains its networks (Xavier weights from r, full
 * batch, rate lr, the cross-entropy) for `epochs` epochs. */
double feature_maps_hidden_accuracy(const struct dataset *d, size_t hidden,
                                    double lr, long epochs, struct rng *r);

#endif
