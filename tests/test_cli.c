/*
 * test_cli.c - the shared argument parser (src/cli.h).
 *
 * In process, through cli_parse_args(), which returns instead of exiting:
 * every kind of bad value for every option type is refused with a message
 * that names the option and the value; good values parse exactly; absent
 * options keep their defaults; --help prints the usage; the parser can run
 * twice in one process.
 *
 * End to end, every chapter program in check_bin_dir(): --help exits 0,
 * a bad option or --out directory exits 2 and writes nothing, and a
 * normal run with --out leaves no temporary file behind.
 */
#include "check.h"

#include "act.h"
#include "cli.h"

#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ------------------------------------------------------------------ */
/* a program description with one option of every type                */
/* ------------------------------------------------------------------ */

#define ZMAX_DEFAULT 6.0
#define N_DEFAULT 100L
#define SEED_DEFAULT 42u
#define ACT_DEFAULT ACT_SIGMOID

static double zmax;
static long n;
static uint64_t seed;
static int act;
static int fast;

static const struct cli_opt opts[] = {
    CLI_DOUBLE("zmax", &zmax, 1e-3, 50, "largest |z|"),
    CLI_LONG("n", &n, 1, 1000000, "number of points"),
    CLI_SEED("seed", &seed, "random seed"),
    CLI_CHOICE("act", &act, act_names, "activation"),
    CLI_FLAG("fast", &fast, "fewer points"),
    CLI_END
};

static const struct cli_program prog = {
    "test-prog", "exercise the parser", "  function.tsv  z and g(z)\n",
    opts,
};

static void reset_defaults(void)
{
    zmax = ZMAX_DEFAULT;
    n = N_DEFAULT;
    seed = SEED_DEFAULT;
    act = ACT_DEFAULT;
    fast = 0;
}

static int defaults_untouched(void)
{
    return zmax == ZMAX_DEFAULT && n == N_DEFAULT && seed == SEED_DEFAULT &&
           act == ACT_DEFAULT && fast == 0;
}

/* What the last parse() wrote to each stream, and where --out points. */
static char err_text[2048];
static char help_text[8192];
static const char *out_dir;

static void read_back(FILE *f, char *buf, size_t len)
{
    rewind(f);
    size_t got = fread(buf, 1, len - 1, f);
    buf[got] = '\0';
    fclose(f);
}

/* Parse "test-prog" followed by the given arguments (NULL-terminated),
 * after resetting every option to its default. */
static enum cli_status parse(const char *arg, ...)
{
    char *argv[16];
    int argc = 0;
    argv[argc++] = (char *)prog.name;
    va_list ap;
    va_start(ap, arg);
    for (const char *a = arg; a != NULL && argc < 15; a = va_arg(ap, char *))
        argv[argc++] = (char *)a;
    va_end(ap);
    argv[argc] = NULL;

    reset_defaults();
    FILE *help = tmpfile(), *err = tmpfile();
    CU_ASSERT_FATAL(help != NULL && err != NULL);
    out_dir = "(not set)";
    enum cli_status s =
        cli_parse_args(&prog, argc, argv, &out_dir, help, err);
    read_back(help, help_text, sizeof help_text);
    read_back(err, err_text, sizeof err_text);
    return s;
}

static int contains(const char *text, const char *part)
{
    return strstr(text, part) != NULL;
}

/* ------------------------------------------------------------------ */
/* bad values                                                         */
/* ------------------------------------------------------------------ */

struct bad {
    const char *opt;   /* the option, without dashes */
    const char *value; /* the bad value */
};

static const struct bad BAD_VALUES[] = {
    /* CLI_DOUBLE, range [1e-3, 50] */
    { "zmax", "abc" },   { "zmax", "" },       { "zmax", "1.5x" },
    { "zmax", "3 " },    { "zmax", " " },      { "zmax", "1,5" },
    { "zmax", "nan" },   { "zmax", "NaN" },    { "zmax", "inf" },
    { "zmax", "-inf" },  { "zmax", "infinity" }, { "zmax", "1e999" },
    { "zmax", "-1e999" }, { "zmax", "0" },     { "zmax", "-1" },
    { "zmax", "1e-4" },  { "zmax", "50.000001" }, { "zmax", "0x1p99" },
    { "zmax", "--" },    { "zmax", "e5" },     { "zmax", " 5" },
    { "zmax", "\t5" },   { "zmax", "0x10" },   { "zmax", "-0x1p-3" },
    { "zmax", "5\n" },
    /* CLI_LONG, range [1, 1e6]: sizes */
    { "n", "abc" },      { "n", "" },          { "n", "3 " },
    { "n", "3x" },       { "n", "1.5" },       { "n", "1e3" },
    { "n", "-1" },       { "n", "0" },         { "n", "1000001" },
    { "n", "99999999999999999999" },
    { "n", "-99999999999999999999" },
    { "n", "0x10" },     { "n", "nan" },       { "n", "inf" },
    { "n", "-inf" },     { "n", " 5" },        { "n", "\t5" },
    /* CLI_SEED: whole numbers >= 0 that fit in 64 bits */
    { "seed", "-1" },    { "seed", "-0" },     { "seed", " -1" },
    { "seed", "\t-1" },  { "seed", "abc" },    { "seed", "" },
    { "seed", "1.5" },   { "seed", "1 " },     { "seed", "0x10" },
    { "seed", "18446744073709551616" },
    { "seed", "99999999999999999999999" },
    { "seed", "nan" },   { "seed", "inf" },    { "seed", "-inf" },
    { "seed", " 5" },    { "seed", "+-5" },
    /* CLI_CHOICE */
    { "act", "sigmoidx" }, { "act", "" },      { "act", "SIGMOID" },
    { "act", "sig" },    { "act", "relu " },   { "act", "2" },
};

static void test_bad_values_refused(void)
{
    for (size_t i = 0; i < sizeof BAD_VALUES / sizeof BAD_VALUES[0]; i++) {
        const struct bad *b = &BAD_VALUES[i];
        char opt[64], quoted[64], joined[96];
        snprintf(opt, sizeof opt, "--%s", b->opt);
        snprintf(quoted, sizeof quoted, "'%s'", b->value);
        snprintf(joined, sizeof joined, "--%s=%s", b->opt, b->value);

        /* As two words and as one: --zmax abc and --zmax=abc. */
        for (int form = 0; form < 2; form++) {
            enum cli_status s = form == 0 ? parse(opt, b->value, NULL)
                                          : parse(joined, NULL);
            int named = contains(err_text, opt) &&
                        (b->value[0] == '\0' ? contains(err_text, "empty")
                                             : contains(err_text, quoted));
            char what[200];
            snprintf(what, sizeof what,
                     "%s %s: status %d, value kept, message names both",
                     opt, quoted, (int)s);
            CU_assertImplementation(s == CLI_ERROR && defaults_untouched() &&
                                        named && out_dir == NULL &&
                                        help_text[0] == '\0',
                                    __LINE__, what, __FILE__, "", CU_FALSE);
        }
    }
}

/* An out-of-range whole number is told its bounds as --help gives
 * them, in full. */
static void test_range_message_in_full(void)
{
    CU_ASSERT_EQUAL(parse("--n", "1000001", NULL), CLI_ERROR);
    CU_ASSERT(contains(err_text, "outside [1, 1000000]"));
}

/* A flag takes no value; --fast=1 is refused and the message names it. */
static void test_flag_refuses_value(void)
{
    CU_ASSERT_EQUAL(parse("--fast=1", NULL), CLI_ERROR);
    CU_ASSERT(contains(err_text, "--fast"));
    CU_ASSERT_EQUAL(fast, 0);
}

static void test_bad_arguments_refused(void)
{
    /* Unknown options, long and short. */
    CU_ASSERT_EQUAL(parse("--no-such-option", NULL), CLI_ERROR);
    CU_ASSERT(contains(err_text, "'--no-such-option'"));
    CU_ASSERT_EQUAL(parse("--no-such-option=3", NULL), CLI_ERROR);
    CU_ASSERT(contains(err_text, "--no-such-option"));
    CU_ASSERT_EQUAL(parse("-x", NULL), CLI_ERROR);
    CU_ASSERT(contains(err_text, "'-x'"));
    /* A short option that is not ASCII ("-é" is '-' and two bytes) is
     * named as the user typed it, not as the program's name. */
    CU_ASSERT_EQUAL(parse("-\xc3\xa9", NULL), CLI_ERROR);
    CU_ASSERT(contains(err_text, "unknown option '-\xc3\xa9'"));
    CU_ASSERT_EQUAL(parse("--n=3", "-\xc3\xa9", NULL), CLI_ERROR);
    CU_ASSERT(contains(err_text, "unknown option '-\xc3\xa9'"));

    /* A missing value, for every option that takes one. */
    const char *need[] = { "--zmax", "--n", "--seed", "--act", "--out" };
    for (size_t i = 0; i < sizeof need / sizeof need[0]; i++) {
        CU_ASSERT_EQUAL(parse(need[i], NULL), CLI_ERROR);
        CU_ASSERT(contains(err_text, need[i]));
        CU_ASSERT(contains(err_text, "needs a value"));
    }
    /* An empty --out. */
    CU_ASSERT_EQUAL(parse("--out=", NULL), CLI_ERROR);
    CU_ASSERT(contains(err_text, "--out"));

    /* Unexpected positional arguments, before, after and past "--". */
    CU_ASSERT_EQUAL(parse("extra", NULL), CLI_ERROR);
    CU_ASSERT(contains(err_text, "'extra'"));
    CU_ASSERT_EQUAL(parse("--n", "5", "extra", NULL), CLI_ERROR);
    CU_ASSERT(contains(err_text, "'extra'"));
    CU_ASSERT_EQUAL(parse("extra", "--n", "5", NULL), CLI_ERROR);
    CU_ASSERT(contains(err_text, "'extra'"));
    CU_ASSERT_EQUAL(parse("--", "--n", NULL), CLI_ERROR);
    CU_ASSERT(contains(err_text, "'--n'"));
    CU_ASSERT_EQUAL(parse("-", NULL), CLI_ERROR);
    CU_ASSERT(contains(err_text, "'-'"));

    /* Every refusal ends by pointing at --help, and writes no usage. */
    CU_ASSERT(contains(err_text, "--help"));
    CU_ASSERT_EQUAL(help_text[0], '\0');
}

/* ------------------------------------------------------------------ */
/* good values                                                        */
/* ------------------------------------------------------------------ */

static void test_good_values_parse_exactly(void)
{
    /* strtod is correctly rounded, so "1e-3" is the double 1e-3; the
     * range is inclusive at both ends. */
    CU_ASSERT_EQUAL(parse("--zmax", "1e-3", NULL), CLI_OK);
    CU_ASSERT_EQUAL(zmax, 1e-3);
    CU_ASSERT_EQUAL(parse("--zmax=50", NULL), CLI_OK);
    CU_ASSERT_EQUAL(zmax, 50.0);
    CU_ASSERT_EQUAL(parse("--zmax", "2.5", NULL), CLI_OK);
    CU_ASSERT_EQUAL(zmax, 2.5);
    CU_ASSERT_EQUAL(parse("--zmax", "1E1", NULL), CLI_OK);
    CU_ASSERT_EQUAL(zmax, 10.0);
    CU_ASSERT_EQUAL(parse("--zmax", "0.30000000000000004", NULL), CLI_OK);
    CU_ASSERT_EQUAL(zmax, 0.1 + 0.2);
    /* One rule for every number: a leading '+' is allowed everywhere. */
    CU_ASSERT_EQUAL(parse("--zmax", "+5", NULL), CLI_OK);
    CU_ASSERT_EQUAL(zmax, 5.0);
    CU_ASSERT_EQUAL(parse("--seed", "+5", NULL), CLI_OK);
    CU_ASSERT_EQUAL(seed, 5);

    /* A CLI_LONG is read by strtol in base 10: "010" is ten, not octal
     * eight, and "0x10" was refused above; a leading '+' is allowed. */
    CU_ASSERT_EQUAL(parse("--n", "1", NULL), CLI_OK);
    CU_ASSERT_EQUAL(n, 1);
    CU_ASSERT_EQUAL(parse("--n=1000000", NULL), CLI_OK);
    CU_ASSERT_EQUAL(n, 1000000);
    CU_ASSERT_EQUAL(parse("--n", "010", NULL), CLI_OK);
    CU_ASSERT_EQUAL(n, 10);
    CU_ASSERT_EQUAL(parse("--n", "+7", NULL), CLI_OK);
    CU_ASSERT_EQUAL(n, 7);

    /* Seeds: the whole 64-bit range, 0 and 2^64 - 1 included. */
    CU_ASSERT_EQUAL(parse("--seed", "0", NULL), CLI_OK);
    CU_ASSERT_EQUAL(seed, 0);
    CU_ASSERT_EQUAL(parse("--seed", "18446744073709551615", NULL), CLI_OK);
    CU_ASSERT_EQUAL(seed, UINT64_MAX);
    CU_ASSERT_EQUAL(parse("--seed=12345678901234567890", NULL), CLI_OK);
    CU_ASSERT_EQUAL(seed, 12345678901234567890u);

    /* Choices by exact name, giving the index in the list. */
    for (int k = 0; act_names[k] != NULL; k++) {
        CU_ASSERT_EQUAL(parse("--act", act_names[k], NULL), CLI_OK);
        CU_ASSERT_EQUAL(act, k);
    }
    CU_ASSERT_EQUAL(parse("--act=leaky-relu", NULL), CLI_OK);
    CU_ASSERT_EQUAL(act, ACT_LEAKY_RELU);

    /* Everything at once; the last of a repeated option wins; --out is
     * handed back as given; nothing is printed on success. */
    CU_ASSERT_EQUAL(parse("--zmax", "3", "--n", "4", "--n", "5", "--seed",
                          "7", "--act", "relu", "--fast", "--out",
                          "/some/dir", NULL),
                    CLI_OK);
    CU_ASSERT_EQUAL(zmax, 3.0);
    CU_ASSERT_EQUAL(n, 5);
    CU_ASSERT_EQUAL(seed, 7);
    CU_ASSERT_EQUAL(act, ACT_RELU);
    CU_ASSERT_EQUAL(fast, 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(out_dir);
    CU_ASSERT_STRING_EQUAL(out_dir, "/some/dir");
    CU_ASSERT_EQUAL(err_text[0], '\0');
    CU_ASSERT_EQUAL(help_text[0], '\0');

    /* "--" ends the options; nothing after it is fine. */
    CU_ASSERT_EQUAL(parse("--n", "9", "--", NULL), CLI_OK);
    CU_ASSERT_EQUAL(n, 9);
}

static void test_defaults_untouched(void)
{
    CU_ASSERT_EQUAL(parse(NULL), CLI_OK);
    CU_ASSERT(defaults_untouched());
    CU_ASSERT_PTR_NULL(out_dir);
    CU_ASSERT_EQUAL(err_text[0], '\0');

    CU_ASSERT_EQUAL(parse("--n", "5", NULL), CLI_OK);
    CU_ASSERT_EQUAL(n, 5);
    CU_ASSERT(zmax == ZMAX_DEFAULT && seed == SEED_DEFAULT &&
              act == ACT_DEFAULT && fast == 0);
    CU_ASSERT_PTR_NULL(out_dir);
}

static void test_help(void)
{
    const char *forms[] = { "--help", "-h" };
    for (size_t i = 0; i < 2; i++) {
        CU_ASSERT_EQUAL(parse(forms[i], NULL), CLI_HELP);
        CU_ASSERT(contains(help_text, "Usage:"));
        CU_ASSERT(contains(help_text, "test-prog"));
        /* Every option, its default and range, and the two built in. */
        CU_ASSERT(contains(help_text, "--zmax=X"));
        CU_ASSERT(contains(help_text, "(default 6)"));
        CU_ASSERT(contains(help_text, "from 0.001 to 50"));
        CU_ASSERT(contains(help_text, "--n=N"));
        CU_ASSERT(contains(help_text, "--seed=N"));
        CU_ASSERT(contains(help_text, "(default 42)"));
        CU_ASSERT(contains(help_text, "--act=NAME"));
        CU_ASSERT(contains(help_text, "leaky-relu"));
        CU_ASSERT(contains(help_text, "--fast"));
        CU_ASSERT(contains(help_text, "--out=DIR"));
        CU_ASSERT(contains(help_text, "--help"));
        CU_ASSERT(contains(help_text, "function.tsv"));
        CU_ASSERT_EQUAL(err_text[0], '\0');
        CU_ASSERT_PTR_NULL(out_dir);
        CU_ASSERT(defaults_untouched());
    }
    /* --help wins over options before it, and stops there. */
    CU_ASSERT_EQUAL(parse("--n", "5", "--help", "--zmax", "abc", NULL),
                    CLI_HELP);
    CU_ASSERT(contains(help_text, "Usage:"));
}

/* getopt keeps state between calls (the next argument, the position
 * inside a cluster such as -xy); cli_parse_args resets it, so a second
 * parse in one process starts afresh, whatever the first one did. */
static void test_parser_restarts(void)
{
    CU_ASSERT_EQUAL(parse("--zmax", "abc", NULL), CLI_ERROR);
    CU_ASSERT_EQUAL(parse("--zmax", "2", NULL), CLI_OK);
    CU_ASSERT_EQUAL(zmax, 2.0);

    /* Stopped inside the cluster -xy, after -x. */
    CU_ASSERT_EQUAL(parse("-xy", NULL), CLI_ERROR);
    CU_ASSERT_EQUAL(parse("--n", "9", NULL), CLI_OK);
    CU_ASSERT_EQUAL(n, 9);

    /* Stopped at --help, with arguments left over. */
    CU_ASSERT_EQUAL(parse("--help", "--n", "3", NULL), CLI_HELP);
    CU_ASSERT_EQUAL(parse("--n", "3", NULL), CLI_OK);
    CU_ASSERT_EQUAL(n, 3);

    /* A successful parse, then the same again. */
    CU_ASSERT_EQUAL(parse("--seed", "5", NULL), CLI_OK);
    CU_ASSERT_EQUAL(parse("--seed", "5", NULL), CLI_OK);
    CU_ASSERT_EQUAL(seed, 5);
}

/* CLI_PATH: any non-empty text is taken as given, existing or not
 * (whether it can be read is the program's business); an empty one is
 * refused, naming the option, and the default stays. */
static void test_path_option(void)
{
    static const char *path;
    const char *const fallback = "default/path";
    const struct cli_opt popts[] = {
        CLI_PATH("data", &path, "a table to read"),
        CLI_END
    };
    const struct cli_program pprog = { "path-prog", "paths", NULL, popts };
    struct {
        const char *value;
        enum cli_status want;
    } cases[] = {
        { "/", CLI_OK }, { "no/such/file.tsv", CLI_OK }, { "", CLI_ERROR },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *argv[] = { (char *)"path-prog", (char *)"--data",
                         (char *)cases[i].value, NULL };
        FILE *help = tmpfile(), *err = tmpfile();
        CU_ASSERT_FATAL(help != NULL && err != NULL);
        const char *out = NULL;
        path = fallback;
        enum cli_status s =
            cli_parse_args(&pprog, 3, argv, &out, help, err);
        read_back(help, help_text, sizeof help_text);
        read_back(err, err_text, sizeof err_text);
        CU_ASSERT_EQUAL(s, cases[i].want);
        if (cases[i].want == CLI_OK) {
            CU_ASSERT_PTR_EQUAL(path, cases[i].value);
        } else {
            CU_ASSERT_PTR_EQUAL(path, fallback);
            CU_ASSERT(contains(err_text, "--data"));
        }
    }
}

/* CLI_TEXT: a text that is not a path, shown with its own name for the
 * value (--acts=LIST, not --acts=PATH) and its default; CLI_TEXT_OR: one
 * whose default is described in words, not the NULL its variable holds. */
static const char *acts, *data_dir;
#define ACTS_DEFAULT "relu,tanh"
#define DATA_SHOWN "$DATA_DIR, else /usr/share/data"

static enum cli_status parse_text(const char *opt, const char *value)
{
    static const struct cli_opt topts[] = {
        CLI_TEXT("acts", &acts, "LIST", "the activations, comma-separated"),
        CLI_TEXT_OR("data", &data_dir, "DIR", DATA_SHOWN,
                    "the folder of the data set"),
        CLI_END
    };
    static const struct cli_program tprog = { "text-prog", "texts", NULL,
                                              topts };
    char *argv[] = { (char *)"text-prog", (char *)opt, (char *)value,
                     NULL };
    FILE *help = tmpfile(), *err = tmpfile();
    CU_ASSERT_FATAL(help != NULL && err != NULL);
    const char *out = NULL;
    acts = ACTS_DEFAULT;
    data_dir = NULL;
    int argc = opt == NULL ? 1 : value == NULL ? 2 : 3;
    enum cli_status s = cli_parse_args(&tprog, argc, argv, &out, help, err);
    read_back(help, help_text, sizeof help_text);
    read_back(err, err_text, sizeof err_text);
    return s;
}

static void test_text_option(void)
{
    CU_ASSERT_EQUAL(parse_text("--help", NULL), CLI_HELP);
    CU_ASSERT(contains(help_text, "  --acts=LIST        the activations, "
                                  "comma-separated (default relu,tanh)\n"));
    /* Folded at a blank before column 80, the rest under the text. */
    CU_ASSERT(contains(help_text, "  --data=DIR         the folder of the "
                                  "data set (default $DATA_DIR, else\n"
                                  "                     /usr/share/data)\n"));
    for (const char *line = help_text; *line;) {
        size_t len = strcspn(line, "\n");
        CU_ASSERT(len <= 79);
        line += len + (line[len] == '\n');
    }
    CU_ASSERT(!contains(help_text, "PATH"));
    CU_ASSERT(!contains(help_text, "(default none)"));

    /* Any non-empty text, blanks and all, kept as given. */
    const char *const good[] = { "elu", "relu, tanh", "no/such/dir" };
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        CU_ASSERT_EQUAL(parse_text("--acts", good[i]), CLI_OK);
        CU_ASSERT_PTR_EQUAL(acts, good[i]);
        CU_ASSERT_PTR_NULL(data_dir);
        CU_ASSERT_EQUAL(parse_text("--data", good[i]), CLI_OK);
        CU_ASSERT_PTR_EQUAL(data_dir, good[i]);
        CU_ASSERT_STRING_EQUAL(acts, ACTS_DEFAULT);
    }
    /* Absent: the default stays; empty: refused, naming the option. */
    CU_ASSERT_EQUAL(parse_text(NULL, NULL), CLI_OK);
    CU_ASSERT_STRING_EQUAL(acts, ACTS_DEFAULT);
    CU_ASSERT_PTR_NULL(data_dir);
    CU_ASSERT_EQUAL(parse_text("--acts", ""), CLI_ERROR);
    CU_ASSERT(contains(err_text, "option --acts: the value is empty"));
    CU_ASSERT_STRING_EQUAL(acts, ACTS_DEFAULT);
    CU_ASSERT_EQUAL(parse_text("--data", ""), CLI_ERROR);
    CU_ASSERT(contains(err_text, "option --data: the value is empty"));
    CU_ASSERT_PTR_NULL(data_dir);
}

/* ------------------------------------------------------------------ */
/* end to end: the chapter programs                                   */
/* ------------------------------------------------------------------ */

#define MAX_PROGRAMS 256
#define PATH_LEN 4096

static char programs[MAX_PROGRAMS][256];
static int program_count;

/* dir/name into buf, which must hold it whole. */
static void path_join(char *buf, size_t len, const char *dir,
                     const char *name)
{
    int k = snprintf(buf, len, "%s/%s", dir, name);
    CU_ASSERT_FATAL(k > 0 && (size_t)k < len);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(a, b);
}

/* Every executable regular file in check_bin_dir() but the test runner.
 * Returns 0 after a note when there is none: the programs are optional
 * (a fresh checkout may have no chapter yet), the assertions are not. */
static int find_programs(void)
{
    const char *dir = check_bin_dir();
    DIR *d = opendir(dir);
    program_count = 0;
    if (d == NULL) {
        /* The Makefile always sets the directory; then it must exist. */
        CU_ASSERT_PTR_NULL(getenv("COURSE_BIN_DIR"));
        return 0;
    }
    struct dirent *e;
    while ((e = readdir(d)) != NULL && program_count < MAX_PROGRAMS) {
        char path[PATH_LEN];
        struct stat st;
        if (e->d_name[0] == '.' || strstr(e->d_name, "course-tests") ||
            strlen(e->d_name) >= sizeof programs[0]) {
            continue;
        }
        path_join(path, sizeof path, dir, e->d_name);
        if (stat(path, &st) == 0 && S_ISREG(st.st_mode) &&
            access(path, X_OK) == 0) {
            strcpy(programs[program_count++], e->d_name);
        }
    }
    closedir(d);
    qsort(programs, (size_t)program_count, sizeof programs[0], by_name);
    if (program_count == 0) {
        printf("(no chapter programs in %s) ", dir);
    }
    return program_count;
}

static void read_file_text(const char *path, char *buf, size_t len)
{
    buf[0] = '\0';
    FILE *f = fopen(path, "r");
    if (f != NULL) {
        size_t got = fread(buf, 1, len - 1, f);
        buf[got] = '\0';
        fclose(f);
    }
}

/* Run `name` with up to four arguments; its output goes to `log`. */
static int run(const char *name, const char *log, const char *a1,
               const char *a2, const char *a3, const char *a4)
{
    const char *argv[] = { name, a1, a2, a3, a4, NULL };
    return check_run(argv, log);
}

/* An assertion that names the program and the case. */
static void expect_program(int ok, unsigned line, const char *name,
                           const char *what, const char *output)
{
    char msg[600];
    /* A long output is cut short: the message is for reading. */
    if (snprintf(msg, sizeof msg, "%s: %s; it printed: %.300s", name, what,
                 output) < 0) {
        msg[0] = '\0';
    }
    CU_assertImplementation(ok ? CU_TRUE : CU_FALSE, line, msg, __FILE__,
                            "", CU_FALSE);
}
#define EXPECT_PROGRAM(ok, name, what, output)                            \
    expect_program((ok), __LINE__, (name), (what), (output))

/* A scratch directory for one test: logs live there, apart from the --out
 * directories whose emptiness we check. */
struct scratch {
    char dir[PATH_LEN];
    char log[PATH_LEN];
    char text[8192];
};

static int scratch_open(struct scratch *s)
{
    if (check_tmpdir(s->dir, sizeof s->dir) != 0) {
        CU_FAIL("cannot make a temporary directory");
        return -1;
    }
    path_join(s->log, sizeof s->log, s->dir, "log.txt");
    return 0;
}

static void test_programs_help_and_unknown_option(void)
{
    struct scratch s;
    if (find_programs() == 0 || scratch_open(&s) != 0) {
        return;
    }
    for (int i = 0; i < program_count; i++) {
        const char *p = programs[i];
        int rc = run(p, s.log, "--help", NULL, NULL, NULL);
        read_file_text(s.log, s.text, sizeof s.text);
        EXPECT_PROGRAM(rc == 0 && contains(s.text, "Usage:"), p,
                       "--help exits 0 and prints Usage:", s.text);

        rc = run(p, s.log, "--no-such-option", NULL, NULL, NULL);
        read_file_text(s.log, s.text, sizeof s.text);
        EXPECT_PROGRAM(rc == 2 && contains(s.text, "--no-such-option"), p,
                       "--no-such-option exits 2 and is named", s.text);
    }
    check_rmtree(s.dir);
}

static void test_programs_refuse_bad_out_dir(void)
{
    struct scratch s;
    if (find_programs() == 0 || scratch_open(&s) != 0) {
        return;
    }
    for (int i = 0; i < program_count; i++) {
        const char *p = programs[i];

        /* A directory that does not exist (under our fresh directory, so
         * it cannot exist by accident). */
        char missing[PATH_LEN];
        path_join(missing, sizeof missing, s.dir, "nonexistent/dir");
        int rc = run(p, s.log, "--out", missing, NULL, NULL);
        read_file_text(s.log, s.text, sizeof s.text);
        EXPECT_PROGRAM(rc == 2 && contains(s.text, "--out") &&
                           contains(s.text, missing),
                       p, "--out to a missing directory exits 2, names both",
                       s.text);

        /* A directory that cannot be written. root ignores permission
         * bits, so as root we use a path below a regular file instead,
         * which nobody can create. */
        char dir[PATH_LEN], target[PATH_LEN];
        if (check_tmpdir(dir, sizeof dir) != 0) {
            CU_FAIL("cannot make a temporary directory");
            break;
        }
        int as_root = geteuid() == 0;
        int entries_before = 0;
        if (as_root) {
            char file[PATH_LEN];
            path_join(file, sizeof file, dir, "file");
            FILE *f = fopen(file, "w");
            CU_ASSERT_PTR_NOT_NULL_FATAL(f);
            fclose(f);
            path_join(target, sizeof target, file, "sub");
            entries_before = 1;
        } else {
            CU_ASSERT_FATAL(chmod(dir, 0555) == 0);
            snprintf(target, sizeof target, "%s", dir);
        }
        rc = run(p, s.log, "--out", target, NULL, NULL);
        read_file_text(s.log, s.text, sizeof s.text);
        EXPECT_PROGRAM(rc == 2 && contains(s.text, "--out") &&
                           contains(s.text, target),
                       p, "--out to an unwritable directory exits 2",
                       s.text);
        EXPECT_PROGRAM(check_count_entries(dir) == entries_before, p,
                       "an unwritable --out directory is left as it was",
                       s.text);
        chmod(dir, 0755);
        check_rmtree(dir);
    }
    check_rmtree(s.dir);
}

static void test_programs_refuse_positional(void)
{
    struct scratch s;
    if (find_programs() == 0 || scratch_open(&s) != 0) {
        return;
    }
    for (int i = 0; i < program_count; i++) {
        const char *p = programs[i];
        char dir[PATH_LEN];
        if (check_tmpdir(dir, sizeof dir) != 0) {
            CU_FAIL("cannot make a temporary directory");
            break;
        }
        int rc = run(p, s.log, "--out", dir, "unexpected-word", NULL);
        read_file_text(s.log, s.text, sizeof s.text);
        EXPECT_PROGRAM(rc == 2 && contains(s.text, "unexpected-word"), p,
                       "a positional argument exits 2 and is named", s.text);
        EXPECT_PROGRAM(check_count_entries(dir) == 0, p,
                       "a refused run writes nothing into --out", s.text);
        check_rmtree(dir);
    }
    check_rmtree(s.dir);
}

/* No entry starting with '.' (the hidden temporary names of out.h). */
static int hidden_entries(const char *path)
{
    DIR *d = opendir(path);
    if (d == NULL) {
        return -1;
    }
    int hidden = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.' && strcmp(e->d_name, ".") != 0 &&
            strcmp(e->d_name, "..") != 0) {
            hidden++;
        }
    }
    closedir(d);
    return hidden;
}

/* A chapter's main program, as opposed to a further program such as a
 * benchmark: its name is a folder chapters/NAME/ with a main.c. */
static int is_chapter_program(const char *name)
{
    char path[PATH_LEN];
    path_join(path, sizeof path, "chapters", name);
    strncat(path, "/main.c", sizeof path - strlen(path) - 1);
    return access(path, R_OK) == 0;
}

/* One full run of one chapter program: they all write through src/out.c,
 * and the report's build runs every one of them with --out anyway, so one
 * is enough here and keeps the suite fast (further programs such as
 * benchmarks and exhaustive checks are never run in full by the tests). */
static void test_programs_run_clean(void)
{
    struct scratch s;
    if (find_programs() == 0 || scratch_open(&s) != 0) {
        return;
    }
    for (int i = 0; i < program_count; i++) {
        const char *p = programs[i];
        char dir[PATH_LEN];
        if (!is_chapter_program(p)) {
            continue;
        }
        if (check_tmpdir(dir, sizeof dir) != 0) {
            CU_FAIL("cannot make a temporary directory");
            break;
        }
        int rc = run(p, s.log, "--out", dir, NULL, NULL);
        read_file_text(s.log, s.text, sizeof s.text);
        EXPECT_PROGRAM(rc == 0, p, "a run with --out DIR exits 0", s.text);
        EXPECT_PROGRAM(hidden_entries(dir) == 0, p,
                       "a finished run leaves no temporary file", s.text);
        check_rmtree(dir);
        break;
    }
    check_rmtree(s.dir);
}

static const struct check_test tests[] = {
    { "lib", "bad values of every option type are refused, named with the "
      "option and the value, and leave the default",
      test_bad_values_refused },
    { "lib", "a flag given a value is refused", test_flag_refuses_value },
    { "lib", "a whole number out of range is told its bounds in full",
      test_range_message_in_full },
    { "lib", "unknown options, missing values and positional arguments "
      "are refused and named",
      test_bad_arguments_refused },
    { "lib", "good values parse exactly (strtod, base-10 strtol, 64-bit "
      "seeds, choices by name)",
      test_good_values_parse_exactly },
    { "lib", "absent options keep their defaults", test_defaults_untouched },
    { "lib", "--help returns CLI_HELP and prints the usage",
      test_help },
    { "lib", "the parser restarts cleanly when called again",
      test_parser_restarts },
    { "lib", "a path option takes any non-empty text as given and "
      "refuses an empty one, naming the option", test_path_option },
    { "lib", "a text option shows its own value name and its default, "
      "described in words where it is not a value, and takes any "
      "non-empty text", test_text_option },
    { "lib", "every chapter program: --help exits 0, an unknown option 2",
      test_programs_help_and_unknown_option },
    { "lib", "every chapter program: a missing or unwritable --out exits 2 "
      "and writes nothing",
      test_programs_refuse_bad_out_dir },
    { "lib", "every chapter program: a positional argument exits 2 and "
      "writes nothing",
      test_programs_refuse_positional },
    { "lib", "the first chapter program: a run with --out exits 0 and "
      "leaves no temporary file",
      test_programs_run_clean },
    CHECK_END
};

CHECK_SUITE(cli, tests);
