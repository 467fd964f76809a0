/*
 * Checking against a model: every operator on every field type of the
 * scalars fixture, with every operand kind, against an oracle that restates
 * spec §2.1 independently of check.c; then relationships, embedded types,
 * metadata, between bounds and messages.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "pred_fixture.h"

typedef enum kind { K_STRING, K_INT, K_FLOAT, K_BOOL, K_ENUM, K_OTHER } kind;

static kind kind_of(const ds_field *f) {
    static const char *const strings[] = {"ID",       "String", "AWSDate", "AWSTime",  "AWSDateTime",
                                          "AWSEmail", "AWSJSON", "AWSURL", "AWSPhone", "AWSIPAddress"};
    if (f->kind == DS_KIND_ENUM)
        return K_ENUM;
    if (f->kind != DS_KIND_SCALAR)
        return K_OTHER;
    for (size_t i = 0; i < sizeof strings / sizeof *strings; i++)
        if (strcmp(f->type_name, strings[i]) == 0)
            return K_STRING;
    if (strcmp(f->type_name, "Int") == 0 || strcmp(f->type_name, "AWSTimestamp") == 0)
        return K_INT;
    if (strcmp(f->type_name, "Float") == 0)
        return K_FLOAT;
    if (strcmp(f->type_name, "Boolean") == 0)
        return K_BOOL;
    return K_OTHER;
}

/* Spec §2.1 as a table: which operators each kind takes (non-null). */
static bool op_allowed(kind k, bool list, ds_pred_op op) {
    if (list)
        return k != K_OTHER && (op == DS_PRED_CONTAINS || op == DS_PRED_NOT_CONTAINS);
    switch (op) {
    case DS_PRED_EQ:
    case DS_PRED_NE:
    case DS_PRED_IN:
    case DS_PRED_NOT_IN: return k != K_OTHER;
    case DS_PRED_LT:
    case DS_PRED_LE:
    case DS_PRED_GT:
    case DS_PRED_GE: return k == K_STRING || k == K_INT || k == K_FLOAT || k == K_ENUM;
    case DS_PRED_BETWEEN: return k == K_STRING || k == K_INT || k == K_FLOAT;
    case DS_PRED_BEGINS_WITH:
    case DS_PRED_CONTAINS:
    case DS_PRED_NOT_CONTAINS: return k == K_STRING;
    }
    return false;
}

static bool operand_fits(kind k, const ds_value *v) {
    switch (k) {
    case K_STRING: return v->type == DS_VALUE_STRING;
    case K_INT: return v->type == DS_VALUE_INT;
    case K_FLOAT: return v->type == DS_VALUE_INT || v->type == DS_VALUE_FLOAT;
    case K_BOOL: return v->type == DS_VALUE_BOOL;
    case K_ENUM:
        return v->type == DS_VALUE_STRING && (strcmp(v->u.s.ptr, "LOW") == 0 || strcmp(v->u.s.ptr, "HIGH") == 0);
    case K_OTHER: return false;
    }
    return false;
}

static bool oracle(const ds_field *f, ds_pred_op op, const ds_value *v) {
    if (f->kind == DS_KIND_MODEL)
        return false;
    if ((op == DS_PRED_EQ || op == DS_PRED_NE) && v->type == DS_VALUE_NULL)
        return true;
    if (!op_allowed(kind_of(f), f->is_list, op))
        return false;
    if (v->type == DS_VALUE_NULL)
        return op == DS_PRED_IN || op == DS_PRED_NOT_IN;
    return operand_fits(kind_of(f), v);
}

static ds_predicate *leaf(const char *field, ds_pred_op op, ds_value v) {
    if (op == DS_PRED_BETWEEN)
        return ds_pred_between(field, v, v);
    if (op == DS_PRED_IN || op == DS_PRED_NOT_IN)
        return op == DS_PRED_IN ? ds_pred_in(field, &v, 1) : ds_pred_not_in(field, &v, 1);
    return ds_pred_cmp(field, op, v);
}

static size_t run_matrix(const ds_model *m, size_t *allowed) {
    const ds_value operands[] = {ds_str("LOW"), ds_str("zzz"), ds_int(1), ds_float(1.5), ds_bool(true), ds_null()};
    size_t cases = 0;
    for (size_t fi = 0; fi < m->field_count + 3; fi++) {
        static const char *const meta[] = {"_version", "_lastChangedAt", "_deleted"};
        const char *name = fi < m->field_count ? m->fields[fi].name : meta[fi - m->field_count];
        const ds_field *f = ds__pred_field(m, name);
        assert_non_null(f);
        for (int op = DS_PRED_EQ; op <= DS_PRED_NOT_IN; op++) {
            for (size_t vi = 0; vi < sizeof operands / sizeof *operands; vi++) {
                ds_predicate *p = leaf(name, (ds_pred_op)op, operands[vi]);
                assert_non_null(p);
                ds_error err = DS_ERROR_INIT;
                ds_status rc = ds_pred_check(p, m, &err);
                bool want = oracle(f, (ds_pred_op)op, &operands[vi]);
                if ((rc == DS_OK) != want) {
                    char *t = pf_text(p);
                    fprintf(stderr, "%s.%s: [%s] check gave %s (%s), oracle says %s\n", m->name, name, t,
                            ds_status_name(rc), err.message, want ? "allowed" : "refused");
                    ds_free(t);
                }
                assert_int_equal(rc == DS_OK, want);
                if (rc != DS_OK) {
                    assert_int_equal(rc, DS_ERR_INVALID);
                    assert_true(err.message[0] != '\0');
                } else {
                    (*allowed)++;
                }
                cases++;
                ds_pred_free(p);
            }
        }
    }
    return cases;
}

static void every_operator_on_every_field_type(void **state) {
    (void)state;
    ds_schema *s = pf_scalars_schema();
    size_t allowed = 0, cases = run_matrix(ds_schema_model(s, "Everything"), &allowed);
    assert_true(cases > 2500);
    assert_true(allowed > 300);
    ds_schema_free(s);
}

static void embedded_and_relationship_fields(void **state) {
    (void)state;
    ds_schema *s = pf_schema("type Address { street: String }\n"
                             "type Person @model { id: ID! home: Address homes: [Address] "
                             "team: Team @belongsTo }\n"
                             "type Team @model { id: ID! members: [Person] @hasMany }\n");
    size_t allowed = 0;
    run_matrix(ds_schema_model(s, "Person"), &allowed);
    run_matrix(ds_schema_model(s, "Team"), &allowed);

    const ds_model *person = ds_schema_model(s, "Person");
    ds_error err = DS_ERROR_INIT;
    ds_predicate *p = ds_pred_eq("team", ds_null());
    assert_int_equal(ds_pred_check(p, person, &err), DS_ERR_INVALID);
    assert_string_equal(err.message,
                        "field \"team\" of Person is a relationship to Team; use its key field teamMembersId instead");
    ds_pred_free(p);
    p = ds_pred_eq("home", ds_str("x"));
    assert_int_equal(ds_pred_check(p, person, &err), DS_ERR_INVALID);
    assert_string_equal(err.message, "operator eq does not apply to home (Address); embedded values can only be "
                                     "compared with null (eq, ne)");
    ds_pred_free(p);
    p = ds_pred_contains("homes", ds_str("x"));
    assert_int_equal(ds_pred_check(p, person, &err), DS_ERR_INVALID);
    assert_string_equal(err.message, "operator contains does not apply to homes ([Address]); list values can only "
                                     "be compared with null (eq, ne)");
    ds_pred_free(p);
    p = ds_pred_eq("members", ds_null());
    assert_int_equal(ds_pred_check(p, ds_schema_model(s, "Team"), &err), DS_ERR_INVALID);
    assert_string_equal(err.message, "field \"members\" of Team is a relationship to Person; conditions apply to "
                                     "fields holding values, not to related records");
    ds_pred_free(p);
    ds_schema_free(s);
}

static void groups_are_checked_throughout(void **state) {
    (void)state;
    ds_schema *s = pf_schema(PF_POST_SCHEMA);
    const ds_model *post = ds_schema_model(s, "Post");
    ds_error err = DS_ERROR_INIT;
    ds_predicate *p = pf_parse(NULL, "rating > 1 and (title = \"x\" or not (status = \"ACTIVE\" and bogus = 1))");
    assert_int_equal(ds_pred_check(p, post, &err), DS_ERR_INVALID);
    assert_string_equal(err.message, "unknown field \"bogus\" of Post; expected one of id, title, rating, status, "
                                     "createdAt, updatedAt");
    ds_pred_free(p);
    p = pf_parse(NULL, "true and not false");
    assert_int_equal(ds_pred_check(p, post, &err), DS_OK);
    assert_int_equal(err.code, DS_OK);
    assert_string_equal(err.message, "");
    ds_pred_free(p);
    assert_int_equal(ds_pred_check(NULL, post, &err), DS_ERR_INVALID);
    p = ds_pred_all();
    assert_int_equal(ds_pred_check(p, NULL, NULL), DS_ERR_INVALID);
    ds_pred_free(p);
    ds_schema_free(s);
}

static void between_bounds_must_be_ordered(void **state) {
    (void)state;
    ds_schema *s = pf_scalars_schema();
    const ds_model *m = ds_schema_model(s, "Everything");
    struct {
        const char *text;
        bool ok;
    } cases[] = {
        {"anInt between 1 and 1", true},
        {"anInt between 2 and 1", false},
        {"aFloat between 1 and 1.5", true},
        {"aFloat between 1.5 and 1", false},
        {"aFloat between -0.0 and 0", true},
        {"aString between \"a\" and \"b\"", true},
        {"aString between \"b\" and \"a\"", false},
        {"aString between \"ab\" and \"a\"", false},
        {"aString between \"Z\" and \"a\"", true}, /* bytewise: uppercase first */
        {"aString between \"é\" and \"z\"", false}, /* code point order */
        {"aDate between \"2024-01-01\" and \"2024-12-31\"", true},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ds_predicate *p = pf_parse(NULL, cases[i].text);
        ds_error err = DS_ERROR_INIT;
        ds_status rc = ds_pred_check(p, m, &err);
        if ((rc == DS_OK) != cases[i].ok)
            fprintf(stderr, "%s: %s\n", cases[i].text, err.message);
        assert_int_equal(rc == DS_OK, cases[i].ok);
        ds_pred_free(p);
    }
    ds_schema_free(s);
}

static void messages_say_what_fits(void **state) {
    (void)state;
    ds_schema *s = pf_scalars_schema();
    const ds_model *m = ds_schema_model(s, "Everything");
    struct {
        const char *text, *message;
    } cases[] = {
        {"aBoolean < true", "operator lt does not apply to aBoolean (Boolean); use one of eq, ne, in, notIn"},
        {"anEnum between \"LOW\" and \"MEDIUM\"",
         "operator between does not apply to anEnum (Priority); use one of eq, ne, lt, le, gt, ge, in, notIn"},
        {"strings = \"a\"", "operator eq does not apply to strings ([String]); use one of contains, notContains"},
        {"ints contains \"1\"", "ints contains takes an integer (an element of the list), not \"1\""},
        {"enums contains \"NONE\"",
         "\"NONE\" is not a value of Priority for enums contains; expected one of LOW, MEDIUM, HIGH"},
        {"aFloat = true", "aFloat eq takes a number, not true"},
        {"aBoolean = 1", "aBoolean eq takes true or false, not 1"},
        {"aString contains null", "aString contains does not take null; only eq, ne, in and notIn do"},
        {"_deleted = 1", "_deleted eq takes true or false, not 1"},
        {"aTimestamp = 1.5", "aTimestamp eq takes an integer, not 1.5"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ds_predicate *p = pf_parse(NULL, cases[i].text);
        ds_error err = DS_ERROR_INIT;
        assert_int_equal(ds_pred_check(p, m, &err), DS_ERR_INVALID);
        if (strcmp(err.message, cases[i].message) != 0)
            fprintf(stderr, "%s\n  got  %s\n  want %s\n", cases[i].text, err.message, cases[i].message);
        assert_string_equal(err.message, cases[i].message);
        ds_pred_free(p);
    }
    ds_schema_free(s);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_operator_on_every_field_type),
        cmocka_unit_test(embedded_and_relationship_fields),
        cmocka_unit_test(groups_are_checked_throughout),
        cmocka_unit_test(between_bounds_must_be_ordered),
        cmocka_unit_test(messages_say_what_fits),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
