/*
 * The relational directives (graphql-relational-transformer): @hasMany and
 * @manyToMany fields become connection fields (`posts(filter:
 * ModelPostFilterInput, sortDirection: ModelSortDirection, limit: Int,
 * nextToken: String): ModelPostConnection`, with a key condition argument
 * first when the related key or index has sort fields); relations written
 * without `fields:` add the transformer's implicit foreign-key fields
 * (`albumPhotosId: ID`, `projectTeamId: ID`, one more per sort key) to the
 * model that holds them and to its create/update/filter/condition inputs;
 * @manyToMany adds its join model (`PostTags { id postId tagId post tag }`)
 * with two @index queries.
 *
 * The transformer's own quirks are kept, e.g. an implicit @hasMany adds its
 * foreign key to the subscription filter of the parent model, not of the
 * child, and @hasOne/@belongsTo fields keep their plain object type.
 */
#include <string.h>

#include "server/api_internal.h"

/* ---- first pass ------------------------------------------------------------ */

static const api_def *related_type(api_ctx *c, const api_field *field) {
    const char *name = api_base(field->type);
    const api_def *d = api_in_get(c, name);
    if (d && d->kind == DS__GQL_DEF_OBJECT)
        return d;
    return api_out_object(c, name);
}

static void field_nodes(api_ctx *c, api_rel_cfg *r) {
    for (size_t i = 0; i < r->fields.count; i++) {
        api_field *f = r->fields.items[i] ? api_field_find(r->object, r->fields.items[i]) : NULL;
        if (f)
            api_vec_push(c, &r->field_nodes, f);
    }
}

void api_relation_field(api_ctx *c, api_rel_kind kind, const api_def *parent, const api_field *field,
                        const api_dir *dir) {
    api_rel_cfg *r = api_alloc(c, sizeof *r);
    json_t *args = api_dir_args_json(dir);
    if (!r || !args) {
        c->nomem = true;
        json_decref(args);
        return;
    }
    r->kind = kind;
    r->object = parent;
    r->field = field;
    json_t *v;
    if ((v = json_object_get(args, "indexName")) && json_is_string(v))
        r->index_name = api_strdup(c, json_string_value(v));
    if ((v = json_object_get(args, "fields")) && !json_is_null(v)) {
        r->has_fields = true;
        r->fields = api_names_from_json(c, v);
    }
    if ((v = json_object_get(args, "references")) && !json_is_null(v)) {
        r->has_references = true;
        r->references = api_names_from_json(c, v);
    }
    if ((v = json_object_get(args, "relationName")) && json_is_string(v))
        r->relation_name = api_strdup(c, json_string_value(v));
    json_decref(args);
    if (!r->has_references && kind != API_MANY_TO_MANY) {
        r->has_fields = true; /* ensureFieldsArray: no fields is [] */
        r->fields.present = true;
    }
    if (kind == API_MANY_TO_MANY) {
        api_vec_push(c, &c->many_to_many, r);
        return;
    }
    r->related_type = related_type(c, field);
    if (!r->has_references)
        field_nodes(c, r); /* ensureFieldsArray + getFieldsNodes */
    if (kind == API_BELONGS_TO && r->related_type) {
        /* the first field of the related type pointing back with @hasOne/@hasMany */
        for (size_t i = 0; i < r->related_type->fields.count && !r->relation_type; i++) {
            const api_field *f = r->related_type->fields.items[i];
            if (strcmp(api_base(f->type), parent->name))
                continue;
            for (size_t k = 0; k < f->dirs.count; k++) {
                const api_dir *d = f->dirs.items[k];
                if (!strcmp(d->name, "hasOne") || !strcmp(d->name, "hasMany")) {
                    r->relation_type = d->name;
                    break;
                }
            }
        }
    }
    api_vec_push(c, kind == API_HAS_MANY ? &c->has_many : kind == API_HAS_ONE ? &c->has_one : &c->belongs_to, r);
}

/* ---- @manyToMany: the join model (the transformer's prepare step) --------- */

/* getPartitionKeyFieldNoContext over the output definition */
static const api_field *partition_key(api_ctx *c, const api_def *object) {
    const api_def *out = api_out_get(c, object->name);
    const char *name = "id";
    for (size_t i = 0; out && i < out->fields.count; i++) {
        const api_field *f = out->fields.items[i];
        if (api_find_dir(&f->dirs, "primaryKey"))
            name = f->name;
    }
    const api_field *f = out ? api_field_find(out, name) : NULL;
    return f ? f : api_field_new(c, "id", api_non_null(c, api_named(c, "ID")));
}

static const ds__gql_argument *index_args(api_ctx *c, const char *name, const api_vec *sort_names) {
    ds__gql_argument *a = api_alloc(c, sizeof *a);
    ds__gql_value *v = api_alloc(c, sizeof *v);
    if (!a || !v)
        return NULL;
    a->name = "name";
    a->value = v;
    v->kind = DS__GQL_VAL_STRING;
    v->str = name;
    v->len = strlen(name);
    a->next = (ds__gql_argument *)api_string_list_arg(c, "sortKeyFields", (const char *const *)sort_names->items,
                                                     sort_names->count);
    return a;
}

typedef struct side {
    const api_rel_cfg *r;
    const char *type_name, *field_name, *field_name_id, *index_name;
    const api_field *pk; /* partition key (output definition) */
    api_vec sort_keys;   /* api_field* of the model's key (output definition) */
    api_vec sort_names;  /* const char*: `${fieldName}${sortField}` */
} side;

static void side_init(api_ctx *c, side *s, const api_rel_cfg *r) {
    memset(s, 0, sizeof *s);
    s->r = r;
    s->type_name = r->object->name;
    s->field_name = api_to_lower(c, s->type_name);
    s->pk = partition_key(c, r->object);
    s->sort_keys = api_sort_keys_of(c, api_out_get(c, r->object->name));
    s->index_name = api_printf(c, "by%s", s->type_name);
    const api_field *pk_in = api_primary_key_of(c, r->object);
    s->field_name_id = api_printf(c, "%s%s", s->field_name, api_to_upper(c, pk_in->name));
    for (size_t i = 0; i < s->sort_keys.count; i++)
        api_vec_push(c, &s->sort_names,
                     (void *)api_printf(c, "%s%s", s->field_name, ((const api_field *)s->sort_keys.items[i])->name));
}

static api_field *side_id_field(api_ctx *c, const side *s) {
    api_field *f = api_field_new(c, s->field_name_id, api_non_null(c, api_named(c, api_base(s->pk->type))));
    if (f)
        api_vec_push(c, &f->dirs, api_dir_new(c, "index", index_args(c, s->index_name, &s->sort_names)));
    return f;
}

static void side_sort_fields(api_ctx *c, const side *s, api_def *join) {
    for (size_t i = 0; i < s->sort_keys.count; i++) {
        const api_field *k = s->sort_keys.items[i];
        api_def_add_field(c, join, api_field_new(c, s->sort_names.items[i], api_non_null(c, api_named(c, api_base(k->type)))));
    }
}

static api_field *side_model_field(api_ctx *c, const side *s) {
    api_field *f = api_field_new(c, s->field_name, api_non_null(c, api_named(c, s->type_name)));
    api_vec names = {0};
    api_vec_push(c, &names, (void *)s->field_name_id);
    for (size_t i = 0; i < s->sort_names.count; i++)
        api_vec_push(c, &names, s->sort_names.items[i]);
    if (f)
        api_vec_push(c, &f->dirs,
                     api_dir_new(c, "hasOne", api_string_list_arg(c, "fields", (const char *const *)names.items, names.count)));
    return f;
}

/* createJoinTableAuthDirective: both models' rules, one @auth. */
static api_dir *join_auth(api_ctx *c, const api_def *t1, const api_def *t2) {
    const ds__gql_value *r1 = api_dir_arg(api_find_dir(&t1->dirs, "auth"), "rules");
    const ds__gql_value *r2 = api_dir_arg(api_find_dir(&t2->dirs, "auth"), "rules");
    ds__gql_value *list = api_alloc(c, sizeof *list);
    ds__gql_argument *a = api_alloc(c, sizeof *a);
    if (!list || !a)
        return NULL;
    list->kind = DS__GQL_VAL_LIST;
    ds__gql_value **tail = &list->items;
    const ds__gql_value *rules[2] = {r1, r2};
    for (int k = 0; k < 2; k++) {
        if (!rules[k])
            continue;
        /* a single rule written without brackets is a list of one */
        const ds__gql_value *it = rules[k]->kind == DS__GQL_VAL_LIST ? rules[k]->items : rules[k];
        for (; it; it = rules[k]->kind == DS__GQL_VAL_LIST ? it->next : NULL) {
            ds__gql_value *copy = api_alloc(c, sizeof *copy);
            if (!copy)
                return NULL;
            *copy = *it;
            copy->next = NULL;
            *tail = copy;
            tail = &copy->next;
        }
    }
    if (!list->items)
        return NULL;
    a->name = "rules";
    a->value = list;
    return api_dir_new(c, "auth", a);
}

static api_rel_cfg *second_of(api_ctx *c, size_t first, const char *relation) {
    for (size_t j = first + 1; j < c->many_to_many.count; j++) {
        api_rel_cfg *r = c->many_to_many.items[j];
        if (r->relation_name && !strcmp(api_graphql_name(c, api_to_upper(c, r->relation_name)), relation))
            return r;
    }
    return NULL;
}

void api_many_to_many_validate(api_ctx *c) {
    for (size_t i = 0; i < c->many_to_many.count && !c->nomem; i++) {
        api_rel_cfg *r1 = c->many_to_many.items[i];
        if (!r1->relation_name)
            continue;
        const char *name = api_graphql_name(c, api_to_upper(c, r1->relation_name));
        bool earlier = false; /* the relation was made from an earlier occurrence */
        for (size_t j = 0; j < i; j++) {
            api_rel_cfg *r0 = c->many_to_many.items[j];
            earlier = earlier || (r0->relation_name && !strcmp(api_graphql_name(c, api_to_upper(c, r0->relation_name)), name));
        }
        api_rel_cfg *r2 = earlier ? NULL : second_of(c, i, name);
        if (!r2)
            continue;
        side s1, s2;
        side_init(c, &s1, r1);
        side_init(c, &s2, r2);
        api_def *join = api_def_new(c, DS__GQL_DEF_OBJECT, name);
        if (!join)
            return;
        api_vec_push(c, &join->dirs, api_dir_new(c, "model", NULL));
        api_dir *auth = join_auth(c, r1->object, r2->object);
        if (auth)
            api_vec_push(c, &join->dirs, auth);
        api_def_add_field(c, join, api_field_new(c, "id", api_non_null(c, api_named(c, "ID"))));
        api_field *id1 = side_id_field(c, &s1), *id2 = side_id_field(c, &s2);
        api_def_add_field(c, join, id1);
        side_sort_fields(c, &s1, join);
        api_def_add_field(c, join, id2);
        side_sort_fields(c, &s2, join);
        api_field *m1 = side_model_field(c, &s1), *m2 = side_model_field(c, &s2);
        api_def_add_field(c, join, m1);
        api_def_add_field(c, join, m2);
        api_out_add(c, api_def_copy(c, join));

        const side *sides[2] = {&s1, &s2};
        api_rel_cfg *rs[2] = {r1, r2};
        for (int k = 0; k < 2; k++) {
            api_rel_cfg *r = rs[k];
            r->index_name = sides[k]->index_name;
            r->has_fields = true;
            r->fields.present = true;
            r->fields.count = 1 + sides[k]->sort_keys.count;
            r->fields.items = api_alloc(c, r->fields.count * sizeof *r->fields.items);
            r->field_nodes.count = 0;
            api_vec_push(c, &r->field_nodes, (void *)sides[k]->pk);
            for (size_t n = 0; r->fields.items && n < r->fields.count; n++) {
                const api_field *f = n ? sides[k]->sort_keys.items[n - 1] : sides[k]->pk;
                r->fields.items[n] = f->name;
                if (n)
                    api_vec_push(c, &r->field_nodes, (void *)f);
            }
            r->related_type = join;
            r->related_type_index.count = 0;
            api_vec_push(c, &r->related_type_index, k == 0 ? id1 : id2);
            r->related_type_index_set = true;
        }
        const api_dir *model_dir = api_find_dir(&join->dirs, "model");
        api_model_object(c, join, model_dir);
        api_relation_field(c, API_HAS_ONE, join, m1, api_find_dir(&m1->dirs, "hasOne"));
        api_relation_field(c, API_HAS_ONE, join, m2, api_find_dir(&m2->dirs, "hasOne"));
        if (auth)
            api_auth_object(c, join, auth, true);
        api_index_field(c, join, id1, api_find_dir(&id1->dirs, "index"));
        api_index_field(c, join, id2, api_find_dir(&id2->dirs, "index"));
    }
}

/* ---- transformSchema -------------------------------------------------------- */

static const char *index_arg_name(const api_dir *d) {
    const ds__gql_value *v = api_dir_arg(d, "name");
    return v && v->kind == DS__GQL_VAL_STRING ? v->str : NULL;
}

/* getRelatedTypeIndex over the related type's output definition */
static void related_type_index(api_ctx *c, api_rel_cfg *r, const char *index_name) {
    const api_def *rel = r->related_type ? api_out_get(c, r->related_type->name) : NULL;
    if (!rel)
        return;
    const char *partition = NULL;
    api_vec sort_names = {0};
    for (size_t i = 0; i < rel->fields.count; i++) {
        const api_field *f = rel->fields.items[i];
        for (size_t k = 0; k < f->dirs.count; k++) {
            const api_dir *d = f->dirs.items[k];
            const char *name = index_arg_name(d);
            bool pk = !index_name && !strcmp(d->name, "primaryKey");
            bool idx = index_name && name && !strcmp(index_name, name) && !strcmp(d->name, "index");
            if (!pk && !idx)
                continue;
            partition = f->name;
            const ds__gql_value *v = api_dir_arg(d, "sortKeyFields");
            if (v && v->kind == DS__GQL_VAL_STRING)
                api_vec_push(c, &sort_names, (void *)v->str);
            else if (v && v->kind == DS__GQL_VAL_LIST)
                for (const ds__gql_value *it = v->items; it; it = it->next)
                    api_vec_push(c, &sort_names, (void *)it->str);
            break;
        }
    }
    const api_field *pf = api_field_find(rel, partition ? partition : "id");
    r->related_type_index.count = 0;
    r->related_type_index_set = true;
    if (!pf)
        return;
    api_vec_push(c, &r->related_type_index, (void *)pf);
    for (size_t i = 0; i < sort_names.count; i++) {
        api_field *s = sort_names.items[i] ? api_field_find(rel, sort_names.items[i]) : NULL;
        if (s)
            api_vec_push(c, &r->related_type_index, s);
    }
}

/* Adds the connection (foreign key) fields to a type or input. */
static void add_connection_fields(api_ctx *c, api_def *target, const char *object, const char *field,
                                  const char *conn_name, const char *pk_type, const api_vec *sort_keys, bool non_null,
                                  int filter /* 0: type/input, 1: filter, 2: subscription filter */) {
    if (!target)
        return;
    size_t n = 1 + sort_keys->count;
    for (size_t i = 0; i < n; i++) {
        const api_field *sk = i ? sort_keys->items[i - 1] : NULL;
        const char *name = i ? api_camel3(c, object, field, sk->name) : conn_name;
        const char *type = i ? api_base(sk->type) : pk_type;
        if (!name || api_def_has_field(target, name))
            continue;
        const ds__gql_type *t;
        if (filter)
            t = api_named(c, api_scalar_input_name(c, type, filter == 2));
        else
            t = non_null ? api_non_null(c, api_named(c, type)) : api_named(c, type);
        api_def_add_field(c, target, api_field_new(c, name, t));
    }
}

typedef struct conn_target {
    const char *holder;  /* the model that gets the fields */
    const char *sub_of;  /* whose subscription filter gets them too */
    const char *conn;    /* connection attribute name */
    const char *pk_type; /* its type */
    api_vec sort_keys;
    bool non_null;
} conn_target;

static void apply_connection_fields(api_ctx *c, const api_rel_cfg *r, const conn_target *t) {
    const char *object = r->object->name, *field = r->field->name;
    const char *upper = api_to_upper(c, t->holder);
    add_connection_fields(c, api_out_get(c, t->holder), object, field, t->conn, t->pk_type, &t->sort_keys, t->non_null, 0);
    add_connection_fields(c, api_out_get(c, api_graphql_name(c, api_printf(c, "Create%sInput", upper))), object, field,
                          t->conn, t->pk_type, &t->sort_keys, t->non_null, 0);
    add_connection_fields(c, api_out_get(c, api_graphql_name(c, api_printf(c, "Update%sInput", upper))), object, field,
                          t->conn, t->pk_type, &t->sort_keys, false, 0);
    add_connection_fields(c, api_out_get(c, api_printf(c, "Model%sFilterInput", upper)), object, field, t->conn,
                          t->pk_type, &t->sort_keys, false, 1);
    add_connection_fields(c, api_out_get(c, api_printf(c, "Model%sConditionInput", upper)), object, field, t->conn,
                          t->pk_type, &t->sort_keys, false, 1);
    add_connection_fields(c, api_out_get(c, api_printf(c, "ModelSubscription%sFilterInput", api_to_upper(c, t->sub_of))),
                          object, field, t->conn, t->pk_type, &t->sort_keys, false, 2);
}

static void ensure_has_many_connection_field(api_ctx *c, const api_rel_cfg *r) {
    if (r->field_nodes.count > 0 || (r->has_references && r->references.count > 0) || !r->related_type)
        return;
    const api_field *pk = api_primary_key_of(c, r->object);
    conn_target t = {r->related_type->name, r->object->name, api_camel3(c, r->object->name, r->field->name, pk->name),
                     api_base(pk->type), api_sort_keys_of(c, api_out_get(c, r->object->name)),
                     api_is_non_null(r->field->type)};
    apply_connection_fields(c, r, &t);
}

static void ensure_has_one_connection_field(api_ctx *c, const api_rel_cfg *r) {
    if (r->field_nodes.count > 0 || (r->has_references && r->references.count > 0) || !r->related_type)
        return;
    const api_field *pk = api_primary_key_of(c, r->related_type);
    conn_target t = {r->object->name, r->object->name, api_camel3(c, r->object->name, r->field->name, pk->name),
                     api_base(pk->type), api_sort_keys_of(c, api_out_get(c, r->related_type->name)),
                     api_is_non_null(r->field->type)};
    apply_connection_fields(c, r, &t);
}

/* makeModelConnectionField */
static api_field *connection_field(api_ctx *c, const api_rel_cfg *r) {
    const char *rel = r->related_type->name;
    const char *o = api_scalar_override(rel);
    api_field *f = api_field_new(c, r->field->name, api_named(c, api_printf(c, "Model%sConnection", rel)));
    if (!f)
        return NULL;
    f->dirs = api_vec_copy(c, &r->field->dirs);
    if (r->has_fields && r->fields.count < 2 && r->related_type_index.count > 1) {
        const char *name, *type;
        if (r->related_type_index.count == 2) {
            const api_field *sk = r->related_type_index.items[1];
            name = sk->name;
            type = api_key_condition_name(c, api_base(sk->type));
        } else {
            api_vec names = {0};
            for (size_t i = 1; i < r->related_type_index.count; i++)
                api_vec_push(c, &names, (void *)((const api_field *)r->related_type_index.items[i])->name);
            name = api_camel(c, (const char *const *)names.items, names.count);
            type = api_printf(c, "Model%s%sCompositeKeyConditionInput", rel,
                              api_to_upper(c, r->index_name ? r->index_name : "Primary"));
        }
        api_vec_push(c, &f->args, api_field_new(c, name, api_named(c, type)));
    }
    api_vec_push(c, &f->args, api_field_new(c, "filter", api_named(c, api_printf(c, "Model%sFilterInput", o ? o : rel))));
    api_vec_push(c, &f->args, api_field_new(c, "sortDirection", api_named(c, "ModelSortDirection")));
    api_vec_push(c, &f->args, api_field_new(c, "limit", api_named(c, "Int")));
    api_vec_push(c, &f->args, api_field_new(c, "nextToken", api_named(c, "String")));
    return f;
}

static void extend_type_with_connection(api_ctx *c, const api_rel_cfg *r) {
    if (!r->related_type)
        return;
    api_ensure_plain_connection(c, r->related_type->name);
    api_def *type = api_out_get(c, r->object->name);
    if (!type || (type->kind != DS__GQL_DEF_OBJECT && type->kind != DS__GQL_DEF_INTERFACE))
        return;
    size_t i = api_field_index(type, r->field->name);
    api_field *f = connection_field(c, r);
    if (i != SIZE_MAX && f)
        type->fields.items[i] = f;
    api_ensure_sort_direction(c);
    api_def *filter = api_make_x_filter(c, r->related_type, true, true);
    if (filter && !api_out_has(c, filter->name))
        api_out_add(c, filter);
    if (r->related_type_index.count == 2) {
        const api_field *sk = r->related_type_index.items[1];
        const char *base = api_base(sk->type);
        api_def *cond = api_make_scalar_key_condition(c, api_scalar_override(base) ? base : NULL);
        if (cond && !api_out_has(c, cond->name))
            api_out_add(c, cond);
    }
}

void api_relations_transform(api_ctx *c) {
    for (size_t i = 0; i < c->has_many.count && !c->nomem; i++) {
        api_rel_cfg *r = c->has_many.items[i];
        if (!r->has_references)
            related_type_index(c, r, r->index_name);
        ensure_has_many_connection_field(c, r);
        extend_type_with_connection(c, r);
    }
    for (size_t i = 0; i < c->has_one.count && !c->nomem; i++) {
        api_rel_cfg *r = c->has_one.items[i];
        if (!r->has_references)
            related_type_index(c, r, NULL);
        ensure_has_one_connection_field(c, r);
    }
    for (size_t i = 0; i < c->many_to_many.count && !c->nomem; i++) {
        api_rel_cfg *r = c->many_to_many.items[i];
        if (!r->related_type_index_set)
            continue; /* the relation had no second side */
        ensure_has_many_connection_field(c, r);
        extend_type_with_connection(c, r);
    }
    for (size_t i = 0; i < c->belongs_to.count && !c->nomem; i++) {
        api_rel_cfg *r = c->belongs_to.items[i];
        if (!r->has_references)
            related_type_index(c, r, NULL);
        if ((r->relation_type && !strcmp(r->relation_type, "hasOne")) || r->has_references)
            ensure_has_one_connection_field(c, r);
    }
}
