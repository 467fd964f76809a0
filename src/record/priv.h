/*
 * Private to src/record/: the layout of a record and the helpers its files
 * share. Other modules use src/record/internal.h instead, never this file.
 * See record.c for the design.
 */
#ifndef DS_RECORD_PRIV_H
#define DS_RECORD_PRIV_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "record/internal.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/json.h"

/* Limits on JSON the record layer reads from outside (ds_record_from_json,
 * ds_record_set_json, JSON text given to setters and the trusted setter). */
#define DS__RECORD_JSON_MAX_DEPTH DS__JSON_MAX_DEPTH
#define DS__RECORD_JSON_MAX_BYTES DS__JSON_MAX_BYTES

/* How a field's value is held: fixed by the field, never by the value. */
typedef enum ds__rep {
    DS__REP_NONE,  /* relationship (model-typed) fields hold nothing */
    DS__REP_STR,   /* string scalars, enums, AWSJSON text */
    DS__REP_INT,   /* Int, AWSTimestamp */
    DS__REP_FLOAT, /* Float */
    DS__REP_BOOL,  /* Boolean */
    DS__REP_JSON   /* lists and non-model (embedded) values */
} ds__rep;

enum { DS__SLOT_UNSET = 0, DS__SLOT_NULL, DS__SLOT_SET };

typedef struct ds__slot {
    unsigned char state; /* DS__SLOT_*; the union is meaningful only when SET */
    unsigned char in_record; /* the string lives in the record's own allocation: not freed alone */
    union {
        bool b;
        int64_t i;
        double f;
        struct {
            char *ptr; /* owned, NUL-terminated, valid UTF-8 */
            size_t len;
        } s;
        struct {
            json_t *v;  /* owned reference; never modified once stored */
            char *text; /* owned compact JSON text of v */
            size_t len;
        } j;
    } u;
} ds__slot;

struct ds_record {
    const ds_schema *schema;
    const ds_model *model;
    ds__meta meta;
    ds__slot slots[]; /* model->field_count, parallel to model->fields */
};

/* Metadata pseudo-fields, readable and settable by name. */
typedef enum ds__meta_field { DS__META_NONE, DS__META_VERSION, DS__META_LAST_CHANGED, DS__META_DELETED } ds__meta_field;
ds__meta_field ds__meta_by_name(const char *name);

/* ---- record.c ----------------------------------------------------------- */

ds__rep ds__field_rep(const ds_field *f);
/* The field of m named name, or NULL. */
const ds_field *ds__find_field(const ds_model *m, const char *name);
/* Frees what the slot owns and leaves it UNSET. */
void ds__slot_clear(ds__slot *s, ds__rep rep);
/* Stores v (ownership taken, even on failure) in s as a JSON slot value,
 * with its compact text. DS_ERR_NOMEM leaves s untouched. */
ds_status ds__slot_take_json(ds__slot *s, json_t *v);
/* Sets or (null) clears a metadata pseudo-field; kind-checked. */
ds_status ds__meta_set(ds_record *r, ds__meta_field mf, const char *name, const ds_value *v, ds_error *err);
/* True, with *out, when d is a whole number that fits in int64_t. */
bool ds__double_to_int(double d, int64_t *out);
/* Replaces slot s of r by the already-built value nv (ownership moves). */
void ds__record_replace(ds_record *r, const ds_field *f, ds__slot *nv);
/* A field of the record's model by name; fills err naming the model when
 * there is none, or when f is a relationship field and `for_set`. */
ds_status ds__lookup(const ds_record *r, const char *name, bool for_set, const ds_field **out, ds_error *err);
/* The DS_ERR_INVALID message for setting a relationship field. */
ds_status ds__relationship_error(const ds_model *m, const ds_field *f, ds_error *err);

/* ---- json.c ------------------------------------------------------------- */

/* Checks v against field f of model m (v may be changed: normalized to the
 * wire form) and builds the slot value in *out (UNSET on failure). Takes
 * a reference of its own where it keeps v. */
ds_status ds__slot_from_json(ds__slot *out, const ds_model *m, const ds_field *f, json_t *v, ds_error *err);
/* The same from a parsed JSON value. */
ds_status ds__meta_from_json(ds_record *r, ds__meta_field mf, const char *name, const json_t *v, ds_error *err);
/* Appends v as JSON text: compact when indent is 0, else indented by
 * `indent` spaces. Floats are written in their shortest round-trip form. */
bool ds__json_dump(ds__buf *b, const json_t *v, int indent);
/* A double in its shortest text that reads back as the same value; with
 * keep_real a ".0" is added when it would read as an integer. Returns the
 * length; buf needs 32 bytes. Non-finite values give "nan"/"inf"/"-inf". */
size_t ds__fmt_double(char *buf, size_t n, double d, bool keep_real);

/* ---- messages ------------------------------------------------------------ */

/* A string value for a message: double-quoted, escaped, cut at about 60
 * bytes with "..." (on a UTF-8 boundary). buf needs 80 bytes. */
const char *ds__quote(char *buf, size_t n, const char *s, size_t len);
/* What a field takes, for messages: "an Int", "a list of String",
 * "a value of enum Priority", "an object of type Address". */
const char *ds__expected(char *buf, size_t n, const ds_field *f, bool item);
/* A JSON value for a message: "a string \"abc\"", "an integer 5", "an object". */
const char *ds__describe_json(char *buf, size_t n, const json_t *v);

#endif
