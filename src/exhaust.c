/*
 * exhaust.c - chunks of an exhaustive check on threads; see exhaust.h.
 */
#include "exhaust.h"

#include "bench.h"
#include "cli.h"
#include "progress.h"

#include <assert.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

/* A thread's share: every threads-th chunk from its own first. */
struct share {
    uint64_t first, step, chunks;
    void *part;
    void (*check)(void *part, uint64_t chunk);
    atomic_uint_fast64_t *done;
};

static void *worker(void *arg)
{
    struct share *s = arg;
    for (uint64_t c = s->first; c < s->chunks; c += s->step) {
        s->check(s->part, c);
        atomic_fetch_add(s->done, 1);
    }
    return NULL;
}

static double process_cpu_seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

struct exhaust_time exhaust_run(uint64_t chunks, long threads,
                                void *const parts[],
                                void (*check)(void *part, uint64_t chunk),
                                void (*merge)(void *into, const void *from))
{
    assert(threads >= 1 && threads <= EXHAUST_MAX_THREADS);
    struct share share[EXHAUST_MAX_THREADS];
    pthread_t tid[EXHAUST_MAX_THREADS];
    atomic_uint_fast64_t done = 0;
    double t0 = bench_now();
    for (long t = 0; t < threads; t++) {
        share[t] = (struct share){ (uint64_t)t, (uint64_t)threads, chunks,
                                   parts[t], check, &done };
        if (pthread_create(&tid[t], NULL, worker, &share[t]) != 0) {
            fprintf(stderr, "%s: cannot start thread %ld\n",
                    cli_program_name(), t);
            exit(1);
        }
    }
    /* Progress, from this thread, while the others check. */
    uint64_t d;
    while ((d = atomic_load(&done)) < chunks) {
        progress_show("%u %% of the inputs, %.0f s",
                      (unsigned)(100 * d / chunks), bench_now() - t0);
        nanosleep(&(struct timespec){ 0, 200000000 }, NULL);
    }
    progress_done();
    for (long t = 0; t < threads; t++) {
        pthread_join(tid[t], NULL);
        if (t > 0 && merge != NULL) {
            merge(parts[0], parts[t]);
        }
    }
    return (struct exhaust_time){ bench_now() - t0, process_cpu_seconds() };
}
