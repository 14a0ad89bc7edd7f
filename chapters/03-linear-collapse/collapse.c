/*
 * collapse.c - folding linear layers into one, the article's 2-3-1
 * expansion, decision boundaries and magnitudes; see collapse.h.
 */
#include "collapse.h"

#include "alloc.h"
#include "progress.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* An in -> out layer that owns w and b (from alloc_array()), with
 * zeroed gradients; dense_free() releases it. */
static struct dense layer_of(size_t in, size_t out, double *w, double *b)
{
    return (struct dense){ in, out, w, b,
                           alloc_array(in * out, sizeof(double)),
                           alloc_array(out, sizeof(double)) };
}

//> collapse-fold
int collapse_fold(const struct mlp *m, struct dense *one)
{
    size_t L = m->nlayers, in = mlp_in(m);
    *one = (struct dense){ 0 };
    if (m->act != ACT_IDENTITY) {
        return -1;
    }
    /* (W, b) is the map of layers 0..l so far: rows x in, and rows. */
    size_t rows = m->sizes[1];
    double *w = alloc_array(rows * in, sizeof *w);
    double *b = alloc_array(rows, sizeof *b);
    memcpy(w, m->layers[0].w, rows * in * sizeof *w);
    memcpy(b, m->layers[0].b, rows * sizeof *b);
    for (size_t l = 1; l < L; l++) {
        /* Layer l maps u to V u + c; after the map so far, u = W x + b,
         * so the whole is (V W) x + (V b + c). */
        const struct dense *layer = &m->layers[l];
        size_t out = layer->out;
        double *w2 = alloc_array(out * in, sizeof *w2);
        double *b2 = alloc_array(out, sizeof *b2);
        for (size_t j = 0; j < out; j++) {
            const double *vj = layer->w + j * rows; /* row j of V */
            for (size_t k = 0; k < in; k++) {
                double s = 0.0;
                for (size_t r = 0; r < rows; r++)
                    s += vj[r] * w[r * in + k];
                w2[j * in + k] = s;
            }
            double s = layer->b[j];
            for (size_t r = 0; r < rows; r++)
                s += vj[r] * b[r];
            b2[j] = s;
        }
        free(w);
        free(b);
        w = w2, b = b2, rows = out;
    }
    *one = layer_of(in, rows, w, b); /* the whole map, one layer */
    return 0;
}
//< collapse-fold

void collapse_abs_scale(const struct mlp *m, const double *x, double *s,
                        size_t n)
{
    size_t maxw = 0;
    for (size_t l = 0; l <= m->nlayers; l++)
        maxw = m->sizes[l] > maxw ? m->sizes[l] : maxw;
    double *u = alloc_array(maxw, sizeof *u);
    double *v = alloc_array(maxw, sizeof *v);
    for (size_t i = 0; i < n; i++) {
        for (size_t k = 0; k < mlp_in(m); k++)
            u[k] = fabs(x[i * mlp_in(m) + k]);
        for (size_t l = 0; l < m->nlayers; l++) {
            const struct dense *d = &m->layers[l];
            for (size_t j = 0; j < d->out; j++) {
                double acc = fabs(d->b[j]);
                for (size_t k = 0; k < d->in; k++)
                    acc += fabs(d->w[j * d->in + k]) * u[k];
                v[j] = acc;
            }
            double *tmp = u;
            u = v, v = tmp;
        }
        for (size_t j = 0; j < mlp_out(m); j++)
            s[i * mlp_out(m) + j] = u[j];
    }
    free(u);
    free(v);
}

double collapse_bound_eps(const struct mlp *m)
{
    double terms = (double)(mlp_in(m) + 1);
    for (size_t l = 0; l < m->nlayers; l++)
        terms += (double)(m->sizes[l] + 1);
    /* u = eps / 2 per term, for each of the two computations. */
    return terms;
}

struct mlp *collapse_net(size_t depth, size_t width, enum act_kind g,
                         size_t rows)
{
    size_t sizes[COLLAPSE_MAX_DEPTH + 1];
    if (depth < 1 || depth > COLLAPSE_MAX_DEPTH) {
        return NULL;
    }
    sizes[0] = 2;
    for (size_t l = 1; l < depth; l++)
        sizes[l] = width;
    sizes[depth] = 1;
    return mlp_alloc(sizes, depth + 1, g, rows);
}

struct mlp *collapse_random_linear(size_t depth, size_t width, size_t rows,
                                   struct rng *r)
{
    struct mlp *m = collapse_net(depth, width, ACT_IDENTITY, rows);
    if (m == NULL) {
        return NULL;
    }
    mlp_init(m, INIT_XAVIER, r);
    for (size_t l = 0; l < depth; l++)
        for (size_t j = 0; j < m->layers[l].out; j++)
            m->layers[l].b[j] = rng_normal(r);
    return m;
}

//> collapse-measure
int collapse_measure(struct mlp *m, const double *x, size_t n,
                     struct collapse_gap *gap)
{
    size_t out = mlp_out(m);
    struct dense one;
    if (collapse_fold(m, &one) != 0) {
        return -1; /* not a linear network */
    }
    double *stack = alloc_array(n * out, sizeof *stack);
    double *folded = alloc_array(n * out, sizeof *folded);
    double *scale = alloc_array(n * out, sizeof *scale);
    mlp_predict(m, x, stack, n);       /* layer by layer */
    dense_forward(&one, x, folded, n); /* all layers in one */
    dense_free(&one);
    collapse_abs_scale(m, x, scale, n);
    double bound = collapse_bound_eps(m) * DBL_EPSILON;
    double err = 0, ymax = 0, ratio = 0;
    for (size_t i = 0; i < n * out; i++) {
        double e = fabs(stack[i] - folded[i]);
        err = fmax(err, e);
        ymax = fmax(ymax, fabs(stack[i]));
        ratio = fmax(ratio, e / (bound * scale[i]));
    }
    gap->err_eps = err > 0 ? err / (DBL_EPSILON * ymax) : 0.0;
    gap->bound_ratio = ratio;
    free(stack);
    free(folded);
    free(scale);
    return 0;
}
//< collapse-measure

//> article-expansion
void collapse_article(const struct mlp *m, double coef[3])
{
    /* The article's names for the network's weights: w_{1-ij} links
     * input i to hidden unit j (our layer 0 stores it as w[j * 2 + i]),
     * w_{2-j} links hidden unit j to the output. */
    const double *w1 = m->layers[0].w, *b1 = m->layers[0].b;
    const double *w2 = m->layers[1].w;
    double w1_11 = w1[0], w1_21 = w1[1];
    double w1_12 = w1[2], w1_22 = w1[3];
    double w1_13 = w1[4], w1_23 = w1[5];
    double b1_1 = b1[0], b1_2 = b1[1], b1_3 = b1[2];
    double w2_1 = w2[0], w2_2 = w2[1], w2_3 = w2[2];

    /* y = x1 (w_{2-1} w_{1-11} + w_{2-2} w_{1-12} + w_{2-3} w_{1-13})
     *   + x2 (w_{2-1} w_{1-21} + w_{2-2} w_{1-22} + w_{2-3} w_{1-23})
     *   + w_{2-1} b_{1-1} + w_{2-2} b_{1-2} + w_{2-3} b_{1-3}  */
    coef[0] = w2_1 * w1_11 + w2_2 * w1_12 + w2_3 * w1_13;
    coef[1] = w2_1 * w1_21 + w2_2 * w1_22 + w2_3 * w1_23;
    coef[2] = w2_1 * b1_1 + w2_2 * b1_2 + w2_3 * b1_3;
}
//< article-expansion

void collapse_probe(struct mlp *m, double coef[3])
{
    static const double x[3][2] = { { 0, 0 }, { 1, 0 }, { 0, 1 } };
    double f[3];
    mlp_predict(m, &x[0][0], f, 3);
    coef[0] = f[1] - f[0];
    coef[1] = f[2] - f[0];
    coef[2] = f[0];
}

/* The network's output at p. */
static double output_at(struct mlp *m, double p0, double p1)
{
    const double p[2] = { p0, p1 };
    return mlp_forward(m, p, 1)[0];
}

/* Bisect the sign change of the output between p(a) and p(b), where
 * p(t) puts t on coordinate `axis` and `other` on the other one, down to
 * adjacent doubles; returns the end where |output| is smaller. */
static double bisect(struct mlp *m, int axis, double other, double a,
                     double b)
{
    double fa = axis ? output_at(m, other, a) : output_at(m, a, other);
    double fb = axis ? output_at(m, other, b) : output_at(m, b, other);
    for (;;) {
        double mid = a + (b - a) / 2;
        if (mid == a || mid == b) {
            break;
        }
        double fm = axis ? output_at(m, other, mid)
                         : output_at(m, mid, other);
        if ((fm > 0) == (fa > 0)) {
            a = mid, fa = fm;
        } else {
            b = mid, fb = fm;
        }
    }
    return fabs(fa) <= fabs(fb) ? a : b;
}

//> boundary-points
size_t collapse_boundary(struct mlp *m, const double lo[2],
                         const double hi[2], int lines, int samples,
                         double *pts, size_t max)
{
    size_t count = 0;
    /* axis 1: vertical lines x1 = c, searched along x2; axis 0: the
     * horizontal ones. The output is never assumed linear: every sign
     * change between samples is bisected on its own. */
    for (int axis = 0; axis < 2; axis++) {
        int o = !axis;
        for (int k = 0; k < lines; k++) {
            double c = lo[o] + (hi[o] - lo[o]) * (k + 0.5) / lines;
            double prev_t = lo[axis];
            double prev_f = axis ? output_at(m, c, prev_t)
                                 : output_at(m, prev_t, c);
            for (int s = 1; s < samples; s++) {
                double t = lo[axis] + (hi[axis] - lo[axis]) * s /
                                          (samples - 1);
                double f = axis ? output_at(m, c, t) : output_at(m, t, c);
                if ((f > 0) != (prev_f > 0) && count < max) {
                    double root = bisect(m, axis, c, prev_t, t);
                    pts[2 * count + axis] = root;
                    pts[2 * count + o] = c;
                    count++;
                }
                prev_t = t, prev_f = f;
            }
        }
    }
    return count;
}
//< boundary-points

double collapse_line_deviation(const double *pts, size_t n)
{
    if (n < 3) {
        return 0.0;
    }
    size_t ia = 0, ib = 0;
    double far = -1;
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++) {
            double d = hypot(pts[2 * j] - pts[2 * i],
                             pts[2 * j + 1] - pts[2 * i + 1]);
            if (d > far) {
                far = d, ia = i, ib = j;
            }
        }
    if (!(far > 0)) {
        return INFINITY;
    }
    const double *a = pts + 2 * ia, *b = pts + 2 * ib;
    double ux = (b[0] - a[0]) / far, uy = (b[1] - a[1]) / far;
    double worst = 0;
    for (size_t k = 0; k < n; k++) {
        /* The distance from the line is |cross(u, p - a)| for unit u. */
        const double *p = pts + 2 * k;
        worst = fmax(worst, fabs(ux * (p[1] - a[1]) - uy * (p[0] - a[0])));
    }
    return worst;
}

//> magnitudes
void collapse_magnitudes(enum act_kind g, size_t width, size_t depth,
                         double gain, size_t rows, uint64_t seed,
                         double *rms, double *lo, double *hi)
{
    struct rng r;
    struct dense layer = layer_of(width, width,
                                  alloc_array(width * width, sizeof(double)),
                                  alloc_array(width, sizeof(double)));
    double *x = alloc_array(rows * width, sizeof *x);
    double *z = alloc_array(rows * width, sizeof *z);
    rng_seed(&r, seed);
    for (size_t i = 0; i < rows * width; i++)
        x[i] = rng_normal(&r);
    for (size_t l = 0; l <= depth; l++) {
        double ss = 0;
        lo[l] = INFINITY, hi[l] = -INFINITY;
        for (size_t i = 0; i < rows * width; i++) {
            ss += x[i] * x[i];
            lo[l] = fmin(lo[l], x[i]);
            hi[l] = fmax(hi[l], x[i]);
        }
        rms[l] = sqrt(ss / (double)(rows * width));
        if (l == depth) {
            break;
        }
        /* Entries of variance gain^2 / width: each output sums width
         * products, so E z_j^2 = gain^2 mean_k x_k^2. */
        dense_init_scaled(&layer, gain / sqrt((double)width), &r);
        dense_forward(&layer, x, z, rows);
        for (size_t i = 0; i < rows * width; i++)
            x[i] = act_eval(g, z[i]);
    }
    dense_free(&layer);
    free(x);
    free(z);
}
//< magnitudes

/* ------------------------------------------- what the chapter measures */

/* How many doubles lie between a and b, for a <= b of one sign: the
 * difference of their bit patterns, which for doubles of one sign are
 * ordered like the numbers. */
static uint64_t ulps_between(double a, double b)
{
    uint64_t ia, ib;
    memcpy(&ia, &a, sizeof ia);
    memcpy(&ib, &b, sizeof ib);
    return ia > ib ? ia - ib : ib - ia;
}

void collapse_three_ways(uint64_t seed, struct collapse_three_ways *res)
{
    static const size_t sizes[] = { 2, 3, 1 };
    struct rng r;
    rng_seed(&r, seed);
    struct mlp *m = mlp_alloc(sizes, 3, ACT_IDENTITY, 3);
    struct dense one;
    /* Every weight and bias from N(0, 1): no structure the algebra could
     * lean on. */
    for (size_t l = 0; l < m->nlayers; l++) {
        struct dense *d = &m->layers[l];
        for (size_t i = 0; i < d->in * d->out; i++)
            d->w[i] = rng_normal(&r);
        for (size_t j = 0; j < d->out; j++)
            d->b[j] = rng_normal(&r);
    }
    collapse_article(m, res->expansion);
    res->article_const = res->expansion[2];
    res->b2 = m->layers[1].b[0];
    res->expansion[2] += res->b2;
    collapse_fold(m, &one); /* linear: it cannot fail */
    res->matrix[0] = one.w[0];
    res->matrix[1] = one.w[1];
    res->matrix[2] = one.b[0];
    collapse_probe(m, res->network);
    res->worst_ulps = 0;
    for (int k = 0; k < 3; k++) {
        double e = res->expansion[k], x = res->matrix[k];
        double p = res->network[k];
        res->ulps[k] = ulps_between(fmin(e, fmin(x, p)), fmax(e, fmax(x, p)));
        if (res->ulps[k] > res->worst_ulps) {
            res->worst_ulps = res->ulps[k];
        }
    }
    dense_free(&one);
    mlp_free(m);
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

void collapse_depth_trials(size_t depth, size_t width, long trials,
                           size_t rows, struct rng *r,
                           struct collapse_depth_stat *st)
{
    double *errs = alloc_array((size_t)trials, sizeof *errs);
    double *x = alloc_array(2 * rows, sizeof *x);
    st->bound_ratio = 0;
    for (long k = 0; k < trials; k++) {
        struct mlp *m = collapse_random_linear(depth, width, rows, r);
        struct collapse_gap gap;
        for (size_t i = 0; i < 2 * rows; i++)
            x[i] = rng_normal(r);
        collapse_measure(m, x, rows, &gap); /* linear: it cannot fail */
        errs[k] = gap.err_eps;
        st->bound_ratio = fmax(st->bound_ratio, gap.bound_ratio);
        mlp_free(m);
    }
    qsort(errs, (size_t)trials, sizeof *errs, by_value);
    st->worst = errs[trials - 1];
    st->median = errs[trials / 2];
    free(errs);
    free(x);
}

size_t collapse_parameters(const struct mlp *m)
{
    size_t count = 0;
    for (size_t l = 0; l < m->nlayers; l++)
        count += (m->layers[l].in + 1) * m->layers[l].out;
    return count;
}

double collapse_line_distance(const struct dense *one, const double *pts,
                              size_t n)
{
    double off = 0;
    for (size_t k = 0; k < n; k++)
        off = fmax(off, fabs(one->w[0] * pts[2 * k] +
                             one->w[1] * pts[2 * k + 1] + one->b[0]) /
                            hypot(one->w[0], one->w[1]));
    return off;
}

void collapse_logit_stats(struct mlp *single, const struct dataset *d,
                          struct collapse_logits *s)
{
    double *logit = alloc_array(d->n, sizeof *logit);
    mlp_predict(single, d->x, logit, d->n);
    *s = (struct collapse_logits){ INFINITY, -INFINITY, 1, 0, 0, 0 };
    for (size_t i = 0; i < d->n; i++) {
        double p = act_sigmoid(logit[i]);
        s->lmin = fmin(s->lmin, logit[i]);
        s->lmax = fmax(s->lmax, logit[i]);
        s->pmin = fmin(s->pmin, p);
        s->pmax = fmax(s->pmax, p);
        s->pmean += p / (double)d->n;
        s->ymean += d->y[i] / (double)d->n;
    }
    free(logit);
}

void collapse_stacks(size_t width, size_t depth, double gain, size_t rows,
                    uint64_t seed, struct collapse_stacks *s)
{
    const enum act_kind acts[COLLAPSE_STACKS] = { ACT_IDENTITY,
                                                  ACT_IDENTITY, ACT_SIGMOID,
                                                  ACT_TANH };
    const double gains[COLLAPSE_STACKS] = { gain, 1 / gain, gain, gain };
    double *lo[COLLAPSE_STACKS], *hi[COLLAPSE_STACKS];
    for (int k = 0; k < COLLAPSE_STACKS; k++) {
        s->rms[k] = alloc_array(depth + 1, sizeof(double));
        lo[k] = alloc_array(depth + 1, sizeof(double));
        hi[k] = alloc_array(depth + 1, sizeof(double));
        collapse_magnitudes(acts[k], width, depth, gains[k], rows, seed,
                            s->rms[k], lo[k], hi[k]);
    }
    double *const *rms = s->rms;
    s->up = pow(rms[COLLAPSE_UP][depth] / rms[COLLAPSE_UP][0],
                1.0 / (double)depth);
    s->down = pow(rms[COLLAPSE_DOWN][depth] / rms[COLLAPSE_DOWN][0],
                  1.0 / (double)depth);
    /* The range of the squashed values over every layer after the
     * input. */
    double slo = INFINITY, shi = -INFINITY, tlo = INFINITY, thi = -INFINITY;
    for (size_t l = 1; l <= depth; l++) {
        slo = fmin(slo, lo[COLLAPSE_SIG][l]);
        shi = fmax(shi, hi[COLLAPSE_SIG][l]);
        tlo = fmin(tlo, lo[COLLAPSE_TANH][l]);
        thi = fmax(thi, hi[COLLAPSE_TANH][l]);
    }
    s->sig_inside = fmin(slo, 1 - shi);
    s->tanh_inside = fmin(1 + tlo, 1 - thi);
    for (int k = 0; k < COLLAPSE_STACKS; k++) {
        free(lo[k]);
        free(hi[k]);
    }
}

void collapse_stacks_free(struct collapse_stacks *s)
{
    for (int k = 0; k < COLLAPSE_STACKS; k++) {
        free(s->rms[k]);
        s->rms[k] = NULL;
    }
}

/* What the per-epoch callback of mlp_train() fills. */
struct history {
    double *acc, *loss;
};

static int record(long epoch, double loss, double accuracy, void *ctx)
{
    struct history *h = ctx;
    h->acc[epoch - 1] = accuracy;
    h->loss[epoch - 1] = loss;
    progress_show("training, epoch %ld", epoch);
    /* A learning rate too large for a deep linear network makes its
     * outputs, and then its loss, overflow; continuing would only
     * compute with infinities and NaN. */
    return !isfinite(loss);
}

struct mlp *collapse_train_linear(size_t depth, size_t width,
                                  const struct dataset *d, struct rng *r,
                                  const struct train_config *cfg,
                                  double *acc, double *loss, long *ran)
{
    struct mlp *m = collapse_net(depth, width, ACT_IDENTITY, d->n);
    if (m == NULL) {
        return NULL;
    }
    mlp_init(m, INIT_XAVIER, r);
    struct history h = { acc, loss };
    *ran = mlp_train(m, d->x, d->y, d->n, cfg, record, &h);
    progress_done();
    if (*ran < 0) {
        mlp_free(m);
        return NULL;
    }
    return m;
}
