/*
 * out.c - all-or-nothing output files; see out.h.
 */
#include "out.h"

#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define OUT_MAX_FILES 64
#define OUT_PATH_MAX 4096

struct tsv {
    FILE *f;
    char final_path[OUT_PATH_MAX];
    char tmp_path[OUT_PATH_MAX];
    int columns; /* number of columns in the header */
    int cells;   /* cells written in the current row */
};

static const char *out_dir;
static struct tsv files[OUT_MAX_FILES];
static int nfiles;
static struct tsv *values; /* values.tsv, opened on the first out_value() */

/* Remove every temporary file; run at exit, so nothing half-written stays
 * behind when a program stops before out_finish(). */
static void remove_temporaries(void)
{
    for (int i = 0; i < nfiles; i++) {
        if (files[i].f != NULL) {
            fclose(files[i].f);
            files[i].f = NULL;
        }
        if (files[i].tmp_path[0] != '\0') {
            remove(files[i].tmp_path);
            files[i].tmp_path[0] = '\0';
        }
    }
}

/* On Ctrl-C or a kill, remove the temporaries, then die of the signal as
 * we would have: unlink() is safe to call inside a signal handler. */
static void on_signal(int sig)
{
    for (int i = 0; i < nfiles; i++) {
        if (files[i].tmp_path[0] != '\0') {
            unlink(files[i].tmp_path);
        }
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

static void fail(const char *path)
{
    fprintf(stderr, "cannot write '%s': %s\n", path, strerror(errno));
    remove_temporaries();
    exit(1);
}

int out_begin(const char *dir)
{
    char probe[OUT_PATH_MAX];
    /* Probe now, before any computing, so an unwritable directory is an
     * error about the option rather than a failure at the end. */
    snprintf(probe, sizeof probe, "%s/.probe.%ld.tmp", dir, (long)getpid());
    FILE *f = fopen(probe, "w");
    if (f == NULL) {
        return -1;
    }
    fclose(f);
    remove(probe);
    out_dir = dir;
    atexit(remove_temporaries);
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
    signal(SIGHUP, on_signal);
    return 0;
}

struct tsv *tsv_open(const char *name, const char *columns)
{
    if (out_dir == NULL) {
        return NULL;
    }
    if (nfiles == OUT_MAX_FILES) {
        fprintf(stderr, "too many output files (at most %d)\n", OUT_MAX_FILES);
        remove_temporaries();
        exit(1);
    }
    struct tsv *t = &files[nfiles++];
    snprintf(t->final_path, sizeof t->final_path, "%s/%s", out_dir, name);
    snprintf(t->tmp_path, sizeof t->tmp_path, "%s/.%s.%ld.tmp", out_dir, name,
             (long)getpid());
    t->f = fopen(t->tmp_path, "w");
    if (t->f == NULL) {
        t->tmp_path[0] = '\0';
        fail(t->final_path);
    }
    /* The header: the space-separated names, tab-separated. */
    t->columns = 1;
    for (const char *c = columns; *c; c++) {
        if (*c == ' ') {
            fputc('\t', t->f);
            t->columns++;
        } else {
            fputc(*c, t->f);
        }
    }
    fputc('\n', t->f);
    return t;
}

static void separator(struct tsv *t)
{
    if (t->cells++ > 0) {
        fputc('\t', t->f);
    }
}

void tsv_num(struct tsv *t, double x)
{
    if (t == NULL) {
        return;
    }
    separator(t);
    /* %.17g round-trips a double exactly, so a re-read TSV equals what we
     * computed. Every NaN is written "nan", the word gnuplot is told to
     * skip (glibc would write "-nan" for a NaN with its sign bit set). */
    if (isnan(x)) {
        fputs("nan", t->f);
    } else {
        fprintf(t->f, "%.17g", x);
    }
}

void tsv_int(struct tsv *t, long long x)
{
    if (t == NULL) {
        return;
    }
    separator(t);
    fprintf(t->f, "%lld", x);
}

void tsv_str(struct tsv *t, const char *s)
{
    if (t == NULL) {
        return;
    }
    separator(t);
    fputs(s, t->f);
}

void tsv_end(struct tsv *t)
{
    if (t == NULL) {
        return;
    }
    if (t->cells != t->columns) {
        /* A programming error, not a user's: the table would be corrupt. */
        fprintf(stderr, "%s: row with %d cells for %d columns\n",
                t->final_path, t->cells, t->columns);
        remove_temporaries();
        abort();
    }
    fputc('\n', t->f);
    t->cells = 0;
}

void tsv_row(struct tsv *t, int n, ...)
{
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        tsv_num(t, va_arg(ap, double));
    va_end(ap);
    tsv_end(t);
}

void tsv_blank(struct tsv *t)
{
    if (t == NULL) {
        return;
    }
    fputc('\n', t->f);
}

void out_value(const char *key, const char *fmt, ...)
{
    if (out_dir == NULL) {
        return;
    }
    if (values == NULL) {
        values = tsv_open("values.tsv", "key value");
    }
    char text[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    tsv_str(values, key);
    tsv_str(values, text);
    tsv_end(values);
}

void out_finish(void)
{
    for (int i = 0; i < nfiles; i++) {
        struct tsv *t = &files[i];
        FILE *f = t->f;
        t->f = NULL;
        if (ferror(f) || fclose(f) != 0) {
            fail(t->final_path);
        }
    }
    for (int i = 0; i < nfiles; i++) {
        struct tsv *t = &files[i];
        if (rename(t->tmp_path, t->final_path) != 0) {
            fail(t->final_path);
        }
        t->tmp_path[0] = '\0';
    }
}
