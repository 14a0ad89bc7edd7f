/*
 * step_units.c - half-planes from step units; see step_units.h.
 */
#include "step_units.h"

#include "alloc.h"
#include "ref.h"

#include <math.h>
#include <stdlib.h>


//> polygon-net
struct mlp *step_units_polygon(size_t n, double inradius, size_t max_n)
{
    if (n < 3 || !(inradius > 0) || max_n == 0) {
        return NULL;
    }
    const size_t sizes[3] = { 2, n, 1 };
    struct mlp *m = mlp_alloc(sizes, 3, ACT_STEP, max_n);
    struct dense *hidden = &m->layers[0], *out = &m->layers[1];
    for (size_t k = 0; k < n; k++) {
        double angle = STEP_UNITS_PHASE + 2.0 * REF_PI * (double)k / (double)n;
        /* z_k = inradius - u_k . x is > 0 on the inner side of the side
         * with outward normal u_k: the step unit says 1 there. */
        hidden->w[2 * k] = -cos(angle);
        hidden->w[2 * k + 1] = -sin(angle);
        hidden->b[k] = inradius;
        out->w[k] = 1.0;
    }
    /* The output sums n zeros and ones, an exact integer; minus n - 1/2
     * it is > 0 only when every unit said 1: an AND of the half-planes. */
    out->b[0] = -((double)n - 0.5);
    return m;
}
//< polygon-net

int step_units_classify(struct mlp *m, const double *p, int *count)
{
    double logit = mlp_forward(m, p, 1)[0];
    if (count != NULL) {
        /* The output weights are all 1, so the logit is the count minus
         * n - 1/2; counting the hidden activations says the same plainly. */
        int c = 0;
        for (size_t k = 0; k < m->sizes[1]; k++)
            c += m->a[0][k] > 0.5;
        *count = c;
    }
    return logit > 0;
}

void step_units_vertices(size_t n, double inradius, double *v)
{
    /* Vertex k sits between sides k and k + 1, at the angle halfway
     * between their normals, at distance inradius / cos(pi / n). */
    double circum = inradius / cos(REF_PI / (double)n);
    for (size_t k = 0; k < n; k++) {
        double angle = STEP_UNITS_PHASE + 2.0 * REF_PI * ((double)k + 0.5) /
                                              (double)n;
        v[2 * k] = circum * cos(angle);
        v[2 * k + 1] = circum * sin(angle);
    }
}

//> polygon-test
int step_units_in_polygon(const double *v, size_t n, const double *p)
{
    for (size_t k = 0; k < n; k++) {
        const double *a = v + 2 * k, *b = v + 2 * ((k + 1) % n);
        /* The cross product (b - a) x (p - a) is > 0 when p is left of
         * the edge a -> b; a counter-clockwise polygon has its inside on
         * the left of every edge. */
        double cross = (b[0] - a[0]) * (p[1] - a[1]) -
                       (b[1] - a[1]) * (p[0] - a[0]);
        if (!(cross > 0)) {
            return 0;
        }
    }
    return 1;
}
//< polygon-test

void step_units_region_vertices(const struct mlp *m, double *v)
{
    const struct dense *h = &m->layers[0];
    size_t n = h->out;
    for (size_t k = 0; k < n; k++) {
        size_t j = (k + 1) % n;
        /* Solve w_k . x = -b_k, w_j . x = -b_j by Cramer's rule; lines of
         * neighbouring sides are never parallel for n >= 3. */
        double a = h->w[2 * k], b = h->w[2 * k + 1];
        double c = h->w[2 * j], d = h->w[2 * j + 1];
        double det = a * d - b * c;
        v[2 * k] = (-h->b[k] * d + h->b[j] * b) / det;
        v[2 * k + 1] = (-h->b[j] * a + h->b[k] * c) / det;
    }
}

//> shoelace
double step_units_area(const double *v, size_t n)
{
    double twice = 0.0;
    for (size_t k = 0; k < n; k++) {
        const double *a = v + 2 * k, *b = v + 2 * ((k + 1) % n);
        twice += a[0] * b[1] - b[0] * a[1];
    }
    return twice / 2.0;
}
//< shoelace

double *step_units_ngon_vertices(size_t n)
{
    struct mlp *m = step_units_polygon(n, 1.0, 1);
    double *v = alloc_array(2 * n, sizeof *v);
    step_units_region_vertices(m, v);
    mlp_free(m);
    return v;
}
