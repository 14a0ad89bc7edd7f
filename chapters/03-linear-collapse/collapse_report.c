/*
 * collapse_report.c - chapter 3's summary, tables and keys; see
 * collapse_report.h.
 */
#include "collapse_report.h"

#include "out.h"
#include "plane.h"

#include <math.h>
#include <stdio.h>

void collapse_report_article(const struct collapse_three_ways *a)
{
    static const char *const terms[] = { "x1", "x2", "1" };
    struct tsv *t = tsv_open("article.tsv",
                             "term expansion matrix network ulps");
    printf("N3  the article's 2-3-1 network, weights and biases N(0, 1):\n"
           "    term expansion            matrix product       "
           "network probe        ulps\n");
    for (int k = 0; k < 3; k++) {
        printf("    %-4s %-21.17g%-21.17g%-21.17g%llu\n", terms[k],
               a->expansion[k], a->matrix[k], a->network[k],
               (unsigned long long)a->ulps[k]);
        tsv_str(t, terms[k]);
        tsv_num(t, a->expansion[k]);
        tsv_num(t, a->matrix[k]);
        tsv_num(t, a->network[k]);
        tsv_int(t, (long long)a->ulps[k]);
        tsv_end(t);
    }
    printf("    the article's constant, without b2: %.17g\n"
           "    the output bias b2:                 %.17g\n",
           a->article_const, a->b2);
    out_value("article_const", "%.6f", a->article_const);
    out_value("article_b2", "%.6f", a->b2);
    out_value("article_ulps", "%llu", (unsigned long long)a->worst_ulps);
}

void collapse_report_sweep_begin(struct collapse_sweep *s)
{
    s->table = tsv_open("depth.tsv",
                        "depth err_max err_median one_per_layer");
    s->per_layer = s->bound_ratio = 0;
    s->last = (struct collapse_depth_stat){ 0, 0, 0 };
    printf("\nN3  random deep linear networks of width %zu, %ld per depth:"
           "\n    |stack - collapse| in units of eps times the largest "
           "|output|\n    depth   largest  median\n", s->width, s->trials);
}

void collapse_report_sweep_depth(struct collapse_sweep *s, size_t depth,
                                 const struct collapse_depth_stat *st)
{
    TSV_ROW(s->table, depth, st->worst, st->median, depth);
    s->per_layer = fmax(s->per_layer, st->worst / (double)depth);
    s->bound_ratio = fmax(s->bound_ratio, st->bound_ratio);
    s->last = *st;
    if (depth <= 2 || depth % 4 == 0 || depth == s->max_depth) {
        printf("    %5zu  %8.3g  %6.3g\n", depth, st->worst, st->median);
    }
}

void collapse_report_sweep_end(const struct collapse_sweep *s)
{
    printf("    largest per layer: %.2g eps; largest share of the rounding "
           "bound: %.2g\n", s->per_layer, s->bound_ratio);
    out_value("sweep_depth", "%zu", s->max_depth);
    out_value("sweep_width", "%zu", s->width);
    out_value("sweep_trials", "%ld", s->trials);
    out_value("sweep_rows", "%zu", s->rows);
    out_value("sweep_worst", "%.3g", s->last.worst);
    out_value("sweep_median", "%.3g", s->last.median);
    out_value("sweep_per_layer", "%.2g", s->per_layer);
    out_value("sweep_bound_ratio", "%.2g", s->bound_ratio);
}

int collapse_report_diverged(const struct collapse_trained *t)
{
    return !isfinite(t->loss[t->ran - 1]);
}

/* The deep network's boundary points, and both networks' lines. */
static void report_boundary(const struct collapse_comparison *c)
{
    const struct plane_box box = { { -c->box, -c->box }, { c->box, c->box } };
    const struct dense *fold = &c->fold, *sl = &c->single.m->layers[0];
    struct tsv *bt = tsv_open("boundary.tsv", "x1 x2");
    for (size_t k = 0; k < c->np; k++)
        TSV_ROW(bt, c->pts[2 * k], c->pts[2 * k + 1]);
    plane_line_write(tsv_open("deep_line.tsv", "x1 x2"), fold->w,
                     fold->b[0], &box);
    plane_line_write(tsv_open("single_line.tsv", "x1 x2"), sl->w, sl->b[0],
                     &box);
    printf("    deep, folded: w = (%.5f, %.5f), b = %.5f\n", fold->w[0],
           fold->w[1], fold->b[0]);
    printf("    single:       w = (%.5f, %.5f), b = %.5f\n", sl->w[0],
           sl->w[1], sl->b[0]);
    printf("    %zu points where the deep network's output is 0: the "
           "farthest lies\n    %.2g from the line through the outermost "
           "two, %.2g from the folded\n    map's line\n", c->np, c->dev,
           c->off);
}

/* N8's last point: the single layer's logits are not probabilities
 * (nothing keeps them in [0, 1]); through the sigmoid they are, and at
 * the minimum of the cross-entropy their mean is the share of class 1. */
static void report_logits(const struct collapse_logits *s)
{
    printf("    single layer's outputs: logits in [%.3f, %.3f]; through "
           "the sigmoid\n    in [%.3f, %.3f], mean %.4f against a share "
           "of triangles of %.4f\n", s->lmin, s->lmax, s->pmin, s->pmax,
           s->pmean, s->ymean);
    OUT_NUMBERS("%.3f", { "logit_min", s->lmin }, { "logit_max", s->lmax },
                { "prob_min", s->pmin }, { "prob_max", s->pmax });
    OUT_NUMBERS("%.4f", { "prob_mean", s->pmean },
                { "share_ones", s->ymean });
}

void collapse_report_comparison(const struct collapse_comparison *c)
{
    const struct collapse_trained *d = &c->deep, *s = &c->single;
    struct tsv *t = tsv_open("training.tsv", "epoch deep single");
    for (long e = 0; e < d->ran && e < s->ran; e++)
        TSV_ROW(t, e + 1, 100 * d->acc[e], 100 * s->acc[e]);
    if (collapse_report_diverged(d) || collapse_report_diverged(s)) {
        int deep_failed = collapse_report_diverged(d);
        printf("\nN4  the %s diverged: its loss overflowed in epoch "
               "%ld\n    at learning rate %g; try a smaller --lr\n",
               deep_failed ? "deep network" : "single layer",
               deep_failed ? d->ran : s->ran, c->lr);
        return;
    }
    long last = c->epochs - 1;
    size_t depth = c->depth, width = c->width;
    const struct dense *sl = &s->m->layers[0];
    printf("\nN4  the article set (%zu points), %ld epochs of "
           "full-batch gradient descent\n    on the cross-entropy, "
           "learning rate %g:\n", c->n, c->epochs, c->lr);
    printf("    %-26s accuracy %5.1f %%, loss %.6f\n",
           "deep linear network", 100 * d->acc[last], d->loss[last]);
    printf("    %-26s accuracy %5.1f %%, loss %.6f\n", "single layer",
           100 * s->acc[last], s->loss[last]);
    printf("    (the deep one: %zu layers of width %zu, %zu weights "
           "and biases)\n", depth, width, collapse_parameters(d->m));
    report_boundary(c);
    report_logits(&c->logits);
    out_value("train_n", "%zu", c->n);
    out_value("train_epochs", "%ld", c->epochs);
    out_value("train_lr", "%g", c->lr);
    out_value("deep_depth", "%zu", depth);
    out_value("deep_width", "%zu", width);
    out_value("deep_params", "%zu", collapse_parameters(d->m));
    out_value("acc_deep", "%.1f", 100 * d->acc[last]);
    out_value("acc_single", "%.1f", 100 * s->acc[last]);
    out_value("loss_deep", "%.6f", d->loss[last]);
    out_value("loss_single", "%.6f", s->loss[last]);
    out_value("deep_w1", "%.5f", c->fold.w[0]);
    out_value("deep_w2", "%.5f", c->fold.w[1]);
    out_value("deep_b", "%.5f", c->fold.b[0]);
    out_value("single_w1", "%.5f", sl->w[0]);
    out_value("single_w2", "%.5f", sl->w[1]);
    out_value("single_b", "%.5f", sl->b[0]);
    out_value("boundary_points", "%zu", c->np);
    out_value("boundary_lines", "%d", 2 * c->lines);
    out_value("boundary_dev", "%.2g", c->dev);
    out_value("boundary_off", "%.2g", c->off);
}

void collapse_report_stacks(const struct collapse_stacks *st, size_t width,
                            size_t depth, double gain, size_t rows)
{
    double *const *rms = st->rms;
    struct tsv *t = tsv_open("magnitudes.tsv",
                             "layer linear_up linear_down sigmoid tanh");
    for (size_t l = 0; l <= depth; l++)
        TSV_ROW(t, l, rms[COLLAPSE_UP][l], rms[COLLAPSE_DOWN][l],
                rms[COLLAPSE_SIG][l], rms[COLLAPSE_TANH][l]);
    printf("\nN8  rms of the values through %zu layers of width %zu "
           "(weights N(0, gain^2/%zu)):\n", depth, width, width);
    printf("    %-11s gain %-4g rms %.3g -> %.3g: a factor %.4f per layer\n",
           "linear_up", gain, rms[COLLAPSE_UP][0], rms[COLLAPSE_UP][depth],
           st->up);
    printf("    %-11s gain %-4g rms %.3g -> %.3g: a factor %.4f per layer\n",
           "linear_down", 1 / gain, rms[COLLAPSE_DOWN][0],
           rms[COLLAPSE_DOWN][depth], st->down);
    printf("    %-11s gain %-4g rms %.3g -> %.3g; all %.2g inside (0, 1)\n",
           "sigmoid", gain, rms[COLLAPSE_SIG][0], rms[COLLAPSE_SIG][depth],
           st->sig_inside);
    printf("    %-11s gain %-4g rms %.3g -> %.3g; all %.2g inside (-1, 1)\n",
           "tanh", gain, rms[COLLAPSE_TANH][0], rms[COLLAPSE_TANH][depth],
           st->tanh_inside);
    out_value("mag_width", "%zu", width);
    out_value("mag_depth", "%zu", depth);
    out_value("mag_rows", "%zu", rows);
    out_value("mag_gain", "%g", gain);
    out_value("mag_gain_down", "%g", 1 / gain);
    out_value("mag_up", "%.4f", st->up);
    out_value("mag_down", "%.4f", st->down);
    out_value("mag_up_last", "%.3g", rms[COLLAPSE_UP][depth]);
    out_value("mag_down_last", "%.3g", rms[COLLAPSE_DOWN][depth]);
    out_value("mag_sigmoid_last", "%.3g", rms[COLLAPSE_SIG][depth]);
    out_value("mag_tanh_last", "%.3g", rms[COLLAPSE_TANH][depth]);
    out_value("mag_sigmoid_inside", "%.2g", st->sig_inside);
    out_value("mag_tanh_inside", "%.2g", st->tanh_inside);
}
