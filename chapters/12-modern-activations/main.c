/*
 * 12-modern-activations - the activations in use after ReLU: leaky ReLU,
 * ELU, SELU, softplus, GELU, SiLU and Mish (src/act_modern.h).
 *
 * Reproduces claims M1-M4 of chapter 12's ledger:
 *   M1  what each changes against ReLU: the gradient for z < 0, the
 *       mean output under a standard normal input, smoothness at 0;
 *   M2  the derivative identities, against central differences and a
 *       long double reference;
 *   M3  GELU's tanh and sigmoid approximations against its erf form:
 *       the largest error and where;
 *   M4  SELU's self-normalisation through a deep network, against ReLU.
 * The cost (M5) is 12-modern-activations-bench's, the training (M6)
 * 12-modern-activations-train's.
 *
 * Run it:   build/bin/12-modern-activations
 *           build/bin/12-modern-activations --depth 64 --seeds 5
 */
#include "act.h"
#include "act_modern.h"
#include "cli.h"
#include "mat.h"
#include "modern.h"
#include "out.h"
#include "selfnorm.h"

#include <math.h>
#include <stdio.h>

static const char OUTPUTS[] =
    "  curves.tsv    z, then g and g_prime for g in relu leaky elu selu\n"
    "                softplus gelu silu mish\n"
    "  props.tsv     function, grad_neg (g'(-3)), mean and var (of g(Z),\n"
    "                Z ~ N(0,1)), jump (g'(0+) - g'(0-)), min, argmin\n"
    "  derivs.tsv    function, identity, library, central, worst_z: the\n"
    "                largest error of the library's g' and of a central\n"
    "                difference against the identity in long double\n"
    "  gelu_err.tsv  z, tanh_err, sigmoid_err: approximation - erf form\n"
    "  selfnorm.tsv  layer, mean_C and var_C for each configuration C\n"
    "                (selu_lecun selu_lecun_off selu_he relu_he\n"
    "                relu_lecun), median over the seeds\n"
    "  values.tsv    key, value: such as mean_<g>, jump_<g>, min_<g>,\n"
    "                lib_<g>, central_<g>, gelu_<form>_max, gelu_<form>_at,\n"
    "                <C>_mean_last, <C>_var_last\n";

/* M1: the curves, and the properties each function changes. */
static void curves(double zmax)
{
    struct tsv *t = tsv_open("curves.tsv", "z relu relu_prime leaky "
        "leaky_prime elu elu_prime selu selu_prime softplus softplus_prime "
        "gelu gelu_prime silu silu_prime mish mish_prime");
    for (long i = 0; i <= 800; i++) {
        double z = -zmax + 2 * zmax * (double)i / 800;
        tsv_num(t, z);
        for (int k = 0; k < MODERN_COUNT; k++) {
            tsv_num(t, modern_fns[k].g(z));
            tsv_num(t, modern_fns[k].prime(z));
        }
        tsv_end(t);
    }
    struct tsv *p = tsv_open("props.tsv",
                             "function grad_neg mean var jump min argmin");
    printf("M1  g'(-3)    mean    var  jump at 0     min  at z\n");
    for (int k = 0; k < MODERN_COUNT; k++) {
        const struct modern_fn *f = &modern_fns[k];
        struct modern_props q;
        modern_props(f, zmax, &q);
        tsv_str(p, f->label);
        double cell[] = { q.grad_neg, q.mean, q.var, q.jump, q.min,
                          q.argmin };
        for (int j = 0; j < 6; j++) { /* -inf: a limit, said as such */
            isinf(cell[j]) ? tsv_str(p, "$-\\infty$")
                           : tsv_num(p, cell[j]);
        }
        tsv_end(p);
        printf("%-10s %7.4f %7.4f %6.4f %8.4f %8.4f %6.3f\n", f->label,
               q.grad_neg, q.mean, q.var, q.jump, q.min, q.argmin);
        out_value(OUT_KEY("gradneg_%s", f->name), "%.3g", q.grad_neg);
        out_value(OUT_KEY("mean_%s", f->name), "%.3g", q.mean);
        out_value(OUT_KEY("var_%s", f->name), "%.3g", q.var);
        out_value(OUT_KEY("jump_%s", f->name), "%.4f", q.jump);
        out_value(OUT_KEY("min_%s", f->name), "%.4f", q.min);
        out_value(OUT_KEY("argmin_%s", f->name), "%.3f", q.argmin);
    }
}

/* M2: each derivative against its identity. */
static void identities(double zmax, long points)
{
    struct tsv *t = tsv_open("derivs.tsv",
                             "function identity library central worst_z");
    printf("\nM2  largest |error| of g' on [%g, %g], %ld points\n"
           "           library  central diff.  (library's worst at z)\n",
           -zmax, zmax, points);
    for (int k = 0; k < MODERN_COUNT; k++) {
        const struct modern_fn *f = &modern_fns[k];
        struct modern_deriv_err e;
        modern_deriv_check(f, zmax, points, &e);
        tsv_str(t, f->label);
        tsv_str(t, f->identity);
        tsv_num(t, e.library);
        tsv_num(t, e.central);
        tsv_num(t, e.worst_z);
        tsv_end(t);
        printf("%-10s %8.2g %13.2g   %7.3f\n", f->label, e.library,
               e.central, e.worst_z);
        out_value(OUT_KEY("lib_%s", f->name), "%.2g", e.library);
        out_value(OUT_KEY("central_%s", f->name), "%.2g", e.central);
    }
    out_value("deriv_points", "%ld", points);
    out_value("deriv_zmax", "%g", zmax);
}

/* M3: GELU's approximations against its erf form. */
#define GELU_POINTS 1200000 /* a step of 1e-5: finer than any feature */
static void gelu_forms(void)
{
    const double zmax = 6;
    struct tsv *t = tsv_open("gelu_err.tsv", "z tanh_err sigmoid_err");
    for (long i = 0; i <= 1200; i++) {
        double z = -zmax + 2 * zmax * (double)i / 1200;
        TSV_ROW(t, z, act_gelu_tanh(z) - act_gelu(z),
                act_gelu_sigmoid(z) - act_gelu(z));
    }
    struct modern_approx_err a, b;
    modern_approx_check(act_gelu_tanh, act_gelu, zmax, GELU_POINTS, &a);
    modern_approx_check(act_gelu_sigmoid, act_gelu, zmax, GELU_POINTS, &b);
    printf("\nM3  GELU's approximations on [-6, 6], largest error\n"
           "tanh form      %.3g at z = %.4f  (relative %.3g at %.2f)\n"
           "z s(1.702 z)   %.3g at z = %.4f  (relative %.3g at %.2f)\n",
           a.max_abs, a.at, a.max_rel, a.at_rel, b.max_abs, b.at,
           b.max_rel, b.at_rel);
    out_value("gelu_tanh_max", "%.2g", a.max_abs);
    out_value("gelu_tanh_at", "%.3f", fabs(a.at)); /* the error is even */
    out_value("gelu_tanh_rel", "%.2g", a.max_rel);
    out_value("gelu_sigmoid_max", "%.2g", b.max_abs);
    out_value("gelu_sigmoid_at", "%.3f", fabs(b.at));
    out_value("gelu_sigmoid_rel", "%.2g", b.max_rel);
    out_value("gelu_points", "%ld", (long)GELU_POINTS);
    out_value("gelu_zmax", "%g", zmax);
    out_value("gelu_ratio", "%.0f", b.max_abs / a.max_abs);
}

/* M4: the mean and variance of each layer's outputs. */
#define DEPTH_MAX 256
static void self_normalising(struct selfnorm_cfg c, long seeds)
{
    static const struct {
        const char *name;
        float (*g)(float);
        double gain, in_mean, in_var;
    } cfg[] = {
        { "selu_lecun", act_seluf, 1, 0, 1 },
        { "selu_lecun_off", act_seluf, 1, 1, 4 },
        { "selu_he", act_seluf, 2, 0, 1 },
        { "relu_he", act_reluf, 2, 0, 1 },
        { "relu_lecun", act_reluf, 1, 0, 1 },
    };
    enum { NCFG = sizeof cfg / sizeof cfg[0] };
    static double mean[NCFG][DEPTH_MAX + 1], var[NCFG][DEPTH_MAX + 1];
    for (int k = 0; k < NCFG; k++) {
        c.in_mean = cfg[k].in_mean;
        c.in_var = cfg[k].in_var;
        selfnorm_median(cfg[k].g, cfg[k].gain, &c, seeds, mean[k], var[k]);
    }
    struct tsv *t = tsv_open("selfnorm.tsv", "layer mean_selu_lecun "
        "var_selu_lecun mean_selu_lecun_off var_selu_lecun_off mean_selu_he "
        "var_selu_he mean_relu_he var_relu_he mean_relu_lecun "
        "var_relu_lecun");
    for (long l = 0; l <= c.depth; l++) {
        tsv_int(t, l);
        for (int k = 0; k < NCFG; k++) {
            tsv_num(t, mean[k][l]);
            tsv_num(t, var[k][l]);
        }
        tsv_end(t);
    }
    printf("\nM4  %ld layers of %ld units, batch %ld, median of %ld "
           "seeds\n                  input mean, var   layer %ld mean, var\n",
           c.depth, c.width, c.batch, seeds, c.depth);
    for (int k = 0; k < NCFG; k++) {
        printf("%-16s %7.3f %9.3g %9.3f %9.3g\n", cfg[k].name, mean[k][0],
               var[k][0], mean[k][c.depth], var[k][c.depth]);
        out_value(OUT_KEY("%s_mean_last", cfg[k].name), "%.3f",
                  mean[k][c.depth]);
        out_value(OUT_KEY("%s_var_last", cfg[k].name), "%.3g",
                  var[k][c.depth]);
    }
    out_value("sn_depth", "%ld", c.depth);
    out_value("sn_width", "%ld", c.width);
    out_value("sn_batch", "%ld", c.batch);
    out_value("sn_seeds", "%ld", seeds);
}

int main(int argc, char **argv)
{
    double zmax = 4;
    long points = 200000, seeds = 3;
    struct selfnorm_cfg sn = { .width = 256, .depth = 32, .batch = 256 };
    const struct cli_opt opts[] = {
        CLI_DOUBLE("zmax", &zmax, 0.5, 30, "half-width of the z range"),
        CLI_LONG("points", &points, 2, 100000000,
                 "grid points of the derivative check (made even)"),
        CLI_LONG("depth", &sn.depth, 1, DEPTH_MAX, "layers (M4)"),
        CLI_LONG("width", &sn.width, 2, 4096, "units per layer (M4)"),
        CLI_LONG("batch", &sn.batch, 2, 100000, "inputs (M4)"),
        CLI_LONG("seeds", &seeds, 1, SELFNORM_SEEDS_MAX,
                 "networks per line (M4)"),
        CLI_END
    };
    CLI_PARSE("12-modern-activations",
              "The activations after ReLU: claims M1-M4.", OUTPUTS, opts,
              argc, argv);
    points += points % 2; /* even: no grid point at 0 */
    mat_set_threads(1); /* the same bits on every run (src/mat.h) */
    printf("Chapter 12: the activations after ReLU\n\n");
    curves(zmax);                  /* M1 */
    identities(zmax, points);      /* M2 */
    gelu_forms();                  /* M3 */
    self_normalising(sn, seeds);   /* M4 */
    out_finish();
    return 0;
}
