/*
 * float_zeros.c - where the derivative's forms become zero; see
 * float_zeros.h.
 */
#include "float_zeros.h"

#include "act.h"
#include "out.h"
#include "vanish.h"

#include <stdio.h>

/* One row: from z = one, g(z) rounds to 1 (so the output form is 0),
 * where the true g' is `truth` and the library's form from z gives
 * `zform`; the form from z is 0 from z = under. */
static void row(struct tsv *t, const char *fn, const char *prec,
                double one, double truth, double zform, double under)
{
    tsv_str(t, fn);
    tsv_str(t, prec);
    tsv_num(t, one);
    tsv_num(t, truth);
    tsv_num(t, zform);
    tsv_num(t, under);
    tsv_end(t);
    printf("    %-7s %-6s  %-9.4g  %-10.3g  %-10.3g  %.4g\n", fn, prec, one,
           truth, zform, under);
    out_value(OUT_KEY("one_from_%s_%s", fn, prec), "%.4g", one);
    out_value(OUT_KEY("truth_at_one_%s_%s", fn, prec), "%.2g", truth);
    out_value(OUT_KEY("underflow_%s_%s", fn, prec), "%.4g", under);
}

void float_zeros_show(void)
{
    /* Both functions reach 1 below z = 100 in either precision, and
     * their derivatives reach 0 below 1000 (e^-745 underflows double). */
    const double HI = 100.0, HI_PRIME = 1000.0;
    struct tsv *t = tsv_open("float_sat.tsv",
                             "function precision one_from true_prime "
                             "zform underflow_from");
    printf("Where the output forms y(1-y) and 1-y^2 become 0 "
           "(g(z) rounds to 1):\n    g       prec    from z     true g'"
           "     z-form      z-form is 0 from\n");
    float sf = vanish_first_equalf(act_sigmoidf, 1.0f, 0.0f, (float)HI);
    float tf = vanish_first_equalf(act_tanhf, 1.0f, 0.0f, (float)HI);
    row(t, "sigmoid", "float", sf, act_sigmoid_prime(sf),
        act_sigmoid_primef(sf),
        vanish_first_equalf(act_sigmoid_primef, 0.0f, 0.0f,
                            (float)HI_PRIME));
    row(t, "tanh", "float", tf, act_tanh_prime(tf), act_tanh_primef(tf),
        vanish_first_equalf(act_tanh_primef, 0.0f, 0.0f, (float)HI_PRIME));
    double sd = vanish_first_equal(act_sigmoid, 1.0, 0.0, HI);
    double td = vanish_first_equal(act_tanh, 1.0, 0.0, HI);
    row(t, "sigmoid", "double", sd, act_sigmoid_prime(sd),
        act_sigmoid_prime(sd),
        vanish_first_equal(act_sigmoid_prime, 0.0, 0.0, HI_PRIME));
    row(t, "tanh", "double", td, act_tanh_prime(td), act_tanh_prime(td),
        vanish_first_equal(act_tanh_prime, 0.0, 0.0, HI_PRIME));
}
