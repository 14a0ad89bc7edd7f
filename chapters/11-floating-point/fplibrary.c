/*
 * fplibrary.c - the library's float functions checked (F2, F3); see
 * fplibrary.h.
 */
#include "fplibrary.h"

#include "fpmeasure.h"
#include "out.h"

#include <stdio.h>
#include <string.h>

#ifdef __GLIBC__
#include <gnu/libc-version.h>
#endif

/* Short keys for the functions, in the order of enum fpcheck_fn. */
static const char *const fn_keys[FPCHECK_FN_COUNT] = {
    "sigmoid", "tanh", "relu", "sprime", "tprime", "reluprime",
    "sprime_y", "tprime_y", "reluprime_y",
};

void fplibrary_show_sample(long run, long stride, struct fpcheck_result *r)
{
    fpcheck_init(r);
    fpcheck_sample(r, (uint64_t)run, (uint64_t)stride);
    unsigned long long n = fpcheck_sample_size((uint64_t)run,
                                               (uint64_t)stride);
    printf("\nF2, F3  the library's float functions on runs of %ld "
           "consecutive floats\n        around every %ld-th magnitude "
           "(%llu magnitudes, %.2g %% of all):\n", run, stride, n,
           100.0 * (double)n / (double)FPCHECK_MAGNITUDES);
    fpcheck_print(r, stdout);
    fpcheck_write(r, tsv_open("sample.tsv", fpcheck_columns));
    out_value("sample_run", "%ld", run);
    out_value("sample_stride", "%ld", stride);
    out_value("sample_magnitudes", "%llu", n);
    out_value("sample_inputs", "%llu",
              (unsigned long long)r->fn[FPCHECK_SIGMOID].inputs);
    for (int f = 0; f < FPCHECK_FN_COUNT; f++)
        out_value(OUT_KEY("sample_%s", fn_keys[f]), "%.2f",
                  r->fn[f].worst_ulp);
    out_value("sample_sym_sigmoid", "%.2f",
              r->fn[FPCHECK_SIGMOID].worst_sym_ulp);
    out_value("sample_verdict", "%s", fpcheck_passed(r) ? "passed" :
                                                          "FAILED");
}

void fplibrary_show_steps(void)
{
    struct fpmeasure_steps ratio, prime;
    fpmeasure_ratio_steps(&ratio);
    fpmeasure_prime_steps(&prime);
    printf("\nF3  on the %ld floats of (-1, -1/2), e^z/(1+e^z) steps "
           "the wrong\n    way %ld times (first at z = %.9g); the "
           "library's act_sigmoidf\n    %ld times\n", ratio.floats,
           ratio.naive, ratio.first, ratio.library);
    printf("\nF3  on the %ld floats of (1/4, 1/2), s' as e/(1+e)^2 steps "
           "the wrong\n    way %ld times; the library's y - y^2 %ld "
           "times\n", prime.floats, prime.naive, prime.library);
    out_value("ratio_floats", "%ld", ratio.floats);
    out_value("ratio_steps", "%ld", ratio.naive);
    out_value("ratio_first", "%.9g", ratio.first);
    out_value("library_steps", "%ld", ratio.library);
    out_value("prime_floats", "%ld", prime.floats);
    out_value("prime_quotient_steps", "%ld", prime.naive);
    out_value("prime_library_steps", "%ld", prime.library);
}

void fplibrary_show_double(uint64_t seed, long samples)
{
    double worst[FPMEASURE_DOUBLE_COUNT], at[FPMEASURE_DOUBLE_COUNT];
    fpmeasure_double(seed, samples, worst, at);
    printf("\nF2  the double functions on %ld random inputs "
           "(|z| from 2^%g to 2^%g):\n", samples, FPMEASURE_LOG2_LO,
           FPMEASURE_LOG2_HI);
    for (int f = 0; f < FPMEASURE_DOUBLE_COUNT; f++) {
        printf("    %-9s worst %.2f ulp at %.6g\n",
               fpmeasure_double_names[f], worst[f], at[f]);
        out_value(OUT_KEY("double_%s", fpmeasure_double_names[f]), "%.2f",
                  worst[f]);
    }
}

/* The C library this program runs with: the float functions call its
 * expf and tanhf, so a check holds for it alone. */
static const char *libc_name(void)
{
    static char buf[64];
#ifdef __GLIBC__
    snprintf(buf, sizeof buf, "glibc %s", gnu_get_libc_version());
#else
    snprintf(buf, sizeof buf, "an unknown C library");
#endif
    return buf;
}

/* full.tsv: the record's summary as it is, or a row that says none. */
static void copy_summary(const struct fpcheck_record *rec)
{
    struct tsv *t = tsv_open("full.tsv", fpcheck_columns);
    if (rec == NULL) {
        tsv_str(t, "no full run");
        for (int c = 1; c < FPCHECK_COLUMN_COUNT; c++)
            tsv_str(t, "-");
        tsv_end(t);
        return;
    }
    const struct table *s = rec->summary;
    for (size_t i = 0; i < s->rows; i++) {
        for (size_t c = 0; c < s->cols; c++)
            tsv_str(t, table_str(s, i, (long)c));
        tsv_end(t);
    }
}

void fplibrary_show_check(const struct fpcheck_record *rec,
                          const struct fpcheck_result *sample)
{
    const char *libc = libc_name();
    const char *date = rec ? fpcheck_record_value(rec, "date") : NULL;
    int every = rec != NULL &&
                strcmp(fpcheck_record_value(rec, "stride"), "1") == 0;
    int same_libc = rec != NULL &&
                    strcmp(fpcheck_record_value(rec, "libc"), libc) == 0;
    int full = every && same_libc;
    copy_summary(rec);
    out_value("libc", "%s", libc);
    if (rec == NULL) {
        printf("\n    no full run given (--full); make check-exhaustive "
               "makes one\n");
        out_value("full_status", "No full run is recorded in this build "
                  "(make check-exhaustive makes one).");
    } else {
        printf("\n    make check-exhaustive's run of %s\n    is %s\n", date,
               full ? "this build's check of every float"
                    : "not this build's check (sampled, or another libc)");
        out_value("full_status", "The last run of make check-exhaustive, "
                  "on %s on %s with %s threads and %s, took %s s (%s s of "
                  "processor time)%s.", date,
                  fpcheck_record_value(rec, "machine"),
                  fpcheck_record_value(rec, "threads"),
                  fpcheck_record_value(rec, "libc"),
                  fpcheck_record_value(rec, "seconds"),
                  fpcheck_record_value(rec, "cpu_seconds"),
                  full    ? ""
                  : every ? "; it ran with another C library, so it is not "
                            "this build's check"
                          : "; it checked a sample only, so it is not this "
                            "build's check of every float");
    }
    /* The numbers F2 and F3 quote: of every float if the full run
     * applies, else of the sample, which must say so. */
    static struct fpcheck_result from_record;
    const struct fpcheck_result *r = sample;
    if (full) {
        fpcheck_record_result(rec, &from_record);
        r = &from_record;
        out_value("best_source", "over every float, in the run of make "
                  "check-exhaustive of %s with %s", date, libc);
    } else {
        out_value("best_source", "on this build's sample only, not on "
                  "every float: %llu inputs in runs of consecutive floats, "
                  "with %s", (unsigned long long)
                  sample->fn[FPCHECK_SIGMOID].inputs, libc);
    }
    unsigned long long steps = 0, range = 0;
    for (int f = 0; f < FPCHECK_FN_COUNT; f++) {
        out_value(OUT_KEY("best_%s", fn_keys[f]), "%.2f", r->fn[f].worst_ulp);
        steps += r->fn[f].not_monotone;
        range += r->fn[f].out_of_range;
    }
    out_value("best_steps", "%llu", steps);
    out_value("best_range", "%llu", range);
    out_value("best_verdict", "%s", fpcheck_passed(r) ? "passed" : "FAILED");
}
