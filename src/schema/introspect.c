/*
 * The model introspection document (`amplify codegen models --target
 * introspection`), produced from the build model. It is what DataStore
 * clients load to know the schema, and our conformance reference: for any
 * valid schema it must equal, as JSON, what Amplify's model generator
 * writes. Arrays keep the generator's order; object member order is
 * irrelevant to JSON equality but follows the generator too.
 */
#include <stdlib.h>
#include <string.h>

#include "schema/internal.h"
#include "util/plural.h"

static const char *const METADATA_SCALARS[] = {
    "ID",      "Boolean",  "String",       "AWSDate", "AWSTime", "AWSDateTime", "AWSEmail",
    "AWSJSON", "AWSURL",   "AWSPhone",     "AWSIPAddress", "Int", "Float",       "AWSTimestamp",
};

static bool is_enum(const bschema *s, const char *name) {
    for (size_t i = 0; i < s->enum_count; i++)
        if (!strcmp(s->enums[i].name, name))
            return true;
    return false;
}

static json_t *type_json(const bschema *s, const char *type) {
    for (size_t i = 0; i < sizeof METADATA_SCALARS / sizeof *METADATA_SCALARS; i++)
        if (!strcmp(type, METADATA_SCALARS[i]))
            return json_string(type);
    json_t *o = json_object();
    if (is_enum(s, type))
        json_object_set_new(o, "enum", json_string(type));
    else if (ds__bschema_find(s, type, BK_NONMODEL))
        json_object_set_new(o, "nonModel", json_string(type));
    else if (ds__bschema_find(s, type, BK_MODEL))
        json_object_set_new(o, "model", json_string(type));
    else if (ds__bschema_find(s, type, BK_INPUT))
        json_object_set_new(o, "input", json_string(type));
    else
        json_object_set_new(o, "unknown", json_string(type)); /* validation prevents this */
    return o;
}

static json_t *strv_json(char **v, size_t n) {
    json_t *a = json_array();
    for (size_t i = 0; i < n; i++)
        json_array_append_new(a, json_string(v[i]));
    return a;
}

static json_t *association_json(const bconn *c) {
    json_t *o = json_object();
    static const char *const kinds[] = {"NONE", "HAS_ONE", "HAS_MANY", "BELONGS_TO"};
    json_object_set_new(o, "connectionType", json_string(kinds[c->kind]));
    if (c->kind == DS_CONN_HAS_MANY) {
        json_object_set_new(o, "associatedWith", strv_json(c->associated_with, c->associated_count));
    } else if (c->kind == DS_CONN_HAS_ONE) {
        json_object_set_new(o, "associatedWith", strv_json(c->associated_with, c->associated_count));
        json_object_set_new(o, "targetNames", strv_json(c->target_names, c->target_count));
    } else {
        json_object_set_new(o, "targetNames", strv_json(c->target_names, c->target_count));
    }
    return o;
}

static json_t *field_json(const bschema *s, const bfield *f) {
    json_t *o = json_object();
    json_object_set_new(o, "name", json_string(f->name));
    json_object_set_new(o, "isArray", json_boolean(f->list));
    json_object_set_new(o, "type", type_json(s, f->type));
    json_object_set_new(o, "isRequired", json_boolean(!f->nullable));
    json_object_set_new(o, "attributes", json_array());
    if (f->list_nullable >= 0)
        json_object_set_new(o, "isArrayNullable", json_boolean(f->list_nullable == 1));
    if (f->read_only >= 0)
        json_object_set_new(o, "isReadOnly", json_boolean(f->read_only == 1));
    if (f->conn)
        json_object_set_new(o, "association", association_json(f->conn));
    return o;
}

static json_t *fields_json(const bschema *s, const bmodel *m) {
    json_t *o = json_object();
    for (size_t i = 0; i < m->fields.count; i++)
        json_object_set_new(o, m->fields.items[i]->name, field_json(s, m->fields.items[i]));
    return o;
}

static json_t *attributes_json(const bmodel *m) {
    json_t *a = json_array();
    for (int auth = 0; auth < 2; auth++) {
        for (size_t i = 0; i < m->dirs.count; i++) {
            const bdir *d = &m->dirs.items[i];
            if ((strcmp(d->name, "auth") == 0) != (auth == 1))
                continue;
            json_t *props;
            if (auth) {
                props = json_deep_copy(d->args);
                json_object_set_new(props, "rules", ds__auth_process_rules(json_object_get(d->args, "rules")));
            } else {
                props = json_deep_copy(d->args);
            }
            json_t *attr = json_object();
            json_object_set_new(attr, "type", json_string(d->name));
            json_object_set_new(attr, "properties", props);
            json_array_append_new(a, attr);
        }
    }
    return a;
}

static json_t *primary_key_json(const bmodel *m) {
    for (size_t i = 0; i < m->fields.count; i++) {
        const bfield *f = m->fields.items[i];
        if (f->pk_type == BPK_NONE)
            continue;
        json_t *o = json_object();
        json_object_set_new(o, "isCustomPrimaryKey", json_boolean(f->pk_type == BPK_CUSTOM));
        json_object_set_new(o, "primaryKeyFieldName", json_string(f->name));
        json_object_set_new(o, "sortKeyFieldNames", strv_json(f->sort_keys, f->sort_count));
        return o;
    }
    return json_null();
}

static json_t *param_json(const bschema *s, const char *name, const ds__gql_type *t) {
    const ds__gql_type *cur = t;
    bool non_null = false, list = false, nullable = true;
    int list_nullable = -1;
    const char *base = NULL;
    while (cur) {
        if (cur->kind == DS__GQL_TYPE_NON_NULL) {
            non_null = true;
        } else if (cur->kind == DS__GQL_TYPE_LIST) {
            if (!list) /* the outermost list decides, as in build.c */
                list_nullable = non_null ? 0 : 1;
            list = true;
            non_null = false;
        } else {
            nullable = !non_null;
            base = cur->name;
        }
        cur = cur->of;
    }
    json_t *o = json_object();
    json_object_set_new(o, "name", json_string(name));
    json_object_set_new(o, "isArray", json_boolean(list));
    json_object_set_new(o, "type", type_json(s, base ? base : ""));
    json_object_set_new(o, "isRequired", json_boolean(!nullable));
    if (list_nullable >= 0)
        json_object_set_new(o, "isArrayNullable", json_boolean(list_nullable == 1));
    return o;
}

static json_t *operation_json(const bschema *s, const bfield *f) {
    json_t *o = param_json(s, f->name, f->ast ? f->ast->type : NULL);
    if (f->ast && f->ast->args) {
        json_t *args = json_object();
        for (const ds__gql_input_value *a = f->ast->args; a; a = a->next)
            json_object_set_new(args, a->name, param_json(s, a->name, a->type));
        json_object_set_new(o, "arguments", args);
    }
    return o;
}

json_t *ds__schema_introspection(const bschema *s) {
    json_t *root = json_object();
    json_t *models = json_object(), *enums = json_object(), *nonmodels = json_object();
    json_t *ops[3] = {json_object(), json_object(), json_object()};
    json_t *inputs = json_object(), *generations = json_object();
    static const char *const op_keys[3] = {"queries", "mutations", "subscriptions"};
    json_object_set_new(root, "version", json_integer(1));
    for (size_t i = 0; i < s->count; i++) {
        const bmodel *m = s->models[i];
        switch (m->kind) {
        case BK_MODEL: {
            json_t *o = json_object();
            json_object_set_new(o, "name", json_string(m->name));
            json_object_set_new(o, "fields", fields_json(s, m));
            json_object_set_new(o, "syncable", json_true());
            char *plural = ds__plural(m->name);
            json_object_set_new(o, "pluralName", json_string(plural ? plural : m->name));
            free(plural);
            json_object_set_new(o, "attributes", attributes_json(m));
            json_object_set_new(o, "primaryKeyInfo", primary_key_json(m));
            json_object_set_new(models, m->name, o);
            break;
        }
        case BK_NONMODEL: {
            json_t *o = json_object();
            json_object_set_new(o, "name", json_string(m->name));
            json_object_set_new(o, "fields", fields_json(s, m));
            json_object_set_new(nonmodels, m->name, o);
            break;
        }
        case BK_QUERY:
        case BK_MUTATION:
        case BK_SUBSCRIPTION: {
            for (size_t k = 0; k < m->fields.count; k++) {
                const bfield *f = m->fields.items[k];
                /* AI generation routes are listed apart from the queries. */
                json_t *target = m->kind == BK_QUERY && ds__bfield_dir(f, "generation") ? generations
                                                                                         : ops[m->kind - BK_QUERY];
                json_object_set_new(target, f->name, operation_json(s, f));
            }
            break;
        }
        case BK_INPUT: {
            json_t *o = json_object(), *attrs = json_object();
            json_object_set_new(o, "name", json_string(m->name));
            for (size_t k = 0; k < m->fields.count; k++) {
                const bfield *f = m->fields.items[k];
                json_object_set_new(attrs, f->name,
                                    param_json(s, f->name, f->ast_input ? f->ast_input->type : NULL));
            }
            json_object_set_new(o, "attributes", attrs);
            json_object_set_new(inputs, m->name, o);
            break;
        }
        }
    }
    for (size_t i = 0; i < s->enum_count; i++) {
        json_t *o = json_object(), *vals = json_array();
        json_object_set_new(o, "name", json_string(s->enums[i].name));
        for (size_t k = 0; k < s->enums[i].gen_count; k++)
            json_array_append_new(vals, json_string(s->enums[i].gen_values[k]));
        json_object_set_new(o, "values", vals);
        json_object_set_new(enums, s->enums[i].name, o);
    }
    json_object_set_new(root, "models", models);
    json_object_set_new(root, "enums", enums);
    json_object_set_new(root, "nonModels", nonmodels);
    for (int k = 0; k < 3; k++) {
        if (json_object_size(ops[k]) > 0)
            json_object_set_new(root, op_keys[k], ops[k]);
        else
            json_decref(ops[k]);
        if (k == 0 && json_object_size(generations) > 0)
            json_object_set(root, "generations", generations);
    }
    json_decref(generations);
    if (json_object_size(inputs) > 0)
        json_object_set_new(root, "inputs", inputs);
    else
        json_decref(inputs);
    return root;
}
