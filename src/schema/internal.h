/*
 * Internal structures of the schema layer. Not installed.
 *
 * Building a registry goes through two representations:
 *   1. the "build" model (bmodel/bfield below): mutable, close to the way
 *      Amplify's model generator reasons, with directive arguments kept as
 *      JSON values, so that its rules (implicit fields, join models,
 *      foreign-key names, attribute order) can be followed step by step;
 *   2. the frozen registry (struct ds_schema and the public ds_model /
 *      ds_field views), allocated in one arena and immutable.
 * The introspection document is produced from the build model, because it
 * mirrors the generator's intermediate state more closely than the
 * registry does.
 */
#ifndef DS_SCHEMA_INTERNAL_H
#define DS_SCHEMA_INTERNAL_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "datastore/schema.h"
#include "graphql/ast.h"
#include "util/arena.h"
#include "util/diag.h"

/* ---- the build model --------------------------------------------------- */

/* A directive as the generator sees it: a name and its arguments as an
 * untyped JSON object (enum values become strings). */
typedef struct bdir {
    const char *name;
    json_t *args; /* object; owned */
    const ds__gql_directive *ast; /* NULL for directives the rules add */
} bdir;

typedef struct bdirs {
    bdir *items;
    size_t count, cap;
} bdirs;

typedef enum bpk_type { BPK_NONE, BPK_MANAGED_ID, BPK_OPTIONAL_ID, BPK_CUSTOM } bpk_type;

struct bmodel;

typedef struct bconn {
    ds_connection kind;
    struct bmodel *related;
    char **target_names; /* owned strings */
    size_t target_count;
    char **associated_with;
    size_t associated_count;
    bool uses_references;
} bconn;

typedef struct bfield {
    char *name;      /* owned */
    char *type;      /* owned: the base type name */
    bool nullable;   /* the value / each item may be null */
    bool list;
    int list_nullable; /* -1 not a list, 0 [T]!, 1 [T] */
    int read_only;     /* -1 unset, 1 read-only */
    bool implicit;
    bdirs dirs;
    /* primary key information, set on the key's first field only */
    bpk_type pk_type;
    char **sort_keys; /* names */
    size_t sort_count;
    bconn *conn;
    const ds__gql_field *ast; /* NULL for implicit fields */
    const ds__gql_input_value *ast_input; /* for input object fields */
} bfield;

typedef struct bfields {
    bfield **items;
    size_t count, cap;
} bfields;

typedef enum bkind { BK_MODEL, BK_NONMODEL, BK_QUERY, BK_MUTATION, BK_SUBSCRIPTION, BK_INPUT } bkind;

typedef struct bmodel {
    char *name;
    bkind kind;
    bool join;
    bdirs dirs;
    bfields fields;
    const ds__gql_def *ast;
} bmodel;

typedef struct benum {
    const char *name;
    const char **values; /* malloc'd array of borrowed AST names: every value */
    size_t value_count, value_cap;
    const char **gen_values; /* what the generator lists (build.c says why) */
    size_t gen_count;
    const ds__gql_def *ast;
} benum;

typedef struct bschema {
    bmodel **models; /* models, non-models, operations, inputs: order of first mention */
    size_t count, cap;
    benum *enums;
    size_t enum_count, enum_cap;
    const char *query_type, *mutation_type, *subscription_type;
    ds__diags *diags;
    bool nomem;
} bschema;

/* build.c */
void ds__bschema_free(bschema *s);
bmodel *ds__bschema_find(const bschema *s, const char *name, bkind kind);
bfield *ds__bmodel_field(const bmodel *m, const char *name);
const bdir *ds__bfield_dir(const bfield *f, const char *name);
/* Follows Amplify's model generator over a validated document. */
ds_status ds__schema_build(bschema *s, const ds__gql_doc *doc);

/* names.c: the string rules Amplify applies to names */
char *ds__camel_case(const char *s);           /* change-case camelCase */
char *ds__constant_case(const char *s);        /* change-case constantCase */
char *ds__camel_join(const char *const *words, size_t n); /* toCamelCase([...]) */
char *ds__graphql_name_upper(const char *s);   /* graphqlName(toUpper(s)) */

/* directives.c: the Amplify directive catalogue and its checks */
typedef enum dloc { DLOC_OBJECT = 1, DLOC_FIELD = 2, DLOC_ENUM = 4, DLOC_ENUM_VALUE = 8,
                    DLOC_INPUT_FIELD = 16, DLOC_ARGUMENT = 32, DLOC_INPUT_OBJECT = 64,
                    DLOC_SCALAR = 128, DLOC_INTERFACE = 256, DLOC_UNION = 512, DLOC_SCHEMA = 1024 } dloc;
/* Checks every directive in list (used at loc): known, allowed there,
 * arguments known and of the right type, required ones present, not
 * repeated unless repeatable. Reports into diags. */
void ds__check_directives(const ds__gql_directive *list, dloc loc, const char *where, ds__diags *diags);
bool ds__is_amplify_type_name(const char *name); /* AuthRule, ModelOperation, ... */

/* validate.c: GraphQL and Amplify rules over the document */
void ds__schema_validate(const ds__gql_doc *doc, ds__diags *diags);

/* values.c: GraphQL values as untyped JSON, as graphql-js's valueFromASTUntyped */
json_t *ds__value_to_json(const ds__gql_value *v);

/* auth.c */
/* Amplify's processed form of an @auth directive's rules (defaults
 * filled in), as the introspection shows it. New reference. */
json_t *ds__auth_process_rules(json_t *rules);

/* introspect.c */
json_t *ds__schema_introspection(const bschema *s);

/* ---- the frozen registry ------------------------------------------------ */

struct ds_schema {
    ds__arena *arena;
    ds_model *models;
    size_t model_count;
    ds_model *nonmodels;
    size_t nonmodel_count;
    ds_enum *enums;
    size_t enum_count;
    json_t *introspection; /* owned */
    char version[65];
    ds__gql_doc *doc; /* owned: the validated document (api_info.c) */
};

/* freeze.c: turns the build model into the registry. */
ds_status ds__schema_freeze(ds_schema *out, const bschema *s);

/* api_info.c: what the server's API generator reads besides the registry.
 * The transformer that defines the AppSync API works on the document as
 * written (argument lists, list-of-list types, custom root fields, the
 * @model/@index/@auth arguments), so the registry keeps the validated
 * document. Borrowed; valid until ds_schema_free(). */
const ds__gql_doc *ds__schema_document(const ds_schema *schema);

#endif
