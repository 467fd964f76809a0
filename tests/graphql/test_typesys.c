/*
 * The type system: what an AppSync-style SDL becomes (types, fields,
 * arguments, directives kept as written, descriptions, predeclared scalars,
 * roots, extensions merged, stable order), the general GraphQL parts
 * (interfaces, unions, custom scalars, @deprecated, @specifiedBy), every
 * error an inconsistent SDL gets, and lookups on a schema with thousands of
 * types.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graphql/parser.h"
#include "graphql/printer.h"
#include "graphql/typesys.h"
#include "support/testutil.h"
#include "util/buf.h"

static const char APPSYNC_SDL[] =
    "schema { query: Query mutation: Mutation subscription: Subscription }\n"
    "\"A blog post.\"\n"
    "type Post @aws_api_key @aws_cognito_user_pools {\n"
    "  id: ID!\n"
    "  title: String!\n"
    "  \"\"\"The body, in Markdown.\"\"\"\n"
    "  content: String\n"
    "  rating: Float @deprecated(reason: \"use stars\")\n"
    "  stars: Int @deprecated\n"
    "  status: PostStatus\n"
    "  tags: [String!]\n"
    "  meta: AWSJSON\n"
    "  comments(limit: Int = 10, nextToken: String): ModelCommentConnection\n"
    "  createdAt: AWSDateTime!\n"
    "  _version: Int!\n"
    "}\n"
    "type Comment { id: ID! postID: ID! body: String! }\n"
    "type ModelCommentConnection { items: [Comment]! nextToken: String }\n"
    "enum PostStatus { DRAFT PUBLISHED @deprecated(reason: \"gone\") }\n"
    "input CreatePostInput { id: ID title: String! status: PostStatus = DRAFT tags: [String!] _version: Int }\n"
    "input ModelStringInput { eq: String ne: String }\n"
    "type Query { getPost(id: ID!): Post @aws_api_key listPosts(filter: ModelStringInput, limit: Int): [Post] }\n"
    "type Mutation { createPost(input: CreatePostInput!, condition: ModelStringInput): Post }\n"
    "type Subscription {\n"
    "  onCreatePost(owner: String): Post @aws_subscribe(mutations: [\"createPost\"]) @aws_api_key\n"
    "}\n"
    "extend type Post { owner: String }\n"
    "extend enum PostStatus { ARCHIVED }\n"
    "extend input CreatePostInput { owner: String }\n";

static ds__gql_typesys *build_ok(const char *sdl) {
    ds__diags d;
    ds__diags_init(&d, "schema.graphql");
    ds__gql_typesys *ts = NULL;
    ds_status rc = ds__gql_typesys_parse(sdl, strlen(sdl), &ts, &d);
    if (rc != DS_OK)
        fail_msg("build failed: %u:%u: %s", d.count ? (unsigned)d.items[0].line : 0,
                 d.count ? (unsigned)d.items[0].column : 0, d.count ? d.items[0].message : "(none)");
    assert_non_null(ts);
    ds__diags_free(&d);
    return ts;
}

/* Whether building fails with a diagnostic of this text at this place
 * (among possibly others). */
static bool build_error(const char *sdl, uint32_t line, uint32_t column, const char *msg) {
    ds__diags d;
    ds__diags_init(&d, "schema.graphql");
    ds__gql_typesys *ts = (ds__gql_typesys *)&d;
    ds_status rc = ds__gql_typesys_parse(sdl, strlen(sdl), &ts, &d);
    bool found = false;
    for (size_t i = 0; i < d.count; i++)
        found = found || (d.items[i].line == line && d.items[i].column == column && !strcmp(d.items[i].message, msg));
    bool ok = rc == DS_ERR_SCHEMA && ts == NULL && found;
    if (!ok) {
        print_error("for: %s\nwant: %u:%u: %s\n got: %s\n", sdl, (unsigned)line, (unsigned)column, msg,
                    ds_status_name(rc));
        for (size_t i = 0; i < d.count; i++)
            print_error("      %u:%u: %s\n", (unsigned)d.items[i].line, (unsigned)d.items[i].column,
                        d.items[i].message);
    }
    if (rc == DS_OK)
        ds__gql_typesys_free(ts);
    ds__diags_free(&d);
    return ok;
}

static const char *type_text(const ds__gql_type *t, char *buf, size_t cap) {
    ds__buf b;
    ds__buf_init(&b, cap - 1);
    ds__gql_print_type(&b, t);
    snprintf(buf, cap, "%s", b.data ? b.data : "");
    ds__buf_free(&b);
    return buf;
}

static void appsync_schema_types_and_fields(void **state) {
    (void)state;
    ds__gql_typesys *ts = build_ok(APPSYNC_SDL);
    char buf[128];
    const ds__gql_typesys_type *post = ds__gql_ts_type(ts, "Post");
    assert_non_null(post);
    assert_int_equal(post->kind, DS__GQL_OBJECT);
    assert_string_equal(post->description, "A blog post.");
    assert_true(post->declared);
    assert_false(post->predeclared);
    assert_int_equal(post->nfields, 12); /* 11 and one from the extension, last */
    assert_string_equal(post->fields[0].name, "id");
    assert_string_equal(post->fields[11].name, "owner");
    const ds__gql_typesys_field *content = ds__gql_ts_field(post, "content");
    assert_string_equal(content->description, "The body, in Markdown.");
    assert_ptr_equal(content->owner, post);
    assert_ptr_equal(content->base, ds__gql_ts_type(ts, "String"));
    const ds__gql_typesys_field *tags = ds__gql_ts_field(post, "tags");
    assert_string_equal(type_text(tags->type, buf, sizeof buf), "[String!]");
    const ds__gql_typesys_field *comments = ds__gql_ts_field(post, "comments");
    assert_int_equal(comments->nargs, 2);
    assert_string_equal(comments->args[0].name, "limit");
    assert_string_equal(comments->args[0].default_value->str, "10");
    assert_ptr_equal(ds__gql_ts_arg(comments->args, comments->nargs, "nextToken"), &comments->args[1]);
    assert_null(ds__gql_ts_arg(comments->args, comments->nargs, "nope"));
    assert_null(ds__gql_ts_field(post, "nope"));
    /* Directives are kept as written, definition's first, then extensions'. */
    assert_string_equal(post->directives->name, "aws_api_key");
    assert_string_equal(post->directives->next->name, "aws_cognito_user_pools");
    const ds__gql_typesys_type *sub = ds__gql_ts_root(ts, DS__GQL_OP_SUBSCRIPTION);
    const ds__gql_typesys_field *on = ds__gql_ts_field(sub, "onCreatePost");
    const ds__gql_directive *aws = ds__gql_find_directive(on->directives, "aws_subscribe");
    assert_non_null(aws);
    const ds__gql_argument *muts = ds__gql_find_argument(aws->args, "mutations");
    assert_int_equal(muts->value->kind, DS__GQL_VAL_LIST);
    assert_string_equal(muts->value->items->str, "createPost");
    /* Deprecation. */
    assert_string_equal(ds__gql_ts_field(post, "rating")->deprecation_reason, "use stars");
    assert_string_equal(ds__gql_ts_field(post, "stars")->deprecation_reason, "No longer supported");
    assert_null(content->deprecation_reason);
    /* Enums and inputs, extensions appended. */
    const ds__gql_typesys_type *status = ds__gql_ts_type(ts, "PostStatus");
    assert_int_equal(status->nvalues, 3);
    assert_string_equal(status->values[2].name, "ARCHIVED");
    assert_string_equal(ds__gql_ts_enum_value(status, "PUBLISHED")->deprecation_reason, "gone");
    assert_null(ds__gql_ts_enum_value(status, "Nope"));
    const ds__gql_typesys_type *input = ds__gql_ts_type(ts, "CreatePostInput");
    assert_int_equal(input->kind, DS__GQL_INPUT_OBJECT);
    assert_int_equal(input->ninput_fields, 6);
    assert_string_equal(ds__gql_ts_input_field(input, "status")->default_value->str, "DRAFT");
    assert_ptr_equal(ds__gql_ts_input_field(input, "owner"), &input->input_fields[5]);
    assert_null(ds__gql_ts_field(input, "title")); /* inputs have input fields, not fields */
    ds__gql_typesys_free(ts);
}

static void roots_by_schema_definition_or_by_name(void **state) {
    (void)state;
    ds__gql_typesys *ts = build_ok(APPSYNC_SDL);
    assert_string_equal(ds__gql_ts_root(ts, DS__GQL_OP_QUERY)->name, "Query");
    assert_string_equal(ds__gql_ts_root(ts, DS__GQL_OP_MUTATION)->name, "Mutation");
    assert_string_equal(ds__gql_ts_root(ts, DS__GQL_OP_SUBSCRIPTION)->name, "Subscription");
    ds__gql_typesys_free(ts);

    ts = build_ok("type Query { a: Int } type Mutation { b: Int }");
    assert_string_equal(ds__gql_ts_root(ts, DS__GQL_OP_QUERY)->name, "Query");
    assert_string_equal(ds__gql_ts_root(ts, DS__GQL_OP_MUTATION)->name, "Mutation");
    assert_null(ds__gql_ts_root(ts, DS__GQL_OP_SUBSCRIPTION));
    ds__gql_typesys_free(ts);

    ts = build_ok("\"The API\" schema { query: Q } type Q { a: Int } type Mutation { b: Int } type M { c: Int }\n"
                  "extend schema @x { mutation: M }");
    assert_string_equal(ds__gql_ts_root(ts, DS__GQL_OP_QUERY)->name, "Q");
    assert_string_equal(ds__gql_ts_root(ts, DS__GQL_OP_MUTATION)->name, "M");
    assert_string_equal(ds__gql_ts_description(ts), "The API");
    assert_string_equal(ds__gql_ts_schema_directives(ts)->name, "x");
    ds__gql_typesys_free(ts);
}

static void predeclared_scalars_and_custom_ones(void **state) {
    (void)state;
    ds__gql_typesys *ts = build_ok("scalar Money @specifiedBy(url: \"https://example.com/money\")\n"
                                   "\"restated\" scalar AWSDateTime\n"
                                   "type Query { price: Money when: AWSDateTime }");
    static const struct {
        const char *name;
        ds__gql_scalar_id id;
    } scalars[] = {
        {"ID", DS__GQL_SCALAR_ID},
        {"String", DS__GQL_SCALAR_STRING},
        {"Int", DS__GQL_SCALAR_INT},
        {"Float", DS__GQL_SCALAR_FLOAT},
        {"Boolean", DS__GQL_SCALAR_BOOLEAN},
        {"AWSDate", DS__GQL_SCALAR_AWS_DATE},
        {"AWSTime", DS__GQL_SCALAR_AWS_TIME},
        {"AWSDateTime", DS__GQL_SCALAR_AWS_DATETIME},
        {"AWSTimestamp", DS__GQL_SCALAR_AWS_TIMESTAMP},
        {"AWSEmail", DS__GQL_SCALAR_AWS_EMAIL},
        {"AWSJSON", DS__GQL_SCALAR_AWS_JSON},
        {"AWSURL", DS__GQL_SCALAR_AWS_URL},
        {"AWSPhone", DS__GQL_SCALAR_AWS_PHONE},
        {"AWSIPAddress", DS__GQL_SCALAR_AWS_IPADDRESS},
        {"Money", DS__GQL_SCALAR_CUSTOM},
    };
    for (size_t i = 0; i < sizeof scalars / sizeof *scalars; i++) {
        const ds__gql_typesys_type *t = ds__gql_ts_type(ts, scalars[i].name);
        assert_non_null(t);
        assert_int_equal(t->kind, DS__GQL_SCALAR);
        assert_int_equal(t->scalar, scalars[i].id);
        assert_true(ds__gql_ts_is_input(t) && ds__gql_ts_is_output(t) && ds__gql_ts_is_leaf(t));
        assert_false(ds__gql_ts_is_composite(t));
    }
    const ds__gql_typesys_type *money = ds__gql_ts_type(ts, "Money");
    assert_string_equal(money->specified_by_url, "https://example.com/money");
    assert_false(money->predeclared);
    const ds__gql_typesys_type *dt = ds__gql_ts_type(ts, "AWSDateTime");
    assert_true(dt->predeclared && dt->declared);
    assert_string_equal(dt->description, "restated");
    assert_true(ds__gql_ts_type(ts, "String")->description != NULL);
    ds__gql_typesys_free(ts);
}

static void interfaces_unions_and_possible_types(void **state) {
    (void)state;
    ds__gql_typesys *ts = build_ok("interface Node { id: ID! }\n"
                                   "interface Named implements Node { id: ID! name(upper: Boolean): String }\n"
                                   "type User implements Node & Named { id: ID! name(upper: Boolean, x: Int): String "
                                   "friends: [User!]! }\n"
                                   "type Group implements Node { id: ID! members: [User] }\n"
                                   "type Other { x: Int }\n"
                                   "union Entity = | User | Group\n"
                                   "extend union Entity @tag = Other\n"
                                   "type Query { node(id: ID!): Node entity: Entity }");
    const ds__gql_typesys_type *node = ds__gql_ts_type(ts, "Node"), *named = ds__gql_ts_type(ts, "Named");
    const ds__gql_typesys_type *user = ds__gql_ts_type(ts, "User"), *group = ds__gql_ts_type(ts, "Group");
    const ds__gql_typesys_type *other = ds__gql_ts_type(ts, "Other"), *entity = ds__gql_ts_type(ts, "Entity");
    assert_int_equal(node->kind, DS__GQL_INTERFACE);
    assert_int_equal(node->npossible, 2);
    assert_ptr_equal(node->possible[0], user);
    assert_ptr_equal(node->possible[1], group);
    assert_int_equal(named->ninterfaces, 1);
    assert_int_equal(named->npossible, 1);
    assert_int_equal(user->ninterfaces, 2);
    assert_int_equal(entity->kind, DS__GQL_UNION);
    assert_int_equal(entity->npossible, 3);
    assert_ptr_equal(entity->possible[2], other);
    assert_true(ds__gql_ts_is_possible(node, user));
    assert_true(ds__gql_ts_is_possible(user, user));
    assert_false(ds__gql_ts_is_possible(node, other));
    assert_true(ds__gql_ts_is_possible(entity, other));
    assert_false(ds__gql_ts_is_possible(user, group));
    assert_true(ds__gql_ts_overlap(node, entity));
    assert_true(ds__gql_ts_overlap(named, user));
    assert_false(ds__gql_ts_overlap(named, group));
    assert_false(ds__gql_ts_overlap(user, group));
    assert_true(ds__gql_ts_is_abstract(node) && ds__gql_ts_is_abstract(entity));
    assert_false(ds__gql_ts_is_input(node));
    /* Meta-fields. */
    const ds__gql_typesys_type *q = ds__gql_ts_root(ts, DS__GQL_OP_QUERY);
    assert_non_null(ds__gql_ts_field_meta(ts, entity, "__typename"));
    assert_null(ds__gql_ts_field_meta(ts, entity, "id"));
    assert_non_null(ds__gql_ts_field_meta(ts, q, "__schema"));
    assert_non_null(ds__gql_ts_field_meta(ts, q, "__type"));
    assert_null(ds__gql_ts_field_meta(ts, user, "__schema"));
    assert_null(ds__gql_ts_field(q, "__typename"));
    assert_null(ds__gql_ts_field_meta(ts, ds__gql_ts_type(ts, "Int"), "__typename"));
    ds__gql_typesys_free(ts);
}

static void order_is_stable_and_introspection_is_built_in(void **state) {
    (void)state;
    ds__gql_typesys *ts = build_ok("type Zed { a: Int } type Query { z: Zed } enum Alpha { A }");
    size_t n;
    const ds__gql_typesys_type *const *types = ds__gql_ts_types(ts, &n);
    assert_true(n > 20);
    assert_string_equal(types[0]->name, "Zed");
    assert_string_equal(types[1]->name, "Query");
    assert_string_equal(types[2]->name, "Alpha");
    assert_string_equal(types[3]->name, "ID");
    assert_string_equal(types[n - 1]->name, "__DirectiveLocation");
    for (size_t i = 0; i < n; i++)
        assert_ptr_equal(ds__gql_ts_type(ts, types[i]->name), types[i]);
    assert_int_equal(ds__gql_ts_type(ts, "__Type")->kind, DS__GQL_OBJECT);
    assert_int_equal(ds__gql_ts_type(ts, "__TypeKind")->kind, DS__GQL_ENUM);
    size_t nd;
    const ds__gql_typesys_directive *const *dirs = ds__gql_ts_directives(ts, &nd);
    assert_int_equal(nd, 4);
    assert_string_equal(dirs[0]->name, "include");
    const ds__gql_typesys_directive *skip = ds__gql_ts_directive(ts, "skip");
    assert_true(skip->predeclared);
    assert_int_equal(skip->nargs, 1);
    assert_string_equal(skip->args[0].name, "if");
    assert_true(skip->locations & DS__GQL_DLOC(FIELD));
    assert_true(skip->locations & DS__GQL_DLOC(INLINE_FRAGMENT));
    assert_false(skip->locations & DS__GQL_DLOC(QUERY));
    assert_string_equal(ds__gql_ts_directive(ts, "deprecated")->args[0].default_value->str, "No longer supported");
    assert_string_equal(ds__gql_dloc_name(DS__GQL_DLOCI_INPUT_FIELD_DEFINITION), "INPUT_FIELD_DEFINITION");
    assert_null(ds__gql_dloc_name(DS__GQL_DLOC_COUNT));
    ds__gql_typesys_free(ts);
}

static void declared_directives_are_kept(void **state) {
    (void)state;
    ds__gql_typesys *ts = build_ok("\"Subscribes\" directive @aws_subscribe(mutations: [String]) on FIELD_DEFINITION\n"
                                   "directive @tag(name: String!) repeatable on FIELD | OBJECT\n"
                                   "type Query { a: Int }");
    size_t nd;
    const ds__gql_typesys_directive *const *dirs = ds__gql_ts_directives(ts, &nd);
    assert_int_equal(nd, 6);
    assert_string_equal(dirs[4]->name, "aws_subscribe");
    assert_string_equal(dirs[4]->description, "Subscribes");
    assert_false(dirs[4]->predeclared);
    assert_int_equal(dirs[4]->locations, DS__GQL_DLOC(FIELD_DEFINITION));
    const ds__gql_typesys_directive *tag = ds__gql_ts_directive(ts, "tag");
    assert_true(tag->repeatable);
    assert_int_equal(tag->locations, DS__GQL_DLOC(FIELD) | DS__GQL_DLOC(OBJECT));
    assert_string_equal(tag->args[0].base->name, "String");
    ds__gql_typesys_free(ts);
}

static void errors_for_inconsistent_sdl(void **state) {
    (void)state;
    static const struct {
        const char *sdl;
        uint32_t line, column;
        const char *msg;
    } cases[] = {
        {"type Query { a: Foo }", 1, 17, "Unknown type \"Foo\"."},
        {"type Query { a(x: Bar): Int }", 1, 19, "Unknown type \"Bar\"."},
        {"type Query { a: Int }\ntype Query { b: Int }", 2, 6, "There can be only one type named \"Query\"."},
        {"type Query { a: Int }\nenum Query { A }", 2, 6, "There can be only one type named \"Query\"."},
        {"type Query { a: Int a: String }", 1, 21, "Field \"Query.a\" can only be defined once."},
        {"type Query { a: Int } extend type Query { a: Int }", 1, 43, "Field \"Query.a\" can only be defined once."},
        {"type Query { a(x: Int, x: Int): Int }", 1, 24, "Argument \"Query.a(x:)\" can only be defined once."},
        {"type Query { a: Int } enum E { A A }", 1, 34, "Enum value \"E.A\" can only be defined once."},
        {"type Query { a: Int } input I { x: Int x: Int }", 1, 40, "Field \"I.x\" can only be defined once."},
        {"type Query { a: Int } extend type Nope { b: Int }", 1, 35,
         "Cannot extend type \"Nope\" because it is not defined."},
        {"type Query { a: Int } enum E { A } extend type E { b: Int }", 1, 48, "Cannot extend non-object type \"E\"."},
        {"type Query { a: I } input I { x: Int }", 1, 17, "The type of Query.a must be Output Type but got: I."},
        {"type Query { a(x: Query): Int }", 1, 19, "The type of Query.a(x:) must be Input Type but got: Query."},
        {"type Query { a: Int } input I { q: Query }", 1, 36, "The type of I.q must be Input Type but got: Query."},
        {"type Query { a: U } interface I { x: Int } union U = Query | I", 1, 62,
         "Union type U can only include Object types, it cannot include I."},
        {"type Query { a: Int } type T implements Query { a: Int }", 1, 41,
         "Type T must only implement Interface types, it cannot implement Query."},
        {"type Query { a: Int } interface I { x: Int } type T implements I { a: Int }", 1, 51,
         "Interface field I.x expected but T does not provide it."},
        {"type Query { a: Int } interface I { x: Int! } type T implements I { x: Int }", 1, 69,
         "Interface field I.x expects type Int! but T.x is type Int."},
        {"type Query { a: Int } interface I { x(a: Int): Int } type T implements I { x: Int }", 1, 76,
         "Interface field argument I.x(a:) expected but T.x does not provide it."},
        {"type Query { a: Int } interface I { x: Int } type T implements I & I { x: Int }", 1, 68,
         "Type T can only implement I once."},
        {"type Query { a: Int } interface I implements J { x: Int } interface J implements K { x: Int } "
         "interface K { x: Int }",
         1, 33, "Type I must implement K because it is implemented by J."},
        {"type Q { a: Int }", 0, 0, "Query root type must be provided."},
        {"schema { query: Nope } type Query { a: Int }", 1, 17, "Unknown type \"Nope\"."},
        {"schema { query: E } enum E { A }", 1, 17, "Query root type must be Object type, it cannot be E."},
        {"schema { query: Query } schema { query: Query } type Query { a: Int }", 1, 25,
         "Must provide only one schema definition."},
        {"schema { query: Query query: Query } type Query { a: Int }", 1, 23,
         "There can be only one query type in schema."},
        {"directive @d on FIELD directive @d on FIELD type Query { a: Int }", 1, 34,
         "There can be only one directive named \"@d\"."},
        {"directive @skip on FIELD type Query { a: Int }", 1, 12,
         "Directive \"@skip\" already exists in the schema. It cannot be redefined."},
        {"type __Mine { a: Int } type Query { a: Int }", 1, 6,
         "Name \"__Mine\" must not begin with \"__\", which is reserved by GraphQL introspection."},
        {"type Query { __a: Int }", 1, 14,
         "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection."},
        {"type Query { a: Int } type Empty", 1, 28, "Type Empty must define one or more fields."},
        {"type Query { a: Int } union U", 1, 29, "Union type U must define one or more member types."},
        {"type Query { a: Int } input In", 1, 29, "Input Object type In must define one or more fields."},
        {"type Query { a: Int } enum En", 1, 28, "Enum type En must define one or more values."},
        {"type String { a: Int } type Query { a: Int }", 1, 6, "There can be only one type named \"String\"."},
        {"type Query { a(x: Int! @deprecated): Int }", 1, 16, "Required argument Query.a(x:) cannot be deprecated."},
        {"type Query { a(x: Int = \"1\"): Int }", 1, 25, "Default value of Query.a(x:) is not a valid Int."},
        {"type Query { a(x: In): Int } input In { e: E = NOPE } enum E { A }", 1, 48,
         "Default value of In.e is not a valid E."},
        {"type Query { a(x: In): Int } input In { l: [Int!] = [1, null] }", 1, 53,
         "Default value of In.l is not a valid [Int!]."},
        {"directive @d(n: Int = 1.5) on FIELD type Query { a: Int }", 1, 23,
         "Default value of @d(n:) is not a valid Int."},
    };
    bool all = true;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        all = build_error(cases[i].sdl, cases[i].line, cases[i].column, cases[i].msg) && all;
    assert_true(all);
}

static void every_problem_is_reported(void **state) {
    (void)state;
    ds__diags d;
    ds__diags_init(&d, NULL);
    ds__gql_typesys *ts = NULL;
    const char *sdl = "type Query { a: A b: B }\ntype Query { c: Int }\nextend type X { y: Int }";
    assert_int_equal(ds__gql_typesys_parse(sdl, strlen(sdl), &ts, &d), DS_ERR_SCHEMA);
    assert_null(ts);
    assert_int_equal(d.count, 4);
    /* sorted by place */
    assert_int_equal(d.items[0].column, 17);
    assert_int_equal(d.items[1].column, 22);
    assert_int_equal(d.items[2].line, 2);
    assert_int_equal(d.items[3].line, 3);
    ds__diags_free(&d);
    /* Syntax errors come from the parser. */
    ds__diags_init(&d, NULL);
    assert_int_equal(ds__gql_typesys_parse("type {", 6, &ts, &d), DS_ERR_SYNTAX);
    assert_int_equal(d.count, 1);
    ds__diags_free(&d);
    assert_int_equal(ds__gql_typesys_build(NULL, &ts, NULL), DS_ERR_INVALID);
    assert_int_equal(ds__gql_typesys_build(NULL, NULL, NULL), DS_ERR_INVALID);
    ds__gql_typesys_free(NULL);
}

static void the_document_can_go_once_built(void **state) {
    (void)state;
    size_t len = strlen(APPSYNC_SDL);
    char *copy = malloc(len);
    assert_non_null(copy);
    memcpy(copy, APPSYNC_SDL, len);
    ds__gql_doc *doc = NULL;
    assert_int_equal(ds__gql_parse_sdl(copy, len, &doc, NULL), DS_OK);
    free(copy);
    ds__gql_typesys *ts = NULL;
    assert_int_equal(ds__gql_typesys_build(doc, &ts, NULL), DS_OK);
    ds__gql_doc_free(doc);
    /* Everything is read after the document and source are gone (ASan). */
    size_t n;
    const ds__gql_typesys_type *const *types = ds__gql_ts_types(ts, &n);
    size_t chars = 0;
    for (size_t i = 0; i < n; i++) {
        chars += strlen(types[i]->name) + (types[i]->description ? strlen(types[i]->description) : 0);
        for (size_t f = 0; f < types[i]->nfields; f++) {
            chars += strlen(types[i]->fields[f].name) + strlen(ds__gql_type_base_name(types[i]->fields[f].type));
            for (const ds__gql_directive *d = types[i]->fields[f].directives; d; d = d->next)
                chars += strlen(d->name);
        }
    }
    assert_true(chars > 500);
    const ds__gql_directive *aws = ds__gql_ts_field(ds__gql_ts_type(ts, "Subscription"), "onCreatePost")->directives;
    assert_string_equal(aws->args->value->items->str, "createPost");
    ds__gql_typesys_free(ts);
}

static void thousands_of_types_are_looked_up_by_hash(void **state) {
    (void)state;
    const int ntypes = 3000, nfields = 30;
    ds__buf b;
    ds__buf_init(&b, 0);
    ds__buf_puts(&b, "type Query { t0: T0 }\n");
    for (int i = 0; i < ntypes; i++) {
        ds__buf_printf(&b, "type T%d {", i);
        for (int f = 0; f < nfields; f++)
            ds__buf_printf(&b, " f%d(a: Int): T%d", f, (i + f + 1) % ntypes);
        ds__buf_puts(&b, " }\n");
    }
    assert_false(b.failed);
    ds__gql_typesys *ts = NULL;
    assert_int_equal(ds__gql_typesys_parse(b.data, b.len, &ts, NULL), DS_OK);
    ds__buf_free(&b);
    char name[32];
    for (int round = 0; round < 20; round++)
        for (int i = 0; i < ntypes; i++) {
            snprintf(name, sizeof name, "T%d", i);
            const ds__gql_typesys_type *t = ds__gql_ts_type(ts, name);
            assert_non_null(t);
            snprintf(name, sizeof name, "f%d", (i * 7 + round) % nfields);
            const ds__gql_typesys_field *f = ds__gql_ts_field(t, name);
            assert_non_null(f);
            assert_ptr_equal(f->owner, t);
        }
    assert_null(ds__gql_ts_type(ts, "T3000"));
    ds__gql_typesys_free(ts);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(appsync_schema_types_and_fields),
        cmocka_unit_test(roots_by_schema_definition_or_by_name),
        cmocka_unit_test(predeclared_scalars_and_custom_ones),
        cmocka_unit_test(interfaces_unions_and_possible_types),
        cmocka_unit_test(order_is_stable_and_introspection_is_built_in),
        cmocka_unit_test(declared_directives_are_kept),
        cmocka_unit_test(errors_for_inconsistent_sdl),
        cmocka_unit_test(every_problem_is_reported),
        cmocka_unit_test(the_document_can_go_once_built),
        cmocka_unit_test(thousands_of_types_are_looked_up_by_hash),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
