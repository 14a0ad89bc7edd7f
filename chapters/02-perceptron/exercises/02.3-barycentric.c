/*
 * Exercise 02.3 - the weights of a certificate.
 *
 * The chapter's certificate writes a point q as a convex combination of
 * three points of the other class. Write ex02_barycentric: the weights
 * l[0], l[1], l[2] with q = l[0] a + l[1] b + l[2] c and l[0] + l[1] +
 * l[2] = 1, for any q and a triangle a, b, c that is not flat. q lies
 * inside the triangle exactly when all three are positive. Check it:
 *
 *   make exercise EX=02.3
 */
#include "exercises.h"

//> ex-02.3
void ex02_barycentric(const double a[2], const double b[2],
                      const double c[2], const double q[2], double l[3])
{
    /* your code: two equations for two unknowns, then the third */
    l[0] = 1.0 / 3;
    l[1] = 1.0 / 3;
    l[2] = 1.0 / 3;
}
//< ex-02.3
