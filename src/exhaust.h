/*
 * exhaust.h - a check of every float input, split into chunks that a
 * fixed number of threads take, with progress on stderr.
 *
 * The caller splits its inputs (the 2^32 bit patterns, or the 2^31
 * magnitudes) into `chunks` parts numbered 0 .. chunks - 1, and gives
 * each thread a result of its own to add into:
 *
 *   static struct my_result part[EXHAUST_MAX_THREADS];
 *   void *parts[EXHAUST_MAX_THREADS];
 *   for (long t = 0; t < threads; t++)
 *       parts[t] = &part[t];
 *   struct exhaust_time time =
 *       exhaust_run(chunks, threads, parts, check_chunk, merge_result);
 *   ... part[0] holds the whole result ...
 *
 * Thread t checks chunks t, t + threads, t + 2 threads, ... in that order,
 * into parts[t]; at the end parts[1], parts[2], ... are merged into
 * parts[0] in that order. Which thread checks which chunk is fixed, so
 * for a given thread count the result is the same on every run, however
 * the threads are scheduled; a merge whose ties do not depend on order
 * (the smallest input first, say) gives the same result for any count.
 */
#ifndef EXHAUST_H
#define EXHAUST_H

#include <stdint.h>

#define EXHAUST_MAX_THREADS 64

/* How long a run took: wall time, and the processor time of the whole
 * process so far (all threads: unlike the wall time, it does not grow
 * when other programs share the machine). In seconds. */
struct exhaust_time {
    double seconds, cpu_seconds;
};

/* Run check(parts[t], chunk) for every chunk on `threads` threads
 * (1 .. EXHAUST_MAX_THREADS), showing progress on stderr, then merge
 * parts[1 ..] into parts[0] with merge(into, from) (none if NULL). A
 * thread that cannot be started stops the program with a message. */
struct exhaust_time exhaust_run(uint64_t chunks, long threads,
                                void *const parts[],
                                void (*check)(void *part, uint64_t chunk),
                                void (*merge)(void *into, const void *from));

#endif
