/*
 * The executable-document parser: queries, mutations, subscriptions and
 * fragments (spec October 2021, §2.3-§2.8) to the tree in ast.h.
 *
 * Design: the same as sdl_parser.c, on purpose, so the two read as one
 * parser split by grammar:
 *   - Recursive descent over the lexer's tokens with one token of lookahead.
 *     Keywords are Names compared in context (a field may be called `query`
 *     or `fragment`).
 *   - The first error wins: fail() records one diagnostic and sets
 *     p->status; every function returns NULL/false once it is set. All nodes
 *     live in one arena, so unwinding is one ds__arena_free.
 *   - Limits: the source by DS__GQL_MAX_SOURCE, nesting (selection sets,
 *     list and object values, list types, counted together) by
 *     DS__GQL_MAX_DEPTH, memory by ARENA_MAX. Everything else is loops, so
 *     stack use is bounded and time linear in the source.
 *   - Messages follow graphql-js in lower case ("expected Name, found
 *     \"}\""), at the line:column of the token that is wrong. The helpers
 *     below (fail, describe, advance, expect, parse_name, parse_type, ...)
 *     are the SDL parser's, with identical wording; only values differ
 *     (variables are allowed outside constant contexts).
 *   - A type-system definition (or a description, which can only start one)
 *     is an error naming what was found, mirroring the SDL parser's error
 *     for executable definitions.
 *   - Codes: DS_ERR_SYNTAX for grammar and lexical errors, DS_ERR_LIMIT for
 *     size, depth and memory, DS_ERR_NOMEM when malloc fails.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "graphql/lexer.h"
#include "graphql/parser.h"

typedef struct parser {
    ds__gql_lexer lx;
    ds__gql_token tok; /* the current token, not yet consumed */
    ds__arena *arena;
    ds__diags *diags;
    unsigned depth;   /* open selection sets, list/object values, list types */
    ds_status status; /* DS_OK until the first error */
} parser;

#define APPEND(head, tail, node)                                                                                       \
    do {                                                                                                               \
        if (tail)                                                                                                      \
            (tail)->next = (node);                                                                                     \
        else                                                                                                           \
            (head) = (node);                                                                                           \
        (tail) = (node);                                                                                               \
    } while (0)

/* ---- errors --------------------------------------------------------------- */

static void fail(parser *p, ds_status code, ds__gql_loc loc, const char *fmt, ...) DS__PRINTF(4, 5);

static void fail(parser *p, ds_status code, ds__gql_loc loc, const char *fmt, ...) {
    if (p->status != DS_OK)
        return;
    p->status = code;
    if (!p->diags)
        return;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    ds__diags_add(p->diags, code, loc.line, loc.column, "%s", msg);
}

#define ARENA_MAX ((size_t)256 << 20)

static void fail_memory(parser *p) {
    if (ds__arena_used(p->arena) > ARENA_MAX - DS__GQL_MAX_SOURCE - ((size_t)64 << 10))
        fail(p, DS_ERR_LIMIT, p->tok.loc, "document needs more than %zu MiB of memory", ARENA_MAX >> 20);
    else
        fail(p, DS_ERR_NOMEM, p->tok.loc, "out of memory");
}

static void *alloc(parser *p, size_t size) {
    void *node = ds__arena_alloc(p->arena, size);
    if (!node)
        fail_memory(p);
    return node;
}

/* Describes a token for "found ..." the way graphql-js does (see the SDL
 * parser): punctuators in quotes, <EOF>, kind plus text for the rest. */
static const char *describe(const ds__gql_token *t, char *buf, size_t cap) {
    if (t->kind != DS__TOK_NAME && t->kind != DS__TOK_INT && t->kind != DS__TOK_FLOAT && t->kind != DS__TOK_STRING &&
        t->kind != DS__TOK_BLOCK_STRING)
        return ds__gql_tok_describe(t->kind);
    const size_t max_text = 40;
    char text[48];
    size_t n = 0, q = t->kind == DS__TOK_STRING ? 1 : t->kind == DS__TOK_BLOCK_STRING ? 3 : 0;
    const char *s = t->start + q;
    size_t len = t->len >= 2 * q ? t->len - 2 * q : 0;
    for (size_t i = 0; i < len && n < max_text; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c & 0xC0) == 0x80 || c < 0x80) {
            text[n++] = (c < 0x20 || c == 0x7F) ? '?' : (char)c;
        } else {
            size_t clen = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            if (n + clen > max_text || i + clen > len)
                break;
            memcpy(text + n, s + i, clen);
            n += clen;
            i += clen - 1;
        }
    }
    text[n] = '\0';
    snprintf(buf, cap, "%s \"%s%s\"", ds__gql_tok_describe(t->kind), text, n < len ? "..." : "");
    return buf;
}

static void fail_expected(parser *p, const char *what) {
    char found[128];
    fail(p, DS_ERR_SYNTAX, p->tok.loc, "expected %s, found %s", what, describe(&p->tok, found, sizeof found));
}

static void fail_unexpected(parser *p) {
    char found[128];
    fail(p, DS_ERR_SYNTAX, p->tok.loc, "unexpected %s", describe(&p->tok, found, sizeof found));
}

/* ---- tokens --------------------------------------------------------------- */

static bool advance(parser *p) {
    if (p->status != DS_OK)
        return false;
    if (ds__gql_lex(&p->lx, &p->tok) == DS__TOK_ERROR) {
        fail(p, DS_ERR_SYNTAX, p->tok.loc, "%s", p->lx.error);
        return false;
    }
    return true;
}

static bool peek(const parser *p, ds__gql_tok_kind kind) { return p->status == DS_OK && p->tok.kind == kind; }

static bool expect(parser *p, ds__gql_tok_kind kind) {
    if (!peek(p, kind)) {
        fail_expected(p, ds__gql_tok_describe(kind));
        return false;
    }
    return advance(p);
}

static bool accept(parser *p, ds__gql_tok_kind kind) {
    if (!peek(p, kind))
        return false;
    advance(p);
    return true;
}

static bool is_keyword(const parser *p, const char *kw) {
    size_t n = strlen(kw);
    return peek(p, DS__TOK_NAME) && p->tok.len == n && memcmp(p->tok.start, kw, n) == 0;
}

static bool expect_keyword(parser *p, const char *kw) {
    if (!is_keyword(p, kw)) {
        char what[32];
        snprintf(what, sizeof what, "\"%s\"", kw);
        fail_expected(p, what);
        return false;
    }
    return advance(p);
}

static const char *parse_name(parser *p, ds__gql_loc *loc) {
    if (!peek(p, DS__TOK_NAME)) {
        fail_expected(p, "Name");
        return NULL;
    }
    if (loc)
        *loc = p->tok.loc;
    char *s = ds__arena_strndup(p->arena, p->tok.start, p->tok.len);
    if (!s) {
        fail_memory(p);
        return NULL;
    }
    return advance(p) ? s : NULL;
}

/* FragmentName: any Name but `on`. */
static const char *parse_fragment_name(parser *p, ds__gql_loc *loc) {
    if (is_keyword(p, "on")) {
        fail_unexpected(p);
        return NULL;
    }
    return parse_name(p, loc);
}

static const char *parse_string(parser *p, size_t *len) {
    char err[256];
    char *s = ds__gql_string_value(p->arena, &p->tok, len, err, sizeof err);
    if (!s) {
        if (strcmp(err, "out of memory") == 0)
            fail_memory(p);
        else
            fail(p, DS_ERR_SYNTAX, p->tok.loc, "%s", err);
        return NULL;
    }
    return advance(p) ? s : NULL;
}

static bool enter(parser *p) {
    if (++p->depth > DS__GQL_MAX_DEPTH) {
        fail(p, DS_ERR_LIMIT, p->tok.loc, "nesting deeper than %d levels", DS__GQL_MAX_DEPTH);
        return false;
    }
    return true;
}

/* ---- values ------------------------------------------------------------- */

static ds__gql_value *parse_value(parser *p, bool is_const);

static ds__gql_value *parse_list_value(parser *p, ds__gql_value *v, bool is_const) {
    ds__gql_value *tail = NULL;
    v->kind = DS__GQL_VAL_LIST;
    if (!enter(p) || !advance(p))
        return NULL;
    while (!accept(p, DS__TOK_RBRACKET)) {
        if (p->status != DS_OK)
            return NULL;
        ds__gql_value *item = parse_value(p, is_const);
        if (!item)
            return NULL;
        APPEND(v->items, tail, item);
    }
    p->depth--;
    return p->status == DS_OK ? v : NULL;
}

static ds__gql_value *parse_object_value(parser *p, ds__gql_value *v, bool is_const) {
    ds__gql_object_field *tail = NULL;
    v->kind = DS__GQL_VAL_OBJECT;
    if (!enter(p) || !advance(p))
        return NULL;
    while (!accept(p, DS__TOK_RBRACE)) {
        if (p->status != DS_OK)
            return NULL;
        ds__gql_object_field *f = alloc(p, sizeof *f);
        if (!f || !(f->name = parse_name(p, &f->loc)) || !expect(p, DS__TOK_COLON) ||
            !(f->value = parse_value(p, is_const)))
            return NULL;
        APPEND(v->fields, tail, f);
    }
    p->depth--;
    return p->status == DS_OK ? v : NULL;
}

/* Value[Const] when is_const (default values, directives of variable
 * definitions), else Value, which may hold $variables. */
static ds__gql_value *parse_value(parser *p, bool is_const) {
    ds__gql_value *v = alloc(p, sizeof *v);
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
            fail_memory(p);
            return NULL;
        }
        return advance(p) ? v : NULL;
    case DS__TOK_STRING:
    case DS__TOK_BLOCK_STRING:
        v->kind = DS__GQL_VAL_STRING;
        v->block = p->tok.kind == DS__TOK_BLOCK_STRING;
        return (v->str = parse_string(p, &v->len)) ? v : NULL;
    case DS__TOK_NAME:
        if (is_keyword(p, "true") || is_keyword(p, "false")) {
            v->kind = DS__GQL_VAL_BOOLEAN;
            v->boolean = is_keyword(p, "true");
            return advance(p) ? v : NULL;
        }
        if (is_keyword(p, "null")) {
            v->kind = DS__GQL_VAL_NULL;
            return advance(p) ? v : NULL;
        }
        v->kind = DS__GQL_VAL_ENUM;
        if (!(v->str = parse_name(p, NULL)))
            return NULL;
        v->len = strlen(v->str);
        return v;
    case DS__TOK_DOLLAR: {
        ds__gql_loc at = p->tok.loc;
        if (is_const) {
            if (advance(p) && peek(p, DS__TOK_NAME))
                fail(p, DS_ERR_SYNTAX, at, "unexpected variable \"$%.*s\" in constant value", (int)p->tok.len,
                     p->tok.start);
            else
                fail(p, DS_ERR_SYNTAX, at, "unexpected \"$\" in constant value");
            return NULL;
        }
        v->kind = DS__GQL_VAL_VARIABLE;
        if (!advance(p) || !(v->str = parse_name(p, NULL)))
            return NULL;
        v->len = strlen(v->str);
        return v;
    }
    default: fail_unexpected(p); return NULL;
    }
}

/* ---- types, arguments and directives -------------------------------------- */

static ds__gql_type *parse_type(parser *p) {
    ds__gql_type *t = alloc(p, sizeof *t);
    if (!t)
        return NULL;
    t->loc = p->tok.loc;
    if (peek(p, DS__TOK_LBRACKET)) {
        t->kind = DS__GQL_TYPE_LIST;
        if (!enter(p) || !advance(p) || !(t->of = parse_type(p)) || !expect(p, DS__TOK_RBRACKET))
            return NULL;
        p->depth--;
    } else {
        t->kind = DS__GQL_TYPE_NAMED;
        if (!(t->name = parse_name(p, NULL)))
            return NULL;
    }
    if (!peek(p, DS__TOK_BANG))
        return p->status == DS_OK ? t : NULL;
    ds__gql_type *nn = alloc(p, sizeof *nn);
    if (!nn || !advance(p))
        return NULL;
    nn->kind = DS__GQL_TYPE_NON_NULL;
    nn->loc = t->loc;
    nn->of = t;
    if (peek(p, DS__TOK_BANG)) {
        fail(p, DS_ERR_SYNTAX, p->tok.loc, "unexpected \"!\": a type can be non-null only once");
        return NULL;
    }
    return p->status == DS_OK ? nn : NULL;
}

/* `(name: value ...)` when present; the list may not be empty. */
static bool parse_arguments(parser *p, bool is_const, ds__gql_argument **out) {
    ds__gql_argument *tail = NULL;
    *out = NULL;
    if (!accept(p, DS__TOK_LPAREN))
        return p->status == DS_OK;
    do {
        ds__gql_argument *a = alloc(p, sizeof *a);
        if (!a || !(a->name = parse_name(p, &a->loc)) || !expect(p, DS__TOK_COLON) ||
            !(a->value = parse_value(p, is_const)))
            return false;
        APPEND(*out, tail, a);
    } while (!accept(p, DS__TOK_RPAREN) && p->status == DS_OK);
    return p->status == DS_OK;
}

static bool parse_directives(parser *p, bool is_const, ds__gql_directive **out) {
    ds__gql_directive *tail = NULL;
    *out = NULL;
    while (peek(p, DS__TOK_AT)) {
        ds__gql_directive *d = alloc(p, sizeof *d);
        if (!d)
            return false;
        d->loc = p->tok.loc;
        if (!advance(p) || !(d->name = parse_name(p, NULL)) || !parse_arguments(p, is_const, &d->args))
            return false;
        APPEND(*out, tail, d);
    }
    return p->status == DS_OK;
}

/* ---- selections ----------------------------------------------------------- */

static bool parse_selection_set(parser *p, ds__gql_selection **out);

static ds__gql_selection *parse_field(parser *p) {
    ds__gql_selection *s = alloc(p, sizeof *s);
    if (!s)
        return NULL;
    s->kind = DS__GQL_SEL_FIELD;
    if (!(s->name = parse_name(p, &s->loc)))
        return NULL;
    if (accept(p, DS__TOK_COLON)) {
        s->alias = s->name;
        if (!(s->name = parse_name(p, NULL)))
            return NULL;
    }
    if (p->status != DS_OK || !parse_arguments(p, false, &s->args) || !parse_directives(p, false, &s->directives))
        return NULL;
    if (peek(p, DS__TOK_LBRACE) && !parse_selection_set(p, &s->selections))
        return NULL;
    return s;
}

/* After "...": a fragment spread (a Name other than `on`) or an inline
 * fragment (`on Type`, directives or a selection set). */
static ds__gql_selection *parse_fragment_selection(parser *p) {
    ds__gql_selection *s = alloc(p, sizeof *s);
    if (!s)
        return NULL;
    s->loc = p->tok.loc;
    if (!advance(p))
        return NULL;
    if (peek(p, DS__TOK_NAME) && !is_keyword(p, "on")) {
        s->kind = DS__GQL_SEL_FRAGMENT_SPREAD;
        if (!(s->name = parse_name(p, NULL)) || !parse_directives(p, false, &s->directives))
            return NULL;
        return s;
    }
    s->kind = DS__GQL_SEL_INLINE_FRAGMENT;
    if (is_keyword(p, "on") && (!advance(p) || !(s->type_condition = parse_name(p, &s->type_loc))))
        return NULL;
    if (!parse_directives(p, false, &s->directives))
        return NULL;
    if (!peek(p, DS__TOK_LBRACE)) {
        fail_expected(p, "\"{\"");
        return NULL;
    }
    return parse_selection_set(p, &s->selections) ? s : NULL;
}

/* `{ Selection+ }`; the '{' is current. */
static bool parse_selection_set(parser *p, ds__gql_selection **out) {
    ds__gql_selection *tail = NULL;
    *out = NULL;
    if (!enter(p) || !expect(p, DS__TOK_LBRACE))
        return false;
    do {
        ds__gql_selection *s;
        if (peek(p, DS__TOK_SPREAD))
            s = parse_fragment_selection(p);
        else if (peek(p, DS__TOK_NAME))
            s = parse_field(p);
        else {
            fail_expected(p, "Name");
            return false;
        }
        if (!s)
            return false;
        APPEND(*out, tail, s);
    } while (!accept(p, DS__TOK_RBRACE) && p->status == DS_OK);
    p->depth--;
    return p->status == DS_OK;
}

/* ---- definitions ---------------------------------------------------------- */

static bool parse_variable_defs(parser *p, ds__gql_variable_def **out) {
    ds__gql_variable_def *tail = NULL;
    if (!accept(p, DS__TOK_LPAREN))
        return p->status == DS_OK;
    do {
        ds__gql_variable_def *v = alloc(p, sizeof *v);
        if (!v)
            return false;
        v->loc = p->tok.loc;
        if (!expect(p, DS__TOK_DOLLAR) || !(v->name = parse_name(p, NULL)) || !expect(p, DS__TOK_COLON) ||
            !(v->type = parse_type(p)))
            return false;
        if (accept(p, DS__TOK_EQUALS) && !(v->default_value = parse_value(p, true)))
            return false;
        if (!parse_directives(p, true, &v->directives))
            return false;
        APPEND(*out, tail, v);
    } while (!accept(p, DS__TOK_RPAREN) && p->status == DS_OK);
    return p->status == DS_OK;
}

static ds__gql_operation *parse_operation(parser *p) {
    ds__gql_operation *op = alloc(p, sizeof *op);
    if (!op)
        return NULL;
    op->loc = p->tok.loc;
    if (peek(p, DS__TOK_LBRACE)) { /* the query shorthand */
        op->kind = DS__GQL_OP_QUERY;
        return parse_selection_set(p, &op->selections) ? op : NULL;
    }
    op->kind = is_keyword(p, "query")      ? DS__GQL_OP_QUERY
               : is_keyword(p, "mutation") ? DS__GQL_OP_MUTATION
                                           : DS__GQL_OP_SUBSCRIPTION;
    if (!advance(p))
        return NULL;
    if (peek(p, DS__TOK_NAME) && !(op->name = parse_name(p, NULL)))
        return NULL;
    if (!parse_variable_defs(p, &op->variables) || !parse_directives(p, false, &op->directives))
        return NULL;
    if (!peek(p, DS__TOK_LBRACE)) {
        fail_expected(p, "\"{\"");
        return NULL;
    }
    return parse_selection_set(p, &op->selections) ? op : NULL;
}

static ds__gql_fragment *parse_fragment(parser *p) {
    ds__gql_fragment *f = alloc(p, sizeof *f);
    if (!f)
        return NULL;
    f->loc = p->tok.loc;
    if (!advance(p) || !(f->name = parse_fragment_name(p, NULL)) || !expect_keyword(p, "on") ||
        !(f->type_condition = parse_name(p, &f->type_loc)) || !parse_directives(p, false, &f->directives))
        return NULL;
    if (!peek(p, DS__TOK_LBRACE)) {
        fail_expected(p, "\"{\"");
        return NULL;
    }
    return parse_selection_set(p, &f->selections) ? f : NULL;
}

static bool is_type_system_start(const parser *p) {
    static const char *const keywords[] = {"schema", "scalar", "type",   "interface", "union",
                                           "enum",   "input",  "extend", "directive"};
    if (peek(p, DS__TOK_STRING) || peek(p, DS__TOK_BLOCK_STRING))
        return true; /* a description */
    for (size_t i = 0; i < sizeof keywords / sizeof *keywords; i++)
        if (is_keyword(p, keywords[i]))
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
    parser p = {.diags = diags};
    ds__gql_lexer_init(&p.lx, src, len);
    p.arena = ds__arena_new(ARENA_MAX);
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
    if (advance(&p) && peek(&p, DS__TOK_EOF))
        fail_expected(&p, "a definition");
    while (p.status == DS_OK && !peek(&p, DS__TOK_EOF)) {
        if (peek(&p, DS__TOK_LBRACE) || is_keyword(&p, "query") || is_keyword(&p, "mutation") ||
            is_keyword(&p, "subscription")) {
            ds__gql_operation *op = parse_operation(&p);
            if (!op)
                break;
            APPEND(doc->operations, otail, op);
        } else if (is_keyword(&p, "fragment")) {
            ds__gql_fragment *f = parse_fragment(&p);
            if (!f)
                break;
            APPEND(doc->fragments, ftail, f);
        } else if (is_type_system_start(&p)) {
            char found[128];
            fail(&p, DS_ERR_SYNTAX, p.tok.loc,
                 "unexpected %s: type-system definitions are not allowed in an executable document",
                 describe(&p.tok, found, sizeof found));
        } else {
            fail_expected(&p, "a definition");
        }
    }
    if (p.status != DS_OK) {
        ds__arena_free(p.arena);
        return p.status;
    }
    *out = doc;
    return DS_OK;
}
