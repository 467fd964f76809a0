/*
 * The datastore program, run as a user would: help, version, schema check
 * and introspect, and exit codes (0 ok, 1 failed, 2 usage).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "support/testutil.h"
#include "util/version.h"

static int run(char **out, char **err, const char *a1, const char *a2, const char *a3) {
    char *argv[] = {(char *)DS_CLI_PATH, (char *)a1, (char *)a2, (char *)a3, NULL};
    return tu_run(argv, out, err);
}

static void help_and_version(void **state) {
    (void)state;
    char *out, *err;
    assert_int_equal(run(&out, &err, "--help", NULL, NULL), 0);
    assert_non_null(strstr(out, "schema introspect"));
    free(out);
    free(err);
    assert_int_equal(run(&out, &err, "--version", NULL, NULL), 0);
    assert_non_null(strstr(out, DS__VERSION_STRING));
    free(out);
    free(err);
    assert_int_equal(run(&out, &err, "frobnicate", NULL, NULL), 2);
    assert_non_null(strstr(err, "unknown command 'frobnicate'"));
    free(out);
    free(err);
    assert_int_equal(run(&out, &err, NULL, NULL, NULL), 2);
    free(out);
    free(err);
}

static void introspect_prints_amplify_json(void **state) {
    (void)state;
    char *out, *err;
    const char *schema = DS_SOURCE_DIR "/examples/posts/schema.graphql";
    assert_int_equal(run(&out, &err, "schema", "introspect", schema), 0);
    json_error_t je;
    json_t *got = json_loads(out, 0, &je);
    json_t *want = json_load_file(DS_SHARED_DIR "/fixtures/schemas/seed/model-introspection.json", 0, &je);
    assert_non_null(got);
    assert_non_null(want);
    assert_true(json_equal(got, want)); /* the sample schema is the seed fixture */
    json_decref(got);
    json_decref(want);
    free(out);
    free(err);
}

static void check_exit_codes(void **state) {
    (void)state;
    char *out, *err;
    assert_int_equal(run(&out, &err, "schema", "check", DS_SOURCE_DIR "/examples/posts/schema.graphql"), 0);
    assert_non_null(strstr(out, "ok (1 models"));
    free(out);
    free(err);
    char *bad = tu_write_temp("type Post @model {\n  id: ID!\n  author: Author\n}\n", ".graphql");
    assert_non_null(bad);
    assert_int_equal(run(&out, &err, "schema", "check", bad), 1);
    assert_non_null(strstr(err, ":3:11: unknown type \"Author\""));
    assert_string_equal(out, "");
    free(out);
    free(err);
    remove(bad);
    free(bad);
    assert_int_equal(run(&out, &err, "schema", "check", "/nonexistent.graphql"), 1);
    assert_non_null(strstr(err, "cannot open"));
    free(out);
    free(err);
    assert_int_equal(run(&out, &err, "schema", "explode", "x"), 2);
    free(out);
    free(err);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(help_and_version),
        cmocka_unit_test(introspect_prints_amplify_json),
        cmocka_unit_test(check_exit_codes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
