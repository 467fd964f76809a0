/*
 * Several writers and readers on one store at once (run under
 * ThreadSanitizer in CI): no lost write, no torn read, observers see every
 * change exactly once.
 */
#include "store_fixture.h"

#include <pthread.h>
#include <stdatomic.h>

#define WRITERS 4
#define READERS 3
#define PER_WRITER 150

typedef struct shared {
    fixture *fx;
    atomic_int writers_done;
    atomic_int failures;
    atomic_long events;
} shared;

typedef struct worker {
    shared *sh;
    int index;
} worker;

static void *writer(void *arg) {
    worker *w = arg;
    fixture *fx = w->sh->fx;
    for (int i = 0; i < PER_WRITER; i++) {
        char id[32];
        snprintf(id, sizeof id, "w%d-%d", w->index, i);
        ds_record *p = fx_post(fx, id, id, i % 7, "ACTIVE");
        if (ds_save(fx->store, p, NULL, NULL) != DS_OK)
            atomic_fetch_add(&w->sh->failures, 1);
        if (i % 5 == 4) { /* update it, then delete an older one */
            ds_record_set_int(p, "rating", 100, NULL);
            if (ds_save(fx->store, p, NULL, NULL) != DS_OK)
                atomic_fetch_add(&w->sh->failures, 1);
            snprintf(id, sizeof id, "w%d-%d", w->index, i - 4);
            ds_record_set_string(p, "id", id, NULL);
            if (ds_delete(fx->store, p, NULL, NULL) != DS_OK)
                atomic_fetch_add(&w->sh->failures, 1);
        }
        ds_record_free(p);
    }
    atomic_fetch_add(&w->sh->writers_done, 1);
    return NULL;
}

static void *reader(void *arg) {
    worker *w = arg;
    fixture *fx = w->sh->fx;
    ds_predicate *active = ds_pred_eq("status", ds_str("ACTIVE"));
    while (atomic_load(&w->sh->writers_done) < WRITERS) {
        ds_result *res = NULL;
        size_t n = 0;
        if (ds_query(fx->store, "Post", active, NULL, &res, NULL) != DS_OK ||
            ds_count(fx->store, "Post", NULL, &n, NULL) != DS_OK)
            atomic_fetch_add(&w->sh->failures, 1);
        for (size_t i = 0; i < ds_result_count(res); i++) /* every record whole */
            if (!ds_record_get_string(ds_result_at(res, i), "title"))
                atomic_fetch_add(&w->sh->failures, 1);
        ds_result_free(res);
    }
    ds_pred_free(active);
    return NULL;
}

static void count_events(const ds_change *c, void *userdata) {
    (void)c;
    atomic_fetch_add(&((shared *)userdata)->events, 1);
}

static void concurrent_writers_and_readers(void **state) {
    (void)state;
    fixture fx = {0};
    fx_open(&fx, ":memory:");
    shared sh;
    sh.fx = &fx;
    atomic_init(&sh.writers_done, 0);
    atomic_init(&sh.failures, 0);
    atomic_init(&sh.events, 0);
    ds_subscription *sub = NULL;
    assert_int_equal(ds_observe(fx.store, "Post", NULL, count_events, &sh, &sub, NULL), DS_OK);
    pthread_t threads[WRITERS + READERS];
    worker workers[WRITERS + READERS];
    for (int i = 0; i < WRITERS + READERS; i++) {
        workers[i] = (worker){&sh, i};
        assert_int_equal(pthread_create(&threads[i], NULL, i < WRITERS ? writer : reader, &workers[i]), 0);
    }
    for (int i = 0; i < WRITERS + READERS; i++)
        pthread_join(threads[i], NULL);
    ds_observe_flush(fx.store);
    assert_int_equal(atomic_load(&sh.failures), 0);
    /* Each writer: PER_WRITER inserts, PER_WRITER/5 updates and deletes. */
    size_t per = PER_WRITER - PER_WRITER / 5;
    assert_int_equal(fx_count(&fx, "Post"), WRITERS * per);
    assert_int_equal(atomic_load(&sh.events), (long)WRITERS * (PER_WRITER + 2 * (PER_WRITER / 5)));
    ds_unobserve(sub);
    fx_free(&fx);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(concurrent_writers_and_readers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
