/*
 * table.h - reading a TSV table back: a header row, then rows of cells.
 *
 * The tables the course reads (a recorded benchmark, the record of a full
 * exhaustive run) are files a user can point a program at, so reading
 * one checks everything and says where it went wrong:
 *
 *   struct table *t = table_read(path, 1 << 20, "option --full");
 *   long ulp = table_col(t, "max_ulp");
 *   for (size_t r = 0; r < t->rows; r++)
 *       use(table_str(t, r, 0), table_num(t, r, ulp));
 *   table_free(t);
 *
 * Every error is a message "NAME: option --full: FILE:LINE: what is wrong"
 * on stderr and exit status 2, before the program writes anything: a path
 * that cannot be read or is a folder, a file larger than `max_bytes`
 * (/dev/zero is refused, not read until memory runs out), a row whose
 * cell count differs from the header's, a missing column, a cell that is
 * not a number where one is asked for.
 */
#ifndef TABLE_H
#define TABLE_H

#include <stddef.h>

struct table {
    char *path;        /* as given */
    const char *where; /* where the path came from ("option --full"), or NULL */
    size_t rows, cols; /* data rows (the header not counted) and columns */
    char **header;     /* cols names */
    char **cells;      /* rows * cols cells, row-major */
    size_t *line;      /* the file's line number of each row, for messages */
    char *text;        /* the file's bytes, which the cells point into */
};

/* Read the table at `path`, at most max_bytes long; exits 2 on any error. */
struct table *table_read(const char *path, size_t max_bytes,
                         const char *where);

/* The index of column `name`; exits 2 naming the file if there is none. */
long table_col(const struct table *t, const char *name);

/* The index of column `name`, or -1 if the table has none. */
long table_find_col(const struct table *t, const char *name);

/* Cell (row, col) as text, and as a number (exits 2 with FILE:LINE if
 * the cell is not one; "nan" and "inf" are numbers here). */
const char *table_str(const struct table *t, size_t row, long col);
double table_num(const struct table *t, size_t row, long col);

void table_free(struct table *t);

#endif
