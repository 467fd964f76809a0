/*
 * Page tokens (nextToken): opaque to clients, verifiable by the server.
 * A token is base64url(payload JSON) "." base64url(HMAC-SHA256(key,
 * payload)); the key lives in the database so tokens outlive a restart.
 * A token altered, forged or minted for another query is refused.
 */
#ifndef DS_SERVER_TOKEN_H
#define DS_SERVER_TOKEN_H

#include <jansson.h>

#include "datastore/error.h"

#define DS__TOKEN_KEY_BYTES 32

/* Signs payload (an object); returns a malloc'd token or NULL. */
char *ds__token_make(const unsigned char key[DS__TOKEN_KEY_BYTES], json_t *payload);
/* Verifies a token; on success *out is its payload (new reference). */
ds_status ds__token_read(const unsigned char key[DS__TOKEN_KEY_BYTES], const char *token, json_t **out,
                         ds_error *err);

#endif
