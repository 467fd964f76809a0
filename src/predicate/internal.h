/*
 * Predicate internals shared with the store, sync and server modules. Not
 * installed. The tree itself is described in predicate.c; this header shows
 * it so that other modules may walk it (read-only: a predicate is immutable
 * once built and may be shared by threads).
 */
#ifndef DS_PREDICATE_INTERNAL_H
#define DS_PREDICATE_INTERNAL_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "datastore/predicate.h"
#include "util/buf.h"

/* Nesting the text parser and the GraphQL reader accept (parentheses,
 * `not`s, nested filter objects), and the longest text ds_pred_parse takes. */
#define DS__PRED_MAX_DEPTH 64
#define DS__PRED_TEXT_MAX ((size_t)1 << 20)

typedef enum ds__pred_kind {
    DS__PRED_LEAF,
    DS__PRED_AND, /* no children: matches everything (ds_pred_all) */
    DS__PRED_OR,  /* no children: matches nothing */
    DS__PRED_NOT  /* exactly one child */
} ds__pred_kind;

struct ds_predicate {
    ds__pred_kind kind;
    /* DS__PRED_LEAF */
    char *field;      /* owned; a GraphQL name */
    ds_pred_op op;
    ds_value *values; /* owned, strings too: 1 operand, 2 for between, any
                         number (maybe 0) for in/notIn. Never DS_VALUE_JSON. */
    size_t value_count;
    /* groups; and/or never have exactly one child (the builders collapse
       them), so the text form can show every tree */
    ds_predicate **children; /* owned */
    size_t child_count;
};

/* Builders used by the parser and the GraphQL reader. ds__pred_leaf copies
 * field and values (as the public builders do); ds__pred_group takes the
 * count children (any may be NULL: all are then freed and NULL returned)
 * and returns the only child itself for a one-child and/or. */
ds_predicate *ds__pred_leaf(const char *field, ds_pred_op op, const ds_value *values, size_t count);
ds_predicate *ds__pred_group(ds__pred_kind kind, ds_predicate **children, size_t count);

/* The operator's word form ("eq", "beginsWith", "notIn"), as the text form
 * and the GraphQL filter inputs spell it. */
const char *ds__pred_op_name(ds_pred_op op);
/* The operator whose word form is s[0..len); any_case lets "BeginsWith"
 * match (the text form). False when no operator has that name. */
bool ds__pred_op_from_name(const char *s, size_t len, bool any_case, ds_pred_op *op);

/* Structural equality (field names, operators, operand kinds and values;
 * floats compare by value, so 0.0 equals -0.0). */
bool ds__pred_equal(const ds_predicate *a, const ds_predicate *b);

/* True when s (len bytes) is well-formed UTF-8 without NUL bytes. */
bool ds__pred_utf8_ok(const char *s, size_t len);

/*
 * The field a predicate names: a field of m, or one of the sync metadata
 * pseudo-fields `_version` (Int), `_lastChangedAt` (AWSTimestamp) and
 * `_deleted` (Boolean) when m is a model. NULL when neither. The metadata
 * descriptors are static; ds__pred_is_meta_field tells them apart.
 */
const ds_field *ds__pred_field(const ds_model *m, const char *name);
bool ds__pred_is_meta_field(const ds_field *f);

/*
 * Checks one leaf against model m. On failure fills err with a message that
 * names field, operator and operand but no place, and sets *blame to the
 * part at fault: -2 the field, -1 the operator, k >= 0 operand k (the
 * parser turns it into a column). blame may be NULL.
 */
ds_status ds__pred_check_leaf(const ds_predicate *leaf, const ds_model *m, int *blame, ds_error *err);

/* ---- SQL (sql.c) ------------------------------------------------------------ */

/* Values to bind, in order, to the `?` placeholders of generated SQL.
 * Strings are borrowed from the predicate (which must outlive the binds);
 * Boolean operands arrive as DS_VALUE_INT 0/1, as Booleans are stored. */
typedef struct ds__binds {
    ds_value *items;
    size_t count, cap;
} ds__binds;

bool ds__binds_push(ds__binds *b, ds_value v);
/* Frees the array (not the strings) and empties b. */
void ds__binds_free(ds__binds *b);

/*
 * Appends to sql a parenthesized boolean expression (SQLite dialect) over
 * the columns of m's table, and to binds the values for its placeholders.
 * The predicate is checked first (ds_pred_check); any field that is not a
 * column of the table (unknown, relationship, sync metadata) gives
 * DS_ERR_INVALID. On failure sql and binds are as they were.
 *
 * Columns are the field names in double quotes; values are stored as:
 * Boolean INTEGER 0/1, Int and AWSTimestamp INTEGER, Float REAL, every
 * string-like scalar, enums and AWSJSON TEXT, lists and embedded values
 * TEXT holding compact JSON, null as NULL. For such a table the expression
 * selects exactly the rows for which ds_pred_matches() is true.
 */
ds_status ds__pred_sql(const ds_predicate *p, const ds_model *m, ds__buf *sql, ds__binds *binds, ds_error *err);

/* ---- GraphQL filters and conditions (graphql.c) ----------------------------- */

/*
 * The AppSync filter input (condition = false: ModelXFilterInput, also used
 * for subscriptions) or condition input (condition = true:
 * ModelXConditionInput, primary key fields left out) for p, as a new JSON
 * object (never NULL except when out of memory). m may be NULL for a
 * filter. `in`/`notIn` are written as an `or` of `eq` / an `and` of `ne`;
 * single-child groups are flattened as amplify-js does. An empty result
 * ({}) means "no filter": a condition is then sent as null.
 */
json_t *ds__pred_to_graphql(const ds_predicate *p, const ds_model *m, bool condition);

/*
 * The inverse: a predicate from a filter or condition input object (a
 * request's JSON, borrowed). Accepts and/or/not groups, several fields or
 * operators in one object (joined by and), the operators eq ne le lt ge gt
 * contains notContains between beginsWith in notIn, and attributeExists
 * (true: ne null, false: eq null). The result is checked against m.
 * DS_ERR_INVALID (message naming the JSON path) for anything else,
 * DS_ERR_LIMIT for nesting deeper than DS__PRED_MAX_DEPTH.
 */
ds_status ds__pred_from_graphql(ds_predicate **out, json_t *filter, const ds_model *m, ds_error *err);

#endif
