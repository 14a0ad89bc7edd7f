/*
 * progress.h - a word on stderr while a long run computes.
 *
 * stdout is a program's summary and the report quotes it, so progress
 * goes to stderr, and only for runs long enough to need it: nothing in the
 * first second, then on a terminal one line rewritten in place, in a log
 * file or a pipe a line every few seconds. Each line starts with the
 * program's name, so a student running several programs knows whose it is.
 *
 *   for (long s = 0; s < seeds; s++) {
 *       progress_show("seed %ld of %ld", s + 1, seeds);
 *       ...
 *   }
 *   progress_done();
 */
#ifndef PROGRESS_H
#define PROGRESS_H

/* Say how far the run is, printf-style (cheap to call often: it reads the
 * clock and returns unless it is time to print). */
void progress_show(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* The run is over: on a terminal, clear the line. */
void progress_done(void);

#endif
