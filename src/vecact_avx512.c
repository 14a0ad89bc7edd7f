/*
 * vecact_avx512.c - the kernels of vecact.c once more, compiled for
 * AVX-512 (-march=x86-64-v4 -mprefer-vector-width=512 in vecact.mk:
 * without the second flag GCC would still use 256-bit vectors), so that
 * one element in sixteen lanes costs one instruction. Same source; with
 * fused multiply-adds, as in the AVX2 build. Its table, vecact_avx512,
 * may be used only where vecact_avx512.supported() is true.
 */
#define VECACT_AVX512 1
#include "vecact.c"
