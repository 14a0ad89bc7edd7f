/*
 * training.c - the training comparison; see training.h.
 */
#include "training.h"

#include "act.h"
#include "alloc.h"
#include "cli.h"
#include "data2d.h"
#include "dense.h"
#include "out.h"
#include "progress.h"
#include "vanish.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* The three networks compared, each with the initialisation made for
 * it: Xavier's for the sigmoid and tanh, He's for ReLU. */
static const enum act_kind ACTS[3] = { ACT_SIGMOID, ACT_TANH, ACT_RELU };
static const enum init_kind INITS[3] = { INIT_XAVIER, INIT_XAVIER,
                                         INIT_HE };

/* The figure's run of network k into log; returns what vanish_train
 * returns, after a divergence the epoch (exits if memory runs out). */
static int train(const struct training_opts *o, int k, uint64_t seed,
                 const struct vanish_train_log *log)
{
    struct vanish_train_config c = {
        ACTS[k], INITS[k], o->depth, o->width, (enum data_kind)o->data,
        o->points, o->lr, o->epochs, seed,
    };
    int r = vanish_train(&c, log);
    if (r < 0) {
        fprintf(stderr, "%s: out of memory\n", cli_program_name());
        exit(1);
    }
    return r;
}

static void write_tables(const struct training_opts *o, const double *loss,
                         const double *acc, const double *wg)
{
    size_t E = (size_t)o->epochs, layers = o->depth + 1;
    struct tsv *t = tsv_open("train.tsv",
                             "epoch loss_sigmoid loss_tanh loss_relu "
                             "acc_sigmoid acc_tanh acc_relu first_sigmoid "
                             "last_sigmoid first_tanh last_tanh first_relu "
                             "last_relu");
    struct tsv *tl = tsv_open("train_layers.tsv", "act epoch layer wgrad");
    for (size_t e = 0; e < E; e++) {
        tsv_int(t, (long long)e + 1);
        for (int k = 0; k < 3; k++)
            tsv_num(t, loss[k * E + e]);
        for (int k = 0; k < 3; k++)
            tsv_num(t, acc[k * E + e]);
        for (int k = 0; k < 3; k++) {
            const double *row = wg + (k * E + e) * layers;
            tsv_num(t, row[0]);
            tsv_num(t, row[o->depth - 1]);
            for (size_t l = 0; l < layers; l++) {
                tsv_str(tl, act_name(ACTS[k]));
                tsv_int(tl, (long long)e + 1);
                tsv_int(tl, (long long)l + 1);
                tsv_num(tl, row[l]);
                tsv_end(tl);
            }
        }
        tsv_end(t);
    }
}

/* A run has stalled if its final loss is still at least this fraction
 * of ln 2, the loss of a network that answers 1/2 for every input of a
 * balanced set: it has learned nothing but the class balance. */
#define STALL_FRACTION 0.99

void training_show(const struct training_opts *o)
{
    size_t E = (size_t)o->epochs, layers = o->depth + 1;
    int diverged[3];
    double *loss = alloc_array(3 * E, sizeof *loss);
    double *acc = alloc_array(3 * E, sizeof *acc);
    double *wg = alloc_array(3 * E * layers, sizeof *wg);
    double *spread = alloc_array(3 * E, sizeof *spread);
    printf("Training: %zu hidden layers of %zu units on the %s set "
           "(%zu points),\n    full-batch descent, rate %g, %ld epochs. "
           "Loss after the first and\n    last epoch, final accuracy, and "
           "||dL/dW|| of layer 1 over layer %zu\n    in the first step:\n"
           "    act      init    first loss  last loss  accuracy  "
           "first/last\n", o->depth, o->width, data_names[o->data],
           o->points, o->lr, o->epochs, o->depth);
    for (int k = 0; k < 3; k++) {
        struct vanish_train_log rec = { loss + k * E, acc + k * E,
                                        wg + k * E * layers, spread + k * E };
        diverged[k] = train(o, k, o->seed, &rec);
        progress_show("training %d of 3", k + 1);
    }
    write_tables(o, loss, acc, wg);
    for (int k = 0; k < 3; k++) {
        const char *an = act_name(ACTS[k]);
        const double *first = wg + k * E * layers;
        const double *last = wg + (k * E + E - 1) * layers;
        double r = first[o->depth - 1] > 0 ? first[0] / first[o->depth - 1]
                                           : NAN;
        printf("    %-7s  %-6s  ", an, init_names[INITS[k]]);
        if (diverged[k] > 0) {
            printf("diverged: the loss overflowed at epoch %d\n",
                   diverged[k]);
        } else {
            printf("%.4f  %10.4f  %8.3f  ", loss[k * E],
                   loss[k * E + E - 1], acc[k * E + E - 1]);
            if (isnan(r)) {
                printf("%11s\n", "--");
            } else {
                printf("%11.2g\n", r);
            }
        }
        out_value(OUT_KEY("train_loss_%s", an), "%.3g", loss[k * E + E - 1]);
        out_value(OUT_KEY("train_acc_%s", an), "%.3g",
                  100 * acc[k * E + E - 1]); /* in % */
        out_value(OUT_KEY("train_ratio_%s", an), "%.2g", r);
        out_value(OUT_KEY("train_first_end_%s", an), "%.2g", last[0]);
        out_value(OUT_KEY("train_first_start_%s", an), "%.2g", first[0]);
        /* Steps of the last epoch's size it would take to move the
         * first layer's weights by a distance of 1. */
        out_value(OUT_KEY("train_steps_%s", an), "%.1g",
                  1.0 / (o->lr * last[0]));
        out_value(OUT_KEY("train_move_%s", an), "%.1g", o->lr * last[0]);
        /* The plateau: the gradient of the last hidden layer and of the
         * output layer, first and last epoch, and how much the last
         * hidden layer tells the inputs apart. */
        out_value(OUT_KEY("train_last_start_%s", an), "%.2g",
                  first[o->depth - 1]);
        out_value(OUT_KEY("train_last_end_%s", an), "%.2g",
                  last[o->depth - 1]);
        out_value(OUT_KEY("train_out_start_%s", an), "%.2g", first[o->depth]);
        out_value(OUT_KEY("train_out_end_%s", an), "%.2g", last[o->depth]);
        out_value(OUT_KEY("train_spread_%s", an), "%.2g",
                  spread[k * E + E - 1]);
    }
    out_value("train_depth", "%zu", o->depth);
    out_value("train_width", "%zu", o->width);
    out_value("train_points", "%zu", o->points);
    out_value("train_epochs", "%ld", o->epochs);
    out_value("train_lr", "%g", o->lr);
    out_value("train_data", "%s", data_names[o->data]);

    /* The sigmoid's stall over further seeds (data and weights both
     * change with the seed): the first seed is the run above. */
    double off = fabs(loss[E - 1] - log(2.0)), best = acc[E - 1];
    long stalled = loss[E - 1] >= STALL_FRACTION * log(2.0);
    for (long s = 1; s < o->seeds; s++) {
        struct vanish_train_config c = {
            ACTS[0], INITS[0], o->depth, o->width, (enum data_kind)o->data,
            o->points, o->lr, o->epochs, o->seed + (uint64_t)s,
        };
        double l, a;
        if (vanish_train_final(&c, &l, &a) != 0) {
            fprintf(stderr, "%s: out of memory\n", cli_program_name());
            exit(1);
        }
        off = fmax(off, fabs(l - log(2.0)));
        best = fmax(best, a);
        stalled += l >= STALL_FRACTION * log(2.0);
        progress_show("sigmoid seed %ld of %ld", s + 1, o->seeds);
    }
    progress_done();
    printf("    the sigmoid network over %ld seeds: final loss within "
           "%.1g of ln 2,\n    best accuracy %.3f; %ld of %ld stalled at "
           "ln 2\n", o->seeds, off, best, stalled, o->seeds);
    out_value("train_seeds", "%ld", o->seeds);
    out_value("train_stalled", "%ld", stalled);
    out_value("train_seed_off", "%.1g", off);
    out_value("train_seed_acc_best", "%.3g", 100 * best);
    free(loss), free(acc), free(wg), free(spread);
}
