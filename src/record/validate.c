/*
 * ds_record_validate: everything a save checks, first problem reported.
 *
 * Setters already guarantee each value's kind (record.c); this file checks
 * what depends on the value: presence of required values, Int's 32-bit
 * range, finite Floats, enum membership, the AWS scalar formats
 * (util/scalars.c, DS__RULES_RECORD: DataStore's isAWS* checks and
 * AppSync's formats), list items and embedded values recursively, and
 * primary key fields. Values inside lists and embedded objects are checked
 * for their kind again too, because the store's trusted setter skips that.
 *
 * Exemptions: relationship fields hold nothing and are not checked (their
 * foreign key fields are); the read-only timestamps (createdAt/updatedAt or
 * their renamed forms) may be absent, the service fills them; a managed
 * `id` — a model whose primary key is exactly one field named "id" of type
 * ID — may be unset, because ds_save generates it (an explicit null is
 * still refused). Messages name the model, the field path and the value:
 *
 *     Post.title is required
 *     Post.status: "DELETED" is not a value of enum PostStatus (ACTIVE, INACTIVE)
 *     Customer.contact.primaryAddress.geo.lat is required
 */
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "record/priv.h"
#include "util/path.h"
#include "util/scalars.h"

static ds_status required(const ds__path *p, ds_error *err) {
    return ds__error(err, DS_ERR_INVALID, "%s is required", p->text);
}

static ds_status check_enum(const ds__path *p, const ds_enum *e, const char *s, size_t len, ds_error *err) {
    if (e && ds_enum_has_value(e, s))
        return DS_OK;
    char q[160], values[1024];
    size_t n = 0;
    values[0] = '\0';
    for (size_t i = 0; e && i < e->value_count && n < sizeof values - 1; i++) {
        int k = snprintf(values + n, sizeof values - n, "%s%s", i ? ", " : "", e->values[i]);
        if (k < 0)
            break;
        n += (size_t)k;
    }
    return ds__error(err, DS_ERR_INVALID, "%s: %s is not a value of enum %s (%s)", p->text,
                     ds__quote(q, sizeof q, s, len), e ? e->name : "?", values);
}

/* A string scalar's text against its format. */
static ds_status check_text(const ds__path *p, ds_scalar sc, const char *s, size_t len, ds_error *err) {
    bool ok;
    switch (sc) {
    case DS_SCALAR_AWSDATE: ok = ds__is_aws_date(s, len, DS__RULES_RECORD); break;
    case DS_SCALAR_AWSTIME: ok = ds__is_aws_time(s, len, DS__RULES_RECORD); break;
    case DS_SCALAR_AWSDATETIME: ok = ds__is_aws_datetime(s, len, DS__RULES_RECORD); break;
    case DS_SCALAR_AWSEMAIL: ok = ds__is_aws_email(s, len, DS__RULES_RECORD); break;
    case DS_SCALAR_AWSJSON: ok = ds__is_aws_json(s, len, DS__RULES_RECORD); break;
    case DS_SCALAR_AWSURL: ok = ds__is_aws_url(s, len, DS__RULES_RECORD); break;
    case DS_SCALAR_AWSPHONE: ok = ds__is_aws_phone(s, len, DS__RULES_RECORD); break;
    case DS_SCALAR_AWSIPADDRESS: ok = ds__is_aws_ip_address(s, len, DS__RULES_RECORD); break;
    default: ok = ds__is_id_or_string(s, len, DS__RULES_RECORD); break;
    }
    if (ok)
        return DS_OK;
    char q[160];
    if (sc == DS_SCALAR_ID || sc == DS_SCALAR_STRING)
        return ds__error(err, DS_ERR_INVALID, "%s: %s is not valid UTF-8 text", p->text, ds__quote(q, sizeof q, s, len));
    return ds__error(err, DS_ERR_INVALID, "%s: %s is not a valid %s", p->text, ds__quote(q, sizeof q, s, len),
                     ds_scalar_name(sc));
}

static ds_status check_int(const ds__path *p, ds_scalar sc, int64_t i, ds_error *err) {
    char text[24];
    int n = snprintf(text, sizeof text, "%" PRId64, i);
    if (sc == DS_SCALAR_INT) {
        if (ds__is_int(text, (size_t)n, DS__RULES_RECORD))
            return DS_OK;
        return ds__error(err, DS_ERR_INVALID, "%s: %s is out of range for Int (32-bit signed)", p->text, text);
    }
    if (ds__is_aws_timestamp(text, (size_t)n, DS__RULES_RECORD))
        return DS_OK;
    return ds__error(err, DS_ERR_INVALID, "%s: %s is not a valid AWSTimestamp (epoch seconds, not negative)",
                     p->text, text);
}

static ds_status check_float(const ds__path *p, double d, ds_error *err) {
    if (isfinite(d))
        return DS_OK;
    char num[40];
    ds__fmt_double(num, sizeof num, d, false);
    return ds__error(err, DS_ERR_INVALID, "%s: %s is not a finite Float", p->text, num);
}

static ds_status kind(const ds__path *p, const ds_field *f, bool item, const json_t *v, ds_error *err) {
    char e[160], d[200];
    return ds__error(err, DS_ERR_INVALID, "%s: expected %s, got %s", p->text, ds__expected(e, sizeof e, f, item),
                     ds__describe_json(d, sizeof d, v));
}

static ds_status check_json(ds__path *p, const ds_field *f, bool item, const json_t *v, ds_error *err);

static ds_status check_object(ds__path *p, const ds_field *f, bool item, const json_t *v, ds_error *err) {
    if (!json_is_object(v))
        return kind(p, f, item, v, err);
    const ds_model *t = f->type_model;
    for (size_t i = 0; t && i < t->field_count; i++) {
        const ds_field *mf = &t->fields[i];
        if (mf->kind == DS_KIND_MODEL)
            continue;
        const json_t *member = json_object_get(v, mf->name);
        size_t old = ds__path_push(p, ".%s", mf->name);
        ds_status rc;
        if (!member)
            rc = (mf->is_list ? mf->is_list_required : mf->is_required) ? required(p, err) : DS_OK;
        else
            rc = check_json(p, mf, false, member, err);
        ds__path_pop(p, old);
        if (rc != DS_OK)
            return rc;
    }
    return DS_OK;
}

/* One value from JSON (a whole list when f->is_list && !item). */
static ds_status check_json(ds__path *p, const ds_field *f, bool item, const json_t *v, ds_error *err) {
    if (f->is_list && !item) {
        if (json_is_null(v))
            return f->is_list_required ? required(p, err) : DS_OK;
        if (!json_is_array(v))
            return kind(p, f, false, v, err);
        for (size_t i = 0; i < json_array_size(v); i++) {
            size_t old = ds__path_push(p, "[%zu]", i);
            ds_status rc = check_json(p, f, true, json_array_get(v, i), err);
            ds__path_pop(p, old);
            if (rc != DS_OK)
                return rc;
        }
        return DS_OK;
    }
    if (json_is_null(v))
        return f->is_required ? required(p, err) : DS_OK;
    switch (f->kind) {
    case DS_KIND_ENUM:
        if (!json_is_string(v))
            return kind(p, f, item, v, err);
        return check_enum(p, f->enum_type, json_string_value(v), json_string_length(v), err);
    case DS_KIND_NONMODEL:
        return check_object(p, f, item, v, err);
    case DS_KIND_MODEL:
        return DS_OK;
    case DS_KIND_SCALAR:
        break;
    }
    switch (f->scalar) {
    case DS_SCALAR_INT:
    case DS_SCALAR_AWSTIMESTAMP:
        if (!json_is_integer(v))
            return kind(p, f, item, v, err);
        return check_int(p, f->scalar, (int64_t)json_integer_value(v), err);
    case DS_SCALAR_FLOAT:
        if (json_is_integer(v))
            return DS_OK;
        if (!json_is_real(v))
            return kind(p, f, item, v, err);
        return check_float(p, json_real_value(v), err);
    case DS_SCALAR_BOOLEAN:
        return json_is_boolean(v) ? DS_OK : kind(p, f, item, v, err);
    default:
        if (!json_is_string(v))
            return kind(p, f, item, v, err);
        return check_text(p, f->scalar, json_string_value(v), json_string_length(v), err);
    }
}

/* The model's key is the managed id, which ds_save fills when unset. */
static bool managed_id(const ds_model *m, const ds_field *f) {
    return m->key_count == 1 && m->key_fields[0] == f && f->kind == DS_KIND_SCALAR && f->scalar == DS_SCALAR_ID &&
           !strcmp(f->name, "id");
}

static ds_status check_field(ds__path *p, const ds_record *r, const ds_field *f, ds_error *err) {
    const ds_model *m = r->model;
    const ds__slot *s = &r->slots[f - m->fields];
    if (s->state != DS__SLOT_SET) {
        if (f->is_read_only)
            return DS_OK;
        if (s->state == DS__SLOT_UNSET && managed_id(m, f))
            return DS_OK;
        bool req = f->is_list ? f->is_list_required : f->is_required;
        return req || f->is_key ? required(p, err) : DS_OK;
    }
    switch (ds__field_rep(f)) {
    case DS__REP_STR:
        if (f->is_key && s->u.s.len == 0)
            return ds__error(err, DS_ERR_INVALID, "%s: a primary key field cannot be an empty string", p->text);
        if (f->kind == DS_KIND_ENUM)
            return check_enum(p, f->enum_type, s->u.s.ptr, s->u.s.len, err);
        return check_text(p, f->scalar, s->u.s.ptr, s->u.s.len, err);
    case DS__REP_INT:
        return check_int(p, f->scalar, s->u.i, err);
    case DS__REP_FLOAT:
        return check_float(p, s->u.f, err);
    case DS__REP_BOOL:
    case DS__REP_NONE:
        return DS_OK;
    case DS__REP_JSON:
        return check_json(p, f, false, s->u.j.v, err);
    }
    return DS_OK;
}

ds_status ds_record_validate(const ds_record *r, ds_error *err) {
    if (!r)
        return ds__error(err, DS_ERR_INVALID, "ds_record_validate: the record is NULL");
    const ds_model *m = r->model;
    ds__path p;
    for (size_t i = 0; i < m->field_count; i++) {
        const ds_field *f = &m->fields[i];
        if (f->kind == DS_KIND_MODEL)
            continue;
        ds__path_init(&p);
        ds__path_push(&p, "%s.%s", m->name, f->name);
        ds_status rc = check_field(&p, r, f, err);
        if (rc != DS_OK)
            return rc;
    }
    if (err) /* success leaves no stale message behind */
        ds_error_clear(err);
    return DS_OK;
}
