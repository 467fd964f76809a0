/*
 * The rest of what Amplify's transformer refuses: generated root fields
 * that collide, `extend type` limits, the directives DataStore schemas
 * rarely use (@validate, @generation, @mapsTo, @searchable, @http, @sql,
 * @refersTo, @predictions), and names JavaScript objects cannot hold.
 *
 * Root fields. Every @model adds get<M>, list<Plural>, sync<Plural> to the
 * query type, create/update/delete<M> to the mutation type and
 * onCreate/onUpdate/onDelete<M> to the subscription type (renamed or
 * removed by @model's arguments, which the transformer deep-merges into
 * its defaults with lodash); every @index adds its queryField and every
 * @searchable its search query. The transformer adds them one by one and
 * refuses a name that is already there: a hand-written field, another
 * model's field, or (because it looks names up in a plain object) a name
 * like "constructor". Plurals are pluralize 8.0.0's (util/plural.c), as
 * the transformer's plurality(name, true) uses; default subscription
 * names longer than 50 characters are cut to 45 plus 5 hex digits of
 * their MD5.
 */
#include <ctype.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "schema/validate.h"
#include "util/buf.h"
#include "util/plural.h"
#include "util/scalars.h"

/* Own and inherited properties of every JavaScript object. */
static const char *const OBJECT_PROTOTYPE[] = {
    "constructor",      "hasOwnProperty",   "isPrototypeOf",    "propertyIsEnumerable", "toString",
    "valueOf",          "toLocaleString",   "__proto__",        "__defineGetter__",     "__defineSetter__",
    "__lookupGetter__", "__lookupSetter__",
};

static bool prototype_name(const char *name) {
    for (size_t i = 0; i < sizeof OBJECT_PROTOTYPE / sizeof *OBJECT_PROTOTYPE; i++)
        if (!strcmp(OBJECT_PROTOTYPE[i], name))
            return true;
    return false;
}

static bool root_node(const ds__gql_def *d) {
    return !strcmp(d->name, "Query") || !strcmp(d->name, "Mutation") || !strcmp(d->name, "Subscription");
}

/* ---- names JavaScript cannot hold ------------------------------------------- */

static void check_type_names(vstate *st) {
    for (const ds__gql_def *d = st->doc->defs; d; d = d->next)
        if (d->name && !d->extend && d->kind != DS__GQL_DEF_DIRECTIVE && prototype_name(d->name))
            ERR(d->loc, "type name \"%s\" is a property of every JavaScript object, which Amplify's tools keep types "
                        "in; choose another name",
                d->name);
}

/* ---- `extend type` ----------------------------------------------------------- */

/* Directives no transformer handles: AppSync's own and @deprecated. */
static bool plain_directive(const char *name) { return !strncmp(name, "aws_", 4) || !strcmp(name, "deprecated"); }

/* The transformer merges an extension's fields into the type after
 * looking each name up in a plain object of the type's fields, where a
 * name like "constructor" is always found: "cannot redeclare field". */
static void check_extension_field_name(vstate *st, const ds__gql_def *d, const char *field, ds__gql_loc loc) {
    if (prototype_name(field))
        ERR(loc, "field %s.%s of `extend %s`: Amplify's transformer cannot add a field named like a property of every "
                 "JavaScript object; declare it in the definition of %s, or choose another name",
            d->name, field, d->kind == DS__GQL_DEF_INPUT_OBJECT ? "input" : "type", d->name);
}

static void check_extension(vstate *st, const ds__gql_def *d) {
    for (const ds__gql_field *f = d->fields; f; f = f->next)
        check_extension_field_name(st, d, f->name, f->loc);
    for (const ds__gql_directive *dir = d->directives; dir; dir = dir->next)
        if (!plain_directive(dir->name) && strcmp(dir->name, "model")) /* @model has its own message */
            ERR(dir->loc, "@%s on `extend type %s`: directives are not supported on type extensions; put it on the "
                          "definition of %s",
                dir->name, d->name, d->name);
    for (const ds__gql_field *f = d->fields; f; f = f->next)
        for (const ds__gql_directive *dir = f->directives; dir; dir = dir->next) {
            if (plain_directive(dir->name))
                continue;
            bool per_field = !strcmp(dir->name, "auth") || !strcmp(dir->name, "function") || !strcmp(dir->name, "http");
            if (!per_field)
                ERR(dir->loc, "@%s on %s.%s: the directive is not supported on fields added by `extend type`; declare "
                              "the field in the definition of %s",
                    dir->name, d->name, f->name, d->name);
            else if (!root_node(d))
                ERR(dir->loc, "@%s on %s.%s: on fields of type extensions this directive is only supported for Query, "
                              "Mutation and Subscription; declare the field in the definition of %s",
                    dir->name, d->name, f->name, d->name);
        }
}

/* ---- generated root fields ----------------------------------------------------- */

typedef struct root_name {
    char *name;
    int root;         /* 0 query, 1 mutation, 2 subscription */
    char origin[200]; /* "Query.x", "@model on Post", ... */
    bool user;
} root_name;

typedef struct root_names {
    root_name *items;
    size_t count, cap;
    bool nomem;
} root_names;

static const char *const ROOT_KIND[3] = {"query", "mutation", "subscription"};

static void names_add(vstate *st, root_names *n, int root, const char *name, const char *origin, ds__gql_loc loc,
                      bool user) {
    if (!name || !*name || n->nomem)
        return;
    for (size_t i = 0; i < n->count; i++) {
        root_name *o = &n->items[i];
        if (o->root != root || strcmp(o->name, name))
            continue;
        if (!(o->user && user)) /* two user fields: GraphQL's duplicate-field rule */
            ERR(loc, "%s adds the %s field \"%s\", but %s already has it; rename one of them", origin, ROOT_KIND[root],
                name, o->origin);
        return;
    }
    if (prototype_name(name)) {
        ERR(loc, "%s adds the %s field \"%s\", a name Amplify's transformer cannot add (it is a property of every "
                 "JavaScript object); choose another name",
            origin, ROOT_KIND[root], name);
        return;
    }
    if (n->count == n->cap) {
        size_t cap = n->cap ? n->cap * 2 : 32;
        root_name *p = realloc(n->items, cap * sizeof *p);
        if (!p) {
            n->nomem = true;
            return;
        }
        n->items = p;
        n->cap = cap;
    }
    size_t len = strlen(name) + 1;
    char *copy = malloc(len);
    if (!copy) {
        n->nomem = true;
        return;
    }
    memcpy(copy, name, len);
    root_name *r = &n->items[n->count++];
    r->name = copy;
    r->root = root;
    r->user = user;
    snprintf(r->origin, sizeof r->origin, "%s", origin);
}

/* toCamelCase([prefix, word]): the word's first letter raised. */
static char *prefixed(const char *prefix, const char *word) {
    ds__buf b;
    ds__buf_init(&b, 0);
    ds__buf_puts(&b, prefix);
    if (*word) {
        ds__buf_putc(&b, (char)toupper((unsigned char)word[0]));
        ds__buf_puts(&b, word + 1);
    }
    return ds__buf_take(&b, NULL);
}

/* truncateSubscriptionName: names over 50 characters become their first
 * 45 characters and the first 5 hex digits of their MD5. */
static char *truncate_subscription(char *name) {
    size_t n = name ? strlen(name) : 0;
    if (n <= 50)
        return name;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!EVP_Digest(name, n, digest, &len, EVP_md5(), NULL) || len < 3) {
        free(name);
        return NULL;
    }
    static const char hex[] = "0123456789abcdef";
    for (int i = 0; i < 5; i++)
        name[45 + i] = hex[(digest[i / 2] >> (i % 2 ? 0 : 4)) & 15];
    name[50] = '\0';
    return name;
}

static const ds__gql_object_field *map_entry(const ds__gql_argument *a, const char *key) {
    return a && a->value->kind == DS__GQL_VAL_OBJECT ? ds__gql_find_object_field(a->value->fields, key) : NULL;
}

/* One entry of a @model operation map after lodash's merge: the default
 * when absent, nothing when the map or the entry is null or "". */
static const char *op_name(const ds__gql_argument *map, const char *key, const char *dflt, ds__gql_loc *loc) {
    if (map && map->value->kind == DS__GQL_VAL_NULL)
        return NULL;
    const ds__gql_object_field *e = map_entry(map, key);
    if (!e)
        return dflt;
    *loc = e->value->loc;
    return e->value->kind == DS__GQL_VAL_STRING && e->value->len ? e->value->str : NULL;
}

static void model_root_fields(vstate *st, root_names *names, const ds__gql_def *m) {
    const ds__gql_directive *md = ds__gql_find_directive(m->directives, "model");
    char *plural = ds__plural(m->name);
    char *gen[9] = {prefixed("get", m->name), plural ? prefixed("list", plural) : NULL,
                    plural ? prefixed("sync", plural) : NULL, prefixed("create", m->name),
                    prefixed("update", m->name), prefixed("delete", m->name),
                    truncate_subscription(prefixed("onCreate", m->name)),
                    truncate_subscription(prefixed("onUpdate", m->name)),
                    truncate_subscription(prefixed("onDelete", m->name))};
    bool ok = plural != NULL;
    for (int i = 0; i < 9; i++)
        ok = ok && gen[i];
    if (!ok) {
        names->nomem = true;
        goto done;
    }
    char origin[200];
    snprintf(origin, sizeof origin, "@model on %s", m->name);
    const ds__gql_argument *q = ds__gql_find_argument(md->args, "queries");
    const ds__gql_argument *mu = ds__gql_find_argument(md->args, "mutations");
    const ds__gql_argument *su = ds__gql_find_argument(md->args, "subscriptions");
    static const char *const qkeys[2] = {"get", "list"};
    for (int i = 0; i < 2; i++) {
        ds__gql_loc loc = md->loc;
        const char *name = op_name(q, qkeys[i], gen[i], &loc);
        names_add(st, names, 0, name, origin, loc, false);
    }
    if (!(q && q->value->kind == DS__GQL_VAL_NULL)) /* DataStore's sync query */
        names_add(st, names, 0, gen[2], origin, md->loc, false);
    const char *mnames[3];
    static const char *const mkeys[3] = {"create", "update", "delete"};
    for (int i = 0; i < 3; i++) {
        ds__gql_loc loc = md->loc;
        mnames[i] = op_name(mu, mkeys[i], gen[3 + i], &loc);
        names_add(st, names, 1, mnames[i], origin, loc, false);
    }
    const ds__gql_object_field *level = map_entry(su, "level");
    bool subs = !(su && su->value->kind == DS__GQL_VAL_NULL) &&
                !(level && level->value->kind == DS__GQL_VAL_ENUM && !strcmp(level->value->str, "off"));
    static const char *const skeys[3] = {"onCreate", "onUpdate", "onDelete"};
    for (int i = 0; subs && i < 3; i++) {
        if (!mnames[i])
            continue; /* no mutation, no subscription */
        const ds__gql_object_field *e = map_entry(su, skeys[i]);
        if (e && e->value->kind == DS__GQL_VAL_NULL)
            continue;
        /* lodash merges a list into the default list item by item, so an
         * empty list keeps the default; a single string is a list of one. */
        const ds__gql_value *one = NULL;
        bool is_list = e && e->value->kind == DS__GQL_VAL_LIST;
        if (is_list)
            one = e->value->items;
        else if (e && e->value->kind == DS__GQL_VAL_STRING)
            one = e->value;
        if (!one) {
            names_add(st, names, 2, gen[6 + i], origin, md->loc, false);
            continue;
        }
        for (const ds__gql_value *v = one; v; v = is_list ? v->next : NULL)
            if (v->kind == DS__GQL_VAL_STRING)
                names_add(st, names, 2, v->str, origin, v->loc, false);
    }
done:
    free(plural);
    for (int i = 0; i < 9; i++)
        free(gen[i]);
}

/* The query an @index adds: queryField, or <models>By<Field>And<Sort>. */
static void index_root_fields(vstate *st, root_names *names, const ds__gql_def *m) {
    for (const ds__gql_field *f = m->fields; f; f = f->next)
        for (const ds__gql_directive *d = f->directives; d; d = d->next) {
            if (strcmp(d->name, "index"))
                continue;
            const ds__gql_argument *qf = ds__gql_find_argument(d->args, "queryField");
            if (qf && qf->value->kind == DS__GQL_VAL_NULL)
                continue;
            char origin[200];
            snprintf(origin, sizeof origin, "@index on %s.%s", m->name, f->name);
            const char *given = ds__v_string_arg(d, "queryField");
            if (given && *given) {
                names_add(st, names, 0, given, origin, qf->value->loc, false);
                continue;
            }
            char *plural = ds__plural(m->name);
            ds__buf b;
            ds__buf_init(&b, 0);
            if (plural && *plural) {
                ds__buf_putc(&b, (char)tolower((unsigned char)plural[0]));
                ds__buf_puts(&b, plural + 1);
            }
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
            char *name = ds__buf_take(&b, NULL);
            if (!plural || !name)
                names->nomem = true;
            names_add(st, names, 0, name, origin, d->loc, false);
            free(name);
            free(plural);
        }
}

/* @searchable's query: queries.search, or search<Plural>. */
static void searchable_root_field(vstate *st, root_names *names, const ds__gql_def *m) {
    const ds__gql_directive *s = ds__gql_find_directive(m->directives, "searchable");
    if (!s)
        return;
    const ds__gql_argument *q = ds__gql_find_argument(s->args, "queries");
    char origin[200];
    snprintf(origin, sizeof origin, "@searchable on %s", m->name);
    if (q && q->value->kind == DS__GQL_VAL_OBJECT) {
        const ds__gql_object_field *e = ds__gql_find_object_field(q->value->fields, "search");
        if (e && e->value->kind == DS__GQL_VAL_STRING && e->value->len)
            names_add(st, names, 0, e->value->str, origin, e->value->loc, false);
        return;
    }
    char *upper = prefixed("", m->name);
    char *plural = upper ? ds__plural(upper) : NULL;
    char *name = plural ? prefixed("search", plural) : NULL;
    if (!name)
        names->nomem = true;
    else if (plural[0]) /* graphqlName: the first letter is raised already */
        names_add(st, names, 0, name, origin, s->loc, false);
    free(upper);
    free(plural);
    free(name);
}

static void check_root_fields(vstate *st) {
    root_names names;
    memset(&names, 0, sizeof names);
    const char *roots[3] = {st->query_type, st->mutation_type, st->subscription_type};
    /* Hand-written fields first: the transformer adds its own to them. */
    for (const ds__gql_def *d = st->doc->defs; d; d = d->next) {
        if (d->kind != DS__GQL_DEF_OBJECT || !d->name)
            continue;
        for (int r = 0; r < 3; r++) {
            if (strcmp(d->name, roots[r]))
                continue;
            for (const ds__gql_field *f = d->fields; f; f = f->next) {
                char origin[200];
                snprintf(origin, sizeof origin, "%s.%s", d->name, f->name);
                if (!prototype_name(f->name)) /* those are check_extension's */
                    names_add(st, &names, r, f->name, origin, f->loc, true);
            }
        }
    }
    for (const ds__gql_def *d = st->doc->defs; d; d = d->next) {
        if (d->extend || !ds__v_is_model_def(d))
            continue;
        model_root_fields(st, &names, d);
        index_root_fields(st, &names, d);
        searchable_root_field(st, &names, d);
    }
    if (names.nomem)
        ds__diags_add(st->diags, DS_ERR_NOMEM, 0, 0, "out of memory while checking root fields");
    for (size_t i = 0; i < names.count; i++)
        free(names.items[i].name);
    free(names.items);
}

/* ---- @validate ------------------------------------------------------------------ */

static bool numeric_validation(const char *t) {
    return !strcmp(t, "gt") || !strcmp(t, "lt") || !strcmp(t, "gte") || !strcmp(t, "lte");
}

/* JavaScript's parseInt(x) < 0, for a value that parses. */
static bool js_negative(const char *s) {
    while (*s == ' ' || (*s >= '\t' && *s <= '\r'))
        s++;
    if (*s != '-')
        return false;
    for (s++; *s >= '0' && *s <= '9'; s++)
        if (*s != '0')
            return true;
    return false;
}

static void check_validate(vstate *st, const ds__gql_def *m, const ds__gql_field *f) {
    const ds__gql_directive *dflt = NULL;
    for (const ds__gql_directive *d = f->directives; d; d = d->next) {
        if (!strcmp(d->name, "default") && !dflt)
            dflt = d;
        if (strcmp(d->name, "validate"))
            continue;
        const ds__gql_argument *ta = ds__gql_find_argument(d->args, "type");
        const char *type = ta && ta->value->kind == DS__GQL_VAL_ENUM ? ta->value->str : NULL;
        const char *value = ds__v_string_arg(d, "value");
        const char *base = ds__gql_type_base_name(f->type);
        if (ds__v_is_list(f->type))
            ERR(d->loc, "@validate on %s.%s: a list field cannot be validated", m->name, f->name);
        if (ds__gql_find_directive(f->directives, "default") && !dflt)
            ERR(d->loc, "@validate on %s.%s must come after @default", m->name, f->name);
        if (!type)
            continue;
        for (const ds__gql_directive *e = f->directives; e != d; e = e->next) {
            const ds__gql_argument *ea = strcmp(e->name, "validate") ? NULL : ds__gql_find_argument(e->args, "type");
            if (ea && ea->value->kind == DS__GQL_VAL_ENUM && !strcmp(ea->value->str, type)) {
                ERR(d->loc, "@validate on %s.%s: type '%s' is given twice; each validation type may be used once per "
                            "field",
                    m->name, f->name, type);
                break;
            }
        }
        if (numeric_validation(type)) {
            if (strcmp(base, "Int") && strcmp(base, "Float"))
                ERR(d->loc, "@validate(type: %s) on %s.%s: numeric validations need an Int or Float field, not %s",
                    type, m->name, f->name, base);
            else if (value && !ds__is_float(value, strlen(value), DS__RULES_DEFAULT_VALUE))
                ERR(d->loc, "@validate(type: %s) on %s.%s: value \"%s\" is not a number", type, m->name, f->name,
                    value);
        } else {
            bool length = !strcmp(type, "minLength") || !strcmp(type, "maxLength");
            if (strcmp(base, "String"))
                ERR(d->loc, "@validate(type: %s) on %s.%s: string validations need a String field, not %s", type,
                    m->name, f->name, base);
            else if (length && value &&
                     (!ds__is_int(value, strlen(value), DS__RULES_DEFAULT_VALUE) || js_negative(value)))
                ERR(d->loc, "@validate(type: %s) on %s.%s: value \"%s\" is not a non-negative integer", type, m->name,
                    f->name, value);
        }
    }
}

/* ---- @generation ---------------------------------------------------------------- */

/* The transformer turns the return type into a JSON schema for the model:
 * a required AWS scalar other than AWSJSON has no JSON schema, a @model
 * type always has one (the sync fields are required AWSTimestamps), and a
 * cycle of types recurses without end. Returns false and reports. */
static bool generation_type(vstate *st, const ds__gql_directive *d, const ds__gql_type *t, const char **path,
                            size_t depth, const char *where) {
    static const char *const disallowed[] = {"AWSEmail", "AWSDate", "AWSTime", "AWSDateTime", "AWSTimestamp",
                                             "AWSPhone", "AWSURL", "AWSIPAddress"};
    if (t->kind == DS__GQL_TYPE_NON_NULL && t->of->kind == DS__GQL_TYPE_NAMED)
        for (size_t i = 0; i < sizeof disallowed / sizeof *disallowed; i++)
            if (!strcmp(t->of->name, disallowed[i])) {
                ERR(d->loc, "@generation on %s: the result reaches a required %s, which generation routes do not "
                            "support; use Boolean, Int, Float, String, ID or AWSJSON, or make it optional",
                    where, disallowed[i]);
                return false;
            }
    if (t->kind != DS__GQL_TYPE_NAMED)
        return generation_type(st, d, t->of, path, depth, where);
    const ds__gql_def *def = ds__v_find_def(st, t->name);
    if (!def || def->kind != DS__GQL_DEF_OBJECT)
        return true;
    if (ds__v_is_model_def(def)) {
        ERR(d->loc, "@generation on %s: the result reaches the @model type %s, whose required timestamp and sync "
                    "fields generation routes do not support; return a non-model type",
            where, def->name);
        return false;
    }
    for (size_t i = 0; i < depth; i++)
        if (!strcmp(path[i], def->name) || depth >= V_MAX) {
            ERR(d->loc, "@generation on %s: the result type %s contains itself, which generation routes cannot "
                        "describe",
                where, def->name);
            return false;
        }
    path[depth] = def->name;
    v_field_iter it = {st, def->name, NULL, NULL};
    const ds__gql_field *f;
    while ((f = ds__v_next_field(&it)))
        if (!generation_type(st, d, f->type, path, depth + 1, where))
            return false;
    return true;
}

static void check_generation(vstate *st, const ds__gql_def *t, const ds__gql_field *f, const ds__gql_directive *d) {
    char where[512];
    snprintf(where, sizeof where, "%.250s.%.250s", t->name, f->name);
    if (strcmp(t->name, "Query")) {
        ERR(d->loc, "@generation on %s: @generation can only be used on fields of Query", where);
        return;
    }
    const ds__gql_argument *ic = ds__gql_find_argument(d->args, "inferenceConfiguration");
    static const struct {
        const char *name;
        double min, max;
    } ranges[] = {{"maxTokens", 1, 1e300}, {"temperature", 0, 1}, {"topP", 0, 1}};
    for (size_t i = 0; i < 3; i++) {
        const ds__gql_object_field *e = map_entry(ic, ranges[i].name);
        if (!e || (e->value->kind != DS__GQL_VAL_INT && e->value->kind != DS__GQL_VAL_FLOAT))
            continue;
        double v = strtod(e->value->str, NULL);
        if (v < ranges[i].min || v > ranges[i].max)
            ERR(e->value->loc, "@generation on %s: %s is %s, outside its range (%g%s)", where, ranges[i].name,
                e->value->str, ranges[i].min, ranges[i].max > 1 ? " or more" : " to 1");
    }
    const char *path[V_MAX];
    generation_type(st, d, f->type, path, 0, where);
}

/* ---- the other directives ------------------------------------------------------- */

static void check_field_directives(vstate *st, const ds__gql_def *t) {
    bool model = ds__v_is_model_def(ds__v_find_def(st, t->name));
    for (const ds__gql_field *f = t->fields; f; f = f->next) {
        if (model && !t->extend)
            check_validate(st, t, f);
        for (const ds__gql_directive *d = f->directives; d; d = d->next) {
            if (!strcmp(d->name, "http")) {
                const char *url = ds__v_string_arg(d, "url");
                if (url && strncmp(url, "http://", 7) && strncmp(url, "https://", 8))
                    ERR(d->loc, "@http on %s.%s: the url must begin with http:// or https://", t->name, f->name);
            } else if (!strcmp(d->name, "sql")) {
                ERR(d->loc, "@sql on %s.%s: custom SQL needs a SQL data source, and DataStore's models are DynamoDB "
                            "tables",
                    t->name, f->name);
            } else if (!strcmp(d->name, "refersTo")) {
                ERR(d->loc, "@refersTo on %s.%s: @refersTo is only supported on SQL models, and DataStore's models "
                            "are DynamoDB tables",
                    t->name, f->name);
            } else if (!strcmp(d->name, "predictions")) {
                ERR(d->loc, "@predictions on %s.%s: @predictions needs Amplify storage (an S3 bucket) configured for "
                            "the API, which DataStore's schemas do not have",
                    t->name, f->name);
            } else if (!strcmp(d->name, "generation") && !t->extend) {
                check_generation(st, t, f, d);
            }
        }
    }
}

static void check_type_directives(vstate *st, const ds__gql_def *t) {
    bool model = ds__v_is_model_def(t);
    for (const ds__gql_directive *d = t->directives; d; d = d->next) {
        if (!strcmp(d->name, "searchable") && !model)
            ERR(d->loc, "@searchable on %s: types with @searchable must also have @model", t->name);
        else if (!strcmp(d->name, "refersTo"))
            ERR(d->loc, "@refersTo on %s: @refersTo is only supported on SQL models, and DataStore's models are "
                        "DynamoDB tables",
                t->name);
        if (strcmp(d->name, "mapsTo"))
            continue;
        if (!model) {
            ERR(d->loc, "@mapsTo on %s: @mapsTo can only be used on a @model type", t->name);
            continue;
        }
        const char *to = ds__v_string_arg(d, "name");
        if (!to)
            continue;
        if (!*to) {
            ERR(d->loc, "@mapsTo on %s: the name must not be empty", t->name);
            continue;
        }
        if (ds__v_find_model(st, to))
            ERR(d->loc, "@mapsTo(name: \"%s\") on %s: a model named %s exists in this schema", to, t->name, to);
        for (const ds__gql_def *o = st->doc->defs; o != t && o; o = o->next) {
            const char *other = o->kind == DS__GQL_DEF_OBJECT && !o->extend && strcmp(o->name, t->name)
                                    ? ds__v_string_arg(ds__gql_find_directive(o->directives, "mapsTo"), "name")
                                    : NULL;
            if (other && !strcmp(other, to))
                ERR(d->loc, "@mapsTo(name: \"%s\") on %s: %s is mapped to the same name", to, t->name, o->name);
        }
    }
}

void ds__validate_ops(vstate *st) {
    check_type_names(st);
    for (const ds__gql_def *d = st->doc->defs; d; d = d->next) {
        if (d->kind == DS__GQL_DEF_INPUT_OBJECT && d->extend)
            for (const ds__gql_input_value *v = d->input_fields; v; v = v->next)
                check_extension_field_name(st, d, v->name, v->loc);
        if (d->kind != DS__GQL_DEF_OBJECT || !d->name)
            continue;
        if (d->extend)
            check_extension(st, d);
        else
            check_type_directives(st, d);
        check_field_directives(st, d);
    }
    check_root_fields(st);
}
