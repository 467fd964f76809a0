/*
 * The SDL parser: GraphQL type-system documents (spec October 2021, §3) to
 * the tree in ast.h.
 *
 * Design:
 *   - Recursive descent over the lexer's token stream with one token of
 *     lookahead (p->tok, the current token). Keywords are not tokens: they are
 *     Names compared in context, so a field may be called `type` or `query`.
 *   - The first error wins. fail() records exactly one diagnostic and sets
 *     p->status; every parse function returns NULL/false once status is set
 *     and callers pass that straight up. Because all nodes live in one arena,
 *     unwinding needs no per-node cleanup: ds__gql_parse_sdl frees the arena
 *     once and hands back *out = NULL.
 *   - Hostile input is bounded: the source by DS__GQL_MAX_SOURCE, recursion
 *     (list/object values, list types) by DS__GQL_MAX_DEPTH, memory by the
 *     arena's cap (ARENA_MAX). Everything else is loops, so stack use is
 *     bounded too, and time is linear in the source.
 *   - Messages follow graphql-js ("expected Name, found \"}\"") in lower case,
 *     placed at the line:column of the token that is wrong.
 *   - Codes: DS_ERR_SYNTAX for grammar and lexical errors, DS_ERR_LIMIT for the
 *     size, depth and memory limits, DS_ERR_NOMEM when malloc fails.
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
    unsigned depth;   /* open list/object values and list types */
    ds_status status; /* DS_OK until the first error */
    unsigned flags;   /* DS__GQL_SDL_* */
} parser;

/* Appends node to a singly linked list through its `next`, keeping a tail
 * pointer so source order costs nothing. */
#define APPEND(head, tail, node)                                                                                  \
    do {                                                                                                          \
        if (tail)                                                                                                 \
            (tail)->next = (node);                                                                                \
        else                                                                                                      \
            (head) = (node);                                                                                      \
        (tail) = (node);                                                                                          \
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

/* The tree of a 16 MiB document may need several times that; past this cap
 * a document is refused rather than allowed to take all memory. */
#define ARENA_MAX ((size_t)256 << 20)

/* An allocation failed: either the arena reached its cap (the document is
 * too big, a limit) or malloc itself failed. A single allocation is never
 * larger than the source, so a nearly full arena means the cap. */
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

/* Describes a token for "found ..." the way graphql-js does: punctuators in
 * quotes, <EOF>, and kind plus text for the rest (Name "foo"). Long text is
 * cut at a character boundary; control characters become '?'. */
static const char *describe(const ds__gql_token *t, char *buf, size_t cap) {
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

/* Consumes the token if it is of this kind. Returns whether it did; a lexical
 * error in the token after shows up in p->status. */
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

static ds__gql_name *parse_name_node(parser *p) {
    ds__gql_name *n = alloc(p, sizeof *n);
    if (!n || !(n->value = parse_name(p, &n->loc)))
        return NULL;
    return n;
}

/* Decodes the current STRING/BLOCK_STRING token and consumes it. */
static const char *parse_string(parser *p, size_t *len) {
    char err[256];
    char *s = ds__gql_string_value(p->arena, &p->tok, len, err, sizeof err);
    if (!s) {
        /* The lexer already vetted the escapes, so this is memory. */
        if (strcmp(err, "out of memory") == 0)
            fail_memory(p);
        else
            fail(p, DS_ERR_SYNTAX, p->tok.loc, "%s", err);
        return NULL;
    }
    return advance(p) ? s : NULL;
}

static bool peek_description(const parser *p) { return peek(p, DS__TOK_STRING) || peek(p, DS__TOK_BLOCK_STRING); }

/* An optional Description. Sets *ok to false on error. */
static const char *parse_description(parser *p, bool *ok) {
    *ok = true;
    if (!peek_description(p))
        return NULL;
    const char *s = parse_string(p, NULL);
    *ok = s != NULL;
    return s;
}

/* ---- values ------------------------------------------------------------- */

static bool enter(parser *p) {
    if (++p->depth > DS__GQL_MAX_DEPTH) {
        fail(p, DS_ERR_LIMIT, p->tok.loc, "nesting deeper than %d levels", DS__GQL_MAX_DEPTH);
        return false;
    }
    return true;
}

static ds__gql_value *parse_value(parser *p);

static ds__gql_value *parse_list_value(parser *p, ds__gql_value *v) {
    ds__gql_value *tail = NULL;
    v->kind = DS__GQL_VAL_LIST;
    if (!enter(p) || !advance(p))
        return NULL;
    while (!accept(p, DS__TOK_RBRACKET)) {
        if (p->status != DS_OK)
            return NULL;
        ds__gql_value *item = parse_value(p);
        if (!item)
            return NULL;
        APPEND(v->items, tail, item);
    }
    p->depth--;
    return p->status == DS_OK ? v : NULL;
}

static ds__gql_value *parse_object_value(parser *p, ds__gql_value *v) {
    ds__gql_object_field *tail = NULL;
    v->kind = DS__GQL_VAL_OBJECT;
    if (!enter(p) || !advance(p))
        return NULL;
    while (!accept(p, DS__TOK_RBRACE)) {
        if (p->status != DS_OK)
            return NULL;
        ds__gql_object_field *f = alloc(p, sizeof *f);
        if (!f || !(f->name = parse_name(p, &f->loc)) || !expect(p, DS__TOK_COLON) || !(f->value = parse_value(p)))
            return NULL;
        APPEND(v->fields, tail, f);
    }
    p->depth--;
    return p->status == DS_OK ? v : NULL;
}

/* A ConstValue: SDL never has variables. */
static ds__gql_value *parse_value(parser *p) {
    ds__gql_value *v = alloc(p, sizeof *v);
    if (!v)
        return NULL;
    v->loc = p->tok.loc;
    switch (p->tok.kind) {
    case DS__TOK_LBRACKET: return parse_list_value(p, v);
    case DS__TOK_LBRACE: return parse_object_value(p, v);
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
        /* Name the variable in the message, but point at the '$'. */
        ds__gql_loc at = p->tok.loc;
        if (advance(p) && peek(p, DS__TOK_NAME))
            fail(p, DS_ERR_SYNTAX, at, "unexpected variable \"$%.*s\" in constant value", (int)p->tok.len,
                 p->tok.start);
        else
            fail(p, DS_ERR_SYNTAX, at, "unexpected \"$\" in constant value");
        return NULL;
    }
    default: fail_unexpected(p); return NULL;
    }
}

/* ---- types and directives ------------------------------------------------ */

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

/* Directives[Const]: zero or more `@name(args)`. Returns false on error. */
static bool parse_directives(parser *p, ds__gql_directive **out) {
    ds__gql_directive *tail = NULL;
    *out = NULL;
    while (peek(p, DS__TOK_AT)) {
        ds__gql_directive *d = alloc(p, sizeof *d);
        if (!d)
            return false;
        d->loc = p->tok.loc;
        if (!advance(p) || !(d->name = parse_name(p, NULL)))
            return false;
        if (accept(p, DS__TOK_LPAREN)) {
            ds__gql_argument *atail = NULL;
            do {
                ds__gql_argument *a = alloc(p, sizeof *a);
                if (!a || !(a->name = parse_name(p, &a->loc)) || !expect(p, DS__TOK_COLON) ||
                    !(a->value = parse_value(p)))
                    return false;
                APPEND(d->args, atail, a);
            } while (!accept(p, DS__TOK_RPAREN) && p->status == DS_OK);
        }
        APPEND(*out, tail, d);
    }
    return p->status == DS_OK;
}

/* ---- fields, arguments, enum values ----------------------------------------- */

static ds__gql_input_value *parse_input_value(parser *p) {
    bool ok;
    ds__gql_input_value *iv = alloc(p, sizeof *iv);
    if (!iv)
        return NULL;
    iv->description = parse_description(p, &ok);
    if (!ok || !(iv->name = parse_name(p, &iv->loc)) || !expect(p, DS__TOK_COLON) || !(iv->type = parse_type(p)))
        return NULL;
    if (accept(p, DS__TOK_EQUALS) && !(iv->default_value = parse_value(p)))
        return NULL;
    if (!parse_directives(p, &iv->directives))
        return NULL;
    return iv;
}

/* One or more InputValueDefinitions between open and close, which the caller
 * has seen at the current token. */
static bool parse_input_values(parser *p, ds__gql_tok_kind close, ds__gql_input_value **out) {
    ds__gql_input_value *tail = NULL;
    if (!advance(p))
        return false;
    do {
        ds__gql_input_value *iv = parse_input_value(p);
        if (!iv)
            return false;
        APPEND(*out, tail, iv);
    } while (!accept(p, close) && p->status == DS_OK);
    return p->status == DS_OK;
}

static bool parse_fields(parser *p, ds__gql_field **out) {
    ds__gql_field *tail = NULL;
    if (!advance(p)) /* the '{' */
        return false;
    do {
        bool ok;
        ds__gql_field *f = alloc(p, sizeof *f);
        if (!f)
            return false;
        f->description = parse_description(p, &ok);
        if (!ok || !(f->name = parse_name(p, &f->loc)))
            return false;
        if (peek(p, DS__TOK_LPAREN) && !parse_input_values(p, DS__TOK_RPAREN, &f->args))
            return false;
        if (!expect(p, DS__TOK_COLON) || !(f->type = parse_type(p)) || !parse_directives(p, &f->directives))
            return false;
        APPEND(*out, tail, f);
    } while (!accept(p, DS__TOK_RBRACE) && p->status == DS_OK);
    return p->status == DS_OK;
}

static bool parse_enum_values(parser *p, ds__gql_enum_value **out) {
    ds__gql_enum_value *tail = NULL;
    if (!advance(p)) /* the '{' */
        return false;
    do {
        bool ok;
        ds__gql_enum_value *ev = alloc(p, sizeof *ev);
        if (!ev)
            return false;
        ev->description = parse_description(p, &ok);
        if (!ok)
            return false;
        if (!(p->flags & DS__GQL_SDL_RESERVED_ENUM_VALUES) &&
            (is_keyword(p, "true") || is_keyword(p, "false") || is_keyword(p, "null"))) {
            fail(p, DS_ERR_SYNTAX, p->tok.loc, "name \"%.*s\" is reserved and cannot be used for an enum value",
                 (int)p->tok.len, p->tok.start);
            return false;
        }
        if (!(ev->name = parse_name(p, &ev->loc)) || !parse_directives(p, &ev->directives))
            return false;
        APPEND(*out, tail, ev);
    } while (!accept(p, DS__TOK_RBRACE) && p->status == DS_OK);
    return p->status == DS_OK;
}

/* `implements &? A & B`, when present. */
static bool parse_implements(parser *p, ds__gql_name **out) {
    ds__gql_name *tail = NULL;
    if (!is_keyword(p, "implements"))
        return p->status == DS_OK;
    if (!advance(p))
        return false;
    accept(p, DS__TOK_AMP);
    do {
        ds__gql_name *n = parse_name_node(p);
        if (!n)
            return false;
        APPEND(*out, tail, n);
    } while (accept(p, DS__TOK_AMP) && p->status == DS_OK);
    return p->status == DS_OK;
}

/* `= |? A | B`, when present. */
static bool parse_union_members(parser *p, ds__gql_name **out) {
    ds__gql_name *tail = NULL;
    if (!accept(p, DS__TOK_EQUALS))
        return p->status == DS_OK;
    accept(p, DS__TOK_PIPE);
    do {
        ds__gql_name *n = parse_name_node(p);
        if (!n)
            return false;
        APPEND(*out, tail, n);
    } while (accept(p, DS__TOK_PIPE) && p->status == DS_OK);
    return p->status == DS_OK;
}

/* ---- definitions ---------------------------------------------------------- */

static const char *const directive_locations[] = {
    /* ExecutableDirectiveLocation */
    "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
    "VARIABLE_DEFINITION",
    /* TypeSystemDirectiveLocation */
    "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM",
    "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION"};

static bool parse_directive_locations(parser *p, ds__gql_name **out) {
    ds__gql_name *tail = NULL;
    accept(p, DS__TOK_PIPE);
    do {
        bool known = false;
        for (size_t i = 0; i < sizeof directive_locations / sizeof *directive_locations; i++)
            known = known || is_keyword(p, directive_locations[i]);
        if (!known && peek(p, DS__TOK_NAME)) {
            fail(p, DS_ERR_SYNTAX, p->tok.loc, "unknown directive location \"%.*s\"", (int)p->tok.len,
                 p->tok.start);
            return false;
        }
        ds__gql_name *n = parse_name_node(p);
        if (!n)
            return false;
        APPEND(*out, tail, n);
    } while (accept(p, DS__TOK_PIPE) && p->status == DS_OK);
    return p->status == DS_OK;
}

/* `directive @name(args) repeatable? on A | B`; the keyword is current. */
static bool parse_directive_def(parser *p, ds__gql_def *d) {
    d->kind = DS__GQL_DEF_DIRECTIVE;
    if (!advance(p) || !expect(p, DS__TOK_AT) || !(d->name = parse_name(p, &d->loc)))
        return false;
    if (peek(p, DS__TOK_LPAREN) && !parse_input_values(p, DS__TOK_RPAREN, &d->args))
        return false;
    if (is_keyword(p, "repeatable")) {
        d->repeatable = true;
        if (!advance(p))
            return false;
    }
    return expect_keyword(p, "on") && parse_directive_locations(p, &d->locations);
}

/* `schema @dirs { query: Q ... }` or its extension; the keyword is current. */
static bool parse_schema_def(parser *p, ds__gql_def *d) {
    d->kind = DS__GQL_DEF_SCHEMA;
    d->loc = p->tok.loc;
    if (!advance(p) || !parse_directives(p, &d->directives))
        return false;
    if (!peek(p, DS__TOK_LBRACE)) {
        if (d->extend && d->directives)
            return true;
        fail_expected(p, d->extend ? "\"@\" or \"{\"" : "\"{\"");
        return false;
    }
    if (!advance(p))
        return false;
    ds__gql_operation_type *tail = NULL;
    do {
        ds__gql_operation_type *op = alloc(p, sizeof *op);
        if (!op)
            return false;
        if (peek(p, DS__TOK_NAME) && !is_keyword(p, "query") && !is_keyword(p, "mutation") &&
            !is_keyword(p, "subscription")) {
            fail_expected(p, "\"query\", \"mutation\" or \"subscription\"");
            return false;
        }
        if (!(op->operation = parse_name(p, &op->loc)) || !expect(p, DS__TOK_COLON) ||
            !(op->type = parse_name_node(p)))
            return false;
        APPEND(d->operation_types, tail, op);
    } while (!accept(p, DS__TOK_RBRACE) && p->status == DS_OK);
    return p->status == DS_OK;
}

/*
 * The named type definitions and their extensions; the keyword is current.
 * An extension must add something, so when none of the optional parts is
 * present the error names what could have followed.
 */
static bool parse_type_def(parser *p, ds__gql_def *d, ds__gql_def_kind kind) {
    d->kind = kind;
    if (!advance(p) || !(d->name = parse_name(p, &d->loc)))
        return false;
    bool has_fields = kind == DS__GQL_DEF_OBJECT || kind == DS__GQL_DEF_INTERFACE;
    if (has_fields && !parse_implements(p, &d->interfaces))
        return false;
    if (!parse_directives(p, &d->directives))
        return false;
    bool body = false;
    const char *wanted = "\"@\"";
    switch (kind) {
    case DS__GQL_DEF_OBJECT:
    case DS__GQL_DEF_INTERFACE:
        wanted = "\"implements\", \"@\" or \"{\"";
        body = peek(p, DS__TOK_LBRACE);
        if (body && !parse_fields(p, &d->fields))
            return false;
        break;
    case DS__GQL_DEF_UNION:
        wanted = "\"@\" or \"=\"";
        body = peek(p, DS__TOK_EQUALS);
        if (body && !parse_union_members(p, &d->members))
            return false;
        break;
    case DS__GQL_DEF_ENUM:
        wanted = "\"@\" or \"{\"";
        body = peek(p, DS__TOK_LBRACE);
        if (body && !parse_enum_values(p, &d->values))
            return false;
        break;
    case DS__GQL_DEF_INPUT_OBJECT:
        wanted = "\"@\" or \"{\"";
        body = peek(p, DS__TOK_LBRACE);
        if (body && !parse_input_values(p, DS__TOK_RBRACE, &d->input_fields))
            return false;
        break;
    default: break;
    }
    if (d->extend && !body && !d->interfaces && !d->directives) {
        fail_expected(p, wanted);
        return false;
    }
    return p->status == DS_OK;
}

static const struct {
    const char *keyword;
    ds__gql_def_kind kind;
} type_keywords[] = {
    {"scalar", DS__GQL_DEF_SCALAR}, {"type", DS__GQL_DEF_OBJECT},        {"interface", DS__GQL_DEF_INTERFACE},
    {"union", DS__GQL_DEF_UNION},   {"enum", DS__GQL_DEF_ENUM},          {"input", DS__GQL_DEF_INPUT_OBJECT},
};

/* Parses what follows a description (or `extend`) when the current token is
 * a type-system keyword; returns false and sets no error when it is not one,
 * so the caller can say what is wrong in context. */
static bool parse_keyword_def(parser *p, ds__gql_def *d, bool *matched) {
    *matched = true;
    if (is_keyword(p, "schema"))
        return parse_schema_def(p, d);
    if (!d->extend && is_keyword(p, "directive"))
        return parse_directive_def(p, d);
    for (size_t i = 0; i < sizeof type_keywords / sizeof *type_keywords; i++)
        if (is_keyword(p, type_keywords[i].keyword))
            return parse_type_def(p, d, type_keywords[i].kind);
    *matched = false;
    return false;
}

static bool is_executable_start(const parser *p) {
    return peek(p, DS__TOK_LBRACE) || is_keyword(p, "query") || is_keyword(p, "mutation") ||
           is_keyword(p, "subscription") || is_keyword(p, "fragment");
}

static ds__gql_def *parse_definition(parser *p) {
    ds__gql_def *d = alloc(p, sizeof *d);
    if (!d)
        return NULL;
    ds__gql_loc desc_loc = p->tok.loc;
    bool ok, matched;
    d->description = parse_description(p, &ok);
    if (!ok)
        return NULL;
    if (parse_keyword_def(p, d, &matched))
        return d;
    if (matched || p->status != DS_OK)
        return NULL;
    char found[128];
    if (is_executable_start(p)) {
        fail(p, DS_ERR_SYNTAX, p->tok.loc,
             "unexpected %s: executable definitions are not allowed in a schema document",
             describe(&p->tok, found, sizeof found));
        return NULL;
    }
    if (is_keyword(p, "extend")) {
        if (d->description) {
            fail(p, DS_ERR_SYNTAX, desc_loc,
                 "unexpected description, descriptions are supported only on type definitions");
            return NULL;
        }
        d->extend = true;
        if (!advance(p))
            return NULL;
        if (parse_keyword_def(p, d, &matched))
            return d;
        if (!matched)
            fail_expected(p, "\"schema\", \"scalar\", \"type\", \"interface\", \"union\", \"enum\" or \"input\"");
        return NULL;
    }
    fail_expected(p, "a definition");
    return NULL;
}

/* ---- entry point ------------------------------------------------------------ */

ds_status ds__gql_parse_sdl(const char *src, size_t len, ds__gql_doc **out, ds__diags *diags) {
    return ds__gql_parse_sdl_flags(src, len, 0, out, diags);
}

ds_status ds__gql_parse_sdl_flags(const char *src, size_t len, unsigned flags, ds__gql_doc **out, ds__diags *diags) {
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
    parser p = {.diags = diags, .flags = flags};
    ds__gql_lexer_init(&p.lx, src, len);
    p.arena = ds__arena_new(ARENA_MAX);
    ds__gql_doc *doc = p.arena ? ds__arena_alloc(p.arena, sizeof *doc) : NULL;
    if (!doc) {
        ds__arena_free(p.arena);
        if (diags)
            ds__diags_add(diags, DS_ERR_NOMEM, 0, 0, "out of memory");
        return DS_ERR_NOMEM;
    }
    doc->arena = p.arena; /* the document lives in its own arena */
    ds__gql_def *tail = NULL;
    if (advance(&p) && peek(&p, DS__TOK_EOF))
        fail_expected(&p, "a definition");
    while (p.status == DS_OK && !peek(&p, DS__TOK_EOF)) {
        ds__gql_def *d = parse_definition(&p);
        if (!d)
            break;
        APPEND(doc->defs, tail, d);
    }
    if (p.status != DS_OK) {
        ds__arena_free(p.arena);
        return p.status;
    }
    *out = doc;
    return DS_OK;
}
