/*
 * sigmoid_forms.c - three ways to write s'(z); see sigmoid_forms.h.
 */
#include "sigmoid_forms.h"

#include "act.h"

#include <math.h>

//> textbook-forms
double sigmoid_forms_textbook(double z)
{
    double e = exp(-z);
    return e / ((1.0 + e) * (1.0 + e));
}

double sigmoid_forms_output(double z)
{
    double s = act_sigmoid(z);
    return s * (1.0 - s);
}
//< textbook-forms

double sigmoid_forms_library(double z)
{
    return act_sigmoid_prime(z);
}

double sigmoid_forms_textbookf(double z)
{
    float e = expf(-(float)z);
    return e / ((1.0f + e) * (1.0f + e));
}

double sigmoid_forms_outputf(double z)
{
    float s = act_sigmoidf((float)z);
    return s * (1.0f - s);
}

double sigmoid_forms_libraryf(double z)
{
    return act_sigmoid_primef((float)z);
}

double sigmoid_forms_sigmoidf(double z)
{
    return act_sigmoidf((float)z);
}
