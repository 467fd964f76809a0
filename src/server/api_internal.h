/*
 * Internals of the AppSync API generator (api_*.c). Not installed.
 *
 * The generator follows Amplify's GraphQL transformer (2.5.1, DataStore on)
 * step by step, the way the transformer itself works: it starts from the
 * user's document, keeps an "output" document of type definitions, and
 * lets each transformer (model, primary key, index, the relations, auth)
 * add and rewrite definitions in the transformer's own order. The data
 * below are that output document and the per-transformer state.
 *
 * Memory. Everything lives in one arena owned by the context (api_ctx) and
 * dies with it. Type references (ds__gql_type), directive arguments
 * (ds__gql_argument) and values are immutable and may be shared between
 * definitions, including nodes of the user's parsed document. An api_field
 * is immutable once it is in a list: a change makes a copy (api_field_dup)
 * and puts the copy in its place, so a snapshot of a definition (the
 * transformer's "input document" view of a type) never sees later edits.
 * Definitions (api_def) in the output are edited in place.
 *
 * Allocation failures set ctx->nomem; helpers then return NULL or do
 * nothing, and the caller of the whole generation returns NULL.
 */
#ifndef DS_SERVER_API_INTERNAL_H
#define DS_SERVER_API_INTERNAL_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "datastore/schema.h"
#include "graphql/ast.h"
#include "server/api_sdl.h"
#include "util/arena.h"

/* ---- small vectors ------------------------------------------------------ */

typedef struct api_vec {
    void **items;
    size_t count, cap;
} api_vec;

typedef struct api_ctx api_ctx;

bool api_vec_push(api_ctx *c, api_vec *v, void *p);
void api_vec_remove(api_vec *v, size_t i);
api_vec api_vec_copy(api_ctx *c, const api_vec *v);
#define API_AT(v, i) ((v).items[i])

/* ---- the output document ------------------------------------------------ */

typedef struct api_dir {
    const char *name;
    const ds__gql_argument *args; /* immutable, may be shared */
} api_dir;

/* A field definition, an argument, or an input field (InputValueDefinition). */
typedef struct api_field {
    const char *name;
    const char *description;
    const ds__gql_type *type;
    api_vec args; /* api_field*: arguments of a field definition */
    const ds__gql_value *default_value;
    api_vec dirs; /* api_dir* */
} api_field;

typedef struct api_enum_value {
    const char *name;
    const char *description;
    api_vec dirs;
} api_enum_value;

typedef struct api_def {
    ds__gql_def_kind kind; /* OBJECT, INTERFACE, INPUT_OBJECT, ENUM, UNION, SCALAR */
    const char *name;
    const char *description;
    api_vec fields;     /* api_field* (fields or input fields) */
    api_vec dirs;       /* api_dir* */
    api_vec values;     /* api_enum_value* */
    api_vec interfaces; /* const char* */
    api_vec members;    /* const char* (union members) */
} api_def;

/* ---- per-transformer state ---------------------------------------------- */

/* A list of names that may be JavaScript's null (as in subscriptions:
 * {onUpdate: null}) rather than empty. */
typedef struct api_names {
    const char **items;
    size_t count;
    bool present;
} api_names;

/* The model transformer's modelDirectiveConfig for one model: the @model
 * arguments deep-merged over the defaults. A NULL name is "not generated". */
typedef struct api_model_cfg {
    const char *name;
    const api_def *object; /* what object() was given (input definition) */
    const char *get, *list, *sync;
    const char *create, *update, *del;
    const char *level; /* "off", "public", "on" (NULL when subscriptions: null) */
    api_names on_create, on_update, on_delete;
    bool timestamps_null;
    const char *created_at, *updated_at; /* NULL when null */
    const api_dir *model_dir;            /* the @model directive as written */
} api_model_cfg;

/* @primaryKey and @index configurations. */
typedef struct api_key_cfg {
    bool is_index;
    const api_def *object; /* input definition (or a join type) */
    const api_field *field;
    const char *name;        /* index name; NULL for the primary key */
    const char *query_field; /* index query; NULL for none */
    api_names sort_key_fields;
    api_vec sort_key; /* api_field* */
    const api_dir *model_dir;
} api_key_cfg;

typedef enum api_rel_kind { API_HAS_MANY, API_HAS_ONE, API_BELONGS_TO, API_MANY_TO_MANY } api_rel_kind;

typedef struct api_rel_cfg {
    api_rel_kind kind;
    const api_def *object;
    const api_field *field; /* the field carrying the directive (input definition) */
    const char *index_name;
    bool has_fields;
    api_names fields;
    bool has_references;
    api_names references;
    const char *relation_name; /* manyToMany */
    const api_def *related_type;
    api_vec field_nodes;        /* api_field* of object */
    api_vec related_type_index; /* api_field*: partition then sort fields */
    bool related_type_index_set;
    const char *relation_type;  /* belongsTo: "hasOne" / "hasMany" on the other side */
} api_rel_cfg;

/* Auth: a role of the access control matrix. */
typedef struct api_role {
    const char *name;
    const char *provider; /* apiKey, iam, identityPool, oidc, userPools, function */
    const char *strategy; /* owner, groups, private, public, custom */
    bool is_static;
    const char *entity; /* owner field / groups field / group */
} api_role;

/* AccessControlMatrix: roles x resources (fields) x operations. */
typedef struct api_acm {
    const char *name;
    const char **ops;
    size_t op_count;
    const char **resources;
    size_t resource_count;
    api_vec roles;  /* const char* role names */
    api_vec matrix; /* bool[resource_count * op_count] per role */
} api_acm;

/* ---- the context -------------------------------------------------------- */

struct api_ctx {
    ds__arena *arena;
    bool nomem;
    ds__api_options opts;
    bool sandbox;
    const ds__gql_doc *doc;

    /* the input document (definitions only, as written) and the output */
    api_vec input;  /* api_def* */
    api_vec output; /* api_def* in the transformer's insertion order */
    size_t *out_slots; /* name hash of output: index + 1, 0 = empty */
    size_t out_slot_cap;
    const char *query_name, *mutation_name, *subscription_name;

    /* model transformer */
    api_vec models; /* api_model_cfg*, in typesWithModelDirective order */
    /* primary key and index transformers */
    api_vec primary_keys; /* api_key_cfg* */
    api_vec indexes;      /* api_key_cfg* */
    api_vec index_queries; /* per model: "Model\tindex\tqueryField" strings */
    /* relational transformers */
    api_vec has_many, has_one, belongs_to, many_to_many; /* api_rel_cfg* */
    /* auth transformer */
    api_vec roles;           /* api_role* */
    api_vec auth_models;     /* api_acm*, authModelConfig in insertion order */
    api_vec auth_model_cfgs; /* api_model_cfg* (the auth transformer's own) */
    api_vec auth_nonmodel;   /* api_acm* named "Type:field" */
    api_vec seen_nonmodel;   /* const char* "Type" then its directive names */
    const char *default_provider;
    bool should_add_default_directive;
    bool admin_roles;
};

/* ---- api_doc.c: memory, names, types, definitions ----------------------- */

void *api_alloc(api_ctx *c, size_t n);
const char *api_strdup(api_ctx *c, const char *s);
const char *api_printf(api_ctx *c, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* graphql-transformer-common's string helpers */
const char *api_to_upper(api_ctx *c, const char *s);   /* first letter upper */
const char *api_to_lower(api_ctx *c, const char *s);   /* first letter lower */
const char *api_camel(api_ctx *c, const char *const *words, size_t n); /* toCamelCase */
const char *api_camel2(api_ctx *c, const char *a, const char *b);
const char *api_camel3(api_ctx *c, const char *a, const char *b, const char *d);
const char *api_graphql_name(api_ctx *c, const char *s); /* graphqlName */
const char *api_pluralize(api_ctx *c, const char *s);    /* npm pluralize */
const char *api_subscription_name(api_ctx *c, const char *name); /* ≤ 50 chars, md5 tail */

/* Type references. */
const ds__gql_type *api_named(api_ctx *c, const char *name);
const ds__gql_type *api_non_null(api_ctx *c, const ds__gql_type *t); /* wraps; no double wrap */
const ds__gql_type *api_list(api_ctx *c, const ds__gql_type *t);
const ds__gql_type *api_unwrap_non_null(const ds__gql_type *t);
const ds__gql_type *api_with_base(api_ctx *c, const ds__gql_type *t, const char *name);
const char *api_base(const ds__gql_type *t);
bool api_is_list(const ds__gql_type *t);
bool api_is_non_null(const ds__gql_type *t);
/* DEFAULT_SCALARS: the built-in, AWS and BigInt/Double scalars, mapped
 * to the name the Model*Input types use ("AWSDate" -> "String"); NULL for
 * anything else. */
const char *api_scalar_override(const char *name);
bool api_is_scalar(const ds__gql_type *t);

/* Directives. */
api_dir *api_dir_new(api_ctx *c, const char *name, const ds__gql_argument *args);
const api_dir *api_find_dir(const api_vec *dirs, const char *name);
const ds__gql_value *api_dir_arg(const api_dir *d, const char *name);
/* @aws_subscribe(mutations: [...]) and the like: one argument, a list of strings. */
const ds__gql_argument *api_string_list_arg(api_ctx *c, const char *arg, const char *const *items, size_t n);
/* The directive's arguments as untyped JSON (new reference; NULL on no memory). */
json_t *api_dir_args_json(const api_dir *d);

/* Fields. */
api_field *api_field_new(api_ctx *c, const char *name, const ds__gql_type *type);
api_field *api_field_dup(api_ctx *c, const api_field *f);
api_field *api_field_find(const api_def *d, const char *name);
size_t api_field_index(const api_def *d, const char *name); /* SIZE_MAX when absent */
bool api_def_has_field(const api_def *d, const char *name);
void api_def_add_field(api_ctx *c, api_def *d, api_field *f);
/* Puts f in place of the field of the same name (nothing when absent). */
void api_def_replace_field(api_def *d, api_field *f);
void api_def_remove_field(api_def *d, const char *name);
/* extendFieldWithDirectives: adds those not present by name (copy). */
api_field *api_field_with_dirs(api_ctx *c, const api_field *f, api_dir *const *dirs, size_t n);

/* Definitions. */
api_def *api_def_new(api_ctx *c, ds__gql_def_kind kind, const char *name);
api_def *api_def_copy(api_ctx *c, const api_def *d); /* fresh vectors, shared fields */
api_def *api_out_get(api_ctx *c, const char *name);    /* getType */
api_def *api_out_object(api_ctx *c, const char *name); /* getObject */
bool api_out_has(api_ctx *c, const char *name);
void api_out_add(api_ctx *c, api_def *d); /* addType; ignored if the name exists */
/* putType: replaces the definition of that name in place, or appends. */
void api_out_put(api_ctx *c, api_def *d);
/* Removes output definition i (keeping the name index right). */
void api_out_remove(api_ctx *c, size_t i);
api_def *api_in_get(api_ctx *c, const char *name); /* input document object/def */
bool api_in_is_enum(api_ctx *c, const char *name);
bool api_def_is_model(const api_def *d);

/* extendTypeWithDirectives: adds the directives (by name, once) to an object. */
void api_extend_type_dirs(api_ctx *c, const char *type, api_dir *const *dirs, size_t n);
/* addDirectivesToField: the field of type gets the directives, and moves last. */
void api_add_dirs_to_field(api_ctx *c, const char *type, const char *field, api_dir *const *dirs, size_t n);
/* addDirectivesToOperation: as above, and the operation's named return type too. */
void api_add_dirs_to_operation(api_ctx *c, const char *type, const char *field, api_dir *const *dirs, size_t n);
/* addQueryFields & co.: creates the root type when missing; ignores names already there. */
void api_add_root_fields(api_ctx *c, const char *root, api_field *const *fields, size_t n);

/* Reading names out of JSON arguments ("x" or ["x","y"] or null). */
api_names api_names_from_json(api_ctx *c, json_t *v);
bool api_names_has(const api_names *n, const char *s);

/* ---- api_types.c: the shared Model* types -------------------------------- */

/* ModelResourceIDs.ModelFilterScalarInputTypeName & co. */
const char *api_scalar_input_name(api_ctx *c, const char *type, bool subscription);
const char *api_list_input_name(api_ctx *c, const char *type); /* Model<X>ListInput */
const char *api_key_condition_name(api_ctx *c, const char *type);
void api_add_model_condition_inputs(api_ctx *c); /* the 10 scalar inputs, ModelAttributeTypes, ModelSizeInput */
void api_ensure_sort_direction(api_ctx *c);
/* createEnumModelFilters + adding them when absent */
void api_add_enum_filters(api_ctx *c, const api_def *object);
api_def *api_make_enum_filter(api_ctx *c, const api_field *f);
/* makeConditionFilterInput / makeSubscriptionFilterInput */
api_def *api_make_condition_filter(api_ctx *c, const char *name, const api_def *object);
api_def *api_make_subscription_filter(api_ctx *c, const char *name, const api_def *object);
/* makeScalarKeyConditionForType: NULL when the transformer finds none. */
api_def *api_make_scalar_key_condition(api_ctx *c, const char *resolved_scalar);
api_def *api_make_composite_key_condition(api_ctx *c, const char *model, const char *key_name);
api_def *api_make_composite_key_input(api_ctx *c, const char *model, const char *key_name, const api_vec *fields);
/* Model<M>Connection, built as the index and relational transformers do
 * (items, nextToken: no startedAt), when absent. */
void api_ensure_plain_connection(api_ctx *c, const char *model);
/* An "and/or/not" filter input the index and relational transformers make
 * from an input definition. with_deleted adds _deleted (relational). */
api_def *api_make_x_filter(api_ctx *c, const api_def *object, bool relational, bool with_deleted);

/* ---- the transformers ---------------------------------------------------- */

/* api_model.c */
void api_model_object(api_ctx *c, const api_def *def, const api_dir *model_dir);
api_model_cfg *api_model_cfg_find(api_ctx *c, const char *name);
/* The @model arguments merged over their defaults (also the auth transformer's getModelConfig). */
api_model_cfg *api_model_config(api_ctx *c, const api_def *def, const api_dir *model_dir);
void api_model_transform(api_ctx *c);
bool api_is_model_name(api_ctx *c, const char *name); /* typesWithModelDirective */

/* api_keys.c */
void api_primary_key_field(api_ctx *c, const api_def *parent, const api_field *field, const api_dir *dir);
void api_index_field(api_ctx *c, const api_def *parent, const api_field *field, const api_dir *dir);
void api_keys_transform(api_ctx *c);
/* getObjectPrimaryKey / getSortKeyFieldsNoContext over a definition's directives */
const api_field *api_primary_key_of(api_ctx *c, const api_def *object);
api_vec api_sort_keys_of(api_ctx *c, const api_def *object);

/* api_relations.c */
void api_relation_field(api_ctx *c, api_rel_kind kind, const api_def *parent, const api_field *field,
                        const api_dir *dir);
void api_many_to_many_validate(api_ctx *c);
void api_relations_transform(api_ctx *c);

/* api_auth.c */
void api_auth_before(api_ctx *c);
void api_auth_object(api_ctx *c, const api_def *def, const api_dir *dir, bool is_join);
void api_auth_field(api_ctx *c, const api_def *parent, const api_field *field, const api_dir *dir);
void api_auth_transform(api_ctx *c);
/* The model transformer's service directives for models without @auth. */
void api_model_service_dirs(api_ctx *c, api_vec *out);

/* api_print.c */
char *api_print(api_ctx *c);

#endif
