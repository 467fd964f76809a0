/*
 * The SDL parser: GraphQL type-system documents (spec October 2021, §3) to
 * the tree in ast.h.
 *
 * Design:
 *   - Recursive descent over the lexer's token stream with one token of
 *     lookahead (p->tok, the current token). Keywords are not tokens: they are
 *     Names compared in context, so a field may be called `type` or `query`.
 *   - The first error wins. ds__gqlp_fail() records exactly one diagnostic and sets
 *     p->status; every parse function returns NULL/false once status is set
 *     and callers pass that straight up. Because all nodes live in one arena,
 *     unwinding needs no per-node cleanup: ds__gql_parse_sdl frees the arena
 *     once and hands back *out = NULL.
 *   - Hostile input is bounded: the source by DS__GQL_MAX_SOURCE, recursion
 *     (list/object values, list types) by DS__GQL_MAX_DEPTH, memory by the
 *     arena's cap (DS__GQLP_ARENA_MAX). Everything else is loops, so stack
 *     use is bounded too, and time is linear in the source.
 *   - Messages follow graphql-js ("expected Name, found \"}\"") in lower case,
 *     placed at the line:column of the token that is wrong.
 *   - Codes: DS_ERR_SYNTAX for grammar and lexical errors, DS_ERR_LIMIT for the
 *     size, depth and memory limits, DS_ERR_NOMEM when malloc fails.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "graphql/parser_base.h"

/* ---- names and descriptions -------------------------------------------------- */

static ds__gql_name *parse_name_node(ds__gql_parser *p) {
    ds__gql_name *n = ds__gqlp_alloc(p, sizeof *n);
    if (!n || !(n->value = ds__gqlp_parse_name(p, &n->loc)))
        return NULL;
    return n;
}

static bool peek_description(const ds__gql_parser *p) {
    return ds__gqlp_peek(p, DS__TOK_STRING) || ds__gqlp_peek(p, DS__TOK_BLOCK_STRING);
}

/* An optional Description. Sets *ok to false on error. */
static const char *parse_description(ds__gql_parser *p, bool *ok) {
    *ok = true;
    if (!peek_description(p))
        return NULL;
    const char *s = ds__gqlp_parse_string(p, NULL);
    *ok = s != NULL;
    return s;
}

/* ---- values ------------------------------------------------------------- */

static ds__gql_value *parse_value(ds__gql_parser *p);

static ds__gql_value *parse_list_value(ds__gql_parser *p, ds__gql_value *v) {
    ds__gql_value *tail = NULL;
    v->kind = DS__GQL_VAL_LIST;
    if (!ds__gqlp_enter(p) || !ds__gqlp_advance(p))
        return NULL;
    while (!ds__gqlp_accept(p, DS__TOK_RBRACKET)) {
        if (p->status != DS_OK)
            return NULL;
        ds__gql_value *item = parse_value(p);
        if (!item)
            return NULL;
        DS__GQLP_APPEND(v->items, tail, item);
    }
    p->depth--;
    return p->status == DS_OK ? v : NULL;
}

static ds__gql_value *parse_object_value(ds__gql_parser *p, ds__gql_value *v) {
    ds__gql_object_field *tail = NULL;
    v->kind = DS__GQL_VAL_OBJECT;
    if (!ds__gqlp_enter(p) || !ds__gqlp_advance(p))
        return NULL;
    while (!ds__gqlp_accept(p, DS__TOK_RBRACE)) {
        if (p->status != DS_OK)
            return NULL;
        ds__gql_object_field *f = ds__gqlp_alloc(p, sizeof *f);
        if (!f || !(f->name = ds__gqlp_parse_name(p, &f->loc)) || !ds__gqlp_expect(p, DS__TOK_COLON) ||
            !(f->value = parse_value(p)))
            return NULL;
        DS__GQLP_APPEND(v->fields, tail, f);
    }
    p->depth--;
    return p->status == DS_OK ? v : NULL;
}

/* A ConstValue: SDL never has variables. */
static ds__gql_value *parse_value(ds__gql_parser *p) {
    ds__gql_value *v = ds__gqlp_alloc(p, sizeof *v);
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
        /* Name the variable in the message, but point at the '$'. */
        ds__gql_loc at = p->tok.loc;
        if (ds__gqlp_advance(p) && ds__gqlp_peek(p, DS__TOK_NAME))
            ds__gqlp_fail(p, DS_ERR_SYNTAX, at, "unexpected variable \"$%.*s\" in constant value", (int)p->tok.len,
                          p->tok.start);
        else
            ds__gqlp_fail(p, DS_ERR_SYNTAX, at, "unexpected \"$\" in constant value");
        return NULL;
    }
    default: ds__gqlp_fail_unexpected(p); return NULL;
    }
}

/* ---- types and directives ------------------------------------------------ */

/* Directives[Const]: zero or more `@name(args)`. Returns false on error. */
static bool parse_directives(ds__gql_parser *p, ds__gql_directive **out) {
    ds__gql_directive *tail = NULL;
    *out = NULL;
    while (ds__gqlp_peek(p, DS__TOK_AT)) {
        ds__gql_directive *d = ds__gqlp_alloc(p, sizeof *d);
        if (!d)
            return false;
        d->loc = p->tok.loc;
        if (!ds__gqlp_advance(p) || !(d->name = ds__gqlp_parse_name(p, NULL)))
            return false;
        if (ds__gqlp_accept(p, DS__TOK_LPAREN)) {
            ds__gql_argument *atail = NULL;
            do {
                ds__gql_argument *a = ds__gqlp_alloc(p, sizeof *a);
                if (!a || !(a->name = ds__gqlp_parse_name(p, &a->loc)) || !ds__gqlp_expect(p, DS__TOK_COLON) ||
                    !(a->value = parse_value(p)))
                    return false;
                DS__GQLP_APPEND(d->args, atail, a);
            } while (!ds__gqlp_accept(p, DS__TOK_RPAREN) && p->status == DS_OK);
        }
        DS__GQLP_APPEND(*out, tail, d);
    }
    return p->status == DS_OK;
}

/* ---- fields, arguments, enum values ----------------------------------------- */

static ds__gql_input_value *parse_input_value(ds__gql_parser *p) {
    bool ok;
    ds__gql_input_value *iv = ds__gqlp_alloc(p, sizeof *iv);
    if (!iv)
        return NULL;
    iv->description = parse_description(p, &ok);
    if (!ok || !(iv->name = ds__gqlp_parse_name(p, &iv->loc)) || !ds__gqlp_expect(p, DS__TOK_COLON) ||
        !(iv->type = ds__gqlp_parse_type(p)))
        return NULL;
    if (ds__gqlp_accept(p, DS__TOK_EQUALS) && !(iv->default_value = parse_value(p)))
        return NULL;
    if (!parse_directives(p, &iv->directives))
        return NULL;
    return iv;
}

/* One or more InputValueDefinitions between open and close, which the caller
 * has seen at the current token. */
static bool parse_input_values(ds__gql_parser *p, ds__gql_tok_kind close, ds__gql_input_value **out) {
    ds__gql_input_value *tail = NULL;
    if (!ds__gqlp_advance(p))
        return false;
    do {
        ds__gql_input_value *iv = parse_input_value(p);
        if (!iv)
            return false;
        DS__GQLP_APPEND(*out, tail, iv);
    } while (!ds__gqlp_accept(p, close) && p->status == DS_OK);
    return p->status == DS_OK;
}

static bool parse_fields(ds__gql_parser *p, ds__gql_field **out) {
    ds__gql_field *tail = NULL;
    if (!ds__gqlp_advance(p)) /* the '{' */
        return false;
    do {
        bool ok;
        ds__gql_field *f = ds__gqlp_alloc(p, sizeof *f);
        if (!f)
            return false;
        f->description = parse_description(p, &ok);
        if (!ok || !(f->name = ds__gqlp_parse_name(p, &f->loc)))
            return false;
        if (ds__gqlp_peek(p, DS__TOK_LPAREN) && !parse_input_values(p, DS__TOK_RPAREN, &f->args))
            return false;
        if (!ds__gqlp_expect(p, DS__TOK_COLON) || !(f->type = ds__gqlp_parse_type(p)) ||
            !parse_directives(p, &f->directives))
            return false;
        DS__GQLP_APPEND(*out, tail, f);
    } while (!ds__gqlp_accept(p, DS__TOK_RBRACE) && p->status == DS_OK);
    return p->status == DS_OK;
}

static bool parse_enum_values(ds__gql_parser *p, ds__gql_enum_value **out) {
    ds__gql_enum_value *tail = NULL;
    if (!ds__gqlp_advance(p)) /* the '{' */
        return false;
    do {
        bool ok;
        ds__gql_enum_value *ev = ds__gqlp_alloc(p, sizeof *ev);
        if (!ev)
            return false;
        ev->description = parse_description(p, &ok);
        if (!ok)
            return false;
        if (!(p->flags & DS__GQL_SDL_RESERVED_ENUM_VALUES) &&
            (ds__gqlp_is_keyword(p, "true") || ds__gqlp_is_keyword(p, "false") || ds__gqlp_is_keyword(p, "null"))) {
            ds__gqlp_fail(p, DS_ERR_SYNTAX, p->tok.loc,
                          "name \"%.*s\" is reserved and cannot be used for an enum value", (int)p->tok.len,
                          p->tok.start);
            return false;
        }
        if (!(ev->name = ds__gqlp_parse_name(p, &ev->loc)) || !parse_directives(p, &ev->directives))
            return false;
        DS__GQLP_APPEND(*out, tail, ev);
    } while (!ds__gqlp_accept(p, DS__TOK_RBRACE) && p->status == DS_OK);
    return p->status == DS_OK;
}

/* `implements &? A & B`, when present. */
static bool parse_implements(ds__gql_parser *p, ds__gql_name **out) {
    ds__gql_name *tail = NULL;
    if (!ds__gqlp_is_keyword(p, "implements"))
        return p->status == DS_OK;
    if (!ds__gqlp_advance(p))
        return false;
    ds__gqlp_accept(p, DS__TOK_AMP);
    do {
        ds__gql_name *n = parse_name_node(p);
        if (!n)
            return false;
        DS__GQLP_APPEND(*out, tail, n);
    } while (ds__gqlp_accept(p, DS__TOK_AMP) && p->status == DS_OK);
    return p->status == DS_OK;
}

/* `= |? A | B`, when present. */
static bool parse_union_members(ds__gql_parser *p, ds__gql_name **out) {
    ds__gql_name *tail = NULL;
    if (!ds__gqlp_accept(p, DS__TOK_EQUALS))
        return p->status == DS_OK;
    ds__gqlp_accept(p, DS__TOK_PIPE);
    do {
        ds__gql_name *n = parse_name_node(p);
        if (!n)
            return false;
        DS__GQLP_APPEND(*out, tail, n);
    } while (ds__gqlp_accept(p, DS__TOK_PIPE) && p->status == DS_OK);
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

static bool parse_directive_locations(ds__gql_parser *p, ds__gql_name **out) {
    ds__gql_name *tail = NULL;
    ds__gqlp_accept(p, DS__TOK_PIPE);
    do {
        bool known = false;
        for (size_t i = 0; i < sizeof directive_locations / sizeof *directive_locations; i++)
            known = known || ds__gqlp_is_keyword(p, directive_locations[i]);
        if (!known && ds__gqlp_peek(p, DS__TOK_NAME)) {
            ds__gqlp_fail(p, DS_ERR_SYNTAX, p->tok.loc, "unknown directive location \"%.*s\"", (int)p->tok.len,
                          p->tok.start);
            return false;
        }
        ds__gql_name *n = parse_name_node(p);
        if (!n)
            return false;
        DS__GQLP_APPEND(*out, tail, n);
    } while (ds__gqlp_accept(p, DS__TOK_PIPE) && p->status == DS_OK);
    return p->status == DS_OK;
}

/* `directive @name(args) repeatable? on A | B`; the keyword is current. */
static bool parse_directive_def(ds__gql_parser *p, ds__gql_def *d) {
    d->kind = DS__GQL_DEF_DIRECTIVE;
    if (!ds__gqlp_advance(p) || !ds__gqlp_expect(p, DS__TOK_AT) || !(d->name = ds__gqlp_parse_name(p, &d->loc)))
        return false;
    if (ds__gqlp_peek(p, DS__TOK_LPAREN) && !parse_input_values(p, DS__TOK_RPAREN, &d->args))
        return false;
    if (ds__gqlp_is_keyword(p, "repeatable")) {
        d->repeatable = true;
        if (!ds__gqlp_advance(p))
            return false;
    }
    return ds__gqlp_expect_keyword(p, "on") && parse_directive_locations(p, &d->locations);
}

/* `schema @dirs { query: Q ... }` or its extension; the keyword is current. */
static bool parse_schema_def(ds__gql_parser *p, ds__gql_def *d) {
    d->kind = DS__GQL_DEF_SCHEMA;
    d->loc = p->tok.loc;
    if (!ds__gqlp_advance(p) || !parse_directives(p, &d->directives))
        return false;
    if (!ds__gqlp_peek(p, DS__TOK_LBRACE)) {
        if (d->extend && d->directives)
            return true;
        ds__gqlp_fail_expected(p, d->extend ? "\"@\" or \"{\"" : "\"{\"");
        return false;
    }
    if (!ds__gqlp_advance(p))
        return false;
    ds__gql_operation_type *tail = NULL;
    do {
        ds__gql_operation_type *op = ds__gqlp_alloc(p, sizeof *op);
        if (!op)
            return false;
        if (ds__gqlp_peek(p, DS__TOK_NAME) && !ds__gqlp_is_keyword(p, "query") && !ds__gqlp_is_keyword(p, "mutation") &&
            !ds__gqlp_is_keyword(p, "subscription")) {
            ds__gqlp_fail_expected(p, "\"query\", \"mutation\" or \"subscription\"");
            return false;
        }
        if (!(op->operation = ds__gqlp_parse_name(p, &op->loc)) || !ds__gqlp_expect(p, DS__TOK_COLON) ||
            !(op->type = parse_name_node(p)))
            return false;
        DS__GQLP_APPEND(d->operation_types, tail, op);
    } while (!ds__gqlp_accept(p, DS__TOK_RBRACE) && p->status == DS_OK);
    return p->status == DS_OK;
}

/*
 * The named type definitions and their extensions; the keyword is current.
 * An extension must add something, so when none of the optional parts is
 * present the error names what could have followed.
 */
static bool parse_type_def(ds__gql_parser *p, ds__gql_def *d, ds__gql_def_kind kind) {
    d->kind = kind;
    if (!ds__gqlp_advance(p) || !(d->name = ds__gqlp_parse_name(p, &d->loc)))
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
        body = ds__gqlp_peek(p, DS__TOK_LBRACE);
        if (body && !parse_fields(p, &d->fields))
            return false;
        break;
    case DS__GQL_DEF_UNION:
        wanted = "\"@\" or \"=\"";
        body = ds__gqlp_peek(p, DS__TOK_EQUALS);
        if (body && !parse_union_members(p, &d->members))
            return false;
        break;
    case DS__GQL_DEF_ENUM:
        wanted = "\"@\" or \"{\"";
        body = ds__gqlp_peek(p, DS__TOK_LBRACE);
        if (body && !parse_enum_values(p, &d->values))
            return false;
        break;
    case DS__GQL_DEF_INPUT_OBJECT:
        wanted = "\"@\" or \"{\"";
        body = ds__gqlp_peek(p, DS__TOK_LBRACE);
        if (body && !parse_input_values(p, DS__TOK_RBRACE, &d->input_fields))
            return false;
        break;
    default: break;
    }
    if (d->extend && !body && !d->interfaces && !d->directives) {
        ds__gqlp_fail_expected(p, wanted);
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
static bool parse_keyword_def(ds__gql_parser *p, ds__gql_def *d, bool *matched) {
    *matched = true;
    if (ds__gqlp_is_keyword(p, "schema"))
        return parse_schema_def(p, d);
    if (!d->extend && ds__gqlp_is_keyword(p, "directive"))
        return parse_directive_def(p, d);
    for (size_t i = 0; i < sizeof type_keywords / sizeof *type_keywords; i++)
        if (ds__gqlp_is_keyword(p, type_keywords[i].keyword))
            return parse_type_def(p, d, type_keywords[i].kind);
    *matched = false;
    return false;
}

static bool is_executable_start(const ds__gql_parser *p) {
    return ds__gqlp_peek(p, DS__TOK_LBRACE) || ds__gqlp_is_keyword(p, "query") || ds__gqlp_is_keyword(p, "mutation") ||
           ds__gqlp_is_keyword(p, "subscription") || ds__gqlp_is_keyword(p, "fragment");
}

static ds__gql_def *parse_definition(ds__gql_parser *p) {
    ds__gql_def *d = ds__gqlp_alloc(p, sizeof *d);
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
        ds__gqlp_fail(p, DS_ERR_SYNTAX, p->tok.loc,
                      "unexpected %s: executable definitions are not allowed in a schema document",
                      ds__gqlp_describe(&p->tok, found, sizeof found));
        return NULL;
    }
    if (ds__gqlp_is_keyword(p, "extend")) {
        if (d->description) {
            ds__gqlp_fail(p, DS_ERR_SYNTAX, desc_loc,
                          "unexpected description, descriptions are supported only on type definitions");
            return NULL;
        }
        d->extend = true;
        if (!ds__gqlp_advance(p))
            return NULL;
        if (parse_keyword_def(p, d, &matched))
            return d;
        if (!matched)
            ds__gqlp_fail_expected(p, "\"schema\", \"scalar\", \"type\", \"interface\", \"union\", \"enum\" "
                                      "or \"input\"");
        return NULL;
    }
    ds__gqlp_fail_expected(p, "a definition");
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
    ds__gql_parser p = {.diags = diags, .flags = flags};
    ds__gql_lexer_init(&p.lx, src, len);
    p.arena = ds__arena_new(DS__GQLP_ARENA_MAX);
    ds__gql_doc *doc = p.arena ? ds__arena_alloc(p.arena, sizeof *doc) : NULL;
    if (!doc) {
        ds__arena_free(p.arena);
        if (diags)
            ds__diags_add(diags, DS_ERR_NOMEM, 0, 0, "out of memory");
        return DS_ERR_NOMEM;
    }
    doc->arena = p.arena; /* the document lives in its own arena */
    ds__gql_def *tail = NULL;
    if (ds__gqlp_advance(&p) && ds__gqlp_peek(&p, DS__TOK_EOF))
        ds__gqlp_fail_expected(&p, "a definition");
    while (p.status == DS_OK && !ds__gqlp_peek(&p, DS__TOK_EOF)) {
        ds__gql_def *d = parse_definition(&p);
        if (!d)
            break;
        DS__GQLP_APPEND(doc->defs, tail, d);
    }
    if (p.status != DS_OK) {
        ds__arena_free(p.arena);
        return p.status;
    }
    *out = doc;
    return DS_OK;
}
