/*
 * datastore/datastore.h — the local store: save, query, observe, offline.
 *
 * A ds_store is an SQLite database holding the records of one schema's
 * models, their sync metadata and an outbox of local changes waiting to be
 * sent to a backend. It needs no network: everything here works offline.
 *
 *     ds_store *store;
 *     ds_store_options opts = DS_STORE_OPTIONS_INIT;
 *     if (ds_open(&store, "app.db", schema, &opts, &err) != DS_OK) ...
 *
 *     ds_record *post;                       // see record.h
 *     ...
 *     ds_save(store, post, NULL, &err);      // insert or update, by primary key
 *
 *     ds_predicate *p = ds_pred_gt("rating", ds_int(4));
 *     ds_query_options q = DS_QUERY_OPTIONS_INIT;
 *     q.sort = "rating desc, title";
 *     ds_result *rows;
 *     ds_query(store, "Post", p, &q, &rows, &err);
 *     for (size_t i = 0; i < ds_result_count(rows); i++)
 *         puts(ds_record_get_string(ds_result_at(rows, i), "title"));
 *     ds_result_free(rows);
 *     ds_pred_free(p);
 *
 *     ds_close(store);
 *
 * Semantics follow Amplify DataStore (../shared/spec/DATASTORE-SPEC.md §1-4, 9, 10):
 * a save inserts or updates by primary key; a delete cascades to has-one and
 * has-many children; every local write stores the record, its sync metadata
 * and its outbox entry in one SQLite transaction, then notifies observers.
 *
 * Threads. A ds_store may be used from any number of threads at once. Writes
 * are serialized; reads run concurrently with them (WAL mode). Observer
 * callbacks run on one dispatcher thread owned by the store, after commit,
 * in commit order, never while a lock is held: a callback may call any store
 * function, including writes (which produce further events, delivered after
 * the current one returns). ds_close() waits for a running callback to
 * finish and must not be called from inside one.
 *
 * Ownership. Records passed in are read, never kept. Records handed out
 * (ds_get, results, observer events) are owned by whoever the function says:
 * ds_get's record is the caller's (ds_record_free); a result's records live
 * until ds_result_free(); an event's record until its callback returns.
 */
#ifndef DATASTORE_DATASTORE_H
#define DATASTORE_DATASTORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "datastore/error.h"
#include "datastore/predicate.h"
#include "datastore/record.h"
#include "datastore/schema.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ds_store ds_store;
typedef struct ds_result ds_result;

/* ---- opening ----------------------------------------------------------- */

typedef enum ds_durability {
    DS_DURABILITY_NORMAL, /* SQLite synchronous=NORMAL in WAL mode: a power loss may lose the
                             last commits, never corrupt the store (default) */
    DS_DURABILITY_FULL    /* synchronous=FULL: a commit is on disk when the call returns */
} ds_durability;

typedef enum ds_schema_change {
    DS_SCHEMA_CHANGE_FAIL, /* a store written under another schema version is not opened:
                              DS_ERR_SCHEMA naming both versions (default) */
    DS_SCHEMA_CHANGE_CLEAR /* delete everything in it, unsent changes included, and start over */
} ds_schema_change;

typedef struct ds_store_options {
    int version; /* DS_STORE_OPTIONS_VERSION */
    ds_durability durability;
    ds_schema_change on_schema_change;
    /* Whether local writes enqueue outbox entries for a backend. Off for a
     * purely local store. */
    bool sync_enabled;
} ds_store_options;

#define DS_STORE_OPTIONS_VERSION 1
#define DS_STORE_OPTIONS_INIT {DS_STORE_OPTIONS_VERSION, DS_DURABILITY_NORMAL, DS_SCHEMA_CHANGE_FAIL, true}

/*
 * Opens (creating when needed) the store at path, or an in-memory store for
 * ":memory:". The schema must outlive the store. opts may be NULL for the
 * defaults. On success *out is the store; close it with ds_close().
 */
ds_status ds_open(ds_store **out, const char *path, const ds_schema *schema, const ds_store_options *opts,
                  ds_error *err);

/* Closes the store, waiting for pending observer callbacks. NULL allowed. */
void ds_close(ds_store *store);

/* The schema the store was opened with. */
const ds_schema *ds_store_schema(const ds_store *store);

/* ---- writing ----------------------------------------------------------- */

/*
 * Inserts the record, or updates the stored one with the same primary key.
 * A managed `id` that is unset is generated (UUID v4) and written back into
 * the record. createdAt/updatedAt are the service's: kept as stored.
 * With a condition, the stored record must exist and match it, else
 * DS_ERR_CONDITION and nothing is written. A belongs-to foreign key must
 * name a record present locally. On update, fields left unset in `record`
 * keep their stored values, and the result is validated
 * (ds_record_validate); a new record is validated as given. An update that
 * changes nothing writes nothing and notifies no one. On success `record`
 * reads as stored (generated id, timestamps, metadata, kept fields).
 * A belongs-to foreign key naming no local record gives DS_ERR_INTEGRITY.
 */
ds_status ds_save(ds_store *store, ds_record *record, const ds_predicate *condition, ds_error *err);

/*
 * Deletes the stored record with the primary key of `record` (other fields
 * are ignored), and, in the same transaction, its has-one and has-many
 * children recursively. With a condition the stored record must match it.
 * Deleting a record that is not stored is a no-op (DS_OK).
 */
ds_status ds_delete(ds_store *store, const ds_record *record, const ds_predicate *condition, ds_error *err);

/* Deletes every record of `model` matching `where` (cascading as above);
 * *count (may be NULL) receives how many top-level records went. */
ds_status ds_delete_where(ds_store *store, const char *model, const ds_predicate *where, size_t *count,
                          ds_error *err);

/* Deletes every record, outbox entry and sync state in the store. */
ds_status ds_clear(ds_store *store, ds_error *err);

/*
 * Runs fn inside one transaction: every save and delete fn makes on this
 * store (from this thread) commits together if fn returns DS_OK, or not at
 * all. Observers hear of the changes only after the commit. Transactions
 * do not nest (a nested ds_transact runs fn inside the outer one).
 */
typedef ds_status (*ds_transact_fn)(ds_store *store, void *userdata, ds_error *err);
ds_status ds_transact(ds_store *store, ds_transact_fn fn, void *userdata, ds_error *err);

/* Saves n records in one transaction (all or none). */
ds_status ds_save_all(ds_store *store, ds_record *const *records, size_t n, ds_error *err);

/* ---- reading ----------------------------------------------------------- */

/*
 * The record of `model` whose primary key equals the key fields set in
 * `key` (a record of that model with at least its key fields set; for
 * composite keys all of them). *out is NULL and DS_ERR_NOTFOUND when there
 * is none. Free the record with ds_record_free().
 */
ds_status ds_get(ds_store *store, const ds_record *key, ds_record **out, ds_error *err);

/* Shorthand for single-field keys: the key's value as text. */
ds_status ds_get_by_id(ds_store *store, const char *model, const char *id, ds_record **out, ds_error *err);

typedef struct ds_query_options {
    int version;      /* DS_QUERY_OPTIONS_VERSION */
    const char *sort; /* "field [asc|desc], ..." or NULL; ties keep insertion order */
    size_t limit;     /* 0: no limit */
    size_t page;      /* offset = page * limit; needs a limit */
} ds_query_options;

#define DS_QUERY_OPTIONS_VERSION 1
#define DS_QUERY_OPTIONS_INIT {DS_QUERY_OPTIONS_VERSION, NULL, 0, 0}

/* Records of `model` matching `where` (NULL: all), sorted and paged. */
ds_status ds_query(ds_store *store, const char *model, const ds_predicate *where, const ds_query_options *opts,
                   ds_result **out, ds_error *err);

/* How many records of `model` match `where` (NULL: all). */
ds_status ds_count(ds_store *store, const char *model, const ds_predicate *where, size_t *out, ds_error *err);

size_t ds_result_count(const ds_result *res);
/* Borrowed until ds_result_free(). NULL past the end. */
const ds_record *ds_result_at(const ds_result *res, size_t i);
void ds_result_free(ds_result *res);

/* ---- relationships ----------------------------------------------------- */

/*
 * The records related to `record` through its relationship field `field`:
 * the belongs-to or has-one record (0 or 1 result), or the has-many
 * children. Read from the local store each time.
 */
ds_status ds_load_related(ds_store *store, const ds_record *record, const char *field, ds_result **out,
                          ds_error *err);

/* ---- observing ---------------------------------------------------------- */

typedef enum ds_op { DS_INSERT, DS_UPDATE, DS_DELETE } ds_op;

typedef struct ds_change {
    ds_op op;
    const ds_model *model;
    const ds_record *record; /* after the write; the deleted record for DS_DELETE */
    bool from_sync;          /* written by the sync engine rather than this process's API calls */
} ds_change;

typedef void (*ds_observe_fn)(const ds_change *change, void *userdata);

typedef struct ds_subscription ds_subscription;

/*
 * Calls fn for every committed change to records of `model` (NULL: every
 * model) that match `where` (NULL: all) after the write (for deletes: the
 * deleted record). To watch one record, pass a predicate on its key.
 * *out receives a handle for ds_unobserve().
 */
ds_status ds_observe(ds_store *store, const char *model, const ds_predicate *where, ds_observe_fn fn,
                     void *userdata, ds_subscription **out, ds_error *err);

typedef struct ds_snapshot {
    const ds_result *items; /* sorted as asked; borrowed for the callback */
    bool is_synced;         /* the model's first sync of this session is done */
} ds_snapshot;

typedef void (*ds_snapshot_fn)(const ds_snapshot *snapshot, void *userdata);

/*
 * Calls fn with the query's result now (from the dispatcher thread), then
 * again after each committed change that alters it. opts->limit and page
 * are not supported (DS_ERR_INVALID).
 */
ds_status ds_observe_query(ds_store *store, const char *model, const ds_predicate *where,
                           const ds_query_options *opts, ds_snapshot_fn fn, void *userdata,
                           ds_subscription **out, ds_error *err);

/* Stops a subscription: after it returns, fn is not called again (unless
 * called from inside that very callback, which then finishes). NULL ok. */
void ds_unobserve(ds_subscription *sub);

/* Blocks until every change committed so far has been delivered to the
 * observers (for tests and orderly shutdown). Not from a callback. */
void ds_observe_flush(ds_store *store);

/* ---- outbox (read access; the sync engine consumes it) ------------------- */

/* Number of local changes waiting to be sent. */
ds_status ds_outbox_count(ds_store *store, size_t *out, ds_error *err);

#ifdef __cplusplus
}
#endif

#endif /* DATASTORE_DATASTORE_H */
