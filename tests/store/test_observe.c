/*
 * Observers: events after commit, in commit order, with a copy of the
 * record; predicates; re-entrant callbacks; observe_query snapshots.
 */
#include "store_fixture.h"

#include <pthread.h>

typedef struct log {
    pthread_mutex_t mu;
    char lines[64][96];
    int n;
} log_t;

static void log_add(log_t *l, const char *s) {
    pthread_mutex_lock(&l->mu);
    if (l->n < 64)
        snprintf(l->lines[l->n++], 96, "%s", s);
    pthread_mutex_unlock(&l->mu);
}

static void on_change(const ds_change *c, void *userdata) {
    static const char *ops[] = {"INSERT", "UPDATE", "DELETE"};
    char line[96];
    const char *title = ds_record_get_string(c->record, "title");
    snprintf(line, sizeof line, "%s %s %s", ops[c->op], c->model->name, title ? title : "-");
    log_add(userdata, line);
}

static void events_arrive_after_commit_in_order(void **state) {
    (void)state;
    fixture fx = {0};
    fx_open(&fx, ":memory:");
    log_t lg = {PTHREAD_MUTEX_INITIALIZER, {{0}}, 0};
    ds_subscription *sub = NULL;
    assert_int_equal(ds_observe(fx.store, NULL, NULL, on_change, &lg, &sub, NULL), DS_OK);
    ds_record *p = fx_post(&fx, "p1", "one", 1, NULL);
    fx_save_ok(&fx, p);
    ds_record_set_string(p, "title", "two", NULL);
    fx_save_ok(&fx, p);
    fx_save_ok(&fx, p); /* no change: no event */
    assert_int_equal(ds_delete(fx.store, p, NULL, NULL), DS_OK);
    ds_observe_flush(fx.store);
    assert_int_equal(lg.n, 3);
    assert_string_equal(lg.lines[0], "INSERT Post one");
    assert_string_equal(lg.lines[1], "UPDATE Post two");
    assert_string_equal(lg.lines[2], "DELETE Post two");
    ds_unobserve(sub);
    fx_save_ok(&fx, p);
    ds_observe_flush(fx.store);
    assert_int_equal(lg.n, 3); /* nothing after unobserve */
    ds_record_free(p);
    fx_free(&fx);
}

static void predicate_and_model_filters(void **state) {
    (void)state;
    fixture fx = {0};
    fx_open(&fx, ":memory:");
    log_t lg = {PTHREAD_MUTEX_INITIALIZER, {{0}}, 0};
    ds_predicate *hi = ds_pred_gt("rating", ds_int(3));
    ds_subscription *sub = NULL;
    assert_int_equal(ds_observe(fx.store, "Post", hi, on_change, &lg, &sub, NULL), DS_OK);
    ds_pred_free(hi); /* the subscription keeps its own copy */
    ds_record *a = fx_post(&fx, "a", "low", 1, NULL), *b = fx_post(&fx, "b", "high", 5, NULL);
    fx_save_ok(&fx, a);
    fx_save_ok(&fx, b);
    ds_record *t = fx_rec(&fx, "Team");
    ds_record_set_string(t, "name", "x", NULL);
    fx_save_ok(&fx, t);
    ds_record_set_int(b, "rating", 2, NULL); /* leaves the predicate: not delivered */
    fx_save_ok(&fx, b);
    ds_observe_flush(fx.store);
    assert_int_equal(lg.n, 1);
    assert_string_equal(lg.lines[0], "INSERT Post high");
    ds_unobserve(sub);
    ds_record_free(a);
    ds_record_free(b);
    ds_record_free(t);
    fx_free(&fx);
}

typedef struct reenter {
    fixture *fx;
    log_t *lg;
    int saves;
} reenter;

/* A callback that writes to the store: allowed, and its event follows. */
static void on_change_write(const ds_change *c, void *userdata) {
    reenter *re = userdata;
    on_change(c, re->lg);
    if (c->op == DS_INSERT && !strcmp(c->model->name, "Post") && re->saves++ == 0) {
        ds_record *t = fx_rec(re->fx, "Team");
        ds_record_set_string(t, "name", "from callback", NULL);
        assert_int_equal(ds_save(re->fx->store, t, NULL, NULL), DS_OK);
        size_t n = 0;
        assert_int_equal(ds_count(re->fx->store, "Team", NULL, &n, NULL), DS_OK);
        assert_int_equal(n, 1);
        ds_record_free(t);
    }
}

static void callbacks_may_call_back_into_the_store(void **state) {
    (void)state;
    fixture fx = {0};
    fx_open(&fx, ":memory:");
    log_t lg = {PTHREAD_MUTEX_INITIALIZER, {{0}}, 0};
    reenter re = {&fx, &lg, 0};
    ds_subscription *sub = NULL;
    assert_int_equal(ds_observe(fx.store, NULL, NULL, on_change_write, &re, &sub, NULL), DS_OK);
    ds_record *p = fx_post(&fx, "p", "post", 1, NULL);
    fx_save_ok(&fx, p);
    ds_observe_flush(fx.store);
    assert_int_equal(lg.n, 2);
    assert_string_equal(lg.lines[0], "INSERT Post post");
    assert_string_equal(lg.lines[1], "INSERT Team -");
    ds_unobserve(sub);
    ds_record_free(p);
    fx_free(&fx);
}

static ds_status batch(ds_store *store, void *userdata, ds_error *err) {
    fixture *fx = userdata;
    for (int i = 0; i < 3; i++) {
        char id[8];
        snprintf(id, sizeof id, "b%d", i);
        ds_record *p = fx_post(fx, id, id, i, NULL);
        ds_status rc = ds_save(store, p, NULL, err);
        ds_record_free(p);
        if (rc != DS_OK)
            return rc;
    }
    return DS_OK;
}

static ds_status batch_fails(ds_store *store, void *userdata, ds_error *err) {
    ds_status rc = batch(store, userdata, err);
    return rc == DS_OK ? DS_ERR_CONDITION : rc;
}

static void transaction_events_only_after_commit(void **state) {
    (void)state;
    fixture fx = {0};
    fx_open(&fx, ":memory:");
    log_t lg = {PTHREAD_MUTEX_INITIALIZER, {{0}}, 0};
    ds_subscription *sub = NULL;
    assert_int_equal(ds_observe(fx.store, "Post", NULL, on_change, &lg, &sub, NULL), DS_OK);
    assert_int_equal(ds_transact(fx.store, batch_fails, &fx, NULL), DS_ERR_CONDITION);
    ds_observe_flush(fx.store);
    assert_int_equal(lg.n, 0); /* rolled back: never happened */
    assert_int_equal(ds_transact(fx.store, batch, &fx, NULL), DS_OK);
    ds_observe_flush(fx.store);
    assert_int_equal(lg.n, 3);
    assert_string_equal(lg.lines[2], "INSERT Post b2");
    ds_unobserve(sub);
    fx_free(&fx);
}

typedef struct snaps {
    pthread_mutex_t mu;
    int count;
    char last[256];
} snaps;

static void on_snapshot(const ds_snapshot *s, void *userdata) {
    snaps *sn = userdata;
    pthread_mutex_lock(&sn->mu);
    sn->count++;
    sn->last[0] = '\0';
    for (size_t i = 0; i < ds_result_count(s->items); i++) {
        const char *t = ds_record_get_string(ds_result_at(s->items, i), "title");
        strncat(sn->last, t ? t : "?", sizeof sn->last - strlen(sn->last) - 2);
        strncat(sn->last, ",", sizeof sn->last - strlen(sn->last) - 1);
    }
    pthread_mutex_unlock(&sn->mu);
}

static void observe_query_gives_snapshots(void **state) {
    (void)state;
    fixture fx = {0};
    fx_open(&fx, ":memory:");
    ds_record *a = fx_post(&fx, "a", "a", 4, NULL);
    fx_save_ok(&fx, a);
    snaps sn = {PTHREAD_MUTEX_INITIALIZER, 0, ""};
    ds_predicate *hi = ds_pred_ge("rating", ds_int(3));
    ds_query_options q = DS_QUERY_OPTIONS_INIT;
    q.sort = "title desc";
    ds_subscription *sub = NULL;
    assert_int_equal(ds_observe_query(fx.store, "Post", hi, &q, on_snapshot, &sn, &sub, NULL), DS_OK);
    ds_observe_flush(fx.store);
    assert_int_equal(sn.count, 1);
    assert_string_equal(sn.last, "a,");
    ds_record *b = fx_post(&fx, "b", "b", 5, NULL);
    fx_save_ok(&fx, b);
    ds_observe_flush(fx.store);
    assert_int_equal(sn.count, 2);
    assert_string_equal(sn.last, "b,a,");
    ds_record *low = fx_post(&fx, "c", "c", 1, NULL);
    fx_save_ok(&fx, low); /* does not match: no snapshot */
    ds_observe_flush(fx.store);
    assert_int_equal(sn.count, 2);
    ds_record_set_int(a, "rating", 1, NULL); /* leaves the result */
    fx_save_ok(&fx, a);
    ds_observe_flush(fx.store);
    assert_int_equal(sn.count, 3);
    assert_string_equal(sn.last, "b,");
    ds_error err = DS_ERROR_INIT;
    q.limit = 5;
    assert_int_equal(ds_observe_query(fx.store, "Post", NULL, &q, on_snapshot, &sn, NULL, &err), DS_ERR_INVALID);
    ds_unobserve(sub);
    ds_pred_free(hi);
    ds_record_free(a);
    ds_record_free(b);
    ds_record_free(low);
    fx_free(&fx);
}

static void unobserve_from_own_callback(const ds_change *c, void *userdata) {
    (void)c;
    ds_subscription **sub = userdata;
    ds_unobserve(*sub);
    *sub = NULL;
}

static void a_callback_may_unsubscribe_itself(void **state) {
    (void)state;
    fixture fx = {0};
    fx_open(&fx, ":memory:");
    ds_subscription *sub = NULL;
    assert_int_equal(ds_observe(fx.store, NULL, NULL, unobserve_from_own_callback, &sub, &sub, NULL), DS_OK);
    ds_record *p = fx_post(&fx, "p", "x", 1, NULL);
    fx_save_ok(&fx, p);
    ds_observe_flush(fx.store);
    assert_null(sub);
    ds_record_set_int(p, "rating", 2, NULL);
    fx_save_ok(&fx, p); /* no subscriber left */
    ds_observe_flush(fx.store);
    ds_record_free(p);
    fx_free(&fx);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(events_arrive_after_commit_in_order),
        cmocka_unit_test(predicate_and_model_filters),
        cmocka_unit_test(callbacks_may_call_back_into_the_store),
        cmocka_unit_test(transaction_events_only_after_commit),
        cmocka_unit_test(observe_query_gives_snapshots),
        cmocka_unit_test(a_callback_may_unsubscribe_itself),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
