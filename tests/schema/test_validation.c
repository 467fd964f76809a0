/*
 * Every validation error: refused, with a code, a place and a message that
 * says what is wrong; several errors all reported; never a partial registry.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datastore/schema.h"

typedef struct bad_case {
    const char *name;
    const char *schema;
    ds_status code;
    const char *place;   /* "file:line:col" prefix expected in the message */
    const char *message; /* a substring expected in the message */
} bad_case;

static const bad_case CASES[] = {
    {"syntax error", "type Post @model { id: ID! title String }", DS_ERR_SYNTAX, "t.graphql:1:34", "expected"},
    {"unknown type", "type Post @model {\n  id: ID!\n  author: Author\n}", DS_ERR_SCHEMA, "t.graphql:3:11",
     "unknown type \"Author\""},
    {"duplicate type", "type A @model { id: ID! }\ntype A @model { id: ID! }", DS_ERR_SCHEMA, "t.graphql:2:6",
     "duplicate type \"A\""},
    {"duplicate field", "type A @model {\n id: ID!\n x: Int\n x: String }", DS_ERR_SCHEMA, "t.graphql:4:2",
     "duplicate field \"A.x\""},
    {"duplicate enum value", "enum E { A B A }", DS_ERR_SCHEMA, "t.graphql:1:14", "defined twice"},
    {"unknown directive", "type A @model { id: ID! x: Int @unique }", DS_ERR_SCHEMA, "t.graphql:1:32",
     "unknown directive \"@unique\""},
    {"unknown directive argument", "type A @model { id: ID! x: Int @index(nam: \"byX\") }", DS_ERR_SCHEMA,
     "t.graphql:1:39", "unknown argument \"nam\" on directive \"@index\""},
    {"directive in wrong place", "type A @model { id: ID! @model }", DS_ERR_SCHEMA, "t.graphql:1:25",
     "may not be used on a field"},
    {"directive repeated", "type A @model @model { id: ID! }", DS_ERR_SCHEMA, "t.graphql:1:15", "only be used once"},
    {"argument of wrong type", "type A @model { id: ID! x: Int @index(name: 5) }", DS_ERR_SCHEMA, "t.graphql:1:45",
     "expects String, found an Int"},
    {"bad enum in auth rule", "type A @model @auth(rules: [{allow: everyone}]) { id: ID! }", DS_ERR_SCHEMA,
     "t.graphql:1:37", "\"everyone\" is not a value of AuthStrategy"},
    {"missing required argument", "type A @model { id: ID! b: [B] @manyToMany }\ntype B @model { id: ID! }",
     DS_ERR_SCHEMA, "t.graphql:1:32", "requires argument \"relationName"},
    {"nullable primary key", "type A @model { code: String @primaryKey }", DS_ERR_SCHEMA, "t.graphql:1:17",
     "must reference non-null fields"},
    {"sort key missing", "type A @model { code: String! @primaryKey(sortKeyFields: [\"nope\"]) }", DS_ERR_SCHEMA,
     "t.graphql:1:59", "\"nope\", which is not a field of A"},
    {"two primary keys", "type A @model { a: ID! @primaryKey b: ID! @primaryKey }", DS_ERR_SCHEMA, "t.graphql:1:43",
     "second @primaryKey"},
    {"boolean index", "type A @model { id: ID! done: Boolean! @index(name: \"byDone\") }", DS_ERR_SCHEMA,
     "t.graphql:1:40", "Boolean values cannot be used as keys"},
    {"bad index name", "type A @model { id: ID! x: String @index(name: \"by\") }", DS_ERR_SCHEMA, "t.graphql:1:35",
     "3 to 255 characters"},
    {"duplicate index name",
     "type A @model { id: ID! x: String @index(name: \"byX\") y: String @index(name: \"byX\") }", DS_ERR_SCHEMA,
     "t.graphql:1:65", "two indexes named \"byX\""},
    {"has many not list", "type A @model { id: ID! b: B @hasMany }\ntype B @model { id: ID! }", DS_ERR_SCHEMA,
     "t.graphql:1:25", "@hasMany must be used with a list"},
    {"has one on list", "type A @model { id: ID! b: [B] @hasOne }\ntype B @model { id: ID! }", DS_ERR_SCHEMA,
     "t.graphql:1:25", "@hasOne cannot be used with a list"},
    {"relation to non-model", "type A @model { id: ID! b: B @hasOne }\ntype B { x: Int }", DS_ERR_SCHEMA,
     "t.graphql:1:30", "\"B\" is not a @model type"},
    {"missing index for hasMany",
     "type A @model { id: ID! bs: [B] @hasMany(indexName: \"byA\", fields: [\"id\"]) }\ntype B @model { id: ID! aID: ID! }",
     DS_ERR_SCHEMA, "t.graphql:1:33", "B has no @index named \"byA\""},
    {"belongsTo field missing",
     "type A @model { id: ID! bs: [B] @hasMany }\ntype B @model { id: ID! a: A @belongsTo(fields: [\"aID\"]) }",
     DS_ERR_SCHEMA, "t.graphql:2:50", "\"aID\", which is not a field of B"},
    {"belongsTo without parent side", "type A @model { id: ID! }\ntype B @model { id: ID! a: A @belongsTo }",
     DS_ERR_SCHEMA, "t.graphql:2:30", "no @hasOne or @hasMany field of type B"},
    {"fields and references together",
     "type A @model { id: ID! b: B @hasOne(fields: [\"bID\"], references: [\"aID\"]) bID: ID }\n"
     "type B @model { id: ID! aID: ID a: A @belongsTo(references: [\"aID\"]) }",
     DS_ERR_SCHEMA, "t.graphql:1:30", "cannot be used together"},
    {"hasOne fields arity", "type A @model { id: ID! x: ID y: ID b: B @hasOne(fields: [\"x\", \"y\"]) }\ntype B @model { id: ID! }",
     DS_ERR_SCHEMA, "t.graphql:1:42", "gives 2 field(s) but the primary key of B has 1"},
    {"manyToMany needs two sides", "type A @model { id: ID! bs: [B] @manyToMany(relationName: \"AB\") }\ntype B @model { id: ID! }",
     DS_ERR_SCHEMA, "t.graphql:1:33", "used 1 time(s)"},
    {"manyToMany name clash",
     "type A @model { id: ID! bs: [B] @manyToMany(relationName: \"B\") }\ntype B @model { id: ID! as: [A] @manyToMany(relationName: \"B\") }",
     DS_ERR_SCHEMA, "t.graphql:1:33", "a type of that name already exists"},
    {"interface", "interface Node { id: ID! }\ntype A @model { id: ID! }", DS_ERR_SCHEMA, "t.graphql:1:11",
     "not supported by DataStore"},
    {"union", "type A @model { id: ID! }\ntype B @model { id: ID! }\nunion U = A | B", DS_ERR_SCHEMA, "t.graphql:3:7",
     "not supported by DataStore"},
    {"custom scalar", "scalar Money\ntype A @model { id: ID! price: Money }", DS_ERR_SCHEMA, "t.graphql:1:8",
     "custom scalar \"Money\" is not supported"},
    {"sync metadata clash", "type A @model { id: ID! _version: Int }", DS_ERR_SCHEMA, "t.graphql:1:25",
     "sync metadata"},
    {"default of wrong type", "type A @model { id: ID! n: Int @default(value: \"many\") }", DS_ERR_SCHEMA,
     "t.graphql:1:32", "is not a valid Int"},
    {"default not in enum", "enum E { X }\ntype A @model { id: ID! e: E @default(value: \"Y\") }", DS_ERR_SCHEMA,
     "t.graphql:2:30", "is not a valid E"},
    {"default on list", "type A @model { id: ID! n: [Int] @default(value: \"1\") }", DS_ERR_SCHEMA,
     "t.graphql:1:34", "only scalar and enum fields"},
    {"default on non-model", "type M { n: Int @default(value: \"1\") }\ntype A @model { id: ID! m: M }",
     DS_ERR_SCHEMA, "t.graphql:1:17", "not a @model type"},
    {"index on non-model", "type M { n: Int @index }\ntype A @model { id: ID! m: M }", DS_ERR_SCHEMA,
     "t.graphql:1:17", "@index may only be used in @model types"},
    {"auth provider mismatch", "type A @model @auth(rules: [{allow: public, provider: userPools}]) { id: ID! }",
     DS_ERR_SCHEMA, "t.graphql:1:55", "'public' rules do not support the 'userPools' provider"},
    {"groups rule without groups", "type A @model @auth(rules: [{allow: groups}]) { id: ID! }", DS_ERR_SCHEMA,
     "t.graphql:1:29", "needs 'groups'"},
    {"model on root type", "type Query @model { id: ID! }", DS_ERR_SCHEMA, "t.graphql:1:6", "root type"},
    {"extend unknown type", "extend type Ghost { x: Int }\ntype A @model { id: ID! }", DS_ERR_SCHEMA,
     "t.graphql:1:13", "cannot extend type \"Ghost\""},
    {"input type as field type", "input I { x: Int }\ntype A @model { id: ID! i: I }", DS_ERR_SCHEMA,
     "t.graphql:2:28", "is an input type"},
    {"empty document", "  # nothing here\n", DS_ERR_SYNTAX, "t.graphql:2:1", "definition"},
};

static void each_bad_schema_is_refused_with_place_and_reason(void **state) {
    (void)state;
    int failures = 0;
    for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++) {
        const bad_case *c = &CASES[i];
        ds_schema *s = (ds_schema *)0x1;
        ds_error err = DS_ERROR_INIT;
        ds_status rc = ds_schema_parse(&s, c->schema, strlen(c->schema), "t.graphql", &err);
        bool ok = rc == c->code && s == NULL && err.code == rc && strncmp(err.message, c->place, strlen(c->place)) == 0 &&
                  strstr(err.message, c->message) != NULL;
        if (!ok) {
            fprintf(stderr, "case '%s': status %s (want %s), schema %p\n  message: %s\n  want: %s ... %s\n", c->name,
                    ds_status_name(rc), ds_status_name(c->code), (void *)s, err.message, c->place, c->message);
            failures++;
            ds_schema_free(rc == DS_OK ? s : NULL);
        }
    }
    assert_int_equal(failures, 0);
}

static void several_errors_are_all_reported_in_file_order(void **state) {
    (void)state;
    const char *text = "type A @model {\n"
                       "  id: ID!\n"
                       "  x: Nope\n"
                       "  y: Int @unique\n"
                       "}\n"
                       "type B @model { code: String @primaryKey }\n";
    ds_schema *s = NULL;
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_schema_parse(&s, text, strlen(text), "m.graphql", &err), DS_ERR_SCHEMA);
    assert_null(s);
    const char *e1 = strstr(err.message, "m.graphql:3:6:");
    const char *e2 = strstr(err.message, "m.graphql:4:10:");
    const char *e3 = strstr(err.message, "m.graphql:6:17:");
    assert_non_null(e1);
    assert_non_null(e2);
    assert_non_null(e3);
    assert_true(e1 < e2 && e2 < e3);
}

typedef struct collected {
    int count;
    uint32_t lines[8];
} collected;

static void collect(const ds_schema_diag *d, void *userdata) {
    collected *c = userdata;
    assert_string_equal(d->file, "c.graphql");
    assert_int_equal(d->code, DS_ERR_SCHEMA);
    assert_non_null(d->message);
    if (c->count < 8)
        c->lines[c->count] = d->line;
    c->count++;
}

static void check_calls_back_once_per_error(void **state) {
    (void)state;
    const char *text = "type A @model { id: ID! a: X }\ntype B @model { id: ID! b: Y }";
    collected c = {0, {0}};
    assert_int_equal(ds_schema_check(text, strlen(text), "c.graphql", collect, &c, NULL), DS_ERR_SCHEMA);
    assert_int_equal(c.count, 2);
    assert_int_equal(c.lines[0], 1);
    assert_int_equal(c.lines[1], 2);
    const char *good = "type A @model { id: ID! }";
    c.count = 0;
    assert_int_equal(ds_schema_check(good, strlen(good), "c.graphql", collect, &c, NULL), DS_OK);
    assert_int_equal(c.count, 0);
}

static void load_reports_missing_file_as_io_error(void **state) {
    (void)state;
    ds_schema *s = (ds_schema *)0x1;
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_schema_load(&s, "/nonexistent/schema.graphql", &err), DS_ERR_IO);
    assert_null(s);
    assert_non_null(strstr(err.message, "/nonexistent/schema.graphql"));
    assert_int_equal(ds_schema_load(NULL, "x", &err), DS_ERR_INVALID);
}

static void text_need_not_be_nul_terminated(void **state) {
    (void)state;
    char buf[64];
    const char *text = "type A @model { id: ID! }";
    size_t n = strlen(text);
    memcpy(buf, text, n);
    memset(buf + n, '}', sizeof buf - n); /* garbage after the given length */
    ds_schema *s = NULL;
    assert_int_equal(ds_schema_parse(&s, buf, n, NULL, NULL), DS_OK);
    assert_non_null(ds_schema_model(s, "A"));
    ds_schema_free(s);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(each_bad_schema_is_refused_with_place_and_reason),
        cmocka_unit_test(several_errors_are_all_reported_in_file_order),
        cmocka_unit_test(check_calls_back_once_per_error),
        cmocka_unit_test(load_reports_missing_file_as_io_error),
        cmocka_unit_test(text_need_not_be_nul_terminated),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
