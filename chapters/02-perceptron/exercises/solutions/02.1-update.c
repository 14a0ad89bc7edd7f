/*
 * Exercise 02.1, a solution: the rule, as chapter 2 writes it.
 */
#include "exercises.h"

int ex02_update(struct perceptron *p, const double x[2], double t,
                double lr)
{
    double y = p->w[0] * x[0] + p->w[1] * x[1] + p->b > 0 ? 1 : 0;
    double err = t - y;
    if (err == 0)
        return 0;
    p->w[0] += lr * err * x[0];
    p->w[1] += lr * err * x[1];
    p->b += lr * err;
    return 1;
}
