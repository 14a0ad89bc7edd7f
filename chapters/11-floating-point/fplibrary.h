/*
 * fplibrary.h - chapter 11's part on the library's own float functions
 * (claims F2, F3): the check this build runs, two rejected forms that
 * step the wrong way, the double functions, and which check the chapter
 * quotes.
 *
 * Like the chapter program, it prints what it found and records the keys
 * the text quotes (sample_<fn>, best_<fn>, double_<fn>, ...).
 */
#ifndef FPLIBRARY_H
#define FPLIBRARY_H

#include "fpcheck.h"

#include <stdint.h>

/* The sample: runs of `run` consecutive magnitudes around every
 * stride-th one (fpcheck_sample); r receives what it found. */
void fplibrary_show_sample(long run, long stride, struct fpcheck_result *r);

/* F3: e^z/(1+e^z) and e/(1+e)^2 against the library, float by float. */
void fplibrary_show_steps(void);

/* F2 in double: `samples` seeded random inputs. */
void fplibrary_show_double(uint64_t seed, long samples);

/* Which check the chapter quotes for F2 and F3: the full run `rec` if
 * there is one (NULL: none) that covered every float with this program's
 * C library, else the sample. */
void fplibrary_show_check(const struct fpcheck_record *rec,
                          const struct fpcheck_result *sample);

#endif
