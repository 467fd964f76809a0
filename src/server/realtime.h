/*
 * The AppSync realtime WebSocket protocol of `datastore serve`: what http.c
 * needs to host it. The design is in realtime.c; subscriptions and fan-out
 * in realtime_sub.c.
 *
 * Threads: everything here runs on the server's one event-loop thread
 * (libwebsockets' service thread), as does ds__server_publish.
 */
#ifndef DS_SERVER_REALTIME_H
#define DS_SERVER_REALTIME_H

#include <stddef.h>
#include <stdint.h>

#include <libwebsockets.h>

#include "datastore/error.h"

typedef struct ds__server ds__server;

/* The subprotocol the Amplify clients require the server to select. */
#define DS__RT_SUBPROTOCOL "graphql-ws"

/* Creates the realtime state (srv->rt): which subscription fields listen to
 * which mutations, limits and timers (DATASTORE_KA_MS and
 * DATASTORE_RT_IDLE_MS override the keep-alive interval and the idle
 * timeout, for tests). DS_ERR_NOMEM only. */
ds_status ds__rt_open(ds__server *srv, ds_error *err);
/* Frees srv->rt (connections must be gone: call after lws_context_destroy). */
void ds__rt_close(ds__server *srv);

/* The lws protocol entry for DS__RT_SUBPROTOCOL. */
struct lws_protocols ds__rt_protocol(void);

/* For the HTTP protocol's LWS_CALLBACK_HTTP_CONFIRM_UPGRADE: lets a
 * WebSocket upgrade through only on <graphql path>/realtime and only when
 * the client offers graphql-ws; otherwise answers 404/400 itself. Returns
 * what the callback should return. */
int ds__rt_confirm_upgrade(struct lws *wsi, const char *upgrade);

/* lws_compat.c: a header's full value (lws' own copy, which the
 * subprotocol workaround there leaves alone), malloc'd; NULL when absent
 * or longer than max. ds__ws_custom_header takes a lower-case name with
 * its colon, e.g. "x-api-key:". */
char *ds__ws_header(struct lws *wsi, enum lws_token_indexes h, size_t max);
char *ds__ws_custom_header(struct lws *wsi, const char *name, size_t max);

#endif
