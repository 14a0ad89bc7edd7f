# vecact.mk - the flags of the library's vectorised float kernels
# (src/vecact.c, compiled three times: vecact.o, vecact_avx2.o and
# vecact_avx512.o), which the float array forms of src/act.c and chapter
# 10's benchmark run through vecact_best(). Included by the Makefile.
#
# -O3 vectorises loops. -fno-trapping-math tells the compiler that no one
# reads the floating-point exception flags, so a comparison may be
# computed for every element and used as a select (if-conversion); the
# values are IEEE's either way. -ffp-contract=off keeps a * b + c two
# roundings, as in the scalar forms, so every build returns the same
# bits. -fno-tree-loop-distribute-patterns keeps the copy and fill loops
# loops instead of calls to memcpy and memset. Never -ffast-math: it
# would fold the rounding trick of the range reduction away.
# -march=x86-64-v2 (SSE4.2, 2009 on) only where the compiler targets
# x86-64; the AVX2 build needs x86-64-v3 (AVX2 and FMA, 2013 on), the
# AVX-512 build x86-64-v4, and each runs only where the processor has it
# (vecact_best() in vecact.c). -mprefer-vector-width=512: GCC otherwise
# keeps to 256-bit vectors even for x86-64-v4. `make VECACT_PORTABLE=1`
# builds every object without an x86 flag, as on any other processor:
# only the portable C path runs.
VECACT_X86   := $(if $(VECACT_PORTABLE),,\
                  $(filter x86_64%,$(shell $(CC) -dumpmachine 2>/dev/null)))
#> vec-flags
VEC_FLAGS    ?= -O3 -fno-trapping-math -ffp-contract=off \
                -fno-tree-loop-distribute-patterns \
                $(if $(VECACT_X86),-march=x86-64-v2)
AVX2_FLAGS   ?= -O3 -fno-trapping-math -ffp-contract=off \
                -fno-tree-loop-distribute-patterns \
                $(if $(VECACT_X86),-march=x86-64-v3)
AVX512_FLAGS ?= -O3 -fno-trapping-math -ffp-contract=off \
                -fno-tree-loop-distribute-patterns \
                $(if $(VECACT_X86),-march=x86-64-v4 -mprefer-vector-width=512)
#< vec-flags

# Each object records the flags it was compiled with, so the benchmark
# reports the flags of the code it actually ran.
VECACT_OBJ := $(BUILD)/obj/src
$(VECACT_OBJ)/vecact.o: EXTRA_CFLAGS += $(VEC_FLAGS) \
    -DVECACT_FLAGS='"$(strip $(VEC_FLAGS))"'
$(VECACT_OBJ)/vecact_avx2.o: EXTRA_CFLAGS += $(AVX2_FLAGS) \
    -DVECACT_AVX2_FLAGS='"$(strip $(AVX2_FLAGS))"'
$(VECACT_OBJ)/vecact_avx512.o: EXTRA_CFLAGS += $(AVX512_FLAGS) \
    -DVECACT_AVX512_FLAGS='"$(strip $(AVX512_FLAGS))"'

# The sources of those objects, for a rule that must run again when the
# kernels or their flags change (chapter 10's benchmark).
VECACT_SRC := $(addprefix src/,vecact.c vecact.h vecact_avx2.c \
                vecact_avx512.c vecact.mk)
