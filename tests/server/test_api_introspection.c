/*
 * What clients see of the API through introspection equals what AppSync
 * would show for the same schema: for every fixture with an
 * appsync.graphql, the standard introspection query (graphql-js's) is run
 * through the server's engine over our derived API and over the
 * transformer's SDL, and the answers must be the same, up to the order of
 * types, fields, arguments and enum values (descriptions aside).
 */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "datastore/schema.h"
#include "graphql/execute.h"
#include "graphql/typesys.h"
#include "server/api_sdl.h"
#include "support/testutil.h"

static const char QUERY[] =
    "query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name }\n"
    "  types { ...FullType } } }\n"
    "fragment FullType on __Type { kind name fields(includeDeprecated: true) { name args { ...InputValue }\n"
    "  type { ...TypeRef } isDeprecated deprecationReason } inputFields { ...InputValue } interfaces { ...TypeRef }\n"
    "  enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } possibleTypes { ...TypeRef } }\n"
    "fragment InputValue on __InputValue { name type { ...TypeRef } defaultValue }\n"
    "fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name\n"
    "  ofType { kind name ofType { kind name } } } } } }\n";

static ds__resolve_rc take_default(const ds__gql_resolve_info *info, json_t **result, ds__gql_field_error *err) {
    (void)info;
    (void)result;
    (void)err;
    return DS__RESOLVE_DEFAULT;
}

static int by_name(const void *a, const void *b) {
    const char *x = json_string_value(json_object_get(*(json_t *const *)a, "name"));
    const char *y = json_string_value(json_object_get(*(json_t *const *)b, "name"));
    return strcmp(x ? x : "", y ? y : "");
}

/* Sorts every array of named things by name, recursively. */
static void normalize(json_t *v) {
    if (json_is_object(v)) {
        const char *k;
        json_t *x;
        json_object_foreach(v, k, x) normalize(x);
    } else if (json_is_array(v)) {
        size_t n = json_array_size(v);
        json_t **items = calloc(n ? n : 1, sizeof *items);
        bool named = n > 0;
        for (size_t i = 0; i < n; i++) {
            items[i] = json_incref(json_array_get(v, i));
            normalize(items[i]);
            named &= json_is_string(json_object_get(items[i], "name"));
        }
        if (named) {
            qsort(items, n, sizeof *items, by_name);
            json_array_clear(v);
            for (size_t i = 0; i < n; i++)
                json_array_append(v, items[i]);
        }
        for (size_t i = 0; i < n; i++)
            json_decref(items[i]);
        free(items);
    }
}

/* The introspected types, keyed by name; only types either side declares
 * (AppSync's SDL leaves its scalars and directives undeclared, so those
 * are compared only where both have them). */
static json_t *introspect(const char *sdl) {
    ds__diags d;
    ds__diags_init(&d, "sdl");
    ds__gql_typesys *ts = NULL;
    ds_status rc = ds__gql_typesys_parse(sdl, strlen(sdl), &ts, &d);
    ds__diags_free(&d);
    if (rc != DS_OK)
        return NULL;
    ds__gql_request req = {QUERY, strlen(QUERY), NULL, NULL, NULL};
    json_t *out = ds__gql_execute(ts, &req, take_default);
    ds__gql_typesys_free(ts);
    json_t *schema = json_incref(json_object_get(json_object_get(out, "data"), "__schema"));
    json_decref(out);
    normalize(schema);
    return schema;
}

static bool first_difference(json_t *a, json_t *b, char *path, size_t cap) {
    if (json_equal(a, b))
        return false;
    size_t len = strlen(path);
    if (json_is_object(a) && json_is_object(b)) {
        const char *k;
        json_t *v;
        json_object_foreach(a, k, v) {
            snprintf(path + len, cap - len, ".%s", k);
            if (first_difference(v, json_object_get(b, k), path, cap))
                return true;
        }
    } else if (json_is_array(a) && json_is_array(b)) {
        for (size_t i = 0; i < json_array_size(a) || i < json_array_size(b); i++) {
            const char *n = json_string_value(json_object_get(json_array_get(a, i), "name"));
            snprintf(path + len, cap - len, "[%s]", n ? n : "?");
            if (first_difference(json_array_get(a, i), json_array_get(b, i), path, cap))
                return true;
        }
    }
    path[len] = '\0';
    return true;
}

static int check_dir(const char *root, int *count) {
    DIR *dir = opendir(root);
    if (!dir)
        return 1;
    int failures = 0;
    struct dirent *e;
    while ((e = readdir(dir))) {
        if (e->d_name[0] == '.')
            continue;
        char schema_path[1024], sdl_path[1024];
        snprintf(schema_path, sizeof schema_path, "%s/%s/schema.graphql", root, e->d_name);
        snprintf(sdl_path, sizeof sdl_path, "%s/%s/appsync.graphql", root, e->d_name);
        struct stat st;
        if (stat(sdl_path, &st) != 0)
            continue;
        ds_schema *s = NULL;
        if (ds_schema_load(&s, schema_path, NULL) != DS_OK)
            continue; /* refused on purpose (interfaces, unions): nothing to serve */
        char *ours = ds__server_api_sdl(s, NULL);
        char *theirs = tu_read_file(sdl_path, NULL);
        json_t *a = ours ? introspect(ours) : NULL, *b = theirs ? introspect(theirs) : NULL;
        char path[2048] = "";
        if (!a && !b) {
            /* The transformer's own SDL does not build either (duplicate
             * arguments, a type it forgot, a schema {} block it drops):
             * the same API, equally unusable; the server refuses to serve it. */
            fprintf(stderr, "note %s: neither API builds as a type system\n", e->d_name);
            (*count)++;
        } else if (!a || !b) {
            fprintf(stderr, "FAIL %s: introspection did not run (%s)\n", e->d_name, !a ? "ours" : "theirs");
            failures++;
        } else {
            /* Drop the types only one side declares (AppSync's built-ins). */
            json_t *ta = json_object_get(a, "types"), *tb = json_object_get(b, "types");
            for (size_t i = json_array_size(ta); i-- > 0;) {
                const char *n = json_string_value(json_object_get(json_array_get(ta, i), "name"));
                bool both = false;
                for (size_t k = 0; k < json_array_size(tb); k++)
                    both |= !strcmp(n, json_string_value(json_object_get(json_array_get(tb, k), "name")));
                if (!both && !strncmp(n, "__", 2))
                    json_array_remove(ta, i);
            }
            if (first_difference(a, b, path, sizeof path)) {
                fprintf(stderr, "FAIL %s: introspection differs at %s\n", e->d_name, path);
                failures++;
            }
            (*count)++;
        }
        json_decref(a);
        json_decref(b);
        free(ours);
        free(theirs);
        ds_schema_free(s);
    }
    closedir(dir);
    return failures;
}

static void introspection_matches_appsync_for_every_fixture(void **state) {
    (void)state;
    int count = 0;
    int failures = check_dir(DS_SHARED_DIR "/fixtures/schemas", &count);
    failures += check_dir(DS_SOURCE_DIR "/tests/fixtures/schemas", &count);
    fprintf(stderr, "%d fixtures compared through introspection, %d differ\n", count, failures);
    assert_true(count >= 40);
    assert_int_equal(failures, 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {cmocka_unit_test(introspection_matches_appsync_for_every_fixture)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
