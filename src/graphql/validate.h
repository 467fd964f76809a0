/*
 * Validation of an executable document against a type system (spec §5).
 *
 * Every rule of the specification is checked (a "basic" form of field
 * merging, see validate.c), and every error is reported, sorted by place.
 * Messages follow graphql-java, whose wording AWS AppSync returns:
 *
 *     Validation error of type FieldUndefined: Field 'foo' in type 'Query' is undefined @ 'foo'
 *
 * "<Kind>" names the rule (FieldUndefined, WrongType, MissingFieldArgument,
 * UnknownArgument, SubSelectionRequired, SubSelectionNotAllowed, UnknownType,
 * UndefinedVariable, UnusedVariable, UndefinedFragment, UnusedFragment,
 * VariableTypeMismatch, DuplicateOperationName, LoneAnonymousOperationViolation,
 * ...; the full list is in docs/internals/graphql.md) and "@ '<path>'" the
 * field names from the operation or fragment down to the error, omitted when
 * the error is outside any field.
 */
#ifndef DS_GRAPHQL_VALIDATE_H
#define DS_GRAPHQL_VALIDATE_H

#include "graphql/ast.h"
#include "graphql/typesys.h"
#include "util/diag.h"

/* Deepest nesting of fields, inline fragments and fragment spreads an
 * operation may have, counted through fragments (the parser's limit is on
 * the text; this one bounds the executor's recursion). */
#define DS__GQL_MAX_QUERY_DEPTH 100

/* At most this many errors are reported; the rest are dropped. */
#define DS__GQL_MAX_VALIDATION_ERRORS 100

/*
 * Validates doc (from ds__gql_parse_executable) against ts. DS_OK when the
 * document is valid; otherwise DS_ERR_INVALID and one diagnostic per error
 * (code DS_ERR_INVALID, its line and column, the message above), sorted by
 * place; DS_ERR_NOMEM when memory ran out. Reads only; thread-safe for
 * distinct diags.
 */
ds_status ds__gql_validate(const ds__gql_typesys *ts, const ds__gql_doc *doc, ds__diags *diags);

/* Whether a constant value (no variables) is valid for type by the rules of
 * §5.6 - what validation requires of literals. The type system uses it for
 * the default values in the SDL. */
bool ds__gql_value_fits(const ds__gql_typesys *ts, const ds__gql_value *value, const ds__gql_type *type);

/* A type reference as GraphQL text ("[Post!]!") into buf (cap bytes). */
const char *ds__gql_type_text(const ds__gql_type *t, char *buf, size_t cap);

#endif
