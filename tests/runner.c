/*
 * runner.c - runs every CUnit suite of the course.
 *
 *   build/bin/course-tests [--results FILE] [SUITE...]
 *
 * With --results it writes one TSV row per test (suite, claim, test,
 * status); the report's claims ledger is built from that file, so the
 * ledger always shows the outcome of the run made for that build. With
 * suite names, only those suites run.
 *
 * The suites run in JOBS processes side by side, each taking the next
 * suite from a queue when it finishes one. Every suite writes its log and
 * its rows to files of its own, which are printed and merged in the order
 * of the suites afterwards: neither the log nor the results depend on
 * which process ran what, or when. A suite whose process dies (a crash in
 * a test) is reported as failed, by name, and the other process goes on
 * with the queue.
 *
 * The exit status is 1 if any assertion failed or any test did not run to
 * its end, else 0.
 */
#include "check.h"

#include <CUnit/CUnit.h>
#include <CUnit/TestRun.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* Two processes: the cores of the machines the course is built on. */
#define JOBS 2

/* build/tests/suites.inc holds one X(name) per tests/test_NAME.c. */
#define X(name) extern const struct check_suite suite_##name;
#include "suites.inc"
#undef X

static const struct check_suite *const suites[] = {
#define X(name) &suite_##name,
#include "suites.inc"
#undef X
};

#define SUITE_COUNT (sizeof suites / sizeof suites[0])

/* What one suite left: its log and its rows, the last row "#" once it
 * has finished. */
struct suite_run {
    CU_pSuite suite;   /* NULL if the suite was not asked for */
    FILE *log, *rows;
};

static struct suite_run runs[SUITE_COUNT];
static size_t current;       /* the suite this process is running */
static unsigned run_failed;  /* tests of it that failed */

static int wanted(const char *name, int argc, char **argv, int first)
{
    if (first >= argc) {
        return 1;
    }
    for (int i = first; i < argc; i++) {
        if (strcmp(argv[i], name) == 0) {
            return 1;
        }
    }
    return 0;
}

/* Each CUnit test with the course's test it runs, to find its claim. */
static struct registered {
    CU_pTest test;
    const struct check_test *spec;
} *registered;
static size_t registered_count;

static const struct check_test *spec_of(CU_pTest test)
{
    for (size_t i = 0; i < registered_count; i++) {
        if (registered[i].test == test) {
            return registered[i].spec;
        }
    }
    return NULL;
}

/* Before each test, its name in the log, on disk at once: if the test
 * kills its process, the log shows which one did. */
static void test_start(const CU_pTest test, const CU_pSuite suite)
{
    (void)suite;
    printf("  Test: %s ...", test->pName);
    fflush(stdout);
}

/* After each test: its outcome (with every failed assertion) and its
 * row. */
static void test_done(const CU_pTest test, const CU_pSuite suite,
                      const CU_pFailureRecord failure)
{
    (void)suite;
    const struct check_test *t = spec_of(test);
    printf("%s\n", failure ? "FAILED" : "passed");
    unsigned n = 0;
    for (CU_pFailureRecord f = failure; f != NULL && f->pTest == test;
         f = f->pNext) {
        printf("    %u. %s:%u  - %s\n", ++n, f->strFileName,
               f->uiLineNumber, f->strCondition);
    }
    fflush(stdout);
    fprintf(runs[current].rows, "%s\t%s\t%s\t%s\n", suites[current]->name,
            t ? t->claim : "?", t ? t->description : test->pName,
            failure ? "fail" : "pass");
    fflush(runs[current].rows);
    run_failed += failure != NULL;
}

/* One process: take suites from the queue until it is empty. */
static int worker(int queue)
{
    int status = 0;
    unsigned k;
    while (read(queue, &k, sizeof k) == (ssize_t)sizeof k) {
        struct suite_run *r = &runs[k];
        fflush(stdout);
        dup2(fileno(r->log), STDOUT_FILENO);
        dup2(fileno(r->log), STDERR_FILENO);
        current = k;
        run_failed = 0;
        printf("Suite: %s\n", suites[k]->name);
        if (CU_run_suite(r->suite) != CUE_SUCCESS) {
            printf("  %s\n", CU_get_error_msg());
            status = 1;
        }
        unsigned ran = CU_get_run_summary()->nTestsRun;
        fprintf(r->rows, "#\n");
        status |= run_failed > 0 || ran != r->suite->uiNumberOfTests;
        fflush(NULL);
    }
    return status;
}

/* Register every suite asked for, with a log and a rows file each. */
static int register_suites(int argc, char **argv, int first)
{
    size_t total = 0;
    for (size_t s = 0; s < SUITE_COUNT; s++) {
        for (const struct check_test *t = suites[s]->tests; t->fn; t++) {
            total++;
        }
    }
    registered = calloc(total > 0 ? total : 1, sizeof *registered);
    if (registered == NULL) {
        fprintf(stderr, "course-tests: out of memory\n");
        return -1;
    }
    for (size_t s = 0; s < SUITE_COUNT; s++) {
        if (!wanted(suites[s]->name, argc, argv, first)) {
            continue;
        }
        struct suite_run *r = &runs[s];
        r->suite = CU_add_suite(suites[s]->name, NULL, NULL);
        r->log = tmpfile();
        r->rows = tmpfile();
        if (r->suite == NULL || r->log == NULL || r->rows == NULL) {
            perror("course-tests: cannot register the suites");
            return -1;
        }
        for (const struct check_test *t = suites[s]->tests; t->fn; t++) {
            /* The name CUnit keeps: "[S2] sigmoid' = s(1-s) ...". */
            char *name = malloc(strlen(t->claim) + strlen(t->description) + 4);
            if (name == NULL) {
                fprintf(stderr, "course-tests: out of memory\n");
                return -1;
            }
            sprintf(name, "[%s] %s", t->claim, t->description);
            CU_pTest test = CU_add_test(r->suite, name, t->fn);
            free(name); /* CUnit keeps its own copy of the name */
            if (test == NULL) {
                fprintf(stderr, "course-tests: %s\n", CU_get_error_msg());
                return -1;
            }
            registered[registered_count++] =
                (struct registered){ test, t };
        }
    }
    return 0;
}

/* Start the processes, hand them the suites, wait for them. The queue is
 * dealt from the end of the list, where the chapters' suites, the longest,
 * are: the short library suites then fill the processes' last moments. */
static int run_all(void)
{
    int queue[2];
    if (pipe(queue) != 0) {
        perror("course-tests: pipe");
        return 1;
    }
    for (size_t s = SUITE_COUNT; s-- > 0;) {
        unsigned k = (unsigned)s;
        if (runs[s].suite != NULL &&
            write(queue[1], &k, sizeof k) != (ssize_t)sizeof k) {
            perror("course-tests: queue");
            return 1;
        }
    }
    close(queue[1]);
    fflush(NULL);
    pid_t pid[JOBS];
    for (int j = 0; j < JOBS; j++) {
        pid[j] = fork();
        if (pid[j] < 0) {
            perror("course-tests: fork");
            return 1;
        }
        if (pid[j] == 0) {
            int status = worker(queue[0]);
            CU_cleanup_registry();
            free(registered);
            exit(status);
        }
    }
    close(queue[0]);
    int status = 0;
    for (int j = 0; j < JOBS; j++) {
        int ws;
        if (waitpid(pid[j], &ws, 0) < 0 || !WIFEXITED(ws) ||
            WEXITSTATUS(ws) != 0) {
            status = 1;
        }
    }
    return status;
}

/* Copy what is left of `from` to `to`. */
static void copy_rest(FILE *from, FILE *to)
{
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, from)) > 0) {
        fwrite(buf, 1, n, to);
    }
}

/* The logs in suite order, the rows into `results` (may be NULL), the
 * counts added up; 0 if every suite finished. */
static int collect(FILE *results, unsigned *ran, unsigned *failed)
{
    int status = 0;
    for (size_t s = 0; s < SUITE_COUNT; s++) {
        struct suite_run *r = &runs[s];
        if (r->suite == NULL) {
            continue;
        }
        rewind(r->log);
        copy_rest(r->log, stdout);
        rewind(r->rows);
        char line[8192];
        int finished = 0;
        const struct check_test *t = suites[s]->tests;
        while (fgets(line, sizeof line, r->rows) != NULL) {
            if (strcmp(line, "#\n") == 0) {
                finished = 1;
            } else {
                t++;
                (*ran)++;
                *failed += strstr(line, "\tfail\n") != NULL;
                if (results != NULL) {
                    fputs(line, results);
                }
            }
        }
        if (!finished) {
            /* The test that was running and those after it fail. */
            printf("\n  suite %s did not finish: its process died in the "
                   "test above\n", suites[s]->name);
            for (; t->fn; t++) {
                (*ran)++;
                (*failed)++;
                if (results != NULL) {
                    fprintf(results, "%s\t%s\t%s\tfail\n", suites[s]->name,
                            t->claim, t->description);
                }
            }
            status = 1;
        }
        fclose(r->log);
        fclose(r->rows);
    }
    return status;
}

int main(int argc, char **argv)
{
    const char *path = NULL;
    int first = 1;
    if (argc > 2 && strcmp(argv[1], "--results") == 0) {
        path = argv[2];
        first = 3;
    }
    if (CU_initialize_registry() != CUE_SUCCESS) {
        fprintf(stderr, "course-tests: %s\n", CU_get_error_msg());
        return 1;
    }
    CU_set_test_start_handler(test_start);
    CU_set_test_complete_handler(test_done);
    if (register_suites(argc, argv, first) != 0) {
        return 1;
    }
    int status = run_all();

    char tmp[4096];
    FILE *results = NULL;
    if (path != NULL) {
        snprintf(tmp, sizeof tmp, "%s.tmp", path);
        results = fopen(tmp, "w");
        if (results == NULL) {
            perror(tmp);
            return 1;
        }
        fprintf(results, "suite\tclaim\ttest\tstatus\n");
    }
    unsigned ran = 0, failed = 0;
    status |= collect(results, &ran, &failed);
    if (results != NULL && (fclose(results) != 0 || rename(tmp, path) != 0)) {
        perror(path);
        remove(tmp);
        status = 1;
    }
    printf("\n%u passed, %u failed\n", ran - failed, failed);
    CU_cleanup_registry();
    free(registered);
    return status;
}
