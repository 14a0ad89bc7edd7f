/*
 * Exercise 02.1 - the perceptron's rule.
 *
 * Write ex02_update: predict the class y of x (1 where w . x + b > 0,
 * else 0); if y is wrong, move w by lr (t - y) x and b by lr (t - y), and
 * return 1; if y is right, change nothing and return 0. The check runs
 * your rule on single examples, then trains with it on a set that a line
 * separates, where it must reach every point. Check it:
 *
 *   make exercise EX=02.1
 */
#include "exercises.h"

//> ex-02.1
int ex02_update(struct perceptron *p, const double x[2], double t,
                double lr)
{
    /* your code: predict, compare with t, move the line */
    return 0;
}
//< ex-02.1
