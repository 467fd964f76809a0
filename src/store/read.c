/*
 * Reads: get by key, query with predicate/sort/paging, count, and the
 * records related through a relationship field (DATASTORE-SPEC §1.5, §9.2).
 * Ties in sorting, and unsorted results, come in insertion order (rowid).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "predicate/internal.h"
#include "store/internal.h"

struct ds_result {
    ds_record **items;
    size_t count, cap;
};

ds_result *ds__result_new(void) { return calloc(1, sizeof(ds_result)); }

bool ds__result_push(ds_result *res, ds_record *r) {
    if (res->count == res->cap) {
        size_t cap = res->cap ? res->cap * 2 : 16;
        ds_record **p = realloc(res->items, cap * sizeof *p);
        if (!p)
            return false;
        res->items = p;
        res->cap = cap;
    }
    res->items[res->count++] = r;
    return true;
}

size_t ds_result_count(const ds_result *res) { return res ? res->count : 0; }

const ds_record *ds_result_at(const ds_result *res, size_t i) { return res && i < res->count ? res->items[i] : NULL; }

void ds_result_free(ds_result *res) {
    if (!res)
        return;
    for (size_t i = 0; i < res->count; i++)
        ds_record_free(res->items[i]);
    free(res->items);
    free(res);
}

/* "rating desc, title" -> ORDER BY t."rating" DESC, t."title" ASC, t.rowid */
ds_status ds__order_by(const ds_model *m, const char *sort, ds__buf *sql, ds_error *err) {
    ds__buf_puts(sql, " ORDER BY ");
    const char *p = sort ? sort : "";
    while (*p) {
        while (isspace((unsigned char)*p) || *p == ',')
            p++;
        if (!*p)
            break;
        const char *start = p;
        while (*p && (isalnum((unsigned char)*p) || *p == '_'))
            p++;
        size_t n = (size_t)(p - start);
        char name[256];
        if (n == 0 || n >= sizeof name)
            return ds__error(err, DS_ERR_INVALID, "InvalidSort: cannot read a field name at \"%s\"", start);
        memcpy(name, start, n);
        name[n] = '\0';
        const ds_field *f = ds_model_field(m, name);
        if (!f || !ds__has_column(f))
            return ds__error(err, DS_ERR_INVALID, "InvalidSort: %s has no field \"%s\" to sort by", m->name, name);
        while (isspace((unsigned char)*p))
            p++;
        bool desc = false;
        if (!strncasecmp(p, "desc", 4) && !isalnum((unsigned char)p[4])) {
            desc = true;
            p += 4;
        } else if (!strncasecmp(p, "asc", 3) && !isalnum((unsigned char)p[3])) {
            p += 3;
        }
        while (isspace((unsigned char)*p))
            p++;
        if (*p && *p != ',')
            return ds__error(err, DS_ERR_INVALID, "InvalidSort: expected ',', 'asc' or 'desc' at \"%s\"", p);
        ds__buf_puts(sql, "t.");
        ds__quote_ident(sql, f->name);
        ds__buf_puts(sql, desc ? " DESC, " : " ASC, ");
    }
    ds__buf_puts(sql, "t.rowid ASC");
    return DS_OK;
}

static ds_status where_clause(const ds_model *m, const ds_predicate *where, ds__buf *sql, ds__binds *binds,
                              ds_error *err) {
    if (!where)
        return DS_OK;
    ds_status rc = ds_pred_check(where, m, err);
    if (rc != DS_OK)
        return rc;
    ds__buf_puts(sql, " WHERE ");
    return ds__pred_sql(where, m, sql, binds, err);
}

static ds_status bind_all(sqlite3_stmt *st, const ds__binds *binds) {
    for (size_t i = 0; i < binds->count; i++)
        if (ds__bind_value(st, (int)i + 1, &binds->items[i]) != DS_OK)
            return DS_ERR_NOMEM;
    return DS_OK;
}

ds_status ds__query_locked(ds_store *s, const ds_model *m, const ds_predicate *where, const ds_query_options *o,
                           ds_result **out, ds_error *err) {
    *out = NULL;
    if (o && o->version != DS_QUERY_OPTIONS_VERSION)
        return ds__error(err, DS_ERR_INVALID, "query options version %d is not %d (use DS_QUERY_OPTIONS_INIT)",
                         o->version, DS_QUERY_OPTIONS_VERSION);
    if (o && o->page && !o->limit)
        return ds__error(err, DS_ERR_INVALID, "InvalidPagination: a page needs a limit");
    ds__buf sql;
    ds__buf_init(&sql, 0);
    ds__binds binds;
    memset(&binds, 0, sizeof binds);
    ds__select_from(&sql, m, ds__wants_meta(s, m));
    ds_status rc = where_clause(m, where, &sql, &binds, err);
    if (rc == DS_OK)
        rc = ds__order_by(m, o ? o->sort : NULL, &sql, err);
    if (rc == DS_OK && o && o->limit) {
        /* Offsets past the end simply find nothing. */
        ds__buf_printf(&sql, " LIMIT %zu OFFSET %zu", o->limit,
                       o->page > (size_t)INT64_MAX / o->limit ? (size_t)INT64_MAX : o->page * o->limit);
    }
    if (rc == DS_OK && sql.failed)
        rc = ds__error(err, DS_ERR_NOMEM, "out of memory building a query");
    sqlite3_stmt *st = NULL;
    if (rc == DS_OK && sqlite3_prepare_v2(s->db, sql.data, (int)sql.len, &st, NULL) != SQLITE_OK)
        rc = ds__sqlite_error(s, err, "preparing a query");
    if (rc == DS_OK && bind_all(st, &binds) != DS_OK)
        rc = ds__error(err, DS_ERR_NOMEM, "out of memory binding a query");
    ds_result *res = NULL;
    if (rc == DS_OK && !(res = ds__result_new()))
        rc = ds__error(err, DS_ERR_NOMEM, "out of memory");
    int step = SQLITE_DONE;
    while (rc == DS_OK && (step = sqlite3_step(st)) == SQLITE_ROW) {
        ds_record *r = NULL;
        if ((rc = ds__row_to_record(s, st, m, &r, err)) == DS_OK && !ds__result_push(res, r)) {
            ds_record_free(r);
            rc = ds__error(err, DS_ERR_NOMEM, "out of memory");
        }
    }
    if (rc == DS_OK && step != SQLITE_DONE)
        rc = ds__sqlite_error(s, err, "running a query");
    sqlite3_finalize(st);
    ds__binds_free(&binds);
    ds__buf_free(&sql);
    if (rc != DS_OK) {
        ds_result_free(res);
        return rc;
    }
    *out = res;
    return DS_OK;
}

ds_status ds_query(ds_store *s, const char *model, const ds_predicate *where, const ds_query_options *opts,
                   ds_result **out, ds_error *err) {
    ds_error_clear(err);
    if (!s || !out)
        return ds__error(err, DS_ERR_INVALID, "ds_query: store and out must not be NULL");
    *out = NULL;
    const ds_model *m = ds__store_model(s, model, err);
    if (!m)
        return DS_ERR_INVALID;
    ds__lock(s);
    ds_status rc = ds__query_locked(s, m, where, opts, out, err);
    ds__unlock(s);
    return rc;
}

ds_status ds_count(ds_store *s, const char *model, const ds_predicate *where, size_t *out, ds_error *err) {
    ds_error_clear(err);
    if (!s || !out)
        return ds__error(err, DS_ERR_INVALID, "ds_count: store and out must not be NULL");
    const ds_model *m = ds__store_model(s, model, err);
    if (!m)
        return DS_ERR_INVALID;
    ds__buf sql;
    ds__buf_init(&sql, 0);
    ds__binds binds;
    memset(&binds, 0, sizeof binds);
    ds__buf_puts(&sql, "SELECT count(*) FROM ");
    ds__table_name(&sql, m);
    ds__buf_puts(&sql, " AS t");
    ds_status rc = where_clause(m, where, &sql, &binds, err);
    if (rc == DS_OK && sql.failed)
        rc = ds__error(err, DS_ERR_NOMEM, "out of memory building a query");
    ds__lock(s);
    sqlite3_stmt *st = NULL;
    if (rc == DS_OK && sqlite3_prepare_v2(s->db, sql.data, (int)sql.len, &st, NULL) != SQLITE_OK)
        rc = ds__sqlite_error(s, err, "preparing a count");
    if (rc == DS_OK && bind_all(st, &binds) != DS_OK)
        rc = ds__error(err, DS_ERR_NOMEM, "out of memory binding a query");
    if (rc == DS_OK) {
        if (sqlite3_step(st) == SQLITE_ROW)
            *out = (size_t)sqlite3_column_int64(st, 0);
        else
            rc = ds__sqlite_error(s, err, "counting");
    }
    sqlite3_finalize(st);
    ds__unlock(s);
    ds__binds_free(&binds);
    ds__buf_free(&sql);
    return rc;
}

ds_status ds_get(ds_store *s, const ds_record *key, ds_record **out, ds_error *err) {
    ds_error_clear(err);
    if (!s || !key || !out)
        return ds__error(err, DS_ERR_INVALID, "ds_get: store, key and out must not be NULL");
    *out = NULL;
    const ds_model *m = ds_record_model(key);
    if (!m->is_model || ds_schema_model(s->schema, m->name) != m)
        return ds__error(err, DS_ERR_INVALID, "InvalidModel: %s is not a model of this store's schema", m->name);
    char *pk = NULL;
    ds_status rc = ds_record_identifier(key, &pk, err);
    if (rc != DS_OK)
        return rc;
    ds__lock(s);
    rc = ds__load(s, m, pk, out, err);
    ds__unlock(s);
    if (rc == DS_OK && !*out)
        rc = ds__error(err, DS_ERR_NOTFOUND, "%s %s is not in the store", m->name, pk);
    ds_free(pk);
    return rc;
}

ds_status ds_get_by_id(ds_store *s, const char *model, const char *id, ds_record **out, ds_error *err) {
    ds_error_clear(err);
    if (!s || !id || !out)
        return ds__error(err, DS_ERR_INVALID, "ds_get_by_id: store, id and out must not be NULL");
    *out = NULL;
    const ds_model *m = ds__store_model(s, model, err);
    if (!m)
        return DS_ERR_INVALID;
    if (m->key_count != 1)
        return ds__error(err, DS_ERR_INVALID,
                         "CompositeKeyRequired: %s has a composite primary key; use ds_get with every key field set",
                         m->name);
    ds__lock(s);
    ds_status rc = ds__load(s, m, id, out, err);
    ds__unlock(s);
    if (rc == DS_OK && !*out)
        rc = ds__error(err, DS_ERR_NOTFOUND, "%s %s is not in the store", m->name, id);
    return rc;
}

/* A predicate `names[i] = value of values.fields[i]` (AND), or NULL when a
 * value is null (nothing can match). */
static ds_predicate *match_fields(const char *const *names, const ds_record *values, const ds_field *const *fields,
                                  size_t n, bool *any_null) {
    ds_predicate *p = ds_pred_all();
    *any_null = false;
    for (size_t i = 0; p && i < n; i++) {
        ds_value v = ds__record_value(values, fields[i]);
        if (v.type == DS_VALUE_NULL)
            *any_null = true;
        p = ds_pred_and(2, p, ds_pred_eq(names[i], v));
    }
    return p;
}

ds_status ds_load_related(ds_store *s, const ds_record *r, const char *field, ds_result **out, ds_error *err) {
    ds_error_clear(err);
    if (!s || !r || !field || !out)
        return ds__error(err, DS_ERR_INVALID, "ds_load_related: arguments must not be NULL");
    *out = NULL;
    const ds_model *m = ds_record_model(r);
    const ds_field *f = ds_model_field(m, field);
    if (!f || f->association.kind == DS_CONN_NONE)
        return ds__error(err, DS_ERR_INVALID, "%s.%s is not a relationship field", m->name, field);
    const ds_association *a = &f->association;
    const ds_model *rel = a->related;
    const char *names[16];
    const ds_field *fields[16];
    size_t n = 0;
    if (a->kind == DS_CONN_BELONGS_TO || (a->kind == DS_CONN_HAS_ONE && a->target_count > 0)) {
        /* Our foreign keys name the related record's key. */
        for (size_t i = 0; i < a->target_count && i < rel->key_count && n < 16; i++) {
            const ds_field *tf = ds_model_field(m, a->target_names[i]);
            if (!tf)
                continue;
            names[n] = rel->key_fields[i]->name;
            fields[n++] = tf;
        }
    } else {
        /* The related records hold our key. */
        for (size_t i = 0; i < a->associated_count; i++) {
            const ds_field *cf = ds_model_field(rel, a->associated_with[i]);
            if (cf && cf->association.kind == DS_CONN_BELONGS_TO) {
                for (size_t j = 0; j < cf->association.target_count && n < 16 && n < m->key_count; j++) {
                    names[n] = cf->association.target_names[j];
                    fields[n] = m->key_fields[n];
                    n++;
                }
            } else if (cf && n < 16 && n < m->key_count) {
                names[n] = cf->name;
                fields[n] = m->key_fields[n];
                n++;
            }
        }
    }
    if (n == 0)
        return ds__error(err, DS_ERR_INVALID, "%s.%s: cannot tell which fields link the records", m->name, field);
    bool any_null = false;
    ds_predicate *p = match_fields(names, r, fields, n, &any_null);
    if (!p)
        return ds__error(err, DS_ERR_NOMEM, "out of memory");
    ds_status rc;
    if (any_null) {
        *out = ds__result_new();
        rc = *out ? DS_OK : ds__error(err, DS_ERR_NOMEM, "out of memory");
    } else {
        ds__lock(s);
        rc = ds__query_locked(s, rel, p, NULL, out, err);
        ds__unlock(s);
    }
    ds_pred_free(p);
    return rc;
}
