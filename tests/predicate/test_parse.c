/*
 * The text form: every operator in both spellings, precedence, values and
 * escapes, every error with its column, limits, and printing that parses
 * back to an equal tree.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>

#include "pred_fixture.h"

static ds_schema *post_schema;
static const ds_model *post;

static int setup(void **state) {
    (void)state;
    post_schema = pf_schema(PF_POST_SCHEMA);
    post = ds_schema_model(post_schema, "Post");
    return post ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    ds_schema_free(post_schema);
    return 0;
}

/* Parses text (without a model) and compares the canonical print. */
static void canon(const ds_model *m, const char *text, const char *want) {
    ds_predicate *p = pf_parse(m, text);
    char *t = pf_text(p);
    if (strcmp(t, want) != 0)
        fprintf(stderr, "[%s] printed as [%s], expected [%s]\n", text, t, want);
    assert_string_equal(t, want);
    /* and the print parses back to the same tree */
    ds_predicate *q = pf_parse(m, t);
    assert_true(ds__pred_equal(p, q));
    ds_free(t);
    ds_pred_free(p);
    ds_pred_free(q);
}

static void fails(const ds_model *m, const char *text, ds_status code, const char *message) {
    ds_predicate *p = (ds_predicate *)1;
    ds_error err = DS_ERROR_INIT;
    ds_status rc = ds_pred_parse(&p, m, text, &err);
    if (rc != code || strcmp(err.message, message) != 0)
        fprintf(stderr, "[%s]\n  got  %s: %s\n  want %s: %s\n", text, ds_status_name(rc), err.message,
                ds_status_name(code), message);
    assert_int_equal(rc, code);
    assert_int_equal(err.code, code);
    assert_null(p);
    assert_string_equal(err.message, message);
}

static void every_operator_in_both_spellings(void **state) {
    (void)state;
    canon(NULL, "a = 1", "a = 1");
    canon(NULL, "a eq 1", "a = 1");
    canon(NULL, "a != 1", "a != 1");
    canon(NULL, "a ne 1", "a != 1");
    canon(NULL, "a < 1", "a < 1");
    canon(NULL, "a lt 1", "a < 1");
    canon(NULL, "a <= 1", "a <= 1");
    canon(NULL, "a le 1", "a <= 1");
    canon(NULL, "a > 1", "a > 1");
    canon(NULL, "a gt 1", "a > 1");
    canon(NULL, "a >= 1", "a >= 1");
    canon(NULL, "a ge 1", "a >= 1");
    canon(NULL, "a beginsWith \"x\"", "a beginsWith \"x\"");
    canon(NULL, "a contains \"x\"", "a contains \"x\"");
    canon(NULL, "a notContains \"x\"", "a notContains \"x\"");
    canon(NULL, "a between 1 and 5", "a between 1 and 5");
    canon(NULL, "a in [1, 2,3]", "a in [1, 2, 3]");
    canon(NULL, "a notIn [\"x\"]", "a notIn [\"x\"]");
    canon(NULL, "a in []", "a in []");
    canon(NULL, "a notIn [ ]", "a notIn []");
    canon(NULL, "a=1", "a = 1");
    canon(NULL, "a>=-1", "a >= -1");
    canon(NULL, "a<\"b\"", "a < \"b\"");
}

static void keywords_are_case_insensitive(void **state) {
    (void)state;
    canon(NULL, "a EQ 1 AND b Ne 2 OR NOT c GT 3", "(a = 1 and b != 2) or not c > 3");
    canon(NULL, "a BEGINSWITH \"x\" and b NotContains \"y\" and c CONTAINS \"z\"",
          "a beginsWith \"x\" and b notContains \"y\" and c contains \"z\"");
    canon(NULL, "a BETWEEN 1 AND 2 and b IN [TRUE, False, NULL] and c NOTIN []",
          "a between 1 and 2 and b in [true, false, null] and c notIn []");
    canon(NULL, "TRUE", "true");
    canon(NULL, "False", "false");
}

static void and_binds_tighter_than_or(void **state) {
    (void)state;
    ds_predicate *p = pf_parse(NULL, "a = 1 or b = 2 and c = 3 or d = 4");
    assert_int_equal(p->kind, DS__PRED_OR);
    assert_int_equal(p->child_count, 3);
    assert_int_equal(p->children[1]->kind, DS__PRED_AND);
    assert_int_equal(p->children[1]->child_count, 2);
    ds_pred_free(p);
    canon(NULL, "a = 1 or b = 2 and c = 3", "a = 1 or (b = 2 and c = 3)");
    canon(NULL, "(a = 1 or b = 2) and c = 3", "(a = 1 or b = 2) and c = 3");
    /* not applies to the next unary only */
    p = pf_parse(NULL, "not a = 1 and b = 2");
    assert_int_equal(p->kind, DS__PRED_AND);
    assert_int_equal(p->children[0]->kind, DS__PRED_NOT);
    ds_pred_free(p);
    canon(NULL, "not (a = 1 and b = 2)", "not (a = 1 and b = 2)");
    canon(NULL, "not not a = 1", "not (not a = 1)");
    /* parentheses keep nested groups of the same kind */
    p = pf_parse(NULL, "a = 1 and (b = 2 and c = 3)");
    assert_int_equal(p->child_count, 2);
    assert_int_equal(p->children[1]->kind, DS__PRED_AND);
    ds_pred_free(p);
    canon(NULL, "a = 1 and (b = 2 and c = 3)", "a = 1 and (b = 2 and c = 3)");
    canon(NULL, "((a = 1))", "a = 1");
    canon(NULL, "a = 1 and true", "a = 1 and true");
    canon(NULL, "false or a = 1", "false or a = 1");
    canon(NULL, "  a\t=\n1  ", "a = 1");
}

static void values_and_escapes(void **state) {
    (void)state;
    ds_predicate *p = pf_parse(NULL, "a = \"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9 \\ud83d\\ude00 é\"");
    assert_int_equal(p->values[0].type, DS_VALUE_STRING);
    assert_string_equal(p->values[0].u.s.ptr, "q\" b\\ s/ \b\f\n\r\t \xC3\xA9 \xF0\x9F\x98\x80 \xC3\xA9");
    assert_int_equal(p->values[0].u.s.len, strlen(p->values[0].u.s.ptr));
    char *t = pf_text(p);
    assert_string_equal(t, "a = \"q\\\" b\\\\ s/ \\b\\f\\n\\r\\t \xC3\xA9 \xF0\x9F\x98\x80 \xC3\xA9\"");
    ds_free(t);
    ds_pred_free(p);

    p = pf_parse(NULL, "a in [0, -0, 12, -9223372036854775808, 9223372036854775807, 1.5, -2.5e3, 1E2, 0.0, "
                       "-0.0, true, false, null, \"\", ACTIVE]");
    ds_value *v = p->values;
    assert_int_equal(p->value_count, 15);
    assert_int_equal(v[0].type, DS_VALUE_INT);
    assert_int_equal(v[1].type, DS_VALUE_INT);
    assert_int_equal(v[2].u.i, 12);
    assert_true(v[3].u.i == INT64_MIN);
    assert_true(v[4].u.i == INT64_MAX);
    assert_int_equal(v[5].type, DS_VALUE_FLOAT);
    assert_true(v[5].u.f == 1.5);
    assert_true(v[6].u.f == -2500.0);
    assert_int_equal(v[7].type, DS_VALUE_FLOAT);
    assert_true(v[7].u.f == 100.0);
    assert_true(v[9].u.f == 0.0 && signbit(v[9].u.f));
    assert_int_equal(v[10].type, DS_VALUE_BOOL);
    assert_true(v[10].u.b);
    assert_false(v[11].u.b);
    assert_int_equal(v[12].type, DS_VALUE_NULL);
    assert_int_equal(v[13].type, DS_VALUE_STRING);
    assert_int_equal(v[13].u.s.len, 0);
    assert_string_equal(v[14].u.s.ptr, "ACTIVE"); /* no model: bare names are strings */
    t = pf_text(p);
    assert_string_equal(t, "a in [0, 0, 12, -9223372036854775808, 9223372036854775807, 1.5, -2500.0, 100.0, 0.0, "
                           "-0.0, true, false, null, \"\", \"ACTIVE\"]");
    ds_free(t);
    ds_pred_free(p);
}

static void floats_print_shortest_and_read_back_exactly(void **state) {
    (void)state;
    const double xs[] = {0.1, 1.0 / 3, 1e300, -1e-300, 5e-324, 123456789.0, 2.5, 1e21, 9007199254740993.0,
                         -0.0, 3.141592653589793, 1.7976931348623157e308};
    for (size_t i = 0; i < sizeof xs / sizeof *xs; i++) {
        ds_predicate *p = ds_pred_eq("x", ds_float(xs[i]));
        char *t = pf_text(p);
        ds_predicate *q = pf_parse(NULL, t);
        assert_int_equal(q->values[0].type, DS_VALUE_FLOAT);
        assert_true(q->values[0].u.f == xs[i]);
        assert_int_equal(signbit(q->values[0].u.f), signbit(xs[i]));
        ds_free(t);
        ds_pred_free(p);
        ds_pred_free(q);
    }
    canon(NULL, "x = 0.1", "x = 0.1");
    canon(NULL, "x = 100.0", "x = 100.0");
    canon(NULL, "x = 1e21", "x = 1e+21");
}

/* Every tree prints to text that parses back to it, including field names
 * that are keywords elsewhere and strings that need escapes. */
static void printing_round_trips(void **state) {
    (void)state;
    ds_value odd[] = {ds_str("\x01\x1f\"\\\t"), ds_str("∑ 😀"), ds_null(), ds_bool(false), ds_float(-1.25)};
    ds_predicate *trees[] = {
        ds_pred_in("status", odd, 5),
        ds_pred_not(ds_pred_eq("not", ds_int(1))),
        ds_pred_not(ds_pred_eq("eq", ds_int(1))),
        ds_pred_not(ds_pred_contains("in", ds_str("x"))),
        ds_pred_and(3, ds_pred_eq("and", ds_int(1)), ds_pred_eq("or", ds_int(2)), ds_pred_eq("true", ds_int(3))),
        ds_pred_or(2, ds_pred_eq("false", ds_null()), ds_pred_not(ds_pred_eq("null", ds_bool(true)))),
        ds_pred_or(3, ds_pred_all(), ds_pred_or(0), ds_pred_and(2, ds_pred_or(0), ds_pred_all())),
        ds_pred_not(ds_pred_not(ds_pred_not(ds_pred_or(2, ds_pred_eq("a", ds_int(1)), ds_pred_eq("b", ds_int(2)))))),
        ds_pred_and(2, ds_pred_and(2, ds_pred_eq("a", ds_int(1)), ds_pred_eq("b", ds_int(2))),
                    ds_pred_or(2, ds_pred_or(2, ds_pred_eq("c", ds_int(3)), ds_pred_eq("d", ds_int(4))),
                               ds_pred_between("e", ds_str("a"), ds_str("b")))),
        ds_pred_and(2, ds_pred_not(ds_pred_all()), ds_pred_not(ds_pred_or(0))),
    };
    for (size_t i = 0; i < sizeof trees / sizeof *trees; i++) {
        assert_non_null(trees[i]);
        char *t = pf_text(trees[i]);
        ds_predicate *back = pf_parse(NULL, t);
        if (!ds__pred_equal(trees[i], back))
            fprintf(stderr, "tree %zu printed as [%s] did not read back equal\n", i, t);
        assert_true(ds__pred_equal(trees[i], back));
        ds_free(t);
        ds_pred_free(back);
        ds_pred_free(trees[i]);
    }
}

static void with_a_model_enum_names_and_fields_are_checked(void **state) {
    (void)state;
    canon(post, "rating > 4 and (status = ACTIVE or title beginsWith \"A\")",
          "rating > 4 and (status = \"ACTIVE\" or title beginsWith \"A\")");
    canon(post, "status in [ACTIVE, INACTIVE, null]", "status in [\"ACTIVE\", \"INACTIVE\", null]");
    canon(post, "id = \"x\" and _version > 2 and _deleted != true and _lastChangedAt <= 5",
          "id = \"x\" and _version > 2 and _deleted != true and _lastChangedAt <= 5");
}

static void errors_name_their_column(void **state) {
    (void)state;
    fails(post, "rating > 4 and ratin = 5", DS_ERR_INVALID,
          "column 16: unknown field \"ratin\" of Post; expected one of id, title, rating, status, createdAt, "
          "updatedAt");
    fails(post, "title = \"x\" and ratin > 4", DS_ERR_INVALID,
          "column 17: unknown field \"ratin\" of Post; expected one of id, title, rating, status, createdAt, "
          "updatedAt");
    fails(NULL, "rating >", DS_ERR_SYNTAX, "column 9: expected a value after \">\"");
    fails(NULL, "rating > and", DS_ERR_SYNTAX, "column 10: expected a value after \">\", got \"and\"");
    fails(NULL, "rating", DS_ERR_SYNTAX,
          "column 7: expected an operator after \"rating\", got the end; expected one of = != < <= > >= beginsWith "
          "contains notContains between in notIn");
    fails(NULL, "rating ~ 4", DS_ERR_SYNTAX, "column 8: unexpected character \"~\"");
    fails(NULL, "rating ! 4", DS_ERR_SYNTAX, "column 8: unexpected \"!\"; did you mean \"!=\"?");
    fails(NULL, "", DS_ERR_SYNTAX,
          "column 1: expected a condition (FIELD OP VALUE), \"(\", \"not\" or \"true\", got the end");
    fails(NULL, "a = 1 and", DS_ERR_SYNTAX,
          "column 10: expected a condition (FIELD OP VALUE), \"(\", \"not\" or \"true\", got the end");
    fails(NULL, "a = 1 b = 2", DS_ERR_SYNTAX,
          "column 7: unexpected \"b\" after a complete condition; expected \"and\", \"or\" or the end");
    fails(NULL, "a = 1)", DS_ERR_SYNTAX, "column 6: unexpected \")\" without a \"(\" before it");
    fails(NULL, "(a = 1 or (b = 2)", DS_ERR_SYNTAX,
          "column 18: expected \")\" to close the \"(\" at column 1, got the end");
    fails(NULL, "a = \"abc", DS_ERR_SYNTAX, "column 5: unterminated string; expected a closing \"");
    fails(NULL, "a = \"a\\qb\"", DS_ERR_SYNTAX,
          "column 7: invalid escape \"\\q\" in a string; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
    fails(NULL, "a = \"\\u12G4\"", DS_ERR_SYNTAX, "column 6: invalid \\u escape; expected four hexadecimal digits");
    fails(NULL, "a = \"\\u0000\"", DS_ERR_SYNTAX, "column 6: strings cannot contain NUL (\\u0000)");
    fails(NULL, "a = \"\\ud800x\"", DS_ERR_SYNTAX,
          "column 6: invalid \\u escape: a high surrogate must be followed by a \\u low surrogate");
    fails(NULL, "a = \"\\udc00\"", DS_ERR_SYNTAX,
          "column 6: invalid \\u escape: a low surrogate without a high one before it");
    fails(NULL, "a = \"tab\there\"", DS_ERR_SYNTAX,
          "column 9: control character in a string; write it as an escape such as \\n");
    fails(NULL, "a = 01", DS_ERR_SYNTAX,
          "column 5: invalid number \"01\"; numbers are written as in JSON (-12, 3.5, 1e3)");
    fails(NULL, "a = 1.", DS_ERR_SYNTAX,
          "column 5: invalid number \"1.\"; numbers are written as in JSON (-12, 3.5, 1e3)");
    fails(NULL, "a = -", DS_ERR_SYNTAX,
          "column 5: invalid number \"-\"; numbers are written as in JSON (-12, 3.5, 1e3)");
    fails(NULL, "a = 12abc", DS_ERR_SYNTAX,
          "column 5: invalid number \"12abc\"; numbers are written as in JSON (-12, 3.5, 1e3)");
    fails(NULL, "a = 9223372036854775808", DS_ERR_SYNTAX,
          "column 5: integer 9223372036854775808 is out of range; integers must fit in 64 bits");
    fails(NULL, "a = 1e999", DS_ERR_SYNTAX, "column 5: number 1e999 is out of range");
    fails(NULL, "a between 1 or 2", DS_ERR_SYNTAX,
          "column 13: expected \"and\" after the low bound of between, got \"or\"");
    fails(NULL, "a between 1 and", DS_ERR_SYNTAX, "column 16: expected a value after \"and\"");
    fails(NULL, "a in 1", DS_ERR_SYNTAX, "column 6: expected \"[\" after \"in\"; write a list such as [1, 2]");
    fails(NULL, "a in [1 2]", DS_ERR_SYNTAX, "column 9: expected \",\" or \"]\" in the list of \"in\", got \"2\"");
    fails(NULL, "a in [1,]", DS_ERR_SYNTAX, "column 9: expected a value after \",\", got \"]\"");
    fails(NULL, "a notIn [", DS_ERR_SYNTAX, "column 10: expected a value after \"[\"");
    fails(NULL, "a = (1)", DS_ERR_SYNTAX, "column 5: expected a value after \"=\", got \"(\"");
    fails(NULL, "a = 1 and\n  b ~ 2", DS_ERR_SYNTAX, "line 2, column 5: unexpected character \"~\"");
    fails(NULL, "é = 1", DS_ERR_SYNTAX, "column 1: unexpected character \"é\"");
    fails(NULL, "a = \"é\" é", DS_ERR_SYNTAX, "column 9: unexpected character \"é\"");
    fails(NULL, "a = \"\xC3\"", DS_ERR_SYNTAX, "column 6: the text is not valid UTF-8");
}

static void model_errors_point_at_the_part_at_fault(void **state) {
    (void)state;
    fails(post, "rating beginsWith \"4\"", DS_ERR_INVALID,
          "column 8: operator beginsWith does not apply to rating (Int); use one of eq, ne, lt, le, gt, ge, "
          "between, in, notIn");
    fails(post, "rating = \"4\"", DS_ERR_INVALID, "column 10: rating eq takes an integer, not \"4\"");
    fails(post, "rating in [1, 2.5]", DS_ERR_INVALID, "column 15: rating in takes an integer, not 2.5");
    fails(post, "status = DELETED", DS_ERR_INVALID,
          "column 10: \"DELETED\" is not a value of PostStatus for status eq; expected one of ACTIVE, INACTIVE");
    fails(post, "title = ACTIVE", DS_ERR_INVALID,
          "column 9: bare name ACTIVE is an enum value, but title is not an enum field; write a string in quotes "
          "(\"ACTIVE\")");
    fails(post, "rating > null", DS_ERR_INVALID,
          "column 10: rating gt does not take null; only eq, ne, in and notIn do");
    fails(post, "rating between 5 and 1", DS_ERR_INVALID,
          "column 16: rating between: the low bound 5 is greater than the high bound 1");
    const ds_model *entry = ds_schema_model(post_schema, "Entry");
    assert_non_null(entry);
    ds_predicate *p = NULL;
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_pred_parse(&p, entry, "blog = \"b1\"", &err), DS_ERR_INVALID);
    assert_non_null(strstr(err.message, "column 1: field \"blog\" of Entry is a relationship to Blog; use its key "
                                        "field"));
}

static void nesting_and_length_are_capped(void **state) {
    (void)state;
    char buf[512];
    size_t o = 0;
    for (int i = 0; i < DS__PRED_MAX_DEPTH; i++)
        buf[o++] = '(';
    memcpy(buf + o, "a = 1", 5);
    o += 5;
    for (int i = 0; i < DS__PRED_MAX_DEPTH; i++)
        buf[o++] = ')';
    buf[o] = '\0';
    ds_pred_free(pf_parse(NULL, buf));
    char deep[600];
    snprintf(deep, sizeof deep, "(%s)", buf);
    fails(NULL, deep, DS_ERR_LIMIT, "column 65: nesting deeper than 64 levels");

    o = 0;
    for (int i = 0; i < DS__PRED_MAX_DEPTH; i++)
        o += (size_t)snprintf(buf + o, sizeof buf - o, "not ");
    snprintf(buf + o, sizeof buf - o, "a = 1");
    ds_pred_free(pf_parse(NULL, buf));
    snprintf(deep, sizeof deep, "not %s", buf);
    fails(NULL, deep, DS_ERR_LIMIT, "column 257: nesting deeper than 64 levels");

    size_t n = DS__PRED_TEXT_MAX + 1;
    char *big = malloc(n + 1);
    assert_non_null(big);
    memset(big, ' ', n);
    memcpy(big, "a = 1", 5);
    big[n] = '\0';
    fails(NULL, big, DS_ERR_LIMIT, "predicate text is longer than the limit of 1048576 bytes");
    big[n - 1] = '\0'; /* exactly at the limit is fine */
    ds_pred_free(pf_parse(NULL, big));
    free(big);
}

static void bad_calls_are_refused(void **state) {
    (void)state;
    ds_predicate *p = NULL;
    assert_int_equal(ds_pred_parse(&p, NULL, NULL, NULL), DS_ERR_INVALID);
    assert_int_equal(ds_pred_parse(NULL, NULL, "a = 1", NULL), DS_ERR_INVALID);
    assert_null(ds_pred_to_string(NULL));
    /* errors are reported without an error object too */
    assert_int_equal(ds_pred_parse(&p, NULL, "a =", NULL), DS_ERR_SYNTAX);
    assert_null(p);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_operator_in_both_spellings),
        cmocka_unit_test(keywords_are_case_insensitive),
        cmocka_unit_test(and_binds_tighter_than_or),
        cmocka_unit_test(values_and_escapes),
        cmocka_unit_test(floats_print_shortest_and_read_back_exactly),
        cmocka_unit_test(printing_round_trips),
        cmocka_unit_test(with_a_model_enum_names_and_fields_are_checked),
        cmocka_unit_test(errors_name_their_column),
        cmocka_unit_test(model_errors_point_at_the_part_at_fault),
        cmocka_unit_test(nesting_and_length_are_capped),
        cmocka_unit_test(bad_calls_are_refused),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
