/*
 * 13-fashion-mnist - the article's argument on real images.
 *
 * Reproduces claims P1-P7 of chapter 13's ledger, on Fashion-MNIST
 * (Xiao et al. 2017): 28 x 28 grey images of ten kinds of clothing.
 *   P1  the data are read and checked (src/idx.c; its tests);
 *   P2  the products run through CBLAS, equal to the naive loop within
 *       the float bound; both are timed here (GFLOP/s, a measurement);
 *   P3  the linear ceiling: softmax regression and deep linear networks
 *       of depth 2, 4, 8 reach one accuracy, and a trained deep linear
 *       network is one linear map with the network's accuracy;
 *   P4  one hidden layer of sigmoid, tanh or ReLU units beats it;
 *   P5  in a deep sigmoid network the first layers learn slowest
 *       (Nielsen's four layers of 30), not so with ReLU and He;
 *   P6  ReLU reaches a target accuracy in fewer epochs;
 *   P7  at large learning rates ReLU units die; leaky ReLU keeps more.
 * The report's run uses a training subset (--train-size) and few epochs
 * and seeds, to fit its time budget; `make full-13` runs all 60,000.
 *
 * Run it:   build/bin/13-fashion-mnist
 *           build/bin/13-fashion-mnist --train-size 60000 --seeds 5
 *           build/bin/13-fashion-mnist --data ~/mnist --out DIR
 */
#include "act.h"
#include "bench.h"
#include "cli.h"
#include "fmexp.h"
#include "fmprobe.h"
#include "mat.h"
#include "out.h"

#include <stdio.h>

static const char OUTPUTS[] =
    "  linear.tsv        depth, lr, acc, lo, hi, collapsed_diff, agree:\n"
    "                    the linear models (depth 1: softmax regression),\n"
    "                    and how their multiplied-out map compares\n"
    "  act.tsv           act, acc, lo, hi, gap, epochs, seconds, reached:\n"
    "                    one hidden layer per activation, and P6's target\n"
    "  models.tsv        x, model, acc, lo, hi: every model, for a figure\n"
    "  curves.tsv        epoch, loss_M and acc_M per model M (lin1 lin2\n"
    "                    lin4 lin8 sigmoid tanh relu), median over seeds\n"
    "  grad.tsv          layer, sigmoid_init, sigmoid_end, relu_init,\n"
    "                    relu_end: ||dL/db|| per hidden layer (P5)\n"
    "  grad_epochs.tsv   epoch, sigmoid_1..4, relu_1..4, sigmoid_acc,\n"
    "                    relu_acc: the same per epoch, and the deep\n"
    "                    networks' test accuracy (%)\n"
    "  dead.tsv          lr, relu_pct, leaky_pct, relu_acc, leaky_acc (P7)\n"
    "  grid.tsv, grid_labels.tsv   x, y, v and x, y, text: the image grid\n"
    "  confusion.tsv     pred, true, pct, count: the best network's errors\n"
    "  values.tsv        key, value: the numbers the text quotes, such as\n"
    "                    acc_<model>, gap_<act>, grad_<act>_l<layer>,\n"
    "                    dead_<act>_<i>, dead_end_<act>_<i>, gflops_naive,\n"
    "                    gflops_blas\n";

int main(int argc, char **argv)
{
    struct fmexp_cfg c = {
        .train_size = 20000, .test_size = 10000, .epochs = 5, .seeds = 3,
        .net_seeds = 5, .width = 64, .batch = 32, .lr = 0.1, .target = 80,
        .timing = 1, .data = NULL,
    };
    int no_timing = 0;
    const char *replay = NULL;
    const struct cli_opt opts[] = {
        CLI_LONG("train-size", &c.train_size, 100, 60000,
                 "training images (the first ones of the set)"),
        CLI_LONG("test-size", &c.test_size, 100, 10000, "test images"),
        CLI_LONG("epochs", &c.epochs, 1, 200, "epochs of every run"),
        CLI_LONG("seeds", &c.seeds, 1, FMEXP_SEEDS_MAX,
                 "seeds per linear model (P3)"),
        CLI_LONG("net-seeds", &c.net_seeds, 1, FMEXP_SEEDS_MAX,
                 "seeds per one-hidden-layer network (P4, P6)"),
        CLI_LONG("width", &c.width, 1, 4096, "hidden width (P3, P4, P7)"),
        CLI_LONG("batch", &c.batch, 1, 4096, "examples per SGD step"),
        CLI_DOUBLE("lr", &c.lr, 1e-5, 10, "learning rate"),
        CLI_DOUBLE("target", &c.target, 10, 100,
                   "test accuracy (%) for P6"),
        CLI_TEXT_OR("data", &c.data, "DIR", IDX_DIR_SHOWN,
                    "folder of the four IDX files"),
        CLI_FLAG("no-timing", &no_timing,
                 "measure no time (the same bytes on every run)"),
        CLI_PATH("replay", &replay,
                 "show a finished run's folder (make full-13's) instead"),
        CLI_END
    };
    CLI_PARSE("13-fashion-mnist",
              "The article's argument on Fashion-MNIST: claims P2-P7 (P1: "
              "tests).",
              OUTPUTS, opts, argc, argv);
    c.timing = !no_timing;
    if (replay != NULL) {
        fmexp_replay(replay);
        out_finish();
        return 0;
    }
    mat_set_threads(1); /* the same bits on every run (src/mat.h) */

    struct fmexp e;
    fmexp_load(&e, &c);
    printf("Chapter 13: Fashion-MNIST\n%ld training images (the first "
           "of 60,000), %ld test images,\n%ld epochs, batch %ld, lr %g, "
           "%ld seeds per linear model, %ld per network\n\n",
           e.train.count, e.test.count, c.epochs, c.batch, c.lr, c.seeds,
           c.net_seeds);
    out_value("train_size", "%ld", e.train.count);
    out_value("test_size", "%ld", e.test.count);
    out_value("epochs", "%ld", c.epochs);
    out_value("seeds", "%ld", c.seeds);
    out_value("net_seeds", "%ld", c.net_seeds);
    out_value("width", "%ld", c.width);
    out_value("batch", "%ld", c.batch);
    out_value("lr", "%g", c.lr);

    fmexp_speed(&c);             /* P2 */
    fmexp_linear(&e, &c);        /* P3 */
    fmexp_nonlinear(&e, &c);     /* P4, P6 */
    fmexp_gradients(&e, &c);     /* P5 */
    fmexp_dead(&e, &c);          /* P7 */
    fmexp_pictures(&e);          /* the pictures of P3, P4 */
    fmexp_free(&e);
    out_finish();
    return 0;
}
