/* Solution of exercise 10.3: dL/dz_i = 2 (y_i - t_i) g'(z_i) / 10, and
 * z_i = w x_i + b passes it on times x_i to w, times 1 to b. With
 * slope 0 and every z_i <= 0 both sums are exactly 0. */
#include "exercises.h"
#include "act.h"

void ex10_unit_gradient(double w, double b, double slope, double *gw,
                   double *gb)
{
    *gw = 0.0;
    *gb = 0.0;
    for (int i = 1; i <= 10; i++) {
        double x = i / 10.0, z = w * x + b;
        double dz = 2 * (act_leaky_relu(z, slope) - x / 2) *
                    act_leaky_relu_prime(z, slope) / 10;
        *gw += dz * x;
        *gb += dz;
    }
}
