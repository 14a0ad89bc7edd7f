/*
 * modern.c - the chapter's table of activations, their long double
 * references, and the measurements of M1-M3; see modern.h.
 */
#include "modern.h"

#include "act.h"
#include "act_modern.h"
#include "ref.h"

#include <math.h>
#include <string.h>

/* ---- the library's functions with their parameters fixed ---- */

static double leaky(double z) { return act_leaky_relu(z, ACT_LEAKY_SLOPE); }
static double leaky_prime(double z)
{
    return act_leaky_relu_prime(z, ACT_LEAKY_SLOPE);
}
static float leakyf(float z)
{
    return act_leaky_reluf(z, (float)ACT_LEAKY_SLOPE);
}
/* ReLU one element at a time, like every other function here: the
 * library's act_reluf_array runs chapter 10's vector kernel, and the
 * table compares the scalar forms. */
static void reluf_scalar_array(const float *z, float *y, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        y[i] = act_reluf(z[i]);
    }
}
static void leakyf_array(const float *z, float *y, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        y[i] = act_leaky_reluf(z[i], (float)ACT_LEAKY_SLOPE);
    }
}
static double elu(double z) { return act_elu(z, ACT_ELU_ALPHA); }
static double elu_prime(double z) { return act_elu_prime(z, ACT_ELU_ALPHA); }
static float eluf(float z) { return act_eluf(z, (float)ACT_ELU_ALPHA); }

/* ---- the references: the textbook formulas in long double ---- */

static long double sq2pi(void) { return sqrtl(2 / acosl(-1.0L)); }

static long double r_relu(long double z) { return z > 0 ? z : 0; }
static long double r_relu_p(long double z) { return z > 0 ? 1 : 0; }
static long double r_leaky(long double z)
{
    return z > 0 ? z : (long double)ACT_LEAKY_SLOPE * z;
}
static long double r_leaky_p(long double z)
{
    return z > 0 ? 1 : (long double)ACT_LEAKY_SLOPE;
}

//> ref-elu
/* ELU'(z) = ELU(z) + alpha for z < 0: the derivative of alpha (e^z - 1)
 * is alpha e^z, the function plus alpha. SELU is lambda times ELU. */
static long double r_elu(long double z)
{
    return z > 0 ? z : (long double)ACT_ELU_ALPHA * expm1l(z);
}
static long double r_elu_p(long double z)
{
    return z > 0 ? 1 : r_elu(z) + (long double)ACT_ELU_ALPHA;
}
//< ref-elu
static long double r_selu(long double z)
{
    long double a = ACT_SELU_ALPHA, l = ACT_SELU_LAMBDA;
    return z > 0 ? l * z : l * a * expm1l(z);
}
static long double r_selu_p(long double z)
{
    long double a = ACT_SELU_ALPHA, l = ACT_SELU_LAMBDA;
    return z > 0 ? l : r_selu(z) + l * a;
}

//> ref-smooth
/* softplus(z) = ln(1 + e^z), written so that e^z never overflows;
 * softplus'(z) = s(z). */
static long double r_softplus(long double z)
{
    return z > 0 ? z + log1pl(expl(-z)) : log1pl(expl(z));
}
static long double r_softplus_p(long double z) { return ref_sigmoid(z); }

/* GELU(z) = z Phi(z); GELU'(z) = Phi(z) + z phi(z). */
static long double r_phi_cdf(long double z)
{
    return erfcl(-z / sqrtl(2)) / 2;
}
static long double r_gelu(long double z) { return z * r_phi_cdf(z); }
static long double r_gelu_p(long double z)
{
    long double phi = expl(-z * z / 2) * sq2pi() / 2; /* 1/sqrt(2 pi) */
    return r_phi_cdf(z) + z * phi;
}

/* SiLU(z) = z s(z); SiLU'(z) = s(z) (1 + z (1 - s(z))). */
static long double r_silu(long double z) { return z * ref_sigmoid(z); }
static long double r_silu_p(long double z)
{
    long double s = ref_sigmoid(z);
    return s * (1 + z * (1 - s));
}

/* Mish(z) = z tanh(softplus(z)); with t = tanh(softplus(z)),
 * Mish'(z) = t + z s(z) (1 - t^2), by the chain rule. */
static long double r_mish(long double z)
{
    return z * tanhl(r_softplus(z));
}
static long double r_mish_p(long double z)
{
    long double t = tanhl(r_softplus(z));
    return t + z * ref_sigmoid(z) * (1 - t * t);
}
//< ref-smooth

/* The two approximations of GELU (Hendrycks and Gimpel 2016). */
#define GELU_CUBIC 0.044715L
static long double r_gelu_tanh(long double z)
{
    return z / 2 * (1 + tanhl(sq2pi() * (z + GELU_CUBIC * z * z * z)));
}
static long double r_gelu_tanh_p(long double z)
{
    long double t = tanhl(sq2pi() * (z + GELU_CUBIC * z * z * z));
    return (1 + t) / 2 +
           z / 2 * (1 - t * t) * sq2pi() * (1 + 3 * GELU_CUBIC * z * z);
}
static long double r_gelu_sig(long double z)
{
    return z * ref_sigmoid((long double)ACT_GELU_SIGMOID_K * z);
}
static long double r_gelu_sig_p(long double z)
{
    long double k = ACT_GELU_SIGMOID_K, s = ref_sigmoid(k * z);
    return s + k * z * s * (1 - s);
}

const struct modern_fn modern_fns[MODERN_ALL] = {
    { "relu", "ReLU", act_relu, act_relu_prime, act_reluf,
      reluf_scalar_array, r_relu, r_relu_p, "$1$ for $z > 0$, else $0$", 1 },
    { "leaky", "leaky ReLU", leaky, leaky_prime, leakyf, leakyf_array,
      r_leaky, r_leaky_p, "$1$ for $z > 0$, else $0.01$", 1 },
    { "elu", "ELU", elu, elu_prime, eluf, act_eluf_array, r_elu, r_elu_p,
      "$\\mathrm{elu}(z) + \\alpha$ for $z < 0$", 0 },
    { "selu", "SELU", act_selu, act_selu_prime, act_seluf,
      act_seluf_array, r_selu, r_selu_p,
      "$\\mathrm{selu}(z) + \\lambda\\alpha$ for $z < 0$", 1 },
    { "softplus", "softplus", act_softplus, act_softplus_prime,
      act_softplusf, act_softplusf_array, r_softplus, r_softplus_p,
      "$s(z)$", 0 },
    { "gelu", "GELU", act_gelu, act_gelu_prime, act_geluf,
      act_geluf_array, r_gelu, r_gelu_p, "$\\Phi(z) + z\\varphi(z)$", 0 },
    { "silu", "SiLU", act_silu, act_silu_prime, act_siluf,
      act_siluf_array, r_silu, r_silu_p, "$s(z)(1 + z(1 - s(z)))$", 0 },
    { "mish", "Mish", act_mish, act_mish_prime, act_mishf,
      act_mishf_array, r_mish, r_mish_p,
      "$t + z s(z)(1 - t^2)$, $t = \\tanh(\\mathrm{softplus}(z))$", 0 },
    { "gelu_tanh", "GELU, tanh form", act_gelu_tanh, act_gelu_tanh_prime,
      act_gelu_tanhf, act_gelu_tanhf_array, r_gelu_tanh, r_gelu_tanh_p,
      "", 0 },
    { "gelu_sigmoid", "GELU, $z s(1.702 z)$", act_gelu_sigmoid,
      act_gelu_sigmoid_prime, act_gelu_sigmoidf, act_gelu_sigmoidf_array,
      r_gelu_sig, r_gelu_sig_p, "", 0 },
};

const struct modern_fn *modern_find(const char *name)
{
    for (int i = 0; i < MODERN_ALL; i++) {
        if (strcmp(modern_fns[i].name, name) == 0) {
            return &modern_fns[i];
        }
    }
    return NULL;
}

/* ---- M1 ---- */

/* Simpson's rule with NORMAL_STEPS intervals of 32/NORMAL_STEPS = 1/256
 * on [-16, 16]: the error is h^4 |f''''| / 180 times the length, below
 * 1e-12 for these functions; the kinks at 0 fall on a node, where the
 * rule is exact on each side (every function is smooth on either side). */
#define NORMAL_HALF 16
#define NORMAL_STEPS 8192
void modern_normal_moments(long double (*g)(long double), long double *m1,
                           long double *m2)
{
    long double h = 2.0L * NORMAL_HALF / NORMAL_STEPS, s1 = 0, s2 = 0;
    long double c = sq2pi() / 2; /* 1 / sqrt(2 pi) */
    for (long i = 0; i <= NORMAL_STEPS; i++) {
        long double z = -NORMAL_HALF + h * (long double)i;
        long double w = i == 0 || i == NORMAL_STEPS ? 1 : i % 2 ? 4 : 2;
        long double p = c * expl(-z * z / 2), y = g(z);
        s1 += w * p * y;
        s2 += w * p * y * y;
    }
    *m1 = s1 * h / 3;
    *m2 = s2 * h / 3;
}

/* g'(0+) - g'(0-) is read at the smallest positive normal numbers, where
 * every g' here equals its limit at 0 to within one rounding. */
void modern_props(const struct modern_fn *f, double zmax,
                  struct modern_props *p)
{
    p->grad_neg = f->prime(MODERN_ZNEG);
    long double m1, m2;
    modern_normal_moments(f->ref, &m1, &m2);
    p->mean = (double)m1;
    p->var = (double)(m2 - m1 * m1);
    p->jump = f->prime(0x1p-1022) - f->prime(-0x1p-1022);
    /* the minimum on a grid of step 1e-4, enough for four digits of z */
    long steps = (long)(2 * zmax / 1e-4);
    p->min = f->g(-zmax);
    p->argmin = -zmax;
    for (long i = 1; i <= steps; i++) {
        double z = -zmax + 2 * zmax * (double)i / (double)steps;
        double y = f->g(z);
        if (y < p->min) {
            p->min = y;
            p->argmin = z;
        }
    }
    if (p->argmin == -zmax) { /* g falls all the way: its limit */
        p->min = f->g(-INFINITY);
        p->argmin = -INFINITY;
    }
}

/* ---- M2 ---- */

long double modern_central(long double (*f)(long double), long double z,
                           long double h)
{
    return (f(z + h) - f(z - h)) / (2 * h);
}

//> deriv-check
/* h = 1e-6 in long double: the truncation error h^2 |g'''| / 6 is about
 * 1e-13, the rounding error 2^-64 |g| / h about 1e-13 |z|. So the central
 * difference tests the identity to about 1e-13 (the tests ask 1e-10),
 * and the identity in long double tests the library's double g' to its
 * own rounding, about 1e-16 (the tests ask 1e-14). */
#define CENTRAL_H 1e-6L
void modern_deriv_check(const struct modern_fn *f, double zmax,
                        long points, struct modern_deriv_err *e)
{
    e->library = e->central = 0;
    e->worst_z = 0;
    for (long i = 0; i < points; i++) {
        /* midpoints: never 0, where ReLU, leaky ReLU and SELU have no
         * derivative (points is even) */
        double z = -zmax + 2 * zmax * ((double)i + 0.5) / (double)points;
        long double want = f->ref_prime(z);
        double lib = fabs((double)((long double)f->prime(z) - want));
        double cen = fabs((double)(modern_central(f->ref, z, CENTRAL_H) -
                                   want));
        if (lib > e->library) {
            e->library = lib;
            e->worst_z = z;
        }
        e->central = fmax(e->central, cen);
    }
}
//< deriv-check

/* ---- M3 ---- */

void modern_approx_check(double (*approx)(double), double (*exact)(double),
                         double zmax, long points,
                         struct modern_approx_err *e)
{
    *e = (struct modern_approx_err){ 0, 0, 0, 0 };
    for (long i = 0; i <= points; i++) {
        double z = -zmax + 2 * zmax * (double)i / (double)points;
        double want = exact(z), err = fabs(approx(z) - want);
        if (err > e->max_abs) {
            e->max_abs = err;
            e->at = z;
        }
        if (want != 0 && err / fabs(want) > e->max_rel) {
            e->max_rel = err / fabs(want);
            e->at_rel = z;
        }
    }
}
