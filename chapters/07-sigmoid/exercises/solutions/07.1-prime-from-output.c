/* Solution of exercise 07.1: s' = s (1 - s). */
#include "exercises.h"

double sigmoid_prime_from_output(double y)
{
    return y * (1.0 - y);
}
