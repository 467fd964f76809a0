/*
 * Introspection (spec §4.1-§4.5): __schema, __type(name:) and the fields of
 * __Schema, __Type, __Field, __InputValue, __EnumValue and __Directive.
 *
 * Design: introspection objects are small JSON objects that the ordinary
 * completion machinery walks like any resolver's result.
 *   - A __Type is {"name": "Post"} for a named type, {"kind": "LIST" or
 *     "NON_NULL", "ofType": <__Type>} for a wrapper; every other property of
 *     a named type is looked up in the type system when asked for, so
 *     `types` for a schema of hundreds of types costs one small object each
 *     unless the query asks for their fields.
 *   - __Field, __InputValue, __EnumValue and __Directive are built whole
 *     (their properties are plain values read by the default resolver);
 *     `args` of __Field and __Directive carry every argument with
 *     isDeprecated, filtered here by includeDeprecated.
 * The __ types themselves come from the prelude in typesys.c, so validation
 * and completion treat them like any other type.
 */
#include "graphql/introspection.h"

#include <stdlib.h>
#include <string.h>

#include "graphql/printer.h"
#include "util/buf.h"

static const char *kind_name(ds__gql_tkind k) {
    switch (k) {
    case DS__GQL_SCALAR: return "SCALAR";
    case DS__GQL_OBJECT: return "OBJECT";
    case DS__GQL_INTERFACE: return "INTERFACE";
    case DS__GQL_UNION: return "UNION";
    case DS__GQL_ENUM: return "ENUM";
    case DS__GQL_INPUT_OBJECT: return "INPUT_OBJECT";
    }
    return "SCALAR";
}

/* Whether introspection shows the type: a predeclared scalar only when the
 * schema declares or uses it (graphql-js lists only the types it can reach). */
static bool listed(const ds__gql_typesys_type *t) {
    return !(t->predeclared && t->kind == DS__GQL_SCALAR && !t->declared && !t->referenced);
}

static json_t *named_ref(const char *name) { return json_pack("{s:s}", "name", name); }

static json_t *type_ref(const ds__gql_type *t) {
    if (!t)
        return json_null();
    if (t->kind == DS__GQL_TYPE_NAMED)
        return named_ref(t->name);
    return json_pack("{s:s, s:o}", "kind", t->kind == DS__GQL_TYPE_LIST ? "LIST" : "NON_NULL", "ofType",
                     type_ref(t->of));
}

static json_t *opt_string(const char *s) { return s ? json_string(s) : json_null(); }

static json_t *input_value(const ds__gql_typesys_arg *a) {
    json_t *dflt = json_null();
    if (a->default_value) {
        ds__buf b;
        ds__buf_init(&b, 0);
        ds__gql_print_value(&b, a->default_value);
        dflt = b.failed || !b.data ? NULL : json_string(b.data);
        ds__buf_free(&b);
    }
    return json_pack("{s:s, s:o, s:o, s:o, s:b, s:o}", "name", a->name, "description", opt_string(a->description),
                     "type", type_ref(a->type), "defaultValue", dflt, "isDeprecated", a->deprecation_reason != NULL,
                     "deprecationReason", opt_string(a->deprecation_reason));
}

static json_t *input_values(const ds__gql_typesys_arg *args, size_t n, bool include_deprecated) {
    json_t *a = json_array();
    for (size_t i = 0; a && i < n; i++)
        if ((include_deprecated || !args[i].deprecation_reason) && json_array_append_new(a, input_value(&args[i]))) {
            json_decref(a);
            return NULL;
        }
    return a;
}

static json_t *field_value(const ds__gql_typesys_field *f) {
    return json_pack("{s:s, s:o, s:o, s:o, s:b, s:o}", "name", f->name, "description", opt_string(f->description),
                     "args", input_values(f->args, f->nargs, true), "type", type_ref(f->type), "isDeprecated",
                     f->deprecation_reason != NULL, "deprecationReason", opt_string(f->deprecation_reason));
}

static json_t *directive_value(const ds__gql_typesys_directive *d) {
    json_t *locs = json_array();
    for (size_t i = 0; locs && i < d->nlocations; i++)
        if (json_array_append_new(locs, json_string(ds__gql_dloc_name(d->location_order[i])))) {
            json_decref(locs);
            locs = NULL;
        }
    return json_pack("{s:s, s:o, s:b, s:o, s:o}", "name", d->name, "description", opt_string(d->description),
                     "isRepeatable", d->repeatable, "locations", locs, "args", input_values(d->args, d->nargs, true));
}

static json_t *type_list(const ds__gql_typesys_type *const *types, size_t n) {
    json_t *a = json_array();
    for (size_t i = 0; a && i < n; i++)
        if (json_array_append_new(a, named_ref(types[i]->name))) {
            json_decref(a);
            return NULL;
        }
    return a;
}

static bool include_deprecated(json_t *args) { return json_is_true(json_object_get(args, "includeDeprecated")); }

static json_t *schema_field(const ds__gql_typesys *ts, const char *name) {
    if (strcmp(name, "description") == 0)
        return opt_string(ds__gql_ts_description(ts));
    if (strcmp(name, "types") == 0) {
        size_t n;
        const ds__gql_typesys_type *const *all = ds__gql_ts_types(ts, &n);
        json_t *a = json_array();
        for (size_t i = 0; a && i < n; i++)
            if (listed(all[i]) && json_array_append_new(a, named_ref(all[i]->name))) {
                json_decref(a);
                return NULL;
            }
        return a;
    }
    if (strcmp(name, "directives") == 0) {
        size_t n;
        const ds__gql_typesys_directive *const *dirs = ds__gql_ts_directives(ts, &n);
        json_t *a = json_array();
        for (size_t i = 0; a && i < n; i++)
            if (json_array_append_new(a, directive_value(dirs[i]))) {
                json_decref(a);
                return NULL;
            }
        return a;
    }
    ds__gql_op_kind op = strcmp(name, "queryType") == 0      ? DS__GQL_OP_QUERY
                         : strcmp(name, "mutationType") == 0 ? DS__GQL_OP_MUTATION
                                                             : DS__GQL_OP_SUBSCRIPTION;
    const ds__gql_typesys_type *root = ds__gql_ts_root(ts, op);
    return root ? named_ref(root->name) : json_null();
}

static json_t *type_field(const ds__gql_typesys *ts, json_t *parent, const char *name, json_t *args) {
    json_t *kind = json_object_get(parent, "kind");
    if (json_is_string(kind)) { /* LIST or NON_NULL */
        if (strcmp(name, "kind") == 0)
            return json_incref(kind);
        if (strcmp(name, "ofType") == 0)
            return json_incref(json_object_get(parent, "ofType"));
        return json_null();
    }
    const ds__gql_typesys_type *t = ds__gql_ts_type(ts, json_string_value(json_object_get(parent, "name")));
    if (!t)
        return json_null();
    bool with_fields = t->kind == DS__GQL_OBJECT || t->kind == DS__GQL_INTERFACE;
    if (strcmp(name, "kind") == 0)
        return json_string(kind_name(t->kind));
    if (strcmp(name, "name") == 0)
        return json_string(t->name);
    if (strcmp(name, "description") == 0)
        return opt_string(t->description);
    if (strcmp(name, "specifiedByURL") == 0)
        return opt_string(t->kind == DS__GQL_SCALAR ? t->specified_by_url : NULL);
    if (strcmp(name, "ofType") == 0)
        return json_null();
    if (strcmp(name, "fields") == 0) {
        if (!with_fields)
            return json_null();
        bool all = include_deprecated(args);
        json_t *a = json_array();
        for (size_t i = 0; a && i < t->nfields; i++)
            if ((all || !t->fields[i].deprecation_reason) && json_array_append_new(a, field_value(&t->fields[i]))) {
                json_decref(a);
                return NULL;
            }
        return a;
    }
    if (strcmp(name, "interfaces") == 0)
        return with_fields ? type_list(t->interfaces, t->ninterfaces) : json_null();
    if (strcmp(name, "possibleTypes") == 0)
        return ds__gql_ts_is_abstract(t) ? type_list(t->possible, t->npossible) : json_null();
    if (strcmp(name, "enumValues") == 0) {
        if (t->kind != DS__GQL_ENUM)
            return json_null();
        bool all = include_deprecated(args);
        json_t *a = json_array();
        for (size_t i = 0; a && i < t->nvalues; i++) {
            const ds__gql_typesys_enum_value *v = &t->values[i];
            if (!all && v->deprecation_reason)
                continue;
            if (json_array_append_new(a, json_pack("{s:s, s:o, s:b, s:o}", "name", v->name, "description",
                                                   opt_string(v->description), "isDeprecated",
                                                   v->deprecation_reason != NULL, "deprecationReason",
                                                   opt_string(v->deprecation_reason)))) {
                json_decref(a);
                return NULL;
            }
        }
        return a;
    }
    if (strcmp(name, "inputFields") == 0)
        return t->kind == DS__GQL_INPUT_OBJECT
                   ? input_values(t->input_fields, t->ninput_fields, include_deprecated(args))
                   : json_null();
    return json_null();
}

/* `args` of a __Field or __Directive: every argument was stored; drop the
 * deprecated ones unless asked for. */
static json_t *filtered_args(json_t *parent, json_t *args) {
    json_t *all = json_object_get(parent, "args");
    if (!json_is_array(all))
        return json_array();
    if (include_deprecated(args))
        return json_incref(all);
    json_t *a = json_array();
    size_t i;
    json_t *x;
    json_array_foreach(all, i, x) {
        if (!json_is_true(json_object_get(x, "isDeprecated")) && json_array_append(a, x)) {
            json_decref(a);
            return NULL;
        }
    }
    return a;
}

ds__resolve_rc ds__gql_introspect(const ds__gql_typesys *ts, const ds__gql_typesys_type *type,
                                  const ds__gql_typesys_field *def, json_t *parent, json_t *args, json_t **result) {
    const char *name = def->name;
    if (!def->owner) { /* __schema, __type */
        if (strcmp(name, "__schema") == 0) {
            *result = json_object();
            return DS__RESOLVE_OK;
        }
        const ds__gql_typesys_type *t = ds__gql_ts_type(ts, json_string_value(json_object_get(args, "name")));
        *result = t && listed(t) ? named_ref(t->name) : json_null();
        return DS__RESOLVE_OK;
    }
    if (strcmp(type->name, "__Schema") == 0) {
        *result = schema_field(ts, name);
        return DS__RESOLVE_OK;
    }
    if (strcmp(type->name, "__Type") == 0) {
        *result = type_field(ts, parent, name, args);
        return DS__RESOLVE_OK;
    }
    if ((strcmp(type->name, "__Field") == 0 || strcmp(type->name, "__Directive") == 0) && strcmp(name, "args") == 0) {
        *result = filtered_args(parent, args);
        return DS__RESOLVE_OK;
    }
    return DS__RESOLVE_DEFAULT;
}
