/*
 * datastore/schema.h — the model registry built from an Amplify schema.graphql.
 *
 * A ds_schema is what libdatastore knows about an app's data: its models
 * (types marked @model), their fields, primary keys, secondary indexes,
 * relationships and authorization rules, its enums and its non-model
 * (embedded) types. It is built from the GraphQL SDL that Amplify users
 * already write, with the meaning Amplify's own tools give it: the same
 * implicit `id`, `createdAt`/`updatedAt` and foreign-key fields, the same
 * generated join models for @manyToMany, the same names.
 *
 *     ds_schema *schema;
 *     ds_error err = DS_ERROR_INIT;
 *     if (ds_schema_load(&schema, "schema.graphql", &err) != DS_OK) {
 *         fprintf(stderr, "%s\n", err.message);   // every error, one per line
 *         return 1;
 *     }
 *     const ds_model *post = ds_schema_model(schema, "Post");
 *     ...
 *     ds_schema_free(schema);
 *
 * Lifetimes. A ds_schema is immutable once built and may be shared by any
 * number of threads. Every pointer reachable from it (models, fields,
 * names, rules) is borrowed: valid until ds_schema_free() of that schema,
 * never to be freed or modified by the caller. The structs below are
 * read-only views; new members may be appended in later minor versions, so
 * never allocate or copy them by value into long-lived storage.
 *
 * Errors. A schema that does not parse or does not validate yields no
 * registry at all: *out is NULL, the call returns DS_ERR_SYNTAX or
 * DS_ERR_SCHEMA (DS_ERR_LIMIT for input over the parser's size or nesting
 * limits, DS_ERR_IO for an unreadable file), and err->message holds every error found, one per line,
 * as "FILE:LINE:COLUMN: what is wrong; what is expected". Use
 * ds_schema_check() to receive the errors one by one.
 */
#ifndef DATASTORE_SCHEMA_H
#define DATASTORE_SCHEMA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "datastore/error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ds_schema ds_schema;
typedef struct ds_model ds_model;
typedef struct ds_field ds_field;
typedef struct ds_enum ds_enum;

/* The scalars DataStore supports. */
typedef enum ds_scalar {
    DS_SCALAR_ID,
    DS_SCALAR_STRING,
    DS_SCALAR_INT,
    DS_SCALAR_FLOAT,
    DS_SCALAR_BOOLEAN,
    DS_SCALAR_AWSDATE,
    DS_SCALAR_AWSTIME,
    DS_SCALAR_AWSDATETIME,
    DS_SCALAR_AWSTIMESTAMP,
    DS_SCALAR_AWSEMAIL,
    DS_SCALAR_AWSJSON,
    DS_SCALAR_AWSURL,
    DS_SCALAR_AWSPHONE,
    DS_SCALAR_AWSIPADDRESS
} ds_scalar;

/* The GraphQL name of a scalar ("AWSDateTime"). */
const char *ds_scalar_name(ds_scalar s);

/* What a field holds. */
typedef enum ds_type_kind {
    DS_KIND_SCALAR,   /* field->scalar */
    DS_KIND_ENUM,     /* field->enum_type */
    DS_KIND_NONMODEL, /* field->type_model, an embedded (non-model) type */
    DS_KIND_MODEL     /* field->type_model, a relationship to another model */
} ds_type_kind;

typedef enum ds_connection {
    DS_CONN_NONE,
    DS_CONN_HAS_ONE,
    DS_CONN_HAS_MANY,
    DS_CONN_BELONGS_TO
} ds_connection;

/* The relationship a model-typed field stands for, as Amplify resolves it. */
typedef struct ds_association {
    ds_connection kind;
    const ds_model *related; /* the model at the other end */
    /* Fields of THIS model holding the related record's key (belongs-to and
     * has-one): Amplify's "targetNames". */
    const char *const *target_names;
    size_t target_count;
    /* Fields of the RELATED model that point back here (has-many and
     * has-one): Amplify's "associatedWith". */
    const char *const *associated_with;
    size_t associated_count;
    bool uses_references; /* declared with references: rather than fields: */
} ds_association;

typedef enum ds_auth_strategy {
    DS_AUTH_OWNER,
    DS_AUTH_GROUPS,
    DS_AUTH_PRIVATE,
    DS_AUTH_PUBLIC,
    DS_AUTH_CUSTOM
} ds_auth_strategy;

typedef enum ds_auth_provider {
    DS_PROVIDER_DEFAULT, /* not written: the API's default mode applies */
    DS_PROVIDER_API_KEY,
    DS_PROVIDER_IAM,
    DS_PROVIDER_IDENTITY_POOL,
    DS_PROVIDER_OIDC,
    DS_PROVIDER_USER_POOLS,
    DS_PROVIDER_FUNCTION
} ds_auth_provider;

/* Operations an @auth rule grants (bit set). */
enum {
    DS_OP_CREATE = 1u << 0,
    DS_OP_UPDATE = 1u << 1,
    DS_OP_DELETE = 1u << 2,
    DS_OP_READ = 1u << 3, /* get + list + sync + listen */
    DS_OP_GET = 1u << 4,
    DS_OP_LIST = 1u << 5,
    DS_OP_SYNC = 1u << 6,
    DS_OP_LISTEN = 1u << 7,
    DS_OP_SEARCH = 1u << 8,
    DS_OP_ALL = DS_OP_CREATE | DS_OP_UPDATE | DS_OP_DELETE | DS_OP_READ
};

/* One rule of an @auth(rules: [...]) directive, as written, with Amplify's
 * defaults filled in where it has them (owner field "owner", identity
 * claim "cognito:username" for user pools, group claim "cognito:groups",
 * all operations). */
typedef struct ds_auth_rule {
    ds_auth_strategy allow;
    ds_auth_provider provider;
    const char *owner_field;    /* owner rules; else NULL */
    const char *identity_claim; /* owner rules; else NULL */
    const char *group_claim;    /* group rules; else NULL */
    const char *groups_field;   /* dynamic group rules; else NULL */
    const char *const *groups;  /* static group rules */
    size_t group_count;
    unsigned operations;        /* DS_OP_* bits */
} ds_auth_rule;

/* A secondary index (@index), or the primary key's own index. */
typedef struct ds_index {
    const char *name;         /* "byBlog"; generated when not written */
    const char *query_field;  /* @index(queryField:), else NULL */
    const char *const *fields; /* partition field, then sort fields */
    size_t field_count;
} ds_index;

struct ds_field {
    const char *name;
    ds_type_kind kind;
    ds_scalar scalar;           /* DS_KIND_SCALAR */
    const char *type_name;      /* "String", the enum's or the type's name */
    const ds_enum *enum_type;   /* DS_KIND_ENUM, else NULL */
    const ds_model *type_model; /* DS_KIND_NONMODEL / DS_KIND_MODEL, else NULL */
    bool is_required;           /* the value, or each list item, is non-null */
    bool is_list;
    bool is_list_required;      /* [T]!: the list itself is non-null */
    bool is_read_only;          /* createdAt/updatedAt: set by the service */
    bool is_implicit;           /* added by Amplify's rules, not in the file */
    bool is_key;                /* part of the primary key */
    const char *default_value;  /* @default(value:), else NULL */
    ds_association association; /* kind DS_CONN_NONE for plain fields */
    const ds_auth_rule *auth_rules; /* field-level @auth */
    size_t auth_rule_count;
    uint32_t line, column;      /* where declared; 0 for implicit fields */
};

struct ds_model {
    const char *name;
    const char *plural_name;  /* "Posts", as Amplify pluralizes */
    bool is_model;            /* false: a non-model (embedded) type */
    bool is_join_model;       /* generated for a @manyToMany relation */
    const ds_field *fields;   /* in Amplify's order */
    size_t field_count;
    const ds_field *const *key_fields; /* primary key: partition, then sort */
    size_t key_count;                  /* 0 for non-model types */
    bool is_custom_key;       /* @primaryKey with a non-id field or sort keys */
    const ds_index *indexes;  /* @index and implicit has-many indexes */
    size_t index_count;
    const ds_auth_rule *auth_rules; /* model-level @auth */
    size_t auth_rule_count;
    /* Names of the timestamp fields the service maintains, or NULL when
     * @model(timestamps:) turns one off (`timestamps: null` turns off both;
     * `{updatedAt: null}` only that one, as AppSync's transformer does). */
    const char *created_at;
    const char *updated_at;
    uint32_t line, column;
};

struct ds_enum {
    const char *name;
    const char *const *values;
    size_t value_count;
    uint32_t line, column;
};

/* ---- building ---------------------------------------------------------- */

/*
 * Builds a registry from SDL text of len bytes (need not be NUL-terminated).
 * filename is used in error messages only (may be NULL: "<schema>").
 * On success *out receives the schema; free it with ds_schema_free().
 */
ds_status ds_schema_parse(ds_schema **out, const char *text, size_t len, const char *filename,
                          ds_error *err);

/* Reads the file at path and builds a registry as ds_schema_parse(). */
ds_status ds_schema_load(ds_schema **out, const char *path, ds_error *err);

/* Frees a schema and everything borrowed from it. NULL is allowed. */
void ds_schema_free(ds_schema *schema);

/* One located diagnostic, as given to a ds_schema_diag_fn. The strings
 * are valid only during the callback. */
typedef struct ds_schema_diag {
    ds_status code; /* DS_ERR_SYNTAX or DS_ERR_SCHEMA (DS_ERR_NOMEM, DS_ERR_IO) */
    const char *file;
    uint32_t line, column; /* 1-based; 0 when the error has no place */
    const char *message;
} ds_schema_diag;

typedef void (*ds_schema_diag_fn)(const ds_schema_diag *diag, void *userdata);

/*
 * Validates SDL text without keeping a registry. Calls fn (may be NULL)
 * once per error, in file order, on the calling thread, then returns DS_OK
 * when the schema is valid, else the first error's code. err (may be NULL)
 * receives all errors as ds_schema_parse() would give them.
 */
ds_status ds_schema_check(const char *text, size_t len, const char *filename, ds_schema_diag_fn fn,
                          void *userdata, ds_error *err);

/* ---- reading ----------------------------------------------------------- */

/* A version string that changes whenever the schema's meaning changes and
 * only then: whitespace, comments, descriptions and the order of
 * definitions do not change it. Borrowed. */
const char *ds_schema_version(const ds_schema *schema);

/* Models in a stable order: the file's order, generated join models last. */
size_t ds_schema_model_count(const ds_schema *schema);
const ds_model *ds_schema_model_at(const ds_schema *schema, size_t i);
/* NULL when there is no model of that name. */
const ds_model *ds_schema_model(const ds_schema *schema, const char *name);

/* Non-model (embedded) types, in file order. */
size_t ds_schema_nonmodel_count(const ds_schema *schema);
const ds_model *ds_schema_nonmodel_at(const ds_schema *schema, size_t i);
const ds_model *ds_schema_nonmodel(const ds_schema *schema, const char *name);

/* Enums, in file order. */
size_t ds_schema_enum_count(const ds_schema *schema);
const ds_enum *ds_schema_enum_at(const ds_schema *schema, size_t i);
const ds_enum *ds_schema_enum(const ds_schema *schema, const char *name);

/* A field of a model or non-model type by name; NULL when absent. */
const ds_field *ds_model_field(const ds_model *model, const char *name);

/* True when value is one of the enum's values. */
bool ds_enum_has_value(const ds_enum *e, const char *value);

/*
 * The model introspection document Amplify's model generator
 * (`amplify codegen models --target introspection`) produces for this
 * schema, as JSON text. pretty selects 4-space indentation. Returns a
 * string the caller frees with ds_free(), or NULL when out of memory.
 */
char *ds_schema_introspection_json(const ds_schema *schema, bool pretty);

#ifdef __cplusplus
}
#endif

#endif /* DATASTORE_SCHEMA_H */
