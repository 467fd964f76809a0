/*
 * ds_record_identifier: the canonical text of a record's primary key
 * (spec §10.2 [CANON]). It names the record in the store's tables
 * (m_<Model>.pk, ds_meta.pk, ds_outbox.pk), so it must be unambiguous:
 *
 *   single-field key   the value as text: strings as they are, Int and
 *                      AWSTimestamp in decimal, Float in its shortest
 *                      round-trip form, Boolean as true/false
 *   composite key      each value as above in double quotes, joined by '#',
 *                      with '"' and '\' inside a value escaped by '\':
 *                      "a\"b"#"2024-01-01" — Swift's encoding, made
 *                      unambiguous by the escapes
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "record/priv.h"

/* The key value's text into b; quoted and escaped when `quote`. */
static void put_key(ds__buf *b, const ds__slot *s, ds__rep rep, bool quote) {
    char num[40];
    const char *p = num;
    size_t n = 0;
    switch (rep) {
    case DS__REP_STR:
        p = s->u.s.ptr;
        n = s->u.s.len;
        break;
    case DS__REP_INT:
        n = (size_t)snprintf(num, sizeof num, "%" PRId64, s->u.i);
        break;
    case DS__REP_FLOAT:
        n = ds__fmt_double(num, sizeof num, s->u.f, false);
        break;
    case DS__REP_BOOL:
        p = s->u.b ? "true" : "false";
        n = strlen(p);
        break;
    case DS__REP_JSON: /* not a key type Amplify allows; keep it total */
        p = s->u.j.text;
        n = s->u.j.len;
        break;
    case DS__REP_NONE:
        break;
    }
    if (!quote) {
        ds__buf_append(b, p, n);
        return;
    }
    ds__buf_putc(b, '"');
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] != '"' && p[i] != '\\')
            continue;
        ds__buf_append(b, p + run, i - run);
        ds__buf_putc(b, '\\');
        run = i; /* the quote or backslash itself goes out with the next run */
    }
    ds__buf_append(b, p + run, n - run);
    ds__buf_putc(b, '"');
}

ds_status ds_record_identifier(const ds_record *r, char **out, ds_error *err) {
    if (!out)
        return ds__error(err, DS_ERR_INVALID, "ds_record_identifier: out is NULL");
    *out = NULL;
    if (!r)
        return ds__error(err, DS_ERR_INVALID, "ds_record_identifier: the record is NULL");
    const ds_model *m = r->model;
    if (m->key_count == 0)
        return ds__error(err, DS_ERR_INVALID, "%s: a non-model type has no primary key", m->name);
    for (size_t k = 0; k < m->key_count; k++) {
        const ds_field *f = m->key_fields[k];
        const ds__slot *s = &r->slots[f - m->fields];
        if (s->state != DS__SLOT_SET)
            return ds__error(err, DS_ERR_INVALID, "%s.%s: the primary key field is %s", m->name, f->name,
                             s->state == DS__SLOT_NULL ? "null" : "unset");
    }
    ds__buf b;
    ds__buf_init(&b, DS__BUF_DEFAULT_MAX);
    bool composite = m->key_count > 1;
    for (size_t k = 0; k < m->key_count; k++) {
        const ds_field *f = m->key_fields[k];
        if (k)
            ds__buf_putc(&b, '#');
        put_key(&b, &r->slots[f - m->fields], ds__field_rep(f), composite);
    }
    if (!(*out = ds__buf_take(&b, NULL))) {
        ds__buf_free(&b);
        return ds__error(err, DS_ERR_NOMEM, "out of memory");
    }
    return DS_OK;
}
