/*
 * 10-relu - ReLU: its values, its cost, its dead units, how fast it
 * trains.
 *
 * Reproduces claims R1, R3 and R4 of the claims ledger:
 *   R1  relu(z) = max(0, z), relu'(z) = 1 for z > 0 and 0 for z < 0; at
 *       z = 0 the course takes relu'(0) = 0, and a NaN stays NaN;
 *   R3  ReLU is much faster to compute than sigmoid and tanh: the
 *       accuracy of every timed kernel here; the timings themselves come
 *       from the benchmark build/bin/10-relu-bench (--bench-dir), and a
 *       recorded GPU measurement (--gpu-data) gives the contrast; and the
 *       other meaning of "faster", the epochs sigmoid, tanh and ReLU
 *       networks of one shape need to reach a training loss;
 *   R4  for z < 0 the gradient is 0, so units can die: the fraction of
 *       dead units after training at several learning rates, ReLU and
 *       leaky ReLU, and the gradient that reaches them.
 *
 * Run it:   build/bin/10-relu
 *           build/bin/10-relu --seeds 9 --width 16
 *           build/bin/10-relu --bench-dir build/bench/quick --out DIR
 * It prints a summary; with --out DIR it writes the tables in OUTPUTS.
 * Without --bench-dir the benchmark's tables are written as labelled
 * placeholders ("not measured"), so the figures still draw.
 */
#include "act.h"
#include "bench.h"
#include "benchout.h"
#include "cli.h"
#include "data2d.h"
#include "dead.h"
#include "epochs.h"
#include "kernels.h"
#include "out.h"
#include "vecact.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char OUTPUTS[] =
    "  function.tsv    z, relu, relu_prime, leaky, leaky_prime\n"
    "  convention.tsv  z, relu_prime, leaky_prime: the derivatives at 0\n"
    "  relu_values.tsv input, relu, relu_prime: special inputs, as text\n"
    "  accuracy.tsv    function, variant, pass, max_ulp, at: each kernel\n"
    "                  against double, every --ulp-stride-th float\n"
    "  gpu.tsv         op, n, ns_per_elem, gb_per_s: the recorded GPU run\n"
    "  dead.tsv        lr, then for relu and leaky: _pct, _lo, _hi: the\n"
    "                  median and range of the percentage of dead hidden\n"
    "                  units; _diverged: runs whose loss became NaN\n"
    "  epochs.tsv      activation, lr, median, lo, hi, reached: epochs to\n"
    "                  the target loss over the seeds\n"
    "  best.tsv        activation, lr, median, lo, hi, ratio_to_relu: at\n"
    "                  each activation's fastest learning rate\n"
    "  curves.tsv      epoch, sigmoid, tanh, relu: the training loss at\n"
    "                  that learning rate, a block of rows per seed\n"
    "  target.tsv      epoch, loss: the target loss, as a line\n"
    "  forward.tsv, backward.tsv, ratios_*.tsv, layer.tsv, note.tsv\n"
    "                  the benchmark's tables (see 10-relu-bench --help)\n"
    "  values.tsv      key, value: the numbers the chapter's text quotes\n";

#define SEEDS_MAX 64

/* The learning rates of the two experiments, a factor of about 3 apart:
 * from rates at which every network trains smoothly to rates at which
 * some stop learning or diverge. */
static const double SPEED_LR[] = { 1, 3, 10 };
#define SPEED_LR_COUNT (sizeof SPEED_LR / sizeof SPEED_LR[0])
_Static_assert(SPEED_LR_COUNT == 3, "the text lists three rates");
static const double DEAD_LR[] = { 0.3, 1, 3, 10, 30 };
#define DEAD_LR_COUNT (sizeof DEAD_LR / sizeof DEAD_LR[0])

/* The activations compared for training speed, in the tables' order. */
static const enum act_kind SPEED_ACT[] = { ACT_SIGMOID, ACT_TANH,
                                           ACT_RELU };
#define SPEED_ACT_COUNT 3

/* ------------------------------------------------------------------ */
/* R1: the function                                                   */
/* ------------------------------------------------------------------ */

#define PLOT_ZMAX 2.0 /* the figure's range, [-2, 2] */

/* An exact value as the table prints it: signed zeros and infinities
 * spelt out, since they are the point. */
static void exact_text(double v, char *buf, size_t len)
{
    if (isnan(v)) {
        snprintf(buf, len, "NaN");
    } else if (isinf(v)) {
        snprintf(buf, len, v > 0 ? "$+\\infty$" : "$-\\infty$");
    } else if (v == 0) {
        snprintf(buf, len, signbit(v) ? "$-0$" : "$+0$");
    } else {
        snprintf(buf, len, "%.17g", v);
    }
}

/* The same for the terminal. */
static const char *plain(double v, char *buf, size_t len)
{
    if (v == 0 || isinf(v)) {
        snprintf(buf, len, "%s%s", signbit(v) ? "-" : "+",
                 v == 0 ? "0" : "inf");
    } else {
        snprintf(buf, len, "%.3g", v); /* NaN prints as nan */
    }
    return buf;
}

static void show_function(long points)
{
    struct tsv *t = tsv_open("function.tsv",
                             "z relu relu_prime leaky leaky_prime");
    for (long i = 0; i < points; i++) {
        double z = -PLOT_ZMAX +
                   2 * PLOT_ZMAX * (double)i / (double)(points - 1);
        tsv_row(t, 5, z, act_relu(z), act_relu_prime(z),
                act_eval(ACT_LEAKY_RELU, z),
                act_eval_prime(ACT_LEAKY_RELU, z));
    }
    /* The value the derivative takes at 0, the point the figure marks. */
    struct tsv *c = tsv_open("convention.tsv", "z relu_prime leaky_prime");
    tsv_row(c, 3, 0.0, act_relu_prime(0.0),
            act_eval_prime(ACT_LEAKY_RELU, 0.0));
    const double special[] = { -INFINITY, -1, -DBL_TRUE_MIN, -0.0, 0.0,
                               DBL_TRUE_MIN, 1, INFINITY, NAN };
    struct tsv *v = tsv_open("relu_values.tsv", "input relu relu_prime");
    printf("R1  %-14s %-14s %s\n", "z", "relu(z)", "relu'(z)");
    for (size_t i = 0; i < sizeof special / sizeof special[0]; i++) {
        double z = special[i];
        char a[64], b[64], c[64];
        exact_text(z, a, sizeof a);
        exact_text(act_relu(z), b, sizeof b);
        exact_text(act_relu_prime(z), c, sizeof c);
        tsv_str(v, a);
        tsv_str(v, b);
        tsv_str(v, c);
        tsv_end(v);
        printf("    %-14s %-14s %s\n", plain(z, a, sizeof a),
               plain(act_relu(z), b, sizeof b),
               plain(act_relu_prime(z), c, sizeof c));
    }
    out_value("leaky_slope", "%g", ACT_LEAKY_SLOPE);
}

/* ------------------------------------------------------------------ */
/* R3: accuracy of the timed kernels                                  */
/* ------------------------------------------------------------------ */

static void show_accuracy(long stride)
{
    struct tsv *t = tsv_open("accuracy.tsv",
                             "function variant pass max_ulp at");
    printf("\nR3  largest error in ulp against double, one float in %ld:\n"
           "    %-24s %8s %8s\n", stride, "", "scalar", "vec");
    /* Our exponentials, over every x <= 0 with the same stride. */
    struct kernels_worst e = kernels_scan_scalar(
        vecact_exp_negf, exp, KERNELS_NEGATIVE, (uint32_t)stride);
    struct kernels_worst m = kernels_scan_scalar(
        vecact_expm1_negf, expm1, KERNELS_NEGATIVE, (uint32_t)stride);
    const struct {
        const char *name;
        struct kernels_worst w;
    } own[] = { { "exp", e }, { "expm1", m } };
    for (size_t i = 0; i < 2; i++) {
        tsv_str(t, own[i].name);
        tsv_str(t, "vec");
        tsv_str(t, "--");
        tsv_num(t, own[i].w.ulps);
        tsv_num(t, own[i].w.input);
        tsv_end(t);
        printf("    %-24s %8s %8.2f\n", own[i].name, "-", own[i].w.ulps);
        char key[32];
        snprintf(key, sizeof key, "ulp_%s", own[i].name);
        out_value(key, "%.2f", own[i].w.ulps);
    }
    double scalar_ulps = NAN; /* of the row being printed */
    for (size_t i = 0; i < kernels_count; i++) {
        const struct kernels_entry *k = &kernels[i];
        /* The AVX2 build returns the vec build's bits (tested). */
        if (k->ref == NULL || strcmp(k->variant, "avx2") == 0) {
            continue;
        }
        bench_progress("accuracy: %s", k->name);
        struct kernels_worst w = kernels_scan(k, (uint32_t)stride);
        const char *pass = k->pass == KERNELS_FORWARD ? "forward"
                                                      : "backward";
        tsv_str(t, k->function);
        tsv_str(t, k->from_output ? "vec, from $y$" : k->variant);
        tsv_str(t, pass);
        tsv_num(t, w.ulps);
        tsv_num(t, w.input);
        tsv_end(t);
        char key[64];
        snprintf(key, sizeof key, "ulp_%c_%s", pass[0], k->name);
        out_value(key, "%.2f", w.ulps);
        /* One line per function and pass: the scalar build, then vec. */
        if (strcmp(k->variant, "scalar") == 0) {
            scalar_ulps = w.ulps;
            continue;
        }
        char row[64];
        snprintf(row, sizeof row, "%s %s%s", k->function, pass,
                 k->from_output ? ", from y" : "");
        printf("    %-24s ", row);
        if (isnan(scalar_ulps)) {
            printf("%8s", "-");
        } else {
            printf("%8.2f", scalar_ulps);
        }
        printf(" %8.2f\n", w.ulps);
        scalar_ulps = NAN;
    }
    bench_progress(NULL);
    out_value("ulp_stride", "%ld", stride);
    out_value("bound_exp", "%g", KERNELS_ULP_EXP);
    out_value("bound_forward", "%g", KERNELS_ULP_FORWARD);
    out_value("bound_from_z", "%g", KERNELS_ULP_FROM_Z);
    out_value("bound_from_y", "%g", KERNELS_ULP_FROM_Y);
    out_value("ulp_samples", "%.3g", 4294967296.0 / (double)stride);
}

/* ------------------------------------------------------------------ */
/* R3: the benchmark's tables, and the GPU's                          */
/* ------------------------------------------------------------------ */

/* A table read into memory before any work, so that a bad file stops the
 * program at once, as a bad option value does: the header's cells, then
 * `rows` rows of `columns` cells each. */
struct table {
    char *text;   /* the file, its tabs and newlines replaced by '\0' */
    char **cell;  /* (rows + 1) x columns: the header, then the rows */
    size_t rows;
    int columns;
};

static void fail_file(const char *option, const char *path, const char *why)
{
    fprintf(stderr, "10-relu: option --%s: %s: %s\n", option, path, why);
    exit(2);
}

/* Read the TSV file `path` (given by --option); lines that start with
 * '#' are comments. Every row must have the header's number of cells. */
static struct table read_table(const char *option, const char *path)
{
    struct table t = { 0 };
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        fail_file(option, path, "cannot read it");
    }
    size_t len = 0, cap = 0, ncells = 0, cells_cap = 0;
    int ch;
    while ((ch = getc(f)) != EOF) {
        if (len + 2 > cap) {
            cap = cap ? 2 * cap : 4096;
            t.text = realloc(t.text, cap);
            if (t.text == NULL) {
                fail_file(option, path, "out of memory");
            }
        }
        t.text[len++] = (char)ch;
    }
    fclose(f);
    if (len == 0) {
        fail_file(option, path, "the file is empty");
    }
    t.text[len] = '\0';
    for (char *line = t.text; line != NULL && *line != '\0';) {
        char *next = strchr(line, '\n');
        if (next != NULL) {
            *next++ = '\0';
        }
        if (line[0] != '#' && line[0] != '\0') {
            int n = 0;
            for (char *c = line;; n++) {
                if (ncells + 1 > cells_cap) {
                    cells_cap = cells_cap ? 2 * cells_cap : 256;
                    t.cell = realloc(t.cell, cells_cap * sizeof *t.cell);
                    if (t.cell == NULL) {
                        fail_file(option, path, "out of memory");
                    }
                }
                t.cell[ncells++] = c;
                char *tab = strchr(c, '\t');
                if (tab == NULL) {
                    break;
                }
                *tab = '\0';
                c = tab + 1;
            }
            n++;
            if (t.columns == 0) {
                t.columns = n;
            } else if (n != t.columns) {
                fail_file(option, path, "a row's cells do not match the "
                          "header's");
            } else {
                t.rows++;
            }
        }
        line = next;
    }
    if (t.columns == 0) {
        fail_file(option, path, "no header");
    }
    return t;
}

/* Cell c of row r (0 is the header). */
static const char *cell_at(const struct table *t, size_t r, int c)
{
    return t->cell[r * (size_t)t->columns + (size_t)c];
}

static void free_table(struct table *t)
{
    free(t->text);
    free(t->cell);
    *t = (struct table){ 0 };
}

/* The benchmark's files, read from --bench-dir before any work. */
struct bench_files {
    struct table table[BENCHOUT_TABLE_MAX];
    struct table values;
    int present;
};

static void read_bench(const char *dir, struct bench_files *b)
{
    b->present = dir != NULL;
    for (int i = 0; dir != NULL && benchout_tables[i] != NULL; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, benchout_tables[i]);
        b->table[i] = read_table("bench-dir", path);
    }
    if (dir != NULL) {
        char path[4096];
        snprintf(path, sizeof path, "%s/values.tsv", dir);
        b->values = read_table("bench-dir", path);
        if (b->values.columns != 2) {
            fail_file("bench-dir", path, "not a table of keys and values");
        }
    }
}

/* The benchmark's tables, cell for cell, and its values, key by key; or
 * without a benchmark, the placeholders. */
static void show_bench(struct bench_files *b)
{
    if (!b->present) {
        benchout_write(NULL);
        printf("\nR3  timings: not measured in this run (see --bench-dir "
               "and make bench)\n");
        return;
    }
    for (int i = 0; benchout_tables[i] != NULL; i++) {
        struct table *t = &b->table[i];
        char header[4096] = "";
        for (int c = 0; c < t->columns; c++) {
            size_t used = strlen(header);
            snprintf(header + used, sizeof header - used, "%s%s",
                     c ? " " : "", cell_at(t, 0, c));
        }
        struct tsv *out = tsv_open(benchout_tables[i], header);
        for (size_t r = 1; r <= t->rows; r++) {
            for (int c = 0; c < t->columns; c++)
                tsv_str(out, cell_at(t, r, c));
            tsv_end(out);
        }
        free_table(t);
    }
    for (size_t r = 1; r <= b->values.rows; r++)
        out_value(cell_at(&b->values, r, 0), "%s",
                  cell_at(&b->values, r, 1));
    free_table(&b->values);
    printf("\nR3  timings: copied from the benchmark's results\n");
}

/* The recorded GPU measurement: op, n, median_us, ns_per_elem, GB_per_s.
 * The text quotes the largest n, where the device's caches matter least;
 * check_gpu() makes sure each op has a row there. */
static const char *const GPU_OPS[] = { "copy", "relu", "sigmoid", "tanh" };
#define GPU_OP_COUNT 4
#define GPU_COLUMNS 5

struct gpu_point {
    double n, ns, gbs;
};

/* The rows of op at the largest n, into p[]; -1 if a row is missing. */
static int gpu_largest(const struct table *t, struct gpu_point p[])
{
    for (int i = 0; i < GPU_OP_COUNT; i++)
        p[i] = (struct gpu_point){ 0, NAN, NAN };
    for (size_t r = 1; r <= t->rows; r++)
        for (int i = 0; i < GPU_OP_COUNT; i++) {
            double n = atof(cell_at(t, r, 1));
            if (strcmp(cell_at(t, r, 0), GPU_OPS[i]) == 0 && n >= p[i].n) {
                p[i] = (struct gpu_point){ n, atof(cell_at(t, r, 3)),
                                           atof(cell_at(t, r, 4)) };
            }
        }
    for (int i = 0; i < GPU_OP_COUNT; i++)
        if (p[i].n == 0 || p[i].n != p[0].n || !(p[i].ns > 0)) {
            return -1;
        }
    return 0;
}

static void check_gpu(const struct table *t, const char *path)
{
    struct gpu_point p[GPU_OP_COUNT];
    if (t->columns != GPU_COLUMNS || gpu_largest(t, p) != 0) {
        fail_file("gpu-data", path, "not op, n, median_us, ns_per_elem, "
                  "GB_per_s with copy, relu, sigmoid and tanh at one size");
    }
}

static void show_gpu(const struct table *t)
{
    struct tsv *out = tsv_open("gpu.tsv", "op n ns_per_elem gb_per_s");
    for (size_t r = 1; r <= t->rows; r++) {
        tsv_str(out, cell_at(t, r, 0));
        tsv_num(out, atof(cell_at(t, r, 1)));
        tsv_num(out, atof(cell_at(t, r, 3)));
        tsv_num(out, atof(cell_at(t, r, 4)));
        tsv_end(out);
    }
    struct gpu_point p[GPU_OP_COUNT];
    gpu_largest(t, p);
    for (int i = 0; i < GPU_OP_COUNT; i++) {
        char key[64];
        snprintf(key, sizeof key, "gpu_%s_gbs", GPU_OPS[i]);
        out_value(key, "%.0f", p[i].gbs);
    }
    printf("\nR3  recorded on a GPU, %.0f Mi elements: copy %.0f, "
           "ReLU %.0f,\n    sigmoid %.0f, tanh %.0f GB/s\n",
           p[0].n / 1048576, p[0].gbs, p[1].gbs, p[2].gbs, p[3].gbs);
    out_value("gpu_n_mi", "%.0f", p[0].n / 1048576);
    out_value("gpu_sigmoid_x", "%.2f", p[2].ns / p[1].ns);
    out_value("gpu_tanh_x", "%.2f", p[3].ns / p[1].ns);
    out_value("gpu_relu_copy_pct", "%.0f", 100 * p[0].ns / p[1].ns);
}

/* ------------------------------------------------------------------ */
/* R4: dead units                                                     */
/* ------------------------------------------------------------------ */

/* Median, smallest and largest of x[0..n-1] (sorted in place); NaN for
 * all three when n is 0. */
static void summarise(double *x, size_t n, double out[3])
{
    if (n == 0) {
        out[0] = out[1] = out[2] = NAN;
        return;
    }
    out[0] = bench_median(x, n); /* sorts x */
    out[1] = x[0];
    out[2] = x[n - 1];
}

/* A learning rate as part of a key, which has no '.': 0.3 -> "0p3". */
static void lr_key(double lr, char *buf, size_t len)
{
    snprintf(buf, len, "%g", lr);
    for (char *p = buf; *p; p++)
        if (*p == '.') {
            *p = 'p';
        }
}

static void show_dead(const struct dataset *d, size_t width, long epochs,
                      uint64_t seed, long seeds)
{
    static const enum act_kind acts[] = { ACT_RELU, ACT_LEAKY_RELU };
    static const char *const names[] = { "relu", "leaky" };
    struct dead_config cfg = { width, epochs };
    struct tsv *t = tsv_open("dead.tsv", "lr relu_pct relu_lo relu_hi "
                             "relu_diverged leaky_pct leaky_lo leaky_hi "
                             "leaky_diverged");
    printf("\nR4  dead hidden units (%%) after %ld epochs, median [range] "
           "of %ld seeds:\n    %-6s %-18s %s\n", epochs, seeds, "lr", "ReLU",
           "leaky ReLU");
    double most[2] = { 0, 0 };
    for (size_t i = 0; i < DEAD_LR_COUNT; i++) {
        bench_progress("dead units: lr %g", DEAD_LR[i]);
        tsv_num(t, DEAD_LR[i]);
        printf("    %-6g", DEAD_LR[i]);
        for (int a = 0; a < 2; a++) {
            double frac[SEEDS_MAX], s[3];
            size_t ok = 0;
            long diverged = 0;
            for (long k = 0; k < seeds; k++) {
                struct dead_run r = dead_train(acts[a], DEAD_LR[i],
                                               seed + (uint64_t)k, d, &cfg);
                if (r.diverged) {
                    diverged++;
                } else {
                    frac[ok++] = r.fraction;
                }
            }
            summarise(frac, ok, s);
            for (int j = 0; j < 3; j++)
                tsv_num(t, 100 * s[j]);
            tsv_int(t, diverged);
            char cell[64];
            if (ok > 0) {
                snprintf(cell, sizeof cell, "%3.0f [%2.0f, %3.0f]",
                         100 * s[0], 100 * s[1], 100 * s[2]);
            } else {
                snprintf(cell, sizeof cell, "  -");
            }
            if (diverged > 0) {
                snprintf(cell + strlen(cell), sizeof cell - strlen(cell),
                         " %ld diverged", diverged);
            }
            printf(a == 0 ? " %-18s" : " %s", cell); /* no trailing blanks */
            char key[64], lr[32];
            lr_key(DEAD_LR[i], lr, sizeof lr);
            snprintf(key, sizeof key, "dead_%s_%s", names[a], lr);
            if (ok > 0) {
                out_value(key, "%.0f", 100 * s[0]);
            } else {
                out_value(key, "--"); /* every run diverged */
            }
            snprintf(key, sizeof key, "diverged_%s_%s", names[a], lr);
            out_value(key, "%ld", diverged);
            most[a] = ok ? fmax(most[a], s[0]) : most[a];
        }
        tsv_end(t);
        putchar('\n');
    }
    bench_progress(NULL);
    out_value("dead_epochs", "%ld", epochs);
    out_value("dead_lr_min", "%g", DEAD_LR[0]);
    out_value("dead_lr_max", "%g", DEAD_LR[DEAD_LR_COUNT - 1]);
    out_value("dead_units", "%zu", 2 * width);
    out_value("dead_most_relu", "%.0f", 100 * most[0]);
}

/* The gradient into dead units, after one run at a rate that kills
 * some units but does not make the leaky network diverge. */
#define GRAD_LR 3.0
static void show_dead_gradient(const struct dataset *d, size_t width,
                               long epochs, uint64_t seed)
{
    const double lr = GRAD_LR;
    const size_t sizes[] = { 2, width, width, 1 };
    printf("    the gradient after one run at lr %g:\n", lr);
    for (int a = 0; a < 2; a++) {
        enum act_kind act = a ? ACT_LEAKY_RELU : ACT_RELU;
        struct mlp *m = mlp_alloc(sizes, 4, act, d->n);
        if (m == NULL) {
            fprintf(stderr, "10-relu: out of memory\n");
            exit(1);
        }
        struct rng r;
        rng_seed(&r, seed);
        mlp_init(m, INIT_HE, &r);
        struct train_config tc = { lr, epochs, 0, seed, LOSS_BCE };
        mlp_train(m, d->x, d->y, d->n, &tc, NULL, NULL);
        struct dead_gradient g = dead_gradient(m, d->x, d->y, d->n);
        printf("    %-10s largest into its %zu dead units %.3g, live %.3g\n",
               act_name(act), g.dead, g.dead_max, g.live_max);
        char key[64];
        snprintf(key, sizeof key, "grad_dead_%s", a ? "leaky" : "relu");
        out_value(key, "%.2g", g.dead_max);
        snprintf(key, sizeof key, "grad_live_%s", a ? "leaky" : "relu");
        out_value(key, "%.2g", g.live_max);
        snprintf(key, sizeof key, "n_dead_%s", a ? "leaky" : "relu");
        out_value(key, "%zu", g.dead);
        mlp_free(m);
    }
    out_value("grad_lr", "%g", lr);
}

/* ------------------------------------------------------------------ */
/* training speed                                                     */
/* ------------------------------------------------------------------ */

static void show_speed(const struct dataset *d,
                       const struct epochs_config *cfg, uint64_t seed,
                       long seeds)
{
    struct tsv *t = tsv_open("epochs.tsv",
                             "activation lr median lo hi reached");
    struct tsv *best = tsv_open("best.tsv",
                                "activation lr median lo hi ratio_to_relu");
    size_t len = (size_t)cfg->max_epochs;
    double *curves = malloc(SPEED_ACT_COUNT * (size_t)seeds * len *
                            sizeof *curves);
    double *trial = malloc((size_t)seeds * len * sizeof *trial);
    if (curves == NULL || trial == NULL) {
        fprintf(stderr, "10-relu: out of memory\n");
        exit(1);
    }
    double best_s[SPEED_ACT_COUNT][3], best_lr[SPEED_ACT_COUNT];
    printf("\nR3  epochs to a training loss of %g, median [range] of %ld "
           "seeds\n    (- = not within %ld):\n    %-8s", cfg->target, seeds,
           cfg->max_epochs, "");
    for (size_t i = 0; i < SPEED_LR_COUNT; i++) {
        char head[32];
        snprintf(head, sizeof head, "lr %g", SPEED_LR[i]);
        printf(i + 1 < SPEED_LR_COUNT ? " %-16s" : " %s", head);
    }
    putchar('\n');
    for (int a = 0; a < SPEED_ACT_COUNT; a++) {
        enum act_kind act = SPEED_ACT[a];
        best_s[a][0] = INFINITY;
        best_lr[a] = NAN;
        printf("    %-8s", act_name(act));
        for (size_t i = 0; i < SPEED_LR_COUNT; i++) {
            bench_progress("training speed: %s lr %g", act_name(act),
                           SPEED_LR[i]);
            double ep[SEEDS_MAX], s[3];
            long reached = 0;
            for (long k = 0; k < seeds; k++) {
                long e = epochs_to_loss(act, SPEED_LR[i], seed + (uint64_t)k,
                                        d, cfg, trial + (size_t)k * len);
                /* A run that never got there counts as slower than any
                 * that did, which is what the median needs. */
                ep[k] = e < 0 ? INFINITY : (double)e;
                reached += e >= 0;
            }
            summarise(ep, (size_t)seeds, s);
            tsv_str(t, act_name(act));
            tsv_num(t, SPEED_LR[i]);
            tsv_num(t, s[0]);
            tsv_num(t, s[1]);
            tsv_num(t, s[2]);
            tsv_int(t, reached);
            tsv_end(t);
            char cell[3][16], text[64];
            for (int j = 0; j < 3; j++)
                if (isfinite(s[j])) {
                    snprintf(cell[j], sizeof cell[j], "%.0f", s[j]);
                } else {
                    snprintf(cell[j], sizeof cell[j], "-");
                }
            snprintf(text, sizeof text, "%4s [%s, %s]", cell[0], cell[1],
                     cell[2]);
            printf(i + 1 < SPEED_LR_COUNT ? " %-16s" : " %s", text);
            if (s[0] < best_s[a][0]) {
                memcpy(best_s[a], s, sizeof s);
                best_lr[a] = SPEED_LR[i];
                memcpy(curves + (size_t)a * (size_t)seeds * len, trial,
                       (size_t)seeds * len * sizeof *trial);
            }
        }
        putchar('\n');
    }
    bench_progress(NULL);

    static const char *const key_names[] = { "sigmoid", "tanh", "relu" };
    double relu = best_s[SPEED_ACT_COUNT - 1][0];
    for (int a = 0; a < SPEED_ACT_COUNT; a++) {
        tsv_str(best, act_name(SPEED_ACT[a]));
        tsv_num(best, best_lr[a]);
        tsv_num(best, best_s[a][0]);
        tsv_num(best, best_s[a][1]);
        tsv_num(best, best_s[a][2]);
        tsv_num(best, best_s[a][0] / relu);
        tsv_end(best);
        char key[64];
        snprintf(key, sizeof key, "epochs_%s", key_names[a]);
        out_value(key, "%.0f", best_s[a][0]);
        snprintf(key, sizeof key, "lr_%s", key_names[a]);
        out_value(key, "%g", best_lr[a]);
        snprintf(key, sizeof key, "speedup_%s", key_names[a]);
        out_value(key, "%.1f", best_s[a][0] / relu);
    }

    /* The curves at each activation's best rate: a block of rows per
     * seed, so that gnuplot draws each seed as a line of its own. */
    struct tsv *c = tsv_open("curves.tsv", "epoch sigmoid tanh relu");
    for (long k = 0; k < seeds; k++) {
        for (size_t e = 0; e < len; e++) {
            tsv_int(c, (long long)e + 1);
            for (size_t a = 0; a < SPEED_ACT_COUNT; a++)
                tsv_num(c, curves[(a * (size_t)seeds + (size_t)k) * len + e]);
            tsv_end(c);
        }
        tsv_blank(c);
    }
    struct tsv *g = tsv_open("target.tsv", "epoch loss");
    tsv_row(g, 2, 1.0, cfg->target);
    tsv_row(g, 2, (double)cfg->max_epochs, cfg->target);
    out_value("speed_lrs", "%g, %g and %g", SPEED_LR[0], SPEED_LR[1],
              SPEED_LR[2]);
    out_value("target_loss", "%g", cfg->target);
    out_value("max_epochs", "%ld", cfg->max_epochs);
    out_value("seeds", "%ld", seeds);
    out_value("width", "%zu", cfg->width);
    free(curves);
    free(trial);
}

int main(int argc, char **argv)
{
    long points = 100, seeds = 5, width = 8, max_epochs = 500;
    long dead_epochs = 100, plot_points = 401, ulp_stride = 4093;
    double target = 0.05;
    uint64_t seed = 1, data_seed = 1;
    const char *bench_dir = NULL;
    const char *gpu_data =
        "chapters/10-relu/data/gpu-activations-h200-pytorch.tsv";
    const struct cli_opt opts[] = {
        { "points", CLI_LONG, &points, "points of the article's data set",
          8, 100000, NULL },
        { "data-seed", CLI_SEED, &data_seed, "seed of the data set", 0, 0,
          NULL },
        { "seed", CLI_SEED, &seed, "first seed of the networks", 0, 0,
          NULL },
        { "seeds", CLI_LONG, &seeds, "networks per setting", 1, SEEDS_MAX,
          NULL },
        { "width", CLI_LONG, &width, "hidden units per layer", 1, 1024,
          NULL },
        { "target", CLI_DOUBLE, &target, "training loss to reach", 1e-6,
          0.69, NULL },
        { "max-epochs", CLI_LONG, &max_epochs, "give up after this many",
          1, 1e6, NULL },
        { "dead-epochs", CLI_LONG, &dead_epochs,
          "epochs before counting dead units", 1, 1e6, NULL },
        { "plot-points", CLI_LONG, &plot_points, "grid points of the plot",
          2, 1e6, NULL },
        { "ulp-stride", CLI_LONG, &ulp_stride,
          "check every N-th float's accuracy, 1 = all", 1, 4294967295.0,
          NULL },
        { "bench-dir", CLI_PATH, &bench_dir,
          "copy the timings from this 10-relu-bench --out directory", 0, 0,
          NULL },
        { "gpu-data", CLI_PATH, &gpu_data, "the recorded GPU measurement",
          0, 0, NULL },
        { NULL, CLI_FLAG, NULL, NULL, 0, 0, NULL },
    };
    const struct cli_program prog = {
        "10-relu",
        "ReLU's values, cost, dead units and training speed: claims R1, "
        "R3, R4.",
        OUTPUTS, opts,
    };
    cli_parse(&prog, argc, argv);
    /* The files we are given are read, and checked, before any work. */
    struct table gpu = read_table("gpu-data", gpu_data);
    check_gpu(&gpu, gpu_data);
    static struct bench_files bench;
    read_bench(bench_dir, &bench);

    struct rng r;
    rng_seed(&r, data_seed);
    struct dataset d = { 0 };
    if (data_make(DATA_ARTICLE, &d, &r, (size_t)points) != 0) {
        fprintf(stderr, "10-relu: out of memory\n");
        return 1;
    }
    out_value("points", "%ld", points);

    printf("Chapter 10: ReLU\n\n");
    show_function(plot_points);
    show_accuracy(ulp_stride);
    show_gpu(&gpu);
    free_table(&gpu);
    show_bench(&bench);
    struct epochs_config cfg = { (size_t)width, target, max_epochs };
    show_speed(&d, &cfg, seed, seeds);
    show_dead(&d, (size_t)width, dead_epochs, seed, seeds);
    show_dead_gradient(&d, (size_t)width, dead_epochs, seed);
    dataset_free(&d);
    out_finish();
    return 0;
}
