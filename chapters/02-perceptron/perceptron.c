/*
 * perceptron.c - Rosenblatt's perceptron, a certificate of
 * non-separability and the best line; see perceptron.h.
 */
#include "perceptron.h"

#include "alloc.h"
#include "ref.h"
#include "rng.h"

#include <math.h>
#include <stdlib.h>

#define TWO_PI (2 * REF_PI)

/* How many points of each class to try as the inside point: the one
 * nearest the other class's centroid almost always works when any does;
 * a few more cost little (O(m^2) each) and may give a larger margin. */
#define PERCEPTRON_CENTRAL_TRIES 8

int perceptron_predict(const struct perceptron *p, const double x[2])
{
    return p->w[0] * x[0] + p->w[1] * x[1] + p->b > 0;
}

double perceptron_accuracy(const struct perceptron *p,
                           const struct dataset *d)
{
    size_t right = 0;
    for (size_t i = 0; i < d->n; i++)
        right += perceptron_predict(p, d->x + 2 * i) == (d->y[i] > 0.5);
    return d->n ? (double)right / (double)d->n : NAN;
}

//> perceptron-rule
int perceptron_update(struct perceptron *p, const double x[2], double t,
                      double lr)
{
    /* t - y is +1 for a missed class-1 point, -1 for a class-0 point
     * taken for class 1, 0 when the prediction y was right. Adding
     * lr (t - y) x to w raises (or lowers) the point's score by
     * lr |x|^2, and the bias moves like a weight whose input is 1. */
    double err = t - perceptron_predict(p, x);
    if (err == 0) {
        return 0;
    }
    p->w[0] += lr * err * x[0];
    p->w[1] += lr * err * x[1];
    p->b += lr * err;
    return 1;
}
//< perceptron-rule

//> perceptron-train
void perceptron_train(const struct dataset *d, long epochs, double lr,
                      uint64_t seed, double *acc, double *pocket_acc,
                      struct perceptron_run *run)
{
    size_t *order = alloc_array(d->n ? d->n : 1, sizeof *order);
    for (size_t i = 0; i < d->n; i++)
        order[i] = i;
    struct rng r;
    rng_seed(&r, seed);

    struct perceptron p = { { 0.0, 0.0 }, 0.0 };
    *run = (struct perceptron_run){ .last = p, .pocket = p };
    run->pocket_acc = perceptron_accuracy(&p, d);
    for (long e = 0; e < epochs; e++) {
        rng_shuffle(&r, order, d->n);
        for (size_t k = 0; k < d->n; k++) {
            size_t i = order[k];
            if (!perceptron_update(&p, d->x + 2 * i, d->y[i], lr)) {
                continue;
            }
            run->updates++;
            /* The pocket: weights that just changed may be better or
             * worse than any before; keep the best ever seen. */
            double a = perceptron_accuracy(&p, d);
            if (a > run->pocket_acc) {
                run->pocket = p;
                run->pocket_acc = a;
                run->pocket_epoch = e + 1;
            }
        }
        double a = perceptron_accuracy(&p, d);
        run->perfect_epochs += a == 1.0;
        if (acc) {
            acc[e] = a;
        }
        if (pocket_acc) {
            pocket_acc[e] = run->pocket_acc;
        }
    }
    run->last = p;
    free(order);
}
//< perceptron-train

/* ---------------------------------------------------------- certificate */

/* Indices of the points of class c, in data order; returns how many. */
static size_t class_indices(const struct dataset *d, int c, size_t *idx)
{
    size_t m = 0;
    for (size_t i = 0; i < d->n; i++)
        if ((d->y[i] > 0.5) == c) {
            idx[m++] = i;
        }
    return m;
}

//> barycentric
/* Solve x[0] c1 + x[1] c2 = r for x by Cramer's rule; returns -1 if c1
 * and c2 are parallel. */
static int solve2(const double c1[2], const double c2[2], const double r[2],
                  double x[2])
{
    double det = c1[0] * c2[1] - c1[1] * c2[0];
    if (det == 0.0) {
        return -1;
    }
    x[0] = (r[0] * c2[1] - r[1] * c2[0]) / det;
    x[1] = (c1[0] * r[1] - c1[1] * r[0]) / det;
    return 0;
}

/* The barycentric coordinates l[0..2] of p in the triangle a, b, c:
 * p = l0 a + l1 b + l2 c with l0 + l1 + l2 = 1, that is, p - a =
 * l1 (b - a) + l2 (c - a). Returns -1 if the triangle is degenerate. */
static int barycentric(const double *a, const double *b, const double *c,
                       const double *p, double l[3])
{
    const double e1[2] = { b[0] - a[0], b[1] - a[1] };
    const double e2[2] = { c[0] - a[0], c[1] - a[1] };
    const double r[2] = { p[0] - a[0], p[1] - a[1] };
    if (solve2(e1, e2, r, l + 1) != 0) {
        return -1;
    }
    l[0] = 1.0 - l[1] - l[2];
    return 0;
}
//< barycentric

static double min3(const double l[3])
{
    return fmin(l[0], fmin(l[1], l[2]));
}

/* Angle of q - p in [0, 2 pi). */
static double angle_from(const double *p, const double *q)
{
    double t = atan2(q[1] - p[1], q[0] - p[0]);
    return t < 0 ? t + TWO_PI : t;
}

/* The k < m whose angle ang[k] lies nearest `want` (mod 2 pi). */
static size_t nearest_angle(const double *ang, size_t m, double want)
{
    size_t best = 0;
    double best_gap = INFINITY;
    for (size_t k = 0; k < m; k++) {
        double gap = fabs(remainder(ang[k] - want, TWO_PI));
        if (gap < best_gap) {
            best_gap = gap;
            best = k;
        }
    }
    return best;
}

/*
 * A triangle of the points set[0..m-1] around the point p, as balanced as
 * we can find: for each corner i, the other two corners are the points
 * whose angles around p lie nearest 120 and 240 degrees further on. Keeps
 * the triangle with the largest smallest weight in *c if it beats
 * c->margin. O(m^2).
 */
static void triangle_around(const struct dataset *d, size_t ip, int cp,
                            const size_t *set, size_t m, double *ang,
                            struct perceptron_cert *c)
{
    const double *p = d->x + 2 * ip;
    for (size_t k = 0; k < m; k++)
        ang[k] = angle_from(p, d->x + 2 * set[k]);
    for (size_t i = 0; i < m; i++) {
        size_t j = nearest_angle(ang, m, ang[i] + TWO_PI / 3);
        size_t k = nearest_angle(ang, m, ang[i] + 2 * TWO_PI / 3);
        double l[3];
        if (i == j || j == k || i == k ||
            barycentric(d->x + 2 * set[i], d->x + 2 * set[j],
                        d->x + 2 * set[k], p, l) != 0 ||
            min3(l) <= c->margin) {
            continue;
        }
        *c = (struct perceptron_cert){ .margin = min3(l) };
        c->n[cp] = 1;
        c->idx[cp][0] = ip;
        c->lambda[cp][0] = 1.0;
        c->n[!cp] = 3;
        c->idx[!cp][0] = set[i];
        c->idx[!cp][1] = set[j];
        c->idx[!cp][2] = set[k];
        for (int t = 0; t < 3; t++)
            c->lambda[!cp][t] = l[t];
        c->q[0] = p[0];
        c->q[1] = p[1];
    }
}

/* Where the segments a0-a1 and b0-b1 cross: a0 + s (a1 - a0) = b0 + t
 * (b1 - b0), that is, s (a1 - a0) + t (b0 - b1) = b0 - a0. Returns -1 if
 * they are parallel. */
static int crossing(const double *a0, const double *a1, const double *b0,
                    const double *b1, double *s, double *t)
{
    const double u[2] = { a1[0] - a0[0], a1[1] - a0[1] };
    const double v[2] = { b0[0] - b1[0], b0[1] - b1[1] };
    const double r[2] = { b0[0] - a0[0], b0[1] - a0[1] };
    double x[2];
    if (solve2(u, v, r, x) != 0) {
        return -1;
    }
    *s = x[0];
    *t = x[1];
    return 0;
}

/* The best crossing of a segment of class 0 with one of class 1, among
 * the first PERCEPTRON_CROSS_MAX points of each; O(m^4). */
static void segments_crossing(const struct dataset *d, const size_t *set0,
                              size_t m0, const size_t *set1, size_t m1,
                              struct perceptron_cert *c)
{
    m0 = m0 < PERCEPTRON_CROSS_MAX ? m0 : PERCEPTRON_CROSS_MAX;
    m1 = m1 < PERCEPTRON_CROSS_MAX ? m1 : PERCEPTRON_CROSS_MAX;
    for (size_t a = 0; a < m0; a++)
        for (size_t a2 = a + 1; a2 < m0; a2++)
            for (size_t b = 0; b < m1; b++)
                for (size_t b2 = b + 1; b2 < m1; b2++) {
                    const double *p0 = d->x + 2 * set0[a];
                    const double *p1 = d->x + 2 * set0[a2];
                    const double *q0 = d->x + 2 * set1[b];
                    const double *q1 = d->x + 2 * set1[b2];
                    double s, t;
                    if (crossing(p0, p1, q0, q1, &s, &t) != 0) {
                        continue;
                    }
                    double m = fmin(fmin(s, 1 - s), fmin(t, 1 - t));
                    if (m <= c->margin) {
                        continue;
                    }
                    *c = (struct perceptron_cert){ .margin = m };
                    c->n[0] = c->n[1] = 2;
                    c->idx[0][0] = set0[a];
                    c->idx[0][1] = set0[a2];
                    c->idx[1][0] = set1[b];
                    c->idx[1][1] = set1[b2];
                    c->lambda[0][0] = 1 - s;
                    c->lambda[0][1] = s;
                    c->lambda[1][0] = 1 - t;
                    c->lambda[1][1] = t;
                    c->q[0] = p0[0] + s * (p1[0] - p0[0]);
                    c->q[1] = p0[1] + s * (p1[1] - p0[1]);
                }
}

int perceptron_certificate(const struct dataset *d,
                           struct perceptron_cert *c)
{
    size_t *set[2] = { malloc((d->n + 1) * sizeof(size_t)),
                       malloc((d->n + 1) * sizeof(size_t)) };
    double *ang = malloc((d->n + 1) * sizeof *ang);
    *c = (struct perceptron_cert){ .margin = 0.0 };
    if (!set[0] || !set[1] || !ang) {
        free(set[0]);
        free(set[1]);
        free(ang);
        return -1;
    }
    size_t m[2] = { class_indices(d, 0, set[0]),
                    class_indices(d, 1, set[1]) };
    /* A point of class cp inside a triangle of the other class. The most
     * promising points lie nearest the other class's centroid g; we try
     * the PERCEPTRON_CENTRAL_TRIES nearest. */
    for (int cp = 0; cp < 2 && m[!cp] >= 3; cp++) {
        const size_t *other = set[!cp];
        double g[2] = { 0.0, 0.0 };
        for (size_t k = 0; k < m[!cp]; k++) {
            g[0] += d->x[2 * other[k]] / (double)m[!cp];
            g[1] += d->x[2 * other[k] + 1] / (double)m[!cp];
        }
        for (size_t tries = 0;
             tries < PERCEPTRON_CENTRAL_TRIES && tries < m[cp]; tries++) {
            /* The nearest point of class cp to g after those tried: we
             * swap each one tried to the end of the list. */
            size_t left = m[cp] - tries, best = left;
            double best_d = INFINITY;
            for (size_t k = 0; k < left; k++) {
                const double *p = d->x + 2 * set[cp][k];
                double dist = hypot(p[0] - g[0], p[1] - g[1]);
                if (dist < best_d) {
                    best_d = dist;
                    best = k;
                }
            }
            if (best == left) {
                break;
            }
            triangle_around(d, set[cp][best], cp, other, m[!cp], ang, c);
            size_t keep = set[cp][best];
            set[cp][best] = set[cp][left - 1];
            set[cp][left - 1] = keep;
        }
    }
    /* Two crossing segments, when no point lies inside the other hull;
     * the first points of each class in data order, as drawn. */
    if (c->margin == 0.0) {
        class_indices(d, 0, set[0]);
        class_indices(d, 1, set[1]);
        segments_crossing(d, set[0], m[0], set[1], m[1], c);
    }
    free(set[0]);
    free(set[1]);
    free(ang);
    return c->margin > 0.0 ? 0 : -1;
}

/* ------------------------------------------------------------ best line */

int perceptron_best_line(const struct dataset *d,
                         struct perceptron_best *best)
{
    size_t n = d->n;
    if (n < 2) {
        return -1;
    }
    /* The constant classifiers, lines far outside the data, come first. */
    size_t ones = 0;
    for (size_t k = 0; k < n; k++)
        ones += d->y[k] > 0.5;
    long fewest = (long)(ones < n - ones ? ones : n - ones);
    size_t bi = 0, bj = 0;
    int bsign = 0; /* 0: constant; +-1: the line through bi, bj */
    //> best-line-count
    for (size_t i = 0; i < n; i++) {
        for (size_t j = i + 1; j < n; j++) {
            const double *a = d->x + 2 * i, *b = d->x + 2 * j;
            double ux = b[0] - a[0], uy = b[1] - a[1];
            /* f(x) = cross(u, x - a) > 0 on the left of a -> b. Count
             * what each orientation gets wrong among the other points;
             * a point exactly on the line counts as wrong either way. */
            long wrong_left = 0, wrong_right = 0;
            for (size_t k = 0; k < n; k++) {
                if (k == i || k == j) {
                    continue;
                }
                const double *p = d->x + 2 * k;
                double f = ux * (p[1] - a[1]) - uy * (p[0] - a[0]);
                int one = d->y[k] > 0.5;
                wrong_left += one ? !(f > 0) : !(f < 0);
                wrong_right += one ? !(f < 0) : !(f > 0);
            }
            if (wrong_left < fewest) {
                fewest = wrong_left, bi = i, bj = j, bsign = 1;
            }
            if (wrong_right < fewest) {
                fewest = wrong_right, bi = i, bj = j, bsign = -1;
            }
        }
    }
    //< best-line-count
    best->errors = fewest;
    best->accuracy = 1.0 - (double)fewest / (double)n;
    if (bsign == 0) {
        /* No line beats saying the larger class everywhere. */
        best->line = (struct perceptron){ { 0.0, 0.0 },
                                          2 * ones > n ? 1.0 : -1.0 };
        return 0;
    }
    /* The line through bi and bj, with class 1 on the side bsign says:
     * f(x) = bsign cross(u, x - a) = w . x + b. */
    const double *a = d->x + 2 * bi, *b = d->x + 2 * bj;
    double ux = b[0] - a[0], uy = b[1] - a[1];
    double w0 = -bsign * uy, w1 = bsign * ux;
    double b0 = -(w0 * a[0] + w1 * a[1]);
    /* Now put bi and bj on their right sides, moving no other point
     * across: add alpha g(x), with g = +-1 (a shift) if both need the
     * same side, or g(x) = +-u . (x - mid) (a turn about their
     * midpoint) if they need opposite sides. alpha is half of what
     * would bring the nearest other point onto the line. */
    double si = d->y[bi] > 0.5 ? 1.0 : -1.0, sj = d->y[bj] > 0.5 ? 1 : -1;
    double mid[2] = { (a[0] + b[0]) / 2, (a[1] + b[1]) / 2 };
    double fmin_other = INFINITY, gmax = 0;
    for (size_t k = 0; k < n; k++) {
        const double *p = d->x + 2 * k;
        double g = si == sj ? 1.0
                            : fabs(ux * (p[0] - mid[0]) +
                                   uy * (p[1] - mid[1]));
        gmax = fmax(gmax, g);
        if (k != bi && k != bj) {
            fmin_other = fmin(fmin_other, fabs(w0 * p[0] + w1 * p[1] + b0));
        }
    }
    double alpha = 0.5 * fmin_other / gmax;
    if (si == sj) {
        b0 += alpha * si;
    } else {
        /* g(x) = sj u . (x - mid) is sj |u|^2 / 2 at bj, -sj |u|^2 / 2
         * at bi. */
        w0 += alpha * sj * ux;
        w1 += alpha * sj * uy;
        b0 -= alpha * sj * (ux * mid[0] + uy * mid[1]);
    }
    best->line = (struct perceptron){ { w0, w1 }, b0 };
    return 0;
}
