/*
 * The @model transformer (graphql-model-transformer): per model, the
 * implicit id and timestamp fields, the non-model XInput types, the
 * get/list/sync queries with Model<M>Connection and Model<M>FilterInput,
 * the create/update/delete mutations with their inputs and
 * Model<M>ConditionInput, the subscriptions with
 * ModelSubscription<M>FilterInput and @aws_subscribe, and the DataStore
 * fields _version, _deleted, _lastChangedAt.
 *
 * What a model's operations are called comes from its @model arguments
 * merged over the defaults the way the transformer merges them (lodash's
 * deep merge: `queries: {list: null}` keeps get and sync; a list of
 * subscription names replaces the default item by item).
 */
#include <string.h>

#include "server/api_internal.h"

/* ---- @model arguments ---------------------------------------------------- */

/* lodash.merge of src into target (both objects, or both arrays), in place. */
static void merge_into(json_t *target, json_t *src);

static json_t *merged_child(json_t *ov, json_t *sv) {
    if (json_is_object(sv) || json_is_array(sv)) {
        bool obj = json_is_object(sv);
        json_t *nv = (obj ? json_is_object(ov) : json_is_array(ov)) ? json_incref(ov) : obj ? json_object() : json_array();
        if (nv)
            merge_into(nv, sv);
        return nv;
    }
    return json_incref(sv);
}

static void merge_into(json_t *target, json_t *src) {
    if (json_is_object(src)) {
        const char *key;
        json_t *sv;
        json_object_foreach(src, key, sv) {
            json_t *nv = merged_child(json_object_get(target, key), sv);
            if (nv)
                json_object_set_new(target, key, nv);
        }
    } else if (json_is_array(src)) {
        for (size_t i = 0; i < json_array_size(src); i++) {
            json_t *nv = merged_child(json_array_get(target, i), json_array_get(src, i));
            if (!nv)
                continue;
            if (i < json_array_size(target))
                json_array_set_new(target, i, nv);
            else
                json_array_append_new(target, nv);
        }
    }
}

static void put_name(json_t *o, const char *key, const char *value) {
    json_object_set_new(o, key, value ? json_string(value) : json_null());
}

static const char *json_string_or_null(api_ctx *c, json_t *v) {
    return json_is_string(v) ? api_strdup(c, json_string_value(v)) : NULL;
}

static const char *js_string(api_ctx *c, json_t *v) {
    /* A name is used when it is truthy: a non-empty string. */
    const char *s = json_string_value(v);
    return s && *s ? api_strdup(c, s) : NULL;
}

static api_names sub_names(api_ctx *c, json_t *v) {
    /* `options.subscriptions.onCreate`: falsy -> none; a string -> [it]. */
    if (!v || json_is_null(v) || (json_is_string(v) && !*json_string_value(v)) || json_is_false(v)) {
        api_names none = {NULL, 0, false};
        return none;
    }
    return api_names_from_json(c, v);
}

api_model_cfg *api_model_config(api_ctx *c, const api_def *def, const api_dir *model_dir) {
    api_model_cfg *m = api_alloc(c, sizeof *m);
    if (!m)
        return NULL;
    const char *name = def->name;
    m->name = name;
    m->object = def;
    m->model_dir = model_dir;
    /* the transformer's defaults (graphql-model-transformer's object()) */
    const char *plural = api_pluralize(c, name);
    json_t *dflt = json_object(), *q = json_object(), *mu = json_object(), *sub = json_object(), *ts = json_object();
    put_name(q, "get", api_camel2(c, "get", name));
    put_name(q, "list", api_camel2(c, "list", plural));
    if (c->opts.datastore)
        put_name(q, "sync", api_camel2(c, "sync", plural));
    put_name(mu, "create", api_camel2(c, "create", name));
    put_name(mu, "update", api_camel2(c, "update", name));
    put_name(mu, "delete", api_camel2(c, "delete", name));
    put_name(sub, "level", "on");
    static const char *const subs[3] = {"onCreate", "onDelete", "onUpdate"};
    for (int k = 0; k < 3; k++) {
        json_t *list = json_array();
        json_array_append_new(list, json_string(api_subscription_name(c, api_camel2(c, subs[k], name))));
        json_object_set_new(sub, subs[k], list);
    }
    put_name(ts, "createdAt", "createdAt");
    put_name(ts, "updatedAt", "updatedAt");
    json_object_set_new(dflt, "queries", q);
    json_object_set_new(dflt, "mutations", mu);
    json_object_set_new(dflt, "subscriptions", sub);
    json_object_set_new(dflt, "timestamps", ts);
    if (!dflt || !q || !mu || !sub || !ts || c->nomem) {
        c->nomem = true;
        json_decref(dflt);
        return m;
    }
    json_t *args = api_dir_args_json(model_dir);
    if (args && json_object_size(args))
        merge_into(dflt, args); /* every @model argument has a default: always a deep merge */
    json_decref(args);

    q = json_object_get(dflt, "queries");
    m->get = js_string(c, json_object_get(q, "get"));
    m->list = js_string(c, json_object_get(q, "list"));
    m->sync = js_string(c, json_object_get(q, "sync"));
    mu = json_object_get(dflt, "mutations");
    m->create = js_string(c, json_object_get(mu, "create"));
    m->update = js_string(c, json_object_get(mu, "update"));
    m->del = js_string(c, json_object_get(mu, "delete"));
    json_t *s = json_object_get(dflt, "subscriptions");
    m->level = json_string_or_null(c, json_object_get(s, "level"));
    m->on_create = sub_names(c, json_object_get(s, "onCreate"));
    m->on_update = sub_names(c, json_object_get(s, "onUpdate"));
    m->on_delete = sub_names(c, json_object_get(s, "onDelete"));
    ts = json_object_get(dflt, "timestamps");
    m->timestamps_null = json_is_null(ts);
    m->created_at = json_string_or_null(c, json_object_get(ts, "createdAt"));
    m->updated_at = json_string_or_null(c, json_object_get(ts, "updatedAt"));
    json_decref(dflt);
    return m;
}

api_model_cfg *api_model_cfg_find(api_ctx *c, const char *name) {
    for (size_t i = 0; name && i < c->models.count; i++) {
        api_model_cfg *m = c->models.items[i];
        if (!strcmp(m->name, name))
            return m;
    }
    return NULL;
}

bool api_is_model_name(api_ctx *c, const char *name) { return api_model_cfg_find(c, name) != NULL; }

void api_model_object(api_ctx *c, const api_def *def, const api_dir *model_dir) {
    api_model_cfg *m = api_model_config(c, def, model_dir);
    if (!m)
        return;
    for (size_t i = 0; i < c->models.count; i++) {
        api_model_cfg *old = c->models.items[i];
        if (!strcmp(old->name, def->name)) {
            c->models.items[i] = m; /* a Set keeps the first position; the Map the last value */
            return;
        }
    }
    api_vec_push(c, &c->models, m);
}

/* ---- names -------------------------------------------------------------- */

static const char *pascal3(api_ctx *c, const char *a, const char *b, const char *d) {
    return api_printf(c, "%s%s%s", a, api_to_upper(c, b), d); /* toPascalCase([a, b, d]) */
}

/* ---- inputs from a type's fields ----------------------------------------- */

/* InputFieldWrapper.fromField */
static api_field *input_from_field(api_ctx *c, const api_field *f, const api_def *parent) {
    const ds__gql_type *type = f->type;
    const ds__gql_type *bare = api_unwrap_non_null(f->type);
    const char *bare_name = bare && bare->kind == DS__GQL_TYPE_NAMED ? bare->name : NULL;
    bool auto_field = false;
    if (api_def_is_model(parent) && bare_name) {
        if (!strcmp(f->name, "id"))
            auto_field = !strcmp(bare_name, "ID");
        else if (!strcmp(f->name, "createdAt") || !strcmp(f->name, "updatedAt"))
            auto_field = !strcmp(bare_name, "AWSDateTime") || !strcmp(bare_name, "String");
    }
    if (auto_field)
        type = bare;
    else if (!api_is_scalar(f->type) && !api_in_is_enum(c, api_base(f->type)))
        type = api_with_base(c, f->type, api_graphql_name(c, api_printf(c, "%sInput", api_to_upper(c, api_base(f->type)))));
    return api_field_new(c, f->name, type);
}

/* InputObjectDefinitionWrapper.fromObject, leaving out fields of model types
 * when skip_models. */
static api_def *input_from_object(api_ctx *c, const char *name, const api_def *obj, bool skip_models) {
    api_def *d = api_def_new(c, DS__GQL_DEF_INPUT_OBJECT, name);
    for (size_t i = 0; d && i < obj->fields.count; i++) {
        const api_field *f = obj->fields.items[i];
        if (skip_models && api_is_model_name(c, api_base(f->type)))
            continue;
        api_def_add_field(c, d, input_from_field(c, f, obj));
    }
    return d;
}

static void set_field_type(api_ctx *c, api_def *d, const char *name, const ds__gql_type *type) {
    api_field *f = api_field_find(d, name);
    if (!f)
        return;
    api_field *n = api_field_dup(c, f);
    if (n) {
        n->type = type;
        api_def_replace_field(d, n);
    }
}

static void make_nullable(api_ctx *c, api_def *d, const char *name) {
    api_field *f = api_field_find(d, name);
    if (f && api_is_non_null(f->type))
        set_field_type(c, d, name, f->type->of);
}

static void timestamps_nullable(api_ctx *c, api_def *d, const api_model_cfg *m) {
    const char *ts[2] = {m->created_at, m->updated_at};
    for (int i = 0; i < 2 && !m->timestamps_null; i++) {
        const api_field *f = ts[i] ? api_field_find(d, ts[i]) : NULL;
        if (f && (!strcmp(api_base(f->type), "String") || !strcmp(api_base(f->type), "AWSDateTime")))
            make_nullable(c, d, ts[i]);
    }
}

static void add_version(api_ctx *c, api_def *d) {
    if (c->opts.datastore)
        api_def_add_field(c, d, api_field_new(c, "_version", api_named(c, "Int")));
}

static api_def *make_create_input(api_ctx *c, const api_def *obj, const api_model_cfg *m) {
    const char *name = api_graphql_name(c, api_printf(c, "Create%sInput", api_to_upper(c, obj->name)));
    const api_field *id = api_field_find(obj, "id");
    bool autogen = id && (!strcmp(api_base(id->type), "ID") || !strcmp(api_base(id->type), "String"));
    api_def *d = input_from_object(c, name, obj, true);
    if (!d)
        return NULL;
    if (!id)
        api_def_add_field(c, d, api_field_new(c, "id", api_named(c, "ID")));
    else if (autogen)
        make_nullable(c, d, "id");
    timestamps_nullable(c, d, m);
    add_version(c, d);
    return d;
}

static api_def *make_update_input(api_ctx *c, const api_def *obj, const api_model_cfg *m) {
    api_def *d = input_from_object(c, pascal3(c, "Update", obj->name, "Input"), obj, true);
    if (!d)
        return NULL;
    for (size_t i = 0; i < d->fields.count; i++)
        make_nullable(c, d, ((api_field *)d->fields.items[i])->name);
    if (!api_def_has_field(obj, "id"))
        api_def_add_field(c, d, api_field_new(c, "id", api_non_null(c, api_named(c, "ID"))));
    else if (api_field_find(d, "id"))
        set_field_type(c, d, "id", api_non_null(c, api_field_find(d, "id")->type));
    timestamps_nullable(c, d, m);
    add_version(c, d);
    return d;
}

static api_def *make_delete_input(api_ctx *c, const api_def *obj) {
    api_def *d = api_def_new(c, DS__GQL_DEF_INPUT_OBJECT, pascal3(c, "Delete", obj->name, "Input"));
    api_def_add_field(c, d, api_field_new(c, "id", api_non_null(c, api_named(c, "ID"))));
    add_version(c, d);
    return d;
}

static api_def *make_condition_input(api_ctx *c, const api_def *obj, const api_model_cfg *m) {
    api_def *d = api_make_condition_filter(c, pascal3(c, "Model", obj->name, "ConditionInput"), obj);
    if (!d)
        return NULL;
    const api_field *id = api_field_find(d, "id");
    if (id && !strcmp(api_base(id->type), "ModelIDInput"))
        api_def_remove_field(d, "id");
    if (!m->timestamps_null) {
        const char *ts[2] = {m->created_at, m->updated_at};
        for (int i = 0; i < 2; i++)
            if (ts[i] && !api_def_has_field(d, ts[i]))
                api_def_add_field(c, d, api_field_new(c, ts[i], api_named(c, "ModelStringInput")));
    }
    return d;
}

static void add_if_absent(api_ctx *c, api_def *d) {
    if (d && !api_out_has(c, d->name))
        api_out_add(c, d);
}

/* createNonModelInputs */
static void non_model_inputs(api_ctx *c, const api_def *obj, int depth) {
    for (size_t i = 0; depth < 64 && i < obj->fields.count; i++) {
        const api_field *f = obj->fields.items[i];
        if (api_is_scalar(f->type))
            continue;
        const api_def *def = api_out_get(c, api_base(f->type));
        if (!def || def->kind != DS__GQL_DEF_OBJECT || api_is_model_name(c, def->name))
            continue;
        const char *name = api_printf(c, "%sInput", api_to_upper(c, def->name));
        if (!name || api_out_has(c, name))
            continue;
        api_out_add(c, input_from_object(c, name, def, false));
        non_model_inputs(c, def, depth + 1);
    }
}

/* ---- operations ----------------------------------------------------------- */

static api_field *arg(api_ctx *c, const char *name, const ds__gql_type *type) { return api_field_new(c, name, type); }

static api_field *op_field(api_ctx *c, const char *name, const char *type, api_field *const *args, size_t n) {
    api_field *f = api_field_new(c, name, api_named(c, type));
    for (size_t i = 0; f && i < n; i++)
        api_vec_push(c, &f->args, args[i]);
    return f;
}

static void ensure_connection(api_ctx *c, const api_def *def) {
    const char *name = pascal3(c, "Model", def->name, "Connection");
    if (!name || api_out_object(c, name))
        return;
    api_def *d = api_def_new(c, DS__GQL_DEF_OBJECT, name);
    api_def_add_field(c, d, api_field_new(c, "items", api_non_null(c, api_list(c, api_named(c, def->name)))));
    api_def_add_field(c, d, api_field_new(c, "nextToken", api_named(c, "String")));
    if (c->opts.datastore)
        api_def_add_field(c, d, api_field_new(c, "startedAt", api_named(c, "AWSTimestamp")));
    api_out_add(c, d);
}

static void query_fields(api_ctx *c, const api_def *def, const api_model_cfg *m, api_vec *out) {
    const char *filter = pascal3(c, "Model", def->name, "FilterInput");
    const char *conn = pascal3(c, "Model", def->name, "Connection");
    if (m->get) {
        api_field *a[] = {arg(c, "id", api_non_null(c, api_named(c, "ID")))};
        api_vec_push(c, out, op_field(c, m->get, def->name, a, 1));
    }
    if (m->list) {
        ensure_connection(c, def);
        api_add_enum_filters(c, def);
        add_if_absent(c, api_make_condition_filter(c, filter, def));
        api_field *a[] = {arg(c, "filter", api_named(c, filter)), arg(c, "limit", api_named(c, "Int")),
                          arg(c, "nextToken", api_named(c, "String"))};
        api_vec_push(c, out, op_field(c, m->list, conn, a, 3));
    }
    if (m->sync) {
        ensure_connection(c, def);
        add_if_absent(c, api_make_condition_filter(c, filter, def));
        api_field *a[] = {arg(c, "filter", api_named(c, filter)), arg(c, "limit", api_named(c, "Int")),
                          arg(c, "nextToken", api_named(c, "String")), arg(c, "lastSync", api_named(c, "AWSTimestamp"))};
        api_vec_push(c, out, op_field(c, m->sync, conn, a, 4));
    }
}

static void mutation_fields(api_ctx *c, const api_def *before, const api_model_cfg *m, api_vec *out) {
    const char *names[3] = {m->create, m->update, m->del};
    for (int k = 0; k < 3; k++) {
        if (!names[k])
            continue;
        api_add_enum_filters(c, before);
        api_def *cond = make_condition_input(c, before, m);
        add_if_absent(c, cond);
        api_def *input = k == 0 ? make_create_input(c, before, m)
                         : k == 1 ? make_update_input(c, before, m)
                                  : make_delete_input(c, before);
        add_if_absent(c, input);
        if (!cond || !input)
            return;
        api_field *a[] = {arg(c, "input", api_non_null(c, api_named(c, input->name))),
                          arg(c, "condition", api_named(c, cond->name))};
        api_vec_push(c, out, op_field(c, names[k], before->name, a, 2));
    }
}

static void subscription_fields(api_ctx *c, const api_def *def, const api_model_cfg *m, api_vec *out) {
    if (m->level && !strcmp(m->level, "off"))
        return;
    /* subscription name -> the mutations it listens to, in first-seen order */
    const api_names *lists[3] = {&m->on_create, &m->on_update, &m->on_delete};
    const char *muts[3] = {m->create, m->update, m->del};
    api_vec names = {0};
    for (int k = 0; k < 3; k++) {
        if (!muts[k])
            continue;
        for (size_t i = 0; i < lists[k]->count; i++) {
            const char *n = lists[k]->items[i];
            bool seen = false;
            for (size_t j = 0; n && j < names.count; j++)
                seen = seen || !strcmp(names.items[j], n);
            if (n && !seen)
                api_vec_push(c, &names, (void *)n);
        }
    }
    const char *filter = pascal3(c, "ModelSubscription", def->name, "FilterInput");
    for (size_t j = 0; j < names.count; j++) {
        api_field *f = api_field_new(c, names.items[j], api_named(c, def->name));
        const char *listened[3];
        size_t nl = 0;
        for (int k = 0; f && k < 3; k++) {
            if (!muts[k] || !api_names_has(lists[k], names.items[j]))
                continue;
            api_add_enum_filters(c, def);
            add_if_absent(c, api_make_subscription_filter(c, filter, def));
            api_vec_push(c, &f->args, arg(c, "filter", api_named(c, filter)));
            listened[nl++] = muts[k];
        }
        if (!f)
            return;
        api_vec_push(c, &f->dirs, api_dir_new(c, "aws_subscribe", api_string_list_arg(c, "mutations", listened, nl)));
        api_vec_push(c, out, f);
    }
}

/* ---- transformSchema ------------------------------------------------------ */

static void add_auto_fields(api_ctx *c, api_def *def, const api_model_cfg *m) {
    if (!api_def_has_field(def, "id"))
        api_def_add_field(c, def, api_field_new(c, "id", api_non_null(c, api_named(c, "ID"))));
    const char *ts[2] = {m->created_at, m->updated_at};
    for (int i = 0; i < 2 && !m->timestamps_null; i++)
        if (ts[i] && !api_def_has_field(def, ts[i]))
            api_def_add_field(c, def, api_field_new(c, ts[i], api_non_null(c, api_named(c, "AWSDateTime"))));
}

static void add_sync_fields(api_ctx *c, api_def *def) {
    api_def_add_field(c, def, api_field_new(c, "_version", api_non_null(c, api_named(c, "Int"))));
    api_def_add_field(c, def, api_field_new(c, "_deleted", api_named(c, "Boolean")));
    api_def_add_field(c, def, api_field_new(c, "_lastChangedAt", api_non_null(c, api_named(c, "AWSTimestamp"))));
}

/* propagateDirectivesToNestedTypes (model transformer's version) */
static void propagate_service_dirs(api_ctx *c, const api_def *def, api_vec *seen, const api_vec *dirs, int depth) {
    for (size_t i = 0; depth < 64 && i < def->fields.count; i++) {
        const api_field *f = def->fields.items[i];
        api_def *t = api_out_get(c, api_base(f->type));
        if (!t || t->kind != DS__GQL_DEF_OBJECT || api_def_is_model(t))
            continue;
        bool was_seen = false;
        for (size_t k = 0; k < seen->count; k++)
            was_seen = was_seen || !strcmp(seen->items[k], t->name);
        if (was_seen)
            continue;
        for (size_t k = 0; k < dirs->count; k++) {
            api_dir *d = dirs->items[k];
            if (!api_find_dir(&t->dirs, d->name))
                api_extend_type_dirs(c, t->name, &d, 1);
        }
        api_vec_push(c, seen, (void *)t->name);
        propagate_service_dirs(c, t, seen, dirs, depth + 1);
    }
}

void api_model_transform(api_ctx *c) {
    api_add_model_condition_inputs(c);
    api_ensure_sort_direction(c);
    for (size_t i = 0; i < c->models.count && !c->nomem; i++) {
        const api_model_cfg *m = c->models.items[i];
        api_def *def = api_out_object(c, m->name);
        if (!def)
            continue;
        api_def *before = api_def_copy(c, def); /* defBeforeImplicitFields */
        add_auto_fields(c, def, m);
        bool has_auth = api_find_dir(&def->dirs, "auth") != NULL;
        non_model_inputs(c, def, 0);
        api_vec queries = {0}, mutations = {0}, subscriptions = {0};
        query_fields(c, def, m, &queries);
        api_add_root_fields(c, c->query_name, (api_field *const *)queries.items, queries.count);
        if (before)
            mutation_fields(c, before, m, &mutations);
        api_add_root_fields(c, c->mutation_name, (api_field *const *)mutations.items, mutations.count);
        subscription_fields(c, def, m, &subscriptions);
        api_add_root_fields(c, c->subscription_name, (api_field *const *)subscriptions.items, subscriptions.count);
        if (c->opts.datastore)
            add_sync_fields(c, def);
        if (has_auth)
            continue;
        api_vec dirs = {0};
        api_model_service_dirs(c, &dirs);
        if (!dirs.count)
            continue;
        api_extend_type_dirs(c, def->name, (api_dir *const *)dirs.items, dirs.count);
        api_vec seen = {0};
        propagate_service_dirs(c, def, &seen, &dirs, 0);
        const api_vec *ops[3] = {&queries, &mutations, &subscriptions};
        const char *roots[3] = {c->query_name, c->mutation_name, c->subscription_name};
        for (int k = 0; k < 3; k++)
            for (size_t j = 0; j < ops[k]->count; j++)
                api_add_dirs_to_operation(c, roots[k], ((api_field *)ops[k]->items[j])->name,
                                          (api_dir *const *)dirs.items, dirs.count);
    }
}
