/*
 * @auth (graphql-auth-transformer), as far as it shapes the API: the
 * AppSync auth directives on model types, on their operations and
 * connection types and on the non-model types they use; the implicit owner
 * fields (`owner: String`) in the model type and in its filter, condition
 * and subscription filter inputs; the owner arguments of subscriptions
 * (`onCreateTodo(filter: ..., owner: String)`); and the removal of dynamic
 * owner/group fields from subscription filters. Resolvers (what the rules
 * allow at run time) are part 2 of the server, not this file.
 *
 * The transformer's model: each rule becomes a role ("Todo:userPools:owner:
 * owner:sub::username"), an access control matrix records which role may
 * do which operation on which field, and a directive is added for every
 * auth provider (API key, IAM, OIDC, user pools, Lambda) that has a role
 * for the operation, except the API's default provider, which is only
 * added next to others (getServiceDirectives).
 */
#include <stdlib.h>
#include <string.h>

#include "server/api_internal.h"

static const char *const MODEL_OPERATIONS[] = {"create", "update", "delete", "get", "list", "search", "listen", "sync"};
static const char *const READ_OPERATIONS[] = {"get", "list", "search", "listen", "sync"};
#define N_MODEL_OPS 8
#define N_READ_OPS 5

/* AUTH_PROVIDER_DIRECTIVE_MAP, in its order */
static const char *const PROVIDER_DIRECTIVES[][2] = {{"apiKey", "aws_api_key"}, {"iam", "aws_iam"},
                                                     {"identityPool", "aws_iam"}, {"oidc", "aws_oidc"},
                                                     {"userPools", "aws_cognito_user_pools"}, {"function", "aws_lambda"}};

static bool provider_eq(const char *a, const char *b) {
    if (!a || !b)
        return false;
    if (!strcmp(a, b))
        return true;
    bool ia = !strcmp(a, "iam") || !strcmp(a, "identityPool"), ib = !strcmp(b, "iam") || !strcmp(b, "identityPool");
    return ia && ib;
}

static const char *provider_directive(const char *provider) {
    for (size_t i = 0; i < sizeof PROVIDER_DIRECTIVES / sizeof *PROVIDER_DIRECTIVES; i++)
        if (!strcmp(PROVIDER_DIRECTIVES[i][0], provider))
            return PROVIDER_DIRECTIVES[i][1];
    return NULL;
}

/* ---- rules ------------------------------------------------------------------ */

typedef struct rule {
    const char *allow, *provider;
    const char *owner_field, *identity_claim, *group_claim, *groups_field;
    api_names groups;
    api_names operations; /* present == false: all operations */
} rule;

static const char *jstr(api_ctx *c, json_t *o, const char *k) {
    json_t *v = json_object_get(o, k);
    return json_is_string(v) ? api_strdup(c, json_string_value(v)) : NULL;
}

/* getAuthDirectiveRules: defaults for provider, groups as a list, read split. */
static api_vec parse_rules(api_ctx *c, const api_dir *dir) {
    api_vec out = {0};
    json_t *args = api_dir_args_json(dir);
    json_t *rules = json_object_get(args, "rules");
    for (size_t i = 0; json_is_array(rules) && i < json_array_size(rules); i++) {
        json_t *o = json_array_get(rules, i);
        rule *r = api_alloc(c, sizeof *r);
        if (!r || !json_is_object(o))
            continue;
        r->allow = jstr(c, o, "allow");
        r->provider = jstr(c, o, "provider");
        r->owner_field = jstr(c, o, "ownerField");
        r->identity_claim = jstr(c, o, "identityClaim");
        r->group_claim = jstr(c, o, "groupClaim");
        r->groups_field = jstr(c, o, "groupsField");
        json_t *g = json_object_get(o, "groups");
        r->groups = api_names_from_json(c, g);
        json_t *ops = json_object_get(o, "operations");
        r->operations = api_names_from_json(c, ops);
        if (!r->provider && r->allow) {
            if (!strcmp(r->allow, "owner") || !strcmp(r->allow, "groups") || !strcmp(r->allow, "private"))
                r->provider = "userPools";
            else if (!strcmp(r->allow, "public"))
                r->provider = "apiKey";
            else if (!strcmp(r->allow, "custom"))
                r->provider = "function";
        }
        if (api_names_has(&r->operations, "read")) {
            const char **items = api_alloc(c, (r->operations.count + N_READ_OPS) * sizeof *items);
            size_t n = 0;
            for (size_t k = 0; items && k < r->operations.count; k++)
                if (r->operations.items[k] && strcmp(r->operations.items[k], "read"))
                    items[n++] = r->operations.items[k];
            for (size_t k = 0; items && k < N_READ_OPS; k++)
                items[n++] = READ_OPERATIONS[k];
            r->operations.items = items;
            r->operations.count = items ? n : 0;
        }
        if (r->allow && r->provider)
            api_vec_push(c, &out, r);
    }
    json_decref(args);
    return out;
}

/* ---- the access control matrix -------------------------------------------- */

static api_acm *acm_new(api_ctx *c, const char *name, const char *const *ops, size_t nops, const char **resources,
                        size_t nres) {
    api_acm *a = api_alloc(c, sizeof *a);
    if (!a)
        return NULL;
    a->name = name;
    a->ops = (const char **)ops;
    a->op_count = nops;
    a->resources = resources;
    a->resource_count = nres;
    return a;
}

static api_acm *acm_for_def(api_ctx *c, const api_def *def) {
    const char **res = api_alloc(c, (def->fields.count + 1) * sizeof *res);
    for (size_t i = 0; res && i < def->fields.count; i++)
        res[i] = ((const api_field *)def->fields.items[i])->name;
    return acm_new(c, def->name, MODEL_OPERATIONS, N_MODEL_OPS, res, res ? def->fields.count : 0);
}

static size_t acm_index(const char *const *list, size_t n, const char *s) {
    for (size_t i = 0; s && i < n; i++)
        if (!strcmp(list[i], s))
            return i;
    return SIZE_MAX;
}

static size_t acm_role_index(const api_acm *a, const char *role) {
    return acm_index((const char *const *)a->roles.items, a->roles.count, role);
}

static void acm_set_role(api_ctx *c, api_acm *a, const char *role, const char *resource, const api_names *ops,
                         bool overwrite) {
    size_t res = resource ? acm_index(a->resources, a->resource_count, resource) : SIZE_MAX;
    if (resource && res == SIZE_MAX)
        return; /* the transformer throws */
    size_t ri = acm_role_index(a, role);
    bool *row;
    if (ri == SIZE_MAX || !resource) {
        if (ri != SIZE_MAX && !overwrite)
            return; /* "@auth role already exists": a validation error */
        row = api_alloc(c, (a->resource_count * a->op_count + 1) * sizeof *row);
        if (!row)
            return;
        if (ri == SIZE_MAX) {
            api_vec_push(c, &a->roles, (void *)role);
            api_vec_push(c, &a->matrix, row);
        } else {
            a->matrix.items[ri] = row;
        }
    } else {
        row = a->matrix.items[ri];
    }
    for (size_t r = 0; r < a->resource_count; r++) {
        if (resource && r != res) {
            if (ri == SIZE_MAX || !resource)
                memset(&row[r * a->op_count], 0, a->op_count * sizeof *row);
            continue;
        }
        for (size_t o = 0; o < a->op_count; o++)
            row[r * a->op_count + o] = api_names_has(ops, a->ops[o]);
    }
}

static void acm_reset_resource(api_acm *a, const char *resource) {
    size_t res = acm_index(a->resources, a->resource_count, resource);
    if (res == SIZE_MAX)
        return;
    for (size_t i = 0; i < a->matrix.count; i++)
        memset(&((bool *)a->matrix.items[i])[res * a->op_count], 0, a->op_count * sizeof(bool));
}

static api_vec acm_roles_for(api_ctx *c, const api_acm *a, const char *op, bool full) {
    api_vec out = {0};
    size_t o = acm_index(a->ops, a->op_count, op);
    if (o == SIZE_MAX)
        return out;
    for (size_t i = 0; i < a->roles.count; i++) {
        const bool *row = a->matrix.items[i];
        bool any = false, all = true;
        for (size_t r = 0; r < a->resource_count; r++) {
            any = any || row[r * a->op_count + o];
            all = all && row[r * a->op_count + o];
        }
        if (full ? all : any)
            api_vec_push(c, &out, a->roles.items[i]);
    }
    return out;
}

/* ---- roles ------------------------------------------------------------------ */

static api_role *role_find(api_ctx *c, const char *name) {
    for (size_t i = 0; name && i < c->roles.count; i++) {
        api_role *r = c->roles.items[i];
        if (!strcmp(r->name, name))
            return r;
    }
    return NULL;
}

static void role_define(api_ctx *c, const char *name, const char *provider, const char *strategy, bool is_static,
                        const char *entity, bool replace) {
    api_role *r = role_find(c, name);
    if (r && !replace)
        return;
    if (!r) {
        r = api_alloc(c, sizeof *r);
        if (!r || !api_vec_push(c, &c->roles, r))
            return;
    }
    r->name = name;
    r->provider = provider;
    r->strategy = strategy;
    r->is_static = is_static;
    r->entity = entity;
}

static const api_names *all_ops(void) {
    static api_names n = {(const char **)MODEL_OPERATIONS, N_MODEL_OPS, true};
    return &n;
}

/* convertRulesToRoles */
static void rules_to_roles(api_ctx *c, api_acm *a, const api_vec *rules, bool overwrite, const char *field,
                           const api_names *override_ops) {
    for (size_t i = 0; i < rules->count; i++) {
        const rule *r = rules->items[i];
        const api_names *ops = override_ops ? override_ops : r->operations.present ? &r->operations : all_ops();
        if (r->groups.present && !r->groups_field) {
            for (size_t g = 0; g < r->groups.count; g++) {
                const char *claim = r->group_claim ? r->group_claim : "cognito:groups";
                const char *name = api_printf(c, "%s:%s:staticGroup:%s:%s", a->name, r->provider,
                                              r->groups.items[g] ? r->groups.items[g] : "null", claim);
                role_define(c, name, r->provider, r->allow, true, r->groups.items[g], true);
                acm_set_role(c, a, name, field, ops, overwrite);
            }
            continue;
        }
        const char *name = NULL, *entity = NULL;
        bool is_static = true;
        if (!strcmp(r->provider, "apiKey")) {
            name = api_printf(c, "%s:apiKey:public", a->name);
        } else if (!strcmp(r->provider, "function")) {
            name = api_printf(c, "%s:function:custom", a->name);
        } else if (!strcmp(r->provider, "iam") || !strcmp(r->provider, "identityPool")) {
            name = api_printf(c, "%s:iam:%s", a->name, r->allow);
        } else if (!strcmp(r->provider, "oidc") || !strcmp(r->provider, "userPools")) {
            if (!strcmp(r->allow, "groups")) {
                entity = r->groups_field ? r->groups_field : "groups";
                name = api_printf(c, "%s:%s:dynamicGroup:%s:%s", a->name, r->provider, entity,
                                  r->group_claim ? r->group_claim : "cognito:groups");
                is_static = false;
            } else if (!strcmp(r->allow, "owner")) {
                entity = r->owner_field ? r->owner_field : "owner";
                name = api_printf(c, "%s:%s:owner:%s:%s", a->name, r->provider, entity,
                                  r->identity_claim ? r->identity_claim : "sub::username");
                is_static = false;
            } else if (!strcmp(r->allow, "private")) {
                name = api_printf(c, "%s:%s:private", a->name, r->provider);
            }
        }
        if (!name)
            continue; /* the transformer rejects the rule */
        role_define(c, name, r->provider, r->allow, is_static, entity, false);
        acm_set_role(c, a, name, field, ops, overwrite);
    }
}

/* ---- the first pass ---------------------------------------------------------- */

void api_auth_before(api_ctx *c) {
    unsigned dflt = c->opts.default_mode ? c->opts.default_mode : DS__API_AUTH_API_KEY;
    c->default_provider = dflt & DS__API_AUTH_USER_POOLS ? "userPools"
                          : dflt & DS__API_AUTH_IAM      ? "identityPool"
                          : dflt & DS__API_AUTH_OIDC     ? "oidc"
                          : dflt & DS__API_AUTH_LAMBDA   ? "function"
                                                         : "apiKey";
    bool has_iam = (dflt & DS__API_AUTH_IAM) != 0;
    if (c->opts.additional_modes & DS__API_MODES_FROM_RULES) {
        /* the modes the rules name: IAM only when a rule says so */
        for (size_t i = 0; i < c->input.count && !has_iam; i++) {
            const api_def *d = c->input.items[i];
            api_vec all = {0};
            const api_dir *td = api_find_dir(&d->dirs, "auth");
            if (td)
                api_vec_push(c, &all, (void *)td);
            for (size_t k = 0; k < d->fields.count; k++) {
                const api_dir *fd = api_find_dir(&((const api_field *)d->fields.items[k])->dirs, "auth");
                if (fd)
                    api_vec_push(c, &all, (void *)fd);
            }
            for (size_t k = 0; k < all.count && !has_iam; k++) {
                api_vec rules = parse_rules(c, all.items[k]);
                for (size_t r = 0; r < rules.count; r++)
                    has_iam = has_iam || provider_eq(((rule *)rules.items[r])->provider, "iam");
            }
        }
    } else {
        has_iam = has_iam || (c->opts.additional_modes & DS__API_AUTH_IAM);
    }
    c->admin_roles = has_iam && c->opts.admin_roles;
    c->should_add_default_directive = (c->admin_roles || c->opts.iam_access) && !(dflt & DS__API_AUTH_IAM);
}

static api_acm *acm_find(const api_vec *v, const char *name) {
    for (size_t i = 0; name && i < v->count; i++) {
        api_acm *a = v->items[i];
        if (!strcmp(a->name, name))
            return a;
    }
    return NULL;
}

static void set_model_acm(api_ctx *c, api_acm *a, api_model_cfg *cfg) {
    for (size_t i = 0; i < c->auth_models.count; i++)
        if (!strcmp(((api_acm *)c->auth_models.items[i])->name, a->name)) {
            c->auth_models.items[i] = a;
            c->auth_model_cfgs.items[i] = cfg ? cfg : c->auth_model_cfgs.items[i];
            return;
        }
    api_vec_push(c, &c->auth_models, a);
    api_vec_push(c, &c->auth_model_cfgs, cfg);
}

void api_auth_object(api_ctx *c, const api_def *def, const api_dir *dir, bool is_join) {
    const api_dir *model_dir = api_find_dir(&def->dirs, "model");
    if (!model_dir)
        return; /* "Types annotated with @auth must also be annotated with @model." */
    api_vec rules = parse_rules(c, dir);
    api_acm *a = acm_for_def(c, def);
    if (!a)
        return;
    rules_to_roles(c, a, &rules, is_join, NULL, NULL);
    set_model_acm(c, a, api_model_config(c, def, model_dir));
}

void api_auth_field(api_ctx *c, const api_def *parent, const api_field *field, const api_dir *dir) {
    if (parent->kind == DS__GQL_DEF_INTERFACE)
        return;
    api_vec rules = parse_rules(c, dir);
    const api_dir *model_dir = api_find_dir(&parent->dirs, "model");
    if (model_dir) {
        api_acm *a = acm_find(&c->auth_models, parent->name);
        api_model_cfg *cfg = NULL;
        if (!a) {
            cfg = api_model_config(c, parent, model_dir);
            a = acm_for_def(c, parent);
        } else {
            acm_reset_resource(a, field->name);
        }
        if (!a)
            return;
        rules_to_roles(c, a, &rules, false, field->name, NULL);
        set_model_acm(c, a, cfg);
        return;
    }
    api_vec statics = {0};
    for (size_t i = 0; i < rules.count; i++) {
        const rule *r = rules.items[i];
        if (strcmp(r->allow, "owner") && !r->groups_field)
            api_vec_push(c, &statics, (void *)r);
    }
    const char *name = api_printf(c, "%s:%s", parent->name, field->name);
    static const char *const ops[] = {"list", "get", "search", "listen", "sync"};
    const char **res = api_alloc(c, sizeof *res);
    if (!res || !name)
        return;
    res[0] = name;
    api_acm *a = acm_new(c, name, ops, 5, res, 1);
    api_names override = {(const char **)ops, 5, true};
    if (!a)
        return;
    rules_to_roles(c, a, &statics, false, name, &override);
    for (size_t i = 0; i < c->auth_nonmodel.count; i++)
        if (!strcmp(((api_acm *)c->auth_nonmodel.items[i])->name, name)) {
            c->auth_nonmodel.items[i] = a;
            return;
        }
    api_vec_push(c, &c->auth_nonmodel, a);
}

/* ---- directives ------------------------------------------------------------ */

static api_vec providers_of(api_ctx *c, const api_vec *roles) {
    api_vec out = {0};
    for (size_t i = 0; i < roles->count; i++) {
        const api_role *r = role_find(c, roles->items[i]);
        bool seen = false;
        for (size_t k = 0; r && k < out.count; k++)
            seen = seen || !strcmp(out.items[k], r->provider);
        if (r && !seen)
            api_vec_push(c, &out, (void *)r->provider);
    }
    if (c->admin_roles || c->opts.iam_access) {
        bool seen = false;
        for (size_t k = 0; k < out.count; k++)
            seen = seen || !strcmp(out.items[k], "identityPool");
        if (!seen)
            api_vec_push(c, &out, (void *)"identityPool");
    }
    return out;
}

static bool has_provider(const api_vec *providers, const char *p, bool other) {
    for (size_t i = 0; i < providers->count; i++)
        if (provider_eq(providers->items[i], p) != other)
            return true;
    return false;
}

/* getServiceDirectives */
static api_vec service_dirs(api_ctx *c, const api_vec *providers, bool add_default) {
    api_vec out = {0};
    if (!providers->count)
        return out;
    const char *dflt = c->default_provider;
    const char *applied[8];
    size_t napplied = 0;
    for (size_t i = 0; i < sizeof PROVIDER_DIRECTIVES / sizeof *PROVIDER_DIRECTIVES; i++) {
        const char *p = PROVIDER_DIRECTIVES[i][0], *d = PROVIDER_DIRECTIVES[i][1];
        bool done = false;
        for (size_t k = 0; k < napplied; k++)
            done = done || !strcmp(applied[k], d);
        if (done)
            continue;
        applied[napplied++] = d;
        bool is_default = provider_eq(dflt, p);
        if ((!is_default && has_provider(providers, p, false)) ||
            (is_default && has_provider(providers, p, true) && add_default))
            api_vec_push(c, &out, api_dir_new(c, d, NULL));
    }
    const char *dd = provider_directive(dflt);
    if (dd && has_provider(providers, dflt, false) && has_provider(providers, dflt, true) && !api_find_dir(&out, dd))
        api_vec_push(c, &out, api_dir_new(c, dd, NULL));
    return out;
}

void api_model_service_dirs(api_ctx *c, api_vec *out) {
    bool api_key_default = !strcmp(c->default_provider, "apiKey");
    bool iam_default = provider_eq(c->default_provider, "iam");
    if (c->sandbox && c->opts.iam_access) {
        api_vec_push(c, out, api_dir_new(c, "aws_api_key", NULL));
        api_vec_push(c, out, api_dir_new(c, "aws_iam", NULL));
    } else if (c->sandbox && !api_key_default) {
        api_vec_push(c, out, api_dir_new(c, "aws_api_key", NULL));
    } else if (c->opts.iam_access && !iam_default) {
        api_vec_push(c, out, api_dir_new(c, "aws_iam", NULL));
    }
}

static bool roles_have_default(api_ctx *c, const api_vec *roles) {
    for (size_t i = 0; i < roles->count; i++) {
        const api_role *r = role_find(c, roles->items[i]);
        if (r && provider_eq(r->provider, c->default_provider))
            return true;
    }
    return false;
}

static void protect_operation(api_ctx *c, const api_acm *a, const char *type, const char *op, const char *name) {
    if (!name || !type)
        return;
    bool full = !strcmp(op, "delete");
    api_vec roles = acm_roles_for(c, a, op, full);
    bool include_default = roles_have_default(c, &roles) || (roles.count == 0 && c->should_add_default_directive);
    api_vec providers = providers_of(c, &roles);
    api_vec dirs = service_dirs(c, &providers, include_default);
    if (dirs.count)
        api_add_dirs_to_operation(c, type, name, (api_dir *const *)dirs.items, dirs.count);
}

static bool field_is_list(const api_def *def, const char *name) {
    const api_field *f = api_field_find(def, name);
    return f && api_is_list(f->type);
}

static void add_subscription_args(api_ctx *c, const char *name, const api_vec *args) {
    api_def *sub = api_out_get(c, c->subscription_name);
    api_field *f = api_field_find(sub, name);
    if (!f)
        return;
    api_field *n = api_field_dup(c, f);
    for (size_t i = 0; n && i < args->count; i++)
        api_vec_push(c, &n->args, api_field_new(c, args->items[i], api_named(c, "String")));
    api_def_replace_field(sub, n);
}

static void protect_schema_operations(api_ctx *c, const api_def *def, const api_acm *a, const api_model_cfg *m) {
    if (!m)
        return;
    protect_operation(c, a, c->query_name, "get", m->get);
    protect_operation(c, a, c->query_name, "list", m->list);
    protect_operation(c, a, c->query_name, "sync", m->sync);
    protect_operation(c, a, c->mutation_name, "create", m->create);
    protect_operation(c, a, c->mutation_name, "update", m->update);
    protect_operation(c, a, c->mutation_name, "delete", m->del);
    size_t len = strlen(def->name);
    for (size_t i = 0; i < c->index_queries.count; i++) {
        const char *e = c->index_queries.items[i];
        if (strncmp(e, def->name, len) || e[len] != '\t')
            continue;
        const char *qf = strrchr(e, '\t') + 1;
        protect_operation(c, a, c->query_name, "list", qf);
        protect_operation(c, a, c->query_name, "get", qf);
    }
    if (m->level && strcmp(m->level, "on"))
        return;
    api_vec listen = acm_roles_for(c, a, "listen", false);
    api_vec args = {0};
    for (size_t i = 0; i < listen.count; i++) {
        const api_role *r = role_find(c, listen.items[i]);
        if (r && !strcmp(r->strategy, "owner") && !field_is_list(def, r->entity))
            api_vec_push(c, &args, (void *)r->entity);
    }
    const api_names *subs[3] = {&m->on_create, &m->on_update, &m->on_delete};
    const char *muts[3] = {m->create, m->update, m->del};
    for (int k = 0; k < 3; k++) {
        if (!subs[k]->present || !muts[k])
            continue;
        for (size_t i = 0; i < subs[k]->count; i++) {
            protect_operation(c, a, c->subscription_name, "listen", subs[k]->items[i]);
            add_subscription_args(c, subs[k]->items[i], &args);
        }
    }
}

/* The directive names already put on a non-model type (seenNonModelTypes). */
typedef struct seen_type {
    const char *name;
    api_vec dirs; /* const char* */
} seen_type;

static seen_type *seen_find(api_ctx *c, const char *name) {
    for (size_t i = 0; i < c->seen_nonmodel.count; i++) {
        seen_type *s = c->seen_nonmodel.items[i];
        if (!strcmp(s->name, name))
            return s;
    }
    return NULL;
}

static bool seen_has(const seen_type *s, const char *dir) {
    for (size_t i = 0; i < s->dirs.count; i++)
        if (!strcmp(s->dirs.items[i], dir))
            return true;
    return false;
}

static void propagate(api_ctx *c, const api_def *def, const api_vec *providers, int depth) {
    if (!def || depth > 64)
        return;
    for (size_t i = 0; i < def->fields.count; i++) {
        const api_field *f = def->fields.items[i];
        api_def *t = api_out_get(c, api_base(f->type));
        if (!t || t->kind != DS__GQL_DEF_OBJECT || api_def_is_model(t))
            continue;
        seen_type *s = seen_find(c, t->name);
        bool was_seen = s != NULL;
        api_vec dirs = service_dirs(c, providers, was_seen);
        if (!was_seen) {
            s = api_alloc(c, sizeof *s);
            if (!s)
                return;
            s->name = t->name;
            for (size_t k = 0; k < dirs.count; k++)
                api_vec_push(c, &s->dirs, (void *)((api_dir *)dirs.items[k])->name);
            api_vec_push(c, &c->seen_nonmodel, s);
        } else {
            api_vec kept = {0};
            for (size_t k = 0; k < dirs.count; k++)
                if (!seen_has(s, ((api_dir *)dirs.items[k])->name))
                    api_vec_push(c, &kept, dirs.items[k]);
            dirs = kept;
            for (size_t k = 0; k < dirs.count; k++)
                api_vec_push(c, &s->dirs, (void *)((api_dir *)dirs.items[k])->name);
        }
        if (dirs.count > 0 || !was_seen) {
            api_extend_type_dirs(c, t->name, (api_dir *const *)dirs.items, dirs.count);
            propagate(c, t, providers, depth + 1);
        }
    }
}

/* ---- transformSchema ------------------------------------------------------- */

static bool is_root_name(const char *n) {
    return !strcmp(n, "Query") || !strcmp(n, "Mutation") || !strcmp(n, "Subscription");
}

static void sandbox_iam(api_ctx *c) {
    if (!c->sandbox && !c->opts.iam_access)
        return;
    api_dir *iam = api_dir_new(c, "aws_iam", NULL);
    /* addCustomOperationFieldsToAuthNonModelConfig: every custom root field */
    for (size_t i = 0; c->doc && i < c->input.count; i++) {
        const api_def *d = c->input.items[i];
        if ((d->kind != DS__GQL_DEF_OBJECT && d->kind != DS__GQL_DEF_INTERFACE) || !is_root_name(d->name))
            continue;
        for (size_t k = 0; k < d->fields.count; k++) {
            const api_field *f = d->fields.items[k];
            if (!api_find_dir(&f->dirs, "aws_iam"))
                api_add_dirs_to_field(c, d->name, f->name, &iam, 1);
        }
    }
    /* the extensions of root types count too */
    for (const ds__gql_def *d = c->doc ? c->doc->defs : NULL; d; d = d->next) {
        if (!d->extend || d->kind != DS__GQL_DEF_OBJECT || !is_root_name(d->name))
            continue;
        for (const ds__gql_field *f = d->fields; f; f = f->next)
            if (!ds__gql_find_directive(f->directives, "aws_iam"))
                api_add_dirs_to_field(c, d->name, f->name, &iam, 1);
    }
    /* addIamAuthToCustomTypes: every non-model object type */
    for (size_t i = 0; i < c->input.count; i++) {
        const api_def *d = c->input.items[i];
        if (d->kind != DS__GQL_DEF_OBJECT || api_def_is_model(d) || api_find_dir(&d->dirs, "aws_iam"))
            continue;
        api_extend_type_dirs(c, d->name, &iam, 1);
    }
}

static api_vec owner_fields(api_ctx *c, const api_acm *a) {
    api_vec out = {0};
    for (size_t i = 0; i < a->roles.count; i++) {
        const api_role *r = role_find(c, a->roles.items[i]);
        if (r && !strcmp(r->strategy, "owner"))
            api_vec_push(c, &out, (void *)r->entity);
    }
    return out;
}

static void add_owner_inputs(api_ctx *c, const char *input_name, const api_vec *owners) {
    api_def *in = api_out_get(c, input_name);
    if (!in || in->kind != DS__GQL_DEF_INPUT_OBJECT)
        return;
    api_vec original = api_vec_copy(c, &in->fields);
    for (size_t i = 0; i < owners->count; i++) {
        bool present = false;
        for (size_t k = 0; k < original.count; k++)
            present = present || !strcmp(((api_field *)original.items[k])->name, owners->items[i]);
        if (!present)
            api_def_add_field(c, in, api_field_new(c, owners->items[i], api_named(c, "ModelStringInput")));
    }
}

void api_auth_transform(api_ctx *c) {
    sandbox_iam(c);
    /* removeAuthFieldsFromSubscriptionFilter */
    for (size_t i = 0; i < c->auth_models.count; i++) {
        const api_acm *a = c->auth_models.items[i];
        api_def *filter = api_out_get(c, api_printf(c, "ModelSubscription%sFilterInput", api_to_upper(c, a->name)));
        for (size_t k = 0; filter && k < a->roles.count; k++) {
            const api_role *r = role_find(c, a->roles.items[k]);
            if (r && !r->is_static && (provider_eq(r->provider, "userPools") || provider_eq(r->provider, "oidc")))
                api_def_remove_field(filter, r->entity);
        }
    }
    for (size_t i = 0; i < c->auth_models.count && !c->nomem; i++) {
        const api_acm *a = c->auth_models.items[i];
        const api_model_cfg *m = c->auth_model_cfgs.items[i];
        api_def *def = api_out_object(c, a->name);
        if (!def)
            continue;
        api_vec owners = owner_fields(c, a);
        const char *upper = api_to_upper(c, a->name);
        add_owner_inputs(c, api_printf(c, "Model%sFilterInput", upper), &owners);
        add_owner_inputs(c, api_printf(c, "Model%sConditionInput", upper), &owners);
        add_owner_inputs(c, api_printf(c, "ModelSubscription%sFilterInput", upper), &owners);
        /* addFieldsToObject: owner fields the type lacks, as String */
        api_vec existing = api_vec_copy(c, &def->fields);
        for (size_t k = 0; k < owners.count; k++) {
            bool present = false;
            for (size_t e = 0; e < existing.count; e++)
                present = present || !strcmp(((api_field *)existing.items[e])->name, owners.items[k]);
            if (!present)
                api_def_add_field(c, def, api_field_new(c, owners.items[k], api_named(c, "String")));
        }
        api_vec providers = providers_of(c, &a->roles);
        bool add_default = providers.count == 0 ? c->should_add_default_directive : false;
        api_vec dirs = service_dirs(c, &providers, add_default);
        if (dirs.count)
            api_extend_type_dirs(c, a->name, (api_dir *const *)dirs.items, dirs.count);
        protect_schema_operations(c, def, a, m);
        propagate(c, api_out_object(c, a->name), &providers, 0);
    }
    for (size_t i = 0; i < c->auth_nonmodel.count && !c->nomem; i++) {
        const api_acm *a = c->auth_nonmodel.items[i];
        const char *colon = strchr(a->name, ':');
        if (!colon)
            continue;
        const char *type = api_printf(c, "%.*s", (int)(colon - a->name), a->name);
        api_vec providers = providers_of(c, &a->roles);
        api_vec dirs = service_dirs(c, &providers, false);
        if (dirs.count)
            api_add_dirs_to_field(c, type, colon + 1, (api_dir *const *)dirs.items, dirs.count);
    }
}
