/*
 * GraphQL parsers. Recursive descent with a nesting limit, so hostile input
 * gets an error instead of exhausting the stack.
 */
#ifndef DS_GRAPHQL_PARSER_H
#define DS_GRAPHQL_PARSER_H

#include <stddef.h>

#include "graphql/ast.h"
#include "util/diag.h"

/* Deepest nesting of lists/objects/types accepted. */
#define DS__GQL_MAX_DEPTH 64
/* Largest source accepted (bytes). */
#define DS__GQL_MAX_SOURCE ((size_t)16 << 20)

/*
 * Parses a type-system document (a schema.graphql). On success returns
 * DS_OK and *out holds the document (free with ds__gql_doc_free). On a
 * syntax error returns DS_ERR_SYNTAX, *out is NULL, and diags holds the
 * error with its line and column ("expected Name, found \"}\""). Input
 * over a limit (size, nesting depth, tree memory) gives DS_ERR_LIMIT the
 * same way; an allocation failure DS_ERR_NOMEM.
 * Executable definitions (query { ... }) are syntax errors here.
 */
ds_status ds__gql_parse_sdl(const char *src, size_t len, ds__gql_doc **out, ds__diags *diags);

/* Flags for ds__gql_parse_sdl_flags: */
/* Accept enum values named true, false and null, as graphql-js 15 (which
 * Amplify's tools use) does; the specification forbids them. */
#define DS__GQL_SDL_RESERVED_ENUM_VALUES 1u

/* ds__gql_parse_sdl with departures from the specification chosen by flags. */
ds_status ds__gql_parse_sdl_flags(const char *src, size_t len, unsigned flags, ds__gql_doc **out, ds__diags *diags);

/*
 * Parses an executable document: operations (query, mutation, subscription,
 * the `{ ... }` shorthand) and fragments. Same contract as ds__gql_parse_sdl:
 * DS_OK and *out (free with ds__gql_doc_free; its `operations` and
 * `fragments` are filled, `defs` is NULL), or DS_ERR_SYNTAX / DS_ERR_LIMIT /
 * DS_ERR_NOMEM with *out NULL and exactly one diagnostic in diags. Selection
 * sets count toward DS__GQL_MAX_DEPTH like list values. Type-system
 * definitions (and descriptions) are syntax errors here. Only syntax is
 * checked; validation against a schema is ds__gql_validate (validate.h).
 */
ds_status ds__gql_parse_executable(const char *src, size_t len, ds__gql_doc **out, ds__diags *diags);

#endif
