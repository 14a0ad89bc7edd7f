/*
 * vecact_avx2.c - the kernels of vecact.c once more, compiled for AVX2
 * with fused multiply-adds (-march=x86-64-v3 in vecact.mk), so that a
 * processor with 256-bit vectors uses them, and the benchmark can set
 * them beside the baseline's 128-bit ones.
 * Same source; a * b + c rounds once here (MADD in vecact.c). Its table,
 * vecact_avx2, may be used only where vecact_avx2.supported() is true.
 */
#define VECACT_AVX2 1
#include "vecact.c"
