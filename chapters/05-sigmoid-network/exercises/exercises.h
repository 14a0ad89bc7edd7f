/*
 * exercises.h - the functions chapter 5's exercises ask for. The stubs
 * (05.K-*.c) and their solutions define them; the checks call them.
 */
#ifndef EXERCISES_05_H
#define EXERCISES_05_H

/* 05.1: the derivative dL/dl of the cross-entropy loss_bce_logits(l, y)
 * with respect to the logit l. */
double ex05_bce_grad(double l, double y);

/* 05.2: the gradient of the cross-entropy of one sigmoid neuron
 * s(w . x + b) on the example (x, y): dL/dw into gw, dL/db returned. */
double ex05_neuron_grad(const double w[2], double b, const double x[2],
                        double y, double gw[2]);

#endif
