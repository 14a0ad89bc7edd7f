/*
 * test_filters.c - golden tests of the report's pandoc filters.
 *
 * Each case runs pandoc on tests/filters/NAME.md with the fixture under
 * tests/filters/fixture/ standing in for build/. A case that should work
 * must print exactly tests/filters/NAME.latex; a case that should fail
 * (a stale reference of some kind) must exit non-zero with its message.
 * Together they pin down the promise the book makes: a listing, number,
 * figure or ledger row is either current or the build stops.
 */
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FIXTURE "tests/filters/fixture"

struct filter_case {
    const char *name;        /* tests/filters/NAME.md */
    const char *filters[3];  /* docs/filters/X.lua, in order */
    const char *chapters;    /* metadata `chapters` for the ledger */
    const char *error;       /* NULL: compare with NAME.latex */
};

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        return NULL;
    }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    rewind(f);
    char *buf = malloc((size_t)n + 1);
    if (buf != NULL) {
        buf[fread(buf, 1, (size_t)n, f)] = '\0';
    }
    fclose(f);
    return buf;
}

static void run_case(const struct filter_case *c)
{
    char input[256], golden[256], out[4096], meta_ch[256];
    char lua[3][128];
    const char *argv[32];
    int n = 0;

    snprintf(input, sizeof input, "tests/filters/%s.md", c->name);
    snprintf(golden, sizeof golden, "tests/filters/%s.latex", c->name);
    snprintf(meta_ch, sizeof meta_ch, "chapters=%s",
             c->chapters ? c->chapters : "demo");
    if (check_tmpdir(out, sizeof out - 16) != 0) {
        CU_FAIL("cannot make a temporary directory");
        return;
    }
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", out);
    strcat(out, "/out.txt");

    argv[n++] = "pandoc";
    argv[n++] = "-f";
    argv[n++] = "markdown";
    argv[n++] = "-t";
    argv[n++] = "latex";
    for (int i = 0; i < 3 && c->filters[i]; i++) {
        snprintf(lua[i], sizeof lua[i], "--lua-filter=docs/filters/%s.lua",
                 c->filters[i]);
        argv[n++] = lua[i];
    }
    argv[n++] = "-M";
    argv[n++] = "builddir=" FIXTURE;
    argv[n++] = "-M";
    argv[n++] = "chapter=demo";
    argv[n++] = "-M";
    argv[n++] = "results=" FIXTURE "/results.tsv";
    argv[n++] = "-M";
    argv[n++] = "chaptersdir=" FIXTURE "/chapters";
    argv[n++] = "-M";
    argv[n++] = meta_ch;
    argv[n++] = input;
    argv[n] = NULL;

    int status = check_spawn("pandoc", argv, out);
    char *got = slurp(out);
    CU_ASSERT_FATAL(got != NULL);
    if (c->error == NULL) {
        char *want = slurp(golden);
        CU_ASSERT_EQUAL(status, 0);
        CU_ASSERT_PTR_NOT_NULL(want);
        if (want != NULL && strcmp(got, want) != 0) {
            fprintf(stderr, "\n%s differs from %s; pandoc printed:\n%s\n",
                    input, golden, got);
            CU_FAIL("filter output differs from its golden file");
        }
        free(want);
    } else {
        CU_ASSERT_NOT_EQUAL(status, 0);
        if (strstr(got, c->error) == NULL) {
            fprintf(stderr, "\n%s: expected the message '%s'; got:\n%s\n",
                    input, c->error, got);
            CU_FAIL("the error message does not say what is stale");
        }
    }
    free(got);
    check_rmtree(dir);
}

static const struct filter_case include_cases[] = {
    { "include_ok", { "include" }, NULL, NULL },
    { "include_missing_file", { "include" }, NULL,
      "tests/filters/fixture/no-such-file.c: no such file" },
    { "include_unknown_region", { "include" }, NULL,
      "regions.c: no region 'nope'" },
    { "include_duplicate", { "include" }, NULL,
      "bad_duplicate.c:4: region 'twice' already opened at line 1" },
    { "include_misnested", { "include" }, NULL,
      "bad_misnested.c:4: end of region 'a' while 'b' is open" },
    { "include_unclosed", { "include" }, NULL,
      "bad_unclosed.c:2: region 'open' is never closed" },
};

static const struct filter_case values_cases[] = {
    { "values_ok", { "values" }, NULL, NULL },
    { "values_unknown_key", { "values" }, NULL,
      "unknown value '{{no_such_key}}'" },
    { "values_missing_figure", { "values" }, NULL,
      "fig/demo/absent.pdf: no such figure" },
    { "values_unknown_column", { "values" }, NULL,
      "table.tsv: no column 'nope'" },
};

static const struct filter_case ledger_cases[] = {
    { "ledger_ok", { "ledger", "values" }, "demo", NULL },
    { "ledger_untested", { "ledger" }, "bad", "claim Y1 has no test" },
};

#define RUN_ALL(cases)                                                     \
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)           \
        run_case(&cases[i])

static void test_include_filter(void)
{
    RUN_ALL(include_cases);
}

static void test_values_filter(void)
{
    RUN_ALL(values_cases);
}

static void test_ledger_filter(void)
{
    RUN_ALL(ledger_cases);
}

static const struct check_test tests[] = {
    { "lib", "listings come from named regions; stale ones stop the build",
      test_include_filter },
    { "lib", "numbers, tables, figures come from the data; unknown keys stop",
      test_values_filter },
    { "lib", "the ledger shows each claim's test outcome, failures included",
      test_ledger_filter },
    CHECK_END
};

CHECK_SUITE(filters, tests);
