/*
 * The Model* types every AppSync API shares, and the per-model inputs
 * built from a type's fields, as the transformer's model, index and
 * relational plugins make them (graphql-model-transformer's
 * graphql-types/common.js, graphql-transformer-common's dynamodbUtils).
 *
 * The scalar filter inputs (ModelStringInput ... ModelSubscriptionIDInput),
 * ModelAttributeTypes and ModelSizeInput are emitted for every schema, with
 * or without models, as the model transformer adds them unconditionally.
 * The key condition inputs (Model<Scalar>KeyConditionInput, composite key
 * inputs), the enum filters (Model<Enum>Input, Model<Enum>ListInput) and
 * ModelSortDirection appear only when something uses them.
 */
#include <string.h>

#include "server/api_internal.h"

static const char *const STRING_CONDITIONS[] = {"ne", "eq", "le", "lt", "ge", "gt", "contains", "notContains",
                                                "between", "beginsWith", NULL};
static const char *const INT_CONDITIONS[] = {"ne", "eq", "le", "lt", "ge", "gt", "between", NULL};
static const char *const BOOLEAN_CONDITIONS[] = {"ne", "eq", NULL};
static const char *const SUBSCRIPTION_STRING_CONDITIONS[] = {
    "ne", "eq", "le", "lt", "ge", "gt", "contains", "notContains", "between", "beginsWith", "in", "notIn", NULL};
static const char *const SUBSCRIPTION_INT_CONDITIONS[] = {"ne", "eq", "le",      "lt",    "ge",
                                                          "gt", "between", "in", "notIn", NULL};
static const char *const SIZE_CONDITIONS[] = {"ne", "eq", "le", "lt", "ge", "gt", "between", NULL};
static const char *const STRING_KEY_CONDITIONS[] = {"eq", "le", "lt", "ge", "gt", "between", "beginsWith", NULL};
static const char *const INT_KEY_CONDITIONS[] = {"eq", "le", "lt", "ge", "gt", "between", NULL};
static const char *const ATTRIBUTE_TYPES[] = {"binary", "binarySet", "bool",   "list",     "map",
                                              "number", "numberSet", "string", "stringSet", "_null", NULL};

/* ---- names -------------------------------------------------------------- */

static const char *override_or(const char *type) {
    const char *o = api_scalar_override(type);
    return o ? o : (type ? type : "undefined");
}

const char *api_scalar_input_name(api_ctx *c, const char *type, bool subscription) {
    return api_printf(c, "Model%s%sInput", subscription ? "Subscription" : "", override_or(type));
}

const char *api_list_input_name(api_ctx *c, const char *type) {
    return api_printf(c, "Model%sListInput", override_or(type));
}

const char *api_key_condition_name(api_ctx *c, const char *type) {
    return api_printf(c, "Model%sKeyConditionInput", override_or(type));
}

/* ---- building blocks ---------------------------------------------------- */

static void add_input_field(api_ctx *c, api_def *d, const char *name, const ds__gql_type *type) {
    api_def_add_field(c, d, api_field_new(c, name, type));
}

static api_def *enum_def(api_ctx *c, const char *name, const char *const *values) {
    api_def *d = api_def_new(c, DS__GQL_DEF_ENUM, name);
    for (size_t i = 0; d && values[i]; i++) {
        api_enum_value *v = api_alloc(c, sizeof *v);
        if (!v)
            return NULL;
        v->name = values[i];
        api_vec_push(c, &d->values, v);
    }
    return d;
}

/* makeModelScalarFilterInputObject(type, true, subscription) */
static api_def *scalar_filter_input(api_ctx *c, const char *type, bool subscription) {
    const char *const *conds;
    bool is_string = !strcmp(type, "String") || !strcmp(type, "ID");
    bool is_bool = !strcmp(type, "Boolean");
    if (subscription)
        conds = is_bool ? BOOLEAN_CONDITIONS : is_string ? SUBSCRIPTION_STRING_CONDITIONS : SUBSCRIPTION_INT_CONDITIONS;
    else
        conds = is_bool ? BOOLEAN_CONDITIONS : is_string ? STRING_CONDITIONS : INT_CONDITIONS;
    api_def *d = api_def_new(c, DS__GQL_DEF_INPUT_OBJECT, api_scalar_input_name(c, type, subscription));
    for (size_t i = 0; d && conds[i]; i++) {
        const ds__gql_type *t = api_named(c, type);
        if (!strcmp(conds[i], "between") || !strcmp(conds[i], "in") || !strcmp(conds[i], "notIn"))
            t = api_list(c, t);
        add_input_field(c, d, conds[i], t);
    }
    if (d && !subscription) {
        add_input_field(c, d, "attributeExists", api_named(c, "Boolean"));
        add_input_field(c, d, "attributeType", api_named(c, "ModelAttributeTypes"));
        if (is_string)
            add_input_field(c, d, "size", api_named(c, "ModelSizeInput"));
    }
    return d;
}

void api_add_model_condition_inputs(api_ctx *c) {
    static const char *const scalars[] = {"String", "Int", "Float", "Boolean", "ID"};
    for (int sub = 0; sub < 2; sub++)
        for (size_t i = 0; i < 5; i++) {
            const char *name = api_scalar_input_name(c, scalars[i], sub);
            if (!api_out_has(c, name))
                api_out_add(c, scalar_filter_input(c, scalars[i], sub));
        }
    if (!api_out_has(c, "ModelAttributeTypes"))
        api_out_add(c, enum_def(c, "ModelAttributeTypes", ATTRIBUTE_TYPES));
    if (!api_out_has(c, "ModelSizeInput")) {
        api_def *d = api_def_new(c, DS__GQL_DEF_INPUT_OBJECT, "ModelSizeInput");
        for (size_t i = 0; d && SIZE_CONDITIONS[i]; i++) {
            const ds__gql_type *t = api_named(c, "Int");
            add_input_field(c, d, SIZE_CONDITIONS[i], strcmp(SIZE_CONDITIONS[i], "between") ? t : api_list(c, t));
        }
        api_out_add(c, d);
    }
}

void api_ensure_sort_direction(api_ctx *c) {
    static const char *const values[] = {"ASC", "DESC", NULL};
    if (!api_out_has(c, "ModelSortDirection"))
        api_out_add(c, enum_def(c, "ModelSortDirection", values));
}

/* ---- per-type inputs ---------------------------------------------------- */

static bool is_enum_type(api_ctx *c, const char *name) {
    const api_def *d = api_out_get(c, name);
    return d && d->kind == DS__GQL_DEF_ENUM;
}

api_def *api_make_enum_filter(api_ctx *c, const api_field *f) {
    const char *type = api_base(f->type);
    bool list = api_is_list(f->type);
    api_def *d = api_def_new(c, DS__GQL_DEF_INPUT_OBJECT,
                             list ? api_list_input_name(c, type) : api_scalar_input_name(c, type, false));
    const ds__gql_type *t = api_named(c, type);
    add_input_field(c, d, "eq", list ? api_list(c, t) : t);
    add_input_field(c, d, "ne", list ? api_list(c, t) : t);
    if (list) {
        add_input_field(c, d, "contains", t);
        add_input_field(c, d, "notContains", t);
    }
    return d;
}

void api_add_enum_filters(api_ctx *c, const api_def *object) {
    for (size_t i = 0; object && i < object->fields.count; i++) {
        const api_field *f = object->fields.items[i];
        if (!is_enum_type(c, api_base(f->type)))
            continue;
        api_def *d = api_make_enum_filter(c, f);
        if (d && !api_out_has(c, d->name))
            api_out_add(c, d);
    }
}

static void add_and_or_not(api_ctx *c, api_def *d, bool with_not) {
    add_input_field(c, d, "and", api_list(c, api_named(c, d->name)));
    add_input_field(c, d, "or", api_list(c, api_named(c, d->name)));
    if (with_not)
        add_input_field(c, d, "not", api_named(c, d->name));
}

static void add_deleted(api_ctx *c, api_def *d) {
    if (c->opts.datastore)
        add_input_field(c, d, "_deleted", api_named(c, "ModelBooleanInput"));
}

api_def *api_make_condition_filter(api_ctx *c, const char *name, const api_def *object) {
    api_def *d = api_def_new(c, DS__GQL_DEF_INPUT_OBJECT, name);
    if (!d)
        return NULL;
    for (size_t i = 0; i < object->fields.count; i++) {
        const api_field *f = object->fields.items[i];
        const char *type = api_base(f->type);
        bool is_enum = is_enum_type(c, type);
        if (!api_is_scalar(f->type) && !is_enum)
            continue;
        const char *input = is_enum && api_is_list(f->type) ? api_list_input_name(c, type)
                                                            : api_scalar_input_name(c, type, false);
        add_input_field(c, d, f->name, api_named(c, input));
    }
    add_and_or_not(c, d, true);
    add_deleted(c, d);
    return d;
}

api_def *api_make_subscription_filter(api_ctx *c, const char *name, const api_def *object) {
    api_def *d = api_def_new(c, DS__GQL_DEF_INPUT_OBJECT, name);
    if (!d)
        return NULL;
    for (size_t i = 0; i < object->fields.count; i++) {
        const api_field *f = object->fields.items[i];
        const char *type = api_base(f->type);
        bool is_enum = is_enum_type(c, type);
        if (!api_is_scalar(f->type) && !is_enum)
            continue;
        add_input_field(c, d, f->name, api_named(c, api_scalar_input_name(c, is_enum ? "String" : type, true)));
    }
    add_and_or_not(c, d, false);
    add_deleted(c, d);
    return d;
}

api_def *api_make_x_filter(api_ctx *c, const api_def *object, bool relational, bool with_deleted) {
    api_def *d = api_def_new(c, DS__GQL_DEF_INPUT_OBJECT, api_printf(c, "Model%sFilterInput", object->name));
    if (!d)
        return NULL;
    for (size_t i = 0; i < object->fields.count; i++) {
        const api_field *f = object->fields.items[i];
        const char *type = api_base(f->type);
        bool is_enum = is_enum_type(c, type);
        if (!api_is_scalar(f->type) && !is_enum)
            continue;
        /* The index plugin gives enum lists their list filter; the
         * relational plugin does not. */
        const char *input = !relational && is_enum && api_is_list(f->type) ? api_list_input_name(c, type)
                                                                           : api_scalar_input_name(c, type, false);
        add_input_field(c, d, f->name, api_named(c, input));
    }
    add_and_or_not(c, d, true);
    if (with_deleted)
        add_deleted(c, d);
    return d;
}

/* ---- key conditions ----------------------------------------------------- */

api_def *api_make_scalar_key_condition(api_ctx *c, const char *resolved_scalar) {
    const char *name = api_key_condition_name(c, resolved_scalar);
    static const char *const scalars[] = {"String", "ID", "Int", "Float"};
    for (size_t i = 0; name && i < 4; i++) {
        if (strcmp(name, api_printf(c, "Model%sKeyConditionInput", scalars[i])))
            continue;
        bool str = i < 2;
        const char *const *conds = str ? STRING_KEY_CONDITIONS : INT_KEY_CONDITIONS;
        api_def *d = api_def_new(c, DS__GQL_DEF_INPUT_OBJECT, name);
        for (size_t k = 0; d && conds[k]; k++) {
            const ds__gql_type *t = api_named(c, scalars[i]);
            add_input_field(c, d, conds[k], strcmp(conds[k], "between") ? t : api_list(c, t));
        }
        return d;
    }
    return NULL;
}

api_def *api_make_composite_key_condition(api_ctx *c, const char *model, const char *key_name) {
    api_def *d =
        api_def_new(c, DS__GQL_DEF_INPUT_OBJECT, api_printf(c, "Model%s%sCompositeKeyConditionInput", model, key_name));
    const char *input = api_printf(c, "Model%s%sCompositeKeyInput", model, key_name);
    for (size_t k = 0; d && STRING_KEY_CONDITIONS[k]; k++) {
        const ds__gql_type *t = api_named(c, input);
        add_input_field(c, d, STRING_KEY_CONDITIONS[k], strcmp(STRING_KEY_CONDITIONS[k], "between") ? t : api_list(c, t));
    }
    return d;
}

api_def *api_make_composite_key_input(api_ctx *c, const char *model, const char *key_name, const api_vec *fields) {
    api_def *d = api_def_new(c, DS__GQL_DEF_INPUT_OBJECT, api_printf(c, "Model%s%sCompositeKeyInput", model, key_name));
    for (size_t i = 0; d && i < fields->count; i++) {
        const api_field *f = fields->items[i];
        const char *base = api_base(f->type);
        const char *o = api_scalar_override(base);
        add_input_field(c, d, f->name, api_named(c, i == fields->count - 1 && o ? o : base));
    }
    return d;
}

void api_ensure_plain_connection(api_ctx *c, const char *model) {
    const char *name = api_printf(c, "Model%sConnection", model);
    if (!name || api_out_has(c, name))
        return;
    api_def *d = api_def_new(c, DS__GQL_DEF_OBJECT, name);
    api_def_add_field(c, d, api_field_new(c, "items", api_non_null(c, api_list(c, api_named(c, model)))));
    api_def_add_field(c, d, api_field_new(c, "nextToken", api_named(c, "String")));
    api_out_add(c, d);
}
