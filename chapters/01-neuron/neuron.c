/*
 * neuron.c - one neuron on the plane; see neuron.h.
 */
#include "neuron.h"

#include <float.h>
#include <math.h>

void neuron_init(struct neuron *nr, double w1, double w2, double b,
                 enum act_kind act)
{
    dense_alloc(&nr->layer, 2, 1);
    nr->layer.w[0] = w1;
    nr->layer.w[1] = w2;
    nr->layer.b[0] = b;
    nr->act = act;
}

void neuron_free(struct neuron *nr)
{
    dense_free(&nr->layer);
}

//> neuron-forward
void neuron_forward(const struct neuron *nr, const double *x, double *z,
                    double *a, size_t n)
{
    /* Step one, the linear score: z = w . x + b for every row at once. */
    dense_forward(&nr->layer, x, z, n);
    /* Step two, the activation, one score at a time. */
    for (size_t i = 0; i < n; i++)
        a[i] = act_eval(nr->act, z[i]);
}
//< neuron-forward

void neuron_foot(const struct neuron *nr, double foot[2])
{
    const double *w = nr->layer.w;
    double ww = w[0] * w[0] + w[1] * w[1];
    foot[0] = -nr->layer.b[0] * w[0] / ww;
    foot[1] = -nr->layer.b[0] * w[1] / ww;
}

int neuron_side_of(const double s[4], const double p[2])
{
    double cross = (s[2] - s[0]) * (p[1] - s[1]) -
                   (s[3] - s[1]) * (p[0] - s[0]);
    return (cross > 0) - (cross < 0);
}

double neuron_band(const struct neuron *nr, double r)
{
    const double *w = nr->layer.w;
    /* z takes two products and two sums: at most 3 roundings of relative
     * size u = DBL_EPSILON / 2 on terms of total size |w1| r + |w2| r +
     * |b| (Higham's gamma_3 < 4u), so 4u bounds the error of z. */
    double zerr = 4 * (DBL_EPSILON / 2) *
                  (fabs(w[0]) * r + fabs(w[1]) * r + fabs(nr->layer.b[0]));
    return zerr / hypot(w[0], w[1]);
}
