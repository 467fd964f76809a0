/*
 * The API generator's output document: memory, the transformer's name
 * helpers (graphql-transformer-common's toUpper, toCamelCase, graphqlName,
 * plurality with pluralize, the 50-character subscription names), type
 * references, directives, fields and definitions, and the few edits every
 * transformer shares (addObjectExtension with directives,
 * addDirectivesToField, addQueryFields & co.).
 */
#include <ctype.h>
#include <openssl/evp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "schema/internal.h"
#include "server/api_internal.h"
#include "util/plural.h"

/* ---- memory ------------------------------------------------------------- */

void *api_alloc(api_ctx *c, size_t n) {
    void *p = c->nomem ? NULL : ds__arena_alloc(c->arena, n ? n : 1);
    if (!p)
        c->nomem = true;
    return p;
}

const char *api_strdup(api_ctx *c, const char *s) {
    if (!s)
        return NULL;
    char *p = c->nomem ? NULL : ds__arena_strdup(c->arena, s);
    if (!p)
        c->nomem = true;
    return p;
}

const char *api_printf(api_ctx *c, const char *fmt, ...) {
    if (c->nomem)
        return NULL; /* an argument may be a NULL from a failed allocation */
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) {
        c->nomem = true;
        return NULL;
    }
    char *p = api_alloc(c, (size_t)n + 1);
    if (!p)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

bool api_vec_push(api_ctx *c, api_vec *v, void *p) {
    if (v->count == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 8;
        void **items = api_alloc(c, cap * sizeof *items);
        if (!items)
            return false;
        if (v->count)
            memcpy(items, v->items, v->count * sizeof *items);
        v->items = items; /* the old array stays in the arena */
        v->cap = cap;
    }
    v->items[v->count++] = p;
    return true;
}

void api_vec_remove(api_vec *v, size_t i) {
    if (i >= v->count)
        return;
    memmove(&v->items[i], &v->items[i + 1], (v->count - i - 1) * sizeof *v->items);
    v->count--;
}

api_vec api_vec_copy(api_ctx *c, const api_vec *v) {
    api_vec out = {0};
    for (size_t i = 0; i < v->count; i++)
        api_vec_push(c, &out, v->items[i]);
    return out;
}

/* ---- names -------------------------------------------------------------- */

const char *api_to_upper(api_ctx *c, const char *s) {
    char *p = (char *)api_strdup(c, s);
    if (p && *p)
        p[0] = (char)toupper((unsigned char)p[0]);
    return p;
}

const char *api_to_lower(api_ctx *c, const char *s) {
    char *p = (char *)api_strdup(c, s);
    if (p && *p)
        p[0] = (char)tolower((unsigned char)p[0]);
    return p;
}

const char *api_camel(api_ctx *c, const char *const *words, size_t n) {
    size_t len = 1;
    for (size_t i = 0; i < n; i++)
        len += words[i] ? strlen(words[i]) : 0;
    char *p = api_alloc(c, len);
    if (!p)
        return NULL;
    size_t at = 0;
    bool first = true;
    for (size_t i = 0; i < n; i++) {
        const char *w = words[i];
        if (!w || !*w)
            continue; /* toCamelCase drops empty words */
        size_t wl = strlen(w);
        memcpy(p + at, w, wl);
        p[at] = (char)(first ? tolower((unsigned char)w[0]) : toupper((unsigned char)w[0]));
        at += wl;
        first = false;
    }
    p[at] = '\0';
    return p;
}

const char *api_camel2(api_ctx *c, const char *a, const char *b) {
    const char *w[2] = {a, b};
    return api_camel(c, w, 2);
}

const char *api_camel3(api_ctx *c, const char *a, const char *b, const char *d) {
    const char *w[3] = {a, b, d};
    return api_camel(c, w, 3);
}

const char *api_graphql_name(api_ctx *c, const char *s) {
    /* val.replace(/^[^_A-Za-z]+|[^_0-9A-Za-z]/g, '') */
    char *p = api_alloc(c, strlen(s) + 1);
    if (!p)
        return NULL;
    size_t at = 0;
    bool lead = true;
    for (const char *q = s; *q; q++) {
        unsigned char ch = (unsigned char)*q;
        bool letter = ch == '_' || (ch < 128 && isalpha(ch));
        bool word = letter || (ch < 128 && isdigit(ch));
        if (lead && !letter)
            continue;
        lead = false;
        if (word)
            p[at++] = (char)ch;
    }
    p[at] = '\0';
    return p;
}

const char *api_pluralize(api_ctx *c, const char *s) {
    char *p = ds__plural(s);
    if (!p) {
        c->nomem = true;
        return NULL;
    }
    const char *r = api_strdup(c, p);
    free(p);
    return r;
}

const char *api_subscription_name(api_ctx *c, const char *name) {
    if (!name || strlen(name) <= 50)
        return name;
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!EVP_Digest(name, strlen(name), md, &len, EVP_md5(), NULL) || len < 3) {
        c->nomem = true;
        return NULL;
    }
    char hex[7];
    snprintf(hex, sizeof hex, "%02x%02x%02x", md[0], md[1], md[2]);
    return api_printf(c, "%.45s%.5s", name, hex);
}

/* ---- types -------------------------------------------------------------- */

static ds__gql_type *type_new(api_ctx *c, ds__gql_type_kind kind) {
    ds__gql_type *t = api_alloc(c, sizeof *t);
    if (t)
        t->kind = kind;
    return t;
}

const ds__gql_type *api_named(api_ctx *c, const char *name) {
    ds__gql_type *t = type_new(c, DS__GQL_TYPE_NAMED);
    if (t)
        t->name = api_strdup(c, name);
    return t;
}

const ds__gql_type *api_non_null(api_ctx *c, const ds__gql_type *t) {
    if (!t || t->kind == DS__GQL_TYPE_NON_NULL)
        return t;
    ds__gql_type *n = type_new(c, DS__GQL_TYPE_NON_NULL);
    if (n)
        n->of = (ds__gql_type *)t;
    return n;
}

const ds__gql_type *api_list(api_ctx *c, const ds__gql_type *t) {
    ds__gql_type *n = type_new(c, DS__GQL_TYPE_LIST);
    if (n)
        n->of = (ds__gql_type *)t;
    return n;
}

const ds__gql_type *api_unwrap_non_null(const ds__gql_type *t) {
    while (t && t->kind == DS__GQL_TYPE_NON_NULL)
        t = t->of;
    return t;
}

const ds__gql_type *api_with_base(api_ctx *c, const ds__gql_type *t, const char *name) {
    if (!t)
        return NULL;
    if (t->kind == DS__GQL_TYPE_NAMED)
        return api_named(c, name);
    const ds__gql_type *inner = api_with_base(c, t->of, name);
    return t->kind == DS__GQL_TYPE_LIST ? api_list(c, inner) : api_non_null(c, inner);
}

const char *api_base(const ds__gql_type *t) {
    while (t && t->kind != DS__GQL_TYPE_NAMED)
        t = t->of;
    return t ? t->name : "";
}

bool api_is_list(const ds__gql_type *t) {
    while (t && t->kind == DS__GQL_TYPE_NON_NULL)
        t = t->of;
    return t && t->kind == DS__GQL_TYPE_LIST;
}

bool api_is_non_null(const ds__gql_type *t) { return t && t->kind == DS__GQL_TYPE_NON_NULL; }

const char *api_scalar_override(const char *name) {
    static const char *const map[][2] = {
        {"String", "String"},     {"Int", "Int"},           {"Float", "Float"},       {"Boolean", "Boolean"},
        {"ID", "ID"},             {"BigInt", "Int"},        {"Double", "Float"},      {"AWSDate", "String"},
        {"AWSTime", "String"},    {"AWSDateTime", "String"}, {"AWSTimestamp", "Int"}, {"AWSEmail", "String"},
        {"AWSJSON", "String"},    {"AWSURL", "String"},     {"AWSPhone", "String"},   {"AWSIPAddress", "String"},
    };
    for (size_t i = 0; name && i < sizeof map / sizeof *map; i++)
        if (!strcmp(map[i][0], name))
            return map[i][1];
    return NULL;
}

bool api_is_scalar(const ds__gql_type *t) { return api_scalar_override(api_base(t)) != NULL; }

/* ---- directives --------------------------------------------------------- */

api_dir *api_dir_new(api_ctx *c, const char *name, const ds__gql_argument *args) {
    api_dir *d = api_alloc(c, sizeof *d);
    if (d) {
        d->name = api_strdup(c, name);
        d->args = args;
    }
    return d;
}

const api_dir *api_find_dir(const api_vec *dirs, const char *name) {
    for (size_t i = 0; i < dirs->count; i++) {
        const api_dir *d = dirs->items[i];
        if (!strcmp(d->name, name))
            return d;
    }
    return NULL;
}

const ds__gql_value *api_dir_arg(const api_dir *d, const char *name) {
    const ds__gql_argument *a = d ? ds__gql_find_argument(d->args, name) : NULL;
    return a ? a->value : NULL;
}

const ds__gql_argument *api_string_list_arg(api_ctx *c, const char *arg, const char *const *items, size_t n) {
    ds__gql_argument *a = api_alloc(c, sizeof *a);
    ds__gql_value *list = api_alloc(c, sizeof *list);
    if (!a || !list)
        return NULL;
    a->name = api_strdup(c, arg);
    a->value = list;
    list->kind = DS__GQL_VAL_LIST;
    ds__gql_value **tail = &list->items;
    for (size_t i = 0; i < n; i++) {
        ds__gql_value *v = api_alloc(c, sizeof *v);
        if (!v)
            return NULL;
        v->kind = DS__GQL_VAL_STRING;
        v->str = api_strdup(c, items[i]);
        v->len = items[i] ? strlen(items[i]) : 0;
        *tail = v;
        tail = &v->next;
    }
    return a;
}

json_t *api_dir_args_json(const api_dir *d) {
    json_t *o = json_object();
    for (const ds__gql_argument *a = d ? d->args : NULL; o && a; a = a->next)
        if (json_object_set_new(o, a->name, ds__value_to_json(a->value)) != 0) {
            json_decref(o);
            return NULL;
        }
    return o;
}

/* ---- fields ------------------------------------------------------------- */

api_field *api_field_new(api_ctx *c, const char *name, const ds__gql_type *type) {
    api_field *f = api_alloc(c, sizeof *f);
    if (f) {
        f->name = api_strdup(c, name);
        f->type = type;
    }
    return f;
}

api_field *api_field_dup(api_ctx *c, const api_field *f) {
    api_field *n = api_alloc(c, sizeof *n);
    if (!n)
        return NULL;
    *n = *f;
    n->args = api_vec_copy(c, &f->args);
    n->dirs = api_vec_copy(c, &f->dirs);
    return n;
}

size_t api_field_index(const api_def *d, const char *name) {
    for (size_t i = 0; d && i < d->fields.count; i++)
        if (!strcmp(((const api_field *)d->fields.items[i])->name, name))
            return i;
    return SIZE_MAX;
}

api_field *api_field_find(const api_def *d, const char *name) {
    size_t i = api_field_index(d, name);
    return i == SIZE_MAX ? NULL : d->fields.items[i];
}

bool api_def_has_field(const api_def *d, const char *name) { return api_field_index(d, name) != SIZE_MAX; }

void api_def_add_field(api_ctx *c, api_def *d, api_field *f) {
    if (d && f)
        api_vec_push(c, &d->fields, f);
}

void api_def_replace_field(api_def *d, api_field *f) {
    if (!d || !f)
        return;
    size_t i = api_field_index(d, f->name);
    if (i != SIZE_MAX)
        d->fields.items[i] = f;
}

void api_def_remove_field(api_def *d, const char *name) {
    size_t i = api_field_index(d, name);
    if (i != SIZE_MAX)
        api_vec_remove(&d->fields, i);
}

api_field *api_field_with_dirs(api_ctx *c, const api_field *f, api_dir *const *dirs, size_t n) {
    api_field *out = NULL;
    for (size_t i = 0; i < n; i++) {
        if (api_find_dir(out ? &out->dirs : &f->dirs, dirs[i]->name))
            continue;
        if (!out && !(out = api_field_dup(c, f)))
            return NULL;
        api_vec_push(c, &out->dirs, dirs[i]);
    }
    return out ? out : (api_field *)f;
}

/* ---- definitions -------------------------------------------------------- */

api_def *api_def_new(api_ctx *c, ds__gql_def_kind kind, const char *name) {
    api_def *d = api_alloc(c, sizeof *d);
    if (d) {
        d->kind = kind;
        d->name = api_strdup(c, name);
    }
    return d;
}

api_def *api_def_copy(api_ctx *c, const api_def *d) {
    api_def *n = api_alloc(c, sizeof *n);
    if (!n)
        return NULL;
    *n = *d;
    n->fields = api_vec_copy(c, &d->fields);
    n->dirs = api_vec_copy(c, &d->dirs);
    n->values = api_vec_copy(c, &d->values);
    n->interfaces = api_vec_copy(c, &d->interfaces);
    n->members = api_vec_copy(c, &d->members);
    return n;
}

/* The output is looked up by name all the time (thousands of types for a
 * large schema), so its names are indexed: open addressing over FNV-1a. */
static size_t name_hash(const char *s) {
    uint64_t h = 1469598103934665603u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return (size_t)h;
}

static void slot_insert(size_t *slots, size_t cap, const api_vec *out, size_t i) {
    size_t h = name_hash(((const api_def *)out->items[i])->name) & (cap - 1);
    while (slots[h])
        h = (h + 1) & (cap - 1);
    slots[h] = i + 1;
}

static bool reindex(api_ctx *c, size_t cap) {
    size_t *slots = api_alloc(c, cap * sizeof *slots);
    if (!slots)
        return false;
    for (size_t i = 0; i < c->output.count; i++)
        slot_insert(slots, cap, &c->output, i);
    c->out_slots = slots;
    c->out_slot_cap = cap;
    return true;
}

static size_t out_index(api_ctx *c, const char *name) {
    if (!name || !c->out_slots)
        return SIZE_MAX;
    for (size_t h = name_hash(name) & (c->out_slot_cap - 1); c->out_slots[h]; h = (h + 1) & (c->out_slot_cap - 1))
        if (!strcmp(((api_def *)c->output.items[c->out_slots[h] - 1])->name, name))
            return c->out_slots[h] - 1;
    return SIZE_MAX;
}

static void out_append(api_ctx *c, api_def *d) {
    if (!d || !api_vec_push(c, &c->output, d))
        return;
    if ((c->output.count + 1) * 2 > c->out_slot_cap) {
        if (!reindex(c, c->out_slot_cap ? c->out_slot_cap * 2 : 256))
            return;
    } else {
        slot_insert(c->out_slots, c->out_slot_cap, &c->output, c->output.count - 1);
    }
}

void api_out_remove(api_ctx *c, size_t i) {
    if (i >= c->output.count)
        return;
    api_vec_remove(&c->output, i);
    reindex(c, c->out_slot_cap ? c->out_slot_cap : 256);
}

api_def *api_out_get(api_ctx *c, const char *name) {
    size_t i = out_index(c, name);
    return i == SIZE_MAX ? NULL : c->output.items[i];
}

api_def *api_out_object(api_ctx *c, const char *name) {
    api_def *d = api_out_get(c, name);
    return d && d->kind == DS__GQL_DEF_OBJECT ? d : NULL;
}

bool api_out_has(api_ctx *c, const char *name) { return out_index(c, name) != SIZE_MAX; }

void api_out_add(api_ctx *c, api_def *d) {
    if (d && !api_out_has(c, d->name))
        out_append(c, d);
}

void api_out_put(api_ctx *c, api_def *d) {
    if (!d)
        return;
    size_t i = out_index(c, d->name);
    if (i == SIZE_MAX)
        out_append(c, d);
    else
        c->output.items[i] = d;
}

api_def *api_in_get(api_ctx *c, const char *name) {
    for (size_t i = 0; name && i < c->input.count; i++)
        if (!strcmp(((api_def *)c->input.items[i])->name, name))
            return c->input.items[i];
    return NULL;
}

bool api_in_is_enum(api_ctx *c, const char *name) {
    const api_def *d = api_in_get(c, name);
    return d && d->kind == DS__GQL_DEF_ENUM;
}

bool api_def_is_model(const api_def *d) { return d && api_find_dir(&d->dirs, "model") != NULL; }

void api_extend_type_dirs(api_ctx *c, const char *type, api_dir *const *dirs, size_t n) {
    api_def *d = api_out_object(c, type);
    if (!d)
        return; /* the transformer throws; never for the types it extends */
    for (size_t i = 0; i < n; i++)
        if (!api_find_dir(&d->dirs, dirs[i]->name))
            api_vec_push(c, &d->dirs, dirs[i]);
}

void api_add_dirs_to_field(api_ctx *c, const char *type, const char *field, api_dir *const *dirs, size_t n) {
    api_def *d = api_out_get(c, type);
    size_t i = api_field_index(d, field);
    if (i == SIZE_MAX)
        return;
    api_field *f = api_field_with_dirs(c, d->fields.items[i], dirs, n);
    if (!f)
        return;
    api_vec_remove(&d->fields, i); /* filter, then append: the field moves last */
    api_vec_push(c, &d->fields, f);
}

void api_add_dirs_to_operation(api_ctx *c, const char *type, const char *field, api_dir *const *dirs, size_t n) {
    api_add_dirs_to_field(c, type, field, dirs, n);
    const api_field *f = api_field_find(api_out_get(c, type), field);
    if (f && f->type && f->type->kind == DS__GQL_TYPE_NAMED)
        api_extend_type_dirs(c, f->type->name, dirs, n);
}

void api_add_root_fields(api_ctx *c, const char *root, api_field *const *fields, size_t n) {
    api_def *d = api_out_get(c, root);
    if (!d) {
        d = api_def_new(c, DS__GQL_DEF_OBJECT, root);
        out_append(c, d);
    }
    if (!d)
        return;
    for (size_t i = 0; i < n; i++)
        if (fields[i] && !api_def_has_field(d, fields[i]->name))
            api_vec_push(c, &d->fields, fields[i]);
}

/* ---- JSON arguments ----------------------------------------------------- */

api_names api_names_from_json(api_ctx *c, json_t *v) {
    api_names n = {NULL, 0, false};
    if (!v || json_is_null(v))
        return n;
    n.present = true;
    if (json_is_string(v)) {
        n.items = api_alloc(c, sizeof *n.items);
        if (n.items) {
            n.items[0] = api_strdup(c, json_string_value(v));
            n.count = 1;
        }
        return n;
    }
    if (!json_is_array(v))
        return n;
    n.items = api_alloc(c, (json_array_size(v) + 1) * sizeof *n.items);
    for (size_t i = 0; n.items && i < json_array_size(v); i++) {
        json_t *it = json_array_get(v, i);
        n.items[n.count++] = json_is_string(it) ? api_strdup(c, json_string_value(it)) : NULL;
    }
    return n;
}

bool api_names_has(const api_names *n, const char *s) {
    for (size_t i = 0; s && i < n->count; i++)
        if (n->items[i] && !strcmp(n->items[i], s))
            return true;
    return false;
}
