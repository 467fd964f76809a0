/*
 * Compiling to SQL: the shapes of the generated expressions, refusals, and
 * the key property — on a real SQLite table laid out as ds__pred_sql()
 * documents, `WHERE <sql>` selects exactly the records ds_pred_matches()
 * accepts, for thousands of predicates generated from every field of the
 * scalars fixture × every operator × interesting operands, their negations
 * and random combinations.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>

#include "pred_fixture.h"
#include "record/internal.h"

static ds_schema *schema;
static const ds_model *everything;

static int setup(void **state) {
    (void)state;
    schema = pf_scalars_schema();
    everything = ds_schema_model(schema, "Everything");
    return everything ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    ds_schema_free(schema);
    return 0;
}

/* ---- shapes ------------------------------------------------------------------ */

static void shape(const char *pred, const char *want_sql, const char *want_binds) {
    ds_predicate *p = pf_parse(everything, pred);
    ds__buf sql;
    ds__buf_init(&sql, 0);
    ds__buf_puts(&sql, "WHERE ");
    ds__binds binds = {0};
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds__pred_sql(p, everything, &sql, &binds, &err), DS_OK);
    /* the binds as text: i:5 f:1.5 s:abc n */
    ds__buf b;
    ds__buf_init(&b, 0);
    ds__buf_puts(&b, "");
    for (size_t i = 0; i < binds.count; i++) {
        const ds_value *v = &binds.items[i];
        if (i)
            ds__buf_putc(&b, ' ');
        switch (v->type) {
        case DS_VALUE_NULL: ds__buf_puts(&b, "n"); break;
        case DS_VALUE_BOOL: ds__buf_puts(&b, "b?"); break;
        case DS_VALUE_INT: ds__buf_printf(&b, "i:%lld", (long long)v->u.i); break;
        case DS_VALUE_FLOAT: ds__buf_printf(&b, "f:%g", v->u.f); break;
        case DS_VALUE_STRING:
        case DS_VALUE_JSON: ds__buf_printf(&b, "s:%s", v->u.s.ptr); break;
        }
    }
    if (strcmp(sql.data + 6, want_sql) != 0 || strcmp(b.data, want_binds) != 0)
        fprintf(stderr, "[%s]\n  got  %s  binds %s\n  want %s  binds %s\n", pred, sql.data + 6, b.data, want_sql,
                want_binds);
    assert_memory_equal(sql.data, "WHERE ", 6);
    assert_string_equal(sql.data + 6, want_sql);
    assert_string_equal(b.data, want_binds);
    ds__buf_free(&b);
    ds__buf_free(&sql);
    ds__binds_free(&binds);
    ds_pred_free(p);
}

static void expressions_have_the_documented_shapes(void **state) {
    (void)state;
    shape("anInt = 5", "(\"anInt\" = ?)", "i:5");
    shape("anInt = null", "(\"anInt\" IS NULL)", "");
    shape("anInt != null", "(\"anInt\" IS NOT NULL)", "");
    shape("anInt != 5", "((\"anInt\" IS NULL OR \"anInt\" <> ?))", "i:5");
    shape("anInt < 5", "(\"anInt\" < ?)", "i:5");
    shape("anInt <= 5", "(\"anInt\" <= ?)", "i:5");
    shape("anInt > 5", "(\"anInt\" > ?)", "i:5");
    shape("anInt >= 5", "(\"anInt\" >= ?)", "i:5");
    shape("not anInt < 5", "((\"anInt\" IS NULL OR \"anInt\" >= ?))", "i:5");
    shape("not anInt >= 5", "((\"anInt\" IS NULL OR \"anInt\" < ?))", "i:5");
    shape("aFloat between 1 and 2.5", "(\"aFloat\" BETWEEN ? AND ?)", "i:1 f:2.5");
    shape("not aFloat between 1 and 2.5", "((\"aFloat\" IS NULL OR \"aFloat\" NOT BETWEEN ? AND ?))", "i:1 f:2.5");
    shape("aBoolean = true", "(\"aBoolean\" = ?)", "i:1");
    shape("aBoolean in [false, null]", "((\"aBoolean\" IS NULL OR \"aBoolean\" IN (?)))", "i:0");
    shape("aString beginsWith \"ab\"", "((\"aString\" >= ? AND substr(\"aString\", 1, length(?)) = ?))",
          "s:ab s:ab s:ab");
    shape("not aString beginsWith \"ab\"", "((\"aString\" IS NULL OR substr(\"aString\", 1, length(?)) <> ?))",
          "s:ab s:ab");
    shape("aString contains \"b\"", "(instr(\"aString\", ?) > 0)", "s:b");
    shape("aString notContains \"b\"", "((\"aString\" IS NULL OR instr(\"aString\", ?) = 0))", "s:b");
    shape("strings contains \"a\"", "(EXISTS (SELECT 1 FROM json_each(\"strings\") AS ds__j WHERE ds__j.value = ?))",
          "s:a");
    shape("strings notContains \"a\"",
          "(NOT EXISTS (SELECT 1 FROM json_each(\"strings\") AS ds__j WHERE ds__j.value = ?))", "s:a");
    shape("anEnum in [LOW, HIGH]", "(\"anEnum\" IN (?, ?))", "s:LOW s:HIGH");
    shape("anEnum notIn [LOW, HIGH]", "((\"anEnum\" IS NULL OR \"anEnum\" NOT IN (?, ?)))", "s:LOW s:HIGH");
    shape("anEnum notIn [LOW, null]", "((\"anEnum\" IS NOT NULL AND \"anEnum\" NOT IN (?)))", "s:LOW");
    shape("anEnum in [null]", "(\"anEnum\" IS NULL)", "");
    shape("anEnum notIn [null]", "(\"anEnum\" IS NOT NULL)", "");
    shape("anEnum in []", "(0)", "");
    shape("anEnum notIn []", "(1)", "");
    shape("true", "(1)", "");
    shape("false", "(0)", "");
    shape("not true", "(0)", "");
    shape("anInt = 1 and (aString = \"x\" or not aBoolean = true)",
          "((\"anInt\" = ? AND (\"aString\" = ? OR (\"aBoolean\" IS NULL OR \"aBoolean\" <> ?))))", "i:1 s:x i:1");
    shape("not (anInt = 1 and aString = \"x\")",
          "(((\"anInt\" IS NULL OR \"anInt\" <> ?) OR (\"aString\" IS NULL OR \"aString\" <> ?)))", "i:1 s:x");
    shape("not not anInt = 1", "(\"anInt\" = ?)", "i:1");
}

static void fields_that_are_not_columns_are_refused(void **state) {
    (void)state;
    ds__buf sql;
    ds__buf_init(&sql, 0);
    ds__buf_puts(&sql, "SELECT");
    ds__binds binds = {0};
    ds_value v = ds_int(9);
    assert_true(ds__binds_push(&binds, v));
    ds_error err = DS_ERROR_INIT;
    const char *bad[] = {"anInt = 1 and nosuch = 2", "_version = 1", "anInt beginsWith \"x\""};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        ds_predicate *p = pf_parse(NULL, bad[i]);
        assert_int_equal(ds__pred_sql(p, everything, &sql, &binds, &err), DS_ERR_INVALID);
        assert_string_equal(sql.data, "SELECT"); /* untouched */
        assert_int_equal(binds.count, 1);
        ds_pred_free(p);
    }
    ds_predicate *p = pf_parse(NULL, "_version = 1");
    assert_int_equal(ds__pred_sql(p, everything, &sql, &binds, &err), DS_ERR_INVALID);
    assert_string_equal(err.message,
                        "field \"_version\" is sync metadata, not a column of Everything's table; it cannot be "
                        "queried locally");
    assert_int_equal(ds__pred_sql(NULL, everything, &sql, &binds, &err), DS_ERR_INVALID);
    assert_int_equal(ds__pred_sql(p, NULL, &sql, &binds, &err), DS_ERR_INVALID);
    ds_pred_free(p);
    ds__buf_free(&sql);
    ds__binds_free(&binds);
    ds__binds_free(&binds); /* twice is fine */
}

static void a_full_buffer_fails_cleanly(void **state) {
    (void)state;
    ds__buf sql;
    ds__buf_init(&sql, 24);
    ds__buf_puts(&sql, "SELECT");
    ds__binds binds = {0};
    ds_error err = DS_ERROR_INIT;
    ds_predicate *p = pf_parse(everything, "aString beginsWith \"x\" and anInt = 1");
    assert_int_equal(ds__pred_sql(p, everything, &sql, &binds, &err), DS_ERR_NOMEM);
    assert_false(sql.failed);
    assert_string_equal(sql.data, "SELECT");
    assert_int_equal(binds.count, 0);
    ds_pred_free(p);
    ds__buf_free(&sql);
    ds__binds_free(&binds);
}

/* ---- SQL and eval agree ---------------------------------------------------------- */

#define NREC 48

typedef enum cls { C_STR, C_INT, C_TS, C_FLOAT, C_BOOL, C_ENUM } cls;

static cls class_of(const ds_field *f) {
    if (f->kind == DS_KIND_ENUM)
        return C_ENUM;
    switch (f->scalar) {
    case DS_SCALAR_INT: return C_INT;
    case DS_SCALAR_AWSTIMESTAMP: return C_TS;
    case DS_SCALAR_FLOAT: return C_FLOAT;
    case DS_SCALAR_BOOLEAN: return C_BOOL;
    default: return C_STR;
    }
}

/* The column type the layout gives a field. */
static const char *column_type(const ds_field *f) {
    if (f->is_list || f->kind != DS_KIND_SCALAR)
        return "TEXT";
    switch (f->scalar) {
    case DS_SCALAR_BOOLEAN:
    case DS_SCALAR_INT:
    case DS_SCALAR_AWSTIMESTAMP: return "INTEGER";
    case DS_SCALAR_FLOAT: return "REAL";
    default: return "TEXT";
    }
}

/* Values records take, as JSON, per class. */
static const char *const str_json[] = {
    "\"\"",  "\"a\"",    "\"ab\"", "\"abc\"", "\"abd\"", "\"abcabc\"", "\"b\"", "\"B\"", "\"A\"", "\"Zeta\"",
    "\"é\"", "\"aé\"", "\"\\ud83d\\ude00\"", "\"\\uffff\"", "\"a\\\"b\"", "\"x%_y\"", "\"ca\"", "\"10\""};
static const char *const int_json[] = {"0", "1", "-1", "5", "42", "2147483647", "-2147483648", "10"};
static const char *const ts_json[] = {"0", "1", "-5", "1700000000000", "42"};
static const char *const float_json[] = {"0.0", "-0.0", "1.5", "-2.25", "10000000000.0", "0.1", "2.0", "3", "42"};
static const char *const bool_json[] = {"true", "false"};
static const char *const enum_json[] = {"\"LOW\"", "\"MEDIUM\"", "\"HIGH\""};

static const char *const *pool(cls c, size_t *n) {
#define POOL(a) (*n = sizeof a / sizeof *a, a)
    switch (c) {
    case C_STR: return POOL(str_json);
    case C_INT: return POOL(int_json);
    case C_TS: return POOL(ts_json);
    case C_FLOAT: return POOL(float_json);
    case C_BOOL: return POOL(bool_json);
    case C_ENUM: return POOL(enum_json);
    }
    return POOL(str_json);
#undef POOL
}

static uint32_t rng = 12345;
static uint32_t next_rand(void) {
    rng = rng * 1103515245u + 12345u;
    return (rng >> 8) & 0xFFFFFF;
}

/* A value for f as JSON text in buf, or NULL to leave it unset. */
static const char *random_json(const ds_field *f, char *buf, size_t n) {
    uint32_t r = next_rand() % 10;
    if (r == 0)
        return NULL;
    if (r == 1)
        return "null";
    size_t np;
    const char *const *vals = pool(class_of(f), &np);
    if (!f->is_list)
        return vals[next_rand() % np];
    size_t items = next_rand() % 4, o = 0;
    o += (size_t)snprintf(buf + o, n - o, "[");
    for (size_t i = 0; i < items; i++) {
        const char *item = (!f->is_required && next_rand() % 5 == 0) ? "null" : vals[next_rand() % np];
        o += (size_t)snprintf(buf + o, n - o, "%s%s", i ? "," : "", item);
    }
    snprintf(buf + o, n - o, "]");
    return buf;
}

typedef struct world {
    sqlite3 *db;
    ds_record *recs[NREC];
    size_t compared, selected_total;
} world;

static void bind_value(sqlite3_stmt *st, int i, const ds_value *v) {
    int rc = SQLITE_OK;
    switch (v->type) {
    case DS_VALUE_NULL: rc = sqlite3_bind_null(st, i); break;
    case DS_VALUE_BOOL: rc = sqlite3_bind_int64(st, i, v->u.b ? 1 : 0); break;
    case DS_VALUE_INT: rc = sqlite3_bind_int64(st, i, v->u.i); break;
    case DS_VALUE_FLOAT: rc = sqlite3_bind_double(st, i, v->u.f); break;
    case DS_VALUE_STRING:
    case DS_VALUE_JSON: rc = sqlite3_bind_text(st, i, v->u.s.ptr, (int)v->u.s.len, SQLITE_TRANSIENT); break;
    }
    assert_int_equal(rc, SQLITE_OK);
}

static void build_world(world *w) {
    assert_int_equal(sqlite3_open(":memory:", &w->db), SQLITE_OK);
    ds__buf ddl;
    ds__buf_init(&ddl, 0);
    ds__buf_puts(&ddl, "CREATE TABLE t (");
    size_t cols = 0;
    for (size_t i = 0; i < everything->field_count; i++) {
        const ds_field *f = &everything->fields[i];
        if (f->kind == DS_KIND_MODEL)
            continue;
        ds__buf_printf(&ddl, "%s\"%s\" %s", cols++ ? ", " : "", f->name, column_type(f));
    }
    ds__buf_puts(&ddl, ")");
    char *msg = NULL;
    if (sqlite3_exec(w->db, ddl.data, NULL, NULL, &msg) != SQLITE_OK)
        fprintf(stderr, "%s: %s\n", ddl.data, msg);
    assert_null(msg);

    ds__buf ins;
    ds__buf_init(&ins, 0);
    ds__buf_puts(&ins, "INSERT INTO t (rowid");
    for (size_t i = 0; i < everything->field_count; i++)
        if (everything->fields[i].kind != DS_KIND_MODEL)
            ds__buf_printf(&ins, ", \"%s\"", everything->fields[i].name);
    ds__buf_puts(&ins, ") VALUES (?");
    for (size_t i = 0; i < cols; i++)
        ds__buf_puts(&ins, ", ?");
    ds__buf_puts(&ins, ")");
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(w->db, ins.data, -1, &st, NULL), SQLITE_OK);

    for (int k = 0; k < NREC; k++) {
        ds_error err = DS_ERROR_INIT;
        assert_int_equal(ds_record_new(&w->recs[k], schema, "Everything", &err), DS_OK);
        ds_record *r = w->recs[k];
        for (size_t i = 0; i < everything->field_count; i++) {
            const ds_field *f = &everything->fields[i];
            if (f->kind == DS_KIND_MODEL)
                continue;
            char buf[256];
            const char *json = k == 0 ? NULL : k == 1 ? "null" : random_json(f, buf, sizeof buf);
            if (json && ds_record_set_json(r, f->name, json, &err) != DS_OK) {
                fprintf(stderr, "set %s = %s: %s\n", f->name, json, err.message);
                fail();
            }
        }
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        sqlite3_bind_int(st, 1, k + 1);
        int col = 2;
        for (size_t i = 0; i < everything->field_count; i++) {
            const ds_field *f = &everything->fields[i];
            if (f->kind == DS_KIND_MODEL)
                continue;
            ds_value v = ds__record_value(r, f);
            bind_value(st, col++, &v);
        }
        assert_int_equal(sqlite3_step(st), SQLITE_DONE);
    }
    sqlite3_finalize(st);
    ds__buf_free(&ddl);
    ds__buf_free(&ins);
}

static void free_world(world *w) {
    for (int k = 0; k < NREC; k++)
        ds_record_free(w->recs[k]);
    sqlite3_close(w->db);
}

/* Compares SQL and eval on one (checked) predicate. */
static void agree(world *w, const ds_predicate *p) {
    ds__buf sql;
    ds__buf_init(&sql, 0);
    ds__buf_puts(&sql, "SELECT rowid FROM t WHERE ");
    ds__binds binds = {0};
    ds_error err = DS_ERROR_INIT;
    if (ds__pred_sql(p, everything, &sql, &binds, &err) != DS_OK) {
        char *t = pf_text(p);
        fprintf(stderr, "[%s]: %s\n", t, err.message);
        ds_free(t);
        fail();
    }
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(w->db, sql.data, -1, &st, NULL) != SQLITE_OK) {
        fprintf(stderr, "%s: %s\n", sql.data, sqlite3_errmsg(w->db));
        fail();
    }
    assert_int_equal((size_t)sqlite3_bind_parameter_count(st), binds.count);
    for (size_t i = 0; i < binds.count; i++)
        bind_value(st, (int)i + 1, &binds.items[i]);
    bool in_sql[NREC + 1] = {false};
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        in_sql[sqlite3_column_int(st, 0)] = true;
    if (rc != SQLITE_DONE)
        fprintf(stderr, "%s: %s\n", sql.data, sqlite3_errmsg(w->db));
    assert_int_equal(rc, SQLITE_DONE);
    sqlite3_finalize(st);
    int mismatches = 0;
    for (int k = 0; k < NREC; k++) {
        bool in_eval = ds_pred_matches(p, w->recs[k]);
        w->selected_total += in_eval;
        if (in_eval != in_sql[k + 1]) {
            if (mismatches++ == 0) {
                char *t = pf_text(p);
                fprintf(stderr, "DISAGREE on [%s]\n  sql: %s\n", t, sql.data);
                ds_free(t);
            }
            char *j = ds_record_to_json(w->recs[k], DS_JSON_NO_META);
            fprintf(stderr, "  record %d: eval %d, sql %d: %s\n", k + 1, in_eval, in_sql[k + 1], j);
            ds_free(j);
        }
    }
    assert_int_equal(mismatches, 0);
    w->compared++;
    ds__buf_free(&sql);
    ds__binds_free(&binds);
}

/* Operands for a class: the values records take and a few more. */
static size_t operands(cls c, ds_value *out, json_t **keep, size_t *nkeep) {
    size_t np, n = 0;
    const char *const *vals = pool(c, &np);
    for (size_t i = 0; i < np; i++) {
        json_t *j = json_loads(vals[i], JSON_DECODE_ANY, NULL);
        assert_non_null(j);
        keep[n] = j;
        if (json_is_string(j))
            out[n] = (ds_value){.type = DS_VALUE_STRING, .u.s = {json_string_value(j), json_string_length(j)}};
        else if (json_is_integer(j))
            out[n] = ds_int(json_integer_value(j));
        else if (json_is_real(j))
            out[n] = ds_float(json_real_value(j));
        else
            out[n] = ds_bool(json_is_true(j));
        n++;
    }
    *nkeep = n;
    static const char *const extra_str[] = {"zzz", "%", "_", "ab\"", "bc"};
    if (c == C_STR)
        for (size_t i = 0; i < sizeof extra_str / sizeof *extra_str; i++)
            out[n++] = ds_str(extra_str[i]);
    if (c == C_INT || c == C_TS) {
        out[n++] = ds_int(6);
        out[n++] = ds_int(-3);
    }
    if (c == C_FLOAT) {
        out[n++] = ds_int(2); /* ints against a Float column */
        out[n++] = ds_int(-1);
        out[n++] = ds_float(1.25);
    }
    return n;
}

static void keep_free(json_t **keep, size_t n) {
    for (size_t i = 0; i < n; i++)
        json_decref(keep[i]);
}

typedef struct leaves {
    ds_predicate *items[8192];
    size_t count;
} leaves;

static void consider(world *w, leaves *L, ds_predicate *p) {
    assert_non_null(p);
    if (ds_pred_check(p, everything, NULL) != DS_OK) {
        ds_pred_free(p);
        return;
    }
    agree(w, p);
    ds_predicate *np = ds_pred_not(ds_pred_copy(p));
    agree(w, np);
    ds_pred_free(np);
    if (L->count < sizeof L->items / sizeof *L->items)
        L->items[L->count++] = p;
    else
        ds_pred_free(p);
}

static ds_predicate *random_tree(leaves *L, int depth) {
    uint32_t r = next_rand() % 6;
    if (depth >= 3 || r < 2)
        return ds_pred_copy(L->items[next_rand() % L->count]);
    if (r == 2)
        return ds_pred_not(random_tree(L, depth + 1));
    size_t n = 2 + next_rand() % 2;
    ds_predicate *a = random_tree(L, depth + 1), *b = random_tree(L, depth + 1);
    ds_predicate *c = n == 3 ? random_tree(L, depth + 1) : ds_pred_all();
    return r % 2 ? ds_pred_and(3, a, b, c) : ds_pred_or(3, a, b, c);
}

static void sql_and_eval_agree(void **state) {
    (void)state;
    world w = {0};
    build_world(&w);
    static leaves L;
    L.count = 0;
    for (size_t fi = 0; fi < everything->field_count; fi++) {
        const ds_field *f = &everything->fields[fi];
        if (f->kind == DS_KIND_MODEL)
            continue;
        ds_value vals[64];
        json_t *keep[64];
        size_t nkeep, n = operands(class_of(f), vals, keep, &nkeep);
        consider(&w, &L, ds_pred_eq(f->name, ds_null()));
        consider(&w, &L, ds_pred_ne(f->name, ds_null()));
        for (int op = DS_PRED_EQ; op <= DS_PRED_NOT_IN; op++) {
            if (op == DS_PRED_BETWEEN) {
                for (size_t i = 0; i < n && i < 10; i++)
                    for (size_t j = 0; j < n && j < 10; j++)
                        consider(&w, &L, ds_pred_between(f->name, vals[i], vals[j]));
            } else if (op == DS_PRED_IN || op == DS_PRED_NOT_IN) {
                ds_value list[3];
                ds_predicate *(*mk)(const char *, const ds_value *, size_t) =
                    op == DS_PRED_IN ? ds_pred_in : ds_pred_not_in;
                consider(&w, &L, mk(f->name, NULL, 0));
                list[0] = ds_null();
                consider(&w, &L, mk(f->name, list, 1));
                for (size_t i = 0; i < n; i++) {
                    list[0] = vals[i];
                    list[1] = vals[(i + 1) % n];
                    list[2] = ds_null();
                    consider(&w, &L, mk(f->name, list, 1));
                    consider(&w, &L, mk(f->name, list, 2));
                    consider(&w, &L, mk(f->name, list, 3));
                }
            } else {
                for (size_t i = 0; i < n; i++)
                    consider(&w, &L, ds_pred_cmp(f->name, (ds_pred_op)op, vals[i]));
            }
        }
        keep_free(keep, nkeep);
    }
    size_t leaf_cases = w.compared;
    for (int i = 0; i < 600; i++) {
        ds_predicate *p = random_tree(&L, 0);
        assert_non_null(p);
        agree(&w, p);
        ds_pred_free(p);
    }
    agree(&w, L.items[0]);
    fprintf(stderr, "sql/eval agreement: %zu leaf predicates (with negations), %zu in all, %zu rows selected\n",
            leaf_cases, w.compared, w.selected_total);
    assert_true(leaf_cases > 3000);
    /* the generated predicates are not degenerate: many rows matched */
    assert_true(w.selected_total > w.compared * 3);
    for (size_t i = 0; i < L.count; i++)
        ds_pred_free(L.items[i]);
    free_world(&w);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(expressions_have_the_documented_shapes),
        cmocka_unit_test(fields_that_are_not_columns_are_refused),
        cmocka_unit_test(a_full_buffer_fails_cleanly),
        cmocka_unit_test(sql_and_eval_agree),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
