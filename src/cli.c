/*
 * cli.c - the shared command-line parser; see cli.h.
 */
#include "cli.h"

#include "out.h"

#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *program_name = "course";

const char *cli_program_name(void)
{
    return program_name;
}

/* getopt_long returns an option's `val`: ours are OPT_FIRST + index, far
 * from the characters ':', '?' and 'h' that it also returns. */
#define OPT_FIRST 1000
#define OPT_OUT 999
#define OPT_HELP 'h'

static size_t count_opts(const struct cli_opt *opts)
{
    size_t n = 0;
    while (opts != NULL && opts[n].name != NULL)
        n++;
    return n;
}

static void format_default(char *buf, size_t size, const struct cli_opt *o)
{
    buf[0] = '\0';
    if (o->shown_default != NULL) {
        snprintf(buf, size, " (default %s)", o->shown_default);
        return;
    }
    switch (o->type) {
    case CLI_DOUBLE:
        snprintf(buf, size, " (default %g)", *(const double *)o->value);
        break;
    case CLI_LONG:
        snprintf(buf, size, " (default %ld)", *(const long *)o->value);
        break;
    case CLI_SEED:
        snprintf(buf, size, " (default %llu)",
                (unsigned long long)*(const uint64_t *)o->value);
        break;
    case CLI_CHOICE:
        snprintf(buf, size, " (default %s)", o->choices[*(const int *)o->value]);
        break;
    case CLI_PATH:
    case CLI_TEXT: {
        const char *path = *(const char *const *)o->value;
        snprintf(buf, size, " (default %s)", path != NULL ? path : "none");
        break;
    }
    case CLI_FLAG:
        break;
    }
}

/* What the help calls the value: --zmax=X, --acts=LIST. */
static const char *metavar(const struct cli_opt *o)
{
    switch (o->type) {
    case CLI_DOUBLE:
        return "X";
    case CLI_LONG:
    case CLI_SEED:
        return "N";
    case CLI_CHOICE:
        return "NAME";
    case CLI_PATH:
        return "PATH";
    case CLI_TEXT:
        return o->metavar != NULL ? o->metavar : "TEXT";
    case CLI_FLAG:
        break;
    }
    return "";
}

/* Text from column col on, folded at blanks so that no line passes
 * column 79; a folded line starts at column indent. */
enum { HELP_INDENT = 21, HELP_WIDTH = 79 };
static void fold(FILE *f, const char *text, int indent, int col)
{
    int start = col;
    while (*text != '\0') {
        size_t word = strcspn(text, " ");
        if (col > start && col + 1 + (int)word > HELP_WIDTH) {
            fprintf(f, "\n%*s", indent, "");
            col = start = indent;
        } else if (col > start) {
            fputc(' ', f);
            col++;
        }
        fwrite(text, 1, word, f);
        col += (int)word;
        text += word;
        text += strspn(text, " ");
    }
    fputc('\n', f);
}

/* "  --name=ARG         text", the text folded under itself. */
static void print_wrapped(FILE *f, const char *left, const char *text)
{
    fprintf(f, "  %-18s ", left);
    fold(f, text, HELP_INDENT, HELP_INDENT);
}

static void print_usage(const struct cli_program *prog, FILE *f)
{
    fprintf(f, "Usage: %s [OPTION]...\n", prog->name);
    fold(f, prog->purpose, 0, 0);
    fprintf(f, "\nOptions:\n");
    for (const struct cli_opt *o = prog->opts; o && o->name; o++) {
        char left[64];
        const char *arg = metavar(o);
        snprintf(left, sizeof left, "--%s%s%s", o->name, *arg ? "=" : "",
                 arg);
        char text[512], dflt[256];
        format_default(dflt, sizeof dflt, o);
        snprintf(text, sizeof text, "%s%s", o->help, dflt);
        print_wrapped(f, left, text);
        if (o->type == CLI_CHOICE) {
            char list[512] = "one of:";
            for (const char *const *c = o->choices; *c; c++) {
                size_t used = strlen(list);
                snprintf(list + used, sizeof list - used, " %s", *c);
            }
            print_wrapped(f, "", list);
        } else if (o->type == CLI_DOUBLE) {
            fprintf(f, "  %-18s from %g to %g\n", "", o->lo, o->hi);
        } else if (o->type == CLI_LONG) {
            /* whole numbers in full: 16777216, not 1.67772e+07 */
            fprintf(f, "  %-18s from %.0f to %.0f\n", "", o->lo, o->hi);
        }
    }
    fprintf(f, "  %-18s %s\n", "--out=DIR",
            "write the data files into DIR (an existing directory)");
    fprintf(f, "  %-18s %s\n", "--help", "print this help and exit");
    if (prog->outputs != NULL) {
        fprintf(f, "\nFiles written with --out:\n%s", prog->outputs);
    }
}

/* Parse `text` as the value of option `o`. Returns 0, or -1 after saying
 * why on `err`. */
static int set_value(const struct cli_program *prog, const struct cli_opt *o,
                     const char *text, FILE *err)
{
    const char *who = prog->name;
    char *end;

    if (o->type == CLI_FLAG) {
        *(int *)o->value = 1;
        return 0;
    }
    if (*text == '\0') {
        fprintf(err, "%s: option --%s: the value is empty\n", who, o->name);
        return -1;
    }
    /* strtod and strtol skip leading blanks but stop at trailing ones: one
     * rule for every number is to allow neither. */
    if (o->type != CLI_CHOICE && o->type != CLI_PATH &&
        o->type != CLI_TEXT) {
        for (const char *p = text; *p; p++) {
            if (isspace((unsigned char)*p)) {
                fprintf(err, "%s: option --%s: '%s' is not a number (it "
                        "has a blank)\n", who, o->name, text);
                return -1;
            }
        }
    }
    switch (o->type) {
    case CLI_DOUBLE: {
        /* Decimal as for the whole numbers: strtod alone would also take
         * C's hexadecimal form ("0x1p-3"). */
        const char *digits = text + (*text == '+' || *text == '-');
        int hex = digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X');
        errno = 0;
        double x = strtod(text, &end);
        if (hex || *end != '\0' || end == text) {
            fprintf(err, "%s: option --%s: '%s' is not a number\n", who,
                    o->name, text);
            return -1;
        }
        /* Overflow gives +-inf; an underflow (ERANGE with a tiny result) is
         * left to the range check. */
        if (!isfinite(x)) {
            fprintf(err, "%s: option --%s: '%s' is not a finite number in "
                    "range\n", who, o->name, text);
            return -1;
        }
        if (x < o->lo || x > o->hi) {
            fprintf(err, "%s: option --%s: '%s' is outside [%g, %g]\n", who,
                    o->name, text, o->lo, o->hi);
            return -1;
        }
        *(double *)o->value = x;
        return 0;
    }
    case CLI_LONG: {
        errno = 0;
        long x = strtol(text, &end, 10);
        if (*end != '\0' || end == text) {
            fprintf(err, "%s: option --%s: '%s' is not a whole number\n", who,
                    o->name, text);
            return -1;
        }
        if (errno == ERANGE || (double)x < o->lo || (double)x > o->hi) {
            /* whole numbers in full, as --help gives them */
            fprintf(err, "%s: option --%s: '%s' is outside [%.0f, %.0f]\n",
                    who, o->name, text, o->lo, o->hi);
            return -1;
        }
        *(long *)o->value = x;
        return 0;
    }
    case CLI_SEED: {
        /* strtoull accepts "-1" and wraps it; a seed is written >= 0, and
         * "+5" is 5 as for every other number. */
        errno = 0;
        unsigned long long x = strtoull(text, &end, 10);
        if (*text == '-' || *end != '\0' || end == text) {
            fprintf(err, "%s: option --%s: '%s' is not a whole number >= 0\n",
                    who, o->name, text);
            return -1;
        }
        if (errno == ERANGE) {
            fprintf(err, "%s: option --%s: '%s' does not fit in 64 bits\n",
                    who, o->name, text);
            return -1;
        }
        *(uint64_t *)o->value = (uint64_t)x;
        return 0;
    }
    case CLI_CHOICE:
        for (int i = 0; o->choices[i] != NULL; i++) {
            if (strcmp(text, o->choices[i]) == 0) {
                *(int *)o->value = i;
                return 0;
            }
        }
        fprintf(err, "%s: option --%s: '%s' is not one of:", who, o->name,
                text);
        for (const char *const *c = o->choices; *c; c++)
            fprintf(err, " %s", *c);
        fputc('\n', err);
        return -1;
    case CLI_PATH:
    case CLI_TEXT:
        /* Whether the path exists, or the list parses, is the program's
         * business. */
        *(const char **)o->value = text;
        return 0;
    case CLI_FLAG:
        break;
    }
    return -1;
}

/* The argument, from argv[from] on, that holds the short option byte ch:
 * the one getopt complained about. */
static const char *short_arg(int argc, char **argv, int from, int ch)
{
    for (int i = from; i < argc; i++) {
        if (argv[i][0] == '-' && strchr(argv[i] + 1, (char)ch) != NULL) {
            return argv[i];
        }
    }
    return from < argc ? argv[from] : "?";
}

enum cli_status cli_parse_args(const struct cli_program *prog, int argc,
                               char **argv, const char **out_dir,
                               FILE *help, FILE *err)
{
    size_t n = count_opts(prog->opts);
    struct option *longopts = calloc(n + 3, sizeof *longopts);
    enum cli_status status = CLI_OK;
    const char *out = NULL;

    if (longopts == NULL) {
        fprintf(err, "%s: out of memory\n", prog->name);
        return CLI_ERROR;
    }
    for (size_t i = 0; i < n; i++) {
        const struct cli_opt *o = &prog->opts[i];
        longopts[i] = (struct option){
            o->name, o->type == CLI_FLAG ? no_argument : required_argument,
            NULL, OPT_FIRST + (int)i
        };
    }
    longopts[n] = (struct option){ "out", required_argument, NULL, OPT_OUT };
    longopts[n + 1] = (struct option){ "help", no_argument, NULL, OPT_HELP };

    /* optind = 0 makes glibc start afresh, so the parser can run twice in
     * one process (the tests do); opterr = 0 because we word the errors. */
    optind = 0;
    opterr = 0;
    for (;;) {
        int arg = optind > 0 ? optind : 1;
        int c = getopt_long(argc, argv, ":h", longopts, NULL);
        if (c == -1) {
            break;
        }
        if (c == OPT_HELP) {
            print_usage(prog, help);
            status = CLI_HELP;
            break;
        }
        if (c == OPT_OUT) {
            if (*optarg == '\0') {
                fprintf(err, "%s: option --out: the value is empty\n",
                        prog->name);
                status = CLI_ERROR;
                break;
            }
            out = optarg;
            continue;
        }
        if (c == ':' || c == '?') {
            /* An unknown long option is the argument getopt just stepped
             * over (optopt is 0); a short one is a byte of the argument it
             * is reading, which is shown whole: "-é" is two bytes. */
            const char *what = optopt == 0 ? argv[optind - 1]
                                           : short_arg(argc, argv, arg,
                                                       optopt);
            fprintf(err, c == ':' ? "%s: option '%s' needs a value\n"
                                  : "%s: unknown option '%s'\n",
                    prog->name, what);
            status = CLI_ERROR;
            break;
        }
        if (c < OPT_FIRST || (size_t)(c - OPT_FIRST) >= n) {
            fprintf(err, "%s: unknown option '%s'\n", prog->name,
                    argv[optind - 1]);
            status = CLI_ERROR;
            break;
        }
        if (set_value(prog, &prog->opts[c - OPT_FIRST], optarg, err) != 0) {
            status = CLI_ERROR;
            break;
        }
    }
    if (status == CLI_OK && optind < argc) {
        fprintf(err, "%s: unexpected argument '%s'\n", prog->name,
                argv[optind]);
        status = CLI_ERROR;
    }
    free(longopts);
    if (status == CLI_ERROR) {
        fprintf(err, "Try '%s --help' for the options.\n", prog->name);
    }
    *out_dir = status == CLI_OK ? out : NULL;
    return status;
}

/* At exit: what went to stdout must have been written. A summary cut off
 * by a full disk would otherwise end with exit status 0. */
static void check_stdout(void)
{
    if (out_stdout_failed()) {
        _exit(1); /* exit() may not be called again from an atexit handler */
    }
}

const char *cli_parse(const struct cli_program *prog, int argc, char **argv)
{
    const char *out = NULL;
    program_name = prog->name;
    atexit(check_stdout);
    switch (cli_parse_args(prog, argc, argv, &out, stdout, stderr)) {
    case CLI_OK:
        break;
    case CLI_HELP:
        exit(0);
    case CLI_ERROR:
        exit(2);
    }
    if (out != NULL && out_begin(out) != 0) {
        fprintf(stderr, "%s: option --out: cannot write into '%s': %s\n",
                prog->name, out, strerror(errno));
        exit(2);
    }
    return out;
}
