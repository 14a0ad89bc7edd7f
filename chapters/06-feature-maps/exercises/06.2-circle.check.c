/*
 * Check of exercise 06.2: the classifier on the squares of the points of
 * an article set (src/data2d.h, seeded), mapped by the chapter's
 * feature_maps_squares; every point must be right, as the chapter's
 * learned classifier gets them.
 */
#include "exercises.h"

#include "data2d.h"
#include "exercise.h"
#include "feature_maps.h"
#include "rng.h"

#include <stdlib.h>

#define POINTS 200

int main(void)
{
    struct rng r;
    rng_seed(&r, 3);
    struct dataset d;
    double *u = malloc(2 * POINTS * sizeof *u);
    if (u == NULL || data_article(&d, &r, POINTS / 2, POINTS / 2) != 0)
        ex_fail("06.2", "out of memory");
    feature_maps_squares(d.x, d.n, u);
    double w[2] = { 0, 0 }, b = 0;
    ex06_circle(w, &b);
    for (size_t i = 0; i < d.n; i++) {
        int cls = w[0] * u[2 * i] + w[1] * u[2 * i + 1] + b > 0;
        if (cls != (d.y[i] > 0.5))
            ex_fail("06.2", "the point (%.3f, %.3f) of class %g gets class "
                    "%d from w = (%g, %g), b = %g", d.x[2 * i],
                    d.x[2 * i + 1], d.y[i], cls, w[0], w[1], b);
    }
    free(u);
    dataset_free(&d);
    ex_pass("06.2");
}
