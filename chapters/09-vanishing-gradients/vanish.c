/*
 * vanish.c - the gradient's size layer by layer; see vanish.h.
 *
 * Everything here reads the caches that mlp_forward() and mlp_backward()
 * leave in struct mlp (z, a, dz per layer, dw per layer): the chapter
 * measures the library's own backward pass, it does not re-implement it.
 */
#include "vanish.h"

#include "ref.h"
#include "sweep.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

const char *const vanish_init_names[] = { "small", "normal", "xavier", "he",
                                          NULL };

/* The power iteration's start vectors come from a stream of their own,
 * so the estimates do not depend on the order in which layers are
 * measured. Any seed would do; this one is fixed so runs repeat. */
#define POWER_SEED 9

/* A layer counts as saturated where g' is below a tenth of its largest
 * value: there it passes on less than 10 % of the gradient it would pass
 * at best (sigmoid: |z| > 3.6, tanh: |z| > 1.8, ReLU: z <= 0). */
#define SATURATED_FRACTION 0.1

/* ------------------------------------------------------------- helpers */

/* The Euclidean norm of v[0..n-1], scaled by the largest |v_i| first, so
 * that squaring neither overflows for entries near 1e200 (a ReLU
 * network with N(0, 1) weights gets there) nor underflows near 1e-200. */
static double norm(const double *v, size_t n)
{
    double big = 0.0;
    for (size_t i = 0; i < n; i++)
        big = fmax(big, fabs(v[i]));
    if (big == 0.0 || !isfinite(big)) {
        return big;
    }
    double s = 0.0;
    for (size_t i = 0; i < n; i++)
        s += (v[i] / big) * (v[i] / big);
    return big * sqrt(s);
}

static int cmp_double(const void *pa, const void *pb)
{
    double a = *(const double *)pa, b = *(const double *)pb;
    /* NaNs sort last, so a median of mostly finite values stays finite. */
    if (isnan(a) || isnan(b)) {
        return isnan(a) - isnan(b);
    }
    return (a > b) - (a < b);
}

double vanish_median(double *v, size_t n)
{
    qsort(v, n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

void vanish_histogram(const double *v, size_t n, double lo, double hi,
                      size_t bins, double *frac)
{
    memset(frac, 0, bins * sizeof *frac);
    for (size_t i = 0; i < n; i++) {
        if (!(v[i] >= lo && v[i] <= hi)) {
            continue; /* outside, or NaN */
        }
        size_t b = (size_t)((v[i] - lo) / (hi - lo) * (double)bins);
        /* hi itself belongs to the last bin (a tanh output of exactly 1
         * is a unit, not an outlier), and the division can round a value
         * just below hi up to `bins` as well. */
        frac[b < bins ? b : bins - 1] += 1.0 / (double)n;
    }
}

/* A function and the value the bisection looks for. */
struct level {
    double (*f)(double);
    float (*ff)(float);
    double value;
};

static int reaches(double z, void *ctx)
{
    const struct level *l = ctx;
    return l->f(z) == l->value;
}

static int reachesf(float z, void *ctx)
{
    const struct level *l = ctx;
    return l->ff(z) == (float)l->value;
}

double vanish_first_equal(double (*f)(double), double value, double lo,
                          double hi)
{
    struct level l = { f, NULL, value };
    return sweep_threshold_ctx(reaches, &l, lo, hi);
}

float vanish_first_equalf(float (*f)(float), float value, float lo,
                          float hi)
{
    struct level l = { NULL, f, value };
    return sweep_thresholdf_ctx(reachesf, &l, lo, hi);
}

/* -------------------------------------------------------- spectral norm */

double vanish_spectral_norm(const double *w, size_t rows, size_t cols,
                            double tol, struct rng *r)
{
    double *v = malloc(cols * sizeof *v), *u = malloc(rows * sizeof *u);
    double sigma = 0.0;
    if (v == NULL || u == NULL) {
        free(v);
        free(u);
        return NAN;
    }
    for (size_t k = 0; k < cols; k++)
        v[k] = rng_normal(r);
    //> power-iteration
    for (int it = 0; it < VANISH_POWER_MAX_ITER; it++) {
        double nv = norm(v, cols);
        if (nv == 0.0) {
            break; /* W^T W v = 0: v lies in W's null space */
        }
        for (size_t k = 0; k < cols; k++)
            v[k] /= nv;
        for (size_t j = 0; j < rows; j++) { /* u = W v */
            double s = 0.0;
            for (size_t k = 0; k < cols; k++)
                s += w[j * cols + k] * v[k];
            u[j] = s;
        }
        for (size_t k = 0; k < cols; k++) { /* v = W^T u */
            double s = 0.0;
            for (size_t j = 0; j < rows; j++)
                s += w[j * cols + k] * u[j];
            v[k] = s;
        }
        /* ||W^T u|| / ||u|| is at most the largest singular value, and at
         * least ||W v||: the better of the two lower bounds at hand. */
        double nu = norm(u, rows);
        double est = nu > 0.0 ? norm(v, cols) / nu : 0.0;
        int done = fabs(est - sigma) <= tol * est;
        sigma = fmax(sigma, est);
        if (done) {
            break;
        }
    }
    //< power-iteration
    free(v);
    free(u);
    return sigma;
}

/* ------------------------------------------------------------- networks */

static void init_layer(struct dense *l, enum vanish_init init, struct rng *r)
{
    switch (init) {
    case VANISH_SMALL:
        dense_init_scaled(l, VANISH_SMALL_STD, r);
        return;
    case VANISH_NORMAL:
        dense_init(l, INIT_NORMAL, r);
        return;
    case VANISH_XAVIER:
        dense_init(l, INIT_XAVIER, r);
        return;
    case VANISH_HE:
        dense_init(l, INIT_HE, r);
        return;
    case VANISH_INIT_COUNT:
        break;
    }
    dense_init(l, INIT_ZERO, r);
}

struct mlp *vanish_network(const struct vanish_config *c)
{
    if (c->depth == 0 || c->width == 0 || c->batch == 0) {
        return NULL;
    }
    size_t nsizes = c->depth + 2, width = c->width, n = c->batch;
    size_t *sizes = malloc(nsizes * sizeof *sizes);
    if (sizes == NULL) {
        return NULL;
    }
    for (size_t i = 0; i + 1 < nsizes; i++)
        sizes[i] = width;
    sizes[nsizes - 1] = 1;
    struct mlp *m = mlp_alloc(sizes, nsizes, c->act, n);
    free(sizes);
    double *x = malloc(n * width * sizeof *x);
    double *y = malloc(n * sizeof *y), *dout = malloc(n * sizeof *dout);
    if (m == NULL || !x || !y || !dout) {
        mlp_free(m);
        free(x);
        free(y);
        free(dout);
        return NULL;
    }
    struct rng r;
    rng_seed(&r, c->seed);
    for (size_t l = 0; l < m->nlayers; l++)
        init_layer(&m->layers[l], c->init, &r);
    for (size_t i = 0; i < n * width; i++)
        x[i] = rng_normal(&r);
    for (size_t i = 0; i < n; i++)
        y[i] = (double)rng_below(&r, 2);

    mlp_zero_grad(m);
    const double *o = mlp_forward(m, x, n);
    loss_bce(o, y, n, dout);
    mlp_backward(m, x, dout, n);
    free(x);
    free(y);
    free(dout);
    return m;
}

double vanish_gprime_max(enum act_kind act)
{
    switch (act) {
    case ACT_SIGMOID:
        return 0.25;
    case ACT_STEP:
        return 0.0;
    case ACT_IDENTITY:
    case ACT_TANH:
    case ACT_RELU:
    case ACT_LEAKY_RELU:
        return 1.0;
    default: {
        /* The activations after ReLU (chapter 12) have no bound as simple
         * as these: GELU', SiLU' and Mish' rise above 1, SELU' to 1.76
         * just left of 0. Their largest g', found on a fine grid. */
        double m = 0;
        for (int i = -40000; i <= 40000; i++) {
            m = fmax(m, act_eval_prime(act, i * 2.5e-4));
        }
        return m;
    }
    }
}

//> wide-gain
double vanish_wide_gain(enum act_kind act, double nvar)
{
    /* gain^2 = nvar E[g'^2] = nvar I / sqrt(2 pi nvar E[a^2]). */
    switch (act) {
    case ACT_SIGMOID: /* I = 1/6, E[a^2] = 1/2 */
        return pow(nvar / (36.0 * REF_PI), 0.25);
    case ACT_TANH: /* I = 4/3, E[a^2] = 1 */
        return pow(8.0 * nvar / (9.0 * REF_PI), 0.25);
    case ACT_RELU: /* E[g'^2] = 1/2 whatever the scale */
        return sqrt(nvar / 2.0);
    default:
        return NAN;
    }
}
//< wide-gain

/* g' as backpropagation would get it from a float output y = g(z):
 * y (1 - y) and 1 - y^2, the forms that lose the tails. */
static float prime_from_float_output(enum act_kind act, double z)
{
    switch (act) {
    case ACT_SIGMOID:
        return act_sigmoid_prime_yf(act_sigmoidf((float)z));
    case ACT_TANH:
        return act_tanh_prime_yf(act_tanhf((float)z));
    case ACT_RELU:
        return act_relu_prime_yf(act_reluf((float)z));
    default:
        return (float)act_eval_prime(act, z);
    }
}

void vanish_layers(const struct mlp *m, size_t n, int with_bound,
                   struct vanish_layer *out)
{
    double gmax = vanish_gprime_max(m->act);
    struct rng r;
    rng_seed(&r, POWER_SEED);
    for (size_t l = 0; l + 1 < m->nlayers; l++) {
        const struct dense *next = &m->layers[l + 1];
        size_t cells = n * m->sizes[l + 1];
        const double *z = m->z[l], *a = m->a[l];
        double sum = 0, sum2 = 0, g2 = 0;
        size_t sat = 0, zero = 0, lost = 0;
        for (size_t i = 0; i < cells; i++) {
            double g = act_eval_prime(m->act, z[i]);
            sum += a[i];
            sum2 += a[i] * a[i];
            g2 += g * g;
            sat += g < SATURATED_FRACTION * gmax;
            zero += a[i] == 0.0;
            lost += g > 0.0 && prime_from_float_output(m->act, z[i]) == 0;
        }
        struct vanish_layer *o = &out[l];
        o->grad = norm(m->dz[l], cells);
        o->wgrad = norm(m->layers[l].dw, m->layers[l].in * m->layers[l].out);
        //> rms-gain
        /* The most ||dz_l|| / ||dz_{l+1}|| can be: the largest g' times
         * the largest stretch of W_{l+1}^T. */
        o->bound = with_bound
                       ? gmax * vanish_spectral_norm(next->w, next->out,
                                                     next->in,
                                                     VANISH_POWER_TOL, &r)
                       : NAN;
        /* What it is on average: over directions v, ||W^T v||^2 averages
         * ||W||_F^2 / out ||v||^2; g' then scales each entry, on average
         * by its mean square g2 / cells. */
        double wf = norm(next->w, next->in * next->out);
        o->rms = wf * sqrt(g2 / (double)cells / (double)next->out);
        //< rms-gain
        o->mean = sum / (double)cells;
        o->std = sqrt(fmax(0.0, sum2 / (double)cells - o->mean * o->mean));
        o->saturated = (double)sat / (double)cells;
        o->zero = (double)zero / (double)cells;
        o->float_lost = (double)lost / (double)cells;
    }
}

/* ------------------------------------------------------------- training */

struct train_ctx {
    const struct mlp *m;
    size_t n; /* inputs */
    const struct vanish_train_log *log;
};

/* The RMS over the units of layer l of each unit's standard deviation
 * over the n inputs whose forward pass the caches hold. */
static double input_spread(const struct mlp *m, size_t l, size_t n)
{
    size_t units = m->sizes[l + 1];
    double sum2 = 0.0;
    for (size_t j = 0; j < units; j++) {
        double s = 0.0, s2 = 0.0;
        for (size_t i = 0; i < n; i++) {
            double a = m->a[l][i * units + j];
            s += a;
            s2 += a * a;
        }
        double mean = s / (double)n;
        sum2 += fmax(0.0, s2 / (double)n - mean * mean);
    }
    return sqrt(sum2 / (double)units);
}

static int record_epoch(long epoch, double loss, double acc, void *ctx)
{
    const struct train_ctx *t = ctx;
    size_t e = (size_t)(epoch - 1), layers = t->m->nlayers;
    t->log->loss[e] = loss;
    t->log->acc[e] = acc;
    /* With the full batch, dw still holds the gradient of this epoch's
     * one step: mlp_train clears it only before the next. */
    for (size_t l = 0; l < layers; l++) {
        const struct dense *d = &t->m->layers[l];
        t->log->wgrad[e * layers + l] = norm(d->dw, d->in * d->out);
    }
    /* mlp_train has just run the whole set forward (for the loss), so
     * the caches hold every input's activations. */
    if (t->log->spread) {
        t->log->spread[e] = input_spread(t->m, layers - 2, t->n);
    }
    /* A rate too large for the network makes the weights overflow; stop
     * there rather than go on computing with infinities. */
    return !isfinite(loss);
}

/* The network of c and its data set: NULL if memory runs out. */
static struct mlp *train_setup(const struct vanish_train_config *c,
                               struct dataset *d)
{
    size_t nsizes = c->depth + 2;
    size_t *sizes = malloc(nsizes * sizeof *sizes);
    if (sizes == NULL) {
        return NULL;
    }
    sizes[0] = 2;
    for (size_t i = 1; i + 1 < nsizes; i++)
        sizes[i] = c->width;
    sizes[nsizes - 1] = 1;
    struct rng r;
    rng_seed(&r, c->seed);
    if (data_make(c->data, d, &r, c->points) != 0) {
        free(sizes);
        return NULL;
    }
    struct mlp *m = mlp_alloc(sizes, nsizes, c->act, c->points);
    free(sizes);
    if (m == NULL) {
        dataset_free(d);
        return NULL;
    }
    mlp_init(m, c->init, &r);
    return m;
}

static struct train_config train_cfg(const struct vanish_train_config *c)
{
    struct train_config cfg = {
        .lr = c->lr, .epochs = c->epochs, .batch = 0, .seed = c->seed,
        .loss = LOSS_BCE,
    };
    return cfg;
}

int vanish_train_final(const struct vanish_train_config *c, double *loss,
                       double *acc)
{
    struct dataset d;
    struct mlp *m = train_setup(c, &d);
    if (m == NULL) {
        return -1;
    }
    struct train_config cfg = train_cfg(c);
    /* No callback: mlp_train then skips the per-epoch pass over the set,
     * a quarter of the work; one pass at the end gives the same loss. */
    long done = mlp_train(m, d.x, d.y, d.n, &cfg, NULL, NULL);
    double *y = malloc(d.n * sizeof *y);
    if (done >= 0 && y != NULL) {
        mlp_predict(m, d.x, y, d.n);
        *loss = loss_eval(LOSS_BCE, y, d.y, d.n, NULL);
        *acc = loss_accuracy(LOSS_BCE, y, d.y, d.n);
    }
    free(y);
    mlp_free(m);
    dataset_free(&d);
    return done < 0 || y == NULL ? -1 : 0;
}

int vanish_train(const struct vanish_train_config *c,
                 const struct vanish_train_log *log)
{
    struct dataset d;
    struct mlp *m = train_setup(c, &d);
    if (m == NULL) {
        return -1;
    }
    struct train_config cfg = train_cfg(c);
    struct train_ctx ctx = { m, d.n, log };
    long done = mlp_train(m, d.x, d.y, d.n, &cfg, record_epoch, &ctx);
    mlp_free(m);
    dataset_free(&d);
    if (done < 0) {
        return -1;
    }
    double *loss = log->loss;
/* After a divergence the remaining epochs read as missing (NaN). */
    for (size_t e = (size_t)done; e < (size_t)c->epochs; e++) {
        loss[e] = log->acc[e] = NAN;
        for (size_t l = 0; l <= c->depth; l++)
            log->wgrad[e * (c->depth + 1) + l] = NAN;
        if (log->spread) {
            log->spread[e] = NAN;
        }
    }
    return (int)(done < c->epochs && done > 0 && !isfinite(loss[done - 1])
                     ? done
                     : 0);
}
