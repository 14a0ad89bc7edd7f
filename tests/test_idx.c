/*
 * test_idx.c - the gzip IDX loader (src/idx.c) on files the tests write.
 *
 * Never the 30 MB data set: each test writes a small image set of its own
 * with zlib, one good one and one of every kind of damage, and checks
 * that the loader returns the right error with a message that names the
 * file and says what is wrong. The program-facing form is run in a child
 * process, for its exit status 2.
 */
#include "check.h"

#include "idx.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#define COUNT 3 /* images in the test set */
#define ROWS 4
#define COLS 5
#define CLASSES 10

/* An IDX header: magic 0, 0, 8 (bytes), rank; then sizes. */
static size_t header(unsigned char *b, unsigned rank, const long *dims)
{
    b[0] = 0;
    b[1] = 0;
    b[2] = 8;
    b[3] = (unsigned char)rank;
    for (unsigned d = 0; d < rank; d++) {
        unsigned long s = (unsigned long)dims[d];
        b[4 + 4 * d] = (unsigned char)(s >> 24);
        b[5 + 4 * d] = (unsigned char)(s >> 16);
        b[6 + 4 * d] = (unsigned char)(s >> 8);
        b[7 + 4 * d] = (unsigned char)s;
    }
    return 4 + 4 * (size_t)rank;
}

static void write_gz(const char *path, const unsigned char *b, size_t n)
{
    gzFile g = gzopen(path, "wb9");
    CU_ASSERT_FATAL(g != NULL);
    CU_ASSERT_FATAL(gzwrite(g, b, (unsigned)n) == (int)n);
    CU_ASSERT_FATAL(gzclose(g) == Z_OK);
}

/* An images file of `count` images of rows x cols, pixel p of image i
 * being (i * 40 + p) mod 256, with `extra` bytes more than promised (a
 * negative extra removes bytes). */
static void write_images(const char *path, long count, long rows,
                         long cols, long extra)
{
    static unsigned char b[4096];
    long dims[3] = { count, rows, cols };
    size_t n = header(b, 3, dims);
    long pixels = count * rows * cols + extra;
    for (long p = 0; p < pixels && n < sizeof b; p++) {
        long i = p / (rows * cols), q = p % (rows * cols);
        b[n++] = (unsigned char)((i * 40 + q) % 256);
    }
    write_gz(path, b, n);
}

static void write_labels(const char *path, long count, int bad_label)
{
    unsigned char b[64];
    long dims[1] = { count };
    size_t n = header(b, 1, dims);
    for (long i = 0; i < count; i++) {
        b[n++] = (unsigned char)(i == count - 1 && bad_label ? CLASSES
                                                             : i * 3 % 10);
    }
    write_gz(path, b, n);
}

struct files {
    char dir[256], images[320], labels[320];
};

static void make_good(struct files *f)
{
    CU_ASSERT_FATAL(check_tmpdir(f->dir, sizeof f->dir) == 0);
    snprintf(f->images, sizeof f->images, "%s/train-images-idx3-ubyte.gz",
             f->dir);
    snprintf(f->labels, sizeof f->labels, "%s/train-labels-idx1-ubyte.gz",
             f->dir);
    write_images(f->images, COUNT, ROWS, COLS, 0);
    write_labels(f->labels, COUNT, 0);
}

/* Load, expect error e, and a message naming `path` and saying `what`. */
static void expect(const struct files *f, enum idx_error e,
                   const char *path, const char *what)
{
    struct idx_set s;
    char err[1024];
    enum idx_error got = idx_load_files(f->images, f->labels, CLASSES, &s,
                                        err, sizeof err);
    CU_ASSERT_EQUAL(got, e);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, path));
    if (!CHECK(strstr(err, what) != NULL)) {
        fprintf(stderr, "\n  message: %s\n", err);
    }
    CU_ASSERT_PTR_NULL(s.pixels);
    CU_ASSERT_EQUAL(s.count, 0);
}

static void test_idx_reads_a_good_set(void)
{
    struct files f;
    make_good(&f);
    struct idx_set s;
    char err[1024];
    CU_ASSERT_EQUAL_FATAL(idx_load_dir(f.dir, "train", CLASSES, &s, err,
                                       sizeof err), IDX_OK);
    CU_ASSERT_EQUAL(s.count, COUNT);
    CU_ASSERT_EQUAL(s.rows, ROWS);
    CU_ASSERT_EQUAL(s.cols, COLS);
    int same = 1;
    for (long i = 0; i < COUNT; i++) {
        same &= s.labels[i] == i * 3 % 10;
        for (long p = 0; p < ROWS * COLS; p++) {
            same &= s.pixels[i * ROWS * COLS + p] == (i * 40 + p) % 256;
        }
    }
    CU_ASSERT(same);
    idx_free(&s);
    check_rmtree(f.dir);
}

static void test_idx_rejects_wrong_magic(void)
{
    struct files f;
    make_good(&f);
    /* An images file given as the labels: 3 dimensions, not 1. */
    write_images(f.labels, COUNT, ROWS, COLS, 0);
    expect(&f, IDX_E_MAGIC, f.labels, "magic number 0x00000803");
    /* Elements of another type (0x0d, floats). */
    unsigned char b[64];
    long dims[1] = { COUNT };
    size_t n = header(b, 1, dims);
    b[2] = 0x0d;
    write_gz(f.labels, b, n + 4 * COUNT);
    expect(&f, IDX_E_MAGIC, f.labels, "magic number 0x00000d01");
    check_rmtree(f.dir);
}

static void test_idx_rejects_wrong_dimensions(void)
{
    struct files f;
    make_good(&f);
    write_images(f.images, COUNT, 0, COLS, 0);
    expect(&f, IDX_E_DIMS, f.images, "dimension 2 has size 0");
    write_images(f.images, COUNT, ROWS, IDX_SIDE_MAX + 1, 0);
    expect(&f, IDX_E_DIMS, f.images, "dimension 3 has size 1025");
    check_rmtree(f.dir);
}

static void test_idx_rejects_short_and_long_data(void)
{
    struct files f;
    make_good(&f);
    write_images(f.images, COUNT, ROWS, COLS, -7);
    expect(&f, IDX_E_SHORT, f.images, "promises 60 data bytes");
    write_images(f.images, COUNT, ROWS, COLS, 5);
    expect(&f, IDX_E_TRAILING, f.images, "5 bytes of trailing garbage");
    check_rmtree(f.dir);
}

static void test_idx_rejects_count_mismatch(void)
{
    struct files f;
    make_good(&f);
    write_labels(f.labels, COUNT - 1, 0);
    expect(&f, IDX_E_COUNT, f.labels, "holds 2 labels, but");
    check_rmtree(f.dir);
}

static void test_idx_rejects_label_out_of_range(void)
{
    struct files f;
    make_good(&f);
    write_labels(f.labels, COUNT, 1);
    expect(&f, IDX_E_LABEL, f.labels, "label 10 of item 2 is outside 0..9");
    check_rmtree(f.dir);
}

/* The good images file's bytes, to damage. */
static size_t read_all(const char *path, unsigned char *b, size_t cap)
{
    FILE *fp = fopen(path, "rb");
    CU_ASSERT_FATAL(fp != NULL);
    size_t n = fread(b, 1, cap, fp);
    fclose(fp);
    CU_ASSERT_FATAL(n > 20 && n < cap);
    return n;
}

static void write_all(const char *path, const unsigned char *b, size_t n)
{
    FILE *fp = fopen(path, "wb");
    CU_ASSERT_FATAL(fp != NULL);
    CU_ASSERT(fwrite(b, 1, n, fp) == n);
    fclose(fp);
}

static void test_idx_rejects_bad_gzip(void)
{
    struct files f;
    make_good(&f);
    unsigned char good[4096], b[4096];
    size_t n = read_all(f.images, good, sizeof good);

    /* Truncated: the last 8 bytes (CRC-32 and length) and more cut off. */
    write_all(f.images, good, n - 12);
    expect(&f, IDX_E_TRUNCATED, f.images, "truncated");
    /* Corrupt: a flipped bit in the CRC-32, which inflate() checks. */
    memcpy(b, good, n);
    b[n - 8] ^= 1;
    write_all(f.images, b, n);
    expect(&f, IDX_E_CORRUPT, f.images, "corrupt gzip data");
    /* Corrupt: the first deflate block claims the reserved type 3. */
    memcpy(b, good, n);
    b[10] |= 0x06;
    write_all(f.images, b, n);
    expect(&f, IDX_E_CORRUPT, f.images, "corrupt gzip data");
    /* Trailing garbage after a complete gzip stream. */
    memcpy(b, good, n);
    memcpy(b + n, "junk", 4);
    write_all(f.images, b, n + 4);
    expect(&f, IDX_E_TRAILING, f.images,
           "4 bytes of trailing garbage after the gzip stream");
    /* Not gzip at all: the IDX bytes themselves. */
    long dims[3] = { COUNT, ROWS, COLS };
    size_t h = header(b, 3, dims);
    write_all(f.images, b, h + COUNT * ROWS * COLS);
    expect(&f, IDX_E_NOT_GZIP, f.images, "not a gzip file");
    /* Missing. */
    unlink(f.images);
    expect(&f, IDX_E_READ, f.images, "cannot read it");
    check_rmtree(f.dir);
}

static void load_bad(void *dir)
{
    struct idx_set s;
    idx_load_or_exit(dir, "train", CLASSES, "option --data", &s);
}

static void test_idx_program_form_exits_2(void)
{
    struct files f;
    make_good(&f);
    write_labels(f.labels, COUNT, 1);
    char err[2048];
    int status = check_fork(load_bad, f.dir, -1, err, sizeof err);
    CU_ASSERT(WIFEXITED(status) && WEXITSTATUS(status) == 2);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "option --data: "));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, f.labels));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "outside 0..9"));
    check_rmtree(f.dir);
}

/* The variable as the test found it, put back by env_restore(). */
static char env_kept[1024];
static int env_was_set;

static void env_keep(void)
{
    const char *old = getenv(IDX_DIR_ENV);
    env_was_set = old != NULL;
    snprintf(env_kept, sizeof env_kept, "%s", old != NULL ? old : "");
}

static void env_restore(void)
{
    if (env_was_set) {
        setenv(IDX_DIR_ENV, env_kept, 1);
    } else {
        unsetenv(IDX_DIR_ENV);
    }
}

static void test_idx_folder_from_option_env_default(void)
{
    const char *where = NULL;
    env_keep();
    unsetenv(IDX_DIR_ENV);
    CU_ASSERT_STRING_EQUAL(idx_data_dir(NULL, &where), IDX_DEFAULT_DIR);
    CU_ASSERT_STRING_EQUAL(where, "the default folder");
    setenv(IDX_DIR_ENV, "", 1); /* empty: as if not set */
    CU_ASSERT_STRING_EQUAL(idx_data_dir(NULL, &where), IDX_DEFAULT_DIR);
    CU_ASSERT_STRING_EQUAL(where, "the default folder");
    setenv(IDX_DIR_ENV, "/tmp/mnist", 1);
    CU_ASSERT_STRING_EQUAL(idx_data_dir(NULL, &where), "/tmp/mnist");
    CU_ASSERT_STRING_EQUAL(where, "variable FASHION_MNIST_DIR");
    CU_ASSERT_STRING_EQUAL(idx_data_dir("/data", &where), "/data");
    CU_ASSERT_STRING_EQUAL(where, "option --data");
    env_restore();
}

/* What a program does: find the folder, then load `part` from it. */
static void load_as_program(void *part)
{
    const char *where;
    const char *dir = idx_data_dir(NULL, &where);
    struct idx_set s;
    idx_load_or_exit(dir, part, CLASSES, where, &s);
}

/* A folder named by the variable: a missing file and a damaged one are
 * each reported as "variable FASHION_MNIST_DIR: PATH: what", exit 2. */
static void test_idx_error_names_the_variable(void)
{
    struct files f;
    make_good(&f);
    env_keep();
    setenv(IDX_DIR_ENV, f.dir, 1);
    char err[2048], want[512];

    /* The t10k files are missing. */
    int status = check_fork(load_as_program, "t10k", -1, err, sizeof err);
    CU_ASSERT(WIFEXITED(status) && WEXITSTATUS(status) == 2);
    snprintf(want, sizeof want, "variable " IDX_DIR_ENV
             ": %s/t10k-images-idx3-ubyte.gz: cannot read it", f.dir);
    if (!CHECK(strstr(err, want) != NULL)) {
        fprintf(stderr, "\n  stderr: %s\n", err);
    }
    /* The train labels hold a label of 10. */
    write_labels(f.labels, COUNT, 1);
    status = check_fork(load_as_program, "train", -1, err, sizeof err);
    CU_ASSERT(WIFEXITED(status) && WEXITSTATUS(status) == 2);
    snprintf(want, sizeof want, "variable " IDX_DIR_ENV ": %s: label 10 ",
             f.labels);
    if (!CHECK(strstr(err, want) != NULL)) {
        fprintf(stderr, "\n  stderr: %s\n", err);
    }
    /* The good set loads through the same path. */
    write_labels(f.labels, COUNT, 0);
    const char *where;
    struct idx_set s;
    char msg[1024];
    CU_ASSERT_EQUAL(idx_load_dir(idx_data_dir(NULL, &where), "train",
                                 CLASSES, &s, msg, sizeof msg), IDX_OK);
    CU_ASSERT_EQUAL(s.count, COUNT);
    idx_free(&s);
    env_restore();
    check_rmtree(f.dir);
}

static const struct check_test tests[] = {
    { "P1", "a good gzip IDX set loads with its sizes, pixels and labels",
      test_idx_reads_a_good_set },
    { "P1", "a wrong magic number (rank, element type) is named",
      test_idx_rejects_wrong_magic },
    { "P1", "a dimension of size 0 or too large is named",
      test_idx_rejects_wrong_dimensions },
    { "P1", "fewer or more data bytes than the header promises are named",
      test_idx_rejects_short_and_long_data },
    { "P1", "images and labels of different counts are named",
      test_idx_rejects_count_mismatch },
    { "P1", "a label outside 0..9 is named with its item",
      test_idx_rejects_label_out_of_range },
    { "P1", "truncated, corrupt, non-gzip, missing files and trailing "
            "garbage after the stream are each named",
      test_idx_rejects_bad_gzip },
    { "P1", "the program form prints the file and the fault, exit 2",
      test_idx_program_form_exits_2 },
    { "lib", "the folder comes from the option, else the variable, else "
             "the default, and says which",
      test_idx_folder_from_option_env_default },
    { "lib", "a load error from the variable's folder names the variable, "
             "exit 2", test_idx_error_names_the_variable },
    CHECK_END
};

CHECK_SUITE(idx, tests);
