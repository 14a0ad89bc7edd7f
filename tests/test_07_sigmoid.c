/*
 * test_07_sigmoid.c - the claims of chapter 7 (S1-S4) about the sigmoid.
 */
#include "check.h"

#include "act.h"
#include "ref.h"
#include "rng.h"
#include "sigmoid_forms.h"
#include "zigzag.h"

#include <float.h>
#include <math.h>

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
    CHECK_END
};

CHECK_SUITE(07_sigmoid, tests);
