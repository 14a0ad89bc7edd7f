/*
 * 09-vanishing-gradients - how big the gradient is at every layer of a
 * deep network: why it vanishes, when it explodes, what that does to
 * training, and where floating point makes it exactly zero.
 *
 * Reproduces claims V1 and R2 of the claims ledger:
 *   V1  through a deep sigmoid (or tanh) stack the backpropagated gradient
 *       shrinks layer by layer; each sigmoid layer multiplies its norm by
 *       at most 1/4 times the spectral norm of the weights above it;
 *   R2  an active ReLU unit passes its gradient on unchanged (factor
 *       exactly 1), so with He initialisation the gradient keeps its size;
 * and builds the exploding case the article does not discuss.
 *
 * Run it:   build/bin/09-vanishing-gradients
 *           build/bin/09-vanishing-gradients --activation tanh --init xavier
 *               --depth 50 --width 128
 *           build/bin/09-vanishing-gradients --help
 * It runs the chapter's sections in order, one module each: the grid of
 * networks (layer_grid.c; --activation and --init choose its rows), the
 * width sweep (width_sweep.c), the exploding chain and its window
 * (chain.c), the training comparison (training.c) and the float zeros
 * (float_zeros.c). It prints a summary; with --out DIR it writes the
 * tables listed in OUTPUTS below, which plots/09-vanishing-gradients/
 * draws. About 2 s of work; beyond 1 s it reports its progress on stderr.
 */
#include "act.h"
#include "chain.h"
#include "cli.h"
#include "data2d.h"
#include "float_zeros.h"
#include "layer_grid.h"
#include "out.h"
#include "training.h"
#include "vanish.h"
#include "width_sweep.h"

#include <stdio.h>

static const char OUTPUTS[] =
    "  grad_norms.tsv    act, init, seed, layer (1 = nearest the input),\n"
    "                    grad = ||dL/dz||, wgrad = ||dL/dW||, bound and rms\n"
    "                    = the bound (sigmoid only, else nan) and RMS\n"
    "                    gain of the step from the layer above to this one\n"
    "  grad_summary.tsv  act, init, layer; median, lo, hi (over seeds) of\n"
    "                    ||dL/dz|| relative to the last hidden layer; the\n"
    "                    median products of bounds and of RMS gains\n"
    "  ratios.tsv        act, init; first-to-last ratio: median, lo, hi,\n"
    "                    spread = hi / lo, rms (predicted), bound, step\n"
    "                    (the per-layer factor)\n"
    "  sigmoid_bound.tsv init; for the sigmoid, the median ratio and bound,\n"
    "                    the median spectral norm sigma of the hidden\n"
    "                    layers' W, and the per-layer factor step\n"
    "  act_stats.tsv     act, init, layer; medians over seeds of mean, std,\n"
    "                    saturated, zero, float_lost (see vanish.h)\n"
    "  hist_linear.tsv   act, init, layer, a, fraction: histogram of the\n"
    "                    activations over [-1, 1] (sigmoid, tanh), seed 1\n"
    "  hist_log.tsv      act, init, layer, log10_a, fraction: the same of\n"
    "                    log10 a over the nonzero activations (others)\n"
    "  width_sweep.tsv   width; median, rms, step of the sigmoid's ratio\n"
    "                    with N(0,1) weights, and its law (n/36pi)^(1/4)\n"
    "  explode.tsv       depth; |dL/dz| at the first unit of the tuned\n"
    "                    chain: exact, offset_1..offset_3 (inputs off by\n"
    "                    the offsets in values.tsv)\n"
    "  chain_factors.tsv unit; the factor w s'(z) of each unit of the\n"
    "                    deepest chain: exact, offset_1..offset_3\n"
    "  window.tsv        w; window width: bisect, formula, asymptote\n"
    "  window_table.tsv  the same at a few w\n"
    "  train.tsv         epoch; loss_ACT, acc_ACT, first_ACT, last_ACT:\n"
    "                    loss, accuracy and ||dL/dW|| of the first and last\n"
    "                    hidden layer, for ACT = sigmoid, tanh, relu\n"
    "  train_layers.tsv  act, epoch, layer, wgrad: every layer's gradient\n"
    "  float_sat.tsv     function, precision, one_from (g rounds to 1, so\n"
    "                    its output-form derivative is 0), true_prime and\n"
    "                    zform (the library's form) there, underflow_from\n"
    "  values.tsv        key, value: the numbers the chapter's text quotes;\n"
    "                    families: ratio_<act>_<init> (also lo_, hi_, rms_,\n"
    "                    bound_, step_), <mean|std|sat|zero|lost>_<first|\n"
    "                    last>_<act>_<init>, sigma_<init>, sweep_<width>,\n"
    "                    sweep_step_<width>, sweep_relu_step_<width>,\n"
    "                    offset_<k>, alive_<k>,\n"
    "                    rest_<k>, window_<w>, train_<what>_<act>,\n"
    "                    one_from_<g>_<prec>, truth_at_one_<g>_<prec>,\n"
    "                    underflow_<g>_<prec>\n";

/* --activation and --init take "all" or one name: index 0 is "all". */
static const char *act_choices[ACT_KIND_COUNT + 2];
static const char *const init_choices[] = { "all", "small", "normal",
                                            "xavier", "he", NULL };

/* With "all", the grid runs the three activations the article compares. */
static const enum act_kind GRID_ACTS[] = { ACT_SIGMOID, ACT_TANH,
                                           ACT_RELU };
#define GRID_ACT_COUNT (sizeof GRID_ACTS / sizeof GRID_ACTS[0])

int main(int argc, char **argv)
{
    long depth = 20, width = 64, batch = 32, seeds = 5;
    long chain_depth = 30, train_depth = 10, train_width = 16;
    long train_points = 200, epochs = 100, train_seeds = 5;
    double w = 100, lr = 0.2;
    int act = 0, init = 0, data = DATA_ARTICLE;
    uint64_t seed = 1, train_seed = 1;

    act_choices[0] = "all";
    for (int k = 0; k < ACT_KIND_COUNT; k++)
        act_choices[k + 1] = act_names[k];
    const struct cli_opt opts[] = {
        CLI_LONG("depth", &depth, 2, 100,
                 "hidden layers of the grid's networks"),
        CLI_LONG("width", &width, 1, 512,
                 "units per hidden layer (and inputs)"),
        CLI_LONG("batch", &batch, 1, 1024, "inputs per network"),
        CLI_CHOICE("activation", &act, act_choices,
                   "activation (all: sigmoid, tanh, relu)"),
        CLI_CHOICE("init", &init, init_choices, "the grid's initialisation"),
        CLI_SEED("seed", &seed, "the first seed of the grid"),
        CLI_LONG("seeds", &seeds, 1, 50,
                 "networks per activation and initialisation"),
        CLI_DOUBLE("w", &w, 1e-3, 1e3, "weight of the exploding chain"),
        CLI_LONG("chain-depth", &chain_depth, 1, 60,
                 "units of the longest chain"),
        CLI_LONG("train-depth", &train_depth, 2, 50,
                 "hidden layers of the trained networks"),
        CLI_LONG("train-width", &train_width, 1, 128,
                 "units per hidden layer there"),
        CLI_CHOICE("data", &data, data_names, "the data set they learn"),
        CLI_LONG("points", &train_points, 4, 2000,
                 "points of that data set"),
        CLI_LONG("epochs", &epochs, 1, 20000, "epochs of full-batch descent"),
        CLI_DOUBLE("lr", &lr, 1e-4, 10, "learning rate"),
        CLI_SEED("train-seed", &train_seed,
                 "seed of the data and the trained weights"),
        CLI_LONG("train-seeds", &train_seeds, 1, 50,
                 "seeds of the sigmoid network's stall"),
        CLI_END,
    };
    CLI_PARSE("09-vanishing-gradients",
              "Gradient size layer by layer in deep networks: claims V1 and "
              "R2.",
              OUTPUTS, opts, argc, argv);

    // ---------------------------------------------- V1, R2: the grid
    // depth x width networks, one per activation, initialisation, seed.
    struct layer_grid g = {
        .nseeds = (size_t)seeds, .depth = (size_t)depth,
        .width = (size_t)width, .batch = (size_t)batch, .seed = seed,
    };
    if (act == 0) {
        for (size_t k = 0; k < GRID_ACT_COUNT; k++)
            g.acts[g.nact++] = GRID_ACTS[k];
    } else {
        g.acts[g.nact++] = (enum act_kind)(act - 1);
    }
    for (int k = 0; k < VANISH_INIT_COUNT; k++)
        if (init == 0 || init == k + 1) {
            g.inits[g.ninit++] = (enum vanish_init)k;
        }
    printf("Chapter 9: vanishing and exploding gradients\n\n");
    layer_grid_run(&g);
    layer_grid_show(&g);

    // ---------------------------------- V1: the width decides the sign
    width_sweep_show(g.depth, g.seed);
    putchar('\n');

    // ------------------------------------------- exploding gradients
    chain_show(w, (size_t)chain_depth);
    chain_show_window();
    putchar('\n');

    // ------------------------------------------------------ training
    struct training_opts to = {
        (size_t)train_depth, (size_t)train_width, (size_t)train_points,
        epochs, lr, data, train_seed, train_seeds,
    };
    training_show(&to);
    putchar('\n');

    // ---------------------------------------------- floating-point zeros
    float_zeros_show();
    out_finish();
    return 0;
}
