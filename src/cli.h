/*
 * cli.h - the one command-line parser every chapter program uses.
 *
 * A program describes its options in a table; cli_parse() reads argv with
 * getopt_long, checks every value (a number must be all number, finite and
 * in range), and adds two options of its own:
 *
 *   --out DIR   write the data files into DIR (without it, only the summary
 *               is printed); DIR must exist and be writable
 *   --help      print the usage to stdout and exit 0
 *
 * Every number follows one rule: an optional sign and the number in
 * decimal, with nothing before or after it, not even a blank ("+5",
 * "-0.5" and "1e-3", but not " 5", "5 " or "0x10"). A text (CLI_PATH,
 * CLI_TEXT) is any non-empty one, kept as given: what it must hold is the
 * program's to check. A bad value stops the program before it writes
 * anything, with a message that names the option and the value, and exit
 * status 2:
 *
 *   07-sigmoid: option --zmax: 'abc' is not a number
 */
#ifndef CLI_H
#define CLI_H

#include <stdint.h>
#include <stdio.h>

enum cli_type {
    CLI_DOUBLE, /* value: double *, within [lo, hi]                      */
    CLI_LONG,   /* value: long *, a whole number within [lo, hi]         */
    CLI_SEED,   /* value: uint64_t *, any whole number >= 0              */
    CLI_CHOICE, /* value: int *, the index of the name in `choices`      */
    CLI_FLAG,   /* value: int *, set to 1 when the option is given       */
    CLI_PATH,   /* value: const char **, any non-empty text (a file name) */
    CLI_TEXT,   /* value: const char **, any non-empty text (a list...) */
};

struct cli_opt {
    const char *name;            /* long name without the dashes */
    enum cli_type type;
    void *value;                 /* holds the default, receives the value */
    const char *help;            /* one line; the default is appended */
    double lo, hi;               /* accepted range, inclusive */
    const char *const *choices;  /* CLI_CHOICE: NULL-terminated names */
    const char *metavar;         /* CLI_TEXT: the value's name in the
                                    help, "LIST" in --acts=LIST */
    const char *shown_default;   /* if not NULL, the help shows it as the
                                    default instead of the value */
};

struct cli_program {
    const char *name;            /* the program's name, "07-sigmoid" */
    const char *purpose;         /* one line: what it shows */
    const char *outputs;         /* what --out DIR receives, or NULL */
    const struct cli_opt *opts;  /* ends with an entry whose name is NULL */
};

/*
 * Rows written by name, with the pointer's type checked by the compiler
 * (a long passed to CLI_DOUBLE is an error, not a silent misreading):
 *
 *   static const struct cli_opt opts[] = {
 *       CLI_DOUBLE("zmax", &zmax, 1e-3, 1e4, "half-width of the z range"),
 *       CLI_LONG("points", &points, 2, 1000000, "grid points"),
 *       CLI_SEED("seed", &seed, "seed of the random generator"),
 *       CLI_CHOICE("precision", &prec, PRECISION_NAMES, "the precision"),
 *       CLI_FLAG("quick", &quick, "a smaller run"),
 *       CLI_PATH("table", &path, "the recorded table"),
 *       CLI_TEXT("acts", &acts, "LIST", "activations, comma-separated"),
 *       CLI_TEXT_OR("data", &dir, "DIR", "$DATA_DIR, else /usr/share/data",
 *                   "the folder of the data set"),
 *       CLI_END
 *   };
 *
 * The help names each value after its option (--zmax=X, --points=N,
 * --precision=NAME, --table=PATH; a CLI_TEXT gives its own name,
 * --acts=LIST) and ends the line with the default, read from the
 * variable. Where the variable's default is not the real one (NULL, and
 * the program then looks elsewhere), CLI_TEXT_OR states the real one in
 * words, and the help says (in one line, wrapped here):
 *
 *   --data=DIR         the folder of the data set (default $DATA_DIR, else
 *                      /usr/share/data)
 */
#define CLI_TYPED_(type, p) ((void *)(1 ? (p) : (type *)0))
#define CLI_DOUBLE(name_, p, lo_, hi_, help_)                                \
    { .name = (name_), .type = CLI_DOUBLE, .value = CLI_TYPED_(double, p), \
      .help = (help_), .lo = (lo_), .hi = (hi_) }
#define CLI_LONG(name_, p, lo_, hi_, help_)                                  \
    { .name = (name_), .type = CLI_LONG, .value = CLI_TYPED_(long, p),     \
      .help = (help_), .lo = (lo_), .hi = (hi_) }
#define CLI_SEED(name_, p, help_)                                            \
    { .name = (name_), .type = CLI_SEED,                                   \
      .value = CLI_TYPED_(uint64_t, p), .help = (help_) }
#define CLI_CHOICE(name_, p, names_, help_)                                  \
    { .name = (name_), .type = CLI_CHOICE, .value = CLI_TYPED_(int, p),    \
      .help = (help_), .choices = (names_) }
#define CLI_FLAG(name_, p, help_)                                            \
    { .name = (name_), .type = CLI_FLAG, .value = CLI_TYPED_(int, p),      \
      .help = (help_) }
#define CLI_PATH(name_, p, help_)                                            \
    { .name = (name_), .type = CLI_PATH,                                   \
      .value = CLI_TYPED_(const char *, p), .help = (help_) }
#define CLI_TEXT(name_, p, metavar_, help_)                                  \
    { .name = (name_), .type = CLI_TEXT,                                   \
      .value = CLI_TYPED_(const char *, p), .help = (help_),               \
      .metavar = (metavar_) }
#define CLI_TEXT_OR(name_, p, metavar_, shown_default_, help_)              \
    { .name = (name_), .type = CLI_TEXT,                                   \
      .value = CLI_TYPED_(const char *, p), .help = (help_),               \
      .metavar = (metavar_), .shown_default = (shown_default_) }
#define CLI_END { .name = NULL }

enum cli_status { CLI_OK = 0, CLI_HELP = 1, CLI_ERROR = 2 };

/*
 * Parse argv against `prog`. On success returns CLI_OK and sets *out_dir
 * to the --out directory (NULL if none), not yet checked: cli_parse()
 * checks that it can be written.
 * With --help, prints the usage to `help` and returns CLI_HELP. On a bad
 * argument, prints one message to `err` and returns CLI_ERROR.
 */
enum cli_status cli_parse_args(const struct cli_program *prog, int argc,
                               char **argv, const char **out_dir,
                               FILE *help, FILE *err);

/*
 * The form a program calls: as cli_parse_args(), but exits 0 after --help
 * and 2 after a bad argument. Returns the --out directory or NULL; when it
 * is not NULL, out_begin() has already been called on it.
 */
const char *cli_parse(const struct cli_program *prog, int argc, char **argv);

/*
 * The whole description and parse in one statement, as a chapter program
 * starts:
 *
 *   CLI_PARSE("07-sigmoid", "The sigmoid and its derivative (S1-S4).",
 *             OUTPUTS, opts, argc, argv);
 *
 * It is cli_parse() on a description built in place, and returns what
 * cli_parse() returns.
 */
#define CLI_PARSE(name_, purpose_, outputs_, opts_, argc_, argv_)          \
    cli_parse(&(const struct cli_program){ (name_), (purpose_),           \
                                           (outputs_), (opts_) },         \
              (argc_), (argv_))

/* The running program's name as cli_parse() was given it ("07-sigmoid"),
 * for messages; "course" before cli_parse() ran. */
const char *cli_program_name(void);

#endif
