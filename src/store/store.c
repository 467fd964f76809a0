/*
 * The local store: one SQLite database per app, with the exact semantics of
 * Amplify DataStore's local side, transactional throughout.
 *
 * Layout (DATASTORE-SPEC §3.4, [CANON]):
 *   ds_setting(key, value)            schema_version, ...
 *   "m_<Model>"("$pk", <one column per field>)   typed columns; lists,
 *                                     embedded values and AWSJSON as JSON
 *                                     text; "$pk" is the canonical identifier
 *                                     (§10.2), named with a '$' that no
 *                                     GraphQL field name can contain
 *   ds_meta(model, pk, version, last_changed_at, deleted)   sync metadata,
 *                                     kept apart so tombstones survive
 *   ds_outbox(seq, id, model, pk, op, data, condition, base_version, ...)
 *   ds_sync_state(model, last_sync, ...)
 * plus an index for every @index, every foreign key and the outbox's
 * (model, pk).
 *
 * Invariants:
 *   - one logical operation is one SQLite transaction: the record row, its
 *     metadata, its outbox entry and those of every cascaded child commit
 *     together or not at all (ds__begin/ds__commit nest by depth, so a
 *     ds_transact callback groups many operations into one);
 *   - observers learn of changes only after commit, in commit order, from
 *     the dispatcher thread (observe.c), never under the store lock;
 *   - SQL identifiers come only from the schema; values are always bound.
 *
 * Concurrency: one connection and one recursive lock. Every call takes the
 * lock for its duration, which serializes writers and makes a
 * transaction's reads consistent; WAL keeps readers of other processes
 * unblocked.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/internal.h"

void ds__lock(ds_store *s) { pthread_mutex_lock(&s->lock); }

void ds__unlock(ds_store *s) { pthread_mutex_unlock(&s->lock); }

ds_status ds__sqlite_error(ds_store *s, ds_error *err, const char *what) {
    int code = sqlite3_errcode(s->db);
    ds_status st = (code == SQLITE_NOMEM)                       ? DS_ERR_NOMEM
                   : (code == SQLITE_FULL || code == SQLITE_IOERR || code == SQLITE_CANTOPEN ||
                      code == SQLITE_READONLY || code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
                       ? DS_ERR_IO
                       : DS_ERR_INTERNAL;
    return ds__error(err, st, "%s: %s (sqlite %d)", what, sqlite3_errmsg(s->db), code);
}

static ds_status exec(ds_store *s, const char *sql, ds_error *err) {
    if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK)
        return ds__sqlite_error(s, err, sql);
    return DS_OK;
}

ds_status ds__begin(ds_store *s, ds_error *err) {
    if (s->tx_depth++ > 0)
        return DS_OK;
    s->tx_failed = false;
    ds_status rc = exec(s, "BEGIN IMMEDIATE", err);
    if (rc != DS_OK)
        s->tx_depth = 0;
    return rc;
}

ds_status ds__commit(ds_store *s, ds_error *err) {
    if (--s->tx_depth > 0)
        return DS_OK;
    if (s->tx_failed) {
        exec(s, "ROLLBACK", NULL);
        ds__events_discard(s);
        return ds__error(err, DS_ERR_INTERNAL, "transaction rolled back after an earlier failure");
    }
    ds_status rc = exec(s, "COMMIT", err);
    if (rc != DS_OK) {
        exec(s, "ROLLBACK", NULL);
        ds__events_discard(s);
        return rc;
    }
    ds__events_publish(s);
    return DS_OK;
}

void ds__rollback(ds_store *s) {
    if (--s->tx_depth > 0) {
        s->tx_failed = true; /* the outermost level decides, and will roll back */
        return;
    }
    exec(s, "ROLLBACK", NULL);
    ds__events_discard(s);
}

const ds_model *ds__store_model(ds_store *s, const char *name, ds_error *err) {
    const ds_model *m = name ? ds_schema_model(s->schema, name) : NULL;
    if (!m)
        ds__error(err, DS_ERR_INVALID, "no model named \"%s\" in the schema", name ? name : "(null)");
    return m;
}

size_t ds__model_index(const ds_store *s, const ds_model *m) {
    for (size_t i = 0; i < ds_schema_model_count(s->schema); i++)
        if (ds_schema_model_at(s->schema, i) == m)
            return i;
    return (size_t)-1;
}

static ds_status get_setting(ds_store *s, const char *key, char **out, ds_error *err) {
    *out = NULL;
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, "SELECT value FROM ds_setting WHERE key = ?", -1, &st, NULL) != SQLITE_OK)
        return ds__sqlite_error(s, err, "reading settings");
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        const char *v = (const char *)sqlite3_column_text(st, 0);
        *out = v ? strdup(v) : NULL;
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return ds__sqlite_error(s, err, "reading settings");
    return DS_OK;
}

static ds_status set_setting(ds_store *s, const char *key, const char *value, ds_error *err) {
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, "INSERT INTO ds_setting(key, value) VALUES(?, ?) "
                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                           -1, &st, NULL) != SQLITE_OK)
        return ds__sqlite_error(s, err, "writing settings");
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, value, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? DS_OK : ds__sqlite_error(s, err, "writing settings");
}

/* A new store gets its tables; an existing one must have been written for
 * this schema version, unless the caller asked to start over. */
static ds_status check_schema_version(ds_store *s, ds_error *err) {
    ds_status rc = exec(s, "CREATE TABLE IF NOT EXISTS ds_setting(key TEXT PRIMARY KEY, value TEXT)", err);
    if (rc != DS_OK)
        return rc;
    char *stored = NULL;
    if ((rc = get_setting(s, "schema_version", &stored, err)) != DS_OK)
        return rc;
    const char *current = ds_schema_version(s->schema);
    if (stored && strcmp(stored, current) != 0) {
        if (s->opts.on_schema_change != DS_SCHEMA_CHANGE_CLEAR) {
            rc = ds__error(err, DS_ERR_SCHEMA,
                           "store %s was written for schema version %s, but this schema is version %s; "
                           "open it with on_schema_change = DS_SCHEMA_CHANGE_CLEAR to discard its data "
                           "(including unsent changes) and start over",
                           s->path, stored, current);
            free(stored);
            return rc;
        }
        if ((rc = ds__drop_all(s, err)) != DS_OK) {
            free(stored);
            return rc;
        }
    }
    free(stored);
    if ((rc = ds__begin(s, err)) != DS_OK)
        return rc;
    if ((rc = ds__create_tables(s, err)) != DS_OK || (rc = set_setting(s, "schema_version", current, err)) != DS_OK) {
        ds__rollback(s);
        return rc;
    }
    return ds__commit(s, err);
}

/* Which models have sync metadata at all: the others read without it. */
static ds_status load_meta_flags(ds_store *s, ds_error *err) {
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, "SELECT DISTINCT model FROM ds_meta", -1, &st, NULL) != SQLITE_OK)
        return ds__sqlite_error(s, err, "reading metadata");
    while (sqlite3_step(st) == SQLITE_ROW) {
        const ds_model *m = ds_schema_model(s->schema, (const char *)sqlite3_column_text(st, 0));
        if (m)
            ds__meta_written(s, m);
    }
    sqlite3_finalize(st);
    return DS_OK;
}

ds_status ds_open(ds_store **out, const char *path, const ds_schema *schema, const ds_store_options *opts,
                  ds_error *err) {
    ds_error_clear(err);
    if (!out || !path || !schema)
        return ds__error(err, DS_ERR_INVALID, "ds_open: out, path and schema must not be NULL");
    *out = NULL;
    ds_store_options defaults = DS_STORE_OPTIONS_INIT;
    if (opts && opts->version != DS_STORE_OPTIONS_VERSION)
        return ds__error(err, DS_ERR_INVALID, "ds_open: options version %d is not %d (use DS_STORE_OPTIONS_INIT)",
                         opts->version, DS_STORE_OPTIONS_VERSION);
    ds_store *s = calloc(1, sizeof *s);
    if (!s)
        return ds__error(err, DS_ERR_NOMEM, "ds_open: out of memory");
    s->schema = schema;
    s->opts = opts ? *opts : defaults;
    s->path = strdup(path);
    s->pending_tail = &s->pending;
    s->queue_tail = &s->queue;
    pthread_mutexattr_t attr;
    pthread_mutexattr_init(&attr);
    pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&s->lock, &attr);
    pthread_mutexattr_destroy(&attr);
    pthread_mutex_init(&s->dmu, NULL);
    pthread_cond_init(&s->dcond, NULL);
    pthread_cond_init(&s->didle, NULL);
    s->stmts = calloc(ds_schema_model_count(schema) ? ds_schema_model_count(schema) : 1, sizeof *s->stmts);
    s->has_meta = calloc(ds_schema_model_count(schema) ? ds_schema_model_count(schema) : 1, sizeof *s->has_meta);
    ds_status rc;
    if (!s->path || !s->stmts || !s->has_meta) {
        rc = ds__error(err, DS_ERR_NOMEM, "ds_open: out of memory");
        goto fail;
    }
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path, &s->db, flags, NULL) != SQLITE_OK) {
        rc = ds__error(err, DS_ERR_IO, "cannot open store %s: %s", path, s->db ? sqlite3_errmsg(s->db) : "no memory");
        goto fail;
    }
    sqlite3_busy_timeout(s->db, 5000);
    sqlite3_extended_result_codes(s->db, 0);
    if ((rc = exec(s, "PRAGMA journal_mode = WAL", err)) != DS_OK ||
        (rc = exec(s, s->opts.durability == DS_DURABILITY_FULL ? "PRAGMA synchronous = FULL"
                                                                 : "PRAGMA synchronous = NORMAL",
                   err)) != DS_OK ||
        (rc = exec(s, "PRAGMA foreign_keys = OFF", err)) != DS_OK)
        goto fail;
    ds__lock(s);
    rc = check_schema_version(s, err);
    if (rc == DS_OK)
        rc = load_meta_flags(s, err);
    ds__unlock(s);
    if (rc != DS_OK)
        goto fail;
    if ((rc = ds__dispatcher_start(s, err)) != DS_OK)
        goto fail;
    *out = s;
    return DS_OK;
fail:
    ds_close(s);
    return rc;
}

static void finalize_all(ds_store *s) {
    for (size_t i = 0; s->stmts && i < ds_schema_model_count(s->schema); i++) {
        sqlite3_finalize(s->stmts[i].select_pk);
        sqlite3_finalize(s->stmts[i].select_pk_plain);
        sqlite3_finalize(s->stmts[i].insert);
        sqlite3_finalize(s->stmts[i].update);
        sqlite3_finalize(s->stmts[i].delete_pk);
        memset(&s->stmts[i], 0, sizeof s->stmts[i]);
    }
    sqlite3_stmt **others[] = {&s->outbox_peek,  &s->outbox_insert,         &s->outbox_update, &s->outbox_delete,
                               &s->outbox_delete_record, &s->meta_get, &s->meta_delete_mark};
    for (size_t i = 0; i < sizeof others / sizeof *others; i++) {
        sqlite3_finalize(*others[i]);
        *others[i] = NULL;
    }
}

void ds_close(ds_store *s) {
    if (!s)
        return;
    ds__dispatcher_stop(s);
    finalize_all(s);
    if (s->db)
        sqlite3_close(s->db);
    ds__events_discard(s);
    free(s->stmts);
    free(s->has_meta);
    free(s->path);
    pthread_mutex_destroy(&s->lock);
    pthread_mutex_destroy(&s->dmu);
    pthread_cond_destroy(&s->dcond);
    pthread_cond_destroy(&s->didle);
    free(s);
}

const ds_schema *ds_store_schema(const ds_store *s) { return s->schema; }

ds_status ds_transact(ds_store *s, ds_transact_fn fn, void *userdata, ds_error *err) {
    ds_error_clear(err);
    if (!s || !fn)
        return ds__error(err, DS_ERR_INVALID, "ds_transact: store and fn must not be NULL");
    ds__lock(s);
    ds_status rc = ds__begin(s, err);
    if (rc == DS_OK) {
        rc = fn(s, userdata, err);
        if (rc == DS_OK)
            rc = ds__commit(s, err);
        else
            ds__rollback(s);
    }
    ds__unlock(s);
    return rc;
}

ds_status ds_clear(ds_store *s, ds_error *err) {
    ds_error_clear(err);
    ds__lock(s);
    ds_status rc = ds__begin(s, err);
    if (rc == DS_OK) {
        for (size_t i = 0; rc == DS_OK && i < ds_schema_model_count(s->schema); i++) {
            ds__buf sql;
            ds__buf_init(&sql, 0);
            ds__buf_puts(&sql, "DELETE FROM ");
            ds__table_name(&sql, ds_schema_model_at(s->schema, i));
            rc = sql.failed ? ds__error(err, DS_ERR_NOMEM, "out of memory") : exec(s, sql.data, err);
            ds__buf_free(&sql);
        }
        if (rc == DS_OK)
            rc = exec(s, "DELETE FROM ds_meta; DELETE FROM ds_outbox; DELETE FROM ds_sync_state", err);
        if (rc == DS_OK)
            rc = ds__commit(s, err);
        else
            ds__rollback(s);
    }
    ds__unlock(s);
    return rc;
}

ds_status ds_outbox_count(ds_store *s, size_t *out, ds_error *err) {
    ds_error_clear(err);
    ds__lock(s);
    sqlite3_stmt *st = NULL;
    ds_status rc = DS_OK;
    if (sqlite3_prepare_v2(s->db, "SELECT count(*) FROM ds_outbox", -1, &st, NULL) != SQLITE_OK ||
        sqlite3_step(st) != SQLITE_ROW)
        rc = ds__sqlite_error(s, err, "counting the outbox");
    else
        *out = (size_t)sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    ds__unlock(s);
    return rc;
}
