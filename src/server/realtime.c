/*
 * The AppSync realtime WebSocket protocol, as the Amplify clients speak it
 * (DATASTORE-SPEC §8, amplify-js-client.md §4), on libwebsockets.
 *
 * Design. A client upgrades GET <graphql path>/realtime (plain or TLS, same
 * port as the API) offering the `graphql-ws` subprotocol, which we select -
 * the `ws` npm client aborts otherwise. Who it is comes from one of three
 * carriers, read once at the upgrade: a `header-<base64url JSON>`
 * subprotocol (amplify-js), `header`/`payload` query parameters (base64
 * JSON, the AppSync guide's form) or the upgrade's own x-api-key /
 * Authorization headers (amplify-swift); later carriers in that list win
 * when several are present. A connection that fails authentication is still
 * accepted, and its first message is answered with connection_error
 * (UnauthorizedException, 401) and a close, because that is where the
 * clients look for the reason.
 *
 *   client                          server
 *   connection_init          ─▶     connection_ack {connectionTimeoutMs}, ka
 *                                    ka every 10 s (the client gives up at 65 s)
 *   start {id, payload.data} ─▶     start_ack | error      (realtime_sub.c)
 *                             ◀─     data {id, payload}    per committed write
 *   stop {id}                ─▶     complete
 *
 * Everything runs on the event-loop thread, so a mutation's publish
 * (ds__server_publish, called by ops.c after the commit) queues the event
 * for every matching subscriber before the next request is read: events
 * reach each connection in commit order. Each connection writes from its own
 * FIFO when lws says the socket is writable, one message per callback; the
 * FIFO is bounded (DS__RT_QUEUE_MSGS messages, DS__RT_QUEUE_BYTES bytes) and
 * a connection that lets it fill - a stalled or dead reader - is killed, so
 * it never holds up anyone else. Keep-alives go through the same FIFO.
 *
 * Incoming messages are reassembled up to DS__RT_IN_MAX bytes; anything
 * malformed (binary, oversized, not JSON, unknown type, missing id) gets an
 * `error` message naming the problem, and the connection carries on.
 * A connection without subscriptions for DS__RT_IDLE_MS is closed.
 *
 * Invariants: a connection is in rt->conns exactly while `live`; every
 * subscription is on its connection's list and its field's list; nothing is
 * queued on a dead or closing connection except what precedes the close.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "server/realtime_internal.h"
#include "util/base64.h"

int64_t ds__rt_now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

static int64_t env_ms(const char *name, int64_t dflt) {
    const char *v = getenv(name);
    if (!v || !*v)
        return dflt;
    char *end = NULL;
    long long n = strtoll(v, &end, 10);
    return (*end || n <= 0) ? dflt : (int64_t)n;
}

ds_status ds__rt_open(ds__server *srv, ds_error *err) {
    ds__realtime *rt = calloc(1, sizeof *rt);
    if (!rt)
        return ds__error(err, DS_ERR_NOMEM, "out of memory");
    rt->srv = srv;
    rt->ka_ms = env_ms("DATASTORE_KA_MS", DS__RT_KA_MS);
    rt->idle_ms = env_ms("DATASTORE_RT_IDLE_MS", DS__RT_IDLE_MS);
    ds_status rc = ds__rt_fields_init(rt, err);
    if (rc != DS_OK) {
        ds__rt_fields_free(rt);
        free(rt);
        return rc;
    }
    srv->rt = rt;
    return DS_OK;
}

void ds__rt_close(ds__server *srv) {
    if (!srv || !srv->rt)
        return;
    ds__rt_fields_free(srv->rt);
    free(srv->rt);
    srv->rt = NULL;
}

/* ---- the upgrade -------------------------------------------------------------- */

static bool offers_graphql_ws(const char *list) {
    size_t n = strlen(DS__RT_SUBPROTOCOL);
    for (const char *p = list; p && *p;) {
        while (*p == ' ' || *p == ',')
            p++;
        if (!strncmp(p, DS__RT_SUBPROTOCOL, n) && (p[n] == ',' || p[n] == ' ' || !p[n]))
            return true;
        while (*p && *p != ',')
            p++;
    }
    return false;
}

static int refuse_upgrade(struct lws *wsi, unsigned status, const char *message) {
    fprintf(stderr, "GET (websocket) refused %u: %s\n", status, message);
    if (lws_return_http_status(wsi, status, message))
        return -1;
    return 1; /* the answer is out: finish the transaction */
}

int ds__rt_confirm_upgrade(struct lws *wsi, const char *upgrade) {
    if (!upgrade || strcmp(upgrade, "websocket") != 0)
        return 0; /* h2c and friends: lws' business */
    char path[256] = "";
    if (lws_hdr_total_length(wsi, WSI_TOKEN_GET_URI) >= (int)sizeof path ||
        lws_hdr_copy(wsi, path, (int)sizeof path, WSI_TOKEN_GET_URI) < 0)
        return refuse_upgrade(wsi, HTTP_STATUS_NOT_FOUND, "the realtime endpoint is /graphql/realtime");
    size_t n = strlen(path);
    if (n > 1 && path[n - 1] == '/')
        path[--n] = '\0';
    if (strcmp(path, "/graphql/realtime") != 0)
        return refuse_upgrade(wsi, HTTP_STATUS_NOT_FOUND, "the realtime endpoint is /graphql/realtime");
    char *protocols = ds__ws_header(wsi, WSI_TOKEN_PROTOCOL, DS__RT_AUTH_MAX);
    bool ok = offers_graphql_ws(protocols);
    free(protocols);
    if (!ok)
        return refuse_upgrade(
            wsi, HTTP_STATUS_BAD_REQUEST,
            "the realtime endpoint speaks the graphql-ws subprotocol: offer it in Sec-WebSocket-Protocol");
    return 0;
}

/* ---- who is calling ------------------------------------------------------------- */

/* A member of an auth object by name, ignoring case (HTTP header names). */
static const char *auth_member(json_t *auth, const char *name) {
    const char *k;
    json_t *v;
    json_object_foreach(auth, k, v) {
        if (!strcasecmp(k, name) && json_is_string(v))
            return json_string_value(v);
    }
    return NULL;
}

bool ds__rt_identify(ds__realtime *rt, json_t *auth, ds__identity *who, char *why, size_t why_len) {
    ds__server *srv = rt->srv;
    const char *key = auth_member(auth, "x-api-key");
    const char *bearer = auth_member(auth, "authorization");
    return ds__auth_identify(&srv->auth, key ? key : "", bearer ? bearer : "", srv->now_ms(), who, why, why_len);
}

/* Decodes a base64 (either alphabet) JSON object; NULL when it is not one.
 * Query parameters reach us with '+' turned into ' ' (form decoding): undo. */
static json_t *decode_auth(const char *text, char *why, size_t why_len, const char *carrier) {
    size_t n = strlen(text);
    char *copy = malloc(n + 1);
    if (!copy)
        return NULL;
    for (size_t i = 0; i <= n; i++)
        copy[i] = text[i] == ' ' ? '+' : text[i];
    size_t len = 0;
    unsigned char *raw = ds__base64_decode(copy, n, &len);
    free(copy);
    json_t *obj = NULL;
    if (!raw) {
        snprintf(why, why_len, "the %s is not base64", carrier);
        return NULL;
    }
    json_error_t je;
    obj = json_loadb((const char *)raw, len, 0, &je);
    free(raw);
    if (!json_is_object(obj)) {
        snprintf(why, why_len, "the %s is not a base64 JSON object%s%s", carrier, obj ? "" : ": ", obj ? "" : je.text);
        json_decref(obj);
        return NULL;
    }
    return obj;
}

/* Merges the members of more into auth (later carriers win). */
static void merge(json_t *auth, json_t *more) {
    if (more)
        json_object_update(auth, more);
    json_decref(more);
}

/* The auth object from the upgrade's carriers; NULL (why says) when a
 * carrier is there but malformed. */
static json_t *auth_from_upgrade(struct lws *wsi, char *why, size_t why_len) {
    json_t *auth = json_object();
    char *h = ds__ws_custom_header(wsi, "x-api-key:", DS__RT_AUTH_MAX);
    if (h)
        json_object_set_new(auth, "x-api-key", json_string(h));
    free(h);
    h = ds__ws_header(wsi, WSI_TOKEN_HTTP_AUTHORIZATION, DS__RT_AUTH_MAX);
    if (h)
        json_object_set_new(auth, "Authorization", json_string(h));
    free(h);
    /* ?header=<base64 JSON>&payload=<base64 "{}">; payload carries nothing
     * for API key or JWT callers and is only checked for form. */
    static char arg[DS__RT_AUTH_MAX + 16]; /* one event-loop thread */
    const char *v = lws_get_urlarg_by_name(wsi, "header=", arg, (int)sizeof arg);
    if (v) {
        json_t *o = decode_auth(v, why, why_len, "header query parameter");
        if (!o)
            goto bad;
        merge(auth, o);
        if ((v = lws_get_urlarg_by_name(wsi, "payload=", arg, (int)sizeof arg))) {
            json_t *p = decode_auth(v, why, why_len, "payload query parameter");
            if (!p)
                goto bad;
            json_decref(p);
        }
    }
    /* Sec-WebSocket-Protocol: graphql-ws,header-<base64url JSON> */
    char *list = ds__ws_header(wsi, WSI_TOKEN_PROTOCOL, DS__RT_AUTH_MAX);
    for (char *p = list; p && *p;) {
        while (*p == ' ' || *p == ',')
            p++;
        char *end = p;
        while (*end && *end != ',' && *end != ' ')
            end++;
        char save = *end;
        *end = '\0';
        if (!strncmp(p, "header-", 7)) {
            json_t *o = decode_auth(p + 7, why, why_len, "header- subprotocol");
            if (!o) {
                free(list);
                goto bad;
            }
            merge(auth, o);
        }
        *end = save;
        p = end;
    }
    free(list);
    return auth;
bad:
    json_decref(auth);
    return NULL;
}

static void authenticate(ds__rt_conn *c, struct lws *wsi) {
    char why[256] = "";
    json_t *auth = auth_from_upgrade(wsi, why, sizeof why);
    if (!auth) {
        c->authorized = false;
        c->auth_type = "BadRequestException";
        c->auth_code = 400;
        snprintf(c->auth_why, sizeof c->auth_why, "%s", why);
        return;
    }
    c->authorized = ds__rt_identify(c->rt, auth, &c->who, why, sizeof why);
    if (!c->authorized) {
        c->auth_type = "UnauthorizedException";
        c->auth_code = 401;
        snprintf(c->auth_why, sizeof c->auth_why, "%s", why);
    }
    json_decref(auth);
}

/* ---- sending -------------------------------------------------------------------------- */

static void free_queue(ds__rt_conn *c) {
    for (ds__rt_msg *m = c->q_head, *next; m; m = next) {
        next = m->next;
        free(m);
    }
    c->q_head = c->q_tail = NULL;
    c->q_count = c->q_bytes = 0;
}

/* A reader that cannot keep up: drop it now, without waiting on its socket. */
static void kill_conn(ds__rt_conn *c, const char *why) {
    if (c->dead)
        return;
    fprintf(stderr, "realtime %s: disconnected: %s (%zu messages, %zu bytes unsent)\n", c->peer, why, c->q_count,
            c->q_bytes);
    c->dead = true;
    c->rt->dropped_clients++;
    free_queue(c);
    /* Its subscriptions go when lws closes it (cleanup): a publish may be
     * walking them right now. */
    lws_set_timeout(c->wsi, PENDING_TIMEOUT_KILLED_BY_PARENT, LWS_TO_KILL_ASYNC);
}

ds__rt_msg *ds__rt_msg_new(size_t len) {
    ds__rt_msg *m = malloc(sizeof *m + LWS_PRE + len + 1);
    if (m) {
        m->next = NULL;
        m->len = len;
        m->data[LWS_PRE + len] = '\0';
    }
    return m;
}

char *ds__rt_msg_text(ds__rt_msg *m) { return (char *)m->data + LWS_PRE; }

bool ds__rt_enqueue(ds__rt_conn *c, ds__rt_msg *m) {
    if (!m) {
        kill_conn(c, "out of memory");
        return false;
    }
    if (c->dead || c->closing) {
        free(m);
        return false;
    }
    size_t len = m->len;
    if (c->q_count + 1 > DS__RT_QUEUE_MSGS || c->q_bytes + len > DS__RT_QUEUE_BYTES) {
        free(m);
        kill_conn(c, "send queue full (a client that does not read)");
        return false;
    }
    if (c->q_tail)
        c->q_tail->next = m;
    else
        c->q_head = m;
    c->q_tail = m;
    c->q_count++;
    c->q_bytes += len;
    lws_callback_on_writable(c->wsi);
    return true;
}

bool ds__rt_send(ds__rt_conn *c, const char *text, size_t len) {
    if (c->dead || c->closing)
        return false;
    ds__rt_msg *m = ds__rt_msg_new(len);
    if (m)
        memcpy(ds__rt_msg_text(m), text, len);
    return ds__rt_enqueue(c, m);
}

bool ds__rt_send_json(ds__rt_conn *c, json_t *msg) {
    char *text = msg ? json_dumps(msg, JSON_COMPACT) : NULL;
    json_decref(msg);
    if (!text)
        return false;
    bool ok = ds__rt_send(c, text, strlen(text));
    free(text);
    return ok;
}

void ds__rt_send_error(ds__rt_conn *c, const char *type, const char *id, const char *error_type, const char *fmt, ...) {
    char message[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    json_t *msg = json_pack("{s:s,s:{s:[{s:s,s:s}]}}", "type", type, "payload", "errors", "errorType", error_type,
                            "message", message);
    if (msg && id)
        json_object_set_new(msg, "id", json_string(id));
    ds__rt_send_json(c, msg);
}

/* Closes once everything queued so far is written. */
static void close_after_flush(ds__rt_conn *c, int code, const char *reason) {
    if (c->closing || c->dead)
        return;
    c->closing = true;
    c->close_code = code;
    snprintf(c->close_reason, sizeof c->close_reason, "%s", reason);
    lws_callback_on_writable(c->wsi);
    /* A peer that never lets us write is dropped anyway. */
    lws_set_timeout(c->wsi, PENDING_TIMEOUT_CLOSE_SEND, 10);
}

static int on_writeable(ds__rt_conn *c, struct lws *wsi) {
    if (c->dead)
        return -1;
    ds__rt_msg *m = c->q_head;
    if (m) {
        c->q_head = m->next;
        if (!c->q_head)
            c->q_tail = NULL;
        c->q_count--;
        c->q_bytes -= m->len;
        int n = lws_write(wsi, m->data + LWS_PRE, m->len, LWS_WRITE_TEXT);
        free(m);
        if (n < 0)
            return -1;
        c->sent++;
        /* Come back for the next message, or to close once lws has
         * flushed whatever of this one the socket did not take. */
        if (c->q_head || c->closing)
            lws_callback_on_writable(wsi);
        return 0;
    }
    if (c->closing) {
        lws_close_reason(wsi, (enum lws_close_status)c->close_code, (unsigned char *)c->close_reason,
                         strlen(c->close_reason));
        return -1;
    }
    return 0;
}

/* ---- timers ----------------------------------------------------------------------------- */

void ds__rt_schedule(ds__rt_conn *c) {
    if (c->dead || c->closing)
        return;
    int64_t now = ds__rt_now(), due = INT64_MAX;
    if (c->acked)
        due = c->next_ka;
    if (c->nsubs == 0 && c->idle_since + c->rt->idle_ms < due)
        due = c->idle_since + c->rt->idle_ms;
    if (due == INT64_MAX)
        return;
    int64_t wait = due > now ? due - now : 0;
    lws_set_timer_usecs(c->wsi, (lws_usec_t)wait * 1000 + 1000);
}

static void on_timer(ds__rt_conn *c) {
    int64_t now = ds__rt_now();
    if (c->nsubs == 0 && now - c->idle_since >= c->rt->idle_ms) {
        fprintf(stderr, "realtime %s: closed: no subscription for %lld s\n", c->peer,
                (long long)(c->rt->idle_ms / 1000));
        close_after_flush(c, LWS_CLOSE_STATUS_NORMAL, "idle: no subscription");
        return;
    }
    if (c->acked && now >= c->next_ka) {
        static const char ka[] = "{\"type\":\"ka\"}";
        ds__rt_send(c, ka, sizeof ka - 1);
        c->next_ka = now + c->rt->ka_ms;
    }
    ds__rt_schedule(c);
}

/* ---- receiving ---------------------------------------------------------------------------- */

static void ack(ds__rt_conn *c) {
    char text[96];
    int n = snprintf(text, sizeof text, "{\"type\":\"connection_ack\",\"payload\":{\"connectionTimeoutMs\":%d}}",
                     DS__RT_CONNECTION_TIMEOUT_MS);
    ds__rt_send(c, text, (size_t)n);
    /* The first keep-alive right away, then every ka_ms. */
    c->acked = true;
    c->next_ka = ds__rt_now();
    on_timer(c);
}

static void refuse_connection(ds__rt_conn *c) {
    json_t *msg = json_pack("{s:s,s:{s:[{s:s,s:i,s:s}]}}", "type", "connection_error", "payload", "errors", "errorType",
                            c->auth_type, "errorCode", c->auth_code, "message", c->auth_why);
    ds__rt_send_json(c, msg);
    fprintf(stderr, "realtime %s: connection refused: %s\n", c->peer, c->auth_why);
    close_after_flush(c, LWS_CLOSE_STATUS_POLICY_VIOLATION, c->auth_code == 401 ? "unauthorized" : "bad request");
}

static void handle_message(ds__rt_conn *c, const char *text, size_t len) {
    if (!c->authorized) {
        refuse_connection(c);
        return;
    }
    json_error_t je;
    json_t *msg = json_loadb(text, len, JSON_REJECT_DUPLICATES, &je);
    if (!json_is_object(msg)) {
        if (msg)
            ds__rt_send_error(c, "error", NULL, "BadRequestException", "a message must be a JSON object, got %s",
                              json_is_array(msg) ? "an array" : "a scalar");
        else
            ds__rt_send_error(c, "error", NULL, "BadRequestException",
                              "the message is not JSON: %s (line %d, column %d)", je.text, je.line, je.column);
        json_decref(msg);
        return;
    }
    const char *type = json_string_value(json_object_get(msg, "type"));
    const char *id = json_string_value(json_object_get(msg, "id"));
    if (!type) {
        ds__rt_send_error(c, "error", id, "BadRequestException",
                          "the message has no \"type\" string (connection_init, start or stop)");
    } else if (!strcmp(type, "connection_init")) {
        ack(c);
    } else if (!strcmp(type, "start")) {
        ds__rt_handle_start(c, msg);
    } else if (!strcmp(type, "stop")) {
        ds__rt_handle_stop(c, msg);
    } else if (!strcmp(type, "connection_terminate")) {
        close_after_flush(c, LWS_CLOSE_STATUS_NORMAL, "terminated");
    } else {
        ds__rt_send_error(c, "error", id, "BadRequestException",
                          "unknown message type \"%.64s\"; expected connection_init, start or stop", type);
    }
    json_decref(msg);
}

static void on_receive(ds__rt_conn *c, struct lws *wsi, const void *in, size_t len) {
    bool last = lws_is_final_fragment(wsi);
    if (c->rx_discard) {
        if (last)
            c->rx_discard = false;
        return;
    }
    if (lws_frame_is_binary(wsi)) {
        ds__rt_send_error(c, "error", NULL, "BadRequestException",
                          "binary frames are not understood: send each message as a JSON text frame");
        ds__buf_free(&c->rx);
        ds__buf_reset(&c->rx);
        c->rx_discard = !last;
        return;
    }
    if (!ds__buf_append(&c->rx, in, len)) {
        ds__rt_send_error(c, "error", NULL, "BadRequestException", "the message is larger than %zu bytes",
                          DS__RT_IN_MAX);
        ds__buf_free(&c->rx);
        ds__buf_reset(&c->rx);
        c->rx_discard = !last;
        return;
    }
    if (!last)
        return;
    handle_message(c, c->rx.data ? c->rx.data : "", c->rx.len);
    /* Messages from clients are few: hold no buffer between them (an idle
     * connection should cost little). */
    ds__buf_free(&c->rx);
    ds__buf_reset(&c->rx);
}

/* ---- the connection's life ---------------------------------------------------------------- */

static void cleanup(ds__rt_conn *c) {
    if (!c->rt)
        return;
    ds__rt_drop_subs(c);
    free_queue(c);
    ds__buf_free(&c->rx);
    ds__identity_clear(&c->who);
    if (c->live) {
        fprintf(stderr, "WS %s closed after %.1f s, %zu messages sent\n", c->peer,
                (double)(ds__rt_now() - c->opened) / 1e3, c->sent);
        if (c->prev)
            c->prev->next = c->next;
        else
            c->rt->conns = c->next;
        if (c->next)
            c->next->prev = c->prev;
        c->rt->nconns--;
        c->live = false;
    }
    c->rt = NULL;
}

static int callback(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in, size_t len) {
    ds__rt_conn *c = user;
    ds__server *srv = lws_context_user(lws_get_context(wsi));
    switch (reason) {
    case LWS_CALLBACK_FILTER_PROTOCOL_CONNECTION:
        /* The upgrade's headers are still here: read the auth carriers. */
        memset(c, 0, sizeof *c);
        c->wsi = wsi;
        c->rt = srv->rt;
        ds__buf_init(&c->rx, DS__RT_IN_MAX);
        lws_get_peer_simple(wsi, c->peer, sizeof c->peer);
        authenticate(c, wsi);
        return 0;
    case LWS_CALLBACK_ESTABLISHED:
        if (!c->rt)
            return -1;
        c->live = true;
        c->next = c->rt->conns;
        if (c->next)
            c->next->prev = c;
        c->rt->conns = c;
        c->rt->nconns++;
        c->idle_since = c->opened = ds__rt_now();
        fprintf(stderr, "WS %s connected%s\n", c->peer, c->authorized ? "" : " (not authorized)");
        ds__rt_schedule(c);
        return 0;
    case LWS_CALLBACK_RECEIVE:
        if (c->rt && !c->dead && !c->closing)
            on_receive(c, wsi, in, len);
        return 0;
    case LWS_CALLBACK_SERVER_WRITEABLE:
        return c->rt ? on_writeable(c, wsi) : -1;
    case LWS_CALLBACK_TIMER:
        if (c->rt && !c->dead && !c->closing)
            on_timer(c);
        return 0;
    case LWS_CALLBACK_CLOSED:
    case LWS_CALLBACK_WSI_DESTROY:
        if (c)
            cleanup(c);
        return 0;
    default:
        return 0;
    }
}

struct lws_protocols ds__rt_protocol(void) {
    struct lws_protocols p;
    memset(&p, 0, sizeof p);
    p.name = DS__RT_SUBPROTOCOL;
    p.callback = callback;
    p.per_session_data_size = sizeof(ds__rt_conn);
    return p;
}
