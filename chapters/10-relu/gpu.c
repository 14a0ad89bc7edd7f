/*
 * gpu.c - the recorded GPU measurement; see gpu.h.
 */
#include "gpu.h"

#include "cli.h"
#include "out.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const struct gpu_row gpu_rows[] = {
#include "gpu_h200.inc"
};
const size_t gpu_count = sizeof gpu_rows / sizeof gpu_rows[0];

const struct gpu_row *gpu_largest(const char *op)
{
    const struct gpu_row *best = NULL;
    for (size_t i = 0; i < gpu_count; i++) {
        if (strcmp(gpu_rows[i].op, op) == 0 &&
            (best == NULL || gpu_rows[i].n >= best->n)) {
            best = &gpu_rows[i];
        }
    }
    return best;
}

/* The recorded GPU measurement, at its largest size: what the text
 * quotes beside this machine's timings. */
void gpu_record(void)
{
    static const char *const ops[] = { "copy", "relu", "sigmoid", "tanh" };
    const struct gpu_row *p[4];
    for (int i = 0; i < 4; i++) {
        p[i] = gpu_largest(ops[i]);
        if (p[i] == NULL) {
            fprintf(stderr, "%s: the recorded GPU table has "
                    "no row for %s\n", cli_program_name(), ops[i]);
            exit(1);
        }
        out_value(OUT_KEY("gpu_%s_gbs", ops[i]), "%.0f", p[i]->gb_per_s);
    }
    printf("\nRecorded on a GPU, %.0f Mi elements: copy %.0f, ReLU %.0f,\n"
           "  sigmoid %.0f, tanh %.0f GB/s\n", p[0]->n / 1048576,
           p[0]->gb_per_s, p[1]->gb_per_s, p[2]->gb_per_s, p[3]->gb_per_s);
    out_value("gpu_n_mi", "%.0f", p[0]->n / 1048576);
    out_value("gpu_sigmoid_x", "%.2f", p[2]->ns_per_elem / p[1]->ns_per_elem);
    out_value("gpu_tanh_x", "%.2f", p[3]->ns_per_elem / p[1]->ns_per_elem);
    out_value("gpu_relu_copy_pct", "%.0f",
              100 * p[0]->ns_per_elem / p[1]->ns_per_elem);
}
