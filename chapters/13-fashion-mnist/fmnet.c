/*
 * fmnet.c - the float network of chapter 13; see fmnet.h.
 */
#include "fmnet.h"

#include "act_modern.h"
#include "alloc.h"
#include "mat.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

const char *const fmnet_init_names[] = { "auto", "xavier", "he", "lecun",
                                         NULL };

void fmnet_init(struct fmnet *n, int layers, const long *width,
                enum act_kind act, enum fmnet_init init, long cap,
                struct rng *r)
{
    memset(n, 0, sizeof *n);
    n->layers = layers;
    n->act = act;
    n->cap = cap;
    if (init == FMNET_INIT_AUTO) {
        init = act == ACT_RELU || act == ACT_LEAKY_RELU ? FMNET_INIT_HE
                                                        : FMNET_INIT_XAVIER;
    }
    for (int l = 0; l <= layers; l++) {
        n->width[l] = width[l];
        n->a[l] = alloc_array((size_t)(cap * width[l]), sizeof(float));
        n->d[l] = alloc_array((size_t)(cap * width[l]), sizeof(float));
    }
    for (int l = 0; l < layers; l++) {
        long in = width[l], out = width[l + 1];
        double var = init == FMNET_INIT_XAVIER ? 2.0 / (double)(in + out)
                     : init == FMNET_INIT_HE   ? 2.0 / (double)in
                                               : 1.0 / (double)in;
        n->w[l] = alloc_array((size_t)(in * out), sizeof(float));
        n->gw[l] = alloc_array((size_t)(in * out), sizeof(float));
        n->b[l] = alloc_array((size_t)out, sizeof(float));
        n->gb[l] = alloc_array((size_t)out, sizeof(float));
        for (long i = 0; i < in * out; i++) {
            n->w[l][i] = (float)(sqrt(var) * rng_normal(r));
        }
    }
}

void fmnet_free(struct fmnet *n)
{
    for (int l = 0; l <= n->layers; l++) {
        free(n->a[l]);
        free(n->d[l]);
    }
    for (int l = 0; l < n->layers; l++) {
        free(n->w[l]);
        free(n->gw[l]);
        free(n->b[l]);
        free(n->gb[l]);
    }
    memset(n, 0, sizeof *n);
}

/* g and g' from the output y = g(z): y > 0 exactly when z > 0 for ReLU
 * and leaky ReLU (slope > 0), ELU and SELU, so their derivatives can
 * read y too; softplus is invertible, s(z) = 1 - e^-y. GELU, SiLU and
 * Mish are not (each takes some values twice), so their derivatives need
 * z: the forward pass keeps it in d[l], which the backward pass only
 * overwrites once it has read it (act_needs_z); the backward pass then
 * leaves D W, not g(z), in the hidden layers' a[l]. */
static float act_f(enum act_kind k, float z)
{
    switch (k) {
    case ACT_SIGMOID: return act_sigmoidf(z);
    case ACT_TANH: return act_tanhf(z);
    case ACT_RELU: return act_reluf(z);
    case ACT_LEAKY_RELU: return act_leaky_reluf(z, (float)ACT_LEAKY_SLOPE);
    case ACT_ELU: return act_eluf(z, (float)ACT_ELU_ALPHA);
    case ACT_SELU: return act_seluf(z);
    case ACT_GELU: return act_geluf(z);
    case ACT_GELU_TANH: return act_gelu_tanhf(z);
    case ACT_GELU_SIGMOID: return act_gelu_sigmoidf(z);
    case ACT_SILU: return act_siluf(z);
    case ACT_SOFTPLUS: return act_softplusf(z);
    case ACT_MISH: return act_mishf(z);
    default: return z;
    }
}

static float act_prime_y(enum act_kind k, float y)
{
    switch (k) {
    case ACT_SIGMOID: return act_sigmoid_prime_yf(y);
    case ACT_TANH: return act_tanh_prime_yf(y);
    case ACT_RELU: return act_relu_prime_yf(y);
    case ACT_LEAKY_RELU:
        return act_leaky_relu_primef(y, (float)ACT_LEAKY_SLOPE);
    case ACT_ELU: return act_elu_prime_yf(y, (float)ACT_ELU_ALPHA);
    case ACT_SELU: return act_selu_prime_yf(y);
    case ACT_SOFTPLUS: return -expm1f(-y); /* s(z) = 1 - e^-softplus(z) */
    default: return 1;
    }
}

static int act_needs_z(enum act_kind k)
{
    return k == ACT_GELU || k == ACT_GELU_TANH || k == ACT_GELU_SIGMOID ||
           k == ACT_SILU || k == ACT_MISH;
}

static float act_prime_z(enum act_kind k, float z)
{
    switch (k) {
    case ACT_GELU: return act_gelu_primef(z);
    case ACT_GELU_TANH: return act_gelu_tanh_primef(z);
    case ACT_GELU_SIGMOID: return act_gelu_sigmoid_primef(z);
    case ACT_SILU: return act_silu_primef(z);
    case ACT_MISH: return act_mish_primef(z);
    default: return 1;
    }
}

//> softmax-xent
double fmnet_softmax_xent(const float *z, long k, int y, float *g)
{
    /* Subtract the largest logit first, so exp() never overflows; the
     * log of the sum is then at most log(k). Summed in double. */
    float zmax = z[0];
    for (long i = 1; i < k; i++) {
        zmax = z[i] > zmax ? z[i] : zmax;
    }
    double sum = 0;
    for (long i = 0; i < k; i++) {
        sum += exp((double)z[i] - zmax);
    }
    if (g != NULL) { /* dL/dz_i = p_i - [i == y] */
        for (long i = 0; i < k; i++) {
            g[i] = (float)(exp((double)z[i] - zmax) / sum - (i == y));
        }
    }
    return log(sum) - ((double)z[y] - zmax);
}
//< softmax-xent

//> forward
double fmnet_forward(struct fmnet *n, const float *x, long rows,
                     const unsigned char *y)
{
    int L = n->layers;
    memcpy(n->a[0], x, sizeof(float) * (size_t)(rows * n->width[0]));
    for (int l = 0; l < L; l++) {
        long in = n->width[l], out = n->width[l + 1];
        float *z = n->a[l + 1];
        /* Z = A W^T: (rows x in) times (in x out) */
        mat_gemm(MAT_N, MAT_T, rows, out, in, 1, n->a[l], in, n->w[l], in,
                 0, z, out);
        int keep_z = l + 1 < L && act_needs_z(n->act);
        for (long i = 0; i < rows; i++) {
            for (long j = 0; j < out; j++) {
                float v = z[i * out + j] + n->b[l][j];
                if (keep_z) {
                    n->d[l + 1][i * out + j] = v;
                }
                z[i * out + j] = l + 1 < L ? act_f(n->act, v) : v;
            }
        }
    }
    /* The logits become probabilities; d[L] keeps p - onehot(y). */
    long k = n->width[L];
    double loss = 0;
    for (long i = 0; i < rows; i++) {
        float *z = n->a[L] + i * k;
        double l1 = fmnet_softmax_xent(z, k, y != NULL ? y[i] : 0,
                                       n->d[L] + i * k);
        loss += y != NULL ? l1 : 0;
        for (long j = 0; j < k; j++) { /* p = g + onehot */
            z[j] = n->d[L][i * k + j] + (y != NULL && j == y[i]);
        }
    }
    return loss;
}
//< forward

//> backward
void fmnet_backward(struct fmnet *n, long rows, const unsigned char *y)
{
    (void)y; /* d[L] = p - onehot(y) was kept by the forward pass */
    int L = n->layers;
    float inv = 1.0f / (float)rows; /* the loss is the mean over rows */
    for (int l = L - 1; l >= 0; l--) {
        long in = n->width[l], out = n->width[l + 1];
        const float *d = n->d[l + 1];
        /* gW = D^T A / rows: (out x rows) times (rows x in) */
        mat_gemm(MAT_T, MAT_N, out, in, rows, inv, d, out, n->a[l], in, 0,
                 n->gw[l], in);
        for (long j = 0; j < out; j++) {
            float s = 0;
            for (long i = 0; i < rows; i++) {
                s += d[i * out + j];
            }
            n->gb[l][j] = s * inv;
        }
        if (l == 0) {
            break; /* no gradient is needed for the inputs */
        }
        /* D_prev = (D W) .* g'(A): (rows x out) times (out x in) */
        float *dp = n->d[l];
        if (act_needs_z(n->act)) {
            /* dp holds z; A has served gW and takes D W instead */
            float *dw = n->a[l];
            mat_gemm(MAT_N, MAT_N, rows, in, out, 1, d, out, n->w[l], in, 0,
                     dw, in);
            for (long i = 0; i < rows * in; i++) {
                dp[i] = dw[i] * act_prime_z(n->act, dp[i]);
            }
            continue;
        }
        mat_gemm(MAT_N, MAT_N, rows, in, out, 1, d, out, n->w[l], in, 0, dp,
                 in);
        for (long i = 0; i < rows * in; i++) {
            dp[i] *= act_prime_y(n->act, n->a[l][i]);
        }
    }
}
//< backward

void fmnet_step(struct fmnet *n, double lr)
{
    float r = (float)lr;
    for (int l = 0; l < n->layers; l++) {
        long size = n->width[l] * n->width[l + 1];
        for (long i = 0; i < size; i++) {
            n->w[l][i] -= r * n->gw[l][i];
        }
        for (long j = 0; j < n->width[l + 1]; j++) {
            n->b[l][j] -= r * n->gb[l][j];
        }
    }
}

int fmnet_argmax(const struct fmnet *n, long i)
{
    long k = n->width[n->layers];
    const float *p = n->a[n->layers] + i * k;
    int best = 0;
    for (long j = 1; j < k; j++) {
        best = p[j] > p[best] ? (int)j : best;
    }
    return best;
}
