/*
 * Run-time support for generated models (include/datastore/codegen.h):
 * list fields between JSON array text and ds_value items.
 *
 * This is the only part of the codegen module that generated code calls;
 * the rest of src/codegen/ runs inside `datastore codegen`. Text is
 * checked for size and nesting before jansson sees it (so hostile input
 * cannot make the parser recurse deeply), and parsed items are copied into
 * one allocation — values first, then their strings — so the caller frees
 * a single pointer.
 */
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datastore/codegen.h"
#include "util/err.h"
#include "util/json.h"

/* The list helpers read under the same limits as records. */
_Static_assert(DS_JSON_ARRAY_MAX_BYTES == DS__JSON_MAX_BYTES, "codegen.h and util/json.h disagree on size");
_Static_assert(DS_JSON_ARRAY_MAX_DEPTH == DS__JSON_MAX_DEPTH, "codegen.h and util/json.h disagree on depth");

/* ---- parsing -------------------------------------------------------------- */

/* The text an item contributes to the string area: a string's own bytes
 * (borrowed), or an object's or array's compact JSON (owned). */
typedef struct item_text {
    char *text;
    size_t len;
    bool owned;
} item_text;

static ds_status text_of(json_t *v, item_text *t, ds_error *err) {
    t->text = NULL;
    t->len = 0;
    t->owned = false;
    if (json_is_string(v)) {
        t->text = (char *)json_string_value(v);
        t->len = json_string_length(v);
    } else if (json_is_object(v) || json_is_array(v)) {
        if (!(t->text = json_dumps(v, JSON_COMPACT | JSON_REAL_PRECISION(17))))
            return ds__error(err, DS_ERR_NOMEM, "JSON array: out of memory");
        t->owned = true;
        t->len = strlen(t->text);
    }
    return DS_OK;
}

ds_status ds_json_array_parse(ds_value **items, size_t *count, const char *json, size_t len, ds_error *err) {
    json_t *root = NULL;
    item_text *texts = NULL;
    ds_value *vals = NULL;
    size_t n = 0;
    ds_status rc;
    if (!items || !count)
        return ds__error(err, DS_ERR_INVALID, "ds_json_array_parse: %s is NULL", items ? "count" : "items");
    *items = NULL;
    *count = 0;
    if (!json)
        return ds__error(err, DS_ERR_INVALID, "ds_json_array_parse: the JSON text is NULL");
    if ((rc = ds__json_parse(&root, json, len, "JSON array", err)) != DS_OK)
        return rc;
    if (!json_is_array(root)) {
        rc = ds__error(err, DS_ERR_INVALID, "JSON array: the text is not an array");
        goto done;
    }
    if ((n = json_array_size(root)) == 0)
        goto done;
    /* Texts first, so the values and their strings fit one allocation. */
    if (!(texts = calloc(n, sizeof *texts))) {
        rc = ds__error(err, DS_ERR_NOMEM, "JSON array: out of memory");
        goto done;
    }
    size_t bytes = n * sizeof *vals;
    for (size_t i = 0; i < n; i++) {
        if ((rc = text_of(json_array_get(root, i), &texts[i], err)) != DS_OK)
            goto done;
        if (texts[i].text)
            bytes += texts[i].len + 1;
    }
    if (!(vals = malloc(bytes))) {
        rc = ds__error(err, DS_ERR_NOMEM, "JSON array: out of memory");
        goto done;
    }
    char *area = (char *)(vals + n);
    for (size_t i = 0; i < n; i++) {
        json_t *v = json_array_get(root, i);
        switch (json_typeof(v)) {
        case JSON_NULL: vals[i] = ds_null(); break;
        case JSON_TRUE: vals[i] = ds_bool(true); break;
        case JSON_FALSE: vals[i] = ds_bool(false); break;
        case JSON_INTEGER: vals[i] = ds_int((int64_t)json_integer_value(v)); break;
        case JSON_REAL: vals[i] = ds_float(json_real_value(v)); break;
        case JSON_STRING:
        case JSON_OBJECT:
        case JSON_ARRAY:
            memcpy(area, texts[i].text, texts[i].len);
            area[texts[i].len] = '\0';
            vals[i].type = json_is_string(v) ? DS_VALUE_STRING : DS_VALUE_JSON;
            vals[i].u.s.ptr = area;
            vals[i].u.s.len = texts[i].len;
            area += texts[i].len + 1;
            break;
        }
    }
    *items = vals;
    *count = n;
    vals = NULL;
done:
    for (size_t i = 0; texts && i < n; i++)
        if (texts[i].owned)
            free(texts[i].text);
    free(texts);
    free(vals);
    json_decref(root);
    return rc;
}

/* ---- writing -------------------------------------------------------------- */

static json_t *item_json(const ds_value *v, size_t i, ds_status *rc, ds_error *err) {
    json_t *j = NULL;
    switch (v->type) {
    case DS_VALUE_NULL: j = json_null(); break;
    case DS_VALUE_BOOL: j = json_boolean(v->u.b); break;
    case DS_VALUE_INT: j = json_integer((json_int_t)v->u.i); break;
    case DS_VALUE_FLOAT:
        if (!isfinite(v->u.f)) {
            *rc = ds__error(err, DS_ERR_INVALID, "JSON array: item %zu is a non-finite float", i);
            return NULL;
        }
        j = json_real(v->u.f);
        break;
    case DS_VALUE_STRING:
        if (!v->u.s.ptr) {
            *rc = ds__error(err, DS_ERR_INVALID, "JSON array: item %zu is a NULL string", i);
            return NULL;
        }
        if (!(j = json_stringn(v->u.s.ptr, v->u.s.len))) {
            *rc = ds__error(err, DS_ERR_INVALID, "JSON array: item %zu is not UTF-8 or holds a NUL byte", i);
            return NULL;
        }
        break;
    case DS_VALUE_JSON: {
        if (!v->u.s.ptr) {
            *rc = ds__error(err, DS_ERR_INVALID, "JSON array: item %zu is a NULL string", i);
            return NULL;
        }
        char what[48];
        snprintf(what, sizeof what, "JSON array item %zu", i);
        if ((*rc = ds__json_parse(&j, v->u.s.ptr, v->u.s.len, what, err)) != DS_OK)
            return NULL;
        break;
    }
    }
    if (!j)
        *rc = ds__error(err, DS_ERR_NOMEM, "JSON array: out of memory");
    return j;
}

ds_status ds_json_array_write(char **out, const ds_value *items, size_t count, ds_error *err) {
    ds_status rc = DS_OK;
    json_t *arr = NULL;
    if (!out)
        return ds__error(err, DS_ERR_INVALID, "ds_json_array_write: out is NULL");
    *out = NULL;
    if (count && !items)
        return ds__error(err, DS_ERR_INVALID, "ds_json_array_write: items is NULL");
    if (!(arr = json_array()))
        return ds__error(err, DS_ERR_NOMEM, "JSON array: out of memory");
    for (size_t i = 0; i < count; i++) {
        json_t *j = item_json(&items[i], i, &rc, err);
        if (!j)
            goto done;
        if (json_array_append_new(arr, j) != 0) {
            rc = ds__error(err, DS_ERR_NOMEM, "JSON array: out of memory");
            goto done;
        }
    }
    /* 17 significant digits: every double reads back as itself. */
    char *text = json_dumps(arr, JSON_COMPACT | JSON_REAL_PRECISION(17));
    if (!text) {
        rc = ds__error(err, DS_ERR_NOMEM, "JSON array: out of memory");
        goto done;
    }
    if (strlen(text) > DS_JSON_ARRAY_MAX_BYTES) {
        free(text);
        rc = ds__error(err, DS_ERR_LIMIT, "JSON array: text over the limit of %zu bytes", DS_JSON_ARRAY_MAX_BYTES);
        goto done;
    }
    *out = text;
done:
    json_decref(arr);
    return rc;
}
