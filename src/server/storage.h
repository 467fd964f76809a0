/*
 * The server's storage interface: versioned items, their delta log, and
 * the transactions around them. One implementation per backend (SQLite,
 * and later PostgreSQL); the resolvers see only this.
 *
 * An item is the full JSON document AppSync would hold: every field, plus
 * `__typename`, `_version`, `_lastChangedAt` and, for tombstones,
 * `_deleted: true` and `_ttl` (epoch seconds). Items are addressed by the
 * canonical identifier of their primary key (datastore/record.h).
 */
#ifndef DS_SERVER_STORAGE_H
#define DS_SERVER_STORAGE_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#include "datastore/error.h"
#include "datastore/schema.h"

typedef struct ds__storage ds__storage;

/* One row read back: the document and where it sits (for paging). */
typedef struct ds__stored {
    json_t *item;    /* owned */
    int64_t cursor;  /* rowid (base table) or sequence (delta log) */
} ds__stored;

typedef struct ds__stored_list {
    ds__stored *items;
    size_t count, cap;
    bool more; /* rows remain after the last one read */
} ds__stored_list;

void ds__stored_list_free(ds__stored_list *l);

/* A key condition on an index: the partition field equals a value, and
 * optionally the first sort field satisfies op (eq, le, lt, ge, gt,
 * between, beginsWith). Composite sort keys compare the joined value. */
typedef struct ds__key_cond {
    const ds_index *index;  /* NULL: the primary key */
    json_t *partition;      /* borrowed: the partition value */
    const char *sort_op;    /* NULL: no sort condition */
    json_t *sort_value;     /* borrowed; an array [lo, hi] for between */
    bool descending;
} ds__key_cond;

typedef struct ds__storage_ops {
    const char *name;
    void (*close)(ds__storage *s);
    ds_status (*begin)(ds__storage *s, ds_error *err);
    ds_status (*commit)(ds__storage *s, ds_error *err);
    void (*rollback)(ds__storage *s);
    /* The item with this key, tombstones included; *out NULL when none. */
    ds_status (*get)(ds__storage *s, const ds_model *m, const char *pk, json_t **out, ds_error *err);
    /* Inserts or replaces the item. */
    ds_status (*put)(ds__storage *s, const ds_model *m, const char *pk, json_t *item, ds_error *err);
    /* Removes the item for good. */
    ds_status (*remove)(ds__storage *s, const ds_model *m, const char *pk, ds_error *err);
    /* Up to limit items after cursor `after` (0: from the start), in a
     * stable order; `more` tells whether any remain. With a key condition,
     * only matching items, ordered by the index. */
    ds_status (*scan)(ds__storage *s, const ds_model *m, const ds__key_cond *key, int64_t after, size_t limit,
                      ds__stored_list *out, ds_error *err);
    /* Appends a change (the item after it) to the delta log. */
    ds_status (*delta_append)(ds__storage *s, const ds_model *m, int64_t at_ms, json_t *item, int64_t ttl_s,
                              ds_error *err);
    /* Changes of model since since_ms (exclusive), after cursor, oldest first. */
    ds_status (*delta_since)(ds__storage *s, const ds_model *m, int64_t since_ms, int64_t after, size_t limit,
                             ds__stored_list *out, ds_error *err);
    /* Removes tombstones and delta records whose _ttl has passed. */
    ds_status (*purge)(ds__storage *s, int64_t now_s, ds_error *err);
    /* A value kept in the database across restarts (e.g. the token key). */
    ds_status (*get_setting)(ds__storage *s, const char *key, char **out, ds_error *err);
    ds_status (*set_setting)(ds__storage *s, const char *key, const char *value, ds_error *err);
} ds__storage_ops;

struct ds__storage {
    const ds__storage_ops *ops;
    const ds_schema *schema;
};

/* Opens the backend named by a URL: "sqlite:PATH" (or a bare path). */
ds_status ds__storage_open(ds__storage **out, const char *url, const ds_schema *schema, ds_error *err);

/* SQLite backend. */
ds_status ds__storage_sqlite_open(ds__storage **out, const char *path, const ds_schema *schema, ds_error *err);

#endif
