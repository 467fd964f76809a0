/*
 * Record internals shared with the predicate and store modules. Not
 * installed. Fields are addressed by their schema pointer (which must
 * belong to the record's model) so hot paths skip name lookups.
 */
#ifndef DS_RECORD_INTERNAL_H
#define DS_RECORD_INTERNAL_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#include "datastore/record.h"
#include "util/buf.h"

/* Sync metadata of a record; `has_*` false when unknown (never synced). */
typedef struct ds__meta {
    bool has_version, has_last_changed, has_deleted;
    int64_t version;
    int64_t last_changed_at; /* epoch milliseconds */
    bool deleted;
} ds__meta;

/* The value of f (DS_VALUE_NULL when null or unset). Strings are borrowed
 * from the record: lists and embedded values come as cached JSON text
 * (compact, made when the value was set, so reading never writes to the
 * record). Valid until f is set again or the record is freed. */
ds_value ds__record_value(const ds_record *r, const ds_field *f);
/* True when f has been given a value (null included). */
bool ds__record_has(const ds_record *r, const ds_field *f);
/* Lists and embedded values as a borrowed jansson value (NULL when null,
 * unset or not a list/embedded field). Never modify it: copies of the
 * record share it by reference count. Lifetime as ds__record_value(). */
json_t *ds__record_json(const ds_record *r, const ds_field *f);
/* Sets f without checking the value against the field (trusted input: the
 * store reading its own rows). Strings and JSON text are copied. Takes the
 * field's own representation, plus what SQLite gives back: DS_VALUE_INT
 * for Boolean (0/1) and Float fields, DS_VALUE_STRING or DS_VALUE_JSON
 * text for lists and embedded values ("null" text sets null). Strings must
 * still be valid UTF-8. DS_ERR_INVALID for another representation, a field
 * of another model or a relationship field; DS_ERR_NOMEM. */
ds_status ds__record_set_trusted(ds_record *r, const ds_field *f, const ds_value *v);
/* A record of m from a stored row in one allocation: vals holds one value
 * per field of m (relationship fields ignored), trusted as by
 * ds__record_set_trusted; meta may be NULL. */
ds_status ds__record_from_row(ds_record **out, const ds_schema *schema, const ds_model *m, const ds_value *vals,
                              const ds__meta *meta);
/* A record of `model` from a parsed JSON object in the wire shape, as
 * ds_record_from_json but ignoring members the model does not have (a
 * server item carries implicit owner fields and the like). */
ds_status ds__record_from_json_value(ds_record **out, const ds_schema *schema, const char *model, json_t *obj,
                                     ds_error *err);
/* Metadata access. */
const ds__meta *ds__record_meta(const ds_record *r);
void ds__record_set_meta(ds_record *r, const ds__meta *m);
/* The field's index in its model's field array. */
size_t ds__field_index(const ds_model *m, const ds_field *f);

/* Appends a JSON string literal for n bytes of s (escaped). */
void ds__json_put_string(ds__buf *b, const char *s, size_t n);
/* Appends f's value in the wire shape (as ds_record_to_json writes it;
 * null when null or unset). */
void ds__record_put_field_json(ds__buf *b, const ds_record *r, const ds_field *f);

#endif
