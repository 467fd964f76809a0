/*
 * Building predicates: every builder, ownership (children taken, NULL
 * children propagated and the others freed — ASan proves no leaks), copies,
 * refusals.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>

#include "pred_fixture.h"

static void expect_text(ds_predicate *p, const char *want) {
    assert_non_null(p);
    char *t = pf_text(p);
    assert_string_equal(t, want);
    ds_free(t);
    ds_pred_free(p);
}

static void every_leaf_builder_makes_its_operator(void **state) {
    (void)state;
    ds_value list[] = {ds_int(1), ds_null(), ds_str("x")};
    expect_text(ds_pred_eq("a", ds_int(1)), "a = 1");
    expect_text(ds_pred_ne("a", ds_str("x")), "a != \"x\"");
    expect_text(ds_pred_lt("a", ds_float(1.5)), "a < 1.5");
    expect_text(ds_pred_le("a", ds_int(-3)), "a <= -3");
    expect_text(ds_pred_gt("a", ds_bool(true)), "a > true");
    expect_text(ds_pred_ge("a", ds_null()), "a >= null");
    expect_text(ds_pred_between("a", ds_int(1), ds_float(2)), "a between 1 and 2.0");
    expect_text(ds_pred_begins_with("a", "pre"), "a beginsWith \"pre\"");
    expect_text(ds_pred_contains("a", ds_str("mid")), "a contains \"mid\"");
    expect_text(ds_pred_not_contains("a", ds_str("mid")), "a notContains \"mid\"");
    expect_text(ds_pred_in("a", list, 3), "a in [1, null, \"x\"]");
    expect_text(ds_pred_not_in("a", list, 3), "a notIn [1, null, \"x\"]");
    expect_text(ds_pred_in("a", NULL, 0), "a in []");
    expect_text(ds_pred_not_in("a", NULL, 0), "a notIn []");
    for (int op = DS_PRED_EQ; op <= DS_PRED_NOT_IN; op++) {
        ds_predicate *p = ds_pred_cmp("f", (ds_pred_op)op, ds_int(7));
        if (op == DS_PRED_BETWEEN) {
            assert_null(p); /* two operands: ds_pred_between */
            continue;
        }
        assert_non_null(p);
        assert_int_equal(p->kind, DS__PRED_LEAF);
        assert_int_equal(p->op, op);
        assert_int_equal(p->value_count, 1);
        assert_int_equal(p->values[0].u.i, 7);
        ds_pred_free(p);
    }
}

static void string_operands_are_copied(void **state) {
    (void)state;
    char buf[16] = "hello";
    char field[8] = "title";
    ds_value v[1] = {ds_str(buf)};
    ds_predicate *p = ds_pred_and(3, ds_pred_eq(field, ds_str(buf)), ds_pred_begins_with(field, buf),
                                  ds_pred_in(field, v, 1));
    memset(buf, 'X', 5);
    memset(field, 'Y', 5);
    expect_text(p, "title = \"hello\" and title beginsWith \"hello\" and title in [\"hello\"]");
}

static void groups_take_their_children(void **state) {
    (void)state;
    expect_text(ds_pred_and(2, ds_pred_eq("a", ds_int(1)), ds_pred_eq("b", ds_int(2))), "a = 1 and b = 2");
    expect_text(ds_pred_or(3, ds_pred_eq("a", ds_int(1)), ds_pred_eq("b", ds_int(2)), ds_pred_eq("c", ds_int(3))),
                "a = 1 or b = 2 or c = 3");
    expect_text(ds_pred_not(ds_pred_eq("a", ds_int(1))), "not a = 1");
    expect_text(ds_pred_not(ds_pred_and(2, ds_pred_eq("a", ds_int(1)), ds_pred_eq("b", ds_int(2)))),
                "not (a = 1 and b = 2)");
    expect_text(ds_pred_and(2, ds_pred_eq("a", ds_int(1)), ds_pred_or(2, ds_pred_eq("b", ds_int(2)),
                                                                     ds_pred_eq("c", ds_int(3)))),
                "a = 1 and (b = 2 or c = 3)");
    expect_text(ds_pred_all(), "true");
    expect_text(ds_pred_and(0), "true");
    expect_text(ds_pred_or(0), "false");
}

static void one_child_groups_are_the_child(void **state) {
    (void)state;
    ds_predicate *p = ds_pred_and(1, ds_pred_eq("a", ds_int(1)));
    assert_int_equal(p->kind, DS__PRED_LEAF);
    ds_pred_free(p);
    p = ds_pred_or(1, ds_pred_not(ds_pred_eq("a", ds_int(1))));
    assert_int_equal(p->kind, DS__PRED_NOT);
    ds_pred_free(p);
}

static void many_children_fit(void **state) {
    (void)state;
    ds_predicate *p = ds_pred_or(12, ds_pred_eq("a", ds_int(0)), ds_pred_eq("a", ds_int(1)), ds_pred_eq("a", ds_int(2)),
                                 ds_pred_eq("a", ds_int(3)), ds_pred_eq("a", ds_int(4)), ds_pred_eq("a", ds_int(5)),
                                 ds_pred_eq("a", ds_int(6)), ds_pred_eq("a", ds_int(7)), ds_pred_eq("a", ds_int(8)),
                                 ds_pred_eq("a", ds_int(9)), ds_pred_eq("a", ds_int(10)), ds_pred_eq("a", ds_int(11)));
    assert_non_null(p);
    assert_int_equal(p->child_count, 12);
    assert_int_equal(p->children[11]->values[0].u.i, 11);
    ds_pred_free(p);
}

static void a_null_child_frees_the_others(void **state) {
    (void)state;
    /* Each of these would leak under ASan if the siblings were not freed. */
    assert_null(ds_pred_and(3, ds_pred_eq("a", ds_int(1)), NULL, ds_pred_eq("b", ds_int(2))));
    assert_null(ds_pred_or(2, NULL, ds_pred_begins_with("a", "x")));
    assert_null(ds_pred_not(NULL));
    /* propagation through nesting: one check at the end */
    assert_null(ds_pred_or(2, ds_pred_and(2, ds_pred_eq("a", ds_int(1)), ds_pred_eq("1bad", ds_int(2))),
                           ds_pred_not(ds_pred_eq("c", ds_int(3)))));
    assert_null(ds_pred_and(12, ds_pred_eq("a", ds_int(0)), ds_pred_eq("a", ds_int(1)), ds_pred_eq("a", ds_int(2)),
                            ds_pred_eq("a", ds_int(3)), ds_pred_eq("a", ds_int(4)), ds_pred_eq("a", ds_int(5)),
                            ds_pred_eq("a", ds_int(6)), ds_pred_eq("a", ds_int(7)), ds_pred_eq("a", ds_int(8)),
                            ds_pred_eq("a", ds_int(9)), ds_pred_eq("a", ds_int(10)), NULL));
}

static void what_no_consumer_could_use_is_refused(void **state) {
    (void)state;
    ds_value json = {.type = DS_VALUE_JSON, .u.s = {"[1]", 3}};
    ds_value bad_utf8 = ds_str("\xC3\x28");
    ds_value nul_inside = {.type = DS_VALUE_STRING, .u.s = {"a\0b", 3}};
    ds_value no_ptr = {.type = DS_VALUE_STRING, .u.s = {NULL, 0}};
    assert_null(ds_pred_eq(NULL, ds_int(1)));
    assert_null(ds_pred_eq("", ds_int(1)));
    assert_null(ds_pred_eq("1abc", ds_int(1)));
    assert_null(ds_pred_eq("a-b", ds_int(1)));
    assert_null(ds_pred_eq("a", json));
    assert_null(ds_pred_eq("a", ds_float(NAN)));
    assert_null(ds_pred_eq("a", ds_float(INFINITY)));
    assert_null(ds_pred_eq("a", bad_utf8));
    assert_null(ds_pred_eq("a", nul_inside));
    assert_null(ds_pred_eq("a", no_ptr));
    assert_null(ds_pred_begins_with("a", NULL));
    assert_null(ds_pred_cmp("a", (ds_pred_op)99, ds_int(1)));
    ds_value list[] = {ds_int(1), ds_float(NAN)};
    assert_null(ds_pred_in("a", list, 2));
    assert_null(ds_pred_in("a", NULL, 2));
    /* but names with underscores and digits are fine */
    expect_text(ds_pred_eq("_a1_B", ds_int(1)), "_a1_B = 1");
}

static void copies_are_deep_and_equal(void **state) {
    (void)state;
    ds_value list[] = {ds_str("x"), ds_null(), ds_float(-0.5)};
    ds_predicate *p = ds_pred_or(3,
                                 ds_pred_and(2, ds_pred_between("r", ds_int(1), ds_int(5)), ds_pred_in("s", list, 3)),
                                 ds_pred_not(ds_pred_contains("t", ds_str("é"))), ds_pred_all());
    ds_predicate *q = ds_pred_copy(p);
    assert_non_null(q);
    assert_true(ds__pred_equal(p, q));
    char *pt = pf_text(p);
    ds_pred_free(p); /* the copy must not share anything */
    char *qt = pf_text(q);
    assert_string_equal(pt, qt);
    ds_free(pt);
    ds_free(qt);
    ds_pred_free(q);
    assert_null(ds_pred_copy(NULL));
    ds_pred_free(NULL);
}

static void equality_sees_every_difference(void **state) {
    (void)state;
    struct {
        ds_predicate *a, *b;
        bool equal;
    } cases[] = {
        {ds_pred_eq("a", ds_int(1)), ds_pred_eq("a", ds_int(1)), true},
        {ds_pred_eq("a", ds_int(1)), ds_pred_eq("b", ds_int(1)), false},
        {ds_pred_eq("a", ds_int(1)), ds_pred_ne("a", ds_int(1)), false},
        {ds_pred_eq("a", ds_int(1)), ds_pred_eq("a", ds_float(1)), false},
        {ds_pred_eq("a", ds_str("x")), ds_pred_eq("a", ds_str("xy")), false},
        {ds_pred_eq("a", ds_float(0.0)), ds_pred_eq("a", ds_float(-0.0)), true},
        {ds_pred_and(0), ds_pred_or(0), false},
        {ds_pred_not(ds_pred_eq("a", ds_null())), ds_pred_not(ds_pred_eq("a", ds_null())), true},
        {ds_pred_and(2, ds_pred_eq("a", ds_int(1)), ds_pred_eq("b", ds_int(1))),
         ds_pred_and(2, ds_pred_eq("b", ds_int(1)), ds_pred_eq("a", ds_int(1))), false},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        assert_int_equal(ds__pred_equal(cases[i].a, cases[i].b), cases[i].equal);
        ds_pred_free(cases[i].a);
        ds_pred_free(cases[i].b);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_leaf_builder_makes_its_operator),
        cmocka_unit_test(string_operands_are_copied),
        cmocka_unit_test(groups_take_their_children),
        cmocka_unit_test(one_child_groups_are_the_child),
        cmocka_unit_test(many_children_fit),
        cmocka_unit_test(a_null_child_frees_the_others),
        cmocka_unit_test(what_no_consumer_could_use_is_refused),
        cmocka_unit_test(copies_are_deep_and_equal),
        cmocka_unit_test(equality_sees_every_difference),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
