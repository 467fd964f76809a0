/*
 * The model generator's internal interface (`datastore codegen`).
 *
 * codegen.c builds a plan — every type, field and function the output will
 * hold, with its final C name — then emit_header.c and emit_source.c print
 * it. Naming happens once, up front, in a fixed order (names.c), so the
 * emitters never invent a name and the same schema always gives the same
 * bytes.
 */
#ifndef DS_CODEGEN_CODEGEN_H
#define DS_CODEGEN_CODEGEN_H

#include <stdbool.h>
#include <stddef.h>

#include "datastore/schema.h"
#include "util/arena.h"
#include "util/buf.h"

/* ---- the entry point --------------------------------------------------------- */

typedef struct ds__codegen_options {
    const char *schema_name; /* base name of the schema file: banner and parse errors */
    const char *schema_text; /* the schema file's text, embedded verbatim */
    size_t schema_len;
    const char *prefix;      /* "models": <prefix>_schema(), <prefix>_subscription, include guard */
    const char *header_name; /* "models.h", as the source #includes it */
    const char *source_name; /* "models.c", named in the header's banner */
} ds__codegen_options;

/* Generates the header and source for a schema. On success *header and
 * *source are NUL-terminated text to free with ds_free(). DS_ERR_INVALID
 * (err saying why) for options that cannot make valid C or a schema the
 * generator cannot represent (an embedded type containing itself by
 * value). */
ds_status ds__codegen_generate(const ds_schema *schema, const ds__codegen_options *opts, char **header,
                               char **source, ds_error *err);

/* True when s is a valid C identifier that reserves nothing (usable as a
 * prefix). */
bool ds__codegen_is_identifier(const char *s);

/* ---- names (names.c) -------------------------------------------------------- */

/* GraphQL name to lower_snake_case ("blogID" -> "blog_id", "anIPAddress" ->
 * "an_ip_address"); leading underscores dropped, runs of them folded. */
char *ds__cg_snake(ds__arena *a, const char *name);
/* A type's C name: the GraphQL name, leading underscores dropped and runs
 * of them folded. */
char *ds__cg_type_name(ds__arena *a, const char *name);
/* The same in UPPER_SNAKE_CASE. */
char *ds__cg_upper(ds__arena *a, const char *name);
/* True when C, C++ or the headers generated code includes reserve the
 * name (keywords, standard macros and typedefs, ds_/DS_ and pthread_). */
bool ds__cg_is_reserved(const char *name);

/* A set of claimed names: one per C namespace the output fills. */
typedef struct ds__cg_names ds__cg_names;
ds__cg_names *ds__cg_names_new(ds__arena *a);
/* Claims base as a name: base itself, with "_" appended when reserved,
 * then with "_2", "_3", ... appended until unclaimed. Returns the name
 * (arena-owned) or NULL when out of memory. */
const char *ds__cg_claim(ds__cg_names *n, const char *base);
/* As ds__cg_claim, also stepping over every name claimed in avoid (a
 * function's parameters must not shadow what its body calls). */
const char *ds__cg_claim_avoiding(ds__cg_names *n, const ds__cg_names *avoid, const char *base);
/* Marks a name as taken without mangling (names the output uses itself). */
bool ds__cg_take(ds__cg_names *n, const char *name);

/* ---- the plan ------------------------------------------------------------------ */

/* The C representation of one value: a field, or one item of a list. */
typedef enum cg_kind {
    CG_STRING, /* char *: ID, String, AWS string scalars, AWSJSON */
    CG_INT32,  /* int32_t: Int */
    CG_INT64,  /* int64_t: AWSTimestamp */
    CG_DOUBLE, /* double: Float */
    CG_BOOL,   /* bool: Boolean */
    CG_ENUM,   /* the generated C enum */
    CG_OBJECT, /* the generated struct of an embedded (non-model) type */
    CG_RELATION /* a model-typed field: no member; a loader function */
} cg_kind;

/* Predicate helper operators, in the order they are emitted. */
typedef enum cg_op {
    CG_OP_EQ,
    CG_OP_NE,
    CG_OP_LT,
    CG_OP_LE,
    CG_OP_GT,
    CG_OP_GE,
    CG_OP_BETWEEN,
    CG_OP_BEGINS_WITH,
    CG_OP_CONTAINS,
    CG_OP_NOT_CONTAINS,
    CG_OP_IS_NULL,
    CG_OP_IS_NOT_NULL,
    CG_OP_COUNT
} cg_op;

/* Functions of a type, in the order they are emitted. The store functions
 * exist for models only. */
typedef enum cg_fn {
    CG_FN_INIT,
    CG_FN_FREE,
    CG_FN_COPY,
    CG_FN_TO_RECORD,
    CG_FN_FROM_RECORD,
    CG_FN_SAVE,
    CG_FN_GET,
    CG_FN_QUERY,
    CG_FN_LIST_FREE,
    CG_FN_DELETE,
    CG_FN_OBSERVE,
    CG_FN_COUNT
} cg_fn;

/* Static helpers of a type inside the source. */
typedef enum cg_tfn {
    CG_TFN_TAKE,        /* ds_value (JSON object) -> struct */
    CG_TFN_VALUE,       /* struct -> ds_value (JSON object text) */
    CG_TFN_FROM_RESULT, /* ds_result -> <Type>List (models) */
    CG_TFN_OBSERVED,    /* the ds_observe callback (models) */
    CG_TFN_COUNT
} cg_tfn;

typedef struct cg_enum cg_enum;
typedef struct cg_type cg_type;

typedef struct cg_field {
    const ds_field *f;
    cg_kind kind;
    cg_enum *en;          /* CG_ENUM */
    cg_type *obj;         /* CG_OBJECT, CG_RELATION */
    bool is_list;
    bool has_flag;        /* `bool has_<member>` precedes the member */
    bool item_opt;        /* list items are <Type>Opt / ds_opt_* */
    bool unset_when_null; /* managed id and read-only timestamps: NULL leaves the field unset */
    const char *member;       /* NULL for relations */
    const char *has_member;   /* when has_flag */
    const char *count_member; /* lists */
    const char *constant;     /* model fields that are not relations */
    const char *loader;       /* relations */
    const char *op[CG_OP_COUNT]; /* predicate helpers; NULL when not offered */
} cg_field;

struct cg_type {
    const ds_model *m;
    const char *ctype;     /* "Post" */
    const char *snake;     /* "post": base of its function names */
    const char *opt_type;  /* "AddressOpt" when a nullable list item, else NULL */
    const char *list_type; /* "PostList" (models) */
    const char *observe_fn_type; /* "post_observe_fn" (models) */
    const char *fn[CG_FN_COUNT];
    const char *tfn[CG_TFN_COUNT];
    cg_field *fields;
    size_t field_count;
    const char **key_params; /* models: get()'s parameter per key field */
    int order_mark;          /* topological sort of embedded types */
};

struct cg_enum {
    const ds_enum *e;
    const char *ctype;    /* "PostStatus" */
    const char *opt_type; /* "PostStatusOpt" when a nullable list item */
    const char **values;  /* "POST_STATUS_ACTIVE" */
    const char *to_string, *from_string;
    const char *take;     /* static: ds_value -> enum */
};

/* Static helpers shared by every type, claimed after all public names. */
typedef enum cg_helper {
    CG_H_FAIL,
    CG_H_NOMEM,
    CG_H_CHECK_MODEL,
    CG_H_PUT,
    CG_H_GET,
    CG_H_PUT_ENUM,
    CG_H_PUT_LIST,
    CG_H_GET_LIST,
    CG_H_NEW_VALUES,
    CG_H_FREE_VALUES,
    CG_H_COPY_STRING,
    CG_H_TAKE_STRING,
    CG_H_TAKE_INT32,
    CG_H_TAKE_INT64,
    CG_H_TAKE_DOUBLE,
    CG_H_TAKE_BOOL,
    CG_H_SCHEMA_LINES,
    CG_H_SCHEMA_VALUE,
    CG_H_SCHEMA_ONCE,
    CG_H_SCHEMA_LOAD,
    CG_H_COUNT
} cg_helper;

typedef struct cg_plan {
    const ds_schema *schema;
    const ds__codegen_options *opts;
    ds__arena *arena;
    cg_enum *enums;
    size_t enum_count;
    cg_type *types; /* embedded types (in dependency order), then models (schema order) */
    size_t type_count;
    size_t nonmodel_count;
    const char *guard;        /* MODELS_H */
    const char *schema_fn;    /* models_schema */
    const char *subscription; /* models_subscription (NULL without models) */
    const char *unobserve;    /* models_unobserve */
    const char *helper[CG_H_COUNT];
} cg_plan;

/* The C type of one value of a field (an item, for lists): "char *",
 * "int32_t", "PostStatus", "Address". */
const char *ds__cg_item_ctype(const cg_field *f);
/* The C type of one list element: the item type, or its Opt wrapper. */
const char *ds__cg_elem_ctype(const cg_field *f);
/* "String!", "[Int]", "[Address!]!": the field's GraphQL type. */
void ds__cg_graphql_type(ds__buf *b, const cg_field *f);
/* "ds_int", "ds_float", ... for predicate operands and puts. */
const char *ds__cg_value_ctor(cg_kind k);

/* Longest line the emitters aim for. */
#define DS__CG_WIDTH 110
/* Prints a formatted declaration or signature and a newline, broken after
 * ", " with a 4-space indent where it would pass DS__CG_WIDTH. */
void ds__cg_wrapf(ds__buf *out, const char *fmt, ...) DS__PRINTF(2, 3);

ds_status ds__cg_emit_header(const cg_plan *p, ds__buf *out);
ds_status ds__cg_emit_source(const cg_plan *p, ds__buf *out);

#endif
