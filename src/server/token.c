/* Signed page tokens; see token.h. */
#include "server/token.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <stdlib.h>
#include <string.h>

#include "util/base64.h"
#include "util/err.h"

#define TOKEN_MAX 4096

static bool mac(const unsigned char *key, const char *data, size_t n, unsigned char out[32]) {
    unsigned int len = 0;
    return HMAC(EVP_sha256(), key, DS__TOKEN_KEY_BYTES, (const unsigned char *)data, n, out, &len) && len == 32;
}

char *ds__token_make(const unsigned char key[DS__TOKEN_KEY_BYTES], json_t *payload) {
    char *json = json_dumps(payload, JSON_COMPACT | JSON_SORT_KEYS);
    if (!json)
        return NULL;
    char *body = ds__base64_encode(json, strlen(json), true);
    free(json);
    unsigned char sig[32];
    char *sig64 = NULL, *token = NULL;
    if (body && mac(key, body, strlen(body), sig) && (sig64 = ds__base64_encode(sig, sizeof sig, true))) {
        size_t n = strlen(body) + 1 + strlen(sig64) + 1;
        if ((token = malloc(n)))
            snprintf(token, n, "%s.%s", body, sig64);
    }
    free(body);
    free(sig64);
    return token;
}

ds_status ds__token_read(const unsigned char key[DS__TOKEN_KEY_BYTES], const char *token, json_t **out,
                         ds_error *err) {
    *out = NULL;
    size_t n = strlen(token);
    const char *dot = strchr(token, '.');
    if (n > TOKEN_MAX || !dot)
        return ds__error(err, DS_ERR_INVALID, "nextToken is not a token this server issued");
    unsigned char want[32];
    size_t slen = 0;
    unsigned char *sig = ds__base64_decode(dot + 1, strlen(dot + 1), &slen);
    bool ok = sig && slen == 32 && mac(key, token, (size_t)(dot - token), want) && CRYPTO_memcmp(sig, want, 32) == 0;
    free(sig);
    if (!ok)
        return ds__error(err, DS_ERR_INVALID, "nextToken was not issued by this server or has been altered");
    size_t plen = 0;
    unsigned char *json = ds__base64_decode(token, (size_t)(dot - token), &plen);
    json_error_t je;
    json_t *payload = json ? json_loadb((const char *)json, plen, 0, &je) : NULL;
    free(json);
    if (!json_is_object(payload)) {
        json_decref(payload);
        return ds__error(err, DS_ERR_INVALID, "nextToken is malformed");
    }
    *out = payload;
    return DS_OK;
}
