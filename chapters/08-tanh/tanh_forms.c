/*
 * tanh_forms.c - tanh and tanh' the ways the article writes them; see
 * tanh_forms.h.
 */
#include "tanh_forms.h"

#include "act.h"

#include <math.h>

//> printed-prime
double tanh_forms_quotient(double z)
{
    double c = exp(z) + exp(-z);
    return 4.0 / (c * c);
}

double tanh_forms_square(double z)
{
    double y = act_tanh(z);
    return 1.0 - y * y;
}
//< printed-prime

double tanh_forms_output(double z)
{
    return act_tanh_prime_y(act_tanh(z));
}

double tanh_forms_library(double z)
{
    return act_tanh_prime(z);
}

double tanh_forms_quotientf(double z)
{
    float c = expf((float)z) + expf(-(float)z);
    return 4.0f / (c * c);
}

double tanh_forms_squaref(double z)
{
    float y = act_tanhf((float)z);
    return 1.0f - y * y;
}

double tanh_forms_outputf(double z)
{
    return act_tanh_prime_yf(act_tanhf((float)z));
}

double tanh_forms_libraryf(double z)
{
    return act_tanh_primef((float)z);
}

//> printed-tanh
double tanh_forms_printed(double z)
{
    double ep = exp(z), em = exp(-z);
    return (ep - em) / (ep + em);
}

double tanh_forms_via_sigmoid(double z)
{
    return 2.0 * act_sigmoid(2.0 * z) - 1.0;
}
//< printed-tanh

double tanh_forms_libm(double z)
{
    return act_tanh(z);
}

double tanh_forms_printedf(double z)
{
    float ep = expf((float)z), em = expf(-(float)z);
    return (ep - em) / (ep + em);
}

double tanh_forms_via_sigmoidf(double z)
{
    return 2.0f * act_sigmoidf(2.0f * (float)z) - 1.0f;
}

double tanh_forms_libmf(double z)
{
    return act_tanhf((float)z);
}
