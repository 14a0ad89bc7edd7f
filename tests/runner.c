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
 * The exit status is 1 if any assertion failed or any test could not run,
 * else 0. CUnit's own idiom, `return CU_get_error()`, exits 0 after failed
 * assertions, and CU_cleanup_registry() resets the failure counts, so we
 * read them first.
 */
#include "check.h"

#include <CUnit/Basic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* CUnit keeps only a test's name, so we keep the claim beside it. */
struct registered {
    CU_pTest test;
    const char *suite;
    const struct check_test *spec;
};

static struct registered *registered;
static size_t registered_count;

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

static int failed(CU_pTest test)
{
    for (CU_pFailureRecord f = CU_get_failure_list(); f; f = f->pNext) {
        if (f->pTest == test) {
            return 1;
        }
    }
    return 0;
}

static int write_results(const char *path)
{
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = fopen(tmp, "w");
    if (f == NULL) {
        perror(tmp);
        return -1;
    }
    fprintf(f, "suite\tclaim\ttest\tstatus\n");
    for (size_t i = 0; i < registered_count; i++) {
        const struct registered *r = &registered[i];
        fprintf(f, "%s\t%s\t%s\t%s\n", r->suite, r->spec->claim,
                r->spec->description, failed(r->test) ? "fail" : "pass");
    }
    if (fclose(f) != 0 || rename(tmp, path) != 0) {
        perror(path);
        remove(tmp);
        return -1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    const char *results = NULL;
    int first = 1;
    if (argc > 2 && strcmp(argv[1], "--results") == 0) {
        results = argv[2];
        first = 3;
    }

    if (CU_initialize_registry() != CUE_SUCCESS) {
        fprintf(stderr, "course-tests: %s\n", CU_get_error_msg());
        return 1;
    }

    size_t total = 0;
    for (size_t s = 0; s < SUITE_COUNT; s++) {
        for (const struct check_test *t = suites[s]->tests; t->fn; t++) {
            total++;
        }
    }
    registered = calloc(total > 0 ? total : 1, sizeof *registered);
    if (registered == NULL) {
        fprintf(stderr, "course-tests: out of memory\n");
        return 1;
    }

    for (size_t s = 0; s < SUITE_COUNT; s++) {
        if (!wanted(suites[s]->name, argc, argv, first)) {
            continue;
        }
        CU_pSuite suite = CU_add_suite(suites[s]->name, NULL, NULL);
        for (const struct check_test *t = suites[s]->tests; t->fn; t++) {
            /* The name CUnit prints: "[S2] sigmoid' = s(1-s) ...". */
            char *name = malloc(strlen(t->claim) + strlen(t->description) + 4);
            if (suite == NULL || name == NULL) {
                fprintf(stderr, "course-tests: cannot register tests\n");
                return 1;
            }
            sprintf(name, "[%s] %s", t->claim, t->description);
            CU_pTest test = CU_add_test(suite, name, t->fn);
            free(name); /* CUnit keeps its own copy of the name */
            registered[registered_count++] =
                (struct registered){ test, suites[s]->name, t };
        }
    }

    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();

    unsigned failures = CU_get_number_of_failures();
    unsigned tests_failed = CU_get_number_of_tests_failed();
    unsigned tests_run = CU_get_number_of_tests_run();
    int status = (failures > 0 || tests_failed > 0 ||
                  tests_run != registered_count) ? 1 : 0;

    if (results != NULL && write_results(results) != 0) {
        status = 1;
    }
    printf("\n%u passed, %u failed\n", tests_run - tests_failed, tests_failed);

    CU_cleanup_registry();
    free(registered);
    return status;
}
