/*
 * idx.h - image sets in the IDX format, read from gzip files with zlib.
 *
 * MNIST (LeCun et al. 1998) and Fashion-MNIST (Xiao et al. 2017) come as
 * four gzip-compressed IDX files: images and labels, for training and for
 * testing. An IDX file is a 4-byte magic number (0, 0, the element type,
 * the number of dimensions), one big-endian 32-bit size per dimension,
 * then the elements in row-major order. Both sets use unsigned bytes
 * (type 0x08): images have 3 dimensions (count, rows, columns), labels 1.
 *
 * Everything a damaged or foreign file can get wrong is checked, and each
 * failure is a message naming the file and what is wrong:
 *   - not a gzip file, a gzip stream cut short (truncated), a corrupt one
 *     (a bad block or a failed CRC), bytes after the end of the stream;
 *   - a wrong magic number (other type, other number of dimensions);
 *   - wrong dimensions (a size of 0, images larger than IDX_SIDE_MAX);
 *   - fewer data bytes than the header promises, or more;
 *   - images and labels that do not pair up (their counts differ), and a
 *     label outside 0 .. classes - 1.
 * The idx_load_* functions return an error code and the message, so tests
 * run in process; idx_load_or_exit() is the form programs call, which
 * prints the message and exits with status 2.
 */
#ifndef IDX_H
#define IDX_H

#include <stddef.h>

/* The default folder (Debian's dataset-fashion-mnist), and the variable
 * that overrides it (an option --data overrides both). IDX_DIR_SHOWN says
 * so in a program's help: CLI_TEXT_OR("data", &dir, "DIR", IDX_DIR_SHOWN,
 * ...) (src/cli.h). */
#define IDX_DEFAULT_DIR "/usr/share/datasets/fashion-mnist"
#define IDX_DIR_ENV "FASHION_MNIST_DIR"
#define IDX_DIR_SHOWN "$" IDX_DIR_ENV ", else " IDX_DEFAULT_DIR

/* The largest side of an image we accept (MNIST's are 28): a header
 * claiming more is damaged, not a larger data set. */
#define IDX_SIDE_MAX 1024
/* The largest decompressed file, 1 GiB: 60,000 MNIST images are 47 MB. */
#define IDX_DATA_MAX ((size_t)1 << 30)

enum idx_error {
    IDX_OK = 0,
    IDX_E_READ,      /* cannot open or read the file */
    IDX_E_NOT_GZIP,  /* no gzip header */
    IDX_E_TRUNCATED, /* the gzip stream ends early */
    IDX_E_CORRUPT,   /* inflate or the CRC check failed */
    IDX_E_TRAILING,  /* bytes after the gzip stream or after the data */
    IDX_E_MAGIC,     /* not an IDX file of bytes with the right rank */
    IDX_E_DIMS,      /* a size of 0, or implausibly large */
    IDX_E_SHORT,     /* fewer data bytes than the header says */
    IDX_E_COUNT,     /* images and labels differ in number */
    IDX_E_LABEL,     /* a label outside 0 .. classes - 1 */
    IDX_E_MEMORY,    /* out of memory */
};

/* A set of labelled images: pixel p of image i is
 * pixels[i * rows * cols + p], 0 (background) to 255. */
struct idx_set {
    long count, rows, cols;
    unsigned char *pixels; /* count * rows * cols */
    unsigned char *labels; /* count, each < classes */
};

/* Decompress the gzip file `path` into a new buffer (free() it): the
 * whole stream, with nothing after it. */
enum idx_error idx_gunzip(const char *path, unsigned char **data,
                          size_t *len, char *err, size_t err_len);

/* Read the images file and the labels file into *set, checking that they
 * pair up and that every label is below `classes`. On an error *set is
 * empty and err holds "PATH: what is wrong". */
enum idx_error idx_load_files(const char *images, const char *labels,
                              long classes, struct idx_set *set, char *err,
                              size_t err_len);

/* The same with the standard names in folder `dir`: `part` is "train"
 * or "t10k" (train-images-idx3-ubyte.gz and train-labels-idx1-ubyte.gz). */
enum idx_error idx_load_dir(const char *dir, const char *part,
                            long classes, struct idx_set *set, char *err,
                            size_t err_len);

/* As idx_load_dir(), but on an error print "PROGRAM: WHERE: message" on
 * stderr and exit 2 (`where`, as idx_data_dir() gives it, says where the
 * folder came from: "variable FASHION_MNIST_DIR"; may be NULL). */
void idx_load_or_exit(const char *dir, const char *part, long classes,
                      const char *where, struct idx_set *set);

/* The folder to read: `option` (the value of --data) if given, else
 * $FASHION_MNIST_DIR, else IDX_DEFAULT_DIR. *where is set to which one,
 * for messages: "option --data", "variable FASHION_MNIST_DIR" or "the
 * default folder". An empty option or variable counts as not given. */
const char *idx_data_dir(const char *option, const char **where);

void idx_free(struct idx_set *set);

#endif
