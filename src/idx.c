/*
 * idx.c - gzip IDX files, every damage named; see idx.h.
 *
 * We read the compressed file whole and inflate it with zlib's inflate()
 * rather than gzread(): gzread() silently skips bytes after the end of a
 * gzip stream, and we want to see them.
 */
#include "idx.h"

#include "cli.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <zlib.h>

static enum idx_error fail(enum idx_error e, char *err, size_t len,
                           const char *path, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static enum idx_error fail(enum idx_error e, char *err, size_t len,
                           const char *path, const char *fmt, ...)
{
    if (len > 0) {
        int n = snprintf(err, len, "%s: ", path);
        if (n >= 0 && (size_t)n < len) {
            va_list ap;
            va_start(ap, fmt);
            vsnprintf(err + n, len - (size_t)n, fmt, ap);
            va_end(ap);
        }
    }
    return e;
}

/* The compressed file, whole. Compressed files are at most as large as
 * the data we accept (gzip never expands by more than a few bytes per
 * 32 kB block, and an IDX file compresses well). */
static enum idx_error slurp(const char *path, unsigned char **buf,
                            size_t *len, char *err, size_t err_len)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        return fail(IDX_E_READ, err, err_len, path, "cannot read it: %s",
                    strerror(errno));
    }
    struct stat st;
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
        fclose(f);
        return fail(IDX_E_READ, err, err_len, path, "is not a file");
    }
    if ((uintmax_t)st.st_size > IDX_DATA_MAX) {
        fclose(f);
        return fail(IDX_E_DIMS, err, err_len, path,
                    "is larger than %zu bytes", IDX_DATA_MAX);
    }
    size_t size = (size_t)st.st_size;
    unsigned char *b = malloc(size > 0 ? size : 1);
    if (b == NULL) {
        fclose(f);
        return fail(IDX_E_MEMORY, err, err_len, path, "out of memory");
    }
    size_t got = fread(b, 1, size, f);
    int bad = ferror(f) || got != size;
    fclose(f);
    if (bad) {
        free(b);
        return fail(IDX_E_READ, err, err_len, path, "cannot read it");
    }
    *buf = b;
    *len = size;
    return IDX_OK;
}

enum idx_error idx_gunzip(const char *path, unsigned char **data,
                          size_t *len, char *err, size_t err_len)
{
    unsigned char *in = NULL;
    size_t in_len = 0;
    enum idx_error e = slurp(path, &in, &in_len, err, err_len);
    if (e != IDX_OK) {
        return e;
    }
    if (in_len < 2 || in[0] != 0x1f || in[1] != 0x8b) {
        free(in);
        return fail(IDX_E_NOT_GZIP, err, err_len, path,
                    "is not a gzip file (it does not start with 1f 8b)");
    }
    //> gunzip
    z_stream z = { 0 };
    /* 15 + 16: the largest window, and a gzip header and trailer (whose
     * CRC-32 and length inflate() checks) around the deflate data. */
    if (inflateInit2(&z, 15 + 16) != Z_OK) {
        free(in);
        return fail(IDX_E_MEMORY, err, err_len, path, "out of memory");
    }
    /* The gzip trailer's last 4 bytes are the data's length modulo 2^32:
     * a hint for the buffer's size (the loop grows it if it is wrong). */
    size_t hint = 0;
    if (in_len >= 4) {
        const unsigned char *t = in + in_len - 4;
        hint = (size_t)t[3] << 24 | (size_t)t[2] << 16 |
               (size_t)t[1] << 8 | t[0];
    }
    size_t cap = (hint < IDX_DATA_MAX ? hint : 0) + 1024;
    size_t out_len = 0;
    unsigned char *out = malloc(cap);
    z.next_in = in;
    z.avail_in = in_len > UINT_MAX ? UINT_MAX : (unsigned)in_len;
    int ret = Z_OK;
    while (out != NULL && ret != Z_STREAM_END) {
        if (out_len == cap) { /* grow the output, up to IDX_DATA_MAX */
            unsigned char *more = cap < IDX_DATA_MAX
                                      ? realloc(out, cap * 2) : NULL;
            if (more == NULL) {
                break;
            }
            out = more;
            cap *= 2;
        }
        size_t room = cap - out_len;
        z.next_out = out + out_len;
        z.avail_out = room > UINT_MAX ? UINT_MAX : (unsigned)room;
        unsigned before = z.avail_out;
        ret = inflate(&z, Z_NO_FLUSH);
        out_len += before - z.avail_out;
        if (ret == Z_DATA_ERROR || ret == Z_NEED_DICT) {
            e = fail(IDX_E_CORRUPT, err, err_len, path,
                     "corrupt gzip data (%s)",
                     z.msg != NULL ? z.msg : "bad data");
            break;
        }
        if (ret == Z_MEM_ERROR) {
            break;
        }
        if (ret != Z_STREAM_END && z.avail_in == 0 && z.avail_out > 0) {
            e = fail(IDX_E_TRUNCATED, err, err_len, path,
                     "the gzip stream ends early (the file is truncated)");
            break;
        }
    }
    if (e == IDX_OK && ret != Z_STREAM_END) {
        e = fail(IDX_E_MEMORY, err, err_len, path,
                 "out of memory, or more than %zu bytes of data",
                 IDX_DATA_MAX);
    }
    if (e == IDX_OK && z.avail_in > 0) {
        e = fail(IDX_E_TRAILING, err, err_len, path,
                 "%u bytes of trailing garbage after the gzip stream",
                 z.avail_in);
    }
    //< gunzip
    inflateEnd(&z);
    free(in);
    if (e != IDX_OK) {
        free(out);
        return e;
    }
    *data = out;
    *len = out_len;
    return IDX_OK;
}

static uint32_t be32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
           (uint32_t)p[2] << 8 | (uint32_t)p[3];
}

/* One IDX file of unsigned bytes with `rank` dimensions: its sizes in
 * dims[], its elements (the whole buffer, to free) at *data + *offset. */
static enum idx_error read_idx(const char *path, unsigned rank,
                               long dims[3], unsigned char **data,
                               size_t *offset, char *err, size_t err_len)
{
    unsigned char *b = NULL;
    size_t n = 0;
    enum idx_error e = idx_gunzip(path, &b, &n, err, err_len);
    if (e != IDX_OK) {
        return e;
    }
    const uint32_t want = 0x0800u | rank;
    size_t head = 4 + 4 * (size_t)rank;
    if (n < 4 || be32(b) != want) {
        e = fail(IDX_E_MAGIC, err, err_len, path,
                 "magic number 0x%08lx is not that of an IDX file of "
                 "bytes with %u dimension%s (0x%08lx)",
                 n < 4 ? 0ul : (unsigned long)be32(b), rank,
                 rank == 1 ? "" : "s", (unsigned long)want);
    } else if (n < head) {
        e = fail(IDX_E_SHORT, err, err_len, path,
                 "the header ends early (%zu of %zu bytes)", n, head);
    } else {
        size_t total = 1;
        for (unsigned d = 0; d < rank && e == IDX_OK; d++) {
            uint32_t s = be32(b + 4 + 4 * d);
            if (s == 0 || (d > 0 && s > IDX_SIDE_MAX) ||
                (size_t)s > IDX_DATA_MAX / total) {
                e = fail(IDX_E_DIMS, err, err_len, path,
                         "dimension %u has size %lu: not an image set",
                         d + 1, (unsigned long)s);
            } else {
                dims[d] = (long)s;
                total *= s;
            }
        }
        if (e == IDX_OK && n - head < total) {
            e = fail(IDX_E_SHORT, err, err_len, path,
                     "the header promises %zu data bytes, the file holds "
                     "%zu", total, n - head);
        } else if (e == IDX_OK && n - head > total) {
            e = fail(IDX_E_TRAILING, err, err_len, path,
                     "%zu bytes of trailing garbage after the %zu data "
                     "bytes the header promises", n - head - total, total);
        }
    }
    if (e != IDX_OK) {
        free(b);
        return e;
    }
    *data = b;
    *offset = head;
    return IDX_OK;
}

enum idx_error idx_load_files(const char *images, const char *labels,
                              long classes, struct idx_set *set, char *err,
                              size_t err_len)
{
    memset(set, 0, sizeof *set);
    long di[3] = { 0 }, dl[3] = { 0 };
    unsigned char *bi = NULL, *bl = NULL;
    size_t oi, ol;
    enum idx_error e = read_idx(images, 3, di, &bi, &oi, err, err_len);
    if (e == IDX_OK) {
        e = read_idx(labels, 1, dl, &bl, &ol, err, err_len);
    }
    if (e == IDX_OK && dl[0] != di[0]) {
        e = fail(IDX_E_COUNT, err, err_len, labels,
                 "holds %ld labels, but %s holds %ld images", dl[0],
                 images, di[0]);
    }
    for (long i = 0; e == IDX_OK && i < dl[0]; i++) {
        if (bl[ol + (size_t)i] >= classes) {
            e = fail(IDX_E_LABEL, err, err_len, labels,
                     "label %d of item %ld is outside 0..%ld",
                     bl[ol + (size_t)i], i, classes - 1);
        }
    }
    size_t pixels = (size_t)di[0] * (size_t)di[1] * (size_t)di[2];
    if (e == IDX_OK) {
        set->pixels = malloc(pixels);
        set->labels = malloc((size_t)dl[0]);
        if (set->pixels == NULL || set->labels == NULL) {
            e = fail(IDX_E_MEMORY, err, err_len, images, "out of memory");
        }
    }
    if (e == IDX_OK) {
        memcpy(set->pixels, bi + oi, pixels);
        memcpy(set->labels, bl + ol, (size_t)dl[0]);
        set->count = di[0];
        set->rows = di[1];
        set->cols = di[2];
    } else {
        idx_free(set);
    }
    free(bi);
    free(bl);
    return e;
}

enum idx_error idx_load_dir(const char *dir, const char *part,
                            long classes, struct idx_set *set, char *err,
                            size_t err_len)
{
    char images[PATH_MAX], labels[PATH_MAX];
    int a = snprintf(images, sizeof images, "%s/%s-images-idx3-ubyte.gz",
                     dir, part);
    int b = snprintf(labels, sizeof labels, "%s/%s-labels-idx1-ubyte.gz",
                     dir, part);
    if (a < 0 || b < 0 || (size_t)a >= sizeof images ||
        (size_t)b >= sizeof labels) {
        memset(set, 0, sizeof *set);
        return fail(IDX_E_READ, err, err_len, dir, "path too long");
    }
    return idx_load_files(images, labels, classes, set, err, err_len);
}

void idx_load_or_exit(const char *dir, const char *part, long classes,
                      const char *where, struct idx_set *set)
{
    char err[PATH_MAX + 256];
    enum idx_error e = idx_load_dir(dir, part, classes, set, err,
                                    sizeof err);
    if (e == IDX_OK) {
        return;
    }
    fprintf(stderr, "%s: %s%s%s\n", cli_program_name(),
            where != NULL ? where : "", where != NULL ? ": " : "", err);
    if (e == IDX_E_READ) {
        fprintf(stderr, "%s: the data set is Debian's dataset-fashion-mnist"
                " (make deps installs it); another folder with the same "
                "four files: --data DIR or %s=DIR\n", cli_program_name(),
                IDX_DIR_ENV);
    }
    exit(2);
}

const char *idx_data_dir(const char *option, const char **where)
{
    if (option != NULL && option[0] != '\0') {
        *where = "option --data";
        return option;
    }
    const char *env = getenv(IDX_DIR_ENV);
    if (env != NULL && env[0] != '\0') {
        *where = "variable " IDX_DIR_ENV;
        return env;
    }
    *where = "the default folder";
    return IDX_DEFAULT_DIR;
}

void idx_free(struct idx_set *set)
{
    free(set->pixels);
    free(set->labels);
    memset(set, 0, sizeof *set);
}
