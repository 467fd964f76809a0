/*
 * Records: the values of one model instance.
 *
 * Design. A record is one allocation: a header (schema, model, sync
 * metadata) followed by an array of slots parallel to model->fields, so the
 * slot of field f is slots[f - model->fields] and a field pointer reaches
 * its value without any lookup (the store and the predicate evaluator work
 * that way, through record/internal.h). Names are looked up by a linear
 * scan that compares the first byte before calling strcmp: models have a
 * few dozen fields at most, and the scan touches only the field array,
 * which the schema keeps contiguous.
 *
 * Each slot is UNSET (never given), NULL or SET. How a SET slot holds its
 * value depends only on the field (ds__field_rep), never on the value:
 *
 *   string scalars, enums, AWSJSON   owned UTF-8 string (AWSJSON: JSON text)
 *   Int, AWSTimestamp                int64_t
 *   Float                            double
 *   Boolean                          bool
 *   lists, non-model types           owned jansson value + its compact text
 *   relationship fields              nothing: the foreign keys carry the link
 *
 * Lists and embedded values keep their compact JSON text next to the
 * parsed value, made when the value is stored, so that ds_value readers
 * (DS_VALUE_JSON) borrow it without the record changing under a const
 * pointer: reading a record never writes to it, so a record that nobody
 * modifies may be read from several threads at once. A stored jansson
 * value is never modified again (setters replace it whole), which is what
 * lets ds_record_copy share it by reference count.
 *
 * What is checked where. Setters check that a value's *kind* fits the field
 * (a string for a String, an integral number for an Int, an array of the
 * right kinds for a list, an object with known members for an embedded
 * type) and that strings are valid UTF-8 without NUL bytes, so a record
 * always converts to JSON. Everything that depends on the value itself is
 * left to ds_record_validate() (validate.c): required fields, the 32-bit
 * range of Int, finite Floats, enum membership, the AWS scalar formats —
 * AWSJSON's syntax included (a string given for an AWSJSON field is kept
 * as given and parsed only there) — and empty key strings. That split lets
 * an application build a record in any order, and lets the store read its
 * own rows (ds__record_set_trusted) without repeating the work.
 *
 * Invariants: a slot is SET only with a value of its field's
 * representation; every string a record holds is valid UTF-8 without NUL;
 * relationship slots are always UNSET; a failed setter leaves the record
 * as it was.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "record/priv.h"
#include "util/scalars.h"

/* ---- fields and slots ----------------------------------------------------- */

ds__rep ds__field_rep(const ds_field *f) {
    if (f->kind == DS_KIND_MODEL)
        return DS__REP_NONE;
    if (f->is_list || f->kind == DS_KIND_NONMODEL)
        return DS__REP_JSON;
    if (f->kind == DS_KIND_ENUM)
        return DS__REP_STR;
    switch (f->scalar) {
    case DS_SCALAR_INT:
    case DS_SCALAR_AWSTIMESTAMP:
        return DS__REP_INT;
    case DS_SCALAR_FLOAT:
        return DS__REP_FLOAT;
    case DS_SCALAR_BOOLEAN:
        return DS__REP_BOOL;
    default:
        return DS__REP_STR;
    }
}

const ds_field *ds__find_field(const ds_model *m, const char *name) {
    char c = name[0];
    for (size_t i = 0; i < m->field_count; i++) {
        const char *fn = m->fields[i].name;
        if (fn[0] == c && strcmp(fn, name) == 0)
            return &m->fields[i];
    }
    return NULL;
}

size_t ds__field_index(const ds_model *m, const ds_field *f) { return (size_t)(f - m->fields); }

ds__meta_field ds__meta_by_name(const char *name) {
    if (name[0] != '_')
        return DS__META_NONE;
    if (!strcmp(name, "_version"))
        return DS__META_VERSION;
    if (!strcmp(name, "_lastChangedAt"))
        return DS__META_LAST_CHANGED;
    if (!strcmp(name, "_deleted"))
        return DS__META_DELETED;
    return DS__META_NONE;
}

void ds__slot_clear(ds__slot *s, ds__rep rep) {
    if (s->state == DS__SLOT_SET) {
        if (rep == DS__REP_STR && !s->in_record) {
            free(s->u.s.ptr);
        } else if (rep == DS__REP_JSON) {
            json_decref(s->u.j.v);
            free(s->u.j.text);
        }
    }
    memset(s, 0, sizeof *s);
}

ds_status ds__slot_take_json(ds__slot *s, json_t *v) {
    ds__buf b;
    ds__buf_init(&b, DS__BUF_DEFAULT_MAX);
    ds__json_dump(&b, v, 0);
    size_t len = 0;
    char *text = ds__buf_take(&b, &len);
    if (!text) {
        ds__buf_free(&b);
        json_decref(v);
        return DS_ERR_NOMEM;
    }
    s->state = DS__SLOT_SET;
    s->u.j.v = v;
    s->u.j.text = text;
    s->u.j.len = len;
    return DS_OK;
}

void ds__record_replace(ds_record *r, const ds_field *f, ds__slot *nv) {
    ds__slot *s = &r->slots[f - r->model->fields];
    ds__slot_clear(s, ds__field_rep(f));
    *s = *nv;
    memset(nv, 0, sizeof *nv);
}

/* "a, b, c" (each prefixed by `prefix`) into buf. */
static void join_names(char *buf, size_t size, const char *prefix, const char *const *names, size_t count) {
    size_t n = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < count && n < size; i++) {
        int k = snprintf(buf + n, size - n, "%s%s%s", i ? ", " : "", prefix, names[i]);
        if (k < 0)
            break;
        n += (size_t)k;
    }
}

ds_status ds__relationship_error(const ds_model *m, const ds_field *f, ds_error *err) {
    const ds_association *a = &f->association;
    char names[512];
    if (a->target_count > 0) {
        join_names(names, sizeof names, "", a->target_names, a->target_count);
        return ds__error(err, DS_ERR_INVALID,
                         "%s.%s: a relationship to %s cannot be set; set its foreign key field%s %s instead",
                         m->name, f->name, f->type_name, a->target_count > 1 ? "s" : "", names);
    }
    if (a->related && a->associated_count > 0) {
        /* associatedWith may name the child's own relationship field; its
         * foreign keys are what the application sets. */
        const ds_field *back = ds__find_field(a->related, a->associated_with[0]);
        const char *const *keys = a->associated_with;
        size_t count = a->associated_count;
        if (back && back->kind == DS_KIND_MODEL && back->association.target_count > 0) {
            keys = back->association.target_names;
            count = back->association.target_count;
        }
        char prefix[256];
        snprintf(prefix, sizeof prefix, "%s.", a->related->name);
        join_names(names, sizeof names, prefix, keys, count);
        return ds__error(err, DS_ERR_INVALID,
                         "%s.%s: a relationship to %s cannot be set; set %s on the related records instead",
                         m->name, f->name, f->type_name, names);
    }
    return ds__error(err, DS_ERR_INVALID, "%s.%s: a relationship to %s cannot be set; set its foreign key instead",
                     m->name, f->name, f->type_name);
}

ds_status ds__lookup(const ds_record *r, const char *name, bool for_set, const ds_field **out, ds_error *err) {
    const ds_field *f = ds__find_field(r->model, name);
    *out = f;
    if (!f)
        return ds__error(err, DS_ERR_INVALID, "%s.%s: no such field in %s", r->model->name, name, r->model->name);
    if (for_set && f->kind == DS_KIND_MODEL)
        return ds__relationship_error(r->model, f, err);
    return DS_OK;
}

/* ---- messages --------------------------------------------------------------- */

const char *ds__quote(char *buf, size_t n, const char *s, size_t len) {
    static const char hex[] = "0123456789abcdef";
    size_t o = 0, cut = len;
    if (cut > 60) { /* back up to the start of a UTF-8 sequence */
        cut = 60;
        while (cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80)
            cut--;
    }
    if (n < 16) {
        if (n)
            buf[0] = '\0';
        return buf;
    }
    buf[o++] = '"';
    size_t i = 0;
    for (; i < cut && o + 8 < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            buf[o++] = '\\';
            buf[o++] = (char)c;
        } else if (c < 0x20) {
            buf[o++] = '\\';
            buf[o++] = 'u';
            buf[o++] = '0';
            buf[o++] = '0';
            buf[o++] = hex[c >> 4];
            buf[o++] = hex[c & 15];
        } else {
            buf[o++] = (char)c;
        }
    }
    /* Out of room mid-sequence: drop its lead bytes (copied one for one). */
    while (i < cut && i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80) {
        i--;
        o--;
    }
    buf[o++] = '"';
    if (i < len && o + 4 < n) { /* cut short: say so */
        memcpy(buf + o, "...", 3);
        o += 3;
    }
    buf[o] = '\0';
    return buf;
}

static const char *article(const char *name) {
    return strchr("AEIOUaeiou", name[0]) && name[0] ? "an" : "a";
}

const char *ds__expected(char *buf, size_t n, const ds_field *f, bool item) {
    const char *name = f->kind == DS_KIND_SCALAR ? ds_scalar_name(f->scalar) : f->type_name;
    const char *list = f->is_list && !item ? "a list of " : "";
    if (f->kind == DS_KIND_ENUM)
        snprintf(buf, n, "%s%s of enum %s", list, *list ? "values" : "a value", name);
    else if (f->kind == DS_KIND_NONMODEL || f->kind == DS_KIND_MODEL)
        snprintf(buf, n, "%s%s of type %s", list, *list ? "objects" : "an object", name);
    else
        snprintf(buf, n, "%s%s%s%s", list, *list ? "" : article(name), *list ? "" : " ", name);
    return buf;
}

static const char *describe_value(char *buf, size_t n, const ds_value *v) {
    char q[160], num[40];
    switch (v->type) {
    case DS_VALUE_NULL:
        snprintf(buf, n, "null");
        break;
    case DS_VALUE_BOOL:
        snprintf(buf, n, "a boolean %s", v->u.b ? "true" : "false");
        break;
    case DS_VALUE_INT:
        snprintf(buf, n, "an integer %lld", (long long)v->u.i);
        break;
    case DS_VALUE_FLOAT:
        ds__fmt_double(num, sizeof num, v->u.f, false);
        snprintf(buf, n, "a number %s", num);
        break;
    case DS_VALUE_STRING:
        snprintf(buf, n, "a string %s", ds__quote(q, sizeof q, v->u.s.ptr, v->u.s.len));
        break;
    case DS_VALUE_JSON:
        snprintf(buf, n, "JSON %s", ds__quote(q, sizeof q, v->u.s.ptr, v->u.s.len));
        break;
    }
    return buf;
}

static ds_status kind_error(const ds_model *m, const char *field, const ds_field *f, const char *expected,
                            const ds_value *v, ds_error *err) {
    char e[160], d[200];
    const char *hint = "";
    if (f && ds__field_rep(f) == DS__REP_JSON && v->type != DS_VALUE_NULL)
        hint = " (give lists and embedded values as JSON text)";
    return ds__error(err, DS_ERR_INVALID, "%s.%s: expected %s, got %s%s", m->name, field,
                     f ? ds__expected(e, sizeof e, f, false) : expected, describe_value(d, sizeof d, v), hint);
}

/* ---- building slot values --------------------------------------------------- */

static ds_status copy_string(ds__slot *nv, const char *p, size_t len) {
    char *s = malloc(len + 1);
    if (!s)
        return DS_ERR_NOMEM;
    if (len)
        memcpy(s, p, len);
    s[len] = '\0';
    nv->state = DS__SLOT_SET;
    nv->u.s.ptr = s;
    nv->u.s.len = len;
    return DS_OK;
}

static bool utf8_ok(const char *p, size_t len) {
    /* Most text is ASCII: a byte scan settles it without decoding. */
    unsigned char any = 0, zero = 1;
    for (size_t i = 0; i < len; i++) {
        any |= (unsigned char)p[i];
        zero &= p[i] != 0;
    }
    if (!zero)
        return false;
    return any < 0x80 || ds__is_id_or_string(p, len, DS__RULES_RECORD);
}

/* A double that is a whole number representable as int64_t. (No floor():
 * the library does not link libm.) */
bool ds__double_to_int(double d, int64_t *out) {
    if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0))
        return false;
    int64_t i = (int64_t)d;
    if ((double)i != d)
        return false;
    *out = i;
    return true;
}

/* Builds the slot value of f from v, checking v's kind (not its value). */
static ds_status slot_from_value(ds__slot *nv, const ds_model *m, const ds_field *f, const ds_value *v,
                                 ds_error *err) {
    memset(nv, 0, sizeof *nv);
    if (v->type == DS_VALUE_NULL) {
        nv->state = DS__SLOT_NULL;
        return DS_OK;
    }
    switch (ds__field_rep(f)) {
    case DS__REP_STR:
        if (v->type != DS_VALUE_STRING)
            break;
        if (!utf8_ok(v->u.s.ptr, v->u.s.len)) {
            char q[160];
            return ds__error(err, DS_ERR_INVALID, "%s.%s: %s is not valid UTF-8 text", m->name, f->name,
                             ds__quote(q, sizeof q, v->u.s.ptr, v->u.s.len));
        }
        if (copy_string(nv, v->u.s.ptr, v->u.s.len) != DS_OK)
            return ds__error(err, DS_ERR_NOMEM, "out of memory");
        return DS_OK;
    case DS__REP_INT:
        if (v->type == DS_VALUE_INT) {
            nv->u.i = v->u.i;
        } else if (v->type != DS_VALUE_FLOAT || !ds__double_to_int(v->u.f, &nv->u.i)) {
            break;
        }
        nv->state = DS__SLOT_SET;
        return DS_OK;
    case DS__REP_FLOAT:
        if (v->type == DS_VALUE_FLOAT)
            nv->u.f = v->u.f;
        else if (v->type == DS_VALUE_INT)
            nv->u.f = (double)v->u.i;
        else
            break;
        nv->state = DS__SLOT_SET;
        return DS_OK;
    case DS__REP_BOOL:
        if (v->type != DS_VALUE_BOOL)
            break;
        nv->u.b = v->u.b;
        nv->state = DS__SLOT_SET;
        return DS_OK;
    case DS__REP_JSON:
    case DS__REP_NONE:
        break;
    }
    return kind_error(m, f->name, f, NULL, v, err);
}

/* ---- life cycle ----------------------------------------------------------- */

static ds_record *alloc_record_extra(const ds_schema *schema, const ds_model *m, size_t extra) {
    ds_record *r = calloc(1, sizeof *r + m->field_count * sizeof(ds__slot) + extra);
    if (!r)
        return NULL;
    r->schema = schema;
    r->model = m;
    return r;
}

static ds_record *alloc_record(const ds_schema *schema, const ds_model *m) {
    ds_record *r = calloc(1, sizeof *r + m->field_count * sizeof(ds__slot));
    if (!r)
        return NULL;
    r->schema = schema;
    r->model = m;
    return r;
}

ds_status ds_record_new(ds_record **out, const ds_schema *schema, const char *model, ds_error *err) {
    if (!out)
        return ds__error(err, DS_ERR_INVALID, "ds_record_new: out is NULL");
    *out = NULL;
    if (!schema || !model)
        return ds__error(err, DS_ERR_INVALID, "ds_record_new: %s is NULL", schema ? "model" : "schema");
    const ds_model *m = ds_schema_model(schema, model);
    if (!m)
        m = ds_schema_nonmodel(schema, model);
    if (!m)
        return ds__error(err, DS_ERR_INVALID, "%s: no model or non-model type of that name in the schema", model);
    if (!(*out = alloc_record(schema, m)))
        return ds__error(err, DS_ERR_NOMEM, "out of memory");
    return DS_OK;
}

ds_status ds_record_copy(ds_record **out, const ds_record *src, ds_error *err) {
    if (!out)
        return ds__error(err, DS_ERR_INVALID, "ds_record_copy: out is NULL");
    *out = NULL;
    if (!src)
        return ds__error(err, DS_ERR_INVALID, "ds_record_copy: src is NULL");
    const ds_model *m = src->model;
    ds_record *r = alloc_record(src->schema, m);
    if (!r)
        return ds__error(err, DS_ERR_NOMEM, "out of memory");
    r->meta = src->meta;
    for (size_t i = 0; i < m->field_count; i++) {
        const ds__slot *s = &src->slots[i];
        ds__slot *d = &r->slots[i];
        if (s->state != DS__SLOT_SET) {
            d->state = s->state;
            continue;
        }
        switch (ds__field_rep(&m->fields[i])) {
        case DS__REP_STR:
            if (copy_string(d, s->u.s.ptr, s->u.s.len) != DS_OK)
                goto nomem;
            break;
        case DS__REP_JSON: {
            char *text = malloc(s->u.j.len + 1);
            if (!text)
                goto nomem;
            memcpy(text, s->u.j.text, s->u.j.len + 1);
            d->state = DS__SLOT_SET;
            /* A real copy, not a shared reference: copies travel to other
             * threads (observer events), and jansson's reference count is
             * not safe to drop from two threads at once. */
            d->u.j.v = json_deep_copy(s->u.j.v);
            if (!d->u.j.v) {
                free(text);
                goto nomem;
            }
            d->u.j.text = text;
            d->u.j.len = s->u.j.len;
            break;
        }
        default:
            *d = *s;
            break;
        }
    }
    *out = r;
    return DS_OK;
nomem:
    ds_record_free(r);
    return ds__error(err, DS_ERR_NOMEM, "out of memory");
}

void ds_record_free(ds_record *r) {
    if (!r)
        return;
    for (size_t i = 0; i < r->model->field_count; i++)
        ds__slot_clear(&r->slots[i], ds__field_rep(&r->model->fields[i]));
    free(r);
}

const ds_model *ds_record_model(const ds_record *r) { return r ? r->model : NULL; }

/* ---- setting ------------------------------------------------------------------ */

ds_status ds__meta_set(ds_record *r, ds__meta_field mf, const char *name, const ds_value *v, ds_error *err) {
    ds__meta *m = &r->meta;
    int64_t i = 0;
    if (mf == DS__META_DELETED) {
        if (v->type == DS_VALUE_NULL) {
            m->has_deleted = false;
            m->deleted = false;
            return DS_OK;
        }
        if (v->type != DS_VALUE_BOOL)
            return kind_error(r->model, name, NULL, "a Boolean", v, err);
        m->has_deleted = true;
        m->deleted = v->u.b;
        return DS_OK;
    }
    if (v->type == DS_VALUE_INT)
        i = v->u.i;
    else if (v->type == DS_VALUE_FLOAT && ds__double_to_int(v->u.f, &i))
        ;
    else if (v->type != DS_VALUE_NULL)
        return kind_error(r->model, name, NULL, "an Int", v, err);
    bool has = v->type != DS_VALUE_NULL;
    if (mf == DS__META_VERSION) {
        m->has_version = has;
        m->version = i;
    } else {
        m->has_last_changed = has;
        m->last_changed_at = i;
    }
    return DS_OK;
}

static ds_status set_json_text(ds_record *r, const char *name, const char *text, size_t len, ds_error *err);

/* Every public setter comes here: one place for lookups and kind checks. */
static ds_status set_value(ds_record *r, const char *name, const ds_value *v, ds_error *err) {
    if (!r || !name)
        return ds__error(err, DS_ERR_INVALID, "%s is NULL", r ? "the field name" : "the record");
    if (v->type == DS_VALUE_STRING || v->type == DS_VALUE_JSON) {
        if (!v->u.s.ptr)
            return ds__error(err, DS_ERR_INVALID, "%s.%s: a NULL string", r->model->name, name);
        if (v->type == DS_VALUE_JSON)
            return set_json_text(r, name, v->u.s.ptr, v->u.s.len, err);
    }
    const ds_field *f = ds__find_field(r->model, name);
    if (!f) {
        ds__meta_field mf = ds__meta_by_name(name);
        if (mf != DS__META_NONE)
            return ds__meta_set(r, mf, name, v, err);
    }
    ds_status rc = ds__lookup(r, name, true, &f, err);
    if (rc != DS_OK)
        return rc;
    ds__slot nv;
    if ((rc = slot_from_value(&nv, r->model, f, v, err)) != DS_OK)
        return rc;
    ds__record_replace(r, f, &nv);
    return DS_OK;
}

ds_status ds_record_set_null(ds_record *r, const char *field, ds_error *err) {
    ds_value v = ds_null();
    return set_value(r, field, &v, err);
}

ds_status ds_record_set_string(ds_record *r, const char *field, const char *value, ds_error *err) {
    if (!value)
        return ds_record_set_null(r, field, err);
    ds_value v = ds_str(value);
    return set_value(r, field, &v, err);
}

ds_status ds_record_set_int(ds_record *r, const char *field, int64_t value, ds_error *err) {
    ds_value v = ds_int(value);
    return set_value(r, field, &v, err);
}

ds_status ds_record_set_float(ds_record *r, const char *field, double value, ds_error *err) {
    ds_value v = ds_float(value);
    return set_value(r, field, &v, err);
}

ds_status ds_record_set_bool(ds_record *r, const char *field, bool value, ds_error *err) {
    ds_value v = ds_bool(value);
    return set_value(r, field, &v, err);
}

ds_status ds_record_set(ds_record *r, const char *field, const ds_value *value, ds_error *err) {
    if (!value)
        return ds__error(err, DS_ERR_INVALID, "ds_record_set: value is NULL");
    return set_value(r, field, value, err);
}

static ds_status set_json_text(ds_record *r, const char *name, const char *text, size_t len, ds_error *err) {
    const ds_field *f = ds__find_field(r->model, name);
    ds__meta_field mf = f ? DS__META_NONE : ds__meta_by_name(name);
    ds_status rc;
    if (mf == DS__META_NONE && (rc = ds__lookup(r, name, true, &f, err)) != DS_OK)
        return rc;
    char what[256];
    snprintf(what, sizeof what, "%s.%s", r->model->name, name);
    json_t *v = NULL;
    if ((rc = ds__json_parse(&v, text, len, what, err)) != DS_OK)
        return rc;
    if (mf != DS__META_NONE) {
        rc = ds__meta_from_json(r, mf, name, v, err);
        json_decref(v);
        return rc;
    }
    ds__slot nv;
    rc = ds__slot_from_json(&nv, r->model, f, v, err);
    json_decref(v);
    if (rc == DS_OK)
        ds__record_replace(r, f, &nv);
    return rc;
}

ds_status ds_record_set_json(ds_record *r, const char *field, const char *json, ds_error *err) {
    if (!r || !field || !json)
        return ds__error(err, DS_ERR_INVALID, "ds_record_set_json: %s is NULL",
                         !r ? "the record" : !field ? "the field name" : "the JSON text");
    return set_json_text(r, field, json, strlen(json), err);
}

ds_status ds_record_unset(ds_record *r, const char *field, ds_error *err) {
    if (!r || !field)
        return ds__error(err, DS_ERR_INVALID, "ds_record_unset: %s is NULL", r ? "the field name" : "the record");
    const ds_field *f = ds__find_field(r->model, field);
    if (!f) {
        ds__meta_field mf = ds__meta_by_name(field);
        if (mf != DS__META_NONE) {
            ds_value v = ds_null();
            return ds__meta_set(r, mf, field, &v, err);
        }
    }
    ds_status rc = ds__lookup(r, field, false, &f, err);
    if (rc != DS_OK)
        return rc;
    ds__slot_clear(&r->slots[f - r->model->fields], ds__field_rep(f));
    return DS_OK;
}

/* ---- reading -------------------------------------------------------------------- */

ds_value ds__record_value(const ds_record *r, const ds_field *f) {
    const ds__slot *s = &r->slots[f - r->model->fields];
    ds_value v = ds_null();
    if (s->state != DS__SLOT_SET)
        return v;
    switch (ds__field_rep(f)) {
    case DS__REP_STR:
        v.type = DS_VALUE_STRING;
        v.u.s.ptr = s->u.s.ptr;
        v.u.s.len = s->u.s.len;
        break;
    case DS__REP_INT:
        v = ds_int(s->u.i);
        break;
    case DS__REP_FLOAT:
        v = ds_float(s->u.f);
        break;
    case DS__REP_BOOL:
        v = ds_bool(s->u.b);
        break;
    case DS__REP_JSON:
        v.type = DS_VALUE_JSON;
        v.u.s.ptr = s->u.j.text;
        v.u.s.len = s->u.j.len;
        break;
    case DS__REP_NONE:
        break;
    }
    return v;
}

bool ds__record_has(const ds_record *r, const ds_field *f) {
    return r->slots[f - r->model->fields].state != DS__SLOT_UNSET;
}

json_t *ds__record_json(const ds_record *r, const ds_field *f) {
    const ds__slot *s = &r->slots[f - r->model->fields];
    return s->state == DS__SLOT_SET && ds__field_rep(f) == DS__REP_JSON ? s->u.j.v : NULL;
}

const ds__meta *ds__record_meta(const ds_record *r) { return &r->meta; }

void ds__record_set_meta(ds_record *r, const ds__meta *m) { r->meta = *m; }

static ds_value meta_value(const ds_record *r, ds__meta_field mf) {
    const ds__meta *m = &r->meta;
    switch (mf) {
    case DS__META_VERSION:
        return m->has_version ? ds_int(m->version) : ds_null();
    case DS__META_LAST_CHANGED:
        return m->has_last_changed ? ds_int(m->last_changed_at) : ds_null();
    case DS__META_DELETED:
        return m->has_deleted ? ds_bool(m->deleted) : ds_null();
    case DS__META_NONE:
        break;
    }
    return ds_null();
}

ds_status ds_record_get(const ds_record *r, const char *field, ds_value *out) {
    if (out)
        *out = ds_null();
    if (!r || !field || !out)
        return DS_ERR_INVALID;
    const ds_field *f = ds__find_field(r->model, field);
    if (f) {
        *out = ds__record_value(r, f);
        return DS_OK;
    }
    ds__meta_field mf = ds__meta_by_name(field);
    if (mf == DS__META_NONE)
        return DS_ERR_NOTFOUND;
    *out = meta_value(r, mf);
    return DS_OK;
}

bool ds_record_has(const ds_record *r, const char *field) {
    if (!r || !field)
        return false;
    const ds_field *f = ds__find_field(r->model, field);
    if (f)
        return ds__record_has(r, f);
    ds__meta_field mf = ds__meta_by_name(field);
    return mf != DS__META_NONE && meta_value(r, mf).type != DS_VALUE_NULL;
}

bool ds_record_is_null(const ds_record *r, const char *field) {
    ds_value v;
    return ds_record_get(r, field, &v) != DS_OK || v.type == DS_VALUE_NULL;
}

const char *ds_record_get_string(const ds_record *r, const char *field) {
    ds_value v;
    if (ds_record_get(r, field, &v) != DS_OK || v.type != DS_VALUE_STRING)
        return NULL;
    return v.u.s.ptr;
}

int64_t ds_record_get_int(const ds_record *r, const char *field, int64_t fallback) {
    ds_value v;
    if (ds_record_get(r, field, &v) != DS_OK || v.type != DS_VALUE_INT)
        return fallback;
    return v.u.i;
}

double ds_record_get_float(const ds_record *r, const char *field, double fallback) {
    ds_value v;
    if (ds_record_get(r, field, &v) != DS_OK)
        return fallback;
    if (v.type == DS_VALUE_FLOAT)
        return v.u.f;
    if (v.type == DS_VALUE_INT) /* an Int reads as a Float, as a Float field takes an int */
        return (double)v.u.i;
    return fallback;
}

bool ds_record_get_bool(const ds_record *r, const char *field, bool fallback) {
    ds_value v;
    if (ds_record_get(r, field, &v) != DS_OK || v.type != DS_VALUE_BOOL)
        return fallback;
    return v.u.b;
}

/* ---- the store's trusted setter -------------------------------------------------- */

ds_status ds__record_set_trusted(ds_record *r, const ds_field *f, const ds_value *v) {
    if (!r || !f || !v || f < r->model->fields || f >= r->model->fields + r->model->field_count)
        return DS_ERR_INVALID;
    ds__slot nv;
    memset(&nv, 0, sizeof nv);
    ds__rep rep = ds__field_rep(f);
    if (v->type == DS_VALUE_NULL) {
        if (rep == DS__REP_NONE)
            return DS_ERR_INVALID;
        nv.state = DS__SLOT_NULL;
    } else if (rep == DS__REP_JSON) {
        if ((v->type != DS_VALUE_JSON && v->type != DS_VALUE_STRING) || !v->u.s.ptr)
            return DS_ERR_INVALID;
        json_t *j = NULL;
        ds_status rc = ds__json_parse(&j, v->u.s.ptr, v->u.s.len, f->name, NULL);
        if (rc != DS_OK)
            return rc;
        if (json_is_null(j)) {
            json_decref(j);
            nv.state = DS__SLOT_NULL;
        } else if (ds__slot_take_json(&nv, j) != DS_OK) {
            return DS_ERR_NOMEM;
        }
    } else if (rep == DS__REP_BOOL && v->type == DS_VALUE_INT) {
        nv.state = DS__SLOT_SET; /* SQLite keeps booleans as 0/1 */
        nv.u.b = v->u.i != 0;
    } else if (rep == DS__REP_STR) {
        /* Still refuse what would make to_json fail: the rows may be old. */
        if (v->type != DS_VALUE_STRING || !v->u.s.ptr || !utf8_ok(v->u.s.ptr, v->u.s.len))
            return DS_ERR_INVALID;
        if (copy_string(&nv, v->u.s.ptr, v->u.s.len) != DS_OK)
            return DS_ERR_NOMEM;
    } else {
        ds_status rc = slot_from_value(&nv, r->model, f, v, NULL);
        if (rc != DS_OK)
            return rc;
    }
    ds__record_replace(r, f, &nv);
    return DS_OK;
}

/* ---- equality --------------------------------------------------------------------- */

static bool slot_equal(const ds__slot *a, const ds__slot *b, ds__rep rep) {
    bool an = a->state != DS__SLOT_SET, bn = b->state != DS__SLOT_SET;
    if (an || bn)
        return an && bn; /* unset equals null */
    switch (rep) {
    case DS__REP_STR:
        return a->u.s.len == b->u.s.len && memcmp(a->u.s.ptr, b->u.s.ptr, a->u.s.len) == 0;
    case DS__REP_INT:
        return a->u.i == b->u.i;
    case DS__REP_FLOAT:
        return a->u.f == b->u.f || (isnan(a->u.f) && isnan(b->u.f));
    case DS__REP_BOOL:
        return a->u.b == b->u.b;
    case DS__REP_JSON:
        return json_equal(a->u.j.v, b->u.j.v);
    case DS__REP_NONE:
        break;
    }
    return true;
}

bool ds_record_equal(const ds_record *a, const ds_record *b) {
    if (a == b)
        return true;
    if (!a || !b || a->model != b->model)
        return false;
    const ds__meta *ma = &a->meta, *mb = &b->meta;
    if (ma->has_version != mb->has_version || (ma->has_version && ma->version != mb->version))
        return false;
    if (ma->has_last_changed != mb->has_last_changed ||
        (ma->has_last_changed && ma->last_changed_at != mb->last_changed_at))
        return false;
    if (ma->has_deleted != mb->has_deleted || (ma->has_deleted && ma->deleted != mb->deleted))
        return false;
    for (size_t i = 0; i < a->model->field_count; i++)
        if (!slot_equal(&a->slots[i], &b->slots[i], ds__field_rep(&a->model->fields[i])))
            return false;
    return true;
}

/* A record made in one allocation from a stored row: its strings live in
 * the same block, behind the slots. The store reads many rows; one malloc
 * per row instead of one per string is most of a query's cost. */
ds_status ds__record_from_row(ds_record **out, const ds_schema *schema, const ds_model *m, const ds_value *vals,
                              const ds__meta *meta) {
    *out = NULL;
    size_t extra = 0;
    for (size_t i = 0; i < m->field_count; i++)
        if (ds__field_rep(&m->fields[i]) == DS__REP_STR && vals[i].type == DS_VALUE_STRING)
            extra += vals[i].u.s.len + 1;
    ds_record *r = alloc_record_extra(schema, m, extra);
    if (!r)
        return DS_ERR_NOMEM;
    char *tail = (char *)&r->slots[m->field_count];
    for (size_t i = 0; i < m->field_count; i++) {
        const ds_field *f = &m->fields[i];
        ds__rep rep = ds__field_rep(f);
        if (rep == DS__REP_NONE)
            continue;
        if (rep == DS__REP_STR && vals[i].type == DS_VALUE_STRING) {
            const ds_value *v = &vals[i];
            if (!v->u.s.ptr || !utf8_ok(v->u.s.ptr, v->u.s.len)) {
                ds_record_free(r);
                return DS_ERR_INVALID;
            }
            ds__slot *sl = &r->slots[i];
            memcpy(tail, v->u.s.ptr, v->u.s.len);
            tail[v->u.s.len] = '\0';
            sl->state = DS__SLOT_SET;
            sl->in_record = 1;
            sl->u.s.ptr = tail;
            sl->u.s.len = v->u.s.len;
            tail += v->u.s.len + 1;
            continue;
        }
        ds_status rc = ds__record_set_trusted(r, f, &vals[i]);
        if (rc != DS_OK) {
            ds_record_free(r);
            return rc;
        }
    }
    if (meta)
        r->meta = *meta;
    *out = r;
    return DS_OK;
}
