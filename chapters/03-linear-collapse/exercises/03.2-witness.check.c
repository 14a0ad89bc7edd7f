/*
 * Check of exercise 03.2: the network of exercises.h as a struct mlp
 * (the library's forward pass, as the chapter's networks), evaluated at
 * x, y and their midpoint.
 */
#include "exercises.h"

#include "exercise.h"
#include "mlp.h"

#include <math.h>

/* An affine map meets the midpoint rule up to rounding, a few eps times
 * values of size <= 40 here, about 1e-14; a gap of 1e-6 is no rounding.
 * tests/test_03_linear_collapse.c asks the folded linear networks for
 * agreement to 8 eps per layer, far below this. */
#define GAP 1e-6
#define BOX 10.0

int main(void)
{
    static const size_t sizes[] = { 2, 2, 1 };
    static const double hw[4] = EX03_HIDDEN_W, hb[2] = EX03_HIDDEN_B;
    static const double ow[2] = EX03_OUT_W;
    struct mlp *m = mlp_alloc(sizes, 3, ACT_RELU, 3);
    for (int i = 0; i < 4; i++)
        m->layers[0].w[i] = hw[i];
    m->layers[0].b[0] = hb[0];
    m->layers[0].b[1] = hb[1];
    m->layers[1].w[0] = ow[0];
    m->layers[1].w[1] = ow[1];
    m->layers[1].b[0] = EX03_OUT_B;
    double x[2] = { NAN, NAN }, y[2] = { NAN, NAN };
    ex03_witness(x, y);
    for (int i = 0; i < 2; i++)
        if (!(fabs(x[i]) <= BOX && fabs(y[i]) <= BOX))
            ex_fail("03.2", "x = (%g, %g), y = (%g, %g): keep every "
                    "coordinate within [-10, 10]", x[0], x[1], y[0], y[1]);
    double in[6] = { x[0], x[1], y[0], y[1], (x[0] + y[0]) / 2,
                     (x[1] + y[1]) / 2 }, f[3];
    mlp_predict(m, in, f, 3);
    mlp_free(m);
    double gap = f[2] - (f[0] + f[1]) / 2;
    if (!(fabs(gap) > GAP))
        ex_fail("03.2", "f(x) = %g, f(y) = %g, f(midpoint) = %g: the "
                "midpoint rule holds there, as for a linear map", f[0],
                f[1], f[2]);
    ex_pass("03.2");
}
