/*
 * data2d.h - labelled points in the plane, generated from a seed.
 *
 * Three classic sets for two-class problems, each drawn from the caller's
 * seeded stream so that a figure is reproducible from its seed:
 *
 *   article  the article's picture: class-1 points ("triangles") in a disk
 *            at the origin, surrounded by a ring of class-0 points
 *            ("circles"). No line separates them; a circle does, and so
 *            does a triangle (see below).
 *   xor      four blobs at (+-1, +-1), class 1 where the signs differ.
 *   spiral   two interleaved spirals, one per class.
 *
 * Points are rows of x (n x 2, row-major: x[2i], x[2i+1]); labels y[i]
 * are 0.0 or 1.0, ready for loss_bce().
 */
#ifndef DATA2D_H
#define DATA2D_H

#include "rng.h"

#include <stddef.h>

struct dataset {
    size_t n;  /* number of points */
    double *x; /* n x 2, row-major */
    double *y; /* n, each 0.0 or 1.0 */
};

/* Release the arrays of d; d is left empty, so freeing twice is
 * harmless. */
void dataset_free(struct dataset *d);

/*
 * The article set. Class 1 ("triangles"): uniform in the disk of radius
 * DATA_ARTICLE_INNER_RADIUS about the origin. Class 0 ("circles"):
 * uniform in the annulus DATA_ARTICLE_RING_MIN <= r <= DATA_ARTICLE_RING_MAX.
 *
 * Why these radii. A triangle that contains a disk of radius rho has a
 * vertex at least 2 rho from its centre (the equilateral triangle with
 * inradius rho has all three there), so a triangle fits between the two
 * classes only if RING_MIN > 2 INNER_RADIUS. With radii 1 and 2.5, the
 * equilateral triangle about the origin with inradius 7/6 misses both
 * classes by 1/6: its sides pass 1/6 outside the disk, its vertices (at
 * radius 7/3) 1/6 inside the ring. (Radii 1 and 2 would let a triangle
 * only touch both.) Read as three half-planes n_k . p <= 7/6 (unit
 * normals n_k, 120 degrees apart), the triangle keeps every triangle
 * point 1/6 inside each line, and puts every circle point at least 1/12
 * beyond one of them (the worst case: radius 2.5, towards a vertex). A
 * circle of radius between 1 and 2.5 separates the classes with a far
 * wider margin.
 */
#define DATA_ARTICLE_INNER_RADIUS 1.0
#define DATA_ARTICLE_RING_MIN 2.5
#define DATA_ARTICLE_RING_MAX 3.5

/* Fill d with n_inner class-1 points, then n_ring class-0 points, drawn
 * from r as above. Returns 0, or -1 if n_inner + n_ring overflows; when
 * memory runs out the program stops with a message (alloc.h), as in
 * every function here. */
int data_article(struct dataset *d, struct rng *r, size_t n_inner,
                 size_t n_ring);

/*
 * The xor set: point i belongs to the blob at (+-1, +-1) numbered i mod 4,
 * so the four blobs are as equal in size as n allows. Each coordinate is
 * the blob's centre plus a normal offset of standard deviation
 * DATA_XOR_STD, redrawn while the point would lie within DATA_XOR_MARGIN
 * of an axis (a 3.6-sigma event, so the blobs keep their Gaussian look).
 * The label is 1 where the two coordinates have different signs; the
 * margin guarantees that the quadrant rule classifies every point.
 */
#define DATA_XOR_CENTRE 1.0 /* the blobs' centres: (+-it, +-it) */
#define DATA_XOR_STD 0.25
#define DATA_XOR_MARGIN 0.1

/* Fill d with the n points of the xor set. Returns 0. */
int data_xor(struct dataset *d, struct rng *r, size_t n);

/*
 * The spiral set: for class c (0, 1) and t = (i + 1/2) / n_per_class,
 * i < n_per_class, the point at radius t DATA_SPIRAL_RADIUS and angle
 * 2 pi turns t + pi c, plus a normal offset of standard deviation `noise`
 * to each coordinate. Along any ray the arms of the two classes lie
 * DATA_SPIRAL_RADIUS / (2 turns) apart, so the noise should stay well
 * below that (the defaults: 1/3 apart, noise 0.05).
 */
#define DATA_SPIRAL_RADIUS 1.0
#define DATA_SPIRAL_TURNS 1.5  /* data_make()'s choice */
#define DATA_SPIRAL_NOISE 0.05 /* data_make()'s choice */

/* Fill d with n_per_class points of class 0, then as many of class 1.
 * Returns 0, or -1. */
int data_spiral(struct dataset *d, struct rng *r, size_t n_per_class,
                double turns, double noise);

/* The sets by name, for programs that let the student choose one. */
enum data_kind { DATA_ARTICLE, DATA_XOR, DATA_SPIRAL, DATA_KIND_COUNT };

/* NULL-terminated names, in enum order: "article", "xor", "spiral". */
extern const char *const data_names[];

/*
 * The set `kind` with exactly n points: for "article" n/2 (rounded down)
 * triangles, then the rest circles; for "spiral" n - n/2 points of class
 * 0, then n/2 of class 1, with the default turns and noise.
 * Returns 0, or -1 for an unknown kind.
 */
int data_make(enum data_kind kind, struct dataset *d, struct rng *r,
              size_t n);

#endif
