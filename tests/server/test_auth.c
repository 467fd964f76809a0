/*
 * Identities (API key with expiry, HS256 and RS256 JWTs) and @auth rules.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jwt.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "server/auth.h"
#include "util/base64.h"

#define NOW 1764000000000LL

static const unsigned char SECRET[] = "a-shared-secret-of-some-length!!";

static char *hs256(const char *claims_json) {
    jwt_t *jwt = NULL;
    assert_int_equal(jwt_new(&jwt), 0);
    assert_int_equal(jwt_add_grants_json(jwt, claims_json), 0);
    assert_int_equal(jwt_set_alg(jwt, JWT_ALG_HS256, SECRET, (int)sizeof SECRET - 1), 0);
    char *t = jwt_encode_str(jwt);
    jwt_free(jwt);
    return t;
}

static ds__auth_config config(void) {
    ds__auth_config c;
    memset(&c, 0, sizeof c);
    c.api_key = "da2-key";
    c.jwt_secret = (unsigned char *)SECRET;
    c.jwt_secret_len = sizeof SECRET - 1;
    return c;
}

static bool identify(const ds__auth_config *c, const char *key, const char *token, ds__identity *id, char *why) {
    return ds__auth_identify(c, key, token, NOW, id, why, 256);
}

static void api_keys_match_and_expire(void **state) {
    (void)state;
    ds__auth_config c = config();
    ds__identity id;
    char why[256];
    assert_true(identify(&c, "da2-key", NULL, &id, why));
    assert_int_equal(id.mode, DS__MODE_API_KEY);
    assert_false(identify(&c, "da2-other", NULL, &id, why));
    assert_false(identify(&c, "", "", &id, why));
    assert_non_null(strstr(why, "Missing"));
    c.api_key_expires_ms = NOW - 1;
    assert_false(identify(&c, "da2-key", NULL, &id, why));
    assert_non_null(strstr(why, "expired"));
}

static void hs256_tokens_are_verified(void **state) {
    (void)state;
    ds__auth_config c = config();
    ds__identity id;
    char why[256];
    char claims[256];
    snprintf(claims, sizeof claims, "{\"sub\":\"u1\",\"cognito:username\":\"alice\",\"exp\":%lld}", NOW / 1000 + 60);
    char *good = hs256(claims);
    assert_true(identify(&c, NULL, good, &id, why));
    assert_int_equal(id.mode, DS__MODE_USER_POOLS);
    assert_string_equal(json_string_value(json_object_get(id.claims, "cognito:username")), "alice");
    ds__identity_clear(&id);
    /* "Bearer " is allowed in front. */
    char bearer[1024];
    snprintf(bearer, sizeof bearer, "Bearer %s", good);
    assert_true(identify(&c, NULL, bearer, &id, why));
    ds__identity_clear(&id);
    /* A flipped signature byte. */
    char *bad = strdup(good);
    size_t n = strlen(bad);
    bad[n - 3] = bad[n - 3] == 'a' ? 'b' : 'a';
    assert_false(identify(&c, NULL, bad, &id, why));
    assert_non_null(strstr(why, "signature"));
    free(bad);
    free(good);
    /* Expired, and not yet valid. */
    snprintf(claims, sizeof claims, "{\"sub\":\"u1\",\"exp\":%lld}", NOW / 1000 - 1);
    char *old = hs256(claims);
    assert_false(identify(&c, NULL, old, &id, why));
    assert_non_null(strstr(why, "expired"));
    free(old);
    snprintf(claims, sizeof claims, "{\"sub\":\"u1\",\"nbf\":%lld}", NOW / 1000 + 3600);
    char *early = hs256(claims);
    assert_false(identify(&c, NULL, early, &id, why));
    assert_non_null(strstr(why, "nbf"));
    free(early);
}

static void alg_none_is_refused(void **state) {
    (void)state;
    ds__auth_config c = config();
    const char *header = "{\"alg\":\"none\",\"typ\":\"JWT\"}", *body = "{\"sub\":\"root\"}";
    char *h = ds__base64_encode(header, strlen(header), true), *b = ds__base64_encode(body, strlen(body), true);
    char token[512];
    snprintf(token, sizeof token, "%s.%s.", h, b);
    ds__identity id;
    char why[256];
    assert_false(identify(&c, NULL, token, &id, why));
    assert_non_null(strstr(why, "none"));
    free(h);
    free(b);
    assert_false(identify(&c, NULL, "not.a.jwt", &id, why));
}

static void rs256_tokens_use_the_jwks(void **state) {
    (void)state;
    EVP_PKEY *key = EVP_RSA_gen(2048);
    assert_non_null(key);
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, NULL, NULL, 0, NULL, NULL);
    char *pem = NULL;
    long len = BIO_get_mem_data(bio, &pem);
    BIGNUM *n = NULL, *e = NULL;
    EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_N, &n);
    EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_E, &e);
    unsigned char nb[512], eb[8];
    int nl = BN_bn2bin(n, nb), el = BN_bn2bin(e, eb);
    char *n64 = ds__base64_encode(nb, (size_t)nl, true), *e64 = ds__base64_encode(eb, (size_t)el, true);
    json_t *jwks = json_pack("{s:[{s:s,s:s,s:s,s:s}]}", "keys", "kty", "RSA", "kid", "k1", "n", n64, "e", e64);
    jwt_t *jwt = NULL;
    jwt_new(&jwt);
    jwt_add_grant(jwt, "sub", "bob");
    jwt_add_header(jwt, "kid", "k1");
    assert_int_equal(jwt_set_alg(jwt, JWT_ALG_RS256, (unsigned char *)pem, (int)len), 0);
    char *token = jwt_encode_str(jwt);
    jwt_free(jwt);
    ds__auth_config c = config();
    c.jwks = jwks;
    ds__identity id;
    char why[256];
    assert_true(identify(&c, NULL, token, &id, why));
    assert_string_equal(json_string_value(json_object_get(id.claims, "sub")), "bob");
    ds__identity_clear(&id);
    /* Without the JWKS the same token cannot be verified. */
    c.jwks = NULL;
    assert_false(identify(&c, NULL, token, &id, why));
    free(token);
    free(n64);
    free(e64);
    json_decref(jwks);
    BN_free(n);
    BN_free(e);
    BIO_free(bio);
    EVP_PKEY_free(key);
}

static const char SCHEMA[] =
    "type Note @model @auth(rules: [{allow: owner}, {allow: groups, groups: [\"Admin\"]},\n"
    "  {allow: groups, groupsField: \"editors\", operations: [update, read]}, {allow: public, operations: [read]}])\n"
    "  { id: ID! body: String owner: String editors: [String] }\n"
    "type Open @model { id: ID! }\n"
    "type Members @model @auth(rules: [{allow: private}]) { id: ID! }\n";

static void rules_decide_per_model_and_item(void **state) {
    (void)state;
    ds_schema *s = NULL;
    assert_int_equal(ds_schema_parse(&s, SCHEMA, strlen(SCHEMA), "auth", NULL), DS_OK);
    const ds_model *note = ds_schema_model(s, "Note"), *open = ds_schema_model(s, "Open"),
                   *members = ds_schema_model(s, "Members");
    ds__identity key = {DS__MODE_API_KEY, NULL};
    ds__identity alice = {DS__MODE_USER_POOLS, json_pack("{s:s,s:s}", "sub", "s-alice", "cognito:username", "alice")};
    ds__identity admin = {DS__MODE_USER_POOLS,
                          json_pack("{s:s,s:s,s:[s]}", "sub", "s-root", "cognito:username", "root", "cognito:groups", "Admin")};
    ds__identity editor = {DS__MODE_USER_POOLS,
                           json_pack("{s:s,s:s,s:[s]}", "sub", "s-ed", "cognito:username", "ed", "cognito:groups", "team1")};
    ds__identity nobody = {DS__MODE_NONE, NULL};
    /* No @auth: any authenticated caller; nobody: nothing. */
    assert_int_equal(ds__auth_model(open, &key, DS__AOP_CREATE), DS__AUTH_ALLOW);
    assert_int_equal(ds__auth_model(open, &nobody, DS__AOP_GET), DS__AUTH_DENY);
    /* Private: signed-in users only. */
    assert_int_equal(ds__auth_model(members, &alice, DS__AOP_CREATE), DS__AUTH_ALLOW);
    assert_int_equal(ds__auth_model(members, &key, DS__AOP_GET), DS__AUTH_DENY);
    /* Public read by API key, but no public writes. */
    assert_int_equal(ds__auth_model(note, &key, DS__AOP_LIST), DS__AUTH_ALLOW);
    assert_int_equal(ds__auth_model(note, &key, DS__AOP_CREATE), DS__AUTH_DENY);
    /* Static group: everything. */
    assert_int_equal(ds__auth_model(note, &admin, DS__AOP_DELETE), DS__AUTH_ALLOW);
    /* Owner and dynamic groups: per item. */
    assert_int_equal(ds__auth_model(note, &alice, DS__AOP_UPDATE), DS__AUTH_PER_ITEM);
    json_t *alices = json_pack("{s:s,s:s}", "id", "n1", "owner", "alice");
    json_t *combo = json_pack("{s:s,s:s}", "id", "n2", "owner", "s-alice::alice");
    json_t *bobs = json_pack("{s:s,s:s,s:[s]}", "id", "n3", "owner", "bob", "editors", "team1");
    assert_true(ds__auth_item(note, &alice, DS__AOP_UPDATE, alices));
    assert_true(ds__auth_item(note, &alice, DS__AOP_UPDATE, combo));
    assert_false(ds__auth_item(note, &alice, DS__AOP_UPDATE, bobs));
    assert_true(ds__auth_item(note, &editor, DS__AOP_UPDATE, bobs));  /* editors field */
    assert_false(ds__auth_item(note, &editor, DS__AOP_DELETE, bobs)); /* not a delete rule */
    json_decref(alices);
    json_decref(combo);
    json_decref(bobs);
    ds__identity_clear(&alice);
    ds__identity_clear(&admin);
    ds__identity_clear(&editor);
    ds_schema_free(s);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(api_keys_match_and_expire),
        cmocka_unit_test(hs256_tokens_are_verified),
        cmocka_unit_test(alg_none_is_refused),
        cmocka_unit_test(rs256_tokens_use_the_jwks),
        cmocka_unit_test(rules_decide_per_model_and_item),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
