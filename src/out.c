/*
 * out.c - all-or-nothing output files; see out.h.
 */
#include "out.h"

#include "cli.h"

#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define OUT_MAX_FILES 64
/* Linux refuses a path of PATH_MAX = 4096 bytes or more, terminator
 * included. A file's name is at most OUT_NAME_MAX bytes, and its
 * temporary name adds a dot and ".PID.tmp", so a directory whose name
 * leaves room for both can never give a path that does not fit. */
#define OUT_PATH_MAX 4096
#define OUT_NAME_MAX 128
#define OUT_DIR_MAX (OUT_PATH_MAX - OUT_NAME_MAX - 32)

struct tsv {
    FILE *f;
    char final_path[OUT_PATH_MAX];
    char tmp_path[OUT_PATH_MAX];
    int columns; /* number of columns in the header */
    int cells;   /* cells written in the current row */
};

static const char *out_dir;
static struct tsv files[OUT_MAX_FILES];
/* The signal handler reads files[0..nfiles-1]: nfiles grows only once a
 * file's temporary name is complete. */
static volatile sig_atomic_t nfiles;
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

/* The signals after which we clean up: Ctrl-C, kill, a closed terminal,
 * a closed pipe (`prog --out d | head`). */
static const int HANDLED[] = { SIGINT, SIGTERM, SIGHUP, SIGPIPE };
#define NHANDLED (int)(sizeof HANDLED / sizeof HANDLED[0])

/* On a signal, remove the temporaries, then die of the signal as we would
 * have. unlink() is safe inside a handler; every handled signal is blocked
 * while this runs (see out_begin), so a second Ctrl-C cannot cut it short.
 * The raise() is delivered when the handler returns and unblocks it. */
static void on_signal(int sig)
{
    for (int i = 0; i < nfiles; i++) {
        if (files[i].tmp_path[0] != '\0') {
            unlink(files[i].tmp_path);
        }
    }
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(sig, &dfl, NULL);
    raise(sig);
}

/* A write failed: say which file and why (the errno of that very call,
 * passed in, not whatever errno says by now), remove every temporary
 * file and exit 1. */
static void fail(const char *path, int why)
{
    fprintf(stderr, "%s: cannot write '%s': %s\n", cli_program_name(), path,
            strerror(why != 0 ? why : EIO));
    remove_temporaries();
    exit(1);
}

/* Check the result of one stdio call on t's file: a full disk shows up
 * here, with errno still the write's own. */
static void wrote(struct tsv *t, int result)
{
    if (result < 0) {
        fail(t->final_path, errno);
    }
}

/* A path that does not fit is an error of the --out option, found before
 * anything is written: exit 2. */
static void too_long(const char *what, size_t len, size_t max)
{
    fprintf(stderr, "%s: option --out: the path '%.60s...' is too long (%zu "
            "bytes, at most %zu)\n", cli_program_name(), what, len, max);
    remove_temporaries();
    exit(2);
}

int out_begin(const char *dir)
{
    char probe[OUT_PATH_MAX];
    size_t len = strlen(dir);
    if (len > OUT_DIR_MAX) {
        too_long(dir, len, OUT_DIR_MAX);
    }
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
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    for (int i = 0; i < NHANDLED; i++)
        sigaddset(&sa.sa_mask, HANDLED[i]);
    for (int i = 0; i < NHANDLED; i++)
        sigaction(HANDLED[i], &sa, NULL);
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
    if (strlen(name) > OUT_NAME_MAX) {
        /* A programming error: the names are the programs' own. */
        fprintf(stderr, "%s: table name '%s' is longer than %d bytes\n",
                cli_program_name(), name, OUT_NAME_MAX);
        abort();
    }
    struct tsv *t = &files[nfiles];
    snprintf(t->final_path, sizeof t->final_path, "%s/%s", out_dir, name);
    snprintf(t->tmp_path, sizeof t->tmp_path, "%s/.%s.%ld.tmp", out_dir, name,
             (long)getpid());
    nfiles = nfiles + 1;
    t->f = fopen(t->tmp_path, "w");
    if (t->f == NULL) {
        int why = errno;
        t->tmp_path[0] = '\0';
        fail(t->final_path, why);
    }
    /* The header: the space-separated names, tab-separated. */
    t->columns = 1;
    for (const char *c = columns; *c; c++) {
        if (*c == ' ') {
            wrote(t, fputc('\t', t->f));
            t->columns++;
        } else {
            wrote(t, fputc(*c, t->f));
        }
    }
    wrote(t, fputc('\n', t->f));
    return t;
}

static void separator(struct tsv *t)
{
    if (t->cells++ > 0) {
        wrote(t, fputc('\t', t->f));
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
        wrote(t, fputs("nan", t->f));
    } else {
        wrote(t, fprintf(t->f, "%.17g", x));
    }
}

void tsv_int(struct tsv *t, long long x)
{
    if (t == NULL) {
        return;
    }
    separator(t);
    wrote(t, fprintf(t->f, "%lld", x));
}

void tsv_str(struct tsv *t, const char *s)
{
    if (t == NULL) {
        return;
    }
    separator(t);
    wrote(t, fputs(s, t->f));
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
    wrote(t, fputc('\n', t->f));
    t->cells = 0;
}

void tsv_row_n(struct tsv *t, const double *x, size_t n)
{
    if (t == NULL) {
        return;
    }
    if (n != (size_t)t->columns) {
        fprintf(stderr, "%s: row of %zu numbers for %d columns\n",
                t->final_path, n, t->columns);
        remove_temporaries();
        abort();
    }
    for (size_t i = 0; i < n; i++)
        tsv_num(t, x[i]);
    tsv_end(t);
}

void tsv_blank(struct tsv *t)
{
    if (t == NULL) {
        return;
    }
    wrote(t, fputc('\n', t->f));
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
    int n = vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= sizeof text) {
        fprintf(stderr, "%s: value of '%s' is longer than %zu bytes\n",
                cli_program_name(), key, sizeof text - 1);
        remove_temporaries();
        abort();
    }
    tsv_str(values, key);
    tsv_str(values, text);
    tsv_end(values);
}

/* Whether fmt is text around one conversion of a double: "%", flags,
 * width and precision in digits, and one of e, f, g (either case). */
static int one_double_conversion(const char *fmt)
{
    int conversions = 0;
    for (const char *p = fmt; *p != '\0'; p++) {
        if (*p != '%') {
            continue;
        }
        p++;
        if (*p == '%') {
            continue;
        }
        p += strspn(p, "-+ #0123456789.");
        if (*p == '\0' || strchr("eEfFgG", *p) == NULL) {
            return 0;
        }
        conversions++;
    }
    return conversions == 1;
}

void out_numbers(const char *fmt, const struct out_number *v, size_t n)
{
    if (!one_double_conversion(fmt)) {
        fprintf(stderr, "%s: out_numbers: '%s' is not one conversion of a "
                "double\n", cli_program_name(), fmt);
        remove_temporaries();
        abort();
    }
    for (size_t i = 0; i < n; i++) {
        out_value(v[i].key, fmt, v[i].value);
    }
}

int out_stdout_failed(void)
{
    static int said; /* out_finish() and the exit check: one message */
    int failed = fflush(stdout) != 0;
    int why = failed ? errno : 0; /* the flush's own; else it is stale */
    if (!failed && !ferror(stdout)) {
        return 0;
    }
    if (said++) {
        return 1;
    }
    if (why != 0) {
        fprintf(stderr, "%s: cannot write to standard output: %s\n",
                cli_program_name(), strerror(why));
    } else {
        fprintf(stderr, "%s: cannot write to standard output\n",
                cli_program_name());
    }
    return 1;
}

struct out_key out_key(const char *fmt, ...)
{
    struct out_key k;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(k.s, sizeof k.s, fmt, ap);
    va_end(ap);
    int ok = n > 0 && (size_t)n < sizeof k.s;
    for (int i = 0; ok && k.s[i] != '\0'; i++) {
        char c = k.s[i];
        ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }
    if (!ok) {
        /* A programming error: a key the text could never name. */
        fprintf(stderr, "%s: key '%s' from template '%s' is not [a-z0-9_]+ "
                "of at most %zu characters\n", cli_program_name(), k.s, fmt,
                sizeof k.s - 1);
        remove_temporaries();
        abort();
    }
    return k;
}

void out_finish(void)
{
    /* The summary on stdout is part of the output: if it could not be
     * written (a full disk), no file is put in place either. */
    if (out_stdout_failed()) {
        remove_temporaries();
        exit(1);
    }
    for (int i = 0; i < nfiles; i++) {
        struct tsv *t = &files[i];
        FILE *f = t->f;
        t->f = NULL;
        if (fclose(f) != 0) {
            fail(t->final_path, errno);
        }
    }
    for (int i = 0; i < nfiles; i++) {
        struct tsv *t = &files[i];
        if (rename(t->tmp_path, t->final_path) != 0) {
            fail(t->final_path, errno);
        }
        t->tmp_path[0] = '\0';
    }
}
