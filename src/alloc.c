/*
 * alloc.c - zeroed arrays or exit; see alloc.h.
 */
#include "alloc.h"

#include "cli.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

void *alloc_array(size_t n, size_t size)
{
    if (size != 0 && n > SIZE_MAX / size) {
        fprintf(stderr, "%s: out of memory (%zu elements of %zu bytes do "
                "not fit in size_t)\n", cli_program_name(), n, size);
        exit(1);
    }
    void *p = calloc(n > 0 ? n : 1, size > 0 ? size : 1);
    if (p == NULL) {
        fprintf(stderr, "%s: out of memory (%zu bytes)\n", cli_program_name(),
                n * size);
        exit(1);
    }
    return p;
}
