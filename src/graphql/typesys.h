/*
 * ds__gql_typesys: a GraphQL schema as the executor sees it (spec §3), built
 * from an SDL document.
 *
 * What it holds: object types, interfaces, unions, enums, input objects and
 * scalars - the five standard scalars (ID String Int Float Boolean) and the
 * AWS AppSync scalars (AWSDate AWSTime AWSDateTime AWSTimestamp AWSEmail
 * AWSJSON AWSURL AWSPhone AWSIPAddress) are predeclared; any `scalar X` in
 * the SDL adds a custom scalar. Fields carry their arguments, types,
 * descriptions and directives (name and arguments, as written - the AppSync
 * directives @aws_subscribe, @aws_api_key, ... need no definition). `extend`
 * definitions are merged into the types they extend. The introspection types
 * (__Schema, __Type, ...) and the standard directives (@skip, @include,
 * @deprecated, @specifiedBy) are part of every type system.
 *
 * Lookups by name are hash tables (types, fields, input fields, enum
 * values, directives); arrays keep a stable order: types in the order the
 * SDL defines them, then the predeclared scalars, then the introspection
 * types; members in definition order, extensions after.
 *
 * Lifetime and threads: a ds__gql_typesys owns copies of everything it
 * needs, so the SDL document may be freed once it is built. It is immutable
 * after ds__gql_typesys_build returns: every pointer a getter returns is
 * valid until ds__gql_typesys_free, and any number of threads may read it at
 * once.
 */
#ifndef DS_GRAPHQL_TYPESYS_H
#define DS_GRAPHQL_TYPESYS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "graphql/ast.h"
#include "graphql/map.h"
#include "util/diag.h"

typedef enum ds__gql_tkind {
    DS__GQL_SCALAR,
    DS__GQL_OBJECT,
    DS__GQL_INTERFACE,
    DS__GQL_UNION,
    DS__GQL_ENUM,
    DS__GQL_INPUT_OBJECT
} ds__gql_tkind;

/* Which scalar a SCALAR type is, so input coercion and result completion
 * dispatch without comparing names. */
typedef enum ds__gql_scalar_id {
    DS__GQL_SCALAR_CUSTOM, /* declared with `scalar X`: values pass through */
    DS__GQL_SCALAR_ID,
    DS__GQL_SCALAR_STRING,
    DS__GQL_SCALAR_INT,
    DS__GQL_SCALAR_FLOAT,
    DS__GQL_SCALAR_BOOLEAN,
    DS__GQL_SCALAR_AWS_DATE,
    DS__GQL_SCALAR_AWS_TIME,
    DS__GQL_SCALAR_AWS_DATETIME,
    DS__GQL_SCALAR_AWS_TIMESTAMP,
    DS__GQL_SCALAR_AWS_EMAIL,
    DS__GQL_SCALAR_AWS_JSON,
    DS__GQL_SCALAR_AWS_URL,
    DS__GQL_SCALAR_AWS_PHONE,
    DS__GQL_SCALAR_AWS_IPADDRESS
} ds__gql_scalar_id;

/* Directive locations (spec §3.13), one bit each, in the spec's order. */
/* clang-format off */
#define DS__GQL_DLOC_LIST(X)                                                                                           \
    X(QUERY) X(MUTATION) X(SUBSCRIPTION) X(FIELD) X(FRAGMENT_DEFINITION) X(FRAGMENT_SPREAD) X(INLINE_FRAGMENT)         \
    X(VARIABLE_DEFINITION) X(SCHEMA) X(SCALAR) X(OBJECT) X(FIELD_DEFINITION) X(ARGUMENT_DEFINITION) X(INTERFACE)       \
    X(UNION) X(ENUM) X(ENUM_VALUE) X(INPUT_OBJECT) X(INPUT_FIELD_DEFINITION)
typedef enum ds__gql_dloc_index {
#define DS__GQL_DLOC_ENUM(name) DS__GQL_DLOCI_##name,
    DS__GQL_DLOC_LIST(DS__GQL_DLOC_ENUM)
#undef DS__GQL_DLOC_ENUM
    DS__GQL_DLOC_COUNT
} ds__gql_dloc_index;
/* clang-format on */
#define DS__GQL_DLOC(name) (1u << DS__GQL_DLOCI_##name)
/* "FIELD_DEFINITION" for DS__GQL_DLOCI_FIELD_DEFINITION; NULL out of range. */
const char *ds__gql_dloc_name(unsigned index);

typedef struct ds__gql_typesys ds__gql_typesys;
typedef struct ds__gql_typesys_type ds__gql_typesys_type;

/* An argument of a field or directive, or a field of an input object. */
typedef struct ds__gql_typesys_arg {
    const char *name;
    const char *description;            /* NULL when none */
    const ds__gql_type *type;           /* the reference as written, e.g. [ID!]! */
    const ds__gql_typesys_type *base;   /* the named type inside it */
    const ds__gql_value *default_value; /* constant; NULL when none */
    const ds__gql_directive *directives;
    const char *deprecation_reason; /* non-NULL exactly when @deprecated */
    ds__gql_loc loc;
} ds__gql_typesys_arg;

typedef struct ds__gql_typesys_field {
    const char *name;
    const char *description;
    const ds__gql_type *type;
    const ds__gql_typesys_type *base;
    const ds__gql_typesys_arg *args; /* nargs of them, in order */
    size_t nargs;
    const ds__gql_directive *directives; /* e.g. @aws_subscribe(mutations: [...]) */
    const char *deprecation_reason;
    const ds__gql_typesys_type *owner; /* NULL for __typename, __schema, __type */
    ds__gql_loc loc;
} ds__gql_typesys_field;

typedef struct ds__gql_typesys_enum_value {
    const char *name;
    const char *description;
    const ds__gql_directive *directives;
    const char *deprecation_reason;
    ds__gql_loc loc;
} ds__gql_typesys_enum_value;

struct ds__gql_typesys_type {
    ds__gql_tkind kind;
    const char *name;
    const char *description;
    const ds__gql_directive *directives; /* the definition's, then each extension's */
    ds__gql_scalar_id scalar;            /* SCALAR */
    const char *specified_by_url;        /* SCALAR with @specifiedBy(url:) */
    bool predeclared;                    /* a standard or AWS scalar or an introspection type */
    bool declared;                       /* defined in the SDL (a predeclared scalar may be too) */
    bool referenced;                     /* some field, argument or root names it */
    const ds__gql_typesys_field *fields; /* OBJECT, INTERFACE */
    size_t nfields;
    const ds__gql_typesys_arg *input_fields; /* INPUT_OBJECT */
    size_t ninput_fields;
    const ds__gql_typesys_enum_value *values; /* ENUM */
    size_t nvalues;
    const ds__gql_typesys_type *const *interfaces; /* OBJECT, INTERFACE: what it implements */
    size_t ninterfaces;
    const ds__gql_typesys_type *const *possible; /* UNION: members; INTERFACE: implementing objects */
    size_t npossible;
    ds__gql_loc loc; /* of the definition's name; 0:0 when predeclared */
    /* private */
    ds__gql_map index;          /* members by name */
    ds__gql_map possible_index; /* possible types by name */
    size_t idx;                 /* position in creation order */
    const void *origin;         /* while building: the definition that made it */
};

typedef struct ds__gql_typesys_directive {
    const char *name; /* without '@' */
    const char *description;
    const ds__gql_typesys_arg *args;
    size_t nargs;
    bool repeatable;
    uint32_t locations;                         /* DS__GQL_DLOC(...) bits */
    uint8_t location_order[DS__GQL_DLOC_COUNT]; /* the same, as indexes in declaration order */
    size_t nlocations;
    bool predeclared; /* skip, include, deprecated, specifiedBy */
    ds__gql_loc loc;
    const void *origin; /* private: while building, the definition */
} ds__gql_typesys_directive;

/*
 * Builds the type system from a parsed SDL document (ds__gql_parse_sdl).
 * DS_OK and *out on success (free with ds__gql_typesys_free). When the SDL
 * is inconsistent - unknown or duplicate types, fields defined twice, an
 * output type used as an input, an extension of nothing, no query root
 * type, ... - returns DS_ERR_SCHEMA with *out NULL and every problem in
 * diags (graphql-js's wording, at the line:column of the offending name).
 * DS_ERR_NOMEM when memory runs out.
 */
ds_status ds__gql_typesys_build(const ds__gql_doc *sdl, ds__gql_typesys **out, ds__diags *diags);
/* Parses SDL text and builds; syntax errors come back as from the parser. */
ds_status ds__gql_typesys_parse(const char *src, size_t len, ds__gql_typesys **out, ds__diags *diags);
void ds__gql_typesys_free(ds__gql_typesys *ts);

/* The type of that name, NULL when there is none. */
const ds__gql_typesys_type *ds__gql_ts_type(const ds__gql_typesys *ts, const char *name);
/* Every type, in the stable order described above; *count receives the number. */
const ds__gql_typesys_type *const *ds__gql_ts_types(const ds__gql_typesys *ts, size_t *count);
/* The root type for queries, mutations or subscriptions; NULL when the
 * schema has none (never NULL for queries). */
const ds__gql_typesys_type *ds__gql_ts_root(const ds__gql_typesys *ts, ds__gql_op_kind op);
/* The schema's description and the directives on `schema` and `extend
 * schema`, NULL when none. */
const char *ds__gql_ts_description(const ds__gql_typesys *ts);
const ds__gql_directive *ds__gql_ts_schema_directives(const ds__gql_typesys *ts);

/* A field a type declares (OBJECT, INTERFACE), NULL when none. */
const ds__gql_typesys_field *ds__gql_ts_field(const ds__gql_typesys_type *t, const char *name);
/* As ds__gql_ts_field, plus the meta-fields: __typename on every object,
 * interface and union, __schema and __type on the query root type. */
const ds__gql_typesys_field *ds__gql_ts_field_meta(const ds__gql_typesys *ts, const ds__gql_typesys_type *t,
                                                   const char *name);
const ds__gql_typesys_arg *ds__gql_ts_input_field(const ds__gql_typesys_type *t, const char *name);
const ds__gql_typesys_enum_value *ds__gql_ts_enum_value(const ds__gql_typesys_type *t, const char *name);
/* An argument by name among n (argument lists are short: a scan). */
const ds__gql_typesys_arg *ds__gql_ts_arg(const ds__gql_typesys_arg *args, size_t n, const char *name);

const ds__gql_typesys_directive *ds__gql_ts_directive(const ds__gql_typesys *ts, const char *name);
const ds__gql_typesys_directive *const *ds__gql_ts_directives(const ds__gql_typesys *ts, size_t *count);

/* Type categories (spec §3): input types are scalars, enums and input
 * objects; output types everything but input objects; composite types
 * objects, interfaces and unions; leaf types scalars and enums. */
bool ds__gql_ts_is_input(const ds__gql_typesys_type *t);
bool ds__gql_ts_is_output(const ds__gql_typesys_type *t);
bool ds__gql_ts_is_composite(const ds__gql_typesys_type *t);
bool ds__gql_ts_is_leaf(const ds__gql_typesys_type *t);
bool ds__gql_ts_is_abstract(const ds__gql_typesys_type *t);
/* Whether objects of type `object` can be of type `t`: t itself, a union
 * that has it as member, or an interface it implements. */
bool ds__gql_ts_is_possible(const ds__gql_typesys_type *t, const ds__gql_typesys_type *object);
/* Whether some object can be of both types (spec §5.5.2.3). */
bool ds__gql_ts_overlap(const ds__gql_typesys_type *a, const ds__gql_typesys_type *b);

#endif
