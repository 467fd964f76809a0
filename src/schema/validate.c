/*
 * Validation of a schema document, before anything is built from it.
 *
 * Two layers, both reporting every problem they find with its line and
 * column, and both run to completion so one pass shows all errors:
 *   - GraphQL's own SDL rules (unique names, known types, input versus
 *     output types, directives and their arguments);
 *   - what Amplify's transformer requires of @model types and their
 *     directives (keys, indexes, relationships, @default, @auth), plus what
 *     DataStore cannot store (interfaces, unions, custom scalars, nested
 *     lists, fields named like its sync metadata).
 * The builder (build.c) may then assume a sane document.
 */
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "schema/internal.h"
#include "util/scalars.h"

static const char *const BUILTIN_SCALARS[] = {
    "ID",          "String",       "Int",      "Float",   "Boolean", "AWSDate", "AWSTime", "AWSDateTime",
    "AWSTimestamp", "AWSEmail", "AWSJSON", "AWSURL",  "AWSPhone", "AWSIPAddress",
};

typedef struct vstate {
    const ds__gql_doc *doc;
    ds__diags *diags;
} vstate;

#define ERR(loc, ...) ds__diags_add(st->diags, DS_ERR_SCHEMA, (loc).line, (loc).column, __VA_ARGS__)

static bool is_builtin_scalar(const char *name) {
    for (size_t i = 0; i < sizeof BUILTIN_SCALARS / sizeof *BUILTIN_SCALARS; i++)
        if (!strcmp(BUILTIN_SCALARS[i], name))
            return true;
    return false;
}

/* The first non-extension definition of that name, or NULL. */
static const ds__gql_def *find_def(const vstate *st, const char *name) {
    for (const ds__gql_def *d = st->doc->defs; d; d = d->next)
        if (!d->extend && d->name && d->kind != DS__GQL_DEF_DIRECTIVE && !strcmp(d->name, name))
            return d;
    return NULL;
}

static bool is_model_def(const ds__gql_def *d) {
    return d && d->kind == DS__GQL_DEF_OBJECT && ds__gql_find_directive(d->directives, "model");
}

static const ds__gql_def *find_model(const vstate *st, const char *name) {
    const ds__gql_def *d = find_def(st, name);
    return is_model_def(d) ? d : NULL;
}

/* Fields of an object type including those added by `extend type`. */
typedef struct field_iter {
    const vstate *st;
    const char *type;
    const ds__gql_def *def;
    const ds__gql_field *field;
} field_iter;

static const ds__gql_field *next_field(field_iter *it) {
    for (;;) {
        if (it->field) {
            const ds__gql_field *f = it->field;
            it->field = f->next;
            return f;
        }
        it->def = it->def ? it->def->next : it->st->doc->defs;
        while (it->def && !(it->def->kind == DS__GQL_DEF_OBJECT && it->def->name && !strcmp(it->def->name, it->type)))
            it->def = it->def->next;
        if (!it->def)
            return NULL;
        it->field = it->def->fields;
    }
}

static const ds__gql_field *model_field(const vstate *st, const char *type, const char *name) {
    field_iter it = {st, type, NULL, NULL};
    const ds__gql_field *f;
    while ((f = next_field(&it)))
        if (!strcmp(f->name, name))
            return f;
    return NULL;
}

static bool is_list(const ds__gql_type *t) {
    if (t && t->kind == DS__GQL_TYPE_NON_NULL)
        t = t->of;
    return t && t->kind == DS__GQL_TYPE_LIST;
}

static bool is_non_null(const ds__gql_type *t) { return t && t->kind == DS__GQL_TYPE_NON_NULL; }

/* Scalar or enum: what a key or index field may be. */
static bool is_leaf_type(const vstate *st, const char *name) {
    if (is_builtin_scalar(name))
        return true;
    const ds__gql_def *d = find_def(st, name);
    return d && d->kind == DS__GQL_DEF_ENUM;
}

/* ---- GraphQL-level rules -------------------------------------------------- */

static const char *kind_name(ds__gql_def_kind k) {
    switch (k) {
    case DS__GQL_DEF_SCHEMA:
        return "schema";
    case DS__GQL_DEF_SCALAR:
        return "scalar";
    case DS__GQL_DEF_OBJECT:
        return "type";
    case DS__GQL_DEF_INTERFACE:
        return "interface";
    case DS__GQL_DEF_UNION:
        return "union";
    case DS__GQL_DEF_ENUM:
        return "enum";
    case DS__GQL_DEF_INPUT_OBJECT:
        return "input";
    case DS__GQL_DEF_DIRECTIVE:
        return "directive";
    }
    return "definition";
}

/* A type reference: known, of the right side (input or output), not a
 * list of lists. */
static void check_type_ref(vstate *st, const ds__gql_type *t, bool input, const char *where) {
    const char *name = ds__gql_type_base_name(t);
    const ds__gql_type *named = t;
    while (named && named->kind != DS__GQL_TYPE_NAMED)
        named = named->of;
    if (!name || !named)
        return;
    if (is_builtin_scalar(name))
        return;
    const ds__gql_def *d = find_def(st, name);
    if (!d || d->kind == DS__GQL_DEF_SCHEMA) {
        ERR(named->loc, "unknown type \"%s\" in %s; expected a scalar (ID, String, Int, Float, Boolean, AWSDate, "
                        "AWSTime, AWSDateTime, AWSTimestamp, AWSEmail, AWSJSON, AWSURL, AWSPhone, AWSIPAddress), "
                        "an enum or a type defined in this schema",
            name, where);
        return;
    }
    if (input && (d->kind == DS__GQL_DEF_OBJECT || d->kind == DS__GQL_DEF_INTERFACE || d->kind == DS__GQL_DEF_UNION))
        ERR(named->loc, "%s: \"%s\" is an output type and cannot be used as an input; expected a scalar, enum or input type",
            where, name);
    if (!input && d->kind == DS__GQL_DEF_INPUT_OBJECT)
        ERR(named->loc, "%s: \"%s\" is an input type and cannot be a field's type; expected a scalar, enum or object type",
            where, name);
}

static void check_input_values(vstate *st, const ds__gql_input_value *list, const char *owner, dloc loc) {
    for (const ds__gql_input_value *a = list; a; a = a->next) {
        for (const ds__gql_input_value *b = list; b != a; b = b->next)
            if (!strcmp(a->name, b->name))
                ERR(a->loc, "%s: \"%s\" is defined twice (first at line %u)", owner, a->name, (unsigned)b->loc.line);
        char where[512];
        snprintf(where, sizeof where, "%s.%s", owner, a->name);
        check_type_ref(st, a->type, true, where);
        ds__check_directives(a->directives, loc, where, st->diags);
    }
}

static void check_definitions(vstate *st) {
    for (const ds__gql_def *d = st->doc->defs; d; d = d->next) {
        if (d->name && !strncmp(d->name, "__", 2))
            ERR(d->loc, "name \"%s\" must not begin with \"__\", which is reserved by GraphQL", d->name);
        switch (d->kind) {
        case DS__GQL_DEF_SCALAR:
            if (!d->extend && is_builtin_scalar(d->name))
                break;
            ERR(d->loc, "custom scalar \"%s\" is not supported by DataStore; use one of ID, String, Int, Float, Boolean "
                        "or the AWS scalars (AWSDate, AWSTime, AWSDateTime, AWSTimestamp, AWSEmail, AWSJSON, AWSURL, "
                        "AWSPhone, AWSIPAddress)",
                d->name);
            break;
        case DS__GQL_DEF_INTERFACE:
            ERR(d->loc, "interface \"%s\" is not supported by DataStore; use an object type", d->name);
            break;
        case DS__GQL_DEF_UNION:
            ERR(d->loc, "union \"%s\" is not supported by DataStore; use an object type", d->name);
            break;
        case DS__GQL_DEF_DIRECTIVE:
            ERR(d->loc, "directive definition \"@%s\" is not supported; Amplify's directives are built in", d->name);
            break;
        default:
            break;
        }
        if (d->kind == DS__GQL_DEF_SCHEMA || d->kind == DS__GQL_DEF_DIRECTIVE || !d->name)
            continue;
        if (d->extend) {
            const ds__gql_def *base = find_def(st, d->name);
            if (!base)
                ERR(d->loc, "cannot extend type \"%s\": it is not defined", d->name);
            else if (base->kind != d->kind)
                ERR(d->loc, "cannot extend %s \"%s\" as %s", kind_name(base->kind), d->name, kind_name(d->kind));
        } else {
            const ds__gql_def *first = find_def(st, d->name);
            if (first && first != d)
                ERR(d->loc, "duplicate type \"%s\": it is already defined at line %u; expected one definition (use "
                            "`extend` to add to it)",
                    d->name, (unsigned)first->loc.line);
            if (is_builtin_scalar(d->name) && d->kind != DS__GQL_DEF_SCALAR)
                ERR(d->loc, "type \"%s\" has the name of a built-in scalar", d->name);
        }
    }
}

static void check_schema_def(vstate *st, const ds__gql_def *d) {
    ds__check_directives(d->directives, DLOC_SCHEMA, "schema", st->diags);
    for (const ds__gql_operation_type *op = d->operation_types; op; op = op->next) {
        if (!op->type)
            continue;
        const ds__gql_def *t = find_def(st, op->type->value);
        if (!t || t->kind != DS__GQL_DEF_OBJECT)
            ERR(op->type->loc, "schema %s type \"%s\" is not an object type defined in this schema", op->operation,
                op->type->value);
    }
}

static void check_object(vstate *st, const ds__gql_def *d) {
    for (const ds__gql_name *i = d->interfaces; i; i = i->next)
        ERR(i->loc, "type \"%s\" implements \"%s\": interfaces are not supported by DataStore", d->name, i->value);
    ds__check_directives(d->directives, DLOC_OBJECT, d->name, st->diags);
    /* Field names are unique across the type and its extensions. */
    for (const ds__gql_field *f = d->fields; f; f = f->next) {
        field_iter it = {st, d->name, NULL, NULL};
        const ds__gql_field *g;
        while ((g = next_field(&it)) && g != f) {
            if (!strcmp(g->name, f->name)) {
                ERR(f->loc, "duplicate field \"%s.%s\": already defined at line %u", d->name, f->name,
                    (unsigned)g->loc.line);
                break;
            }
        }
        char where[512];
        snprintf(where, sizeof where, "%s.%s", d->name, f->name);
        check_type_ref(st, f->type, false, where);
        ds__check_directives(f->directives, DLOC_FIELD, where, st->diags);
        check_input_values(st, f->args, where, DLOC_ARGUMENT);
    }
}

static void check_enum(vstate *st, const ds__gql_def *d) {
    ds__check_directives(d->directives, DLOC_ENUM, d->name, st->diags);
    for (const ds__gql_enum_value *v = d->values; v; v = v->next) {
        if (!strcmp(v->name, "true") || !strcmp(v->name, "false") || !strcmp(v->name, "null"))
            ERR(v->loc, "enum %s: \"%s\" cannot be an enum value", d->name, v->name);
        for (const ds__gql_def *e = st->doc->defs; e; e = e->next) {
            if (e->kind != DS__GQL_DEF_ENUM || !e->name || strcmp(e->name, d->name))
                continue;
            bool found = false;
            for (const ds__gql_enum_value *w = e->values; w; w = w->next) {
                if (w == v) {
                    found = true;
                    break;
                }
                if (!strcmp(w->name, v->name)) {
                    ERR(v->loc, "enum %s: value \"%s\" is defined twice (first at line %u)", d->name, v->name,
                        (unsigned)w->loc.line);
                    found = true;
                    break;
                }
            }
            if (found)
                break;
        }
        char where[512];
        snprintf(where, sizeof where, "%s.%s", d->name, v->name);
        ds__check_directives(v->directives, DLOC_ENUM_VALUE, where, st->diags);
    }
}

/* ---- Amplify rules for @model types --------------------------------------- */

static const char *const RELATION_DIRECTIVES[] = {"hasOne", "hasMany", "belongsTo", "manyToMany"};

static const ds__gql_directive *relation_directive(const ds__gql_field *f, int *count) {
    const ds__gql_directive *found = NULL;
    *count = 0;
    for (const ds__gql_directive *d = f->directives; d; d = d->next)
        for (size_t i = 0; i < 4; i++)
            if (!strcmp(d->name, RELATION_DIRECTIVES[i])) {
                if (!found)
                    found = d;
                (*count)++;
            }
    return found;
}

/* String list argument as a small array of values (NULL entries skipped). */
static size_t string_list(const ds__gql_directive *d, const char *arg, const ds__gql_value **out, size_t max) {
    const ds__gql_argument *a = d ? ds__gql_find_argument(d->args, arg) : NULL;
    if (!a)
        return 0;
    size_t n = 0;
    if (a->value->kind == DS__GQL_VAL_STRING) {
        out[n++] = a->value;
        return n;
    }
    if (a->value->kind != DS__GQL_VAL_LIST)
        return 0;
    for (const ds__gql_value *v = a->value->items; v && n < max; v = v->next)
        if (v->kind == DS__GQL_VAL_STRING)
            out[n++] = v;
    return n;
}

static const char *string_arg(const ds__gql_directive *d, const char *arg) {
    const ds__gql_argument *a = d ? ds__gql_find_argument(d->args, arg) : NULL;
    return a && a->value->kind == DS__GQL_VAL_STRING ? a->value->str : NULL;
}

/* Fields of the model's primary key: the @primaryKey field and its sort
 * fields, or `id`. Returns the count; names point into the AST. */
static size_t key_fields(const vstate *st, const char *model, const char **out, size_t max) {
    field_iter it = {st, model, NULL, NULL};
    const ds__gql_field *f;
    while ((f = next_field(&it))) {
        const ds__gql_directive *pk = ds__gql_find_directive(f->directives, "primaryKey");
        if (!pk)
            continue;
        size_t n = 0;
        out[n++] = f->name;
        const ds__gql_value *sk[32];
        size_t ns = string_list(pk, "sortKeyFields", sk, 32);
        for (size_t i = 0; i < ns && n < max; i++)
            out[n++] = sk[i]->str;
        return n;
    }
    out[0] = "id";
    return 1;
}

static const ds__gql_directive *find_index(const vstate *st, const char *model, const char *name,
                                           const ds__gql_field **on) {
    field_iter it = {st, model, NULL, NULL};
    const ds__gql_field *f;
    while ((f = next_field(&it)))
        for (const ds__gql_directive *d = f->directives; d; d = d->next)
            if (!strcmp(d->name, "index")) {
                const char *n = string_arg(d, "name");
                if (n && !strcmp(n, name)) {
                    if (on)
                        *on = f;
                    return d;
                }
            }
    return NULL;
}

static void check_key_field(vstate *st, const char *model, const char *name, ds__gql_loc loc, const char *what,
                            bool must_be_required) {
    const ds__gql_field *f = model_field(st, model, name);
    if (!f) {
        ERR(loc, "%s names \"%s\", which is not a field of %s", what, name, model);
        return;
    }
    if (is_list(f->type) || !is_leaf_type(st, ds__gql_type_base_name(f->type)))
        ERR(loc, "%s: field %s.%s must be a scalar or enum (not a list, model or non-model type)", what, model, name);
    else if (!strcmp(ds__gql_type_base_name(f->type), "Boolean"))
        ERR(loc, "%s: field %s.%s is a Boolean; Boolean values cannot be used as keys", what, model, name);
    else if (must_be_required && !is_non_null(f->type))
        ERR(loc, "%s: field %s.%s must be non-null (%s!)", what, model, name, ds__gql_type_base_name(f->type));
}

/* DynamoDB's rule for index names. */
static bool valid_index_name(const char *name) {
    size_t n = strlen(name);
    if (n < 3 || n > 255)
        return false;
    for (const char *p = name; *p; p++)
        if (!isalnum((unsigned char)*p) && *p != '_' && *p != '-' && *p != '.')
            return false;
    return true;
}

static void check_keys(vstate *st, const ds__gql_def *m) {
    const ds__gql_field *pk_owner = NULL;
    field_iter it = {st, m->name, NULL, NULL};
    const ds__gql_field *f;
    while ((f = next_field(&it))) {
        const ds__gql_directive *pk = ds__gql_find_directive(f->directives, "primaryKey");
        if (pk) {
            if (pk_owner)
                ERR(pk->loc, "model %s has a second @primaryKey (on %s, the first is on %s); expected one", m->name,
                    f->name, pk_owner->name);
            pk_owner = f;
            if (!is_non_null(f->type))
                ERR(f->loc, "the primary key on type '%s' must reference non-null fields: make %s.%s %s!", m->name,
                    m->name, f->name, ds__gql_type_base_name(f->type));
            if (is_list(f->type) || !is_leaf_type(st, ds__gql_type_base_name(f->type)))
                ERR(f->loc, "primary key field %s.%s must be a scalar or enum", m->name, f->name);
            else if (!strcmp(ds__gql_type_base_name(f->type), "Boolean"))
                ERR(f->loc, "primary key field %s.%s is a Boolean; Boolean values cannot be used as keys", m->name,
                    f->name);
            const ds__gql_value *sk[64];
            size_t n = string_list(pk, "sortKeyFields", sk, 64);
            for (size_t i = 0; i < n; i++) {
                check_key_field(st, m->name, sk[i]->str, sk[i]->loc, "@primaryKey(sortKeyFields:)", true);
                if (!strcmp(sk[i]->str, f->name))
                    ERR(sk[i]->loc, "@primaryKey(sortKeyFields:) repeats the key field \"%s\"", f->name);
                for (size_t k = 0; k < i; k++)
                    if (!strcmp(sk[k]->str, sk[i]->str))
                        ERR(sk[i]->loc, "@primaryKey(sortKeyFields:) names \"%s\" twice", sk[i]->str);
            }
        }
        for (const ds__gql_directive *d = f->directives; d; d = d->next) {
            if (strcmp(d->name, "index"))
                continue;
            if (is_list(f->type) || !is_leaf_type(st, ds__gql_type_base_name(f->type)))
                ERR(d->loc, "@index on %s.%s: an index field must be a scalar or enum", m->name, f->name);
            else if (!strcmp(ds__gql_type_base_name(f->type), "Boolean"))
                ERR(d->loc, "@index on %s.%s: Boolean values cannot be used as keys", m->name, f->name);
            const ds__gql_value *sk[64];
            size_t n = string_list(d, "sortKeyFields", sk, 64);
            for (size_t i = 0; i < n; i++)
                check_key_field(st, m->name, sk[i]->str, sk[i]->loc, "@index(sortKeyFields:)", false);
            const char *name = string_arg(d, "name");
            if (name && !valid_index_name(name))
                ERR(d->loc, "@index(name: \"%s\") on %s.%s: an index name must be 3 to 255 characters of A-Z, a-z, "
                            "0-9, '_', '-' and '.'",
                    name, m->name, f->name);
            if (name) {
                const ds__gql_field *first_on = NULL;
                const ds__gql_directive *first = find_index(st, m->name, name, &first_on);
                if (first && first != d)
                    ERR(d->loc, "model %s has two indexes named \"%s\"; index names must be unique", m->name, name);
            }
        }
    }
}

static void check_default(vstate *st, const ds__gql_def *m, const ds__gql_field *f) {
    const ds__gql_directive *d = ds__gql_find_directive(f->directives, "default");
    if (!d)
        return;
    const char *type = ds__gql_type_base_name(f->type);
    if (is_list(f->type) || !is_leaf_type(st, type)) {
        ERR(d->loc, "@default on %s.%s: only scalar and enum fields can have a default value", m->name, f->name);
        return;
    }
    const char *v = string_arg(d, "value");
    if (!v)
        return;
    const ds__gql_def *e = find_def(st, type);
    bool ok = true;
    if (e && e->kind == DS__GQL_DEF_ENUM) {
        ok = false;
        for (const ds__gql_enum_value *ev = e->values; ev; ev = ev->next)
            if (!strcmp(ev->name, v))
                ok = true;
    } else {
        /* The transformer's own validators, JavaScript quirks included. */
        ok = ds__scalar_text_valid(type, v, strlen(v), DS__RULES_DEFAULT_VALUE);
    }
    if (!ok)
        ERR(d->loc, "@default(value: \"%s\") on %s.%s is not a valid %s", v, m->name, f->name, type);
}

static void check_fields_exist(vstate *st, const char *model, const ds__gql_directive *d, const char *arg,
                               const char *what) {
    const ds__gql_value *fs[64];
    size_t n = string_list(d, arg, fs, 64);
    for (size_t i = 0; i < n; i++)
        if (!model_field(st, model, fs[i]->str))
            ERR(fs[i]->loc, "%s(%s:) names \"%s\", which is not a field of %s", what, arg, fs[i]->str, model);
}

/* Does `other` have a @hasOne/@hasMany field typed `model`? */
static bool has_parent_side(const vstate *st, const char *model, const char *other) {
    field_iter it = {st, other, NULL, NULL};
    const ds__gql_field *f;
    while ((f = next_field(&it))) {
        if (strcmp(ds__gql_type_base_name(f->type), model))
            continue;
        if ((ds__gql_find_directive(f->directives, "hasOne") && !is_list(f->type)) ||
            (ds__gql_find_directive(f->directives, "hasMany") && is_list(f->type)))
            return true;
    }
    return false;
}

static size_t count_many_to_many(const vstate *st, const char *relation) {
    size_t n = 0;
    for (const ds__gql_def *d = st->doc->defs; d; d = d->next) {
        if (d->kind != DS__GQL_DEF_OBJECT)
            continue;
        for (const ds__gql_field *f = d->fields; f; f = f->next) {
            const char *r = string_arg(ds__gql_find_directive(f->directives, "manyToMany"), "relationName");
            char *a = r ? ds__graphql_name_upper(r) : NULL, *b = ds__graphql_name_upper(relation);
            if (a && b && !strcmp(a, b))
                n++;
            free(a);
            free(b);
        }
    }
    return n;
}

static void check_relation(vstate *st, const ds__gql_def *m, const ds__gql_field *f) {
    int count;
    const ds__gql_directive *d = relation_directive(f, &count);
    if (!d)
        return;
    if (count > 1)
        ERR(f->loc, "%s.%s has %d relationship directives; expected one of @hasOne, @hasMany, @belongsTo, @manyToMany",
            m->name, f->name, count);
    const char *target = ds__gql_type_base_name(f->type);
    const ds__gql_def *related = find_model(st, target);
    if (!related) {
        if (find_def(st, target) || is_builtin_scalar(target))
            ERR(d->loc, "@%s on %s.%s: \"%s\" is not a @model type; a relationship must point at a @model", d->name,
                m->name, f->name, target);
        return; /* an unknown type is reported already */
    }
    bool list = is_list(f->type);
    char dname[64];
    snprintf(dname, sizeof dname, "@%s", d->name);
    bool has_fields = ds__gql_find_argument(d->args, "fields") != NULL;
    bool has_refs = ds__gql_find_argument(d->args, "references") != NULL;
    if (has_fields && has_refs)
        ERR(d->loc, "@%s on %s.%s: 'fields' and 'references' cannot be used together", d->name, m->name, f->name);
    const char *keys[64];
    size_t nkeys = key_fields(st, target, keys, 64);
    const ds__gql_value *fs[64];
    size_t nfs = string_list(d, "fields", fs, 64);

    if (!strcmp(d->name, "hasMany") || !strcmp(d->name, "manyToMany")) {
        if (!list)
            ERR(f->loc, "@%s must be used with a list: make %s.%s [%s]%s", d->name, m->name, f->name, target,
                !strcmp(d->name, "hasMany") ? ", or use @hasOne for a single related record" : "");
    } else if (list) {
        ERR(f->loc, "@%s cannot be used with a list: %s.%s is [%s]%s", d->name, m->name, f->name, target,
            !strcmp(d->name, "hasOne") ? "; use @hasMany for many related records" : "");
    }
    if (!strcmp(d->name, "manyToMany")) {
        const char *rel = string_arg(d, "relationName");
        if (!rel)
            return;
        size_t n = count_many_to_many(st, rel);
        if (n != 2)
            ERR(d->loc, "@manyToMany(relationName: \"%s\") is used %zu time(s); expected exactly two fields, one on "
                        "each model of the relation",
                rel, n);
        char *join = ds__graphql_name_upper(rel);
        if (join && find_def(st, join))
            ERR(d->loc, "@manyToMany(relationName: \"%s\") would generate a join model \"%s\", but a type of that "
                        "name already exists",
                rel, join);
        if (join && !*join)
            ERR(d->loc, "@manyToMany(relationName: \"%s\") is not a usable type name", rel);
        free(join);
        return;
    }
    if (has_refs) {
        /* Gen 2 style: the foreign key fields live on the child. */
        const char *holder = !strcmp(d->name, "belongsTo") ? m->name : target;
        check_fields_exist(st, holder, d, "references", dname);
        return;
    }
    check_fields_exist(st, m->name, d, "fields", dname);
    if (!strcmp(d->name, "hasMany")) {
        const char *index = string_arg(d, "indexName");
        if (index) {
            const ds__gql_field *on = NULL;
            const ds__gql_directive *idx = find_index(st, target, index, &on);
            if (!idx) {
                ERR(d->loc, "@hasMany(indexName: \"%s\") on %s.%s: %s has no @index named \"%s\"", index, m->name,
                    f->name, target, index);
            } else {
                const ds__gql_value *sk[64];
                size_t nidx = 1 + string_list(idx, "sortKeyFields", sk, 64);
                if (nfs > nidx)
                    ERR(d->loc, "@hasMany on %s.%s gives %zu fields but index \"%s\" of %s has %zu key fields", m->name,
                        f->name, nfs, index, target, nidx);
            }
        } else if (nfs > nkeys) {
            ERR(d->loc, "@hasMany on %s.%s gives %zu fields but the primary key of %s has %zu", m->name, f->name, nfs,
                target, nkeys);
        }
        if (ds__gql_find_argument(d->args, "fields") && nfs == 0)
            ERR(d->loc, "@hasMany(fields:) on %s.%s is empty; expected the fields that hold this model's key",
                m->name, f->name);
        return;
    }
    if (!strcmp(d->name, "belongsTo") && !has_parent_side(st, m->name, target))
        ERR(d->loc, "@belongsTo on %s.%s: %s has no @hasOne or @hasMany field of type %s; a 'belongsTo' field should "
                    "match a corresponding 'hasMany' or 'hasOne' field",
            m->name, f->name, target, m->name);
    if (nfs > 0 && nfs != nkeys)
        ERR(d->loc, "@%s(fields:) on %s.%s gives %zu field(s) but the primary key of %s has %zu (%s%s)", d->name,
            m->name, f->name, nfs, target, nkeys, keys[0], nkeys > 1 ? ", ..." : "");
}

static void check_auth(vstate *st, const ds__gql_def *m, const ds__gql_directive *auth) {
    const ds__gql_argument *rules = auth ? ds__gql_find_argument(auth->args, "rules") : NULL;
    if (!rules)
        return;
    const ds__gql_value *list = rules->value;
    const ds__gql_value *one = list->kind == DS__GQL_VAL_LIST ? list->items : list;
    for (const ds__gql_value *r = one; r; r = list->kind == DS__GQL_VAL_LIST ? r->next : NULL) {
        if (r->kind != DS__GQL_VAL_OBJECT)
            continue;
        const ds__gql_object_field *allow = ds__gql_find_object_field(r->fields, "allow");
        const ds__gql_object_field *prov = ds__gql_find_object_field(r->fields, "provider");
        const ds__gql_object_field *groups = ds__gql_find_object_field(r->fields, "groups");
        const ds__gql_object_field *gfield = ds__gql_find_object_field(r->fields, "groupsField");
        if (!allow || allow->value->kind != DS__GQL_VAL_ENUM)
            continue;
        const char *a = allow->value->str;
        const char *p = prov && prov->value->kind == DS__GQL_VAL_ENUM ? prov->value->str : NULL;
        static const struct {
            const char *allow;
            const char *providers;
        } compat[] = {
            {"owner", " userPools oidc "},   {"groups", " userPools oidc "},
            {"private", " userPools oidc iam identityPool "}, {"public", " apiKey iam identityPool "},
            {"custom", " function "},
        };
        for (size_t i = 0; p && i < sizeof compat / sizeof *compat; i++) {
            if (strcmp(compat[i].allow, a))
                continue;
            char needle[64];
            snprintf(needle, sizeof needle, " %s ", p);
            if (!strstr(compat[i].providers, needle))
                ERR(prov->value->loc, "@auth on %s: '%s' rules do not support the '%s' provider; expected one of%s", m->name,
                    a, p, compat[i].providers);
        }
        if (strcmp(a, "groups") && (groups || gfield))
            ERR(r->loc, "@auth on %s: 'groups' and 'groupsField' apply only to 'allow: groups' rules", m->name);
        if (!strcmp(a, "groups") && !groups && !gfield)
            ERR(r->loc, "@auth on %s: a 'groups' rule needs 'groups' (static) or 'groupsField' (dynamic)", m->name);
        if (!strcmp(a, "groups") && groups && gfield)
            ERR(r->loc, "@auth on %s: a 'groups' rule takes 'groups' or 'groupsField', not both", m->name);
        const ds__gql_object_field *owner = ds__gql_find_object_field(r->fields, "ownerField");
        if (owner && strcmp(a, "owner"))
            ERR(owner->loc, "@auth on %s: 'ownerField' applies only to 'allow: owner' rules", m->name);
    }
}

static const char *const SYNC_FIELDS[] = {"_version", "_deleted", "_lastChangedAt", "_ttl"};

static void check_model(vstate *st, const ds__gql_def *m) {
    if (!strcmp(m->name, "Query") || !strcmp(m->name, "Mutation") || !strcmp(m->name, "Subscription"))
        ERR(m->loc, "@model cannot be used on the root type \"%s\"", m->name);
    check_keys(st, m);
    check_auth(st, m, ds__gql_find_directive(m->directives, "auth"));
    field_iter it = {st, m->name, NULL, NULL};
    const ds__gql_field *f;
    while ((f = next_field(&it))) {
        for (size_t i = 0; i < sizeof SYNC_FIELDS / sizeof *SYNC_FIELDS; i++)
            if (!strcmp(f->name, SYNC_FIELDS[i]))
                ERR(f->loc, "field %s.%s clashes with DataStore's sync metadata (%s); choose another name", m->name,
                    f->name, f->name);
        check_default(st, m, f);
        check_relation(st, m, f);
        check_auth(st, m, ds__gql_find_directive(f->directives, "auth"));
    }
}

static void check_non_model_directives(vstate *st, const ds__gql_def *t) {
    static const char *const model_only[] = {"primaryKey", "index",      "hasOne", "hasMany",
                                             "belongsTo",  "manyToMany", "default"};
    for (const ds__gql_field *f = t->fields; f; f = f->next)
        for (const ds__gql_directive *d = f->directives; d; d = d->next)
            for (size_t i = 0; i < sizeof model_only / sizeof *model_only; i++)
                if (!strcmp(d->name, model_only[i]))
                    ERR(d->loc, "@%s on %s.%s: %s is not a @model type; @%s may only be used in @model types",
                        d->name, t->name, f->name, t->name, d->name);
}

void ds__schema_validate(const ds__gql_doc *doc, ds__diags *diags) {
    vstate state = {doc, diags}, *st = &state;
    check_definitions(st);
    for (const ds__gql_def *d = doc->defs; d; d = d->next) {
        switch (d->kind) {
        case DS__GQL_DEF_SCHEMA:
            check_schema_def(st, d);
            break;
        case DS__GQL_DEF_OBJECT:
            check_object(st, d);
            if (d->extend && ds__gql_find_directive(d->directives, "model"))
                ERR(d->loc, "@model must be on the definition of %s, not on an extension", d->name);
            if (!d->extend && is_model_def(d))
                check_model(st, d);
            else if (!is_model_def(find_def(st, d->name)))
                check_non_model_directives(st, d);
            break;
        case DS__GQL_DEF_INPUT_OBJECT:
            if (!strcmp(d->name, "AMPLIFY"))
                break; /* the sandbox rule input: Amplify's own */
            ds__check_directives(d->directives, DLOC_INPUT_OBJECT, d->name, diags);
            check_input_values(st, d->input_fields, d->name, DLOC_INPUT_FIELD);
            break;
        case DS__GQL_DEF_ENUM:
            check_enum(st, d);
            break;
        default:
            break;
        }
    }
}
