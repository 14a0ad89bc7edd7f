/*
 * test_mlp.c - the multilayer perceptron: backpropagation against central
 * differences for whole networks, the losses against closed forms and
 * their naive formulas, and a training loop that is reproducible from its
 * seed.
 */
#include "check.h"

#include "act.h"
#include "data2d.h"
#include "mlp.h"
#include "ref.h"
#include "rng.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

/* ------------------------------------------------------------ gradients */

#define NET_DEPTH 4 /* widths, so three layers: two hidden, one output */
#define NET_ROWS 6
#define GRAD_H 1e-6
/* Central differences with h = 1e-6 err by h^2 |L'''| / 6, about 1e-13
 * for these O(1) quantities, plus rounding of about eps |L| / h = 1e-10.
 * 1e-7 leaves three orders of slack; a wrong factor anywhere in the chain
 * rule (a missing g', a transposed W) changes a gradient of size 0.01 to
 * 1 by a comparable amount. */
#define GRAD_TOL 1e-7

static const size_t net_sizes[NET_DEPTH] = { 3, 5, 4, 2 };

/* The loss of m on (x, y); the caches are overwritten. */
static double net_loss(struct mlp *m, enum loss_kind loss, const double *x,
                       const double *y)
{
    const double *o = mlp_forward(m, x, NET_ROWS);
    return loss_eval(loss, o, y, NET_ROWS * mlp_out(m), NULL);
}

struct net_case {
    struct mlp *m;
    enum loss_kind loss;
    const double *x, *y;
};

static double case_loss(void *ctx)
{
    struct net_case *c = ctx;
    return net_loss(c->m, c->loss, c->x, c->y);
}

/* dL/dp for one parameter p of m, by central differences. */
static double net_central(struct mlp *m, enum loss_kind loss,
                          const double *x, const double *y, double *p)
{
    struct net_case c = { m, loss, x, y };
    return ref_central_diff_param(p, GRAD_H, case_loss, &c);
}

/* A random network with random nonzero biases, inputs and targets: 0/1
 * labels for BCE, normal targets for MSE. */
static struct mlp *net_random(enum act_kind act, enum loss_kind loss,
                              double *x, double *y, uint64_t seed)
{
    struct rng r;
    rng_seed(&r, seed);
    struct mlp *m = mlp_alloc(net_sizes, NET_DEPTH, act, NET_ROWS);
    CU_ASSERT_FATAL(m != NULL);
    mlp_init(m, INIT_XAVIER, &r);
    for (size_t l = 0; l < m->nlayers; l++)
        for (size_t j = 0; j < m->layers[l].out; j++)
            m->layers[l].b[j] = 0.5 * rng_normal(&r);
    for (size_t i = 0; i < NET_ROWS * net_sizes[0]; i++)
        x[i] = rng_normal(&r);
    for (size_t i = 0; i < NET_ROWS * net_sizes[NET_DEPTH - 1]; i++)
        y[i] = loss == LOSS_BCE ? (double)rng_below(&r, 2) : rng_normal(&r);
    return m;
}

static void test_backprop_matches_central_differences(void)
{
    static const enum act_kind acts[] = {
        ACT_SIGMOID, ACT_TANH, ACT_LEAKY_RELU, ACT_RELU, ACT_IDENTITY
    };
    double x[NET_ROWS * 3], y[NET_ROWS * 2], dout[NET_ROWS * 2];
    for (size_t a = 0; a < sizeof acts / sizeof acts[0]; a++) {
        for (int loss = 0; loss < LOSS_KIND_COUNT; loss++) {
            struct mlp *m = net_random(acts[a], (enum loss_kind)loss, x, y,
                                       100 + 10 * a + (size_t)loss);
            mlp_zero_grad(m);
            const double *o = mlp_forward(m, x, NET_ROWS);
            loss_eval((enum loss_kind)loss, o, y, NET_ROWS * 2, dout);
            mlp_backward(m, x, dout, NET_ROWS);
            for (size_t l = 0; l < m->nlayers; l++) {
                struct dense *d = &m->layers[l];
                for (size_t i = 0; i < d->in * d->out; i++)
                    CU_ASSERT_DOUBLE_EQUAL(
                        d->dw[i],
                        net_central(m, (enum loss_kind)loss, x, y, &d->w[i]),
                        GRAD_TOL);
                for (size_t j = 0; j < d->out; j++)
                    CU_ASSERT_DOUBLE_EQUAL(
                        d->db[j],
                        net_central(m, (enum loss_kind)loss, x, y, &d->b[j]),
                        GRAD_TOL);
            }
            mlp_free(m);
        }
    }
}

static void test_dz_is_exposed_per_layer(void)
{
    double x[NET_ROWS * 3], y[NET_ROWS * 2], dout[NET_ROWS * 2];
    struct mlp *m = net_random(ACT_TANH, LOSS_MSE, x, y, 7);
    mlp_zero_grad(m);
    const double *o = mlp_forward(m, x, NET_ROWS);
    loss_mse(o, y, NET_ROWS * 2, dout);
    mlp_backward(m, x, dout, NET_ROWS);
    size_t L = m->nlayers;
    /* The output is linear: dL/dz of the last layer is dL/d(output). */
    for (size_t i = 0; i < NET_ROWS * 2; i++)
        CHECK_SAME(m->dz[L - 1][i], dout[i]);
    CU_ASSERT_PTR_EQUAL(m->a[L - 1], m->z[L - 1]);
    /* z_l = a_{l-1} W^T + b, so dL/db_l is the column sum of dL/dz_l,
     * added up in the same order: equal bit for bit. */
    for (size_t l = 0; l < L; l++) {
        size_t width = m->sizes[l + 1];
        for (size_t j = 0; j < width; j++) {
            double s = 0.0;
            for (size_t i = 0; i < NET_ROWS; i++)
                s += m->dz[l][i * width + j];
            CHECK_SAME(m->layers[l].db[j], s);
        }
    }
    /* And a hidden layer's activation is g of its pre-activation. */
    for (size_t i = 0; i < NET_ROWS * m->sizes[1]; i++)
        CHECK_SAME(m->a[0][i], act_tanh(m->z[0][i]));
    mlp_free(m);
}

static void test_step_network_gets_no_hidden_gradient(void)
{
    double x[NET_ROWS * 3], y[NET_ROWS * 2], dout[NET_ROWS * 2];
    struct mlp *m = net_random(ACT_STEP, LOSS_BCE, x, y, 9);
    mlp_zero_grad(m);
    const double *o = mlp_forward(m, x, NET_ROWS);
    loss_bce(o, y, NET_ROWS * 2, dout);
    mlp_backward(m, x, dout, NET_ROWS);
    /* The step's derivative is 0 wherever it exists, so every layer below
     * the output learns nothing. */
    for (size_t l = 0; l + 1 < m->nlayers; l++) {
        struct dense *d = &m->layers[l];
        for (size_t i = 0; i < d->in * d->out; i++)
            CU_ASSERT_EQUAL(d->dw[i], 0.0);
        for (size_t j = 0; j < d->out; j++)
            CU_ASSERT_EQUAL(d->db[j], 0.0);
    }
    mlp_free(m);
}

static void test_predict_equals_forward_row_by_row(void)
{
    enum { ROWS = 25, CHUNK = 7 }; /* 25 = 3 chunks of 7 and one of 4 */
    static const size_t sizes[] = { 2, 6, 1 };
    struct rng r;
    rng_seed(&r, 4);
    struct mlp *m = mlp_alloc(sizes, 3, ACT_SIGMOID, CHUNK);
    CU_ASSERT_FATAL(m != NULL);
    mlp_init(m, INIT_NORMAL, &r);
    double x[ROWS * 2], y[ROWS];
    for (int i = 0; i < ROWS * 2; i++)
        x[i] = rng_normal(&r);
    mlp_predict(m, x, y, ROWS);
    /* A row's output does not depend on the rows beside it. */
    for (int i = 0; i < ROWS; i++)
        CHECK_SAME(y[i], mlp_forward(m, x + 2 * i, 1)[0]);
    mlp_free(m);
}

static void test_alloc_rejects_bad_shapes(void)
{
    static const size_t ok[] = { 2, 3, 1 }, empty[] = { 2, 0, 1 };
    CU_ASSERT_PTR_NULL(mlp_alloc(ok, 1, ACT_TANH, 4));
    CU_ASSERT_PTR_NULL(mlp_alloc(empty, 3, ACT_TANH, 4));
    CU_ASSERT_PTR_NULL(mlp_alloc(ok, 3, ACT_TANH, 0));
    CU_ASSERT_PTR_NULL(mlp_alloc(ok, 3, ACT_KIND_COUNT, 4));
    struct mlp *m = mlp_alloc(ok, 3, ACT_TANH, 4);
    CU_ASSERT_FATAL(m != NULL);
    CU_ASSERT_EQUAL(m->nlayers, 2);
    CU_ASSERT_EQUAL(mlp_in(m), 2);
    CU_ASSERT_EQUAL(mlp_out(m), 1);
    mlp_free(m);
    mlp_free(NULL);
}

/* A network whose caches cannot be had: more rows than memory can hold. */
static void alloc_too_large(void *arg)
{
    static const size_t huge[] = { 2, 1 << 20, 1 };
    (void)arg;
    mlp_alloc(huge, 3, ACT_TANH, SIZE_MAX / 64);
}

static void test_alloc_stops_when_memory_runs_out(void)
{
    char err[512];
    int status = check_fork(alloc_too_large, NULL, -1, err, sizeof err);
    CU_ASSERT_FATAL(status != -1);
    CU_ASSERT(WIFEXITED(status) && WEXITSTATUS(status) == 1);
    CU_ASSERT(strstr(err, "out of memory") != NULL);
}

/* --------------------------------------------------------------- losses */

/* The textbook formula, which takes log of s(l) and of 1 - s(l). */
static double bce_naive(double logit, double y)
{
    double s = 1.0 / (1.0 + exp(-logit));
    return -y * log(s) - (1.0 - y) * log(1.0 - s);
}

static void test_bce_finite_at_extreme_logits(void)
{
    /* log(1 + e^-1000) is below the smallest double, so the closed forms
     * are exact: -log s(1000) = 0, -log(1 - s(1000)) = 1000. */
    CU_ASSERT_EQUAL(loss_bce_logits(1000.0, 0.0), 1000.0);
    CU_ASSERT_EQUAL(loss_bce_logits(1000.0, 1.0), 0.0);
    CU_ASSERT_EQUAL(loss_bce_logits(-1000.0, 1.0), 1000.0);
    CU_ASSERT_EQUAL(loss_bce_logits(-1000.0, 0.0), 0.0);
    /* A soft label mixes them: 0.25 * 0 + 0.75 * 1000. */
    CU_ASSERT_EQUAL(loss_bce_logits(1000.0, 0.25), 750.0);
    /* The naive form is not finite there, which is why we do not use it. */
    CU_ASSERT(!isfinite(bce_naive(1000.0, 0.0)));
    CU_ASSERT(!isfinite(bce_naive(-1000.0, 1.0)));

    /* Its gradient s(l) - y is finite too, and at these logits exact. */
    double l[2] = { 1000.0, -1000.0 }, y[2] = { 0.0, 1.0 }, g[2];
    CU_ASSERT_EQUAL(loss_bce(l, y, 2, g), 1000.0);
    CU_ASSERT_EQUAL(g[0], 0.5);
    CU_ASSERT_EQUAL(g[1], -0.5);
}

static void test_bce_equals_naive_at_moderate_logits(void)
{
    static const double labels[] = { 0.0, 0.3, 1.0 };
    for (int k = -100; k <= 100; k++) {
        double logit = k / 10.0; /* -10 ... 10 */
        for (int j = 0; j < 3; j++) {
            /* For |l| <= 10 the naive form loses at most the rounding of
             * 1 - s(l) >= 4.5e-5, a relative error of about
             * 1e-16 / 4.5e-5 = 2.5e-12 in the loss; 1e-9 leaves slack. */
            CHECK_REL(loss_bce_logits(logit, labels[j]),
                      bce_naive(logit, labels[j]), 1e-9);
        }
    }
}

static void test_loss_gradients_by_closed_form(void)
{
    /* MSE of predictions (1, 2, -1) against (0, 0, 1): (1 + 4 + 4) / 3,
     * gradient 2 (p - y) / 3. */
    double p[3] = { 1.0, 2.0, -1.0 }, t[3] = { 0.0, 0.0, 1.0 }, g[3];
    CU_ASSERT_DOUBLE_EQUAL(loss_mse(p, t, 3, g), 3.0, 1e-15);
    CU_ASSERT_DOUBLE_EQUAL(g[0], 2.0 / 3.0, 1e-15);
    CU_ASSERT_DOUBLE_EQUAL(g[1], 4.0 / 3.0, 1e-15);
    CU_ASSERT_DOUBLE_EQUAL(g[2], -4.0 / 3.0, 1e-15);
    /* BCE at logit 0 is log 2 for any label; its gradient 1/2 - y. */
    double l[2] = { 0.0, 0.0 }, y[2] = { 1.0, 0.0 };
    CU_ASSERT_DOUBLE_EQUAL(loss_bce(l, y, 2, g), log(2.0), 1e-15);
    CU_ASSERT_DOUBLE_EQUAL(g[0], -0.25, 1e-15);
    CU_ASSERT_DOUBLE_EQUAL(g[1], 0.25, 1e-15);
    CU_ASSERT_EQUAL(loss_eval(LOSS_MSE, p, t, 3, NULL), loss_mse(p, t, 3,
                                                                 NULL));
    CU_ASSERT_STRING_EQUAL(loss_names[LOSS_BCE], "bce");
    CU_ASSERT_STRING_EQUAL(loss_names[LOSS_MSE], "mse");
    CU_ASSERT_PTR_NULL(loss_names[LOSS_KIND_COUNT]);
}

static void test_accuracy_thresholds(void)
{
    /* Logits: class 1 when > 0 (0 itself is class 0). */
    double l[5] = { 3.0, -0.1, 0.0, 0.2, -5.0 };
    double y[5] = { 1.0, 0.0, 1.0, 0.0, 0.0 };
    CU_ASSERT_DOUBLE_EQUAL(loss_accuracy(LOSS_BCE, l, y, 5), 0.6, 1e-15);
    /* Regression outputs: class 1 when > 1/2 (a threshold at 0 would
     * score only 0.5 here). */
    double p[4] = { 0.9, 0.4, 0.6, 0.3 }, t[4] = { 1.0, 0.0, 1.0, 0.0 };
    CU_ASSERT_EQUAL(loss_accuracy(LOSS_MSE, p, t, 4), 1.0);
}

/* ------------------------------------------------------------- training */

#define TRAIN_POINTS 60

/* Train a fresh 2-5-1 tanh network on the article set; the weights'
 * seed is fixed, the shuffle's is `seed`. */
static struct mlp *train_once(uint64_t seed, size_t batch)
{
    static const size_t sizes[] = { 2, 5, 1 };
    struct rng r;
    rng_seed(&r, 3);
    struct dataset d;
    CU_ASSERT_FATAL(data_make(DATA_ARTICLE, &d, &r, TRAIN_POINTS) == 0);
    struct mlp *m = mlp_alloc(sizes, 3, ACT_TANH, TRAIN_POINTS);
    CU_ASSERT_FATAL(m != NULL);
    mlp_init(m, INIT_XAVIER, &r);
    struct train_config cfg = {
        .lr = 0.1, .epochs = 20, .batch = batch, .seed = seed,
        .loss = LOSS_BCE,
    };
    CU_ASSERT_EQUAL(mlp_train(m, d.x, d.y, d.n, &cfg, NULL, NULL), 20);
    dataset_free(&d);
    return m;
}

static int same_weights(const struct mlp *a, const struct mlp *b)
{
    for (size_t l = 0; l < a->nlayers; l++) {
        const struct dense *p = &a->layers[l], *q = &b->layers[l];
        if (memcmp(p->w, q->w, p->in * p->out * sizeof *p->w) != 0 ||
            memcmp(p->b, q->b, p->out * sizeof *p->b) != 0) {
            return 0;
        }
    }
    return 1;
}

static void test_training_is_deterministic(void)
{
    /* Mini-batches of 8, so the shuffle matters. */
    struct mlp *a = train_once(77, 8), *b = train_once(77, 8);
    struct mlp *c = train_once(78, 8);
    CU_ASSERT(same_weights(a, b));
    /* Another shuffle seed visits the rows in another order. */
    CU_ASSERT(!same_weights(a, c));
    mlp_free(a);
    mlp_free(b);
    mlp_free(c);
    /* The full batch needs no shuffle, so its seed changes nothing. */
    a = train_once(1, 0);
    b = train_once(2, 0);
    CU_ASSERT(same_weights(a, b));
    mlp_free(a);
    mlp_free(b);
}

struct epoch_log {
    long calls, last_epoch, stop_at;
    double first_loss, last_loss, last_accuracy;
};

static int log_epoch(long epoch, double loss, double accuracy, void *ctx)
{
    struct epoch_log *log = ctx;
    log->calls++;
    CU_ASSERT_EQUAL(epoch, log->last_epoch + 1);
    CU_ASSERT(isfinite(loss) && loss >= 0.0);
    CU_ASSERT(accuracy >= 0.0 && accuracy <= 1.0);
    if (log->calls == 1) {
        log->first_loss = loss;
    }
    log->last_epoch = epoch;
    log->last_loss = loss;
    log->last_accuracy = accuracy;
    return epoch == log->stop_at;
}

static void test_training_learns_xor_and_reports_each_epoch(void)
{
    enum { POINTS = 100, EPOCHS = 300 };
    static const size_t sizes[] = { 2, 8, 1 };
    struct rng r;
    rng_seed(&r, 21);
    struct dataset d;
    CU_ASSERT_FATAL(data_xor(&d, &r, POINTS) == 0);
    struct mlp *m = mlp_alloc(sizes, 3, ACT_TANH, POINTS);
    CU_ASSERT_FATAL(m != NULL);
    mlp_init(m, INIT_XAVIER, &r);
    struct train_config cfg = {
        .lr = 0.5, .epochs = EPOCHS, .batch = 0, .seed = 1,
        .loss = LOSS_BCE,
    };
    struct epoch_log log = { .stop_at = -1 };
    CU_ASSERT_EQUAL(mlp_train(m, d.x, d.y, d.n, &cfg, log_epoch, &log),
                    EPOCHS);
    CU_ASSERT_EQUAL(log.calls, EPOCHS);
    /* No line separates xor, but one tanh hidden layer does; the loss
     * the callback saw last is that of the final weights. */
    CU_ASSERT_EQUAL(log.last_accuracy, 1.0);
    CU_ASSERT(log.last_loss < 0.5 * log.first_loss);
    double out[POINTS];
    mlp_predict(m, d.x, out, POINTS);
    CHECK_SAME(loss_bce(out, d.y, POINTS, NULL), log.last_loss);

    /* A nonzero return stops the loop after that epoch. */
    struct epoch_log stop = { .stop_at = 3 };
    CU_ASSERT_EQUAL(mlp_train(m, d.x, d.y, d.n, &cfg, log_epoch, &stop), 3);
    CU_ASSERT_EQUAL(stop.calls, 3);

    /* A batch of more than n rows is the full batch; a batch larger than
     * the network's caches is refused. */
    cfg.batch = POINTS + 1;
    CU_ASSERT_EQUAL(mlp_train(m, d.x, d.y, d.n, &cfg, NULL, NULL), EPOCHS);
    cfg.batch = POINTS - 1;
    struct mlp *small = mlp_alloc(sizes, 3, ACT_TANH, POINTS / 2);
    CU_ASSERT_FATAL(small != NULL);
    CU_ASSERT_EQUAL(mlp_train(small, d.x, d.y, d.n, &cfg, NULL, NULL), -1);
    mlp_free(small);
    mlp_free(m);
    dataset_free(&d);
}

static const struct check_test tests[] = {
    { "lib", "mlp backprop equals central differences for every weight and "
             "bias (sigmoid, tanh, leaky-relu, relu, identity; BCE, MSE)",
      test_backprop_matches_central_differences },
    { "lib", "mlp exposes dL/dz per layer: output dz = dL/dout, column sums "
             "= db",
      test_dz_is_exposed_per_layer },
    { "lib", "a step network passes no gradient below its output layer",
      test_step_network_gets_no_hidden_gradient },
    { "lib", "mlp_predict in chunks equals forward passes row by row",
      test_predict_equals_forward_row_by_row },
    { "lib", "mlp_alloc refuses empty layers, a single width, no rows",
      test_alloc_rejects_bad_shapes },
    { "lib", "mlp_alloc stops with \"out of memory\" and exit 1 when the "
             "network does not fit",
      test_alloc_stops_when_memory_runs_out },
    { "lib", "BCE from logits is finite and exact at logits +-1000",
      test_bce_finite_at_extreme_logits },
    { "lib", "BCE from logits equals the naive formula for |logit| <= 10",
      test_bce_equals_naive_at_moderate_logits },
    { "lib", "MSE and BCE values and gradients match closed forms",
      test_loss_gradients_by_closed_form },
    { "lib", "accuracy: logit > 0, or regression output > 1/2, is class 1",
      test_accuracy_thresholds },
    { "lib", "training is bit for bit reproducible from its seeds",
      test_training_is_deterministic },
    { "lib", "training fits xor; the callback runs once per epoch and can "
             "stop it",
      test_training_learns_xor_and_reports_each_epoch },
    CHECK_END
};

CHECK_SUITE(mlp, tests);
