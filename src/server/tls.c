/*
 * Certificates for TLS on the GraphQL port.
 *
 * The Amplify clients open the realtime socket with wss:// even for an
 * http:// endpoint (amplify-js-client.md §4), so a local server needs TLS
 * to be useful to them at all. `--dev-tls` makes that a one-flag affair: a
 * self-signed certificate for 127.0.0.1 and localhost, made with OpenSSL's
 * C API (no openssl program needed) and kept in a directory so that a
 * client told to trust it (NODE_EXTRA_CA_CERTS=.../cert.pem) keeps trusting
 * it across restarts: existing files are reused while they are valid.
 *
 * The certificate is its own issuer and marked as a CA (basicConstraints
 * CA:TRUE, keyCertSign), the shape `openssl req -x509` gives, so that
 * OpenSSL-based clients (Node) accept it as a trust anchor; it is also a
 * server certificate (serverAuth, digitalSignature) with subjectAltName
 * IP:127.0.0.1 and DNS:localhost. Key: EC P-256. Validity: 365 days from
 * an hour ago (clock skew); renewed when less than a day is left.
 */
#define _XOPEN_SOURCE 700 /* realpath */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include "server/server.h"

#define VALID_DAYS 365
#define RENEW_BEFORE_S 86400

static const char *ssl_reason(void) {
    unsigned long e = ERR_peek_last_error();
    const char *r = e ? ERR_reason_error_string(e) : NULL;
    return r ? r : "unknown OpenSSL error";
}

static X509 *read_cert(const char *path) {
    FILE *f = fopen(path, "r");
    if (!f)
        return NULL;
    X509 *x = PEM_read_X509(f, NULL, NULL, NULL);
    fclose(f);
    return x;
}

static EVP_PKEY *read_key(const char *path) {
    FILE *f = fopen(path, "r");
    if (!f)
        return NULL;
    EVP_PKEY *k = PEM_read_PrivateKey(f, NULL, NULL, NULL);
    fclose(f);
    return k;
}

ds_status ds__tls_check(const char *cert, const char *key, ds_error *err) {
    errno = 0;
    X509 *x = read_cert(cert);
    EVP_PKEY *k = x ? read_key(key) : NULL;
    ds_status rc = DS_OK;
    if (!x)
        rc = ds__error(err, DS_ERR_IO, "--tls-cert %s: cannot read a PEM certificate from it (%s)", cert,
                       errno ? strerror(errno) : ssl_reason());
    else if (!k)
        rc = ds__error(err, DS_ERR_IO, "--tls-key %s: cannot read a PEM private key from it (%s)", key,
                       errno ? strerror(errno) : ssl_reason());
    else if (X509_check_private_key(x, k) != 1)
        rc = ds__error(err, DS_ERR_INVALID, "--tls-key %s does not belong to the certificate in %s", key, cert);
    X509_free(x);
    EVP_PKEY_free(k);
    ERR_clear_error();
    return rc;
}

/* Whether the pair in cert/key is ours to reuse: readable, matching, for
 * 127.0.0.1, valid now and for at least another day. */
static bool still_good(const char *cert, const char *key) {
    X509 *x = read_cert(cert);
    EVP_PKEY *k = x ? read_key(key) : NULL;
    bool ok = false;
    if (x && k && X509_check_private_key(x, k) == 1 && X509_check_ip_asc(x, "127.0.0.1", 0) == 1) {
        time_t soon = time(NULL) + RENEW_BEFORE_S;
        ok = X509_cmp_current_time(X509_get0_notBefore(x)) < 0 && X509_cmp_time(X509_get0_notAfter(x), &soon) > 0;
    }
    X509_free(x);
    EVP_PKEY_free(k);
    ERR_clear_error();
    return ok;
}

static bool add_ext(X509 *x, int nid, const char *value) {
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, x, x, NULL, NULL, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(NULL, &ctx, nid, value);
    bool ok = ext && X509_add_ext(x, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

static X509 *make_cert(EVP_PKEY *key) {
    X509 *x = X509_new();
    X509_NAME *name = X509_NAME_new();
    ASN1_INTEGER *serial = ASN1_INTEGER_new();
    BIGNUM *bn = BN_new();
    bool ok = x && name && serial && bn;
    /* A random positive 127-bit serial. */
    ok = ok && BN_rand(bn, 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) && BN_to_ASN1_INTEGER(bn, serial) &&
         X509_set_serialNumber(x, serial) && X509_set_version(x, 2) /* v3 */;
    ok = ok && X509_gmtime_adj(X509_getm_notBefore(x), -3600) &&
         X509_gmtime_adj(X509_getm_notAfter(x), (long)VALID_DAYS * 86400);
    ok = ok &&
         X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, (const unsigned char *)"libdatastore development", -1, -1,
                                    0) &&
         X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, (const unsigned char *)"127.0.0.1", -1, -1, 0) &&
         X509_set_subject_name(x, name) && X509_set_issuer_name(x, name) && X509_set_pubkey(x, key);
    ok = ok && add_ext(x, NID_basic_constraints, "critical,CA:TRUE") &&
         add_ext(x, NID_key_usage, "critical,digitalSignature,keyCertSign") &&
         add_ext(x, NID_ext_key_usage, "serverAuth") &&
         add_ext(x, NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost") &&
         add_ext(x, NID_subject_key_identifier, "hash") && add_ext(x, NID_authority_key_identifier, "keyid:always");
    ok = ok && X509_sign(x, key, EVP_sha256()) > 0;
    BN_free(bn);
    ASN1_INTEGER_free(serial);
    X509_NAME_free(name);
    if (!ok) {
        X509_free(x);
        return NULL;
    }
    return x;
}

/* Writes through a temporary file renamed into place; the key is 0600. */
static bool write_pem(const char *path, mode_t mode, X509 *x, EVP_PKEY *k) {
    char tmp[4200];
    if ((size_t)snprintf(tmp, sizeof tmp, "%s.tmp%ld", path, (long)getpid()) >= sizeof tmp)
        return false;
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, mode);
    if (fd < 0)
        return false;
    FILE *f = fdopen(fd, "w");
    if (!f) {
        close(fd);
        unlink(tmp);
        return false;
    }
    bool ok = x ? PEM_write_X509(f, x) == 1 : PEM_write_PrivateKey(f, k, NULL, NULL, 0, NULL, NULL) == 1;
    ok = fclose(f) == 0 && ok;
    if (!ok || rename(tmp, path) != 0) {
        unlink(tmp);
        return false;
    }
    return true;
}

/* mkdir -p, the last component 0700. */
static bool make_dirs(const char *dir) {
    char path[4096];
    if (snprintf(path, sizeof path, "%s", dir) >= (int)sizeof path)
        return false;
    for (char *p = path + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(path, 0755) != 0 && errno != EEXIST)
            return false;
        *p = '/';
    }
    return mkdir(path, 0700) == 0 || errno == EEXIST;
}

ds_status ds__tls_dev_cert(const char *dir, char *cert, char *key, size_t cap, bool *made, ds_error *err) {
    *made = false;
    if (!dir || !*dir)
        dir = "datastore-dev-tls";
    if (!make_dirs(dir))
        return ds__error(err, DS_ERR_IO, "--dev-tls: cannot create the directory %s: %s", dir, strerror(errno));
    char abs[4096];
    const char *base = realpath(dir, abs) ? abs : dir;
    if ((size_t)snprintf(cert, cap, "%s/cert.pem", base) >= cap ||
        (size_t)snprintf(key, cap, "%s/key.pem", base) >= cap)
        return ds__error(err, DS_ERR_INVALID, "--dev-tls: the directory path %s is too long", base);
    if (still_good(cert, key))
        return DS_OK;
    EVP_PKEY *k = EVP_EC_gen("P-256");
    X509 *x = k ? make_cert(k) : NULL;
    ds_status rc = DS_OK;
    if (!x)
        rc = ds__error(err, DS_ERR_INTERNAL, "--dev-tls: cannot make a certificate: %s", ssl_reason());
    else if (!write_pem(key, 0600, NULL, k) || !write_pem(cert, 0644, x, NULL))
        rc = ds__error(err, DS_ERR_IO, "--dev-tls: cannot write %s and %s: %s", cert, key, strerror(errno));
    else
        *made = true;
    X509_free(x);
    EVP_PKEY_free(k);
    ERR_clear_error();
    return rc;
}
