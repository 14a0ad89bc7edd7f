/*
 * bench.c - clocks, medians and a description of the machine; see
 * bench.h.
 */
#include "bench.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

double bench_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

double bench_cpu_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

double bench_median(double *x, size_t n)
{
    qsort(x, n, sizeof *x, by_value);
    return n % 2 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
}

/* The text after "key" and the colon on a line of a "key : value" file
 * such as /proc/cpuinfo, without the newline; NULL if the line is not
 * about key. */
static const char *value_of(char *line, const char *key)
{
    size_t k = strlen(key);
    if (strncmp(line, key, k) != 0) {
        return NULL;
    }
    char *colon = strchr(line + k, ':');
    if (colon == NULL) {
        return NULL;
    }
    char *v = colon + 1;
    while (*v == ' ' || *v == '\t')
        v++;
    v[strcspn(v, "\n")] = '\0';
    return v;
}

void bench_cpu_model(char *buf, size_t len)
{
    snprintf(buf, len, "unknown processor");
    FILE *f = fopen("/proc/cpuinfo", "r");
    if (f == NULL) {
        return;
    }
    char line[512];
    while (fgets(line, sizeof line, f) != NULL) {
        const char *v = value_of(line, "model name");
        if (v != NULL && *v != '\0') {
            snprintf(buf, len, "%s", v);
            break;
        }
    }
    fclose(f);
}

/* The first line of `path` into buf; 0, or -1 if it cannot be read. */
static int read_line(const char *path, char *buf, size_t len)
{
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        return -1;
    }
    int ok = fgets(buf, (int)len, f) != NULL;
    fclose(f);
    buf[strcspn(buf, "\n")] = '\0';
    return ok ? 0 : -1;
}

#define CACHE_DIR "/sys/devices/system/cpu/cpu0/cache/index"
#define CACHE_INDEX_MAX 8 /* more entries than any processor has */

long bench_cache_bytes(int level)
{
    for (int i = 0; i < CACHE_INDEX_MAX; i++) {
        char path[128], text[64];
        snprintf(path, sizeof path, CACHE_DIR "%d/level", i);
        if (read_line(path, text, sizeof text) != 0) {
            break;
        }
        if (atoi(text) != level) {
            continue;
        }
        snprintf(path, sizeof path, CACHE_DIR "%d/type", i);
        if (read_line(path, text, sizeof text) != 0 ||
            strcmp(text, "Instruction") == 0) {
            continue;
        }
        snprintf(path, sizeof path, CACHE_DIR "%d/size", i);
        if (read_line(path, text, sizeof text) != 0) {
            continue;
        }
        /* "32K", "512K", "32768K", or "1M" */
        char *end;
        long size = strtol(text, &end, 10);
        if (*end == 'K') {
            size *= 1024;
        } else if (*end == 'M') {
            size *= 1024 * 1024;
        }
        return size > 0 ? size : 0;
    }
    return 0;
}

const char *bench_compiler(void)
{
#if defined(__clang__)
    return "clang " __clang_version__;
#elif defined(__GNUC__)
    return "gcc " __VERSION__;
#else
    return "an unknown compiler";
#endif
}

