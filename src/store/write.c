/*
 * Saves and deletes (DATASTORE-SPEC §1.4, §1.6, §9.3). Each public call is
 * one transaction holding: the row, its outbox entry, and for deletes every
 * cascaded child's row and outbox entry; observers hear after commit.
 */
#include <stdlib.h>
#include <string.h>

#include "predicate/internal.h"
#include "store/internal.h"
#include "util/ids.h"

#define CASCADE_MAX_DEPTH 64

/* ---- values -------------------------------------------------------------- */

static bool same_value(const ds_record *a, const ds_record *b, const ds_field *f) {
    ds_value x = ds__record_value(a, f), y = ds__record_value(b, f);
    if (x.type == DS_VALUE_JSON || y.type == DS_VALUE_JSON) {
        json_t *jx = ds__record_json(a, f), *jy = ds__record_json(b, f);
        if (!jx || !jy)
            return jx == jy;
        return json_equal(jx, jy);
    }
    if (x.type == DS_VALUE_INT && y.type == DS_VALUE_FLOAT)
        return (double)x.u.i == y.u.f;
    if (x.type == DS_VALUE_FLOAT && y.type == DS_VALUE_INT)
        return x.u.f == (double)y.u.i;
    if (x.type != y.type)
        return false;
    switch (x.type) {
    case DS_VALUE_NULL:
        return true;
    case DS_VALUE_BOOL:
        return x.u.b == y.u.b;
    case DS_VALUE_INT:
        return x.u.i == y.u.i;
    case DS_VALUE_FLOAT:
        return x.u.f == y.u.f;
    default:
        return x.u.s.len == y.u.s.len && memcmp(x.u.s.ptr, y.u.s.ptr, x.u.s.len) == 0;
    }
}

static bool is_timestamp(const ds_model *m, const ds_field *f) {
    return f->is_read_only || (m->created_at && !strcmp(f->name, m->created_at)) ||
           (m->updated_at && !strcmp(f->name, m->updated_at));
}

static bool is_key(const ds_model *m, const ds_field *f) {
    for (size_t i = 0; i < m->key_count; i++)
        if (m->key_fields[i] == f)
            return true;
    return false;
}

static ds_status set_now(ds_record *r, const ds_model *m, const char *field, ds_error *err) {
    const ds_field *f = field ? ds_model_field(m, field) : NULL;
    if (!f || f->kind != DS_KIND_SCALAR || f->is_list)
        return DS_OK;
    int64_t now = ds__now_ms();
    ds_value v;
    char text[32];
    if (f->scalar == DS_SCALAR_AWSTIMESTAMP) {
        v = ds_int(now / 1000);
    } else if (f->scalar == DS_SCALAR_AWSDATETIME || f->scalar == DS_SCALAR_STRING) {
        ds__format_datetime(now, text);
        v = ds_str(text);
    } else {
        return DS_OK; /* a user-declared timestamp of another type is the app's business */
    }
    ds_status rc = ds__record_set_trusted(r, f, &v);
    return rc == DS_OK ? DS_OK : ds__error(err, rc, "out of memory setting %s.%s", m->name, f->name);
}

/* Makes `dst` hold every column value of `src`, and its metadata. */
static ds_status copy_columns(ds_record *dst, const ds_record *src, ds_error *err) {
    const ds_model *m = ds_record_model(src);
    for (size_t k = 0; k < m->field_count; k++) {
        const ds_field *f = &m->fields[k];
        if (!ds__has_column(f))
            continue;
        ds_value v = ds__record_value(src, f);
        ds_status rc = ds__record_set_trusted(dst, f, &v);
        if (rc != DS_OK)
            return ds__error(err, rc, "out of memory copying %s.%s", m->name, f->name);
    }
    ds__record_set_meta(dst, ds__record_meta(src));
    return DS_OK;
}

/* ---- checks ---------------------------------------------------------------- */

static bool managed_id(const ds_model *m) {
    return m->key_count == 1 && !m->is_custom_key && !strcmp(m->key_fields[0]->name, "id");
}

/* The identifier of the record `values` points at through `names` (in the
 * parent's key order), or NULL when any of them is null. */
static ds_status identifier_of(ds_store *s, const ds_model *target, const ds_record *values, const char *const *names,
                               size_t n, char **out, ds_error *err) {
    *out = NULL;
    const ds_model *vm = ds_record_model(values);
    ds_record *key = NULL;
    ds_status rc = ds_record_new(&key, s->schema, target->name, err);
    if (rc != DS_OK)
        return rc;
    for (size_t i = 0; i < n && i < target->key_count; i++) {
        const ds_field *vf = ds_model_field(vm, names[i]);
        ds_value v = vf ? ds__record_value(values, vf) : ds_null();
        if (v.type == DS_VALUE_NULL) {
            ds_record_free(key);
            return DS_OK;
        }
        if ((rc = ds__record_set_trusted(key, target->key_fields[i], &v)) != DS_OK) {
            ds_record_free(key);
            return ds__error(err, rc, "out of memory");
        }
    }
    rc = ds_record_identifier(key, out, err);
    ds_record_free(key);
    return rc;
}

static ds_status exists(ds_store *s, const ds_model *m, const char *pk, bool *out, ds_error *err) {
    ds__model_stmts *ms = ds__stmts(s, m, err);
    if (!ms)
        return err ? err->code : DS_ERR_INTERNAL;
    sqlite3_reset(ms->select_pk);
    sqlite3_bind_text(ms->select_pk, 1, pk, -1, SQLITE_STATIC);
    int rc = sqlite3_step(ms->select_pk);
    sqlite3_reset(ms->select_pk);
    sqlite3_clear_bindings(ms->select_pk);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return ds__sqlite_error(s, err, "looking up a related record");
    *out = rc == SQLITE_ROW;
    return DS_OK;
}

/* Every belongs-to foreign key that is set must name a stored parent. */
static ds_status check_integrity(ds_store *s, const ds_model *m, const ds_record *r, ds_error *err) {
    for (size_t k = 0; k < m->field_count; k++) {
        const ds_field *f = &m->fields[k];
        if (f->association.kind != DS_CONN_BELONGS_TO || !f->association.target_count)
            continue;
        const ds_model *parent = f->association.related;
        char *pk = NULL;
        ds_status rc = identifier_of(s, parent, r, f->association.target_names, f->association.target_count, &pk, err);
        if (rc != DS_OK)
            return rc;
        if (!pk)
            continue;
        bool found = false;
        rc = exists(s, parent, pk, &found, err);
        if (rc == DS_OK && !found)
            rc = ds__error(err, DS_ERR_INTEGRITY,
                           "IntegrityError: %s.%s refers to %s %s, which is not in the store; save it first", m->name,
                           f->name, parent->name, pk);
        ds_free(pk);
        if (rc != DS_OK)
            return rc;
    }
    return DS_OK;
}

/* Outbox payloads are written as JSON text straight from the record. */
static void put_member(ds__buf *b, const ds_record *r, const ds_field *f) {
    ds__buf_putc(b, b->len ? ',' : '{');
    ds__json_put_string(b, f->name, strlen(f->name));
    ds__buf_putc(b, ':');
    ds__record_put_field_json(b, r, f);
}

static void put_key(ds__buf *b, const ds_model *m, const ds_record *r) {
    for (size_t i = 0; i < m->key_count; i++)
        put_member(b, r, m->key_fields[i]);
}

static bool has_member(const ds__buf *b, const char *name) {
    /* Keys are field names, written unescaped; good enough to skip repeats. */
    char needle[300];
    int n = snprintf(needle, sizeof needle, "\"%s\":", name);
    return n > 0 && (size_t)n < sizeof needle && b->data && strstr(b->data, needle);
}

static ds_status enqueue(ds_store *s, const ds_model *m, const char *pk, ds__mutation op, ds__buf *data,
                         const ds_predicate *cond, const ds__meta *base, ds_error *err) {
    if (!s->opts.sync_enabled)
        return DS_OK;
    if (data->len == 0)
        ds__buf_putc(data, '{');
    ds__buf_putc(data, '}');
    if (data->failed)
        return ds__error(err, DS_ERR_NOMEM, "out of memory building an outbox entry");
    json_t *condition = cond ? ds__pred_to_graphql(cond, m, true) : NULL;
    if (condition && json_object_size(condition) == 0) {
        json_decref(condition);
        condition = NULL;
    }
    ds_status rc = ds__outbox_enqueue(s, m, pk, op, data->data, condition, base, err);
    json_decref(condition);
    return rc;
}

/* ---- save -------------------------------------------------------------------- */

static ds_status write_row(ds_store *s, sqlite3_stmt *st, const ds_record *r, const char *pk, bool update,
                           ds_error *err) {
    const ds_model *m = ds_record_model(r);
    sqlite3_reset(st);
    ds_status rc;
    int ncols = 0;
    for (size_t k = 0; k < m->field_count; k++)
        ncols += ds__has_column(&m->fields[k]);
    if (update) {
        rc = ds__bind_record(st, 1, r, err);
        if (rc == DS_OK)
            sqlite3_bind_text(st, ncols + 1, pk, -1, SQLITE_STATIC);
    } else {
        sqlite3_bind_text(st, 1, pk, -1, SQLITE_STATIC);
        rc = ds__bind_record(st, 2, r, err);
    }
    if (rc == DS_OK && sqlite3_step(st) != SQLITE_DONE)
        rc = ds__sqlite_error(s, err, update ? "updating a record" : "inserting a record");
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return rc;
}

static ds_status save_locked(ds_store *s, ds_record *r, const ds_predicate *cond, ds_error *err) {
    const ds_model *m = ds_record_model(r);
    ds_status rc;
    if (managed_id(m) && ds_record_is_null(r, "id")) {
        char id[37];
        if (!ds__uuid_v4(id))
            return ds__error(err, DS_ERR_INTERNAL, "no randomness for a new id");
        if ((rc = ds_record_set_string(r, "id", id, err)) != DS_OK)
            return rc;
    }
    if (cond && (rc = ds_pred_check(cond, m, err)) != DS_OK)
        return rc;
    ds__model_stmts *ms = ds__stmts(s, m, err);
    if (!ms)
        return err ? err->code : DS_ERR_INTERNAL;
    char *pk = NULL;
    if ((rc = ds_record_identifier(r, &pk, err)) != DS_OK)
        return rc;
    ds_record *stored = NULL, *merged = NULL;
    ds__buf data;
    ds__buf_init(&data, 0);
    if ((rc = ds__load(s, m, pk, &stored, err)) != DS_OK)
        goto done;
    if (cond && !stored) {
        rc = ds__error(err, DS_ERR_CONDITION,
                       "ConditionOnNewRecord: %s %s is not in the store, so a condition cannot apply to it", m->name, pk);
        goto done;
    }
    if (cond && !ds_pred_matches(cond, stored)) {
        rc = ds__error(err, DS_ERR_CONDITION, "ConditionFailed: the stored %s %s does not match the condition",
                       m->name, pk);
        goto done;
    }
    if (stored) {
        /* Update: fields the caller set replace the stored ones. */
        if ((rc = ds_record_copy(&merged, stored, err)) != DS_OK)
            goto done;
        bool changed_any = false;
        bool changed[m->field_count > 0 ? m->field_count : 1];
        memset(changed, 0, sizeof changed);
        for (size_t k = 0; k < m->field_count; k++) {
            const ds_field *f = &m->fields[k];
            if (!ds__has_column(f) || is_timestamp(m, f) || !ds__record_has(r, f) || same_value(r, stored, f))
                continue;
            ds_value v = ds__record_value(r, f);
            if ((rc = ds__record_set_trusted(merged, f, &v)) != DS_OK) {
                rc = ds__error(err, rc, "out of memory");
                goto done;
            }
            changed[k] = changed_any = true;
        }
        if (!changed_any) { /* nothing to write, nothing to tell */
            rc = copy_columns(r, stored, err);
            goto done;
        }
        /* A partial record updates a stored one: the result must be valid. */
        if ((rc = ds_record_validate(merged, err)) != DS_OK)
            goto done;
        if ((rc = check_integrity(s, m, merged, err)) != DS_OK || (rc = set_now(merged, m, m->updated_at, err)) != DS_OK ||
            (rc = write_row(s, ms->update, merged, pk, true, err)) != DS_OK)
            goto done;
        /* The outbox gets the changed fields, the key, and every field of
         * an index that contains a changed field. */
        put_key(&data, m, merged);
        for (size_t k = 0; k < m->field_count; k++)
            if (changed[k] && !is_key(m, &m->fields[k]))
                put_member(&data, merged, &m->fields[k]);
        for (size_t i = 0; i < m->index_count; i++) {
            const ds_index *ix = &m->indexes[i];
            bool touched = false;
            for (size_t j = 0; j < ix->field_count; j++) {
                const ds_field *f = ds_model_field(m, ix->fields[j]);
                if (f && changed[f - m->fields])
                    touched = true;
            }
            for (size_t j = 0; touched && ix->field_count > 1 && j < ix->field_count; j++) {
                const ds_field *f = ds_model_field(m, ix->fields[j]);
                if (f && !is_timestamp(m, f) && !has_member(&data, f->name))
                    put_member(&data, merged, f);
            }
        }
        if ((rc = enqueue(s, m, pk, DS__MUT_UPDATE, &data, cond, ds__record_meta(stored), err)) != DS_OK ||
            (rc = ds__event_add(s, DS_UPDATE, m, merged, false)) != DS_OK)
            goto done;
    } else {
        if ((rc = ds_record_validate(r, err)) != DS_OK || (rc = ds_record_copy(&merged, r, err)) != DS_OK)
            goto done;
        if ((rc = check_integrity(s, m, merged, err)) != DS_OK || (rc = set_now(merged, m, m->created_at, err)) != DS_OK ||
            (rc = set_now(merged, m, m->updated_at, err)) != DS_OK ||
            (rc = write_row(s, ms->insert, merged, pk, false, err)) != DS_OK)
            goto done;
        /* A create sends what the caller supplied (the key always). */
        put_key(&data, m, merged);
        for (size_t k = 0; k < m->field_count; k++) {
            const ds_field *f = &m->fields[k];
            if (ds__has_column(f) && !is_timestamp(m, f) && !is_key(m, f) && ds__record_has(r, f))
                put_member(&data, merged, f);
        }
        if ((rc = enqueue(s, m, pk, DS__MUT_CREATE, &data, NULL, NULL, err)) != DS_OK ||
            (rc = ds__event_add(s, DS_INSERT, m, merged, false)) != DS_OK)
            goto done;
    }
    rc = copy_columns(r, merged, err); /* the caller's record now reads as stored */
done:
    ds__buf_free(&data);
    ds_record_free(stored);
    ds_record_free(merged);
    ds_free(pk);
    return rc;
}

static ds_status check_record_arg(ds_store *s, const ds_record *r, ds_error *err) {
    if (!s || !r)
        return ds__error(err, DS_ERR_INVALID, "store and record must not be NULL");
    const ds_model *m = ds_record_model(r);
    if (!m->is_model || ds_schema_model(s->schema, m->name) != m)
        return ds__error(err, DS_ERR_INVALID, "InvalidModel: %s is not a model of this store's schema", m->name);
    return DS_OK;
}

ds_status ds_save(ds_store *s, ds_record *r, const ds_predicate *cond, ds_error *err) {
    ds_error_clear(err);
    ds_status rc = check_record_arg(s, r, err);
    if (rc != DS_OK)
        return rc;
    ds__lock(s);
    if ((rc = ds__begin(s, err)) == DS_OK) {
        rc = save_locked(s, r, cond, err);
        if (rc == DS_OK)
            rc = ds__commit(s, err);
        else
            ds__rollback(s);
    }
    ds__unlock(s);
    return rc;
}

ds_status ds_save_all(ds_store *s, ds_record *const *records, size_t n, ds_error *err) {
    ds_error_clear(err);
    if (!s || (!records && n))
        return ds__error(err, DS_ERR_INVALID, "ds_save_all: store and records must not be NULL");
    ds_status rc = DS_OK;
    for (size_t i = 0; i < n && rc == DS_OK; i++)
        rc = check_record_arg(s, records[i], err);
    if (rc != DS_OK)
        return rc;
    ds__lock(s);
    if ((rc = ds__begin(s, err)) == DS_OK) {
        for (size_t i = 0; i < n && rc == DS_OK; i++)
            rc = save_locked(s, records[i], NULL, err);
        if (rc == DS_OK)
            rc = ds__commit(s, err);
        else
            ds__rollback(s);
    }
    ds__unlock(s);
    return rc;
}

/* ---- delete ---------------------------------------------------------------- */

typedef struct del_ctx {
    const char *stack[CASCADE_MAX_DEPTH]; /* identifiers being deleted, to stop at cycles */
    const ds_model *models[CASCADE_MAX_DEPTH];
    int depth;
} del_ctx;

static ds_status delete_record(ds_store *s, const ds_model *m, ds_record *stored, const char *pk,
                               const ds_predicate *cond, del_ctx *ctx, ds_error *err);

/* Records of `m` whose fields `names` hold `values`' key, for the cascade. */
static ds_status children_by(ds_store *s, const ds_model *child, const char *const *names, size_t n,
                             const ds_record *parent, const ds_model *pm, ds_result **out, ds_error *err) {
    *out = NULL;
    ds__buf sql;
    ds__buf_init(&sql, 0);
    ds__select_from(&sql, child, ds__wants_meta(s, child));
    ds__buf_puts(&sql, " WHERE ");
    for (size_t i = 0; i < n; i++) {
        if (i)
            ds__buf_puts(&sql, " AND ");
        ds__buf_puts(&sql, "t.");
        ds__quote_ident(&sql, names[i]);
        ds__buf_puts(&sql, " = ?");
    }
    ds__buf_puts(&sql, " ORDER BY t.rowid");
    if (sql.failed) {
        ds__buf_free(&sql);
        return ds__error(err, DS_ERR_NOMEM, "out of memory");
    }
    sqlite3_stmt *st = NULL;
    int prc = sqlite3_prepare_v2(s->db, sql.data, (int)sql.len, &st, NULL);
    ds__buf_free(&sql);
    if (prc != SQLITE_OK)
        return ds__sqlite_error(s, err, "finding related records");
    for (size_t i = 0; i < n && i < pm->key_count; i++) {
        ds_value v = ds__record_value(parent, pm->key_fields[i]);
        ds__bind_value(st, (int)i + 1, &v);
    }
    ds_result *res = ds__result_new();
    ds_status rc = res ? DS_OK : ds__error(err, DS_ERR_NOMEM, "out of memory");
    int step;
    while (rc == DS_OK && (step = sqlite3_step(st)) == SQLITE_ROW) {
        ds_record *r = NULL;
        if ((rc = ds__row_to_record(s, st, child, &r, err)) == DS_OK && !ds__result_push(res, r)) {
            ds_record_free(r);
            rc = ds__error(err, DS_ERR_NOMEM, "out of memory");
        }
    }
    if (rc == DS_OK && step != SQLITE_DONE)
        rc = ds__sqlite_error(s, err, "finding related records");
    sqlite3_finalize(st);
    if (rc != DS_OK) {
        ds_result_free(res);
        return rc;
    }
    *out = res;
    return DS_OK;
}

/* Deletes the has-one and has-many children of `parent`, deepest first. */
static ds_status cascade(ds_store *s, const ds_model *m, const ds_record *parent, del_ctx *ctx, ds_error *err) {
    for (size_t k = 0; k < m->field_count; k++) {
        const ds_field *f = &m->fields[k];
        const ds_association *a = &f->association;
        if (a->kind != DS_CONN_HAS_MANY && a->kind != DS_CONN_HAS_ONE)
            continue;
        const ds_model *child = a->related;
        ds_result *kids = NULL;
        ds_status rc = DS_OK;
        if (a->kind == DS_CONN_HAS_ONE && a->target_count > 0) {
            /* The foreign key is ours: it names the child's key. */
            char *cpk = NULL;
            if ((rc = identifier_of(s, child, parent, a->target_names, a->target_count, &cpk, err)) != DS_OK)
                return rc;
            if (!cpk)
                continue;
            ds_record *r = NULL;
            rc = ds__load(s, child, cpk, &r, err);
            ds_free(cpk);
            if (rc != DS_OK)
                return rc;
            if (!r)
                continue;
            kids = ds__result_new();
            if (!kids || !ds__result_push(kids, r)) {
                ds_record_free(r);
                ds_result_free(kids);
                return ds__error(err, DS_ERR_NOMEM, "out of memory");
            }
        } else {
            /* The child holds our key: in its belongs-to field's foreign
             * keys, or in the named fields themselves. */
            const char *names[16];
            size_t n = 0;
            for (size_t i = 0; i < a->associated_count && n < 16; i++) {
                const ds_field *cf = ds_model_field(child, a->associated_with[i]);
                if (cf && cf->association.kind == DS_CONN_BELONGS_TO) {
                    for (size_t j = 0; j < cf->association.target_count && n < 16; j++)
                        names[n++] = cf->association.target_names[j];
                } else if (cf) {
                    names[n++] = cf->name;
                }
            }
            if (n == 0)
                continue;
            if ((rc = children_by(s, child, names, n, parent, m, &kids, err)) != DS_OK)
                return rc;
        }
        for (size_t i = 0; rc == DS_OK && i < ds_result_count(kids); i++) {
            ds_record *kid = (ds_record *)ds_result_at(kids, i);
            char *kpk = NULL;
            if ((rc = ds_record_identifier(kid, &kpk, err)) == DS_OK)
                rc = delete_record(s, child, kid, kpk, NULL, ctx, err);
            ds_free(kpk);
        }
        ds_result_free(kids);
        if (rc != DS_OK)
            return rc;
    }
    return DS_OK;
}

static ds_status mark_meta_deleted(ds_store *s, const ds_model *m, const char *pk, ds_error *err) {
    if (!s->meta_delete_mark &&
        sqlite3_prepare_v3(s->db, "UPDATE ds_meta SET deleted = 1 WHERE model = ? AND pk = ?", -1,
                           SQLITE_PREPARE_PERSISTENT, &s->meta_delete_mark, NULL) != SQLITE_OK)
        return ds__sqlite_error(s, err, "preparing a metadata update");
    sqlite3_bind_text(s->meta_delete_mark, 1, m->name, -1, SQLITE_STATIC);
    sqlite3_bind_text(s->meta_delete_mark, 2, pk, -1, SQLITE_STATIC);
    int rc = sqlite3_step(s->meta_delete_mark);
    sqlite3_reset(s->meta_delete_mark);
    sqlite3_clear_bindings(s->meta_delete_mark);
    return rc == SQLITE_DONE ? DS_OK : ds__sqlite_error(s, err, "marking a tombstone");
}

static ds_status delete_record(ds_store *s, const ds_model *m, ds_record *stored, const char *pk,
                               const ds_predicate *cond, del_ctx *ctx, ds_error *err) {
    for (int i = 0; i < ctx->depth; i++)
        if (ctx->models[i] == m && !strcmp(ctx->stack[i], pk))
            return DS_OK; /* already being deleted further up: a cycle in the data */
    if (ctx->depth >= CASCADE_MAX_DEPTH)
        return ds__error(err, DS_ERR_LIMIT, "cascade delete deeper than %d levels at %s %s", CASCADE_MAX_DEPTH,
                         m->name, pk);
    ctx->stack[ctx->depth] = pk;
    ctx->models[ctx->depth] = m;
    ctx->depth++;
    ds_status rc = cascade(s, m, stored, ctx, err);
    ctx->depth--;
    if (rc != DS_OK)
        return rc;
    ds__model_stmts *ms = ds__stmts(s, m, err);
    if (!ms)
        return err ? err->code : DS_ERR_INTERNAL;
    sqlite3_reset(ms->delete_pk);
    sqlite3_bind_text(ms->delete_pk, 1, pk, -1, SQLITE_STATIC);
    int step = sqlite3_step(ms->delete_pk);
    sqlite3_reset(ms->delete_pk);
    sqlite3_clear_bindings(ms->delete_pk);
    if (step != SQLITE_DONE)
        return ds__sqlite_error(s, err, "deleting a record");
    ds__buf data;
    ds__buf_init(&data, 0);
    put_key(&data, m, stored);
    if ((rc = mark_meta_deleted(s, m, pk, err)) == DS_OK)
        rc = enqueue(s, m, pk, DS__MUT_DELETE, &data, cond, ds__record_meta(stored), err);
    ds__buf_free(&data);
    if (rc != DS_OK)
        return rc;
    return ds__event_add(s, DS_DELETE, m, stored, false);
}

ds_status ds_delete(ds_store *s, const ds_record *r, const ds_predicate *cond, ds_error *err) {
    ds_error_clear(err);
    ds_status rc = check_record_arg(s, r, err);
    if (rc != DS_OK)
        return rc;
    const ds_model *m = ds_record_model(r);
    if (cond && (rc = ds_pred_check(cond, m, err)) != DS_OK)
        return rc;
    char *pk = NULL;
    if ((rc = ds_record_identifier(r, &pk, err)) != DS_OK)
        return rc;
    ds__lock(s);
    ds_record *stored = NULL;
    if ((rc = ds__begin(s, err)) == DS_OK) {
        rc = ds__load(s, m, pk, &stored, err);
        if (rc == DS_OK && stored && cond && !ds_pred_matches(cond, stored))
            rc = ds__error(err, DS_ERR_CONDITION, "ConditionFailed: the stored %s %s does not match the condition",
                           m->name, pk);
        if (rc == DS_OK && stored) {
            del_ctx ctx;
            ctx.depth = 0;
            rc = delete_record(s, m, stored, pk, cond, &ctx, err);
        }
        if (rc == DS_OK)
            rc = ds__commit(s, err);
        else
            ds__rollback(s);
    }
    ds__unlock(s);
    ds_record_free(stored);
    ds_free(pk);
    return rc;
}

ds_status ds_delete_where(ds_store *s, const char *model, const ds_predicate *where, size_t *count, ds_error *err) {
    ds_error_clear(err);
    if (count)
        *count = 0;
    if (!s)
        return ds__error(err, DS_ERR_INVALID, "ds_delete_where: store must not be NULL");
    const ds_model *m = ds__store_model(s, model, err);
    if (!m)
        return DS_ERR_INVALID;
    ds__lock(s);
    ds_result *res = NULL;
    ds_status rc = ds__begin(s, err);
    if (rc == DS_OK) {
        rc = ds__query_locked(s, m, where, NULL, &res, err);
        for (size_t i = 0; rc == DS_OK && i < ds_result_count(res); i++) {
            ds_record *r = (ds_record *)ds_result_at(res, i);
            char *pk = NULL;
            if ((rc = ds_record_identifier(r, &pk, err)) != DS_OK)
                break;
            /* An earlier cascade in this loop may have taken it already. */
            ds_record *still = NULL;
            rc = ds__load(s, m, pk, &still, err);
            if (rc == DS_OK && still) {
                del_ctx ctx;
                ctx.depth = 0;
                rc = delete_record(s, m, still, pk, NULL, &ctx, err);
                if (rc == DS_OK && count)
                    (*count)++;
            }
            ds_record_free(still);
            ds_free(pk);
        }
        if (rc == DS_OK)
            rc = ds__commit(s, err);
        else
            ds__rollback(s);
    }
    ds__unlock(s);
    ds_result_free(res);
    if (rc != DS_OK && count)
        *count = 0;
    return rc;
}
