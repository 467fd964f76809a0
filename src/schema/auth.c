/*
 * @auth rules: Amplify's processed form, as the model introspection shows
 * it. The generator keeps every rule argument as written and fills in
 * defaults on top: owner rules get provider "userPools", ownerField
 * "owner", identityClaim "cognito:username" (also replacing a plain
 * "username"); group rules get groupClaim "cognito:groups", provider
 * "userPools" and, unless static groups are listed, groupField "groups";
 * every rule gets its operations (or the legacy `mutations`) or all four.
 * Group rules written with the legacy `groupField` argument are dropped.
 */
#include <string.h>

#include "schema/internal.h"

static json_t *default_operations(void) {
    json_t *a = json_array();
    const char *ops[] = {"create", "update", "delete", "read"};
    for (size_t i = 0; i < 4; i++)
        json_array_append_new(a, json_string(ops[i]));
    return a;
}

/* JavaScript truthiness of a JSON value, for `a || b` defaults. */
static bool truthy(json_t *v) {
    if (!v || json_is_null(v) || json_is_false(v))
        return false;
    if (json_is_string(v))
        return json_string_length(v) > 0;
    if (json_is_integer(v))
        return json_integer_value(v) != 0;
    if (json_is_real(v))
        return json_real_value(v) != 0.0;
    return true;
}

static json_t *operations_of(json_t *rule) {
    json_t *ops = json_object_get(rule, "operations");
    if (!truthy(ops))
        ops = json_object_get(rule, "mutations");
    if (!truthy(ops))
        return default_operations();
    return json_incref(ops);
}

static json_t *process_rule(json_t *rule) {
    const char *allow = json_string_value(json_object_get(rule, "allow"));
    json_t *out = json_object();
    if (!out)
        return NULL;
    if (allow && !strcmp(allow, "owner")) {
        json_object_set_new(out, "provider", json_string("userPools"));
        json_t *of = json_object_get(rule, "ownerField");
        if (truthy(of))
            json_object_set(out, "ownerField", of);
        else
            json_object_set_new(out, "ownerField", json_string("owner"));
        json_object_update(out, rule);
        json_t *claim = json_object_get(rule, "identityClaim");
        if (!truthy(claim))
            claim = json_object_get(rule, "identityField");
        const char *c = truthy(claim) && json_is_string(claim) ? json_string_value(claim) : NULL;
        if (!truthy(claim) || (c && !strcmp(c, "username")))
            json_object_set_new(out, "identityClaim", json_string("cognito:username"));
        else
            json_object_set(out, "identityClaim", claim);
    } else if (allow && !strcmp(allow, "groups")) {
        json_object_set_new(out, "groupClaim", json_string("cognito:groups"));
        json_object_set_new(out, "provider", json_string("userPools"));
        json_object_update(out, rule);
        if (truthy(json_object_get(rule, "groups")))
            json_object_del(out, "groupField"); /* `undefined` is not serialized */
        else
            json_object_set_new(out, "groupField", json_string("groups"));
    } else {
        json_object_update(out, rule);
    }
    json_object_set_new(out, "operations", operations_of(rule));
    return out;
}

json_t *ds__auth_process_rules(json_t *rules) {
    json_t *out = json_array();
    if (!out)
        return NULL;
    size_t i;
    json_t *rule;
    json_array_foreach(rules, i, rule) {
        if (!json_is_object(rule))
            continue;
        const char *allow = json_string_value(json_object_get(rule, "allow"));
        if (allow && !strcmp(allow, "groups") && truthy(json_object_get(rule, "groupField")))
            continue;
        json_array_append_new(out, process_rule(rule));
    }
    return out;
}
