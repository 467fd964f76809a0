/*
 * Building the model set the way Amplify's model generator does.
 *
 * The generator (@aws-amplify/appsync-modelgen-plugin, transformer v2 mode,
 * custom primary keys respected) is the reference for what a schema means
 * to DataStore clients: which fields a model has, in which order, which of
 * them are implicit, how relationships resolve and what the foreign keys are
 * called. Its behaviour depends on the order in which it does things (the
 * first rule to add a field decides its nullability), so this file follows
 * the same sequence over the same kind of intermediate state:
 *
 *   1. collect object, input and enum definitions in document order, with
 *      `extend` merged in; models get their primary key field (adding `id`
 *      when there is no @primaryKey), their timestamps, and `id` first;
 *   2. key attributes: the primary key, then every @index;
 *   3. @manyToMany pairs become a generated join model with two
 *      @belongsTo fields, and each side a @hasMany to it;
 *   4. relationships, model by model and field by field: resolve the other
 *      side, name the foreign keys, add missing ones to the model that holds
 *      them, and add an index for a has-many nobody declared;
 *   5. model-typed fields that no relationship explains are dropped.
 *
 * Validation (validate.c) runs before and rejects what the generator would
 * crash on or AppSync's transformer would refuse; what remains here are
 * internal consistency checks that report rather than crash.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "schema/internal.h"
#include "util/buf.h"
#include "util/plural.h"

#define DEFAULT_KEY "id"

/* ---- small containers ---------------------------------------------------- */

static char *xstrdup(const char *s) {
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (p)
        memcpy(p, s, n);
    return p;
}

static bool dirs_push(bdirs *d, const char *name, json_t *args, const ds__gql_directive *ast) {
    if (!args)
        return false;
    if (d->count == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 4;
        bdir *p = realloc(d->items, cap * sizeof *p);
        if (!p) {
            json_decref(args);
            return false;
        }
        d->items = p;
        d->cap = cap;
    }
    d->items[d->count++] = (bdir){name, args, ast};
    return true;
}

static void dirs_free(bdirs *d) {
    for (size_t i = 0; i < d->count; i++)
        json_decref(d->items[i].args);
    free(d->items);
    d->items = NULL;
    d->count = d->cap = 0;
}

static bool fields_insert(bfields *fs, size_t at, bfield *f) {
    if (!f)
        return false;
    if (fs->count == fs->cap) {
        size_t cap = fs->cap ? fs->cap * 2 : 8;
        bfield **p = realloc(fs->items, cap * sizeof *p);
        if (!p)
            return false;
        fs->items = p;
        fs->cap = cap;
    }
    memmove(fs->items + at + 1, fs->items + at, (fs->count - at) * sizeof *fs->items);
    fs->items[at] = f;
    fs->count++;
    return true;
}

static void strv_free(char **v, size_t n) {
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

static void conn_free(bconn *c) {
    if (!c)
        return;
    strv_free(c->target_names, c->target_count);
    strv_free(c->associated_with, c->associated_count);
    free(c);
}

static void field_free(bfield *f) {
    if (!f)
        return;
    free(f->name);
    free(f->type);
    dirs_free(&f->dirs);
    strv_free(f->sort_keys, f->sort_count);
    conn_free(f->conn);
    free(f);
}

static void model_free(bmodel *m) {
    if (!m)
        return;
    free(m->name);
    dirs_free(&m->dirs);
    for (size_t i = 0; i < m->fields.count; i++)
        field_free(m->fields.items[i]);
    free(m->fields.items);
    free(m);
}

void ds__bschema_free(bschema *s) {
    for (size_t i = 0; i < s->count; i++)
        model_free(s->models[i]);
    free(s->models);
    for (size_t i = 0; i < s->enum_count; i++) {
        free(s->enums[i].values);
        free(s->enums[i].gen_values);
    }
    free(s->enums);
    memset(s, 0, sizeof *s);
}

bmodel *ds__bschema_find(const bschema *s, const char *name, bkind kind) {
    for (size_t i = 0; i < s->count; i++)
        if (s->models[i]->kind == kind && strcmp(s->models[i]->name, name) == 0)
            return s->models[i];
    return NULL;
}

bfield *ds__bmodel_field(const bmodel *m, const char *name) {
    for (size_t i = 0; i < m->fields.count; i++)
        if (strcmp(m->fields.items[i]->name, name) == 0)
            return m->fields.items[i];
    return NULL;
}

const bdir *ds__bfield_dir(const bfield *f, const char *name) {
    for (size_t i = 0; i < f->dirs.count; i++)
        if (strcmp(f->dirs.items[i].name, name) == 0)
            return &f->dirs.items[i];
    return NULL;
}

static const bdir *model_dir(const bmodel *m, const char *name) {
    for (size_t i = 0; i < m->dirs.count; i++)
        if (strcmp(m->dirs.items[i].name, name) == 0)
            return &m->dirs.items[i];
    return NULL;
}

static bool schema_push(bschema *s, bmodel *m) {
    if (!m)
        return false;
    if (s->count == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 8;
        bmodel **p = realloc(s->models, cap * sizeof *p);
        if (!p)
            return false;
        s->models = p;
        s->cap = cap;
    }
    s->models[s->count++] = m;
    return true;
}

static bfield *field_new(const char *name, const char *type, bool nullable) {
    bfield *f = calloc(1, sizeof *f);
    if (!f)
        return NULL;
    f->name = xstrdup(name);
    f->type = xstrdup(type);
    f->nullable = nullable;
    f->list_nullable = -1;
    f->read_only = -1;
    if (!f->name || !f->type) {
        field_free(f);
        return NULL;
    }
    return f;
}

/* addFieldToModel: append unless a field of that name exists. The copy is
 * the model's own. */
static bool add_field(bmodel *m, const char *name, const char *type, bool nullable) {
    if (ds__bmodel_field(m, name))
        return true;
    bfield *f = field_new(name, type, nullable);
    if (!f)
        return false;
    f->implicit = true;
    if (!fields_insert(&m->fields, m->fields.count, f)) {
        field_free(f);
        return false;
    }
    return true;
}

/* A JSON array of strings as a C view; NULL entries for non-strings. */
static size_t json_strings(json_t *a, const char **out, size_t max) {
    size_t n = 0;
    if (!json_is_array(a))
        return 0;
    for (size_t i = 0; i < json_array_size(a) && n < max; i++)
        out[n++] = json_string_value(json_array_get(a, i));
    return n;
}

/* ---- 1. collecting definitions ------------------------------------------ */

static const char *const SKIPPED_TYPES[] = {"AMPLIFY"};

static bool skipped(const char *name) {
    for (size_t i = 0; i < sizeof SKIPPED_TYPES / sizeof *SKIPPED_TYPES; i++)
        if (strcmp(name, SKIPPED_TYPES[i]) == 0)
            return true;
    return ds__is_amplify_type_name(name);
}

/* getTypeInfo: the named type's own `!` decides isRequired; the OUTERMOST
 * list decides isArrayNullable ([[T]!] is a nullable list). */
static void type_info(const ds__gql_type *t, bfield *f) {
    f->nullable = true;
    f->list = false;
    f->list_nullable = -1;
    bool non_null = false;
    while (t) {
        if (t->kind == DS__GQL_TYPE_NON_NULL) {
            non_null = true;
        } else if (t->kind == DS__GQL_TYPE_LIST) {
            if (!f->list)
                f->list_nullable = non_null ? 0 : 1;
            f->list = true;
            non_null = false;
        } else {
            f->nullable = !non_null;
            free(f->type);
            f->type = xstrdup(t->name);
            return;
        }
        t = t->of;
    }
}

static bool add_ast_directives(bdirs *d, const ds__gql_directive *list) {
    for (const ds__gql_directive *dir = list; dir; dir = dir->next) {
        json_t *args = json_object();
        if (!args)
            return false;
        for (const ds__gql_argument *a = dir->args; a; a = a->next)
            json_object_set_new(args, a->name, ds__value_to_json(a->value));
        /* The generator accepts `references: "x"` for a one-element list. */
        if (!strcmp(dir->name, "hasOne") || !strcmp(dir->name, "hasMany") || !strcmp(dir->name, "belongsTo")) {
            json_t *r = json_object_get(args, "references");
            if (r && !json_is_array(r)) {
                json_t *wrapped = json_array();
                json_array_append(wrapped, r);
                json_object_set_new(args, "references", wrapped);
            }
        }
        if (!dirs_push(d, dir->name, args, dir))
            return false;
    }
    return true;
}

static bool add_ast_fields(bmodel *m, const ds__gql_def *def) {
    for (const ds__gql_field *af = def->fields; af; af = af->next) {
        bfield *f = field_new(af->name, "", true);
        if (!f)
            return false;
        f->ast = af;
        type_info(af->type, f);
        if (!f->type || !add_ast_directives(&f->dirs, af->directives) ||
            !fields_insert(&m->fields, m->fields.count, f)) {
            field_free(f);
            return false;
        }
    }
    for (const ds__gql_input_value *iv = def->input_fields; iv; iv = iv->next) {
        bfield *f = field_new(iv->name, "", true);
        if (!f)
            return false;
        f->ast_input = iv;
        type_info(iv->type, f);
        if (!f->type || !add_ast_directives(&f->dirs, iv->directives) ||
            !fields_insert(&m->fields, m->fields.count, f)) {
            field_free(f);
            return false;
        }
    }
    return true;
}

static bool has_model_directive(const ds__gql_doc *doc, const char *name) {
    for (const ds__gql_def *d = doc->defs; d; d = d->next)
        if (d->kind == DS__GQL_DEF_OBJECT && !d->extend && d->name && strcmp(d->name, name) == 0 &&
            ds__gql_find_directive(d->directives, "model"))
            return true;
    return false;
}

static void root_types(bschema *s, const ds__gql_doc *doc) {
    s->query_type = "Query";
    s->mutation_type = "Mutation";
    s->subscription_type = "Subscription";
    for (const ds__gql_def *d = doc->defs; d; d = d->next) {
        if (d->kind != DS__GQL_DEF_SCHEMA)
            continue;
        for (const ds__gql_operation_type *op = d->operation_types; op; op = op->next) {
            if (!op->type)
                continue;
            if (!strcmp(op->operation, "query"))
                s->query_type = op->type->value;
            else if (!strcmp(op->operation, "mutation"))
                s->mutation_type = op->type->value;
            else if (!strcmp(op->operation, "subscription"))
                s->subscription_type = op->type->value;
        }
    }
}

static bool values_push(const char ***v, size_t *count, size_t *cap, const char *name) {
    if (*count == *cap) {
        size_t ncap = *cap ? *cap * 2 : 8;
        const char **p = realloc(*v, ncap * sizeof *p);
        if (!p)
            return false;
        *v = p;
        *cap = ncap;
    }
    (*v)[(*count)++] = name;
    return true;
}

static bool enum_add_values(benum *e, const ds__gql_def *def) {
    for (const ds__gql_enum_value *v = def->values; v; v = v->next)
        if (!values_push(&e->values, &e->value_count, &e->value_cap, v->name))
            return false;
    return true;
}

/* JavaScript enumerates an object's integer-like keys ("0" to
 * "4294967294", no leading zeros) first, in numeric order. */
static bool js_index_key(const char *k, unsigned long long *out) {
    if (!*k || (k[0] == '0' && k[1]) || strlen(k) > 10)
        return false;
    unsigned long long v = 0;
    for (const char *p = k; *p; p++) {
        if (*p < '0' || *p > '9')
            return false;
        v = v * 10 + (unsigned long long)(*p - '0');
    }
    *out = v;
    return v <= 4294967294ULL;
}

/*
 * The values the generator lists for an enum. It sees the enum after
 * graphql-tools' mergeTypeDefs, which puts each later node's values BEFORE
 * those gathered so far (so: nodes in reverse document order), then keys
 * them by constantCase(value) in a plain object and takes Object.values():
 * values with the same constant case collapse (the later value replaces the
 * earlier one in its place) and integer-like keys ("_2" -> "2") come first.
 */
static bool enum_generator_values(benum *e, const ds__gql_doc *doc) {
    size_t n = 0;
    for (const ds__gql_def *d = doc->defs; d; d = d->next)
        if (d->kind == DS__GQL_DEF_ENUM && d->name && !strcmp(d->name, e->name))
            n++;
    char **keys = NULL;
    size_t cap = 0;
    bool ok = true;
    for (size_t i = n; ok && i-- > 0;) {
        const ds__gql_def *node = NULL;
        size_t seen = 0;
        for (const ds__gql_def *d = doc->defs; d && !node; d = d->next)
            if (d->kind == DS__GQL_DEF_ENUM && d->name && !strcmp(d->name, e->name) && seen++ == i)
                node = d;
        for (const ds__gql_enum_value *v = node->values; ok && v; v = v->next) {
            char *key = ds__constant_case(v->name);
            if (!key) {
                ok = false;
                break;
            }
            size_t k = 0;
            while (k < e->gen_count && strcmp(keys[k], key))
                k++;
            if (k < e->gen_count) {
                e->gen_values[k] = v->name;
                free(key);
                continue;
            }
            if (e->gen_count == cap) {
                size_t ncap = cap ? cap * 2 : 8;
                char **pk = realloc(keys, ncap * sizeof *pk);
                if (pk)
                    keys = pk;
                const char **pv = pk ? realloc(e->gen_values, ncap * sizeof *pv) : NULL;
                if (!pv) {
                    free(key);
                    ok = false;
                    break;
                }
                e->gen_values = pv;
                cap = ncap;
            }
            keys[e->gen_count] = key;
            e->gen_values[e->gen_count++] = v->name;
        }
    }
    /* Stable: integer-like keys first (ascending), the rest as inserted. */
    for (size_t i = 1; ok && i < e->gen_count; i++) {
        unsigned long long ki;
        if (!js_index_key(keys[i], &ki))
            continue;
        size_t j = i;
        while (j > 0) {
            unsigned long long kj;
            if (js_index_key(keys[j - 1], &kj) && kj < ki)
                break;
            char *tk = keys[j - 1];
            const char *tv = e->gen_values[j - 1];
            keys[j - 1] = keys[j];
            e->gen_values[j - 1] = e->gen_values[j];
            keys[j] = tk;
            e->gen_values[j] = tv;
            j--;
        }
    }
    for (size_t i = 0; i < e->gen_count && keys; i++)
        free(keys[i]);
    free(keys);
    return ok;
}

static const ds__gql_def *base_def(const ds__gql_doc *doc, const char *name, ds__gql_def_kind kind) {
    for (const ds__gql_def *d = doc->defs; d; d = d->next)
        if (!d->extend && d->kind == kind && d->name && !strcmp(d->name, name))
            return d;
    return NULL;
}

static bool collect(bschema *s, const ds__gql_doc *doc) {
    root_types(s, doc);
    /* Enums: base definitions first, then extensions folded into them, as
     * graphql-js's schema builder does (the registry's order). */
    for (int pass = 0; pass < 2; pass++) {
        for (const ds__gql_def *d = doc->defs; d; d = d->next) {
            if (d->kind != DS__GQL_DEF_ENUM || d->extend != (pass == 1) || !d->name || skipped(d->name))
                continue;
            benum *e = NULL;
            for (size_t i = 0; i < s->enum_count; i++)
                if (!strcmp(s->enums[i].name, d->name))
                    e = &s->enums[i];
            if (!e) {
                if (pass == 1)
                    continue;
                if (s->enum_count == s->enum_cap) {
                    size_t cap = s->enum_cap ? s->enum_cap * 2 : 4;
                    benum *p = realloc(s->enums, cap * sizeof *p);
                    if (!p)
                        return false;
                    s->enums = p;
                    s->enum_cap = cap;
                }
                e = &s->enums[s->enum_count++];
                memset(e, 0, sizeof *e);
                e->name = d->name;
                e->ast = d;
            }
            if (!enum_add_values(e, d))
                return false;
        }
    }
    for (size_t i = 0; i < s->enum_count; i++)
        if (!enum_generator_values(&s->enums[i], doc))
            return false;
    /* Object and input types in order of FIRST MENTION, extensions
     * included, each with the fields and directives of all its nodes in
     * document order: mergeTypeDefs' order, which the generator follows
     * (it decides, e.g., the order of implicit key attributes). */
    for (const ds__gql_def *d = doc->defs; d; d = d->next) {
        if (!d->name || skipped(d->name) || (d->kind != DS__GQL_DEF_OBJECT && d->kind != DS__GQL_DEF_INPUT_OBJECT))
            continue;
        bool input = d->kind == DS__GQL_DEF_INPUT_OBJECT;
        bmodel *m = NULL;
        for (size_t i = 0; i < s->count; i++)
            if (!strcmp(s->models[i]->name, d->name) && (s->models[i]->kind == BK_INPUT) == input)
                m = s->models[i];
        if (!m) {
            const ds__gql_def *base = base_def(doc, d->name, d->kind);
            if (!base)
                continue; /* an extension of nothing: reported by validation */
            m = calloc(1, sizeof *m);
            if (!m || !(m->name = xstrdup(d->name)) || !schema_push(s, m)) {
                model_free(m);
                return false;
            }
            m->ast = base;
            if (input)
                m->kind = BK_INPUT;
            else if (has_model_directive(doc, d->name))
                m->kind = BK_MODEL;
            else if (!strcmp(d->name, s->query_type))
                m->kind = BK_QUERY;
            else if (!strcmp(d->name, s->mutation_type))
                m->kind = BK_MUTATION;
            else if (!strcmp(d->name, s->subscription_type))
                m->kind = BK_SUBSCRIPTION;
            else
                m->kind = BK_NONMODEL;
        }
        if (!add_ast_directives(&m->dirs, d->directives) || !add_ast_fields(m, d))
            return false;
    }
    return true;
}

/* ---- 1b. per-model setup: key field, timestamps, id first ---------------- */

static bfield *pk_field(const bmodel *m) {
    for (size_t i = 0; i < m->fields.count; i++)
        if (m->fields.items[i]->pk_type != BPK_NONE)
            return m->fields.items[i];
    return NULL;
}

static bool ensure_id(bmodel *m) {
    bfield *id = ds__bmodel_field(m, DEFAULT_KEY);
    if (id) {
        id->nullable = false;
        return true;
    }
    bfield *f = field_new(DEFAULT_KEY, "ID", false);
    if (!f)
        return false;
    f->implicit = true;
    if (!fields_insert(&m->fields, 0, f)) {
        field_free(f);
        return false;
    }
    return true;
}

static bool ensure_primary_key(bschema *s, bmodel *m) {
    bfield *marked = NULL;
    for (size_t i = 0; i < m->fields.count && !marked; i++)
        if (ds__bfield_dir(m->fields.items[i], "primaryKey"))
            marked = m->fields.items[i];
    if (!marked) {
        if (!ensure_id(m))
            return false;
        bfield *id = ds__bmodel_field(m, DEFAULT_KEY);
        id->pk_type = BPK_MANAGED_ID;
        return true;
    }
    json_t *sk = json_object_get(ds__bfield_dir(marked, "primaryKey")->args, "sortKeyFields");
    const char *names[64];
    size_t n = json_strings(sk, names, 64);
    marked->sort_keys = calloc(n ? n : 1, sizeof *marked->sort_keys);
    if (!marked->sort_keys)
        return false;
    for (size_t i = 0; i < n; i++) {
        if (!names[i] || !ds__bmodel_field(m, names[i])) {
            ds__diags_add(s->diags, DS_ERR_SCHEMA, 0, 0, "model %s: sort key field missing", m->name);
            return false;
        }
        if (!(marked->sort_keys[marked->sort_count++] = xstrdup(names[i])))
            return false;
    }
    marked->pk_type = (!strcmp(marked->name, DEFAULT_KEY) && n == 0) ? BPK_OPTIONAL_ID : BPK_CUSTOM;
    return true;
}

static bool add_timestamps(bmodel *m) {
    const bdir *md = model_dir(m, "model");
    if (!md)
        return true;
    json_t *ts = json_object_get(md->args, "timestamps");
    if (ts && json_is_null(ts))
        return true;
    const char *created = json_string_value(json_object_get(ts, "createdAt"));
    const char *updated = json_string_value(json_object_get(ts, "updatedAt"));
    /* JavaScript's `||`: an empty name falls back to the default too. */
    const char *names[2] = {created && *created ? created : "createdAt", updated && *updated ? updated : "updatedAt"};
    for (int i = 0; i < 2; i++) {
        if (ds__bmodel_field(m, names[i]))
            continue;
        if (!add_field(m, names[i], "AWSDateTime", true))
            return false;
        m->fields.items[m->fields.count - 1]->read_only = 1;
    }
    return true;
}

/* Every field called `id` moves to the front, the rest keep their order. */
static void id_first(bmodel *m) {
    for (size_t i = 1; i < m->fields.count; i++) {
        if (strcmp(m->fields.items[i]->name, DEFAULT_KEY) != 0)
            continue;
        bfield *f = m->fields.items[i];
        memmove(m->fields.items + 1, m->fields.items, i * sizeof *m->fields.items);
        m->fields.items[0] = f;
    }
}

static bool setup_model(bschema *s, bmodel *m) {
    return ensure_primary_key(s, m) && add_timestamps(m) && (id_first(m), true);
}

/* ---- 2. key attributes ---------------------------------------------------- */

static json_t *string_list(const char *first, json_t *rest) {
    json_t *a = json_array();
    json_array_append_new(a, json_string(first));
    if (json_is_array(rest)) {
        size_t i;
        json_t *v;
        json_array_foreach(rest, i, v) json_array_append(a, v);
    }
    return a;
}

static char *default_index_name(const char *model, json_t *fields) {
    char *plural = ds__plural(model);
    if (!plural)
        return NULL;
    ds__buf b;
    ds__buf_init(&b, 0);
    if (plural[0])
        ds__buf_putc(&b, (char)(plural[0] >= 'A' && plural[0] <= 'Z' ? plural[0] + 32 : plural[0]));
    ds__buf_puts(&b, plural[0] ? plural + 1 : "");
    ds__buf_puts(&b, "By");
    size_t i;
    json_t *v;
    json_array_foreach(fields, i, v) {
        const char *f = json_string_value(v);
        if (!f)
            continue;
        if (i)
            ds__buf_puts(&b, "And");
        ds__buf_putc(&b, (char)(f[0] >= 'a' && f[0] <= 'z' ? f[0] - 32 : f[0]));
        ds__buf_puts(&b, f[0] ? f + 1 : "");
    }
    free(plural);
    return ds__buf_take(&b, NULL);
}

static bool has_named_key(const bmodel *m, const char *name, size_t upto) {
    for (size_t i = 0; i < upto; i++) {
        const bdir *d = &m->dirs.items[i];
        const char *n = json_string_value(json_object_get(d->args, "name"));
        if (!strcmp(d->name, "key") && n && !strcmp(n, name))
            return true;
    }
    return false;
}

static bool process_keys(bmodel *m) {
    bool has_primary = false;
    for (size_t i = 0; i < m->dirs.count; i++)
        if (!strcmp(m->dirs.items[i].name, "key") && !json_object_get(m->dirs.items[i].args, "name"))
            has_primary = true;
    if (!has_primary) {
        for (size_t i = 0; i < m->fields.count; i++) {
            const bdir *pk = ds__bfield_dir(m->fields.items[i], "primaryKey");
            if (!pk)
                continue;
            json_t *args = json_object();
            json_object_set_new(args, "fields",
                                string_list(m->fields.items[i]->name, json_object_get(pk->args, "sortKeyFields")));
            if (!dirs_push(&m->dirs, "key", args, NULL))
                return false;
            break;
        }
    }
    size_t existing = m->dirs.count;
    for (size_t i = 0; i < m->fields.count; i++) {
        bfield *f = m->fields.items[i];
        for (size_t k = 0; k < f->dirs.count; k++) {
            if (strcmp(f->dirs.items[k].name, "index") != 0)
                continue;
            json_t *idx = f->dirs.items[k].args;
            json_t *fields = string_list(f->name, json_object_get(idx, "sortKeyFields"));
            json_t *args = json_object();
            const char *name = json_string_value(json_object_get(idx, "name"));
            if (name) {
                json_object_set_new(args, "name", json_string(name));
            } else {
                char *gen = default_index_name(m->name, fields);
                if (!gen) {
                    json_decref(fields);
                    json_decref(args);
                    return false;
                }
                json_object_set_new(args, "name", json_string(gen));
                free(gen);
            }
            json_t *qf = json_object_get(idx, "queryField");
            if (qf)
                json_object_set(args, "queryField", qf);
            json_object_set_new(args, "fields", fields);
            if (has_named_key(m, json_string_value(json_object_get(args, "name")), existing)) {
                json_decref(args);
                continue;
            }
            if (!dirs_push(&m->dirs, "key", args, NULL))
                return false;
        }
    }
    return true;
}

/* ---- 3. many-to-many join models ------------------------------------------ */

typedef struct m2m_side {
    bmodel *model;
    bfield *field;
    size_t dir_index;
} m2m_side;

static json_t *strings_json(const char *const *v, size_t n) {
    json_t *a = json_array();
    for (size_t i = 0; i < n; i++)
        json_array_append_new(a, json_string(v[i]));
    return a;
}

/* The named primary key's sort fields, as the generator finds them. */
static size_t key_sort_fields(const bmodel *m, const char **out, size_t max) {
    for (size_t i = 0; i < m->dirs.count; i++) {
        const bdir *d = &m->dirs.items[i];
        if (strcmp(d->name, "key") || json_object_get(d->args, "name"))
            continue;
        json_t *fs = json_object_get(d->args, "fields");
        size_t n = 0;
        for (size_t k = 1; k < json_array_size(fs) && n < max; k++)
            out[n++] = json_string_value(json_array_get(fs, k));
        return n;
    }
    return 0;
}

static char *lower_first_concat(const char *a, const char *b) {
    size_t na = strlen(a), nb = strlen(b);
    char *p = malloc(na + nb + 1);
    if (!p)
        return NULL;
    memcpy(p, a, na);
    memcpy(p + na, b, nb + 1);
    if (na && p[0] >= 'A' && p[0] <= 'Z')
        p[0] = (char)(p[0] + 32);
    return p;
}

static const char *pk_name(const bmodel *m) {
    for (size_t i = 0; i < m->fields.count; i++)
        if (ds__bfield_dir(m->fields.items[i], "primaryKey"))
            return m->fields.items[i]->name;
    return DEFAULT_KEY;
}

static bool join_side_fields(bmodel *join, const bmodel *side, json_t **belongs_fields) {
    bfield *pk = pk_field(side);
    const char *words[2] = {side->name, pk ? pk->name : DEFAULT_KEY};
    char *key_name = ds__camel_join(words, 2);
    if (!key_name)
        return false;
    const char *sorts[64];
    size_t ns = key_sort_fields(side, sorts, 64);
    char *sort_names[64];
    for (size_t i = 0; i < ns; i++)
        sort_names[i] = lower_first_concat(side->name, sorts[i] ? sorts[i] : "");
    *belongs_fields = json_array();
    json_array_append_new(*belongs_fields, json_string(key_name));

    bfield *kf = field_new(key_name, "ID", true);
    bool ok = kf != NULL;
    if (ok) {
        kf->implicit = true;
        json_t *args = json_object();
        char by[512];
        snprintf(by, sizeof by, "by%s", side->name);
        json_object_set_new(args, "name", json_string(by));
        json_object_set_new(args, "sortKeyFields", strings_json((const char *const *)sort_names, ns));
        ok = dirs_push(&kf->dirs, "index", args, NULL) && fields_insert(&join->fields, join->fields.count, kf);
        if (!ok)
            field_free(kf);
    }
    for (size_t i = 0; ok && i < ns; i++) {
        bfield *orig = ds__bmodel_field(side, sorts[i] ? sorts[i] : "");
        bfield *sf = field_new(sort_names[i], orig ? orig->type : "String", true);
        if (!sf) {
            ok = false;
            break;
        }
        sf->implicit = true;
        sf->list = orig && orig->list;
        if (sf->list)
            sf->list_nullable = 1;
        json_array_append_new(*belongs_fields, json_string(sort_names[i]));
        if (!fields_insert(&join->fields, join->fields.count, sf)) {
            field_free(sf);
            ok = false;
        }
    }
    for (size_t i = 0; i < ns; i++)
        free(sort_names[i]);
    free(key_name);
    return ok;
}

static bool add_belongs_field(bmodel *join, const bmodel *side, json_t *fields) {
    char *name = ds__camel_case(side->name);
    bfield *f = name ? field_new(name, side->name, false) : NULL;
    free(name);
    if (!f) {
        json_decref(fields);
        return false;
    }
    f->implicit = true;
    json_t *args = json_object();
    json_object_set_new(args, "fields", fields);
    if (!dirs_push(&f->dirs, "belongsTo", args, NULL) || !fields_insert(&join->fields, join->fields.count, f)) {
        field_free(f);
        return false;
    }
    return true;
}

static bool json_equal_dirs(const bdir *a, const bdir *b) {
    return !strcmp(a->name, b->name) && json_equal(a->args, b->args);
}

static bool make_join_model(bschema *s, m2m_side sides[2], const char *join_name) {
    bmodel *join = calloc(1, sizeof *join);
    if (!join || !(join->name = xstrdup(join_name))) {
        free(join);
        return false;
    }
    join->kind = BK_MODEL;
    join->join = true;
    join->ast = sides[0].model->ast;
    bool ok = dirs_push(&join->dirs, "model", json_object(), NULL);
    bfield *id = ok ? field_new(DEFAULT_KEY, "ID", false) : NULL;
    ok = id && fields_insert(&join->fields, 0, id);
    if (id && !ok)
        field_free(id);
    if (id)
        id->implicit = true;
    json_t *bf[2] = {NULL, NULL};
    ok = ok && join_side_fields(join, sides[0].model, &bf[0]);
    ok = ok && join_side_fields(join, sides[1].model, &bf[1]);
    for (int side = 0; side < 2; side++) {
        json_t *fields = bf[side];
        bf[side] = NULL;
        if (ok)
            ok = add_belongs_field(join, sides[side].model, fields); /* consumes fields */
        else
            json_decref(fields);
    }
    /* The join model carries both sides' @auth rules, each once. */
    for (int side = 0; ok && side < 2; side++) {
        const bmodel *m = sides[side].model;
        for (size_t i = 0; ok && i < m->dirs.count; i++) {
            if (strcmp(m->dirs.items[i].name, "auth"))
                continue;
            bool dup = false;
            for (size_t k = 0; k < join->dirs.count; k++)
                if (json_equal_dirs(&join->dirs.items[k], &m->dirs.items[i]))
                    dup = true;
            if (!dup)
                ok = dirs_push(&join->dirs, "auth", json_deep_copy(m->dirs.items[i].args), m->dirs.items[i].ast);
        }
    }
    ok = ok && process_keys(join) && setup_model(s, join);
    if (!ok) {
        model_free(join);
        return false;
    }
    /* A model of the same name is replaced in place, as a map assignment
     * in the generator would do. */
    for (size_t i = 0; i < s->count; i++) {
        if (s->models[i]->kind == BK_MODEL && !strcmp(s->models[i]->name, join_name)) {
            model_free(s->models[i]);
            s->models[i] = join;
            return true;
        }
    }
    if (!schema_push(s, join)) {
        model_free(join);
        return false;
    }
    return true;
}

/* Each side's @manyToMany becomes @hasMany(indexName: "by<Model>",
 * fields: [primary key fields]) on a field of the join model's type. */
static bool convert_m2m_side(m2m_side *side, const char *join_name) {
    bfield *f = side->field;
    bdir removed = f->dirs.items[side->dir_index];
    memmove(f->dirs.items + side->dir_index, f->dirs.items + side->dir_index + 1,
            (f->dirs.count - side->dir_index - 1) * sizeof *f->dirs.items);
    f->dirs.count--;
    json_decref(removed.args);
    free(f->type);
    if (!(f->type = xstrdup(join_name)))
        return false;
    json_t *args = json_object();
    char by[512];
    snprintf(by, sizeof by, "by%s", side->model->name);
    json_object_set_new(args, "indexName", json_string(by));
    const char *sorts[64];
    size_t ns = key_sort_fields(side->model, sorts, 64);
    json_t *fields = json_array();
    json_array_append_new(fields, json_string(pk_name(side->model)));
    for (size_t i = 0; i < ns; i++)
        json_array_append_new(fields, json_string(sorts[i] ? sorts[i] : ""));
    json_object_set_new(args, "fields", fields);
    return dirs_push(&f->dirs, "hasMany", args, NULL);
}

static bool process_many_to_many(bschema *s) {
    /* Group the @manyToMany fields by relation name, in order of first use. */
    typedef struct rel {
        char *name;
        m2m_side sides[2];
        size_t count;
    } rel;
    rel *rels = NULL;
    size_t nrels = 0;
    bool ok = true;
    size_t nmodels = s->count;
    for (size_t mi = 0; ok && mi < nmodels; mi++) {
        bmodel *m = s->models[mi];
        if (m->kind != BK_MODEL)
            continue;
        for (size_t fi = 0; ok && fi < m->fields.count; fi++) {
            bfield *f = m->fields.items[fi];
            for (size_t di = 0; ok && di < f->dirs.count; di++) {
                if (strcmp(f->dirs.items[di].name, "manyToMany"))
                    continue;
                const char *rn = json_string_value(json_object_get(f->dirs.items[di].args, "relationName"));
                char *name = ds__graphql_name_upper(rn ? rn : "");
                if (!name) {
                    ok = false;
                    break;
                }
                rel *r = NULL;
                for (size_t i = 0; i < nrels; i++)
                    if (!strcmp(rels[i].name, name))
                        r = &rels[i];
                if (!r) {
                    rel *p = realloc(rels, (nrels + 1) * sizeof *p);
                    if (!p) {
                        free(name);
                        ok = false;
                        break;
                    }
                    rels = p;
                    r = &rels[nrels++];
                    memset(r, 0, sizeof *r);
                    r->name = name;
                } else {
                    free(name);
                }
                if (r->count < 2)
                    r->sides[r->count] = (m2m_side){m, f, di};
                r->count++;
            }
        }
    }
    for (size_t i = 0; ok && i < nrels; i++) {
        if (rels[i].count != 2) {
            ds__diags_add(s->diags, DS_ERR_SCHEMA, 0, 0, "relation %s needs two @manyToMany fields", rels[i].name);
            ok = false;
            break;
        }
        ok = make_join_model(s, rels[i].sides, rels[i].name) && convert_m2m_side(&rels[i].sides[0], rels[i].name) &&
             convert_m2m_side(&rels[i].sides[1], rels[i].name);
    }
    for (size_t i = 0; i < nrels; i++)
        free(rels[i].name);
    free(rels);
    return ok;
}

/* ---- 4. relationships ------------------------------------------------------ */

/* The primary key's fields: the key field, then its sort fields. */
static size_t key_components(const bmodel *m, bfield **out, size_t max) {
    bfield *pk = pk_field(m);
    if (!pk || max == 0)
        return 0;
    size_t n = 0;
    out[n++] = pk;
    for (size_t i = 0; i < pk->sort_count && n < max; i++) {
        bfield *f = ds__bmodel_field(m, pk->sort_keys[i]);
        if (f)
            out[n++] = f;
    }
    return n;
}

static const bdir *conn_dir(const bfield *f) {
    for (size_t i = 0; i < f->dirs.count; i++) {
        const char *n = f->dirs.items[i].name;
        if (!strcmp(n, "hasOne") || !strcmp(n, "hasMany") || !strcmp(n, "belongsTo"))
            return &f->dirs.items[i];
    }
    return NULL;
}

/* getOtherSideBelongsToField: the first field of `other` typed `type` with a
 * @belongsTo. */
static bfield *other_side_belongs_to(const char *type, const bmodel *other) {
    for (size_t i = 0; i < other->fields.count; i++) {
        bfield *f = other->fields.items[i];
        if (!strcmp(f->type, type) && ds__bfield_dir(f, "belongsTo"))
            return f;
    }
    return NULL;
}

/* getBelongsToConnectedFields: fields of `other` typed `model` with a
 * @hasOne (not a list) or @hasMany (a list), in field order. */
static size_t belongs_to_connected(const bmodel *model, const bmodel *other, bfield **out, size_t max) {
    size_t n = 0;
    for (size_t i = 0; i < other->fields.count; i++) {
        bfield *f = other->fields.items[i];
        for (size_t k = 0; k < f->dirs.count; k++) {
            const char *dn = f->dirs.items[k].name;
            if (((!strcmp(dn, "hasOne") && !f->list) || (!strcmp(dn, "hasMany") && f->list)) &&
                !strcmp(model->name, f->type) && n < max)
                out[n++] = f;
        }
    }
    return n;
}

static bool set_names(char ***dst, size_t *count, const char *const *names, size_t n) {
    *dst = calloc(n ? n : 1, sizeof **dst);
    if (!*dst)
        return false;
    for (size_t i = 0; i < n; i++) {
        if (!((*dst)[i] = xstrdup(names[i] ? names[i] : "")))
            return false;
        (*count)++;
    }
    return true;
}

/* The field of `other` whose directive has the same references list. */
static bfield *find_by_references(const bmodel *other, json_t *refs, bool only_has) {
    for (size_t i = 0; i < other->fields.count; i++) {
        bfield *f = other->fields.items[i];
        for (size_t k = 0; k < f->dirs.count; k++) {
            const bdir *d = &f->dirs.items[k];
            if (only_has && strcmp(d->name, "hasOne") && strcmp(d->name, "hasMany"))
                continue;
            json_t *r = json_object_get(d->args, "references");
            if (r && json_equal(r, refs))
                return f;
        }
    }
    return NULL;
}

static bool fail(bschema *s, const bmodel *m, const bfield *f, const char *what) {
    ds__diags_add(s->diags, DS_ERR_SCHEMA, f->ast ? f->ast->loc.line : 0, f->ast ? f->ast->loc.column : 0,
                  "%s.%s: %s", m->name, f->name, what);
    return false;
}

static bool make_names(const char *a, const char *b, bfield **comps, size_t n, char **out) {
    for (size_t i = 0; i < n; i++) {
        const char *words[3] = {a, b, comps[i]->name};
        if (!(out[i] = ds__camel_join(words, 3)))
            return false;
    }
    return true;
}

static bool has_one(bschema *s, bmodel *m, bfield *f, const bdir *d, bconn *c) {
    bfield *comps[64];
    if (f->list)
        return fail(s, m, f, "a @hasOne field must not be a list");
    json_t *refs = json_object_get(d->args, "references");
    json_t *fields = json_object_get(d->args, "fields");
    if (json_array_size(refs) > 0) {
        if (!find_by_references(c->related, refs, false))
            return fail(s, m, f, "no @belongsTo with the same references on the related model");
        const char *names[64];
        size_t n = json_strings(refs, names, 64);
        c->uses_references = true;
        return set_names(&c->associated_with, &c->associated_count, names, n) &&
               set_names(&c->target_names, &c->target_count, NULL, 0);
    }
    size_t nk = key_components(c->related, comps, 64);
    const char *assoc[64];
    for (size_t i = 0; i < nk; i++)
        assoc[i] = comps[i]->name;
    if (!set_names(&c->associated_with, &c->associated_count, assoc, nk))
        return false;
    const char *targets[64];
    char *made[64] = {0};
    size_t nt = json_strings(fields, targets, 64);
    bool ok = true;
    if (nt == 0) {
        ok = make_names(m->name, f->name, comps, nk, made);
        for (size_t i = 0; i < nk; i++)
            targets[i] = made[i];
        nt = nk;
    }
    ok = ok && set_names(&c->target_names, &c->target_count, targets, nt);
    for (size_t i = 0; i < nk; i++)
        free(made[i]);
    if (!ok)
        return false;
    for (size_t i = 0; i < c->target_count && i < nk; i++)
        if (!add_field(m, c->target_names[i], comps[i]->type, f->nullable))
            return false;
    return true;
}

static bool belongs_to(bschema *s, bmodel *m, bfield *f, const bdir *d, bconn *c) {
    bfield *other_fields[64], *comps[64];
    if (f->list)
        return fail(s, m, f, "a @belongsTo field must not be a list");
    size_t n_other = belongs_to_connected(m, c->related, other_fields, 64);
    if (n_other == 0)
        return fail(s, m, f, "a @belongsTo field needs a @hasOne or @hasMany field on the related model");
    json_t *refs = json_object_get(d->args, "references");
    if (json_array_size(refs) > 0) {
        if (!find_by_references(c->related, refs, true))
            return fail(s, m, f, "no @hasOne or @hasMany with the same references on the related model");
        c->uses_references = true;
    }
    bfield *other = other_fields[0];
    const char *targets[128];
    size_t nt = json_strings(json_object_get(d->args, "fields"), targets, 64);
    nt += json_strings(refs, targets + nt, 64);
    size_t nk = key_components(c->related, comps, 64);
    char *made[64] = {0};
    bool ok = true;
    if (nt == 0) {
        ok = other->list ? make_names(c->related->name, other->name, comps, nk, made)
                         : make_names(m->name, f->name, comps, nk, made);
        for (size_t i = 0; i < nk; i++)
            targets[i] = made[i];
        nt = nk;
    }
    ok = ok && set_names(&c->target_names, &c->target_count, targets, nt);
    for (size_t i = 0; i < nk; i++)
        free(made[i]);
    if (!ok)
        return false;
    for (size_t i = 0; i < c->target_count && i < nk; i++)
        if (!add_field(m, c->target_names[i], comps[i]->type, f->nullable))
            return false;
    return true;
}

static bool has_many(bschema *s, bmodel *m, bfield *f, const bdir *d, bconn *c, bool *implicit_key) {
    bmodel *other = c->related;
    if (!f->list)
        return fail(s, m, f, "a @hasMany field must be a list");
    json_t *refs = json_object_get(d->args, "references");
    json_t *fields = json_object_get(d->args, "fields");
    const char *names[64];
    size_t n = 0;
    char *made[64] = {0};
    bool ok = true;
    if (json_array_size(refs) > 0) {
        if (!find_by_references(other, refs, false))
            return fail(s, m, f, "no @belongsTo with the same references on the related model");
        n = json_strings(refs, names, 64);
        c->uses_references = true;
    } else if (fields) {
        const char *index_name = json_string_value(json_object_get(d->args, "indexName"));
        const char *connected = NULL;
        for (size_t i = 0; i < other->fields.count && !connected; i++) {
            bfield *of = other->fields.items[i];
            for (size_t k = 0; k < of->dirs.count && !connected; k++) {
                const bdir *od = &of->dirs.items[k];
                if (index_name) {
                    const char *nm = json_string_value(json_object_get(od->args, "name"));
                    if (!strcmp(od->name, "index") && nm && !strcmp(nm, index_name))
                        connected = of->name;
                } else if (!strcmp(od->name, "primaryKey")) {
                    connected = of->name;
                }
            }
        }
        if (index_name && !connected)
            return fail(s, m, f, "the index named by indexName does not exist on the related model");
        if (!connected) {
            bfield *bt = other_side_belongs_to(m->name, other);
            connected = bt ? bt->name : DEFAULT_KEY;
        }
        bfield *found = NULL;
        for (size_t i = 0; i < other->fields.count && !found; i++) {
            bfield *of = other->fields.items[i];
            const bdir *bd = ds__bfield_dir(of, "belongsTo");
            json_t *bfs = bd ? json_object_get(bd->args, "fields") : NULL;
            const char *first = json_string_value(json_array_get(bfs, 0));
            if (!strcmp(of->type, m->name) && bd && first && !strcmp(first, connected))
                found = of;
        }
        if (!found)
            found = ds__bmodel_field(other, connected);
        if (!found)
            return fail(s, m, f, "the related model has no field to connect to");
        names[0] = found->name;
        n = 1;
    } else {
        bfield *comps[64];
        size_t nk = key_components(m, comps, 64);
        ok = make_names(m->name, f->name, comps, nk, made);
        for (size_t i = 0; ok && i < nk; i++) {
            names[i] = made[i];
            if (!add_field(other, made[i], comps[i]->type, true))
                ok = false;
        }
        n = nk;
    }
    ok = ok && set_names(&c->associated_with, &c->associated_count, names, n);
    for (size_t i = 0; i < 64; i++)
        free(made[i]);
    if (!ok)
        return false;
    /* A has-many that no @belongsTo answers and no index names gets an
     * implicit index on the related model. Only the first field of this
     * model's type on the other side counts, as in the generator. */
    bool answered = false;
    for (size_t i = 0; i < other->fields.count; i++) {
        if (!strcmp(other->fields.items[i]->type, m->name)) {
            answered = ds__bfield_dir(other->fields.items[i], "belongsTo") != NULL;
            break;
        }
    }
    *implicit_key = !answered && !json_object_get(d->args, "indexName");
    return true;
}

static bool process_relationships(bschema *s) {
    for (size_t mi = 0; mi < s->count; mi++) {
        bmodel *m = s->models[mi];
        if (m->kind != BK_MODEL)
            continue;
        size_t nfields = m->fields.count; /* fields added below are not visited */
        for (size_t fi = 0; fi < nfields; fi++) {
            bfield *f = m->fields.items[fi];
            const bdir *d = conn_dir(f);
            if (!d)
                continue;
            bconn *c = calloc(1, sizeof *c);
            if (!c)
                return false;
            c->related = ds__bschema_find(s, f->type, BK_MODEL);
            if (!c->related) {
                free(c);
                return fail(s, m, f, "a relationship must point at a @model type");
            }
            bool ok, implicit_key = false;
            if (!strcmp(d->name, "hasOne")) {
                c->kind = DS_CONN_HAS_ONE;
                ok = has_one(s, m, f, d, c);
            } else if (!strcmp(d->name, "belongsTo")) {
                c->kind = DS_CONN_BELONGS_TO;
                ok = belongs_to(s, m, f, d, c);
            } else {
                c->kind = DS_CONN_HAS_MANY;
                ok = has_many(s, m, f, d, c, &implicit_key);
            }
            if (!ok) {
                conn_free(c);
                return false;
            }
            f->conn = c;
            if (implicit_key) {
                char name[1024];
                snprintf(name, sizeof name, "gsi-%s.%s", m->name, f->name);
                json_t *args = json_object();
                json_object_set_new(args, "name", json_string(name));
                json_object_set_new(args, "fields",
                                    strings_json((const char *const *)c->associated_with, c->associated_count));
                if (!dirs_push(&c->related->dirs, "key", args, NULL))
                    return false;
            }
        }
        /* Model-typed fields with no relationship are not part of the model. */
        size_t w = 0;
        for (size_t fi = 0; fi < m->fields.count; fi++) {
            bfield *f = m->fields.items[fi];
            if (!f->conn && ds__bschema_find(s, f->type, BK_MODEL))
                field_free(f);
            else
                m->fields.items[w++] = f;
        }
        m->fields.count = w;
    }
    return true;
}

/* ---- driver ----------------------------------------------------------------- */

ds_status ds__schema_build(bschema *s, const ds__gql_doc *doc) {
    if (!collect(s, doc))
        goto nomem;
    for (size_t i = 0; i < s->count; i++)
        if (s->models[i]->kind == BK_MODEL && !setup_model(s, s->models[i]))
            goto failed;
    for (size_t i = 0; i < s->count; i++)
        if (s->models[i]->kind == BK_MODEL && !process_keys(s->models[i]))
            goto nomem;
    if (!process_many_to_many(s) || !process_relationships(s))
        goto failed;
    return DS_OK;
failed:
    if (s->diags->count > 0)
        return DS_ERR_SCHEMA;
nomem:
    ds__diags_add(s->diags, DS_ERR_NOMEM, 0, 0, "out of memory while building the schema");
    return DS_ERR_NOMEM;
}
