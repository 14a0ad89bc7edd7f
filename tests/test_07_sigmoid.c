/*
 * test_07_sigmoid.c - the claims of chapter 7 (S1-S4) about the sigmoid.
 */
#include "check.h"

#include "act.h"
#include "ref.h"
#include "rng.h"
#include "sigmoid_forms.h"
#include "sweep.h"
#include "zigzag.h"

#include <float.h>
#include <math.h>
#include <stdio.h>

#define GRID 20001 /* points on [-ZMAX, ZMAX]: steps of 0.004 */
#define ZMAX 40.0

static double grid(long i)
{
    return -ZMAX + 2 * ZMAX * (double)i / (GRID - 1);
}

static void test_sigmoid_maps_into_unit_interval(void)
{
    /* Every value in [0, 1], the ends reached only in the far tails. */
    for (long i = 0; i < GRID; i++) {
        double s = act_sigmoid(grid(i) * 30); /* |z| up to 1200 */
        if (!CHECK(s >= 0.0 && s <= 1.0)) {
            break;
        }
    }
    CU_ASSERT(act_sigmoid(-30) > 0.0 && act_sigmoid(30) < 1.0);
    CU_ASSERT_EQUAL(act_sigmoid(-800), 0.0);
    CU_ASSERT_EQUAL(act_sigmoid(40), 1.0);
}

static void test_sigmoid_symmetry(void)
{
    /* s(-z) and 1 - s(z) are each within half an ulp of 1 (2^-53) of the
     * true value near s = 1/2..1, so they differ by at most 2^-52 = 2.2e-16
     * in absolute terms; anything larger is a wrong formula. */
    for (long i = 0; i < GRID; i++) {
        double z = grid(i);
        if (!CHECK(fabs(act_sigmoid(-z) - (1.0 - act_sigmoid(z))) <=
                   DBL_EPSILON)) {
            break;
        }
    }
}

static void test_sigmoid_monotone_across_consecutive_doubles(void)
{
    /* The form e^z / (1 + e^z) steps down by an ulp at about one double
     * in twenty just above z = -0.75; the library's form must never step
     * down. 2e6 consecutive doubles from each start (a few ms), plus the
     * seam at -SIGMOID_TAIL = -64 where act.c switches forms. */
    const double starts[] = { -0.75, -0.5, -64.0 - 1e-12, -20.0, 3.0 };
    for (int k = 0; k < 5; k++) {
        double z = starts[k], prev = act_sigmoid(z);
        for (long i = 0; i < 2000000; i++) {
            z = nextafter(z, INFINITY);
            double s = act_sigmoid(z);
            if (!CHECK(s >= prev)) {
                break;
            }
            prev = s;
        }
    }
}

static void test_sigmoid_prime_equals_textbook_quotient(void)
{
    /* The library's form and the printed quotient e^-z/(1+e^-z)^2 each
     * take about 5 roundings of relative size 2^-53, so both lie within
     * 4 ulp of the long double reference on [-40, 40] (measured: 2). */
    for (long i = 0; i < GRID; i++) {
        double z = grid(i);
        double want = (double)ref_sigmoid_prime(z);
        if (!CHECK_ULPS(act_sigmoid_prime(z), want, 4) ||
            !CHECK_ULPS(sigmoid_forms_textbook(z), want, 4)) {
            break;
        }
    }
}

static void test_sigmoid_prime_equals_s_times_one_minus_s(void)
{
    /* s(1-s) is as accurate as s for z <= 0 (4 ulp). For z > 0 the
     * subtraction 1 - s amplifies s's rounding error (2^-53 absolute) by
     * 1/(1 - s) ~ e^z, so we bound the relative error by 4 eps e^z, the
     * error analysis of the cancellation, for z up to 30. */
    for (long i = 0; i < GRID; i++) {
        double z = grid(i);
        if (z > 30) {
            continue;
        }
        double want = (double)ref_sigmoid_prime(z);
        double got = sigmoid_forms_output(z);
        int ok = z <= 0 ? CHECK_ULPS(got, want, 4)
                        : CHECK_REL(got, want, 4 * DBL_EPSILON * exp(z));
        if (!ok) {
            break;
        }
    }
    /* And once s rounds to 1 it returns 0: the loss the chapter shows. */
    CU_ASSERT_EQUAL(sigmoid_forms_output(37.0), 0.0);
    CU_ASSERT(act_sigmoid_prime(37.0) > 0.0);
}

static double sigmoid(double z)
{
    return act_sigmoid(z);
}

static void test_central_difference_converges_as_h_squared(void)
{
    /* In the truncation regime (h from 1e-1 to 1e-3 at z = 1) the error
     * is h^2 |s'''| / 6 + O(h^4): halving h divides it by 4. We accept a
     * ratio in [3.8, 4.2]; the O(h^4) term moves it by under 1 %. */
    long double want = ref_sigmoid_prime(1.0L);
    for (double h = 1e-1; h >= 1e-3; h /= 2) {
        double e1 = fabs(ref_central_diff(sigmoid, 1.0, h) - (double)want);
        double e2 = fabs(ref_central_diff(sigmoid, 1.0, h / 2) -
                         (double)want);
        CU_ASSERT(e1 / e2 > 3.8 && e1 / e2 < 4.2);
    }
    /* At its best step the quotient agrees to about eps^(2/3) = 4e-11;
     * 1e-9 leaves room without hiding a wrong derivative. */
    CU_ASSERT(fabs(ref_central_diff(sigmoid, 1.0, 1e-5) - (double)want) <
              1e-9);
}

static void test_sigmoid_prime_max_quarter_at_zero(void)
{
    CU_ASSERT_EQUAL(act_sigmoid_prime(0.0), 0.25);
    /* On the grid no other point comes close: s'(z) <= 1/4 - z^2/16 + ...
     * so even the neighbours at z = +-0.004 are below 1/4. */
    for (long i = 0; i < GRID; i++) {
        double z = grid(i);
        if (z != 0.0 && !CHECK(act_sigmoid_prime(z) < 0.25)) {
            break;
        }
    }
}

static void test_sigmoid_prime_vanishes(void)
{
    /* The article's table: s'(10) = 4.54e-5 < 5e-5, and the values at
     * 2, 5, 20 match e^-z / (1 + e^-z)^2 to 4 ulp. */
    CU_ASSERT(act_sigmoid_prime(10.0) < 5e-5);
    CU_ASSERT(act_sigmoid_prime(-10.0) < 5e-5);
    const double z[] = { 2, 5, 10, 20 };
    for (int i = 0; i < 4; i++) {
        CHECK_ULPS(act_sigmoid_prime(z[i]), (double)ref_sigmoid_prime(z[i]),
                   4);
    }
    /* Monotone decay away from 0. */
    for (double t = 0; t < 40; t += 0.5)
        CU_ASSERT(act_sigmoid_prime(t + 0.5) < act_sigmoid_prime(t));
}

static void test_positive_inputs_give_same_sign_gradients(void)
{
    /* With sigmoid inputs, every step's two gradient components share a
     * sign: exactly, not statistically (the product of positive inputs
     * and one scalar). With tanh inputs, many steps mix the signs. */
    struct zigzag_result sig = zigzag_descend(ZIGZAG_SIGMOID, 7, 0.5,
                                              100000, NULL);
    struct zigzag_result tnh = zigzag_descend(ZIGZAG_TANH, 7, 0.5,
                                              100000, NULL);
    CU_ASSERT_EQUAL(sig.mixed_sign, 0);
    CU_ASSERT(sig.same_sign > 0);
    CU_ASSERT(tnh.mixed_sign > tnh.steps / 4);
    CU_ASSERT(sig.final_dist < ZIGZAG_TOL && tnh.final_dist < ZIGZAG_TOL);
}

static void test_zero_centred_inputs_converge_faster(void)
{
    /* Over ten seeds, the all-positive inputs need more steps every time;
     * the median ratio is near 10 (chapter 7), we assert only "more". */
    for (uint64_t seed = 1; seed <= 10; seed++) {
        struct zigzag_result sig = zigzag_descend(ZIGZAG_SIGMOID, seed, 0.5,
                                                  100000, NULL);
        struct zigzag_result tnh = zigzag_descend(ZIGZAG_TANH, seed, 0.5,
                                                  100000, NULL);
        CU_ASSERT(sig.steps > tnh.steps);
    }
}

static void test_formula_reaches_one_before_true_sigmoid(void)
{
    /* 1 + e^-z rounds to 1 once e^-z <= 2^-53, half an ulp of 1: from
     * z = 53 ln 2. exp's error (under an ulp, 2.2e-16 relative) moves
     * that z by as much absolutely, and bisection ends on a double, an
     * ulp of z (7.1e-15) apart from its neighbours; 53 * log(2) is itself
     * rounded. 3e-14, four ulps of z, covers all three. The true s rounds
     * to 1 once 1 - s = e^-z / (1 + e^-z) <= 2^-54: from 54 ln 2, less
     * 6e-17; the same tolerance. */
    double one = sigmoid_forms_one_from();
    double true_one = sigmoid_forms_true_one_from();
    CU_ASSERT(fabs(one - 53 * log(2.0)) < 3e-14);
    CU_ASSERT(fabs(true_one - 54 * log(2.0)) < 3e-14);
    /* Between them the formula says 1 where the true s is not within
     * half an ulp of 1 (at z = 37, 1 - s = 8.5e-17 > 2^-54 = 5.6e-17). */
    CU_ASSERT_EQUAL(act_sigmoid(37.0), 1.0);
    CU_ASSERT(ref_sigmoid(-37.0L) > 0x1p-54L);
    CU_ASSERT(act_sigmoid(nextafter(one, 0)) < 1.0);
}

static void test_output_form_zero_from_the_s1_boundary(void)
{
    /* The ledger's S1 and S2 quote one boundary: s(1 - s) is 0 exactly
     * where s is 1, and not one double earlier. */
    double one = sigmoid_forms_one_from();
    CU_ASSERT_EQUAL(sigmoid_forms_output(one), 0.0);
    CU_ASSERT(sigmoid_forms_output(nextafter(one, 0)) > 0.0);
}

/* The dense grid of the chapter, 4e6 points on [-40, 40]. */
#define DENSE 4000000

static void test_output_form_inexact_for_negative_z(void)
{
    /* Not exact for z <= 0: on the left half of the dense grid s(1 - s)
     * misses the correctly rounded s' at many points (39 % measured; we
     * ask for 10 %), yet stays within its error analysis: s carries up
     * to 4u (exp 2u, the sum and the quotient u each), 1 - s as much
     * again plus its rounding, the product one more: 10u. */
    const struct sweep_form f = { "output", sigmoid_forms_output };
    struct sweep_worst w;
    sweep_along_z(&f, 1, ref_sigmoid_prime, -ZMAX, 0, DENSE / 2, NULL, &w);
    CU_ASSERT(w.missed > DENSE / 2 / 10);
    CU_ASSERT(w.err > 0 && w.err <= 10 * DBL_EPSILON / 2);
}

static void test_library_prime_within_bound_on_dense_grid(void)
{
    /* Chapter 7's bound for every z: exp within 1 ulp (2u), the sum and
     * the quotient u each, passed through y - y^2 at most once, and
     * fma's u: 5u. The dense grid must also find more than the figure's
     * 801 points, as the text says (3.1e-16 against 2.2e-16). */
    const struct sweep_form f = { "library", act_sigmoid_prime };
    struct sweep_worst dense, coarse;
    sweep_along_z(&f, 1, ref_sigmoid_prime, -ZMAX, ZMAX, DENSE, NULL, &dense);
    sweep_along_z(&f, 1, ref_sigmoid_prime, -ZMAX, ZMAX, 801, NULL, &coarse);
    CU_ASSERT(dense.err <= 5 * DBL_EPSILON / 2);
    CU_ASSERT(dense.err > coarse.err);
    CU_ASSERT_EQUAL(dense.nans, 0);
}

static void test_float_forms_measured_at_their_own_z(void)
{
    /* In float the forms compute at (float)z; against the reference
     * there, the library's float s' obeys the same 5u bound with
     * u = 2^-24. Against the reference at z itself the rounding of z to
     * float (up to half the floats' spacing, times |s''/s'| <= 1) would
     * count as error: at z = 30 + 0.9 * 2^-20, where floats are 2^-19
     * apart, that alone is 8.6e-7, beyond the bound. */
    const struct sigmoid_forms_precision *p = &sigmoid_forms_in[1];
    for (long i = 0; i < GRID; i++) {
        double z = grid(i) + 1e-6; /* mostly not a float */
        if (!CHECK_REL(p->primes[2].fn(z), (double)p->ref_prime(z),
                       5 * FLT_EPSILON / 2)) {
            break;
        }
    }
    double z = 30 + 0.9 * 0x1p-20;
    CU_ASSERT(!check_rel(p->primes[2].fn(z), (double)ref_sigmoid_prime(z),
                         5 * FLT_EPSILON / 2));
}

static void test_slope_fitted_where_truncation_dominates(void)
{
    /* Where the model's truncation term is at least 10 times its rounding
     * term, its local slope (2r - 1)/(r + 1) is at least 1.73, and at the
     * steps that qualify in float (r from 24 to 135 at z = 1) at least
     * 1.88; [1.8, 2.2] holds a fit there and fails one that reaches into
     * the rounding branch (a fit over [1e-3, 1e-1] in float gives 0.29).
     * In double every step of [1e-3, 1e-1] qualifies, and the fit is 2 to
     * within 0.01. */
    struct sweep_steps d = sweep_diff_steps(act_sigmoid, ref_sigmoid_prime,
                                            1.0, sigmoid_forms_third(1.0),
                                            DBL_EPSILON / 2, 4, NULL);
    struct sweep_steps f = sweep_diff_steps(
        sigmoid_forms_sigmoidf, sigmoid_forms_in[1].ref_prime, 1.0,
        sigmoid_forms_third(1.0), FLT_EPSILON / 2, 4, NULL);
    CU_ASSERT(fabs(d.slope - 2) < 0.01 && d.fit_points == 9);
    CU_ASSERT(f.fit_points >= 2 && f.slope > 1.8 && f.slope < 2.2);
}

static void test_overflowing_descent_does_not_reach_target(void)
{
    /* At the last rate of Table 7.2, 2^(3/2), the tanh runs diverge: the
     * weights overflow to NaN, which also ends the loop (NaN >= tol is
     * false). The descent must then report a distance that is not below
     * the tolerance, so that no summary counts the run as reaching w*;
     * seed 7 is the chapter's, and diverges after about 7000 steps. */
    struct zigzag_result r = zigzag_descend(ZIGZAG_TANH, 7, pow(2.0, 1.5),
                                            100000, NULL);
    CU_ASSERT_FALSE(r.final_dist < ZIGZAG_TOL);
    CU_ASSERT_FALSE(isfinite(r.final_dist));
    CU_ASSERT(r.steps < 100000);
}

static void test_zero_centred_inputs_win_at_each_best_rate(void)
{
    /* The condition number of E[x x^T]: for sigmoid inputs
     * (a + b)/(a - b) with a = E s(u)^2 = 0.293 and b = (E s)^2 = 1/4,
     * about 12.5; 20000 samples fix a - b to about 5 %, so [10, 15]. For
     * tanh inputs it is 1 up to sampling, under 1.1. And at each input's
     * best rate of the chapter's grid, over 21 seeds, the median of the
     * all-positive inputs is the larger (42 against 13 measured). */
    double m[3];
    zigzag_moments(ZIGZAG_SIGMOID, 8, 20000, m);
    double cs = zigzag_condition(m);
    zigzag_moments(ZIGZAG_TANH, 8, 20000, m);
    CU_ASSERT(cs > 10 && cs < 15 && zigzag_condition(m) < 1.1);
    struct zigzag_rate rows[10];
    zigzag_scan(7, 21, -6, 10, 100000, rows, NULL);
    int bs = zigzag_best(rows, 10, ZIGZAG_SIGMOID);
    int bt = zigzag_best(rows, 10, ZIGZAG_TANH);
    CU_ASSERT_FATAL(bs >= 0 && bt >= 0);
    for (int i = 0; i < 10; i++) { /* "best" is the least median */
        for (int k = ZIGZAG_SIGMOID; k <= ZIGZAG_TANH; k++) {
            CU_ASSERT(rows[i].st[k].failed > 0 ||
                      rows[i].st[k].median >=
                          rows[k == ZIGZAG_SIGMOID ? bs : bt].st[k].median);
        }
    }
    CU_ASSERT(rows[bs].st[ZIGZAG_SIGMOID].median >
              rows[bt].st[ZIGZAG_TANH].median);
}

/* Whether a line of a claims ledger holds a decimal number outside its
 * {{key}} placeholders: a number typed into the ledger, which would not
 * follow the program when its results change. */
static int has_typed_decimal(const char *line)
{
    int depth = 0;
    for (const char *c = line; *c != '\0'; c++) {
        if (c[0] == '{' && c[1] == '{') {
            depth++;
        } else if (c[0] == '}' && c[1] == '}' && depth > 0) {
            depth--;
        } else if (depth == 0 && c > line && c[0] == '.' &&
                   c[-1] >= '0' && c[-1] <= '9' && c[1] >= '0' &&
                   c[1] <= '9') {
            return 1;
        }
    }
    return 0;
}

static void test_ledger_numbers_come_from_the_programs(void)
{
    /* The ledgers of chapters 7 and 8 quote every measured number as a
     * {{key}}; S1 and S2 once typed the same boundary twice, as 36.74
     * and 36.8. The tests run from the top of the tree. */
    const char *paths[] = { "chapters/07-sigmoid/claims.tsv",
                            "chapters/08-tanh/claims.tsv" };
    for (int k = 0; k < 2; k++) {
        FILE *f = fopen(paths[k], "r");
        CU_ASSERT_PTR_NOT_NULL_FATAL(f);
        char line[4096];
        while (fgets(line, sizeof line, f) != NULL) {
            CU_ASSERT(!has_typed_decimal(line));
        }
        fclose(f);
    }
    CU_ASSERT(has_typed_decimal("from $z = 36.74$"));
    CU_ASSERT(!has_typed_decimal("from $z = {{07-sigmoid:one_from}}$"));
}

static const struct check_test tests[] = {
    { "S1", "sigmoid values lie in [0, 1], reaching the ends only far out",
      test_sigmoid_maps_into_unit_interval },
    { "S1", "s(-z) = 1 - s(z) to within one ulp of 1",
      test_sigmoid_symmetry },
    { "S1", "sigmoid never steps down between consecutive doubles",
      test_sigmoid_monotone_across_consecutive_doubles },
    { "S2", "s'(z) equals e^-z/(1+e^-z)^2 within 4 ulp on [-40, 40]",
      test_sigmoid_prime_equals_textbook_quotient },
    { "S2", "s'(z) equals s(z)(1 - s(z)) within its cancellation bound",
      test_sigmoid_prime_equals_s_times_one_minus_s },
    { "S2", "the central difference error shrinks as h^2",
      test_central_difference_converges_as_h_squared },
    { "S3", "s' is largest, exactly 1/4, at z = 0",
      test_sigmoid_prime_max_quarter_at_zero },
    { "S3", "s'(10) < 5e-5 and s' decays monotonically",
      test_sigmoid_prime_vanishes },
    { "S4", "positive inputs give weight gradients of one sign",
      test_positive_inputs_give_same_sign_gradients },
    { "S4", "zero-centred inputs reach w* in fewer steps",
      test_zero_centred_inputs_converge_faster },
    { "S4", "a descent whose weights overflow does not reach w*",
      test_overflowing_descent_does_not_reach_target },
    { "S1", "1/(1+e^-z) is 1 from 53 ln 2, the true s only from 54 ln 2",
      test_formula_reaches_one_before_true_sigmoid },
    { "S1,S2", "s(1 - s) is 0 exactly from where s is 1",
      test_output_form_zero_from_the_s1_boundary },
    { "S2", "s(1 - s) is not exact for z <= 0, within 10 u",
      test_output_form_inexact_for_negative_z },
    { "S2", "s'(z) within 5 u on 4e6 points, above the 801-point maximum",
      test_library_prime_within_bound_on_dense_grid },
    { "S2", "float forms measured at (float)z: within 5 u of float",
      test_float_forms_measured_at_their_own_z },
    { "S2", "the difference slope is 2 where truncation dominates",
      test_slope_fitted_where_truncation_dominates },
    { "S4", "condition 10-15 vs 1; tanh inputs win at each best rate",
      test_zero_centred_inputs_win_at_each_best_rate },
    { "S1,S2", "the ledgers of chapters 7 and 8 type no measured number",
      test_ledger_numbers_come_from_the_programs },
    CHECK_END
};

CHECK_SUITE(07_sigmoid, tests);
