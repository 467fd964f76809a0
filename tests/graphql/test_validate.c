/*
 * Validation (spec §5) against the blog schema: each rule accepts what it
 * should and refuses what it should, with graphql-java's message (what
 * AppSync says), its kind, the field path and the line:column. Also: all
 * errors are reported and sorted, the count is capped, nesting through
 * fragments is limited, and hostile fragment graphs stay fast.
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
#include <time.h>

#include "blog_schema.h"
#include "graphql/parser.h"
#include "graphql/validate.h"
#include "support/testutil.h"
#include "util/buf.h"

static ds__gql_typesys *ts;

static int setup(void **state) {
    (void)state;
    ds__diags d;
    ds__diags_init(&d, NULL);
    ds_status rc = ds__gql_typesys_parse(BLOG_SDL, strlen(BLOG_SDL), &ts, &d);
    if (rc != DS_OK)
        fprintf(stderr, "blog schema: %u:%u: %s\n", d.count ? (unsigned)d.items[0].line : 0,
                d.count ? (unsigned)d.items[0].column : 0, d.count ? d.items[0].message : "");
    ds__diags_free(&d);
    return rc == DS_OK ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    ds__gql_typesys_free(ts);
    return 0;
}

/* Validates; fills d. Parse errors fail the test. */
static ds_status validate(const ds__gql_typesys *schema, const char *q, ds__diags *d) {
    ds__gql_doc *doc = NULL;
    ds__diags pd;
    ds__diags_init(&pd, NULL);
    ds_status rc = ds__gql_parse_executable(q, strlen(q), &doc, &pd);
    if (rc != DS_OK)
        fail_msg("parse failed for %s: %s", q, pd.count ? pd.items[0].message : "");
    ds__diags_free(&pd);
    rc = ds__gql_validate(schema, doc, d);
    ds__gql_doc_free(doc);
    return rc;
}

static bool valid_in(const ds__gql_typesys *schema, const char *q) {
    ds__diags d;
    ds__diags_init(&d, NULL);
    ds_status rc = validate(schema, q, &d);
    if (rc != DS_OK || d.count) {
        print_error("for: %s\n", q);
        for (size_t i = 0; i < d.count; i++)
            print_error("  unexpected %u:%u: %s\n", (unsigned)d.items[i].line, (unsigned)d.items[i].column,
                        d.items[i].message);
    }
    ds__diags_free(&d);
    return rc == DS_OK && d.count == 0;
}

static bool valid(const char *q) { return valid_in(ts, q); }

/* Whether q is invalid with this error among its errors (only: and no other). */
static bool error_in(const ds__gql_typesys *schema, const char *q, uint32_t line, uint32_t column, const char *msg,
                     bool only) {
    ds__diags d;
    ds__diags_init(&d, NULL);
    ds_status rc = validate(schema, q, &d);
    bool found = false;
    for (size_t i = 0; i < d.count; i++)
        found = found || (d.items[i].line == line && d.items[i].column == column &&
                          strcmp(d.items[i].message, msg) == 0 && d.items[i].code == DS_ERR_INVALID);
    bool ok = rc == DS_ERR_INVALID && found && (!only || d.count == 1);
    if (!ok) {
        print_error("for: %s\nwant: %u:%u: %s\n", q, (unsigned)line, (unsigned)column, msg);
        for (size_t i = 0; i < d.count; i++)
            print_error(" got: %u:%u: %s\n", (unsigned)d.items[i].line, (unsigned)d.items[i].column,
                        d.items[i].message);
    }
    ds__diags_free(&d);
    return ok;
}

static bool error_is(const char *q, uint32_t line, uint32_t column, const char *msg) {
    return error_in(ts, q, line, column, msg, true);
}

static bool has_error(const char *q, uint32_t line, uint32_t column, const char *msg) {
    return error_in(ts, q, line, column, msg, false);
}

#define VE "Validation error of type "

/* ---- fields (§5.3) ------------------------------------------------------------------- */

static void fields_must_exist_on_their_type(void **state) {
    (void)state;
    assert_true(valid("{ getPost(id: 1) { id title body } blogs { name posts { title } } }"));
    assert_true(valid("query { me { __typename name } __typename }"));
    assert_true(valid("{ search(text: \"x\") { __typename ... on Post { title } ... on User { name } } }"));
    assert_true(valid("{ node(id: 1) { id ... on Comment { text } } }"));
    assert_true(error_is("{ foo }", 1, 3, VE "FieldUndefined: Field 'foo' in type 'Query' is undefined @ 'foo'"));
    assert_true(error_is("{ getPost(id: 1) {\n  id\n  nope\n} }", 3, 3,
                         VE "FieldUndefined: Field 'nope' in type 'Post' is undefined @ 'getPost/nope'"));
    assert_true(error_is("{ alias: getPost(id: 1) { x: nope } }", 1, 27,
                         VE "FieldUndefined: Field 'nope' in type 'Post' is undefined @ 'getPost/nope'"));
    assert_true(error_is("{ search(text: \"a\") { id } }", 1, 23,
                         VE "FieldUndefined: Field 'id' in type 'SearchResult' is undefined @ 'search/id'"));
    assert_true(error_is("{ node(id: 1) { title } }", 1, 17,
                         VE "FieldUndefined: Field 'title' in type 'Node' is undefined @ 'node/title'"));
    assert_true(error_is("mutation { getPost(id: 1) { id } }", 1, 12,
                         VE "FieldUndefined: Field 'getPost' in type 'Mutation' is undefined @ 'getPost'"));
    /* __schema and __type exist only on the query root. */
    assert_true(error_is("{ me { __schema { types { name } } } }", 1, 8,
                         VE "FieldUndefined: Field '__schema' in type 'User' is undefined @ 'me/__schema'"));
    assert_true(valid("{ __schema { queryType { name } } __type(name: \"Post\") { name fields { name } } }"));
}

static void leaf_fields_take_no_selection_and_objects_need_one(void **state) {
    (void)state;
    assert_true(error_is("{ getPost(id: 1) }", 1, 3,
                         VE "SubSelectionRequired: Sub selection required for type Post of field getPost @ 'getPost'"));
    assert_true(error_is("{ blogs }", 1, 3,
                         VE "SubSelectionRequired: Sub selection required for type [Blog!]! of field blogs @ 'blogs'"));
    assert_true(error_is("{ getPost(id: 1) { title { x } } }", 1, 20,
                         VE "SubSelectionNotAllowed: Sub selection not allowed on leaf type String! of field title @ "
                            "'getPost/title'"));
    assert_true(error_is("{ getPost(id: 1) { status { x } } }", 1, 20,
                         VE "SubSelectionNotAllowed: Sub selection not allowed on leaf type PostStatus! of field "
                            "status @ 'getPost/status'"));
    assert_true(error_is("{ __typename { x } }", 1, 3,
                         VE "SubSelectionNotAllowed: Sub selection not allowed on leaf type String! of field "
                            "__typename @ '__typename'"));
}

static void fields_with_one_response_key_must_merge(void **state) {
    (void)state;
    assert_true(
        valid("{ getPost(id: 1) { title title x: title } a: getPost(id: 1) { id } a: getPost(id: 1) { body } }"));
    assert_true(valid("query($id: ID!) { a: getPost(id: $id) { id } a: getPost(id: $id) { id } }"));
    assert_true(valid("{ search(text: \"\") { ... on Post { x: title } ... on Comment { x: text } } }"));
    assert_true(error_is("{ getPost(id: 1) { x: title x: body } }", 1, 29,
                         VE "FieldsConflict: x: title and body are different fields @ 'getPost'"));
    assert_true(error_is("{ a: getPost(id: 1) { id } a: getPost(id: 2) { id } }", 1, 28,
                         VE "FieldsConflict: a: they have differing arguments"));
    assert_true(error_is("{ search(text: \"\") { ... on Post { v: views } ... on Comment { v: votes } } }", 1, 64,
                         VE "FieldsConflict: v: they return differing types Int and Int! @ 'search'"));
    /* Through fragments too. */
    assert_true(error_is("{ getPost(id: 1) { ...F x: body } } fragment F on Post { x: title }", 1, 25,
                         VE "FieldsConflict: x: title and body are different fields @ 'getPost'"));
    /* Interface parents are not mutually exclusive. */
    assert_true(error_is("{ node(id: 1) { ... on Post { x: id } ... on Entry { x: title } } }", 1, 54,
                         VE "FieldsConflict: x: id and title are different fields @ 'node'"));
}

/* ---- arguments (§5.4) --------------------------------------------------------------------- */

static void arguments_must_be_known_unique_and_present(void **state) {
    (void)state;
    assert_true(error_is("{ getPost { id } }", 1, 3, VE "MissingFieldArgument: Missing field argument id @ 'getPost'"));
    assert_true(error_is("{ getPost(id: 1, foo: 2) { id } }", 1, 18,
                         VE "UnknownArgument: Unknown field argument foo @ 'getPost'"));
    assert_true(error_is("{ getPost(id: 1, id: 2) { id } }", 1, 18,
                         VE "DuplicateArgumentNames: There can be only one argument named 'id' @ 'getPost'"));
    assert_true(valid("{ required(a: 1) }"));
    assert_true(
        error_is("{ required(b: \"y\") }", 1, 3, VE "MissingFieldArgument: Missing field argument a @ 'required'"));
    assert_true(error_is("{ required(a: null) }", 1, 12,
                         VE "WrongType: argument 'a' with value 'NullValue{}' must not be null @ 'required'"));
    assert_true(error_is("{ required(a: 1, b: null) }", 1, 18,
                         VE "WrongType: argument 'b' with value 'NullValue{}' must not be null @ 'required'"));
}

static void literal_values_must_fit_their_types(void **state) {
    (void)state;
    assert_true(valid("{ echo(i: -2147483648, f: 1, s: \"\"\"x\"\"\", b: false, id: \"a\", e: PUBLISHED, list: [1, 2], "
                      "nn: 3, ts: 1700000000000, date: \"2024-02-29\", j: \"{\\\"a\\\": [1]}\", email: \"a@b.co\", "
                      "m: {any: [\"thing\", 1, ENUMISH]}) }"));
    assert_true(valid("{ echo(i: null, list: null, nn: [1, 2], id: 42, f: 2.5e-3) }"));
    static const struct {
        const char *q;
        uint32_t column;
        const char *msg;
    } cases[] = {
        {"{ echo(i: 2147483648) }", 8, "argument 'i' with value 'IntValue{value=2147483648}' is not a valid 'Int'"},
        {"{ echo(i: 1.0) }", 8, "argument 'i' with value 'FloatValue{value=1.0}' is not a valid 'Int'"},
        {"{ echo(i: \"1\") }", 8, "argument 'i' with value 'StringValue{value='1'}' is not a valid 'Int'"},
        {"{ echo(f: true) }", 8, "argument 'f' with value 'BooleanValue{value=true}' is not a valid 'Float'"},
        {"{ echo(f: 1e999) }", 8, "argument 'f' with value 'FloatValue{value=1e999}' is not a valid 'Float'"},
        {"{ echo(s: 1) }", 8, "argument 's' with value 'IntValue{value=1}' is not a valid 'String'"},
        {"{ echo(b: \"true\") }", 8, "argument 'b' with value 'StringValue{value='true'}' is not a valid 'Boolean'"},
        {"{ echo(id: 1.5) }", 8, "argument 'id' with value 'FloatValue{value=1.5}' is not a valid 'ID'"},
        {"{ echo(e: FOO) }", 8, "argument 'e' with value 'EnumValue{name='FOO'}' is not a valid 'PostStatus'"},
        {"{ echo(e: \"DRAFT\") }", 8,
         "argument 'e' with value 'StringValue{value='DRAFT'}' is not a valid 'PostStatus'"},
        {"{ echo(list: [1, \"x\"]) }", 8,
         "argument 'list[1]' with value 'StringValue{value='x'}' is not a valid 'Int'"},
        {"{ echo(nn: [1, null]) }", 8, "argument 'nn[1]' with value 'NullValue{}' must not be null"},
        {"{ echo(ts: 1.5) }", 8, "argument 'ts' with value 'FloatValue{value=1.5}' is not a valid 'AWSTimestamp'"},
        {"{ echo(date: \"2024-02-30\") }", 8,
         "argument 'date' with value 'StringValue{value='2024-02-30'}' is not a valid 'AWSDate'"},
        {"{ echo(j: \"{bad\") }", 8, "argument 'j' with value 'StringValue{value='{bad'}' is not a valid 'AWSJSON'"},
        {"{ echo(email: \"nope\") }", 8,
         "argument 'email' with value 'StringValue{value='nope'}' is not a valid 'AWSEmail'"},
        {"{ echo(input: 1) }", 8, "argument 'input' with value 'IntValue{value=1}' is not a valid 'PostInput'"},
        {"{ echo(input: {title: \"t\"}) }", 8,
         "argument 'input' with value 'ObjectValue{objectFields=[ObjectField{name='title', value=StringValue{value='t'"
         "}}]}' is missing required fields '[blogID]'"},
        {"{ echo(input: {title: \"t\", blogID: 1, nope: 2}) }", 8,
         "argument 'input' with value 'ObjectValue{objectFields=[ObjectField{name='title', value=StringValue{value='t'"
         "}}, ObjectField{name='blogID', value=IntValue{value=1}}, ObjectField{name='nope', value=IntValue{value=2}}]}"
         "' contains a field not in 'PostInput': 'nope'"},
        {"{ echo(input: {title: 5, blogID: 1}) }", 8,
         "argument 'input.title' with value 'IntValue{value=5}' is not a valid 'String'"},
        {"{ echo(input: {title: \"t\", blogID: 1, extra: {level: 2}}) }", 8,
         "argument 'input.extra' with value 'ObjectValue{objectFields=[ObjectField{name='level', "
         "value=IntValue{value=2}}]}' is missing required fields '[note]'"},
        {"{ echo(filter: {and: [{views: \"x\"}]}) }", 8,
         "argument 'filter.and[0].views' with value 'StringValue{value='x'}' is not a valid 'Int'"},
    };
    bool all = true;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char msg[1024];
        snprintf(msg, sizeof msg, VE "WrongType: %s @ 'echo'", cases[i].msg);
        all = error_is(cases[i].q, 1, cases[i].column, msg) && all;
    }
    assert_true(all);
    /* Duplicate input object fields. */
    assert_true(
        has_error("{ echo(filter: {views: 1, views: 2}) }", 1, 27,
                  VE "WrongType: argument 'filter' with value 'ObjectValue{objectFields=[ObjectField{name='views', "
                     "value=IntValue{value=1}}, ObjectField{name='views', value=IntValue{value=2}}]}' has more "
                     "than one field named 'views' @ 'echo'"));
}

/* ---- fragments (§5.5) ------------------------------------------------------------------------ */

static void fragments_must_be_defined_used_and_acyclic(void **state) {
    (void)state;
    assert_true(valid("{ getPost(id: 1) { ...P ... on Post { id } ... { title } } }\n"
                      "fragment P on Post { id ...N } fragment N on Node { id }"));
    assert_true(
        error_is("{ getPost(id: 1) { ...Nope } }", 1, 20, VE "UndefinedFragment: Undefined fragment Nope @ 'getPost'"));
    assert_true(error_is("{ blogs { id } } fragment F on Post { id }", 1, 18, VE "UnusedFragment: Unused fragment F"));
    assert_true(has_error("{ getPost(id: 1) { ...F } } fragment F on Post { id } fragment F on Post { title }", 1, 55,
                          VE "DuplicateFragmentName: There can be only one fragment named 'F'"));
    assert_true(
        has_error("{ getPost(id: 1) { ...F } } fragment F on Nope { id }", 1, 43, VE "UnknownType: Unknown type Nope"));
    assert_true(has_error("{ getPost(id: 1) { ...F } } fragment F on Int { id }", 1, 43,
                          VE "FragmentTypeConditionInvalid: Fragment type condition is invalid, must be on "
                             "Object/Interface/Union"));
    assert_true(
        error_is("{ getPost(id: 1) { ... on Nope { id } } }", 1, 27, VE "UnknownType: Unknown type Nope @ 'getPost'"));
    assert_true(error_is("{ getPost(id: 1) { ... on String { id } } }", 1, 27,
                         VE "InlineFragmentTypeConditionInvalid: Inline fragment type condition is invalid, must be on "
                            "Object/Interface/Union @ 'getPost'"));
    assert_true(error_is("{ getPost(id: 1) { ...A } }\nfragment A on Post { ...B }\nfragment B on Post { ...A }", 3, 22,
                         VE "FragmentCycle: Fragment cycles not allowed"));
    assert_true(has_error("{ getPost(id: 1) { ...A } }\nfragment A on Post { author { ...A } }", 2, 31,
                          VE "InvalidFragmentType: Fragment A cannot be spread here as objects of type User can never "
                             "be of type Post @ 'author'"));
    assert_true(has_error("{ getPost(id: 1) { ...A } }\nfragment A on Post { blog { posts { ...A } } }", 2, 37,
                          VE "FragmentCycle: Fragment cycles not allowed"));
}

static void spreads_must_be_possible(void **state) {
    (void)state;
    assert_true(valid("{ node(id: 1) { ... on Post { title } ... on SearchResult { __typename } ...C } }\n"
                      "fragment C on Comment { text }"));
    assert_true(valid("{ search(text: \"\") { ... on Node { id } ... on Entry { title } } }"));
    assert_true(error_is("{ getPost(id: 1) { ... on User { name } } }", 1, 20,
                         VE "InvalidFragmentType: Fragment cannot be spread here as objects of type Post can never be "
                            "of type User @ 'getPost'"));
    assert_true(error_is("{ getPost(id: 1) { ...C } } fragment C on Comment { text }", 1, 20,
                         VE
                         "InvalidFragmentType: Fragment C cannot be spread here as objects of type Post can never be "
                         "of type Comment @ 'getPost'"));
    assert_true(error_is("{ me { ... on Entry { title } } }", 1, 8,
                         VE "InvalidFragmentType: Fragment cannot be spread here as objects of type User can never be "
                            "of type Entry @ 'me'"));
}

/* ---- variables (§5.8) -------------------------------------------------------------------------- */

static void variables_must_be_defined_used_and_of_input_types(void **state) {
    (void)state;
    assert_true(valid("query Q($id: ID!, $n: Int, $f: PostFilter) { getPost(id: $id) { comments(first: $n) { id } } "
                      "listPosts(filter: $f) { id } }"));
    assert_true(valid("query Q($id: ID!) { ...R } fragment R on Query { getPost(id: $id) { id } }"));
    assert_true(error_is("{ getPost(id: $x) { id } }", 1, 15, VE "UndefinedVariable: Undefined variable x"));
    assert_true(has_error("query Q($x: ID, $y: Int) { getPost(id: \"1\") { id } }", 1, 9,
                          VE "UnusedVariable: Unused variable x"));
    assert_true(has_error("query Q($x: ID, $y: Int) { getPost(id: \"1\") { id } }", 1, 17,
                          VE "UnusedVariable: Unused variable y"));
    assert_true(error_is("query Q($x: ID!, $x: ID!) { getPost(id: $x) { id } }", 1, 18,
                         VE "DuplicateVariableName: There can be only one variable named 'x'"));
    assert_true(has_error("query Q($x: Foo) { echo(s: \"\") }", 1, 13, VE "UnknownType: Unknown type Foo"));
    assert_true(has_error("query Q($x: [Post]) { echo(s: \"\") }", 1, 13,
                          VE "NonInputTypeOnVariable: Input variable x type [Post] is not an input type"));
    /* Used only in a fragment the operation reaches: defined there is enough. */
    assert_true(error_is("query Q { ...R } fragment R on Query { getPost(id: $id) { id } }", 1, 52,
                         VE "UndefinedVariable: Undefined variable id"));
    /* Inside directives, lists and input objects. */
    assert_true(valid("query Q($s: Boolean!, $t: String, $i: Int) { blogs @skip(if: $s) { name } "
                      "listPosts(filter: {title: {eq: $t}, and: [{views: $i}]}) { id } }"));
    assert_true(
        error_is("query Q { blogs @skip(if: $s) { name } }", 1, 27, VE "UndefinedVariable: Undefined variable s"));
}

static void variable_usages_must_be_allowed(void **state) {
    (void)state;
    assert_true(error_is("query Q($x: String) { getPost(id: $x) { id } }", 1, 35,
                         VE "VariableTypeMismatch: Variable type 'String' doesn't match expected type 'ID!'"));
    assert_true(error_is("query Q($x: ID) { getPost(id: $x) { id } }", 1, 31,
                         VE "VariableTypeMismatch: Variable type 'ID' doesn't match expected type 'ID!'"));
    assert_true(valid("query Q($x: ID = \"1\") { getPost(id: $x) { id } }"));
    assert_true(valid("query Q($x: ID!) { getPost(id: $x) { id } }"));
    assert_true(valid("query Q($b: String) { required(a: 1, b: $b) }")); /* the location has a default */
    assert_true(error_is("query Q($x: Int) { echo(list: $x) }", 1, 31,
                         VE "VariableTypeMismatch: Variable type 'Int' doesn't match expected type '[Int]'"));
    assert_true(valid("query Q($x: Int) { echo(list: [$x]) }"));
    assert_true(valid("query Q($x: [Int!]!) { echo(list: $x) }"));
    assert_true(error_is("query Q($x: [Int]) { echo(nn: $x) }", 1, 31,
                         VE "VariableTypeMismatch: Variable type '[Int]' doesn't match expected type '[Int!]'"));
    assert_true(error_is("query Q($x: Boolean) { blogs @include(if: $x) { id } }", 1, 43,
                         VE "VariableTypeMismatch: Variable type 'Boolean' doesn't match expected type 'Boolean!'"));
    assert_true(valid("query Q($e: PostStatus!) { blogs { posts(status: $e) { id } } }"));
    assert_true(error_is("query Q($e: String) { blogs { posts(status: $e) { id } } }", 1, 45,
                         VE "VariableTypeMismatch: Variable type 'String' doesn't match expected type 'PostStatus'"));
    /* Inside a custom scalar's literal: used, not checked. */
    assert_true(valid("query Q($x: Int) { echo(m: {a: $x}) }"));
}

static void variable_defaults_must_fit(void **state) {
    (void)state;
    assert_true(valid("query Q($x: Int = 3, $l: [Int] = 1, $in: PostInput = {title: \"t\", blogID: 2}) { echo(i: $x, "
                      "list: $l, input: $in) }"));
    assert_true(error_is("query Q($x: Int = \"a\") { echo(i: $x) }", 1, 19,
                         VE "BadValueForDefaultArg: Bad default value StringValue{value='a'} for type Int"));
    assert_true(error_is("query Q($in: PostInput = {title: \"t\"}) { echo(input: $in) }", 1, 26,
                         VE
                         "BadValueForDefaultArg: Bad default value ObjectValue{objectFields=[ObjectField{name='title',"
                         " value=StringValue{value='t'}}]} for type PostInput"));
}

/* ---- directives (§5.7) -------------------------------------------------------------------- */

static void directives_must_be_known_placed_and_unique(void **state) {
    (void)state;
    assert_true(valid(
        "query Q($yes: Boolean!) { blogs @include(if: $yes) { ...F @skip(if: false) ... @include(if: true) { id } } }\n"
        "fragment F on Blog { name }"));
    assert_true(error_is("{ blogs @foo { id } }", 1, 9, VE "UnknownDirective: Unknown directive foo @ 'blogs'"));
    assert_true(error_is("{ blogs @aws_api_key { id } }", 1, 9,
                         VE "UnknownDirective: Unknown directive aws_api_key @ 'blogs'"));
    assert_true(error_is("query Q @skip(if: true) { blogs { id } }", 1, 9,
                         VE "MisplacedDirective: Directive skip not allowed here"));
    assert_true(error_is("{ blogs @deprecated { id } }", 1, 9,
                         VE "MisplacedDirective: Directive deprecated not allowed here @ 'blogs'"));
    assert_true(error_is("{ blogs @skip { id } }", 1, 9,
                         VE "MissingDirectiveArgument: Missing directive argument if @ 'blogs'"));
    assert_true(error_is("{ blogs @skip(if: true, x: 1) { id } }", 1, 25,
                         VE "UnknownDirective: Unknown directive argument x @ 'blogs'"));
    assert_true(error_is("{ blogs @skip(if: 1) { id } }", 1, 15,
                         VE
                         "WrongType: argument 'if' with value 'IntValue{value=1}' is not a valid 'Boolean' @ 'blogs'"));
    assert_true(error_is("{ blogs @skip(if: true) @skip(if: false) { id } }", 1, 25,
                         VE
                         "DuplicateDirectiveName: Non repeatable directives must be uniquely named within a location. "
                         "The directive 'skip' used on a 'Field' is not unique. @ 'blogs'"));
    assert_true(has_error("{ blogs { id } } fragment F on Blog @include(if: true) { id }", 1, 37,
                          VE "MisplacedDirective: Directive include not allowed here"));
}

/* ---- operations (§5.2) ------------------------------------------------------------------------ */

static void operations_must_be_unique_and_lone_when_anonymous(void **state) {
    (void)state;
    assert_true(valid("query A { blogs { id } } query B { me { id } } mutation C { deletePost(id: 1) { id } }"));
    assert_true(error_is("query A { blogs { id } } query A { me { id } }", 1, 26,
                         VE "DuplicateOperationName: There can be only one operation named 'A'"));
    assert_true(error_is("{ blogs { id } } query B { me { id } }", 1, 1,
                         VE "LoneAnonymousOperationViolation: Anonymous operation with other operations."));
    assert_true(has_error("fragment F on Query { blogs { id } }", 1, 1,
                          VE "LoneAnonymousOperationViolation: The document contains no operation."));
}

static void subscriptions_have_one_root_field(void **state) {
    (void)state;
    assert_true(valid("subscription S { onCreatePost { id title } }"));
    assert_true(valid("subscription S { ...F } fragment F on Subscription { onCreatePost(blogID: 1) { id } }"));
    assert_true(
        error_is("subscription S { onCreatePost { id } onDeletePost { id } }", 1, 1,
                 VE "SubscriptionMultipleRootFields: Subscription operation S must contain exactly one root field."));
    assert_true(
        error_is("subscription { a: onCreatePost { id } b: onCreatePost { id } }", 1, 1,
                 VE "SubscriptionMultipleRootFields: Subscription operations must contain exactly one root field."));
    assert_true(
        error_is("subscription { onCreatePost { id } ... on Subscription { onDeletePost { id } } }", 1, 1,
                 VE "SubscriptionMultipleRootFields: Subscription operations must contain exactly one root field."));
    /* A schema without subscriptions (or mutations). */
    ds__gql_typesys *small = NULL;
    assert_int_equal(ds__gql_typesys_parse("type Query { a: Int }", 21, &small, NULL), DS_OK);
    assert_true(error_in(small, "subscription { a }", 1, 1,
                         VE "UnknownOperation: Schema is not configured for subscriptions.", true));
    assert_true(error_in(small, "mutation M { a }", 1, 1,
                         VE "UnknownOperation: Schema is not configured for mutations.", true));
    assert_true(valid_in(small, "{ a }"));
    ds__gql_typesys_free(small);
}

/* ---- the whole document --------------------------------------------------------------------- */

static void all_errors_are_reported_in_source_order(void **state) {
    (void)state;
    ds__diags d;
    ds__diags_init(&d, NULL);
    assert_int_equal(validate(ts, "query Q($u: Int) {\n  b: nope\n  getPost { x }\n}\nfragment F on Post { id }", &d),
                     DS_ERR_INVALID);
    assert_int_equal(d.count, 5);
    assert_string_equal(d.items[0].message, VE "UnusedVariable: Unused variable u");
    assert_string_equal(d.items[1].message, VE "FieldUndefined: Field 'nope' in type 'Query' is undefined @ 'nope'");
    assert_int_equal(d.items[1].column, 3);
    assert_string_equal(d.items[2].message, VE "MissingFieldArgument: Missing field argument id @ 'getPost'");
    assert_string_equal(d.items[3].message, VE "FieldUndefined: Field 'x' in type 'Post' is undefined @ 'getPost/x'");
    assert_string_equal(d.items[4].message, VE "UnusedFragment: Unused fragment F");
    ds__diags_free(&d);
}

static void the_error_count_is_capped(void **state) {
    (void)state;
    ds__buf b;
    ds__buf_init(&b, 0);
    ds__buf_puts(&b, "{");
    for (int i = 0; i < 500; i++)
        ds__buf_printf(&b, " f%d", i);
    ds__buf_puts(&b, " }");
    ds__diags d;
    ds__diags_init(&d, NULL);
    assert_int_equal(validate(ts, b.data, &d), DS_ERR_INVALID);
    assert_int_equal(d.count, DS__GQL_MAX_VALIDATION_ERRORS);
    ds__diags_free(&d);
    ds__buf_free(&b);
}

static void nesting_through_fragments_is_limited(void **state) {
    (void)state;
    /* 11 fragments, each 10 levels of friends: 110 levels from the root. */
    ds__buf b;
    ds__buf_init(&b, 0);
    ds__buf_puts(&b, "{ me { ...F0 } }\n");
    for (int i = 0; i <= 10; i++) {
        ds__buf_printf(&b, "fragment F%d on User { ", i);
        for (int k = 0; k < 10; k++)
            ds__buf_puts(&b, "friends { ");
        if (i < 10)
            ds__buf_printf(&b, "...F%d", i + 1);
        else
            ds__buf_puts(&b, "id");
        for (int k = 0; k < 10; k++)
            ds__buf_puts(&b, " }");
        ds__buf_puts(&b, " }\n");
    }
    assert_true(
        error_is(b.data, 1, 1, VE "MaxQueryDepthExceeded: the operation nests selections deeper than 100 levels"));
    ds__buf_free(&b);
    /* 8 fragments: 80 levels plus spreads: fine. */
    ds__buf_init(&b, 0);
    ds__buf_puts(&b, "{ me { ...F0 } }\n");
    for (int i = 0; i <= 7; i++) {
        ds__buf_printf(&b, "fragment F%d on User { ", i);
        for (int k = 0; k < 10; k++)
            ds__buf_puts(&b, "friends { ");
        if (i < 7)
            ds__buf_printf(&b, "...F%d", i + 1);
        else
            ds__buf_puts(&b, "id");
        for (int k = 0; k < 10; k++)
            ds__buf_puts(&b, " }");
        ds__buf_puts(&b, " }\n");
    }
    assert_true(valid(b.data));
    ds__buf_free(&b);
}

static void hostile_fragment_graphs_stay_fast(void **state) {
    (void)state;
    /* Each fragment spreads the next twice and many times over: naive
     * expansion would be 2^400; the validator's work stays linear. */
    ds__buf b;
    ds__buf_init(&b, 0);
    ds__buf_puts(&b, "{ ...F0 }\n");
    const int n = 400;
    for (int i = 0; i < n; i++) {
        ds__buf_printf(&b, "fragment F%d on Query { me { id } ", i);
        if (i + 1 < n)
            for (int k = 0; k < 8; k++)
                ds__buf_printf(&b, "...F%d ", i + 1);
        ds__buf_puts(&b, "}\n");
    }
    clock_t t0 = clock();
    ds__diags d;
    ds__diags_init(&d, NULL);
    ds_status rc = validate(ts, b.data, &d);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    /* 400 fragments chained: deeper than the limit (each spread is a level). */
    assert_int_equal(rc, DS_ERR_INVALID);
    assert_true(secs < 2.0);
    ds__diags_free(&d);
    ds__buf_free(&b);
    /* Wide: many fields, many aliases, many spreads of one fragment. */
    ds__buf_init(&b, 0);
    ds__buf_puts(&b, "{ getPost(id: 1) {");
    for (int i = 0; i < 5000; i++)
        ds__buf_printf(&b, " a%d: title ...P", i);
    ds__buf_puts(&b, " } } fragment P on Post { title body x: views }");
    t0 = clock();
    assert_true(valid(b.data));
    secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    assert_true(secs < 2.0);
    ds__buf_free(&b);
    /* Many directives on one field, huge equal object arguments on two fields of one key. */
    ds__buf_init(&b, 0);
    ds__buf_puts(&b, "{ blogs");
    for (int i = 0; i < 20000; i++)
        ds__buf_puts(&b, " @include(if: true)");
    ds__buf_puts(&b, " { id } ");
    for (int k = 0; k < 2; k++) {
        ds__buf_puts(&b, " e: echo(m: {");
        for (int i = 0; i < 20000; i++)
            ds__buf_printf(&b, " f%d: %d", k ? 19999 - i : i, k ? 19999 - i : i);
        ds__buf_puts(&b, "})");
    }
    ds__buf_puts(&b, " }");
    t0 = clock();
    ds__diags_init(&d, NULL);
    assert_int_equal(validate(ts, b.data, &d), DS_ERR_INVALID);
    assert_int_equal(d.count, DS__GQL_MAX_VALIDATION_ERRORS); /* the duplicate directives, capped */
    ds__diags_free(&d);
    secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    assert_true(secs < 2.0);
    ds__buf_free(&b);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(fields_must_exist_on_their_type),
        cmocka_unit_test(leaf_fields_take_no_selection_and_objects_need_one),
        cmocka_unit_test(fields_with_one_response_key_must_merge),
        cmocka_unit_test(arguments_must_be_known_unique_and_present),
        cmocka_unit_test(literal_values_must_fit_their_types),
        cmocka_unit_test(fragments_must_be_defined_used_and_acyclic),
        cmocka_unit_test(spreads_must_be_possible),
        cmocka_unit_test(variables_must_be_defined_used_and_of_input_types),
        cmocka_unit_test(variable_usages_must_be_allowed),
        cmocka_unit_test(variable_defaults_must_fit),
        cmocka_unit_test(directives_must_be_known_placed_and_unique),
        cmocka_unit_test(operations_must_be_unique_and_lone_when_anonymous),
        cmocka_unit_test(subscriptions_have_one_root_field),
        cmocka_unit_test(all_errors_are_reported_in_source_order),
        cmocka_unit_test(the_error_count_is_capped),
        cmocka_unit_test(nesting_through_fragments_is_limited),
        cmocka_unit_test(hostile_fragment_graphs_stay_fast),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
