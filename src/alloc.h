/*
 * alloc.h - memory for arrays, or a clear stop.
 *
 * A chapter program that cannot get its memory has nothing sensible left
 * to do, so instead of a check after every malloc it asks here:
 *
 *   double *w = alloc_array(rows * cols, sizeof *w);
 *
 * The memory is zeroed; the product n * size is checked for overflow.
 * On failure the program says "NAME: out of memory (N bytes)" on stderr
 * and exits with status 1 (no temporary output file is left: out.h's
 * exit handler removes them).
 */
#ifndef ALLOC_H
#define ALLOC_H

#include <stddef.h>

/* n elements of `size` bytes each, zeroed; free() it as usual. n == 0
 * gives a valid pointer to free. */
void *alloc_array(size_t n, size_t size);

#endif
