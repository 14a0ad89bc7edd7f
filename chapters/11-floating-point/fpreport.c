/*
 * fpreport.c - chapter 11's summary of claims F1 and F4; see fpreport.h.
 */
#include "fpreport.h"

#include "out.h"

#include <float.h>
#include <math.h>
#include <stdio.h>

static const char *const outcome_names[] = { "1", "0", "NaN", "inf",
                                             "-inf" };
static const char *const cause_keys[FPFORMS_CAUSE_COUNT] = {
    "tiny", "tanh_one", "overflow", "half_overflow", "exp_one",
};

void fpreport_thresholds(void)
{
    struct tsv *t = tsv_open("thresholds.tsv", "key form becomes cause "
                             "float_z double_z true_value");
    double found[FPFORMS_CAUSE_COUNT][FPFORMS_PREC_COUNT] = { { 0 } };
    printf("F1  where the textbook forms break (first z that gives it)\n"
           "    %-24s %-5s %15s %22s\n", "form", "gives", "float",
           "double");
    for (int i = 0; i < fpforms_threshold_count; i++) {
        const struct fpforms_threshold *th = &fpforms_thresholds[i];
        double z[FPFORMS_PREC_COUNT];
        for (int p = 0; p < FPFORMS_PREC_COUNT; p++) {
            z[p] = fpforms_threshold_edge(i, (enum fpforms_prec)p)
                       .first_true;
            found[th->cause][p] = fabs(z[p]);
            out_value(OUT_KEY("t_%s_%c", th->key, "df"[p]), "%.6g", z[p]);
        }
        double truth = (double)th->ref(z[FPFORMS_FLOAT]);
        printf("    %-24s %-5s %15.9g %22.17g\n", th->form,
               outcome_names[th->becomes], z[FPFORMS_FLOAT],
               z[FPFORMS_DOUBLE]);
        out_value(OUT_KEY("true_%s_f", th->key), "%.3g", truth);
        tsv_str(t, th->key);
        tsv_str(t, th->form);
        tsv_str(t, outcome_names[th->becomes]);
        tsv_str(t, fpforms_cause_name(th->cause));
        tsv_num(t, z[FPFORMS_FLOAT]);
        tsv_num(t, z[FPFORMS_DOUBLE]);
        tsv_num(t, truth);
        tsv_end(t);
    }
    int overflows = 0;
    printf("    %d failures, %d causes, derived on paper and found:\n"
           "    %-29s %10s %10s %10s %10s\n", fpforms_threshold_count,
           FPFORMS_CAUSE_COUNT, "", "float", "", "double", "");
    for (int c = 0; c < FPFORMS_CAUSE_COUNT; c++) {
        enum fpforms_cause cause = (enum fpforms_cause)c;
        overflows += fpforms_cause_overflows(cause);
        printf("    %-29s", fpforms_cause_name(cause));
        /* Float first, as in the table above. */
        for (int p = FPFORMS_PREC_COUNT - 1; p >= 0; p--) {
            long double d = fpforms_derived(cause, (enum fpforms_prec)p);
            printf(" %10.5Lg %10.5g", d, found[c][p]);
            out_value(OUT_KEY("cause_%s_derived_%c", cause_keys[c],
                              "df"[p]), "%.8Lg", d);
            out_value(OUT_KEY("cause_%s_found_%c", cause_keys[c], "df"[p]),
                      "%.8g", found[c][p]);
        }
        putchar('\n');
    }
    out_value("f1_failures", "%d", fpforms_threshold_count);
    out_value("f1_causes", "%d", FPFORMS_CAUSE_COUNT);
    out_value("f1_causes_rounding", "%d", FPFORMS_CAUSE_COUNT - overflows);
    out_value("f1_causes_overflow", "%d", overflows);
}

void fpreport_one_minus_square(const struct fpmeasure_oms *p, int samples)
{
    const struct fpmeasure_oms r = *p;
    double bits_f = -log2(r.rel_f), bits_d = -log2(r.rel_d);
    printf("\nF4  1 - y^2 from y, every float y in [1/2, 1) and %d "
           "doubles near 1:\n", samples);
    printf("    1 - y*y      worst relative error %.2g at y = %.9g,\n"
           "                 %.1f of %d bits right (double: %.2g, %.1f of "
           "%d)\n", r.rel_f, r.at_f, bits_f, FLT_MANT_DIG, r.rel_d, bits_d,
           DBL_MANT_DIG);
    printf("    fma(-y,y,1)  worst %.3f ulp (float), %.3f ulp (double)\n"
           "    (1-y)(1+y)   worst %.3f ulp (float), %.3f ulp (double)\n",
           r.fma_f, r.fma_d, r.fac_f, r.fac_d);
    out_value("oms_rel_f", "%.2g", r.rel_f);
    out_value("oms_at_f", "%.9g", r.at_f);
    out_value("oms_bits_f", "%.1f", bits_f);
    out_value("oms_rel_d", "%.2g", r.rel_d);
    out_value("oms_samples_d", "%d", samples);
    out_value("oms_bits_d", "%.1f", bits_d);
    out_value("oms_fma_f", "%.2f", r.fma_f);
    out_value("oms_fma_d", "%.2f", r.fma_d);
    out_value("oms_fac_f", "%.2f", r.fac_f);
    out_value("oms_fac_d", "%.2f", r.fac_d);
}
