/*
 * 13-fashion-mnist-train - train one network of your choosing on
 * Fashion-MNIST (or MNIST) and watch its test accuracy per epoch.
 *
 * The chapter's program (13-fashion-mnist) runs the fixed experiments;
 * this one is for trying your own: the hidden widths, the activation,
 * the initialisation, the epochs, the batch, the learning rate, the seed
 * and the size of the training subset.
 *
 * Run it:   build/bin/13-fashion-mnist-train
 *           build/bin/13-fashion-mnist-train --hidden 128,64 --act tanh
 *           build/bin/13-fashion-mnist-train --hidden none --act identity
 *           build/bin/13-fashion-mnist-train --data ~/mnist --epochs 3
 * --hidden none (no hidden layer) is softmax regression.
 */
#include "act.h"
#include "alloc.h"
#include "cli.h"
#include "fmnet.h"
#include "fmtrain.h"
#include "idx.h"
#include "mat.h"
#include "out.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char OUTPUTS[] =
    "  curve.tsv   epoch, train_loss, test_loss, test_acc, seconds\n"
    "  values.tsv  key, value: final_acc, final_loss\n";

#define CLASSES 10
#define WIDTH_MAX 100000

/* "128,64" into widths; exits 2 with a message on anything else. */
static int parse_hidden(const char *s, long *width, int max)
{
    int k = 0;
    const char *p = s;
    while (*p != '\0') {
        char *end;
        errno = 0;
        long v = *p >= '0' && *p <= '9' ? strtol(p, &end, 10) : -1;
        if (v < 1 || v > WIDTH_MAX || errno != 0 || k == max ||
            (*end != ',' && *end != '\0') || (*end == ',' && end[1] == 0)) {
            fprintf(stderr, "%s: option --hidden: '%s' is not a list of "
                    "at most %d widths 1..%d such as 128,64\n",
                    cli_program_name(), s, max, WIDTH_MAX);
            exit(2);
        }
        width[k++] = v;
        p = *end == ',' ? end + 1 : end;
    }
    return k;
}

int main(int argc, char **argv)
{
    const char *hidden = "128", *data = NULL;
    int act = ACT_RELU, init = FMNET_INIT_AUTO;
    long epochs = 5, batch = 32, train_size = 10000;
    double lr = 0.1;
    uint64_t seed = 1;
    const struct cli_opt opts[] = {
        CLI_TEXT("hidden", &hidden, "WIDTHS",
                 "hidden widths, comma-separated (128,64), or none"),
        CLI_CHOICE("act", &act, act_names, "the hidden activation"),
        CLI_CHOICE("init", &init, fmnet_init_names,
                   "weights: auto is He for (leaky) ReLU, else Xavier"),
        CLI_LONG("epochs", &epochs, 1, 1000, "passes over the subset"),
        CLI_LONG("batch", &batch, 1, 60000, "examples per SGD step"),
        CLI_DOUBLE("lr", &lr, 1e-6, 100, "learning rate"),
        CLI_SEED("seed", &seed, "seed of the weights and the order"),
        CLI_LONG("train-size", &train_size, 1, 60000,
                 "training images used (the first ones)"),
        CLI_TEXT_OR("data", &data, "DIR", IDX_DIR_SHOWN,
                    "folder of the four IDX files"),
        CLI_END
    };
    /* CLI_TEXT refuses an empty text, so "--hidden none" means none. */
    CLI_PARSE("13-fashion-mnist-train",
              "Train one network of your choice on Fashion-MNIST.",
              OUTPUTS, opts, argc, argv);
    long width[FMNET_LAYERS_MAX + 1];
    int hidden_n = strcmp(hidden, "none") == 0
                       ? 0 : parse_hidden(hidden, width + 1,
                                          FMNET_LAYERS_MAX - 1);
    if (act == ACT_STEP) {
        fprintf(stderr, "%s: option --act: 'step' has gradient 0 wherever "
                "it has one: gradient descent cannot train it\n",
                cli_program_name());
        exit(2);
    }
    mat_set_threads(1); /* the same bits on every run (src/mat.h) */

    const char *where;
    const char *dir = idx_data_dir(data, &where);
    struct idx_set tr, te;
    idx_load_or_exit(dir, "train", CLASSES, where, &tr);
    idx_load_or_exit(dir, "t10k", CLASSES, where, &te);
    struct fmdata train, test;
    fmdata_from_idx(&train, &tr, train_size);
    fmdata_from_idx(&test, &te, te.count);
    idx_free(&tr);
    idx_free(&te);

    width[0] = train.dim;
    width[hidden_n + 1] = CLASSES;
    struct rng r;
    rng_seed(&r, seed);
    struct fmnet n;
    fmnet_init(&n, hidden_n + 1, width, (enum act_kind)act,
               (enum fmnet_init)init, batch > 1000 ? batch : 1000, &r);
    printf("%ld training images (the first), %ld test images, %s\n"
           "network %ld", train.count, test.count, dir, width[0]);
    for (int l = 1; l <= hidden_n + 1; l++) {
        printf("-%ld", width[l]);
    }
    printf(", %s, %s init, batch %ld, lr %g, seed %llu\n\n",
           act_name((enum act_kind)act), fmnet_init_names[init], batch, lr,
           (unsigned long long)seed);

    struct fmtrain_epoch *h = alloc_array((size_t)epochs + 1, sizeof *h);
    struct fmtrain_opts o = { epochs, batch, lr, seed };
    int diverged = fmtrain_run(&n, &train, &test, &o, h);
    struct tsv *t = tsv_open("curve.tsv",
                             "epoch train_loss test_loss test_acc seconds");
    printf("epoch  train loss  test loss  test accuracy  seconds\n");
    for (long e = 0; e <= epochs; e++) {
        TSV_ROW(t, e, h[e].train_loss, h[e].test_loss, h[e].test_acc,
                h[e].seconds);
        printf("%5ld  %10.4f  %9.4f  %12.2f%%  %7.2f\n", e, h[e].train_loss,
               h[e].test_loss, 100 * h[e].test_acc, h[e].seconds);
    }
    if (diverged) {
        printf("\nthe loss diverged: try a smaller --lr\n");
    }
    out_value("final_acc", "%.2f", 100 * h[epochs].test_acc);
    out_value("final_loss", "%.4f", h[epochs].test_loss);
    out_finish();
    free(h);
    fmnet_free(&n);
    fmdata_free(&train);
    fmdata_free(&test);
    return 0;
}
