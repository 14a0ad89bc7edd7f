/*
 * act_modern.h - the activations in use after ReLU, with their
 * derivatives: ELU, SELU, GELU (exact and two approximations), SiLU,
 * softplus and Mish. Leaky ReLU is in act.h.
 *
 * Conventions as in act.h: act_X_prime(z) takes the pre-activation z,
 * act_X_prime_y(y) the output y = g(z), and exists where a form in y is
 * cheaper than the one in z (ELU and SELU: no exp). Every function exists
 * in double and, with an f suffix, in float, and the float ones as array
 * forms act_Xf_array(z, y, n): y[i] = g(z[i]) for i < n, y may equal z.
 *
 * Guarantees, tested in tests/test_act_modern.c and over every float
 * input by `make check-exhaustive`: NaN in gives NaN out, nothing else
 * gives NaN, no intermediate result overflows (+-inf give the limits),
 * and g(-0) = -0 for every g with g(0) = 0. The one output that is
 * infinite for a finite input is SELU's lambda z above the largest
 * finite number divided by lambda: the exact value is not representable
 * there, and inf is its correct rounding.
 */
#ifndef ACT_MODERN_H
#define ACT_MODERN_H

#include <stddef.h>

/* ELU's alpha as Clevert et al. (2015) use it throughout. */
#define ACT_ELU_ALPHA 1.0

/* SELU's constants (Klambauer et al. 2017), derived in act_modern.c:
 * the alpha and lambda that make mean 0, variance 1 the fixed point of
 * a layer with standard normal input. */
#define ACT_SELU_ALPHA 1.6732632423543772848170429916717
#define ACT_SELU_LAMBDA 1.0507009873554804934193349852946
/* lambda alpha, SELU's limit at -inf (negated) and its slope at 0-. */
#define ACT_SELU_LAMBDA_ALPHA 1.7580993408473768599402175208123

/* ---- ELU: z for z > 0, alpha (e^z - 1) otherwise (Clevert et al.
 * 2015). Saturates at -alpha, so mean activations move towards 0; for
 * alpha = 1 it is smooth at 0 to first order. The derivative at 0 is
 * taken from the left, alpha. ---- */
double act_elu(double z, double alpha);
double act_elu_prime(double z, double alpha);
double act_elu_prime_y(double y, double alpha); /* y + alpha for y <= 0 */
float act_eluf(float z, float alpha);
float act_elu_primef(float z, float alpha);
float act_elu_prime_yf(float y, float alpha);

/* ---- SELU: lambda ELU(z, alpha) with the constants above (Klambauer
 * et al. 2017). The derivative at 0 is taken from the left,
 * lambda alpha. ---- */
double act_selu(double z);
double act_selu_prime(double z);
double act_selu_prime_y(double y);   /* y + lambda alpha for y <= 0 */
float act_seluf(float z);
float act_selu_primef(float z);
float act_selu_prime_yf(float y);

/* ---- GELU: z Phi(z), Phi the standard normal distribution function
 * (Hendrycks and Gimpel 2016), exactly through erfc. ---- */
double act_gelu(double z);
double act_gelu_prime(double z);     /* Phi(z) + z phi(z) */
float act_geluf(float z);
float act_gelu_primef(float z);

/* ---- GELU, the paper's tanh approximation:
 * z/2 (1 + tanh(sqrt(2/pi) (z + 0.044715 z^3))). ---- */
double act_gelu_tanh(double z);
double act_gelu_tanh_prime(double z);
float act_gelu_tanhf(float z);
float act_gelu_tanh_primef(float z);

/* ---- GELU, the paper's sigmoid approximation: z s(1.702 z). ---- */
#define ACT_GELU_SIGMOID_K 1.702
double act_gelu_sigmoid(double z);
double act_gelu_sigmoid_prime(double z);
float act_gelu_sigmoidf(float z);
float act_gelu_sigmoid_primef(float z);

/* ---- SiLU (Swish with beta = 1): z s(z) (Ramachandran et al. 2017;
 * Hendrycks and Gimpel 2016; Elfwing et al. 2018). ---- */
double act_silu(double z);
double act_silu_prime(double z);     /* s(z) (1 + z (1 - s(z))) */
float act_siluf(float z);
float act_silu_primef(float z);

/* ---- softplus: ln(1 + e^z), a smooth ReLU; its derivative is s(z).
 * ---- */
double act_softplus(double z);
double act_softplus_prime(double z);
float act_softplusf(float z);
float act_softplus_primef(float z);

/* ---- Mish: z tanh(softplus(z)) (Misra 2019). ---- */
double act_mish(double z);
double act_mish_prime(double z);
float act_mishf(float z);
float act_mish_primef(float z);

/* ---- float array forms; ELU's uses alpha = ACT_ELU_ALPHA ---- */
void act_eluf_array(const float *z, float *y, size_t n);
void act_seluf_array(const float *z, float *y, size_t n);
void act_geluf_array(const float *z, float *y, size_t n);
void act_gelu_tanhf_array(const float *z, float *y, size_t n);
void act_gelu_sigmoidf_array(const float *z, float *y, size_t n);
void act_siluf_array(const float *z, float *y, size_t n);
void act_softplusf_array(const float *z, float *y, size_t n);
void act_mishf_array(const float *z, float *y, size_t n);

#endif
