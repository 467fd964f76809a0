/*
 * datastore/record.h — records: the values of one model instance.
 *
 * A ds_record is bound to one model (or non-model type) of a ds_schema and
 * holds a value, or null, or nothing ("unset") for each of its fields, plus
 * the sync metadata `_version`, `_lastChangedAt` and `_deleted`. Setters
 * check the value's kind against the field at once (a string for an Int
 * field is refused there); ds_record_validate() checks the whole record as a
 * save would: required fields, 32-bit Int range, enum values, the AWS scalar
 * formats, embedded values and list items.
 *
 *     ds_record *post;
 *     ds_record_new(&post, schema, "Post", &err);
 *     ds_record_set_string(post, "title", "Hello", &err);
 *     ds_record_set_int(post, "rating", 5, &err);
 *     ds_record_set_string(post, "status", "ACTIVE", &err);   // enums are strings
 *     ...
 *     ds_record_free(post);
 *
 * Values and kinds. Each field kind has one C representation:
 *   ID, String, AWSDate, AWSTime, AWSDateTime, AWSEmail, AWSURL, AWSPhone,
 *   AWSIPAddress, enums          -> string (UTF-8)
 *   Int, AWSTimestamp            -> int64 (Int must fit in 32 bits)
 *   Float                        -> double (finite)
 *   Boolean                      -> bool
 *   AWSJSON                      -> string holding JSON text
 *   lists, non-model (embedded)  -> JSON text of the array / object
 * Every field can also be set from and read as JSON (ds_record_set_json,
 * ds_record_get_json), in the shape Amplify uses on the wire.
 *
 * Ownership. A record owns its values. Strings returned by getters are
 * borrowed: valid until that field is set again or the record is freed.
 * Records hold a pointer to their schema, which must outlive them. A record
 * is not thread-safe; use one per thread or guard it.
 */
#ifndef DATASTORE_RECORD_H
#define DATASTORE_RECORD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "datastore/error.h"
#include "datastore/schema.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ds_record ds_record;

/* A single value, as used by predicates and generic accessors. Strings
 * are borrowed from whoever made the value. */
typedef enum ds_value_type {
    DS_VALUE_NULL,
    DS_VALUE_BOOL,
    DS_VALUE_INT,
    DS_VALUE_FLOAT,
    DS_VALUE_STRING, /* also enums, AWS string scalars, AWSJSON text */
    DS_VALUE_JSON    /* JSON text of a list or embedded object */
} ds_value_type;

typedef struct ds_value {
    ds_value_type type;
    union {
        bool b;
        int64_t i;
        double f;
        struct {
            const char *ptr; /* UTF-8, NUL-terminated */
            size_t len;
        } s;
    } u;
} ds_value;

/* Value constructors (no allocation; strings are borrowed). */
ds_value ds_null(void);
ds_value ds_bool(bool b);
ds_value ds_int(int64_t i);
ds_value ds_float(double f);
ds_value ds_str(const char *s);

/* ---- life cycle --------------------------------------------------------- */

/* A new, empty record of the model (or non-model type) named `model`.
 * DS_ERR_INVALID when the schema has neither of that name. */
ds_status ds_record_new(ds_record **out, const ds_schema *schema, const char *model, ds_error *err);

/* A deep copy. */
ds_status ds_record_copy(ds_record **out, const ds_record *src, ds_error *err);

/* NULL is allowed. */
void ds_record_free(ds_record *r);

/* The model (or non-model type) the record belongs to. Borrowed from the
 * schema. */
const ds_model *ds_record_model(const ds_record *r);

/* ---- setting ------------------------------------------------------------- */
/* Each setter fails with DS_ERR_INVALID (message naming model, field and
 * value) when the field does not exist or the value's kind does not fit
 * it; the record is then unchanged. Read-only fields (createdAt/updatedAt)
 * and metadata may be set too: the store decides what it keeps. */

ds_status ds_record_set_null(ds_record *r, const char *field, ds_error *err);
ds_status ds_record_set_string(ds_record *r, const char *field, const char *value, ds_error *err);
ds_status ds_record_set_int(ds_record *r, const char *field, int64_t value, ds_error *err);
ds_status ds_record_set_float(ds_record *r, const char *field, double value, ds_error *err);
ds_status ds_record_set_bool(ds_record *r, const char *field, bool value, ds_error *err);
/* The field's value as JSON text (any field kind: "5", "\"x\"", "[1,2]",
 * "{\"street\":\"Main\"}", "null"). For AWSJSON fields the text is the
 * value itself when it is not a JSON string. Text over 16 MiB or nested
 * deeper than 64 levels gives DS_ERR_LIMIT. Setters check kinds only: an
 * AWSJSON string's syntax, like every value's format, is checked by
 * ds_record_validate(). */
ds_status ds_record_set_json(ds_record *r, const char *field, const char *json, ds_error *err);
/* Generic form of the setters above. */
ds_status ds_record_set(ds_record *r, const char *field, const ds_value *value, ds_error *err);
/* Makes a field unset again (as if never given). Allowed, and a no-op, on
 * relationship fields. */
ds_status ds_record_unset(ds_record *r, const char *field, ds_error *err);

/* ---- reading -------------------------------------------------------------- */

/* True when the field has been given a value (null included). */
bool ds_record_has(const ds_record *r, const char *field);
/* True when the field is null or unset. */
bool ds_record_is_null(const ds_record *r, const char *field);

/* The field's value (DS_VALUE_NULL when null or unset). Strings borrowed.
 * DS_ERR_NOTFOUND when the model has no such field. The metadata reads as
 * "_version" (int), "_lastChangedAt" (int) and "_deleted" (bool). */
ds_status ds_record_get(const ds_record *r, const char *field, ds_value *out);

/* Typed getters: the value, or NULL / fallback when null, unset, absent or
 * of another kind (ds_record_get_float also reads Int fields). */
const char *ds_record_get_string(const ds_record *r, const char *field);
int64_t ds_record_get_int(const ds_record *r, const char *field, int64_t fallback);
double ds_record_get_float(const ds_record *r, const char *field, double fallback);
bool ds_record_get_bool(const ds_record *r, const char *field, bool fallback);
/* The field as JSON text ("null" when null or unset); free with ds_free().
 * NULL when there is no such field or no memory. */
char *ds_record_get_json(const ds_record *r, const char *field);

/* ---- whole records ------------------------------------------------------- */

/* Everything a save checks: every required field present and non-null
 * (read-only timestamps exempt), each value valid for its type (32-bit Int,
 * finite Float, enum member, AWS scalar formats as AppSync defines them,
 * embedded values and list items recursively), primary key fields not
 * empty strings. The first problem is reported. */
ds_status ds_record_validate(const ds_record *r, ds_error *err);

/* Flags for ds_record_to_json. */
enum {
    DS_JSON_PRETTY = 1 << 0,   /* indented */
    DS_JSON_UNSET = 1 << 1,    /* include unset fields as null */
    DS_JSON_NO_META = 1 << 2   /* leave out _version, _lastChangedAt, _deleted */
};

/* The record as a JSON object in the shape Amplify uses on the wire:
 * fields by name, lists as arrays, embedded types as objects, AWSJSON as a
 * JSON string, plus the metadata that is set, in the model's field order
 * then _version, _lastChangedAt, _deleted. Unset fields are left out
 * unless DS_JSON_UNSET; relationship fields never appear; a non-finite
 * Float (which validation refuses) is written as null. Free with
 * ds_free(); NULL when out of memory. */
char *ds_record_to_json(const ds_record *r, unsigned flags);

/* Builds a record of `model` from a JSON object in that shape. Unknown
 * members are refused (DS_ERR_INVALID naming them); members with a value of
 * the wrong kind too. Relationship fields given as objects, arrays or null
 * are ignored (their foreign keys carry the link), and so is `__typename`.
 * AWSJSON values may be the JSON string of the wire form or the raw JSON
 * value. DS_ERR_INVALID for malformed JSON (duplicate keys included);
 * DS_ERR_LIMIT for text over 16 MiB or nested deeper than 64 levels. */
ds_status ds_record_from_json(ds_record **out, const ds_schema *schema, const char *model, const char *json,
                              ds_error *err);

/* Equality of every field's value (unset equals null) and metadata. */
bool ds_record_equal(const ds_record *a, const ds_record *b);

/* The canonical identifier of the record's primary key: the value as
 * text for a single-field key; for a composite key every value in double
 * quotes joined by '#', with '"' and '\' escaped by '\'. Free with
 * ds_free(). DS_ERR_INVALID when a key field is null or unset. */
ds_status ds_record_identifier(const ds_record *r, char **out, ds_error *err);

#ifdef __cplusplus
}
#endif

#endif /* DATASTORE_RECORD_H */
