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
#include "step_units_report.h"

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

/* N5: the article's triangle, on the data and on a grid. */
static void show_triangle(uint64_t seed, long points, long grid)
{
    struct rng r;
    rng_seed(&r, seed);
    struct dataset d;
    struct mlp *m = step_units_polygon(3, STEP_UNITS_TRIANGLE_INRADIUS, 1);
    data_make(DATA_ARTICLE, &d, &r, (size_t)points);
    double margin[2], v[6];
    double acc = classify_data(m, &d, margin);
    step_units_region_vertices(m, v);
    step_units_report_triangle(d.n, seed, acc, margin, v);
    step_units_write_lines(m, LINE_HALF);
    step_units_write_region(m, WINDOW, grid);
    step_units_write_outline(tsv_open("triangle.tsv", "x1 x2"), v, 3);
    mlp_free(m);
    dataset_free(&d);
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

/* N5: the area of the n-gon region against the disk's, for many n, and
 * the power law of its error. */
static void show_area(long nmax)
{
    enum { CAP = 2 * 21 }; /* two sides per doubling up to 2^20 */
    size_t sides[CAP], count = area_sides(nmax, sides, CAP), fit_count = 0;
    double area[CAP], fx[CAP], fy[CAP];
    for (size_t s = 0; s < count; s++) {
        double *v = step_units_ngon_vertices(sides[s]);
        area[s] = step_units_area(v, sides[s]);
        if (sides[s] >= FIT_FROM) {
            fx[fit_count] = (double)sides[s];
            fy[fit_count++] = area[s] - REF_PI;
        }
        free(v);
    }
    step_units_report_area(sides, area, count,
                           fit_loglog(fx, fy, fit_count), FIT_FROM);
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
              "Step units as half-planes; polygons that approach a disk "
              "(claim N5).",
              OUTPUTS, opts, argc, argv);

    printf("Chapter 4: step units carve polygons\n\n");
    show_triangle(seed, points, grid);
    step_units_write_ngons(NGON_SHOW, NGON_SHOW_LEN, NGON_LABEL_Y);
    show_area(nmax);
    out_finish();
    return 0;
}
