/*
 * HTTP for `datastore serve`, on libwebsockets' event loop.
 *
 * One loop, one thread: a request's body is collected (up to a cap), handed
 * whole to the server (server.c), and the answer written back; the
 * connection stays open for the next request (keep-alive). Everything a
 * handler does is short and transactional, so the loop never waits long.
 * SIGINT/SIGTERM stop the loop between requests: a request in progress
 * completes first.
 *
 * The same port carries the realtime WebSocket protocol (realtime.c: a
 * second lws protocol, `graphql-ws`, reached by upgrading GET
 * /graphql/realtime) and, with a certificate, TLS next to plain HTTP: lws
 * tells the two apart by the connection's first byte, because the Amplify
 * clients insist on wss:// while everything else speaks http://.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include <libwebsockets.h>

#include "server/realtime.h"
#include "server/server.h"
#include "util/buf.h"
#include "util/ids.h"

#define BODY_MAX ((size_t)8 << 20)

typedef struct session {
    ds__buf body;
    bool post;
    bool too_big;
    char path[256];
    char api_key[256];
    char authorization[4096];
    struct timespec started;
    ds__http_response res;
    size_t sent;
    bool responding;
} session;

static volatile sig_atomic_t g_stop;
static struct lws_context *g_context;

static void on_signal(int sig) {
    (void)sig;
    g_stop = 1;
    if (g_context)
        lws_cancel_service(g_context);
}

static double ms_since(const struct timespec *t0) {
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0->tv_sec) * 1e3 + (double)(t1.tv_nsec - t0->tv_nsec) / 1e6;
}

static void copy_header(struct lws *wsi, const char *name, char *out, size_t cap) {
    out[0] = '\0';
    int n = lws_hdr_custom_length(wsi, name, (int)strlen(name));
    if (n > 0 && (size_t)n < cap)
        lws_hdr_custom_copy(wsi, out, (int)cap, name, (int)strlen(name));
}

static int begin_response(struct lws *wsi, session *ss) {
    unsigned char headers[LWS_PRE + 1024], *start = headers + LWS_PRE, *p = start, *end = headers + sizeof headers - 1;
    if (lws_add_http_common_headers(wsi, (unsigned int)ss->res.status, "application/json", (lws_filepos_t)ss->res.len,
                                    &p, end) ||
        lws_add_http_header_by_name(wsi, (const unsigned char *)"access-control-allow-origin:",
                                    (const unsigned char *)"*", 1, &p, end) ||
        lws_finalize_write_http_header(wsi, start, &p, end))
        return 1;
    ss->responding = true;
    ss->sent = 0;
    lws_callback_on_writable(wsi);
    return 0;
}

static void log_request(session *ss, const char *method) {
    fprintf(stderr, "%s %s %s %d %.1fms\n", method, ss->path, ss->res.operation[0] ? ss->res.operation : "-",
            ss->res.status, ms_since(&ss->started));
}

static int callback(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in, size_t len) {
    session *ss = user;
    ds__server *srv = lws_context_user(lws_get_context(wsi));
    switch (reason) {
    case LWS_CALLBACK_HTTP: {
        memset(ss, 0, sizeof *ss);
        ds__buf_init(&ss->body, BODY_MAX);
        clock_gettime(CLOCK_MONOTONIC, &ss->started);
        snprintf(ss->path, sizeof ss->path, "%s", (const char *)in);
        copy_header(wsi, "x-api-key:", ss->api_key, sizeof ss->api_key);
        /* Authorization is a header lws knows by token, not a custom one. */
        ss->authorization[0] = '\0';
        if (lws_hdr_total_length(wsi, WSI_TOKEN_HTTP_AUTHORIZATION) > 0)
            lws_hdr_copy(wsi, ss->authorization, (int)sizeof ss->authorization, WSI_TOKEN_HTTP_AUTHORIZATION);
        ss->post = lws_hdr_total_length(wsi, WSI_TOKEN_POST_URI) > 0;
        if (ss->post)
            return 0; /* the body follows */
        ds__http_request req = {lws_hdr_total_length(wsi, WSI_TOKEN_OPTIONS_URI) > 0 ? "OPTIONS" : "GET", ss->path,
                                ss->api_key, ss->authorization, NULL, 0};
        ds__server_handle(srv, &req, &ss->res);
        log_request(ss, req.method);
        return begin_response(wsi, ss);
    }
    case LWS_CALLBACK_HTTP_BODY:
        if (!ds__buf_append(&ss->body, in, len))
            ss->too_big = true;
        return 0;
    case LWS_CALLBACK_HTTP_BODY_COMPLETION: {
        ds__http_request req = {"POST", ss->path, ss->api_key, ss->authorization, ss->body.data ? ss->body.data : "",
                                ss->body.len};
        if (ss->too_big)
            ds__server_error_response(&ss->res, 413, "BadRequestException", "the request body is larger than 8 MiB");
        else
            ds__server_handle(srv, &req, &ss->res);
        log_request(ss, "POST");
        ds__buf_free(&ss->body);
        return begin_response(wsi, ss);
    }
    case LWS_CALLBACK_HTTP_WRITEABLE: {
        if (!ss->responding)
            return 0;
        size_t left = ss->res.len - ss->sent, chunk = left > 65536 ? 65536 : left;
        unsigned char *buf = malloc(LWS_PRE + chunk + 1);
        if (!buf)
            return -1;
        memcpy(buf + LWS_PRE, ss->res.body + ss->sent, chunk);
        bool last = ss->sent + chunk == ss->res.len;
        int n = lws_write(wsi, buf + LWS_PRE, chunk, last ? LWS_WRITE_HTTP_FINAL : LWS_WRITE_HTTP);
        free(buf);
        if (n < 0)
            return -1;
        ss->sent += chunk;
        if (!last) {
            lws_callback_on_writable(wsi);
            return 0;
        }
        ss->responding = false;
        free(ss->res.body);
        ss->res.body = NULL;
        if (lws_http_transaction_completed(wsi))
            return -1;
        return 0;
    }
    case LWS_CALLBACK_HTTP_CONFIRM_UPGRADE: /* WebSocket: only the realtime endpoint */
        return ds__rt_confirm_upgrade(wsi, (const char *)in);
    case LWS_CALLBACK_CLOSED_HTTP:
        if (ss) {
            ds__buf_free(&ss->body);
            free(ss->res.body);
            ss->res.body = NULL;
        }
        return 0;
    default:
        break;
    }
    return lws_callback_http_dummy(wsi, reason, user, in, len);
}

/*
 * Room for many realtime connections: each subscriber holds a socket, and
 * the usual soft limit of 1,024 descriptors stops a server at about a
 * thousand of them (accept fails with EMFILE). Raise it towards the hard
 * limit - but not past FD_WANT: lws sizes its fd tables by the soft limit
 * (measured: about 23 bytes per allowed descriptor, allocated and zeroed
 * up front), and hard limits of a million are common.
 */
#define FD_WANT ((rlim_t)65536)

static void raise_fd_limit(void) {
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) != 0 || rl.rlim_cur >= FD_WANT || rl.rlim_cur >= rl.rlim_max)
        return;
    rl.rlim_cur = rl.rlim_max < FD_WANT ? rl.rlim_max : FD_WANT;
    if (setrlimit(RLIMIT_NOFILE, &rl) != 0)
        fprintf(stderr, "datastore serve: cannot raise the open-file limit (ulimit -n) to %llu\n",
                (unsigned long long)rl.rlim_cur);
}

/* TLS for the vhost: --tls-cert/--tls-key, or --dev-tls's own pair. The
 * paths live in cert/key (cap bytes each); false when not serving TLS. */
static ds_status tls_files(ds__server *srv, char *cert, char *key, size_t cap, bool *on, ds_error *err) {
    *on = false;
    const ds__server_config *cfg = &srv->cfg;
    if (cfg->dev_tls) {
        bool made = false;
        ds_status rc = ds__tls_dev_cert(cfg->dev_tls_dir, cert, key, cap, &made, err);
        if (rc != DS_OK)
            return rc;
        fprintf(stderr, "datastore serve: %s development TLS certificate %s (clients trust it with "
                        "NODE_EXTRA_CA_CERTS=%s)\n",
                made ? "made a" : "reusing the", cert, cert);
    } else if (cfg->tls_cert || cfg->tls_key) {
        if (!cfg->tls_cert || !cfg->tls_key)
            return ds__error(err, DS_ERR_INVALID, "TLS needs both --tls-cert FILE and --tls-key FILE");
        snprintf(cert, cap, "%s", cfg->tls_cert);
        snprintf(key, cap, "%s", cfg->tls_key);
    } else {
        return DS_OK;
    }
    ds_status rc = ds__tls_check(cert, key, err);
    *on = rc == DS_OK;
    return rc;
}

ds_status ds__http_run(ds__server *srv, ds_error *err) {
    char cert[4200], key[4200];
    bool tls = false;
    ds_status rc = tls_files(srv, cert, key, sizeof cert, &tls, err);
    if (rc == DS_OK)
        rc = ds__rt_open(srv, err);
    if (rc != DS_OK)
        return rc;
    /* HTTP first: it is the default for connections that name no protocol. */
    struct lws_protocols protocols[] = {
        {"http", callback, sizeof(session), 0, 0, NULL, 0},
        ds__rt_protocol(),
        {NULL, NULL, 0, 0, 0, NULL, 0},
    };
    struct lws_context_creation_info info;
    memset(&info, 0, sizeof info);
    info.port = srv->cfg.port;
    info.iface = srv->cfg.host;
    info.protocols = protocols;
    info.user = srv;
    info.options = LWS_SERVER_OPTION_DISABLE_IPV6 | LWS_SERVER_OPTION_VALIDATE_UTF8;
    info.keepalive_timeout = 60;
    info.timeout_secs = 30;
    /* The realtime auth carriers (a JWT in a header- subprotocol) make for
     * long upgrade requests. */
    info.max_http_header_data = 16384;
    if (tls) {
        /* One port for both: a connection opening with a TLS handshake gets
         * TLS, anything else plain HTTP (lws peeks at the first byte). The
         * realtime clients always use wss://, other callers http://. */
        info.options |= LWS_SERVER_OPTION_DO_SSL_GLOBAL_INIT | LWS_SERVER_OPTION_ALLOW_NON_SSL_ON_SSL_PORT |
                        LWS_SERVER_OPTION_ALLOW_HTTP_ON_HTTPS_LISTENER;
        info.ssl_cert_filepath = cert;
        info.ssl_private_key_filepath = key;
        info.alpn = "http/1.1"; /* no h2: WebSockets and our logging are HTTP/1.1 */
    }
    lws_set_log_level(LLL_ERR, NULL);
    raise_fd_limit(); /* before the context: lws reads the limit once */
    struct lws_context *ctx = lws_create_context(&info);
    if (!ctx) {
        ds__rt_close(srv);
        return ds__error(err, DS_ERR_IO, "cannot listen on %s:%d (in use, or not an address of this machine)%s",
                         srv->cfg.host, srv->cfg.port, tls ? ", or the TLS certificate was refused" : "");
    }
    g_context = ctx;
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
    signal(SIGPIPE, SIG_IGN);
    if (tls)
        fprintf(stderr,
                "datastore serve: listening on http://%s:%d/graphql and https://%s:%d/graphql, realtime on "
                "wss://%s:%d/graphql/realtime (and ws://)\n",
                srv->cfg.host, srv->cfg.port, srv->cfg.host, srv->cfg.port, srv->cfg.host, srv->cfg.port);
    else
        fprintf(stderr, "datastore serve: listening on http://%s:%d/graphql, realtime on ws://%s:%d/graphql/realtime\n",
                srv->cfg.host, srv->cfg.port, srv->cfg.host, srv->cfg.port);
    fflush(stderr);
    int64_t last_purge = 0;
    while (!g_stop) {
        if (lws_service(ctx, 250) < 0)
            break;
        int64_t now = ds__now_ms();
        if (now - last_purge > 60000) { /* TTLs are minutes at least */
            ds__server_purge(srv);
            last_purge = now;
        }
    }
    lws_context_destroy(ctx);
    g_context = NULL;
    ds__rt_close(srv);
    fprintf(stderr, "datastore serve: stopped\n");
    return DS_OK;
}
