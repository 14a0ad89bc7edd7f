/*
 * check.h - what every test file of the course shares.
 *
 * A test file tests/test_NAME.c lists its tests in a table and ends with
 * CHECK_SUITE(NAME, table); the runner (tests/runner.c) finds every suite
 * from the file names, so adding a test file needs no other edit.
 *
 * Each test names the claim it checks (an ID of the claims ledger, such as
 * "S2", several as "S1,T1", or "lib" for a library property that backs no
 * single claim). The runner records the outcome per claim, and the report's
 * ledger shows it; a claim whose test fails is never reported as holding.
 *
 * CUnit's CU_ASSERT_DOUBLE_EQUAL is absolute only; the helpers below give
 * relative and ulp-based comparisons for quantities that span magnitudes.
 */
#ifndef CHECK_H
#define CHECK_H

#include <CUnit/CUnit.h>
#include <stdint.h>

struct check_test {
    const char *claim;       /* "S2", "S1,T1" or "lib" */
    const char *description; /* what is asserted, in words */
    void (*fn)(void);
};

struct check_suite {
    const char *name;
    const struct check_test *tests; /* ends with CHECK_END */
};

#define CHECK_END { NULL, NULL, NULL }
#define CHECK_SUITE(name, table) \
    const struct check_suite suite_##name = { #name, table }

/* Distance between two doubles in units in the last place: the number of
 * representable doubles between them (0 if equal, huge if signs differ
 * or either is NaN). */
uint64_t check_ulps(double a, double b);

/* The same for floats. */
uint64_t check_ulpsf(float a, float b);

/* |a - b| <= rel * |b|, or both exactly equal (infinities included). */
int check_rel(double a, double b, double rel);

/* Directory holding the chapter programs (for tests that run them). */
const char *check_bin_dir(void);

/* Run `argv` (argv[0] a program in check_bin_dir()) with stdout and stderr
 * captured to `out_path` (or /dev/null); return its exit status, or -1 if
 * it did not exit normally. */
int check_run(const char *const argv[], const char *out_path);

/* The same for any program: `path` is run (searched in PATH if it has no
 * slash) with arguments argv. */
int check_spawn(const char *path, const char *const argv[],
                const char *out_path);

/* Run `argv` as check_run() does, its output into DIR.log, and assert
 * that it refuses its arguments: exit status 2, and nothing written into
 * `dir` (the --out folder it was given). On failure the program, its
 * first two arguments and the status go to stderr. Returns whether it
 * refused. */
int check_refuses(const char *const argv[], const char *dir);

/* A fresh empty directory under the system's temporary directory; its path
 * is written to buf. Returns 0 on success. */
int check_tmpdir(char *buf, size_t len);

/* Number of entries (other than . and ..) in directory `path`, -1 if it
 * cannot be read. */
int check_count_entries(const char *path);

/* Remove directory `path` and everything in it. */
void check_rmtree(const char *path);

/* Assertions that are expressions: each records its outcome like CU_ASSERT
 * and returns whether it held, so a loop over a grid can stop at its first
 * failure (`if (!CHECK(x > 0)) break;`) instead of recording thousands:
 * CUnit slows to a crawl with very many failures. */
#define CHECK(cond)                                                        \
    CU_assertImplementation((cond) ? CU_TRUE : CU_FALSE, __LINE__, #cond,  \
                            __FILE__, "", CU_FALSE)

#define CHECK_ULPS(a, b, max)                                              \
    CU_assertImplementation(check_ulps((a), (b)) <= (uint64_t)(max),       \
                            __LINE__, #a " within " #max " ulp of " #b,    \
                            __FILE__, "", CU_FALSE)
#define CHECK_ULPSF(a, b, max)                                             \
    CU_assertImplementation(check_ulpsf((a), (b)) <= (uint64_t)(max),      \
                            __LINE__, #a " within " #max " ulp of " #b,    \
                            __FILE__, "", CU_FALSE)
#define CHECK_REL(a, b, rel)                                               \
    CU_assertImplementation(check_rel((a), (b), (rel)), __LINE__,          \
                            #a " within relative " #rel " of " #b,         \
                            __FILE__, "", CU_FALSE)
/* Bitwise identity: tells -0 from +0 and compares NaN payload-free. */
#define CHECK_SAME(a, b)                                                   \
    CU_assertImplementation(check_same((a), (b)), __LINE__,                \
                            #a " is bit for bit " #b, __FILE__, "",        \
                            CU_FALSE)

int check_same(double a, double b);

/* Run fn(arg) in a child process (for code that exits or dies of a
 * signal), with the child's stderr captured into err[0..len-1] and its
 * stdout sent to `out_fd` (or /dev/null when out_fd < 0). Returns the
 * child's wait status (see WIFEXITED), or -1 if it could not be run. If
 * fn returns, the child exits 0 through exit(), so atexit handlers run. */
int check_fork(void (*fn)(void *), void *arg, int out_fd, char *err,
               size_t len);

#endif
