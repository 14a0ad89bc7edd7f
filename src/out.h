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
 *
 * What is promised, and what not:
 *   - a write error (a full disk) stops the program at once with the
 *     file's name and the write's own reason, exit status 1, and no file;
 *   - if the summary on stdout cannot be written, that is an error too
 *     (exit 1, no file), checked by out_finish() and at exit;
 *   - after SIGINT, SIGTERM, SIGHUP or SIGPIPE no temporary file is left,
 *     however quickly the signals follow one another (they are blocked
 *     while the handler removes the files), and the program dies of the
 *     signal as it would have;
 *   - a path that would not fit in PATH_MAX is refused before anything is
 *     written (exit 2).
 * Not promised: SIGKILL (and a power cut) cannot be caught, so they can
 * leave `.NAME.PID.tmp` files behind; a signal during out_finish()'s
 * renames can leave some files new and the others not yet in place.
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

/* A whole row of numbers: TSV_ROW(t, z, s, ds). The macro counts its
 * arguments and converts each to double (an int or a long is fine), and
 * the row must have one number per column. */
#define TSV_ROW(t, ...)                                                  \
    tsv_row_n((t), (const double[]){ __VA_ARGS__ },                     \
              sizeof((const double[]){ __VA_ARGS__ }) / sizeof(double))
void tsv_row_n(struct tsv *t, const double *x, size_t n);

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

/*
 * Several numbers in one format, each under its literal key, as a table
 * of rows { key, value }:
 *
 *   OUT_NUMBERS("%.0f", { "positive", c.positive },
 *               { "negative", c.negative }, { "zero", c.zero });
 *
 * Every value is converted to double, so the format is one conversion
 * of a double (%g, %.4f, %.0f for a count, ...); any other format is a
 * programming error and aborts the program. The macro counts the rows.
 */
struct out_number {
    const char *key;
    double value;
};
#define OUT_NUMBERS(fmt, ...)                                            \
    out_numbers((fmt), (const struct out_number[]){ __VA_ARGS__ },      \
                sizeof((const struct out_number[]){ __VA_ARGS__ }) /    \
                    sizeof(struct out_number))
void out_numbers(const char *fmt, const struct out_number *v, size_t n);

/*
 * A key built from parts, printf-style, for a family of values:
 *
 *   out_value(OUT_KEY("gain_%s_w%ld", name, width), "%.3g", gain);
 *
 * The template ("gain_%s_w%ld") is what a reader greps for to find where
 * {{gain_sigmoid_w64}} comes from. A key that is not [a-z0-9_]+ or longer
 * than 63 characters is a programming error: the program aborts.
 */
struct out_key {
    char s[64];
};
struct out_key out_key(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));
#define OUT_KEY(...) (out_key(__VA_ARGS__).s)

/* Flush stdout; if it could not be written, say so on stderr and return 1
 * (cli_parse() checks this at exit, out_finish() before the renames). */
int out_stdout_failed(void);

/* Close every table, then rename them all into place. On a write error,
 * says which file on stderr, removes every temporary file and exits 1. */
void out_finish(void);

#endif
