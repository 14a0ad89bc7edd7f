/* Solution of exercise 08.1: tanh z = 2 s(2z) - 1. */
#include "exercises.h"
#include "act.h"

double ex08_tanh_from_sigmoid(double z)
{
    return 2.0 * act_sigmoid(2.0 * z) - 1.0;
}
