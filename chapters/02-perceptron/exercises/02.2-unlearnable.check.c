/*
 * Check of exercise 02.2: the chapter's exhaustive search over lines
 * (perceptron_best_line, which tests/test_02_perceptron.c checks against
 * a brute force) must find no line that gets all four points right.
 */
#include "exercises.h"

#include "exercise.h"
#include "perceptron.h"

#include <math.h>

/* Points this close to a line through two others count as on it: the
 * cross product of coordinates of size 1 rounds by about 1e-16, and the
 * best-line search needs the three to be clearly off one line. */
#define COLLINEAR 1e-9

int main(void)
{
    double x[4][2], t[4];
    ex02_unlearnable(x, t);
    int ones = 0;
    for (int i = 0; i < 4; i++) {
        if (t[i] != 0 && t[i] != 1)
            ex_fail("02.2", "label t[%d] = %g: a label is 0 or 1", i, t[i]);
        if (!isfinite(x[i][0]) || !isfinite(x[i][1]))
            ex_fail("02.2", "point %d is not a finite point", i);
        ones += t[i] == 1;
    }
    for (int i = 0; i < 4; i++)
        for (int j = i + 1; j < 4; j++) {
            if (x[i][0] == x[j][0] && x[i][1] == x[j][1])
                ex_fail("02.2", "points %d and %d are the same point", i, j);
            for (int k = j + 1; k < 4; k++) {
                double cross = (x[j][0] - x[i][0]) * (x[k][1] - x[i][1]) -
                               (x[j][1] - x[i][1]) * (x[k][0] - x[i][0]);
                if (fabs(cross) <= COLLINEAR)
                    ex_fail("02.2", "points %d, %d and %d lie on one line",
                            i, j, k);
            }
        }
    if (ones == 0 || ones == 4)
        ex_fail("02.2", "all four points are of class %d: any line with "
                "them all on one side is right", ones ? 1 : 0);
    struct dataset d = { 4, &x[0][0], t };
    struct perceptron_best best;
    if (perceptron_best_line(&d, &best) != 0)
        ex_fail("02.2", "out of memory");
    if (best.errors == 0)
        ex_fail("02.2", "the line w = (%g, %g), b = %g puts all four "
                "points on their class's side", best.line.w[0],
                best.line.w[1], best.line.b);
    ex_pass("02.2");
}
