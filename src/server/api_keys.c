/*
 * @primaryKey and @index (graphql-index-transformer): the key arguments of
 * get and list (`getOrder(id: ID!, orderDate: AWSDate!)`, `listOrders(id: ID,
 * orderDate: ModelStringKeyConditionInput, ..., sortDirection:
 * ModelSortDirection)`), the key fields of the update and delete inputs,
 * the index query fields (`ordersByCustomerIdAndOrderDate(...)`), and the
 * key condition inputs a sort key needs: Model<Scalar>KeyConditionInput for
 * one sort field, Model<M><Key>CompositeKeyConditionInput and
 * Model<M><Key>CompositeKeyInput for several.
 */
#include <string.h>

#include "server/api_internal.h"

/* ---- key fields of a definition ------------------------------------------- */

const api_field *api_primary_key_of(api_ctx *c, const api_def *object) {
    const api_field *pk = NULL;
    for (size_t i = 0; object && i < object->fields.count; i++) {
        const api_field *f = object->fields.items[i];
        if (api_find_dir(&f->dirs, "primaryKey"))
            pk = f;
    }
    return pk ? pk : api_field_new(c, "id", api_non_null(c, api_named(c, "ID")));
}

api_vec api_sort_keys_of(api_ctx *c, const api_def *object) {
    api_vec out = {0};
    for (size_t i = 0; object && i < object->fields.count; i++) {
        const api_field *f = object->fields.items[i];
        const api_dir *d = api_find_dir(&f->dirs, "primaryKey");
        const ds__gql_value *v = d ? api_dir_arg(d, "sortKeyFields") : NULL;
        if (!v)
            continue;
        if (v->kind == DS__GQL_VAL_STRING) {
            api_field *s = api_field_find(object, v->str);
            if (s)
                api_vec_push(c, &out, s);
        } else if (v->kind == DS__GQL_VAL_LIST) {
            for (const ds__gql_value *it = v->items; it; it = it->next) {
                api_field *s = it->str ? api_field_find(object, it->str) : NULL;
                if (s)
                    api_vec_push(c, &out, s);
            }
        }
    }
    return out;
}

/* ---- first pass: the directives -------------------------------------------- */

static api_names sort_key_names(api_ctx *c, const api_dir *dir) {
    json_t *args = api_dir_args_json(dir);
    api_names n = api_names_from_json(c, json_object_get(args, "sortKeyFields"));
    json_decref(args);
    n.present = true;
    return n;
}

static void fill_sort_key(api_ctx *c, api_key_cfg *k) {
    for (size_t i = 0; i < k->sort_key_fields.count; i++) {
        const char *name = k->sort_key_fields.items[i];
        api_field *f = name ? api_field_find(k->object, name) : NULL;
        if (f)
            api_vec_push(c, &k->sort_key, f);
    }
}

void api_primary_key_field(api_ctx *c, const api_def *parent, const api_field *field, const api_dir *dir) {
    api_key_cfg *k = api_alloc(c, sizeof *k);
    if (!k)
        return;
    k->object = parent;
    k->field = field;
    k->sort_key_fields = sort_key_names(c, dir);
    k->model_dir = api_find_dir(&parent->dirs, "model");
    fill_sort_key(c, k);
    api_vec_push(c, &c->primary_keys, k);
}

/* generateKeyAndQueryNameForConfig: `${toLower(pluralize(Model))}By${Field}And${Sort}...` */
static const char *index_default_name(api_ctx *c, const api_key_cfg *k) {
    const char *s = api_printf(c, "%sBy%s", api_to_lower(c, api_pluralize(c, k->object->name)),
                               api_to_upper(c, k->field->name));
    for (size_t i = 0; s && i < k->sort_key_fields.count; i++)
        if (k->sort_key_fields.items[i])
            s = api_printf(c, "%sAnd%s", s, api_to_upper(c, k->sort_key_fields.items[i]));
    return s;
}

void api_index_field(api_ctx *c, const api_def *parent, const api_field *field, const api_dir *dir) {
    api_key_cfg *k = api_alloc(c, sizeof *k);
    if (!k)
        return;
    k->is_index = true;
    k->object = parent;
    k->field = field;
    k->sort_key_fields = sort_key_names(c, dir);
    k->model_dir = api_find_dir(&parent->dirs, "model");
    json_t *args = api_dir_args_json(dir);
    json_t *name = json_object_get(args, "name"), *qf = json_object_get(args, "queryField");
    k->name = json_string_value(name) ? api_strdup(c, json_string_value(name)) : index_default_name(c, k);
    if (qf && json_is_null(qf))
        k->query_field = NULL;
    else if (json_string_value(qf) && *json_string_value(qf))
        k->query_field = api_strdup(c, json_string_value(qf));
    else
        k->query_field = index_default_name(c, k); /* enableAutoIndexQueryNames */
    json_decref(args);
    fill_sort_key(c, k);
    api_vec_push(c, &c->indexes, k);
}

/* ---- transformSchema ------------------------------------------------------- */

/* lookupResolverName: reads the @model arguments as written. */
static const char *resolver_name(api_ctx *c, const api_key_cfg *k, const char *op) {
    const char *arg_name = !strcmp(op, "get") || !strcmp(op, "list") || !strcmp(op, "sync") ? "queries" : "mutations";
    const char *name = NULL;
    for (const ds__gql_argument *a = k->model_dir ? k->model_dir->args : NULL; a; a = a->next) {
        if (strcmp(a->name, arg_name) || !a->value || a->value->kind != DS__GQL_VAL_OBJECT)
            continue;
        for (const ds__gql_object_field *f = a->value->fields; f; f = f->next) {
            if (strcmp(f->name, op))
                continue;
            bool str = f->value && (f->value->kind == DS__GQL_VAL_STRING || f->value->kind == DS__GQL_VAL_ENUM);
            if (!str || !*f->value->str)
                return NULL;
            name = f->value->str;
        }
    }
    if (name)
        return name;
    const char *upper = api_to_upper(c, k->object->name);
    if (!strcmp(op, "list") || !strcmp(op, "sync"))
        return api_printf(c, "%s%s", op, api_pluralize(c, upper));
    return api_printf(c, "%s%s", op, upper);
}

static api_field *input_value(api_ctx *c, const char *name, const ds__gql_type *t) { return api_field_new(c, name, t); }

/* The argument for the sort key of a query (tryAndCreateSortField). */
static api_field *sort_field(api_ctx *c, const api_key_cfg *k) {
    if (k->sort_key.count == 0)
        return NULL;
    if (k->sort_key.count == 1) {
        const api_field *key = k->sort_key.items[0];
        const char *base = api_base(key->type);
        const char *resolved = api_out_get(c, base) ? "String" : base;
        return input_value(c, key->name, api_named(c, api_key_condition_name(c, resolved)));
    }
    const char *name = api_camel(c, (const char *const *)k->sort_key_fields.items, k->sort_key_fields.count);
    const char *key_name = api_to_upper(c, k->name ? k->name : "Primary");
    return input_value(c, name, api_named(c, api_printf(c, "Model%s%sCompositeKeyConditionInput", k->object->name, key_name)));
}

static api_field *hash_field(api_ctx *c, const api_key_cfg *k) {
    const ds__gql_type *t = api_named(c, api_base(k->field->type));
    return input_value(c, k->field->name, k->is_index ? api_non_null(c, t) : t);
}

static void update_get_field(api_ctx *c, const api_key_cfg *k) {
    const char *name = resolver_name(c, k, "get");
    api_def *query = api_out_get(c, c->query_name);
    api_field *f = name ? api_field_find(query, name) : NULL;
    if (!f)
        return;
    api_field *n = api_field_dup(c, f);
    if (!n)
        return;
    n->args.count = 0;
    api_vec_push(c, &n->args, input_value(c, k->field->name, api_non_null(c, api_named(c, api_base(k->field->type)))));
    for (size_t i = 0; i < k->sort_key.count; i++) {
        const api_field *s = k->sort_key.items[i];
        api_vec_push(c, &n->args, input_value(c, s->name, api_non_null(c, api_named(c, api_base(s->type)))));
    }
    api_def_replace_field(query, n);
}

static void update_list_field(api_ctx *c, const api_key_cfg *k) {
    const char *name = resolver_name(c, k, "list");
    api_def *query = api_out_get(c, c->query_name);
    api_field *f = name ? api_field_find(query, name) : NULL;
    if (!f)
        return;
    api_field *n = api_field_dup(c, f);
    if (!n)
        return;
    n->args.count = 0;
    api_vec_push(c, &n->args, hash_field(c, k));
    api_field *s = sort_field(c, k);
    if (s)
        api_vec_push(c, &n->args, s);
    for (size_t i = 0; i < f->args.count; i++)
        api_vec_push(c, &n->args, f->args.items[i]);
    api_vec_push(c, &n->args, input_value(c, "sortDirection", api_named(c, "ModelSortDirection")));
    api_ensure_sort_direction(c);
    api_def_replace_field(query, n);
}

static bool is_key_field(const api_key_cfg *k, const char *name) {
    if (!strcmp(k->field->name, name))
        return true;
    for (size_t i = 0; i < k->sort_key.count; i++)
        if (!strcmp(((const api_field *)k->sort_key.items[i])->name, name))
            return true;
    return false;
}

static void update_input_objects(api_ctx *c, const api_key_cfg *k) {
    bool make[3] = {true, true, true}; /* create, update, delete */
    for (const ds__gql_argument *a = k->model_dir ? k->model_dir->args : NULL; a; a = a->next) {
        if (strcmp(a->name, "mutations"))
            continue;
        if (a->value && a->value->kind == DS__GQL_VAL_NULL)
            make[0] = make[1] = make[2] = false;
        else if (a->value && a->value->kind == DS__GQL_VAL_OBJECT)
            for (const ds__gql_object_field *f = a->value->fields; f; f = f->next) {
                bool val = f->value && (f->value->kind == DS__GQL_VAL_STRING || f->value->kind == DS__GQL_VAL_ENUM) &&
                           *f->value->str;
                if (f->value && f->value->kind == DS__GQL_VAL_BOOLEAN)
                    val = f->value->boolean;
                int i = !strcmp(f->name, "create") ? 0 : !strcmp(f->name, "update") ? 1 : !strcmp(f->name, "delete") ? 2 : -1;
                if (i >= 0)
                    make[i] = val;
            }
        break;
    }
    const char *model = api_to_upper(c, k->object->name);
    bool has_id = api_def_has_field(k->object, "id");
    if (!has_id) {
        api_def *create = api_out_get(c, api_graphql_name(c, api_printf(c, "Create%sInput", model)));
        if (create && make[0])
            api_def_remove_field(create, "id");
    }
    api_def *update = api_out_get(c, api_graphql_name(c, api_printf(c, "Update%sInput", model)));
    if (update && make[1]) {
        if (!has_id)
            api_def_remove_field(update, "id");
        for (size_t i = 0; i < update->fields.count; i++) {
            const api_field *f = update->fields.items[i];
            const ds__gql_type *t = NULL;
            if (is_key_field(k, f->name))
                t = api_non_null(c, api_with_base(c, f->type, api_base(f->type)));
            else if (!strcmp(f->name, "id"))
                t = api_unwrap_non_null(f->type);
            if (t)
                update->fields.items[i] = api_field_new(c, f->name, t);
        }
    }
    api_def *del = api_out_get(c, api_graphql_name(c, api_printf(c, "Delete%sInput", model)));
    if (del && make[2]) {
        api_vec fields = {0};
        api_vec_push(c, &fields, api_field_new(c, k->field->name, api_non_null(c, api_named(c, api_base(k->field->type)))));
        for (size_t i = 0; i < k->sort_key.count; i++) {
            const api_field *s = k->sort_key.items[i];
            api_vec_push(c, &fields, api_field_new(c, s->name, api_non_null(c, api_named(c, api_base(s->type)))));
        }
        for (size_t i = 0; i < del->fields.count; i++) {
            const api_field *f = del->fields.items[i];
            if (is_key_field(k, f->name) || (!strcmp(f->name, "id") && !strcmp(api_base(f->type), "ID")))
                continue;
            api_vec_push(c, &fields, (void *)f);
        }
        del->fields = fields;
    }
}

static void remove_auto_primary_key(api_ctx *c, const api_key_cfg *k) {
    if (api_def_has_field(k->object, "id"))
        return;
    api_def_remove_field(api_out_object(c, k->object->name), "id");
}

static void add_key_condition_inputs(api_ctx *c, const api_key_cfg *k) {
    if (k->sort_key.count > 1) {
        const char *key_name = api_to_upper(c, k->name ? k->name : "Primary");
        api_def *cond = api_make_composite_key_condition(c, k->object->name, key_name);
        if (cond && !api_out_get(c, cond->name))
            api_out_add(c, cond);
        api_def *input = api_make_composite_key_input(c, k->object->name, key_name, &k->sort_key);
        if (input && !api_out_get(c, input->name))
            api_out_add(c, input);
    } else if (k->sort_key.count == 1) {
        const api_field *s = k->sort_key.items[0];
        const char *base = api_base(s->type);
        const char *resolved = api_is_scalar(s->type) ? base : api_out_get(c, base) ? "String" : NULL;
        api_def *cond = api_make_scalar_key_condition(c, resolved);
        if (cond && !api_out_get(c, cond->name))
            api_out_add(c, cond);
    }
}

static void update_condition_input(api_ctx *c, const api_key_cfg *k) {
    const char *o = api_scalar_override(k->object->name);
    api_def *cond = api_out_get(c, api_printf(c, "Model%sConditionInput", o ? o : k->object->name));
    if (!cond)
        return;
    api_def_remove_field(cond, "id");
    if (k->name)
        return;
    api_def_remove_field(cond, k->field->name);
    for (size_t i = 0; i < k->sort_key_fields.count; i++)
        if (k->sort_key_fields.items[i])
            api_def_remove_field(cond, k->sort_key_fields.items[i]);
}

static void ensure_query_field(api_ctx *c, const api_key_cfg *k) {
    if (!k->query_field)
        return;
    api_vec_push(c, &c->index_queries, (void *)api_printf(c, "%s\t%s\t%s", k->object->name, k->name, k->query_field));
    const char *o = api_scalar_override(k->object->name);
    const char *model = o ? o : k->object->name;
    api_field *f = api_field_new(c, k->query_field, api_named(c, api_printf(c, "Model%sConnection", k->object->name)));
    if (!f)
        return;
    api_vec_push(c, &f->args, hash_field(c, k));
    api_field *s = sort_field(c, k);
    if (s)
        api_vec_push(c, &f->args, s);
    api_vec_push(c, &f->args, input_value(c, "sortDirection", api_named(c, "ModelSortDirection")));
    api_vec_push(c, &f->args, input_value(c, "filter", api_named(c, api_printf(c, "Model%sFilterInput", model))));
    api_vec_push(c, &f->args, input_value(c, "limit", api_named(c, "Int")));
    api_vec_push(c, &f->args, input_value(c, "nextToken", api_named(c, "String")));
    if (!api_find_dir(&k->object->dirs, "auth"))
        api_model_service_dirs(c, &f->dirs);
    api_add_root_fields(c, c->query_name, &f, 1);
    api_ensure_sort_direction(c);
    api_add_enum_filters(c, k->object);
    api_def *filter = api_make_x_filter(c, k->object, false, false);
    if (filter && !api_out_has(c, filter->name))
        api_out_add(c, filter);
    api_ensure_plain_connection(c, k->object->name);
}

void api_keys_transform(api_ctx *c) {
    for (size_t i = 0; i < c->primary_keys.count && !c->nomem; i++) {
        const api_key_cfg *k = c->primary_keys.items[i];
        update_get_field(c, k);
        update_list_field(c, k);
        update_input_objects(c, k);
        remove_auto_primary_key(c, k);
        add_key_condition_inputs(c, k);
        update_condition_input(c, k);
    }
    for (size_t i = 0; i < c->indexes.count && !c->nomem; i++) {
        const api_key_cfg *k = c->indexes.items[i];
        ensure_query_field(c, k);
        add_key_condition_inputs(c, k);
        update_condition_input(c, k);
    }
}
