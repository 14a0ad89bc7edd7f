/*
 * 01-neuron - one neuron on the plane: a linear score, an activation, and
 * the line where the class flips.
 *
 * Reproduces claim N1 of the claims ledger: a neuron computes the score
 * z = w . x + b and then the activation a = g(z); thresholding z at 0
 * splits the plane along the line w . x + b = 0. The program evaluates
 * one neuron on a grid over the square [-range, range]^2 and checks, at
 * every grid point, that the sign of z agrees with the side of the line
 * the point lies on (found by geometry alone) and that a = g(z).
 *
 * Run it:   build/bin/01-neuron
 *           build/bin/01-neuron --w1 -1 --w2 3 --b 0.5 --act tanh
 *           build/bin/01-neuron --help
 * It prints a summary; with --out DIR it writes the tables listed in
 * OUTPUTS below, which plots/01-neuron/ draws.
 */
#include "act.h"
#include "cli.h"
#include "neuron.h"
#include "out.h"
#include "plane.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static const char OUTPUTS[] =
    "  grid.tsv      x1, x2, z (the score), a (the activation g(z)) on the\n"
    "                grid, in blocks of equal x1\n"
    "  line.tsv      x1, x2: the ends of the line w . x + b = 0 in the box\n"
    "  normal.tsv    x1, x2, dx1, dx2, tip_x1, tip_x2: the vector w, drawn\n"
    "                from the point of the line nearest the origin, and\n"
    "                where its tip lies\n"
    "  profile.tsv   s, z, a along the normal through that point: s is the\n"
    "                signed distance from the line, positive where w points\n"
    "  values.tsv    key, value: the numbers the chapter's text quotes\n";

/* Points of the profile along the normal: enough for a smooth curve. */
#define PROFILE_POINTS 401

/* The line w1 x1 + w2 x2 + b = 0 as text, signs written as operators:
 * "2 x1 + 1 x2 - 1 = 0". */
static const char *line_text(double w1, double w2, double b)
{
    static char text[96];
    snprintf(text, sizeof text, "%g x1 %c %g x2 %c %g = 0", w1,
             w2 < 0 ? '-' : '+', fabs(w2), b < 0 ? '-' : '+', fabs(b));
    return text;
}

/* What the checks of N1 found on the grid. */
struct grid_check {
    long positive, negative, zero; /* points with z > 0, z < 0, z == 0 */
    long in_band;       /* points too near the line for rounding to tell */
    long side_wrong;    /* sign(z) differs from the geometric side */
    long a_wrong;       /* a differs from g(z), bit for bit */
};

/* Evaluate the neuron on the grid, write grid.tsv, and check N1 at every
 * point. */
static struct grid_check check_grid(const struct neuron *nr,
                                    const struct plane_grid *g,
                                    const double seg[4], double band)
{
    struct grid_check c = { 0, 0, 0, 0, 0, 0 };
    struct tsv *t = tsv_open("grid.tsv", "x1 x2 z a");
    const double *w = nr->layer.w;
    double hw = hypot(w[0], w[1]), foot[2];
    /* The side that w points to, seen from the line: z > 0 there. */
    neuron_foot(nr, foot);
    const double tip[2] = { foot[0] + w[0], foot[1] + w[1] };
    int positive_side = neuron_side_of(seg, tip);
    for (long i = 0; i < g->n[0]; i++) {
        for (long j = 0; j < g->n[1]; j++) {
            double p[2], z, a;
            plane_grid_point(g, i, j, p);
            neuron_forward(nr, p, &z, &a, 1);
            TSV_ROW(t, p[0], p[1], z, a);
            c.positive += z > 0;
            c.negative += z < 0;
            c.zero += z == 0;
            /* |z| / |w| is the distance to the line: inside the band
             * rounding may decide the sign either way. */
            if (fabs(z) / hw <= band) {
                c.in_band++;
            } else if ((neuron_side_of(seg, p) == positive_side) !=
                       (z > 0)) {
                c.side_wrong++;
            }
            c.a_wrong += a != act_eval(nr->act, z);
        }
        tsv_blank(t);
    }
    return c;
}

/* The score and activation along the normal through the foot point. */
static void write_profile(const struct neuron *nr, double range)
{
    struct tsv *t = tsv_open("profile.tsv", "s z a");
    const double *w = nr->layer.w;
    double foot[2], hw = hypot(w[0], w[1]);
    neuron_foot(nr, foot);
    for (long k = 0; k < PROFILE_POINTS; k++) {
        double s = -range + 2 * range * (double)k / (PROFILE_POINTS - 1);
        double p[2] = { foot[0] + s * w[0] / hw, foot[1] + s * w[1] / hw };
        double z, a;
        neuron_forward(nr, p, &z, &a, 1);
        TSV_ROW(t, s, z, a);
    }
}

int main(int argc, char **argv)
{
    double w1 = 2, w2 = 1, b = -1, range = 3;
    long points = 121;
    int act = ACT_SIGMOID;
    const struct cli_opt opts[] = {
        CLI_DOUBLE("w1", &w1, -100, 100, "weight of x1"),
        CLI_DOUBLE("w2", &w2, -100, 100, "weight of x2"),
        CLI_DOUBLE("b", &b, -100, 100, "bias"),
        CLI_CHOICE("act", &act, act_names, "activation g"),
        CLI_DOUBLE("range", &range, 0.1, 100,
                   "the grid covers [-range, range]^2"),
        CLI_LONG("points", &points, 2, 2001, "grid points along each axis"),
        CLI_END
    };
    CLI_PARSE("01-neuron",
              "One neuron on the plane: score, activation, line (claim N1).",
              OUTPUTS, opts, argc, argv);
    if (w1 == 0 && w2 == 0) {
        fprintf(stderr, "01-neuron: options --w1, --w2: w = (0, 0) has no "
                "line (z = b everywhere)\n");
        return 2;
    }

    struct neuron nr;
    neuron_init(&nr, w1, w2, b, (enum act_kind)act);
    const struct plane_grid g = { { { -range, -range }, { range, range } },
                                  { points, points } };
    double seg[4], foot[2], hw = hypot(w1, w2);
    struct tsv *line = tsv_open("line.tsv", "x1 x2");
    if (plane_line_write(line, nr.layer.w, b, &g.box) != 0) {
        fprintf(stderr, "01-neuron: options --w1, --w2, --b, --range: the "
                "line %s misses the square\n", line_text(w1, w2, b));
        neuron_free(&nr);
        return 2;
    }
    plane_line_clip(nr.layer.w, b, &g.box, seg);
    neuron_foot(&nr, foot);
    struct tsv *normal = tsv_open("normal.tsv",
                                  "x1 x2 dx1 dx2 tip_x1 tip_x2");
    TSV_ROW(normal, foot[0], foot[1], w1, w2, foot[0] + w1,
            foot[1] + w2);

    double band = neuron_band(&nr, range);
    struct grid_check c = check_grid(&nr, &g, seg, band);
    write_profile(&nr, range);

    printf("Chapter 1: one neuron, z = w . x + b and a = g(z)\n\n");
    printf("N1  w = (%g, %g), b = %g, g = %s\n", w1, w2, b,
           act_name((enum act_kind)act));
    printf("    the line %s comes nearest the origin at (%.4g, %.4g);\n"
           "    w points to the side where z > 0, and z grows by |w| = %.4g "
           "per unit\n    of distance from the line\n",
           line_text(w1, w2, b), foot[0], foot[1], hw);
    printf("    grid of %ld x %ld points on [%g, %g]^2: z > 0 at %ld, z < 0 "
           "at %ld,\n    z = 0 at %ld\n", points, points, -range, range,
           c.positive, c.negative, c.zero);
    printf("    sign(z) against the side of the line, found by geometry: "
           "%ld disagree\n    (%ld points lie within %.2g of the line, "
           "where rounding may decide)\n", c.side_wrong, c.in_band, band);
    printf("    a = g(z), bit for bit: %ld points disagree\n", c.a_wrong);

    OUT_NUMBERS("%g", { "w1", w1 }, { "w2", w2 }, { "b", b });
    out_value("act", "%s", act_name((enum act_kind)act));
    OUT_NUMBERS("%.4g", { "foot_x1", foot[0] }, { "foot_x2", foot[1] },
                { "norm_w", hw });
    OUT_NUMBERS("%.0f", { "points", points },
                { "grid_total", points * points });
    out_value("range", "%g", range);
    OUT_NUMBERS("%.0f", { "positive", c.positive },
                { "negative", c.negative }, { "zero", c.zero },
                { "in_band", c.in_band }, { "side_wrong", c.side_wrong },
                { "a_wrong", c.a_wrong });
    out_value("band", "%.2g", band);
    neuron_free(&nr);
    out_finish();
    return 0;
}
