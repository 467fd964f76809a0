/*
 * `datastore codegen`: golden output for every valid shared fixture and for
 * our own schemas (byte for byte; scripts/regen-codegen-golden updates
 * them), determinism, the command line, the naming rule, and the run-time
 * support the generated code calls (datastore/codegen.h).
 *
 * That the generated code compiles and works is tested by the drivers
 * beside this file (tests/codegen/CMakeLists.txt).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "codegen/codegen.h"
#include "datastore/codegen.h"
#include "support/testutil.h"

#define GOLDEN DS_SOURCE_DIR "/tests/codegen/golden"
#define SHARED_SCHEMAS DS_SHARED_DIR "/fixtures/schemas"

/* Our own schemas with goldens, beside the shared fixtures. */
static const struct {
    const char *name, *path;
} own_schemas[] = {
    {"embedded", DS_SOURCE_DIR "/tests/fixtures/schemas/embedded/schema.graphql"},
    {"names", DS_SOURCE_DIR "/tests/codegen/schemas/names/schema.graphql"},
};

/* ---- helpers ------------------------------------------------------------------ */

static char *temp_dir(void) {
    char tmpl[] = "/tmp/ds_codegen_XXXXXX";
    assert_non_null(mkdtemp(tmpl));
    return strdup(tmpl);
}

static void remove_tree(const char *dir) {
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%.500s/%.255s", dir, e->d_name);
        struct stat st;
        if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
            remove_tree(path);
        else
            remove(path);
    }
    closedir(d);
    rmdir(dir);
}

/* Runs `datastore codegen` with up to 8 arguments; returns the exit status. */
static int codegen(char **out, char **err, const char *a1, const char *a2, const char *a3, const char *a4,
                   const char *a5, const char *a6, const char *a7, const char *a8) {
    char *argv[] = {(char *)DS_CLI_PATH, "codegen", (char *)a1, (char *)a2, (char *)a3, (char *)a4,
                    (char *)a5,          (char *)a6, (char *)a7, (char *)a8, NULL};
    char *o = NULL, *e = NULL;
    int rc = tu_run(argv, &o, &e);
    if (out)
        *out = o;
    else
        free(o);
    if (err)
        *err = e;
    else
        free(e);
    return rc;
}

static char *read_in(const char *dir, const char *name) {
    size_t n = strlen(dir) + strlen(name) + 2;
    char *path = malloc(n);
    snprintf(path, n, "%s/%s", dir, name);
    char *text = tu_read_file(path, NULL);
    free(path);
    return text;
}

/* Fails naming the first line where got and want differ. */
static void same_text(const char *what, const char *got, const char *want) {
    if (!got || !want)
        fail_msg("%s: %s missing", what, got ? "golden file" : "output");
    if (strcmp(got, want) == 0)
        return;
    int line = 1;
    const char *g = got, *w = want;
    while (*g && *g == *w) {
        if (*g == '\n')
            line++;
        g++;
        w++;
    }
    fail_msg("%s differs from its golden file at line %d (run scripts/regen-codegen-golden if the change is "
             "intended):\n  got:  %.80s\n  want: %.80s",
             what, line, g, w);
}

static void check_golden(const char *name, const char *schema) {
    char *dir = temp_dir(), *err = NULL;
    int rc = codegen(NULL, &err, "--schema", schema, "--out", dir, NULL, NULL, NULL, NULL);
    if (rc != 0)
        fail_msg("codegen %s: exit %d: %s", name, rc, err);
    free(err);
    for (int i = 0; i < 2; i++) {
        const char *file = i ? "models.c" : "models.h";
        char gdir[1024], what[256];
        snprintf(gdir, sizeof gdir, "%s/%.200s", GOLDEN, name);
        snprintf(what, sizeof what, "%s/%s", name, file);
        char *got = read_in(dir, file), *want = read_in(gdir, file);
        same_text(what, got, want);
        free(got);
        free(want);
    }
    remove_tree(dir);
    free(dir);
}

/* ---- golden files ------------------------------------------------------------------ */

static void every_valid_shared_fixture_matches_its_golden(void **state) {
    (void)state;
    DIR *d = opendir(SHARED_SCHEMAS);
    assert_non_null(d);
    struct dirent *e;
    int checked = 0;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char path[1024], invalid[1024];
        snprintf(path, sizeof path, "%s/%.255s/schema.graphql", SHARED_SCHEMAS, e->d_name);
        snprintf(invalid, sizeof invalid, "%s/%.255s/expected-error.txt", SHARED_SCHEMAS, e->d_name);
        if (access(path, R_OK) != 0 || access(invalid, F_OK) == 0)
            continue;
        check_golden(e->d_name, path);
        checked++;
    }
    closedir(d);
    assert_true(checked >= 5); /* blog, custom-keys, relations, scalars, seed */
}

static void own_schemas_match_their_goldens(void **state) {
    (void)state;
    for (size_t i = 0; i < sizeof own_schemas / sizeof *own_schemas; i++)
        check_golden(own_schemas[i].name, own_schemas[i].path);
}

/* Same text from another directory and another run: nothing depends on the
 * path, the time or the machine. */
static void output_is_deterministic(void **state) {
    (void)state;
    char *a = temp_dir(), *b = temp_dir(), *copy = temp_dir();
    char *text = tu_read_file(SHARED_SCHEMAS "/relations/schema.graphql", NULL);
    assert_non_null(text);
    char moved[256];
    snprintf(moved, sizeof moved, "%.200s/schema.graphql", copy);
    FILE *f = fopen(moved, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    assert_int_equal(codegen(NULL, NULL, "--schema", SHARED_SCHEMAS "/relations/schema.graphql", "--out", a, NULL,
                             NULL, NULL, NULL),
                     0);
    assert_int_equal(codegen(NULL, NULL, "--schema", moved, "--out", b, NULL, NULL, NULL, NULL), 0);
    for (int i = 0; i < 2; i++) {
        const char *file = i ? "models.c" : "models.h";
        char *x = read_in(a, file), *y = read_in(b, file);
        same_text(file, x, y);
        assert_null(strstr(x, "/tmp/"));
        assert_null(strstr(x, DS_SHARED_DIR));
        free(x);
        free(y);
    }
    char *h = read_in(a, "models.h"), *c = read_in(a, "models.c");
    const char *banner_h = "/*\n * models.h -- generated from schema.graphql by `datastore codegen`; do not edit.\n";
    const char *banner_c = "/*\n * models.c -- generated from schema.graphql by `datastore codegen`; do not edit.\n";
    assert_memory_equal(h, banner_h, strlen(banner_h));
    assert_memory_equal(c, banner_c, strlen(banner_c));
    free(h);
    free(c);
    free(text);
    remove_tree(a);
    remove_tree(b);
    remove_tree(copy);
    free(a);
    free(b);
    free(copy);
}

/* ---- the command line ---------------------------------------------------------------- */

static void cli_prefix_and_file_names(void **state) {
    (void)state;
    char *dir = temp_dir(), sub[256];
    snprintf(sub, sizeof sub, "%.200s/deep/er", dir); /* created when missing */
    char *err = NULL;
    int rc = codegen(NULL, &err, "--schema", SHARED_SCHEMAS "/seed/schema.graphql", "--out", sub, "--prefix=blog_app",
                     NULL, NULL, NULL);
    if (rc != 0)
        fail_msg("exit %d: %s", rc, err);
    free(err);
    char *h = read_in(sub, "blog_app.h"), *c = read_in(sub, "blog_app.c");
    assert_non_null(h);
    assert_non_null(c);
    assert_non_null(strstr(h, "#ifndef BLOG_APP_H"));
    assert_non_null(strstr(h, "const ds_schema *blog_app_schema(void);"));
    assert_non_null(strstr(h, "void blog_app_unobserve(blog_app_subscription *sub);"));
    assert_non_null(strstr(c, "#include \"blog_app.h\""));
    free(h);
    free(c);
    rc = codegen(NULL, NULL, "--schema", SHARED_SCHEMAS "/seed/schema.graphql", "--out", dir, "--header", "m.h",
                 "--source", "m.c");
    assert_int_equal(rc, 0);
    c = read_in(dir, "m.c");
    assert_non_null(c);
    assert_non_null(strstr(c, "#include \"m.h\""));
    assert_non_null(strstr(c, "models_schema(void)"));
    free(c);
    remove_tree(dir);
    free(dir);
}

static void cli_errors_and_exit_codes(void **state) {
    (void)state;
    char *out, *err, *dir = temp_dir();
    const char *seed = SHARED_SCHEMAS "/seed/schema.graphql";
    assert_int_equal(codegen(&out, &err, "--help", NULL, NULL, NULL, NULL, NULL, NULL, NULL), 0);
    assert_non_null(strstr(out, "--prefix NAME"));
    free(out);
    free(err);
    assert_int_equal(codegen(NULL, &err, "--schema", seed, NULL, NULL, NULL, NULL, NULL, NULL), 2);
    assert_non_null(strstr(err, "--out are required"));
    free(err);
    assert_int_equal(codegen(NULL, &err, "--schema", seed, "--out", dir, "--frobnicate", NULL, NULL, NULL), 2);
    assert_non_null(strstr(err, "unexpected argument '--frobnicate'"));
    free(err);
    const char *bad_prefixes[] = {"int", "9lives", "has-dash", "_under", "ds_thing", ""};
    for (size_t i = 0; i < sizeof bad_prefixes / sizeof *bad_prefixes; i++) {
        assert_int_equal(codegen(NULL, &err, "--schema", seed, "--out", dir, "--prefix", bad_prefixes[i], NULL, NULL),
                         2);
        assert_non_null(strstr(err, "not a usable C identifier"));
        free(err);
    }
    assert_int_equal(codegen(NULL, &err, "--schema", seed, "--out", dir, "--header", "a/b.h", NULL, NULL), 2);
    free(err);
    assert_int_equal(codegen(NULL, &err, "--schema", seed, "--out", dir, "--header", "x.c", "--source", "x.c"), 2);
    free(err);
    /* an invalid schema: the schema layer's errors, nothing written */
    char *bad = tu_write_temp("type Post @model {\n  id: ID!\n  author: Author\n}\n", ".graphql");
    assert_int_equal(codegen(&out, &err, "--schema", bad, "--out", dir, NULL, NULL, NULL, NULL), 1);
    assert_non_null(strstr(err, ":3:11: unknown type \"Author\""));
    assert_string_equal(out, "");
    char *none = read_in(dir, "models.h");
    assert_null(none);
    free(out);
    free(err);
    remove(bad);
    free(bad);
    assert_int_equal(codegen(NULL, &err, "--schema", "/nonexistent.graphql", "--out", dir, NULL, NULL, NULL, NULL), 1);
    assert_non_null(strstr(err, "cannot open /nonexistent.graphql"));
    free(err);
    /* an embedded type holding itself by value cannot be a struct */
    char *rec =
        tu_write_temp("type Node {\n  next: Node\n}\ntype M @model {\n  id: ID!\n  node: Node\n}\n", ".graphql");
    assert_int_equal(codegen(NULL, &err, "--schema", rec, "--out", dir, NULL, NULL, NULL, NULL), 1);
    assert_non_null(strstr(err, "Node.next: embedded types that hold each other by value"));
    free(err);
    remove(rec);
    free(rec);
    /* an output directory that cannot be made */
    assert_int_equal(codegen(NULL, &err, "--schema", seed, "--out", "/proc/no/such/dir", NULL, NULL, NULL, NULL), 1);
    assert_non_null(strstr(err, "cannot create directory"));
    free(err);
    remove_tree(dir);
    free(dir);
}

/* ---- the generator, called directly ------------------------------------------------------ */

static char *generate(const char *text, const char *prefix, char **source, ds_status *status, ds_error *err) {
    ds_schema *s = NULL;
    char *header = NULL;
    *source = NULL;
    if (ds_schema_parse(&s, text, strlen(text), "t.graphql", err) != DS_OK)
        fail_msg("schema: %s", err->message);
    ds__codegen_options o = {"t.graphql", text, strlen(text), prefix, "t.h", "t.c"};
    *status = ds__codegen_generate(s, &o, &header, source, err);
    ds_schema_free(s);
    return header;
}

static void embedded_text_is_escaped_for_c(void **state) {
    (void)state;
    /* quotes, backslashes, CR LF, tabs, non-ASCII, trigraph look-alikes,
     * and a line longer than one literal takes */
    char text[6000];
    int n = snprintf(text, sizeof text,
                     "\"\"\"A \\\"quoted\\\" \\\\ description ?\?= caf\xc3\xa9\"\"\"\r\n"
                     "type Note @model {\r\n\tid: ID!\r\n  body: String # ?\?/ ?\?' %%s\r\n}\r\n# ");
    memset(text + n, 'x', 4500);
    text[n + 4500] = '\0';
    char *source;
    ds_status rc;
    ds_error err = DS_ERROR_INIT;
    char *header = generate(text, "notes", &source, &rc, &err);
    assert_int_equal(rc, DS_OK);
    assert_non_null(
        strstr(source, "\"\\\"\\\"\\\"A \\\\\\\"quoted\\\\\\\" \\\\\\\\ description \\?\\?= caf\\303\\251"));
    assert_non_null(strstr(source, "\"type Note @model {\\r\\n\","));
    assert_non_null(strstr(source, "\"\\tid: ID!\\r\\n\","));
    assert_null(strstr(source, "??"));
    /* no literal over C11's 4095-byte minimum */
    for (const char *line = source; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
        const char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line) : strlen(line);
        assert_true(len < 1100);
    }
    ds_free(header);
    ds_free(source);
}

static void schema_without_models_has_no_store_functions(void **state) {
    (void)state;
    char *source;
    ds_status rc;
    ds_error err = DS_ERROR_INIT;
    char *header =
        generate("enum Size { S M L }\ntype Box { size: Size sizes: [Size] }\n", "boxes", &source, &rc, &err);
    assert_int_equal(rc, DS_OK);
    assert_null(strstr(header, "_subscription"));
    assert_null(strstr(header, "(ds_store *store"));
    assert_non_null(strstr(header, "struct SizeOpt {"));
    assert_non_null(strstr(header, "ds_status box_from_record(Box *out, const ds_record *record, ds_error *err);"));
    ds_free(header);
    ds_free(source);
}

static void generator_refuses_bad_options(void **state) {
    (void)state;
    ds_schema *s = NULL;
    const char *text = "type A @model { id: ID! }";
    assert_int_equal(ds_schema_parse(&s, text, strlen(text), "a", NULL), DS_OK);
    char *h, *c;
    ds_error err = DS_ERROR_INIT;
    ds__codegen_options o = {"a", text, strlen(text), "struct", "a.h", "a.c"};
    assert_int_equal(ds__codegen_generate(s, &o, &h, &c, &err), DS_ERR_INVALID);
    assert_non_null(strstr(err.message, "prefix \"struct\""));
    assert_null(h);
    o.prefix = "a";
    o.header_name = "a\".h";
    assert_int_equal(ds__codegen_generate(s, &o, &h, &c, &err), DS_ERR_INVALID);
    assert_non_null(strstr(err.message, "cannot appear in generated C"));
    o.header_name = "a.h";
    o.schema_name = "evil*/.graphql";
    assert_int_equal(ds__codegen_generate(s, &o, &h, &c, &err), DS_ERR_INVALID);
    o.schema_name = "a";
    o.schema_len = strlen(text) + 1; /* takes in the NUL */
    assert_int_equal(ds__codegen_generate(s, &o, &h, &c, &err), DS_ERR_INVALID);
    assert_non_null(strstr(err.message, "NUL byte"));
    assert_int_equal(ds__codegen_generate(NULL, &o, &h, &c, &err), DS_ERR_INVALID);
    ds_schema_free(s);
}

/* ---- names ------------------------------------------------------------------------------- */

static void snake_and_upper_case(void **state) {
    (void)state;
    ds__arena *a = ds__arena_new(0);
    static const char *const cases[][3] = {
        {"blogID", "blog_id", "BLOG_ID"},
        {"anIPAddress", "an_ip_address", "AN_IP_ADDRESS"},
        {"aJSON", "a_json", "A_JSON"},
        {"createdAt", "created_at", "CREATED_AT"},
        {"PostStatus", "post_status", "POST_STATUS"},
        {"ACTIVE", "active", "ACTIVE"},
        {"IN_PROGRESS", "in_progress", "IN_PROGRESS"},
        {"address2Line", "address2_line", "ADDRESS2_LINE"},
        {"v2beta", "v2beta", "V2BETA"},
        {"_private", "private", "PRIVATE"},
        {"a__b", "a_b", "A_B"},
        {"trailing_", "trailing_", "TRAILING_"},
        {"_", "x", "X"},
        {"StoreBranch", "store_branch", "STORE_BRANCH"},
        {"HTTPServer", "http_server", "HTTP_SERVER"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        assert_string_equal(ds__cg_snake(a, cases[i][0]), cases[i][1]);
        assert_string_equal(ds__cg_upper(a, cases[i][0]), cases[i][2]);
    }
    assert_string_equal(ds__cg_type_name(a, "__Foo__Bar_"), "Foo_Bar_");
    assert_string_equal(ds__cg_type_name(a, "Post"), "Post");
    ds__arena_free(a);
}

static void reserved_names_and_clashes(void **state) {
    (void)state;
    const char *reserved[] = {"int", "default", "struct", "register", "class", "delete", "new", "this", "bool",
                              "true", "nullptr", "constexpr", "typeof", "errno", "NULL", "int32_t", "stdin",
                              "unix", "linux", "ds_save", "DS_OK", "pthread_once", "_Bool", "_Anything",
                              "__x", "main", "free"};
    for (size_t i = 0; i < sizeof reserved / sizeof *reserved; i++)
        if (!ds__cg_is_reserved(reserved[i]))
            fail_msg("%s should be reserved", reserved[i]);
    const char *fine[] = {"post", "Post", "value_", "integer", "classes", "_lower", "dsx"};
    for (size_t i = 0; i < sizeof fine / sizeof *fine; i++)
        if (ds__cg_is_reserved(fine[i]))
            fail_msg("%s should not be reserved", fine[i]);

    ds__arena *a = ds__arena_new(0);
    ds__cg_names *n = ds__cg_names_new(a), *other = ds__cg_names_new(a);
    assert_string_equal(ds__cg_claim(n, "post"), "post");
    assert_string_equal(ds__cg_claim(n, "post"), "post_2");
    assert_string_equal(ds__cg_claim(n, "post"), "post_3");
    assert_string_equal(ds__cg_claim(n, "class"), "class_");
    assert_string_equal(ds__cg_claim(n, "class"), "class_2");
    assert_string_equal(ds__cg_claim(n, "class_"), "class_3");
    assert_true(ds__cg_take(other, "id"));
    assert_string_equal(ds__cg_claim_avoiding(n, other, "id"), "id_2");
    /* many names: the table grows and still finds them all */
    char name[32];
    for (int i = 0; i < 5000; i++) {
        snprintf(name, sizeof name, "n%d", i);
        assert_string_equal(ds__cg_claim(n, name), name);
    }
    assert_string_equal(ds__cg_claim(n, "n4999"), "n4999_2");
    ds__arena_free(a);
    assert_true(ds__codegen_is_identifier("models"));
    assert_false(ds__codegen_is_identifier("models.h"));
    assert_false(ds__codegen_is_identifier(NULL));
}

/* ---- run-time support --------------------------------------------------------------------- */

static void json_array_parse_gives_items(void **state) {
    (void)state;
    const char *text = " [1, -2.5, \"x\\u00e9\\n\", null, true, false, {\"a\": [1, 2]}, [3], 9007199254740993] ";
    ds_value *v;
    size_t n;
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_json_array_parse(&v, &n, text, strlen(text), &err), DS_OK);
    assert_int_equal(n, 9);
    assert_int_equal(v[0].type, DS_VALUE_INT);
    assert_int_equal(v[0].u.i, 1);
    assert_int_equal(v[1].type, DS_VALUE_FLOAT);
    assert_true(v[1].u.f == -2.5);
    assert_int_equal(v[2].type, DS_VALUE_STRING);
    assert_string_equal(v[2].u.s.ptr, "x\xc3\xa9\n");
    assert_int_equal(v[2].u.s.len, 4);
    assert_int_equal(v[3].type, DS_VALUE_NULL);
    assert_true(v[4].type == DS_VALUE_BOOL && v[4].u.b);
    assert_true(v[5].type == DS_VALUE_BOOL && !v[5].u.b);
    assert_int_equal(v[6].type, DS_VALUE_JSON);
    assert_string_equal(v[6].u.s.ptr, "{\"a\":[1,2]}");
    assert_string_equal(v[7].u.s.ptr, "[3]");
    assert_int_equal(v[8].u.i, 9007199254740993);
    ds_free(v);
    assert_int_equal(ds_json_array_parse(&v, &n, "[]", 2, &err), DS_OK);
    assert_null(v);
    assert_int_equal(n, 0);
    /* need not be NUL-terminated */
    assert_int_equal(ds_json_array_parse(&v, &n, "[7]garbage", 3, &err), DS_OK);
    assert_int_equal(v[0].u.i, 7);
    ds_free(v);
}

static void json_array_parse_refuses_bad_text(void **state) {
    (void)state;
    ds_value *v;
    size_t n;
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_json_array_parse(&v, &n, "{}", 2, &err), DS_ERR_INVALID);
    assert_non_null(strstr(err.message, "not an array"));
    assert_int_equal(ds_json_array_parse(&v, &n, "[1,", 3, &err), DS_ERR_INVALID);
    assert_non_null(strstr(err.message, "malformed JSON"));
    assert_int_equal(ds_json_array_parse(&v, &n, "[\"\\u0000\"]", 10, &err), DS_ERR_INVALID);
    assert_int_equal(ds_json_array_parse(&v, &n, "[{\"a\":1,\"a\":2}]", 15, &err), DS_ERR_INVALID);
    assert_int_equal(ds_json_array_parse(&v, &n, NULL, 0, &err), DS_ERR_INVALID);
    assert_int_equal(ds_json_array_parse(NULL, &n, "[]", 2, &err), DS_ERR_INVALID);
    char deep[200];
    memset(deep, '[', 100);
    memset(deep + 100, ']', 100);
    assert_int_equal(ds_json_array_parse(&v, &n, deep, sizeof deep, &err), DS_ERR_LIMIT);
    assert_null(v);
    assert_int_equal(n, 0);
    assert_int_equal(ds_json_array_parse(&v, &n, "[]", DS_JSON_ARRAY_MAX_BYTES + 1, &err), DS_ERR_LIMIT);
}

static void json_array_write_round_trips(void **state) {
    (void)state;
    ds_value in[] = {ds_int(-3), ds_float(0.1), ds_str("q\"\\\xe2\x82\xac"), ds_null(), ds_bool(true),
                     {.type = DS_VALUE_JSON, .u.s = {"{\"k\": [1, {}]}", 14}}, ds_float(1e300)};
    char *text;
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_json_array_write(&text, in, sizeof in / sizeof *in, &err), DS_OK);
    ds_value *out;
    size_t n;
    assert_int_equal(ds_json_array_parse(&out, &n, text, strlen(text), &err), DS_OK);
    assert_int_equal(n, 7);
    assert_int_equal(out[0].u.i, -3);
    assert_true(out[1].u.f == 0.1); /* exactly, not approximately */
    assert_string_equal(out[2].u.s.ptr, "q\"\\\xe2\x82\xac");
    assert_int_equal(out[3].type, DS_VALUE_NULL);
    assert_true(out[4].u.b);
    assert_string_equal(out[5].u.s.ptr, "{\"k\":[1,{}]}");
    assert_true(out[6].u.f == 1e300);
    ds_free(out);
    ds_free(text);
    assert_int_equal(ds_json_array_write(&text, NULL, 0, &err), DS_OK);
    assert_string_equal(text, "[]");
    ds_free(text);
}

static void json_array_write_refuses_bad_items(void **state) {
    (void)state;
    char *text;
    ds_error err = DS_ERROR_INIT;
    ds_value nan_v = ds_float(NAN), inf_v = ds_float(INFINITY), null_str = {.type = DS_VALUE_STRING};
    ds_value bad_utf8 = ds_str("\xff"), bad_json = {.type = DS_VALUE_JSON, .u.s = {"{", 1}};
    ds_value items[] = {ds_int(1), nan_v};
    assert_int_equal(ds_json_array_write(&text, items, 2, &err), DS_ERR_INVALID);
    assert_non_null(strstr(err.message, "item 1 is a non-finite float"));
    assert_null(text);
    assert_int_equal(ds_json_array_write(&text, &inf_v, 1, &err), DS_ERR_INVALID);
    assert_int_equal(ds_json_array_write(&text, &null_str, 1, &err), DS_ERR_INVALID);
    assert_int_equal(ds_json_array_write(&text, &bad_utf8, 1, &err), DS_ERR_INVALID);
    assert_non_null(strstr(err.message, "not UTF-8"));
    assert_int_equal(ds_json_array_write(&text, &bad_json, 1, &err), DS_ERR_INVALID);
    assert_int_equal(ds_json_array_write(&text, NULL, 3, &err), DS_ERR_INVALID);
    assert_int_equal(ds_json_array_write(NULL, items, 1, &err), DS_ERR_INVALID);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_valid_shared_fixture_matches_its_golden),
        cmocka_unit_test(own_schemas_match_their_goldens),
        cmocka_unit_test(output_is_deterministic),
        cmocka_unit_test(cli_prefix_and_file_names),
        cmocka_unit_test(cli_errors_and_exit_codes),
        cmocka_unit_test(embedded_text_is_escaped_for_c),
        cmocka_unit_test(schema_without_models_has_no_store_functions),
        cmocka_unit_test(generator_refuses_bad_options),
        cmocka_unit_test(snake_and_upper_case),
        cmocka_unit_test(reserved_names_and_clashes),
        cmocka_unit_test(json_array_parse_gives_items),
        cmocka_unit_test(json_array_parse_refuses_bad_text),
        cmocka_unit_test(json_array_write_round_trips),
        cmocka_unit_test(json_array_write_refuses_bad_items),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
