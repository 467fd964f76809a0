/*
 * The GraphQL syntax tree (GraphQL specification, October 2021).
 *
 * One tree for both halves of the language: the type-system documents a
 * schema.graphql holds (SDL, ds__gql_parse_sdl) and the executable documents
 * (queries, mutations, subscriptions, fragments) the server receives
 * (ds__gql_parse_executable). A document is one or the other: an SDL
 * document has only `defs`, an executable one only `operations` and
 * `fragments`. Every node lives in the document's arena and dies with it
 * (ds__gql_doc_free); nothing in the tree is freed on its own. Lists are
 * singly linked through `next`, in source order. Strings are NUL-terminated
 * arena copies; string values also carry their length because "\u0000" is a
 * legal character.
 */
#ifndef DS_GRAPHQL_AST_H
#define DS_GRAPHQL_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/arena.h"

typedef struct ds__gql_loc {
    uint32_t line;   /* 1-based */
    uint32_t column; /* 1-based, counted in Unicode code points */
    uint32_t offset; /* byte offset into the source */
} ds__gql_loc;

/* A name with its place: interface lists, union members, directive
 * locations, schema operation types. */
typedef struct ds__gql_name {
    const char *value;
    ds__gql_loc loc;
    struct ds__gql_name *next;
} ds__gql_name;

/* ---- values ---------------------------------------------------------- */

typedef enum ds__gql_value_kind {
    DS__GQL_VAL_VARIABLE, /* $name: str is the name without '$' */
    DS__GQL_VAL_INT,      /* str is the literal text, e.g. "-12" */
    DS__GQL_VAL_FLOAT,    /* str is the literal text, e.g. "1.5e3" */
    DS__GQL_VAL_STRING,   /* str/len is the decoded value (block strings too) */
    DS__GQL_VAL_BOOLEAN,  /* boolean */
    DS__GQL_VAL_NULL,
    DS__GQL_VAL_ENUM, /* str is the name */
    DS__GQL_VAL_LIST, /* items */
    DS__GQL_VAL_OBJECT /* fields */
} ds__gql_value_kind;

typedef struct ds__gql_object_field ds__gql_object_field;

typedef struct ds__gql_value {
    ds__gql_value_kind kind;
    ds__gql_loc loc;
    const char *str;
    size_t len;   /* bytes in str (strings may hold NUL) */
    bool boolean; /* DS__GQL_VAL_BOOLEAN */
    bool block;   /* a string written as a """block string""" */
    struct ds__gql_value *items;   /* DS__GQL_VAL_LIST */
    ds__gql_object_field *fields;  /* DS__GQL_VAL_OBJECT */
    struct ds__gql_value *next;    /* next item of the enclosing list */
} ds__gql_value;

struct ds__gql_object_field {
    const char *name;
    ds__gql_loc loc;
    ds__gql_value *value;
    ds__gql_object_field *next;
};

/* ---- types and directives -------------------------------------------- */

typedef enum ds__gql_type_kind {
    DS__GQL_TYPE_NAMED,
    DS__GQL_TYPE_LIST,
    DS__GQL_TYPE_NON_NULL
} ds__gql_type_kind;

/* [String!]! is NON_NULL(LIST(NON_NULL(NAMED "String"))). */
typedef struct ds__gql_type {
    ds__gql_type_kind kind;
    ds__gql_loc loc;
    const char *name;         /* DS__GQL_TYPE_NAMED */
    struct ds__gql_type *of;  /* LIST and NON_NULL */
} ds__gql_type;

typedef struct ds__gql_argument {
    const char *name;
    ds__gql_loc loc;
    ds__gql_value *value;
    struct ds__gql_argument *next;
} ds__gql_argument;

typedef struct ds__gql_directive {
    const char *name; /* without '@' */
    ds__gql_loc loc;  /* of the '@' */
    ds__gql_argument *args;
    struct ds__gql_directive *next;
} ds__gql_directive;

/* ---- type-system definitions ----------------------------------------- */

/* Arguments of fields and directives, and fields of input objects. */
typedef struct ds__gql_input_value {
    const char *description; /* NULL when absent */
    const char *name;
    ds__gql_loc loc;
    ds__gql_type *type;
    ds__gql_value *default_value; /* NULL when absent */
    ds__gql_directive *directives;
    struct ds__gql_input_value *next;
} ds__gql_input_value;

/* Fields of object types and interfaces. */
typedef struct ds__gql_field {
    const char *description;
    const char *name;
    ds__gql_loc loc;
    ds__gql_input_value *args;
    ds__gql_type *type;
    ds__gql_directive *directives;
    struct ds__gql_field *next;
} ds__gql_field;

typedef struct ds__gql_enum_value {
    const char *description;
    const char *name;
    ds__gql_loc loc;
    ds__gql_directive *directives;
    struct ds__gql_enum_value *next;
} ds__gql_enum_value;

typedef enum ds__gql_def_kind {
    DS__GQL_DEF_SCHEMA,
    DS__GQL_DEF_SCALAR,
    DS__GQL_DEF_OBJECT,
    DS__GQL_DEF_INTERFACE,
    DS__GQL_DEF_UNION,
    DS__GQL_DEF_ENUM,
    DS__GQL_DEF_INPUT_OBJECT,
    DS__GQL_DEF_DIRECTIVE
    /* The executable definitions (operations, fragments) have their own
     * node types below, so that code switching over type-system kinds is
     * never handed one. */
} ds__gql_def_kind;

/* `schema { query: Q }`: one entry per root operation type. */
typedef struct ds__gql_operation_type {
    const char *operation; /* "query", "mutation" or "subscription" */
    ds__gql_loc loc;
    ds__gql_name *type;
    struct ds__gql_operation_type *next;
} ds__gql_operation_type;

/*
 * One definition or extension. Which members are used depends on kind:
 *   SCHEMA       directives, operation_types (name is NULL)
 *   SCALAR       name, directives
 *   OBJECT       name, interfaces, directives, fields
 *   INTERFACE    name, interfaces, directives, fields
 *   UNION        name, directives, members
 *   ENUM         name, directives, values
 *   INPUT_OBJECT name, directives, input_fields
 *   DIRECTIVE    name, args, repeatable, locations
 * `extend` is true for `extend type X ...` and the like (never for
 * DIRECTIVE). description is NULL when absent (extensions have none).
 */
typedef struct ds__gql_def {
    ds__gql_def_kind kind;
    bool extend;
    ds__gql_loc loc; /* of the name; of the keyword for `schema` */
    const char *description;
    const char *name;
    ds__gql_name *interfaces;
    ds__gql_directive *directives;
    ds__gql_field *fields;
    ds__gql_input_value *input_fields;
    ds__gql_enum_value *values;
    ds__gql_name *members;
    ds__gql_operation_type *operation_types;
    ds__gql_input_value *args;
    bool repeatable;
    ds__gql_name *locations;
    struct ds__gql_def *next;
} ds__gql_def;

/* ---- executable definitions (spec §2.3-§2.8) --------------------------- */

typedef enum ds__gql_op_kind {
    DS__GQL_OP_QUERY,
    DS__GQL_OP_MUTATION,
    DS__GQL_OP_SUBSCRIPTION
} ds__gql_op_kind;

typedef enum ds__gql_selection_kind {
    DS__GQL_SEL_FIELD,           /* alias: name(args) @dirs { ... } */
    DS__GQL_SEL_FRAGMENT_SPREAD, /* ...Name @dirs */
    DS__GQL_SEL_INLINE_FRAGMENT  /* ... on Type @dirs { ... } */
} ds__gql_selection_kind;

/*
 * One selection. Which members are used depends on kind:
 *   FIELD            alias (NULL when none), name, args, directives,
 *                    selections (NULL when the field has no selection set)
 *   FRAGMENT_SPREAD  name (the fragment's), directives
 *   INLINE_FRAGMENT  type_condition (NULL when absent), directives, selections
 * A selection set is never empty in a parsed document ("{}" is a syntax
 * error), so selections == NULL means "no selection set".
 */
typedef struct ds__gql_selection {
    ds__gql_selection_kind kind;
    ds__gql_loc loc; /* FIELD: of the alias, or the name; the others: of "..." */
    const char *alias;
    const char *name;
    ds__gql_argument *args;
    const char *type_condition;
    ds__gql_loc type_loc; /* of the type condition's name */
    ds__gql_directive *directives;
    struct ds__gql_selection *selections;
    struct ds__gql_selection *next;
} ds__gql_selection;

/* A selection of kind DS__GQL_SEL_FIELD: the name the executor's callers
 * know it by. */
typedef ds__gql_selection ds__gql_field_node;

/* The key a field's value has in the response: its alias, else its name. */
static inline const char *ds__gql_response_key(const ds__gql_selection *field) {
    return field->alias ? field->alias : field->name;
}

/* `$name: Type = default @dirs` in an operation's variable definitions. */
typedef struct ds__gql_variable_def {
    const char *name; /* without '$' */
    ds__gql_loc loc;  /* of the '$' */
    ds__gql_type *type;
    ds__gql_value *default_value; /* NULL when absent; constant */
    ds__gql_directive *directives;
    struct ds__gql_variable_def *next;
} ds__gql_variable_def;

/* `query Name($v: T) @dirs { ... }`, or the shorthand `{ ... }` (a query
 * with no name, variables or directives). */
typedef struct ds__gql_operation {
    ds__gql_op_kind kind;
    const char *name; /* NULL for an anonymous operation */
    ds__gql_loc loc;  /* of the keyword, or of the '{' of the shorthand */
    ds__gql_variable_def *variables;
    ds__gql_directive *directives;
    ds__gql_selection *selections; /* never NULL */
    struct ds__gql_operation *next;
} ds__gql_operation;

/* `fragment Name on Type @dirs { ... }`. */
typedef struct ds__gql_fragment {
    const char *name;
    ds__gql_loc loc; /* of the keyword `fragment` */
    const char *type_condition;
    ds__gql_loc type_loc;
    ds__gql_directive *directives;
    ds__gql_selection *selections; /* never NULL */
    struct ds__gql_fragment *next;
} ds__gql_fragment;

typedef struct ds__gql_doc {
    ds__arena *arena; /* owns every node below */
    ds__gql_def *defs;             /* type-system documents */
    ds__gql_operation *operations; /* executable documents, in source order */
    ds__gql_fragment *fragments;   /* executable documents, in source order */
} ds__gql_doc;

/* Frees the document and every node in it. The ds__gql_doc itself is
 * allocated in its own arena, so this is one ds__arena_free. NULL is allowed. */
void ds__gql_doc_free(ds__gql_doc *doc);

/* Small lookups used by every consumer of the tree. NULL when absent. */
const ds__gql_directive *ds__gql_find_directive(const ds__gql_directive *list, const char *name);
const ds__gql_argument *ds__gql_find_argument(const ds__gql_argument *list, const char *name);
const ds__gql_object_field *ds__gql_find_object_field(const ds__gql_object_field *list, const char *name);
/* The innermost named type ("String" for [String!]!). */
const char *ds__gql_type_base_name(const ds__gql_type *t);

#endif /* DS_GRAPHQL_AST_H */
