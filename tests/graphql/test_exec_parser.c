/*
 * The executable-document parser: every construct of operations and
 * fragments, the exact place and text of syntax errors, the limits, and
 * that any prefix or corruption of a real document fails cleanly. Sources
 * are parsed from exact-size heap copies freed before the tree is looked
 * at, so the sanitizer build proves the tree holds no pointer into the
 * source and nothing reads past its end.
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

#include "graphql/ast.h"
#include "graphql/parser.h"
#include "support/testutil.h"

static ds_status parse_n(const char *text, size_t len, ds__gql_doc **out, ds__diags *d) {
    char *copy = malloc(len ? len : 1);
    assert_non_null(copy);
    if (len)
        memcpy(copy, text, len);
    ds_status rc = ds__gql_parse_executable(copy, len, out, d);
    free(copy);
    return rc;
}

static ds__gql_doc *parse_ok(const char *text) {
    ds__diags d;
    ds__diags_init(&d, "q.graphql");
    ds__gql_doc *doc = NULL;
    ds_status rc = parse_n(text, strlen(text), &doc, &d);
    if (rc != DS_OK)
        fail_msg("parse failed: %u:%u: %s", d.count ? (unsigned)d.items[0].line : 0,
                 d.count ? (unsigned)d.items[0].column : 0, d.count ? d.items[0].message : "(none)");
    assert_int_equal(d.count, 0);
    assert_non_null(doc);
    assert_null(doc->defs);
    ds__diags_free(&d);
    return doc;
}

static bool error_is(const char *text, size_t len, ds_status code, uint32_t line, uint32_t column, const char *msg) {
    ds__diags d;
    ds__diags_init(&d, "q.graphql");
    ds__gql_doc *doc = (ds__gql_doc *)&d;
    ds_status rc = parse_n(text, len, &doc, &d);
    bool ok = rc == code && doc == NULL && d.count == 1 && d.items[0].code == code &&
              strcmp(d.items[0].message, msg) == 0 && d.items[0].line == line && d.items[0].column == column;
    if (!ok && rc == DS_OK)
        print_error("for: %.*s\n got: success\nwant: %u:%u: %s\n", (int)len, text, (unsigned)line, (unsigned)column,
                    msg);
    else if (!ok)
        print_error("for: %.*s\n got: %s %zu diags, %u:%u: %s\nwant: %s %u:%u: %s\n", (int)len, text,
                    ds_status_name(rc), d.count, d.count ? (unsigned)d.items[0].line : 0,
                    d.count ? (unsigned)d.items[0].column : 0, d.count ? d.items[0].message : "", ds_status_name(code),
                    (unsigned)line, (unsigned)column, msg);
    if (rc == DS_OK)
        ds__gql_doc_free(doc);
    ds__diags_free(&d);
    return ok;
}

static size_t count_sel(const ds__gql_selection *s) {
    size_t n = 0;
    for (; s; s = s->next)
        n++;
    return n;
}

/* A document using every construct; shared by the prefix and corruption loops. */
static const char REPRESENTATIVE[] =
    "# a client's document\n"
    "query GetPost($id: ID!, $limit: Int = 10, $tags: [String!] = [\"a\", \"b\"], $f: PostFilter = {title: {eq: "
    "\"x\"}, n: [1, 2.5e3, -3]}) @cached(ttl: 5) {\n"
    "  post: getPost(id: $id) @include(if: true) {\n"
    "    id\n"
    "    title\n"
    "    ...PostParts @skip(if: false)\n"
    "    ... on Post { comments(limit: $limit, filter: {body: {contains: \"\"\"block\n  text\"\"\"}}) { items { id } "
    "} }\n"
    "    ... @include(if: $yes) { version: _version }\n"
    "    __typename\n"
    "  }\n"
    "}\n"
    "mutation Create($input: CreatePostInput!) { createPost(input: $input, condition: null) { id status: status } }\n"
    "subscription OnCreate { onCreatePost { id owner } }\n"
    "fragment PostParts on Post @frag { owner tags rating(scale: ENUM_VALUE, exact: false) }\n"
    "{ shorthand(arg: \"\\u00e9\\n\") }\n";

static void operations_of_every_kind(void **state) {
    (void)state;
    ds__gql_doc *doc = parse_ok(REPRESENTATIVE);
    const ds__gql_operation *q = doc->operations;
    assert_int_equal(q->kind, DS__GQL_OP_QUERY);
    assert_string_equal(q->name, "GetPost");
    assert_int_equal(q->loc.line, 2);
    assert_int_equal(q->loc.column, 1);
    const ds__gql_variable_def *v = q->variables;
    assert_string_equal(v->name, "id");
    assert_int_equal(v->loc.column, 15);
    assert_int_equal(v->type->kind, DS__GQL_TYPE_NON_NULL);
    assert_string_equal(v->type->of->name, "ID");
    assert_null(v->default_value);
    v = v->next;
    assert_string_equal(v->name, "limit");
    assert_int_equal(v->default_value->kind, DS__GQL_VAL_INT);
    assert_string_equal(v->default_value->str, "10");
    v = v->next;
    assert_int_equal(v->type->kind, DS__GQL_TYPE_LIST);
    assert_int_equal(v->default_value->kind, DS__GQL_VAL_LIST);
    assert_string_equal(v->default_value->items->next->str, "b");
    v = v->next;
    assert_int_equal(v->default_value->kind, DS__GQL_VAL_OBJECT);
    const ds__gql_object_field *n = v->default_value->fields->next;
    assert_string_equal(n->name, "n");
    assert_int_equal(n->value->items->next->kind, DS__GQL_VAL_FLOAT);
    assert_string_equal(n->value->items->next->str, "2.5e3");
    assert_string_equal(n->value->items->next->next->str, "-3");
    assert_null(v->next);
    assert_string_equal(q->directives->name, "cached");
    assert_string_equal(q->directives->args->value->str, "5");

    const ds__gql_operation *m = q->next;
    assert_int_equal(m->kind, DS__GQL_OP_MUTATION);
    assert_string_equal(m->name, "Create");
    assert_int_equal(m->selections->args->next->value->kind, DS__GQL_VAL_NULL);
    assert_string_equal(m->selections->selections->next->alias, "status");
    const ds__gql_operation *s = m->next;
    assert_int_equal(s->kind, DS__GQL_OP_SUBSCRIPTION);
    assert_null(s->variables);
    const ds__gql_operation *sh = s->next;
    assert_int_equal(sh->kind, DS__GQL_OP_QUERY);
    assert_null(sh->name);
    assert_int_equal(sh->loc.line, 16);
    assert_int_equal(sh->loc.column, 1);
    assert_int_equal(sh->selections->args->value->len, 3);
    assert_memory_equal(sh->selections->args->value->str, "\xc3\xa9\n", 3);
    assert_null(sh->next);
    ds__gql_doc_free(doc);
}

static void fields_aliases_arguments_and_directives(void **state) {
    (void)state;
    ds__gql_doc *doc = parse_ok(REPRESENTATIVE);
    const ds__gql_selection *f = doc->operations->selections;
    assert_int_equal(f->kind, DS__GQL_SEL_FIELD);
    assert_string_equal(f->alias, "post");
    assert_string_equal(f->name, "getPost");
    assert_string_equal(ds__gql_response_key(f), "post");
    assert_int_equal(f->loc.line, 3);
    assert_int_equal(f->loc.column, 3);
    assert_int_equal(f->args->value->kind, DS__GQL_VAL_VARIABLE);
    assert_string_equal(f->args->value->str, "id");
    assert_string_equal(f->directives->name, "include");
    assert_true(f->directives->args->value->boolean);
    assert_int_equal(count_sel(f->selections), 6);
    const ds__gql_selection *id = f->selections;
    assert_null(id->alias);
    assert_null(id->selections);
    assert_string_equal(ds__gql_response_key(id), "id");
    const ds__gql_selection *last = id->next->next->next->next->next;
    assert_string_equal(last->name, "__typename");
    ds__gql_doc_free(doc);
}

static void fragments_spreads_and_inline_fragments(void **state) {
    (void)state;
    ds__gql_doc *doc = parse_ok(REPRESENTATIVE);
    const ds__gql_selection *sel = doc->operations->selections->selections->next->next;
    assert_int_equal(sel->kind, DS__GQL_SEL_FRAGMENT_SPREAD);
    assert_string_equal(sel->name, "PostParts");
    assert_int_equal(sel->loc.column, 5);
    assert_string_equal(sel->directives->name, "skip");
    sel = sel->next;
    assert_int_equal(sel->kind, DS__GQL_SEL_INLINE_FRAGMENT);
    assert_string_equal(sel->type_condition, "Post");
    assert_int_equal(sel->type_loc.column, 12);
    const ds__gql_selection *comments = sel->selections;
    assert_string_equal(comments->name, "comments");
    const ds__gql_value *filter = comments->args->next->value;
    assert_true(filter->fields->value->fields->value->block);
    assert_string_equal(filter->fields->value->fields->value->str, "block\ntext");
    sel = sel->next;
    assert_int_equal(sel->kind, DS__GQL_SEL_INLINE_FRAGMENT);
    assert_null(sel->type_condition);
    assert_string_equal(sel->directives->args->value->str, "yes");
    assert_string_equal(sel->selections->alias, "version");

    const ds__gql_fragment *fr = doc->fragments;
    assert_non_null(fr);
    assert_string_equal(fr->name, "PostParts");
    assert_string_equal(fr->type_condition, "Post");
    assert_int_equal(fr->loc.line, 15);
    assert_int_equal(fr->loc.column, 1);
    assert_int_equal(fr->type_loc.column, 23);
    assert_string_equal(fr->directives->name, "frag");
    const ds__gql_selection *rating = fr->selections->next->next;
    assert_int_equal(rating->args->value->kind, DS__GQL_VAL_ENUM);
    assert_string_equal(rating->args->value->str, "ENUM_VALUE");
    assert_false(rating->args->next->value->boolean);
    assert_null(fr->next);
    ds__gql_doc_free(doc);
}

static void keywords_are_ordinary_names(void **state) {
    (void)state;
    ds__gql_doc *doc = parse_ok("query query($query: query) { query: mutation(fragment: on) { type subscription "
                                "... on on { on } } fragment }\nfragment fragment on query { null: true }");
    const ds__gql_operation *q = doc->operations;
    assert_string_equal(q->name, "query");
    assert_string_equal(q->variables->type->name, "query");
    assert_string_equal(q->selections->alias, "query");
    assert_string_equal(q->selections->name, "mutation");
    assert_int_equal(q->selections->args->value->kind, DS__GQL_VAL_ENUM);
    const ds__gql_selection *inl = q->selections->selections->next->next;
    assert_string_equal(inl->type_condition, "on");
    assert_string_equal(q->selections->next->name, "fragment");
    assert_string_equal(doc->fragments->name, "fragment");
    assert_string_equal(doc->fragments->selections->alias, "null");
    ds__gql_doc_free(doc);
}

static void anonymous_operations_with_keyword(void **state) {
    (void)state;
    ds__gql_doc *doc = parse_ok("query { a } mutation { b } subscription @d { c }");
    assert_null(doc->operations->name);
    assert_int_equal(doc->operations->next->kind, DS__GQL_OP_MUTATION);
    assert_null(doc->operations->next->next->name);
    assert_string_equal(doc->operations->next->next->directives->name, "d");
    ds__gql_doc_free(doc);
}

static void syntax_errors_name_the_token_and_its_place(void **state) {
    (void)state;
    static const struct {
        const char *text;
        uint32_t line, column;
        const char *msg;
    } cases[] = {
        {"", 1, 1, "expected a definition, found <EOF>"},
        {"  # only a comment\n", 2, 1, "expected a definition, found <EOF>"},
        {"{", 1, 2, "expected Name, found <EOF>"},
        {"{}", 1, 2, "expected Name, found \"}\""},
        {"{ a { } }", 1, 7, "expected Name, found \"}\""},
        {"{ a }}", 1, 6, "expected a definition, found \"}\""},
        {"query { a(b:) }", 1, 13, "unexpected \")\""},
        {"query { a() }", 1, 11, "expected Name, found \")\""},
        {"{ a(b: [1, 2) }", 1, 13, "unexpected \")\""},
        {"{ a(b: {c 1}) }", 1, 11, "expected \":\", found Int \"1\""},
        {"{ a: }", 1, 6, "expected Name, found \"}\""},
        {"{ a: b: c }", 1, 7, "expected Name, found \":\""},
        {"{ a @ }", 1, 7, "expected Name, found \"}\""},
        {"{ ... }", 1, 7, "expected \"{\", found \"}\""},
        {"{ ... on }", 1, 10, "expected Name, found \"}\""},
        {"{ ...on }", 1, 9, "expected Name, found \"}\""},
        {"{ ... @skip(if: true) }", 1, 23, "expected \"{\", found \"}\""},
        {"query Q($x: Int = $y) { a }", 1, 19, "unexpected variable \"$y\" in constant value"},
        {"query Q($x: Int @d(a: $y)) { a }", 1, 23, "unexpected variable \"$y\" in constant value"},
        {"query Q($x) { a }", 1, 11, "expected \":\", found \")\""},
        {"query Q(x: Int) { a }", 1, 9, "expected \"$\", found Name \"x\""},
        {"query Q() { a }", 1, 9, "expected \"$\", found \")\""},
        {"query Q($x: [Int) { a }", 1, 17, "expected \"]\", found \")\""},
        {"query Q($x: Int!!) { a }", 1, 17, "unexpected \"!\": a type can be non-null only once"},
        {"query Q", 1, 8, "expected \"{\", found <EOF>"},
        {"mutation", 1, 9, "expected \"{\", found <EOF>"},
        {"query Q @d { a } query", 1, 23, "expected \"{\", found <EOF>"},
        {"fragment on on T { a }", 1, 10, "unexpected Name \"on\""},
        {"fragment F T { a }", 1, 12, "expected \"on\", found Name \"T\""},
        {"fragment F on T", 1, 16, "expected \"{\", found <EOF>"},
        {"fragment F on T @d", 1, 19, "expected \"{\", found <EOF>"},
        {"type Query { a: Int }", 1, 1,
         "unexpected Name \"type\": type-system definitions are not allowed in an executable document"},
        {"{ a } schema { query: Q }", 1, 7,
         "unexpected Name \"schema\": type-system definitions are not allowed in an executable document"},
        {"\"desc\" query { a }", 1, 1,
         "unexpected String \"desc\": type-system definitions are not allowed in an executable document"},
        {"extend type Q { b: Int }", 1, 1,
         "unexpected Name \"extend\": type-system definitions are not allowed in an executable document"},
        {"directive @d on FIELD", 1, 1,
         "unexpected Name \"directive\": type-system definitions are not allowed in an executable document"},
        {"foo { a }", 1, 1, "expected a definition, found Name \"foo\""},
        {"{ a(b: \"unterminated) }", 1, 24, "unterminated string"},
        {"{ a(b: 0x1) }", 1, 9, "invalid number, unexpected 'x' after number"},
        {"{ a(b: $) }", 1, 9, "expected Name, found \")\""},
        {"{ a(b: 1 }", 1, 10, "expected Name, found \"}\""},
        {"{ é }", 1, 3, "unexpected character U+00E9"},
        {"{ a }\n\n  {", 3, 4, "expected Name, found <EOF>"},
        {"{ a(s: \"é\" b: ) }", 1, 15, "unexpected \")\""},
    };
    bool all = true;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        all = error_is(cases[i].text, strlen(cases[i].text), DS_ERR_SYNTAX, cases[i].line, cases[i].column,
                       cases[i].msg) &&
              all;
    assert_true(all);
}

static void selection_nesting_is_limited(void **state) {
    (void)state;
    char buf[2048];
    size_t n = 0;
    for (int i = 0; i < DS__GQL_MAX_DEPTH; i++)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "{a");
    n += (size_t)snprintf(buf + n, sizeof buf - n, " b");
    for (int i = 0; i < DS__GQL_MAX_DEPTH; i++)
        buf[n++] = '}';
    buf[n] = '\0';
    /* 64 selection sets: accepted. */
    ds__gql_doc *doc = parse_ok(buf);
    ds__gql_doc_free(doc);
    /* 65: refused at the 65th '{'. */
    n = 0;
    for (int i = 0; i <= DS__GQL_MAX_DEPTH; i++)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "{a");
    buf[n] = '\0';
    assert_true(error_is(buf, n, DS_ERR_LIMIT, 1, 2 * DS__GQL_MAX_DEPTH + 1, "nesting deeper than 64 levels"));
    /* Selection sets and values count together. */
    n = 0;
    for (int i = 0; i < DS__GQL_MAX_DEPTH - 1; i++)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "{a");
    n += (size_t)snprintf(buf + n, sizeof buf - n, "(x: [[1]])");
    buf[n] = '\0';
    assert_true(error_is(buf, n, DS_ERR_LIMIT, 1, (uint32_t)(2 * (DS__GQL_MAX_DEPTH - 1) + 6),
                         "nesting deeper than 64 levels"));
}

static void oversized_sources_are_refused_unread(void **state) {
    (void)state;
    ds__diags d;
    ds__diags_init(&d, NULL);
    ds__gql_doc *doc = NULL;
    /* The pointer is never read when the length is over the limit. */
    assert_int_equal(ds__gql_parse_executable("{ a }", DS__GQL_MAX_SOURCE + 1, &doc, &d), DS_ERR_LIMIT);
    assert_null(doc);
    assert_int_equal(d.count, 1);
    ds__diags_free(&d);
    assert_int_equal(ds__gql_parse_executable(NULL, 3, &doc, NULL), DS_ERR_INVALID);
    assert_int_equal(ds__gql_parse_executable("{a}", 3, NULL, NULL), DS_ERR_INVALID);
    /* No diagnostics list is fine too. */
    assert_int_equal(ds__gql_parse_executable("{", 1, &doc, NULL), DS_ERR_SYNTAX);
    assert_null(doc);
}

static void column_counts_code_points(void **state) {
    (void)state;
    assert_true(error_is("{ a(s: \"日本語\") b(", strlen("{ a(s: \"日本語\") b("), DS_ERR_SYNTAX, 1, 17,
                         "expected Name, found <EOF>"));
}

/* Exactly the parser's contract: a document and no diagnostic, or no
 * document and one diagnostic. */
static void parse_cleanly(const char *text, size_t len) {
    ds__diags d;
    ds__diags_init(&d, NULL);
    ds__gql_doc *doc = NULL;
    ds_status rc = parse_n(text, len, &doc, &d);
    if (rc == DS_OK) {
        assert_non_null(doc);
        assert_int_equal(d.count, 0);
    } else {
        assert_null(doc);
        assert_int_equal(d.count, 1);
    }
    ds__gql_doc_free(doc);
    ds__diags_free(&d);
}

static void every_prefix_parses_or_fails_cleanly(void **state) {
    (void)state;
    size_t len = strlen(REPRESENTATIVE);
    for (size_t n = 0; n <= len; n++)
        parse_cleanly(REPRESENTATIVE, n);
}

static void corrupted_documents_fail_cleanly(void **state) {
    (void)state;
    size_t len = strlen(REPRESENTATIVE);
    char *buf = malloc(len);
    assert_non_null(buf);
    static const char replacements[] = "{}()[]:$@!=.|&\"\\#\n \x00\xff\xc3"
                                       "aZ0-";
    uint32_t seed = 12345;
    for (size_t pos = 0; pos < len; pos++) {
        for (size_t r = 0; r < sizeof replacements - 1; r += 3) {
            memcpy(buf, REPRESENTATIVE, len);
            buf[pos] = replacements[r];
            parse_cleanly(buf, len);
        }
        /* and a deletion */
        memcpy(buf, REPRESENTATIVE, pos);
        memcpy(buf + pos, REPRESENTATIVE + pos + 1, len - pos - 1);
        parse_cleanly(buf, len - 1);
    }
    /* random multi-byte damage */
    for (int round = 0; round < 3000; round++) {
        memcpy(buf, REPRESENTATIVE, len);
        for (int k = 0; k < 4; k++) {
            seed = seed * 1103515245u + 12345u;
            size_t pos = (seed >> 8) % len;
            seed = seed * 1103515245u + 12345u;
            buf[pos] = (char)(seed >> 16);
        }
        parse_cleanly(buf, len);
    }
    free(buf);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(operations_of_every_kind),
        cmocka_unit_test(fields_aliases_arguments_and_directives),
        cmocka_unit_test(fragments_spreads_and_inline_fragments),
        cmocka_unit_test(keywords_are_ordinary_names),
        cmocka_unit_test(anonymous_operations_with_keyword),
        cmocka_unit_test(syntax_errors_name_the_token_and_its_place),
        cmocka_unit_test(selection_nesting_is_limited),
        cmocka_unit_test(oversized_sources_are_refused_unread),
        cmocka_unit_test(column_counts_code_points),
        cmocka_unit_test(every_prefix_parses_or_fails_cleanly),
        cmocka_unit_test(corrupted_documents_fail_cleanly),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
