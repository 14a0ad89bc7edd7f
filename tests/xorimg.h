/*
 * xorimg.h - the small image set that chapter 12's and chapter 13's tests
 * train on, and their one check of chapter 13's backpropagation.
 *
 * 8 x 8 images. Two patches (top left, bottom right) are each bright or
 * dark at random; the label is 1 when exactly one of them is bright (an
 * XOR of the two), else 0; every pixel gets uniform noise. No linear
 * score separates XOR: the best linear rule is right on 3 of the 4
 * patterns, 75 %. The data set itself is never needed.
 */
#ifndef XORIMG_H
#define XORIMG_H

#include "act.h"
#include "fmtrain.h"

#include <stdint.h>

#define XORIMG_SIDE 8
#define XORIMG_DIM (XORIMG_SIDE * XORIMG_SIDE)

/* `count` images drawn from `seed` into d (fmdata_free() releases them). */
void xorimg_make(struct fmdata *d, long count, uint64_t seed);

/* Chapter 13's backpropagation through a 64-6-5-10 network of activation
 * `act` on 20 images, against central differences of the mean loss:
 * every stride-th weight of each layer, and every bias if `biases`. One
 * failed CUnit assertion (and a line on stderr) per layer that disagrees. */
void xorimg_check_backprop(enum act_kind act, long stride, int biases);

#endif
