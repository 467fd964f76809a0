/* `datastore serve`: the AppSync-compatible sync server. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "server/server.h"
#include "util/ids.h"

static void serve_usage(FILE *out) {
    fputs("usage: datastore serve --schema FILE [options]\n"
          "\n"
          "Serves the AppSync GraphQL API of FILE (with DataStore's conflict detection)\n"
          "at POST http://HOST:PORT/graphql, and its subscriptions over AppSync's realtime\n"
          "WebSocket protocol at ws://HOST:PORT/graphql/realtime. With a certificate the\n"
          "same port also speaks TLS (https://, wss://), which the Amplify clients need.\n"
          "\n"
          "options:\n"
          "  --schema FILE              the Amplify schema.graphql (required)\n"
          "  --db sqlite:PATH           where the data lives (default sqlite:datastore.db)\n"
          "  --listen HOST:PORT         address to listen on (default 127.0.0.1:8080)\n"
          "  --api-key KEY              the key callers send as x-api-key (default: made up and printed)\n"
          "  --api-key-expires TIME     when the key stops working: epoch seconds or YYYY-MM-DDTHH:MM:SSZ\n"
          "  --jwt-secret FILE          accept HS256 JWTs (Authorization header) signed with this secret\n"
          "  --jwks FILE                accept RS256 JWTs signed by a key of this JSON Web Key Set\n"
          "  --conflict MODE            automerge (default), optimistic, or lambda:COMMAND\n"
          "  --delta-ttl DURATION       how long changes serve delta syncs (default 30m)\n"
          "  --tombstone-ttl DURATION   how long deleted items are kept (default 30d)\n"
          "  --tls-cert FILE            TLS certificate (PEM) for https:// and wss:// on the same port\n"
          "  --tls-key FILE             its private key (PEM)\n"
          "  --dev-tls                  TLS with a self-signed certificate for 127.0.0.1 and localhost,\n"
          "                             made once and reused; its path is printed for clients to trust\n"
          "                             (NODE_EXTRA_CA_CERTS=PATH)\n"
          "  --dev-tls-dir DIR          where --dev-tls keeps cert.pem and key.pem (default ./datastore-dev-tls)\n"
          "\n"
          "DURATION is a number with a unit: ms, s, m, h or d (0 allowed).\n",
          out);
}

/* "30m" -> milliseconds; -1 when malformed. */
static int64_t parse_duration(const char *s) {
    char *end = NULL;
    errno = 0;
    long long n = strtoll(s, &end, 10);
    if (errno || end == s || n < 0)
        return -1;
    int64_t unit;
    if (!strcmp(end, "ms"))
        unit = 1;
    else if (!strcmp(end, "s"))
        unit = 1000;
    else if (!strcmp(end, "m"))
        unit = 60000;
    else if (!strcmp(end, "h"))
        unit = 3600000;
    else if (!strcmp(end, "d"))
        unit = 86400000;
    else
        return -1;
    if (n > INT64_MAX / unit)
        return -1;
    return (int64_t)n * unit;
}

/* Epoch seconds, or an ISO 8601 UTC time; epoch milliseconds, -1 if bad. */
static int64_t parse_time(const char *s) {
    char *end = NULL;
    long long n = strtoll(s, &end, 10);
    if (end != s && !*end && n > 0)
        return (int64_t)n * 1000;
    int y, mo, d, h = 0, mi = 0, se = 0;
    char z = 0;
    if (sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2d%c", &y, &mo, &d, &h, &mi, &se, &z) < 3 || (z && z != 'Z'))
        return -1;
    /* days from civil (Howard Hinnant) */
    y -= mo <= 2;
    long long era = (y >= 0 ? y : y - 399) / 400;
    long long yoe = y - era * 400, doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy, days = era * 146097 + doe - 719468;
    return ((days * 86400) + h * 3600 + mi * 60 + se) * 1000LL;
}

static bool parse_listen(const char *s, ds__server_config *cfg) {
    const char *colon = strrchr(s, ':');
    if (!colon || colon == s || (size_t)(colon - s) >= sizeof cfg->host)
        return false;
    char *end = NULL;
    long port = strtol(colon + 1, &end, 10);
    if (!*(colon + 1) || *end || port < 0 || port > 65535)
        return false;
    memcpy(cfg->host, s, (size_t)(colon - s));
    cfg->host[colon - s] = '\0';
    cfg->port = (int)port;
    return true;
}

int ds__cmd_serve(int argc, char **argv) {
    ds__server_config cfg;
    memset(&cfg, 0, sizeof cfg);
    snprintf(cfg.host, sizeof cfg.host, "127.0.0.1");
    cfg.port = 8080;
    cfg.db_url = "sqlite:datastore.db";
    cfg.conflict = DS__CONFLICT_AUTOMERGE;
    cfg.delta_ttl_ms = 30 * 60000LL;
    cfg.tombstone_ttl_ms = 30 * 86400000LL;
    char made_key[48] = "";
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            serve_usage(stdout);
            return 0;
        }
        if (!strcmp(a, "--dev-tls")) { /* the one option without a value */
            cfg.dev_tls = true;
            continue;
        }
        if (!v) {
            fprintf(stderr, "datastore serve: %s needs a value\n\n", a);
            serve_usage(stderr);
            return 2;
        }
        i++;
        if (!strcmp(a, "--schema")) {
            cfg.schema_path = v;
        } else if (!strcmp(a, "--db")) {
            cfg.db_url = v;
        } else if (!strcmp(a, "--listen")) {
            if (!parse_listen(v, &cfg)) {
                fprintf(stderr, "datastore serve: --listen %s: expected HOST:PORT, e.g. 127.0.0.1:8080\n", v);
                return 2;
            }
        } else if (!strcmp(a, "--api-key")) {
            if (!*v) {
                fprintf(stderr, "datastore serve: --api-key must not be empty\n");
                return 2;
            }
            cfg.api_key = v;
        } else if (!strcmp(a, "--api-key-expires")) {
            int64_t ms = parse_time(v);
            if (ms <= 0) {
                fprintf(stderr, "datastore serve: --api-key-expires %s: expected epoch seconds or "
                                "YYYY-MM-DDTHH:MM:SSZ\n", v);
                return 2;
            }
            cfg.api_key_expires_ms = ms;
        } else if (!strcmp(a, "--jwt-secret")) {
            cfg.jwt_secret_path = v;
        } else if (!strcmp(a, "--jwks")) {
            cfg.jwks_path = v;
        } else if (!strcmp(a, "--tls-cert")) {
            cfg.tls_cert = v;
        } else if (!strcmp(a, "--tls-key")) {
            cfg.tls_key = v;
        } else if (!strcmp(a, "--dev-tls-dir")) {
            cfg.dev_tls_dir = v;
        } else if (!strcmp(a, "--conflict")) {
            if (!strcmp(v, "automerge")) {
                cfg.conflict = DS__CONFLICT_AUTOMERGE;
            } else if (!strcmp(v, "optimistic")) {
                cfg.conflict = DS__CONFLICT_OPTIMISTIC;
            } else if (!strncmp(v, "lambda:", 7) && v[7]) {
                cfg.conflict = DS__CONFLICT_LAMBDA;
                cfg.lambda_cmd = v + 7;
            } else {
                fprintf(stderr, "datastore serve: --conflict %s: expected automerge, optimistic or lambda:COMMAND\n",
                        v);
                return 2;
            }
        } else if (!strcmp(a, "--delta-ttl") || !strcmp(a, "--tombstone-ttl")) {
            int64_t ms = parse_duration(v);
            if (ms < 0) {
                fprintf(stderr, "datastore serve: %s %s: expected a duration such as 30m, 12h or 30d\n", a, v);
                return 2;
            }
            if (!strcmp(a, "--delta-ttl"))
                cfg.delta_ttl_ms = ms;
            else
                cfg.tombstone_ttl_ms = ms;
        } else {
            fprintf(stderr, "datastore serve: unknown option %s\n\n", a);
            serve_usage(stderr);
            return 2;
        }
    }
    if (!cfg.schema_path) {
        fprintf(stderr, "datastore serve: --schema FILE is required\n\n");
        serve_usage(stderr);
        return 2;
    }
    if (cfg.dev_tls && (cfg.tls_cert || cfg.tls_key)) {
        fprintf(stderr, "datastore serve: --dev-tls makes its own certificate: leave out --tls-cert and --tls-key\n");
        return 2;
    }
    if (!cfg.tls_cert != !cfg.tls_key) {
        fprintf(stderr, "datastore serve: --tls-cert FILE and --tls-key FILE go together\n");
        return 2;
    }
    if (!cfg.api_key) {
        char uuid[37];
        ds__uuid_v4(uuid);
        snprintf(made_key, sizeof made_key, "da2-%.26s", uuid);
        for (char *p = made_key + 4; *p; p++)
            if (*p == '-')
                *p = 'x';
        cfg.api_key = made_key;
        fprintf(stderr, "datastore serve: api key %s\n", made_key);
    }
    ds__server *srv = NULL;
    ds_error err = DS_ERROR_INIT;
    if (ds__server_open(&srv, &cfg, &err) != DS_OK) {
        fprintf(stderr, "datastore serve: %s\n", err.message);
        return 1;
    }
    ds_status rc = ds__http_run(srv, &err);
    if (rc != DS_OK)
        fprintf(stderr, "datastore serve: %s\n", err.message);
    ds__server_close(srv);
    return rc == DS_OK ? 0 : 1;
}
