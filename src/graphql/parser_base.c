/*
 * The token cursor both GraphQL parsers read with (sdl_parser.c and
 * exec_parser.c): one token of lookahead, the first error wins, nodes in the
 * parser's arena, and messages worded as graphql-js words them. See
 * parser_base.h.
 */
#include "graphql/parser_base.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ---- errors --------------------------------------------------------------- */

void ds__gqlp_fail(ds__gql_parser *p, ds_status code, ds__gql_loc loc, const char *fmt, ...) {
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

/* An allocation failed: either the arena reached its cap (the document is
 * too big, a limit) or malloc itself failed. A single allocation is never
 * larger than the source, so a nearly full arena means the cap. */
void ds__gqlp_fail_memory(ds__gql_parser *p) {
    if (ds__arena_used(p->arena) > DS__GQLP_ARENA_MAX - DS__GQL_MAX_SOURCE - ((size_t)64 << 10))
        ds__gqlp_fail(p, DS_ERR_LIMIT, p->tok.loc, "document needs more than %zu MiB of memory",
                      DS__GQLP_ARENA_MAX >> 20);
    else
        ds__gqlp_fail(p, DS_ERR_NOMEM, p->tok.loc, "out of memory");
}

void *ds__gqlp_alloc(ds__gql_parser *p, size_t size) {
    void *node = ds__arena_alloc(p->arena, size);
    if (!node)
        ds__gqlp_fail_memory(p);
    return node;
}

/* Describes a token for "found ..." the way graphql-js does: punctuators in
 * quotes, <EOF>, and kind plus text for the rest (Name "foo"). Long text is
 * cut at a character boundary; control characters become '?'. */
const char *ds__gqlp_describe(const ds__gql_token *t, char *buf, size_t cap) {
    if (t->kind != DS__TOK_NAME && t->kind != DS__TOK_INT && t->kind != DS__TOK_FLOAT &&
        t->kind != DS__TOK_STRING && t->kind != DS__TOK_BLOCK_STRING)
        return ds__gql_tok_describe(t->kind);
    const size_t max_text = 40;
    char text[48];
    size_t n = 0, q = t->kind == DS__TOK_STRING ? 1 : t->kind == DS__TOK_BLOCK_STRING ? 3 : 0;
    const char *s = t->start + q;
    size_t len = t->len >= 2 * q ? t->len - 2 * q : 0; /* without the quotes */
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

void ds__gqlp_fail_expected(ds__gql_parser *p, const char *what) {
    char found[128];
    ds__gqlp_fail(p, DS_ERR_SYNTAX, p->tok.loc, "expected %s, found %s", what,
                  ds__gqlp_describe(&p->tok, found, sizeof found));
}

void ds__gqlp_fail_unexpected(ds__gql_parser *p) {
    char found[128];
    ds__gqlp_fail(p, DS_ERR_SYNTAX, p->tok.loc, "unexpected %s", ds__gqlp_describe(&p->tok, found, sizeof found));
}

/* ---- tokens --------------------------------------------------------------- */

bool ds__gqlp_advance(ds__gql_parser *p) {
    if (p->status != DS_OK)
        return false;
    if (ds__gql_lex(&p->lx, &p->tok) == DS__TOK_ERROR) {
        ds__gqlp_fail(p, DS_ERR_SYNTAX, p->tok.loc, "%s", p->lx.error);
        return false;
    }
    return true;
}

bool ds__gqlp_expect(ds__gql_parser *p, ds__gql_tok_kind kind) {
    if (!ds__gqlp_peek(p, kind)) {
        ds__gqlp_fail_expected(p, ds__gql_tok_describe(kind));
        return false;
    }
    return ds__gqlp_advance(p);
}

/* Consumes the token if it is of this kind. Returns whether it did; a lexical
 * error in the token after shows up in p->status. */
bool ds__gqlp_accept(ds__gql_parser *p, ds__gql_tok_kind kind) {
    if (!ds__gqlp_peek(p, kind))
        return false;
    ds__gqlp_advance(p);
    return true;
}

bool ds__gqlp_is_keyword(const ds__gql_parser *p, const char *kw) {
    size_t n = strlen(kw);
    return ds__gqlp_peek(p, DS__TOK_NAME) && p->tok.len == n && memcmp(p->tok.start, kw, n) == 0;
}

bool ds__gqlp_expect_keyword(ds__gql_parser *p, const char *kw) {
    if (!ds__gqlp_is_keyword(p, kw)) {
        char what[32];
        snprintf(what, sizeof what, "\"%s\"", kw);
        ds__gqlp_fail_expected(p, what);
        return false;
    }
    return ds__gqlp_advance(p);
}

const char *ds__gqlp_parse_name(ds__gql_parser *p, ds__gql_loc *loc) {
    if (!ds__gqlp_peek(p, DS__TOK_NAME)) {
        ds__gqlp_fail_expected(p, "Name");
        return NULL;
    }
    if (loc)
        *loc = p->tok.loc;
    char *s = ds__arena_strndup(p->arena, p->tok.start, p->tok.len);
    if (!s) {
        ds__gqlp_fail_memory(p);
        return NULL;
    }
    return ds__gqlp_advance(p) ? s : NULL;
}

/* Decodes the current STRING/BLOCK_STRING token and consumes it. */
const char *ds__gqlp_parse_string(ds__gql_parser *p, size_t *len) {
    char err[256];
    char *s = ds__gql_string_value(p->arena, &p->tok, len, err, sizeof err);
    if (!s) {
        /* The lexer already vetted the escapes, so this is memory. */
        if (strcmp(err, "out of memory") == 0)
            ds__gqlp_fail_memory(p);
        else
            ds__gqlp_fail(p, DS_ERR_SYNTAX, p->tok.loc, "%s", err);
        return NULL;
    }
    return ds__gqlp_advance(p) ? s : NULL;
}

/* ---- nesting, types -------------------------------------------------------- */

bool ds__gqlp_enter(ds__gql_parser *p) {
    if (++p->depth > DS__GQL_MAX_DEPTH) {
        ds__gqlp_fail(p, DS_ERR_LIMIT, p->tok.loc, "nesting deeper than %d levels", DS__GQL_MAX_DEPTH);
        return false;
    }
    return true;
}

ds__gql_type *ds__gqlp_parse_type(ds__gql_parser *p) {
    ds__gql_type *t = ds__gqlp_alloc(p, sizeof *t);
    if (!t)
        return NULL;
    t->loc = p->tok.loc;
    if (ds__gqlp_peek(p, DS__TOK_LBRACKET)) {
        t->kind = DS__GQL_TYPE_LIST;
        if (!ds__gqlp_enter(p) || !ds__gqlp_advance(p) || !(t->of = ds__gqlp_parse_type(p)) ||
            !ds__gqlp_expect(p, DS__TOK_RBRACKET))
            return NULL;
        p->depth--;
    } else {
        t->kind = DS__GQL_TYPE_NAMED;
        if (!(t->name = ds__gqlp_parse_name(p, NULL)))
            return NULL;
    }
    if (!ds__gqlp_peek(p, DS__TOK_BANG))
        return p->status == DS_OK ? t : NULL;
    ds__gql_type *nn = ds__gqlp_alloc(p, sizeof *nn);
    if (!nn || !ds__gqlp_advance(p))
        return NULL;
    nn->kind = DS__GQL_TYPE_NON_NULL;
    nn->loc = t->loc;
    nn->of = t;
    if (ds__gqlp_peek(p, DS__TOK_BANG)) {
        ds__gqlp_fail(p, DS_ERR_SYNTAX, p->tok.loc, "unexpected \"!\": a type can be non-null only once");
        return NULL;
    }
    return p->status == DS_OK ? nn : NULL;
}
