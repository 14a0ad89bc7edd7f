/*
 * 04-step-units - step units as half-planes, and the polygons they carve.
 *
 * Reproduces claim N5 of the claims ledger: with the step activation each
 * hidden unit is a half-plane; three of them, ANDed by a threshold output
 * unit, make the triangle that separates the article's triangles from its
 * circles; n of them make a regular n-gon, whose area approaches the
 * disk's with an error that falls like 1/n^2.
 *
 * Run it:   build/bin/04-step-units
 *           build/bin/04-step-units --seed 5 --points 2000 --nmax 65536
 *           build/bin/04-step-units --help
 * It prints a summary; with --out DIR it writes the tables listed in
 * OUTPUTS below, which plots/04-step-units/ draws.
 */
#include "alloc.h"
#include "cli.h"
#include "data2d.h"
#include "fit.h"
#include "mlp.h"
#include "out.h"
#include "ref.h"
#include "rng.h"
#include "step_units.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static const char OUTPUTS[] =
    "  data.tsv         x1, x2, label (1 = triangle, 0 = circle), and\n"
    "                   predicted, the hand-set network's class\n"
    "  lines.tsv        x1, x2: the three hidden units' lines, one segment\n"
    "                   per block\n"
    "  region.tsv       x1, x2, count (hidden units that say 1), inside\n"
    "                   (the output: 1 in the triangle), on a grid\n"
    "  triangle.tsv     x1, x2: the region's vertices, from the weights\n"
    "  ngon_K.tsv       x1, x2: the K-th n-gon of the figure (K = 0..3),\n"
    "                   from the weights\n"
    "  ngon_labels.tsv  x1, x2, label: where to write each n\n"
    "  circle.tsv       x1, x2: the unit circle\n"
    "  area.tsv         n, area (of the n-gon region), error (area - pi),\n"
    "                   leading (pi^3 / 3n^2), fit (the fitted power law)\n"
    "  values.tsv       key, value: the numbers the chapter's text quotes\n";

/* The plotted window, [-WINDOW, WINDOW]^2: the ring ends at radius 3.5. */
#define WINDOW 4.0
/* Half the length of each drawn line: long enough to cross the window. */
#define LINE_HALF 12.0
/* The n-gons drawn in the figure around the unit circle. */
static const size_t NGON_SHOW[] = { 3, 4, 6, 12 };
#define NGON_SHOW_LEN (sizeof NGON_SHOW / sizeof NGON_SHOW[0])
/* Where each n is written: below the triangle, whose lowest side is at
 * x2 = -1. */
#define NGON_LABEL_Y (-1.6)
/* Points on the drawn circle: at 256 the polygon of the plot is within
 * 1 - cos(pi/256) = 8e-5 of the circle, far below a printed line. */
#define CIRCLE_POINTS 256
/* The fit of the area error uses n >= FIT_FROM, where the next term of
 * the series, 2 pi^5 / 15n^4, is under 6 % of the leading pi^3 / 3n^2
 * (their ratio is 2 pi^2 / 5n^2 = 0.062 at n = 8). */
#define FIT_FROM 8
#define MAX_SIDES (1L << 20)

/* One row per point of the data set, with the network's verdict. */
static double classify_data(struct mlp *m, const struct dataset *d,
                            double margin[2])
{
    struct tsv *t = tsv_open("data.tsv", "x1 x2 label predicted");
    size_t right = 0;
    /* margin[0]: how far inside the nearest side the deepest-lying class-1
     * point is not; the smallest z_k over triangles. margin[1]: for each
     * circle, how far beyond its farthest side it lies; the smallest. */
    margin[0] = INFINITY;
    margin[1] = INFINITY;
    for (size_t i = 0; i < d->n; i++) {
        const double *p = d->x + 2 * i;
        int predicted = step_units_classify(m, p, NULL);
        int label = d->y[i] > 0.5;
        right += predicted == label;
        double zmin = INFINITY;
        for (size_t k = 0; k < m->sizes[1]; k++)
            zmin = fmin(zmin, m->z[0][k]);
        margin[label ? 0 : 1] = fmin(margin[label ? 0 : 1],
                                     label ? zmin : -zmin);
        TSV_ROW(t, p[0], p[1], d->y[i], (double)predicted);
    }
    return (double)right / (double)d->n;
}

/* The lines w . x + b = 0 of the hidden units, as long segments. */
static void write_lines(const struct mlp *m)
{
    struct tsv *t = tsv_open("lines.tsv", "x1 x2");
    const struct dense *h = &m->layers[0];
    for (size_t k = 0; k < h->out; k++) {
        double a = h->w[2 * k], b = h->w[2 * k + 1];
        double nn = a * a + b * b;
        /* The point of the line nearest the origin, and its direction. */
        double px = -h->b[k] * a / nn, py = -h->b[k] * b / nn;
        double len = sqrt(nn);
        TSV_ROW(t, px - LINE_HALF * b / len, py + LINE_HALF * a / len);
        TSV_ROW(t, px + LINE_HALF * b / len, py - LINE_HALF * a / len);
        tsv_blank(t);
    }
}

/* The closed outline of a polygon, its first vertex repeated at the end. */
static void write_outline(struct tsv *t, const double *v, size_t n)
{
    for (size_t k = 0; k <= n; k++)
        TSV_ROW(t, v[2 * (k % n)], v[2 * (k % n) + 1]);
}

/* N5: the article's triangle, on the data and on a grid. */
static void show_triangle(uint64_t seed, long points, long grid)
{
    struct rng r;
    rng_seed(&r, seed);
    struct dataset d;
    struct mlp *m = step_units_polygon(3, STEP_UNITS_TRIANGLE_INRADIUS, 1);
    if (data_make(DATA_ARTICLE, &d, &r, (size_t)points) != 0) {
        fprintf(stderr, "04-step-units: out of memory\n");
        exit(1);
    }
    double margin[2];
    double acc = classify_data(m, &d, margin);
    write_lines(m);

    struct tsv *t = tsv_open("region.tsv", "x1 x2 count inside");
    for (long i = 0; i < grid; i++) {
        double x1 = -WINDOW + 2 * WINDOW * (double)i / (double)(grid - 1);
        for (long j = 0; j < grid; j++) {
            double p[2] = {
                x1, -WINDOW + 2 * WINDOW * (double)j / (double)(grid - 1)
            };
            int count;
            int inside = step_units_classify(m, p, &count);
            TSV_ROW(t, p[0], p[1], (double)count, (double)inside);
        }
        tsv_blank(t);
    }
    double v[6];
    step_units_region_vertices(m, v);
    write_outline(tsv_open("triangle.tsv", "x1 x2"), v, 3);

    printf("N5  three step units and a threshold (the article's triangle):"
           "\n    accuracy on the article set (%zu points, seed %llu): "
           "%.1f %%\n", d.n, (unsigned long long)seed, 100 * acc);
    printf("    every triangle lies >= %.3f inside all three sides,\n"
           "    every circle >= %.3f beyond one of them\n", margin[0],
           margin[1]);
    printf("    region vertices, from the weights:\n"
           "      (%.4f, %.4f) (%.4f, %.4f) (%.4f, %.4f)\n", v[0], v[1],
           v[2], v[3], v[4], v[5]);
    out_value("accuracy", "%.1f", 100 * acc);
    out_value("points", "%zu", d.n);
    out_value("seed", "%llu", (unsigned long long)seed);
    out_value("margin_in", "%.3f", margin[0]);
    out_value("margin_out", "%.3f", margin[1]);
    out_value("top_vertex", "%.4f", v[3]);
    mlp_free(m);
    dataset_free(&d);
}

/* The vertices (n x 2, to free) of the region of the n-gon network
 * around the unit circle, found from its weights. */
static double *ngon_vertices(size_t n)
{
    struct mlp *m = step_units_polygon(n, 1.0, 1);
    double *v = alloc_array(2 * n, sizeof *v);
    step_units_region_vertices(m, v);
    mlp_free(m);
    return v;
}

/* N5: a few n-gons around the unit circle, for the figure. */
static void show_ngons(void)
{
    struct tsv *labels = tsv_open("ngon_labels.tsv", "x1 x2 label");
    for (size_t s = 0; s < NGON_SHOW_LEN; s++) {
        size_t n = NGON_SHOW[s];
        double *v = ngon_vertices(n);
        char text[32];
        snprintf(text, sizeof text, "ngon_%zu.tsv", s);
        write_outline(tsv_open(text, "x1 x2"), v, n);
        snprintf(text, sizeof text, "n = %zu", n);
        tsv_num(labels, 0.0);
        tsv_num(labels, NGON_LABEL_Y);
        tsv_str(labels, text);
        tsv_end(labels);
        free(v);
    }
    struct tsv *c = tsv_open("circle.tsv", "x1 x2");
    for (int k = 0; k <= CIRCLE_POINTS; k++) {
        double a = 2 * REF_PI * k / CIRCLE_POINTS;
        TSV_ROW(c, cos(a), sin(a));
    }
}

/* The sides of the area sweep: 3, 4, 6, 8, 12, 16, ... up to nmax, two
 * per doubling, evenly spread on a log axis. Returns how many. */
static size_t area_sides(long nmax, size_t *sides, size_t cap)
{
    size_t count = 0;
    for (long base = 1; count + 2 <= cap && 3 * base <= nmax; base *= 2) {
        sides[count++] = (size_t)(3 * base);
        if (4 * base <= nmax) {
            sides[count++] = (size_t)(4 * base);
        }
    }
    return count;
}

/* N5: the area of the n-gon region against the disk's, for many n. */
static void show_area(long nmax)
{
    enum { CAP = 2 * 21 }; /* two sides per doubling up to 2^20 */
    size_t sides[CAP];
    double ns[CAP], err[CAP], area[CAP];
    size_t count = area_sides(nmax, sides, CAP), fit_count = 0;
    double fx[CAP], fy[CAP];

    for (size_t s = 0; s < count; s++) {
        size_t n = sides[s];
        double *v = ngon_vertices(n);
        ns[s] = (double)n;
        area[s] = step_units_area(v, n);
        err[s] = area[s] - REF_PI;
        if (n >= FIT_FROM) {
            fx[fit_count] = ns[s];
            fy[fit_count++] = err[s];
        }
        free(v);
    }
    struct fit_line f = fit_loglog(fx, fy, fit_count);
    struct tsv *t = tsv_open("area.tsv", "n area error leading fit");
    printf("\n    n-gon of step units around the unit disk (area pi):\n"
           "      n        area of the region   error = area - pi\n");
    for (size_t s = 0; s < count; s++) {
        double leading = REF_PI * REF_PI * REF_PI / (3 * ns[s] * ns[s]);
        TSV_ROW(t, ns[s], area[s], err[s], leading,
                pow(10.0, f.intercept) * pow(ns[s], f.slope));
        /* Every row is in area.tsv; the summary shows one per doubling
         * (the n = 3 2^k), and the last. */
        if (s % 2 == 0 || s + 1 == count) {
            printf("      %-8zu %-20.15f %.4g\n", sides[s], area[s],
                   err[s]);
        }
    }
    printf("    fit error = C n^p over n >= %d: p = %.4f (theory -2),\n"
           "      C = %.4f (theory pi^3/3 = %.4f)\n", FIT_FROM, f.slope,
           pow(10.0, f.intercept), REF_PI * REF_PI * REF_PI / 3);
    out_value("slope", "%.4f", f.slope);
    out_value("constant", "%.3f", pow(10.0, f.intercept));
    out_value("constant_theory", "%.3f", REF_PI * REF_PI * REF_PI / 3);
    out_value("fit_from", "%d", FIT_FROM);
    out_value("nmax", "%zu", sides[count - 1]);
    out_value("err_3", "%.3f", err[0]);
    out_value("err_max", "%.2g", err[count - 1]);
    out_value("rel_3", "%.0f", 100 * err[0] / REF_PI);
}

int main(int argc, char **argv)
{
    uint64_t seed = 1;
    long points = 200, grid = 161, nmax = 4096;
    const struct cli_opt opts[] = {
        CLI_SEED("seed", &seed, "seed of the article data set"),
        CLI_LONG("points", &points, 2, 1e6, "points in the data set"),
        CLI_LONG("grid", &grid, 2, 2000,
                 "grid points per side of the region map"),
        CLI_LONG("nmax", &nmax, 16, (double)MAX_SIDES,
                 "largest number of sides in the sweep"),
        CLI_END
    };
    CLI_PARSE("04-step-units",
              "Step units as half-planes; polygons that approach a disk: "
              "claim N5.",
              OUTPUTS, opts, argc, argv);

    printf("Chapter 4: step units carve polygons\n\n");
    show_triangle(seed, points, grid);
    show_ngons();
    show_area(nmax);
    out_finish();
    return 0;
}
