/*
 * progress.c - progress lines on stderr; see progress.h.
 */
#include "progress.h"

#include "cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

/* Seconds of silence before the first line, and between two lines on a
 * terminal and in a log. */
#define PROGRESS_AFTER 1.0
#define PROGRESS_EVERY_TTY 0.2
#define PROGRESS_EVERY_LOG 5.0

static double t_start = -1, t_said;
static int on_line; /* a terminal line is showing */

static double seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

void progress_show(const char *fmt, ...)
{
    double t = seconds();
    if (t_start < 0) {
        t_start = t;
        t_said = t;
        return;
    }
    int tty = isatty(STDERR_FILENO);
    double every = tty ? PROGRESS_EVERY_TTY : PROGRESS_EVERY_LOG;
    if (t - t_start < PROGRESS_AFTER || t - t_said < every) {
        return;
    }
    t_said = t;
    va_list ap;
    va_start(ap, fmt);
    /* On a terminal: back to the start of the line, the text, then erase
     * what is left of a longer earlier line ("erase to end of line"). */
    fprintf(stderr, "%s%s: ", tty ? "\r" : "", cli_program_name());
    vfprintf(stderr, fmt, ap);
    fputs(tty ? "\033[K" : "\n", stderr);
    va_end(ap);
    on_line = tty;
}

void progress_done(void)
{
    if (on_line) {
        fputs("\r\033[K", stderr);
        fflush(stderr);
        on_line = 0;
    }
    t_start = -1;
}
