/*
 * step_units.h - half-planes from step units, and the polygons they carve
 * (claim N5).
 *
 * A hidden unit with the step activation says 1 on one side of its line
 * w . x + b = 0 and 0 on the other: it is a half-plane. An output unit
 * that fires only when all n hidden units say 1 computes their
 * intersection, a convex polygon. With n = 3 this is the article's
 * triangle; with n sides tangent to a circle it is a regular n-gon, which
 * approaches the disk as n grows.
 *
 * The networks are ordinary struct mlp (src/mlp.h) with act = ACT_STEP,
 * widths 2 -> n -> 1, their weights set by hand. The output layer is
 * linear, as everywhere in the course; its logit is read through a
 * threshold at 0, so the output unit is a step unit too.
 */
#ifndef STEP_UNITS_H
#define STEP_UNITS_H

#include "mlp.h"

#include <stddef.h>

/* The article's triangle: equilateral, centred at the origin, with
 * inradius 7/6, so that it keeps 1/6 from the disk of triangles and
 * 1/12 from the ring of circles of the article set (src/data2d.h). */
#define STEP_UNITS_TRIANGLE_INRADIUS (7.0 / 6.0)

/* The angle of the first side's outward normal: -pi/2 puts a flat side
 * at the bottom and, for the triangle, a vertex at the top. */
#define STEP_UNITS_PHASE (-1.5707963267948966192313216916398)

/*
 * A 2 -> n -> 1 step network that says "class 1" (logit > 0) exactly
 * inside the regular n-gon with inradius `inradius` about the origin.
 * Hidden unit k (0 <= k < n) is the half-plane on the inner side of the
 * side whose outward normal points at angle STEP_UNITS_PHASE + 2 pi k / n;
 * the units are thus in order of angle, as step_units_region_vertices()
 * needs. Forward passes take up to max_n rows. NULL if n < 3, inradius
 * <= 0 or max_n == 0.
 */
struct mlp *step_units_polygon(size_t n, double inradius, size_t max_n);

/* The n vertices (n x 2, to free) of the region of the n-gon network
 * around the unit circle, step_units_polygon(n, 1, 1), found from its
 * weights by step_units_region_vertices(). */
double *step_units_ngon_vertices(size_t n);

/* Whether the network m (from step_units_polygon) puts point p (2
 * coordinates) in class 1, and, unless count is NULL, how many of its
 * hidden units said 1 there. */
int step_units_classify(struct mlp *m, const double *p, int *count);

/* The n vertices of the regular n-gon of step_units_polygon(), in
 * counter-clockwise order, from its closed form (circumradius
 * inradius / cos(pi/n)): v is n x 2. An independent reference for the
 * network, which never computes a vertex. */
void step_units_vertices(size_t n, double inradius, double *v);

/* Whether p lies strictly inside the convex polygon with the n
 * counter-clockwise vertices v (n x 2): strictly left of every edge. */
int step_units_in_polygon(const double *v, size_t n, const double *p);

/* The vertices of the region that the hidden units of m bound, found
 * from their weights alone: vertex k is where the lines of units k and
 * k + 1 (mod n) cross. Needs the units in order of angle, each line a
 * side, as step_units_polygon() makes them. v is n x 2. */
void step_units_region_vertices(const struct mlp *m, double *v);

/* The area of the polygon with the n vertices v (n x 2), counter-
 * clockwise, by the shoelace formula. */
double step_units_area(const double *v, size_t n);

#endif
