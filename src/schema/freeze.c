/*
 * Freezing: the build model becomes the immutable registry. Everything is
 * copied into the schema's arena, so the registry owns no other memory and
 * frees in one step. Models are laid out first so that fields can point at
 * the models they refer to.
 */
#include <stdlib.h>
#include <string.h>

#include "schema/internal.h"
#include "util/plural.h"

static const char *const SCALARS[] = {
    [DS_SCALAR_ID] = "ID",
    [DS_SCALAR_STRING] = "String",
    [DS_SCALAR_INT] = "Int",
    [DS_SCALAR_FLOAT] = "Float",
    [DS_SCALAR_BOOLEAN] = "Boolean",
    [DS_SCALAR_AWSDATE] = "AWSDate",
    [DS_SCALAR_AWSTIME] = "AWSTime",
    [DS_SCALAR_AWSDATETIME] = "AWSDateTime",
    [DS_SCALAR_AWSTIMESTAMP] = "AWSTimestamp",
    [DS_SCALAR_AWSEMAIL] = "AWSEmail",
    [DS_SCALAR_AWSJSON] = "AWSJSON",
    [DS_SCALAR_AWSURL] = "AWSURL",
    [DS_SCALAR_AWSPHONE] = "AWSPhone",
    [DS_SCALAR_AWSIPADDRESS] = "AWSIPAddress",
};

const char *ds_scalar_name(ds_scalar s) {
    if ((unsigned)s < sizeof SCALARS / sizeof *SCALARS)
        return SCALARS[s];
    return "unknown";
}

typedef struct fctx {
    ds_schema *out;
    const bschema *s;
    bool nomem;
} fctx;

static const char *dup(fctx *c, const char *s) {
    if (!s)
        return NULL;
    char *p = ds__arena_strdup(c->out->arena, s);
    if (!p)
        c->nomem = true;
    return p;
}

static void *alloc(fctx *c, size_t n) {
    void *p = ds__arena_alloc(c->out->arena, n ? n : 1);
    if (!p)
        c->nomem = true;
    return p;
}

static const char *const *dup_strv(fctx *c, char *const *v, size_t n) {
    const char **a = alloc(c, n * sizeof *a);
    for (size_t i = 0; a && i < n; i++)
        a[i] = dup(c, v[i]);
    return a;
}

static const char *const *json_strv(fctx *c, json_t *arr, size_t *count) {
    size_t n = json_array_size(arr);
    const char **a = alloc(c, n * sizeof *a);
    size_t k = 0;
    for (size_t i = 0; a && i < n; i++) {
        const char *s = json_string_value(json_array_get(arr, i));
        if (s)
            a[k++] = dup(c, s);
    }
    *count = k;
    return a;
}

static ds_model *find_model(fctx *c, const char *name, bool model) {
    ds_model *arr = model ? c->out->models : c->out->nonmodels;
    size_t n = model ? c->out->model_count : c->out->nonmodel_count;
    for (size_t i = 0; i < n; i++)
        if (!strcmp(arr[i].name, name))
            return &arr[i];
    return NULL;
}

static unsigned operation_bits(json_t *ops) {
    static const struct {
        const char *name;
        unsigned bit;
    } map[] = {{"create", DS_OP_CREATE}, {"update", DS_OP_UPDATE}, {"delete", DS_OP_DELETE},
               {"read", DS_OP_READ},     {"get", DS_OP_GET},       {"list", DS_OP_LIST},
               {"sync", DS_OP_SYNC},     {"listen", DS_OP_LISTEN}, {"search", DS_OP_SEARCH}};
    unsigned bits = 0;
    size_t i;
    json_t *v;
    json_array_foreach(ops, i, v) {
        const char *s = json_string_value(v);
        for (size_t k = 0; s && k < sizeof map / sizeof *map; k++)
            if (!strcmp(map[k].name, s))
                bits |= map[k].bit;
    }
    return bits;
}

static ds_auth_provider provider_of(const char *p) {
    static const char *const names[] = {"", "apiKey", "iam", "identityPool", "oidc", "userPools", "function"};
    for (size_t i = 1; p && i < sizeof names / sizeof *names; i++)
        if (!strcmp(names[i], p))
            return (ds_auth_provider)i;
    return DS_PROVIDER_DEFAULT;
}

static ds_auth_strategy strategy_of(const char *a) {
    static const char *const names[] = {"owner", "groups", "private", "public", "custom"};
    for (size_t i = 0; a && i < sizeof names / sizeof *names; i++)
        if (!strcmp(names[i], a))
            return (ds_auth_strategy)i;
    return DS_AUTH_PRIVATE;
}

/* Rules of every @auth in dirs, in order, with Amplify's defaults. */
static const ds_auth_rule *auth_rules(fctx *c, const bdirs *dirs, size_t *count) {
    json_t *all = json_array();
    for (size_t i = 0; i < dirs->count; i++) {
        if (strcmp(dirs->items[i].name, "auth"))
            continue;
        json_t *r = ds__auth_process_rules(json_object_get(dirs->items[i].args, "rules"));
        json_array_extend(all, r);
        json_decref(r);
    }
    size_t n = json_array_size(all);
    ds_auth_rule *rules = alloc(c, n * sizeof *rules);
    for (size_t i = 0; rules && i < n; i++) {
        json_t *r = json_array_get(all, i);
        ds_auth_rule *o = &rules[i];
        o->allow = strategy_of(json_string_value(json_object_get(r, "allow")));
        o->provider = provider_of(json_string_value(json_object_get(r, "provider")));
        if (o->allow == DS_AUTH_OWNER) {
            o->owner_field = dup(c, json_string_value(json_object_get(r, "ownerField")));
            o->identity_claim = dup(c, json_string_value(json_object_get(r, "identityClaim")));
        }
        if (o->allow == DS_AUTH_GROUPS) {
            o->group_claim = dup(c, json_string_value(json_object_get(r, "groupClaim")));
            o->groups_field = dup(c, json_string_value(json_object_get(r, "groupsField")));
            json_t *g = json_object_get(r, "groups");
            if (json_is_string(g)) {
                const char **one = alloc(c, sizeof *one);
                if (one)
                    one[0] = dup(c, json_string_value(g));
                o->groups = one;
                o->group_count = 1;
            } else {
                o->groups = json_strv(c, g, &o->group_count);
            }
            if (!o->groups_field && !o->group_count)
                o->groups_field = dup(c, "groups");
        }
        o->operations = operation_bits(json_object_get(r, "operations"));
        if (o->operations & DS_OP_READ)
            o->operations |= DS_OP_GET | DS_OP_LIST | DS_OP_SYNC | DS_OP_LISTEN;
    }
    json_decref(all);
    *count = n;
    return rules;
}

static void fill_field(fctx *c, ds_field *o, const bfield *f) {
    o->name = dup(c, f->name);
    o->type_name = dup(c, f->type);
    o->kind = DS_KIND_SCALAR;
    bool scalar = false;
    for (size_t k = 0; k < sizeof SCALARS / sizeof *SCALARS; k++)
        if (!strcmp(SCALARS[k], f->type)) {
            o->scalar = (ds_scalar)k;
            scalar = true;
        }
    if (!scalar) {
        for (size_t k = 0; k < c->out->enum_count; k++)
            if (!strcmp(c->out->enums[k].name, f->type)) {
                o->kind = DS_KIND_ENUM;
                o->enum_type = &c->out->enums[k];
            }
        if (!o->enum_type) {
            ds_model *nm = find_model(c, f->type, false);
            ds_model *m = nm ? NULL : find_model(c, f->type, true);
            o->kind = nm ? DS_KIND_NONMODEL : DS_KIND_MODEL;
            o->type_model = nm ? nm : m;
        }
    }
    o->is_required = !f->nullable;
    o->is_list = f->list;
    o->is_list_required = f->list && f->list_nullable == 0;
    o->is_read_only = f->read_only == 1;
    o->is_implicit = f->implicit;
    const bdir *def = ds__bfield_dir(f, "default");
    if (def)
        o->default_value = dup(c, json_string_value(json_object_get(def->args, "value")));
    if (f->conn) {
        o->association.kind = f->conn->kind;
        o->association.related = find_model(c, f->conn->related->name, true);
        o->association.target_names = dup_strv(c, f->conn->target_names, f->conn->target_count);
        o->association.target_count = f->conn->target_count;
        o->association.associated_with = dup_strv(c, f->conn->associated_with, f->conn->associated_count);
        o->association.associated_count = f->conn->associated_count;
        o->association.uses_references = f->conn->uses_references;
    }
    o->auth_rules = auth_rules(c, &f->dirs, &o->auth_rule_count);
    if (f->ast) {
        o->line = f->ast->loc.line;
        o->column = f->ast->loc.column;
    }
}

static void fill_model(fctx *c, ds_model *o, const bmodel *m) {
    o->name = dup(c, m->name);
    o->is_model = m->kind == BK_MODEL;
    o->is_join_model = m->join;
    if (m->ast && !m->join) {
        o->line = m->ast->loc.line;
        o->column = m->ast->loc.column;
    }
    ds_field *fields = alloc(c, m->fields.count * sizeof *fields);
    o->fields = fields;
    o->field_count = fields ? m->fields.count : 0;
    for (size_t i = 0; fields && i < m->fields.count; i++)
        fill_field(c, &fields[i], m->fields.items[i]);
    if (!o->is_model || !fields)
        return;
    char *plural = ds__plural(m->name);
    o->plural_name = dup(c, plural ? plural : m->name);
    free(plural);
    /* Primary key: the marked field and its sort fields, in that order. */
    for (size_t i = 0; i < m->fields.count; i++) {
        const bfield *f = m->fields.items[i];
        if (f->pk_type == BPK_NONE)
            continue;
        const ds_field **keys = alloc(c, (1 + f->sort_count) * sizeof *keys);
        if (!keys)
            return;
        keys[0] = &fields[i];
        fields[i].is_key = true;
        size_t n = 1;
        for (size_t k = 0; k < f->sort_count; k++)
            for (size_t j = 0; j < m->fields.count; j++)
                if (!strcmp(m->fields.items[j]->name, f->sort_keys[k])) {
                    keys[n++] = &fields[j];
                    fields[j].is_key = true;
                }
        o->key_fields = keys;
        o->key_count = n;
        o->is_custom_key = f->pk_type == BPK_CUSTOM;
        break;
    }
    size_t nidx = 0;
    for (size_t i = 0; i < m->dirs.count; i++)
        if (!strcmp(m->dirs.items[i].name, "key") && json_object_get(m->dirs.items[i].args, "name"))
            nidx++;
    ds_index *idx = alloc(c, nidx * sizeof *idx);
    size_t k = 0;
    for (size_t i = 0; idx && i < m->dirs.count; i++) {
        json_t *a = m->dirs.items[i].args;
        if (strcmp(m->dirs.items[i].name, "key") || !json_object_get(a, "name"))
            continue;
        idx[k].name = dup(c, json_string_value(json_object_get(a, "name")));
        idx[k].query_field = dup(c, json_string_value(json_object_get(a, "queryField")));
        idx[k].fields = json_strv(c, json_object_get(a, "fields"), &idx[k].field_count);
        k++;
    }
    o->indexes = idx;
    o->index_count = k;
    o->auth_rules = auth_rules(c, &m->dirs, &o->auth_rule_count);
    for (size_t i = 0; i < m->dirs.count; i++) {
        if (strcmp(m->dirs.items[i].name, "model"))
            continue;
        json_t *ts = json_object_get(m->dirs.items[i].args, "timestamps");
        if (ts && json_is_null(ts))
            break;
        /* `timestamps: {updatedAt: null}` turns that timestamp off for the
         * service (the transformer leaves it out), although the model
         * generator still lists the field. The registry follows the service. */
        json_t *jc = json_object_get(ts, "createdAt"), *ju = json_object_get(ts, "updatedAt");
        const char *cr = json_string_value(jc), *up = json_string_value(ju);
        if (!(jc && json_is_null(jc)))
            o->created_at = dup(c, cr && *cr ? cr : "createdAt");
        if (!(ju && json_is_null(ju)))
            o->updated_at = dup(c, up && *up ? up : "updatedAt");
        break;
    }
}

ds_status ds__schema_freeze(ds_schema *out, const bschema *s) {
    fctx c = {out, s, false};
    size_t nm = 0, nn = 0;
    for (size_t i = 0; i < s->count; i++) {
        if (s->models[i]->kind == BK_MODEL)
            nm++;
        else if (s->models[i]->kind == BK_NONMODEL)
            nn++;
    }
    out->models = alloc(&c, nm * sizeof *out->models);
    out->nonmodels = alloc(&c, nn * sizeof *out->nonmodels);
    out->enums = alloc(&c, s->enum_count * sizeof *out->enums);
    if (c.nomem)
        return DS_ERR_NOMEM;
    /* Names first, so that lookups by name work while fields are filled. */
    for (size_t i = 0; i < s->count; i++) {
        if (s->models[i]->kind == BK_MODEL)
            out->models[out->model_count++].name = dup(&c, s->models[i]->name);
        else if (s->models[i]->kind == BK_NONMODEL)
            out->nonmodels[out->nonmodel_count++].name = dup(&c, s->models[i]->name);
    }
    for (size_t i = 0; i < s->enum_count; i++) {
        ds_enum *e = &out->enums[out->enum_count++];
        e->name = dup(&c, s->enums[i].name);
        const char **vals = alloc(&c, s->enums[i].value_count * sizeof *vals);
        for (size_t k = 0; vals && k < s->enums[i].value_count; k++)
            vals[k] = dup(&c, s->enums[i].values[k]);
        e->values = vals;
        e->value_count = vals ? s->enums[i].value_count : 0;
        if (s->enums[i].ast) {
            e->line = s->enums[i].ast->loc.line;
            e->column = s->enums[i].ast->loc.column;
        }
    }
    size_t im = 0, in = 0;
    for (size_t i = 0; i < s->count && !c.nomem; i++) {
        if (s->models[i]->kind == BK_MODEL)
            fill_model(&c, &out->models[im++], s->models[i]);
        else if (s->models[i]->kind == BK_NONMODEL)
            fill_model(&c, &out->nonmodels[in++], s->models[i]);
    }
    return c.nomem ? DS_ERR_NOMEM : DS_OK;
}
