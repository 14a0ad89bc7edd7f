/*
 * out.h - the data files a chapter program writes, all or nothing.
 *
 * Every file goes to a hidden temporary name in the output directory and
 * is renamed into place by out_finish(), after everything was written and
 * flushed. A program that stops early (an error, a crash, Ctrl-C) leaves
 * no file behind, old or new half: a figure can never be drawn from a
 * half-written table.
 *
 * Tables are TSV: a header row of snake_case column names, then one row
 * per record, numbers printed with %.17g so that reading a file back gives
 * exactly the doubles we computed. The programs never call setlocale(), so
 * the C locale is in force and the decimal point is always '.'.
 *
 * Without an output directory (no --out), every call here is a cheap
 * no-op, so a program can print its summary without writing files.
 */
#ifndef OUT_H
#define OUT_H

#include <stddef.h>

struct tsv;

/* Write outputs into `dir` from now on. Returns 0, or -1 with errno set if
 * the directory does not exist or cannot be written. */
int out_begin(const char *dir);

/* Open table `name` (such as "function.tsv") with the columns given as one
 * space-separated string ("z sigmoid sigmoid_prime"). Returns NULL when
 * there is no output directory; the other tsv_ calls accept NULL. */
struct tsv *tsv_open(const char *name, const char *columns);

/* Append one cell to the current row: a number (%.17g), an integer or a
 * string (which must not contain tabs or newlines). */
void tsv_num(struct tsv *t, double x);
void tsv_int(struct tsv *t, long long x);
void tsv_str(struct tsv *t, const char *s);

/* End the current row; it must have exactly one cell per column. */
void tsv_end(struct tsv *t);

/* A whole row of n numbers: tsv_row(t, 3, z, s, ds). */
void tsv_row(struct tsv *t, int n, ...);

/* An empty line: gnuplot reads a grid for contours as blocks of rows
 * separated by empty lines (one block per value of the first column). */
void tsv_blank(struct tsv *t);

/*
 * Record a number the chapter's text quotes, as `key` (lower-case letters,
 * digits and '_') with its text given printf-style. They are written to
 * values.tsv, where the report's filter looks up {{key}}.
 */
void out_value(const char *key, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Close every table, then rename them all into place. On a write error,
 * says which file on stderr, removes every temporary file and exits 1. */
void out_finish(void);

#endif
