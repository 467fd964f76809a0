/*
 * GraphQL text from the syntax tree: types ("[String!]!") and values
 * ("{a: [1, 2], b: \"x\"}") printed the way graphql-js prints them. Used
 * for messages and for introspection's __InputValue.defaultValue.
 */
#ifndef DS_GRAPHQL_PRINTER_H
#define DS_GRAPHQL_PRINTER_H

#include <stdbool.h>

#include "graphql/ast.h"
#include "util/buf.h"

/* Append the text to b; false when the buffer failed (its cap or memory). */
bool ds__gql_print_type(ds__buf *b, const ds__gql_type *t);
bool ds__gql_print_value(ds__buf *b, const ds__gql_value *v);
/* A string literal with graphql-js's escapes ("a\"b\n" as "\"a\\\"b\\n\""). */
bool ds__gql_print_string(ds__buf *b, const char *s, size_t len);

#endif
