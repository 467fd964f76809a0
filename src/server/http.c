/*
 * HTTP for `datastore serve`, on libwebsockets' event loop.
 *
 * One loop, one thread: a request's body is collected (up to a cap), handed
 * whole to the server (server.c), and the answer written back; the
 * connection stays open for the next request (keep-alive). Everything a
 * handler does is short and transactional, so the loop never waits long.
 * SIGINT/SIGTERM stop the loop between requests: a request in progress
 * completes first.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libwebsockets.h>

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

static const struct lws_protocols PROTOCOLS[] = {
    {"http", callback, sizeof(session), 0, 0, NULL, 0},
    {NULL, NULL, 0, 0, 0, NULL, 0},
};

ds_status ds__http_run(ds__server *srv, ds_error *err) {
    struct lws_context_creation_info info;
    memset(&info, 0, sizeof info);
    info.port = srv->cfg.port;
    info.iface = srv->cfg.host;
    info.protocols = PROTOCOLS;
    info.user = srv;
    info.options = LWS_SERVER_OPTION_DISABLE_IPV6 | LWS_SERVER_OPTION_VALIDATE_UTF8;
    info.keepalive_timeout = 60;
    info.timeout_secs = 30;
    lws_set_log_level(LLL_ERR, NULL);
    struct lws_context *ctx = lws_create_context(&info);
    if (!ctx)
        return ds__error(err, DS_ERR_IO, "cannot listen on %s:%d (in use, or not an address of this machine)",
                         srv->cfg.host, srv->cfg.port);
    g_context = ctx;
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
    signal(SIGPIPE, SIG_IGN);
    fprintf(stderr, "datastore serve: listening on http://%s:%d/graphql\n", srv->cfg.host, srv->cfg.port);
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
    fprintf(stderr, "datastore serve: stopped\n");
    return DS_OK;
}
