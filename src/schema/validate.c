/*
 * Validation of a schema document, before anything is built from it.
 *
 * Two layers, both reporting every problem they find with its line and
 * column, and both run to completion so one pass shows all errors:
 *   - GraphQL's own SDL rules (unique names, known types, input versus
 *     output types, directives and their arguments): this file;
 *   - what Amplify's transformer (@aws-amplify/graphql-transformer 2.5.1,
 *     DataStore on) requires, plus what DataStore cannot store (interfaces,
 *     unions, custom scalars, fields named like its sync metadata, names
 *     reserved by GraphQL). Keys, indexes and @default are checked here;
 *     @auth in validate_auth.c; relationships in validate_relations.c;
 *     generated root fields, `extend type` limits and the other directives
 *     in validate_ops.c. validate.h has the lookups they share.
 * The reference is the transformer's observable behaviour, quirks included:
 * whatever it refuses (also by crashing) we refuse with a place and a
 * reason, and whatever it accepts we accept. The builder (build.c) may
 * then assume a sane document.
 */
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "schema/validate.h"
#include "util/buf.h"
#include "util/plural.h"
#include "util/scalars.h"

static const char *const BUILTIN_SCALARS[] = {
    "ID",          "String",       "Int",      "Float",   "Boolean", "AWSDate", "AWSTime", "AWSDateTime",
    "AWSTimestamp", "AWSEmail", "AWSJSON", "AWSURL",  "AWSPhone", "AWSIPAddress",
};

/* ---- lookups shared by the validate*.c files (validate.h) ----------------- */

bool ds__v_builtin_scalar(const char *name) {
    for (size_t i = 0; i < sizeof BUILTIN_SCALARS / sizeof *BUILTIN_SCALARS; i++)
        if (!strcmp(BUILTIN_SCALARS[i], name))
            return true;
    return false;
}

const ds__gql_def *ds__v_find_def(const vstate *st, const char *name) {
    for (const ds__gql_def *d = st->doc->defs; d; d = d->next)
        if (!d->extend && d->name && d->kind != DS__GQL_DEF_DIRECTIVE && !strcmp(d->name, name))
            return d;
    return NULL;
}

bool ds__v_is_model_def(const ds__gql_def *d) {
    return d && d->kind == DS__GQL_DEF_OBJECT && ds__gql_find_directive(d->directives, "model");
}

const ds__gql_def *ds__v_find_model(const vstate *st, const char *name) {
    const ds__gql_def *d = ds__v_find_def(st, name);
    return ds__v_is_model_def(d) ? d : NULL;
}

bool ds__v_is_enum(const vstate *st, const char *name) {
    const ds__gql_def *d = name ? ds__v_find_def(st, name) : NULL;
    return d && d->kind == DS__GQL_DEF_ENUM;
}

bool ds__v_is_leaf_type(const vstate *st, const char *name) {
    return name && (ds__v_builtin_scalar(name) || ds__v_is_enum(st, name));
}

bool ds__v_is_list(const ds__gql_type *t) {
    if (t && t->kind == DS__GQL_TYPE_NON_NULL)
        t = t->of;
    return t && t->kind == DS__GQL_TYPE_LIST;
}

bool ds__v_is_non_null(const ds__gql_type *t) { return t && t->kind == DS__GQL_TYPE_NON_NULL; }

const ds__gql_field *ds__v_def_field(const ds__gql_def *def, const char *name) {
    for (const ds__gql_field *f = def ? def->fields : NULL; f; f = f->next)
        if (!strcmp(f->name, name))
            return f;
    return NULL;
}

const ds__gql_field *ds__v_next_field(v_field_iter *it) {
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

const char *ds__v_string_arg(const ds__gql_directive *d, const char *arg) {
    const ds__gql_argument *a = d ? ds__gql_find_argument(d->args, arg) : NULL;
    return a && a->value->kind == DS__GQL_VAL_STRING ? a->value->str : NULL;
}

size_t ds__v_string_list(const ds__gql_directive *d, const char *arg, const ds__gql_value **out, size_t max) {
    const ds__gql_argument *a = d ? ds__gql_find_argument(d->args, arg) : NULL;
    if (!a || max == 0)
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

bool ds__v_nonempty_list_arg(const ds__gql_directive *d, const char *arg) {
    const ds__gql_argument *a = d ? ds__gql_find_argument(d->args, arg) : NULL;
    return a && a->value->kind == DS__GQL_VAL_LIST && a->value->items;
}

size_t ds__v_key(const ds__gql_def *model, vkey *out, size_t max) {
    if (max == 0)
        return 0;
    for (const ds__gql_field *f = model->fields; f; f = f->next) {
        const ds__gql_directive *pk = ds__gql_find_directive(f->directives, "primaryKey");
        if (!pk)
            continue;
        size_t n = 0;
        out[n++] = (vkey){f->name, f};
        const ds__gql_value *sk[V_MAX];
        size_t ns = ds__v_string_list(pk, "sortKeyFields", sk, V_MAX);
        for (size_t i = 0; i < ns && n < max; i++) {
            const ds__gql_field *sf = ds__v_def_field(model, sk[i]->str);
            if (sf)
                out[n++] = (vkey){sf->name, sf};
        }
        return n;
    }
    out[0] = (vkey){"id", ds__v_def_field(model, "id")};
    return 1;
}

const char *ds__v_key_type(const vkey *k) {
    const char *t = k->field ? ds__gql_type_base_name(k->field->type) : NULL;
    return t ? t : "ID";
}

const ds__gql_directive *ds__v_find_index(const ds__gql_def *model, const char *name, const ds__gql_field **on) {
    for (const ds__gql_field *f = model->fields; f; f = f->next)
        for (const ds__gql_directive *d = f->directives; d; d = d->next)
            if (!strcmp(d->name, "index")) {
                const char *n = ds__v_string_arg(d, "name");
                if (n && !strcmp(n, name)) {
                    if (on)
                        *on = f;
                    return d;
                }
            }
    return NULL;
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
    if (ds__v_builtin_scalar(name))
        return;
    const ds__gql_def *d = ds__v_find_def(st, name);
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

/* GraphQL reserves names beginning with "__" for introspection. Amplify's
 * tools let them through, but the generator then silently drops a field,
 * argument or input field named __proto__ (a plain JavaScript object keyed
 * by name); refusing them all is the clear rule. */
static void reserved_name(vstate *st, const char *name, ds__gql_loc loc, const char *what) {
    if (!strncmp(name, "__", 2))
        ERR(loc, "%s name \"%s\" must not begin with \"__\", which is reserved by GraphQL", what, name);
}

static void check_input_values(vstate *st, const ds__gql_input_value *list, const char *owner, dloc loc) {
    for (const ds__gql_input_value *a = list; a; a = a->next) {
        reserved_name(st, a->name, a->loc, loc == DLOC_ARGUMENT ? "argument" : "input field");
        for (const ds__gql_input_value *b = list; b != a; b = b->next)
            if (!strcmp(a->name, b->name))
                ERR(a->loc, "%s: \"%s\" is defined twice (first at line %u)", owner, a->name, (unsigned)b->loc.line);
        char where[512];
        snprintf(where, sizeof where, "%.250s.%.250s", owner, a->name);
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
            if (!d->extend && ds__v_builtin_scalar(d->name))
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
            const ds__gql_def *base = ds__v_find_def(st, d->name);
            if (!base)
                ERR(d->loc, "cannot extend type \"%s\": it is not defined", d->name);
            else if (base->kind != d->kind)
                ERR(d->loc, "cannot extend %s \"%s\" as %s", kind_name(base->kind), d->name, kind_name(d->kind));
        } else {
            const ds__gql_def *first = ds__v_find_def(st, d->name);
            if (first && first != d)
                ERR(d->loc, "duplicate type \"%s\": it is already defined at line %u; expected one definition (use "
                            "`extend` to add to it)",
                    d->name, (unsigned)first->loc.line);
            if (ds__v_builtin_scalar(d->name) && d->kind != DS__GQL_DEF_SCALAR)
                ERR(d->loc, "type \"%s\" has the name of a built-in scalar", d->name);
        }
    }
}

static void check_schema_def(vstate *st, const ds__gql_def *d) {
    ds__check_directives(d->directives, DLOC_SCHEMA, "schema", st->diags);
    for (const ds__gql_operation_type *op = d->operation_types; op; op = op->next) {
        if (!op->type)
            continue;
        const ds__gql_def *t = ds__v_find_def(st, op->type->value);
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
        reserved_name(st, f->name, f->loc, "field");
        v_field_iter it = {st, d->name, NULL, NULL};
        const ds__gql_field *g;
        while ((g = ds__v_next_field(&it)) && g != f) {
            if (!strcmp(g->name, f->name)) {
                ERR(f->loc, "duplicate field \"%s.%s\": already defined at line %u", d->name, f->name,
                    (unsigned)g->loc.line);
                break;
            }
        }
        char where[512];
        snprintf(where, sizeof where, "%.250s.%.250s", d->name, f->name);
        check_type_ref(st, f->type, false, where);
        ds__check_directives(f->directives, DLOC_FIELD, where, st->diags);
        check_input_values(st, f->args, where, DLOC_ARGUMENT);
    }
}

static void check_enum(vstate *st, const ds__gql_def *d) {
    ds__check_directives(d->directives, DLOC_ENUM, d->name, st->diags);
    for (const ds__gql_enum_value *v = d->values; v; v = v->next) {
        reserved_name(st, v->name, v->loc, "enum value");
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
        snprintf(where, sizeof where, "%.250s.%.250s", d->name, v->name);
        ds__check_directives(v->directives, DLOC_ENUM_VALUE, where, st->diags);
    }
}

/* ---- keys and indexes ------------------------------------------------------ */

/* DynamoDB attribute type of a key field: 'S', 'N', or 'B' for Boolean
 * (which cannot be a key). Enums are strings. */
static char attribute_type(const char *type) {
    if (!strcmp(type, "Int") || !strcmp(type, "Float") || !strcmp(type, "AWSTimestamp"))
        return 'N';
    if (!strcmp(type, "Boolean"))
        return 'B';
    return 'S';
}

static void check_key_field(vstate *st, const ds__gql_def *m, const char *name, ds__gql_loc loc, const char *what,
                            bool must_be_required) {
    const ds__gql_field *f = ds__v_def_field(m, name);
    if (!f) {
        v_field_iter it = {st, m->name, NULL, NULL};
        const ds__gql_field *g;
        while ((g = ds__v_next_field(&it)) && strcmp(g->name, name))
            ;
        if (g)
            ERR(loc, "%s names \"%s\", a field added by `extend type`; keys can only use fields of the definition "
                     "of %s",
                what, name, m->name);
        else
            ERR(loc, "%s names \"%s\", which is not a field of %s", what, name, m->name);
        return;
    }
    const char *type = ds__gql_type_base_name(f->type);
    if (ds__v_is_list(f->type) || !ds__v_is_leaf_type(st, type))
        ERR(loc, "%s: field %s.%s must be a scalar or enum (not a list, model or non-model type)", what, m->name, name);
    else if (!strcmp(type, "Boolean"))
        ERR(loc, "%s: field %s.%s is a Boolean; Boolean values cannot be used as keys", what, m->name, name);
    else if (must_be_required && !ds__v_is_non_null(f->type))
        ERR(loc, "%s: field %s.%s must be non-null (%s!)", what, m->name, name, type);
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

static void check_primary_key(vstate *st, const ds__gql_def *m, const ds__gql_field *f, const ds__gql_directive *pk,
                              const ds__gql_field *first) {
    if (first != f)
        ERR(pk->loc, "model %s has a second @primaryKey (on %s, the first is on %s); expected one", m->name, f->name,
            first->name);
    if (!ds__v_is_non_null(f->type))
        ERR(f->loc, "the primary key on type '%s' must reference non-null fields: make %s.%s %s!", m->name, m->name,
            f->name, ds__gql_type_base_name(f->type));
    if (ds__v_is_list(f->type) || !ds__v_is_leaf_type(st, ds__gql_type_base_name(f->type)))
        ERR(f->loc, "primary key field %s.%s must be a scalar or enum", m->name, f->name);
    else if (!strcmp(ds__gql_type_base_name(f->type), "Boolean"))
        ERR(f->loc, "primary key field %s.%s is a Boolean; Boolean values cannot be used as keys", m->name, f->name);
    const ds__gql_value *sk[V_MAX];
    size_t n = ds__v_string_list(pk, "sortKeyFields", sk, V_MAX);
    for (size_t i = 0; i < n; i++) {
        /* A repeated sort field is accepted, as the transformer does. */
        if (!strcmp(sk[i]->str, f->name))
            ERR(sk[i]->loc, "@primaryKey(sortKeyFields:) repeats the key field \"%s\"; a field cannot reference itself",
                f->name);
        else
            check_key_field(st, m, sk[i]->str, sk[i]->loc, "@primaryKey(sortKeyFields:)", true);
    }
}

/* The name the transformer gives an @index without `name`:
 * <pluralized model, first letter lowered>By<Field>And<Sort>... */
static char *default_index_name(const ds__gql_def *m, const ds__gql_field *f, const ds__gql_directive *d) {
    char *plural = ds__plural(m->name);
    if (!plural)
        return NULL;
    ds__buf b;
    ds__buf_init(&b, 0);
    if (plural[0])
        ds__buf_putc(&b, (char)tolower((unsigned char)plural[0]));
    ds__buf_puts(&b, plural[0] ? plural + 1 : "");
    ds__buf_puts(&b, "By");
    const ds__gql_value *sk[V_MAX];
    size_t n = ds__v_string_list(d, "sortKeyFields", sk, V_MAX);
    for (size_t i = 0; i <= n; i++) {
        const char *w = i == 0 ? f->name : sk[i - 1]->str;
        if (i)
            ds__buf_puts(&b, "And");
        if (*w) {
            ds__buf_putc(&b, (char)toupper((unsigned char)w[0]));
            ds__buf_puts(&b, w + 1);
        }
    }
    free(plural);
    return ds__buf_take(&b, NULL);
}

static void check_index(vstate *st, const ds__gql_def *m, const ds__gql_field *f, const ds__gql_directive *d,
                        const ds__gql_field *pk_field, const ds__gql_directive *pk) {
    const char *type = ds__gql_type_base_name(f->type);
    if (ds__v_is_list(f->type) || !ds__v_is_leaf_type(st, type))
        ERR(d->loc, "@index on %s.%s: an index field must be a scalar or enum", m->name, f->name);
    else if (!strcmp(type, "Boolean"))
        ERR(d->loc, "@index on %s.%s: Boolean values cannot be used as keys", m->name, f->name);
    const ds__gql_value *sk[V_MAX];
    size_t n = ds__v_string_list(d, "sortKeyFields", sk, V_MAX);
    for (size_t i = 0; i < n; i++) {
        if (!strcmp(sk[i]->str, f->name))
            ERR(sk[i]->loc, "@index on %s.%s: sortKeyFields names the index field \"%s\" itself; a field cannot "
                            "reference itself",
                m->name, f->name, f->name);
        else
            check_key_field(st, m, sk[i]->str, sk[i]->loc, "@index(sortKeyFields:)", false);
    }
    const ds__gql_argument *name_arg = ds__gql_find_argument(d->args, "name");
    if (name_arg && name_arg->value->kind == DS__GQL_VAL_NULL)
        ERR(name_arg->value->loc, "@index(name: null) on %s.%s: leave `name` out for a generated name; an explicit "
                                  "null is not allowed",
            m->name, f->name);
    const char *name = ds__v_string_arg(d, "name");
    char *generated = name ? NULL : default_index_name(m, f, d);
    if (name && !valid_index_name(name))
        ERR(d->loc, "@index(name: \"%s\") on %s.%s: an index name must be 3 to 255 characters of A-Z, a-z, "
                    "0-9, '_', '-' and '.'",
            name, m->name, f->name);
    /* Index names are unique: an explicit name, or the generated one, must
     * not be another index's explicit name. */
    const char *effective = name ? name : generated;
    for (const ds__gql_field *g = m->fields; effective && g; g = g->next)
        for (const ds__gql_directive *e = g->directives; e; e = e->next) {
            if (e == d || strcmp(e->name, "index"))
                continue;
            const char *other = ds__v_string_arg(e, "name");
            if (!other || strcmp(other, effective))
                continue;
            /* Report each pair once, at the later directive. */
            if (name && e->loc.offset > d->loc.offset)
                continue;
            ERR(d->loc, "model %s has two indexes named \"%s\"; index names must be unique", m->name, effective);
        }
    free(generated);
    /* DynamoDB has no local secondary index without a sort key: an index
     * on the primary key's own field needs sort fields on both. */
    if (pk && pk_field == f) {
        bool all_sorted = true;
        for (const ds__gql_directive *e = f->directives; e; e = e->next)
            if (!ds__v_nonempty_list_arg(e, "sortKeyFields"))
                all_sorted = false;
        if (!all_sorted)
            ERR(d->loc, "@index on %s.%s: an index whose partition key is the primary key field needs sort key fields, "
                        "and so does the primary key (DynamoDB has no local secondary index without a sort key)",
                m->name, f->name);
    }
    const ds__gql_argument *proj = ds__gql_find_argument(d->args, "projection");
    if (proj && proj->value->kind == DS__GQL_VAL_OBJECT) {
        const ds__gql_object_field *pt = ds__gql_find_object_field(proj->value->fields, "type");
        const ds__gql_object_field *na = ds__gql_find_object_field(proj->value->fields, "nonKeyAttributes");
        bool attrs = na && ((na->value->kind == DS__GQL_VAL_LIST && na->value->items) ||
                            (na->value->kind == DS__GQL_VAL_STRING && na->value->len > 0));
        if (pt && pt->value->kind == DS__GQL_VAL_ENUM && !strcmp(pt->value->str, "INCLUDE") && !attrs)
            ERR(proj->value->loc, "@index on %s.%s: projection type INCLUDE needs nonKeyAttributes (the attributes to "
                                  "copy into the index)",
                m->name, f->name);
    }
    /* Without @primaryKey the table's key `id` is a DynamoDB string, so an
     * `id` of a numeric type cannot also be an index key. */
    if (!pk) {
        const ds__gql_field *id = ds__v_def_field(m, "id");
        const char *idtype = id ? ds__gql_type_base_name(id->type) : NULL;
        bool used = !strcmp(f->name, "id") || (n == 1 && !strcmp(sk[0]->str, "id"));
        if (used && idtype && !ds__v_is_list(id->type) && attribute_type(idtype) == 'N')
            ERR(d->loc, "@index on %s.%s uses %s.id (%s) as a key, but without @primaryKey the table key `id` is a "
                        "string; make id an ID or String, or declare it with @primaryKey",
                m->name, f->name, m->name, idtype);
    }
}

static void check_keys(vstate *st, const ds__gql_def *m) {
    const ds__gql_field *pk_field = NULL;
    const ds__gql_directive *pk = NULL;
    for (const ds__gql_field *f = m->fields; f && !pk; f = f->next)
        if ((pk = ds__gql_find_directive(f->directives, "primaryKey")))
            pk_field = f;
    for (const ds__gql_field *f = m->fields; f; f = f->next) {
        for (const ds__gql_directive *d = f->directives; d; d = d->next) {
            if (!strcmp(d->name, "primaryKey"))
                check_primary_key(st, m, f, d, pk_field);
            else if (!strcmp(d->name, "index"))
                check_index(st, m, f, d, pk_field, pk);
        }
    }
}

static void check_default(vstate *st, const ds__gql_def *m, const ds__gql_field *f) {
    const ds__gql_directive *d = ds__gql_find_directive(f->directives, "default");
    if (!d)
        return;
    const char *type = ds__gql_type_base_name(f->type);
    if (ds__v_is_list(f->type) || !ds__v_is_leaf_type(st, type)) {
        ERR(d->loc, "@default on %s.%s: only scalar and enum fields can have a default value", m->name, f->name);
        return;
    }
    const char *v = ds__v_string_arg(d, "value");
    if (!v)
        return;
    const ds__gql_def *e = ds__v_find_def(st, type);
    bool ok = true;
    if (e && e->kind == DS__GQL_DEF_ENUM) {
        ok = false;
        for (const ds__gql_def *n = st->doc->defs; n; n = n->next)
            if (n->kind == DS__GQL_DEF_ENUM && n->name && !strcmp(n->name, type))
                for (const ds__gql_enum_value *ev = n->values; ev; ev = ev->next)
                    if (!strcmp(ev->name, v))
                        ok = true;
    } else {
        /* The transformer's own validators, JavaScript quirks included. */
        ok = ds__scalar_text_valid(type, v, strlen(v), DS__RULES_DEFAULT_VALUE);
    }
    if (!ok)
        ERR(d->loc, "@default(value: \"%s\") on %s.%s is not a valid %s", v, m->name, f->name, type);
}

/* ---- @model types ------------------------------------------------------------ */

static const char *const SYNC_FIELDS[] = {"_version", "_deleted", "_lastChangedAt", "_ttl"};
/* The transformer reads these fields' type names when it builds an input
 * type from the model and crashes on a list (InputFieldWrapper.fromField):
 * for the create and update inputs (model-typed fields are left out) and,
 * when a field has @default, for all fields of the definition again. */
static const char *const AUTO_FIELDS[] = {"id", "createdAt", "updatedAt"};

/* Does @model generate the create or update mutation (the ones with an
 * input type)? Absent entries keep their default; null and "" remove one. */
static bool has_input_mutation(const ds__gql_def *m) {
    const ds__gql_directive *md = ds__gql_find_directive(m->directives, "model");
    const ds__gql_argument *mu = md ? ds__gql_find_argument(md->args, "mutations") : NULL;
    if (!mu)
        return true;
    if (mu->value->kind != DS__GQL_VAL_OBJECT)
        return mu->value->kind != DS__GQL_VAL_NULL;
    static const char *const keys[2] = {"create", "update"};
    for (int i = 0; i < 2; i++) {
        const ds__gql_object_field *e = ds__gql_find_object_field(mu->value->fields, keys[i]);
        if (!e || (e->value->kind == DS__GQL_VAL_STRING && e->value->len))
            return true;
    }
    return false;
}

static void check_model(vstate *st, const ds__gql_def *m) {
    if (!strcmp(m->name, st->query_type) || !strcmp(m->name, st->mutation_type) ||
        !strcmp(m->name, st->subscription_type))
        ERR(m->loc, "@model cannot be used on the root type \"%s\"", m->name);
    check_keys(st, m);
    bool defaults = false;
    for (const ds__gql_field *f = m->fields; f; f = f->next)
        defaults |= ds__gql_find_directive(f->directives, "default") != NULL;
    bool inputs = has_input_mutation(m);
    v_field_iter it = {st, m->name, NULL, NULL};
    const ds__gql_field *f;
    while ((f = ds__v_next_field(&it))) {
        bool in_definition = it.def == m;
        for (size_t i = 0; i < sizeof SYNC_FIELDS / sizeof *SYNC_FIELDS; i++)
            if (!strcmp(f->name, SYNC_FIELDS[i]))
                ERR(f->loc, "field %s.%s clashes with DataStore's sync metadata (%s); choose another name", m->name,
                    f->name, f->name);
        for (size_t i = 0; i < sizeof AUTO_FIELDS / sizeof *AUTO_FIELDS; i++)
            if (!strcmp(f->name, AUTO_FIELDS[i]) && ds__v_is_list(f->type) &&
                ((inputs && !ds__v_find_model(st, ds__gql_type_base_name(f->type))) || (defaults && in_definition)))
                ERR(f->loc, "field %s.%s cannot be a list: Amplify manages `%s` (the key and timestamps) as a single "
                            "value",
                    m->name, f->name, f->name);
        check_default(st, m, f);
    }
}

static void check_non_model_directives(vstate *st, const ds__gql_def *t) {
    static const char *const model_only[] = {"primaryKey", "index",      "hasOne",  "hasMany", "belongsTo",
                                             "manyToMany", "default",    "validate"};
    for (const ds__gql_field *f = t->fields; f; f = f->next)
        for (const ds__gql_directive *d = f->directives; d; d = d->next)
            for (size_t i = 0; i < sizeof model_only / sizeof *model_only; i++)
                if (!strcmp(d->name, model_only[i]))
                    ERR(d->loc, "@%s on %s.%s: %s is not a @model type; @%s may only be used in @model types",
                        d->name, t->name, f->name, t->name, d->name);
}

static void root_types(vstate *st) {
    st->query_type = "Query";
    st->mutation_type = "Mutation";
    st->subscription_type = "Subscription";
    for (const ds__gql_def *d = st->doc->defs; d; d = d->next) {
        if (d->kind != DS__GQL_DEF_SCHEMA)
            continue;
        for (const ds__gql_operation_type *op = d->operation_types; op; op = op->next) {
            if (!op->type)
                continue;
            if (!strcmp(op->operation, "query"))
                st->query_type = op->type->value;
            else if (!strcmp(op->operation, "mutation"))
                st->mutation_type = op->type->value;
            else if (!strcmp(op->operation, "subscription"))
                st->subscription_type = op->type->value;
        }
    }
}

void ds__schema_validate(const ds__gql_doc *doc, ds__diags *diags) {
    vstate state = {doc, diags, NULL, NULL, NULL}, *st = &state;
    root_types(st);
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
            if (!d->extend && ds__v_is_model_def(d))
                check_model(st, d);
            else if (!d->extend && !ds__v_is_model_def(ds__v_find_def(st, d->name)))
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
    ds__validate_auth(st);
    ds__validate_relations(st);
    ds__validate_ops(st);
}
