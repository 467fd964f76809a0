/*
 * `datastore serve` as a client sees it: the real process on 127.0.0.1,
 * GraphQL over HTTP. Versioned writes, conflict strategies, sync (base,
 * delta, paging, tokens, TTLs with a pinned clock), concurrent writers, and
 * malformed requests that must not stop it.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "support/server_proc.h"
#include "support/testutil.h"

static const char SCHEMA[] = "enum PostStatus { ACTIVE INACTIVE }\n"
                             "type Post @model { id: ID! title: String! rating: Int status: PostStatus tags: [String]\n"
                             "  blogID: ID @index(name: \"byBlog\", queryField: \"postsByBlog\", sortKeyFields: [\"rating\"]) }\n";

static const char *POST_FIELDS = "id title rating status tags blogID createdAt updatedAt _version _deleted _lastChangedAt";

typedef struct env {
    tu_server srv;
    char *schema_path;
    char clock_path[128];
} env;

static void set_clock(env *e, long long ms) {
    FILE *f = fopen(e->clock_path, "w");
    assert_non_null(f);
    fprintf(f, "%lld\n", ms);
    fclose(f);
}

static void start(env *e, const char *const *extra) {
    e->schema_path = tu_write_temp(SCHEMA, ".graphql");
    snprintf(e->clock_path, sizeof e->clock_path, "/tmp/ds_clock_%d", (int)getpid());
    set_clock(e, 1764000000000LL);
    setenv("DATASTORE_CLOCK_FILE", e->clock_path, 1);
    bool ok = tu_server_start(&e->srv, e->schema_path, extra);
    if (!ok) {
        char *log = tu_read_file(e->srv.log, NULL);
        fprintf(stderr, "server did not start:\n%s\n", log ? log : "(no log)");
        free(log);
    }
    assert_true(ok);
}

static void stop(env *e) {
    assert_int_equal(tu_server_stop(&e->srv), 0); /* SIGTERM: a clean exit */
    tu_server_cleanup(&e->srv);
    remove(e->schema_path);
    free(e->schema_path);
    remove(e->clock_path);
}

/* Runs a query that must succeed; returns data.<field> (borrowed from *hold). */
static json_t *ok(env *e, const char *query, json_t *vars, const char *field, json_t **hold) {
    int st = tu_graphql(&e->srv, NULL, query, vars, hold);
    json_decref(vars);
    if (st != 200 || !*hold || json_object_get(*hold, "errors")) {
        char *s = *hold ? json_dumps(*hold, JSON_INDENT(2)) : NULL;
        fprintf(stderr, "query failed (HTTP %d): %s\n%s\n", st, query, s ? s : "(no body)");
        free(s);
        fail();
    }
    return json_object_get(json_object_get(*hold, "data"), field);
}

static char *q(const char *fmt, const char *op) {
    char *s = malloc(1024);
    snprintf(s, 1024, fmt, op, POST_FIELDS);
    return s;
}

static json_t *create_post(env *e, const char *id, const char *title, int rating, json_t **hold) {
    char *query = q("mutation M($input: CreatePostInput!) { %s(input: $input) { %s } }", "createPost");
    json_t *v = json_pack("{s:{s:s,s:s,s:i,s:[s]}}", "input", "id", id, "title", title, "rating", rating, "tags", "a");
    json_t *r = ok(e, query, v, "createPost", hold);
    free(query);
    return r;
}

static void versions_grow_by_one_and_deletes_leave_tombstones(void **state) {
    (void)state;
    env e;
    start(&e, NULL);
    json_t *h1, *h2, *h3, *h4;
    json_t *p = create_post(&e, "p1", "first", 3, &h1);
    assert_int_equal(json_integer_value(json_object_get(p, "_version")), 1);
    assert_int_equal(json_integer_value(json_object_get(p, "_lastChangedAt")), 1764000000000LL);
    assert_true(json_is_null(json_object_get(p, "_deleted")));
    assert_non_null(json_string_value(json_object_get(p, "createdAt")));
    char *uq = q("mutation M($input: UpdatePostInput!) { %s(input: $input) { %s } }", "updatePost");
    json_t *u = ok(&e, uq, json_pack("{s:{s:s,s:i,s:i}}", "input", "id", "p1", "rating", 4, "_version", 1), "updatePost",
                   &h2);
    assert_int_equal(json_integer_value(json_object_get(u, "_version")), 2);
    assert_int_equal(json_integer_value(json_object_get(u, "rating")), 4);
    assert_string_equal(json_string_value(json_object_get(u, "title")), "first"); /* untouched */
    char *dq = q("mutation M($input: DeletePostInput!) { %s(input: $input) { %s } }", "deletePost");
    json_t *d = ok(&e, dq, json_pack("{s:{s:s,s:i}}", "input", "id", "p1", "_version", 2), "deletePost", &h3);
    assert_true(json_is_true(json_object_get(d, "_deleted")));
    assert_int_equal(json_integer_value(json_object_get(d, "_version")), 3);
    char *gq = q("query G { %s(id: \"p1\") { %s } }", "getPost");
    json_t *g = ok(&e, gq, NULL, "getPost", &h4);
    assert_true(json_is_true(json_object_get(g, "_deleted"))); /* the tombstone stays */
    json_decref(h1);
    json_decref(h2);
    json_decref(h3);
    json_decref(h4);
    /* Updating a tombstone is a conflict, with the tombstone as data. */
    json_t *r = NULL;
    json_t *vars = json_pack("{s:{s:s,s:i,s:i}}", "input", "id", "p1", "rating", 9, "_version", 3);
    tu_graphql(&e.srv, NULL, uq, vars, &r);
    json_decref(vars);
    json_t *err0 = json_array_get(json_object_get(r, "errors"), 0);
    assert_string_equal(json_string_value(json_object_get(err0, "errorType")), "ConflictUnhandled");
    assert_true(json_is_true(json_object_get(json_object_get(err0, "data"), "_deleted")));
    json_decref(r);
    /* Creating it again revives it with the next version. */
    json_t *h5;
    p = create_post(&e, "p1", "again", 1, &h5);
    assert_int_equal(json_integer_value(json_object_get(p, "_version")), 4);
    json_decref(h5);
    /* A second create of a live key fails its condition. */
    tu_graphql(&e.srv, NULL, "mutation { createPost(input: {id: \"p1\", title: \"x\"}) { id } }", NULL, &r);
    err0 = json_array_get(json_object_get(r, "errors"), 0);
    assert_string_equal(json_string_value(json_object_get(err0, "errorType")), "ConditionalCheckFailedException");
    assert_string_equal(json_string_value(json_object_get(json_object_get(err0, "data"), "title")), "again");
    json_decref(r);
    free(uq);
    free(dq);
    free(gq);
    stop(&e);
}

static json_t *stale_update(env *e, int version) {
    json_t *r = NULL;
    char query[512];
    snprintf(query, sizeof query,
             "mutation { updatePost(input: {id: \"p1\", title: \"mine\", rating: null, tags: [\"b\"], _version: %d}) "
             "{ %s } }",
             version, POST_FIELDS);
    assert_int_equal(tu_graphql(&e->srv, NULL, query, NULL, &r), 200);
    return r;
}

static void automerge_keeps_server_scalars_and_joins_lists(void **state) {
    (void)state;
    env e;
    start(&e, NULL);
    json_t *h;
    create_post(&e, "p1", "server", 3, &h);
    json_decref(h);
    json_t *r = stale_update(&e, 0); /* version 0 is stale: merge */
    json_t *u = json_object_get(json_object_get(r, "data"), "updatePost");
    assert_null(json_object_get(r, "errors"));
    assert_string_equal(json_string_value(json_object_get(u, "title")), "server");
    assert_int_equal(json_integer_value(json_object_get(u, "rating")), 3);
    json_t *tags = json_object_get(u, "tags");
    assert_int_equal(json_array_size(tags), 2);
    assert_string_equal(json_string_value(json_array_get(tags, 1)), "b");
    assert_int_equal(json_integer_value(json_object_get(u, "_version")), 2);
    json_decref(r);
    /* A stale delete cannot be merged: rejected with the item. */
    tu_graphql(&e.srv, NULL, "mutation { deletePost(input: {id: \"p1\", _version: 1}) { id } }", NULL, &r);
    json_t *err0 = json_array_get(json_object_get(r, "errors"), 0);
    assert_string_equal(json_string_value(json_object_get(err0, "errorType")), "ConflictUnhandled");
    assert_int_equal(json_integer_value(json_object_get(json_object_get(err0, "data"), "_version")), 2);
    json_decref(r);
    stop(&e);
}

static void optimistic_rejects_with_the_server_item(void **state) {
    (void)state;
    env e;
    const char *extra[] = {"--conflict", "optimistic", NULL};
    start(&e, extra);
    json_t *h;
    create_post(&e, "p1", "server", 3, &h);
    json_decref(h);
    json_t *r = stale_update(&e, 5);
    json_t *err0 = json_array_get(json_object_get(r, "errors"), 0);
    assert_string_equal(json_string_value(json_object_get(err0, "errorType")), "ConflictUnhandled");
    assert_string_equal(json_string_value(json_object_get(err0, "message")), "Conflict resolver rejects mutation.");
    assert_string_equal(json_string_value(json_object_get(json_object_get(err0, "data"), "title")), "server");
    assert_true(json_is_null(json_object_get(json_object_get(r, "data"), "updatePost")));
    json_decref(r);
    stop(&e);
}

static void lambda_handler_decides(void **state) {
    (void)state;
    /* RESOLVE with a title of its own choosing. */
    char *script = tu_write_temp("#!/bin/sh\ncat >/dev/null\n"
                                 "echo '{\"action\":\"RESOLVE\",\"item\":{\"id\":\"p1\",\"title\":\"from lambda\"}}'\n",
                                 ".sh");
    char mode[256];
    snprintf(mode, sizeof mode, "lambda:sh %s", script);
    env e;
    const char *extra[] = {"--conflict", mode, NULL};
    start(&e, extra);
    json_t *h;
    create_post(&e, "p1", "server", 3, &h);
    json_decref(h);
    json_t *r = stale_update(&e, 0);
    json_t *u = json_object_get(json_object_get(r, "data"), "updatePost");
    assert_string_equal(json_string_value(json_object_get(u, "title")), "from lambda");
    assert_int_equal(json_integer_value(json_object_get(u, "_version")), 2);
    json_decref(r);
    stop(&e);
    remove(script);
    free(script);
    /* REJECT and a broken handler. */
    const char *answers[] = {"echo '{\"action\":\"REJECT\"}'", "echo 'not json'", "exit 3"};
    const char *types[] = {"ConflictUnhandled", "ConflictError", "ConflictError"};
    for (int i = 0; i < 3; i++) {
        char body[256];
        snprintf(body, sizeof body, "#!/bin/sh\ncat >/dev/null\n%s\n", answers[i]);
        script = tu_write_temp(body, ".sh");
        snprintf(mode, sizeof mode, "lambda:sh %s", script);
        const char *x[] = {"--conflict", mode, NULL};
        start(&e, x);
        create_post(&e, "p1", "server", 3, &h);
        json_decref(h);
        r = stale_update(&e, 0);
        json_t *err0 = json_array_get(json_object_get(r, "errors"), 0);
        const char *got = json_string_value(json_object_get(err0, "errorType"));
        if (!got || strcmp(got, types[i])) {
            char *dump = r ? json_dumps(r, 0) : NULL;
            fprintf(stderr, "handler %d: %s\n", i, dump ? dump : "(no response)");
            free(dump);
        }
        assert_non_null(got);
        assert_string_equal(got, types[i]);
        json_decref(r);
        stop(&e);
        remove(script);
        free(script);
    }
}

static void conditions_are_checked_with_the_write(void **state) {
    (void)state;
    env e;
    start(&e, NULL);
    json_t *h, *r = NULL;
    create_post(&e, "p1", "t", 3, &h);
    json_decref(h);
    tu_graphql(&e.srv, NULL,
               "mutation { updatePost(input: {id: \"p1\", rating: 4, _version: 1}, condition: {rating: {gt: 5}}) { id } }",
               NULL, &r);
    json_t *err0 = json_array_get(json_object_get(r, "errors"), 0);
    assert_string_equal(json_string_value(json_object_get(err0, "errorType")), "ConditionalCheckFailedException");
    json_decref(r);
    json_t *u = ok(&e, "mutation { updatePost(input: {id: \"p1\", rating: 4, _version: 1}, condition: {rating: {lt: 5}}) "
                       "{ rating _version } }",
                   NULL, "updatePost", &h);
    assert_int_equal(json_integer_value(json_object_get(u, "_version")), 2);
    json_decref(h);
    stop(&e);
}

static json_t *sync_page(env *e, const char *filter, const char *token, long long last_sync, int limit, json_t **hold) {
    char query[1024];
    snprintf(query, sizeof query,
             "query S($t: String, $l: AWSTimestamp, $f: ModelPostFilterInput) { syncPosts(limit: %d, nextToken: $t, "
             "lastSync: $l, filter: $f) { items { id title _version _deleted } nextToken startedAt } }",
             limit);
    json_t *v = json_object();
    json_object_set_new(v, "t", token ? json_string(token) : json_null());
    json_object_set_new(v, "l", last_sync ? json_integer(last_sync) : json_null());
    json_error_t je;
    json_object_set_new(v, "f", filter ? json_loads(filter, 0, &je) : json_null());
    return ok(e, query, v, "syncPosts", hold);
}

static void sync_pages_base_and_delta(void **state) {
    (void)state;
    env e;
    start(&e, NULL);
    for (int i = 0; i < 7; i++) {
        char id[8];
        snprintf(id, sizeof id, "p%d", i);
        json_t *h;
        create_post(&e, id, i % 2 ? "odd" : "even", i, &h);
        json_decref(h);
    }
    /* Base sync in pages of 3: 3 + 3 + 1, the same startedAt throughout. */
    set_clock(&e, 1764000060000LL);
    json_t *h[4];
    json_t *page = sync_page(&e, NULL, NULL, 0, 3, &h[0]);
    long long started = json_integer_value(json_object_get(page, "startedAt"));
    assert_int_equal(started, 1764000060000LL);
    size_t total = json_array_size(json_object_get(page, "items"));
    const char *tok = json_string_value(json_object_get(page, "nextToken"));
    int pages = 1;
    while (tok) {
        set_clock(&e, 1764000070000LL + pages);
        page = sync_page(&e, NULL, tok, 0, 3, &h[pages]);
        assert_int_equal(json_integer_value(json_object_get(page, "startedAt")), started);
        total += json_array_size(json_object_get(page, "items"));
        tok = json_string_value(json_object_get(page, "nextToken"));
        pages++;
        assert_true(pages < 4);
    }
    assert_int_equal(total, 7);
    assert_int_equal(pages, 3);
    /* A tampered token, and a token of another query, are refused. */
    page = sync_page(&e, NULL, NULL, 0, 3, &h[3]);
    char *bad = strdup(json_string_value(json_object_get(page, "nextToken")));
    bad[strlen(bad) - 2] = bad[strlen(bad) - 2] == 'A' ? 'B' : 'A';
    json_t *r = NULL;
    char query[512];
    snprintf(query, sizeof query, "{ syncPosts(limit: 3, nextToken: \"%s\") { items { id } } }", bad);
    tu_graphql(&e.srv, NULL, query, NULL, &r);
    assert_non_null(json_object_get(r, "errors"));
    assert_non_null(strstr(json_string_value(json_object_get(json_array_get(json_object_get(r, "errors"), 0), "message")),
                           "nextToken"));
    json_decref(r);
    snprintf(query, sizeof query, "{ syncPosts(limit: 3, nextToken: \"%s\", filter: {title: {eq: \"odd\"}}) { items { id } } }",
             json_string_value(json_object_get(page, "nextToken")));
    tu_graphql(&e.srv, NULL, query, NULL, &r);
    assert_non_null(json_object_get(r, "errors"));
    json_decref(r);
    free(bad);
    for (int i = 0; i < 4; i++)
        json_decref(h[i]);
    /* Selective sync: the filter applies. */
    json_t *hf;
    page = sync_page(&e, "{\"title\": {\"eq\": \"odd\"}}", NULL, 0, 100, &hf);
    assert_int_equal(json_array_size(json_object_get(page, "items")), 3);
    json_decref(hf);
    /* Delta: only what changed after lastSync, deletes as tombstones. */
    set_clock(&e, 1764000100000LL);
    json_t *hd;
    ok(&e, "mutation { updatePost(input: {id: \"p2\", title: \"changed\", _version: 1}) { id } }", NULL, "updatePost", &hd);
    json_decref(hd);
    ok(&e, "mutation { deletePost(input: {id: \"p3\", _version: 1}) { id } }", NULL, "deletePost", &hd);
    json_decref(hd);
    set_clock(&e, 1764000200000LL);
    page = sync_page(&e, NULL, NULL, started, 100, &hd);
    json_t *items = json_object_get(page, "items");
    assert_int_equal(json_array_size(items), 2);
    assert_string_equal(json_string_value(json_object_get(json_array_get(items, 0), "title")), "changed");
    assert_true(json_is_true(json_object_get(json_array_get(items, 1), "_deleted")));
    json_decref(hd);
    /* A lastSync older than the delta window (30 min) means a base sync. */
    set_clock(&e, 1764000060000LL + 31 * 60000LL);
    page = sync_page(&e, NULL, NULL, started, 100, &hd);
    assert_int_equal(json_array_size(json_object_get(page, "items")), 7);
    json_decref(hd);
    stop(&e);
}

static void tombstones_expire_after_their_ttl(void **state) {
    (void)state;
    env e;
    const char *extra[] = {"--tombstone-ttl", "1h", "--delta-ttl", "10m", NULL};
    start(&e, extra);
    json_t *h;
    create_post(&e, "p1", "t", 1, &h);
    json_decref(h);
    ok(&e, "mutation { deletePost(input: {id: \"p1\", _version: 1}) { id } }", NULL, "deletePost", &h);
    json_decref(h);
    json_t *page = sync_page(&e, NULL, NULL, 0, 100, &h);
    assert_int_equal(json_array_size(json_object_get(page, "items")), 1);
    json_decref(h);
    /* Two hours later (the server purges at start and every minute). */
    assert_int_equal(tu_server_stop(&e.srv), 0);
    set_clock(&e, 1764000000000LL + 2 * 3600000LL);
    assert_true(tu_server_restart(&e.srv, e.schema_path, extra));
    page = sync_page(&e, NULL, NULL, 0, 100, &h);
    assert_int_equal(json_array_size(json_object_get(page, "items")), 0);
    json_decref(h);
    /* The delta log expired too: a delta sync from before finds nothing. */
    page = sync_page(&e, NULL, NULL, 1764000000000LL + 2 * 3600000LL - 60000, 100, &h);
    assert_int_equal(json_array_size(json_object_get(page, "items")), 0);
    json_decref(h);
    stop(&e);
}

static void index_query_with_key_condition(void **state) {
    (void)state;
    env e;
    start(&e, NULL);
    json_t *h;
    for (int i = 0; i < 5; i++) {
        char query[256];
        snprintf(query, sizeof query,
                 "mutation { createPost(input: {id: \"p%d\", title: \"t\", rating: %d, blogID: \"%s\"}) { id } }", i, i,
                 i < 4 ? "b1" : "b2");
        ok(&e, query, NULL, "createPost", &h);
        json_decref(h);
    }
    json_t *r = ok(&e, "{ postsByBlog(blogID: \"b1\", rating: {ge: 1}, sortDirection: DESC) { items { id rating } } }",
                   NULL, "postsByBlog", &h);
    json_t *items = json_object_get(r, "items");
    assert_int_equal(json_array_size(items), 3);
    assert_int_equal(json_integer_value(json_object_get(json_array_get(items, 0), "rating")), 3);
    json_decref(h);
    r = ok(&e, "{ listPosts(filter: {rating: {lt: 2}}) { items { id } nextToken } }", NULL, "listPosts", &h);
    assert_int_equal(json_array_size(json_object_get(r, "items")), 2);
    json_decref(h);
    stop(&e);
}

typedef struct race {
    env *e;
    int accepted;
    int index;
} race;

static void *racer(void *arg) {
    race *r = arg;
    for (int i = 0; i < 25; i++) {
        json_t *out = NULL;
        /* Read the version, then write with it: under optimistic
         * concurrency exactly one writer per version gets through. */
        tu_graphql(&r->e->srv, NULL, "{ getPost(id: \"hot\") { _version } }", NULL, &out);
        json_int_t v = json_integer_value(json_object_get(json_object_get(json_object_get(out, "data"), "getPost"),
                                                          "_version"));
        json_decref(out);
        char query[256];
        snprintf(query, sizeof query,
                 "mutation { updatePost(input: {id: \"hot\", rating: %d, _version: %lld}) { _version } }",
                 r->index * 1000 + i, (long long)v);
        tu_graphql(&r->e->srv, NULL, query, NULL, &out);
        if (out && !json_object_get(out, "errors"))
            r->accepted++;
        json_decref(out);
    }
    return NULL;
}

static void concurrent_writers_never_lose_an_update(void **state) {
    (void)state;
    env e;
    const char *extra[] = {"--conflict", "optimistic", NULL};
    start(&e, extra);
    json_t *h;
    create_post(&e, "hot", "t", 0, &h);
    json_decref(h);
    pthread_t t[8];
    race rs[8];
    for (int i = 0; i < 8; i++) {
        rs[i] = (race){&e, 0, i};
        pthread_create(&t[i], NULL, racer, &rs[i]);
    }
    int accepted = 0;
    for (int i = 0; i < 8; i++) {
        pthread_join(t[i], NULL);
        accepted += rs[i].accepted;
    }
    json_t *p = ok(&e, "{ getPost(id: \"hot\") { _version } }", NULL, "getPost", &h);
    /* Every accepted write made exactly one version, none got lost. */
    assert_int_equal(json_integer_value(json_object_get(p, "_version")), accepted + 1);
    assert_true(accepted > 0);
    json_decref(h);
    stop(&e);
}

static void bad_requests_get_clear_errors_and_the_server_keeps_serving(void **state) {
    (void)state;
    env e;
    start(&e, NULL);
    char *body = NULL;
    assert_int_equal(tu_post_raw(&e.srv, "/graphql", NULL, "{not json", 9, &body), 400);
    assert_non_null(strstr(body, "MalformedHttpRequestException"));
    free(body);
    assert_int_equal(tu_post_raw(&e.srv, "/graphql", NULL, "[1,2]", 5, &body), 400);
    free(body);
    assert_int_equal(tu_post_raw(&e.srv, "/graphql", "wrong-key", "{\"query\":\"{ listPosts { items { id } } }\"}", 40,
                                 &body),
                     401);
    assert_non_null(strstr(body, "UnauthorizedException"));
    free(body);
    assert_int_equal(tu_post_raw(&e.srv, "/graphql", "", "{\"query\":\"{ __typename }\"}", 25, &body), 401);
    free(body);
    assert_int_equal(tu_post_raw(&e.srv, "/nope", NULL, "{}", 2, &body), 404);
    free(body);
    json_t *r = NULL;
    assert_int_equal(tu_graphql(&e.srv, NULL, "{ listPosts { items { id } ", NULL, &r), 200);
    assert_non_null(json_object_get(r, "errors"));
    json_decref(r);
    assert_int_equal(tu_graphql(&e.srv, NULL, "{ listPosts { items { nope } } }", NULL, &r), 200);
    assert_non_null(strstr(json_string_value(json_object_get(json_array_get(json_object_get(r, "errors"), 0), "message")),
                           "nope"));
    json_decref(r);
    assert_int_equal(tu_graphql(&e.srv, NULL, "mutation { createPost(input: {title: 5}) { id } }", NULL, &r), 200);
    assert_non_null(json_object_get(r, "errors"));
    json_decref(r);
    /* Writing metadata directly is refused. */
    assert_int_equal(tu_graphql(&e.srv, NULL, "mutation { createPost(input: {title: \"x\", _deleted: true}) { id } }", NULL,
                                &r),
                     200);
    assert_non_null(json_object_get(r, "errors"));
    json_decref(r);
    /* Deep nesting and garbage bytes. */
    char deep[4096];
    size_t n = 0;
    for (int i = 0; i < 1000; i++)
        deep[n++] = '{';
    deep[n] = '\0';
    assert_int_equal(tu_graphql(&e.srv, NULL, deep, NULL, &r), 200);
    assert_non_null(json_object_get(r, "errors"));
    json_decref(r);
    char garbage[256];
    for (int i = 0; i < 255; i++)
        garbage[i] = (char)(i + 1);
    garbage[255] = '\0';
    tu_post_raw(&e.srv, "/graphql", NULL, garbage, 255, &body);
    free(body);
    /* Still serving. */
    json_t *p = ok(&e, "{ __typename }", NULL, "__typename", &r);
    assert_string_equal(json_string_value(p), "Query");
    json_decref(r);
    stop(&e);
}

static void introspection_describes_the_api(void **state) {
    (void)state;
    env e;
    start(&e, NULL);
    json_t *h;
    json_t *t = ok(&e, "{ __type(name: \"ModelPostConnection\") { fields { name type { name kind ofType { name } } } } }",
                   NULL, "__type", &h);
    json_t *fields = json_object_get(t, "fields");
    assert_int_equal(json_array_size(fields), 3);
    json_decref(h);
    json_t *s = ok(&e, "{ __schema { queryType { name } mutationType { name } subscriptionType { name } } }", NULL,
                   "__schema", &h);
    assert_string_equal(json_string_value(json_object_get(json_object_get(s, "mutationType"), "name")), "Mutation");
    json_decref(h);
    stop(&e);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(versions_grow_by_one_and_deletes_leave_tombstones),
        cmocka_unit_test(automerge_keeps_server_scalars_and_joins_lists),
        cmocka_unit_test(optimistic_rejects_with_the_server_item),
        cmocka_unit_test(lambda_handler_decides),
        cmocka_unit_test(conditions_are_checked_with_the_write),
        cmocka_unit_test(sync_pages_base_and_delta),
        cmocka_unit_test(tombstones_expire_after_their_ttl),
        cmocka_unit_test(index_query_with_key_condition),
        cmocka_unit_test(concurrent_writers_never_lose_an_update),
        cmocka_unit_test(bad_requests_get_clear_errors_and_the_server_keeps_serving),
        cmocka_unit_test(introspection_describes_the_api),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
