/*
 * Records to and from JSON, in the shape Amplify uses on the wire.
 *
 * Reading. Every JSON text from outside goes through ds__json_parse()
 * (util/json.c): at most DS__RECORD_JSON_MAX_BYTES, at most
 * DS__RECORD_JSON_MAX_DEPTH nested
 * arrays/objects (checked by a scan before jansson sees the text, so a
 * hostile document cannot make the parser recurse), duplicate object keys
 * refused, NUL escapes refused. The parsed value is then checked against
 * the field and normalized to the wire form in place: Int values given as
 * integral reals (5.0) become integers, Float values become reals, AWSJSON
 * values given as raw JSON become their compact text, `__typename` inside
 * embedded objects is dropped. Normalizing means a stored value always has
 * one spelling, so equality (json_equal) and the cached text are
 * meaningful.
 *
 * Writing. Records are written straight into a capped buffer in the model's
 * field order (no intermediate jansson tree); lists and embedded values use
 * their cached compact text, or are walked for indented output. Floats are
 * written in their shortest round-trip form (0.1, not 0.10000000000000001)
 * and keep a ".0" when integral, so they read back as reals.
 */
#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "record/priv.h"
#include "util/path.h"

/* ---- messages ---------------------------------------------------------------- */

const char *ds__describe_json(char *buf, size_t n, const json_t *v) {
    char q[160], num[40];
    switch (json_typeof(v)) {
    case JSON_OBJECT:
        snprintf(buf, n, "an object");
        break;
    case JSON_ARRAY:
        snprintf(buf, n, "an array");
        break;
    case JSON_STRING:
        snprintf(buf, n, "a string %s", ds__quote(q, sizeof q, json_string_value(v), json_string_length(v)));
        break;
    case JSON_INTEGER:
        snprintf(buf, n, "an integer %lld", (long long)json_integer_value(v));
        break;
    case JSON_REAL:
        ds__fmt_double(num, sizeof num, json_real_value(v), false);
        snprintf(buf, n, "a number %s", num);
        break;
    case JSON_TRUE:
    case JSON_FALSE:
        snprintf(buf, n, "a boolean %s", json_is_true(v) ? "true" : "false");
        break;
    case JSON_NULL:
        snprintf(buf, n, "null");
        break;
    }
    return buf;
}

static ds_status kind_error(const ds__path *p, const ds_field *f, bool item, const json_t *v, ds_error *err) {
    char e[160], d[200];
    return ds__error(err, DS_ERR_INVALID, "%s: expected %s, got %s", p->text, ds__expected(e, sizeof e, f, item),
                     ds__describe_json(d, sizeof d, v));
}

/* ---- checking and normalizing ------------------------------------------------------ */

static ds_status norm(ds__path *p, const ds_field *f, bool item, json_t *v, json_t **repl, ds_error *err);

static char *dump_compact(const json_t *v, size_t *len) {
    ds__buf b;
    ds__buf_init(&b, DS__BUF_DEFAULT_MAX);
    ds__json_dump(&b, v, 0);
    char *text = ds__buf_take(&b, len);
    if (!text)
        ds__buf_free(&b);
    return text;
}

static ds_status nomem(ds_error *err) { return ds__error(err, DS_ERR_NOMEM, "out of memory"); }

static ds_status norm_scalar(ds__path *p, const ds_field *f, bool item, json_t *v, json_t **repl, ds_error *err) {
    switch (f->scalar) {
    case DS_SCALAR_INT:
    case DS_SCALAR_AWSTIMESTAMP:
        if (json_is_integer(v))
            return DS_OK;
        if (json_is_real(v)) {
            int64_t i;
            if (ds__double_to_int(json_real_value(v), &i)) {
                if (!(*repl = json_integer((json_int_t)i)))
                    return nomem(err);
                return DS_OK;
            }
        }
        break;
    case DS_SCALAR_FLOAT:
        if (json_is_real(v))
            return DS_OK;
        if (json_is_integer(v)) {
            if (!(*repl = json_real((double)json_integer_value(v))))
                return nomem(err);
            return DS_OK;
        }
        break;
    case DS_SCALAR_BOOLEAN:
        if (json_is_boolean(v))
            return DS_OK;
        break;
    case DS_SCALAR_AWSJSON: {
        if (json_is_string(v))
            return DS_OK;
        /* The value itself rather than its text: keep the text (wire form). */
        size_t len = 0;
        char *text = dump_compact(v, &len);
        if (!text)
            return nomem(err);
        *repl = json_stringn_nocheck(text, len);
        free(text);
        return *repl ? DS_OK : nomem(err);
    }
    default:
        if (json_is_string(v))
            return DS_OK;
        break;
    }
    return kind_error(p, f, item, v, err);
}

static ds_status norm_object(ds__path *p, const ds_field *f, bool item, json_t *v, ds_error *err) {
    if (!json_is_object(v))
        return kind_error(p, f, item, v, err);
    const ds_model *t = f->type_model;
    const char *key;
    json_t *member;
    void *tmp;
    json_object_foreach_safe(v, tmp, key, member) {
        const ds_field *mf = t ? ds__find_field(t, key) : NULL;
        if (!mf && !strcmp(key, "__typename")) {
            json_object_del(v, key);
            continue;
        }
        size_t old = ds__path_push(p, ".%s", key);
        ds_status rc = DS_OK;
        if (!mf) {
            char q[160];
            ds__path_pop(p, old);
            return ds__error(err, DS_ERR_INVALID, "%s: unknown member %s (no such field in %s)", p->text,
                             ds__quote(q, sizeof q, key, strlen(key)), t ? t->name : f->type_name);
        }
        if (mf->kind == DS_KIND_MODEL) {
            /* A relationship inside an embedded type: carries nothing. */
            if (!json_is_object(member) && !json_is_array(member) && !json_is_null(member))
                rc = kind_error(p, mf, false, member, err);
            else
                json_object_del(v, key);
        } else {
            json_t *r = NULL;
            rc = norm(p, mf, false, member, &r, err);
            if (rc == DS_OK && r && json_object_set_new(v, key, r) != 0)
                rc = nomem(err);
        }
        ds__path_pop(p, old);
        if (rc != DS_OK)
            return rc;
    }
    return DS_OK;
}

/*
 * Checks v against f (a whole list when f->is_list && !item, else one value)
 * and normalizes it: containers in place, scalars by setting *repl to a new
 * value the caller puts in v's place.
 */
static ds_status norm(ds__path *p, const ds_field *f, bool item, json_t *v, json_t **repl, ds_error *err) {
    *repl = NULL;
    if (json_is_null(v))
        return DS_OK;
    if (f->is_list && !item) {
        if (!json_is_array(v))
            return kind_error(p, f, false, v, err);
        for (size_t i = 0; i < json_array_size(v); i++) {
            size_t old = ds__path_push(p, "[%zu]", i);
            json_t *r = NULL;
            ds_status rc = norm(p, f, true, json_array_get(v, i), &r, err);
            if (rc == DS_OK && r && json_array_set_new(v, i, r) != 0)
                rc = nomem(err);
            ds__path_pop(p, old);
            if (rc != DS_OK)
                return rc;
        }
        return DS_OK;
    }
    switch (f->kind) {
    case DS_KIND_ENUM:
        return json_is_string(v) ? DS_OK : kind_error(p, f, item, v, err);
    case DS_KIND_NONMODEL:
    case DS_KIND_MODEL:
        return norm_object(p, f, item, v, err);
    case DS_KIND_SCALAR:
        break;
    }
    return norm_scalar(p, f, item, v, repl, err);
}

ds_status ds__slot_from_json(ds__slot *out, const ds_model *m, const ds_field *f, json_t *v, ds_error *err) {
    memset(out, 0, sizeof *out);
    if (f->kind == DS_KIND_MODEL)
        return ds__relationship_error(m, f, err);
    if (json_is_null(v)) {
        out->state = DS__SLOT_NULL;
        return DS_OK;
    }
    ds__path p;
    ds__path_init(&p);
    ds__path_push(&p, "%s.%s", m->name, f->name);
    json_t *repl = NULL;
    ds_status rc = norm(&p, f, false, v, &repl, err);
    if (rc != DS_OK)
        return rc;
    json_t *val = repl ? repl : v;
    switch (ds__field_rep(f)) {
    case DS__REP_STR: {
        const char *s = json_string_value(val);
        size_t len = json_string_length(val);
        char *copy = malloc(len + 1);
        if (!copy) {
            rc = nomem(err);
            break;
        }
        memcpy(copy, s, len + 1);
        out->state = DS__SLOT_SET;
        out->u.s.ptr = copy;
        out->u.s.len = len;
        break;
    }
    case DS__REP_INT:
        out->state = DS__SLOT_SET;
        out->u.i = (int64_t)json_integer_value(val);
        break;
    case DS__REP_FLOAT:
        out->state = DS__SLOT_SET;
        out->u.f = json_real_value(val);
        break;
    case DS__REP_BOOL:
        out->state = DS__SLOT_SET;
        out->u.b = json_is_true(val);
        break;
    case DS__REP_JSON:
        if (ds__slot_take_json(out, json_incref(val)) != DS_OK)
            rc = nomem(err);
        break;
    case DS__REP_NONE:
        break;
    }
    json_decref(repl);
    return rc;
}

ds_status ds__meta_from_json(ds_record *r, ds__meta_field mf, const char *name, const json_t *v, ds_error *err) {
    ds_value mv;
    if (json_is_null(v)) {
        mv = ds_null();
    } else if (json_is_integer(v)) {
        mv = ds_int(json_integer_value(v));
    } else if (json_is_real(v)) {
        mv = ds_float(json_real_value(v));
    } else if (json_is_boolean(v)) {
        mv = ds_bool(json_is_true(v));
    } else {
        char d[200];
        return ds__error(err, DS_ERR_INVALID, "%s.%s: expected %s, got %s", r->model->name, name,
                         mf == DS__META_DELETED ? "a Boolean" : "an Int", ds__describe_json(d, sizeof d, v));
    }
    return ds__meta_set(r, mf, name, &mv, err);
}

/* ---- writing ------------------------------------------------------------------------ */

size_t ds__fmt_double(char *buf, size_t n, double d, bool keep_real) {
    int k;
    if (isnan(d))
        k = snprintf(buf, n, "nan");
    else if (isinf(d))
        k = snprintf(buf, n, "%s", d < 0 ? "-inf" : "inf");
    else {
        for (int prec = 1; prec <= 17; prec++) {
            k = snprintf(buf, n, "%.*g", prec, d);
            if (strtod(buf, NULL) == d)
                break;
        }
        /* A locale may have put another decimal point in: %g writes only
         * digits, signs, 'e' and that one character. */
        for (char *c = buf; *c; c++)
            if (!isdigit((unsigned char)*c) && *c != '-' && *c != '+' && *c != 'e')
                *c = '.';
        if (keep_real && !strpbrk(buf, ".e") && (size_t)k + 2 < n) {
            memcpy(buf + k, ".0", 3);
            k += 2;
        }
    }
    return k > 0 ? (size_t)k : 0;
}

static void put_string(ds__buf *b, const char *s, size_t n) {
    static const char hex[] = "0123456789abcdef";
    ds__buf_putc(b, '"');
    size_t run = 0; /* bytes copied as they are, flushed at each escape */
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        ds__buf_append(b, s + run, i - run);
        run = i + 1;
        char esc[7] = {'\\', 0, 0, 0, 0, 0, 0};
        size_t k = 2;
        switch (c) {
        case '"': esc[1] = '"'; break;
        case '\\': esc[1] = '\\'; break;
        case '\n': esc[1] = 'n'; break;
        case '\r': esc[1] = 'r'; break;
        case '\t': esc[1] = 't'; break;
        case '\b': esc[1] = 'b'; break;
        case '\f': esc[1] = 'f'; break;
        default:
            memcpy(esc + 1, "u00", 3);
            esc[4] = hex[c >> 4];
            esc[5] = hex[c & 15];
            k = 6;
        }
        ds__buf_append(b, esc, k);
    }
    ds__buf_append(b, s + run, n - run);
    ds__buf_putc(b, '"');
}

static void newline(ds__buf *b, int indent, int level) {
    ds__buf_putc(b, '\n');
    for (int i = 0; i < indent * level; i++)
        ds__buf_putc(b, ' ');
}

static void dump(ds__buf *b, const json_t *v, int indent, int level) {
    char num[40];
    switch (json_typeof(v)) {
    case JSON_OBJECT: {
        const char *key;
        json_t *member;
        bool first = true;
        ds__buf_putc(b, '{');
        json_object_foreach((json_t *)v, key, member) {
            if (!first)
                ds__buf_putc(b, ',');
            first = false;
            if (indent)
                newline(b, indent, level + 1);
            put_string(b, key, strlen(key));
            ds__buf_puts(b, indent ? ": " : ":");
            dump(b, member, indent, level + 1);
        }
        if (indent && !first)
            newline(b, indent, level);
        ds__buf_putc(b, '}');
        break;
    }
    case JSON_ARRAY: {
        size_t n = json_array_size(v);
        ds__buf_putc(b, '[');
        for (size_t i = 0; i < n; i++) {
            if (i)
                ds__buf_putc(b, ',');
            if (indent)
                newline(b, indent, level + 1);
            dump(b, json_array_get(v, i), indent, level + 1);
        }
        if (indent && n)
            newline(b, indent, level);
        ds__buf_putc(b, ']');
        break;
    }
    case JSON_STRING:
        put_string(b, json_string_value(v), json_string_length(v));
        break;
    case JSON_INTEGER:
        ds__buf_printf(b, "%lld", (long long)json_integer_value(v));
        break;
    case JSON_REAL:
        ds__buf_append(b, num, ds__fmt_double(num, sizeof num, json_real_value(v), true));
        break;
    case JSON_TRUE:
        ds__buf_puts(b, "true");
        break;
    case JSON_FALSE:
        ds__buf_puts(b, "false");
        break;
    case JSON_NULL:
        ds__buf_puts(b, "null");
        break;
    }
}

bool ds__json_dump(ds__buf *b, const json_t *v, int indent) {
    dump(b, v, indent, 0);
    return !b->failed;
}

/* One field's value, as it appears in the record's JSON. */
static void put_slot(ds__buf *b, const ds__slot *s, ds__rep rep, int indent, int level) {
    char num[40];
    if (s->state != DS__SLOT_SET) {
        ds__buf_puts(b, "null");
        return;
    }
    switch (rep) {
    case DS__REP_STR:
        put_string(b, s->u.s.ptr, s->u.s.len);
        break;
    case DS__REP_INT:
        ds__buf_printf(b, "%lld", (long long)s->u.i);
        break;
    case DS__REP_FLOAT:
        /* JSON has no NaN or infinity; such a record fails validation. */
        if (isfinite(s->u.f))
            ds__buf_append(b, num, ds__fmt_double(num, sizeof num, s->u.f, true));
        else
            ds__buf_puts(b, "null");
        break;
    case DS__REP_BOOL:
        ds__buf_puts(b, s->u.b ? "true" : "false");
        break;
    case DS__REP_JSON:
        if (indent)
            dump(b, s->u.j.v, indent, level);
        else
            ds__buf_append(b, s->u.j.text, s->u.j.len);
        break;
    case DS__REP_NONE:
        ds__buf_puts(b, "null");
        break;
    }
}

static void put_member(ds__buf *b, bool *first, int indent, const char *name) {
    if (!*first)
        ds__buf_putc(b, ',');
    *first = false;
    if (indent)
        newline(b, indent, 1);
    put_string(b, name, strlen(name));
    ds__buf_puts(b, indent ? ": " : ":");
}

char *ds_record_to_json(const ds_record *r, unsigned flags) {
    if (!r)
        return NULL;
    const ds_model *m = r->model;
    int indent = flags & DS_JSON_PRETTY ? 4 : 0;
    ds__buf b;
    ds__buf_init(&b, DS__BUF_DEFAULT_MAX);
    bool first = true;
    ds__buf_putc(&b, '{');
    for (size_t i = 0; i < m->field_count; i++) {
        const ds_field *f = &m->fields[i];
        const ds__slot *s = &r->slots[i];
        if (f->kind == DS_KIND_MODEL || (s->state == DS__SLOT_UNSET && !(flags & DS_JSON_UNSET)))
            continue;
        put_member(&b, &first, indent, f->name);
        put_slot(&b, s, ds__field_rep(f), indent, 1);
    }
    if (!(flags & DS_JSON_NO_META)) {
        const ds__meta *mt = &r->meta;
        if (mt->has_version) {
            put_member(&b, &first, indent, "_version");
            ds__buf_printf(&b, "%lld", (long long)mt->version);
        }
        if (mt->has_last_changed) {
            put_member(&b, &first, indent, "_lastChangedAt");
            ds__buf_printf(&b, "%lld", (long long)mt->last_changed_at);
        }
        if (mt->has_deleted) {
            put_member(&b, &first, indent, "_deleted");
            ds__buf_puts(&b, mt->deleted ? "true" : "false");
        }
    }
    if (indent && !first)
        ds__buf_putc(&b, '\n');
    ds__buf_putc(&b, '}');
    char *text = ds__buf_take(&b, NULL);
    if (!text)
        ds__buf_free(&b);
    return text;
}

char *ds_record_get_json(const ds_record *r, const char *field) {
    if (!r || !field)
        return NULL;
    ds__buf b;
    ds__buf_init(&b, DS__BUF_DEFAULT_MAX);
    const ds_field *f = ds__find_field(r->model, field);
    if (f) {
        put_slot(&b, &r->slots[f - r->model->fields], ds__field_rep(f), 0, 0);
    } else {
        ds_value v;
        if (ds_record_get(r, field, &v) != DS_OK)
            return NULL;
        if (v.type == DS_VALUE_INT)
            ds__buf_printf(&b, "%lld", (long long)v.u.i);
        else if (v.type == DS_VALUE_BOOL)
            ds__buf_puts(&b, v.u.b ? "true" : "false");
        else
            ds__buf_puts(&b, "null");
    }
    char *text = ds__buf_take(&b, NULL);
    if (!text)
        ds__buf_free(&b);
    return text;
}

/* ---- from JSON ------------------------------------------------------------------------ */

static ds_status fill_from_object(ds_record *r, json_t *root, bool lenient, ds_error *err) {
    const ds_model *m = r->model;
    const char *key;
    json_t *v;
    json_object_foreach(root, key, v) {
        const ds_field *f = ds__find_field(m, key);
        ds_status rc;
        if (!f) {
            ds__meta_field mf = ds__meta_by_name(key);
            if (mf != DS__META_NONE) {
                if ((rc = ds__meta_from_json(r, mf, key, v, err)) != DS_OK)
                    return rc;
                continue;
            }
            if (!strcmp(key, "__typename") || lenient)
                continue;
            char q[160];
            return ds__error(err, DS_ERR_INVALID, "%s: unknown member %s (no such field in %s)", m->name,
                             ds__quote(q, sizeof q, key, strlen(key)), m->name);
        }
        if (f->kind == DS_KIND_MODEL) {
            /* The related record(s) as a query returned them: the foreign
             * key fields carry the link, so the nested value is dropped. */
            if (json_is_object(v) || json_is_array(v) || json_is_null(v))
                continue;
            char d[200];
            return ds__error(err, DS_ERR_INVALID,
                             "%s.%s: a relationship to %s; expected an object, an array or null, got %s", m->name,
                             f->name, f->type_name, ds__describe_json(d, sizeof d, v));
        }
        ds__slot nv;
        if ((rc = ds__slot_from_json(&nv, m, f, v, err)) != DS_OK)
            return rc;
        ds__record_replace(r, f, &nv);
    }
    return DS_OK;
}

ds_status ds_record_from_json(ds_record **out, const ds_schema *schema, const char *model, const char *json,
                              ds_error *err) {
    ds_record *r = NULL;
    json_t *root = NULL;
    ds_status rc;
    if (!out)
        return ds__error(err, DS_ERR_INVALID, "ds_record_from_json: out is NULL");
    *out = NULL;
    if (!json)
        return ds__error(err, DS_ERR_INVALID, "ds_record_from_json: the JSON text is NULL");
    if ((rc = ds_record_new(&r, schema, model, err)) != DS_OK)
        goto done;
    size_t len = strnlen(json, DS__RECORD_JSON_MAX_BYTES + 1);
    if ((rc = ds__json_parse(&root, json, len, r->model->name, err)) != DS_OK)
        goto done;
    if (!json_is_object(root)) {
        char d[200];
        rc = ds__error(err, DS_ERR_INVALID, "%s: expected a JSON object, got %s", r->model->name,
                       ds__describe_json(d, sizeof d, root));
        goto done;
    }
    if ((rc = fill_from_object(r, root, false, err)) != DS_OK)
        goto done;
    *out = r;
    r = NULL;
done:
    json_decref(root);
    ds_record_free(r);
    return rc;
}

/* ---- pieces for other modules (record/internal.h) ----------------------- */

void ds__json_put_string(ds__buf *b, const char *s, size_t n) { put_string(b, s, n); }

void ds__record_put_field_json(ds__buf *b, const ds_record *r, const ds_field *f) {
    size_t i = ds__field_index(r->model, f);
    put_slot(b, &r->slots[i], ds__field_rep(f), 0, 0);
}

ds_status ds__record_from_json_value(ds_record **out, const ds_schema *schema, const char *model, json_t *obj,
                                     ds_error *err) {
    *out = NULL;
    if (!json_is_object(obj))
        return ds__error(err, DS_ERR_INVALID, "%s: expected a JSON object", model);
    ds_record *r = NULL;
    ds_status rc = ds_record_new(&r, schema, model, err);
    if (rc != DS_OK)
        return rc;
    if ((rc = fill_from_object(r, obj, true, err)) != DS_OK) {
        ds_record_free(r);
        return rc;
    }
    *out = r;
    return DS_OK;
}
