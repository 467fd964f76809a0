/*
 * Subscriptions on the realtime socket and the fan-out of committed writes
 * (DATASTORE-SPEC §7.5, §8.5, §8.6). The connection side is realtime.c.
 *
 * Which subscription hears which mutation is read once, at start, from the
 * API itself: every root field of the subscription type with
 * @aws_subscribe(mutations: [...]) (ds__rt_fields_init). A `start` parses
 * and validates its document against the API, coerces its variables and
 * the root field's arguments (ds__gql_prepare), turns the `filter`
 * argument into a predicate - after AppSync's limits on subscription
 * filters - and keeps every other non-null argument (the owner arguments,
 * `onCreatePost(owner: "alice")`) as an equality the item must satisfy.
 *
 * A publish runs each listening subscription's checks in order: its filter,
 * its owner arguments, then the per-subscriber authorization filter
 * (ds__rt_item_filter: the model's @auth rules for the subscriber's
 * identity). A subscriber that passes gets the item through its own
 * selection set (ds__gql_execute_selection, with the server's resolver for
 * relationship fields) as {"id", "type": "data", "payload": {"data": ...}}.
 * Subscribers with the same document and variables and an identity that
 * cannot change the answer (API key) share one rendering per event.
 *
 * AppSync refuses to deliver subscription messages over 240 KB. We do the
 * same: such a subscriber gets, instead of the data message, an `error`
 * message for its id with errorType "LimitExceededError" (one of the error
 * types the clients know; AppSync's exact wording is not documented), and
 * the subscription stays in place for later, smaller events.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "predicate/internal.h"
#include "server/items.h"
#include "server/realtime_internal.h"

/* ---- subscription fields -------------------------------------------------------------- */

static char *dup_n(const char *s, size_t n) {
    char *d = malloc(n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

ds_status ds__rt_fields_init(ds__realtime *rt, ds_error *err) {
    const ds__gql_typesys *ts = rt->srv->api;
    const ds__gql_typesys_type *root = ts ? ds__gql_ts_root(ts, DS__GQL_OP_SUBSCRIPTION) : NULL;
    if (!root || root->nfields == 0)
        return DS_OK;
    rt->sub_root = root->name;
    rt->fields = calloc(root->nfields, sizeof *rt->fields);
    if (!rt->fields)
        return ds__error(err, DS_ERR_NOMEM, "out of memory");
    rt->nfields = root->nfields;
    for (size_t i = 0; i < root->nfields; i++) {
        const ds__gql_typesys_field *f = &root->fields[i];
        ds__rt_field *rf = &rt->fields[i];
        rf->name = f->name;
        rf->model = f->base ? ds_schema_model(rt->srv->schema, f->base->name) : NULL;
        for (const ds__gql_directive *d = f->directives; d; d = d->next) {
            if (strcmp(d->name, "aws_subscribe") != 0)
                continue;
            for (const ds__gql_argument *a = d->args; a; a = a->next) {
                if (strcmp(a->name, "mutations") != 0 || !a->value || a->value->kind != DS__GQL_VAL_LIST)
                    continue;
                for (const ds__gql_value *v = a->value->items; v; v = v->next) {
                    if (v->kind != DS__GQL_VAL_STRING)
                        continue;
                    const char **m = realloc(rf->mutations, (rf->nmutations + 1) * sizeof *m);
                    char *name = dup_n(v->str, v->len);
                    if (!m || !name) {
                        free(name);
                        if (m)
                            rf->mutations = m;
                        return ds__error(err, DS_ERR_NOMEM, "out of memory");
                    }
                    rf->mutations = m;
                    rf->mutations[rf->nmutations++] = name;
                }
            }
        }
    }
    return DS_OK;
}

void ds__rt_fields_free(ds__realtime *rt) {
    for (size_t i = 0; i < rt->nfields; i++) {
        for (size_t j = 0; j < rt->fields[i].nmutations; j++)
            free((char *)rt->fields[i].mutations[j]);
        free(rt->fields[i].mutations);
    }
    free(rt->fields);
    rt->fields = NULL;
    rt->nfields = 0;
}

static ds__rt_field *field_named(ds__realtime *rt, const char *name) {
    for (size_t i = 0; i < rt->nfields; i++)
        if (!strcmp(rt->fields[i].name, name))
            return &rt->fields[i];
    return NULL;
}

static bool listens_to(const ds__rt_field *f, const char *mutation) {
    for (size_t i = 0; i < f->nmutations; i++)
        if (!strcmp(f->mutations[i], mutation))
            return true;
    return false;
}

/* ---- subscriptions ----------------------------------------------------------------------- */

static void sub_free(ds__rt_sub *s) {
    if (!s)
        return;
    free(s->id);
    free(s->id_json);
    ds__gql_prepared_free(s->prepared);
    ds_pred_free(s->filter);
    json_decref(s->owner_args);
    ds__identity_clear(&s->own_who);
    free(s->render_key);
    free(s);
}

static void unlink_sub(ds__realtime *rt, ds__rt_sub *s) {
    ds__rt_field *f = &rt->fields[s->field];
    if (s->field_prev)
        s->field_prev->field_next = s->field_next;
    else
        f->head = s->field_next;
    if (s->field_next)
        s->field_next->field_prev = s->field_prev;
    else
        f->tail = s->field_prev;
    f->count--;
    ds__rt_conn *c = s->conn;
    for (ds__rt_sub **pp = &c->subs; *pp; pp = &(*pp)->conn_next)
        if (*pp == s) {
            *pp = s->conn_next;
            break;
        }
    c->nsubs--;
    if (c->nsubs == 0)
        c->idle_since = ds__rt_now();
}

void ds__rt_drop_subs(ds__rt_conn *c) {
    while (c->subs) {
        ds__rt_sub *s = c->subs;
        unlink_sub(c->rt, s);
        sub_free(s);
    }
}

static ds__rt_sub *find_sub(ds__rt_conn *c, const char *id) {
    for (ds__rt_sub *s = c->subs; s; s = s->conn_next)
        if (!strcmp(s->id, id))
            return s;
    return NULL;
}

/* The default authorization filter: the model's per-item @auth rules. */
static bool auth_allows(const ds__rt_sub *s, json_t *item) {
    const ds__rt_field *f = &s->conn->rt->fields[s->field];
    return !f->model || ds__auth_item(f->model, s->who, DS__AOP_LISTEN, item);
}

/* ---- AppSync's limits on subscription filters ----------------------------------------------- */

typedef struct filter_limits {
    const char *fields[DS__RT_FILTER_FIELDS + 1];
    size_t nfields;
    size_t combinations;
    char message[400];
} filter_limits;

static bool add_field(filter_limits *L, const char *name) {
    for (size_t i = 0; i < L->nfields; i++)
        if (!strcmp(L->fields[i], name))
            return true;
    if (L->nfields == DS__RT_FILTER_FIELDS) {
        snprintf(L->message, sizeof L->message,
                 "Filters exceed maximum attributes limit: a subscription filter may name at most %d fields (%s, "
                 "%s, %s, %s, %s and %.64s)",
                 DS__RT_FILTER_FIELDS, L->fields[0], L->fields[1], L->fields[2], L->fields[3], L->fields[4], name);
        return false;
    }
    L->fields[L->nfields++] = name;
    return true;
}

static bool is_group_key(const char *k) { return !strcmp(k, "and") || !strcmp(k, "or") || !strcmp(k, "not"); }

/* Adds name to an and-group's field names; false when it is there already. */
static bool group_add(filter_limits *L, const char **group, size_t *n, size_t cap, const char *name) {
    for (size_t i = 0; i < *n; i++)
        if (!strcmp(group[i], name)) {
            snprintf(L->message, sizeof L->message,
                     "filter uses same fieldName multiple time: \"%.64s\" appears twice in one and group", name);
            return false;
        }
    if (*n < cap)
        group[(*n)++] = name;
    return true;
}

static bool check_filter(filter_limits *L, json_t *obj, int depth) {
    if (depth > DS__PRED_MAX_DEPTH) {
        snprintf(L->message, sizeof L->message, "the filter is nested more than %d levels deep", DS__PRED_MAX_DEPTH);
        return false;
    }
    const char *group[64];
    size_t ng = 0;
    const char *k;
    json_t *v;
    json_object_foreach(obj, k, v) {
        if (!strcmp(k, "not")) {
            snprintf(L->message, sizeof L->message,
                     "The variables input contains a field name 'not' that is not defined for a subscription filter: "
                     "write the condition with ne or notContains");
            return false;
        }
        if (is_group_key(k))
            continue;
        if (!add_field(L, k) || !group_add(L, group, &ng, 64, k))
            return false;
        const char *op;
        json_t *operand;
        json_object_foreach(v, op, operand) {
            if ((!strcmp(op, "in") || !strcmp(op, "notIn")) && json_array_size(operand) > DS__RT_FILTER_IN_VALUES) {
                snprintf(L->message, sizeof L->message,
                         "Filters exceed maximum values limit: %s on \"%.64s\" has %zu values; a subscription "
                         "filter takes at most %d",
                         op, k, json_array_size(operand), DS__RT_FILTER_IN_VALUES);
                return false;
            }
        }
    }
    size_t i;
    json_t *child;
    json_t *and = json_object_get(obj, "and"), * or = json_object_get(obj, "or");
    json_array_foreach(and, i, child) {
        const char *ck;
        json_t *cv;
        json_object_foreach(child, ck, cv) {
            if (!is_group_key(ck) && !group_add(L, group, &ng, 64, ck))
                return false;
        }
        if (json_is_object(child) && !check_filter(L, child, depth + 1))
            return false;
    }
    if (json_array_size(or) > 1)
        L->combinations += json_array_size(or);
    json_array_foreach(or, i, child) {
        if (json_is_object(child) && !check_filter(L, child, depth + 1))
            return false;
    }
    return true;
}

/* The filter argument as a predicate, within AppSync's limits. */
static bool read_filter(ds__rt_field *f, json_t *filter, ds_predicate **out, char *msg, size_t cap) {
    *out = NULL;
    if (!filter || json_is_null(filter) || (json_is_object(filter) && json_object_size(filter) == 0))
        return true;
    if (!f->model) {
        snprintf(msg, cap, "%s returns no model: it takes no filter", f->name);
        return false;
    }
    filter_limits L;
    memset(&L, 0, sizeof L);
    if (!check_filter(&L, filter, 0)) {
        snprintf(msg, cap, "%s", L.message);
        return false;
    }
    if (L.combinations > DS__RT_FILTER_COMBINATIONS) {
        snprintf(msg, cap,
                 "Filters combination exceed maximum limit: the filter's or groups make %zu combinations, at most %d "
                 "are allowed",
                 L.combinations, DS__RT_FILTER_COMBINATIONS);
        return false;
    }
    ds_error err = DS_ERROR_INIT;
    if (ds__pred_from_graphql(out, filter, f->model, &err) != DS_OK) {
        snprintf(msg, cap, "filter: %.400s", err.message);
        return false;
    }
    return true;
}

/* ---- start and stop ---------------------------------------------------------------------------- */

static uint64_t fnv1a(const char *s) {
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

/* {errors: [...]} from the GraphQL engine, as the error message's payload. */
static void send_gql_errors(ds__rt_conn *c, const char *id, json_t *errors) {
    if (!errors) {
        ds__rt_send_error(c, "error", id, "InternalFailure", "out of memory");
        return;
    }
    size_t i;
    json_t *e;
    json_array_foreach(errors, i, e) {
        if (json_is_object(e) && !json_object_get(e, "errorType"))
            json_object_set_new(e, "errorType", json_string("ValidationError"));
    }
    json_t *msg = json_pack("{s:s,s:s,s:{s:o}}", "id", id, "type", "error", "payload", "errors", errors);
    ds__rt_send_json(c, msg);
}

static const char *kind_name(ds__gql_op_kind k) {
    return k == DS__GQL_OP_QUERY ? "query" : k == DS__GQL_OP_MUTATION ? "mutation" : "subscription";
}

void ds__rt_handle_start(ds__rt_conn *c, json_t *msg) {
    ds__realtime *rt = c->rt;
    ds__server *srv = rt->srv;
    json_t *idv = json_object_get(msg, "id");
    const char *id = json_string_value(idv);
    if (!id || !*id || strlen(id) > DS__RT_ID_MAX) {
        ds__rt_send_error(c, "error", NULL, "BadRequestException",
                          "start needs an \"id\": a non-empty string of at most %d bytes", DS__RT_ID_MAX);
        return;
    }
    if (find_sub(c, id)) {
        ds__rt_send_error(c, "error", id, "DuplicatedOperationError",
                          "a subscription with id \"%s\" is already running on this connection", id);
        return;
    }
    if (c->nsubs >= DS__RT_SUBS_MAX) {
        ds__rt_send_error(c, "error", id, "MaxSubscriptionsReachedError",
                          "a connection may hold at most %d subscriptions", DS__RT_SUBS_MAX);
        return;
    }
    json_t *payload = json_object_get(msg, "payload");
    if (!json_is_object(payload)) {
        ds__rt_send_error(c, "error", id, "BadRequestException",
                          "start needs a \"payload\" object with \"data\": the JSON text of {query, variables}");
        return;
    }
    /* payload.data is a JSON string of {query, variables, operationName};
     * some clients put those in the payload itself. */
    json_t *data = json_object_get(payload, "data"), *parsed = NULL;
    if (json_is_string(data)) {
        json_error_t je;
        parsed = json_loads(json_string_value(data), 0, &je);
        if (!json_is_object(parsed)) {
            json_decref(parsed);
            ds__rt_send_error(c, "error", id, "BadRequestException",
                              "payload.data must be the JSON text of an object {query, variables}%s%s",
                              parsed ? "" : ": ", parsed ? "" : je.text);
            return;
        }
        data = parsed;
    } else if (!json_is_object(data)) {
        data = payload;
    }
    const char *query = json_string_value(json_object_get(data, "query"));
    json_t *vars = json_object_get(data, "variables");
    const char *opname = json_string_value(json_object_get(data, "operationName"));
    ds__rt_sub *s = NULL;
    ds__gql_document *doc = NULL;
    json_t *errors = NULL;
    char why[512];
    if (!query) {
        ds__rt_send_error(c, "error", id, "BadRequestException", "payload.data has no \"query\" string");
        goto done;
    }
    if (vars && !json_is_null(vars) && !json_is_object(vars)) {
        ds__rt_send_error(c, "error", id, "BadRequestException", "\"variables\" must be a JSON object");
        goto done;
    }
    s = calloc(1, sizeof *s);
    if (!s) {
        ds__rt_send_error(c, "error", id, "InternalFailure", "out of memory");
        goto done;
    }
    s->conn = c;
    s->who = &c->who;
    /* Per-start authorization (extensions.authorization) when given. */
    json_t *auth = json_object_get(json_object_get(payload, "extensions"), "authorization");
    if (json_is_object(auth) && json_object_size(auth) > 0) {
        if (!ds__rt_identify(rt, auth, &s->own_who, why, sizeof why)) {
            ds__rt_send_error(c, "error", id, "UnauthorizedException", "%s", why);
            goto done;
        }
        s->who = &s->own_who;
    }
    if (!(doc = ds__gql_document_new(srv->api, query, strlen(query), &errors))) {
        send_gql_errors(c, id, errors);
        goto done;
    }
    s->prepared = ds__gql_prepare(doc, opname, json_is_object(vars) ? vars : NULL, &errors);
    if (!s->prepared) {
        send_gql_errors(c, id, errors);
        goto done;
    }
    const ds__gql_prepared *p = s->prepared;
    if (p->kind != DS__GQL_OP_SUBSCRIPTION) {
        ds__rt_send_error(c, "error", id, "UnsupportedOperation", "%s not supported through the realtime channel",
                          kind_name(p->kind));
        goto done;
    }
    ds__rt_field *f = p->root_def ? field_named(rt, p->root_def->name) : NULL;
    if (!f) {
        ds__rt_send_error(c, "error", id, "BadRequestException", "the subscription selects no field to listen to");
        goto done;
    }
    s->field = (size_t)(f - rt->fields);
    if (f->model) {
        ds__auth_decision d = ds__auth_model(f->model, s->who, DS__AOP_LISTEN);
        if (d == DS__AUTH_DENY) {
            ds__rt_send_error(c, "error", id, "Unauthorized", "Not Authorized to access %s on type %s", f->name,
                              rt->sub_root);
            goto done;
        }
        s->allow = d == DS__AUTH_PER_ITEM ? auth_allows : NULL;
    }
    if (!read_filter(f, json_object_get(p->root_args, "filter"), &s->filter, why, sizeof why)) {
        ds__rt_send_error(c, "error", id, "BadRequestException", "%s", why);
        goto done;
    }
    const char *k;
    json_t *v;
    json_object_foreach(p->root_args, k, v) {
        if (!strcmp(k, "filter") || json_is_null(v))
            continue;
        if (!s->owner_args)
            s->owner_args = json_object();
        json_object_set(s->owner_args, k, v);
    }
    /* An owner argument must name the caller (DATASTORE-SPEC §8.5): nobody
     * subscribes to another owner's records by naming them. */
    for (size_t i = 0; f->model && s->owner_args && i < f->model->auth_rule_count; i++) {
        const ds_auth_rule *r = &f->model->auth_rules[i];
        json_t *arg = r->allow == DS_AUTH_OWNER ? json_object_get(s->owner_args, r->owner_field ? r->owner_field : "owner")
                                                : NULL;
        if (arg && s->who->mode == DS__MODE_USER_POOLS && !ds__auth_owns(s->who, r, arg)) {
            ds__rt_send_error(c, "error", id, "Unauthorized", "Not Authorized to access %s on type %s", f->name,
                              rt->sub_root);
            goto done;
        }
    }
    s->id = dup_n(id, strlen(id));
    s->id_json = json_dumps(idv, JSON_ENCODE_ANY);
    if (s->who->mode == DS__MODE_API_KEY) {
        /* The rendering depends on nothing but the document and variables. */
        char *vt = json_dumps(p->variables, JSON_COMPACT | JSON_SORT_KEYS);
        size_t ql = strlen(query), ol = opname ? strlen(opname) : 0, vl = vt ? strlen(vt) : 0;
        s->render_key = malloc(ql + ol + vl + 3);
        if (s->render_key)
            snprintf(s->render_key, ql + ol + vl + 3, "%s\n%s\n%s", query, opname ? opname : "", vt ? vt : "");
        free(vt);
        s->render_hash = s->render_key ? fnv1a(s->render_key) : 0;
    }
    if (!s->id || !s->id_json) {
        ds__rt_send_error(c, "error", id, "InternalFailure", "out of memory");
        goto done;
    }
    /* Registered: on the field's list (oldest first) and the connection's. */
    s->field_prev = f->tail;
    if (f->tail)
        f->tail->field_next = s;
    else
        f->head = s;
    f->tail = s;
    f->count++;
    s->conn_next = c->subs;
    c->subs = s;
    c->nsubs++;
    char ack[64 + DS__RT_ID_MAX * 6];
    int n = snprintf(ack, sizeof ack, "{\"id\":%s,\"type\":\"start_ack\"}", s->id_json);
    ds__rt_send(c, ack, (size_t)n);
    if (!c->acked) { /* no connection_init: keep-alives start now */
        c->acked = true;
        c->next_ka = ds__rt_now() + rt->ka_ms;
    }
    ds__rt_schedule(c);
    s = NULL;
done:
    sub_free(s);
    ds__gql_document_unref(doc);
    json_decref(parsed);
}

void ds__rt_handle_stop(ds__rt_conn *c, json_t *msg) {
    const char *id = json_string_value(json_object_get(msg, "id"));
    if (!id || !*id) {
        ds__rt_send_error(c, "error", NULL, "BadRequestException", "stop needs the \"id\" of a subscription");
        return;
    }
    ds__rt_sub *s = find_sub(c, id);
    if (!s) {
        ds__rt_send_error(c, "error", id, "UnknownOperationError",
                          "no subscription with id \"%.128s\" on this connection", id);
        return;
    }
    char complete[64 + DS__RT_ID_MAX * 6];
    int n = snprintf(complete, sizeof complete, "{\"id\":%s,\"type\":\"complete\"}", s->id_json);
    unlink_sub(c->rt, s);
    sub_free(s);
    ds__rt_send(c, complete, (size_t)n);
    ds__rt_schedule(c);
}

/* ---- fan-out ------------------------------------------------------------------------------------- */

/* The subscription's own root field shows the event; everything below it
 * is the server's ordinary resolver (relationship fields). */
static ds__resolve_rc event_resolve(const ds__gql_resolve_info *info, json_t **result, ds__gql_field_error *err) {
    const ds__request_ctx *ctx = info->request_ctx;
    const char *root = ctx->srv->rt ? ctx->srv->rt->sub_root : NULL;
    if (root && !strcmp(info->parent_type, root))
        return DS__RESOLVE_DEFAULT;
    return ds__server_resolve(info, result, err);
}

static bool owner_args_match(json_t *want, json_t *item) {
    const char *k;
    json_t *v;
    json_object_foreach(want, k, v) {
        json_t *have = json_object_get(item, k);
        bool ok = json_equal(have, v);
        size_t i;
        json_t *e;
        json_array_foreach(have, i, e) { /* a list of owners */
            ok = ok || json_equal(e, v);
        }
        if (!ok)
            return false;
    }
    return true;
}

typedef struct rendering {
    uint64_t hash;
    const char *key; /* borrowed from a subscription */
    char *payload;   /* {"data": ...} text */
} rendering;

#define RENDER_CACHE 16

/* One event's renderings, shared by subscribers with equal render keys. */
typedef struct render_cache {
    rendering r[RENDER_CACHE];
    size_t n;
} render_cache;

/* The subscriber's payload text; *mine says whether the caller frees it
 * (otherwise the cache holds it). */
static char *render(ds__rt_sub *s, json_t *root_value, render_cache *cache, bool *mine) {
    *mine = false;
    if (s->render_key)
        for (size_t i = 0; i < cache->n; i++)
            if (cache->r[i].hash == s->render_hash && !strcmp(cache->r[i].key, s->render_key))
                return cache->r[i].payload;
    ds__server *srv = s->conn->rt->srv;
    ds__request_ctx ctx = {srv, s->who};
    json_t *res = ds__gql_execute_selection(srv->api, s->prepared, root_value, event_resolve, &ctx);
    char *text = res ? json_dumps(res, JSON_COMPACT) : NULL;
    json_decref(res);
    if (text && s->render_key && cache->n < RENDER_CACHE)
        cache->r[cache->n++] = (rendering){s->render_hash, s->render_key, text};
    else
        *mine = true;
    return text;
}

static void deliver(ds__rt_sub *s, json_t *root_value, render_cache *cache) {
    bool mine;
    char *payload = render(s, root_value, cache, &mine);
    if (!payload) {
        ds__rt_send_error(s->conn, "error", s->id, "InternalFailure", "out of memory rendering an event");
        return;
    }
    size_t pl = strlen(payload), il = strlen(s->id_json);
    static const char a[] = "{\"id\":", b[] = ",\"type\":\"data\",\"payload\":";
    size_t len = sizeof a - 1 + il + sizeof b - 1 + pl + 1;
    if (len > DS__RT_OUT_MAX) {
        ds__rt_send_error(s->conn, "error", s->id, "LimitExceededError",
                          "the subscription message is %zu bytes, over the 240 KB (%zu bytes) limit: not delivered",
                          len, DS__RT_OUT_MAX);
    } else {
        ds__rt_msg *msg = ds__rt_msg_new(len);
        if (msg) {
            char *p = ds__rt_msg_text(msg);
            memcpy(p, a, sizeof a - 1);
            p += sizeof a - 1;
            memcpy(p, s->id_json, il);
            p += il;
            memcpy(p, b, sizeof b - 1);
            p += sizeof b - 1;
            memcpy(p, payload, pl);
            p[pl] = '}';
        }
        if (ds__rt_enqueue(s->conn, msg))
            s->conn->rt->delivered++;
    }
    if (mine)
        free(payload);
}

void ds__server_publish(ds__server *srv, const ds__root_op *op, json_t *item) {
    ds__realtime *rt = srv->rt;
    if (!rt || !op || !item || rt->nconns == 0)
        return;
    rt->published++;
    for (size_t i = 0; i < rt->nfields; i++) {
        ds__rt_field *f = &rt->fields[i];
        if (!f->head || !listens_to(f, op->field))
            continue;
        json_t *root_value = json_object();
        json_object_set(root_value, f->name, item);
        render_cache cache;
        cache.n = 0;
        /* A delivery never unlinks subscriptions (a killed connection's go
         * when lws closes it), so walking the list is safe. */
        for (ds__rt_sub *s = f->head; s; s = s->field_next) {
            ds__rt_conn *c = s->conn;
            if (c->dead || c->closing)
                continue;
            if (s->filter && !ds__item_matches(srv->schema, f->model, s->filter, item))
                continue;
            if (s->owner_args && !owner_args_match(s->owner_args, item))
                continue;
            if (s->allow && !s->allow(s, item))
                continue;
            deliver(s, root_value, &cache);
        }
        for (size_t k = 0; k < cache.n; k++)
            free(cache.r[k].payload);
        json_decref(root_value);
    }
}
