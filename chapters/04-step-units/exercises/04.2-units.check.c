/*
 * Check of exercise 04.2: the chapter's own polygons, their vertices in
 * closed form (step_units_vertices) and their area by the shoelace
 * formula (step_units_area), which tests/test_04_step_units.c checks
 * against n tan(pi / n).
 */
#include "exercises.h"

#include "exercise.h"
#include "ref.h"
#include "step_units.h"

#include <stdlib.h>

#define NMAX 2000

/* The relative overshoot of the n-gon around the unit circle. */
static double overshoot(long n)
{
    static double v[2 * NMAX];
    step_units_vertices((size_t)n, 1.0, v);
    return (step_units_area(v, (size_t)n) - REF_PI) / REF_PI;
}

int main(void)
{
    /* Tolerances far from any n's overshoot, so rounding cannot decide. */
    static const double rels[] = { 0.5, 0.1, 0.0123, 1.23e-3, 1.23e-5 };
    for (size_t k = 0; k < sizeof rels / sizeof rels[0]; k++) {
        long want = 3;
        while (overshoot(want) > rels[k])
            want++;
        long got = ex04_units_for(rels[k]);
        if (got != want)
            ex_fail("04.2", "for rel = %g: with %ld units the overshoot is "
                    "%.3g, %s", rels[k], got, got >= 3 && got <= NMAX ?
                    overshoot(got) : 0.0, got < want ? "too much" :
                    "fewer units would do");
    }
    ex_pass("04.2");
}
