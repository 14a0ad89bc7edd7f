/*
 * gpu.h - the recorded GPU measurement, compiled into the program.
 *
 * data/gpu-activations-h200-pytorch.tsv is a measurement made once on an
 * NVIDIA H200 with PyTorch (the file's comment lines state how). The
 * build turns its rows into C (chapter.mk writes gpu_h200.inc), so a
 * program that quotes it reads no file at run time and runs the same from
 * any folder; the book's table is the file itself, copied by make. A file
 * whose header is not the five columns below stops the build.
 */
#ifndef GPU_H
#define GPU_H

#include <stddef.h>

/* One row: an operation on n float32 elements. */
struct gpu_row {
    const char *op;     /* "copy", "relu", "sigmoid" or "tanh" */
    double n;           /* elements */
    double median_us;   /* median time of the timed runs, microseconds */
    double ns_per_elem;
    double gb_per_s;    /* counting 4 bytes read and 4 written */
};

extern const struct gpu_row gpu_rows[];
extern const size_t gpu_count;

/* The row of `op` at the largest n, where the device's caches matter
 * least; NULL if the table has no row for op. */
const struct gpu_row *gpu_largest(const char *op);

/* Record the values the text quotes (gpu_<op>_gbs, gpu_n_mi, gpu_sigmoid_x,
 * gpu_tanh_x, gpu_relu_copy_pct) and print them; exits 1 if an operation
 * has no row. */
void gpu_record(void);

#endif
