/*
 * Records to rows and back, and each model's prepared statements.
 *
 * A row is read with its sync metadata in one statement: the model table
 * left-joined with the model's slice of ds_meta, whose columns are renamed
 * with a '$' so that no field name can collide with them:
 *   SELECT t."$pk", t."f1", ..., m."$version", m."$last_changed_at", m."$deleted"
 *   FROM "m_Post" AS t LEFT JOIN (SELECT pk AS "$mpk", version AS "$version", ...
 *        FROM ds_meta WHERE model = 'Post') AS m ON m."$mpk" = t."$pk"
 */
#include <stdlib.h>
#include <string.h>

#include "store/internal.h"

static void columns(ds__buf *b, const ds_model *m, bool with_meta) {
    ds__buf_puts(b, "t.\"$pk\"");
    for (size_t k = 0; k < m->field_count; k++) {
        if (!ds__has_column(&m->fields[k]))
            continue;
        ds__buf_puts(b, ", t.");
        ds__quote_ident(b, m->fields[k].name);
    }
    ds__buf_puts(b, with_meta ? ", m.\"$version\", m.\"$last_changed_at\", m.\"$deleted\"" : ", NULL, NULL, NULL");
}

void ds__select_columns(ds__buf *b, const ds_model *m) { columns(b, m, true); }

bool ds__wants_meta(const ds_store *s, const ds_model *m) {
    size_t i = ds__model_index(s, m);
    return i == (size_t)-1 || s->has_meta[i];
}

void ds__meta_written(ds_store *s, const ds_model *m) {
    size_t i = ds__model_index(s, m);
    if (i != (size_t)-1)
        s->has_meta[i] = true;
}

/* Model names are GraphQL names, so they can be written as literals. */
void ds__select_from(ds__buf *b, const ds_model *m, bool with_meta) {
    ds__buf_puts(b, "SELECT ");
    columns(b, m, with_meta);
    ds__buf_puts(b, " FROM ");
    ds__table_name(b, m);
    ds__buf_puts(b, " AS t");
    if (with_meta)
        ds__buf_printf(b, " LEFT JOIN (SELECT pk AS \"$mpk\", version AS \"$version\", last_changed_at AS "
                          "\"$last_changed_at\", deleted AS \"$deleted\" FROM ds_meta WHERE model = '%s') AS m "
                          "ON m.\"$mpk\" = t.\"$pk\"",
                       m->name);
}

static ds_status prepare(ds_store *s, ds__buf *sql, sqlite3_stmt **out, ds_error *err) {
    if (sql->failed) {
        ds__buf_free(sql);
        return ds__error(err, DS_ERR_NOMEM, "out of memory preparing a statement");
    }
    int rc = sqlite3_prepare_v3(s->db, sql->data, (int)sql->len, SQLITE_PREPARE_PERSISTENT, out, NULL);
    ds__buf_free(sql);
    return rc == SQLITE_OK ? DS_OK : ds__sqlite_error(s, err, "preparing a statement");
}

ds__model_stmts *ds__stmts(ds_store *s, const ds_model *m, ds_error *err) {
    size_t i = ds__model_index(s, m);
    if (i == (size_t)-1) {
        ds__error(err, DS_ERR_INVALID, "%s is not a model of this store's schema", m->name);
        return NULL;
    }
    ds__model_stmts *ms = &s->stmts[i];
    if (ms->select_pk)
        return ms;
    ds__buf sql;
    ds__buf_init(&sql, 0);
    ds__select_from(&sql, m, true);
    ds__buf_puts(&sql, " WHERE t.\"$pk\" = ?");
    if (prepare(s, &sql, &ms->select_pk, err) != DS_OK)
        return NULL;
    ds__buf_init(&sql, 0);
    ds__select_from(&sql, m, false);
    ds__buf_puts(&sql, " WHERE t.\"$pk\" = ?");
    if (prepare(s, &sql, &ms->select_pk_plain, err) != DS_OK)
        return NULL;

    ds__buf_init(&sql, 0);
    ds__buf_puts(&sql, "INSERT INTO ");
    ds__table_name(&sql, m);
    ds__buf_puts(&sql, "(\"$pk\"");
    size_t ncols = 0;
    for (size_t k = 0; k < m->field_count; k++) {
        if (!ds__has_column(&m->fields[k]))
            continue;
        ds__buf_puts(&sql, ", ");
        ds__quote_ident(&sql, m->fields[k].name);
        ncols++;
    }
    ds__buf_puts(&sql, ") VALUES(?");
    for (size_t k = 0; k < ncols; k++)
        ds__buf_puts(&sql, ", ?");
    ds__buf_putc(&sql, ')');
    if (prepare(s, &sql, &ms->insert, err) != DS_OK)
        return NULL;

    ds__buf_init(&sql, 0);
    ds__buf_puts(&sql, "UPDATE ");
    ds__table_name(&sql, m);
    ds__buf_puts(&sql, " SET ");
    size_t n = 0;
    for (size_t k = 0; k < m->field_count; k++) {
        if (!ds__has_column(&m->fields[k]))
            continue;
        if (n++)
            ds__buf_puts(&sql, ", ");
        ds__quote_ident(&sql, m->fields[k].name);
        ds__buf_puts(&sql, " = ?");
    }
    if (n == 0)
        ds__buf_puts(&sql, "\"$pk\" = \"$pk\"");
    ds__buf_printf(&sql, " WHERE \"$pk\" = ?%zu", n + 1);
    if (prepare(s, &sql, &ms->update, err) != DS_OK)
        return NULL;

    ds__buf_init(&sql, 0);
    ds__buf_puts(&sql, "DELETE FROM ");
    ds__table_name(&sql, m);
    ds__buf_puts(&sql, " WHERE \"$pk\" = ?");
    if (prepare(s, &sql, &ms->delete_pk, err) != DS_OK)
        return NULL;
    return ms;
}

ds_status ds__bind_value(sqlite3_stmt *st, int idx, const ds_value *v) {
    int rc;
    switch (v->type) {
    case DS_VALUE_NULL:
        rc = sqlite3_bind_null(st, idx);
        break;
    case DS_VALUE_BOOL:
        rc = sqlite3_bind_int(st, idx, v->u.b ? 1 : 0);
        break;
    case DS_VALUE_INT:
        rc = sqlite3_bind_int64(st, idx, v->u.i);
        break;
    case DS_VALUE_FLOAT:
        rc = sqlite3_bind_double(st, idx, v->u.f);
        break;
    default:
        rc = sqlite3_bind_text(st, idx, v->u.s.ptr ? v->u.s.ptr : "", (int)v->u.s.len, SQLITE_TRANSIENT);
        break;
    }
    return rc == SQLITE_OK ? DS_OK : DS_ERR_NOMEM;
}

ds_status ds__bind_record(sqlite3_stmt *st, int first, const ds_record *r, ds_error *err) {
    const ds_model *m = ds_record_model(r);
    int idx = first;
    for (size_t k = 0; k < m->field_count; k++) {
        const ds_field *f = &m->fields[k];
        if (!ds__has_column(f))
            continue;
        ds_value v = ds__record_value(r, f);
        /* A Float field given an integer is stored as REAL all the same. */
        if (v.type == DS_VALUE_INT && f->kind == DS_KIND_SCALAR && f->scalar == DS_SCALAR_FLOAT && !f->is_list)
            v = ds_float((double)v.u.i);
        if (ds__bind_value(st, idx++, &v) != DS_OK)
            return ds__error(err, DS_ERR_NOMEM, "out of memory binding %s.%s", m->name, f->name);
    }
    return DS_OK;
}

ds_status ds__row_to_record(ds_store *s, sqlite3_stmt *st, const ds_model *m, ds_record **out, ds_error *err) {
    ds_value small[32];
    ds_value *vals = m->field_count <= 32 ? small : malloc(m->field_count * sizeof *vals);
    if (!vals)
        return ds__error(err, DS_ERR_NOMEM, "out of memory");
    int col = 1;
    for (size_t k = 0; k < m->field_count; k++) {
        const ds_field *f = &m->fields[k];
        ds_value v = ds_null();
        if (!ds__has_column(f)) {
            vals[k] = v;
            continue;
        }
        int type = sqlite3_column_type(st, col);
        if (type != SQLITE_NULL) {
            if (f->is_list || f->kind == DS_KIND_NONMODEL) {
                v.type = DS_VALUE_JSON;
                v.u.s.ptr = (const char *)sqlite3_column_text(st, col);
                v.u.s.len = (size_t)sqlite3_column_bytes(st, col);
            } else if (f->kind == DS_KIND_SCALAR && f->scalar == DS_SCALAR_BOOLEAN) {
                v = ds_bool(sqlite3_column_int64(st, col) != 0);
            } else if (f->kind == DS_KIND_SCALAR && (f->scalar == DS_SCALAR_INT || f->scalar == DS_SCALAR_AWSTIMESTAMP)) {
                v = ds_int(sqlite3_column_int64(st, col));
            } else if (f->kind == DS_KIND_SCALAR && f->scalar == DS_SCALAR_FLOAT) {
                v = ds_float(sqlite3_column_double(st, col));
            } else {
                v.type = DS_VALUE_STRING;
                v.u.s.ptr = (const char *)sqlite3_column_text(st, col);
                v.u.s.len = (size_t)sqlite3_column_bytes(st, col);
            }
        }
        vals[k] = v;
        col++;
    }
    ds__meta meta;
    memset(&meta, 0, sizeof meta);
    if (sqlite3_column_type(st, col) != SQLITE_NULL) {
        meta.has_version = true;
        meta.version = sqlite3_column_int64(st, col);
    }
    if (sqlite3_column_type(st, col + 1) != SQLITE_NULL) {
        meta.has_last_changed = true;
        meta.last_changed_at = sqlite3_column_int64(st, col + 1);
    }
    if (sqlite3_column_type(st, col + 2) != SQLITE_NULL) {
        meta.has_deleted = true;
        meta.deleted = sqlite3_column_int64(st, col + 2) != 0;
    }
    ds_status rc = ds__record_from_row(out, s->schema, m, vals, &meta);
    if (vals != small)
        free(vals);
    if (rc != DS_OK)
        return ds__error(err, rc, "reading a %s row from the store%s", m->name,
                         rc == DS_ERR_INVALID ? ": it holds a value its field cannot" : "");
    return DS_OK;
}

ds_status ds__load(ds_store *s, const ds_model *m, const char *pk, ds_record **out, ds_error *err) {
    *out = NULL;
    ds__model_stmts *ms = ds__stmts(s, m, err);
    if (!ms)
        return err ? err->code : DS_ERR_INTERNAL;
    sqlite3_stmt *st = ds__wants_meta(s, m) ? ms->select_pk : ms->select_pk_plain;
    sqlite3_reset(st);
    sqlite3_bind_text(st, 1, pk, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    ds_status status = DS_OK;
    if (rc == SQLITE_ROW)
        status = ds__row_to_record(s, st, m, out, err);
    else if (rc != SQLITE_DONE)
        status = ds__sqlite_error(s, err, "reading a record");
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return status;
}
