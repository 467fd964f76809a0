/*
 * The local store: save/get/query/count/delete, keys, conditions, cascade,
 * outbox entries and their merging, schema versions.
 */
#include "store_fixture.h"

#include <sqlite3.h>
#include <unistd.h>

static char *temp_db(void) {
    char tmpl[] = "/tmp/ds_store_XXXXXX";
    int fd = mkstemp(tmpl);
    assert_true(fd >= 0);
    close(fd);
    unlink(tmpl);
    return strdup(tmpl);
}

static void remove_db(char *path) {
    char buf[512];
    unlink(path);
    snprintf(buf, sizeof buf, "%s-wal", path);
    unlink(buf);
    snprintf(buf, sizeof buf, "%s-shm", path);
    unlink(buf);
    free(path);
}

static void save_generates_id_and_timestamps_and_get_reads_back(void **state) {
    (void)state;
    fixture fx = {0};
    fx_open(&fx, ":memory:");
    ds_record *p = fx_post(&fx, NULL, "Hello", 5, "ACTIVE");
    fx_save_ok(&fx, p);
    const char *id = ds_record_get_string(p, "id");
    assert_non_null(id);
    assert_int_equal(strlen(id), 36);
    assert_non_null(ds_record_get_string(p, "createdAt"));
    assert_non_null(ds_record_get_string(p, "updatedAt"));
    ds_record *got = NULL;
    assert_int_equal(ds_get_by_id(fx.store, "Post", id, &got, NULL), DS_OK);
    assert_string_equal(ds_record_get_string(got, "title"), "Hello");
    assert_int_equal(ds_record_get_int(got, "rating", -1), 5);
    assert_string_equal(ds_record_get_string(got, "status"), "ACTIVE");
    assert_true(ds_record_equal(got, p));
    ds_record_free(got);
    ds_record_free(p);
    fx_free(&fx);
}

static void update_changes_only_given_fields(void **state) {
    (void)state;
    fixture fx = {0};
    fx_open(&fx, ":memory:");
    ds_record *p = fx_post(&fx, "p1", "First", 3, "ACTIVE");
    fx_save_ok(&fx, p);
    ds_record *u = fx_rec(&fx, "Post");
    ds_record_set_string(u, "id", "p1", NULL);
    ds_record_set_int(u, "rating", 4, NULL);
    ds_error err = DS_ERROR_INIT;
    /* title is required but unset in this partial record: the stored one stays. */
    assert_int_equal(ds_save(fx.store, u, NULL, &err), DS_OK);
    assert_string_equal(ds_record_get_string(u, "title"), "First"); /* the record now reads as stored */
    ds_record *got = NULL;
    assert_int_equal(ds_get_by_id(fx.store, "Post", "p1", &got, NULL), DS_OK);
    assert_int_equal(ds_record_get_int(got, "rating", 0), 4);
    assert_string_equal(ds_record_get_string(got, "title"), "First");
    assert_string_equal(ds_record_get_string(got, "status"), "ACTIVE");
    assert_int_equal(fx_count(&fx, "Post"), 1);
    ds_record_free(got);
    ds_record_free(u);
    ds_record_free(p);
    fx_free(&fx);
}

static void invalid_record_is_refused_whole(void **state) {
    (void)state;
    fixture fx = {0};
    fx_open(&fx, ":memory:");
    ds_record *p = fx_rec(&fx, "Post"); /* no title */
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_save(fx.store, p, NULL, &err), DS_ERR_INVALID);
    assert_non_null(strstr(err.message, "title"));
    assert_int_equal(fx_count(&fx, "Post"), 0);
    assert_int_equal(fx_outbox(&fx), 0);
    ds_record_free(p);
    fx_free(&fx);
}

static void query_filters_sorts_and_pages(void **state) {
    (void)state;
    fixture fx = {0};
    fx_open(&fx, ":memory:");
    const char *titles[] = {"b", "a", "d", "c", "e"};
    int ratings[] = {2, 5, 5, 1, 3};
    for (int i = 0; i < 5; i++) {
        char id[8];
        snprintf(id, sizeof id, "p%d", i);
        ds_record *p = fx_post(&fx, id, titles[i], ratings[i], i % 2 ? "ACTIVE" : "INACTIVE");
        fx_save_ok(&fx, p);
        ds_record_free(p);
    }
    ds_predicate *where = ds_pred_ge("rating", ds_int(2));
    ds_query_options q = DS_QUERY_OPTIONS_INIT;
    q.sort = "rating desc, title";
    ds_result *res = NULL;
    assert_int_equal(ds_query(fx.store, "Post", where, &q, &res, NULL), DS_OK);
    assert_int_equal(ds_result_count(res), 4);
    const char *want[] = {"a", "d", "e", "b"};
    for (size_t i = 0; i < 4; i++)
        assert_string_equal(ds_record_get_string(ds_result_at(res, i), "title"), want[i]);
    ds_result_free(res);
    q.limit = 3;
    q.page = 1;
    assert_int_equal(ds_query(fx.store, "Post", where, &q, &res, NULL), DS_OK);
    assert_int_equal(ds_result_count(res), 1);
    assert_string_equal(ds_record_get_string(ds_result_at(res, 0), "title"), "b");
    ds_result_free(res);
    q.page = 7; /* past the end */
    assert_int_equal(ds_query(fx.store, "Post", where, &q, &res, NULL), DS_OK);
    assert_int_equal(ds_result_count(res), 0);
    ds_result_free(res);
    size_t n = 0;
    assert_int_equal(ds_count(fx.store, "Post", where, &n, NULL), DS_OK);
    assert_int_equal(n, 4);
    ds_pred_free(where);
    /* Ties and no sort: insertion order. */
    q = (ds_query_options)DS_QUERY_OPTIONS_INIT;
    q.sort = "rating desc";
    assert_int_equal(ds_query(fx.store, "Post", NULL, &q, &res, NULL), DS_OK);
    assert_string_equal(ds_record_get_string(ds_result_at(res, 0), "title"), "a");
    assert_string_equal(ds_record_get_string(ds_result_at(res, 1), "title"), "d");
    ds_result_free(res);
    ds_error err = DS_ERROR_INIT;
    q.sort = "nope";
    assert_int_equal(ds_query(fx.store, "Post", NULL, &q, &res, &err), DS_ERR_INVALID);
    assert_non_null(strstr(err.message, "InvalidSort"));
    q.sort = NULL;
    q.page = 1;
    q.limit = 0;
    assert_int_equal(ds_query(fx.store, "Post", NULL, &q, &res, &err), DS_ERR_INVALID);
    assert_non_null(strstr(err.message, "InvalidPagination"));
    fx_free(&fx);
}

static void conditional_save_and_delete(void **state) {
    (void)state;
    fixture fx = {0};
    fx_open(&fx, ":memory:");
    ds_record *p = fx_post(&fx, "p1", "T", 3, "ACTIVE");
    ds_error err = DS_ERROR_INIT;
    ds_predicate *cond = ds_pred_eq("status", ds_str("ACTIVE"));
    /* A condition on a record that is not stored yet fails (Swift's rule). */
    assert_int_equal(ds_save(fx.store, p, cond, &err), DS_ERR_CONDITION);
    assert_non_null(strstr(err.message, "ConditionOnNewRecord"));
    fx_save_ok(&fx, p);
    ds_record_set_int(p, "rating", 4, NULL);
    assert_int_equal(ds_save(fx.store, p, cond, &err), DS_OK);
    ds_record_set_string(p, "status", "INACTIVE", NULL);
    assert_int_equal(ds_save(fx.store, p, cond, &err), DS_OK); /* stored is ACTIVE: ok */
    ds_record_set_int(p, "rating", 1, NULL);
    assert_int_equal(ds_save(fx.store, p, cond, &err), DS_ERR_CONDITION); /* stored is INACTIVE now */
    assert_non_null(strstr(err.message, "ConditionFailed"));
    ds_record *got = NULL;
    ds_get_by_id(fx.store, "Post", "p1", &got, NULL);
    assert_int_equal(ds_record_get_int(got, "rating", 0), 4);
    assert_int_equal(ds_delete(fx.store, p, cond, &err), DS_ERR_CONDITION);
    assert_int_equal(fx_count(&fx, "Post"), 1);
    ds_pred_free(cond);
    cond = ds_pred_eq("status", ds_str("INACTIVE"));
    assert_int_equal(ds_delete(fx.store, p, cond, &err), DS_OK);
    assert_int_equal(fx_count(&fx, "Post"), 0);
    /* Deleting what is not there is a no-op. */
    assert_int_equal(ds_delete(fx.store, p, NULL, &err), DS_OK);
    ds_pred_free(cond);
    ds_record_free(got);
    ds_record_free(p);
    fx_free(&fx);
}

static void composite_keys_identify_records(void **state) {
    (void)state;
    fixture fx = {0};
    fx_open(&fx, ":memory:");
    const char *cities[] = {"Oslo", "Rome", "Oslo"};
    const char *tenants[] = {"t1", "t1", "t2"};
    for (int i = 0; i < 3; i++) {
        ds_record *b = fx_rec(&fx, "Branch");
        ds_record_set_string(b, "tenant", tenants[i], NULL);
        ds_record_set_string(b, "city", cities[i], NULL);
        ds_record_set_string(b, "name", "x", NULL);
        fx_save_ok(&fx, b);
        ds_record_free(b);
    }
    assert_int_equal(fx_count(&fx, "Branch"), 3);
    ds_record *key = fx_rec(&fx, "Branch");
    ds_record_set_string(key, "tenant", "t1", NULL);
    ds_record_set_string(key, "city", "Rome", NULL);
    ds_record *got = NULL;
    assert_int_equal(ds_get(fx.store, key, &got, NULL), DS_OK);
    assert_string_equal(ds_record_get_string(got, "city"), "Rome");
    ds_record_free(got);
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_get_by_id(fx.store, "Branch", "t1", &got, &err), DS_ERR_INVALID);
    assert_non_null(strstr(err.message, "CompositeKeyRequired"));
    assert_int_equal(ds_delete(fx.store, key, NULL, NULL), DS_OK);
    assert_int_equal(fx_count(&fx, "Branch"), 2);
    ds_record_set_string(key, "city", "Oslo", NULL);
    assert_int_equal(ds_get(fx.store, key, &got, NULL), DS_OK);
    ds_record_free(got);
    ds_record_free(key);
    fx_free(&fx);
}

static void belongs_to_parent_must_exist(void **state) {
    (void)state;
    fixture fx = {0};
    fx_open(&fx, ":memory:");
    ds_record *c = fx_rec(&fx, "Comment");
    ds_record_set_string(c, "postID", "missing", NULL);
    ds_record_set_string(c, "content", "hi", NULL);
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_save(fx.store, c, NULL, &err), DS_ERR_INTEGRITY);
    assert_non_null(strstr(err.message, "Post missing"));
    assert_int_equal(fx_count(&fx, "Comment"), 0);
    ds_record *p = fx_post(&fx, "missing", "now here", 1, NULL);
    fx_save_ok(&fx, p);
    fx_save_ok(&fx, c);
    ds_record_free(p);
    ds_record_free(c);
    fx_free(&fx);
}

static void delete_cascades_to_children_in_one_transaction(void **state) {
    (void)state;
    fixture fx = {0};
    fx_open(&fx, ":memory:");
    ds_record *b = fx_rec(&fx, "Blog");
    ds_record_set_string(b, "id", "b1", NULL);
    ds_record_set_string(b, "name", "blog", NULL);
    fx_save_ok(&fx, b);
    for (int i = 0; i < 3; i++) {
        char id[8];
        snprintf(id, sizeof id, "p%d", i);
        ds_record *p = fx_post(&fx, id, "t", i, NULL);
        ds_record_set_string(p, "blogID", "b1", NULL);
        fx_save_ok(&fx, p);
        for (int k = 0; k < 2; k++) {
            ds_record *c = fx_rec(&fx, "Comment");
            ds_record_set_string(c, "postID", id, NULL);
            ds_record_set_string(c, "content", "c", NULL);
            fx_save_ok(&fx, c);
            ds_record_free(c);
        }
        ds_record_free(p);
    }
    ds_record *other = fx_post(&fx, "lonely", "t", 1, NULL);
    fx_save_ok(&fx, other);
    assert_int_equal(fx_count(&fx, "Comment"), 6);
    ds_result *kids = NULL;
    assert_int_equal(ds_load_related(fx.store, b, "posts", &kids, NULL), DS_OK);
    assert_int_equal(ds_result_count(kids), 3);
    ds_result *parent = NULL;
    assert_int_equal(ds_load_related(fx.store, ds_result_at(kids, 0), "blog", &parent, NULL), DS_OK);
    assert_int_equal(ds_result_count(parent), 1);
    assert_string_equal(ds_record_get_string(ds_result_at(parent, 0), "name"), "blog");
    ds_result_free(parent);
    ds_result_free(kids);
    assert_int_equal(ds_delete(fx.store, b, NULL, NULL), DS_OK);
    assert_int_equal(fx_count(&fx, "Blog"), 0);
    assert_int_equal(fx_count(&fx, "Post"), 1); /* only the one without a blog */
    assert_int_equal(fx_count(&fx, "Comment"), 0);
    ds_record_free(other);
    ds_record_free(b);
    fx_free(&fx);
}

static void has_one_cascade_follows_the_foreign_key(void **state) {
    (void)state;
    fixture fx = {0};
    fx_open(&fx, ":memory:");
    ds_record *t = fx_rec(&fx, "Team");
    ds_record_set_string(t, "id", "t1", NULL);
    ds_record_set_string(t, "name", "core", NULL);
    fx_save_ok(&fx, t);
    ds_record *p = fx_rec(&fx, "Project");
    ds_record_set_string(p, "id", "pr1", NULL);
    ds_record_set_string(p, "projectTeamId", "t1", NULL);
    fx_save_ok(&fx, p);
    ds_result *team = NULL;
    assert_int_equal(ds_load_related(fx.store, p, "team", &team, NULL), DS_OK);
    assert_int_equal(ds_result_count(team), 1);
    ds_result_free(team);
    assert_int_equal(ds_delete(fx.store, p, NULL, NULL), DS_OK);
    assert_int_equal(fx_count(&fx, "Team"), 0);
    ds_record_free(p);
    ds_record_free(t);
    fx_free(&fx);
}

static void delete_where_and_clear(void **state) {
    (void)state;
    fixture fx = {0};
    fx_open(&fx, ":memory:");
    for (int i = 0; i < 10; i++) {
        ds_record *p = fx_post(&fx, NULL, "t", i, NULL);
        fx_save_ok(&fx, p);
        ds_record_free(p);
    }
    ds_predicate *where = ds_pred_lt("rating", ds_int(4));
    size_t n = 0;
    assert_int_equal(ds_delete_where(fx.store, "Post", where, &n, NULL), DS_OK);
    assert_int_equal(n, 4);
    assert_int_equal(fx_count(&fx, "Post"), 6);
    ds_pred_free(where);
    assert_int_equal(ds_clear(fx.store, NULL), DS_OK);
    assert_int_equal(fx_count(&fx, "Post"), 0);
    assert_int_equal(fx_outbox(&fx), 0);
    fx_free(&fx);
}

static ds_status two_saves_then(ds_store *store, void *userdata, ds_error *err) {
    fixture *fx = userdata;
    ds_record *a = fx_post(fx, "a", "A", 1, NULL), *b = fx_post(fx, "b", "B", 1, NULL);
    ds_status rc = ds_save(store, a, NULL, err);
    if (rc == DS_OK)
        rc = ds_save(store, b, NULL, err);
    ds_record_free(a);
    ds_record_free(b);
    return rc == DS_OK ? DS_ERR_CONDITION : rc; /* then fail: nothing may stay */
}

static ds_status two_saves(ds_store *store, void *userdata, ds_error *err) {
    fixture *fx = userdata;
    ds_record *a = fx_post(fx, "a", "A", 1, NULL), *b = fx_post(fx, "b", "B", 1, NULL);
    ds_status rc = ds_save(store, a, NULL, err);
    if (rc == DS_OK)
        rc = ds_save(store, b, NULL, err);
    ds_record_free(a);
    ds_record_free(b);
    return rc;
}

static void transactions_are_all_or_nothing(void **state) {
    (void)state;
    fixture fx = {0};
    fx_open(&fx, ":memory:");
    assert_int_equal(ds_transact(fx.store, two_saves_then, &fx, NULL), DS_ERR_CONDITION);
    assert_int_equal(fx_count(&fx, "Post"), 0);
    assert_int_equal(fx_outbox(&fx), 0);
    assert_int_equal(ds_transact(fx.store, two_saves, &fx, NULL), DS_OK);
    assert_int_equal(fx_count(&fx, "Post"), 2);
    /* A batch with one bad record saves nothing. */
    ds_record *batch[3] = {fx_post(&fx, "c", "C", 1, NULL), fx_rec(&fx, "Post"), fx_post(&fx, "d", "D", 1, NULL)};
    assert_int_equal(ds_save_all(fx.store, batch, 3, NULL), DS_ERR_INVALID);
    assert_int_equal(fx_count(&fx, "Post"), 2);
    for (int i = 0; i < 3; i++)
        ds_record_free(batch[i]);
    fx_free(&fx);
}

/* The outbox rows of a file store, "op:data" in order. */
static int outbox_rows(const char *path, char rows[][512], int max) {
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT op, data, condition IS NOT NULL FROM ds_outbox ORDER BY seq", -1,
                                        &st, NULL),
                     SQLITE_OK);
    int n = 0;
    while (sqlite3_step(st) == SQLITE_ROW && n < max) {
        snprintf(rows[n], 512, "%s%s:%s", sqlite3_column_text(st, 0), sqlite3_column_int(st, 2) ? "?" : "",
                 sqlite3_column_text(st, 1));
        n++;
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
}

static void outbox_merges_changes_to_one_record(void **state) {
    (void)state;
    char *path = temp_db();
    fixture fx = {0};
    fx_open(&fx, path);
    char rows[8][512];
    ds_record *p = fx_post(&fx, "p1", "T", 1, NULL);
    fx_save_ok(&fx, p);
    ds_record_set_int(p, "rating", 2, NULL);
    fx_save_ok(&fx, p); /* create + update = one create */
    assert_int_equal(outbox_rows(path, rows, 8), 1);
    assert_non_null(strstr(rows[0], "create:"));
    assert_non_null(strstr(rows[0], "\"rating\":2"));
    fx_save_ok(&fx, p); /* no change: nothing */
    assert_int_equal(outbox_rows(path, rows, 8), 1);
    assert_int_equal(ds_delete(fx.store, p, NULL, NULL), DS_OK); /* create + delete = nothing */
    assert_int_equal(outbox_rows(path, rows, 8), 0);
    ds_record_free(p);
    fx_close(&fx);

    /* A record known to the server (simulated: its create went out). */
    sqlite3 *db;
    fx_open(&fx, path);
    p = fx_post(&fx, "p2", "T", 1, NULL);
    fx_save_ok(&fx, p);
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "DELETE FROM ds_outbox", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    ds_record_set_int(p, "rating", 2, NULL);
    fx_save_ok(&fx, p);
    ds_record_set_string(p, "title", "U", NULL);
    fx_save_ok(&fx, p); /* update + update = one update with both fields */
    assert_int_equal(outbox_rows(path, rows, 8), 1);
    assert_non_null(strstr(rows[0], "update:"));
    assert_non_null(strstr(rows[0], "\"rating\":2"));
    assert_non_null(strstr(rows[0], "\"title\":\"U\""));
    assert_non_null(strstr(rows[0], "\"id\":\"p2\""));
    ds_predicate *cond = ds_pred_eq("title", ds_str("U"));
    ds_record_set_int(p, "rating", 3, NULL);
    assert_int_equal(ds_save(fx.store, p, cond, NULL), DS_OK); /* conditional: appended */
    ds_record_set_int(p, "rating", 4, NULL);
    fx_save_ok(&fx, p); /* after a conditional entry: appended too */
    assert_int_equal(outbox_rows(path, rows, 8), 3);
    assert_non_null(strstr(rows[1], "update?:"));
    assert_non_null(strstr(rows[2], "update:"));
    assert_int_equal(ds_delete(fx.store, p, NULL, NULL), DS_OK); /* update + delete = delete */
    assert_int_equal(outbox_rows(path, rows, 8), 3);
    assert_non_null(strstr(rows[2], "delete:{\"id\":\"p2\"}"));
    /* Deleted locally, then updated: refused. */
    ds_error err = DS_ERROR_INIT;
    fx_save_ok(&fx, p); /* re-create after delete: appended */
    assert_int_equal(outbox_rows(path, rows, 8), 4);
    assert_non_null(strstr(rows[3], "create:"));
    (void)err;
    ds_pred_free(cond);
    ds_record_free(p);
    fx_free(&fx);
    remove_db(path);
}

static void local_only_store_keeps_no_outbox(void **state) {
    (void)state;
    fixture fx = {0};
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_schema_parse(&fx.schema, STORE_SCHEMA, strlen(STORE_SCHEMA), "s", &err), DS_OK);
    ds_store_options o = DS_STORE_OPTIONS_INIT;
    o.sync_enabled = false;
    assert_int_equal(ds_open(&fx.store, ":memory:", fx.schema, &o, &err), DS_OK);
    ds_record *p = fx_post(&fx, NULL, "T", 1, NULL);
    fx_save_ok(&fx, p);
    assert_int_equal(fx_outbox(&fx), 0);
    ds_record_free(p);
    fx_free(&fx);
}

static void reopening_with_another_schema_version_fails_clearly(void **state) {
    (void)state;
    char *path = temp_db();
    fixture fx = {0};
    fx_open(&fx, path);
    ds_record *p = fx_post(&fx, NULL, "keep me", 1, NULL);
    fx_save_ok(&fx, p);
    ds_record_free(p);
    fx_close(&fx);
    /* The same schema opens and keeps the data. */
    fx_open(&fx, path);
    assert_int_equal(fx_count(&fx, "Post"), 1);
    fx_close(&fx);

    const char *other = "type Post @model { id: ID! title: String! extra: Int }";
    ds_schema *s2 = NULL;
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_schema_parse(&s2, other, strlen(other), "other", &err), DS_OK);
    ds_store *st = NULL;
    assert_int_equal(ds_open(&st, path, s2, NULL, &err), DS_ERR_SCHEMA);
    assert_null(st);
    assert_non_null(strstr(err.message, ds_schema_version(fx.schema)));
    assert_non_null(strstr(err.message, ds_schema_version(s2)));
    /* The data is still there for the old schema. */
    fx_open(&fx, path);
    assert_int_equal(fx_count(&fx, "Post"), 1);
    fx_close(&fx);
    ds_store_options o = DS_STORE_OPTIONS_INIT;
    o.on_schema_change = DS_SCHEMA_CHANGE_CLEAR;
    assert_int_equal(ds_open(&st, path, s2, &o, &err), DS_OK);
    size_t n = 9;
    assert_int_equal(ds_count(st, "Post", NULL, &n, NULL), DS_OK);
    assert_int_equal(n, 0);
    ds_close(st);
    ds_schema_free(s2);
    fx_free(&fx);
    remove_db(path);
}

static void bad_arguments_get_clear_errors(void **state) {
    (void)state;
    fixture fx = {0};
    fx_open(&fx, ":memory:");
    ds_error err = DS_ERROR_INIT;
    ds_result *res = NULL;
    assert_int_equal(ds_query(fx.store, "Nope", NULL, NULL, &res, &err), DS_ERR_INVALID);
    assert_non_null(strstr(err.message, "Nope"));
    size_t n;
    ds_predicate *bad = ds_pred_eq("nofield", ds_int(1));
    assert_int_equal(ds_count(fx.store, "Post", bad, &n, &err), DS_ERR_INVALID);
    assert_non_null(strstr(err.message, "nofield"));
    ds_pred_free(bad);
    ds_record *got = NULL;
    assert_int_equal(ds_get_by_id(fx.store, "Post", "none", &got, &err), DS_ERR_NOTFOUND);
    assert_null(got);
    ds_store_options o = DS_STORE_OPTIONS_INIT;
    o.version = 99;
    ds_store *st = NULL;
    assert_int_equal(ds_open(&st, ":memory:", fx.schema, &o, &err), DS_ERR_INVALID);
    assert_int_equal(ds_open(&st, "/nonexistent/dir/x.db", fx.schema, NULL, &err), DS_ERR_IO);
    fx_free(&fx);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(save_generates_id_and_timestamps_and_get_reads_back),
        cmocka_unit_test(update_changes_only_given_fields),
        cmocka_unit_test(invalid_record_is_refused_whole),
        cmocka_unit_test(query_filters_sorts_and_pages),
        cmocka_unit_test(conditional_save_and_delete),
        cmocka_unit_test(composite_keys_identify_records),
        cmocka_unit_test(belongs_to_parent_must_exist),
        cmocka_unit_test(delete_cascades_to_children_in_one_transaction),
        cmocka_unit_test(has_one_cascade_follows_the_foreign_key),
        cmocka_unit_test(delete_where_and_clear),
        cmocka_unit_test(transactions_are_all_or_nothing),
        cmocka_unit_test(outbox_merges_changes_to_one_record),
        cmocka_unit_test(local_only_store_keeps_no_outbox),
        cmocka_unit_test(reopening_with_another_schema_version_fails_clearly),
        cmocka_unit_test(bad_arguments_get_clear_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
