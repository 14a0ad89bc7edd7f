/*
 * sweep_say.c - chapter 7's words for what a sweep found (sweep_say.h).
 */
#include "sweep_say.h"

#include "out.h"

#include <stdio.h>

void sweep_say_worst(const struct sweep_form *forms, int k,
                     const struct sweep_worst *grid,
                     const struct sweep_worst *dense)
{
    for (int j = 0; j < k; j++) {
        const char *col = forms[j].column;
        if (dense == NULL) {
            printf("      %-9s largest relative error %-9.2g at z = %.4g\n",
                   col, grid[j].err, grid[j].z);
        } else {
            printf("      %-9s %-9.2g at z = %-8.4g %-9.2g at z = %-8.4g\n",
                   col, grid[j].err, grid[j].z, dense[j].err, dense[j].z);
        }
        out_value(OUT_KEY("%s", col), "%.2g", grid[j].err);
        out_value(OUT_KEY("%s_at", col), "%.3g", grid[j].z);
        if (dense != NULL) {
            out_value(OUT_KEY("%s_dense", col), "%.2g", dense[j].err);
            out_value(OUT_KEY("%s_dense_at", col), "%.4g", dense[j].z);
        }
    }
}

void sweep_say_steps(double z0, const struct sweep_steps *r)
{
    printf("    differences at z = %g: best central step h = %.2g (error "
           "%.2g);\n    slope where truncation dominates (%d steps): %.3f "
           "(theory 2)\n", z0, r->best_h, r->best_err, r->fit_points,
           r->slope);
    out_value("z0", "%g", z0);
    out_value("best_h", "%.2g", r->best_h);
    out_value("best_err", "%.2g", r->best_err);
    out_value("diff_slope", "%.3f", r->slope);
    out_value("h_theory", "%.2g", r->h_model);
}
