/*
 * test_out.c - the all-or-nothing output files (src/out.h) as users meet
 * them: signals in quick succession, a closed pipe, a full disk, a path
 * that does not fit, a summary that cannot be written, and the counted
 * row and built key forms.
 *
 * Everything that exits or dies runs in a child process (check_fork), on
 * a fresh temporary directory that must be empty afterwards.
 */
#include "check.h"

#include "cli.h"
#include "out.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* Tables the children open: several, as a chapter program does. */
#define TABLES 60
/* Runs of each signal case: a race that loses one run in five shows. */
#define SIGNAL_RUNS 8

static int contains(const char *text, const char *part)
{
    return strstr(text, part) != NULL;
}

/* ------------------------------------------------------------------ */
/* what the children do                                               */
/* ------------------------------------------------------------------ */

static void open_tables(const char *dir, struct tsv **t)
{
    if (out_begin(dir) != 0) {
        exit(3);
    }
    for (int i = 0; i < TABLES; i++) {
        char name[32];
        snprintf(name, sizeof name, "table%d.tsv", i);
        t[i] = tsv_open(name, "a b");
    }
}

/* Write rows for ever (until a signal): the parent waits for the files. */
static void write_forever(void *dir)
{
    struct tsv *t[TABLES];
    open_tables(dir, t);
    for (long k = 0;; k++)
        TSV_ROW(t[k % TABLES], k, 0.5 * (double)k);
}

/* Write rows and the summary for ever: stdout is a closed pipe. */
static void print_forever(void *dir)
{
    struct tsv *t[TABLES];
    open_tables(dir, t);
    for (long k = 0;; k++) {
        TSV_ROW(t[k % TABLES], k, 1.0);
        printf("summary line %ld\n", k);
        fflush(stdout);
    }
}

/* Write far more than the file size limit allows (a full disk, as far
 * as the program can tell: write() fails with EFBIG). */
static void write_too_much(void *dir)
{
    struct rlimit lim = { 64 * 1024, 64 * 1024 };
    signal(SIGXFSZ, SIG_IGN);
    setrlimit(RLIMIT_FSIZE, &lim);
    struct tsv *t[TABLES];
    open_tables(dir, t);
    errno = 0;
    for (long k = 0; k < 200000; k++) {
        TSV_ROW(t[0], k, 1.0);
        errno = ERANGE; /* a stale errno, as a libm call would leave */
    }
    out_finish();
}

/* A small, complete run whose summary goes to a full stdout. */
static void summary_to_full(void *dir)
{
    /* Reopened, so buffered as a program's stdout into a file is (the
     * runner's stream may not be). */
    if (freopen("/dev/full", "w", stdout) == NULL) {
        exit(3);
    }
    struct tsv *t[TABLES];
    open_tables(dir, t);
    TSV_ROW(t[0], 1, 2);
    printf("the summary\n");
    out_finish();
}

/* The same without --out: the check at exit must catch it. */
static void summary_to_full_no_out(void *unused)
{
    (void)unused;
    static const struct cli_opt none[] = { CLI_END };
    static const struct cli_program prog = { "test-out", "a test", NULL,
                                             none };
    char *argv[] = { "test-out", NULL };
    cli_parse(&prog, 1, argv);
    if (freopen("/dev/full", "w", stdout) == NULL) {
        exit(3);
    }
    printf("the summary\n");
}

static void out_long_dir(void *dir)
{
    out_begin(dir);
}

/* ------------------------------------------------------------------ */
/* tests                                                              */
/* ------------------------------------------------------------------ */

/* Start write_forever in a child, wait until its temporaries exist. */
static pid_t start_writer(const char *dir)
{
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        int null = open("/dev/null", O_WRONLY);
        dup2(null, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        write_forever((void *)dir);
    }
    struct timespec nap = { 0, 1000000 };
    for (int i = 0; i < 5000 && check_count_entries(dir) < TABLES; i++)
        nanosleep(&nap, NULL);
    return pid;
}

static void signal_twice(int first, int second)
{
    for (int run = 0; run < SIGNAL_RUNS; run++) {
        char dir[256];
        CU_ASSERT_FATAL(check_tmpdir(dir, sizeof dir) == 0);
        pid_t pid = start_writer(dir);
        CU_ASSERT_FATAL(pid > 0);
        CHECK(check_count_entries(dir) == TABLES);
        /* Back to back, as a double Ctrl-C or timeout's two signals: with
         * gaps from none to the time the handler takes. */
        kill(pid, first);
        struct timespec gap = { 0, 20000L * run }; /* 0 to 140 us */
        nanosleep(&gap, NULL);
        kill(pid, second);
        int status;
        CU_ASSERT_FATAL(waitpid(pid, &status, 0) == pid);
        /* Which of two pending signals the kernel delivers first is its
         * choice (Linux takes the lower number); either is a death by
         * the signal. */
        CHECK(WIFSIGNALED(status) && (WTERMSIG(status) == first ||
                                      WTERMSIG(status) == second));
        if (!CHECK(check_count_entries(dir) == 0)) {
            run = SIGNAL_RUNS; /* one failure says it */
        }
        check_rmtree(dir);
    }
}

static void test_two_interrupts_leave_nothing(void)
{
    signal_twice(SIGINT, SIGINT);
}

static void test_term_then_interrupt_leave_nothing(void)
{
    signal_twice(SIGTERM, SIGINT);
    signal_twice(SIGHUP, SIGTERM);
}

static void test_closed_pipe_leaves_nothing(void)
{
    for (int run = 0; run < 3; run++) {
        char dir[256], err[512];
        CU_ASSERT_FATAL(check_tmpdir(dir, sizeof dir) == 0);
        int p[2];
        CU_ASSERT_FATAL(pipe(p) == 0);
        close(p[0]); /* `prog --out d | true`: nobody reads */
        int status = check_fork(print_forever, dir, p[1], err, sizeof err);
        close(p[1]);
        CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGPIPE);
        CHECK(check_count_entries(dir) == 0);
        check_rmtree(dir);
    }
}

static void test_full_disk_names_file_and_real_cause(void)
{
    char dir[256], err[512];
    CU_ASSERT_FATAL(check_tmpdir(dir, sizeof dir) == 0);
    int status = check_fork(write_too_much, dir, -1, err, sizeof err);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 1);
    CHECK(contains(err, "table0.tsv"));
    /* The write's own errno (EFBIG), not the stale ERANGE set after it. */
    CHECK(contains(err, strerror(EFBIG)));
    CHECK(!contains(err, strerror(ERANGE)));
    CHECK(check_count_entries(dir) == 0);
    check_rmtree(dir);
}

static void test_unwritable_summary_is_an_error(void)
{
    char dir[256], err[512];
    CU_ASSERT_FATAL(check_tmpdir(dir, sizeof dir) == 0);
    int full = open("/dev/full", O_WRONLY);
    CU_ASSERT_FATAL(full >= 0);
    int status = check_fork(summary_to_full, dir, full, err, sizeof err);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 1);
    CHECK(contains(err, "standard output"));
    CHECK(contains(err, strerror(ENOSPC)));
    CHECK(check_count_entries(dir) == 0); /* no table put in place */

    status = check_fork(summary_to_full_no_out, NULL, full, err, sizeof err);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 1);
    CHECK(contains(err, "test-out: cannot write to standard output"));
    close(full);
    check_rmtree(dir);
}

static void test_path_that_does_not_fit_is_refused(void)
{
    /* 4,090 characters: with a table's name the path passes PATH_MAX. */
    static char dir[4096];
    memset(dir, 'd', 4090);
    dir[0] = '/';
    dir[4090] = '\0';
    char err[512];
    int status = check_fork(out_long_dir, dir, -1, err, sizeof err);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 2);
    CHECK(contains(err, "option --out") && contains(err, "too long"));
}

/* TSV_ROW counts and converts its arguments: a long and an int arrive
 * as the doubles they denote (tsv_row's variadic list would misread
 * them), written back exactly by %.17g. */
static void write_mixed_row(void *dir)
{
    if (out_begin(dir) != 0) {
        exit(3);
    }
    struct tsv *t = tsv_open("mixed.tsv", "a b c");
    long big = 1234567890123L;
    int small = -7;
    TSV_ROW(t, big, small, 0.1);
    out_value(OUT_KEY("gain_%s_w%ld", "sigmoid", 64L), "%.2f", 1.5);
    out_finish();
}

static void write_wrong_count(void *dir)
{
    if (out_begin(dir) != 0) {
        exit(3);
    }
    struct tsv *t = tsv_open("bad.tsv", "a b c");
    TSV_ROW(t, 1.0, 2.0);
    out_finish();
}

static void write_bad_key(void *dir)
{
    if (out_begin(dir) != 0) {
        exit(3);
    }
    out_value(OUT_KEY("gain_%s", "Leaky-ReLU"), "%d", 1);
    out_finish();
}

/* A table of counts in one format: each arrives under its key, as its
 * out_value() would write it. */
static void write_numbers(void *dir)
{
    if (out_begin(dir) != 0) {
        exit(3);
    }
    long positive = 7260, zero = 0;
    OUT_NUMBERS("%.0f", { "positive", positive }, { "zero", zero });
    out_finish();
}

/* "%ld" would read a long where out_numbers passes a double. */
static void write_numbers_bad_format(void *dir)
{
    if (out_begin(dir) != 0) {
        exit(3);
    }
    OUT_NUMBERS("%ld", { "positive", 1 });
    out_finish();
}

static void read_file(const char *dir, const char *name, char *buf,
                      size_t len)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "r");
    size_t got = f != NULL ? fread(buf, 1, len - 1, f) : 0;
    buf[got] = '\0';
    if (f != NULL) {
        fclose(f);
    }
}

static void test_counted_rows_and_built_keys(void)
{
    char dir[256], err[512], text[512];
    CU_ASSERT_FATAL(check_tmpdir(dir, sizeof dir) == 0);
    int status = check_fork(write_mixed_row, dir, -1, err, sizeof err);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    read_file(dir, "mixed.tsv", text, sizeof text);
    CHECK(strcmp(text, "a\tb\tc\n1234567890123\t-7\t0.10000000000000001\n")
          == 0);
    read_file(dir, "values.tsv", text, sizeof text);
    CHECK(strcmp(text, "key\tvalue\ngain_sigmoid_w64\t1.50\n") == 0);
    check_rmtree(dir);

    /* Two numbers for three columns, and a key with capitals and a dash:
     * programming errors, stopped before any file is in place. */
    CU_ASSERT_FATAL(check_tmpdir(dir, sizeof dir) == 0);
    status = check_fork(write_wrong_count, dir, -1, err, sizeof err);
    CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT);
    CHECK(contains(err, "row of 2 numbers for 3 columns"));
    status = check_fork(write_bad_key, dir, -1, err, sizeof err);
    CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT);
    CHECK(contains(err, "gain_Leaky-ReLU"));
    CHECK(check_count_entries(dir) == 0);
    check_rmtree(dir);
}

static void test_numbers_under_their_keys(void)
{
    char dir[256], err[512], text[512];
    CU_ASSERT_FATAL(check_tmpdir(dir, sizeof dir) == 0);
    int status = check_fork(write_numbers, dir, -1, err, sizeof err);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    read_file(dir, "values.tsv", text, sizeof text);
    CHECK(strcmp(text, "key\tvalue\npositive\t7260\nzero\t0\n") == 0);
    check_rmtree(dir);

    CU_ASSERT_FATAL(check_tmpdir(dir, sizeof dir) == 0);
    status = check_fork(write_numbers_bad_format, dir, -1, err, sizeof err);
    CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT);
    CHECK(contains(err, "not one conversion of a double"));
    CHECK(check_count_entries(dir) == 0);
    check_rmtree(dir);
}

static const struct check_test tests[] = {
    { "lib", "two SIGINTs back to back leave no temporary file, run after "
      "run", test_two_interrupts_leave_nothing },
    { "lib", "SIGTERM then SIGINT (timeout's way) and SIGHUP then SIGTERM "
      "leave no temporary file", test_term_then_interrupt_leave_nothing },
    { "lib", "a closed pipe on stdout: the program dies of SIGPIPE and "
      "leaves no temporary file", test_closed_pipe_leaves_nothing },
    { "lib", "a full disk: exit 1, the file named with the write's own "
      "reason, nothing left", test_full_disk_names_file_and_real_cause },
    { "lib", "a summary that cannot be written to stdout is an error, "
      "with --out and without", test_unwritable_summary_is_an_error },
    { "lib", "an --out path that cannot fit in PATH_MAX is refused with "
      "exit 2", test_path_that_does_not_fit_is_refused },
    { "lib", "TSV_ROW converts and counts its cells; OUT_KEY builds and "
      "checks keys", test_counted_rows_and_built_keys },
    { "lib", "OUT_NUMBERS records each row under its key; a format that "
      "is not one double's aborts", test_numbers_under_their_keys },
    CHECK_END
};

CHECK_SUITE(out, tests);
