/* Solution of exercise 10.2: bisection on lr between a rate that leaves
 * the unit alive and one that kills it, down to neighbouring doubles. */
#include "exercises.h"
#include <math.h>
#include <stddef.h>

#define POINTS 10

static void relu_step(double *w, double *b, double lr)
{
    double gw = 0, gb = 0;
    for (int i = 1; i <= POINTS; i++) {
        double x = i / 10.0, t = x / 2, z = *w * x + *b;
        double dy = z > 0 ? 2 * (z - t) / POINTS : 0;
        gw += dy * x;
        gb += dy;
    }
    *w -= lr * gw;
    *b -= lr * gb;
}

static int is_dead(double w, double b)
{
    for (int i = 1; i <= POINTS; i++) {
        if (w * (i / 10.0) + b > 0) {
            return 0;
        }
    }
    return 1;
}

static int kills(double lr)
{
    double w = 2, b = 1;
    relu_step(&w, &b, lr);
    return is_dead(w, b);
}

double ex10_kill_rate(void)
{
    double lo = 0, hi = 1;
    while (!kills(hi)) {
        lo = hi;
        hi *= 2;
    }
    for (;;) {
        double mid = lo + (hi - lo) / 2;
        if (mid <= lo || mid >= hi) {
            return hi;
        }
        if (kills(mid)) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
}
