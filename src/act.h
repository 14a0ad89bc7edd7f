/*
 * act.h - activation functions and their derivatives.
 *
 * Each activation g comes with two derivatives whose names say what they
 * take: act_X_prime(z) takes the pre-activation z, act_X_prime_y(y) takes
 * the output y = g(z) (what backpropagation has at hand). Every function
 * exists in double and, with an f suffix, in float, and as an array form.
 * Every scalar form and the double array forms are plain C on libm's exp
 * and tanh; the float array forms run vectorised kernels of our own
 * (vecact.h), chosen for the processor at run time.
 *
 * Guarantees, tested in tests/test_act.c and over every float input by
 * `make check-exhaustive`: no overflow and no NaN for any non-NaN input
 * (+-inf included), NaN in gives NaN out (through ReLU too), and odd
 * functions keep the sign of zero: tanh(-0) = -0.
 */
#ifndef ACT_H
#define ACT_H

#include <stddef.h>

/* ---- sigmoid s(z) = 1 / (1 + e^-z), onto (0, 1) ---- */
double act_sigmoid(double z);
double act_sigmoid_prime(double z);   /* s'(z) = s(z) (1 - s(z)) */
double act_sigmoid_prime_y(double y); /* the same, from y = s(z) */
float act_sigmoidf(float z);
float act_sigmoid_primef(float z);
float act_sigmoid_prime_yf(float y);

/* ---- tanh, onto (-1, 1) ---- */
double act_tanh(double z);
double act_tanh_prime(double z);      /* tanh'(z) = 1 - tanh(z)^2 */
double act_tanh_prime_y(double y);    /* the same, from y = tanh(z) */
float act_tanhf(float z);
float act_tanh_primef(float z);
float act_tanh_prime_yf(float y);

/* ---- ReLU r(z) = max(0, z); r'(0) is taken as 0 ---- */
double act_relu(double z);
double act_relu_prime(double z);
double act_relu_prime_y(double y);
float act_reluf(float z);
float act_relu_primef(float z);
float act_relu_prime_yf(float y);

/* ---- leaky ReLU: z for z > 0, slope * z otherwise (Maas et al. 2013)
 * The slope (0.01 in the paper, ACT_LEAKY_SLOPE below) keeps a gradient
 * for z <= 0, so a unit pushed there can come back; at 0 the derivative
 * is taken as the slope, as ReLU's is taken as 0. ---- */
double act_leaky_relu(double z, double slope);
double act_leaky_relu_prime(double z, double slope);
float act_leaky_reluf(float z, float slope);
float act_leaky_relu_primef(float z, float slope);

/* ---- array forms: y[i] = g(z[i]) for i < n; y equals z (in place) or
 * does not overlap it ---- */

/* Double: the bits of the scalar forms. */
void act_sigmoid_array(const double *z, double *y, size_t n);
void act_tanh_array(const double *z, double *y, size_t n);
void act_relu_array(const double *z, double *y, size_t n);

/* Float: bit for bit the kernels of vecact_best() (vecact.h), the widest
 * vector build this processor runs. ReLU is exact, the bits of act_reluf.
 * Sigmoid and tanh are within VECACT_ULP_FORWARD (3) ulps of the exact
 * value, but not bit for bit act_sigmoidf and act_tanhf, and their bits
 * may differ from processor to processor (a build with fused
 * multiply-adds rounds a * b + c once); their special values are exact:
 * NaN gives NaN, s(+inf) = 1, s(-inf) = +0, s(+-0) = 1/2, tanh(+-inf) =
 * +-1, tanh(-0) = -0. */
void act_sigmoidf_array(const float *z, float *y, size_t n);
void act_tanhf_array(const float *z, float *y, size_t n);
void act_reluf_array(const float *z, float *y, size_t n);

/*
 * Activations by name, for programs that let the student choose one.
 * The step function is 1 for z > 0 and 0 otherwise; its derivative is 0
 * everywhere it exists, which is why gradient descent cannot train it.
 * Leaky ReLU has slope ACT_LEAKY_SLOPE for z <= 0 (its derivative at 0
 * is taken as that slope, as ReLU's is taken as 0).
 */
enum act_kind {
    ACT_IDENTITY,
    ACT_STEP,
    ACT_SIGMOID,
    ACT_TANH,
    ACT_RELU,
    ACT_LEAKY_RELU,
    ACT_ELU,          /* these in act_modern.h: ELU with ACT_ELU_ALPHA, */
    ACT_SELU,
    ACT_GELU,         /* GELU exact (erf) and its two approximations */
    ACT_GELU_TANH,
    ACT_GELU_SIGMOID,
    ACT_SILU,
    ACT_SOFTPLUS,
    ACT_MISH,
    ACT_KIND_COUNT
};

#define ACT_LEAKY_SLOPE 0.01

/* g(z) for the activation `kind`. */
double act_eval(enum act_kind kind, double z);

/* g'(z) for the activation `kind`, from the pre-activation z. */
double act_eval_prime(enum act_kind kind, double z);

/* The lower-case name ("sigmoid", "leaky-relu", ...) of `kind`. */
const char *act_name(enum act_kind kind);

/* NULL-terminated list of every name, in enum order (for option parsing). */
extern const char *const act_names[];

#endif
