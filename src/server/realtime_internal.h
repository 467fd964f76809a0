/*
 * Realtime internals shared by realtime.c (connections, protocol messages,
 * send queues, timers) and realtime_sub.c (subscriptions, filters,
 * fan-out). See realtime.c for the design.
 */
#ifndef DS_SERVER_REALTIME_INTERNAL_H
#define DS_SERVER_REALTIME_INTERNAL_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "datastore/predicate.h"
#include "datastore/schema.h"
#include "graphql/execute.h"
#include "server/auth.h"
#include "server/realtime.h"
#include "server/server.h"
#include "util/buf.h"

/* Limits (AppSync's where AppSync has one). */
#define DS__RT_IN_MAX ((size_t)64 << 10)     /* one incoming message */
#define DS__RT_OUT_MAX ((size_t)240 << 10)   /* one outgoing message: AppSync's 240 KB */
#define DS__RT_QUEUE_MSGS 1000               /* unsent messages per connection */
#define DS__RT_QUEUE_BYTES ((size_t)4 << 20) /* unsent bytes per connection */
#define DS__RT_SUBS_MAX 1000                 /* subscriptions per connection */
#define DS__RT_ID_MAX 128                    /* bytes in a subscription id */
#define DS__RT_AUTH_MAX ((size_t)16 << 10)   /* an auth carrier (header, parameter) */
#define DS__RT_CONNECTION_TIMEOUT_MS 300000  /* advertised in connection_ack */
#define DS__RT_KA_MS 10000                   /* keep-alive interval */
#define DS__RT_IDLE_MS 300000                /* close after this long without a subscription */

/* Filter limits (DATASTORE-SPEC §8.6). */
#define DS__RT_FILTER_FIELDS 5
#define DS__RT_FILTER_COMBINATIONS 10
#define DS__RT_FILTER_IN_VALUES 5

typedef struct ds__rt_conn ds__rt_conn;
typedef struct ds__rt_sub ds__rt_sub;

/* A message waiting to be written, with lws' LWS_PRE headroom before it. */
typedef struct ds__rt_msg {
    struct ds__rt_msg *next;
    size_t len;
    unsigned char data[]; /* LWS_PRE + len + 1 */
} ds__rt_msg;

/*
 * Whether a subscriber may see an item: the per-subscriber authorization
 * filter, run on every event after the subscription's own filter and owner
 * arguments. NULL lets everything through. The default (realtime_sub.c)
 * applies the model's @auth rules for the subscriber's identity; the place
 * to plug in anything finer (field redaction, dynamic groups...).
 */
typedef bool (*ds__rt_item_filter)(const ds__rt_sub *sub, json_t *item);

struct ds__rt_sub {
    ds__rt_conn *conn;
    char *id;                   /* the client's, unique on its connection */
    char *id_json;              /* id as a JSON string literal, quotes included */
    size_t field;               /* index in rt->fields */
    ds__gql_prepared *prepared; /* the subscription document, run per event */
    ds_predicate *filter;       /* the filter argument, or NULL */
    json_t *owner_args;         /* {field: value} every item must hold, or NULL */
    ds__identity own_who;       /* from the start's extensions.authorization */
    const ds__identity *who;    /* &own_who, or the connection's identity */
    ds__rt_item_filter allow;   /* the authorization filter, or NULL */
    char *render_key;           /* subscribers with equal keys get equal payloads; NULL: never shared */
    uint64_t render_hash;
    ds__rt_sub *conn_next;               /* the connection's subscriptions */
    ds__rt_sub *field_prev, *field_next; /* the field's subscribers, oldest first */
};

struct ds__rt_conn {
    struct lws *wsi;
    ds__realtime *rt;
    ds__rt_conn *prev, *next; /* every live connection */
    bool live;                /* set at ESTABLISHED, cleared at cleanup */
    /* Who is calling (from the upgrade's auth carriers). */
    bool authorized;
    ds__identity who;
    int auth_code;         /* connection_error's errorCode when not authorized */
    const char *auth_type; /* ... and its errorType */
    char auth_why[256];
    bool acked;   /* connection_ack sent: keep-alives run */
    bool closing; /* close once the queue is written */
    int close_code;
    char close_reason[64];
    bool dead; /* killed; nothing more is queued */
    /* Incoming message being reassembled. */
    ds__buf rx;
    bool rx_discard; /* the rest of an oversized or binary message */
    /* Outgoing FIFO. */
    ds__rt_msg *q_head, *q_tail;
    size_t q_count, q_bytes;
    /* Subscriptions. */
    ds__rt_sub *subs;
    size_t nsubs;
    int64_t next_ka;    /* monotonic ms */
    int64_t idle_since; /* monotonic ms when the last subscription went */
    int64_t opened;
    size_t sent; /* messages written */
    char peer[64];
};

/* A subscription root field and the mutations it listens to. */
typedef struct ds__rt_field {
    const char *name;       /* borrowed from the API */
    const ds_model *model;  /* its return type, or NULL when not a model */
    const char **mutations; /* @aws_subscribe(mutations: [...]), borrowed */
    size_t nmutations;
    ds__rt_sub *head, *tail;
    size_t count;
} ds__rt_field;

struct ds__realtime {
    ds__server *srv;
    const char *sub_root; /* the subscription root type's name, or NULL */
    ds__rt_field *fields;
    size_t nfields;
    ds__rt_conn *conns;
    size_t nconns;
    int64_t ka_ms, idle_ms;
    uint64_t published, delivered, dropped_clients;
};

/* realtime.c */
int64_t ds__rt_now(void); /* monotonic milliseconds */
/* Queues text (copied) for the connection; false when the connection is
 * dead or was just killed for exceeding its queue. */
bool ds__rt_send(ds__rt_conn *c, const char *text, size_t len);
/* The same without the copy: a message of len bytes to fill at
 * ds__rt_msg_text (NUL-terminated already), then queued (and owned) by
 * ds__rt_enqueue, which accepts NULL as "out of memory". */
ds__rt_msg *ds__rt_msg_new(size_t len);
char *ds__rt_msg_text(ds__rt_msg *m);
bool ds__rt_enqueue(ds__rt_conn *c, ds__rt_msg *m);
bool ds__rt_send_json(ds__rt_conn *c, json_t *msg); /* steals msg */
/* {"type": type, "id": id (when not NULL), "payload": {"errors": [{"errorType", "message"}]}} */
void ds__rt_send_error(ds__rt_conn *c, const char *type, const char *id, const char *error_type, const char *fmt, ...)
    DS__PRINTF(5, 6);
/* Re-arms the connection's timer after its subscriptions changed. */
void ds__rt_schedule(ds__rt_conn *c);
/* Identity from an auth object ({"x-api-key": ..} or {"Authorization": ..}). */
bool ds__rt_identify(ds__realtime *rt, json_t *auth, ds__identity *who, char *why, size_t why_len);

/* realtime_sub.c */
ds_status ds__rt_fields_init(ds__realtime *rt, ds_error *err);
void ds__rt_fields_free(ds__realtime *rt);
void ds__rt_handle_start(ds__rt_conn *c, json_t *msg);
void ds__rt_handle_stop(ds__rt_conn *c, json_t *msg);
void ds__rt_drop_subs(ds__rt_conn *c); /* all of the connection's */

#endif
