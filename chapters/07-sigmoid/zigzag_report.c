/*
 * zigzag_report.c - chapter 7's summary of claim S4; see zigzag_report.h.
 */
#include "zigzag_report.h"

#include "out.h"

#include <math.h>
#include <stdio.h>

const char *const zigzag_report_names[2] = { "sigmoid", "tanh" };

struct tsv *zigzag_report_loss_table(enum zigzag_inputs inputs)
{
    static const char *const files[2] = { "loss_sigmoid.tsv",
                                          "loss_tanh.tsv" };
    return tsv_open(files[inputs], "w1 w2 loss");
}

struct tsv *zigzag_report_path_table(enum zigzag_inputs inputs)
{
    static const char *const files[2] = { "path_sigmoid.tsv",
                                          "path_tanh.tsv" };
    return tsv_open(files[inputs], "step w1 w2");
}

void zigzag_report_descent(enum zigzag_inputs inputs, double cond,
                           double lr, const struct zigzag_result *r)
{
    const char *name = zigzag_report_names[inputs];
    double same = (double)r->same_sign / (double)r->steps;
    printf("    %-7s outputs: loss valley %.1f times steeper across "
           "than along;\n", name, cond);
    /* The descent also stops when the weights overflow to NaN (the
     * distance is then not below the tolerance either): say so, rather
     * than count those steps as reaching w*. */
    if (r->final_dist < ZIGZAG_TOL) {
        printf("%25s at lr %g, %ld steps to |w - w*| < %g,\n", "", lr,
               r->steps, ZIGZAG_TOL);
    } else if (isfinite(r->final_dist)) {
        printf("%25s at lr %g, still %.3g from w* after %ld steps,\n", "",
               lr, r->final_dist, r->steps);
    } else {
        printf("%25s at lr %g, the weights overflowed after %ld steps,\n",
               "", lr, r->steps);
    }
    printf("%25s in %.0f %% of them both weights moved the same way\n", "",
           100 * same);
    out_value(OUT_KEY("zz_cond_%s", name), "%.1f", cond);
    out_value(OUT_KEY("zz_steps_%s", name), "%ld", r->steps);
    out_value(OUT_KEY("zz_same_%s", name), "%.0f", 100 * same);
}

void zigzag_report_pair(const long steps[2], double lr)
{
    struct tsv *target = tsv_open("target.tsv", "w1 w2");
    TSV_ROW(target, ZIGZAG_TARGET_W1, ZIGZAG_TARGET_W2);
    out_value("zz_ratio", "%.1f", (double)steps[0] / (double)steps[1]);
    out_value("zz_lr", "%g", lr);
    out_value("zz_tol", "%g", ZIGZAG_TOL);
}

void zigzag_report_rates(const struct zigzag_rate *rows, int n,
                         uint64_t first_seed, int n_seeds)
{
    printf("    at each input's best rate of %d, over %d seeds from %llu:\n",
           n, n_seeds, (unsigned long long)first_seed);
    long median[2] = { 0, 0 };
    for (int kind = ZIGZAG_SIGMOID; kind <= ZIGZAG_TANH; kind++) {
        const char *name = zigzag_report_names[kind];
        int b = zigzag_best(rows, n, (enum zigzag_inputs)kind);
        if (b < 0) { /* only with a --max-steps too small for any rate */
            printf("    %s inputs reach w* at no rate\n", name);
            return;
        }
        const struct zigzag_stats *st = &rows[b].st[kind];
        long other = rows[b].st[1 - kind].median;
        median[kind] = st->median;
        printf("      %-7s inputs: lr %-5.3g median %4ld steps (%ld to %ld);"
               "\n%25s the other inputs there: %ld\n", name, rows[b].lr,
               st->median, st->least, st->most, "", other);
        out_value(OUT_KEY("zz_best_lr_%s", name), "%.3g", rows[b].lr);
        out_value(OUT_KEY("zz_best_median_%s", name), "%ld", st->median);
        out_value(OUT_KEY("zz_best_least_%s", name), "%ld", st->least);
        out_value(OUT_KEY("zz_best_most_%s", name), "%ld", st->most);
        out_value(OUT_KEY("zz_other_at_best_%s", name), "%ld", other);
    }
    out_value("zz_seeds", "%d", n_seeds);
    out_value("zz_best_ratio", "%.1f",
              (double)median[0] / (double)median[1]);
}
