/*
 * The AppSync API SDL (src/server/api_sdl.c) against the real transformer.
 *
 * For every fixture directory with an appsync.graphql (the shared corpus in
 * DS_SHARED_DIR and ours in tests/fixtures), the SDL generated from
 * schema.graphql is parsed with our SDL parser, as is the transformer's,
 * and the two are compared structurally: the same type definitions, each
 * of the same kind, with the same fields, arguments (types and defaults),
 * input fields, enum values, interfaces, union members and directives
 * (arguments compared as JSON, order-insensitive). Descriptions and the
 * order of definitions, fields and directives are not compared. Every
 * difference is printed with its path; the test fails on any.
 *
 * The shared fixtures also carry the SDL with DataStore off
 * (appsync.no-datastore.graphql); it is checked the same way with the
 * generator's datastore option off.
 */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cmocka.h>

#include "datastore/schema.h"
#include "graphql/parser.h"
#include "schema/internal.h"
#include "server/api_sdl.h"
#include "support/testutil.h"
#include "util/buf.h"

/* ---- differences ------------------------------------------------------------- */

typedef struct diffs {
    const char *fixture;
    size_t count;
} diffs;

static void diff(diffs *d, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "  %s: ", d->fixture);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    d->count++;
}

/* ---- canonical strings ------------------------------------------------------- */

static void type_str(ds__buf *b, const ds__gql_type *t) {
    if (!t)
        return;
    if (t->kind == DS__GQL_TYPE_NAMED) {
        ds__buf_puts(b, t->name);
    } else if (t->kind == DS__GQL_TYPE_LIST) {
        ds__buf_putc(b, '[');
        type_str(b, t->of);
        ds__buf_putc(b, ']');
    } else {
        type_str(b, t->of);
        ds__buf_putc(b, '!');
    }
}

static char *type_text(const ds__gql_type *t) {
    ds__buf b;
    ds__buf_init(&b, 4096);
    type_str(&b, t);
    return ds__buf_take(&b, NULL);
}

static char *value_text(const ds__gql_value *v) {
    if (!v)
        return NULL;
    json_t *j = ds__value_to_json(v);
    char *s = json_dumps(j, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENCODE_ANY);
    json_decref(j);
    return s;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The directives as a sorted, newline-joined list of name(args-as-JSON). */
static char *dirs_text(const ds__gql_directive *list) {
    size_t n = 0;
    for (const ds__gql_directive *d = list; d; d = d->next)
        n++;
    char **items = calloc(n + 1, sizeof *items);
    size_t i = 0;
    for (const ds__gql_directive *d = list; d; d = d->next) {
        json_t *o = json_object();
        for (const ds__gql_argument *a = d->args; a; a = a->next)
            json_object_set_new(o, a->name, ds__value_to_json(a->value));
        char *args = json_dumps(o, JSON_COMPACT | JSON_SORT_KEYS);
        json_decref(o);
        size_t len = strlen(d->name) + strlen(args) + 2;
        items[i] = malloc(len);
        snprintf(items[i], len, "@%s%s", d->name, args);
        free(args);
        i++;
    }
    qsort(items, n, sizeof *items, cmp_str);
    ds__buf b;
    ds__buf_init(&b, 1 << 20);
    for (i = 0; i < n; i++) {
        if (i)
            ds__buf_puts(&b, " ");
        ds__buf_puts(&b, items[i]);
        free(items[i]);
    }
    free(items);
    return ds__buf_take(&b, NULL);
}

static bool same(const char *a, const char *b) { return (!a && !b) || (a && b && !strcmp(a, b)); }

static void compare_text(diffs *d, const char *path, const char *what, char *exp, char *got) {
    if (!same(exp, got))
        diff(d, "%s: %s: expected %s, got %s", path, what, exp && *exp ? exp : "(none)", got && *got ? got : "(none)");
    free(exp);
    free(got);
}

/* ---- definitions ---------------------------------------------------------------- */

static const char *kind_name(ds__gql_def_kind k) {
    switch (k) {
    case DS__GQL_DEF_OBJECT:
        return "type";
    case DS__GQL_DEF_INTERFACE:
        return "interface";
    case DS__GQL_DEF_INPUT_OBJECT:
        return "input";
    case DS__GQL_DEF_ENUM:
        return "enum";
    case DS__GQL_DEF_UNION:
        return "union";
    case DS__GQL_DEF_SCALAR:
        return "scalar";
    default:
        return "other";
    }
}

static const ds__gql_def *find_def(const ds__gql_doc *doc, const char *name) {
    for (const ds__gql_def *d = doc->defs; d; d = d->next)
        if (d->name && !d->extend && d->kind != DS__GQL_DEF_DIRECTIVE && !strcmp(d->name, name))
            return d;
    return NULL;
}

/* The nth (0-based) entry of that name: a name given twice (the transformer
 * can repeat a key field) is matched occurrence by occurrence. */
static const ds__gql_input_value *find_input(const ds__gql_input_value *list, const char *name, size_t nth) {
    for (; list; list = list->next)
        if (!strcmp(list->name, name) && nth-- == 0)
            return list;
    return NULL;
}

static const ds__gql_field *find_field(const ds__gql_field *list, const char *name, size_t nth) {
    for (; list; list = list->next)
        if (!strcmp(list->name, name) && nth-- == 0)
            return list;
    return NULL;
}

/* How many entries before this one have the same name. */
static size_t input_occurrence(const ds__gql_input_value *list, const ds__gql_input_value *item) {
    size_t n = 0;
    for (; list != item; list = list->next)
        n += !strcmp(list->name, item->name);
    return n;
}

static size_t field_occurrence(const ds__gql_field *list, const ds__gql_field *item) {
    size_t n = 0;
    for (; list != item; list = list->next)
        n += !strcmp(list->name, item->name);
    return n;
}

static bool has_name(const ds__gql_name *list, const char *name) {
    for (; list; list = list->next)
        if (!strcmp(list->value, name))
            return true;
    return false;
}

static void compare_input_values(diffs *d, const char *path, const char *what, const ds__gql_input_value *exp,
                                 const ds__gql_input_value *got) {
    char p[1024];
    for (const ds__gql_input_value *e = exp; e; e = e->next) {
        const ds__gql_input_value *g = find_input(got, e->name, input_occurrence(exp, e));
        snprintf(p, sizeof p, "%s%s%s", path, what, e->name);
        if (!g) {
            char *t = type_text(e->type);
            diff(d, "%s: missing (expected %s)", p, t);
            free(t);
            continue;
        }
        compare_text(d, p, "type", type_text(e->type), type_text(g->type));
        compare_text(d, p, "default value", value_text(e->default_value), value_text(g->default_value));
        compare_text(d, p, "directives", dirs_text(e->directives), dirs_text(g->directives));
    }
    for (const ds__gql_input_value *g = got; g; g = g->next)
        if (!find_input(exp, g->name, input_occurrence(got, g))) {
            char *t = type_text(g->type);
            diff(d, "%s%s%s: not expected (got %s)", path, what, g->name, t);
            free(t);
        }
}

static void compare_defs(diffs *d, const ds__gql_def *e, const ds__gql_def *g) {
    const char *name = e->name;
    char p[1024];
    if (e->kind != g->kind) {
        diff(d, "%s: expected %s, got %s", name, kind_name(e->kind), kind_name(g->kind));
        return;
    }
    compare_text(d, name, "directives", dirs_text(e->directives), dirs_text(g->directives));
    for (const ds__gql_name *n = e->interfaces; n; n = n->next)
        if (!has_name(g->interfaces, n->value))
            diff(d, "%s: does not implement %s", name, n->value);
    for (const ds__gql_name *n = g->interfaces; n; n = n->next)
        if (!has_name(e->interfaces, n->value))
            diff(d, "%s: implements %s, not expected", name, n->value);
    for (const ds__gql_name *n = e->members; n; n = n->next)
        if (!has_name(g->members, n->value))
            diff(d, "%s: union member %s missing", name, n->value);
    for (const ds__gql_name *n = g->members; n; n = n->next)
        if (!has_name(e->members, n->value))
            diff(d, "%s: union member %s not expected", name, n->value);
    for (const ds__gql_enum_value *v = e->values; v; v = v->next) {
        const ds__gql_enum_value *w = g->values;
        while (w && strcmp(w->name, v->name))
            w = w->next;
        snprintf(p, sizeof p, "%s.%s", name, v->name);
        if (!w)
            diff(d, "%s: enum value missing", p);
        else
            compare_text(d, p, "directives", dirs_text(v->directives), dirs_text(w->directives));
    }
    for (const ds__gql_enum_value *w = g->values; w; w = w->next) {
        const ds__gql_enum_value *v = e->values;
        while (v && strcmp(w->name, v->name))
            v = v->next;
        if (!v)
            diff(d, "%s.%s: enum value not expected", name, w->name);
    }
    snprintf(p, sizeof p, "%s", name);
    compare_input_values(d, p, ".", e->input_fields, g->input_fields);
    for (const ds__gql_field *f = e->fields; f; f = f->next) {
        const ds__gql_field *h = find_field(g->fields, f->name, field_occurrence(e->fields, f));
        snprintf(p, sizeof p, "%s.%s", name, f->name);
        if (!h) {
            char *t = type_text(f->type);
            diff(d, "%s: missing (expected %s)", p, t);
            free(t);
            continue;
        }
        compare_text(d, p, "type", type_text(f->type), type_text(h->type));
        compare_text(d, p, "directives", dirs_text(f->directives), dirs_text(h->directives));
        compare_input_values(d, p, "(", f->args, h->args);
    }
    for (const ds__gql_field *h = g->fields; h; h = h->next)
        if (!find_field(e->fields, h->name, field_occurrence(g->fields, h))) {
            char *t = type_text(h->type);
            diff(d, "%s.%s: not expected (got %s)", name, h->name, t);
            free(t);
        }
}

static ds__gql_doc *parse(const char *what, const char *text, size_t len) {
    ds__diags dg;
    ds__diags_init(&dg, what);
    ds__gql_doc *doc = NULL;
    if (ds__gql_parse_sdl_flags(text, len, DS__GQL_SDL_RESERVED_ENUM_VALUES, &doc, &dg) != DS_OK) {
        ds_error err = DS_ERROR_INIT;
        ds__diags_to_error(&dg, &err);
        fprintf(stderr, "  %s does not parse: %s\n", what, err.message);
        ds_error_clear(&err);
    }
    ds__diags_free(&dg);
    return doc;
}

/* Structural comparison of two SDL texts; returns the number of differences. */
static size_t compare_sdl(const char *fixture, const char *expected, const char *got) {
    diffs d = {fixture, 0};
    ds__gql_doc *e = parse("expected SDL", expected, strlen(expected));
    ds__gql_doc *g = parse("generated SDL", got, strlen(got));
    if (!e || !g) {
        ds__gql_doc_free(e);
        ds__gql_doc_free(g);
        return 1;
    }
    for (const ds__gql_def *x = e->defs; x; x = x->next) {
        if (!x->name || x->extend || x->kind == DS__GQL_DEF_DIRECTIVE || x->kind == DS__GQL_DEF_SCHEMA)
            continue;
        const ds__gql_def *y = find_def(g, x->name);
        if (!y)
            diff(&d, "%s %s: missing", kind_name(x->kind), x->name);
        else
            compare_defs(&d, x, y);
    }
    for (const ds__gql_def *y = g->defs; y; y = y->next) {
        if (!y->name || y->extend || y->kind == DS__GQL_DEF_DIRECTIVE || y->kind == DS__GQL_DEF_SCHEMA)
            continue;
        if (!find_def(e, y->name))
            diff(&d, "%s %s: not expected", kind_name(y->kind), y->name);
    }
    ds__gql_doc_free(e);
    ds__gql_doc_free(g);
    return d.count;
}

/* ---- the fixtures -------------------------------------------------------------- */

static char *path_join(const char *a, const char *b) {
    size_t len = strlen(a) + strlen(b) + 2;
    char *p = malloc(len);
    snprintf(p, len, "%s/%s", a, b);
    return p;
}

static bool exists(const char *dir, const char *file) {
    char *p = path_join(dir, file);
    struct stat st;
    bool ok = stat(p, &st) == 0;
    free(p);
    return ok;
}

/* Checks one fixture directory against `expected_file` with opts; returns
 * the number of differences (0 when skipped). */
static size_t check_fixture(const char *dir, const char *name, const char *expected_file, const ds__api_options *opts,
                            size_t *checked) {
    if (!exists(dir, expected_file))
        return 0;
    char *schema_path = path_join(dir, "schema.graphql");
    ds_schema *schema = NULL;
    ds_error err = DS_ERROR_INIT;
    ds_status rc = ds_schema_load(&schema, schema_path, &err);
    free(schema_path);
    if (rc != DS_OK) {
        /* Schemas libdatastore refuses on purpose, and those the model
         * generator rejects, have no registry to generate from. */
        bool expected_refusal = exists(dir, "datastore-refuses.txt") || !strncmp(name, "modelgen-error-", 15);
        if (!expected_refusal)
            fprintf(stderr, "  %s: the registry rejects it: %s\n", name, err.message);
        ds_error_clear(&err);
        return expected_refusal ? 0 : 1;
    }
    /* fixture.json: the options the transformer was called with (see tests/fixtures/README.md) */
    ds__api_options local = *opts;
    char *cfg_path = path_join(dir, "fixture.json");
    json_t *cfg = exists(dir, "fixture.json") ? json_load_file(cfg_path, 0, NULL) : NULL;
    free(cfg_path);
    const char *mode = json_string_value(json_object_get(cfg, "defaultAuthMode"));
    if (mode)
        local.default_mode = !strcmp(mode, "AMAZON_COGNITO_USER_POOLS") ? DS__API_AUTH_USER_POOLS
                             : !strcmp(mode, "AWS_IAM")                  ? DS__API_AUTH_IAM
                             : !strcmp(mode, "OPENID_CONNECT")           ? DS__API_AUTH_OIDC
                             : !strcmp(mode, "AWS_LAMBDA")               ? DS__API_AUTH_LAMBDA
                                                                         : DS__API_AUTH_API_KEY;
    json_decref(cfg);
    opts = &local;
    char *exp_path = path_join(dir, expected_file);
    char *expected = tu_read_file(exp_path, NULL);
    free(exp_path);
    char *got = ds__server_api_sdl(schema, opts);
    size_t n = 1;
    if (!expected || !got) {
        fprintf(stderr, "  %s: no %s\n", name, expected ? "generated SDL" : expected_file);
    } else {
        char label[512];
        snprintf(label, sizeof label, "%s/%s", name, expected_file);
        n = compare_sdl(label, expected, got);
        (*checked)++;
    }
    free(expected);
    free(got);
    ds_schema_free(schema);
    return n;
}

static int cmp_dirent(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static size_t check_corpus(const char *root, const char *expected_file, const ds__api_options *opts, size_t *checked) {
    DIR *dp = opendir(root);
    if (!dp) {
        fprintf(stderr, "cannot open %s\n", root);
        return 1;
    }
    char *names[1024];
    size_t n = 0;
    struct dirent *de;
    while ((de = readdir(dp)) && n < 1024)
        if (de->d_name[0] != '.')
            names[n++] = strdup(de->d_name);
    closedir(dp);
    qsort(names, n, sizeof *names, cmp_dirent);
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        char *dir = path_join(root, names[i]);
        size_t k = check_fixture(dir, names[i], expected_file, opts, checked);
        if (k)
            fprintf(stderr, "%s: %zu difference(s)\n", names[i], k);
        total += k;
        free(dir);
        free(names[i]);
    }
    return total;
}

static void every_fixture_matches_the_transformer(void **state) {
    (void)state;
    ds__api_options opts = DS__API_OPTIONS_INIT;
    size_t checked = 0;
    size_t n = check_corpus(DS_SHARED_DIR "/fixtures/schemas", "appsync.graphql", &opts, &checked);
    n += check_corpus(DS_SOURCE_DIR "/tests/fixtures/schemas", "appsync.graphql", &opts, &checked);
    fprintf(stderr, "%zu fixture(s) compared, %zu difference(s)\n", checked, n);
    assert_true(checked >= 10);
    assert_int_equal(n, 0);
}

static void without_datastore_matches_the_transformer(void **state) {
    (void)state;
    ds__api_options opts = DS__API_OPTIONS_INIT;
    opts.datastore = false;
    size_t checked = 0;
    size_t n = check_corpus(DS_SHARED_DIR "/fixtures/schemas", "appsync.no-datastore.graphql", &opts, &checked);
    fprintf(stderr, "%zu fixture(s) compared without DataStore, %zu difference(s)\n", checked, n);
    assert_true(checked >= 4);
    assert_int_equal(n, 0);
}

/* Every schema of both corpora the registry accepts gives, with every
 * combination of options, SDL our parser reads back. Returns failures. */
static size_t parsable_corpus(const char *root, size_t *accepted) {
    DIR *dp = opendir(root);
    if (!dp)
        return 1;
    size_t failures = 0;
    struct dirent *de;
    while ((de = readdir(dp))) {
        if (de->d_name[0] == '.')
            continue;
        char *dir = path_join(root, de->d_name);
        char *path = path_join(dir, "schema.graphql");
        ds_schema *schema = NULL;
        if (ds_schema_load(&schema, path, NULL) == DS_OK) {
            (*accepted)++;
            /* every option, each default mode */
            static const unsigned modes[] = {DS__API_AUTH_API_KEY, DS__API_AUTH_USER_POOLS, DS__API_AUTH_IAM,
                                             DS__API_AUTH_OIDC, DS__API_AUTH_LAMBDA};
            for (unsigned v = 0; v < 5 * 8; v++) {
                ds__api_options opts = DS__API_OPTIONS_INIT;
                opts.default_mode = modes[v % 5];
                opts.sandbox = (v / 5) & 1;
                opts.iam_access = (v / 5) & 2;
                opts.admin_roles = (v / 5) & 4;
                opts.datastore = v % 2;
                opts.additional_modes = v % 3 ? DS__API_MODES_FROM_RULES : DS__API_AUTH_IAM;
                char *sdl = ds__server_api_sdl(schema, &opts);
                ds__gql_doc *doc = sdl ? parse(de->d_name, sdl, strlen(sdl)) : NULL;
                if (!doc) {
                    fprintf(stderr, "  %s: no parsable SDL (options %u)\n", de->d_name, v);
                    failures++;
                }
                ds__gql_doc_free(doc);
                free(sdl);
            }
            ds_schema_free(schema);
        }
        free(path);
        free(dir);
    }
    closedir(dp);
    return failures;
}

static void every_schema_and_option_gives_parsable_sdl(void **state) {
    (void)state;
    size_t accepted = 0;
    size_t n = parsable_corpus(DS_SHARED_DIR "/fixtures/schemas", &accepted);
    n += parsable_corpus(DS_SOURCE_DIR "/tests/fixtures/schemas", &accepted);
    fprintf(stderr, "%zu accepted schema(s)\n", accepted);
    assert_true(accepted >= 10);
    assert_int_equal(n, 0);
}

/* ---- behaviour ------------------------------------------------------------------ */

static char *sdl_for(const char *text, const ds__api_options *opts) {
    ds_schema *s = NULL;
    ds_error err = DS_ERROR_INIT;
    if (ds_schema_parse(&s, text, strlen(text), "test", &err) != DS_OK) {
        fprintf(stderr, "%s\n", err.message);
        ds_error_clear(&err);
        return NULL;
    }
    char *sdl = ds__server_api_sdl(s, opts);
    ds_schema_free(s);
    return sdl;
}

static void null_schema_gives_null(void **state) {
    (void)state;
    assert_null(ds__server_api_sdl(NULL, NULL));
}

static void seed_post_has_the_datastore_operations(void **state) {
    (void)state;
    char *sdl = sdl_for("type Post @model { id: ID! title: String! }", NULL);
    assert_non_null(sdl);
    assert_non_null(strstr(sdl, "syncPosts(filter: ModelPostFilterInput, limit: Int, nextToken: String, lastSync: "
                                "AWSTimestamp): ModelPostConnection"));
    assert_non_null(strstr(sdl, "  _version: Int!\n"));
    assert_non_null(strstr(sdl, "  startedAt: AWSTimestamp\n"));
    assert_non_null(strstr(sdl, "input AmplifyAIConversationTurnErrorInput {"));
    assert_non_null(strstr(sdl, "@aws_subscribe(mutations: [\"createPost\"])"));
    /* The generated text reads back with our parser. */
    ds__gql_doc *doc = parse("generated", sdl, strlen(sdl));
    assert_non_null(doc);
    ds__gql_doc_free(doc);
    free(sdl);
}

static void options_turn_off_datastore_and_the_ai_input(void **state) {
    (void)state;
    ds__api_options opts = DS__API_OPTIONS_INIT;
    opts.datastore = false;
    opts.conversation_input = false;
    char *sdl = sdl_for("type Post @model { id: ID! }", &opts);
    assert_non_null(sdl);
    assert_null(strstr(sdl, "syncPosts"));
    assert_null(strstr(sdl, "_version"));
    assert_null(strstr(sdl, "startedAt"));
    assert_null(strstr(sdl, "AmplifyAIConversationTurnErrorInput"));
    free(sdl);
}

static void user_pools_default_moves_the_directives(void **state) {
    (void)state;
    /* With user pools as the default mode, a public (API key) rule needs the
     * directive and the owner rule does not. */
    const char *schema = "type Note @model @auth(rules: [{allow: owner}, {allow: public, operations: [read]}]) {"
                         " id: ID! text: String }";
    ds__api_options opts = DS__API_OPTIONS_INIT;
    char *a = sdl_for(schema, &opts);
    opts.default_mode = DS__API_AUTH_USER_POOLS;
    char *b = sdl_for(schema, &opts);
    assert_non_null(a);
    assert_non_null(b);
    assert_non_null(strstr(a, "createNote(input: CreateNoteInput!, condition: ModelNoteConditionInput): Note "
                              "@aws_cognito_user_pools\n"));
    assert_non_null(strstr(b, "createNote(input: CreateNoteInput!, condition: ModelNoteConditionInput): Note\n"));
    assert_non_null(strstr(b, "type Note @aws_api_key @aws_cognito_user_pools {"));
    assert_non_null(strstr(a, "onCreateNote(filter: ModelSubscriptionNoteFilterInput, owner: String)"));
    free(a);
    free(b);
}

static void long_subscription_names_are_shortened_as_amplify_does(void **state) {
    (void)state;
    char *sdl = sdl_for("type AVeryLongModelNameThatKeepsGoingAndGoingToTestLimits @model { id: ID! }", NULL);
    assert_non_null(sdl);
    /* 45 characters of "onCreate<Model>" and 5 of its MD5 */
    const char *p = strstr(sdl, "\n  onCreateAVeryLongModelNameThatKeepsGoingAndGo");
    assert_non_null(p);
    assert_int_equal(strcspn(p + 3, "("), 50);
    free(sdl);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_fixture_matches_the_transformer),
        cmocka_unit_test(without_datastore_matches_the_transformer),
        cmocka_unit_test(every_schema_and_option_gives_parsable_sdl),
        cmocka_unit_test(null_schema_gives_null),
        cmocka_unit_test(seed_post_has_the_datastore_operations),
        cmocka_unit_test(options_turn_off_datastore_and_the_ai_input),
        cmocka_unit_test(user_pools_default_moves_the_directives),
        cmocka_unit_test(long_subscription_names_are_shortened_as_amplify_does),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
