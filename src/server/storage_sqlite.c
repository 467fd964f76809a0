/*
 * The SQLite storage backend: the embedded default of `datastore serve`.
 *
 * Tables:
 *   srv_setting(key, value)                 schema version, token key
 *   "srv_m_<model>"("$pk", "$doc", "$ttl", "f_<field>"...)
 *       one row per item (tombstones included); "$doc" is the item's JSON;
 *       every field used by the primary key or an index is also a VIRTUAL
 *       generated column over the document, indexed, so key conditions are
 *       index lookups
 *   srv_delta(seq, model, at, doc, ttl)     the delta log, oldest first
 *
 * SQLite folds the case of names, GraphQL does not: models `Note` and
 * `note` are two tables, and a model `Setting` is not srv_setting. So
 * model and field names are written with each capital as '^' and its
 * lower case ("srv_m_^blog^post"), which no GraphQL name can produce
 * otherwise; the prefixes keep them clear of our own tables and of
 * SQLite's `rowid`.
 *
 * Rows keep their rowid for life (updates are UPDATEs), so a base scan in
 * rowid order pages stably while writers work.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "server/json_read.h"
#include "server/json_write.h"
#include "server/storage.h"
#include "util/buf.h"
#include "util/err.h"

typedef struct model_stmts {
    sqlite3_stmt *get, *insert, *update, *remove;
} model_stmts;

typedef struct sqlite_storage {
    ds__storage base;
    sqlite3 *db;
    char *path;
    model_stmts *stmts;
    sqlite3_stmt *delta_insert, *delta_since;
} sqlite_storage;

static ds_status db_error(sqlite_storage *s, ds_error *err, const char *what) {
    int code = sqlite3_errcode(s->db);
    ds_status st = code == SQLITE_NOMEM ? DS_ERR_NOMEM
                   : (code == SQLITE_FULL || code == SQLITE_IOERR || code == SQLITE_CANTOPEN || code == SQLITE_READONLY ||
                      code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
                       ? DS_ERR_IO
                       : DS_ERR_INTERNAL;
    return ds__error(err, st, "%s: %s (sqlite %d)", what, sqlite3_errmsg(s->db), code);
}

/* A GraphQL name, case kept through SQLite's case folding (see above). */
static void put_name(ds__buf *b, const char *name) {
    for (const char *p = name; *p; p++) {
        if (*p >= 'A' && *p <= 'Z') {
            ds__buf_putc(b, '^');
            ds__buf_putc(b, (char)(*p - 'A' + 'a'));
        } else {
            ds__buf_putc(b, *p); /* [_0-9a-z]: no quoting needed */
        }
    }
}

/* The column of a key or index field. */
static void quote(ds__buf *b, const char *field) {
    ds__buf_puts(b, "\"f_");
    put_name(b, field);
    ds__buf_putc(b, '"');
}

/* The table of a model, or (suffix) one of its indexes. */
static void table_named(ds__buf *b, const ds_model *m, const char *suffix) {
    ds__buf_puts(b, "\"srv_m_");
    put_name(b, m->name);
    ds__buf_puts(b, suffix);
    ds__buf_putc(b, '"');
}

static void table(ds__buf *b, const ds_model *m) { table_named(b, m, ""); }

static size_t model_index(const ds__storage *s, const ds_model *m) {
    for (size_t i = 0; i < ds_schema_model_count(s->schema); i++)
        if (ds_schema_model_at(s->schema, i) == m)
            return i;
    return 0;
}

static ds_status exec(sqlite_storage *s, const char *sql, ds_error *err) {
    if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK)
        return db_error(s, err, "storage");
    return DS_OK;
}

static ds_status prepare(sqlite_storage *s, ds__buf *sql, sqlite3_stmt **out, ds_error *err) {
    if (sql->failed) {
        ds__buf_free(sql);
        return ds__error(err, DS_ERR_NOMEM, "out of memory");
    }
    int rc = sqlite3_prepare_v3(s->db, sql->data, (int)sql->len, SQLITE_PREPARE_PERSISTENT, out, NULL);
    ds__buf_free(sql);
    return rc == SQLITE_OK ? DS_OK : db_error(s, err, "preparing a storage statement");
}

/* Whether a field is a key or index field (and so gets a column). */
static bool keyed(const ds_model *m, const char *name) {
    for (size_t i = 0; i < m->key_count; i++)
        if (!strcmp(m->key_fields[i]->name, name))
            return true;
    for (size_t i = 0; i < m->index_count; i++)
        for (size_t k = 0; k < m->indexes[i].field_count; k++)
            if (!strcmp(m->indexes[i].fields[k], name))
                return true;
    return false;
}

static ds_status create_tables(sqlite_storage *s, ds_error *err) {
    ds__buf sql;
    ds__buf_init(&sql, 0);
    ds__buf_puts(&sql, "CREATE TABLE IF NOT EXISTS srv_setting(key TEXT PRIMARY KEY, value TEXT);\n"
                       "CREATE TABLE IF NOT EXISTS srv_delta(seq INTEGER PRIMARY KEY, model TEXT NOT NULL,\n"
                       "  at INTEGER NOT NULL, doc TEXT NOT NULL, ttl INTEGER NOT NULL);\n"
                       "CREATE INDEX IF NOT EXISTS srv_delta_model ON srv_delta(model, at, seq);\n"
                       "CREATE INDEX IF NOT EXISTS srv_delta_ttl ON srv_delta(ttl);\n");
    for (size_t i = 0; i < ds_schema_model_count(s->base.schema); i++) {
        const ds_model *m = ds_schema_model_at(s->base.schema, i);
        ds__buf_puts(&sql, "CREATE TABLE IF NOT EXISTS ");
        table(&sql, m);
        ds__buf_puts(&sql, "(\"$pk\" TEXT PRIMARY KEY NOT NULL, \"$doc\" TEXT NOT NULL, \"$ttl\" INTEGER");
        for (size_t k = 0; k < m->field_count; k++) {
            const ds_field *f = &m->fields[k];
            if (!keyed(m, f->name))
                continue;
            ds__buf_puts(&sql, ", ");
            quote(&sql, f->name);
            ds__buf_printf(&sql, " GENERATED ALWAYS AS (json_extract(\"$doc\", '$.%s')) VIRTUAL", f->name);
        }
        ds__buf_puts(&sql, ");\n");
        ds__buf_puts(&sql, "CREATE INDEX IF NOT EXISTS ");
        table_named(&sql, m, "$ttl");
        ds__buf_puts(&sql, " ON ");
        table(&sql, m);
        ds__buf_puts(&sql, "(\"$ttl\") WHERE \"$ttl\" IS NOT NULL;\n");
        for (size_t x = 0; x < m->index_count; x++) {
            char suffix[32];
            snprintf(suffix, sizeof suffix, "$i%zu", x);
            ds__buf_puts(&sql, "CREATE INDEX IF NOT EXISTS ");
            table_named(&sql, m, suffix);
            ds__buf_puts(&sql, " ON ");
            table(&sql, m);
            ds__buf_putc(&sql, '(');
            for (size_t k = 0; k < m->indexes[x].field_count; k++) {
                if (k)
                    ds__buf_puts(&sql, ", ");
                quote(&sql, m->indexes[x].fields[k]);
            }
            ds__buf_puts(&sql, ");\n");
        }
    }
    if (sql.failed) {
        ds__buf_free(&sql);
        return ds__error(err, DS_ERR_NOMEM, "out of memory");
    }
    ds_status rc = exec(s, sql.data, err);
    ds__buf_free(&sql);
    return rc;
}

static model_stmts *stmts(sqlite_storage *s, const ds_model *m, ds_error *err) {
    model_stmts *ms = &s->stmts[model_index(&s->base, m)];
    if (ms->get)
        return ms;
    ds__buf sql;
    const char *fmt[] = {"SELECT \"$doc\", rowid FROM %T WHERE \"$pk\" = ?1",
                         "INSERT INTO %T(\"$pk\", \"$doc\", \"$ttl\") VALUES(?1, ?2, ?3)",
                         "UPDATE %T SET \"$doc\" = ?2, \"$ttl\" = ?3 WHERE \"$pk\" = ?1",
                         "DELETE FROM %T WHERE \"$pk\" = ?1"};
    sqlite3_stmt **out[] = {&ms->get, &ms->insert, &ms->update, &ms->remove};
    for (int i = 0; i < 4; i++) {
        ds__buf_init(&sql, 0);
        const char *t = strstr(fmt[i], "%T");
        ds__buf_append(&sql, fmt[i], (size_t)(t - fmt[i]));
        table(&sql, m);
        ds__buf_puts(&sql, t + 2);
        if (prepare(s, &sql, out[i], err) != DS_OK)
            return NULL;
    }
    return ms;
}

static void bind_json(sqlite3_stmt *st, int idx, json_t *v) {
    if (json_is_string(v))
        sqlite3_bind_text(st, idx, json_string_value(v), (int)json_string_length(v), SQLITE_TRANSIENT);
    else if (json_is_integer(v))
        sqlite3_bind_int64(st, idx, json_integer_value(v));
    else if (json_is_real(v))
        sqlite3_bind_double(st, idx, json_real_value(v));
    else if (json_is_boolean(v))
        sqlite3_bind_int(st, idx, json_is_true(v));
    else
        sqlite3_bind_null(st, idx);
}

static ds_status load_doc(sqlite3_stmt *st, int col, json_t **out, ds_error *err) {
    json_error_t je;
    const char *text = (const char *)sqlite3_column_text(st, col);
    size_t len = (size_t)sqlite3_column_bytes(st, col);
    /* Our reader first (a sync page reads a thousand of these); jansson
     * decides whatever it leaves. */
    *out = text ? ds__json_read(text, len) : NULL;
    if (!*out && text)
        *out = json_loadb(text, len, 0, &je);
    if (!*out)
        return ds__error(err, DS_ERR_INTERNAL, "a stored item is not JSON: %s", text ? je.text : "(null)");
    return DS_OK;
}

/* ---- operations ---------------------------------------------------------- */

static void op_close(ds__storage *base) {
    sqlite_storage *s = (sqlite_storage *)base;
    for (size_t i = 0; s->stmts && i < ds_schema_model_count(base->schema); i++) {
        sqlite3_finalize(s->stmts[i].get);
        sqlite3_finalize(s->stmts[i].insert);
        sqlite3_finalize(s->stmts[i].update);
        sqlite3_finalize(s->stmts[i].remove);
    }
    sqlite3_finalize(s->delta_insert);
    sqlite3_finalize(s->delta_since);
    sqlite3_close(s->db);
    free(s->stmts);
    free(s->path);
    free(s);
}

static ds_status op_begin(ds__storage *base, ds_error *err) { return exec((sqlite_storage *)base, "BEGIN IMMEDIATE", err); }

static ds_status op_commit(ds__storage *base, ds_error *err) {
    sqlite_storage *s = (sqlite_storage *)base;
    ds_status rc = exec(s, "COMMIT", err);
    if (rc != DS_OK)
        exec(s, "ROLLBACK", NULL);
    return rc;
}

static void op_rollback(ds__storage *base) { exec((sqlite_storage *)base, "ROLLBACK", NULL); }

static ds_status op_get(ds__storage *base, const ds_model *m, const char *pk, json_t **out, ds_error *err) {
    sqlite_storage *s = (sqlite_storage *)base;
    *out = NULL;
    model_stmts *ms = stmts(s, m, err);
    if (!ms)
        return err ? err->code : DS_ERR_INTERNAL;
    sqlite3_bind_text(ms->get, 1, pk, -1, SQLITE_STATIC);
    int rc = sqlite3_step(ms->get);
    ds_status st = DS_OK;
    if (rc == SQLITE_ROW)
        st = load_doc(ms->get, 0, out, err);
    else if (rc != SQLITE_DONE)
        st = db_error(s, err, "reading an item");
    sqlite3_reset(ms->get);
    sqlite3_clear_bindings(ms->get);
    return st;
}

static ds_status op_put(ds__storage *base, const ds_model *m, const char *pk, json_t *item, ds_error *err) {
    sqlite_storage *s = (sqlite_storage *)base;
    model_stmts *ms = stmts(s, m, err);
    if (!ms)
        return err ? err->code : DS_ERR_INTERNAL;
    size_t len = 0;
    char *doc = ds__json_write(item, &len); /* json_dumps' compact text */
    if (!doc)
        return ds__error(err, DS_ERR_NOMEM, "out of memory");
    json_t *ttl = json_object_get(item, "_ttl");
    ds_status st = DS_OK;
    for (int attempt = 0; attempt < 2; attempt++) {
        sqlite3_stmt *w = attempt == 0 ? ms->update : ms->insert;
        sqlite3_bind_text(w, 1, pk, -1, SQLITE_STATIC);
        sqlite3_bind_text(w, 2, doc, (int)len, SQLITE_STATIC);
        if (json_is_integer(ttl))
            sqlite3_bind_int64(w, 3, json_integer_value(ttl));
        else
            sqlite3_bind_null(w, 3);
        int rc = sqlite3_step(w);
        sqlite3_reset(w);
        sqlite3_clear_bindings(w);
        if (rc != SQLITE_DONE) {
            st = db_error(s, err, "writing an item");
            break;
        }
        if (attempt == 0 && sqlite3_changes(s->db) > 0)
            break; /* updated in place: the row keeps its place in scans */
    }
    free(doc);
    return st;
}

static ds_status op_remove(ds__storage *base, const ds_model *m, const char *pk, ds_error *err) {
    sqlite_storage *s = (sqlite_storage *)base;
    model_stmts *ms = stmts(s, m, err);
    if (!ms)
        return err ? err->code : DS_ERR_INTERNAL;
    sqlite3_bind_text(ms->remove, 1, pk, -1, SQLITE_STATIC);
    int rc = sqlite3_step(ms->remove);
    sqlite3_reset(ms->remove);
    sqlite3_clear_bindings(ms->remove);
    return rc == SQLITE_DONE ? DS_OK : db_error(s, err, "removing an item");
}

static bool list_push(ds__stored_list *l, json_t *item, int64_t cursor) {
    if (l->count == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        ds__stored *p = realloc(l->items, cap * sizeof *p);
        if (!p)
            return false;
        l->items = p;
        l->cap = cap;
    }
    l->items[l->count++] = (ds__stored){item, cursor};
    return true;
}

void ds__stored_list_free(ds__stored_list *l) {
    for (size_t i = 0; i < l->count; i++)
        json_decref(l->items[i].item);
    free(l->items);
    memset(l, 0, sizeof *l);
}

/* Reads rows (doc, cursor) until limit, then one more to learn `more`. */
static ds_status collect(sqlite_storage *s, sqlite3_stmt *st, size_t limit, ds__stored_list *out, ds_error *err) {
    int rc;
    ds_status status = DS_OK;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (out->count == limit) {
            out->more = true;
            break;
        }
        json_t *item = NULL;
        if ((status = load_doc(st, 0, &item, err)) != DS_OK)
            break;
        if (!list_push(out, item, sqlite3_column_int64(st, 1))) {
            json_decref(item);
            status = ds__error(err, DS_ERR_NOMEM, "out of memory");
            break;
        }
    }
    if (status == DS_OK && rc != SQLITE_ROW && rc != SQLITE_DONE)
        status = db_error(s, err, "reading items");
    if (status != DS_OK)
        ds__stored_list_free(out);
    return status;
}

/* The fields a key condition works on: the partition field, then the sort
 * fields (of the index, or of the primary key). */
static size_t key_fields(const ds_model *m, const ds__key_cond *k, const char **out, size_t max) {
    size_t n = 0;
    if (k->index)
        for (size_t i = 0; i < k->index->field_count && n < max; i++)
            out[n++] = k->index->fields[i];
    else
        for (size_t i = 0; i < m->key_count && n < max; i++)
            out[n++] = m->key_fields[i]->name;
    return n;
}

static ds_status op_scan(ds__storage *base, const ds_model *m, const ds__key_cond *k, int64_t after, size_t limit,
                         ds__stored_list *out, ds_error *err) {
    sqlite_storage *s = (sqlite_storage *)base;
    memset(out, 0, sizeof *out);
    ds__buf sql;
    ds__buf_init(&sql, 0);
    ds__buf_puts(&sql, "SELECT \"$doc\", rowid FROM ");
    table(&sql, m);
    json_t *binds[64];
    size_t nb = 0;
    if (!k) {
        ds__buf_printf(&sql, " WHERE rowid > %lld ORDER BY rowid LIMIT %zu", (long long)after, limit + 1);
    } else {
        /* Index order; the cursor counts the rows already returned. */
        const char *fields[16] = {NULL};
        size_t nf = key_fields(m, k, fields, 16);
        if (nf == 0) {
            ds__buf_free(&sql);
            return ds__error(err, DS_ERR_INVALID, "%s: no key to query by", m->name);
        }
        ds__buf_puts(&sql, " WHERE ");
        quote(&sql, fields[0]);
        ds__buf_puts(&sql, " = ?");
        binds[nb++] = k->partition;
        if (k->sort_op && nf > 1) {
            /* Sort conditions name one or more sort fields (a composite key
             * gives an object); compared as a row value in key order. */
            json_t *vals[2] = {k->sort_value, NULL};
            bool between = !strcmp(k->sort_op, "between");
            if (between) {
                vals[0] = json_array_get(k->sort_value, 0);
                vals[1] = json_array_get(k->sort_value, 1);
            }
            const char *sf[16];
            size_t ns = 0;
            if (json_is_object(vals[0])) {
                for (size_t i = 1; i < nf && ns < 15; i++)
                    if (json_object_get(vals[0], fields[i]))
                        sf[ns++] = fields[i];
            } else {
                sf[ns++] = fields[1];
            }
            for (int side = 0; side < (between ? 2 : 1) && ns; side++) {
                const char *op = !strcmp(k->sort_op, "eq")   ? "="
                                 : !strcmp(k->sort_op, "le") ? "<="
                                 : !strcmp(k->sort_op, "lt") ? "<"
                                 : !strcmp(k->sort_op, "ge") ? ">="
                                 : !strcmp(k->sort_op, "gt") ? ">"
                                 : between                   ? (side == 0 ? ">=" : "<=")
                                                             : "=";
                bool begins = !strcmp(k->sort_op, "beginsWith");
                ds__buf_puts(&sql, " AND (");
                for (size_t i = 0; i < ns; i++) {
                    if (i)
                        ds__buf_puts(&sql, ", ");
                    quote(&sql, sf[i]);
                }
                if (begins && ns == 1 && !json_is_object(vals[0])) {
                    ds__buf_puts(&sql, ") >= ? AND substr(");
                    quote(&sql, sf[0]);
                    ds__buf_puts(&sql, ", 1, length(?)) = ?");
                    binds[nb++] = vals[0];
                    binds[nb++] = vals[0];
                    binds[nb++] = vals[0];
                    continue;
                }
                ds__buf_printf(&sql, ") %s (", begins ? "=" : op);
                for (size_t i = 0; i < ns; i++) {
                    ds__buf_puts(&sql, i ? ", ?" : "?");
                    json_t *v = json_is_object(vals[side]) ? json_object_get(vals[side], sf[i]) : vals[side];
                    if (nb < 64)
                        binds[nb++] = v;
                }
                ds__buf_putc(&sql, ')');
            }
        }
        ds__buf_puts(&sql, " ORDER BY ");
        for (size_t i = 1; i < nf; i++) {
            quote(&sql, fields[i]);
            ds__buf_puts(&sql, k->descending ? " DESC, " : " ASC, ");
        }
        ds__buf_printf(&sql, "rowid LIMIT %zu OFFSET %lld", limit + 1, (long long)after);
    }
    if (sql.failed) {
        ds__buf_free(&sql);
        return ds__error(err, DS_ERR_NOMEM, "out of memory");
    }
    sqlite3_stmt *st = NULL;
    int prc = sqlite3_prepare_v2(s->db, sql.data, (int)sql.len, &st, NULL);
    ds__buf_free(&sql);
    if (prc != SQLITE_OK)
        return db_error(s, err, "preparing a scan");
    for (size_t i = 0; i < nb; i++)
        bind_json(st, (int)i + 1, binds[i]);
    ds_status rc = collect(s, st, limit, out, err);
    sqlite3_finalize(st);
    if (rc == DS_OK && k)
        for (size_t i = 0; i < out->count; i++)
            out->items[i].cursor = after + (int64_t)i + 1; /* offsets, for index order */
    return rc;
}

static ds_status op_delta_append(ds__storage *base, const ds_model *m, int64_t at_ms, json_t *item, int64_t ttl_s,
                                 ds_error *err) {
    sqlite_storage *s = (sqlite_storage *)base;
    if (!s->delta_insert) {
        ds__buf sql;
        ds__buf_init(&sql, 0);
        ds__buf_puts(&sql, "INSERT INTO srv_delta(model, at, doc, ttl) VALUES(?, ?, ?, ?)");
        ds_status rc = prepare(s, &sql, &s->delta_insert, err);
        if (rc != DS_OK)
            return rc;
    }
    size_t len = 0;
    char *doc = ds__json_write(item, &len);
    if (!doc)
        return ds__error(err, DS_ERR_NOMEM, "out of memory");
    sqlite3_stmt *st = s->delta_insert;
    sqlite3_bind_text(st, 1, m->name, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, at_ms);
    sqlite3_bind_text(st, 3, doc, (int)len, free);
    sqlite3_bind_int64(st, 4, ttl_s);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return rc == SQLITE_DONE ? DS_OK : db_error(s, err, "writing the delta log");
}

static ds_status op_delta_since(ds__storage *base, const ds_model *m, int64_t since_ms, int64_t after, size_t limit,
                                ds__stored_list *out, ds_error *err) {
    sqlite_storage *s = (sqlite_storage *)base;
    memset(out, 0, sizeof *out);
    if (!s->delta_since) {
        ds__buf sql;
        ds__buf_init(&sql, 0);
        ds__buf_puts(&sql, "SELECT doc, seq FROM srv_delta WHERE model = ? AND at > ? AND seq > ? ORDER BY seq LIMIT ?");
        ds_status rc = prepare(s, &sql, &s->delta_since, err);
        if (rc != DS_OK)
            return rc;
    }
    sqlite3_stmt *st = s->delta_since;
    sqlite3_bind_text(st, 1, m->name, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, since_ms);
    sqlite3_bind_int64(st, 3, after);
    sqlite3_bind_int64(st, 4, (sqlite3_int64)limit + 1);
    ds_status rc = collect(s, st, limit, out, err);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return rc;
}

static ds_status op_purge(ds__storage *base, int64_t now_s, ds_error *err) {
    sqlite_storage *s = (sqlite_storage *)base;
    ds__buf sql;
    ds__buf_init(&sql, 0);
    ds__buf_printf(&sql, "DELETE FROM srv_delta WHERE ttl < %lld;", (long long)now_s);
    for (size_t i = 0; i < ds_schema_model_count(base->schema); i++) {
        ds__buf_puts(&sql, "DELETE FROM ");
        table(&sql, ds_schema_model_at(base->schema, i));
        ds__buf_printf(&sql, " WHERE \"$ttl\" IS NOT NULL AND \"$ttl\" < %lld;", (long long)now_s);
    }
    if (sql.failed) {
        ds__buf_free(&sql);
        return ds__error(err, DS_ERR_NOMEM, "out of memory");
    }
    ds_status rc = exec(s, sql.data, err);
    ds__buf_free(&sql);
    return rc;
}

static ds_status op_get_setting(ds__storage *base, const char *key, char **out, ds_error *err) {
    sqlite_storage *s = (sqlite_storage *)base;
    *out = NULL;
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, "SELECT value FROM srv_setting WHERE key = ?", -1, &st, NULL) != SQLITE_OK)
        return db_error(s, err, "reading a setting");
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
        *out = strdup((const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    return DS_OK;
}

static ds_status op_set_setting(ds__storage *base, const char *key, const char *value, ds_error *err) {
    sqlite_storage *s = (sqlite_storage *)base;
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, "INSERT INTO srv_setting(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET "
                                  "value = excluded.value",
                           -1, &st, NULL) != SQLITE_OK)
        return db_error(s, err, "writing a setting");
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, value, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? DS_OK : db_error(s, err, "writing a setting");
}

static const ds__storage_ops SQLITE_OPS = {
    "sqlite",    op_close,           op_begin, op_commit, op_rollback,   op_get,          op_put,         op_remove,
    op_scan,     op_delta_append,    op_delta_since,     op_purge,       op_get_setting,  op_set_setting,
};

ds_status ds__storage_sqlite_open(ds__storage **out, const char *path, const ds_schema *schema, ds_error *err) {
    *out = NULL;
    sqlite_storage *s = calloc(1, sizeof *s);
    if (!s)
        return ds__error(err, DS_ERR_NOMEM, "out of memory");
    s->base.ops = &SQLITE_OPS;
    s->base.schema = schema;
    s->path = strdup(path);
    s->stmts = calloc(ds_schema_model_count(schema) + 1, sizeof *s->stmts);
    ds_status rc = DS_OK;
    if (!s->path || !s->stmts) {
        rc = ds__error(err, DS_ERR_NOMEM, "out of memory");
        goto fail;
    }
    if (sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL) !=
        SQLITE_OK) {
        rc = ds__error(err, DS_ERR_IO, "cannot open database %s: %s", path, s->db ? sqlite3_errmsg(s->db) : "no memory");
        goto fail;
    }
    sqlite3_busy_timeout(s->db, 10000);
    /* WAL, synced at checkpoints (a power cut may lose the last moments of
     * writes, never the database). Checkpoints every 10,000 pages rather
     * than SQLite's 1,000: each copies the pages written since the last
     * and syncs, on the request path, and a mutation dirties the same few
     * pages (table and index tails) as the one before it. */
    if ((rc = exec(s, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 10000",
                   err)) != DS_OK ||
        (rc = create_tables(s, err)) != DS_OK)
        goto fail;
    /* A database made for another schema would serve wrong data. */
    char *stored = NULL;
    if ((rc = op_get_setting(&s->base, "schema_version", &stored, err)) != DS_OK)
        goto fail;
    if (stored && strcmp(stored, ds_schema_version(schema)) != 0) {
        rc = ds__error(err, DS_ERR_SCHEMA,
                       "database %s holds data of schema version %s, but the schema given is version %s; "
                       "use another database file (or delete this one) to serve this schema",
                       path, stored, ds_schema_version(schema));
        free(stored);
        goto fail;
    }
    free(stored);
    if ((rc = op_set_setting(&s->base, "schema_version", ds_schema_version(schema), err)) != DS_OK)
        goto fail;
    *out = &s->base;
    return DS_OK;
fail:
    op_close(&s->base);
    return rc;
}

ds_status ds__storage_open(ds__storage **out, const char *url, const ds_schema *schema, ds_error *err) {
    if (!strncmp(url, "sqlite:", 7))
        return ds__storage_sqlite_open(out, url + 7, schema, err);
    if (!strncmp(url, "postgres:", 9) || !strncmp(url, "postgresql:", 11))
        return ds__error(err, DS_ERR_UNSUPPORTED, "%s: the PostgreSQL backend is not built yet; use sqlite:PATH", url);
    if (strchr(url, ':') && !strchr(url, '/'))
        return ds__error(err, DS_ERR_INVALID, "%s: unknown database URL; expected sqlite:PATH", url);
    return ds__storage_sqlite_open(out, url, schema, err);
}
