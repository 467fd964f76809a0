/*
 * @auth rules: what Amplify's auth transformer (4.2.9) refuses.
 *
 * The transformer reads a rule list in three steps, and each can refuse:
 *   1. rule by rule: defaults filled in (provider from the strategy), the
 *      strategy/provider pairs and argument combinations checked, and the
 *      `operations` list checked (`read` may not be mixed with get, list,
 *      sync, listen or search; field rules may not use those at all);
 *   2. rules become "roles" in an access-control matrix (roles x fields x
 *      operations). A role is named by provider and strategy, e.g.
 *      "userPools:owner:owner:sub::username" or
 *      "userPools:staticGroup:Admin:cognito:groups", so two model-level rules
 *      that map to the same role are a duplicate, whatever their operations.
 *      Field rules replace a role's access to that one field instead;
 *   3. with field rules and subscriptions on (the default), every required
 *      field must stay readable by every role that can read the model.
 * This file replays those steps on the document: the role names, the
 * matrix and the readability test follow the transformer's code, including
 * its accidents (only roles with `get` count as readers; a rule argument
 * that belongs to another strategy is ignored, not refused).
 *
 * Rule arguments reach the transformer as untyped JavaScript values, so
 * "given" below means JavaScript-truthy: "" and null are absent, [] is not.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "schema/validate.h"

/* The access-control matrix's operations, in the transformer's order. */
enum { OP_CREATE, OP_UPDATE, OP_DELETE, OP_GET, OP_LIST, OP_SEARCH, OP_LISTEN, OP_SYNC, OP_COUNT };
static const char *const OPS[OP_COUNT] = {"create", "update", "delete", "get", "list", "search", "listen", "sync"};
#define ALL_OPS ((1u << OP_COUNT) - 1)
#define READ_OPS ((1u << OP_GET) | (1u << OP_LIST) | (1u << OP_SEARCH) | (1u << OP_LISTEN) | (1u << OP_SYNC))

typedef struct vrule {
    const ds__gql_value *node;
    const char *allow;    /* NULL when not an enum value */
    const char *provider; /* explicit or the strategy's default */
    bool provider_given;
    const ds__gql_object_field *groups, *groups_field, *owner_field, *identity_claim, *group_claim, *operations;
    bool static_groups;   /* groups given and groupsField not: static group roles */
    unsigned ops;         /* the matrix row: operations after `read` is split */
} vrule;

/* JavaScript truthiness of an argument value. */
static bool truthy(const ds__gql_object_field *f) {
    if (!f)
        return false;
    const ds__gql_value *v = f->value;
    switch (v->kind) {
    case DS__GQL_VAL_NULL:
        return false;
    case DS__GQL_VAL_STRING:
        return v->len > 0;
    case DS__GQL_VAL_BOOLEAN:
        return v->boolean;
    case DS__GQL_VAL_INT:
    case DS__GQL_VAL_FLOAT:
        return strtod(v->str, NULL) != 0;
    default:
        return true;
    }
}

static const char *str_of(const ds__gql_object_field *f) {
    return truthy(f) && (f->value->kind == DS__GQL_VAL_STRING || f->value->kind == DS__GQL_VAL_ENUM) ? f->value->str
                                                                                                       : NULL;
}

static int op_index(const char *name) {
    for (int i = 0; i < OP_COUNT; i++)
        if (!strcmp(OPS[i], name))
            return i;
    return -1;
}

static const char *default_provider(const char *allow) {
    if (!allow)
        return NULL;
    if (!strcmp(allow, "public"))
        return "apiKey";
    if (!strcmp(allow, "custom"))
        return "function";
    return "userPools";
}

static bool same_provider(const char *a, const char *b) {
    bool ia = !strcmp(a, "iam") || !strcmp(a, "identityPool"), ib = !strcmp(b, "iam") || !strcmp(b, "identityPool");
    return !strcmp(a, b) || (ia && ib);
}

typedef struct rule_ctx {
    const char *type;  /* the type the directive is on */
    const char *field; /* NULL for a type-level rule */
    bool on_model;
    bool on_root; /* a field of Query, Mutation or Subscription */
} rule_ctx;

/* Step 1 for one rule: defaults, then the transformer's checks. */
static void read_rule(vstate *st, const rule_ctx *c, const ds__gql_value *r, vrule *out) {
    memset(out, 0, sizeof *out);
    out->node = r;
    const ds__gql_object_field *allow = ds__gql_find_object_field(r->fields, "allow");
    const ds__gql_object_field *prov = ds__gql_find_object_field(r->fields, "provider");
    out->allow = allow && allow->value->kind == DS__GQL_VAL_ENUM ? allow->value->str : NULL;
    out->provider_given = prov && prov->value->kind == DS__GQL_VAL_ENUM;
    out->provider = out->provider_given ? prov->value->str : default_provider(out->allow);
    out->groups = ds__gql_find_object_field(r->fields, "groups");
    out->groups_field = ds__gql_find_object_field(r->fields, "groupsField");
    out->owner_field = ds__gql_find_object_field(r->fields, "ownerField");
    out->identity_claim = ds__gql_find_object_field(r->fields, "identityClaim");
    out->group_claim = ds__gql_find_object_field(r->fields, "groupClaim");
    out->operations = ds__gql_find_object_field(r->fields, "operations");
    out->static_groups = truthy(out->groups) && !truthy(out->groups_field);
    char where[300];
    if (c->field)
        snprintf(where, sizeof where, "@auth on %s.%s", c->type, c->field);
    else
        snprintf(where, sizeof where, "@auth on %s", c->type);
    if (!out->allow || !out->provider)
        return; /* reported by the argument type check */
    const char *a = out->allow, *p = out->provider;
    static const struct {
        const char *allow;
        const char *providers;
    } compat[] = {
        {"owner", " userPools oidc "},   {"groups", " userPools oidc "},
        {"private", " userPools oidc iam identityPool "}, {"public", " apiKey iam identityPool "},
        {"custom", " function "},
    };
    for (size_t i = 0; i < sizeof compat / sizeof *compat; i++) {
        if (strcmp(compat[i].allow, a))
            continue;
        char needle[64];
        snprintf(needle, sizeof needle, " %s ", p);
        if (!strstr(compat[i].providers, needle))
            ERR(out->provider_given ? prov->value->loc : r->loc,
                "%s: '%s' rules do not support the '%s' provider; expected one of%s", where, a, p,
                compat[i].providers);
    }
    bool is_groups = !strcmp(a, "groups");
    if (is_groups && !truthy(out->groups) && !truthy(out->groups_field))
        ERR(r->loc, "%s: a 'groups' rule needs 'groups' (static) or 'groupsField' (dynamic)", where);
    if (truthy(out->groups) && truthy(out->groups_field))
        ERR(out->groups_field->loc, "%s: a rule takes 'groups' or 'groupsField', not both", where);
    if (is_groups && truthy(out->groups) && out->groups->value->kind == DS__GQL_VAL_LIST && !out->groups->value->items)
        ERR(out->groups->value->loc, "%s: 'groups' must not be an empty list; name at least one group", where);
    if (is_groups && truthy(out->identity_claim))
        ERR(out->identity_claim->loc, "%s: 'identityClaim' can only be used with 'allow: owner'", where);
    if (!strcmp(a, "owner") && truthy(out->group_claim))
        ERR(out->group_claim->loc, "%s: 'groupClaim' can only be used with 'allow: groups'", where);

    /* Operations. */
    out->ops = ALL_OPS;
    const ds__gql_value *ops = out->operations ? out->operations->value : NULL;
    if (!ops || ops->kind == DS__GQL_VAL_NULL)
        return;
    bool nonempty = ops->kind != DS__GQL_VAL_LIST || ops->items;
    if (c->on_root && nonempty)
        ERR(ops->loc, "%s: rules on fields of %s cannot have 'operations'; the field is an operation already", where,
            c->type);
    else if (c->field && !c->on_model && nonempty)
        ERR(ops->loc, "%s: rules on fields of a type without @model cannot have 'operations'", where);
    if (ops->kind != DS__GQL_VAL_LIST) {
        /* A single value reaches the transformer as a string, not a list:
         * it matches operations by substring, and "read" crashes it. */
        out->ops = 0;
        if (ops->kind != DS__GQL_VAL_ENUM)
            return;
        if (!strcmp(ops->str, "read") || c->field)
            ERR(ops->loc, "%s: give 'operations' as a list: operations: [%s]", where, ops->str);
        for (int i = 0; i < OP_COUNT; i++)
            if (strstr(ops->str, OPS[i]))
                out->ops |= 1u << i;
        return;
    }
    unsigned given = 0, reads = 0;
    const ds__gql_value *fine = NULL, *second_read = NULL;
    for (const ds__gql_value *v = ops->items; v; v = v->next) {
        if (v->kind != DS__GQL_VAL_ENUM)
            continue;
        if (!strcmp(v->str, "read")) {
            if (++reads == 2)
                second_read = v;
            continue;
        }
        int i = op_index(v->str);
        if (i < 0)
            continue;
        given |= 1u << i;
        if ((1u << i) & READ_OPS && !fine)
            fine = v;
    }
    if (c->field && fine)
        ERR(fine->loc, "%s: operation '%s' is not allowed at the field level; use 'read'", where, fine->str);
    if (reads && fine)
        ERR(fine->loc, "%s: '%s' is given in addition to 'read'; keep 'read' (get, list, search, listen and sync) or "
                       "list only the read operations wanted",
            where, fine->str);
    if (second_read && (c->on_model || !c->field))
        ERR(second_read->loc, "%s: 'read' is given twice in 'operations'", where);
    out->ops = given | (reads ? READ_OPS : 0u);
}

/* The rule list of an @auth directive; NULL and a report when it is not a
 * non-empty list of rule objects. */
static const ds__gql_value *rule_list(vstate *st, const ds__gql_directive *auth, const rule_ctx *c) {
    const ds__gql_argument *rules = ds__gql_find_argument(auth->args, "rules");
    if (!rules)
        return NULL; /* reported by the argument check */
    char where[300];
    if (c->field)
        snprintf(where, sizeof where, "@auth on %s.%s", c->type, c->field);
    else
        snprintf(where, sizeof where, "@auth on %s", c->type);
    if (rules->value->kind == DS__GQL_VAL_OBJECT) {
        ERR(rules->value->loc, "%s: 'rules' must be a list of rules: rules: [{ ... }]", where);
        return NULL;
    }
    if (rules->value->kind != DS__GQL_VAL_LIST)
        return NULL;
    if (!rules->value->items)
        ERR(rules->value->loc, "%s has no rules; give at least one rule", where);
    return rules->value;
}

/* ---- roles ------------------------------------------------------------------ */

typedef struct roles {
    char **names;
    unsigned char *acm; /* [role][field] operation bits */
    size_t count, cap, fields;
    bool nomem;
} roles;

static void roles_free(roles *r) {
    for (size_t i = 0; i < r->count; i++)
        free(r->names[i]);
    free(r->names);
    free(r->acm);
    memset(r, 0, sizeof *r);
}

static long role_find(const roles *r, const char *name) {
    for (size_t i = 0; i < r->count; i++)
        if (!strcmp(r->names[i], name))
            return (long)i;
    return -1;
}

/* acm.setRole: a new role gets `ops` on `field` (all fields when field is
 * -1); an existing one is refused at type level and rewritten at field
 * level. Returns false for the duplicate. */
static bool role_set(roles *r, const char *name, long field, unsigned ops) {
    long i = role_find(r, name);
    if (i >= 0) {
        if (field < 0)
            return false;
        r->acm[(size_t)i * r->fields + (size_t)field] = (unsigned char)ops;
        return true;
    }
    if (r->count == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 8;
        char **n = realloc(r->names, cap * sizeof *n);
        if (n)
            r->names = n;
        unsigned char *m = n ? realloc(r->acm, cap * (r->fields ? r->fields : 1)) : NULL;
        if (!m) {
            r->nomem = true;
            return true;
        }
        r->acm = m;
        r->cap = cap;
    }
    size_t len = strlen(name) + 1;
    char *copy = malloc(len);
    if (!copy) {
        r->nomem = true;
        return true;
    }
    memcpy(copy, name, len);
    r->names[r->count] = copy;
    for (size_t f = 0; f < r->fields; f++)
        r->acm[r->count * r->fields + f] = (unsigned char)(field < 0 || (size_t)field == f ? ops : 0);
    r->count++;
    return true;
}

/* convertRulesToRoles for one rule; reports duplicates at type level. */
static void rule_roles(vstate *st, roles *r, const vrule *rule, const char *type, long field) {
    if (!rule->allow || !rule->provider)
        return;
    char name[600];
    const char *gclaim = str_of(rule->group_claim) ? str_of(rule->group_claim) : "cognito:groups";
    if (rule->static_groups) {
        const ds__gql_value *g = rule->groups->value;
        const ds__gql_value *one = g->kind == DS__GQL_VAL_LIST ? g->items : g;
        for (const ds__gql_value *v = one; v; v = g->kind == DS__GQL_VAL_LIST ? v->next : NULL) {
            const char *group = v->kind == DS__GQL_VAL_STRING ? v->str : "null";
            snprintf(name, sizeof name, "%s:staticGroup:%s:%s", rule->provider, group, gclaim);
            if (!role_set(r, name, field, rule->ops))
                ERR(v->loc, "@auth on %s: the role %s:%s is given twice (each provider, strategy and group may "
                            "appear in one rule only)",
                    type, type, name);
        }
        return;
    }
    const char *p = rule->provider;
    if (!strcmp(p, "apiKey"))
        snprintf(name, sizeof name, "apiKey:public");
    else if (!strcmp(p, "function"))
        snprintf(name, sizeof name, "function:custom");
    else if (same_provider(p, "iam"))
        snprintf(name, sizeof name, "iam:%s", rule->allow);
    else if (!strcmp(rule->allow, "groups"))
        snprintf(name, sizeof name, "%s:dynamicGroup:%s:%s", p,
                 str_of(rule->groups_field) ? str_of(rule->groups_field) : "groups", gclaim);
    else if (!strcmp(rule->allow, "owner"))
        snprintf(name, sizeof name, "%s:owner:%s:%s", p,
                 str_of(rule->owner_field) ? str_of(rule->owner_field) : "owner",
                 str_of(rule->identity_claim) ? str_of(rule->identity_claim) : "sub::username");
    else if (!strcmp(rule->allow, "private"))
        snprintf(name, sizeof name, "%s:private", p);
    else
        return; /* a strategy/provider mismatch, reported already */
    if (!role_set(r, name, field, rule->ops))
        ERR(rule->node->loc, "@auth on %s: the role %s:%s is given twice (two rules with the same strategy and "
                             "provider; merge their operations into one rule)",
            type, type, name);
}

/* ---- the required-field readability rule --------------------------------- */

/* subscriptions.level of @model, "on" unless off or public. */
static bool subscriptions_on(const ds__gql_def *m) {
    const ds__gql_directive *md = ds__gql_find_directive(m->directives, "model");
    const ds__gql_argument *subs = md ? ds__gql_find_argument(md->args, "subscriptions") : NULL;
    if (!subs || subs->value->kind != DS__GQL_VAL_OBJECT)
        return true;
    const ds__gql_object_field *level = ds__gql_find_object_field(subs->value->fields, "level");
    return !level || level->value->kind != DS__GQL_VAL_ENUM || !strcmp(level->value->str, "on");
}

static bool is_connection(const ds__gql_field *f) {
    return ds__gql_find_directive(f->directives, "hasMany") || ds__gql_find_directive(f->directives, "manyToMany");
}

/* getReadRolesForField and the check around it: a required field must be
 * readable by every reader (a role with `get` anywhere: the transformer
 * builds its reader set with `new Set(...lists)`, which keeps the first
 * list only). A userPools (oidc) private role that reads the field stands
 * for all other userPools (oidc) roles. */
static void check_readable(vstate *st, const ds__gql_def *m, const roles *r) {
    char missing[1024] = "";
    size_t used = 0;
    const ds__gql_field *first = NULL;
    size_t fi = 0;
    for (const ds__gql_field *f = m->fields; f; f = f->next, fi++) {
        bool private_reads[2] = {false, false};
        static const char *const providers[2] = {"userPools", "oidc"};
        for (int k = 0; k < 2; k++) {
            char priv[64];
            snprintf(priv, sizeof priv, "%s:private", providers[k]);
            long pi = role_find(r, priv);
            private_reads[k] = pi >= 0 && (r->acm[(size_t)pi * r->fields + fi] & READ_OPS) == READ_OPS;
            if (pi >= 0) {
                bool reader = false;
                for (size_t g = 0; g < r->fields; g++)
                    reader |= (r->acm[(size_t)pi * r->fields + g] >> OP_GET) & 1u;
                private_reads[k] = private_reads[k] && reader;
            }
        }
        bool unreadable = false;
        for (size_t i = 0; i < r->count; i++) {
            bool reader = false;
            for (size_t g = 0; g < r->fields; g++)
                reader |= (r->acm[i * r->fields + g] >> OP_GET) & 1u;
            if (!reader)
                continue;
            bool skip = false;
            for (int k = 0; k < 2; k++) {
                size_t pl = strlen(providers[k]);
                if (private_reads[k] && !strncmp(r->names[i], providers[k], pl) && r->names[i][pl] == ':' &&
                    strcmp(r->names[i] + pl, ":private"))
                    skip = true;
            }
            if (!skip && !(r->acm[i * r->fields + fi] & READ_OPS))
                unreadable = true;
        }
        if (!unreadable || !ds__v_is_non_null(f->type) || is_connection(f))
            continue;
        if (!first)
            first = f;
        int w = snprintf(missing + used, sizeof missing - used, "%s%s", used ? ", " : "", f->name);
        if (w > 0 && (size_t)w < sizeof missing - used)
            used += (size_t)w;
    }
    if (first)
        ERR(first->loc, "model %s has field-level @auth rules, so every required field must be readable by every role "
                        "that can read the model; %s cannot be read by all of them: add read rules to these fields, or "
                        "make them optional",
            m->name, missing);
}

/* ---- the driver ---------------------------------------------------------------- */

/* The sort key may not be an owner rule's ownerField when the identity
 * claim has several parts (the default "sub::username"): the transformer
 * rewrites that field. It reads the rules straight from the document. */
static void check_owner_sort_key(vstate *st, const ds__gql_def *m) {
    const ds__gql_directive *auth = ds__gql_find_directive(m->directives, "auth");
    const ds__gql_argument *rules = auth ? ds__gql_find_argument(auth->args, "rules") : NULL;
    if (!rules || rules->value->kind != DS__GQL_VAL_LIST)
        return;
    for (const ds__gql_field *f = m->fields; f; f = f->next) {
        const ds__gql_directive *pk = ds__gql_find_directive(f->directives, "primaryKey");
        const ds__gql_value *sk[V_MAX];
        size_t n = ds__v_string_list(pk, "sortKeyFields", sk, V_MAX);
        for (size_t i = 0; i < n; i++)
            for (const ds__gql_value *r = rules->value->items; r; r = r->next) {
                if (r->kind != DS__GQL_VAL_OBJECT)
                    continue;
                const ds__gql_object_field *allow = ds__gql_find_object_field(r->fields, "allow");
                const char *of = str_of(ds__gql_find_object_field(r->fields, "ownerField"));
                const ds__gql_object_field *claim = ds__gql_find_object_field(r->fields, "identityClaim");
                const char *c = claim && claim->value->kind == DS__GQL_VAL_STRING ? claim->value->str : "sub::username";
                if (!allow || allow->value->kind != DS__GQL_VAL_ENUM || strcmp(allow->value->str, "owner") ||
                    !strstr(c, "::") || strcmp(sk[i]->str, of ? of : "owner"))
                    continue;
                ERR(sk[i]->loc, "@primaryKey on %s: the sort key field \"%s\" is also an owner @auth field; use "
                                "another field for the sort key",
                    m->name, sk[i]->str);
                break;
            }
    }
}

static bool is_root(const vstate *st, const char *type) {
    return !strcmp(type, st->query_type) || !strcmp(type, st->mutation_type) || !strcmp(type, st->subscription_type);
}

static void check_type(vstate *st, const ds__gql_def *d) {
    bool model = ds__v_is_model_def(ds__v_find_def(st, d->name));
    const ds__gql_directive *auth = ds__gql_find_directive(d->directives, "auth");
    roles r;
    memset(&r, 0, sizeof r);
    for (const ds__gql_field *f = d->fields; f; f = f->next)
        r.fields++;
    bool any = false;
    if (auth && !d->extend) {
        rule_ctx c = {d->name, NULL, model, false};
        if (!model)
            ERR(auth->loc, "@auth on %s: types with @auth must also have @model", d->name);
        const ds__gql_value *list = rule_list(st, auth, &c);
        for (const ds__gql_value *rv = list ? list->items : NULL; rv; rv = rv->next) {
            if (rv->kind != DS__GQL_VAL_OBJECT)
                continue;
            vrule rule;
            read_rule(st, &c, rv, &rule);
            if (model)
                rule_roles(st, &r, &rule, d->name, -1);
        }
        any = model;
    }
    long fi = 0;
    for (const ds__gql_field *f = d->fields; f; f = f->next, fi++) {
        const ds__gql_directive *fa = ds__gql_find_directive(f->directives, "auth");
        if (!fa)
            continue;
        rule_ctx c = {d->name, f->name, model && !d->extend, is_root(st, d->name)};
        const ds__gql_value *list = rule_list(st, fa, &c);
        if (c.on_model)
            for (size_t i = 0; i < r.count; i++)
                r.acm[i * r.fields + (size_t)fi] = 0; /* resetAccessForResource */
        for (const ds__gql_value *rv = list ? list->items : NULL; rv; rv = rv->next) {
            if (rv->kind != DS__GQL_VAL_OBJECT)
                continue;
            vrule rule;
            read_rule(st, &c, rv, &rule);
            if (c.on_model)
                rule_roles(st, &r, &rule, d->name, fi);
        }
        any = any || c.on_model;
    }
    bool field_rules = false;
    for (const ds__gql_field *f = d->fields; f; f = f->next)
        field_rules |= ds__gql_find_directive(f->directives, "auth") != NULL;
    if (any && field_rules && !d->extend && !r.nomem && subscriptions_on(d))
        check_readable(st, d, &r);
    if (r.nomem)
        ds__diags_add(st->diags, DS_ERR_NOMEM, 0, 0, "out of memory while checking @auth");
    roles_free(&r);
}

void ds__validate_auth(vstate *st) {
    for (const ds__gql_def *d = st->doc->defs; d; d = d->next) {
        if (d->kind != DS__GQL_DEF_OBJECT || !d->name)
            continue;
        check_type(st, d);
        if (!d->extend && ds__v_is_model_def(d))
            check_owner_sort_key(st, d);
    }
}
