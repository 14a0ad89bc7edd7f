/*
 * table.c - reading TSV tables with every error located; see table.h.
 */
#include "table.h"

#include "alloc.h"
#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Say what is wrong, where, and exit 2. line 0 means the whole file. */
static void bad(const char *where, const char *path, size_t line,
                const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static void bad(const char *where, const char *path, size_t line,
                const char *fmt, ...)
{
    fprintf(stderr, "%s: ", cli_program_name());
    if (where != NULL) {
        fprintf(stderr, "%s: ", where);
    }
    if (line > 0) {
        fprintf(stderr, "%s:%zu: ", path, line);
    } else {
        fprintf(stderr, "%s: ", path);
    }
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(2);
}

/* The whole file, NUL-terminated, refused if longer than max_bytes. */
static char *slurp(const char *path, size_t max_bytes, const char *where,
                   size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        bad(where, path, 0, "cannot read it: %s", strerror(errno));
    }
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
        bad(where, path, 0, "is a folder, not a table");
    }
    char *text = alloc_array(max_bytes + 2, 1);
    size_t n = fread(text, 1, max_bytes + 1, f);
    int failed = ferror(f);
    int why = errno;
    fclose(f);
    if (failed) {
        bad(where, path, 0, "cannot read it: %s", strerror(why));
    }
    if (n > max_bytes) {
        bad(where, path, 0, "is longer than %zu bytes: not a table of ours",
            max_bytes);
    }
    if (n == 0) {
        bad(where, path, 0, "is empty: a table has at least a header row");
    }
    if (memchr(text, '\0', n) != NULL) {
        bad(where, path, 0, "holds a NUL byte: not a text table");
    }
    text[n] = '\0';
    *len = n;
    return text;
}

/* Split line `s` (ending at its '\n' or NUL, which is overwritten) at
 * tabs into cells[0..]; returns the count, or max + 1 if there are more. */
static size_t split(char *s, char **cells, size_t max, char **next)
{
    size_t n = 0;
    for (;;) {
        if (n < max) {
            cells[n] = s;
        }
        n++;
        s += strcspn(s, "\t\n");
        if (*s == '\t') {
            *s++ = '\0';
            continue;
        }
        *next = *s == '\n' ? s + 1 : s;
        *s = '\0';
        if (s > cells[0] && s[-1] == '\r') {
            s[-1] = '\0'; /* a file saved with CRLF line ends */
        }
        return n > max ? max + 1 : n;
    }
}

struct table *table_read(const char *path, size_t max_bytes,
                         const char *where)
{
    size_t len;
    char *text = slurp(path, max_bytes, where, &len);
    size_t lines = 1;
    for (size_t i = 0; i < len; i++)
        lines += text[i] == '\n';

    struct table *t = alloc_array(1, sizeof *t);
    t->path = strcpy(alloc_array(strlen(path) + 1, 1), path);
    t->where = where;
    t->text = text;

    /* The header: its cell count is the table's column count. */
    size_t cols = 1;
    for (const char *c = text; *c && *c != '\n'; c++)
        cols += *c == '\t';
    t->cols = cols;
    t->header = alloc_array(cols, sizeof *t->header);
    t->cells = alloc_array(lines * cols, sizeof *t->cells);
    t->line = alloc_array(lines, sizeof *t->line);
    char *next;
    split(text, t->header, cols, &next);
    for (size_t c = 0; c < cols; c++) {
        if (t->header[c][0] == '\0') {
            bad(where, path, 1, "column %zu of the header has no name",
                c + 1);
        }
    }
    size_t line = 1;
    while (*next != '\0') {
        char *s = next;
        line++;
        if (*s == '\n' || (*s == '\r' && s[1] == '\n')) {
            next = s + (*s == '\n' ? 1 : 2); /* an empty line separates blocks */
            continue;
        }
        size_t n = split(s, t->cells + t->rows * cols, cols, &next);
        if (n != cols) {
            bad(where, path, line, "%s%zu cells where the header has %zu",
                n > cols ? "more than " : "", n > cols ? cols : n, cols);
        }
        t->line[t->rows++] = line;
    }
    return t;
}

long table_find_col(const struct table *t, const char *name)
{
    for (size_t c = 0; c < t->cols; c++) {
        if (strcmp(t->header[c], name) == 0) {
            return (long)c;
        }
    }
    return -1;
}

long table_col(const struct table *t, const char *name)
{
    long c = table_find_col(t, name);
    if (c < 0) {
        bad(t->where, t->path, 1, "no column '%s' in the header", name);
    }
    return c;
}

const char *table_str(const struct table *t, size_t row, long col)
{
    return t->cells[row * t->cols + (size_t)col];
}

double table_num(const struct table *t, size_t row, long col)
{
    const char *s = table_str(t, row, col);
    char *end;
    double x = strtod(s, &end);
    if (end == s || *end != '\0') {
        bad(t->where, t->path, t->line[row], "column '%s': '%s' is not a "
            "number", t->header[col], s);
    }
    return x;
}

void table_free(struct table *t)
{
    if (t == NULL) {
        return;
    }
    free(t->path);
    free(t->header);
    free(t->cells);
    free(t->line);
    free(t->text);
    free(t);
}
