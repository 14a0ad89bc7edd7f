/* Solution of exercise 07.1: s' = s (1 - s). */
#include "exercises.h"

double ex07_sigmoid_prime_y(double y)
{
    return y * (1.0 - y);
}
