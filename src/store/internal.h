/*
 * Store internals. Not installed. See store.c for the design.
 */
#ifndef DS_STORE_INTERNAL_H
#define DS_STORE_INTERNAL_H

#include <jansson.h>
#include <pthread.h>
#include <stdatomic.h>
#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>

#include "datastore/datastore.h"
#include "record/internal.h"
#include "util/buf.h"
#include "util/err.h"

/* A committed change waiting for the dispatcher. */
typedef struct ds__event {
    ds_op op;
    const ds_model *model;
    ds_record *record; /* owned */
    bool from_sync;
    struct ds_subscription *target; /* an observe_query's first snapshot: only for it */
    struct ds__event *next;
} ds__event;

/* Prepared statements of one model's table, made on first use. */
typedef struct ds__model_stmts {
    sqlite3_stmt *select_pk; /* row by pk, with its metadata */
    sqlite3_stmt *select_pk_plain; /* the same without looking at ds_meta */
    sqlite3_stmt *insert;    /* every column */
    sqlite3_stmt *update;    /* every column, by pk */
    sqlite3_stmt *delete_pk;
} ds__model_stmts;

struct ds_subscription {
    ds_store *store;
    uint64_t id;            /* increasing: list order is subscription order */
    const ds_model *model;  /* NULL: every model */
    ds_predicate *where;    /* owned copy, or NULL */
    ds_observe_fn fn;
    void *userdata;
    /* observe_query */
    ds_snapshot_fn snapshot_fn;
    char *sort;             /* owned copy */
    ds_result *last;        /* the last snapshot delivered */
    bool removed;           /* unobserved: skip it */
    bool free_after;        /* unobserved from its own callback: free when it returns */
    struct ds_subscription *next;
};

struct ds_store {
    sqlite3 *db;
    const ds_schema *schema;
    ds_store_options opts;
    char *path;

    /* One writer at a time; the lock is recursive so a ds_transact callback
     * can call back into the store. */
    pthread_mutex_t lock;
    int tx_depth;           /* nesting of ds__begin on the lock holder */
    bool tx_failed;         /* an inner step failed: the outer commit rolls back */
    ds__event *pending;     /* events of the open transaction, in order */
    ds__event **pending_tail;

    ds__model_stmts *stmts; /* one per model, schema order */
    bool *has_meta;         /* per model: ds_meta may hold rows for it (else reads skip the join) */
    sqlite3_stmt *outbox_peek, *outbox_insert, *outbox_update, *outbox_delete, *outbox_delete_record;
    sqlite3_stmt *meta_get, *meta_delete_mark;

    /* The dispatcher: delivers events after commit, in commit order. */
    pthread_t dispatcher;
    bool dispatcher_started;
    pthread_mutex_t dmu;
    pthread_cond_t dcond;   /* work arrived, or stop */
    pthread_cond_t didle;   /* a delivery finished */
    ds__event *queue, **queue_tail;
    uint64_t queued, delivered;
    bool stopping;
    struct ds_subscription *subs;
    uint64_t next_sub_id;
    _Atomic size_t sub_count; /* read without dmu: no listener, no event copies */
    struct ds_subscription *running; /* whose callback is running now */
    pthread_t running_thread;
};

/* ---- store.c ---- */
void ds__lock(ds_store *s);
void ds__unlock(ds_store *s);
/* Transactions nest by depth; only the outermost really commits, and only
 * if no inner level failed. */
ds_status ds__begin(ds_store *s, ds_error *err);
ds_status ds__commit(ds_store *s, ds_error *err);
void ds__rollback(ds_store *s);
ds_status ds__sqlite_error(ds_store *s, ds_error *err, const char *what);
const ds_model *ds__store_model(ds_store *s, const char *name, ds_error *err);
size_t ds__model_index(const ds_store *s, const ds_model *m);

/* ---- ddl.c ---- */
ds_status ds__create_tables(ds_store *s, ds_error *err);
ds_status ds__drop_all(ds_store *s, ds_error *err);
/* Appends `"m_<Model>"`. */
void ds__table_name(ds__buf *b, const ds_model *m);
/* Appends a quoted identifier. */
void ds__quote_ident(ds__buf *b, const char *name);
/* Whether a field has a column (everything but relationship fields). */
bool ds__has_column(const ds_field *f);

/* ---- rows.c ---- */
ds__model_stmts *ds__stmts(ds_store *s, const ds_model *m, ds_error *err);
/* Binds every column of r (in table order) starting at parameter `first`. */
ds_status ds__bind_record(sqlite3_stmt *st, int first, const ds_record *r, ds_error *err);
ds_status ds__bind_value(sqlite3_stmt *st, int idx, const ds_value *v);
/* Reads a row whose columns are "pk", then every column in table order. */
ds_status ds__row_to_record(ds_store *s, sqlite3_stmt *st, const ds_model *m, ds_record **out, ds_error *err);
/* Loads the stored record with this identifier, or *out NULL. */
ds_status ds__load(ds_store *s, const ds_model *m, const char *pk, ds_record **out, ds_error *err);
/* SELECT list for a model: `t."$pk", t."f1", ..., m."$version", ...`. */
void ds__select_columns(ds__buf *b, const ds_model *m);
/* "SELECT <columns> FROM <table AS t + meta AS m>", for queries to extend.
 * Without meta the metadata columns read as NULL and ds_meta is not read. */
void ds__select_from(ds__buf *b, const ds_model *m, bool with_meta);
/* Whether reads of m must join its metadata. */
bool ds__wants_meta(const ds_store *s, const ds_model *m);
/* Notes that ds_meta now holds rows for m (for the sync engine's writes). */
void ds__meta_written(ds_store *s, const ds_model *m);

/* ---- outbox.c ---- */
typedef enum ds__mutation { DS__MUT_CREATE, DS__MUT_UPDATE, DS__MUT_DELETE } ds__mutation;
/* Adds a local change to the outbox, merging with the pending entry for
 * the same record as DATASTORE-SPEC §4.2 says. data is the payload as
 * JSON object text; condition a JSON object or NULL (borrowed). */
ds_status ds__outbox_enqueue(ds_store *s, const ds_model *m, const char *pk, ds__mutation op, const char *data,
                             json_t *condition, const ds__meta *base, ds_error *err);

/* ---- observe.c ---- */
ds_status ds__dispatcher_start(ds_store *s, ds_error *err);
void ds__dispatcher_stop(ds_store *s);
/* Queues an event of the open transaction (record copied when someone
 * listens). Called with the store lock held. */
ds_status ds__event_add(ds_store *s, ds_op op, const ds_model *m, const ds_record *r, bool from_sync);
/* On commit: hands the transaction's events to the dispatcher. */
void ds__events_publish(ds_store *s);
/* On rollback: drops them. */
void ds__events_discard(ds_store *s);

/* ---- read.c ---- */
/* Builds "ORDER BY ..." from a sort spec, checking the fields. */
ds_status ds__order_by(const ds_model *m, const char *sort, ds__buf *sql, ds_error *err);
ds_status ds__query_locked(ds_store *s, const ds_model *m, const ds_predicate *where, const ds_query_options *o,
                           ds_result **out, ds_error *err);
ds_result *ds__result_new(void);
bool ds__result_push(ds_result *res, ds_record *r);

#endif
