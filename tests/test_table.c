/*
 * test_table.c - reading tables back (src/table.h) and memory for arrays
 * (src/alloc.h): a good table reads cell for cell; every kind of bad file
 * a user can point a program at is refused with exit status 2 and a
 * message naming the file (and the line, where there is one).
 */
#include "check.h"

#include "alloc.h"
#include "table.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

/* Files larger than this are refused (the bound the tests ask for). */
#define MAX_BYTES 4096

static char dir[256];
static char path[512];

static int contains(const char *text, const char *part)
{
    return strstr(text, part) != NULL;
}

static const char *write_file(const char *name, const char *text)
{
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    CU_ASSERT_FATAL(f != NULL);
    fputs(text, f);
    fclose(f);
    return path;
}

static void test_good_table_reads_back(void)
{
    CU_ASSERT_FATAL(check_tmpdir(dir, sizeof dir) == 0);
    const char *p = write_file("good.tsv", "name\tns\tgbs\n"
                                           "copy\t0.27\t31.5\n\n"
                                           "relu\t0.28\tnan\r\n");
    struct table *t = table_read(p, MAX_BYTES, "option --data");
    CU_ASSERT_EQUAL(t->rows, 2);
    CU_ASSERT_EQUAL(t->cols, 3);
    long ns = table_col(t, "ns");
    CU_ASSERT_EQUAL(ns, 1);
    CU_ASSERT_EQUAL(table_find_col(t, "absent"), -1);
    CU_ASSERT_STRING_EQUAL(table_str(t, 0, 0), "copy");
    CU_ASSERT_EQUAL(table_num(t, 0, ns), 0.27); /* strtod, exactly */
    CU_ASSERT_STRING_EQUAL(table_str(t, 1, 0), "relu");
    CU_ASSERT(isnan(table_num(t, 1, 2)));       /* CRLF stripped */
    CU_ASSERT_EQUAL(t->line[1], 4);             /* after the blank line */
    table_free(t);
    check_rmtree(dir);
}

/* One bad file each: the child reads it and, or asks a bad cell. */
struct bad_case {
    const char *name, *text; /* text NULL: `name` is a path as given */
    const char *col;         /* read this column as numbers, or NULL */
    const char *says;        /* part of the expected message */
};

static const struct bad_case BAD[] = {
    { "/nonexistent/table.tsv", NULL, NULL, "cannot read it" },
    { "/dev/zero", NULL, NULL, "longer than 4096 bytes" },
    { "/tmp", NULL, NULL, "is a folder" },
    { "empty.tsv", "", NULL, "is empty" },
    { "ragged.tsv", "a\tb\n1\t2\n3\n", NULL, "ragged.tsv:3: 1 cells where "
      "the header has 2" },
    { "wide.tsv", "a\tb\n1\t2\t3\n", NULL, "wide.tsv:2: more than 2 cells" },
    { "spaces.tsv", "a b\n1 2\n", "b", "no column 'b'" },
    { "word.tsv", "a\tb\n1\t2\n3\tx\n", "b", "word.tsv:3: column 'b': 'x' "
      "is not a number" },
    { "noname.tsv", "a\t\tc\n1\t2\t3\n", NULL, "no name" },
};

static const struct bad_case *current;

static void read_bad(void *arg)
{
    (void)arg;
    const char *p = current->text == NULL ? current->name : path;
    struct table *t = table_read(p, MAX_BYTES, "option --data");
    if (current->col != NULL) {
        long c = table_col(t, current->col);
        for (size_t r = 0; r < t->rows; r++)
            table_num(t, r, c);
    }
}

static void test_bad_tables_refused_with_file_and_line(void)
{
    CU_ASSERT_FATAL(check_tmpdir(dir, sizeof dir) == 0);
    for (size_t i = 0; i < sizeof BAD / sizeof BAD[0]; i++) {
        current = &BAD[i];
        if (current->text != NULL) {
            write_file(current->name, current->text);
        }
        char err[512];
        int status = check_fork(read_bad, NULL, -1, err, sizeof err);
        char what[600];
        snprintf(what, sizeof what, "%s: exit 2 and '%s' in: %s",
                 current->name, current->says, err);
        CU_assertImplementation(WIFEXITED(status) &&
                                    WEXITSTATUS(status) == 2 &&
                                    contains(err, "option --data: ") &&
                                    contains(err, current->says),
                                __LINE__, what, __FILE__, "", CU_FALSE);
    }
    check_rmtree(dir);
}

static void alloc_too_much(void *arg)
{
    (void)arg;
    alloc_array(SIZE_MAX / 2, 4); /* n * size does not fit in size_t */
}

static void test_alloc_zeroed_or_clear_stop(void)
{
    double *x = alloc_array(1000, sizeof *x);
    int zero = 1;
    for (int i = 0; i < 1000; i++)
        zero &= x[i] == 0.0;
    CU_ASSERT(zero);
    free(x);
    free(alloc_array(0, sizeof *x)); /* a valid pointer to free */

    char err[256];
    int status = check_fork(alloc_too_much, NULL, -1, err, sizeof err);
    CU_ASSERT(WIFEXITED(status) && WEXITSTATUS(status) == 1);
    CU_ASSERT(contains(err, "out of memory"));
}

static const struct check_test tests[] = {
    { "lib", "a table reads back cell for cell, blank lines and CRLF "
      "skipped", test_good_table_reads_back },
    { "lib", "unreadable, oversized, folder, empty, ragged, misnamed and "
      "non-numeric tables: exit 2 naming file and line",
      test_bad_tables_refused_with_file_and_line },
    { "lib", "alloc_array gives zeroed memory, or exit 1 with 'out of "
      "memory' when the size overflows", test_alloc_zeroed_or_clear_stop },
    CHECK_END
};

CHECK_SUITE(table, tests);
