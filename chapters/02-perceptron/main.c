/*
 * 02-perceptron - the perceptron learning rule on the article's set, and
 * why it must fail there.
 *
 * Reproduces claim N2 of the claims ledger: a single-layer perceptron is
 * a linear classifier, and a set of "triangles" surrounded by a ring of
 * "circles" defeats it. The program
 *   - trains Rosenblatt's perceptron, recording the accuracy after every
 *     epoch and keeping the best weights seen (Gallant's pocket);
 *   - finds a certificate of non-separability: a point that is a convex
 *     combination of points of each class, with its weights;
 *   - finds, by exhaustive search, the highest accuracy any line reaches.
 *
 * Run it:   build/bin/02-perceptron
 *           build/bin/02-perceptron --data xor --epochs 200 --seed 3
 *           build/bin/02-perceptron --help
 * It prints a summary; with --out DIR it writes the tables listed in
 * OUTPUTS below, which plots/02-perceptron/ draws.
 */
#include "alloc.h"
#include "cli.h"
#include "data2d.h"
#include "out.h"
#include "perceptron.h"
#include "perceptron_report.h"
#include "plane.h"
#include "rng.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static const char OUTPUTS[] =
    "  points.tsv        x1, x2, label: the data (1 = triangle, 0 = circle)\n"
    "  accuracy.tsv      epoch, accuracy (at the end of the epoch), pocket\n"
    "                    (best so far), best_line (the best any line does),\n"
    "                    all in per cent\n"
    "  pocket_line.tsv, last_line.tsv, best_line.tsv\n"
    "                    x1, x2: ends of the pocket's line, of the line\n"
    "                    after the last epoch, of a best line, in the box\n"
    "  certificate.tsv   class, index, x1, x2, lambda: the points of the\n"
    "                    certificate and their convex weights\n"
    "  cert_hull.tsv     x1, x2: the certificate's polygons as closed paths\n"
    "                    separated by blank lines (a triangle and a point,\n"
    "                    or two segments)\n"
    "  cert_point.tsv    x1, x2: the common point of both classes' hulls\n"
    "  box.tsv           x1, x2: two corners of the drawing box\n"
    "  values.tsv        key, value: the numbers the chapter's text quotes\n";

/* The drawing box reaches this far beyond the farthest point. */
#define BOX_MARGIN 1.15

/* Above this many points the exhaustive search of lines takes over a
 * second, and we say on stderr what we are doing. */
#define SLOW_SEARCH 500

int main(int argc, char **argv)
{
    long points = 200, epochs = 60;
    double lr = 1.0;
    uint64_t seed = 1;
    int data = DATA_ARTICLE;
    const struct cli_opt opts[] = {
        CLI_CHOICE("data", &data, data_names, "data set"),
        CLI_LONG("points", &points, 4, 1000,
                 "number of points (time ~ points^3)"),
        CLI_SEED("seed", &seed, "seed of the data and the visiting order"),
        CLI_LONG("epochs", &epochs, 1, 100000, "passes over the data"),
        CLI_DOUBLE("lr", &lr, 1e-6, 1e6, "learning rate (only scales w, b)"),
        CLI_END
    };
    CLI_PARSE("02-perceptron",
              "The perceptron on the article's set, and why no line can "
              "succeed (claim N2).",
              OUTPUTS, opts, argc, argv);

    /* The data's stream and the visiting order's are seeded apart, so
     * changing the number of epochs never changes the data. */
    struct rng r;
    struct dataset d;
    rng_seed(&r, seed);
    double *acc = alloc_array((size_t)epochs, sizeof *acc);
    double *pocket = alloc_array((size_t)epochs, sizeof *pocket);
    data_make((enum data_kind)data, &d, &r, (size_t)points);
    size_t ones = 0;
    double reach = 0;
    for (size_t i = 0; i < d.n; i++) {
        ones += d.y[i] > 0.5;
        reach = fmax(reach, fmax(fabs(d.x[2 * i]), fabs(d.x[2 * i + 1])));
    }
    const struct plane_box box = { { -BOX_MARGIN * reach,
                                     -BOX_MARGIN * reach },
                                   { BOX_MARGIN * reach,
                                     BOX_MARGIN * reach } };
    plane_points_write(tsv_open("points.tsv", "x1 x2 label"), &d);
    struct tsv *bt = tsv_open("box.tsv", "x1 x2");
    TSV_ROW(bt, box.lo[0], box.lo[1]);
    TSV_ROW(bt, box.hi[0], box.hi[1]);

    printf("Chapter 2: the perceptron on the %s set\n(%zu points: %zu of "
           "class 1, %zu of class 0)\n\n", data_names[data], d.n, ones,
           d.n - ones);

    struct perceptron_cert cert;
    int have_cert = perceptron_certificate(&d, &cert) == 0;
    if (have_cert) {
        perceptron_report_certificate(&d, &cert);
    } else {
        printf("    no certificate of non-separability found\n");
    }

    struct perceptron_best best;
    if (d.n > SLOW_SEARCH) {
        fprintf(stderr, "02-perceptron: trying every line through two of "
                "%zu points...\n", d.n);
    }
    perceptron_best_line(&d, &best);
    double best_check = perceptron_accuracy(&best.line, &d);
    printf("    exhaustive search over all lines: the best gets %ld of "
           "%zu points wrong,\n    accuracy %.1f %% (a line built from it "
           "scores %.1f %%)\n", best.errors, d.n, 100 * best.accuracy,
           100 * best_check);

    struct perceptron_run run;
    perceptron_train(&d, epochs, lr, seed + 1, acc, pocket, &run);
    struct perceptron_report_epochs ep = perceptron_report_training(
        acc, pocket, epochs, best.accuracy, &run);

    plane_line_write(tsv_open("pocket_line.tsv", "x1 x2"), run.pocket.w,
                     run.pocket.b, &box);
    plane_line_write(tsv_open("last_line.tsv", "x1 x2"), run.last.w,
                     run.last.b, &box);
    plane_line_write(tsv_open("best_line.tsv", "x1 x2"), best.line.w,
                     best.line.b, &box);

    OUT_NUMBERS("%g", { "inner_radius", DATA_ARTICLE_INNER_RADIUS },
                { "ring_min", DATA_ARTICLE_RING_MIN },
                { "ring_max", DATA_ARTICLE_RING_MAX });
    OUT_NUMBERS("%.0f", { "n", d.n }, { "n_ones", ones },
                { "n_zeros", d.n - ones });
    out_value("seed", "%llu", (unsigned long long)seed);
    OUT_NUMBERS("%.0f", { "epochs", epochs }, { "updates", run.updates });
    OUT_NUMBERS("%.1f", { "acc_lo", 100 * ep.lo }, { "acc_hi", 100 * ep.hi },
                { "acc_mean", 100 * ep.mean },
                { "acc_last", 100 * acc[epochs - 1] });
    out_value("perfect_epochs", "%ld", run.perfect_epochs);
    out_value("pocket_acc", "%.1f", 100 * run.pocket_acc);
    out_value("pocket_epoch", "%ld", run.pocket_epoch);
    out_value("best_acc", "%.1f", 100 * best.accuracy);
    out_value("pairs", "%zu", d.n * (d.n - 1) / 2);
    long wrong[2] = { 0, 0 };
    for (size_t i = 0; i < d.n; i++) {
        int label = d.y[i] > 0.5;
        wrong[label] += perceptron_predict(&best.line, d.x + 2 * i) != label;
    }
    OUT_NUMBERS("%.0f", { "best_wrong_ones", wrong[1] },
                { "best_wrong_zeros", wrong[0] },
                { "best_errors", best.errors });
    out_value("cert_found", "%s", have_cert ? "yes" : "no");
    if (have_cert) {
        OUT_NUMBERS("%.4f", { "cert_q1", cert.q[0] },
                    { "cert_q2", cert.q[1] });
        out_value("cert_margin", "%.3f", cert.margin);
        OUT_NUMBERS("%.0f", { "cert_n1", cert.n[1] },
                    { "cert_n0", cert.n[0] });
    }
    free(acc);
    free(pocket);
    dataset_free(&d);
    out_finish();
    return 0;
}
