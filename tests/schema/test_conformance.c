/*
 * Conformance with Amplify's own tools: for every fixture schema (the
 * shared corpus and ours under tests/fixtures/schemas), a schema with a
 * model-introspection.json must build and produce exactly that JSON (key
 * order aside); a schema with an expected-error.txt must be refused. A
 * datastore-refuses.txt marks a schema the tools accept but DataStore
 * refuses on purpose (interfaces, unions, reserved names): it says why, and
 * a line "message: TEXT" in it names the text our error must contain
 * (default "not supported by DataStore").
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "datastore/schema.h"
#include "support/testutil.h"

static bool exists(const char *path) {
    struct stat st;
    return stat(path, &st) == 0;
}

/* Prints the first place where two JSON values differ, as a path. */
static bool json_diff(json_t *a, json_t *b, char *path, size_t cap) {
    if (json_equal(a, b))
        return false;
    size_t len = strlen(path);
    if (json_is_object(a) && json_is_object(b)) {
        const char *k;
        json_t *v;
        json_object_foreach(a, k, v) {
            snprintf(path + len, cap - len, ".%s", k);
            json_t *w = json_object_get(b, k);
            if (!w) {
                fprintf(stderr, "  %s: only in ours\n", path);
                return true;
            }
            if (json_diff(v, w, path, cap))
                return true;
        }
        json_object_foreach(b, k, v) {
            if (!json_object_get(a, k)) {
                snprintf(path + len, cap - len, ".%s", k);
                fprintf(stderr, "  %s: missing in ours\n", path);
                return true;
            }
        }
    } else if (json_is_array(a) && json_is_array(b) && json_array_size(a) == json_array_size(b)) {
        for (size_t i = 0; i < json_array_size(a); i++) {
            snprintf(path + len, cap - len, "[%zu]", i);
            if (json_diff(json_array_get(a, i), json_array_get(b, i), path, cap))
                return true;
        }
    }
    path[len] = '\0';
    char *sa = json_dumps(a, JSON_COMPACT | JSON_ENCODE_ANY), *sb = json_dumps(b, JSON_COMPACT | JSON_ENCODE_ANY);
    fprintf(stderr, "  %s: ours %.300s\n  %*s  expected %.300s\n", path[0] ? path : "(root)", sa, (int)strlen(path), "", sb);
    free(sa);
    free(sb);
    return true;
}

/* The "message: " line of a datastore-refuses.txt, or the default. */
static void refusal_text(const char *path, char *out, size_t cap) {
    snprintf(out, cap, "not supported by DataStore");
    FILE *f = fopen(path, "r");
    char line[512];
    while (f && fgets(line, sizeof line, f)) {
        if (strncmp(line, "message: ", 9))
            continue;
        line[strcspn(line, "\r\n")] = '\0';
        snprintf(out, cap, "%s", line + 9);
        break;
    }
    if (f)
        fclose(f);
}

typedef struct tally {
    int valid, invalid, failures;
} tally;

static void check_dir(const char *root, tally *t) {
    DIR *dir = opendir(root);
    if (!dir) {
        fprintf(stderr, "cannot open %s\n", root);
        t->failures++;
        return;
    }
    struct dirent *e;
    char **names = NULL;
    size_t n = 0;
    while ((e = readdir(dir))) {
        if (e->d_name[0] == '.')
            continue;
        names = realloc(names, (n + 1) * sizeof *names);
        names[n++] = strdup(e->d_name);
    }
    closedir(dir);
    for (size_t i = 0; i < n; i++) {
        char schema_path[1024], json_path[1024], err_path[1024], refuse_path[1024];
        snprintf(schema_path, sizeof schema_path, "%s/%s/schema.graphql", root, names[i]);
        snprintf(json_path, sizeof json_path, "%s/%s/model-introspection.json", root, names[i]);
        snprintf(err_path, sizeof err_path, "%s/%s/expected-error.txt", root, names[i]);
        snprintf(refuse_path, sizeof refuse_path, "%s/%s/datastore-refuses.txt", root, names[i]);
        if (!exists(schema_path))
            continue;
        ds_schema *s = NULL;
        ds_error err = DS_ERROR_INIT;
        ds_status rc = ds_schema_load(&s, schema_path, &err);
        if (exists(refuse_path)) {
            t->invalid++;
            char want[512];
            refusal_text(refuse_path, want, sizeof want);
            if (rc == DS_OK || !strstr(err.message, want)) {
                fprintf(stderr, "FAIL %s: expected a refusal saying '%s', got: %s\n", names[i], want,
                        rc == DS_OK ? "success" : err.message);
                t->failures++;
            }
        } else if (exists(json_path)) {
            t->valid++;
            if (rc != DS_OK) {
                fprintf(stderr, "FAIL %s: refused a valid schema:\n%s\n", names[i], err.message);
                t->failures++;
                continue;
            }
            char *ours = ds_schema_introspection_json(s, false);
            json_error_t je;
            json_t *a = json_loads(ours, 0, &je), *b = json_load_file(json_path, 0, &je);
            char path[2048] = "";
            if (!a || !b || json_diff(a, b, path, sizeof path)) {
                fprintf(stderr, "FAIL %s: introspection differs (above)\n", names[i]);
                t->failures++;
            }
            json_decref(a);
            json_decref(b);
            ds_free(ours);
        } else if (exists(err_path)) {
            t->invalid++;
            if (rc == DS_OK) {
                fprintf(stderr, "FAIL %s: accepted a schema Amplify's transformer refuses\n", names[i]);
                t->failures++;
            } else if (!strstr(err.message, "schema.graphql:")) {
                fprintf(stderr, "FAIL %s: error does not name the file: %s\n", names[i], err.message);
                t->failures++;
            }
        }
        ds_schema_free(s);
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
}

static void shared_fixtures_conform(void **state) {
    (void)state;
    tally t = {0, 0, 0};
    check_dir(DS_SHARED_DIR "/fixtures/schemas", &t);
    fprintf(stderr, "shared fixtures: %d valid, %d invalid, %d failures\n", t.valid, t.invalid, t.failures);
    assert_true(t.valid >= 5);
    assert_true(t.invalid >= 2);
    assert_int_equal(t.failures, 0);
}

static void own_fixtures_conform(void **state) {
    (void)state;
    tally t = {0, 0, 0};
    check_dir(DS_SOURCE_DIR "/tests/fixtures/schemas", &t);
    fprintf(stderr, "own fixtures: %d valid, %d invalid, %d failures\n", t.valid, t.invalid, t.failures);
    assert_true(t.valid >= 5);
    assert_true(t.invalid >= 10);
    assert_int_equal(t.failures, 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(shared_fixtures_conform),
        cmocka_unit_test(own_fixtures_conform),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
