/*
 * 10-relu-speed - the other meaning of "ReLU is faster": fewer epochs.
 *
 * Claim R3 of the ledger says ReLU is much faster; besides its cost per
 * element (10-relu-bench), ReLU networks are said to train in fewer
 * passes over the data [Krizhevsky et al. 2012]. We train networks of one
 * shape, 2 -> width -> width -> 1, with sigmoid, tanh and ReLU units, on
 * the article's data set, by full-batch gradient descent until the
 * training loss reaches a target, at several learning rates and seeds,
 * and compare each activation at its fastest rate.
 *
 * Run it:   build/bin/10-relu-speed
 *           build/bin/10-relu-speed --seeds 9 --width 16
 * It prints a summary; with --out DIR it writes the tables in OUTPUTS.
 */
#include "act.h"
#include "alloc.h"
#include "bench.h"
#include "cli.h"
#include "data2d.h"
#include "epochs.h"
#include "out.h"
#include "progress.h"
#include "vecact.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char OUTPUTS[] =
    "  epochs.tsv   activation, lr, median, lo, hi, reached: epochs to the\n"
    "               target loss over the seeds\n"
    "  best.tsv     activation, lr, median, lo, hi, ratio_to_relu: at each\n"
    "               activation's fastest learning rate\n"
    "  curves.tsv   epoch, sigmoid, tanh, relu: the training loss at that\n"
    "               learning rate, a block of rows per seed\n"
    "  target.tsv   epoch, loss: the target loss, as a line\n"
    "  values.tsv   key, value: the numbers the chapter's text quotes;\n"
    "               the families epochs_<act>, lr_<act>, speedup_<act>\n";

/* The learning rates, a factor of about 3 apart: from rates at which
 * every network trains smoothly to rates at which some stop learning. */
static const double SPEED_LR[] = { 1, 3, 10 };
#define SPEED_LR_COUNT (sizeof SPEED_LR / sizeof SPEED_LR[0])
_Static_assert(SPEED_LR_COUNT == 3, "the text lists three rates");

/* The activations compared, in the tables' order; ReLU, the unit of the
 * ratios, last. */
static const enum act_kind SPEED_ACT[] = { ACT_SIGMOID, ACT_TANH,
                                           ACT_RELU };
#define SPEED_ACT_COUNT 3

/* "52 [40, 77]", with "-" for a run that did not reach the target. */
/* A run that never got there counts as +infinity, slower than any that
 * did. */
static void print_spread(struct epochs_spread s, int last)
{
    const double v[3] = { s.med, s.lo, s.hi };
    char cell[3][16], text[64];
    for (int j = 0; j < 3; j++) {
        if (isfinite(v[j])) {
            snprintf(cell[j], sizeof cell[j], "%.0f", v[j]);
        } else {
            snprintf(cell[j], sizeof cell[j], "-");
        }
    }
    snprintf(text, sizeof text, "%4s [%s, %s]", cell[0], cell[1], cell[2]);
    printf(last ? " %s\n" : " %-16s", text);
}

/* For each activation and rate: the epochs each seed needs to reach the
 * target; keep the loss curves of the activation's fastest rate. */
static void speed_table(const struct dataset *d,
                        const struct epochs_config *cfg, uint64_t seed,
                        long seeds, struct epochs_spread best[],
                        double best_lr[], double *curves)
{
    size_t len = (size_t)cfg->max_epochs;
    double *trial = alloc_array((size_t)seeds * len, sizeof *trial);
    struct tsv *t = tsv_open("epochs.tsv",
                             "activation lr median lo hi reached");
    for (int a = 0; a < SPEED_ACT_COUNT; a++) {
        enum act_kind act = SPEED_ACT[a];
        best[a] = (struct epochs_spread){ INFINITY, INFINITY, INFINITY };
        best_lr[a] = NAN; /* if no rate reaches the target */
        printf("    %-8s", act_name(act));
        for (size_t i = 0; i < SPEED_LR_COUNT; i++) {
            progress_show("%s, lr %g", act_name(act), SPEED_LR[i]);
            double ep[EPOCHS_SEEDS_MAX];
            long reached = 0;
            for (long k = 0; k < seeds; k++) {
                long e = epochs_to_loss(act, SPEED_LR[i], seed + (uint64_t)k,
                                        d, cfg, trial + (size_t)k * len);
                ep[k] = e < 0 ? INFINITY : (double)e;
                reached += e >= 0;
            }
            struct epochs_spread s = epochs_spread(ep, (size_t)seeds);
            tsv_str(t, act_name(act));
            tsv_num(t, SPEED_LR[i]);
            tsv_num(t, s.med);
            tsv_num(t, s.lo);
            tsv_num(t, s.hi);
            tsv_int(t, reached);
            tsv_end(t);
            print_spread(s, i + 1 == SPEED_LR_COUNT);
            if (s.med < best[a].med) {
                best[a] = s;
                best_lr[a] = SPEED_LR[i];
                memcpy(curves + (size_t)a * (size_t)seeds * len, trial,
                       (size_t)seeds * len * sizeof *trial);
            }
        }
    }
    progress_done();
    free(trial);
}

int main(int argc, char **argv)
{
    struct epochs_setup su = EPOCHS_SETUP_DEFAULT;
    long max_epochs = 500;
    double target = 0.05;
    const struct cli_opt opts[] = {
        EPOCHS_SETUP_OPTS(&su),
        CLI_DOUBLE("target", &target, 1e-6, 0.69, "training loss to reach"),
        CLI_LONG("max-epochs", &max_epochs, 1, 1e6,
                 "give up after this many"),
        CLI_END
    };
    char purpose[160];
    snprintf(purpose, sizeof purpose, "Epochs sigmoid, tanh and ReLU "
             "networks need to reach a training loss: claim R3. Dispatch "
             "on this processor: %s.", vecact_best()->name);
    CLI_PARSE("10-relu-speed", purpose, OUTPUTS, opts, argc, argv);
    struct dataset d = epochs_setup_data(&su);
    long seeds = su.seeds;

    printf("Chapter 10: how fast ReLU networks train\n\n"
           "R3  epochs to a training loss of %g, median [range] of %ld "
           "seeds\n    (- = not within %ld):\n    %-8s", target, seeds,
           max_epochs, "");
    for (size_t i = 0; i < SPEED_LR_COUNT; i++) {
        char head[32];
        snprintf(head, sizeof head, "lr %g", SPEED_LR[i]);
        printf(i + 1 < SPEED_LR_COUNT ? " %-16s" : " %s\n", head);
    }
    struct epochs_config cfg = { (size_t)su.width, target, max_epochs };
    size_t len = (size_t)max_epochs;
    double *curves = alloc_array(SPEED_ACT_COUNT * (size_t)seeds * len,
                                 sizeof *curves);
    struct epochs_spread best[SPEED_ACT_COUNT];
    double best_lr[SPEED_ACT_COUNT];
    speed_table(&d, &cfg, su.seed, seeds, best, best_lr, curves);

    /* Each activation at its fastest rate, in units of ReLU's epochs. */
    struct tsv *b = tsv_open("best.tsv",
                             "activation lr median lo hi ratio_to_relu");
    double relu = best[SPEED_ACT_COUNT - 1].med;
    for (int a = 0; a < SPEED_ACT_COUNT; a++) {
        const char *name = act_name(SPEED_ACT[a]);
        const double cells[] = { best_lr[a], best[a].med, best[a].lo,
                                 best[a].hi, best[a].med / relu };
        tsv_str(b, name);
        for (size_t j = 0; j < sizeof cells / sizeof cells[0]; j++) {
            tsv_num(b, cells[j]);
        }
        tsv_end(b);
        out_value(OUT_KEY("epochs_%s", name), "%.0f", best[a].med);
        out_value(OUT_KEY("lr_%s", name), "%g", best_lr[a]);
        out_value(OUT_KEY("speedup_%s", name), "%.1f", best[a].med / relu);
    }

    /* The curves at each activation's best rate: a block of rows per
     * seed, so that gnuplot draws each seed as a line of its own. */
    struct tsv *c = tsv_open("curves.tsv", "epoch sigmoid tanh relu");
    for (long k = 0; k < seeds; k++) {
        for (size_t e = 0; e < len; e++) {
            const double *at = curves + (size_t)k * len + e;
            size_t act_stride = (size_t)seeds * len;
            TSV_ROW(c, e + 1, at[0], at[act_stride], at[2 * act_stride]);
        }
        tsv_blank(c);
    }
    struct tsv *g = tsv_open("target.tsv", "epoch loss");
    TSV_ROW(g, 1, target);
    TSV_ROW(g, max_epochs, target);
    out_value("speed_lrs", "%g, %g and %g", SPEED_LR[0], SPEED_LR[1],
              SPEED_LR[2]);
    out_value("target_loss", "%g", target);
    out_value("max_epochs", "%ld", max_epochs);
    out_value("seeds", "%ld", seeds);
    out_value("width", "%ld", su.width);
    out_value("points", "%ld", su.points);
    free(curves);
    dataset_free(&d);
    out_finish();
    return 0;
}
