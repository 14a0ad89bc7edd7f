/*
 * explode.h - a chain of sigmoid units built so that the gradient grows,
 * and the narrow window of inputs that allows it to grow at all.
 *
 * In a chain of units of width 1, z_l = w a_{l-1} + b_l and a_l = s(z_l),
 * backpropagation multiplies the gradient by w s'(z_l) at every unit.
 * Since s' <= 1/4, a factor above 1 needs |w| > 4, and then only inputs
 * with |z_l| small enough: the window of explode_window_width(). With
 * every bias chosen so that z_l = 0 exactly, every factor is w / 4.
 */
#ifndef EXPLODE_H
#define EXPLODE_H

#include <stddef.h>

/*
 * The chain of `depth` sigmoid units with weight w, tuned to the input
 * x0: b_1 = -w x0, and b_l = -w/2 after it (a_{l-1} = s(0) = 1/2), so that
 * every z_l is 0 for the input x0. Its output o = w a_depth - w/2 is
 * linear, and the loss is o itself. For the input x (x0 for the exact
 * construction, x0 + offset to see how exact it has to be), writes
 * grad[l] = dL/dz_l for l < depth (grad[0] at the unit nearest the input)
 * and z[l] unless z is NULL, through the library's mlp_backward().
 * Returns 0, or -1 if depth is 0 or memory runs out.
 */
int explode_chain(double w, size_t depth, double x0, double x, double *grad,
                  double *z);

/*
 * The width of the window of inputs a in which |w s'(w a + b)| >= 1, by
 * its closed form: 0 for |w| <= 4, else (4 / |w|) arccosh(sqrt(|w|) / 2).
 * It does not depend on b, which only moves the window.
 */
double explode_window_width(double w);

/*
 * The same width found without the formula: the u >= 0 at which
 * |w| s'(u) = 1, by bisection on the library's act_sigmoid_prime, gives
 * the window |w a + b| <= u of width 2 u / |w|.
 */
double explode_window_bisect(double w);

/*
 * The weight w > 4 at which explode_window_width(w) is largest, by a
 * golden-section search: the width rises from 0 at w = 4 and falls like
 * 2 ln(w) / w, with a single maximum between.
 */
double explode_window_peak(void);

#endif
