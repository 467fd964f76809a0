/*
 * The executable-document parser: queries, mutations, subscriptions and
 * fragments (spec October 2021, §2.3-§2.8) to the tree in ast.h.
 *
 * Design: the same as sdl_parser.c, on purpose, so the two read as one
 * parser split by grammar:
 *   - Recursive descent over the lexer's tokens with one token of lookahead.
 *     Keywords are Names compared in context (a field may be called `query`
 *     or `fragment`).
 *   - The first error wins: ds__gqlp_fail() records one diagnostic and sets
 *     p->status; every function returns NULL/false once it is set. All nodes
 *     live in one arena, so unwinding is one ds__arena_free.
 *   - Limits: the source by DS__GQL_MAX_SOURCE, nesting (selection sets,
 *     list and object values, list types, counted together) by
 *     DS__GQL_MAX_DEPTH, memory by DS__GQLP_ARENA_MAX. Everything else is
 *     loops, so stack use is bounded and time linear in the source.
 *   - Messages follow graphql-js in lower case ("expected Name, found
 *     \"}\""), at the line:column of the token that is wrong. The token
 *     cursor (ds__gqlp_fail, _advance, _expect, _parse_name, _parse_type,
 *     ...) is parser_base.c, shared with the SDL parser, so the wording is
 *     the same; only values differ (variables are allowed outside constant
 *     contexts).
 *   - A type-system definition (or a description, which can only start one)
 *     is an error naming what was found, mirroring the SDL parser's error
 *     for executable definitions.
 *   - Codes: DS_ERR_SYNTAX for grammar and lexical errors, DS_ERR_LIMIT for
 *     size, depth and memory, DS_ERR_NOMEM when malloc fails.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "graphql/parser_base.h"

/* ---- names ------------------------------------------------------------------- */

/* FragmentName: any Name but `on`. */
static const char *parse_fragment_name(ds__gql_parser *p, ds__gql_loc *loc) {
    if (ds__gqlp_is_keyword(p, "on")) {
        ds__gqlp_fail_unexpected(p);
        return NULL;
    }
    return ds__gqlp_parse_name(p, loc);
}

/* ---- values ------------------------------------------------------------- */

static ds__gql_value *parse_value(ds__gql_parser *p, bool is_const);

static ds__gql_value *parse_list_value(ds__gql_parser *p, ds__gql_value *v, bool is_const) {
    ds__gql_value *tail = NULL;
    v->kind = DS__GQL_VAL_LIST;
    if (!ds__gqlp_enter(p) || !ds__gqlp_advance(p))
        return NULL;
    while (!ds__gqlp_accept(p, DS__TOK_RBRACKET)) {
        if (p->status != DS_OK)
            return NULL;
        ds__gql_value *item = parse_value(p, is_const);
        if (!item)
            return NULL;
        DS__GQLP_APPEND(v->items, tail, item);
    }
    p->depth--;
    return p->status == DS_OK ? v : NULL;
}

static ds__gql_value *parse_object_value(ds__gql_parser *p, ds__gql_value *v, bool is_const) {
    ds__gql_object_field *tail = NULL;
    v->kind = DS__GQL_VAL_OBJECT;
    if (!ds__gqlp_enter(p) || !ds__gqlp_advance(p))
        return NULL;
    while (!ds__gqlp_accept(p, DS__TOK_RBRACE)) {
        if (p->status != DS_OK)
            return NULL;
        ds__gql_object_field *f = ds__gqlp_alloc(p, sizeof *f);
        if (!f || !(f->name = ds__gqlp_parse_name(p, &f->loc)) || !ds__gqlp_expect(p, DS__TOK_COLON) ||
            !(f->value = parse_value(p, is_const)))
            return NULL;
        DS__GQLP_APPEND(v->fields, tail, f);
    }
    p->depth--;
    return p->status == DS_OK ? v : NULL;
}

/* Value[Const] when is_const (default values, directives of variable
 * definitions), else Value, which may hold $variables. */
static ds__gql_value *parse_value(ds__gql_parser *p, bool is_const) {
    ds__gql_value *v = ds__gqlp_alloc(p, sizeof *v);
    if (!v)
        return NULL;
    v->loc = p->tok.loc;
    switch (p->tok.kind) {
    case DS__TOK_LBRACKET: return parse_list_value(p, v, is_const);
    case DS__TOK_LBRACE: return parse_object_value(p, v, is_const);
    case DS__TOK_INT:
    case DS__TOK_FLOAT:
        v->kind = p->tok.kind == DS__TOK_INT ? DS__GQL_VAL_INT : DS__GQL_VAL_FLOAT;
        v->len = p->tok.len;
        if (!(v->str = ds__arena_strndup(p->arena, p->tok.start, p->tok.len))) {
            ds__gqlp_fail_memory(p);
            return NULL;
        }
        return ds__gqlp_advance(p) ? v : NULL;
    case DS__TOK_STRING:
    case DS__TOK_BLOCK_STRING:
        v->kind = DS__GQL_VAL_STRING;
        v->block = p->tok.kind == DS__TOK_BLOCK_STRING;
        return (v->str = ds__gqlp_parse_string(p, &v->len)) ? v : NULL;
    case DS__TOK_NAME:
        if (ds__gqlp_is_keyword(p, "true") || ds__gqlp_is_keyword(p, "false")) {
            v->kind = DS__GQL_VAL_BOOLEAN;
            v->boolean = ds__gqlp_is_keyword(p, "true");
            return ds__gqlp_advance(p) ? v : NULL;
        }
        if (ds__gqlp_is_keyword(p, "null")) {
            v->kind = DS__GQL_VAL_NULL;
            return ds__gqlp_advance(p) ? v : NULL;
        }
        v->kind = DS__GQL_VAL_ENUM;
        if (!(v->str = ds__gqlp_parse_name(p, NULL)))
            return NULL;
        v->len = strlen(v->str);
        return v;
    case DS__TOK_DOLLAR: {
        ds__gql_loc at = p->tok.loc;
        if (is_const) {
            if (ds__gqlp_advance(p) && ds__gqlp_peek(p, DS__TOK_NAME))
                ds__gqlp_fail(p, DS_ERR_SYNTAX, at, "unexpected variable \"$%.*s\" in constant value", (int)p->tok.len,
                              p->tok.start);
            else
                ds__gqlp_fail(p, DS_ERR_SYNTAX, at, "unexpected \"$\" in constant value");
            return NULL;
        }
        v->kind = DS__GQL_VAL_VARIABLE;
        if (!ds__gqlp_advance(p) || !(v->str = ds__gqlp_parse_name(p, NULL)))
            return NULL;
        v->len = strlen(v->str);
        return v;
    }
    default: ds__gqlp_fail_unexpected(p); return NULL;
    }
}

/* ---- types, arguments and directives -------------------------------------- */

/* `(name: value ...)` when present; the list may not be empty. */
static bool parse_arguments(ds__gql_parser *p, bool is_const, ds__gql_argument **out) {
    ds__gql_argument *tail = NULL;
    *out = NULL;
    if (!ds__gqlp_accept(p, DS__TOK_LPAREN))
        return p->status == DS_OK;
    do {
        ds__gql_argument *a = ds__gqlp_alloc(p, sizeof *a);
        if (!a || !(a->name = ds__gqlp_parse_name(p, &a->loc)) || !ds__gqlp_expect(p, DS__TOK_COLON) ||
            !(a->value = parse_value(p, is_const)))
            return false;
        DS__GQLP_APPEND(*out, tail, a);
    } while (!ds__gqlp_accept(p, DS__TOK_RPAREN) && p->status == DS_OK);
    return p->status == DS_OK;
}

static bool parse_directives(ds__gql_parser *p, bool is_const, ds__gql_directive **out) {
    ds__gql_directive *tail = NULL;
    *out = NULL;
    while (ds__gqlp_peek(p, DS__TOK_AT)) {
        ds__gql_directive *d = ds__gqlp_alloc(p, sizeof *d);
        if (!d)
            return false;
        d->loc = p->tok.loc;
        if (!ds__gqlp_advance(p) || !(d->name = ds__gqlp_parse_name(p, NULL)) ||
            !parse_arguments(p, is_const, &d->args))
            return false;
        DS__GQLP_APPEND(*out, tail, d);
    }
    return p->status == DS_OK;
}

/* ---- selections ----------------------------------------------------------- */

static bool parse_selection_set(ds__gql_parser *p, ds__gql_selection **out);

static ds__gql_selection *parse_field(ds__gql_parser *p) {
    ds__gql_selection *s = ds__gqlp_alloc(p, sizeof *s);
    if (!s)
        return NULL;
    s->kind = DS__GQL_SEL_FIELD;
    if (!(s->name = ds__gqlp_parse_name(p, &s->loc)))
        return NULL;
    if (ds__gqlp_accept(p, DS__TOK_COLON)) {
        s->alias = s->name;
        if (!(s->name = ds__gqlp_parse_name(p, NULL)))
            return NULL;
    }
    if (p->status != DS_OK || !parse_arguments(p, false, &s->args) || !parse_directives(p, false, &s->directives))
        return NULL;
    if (ds__gqlp_peek(p, DS__TOK_LBRACE) && !parse_selection_set(p, &s->selections))
        return NULL;
    return s;
}

/* After "...": a fragment spread (a Name other than `on`) or an inline
 * fragment (`on Type`, directives or a selection set). */
static ds__gql_selection *parse_fragment_selection(ds__gql_parser *p) {
    ds__gql_selection *s = ds__gqlp_alloc(p, sizeof *s);
    if (!s)
        return NULL;
    s->loc = p->tok.loc;
    if (!ds__gqlp_advance(p))
        return NULL;
    if (ds__gqlp_peek(p, DS__TOK_NAME) && !ds__gqlp_is_keyword(p, "on")) {
        s->kind = DS__GQL_SEL_FRAGMENT_SPREAD;
        if (!(s->name = ds__gqlp_parse_name(p, NULL)) || !parse_directives(p, false, &s->directives))
            return NULL;
        return s;
    }
    s->kind = DS__GQL_SEL_INLINE_FRAGMENT;
    if (ds__gqlp_is_keyword(p, "on") &&
        (!ds__gqlp_advance(p) || !(s->type_condition = ds__gqlp_parse_name(p, &s->type_loc))))
        return NULL;
    if (!parse_directives(p, false, &s->directives))
        return NULL;
    if (!ds__gqlp_peek(p, DS__TOK_LBRACE)) {
        ds__gqlp_fail_expected(p, "\"{\"");
        return NULL;
    }
    return parse_selection_set(p, &s->selections) ? s : NULL;
}

/* `{ Selection+ }`; the '{' is current. */
static bool parse_selection_set(ds__gql_parser *p, ds__gql_selection **out) {
    ds__gql_selection *tail = NULL;
    *out = NULL;
    if (!ds__gqlp_enter(p) || !ds__gqlp_expect(p, DS__TOK_LBRACE))
        return false;
    do {
        ds__gql_selection *s;
        if (ds__gqlp_peek(p, DS__TOK_SPREAD))
            s = parse_fragment_selection(p);
        else if (ds__gqlp_peek(p, DS__TOK_NAME))
            s = parse_field(p);
        else {
            ds__gqlp_fail_expected(p, "Name");
            return false;
        }
        if (!s)
            return false;
        DS__GQLP_APPEND(*out, tail, s);
    } while (!ds__gqlp_accept(p, DS__TOK_RBRACE) && p->status == DS_OK);
    p->depth--;
    return p->status == DS_OK;
}

/* ---- definitions ---------------------------------------------------------- */

static bool parse_variable_defs(ds__gql_parser *p, ds__gql_variable_def **out) {
    ds__gql_variable_def *tail = NULL;
    if (!ds__gqlp_accept(p, DS__TOK_LPAREN))
        return p->status == DS_OK;
    do {
        ds__gql_variable_def *v = ds__gqlp_alloc(p, sizeof *v);
        if (!v)
            return false;
        v->loc = p->tok.loc;
        if (!ds__gqlp_expect(p, DS__TOK_DOLLAR) || !(v->name = ds__gqlp_parse_name(p, NULL)) ||
            !ds__gqlp_expect(p, DS__TOK_COLON) || !(v->type = ds__gqlp_parse_type(p)))
            return false;
        if (ds__gqlp_accept(p, DS__TOK_EQUALS) && !(v->default_value = parse_value(p, true)))
            return false;
        if (!parse_directives(p, true, &v->directives))
            return false;
        DS__GQLP_APPEND(*out, tail, v);
    } while (!ds__gqlp_accept(p, DS__TOK_RPAREN) && p->status == DS_OK);
    return p->status == DS_OK;
}

static ds__gql_operation *parse_operation(ds__gql_parser *p) {
    ds__gql_operation *op = ds__gqlp_alloc(p, sizeof *op);
    if (!op)
        return NULL;
    op->loc = p->tok.loc;
    if (ds__gqlp_peek(p, DS__TOK_LBRACE)) { /* the query shorthand */
        op->kind = DS__GQL_OP_QUERY;
        return parse_selection_set(p, &op->selections) ? op : NULL;
    }
    op->kind = ds__gqlp_is_keyword(p, "query")      ? DS__GQL_OP_QUERY
               : ds__gqlp_is_keyword(p, "mutation") ? DS__GQL_OP_MUTATION
                                           : DS__GQL_OP_SUBSCRIPTION;
    if (!ds__gqlp_advance(p))
        return NULL;
    if (ds__gqlp_peek(p, DS__TOK_NAME) && !(op->name = ds__gqlp_parse_name(p, NULL)))
        return NULL;
    if (!parse_variable_defs(p, &op->variables) || !parse_directives(p, false, &op->directives))
        return NULL;
    if (!ds__gqlp_peek(p, DS__TOK_LBRACE)) {
        ds__gqlp_fail_expected(p, "\"{\"");
        return NULL;
    }
    return parse_selection_set(p, &op->selections) ? op : NULL;
}

static ds__gql_fragment *parse_fragment(ds__gql_parser *p) {
    ds__gql_fragment *f = ds__gqlp_alloc(p, sizeof *f);
    if (!f)
        return NULL;
    f->loc = p->tok.loc;
    if (!ds__gqlp_advance(p) || !(f->name = parse_fragment_name(p, NULL)) || !ds__gqlp_expect_keyword(p, "on") ||
        !(f->type_condition = ds__gqlp_parse_name(p, &f->type_loc)) || !parse_directives(p, false, &f->directives))
        return NULL;
    if (!ds__gqlp_peek(p, DS__TOK_LBRACE)) {
        ds__gqlp_fail_expected(p, "\"{\"");
        return NULL;
    }
    return parse_selection_set(p, &f->selections) ? f : NULL;
}

static bool is_type_system_start(const ds__gql_parser *p) {
    static const char *const keywords[] = {"schema", "scalar", "type",   "interface", "union",
                                           "enum",   "input",  "extend", "directive"};
    if (ds__gqlp_peek(p, DS__TOK_STRING) || ds__gqlp_peek(p, DS__TOK_BLOCK_STRING))
        return true; /* a description */
    for (size_t i = 0; i < sizeof keywords / sizeof *keywords; i++)
        if (ds__gqlp_is_keyword(p, keywords[i]))
            return true;
    return false;
}

/* ---- entry point ------------------------------------------------------------ */

ds_status ds__gql_parse_executable(const char *src, size_t len, ds__gql_doc **out, ds__diags *diags) {
    if (!out)
        return DS_ERR_INVALID;
    *out = NULL;
    if (!src && len > 0)
        return DS_ERR_INVALID;
    if (len > DS__GQL_MAX_SOURCE) {
        if (diags)
            ds__diags_add(diags, DS_ERR_LIMIT, 0, 0, "document is larger than %zu bytes", DS__GQL_MAX_SOURCE);
        return DS_ERR_LIMIT;
    }
    ds__gql_parser p = {.diags = diags};
    ds__gql_lexer_init(&p.lx, src, len);
    p.arena = ds__arena_new(DS__GQLP_ARENA_MAX);
    ds__gql_doc *doc = p.arena ? ds__arena_alloc(p.arena, sizeof *doc) : NULL;
    if (!doc) {
        ds__arena_free(p.arena);
        if (diags)
            ds__diags_add(diags, DS_ERR_NOMEM, 0, 0, "out of memory");
        return DS_ERR_NOMEM;
    }
    doc->arena = p.arena;
    ds__gql_operation *otail = NULL;
    ds__gql_fragment *ftail = NULL;
    if (ds__gqlp_advance(&p) && ds__gqlp_peek(&p, DS__TOK_EOF))
        ds__gqlp_fail_expected(&p, "a definition");
    while (p.status == DS_OK && !ds__gqlp_peek(&p, DS__TOK_EOF)) {
        if (ds__gqlp_peek(&p, DS__TOK_LBRACE) || ds__gqlp_is_keyword(&p, "query") ||
            ds__gqlp_is_keyword(&p, "mutation") || ds__gqlp_is_keyword(&p, "subscription")) {
            ds__gql_operation *op = parse_operation(&p);
            if (!op)
                break;
            DS__GQLP_APPEND(doc->operations, otail, op);
        } else if (ds__gqlp_is_keyword(&p, "fragment")) {
            ds__gql_fragment *f = parse_fragment(&p);
            if (!f)
                break;
            DS__GQLP_APPEND(doc->fragments, ftail, f);
        } else if (is_type_system_start(&p)) {
            char found[128];
            ds__gqlp_fail(&p, DS_ERR_SYNTAX, p.tok.loc,
                          "unexpected %s: type-system definitions are not allowed in an executable document",
                          ds__gqlp_describe(&p.tok, found, sizeof found));
        } else {
            ds__gqlp_fail_expected(&p, "a definition");
        }
    }
    if (p.status != DS_OK) {
        ds__arena_free(p.arena);
        return p.status;
    }
    *out = doc;
    return DS_OK;
}
