/*
 * 12-modern-activations-train - claim M6: do the activations after ReLU
 * train better on real images? Chapter 13's network and training loop
 * on Fashion-MNIST (Xiao et al. 2017), each activation with the same
 * shape, learning rate and seeds; the test accuracy after the last epoch
 * and the epochs to a target accuracy, median over the seeds.
 *
 * The report trains on a subset, for few epochs (the defaults below);
 * `make full-12` on all 60,000 images (CH12_FULL_ARGS in chapter.mk).
 *
 * Run it:   build/bin/12-modern-activations-train
 *           build/bin/12-modern-activations-train --acts relu,gelu
 *           build/bin/12-modern-activations-train --train-size 60000
 */
#include "act.h"
#include "bench.h"
#include "cli.h"
#include "fmtrain.h"
#include "idx.h"
#include "mat.h"
#include "mtrain.h"
#include "out.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char OUTPUTS[] =
    "  train.tsv   x, act, acc, lo, hi, gap, epochs, reached: per\n"
    "              activation the median final test accuracy (%), the\n"
    "              lowest and highest, the gap to ReLU, the median epochs\n"
    "              to the target (nan: not reached) and the runs that did\n"
    "  curves.tsv  epoch, then acc_<act> per activation: the median test\n"
    "              accuracy after each epoch\n"
    "  values.tsv  key, value: acc_<act>, gap_<act>, epochs_<act>,\n"
    "              reached_<act>, max_gap (the largest |gap|), mid_spread\n"
    "              (the median range over the seeds), the settings\n";

#define ACTS_MAX ACT_KIND_COUNT

/* "relu,gelu" into kinds, each named once; exits 2 naming the option on
 * anything else: an unknown name, one named twice, an empty list or an
 * empty item (strtok skips those, so every comma must start a name). */
static int parse_acts(const char *s, enum act_kind *k)
{
    char buf[256];
    int n = 0, ok = strlen(s) < sizeof buf, items = 1;
    for (const char *p = s; *p; p++) {
        items += *p == ',';
    }
    snprintf(buf, sizeof buf, "%s", s);
    for (char *tok = strtok(buf, ","); ok && tok; tok = strtok(NULL, ",")) {
        int found = -1;
        for (int i = 0; act_names[i] != NULL; i++) {
            found = strcmp(act_names[i], tok) == 0 ? i : found;
        }
        for (int j = 0; j < n; j++) {
            ok = ok && (int)k[j] != found;
        }
        ok = ok && found > ACT_STEP && n < ACTS_MAX;
        if (ok) {
            k[n++] = (enum act_kind)found;
        }
    }
    if (!ok || n != items) {
        fprintf(stderr, "%s: option --acts: '%s' is not a list of "
                "distinct trainable activations such as relu,gelu; the "
                "names:", cli_program_name(), s);
        for (int i = ACT_STEP + 1; act_names[i] != NULL; i++) {
            fprintf(stderr, " %s", act_names[i]);
        }
        fprintf(stderr, "\n");
        exit(2);
    }
    return n;
}

/* The activation's name as a key or column: leaky-relu as leaky_relu. */
static const char *key_name(enum act_kind k)
{
    static char buf[ACTS_MAX][32];
    snprintf(buf[k], sizeof buf[k], "%s", act_name(k));
    for (char *p = buf[k]; *p; p++) {
        *p = *p == '-' ? '_' : *p;
    }
    return buf[k];
}

int main(int argc, char **argv)
{
    struct mtrain_cfg c = { .hidden = 2, .width = 64, .epochs = 3,
                            .seeds = 3, .batch = 32, .lr = 0.1,
                            .target = 75 };
    long train_size = 6000, test_size = 2000;
    const char *acts = "relu,leaky-relu,elu,selu,softplus,gelu,silu,mish";
    const char *data = NULL;
    const struct cli_opt opts[] = {
        CLI_TEXT("acts", &acts, "LIST", "the activations, comma-separated"),
        CLI_LONG("train-size", &train_size, 100, 60000,
                 "training images (the first ones of the set)"),
        CLI_LONG("test-size", &test_size, 100, 10000, "test images"),
        CLI_LONG("epochs", &c.epochs, 1, MTRAIN_EPOCHS_MAX, "epochs"),
        CLI_LONG("seeds", &c.seeds, 1, MTRAIN_SEEDS_MAX,
                 "seeds per activation"),
        CLI_LONG("hidden", &c.hidden, 1, FMNET_LAYERS_MAX - 1,
                 "hidden layers"),
        CLI_LONG("width", &c.width, 1, 4096, "units per hidden layer"),
        CLI_LONG("batch", &c.batch, 1, 1000, "examples per SGD step"),
        CLI_DOUBLE("lr", &c.lr, 1e-5, 10, "learning rate"),
        CLI_DOUBLE("target", &c.target, 10, 100, "test accuracy (%)"),
        CLI_TEXT_OR("data", &data, "DIR", IDX_DIR_SHOWN,
                    "folder of the four IDX files"),
        CLI_END
    };
    CLI_PARSE("12-modern-activations-train",
              "Claim M6: each activation trained on Fashion-MNIST.",
              OUTPUTS, opts, argc, argv);
    enum act_kind kind[ACTS_MAX];
    int nk = parse_acts(acts, kind);
    mat_set_threads(1); /* the same bits on every run (src/mat.h) */

    const char *where;
    const char *dir = idx_data_dir(data, &where);
    struct idx_set tr, te;
    idx_load_or_exit(dir, "train", 10, where, &tr);
    idx_load_or_exit(dir, "t10k", 10, where, &te);
    struct fmdata train, test;
    fmdata_from_idx(&train, &tr, train_size);
    fmdata_from_idx(&test, &te, test_size);
    idx_free(&tr);
    idx_free(&te);
    printf("Chapter 12, M6: %ld training images (the first), %ld test "
           "images,\n%ld hidden layers of %ld, %ld epochs, batch %ld, lr "
           "%g, %ld seeds, target %g %%\n\n", train.count, test.count,
           c.hidden, c.width, c.epochs, c.batch, c.lr, c.seeds, c.target);
    out_value("train_size", "%ld", train.count);
    out_value("test_size", "%ld", test.count);
    out_value("hidden", "%ld", c.hidden);
    out_value("width", "%ld", c.width);
    out_value("epochs", "%ld", c.epochs);
    out_value("seeds", "%ld", c.seeds);
    out_value("lr", "%g", c.lr);
    out_value("target", "%g", c.target);

    //> train-compare
    static struct mtrain_result r[ACTS_MAX];
    for (int k = 0; k < nk; k++) {
        mtrain_run(kind[k], &c, &train, &test, &r[k]);
    }
    //< train-compare
    int base = 0; /* the gaps are to ReLU if it ran, else to the first */
    for (int k = 0; k < nk; k++) {
        base = kind[k] == ACT_RELU ? k : base;
    }
    struct tsv *t = tsv_open("train.tsv",
                             "x act acc lo hi gap epochs reached");
    printf("activation    init   accuracy (%%)  lowest  highest  vs %s  "
           "epochs to %g %%\n", act_name(kind[base]), c.target);
    for (int k = 0; k < nk; k++) {
        const char *name = key_name(kind[k]);
        double gap = r[k].acc - r[base].acc;
        tsv_int(t, k);
        tsv_str(t, act_name(kind[k]));
        double row[] = { r[k].acc, r[k].lo, r[k].hi, gap, r[k].epochs,
                         (double)r[k].reached };
        for (size_t j = 0; j < sizeof row / sizeof row[0]; j++) {
            tsv_num(t, row[j]);
        }
        tsv_end(t);
        printf("%-12s %6s %11.2f %9.2f %8.2f %+7.2f %8g (%ld of %ld)\n",
               act_name(kind[k]), fmnet_init_names[mtrain_init(kind[k])],
               r[k].acc, r[k].lo, r[k].hi, gap, r[k].epochs, r[k].reached,
               c.seeds);
        out_value(OUT_KEY("acc_%s", name), "%.2f", r[k].acc);
        out_value(OUT_KEY("gap_%s", name), "%+.2f", gap);
        out_value(OUT_KEY("epochs_%s", name), "%g", r[k].epochs);
        out_value(OUT_KEY("reached_%s", name), "%ld", r[k].reached);
    }
    /* Are the differences larger than the seeds' own scatter? */
    double max_gap = 0, spread[ACTS_MAX];
    int far = base;
    for (int k = 0; k < nk; k++) {
        spread[k] = r[k].hi - r[k].lo;
        if (fabs(r[k].acc - r[base].acc) > max_gap) {
            max_gap = fabs(r[k].acc - r[base].acc);
            far = k;
        }
    }
    double mid_spread = bench_median(spread, (size_t)nk);
    printf("\nlargest difference of medians: %.2f points (%s)\nmedian "
           "range over the seeds: %.2f points\n", max_gap,
           act_name(kind[far]), mid_spread);
    out_value("max_gap", "%.2f", max_gap);
    out_value("max_gap_act", "%s", act_name(kind[far]));
    out_value("mid_spread", "%.2f", mid_spread);
    out_value("gap_vs_spread", "%s", max_gap < mid_spread ? "smaller than"
                                                          : "larger than");
    char cols[512] = "epoch";
    for (int k = 0; k < nk; k++) {
        snprintf(cols + strlen(cols), sizeof cols - strlen(cols), " acc_%s",
                 key_name(kind[k]));
    }
    struct tsv *cv = tsv_open("curves.tsv", cols);
    for (long e = 0; e <= c.epochs; e++) {
        tsv_int(cv, e);
        for (int k = 0; k < nk; k++) {
            tsv_num(cv, r[k].curve[e]);
        }
        tsv_end(cv);
    }
    out_finish();
    fmdata_free(&train);
    fmdata_free(&test);
    return 0;
}
