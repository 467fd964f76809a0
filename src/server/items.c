/*
 * Items: the JSON documents the server keeps, and the rules that act on
 * one item at a time — its key, whether a filter matches it, @default
 * values, and AppSync's Automerge (DATASTORE-SPEC §6.4).
 */
#include <stdlib.h>
#include <string.h>

#include "record/internal.h"
#include "server/items.h"

ds_status ds__item_key(const ds_schema *schema, const ds_model *m, json_t *obj, char **pk, ds_error *err) {
    *pk = NULL;
    json_t *key = json_object();
    if (!key)
        return ds__error(err, DS_ERR_NOMEM, "out of memory");
    for (size_t i = 0; i < m->key_count; i++) {
        json_t *v = json_object_get(obj, m->key_fields[i]->name);
        if (!v || json_is_null(v)) {
            json_decref(key);
            return ds__error(err, DS_ERR_INVALID, "%s: the key field %s is missing", m->name, m->key_fields[i]->name);
        }
        const ds_field *f = m->key_fields[i];
        if (json_is_string(v) && f->kind == DS_KIND_SCALAR &&
            (f->scalar == DS_SCALAR_INT || f->scalar == DS_SCALAR_AWSTIMESTAMP)) {
            /* get and delete take every key as ID (the transformer's
             * API), which coerces an Int key to a string: read it back. */
            char *end = NULL;
            const char *s = json_string_value(v);
            long long n = strtoll(s, &end, 10);
            if (end != s && !*end)
                v = json_integer(n);
            else
                json_incref(v);
            json_object_set_new(key, f->name, v);
            continue;
        }
        json_object_set(key, m->key_fields[i]->name, v);
    }
    ds_record *r = NULL;
    ds_status rc = ds__record_from_json_value(&r, schema, m->name, key, err);
    json_decref(key);
    if (rc == DS_OK)
        rc = ds_record_identifier(r, pk, err);
    ds_record_free(r);
    return rc;
}

bool ds__item_matches(const ds_schema *schema, const ds_model *m, const ds_predicate *p, json_t *item) {
    if (!p)
        return true;
    ds_record *r = NULL;
    if (ds__record_from_json_value(&r, schema, m->name, item, NULL) != DS_OK)
        return false; /* an item that does not read as a record matches nothing */
    bool ok = ds_pred_matches(p, r);
    ds_record_free(r);
    return ok;
}

ds_status ds__item_apply_defaults(const ds_model *m, json_t *item, ds_error *err) {
    for (size_t i = 0; i < m->field_count; i++) {
        const ds_field *f = &m->fields[i];
        json_t *have = json_object_get(item, f->name);
        if (!f->default_value || (have && !json_is_null(have)))
            continue;
        json_t *v = NULL;
        if (f->kind == DS_KIND_SCALAR && (f->scalar == DS_SCALAR_INT || f->scalar == DS_SCALAR_AWSTIMESTAMP))
            v = json_integer(strtoll(f->default_value, NULL, 10));
        else if (f->kind == DS_KIND_SCALAR && f->scalar == DS_SCALAR_FLOAT)
            v = json_real(strtod(f->default_value, NULL));
        else if (f->kind == DS_KIND_SCALAR && f->scalar == DS_SCALAR_BOOLEAN)
            v = json_boolean(f->default_value[0] == 't' || f->default_value[0] == 'T');
        else
            v = json_string(f->default_value);
        if (!v || json_object_set_new(item, f->name, v) != 0)
            return ds__error(err, DS_ERR_NOMEM, "out of memory");
    }
    return DS_OK;
}

/* Automerge of one value: the server keeps scalars it has; lists are
 * concatenated (server first); objects merge key by key. */
static json_t *merge_value(json_t *server, json_t *incoming) {
    if (!server || json_is_null(server))
        return json_incref(incoming);
    if (json_is_array(server) && json_is_array(incoming)) {
        json_t *out = json_copy(server);
        json_array_extend(out, incoming);
        return out;
    }
    if (json_is_object(server) && json_is_object(incoming)) {
        json_t *out = json_copy(server);
        const char *k;
        json_t *v;
        json_object_foreach(incoming, k, v) json_object_set_new(out, k, merge_value(json_object_get(server, k), v));
        return out;
    }
    return json_incref(server);
}

json_t *ds__item_automerge(json_t *existing, json_t *input) {
    json_t *out = json_deep_copy(existing);
    if (!out)
        return NULL;
    const char *k;
    json_t *v;
    json_object_foreach(input, k, v) {
        if (k[0] == '_') /* _version and the like are the server's */
            continue;
        json_object_set_new(out, k, merge_value(json_object_get(existing, k), v));
    }
    return out;
}
