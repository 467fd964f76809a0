/* The seed schema (Post, PostStatus) through its typed API. */
#include <stdio.h>

#include "driver.h"
#include "models.h"

DRV_OBSERVER(on_post, Post, value->title)

static void post_round_trip(void **state) {
    (void)state;
    ds_store *store = drv_open(models_schema());
    drv_events ev;
    memset(&ev, 0, sizeof ev);
    models_subscription *sub = NULL;
    DRV_OK(post_observe(store, NULL, on_post, &ev, &sub, err));

    const char *titles[] = {"Alpha", "Beta", "Gamma"};
    const int ratings[] = {5, 3, 4};
    Post saved[3];
    for (int i = 0; i < 3; i++) {
        post_init(&saved[i]);
        saved[i].title = drv_dup(titles[i]);
        saved[i].rating = ratings[i];
        saved[i].status = i == 1 ? POST_STATUS_INACTIVE : POST_STATUS_ACTIVE;
        DRV_OK(post_save(store, &saved[i], NULL, err));
        assert_non_null(saved[i].id); /* generated and written back */
    }

    Post got;
    DRV_OK(post_get(store, saved[0].id, &got, err));
    assert_string_equal(got.title, "Alpha");
    assert_int_equal(got.rating, 5);
    assert_int_equal(got.status, POST_STATUS_ACTIVE);
    post_free(&got);
    assert_int_equal(post_get(store, "no-such-id", &got, NULL), DS_ERR_NOTFOUND);

    ds_predicate *where = ds_pred_and(2, post_rating_ge(4), post_status_eq(POST_STATUS_ACTIVE));
    ds_query_options q = DS_QUERY_OPTIONS_INIT;
    q.sort = POST_RATING " desc";
    PostList list;
    DRV_OK(post_query(store, where, &q, &list, err));
    assert_int_equal(list.count, 2);
    assert_string_equal(list.items[0].title, "Alpha");
    assert_string_equal(list.items[1].title, "Gamma");
    post_list_free(&list);
    ds_pred_free(where);

    saved[1].rating = 1;
    DRV_OK(post_save(store, &saved[1], NULL, err));
    DRV_OK(post_delete(store, &saved[2], NULL, err));
    ds_observe_flush(store);
    assert_int_equal(ev.ops[DS_INSERT], 3);
    assert_int_equal(ev.ops[DS_UPDATE], 1);
    assert_int_equal(ev.ops[DS_DELETE], 1);
    assert_int_equal(ev.typed, 5);
    assert_string_equal(ev.last, "Gamma");

    models_unobserve(sub);
    for (int i = 0; i < 3; i++)
        post_free(&saved[i]);
    ds_close(store);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(post_round_trip),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
