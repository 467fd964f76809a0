/*
 * The store's tables, derived from the registry (layout in store.c). Every
 * statement is idempotent (IF NOT EXISTS) so opening an existing store of
 * the same schema version changes nothing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/internal.h"

void ds__quote_ident(ds__buf *b, const char *name) {
    ds__buf_putc(b, '"');
    for (const char *p = name; *p; p++) {
        if (*p == '"')
            ds__buf_putc(b, '"');
        ds__buf_putc(b, *p);
    }
    ds__buf_putc(b, '"');
}

void ds__table_name(ds__buf *b, const ds_model *m) {
    ds__buf_puts(b, "\"m_");
    for (const char *p = m->name; *p; p++) {
        if (*p == '"')
            ds__buf_putc(b, '"');
        ds__buf_putc(b, *p);
    }
    ds__buf_putc(b, '"');
}

bool ds__has_column(const ds_field *f) { return f->kind != DS_KIND_MODEL; }

static const char *column_type(const ds_field *f) {
    if (f->is_list || f->kind == DS_KIND_NONMODEL)
        return "TEXT"; /* JSON */
    if (f->kind == DS_KIND_ENUM)
        return "TEXT";
    switch (f->scalar) {
    case DS_SCALAR_INT:
    case DS_SCALAR_BOOLEAN:
    case DS_SCALAR_AWSTIMESTAMP:
        return "INTEGER";
    case DS_SCALAR_FLOAT:
        return "REAL";
    default:
        return "TEXT";
    }
}

static ds_status run(ds_store *s, ds__buf *sql, ds_error *err) {
    if (sql->failed)
        return ds__error(err, DS_ERR_NOMEM, "out of memory building the store's tables");
    if (sqlite3_exec(s->db, sql->data, NULL, NULL, NULL) != SQLITE_OK)
        return ds__sqlite_error(s, err, "creating the store's tables");
    return DS_OK;
}

static void index_stmt(ds__buf *sql, const ds_model *m, const char *suffix, const char *const *fields, size_t n) {
    ds__buf_puts(sql, "CREATE INDEX IF NOT EXISTS ");
    ds__buf b;
    ds__buf_init(&b, 0);
    ds__buf_printf(&b, "m_%s_%s", m->name, suffix);
    ds__quote_ident(sql, b.data ? b.data : "");
    ds__buf_free(&b);
    ds__buf_puts(sql, " ON ");
    ds__table_name(sql, m);
    ds__buf_putc(sql, '(');
    for (size_t i = 0; i < n; i++) {
        if (i)
            ds__buf_puts(sql, ", ");
        ds__quote_ident(sql, fields[i]);
    }
    ds__buf_puts(sql, ");\n");
}

ds_status ds__create_tables(ds_store *s, ds_error *err) {
    ds__buf sql;
    ds__buf_init(&sql, 0);
    ds__buf_puts(&sql,
                 "CREATE TABLE IF NOT EXISTS ds_setting(key TEXT PRIMARY KEY, value TEXT);\n"
                 "CREATE TABLE IF NOT EXISTS ds_meta(model TEXT NOT NULL, pk TEXT NOT NULL, version INTEGER,\n"
                 "  last_changed_at INTEGER, deleted INTEGER NOT NULL DEFAULT 0, PRIMARY KEY(model, pk));\n"
                 /* seq orders the queue. Plain rowid, not AUTOINCREMENT: a
                  * number is reused only after the tail entry is gone, which
                  * keeps FIFO order and saves a write per insert; id (a
                  * UUID) is not indexed, as nothing looks entries up by it. */
                 "CREATE TABLE IF NOT EXISTS ds_outbox(seq INTEGER PRIMARY KEY,\n"
                 "  id TEXT NOT NULL, model TEXT NOT NULL, pk TEXT NOT NULL,\n"
                 "  op TEXT NOT NULL CHECK(op IN ('create', 'update', 'delete')), data TEXT NOT NULL,\n"
                 "  condition TEXT, base_version INTEGER, in_flight INTEGER NOT NULL DEFAULT 0,\n"
                 "  created_at INTEGER NOT NULL);\n"
                 "CREATE INDEX IF NOT EXISTS ds_outbox_record ON ds_outbox(model, pk, seq);\n"
                 "CREATE TABLE IF NOT EXISTS ds_sync_state(model TEXT PRIMARY KEY, last_sync INTEGER,\n"
                 "  last_full_sync INTEGER, full_sync_interval_ms INTEGER, sync_predicate TEXT);\n");
    for (size_t i = 0; i < ds_schema_model_count(s->schema); i++) {
        const ds_model *m = ds_schema_model_at(s->schema, i);
        ds__buf_puts(&sql, "CREATE TABLE IF NOT EXISTS ");
        ds__table_name(&sql, m);
        ds__buf_puts(&sql, "(\"$pk\" TEXT PRIMARY KEY NOT NULL");
        for (size_t k = 0; k < m->field_count; k++) {
            const ds_field *f = &m->fields[k];
            if (!ds__has_column(f))
                continue;
            ds__buf_puts(&sql, ", ");
            ds__quote_ident(&sql, f->name);
            ds__buf_putc(&sql, ' ');
            ds__buf_puts(&sql, column_type(f));
        }
        ds__buf_puts(&sql, ");\n");
        for (size_t k = 0; k < m->index_count; k++) {
            char suffix[32];
            snprintf(suffix, sizeof suffix, "i%zu", k);
            index_stmt(&sql, m, suffix, m->indexes[k].fields, m->indexes[k].field_count);
        }
        /* Foreign keys held by this model: parents are looked up by them
         * (integrity checks) and children found through them (cascade). */
        for (size_t k = 0; k < m->field_count; k++) {
            const ds_association *a = &m->fields[k].association;
            if ((a->kind == DS_CONN_BELONGS_TO || a->kind == DS_CONN_HAS_ONE) && a->target_count > 0) {
                char suffix[32];
                snprintf(suffix, sizeof suffix, "fk%zu", k);
                index_stmt(&sql, m, suffix, a->target_names, a->target_count);
            }
        }
    }
    ds_status rc = run(s, &sql, err);
    ds__buf_free(&sql);
    return rc;
}

ds_status ds__drop_all(ds_store *s, ds_error *err) {
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
                           -1, &st, NULL) != SQLITE_OK)
        return ds__sqlite_error(s, err, "listing tables");
    ds__buf sql;
    ds__buf_init(&sql, 0);
    while (sqlite3_step(st) == SQLITE_ROW) {
        ds__buf_puts(&sql, "DROP TABLE IF EXISTS ");
        ds__quote_ident(&sql, (const char *)sqlite3_column_text(st, 0));
        ds__buf_puts(&sql, ";\n");
    }
    sqlite3_finalize(st);
    ds_status rc = DS_OK;
    if (sql.len)
        rc = run(s, &sql, err);
    ds__buf_free(&sql);
    return rc;
}
