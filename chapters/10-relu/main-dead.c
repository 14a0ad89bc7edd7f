/*
 * 10-relu-dead - ReLU's weakness: for z < 0 the gradient is 0, so units
 * can die (claim R4).
 *
 * A hidden unit whose pre-activation is z <= 0 on every training example
 * receives a gradient of exactly zero, and gradient descent leaves it as
 * it is. We train networks 2 -> width -> width -> 1 on the article's data
 * set at learning rates from small to too large, with ReLU and with leaky
 * ReLU, and count the dead hidden units after training (dead.c); then,
 * after one run, the largest gradient that reaches a dead unit.
 *
 * Run it:   build/bin/10-relu-dead
 *           build/bin/10-relu-dead --seeds 9 --epochs 300
 * It prints a summary; with --out DIR it writes the tables in OUTPUTS.
 */
#include "act.h"
#include "cli.h"
#include "data2d.h"
#include "dead.h"
#include "epochs.h"
#include "out.h"
#include "progress.h"
#include "vecact.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char OUTPUTS[] =
    "  dead.tsv    lr, then for relu and leaky: _pct, _lo, _hi: the\n"
    "              median and range of the percentage of dead hidden\n"
    "              units; _diverged: runs whose loss became NaN\n"
    "  values.tsv  key, value: the numbers the chapter's text quotes;\n"
    "              the families dead_<act>_<lr>, diverged_<act>_<lr>\n"
    "              (lr 0.3 as 0p3), grad_dead_<act>, grad_live_<act>,\n"
    "              n_dead_<act>, for <act> relu and leaky\n";

/* The learning rates, a factor of about 3 apart: from rates at which
 * every network trains smoothly to rates at which some diverge. */
static const double DEAD_LR[] = { 0.3, 1, 3, 10, 30 };
#define DEAD_LR_COUNT (sizeof DEAD_LR / sizeof DEAD_LR[0])

/* The two activations, and their names in the keys. */
static const enum act_kind ACTS[] = { ACT_RELU, ACT_LEAKY_RELU };
static const char *const KEY_NAMES[] = { "relu", "leaky" };

/* A learning rate as part of a key, which has no '.': 0.3 -> "0p3". */
static const char *lr_key(double lr, char *buf, size_t len)
{
    snprintf(buf, len, "%g", lr);
    for (char *p = buf; *p; p++) {
        if (*p == '.') {
            *p = 'p';
        }
    }
    return buf;
}

/* The percentage of dead units over the seeds: median, fewest, most (NaN
 * if every run diverged), and how many runs diverged. */
struct dead_stats {
    double med, lo, hi;
    long diverged;
};

/* The dead units of `seeds` networks at rate lr: the terminal's cell and
 * the keys. */
static struct dead_stats dead_at(int a, double lr, const struct dataset *d,
                      const struct dead_config *cfg, uint64_t seed,
                      long seeds)
{
    double frac[EPOCHS_SEEDS_MAX];
    size_t ok = 0;
    long diverged = 0;
    for (long k = 0; k < seeds; k++) {
        struct dead_run r = dead_train(ACTS[a], lr, seed + (uint64_t)k, d,
                                       cfg);
        if (r.diverged) {
            diverged++;
        } else {
            frac[ok++] = r.fraction;
        }
    }
    struct epochs_spread sp = ok ? epochs_spread(frac, ok)
                                 : (struct epochs_spread){ NAN, NAN, NAN };
    double med = 100 * sp.med, lo = 100 * sp.lo, hi = 100 * sp.hi;

    char cell[64] = "  -", lr_text[16];
    if (ok > 0) {
        snprintf(cell, sizeof cell, "%3.0f [%2.0f, %3.0f]", med, lo, hi);
    }
    if (diverged > 0) {
        size_t used = strlen(cell);
        snprintf(cell + used, sizeof cell - used, " %ld diverged", diverged);
    }
    printf(a == 0 ? " %-18s" : " %s\n", cell);
    lr_key(lr, lr_text, sizeof lr_text);
    if (ok > 0) {
        out_value(OUT_KEY("dead_%s_%s", KEY_NAMES[a], lr_text), "%.0f", med);
    } else {
        out_value(OUT_KEY("dead_%s_%s", KEY_NAMES[a], lr_text), "--");
    }
    out_value(OUT_KEY("diverged_%s_%s", KEY_NAMES[a], lr_text), "%ld",
              diverged);
    return (struct dead_stats){ med, lo, hi, diverged };
}

/* The gradient into dead units, after one run at a rate that kills
 * some units but does not make the leaky network diverge. */
#define GRAD_LR 3.0

static void show_gradient(int a, const struct dataset *d,
                          const struct dead_config *cfg, uint64_t seed)
{
    const size_t sizes[] = { 2, cfg->width, cfg->width, 1 };
    /* Memory comes from alloc_array, which stops the program if there
     * is none; NULL would mean sizes the options cannot give. */
    struct mlp *m = mlp_alloc(sizes, 4, ACTS[a], d->n);
    if (m == NULL) {
        fprintf(stderr, "10-relu-dead: no network of width %zu\n",
                cfg->width);
        exit(1);
    }
    struct rng r;
    rng_seed(&r, seed);
    mlp_init(m, INIT_HE, &r);
    struct train_config tc = { GRAD_LR, cfg->epochs, 0, seed, LOSS_BCE };
    mlp_train(m, d->x, d->y, d->n, &tc, NULL, NULL);
    struct dead_gradient g = dead_gradient(m, d->x, d->y, d->n);
    printf("    %-10s largest into its %zu dead units %.3g, live %.3g\n",
           act_name(ACTS[a]), g.dead, g.dead_max, g.live_max);
    out_value(OUT_KEY("grad_dead_%s", KEY_NAMES[a]), "%.2g", g.dead_max);
    out_value(OUT_KEY("grad_live_%s", KEY_NAMES[a]), "%.2g", g.live_max);
    out_value(OUT_KEY("n_dead_%s", KEY_NAMES[a]), "%zu", g.dead);
    mlp_free(m);
}

int main(int argc, char **argv)
{
    struct epochs_setup su = EPOCHS_SETUP_DEFAULT;
    long epochs = 100;
    const struct cli_opt opts[] = {
        EPOCHS_SETUP_OPTS(&su),
        CLI_LONG("epochs", &epochs, 1, 1e6,
                 "epochs before counting dead units"),
        CLI_END
    };
    char purpose[160];
    snprintf(purpose, sizeof purpose, "Dead ReLU and leaky-ReLU units "
             "after training: claim R4. Dispatch on this processor: %s.",
             vecact_best()->name);
    CLI_PARSE("10-relu-dead", purpose, OUTPUTS, opts, argc, argv);
    struct dataset d = epochs_setup_data(&su);
    long seeds = su.seeds, width = su.width;
    uint64_t seed = su.seed;
    struct dead_config cfg = { (size_t)width, epochs };

    printf("Chapter 10: dead units\n\n"
           "R4  dead hidden units (%%) after %ld epochs, median [range] "
           "of %ld seeds:\n    %-6s %-18s %s\n", epochs, seeds, "lr",
           "ReLU", "leaky ReLU");
    struct tsv *t = tsv_open("dead.tsv", "lr relu_pct relu_lo relu_hi "
                             "relu_diverged leaky_pct leaky_lo leaky_hi "
                             "leaky_diverged");
    double most = 0; /* the largest median share of dead ReLU units */
    for (size_t i = 0; i < DEAD_LR_COUNT; i++) {
        progress_show("lr %g", DEAD_LR[i]);
        printf("    %-6g", DEAD_LR[i]);
        struct dead_stats u = dead_at(0, DEAD_LR[i], &d, &cfg, seed, seeds);
        struct dead_stats v = dead_at(1, DEAD_LR[i], &d, &cfg, seed, seeds);
        TSV_ROW(t, DEAD_LR[i], u.med, u.lo, u.hi, u.diverged, v.med, v.lo,
                v.hi, v.diverged);
        most = isnan(u.med) ? most : fmax(most, u.med);
    }
    progress_done();
    out_value("dead_epochs", "%ld", epochs);
    out_value("dead_lr_min", "%g", DEAD_LR[0]);
    out_value("dead_lr_max", "%g", DEAD_LR[DEAD_LR_COUNT - 1]);
    out_value("dead_units", "%ld", 2 * width);
    out_value("dead_most_relu", "%.0f", most);

    printf("    the gradient after one run at lr %g:\n", GRAD_LR);
    for (int a = 0; a < 2; a++) {
        show_gradient(a, &d, &cfg, seed);
    }
    out_value("grad_lr", "%g", GRAD_LR);
    out_value("seeds", "%ld", seeds);
    dataset_free(&d);
    out_finish();
    return 0;
}
