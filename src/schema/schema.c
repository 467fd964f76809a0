/*
 * The schema layer: from schema.graphql text to the model registry.
 *
 * Design. A schema passes four stages, each with one job:
 *
 *   text ──parse──▶ AST ──validate──▶ AST ──build──▶ build model ──freeze──▶ registry
 *        (graphql/)     (validate.c)       (build.c)              (freeze.c)
 *
 * Parsing stops at the first syntax error (nothing after it can be trusted).
 * Validation runs every check to the end and collects all errors, so a user
 * fixing a schema sees everything at once. Only a document without errors
 * is built; the builder follows Amplify's model generator step by step
 * (see build.c) and the introspection document is taken from its result.
 * Freezing copies everything into one arena: the registry is immutable,
 * owns no other memory, and is safe to share between threads.
 *
 * Invariants: ds_schema_parse() returns either a complete registry or none
 * (never a partial one); every error carries file, line and column when it
 * has a place in the text; the version string is a hash of the schema's
 * meaning (the introspection document plus what it leaves out: defaults
 * and field-level auth), so formatting, comments and definition order do
 * not change it.
 */
#include <errno.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graphql/parser.h"
#include "schema/internal.h"

/* The meaning the version hashes: introspection plus what it omits. */
static json_t *meaning(const ds_schema *s) {
    json_t *root = json_object();
    json_object_set(root, "introspection", s->introspection);
    json_t *extra = json_object();
    for (size_t i = 0; i < s->model_count + s->nonmodel_count; i++) {
        const ds_model *m = i < s->model_count ? &s->models[i] : &s->nonmodels[i - s->model_count];
        json_t *fields = json_object();
        for (size_t k = 0; k < m->field_count; k++) {
            const ds_field *f = &m->fields[k];
            if (!f->default_value && !f->auth_rule_count)
                continue;
            json_t *o = json_object();
            if (f->default_value)
                json_object_set_new(o, "default", json_string(f->default_value));
            json_t *rules = json_array();
            for (size_t r = 0; r < f->auth_rule_count; r++) {
                const ds_auth_rule *a = &f->auth_rules[r];
                json_t *rule = json_pack("{s:i,s:i,s:i,s:s?,s:s?,s:s?,s:s?}", "allow", (int)a->allow, "provider",
                                         (int)a->provider, "ops", (int)a->operations, "owner", a->owner_field,
                                         "claim", a->identity_claim, "gclaim", a->group_claim, "gfield",
                                         a->groups_field);
                json_t *groups = json_array();
                for (size_t g = 0; g < a->group_count; g++)
                    json_array_append_new(groups, json_string(a->groups[g]));
                json_object_set_new(rule, "groups", groups);
                json_array_append_new(rules, rule);
            }
            json_object_set_new(o, "auth", rules);
            json_object_set_new(fields, f->name, o);
        }
        if (json_object_size(fields))
            json_object_set_new(extra, m->name, fields);
        else
            json_decref(fields);
    }
    json_object_set_new(root, "extra", extra);
    return root;
}

static bool compute_version(ds_schema *s) {
    json_t *m = meaning(s);
    char *text = m ? json_dumps(m, JSON_COMPACT | JSON_SORT_KEYS) : NULL;
    json_decref(m);
    if (!text)
        return false;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    int ok = EVP_Digest(text, strlen(text), digest, &len, EVP_sha256(), NULL);
    free(text);
    if (!ok)
        return false;
    static const char hex[] = "0123456789abcdef";
    for (unsigned i = 0; i < len && i < 32; i++) {
        s->version[2 * i] = hex[digest[i] >> 4];
        s->version[2 * i + 1] = hex[digest[i] & 15];
    }
    s->version[64] = '\0';
    return true;
}

/* Parses, validates and (when want_schema) builds. Diagnostics go to d. */
static ds_status run(const char *text, size_t len, ds__diags *d, ds_schema **out) {
    if (out)
        *out = NULL;
    if (!text && len) {
        ds__diags_add(d, DS_ERR_INVALID, 0, 0, "no schema text given");
        return DS_ERR_INVALID;
    }
    ds__gql_doc *doc = NULL;
    /* Amplify's tools parse with graphql-js 15: accept what it accepts. */
    ds_status rc = ds__gql_parse_sdl_flags(text ? text : "", len, DS__GQL_SDL_RESERVED_ENUM_VALUES, &doc, d);
    if (rc != DS_OK)
        return rc;
    ds__schema_validate(doc, d);
    if (d->count > 0 || d->nomem) {
        ds__gql_doc_free(doc);
        return d->count ? d->items[0].code : DS_ERR_NOMEM;
    }
    bschema bs;
    memset(&bs, 0, sizeof bs);
    bs.diags = d;
    rc = ds__schema_build(&bs, doc);
    ds_schema *s = NULL;
    if (rc == DS_OK && out) {
        s = calloc(1, sizeof *s);
        if (!s || !(s->arena = ds__arena_new(0)) || !(s->introspection = ds__schema_introspection(&bs)) ||
            (rc = ds__schema_freeze(s, &bs)) != DS_OK || !compute_version(s)) {
            ds_schema_free(s);
            s = NULL;
            if (rc == DS_OK)
                rc = DS_ERR_NOMEM;
            ds__diags_add(d, rc, 0, 0, "out of memory while building the registry");
        }
    }
    ds__bschema_free(&bs);
    if (s) {
        s->doc = doc; /* kept for ds__schema_document() */
        doc = NULL;
    }
    ds__gql_doc_free(doc);
    if (out)
        *out = s;
    return rc;
}

ds_status ds_schema_parse(ds_schema **out, const char *text, size_t len, const char *filename, ds_error *err) {
    ds_error_clear(err);
    if (!out)
        return ds__error(err, DS_ERR_INVALID, "ds_schema_parse: out must not be NULL");
    ds__diags d;
    ds__diags_init(&d, filename ? filename : "<schema>");
    ds_status rc = run(text, len, &d, out);
    if (rc != DS_OK) {
        ds__diags_sort(&d);
        ds__diags_to_error(&d, err);
    }
    ds__diags_free(&d);
    return rc;
}

static char *read_file(const char *path, size_t *len, ds_error *err) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        ds__error(err, DS_ERR_IO, "%s: cannot open: %s", path, strerror(errno));
        return NULL;
    }
    size_t cap = 8192, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        if (n == cap) {
            if (cap >= DS__GQL_MAX_SOURCE) {
                free(buf);
                fclose(f);
                ds__error(err, DS_ERR_LIMIT, "%s: larger than the %zu-byte limit for a schema", path,
                          (size_t)DS__GQL_MAX_SOURCE);
                return NULL;
            }
            char *p = realloc(buf, cap * 2);
            if (!p)
                break;
            buf = p;
            cap *= 2;
        }
        size_t r = fread(buf + n, 1, cap - n, f);
        n += r;
        if (r == 0)
            break;
    }
    bool failed = ferror(f);
    fclose(f);
    if (!buf) {
        ds__error(err, DS_ERR_NOMEM, "%s: out of memory reading the file", path);
        return NULL;
    }
    if (failed) {
        free(buf);
        ds__error(err, DS_ERR_IO, "%s: read error", path);
        return NULL;
    }
    *len = n;
    return buf;
}

ds_status ds_schema_load(ds_schema **out, const char *path, ds_error *err) {
    ds_error_clear(err);
    if (!out || !path)
        return ds__error(err, DS_ERR_INVALID, "ds_schema_load: out and path must not be NULL");
    *out = NULL;
    size_t len = 0;
    char *text = read_file(path, &len, err);
    if (!text)
        return err ? err->code : DS_ERR_IO;
    ds_status rc = ds_schema_parse(out, text, len, path, err);
    free(text);
    return rc;
}

ds_status ds_schema_check(const char *text, size_t len, const char *filename, ds_schema_diag_fn fn, void *userdata,
                          ds_error *err) {
    ds_error_clear(err);
    ds__diags d;
    ds__diags_init(&d, filename ? filename : "<schema>");
    ds_status rc = run(text, len, &d, NULL);
    ds__diags_sort(&d);
    for (size_t i = 0; fn && i < d.count; i++) {
        ds_schema_diag diag = {d.items[i].code, d.file, d.items[i].line, d.items[i].column, d.items[i].message};
        fn(&diag, userdata);
    }
    if (rc != DS_OK)
        ds__diags_to_error(&d, err);
    ds__diags_free(&d);
    return rc;
}

void ds_schema_free(ds_schema *s) {
    if (!s)
        return;
    json_decref(s->introspection);
    ds__gql_doc_free(s->doc);
    ds__arena_free(s->arena);
    free(s);
}

const char *ds_schema_version(const ds_schema *s) { return s->version; }

size_t ds_schema_model_count(const ds_schema *s) { return s->model_count; }

const ds_model *ds_schema_model_at(const ds_schema *s, size_t i) { return i < s->model_count ? &s->models[i] : NULL; }

const ds_model *ds_schema_model(const ds_schema *s, const char *name) {
    for (size_t i = 0; name && i < s->model_count; i++)
        if (!strcmp(s->models[i].name, name))
            return &s->models[i];
    return NULL;
}

size_t ds_schema_nonmodel_count(const ds_schema *s) { return s->nonmodel_count; }

const ds_model *ds_schema_nonmodel_at(const ds_schema *s, size_t i) {
    return i < s->nonmodel_count ? &s->nonmodels[i] : NULL;
}

const ds_model *ds_schema_nonmodel(const ds_schema *s, const char *name) {
    for (size_t i = 0; name && i < s->nonmodel_count; i++)
        if (!strcmp(s->nonmodels[i].name, name))
            return &s->nonmodels[i];
    return NULL;
}

size_t ds_schema_enum_count(const ds_schema *s) { return s->enum_count; }

const ds_enum *ds_schema_enum_at(const ds_schema *s, size_t i) { return i < s->enum_count ? &s->enums[i] : NULL; }

const ds_enum *ds_schema_enum(const ds_schema *s, const char *name) {
    for (size_t i = 0; name && i < s->enum_count; i++)
        if (!strcmp(s->enums[i].name, name))
            return &s->enums[i];
    return NULL;
}

const ds_field *ds_model_field(const ds_model *m, const char *name) {
    for (size_t i = 0; m && name && i < m->field_count; i++)
        if (!strcmp(m->fields[i].name, name))
            return &m->fields[i];
    return NULL;
}

bool ds_enum_has_value(const ds_enum *e, const char *value) {
    for (size_t i = 0; e && value && i < e->value_count; i++)
        if (!strcmp(e->values[i], value))
            return true;
    return false;
}

char *ds_schema_introspection_json(const ds_schema *s, bool pretty) {
    return json_dumps(s->introspection, pretty ? JSON_INDENT(4) : JSON_COMPACT);
}
