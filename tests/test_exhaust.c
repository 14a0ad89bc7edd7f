/*
 * test_exhaust.c - src/exhaust.h: every chunk is checked exactly once,
 * each thread takes its fixed share in order, and the parts are merged
 * into the first in thread order.
 */
#include "check.h"

#include "exhaust.h"

#include <string.h>

#define CHUNKS 1000

struct part {
    long id;           /* which part, for the merge's order */
    long count;        /* chunks checked */
    uint64_t sum;      /* of their numbers */
    uint64_t last;     /* the chunk before, +1 (0: none yet) */
    int in_order;      /* every chunk after the one before */
    long merged[EXHAUST_MAX_THREADS];
    long merges;
    unsigned char seen[CHUNKS];
};

static void check_chunk(void *p, uint64_t c)
{
    struct part *s = p;
    s->count++;
    s->sum += c;
    s->in_order &= s->last == 0 || c + 1 > s->last;
    s->last = c + 1;
    s->seen[c]++;
}

static void merge(void *into, const void *from)
{
    struct part *a = into;
    const struct part *b = from;
    a->count += b->count;
    a->sum += b->sum;
    a->in_order &= b->in_order;
    a->merged[a->merges++] = b->id;
    for (int c = 0; c < CHUNKS; c++) {
        a->seen[c] += b->seen[c];
    }
}

static void test_every_chunk_once_merged_in_thread_order(void)
{
    static struct part part[EXHAUST_MAX_THREADS];
    void *parts[EXHAUST_MAX_THREADS];
    const long counts[] = { 1, 2, 3, 7 };
    for (size_t k = 0; k < sizeof counts / sizeof counts[0]; k++) {
        long threads = counts[k];
        for (long t = 0; t < threads; t++) {
            memset(&part[t], 0, sizeof part[t]);
            part[t].id = t;
            part[t].in_order = 1;
            parts[t] = &part[t];
        }
        struct exhaust_time took =
            exhaust_run(CHUNKS, threads, parts, check_chunk, merge);
        CU_ASSERT(took.seconds >= 0 && took.cpu_seconds >= 0);
        /* Thread t's share, before the merge added to part 0. */
        for (long t = 1; t < threads; t++) {
            CU_ASSERT(part[t].count == (CHUNKS - t + threads - 1) / threads);
            CU_ASSERT(part[t].last == 1 + (uint64_t)(t + (part[t].count - 1)
                                                     * threads));
        }
        CU_ASSERT(part[0].count == CHUNKS);
        CU_ASSERT(part[0].sum == (uint64_t)CHUNKS * (CHUNKS - 1) / 2);
        CU_ASSERT(part[0].in_order);
        int once = 1;
        for (int c = 0; c < CHUNKS; c++) {
            once &= part[0].seen[c] == 1;
        }
        CU_ASSERT(once);
        CU_ASSERT(part[0].merges == threads - 1);
        for (long m = 0; m < part[0].merges; m++) {
            CU_ASSERT(part[0].merged[m] == m + 1);
        }
    }
}

static const struct check_test tests[] = {
    { "lib", "exhaust_run checks every chunk once, thread t the chunks t, "
      "t + n, ... in order, and merges the parts in thread order",
      test_every_chunk_once_merged_in_thread_order },
    CHECK_END
};

CHECK_SUITE(exhaust, tests);
