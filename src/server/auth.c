/*
 * Identities and @auth rules; see auth.h.
 */
#include "server/auth.h"

#include <jwt.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/base64.h"

void ds__identity_clear(ds__identity *id) {
    json_decref(id->claims);
    id->claims = NULL;
    id->mode = DS__MODE_NONE;
}

/* ---- JWT ----------------------------------------------------------------- */

/* The PEM public key for an RSA JWK {kty: RSA, n, e}; NULL when it is not one. */
static char *jwk_to_pem(json_t *jwk) {
    const char *kty = json_string_value(json_object_get(jwk, "kty"));
    const char *n64 = json_string_value(json_object_get(jwk, "n")), *e64 = json_string_value(json_object_get(jwk, "e"));
    if (!kty || strcmp(kty, "RSA") || !n64 || !e64)
        return NULL;
    size_t nl = 0, el = 0;
    unsigned char *n = ds__base64_decode(n64, strlen(n64), &nl), *e = ds__base64_decode(e64, strlen(e64), &el);
    char *pem = NULL;
    BIGNUM *bn = n ? BN_bin2bn(n, (int)nl, NULL) : NULL, *be = e ? BN_bin2bn(e, (int)el, NULL) : NULL;
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    OSSL_PARAM *params = NULL;
    EVP_PKEY_CTX *ctx = NULL;
    EVP_PKEY *pkey = NULL;
    BIO *bio = NULL;
    if (bn && be && bld && OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, bn) &&
        OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, be) && (params = OSSL_PARAM_BLD_to_param(bld)) &&
        (ctx = EVP_PKEY_CTX_new_from_name(NULL, "RSA", NULL)) && EVP_PKEY_fromdata_init(ctx) > 0 &&
        EVP_PKEY_fromdata(ctx, &pkey, EVP_PKEY_PUBLIC_KEY, params) > 0 && (bio = BIO_new(BIO_s_mem())) &&
        PEM_write_bio_PUBKEY(bio, pkey)) {
        char *data = NULL;
        long len = BIO_get_mem_data(bio, &data);
        if (len > 0 && (pem = malloc((size_t)len + 1))) {
            memcpy(pem, data, (size_t)len);
            pem[len] = '\0';
        }
    }
    BIO_free(bio);
    EVP_PKEY_free(pkey);
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(bld);
    BN_free(bn);
    BN_free(be);
    free(n);
    free(e);
    return pem;
}

static json_t *jwt_header(const char *token) {
    const char *dot = strchr(token, '.');
    if (!dot)
        return NULL;
    size_t len = 0;
    unsigned char *raw = ds__base64_decode(token, (size_t)(dot - token), &len);
    json_error_t je;
    json_t *h = raw ? json_loadb((const char *)raw, len, 0, &je) : NULL;
    free(raw);
    if (!json_is_object(h)) {
        json_decref(h);
        return NULL;
    }
    return h;
}

static bool verify_jwt(const ds__auth_config *cfg, const char *token, int64_t now_ms, json_t **claims, char *why,
                       size_t wl) {
    *claims = NULL;
    json_t *header = jwt_header(token);
    const char *alg = json_string_value(json_object_get(header, "alg"));
    const char *kid = json_string_value(json_object_get(header, "kid"));
    const unsigned char *key = NULL;
    int key_len = 0;
    char *pem = NULL;
    bool ok = false;
    if (!header || !alg) {
        snprintf(why, wl, "the token is not a JWT");
    } else if (!strcmp(alg, "HS256") && cfg->jwt_secret) {
        key = cfg->jwt_secret;
        key_len = (int)cfg->jwt_secret_len;
    } else if (!strcmp(alg, "RS256") && cfg->jwks) {
        json_t *keys = json_object_get(cfg->jwks, "keys"), *k;
        size_t i;
        json_array_foreach(keys, i, k) {
            const char *kk = json_string_value(json_object_get(k, "kid"));
            if (!kid || !kk || !strcmp(kid, kk)) {
                pem = jwk_to_pem(k);
                if (pem)
                    break;
            }
        }
        if (pem) {
            key = (const unsigned char *)pem;
            key_len = (int)strlen(pem);
        } else {
            snprintf(why, wl, "no JWKS key for the token's kid");
        }
    } else {
        /* alg "none", and algorithms we hold no key for, are refused. */
        snprintf(why, wl, "the token's algorithm %s is not accepted", alg);
    }
    jwt_t *jwt = NULL;
    if (key && jwt_decode(&jwt, token, key, key_len) == 0 && jwt &&
        jwt_get_alg(jwt) == (!strcmp(alg, "HS256") ? JWT_ALG_HS256 : JWT_ALG_RS256)) {
        char *grants = jwt_get_grants_json(jwt, NULL);
        json_error_t je;
        json_t *c = grants ? json_loads(grants, 0, &je) : NULL;
        free(grants);
        json_t *exp = json_object_get(c, "exp"), *nbf = json_object_get(c, "nbf");
        int64_t now_s = now_ms / 1000;
        if (!json_is_object(c)) {
            snprintf(why, wl, "the token's claims are not readable");
        } else if (json_is_integer(exp) && json_integer_value(exp) <= now_s) {
            snprintf(why, wl, "Token has expired.");
        } else if (json_is_integer(nbf) && json_integer_value(nbf) > now_s) {
            snprintf(why, wl, "the token is not valid yet (nbf)");
        } else {
            *claims = json_incref(c);
            ok = true;
        }
        json_decref(c);
    } else if (key) {
        snprintf(why, wl, "the token's signature does not verify");
    }
    jwt_free(jwt);
    free(pem);
    json_decref(header);
    return ok;
}

bool ds__auth_identify(const ds__auth_config *cfg, const char *api_key, const char *authorization, int64_t now_ms,
                       ds__identity *out, char *why, size_t why_len) {
    memset(out, 0, sizeof *out);
    if (authorization && *authorization) {
        const char *tok = authorization;
        if (!strncmp(tok, "Bearer ", 7))
            tok += 7;
        json_t *claims = NULL;
        if (!verify_jwt(cfg, tok, now_ms, &claims, why, why_len))
            return false;
        out->mode = DS__MODE_USER_POOLS;
        out->claims = claims;
        return true;
    }
    if (api_key && *api_key) {
        size_t a = strlen(api_key), b = cfg->api_key ? strlen(cfg->api_key) : 0;
        if (!cfg->api_key || a != b || CRYPTO_memcmp(api_key, cfg->api_key, a) != 0) {
            snprintf(why, why_len, "You are not authorized to make this call.");
            return false;
        }
        if (cfg->api_key_expires_ms && now_ms >= cfg->api_key_expires_ms) {
            snprintf(why, why_len, "API key has expired.");
            return false;
        }
        out->mode = DS__MODE_API_KEY;
        return true;
    }
    snprintf(why, why_len, "Missing authorization: send x-api-key or Authorization");
    return false;
}

/* ---- rules ---------------------------------------------------------------- */

static unsigned op_bit(ds__auth_op op) {
    switch (op) {
    case DS__AOP_CREATE:
        return DS_OP_CREATE;
    case DS__AOP_UPDATE:
        return DS_OP_UPDATE;
    case DS__AOP_DELETE:
        return DS_OP_DELETE;
    case DS__AOP_GET:
        return DS_OP_GET | DS_OP_READ;
    case DS__AOP_LIST:
        return DS_OP_LIST | DS_OP_READ;
    case DS__AOP_SYNC:
        return DS_OP_SYNC | DS_OP_READ;
    case DS__AOP_LISTEN:
        return DS_OP_LISTEN | DS_OP_READ;
    }
    return 0;
}

/* The mode a rule is for: written, or the strategy's default. */
static ds__auth_mode rule_mode(const ds_auth_rule *r) {
    switch (r->provider) {
    case DS_PROVIDER_API_KEY:
        return DS__MODE_API_KEY;
    case DS_PROVIDER_USER_POOLS:
    case DS_PROVIDER_OIDC:
        return DS__MODE_USER_POOLS;
    case DS_PROVIDER_DEFAULT:
        return r->allow == DS_AUTH_PUBLIC ? DS__MODE_API_KEY : DS__MODE_USER_POOLS;
    default:
        return DS__MODE_NONE; /* IAM, identity pools and Lambda: not served here */
    }
}

static json_t *claim(const ds__identity *id, const char *name) {
    json_t *v = id->claims ? json_object_get(id->claims, name) : NULL;
    if (!v && name && !strcmp(name, "cognito:username"))
        v = json_object_get(id->claims, "username");
    return v;
}

static bool in_groups(const ds__identity *id, const ds_auth_rule *r, const char *group) {
    json_t *g = claim(id, r->group_claim ? r->group_claim : "cognito:groups"), *v;
    size_t i;
    if (json_is_string(g))
        return !strcmp(json_string_value(g), group);
    json_array_foreach(g, i, v) if (json_is_string(v) && !strcmp(json_string_value(v), group)) return true;
    return false;
}

ds__auth_decision ds__auth_model(const ds_model *m, const ds__identity *id, ds__auth_op op) {
    if (id->mode == DS__MODE_NONE)
        return DS__AUTH_DENY;
    if (m->auth_rule_count == 0)
        return DS__AUTH_ALLOW;
    unsigned bit = op_bit(op);
    ds__auth_decision best = DS__AUTH_DENY;
    for (size_t i = 0; i < m->auth_rule_count; i++) {
        const ds_auth_rule *r = &m->auth_rules[i];
        if (!(r->operations & bit) || rule_mode(r) != id->mode)
            continue;
        switch (r->allow) {
        case DS_AUTH_PUBLIC:
        case DS_AUTH_PRIVATE:
            return DS__AUTH_ALLOW;
        case DS_AUTH_GROUPS:
            if (r->group_count) {
                for (size_t g = 0; g < r->group_count; g++)
                    if (in_groups(id, r, r->groups[g]))
                        return DS__AUTH_ALLOW;
            } else {
                best = DS__AUTH_PER_ITEM;
            }
            break;
        case DS_AUTH_OWNER:
            best = DS__AUTH_PER_ITEM;
            break;
        case DS_AUTH_CUSTOM:
            break;
        }
    }
    return best;
}

size_t ds__auth_owner_values(const ds__identity *id, const ds_auth_rule *rule, const char **out, size_t max) {
    size_t n = 0;
    const char *claim_name = rule && rule->identity_claim ? rule->identity_claim : "cognito:username";
    json_t *c = claim(id, claim_name), *sub = claim(id, "sub"), *user = claim(id, "cognito:username");
    if (json_is_string(c) && n < max)
        out[n++] = json_string_value(c);
    if (json_is_string(sub) && n < max)
        out[n++] = json_string_value(sub);
    if (json_is_string(user) && n < max)
        out[n++] = json_string_value(user);
    return n;
}

/* Does the owner field's value (string or list) name the caller? */
bool ds__auth_owns(const ds__identity *id, const ds_auth_rule *r, json_t *value);
bool ds__auth_owns(const ds__identity *id, const ds_auth_rule *r, json_t *value) {
    const char *mine[3];
    size_t n = ds__auth_owner_values(id, r, mine, 3);
    json_t *sub = claim(id, "sub"), *user = claim(id, "cognito:username");
    char combo[512] = "";
    if (json_is_string(sub) && json_is_string(user))
        snprintf(combo, sizeof combo, "%s::%s", json_string_value(sub), json_string_value(user));
    json_t *items = json_is_array(value) ? value : NULL, *one = items ? NULL : value, *v;
    size_t i = 0;
    for (v = items ? json_array_get(items, 0) : one; v; v = items ? json_array_get(items, ++i) : NULL) {
        const char *s = json_string_value(v);
        for (size_t k = 0; s && k < n; k++)
            if (!strcmp(s, mine[k]))
                return true;
        if (s && combo[0] && !strcmp(s, combo))
            return true;
        if (!items)
            break;
    }
    return false;
}

bool ds__auth_item(const ds_model *m, const ds__identity *id, ds__auth_op op, json_t *item) {
    ds__auth_decision d = ds__auth_model(m, id, op);
    if (d != DS__AUTH_PER_ITEM)
        return d == DS__AUTH_ALLOW;
    unsigned bit = op_bit(op);
    for (size_t i = 0; i < m->auth_rule_count; i++) {
        const ds_auth_rule *r = &m->auth_rules[i];
        if (!(r->operations & bit) || rule_mode(r) != id->mode)
            continue;
        if (r->allow == DS_AUTH_OWNER && ds__auth_owns(id, r, json_object_get(item, r->owner_field ? r->owner_field : "owner")))
            return true;
        if (r->allow == DS_AUTH_GROUPS && !r->group_count) {
            json_t *gv = json_object_get(item, r->groups_field ? r->groups_field : "groups"), *v;
            size_t k;
            if (json_is_string(gv) && in_groups(id, r, json_string_value(gv)))
                return true;
            json_array_foreach(gv, k, v) if (json_is_string(v) && in_groups(id, r, json_string_value(v))) return true;
        }
    }
    return false;
}
