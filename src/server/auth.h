/*
 * Who is calling, and what the schema's @auth rules let them do.
 *
 * Identity: an API key (x-api-key, which may expire) or a JWT in the
 * Authorization header — HS256 with a shared secret or RS256 with keys from
 * a JWKS file, verified with libjwt; `exp` and `nbf` are checked, `alg:
 * none` and any other algorithm are refused. A JWT caller counts as a
 * Cognito user pools (or OIDC) caller for the rules.
 *
 * Rules (DATASTORE-SPEC §8.5; Amplify's auth transformer): a model without
 * @auth is open to every authenticated caller; otherwise an operation is
 * allowed when some rule whose provider matches the caller's mode lists it
 * and grants it — public (API key or IAM), private (any signed-in user),
 * static groups (the token's group claim holds one of the groups), and, per
 * item, owner (the item's owner field holds the caller's identity claim)
 * and dynamic groups (the item's groups field holds one of the caller's
 * groups).
 */
#ifndef DS_SERVER_AUTH_H
#define DS_SERVER_AUTH_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#include "datastore/schema.h"

typedef enum ds__auth_mode {
    DS__MODE_NONE = 0,
    DS__MODE_API_KEY,
    DS__MODE_USER_POOLS /* any verified JWT */
} ds__auth_mode;

typedef struct ds__auth_config {
    const char *api_key;
    int64_t api_key_expires_ms;  /* 0: never */
    unsigned char *jwt_secret;   /* HS256 secret, or NULL */
    size_t jwt_secret_len;
    json_t *jwks;                /* {"keys": [...]}: RS256 public keys, or NULL */
} ds__auth_config;

typedef struct ds__identity {
    ds__auth_mode mode;
    json_t *claims; /* the JWT's claims (owned), or NULL */
} ds__identity;

void ds__identity_clear(ds__identity *id);

/* Works out the caller from the request's credentials. On failure the
 * message says why ("API key expired", "token expired", ...). */
bool ds__auth_identify(const ds__auth_config *cfg, const char *api_key, const char *authorization, int64_t now_ms,
                       ds__identity *out, char *why, size_t why_len);

/* Operations as the rules name them. */
typedef enum ds__auth_op {
    DS__AOP_CREATE,
    DS__AOP_UPDATE,
    DS__AOP_DELETE,
    DS__AOP_GET,
    DS__AOP_LIST,
    DS__AOP_SYNC,
    DS__AOP_LISTEN
} ds__auth_op;

/* Whether the caller may do op on model m at all (ignoring per-item rules):
 * "yes", "no", or "only on items that pass ds__auth_item". */
typedef enum ds__auth_decision { DS__AUTH_DENY, DS__AUTH_ALLOW, DS__AUTH_PER_ITEM } ds__auth_decision;
ds__auth_decision ds__auth_model(const ds_model *m, const ds__identity *id, ds__auth_op op);
/* Whether the per-item rules (owner, dynamic groups) let the caller do op
 * on this item. */
bool ds__auth_item(const ds_model *m, const ds__identity *id, ds__auth_op op, json_t *item);

/* Whether an owner field's value (a string, or a list of them) names the
 * caller under rule r (any of its owner values, or "sub::username"). */
bool ds__auth_owns(const ds__identity *id, const ds_auth_rule *r, json_t *value);

/* The values a caller's identity may take in an owner field: the rule's
 * identity claim, and for user pools also sub, username and
 * "sub::username". Returns how many were written (at most max). */
size_t ds__auth_owner_values(const ds__identity *id, const ds_auth_rule *rule, const char **out, size_t max);

#endif
