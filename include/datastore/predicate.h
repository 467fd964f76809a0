/*
 * datastore/predicate.h — conditions on records.
 *
 * A ds_predicate is a tree of field conditions joined by and/or/not, used
 * to filter queries, deletes and observers, and as the condition of a
 * conditional save or delete. Build it with the functions below or parse
 * it from text:
 *
 *     ds_predicate *p = ds_pred_and(2,
 *         ds_pred_gt("rating", ds_int(4)),
 *         ds_pred_or(2, ds_pred_eq("status", ds_str("ACTIVE")),
 *                       ds_pred_begins_with("title", "A")));
 *
 *     ds_pred_parse(&p, model,
 *         "rating > 4 and (status = \"ACTIVE\" or title beginsWith \"A\")", &err);
 *
 * Text form. Conditions are `FIELD OP VALUE`; OP is one of = != < <= > >=
 * (or eq ne lt le gt ge), beginsWith, contains, notContains,
 * `between V and V`, `in [V, ...]`, `notIn [V, ...]`. VALUE is a JSON-style
 * literal: "string", number, true, false, null, or a bare enum name.
 * Conditions combine with and, or, not and parentheses; `and` binds tighter
 * than `or`; keywords are case-insensitive. `true` alone matches all,
 * `false` alone nothing. Besides the model's fields, the sync metadata
 * `_version`, `_lastChangedAt` and `_deleted` may be named (in memory and
 * on the server; local queries cannot use them).
 *
 * Semantics (same locally and on our server): two-valued logic; null equals
 * only null; <, <=, >, >=, between, beginsWith and contains are false for
 * null; ne, notContains and notIn are true for null; strings compare by
 * Unicode code point, case-sensitively; `contains` on a list field tests
 * membership, on a string a substring; an empty and is true, an empty or is
 * false.
 *
 * Ownership. Builders take ownership of the child predicates passed to
 * them and return a new tree, or NULL when out of memory or when a child
 * is NULL (the other children are then freed), so nested calls need only
 * one check at the end. They also return NULL for arguments no predicate
 * can hold: a field that is not a GraphQL name, an operand of type
 * DS_VALUE_JSON, a non-finite float, a string that is not UTF-8 or holds a
 * NUL byte, DS_PRED_BETWEEN given to ds_pred_cmp(). String operands are
 * copied. An and/or of one child is that child. A predicate is immutable
 * after building and may be shared by threads for reading; free it with
 * ds_pred_free().
 */
#ifndef DATASTORE_PREDICATE_H
#define DATASTORE_PREDICATE_H

#include <stddef.h>

#include "datastore/error.h"
#include "datastore/record.h"
#include "datastore/schema.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ds_predicate ds_predicate;

typedef enum ds_pred_op {
    DS_PRED_EQ,
    DS_PRED_NE,
    DS_PRED_LT,
    DS_PRED_LE,
    DS_PRED_GT,
    DS_PRED_GE,
    DS_PRED_BETWEEN,
    DS_PRED_BEGINS_WITH,
    DS_PRED_CONTAINS,
    DS_PRED_NOT_CONTAINS,
    DS_PRED_IN,
    DS_PRED_NOT_IN
} ds_pred_op;

/* Leaf conditions. `value` strings are copied. */
ds_predicate *ds_pred_cmp(const char *field, ds_pred_op op, ds_value value);
ds_predicate *ds_pred_eq(const char *field, ds_value value);
ds_predicate *ds_pred_ne(const char *field, ds_value value);
ds_predicate *ds_pred_lt(const char *field, ds_value value);
ds_predicate *ds_pred_le(const char *field, ds_value value);
ds_predicate *ds_pred_gt(const char *field, ds_value value);
ds_predicate *ds_pred_ge(const char *field, ds_value value);
ds_predicate *ds_pred_between(const char *field, ds_value low, ds_value high);
ds_predicate *ds_pred_begins_with(const char *field, const char *prefix);
ds_predicate *ds_pred_contains(const char *field, ds_value value);
ds_predicate *ds_pred_not_contains(const char *field, ds_value value);
ds_predicate *ds_pred_in(const char *field, const ds_value *values, size_t count);
ds_predicate *ds_pred_not_in(const char *field, const ds_value *values, size_t count);

/* Groups: `count` children follow, each a ds_predicate * (owned). */
ds_predicate *ds_pred_and(size_t count, ...);
ds_predicate *ds_pred_or(size_t count, ...);
ds_predicate *ds_pred_not(ds_predicate *child);
/* Matches every record. */
ds_predicate *ds_pred_all(void);

/* A deep copy; NULL when out of memory. */
ds_predicate *ds_pred_copy(const ds_predicate *p);
void ds_pred_free(ds_predicate *p);

/*
 * Parses the text form (at most 1 MiB, nested at most 64 deep). When model
 * is given, each condition is checked against it as ds_pred_check() does.
 * On error *out is NULL and err names the column, or line and column for
 * text of several lines ("column 14: unknown field \"ratin\" of Post; ...").
 * DS_ERR_SYNTAX for malformed text, DS_ERR_INVALID for what the model
 * refuses, DS_ERR_LIMIT past the limits.
 */
ds_status ds_pred_parse(ds_predicate **out, const ds_model *model, const char *text, ds_error *err);

/* Checks a predicate against a model: every field exists and is not a
 * relationship, each operator is allowed for the field's type, operand
 * kinds fit, between has low <= high. Every field may be compared with
 * null by eq/ne, and in/notIn lists may hold null; nothing else takes
 * null. Lists take only contains/notContains (of one element); embedded
 * values only the null comparisons. DS_ERR_INVALID, err naming the field. */
ds_status ds_pred_check(const ds_predicate *p, const ds_model *model, ds_error *err);

/* Evaluates the predicate on a record (its own model's fields). A
 * condition on a field the model lacks is false. A NULL predicate matches
 * every record; a NULL record matches nothing. */
bool ds_pred_matches(const ds_predicate *p, const ds_record *r);

/* The text form of a predicate (parses back to an equal tree). Free with
 * ds_free(); NULL when out of memory. */
char *ds_pred_to_string(const ds_predicate *p);

#ifdef __cplusplus
}
#endif

#endif /* DATASTORE_PREDICATE_H */
