/*
 * Introspection (spec §4): the resolver for __schema, __type and the fields
 * of the __ types, answered from the type system. Internal to the executor.
 */
#ifndef DS_GRAPHQL_INTROSPECTION_H
#define DS_GRAPHQL_INTROSPECTION_H

#include "graphql/execute.h"

/* Resolves def (a meta-field, or a field of an introspection type) on
 * parent; returns OK with *result, or DEFAULT for plain properties. */
ds__resolve_rc ds__gql_introspect(const ds__gql_typesys *ts, const ds__gql_typesys_type *type,
                                  const ds__gql_typesys_field *def, json_t *parent, json_t *args, json_t **result);

#endif
