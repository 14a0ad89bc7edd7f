/*
 * step_units_report.c - chapter 4's tables, lines and keys; see
 * step_units_report.h.
 */
#include "step_units_report.h"

#include "ref.h"
#include "step_units.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* Points on the drawn circle: at 256 the polygon of the plot is within
 * 1 - cos(pi/256) = 8e-5 of the circle, far below a printed line. */
#define CIRCLE_POINTS 256

void step_units_write_lines(const struct mlp *m, double half)
{
    struct tsv *t = tsv_open("lines.tsv", "x1 x2");
    const struct dense *h = &m->layers[0];
    for (size_t k = 0; k < h->out; k++) {
        double a = h->w[2 * k], b = h->w[2 * k + 1];
        double nn = a * a + b * b;
        /* The point of the line nearest the origin, and its direction. */
        double px = -h->b[k] * a / nn, py = -h->b[k] * b / nn;
        double len = sqrt(nn);
        TSV_ROW(t, px - half * b / len, py + half * a / len);
        TSV_ROW(t, px + half * b / len, py - half * a / len);
        tsv_blank(t);
    }
}

void step_units_write_outline(struct tsv *t, const double *v, size_t n)
{
    for (size_t k = 0; k <= n; k++)
        TSV_ROW(t, v[2 * (k % n)], v[2 * (k % n) + 1]);
}

void step_units_write_region(struct mlp *m, double window, long grid)
{
    struct tsv *t = tsv_open("region.tsv", "x1 x2 count inside");
    for (long i = 0; i < grid; i++) {
        double x1 = -window + 2 * window * (double)i / (double)(grid - 1);
        for (long j = 0; j < grid; j++) {
            double p[2] = {
                x1, -window + 2 * window * (double)j / (double)(grid - 1)
            };
            int count;
            int inside = step_units_classify(m, p, &count);
            TSV_ROW(t, p[0], p[1], (double)count, (double)inside);
        }
        tsv_blank(t);
    }
}

void step_units_write_ngons(const size_t *show, size_t count,
                            double label_y)
{
    struct tsv *labels = tsv_open("ngon_labels.tsv", "x1 x2 label");
    for (size_t s = 0; s < count; s++) {
        size_t n = show[s];
        double *v = step_units_ngon_vertices(n);
        char text[32];
        snprintf(text, sizeof text, "ngon_%zu.tsv", s);
        step_units_write_outline(tsv_open(text, "x1 x2"), v, n);
        snprintf(text, sizeof text, "n = %zu", n);
        tsv_num(labels, 0.0);
        tsv_num(labels, label_y);
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

void step_units_report_triangle(size_t n, uint64_t seed, double acc,
                                const double margin[2], const double *v)
{
    printf("N5  three step units and a threshold (the article's triangle):"
           "\n    accuracy on the article set (%zu points, seed %llu): "
           "%.1f %%\n", n, (unsigned long long)seed, 100 * acc);
    printf("    every triangle lies >= %.3f inside all three sides,\n"
           "    every circle >= %.3f beyond one of them\n", margin[0],
           margin[1]);
    printf("    region vertices, from the weights:\n"
           "      (%.4f, %.4f) (%.4f, %.4f) (%.4f, %.4f)\n", v[0], v[1],
           v[2], v[3], v[4], v[5]);
    out_value("accuracy", "%.1f", 100 * acc);
    out_value("points", "%zu", n);
    out_value("seed", "%llu", (unsigned long long)seed);
    OUT_NUMBERS("%.3f", { "margin_in", margin[0] },
                { "margin_out", margin[1] });
    out_value("top_vertex", "%.4f", v[3]);
}

void step_units_report_area(const size_t *sides, const double *area,
                            size_t count, struct fit_line f, int fit_from)
{
    const double pi3 = REF_PI * REF_PI * REF_PI;
    struct tsv *t = tsv_open("area.tsv", "n area error leading fit");
    printf("\n    n-gon of step units around the unit disk (area pi):\n"
           "      n        area of the region   error = area - pi\n");
    for (size_t s = 0; s < count; s++) {
        double n = (double)sides[s], err = area[s] - REF_PI;
        TSV_ROW(t, n, area[s], err, pi3 / (3 * n * n),
                pow(10.0, f.intercept) * pow(n, f.slope));
        /* Every row is in area.tsv; the summary shows one per doubling
         * (the n = 3 2^k), and the last. */
        if (s % 2 == 0 || s + 1 == count) {
            printf("      %-8zu %-20.15f %.4g\n", sides[s], area[s], err);
        }
    }
    printf("    fit error = C n^p over n >= %d: p = %.4f (theory -2),\n"
           "      C = %.4f (theory pi^3/3 = %.4f)\n", fit_from, f.slope,
           pow(10.0, f.intercept), pi3 / 3);
    out_value("slope", "%.4f", f.slope);
    OUT_NUMBERS("%.3f", { "constant", pow(10.0, f.intercept) },
                { "constant_theory", pi3 / 3 });
    out_value("fit_from", "%d", fit_from);
    /* The ratio of the second term of the area error to the first,
     * 2 pi^2 / (5 n^2), at the first n of the fit. */
    out_value("second_term", "%.0f",
              100 * 2 * REF_PI * REF_PI / (5.0 * fit_from * fit_from));
    out_value("nmax", "%zu", sides[count - 1]);
    out_value("err_3", "%.3f", area[0] - REF_PI);
    out_value("err_max", "%.2g", area[count - 1] - REF_PI);
    out_value("rel_3", "%.0f", 100 * (area[0] - REF_PI) / REF_PI);
}
