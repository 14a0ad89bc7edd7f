/*
 * sigmoid_report.c - chapter 5's summary, seed table and keys; see
 * sigmoid_report.h.
 */
#include "sigmoid_report.h"

#include "out.h"
#include "progress.h"
#include "cli.h"
#include "alloc.h"

#include <math.h>
#include <stdio.h>

void sigmoid_report_train(struct mlp **net, const char *const *names,
                          int runs, const struct dataset *d, double lr,
                          long epochs, long grid,
                          struct sigmoid_net_log *log)
{
    struct sigmoid_views_snaps *snap = sigmoid_views_snaps_new(grid, epochs);
    for (int k = 0; k < runs; k++) {
        log[k] = (struct sigmoid_net_log){
            .loss = alloc_array((size_t)epochs + 1, sizeof(double)),
            .accuracy = alloc_array((size_t)epochs + 1, sizeof(double)),
            .watch = k == 0 ? sigmoid_views_watch : NULL,
            .ctx = snap,
        };
        progress_show("training run %d of %d", k + 1, runs);
        sigmoid_net_train(net[k], d, lr, epochs, 0, &log[k]);
        if (log[k].diverged >= 0) {
            /* A safety net: the program's largest --lr should prevent
             * it. The curve ends there; nan is gnuplot's mark for a
             * missing value. */
            fprintf(stderr, "%s: the %s run diverged at epoch %ld; try a "
                    "smaller --lr\n", cli_program_name(), names[k],
                    log[k].diverged);
            for (long e = log[k].diverged; e <= epochs; e++)
                log[k].loss[e] = log[k].accuracy[e] = NAN;
        }
    }
    progress_done();
    sigmoid_views_write_curves(names, log, runs, epochs);
    sigmoid_views_snaps_write(snap, log[0].epochs, log[0].best_acc, net[0]);
    sigmoid_views_snaps_free(snap);
}

void sigmoid_report_summary(const struct sigmoid_report_setup *s,
                            const char *const *names, const size_t *hidden,
                            const struct sigmoid_net_log *log, int runs)
{
    printf("Chapter 5: 2-H-1 networks trained on the article set\n"
           "(%zu points, seed %llu)\n\n", s->points,
           (unsigned long long)s->seed);
    printf("N6  gradient descent, lr %g, %ld epochs, from the same "
           "weights:\n      run      H  loss: start   end       "
           "accuracy (best)  100 %%\n", s->lr, s->epochs);
    sigmoid_report_runs(names, hidden, log, runs, s->epochs);
    out_value("hidden", "%ld", s->hidden);
    out_value("wide", "%ld", s->wide);
    out_value("lr", "%g", s->lr);
    out_value("epochs", "%ld", s->epochs);
    out_value("points", "%zu", s->points);
    out_value("seed", "%llu", (unsigned long long)s->seed);
}

void sigmoid_report_line(long hidden, double lin_loss, double lin_acc,
                         double loss, double acc)
{
    printf("    the linear 2-%ld-1 network: loss %.4f, accuracy %.1f %%;\n"
           "    one layer (logistic regression) trained alike: loss %.4f,"
           "\n      accuracy %.1f %%\n", hidden, lin_loss, 100 * lin_acc,
           loss, 100 * acc);
    out_value("line_loss", "%.4f", loss);
    out_value("line_acc", "%.1f", 100 * acc);
    out_value("linear_loss4", "%.4f", lin_loss);
}

void sigmoid_report_slice(double flat, double spacing)
{
    printf("    along one hidden bias, the step network's loss is flat\n"
           "      between %.1f %% of neighbouring points %.3g apart, and\n"
           "      jumps between the rest\n", 100 * flat, spacing);
    out_value("slice_flat", "%.1f", 100 * flat);
}

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
