/*
 * store_bench: the local store against raw SQLite doing the same logical
 * work with prepared statements, measured in the same run.
 *
 * "The same logical work": for a save, the raw side inserts the typed row
 * and an outbox row carrying the record as JSON, in a transaction, as the
 * store does; for reads it selects the same rows and reads every column.
 * Prints `ratio NAME VALUE` (ours / raw, lower is better) per figure, and
 * the peak RSS. Targets (issue 3): single save <= 2.0, batch save <= 2.0,
 * query 1,000 of 100,000 <= 1.5, get by key <= 1.5.
 *
 * Usage: store_bench [records]   (default 100000)
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "datastore/datastore.h"

static const char SCHEMA[] = "enum Status { ACTIVE INACTIVE }\n"
                             "type Post @model { id: ID! title: String! rating: Int! @index(name: \"byRating\")\n"
                             "  status: Status! body: String }";

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void die(const char *what, const char *msg) {
    fprintf(stderr, "store_bench: %s: %s\n", what, msg);
    exit(1);
}

/* ---- raw SQLite ---------------------------------------------------------- */

typedef struct raw {
    sqlite3 *db;
    sqlite3_stmt *insert, *outbox, *by_rating, *by_pk;
} raw;

static void raw_exec(raw *r, const char *sql) {
    if (sqlite3_exec(r->db, sql, NULL, NULL, NULL) != SQLITE_OK)
        die(sql, sqlite3_errmsg(r->db));
}

static void raw_open(raw *r, const char *path) {
    if (sqlite3_open(path, &r->db) != SQLITE_OK)
        die("open", path);
    raw_exec(r, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                "CREATE TABLE post(pk TEXT PRIMARY KEY, id TEXT, title TEXT, rating INTEGER, status TEXT,"
                " body TEXT, createdAt TEXT, updatedAt TEXT);"
                "CREATE INDEX post_rating ON post(rating);"
                "CREATE TABLE outbox(seq INTEGER PRIMARY KEY, id TEXT, model TEXT, pk TEXT, op TEXT,"
                " data TEXT, created_at INTEGER);"
                "CREATE INDEX outbox_record ON outbox(model, pk, seq);");
    const char *sql[] = {"INSERT INTO post VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
                         "INSERT INTO outbox(id, model, pk, op, data, created_at) VALUES(?, 'Post', ?, 'create', ?, ?)",
                         "SELECT pk, id, title, rating, status, body, createdAt, updatedAt FROM post WHERE rating = ?",
                         "SELECT pk, id, title, rating, status, body, createdAt, updatedAt FROM post WHERE pk = ?"};
    sqlite3_stmt **st[] = {&r->insert, &r->outbox, &r->by_rating, &r->by_pk};
    for (int i = 0; i < 4; i++)
        if (sqlite3_prepare_v2(r->db, sql[i], -1, st[i], NULL) != SQLITE_OK)
            die(sql[i], sqlite3_errmsg(r->db));
}

static void raw_save(raw *r, int i) {
    char id[48], title[48], json[256], uuid[48];
    snprintf(id, sizeof id, "00000000-0000-4000-8000-%012d", i);
    snprintf(title, sizeof title, "Post number %d", i);
    snprintf(uuid, sizeof uuid, "10000000-0000-4000-8000-%012d", i);
    const char *now = "2026-11-25T09:00:00.000Z";
    sqlite3_bind_text(r->insert, 1, id, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(r->insert, 2, id, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(r->insert, 3, title, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(r->insert, 4, i % 100);
    sqlite3_bind_text(r->insert, 5, i % 2 ? "ACTIVE" : "INACTIVE", -1, SQLITE_STATIC);
    sqlite3_bind_text(r->insert, 6, "Some body text of a typical post.", -1, SQLITE_STATIC);
    sqlite3_bind_text(r->insert, 7, now, -1, SQLITE_STATIC);
    sqlite3_bind_text(r->insert, 8, now, -1, SQLITE_STATIC);
    if (sqlite3_step(r->insert) != SQLITE_DONE)
        die("raw insert", sqlite3_errmsg(r->db));
    sqlite3_reset(r->insert);
    snprintf(json, sizeof json,
             "{\"id\":\"%s\",\"title\":\"%s\",\"rating\":%d,\"status\":\"%s\",\"body\":\"Some body text of a "
             "typical post.\"}",
             id, title, i % 100, i % 2 ? "ACTIVE" : "INACTIVE");
    sqlite3_bind_text(r->outbox, 1, uuid, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(r->outbox, 2, id, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(r->outbox, 3, json, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(r->outbox, 4, 1764061200000 + i);
    if (sqlite3_step(r->outbox) != SQLITE_DONE)
        die("raw outbox", sqlite3_errmsg(r->db));
    sqlite3_reset(r->outbox);
}

/* Reads every column of every row, as building records would. */
static size_t raw_read_rows(sqlite3_stmt *st) {
    size_t n = 0, bytes = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        for (int c = 0; c < 8; c++) {
            const unsigned char *t = sqlite3_column_text(st, c);
            bytes += t ? strlen((const char *)t) : 0;
        }
        n++;
    }
    sqlite3_reset(st);
    return n + (bytes == (size_t)-1);
}

/* ---- the store ------------------------------------------------------------ */

static ds_record *make_post(const ds_schema *schema, int i) {
    ds_record *r = NULL;
    char id[48], title[48];
    snprintf(id, sizeof id, "00000000-0000-4000-8000-%012d", i);
    snprintf(title, sizeof title, "Post number %d", i);
    ds_record_new(&r, schema, "Post", NULL);
    ds_record_set_string(r, "id", id, NULL);
    ds_record_set_string(r, "title", title, NULL);
    ds_record_set_int(r, "rating", i % 100, NULL);
    ds_record_set_string(r, "status", i % 2 ? "ACTIVE" : "INACTIVE", NULL);
    ds_record_set_string(r, "body", "Some body text of a typical post.", NULL);
    return r;
}

static void check(ds_status rc, const ds_error *err, const char *what) {
    if (rc != DS_OK)
        die(what, err->message);
}

static void remove_db(const char *path) {
    char buf[512];
    unlink(path);
    snprintf(buf, sizeof buf, "%s-wal", path);
    unlink(buf);
    snprintf(buf, sizeof buf, "%s-shm", path);
    unlink(buf);
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 100000;
    if (n < 1000)
        n = 1000;
    const int singles = 300, gets = 20000, queries = 20;
    char ours_path[] = "/tmp/store_bench_ours.db", raw_path[] = "/tmp/store_bench_raw.db";
    remove_db(ours_path);
    remove_db(raw_path);

    ds_error err = DS_ERROR_INIT;
    ds_schema *schema = NULL;
    check(ds_schema_parse(&schema, SCHEMA, strlen(SCHEMA), "bench", &err), &err, "schema");
    ds_store *store = NULL;
    check(ds_open(&store, ours_path, schema, NULL, &err), &err, "open");
    raw r;
    raw_open(&r, raw_path);

    /* 1. Batch save of n records in one transaction. */
    ds_record **recs = malloc((size_t)n * sizeof *recs);
    for (int i = 0; i < n; i++)
        recs[i] = make_post(schema, i);
    double t0 = now_s();
    check(ds_save_all(store, recs, (size_t)n, &err), &err, "batch save");
    double ours_batch = now_s() - t0;
    for (int i = 0; i < n; i++)
        ds_record_free(recs[i]);
    free(recs);
    t0 = now_s();
    raw_exec(&r, "BEGIN");
    for (int i = 0; i < n; i++)
        raw_save(&r, i);
    raw_exec(&r, "COMMIT");
    double raw_batch = now_s() - t0;

    /* 2. Single saves, each its own transaction. */
    t0 = now_s();
    for (int i = n; i < n + singles; i++) {
        ds_record *p = make_post(schema, i);
        check(ds_save(store, p, NULL, &err), &err, "single save");
        ds_record_free(p);
    }
    double ours_single = (now_s() - t0) / singles;
    t0 = now_s();
    for (int i = n; i < n + singles; i++) {
        raw_exec(&r, "BEGIN");
        raw_save(&r, i);
        raw_exec(&r, "COMMIT");
    }
    double raw_single = (now_s() - t0) / singles;

    /* 3. A predicate query returning 1,000 of n. */
    ds_predicate *where = ds_pred_eq("rating", ds_int(7));
    size_t got = 0;
    t0 = now_s();
    for (int q = 0; q < queries; q++) {
        ds_result *res = NULL;
        check(ds_query(store, "Post", where, NULL, &res, &err), &err, "query");
        got = ds_result_count(res);
        ds_result_free(res);
    }
    double ours_query = (now_s() - t0) / queries;
    size_t raw_got = 0;
    t0 = now_s();
    for (int q = 0; q < queries; q++) {
        sqlite3_bind_int(r.by_rating, 1, 7);
        raw_got = raw_read_rows(r.by_rating);
    }
    double raw_query = (now_s() - t0) / queries;
    ds_pred_free(where);

    /* 4. Get by key. */
    t0 = now_s();
    for (int g = 0; g < gets; g++) {
        char id[48];
        snprintf(id, sizeof id, "00000000-0000-4000-8000-%012d", (g * 7919) % n);
        ds_record *rec = NULL;
        check(ds_get_by_id(store, "Post", id, &rec, &err), &err, "get");
        ds_record_free(rec);
    }
    double ours_get = (now_s() - t0) / gets;
    t0 = now_s();
    for (int g = 0; g < gets; g++) {
        char id[48];
        snprintf(id, sizeof id, "00000000-0000-4000-8000-%012d", (g * 7919) % n);
        sqlite3_bind_text(r.by_pk, 1, id, -1, SQLITE_TRANSIENT);
        raw_read_rows(r.by_pk);
    }
    double raw_get = (now_s() - t0) / gets;

    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("records %d; query returned %zu (raw %zu)\n", n, got, raw_got);
    printf("time batch_save ours %.3f s raw %.3f s\n", ours_batch, raw_batch);
    printf("time single_save ours %.1f us raw %.1f us\n", ours_single * 1e6, raw_single * 1e6);
    printf("time query_1000 ours %.2f ms raw %.2f ms\n", ours_query * 1e3, raw_query * 1e3);
    printf("time get_by_key ours %.2f us raw %.2f us\n", ours_get * 1e6, raw_get * 1e6);
    printf("ratio single_save %.2f\n", ours_single / raw_single);
    printf("ratio batch_save_%d %.2f\n", n, ours_batch / raw_batch);
    printf("ratio query_1000_of_%d %.2f\n", n, ours_query / raw_query);
    printf("ratio get_by_key %.2f\n", ours_get / raw_get);
    printf("peak_rss_kib %ld\n", ru.ru_maxrss);

    ds_close(store);
    ds_schema_free(schema);
    for (sqlite3_stmt *st[] = {r.insert, r.outbox, r.by_rating, r.by_pk}, **p = st; p < st + 4; p++)
        sqlite3_finalize(*p);
    sqlite3_close(r.db);
    remove_db(ours_path);
    remove_db(raw_path);
    return 0;
}
