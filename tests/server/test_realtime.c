/*
 * The realtime WebSocket protocol of `datastore serve`, spoken by a real
 * WebSocket client (libwebsockets' client API, in this process) to the real
 * server process on 127.0.0.1: the handshake and its three auth carriers,
 * keep-alives, start/start_ack/data/error/stop/complete, filters, owner
 * arguments, fan-out in commit order after mutations made over HTTP, the
 * send-queue and message-size limits, malformed input, idle connections,
 * and the same over wss:// with the --dev-tls certificate.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <curl/curl.h>
#include <jwt.h>
#include <libwebsockets.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "support/server_proc.h"
#include "support/testutil.h"
#include "util/base64.h"

static const char SCHEMA[] =
    "enum PostStatus { ACTIVE INACTIVE }\n"
    "type Blog @model { id: ID! name: String! posts: [Post] @hasMany(indexName: \"byBlog\", fields: [\"id\"]) }\n"
    "type Post @model { id: ID! title: String! rating: Int status: PostStatus tags: [String]\n"
    "  blogID: ID @index(name: \"byBlog\") blog: Blog @belongsTo(fields: [\"blogID\"]) }\n"
    "type Note @model @auth(rules: [{allow: owner}, {allow: public}]) { id: ID! content: String owner: String }\n";

/* The keep-alive interval the tests run with (DATASTORE_KA_MS; 10 s by default). */
#define KA_MS_N 400
#define STR_(x) #x
#define STR(x) STR_(x)
#define KA_MS STR(KA_MS_N)

static const char *ON_CREATE = "subscription S { onCreatePost { id title rating } }";

/* ---- the server ------------------------------------------------------------------------ */

typedef struct env {
    tu_server srv;
    char *schema_path;
    char tls_dir[128]; /* "" without TLS */
    struct lws_context *ctx;
    lws_sorted_usec_list_t tick;
} env;

static env *g_env;

static int64_t now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

static void start_server(env *e, const char *const *extra) {
    e->schema_path = tu_write_temp(SCHEMA, ".graphql");
    bool ok = tu_server_start(&e->srv, e->schema_path, extra);
    if (!ok) {
        char *log = tu_read_file(e->srv.log, NULL);
        fprintf(stderr, "server did not start:\n%s\n", log ? log : "(no log)");
        free(log);
    }
    assert_true(ok);
}

static struct lws_protocols CLIENT_PROTOCOLS[2];

/* lws_service waits for the next scheduled event: a 20 ms tick keeps the
 * pump responsive to its deadlines. */
static void on_tick(lws_sorted_usec_list_t *sul) {
    env *e = lws_container_of(sul, env, tick);
    lws_sul_schedule(e->ctx, 0, &e->tick, on_tick, 20 * LWS_US_PER_MS);
}

static void client_context(env *e) {
    struct lws_context_creation_info info;
    memset(&info, 0, sizeof info);
    info.port = CONTEXT_PORT_NO_LISTEN;
    info.protocols = CLIENT_PROTOCOLS;
    info.gid = -1;
    info.uid = -1;
    info.options = LWS_SERVER_OPTION_DO_SSL_GLOBAL_INIT;
    char ca[200];
    if (e->tls_dir[0]) {
        snprintf(ca, sizeof ca, "%s/cert.pem", e->tls_dir);
        info.client_ssl_ca_filepath = ca;
    }
    lws_set_log_level(LLL_ERR, NULL);
    e->ctx = lws_create_context(&info);
    assert_non_null(e->ctx);
    lws_sul_schedule(e->ctx, 0, &e->tick, on_tick, 20 * LWS_US_PER_MS);
}

/* cmocka's initial state for the variants that run over TLS. */
static int TLS_MODE;

/* A fresh server and client context; over TLS (--dev-tls, wss://) when the
 * test was registered with TLS_MODE. */
static void setup_env(env *e, void **state) {
    memset(e, 0, sizeof *e);
    g_env = e;
    setenv("DATASTORE_KA_MS", KA_MS, 1);
    if (state && *state == &TLS_MODE) {
        snprintf(e->tls_dir, sizeof e->tls_dir, "/tmp/ds_rt_tls_%d", (int)getpid());
        const char *extra[] = {"--dev-tls", "--dev-tls-dir", e->tls_dir, NULL};
        start_server(e, extra);
    } else {
        start_server(e, NULL);
    }
    client_context(e);
}

static void teardown_env(env *e) {
    lws_sul_cancel(&e->tick);
    lws_context_destroy(e->ctx);
    e->ctx = NULL;
    assert_int_equal(tu_server_stop(&e->srv), 0);
    tu_server_cleanup(&e->srv);
    remove(e->schema_path);
    free(e->schema_path);
    if (e->tls_dir[0]) {
        char cmd[200];
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", e->tls_dir);
        assert_int_equal(system(cmd), 0);
    }
    unsetenv("DATASTORE_RT_IDLE_MS");
}

/* A mutation over HTTP that must succeed; returns data.<field> (owned). */
static json_t *mutate(env *e, const char *query, json_t *vars, const char *field) {
    json_t *r = NULL;
    int st = tu_graphql(&e->srv, NULL, query, vars, &r);
    json_decref(vars);
    if (st != 200 || !r || json_object_get(r, "errors")) {
        char *s = r ? json_dumps(r, 0) : NULL;
        fprintf(stderr, "mutation failed (HTTP %d): %s\n%s\n", st, query, s ? s : "(no body)");
        free(s);
        fail();
    }
    json_t *out = json_incref(json_object_get(json_object_get(r, "data"), field));
    json_decref(r);
    return out;
}

static json_t *create_post(env *e, const char *id, const char *title, int rating, const char *status) {
    json_t *input = json_pack("{s:s,s:s,s:i}", "id", id, "title", title, "rating", rating);
    if (status)
        json_object_set_new(input, "status", json_string(status));
    return mutate(e, "mutation M($input: CreatePostInput!) { createPost(input: $input) { id _version } }",
                  json_pack("{s:o}", "input", input), "createPost");
}

static char *server_log(env *e) { return tu_read_file(e->srv.log, NULL); }

/* ---- the client ----------------------------------------------------------------------------- */

enum { WS_CONNECTING, WS_OPEN, WS_CLOSED, WS_FAILED };

typedef struct wsc {
    struct lws *wsi;
    int state;
    char error[256];
    int close_code;
    char protocol[64];
    json_t *inbox; /* messages received, in order (non-JSON ones as strings) */
    size_t seen;   /* how far wsc_expect has looked */
    char *rx;
    size_t rx_len;
    struct {
        char *data;
        size_t len;
        bool binary;
    } out[512];
    size_t nout, sent;
    const char *header_key; /* an x-api-key upgrade header, or NULL */
} wsc;

static int client_cb(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in, size_t len) {
    (void)user;
    wsc *c = lws_get_opaque_user_data(wsi);
    if (!c)
        return 0;
    switch (reason) {
    case LWS_CALLBACK_CLIENT_APPEND_HANDSHAKE_HEADER:
        if (c->header_key) {
            unsigned char **p = (unsigned char **)in, *end = *p + len;
            if (lws_add_http_header_by_name(wsi, (const unsigned char *)"x-api-key:",
                                            (const unsigned char *)c->header_key, (int)strlen(c->header_key), p, end))
                return -1;
        }
        return 0;
    case LWS_CALLBACK_CLIENT_FILTER_PRE_ESTABLISH: /* the 101's headers are here */
        if (lws_hdr_total_length(wsi, WSI_TOKEN_PROTOCOL) > 0)
            lws_hdr_copy(wsi, c->protocol, (int)sizeof c->protocol, WSI_TOKEN_PROTOCOL);
        return 0;
    case LWS_CALLBACK_CLIENT_ESTABLISHED:
        c->state = WS_OPEN;
        if (c->sent < c->nout)
            lws_callback_on_writable(wsi);
        return 0;
    case LWS_CALLBACK_CLIENT_RECEIVE: {
        char *n = realloc(c->rx, c->rx_len + len + 1);
        assert_non_null(n);
        c->rx = n;
        memcpy(c->rx + c->rx_len, in, len);
        c->rx_len += len;
        c->rx[c->rx_len] = '\0';
        if (!lws_is_final_fragment(wsi))
            return 0;
        json_error_t je;
        json_t *m = json_loadb(c->rx, c->rx_len, 0, &je);
        json_array_append_new(c->inbox, m ? m : json_stringn(c->rx, c->rx_len));
        c->rx_len = 0;
        return 0;
    }
    case LWS_CALLBACK_CLIENT_WRITEABLE:
        if (c->sent < c->nout) {
            size_t n = c->out[c->sent].len;
            unsigned char *buf = malloc(LWS_PRE + n + 1);
            memcpy(buf + LWS_PRE, c->out[c->sent].data, n);
            int w = lws_write(wsi, buf + LWS_PRE, n, c->out[c->sent].binary ? LWS_WRITE_BINARY : LWS_WRITE_TEXT);
            free(buf);
            c->sent++;
            if (w < 0)
                return -1;
            if (c->sent < c->nout)
                lws_callback_on_writable(wsi);
        }
        return 0;
    case LWS_CALLBACK_WS_PEER_INITIATED_CLOSE:
        if (len >= 2)
            c->close_code = ((unsigned char *)in)[0] << 8 | ((unsigned char *)in)[1];
        return 0;
    case LWS_CALLBACK_CLIENT_CONNECTION_ERROR:
        c->state = WS_FAILED;
        snprintf(c->error, sizeof c->error, "%s", in ? (const char *)in : "(no reason)");
        c->wsi = NULL;
        return 0;
    case LWS_CALLBACK_CLIENT_CLOSED:
        c->state = WS_CLOSED;
        c->wsi = NULL;
        return 0;
    default:
        return 0;
    }
}

static struct lws_protocols CLIENT_PROTOCOLS[2] = {
    {"graphql-ws", client_cb, 0, 0, 0, NULL, 0},
    {NULL, NULL, 0, 0, 0, NULL, 0},
};

/* Services the client context until cond holds or ms pass. */
static bool pump(bool (*cond)(void *), void *arg, int ms) {
    int64_t end = now_ms() + ms;
    while (!(cond && cond(arg))) {
        if (now_ms() >= end)
            return false;
        lws_service(g_env->ctx, 0);
    }
    return true;
}

static bool not_connecting(void *arg) { return ((wsc *)arg)->state != WS_CONNECTING; }
static bool is_gone(void *arg) { return ((wsc *)arg)->state >= WS_CLOSED; }

typedef struct conn_opts {
    const char *subprotocols; /* the Sec-WebSocket-Protocol list; NULL: graphql-ws + header- with the key */
    const char *query;        /* appended to the path, e.g. "?header=..&payload=.." */
    const char *path;         /* NULL: /graphql/realtime */
    const char *header_key;   /* sent as an x-api-key upgrade header */
    const char *key;          /* the key in the default header- subprotocol; NULL: the server's */
    const char *jwt;          /* a token: the header- subprotocol carries Authorization instead of a key */
} conn_opts;

static char *b64_json(json_t *obj, bool url) {
    char *text = json_dumps(obj, JSON_COMPACT);
    char *b = ds__base64_encode(text, strlen(text), url);
    free(text);
    return b;
}

static char *auth_subprotocols(env *e, const char *key, const char *jwt) {
    json_t *auth = jwt ? json_pack("{s:s,s:s}", "host", "127.0.0.1", "Authorization", jwt)
                       : json_pack("{s:s,s:s,s:s}", "host", "127.0.0.1", "x-amz-date", "20261125T074900Z", "x-api-key",
                                   key ? key : e->srv.api_key);
    char *b = b64_json(auth, true);
    json_decref(auth);
    size_t n = strlen(b) + 32;
    char *list = malloc(n);
    snprintf(list, n, "graphql-ws,header-%s", b);
    free(b);
    return list;
}

/* Opens a connection and waits for the handshake's outcome. */
static wsc *wsc_open(env *e, const conn_opts *o) {
    conn_opts dflt = {0};
    if (!o)
        o = &dflt;
    wsc *c = calloc(1, sizeof *c);
    c->inbox = json_array();
    c->header_key = o->header_key;
    char *made = o->subprotocols ? NULL : auth_subprotocols(e, o->key, o->jwt);
    char path[4096];
    snprintf(path, sizeof path, "%s%s", o->path ? o->path : "/graphql/realtime", o->query ? o->query : "");
    char host[64];
    snprintf(host, sizeof host, "127.0.0.1:%d", e->srv.port);
    struct lws_client_connect_info ci;
    memset(&ci, 0, sizeof ci);
    ci.context = e->ctx;
    ci.address = "127.0.0.1";
    ci.port = e->srv.port;
    ci.path = path;
    ci.host = host;
    ci.origin = host;
    ci.protocol = made ? made : o->subprotocols;
    ci.local_protocol_name = "graphql-ws";
    ci.ssl_connection = e->tls_dir[0] ? LCCSCF_USE_SSL : 0;
    ci.opaque_user_data = c;
    ci.pwsi = &c->wsi;
    if (!lws_client_connect_via_info(&ci)) {
        c->state = WS_FAILED;
        snprintf(c->error, sizeof c->error, "lws_client_connect_via_info failed");
    }
    pump(not_connecting, c, 5000);
    free(made);
    return c;
}

static void wsc_close(wsc *c) {
    if (!c)
        return;
    if (c->wsi) { /* still open (or connecting): detach, then close */
        lws_set_opaque_user_data(c->wsi, NULL);
        lws_set_timeout(c->wsi, PENDING_TIMEOUT_USER_OK, LWS_TO_KILL_SYNC);
        c->wsi = NULL;
    }
    for (size_t i = 0; i < c->nout; i++)
        free(c->out[i].data);
    json_decref(c->inbox);
    free(c->rx);
    free(c);
}

static void wsc_send_raw(wsc *c, const char *data, size_t len, bool binary) {
    assert_true(c->nout < sizeof c->out / sizeof c->out[0]);
    c->out[c->nout].data = malloc(len + 1);
    memcpy(c->out[c->nout].data, data, len);
    c->out[c->nout].len = len;
    c->out[c->nout].binary = binary;
    c->nout++;
    if (c->wsi)
        lws_callback_on_writable(c->wsi);
}

static void wsc_send(wsc *c, json_t *msg) {
    char *text = json_dumps(msg, JSON_COMPACT);
    json_decref(msg);
    wsc_send_raw(c, text, strlen(text), false);
    free(text);
}

typedef struct want {
    wsc *c;
    const char *type; /* NULL: any */
    const char *id;   /* NULL: any */
    json_t *found;
} want;

static bool message_matches(json_t *m, const char *type, const char *id) {
    const char *t = json_string_value(json_object_get(m, "type"));
    const char *i = json_string_value(json_object_get(m, "id"));
    return (!type || (t && !strcmp(t, type))) && (!id || (i && !strcmp(i, id)));
}

static bool found_next(void *arg) {
    want *w = arg;
    for (; w->c->seen < json_array_size(w->c->inbox); w->c->seen++) {
        json_t *m = json_array_get(w->c->inbox, w->c->seen);
        if (message_matches(m, w->type, w->id)) {
            w->found = m;
            w->c->seen++;
            return true;
        }
    }
    return w->c->state >= WS_CLOSED;
}

/* The next message of that type (and id), skipping others; fails the test
 * after ms. Borrowed from the inbox. */
static json_t *wsc_expect(wsc *c, const char *type, const char *id, int ms) {
    want w = {c, type, id, NULL};
    pump(found_next, &w, ms);
    if (!w.found) {
        char *all = json_dumps(c->inbox, JSON_COMPACT);
        fprintf(stderr, "no %s message (id %s) within %d ms; state %d (%s); got: %.2000s\n", type ? type : "any",
                id ? id : "any", ms, c->state, c->error, all ? all : "");
        free(all);
        fail();
    }
    return w.found;
}

/* The next message that is not a keep-alive, whatever it is. */
static json_t *wsc_next(wsc *c, int ms) {
    for (;;) {
        json_t *m = wsc_expect(c, NULL, NULL, ms);
        if (!message_matches(m, "ka", NULL))
            return m;
    }
}

static const char *type_of(json_t *m) { return json_string_value(json_object_get(m, "type")); }

static const char *first_error_field(json_t *m, const char *field) {
    return json_string_value(
        json_object_get(json_array_get(json_object_get(json_object_get(m, "payload"), "errors"), 0), field));
}

static void wsc_init(wsc *c) {
    assert_int_equal(c->state, WS_OPEN);
    wsc_send(c, json_pack("{s:s}", "type", "connection_init"));
    json_t *ack = wsc_expect(c, "connection_ack", NULL, 5000);
    assert_int_equal(json_integer_value(json_object_get(json_object_get(ack, "payload"), "connectionTimeoutMs")),
                     300000);
}

/* A start message; auth_key NULL sends no extensions.authorization. */
static json_t *start_msg(const char *id, const char *query, json_t *vars, const char *auth_key) {
    json_t *data = json_pack("{s:s,s:o}", "query", query, "variables", vars ? vars : json_object());
    char *text = json_dumps(data, JSON_COMPACT);
    json_decref(data);
    json_t *m = json_pack("{s:s,s:s,s:{s:s}}", "id", id, "type", "start", "payload", "data", text);
    free(text);
    if (auth_key)
        json_object_set_new(json_object_get(m, "payload"), "extensions",
                            json_pack("{s:{s:s,s:s}}", "authorization", "host", "127.0.0.1", "x-api-key", auth_key));
    return m;
}

/* Starts a subscription; returns the answer (start_ack or error). */
static json_t *wsc_start(env *e, wsc *c, const char *id, const char *query, json_t *vars) {
    wsc_send(c, start_msg(id, query, vars, e->srv.api_key));
    for (;;) {
        json_t *m = wsc_expect(c, NULL, id, 5000);
        if (message_matches(m, "start_ack", NULL) || message_matches(m, "error", NULL))
            return m;
    }
}

static void wsc_start_ok(env *e, wsc *c, const char *id, const char *query, json_t *vars) {
    json_t *m = wsc_start(e, c, id, query, vars);
    if (!message_matches(m, "start_ack", id)) {
        char *s = json_dumps(m, 0);
        fprintf(stderr, "start %s refused: %s\n", id, s);
        free(s);
        fail();
    }
}

/* The payload.data.<field> of the next data message for id. */
static json_t *wsc_data(wsc *c, const char *id, const char *field) {
    json_t *m = wsc_expect(c, "data", id, 5000);
    json_t *payload = json_object_get(m, "payload");
    assert_null(json_object_get(payload, "errors"));
    return json_object_get(json_object_get(payload, "data"), field);
}

/* ---- the handshake --------------------------------------------------------------------------- */

static void handshake_selects_graphql_ws_acks_and_keeps_alive(void **state) {
    env e;
    setup_env(&e, state);
    wsc *c = wsc_open(&e, NULL); /* auth in a header- subprotocol, as amplify-js sends it */
    assert_int_equal(c->state, WS_OPEN);
    assert_string_equal(c->protocol, "graphql-ws");
    wsc_init(c);
    /* A ka right after the ack (well before the interval), then one every
     * DATASTORE_KA_MS (the server's default is 10 s). */
    size_t ack_at = c->seen;
    json_t *ka = wsc_expect(c, NULL, NULL, 200);
    assert_string_equal(type_of(ka), "ka");
    assert_int_equal(c->seen, ack_at + 1);
    int64_t t0 = now_ms();
    wsc_expect(c, "ka", NULL, 2000);
    wsc_expect(c, "ka", NULL, 2000);
    int64_t took = now_ms() - t0;
    assert_true(took >= 2 * KA_MS_N - 150);
    assert_true(took < 2 * KA_MS_N + 1000);
    /* connection_init again is answered again. */
    wsc_send(c, json_pack("{s:s}", "type", "connection_init"));
    wsc_expect(c, "connection_ack", NULL, 2000);
    wsc_close(c);
    teardown_env(&e);
}

static void upgrade_refused_off_the_endpoint_or_without_graphql_ws(void **state) {
    env e;
    setup_env(&e, state);
    conn_opts off = {.path = "/graphql/elsewhere"};
    wsc *c = wsc_open(&e, &off);
    assert_int_equal(c->state, WS_FAILED);
    wsc_close(c);
    conn_opts other = {.subprotocols = "graphql-transport-ws"};
    c = wsc_open(&e, &other);
    assert_int_equal(c->state, WS_FAILED);
    wsc_close(c);
    char *log = server_log(&e);
    assert_non_null(strstr(log, "refused 404"));
    assert_non_null(strstr(log, "refused 400"));
    free(log);
    /* The plain API is still there. */
    json_t *p = create_post(&e, "p-after", "still serving", 1, NULL);
    json_decref(p);
    teardown_env(&e);
}

/* ---- events -------------------------------------------------------------------------------------- */

static void data_after_a_mutation_carries_the_selection(void **state) {
    env e;
    setup_env(&e, state);
    wsc *c = wsc_open(&e, NULL);
    wsc_init(c);
    wsc_start_ok(&e, c, "s1", ON_CREATE, NULL);
    /* Aliases, __typename and a relationship field resolved by the server. */
    wsc_start_ok(&e, c, "s2", "subscription { x: onCreatePost { __typename t: title blog { name } } }", NULL);
    json_t *b =
        mutate(&e, "mutation { createBlog(input: {id: \"b1\", name: \"Blog One\"}) { id } }", NULL, "createBlog");
    json_decref(b);
    json_t *p =
        mutate(&e, "mutation { createPost(input: {id: \"p1\", title: \"hello\", rating: 5, blogID: \"b1\"}) { id } }",
               NULL, "createPost");
    json_decref(p);
    json_t *got = wsc_data(c, "s1", "onCreatePost");
    char *text = json_dumps(got, JSON_SORT_KEYS | JSON_COMPACT);
    assert_string_equal(text, "{\"id\":\"p1\",\"rating\":5,\"title\":\"hello\"}"); /* only what was selected */
    free(text);
    got = wsc_data(c, "s2", "x");
    text = json_dumps(got, JSON_SORT_KEYS | JSON_COMPACT);
    assert_string_equal(text, "{\"__typename\":\"Post\",\"blog\":{\"name\":\"Blog One\"},\"t\":\"hello\"}");
    free(text);
    wsc_close(c);
    teardown_env(&e);
}

static void update_and_delete_events_then_stop_completes(void **state) {
    env e;
    setup_env(&e, state);
    wsc *c = wsc_open(&e, NULL);
    wsc_init(c);
    wsc_start_ok(&e, c, "u", "subscription { onUpdatePost { id title _version } }", NULL);
    wsc_start_ok(&e, c, "d", "subscription { onDeletePost { id title _version _deleted } }", NULL);
    json_decref(create_post(&e, "p1", "first", 1, NULL));
    json_decref(mutate(&e, "mutation { updatePost(input: {id: \"p1\", title: \"second\", _version: 1}) { id } }", NULL,
                       "updatePost"));
    json_t *u = wsc_data(c, "u", "onUpdatePost");
    assert_string_equal(json_string_value(json_object_get(u, "title")), "second");
    assert_int_equal(json_integer_value(json_object_get(u, "_version")), 2);
    json_decref(mutate(&e, "mutation { deletePost(input: {id: \"p1\", _version: 2}) { id } }", NULL, "deletePost"));
    json_t *d = wsc_data(c, "d", "onDeletePost");
    assert_true(json_is_true(json_object_get(d, "_deleted")));
    assert_string_equal(json_string_value(json_object_get(d, "title")), "second");
    assert_int_equal(json_integer_value(json_object_get(d, "_version")), 3);
    /* stop -> complete; the stopped subscription hears nothing more, the
     * other one does (and its event is the next message: commit order). */
    wsc_send(c, json_pack("{s:s,s:s}", "type", "stop", "id", "u"));
    wsc_expect(c, "complete", "u", 2000);
    json_decref(create_post(&e, "p2", "x", 1, NULL));
    json_decref(mutate(&e, "mutation { updatePost(input: {id: \"p2\", title: \"y\", _version: 1}) { id } }", NULL,
                       "updatePost"));
    json_decref(mutate(&e, "mutation { deletePost(input: {id: \"p2\", _version: 2}) { id } }", NULL, "deletePost"));
    json_t *next = wsc_next(c, 5000);
    assert_string_equal(type_of(next), "data");
    assert_string_equal(json_string_value(json_object_get(next, "id")), "d");
    /* Stopping what is not running is an error, not a crash. */
    wsc_send(c, json_pack("{s:s,s:s}", "type", "stop", "id", "u"));
    json_t *err = wsc_expect(c, "error", "u", 2000);
    assert_string_equal(first_error_field(err, "errorType"), "UnknownOperationError");
    wsc_close(c);
    teardown_env(&e);
}

static const char *data_id(json_t *m) { return json_string_value(json_object_get(m, "id")); }

static void filters_match_skip_and_take_in_and_not_in(void **state) {
    env e;
    setup_env(&e, state);
    wsc *c = wsc_open(&e, NULL);
    wsc_init(c);
    const char *q =
        "subscription S($filter: ModelSubscriptionPostFilterInput) { onCreatePost(filter: $filter) { id } }";
    wsc_start_ok(&e, c, "eq", q, json_pack("{s:{s:{s:s}}}", "filter", "title", "eq", "wanted"));
    wsc_start_ok(&e, c, "in", q, json_pack("{s:{s:{s:[i,i]}}}", "filter", "rating", "in", 1, 2));
    wsc_start_ok(&e, c, "notIn", q, json_pack("{s:{s:{s:[s]}}}", "filter", "status", "notIn", "INACTIVE"));
    wsc_start_ok(
        &e, c, "or", q,
        json_pack("{s:{s:[{s:{s:i}},{s:{s:s}}]}}", "filter", "or", "rating", "gt", 8, "title", "beginsWith", "zz"));
    /* A literal filter in the document works as well as a variable. */
    wsc_start_ok(&e, c, "lit", "subscription { onCreatePost(filter: {rating: {between: [3, 4]}}) { id } }", NULL);
    json_decref(create_post(&e, "a", "wanted", 9, "INACTIVE")); /* eq, or */
    json_decref(create_post(&e, "b", "other", 2, "ACTIVE"));    /* in, notIn */
    json_decref(create_post(&e, "c", "zzz", 3, "INACTIVE"));    /* or, lit */
    json_decref(create_post(&e, "d", "none", 7, "INACTIVE"));   /* nobody */
    json_decref(create_post(&e, "e", "wanted", 1, NULL));       /* eq, in, notIn (status null) */
    static const struct {
        const char *sub, *item;
    } expected[] = {{"eq", "a"},  {"or", "a"}, {"in", "b"}, {"notIn", "b"}, {"or", "c"},
                    {"lit", "c"}, {"eq", "e"}, {"in", "e"}, {"notIn", "e"}};
    /* Per subscription, exactly its items, in commit order. */
    static const char *subs[] = {"eq", "in", "notIn", "or", "lit"};
    size_t total = sizeof expected / sizeof expected[0];
    for (size_t k = 0; k < total; k++) {
        json_t *m = wsc_next(c, 5000);
        assert_string_equal(type_of(m), "data");
    }
    for (size_t s = 0; s < 5; s++) {
        size_t n = 0;
        for (size_t i = 0; i < json_array_size(c->inbox); i++) {
            json_t *m = json_array_get(c->inbox, i);
            if (!message_matches(m, "data", subs[s]))
                continue;
            const char *item = json_string_value(json_object_get(
                json_object_get(json_object_get(json_object_get(m, "payload"), "data"), "onCreatePost"), "id"));
            while (n < total && strcmp(expected[n].sub, subs[s]) != 0)
                n++;
            assert_true(n < total);
            assert_string_equal(item, expected[n].item);
            n++;
        }
        while (n < total && strcmp(expected[n].sub, subs[s]) != 0)
            n++;
        assert_int_equal(n, total); /* none missing */
    }
    (void)data_id;
    wsc_close(c);
    teardown_env(&e);
}

static void filters_over_appsync_limits_are_refused(void **state) {
    env e;
    setup_env(&e, state);
    wsc *c = wsc_open(&e, NULL);
    wsc_init(c);
    const char *q =
        "subscription S($filter: ModelSubscriptionPostFilterInput) { onCreatePost(filter: $filter) { id } }";
    struct {
        const char *filter, *message;
    } cases[] = {
        {"{\"id\":{\"eq\":\"1\"},\"title\":{\"eq\":\"t\"},\"rating\":{\"eq\":1},\"status\":{\"eq\":\"ACTIVE\"},"
         "\"tags\":{\"contains\":\"a\"},\"blogID\":{\"eq\":\"b\"}}",
         "Filters exceed maximum attributes limit"},
        {"{\"or\":[{\"rating\":{\"eq\":1}},{\"rating\":{\"eq\":2}},{\"rating\":{\"eq\":3}},{\"rating\":{\"eq\":4}},"
         "{\"rating\":{\"eq\":5}},{\"rating\":{\"eq\":6}}],\"and\":[{\"or\":[{\"title\":{\"eq\":\"a\"}},{\"title\":{"
         "\"eq\":\"b\"}},{\"title\":{\"eq\":\"c\"}},{\"title\":{\"eq\":\"d\"}},{\"title\":{\"eq\":\"e\"}}]}]}",
         "Filters combination exceed maximum limit"},
        {"{\"and\":[{\"title\":{\"beginsWith\":\"a\"}},{\"title\":{\"contains\":\"b\"}}]}",
         "filter uses same fieldName multiple time"},
        {"{\"rating\":{\"in\":[1,2,3,4,5,6]}}", "at most 5"},
        {"{\"not\":{\"title\":{\"eq\":\"a\"}}}", "'not'"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char id[16];
        snprintf(id, sizeof id, "lim%zu", i);
        json_error_t je;
        json_t *f = json_loads(cases[i].filter, 0, &je);
        assert_non_null(f);
        json_t *m = wsc_start(&e, c, id, q, json_pack("{s:o}", "filter", f));
        assert_string_equal(type_of(m), "error");
        const char *msg = first_error_field(m, "message");
        if (!msg || !strstr(msg, cases[i].message)) {
            fprintf(stderr, "case %zu: expected \"%s\" in %s\n", i, cases[i].message, msg ? msg : "(none)");
            fail();
        }
    }
    /* Five fields, ten combinations and five values are fine. */
    json_error_t je;
    json_t *f = json_loads("{\"id\":{\"ne\":\"1\"},\"title\":{\"ne\":\"t\"},\"rating\":{\"in\":[1,2,3,4,5]},"
                           "\"status\":{\"ne\":\"ACTIVE\"},\"or\":[{\"tags\":{\"contains\":\"a\"}},{\"tags\":{"
                           "\"contains\":\"b\"}}]}",
                           0, &je);
    wsc_start_ok(&e, c, "fine", q, json_pack("{s:o}", "filter", f));
    wsc_close(c);
    teardown_env(&e);
}

static void owner_argument_limits_events_to_that_owner(void **state) {
    env e;
    setup_env(&e, state);
    wsc *c = wsc_open(&e, NULL);
    wsc_init(c);
    wsc_start_ok(&e, c, "alice", "subscription { onCreateNote(owner: \"alice\") { id owner } }", NULL);
    wsc_start_ok(&e, c, "all", "subscription { onCreateNote { id } }", NULL);
    json_decref(mutate(&e, "mutation { createNote(input: {id: \"n1\", content: \"x\", owner: \"bob\"}) { id } }", NULL,
                       "createNote"));
    json_decref(mutate(&e, "mutation { createNote(input: {id: \"n2\", content: \"y\", owner: \"alice\"}) { id } }",
                       NULL, "createNote"));
    json_t *m = wsc_next(c, 5000);
    assert_true(message_matches(m, "data", "all")); /* n1: not alice's */
    m = wsc_next(c, 5000);
    assert_true(message_matches(m, "data", "alice"));
    json_t *note = json_object_get(json_object_get(json_object_get(m, "payload"), "data"), "onCreateNote");
    assert_string_equal(json_string_value(json_object_get(note, "id")), "n2");
    m = wsc_next(c, 5000);
    assert_true(message_matches(m, "data", "all"));
    wsc_close(c);
    teardown_env(&e);
}

/* An HS256 token for user, signed with the secret the server was given. */
static char *user_token(const char *user, const char *secret) {
    jwt_t *jwt = NULL;
    jwt_new(&jwt);
    char sub[64];
    snprintf(sub, sizeof sub, "sub-%s", user);
    jwt_add_grant(jwt, "sub", sub);
    jwt_add_grant(jwt, "cognito:username", user);
    jwt_set_alg(jwt, JWT_ALG_HS256, (const unsigned char *)secret, (int)strlen(secret));
    char *t = jwt_encode_str(jwt);
    jwt_free(jwt);
    return t;
}

/* A subscription started without per-start auth: the connection's user. */
static json_t *start_as_connection(wsc *c, const char *id, const char *query) {
    wsc_send(c, start_msg(id, query, NULL, NULL));
    for (;;) {
        json_t *m = wsc_expect(c, NULL, id, 5000);
        if (message_matches(m, "start_ack", NULL) || message_matches(m, "error", NULL))
            return m;
    }
}

static void owner_subscriptions_name_the_caller_and_see_only_theirs(void **state) {
    (void)state;
    env e;
    memset(&e, 0, sizeof e);
    g_env = &e;
    setenv("DATASTORE_KA_MS", KA_MS, 1);
    const char *secret = "realtime-test-secret";
    char *secret_path = tu_write_temp(secret, ".key");
    const char *extra[] = {"--jwt-secret", secret_path, NULL};
    start_server(&e, extra);
    client_context(&e);
    char *bob = user_token("bob", secret), *alice = user_token("alice", secret);
    conn_opts as_bob = {.jwt = bob};
    wsc *c = wsc_open(&e, &as_bob);
    wsc_init(c);
    /* Naming another owner is refused; naming oneself (any claim form) is not. */
    json_t *m = start_as_connection(c, "a", "subscription { onCreateNote(owner: \"alice\") { id } }");
    assert_true(message_matches(m, "error", "a"));
    assert_string_equal(first_error_field(m, "errorType"), "Unauthorized");
    m = start_as_connection(c, "b", "subscription { onCreateNote(owner: \"sub-bob::bob\") { id owner } }");
    assert_true(message_matches(m, "start_ack", "b"));
    m = start_as_connection(c, "all", "subscription { onCreateNote { id owner } }");
    assert_true(message_matches(m, "start_ack", "all"));
    /* Alice writes, then Bob: Bob hears only his own note, on both. */
    json_t *r = NULL;
    tu_graphql_as(&e.srv, "", alice, "mutation { createNote(input: {id: \"n-a\", content: \"a\"}) { id } }", NULL, &r);
    assert_null(json_object_get(r, "errors"));
    json_decref(r);
    tu_graphql_as(&e.srv, "", bob, "mutation { createNote(input: {id: \"n-b\", content: \"b\"}) { id } }", NULL, &r);
    assert_null(json_object_get(r, "errors"));
    json_decref(r);
    for (int i = 0; i < 2; i++) {
        m = wsc_next(c, 5000);
        assert_true(message_matches(m, "data", NULL));
        json_t *note = json_object_get(json_object_get(json_object_get(m, "payload"), "data"), "onCreateNote");
        assert_string_equal(json_string_value(json_object_get(note, "id")), "n-b");
    }
    wsc_close(c);
    free(bob);
    free(alice);
    teardown_env(&e);
    remove(secret_path);
    free(secret_path);
}

static void reconnect_reuses_subscription_ids(void **state) {
    env e;
    setup_env(&e, state);
    const char *id = "e7734232-bf29-4550-88f9-ed6d0c574129";
    wsc *a = wsc_open(&e, NULL);
    wsc_init(a);
    wsc_start_ok(&e, a, id, ON_CREATE, NULL);
    /* The same id twice on one connection is refused... */
    json_t *dup = wsc_start(&e, a, id, ON_CREATE, NULL);
    assert_string_equal(first_error_field(dup, "errorType"), "DuplicatedOperationError");
    wsc_close(a);
    /* ...but a new connection may use it again, and events arrive there. */
    wsc *b = wsc_open(&e, NULL);
    wsc_init(b);
    wsc_start_ok(&e, b, id, ON_CREATE, NULL);
    json_decref(create_post(&e, "p1", "after reconnect", 1, NULL));
    json_t *got = wsc_data(b, id, "onCreatePost");
    assert_string_equal(json_string_value(json_object_get(got, "title")), "after reconnect");
    wsc_close(b);
    teardown_env(&e);
}

typedef struct fan {
    wsc **c;
    size_t n;
    size_t want;
} fan;

static size_t data_count(wsc *c) {
    size_t n = 0;
    for (size_t i = 0; i < json_array_size(c->inbox); i++)
        n += message_matches(json_array_get(c->inbox, i), "data", NULL);
    return n;
}

static bool all_have(void *arg) {
    fan *f = arg;
    for (size_t i = 0; i < f->n; i++)
        if (data_count(f->c[i]) < f->want)
            return false;
    return true;
}

static void every_subscriber_gets_every_write_in_commit_order(void **state) {
    env e;
    setup_env(&e, state);
    enum { CLIENTS = 16, WRITES = 40 };
    wsc *c[CLIENTS];
    for (int i = 0; i < CLIENTS; i++) {
        c[i] = wsc_open(&e, NULL);
        wsc_init(c[i]);
        wsc_start_ok(&e, c[i], "c", "subscription { onCreatePost { id } }", NULL);
        wsc_start_ok(&e, c[i], "u", "subscription { onUpdatePost { id title } }", NULL);
    }
    for (int k = 0; k < WRITES; k++) {
        char id[16], title[16];
        snprintf(id, sizeof id, "p%d", k / 2);
        snprintf(title, sizeof title, "t%d", k);
        if (k % 2 == 0)
            json_decref(create_post(&e, id, title, k, NULL));
        else
            json_decref(mutate(&e, "mutation M($i: UpdatePostInput!) { updatePost(input: $i) { id } }",
                               json_pack("{s:{s:s,s:s,s:i}}", "i", "id", id, "title", title, "_version", 1),
                               "updatePost"));
    }
    fan f = {c, CLIENTS, WRITES};
    assert_true(pump(all_have, &f, 10000));
    for (int i = 0; i < CLIENTS; i++) {
        int k = 0;
        for (size_t j = 0; j < json_array_size(c[i]->inbox); j++) {
            json_t *m = json_array_get(c[i]->inbox, j);
            if (!message_matches(m, "data", NULL))
                continue;
            char want[16];
            snprintf(want, sizeof want, "p%d", k / 2);
            const char *field = k % 2 == 0 ? "onCreatePost" : "onUpdatePost";
            json_t *item = json_object_get(json_object_get(json_object_get(m, "payload"), "data"), field);
            assert_non_null(item);
            assert_string_equal(json_string_value(json_object_get(item, "id")), want);
            k++;
        }
        assert_int_equal(k, WRITES);
        wsc_close(c[i]);
    }
    teardown_env(&e);
}

/* ---- authorization ------------------------------------------------------------------------------ */

/* Opens with o, sends connection_init; true when acked, false when refused
 * with connection_error (401) and closed. */
static bool connects(env *e, const conn_opts *o) {
    wsc *c = wsc_open(e, o);
    assert_int_equal(c->state, WS_OPEN);
    wsc_send(c, json_pack("{s:s}", "type", "connection_init"));
    json_t *m = wsc_next(c, 5000);
    bool ok = message_matches(m, "connection_ack", NULL);
    if (!ok) {
        assert_string_equal(type_of(m), "connection_error");
        json_t *e0 = json_array_get(json_object_get(json_object_get(m, "payload"), "errors"), 0);
        assert_string_equal(json_string_value(json_object_get(e0, "errorType")), "UnauthorizedException");
        assert_int_equal(json_integer_value(json_object_get(e0, "errorCode")), 401);
        assert_true(pump(is_gone, c, 5000)); /* and closed */
    }
    wsc_close(c);
    return ok;
}

static char *query_carrier(const char *key, bool plus_slash) {
    /* The AppSync guide's form: standard base64, not URL-encoded. The host
     * is chosen so the encoding holds '+' and '/'. */
    json_t *h = json_pack("{s:s,s:s}", "host", plus_slash ? "~~~>>>???" : "127.0.0.1", "x-api-key", key);
    char *hb = b64_json(h, false);
    json_decref(h);
    json_t *p = json_object();
    char *pb = b64_json(p, false);
    json_decref(p);
    size_t n = strlen(hb) + strlen(pb) + 32;
    char *q = malloc(n);
    snprintf(q, n, "?header=%s&payload=%s", hb, pb);
    free(hb);
    free(pb);
    return q;
}

static void three_auth_carriers_and_wrong_keys(void **state) {
    env e;
    setup_env(&e, state);
    /* header- subprotocol (amplify-js) */
    assert_true(connects(&e, NULL));
    conn_opts wrong_sub = {.key = "da2-wrong"};
    assert_false(connects(&e, &wrong_sub));
    /* header/payload query parameters (the AppSync guide) */
    char *q = query_carrier(e.srv.api_key, true);
    assert_non_null(strchr(q, '+'));
    assert_non_null(strchr(q, '/'));
    conn_opts by_query = {.subprotocols = "graphql-ws", .query = q};
    assert_true(connects(&e, &by_query));
    free(q);
    q = query_carrier("da2-wrong", false);
    conn_opts wrong_query = {.subprotocols = "graphql-ws", .query = q};
    assert_false(connects(&e, &wrong_query));
    free(q);
    /* upgrade headers (amplify-swift) */
    conn_opts by_header = {.subprotocols = "graphql-ws", .header_key = e.srv.api_key};
    assert_true(connects(&e, &by_header));
    conn_opts wrong_header = {.subprotocols = "graphql-ws", .header_key = "da2-wrong"};
    assert_false(connects(&e, &wrong_header));
    /* nothing at all */
    conn_opts none = {.subprotocols = "graphql-ws"};
    assert_false(connects(&e, &none));
    /* a carrier that is not base64 JSON: refused as a bad request */
    conn_opts garbage = {.subprotocols = "graphql-ws,header-!!!notbase64"};
    wsc *c = wsc_open(&e, &garbage);
    wsc_send(c, json_pack("{s:s}", "type", "connection_init"));
    json_t *m = wsc_next(c, 5000);
    assert_string_equal(type_of(m), "connection_error");
    assert_string_equal(first_error_field(m, "errorType"), "BadRequestException");
    wsc_close(c);
    /* Per-start authorization: a wrong key there refuses that start only. */
    c = wsc_open(&e, NULL);
    wsc_init(c);
    wsc_send(c, start_msg("bad", ON_CREATE, NULL, "da2-wrong"));
    m = wsc_expect(c, "error", "bad", 5000);
    assert_string_equal(first_error_field(m, "errorType"), "UnauthorizedException");
    wsc_send(c, start_msg("none", ON_CREATE, NULL, NULL)); /* none: the connection's */
    wsc_expect(c, "start_ack", "none", 5000);
    wsc_start_ok(&e, c, "good", ON_CREATE, NULL);
    json_decref(create_post(&e, "p1", "seen", 1, NULL));
    wsc_data(c, "none", "onCreatePost");
    wsc_data(c, "good", "onCreatePost");
    wsc_close(c);
    /* The server logged the refusals and is fine. */
    char *log = server_log(&e);
    assert_non_null(strstr(log, "connection refused"));
    free(log);
    teardown_env(&e);
}

/* ---- malformed input ------------------------------------------------------------------------------ */

static void malformed_messages_get_clear_errors_and_the_connection_survives(void **state) {
    env e;
    setup_env(&e, state);
    wsc *c = wsc_open(&e, NULL);
    wsc_init(c);
    struct {
        const char *text;
        const char *needle;
    } bad[] = {
        {"not json at all", "not JSON"},
        {"[1,2,3]", "JSON object"},
        {"{\"id\":\"x\"}", "\"type\""},
        {"{\"type\":\"subscribe\",\"id\":\"x\"}", "unknown message type"},
        {"{\"type\":\"start\",\"payload\":{}}", "\"id\""},
        {"{\"type\":\"start\",\"id\":\"x\"}", "payload"},
        {"{\"type\":\"start\",\"id\":\"x\",\"payload\":{\"data\":\"{not json\"}}", "payload.data"},
        {"{\"type\":\"start\",\"id\":\"x\",\"payload\":{\"data\":\"{}\"}}", "query"},
        {"{\"type\":\"start\",\"id\":\"x\",\"payload\":{\"data\":\"{\\\"query\\\":\\\"subscription { nope { id } "
         "}\\\"}\"}}",
         "nope"},
        {"{\"type\":\"start\",\"id\":\"x\",\"payload\":{\"data\":\"{\\\"query\\\":\\\"subscription {\\\"}\"}}",
         "Syntax"},
        {"{\"type\":\"start\",\"id\":\"x\",\"payload\":{\"data\":\"{\\\"query\\\":\\\"{ listPosts { items { id } } "
         "}\\\"}\"}}",
         "query not supported through the realtime channel"},
        {"{\"type\":\"stop\"}", "\"id\""},
    };
    size_t n = sizeof bad / sizeof bad[0];
    for (size_t i = 0; i < n; i++) {
        wsc_send_raw(c, bad[i].text, strlen(bad[i].text), false);
        json_t *m = wsc_next(c, 5000);
        assert_string_equal(type_of(m), "error");
        const char *msg = first_error_field(m, "message");
        if (!msg || !strstr(msg, bad[i].needle)) {
            char *s = json_dumps(m, 0);
            fprintf(stderr, "case %zu (%s): expected \"%s\" in %s\n", i, bad[i].text, bad[i].needle, s);
            free(s);
            fail();
        }
    }
    /* A binary frame and a 100 KiB message: errors too. */
    wsc_send_raw(c, "\x01\x02\x03", 3, true);
    json_t *m = wsc_next(c, 5000);
    assert_non_null(strstr(first_error_field(m, "message"), "binary"));
    size_t big = 100 << 10;
    char *huge = malloc(big + 1);
    memset(huge, ' ', big);
    memcpy(huge, "{\"type\":\"ka\",\"pad\":\"", 20);
    memcpy(huge + big - 2, "\"}", 2);
    wsc_send_raw(c, huge, big, false);
    free(huge);
    m = wsc_next(c, 5000);
    assert_non_null(strstr(first_error_field(m, "message"), "larger than 65536 bytes"));
    /* ...and the same connection still subscribes and receives. */
    wsc_start_ok(&e, c, "ok", ON_CREATE, NULL);
    json_decref(create_post(&e, "p1", "fine", 1, NULL));
    assert_string_equal(json_string_value(json_object_get(wsc_data(c, "ok", "onCreatePost"), "title")), "fine");
    wsc_close(c);
    teardown_env(&e);
}

/* ---- limits -------------------------------------------------------------------------------------- */

static char *long_title(size_t n, char ch) {
    char *t = malloc(n + 1);
    memset(t, ch, n);
    t[n] = '\0';
    return t;
}

static void events_over_240_kb_become_limit_errors(void **state) {
    env e;
    setup_env(&e, state);
    wsc *c = wsc_open(&e, NULL);
    wsc_init(c);
    wsc_start_ok(&e, c, "s", ON_CREATE, NULL);
    char *title = long_title(250 << 10, 'x');
    json_decref(create_post(&e, "big", title, 1, NULL));
    free(title);
    json_t *m = wsc_next(c, 5000);
    assert_string_equal(type_of(m), "error");
    assert_string_equal(json_string_value(json_object_get(m, "id")), "s");
    assert_string_equal(first_error_field(m, "errorType"), "LimitExceededError");
    /* Just under the limit goes through; the subscription lives on. */
    title = long_title(230 << 10, 'y');
    json_decref(create_post(&e, "fits", title, 1, NULL));
    free(title);
    json_t *got = wsc_data(c, "s", "onCreatePost");
    assert_string_equal(json_string_value(json_object_get(got, "id")), "fits");
    wsc_close(c);
    teardown_env(&e);
}

static bool log_says(env *e, const char *what) {
    char *log = server_log(e);
    bool yes = log && strstr(log, what);
    free(log);
    return yes;
}

static void a_reader_that_stalls_is_dropped_and_the_others_keep_receiving(void **state) {
    env e;
    setup_env(&e, state);
    wsc *slow = wsc_open(&e, NULL), *fast = wsc_open(&e, NULL);
    wsc_init(slow);
    wsc_init(fast);
    wsc_start_ok(&e, slow, "s", "subscription { onCreatePost { id title } }", NULL);
    wsc_start_ok(&e, fast, "f", "subscription { onCreatePost { id title } }", NULL);
    lws_rx_flow_control(slow->wsi, 0); /* never reads again */
    /* 200 KB per event: kernel buffers fill, then the server's queue (4 MiB). */
    char *title = long_title(200 << 10, 'z');
    int published = 0;
    bool dropped = false;
    int64_t t0 = now_ms();
    while (!dropped && published < 400 && now_ms() - t0 < 15000) {
        char id[16];
        snprintf(id, sizeof id, "p%d", published);
        json_decref(create_post(&e, id, title, published, NULL));
        published++;
        fan f = {&fast, 1, (size_t)published};
        assert_true(pump(all_have, &f, 5000)); /* the fast one keeps up */
        if (published % 10 == 0)
            dropped = log_says(&e, "send queue full");
    }
    free(title);
    assert_true(dropped);
    /* Reading again, the slow client finds the connection gone, having
     * received less than everything. */
    lws_rx_flow_control(slow->wsi, 1);
    assert_true(pump(is_gone, slow, 10000));
    assert_true(data_count(slow) < (size_t)published);
    /* The fast one got all of them, in order, and still does. */
    json_decref(create_post(&e, "last", "small", 1, NULL));
    fan f = {&fast, 1, (size_t)published + 1};
    assert_true(pump(all_have, &f, 5000));
    assert_int_equal(data_count(fast), published + 1);
    wsc_close(slow);
    wsc_close(fast);
    teardown_env(&e);
}

static void idle_connections_without_subscriptions_are_closed(void **state) {
    env e;
    setenv("DATASTORE_RT_IDLE_MS", "600", 1);
    setup_env(&e, state);
    wsc *idle = wsc_open(&e, NULL), *busy = wsc_open(&e, NULL), *stopped = wsc_open(&e, NULL);
    wsc_init(idle);
    wsc_init(busy);
    wsc_init(stopped);
    wsc_start_ok(&e, busy, "s", ON_CREATE, NULL);
    wsc_start_ok(&e, stopped, "s", ON_CREATE, NULL);
    wsc_send(stopped, json_pack("{s:s,s:s}", "type", "stop", "id", "s"));
    wsc_expect(stopped, "complete", "s", 2000);
    assert_true(pump(is_gone, idle, 3000));
    assert_int_equal(idle->close_code, 1000);
    assert_true(pump(is_gone, stopped, 3000)); /* idle again once its last subscription stopped */
    /* The one with a subscription stays, and still receives. */
    assert_int_equal(busy->state, WS_OPEN);
    json_decref(create_post(&e, "p1", "still here", 1, NULL));
    wsc_data(busy, "s", "onCreatePost");
    wsc_close(idle);
    wsc_close(busy);
    wsc_close(stopped);
    teardown_env(&e);
}

/* ---- TLS --------------------------------------------------------------------------------------------- */

/* An HTTPS request verified against the dev certificate (IP SAN included). */
static long https_status(env *e) {
    CURL *curl = curl_easy_init();
    char url[128], ca[200], key[128];
    snprintf(url, sizeof url, "https://127.0.0.1:%d/graphql", e->srv.port);
    snprintf(ca, sizeof ca, "%s/cert.pem", e->tls_dir);
    snprintf(key, sizeof key, "x-api-key: %s", e->srv.api_key);
    struct curl_slist *h = curl_slist_append(NULL, key);
    FILE *sink = fopen("/dev/null", "w");
    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_CAINFO, ca);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, h);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, "{\"query\":\"{ listPosts { items { id } } }\"}");
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, sink);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 10L);
    long status = -1;
    if (curl_easy_perform(curl) == CURLE_OK)
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    fclose(sink);
    curl_slist_free_all(h);
    curl_easy_cleanup(curl);
    return status;
}

static void wss_and_https_with_the_dev_certificate_beside_plain_http(void **state) {
    (void)state;
    env e;
    setup_env(&e, (void *[]){&TLS_MODE});
    char cert[200], key[200];
    snprintf(cert, sizeof cert, "%s/cert.pem", e.tls_dir);
    snprintf(key, sizeof key, "%s/key.pem", e.tls_dir);
    struct stat st;
    assert_int_equal(stat(key, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);
    assert_true(log_says(&e, cert)); /* the path, printed for clients */
    assert_true(log_says(&e, "NODE_EXTRA_CA_CERTS"));
    assert_int_equal(https_status(&e), 200);
    /* wss:// with the certificate trusted: the whole conversation. */
    wsc *c = wsc_open(&e, NULL);
    assert_int_equal(c->state, WS_OPEN);
    assert_string_equal(c->protocol, "graphql-ws");
    wsc_init(c);
    wsc_start_ok(&e, c, "s", ON_CREATE, NULL);
    json_decref(create_post(&e, "p1", "over tls", 1, NULL)); /* plain http on the same port */
    assert_string_equal(json_string_value(json_object_get(wsc_data(c, "s", "onCreatePost"), "title")), "over tls");
    wsc_close(c);
    /* A restart reuses the certificate (clients keep trusting it). */
    char *before = tu_read_file(cert, NULL);
    assert_int_equal(tu_server_stop(&e.srv), 0);
    const char *extra[] = {"--dev-tls", "--dev-tls-dir", e.tls_dir, NULL};
    assert_true(tu_server_restart(&e.srv, e.schema_path, extra));
    char *after = tu_read_file(cert, NULL);
    assert_string_equal(before, after);
    assert_true(log_says(&e, "reusing the development TLS certificate"));
    free(before);
    free(after);
    /* The same files through --tls-cert/--tls-key. */
    assert_int_equal(tu_server_stop(&e.srv), 0);
    const char *explicit_files[] = {"--tls-cert", cert, "--tls-key", key, NULL};
    assert_true(tu_server_restart(&e.srv, e.schema_path, explicit_files));
    assert_int_equal(https_status(&e), 200);
    c = wsc_open(&e, NULL);
    wsc_init(c);
    wsc_start_ok(&e, c, "s", ON_CREATE, NULL);
    json_decref(create_post(&e, "p2", "explicit", 1, NULL));
    wsc_data(c, "s", "onCreatePost");
    wsc_close(c);
    teardown_env(&e);
}

static void tls_options_are_checked(void **state) {
    (void)state;
    char *schema = tu_write_temp(SCHEMA, ".graphql");
    char *out = NULL, *err = NULL;
    char *argv1[] = {DS_CLI_PATH, "serve", "--schema", schema, "--tls-cert", "/nonexistent/cert.pem", NULL};
    assert_int_equal(tu_run(argv1, &out, &err), 2); /* no key */
    assert_non_null(strstr(err, "--tls-key"));
    free(out);
    free(err);
    char *argv2[] = {DS_CLI_PATH,  "serve",
                     "--schema",   schema,
                     "--db",       "sqlite:/tmp/ds_rt_tls_opts.db",
                     "--listen",   "127.0.0.1:0",
                     "--tls-cert", "/nonexistent/cert.pem",
                     "--tls-key",  "/nonexistent/key.pem",
                     NULL};
    assert_int_equal(tu_run(argv2, &out, &err), 1); /* unreadable: a clear error, no server */
    assert_non_null(strstr(err, "/nonexistent/cert.pem"));
    free(out);
    free(err);
    char *argv3[] = {DS_CLI_PATH, "serve", "--schema", schema, "--dev-tls", "--tls-cert", "x", "--tls-key", "y", NULL};
    assert_int_equal(tu_run(argv3, &out, &err), 2);
    free(out);
    free(err);
    char *argv4[] = {DS_CLI_PATH, "serve", "--help", NULL};
    assert_int_equal(tu_run(argv4, &out, &err), 0);
    assert_non_null(strstr(out, "--dev-tls"));
    assert_non_null(strstr(out, "--tls-cert"));
    free(out);
    free(err);
    remove("/tmp/ds_rt_tls_opts.db");
    remove(schema);
    free(schema);
}

#define TEST(f) cmocka_unit_test(f)
/* The same test over wss:// with the --dev-tls certificate. */
#define TLS_TEST(f)                                                                                                    \
    { #f " (wss)", f, NULL, NULL, &TLS_MODE }

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(handshake_selects_graphql_ws_acks_and_keeps_alive),
        TLS_TEST(handshake_selects_graphql_ws_acks_and_keeps_alive),
        TEST(upgrade_refused_off_the_endpoint_or_without_graphql_ws),
        TEST(data_after_a_mutation_carries_the_selection),
        TEST(update_and_delete_events_then_stop_completes),
        TEST(filters_match_skip_and_take_in_and_not_in),
        TEST(filters_over_appsync_limits_are_refused),
        TEST(owner_argument_limits_events_to_that_owner),
        TEST(owner_subscriptions_name_the_caller_and_see_only_theirs),
        TEST(reconnect_reuses_subscription_ids),
        TEST(every_subscriber_gets_every_write_in_commit_order),
        TLS_TEST(every_subscriber_gets_every_write_in_commit_order),
        TEST(three_auth_carriers_and_wrong_keys),
        TLS_TEST(three_auth_carriers_and_wrong_keys),
        TEST(malformed_messages_get_clear_errors_and_the_connection_survives),
        TLS_TEST(malformed_messages_get_clear_errors_and_the_connection_survives),
        TEST(events_over_240_kb_become_limit_errors),
        TLS_TEST(events_over_240_kb_become_limit_errors),
        TEST(a_reader_that_stalls_is_dropped_and_the_others_keep_receiving),
        TLS_TEST(a_reader_that_stalls_is_dropped_and_the_others_keep_receiving),
        TEST(idle_connections_without_subscriptions_are_closed),
        TEST(wss_and_https_with_the_dev_certificate_beside_plain_http),
        TEST(tls_options_are_checked),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
