/*
 * test_filters.c - golden tests of the report's pandoc filters.
 *
 * Each case runs pandoc on tests/filters/NAME.md with the fixture under
 * tests/filters/fixture/ standing in for build/. A case that should work
 * must print exactly tests/filters/NAME.latex; a case that should fail
 * (a stale reference of some kind) must exit non-zero with its message.
 * Together they pin down the promise the book makes: a listing, number,
 * figure or ledger row is either current or the build stops, with the
 * file and line that is stale. The build's own checks of a new chapter's
 * files (suite names, header names) are tested here too.
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
        /* The message names the file and line; a Lua traceback would
         * only bury it. */
        CU_ASSERT_NOT_EQUAL(status, 0);
        if (strstr(got, c->error) == NULL) {
            fprintf(stderr, "\n%s: expected the message '%s'; got:\n%s\n",
                    input, c->error, got);
            CU_FAIL("the error message does not say what is stale");
        }
        if (strstr(got, "traceback") != NULL) {
            fprintf(stderr, "\n%s: a traceback:\n%s\n", input, got);
            CU_FAIL("a filter's error comes with a Lua traceback");
        }
    }
    free(got);
    check_rmtree(dir);
}

/* Errors about the text name the text's file and line (the block sits on
 * line 3 of each input); errors about a source's markers name the
 * source's line and the text's. */
static const struct filter_case include_cases[] = {
    { "include_ok", { "include" }, NULL, NULL },
    { "include_missing_file", { "include" }, NULL,
      "tests/filters/include_missing_file.md:3: no such file: "
      "tests/filters/fixture/no-such-file.c" },
    { "include_unknown_region", { "include" }, NULL,
      "tests/filters/include_unknown_region.md:3: no region 'nope' in "
      "tests/filters/fixture/regions.c" },
    { "include_duplicate", { "include" }, NULL,
      "bad_duplicate.c:4: region 'twice' already opened at line 1 "
      "(cited at tests/filters/include_duplicate.md:1)" },
    { "include_misnested", { "include" }, NULL,
      "bad_misnested.c:4: end of region 'a' while 'b' is open" },
    { "include_unclosed", { "include" }, NULL,
      "bad_unclosed.c:2: region 'open' is never closed" },
};

static const struct filter_case values_cases[] = {
    { "values_ok", { "values" }, NULL, NULL },
    { "values_unknown_key", { "values" }, NULL,
      "tests/filters/values_unknown_key.md:3: unknown value "
      "'{{no_such_key}}'" },
    { "values_missing_figure", { "values" }, NULL,
      "tests/filters/values_missing_figure.md:3: "
      "tests/filters/fixture/fig/demo/absent.pdf: no such figure" },
    { "values_unknown_column", { "values" }, NULL,
      "tests/filters/values_unknown_column.md:3: "
      "tests/filters/fixture/data/demo/table.tsv: no column 'nope'" },
};

#define CLAIMS FIXTURE "/chapters/"
static const struct filter_case ledger_cases[] = {
    { "ledger_ok", { "ledger", "values" }, "demo", NULL },
    { "ledger_untested", { "ledger" }, "bad",
      CLAIMS "bad/claims.tsv:2: claim Y1 has no test" },
    { "ledger_spaced", { "ledger" }, "spaced",
      CLAIMS "spaced/claims.tsv:1: the header must be the 5 tab-separated "
      "columns 'id claim verdict note evidence'" },
    { "ledger_spaced_row", { "ledger" }, "spacedrow",
      CLAIMS "spacedrow/claims.tsv:3: 1 cell where the header has 5" },
    { "ledger_duplicate", { "ledger" }, "demo twin",
      CLAIMS "twin/claims.tsv:2: claim X1 is already listed at "
      CLAIMS "demo/claims.tsv:2" },
    { "ledger_unprefixed", { "ledger", "values" }, "unprefixed",
      CLAIMS "unprefixed/claims.tsv:2: {{ratio}} needs its chapter in the "
      "ledger: write {{unprefixed:ratio}}" },
    { "ledger_unknown_value", { "ledger", "values" }, "unknownkey",
      CLAIMS "unknownkey/claims.tsv:3: unknown value '{{demo:nope}}'" },
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

/* Run `sh SCRIPT ARGS...` and return its exit status; its output (stdout
 * and stderr) is left in `out`, a buffer of `len` bytes. */
static int run_tool(const char *const argv[], char *out, size_t len)
{
    char dir[4096], path[4200];
    out[0] = '\0';
    if (check_tmpdir(dir, sizeof dir) != 0) {
        return -1;
    }
    snprintf(path, sizeof path, "%s/out.txt", dir);
    int status = check_spawn("sh", argv, path);
    char *got = slurp(path);
    if (got != NULL) {
        snprintf(out, len, "%s", got);
        free(got);
    }
    check_rmtree(dir);
    return status;
}

/* The traps of adding a chapter that the build's tools catch: a test file
 * whose CHECK_SUITE is not named after the file (else a bare link error),
 * and a header whose name another folder already has (else the tests
 * silently include the other one). */
static void test_build_checks(void)
{
    char out[4096], dir[4096], file[4200], want[4400];
    CU_ASSERT_FATAL(check_tmpdir(dir, sizeof dir) == 0);
    snprintf(file, sizeof file, "%s/test_new_chapter.c", dir);
    FILE *f = fopen(file, "w");
    CU_ASSERT_FATAL(f != NULL);
    fputs("#include \"check.h\"\n\nCHECK_SUITE(new, tests);\n", f);
    fclose(f);

    const char *suites[] = { "sh", "docs/tools/suites.sh", file, NULL };
    CU_ASSERT_NOT_EQUAL(run_tool(suites, out, sizeof out), 0);
    snprintf(want, sizeof want, "%s:3: CHECK_SUITE(new, ...) must be "
             "CHECK_SUITE(new_chapter, ...)", file);
    if (!CHECK(strstr(out, want) != NULL)) {
        fprintf(stderr, "\nsuites.sh: expected '%s'; got:\n%s\n", want, out);
    }
    const char *good[] = { "sh", "docs/tools/suites.sh", "tests/test_rng.c",
                           NULL };
    CU_ASSERT_EQUAL(run_tool(good, out, sizeof out), 0);
    CU_ASSERT_STRING_EQUAL(out, "X(rng)\n");
    check_rmtree(dir);

    const char *clash[] = { "sh", "docs/tools/headers.sh", "src/act.h",
                            "chapters/10-relu/dead.h",
                            "chapters/12-new/dead.h", NULL };
    CU_ASSERT_NOT_EQUAL(run_tool(clash, out, sizeof out), 0);
    CHECK(strstr(out, "chapters/12-new/dead.h: a header of the same name is "
                      "chapters/10-relu/dead.h") != NULL);
    const char *apart[] = { "sh", "docs/tools/headers.sh", "src/act.h",
                            "chapters/10-relu/dead.h",
                            "chapters/12-new/new_dead.h", NULL };
    CU_ASSERT_EQUAL(run_tool(apart, out, sizeof out), 0);
}

/* make check-keys: a key is findable as a literal, a printf template or
 * an OUTPUTS family in its chapter's code or src/; the rest are listed
 * with their line. "%s" alone is no template (it would match anything). */
static void test_keys_check(void)
{
    char out[4096];
    const char *argv[] = { "perl", "docs/tools/keys.pl", "-C",
                           FIXTURE "/keys", NULL };
    char dir[4096], path[4200];
    CU_ASSERT_FATAL(check_tmpdir(dir, sizeof dir) == 0);
    snprintf(path, sizeof path, "%s/out.txt", dir);
    int status = check_spawn("perl", argv, path);
    char *got = slurp(path);
    CU_ASSERT_FATAL(got != NULL);
    snprintf(out, sizeof out, "%s", got);
    free(got);
    check_rmtree(dir);

    CU_ASSERT_NOT_EQUAL(status, 0);
    static const char *const missing[] = { "nowhere", "tpl_relu", "any_key" };
    static const char *const found[] = { "lit_key", "tpl_relu_w10",
                                         "fam_tanh_b", "src_key", "in_code",
                                         "prime_10" };
    char line[128];
    for (size_t i = 0; i < sizeof missing / sizeof missing[0]; i++) {
        snprintf(line, sizeof line, "chapters/01-demo/chapter.md:3: %s\n",
                 missing[i]);
        if (!CHECK(strstr(out, line) != NULL)) {
            fprintf(stderr, "\nkeys.pl: expected '%s'; got:\n%s\n", line, out);
        }
    }
    for (size_t i = 0; i < sizeof found / sizeof found[0]; i++) {
        snprintf(line, sizeof line, ": %s\n", found[i]);
        CHECK(strstr(out, line) == NULL);
    }
    CHECK(strstr(out, "3 of  10 keys not findable") != NULL);
}

static const struct check_test tests[] = {
    { "lib", "listings come from named regions; stale ones stop the build",
      test_include_filter },
    { "lib", "numbers, tables, figures come from the data; unknown keys stop",
      test_values_filter },
    { "lib", "the ledger shows each claim's test outcome, failures included",
      test_ledger_filter },
    { "lib", "a misnamed suite or a header name used twice stops the build",
      test_build_checks },
    { "lib", "check-keys finds keys as literals, templates and families",
      test_keys_check },
    CHECK_END
};

CHECK_SUITE(filters, tests);
