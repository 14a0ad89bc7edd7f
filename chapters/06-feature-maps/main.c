/*
 * 06-feature-maps - polynomial models are linear regression after a
 * feature map; squared inputs make the article set linearly separable.
 *
 * Reproduces claim N7 of the claims ledger: with the features
 * (x, x^2, x^3), least squares recovers the coefficients of the article's
 * quadratic and cubic models exactly (to rounding) from noiseless data,
 * where a line leaves structured residuals; with the features
 * (x1^2, x2^2), a linear classifier separates the article's triangles
 * from its circles, and its boundary in the input plane is an ellipse.
 * For contrast it tries the same maps on the xor set, where a hidden
 * layer, which learns its map, succeeds.
 *
 * Run it:   build/bin/06-feature-maps
 *           build/bin/06-feature-maps --noise 0.1 --samples 200
 *           build/bin/06-feature-maps --help
 * It prints a summary; with --out DIR it writes the tables listed in
 * OUTPUTS below, which plots/06-feature-maps/ draws.
 */
#include "alloc.h"
#include "cli.h"
#include "data2d.h"
#include "feature_maps.h"
#include "feature_maps_report.h"
#include "mlp.h"
#include "out.h"
#include "progress.h"
#include "rng.h"

#include <stdio.h>
#include <stdlib.h>

static const char OUTPUTS[] =
    "  samples_M.tsv    x, y, resid_1, resid_2, resid_3: the samples of\n"
    "                   model M (quadratic, cubic) and the residuals of\n"
    "                   the least-squares fits of degree 1, 2, 3\n"
    "  curves_M.tsv     x, truth, fit_1, fit_2, fit_3: the model and the\n"
    "                   fits on a fine grid\n"
    "  recovery.tsv     model, coef, truth, qr, qr_error, normal_error:\n"
    "                   the coefficients recovered with the full map\n"
    "  data.tsv         x1, x2, label: the article set\n"
    "  mapped.tsv       u1, u2, label: the same points after\n"
    "                   u = (x1^2, x2^2)\n"
    "  mapped_line.tsv  u1, u2: the learned boundary in the mapped plane\n"
    "  ellipse.tsv      x1, x2: the same boundary in the input plane\n"
    "  contrast.tsv     set, raw, squares, quadratic, hidden: training\n"
    "                   accuracy (%) of each way to get features\n"
    "  values.tsv       key, value: the numbers the chapter's text quotes,\n"
    "                   among them <model>_resid_<degree>, <model>_extra,\n"
    "                   <model>_err_qr, <model>_err_normal, and for each\n"
    "                   set of contrast.tsv <set>_raw, <set>_squares,\n"
    "                   <set>_quadratic, <set>_hidden\n";

/* The article's two models, h(x) = t0 + t1 x + t2 x^2 (+ t3 x^3), with
 * coefficients of our choosing: of mixed sign and size, so that a wrong
 * column would show, and curved enough on [-XMAX, XMAX] to see. */
static const double QUADRATIC[] = { 0.5, -1.0, 1.5 };
static const double CUBIC[] = { 0.5, -1.0, -0.5, 0.75 };
#define XMAX 2.0
#define CURVE_POINTS 201
/* The xor contrast: a hidden layer of this width, trained as chapter 5
 * trains its networks (sigmoid, Xavier weights, full batch, rate 1). */
#define XOR_HIDDEN 4
#define XOR_LR 1.0

struct options {
    uint64_t seed;
    long samples, points, epochs;
    double noise, lr;
};

/* ----------------------------------------------------------- regression */

/* N7: fit the model `name` (degree `degree`, coefficients truth) with
 * polynomials of degree 1 .. FEATURE_MAPS_DEGREE; for the full map compare QR
 * and the normal equations with the truth. */
static void show_model(const char *name, const double *truth, int degree,
                       const struct options *o, struct rng *r,
                       struct tsv *recovery)
{
    size_t m = (size_t)o->samples;
    double *x = alloc_array(m, sizeof *x), *y = alloc_array(m, sizeof *y);
    for (size_t i = 0; i < m; i++) {
        x[i] = rng_range(r, -XMAX, XMAX);
        y[i] = feature_maps_poly_eval(truth, degree, x[i]) +
               o->noise * rng_normal(r);
    }
    struct feature_maps_fit f;
    if (feature_maps_fit(x, y, m, truth, degree, &f) != 0) {
        feature_maps_report_failed(name, &f);
    }
    feature_maps_report_fit(name, truth, degree, x, y, m, &f, recovery,
                            XMAX, CURVE_POINTS);
    feature_maps_fit_free(&f);
    free(x);
    free(y);
}

/* ------------------------------------------------------- classification */

/* N7: the article set after the map (x1^2, x2^2), and its boundary. */
static void show_separable(const struct options *o, const struct dataset *d)
{
    double *u = alloc_array(2 * d->n, sizeof *u);
    feature_maps_squares(d->x, d->n, u);
    feature_maps_write_mapped(d, u);
    struct feature_maps_progress p;
    struct mlp *m = feature_maps_train_linear(u, d->y, d->n, 2, o->lr,
                                              o->epochs, &p);
    /* The boundary w1 u1 + w2 u2 + b = 0, and in the input plane. */
    const struct dense *l = &m->layers[0];
    feature_maps_report_separable(d->n, &p, l->w[0], l->w[1], l->b[0],
                                  o->epochs, o->lr);
    mlp_free(m);
    free(u);
}

/* N7, the contrast: which features separate the article set and xor. */
static void show_contrast(const struct options *o, struct rng *r,
                          const struct dataset *article)
{
    struct dataset xor_set;
    data_xor(&xor_set, r, (size_t)o->points);
    const struct dataset *sets[2] = { article, &xor_set };
    static const char *const names[2] = { "article", "xor" };
    double acc[2][4];
    for (int s = 0; s < 2; s++) {
        const struct dataset *d = sets[s];
        double *u = alloc_array(3 * d->n, sizeof *u);
        /* Linear classifiers on x, its squares, squares and product. */
        acc[s][0] = feature_maps_linear_accuracy(d->x, d->y, d->n, 2,
                                                 o->lr, o->epochs);
        feature_maps_squares(d->x, d->n, u);
        acc[s][1] = feature_maps_linear_accuracy(u, d->y, d->n, 2, o->lr,
                                                 o->epochs);
        feature_maps_quadratic(d->x, d->n, u);
        acc[s][2] = feature_maps_linear_accuracy(u, d->y, d->n, 3, o->lr,
                                                 o->epochs);
        /* The hidden layer learns its features from the raw inputs. */
        acc[s][3] = feature_maps_hidden_accuracy(d, XOR_HIDDEN, XOR_LR,
                                                 o->epochs, r);
        free(u);
    }
    feature_maps_report_contrast(names, acc);
    dataset_free(&xor_set);
}

int main(int argc, char **argv)
{
    struct options o = {
        .seed = 1, .samples = 40, .points = 200, .epochs = 2000,
        .noise = 0.0, .lr = 0.05,
    };
    const struct cli_opt opts[] = {
        CLI_SEED("seed", &o.seed, "seed of every data set"),
        CLI_LONG("samples", &o.samples, 4, 1e6,
                 "samples of each regression model"),
        CLI_DOUBLE("noise", &o.noise, 0, 10,
                   "standard deviation of noise added to the samples"),
        CLI_LONG("points", &o.points, 4, 100000,
                 "points in each classification set"),
        CLI_DOUBLE("lr", &o.lr, 1e-5, 10,
                   "learning rate of the linear classifiers"),
        CLI_LONG("epochs", &o.epochs, 1, 1e6, "epochs of every classifier"),
        CLI_END
    };
    CLI_PARSE("06-feature-maps",
              "Polynomial models as linear regression on mapped features; a "
              "map that makes the article set separable (claim N7).",
              OUTPUTS, opts, argc, argv);

    struct rng r;
    rng_seed(&r, o.seed);
    printf("Chapter 6: feature maps\n\nN7  least squares on features "
           "1, x, ..., x^k (Householder QR), noise %g:\n", o.noise);
    struct tsv *rec = tsv_open("recovery.tsv", "model coef truth qr "
                                               "qr_error normal_error");
    progress_show("fitting the quadratic model");
    show_model("quadratic", QUADRATIC, 2, &o, &r, rec);
    progress_show("fitting the cubic model");
    show_model("cubic", CUBIC, 3, &o, &r, rec);
    out_value("samples", "%ld", o.samples);
    out_value("xmax", "%g", XMAX);
    out_value("xor_centre", "%g", DATA_XOR_CENTRE);
    out_value("xor_centre_sq", "%g", DATA_XOR_CENTRE * DATA_XOR_CENTRE);
    out_value("noise", "%g", o.noise);

    struct dataset d;
    data_make(DATA_ARTICLE, &d, &r, (size_t)o.points);
    progress_show("training on the squares");
    show_separable(&o, &d);
    progress_show("training the contrast's classifiers");
    show_contrast(&o, &r, &d);
    progress_done();
    out_value("points", "%zu", d.n);
    /* The classes' radii, squared: where they lie after the map. */
    OUT_NUMBERS("%g", { "inner_sq", DATA_ARTICLE_INNER_RADIUS
                                    * DATA_ARTICLE_INNER_RADIUS },
                { "ring_min_sq", DATA_ARTICLE_RING_MIN
                                 * DATA_ARTICLE_RING_MIN });
    out_value("lr", "%g", o.lr);
    OUT_NUMBERS("%.0f", { "epochs", o.epochs },
                { "contrast_units", XOR_HIDDEN });
    dataset_free(&d);
    out_finish();
    return 0;
}
