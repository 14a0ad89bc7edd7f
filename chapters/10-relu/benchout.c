/*
 * benchout.c - the benchmark's tables and values; see benchout.h.
 *
 * Files (all ns are nanoseconds per element, medians of the runs):
 *   forward.tsv, backward.tsv  size_bytes, then per kernel NAME, NAME_lo,
 *        NAME_hi: median, fastest and slowest run (the figures)
 *   ratios_forward.tsv, ratios_backward.tsv  function, variant,
 *        cache_ns, cache_ratio, memory_ns, memory_ratio, memory_gbs: each
 *        kernel in cache and from memory, and its cost in units of the
 *        ReLU compiled the same way (the tables)
 *   layer.tsv   activation, forward_pct, backward_pct: the activation's
 *        share of a dense layer's time
 *   note.tsv    x, y, note: the label the figures print (machine and
 *        sweep, or "not measured")
 *   caches.tsv  bytes, top, label: where the figures mark each cache's
 *        size
 *   roofline.tsv  size_bytes, then copy, relu, sigmoid, tanh, mul,
 *        relu_back, sigmoid_back, tanh_back, sigmoid_back_y,
 *        tanh_back_y: the medians of the widest build this processor
 *        runs, beside the limits (the roofline figure)
 *   cycles.tsv  function, pass, insns, cache_cycles, ipc, memory_cycles,
 *        limit_pct, compute_pct: per element, the instructions of the
 *        kernel's loop and the cycles it takes in cache and from memory,
 *        the share of the limit's bandwidth it reaches, and its time in
 *        cache as a share of the limit's from memory
 * Without a measurement forward.tsv, backward.tsv and caches.tsv are not
 * written at all, roofline.tsv is its header alone, and every other cell
 * and value is a dash.
 */
#include "benchout.h"

#include "bench.h"
#include "kernels.h"
#include "out.h"
#include "timing.h"

#include "progress.h"
#include "vecact.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

const char *const benchout_layer_acts[BENCHOUT_LAYER_ACTS] = {
    "relu", "sigmoid", "tanh",
};

/* What a placeholder cell says, in the tables and in the text. */
#define NOT_MEASURED "--"

/* The measured targets of the chapter (not asserted in any test). */
#define TARGET_RELU_OF_COPY 0.90  /* ReLU at >= 90 % of copy bandwidth */
#define TARGET_SIGMOID_X 2.0      /* sigmoid <= 2x ReLU from memory */

static const char PASS_LETTER[] = { 'f', 'b' };

/* ------------------------------------------------------------------ */
/* finding cells                                                      */
/* ------------------------------------------------------------------ */

static const struct kernels_entry *find(enum kernels_pass pass,
                                        const char *name)
{
    for (size_t i = 0; i < kernels_count; i++) {
        if (kernels[i].pass == pass && strcmp(kernels[i].name, name) == 0) {
            return &kernels[i];
        }
    }
    return NULL;
}

static const struct benchout_cell *cell(const struct benchout *b,
                                        const struct kernels_entry *k,
                                        size_t s)
{
    return &b->cells[(size_t)(k - kernels) * b->nsizes + s];
}

/* Median ns per element of kernel `name` at size index s; NaN if absent
 * or not measured. */
static double ns_at(const struct benchout *b, enum kernels_pass pass,
                    const char *name, size_t s)
{
    const struct kernels_entry *k = find(pass, name);
    return k ? cell(b, k, s)->med : NAN;
}

static size_t cache_index(const struct benchout *b)
{
    for (size_t s = 0; s < b->nsizes; s++) {
        if (b->bytes[s] >= BENCHOUT_CACHE_BYTES) {
            return s;
        }
    }
    return 0;
}

/* The ReLU compiled like k: the unit of its ratio; NULL for the limits,
 * which have none. */
static const struct kernels_entry *unit_of(const struct kernels_entry *k)
{
    if (strcmp(k->variant, "limit") == 0) {
        return NULL;
    }
    char name[64];
    snprintf(name, sizeof name, "relu_%s", k->variant);
    return find(k->pass, name);
}

/* ------------------------------------------------------------------ */
/* values                                                             */
/* ------------------------------------------------------------------ */

/* A number for the text, or the placeholder when it was not measured. */
static void value_num(const char *key, const char *fmt, double x)
{
    if (isnan(x)) {
        out_value(key, "%s", NOT_MEASURED);
        return;
    }
    char text[64];
    snprintf(text, sizeof text, fmt, x);
    out_value(key, "%s", text);
}

static void kernel_values(const struct benchout *b)
{
    size_t sc = b ? cache_index(b) : 0, sm = b ? b->nsizes - 1 : 0;
    for (size_t i = 0; i < kernels_count; i++) {
        const struct kernels_entry *k = &kernels[i];
        const struct kernels_entry *u = unit_of(k);
        double c = b ? cell(b, k, sc)->med : NAN;
        double m = b ? cell(b, k, sm)->med : NAN;
        double uc = b && u ? cell(b, u, sc)->med : NAN;
        double um = b && u ? cell(b, u, sm)->med : NAN;
        char p = PASS_LETTER[k->pass];
        value_num(OUT_KEY("%c_%s_cache", p, k->name), "%.3g", c);
        value_num(OUT_KEY("%c_%s_mem", p, k->name), "%.3g", m);
        value_num(OUT_KEY("%c_%s_mem_gbs", p, k->name), "%.3g",
                  k->bytes / m);
        /* The code's instructions per element: known without a run. */
        value_num(OUT_KEY("%c_%s_insns", p, k->name), "%.2g",
                  timing_loop_insns(k));
        if (u != NULL) {
            value_num(OUT_KEY("%c_%s_cache_x", p, k->name), "%.2g", c / uc);
            value_num(OUT_KEY("%c_%s_mem_x", p, k->name), "%.2g", m / um);
        }
    }
}

static void machine_values(const struct benchout *b)
{
    out_value("bench_sweep", "%s", b ? b->sweep : NOT_MEASURED);
    /* One sentence for the text, which says plainly whether it shows a
     * measurement. */
    if (b) {
        out_value("bench_note", "The timings below were measured by the "
                  "benchmark's %s sweep.", b->sweep);
    } else {
        out_value("bench_note", "In this build the benchmark did not run "
                  "(make report BENCH=0): every timing below reads as a "
                  "dash.");
    }
    out_value("bench_cpu", "%s", b ? b->cpu : NOT_MEASURED);
    out_value("bench_compiler", "%s", b ? bench_compiler() : NOT_MEASURED);
    value_num("bench_repeats", "%.0f", b ? (double)b->repeats : NAN);
    value_num("bench_sample_ms", "%g", b ? b->sample_ms : NAN);
    double kib = 1024.0, mib = 1048576.0;
    value_num("l1_kib", "%.0f", b && b->cache[0] ? b->cache[0] / kib : NAN);
    value_num("l2_kib", "%.0f", b && b->cache[1] ? b->cache[1] / kib : NAN);
    value_num("l3_mib", "%.0f", b && b->cache[2] ? b->cache[2] / mib : NAN);
    value_num("mem_mib", "%.0f",
              b ? (double)b->bytes[b->nsizes - 1] / 1048576.0 : NAN);
    out_value("cache_kib", "%d", BENCHOUT_CACHE_BYTES / 1024);
    out_value("avx2_ran", "%s", b ? (b->avx2 ? "yes" : "no") : NOT_MEASURED);
    out_value("avx512_ran", "%s",
              b ? (b->avx512 ? "yes" : "no") : NOT_MEASURED);
    /* The flags describe the code, not the run: always known. */
    const struct kernels_entry *scalar = find(KERNELS_FORWARD, "relu_scalar");
    const struct kernels_entry *vec = find(KERNELS_FORWARD, "relu_vec");
    const struct kernels_entry *wide = find(KERNELS_FORWARD, "relu_avx2");
    const struct kernels_entry *w16 = find(KERNELS_FORWARD, "relu_avx512");
    out_value("cflags", "%s", kernels_flags(scalar));
    out_value("vec_flags", "%s", kernels_flags(vec));
    out_value("avx2_flags", "%s", kernels_flags(wide));
    out_value("avx512_flags", "%s", kernels_flags(w16));

    double share = b ? 1.0 : NAN;
    for (size_t i = 0; b && i < kernels_count * b->nsizes; i++) {
        if (b->cells[i].share < share) {
            share = b->cells[i].share;
        }
    }
    value_num("cpu_share_min_pct", "%.0f", 100 * share);
}

/* Whether `ratio` is at least (or, with at_least 0, at most) `bound`:
 * "met", "missed", or the placeholder for a NaN ratio, not measured. */
static void met(const char *key, double ratio, double bound, int at_least)
{
    int yes = at_least ? ratio >= bound : ratio <= bound;
    out_value(key, "%s",
              isnan(ratio) ? NOT_MEASURED : yes ? "met" : "missed");
}

static void derived_values(const struct benchout *b)
{
    size_t sc = b ? cache_index(b) : 0, sm = b ? b->nsizes - 1 : 0;
    enum kernels_pass f = KERNELS_FORWARD;
    double copy = b ? ns_at(b, f, "copy", sm) : NAN;
    double mcpy = b ? ns_at(b, f, "memcpy", sm) : NAN;
    double relu = b ? ns_at(b, f, "relu_vec", sm) : NAN;
    double relu_w = b ? ns_at(b, f, "relu_avx2", sm) : NAN;
    double relu_s = b ? ns_at(b, f, "relu_scalar", sm) : NAN;
    double sig = b ? ns_at(b, f, "sigmoid_vec", sm) : NAN;
    double fill = b ? ns_at(b, f, "fill", sc) : NAN;

    /* A kernel at X % of the copy's bandwidth takes copy/X of its time. */
    value_num("relu_copy_pct", "%.0f", 100 * copy / relu);
    value_num("relu_avx2_copy_pct", "%.0f", 100 * copy / relu_w);
    value_num("relu_scalar_copy_pct", "%.0f", 100 * copy / relu_s);
    value_num("relu_memcpy_pct", "%.0f", 100 * mcpy / relu);
    value_num("fill_l1_gbs", "%.3g", 4 / fill);
    out_value("target_relu_pct", "%.0f", 100 * TARGET_RELU_OF_COPY);
    out_value("target_sigmoid_x", "%g", TARGET_SIGMOID_X);
    double sig_w = b ? ns_at(b, f, "sigmoid_avx2", sm) : NAN;
    met("target_relu_met", copy / relu, TARGET_RELU_OF_COPY, 1);
    met("target_relu_avx2_met", copy / relu_w, TARGET_RELU_OF_COPY, 1);
    met("target_sigmoid_met", sig / relu, TARGET_SIGMOID_X, 0);
    met("target_sigmoid_avx2_met", sig_w / relu_w, TARGET_SIGMOID_X, 0);

    /* The widest build against the limits from memory: each forward
     * kernel at >= 90 % of the copy's bandwidth, each backward one of
     * the product's. */
    static const char *const fns[] = { "relu", "sigmoid", "tanh" };
    double mul = b ? ns_at(b, KERNELS_BACKWARD, "mul", sm) : NAN;
    for (int i = 0; i < 3; i++) {
        char name[32];
        snprintf(name, sizeof name, "%s_avx512", fns[i]);
        double fw = b ? ns_at(b, f, name, sm) : NAN;
        double bw = b ? ns_at(b, KERNELS_BACKWARD, name, sm) : NAN;
        value_num(OUT_KEY("f_%s_avx512_copy_pct", fns[i]), "%.0f",
                  100 * copy / fw);
        value_num(OUT_KEY("b_%s_avx512_mul_pct", fns[i]), "%.0f",
                  100 * mul / bw);
        met(OUT_KEY("target_mem_f_%s_met", fns[i]), copy / fw,
            TARGET_RELU_OF_COPY, 1);
        met(OUT_KEY("target_mem_b_%s_met", fns[i]), mul / bw,
            TARGET_RELU_OF_COPY, 1);
    }
}

static void layer_values(const struct benchout *b)
{
    value_num("layer_in", "%.0f", b ? (double)b->layer_in : NAN);
    value_num("layer_batch", "%.0f", b ? (double)b->layer_batch : NAN);
    static const char *const pass_name[] = { "fwd", "bwd" };
    struct tsv *t = tsv_open("layer.tsv",
                             "activation forward_pct backward_pct");
    for (int a = 0; a < BENCHOUT_LAYER_ACTS; a++) {
        tsv_str(t, benchout_layer_acts[a]);
        for (int p = 0; p < 2; p++) {
            double pct = b ? 100 * b->act_s[p][a] /
                                 (b->dense_s[p] + b->act_s[p][a])
                           : NAN;
            value_num(OUT_KEY("layer_%s_%s_pct", pass_name[p],
                              benchout_layer_acts[a]),
                      pct < 1 ? "%.2f" : "%.1f", pct);
            if (b) {
                tsv_num(t, pct);
            } else {
                tsv_str(t, NOT_MEASURED);
            }
        }
        tsv_end(t);
    }
}

/* ------------------------------------------------------------------ */
/* tables                                                             */
/* ------------------------------------------------------------------ */

static void curve_table(const struct benchout *b, enum kernels_pass pass,
                        const char *file)
{
    char header[4096] = "size_bytes";
    for (size_t i = 0; i < kernels_count; i++) {
        if (kernels[i].pass == pass) {
            size_t len = strlen(header);
            snprintf(header + len, sizeof header - len, " %s %s_lo %s_hi",
                     kernels[i].name, kernels[i].name, kernels[i].name);
        }
    }
    struct tsv *t = tsv_open(file, header);
    for (size_t s = 0; s < b->nsizes; s++) {
        tsv_num(t, (double)b->bytes[s]);
        for (size_t i = 0; i < kernels_count; i++) {
            if (kernels[i].pass != pass) {
                continue;
            }
            const struct benchout_cell *c = cell(b, &kernels[i], s);
            tsv_num(t, c->med);
            tsv_num(t, c->lo);
            tsv_num(t, c->hi);
        }
        tsv_end(t);
    }
}

/* How the tables name a kernel's function. */
static const char *function_label(const struct kernels_entry *k)
{
    static const char *const labels[][2] = {
        { "relu", "ReLU" },          { "sigmoid", "sigmoid" },
        { "tanh", "tanh" },          { "copy", "copy loop" },
        { "memcpy", "memcpy" },      { "fill", "store only" },
        { "mul", "product" },
    };
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
        if (strcmp(k->function, labels[i][0]) == 0) {
            return labels[i][1];
        }
    }
    return k->function;
}

/* A cell of a ratio table: a number, a dash when not measured, or empty
 * where the row has no such quantity. */
static void ratio_cell(struct tsv *t, const struct benchout *b, double x,
                       int applies)
{
    if (!applies) {
        tsv_str(t, "");
    } else if (!b || isnan(x)) {
        tsv_str(t, NOT_MEASURED);
    } else {
        tsv_num(t, x);
    }
}

static void ratio_table(const struct benchout *b, enum kernels_pass pass,
                        const char *file)
{
    struct tsv *t = tsv_open(file, "function variant cache_ns cache_ratio "
                                   "memory_ns memory_ratio memory_gbs");
    size_t sc = b ? cache_index(b) : 0, sm = b ? b->nsizes - 1 : 0;
    for (size_t i = 0; i < kernels_count; i++) {
        const struct kernels_entry *k = &kernels[i];
        if (k->pass != pass) {
            continue;
        }
        const struct kernels_entry *u = unit_of(k);
        double c = b ? cell(b, k, sc)->med : NAN;
        double m = b ? cell(b, k, sm)->med : NAN;
        tsv_str(t, function_label(k));
        tsv_str(t, k->from_output ? "vec, from $y$" : k->variant);
        ratio_cell(t, b, c, 1);
        ratio_cell(t, b, u && b ? c / cell(b, u, sc)->med : NAN, u != NULL);
        ratio_cell(t, b, m, 1);
        ratio_cell(t, b, u && b ? m / cell(b, u, sm)->med : NAN, u != NULL);
        ratio_cell(t, b, k->bytes / m, 1);
        tsv_end(t);
    }
}

/* Where the figures print their label, in their own coordinates: bytes
 * along x, ns per element up y (both axes are logarithmic), low in the
 * last panel, where no curve runs, or in its middle when there are no
 * curves; and how long it may be to fit. */
#define NOTE_X 4096.0
#define NOTE_Y 0.045
#define NOTE_Y_ALONE 1.0
#define NOTE_LEN 36
/* The height of the cache marks, near the top of the figures. */
#define CACHE_MARK_Y 100.0

static void note_table(const struct benchout *b)
{
    struct tsv *t = tsv_open("note.tsv", "x y note");
    char note[NOTE_LEN + 1];
    if (b) {
        /* The processor's name, cut to leave room for the sweep's. */
        const char *tail = strcmp(b->sweep, "full") == 0 ? ", full"
                                                        : ", quick";
        size_t room = NOTE_LEN - strlen(tail);
        size_t len = strlen(b->cpu) < room ? strlen(b->cpu) : room;
        memcpy(note, b->cpu, len);
        memcpy(note + len, tail, strlen(tail) + 1);
    } else {
        snprintf(note, sizeof note, "benchmark not run in this build");
    }
    tsv_num(t, NOTE_X);
    tsv_num(t, b ? NOTE_Y : NOTE_Y_ALONE);
    tsv_str(t, note);
    tsv_end(t);
}

/* A cache is full when input and output together fill it, so the mark
 * stands at half its size: the array size at which it overflows. */
static void cache_table(const struct benchout *b)
{
    static const char *const names[] = { "L1d", "L2", "L3" };
    struct tsv *t = tsv_open("caches.tsv", "bytes top label");
    for (int i = 0; i < 3; i++) {
        if (b->cache[i] > 0) {
            tsv_num(t, (double)b->cache[i] / 2);
            tsv_num(t, CACHE_MARK_Y);
            tsv_str(t, names[i]);
            tsv_end(t);
        }
    }
}

/* The kernel of the widest build this processor runs (vecact_best())
 * for function fn, pass and form; the limits are the base build's. */
static const struct kernels_entry *best_of(const char *fn,
                                           enum kernels_pass pass,
                                           int from_output)
{
    const struct vecact_kernels *best = vecact_best();
    for (size_t i = 0; i < kernels_count; i++) {
        const struct kernels_entry *k = &kernels[i];
        int limit = strcmp(k->variant, "limit") == 0;
        if (k->pass == pass && k->from_output == from_output &&
            strcmp(k->function, fn) == 0 && (limit || k->build == best)) {
            return k;
        }
    }
    return NULL;
}

/* The roofline's kernels: column, function, pass, form (from y). The
 * first of each pass is its limit. */
static const struct roof_col {
    const char *col, *fn;
    enum kernels_pass pass;
    int from_output;
} ROOF[] = {
    { "copy", "copy", KERNELS_FORWARD, 0 },
    { "relu", "relu", KERNELS_FORWARD, 0 },
    { "sigmoid", "sigmoid", KERNELS_FORWARD, 0 },
    { "tanh", "tanh", KERNELS_FORWARD, 0 },
    { "mul", "mul", KERNELS_BACKWARD, 0 },
    { "relu_back", "relu", KERNELS_BACKWARD, 0 },
    { "sigmoid_back", "sigmoid", KERNELS_BACKWARD, 0 },
    { "tanh_back", "tanh", KERNELS_BACKWARD, 0 },
    { "sigmoid_back_y", "sigmoid", KERNELS_BACKWARD, 1 },
    { "tanh_back_y", "tanh", KERNELS_BACKWARD, 1 },
};
#define ROOF_COLS (sizeof ROOF / sizeof ROOF[0])

/* Without a measurement, the header alone: the figure then draws its
 * labelled empty frame. */
static void roofline_table(const struct benchout *b)
{
    struct tsv *t = tsv_open("roofline.tsv", "size_bytes copy relu sigmoid "
                             "tanh mul relu_back sigmoid_back tanh_back "
                             "sigmoid_back_y tanh_back_y");
    for (size_t s = 0; b && s < b->nsizes; s++) {
        tsv_num(t, (double)b->bytes[s]);
        for (size_t c = 0; c < ROOF_COLS; c++) {
            const struct kernels_entry *k =
                best_of(ROOF[c].fn, ROOF[c].pass, ROOF[c].from_output);
            tsv_num(t, k ? cell(b, k, s)->med : NAN);
        }
        tsv_end(t);
    }
}

/* Per element of the widest build: instructions, cycles in cache and
 * from memory, and the target from memory (>= 90 % of the limit's
 * bandwidth); compute_pct is the kernel's time in cache, its arithmetic
 * alone, as a share of the limit's time from memory: above 100 / 0.9 %
 * the target cannot be met by any overlap of the two. */
static void cycle_table(const struct benchout *b)
{
    struct tsv *t = tsv_open("cycles.tsv", "function pass insns "
                             "cache_cycles ipc memory_cycles limit_pct "
                             "compute_pct");
    size_t sc = b ? cache_index(b) : 0, sm = b ? b->nsizes - 1 : 0;
    double ghz = b ? b->clock_ghz : NAN;
    const struct kernels_entry *limit = NULL;
    value_num("clock_ghz", "%.2f", ghz);
    out_value("roof_build", "%s", vecact_best()->name);
    for (size_t c = 0; c < ROOF_COLS; c++) {
        const struct roof_col *r = &ROOF[c];
        const struct kernels_entry *k =
            best_of(r->fn, r->pass, r->from_output);
        limit = strcmp(k->variant, "limit") == 0 ? k : limit;
        double insns = timing_loop_insns(k);
        double nc = b ? cell(b, k, sc)->med : NAN;
        double nm = b ? cell(b, k, sm)->med : NAN;
        double lm = b ? cell(b, limit, sm)->med : NAN;
        char p = PASS_LETTER[r->pass];
        char fn[32];
        snprintf(fn, sizeof fn, "%s%s", r->fn,
                 r->from_output ? "_y" : "");
        value_num(OUT_KEY("ipe_%c_%s", p, fn), "%.2g", insns);
        value_num(OUT_KEY("cpe_%c_%s_cache", p, fn), "%.2f", nc * ghz);
        value_num(OUT_KEY("cpe_%c_%s_mem", p, fn), "%.2f", nm * ghz);
        value_num(OUT_KEY("ipc_%c_%s", p, fn), "%.2g", insns / (nc * ghz));
        if (k != limit) {
            value_num(OUT_KEY("roof_%c_%s_pct", p, fn), "%.0f",
                      100 * lm / nm);
            value_num(OUT_KEY("roof_%c_%s_compute_pct", p, fn), "%.0f",
                      100 * nc / lm);
            met(OUT_KEY("roof_%c_%s_met", p, fn), lm / nm,
                TARGET_RELU_OF_COPY, 1);
        }
        /* As the roofline's key names them: g' for a derivative, g'(y)
         * for one from the output. */
        char label[64];
        snprintf(label, sizeof label, "%s%s", function_label(k),
                 k == limit || r->pass == KERNELS_FORWARD ? ""
                 : k->from_output                         ? "$'(y)$"
                                                          : "$'$");
        tsv_str(t, label);
        tsv_str(t, r->pass == KERNELS_FORWARD ? "forward" : "backward");
        /* The instructions are the code's, known without a run. */
        if (isnan(insns)) {
            tsv_str(t, NOT_MEASURED);
        } else {
            tsv_num(t, insns);
        }
        ratio_cell(t, b, nc * ghz, 1);
        ratio_cell(t, b, insns / (nc * ghz), 1);
        ratio_cell(t, b, nm * ghz, 1);
        ratio_cell(t, b, 100 * lm / nm, k != limit);
        ratio_cell(t, b, 100 * nc / lm, k != limit);
        tsv_end(t);
    }
}

/* ------------------------------------------------------------------ */
/* the machine and the accuracy                                       */
/* ------------------------------------------------------------------ */

void benchout_describe(struct benchout *b)
{
    bench_cpu_model(b->cpu, sizeof b->cpu);
    for (int level = 1; level <= 3; level++)
        b->cache[level - 1] = bench_cache_bytes(level);
    b->avx2 = vecact_avx2.supported();
    b->avx512 = vecact_avx512.supported();
    b->clock_ghz = timing_clock_ghz();
    printf("Processor  %s; caches", b->cpu);
    static const char *const level[] = { "L1d", "L2", "L3" };
    for (int i = 0; i < 3; i++) { /* 0: the system does not say */
        b->cache[i] > 0 ? printf(" %s %ld KiB", level[i], b->cache[i] / 1024)
                        : printf(" %s unknown", level[i]);
    }
    printf("\n");
    printf("Clock      %.2f GHz (measured: a chain of dependent "
           "additions)\n", b->clock_ghz);
    printf("Compiler   %s\n", bench_compiler());
    printf("Dispatch   %s (the widest build this processor runs)\n",
           vecact_best()->name);
    for (size_t i = 0; i < kernels_count; i++) {
        const struct kernels_entry *k = &kernels[i];
        if (k->pass == KERNELS_FORWARD &&
            strcmp(k->function, "relu") == 0) {
            printf("  %-7s %s%s\n", k->variant, kernels_flags(k),
                   kernels_supported(k) ? "" : " (not run here)");
        }
    }
}

void benchout_accuracy(long stride)
{
    printf("\nAccuracy against double, one float in %ld:\n", stride);
    for (size_t i = 0; i < kernels_count; i++) {
        const struct kernels_entry *k = &kernels[i];
        if (k->ref == NULL || !kernels_supported(k)) {
            continue;
        }
        const char *pass =
            k->pass == KERNELS_FORWARD ? "forward" : "backward";
        progress_show("accuracy: %s %s", k->name, pass);
        struct kernels_worst w = kernels_scan(k, (uint32_t)stride);
        printf("  %-15s %-8s at most %.2f ulp (at %.9g)\n", k->name, pass,
               w.ulps, (double)w.input);
    }
    progress_done();
}

/* ------------------------------------------------------------------ */
/* the summary                                                        */
/* ------------------------------------------------------------------ */

void benchout_print(const struct benchout *b)
{
    size_t sm = b->nsizes - 1;
    printf("\nns per element (median of %ld runs), in cache (%d KiB) and "
           "from memory (%zu MiB):\n", b->repeats,
           BENCHOUT_CACHE_BYTES / 1024, b->bytes[sm] >> 20);
    printf("  %-15s %-8s %9s %9s %9s %6s\n", "kernel", "pass", "cache",
           "memory", "GB/s", "spread");
    for (size_t i = 0; i < kernels_count; i++) {
        const struct kernels_entry *k = &kernels[i];
        const struct benchout_cell *c0 = &b->cells[i * b->nsizes];
        const struct benchout_cell *cm = &b->cells[i * b->nsizes + sm];
        if (!kernels_supported(k)) {
            continue;
        }
        printf("  %-15s %-8s %9.3g %9.3g %9.3g %5.0f%%\n", k->name,
               k->pass == KERNELS_FORWARD ? "forward" : "backward", c0->med,
               cm->med, k->bytes / cm->med,
               100 * (cm->hi - cm->lo) / cm->med);
    }
    double share = 1.0;
    for (size_t i = 0; i < kernels_count * b->nsizes; i++) {
        share = fmin(share, b->cells[i].share);
    }
    if (share < TIMING_BUSY_SHARE) {
        printf("\nWarning: in some runs this thread had the processor only "
               "%.0f %% of the time:\nanother program was running, and "
               "those timings are too slow.\n", 100 * share);
    }
    printf("\nA dense %zu -> %zu layer, batch %zu: the activation's share "
           "of its time\n", b->layer_in, b->layer_in, b->layer_batch);
    for (int k = 0; k < BENCHOUT_LAYER_ACTS; k++) {
        printf("  %-8s forward %5.2f %%   backward %5.2f %%\n",
               benchout_layer_acts[k],
               100 * b->act_s[0][k] / (b->dense_s[0] + b->act_s[0][k]),
               100 * b->act_s[1][k] / (b->dense_s[1] + b->act_s[1][k]));
    }
}

void benchout_write(const struct benchout *b)
{
    /* The curves and the cache marks exist only when measured: the
     * figures draw a labelled empty frame where their file is absent. */
    if (b != NULL) {
        curve_table(b, KERNELS_FORWARD, "forward.tsv");
        curve_table(b, KERNELS_BACKWARD, "backward.tsv");
        cache_table(b);
    }
    roofline_table(b);
    cycle_table(b);
    ratio_table(b, KERNELS_FORWARD, "ratios_forward.tsv");
    ratio_table(b, KERNELS_BACKWARD, "ratios_backward.tsv");
    note_table(b);
    machine_values(b);
    kernel_values(b);
    derived_values(b);
    layer_values(b);
}
