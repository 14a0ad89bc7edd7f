/*
 * sigmoid_report.c - chapter 5's summary, seed table and keys; see
 * sigmoid_report.h.
 */
#include "sigmoid_report.h"

#include "out.h"

#include <stdio.h>

void sigmoid_report_runs(const char *const *names, const size_t *hidden,
                         const struct sigmoid_net_log *log, int runs,
                         long epochs)
{
    for (int k = 0; k < runs; k++) {
        const struct sigmoid_net_log *g = &log[k];
        const char *name = names[k];
        printf("      %-8s %-2zu %.4f  %-9.3g %5.1f %% (%5.1f %%) ", name,
               hidden[k], g->loss[0], g->loss[epochs],
               100 * g->accuracy[epochs], 100 * g->best_acc);
        out_value(OUT_KEY("%s_loss0", name), "%.3f", g->loss[0]);
        out_value(OUT_KEY("%s_loss", name), "%.3g", g->loss[epochs]);
        out_value(OUT_KEY("%s_acc", name), "%.1f",
                  100 * g->accuracy[epochs]);
        out_value(OUT_KEY("%s_best", name), "%.1f", 100 * g->best_acc);
        if (g->first_full >= 0) {
            printf("%ld\n", g->first_full);
            out_value(OUT_KEY("%s_full", name), "%ld", g->first_full);
        } else {
            printf("never\n");
            out_value(OUT_KEY("%s_full", name), "never");
        }
    }
}

void sigmoid_report_moves(const struct sigmoid_report_moves *m)
{
    printf("\nN9  largest |dL/dp| over hidden parameters p at the start:\n"
           "      sigmoid %.3g, step %.3g\n", m->sig_grad, m->step_grad);
    printf("    largest change of a hidden parameter in training:\n"
           "      sigmoid %.3g, step %.3g, linear %.3g\n"
           "    the step network's output layer moved by up to %.3g\n",
           m->sig_hidden, m->step_hidden, m->lin_hidden, m->step_out);
    OUT_NUMBERS("%.3g", { "sig_grad", m->sig_grad },
                { "step_grad", m->step_grad },
                { "step_hidden_moved", m->step_hidden },
                { "step_out_moved", m->step_out },
                { "sig_hidden_moved", m->sig_hidden },
                { "lin_hidden_moved", m->lin_hidden });
}

void sigmoid_report_seeds(const size_t hs[2], long seeds, const long *e,
                          double lr)
{
    long lo[2] = { -1, -1 }, hi[2] = { -1, -1 }, never[2] = { 0, 0 };
    struct tsv *t = tsv_open("seeds.tsv", "seed hidden_3 hidden_wide");
    printf("\n    epochs to 100 %% (lr %g), by the seed of data and "
           "weights:\n      seed   H = %-5zu H = %zu\n", lr, hs[0], hs[1]);
    for (long s = 1; s <= seeds; s++) {
        tsv_num(t, (double)s);
        printf("      %-6ld", s);
        for (int j = 0; j < 2; j++) {
            long x = e[2 * (s - 1) + j];
            if (x < 0) {
                never[j]++;
                tsv_str(t, "never");
                printf(" %-9s", "never");
                continue;
            }
            lo[j] = lo[j] < 0 || x < lo[j] ? x : lo[j];
            hi[j] = x > hi[j] ? x : hi[j];
            tsv_num(t, (double)x);
            printf(" %-9ld", x);
        }
        tsv_end(t);
        putchar('\n');
    }
    out_value("seeds", "%ld", seeds);
    out_value("h3_min", "%ld", lo[0]);
    out_value("h3_max", "%ld", hi[0]);
    out_value("h3_never", "%ld", never[0]);
    out_value("wide_min", "%ld", lo[1]);
    out_value("wide_max", "%ld", hi[1]);
    out_value("wide_never", "%ld", never[1]);
}
