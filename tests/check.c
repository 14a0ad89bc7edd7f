/*
 * check.c - helpers shared by the test files; see check.h.
 */
#include "check.h"

#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* Map a double's bits onto a line where adjacent doubles are adjacent
 * integers: negative numbers are mirrored below zero, so the distance
 * between two keys counts the doubles between them (and -0 meets +0). */
static int64_t ordered_key(double x)
{
    int64_t i;
    memcpy(&i, &x, sizeof i);
    return i < 0 ? INT64_MIN - i : i;
}

uint64_t check_ulps(double a, double b)
{
    if (isnan(a) || isnan(b)) {
        return isnan(a) && isnan(b) ? 0 : UINT64_MAX;
    }
    int64_t ka = ordered_key(a), kb = ordered_key(b);
    return ka > kb ? (uint64_t)ka - (uint64_t)kb : (uint64_t)kb - (uint64_t)ka;
}

static int32_t ordered_keyf(float x)
{
    int32_t i;
    memcpy(&i, &x, sizeof i);
    return i < 0 ? INT32_MIN - i : i;
}

uint64_t check_ulpsf(float a, float b)
{
    if (isnan(a) || isnan(b)) {
        return isnan(a) && isnan(b) ? 0 : UINT64_MAX;
    }
    int64_t ka = ordered_keyf(a), kb = ordered_keyf(b);
    return (uint64_t)(ka > kb ? ka - kb : kb - ka);
}

int check_rel(double a, double b, double rel)
{
    if (a == b) {
        return 1;
    }
    return fabs(a - b) <= rel * fabs(b);
}

int check_same(double a, double b)
{
    if (isnan(a) || isnan(b)) {
        return isnan(a) && isnan(b);
    }
    return a == b && signbit(a) == signbit(b);
}

const char *check_bin_dir(void)
{
    const char *dir = getenv("COURSE_BIN_DIR");
    return dir != NULL ? dir : "build/bin";
}

int check_run(const char *const argv[], const char *out_path)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", check_bin_dir(), argv[0]);
    return check_spawn(path, argv, out_path);
}

int check_spawn(const char *path, const char *const argv[],
                const char *out_path)
{
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        return -1;
    }
    if (pid == 0) {
        int fd = open(out_path != NULL ? out_path : "/dev/null",
                      O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd >= 0) {
            dup2(fd, STDOUT_FILENO);
            dup2(fd, STDERR_FILENO);
            close(fd);
        }
        execvp(path, (char *const *)argv);
        _exit(127);
    }
    int status;
    if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status)) {
        return -1;
    }
    return WEXITSTATUS(status);
}

int check_tmpdir(char *buf, size_t len)
{
    const char *base = getenv("TMPDIR");
    snprintf(buf, len, "%s/course-test-XXXXXX", base ? base : "/tmp");
    return mkdtemp(buf) != NULL ? 0 : -1;
}

int check_count_entries(const char *path)
{
    DIR *d = opendir(path);
    if (d == NULL) {
        return -1;
    }
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
            n++;
        }
    }
    closedir(d);
    return n;
}

void check_rmtree(const char *path)
{
    DIR *d = opendir(path);
    if (d != NULL) {
        struct dirent *e;
        while ((e = readdir(d)) != NULL) {
            if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) {
                continue;
            }
            char sub[4096];
            struct stat st;
            snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
            if (lstat(sub, &st) == 0 && S_ISDIR(st.st_mode)) {
                check_rmtree(sub);
            } else {
                unlink(sub);
            }
        }
        closedir(d);
    }
    rmdir(path);
}

int check_fork(void (*fn)(void *), void *arg, int out_fd, char *err,
               size_t len)
{
    int p[2];
    if (pipe(p) != 0) {
        return -1;
    }
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        close(p[0]);
        close(p[1]);
        return -1;
    }
    if (pid == 0) {
        int out = out_fd >= 0 ? out_fd : open("/dev/null", O_WRONLY);
        dup2(out, STDOUT_FILENO);
        dup2(p[1], STDERR_FILENO);
        close(p[0]);
        close(p[1]);
        fn(arg);
        exit(0);
    }
    close(p[1]);
    size_t got = 0;
    ssize_t n;
    while ((n = read(p[0], err + got, len - 1 - got)) > 0) {
        got += (size_t)n;
        if (got == len - 1) {
            break;
        }
    }
    err[got] = '\0';
    /* Drain what did not fit, so the child never blocks on a full pipe. */
    char sink[256];
    while (read(p[0], sink, sizeof sink) > 0) {
    }
    close(p[0]);
    int status;
    if (waitpid(pid, &status, 0) != pid) {
        return -1;
    }
    return status;
}

int check_refuses(const char *const argv[], const char *dir)
{
    char log[PATH_MAX];
    snprintf(log, sizeof log, "%s.log", dir);
    int st = check_run(argv, log);
    int ok = CHECK(st == 2 && check_count_entries(dir) == 0);
    if (!ok) {
        fprintf(stderr, "\n  %s %s %s: status %d (output in %s)\n",
                argv[0], argv[1] ? argv[1] : "",
                argv[1] && argv[2] ? argv[2] : "", st, log);
    } else {
        unlink(log);
    }
    return ok;
}
