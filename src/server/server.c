/*
 * `datastore serve`: an AppSync-compatible sync server for a schema.graphql.
 *
 * Design. The server derives, from the model registry, the very API AWS
 * AppSync exposes after Amplify's transformer with DataStore on (api_*.c
 * print it as SDL), builds an executable type system from that SDL with
 * the generic GraphQL engine (src/graphql/), and answers requests by
 * running them with one resolver (resolve() below):
 *
 *   HTTP (http.c) ─▶ server_handle: auth, JSON ─▶ ds__gql_execute(api, resolve)
 *        resolve: root fields ─▶ ops.c (versioned reads/writes on storage)
 *                 model relationship fields ─▶ ops.c (related items)
 *                 everything else ─▶ the parent item's member
 *
 * Which root field does what is decided once at start from the API itself
 * (plan()): a Query field returning a model is a get, one returning
 * Model<M>Connection is a sync (it has lastSync), an index query (its name
 * is an @index queryField) or a list; Mutation fields are told apart by
 * their input type (Create/Update/Delete<M>Input). Renamed operations
 * (@model(queries: ...)) therefore need no special case.
 *
 * Invariants: one event loop thread; every write is one storage
 * transaction (ops.c); versions change only in ops.c; the delta log gets
 * every accepted write.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graphql/execute.h"
#include "graphql/typesys.h"
#include "schema/internal.h"
#include "server/api_sdl.h"
#include "server/doc_cache.h"
#include "server/json_write.h"
#include "server/server.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/ids.h"

#include <openssl/rand.h>

/*
 * What resolve() does with a field, decided once per field definition: a
 * sync page of a thousand items asks for each of their fields, and most
 * are plain members. Direct-mapped by the definition's address (stable
 * for the server's life); a collision only means deciding again.
 */
#define MEMO_SLOTS 1024

typedef enum memo_kind { MEMO_NONE, MEMO_ROOT, MEMO_RELATED, MEMO_MEMBER } memo_kind;

typedef struct memo_slot {
    const ds__gql_typesys_field *def;
    const char *parent_type;  /* the runtime type it was decided for */
    ds__gql_op_kind operation;
    memo_kind kind;
    const ds__root_op *op;    /* MEMO_ROOT; NULL: a custom field */
    const ds_model *m;        /* MEMO_RELATED */
    const ds_field *f;
} memo_slot;

struct resolve_memo {
    memo_slot slots[MEMO_SLOTS];
};

static const ds_model *model_named(const ds__server *srv, const char *name) {
    return name ? ds_schema_model(srv->schema, name) : NULL;
}

static bool add_op(ds__server *srv, ds__root_op op) {
    ds__root_op *p = realloc(srv->ops, (srv->op_count + 1) * sizeof *p);
    if (!p)
        return false;
    srv->ops = p;
    srv->ops[srv->op_count++] = op;
    return true;
}

static const ds_index *index_by_query(const ds_model *m, const char *field) {
    for (size_t i = 0; i < m->index_count; i++)
        if (m->indexes[i].query_field && !strcmp(m->indexes[i].query_field, field))
            return &m->indexes[i];
    return NULL;
}

/* Whether a field's arguments are exactly the model's key fields: a get.
 * A custom query may return a model too; it has no data source. */
static bool takes_the_key(const ds__gql_typesys_field *f, const ds_model *m) {
    if (f->nargs != m->key_count)
        return false;
    for (size_t i = 0; i < m->key_count; i++)
        if (!ds__gql_ts_arg(f->args, f->nargs, m->key_fields[i]->name))
            return false;
    return true;
}

/* Decides what each root field of the API does (see the design note). */
static ds_status plan(ds__server *srv, const ds__gql_typesys *ts, ds_error *err) {
    static const ds__gql_op_kind kinds[] = {DS__GQL_OP_QUERY, DS__GQL_OP_MUTATION, DS__GQL_OP_SUBSCRIPTION};
    for (int k = 0; k < 3; k++) {
        const ds__gql_typesys_type *root = ds__gql_ts_root(ts, kinds[k]);
        for (size_t i = 0; root && i < root->nfields; i++) {
            const ds__gql_typesys_field *f = &root->fields[i];
            ds__root_op op = {f->name, root->name, DS__OP_GET, NULL, NULL};
            const char *ret = f->base ? f->base->name : "";
            if (kinds[k] == DS__GQL_OP_QUERY) {
                size_t n = strlen(ret);
                if ((op.model = model_named(srv, ret)) && takes_the_key(f, op.model)) {
                    op.kind = DS__OP_GET;
                } else if (n > 15 && !strncmp(ret, "Model", 5) && !strcmp(ret + n - 10, "Connection")) {
                    char name[256];
                    snprintf(name, sizeof name, "%.*s", (int)(n - 15), ret + 5);
                    if (!(op.model = model_named(srv, name)))
                        continue;
                    if ((op.index = index_by_query(op.model, f->name)))
                        op.kind = DS__OP_INDEX;
                    else if (ds__gql_ts_arg(f->args, f->nargs, "lastSync"))
                        op.kind = DS__OP_SYNC;
                    else
                        op.kind = DS__OP_LIST;
                } else {
                    continue; /* a custom query: no data source */
                }
            } else if (kinds[k] == DS__GQL_OP_MUTATION) {
                const ds__gql_typesys_arg *in = ds__gql_ts_arg(f->args, f->nargs, "input");
                const char *t = in && in->base ? in->base->name : "";
                size_t n = strlen(t);
                static const struct {
                    const char *prefix;
                    ds__op_kind kind;
                } forms[] = {{"Create", DS__OP_CREATE}, {"Update", DS__OP_UPDATE}, {"Delete", DS__OP_DELETE}};
                bool found = false;
                for (int j = 0; j < 3 && !found; j++) {
                    size_t pl = strlen(forms[j].prefix);
                    if (n > pl + 5 && !strncmp(t, forms[j].prefix, pl) && !strcmp(t + n - 5, "Input")) {
                        char name[256];
                        snprintf(name, sizeof name, "%.*s", (int)(n - pl - 5), t + pl);
                        if ((op.model = model_named(srv, name))) {
                            op.kind = forms[j].kind;
                            found = true;
                        }
                    }
                }
                if (!found)
                    continue;
            } else {
                if (!(op.model = model_named(srv, ret)))
                    continue;
                op.kind = DS__OP_SUBSCRIBE;
            }
            if (!add_op(srv, op))
                return ds__error(err, DS_ERR_NOMEM, "out of memory");
        }
    }
    return DS_OK;
}

const ds__root_op *ds__server_op(const ds__server *srv, const char *root, const char *field) {
    for (size_t i = 0; i < srv->op_count; i++)
        if (!strcmp(srv->ops[i].field, field) && !strcmp(srv->ops[i].root, root))
            return &srv->ops[i];
    return NULL;
}

static ds_status token_key(ds__server *srv, ds_error *err) {
    char *hex = NULL;
    ds_status rc = srv->storage->ops->get_setting(srv->storage, "token_key", &hex, err);
    if (rc != DS_OK)
        return rc;
    if (hex && strlen(hex) == 2 * DS__TOKEN_KEY_BYTES) {
        for (int i = 0; i < DS__TOKEN_KEY_BYTES; i++) {
            unsigned v = 0;
            sscanf(hex + 2 * i, "%2x", &v);
            srv->token_key[i] = (unsigned char)v;
        }
        free(hex);
        return DS_OK;
    }
    free(hex);
    if (RAND_bytes(srv->token_key, DS__TOKEN_KEY_BYTES) != 1)
        return ds__error(err, DS_ERR_INTERNAL, "no randomness for the token key");
    char text[2 * DS__TOKEN_KEY_BYTES + 1];
    for (int i = 0; i < DS__TOKEN_KEY_BYTES; i++)
        snprintf(text + 2 * i, 3, "%02x", srv->token_key[i]);
    return srv->storage->ops->set_setting(srv->storage, "token_key", text, err);
}

static unsigned char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    unsigned char *buf = malloc(1 << 20);
    size_t n = buf ? fread(buf, 1, (1 << 20) - 1, f) : 0;
    fclose(f);
    if (buf)
        buf[n] = '\0';
    *len = n;
    return buf;
}

/* API key, JWT secret and JWKS from the configuration. */
static ds_status load_auth(ds__server *srv, ds_error *err) {
    srv->auth.api_key = srv->cfg.api_key;
    srv->auth.api_key_expires_ms = srv->cfg.api_key_expires_ms;
    if (srv->cfg.jwt_secret_path) {
        size_t n = 0;
        srv->auth.jwt_secret = slurp(srv->cfg.jwt_secret_path, &n);
        while (n > 0 && (srv->auth.jwt_secret[n - 1] == '\n' || srv->auth.jwt_secret[n - 1] == '\r'))
            n--; /* a trailing newline is not part of the secret */
        srv->auth.jwt_secret_len = n;
        if (!srv->auth.jwt_secret || n == 0)
            return ds__error(err, DS_ERR_IO, "--jwt-secret %s: cannot read a secret from it", srv->cfg.jwt_secret_path);
    }
    if (srv->cfg.jwks_path) {
        json_error_t je;
        srv->auth.jwks = json_load_file(srv->cfg.jwks_path, 0, &je);
        if (!json_is_array(json_object_get(srv->auth.jwks, "keys")))
            return ds__error(err, DS_ERR_INVALID, "--jwks %s: expected a JSON Web Key Set {\"keys\": [...]}: %s",
                             srv->cfg.jwks_path, srv->auth.jwks ? "no keys array" : je.text);
    }
    return DS_OK;
}

/* A schema.graphql with `schema { query: RootQuery }` names its own root
 * types; the transformer's SDL (ours too) prints no schema block, so the
 * executable API gets one here. */
static ds_status add_schema_block(ds__server *srv, ds_error *err) {
    const ds__gql_doc *doc = ds__schema_document(srv->schema);
    const char *names[3] = {"Query", "Mutation", "Subscription"};
    static const char *const ops[3] = {"query", "mutation", "subscription"};
    bool custom = false;
    for (const ds__gql_def *d = doc ? doc->defs : NULL; d; d = d->next) {
        if (d->kind != DS__GQL_DEF_SCHEMA)
            continue;
        for (const ds__gql_operation_type *o = d->operation_types; o; o = o->next)
            for (int i = 0; i < 3; i++)
                if (!strcmp(o->operation, ops[i]) && o->type) {
                    names[i] = o->type->value;
                    custom = true;
                }
    }
    if (!custom)
        return DS_OK;
    ds__buf b;
    ds__buf_init(&b, 0);
    ds__buf_puts(&b, "schema {");
    for (int i = 0; i < 3; i++) {
        char probe[300];
        snprintf(probe, sizeof probe, "type %s ", names[i]);
        if (i == 0 || strstr(srv->sdl, probe))
            ds__buf_printf(&b, " %s: %s", ops[i], names[i]);
    }
    ds__buf_puts(&b, " }\n");
    ds__buf_puts(&b, srv->sdl);
    if (b.failed) {
        ds__buf_free(&b);
        return ds__error(err, DS_ERR_NOMEM, "out of memory");
    }
    free(srv->sdl);
    srv->sdl = ds__buf_take(&b, NULL);
    return DS_OK;
}

/* The test suite pins the clock through a file holding epoch milliseconds
 * (DATASTORE_CLOCK_FILE); without it, the system clock. */
static const char *g_clock_file;

static int64_t file_clock(void) {
    FILE *f = fopen(g_clock_file, "r");
    long long ms = 0;
    if (f) {
        if (fscanf(f, "%lld", &ms) != 1)
            ms = 0;
        fclose(f);
    }
    return ms > 0 ? (int64_t)ms : ds__now_ms();
}

ds_status ds__server_open(ds__server **out, const ds__server_config *cfg, ds_error *err) {
    *out = NULL;
    ds__server *srv = calloc(1, sizeof *srv);
    if (!srv)
        return ds__error(err, DS_ERR_NOMEM, "out of memory");
    srv->cfg = *cfg;
    g_clock_file = getenv("DATASTORE_CLOCK_FILE");
    srv->now_ms = g_clock_file ? file_clock : ds__now_ms;
    ds_status rc = ds_schema_load(&srv->schema, cfg->schema_path, err);
    if (rc == DS_OK)
        rc = ds__storage_open(&srv->storage, cfg->db_url, srv->schema, err);
    if (rc == DS_OK)
        rc = token_key(srv, err);
    if (rc == DS_OK)
        rc = load_auth(srv, err);
    if (rc == DS_OK && !(srv->sdl = ds__server_api_sdl(srv->schema, NULL)))
        rc = ds__error(err, DS_ERR_NOMEM, "out of memory deriving the API");
    if (rc == DS_OK)
        rc = add_schema_block(srv, err);
    if (rc == DS_OK) {
        ds__diags d;
        ds__diags_init(&d, "<api>");
        ds__gql_typesys *ts = NULL;
        rc = ds__gql_typesys_parse(srv->sdl, strlen(srv->sdl), &ts, &d);
        if (rc != DS_OK) {
            /* The diagnostics go through a separate error: formatting
             * err->message into itself would garble it. */
            ds_error why = DS_ERROR_INIT;
            ds__diags_to_error(&d, &why);
            rc = ds__error(err, DS_ERR_INTERNAL, "the derived API does not build: %s", why.message);
        }
        ds__diags_free(&d);
        srv->api = ts;
        if (rc == DS_OK)
            rc = plan(srv, ts, err);
        if (rc == DS_OK) {
            srv->docs = ds__doc_cache_new(ts); /* without one, every request parses */
            srv->memo = calloc(1, sizeof *srv->memo);
            if (!srv->memo)
                rc = ds__error(err, DS_ERR_NOMEM, "out of memory");
        }
    }
    if (rc == DS_OK)
        ds__server_purge(srv);
    if (rc != DS_OK) {
        ds__server_close(srv);
        return rc;
    }
    *out = srv;
    return DS_OK;
}

void ds__server_close(ds__server *srv) {
    if (!srv)
        return;
    ds__doc_cache_free(srv->docs);
    free(srv->memo);
    ds__gql_typesys_free(srv->api);
    if (srv->storage)
        srv->storage->ops->close(srv->storage);
    ds_schema_free(srv->schema);
    free(srv->sdl);
    free(srv->ops);
    free(srv->auth.jwt_secret);
    json_decref(srv->auth.jwks);
    free(srv);
}

void ds__server_purge(ds__server *srv) {
    ds_error err = DS_ERROR_INIT;
    if (srv->storage->ops->purge(srv->storage, srv->now_ms() / 1000, &err) != DS_OK)
        fprintf(stderr, "datastore serve: purging expired items failed: %s\n", err.message);
}

/* ---- requests ------------------------------------------------------------------ */

static void set_body(ds__http_response *res, int status, json_t *body) {
    res->status = status;
    res->body = ds__json_write(body, &res->len); /* json_dumps' text, faster */
}

void ds__server_error_response(ds__http_response *res, int status, const char *type, const char *message) {
    json_t *body = json_pack("{s:[{s:s,s:s}]}", "errors", "errorType", type, "message", message);
    set_body(res, status, body);
    json_decref(body);
}

static const memo_slot *decide(ds__server *srv, const ds__gql_resolve_info *info) {
    memo_slot *s = &srv->memo->slots[((uintptr_t)info->def >> 4) % MEMO_SLOTS];
    if (s->def == info->def && s->parent_type == info->parent_type && s->operation == info->operation &&
        s->kind != MEMO_NONE)
        return s;
    memo_slot d = {info->def, info->parent_type, info->operation, MEMO_MEMBER, NULL, NULL, NULL};
    const ds__gql_typesys_type *root = ds__gql_ts_root(info->ts, info->operation);
    if (root && !strcmp(root->name, info->parent_type)) {
        d.kind = MEMO_ROOT;
        d.op = ds__server_op(srv, info->parent_type, info->field_name);
    } else {
        d.m = ds_schema_model(srv->schema, info->parent_type);
        d.f = d.m ? ds_model_field(d.m, info->field_name) : NULL;
        if (d.f && d.f->association.kind != DS_CONN_NONE)
            d.kind = MEMO_RELATED;
    }
    *s = d;
    return s;
}

static ds__resolve_rc resolve(const ds__gql_resolve_info *info, json_t **result, ds__gql_field_error *ferr) {
    const ds__request_ctx *ctx = info->request_ctx;
    ds__server *srv = ctx->srv;
    const memo_slot *d = decide(srv, info);
    if (d->kind == MEMO_MEMBER)
        return DS__RESOLVE_DEFAULT;
    ds__op_error e;
    memset(&e, 0, sizeof e);
    ds_status rc;
    if (d->kind == MEMO_ROOT) {
        if (!d->op) {
            *result = json_null(); /* a custom field with no data source */
            return DS__RESOLVE_OK;
        }
        rc = ds__op_run(srv, ctx->who, d->op, info->args, result, &e);
    } else {
        rc = ds__op_related(srv, ctx->who, d->m, d->f, info->parent, info->args, result, &e);
    }
    if (rc == DS_OK)
        return DS__RESOLVE_OK;
    snprintf(ferr->message, sizeof ferr->message, "%s", e.message);
    ferr->error_type = e.error_type;
    ferr->data = e.data;
    ferr->error_info = e.error_info;
    return DS__RESOLVE_ERROR;
}

/* The operation's first root field, for the log line. */
static void operation_name(const char *query, json_t *opname, char *out, size_t cap) {
    if (json_is_string(opname)) {
        snprintf(out, cap, "%s", json_string_value(opname));
        return;
    }
    const char *p = query ? strchr(query, '{') : NULL;
    out[0] = '\0';
    if (!p)
        return;
    p++;
    while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')
        p++;
    size_t n = 0;
    while (p[n] && (p[n] == '_' || (p[n] >= 'a' && p[n] <= 'z') || (p[n] >= 'A' && p[n] <= 'Z') ||
                    (p[n] >= '0' && p[n] <= '9')) && n + 1 < cap)
        n++;
    memcpy(out, p, n);
    out[n] = '\0';
}

/* ds__gql_execute, with the document from the cache when it is there. */
static json_t *execute(ds__server *srv, const ds__gql_request *req) {
    ds__gql_document *doc = ds__doc_cache_get(srv->docs, req->query, req->query_len);
    if (!doc)
        return ds__gql_execute(srv->api, req, resolve);
    json_t *errors = NULL;
    ds__gql_prepared *p = ds__gql_prepare(doc, req->operation_name, req->variables, &errors);
    ds__gql_document_unref(doc);
    if (!p)
        return errors ? ds__gql_error_response(errors) : NULL;
    /* A subscription over HTTP gets the engine's refusal, as uncached. */
    json_t *response = p->kind == DS__GQL_OP_SUBSCRIPTION
                           ? ds__gql_execute(srv->api, req, resolve)
                           : ds__gql_execute_selection(srv->api, p, NULL, resolve, req->request_ctx);
    ds__gql_prepared_free(p);
    return response;
}

void ds__server_handle(ds__server *srv, const ds__http_request *req, ds__http_response *res) {
    memset(res, 0, sizeof *res);
    if (!strcmp(req->method, "OPTIONS")) {
        set_body(res, 200, json_object());
        return;
    }
    if (strcmp(req->path, "/graphql") != 0) {
        ds__server_error_response(res, 404, "NotFound", "not found; the API is at POST /graphql");
        return;
    }
    if (strcmp(req->method, "POST") != 0) {
        ds__server_error_response(res, 405, "MethodNotAllowed", "use POST /graphql with a JSON body");
        return;
    }
    ds__identity who;
    char why[256];
    if (!ds__auth_identify(&srv->auth, req->api_key, req->authorization, srv->now_ms(), &who, why, sizeof why)) {
        ds__server_error_response(res, 401, "UnauthorizedException", why);
        return;
    }
    json_error_t je;
    json_t *body = json_loadb(req->body, req->body_len, 0, &je);
    if (!json_is_object(body) || !json_is_string(json_object_get(body, "query"))) {
        char msg[300];
        if (!body)
            snprintf(msg, sizeof msg, "the request body is not JSON: %s (line %d, column %d)", je.text, je.line,
                     je.column);
        else
            snprintf(msg, sizeof msg, "the request body must be a JSON object with a \"query\" string");
        json_decref(body);
        ds__identity_clear(&who);
        ds__server_error_response(res, 400, "MalformedHttpRequestException", msg);
        return;
    }
    json_t *vars = json_object_get(body, "variables");
    if (vars && !json_is_null(vars) && !json_is_object(vars)) {
        json_decref(body);
        ds__identity_clear(&who);
        ds__server_error_response(res, 400, "MalformedHttpRequestException", "\"variables\" must be a JSON object");
        return;
    }
    json_t *opname = json_object_get(body, "operationName");
    const char *query = json_string_value(json_object_get(body, "query"));
    operation_name(query, opname, res->operation, sizeof res->operation);
    ds__request_ctx ctx = {srv, &who};
    ds__gql_request greq = {query, strlen(query), json_is_string(opname) ? json_string_value(opname) : NULL,
                            json_is_object(vars) ? vars : NULL, &ctx};
    json_t *out = execute(srv, &greq);
    set_body(res, 200, out);
    json_decref(out);
    json_decref(body);
    ds__identity_clear(&who);
}

ds__resolve_rc ds__server_resolve(const ds__gql_resolve_info *info, json_t **result, ds__gql_field_error *ferr) {
    return resolve(info, result, ferr);
}
