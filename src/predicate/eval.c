/*
 * Evaluating a predicate on a record in memory (observe, observeQuery,
 * conditional saves, the server's subscription filters).
 *
 * The rules are spec §2.3/§2.4 [CANON], and sql.c must give the same
 * answers for every checked predicate:
 *   - two-valued logic: every condition is true or false, so `not` is the
 *     plain complement and `ne`, `notContains`, `notIn` are exactly the
 *     complements of `eq`, `contains`, `in` — which makes them true for a
 *     null value (unless the in-list itself holds null);
 *   - null equals only null; <, <=, >, >=, between, beginsWith and contains
 *     are false when the value (or the operand) is null;
 *   - numbers compare by value across integers and floats, exactly (no
 *     rounding of large integers through double), as SQLite does;
 *   - strings compare bytewise (memcmp of UTF-8 = code point order),
 *     case-sensitively; beginsWith and contains on strings are byte-exact;
 *   - contains on a list tests whether an element equals the operand;
 *   - values of different kinds (which ds_pred_check refuses) are neither
 *     equal nor ordered; an unknown field makes its condition false.
 * A condition on a field the record's model lacks is false, so its
 * negation is true.
 */
#include <jansson.h>
#include <math.h>
#include <string.h>

#include "predicate/internal.h"
#include "record/internal.h"

#define INCOMPARABLE 2

static int cmp_int_float(int64_t i, double f) {
    if (isnan(f))
        return INCOMPARABLE;
    if (f >= 9223372036854775808.0)
        return -1;
    if (f < -9223372036854775808.0)
        return 1;
    /* In range now: the cast truncates toward zero, and (double)ti is
     * exact whenever f has a fraction (|f| < 2^53 then). */
    int64_t ti = (int64_t)f;
    if (i != ti)
        return i < ti ? -1 : 1;
    double frac = f - (double)ti;
    return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

static bool is_text(const ds_value *v) { return v->type == DS_VALUE_STRING || v->type == DS_VALUE_JSON; }

static int cmp_bytes(const char *a, size_t an, const char *b, size_t bn) {
    int c = memcmp(a, b, an < bn ? an : bn);
    if (c)
        return c < 0 ? -1 : 1;
    return an < bn ? -1 : an > bn;
}

/* -1, 0, 1, or INCOMPARABLE; neither value is null. */
static int cmp(const ds_value *a, const ds_value *b) {
    switch (a->type) {
    case DS_VALUE_INT:
        if (b->type == DS_VALUE_INT)
            return a->u.i < b->u.i ? -1 : a->u.i > b->u.i;
        if (b->type == DS_VALUE_FLOAT)
            return cmp_int_float(a->u.i, b->u.f);
        return INCOMPARABLE;
    case DS_VALUE_FLOAT:
        if (b->type == DS_VALUE_FLOAT)
            return a->u.f < b->u.f ? -1 : a->u.f > b->u.f ? 1 : a->u.f == b->u.f ? 0 : INCOMPARABLE;
        if (b->type == DS_VALUE_INT) {
            int c = cmp_int_float(b->u.i, a->u.f);
            return c == INCOMPARABLE ? c : -c;
        }
        return INCOMPARABLE;
    case DS_VALUE_BOOL:
        return b->type == DS_VALUE_BOOL ? (int)a->u.b - (int)b->u.b : INCOMPARABLE;
    case DS_VALUE_STRING:
    case DS_VALUE_JSON:
        return is_text(b) ? cmp_bytes(a->u.s.ptr, a->u.s.len, b->u.s.ptr, b->u.s.len) : INCOMPARABLE;
    case DS_VALUE_NULL: break;
    }
    return INCOMPARABLE;
}

static bool equal(const ds_value *v, const ds_value *x) {
    if (v->type == DS_VALUE_NULL || x->type == DS_VALUE_NULL)
        return v->type == x->type;
    return cmp(v, x) == 0;
}

static bool has_substring(const char *h, size_t hn, const char *n, size_t nn) {
    if (nn == 0)
        return true;
    for (size_t i = 0; nn <= hn && i <= hn - nn; i++) {
        const char *p = memchr(h + i, n[0], hn - nn - i + 1);
        if (!p)
            return false;
        i = (size_t)(p - h);
        if (memcmp(p, n, nn) == 0)
            return true;
    }
    return false;
}

/* Whether a JSON list element equals a (non-null) operand. */
static bool item_equals(json_t *item, const ds_value *x) {
    switch (x->type) {
    case DS_VALUE_STRING:
        return json_is_string(item) && json_string_length(item) == x->u.s.len &&
               memcmp(json_string_value(item), x->u.s.ptr, x->u.s.len) == 0;
    case DS_VALUE_INT:
        if (json_is_integer(item))
            return json_integer_value(item) == x->u.i;
        return json_is_real(item) && cmp_int_float(x->u.i, json_real_value(item)) == 0;
    case DS_VALUE_FLOAT:
        if (json_is_real(item))
            return json_real_value(item) == x->u.f;
        return json_is_integer(item) && cmp_int_float(json_integer_value(item), x->u.f) == 0;
    case DS_VALUE_BOOL: return json_is_boolean(item) && json_is_true(item) == x->u.b;
    case DS_VALUE_NULL:
    case DS_VALUE_JSON: return false;
    }
    return false;
}

static bool list_contains(const ds_record *r, const ds_field *f, const ds_value *v, const ds_value *x) {
    if (v->type == DS_VALUE_NULL || x->type == DS_VALUE_NULL)
        return false;
    json_t *list = ds__record_json(r, f), *owned = NULL;
    if (!list && v->type == DS_VALUE_JSON)
        list = owned = json_loadb(v->u.s.ptr, v->u.s.len, JSON_DECODE_ANY, NULL);
    bool found = false;
    size_t i;
    json_t *item;
    if (json_is_array(list))
        json_array_foreach(list, i, item) {
            if (item_equals(item, x)) {
                found = true;
                break;
            }
        }
    json_decref(owned);
    return found;
}

static ds_value field_value(const ds_record *r, const ds_field *f) {
    if (!ds__pred_is_meta_field(f))
        return ds__record_value(r, f);
    const ds__meta *m = ds__record_meta(r);
    ds_value v = {.type = DS_VALUE_NULL};
    if (!m)
        return v;
    if (strcmp(f->name, "_version") == 0 && m->has_version)
        v.type = DS_VALUE_INT, v.u.i = m->version;
    else if (strcmp(f->name, "_lastChangedAt") == 0 && m->has_last_changed)
        v.type = DS_VALUE_INT, v.u.i = m->last_changed_at;
    else if (strcmp(f->name, "_deleted") == 0 && m->has_deleted)
        v.type = DS_VALUE_BOOL, v.u.b = m->deleted;
    return v;
}

static bool ordered(const ds_value *v, const ds_value *x, int *c) {
    if (v->type == DS_VALUE_NULL || x->type == DS_VALUE_NULL)
        return false;
    *c = cmp(v, x);
    return *c != INCOMPARABLE;
}

static bool leaf_matches(const ds_predicate *p, const ds_record *r) {
    const ds_field *f = ds__pred_field(ds_record_model(r), p->field);
    if (!f)
        return false;
    ds_value v = field_value(r, f);
    const ds_value *x = p->values;
    int c, c2;
    switch (p->op) {
    case DS_PRED_EQ: return equal(&v, x);
    case DS_PRED_NE: return !equal(&v, x);
    case DS_PRED_LT: return ordered(&v, x, &c) && c < 0;
    case DS_PRED_LE: return ordered(&v, x, &c) && c <= 0;
    case DS_PRED_GT: return ordered(&v, x, &c) && c > 0;
    case DS_PRED_GE: return ordered(&v, x, &c) && c >= 0;
    case DS_PRED_BETWEEN: return ordered(&v, &x[0], &c) && c >= 0 && ordered(&v, &x[1], &c2) && c2 <= 0;
    case DS_PRED_BEGINS_WITH:
        return is_text(&v) && x->type == DS_VALUE_STRING && v.u.s.len >= x->u.s.len &&
               memcmp(v.u.s.ptr, x->u.s.ptr, x->u.s.len) == 0;
    case DS_PRED_CONTAINS:
    case DS_PRED_NOT_CONTAINS: {
        bool in;
        if (f->is_list)
            in = list_contains(r, f, &v, x);
        else
            in = is_text(&v) && x->type == DS_VALUE_STRING &&
                 has_substring(v.u.s.ptr, v.u.s.len, x->u.s.ptr, x->u.s.len);
        return p->op == DS_PRED_CONTAINS ? in : !in;
    }
    case DS_PRED_IN:
    case DS_PRED_NOT_IN: {
        bool in = false;
        for (size_t i = 0; i < p->value_count && !in; i++)
            in = equal(&v, &p->values[i]);
        return p->op == DS_PRED_IN ? in : !in;
    }
    }
    return false;
}

static bool matches(const ds_predicate *p, const ds_record *r) {
    switch (p->kind) {
    case DS__PRED_LEAF: return leaf_matches(p, r);
    case DS__PRED_NOT: return !matches(p->children[0], r);
    case DS__PRED_AND:
        for (size_t i = 0; i < p->child_count; i++)
            if (!matches(p->children[i], r))
                return false;
        return true;
    case DS__PRED_OR:
        for (size_t i = 0; i < p->child_count; i++)
            if (matches(p->children[i], r))
                return true;
        return false;
    }
    return false;
}

bool ds_pred_matches(const ds_predicate *p, const ds_record *r) {
    if (!r)
        return false;
    if (!p)
        return true; /* no condition */
    return matches(p, r);
}
