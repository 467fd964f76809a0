/*
 * The token cursor shared by the two GraphQL parsers, the SDL parser
 * (sdl_parser.c) and the executable-document parser (exec_parser.c): they
 * differ in grammar, not in how they read tokens, report errors or allocate.
 *
 *   - One token of lookahead: p->tok is the current token, not yet consumed.
 *   - The first error wins: ds__gqlp_fail records one diagnostic and sets
 *     p->status; every function returns NULL/false once it is set.
 *   - Nodes live in p->arena, capped at DS__GQLP_ARENA_MAX, so unwinding is
 *     one ds__arena_free and a hostile document meets DS_ERR_LIMIT.
 *   - Messages follow graphql-js ("expected Name, found \"}\"") at the
 *     line:column of the token that is wrong.
 */
#ifndef DS_GRAPHQL_PARSER_BASE_H
#define DS_GRAPHQL_PARSER_BASE_H

#include <stdbool.h>
#include <stddef.h>

#include "graphql/ast.h"
#include "graphql/lexer.h"
#include "graphql/parser.h"
#include "util/arena.h"
#include "util/diag.h"

typedef struct ds__gql_parser {
    ds__gql_lexer lx;
    ds__gql_token tok; /* the current token, not yet consumed */
    ds__arena *arena;
    ds__diags *diags;
    unsigned depth;   /* open selection sets, list/object values, list types */
    ds_status status; /* DS_OK until the first error */
    unsigned flags;   /* the SDL parser's DS__GQL_SDL_*; 0 for executable documents */
} ds__gql_parser;

/* The tree of a 16 MiB document may need several times that; past this cap
 * a document is refused rather than allowed to take all memory. */
#define DS__GQLP_ARENA_MAX ((size_t)256 << 20)

/* Appends node to a singly linked list through its `next`, keeping a tail
 * pointer so source order costs nothing. */
#define DS__GQLP_APPEND(head, tail, node)                                                                              \
    do {                                                                                                               \
        if (tail)                                                                                                      \
            (tail)->next = (node);                                                                                     \
        else                                                                                                           \
            (head) = (node);                                                                                           \
        (tail) = (node);                                                                                               \
    } while (0)

/* ---- errors ---- */

/* Records the first error (code, where, what); later calls do nothing. */
void ds__gqlp_fail(ds__gql_parser *p, ds_status code, ds__gql_loc loc, const char *fmt, ...) DS__PRINTF(4, 5);
/* An allocation failed: DS_ERR_LIMIT when the arena reached its cap, else
 * DS_ERR_NOMEM. */
void ds__gqlp_fail_memory(ds__gql_parser *p);
/* "expected <what>, found <current token>". */
void ds__gqlp_fail_expected(ds__gql_parser *p, const char *what);
/* "unexpected <current token>". */
void ds__gqlp_fail_unexpected(ds__gql_parser *p);
/* A token as the messages name it (Name "foo", "}", <EOF>), in buf or a
 * static string; returns which. */
const char *ds__gqlp_describe(const ds__gql_token *t, char *buf, size_t cap);
/* Zeroed node memory from the arena, or NULL with the failure recorded. */
void *ds__gqlp_alloc(ds__gql_parser *p, size_t size);

/* ---- tokens ---- */

/* Whether the current token is of this kind (false once failed). Inline: the
 * parsers ask this at every step. */
static inline bool ds__gqlp_peek(const ds__gql_parser *p, ds__gql_tok_kind kind) {
    return p->status == DS_OK && p->tok.kind == kind;
}
/* Moves to the next token; false on a lexical error (recorded). */
bool ds__gqlp_advance(ds__gql_parser *p);
/* Consumes a token of this kind or fails with "expected ...". */
bool ds__gqlp_expect(ds__gql_parser *p, ds__gql_tok_kind kind);
/* Consumes the token if it is of this kind. Returns whether it did; a lexical
 * error in the token after shows up in p->status. */
bool ds__gqlp_accept(ds__gql_parser *p, ds__gql_tok_kind kind);
/* Whether the current token is the Name kw (keywords are Names in context). */
bool ds__gqlp_is_keyword(const ds__gql_parser *p, const char *kw);
bool ds__gqlp_expect_keyword(ds__gql_parser *p, const char *kw);
/* The current Name, copied into the arena, and consumed; its place in *loc
 * when loc is not NULL. */
const char *ds__gqlp_parse_name(ds__gql_parser *p, ds__gql_loc *loc);
/* The decoded value of the current STRING/BLOCK_STRING token, consumed. */
const char *ds__gqlp_parse_string(ds__gql_parser *p, size_t *len);

/* ---- nesting, types ---- */

/* Counts one more level of nesting; fails past DS__GQL_MAX_DEPTH. The caller
 * decrements p->depth when the level closes. */
bool ds__gqlp_enter(ds__gql_parser *p);
/* Type: Name, [Type], Type! */
ds__gql_type *ds__gqlp_parse_type(ds__gql_parser *p);

#endif
