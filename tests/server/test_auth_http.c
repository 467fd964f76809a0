/*
 * The auth matrix over HTTP against the real server: no key, wrong key,
 * expired key, expired / not-yet-valid / wrongly signed / alg:none JWTs,
 * another owner's record, a missing group — across get, list, sync and
 * each mutation — with zero unauthorized reads or writes.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jwt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "support/server_proc.h"
#include "support/testutil.h"
#include "util/base64.h"

static const char SCHEMA[] =
    "type Note @model @auth(rules: [{allow: owner}, {allow: groups, groups: [\"Admin\"]}]) {\n"
    "  id: ID! body: String }\n"
    "type Notice @model @auth(rules: [{allow: public, operations: [read]}, {allow: private}]) { id: ID! text: String }\n"
    "type Open @model { id: ID! }\n";

static const char SECRET[] = "test-secret-0123456789abcdef";
#define NOW_S 1764000000LL

typedef struct env {
    tu_server srv;
    char *schema, *secret;
    char clock[64];
} env;

static char *token(const char *user, const char *groups, long long exp, long long nbf, const char *secret) {
    jwt_t *jwt = NULL;
    jwt_new(&jwt);
    char sub[64];
    snprintf(sub, sizeof sub, "sub-%s", user);
    jwt_add_grant(jwt, "sub", sub);
    jwt_add_grant(jwt, "cognito:username", user);
    if (exp)
        jwt_add_grant_int(jwt, "exp", exp);
    if (nbf)
        jwt_add_grant_int(jwt, "nbf", nbf);
    if (groups) {
        char json[128];
        snprintf(json, sizeof json, "{\"cognito:groups\":[\"%s\"]}", groups);
        jwt_add_grants_json(jwt, json);
    }
    jwt_set_alg(jwt, JWT_ALG_HS256, (const unsigned char *)secret, (int)strlen(secret));
    char *t = jwt_encode_str(jwt);
    jwt_free(jwt);
    return t;
}

static void start(env *e) {
    e->schema = tu_write_temp(SCHEMA, ".graphql");
    e->secret = tu_write_temp(SECRET, ".key");
    snprintf(e->clock, sizeof e->clock, "/tmp/ds_clock_auth_%d", (int)getpid());
    FILE *f = fopen(e->clock, "w");
    fprintf(f, "%lld000\n", NOW_S);
    fclose(f);
    setenv("DATASTORE_CLOCK_FILE", e->clock, 1);
    char expires[32];
    snprintf(expires, sizeof expires, "%lld", NOW_S + 3600);
    const char *extra[] = {"--jwt-secret", e->secret, "--api-key-expires", expires, NULL};
    assert_true(tu_server_start(&e->srv, e->schema, extra));
}

static void stop(env *e) {
    tu_server_cleanup(&e->srv);
    remove(e->schema);
    remove(e->secret);
    remove(e->clock);
    free(e->schema);
    free(e->secret);
}

/* "ok", or the first error's type ("-" when the request itself failed). */
static const char *outcome(int status, json_t *r, char *buf) {
    if (status != 200) {
        const char *t = json_string_value(json_object_get(json_array_get(json_object_get(r, "errors"), 0), "errorType"));
        snprintf(buf, 64, "%d:%s", status, t ? t : "-");
        return buf;
    }
    json_t *errs = json_object_get(r, "errors");
    if (!errs)
        return "ok";
    const char *t = json_string_value(json_object_get(json_array_get(errs, 0), "errorType"));
    snprintf(buf, 64, "%s", t ? t : "-");
    return buf;
}

static const char *run(env *e, const char *key, const char *tok, const char *query, json_t **keep) {
    static char buf[64];
    json_t *r = NULL;
    int st = tu_graphql_as(&e->srv, key, tok, query, NULL, &r);
    const char *o = outcome(st, r, buf);
    if (keep)
        *keep = r;
    else
        json_decref(r);
    return o;
}

static void credentials_are_checked(void **state) {
    (void)state;
    env e;
    start(&e);
    const char *q = "{ listOpens { items { id } } }";
    assert_string_equal(run(&e, NULL, NULL, q, NULL), "ok");                  /* the key */
    assert_string_equal(run(&e, "", NULL, q, NULL), "401:UnauthorizedException"); /* no key */
    assert_string_equal(run(&e, "da2-wrong", NULL, q, NULL), "401:UnauthorizedException");
    char *good = token("alice", NULL, NOW_S + 60, 0, SECRET);
    char *old = token("alice", NULL, NOW_S - 1, 0, SECRET);
    char *early = token("alice", NULL, NOW_S + 60, NOW_S + 30, SECRET);
    char *forged = token("alice", NULL, NOW_S + 60, 0, "another-secret");
    assert_string_equal(run(&e, "", good, q, NULL), "ok");
    assert_string_equal(run(&e, "", old, q, NULL), "401:UnauthorizedException");
    assert_string_equal(run(&e, "", early, q, NULL), "401:UnauthorizedException");
    assert_string_equal(run(&e, "", forged, q, NULL), "401:UnauthorizedException");
    const char *h = "{\"alg\":\"none\"}", *b = "{\"sub\":\"root\",\"cognito:groups\":[\"Admin\"]}";
    char *h64 = ds__base64_encode(h, strlen(h), true), *b64 = ds__base64_encode(b, strlen(b), true);
    char none[512];
    snprintf(none, sizeof none, "%s.%s.", h64, b64);
    assert_string_equal(run(&e, "", none, q, NULL), "401:UnauthorizedException");
    free(h64);
    free(b64);
    free(good);
    free(old);
    free(early);
    free(forged);
    /* The key expires: move the clock past it. */
    FILE *f = fopen(e.clock, "w");
    fprintf(f, "%lld000\n", NOW_S + 7200);
    fclose(f);
    assert_string_equal(run(&e, NULL, NULL, q, NULL), "401:UnauthorizedException");
    stop(&e);
}

static void owners_groups_and_public_rules(void **state) {
    (void)state;
    env e;
    start(&e);
    char *alice = token("alice", NULL, NOW_S + 600, 0, SECRET);
    char *bob = token("bob", NULL, NOW_S + 600, 0, SECRET);
    char *admin = token("root", "Admin", NOW_S + 600, 0, SECRET);
    json_t *r = NULL;
    /* Alice creates her note; the owner field is filled in for her. */
    assert_string_equal(run(&e, "", alice, "mutation { createNote(input: {id: \"n1\", body: \"a\"}) { id owner } }", &r),
                        "ok");
    assert_string_equal(json_string_value(json_object_get(json_object_get(json_object_get(r, "data"), "createNote"),
                                                          "owner")),
                        "sub-alice::alice");
    json_decref(r);
    /* Bob sees none of it and changes none of it. */
    assert_string_equal(run(&e, "", bob, "{ getNote(id: \"n1\") { id body } }", NULL), "Unauthorized");
    assert_string_equal(run(&e, "", bob, "{ listNotes { items { id } } }", &r), "ok");
    assert_int_equal(json_array_size(json_object_get(json_object_get(json_object_get(r, "data"), "listNotes"), "items")),
                     0);
    json_decref(r);
    assert_string_equal(run(&e, "", bob, "{ syncNotes { items { id } } }", &r), "ok");
    assert_int_equal(json_array_size(json_object_get(json_object_get(json_object_get(r, "data"), "syncNotes"), "items")),
                     0);
    json_decref(r);
    assert_string_equal(run(&e, "", bob, "mutation { updateNote(input: {id: \"n1\", body: \"b\", _version: 1}) { id } }",
                            NULL),
                        "Unauthorized");
    assert_string_equal(run(&e, "", bob, "mutation { deleteNote(input: {id: \"n1\", _version: 1}) { id } }", NULL),
                        "Unauthorized");
    /* Bob cannot create a note in Alice's name either (the implicit owner
     * field is not even part of the input type). */
    assert_string_not_equal(run(&e, "", bob,
                                "mutation { createNote(input: {id: \"n2\", body: \"x\", owner: \"sub-alice::alice\"}) { id } }",
                                NULL),
                            "ok");
    /* The API key is no owner and no group member. */
    assert_string_equal(run(&e, NULL, NULL, "{ getNote(id: \"n1\") { id } }", NULL), "Unauthorized");
    assert_string_equal(run(&e, NULL, NULL, "mutation { createNote(input: {body: \"k\"}) { id } }", NULL), "Unauthorized");
    /* The static group may do everything. */
    assert_string_equal(run(&e, "", admin, "{ getNote(id: \"n1\") { id body } }", NULL), "ok");
    assert_string_equal(run(&e, "", admin, "mutation { updateNote(input: {id: \"n1\", body: \"c\", _version: 1}) { id } }",
                            NULL),
                        "ok");
    /* Nothing unauthorized happened: the note is as Alice and Admin left it. */
    assert_string_equal(run(&e, "", alice, "{ getNote(id: \"n1\") { body _version } }", &r), "ok");
    json_t *n = json_object_get(json_object_get(r, "data"), "getNote");
    assert_string_equal(json_string_value(json_object_get(n, "body")), "c");
    assert_int_equal(json_integer_value(json_object_get(n, "_version")), 2);
    json_decref(r);
    assert_string_equal(run(&e, "", admin, "{ getNote(id: \"n2\") { id } }", &r), "ok");
    assert_true(json_is_null(json_object_get(json_object_get(r, "data"), "getNote")));
    json_decref(r);
    /* Public reads with the key, private writes for users. */
    assert_string_equal(run(&e, NULL, NULL, "mutation { createNotice(input: {text: \"x\"}) { id } }", NULL),
                        "Unauthorized");
    assert_string_equal(run(&e, "", bob, "mutation { createNotice(input: {id: \"t1\", text: \"x\"}) { id } }", NULL),
                        "ok");
    assert_string_equal(run(&e, NULL, NULL, "{ getNotice(id: \"t1\") { text } }", NULL), "ok");
    free(alice);
    free(bob);
    free(admin);
    stop(&e);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(credentials_are_checked),
        cmocka_unit_test(owners_groups_and_public_rules),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
