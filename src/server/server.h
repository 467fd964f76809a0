/*
 * `datastore serve` internals. See server.c for the design.
 */
#ifndef DS_SERVER_SERVER_H
#define DS_SERVER_SERVER_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#include "datastore/predicate.h"
#include "datastore/schema.h"
#include "graphql/execute.h"
#include "server/auth.h"
#include "server/storage.h"
#include "server/token.h"

typedef enum ds__conflict {
    DS__CONFLICT_AUTOMERGE,
    DS__CONFLICT_OPTIMISTIC,
    DS__CONFLICT_LAMBDA
} ds__conflict;

typedef struct ds__server_config {
    const char *schema_path;
    const char *db_url;       /* "sqlite:PATH" */
    char host[64];
    int port;
    const char *api_key;      /* required on every request */
    ds__conflict conflict;
    const char *lambda_cmd;   /* for DS__CONFLICT_LAMBDA */
    int64_t delta_ttl_ms;     /* how long the delta log serves delta syncs */
    int64_t tombstone_ttl_ms; /* how long deleted items are kept */
    int64_t api_key_expires_ms; /* 0: the key never expires */
    const char *jwt_secret_path; /* HS256 secret file, or NULL */
    const char *jwks_path;       /* RS256 keys (JWKS JSON), or NULL */
    /* TLS on the same port as plain HTTP (http.c): a certificate and key in
     * PEM files, or with dev_tls a self-signed one for 127.0.0.1 made (or
     * reused) in dev_tls_dir (tls.c). */
    const char *tls_cert;
    const char *tls_key;
    bool dev_tls;
    const char *dev_tls_dir; /* NULL: ./datastore-dev-tls */
} ds__server_config;

/* What a root field of the API does. */
typedef enum ds__op_kind {
    DS__OP_GET,
    DS__OP_LIST,
    DS__OP_SYNC,
    DS__OP_INDEX, /* an @index queryField */
    DS__OP_CREATE,
    DS__OP_UPDATE,
    DS__OP_DELETE,
    DS__OP_SUBSCRIBE
} ds__op_kind;

typedef struct ds__root_op {
    const char *field;       /* root field name (borrowed from the API) */
    const char *root;        /* "Query", "Mutation" or "Subscription" type name */
    ds__op_kind kind;
    const ds_model *model;
    const ds_index *index;   /* DS__OP_INDEX */
} ds__root_op;

/* A field error in AppSync's shape. */
typedef struct ds__op_error {
    char message[512];
    const char *error_type; /* static */
    json_t *data;           /* owned: the server item, when there is one */
    json_t *error_info;     /* owned, or NULL */
} ds__op_error;

typedef struct ds__server ds__server;
typedef struct ds__realtime ds__realtime;

struct ds__server {
    ds__server_config cfg;
    ds_schema *schema;
    ds__storage *storage;
    char *sdl;                        /* the AppSync API, as SDL */
    void *api;                        /* the executable type system */
    unsigned char token_key[DS__TOKEN_KEY_BYTES];
    ds__root_op *ops;
    size_t op_count;
    ds__auth_config auth;
    int64_t (*now_ms)(void);          /* injectable clock */
    ds__realtime *rt;                 /* realtime subscribers (realtime*.c); NULL when not serving */
    struct ds__doc_cache *docs;       /* parsed documents by text (doc_cache.c); NULL: none */
    struct resolve_memo *memo;        /* what resolve() decided per field (server.c) */
};

/* An HTTP exchange, as http.c sees it. */
typedef struct ds__http_request {
    const char *method;
    const char *path;
    const char *api_key;       /* "" when absent */
    const char *authorization; /* "" when absent */
    const char *body;
    size_t body_len;
} ds__http_request;

typedef struct ds__http_response {
    int status;
    char *body; /* malloc'd JSON */
    size_t len;
    char operation[128]; /* for the log line */
} ds__http_response;

/* server.c */
ds_status ds__server_open(ds__server **out, const ds__server_config *cfg, ds_error *err);
void ds__server_close(ds__server *srv);
void ds__server_handle(ds__server *srv, const ds__http_request *req, ds__http_response *res);
void ds__server_error_response(ds__http_response *res, int status, const char *type, const char *message);
void ds__server_purge(ds__server *srv);
const ds__root_op *ds__server_op(const ds__server *srv, const char *root, const char *field);

/* http.c */
ds_status ds__http_run(ds__server *srv, ds_error *err);

/* What one request runs with: the server and who is calling. */
typedef struct ds__request_ctx {
    ds__server *srv;
    const ds__identity *who;
} ds__request_ctx;

/* ops.c: the root fields' work, as `who` may do it. On failure the error
 * is filled and *result is NULL. */
ds_status ds__op_run(ds__server *srv, const ds__identity *who, const ds__root_op *op, json_t *args, json_t **result,
                     ds__op_error *err);
/* The related item(s) of a model-typed field of `item`. */
ds_status ds__op_related(ds__server *srv, const ds__identity *who, const ds_model *m, const ds_field *f, json_t *item,
                         json_t *args, json_t **result, ds__op_error *err);

/* server.c: the API's resolver (root fields to ops.c, relationship fields to
 * ds__op_related); info->request_ctx is a ds__request_ctx. */
ds__resolve_rc ds__server_resolve(const ds__gql_resolve_info *info, json_t **result, ds__gql_field_error *ferr);

/* realtime_sub.c: hands a committed write's item (as the mutation returned
 * it: a delete's has _deleted true) to every subscriber whose subscription
 * field lists the mutation in @aws_subscribe, filter, owner arguments and
 * authorization permitting. Call once per accepted write, in commit order,
 * on the event-loop thread; a no-op when srv->rt is NULL. */
void ds__server_publish(ds__server *srv, const ds__root_op *op, json_t *item);

/* tls.c: a self-signed certificate for 127.0.0.1 and localhost (EC P-256,
 * a year) in dir/cert.pem and dir/key.pem, made when the files are missing
 * or not valid for at least another day, else reused. The paths go to cert
 * and key (cap bytes each); *made says which happened. */
ds_status ds__tls_dev_cert(const char *dir, char *cert, char *key, size_t cap, bool *made, ds_error *err);
/* Checks that cert and key are readable PEM and belong together. */
ds_status ds__tls_check(const char *cert, const char *key, ds_error *err);

/* conflict.c: the --conflict lambda:COMMAND handler. */
ds_status ds__conflict_lambda(const char *cmd, json_t *request, json_t **response, ds_error *err);

#endif
