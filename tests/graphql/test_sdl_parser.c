/*
 * The SDL parser: every definition and extension, descriptions, values,
 * types, the exact place and text of syntax errors, the limits, and that
 * any prefix or corruption of a real schema fails cleanly. Sources are
 * parsed from exact-size heap copies that are freed before the tree is
 * inspected, so the sanitizer build proves the tree holds no pointer into
 * the source and nothing reads past its end.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graphql/ast.h"
#include "graphql/parser.h"
#include "support/testutil.h"

/* Parses len bytes of text from a private copy; the copy is freed before
 * returning. */
static ds_status parse_n(const char *text, size_t len, ds__gql_doc **out, ds__diags *d) {
    char *copy = malloc(len ? len : 1);
    assert_non_null(copy);
    if (len)
        memcpy(copy, text, len);
    ds_status rc = ds__gql_parse_sdl(copy, len, out, d);
    free(copy);
    return rc;
}

static ds__gql_doc *parse_ok(const char *text) {
    ds__diags d;
    ds__diags_init(&d, "test.graphql");
    ds__gql_doc *doc = NULL;
    ds_status rc = parse_n(text, strlen(text), &doc, &d);
    if (rc != DS_OK)
        fail_msg("parse failed: %u:%u: %s", d.count ? (unsigned)d.items[0].line : 0,
                 d.count ? (unsigned)d.items[0].column : 0, d.count ? d.items[0].message : "(no diagnostic)");
    assert_int_equal(d.count, 0);
    assert_non_null(doc);
    ds__diags_free(&d);
    return doc;
}

/* Whether text fails with exactly one diagnostic of this code, place and
 * message; prints the difference when not, so a table of cases reports all
 * its failures in one run. */
static bool error_is(const char *text, size_t len, ds_status code, uint32_t line, uint32_t column,
                     const char *msg) {
    ds__diags d;
    ds__diags_init(&d, "test.graphql");
    ds__gql_doc *doc = (ds__gql_doc *)&d; /* must be reset to NULL */
    ds_status rc = parse_n(text, len, &doc, &d);
    bool ok = rc == code && doc == NULL && d.count == 1 && d.items[0].code == code &&
              strcmp(d.items[0].message, msg) == 0 && d.items[0].line == line && d.items[0].column == column;
    if (!ok && rc == DS_OK)
        print_error("for: %.*s\n got: success\nwant: %u:%u: %s\n", (int)len, text, (unsigned)line,
                    (unsigned)column, msg);
    else if (!ok)
        print_error("for: %.*s\n got: %s %zu diags, %u:%u: %s\nwant: %s %u:%u: %s\n", (int)len, text,
                    ds_status_name(rc), d.count, d.count ? (unsigned)d.items[0].line : 0,
                    d.count ? (unsigned)d.items[0].column : 0, d.count ? d.items[0].message : "",
                    ds_status_name(code), (unsigned)line, (unsigned)column, msg);
    if (rc == DS_OK)
        ds__gql_doc_free(doc);
    ds__diags_free(&d);
    return ok;
}

static void check_error_n(const char *text, size_t len, ds_status code, uint32_t line, uint32_t column,
                          const char *msg) {
    assert_true(error_is(text, len, code, line, column, msg));
}

static void check_error(const char *text, uint32_t line, uint32_t column, const char *msg) {
    check_error_n(text, strlen(text), DS_ERR_SYNTAX, line, column, msg);
}

static size_t count_defs(const ds__gql_doc *doc) {
    size_t n = 0;
    for (const ds__gql_def *d = doc->defs; d; d = d->next)
        n++;
    return n;
}

static const ds__gql_field *nth_field(const ds__gql_def *d, size_t i) {
    const ds__gql_field *f = d->fields;
    while (f && i--)
        f = f->next;
    assert_non_null(f);
    return f;
}

/* ---- definitions ---- */

static void object_types_have_fields_arguments_and_defaults(void **state) {
    (void)state;
    ds__gql_doc *doc = parse_ok("type Post @model @auth(rules: [{allow: public}]) {\n"
                                "  id: ID!\n"
                                "  tags(first: Int = 10, after: String): [String!]!\n"
                                "  type: Int @deprecated(reason: \"no\")\n"
                                "}");
    assert_int_equal(count_defs(doc), 1);
    const ds__gql_def *d = doc->defs;
    assert_int_equal(d->kind, DS__GQL_DEF_OBJECT);
    assert_false(d->extend);
    assert_string_equal(d->name, "Post");
    assert_int_equal(d->loc.line, 1);
    assert_int_equal(d->loc.column, 6);
    assert_null(d->description);
    assert_non_null(ds__gql_find_directive(d->directives, "model"));
    assert_non_null(ds__gql_find_directive(d->directives, "auth"));
    assert_null(ds__gql_find_directive(d->directives, "key"));

    const ds__gql_field *id = nth_field(d, 0);
    assert_string_equal(id->name, "id");
    assert_int_equal(id->type->kind, DS__GQL_TYPE_NON_NULL);
    assert_int_equal(id->type->of->kind, DS__GQL_TYPE_NAMED);
    assert_string_equal(ds__gql_type_base_name(id->type), "ID");
    assert_int_equal(id->loc.line, 2);
    assert_int_equal(id->loc.column, 3);

    const ds__gql_field *tags = nth_field(d, 1);
    assert_string_equal(tags->args->name, "first");
    assert_string_equal(ds__gql_type_base_name(tags->args->type), "Int");
    assert_int_equal(tags->args->default_value->kind, DS__GQL_VAL_INT);
    assert_string_equal(tags->args->default_value->str, "10");
    assert_string_equal(tags->args->next->name, "after");
    assert_null(tags->args->next->default_value);
    assert_null(tags->args->next->next);
    /* [String!]! is NON_NULL(LIST(NON_NULL(NAMED))) */
    const ds__gql_type *t = tags->type;
    assert_int_equal(t->kind, DS__GQL_TYPE_NON_NULL);
    assert_int_equal(t->of->kind, DS__GQL_TYPE_LIST);
    assert_int_equal(t->of->of->kind, DS__GQL_TYPE_NON_NULL);
    assert_int_equal(t->of->of->of->kind, DS__GQL_TYPE_NAMED);
    assert_string_equal(t->of->of->of->name, "String");
    assert_int_equal(t->of->loc.column, 41);

    /* keywords are only names: a field may be called `type` */
    const ds__gql_field *ty = nth_field(d, 2);
    assert_string_equal(ty->name, "type");
    const ds__gql_argument *reason = ds__gql_find_argument(ds__gql_find_directive(ty->directives, "deprecated")->args,
                                                          "reason");
    assert_string_equal(reason->value->str, "no");
    assert_null(ty->next);
    ds__gql_doc_free(doc);
}

static void descriptions_attach_to_every_definition_kind(void **state) {
    (void)state;
    ds__gql_doc *doc = parse_ok("\"the schema\" schema { query: Q }\n"
                                "\"\"\"\n  A scalar.\n    Indented.\n\"\"\" scalar S\n"
                                "\"an object\" type T {\n"
                                "  \"a field\" f(\"an arg\" a: Int, \"\"\"block arg\"\"\" b: Int): Int\n"
                                "}\n"
                                "\"an interface\" interface I { \"i field\" g: Int }\n"
                                "\"a union\" union U = T\n"
                                "\"an enum\" enum E { \"a value\" A \"\"\"b value\"\"\" B C }\n"
                                "\"an input\" input In { \"an input field\" x: Int = 1 }\n"
                                "\"a directive\" directive @d(\"dir arg\" y: Int) on FIELD\n");
    const ds__gql_def *d = doc->defs;
    assert_string_equal(d->description, "the schema");
    assert_int_equal(d->kind, DS__GQL_DEF_SCHEMA);
    d = d->next;
    assert_string_equal(d->description, "A scalar.\n  Indented.");
    d = d->next;
    assert_string_equal(d->description, "an object");
    assert_string_equal(d->fields->description, "a field");
    assert_string_equal(d->fields->args->description, "an arg");
    assert_string_equal(d->fields->args->next->description, "block arg");
    d = d->next;
    assert_string_equal(d->description, "an interface");
    assert_string_equal(d->fields->description, "i field");
    d = d->next;
    assert_string_equal(d->description, "a union");
    d = d->next;
    assert_string_equal(d->description, "an enum");
    assert_string_equal(d->values->description, "a value");
    assert_string_equal(d->values->next->description, "b value");
    assert_null(d->values->next->next->description);
    d = d->next;
    assert_string_equal(d->description, "an input");
    assert_string_equal(d->input_fields->description, "an input field");
    d = d->next;
    assert_string_equal(d->description, "a directive");
    assert_string_equal(d->args->description, "dir arg");
    assert_null(d->next);
    ds__gql_doc_free(doc);
}

static void implements_accepts_a_leading_ampersand(void **state) {
    (void)state;
    ds__gql_doc *doc = parse_ok("type A implements & B & C { f: Int }\n"
                                "type D implements E { f: Int }\n"
                                "interface F implements G & H @x { f: Int }\n"
                                "interface Bare\n"
                                "type Empty\n");
    const ds__gql_def *d = doc->defs;
    assert_string_equal(d->interfaces->value, "B");
    assert_int_equal(d->interfaces->loc.column, 21);
    assert_string_equal(d->interfaces->next->value, "C");
    assert_null(d->interfaces->next->next);
    d = d->next;
    assert_string_equal(d->interfaces->value, "E");
    assert_null(d->interfaces->next);
    d = d->next;
    assert_int_equal(d->kind, DS__GQL_DEF_INTERFACE);
    assert_string_equal(d->interfaces->next->value, "H");
    assert_non_null(ds__gql_find_directive(d->directives, "x"));
    d = d->next;
    assert_int_equal(d->kind, DS__GQL_DEF_INTERFACE);
    assert_null(d->fields);
    d = d->next;
    assert_int_equal(d->kind, DS__GQL_DEF_OBJECT);
    assert_string_equal(d->name, "Empty");
    assert_null(d->fields);
    ds__gql_doc_free(doc);
}

static void unions_accept_a_leading_pipe(void **state) {
    (void)state;
    ds__gql_doc *doc = parse_ok("union A = | B | C\nunion D @x = E\nunion F\n");
    const ds__gql_def *d = doc->defs;
    assert_int_equal(d->kind, DS__GQL_DEF_UNION);
    assert_string_equal(d->members->value, "B");
    assert_string_equal(d->members->next->value, "C");
    assert_int_equal(d->members->next->loc.column, 17);
    assert_null(d->members->next->next);
    d = d->next;
    assert_string_equal(d->members->value, "E");
    assert_non_null(d->directives);
    d = d->next;
    assert_null(d->members);
    ds__gql_doc_free(doc);
}

static void enums_inputs_and_scalars(void **state) {
    (void)state;
    ds__gql_doc *doc = parse_ok("enum Status { DRAFT @deprecated PUBLISHED, trueish nullable }\n"
                                "input PostInput @x { title: String! = \"untitled\" @y, tags: [String] = [] }\n"
                                "scalar AWSDateTime @specifiedBy(url: \"https://example.com\")\n");
    const ds__gql_def *d = doc->defs;
    assert_int_equal(d->kind, DS__GQL_DEF_ENUM);
    const ds__gql_enum_value *v = d->values;
    assert_string_equal(v->name, "DRAFT");
    assert_non_null(ds__gql_find_directive(v->directives, "deprecated"));
    assert_string_equal(v->next->name, "PUBLISHED");
    assert_string_equal(v->next->next->name, "trueish");
    assert_string_equal(v->next->next->next->name, "nullable");
    d = d->next;
    assert_int_equal(d->kind, DS__GQL_DEF_INPUT_OBJECT);
    const ds__gql_input_value *iv = d->input_fields;
    assert_string_equal(iv->name, "title");
    assert_string_equal(iv->default_value->str, "untitled");
    assert_non_null(ds__gql_find_directive(iv->directives, "y"));
    assert_int_equal(iv->next->default_value->kind, DS__GQL_VAL_LIST);
    assert_null(iv->next->default_value->items);
    d = d->next;
    assert_int_equal(d->kind, DS__GQL_DEF_SCALAR);
    assert_string_equal(d->name, "AWSDateTime");
    assert_string_equal(d->directives->args->value->str, "https://example.com");
    ds__gql_doc_free(doc);
}

static void schema_definitions_and_extensions(void **state) {
    (void)state;
    ds__gql_doc *doc = parse_ok("schema @a { query: Q mutation: M subscription: S }\n"
                                "  extend schema @b\n"
                                "extend schema { mutation: M2 }\n");
    const ds__gql_def *d = doc->defs;
    assert_int_equal(d->kind, DS__GQL_DEF_SCHEMA);
    assert_null(d->name);
    assert_int_equal(d->loc.column, 1);
    assert_non_null(ds__gql_find_directive(d->directives, "a"));
    const ds__gql_operation_type *op = d->operation_types;
    assert_string_equal(op->operation, "query");
    assert_string_equal(op->type->value, "Q");
    assert_string_equal(op->next->operation, "mutation");
    assert_string_equal(op->next->next->operation, "subscription");
    assert_string_equal(op->next->next->type->value, "S");
    assert_int_equal(op->next->next->loc.column, 34);
    d = d->next;
    assert_true(d->extend);
    assert_int_equal(d->loc.line, 2);
    assert_int_equal(d->loc.column, 10);
    assert_null(d->operation_types);
    d = d->next;
    assert_true(d->extend);
    assert_string_equal(d->operation_types->type->value, "M2");
    ds__gql_doc_free(doc);
}

static void directive_definitions_with_repeatable_and_every_location(void **state) {
    (void)state;
    static const char *const locs[] = {"QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION",
                                       "FRAGMENT_SPREAD", "INLINE_FRAGMENT", "VARIABLE_DEFINITION", "SCHEMA",
                                       "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
                                       "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION"};
    char text[1024] = "directive @all on | ";
    for (size_t i = 0; i < sizeof locs / sizeof *locs; i++) {
        strncat(text, locs[i], sizeof text - strlen(text) - 1);
        strncat(text, i + 1 < sizeof locs / sizeof *locs ? " | " : "\n", sizeof text - strlen(text) - 1);
    }
    strncat(text, "directive @key(name: String, fields: [String!]! = [\"id\"]) repeatable on OBJECT\n"
                  "directive @plain on FIELD_DEFINITION|OBJECT\n",
            sizeof text - strlen(text) - 1);
    ds__gql_doc *doc = parse_ok(text);
    const ds__gql_def *d = doc->defs;
    assert_int_equal(d->kind, DS__GQL_DEF_DIRECTIVE);
    assert_string_equal(d->name, "all");
    assert_int_equal(d->loc.column, 12);
    assert_false(d->repeatable);
    size_t i = 0;
    for (const ds__gql_name *n = d->locations; n; n = n->next, i++)
        assert_string_equal(n->value, locs[i]);
    assert_int_equal(i, sizeof locs / sizeof *locs);
    d = d->next;
    assert_true(d->repeatable);
    assert_string_equal(d->args->name, "name");
    assert_string_equal(d->args->next->default_value->items->str, "id");
    assert_string_equal(d->locations->value, "OBJECT");
    d = d->next;
    assert_false(d->repeatable);
    assert_null(d->args);
    assert_string_equal(d->locations->next->value, "OBJECT");
    ds__gql_doc_free(doc);
}

static void every_extension_form(void **state) {
    (void)state;
    ds__gql_doc *doc = parse_ok("extend scalar S @a\n"
                                "extend type T implements I\n"
                                "extend type T @b\n"
                                "extend type T { f: Int }\n"
                                "extend interface I implements J @c { g: Int }\n"
                                "extend union U @d\n"
                                "extend union U = V | W\n"
                                "extend enum E @e\n"
                                "extend enum E { X }\n"
                                "extend input In @f\n"
                                "extend input In { y: Int }\n"
                                "extend schema @g { query: Q }\n");
    static const ds__gql_def_kind kinds[] = {
        DS__GQL_DEF_SCALAR, DS__GQL_DEF_OBJECT, DS__GQL_DEF_OBJECT,       DS__GQL_DEF_OBJECT,
        DS__GQL_DEF_INTERFACE, DS__GQL_DEF_UNION, DS__GQL_DEF_UNION,      DS__GQL_DEF_ENUM,
        DS__GQL_DEF_ENUM,   DS__GQL_DEF_INPUT_OBJECT, DS__GQL_DEF_INPUT_OBJECT, DS__GQL_DEF_SCHEMA};
    size_t i = 0;
    for (const ds__gql_def *d = doc->defs; d; d = d->next, i++) {
        assert_int_equal(d->kind, kinds[i]);
        assert_true(d->extend);
        assert_null(d->description);
        assert_int_equal(d->loc.line, i + 1);
    }
    assert_int_equal(i, sizeof kinds / sizeof *kinds);
    const ds__gql_def *iface = doc->defs->next->next->next->next;
    assert_string_equal(iface->interfaces->value, "J");
    assert_string_equal(iface->fields->name, "g");
    assert_string_equal(doc->defs->next->next->next->next->next->next->members->next->value, "W");
    ds__gql_doc_free(doc);
}

/* ---- values and types ---- */

static void directive_arguments_take_every_value_kind(void **state) {
    (void)state;
    ds__gql_doc *doc = parse_ok("scalar S @d(\n"
                                "  i: -12, f: 1.5e3, s: \"a\\u00e9\\u0000z\", bs: \"\"\"\n"
                                "      block\n"
                                "        text\n"
                                "    \"\"\", t: true, fl: false, n: null, e: ENUM_VALUE,\n"
                                "  l: [1, [2, [3]], []], o: {a: 1, b: {c: [null]}, e: {}}\n"
                                ")");
    const ds__gql_argument *args = doc->defs->directives->args;
    const ds__gql_value *v;
    v = ds__gql_find_argument(args, "i")->value;
    assert_int_equal(v->kind, DS__GQL_VAL_INT);
    assert_string_equal(v->str, "-12");
    assert_int_equal(v->loc.line, 2);
    assert_int_equal(v->loc.column, 6);
    v = ds__gql_find_argument(args, "f")->value;
    assert_int_equal(v->kind, DS__GQL_VAL_FLOAT);
    assert_string_equal(v->str, "1.5e3");
    v = ds__gql_find_argument(args, "s")->value;
    assert_int_equal(v->kind, DS__GQL_VAL_STRING);
    assert_false(v->block);
    assert_int_equal(v->len, 5);
    assert_memory_equal(v->str, "a\xC3\xA9\0z", 5);
    v = ds__gql_find_argument(args, "bs")->value;
    assert_int_equal(v->kind, DS__GQL_VAL_STRING);
    assert_true(v->block);
    assert_string_equal(v->str, "block\n  text");
    assert_int_equal(v->len, 12);
    v = ds__gql_find_argument(args, "t")->value;
    assert_int_equal(v->kind, DS__GQL_VAL_BOOLEAN);
    assert_true(v->boolean);
    v = ds__gql_find_argument(args, "fl")->value;
    assert_int_equal(v->kind, DS__GQL_VAL_BOOLEAN);
    assert_false(v->boolean);
    assert_int_equal(ds__gql_find_argument(args, "n")->value->kind, DS__GQL_VAL_NULL);
    v = ds__gql_find_argument(args, "e")->value;
    assert_int_equal(v->kind, DS__GQL_VAL_ENUM);
    assert_string_equal(v->str, "ENUM_VALUE");

    v = ds__gql_find_argument(args, "l")->value;
    assert_int_equal(v->kind, DS__GQL_VAL_LIST);
    assert_string_equal(v->items->str, "1");
    const ds__gql_value *inner = v->items->next;
    assert_int_equal(inner->kind, DS__GQL_VAL_LIST);
    assert_string_equal(inner->items->str, "2");
    assert_int_equal(inner->items->next->kind, DS__GQL_VAL_LIST);
    assert_string_equal(inner->items->next->items->str, "3");
    assert_int_equal(inner->next->kind, DS__GQL_VAL_LIST);
    assert_null(inner->next->items);
    assert_null(inner->next->next);

    v = ds__gql_find_argument(args, "o")->value;
    assert_int_equal(v->kind, DS__GQL_VAL_OBJECT);
    assert_string_equal(ds__gql_find_object_field(v->fields, "a")->value->str, "1");
    const ds__gql_value *b = ds__gql_find_object_field(v->fields, "b")->value;
    assert_int_equal(b->kind, DS__GQL_VAL_OBJECT);
    const ds__gql_value *c = ds__gql_find_object_field(b->fields, "c")->value;
    assert_int_equal(c->items->kind, DS__GQL_VAL_NULL);
    const ds__gql_object_field *e = ds__gql_find_object_field(v->fields, "e");
    assert_int_equal(e->value->kind, DS__GQL_VAL_OBJECT);
    assert_null(e->value->fields);
    assert_int_equal(e->loc.line, 6);
    assert_null(ds__gql_find_object_field(v->fields, "zz"));
    assert_null(ds__gql_find_argument(args, "zz"));
    ds__gql_doc_free(doc);
}

static void nested_list_and_non_null_types(void **state) {
    (void)state;
    ds__gql_doc *doc = parse_ok("type T { a: [[Int!]]! b: [[[X]]] c: Y }");
    const ds__gql_type *a = doc->defs->fields->type;
    assert_int_equal(a->kind, DS__GQL_TYPE_NON_NULL);
    assert_int_equal(a->of->kind, DS__GQL_TYPE_LIST);
    assert_int_equal(a->of->of->kind, DS__GQL_TYPE_LIST);
    assert_int_equal(a->of->of->of->kind, DS__GQL_TYPE_NON_NULL);
    assert_string_equal(ds__gql_type_base_name(a), "Int");
    const ds__gql_type *b = doc->defs->fields->next->type;
    assert_int_equal(b->of->of->of->kind, DS__GQL_TYPE_NAMED);
    assert_string_equal(ds__gql_type_base_name(b), "X");
    assert_string_equal(ds__gql_type_base_name(doc->defs->fields->next->next->type), "Y");
    assert_null(ds__gql_type_base_name(NULL));
    assert_null(ds__gql_find_directive(NULL, "x"));
    ds__gql_doc_free(doc);
    ds__gql_doc_free(NULL);
}

/* ---- errors ---- */

static void syntax_errors_name_the_token_and_its_place(void **state) {
    (void)state;
    static const struct {
        const char *text;
        uint32_t line, column;
        const char *msg;
    } cases[] = {
        {"type Foo {}", 1, 11, "expected Name, found \"}\""},
        {"type {", 1, 6, "expected Name, found \"{\""},
        {"type Foo { a String }", 1, 14, "expected \":\", found Name \"String\""},
        {"type Foo { a: }", 1, 15, "expected Name, found \"}\""},
        {"type Foo { a: [String }", 1, 23, "expected \"]\", found \"}\""},
        {"type Foo { a: String!! }", 1, 22, "unexpected \"!\": a type can be non-null only once"},
        {"type Foo { a: [String!]!! }", 1, 25, "unexpected \"!\": a type can be non-null only once"},
        {"type Foo { a: Int = 1 }", 1, 19, "expected Name, found \"=\""},
        {"type Foo implements { a: Int }", 1, 21, "expected Name, found \"{\""},
        {"type Foo implements A B { a: Int }", 1, 23, "expected a definition, found Name \"B\""},
        {"type Foo implements A & { a: Int }", 1, 25, "expected Name, found \"{\""},
        {"type T {\n  a: Int\n  b: \n}\n", 4, 1, "expected Name, found \"}\""},
        {"type T { f(): Int }", 1, 12, "expected Name, found \")\""},
        {"type T { f(a: Int): Int @d(x: ) }", 1, 31, "unexpected \")\""},
        {"type T @d() { f: Int }", 1, 11, "expected Name, found \")\""},
        {"type T { f: Int @d(x: [1, 2 }", 1, 29, "unexpected \"}\""},
        {"type T { f: Int @d(x: {a 1}) }", 1, 26, "expected \":\", found Int \"1\""},
        {"type T { f: Int @d(x: {1: 1}) }", 1, 24, "expected Name, found Int \"1\""},
        {"type T { f: Int @ }", 1, 19, "expected Name, found \"}\""},
        {"type T { f: Int @d(x: ...) }", 1, 23, "unexpected \"...\""},
        {"union U = | ", 1, 13, "expected Name, found <EOF>"},
        {"union U = A |", 1, 14, "expected Name, found <EOF>"},
        {"union U = A | | B", 1, 15, "expected Name, found \"|\""},
        {"enum E { true }", 1, 10, "name \"true\" is reserved and cannot be used for an enum value"},
        {"enum E { A null }", 1, 12, "name \"null\" is reserved and cannot be used for an enum value"},
        {"enum E { A B C", 1, 15, "expected Name, found <EOF>"},
        {"enum E { A: Int }", 1, 11, "expected Name, found \":\""},
        {"input I { a: Int = $x }", 1, 20, "unexpected variable \"$x\" in constant value"},
        {"type T @dir(a: [$v]) { f: Int }", 1, 17, "unexpected variable \"$v\" in constant value"},
        {"type T @dir(a: $) { f: Int }", 1, 16, "unexpected \"$\" in constant value"},
        {"input I { a(b: Int): Int }", 1, 12, "expected \":\", found \"(\""},
        {"directive @d on FOO", 1, 17, "unknown directive location \"FOO\""},
        {"directive @d on FIELD | field", 1, 25, "unknown directive location \"field\""},
        {"directive @d(a: Int) FIELD", 1, 22, "expected \"on\", found Name \"FIELD\""},
        {"directive @d repeatable", 1, 24, "expected \"on\", found <EOF>"},
        {"directive @d on", 1, 16, "expected Name, found <EOF>"},
        {"directive d on FIELD", 1, 11, "expected \"@\", found Name \"d\""},
        {"directive @d() on FIELD", 1, 14, "expected Name, found \")\""},
        {"extend directive @d on FIELD", 1, 8,
         "expected \"schema\", \"scalar\", \"type\", \"interface\", \"union\", \"enum\" or \"input\", found Name "
         "\"directive\""},
        {"extend", 1, 7,
         "expected \"schema\", \"scalar\", \"type\", \"interface\", \"union\", \"enum\" or \"input\", found <EOF>"},
        {"extend type T", 1, 14, "expected \"implements\", \"@\" or \"{\", found <EOF>"},
        {"extend interface I type", 1, 20, "expected \"implements\", \"@\" or \"{\", found Name \"type\""},
        {"extend scalar S", 1, 16, "expected \"@\", found <EOF>"},
        {"extend schema", 1, 14, "expected \"@\" or \"{\", found <EOF>"},
        {"extend union U", 1, 15, "expected \"@\" or \"=\", found <EOF>"},
        {"extend enum E", 1, 14, "expected \"@\" or \"{\", found <EOF>"},
        {"extend input I scalar X", 1, 16, "expected \"@\" or \"{\", found Name \"scalar\""},
        {"schema { query Q }", 1, 16, "expected \":\", found Name \"Q\""},
        {"schema { foo: Q }", 1, 10, "expected \"query\", \"mutation\" or \"subscription\", found Name \"foo\""},
        {"schema {}", 1, 9, "expected Name, found \"}\""},
        {"schema @d", 1, 10, "expected \"{\", found <EOF>"},
        {"schema { query: [Q] }", 1, 17, "expected Name, found \"[\""},
        {"\"desc\" extend type T @d", 1, 1,
         "unexpected description, descriptions are supported only on type definitions"},
        {"\"desc\"", 1, 7, "expected a definition, found <EOF>"},
        {"\"desc\" \"again\" type T", 1, 8, "expected a definition, found String \"again\""},
        {"foo", 1, 1, "expected a definition, found Name \"foo\""},
        {"type T { f: Int } 123", 1, 19, "expected a definition, found Int \"123\""},
        {"type T { f: Int }\n  1.5", 2, 3, "expected a definition, found Float \"1.5\""},
        {"\"\"\"x\"\"\" )", 1, 9, "expected a definition, found \")\""},
        {"type T { f: \"0123456789012345678901234567890123456789tail\" }", 1, 13,
         "expected Name, found String \"0123456789012345678901234567890123456789...\""},
        {"type T { f: \"\"\"ab\x01\"\"\" }", 1, 13, "expected Name, found BlockString \"ab?\""},
        {"type T { f: \"\xC3\xA9t\xC3\xA9\" }", 1, 13, "expected Name, found String \"\xC3\xA9t\xC3\xA9\""},
        {"type \xC3\xA9 {}", 1, 6, "unexpected character U+00E9"},
        {"type T { f: Int @d(x: \"abc) }", 1, 30, "unterminated string"},
        {"type T { f: Int @d(x: 1.) }", 1, 25, "invalid number, expected digit after '.' but got ')'"},
        {"type T {\r\n  f: Int @d(x: \"\\q\")\r\n}", 2, 17, "invalid escape sequence \\q"},
        {"scalar S @", 1, 11, "expected Name, found <EOF>"},
        {"scalar S @d(a: 1", 1, 17, "expected Name, found <EOF>"},
        {"scalar S @d(a: [1", 1, 18, "unexpected <EOF>"},
        {"scalar S @d(a 1)", 1, 15, "expected \":\", found Int \"1\""},
    };
    size_t failed = 0;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        failed += !error_is(cases[i].text, strlen(cases[i].text), DS_ERR_SYNTAX, cases[i].line, cases[i].column,
                            cases[i].msg);
    assert_int_equal(failed, 0);
}

static void executable_definitions_are_rejected(void **state) {
    (void)state;
    static const char *const msg_tail = ": executable definitions are not allowed in a schema document";
    char msg[256];
    static const struct {
        const char *text, *found;
        uint32_t line, column;
    } cases[] = {
        {"query { a }", "Name \"query\"", 1, 1},
        {"query Q($x: Int) { a }", "Name \"query\"", 1, 1},
        {"mutation M { a }", "Name \"mutation\"", 1, 1},
        {"subscription S { a }", "Name \"subscription\"", 1, 1},
        {"{ a }", "\"{\"", 1, 1},
        {"type T { a: Int }\n\n  fragment F on T { a }", "Name \"fragment\"", 3, 3},
        {"\"described\" query { a }", "Name \"query\"", 1, 13},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        snprintf(msg, sizeof msg, "unexpected %s%s", cases[i].found, msg_tail);
        check_error(cases[i].text, cases[i].line, cases[i].column, msg);
    }
    /* as names inside type-system definitions they are fine */
    ds__gql_doc *doc = parse_ok("type query { fragment: mutation subscription(query: Int): Int }");
    assert_string_equal(doc->defs->name, "query");
    ds__gql_doc_free(doc);
}

static void empty_documents_are_errors(void **state) {
    (void)state;
    check_error("", 1, 1, "expected a definition, found <EOF>");
    check_error("   \n\t, ,", 2, 5, "expected a definition, found <EOF>");
    check_error("# only a comment\n", 2, 1, "expected a definition, found <EOF>");
    check_error("\xEF\xBB\xBF", 1, 2, "expected a definition, found <EOF>");
    ds__diags d;
    ds__diags_init(&d, NULL);
    ds__gql_doc *doc = NULL;
    assert_int_equal(ds__gql_parse_sdl(NULL, 0, &doc, &d), DS_ERR_SYNTAX);
    assert_null(doc);
    assert_int_equal(d.count, 1);
    ds__diags_free(&d);
}

static void bad_arguments_are_refused(void **state) {
    (void)state;
    ds__gql_doc *doc = NULL;
    assert_int_equal(ds__gql_parse_sdl("scalar S", 8, NULL, NULL), DS_ERR_INVALID);
    assert_int_equal(ds__gql_parse_sdl(NULL, 3, &doc, NULL), DS_ERR_INVALID);
    assert_null(doc);
    /* diags are optional */
    assert_int_equal(ds__gql_parse_sdl("scalar S", 8, &doc, NULL), DS_OK);
    ds__gql_doc_free(doc);
    assert_int_equal(ds__gql_parse_sdl("scalar", 6, &doc, NULL), DS_ERR_SYNTAX);
    assert_null(doc);
    /* the length is honoured: what follows it is not read */
    assert_int_equal(ds__gql_parse_sdl("scalar S }}}", 8, &doc, NULL), DS_OK);
    ds__gql_doc_free(doc);
}

/* "[" * n + "]" * n, wrapped in prefix and suffix. */
static char *nested(const char *prefix, const char *open, const char *inner, const char *close, size_t n,
                    const char *suffix) {
    size_t cap = strlen(prefix) + n * (strlen(open) + strlen(close)) + strlen(inner) + strlen(suffix) + 1;
    char *s = malloc(cap), *p = s;
    assert_non_null(s);
    p += snprintf(p, cap, "%s", prefix);
    for (size_t i = 0; i < n; i++)
        p += snprintf(p, cap - (size_t)(p - s), "%s", open);
    p += snprintf(p, cap - (size_t)(p - s), "%s", inner);
    for (size_t i = 0; i < n; i++)
        p += snprintf(p, cap - (size_t)(p - s), "%s", close);
    snprintf(p, cap - (size_t)(p - s), "%s", suffix);
    return s;
}

static void nesting_is_limited_to_64_levels(void **state) {
    (void)state;
    static const char *const msg = "nesting deeper than 64 levels";
    const size_t max = DS__GQL_MAX_DEPTH;
    /* list values: "scalar S @d(a: " is 15 columns, so the 65th '[' is at 80 */
    char *s = nested("scalar S @d(a: ", "[", "1", "]", max, ")");
    ds__gql_doc_free(parse_ok(s));
    free(s);
    s = nested("scalar S @d(a: ", "[", "1", "]", max + 1, ")");
    check_error_n(s, strlen(s), DS_ERR_LIMIT, 1, 16 + (uint32_t)max, msg);
    free(s);
    /* object values, and objects and lists together */
    s = nested("scalar S @d(a: ", "{a: ", "1", "}", max, ")");
    ds__gql_doc_free(parse_ok(s));
    free(s);
    s = nested("scalar S @d(a: ", "{a: ", "1", "}", max + 1, ")");
    check_error_n(s, strlen(s), DS_ERR_LIMIT, 1, 16 + 4 * (uint32_t)max, msg);
    free(s);
    s = nested("scalar S @d(a: ", "[{a: ", "1", "}]", max / 2, ")");
    ds__gql_doc_free(parse_ok(s));
    free(s);
    s = nested("scalar S @d(a: ", "[{a: ", "1", "}]", max / 2 + 1, ")");
    check_error_n(s, strlen(s), DS_ERR_LIMIT, 1, 16 + 5 * (uint32_t)max / 2, msg);
    free(s);
    /* list types */
    s = nested("type T { f: ", "[", "Int!", "]!", max, " }");
    ds__gql_doc *doc = parse_ok(s);
    assert_string_equal(ds__gql_type_base_name(doc->defs->fields->type), "Int");
    ds__gql_doc_free(doc);
    free(s);
    s = nested("type T { f: ", "[", "Int", "]", max + 1, " }");
    check_error_n(s, strlen(s), DS_ERR_LIMIT, 1, 13 + (uint32_t)max, msg);
    free(s);
    /* default values count on their own */
    s = nested("input I { f: [[Int]] = ", "[", "", "]", max, " }");
    ds__gql_doc_free(parse_ok(s));
    free(s);
    /* hostile depth fails fast instead of exhausting the stack */
    s = nested("scalar S @d(a: ", "[", "", "", 1000000, "");
    check_error_n(s, strlen(s), DS_ERR_LIMIT, 1, 16 + (uint32_t)max, msg);
    free(s);
}

static void oversized_sources_are_refused_unread(void **state) {
    (void)state;
    ds__diags d;
    ds__diags_init(&d, NULL);
    ds__gql_doc *doc = NULL;
    static const char one = 'x';
    /* the length is checked before any byte is read */
    assert_int_equal(ds__gql_parse_sdl(&one, DS__GQL_MAX_SOURCE + 1, &doc, &d), DS_ERR_LIMIT);
    assert_null(doc);
    assert_int_equal(d.count, 1);
    assert_int_equal(d.items[0].code, DS_ERR_LIMIT);
    assert_string_equal(d.items[0].message, "document is larger than 16777216 bytes");
    ds__diags_free(&d);
}

static void trees_too_big_for_the_memory_cap_are_refused(void **state) {
    (void)state;
    /* 16 MiB of "1," is 8 million values: far more tree than the cap allows */
    const size_t len = DS__GQL_MAX_SOURCE;
    char *s = malloc(len);
    assert_non_null(s);
    static const char head[] = "scalar S @d(a: [";
    memcpy(s, head, sizeof head - 1);
    for (size_t i = sizeof head - 1; i + 2 <= len - 2; i += 2)
        memcpy(s + i, "1,", 2);
    memcpy(s + len - 2, "])", 2);
    ds__diags d;
    ds__diags_init(&d, NULL);
    ds__gql_doc *doc = NULL;
    assert_int_equal(ds__gql_parse_sdl(s, len, &doc, &d), DS_ERR_LIMIT);
    assert_null(doc);
    assert_int_equal(d.count, 1);
    assert_int_equal(d.items[0].line, 1);
    assert_true(d.items[0].column > 1000000);
    assert_string_equal(d.items[0].message, "document needs more than 256 MiB of memory");
    ds__diags_free(&d);
    free(s);
}

/* ---- robustness ---- */

/* A schema using every production; its prefixes and corruptions must fail
 * cleanly with one diagnostic or parse. */
static const char representative[] =
    "\xEF\xBB\xBF# A schema touching every production.\r\n"
    "\"\"\"\n  The schema.\n\"\"\"\n"
    "schema @s(a: 1) { query: Query, mutation: Mutation }\n"
    "extend schema @t { subscription: Sub }\n"
    "\"Date and time\" scalar DateTime @specifiedBy(url: \"https://x.y/\\u{1F600}\\uD83D\\uDE00\")\n"
    "interface Node implements & Base { id: ID! }\n"
    "type Post implements Node & Base @model @auth(rules: [{allow: owner, ops: [create, read]}, {allow: public}])"
    " {\n"
    "  \"the id\" id: ID!\n"
    "  tags(first: Int = 10, filter: F = {a: [1, 2.5e-3, \"s\", \"\"\"b\"\"\", true, false, null, E]}): [[String!]]!\n"
    "  title: String @deprecated(reason: \"\"\"\n      old\n    \"\"\")\n"
    "}\n"
    "union Item = | Post | Comment\n"
    "enum Status { \"drafts\" DRAFT @x PUBLISHED }\n"
    "input PostInput { title: String! = \"t\" @y, n: [Int] = [] }\n"
    "directive @key(name: String, fields: [String!]!) repeatable on | OBJECT | FIELD_DEFINITION\n"
    "extend scalar DateTime @z\n"
    "extend type Post implements Other @w { extra: Int }\n"
    "extend interface Node { more: Int }\n"
    "extend union Item = Extra\n"
    "extend enum Status { ARCHIVED }\n"
    "extend input PostInput { more: Int }\n";

static void check_clean(const char *text, size_t len) {
    ds__diags d;
    ds__diags_init(&d, NULL);
    ds__gql_doc *doc = (ds__gql_doc *)&d;
    ds_status rc = parse_n(text, len, &doc, &d);
    if (rc == DS_OK) {
        assert_non_null(doc);
        assert_non_null(doc->defs);
        assert_int_equal(d.count, 0);
        ds__gql_doc_free(doc);
    } else {
        assert_int_equal(rc, DS_ERR_SYNTAX);
        assert_null(doc);
        assert_int_equal(d.count, 1);
        assert_int_equal(d.items[0].code, DS_ERR_SYNTAX);
        assert_true(d.items[0].line >= 1 && d.items[0].column >= 1);
        assert_true(strlen(d.items[0].message) > 0);
    }
    ds__diags_free(&d);
}

static void every_prefix_of_a_schema_parses_or_fails_cleanly(void **state) {
    (void)state;
    const size_t n = sizeof representative - 1;
    ds__gql_doc_free(parse_ok(representative));
    size_t ok = 0;
    for (size_t len = 0; len <= n; len++) {
        ds__gql_doc *doc = NULL;
        if (parse_n(representative, len, &doc, NULL) == DS_OK)
            ok++;
        ds__gql_doc_free(doc);
        check_clean(representative, len);
    }
    /* prefixes ending after a complete definition parse: at least one per
     * definition line, and the empty prefix does not */
    assert_true(ok >= 16);
    assert_true(ok < n / 4);
}

static void corrupted_schemas_fail_cleanly(void **state) {
    (void)state;
    static const char subst[] = {'}', '{', '"', '\\', '[', '!', '@', '$', '.', '\0', '\r', (char)0xFF, (char)0xC3};
    const size_t n = sizeof representative - 1;
    char *buf = malloc(n);
    assert_non_null(buf);
    for (size_t i = 0; i < n; i++) {
        for (size_t k = 0; k < sizeof subst; k++) {
            memcpy(buf, representative, n);
            buf[i] = subst[k];
            check_clean(buf, n);
        }
        /* and with the byte removed */
        memcpy(buf, representative, i);
        memcpy(buf + i, representative + i + 1, n - i - 1);
        check_clean(buf, n - 1);
    }
    free(buf);
}

static void the_tree_does_not_point_into_the_source(void **state) {
    (void)state;
    /* parse_n frees its copy first; ASan would flag any read of it here */
    ds__gql_doc *doc = parse_ok("\"d\" type T @a(b: [\"c\", D, 1, 2.0]) { e(f: G = {h: I}): J }");
    const ds__gql_def *d = doc->defs;
    assert_string_equal(d->description, "d");
    assert_string_equal(d->name, "T");
    assert_string_equal(d->directives->name, "a");
    const ds__gql_value *b = d->directives->args->value;
    assert_string_equal(b->items->str, "c");
    assert_string_equal(b->items->next->str, "D");
    assert_string_equal(b->items->next->next->next->str, "2.0");
    assert_string_equal(d->fields->args->default_value->fields->value->str, "I");
    assert_string_equal(d->fields->args->default_value->fields->name, "h");
    assert_string_equal(ds__gql_type_base_name(d->fields->type), "J");
    ds__gql_doc_free(doc);
}

static void the_fixture_schemas_parse(void **state) {
    (void)state;
    static const char *const files[] = {"schema.graphql", "appsync.graphql", "appsync.no-datastore.graphql"};
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/fixtures/schemas", DS_SHARED_DIR);
    DIR *dh = opendir(dir);
    if (!dh)
        skip();
    size_t parsed = 0;
    struct dirent *e;
    while ((e = readdir(dh)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
            char path[2048];
            snprintf(path, sizeof path, "%s/%s/%s", dir, e->d_name, files[i]);
            size_t len;
            char *text = tu_read_file(path, &len);
            if (!text)
                continue;
            ds__diags d;
            ds__diags_init(&d, path);
            ds__gql_doc *doc = NULL;
            ds_status rc = parse_n(text, len, &doc, &d);
            if (rc != DS_OK)
                fail_msg("%s:%u:%u: %s", path, (unsigned)d.items[0].line, (unsigned)d.items[0].column,
                         d.items[0].message);
            assert_true(count_defs(doc) > 0);
            ds__gql_doc_free(doc);
            ds__diags_free(&d);
            free(text);
            parsed++;
        }
    }
    closedir(dh);
    assert_true(parsed >= 7);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(object_types_have_fields_arguments_and_defaults),
        cmocka_unit_test(descriptions_attach_to_every_definition_kind),
        cmocka_unit_test(implements_accepts_a_leading_ampersand),
        cmocka_unit_test(unions_accept_a_leading_pipe),
        cmocka_unit_test(enums_inputs_and_scalars),
        cmocka_unit_test(schema_definitions_and_extensions),
        cmocka_unit_test(directive_definitions_with_repeatable_and_every_location),
        cmocka_unit_test(every_extension_form),
        cmocka_unit_test(directive_arguments_take_every_value_kind),
        cmocka_unit_test(nested_list_and_non_null_types),
        cmocka_unit_test(syntax_errors_name_the_token_and_its_place),
        cmocka_unit_test(executable_definitions_are_rejected),
        cmocka_unit_test(empty_documents_are_errors),
        cmocka_unit_test(bad_arguments_are_refused),
        cmocka_unit_test(nesting_is_limited_to_64_levels),
        cmocka_unit_test(oversized_sources_are_refused_unread),
        cmocka_unit_test(trees_too_big_for_the_memory_cap_are_refused),
        cmocka_unit_test(every_prefix_of_a_schema_parses_or_fails_cleanly),
        cmocka_unit_test(corrupted_schemas_fail_cleanly),
        cmocka_unit_test(the_tree_does_not_point_into_the_source),
        cmocka_unit_test(the_fixture_schemas_parse),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
