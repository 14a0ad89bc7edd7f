/*
 * data2d.c - labelled points in the plane; see data2d.h.
 */
#include "data2d.h"

#include "alloc.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#define TWO_PI 6.283185307179586476925286766559

const char *const data_names[] = { "article", "xor", "spiral", NULL };

/* Memory from alloc_array(): a set that does not fit stops the program
 * with a message, so a caller of the data_ functions checks only its
 * arguments. The 0 keeps the callers' form "!= 0" meaningful. */
static int dataset_alloc(struct dataset *d, size_t n)
{
    *d = (struct dataset){ 0 };
    d->x = alloc_array(n, 2 * sizeof *d->x);
    d->y = alloc_array(n, sizeof *d->y);
    d->n = n;
    return 0;
}

void dataset_free(struct dataset *d)
{
    free(d->x);
    free(d->y);
    *d = (struct dataset){ 0 };
}

/* A point uniform in the annulus rmin <= r <= rmax (a disk if rmin = 0).
 * The area inside radius r grows as r^2, so r^2, not r, is drawn
 * uniformly; uniform r would crowd the points towards the centre. */
static void uniform_annulus(struct rng *r, double rmin, double rmax,
                            double *p)
{
    double r2 = rng_range(r, rmin * rmin, rmax * rmax);
    double rho = sqrt(r2);
    double theta = TWO_PI * rng_uniform(r);
    p[0] = rho * cos(theta);
    p[1] = rho * sin(theta);
}

//> data-article
int data_article(struct dataset *d, struct rng *r, size_t n_inner,
                 size_t n_ring)
{
    if (n_ring > SIZE_MAX - n_inner ||
        dataset_alloc(d, n_inner + n_ring) != 0) {
        return -1;
    }
    for (size_t i = 0; i < d->n; i++) {
        int inner = i < n_inner;
        if (inner) {
            uniform_annulus(r, 0.0, DATA_ARTICLE_INNER_RADIUS, d->x + 2 * i);
        } else {
            uniform_annulus(r, DATA_ARTICLE_RING_MIN, DATA_ARTICLE_RING_MAX,
                            d->x + 2 * i);
        }
        d->y[i] = inner ? 1.0 : 0.0;
    }
    return 0;
}
//< data-article

/* c (+1 or -1) plus a normal offset of standard deviation DATA_XOR_STD,
 * on the same side of the axis as c and at least DATA_XOR_MARGIN from
 * it: c v is v's distance from the axis, negative on the wrong side. */
static double xor_coordinate(struct rng *r, double c)
{
    double v;
    do
        v = c + DATA_XOR_STD * rng_normal(r);
    while (c * v < DATA_XOR_MARGIN);
    return v;
}

int data_xor(struct dataset *d, struct rng *r, size_t n)
{
    /* The four blob centres, one per quadrant, and their labels. */
    const double c = DATA_XOR_CENTRE;
    const double centre[4][2] = { { c, c }, { -c, c }, { -c, -c }, { c, -c } };
    static const double label[4] = { 0.0, 1.0, 0.0, 1.0 };
    if (dataset_alloc(d, n) != 0) {
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        size_t b = i % 4;
        d->x[2 * i] = xor_coordinate(r, centre[b][0]);
        d->x[2 * i + 1] = xor_coordinate(r, centre[b][1]);
        d->y[i] = label[b];
    }
    return 0;
}

/* n0 points on the arm of class 0, then n1 on the arm of class 1. */
static int spiral(struct dataset *d, struct rng *r, size_t n0, size_t n1,
                  double turns, double noise)
{
    if (n1 > SIZE_MAX - n0 || dataset_alloc(d, n0 + n1) != 0) {
        return -1;
    }
    for (size_t i = 0; i < d->n; i++) {
        int c = i >= n0;
        size_t k = c ? i - n0 : i; /* index along the arm */
        size_t count = c ? n1 : n0;
        /* The half-step offset keeps t off 0, where the arms meet. */
        double t = ((double)k + 0.5) / (double)count;
        double rho = DATA_SPIRAL_RADIUS * t;
        double theta = TWO_PI * turns * t + (c ? TWO_PI / 2 : 0.0);
        d->x[2 * i] = rho * cos(theta) + noise * rng_normal(r);
        d->x[2 * i + 1] = rho * sin(theta) + noise * rng_normal(r);
        d->y[i] = c ? 1.0 : 0.0;
    }
    return 0;
}

int data_spiral(struct dataset *d, struct rng *r, size_t n_per_class,
                double turns, double noise)
{
    return spiral(d, r, n_per_class, n_per_class, turns, noise);
}

int data_make(enum data_kind kind, struct dataset *d, struct rng *r,
              size_t n)
{
    switch (kind) {
    case DATA_ARTICLE:
        return data_article(d, r, n / 2, n - n / 2);
    case DATA_XOR:
        return data_xor(d, r, n);
    case DATA_SPIRAL:
        return spiral(d, r, n - n / 2, n / 2, DATA_SPIRAL_TURNS,
                      DATA_SPIRAL_NOISE);
    case DATA_KIND_COUNT:
        break;
    }
    *d = (struct dataset){ 0 };
    return -1;
}
