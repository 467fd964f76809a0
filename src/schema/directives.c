/*
 * The directives a schema.graphql may use, and their checks.
 *
 * The catalogue below is the API Amplify's transformer (v2) offers to
 * schema authors, plus GraphQL's own @deprecated: for each directive, where
 * it may appear, whether it may repeat, and its arguments with their input
 * types. Argument values are checked against those types by GraphQL's
 * input coercion rules (a single value where a list is expected is a list
 * of one; enum values are names, not strings; input objects may not carry
 * unknown fields), so `@index(sortKeyFields: 3)` or
 * `@auth(rules: [{allow: everyone}])` is an error with a place.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "schema/internal.h"

/* ---- the catalogue ------------------------------------------------------- */

typedef struct darg {
    const char *name;
    const char *type; /* GraphQL type syntax over the names below */
} darg;

typedef struct ddef {
    const char *name;
    unsigned locations;
    bool repeatable;
    darg args[6];
} ddef;

static const ddef DIRECTIVES[] = {
    {"model", DLOC_OBJECT, false,
     {{"queries", "ModelQueryMap"},
      {"mutations", "ModelMutationMap"},
      {"subscriptions", "ModelSubscriptionMap"},
      {"timestamps", "TimestampConfiguration"}}},
    {"auth", DLOC_OBJECT | DLOC_FIELD, false, {{"rules", "[AuthRule!]!"}}},
    {"primaryKey", DLOC_FIELD, false, {{"sortKeyFields", "[String]"}}},
    {"index", DLOC_FIELD, true,
     {{"name", "String"}, {"sortKeyFields", "[String]"}, {"queryField", "String"}, {"projection", "ProjectionInput"}}},
    {"hasOne", DLOC_FIELD, false, {{"fields", "[String!]"}, {"references", "[String!]"}}},
    {"hasMany", DLOC_FIELD, false,
     {{"indexName", "String"}, {"fields", "[String!]"}, {"references", "[String!]"}, {"limit", "Int"}}},
    {"belongsTo", DLOC_FIELD, false,
     {{"fields", "[String!]"}, {"references", "[String!]"}, {"overrideIndexName", "String"}}},
    {"manyToMany", DLOC_FIELD, false, {{"relationName", "String!"}, {"limit", "Int"}}},
    {"default", DLOC_FIELD, false, {{"value", "String!"}}},
    {"mapsTo", DLOC_OBJECT, false, {{"name", "String!"}}},
    {"refersTo", DLOC_OBJECT | DLOC_FIELD, false, {{"name", "String!"}}},
    {"searchable", DLOC_OBJECT, false, {{"queries", "SearchableQueryMap"}}},
    {"function", DLOC_FIELD, true,
     {{"name", "String!"}, {"region", "String"}, {"accountId", "String"}, {"invocationType", "InvocationType"}}},
    {"validate", DLOC_FIELD, true, {{"type", "ValidationType!"}, {"value", "String!"}, {"errorMessage", "String"}}},
    {"http", DLOC_FIELD, false, {{"method", "HttpMethod"}, {"url", "String!"}, {"headers", "[HttpHeader]"}}},
    {"predictions", DLOC_FIELD, false, {{"actions", "[PredictionsActions!]!"}}},
    {"sql", DLOC_FIELD, false, {{"statement", "String"}, {"reference", "String"}}},
    /* Amplify's definition, not graphql-js's: no ARGUMENT_DEFINITION. */
    {"deprecated", DLOC_FIELD | DLOC_INPUT_FIELD | DLOC_ENUM | DLOC_ENUM_VALUE, false, {{"reason", "String"}}},
    {"generation", DLOC_FIELD, false,
     {{"aiModel", "String!"}, {"systemPrompt", "String!"}, {"inferenceConfiguration", "GenerationInferenceConfiguration"}}},
    {"aws_api_key", DLOC_FIELD | DLOC_OBJECT, false, {{0}}},
    {"aws_iam", DLOC_FIELD | DLOC_OBJECT, false, {{0}}},
    {"aws_oidc", DLOC_FIELD | DLOC_OBJECT, false, {{0}}},
    {"aws_lambda", DLOC_FIELD | DLOC_OBJECT, false, {{0}}},
    {"aws_cognito_user_pools", DLOC_FIELD | DLOC_OBJECT, false, {{"cognito_groups", "[String!]"}}},
    {"aws_auth", DLOC_FIELD, false, {{"cognito_groups", "[String!]!"}}},
    {"aws_subscribe", DLOC_FIELD, false, {{"mutations", "[String!]!"}}},
};

typedef struct dinput {
    const char *name;
    darg fields[9];
} dinput;

static const dinput INPUTS[] = {
    {"AuthRule",
     {{"allow", "AuthStrategy!"},
      {"provider", "AuthProvider"},
      {"identityClaim", "String"},
      {"groupClaim", "String"},
      {"ownerField", "String"},
      {"groupsField", "String"},
      {"groups", "[String]"},
      {"operations", "[ModelOperation]"}}},
    {"ModelQueryMap", {{"get", "String"}, {"list", "String"}}},
    {"ModelMutationMap", {{"create", "String"}, {"update", "String"}, {"delete", "String"}}},
    {"ModelSubscriptionMap",
     {{"onCreate", "[String]"}, {"onUpdate", "[String]"}, {"onDelete", "[String]"}, {"level", "ModelSubscriptionLevel"}}},
    {"TimestampConfiguration", {{"createdAt", "String"}, {"updatedAt", "String"}}},
    {"SearchableQueryMap", {{"search", "String"}}},
    {"HttpHeader", {{"key", "String"}, {"value", "String"}}},
    {"ProjectionInput", {{"type", "ProjectionType"}, {"nonKeyAttributes", "[String]"}}},
    {"GenerationInferenceConfiguration", {{"maxTokens", "Int"}, {"temperature", "Float"}, {"topP", "Float"}}},
};

typedef struct denum {
    const char *name;
    const char *values[10];
} denum;

static const denum ENUMS[] = {
    {"AuthStrategy", {"owner", "groups", "private", "public", "custom"}},
    {"AuthProvider", {"apiKey", "iam", "identityPool", "oidc", "userPools", "function"}},
    {"ModelOperation", {"create", "update", "delete", "read", "list", "get", "sync", "listen", "search"}},
    {"ModelSubscriptionLevel", {"off", "public", "on"}},
    {"HttpMethod", {"GET", "POST", "PUT", "DELETE", "PATCH"}},
    {"PredictionsActions", {"identifyText", "identifyLabels", "convertTextToSpeech", "translateText"}},
    {"ProjectionType", {"ALL", "KEYS_ONLY", "INCLUDE"}},
    {"InvocationType", {"RequestResponse", "Event"}},
    {"ValidationType", {"gt", "lt", "gte", "lte", "minLength", "maxLength", "startsWith", "endsWith", "matches"}},
};

#define COUNT(a) (sizeof(a) / sizeof *(a))

bool ds__is_amplify_type_name(const char *name) {
    for (size_t i = 0; i < COUNT(INPUTS); i++)
        if (!strcmp(INPUTS[i].name, name))
            return true;
    for (size_t i = 0; i < COUNT(ENUMS); i++)
        if (!strcmp(ENUMS[i].name, name))
            return true;
    return false;
}

static const ddef *find_directive(const char *name) {
    for (size_t i = 0; i < COUNT(DIRECTIVES); i++)
        if (!strcmp(DIRECTIVES[i].name, name))
            return &DIRECTIVES[i];
    return NULL;
}

/* ---- value checking against a type written in GraphQL syntax ----------- */

typedef struct vctx {
    ds__diags *diags;
    const char *where; /* "@index(sortKeyFields:)" */
} vctx;

static const char *value_kind_name(const ds__gql_value *v) {
    switch (v->kind) {
    case DS__GQL_VAL_VARIABLE:
        return "a variable";
    case DS__GQL_VAL_INT:
        return "an Int";
    case DS__GQL_VAL_FLOAT:
        return "a Float";
    case DS__GQL_VAL_STRING:
        return "a String";
    case DS__GQL_VAL_BOOLEAN:
        return "a Boolean";
    case DS__GQL_VAL_NULL:
        return "null";
    case DS__GQL_VAL_ENUM:
        return "an enum value";
    case DS__GQL_VAL_LIST:
        return "a list";
    case DS__GQL_VAL_OBJECT:
        return "an object";
    }
    return "a value";
}

static void check_value(vctx *c, const ds__gql_value *v, const char *type, size_t tlen);

static void bad(vctx *c, const ds__gql_value *v, const char *type, size_t tlen) {
    ds__diags_add(c->diags, DS_ERR_SCHEMA, v->loc.line, v->loc.column, "%s expects %.*s, found %s", c->where,
                  (int)tlen, type, value_kind_name(v));
}

static void check_named(vctx *c, const ds__gql_value *v, const char *name, size_t n) {
#define IS(s) (n == strlen(s) && !strncmp(name, s, n))
    if (IS("String")) {
        if (v->kind != DS__GQL_VAL_STRING)
            bad(c, v, name, n);
        return;
    }
    if (IS("Int")) {
        if (v->kind != DS__GQL_VAL_INT) {
            bad(c, v, name, n);
            return;
        }
        errno = 0;
        long long x = strtoll(v->str, NULL, 10);
        if (errno || x < INT32_MIN || x > INT32_MAX)
            ds__diags_add(c->diags, DS_ERR_SCHEMA, v->loc.line, v->loc.column,
                          "%s expects a 32-bit Int, found %s", c->where, v->str);
        return;
    }
    if (IS("Float")) { /* an Int literal is a Float too */
        if (v->kind != DS__GQL_VAL_FLOAT && v->kind != DS__GQL_VAL_INT)
            bad(c, v, name, n);
        return;
    }
    if (IS("Boolean")) {
        if (v->kind != DS__GQL_VAL_BOOLEAN)
            bad(c, v, name, n);
        return;
    }
    for (size_t i = 0; i < COUNT(ENUMS); i++) {
        if (!IS(ENUMS[i].name))
            continue;
        if (v->kind != DS__GQL_VAL_ENUM) {
            bad(c, v, name, n);
            return;
        }
        for (size_t k = 0; k < COUNT(ENUMS[i].values) && ENUMS[i].values[k]; k++)
            if (!strcmp(ENUMS[i].values[k], v->str))
                return;
        char allowed[256] = "";
        size_t used = 0;
        for (size_t k = 0; k < COUNT(ENUMS[i].values) && ENUMS[i].values[k]; k++) {
            int w = snprintf(allowed + used, sizeof allowed - used, "%s%s", k ? ", " : "", ENUMS[i].values[k]);
            if (w < 0 || (size_t)w >= sizeof allowed - used)
                break;
            used += (size_t)w;
        }
        ds__diags_add(c->diags, DS_ERR_SCHEMA, v->loc.line, v->loc.column,
                      "%s: \"%s\" is not a value of %s; expected one of %s", c->where, v->str, ENUMS[i].name,
                      allowed);
        return;
    }
    for (size_t i = 0; i < COUNT(INPUTS); i++) {
        if (!IS(INPUTS[i].name))
            continue;
        if (v->kind != DS__GQL_VAL_OBJECT) {
            bad(c, v, name, n);
            return;
        }
        for (const ds__gql_object_field *f = v->fields; f; f = f->next) {
            const darg *spec = NULL;
            for (size_t k = 0; k < COUNT(INPUTS[i].fields) && INPUTS[i].fields[k].name; k++)
                if (!strcmp(INPUTS[i].fields[k].name, f->name))
                    spec = &INPUTS[i].fields[k];
            if (!spec) {
                ds__diags_add(c->diags, DS_ERR_SCHEMA, f->loc.line, f->loc.column,
                              "%s: unknown field \"%s\" in %s", c->where, f->name, INPUTS[i].name);
                continue;
            }
            for (const ds__gql_object_field *g = v->fields; g != f; g = g->next)
                if (!strcmp(g->name, f->name))
                    ds__diags_add(c->diags, DS_ERR_SCHEMA, f->loc.line, f->loc.column,
                                  "%s: field \"%s\" given twice", c->where, f->name);
            check_value(c, f->value, spec->type, strlen(spec->type));
        }
        for (size_t k = 0; k < COUNT(INPUTS[i].fields) && INPUTS[i].fields[k].name; k++) {
            const char *t = INPUTS[i].fields[k].type;
            if (t[strlen(t) - 1] != '!')
                continue;
            const ds__gql_object_field *f = v->fields;
            while (f && strcmp(f->name, INPUTS[i].fields[k].name))
                f = f->next;
            if (!f)
                ds__diags_add(c->diags, DS_ERR_SCHEMA, v->loc.line, v->loc.column,
                              "%s: %s requires field \"%s\"", c->where, INPUTS[i].name, INPUTS[i].fields[k].name);
        }
        return;
    }
    bad(c, v, name, n);
#undef IS
}

static void check_value(vctx *c, const ds__gql_value *v, const char *type, size_t tlen) {
    bool non_null = tlen > 0 && type[tlen - 1] == '!';
    if (non_null)
        tlen--;
    if (v->kind == DS__GQL_VAL_NULL) {
        if (non_null)
            ds__diags_add(c->diags, DS_ERR_SCHEMA, v->loc.line, v->loc.column, "%s must not be null", c->where);
        return;
    }
    if (v->kind == DS__GQL_VAL_VARIABLE) {
        bad(c, v, type, tlen);
        return;
    }
    if (tlen >= 2 && type[0] == '[') {
        const char *inner = type + 1;
        size_t ilen = tlen - 2;
        if (v->kind == DS__GQL_VAL_LIST) {
            for (const ds__gql_value *it = v->items; it; it = it->next)
                check_value(c, it, inner, ilen);
        } else {
            check_value(c, v, inner, ilen); /* a single value is a list of one */
        }
        return;
    }
    check_named(c, v, type, tlen);
}

static const char *loc_name(dloc loc) {
    switch (loc) {
    case DLOC_OBJECT:
        return "an object type";
    case DLOC_FIELD:
        return "a field";
    case DLOC_ENUM:
        return "an enum";
    case DLOC_ENUM_VALUE:
        return "an enum value";
    case DLOC_INPUT_FIELD:
        return "an input field";
    case DLOC_ARGUMENT:
        return "an argument";
    case DLOC_INPUT_OBJECT:
        return "an input type";
    case DLOC_SCALAR:
        return "a scalar";
    case DLOC_INTERFACE:
        return "an interface";
    case DLOC_UNION:
        return "a union";
    case DLOC_SCHEMA:
        return "the schema";
    }
    return "this place";
}

void ds__check_directives(const ds__gql_directive *list, dloc loc, const char *where, ds__diags *diags) {
    for (const ds__gql_directive *d = list; d; d = d->next) {
        const ddef *def = find_directive(d->name);
        if (!def) {
            ds__diags_add(diags, DS_ERR_SCHEMA, d->loc.line, d->loc.column,
                          "unknown directive \"@%s\" on %s; expected one of Amplify's directives such as "
                          "@model, @primaryKey, @index, @hasOne, @hasMany, @belongsTo, @manyToMany, @auth, @default",
                          d->name, where);
            continue;
        }
        if (!(def->locations & loc)) {
            ds__diags_add(diags, DS_ERR_SCHEMA, d->loc.line, d->loc.column, "directive \"@%s\" may not be used on %s (%s)",
                          d->name, loc_name(loc), where);
            continue;
        }
        if (!def->repeatable) {
            for (const ds__gql_directive *e = list; e != d; e = e->next)
                if (!strcmp(e->name, d->name)) {
                    ds__diags_add(diags, DS_ERR_SCHEMA, d->loc.line, d->loc.column,
                                  "directive \"@%s\" can only be used once on %s", d->name, where);
                    break;
                }
        }
        for (const ds__gql_argument *a = d->args; a; a = a->next) {
            const darg *spec = NULL;
            for (size_t k = 0; k < COUNT(def->args) && def->args[k].name; k++)
                if (!strcmp(def->args[k].name, a->name))
                    spec = &def->args[k];
            if (!spec) {
                char expected[256] = "";
                size_t used = 0;
                for (size_t k = 0; k < COUNT(def->args) && def->args[k].name; k++) {
                    int w = snprintf(expected + used, sizeof expected - used, "%s%s", k ? ", " : "",
                                     def->args[k].name);
                    if (w < 0 || (size_t)w >= sizeof expected - used)
                        break;
                    used += (size_t)w;
                }
                ds__diags_add(diags, DS_ERR_SCHEMA, a->loc.line, a->loc.column,
                              "unknown argument \"%s\" on directive \"@%s\"; %s%s", a->name, d->name,
                              used ? "expected one of " : "it takes no arguments", expected);
                continue;
            }
            for (const ds__gql_argument *b = d->args; b != a; b = b->next)
                if (!strcmp(b->name, a->name))
                    ds__diags_add(diags, DS_ERR_SCHEMA, a->loc.line, a->loc.column,
                                  "argument \"%s\" given twice on \"@%s\"", a->name, d->name);
            char ctx[256];
            snprintf(ctx, sizeof ctx, "@%s(%s:) on %s", d->name, a->name, where);
            vctx c = {diags, ctx};
            check_value(&c, a->value, spec->type, strlen(spec->type));
        }
        for (size_t k = 0; k < COUNT(def->args) && def->args[k].name; k++) {
            const char *t = def->args[k].type;
            if (t[strlen(t) - 1] != '!' || ds__gql_find_argument(d->args, def->args[k].name))
                continue;
            ds__diags_add(diags, DS_ERR_SCHEMA, d->loc.line, d->loc.column,
                          "directive \"@%s\" on %s requires argument \"%s: %s\"", d->name, where, def->args[k].name,
                          t);
        }
    }
}
