/*
 * The outbox: local changes waiting to be sent, oldest first, merged as
 * DATASTORE-SPEC §4.2 describes so that a record edited many times while
 * offline is sent once where that is safe.
 *
 * P is the NEWEST pending entry for the record that is not in flight (the
 * spec says the oldest; with several entries for one record that would
 * merge a later change in front of an earlier conditional one, or refuse
 * to update a record deleted and created again, so the newest it is):
 *
 *   P \ I     create          update                 delete
 *   none      append          append                 append
 *   create    OutboxConflict  P.data += I.data        drop P (and the record's
 *                                                     other pending entries), drop I
 *   update    append          no cond: P.data += I;   no cond: P becomes I
 *                             cond: append            cond: append
 *   delete    append          OutboxConflict          keep P, drop I
 *   P has a condition: append I (never merge into or out of a conditional entry).
 *
 * "+=" overlays I's fields on P's; P keeps its place, its base version and
 * (for a create) its kind.
 */
#include <stdlib.h>
#include <string.h>

#include "store/internal.h"
#include "util/ids.h"

static const char *const OP_NAMES[] = {"create", "update", "delete"};

static ds_status prep(ds_store *s, sqlite3_stmt **st, const char *sql, ds_error *err) {
    if (*st)
        return DS_OK;
    if (sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, st, NULL) != SQLITE_OK)
        return ds__sqlite_error(s, err, "preparing an outbox statement");
    return DS_OK;
}

static ds_status step_done(ds_store *s, sqlite3_stmt *st, ds_error *err) {
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return rc == SQLITE_DONE ? DS_OK : ds__sqlite_error(s, err, "writing the outbox");
}

static ds_status insert(ds_store *s, const ds_model *m, const char *pk, ds__mutation op, const char *data,
                        json_t *condition, const ds__meta *base, ds_error *err) {
    ds_status rc = prep(s, &s->outbox_insert,
                        "INSERT INTO ds_outbox(id, model, pk, op, data, condition, base_version, created_at) "
                        "VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
                        err);
    if (rc != DS_OK)
        return rc;
    char id[37];
    if (!ds__uuid_v4(id))
        return ds__error(err, DS_ERR_INTERNAL, "no randomness for an outbox id");
    char *ctext = condition ? json_dumps(condition, JSON_COMPACT) : NULL;
    if (condition && !ctext)
        return ds__error(err, DS_ERR_NOMEM, "out of memory writing the outbox");
    sqlite3_stmt *st = s->outbox_insert;
    sqlite3_bind_text(st, 1, id, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, m->name, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, pk, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 4, OP_NAMES[op], -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 5, data, -1, SQLITE_TRANSIENT);
    if (ctext)
        sqlite3_bind_text(st, 6, ctext, -1, free);
    else
        sqlite3_bind_null(st, 6);
    if (base && base->has_version)
        sqlite3_bind_int64(st, 7, base->version);
    else
        sqlite3_bind_null(st, 7);
    sqlite3_bind_int64(st, 8, ds__now_ms());
    return step_done(s, st, err);
}

static ds_status replace_entry(ds_store *s, int64_t seq, ds__mutation op, json_t *data, json_t *condition,
                               ds_error *err) {
    ds_status rc = prep(s, &s->outbox_update, "UPDATE ds_outbox SET op = ?, data = ?, condition = ? WHERE seq = ?", err);
    if (rc != DS_OK)
        return rc;
    char *dtext = json_dumps(data, JSON_COMPACT);
    char *ctext = condition ? json_dumps(condition, JSON_COMPACT) : NULL;
    if (!dtext || (condition && !ctext)) {
        free(dtext);
        free(ctext);
        return ds__error(err, DS_ERR_NOMEM, "out of memory writing the outbox");
    }
    sqlite3_stmt *st = s->outbox_update;
    sqlite3_bind_text(st, 1, OP_NAMES[op], -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, dtext, -1, free);
    if (ctext)
        sqlite3_bind_text(st, 3, ctext, -1, free);
    else
        sqlite3_bind_null(st, 3);
    sqlite3_bind_int64(st, 4, seq);
    return step_done(s, st, err);
}

static ds_status drop_pending(ds_store *s, const ds_model *m, const char *pk, ds_error *err) {
    ds_status rc = prep(s, &s->outbox_delete_record,
                        "DELETE FROM ds_outbox WHERE model = ? AND pk = ? AND in_flight = 0", err);
    if (rc != DS_OK)
        return rc;
    sqlite3_bind_text(s->outbox_delete_record, 1, m->name, -1, SQLITE_STATIC);
    sqlite3_bind_text(s->outbox_delete_record, 2, pk, -1, SQLITE_TRANSIENT);
    return step_done(s, s->outbox_delete_record, err);
}

ds_status ds__outbox_enqueue(ds_store *s, const ds_model *m, const char *pk, ds__mutation op, const char *data,
                             json_t *condition, const ds__meta *base, ds_error *err) {
    ds_status rc = prep(s, &s->outbox_peek,
                        "SELECT seq, op, data, condition IS NOT NULL FROM ds_outbox "
                        "WHERE model = ? AND pk = ? AND in_flight = 0 ORDER BY seq DESC LIMIT 1",
                        err);
    if (rc != DS_OK)
        return rc;
    sqlite3_stmt *st = s->outbox_peek;
    sqlite3_bind_text(st, 1, m->name, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, pk, -1, SQLITE_TRANSIENT);
    int step = sqlite3_step(st);
    if (step == SQLITE_DONE) {
        sqlite3_reset(st);
        return insert(s, m, pk, op, data, condition, base, err);
    }
    if (step != SQLITE_ROW) {
        sqlite3_reset(st);
        return ds__sqlite_error(s, err, "reading the outbox");
    }
    int64_t seq = sqlite3_column_int64(st, 0);
    const char *pop = (const char *)sqlite3_column_text(st, 1);
    ds__mutation p = !strcmp(pop, "create") ? DS__MUT_CREATE : !strcmp(pop, "update") ? DS__MUT_UPDATE : DS__MUT_DELETE;
    json_error_t je;
    json_t *pdata = json_loads((const char *)sqlite3_column_text(st, 2), 0, &je);
    bool p_cond = sqlite3_column_int(st, 3) != 0;
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (!pdata)
        return ds__error(err, DS_ERR_INTERNAL, "outbox entry %lld of %s %s is not JSON", (long long)seq, m->name, pk);

    json_t *idata = json_loads(data, 0, &je);
    if (!idata) {
        json_decref(pdata);
        return ds__error(err, DS_ERR_INTERNAL, "outbox payload for %s %s is not JSON", m->name, pk);
    }
    if (p_cond) {
        rc = insert(s, m, pk, op, data, condition, base, err);
    } else if (p == DS__MUT_CREATE) {
        if (op == DS__MUT_UPDATE) {
            json_object_update(pdata, idata);
            rc = replace_entry(s, seq, DS__MUT_CREATE, pdata, NULL, err);
        } else if (op == DS__MUT_DELETE) {
            rc = drop_pending(s, m, pk, err); /* never sent, so nothing to undo remotely */
        } else {
            rc = ds__error(err, DS_ERR_CONFLICT,
                           "OutboxConflict: %s %s is already waiting to be created; it cannot be created twice",
                           m->name, pk);
        }
    } else if (p == DS__MUT_UPDATE) {
        if (condition) {
            rc = insert(s, m, pk, op, data, condition, base, err);
        } else if (op == DS__MUT_UPDATE) {
            json_object_update(pdata, idata);
            rc = replace_entry(s, seq, DS__MUT_UPDATE, pdata, NULL, err);
        } else if (op == DS__MUT_DELETE) {
            rc = replace_entry(s, seq, DS__MUT_DELETE, idata, NULL, err);
        } else {
            rc = insert(s, m, pk, op, data, condition, base, err);
        }
    } else { /* pending delete */
        if (op == DS__MUT_DELETE)
            rc = DS_OK;
        else if (op == DS__MUT_UPDATE)
            rc = ds__error(err, DS_ERR_CONFLICT,
                           "OutboxConflict: %s %s was deleted locally; a deleted record cannot be updated", m->name, pk);
        else
            rc = insert(s, m, pk, op, data, condition, base, err);
    }
    json_decref(pdata);
    json_decref(idata);
    return rc;
}
