/*
 * The root fields' work: versioned reads and writes as AppSync's versioned
 * data sources do them (DATASTORE-SPEC §6.4, §7.2-7.4).
 *
 * Every write is one storage transaction that reads the stored item, decides
 * (version check, conflict strategy, condition), writes the new item and
 * appends it to the delta log. Versions only ever change here: +1 per
 * accepted write. Deletes leave tombstones (`_deleted: true`, `_ttl`).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>

#include "predicate/internal.h"
#include "server/items.h"
#include "server/server.h"
#include "util/ids.h"

#define SYNC_LIMIT_DEFAULT 100
#define SYNC_LIMIT_MAX 1000

static ds_status fail(ds__op_error *e, const char *type, json_t *data, const char *fmt, ...) DS__PRINTF(4, 5);
static ds_status fail(ds__op_error *e, const char *type, json_t *data, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->message, sizeof e->message, fmt, ap);
    va_end(ap);
    e->error_type = type;
    json_decref(e->data);
    e->data = data ? json_incref(data) : NULL;
    return DS_ERR_INVALID;
}

static ds_status fail_status(ds__op_error *e, const ds_error *err) {
    const char *type = err->code == DS_ERR_NOMEM ? "InternalFailure"
                       : err->code == DS_ERR_INVALID ? "BadRequest"
                                                    : "InternalFailure";
    fail(e, type, NULL, "%s", err->message);
    return err->code ? err->code : DS_ERR_INTERNAL;
}

/* ---- arguments --------------------------------------------------------- */

static ds_status read_filter(ds__server *srv, const ds_model *m, json_t *args, const char *name, ds_predicate **out,
                             ds__op_error *e) {
    *out = NULL;
    json_t *f = json_object_get(args, name);
    if (!f || json_is_null(f) || (json_is_object(f) && json_object_size(f) == 0))
        return DS_OK;
    ds_error err = DS_ERROR_INIT;
    if (ds__pred_from_graphql(out, f, m, &err) != DS_OK)
        return fail(e, "BadRequest", NULL, "%s: %s", name, err.message);
    (void)srv;
    return DS_OK;
}

static size_t read_limit(json_t *args, size_t dflt) {
    json_t *l = json_object_get(args, "limit");
    if (!json_is_integer(l) || json_integer_value(l) <= 0)
        return dflt;
    int64_t v = json_integer_value(l);
    return v > SYNC_LIMIT_MAX ? SYNC_LIMIT_MAX : (size_t)v;
}

/* A short digest of what a page token must belong to: the field and its
 * arguments other than the token and the page size. */
static void query_digest(const char *field, json_t *args, char out[33]) {
    json_t *copy = json_deep_copy(args);
    json_object_del(copy, "nextToken");
    json_object_del(copy, "limit");
    char *text = json_dumps(copy, JSON_COMPACT | JSON_SORT_KEYS);
    json_decref(copy);
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    if (ctx && EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) && EVP_DigestUpdate(ctx, field, strlen(field)) &&
        EVP_DigestUpdate(ctx, text ? text : "", text ? strlen(text) : 0))
        EVP_DigestFinal_ex(ctx, md, &n);
    EVP_MD_CTX_free(ctx);
    free(text);
    static const char hex[] = "0123456789abcdef";
    for (unsigned i = 0; i < 16; i++) {
        out[2 * i] = hex[i < n ? md[i] >> 4 : 0];
        out[2 * i + 1] = hex[i < n ? md[i] & 15 : 0];
    }
    out[32] = '\0';
}

/* The cursor (and extras) of a page token, checked to belong here. */
static ds_status read_token(ds__server *srv, const char *field, json_t *args, json_t **payload, ds__op_error *e) {
    *payload = NULL;
    json_t *t = json_object_get(args, "nextToken");
    if (!t || json_is_null(t))
        return DS_OK;
    if (!json_is_string(t))
        return fail(e, "BadRequest", NULL, "nextToken must be a string");
    ds_error err = DS_ERROR_INIT;
    json_t *p = NULL;
    if (ds__token_read(srv->token_key, json_string_value(t), &p, &err) != DS_OK)
        return fail(e, "BadRequest", NULL, "%s", err.message);
    char digest[33];
    query_digest(field, args, digest);
    const char *h = json_string_value(json_object_get(p, "h"));
    if (!h || strcmp(h, digest) != 0) {
        json_decref(p);
        return fail(e, "BadRequest", NULL, "nextToken belongs to another query (another field, filter or key)");
    }
    *payload = p;
    return DS_OK;
}

static json_t *make_token(ds__server *srv, const char *field, json_t *args, json_t *extra) {
    char digest[33];
    query_digest(field, args, digest);
    json_object_set_new(extra, "h", json_string(digest));
    char *tok = ds__token_make(srv->token_key, extra);
    json_t *out = tok ? json_string(tok) : json_null();
    free(tok);
    return out;
}

/* ---- reads -------------------------------------------------------------------- */

static ds_status op_get(ds__server *srv, const ds__root_op *op, json_t *args, json_t **result, ds__op_error *e) {
    char *pk = NULL;
    ds_error err = DS_ERROR_INIT;
    if (ds__item_key(srv->schema, op->model, args, &pk, &err) != DS_OK)
        return fail_status(e, &err);
    json_t *item = NULL;
    ds_status rc = srv->storage->ops->get(srv->storage, op->model, pk, &item, &err);
    free(pk);
    if (rc != DS_OK)
        return fail_status(e, &err);
    *result = item ? item : json_null();
    return DS_OK;
}

/* A key condition from the arguments of a list or index query: the
 * partition field's argument, then any argument holding a key condition
 * ({eq: ..}, {between: [..]}, ...). */
static bool key_condition(const ds_model *m, const ds_index *ix, json_t *args, ds__key_cond *k) {
    memset(k, 0, sizeof *k);
    k->index = ix;
    const char *pfield = ix ? ix->fields[0] : (m->key_count ? m->key_fields[0]->name : NULL);
    json_t *pv = pfield ? json_object_get(args, pfield) : NULL;
    if (!pv || json_is_null(pv))
        return false;
    k->partition = pv;
    const char *key;
    json_t *v;
    json_object_foreach(args, key, v) {
        if (!strcmp(key, pfield) || !strcmp(key, "filter") || !strcmp(key, "limit") || !strcmp(key, "nextToken") ||
            !strcmp(key, "sortDirection") || !json_is_object(v) || json_object_size(v) != 1)
            continue;
        const char *op = NULL;
        json_t *operand = NULL;
        json_object_foreach(v, op, operand) break;
        k->sort_op = op;
        k->sort_value = operand;
    }
    const char *dir = json_string_value(json_object_get(args, "sortDirection"));
    k->descending = dir && !strcmp(dir, "DESC");
    return true;
}

/* list, index queries and relationship connections: a page of matching
 * items, the filter applied after reading (as DynamoDB does). */
static ds_status page_query(ds__server *srv, const char *field, const ds_model *m, const ds__key_cond *k,
                            const ds_predicate *extra, json_t *args, json_t **result, ds__op_error *e) {
    json_t *tok = NULL;
    ds_status rc = read_token(srv, field, args, &tok, e);
    if (rc != DS_OK)
        return rc;
    int64_t after = tok ? json_integer_value(json_object_get(tok, "c")) : 0;
    json_decref(tok);
    ds_predicate *filter = NULL;
    if ((rc = read_filter(srv, m, args, "filter", &filter, e)) != DS_OK)
        return rc;
    ds__stored_list rows;
    ds_error err = DS_ERROR_INIT;
    size_t limit = read_limit(args, SYNC_LIMIT_DEFAULT);
    if (srv->storage->ops->scan(srv->storage, m, k, after, limit, &rows, &err) != DS_OK) {
        ds_pred_free(filter);
        return fail_status(e, &err);
    }
    json_t *items = json_array();
    for (size_t i = 0; i < rows.count; i++)
        if (ds__item_matches(srv->schema, m, filter, rows.items[i].item) &&
            ds__item_matches(srv->schema, m, extra, rows.items[i].item))
            json_array_append(items, rows.items[i].item);
    json_t *out = json_object();
    json_object_set_new(out, "items", items);
    if (rows.more && rows.count) {
        json_t *p = json_object();
        json_object_set_new(p, "c", json_integer(rows.items[rows.count - 1].cursor));
        json_object_set_new(out, "nextToken", make_token(srv, field, args, p));
        json_decref(p);
    } else {
        json_object_set_new(out, "nextToken", json_null());
    }
    json_object_set_new(out, "startedAt", json_null());
    ds__stored_list_free(&rows);
    ds_pred_free(filter);
    *result = out;
    return DS_OK;
}

static ds_status op_sync(ds__server *srv, const ds__root_op *op, json_t *args, json_t **result, ds__op_error *e) {
    json_t *tok = NULL;
    ds_status rc = read_token(srv, op->field, args, &tok, e);
    if (rc != DS_OK)
        return rc;
    int64_t now = srv->now_ms();
    json_t *ls = json_object_get(args, "lastSync");
    int64_t last_sync = json_is_integer(ls) ? json_integer_value(ls) : 0;
    int64_t started = tok ? json_integer_value(json_object_get(tok, "s")) : now;
    int64_t after = tok ? json_integer_value(json_object_get(tok, "c")) : 0;
    /* Base scan without lastSync or when it is older than the delta log
     * reaches; else the changes since. A token carries the decision. */
    bool delta = tok ? json_is_true(json_object_get(tok, "d"))
                     : (last_sync > 0 && last_sync >= now - srv->cfg.delta_ttl_ms);
    json_decref(tok);
    ds_predicate *filter = NULL;
    if ((rc = read_filter(srv, op->model, args, "filter", &filter, e)) != DS_OK)
        return rc;
    size_t limit = read_limit(args, SYNC_LIMIT_DEFAULT);
    ds__stored_list rows;
    ds_error err = DS_ERROR_INIT;
    ds_status src = delta ? srv->storage->ops->delta_since(srv->storage, op->model, last_sync, after, limit, &rows, &err)
                          : srv->storage->ops->scan(srv->storage, op->model, NULL, after, limit, &rows, &err);
    if (src != DS_OK) {
        ds_pred_free(filter);
        return fail_status(e, &err);
    }
    json_t *items = json_array();
    for (size_t i = 0; i < rows.count; i++)
        if (ds__item_matches(srv->schema, op->model, filter, rows.items[i].item))
            json_array_append(items, rows.items[i].item);
    json_t *out = json_object();
    json_object_set_new(out, "items", items);
    if (rows.more && rows.count) {
        json_t *p = json_object();
        json_object_set_new(p, "c", json_integer(rows.items[rows.count - 1].cursor));
        json_object_set_new(p, "s", json_integer(started));
        json_object_set_new(p, "d", json_boolean(delta));
        json_object_set_new(out, "nextToken", make_token(srv, op->field, args, p));
        json_decref(p);
    } else {
        json_object_set_new(out, "nextToken", json_null());
    }
    json_object_set_new(out, "startedAt", json_integer(started));
    ds__stored_list_free(&rows);
    ds_pred_free(filter);
    *result = out;
    return DS_OK;
}

/* ---- writes ----------------------------------------------------------------- */

static bool is_tombstone(json_t *item) { return item && json_is_true(json_object_get(item, "_deleted")); }

static int64_t version_of(json_t *item) {
    json_t *v = json_object_get(item, "_version");
    return json_is_integer(v) ? json_integer_value(v) : 0;
}

static void stamp(ds__server *srv, const ds_model *m, json_t *item, int64_t version, int64_t now, bool created) {
    char ts[32];
    ds__format_datetime(now, ts);
    if (created && m->created_at) {
        json_t *c = json_object_get(item, m->created_at);
        if (!c || json_is_null(c))
            json_object_set_new(item, m->created_at, json_string(ts));
    }
    if (m->updated_at)
        json_object_set_new(item, m->updated_at, json_string(ts));
    json_object_set_new(item, "__typename", json_string(m->name));
    json_object_set_new(item, "_version", json_integer(version));
    json_object_set_new(item, "_lastChangedAt", json_integer(now));
    (void)srv;
}

static ds_status write_item(ds__server *srv, const ds_model *m, const char *pk, json_t *item, int64_t now,
                            bool remove_now, ds__op_error *e) {
    ds_error err = DS_ERROR_INIT;
    ds__storage *st = srv->storage;
    ds_status rc = remove_now ? st->ops->remove(st, m, pk, &err) : st->ops->put(st, m, pk, item, &err);
    if (rc == DS_OK)
        rc = st->ops->delta_append(st, m, now, item, now / 1000 + srv->cfg.delta_ttl_ms / 1000, &err);
    return rc == DS_OK ? DS_OK : fail_status(e, &err);
}

static ds_status check_condition(ds__server *srv, const ds_model *m, json_t *args, json_t *existing,
                                 ds__op_error *e) {
    ds_predicate *cond = NULL;
    ds_status rc = read_filter(srv, m, args, "condition", &cond, e);
    if (rc != DS_OK)
        return rc;
    json_t *empty = existing ? NULL : json_object();
    bool ok = ds__item_matches(srv->schema, m, cond, existing ? existing : empty);
    json_decref(empty);
    ds_pred_free(cond);
    if (!ok)
        return fail(e, "ConditionalCheckFailedException", existing, "The conditional request failed");
    return DS_OK;
}

/* The item an update would write: the stored one with the input's fields
 * (null removes a field); key and metadata are not the input's to set. */
static json_t *apply_input(const ds_model *m, json_t *existing, json_t *input) {
    json_t *item = json_deep_copy(existing);
    const char *k;
    json_t *v;
    json_object_foreach(input, k, v) {
        if (k[0] == '_')
            continue;
        bool key = false;
        for (size_t i = 0; i < m->key_count; i++)
            key |= !strcmp(m->key_fields[i]->name, k);
        if (key)
            continue;
        if (json_is_null(v))
            json_object_del(item, k);
        else
            json_object_set(item, k, v);
    }
    return item;
}

typedef enum resolution { RES_WRITE, RES_REJECT, RES_REMOVE, RES_FAILED } resolution;

/* The lambda strategy: the handler decides; *item receives RESOLVE's item. */
static resolution ask_lambda(ds__server *srv, const ds__root_op *op, json_t *args, json_t *proposed, json_t *existing,
                             json_t **item, ds__op_error *e) {
    json_t *req = json_object();
    json_object_set(req, "newItem", proposed ? proposed : json_null());
    json_object_set(req, "existingItem", existing);
    json_object_set(req, "arguments", args);
    json_t *resolver = json_object();
    json_object_set_new(resolver, "field", json_string(op->field));
    json_object_set_new(resolver, "type", json_string("Mutation"));
    json_object_set_new(req, "resolver", resolver);
    json_object_set_new(req, "identity", json_null());
    json_t *resp = NULL;
    ds_error err = DS_ERROR_INIT;
    ds_status rc = ds__conflict_lambda(srv->cfg.lambda_cmd, req, &resp, &err);
    json_decref(req);
    if (rc != DS_OK) {
        fail(e, "ConflictError", existing, "conflict handler failed: %s", err.message);
        return RES_FAILED;
    }
    const char *action = json_string_value(json_object_get(resp, "action"));
    resolution r = RES_FAILED;
    if (action && !strcmp(action, "RESOLVE") && json_is_object(json_object_get(resp, "item"))) {
        /* Fields the handler leaves out keep their stored values. */
        *item = json_deep_copy(existing);
        json_object_update(*item, json_object_get(resp, "item"));
        r = RES_WRITE;
    } else if (action && !strcmp(action, "REJECT")) {
        r = RES_REJECT;
    } else if (action && !strcmp(action, "REMOVE")) {
        r = RES_REMOVE;
    } else {
        fail(e, "ConflictError", existing,
             "conflict handler answered neither {\"action\":\"RESOLVE\",\"item\":{...}}, \"REJECT\" nor \"REMOVE\"");
    }
    json_decref(resp);
    return r;
}

static ds_status op_write(ds__server *srv, const ds__root_op *op, json_t *args, json_t **result, ds__op_error *e) {
    const ds_model *m = op->model;
    json_t *input = json_object_get(args, "input");
    if (!json_is_object(input))
        return fail(e, "BadRequest", NULL, "%s: input must be an object", op->field);
    json_t *work = json_deep_copy(input);
    if (op->kind == DS__OP_CREATE && m->key_count == 1 && !m->is_custom_key &&
        !strcmp(m->key_fields[0]->name, "id") && (!json_object_get(work, "id") || json_is_null(json_object_get(work, "id")))) {
        char id[37];
        ds__uuid_v4(id);
        json_object_set_new(work, "id", json_string(id));
    }
    char *pk = NULL;
    ds_error err = DS_ERROR_INIT;
    if (ds__item_key(srv->schema, m, work, &pk, &err) != DS_OK) {
        json_decref(work);
        return fail_status(e, &err);
    }
    ds__storage *st = srv->storage;
    json_t *existing = NULL, *item = NULL;
    ds_status rc = st->ops->begin(st, &err);
    if (rc != DS_OK) {
        free(pk);
        json_decref(work);
        return fail_status(e, &err);
    }
    int64_t now = srv->now_ms();
    bool remove_now = false;
    if ((rc = st->ops->get(st, m, pk, &existing, &err)) != DS_OK) {
        fail_status(e, &err);
        goto done;
    }
    if (op->kind == DS__OP_CREATE) {
        if (existing && !is_tombstone(existing)) {
            rc = fail(e, "ConditionalCheckFailedException", existing, "The conditional request failed");
            goto done;
        }
        if ((rc = check_condition(srv, m, args, NULL, e)) != DS_OK)
            goto done;
        item = json_deep_copy(work);
        json_object_del(item, "_version");
        if ((rc = ds__item_apply_defaults(m, item, &err)) != DS_OK) {
            fail_status(e, &err);
            goto done;
        }
        /* A key created again after a delete revives the tombstone. */
        stamp(srv, m, item, existing ? version_of(existing) + 1 : 1, now, true);
    } else {
        if (!existing) {
            rc = fail(e, "ConditionalCheckFailedException", NULL, "The conditional request failed");
            goto done;
        }
        if (is_tombstone(existing)) {
            rc = fail(e, "ConflictUnhandled", existing, "Conflict resolver rejects mutation.");
            goto done;
        }
        json_t *sent = json_object_get(work, "_version");
        int64_t base = json_is_integer(sent) ? json_integer_value(sent) : 0;
        json_t *proposed = op->kind == DS__OP_UPDATE ? apply_input(m, existing, work) : NULL;
        resolution res = RES_WRITE;
        if (base != version_of(existing)) {
            if (srv->cfg.conflict == DS__CONFLICT_LAMBDA) {
                json_t *resolved = NULL;
                res = ask_lambda(srv, op, args, proposed, existing, &resolved, e);
                if (res == RES_WRITE) {
                    json_decref(proposed);
                    proposed = resolved;
                }
            } else if (srv->cfg.conflict == DS__CONFLICT_AUTOMERGE && op->kind == DS__OP_UPDATE) {
                json_decref(proposed);
                proposed = ds__item_automerge(existing, work);
            } else {
                res = RES_REJECT; /* optimistic, and any stale delete */
            }
        }
        if (res == RES_FAILED || res == RES_REJECT) {
            json_decref(proposed);
            rc = res == RES_REJECT ? fail(e, "ConflictUnhandled", existing, "Conflict resolver rejects mutation.")
                                   : DS_ERR_CONFLICT;
            goto done;
        }
        if ((rc = check_condition(srv, m, args, existing, e)) != DS_OK) {
            json_decref(proposed);
            goto done;
        }
        if (op->kind == DS__OP_DELETE && res != RES_WRITE)
            res = RES_REMOVE;
        if (res == RES_REMOVE || (op->kind == DS__OP_DELETE && !proposed)) {
            json_decref(proposed);
            item = json_deep_copy(existing);
            stamp(srv, m, item, version_of(existing) + 1, now, false);
            if (m->updated_at) /* a delete does not touch updatedAt */
                json_object_set(item, m->updated_at, json_object_get(existing, m->updated_at));
            json_object_set_new(item, "_deleted", json_true());
            json_object_set_new(item, "_ttl", json_integer((now + srv->cfg.tombstone_ttl_ms) / 1000));
            remove_now = srv->cfg.tombstone_ttl_ms == 0;
        } else {
            item = proposed;
            stamp(srv, m, item, version_of(existing) + 1, now, false);
            json_object_del(item, "_deleted");
            json_object_del(item, "_ttl");
        }
    }
    rc = write_item(srv, m, pk, item, now, remove_now, e);
done:
    if (rc == DS_OK && st->ops->commit(st, &err) != DS_OK)
        rc = fail_status(e, &err);
    else if (rc != DS_OK)
        st->ops->rollback(st);
    free(pk);
    json_decref(work);
    json_decref(existing);
    if (rc != DS_OK) {
        json_decref(item);
        return rc;
    }
    ds__server_publish(srv, op, item); /* committed: realtime subscribers, in commit order */
    *result = item;
    return DS_OK;
}

/* ---- authorization ----------------------------------------------------------- */

static ds_status run_op(ds__server *srv, const ds__root_op *op, json_t *args, json_t **result, ds__op_error *e);

static ds__auth_op auth_op(ds__op_kind k) {
    switch (k) {
    case DS__OP_GET:
        return DS__AOP_GET;
    case DS__OP_LIST:
    case DS__OP_INDEX:
        return DS__AOP_LIST;
    case DS__OP_SYNC:
        return DS__AOP_SYNC;
    case DS__OP_CREATE:
        return DS__AOP_CREATE;
    case DS__OP_UPDATE:
        return DS__AOP_UPDATE;
    case DS__OP_DELETE:
        return DS__AOP_DELETE;
    case DS__OP_SUBSCRIBE:
        return DS__AOP_LISTEN;
    }
    return DS__AOP_GET;
}

static ds_status unauthorized(ds__op_error *e, const ds__root_op *op) {
    return fail(e, "Unauthorized", NULL, "Not Authorized to access %s on type %s", op->field, op->root);
}

/* Per-item checks for results: items the caller may not read go. */
static void keep_readable(const ds_model *m, const ds__identity *who, ds__auth_op aop, json_t *items) {
    for (size_t i = json_array_size(items); i-- > 0;)
        if (!ds__auth_item(m, who, aop, json_array_get(items, i)))
            json_array_remove(items, i);
}

/* A create by an owner: the owner field names the caller unless the input
 * does (as AppSync's resolvers fill it, with "sub::username"). */
static void fill_owner(const ds_model *m, const ds__identity *who, json_t *input) {
    for (size_t i = 0; i < m->auth_rule_count; i++) {
        const ds_auth_rule *r = &m->auth_rules[i];
        const char *field = r->owner_field ? r->owner_field : "owner";
        json_t *have = json_object_get(input, field);
        if (r->allow != DS_AUTH_OWNER || (have && !json_is_null(have)) || !who->claims)
            continue;
        const char *sub = json_string_value(json_object_get(who->claims, "sub"));
        const char *user = json_string_value(json_object_get(who->claims, "cognito:username"));
        if (!user)
            user = json_string_value(json_object_get(who->claims, "username"));
        char value[512];
        if (sub && user && (!r->identity_claim || !strcmp(r->identity_claim, "cognito:username")))
            snprintf(value, sizeof value, "%s::%s", sub, user);
        else {
            const char *mine[1];
            if (ds__auth_owner_values(who, r, mine, 1) == 0)
                continue;
            snprintf(value, sizeof value, "%s", mine[0]);
        }
        /* The field as declared decides the shape: a list of owners gets a
         * list of one; a field of another type is the app's to fill. */
        const ds_field *decl = ds_model_field(m, field);
        if (decl && (decl->kind != DS_KIND_SCALAR ||
                     (decl->scalar != DS_SCALAR_STRING && decl->scalar != DS_SCALAR_ID)))
            continue;
        json_t *v = json_string(value);
        if (decl && decl->is_list) {
            json_t *list = json_array();
            json_array_append_new(list, v);
            v = list;
        }
        json_object_set_new(input, field, v);
    }
}

ds_status ds__op_run(ds__server *srv, const ds__identity *who, const ds__root_op *op, json_t *args, json_t **result,
                     ds__op_error *e) {
    *result = NULL;
    ds__auth_op aop = auth_op(op->kind);
    ds__auth_decision d = ds__auth_model(op->model, who, aop);
    if (d == DS__AUTH_DENY)
        return unauthorized(e, op);
    ds_status rc = DS_OK;
    json_t *owned_args = NULL;
    if (op->kind == DS__OP_CREATE && d == DS__AUTH_PER_ITEM && json_is_object(json_object_get(args, "input"))) {
        owned_args = json_deep_copy(args);
        fill_owner(op->model, who, json_object_get(owned_args, "input"));
        args = owned_args;
        if (!ds__auth_item(op->model, who, aop, json_object_get(args, "input"))) {
            json_decref(owned_args);
            return unauthorized(e, op);
        }
    }
    if ((op->kind == DS__OP_UPDATE || op->kind == DS__OP_DELETE) && d == DS__AUTH_PER_ITEM) {
        /* The stored item decides: read it (tombstones too) first. */
        char *pk = NULL;
        json_t *stored = NULL;
        ds_error err = DS_ERROR_INIT;
        json_t *input = json_object_get(args, "input");
        if (ds__item_key(srv->schema, op->model, input, &pk, &err) == DS_OK &&
            srv->storage->ops->get(srv->storage, op->model, pk, &stored, &err) == DS_OK && stored &&
            !ds__auth_item(op->model, who, aop, stored))
            rc = unauthorized(e, op);
        free(pk);
        json_decref(stored);
        if (rc != DS_OK)
            return rc;
    }
    rc = run_op(srv, op, args, result, e);
    json_decref(owned_args);
    if (rc != DS_OK || d != DS__AUTH_PER_ITEM || !*result)
        return rc;
    /* Reads return only what the caller may see. */
    if (op->kind == DS__OP_GET && !json_is_null(*result) && !ds__auth_item(op->model, who, aop, *result)) {
        json_decref(*result);
        *result = NULL;
        return unauthorized(e, op);
    }
    if (op->kind == DS__OP_LIST || op->kind == DS__OP_INDEX || op->kind == DS__OP_SYNC)
        keep_readable(op->model, who, aop, json_object_get(*result, "items"));
    return DS_OK;
}

static ds_status run_op(ds__server *srv, const ds__root_op *op, json_t *args, json_t **result, ds__op_error *e) {
    *result = NULL;
    switch (op->kind) {
    case DS__OP_GET:
        return op_get(srv, op, args, result, e);
    case DS__OP_LIST: {
        ds__key_cond k;
        bool keyed = key_condition(op->model, NULL, args, &k);
        return page_query(srv, op->field, op->model, keyed ? &k : NULL, NULL, args, result, e);
    }
    case DS__OP_INDEX: {
        ds__key_cond k;
        if (!key_condition(op->model, op->index, args, &k))
            return fail(e, "BadRequest", NULL, "%s: the index key %s is required", op->field, op->index->fields[0]);
        return page_query(srv, op->field, op->model, &k, NULL, args, result, e);
    }
    case DS__OP_SYNC:
        return op_sync(srv, op, args, result, e);
    case DS__OP_CREATE:
    case DS__OP_UPDATE:
    case DS__OP_DELETE:
        return op_write(srv, op, args, result, e);
    case DS__OP_SUBSCRIBE:
        *result = json_null(); /* events come over the realtime socket */
        return DS_OK;
    }
    return fail(e, "InternalFailure", NULL, "unknown operation");
}

/* ---- relationship fields ------------------------------------------------------- */

static ds_status related(ds__server *srv, const ds_model *m, const ds_field *f, json_t *item, json_t *args,
                        json_t **result, ds__op_error *e);

ds_status ds__op_related(ds__server *srv, const ds__identity *who, const ds_model *m, const ds_field *f, json_t *item,
                         json_t *args, json_t **result, ds__op_error *e) {
    const ds_model *rel = f->association.related;
    ds__auth_decision d = ds__auth_model(rel, who, DS__AOP_GET);
    if (d == DS__AUTH_DENY)
        return fail(e, "Unauthorized", NULL, "Not Authorized to access %s on type %s", f->name, m->name);
    ds_status rc = related(srv, m, f, item, args, result, e);
    if (rc != DS_OK || d == DS__AUTH_ALLOW)
        return rc;
    if (json_is_object(*result) && json_object_get(*result, "items"))
        keep_readable(rel, who, DS__AOP_LIST, json_object_get(*result, "items"));
    else if (json_is_object(*result) && !ds__auth_item(rel, who, DS__AOP_GET, *result)) {
        json_decref(*result);
        *result = json_null();
    }
    return DS_OK;
}

static ds_status related(ds__server *srv, const ds_model *m, const ds_field *f, json_t *item, json_t *args,
                         json_t **result, ds__op_error *e) {
    const ds_association *a = &f->association;
    const ds_model *rel = a->related;
    *result = NULL;
    if (a->kind == DS_CONN_BELONGS_TO || (a->kind == DS_CONN_HAS_ONE && a->target_count > 0)) {
        /* Our foreign keys name the related item's key. */
        json_t *key = json_object();
        for (size_t i = 0; i < a->target_count && i < rel->key_count; i++) {
            json_t *v = json_object_get(item, a->target_names[i]);
            if (!v || json_is_null(v)) {
                json_decref(key);
                *result = json_null();
                return DS_OK;
            }
            json_object_set(key, rel->key_fields[i]->name, v);
        }
        if (a->target_count < rel->key_count) {
            /* Fields for only a prefix of the related key (Amplify allows
             * it): as AppSync's resolver, query the key with what we have
             * and take the first item. */
            ds__key_cond k;
            memset(&k, 0, sizeof k);
            k.partition = json_object_get(key, rel->key_fields[0]->name);
            json_t *sort = json_object();
            for (size_t i = 1; i < a->target_count; i++)
                json_object_set(sort, rel->key_fields[i]->name, json_object_get(key, rel->key_fields[i]->name));
            if (json_object_size(sort)) {
                k.sort_op = "eq";
                k.sort_value = sort;
            }
            json_t *one = json_pack("{s:i}", "limit", 1), *page = NULL;
            ds_status rc = page_query(srv, f->name, rel, &k, NULL, one, &page, e);
            json_decref(one);
            json_decref(sort);
            json_decref(key);
            if (rc != DS_OK)
                return rc;
            json_t *first = json_array_get(json_object_get(page, "items"), 0);
            *result = first ? json_incref(first) : json_null();
            json_decref(page);
            return DS_OK;
        }
        char *pk = NULL;
        ds_error err = DS_ERROR_INIT;
        json_t *found = NULL;
        ds_status rc = ds__item_key(srv->schema, rel, key, &pk, &err);
        json_decref(key);
        if (rc == DS_OK)
            rc = srv->storage->ops->get(srv->storage, rel, pk, &found, &err);
        free(pk);
        if (rc != DS_OK)
            return fail_status(e, &err);
        *result = found ? found : json_null();
        return DS_OK;
    }
    /* The related items hold our key: a predicate on their fields. */
    ds_predicate *p = ds_pred_all();
    size_t n = 0;
    for (size_t i = 0; i < a->associated_count; i++) {
        const ds_field *cf = ds_model_field(rel, a->associated_with[i]);
        const char *names[16];
        size_t nn = 0;
        if (cf && cf->association.kind == DS_CONN_BELONGS_TO)
            for (size_t j = 0; j < cf->association.target_count && nn < 16; j++)
                names[nn++] = cf->association.target_names[j];
        else if (cf)
            names[nn++] = cf->name;
        for (size_t j = 0; j < nn && n < m->key_count; j++, n++) {
            json_t *v = json_object_get(item, m->key_fields[n]->name);
            ds_value val = json_is_integer(v) ? ds_int(json_integer_value(v))
                           : json_is_string(v) ? ds_str(json_string_value(v))
                                               : ds_null();
            p = ds_pred_and(2, p, ds_pred_eq(names[j], val));
        }
    }
    ds_status rc;
    if (a->kind == DS_CONN_HAS_ONE) {
        json_t *page = NULL;
        json_t *noargs = json_object();
        rc = page_query(srv, f->name, rel, NULL, p, noargs, &page, e);
        json_decref(noargs);
        if (rc == DS_OK) {
            json_t *first = json_array_get(json_object_get(page, "items"), 0);
            *result = first ? json_incref(first) : json_null();
            json_decref(page);
        }
    } else {
        rc = page_query(srv, f->name, rel, NULL, p, args, result, e);
    }
    ds_pred_free(p);
    return rc;
}
