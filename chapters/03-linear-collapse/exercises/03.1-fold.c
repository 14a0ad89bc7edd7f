/*
 * Exercise 03.1 - a linear stack is one layer.
 *
 * Write ex03_fold: for the linear network x -> W1 x + b1 -> W2 (W1 x +
 * b1) + b2 with two inputs, three hidden units and one output, the
 * weights w and bias b of the single neuron w . x + b that computes the
 * same. m->layers[l].w is row-major, out x in: layers[0].w[2 j + i]
 * links input i to hidden unit j, layers[1].w[j] links unit j to the
 * output. Check it:
 *
 *   make exercise EX=03.1
 */
#include "exercises.h"

//> ex-03.1
void ex03_fold(const struct mlp *m, double w[2], double *b)
{
    const double *w1 = m->layers[0].w, *b1 = m->layers[0].b;
    const double *w2 = m->layers[1].w, *b2 = m->layers[1].b;
    /* your code: multiply out W2 (W1 x + b1) + b2 */
    w[0] = 0;
    w[1] = 0;
    *b = 0;
}
//< ex-03.1
