/*
 * The GraphQL lexer (spec §2.1): one token at a time from a byte buffer with
 * an explicit length. Shared by the SDL parser and the executable-document
 * parser. Ignored tokens (whitespace, commas, comments, BOM) are skipped.
 */
#ifndef DS_GRAPHQL_LEXER_H
#define DS_GRAPHQL_LEXER_H

#include <stddef.h>
#include <stdint.h>

#include "graphql/ast.h"

typedef enum ds__gql_tok_kind {
    DS__TOK_EOF,
    DS__TOK_BANG,     /* ! */
    DS__TOK_DOLLAR,   /* $ */
    DS__TOK_AMP,      /* & */
    DS__TOK_LPAREN,   /* ( */
    DS__TOK_RPAREN,   /* ) */
    DS__TOK_SPREAD,   /* ... */
    DS__TOK_COLON,    /* : */
    DS__TOK_EQUALS,   /* = */
    DS__TOK_AT,       /* @ */
    DS__TOK_LBRACKET, /* [ */
    DS__TOK_RBRACKET, /* ] */
    DS__TOK_LBRACE,   /* { */
    DS__TOK_PIPE,     /* | */
    DS__TOK_RBRACE,   /* } */
    DS__TOK_NAME,
    DS__TOK_INT,
    DS__TOK_FLOAT,
    DS__TOK_STRING,       /* "..." */
    DS__TOK_BLOCK_STRING, /* """...""" */
    DS__TOK_ERROR         /* lexical error: see lexer.error */
} ds__gql_tok_kind;

typedef struct ds__gql_token {
    ds__gql_tok_kind kind;
    const char *start; /* raw source text of the token */
    size_t len;
    ds__gql_loc loc;
} ds__gql_token;

typedef struct ds__gql_lexer {
    const char *src;
    size_t len;
    size_t pos;
    uint32_t line, column;
    char error[256]; /* message for the last DS__TOK_ERROR */
} ds__gql_lexer;

void ds__gql_lexer_init(ds__gql_lexer *lx, const char *src, size_t len);

/* Reads the next token into tok. At the end it returns DS__TOK_EOF (again
 * and again). On a lexical error returns DS__TOK_ERROR with tok->loc at the
 * offending character and lx->error saying what is wrong. */
ds__gql_tok_kind ds__gql_lex(ds__gql_lexer *lx, ds__gql_token *tok);

/* Decodes a STRING or BLOCK_STRING token into an arena copy (escapes
 * resolved, block-string indentation removed per spec §2.9.4). Returns NULL
 * and fills err (256 bytes) on an invalid escape or surrogate, or on no
 * memory. *out_len receives the byte length. */
char *ds__gql_string_value(ds__arena *a, const ds__gql_token *tok, size_t *out_len, char *err, size_t errlen);

/* "Name", "Int", "\"{\"", ... for messages. */
const char *ds__gql_tok_describe(ds__gql_tok_kind kind);

#endif
