/*
 * Relationships: what Amplify's relational transformer (3.1.15, DynamoDB,
 * DataStore on) refuses in @hasOne, @hasMany, @belongsTo and @manyToMany.
 *
 * Three families of rules, as the transformer has them:
 *   - `fields:` (Gen 1): the named fields live on this model's definition,
 *     are scalars or enums, and have exactly the types of the key they point
 *     at (the related model's primary key, or the @index named by
 *     `indexName`): the first field that key's partition key, further fields
 *     its sort keys, all of them or none (one field, the partition key only,
 *     is fine);
 *   - `references:` (Gen 2): the reference fields live on the child, match
 *     the parent's primary key in number and type (ID and String are
 *     interchangeable), are all required or all nullable, and the other side
 *     has a matching directive with the same references; the relationship
 *     field itself is optional;
 *   - DataStore: two different models may not point at each other with
 *     @hasOne/@hasMany (one side must be @belongsTo).
 * Some schemas crash the transformer instead of being refused with a
 * message (an enum-typed key reached through a relationship, a list-typed
 * reference field, a Boolean `id` in a join model). Those are refused here
 * too, with a message that says what to change; the conditions are the
 * ones under which the transformer's code reaches the failing call.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "schema/validate.h"

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

/* The key a `fields:` relationship points at: the related model's primary
 * key, or the index named by indexName (NULL: the primary key). */
static size_t target_key(const ds__gql_def *related, const char *index, vkey *out, size_t max) {
    if (!index)
        return ds__v_key(related, out, max);
    const ds__gql_field *on = NULL;
    const ds__gql_directive *idx = ds__v_find_index(related, index, &on);
    if (!idx || max == 0)
        return 0;
    size_t n = 0;
    out[n++] = (vkey){on->name, on};
    const ds__gql_value *sk[V_MAX];
    size_t ns = ds__v_string_list(idx, "sortKeyFields", sk, V_MAX);
    for (size_t i = 0; i < ns && n < max; i++) {
        const ds__gql_field *sf = ds__v_def_field(related, sk[i]->str);
        if (sf)
            out[n++] = (vkey){sf->name, sf};
    }
    return n;
}

/* A key part the transformer turns into a DynamoDB key condition with
 * attributeTypeFromScalar, which knows no enums. */
static bool enum_part(const vstate *st, const vkey *k) { return ds__v_is_enum(st, ds__v_key_type(k)); }

/* The transformer builds key conditions for the partition key and, when
 * the key has exactly one sort field, for that one (longer sort keys are
 * joined into a string). `given` is how many key parts the relationship
 * supplies. Reports an enum in such a place. */
static void check_enum_key(vstate *st, const ds__gql_directive *d, const char *where, const char *model,
                           const vkey *key, size_t n, size_t given) {
    for (size_t i = 0; i < n && i < 2 && i < given; i++) {
        if (i == 1 && n != 2)
            break;
        if (enum_part(st, &key[i]))
            ERR(d->loc, "%s: the key of %s has the enum field %s as its %s, which Amplify cannot use in a "
                        "relationship's key condition; use a String field for that key part",
                where, model, key[i].name, i == 0 ? "partition key" : "only sort key");
    }
}

/* `fields:` names fields of this model's definition, scalars or enums. */
static size_t fields_arg(vstate *st, const ds__gql_def *m, const ds__gql_directive *d, const char *where,
                         const ds__gql_field **out, size_t max) {
    const ds__gql_argument *a = ds__gql_find_argument(d->args, "fields");
    if (!a)
        return 0;
    if (a->value->kind == DS__GQL_VAL_LIST && !a->value->items) {
        ERR(a->value->loc, "%s: 'fields' is an empty list; name the fields that hold the key, or leave 'fields' out",
            where);
        return 0;
    }
    const ds__gql_value *fs[V_MAX];
    size_t n = ds__v_string_list(d, "fields", fs, V_MAX), k = 0;
    for (size_t i = 0; i < n && k < max; i++) {
        const ds__gql_field *f = ds__v_def_field(m, fs[i]->str);
        if (!f) {
            bool in_ext = false;
            v_field_iter it = {st, m->name, NULL, NULL};
            const ds__gql_field *g;
            while ((g = ds__v_next_field(&it)))
                in_ext |= !strcmp(g->name, fs[i]->str);
            ERR(fs[i]->loc, "%s(fields:) names \"%s\", which is not a field of %s%s", where, fs[i]->str, m->name,
                in_ext ? " (fields added by `extend type` cannot be used)" : "");
            return 0;
        }
        if (!ds__v_is_leaf_type(st, ds__gql_type_base_name(f->type))) {
            ERR(fs[i]->loc, "%s(fields:): %s.%s is not a scalar or enum field; the fields must hold key values", where,
                m->name, f->name);
            return 0;
        }
        out[k++] = f;
    }
    return k;
}

/* getRelatedTypeIndex: the given fields against the key they point at. */
static void check_fields_types(vstate *st, const ds__gql_directive *d, const char *where, const char *model,
                               const ds__gql_field **fs, size_t nf, const vkey *key, size_t nk) {
    if (nf == 0 || nk == 0)
        return;
    if (nf > 1 && nf != nk) {
        ERR(d->loc, "%s gives %zu fields, but the key of %s has %zu part(s); give only the partition key field, or all "
                    "%zu (partial sort keys are not accepted)",
            where, nf, model, nk, nk);
        return;
    }
    for (size_t i = 0; i < nf; i++) {
        const char *want = ds__v_key_type(&key[i]), *got = ds__gql_type_base_name(fs[i]->type);
        if (strcmp(want, got))
            ERR(d->loc, "%s: field %s has type %s, but %s.%s, the key part it stands for, has type %s; the types must "
                        "be the same",
                where, fs[i]->name, got, model, key[i].name, want);
    }
}

/* The references list of a relational directive as strings. */
static size_t refs_of(const ds__gql_directive *d, const ds__gql_value **out, size_t max) {
    return ds__v_string_list(d, "references", out, max);
}

/* Does d hold exactly the references `refs`? The transformer compares the
 * lists joined with commas. */
static bool same_refs(const ds__gql_directive *d, const ds__gql_value *const *refs, size_t n) {
    const ds__gql_value *other[V_MAX];
    size_t m = refs_of(d, other, V_MAX);
    if (m != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (strcmp(refs[i]->str, other[i]->str))
            return false;
    return true;
}

static bool is_id_or_string(const char *t) { return !strcmp(t, "ID") || !strcmp(t, "String"); }

/* Gen 2 `references:`. parent is the model with the primary key, child the
 * one holding the reference fields. */
static void check_references(vstate *st, const ds__gql_def *m, const ds__gql_field *f, const ds__gql_directive *d,
                             const ds__gql_def *related, const char *where) {
    const ds__gql_argument *ra = ds__gql_find_argument(d->args, "references");
    const ds__gql_value *refs[V_MAX];
    size_t nr = refs_of(d, refs, V_MAX);
    bool belongs = !strcmp(d->name, "belongsTo");
    if (ra->value->kind == DS__GQL_VAL_LIST && !ra->value->items) {
        ERR(ra->value->loc, "%s: 'references' is empty; name the fields on %s that hold %s's key", where,
            belongs ? m->name : related->name, belongs ? related->name : m->name);
        return;
    }
    if (!belongs && ds__gql_find_argument(d->args, "indexName"))
        ERR(d->loc, "%s: 'indexName' cannot be used with 'references'", where);
    const ds__gql_type *t = f->type;
    if (ds__v_is_non_null(t) || (t->kind == DS__GQL_TYPE_LIST && t->of->kind == DS__GQL_TYPE_NON_NULL))
        ERR(f->loc, "%s: a relationship field with 'references' must be optional: make it %s%s%s", where,
            ds__v_is_list(t) ? "[" : "", related->name, ds__v_is_list(t) ? "]" : "");
    const ds__gql_def *parent = belongs ? related : m, *child = belongs ? m : related;
    /* getPrimaryKeyFieldNodes: without @primaryKey the key is an implicit
     * `id: ID!`, whatever type a declared id has. */
    const ds__gql_field *pk_field = NULL;
    const ds__gql_directive *pk = NULL;
    for (const ds__gql_field *g = parent->fields; g && !pk; g = g->next)
        if ((pk = ds__gql_find_directive(g->directives, "primaryKey")))
            pk_field = g;
    const ds__gql_argument *ska = pk ? ds__gql_find_argument(pk->args, "sortKeyFields") : NULL;
    if (ska && ska->value->kind == DS__GQL_VAL_STRING) {
        ERR(ska->value->loc, "@primaryKey on %s.%s: give sortKeyFields as a list (sortKeyFields: [\"%s\"]) when %s is "
                             "the parent of a 'references' relationship",
            parent->name, pk_field->name, ska->value->str, parent->name);
        return;
    }
    vkey key[V_MAX];
    size_t nk = pk ? ds__v_key(parent, key, V_MAX) : 1;
    if (!pk)
        key[0] = (vkey){"id", NULL};
    if (nr != nk) {
        ERR(ra->value->loc, "%s gives %zu reference field(s), but the primary key of %s has %zu part(s); give one "
                            "reference field per key part",
            where, nr, parent->name, nk);
        return;
    }
    const ds__gql_field *nodes[V_MAX];
    for (size_t i = 0; i < nr; i++) {
        nodes[i] = ds__v_def_field(child, refs[i]->str);
        if (!nodes[i]) {
            ERR(refs[i]->loc, "%s(references:) names \"%s\", which is not a field of %s", where, refs[i]->str,
                child->name);
            return;
        }
        if (!ds__v_is_leaf_type(st, ds__gql_type_base_name(nodes[i]->type))) {
            ERR(refs[i]->loc, "%s(references:): %s.%s is not a scalar or enum field", where, child->name,
                nodes[i]->name);
            return;
        }
        if (ds__v_is_list(nodes[i]->type)) {
            ERR(refs[i]->loc, "%s(references:): %s.%s is a list; a reference field holds one key value", where,
                child->name, nodes[i]->name);
            return;
        }
    }
    if (!belongs)
        for (size_t i = 1; i < nr; i++)
            if (ds__v_is_non_null(nodes[i]->type) != ds__v_is_non_null(nodes[0]->type)) {
                ERR(refs[i]->loc, "%s: the reference fields on %s must be all required or all nullable (%s and %s "
                                  "differ)",
                    where, child->name, nodes[0]->name, nodes[i]->name);
                return;
            }
    /* The other side: a field of this model's type whose associated
     * directive has the same references. One without references at all
     * crashes the transformer. */
    bool matched = false;
    for (const ds__gql_field *g = related->fields; g; g = g->next) {
        if (strcmp(ds__gql_type_base_name(g->type), m->name))
            continue;
        const ds__gql_directive *assoc = NULL;
        for (const ds__gql_directive *e = g->directives; e && !assoc; e = e->next)
            if (belongs ? (!strcmp(e->name, "hasOne") || !strcmp(e->name, "hasMany")) : !strcmp(e->name, "belongsTo"))
                assoc = e;
        if (!assoc)
            continue;
        if (!ds__gql_find_argument(assoc->args, "references")) {
            ERR(d->loc, "%s: %s.%s is @%s without 'references'; both sides of a relationship must use 'references' "
                        "(or both 'fields')",
                where, related->name, g->name, assoc->name);
            return;
        }
        matched |= same_refs(assoc, refs, nr);
    }
    if (!matched) {
        ERR(d->loc, "%s: uni-directional relationships are not supported; add a %s field to %s with the same "
                    "references [%s%s]",
            where, belongs ? "@hasOne or @hasMany" : "@belongsTo", related->name, nr ? refs[0]->str : "",
            nr > 1 ? ", ..." : "");
        return;
    }
    for (size_t i = 0; i < nr; i++) {
        const char *a = ds__v_key_type(&key[i]), *b = ds__gql_type_base_name(nodes[i]->type);
        if (strcmp(a, b) && !(is_id_or_string(a) && is_id_or_string(b)))
            ERR(refs[i]->loc,
                "%s: reference field %s.%s has type %s, but %s.%s, the key part it stands for, has type %s", where, child->name, nodes[i]->name, b, parent->name, key[i].name, a);
    }
    check_enum_key(st, d, where, parent->name, key, nk, nk);
}

/* Does `other` have a @hasOne/@hasMany field typed `model`? */
static const ds__gql_field *has_side(const ds__gql_def *other, const char *model) {
    for (const ds__gql_field *f = other->fields; f; f = f->next) {
        if (strcmp(ds__gql_type_base_name(f->type), model))
            continue;
        if (ds__gql_find_directive(f->directives, "hasOne") || ds__gql_find_directive(f->directives, "hasMany"))
            return f;
    }
    return NULL;
}

static size_t count_many_to_many(const vstate *st, const char *relation, const ds__gql_def **other_model,
                                 const ds__gql_field **other_field, const ds__gql_field *self) {
    size_t n = 0;
    char *b = ds__graphql_name_upper(relation);
    for (const ds__gql_def *d = st->doc->defs; d; d = d->next) {
        if (d->kind != DS__GQL_DEF_OBJECT)
            continue;
        for (const ds__gql_field *f = d->fields; f; f = f->next) {
            const char *r = ds__v_string_arg(ds__gql_find_directive(f->directives, "manyToMany"), "relationName");
            char *a = r ? ds__graphql_name_upper(r) : NULL;
            if (a && b && !strcmp(a, b)) {
                n++;
                if (f != self) {
                    *other_model = d;
                    *other_field = f;
                }
            }
            free(a);
        }
    }
    free(b);
    return n;
}

static void check_many_to_many(vstate *st, const ds__gql_def *m, const ds__gql_field *f, const ds__gql_directive *d,
                               const ds__gql_def *related) {
    const char *rel = ds__v_string_arg(d, "relationName");
    if (!rel)
        return;
    const ds__gql_def *om = NULL;
    const ds__gql_field *of = NULL;
    size_t n = count_many_to_many(st, rel, &om, &of, f);
    if (n != 2) {
        ERR(d->loc, "@manyToMany(relationName: \"%s\") is used %zu time(s); expected exactly two fields, one on "
                    "each model of the relation",
            rel, n);
        return;
    }
    char *join = ds__graphql_name_upper(rel);
    if (join && ds__v_find_def(st, join))
        ERR(d->loc, "@manyToMany(relationName: \"%s\") would generate a join model \"%s\", but a type of that "
                    "name already exists",
            rel, join);
    if (join && !*join)
        ERR(d->loc, "@manyToMany(relationName: \"%s\") is not a usable type name", rel);
    free(join);
    if (!om || !of)
        return;
    /* The two fields point at each other's models. */
    if (strcmp(om->name, related->name) || strcmp(ds__gql_type_base_name(of->type), m->name)) {
        if (d->loc.offset > of->loc.offset)
            ERR(d->loc, "@manyToMany relation \"%s\": %s.%s points at %s, so the other field must be on %s and "
                        "point at %s; it is %s.%s of type %s",
                rel, m->name, f->name, related->name, related->name, m->name, om->name, of->name,
                ds__gql_type_base_name(of->type));
        return;
    }
    if (om == m) {
        if (d->loc.offset > of->loc.offset)
            ERR(d->loc, "@manyToMany relation \"%s\" relates %s to itself; the join model would need two indexes named "
                        "\"by%s\": use a join model with two @belongsTo fields instead",
                rel, m->name, m->name);
        return;
    }
    /* Each side's key becomes an index key of the join model. */
    vkey key[V_MAX];
    size_t nk = ds__v_key(m, key, V_MAX);
    char where[300];
    snprintf(where, sizeof where, "@manyToMany on %s.%s", m->name, f->name);
    check_enum_key(st, d, where, m->name, key, nk, nk);
    if (nk == 1 && !strcmp(ds__v_key_type(&key[0]), "Boolean"))
        ERR(d->loc, "%s: %s.%s is a Boolean and becomes a key of the join model; Boolean values cannot be used as "
                    "keys",
            where, m->name, key[0].name);
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
    const ds__gql_def *related = ds__v_find_model(st, target);
    if (!related) {
        if (ds__v_find_def(st, target) || ds__v_builtin_scalar(target))
            ERR(d->loc, "@%s on %s.%s: \"%s\" is not a @model type; a relationship must point at a @model", d->name,
                m->name, f->name, target);
        return; /* an unknown type is reported already */
    }
    bool list = ds__v_is_list(f->type);
    char where[300];
    snprintf(where, sizeof where, "@%s on %s.%s", d->name, m->name, f->name);
    /* The transformer tests these arguments for JavaScript truthiness:
     * null and "" count as absent (an empty list does not). */
    const ds__gql_argument *fa = ds__gql_find_argument(d->args, "fields");
    const ds__gql_argument *ra = ds__gql_find_argument(d->args, "references");
    bool has_fields = fa && fa->value->kind != DS__GQL_VAL_NULL &&
                      !(fa->value->kind == DS__GQL_VAL_STRING && fa->value->len == 0);
    bool has_refs = ra && ra->value->kind != DS__GQL_VAL_NULL &&
                    !(ra->value->kind == DS__GQL_VAL_STRING && ra->value->len == 0);
    if (!strcmp(d->name, "hasMany") || !strcmp(d->name, "manyToMany")) {
        if (!list)
            ERR(f->loc, "@%s must be used with a list: make %s.%s [%s]%s", d->name, m->name, f->name, target,
                !strcmp(d->name, "hasMany") ? ", or use @hasOne for a single related record" : "");
    } else if (list) {
        ERR(f->loc, "@%s cannot be used with a list: %s.%s is [%s]%s", d->name, m->name, f->name, target,
            !strcmp(d->name, "hasOne") ? "; use @hasMany for many related records" : "");
    }
    if (!strcmp(d->name, "manyToMany")) {
        check_many_to_many(st, m, f, d, related);
        return;
    }
    /* DataStore: hasOne/hasMany both ways between two models. */
    if (strcmp(d->name, "belongsTo") && strcmp(m->name, related->name)) {
        const ds__gql_field *back = has_side(related, m->name);
        if (back)
            ERR(d->loc, "%s: %s and %s point at each other with @hasOne/@hasMany (%s.%s), which DataStore does not "
                        "support; make one side @belongsTo",
                where, m->name, related->name, related->name, back->name);
    }
    if (!strcmp(d->name, "belongsTo")) {
        if (ds__gql_find_argument(d->args, "overrideIndexName") && !has_refs)
            ERR(d->loc, "%s: 'overrideIndexName' can only be used with 'references'", where);
        if (!has_side(related, m->name))
            ERR(d->loc, "@belongsTo on %s.%s: %s has no @hasOne or @hasMany field of type %s; a 'belongsTo' field "
                        "should match a corresponding 'hasMany' or 'hasOne' field",
                m->name, f->name, target, m->name);
    }
    if (has_fields && has_refs) {
        ERR(d->loc, "%s: 'fields' and 'references' cannot be used together", where);
        return;
    }
    if (has_refs) {
        check_references(st, m, f, d, related, where);
        return;
    }
    const ds__gql_field *fs[V_MAX];
    size_t nf = has_fields ? fields_arg(st, m, d, where, fs, V_MAX) : 0;
    if (has_fields && nf == 0)
        return; /* reported */
    const char *index = !strcmp(d->name, "hasMany") ? ds__v_string_arg(d, "indexName") : NULL;
    vkey key[V_MAX];
    size_t nk = target_key(related, index, key, V_MAX);
    if (index && nk == 0) {
        ERR(d->loc, "@hasMany(indexName: \"%s\") on %s.%s: %s has no @index named \"%s\"", index, m->name, f->name,
            target, index);
        return;
    }
    check_fields_types(st, d, where, related->name, fs, nf, key, nk);
    if (!strcmp(d->name, "hasMany")) {
        /* The connection field's sort key condition input: an enum as the
         * one sort key crashes the transformer. */
        if (nk == 2 && enum_part(st, &key[1]))
            ERR(d->loc, "%s: %s's %s has the enum field %s as its only sort key, which Amplify cannot use for the "
                        "relationship's sort key condition; use a String field",
                where, related->name, index ? "index" : "primary key", key[1].name);
        return;
    }
    check_enum_key(st, d, where, related->name, key, nk, nf ? nf : nk);
}

void ds__validate_relations(vstate *st) {
    for (const ds__gql_def *d = st->doc->defs; d; d = d->next)
        if (!d->extend && ds__v_is_model_def(d))
            for (const ds__gql_field *f = d->fields; f; f = f->next)
                check_relation(st, d, f);
}
