/*
 * sigmoid_forms.c - three ways to write s'(z); see sigmoid_forms.h.
 */
#include "sigmoid_forms.h"

#include "act.h"
#include "ref.h"
#include "sweep.h"

#include <float.h>
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

double sigmoid_forms_third(double z)
{
    double s = act_sigmoid(z), d = act_sigmoid_prime(z);
    return d * (1 - 2 * s) * (1 - 2 * s) - 2 * d * d;
}

static long double ref_primef(long double z)
{
    return ref_sigmoid_prime((float)z);
}

const struct sigmoid_forms_precision sigmoid_forms_in[2] = {
    { "double", DBL_EPSILON / 2, act_sigmoid,
      { { "textbook", sigmoid_forms_textbook },
        { "output", sigmoid_forms_output },
        { "library", sigmoid_forms_library } },
      ref_sigmoid_prime },
    { "float", FLT_EPSILON / 2, sigmoid_forms_sigmoidf,
      { { "textbook", sigmoid_forms_textbookf },
        { "output", sigmoid_forms_outputf },
        { "library", sigmoid_forms_libraryf } },
      ref_primef },
};

static int is_one(double z)
{
    return act_sigmoid(z) == 1.0;
}

/* 1 - s(z) is s(-z), which the long double reference gives to full
 * relative accuracy (1 - ref_sigmoid(z) would keep only 10 bits here). */
static int rounds_to_one(double z)
{
    return ref_sigmoid(-(long double)z) <= 0x1p-54L;
}

/* s(0) < 1 and s(1000) = 1 in both senses: the boundaries lie between. */
#define ONE_BRACKET 1e3

double sigmoid_forms_one_from(void)
{
    return sweep_threshold(is_one, 0, ONE_BRACKET);
}

double sigmoid_forms_true_one_from(void)
{
    return sweep_threshold(rounds_to_one, 0, ONE_BRACKET);
}
