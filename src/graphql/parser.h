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

#endif
