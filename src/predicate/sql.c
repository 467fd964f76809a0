/*
 * Compiling a predicate to a SQLite WHERE expression (spec §2.6 with the
 * null rules of §2.3).
 *
 * The one property that matters: for a table laid out as ds__pred_sql()
 * documents, the expression selects exactly the rows for which
 * ds_pred_matches() is true (tests/predicate/test_sql.c checks it on
 * thousands of predicates). How it is kept:
 *   - Negation is pushed down to the leaves (De Morgan for groups), and each
 *     leaf has a positive and a negated form that are exact complements in
 *     two-valued logic, null included: `not (f = v)` is
 *     `(f IS NULL OR f <> ?)`, `not (f < v)` is `(f IS NULL OR f >= ?)`. So
 *     the SQL never applies NOT to something that could be NULL.
 *   - The only leaves that can yield NULL (rather than 0) are positive forms
 *     such as `f = ?` on a null f; they stand under AND/OR only, which are
 *     monotone, so a NULL there ends up as "not selected", the same as 0.
 *   - Every operand is a bound parameter; identifiers come from the schema
 *     and are double-quoted with quotes doubled. Comparison uses each
 *     column's declared affinity and the BINARY collation (memcmp), which
 *     is the code point order eval.c uses. Checked predicates only compare
 *     like with like (ds_pred_check runs first), so SQLite's cross-type
 *     ordering never comes into play.
 *   - beginsWith is `(f >= ? AND substr(f, 1, length(?)) = ?)`: exact for
 *     any UTF-8 (substr/length count characters, and a prefix of characters
 *     is a prefix of bytes in UTF-8), unlike `instr(f, ?) = 1`, which only
 *     finds the first occurrence, or LIKE/GLOB, which need escaping and
 *     fold case; the `f >= ?` term lets an index on f start the scan there.
 *   - contains on a list is element membership through json_each; on a
 *     string instr() > 0 (an empty operand is contained in every string).
 *   - in/notIn lists split off null: `f IN (…)` never matches a null f, so
 *     `in [null, 1]` is `(f IS NULL OR f IN (?))`; empty lists are the
 *     constants 0 and 1, as are empty and/or groups.
 */
#include <stdlib.h>
#include <string.h>

#include "predicate/internal.h"
#include "util/err.h"

bool ds__binds_push(ds__binds *b, ds_value v) {
    if (b->count == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 16;
        ds_value *items = realloc(b->items, cap * sizeof *items);
        if (!items)
            return false;
        b->items = items;
        b->cap = cap;
    }
    b->items[b->count++] = v;
    return true;
}

void ds__binds_free(ds__binds *b) {
    if (!b)
        return;
    free(b->items);
    b->items = NULL;
    b->count = b->cap = 0;
}

typedef struct ctx {
    ds__buf *sql;
    ds__binds *binds;
    const ds_model *m;
    ds_error *err;
    ds_status rc;
} ctx;

static void put(ctx *c, const char *s) { ds__buf_puts(c->sql, s); }

static void column(ctx *c, const ds_field *f) {
    ds__buf_putc(c->sql, '"');
    for (const char *p = f->name; *p; p++) {
        if (*p == '"')
            ds__buf_putc(c->sql, '"');
        ds__buf_putc(c->sql, *p);
    }
    ds__buf_putc(c->sql, '"');
}

/* Appends "?" and its value; Booleans are stored as 0/1. */
static void param(ctx *c, const ds_value *v) {
    ds_value b = *v;
    if (b.type == DS_VALUE_BOOL) {
        b.type = DS_VALUE_INT;
        b.u.i = v->u.b ? 1 : 0;
    }
    put(c, "?");
    if (!ds__binds_push(c->binds, b) && c->rc == DS_OK)
        c->rc = DS_ERR_NOMEM;
}

/* `f OP ?` */
static void compare(ctx *c, const ds_field *f, const char *op, const ds_value *v) {
    column(c, f);
    put(c, op);
    param(c, v);
}

/* `(f IS NULL OR <rest>)` opener, for negated forms that hold for null. */
static void or_null(ctx *c, const ds_field *f) {
    put(c, "(");
    column(c, f);
    put(c, " IS NULL OR ");
}

static void emit_in(ctx *c, const ds_predicate *p, const ds_field *f, bool positive) {
    bool has_null = false;
    size_t n = 0;
    for (size_t i = 0; i < p->value_count; i++) {
        if (p->values[i].type == DS_VALUE_NULL)
            has_null = true;
        else
            n++;
    }
    if (n == 0) {
        if (!has_null) {
            put(c, positive ? "0" : "1");
        } else {
            column(c, f);
            put(c, positive ? " IS NULL" : " IS NOT NULL");
        }
        return;
    }
    /* f IN (…) | (f IS NULL OR f IN (…)) | (f IS NULL OR f NOT IN (…)) | (f IS NOT NULL AND f NOT IN (…)) */
    bool wrap = has_null || !positive;
    if (wrap) {
        put(c, "(");
        column(c, f);
        put(c, positive ? " IS NULL OR " : has_null ? " IS NOT NULL AND " : " IS NULL OR ");
    }
    column(c, f);
    put(c, positive ? " IN (" : " NOT IN (");
    bool first = true;
    for (size_t i = 0; i < p->value_count; i++) {
        if (p->values[i].type == DS_VALUE_NULL)
            continue;
        if (!first)
            put(c, ", ");
        param(c, &p->values[i]);
        first = false;
    }
    put(c, wrap ? "))" : ")");
}

static void emit_leaf(ctx *c, const ds_predicate *p, bool neg) {
    const ds_field *f = ds__pred_field(c->m, p->field);
    if (!f || f->kind == DS_KIND_MODEL || ds__pred_is_meta_field(f)) {
        /* ds_pred_check let it through: sync metadata lives in ds_meta */
        if (c->rc == DS_OK)
            c->rc = ds__error(c->err, DS_ERR_INVALID,
                              "field \"%s\" is sync metadata, not a column of %s's table; it cannot be queried "
                              "locally",
                              p->field, c->m->name);
        return;
    }
    const ds_value *v = p->values;
    static const char *const sym[] = {[DS_PRED_LT] = " < ", [DS_PRED_LE] = " <= ", [DS_PRED_GT] = " > ",
                                      [DS_PRED_GE] = " >= "};
    static const ds_pred_op flip[] = {[DS_PRED_LT] = DS_PRED_GE, [DS_PRED_LE] = DS_PRED_GT,
                                      [DS_PRED_GT] = DS_PRED_LE, [DS_PRED_GE] = DS_PRED_LT};
    switch (p->op) {
    case DS_PRED_EQ:
    case DS_PRED_NE: {
        bool positive = (p->op == DS_PRED_EQ) != neg;
        if (v->type == DS_VALUE_NULL) {
            column(c, f);
            put(c, positive ? " IS NULL" : " IS NOT NULL");
        } else if (positive) {
            compare(c, f, " = ", v);
        } else {
            or_null(c, f);
            compare(c, f, " <> ", v);
            put(c, ")");
        }
        return;
    }
    case DS_PRED_LT:
    case DS_PRED_LE:
    case DS_PRED_GT:
    case DS_PRED_GE:
        if (!neg) {
            compare(c, f, sym[p->op], v);
        } else {
            or_null(c, f);
            compare(c, f, sym[flip[p->op]], v);
            put(c, ")");
        }
        return;
    case DS_PRED_BETWEEN:
        if (neg)
            or_null(c, f);
        column(c, f);
        put(c, neg ? " NOT BETWEEN " : " BETWEEN ");
        param(c, &v[0]);
        put(c, " AND ");
        param(c, &v[1]);
        if (neg)
            put(c, ")");
        return;
    case DS_PRED_BEGINS_WITH:
        if (!neg) {
            put(c, "(");
            compare(c, f, " >= ", v);
            put(c, " AND ");
        } else {
            or_null(c, f);
        }
        put(c, "substr(");
        column(c, f);
        put(c, ", 1, length(");
        param(c, v);
        put(c, neg ? ")) <> " : ")) = ");
        param(c, v);
        put(c, ")");
        return;
    case DS_PRED_CONTAINS:
    case DS_PRED_NOT_CONTAINS: {
        bool positive = (p->op == DS_PRED_CONTAINS) != neg;
        if (f->is_list) {
            put(c, positive ? "EXISTS (SELECT 1 FROM json_each(" : "NOT EXISTS (SELECT 1 FROM json_each(");
            column(c, f);
            put(c, ") AS ds__j WHERE ds__j.value = ");
            param(c, v);
            put(c, ")");
        } else if (positive) {
            put(c, "instr(");
            column(c, f);
            put(c, ", ");
            param(c, v);
            put(c, ") > 0");
        } else {
            or_null(c, f);
            put(c, "instr(");
            column(c, f);
            put(c, ", ");
            param(c, v);
            put(c, ") = 0)");
        }
        return;
    }
    case DS_PRED_IN:
    case DS_PRED_NOT_IN:
        emit_in(c, p, f, (p->op == DS_PRED_IN) != neg);
        return;
    }
}

static void emit(ctx *c, const ds_predicate *p, bool neg) {
    if (c->rc != DS_OK)
        return;
    switch (p->kind) {
    case DS__PRED_LEAF: emit_leaf(c, p, neg); return;
    case DS__PRED_NOT: emit(c, p->children[0], !neg); return;
    case DS__PRED_AND:
    case DS__PRED_OR: {
        /* not(and(a, b)) = or(not a, not b) and the other way round */
        bool is_and = (p->kind == DS__PRED_AND) != neg;
        if (p->child_count == 0) {
            put(c, is_and ? "1" : "0");
            return;
        }
        put(c, "(");
        for (size_t i = 0; i < p->child_count; i++) {
            if (i)
                put(c, is_and ? " AND " : " OR ");
            emit(c, p->children[i], neg);
        }
        put(c, ")");
        return;
    }
    }
}

ds_status ds__pred_sql(const ds_predicate *p, const ds_model *m, ds__buf *sql, ds__binds *binds, ds_error *err) {
    if (!p || !m || !sql || !binds)
        return ds__error(err, DS_ERR_INVALID, "ds__pred_sql needs a predicate, a model, a buffer and binds");
    if (sql->failed)
        return ds__error(err, DS_ERR_NOMEM, "the SQL buffer has already failed");
    ds_status rc = ds_pred_check(p, m, err);
    if (rc != DS_OK)
        return rc;
    size_t len0 = sql->len, count0 = binds->count;
    ctx c = {.sql = sql, .binds = binds, .m = m, .err = err, .rc = DS_OK};
    put(&c, "(");
    emit(&c, p, false);
    put(&c, ")");
    if (c.rc == DS_OK && sql->failed)
        c.rc = ds__error(err, DS_ERR_NOMEM, "out of memory (or over the SQL buffer's cap) compiling a predicate");
    else if (c.rc == DS_ERR_NOMEM)
        ds__error(err, DS_ERR_NOMEM, "out of memory compiling a predicate");
    if (c.rc != DS_OK) {
        sql->failed = false;
        sql->len = len0;
        if (sql->data)
            sql->data[len0] = '\0';
        binds->count = count0;
    }
    return c.rc;
}
