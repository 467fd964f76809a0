/*
 * The GraphQL executor (spec October 2021, §6) with AppSync-shaped results.
 *
 * Two entry levels:
 *
 *   ds__gql_execute(ts, request, resolver)
 *       One call for one HTTP request: parse, validate, pick the operation,
 *       coerce variables, execute. Returns the response object.
 *
 *   ds__gql_document_new(ts, text)             parse + validate, once per text
 *   ds__gql_prepare(document, name, variables)  pick the operation, coerce
 *                                               variables (per request)
 *   ds__gql_execute_selection(ts, prepared, root_value, resolver, ctx)
 *                                               run it (any number of times)
 *
 * The second is for a server that caches documents by their text (a
 * document is immutable, reference-counted and may be shared between
 * threads) and for subscriptions: the server prepares the subscription once,
 * reads its root field and coerced arguments (and the field's
 * @aws_subscribe directive through root_def) to register it, and for each
 * event calls ds__gql_execute_selection with the event as root value; the
 * root field's resolver then sees the event as info->parent (DEFAULT takes
 * root_value[field name], so passing {"onCreatePost": item} just works).
 *
 * Response shapes (see docs/internals/graphql.md for the reasons):
 *   - request errors (syntax, validation, variables, operation choice):
 *       {"data": null, "errors": [{"path": null, "locations": [{"line": 1,
 *        "column": 9, "sourceName": null}] or null, "message": "..."}]}
 *   - field errors from a resolver, with partial data:
 *       {"data": {...}, "errors": [{"path": ["getPost", "title"], "data": ...,
 *        "errorType": ..., "errorInfo": ..., "locations": [...], "message": ...}]}
 *   - null where the schema says non-null: "Cannot return null for
 *     non-nullable type: 'ID' within parent 'Post' (/getPost/id)", path set,
 *     locations null; the null goes up to the nearest nullable parent.
 *
 * Threads: everything here may run on any thread; a resolver runs on the
 * caller's thread, synchronously, and may call nothing in this header except
 * the ds__gql_info_* helpers.
 */
#ifndef DS_GRAPHQL_EXECUTE_H
#define DS_GRAPHQL_EXECUTE_H

#include <jansson.h>
#include <stddef.h>

#include "graphql/ast.h"
#include "graphql/typesys.h"

/* Filled by a resolver that fails (it returns DS__RESOLVE_ERROR). The
 * executor zeroes it before each call and takes ownership of error_info and
 * data whatever the resolver returns. */
typedef struct ds__gql_field_error {
    char message[512];
    const char *error_type; /* e.g. "ConflictUnhandled", "Unauthorized"; static or NULL */
    json_t *error_info;     /* owned; may be NULL */
    json_t *data;           /* owned; AppSync puts the server item here; may be NULL */
} ds__gql_field_error;

typedef enum { DS__RESOLVE_OK, DS__RESOLVE_DEFAULT, DS__RESOLVE_ERROR } ds__resolve_rc;

typedef struct ds__gql_exec ds__gql_exec;

typedef struct ds__gql_resolve_info {
    const ds__gql_typesys *ts;
    const char *parent_type; /* the object type the field is on (the runtime type) */
    const char *field_name;
    json_t *parent;                   /* borrowed: the parent object's resolved JSON (the root value for root fields) */
    json_t *args;                     /* borrowed: coerced arguments object (never NULL) */
    const ds__gql_field_node *field;  /* the AST field (the first, when several merged) */
    const ds__gql_typesys_field *def; /* the field's definition (type, directives) */
    void *request_ctx;                /* the caller's per-request context */
    ds__gql_op_kind operation;        /* what kind of operation runs */
    json_t *variables;                /* borrowed: the coerced variables */
    const ds__gql_exec *exec;         /* for the ds__gql_info_* helpers */
} ds__gql_resolve_info;

/* Called for every field except __typename and introspection.
 * DEFAULT: take parent[field_name] (JSON null when absent).
 * OK: *result (a new reference; NULL means JSON null) is the field's value.
 * ERROR: err says why; the field becomes null (or the null propagates). */
typedef ds__resolve_rc (*ds__gql_resolver)(const ds__gql_resolve_info *info, json_t **result, ds__gql_field_error *err);

/* Whether the field being resolved selects a subfield of that name (through
 * fragments of any type condition, after @skip/@include), e.g. whether a
 * list query asks for "nextToken". */
bool ds__gql_info_selects(const ds__gql_resolve_info *info, const char *name);
/* The response path of the field being resolved, ["listPosts", "items", 0,
 * "author"]: a new reference, NULL when out of memory. */
json_t *ds__gql_info_path(const ds__gql_resolve_info *info);

typedef struct ds__gql_request {
    const char *query;
    size_t query_len;
    const char *operation_name; /* NULL: the document's only operation */
    json_t *variables;          /* borrowed; NULL or JSON null mean none */
    void *request_ctx;
} ds__gql_request;

/*
 * Parses, validates, coerces and executes. Returns the full response object
 * {"data": ..., "errors": [...]} ("errors" only when there are some), a new
 * reference; NULL only when out of memory. Mutations' root fields run
 * serially, in order. A subscription is validated but not run: the answer
 * is a request error (subscriptions go through ds__gql_prepare).
 */
json_t *ds__gql_execute(const ds__gql_typesys *ts, const ds__gql_request *req, ds__gql_resolver resolve);

/* ---- documents: parse and validate once ------------------------------------- */

typedef struct ds__gql_document ds__gql_document;

/*
 * Parses and validates text against ts. Returns the document (reference
 * count 1), or NULL with *errors set to a new JSON array of request errors
 * (NULL, with *errors NULL, when out of memory). ts must outlive the
 * document.
 */
ds__gql_document *ds__gql_document_new(const ds__gql_typesys *ts, const char *text, size_t len, json_t **errors);
/* Takes a reference (returns doc); drops one, freeing at zero. Both are
 * thread-safe; NULL is allowed. */
ds__gql_document *ds__gql_document_ref(ds__gql_document *doc);
void ds__gql_document_unref(ds__gql_document *doc);
/* The syntax tree, valid while a reference is held. */
const ds__gql_doc *ds__gql_document_ast(const ds__gql_document *doc);

/* ---- prepared operations ------------------------------------------------------ */

typedef struct ds__gql_prepared {
    ds__gql_document *document; /* a reference, dropped by ds__gql_prepared_free */
    const ds__gql_operation *operation;
    ds__gql_op_kind kind;
    json_t *variables; /* the coerced variables (owned) */
    /* The first root field left after @skip/@include - for a subscription
     * the only one - its definition and coerced arguments. root_field is
     * NULL when every root field is skipped. */
    const ds__gql_field_node *root_field;
    const ds__gql_typesys_field *root_def;
    json_t *root_args; /* owned; {} when the field has none */
} ds__gql_prepared;

/*
 * Picks the operation (operation_name, or the only one), coerces variables
 * (borrowed; NULL or JSON null mean none) and, for the root field, its
 * arguments. Returns the prepared operation, or NULL with *errors set to a
 * new JSON array of request errors ("Variable 'id' has coerced Null value
 * for NonNull type 'ID!'", "Unknown operation named 'X'.", ...); NULL with
 * *errors NULL when out of memory.
 */
ds__gql_prepared *ds__gql_prepare(ds__gql_document *doc, const char *operation_name, json_t *variables,
                                  json_t **errors);
void ds__gql_prepared_free(ds__gql_prepared *p);

/*
 * Executes a prepared operation of any kind with root_value (borrowed, may
 * be NULL) as the root object and returns the response object as
 * ds__gql_execute does. For a subscription this maps one event to the
 * message the subscriber gets. ts must be the document's type system.
 */
json_t *ds__gql_execute_selection(const ds__gql_typesys *ts, const ds__gql_prepared *p, json_t *root_value,
                                  ds__gql_resolver resolve, void *request_ctx);

/* {"data": null, "errors": errors}; steals errors. NULL when out of memory. */
json_t *ds__gql_error_response(json_t *errors);

/* ---- input coercion (§6.1.2, §6.4.1), for the executor and its callers ----------- */

/*
 * Coerces a JSON variables object against an operation's variable
 * definitions: defaults applied, Int 32-bit, ID from string or integer,
 * enums by name, input objects (unknown fields refused, required fields
 * enforced, defaults applied), a single value where a list is expected
 * becomes a list of one, AWS scalars checked (AWSJSON: a JSON string, or any
 * JSON value, which is turned into its text), custom scalars passed through.
 * Returns a new object with an entry for each variable provided or
 * defaulted, or NULL with *errors set to a new array of request errors.
 */
json_t *ds__gql_coerce_variables(const ds__gql_typesys *ts, const ds__gql_operation *op, json_t *inputs,
                                 json_t **errors);

/*
 * Coerces the arguments of a field or directive (literals, with variables
 * substituted from coerced `variables`). Returns a new object (empty when
 * there are none), or NULL with a message in msg (msgcap bytes).
 */
json_t *ds__gql_coerce_arguments(const ds__gql_typesys *ts, const ds__gql_typesys_arg *defs, size_t ndefs,
                                 const ds__gql_argument *args, json_t *variables, char *msg, size_t msgcap);

#endif
