/*
 * act.c - activation functions and their derivatives; see act.h.
 *
 * The formulas a textbook prints are exact on paper and fragile in floating
 * point; chapter 11 measures where each naive form breaks. Here every
 * function uses a form that is stable for every input:
 *
 *   - exp() is called only where it cannot overflow: on a non-positive
 *     argument, or (in the float sigmoid) on one below 64;
 *   - s' and tanh' are computed from y = s(-|z|), the small side of the
 *     sigmoid, which keeps full relative accuracy in the tails where
 *     1 - s(z) or 1 - tanh(z)^2 would round to 0;
 *   - y - y^2 and 1 - y^2 are rounded once, by fma(): rounding never
 *     reverses an order, so a derivative is monotone wherever its exact
 *     formula is. (glibc's fma is exact even without the instruction;
 *     -std=c11 keeps the compiler from fusing anything else.)
 */
#include "act.h"

#include "act_modern.h"
#include "vecact.h"

#include <math.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* sigmoid                                                            */
/* ------------------------------------------------------------------ */

/* Below z = -SIGMOID_TAIL, 1 + e^z is exactly 1 in double (as it is for
 * every z < -36.8), so e^z is s(z) as well as any formula can give it. */
#define SIGMOID_TAIL 64.0

//> sigmoid
double act_sigmoid(double z)
{
    /* 1 / (1 + e^-z) rounds e^-z, the sum and the quotient each in the
     * direction z moves them, so s never steps down where z steps up.
     * Its e^-z overflows below z = -709.8; but from z = -SIGMOID_TAIL on,
     * 1 + e^z rounds to 1 and s(z) = e^z / (1 + e^z) is e^z itself, which
     * only underflows, harmlessly. Across the seam a step of z moves s by
     * 64 ulps, more than either form's error, so s stays monotone there
     * too. A NaN fails `z >= ...` and comes out of exp() as NaN. */
    if (z >= -SIGMOID_TAIL) {
        return 1.0 / (1.0 + exp(-z));
    }
    return exp(z);
}
//< sigmoid

//> sigmoid-prime
double act_sigmoid_prime(double z)
{
    /* s'(z) = s(z)(1 - s(z)) = y - y^2 with y = s(-|z|), as s' is even.
     * y in [0, 1/2] falls as |z| grows, y - y^2 rises with y there, and
     * fma rounds it once: so s' never steps the wrong way and is at most
     * 1/4 (exactly 1/4 at z = 0), with no clipping. y is the small side
     * of s, so nothing cancels: for large |z|, s' is y to full relative
     * accuracy. A NaN gives NaN through act_sigmoid. */
    double y = act_sigmoid(-fabs(z));
    return fma(-y, y, y);
}
//< sigmoid-prime

//> sigmoid-prime-y
double act_sigmoid_prime_y(double y)
{
    /* y(1 - y) rounded once: monotone where y(1 - y) is (rising up to
     * y = 1/2, falling beyond), and within half an ulp of it for an
     * exact y. At y = +inf, no output of s, fma would give inf - inf =
     * NaN; y(1 - y) tends to -inf. */
    if (y == INFINITY) {
        return -INFINITY;
    }
    return fma(-y, y, y);
}
//< sigmoid-prime-y

/* Below z = -SIGMOIDF_TAIL, 1 + e^z is 1 in float (as it is for every
 * z < -16.7), so s(z) = e^z / (1 + e^z) is e^z to far below an ulp. */
#define SIGMOIDF_TAIL 64.0f

//> sigmoidf
float act_sigmoidf(float z)
{
    /* Not e^z / (1 + e^z) for z < 0: in float its two
     * roundings pull opposite ways and s steps down by an ulp where z
     * steps up, at thousands of floats below z = -ln 2 (chapter 11).
     * 1 / (1 + e^-z) rounds e^-z, the sum and the quotient all in the
     * direction z moves them, so it is monotone; its e^-z would overflow
     * below z = -88.7, and from -SIGMOIDF_TAIL on e^z itself is s(z) to
     * within rounding. Across that seam a step of z (2^-17 there) moves
     * s by 64 ulps, more than both forms' errors. `make
     * check-exhaustive` checks every float. NaN fails `z >= ...` and
     * gives NaN through expf. */
    if (z >= -SIGMOIDF_TAIL) {
        return 1.0f / (1.0f + expf(-z));
    }
    return expf(z);
}
//< sigmoidf

float act_sigmoid_primef(float z)
{
    float y = act_sigmoidf(-fabsf(z)); /* as in act_sigmoid_prime */
    return fmaf(-y, y, y);
}

float act_sigmoid_prime_yf(float y)
{
    if (y == INFINITY) { /* as in act_sigmoid_prime_y */
        return -INFINITY;
    }
    return fmaf(-y, y, y);
}

/* ------------------------------------------------------------------ */
/* tanh                                                               */
/* ------------------------------------------------------------------ */

/* libm's tanh is already stable: odd, exact sign of zero, +-1 at +-inf. */
double act_tanh(double z)
{
    return tanh(z);
}

//> tanh-prime
double act_tanh_prime(double z)
{
    /* tanh(z) = 2 s(2z) - 1, so tanh'(z) = 4 s'(2z): doubling z and
     * multiplying by 4 are exact, and s' is monotone on each side of 0
     * and at most 1/4, so tanh' is too, and at most 1. Unlike
     * 1 - tanh(z)^2, which is exactly 0 once tanh(z) rounds to 1
     * (|z| > 19.1 in double), it keeps its digits in the tails. An
     * infinite 2z gives s' = 0, which is right. */
    return 4.0 * act_sigmoid_prime(2.0 * z);
}
//< tanh-prime

//> tanh-prime-y
double act_tanh_prime_y(double y)
{
    /* 1 - y^2 rounded once by fma: within half an ulp for an exact y,
     * where 1 - y*y cancels the rounding of y*y near |y| = 1, and
     * monotone on each side of 0. But a y that came from tanh already
     * carries its rounding error, which 1 - y^2 magnifies near |y| = 1
     * in any form; only act_tanh_prime(z) keeps those digits. */
    return fma(-y, y, 1.0);
}
//< tanh-prime-y

float act_tanhf(float z)
{
    return tanhf(z);
}

float act_tanh_primef(float z)
{
    return 4.0f * act_sigmoid_primef(2.0f * z);
}

float act_tanh_prime_yf(float y)
{
    return fmaf(-y, y, 1.0f);
}

/* ------------------------------------------------------------------ */
/* ReLU                                                               */
/* ------------------------------------------------------------------ */

//> relu
double act_relu(double z)
{
    /* Not fmax(0, z): fmax returns 0 for a NaN argument, which would hide
     * the NaN. A NaN fails `z > 0` and is returned as it is; -0 and every
     * negative number give +0. */
    if (z > 0 || isnan(z)) {
        return z;
    }
    return 0.0;
}

double act_relu_prime(double z)
{
    /* The derivative does not exist at 0; like most libraries we take 0. */
    if (isnan(z)) {
        return z;
    }
    return z > 0 ? 1.0 : 0.0;
}
//< relu

double act_relu_prime_y(double y)
{
    /* y = relu(z) > 0 exactly when z > 0, so the output decides too. */
    if (isnan(y)) {
        return y;
    }
    return y > 0 ? 1.0 : 0.0;
}

float act_reluf(float z)
{
    if (z > 0 || isnan(z)) {
        return z;
    }
    return 0.0f;
}

float act_relu_primef(float z)
{
    if (isnan(z)) {
        return z;
    }
    return z > 0 ? 1.0f : 0.0f;
}

float act_relu_prime_yf(float y)
{
    if (isnan(y)) {
        return y;
    }
    return y > 0 ? 1.0f : 0.0f;
}

//> leaky-relu
double act_leaky_relu(double z, double slope)
{
    return z > 0 || isnan(z) ? z : slope * z;
}

double act_leaky_relu_prime(double z, double slope)
{
    if (isnan(z)) {
        return z;
    }
    return z > 0 ? 1.0 : slope;
}
//< leaky-relu

float act_leaky_reluf(float z, float slope)
{
    return z > 0 || isnan(z) ? z : slope * z;
}

float act_leaky_relu_primef(float z, float slope)
{
    if (isnan(z)) {
        return z;
    }
    return z > 0 ? 1.0f : slope;
}

/* ------------------------------------------------------------------ */
/* array forms                                                        */
/* ------------------------------------------------------------------ */

#define ACT_ARRAY(name, type, fn)                                        \
    void name(const type *z, type *y, size_t n)                          \
    {                                                                    \
        for (size_t i = 0; i < n; i++)                                   \
            y[i] = fn(z[i]);                                             \
    }

ACT_ARRAY(act_sigmoid_array, double, act_sigmoid)
ACT_ARRAY(act_tanh_array, double, act_tanh)
ACT_ARRAY(act_relu_array, double, act_relu)

/* The float array forms run the vector kernels of the widest build this
 * processor has (vecact_best(), vecact.h). A kernel's arrays must not
 * overlap (its pointers are restrict), so in place each block of z goes
 * through a buffer on the stack, which stays in the first-level cache. */
#define ACT_VEC_BLOCK 256 /* floats: 1 KiB */

static void act_vec(vecact_fwd kernel, const float *z, float *y, size_t n)
{
    if (y != z) {
        kernel(z, y, n);
        return;
    }
    float buf[ACT_VEC_BLOCK];
    for (size_t i = 0; i < n; i += ACT_VEC_BLOCK) {
        size_t m = n - i < ACT_VEC_BLOCK ? n - i : ACT_VEC_BLOCK;
        kernel(z + i, buf, m);
        memcpy(y + i, buf, m * sizeof *buf);
    }
}

void act_sigmoidf_array(const float *z, float *y, size_t n)
{
    act_vec(vecact_best()->sigmoid, z, y, n);
}

void act_tanhf_array(const float *z, float *y, size_t n)
{
    act_vec(vecact_best()->tanh, z, y, n);
}

void act_reluf_array(const float *z, float *y, size_t n)
{
    act_vec(vecact_best()->relu, z, y, n);
}

/* ------------------------------------------------------------------ */
/* activations by name                                                */
/* ------------------------------------------------------------------ */

const char *const act_names[] = {
    "identity", "step", "sigmoid", "tanh", "relu", "leaky-relu",
    "elu", "selu", "gelu", "gelu-tanh", "gelu-sigmoid", "silu",
    "softplus", "mish", NULL,
};

const char *act_name(enum act_kind kind)
{
    return (unsigned)kind < ACT_KIND_COUNT ? act_names[kind] : "unknown";
}

double act_eval(enum act_kind kind, double z)
{
    switch (kind) {
    case ACT_IDENTITY:
        return z;
    case ACT_STEP:
        return isnan(z) ? z : (z > 0 ? 1.0 : 0.0);
    case ACT_SIGMOID:
        return act_sigmoid(z);
    case ACT_TANH:
        return act_tanh(z);
    case ACT_RELU:
        return act_relu(z);
    case ACT_LEAKY_RELU:
        return act_leaky_relu(z, ACT_LEAKY_SLOPE);
    case ACT_ELU:
        return act_elu(z, ACT_ELU_ALPHA);
    case ACT_SELU:
        return act_selu(z);
    case ACT_GELU:
        return act_gelu(z);
    case ACT_GELU_TANH:
        return act_gelu_tanh(z);
    case ACT_GELU_SIGMOID:
        return act_gelu_sigmoid(z);
    case ACT_SILU:
        return act_silu(z);
    case ACT_SOFTPLUS:
        return act_softplus(z);
    case ACT_MISH:
        return act_mish(z);
    case ACT_KIND_COUNT:
        break;
    }
    return NAN;
}

double act_eval_prime(enum act_kind kind, double z)
{
    if (isnan(z)) {
        return z;
    }
    switch (kind) {
    case ACT_IDENTITY:
        return 1.0;
    case ACT_STEP:
        return 0.0;
    case ACT_SIGMOID:
        return act_sigmoid_prime(z);
    case ACT_TANH:
        return act_tanh_prime(z);
    case ACT_RELU:
        return act_relu_prime(z);
    case ACT_LEAKY_RELU:
        return act_leaky_relu_prime(z, ACT_LEAKY_SLOPE);
    case ACT_ELU:
        return act_elu_prime(z, ACT_ELU_ALPHA);
    case ACT_SELU:
        return act_selu_prime(z);
    case ACT_GELU:
        return act_gelu_prime(z);
    case ACT_GELU_TANH:
        return act_gelu_tanh_prime(z);
    case ACT_GELU_SIGMOID:
        return act_gelu_sigmoid_prime(z);
    case ACT_SILU:
        return act_silu_prime(z);
    case ACT_SOFTPLUS:
        return act_softplus_prime(z);
    case ACT_MISH:
        return act_mish_prime(z);
    case ACT_KIND_COUNT:
        break;
    }
    return NAN;
}
