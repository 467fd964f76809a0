/*
 * Shared state and small lookups of the schema validator, which is split by
 * concern: validate.c (GraphQL's SDL rules, keys and indexes, @default, the
 * driver), validate_auth.c (@auth), validate_relations.c (@hasOne,
 * @hasMany, @belongsTo, @manyToMany) and validate_ops.c (generated root
 * fields, `extend type` limits, the other Amplify directives, names
 * JavaScript cannot hold). Internal to src/schema; not installed.
 *
 * One rule holds everywhere: Amplify's directive transformers read the
 * fields of a type's DEFINITION only; fields added by `extend type` are
 * invisible to keys and relationships (and may not carry Amplify
 * directives). So lookups come in two kinds: ds__v_def_field (what the
 * transformer sees) and the field iterator (definition plus extensions,
 * for GraphQL's own rules).
 */
#ifndef DS_SCHEMA_VALIDATE_H
#define DS_SCHEMA_VALIDATE_H

#include "schema/internal.h"

typedef struct vstate {
    const ds__gql_doc *doc;
    ds__diags *diags;
    /* Root operation type names: `schema { ... }` or the defaults. */
    const char *query_type, *mutation_type, *subscription_type;
} vstate;

#define ERR(loc, ...) ds__diags_add(st->diags, DS_ERR_SCHEMA, (loc).line, (loc).column, __VA_ARGS__)

/* Most names a key, list argument or rule list may hold; more are ignored
 * by the checks (the parser caps documents long before this matters). */
#define V_MAX 64

bool ds__v_builtin_scalar(const char *name);
/* The first non-extension definition of that name, or NULL. */
const ds__gql_def *ds__v_find_def(const vstate *st, const char *name);
bool ds__v_is_model_def(const ds__gql_def *d);
const ds__gql_def *ds__v_find_model(const vstate *st, const char *name);
bool ds__v_is_enum(const vstate *st, const char *name);
/* Scalar or enum: what a key or index field may be. */
bool ds__v_is_leaf_type(const vstate *st, const char *name);
bool ds__v_is_list(const ds__gql_type *t);
bool ds__v_is_non_null(const ds__gql_type *t);
/* A field of the definition (not of its extensions), or NULL. */
const ds__gql_field *ds__v_def_field(const ds__gql_def *def, const char *name);

/* Fields of an object type including those added by `extend type`. */
typedef struct v_field_iter {
    const vstate *st;
    const char *type;
    const ds__gql_def *def;
    const ds__gql_field *field;
} v_field_iter;
const ds__gql_field *ds__v_next_field(v_field_iter *it);

/* Directive arguments. */
const char *ds__v_string_arg(const ds__gql_directive *d, const char *arg);
/* A [String] argument (or a single string, GraphQL's list coercion) as its
 * string values; other items are skipped. */
size_t ds__v_string_list(const ds__gql_directive *d, const char *arg, const ds__gql_value **out, size_t max);
/* True when the argument is given as a list with at least one item. */
bool ds__v_nonempty_list_arg(const ds__gql_directive *d, const char *arg);

/* One part of a model's primary key. field is NULL for an implicit `id`. */
typedef struct vkey {
    const char *name;
    const ds__gql_field *field;
} vkey;
/* The primary key of a @model definition: the @primaryKey field and its
 * sort fields (those that exist), or `id`. Returns the count. */
size_t ds__v_key(const ds__gql_def *model, vkey *out, size_t max);
/* The base type name of a key part ("ID" for an implicit id). */
const char *ds__v_key_type(const vkey *k);
/* The @index directive named `name` on the definition, and its field. */
const ds__gql_directive *ds__v_find_index(const ds__gql_def *model, const char *name, const ds__gql_field **on);

/* The per-concern checks, each run once over the whole document. */
void ds__validate_auth(vstate *st);
void ds__validate_relations(vstate *st);
void ds__validate_ops(vstate *st);

#endif
