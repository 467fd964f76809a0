/*
 * Observers: change events and live queries (DATASTORE-SPEC §1.7, §1.8).
 *
 * Writers collect their events in the open transaction (ds__event_add);
 * the commit hands them to the dispatcher queue under the store lock, so
 * the queue is in commit order; a rollback drops them. One dispatcher thread
 * delivers each event to every subscription in turn. It holds no lock while
 * a callback runs, so callbacks may use the store freely; events their
 * writes cause are queued behind the current one.
 *
 * Unsubscribing: a subscription is unlinked under the dispatcher mutex and
 * freed once its callback is not running; from inside its own callback it
 * is freed when the callback returns.
 *
 * No subscriber, no cost: while nobody observes, writers make no copies.
 */
#include <stdlib.h>
#include <string.h>

#include "store/internal.h"

static void event_free(ds__event *e) {
    ds_record_free(e->record);
    free(e);
}

ds_status ds__event_add(ds_store *s, ds_op op, const ds_model *m, const ds_record *r, bool from_sync) {
    if (atomic_load(&s->sub_count) == 0)
        return DS_OK;
    ds__event *e = calloc(1, sizeof *e);
    if (!e || ds_record_copy(&e->record, r, NULL) != DS_OK) {
        free(e);
        return DS_ERR_NOMEM;
    }
    e->op = op;
    e->model = m;
    e->from_sync = from_sync;
    *s->pending_tail = e;
    s->pending_tail = &e->next;
    return DS_OK;
}

void ds__events_discard(ds_store *s) {
    ds__event *e = s->pending;
    while (e) {
        ds__event *n = e->next;
        event_free(e);
        e = n;
    }
    s->pending = NULL;
    s->pending_tail = &s->pending;
}

static void enqueue_events(ds_store *s, ds__event *first, ds__event **last_next) {
    pthread_mutex_lock(&s->dmu);
    *s->queue_tail = first;
    s->queue_tail = last_next;
    for (ds__event *e = first; e; e = e->next)
        s->queued++;
    pthread_cond_signal(&s->dcond);
    pthread_mutex_unlock(&s->dmu);
}

void ds__events_publish(ds_store *s) {
    if (!s->pending)
        return;
    enqueue_events(s, s->pending, s->pending_tail);
    s->pending = NULL;
    s->pending_tail = &s->pending;
}

/* ---- delivery ----------------------------------------------------------- */

static void sub_free(struct ds_subscription *sub) {
    ds_pred_free(sub->where);
    ds_result_free(sub->last);
    free(sub->sort);
    free(sub);
}

static bool same_results(const ds_result *a, const ds_result *b) {
    if (ds_result_count(a) != ds_result_count(b))
        return false;
    for (size_t i = 0; i < ds_result_count(a); i++)
        if (!ds_record_equal(ds_result_at(a, i), ds_result_at(b, i)))
            return false;
    return true;
}

/* Re-runs an observed query and delivers it when it differs from the last
 * snapshot (always for the first one). */
static void deliver_snapshot(ds_store *s, struct ds_subscription *sub, bool first) {
    ds_query_options q = DS_QUERY_OPTIONS_INIT;
    q.sort = sub->sort;
    ds_result *res = NULL;
    if (ds_query(s, sub->model->name, sub->where, &q, &res, NULL) != DS_OK)
        return; /* only out of memory or a broken database: nothing to show */
    if (!first && same_results(res, sub->last)) {
        ds_result_free(res);
        return;
    }
    ds_snapshot snap = {res, false};
    sub->snapshot_fn(&snap, sub->userdata);
    ds_result_free(sub->last);
    sub->last = res;
}

static bool affects(struct ds_subscription *sub, const ds__event *e) {
    if (sub->model && sub->model != e->model)
        return false;
    if (sub->snapshot_fn) {
        if (!sub->where || ds_pred_matches(sub->where, e->record))
            return true;
        /* It may have left the result: was it in the last snapshot? */
        for (size_t i = 0; i < ds_result_count(sub->last); i++) {
            char *a = NULL, *b = NULL;
            bool same = ds_record_identifier(ds_result_at(sub->last, i), &a, NULL) == DS_OK &&
                        ds_record_identifier(e->record, &b, NULL) == DS_OK && !strcmp(a, b);
            ds_free(a);
            ds_free(b);
            if (same)
                return true;
        }
        return false;
    }
    return !sub->where || ds_pred_matches(sub->where, e->record);
}

static void deliver(ds_store *s, ds__event *e) {
    pthread_mutex_lock(&s->dmu);
    /* Callbacks may (un)subscribe, so after each one the next subscription
     * is found again under the lock: the first one made after the last
     * served. */
    uint64_t last = 0;
    for (;;) {
        struct ds_subscription *sub = s->subs;
        while (sub && (sub->id <= last || sub->removed || (e->target && sub != e->target)))
            sub = sub->next;
        if (!sub)
            break;
        last = sub->id;
        s->running = sub;
        s->running_thread = pthread_self();
        pthread_mutex_unlock(&s->dmu);
        if (e->target) {
            deliver_snapshot(s, sub, true);
        } else if (affects(sub, e)) {
            if (sub->snapshot_fn) {
                deliver_snapshot(s, sub, false);
            } else {
                ds_change c = {e->op, e->model, e->record, e->from_sync};
                sub->fn(&c, sub->userdata);
            }
        }
        pthread_mutex_lock(&s->dmu);
        s->running = NULL;
        pthread_cond_broadcast(&s->didle);
        if (sub->free_after)
            sub_free(sub); /* unsubscribed from its own callback: already unlinked */
    }
    s->delivered++;
    pthread_cond_broadcast(&s->didle);
    pthread_mutex_unlock(&s->dmu);
}

static void *dispatcher_main(void *arg) {
    ds_store *s = arg;
    pthread_mutex_lock(&s->dmu);
    for (;;) {
        while (!s->queue && !s->stopping)
            pthread_cond_wait(&s->dcond, &s->dmu);
        if (!s->queue)
            break; /* stopping and nothing left */
        ds__event *e = s->queue;
        s->queue = e->next;
        if (!s->queue)
            s->queue_tail = &s->queue;
        pthread_mutex_unlock(&s->dmu);
        deliver(s, e);
        event_free(e);
        pthread_mutex_lock(&s->dmu);
    }
    pthread_mutex_unlock(&s->dmu);
    return NULL;
}

ds_status ds__dispatcher_start(ds_store *s, ds_error *err) {
    if (pthread_create(&s->dispatcher, NULL, dispatcher_main, s) != 0)
        return ds__error(err, DS_ERR_INTERNAL, "cannot start the observer thread");
    s->dispatcher_started = true;
    return DS_OK;
}

void ds__dispatcher_stop(ds_store *s) {
    if (s->dispatcher_started) {
        pthread_mutex_lock(&s->dmu);
        s->stopping = true;
        pthread_cond_signal(&s->dcond);
        pthread_mutex_unlock(&s->dmu);
        pthread_join(s->dispatcher, NULL);
        s->dispatcher_started = false;
    }
    ds__event *e = s->queue;
    while (e) {
        ds__event *n = e->next;
        event_free(e);
        e = n;
    }
    s->queue = NULL;
    s->queue_tail = &s->queue;
    struct ds_subscription *sub = s->subs;
    while (sub) {
        struct ds_subscription *n = sub->next;
        sub_free(sub);
        sub = n;
    }
    s->subs = NULL;
}

/* ---- subscribing ---------------------------------------------------------- */

static ds_status subscribe(ds_store *s, struct ds_subscription *sub, ds_subscription **out) {
    pthread_mutex_lock(&s->dmu);
    /* Append: subscriptions are served in the order they were made. */
    struct ds_subscription **tail = &s->subs;
    while (*tail)
        tail = &(*tail)->next;
    sub->id = ++s->next_sub_id;
    *tail = sub;
    atomic_fetch_add(&s->sub_count, 1);
    pthread_mutex_unlock(&s->dmu);
    if (out)
        *out = sub;
    return DS_OK;
}

static ds_status new_sub(ds_store *s, const char *model, const ds_predicate *where, struct ds_subscription **out,
                         ds_error *err) {
    *out = NULL;
    const ds_model *m = NULL;
    if (model && !(m = ds__store_model(s, model, err)))
        return DS_ERR_INVALID;
    if (where && m) {
        ds_status rc = ds_pred_check(where, m, err);
        if (rc != DS_OK)
            return rc;
    }
    struct ds_subscription *sub = calloc(1, sizeof *sub);
    if (!sub || (where && !(sub->where = ds_pred_copy(where)))) {
        free(sub);
        return ds__error(err, DS_ERR_NOMEM, "out of memory");
    }
    sub->store = s;
    sub->model = m;
    *out = sub;
    return DS_OK;
}

ds_status ds_observe(ds_store *s, const char *model, const ds_predicate *where, ds_observe_fn fn, void *userdata,
                     ds_subscription **out, ds_error *err) {
    ds_error_clear(err);
    if (!s || !fn)
        return ds__error(err, DS_ERR_INVALID, "ds_observe: store and fn must not be NULL");
    if (where && !model)
        return ds__error(err, DS_ERR_INVALID, "ds_observe: a predicate needs a model");
    struct ds_subscription *sub;
    ds_status rc = new_sub(s, model, where, &sub, err);
    if (rc != DS_OK)
        return rc;
    sub->fn = fn;
    sub->userdata = userdata;
    return subscribe(s, sub, out);
}

ds_status ds_observe_query(ds_store *s, const char *model, const ds_predicate *where, const ds_query_options *opts,
                           ds_snapshot_fn fn, void *userdata, ds_subscription **out, ds_error *err) {
    ds_error_clear(err);
    if (!s || !fn || !model)
        return ds__error(err, DS_ERR_INVALID, "ds_observe_query: store, model and fn must not be NULL");
    if (opts && (opts->limit || opts->page))
        return ds__error(err, DS_ERR_INVALID, "ds_observe_query: limit and page are not supported (sort only)");
    struct ds_subscription *sub;
    ds_status rc = new_sub(s, model, where, &sub, err);
    if (rc != DS_OK)
        return rc;
    if (opts && opts->sort) {
        ds__buf check;
        ds__buf_init(&check, 0);
        rc = ds__order_by(sub->model, opts->sort, &check, err);
        ds__buf_free(&check);
        if (rc != DS_OK || !(sub->sort = strdup(opts->sort))) {
            sub_free(sub);
            return rc != DS_OK ? rc : ds__error(err, DS_ERR_NOMEM, "out of memory");
        }
    }
    sub->snapshot_fn = fn;
    sub->userdata = userdata;
    ds__event *first = calloc(1, sizeof *first);
    if (!first) {
        sub_free(sub);
        return ds__error(err, DS_ERR_NOMEM, "out of memory");
    }
    first->target = sub;
    subscribe(s, sub, out);
    /* Queued under the store lock so it lands between commits. */
    ds__lock(s);
    enqueue_events(s, first, &first->next);
    ds__unlock(s);
    return DS_OK;
}

void ds_unobserve(ds_subscription *sub) {
    if (!sub)
        return;
    ds_store *s = sub->store;
    pthread_mutex_lock(&s->dmu);
    for (struct ds_subscription **p = &s->subs; *p; p = &(*p)->next)
        if (*p == sub) {
            *p = sub->next;
            atomic_fetch_sub(&s->sub_count, 1);
            break;
        }
    sub->removed = true;
    bool own_callback = s->running == sub && pthread_equal(s->running_thread, pthread_self());
    while (s->running == sub && !own_callback)
        pthread_cond_wait(&s->didle, &s->dmu);
    if (own_callback)
        sub->free_after = true;
    pthread_mutex_unlock(&s->dmu);
    if (!own_callback)
        sub_free(sub);
}

void ds_observe_flush(ds_store *s) {
    pthread_mutex_lock(&s->dmu);
    while (s->delivered < s->queued)
        pthread_cond_wait(&s->didle, &s->dmu);
    pthread_mutex_unlock(&s->dmu);
}
