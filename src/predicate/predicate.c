/*
 * Predicates: the tree and its builders.
 *
 * Design:
 *   - A predicate is a small tree (struct ds_predicate, internal.h): leaves
 *     are `field op operands`, inner nodes are and / or / not. The tree
 *     knows no model: the same predicate may be checked against a model
 *     (check.c), evaluated on a record (eval.c), compiled to SQL (sql.c),
 *     turned into an AppSync filter and back (graphql.c) and into text and
 *     back (parse.c). Field names are resolved by each of those at use, so
 *     a tree stays immutable and can be shared by threads.
 *   - Every leaf owns its field name and its operands; string operands are
 *     copied at build time, so the caller's buffers may go away at once.
 *   - Builders take ownership of their children and propagate failure: a
 *     NULL child (a failed inner builder) makes the outer builder free the
 *     other children and return NULL, so a nested expression needs one
 *     check at the end. The builders also refuse what no consumer could
 *     handle, returning NULL: a field that is not a GraphQL name, operands
 *     of kind DS_VALUE_JSON, non-finite floats, strings that are not UTF-8
 *     or contain NUL bytes. That keeps the text form total (every tree
 *     prints and parses back) and keeps the SQL exact (see sql.c).
 *   - Invariants: an and/or node never has exactly one child (the builder
 *     returns the child itself, which means the same; the text form could
 *     not tell them apart otherwise); a not node has exactly one; and() is
 *     "all", or() is "none".
 *   - The semantics every consumer implements are written in predicate.h
 *     and spec §2.3 [CANON]: two-valued logic, so not(p) is exactly the
 *     complement of p, null included.
 */
#include "predicate/internal.h"

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- small helpers shared by the module --------------------------------- */

const char *ds__pred_op_name(ds_pred_op op) {
    switch (op) {
    case DS_PRED_EQ: return "eq";
    case DS_PRED_NE: return "ne";
    case DS_PRED_LT: return "lt";
    case DS_PRED_LE: return "le";
    case DS_PRED_GT: return "gt";
    case DS_PRED_GE: return "ge";
    case DS_PRED_BETWEEN: return "between";
    case DS_PRED_BEGINS_WITH: return "beginsWith";
    case DS_PRED_CONTAINS: return "contains";
    case DS_PRED_NOT_CONTAINS: return "notContains";
    case DS_PRED_IN: return "in";
    case DS_PRED_NOT_IN: return "notIn";
    }
    return "?";
}

static char lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c; }

bool ds__pred_op_from_name(const char *s, size_t len, bool any_case, ds_pred_op *op) {
    for (int k = DS_PRED_EQ; k <= DS_PRED_NOT_IN; k++) {
        const char *name = ds__pred_op_name((ds_pred_op)k);
        size_t i = 0;
        while (i < len && name[i] && (any_case ? lower(s[i]) == lower(name[i]) : s[i] == name[i]))
            i++;
        if (i == len && !name[i]) {
            *op = (ds_pred_op)k;
            return true;
        }
    }
    return false;
}

bool ds__pred_utf8_ok(const char *s, size_t len) {
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        unsigned c = p[i];
        if (c == 0)
            return false;
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t n;
        uint32_t v, min;
        if (c >= 0xC2 && c <= 0xDF)
            n = 2, v = c & 0x1F, min = 0x80;
        else if (c >= 0xE0 && c <= 0xEF)
            n = 3, v = c & 0x0F, min = 0x800;
        else if (c >= 0xF0 && c <= 0xF4)
            n = 4, v = c & 0x07, min = 0x10000;
        else
            return false;
        if (len - i < n)
            return false;
        for (size_t k = 1; k < n; k++) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            v = (v << 6) | (p[i + k] & 0x3Fu);
        }
        if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
            return false;
        i += n;
    }
    return true;
}

static bool is_name(const char *s) {
    if (!s || !*s)
        return false;
    for (const char *p = s; *p; p++) {
        char c = *p;
        bool alpha = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
        if (!alpha && !(p != s && c >= '0' && c <= '9'))
            return false;
    }
    return true;
}

static bool op_valid(ds_pred_op op) { return (unsigned)op <= (unsigned)DS_PRED_NOT_IN; }

/* ---- nodes ---------------------------------------------------------------- */

static void free_values(ds_value *v, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (v[i].type == DS_VALUE_STRING)
            free((char *)v[i].u.s.ptr);
    free(v);
}

void ds_pred_free(ds_predicate *p) {
    if (!p)
        return;
    free(p->field);
    free_values(p->values, p->value_count);
    for (size_t i = 0; i < p->child_count; i++)
        ds_pred_free(p->children[i]);
    free(p->children);
    free(p);
}

/* Copies one operand into owned storage; false for a value the tree does
 * not hold or when out of memory. */
static bool copy_value(ds_value *dst, const ds_value *src) {
    *dst = *src;
    switch (src->type) {
    case DS_VALUE_NULL:
    case DS_VALUE_BOOL:
    case DS_VALUE_INT:
        return true;
    case DS_VALUE_FLOAT:
        return isfinite(src->u.f);
    case DS_VALUE_STRING: {
        size_t len = src->u.s.len;
        if (!src->u.s.ptr || !ds__pred_utf8_ok(src->u.s.ptr, len))
            return false;
        char *s = malloc(len + 1);
        if (!s)
            return false;
        memcpy(s, src->u.s.ptr, len);
        s[len] = '\0';
        dst->u.s.ptr = s;
        return true;
    }
    case DS_VALUE_JSON:
        return false;
    }
    return false;
}

ds_predicate *ds__pred_leaf(const char *field, ds_pred_op op, const ds_value *values, size_t count) {
    if (!is_name(field) || !op_valid(op) || (count && !values))
        return NULL;
    ds_predicate *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->kind = DS__PRED_LEAF;
    p->op = op;
    size_t flen = strlen(field);
    p->field = malloc(flen + 1);
    /* calloc(0) may return NULL; keep one slot so NULL always means failure */
    p->values = calloc(count ? count : 1, sizeof *p->values);
    if (!p->field || !p->values)
        goto fail;
    memcpy(p->field, field, flen + 1);
    for (size_t i = 0; i < count; i++) {
        if (!copy_value(&p->values[i], &values[i]))
            goto fail;
        p->value_count++;
    }
    return p;
fail:
    ds_pred_free(p);
    return NULL;
}

ds_predicate *ds_pred_cmp(const char *field, ds_pred_op op, ds_value value) {
    if (op == DS_PRED_BETWEEN)
        return NULL; /* needs two operands: ds_pred_between */
    return ds__pred_leaf(field, op, &value, 1);
}

ds_predicate *ds_pred_eq(const char *field, ds_value value) { return ds__pred_leaf(field, DS_PRED_EQ, &value, 1); }
ds_predicate *ds_pred_ne(const char *field, ds_value value) { return ds__pred_leaf(field, DS_PRED_NE, &value, 1); }
ds_predicate *ds_pred_lt(const char *field, ds_value value) { return ds__pred_leaf(field, DS_PRED_LT, &value, 1); }
ds_predicate *ds_pred_le(const char *field, ds_value value) { return ds__pred_leaf(field, DS_PRED_LE, &value, 1); }
ds_predicate *ds_pred_gt(const char *field, ds_value value) { return ds__pred_leaf(field, DS_PRED_GT, &value, 1); }
ds_predicate *ds_pred_ge(const char *field, ds_value value) { return ds__pred_leaf(field, DS_PRED_GE, &value, 1); }

ds_predicate *ds_pred_between(const char *field, ds_value low, ds_value high) {
    ds_value v[2] = {low, high};
    return ds__pred_leaf(field, DS_PRED_BETWEEN, v, 2);
}

ds_predicate *ds_pred_begins_with(const char *field, const char *prefix) {
    if (!prefix)
        return NULL;
    ds_value v = {.type = DS_VALUE_STRING, .u.s = {prefix, strlen(prefix)}};
    return ds__pred_leaf(field, DS_PRED_BEGINS_WITH, &v, 1);
}

ds_predicate *ds_pred_contains(const char *field, ds_value value) {
    return ds__pred_leaf(field, DS_PRED_CONTAINS, &value, 1);
}

ds_predicate *ds_pred_not_contains(const char *field, ds_value value) {
    return ds__pred_leaf(field, DS_PRED_NOT_CONTAINS, &value, 1);
}

ds_predicate *ds_pred_in(const char *field, const ds_value *values, size_t count) {
    return ds__pred_leaf(field, DS_PRED_IN, values, count);
}

ds_predicate *ds_pred_not_in(const char *field, const ds_value *values, size_t count) {
    return ds__pred_leaf(field, DS_PRED_NOT_IN, values, count);
}

/* ---- groups ----------------------------------------------------------------- */

/* Takes the children (all owned; any may be NULL) and makes a group. */
ds_predicate *ds__pred_group(ds__pred_kind kind, ds_predicate **kids, size_t count) {
    bool ok = kind == DS__PRED_AND || kind == DS__PRED_OR || (kind == DS__PRED_NOT && count == 1);
    for (size_t i = 0; i < count; i++)
        ok = ok && kids[i];
    if (ok && count == 1 && kind != DS__PRED_NOT)
        return kids[0];
    ds_predicate *p = ok ? calloc(1, sizeof *p) : NULL;
    if (p) {
        p->kind = kind;
        p->children = count ? malloc(count * sizeof *p->children) : NULL;
        if (count && !p->children) {
            free(p);
            p = NULL;
        }
    }
    if (!p) {
        for (size_t i = 0; i < count; i++)
            ds_pred_free(kids[i]);
        return NULL;
    }
    if (count)
        memcpy(p->children, kids, count * sizeof *kids);
    p->child_count = count;
    return p;
}

static ds_predicate *group_va(ds__pred_kind kind, size_t count, va_list ap) {
    ds_predicate *small[8], **kids = small;
    if (count > sizeof small / sizeof *small) {
        kids = count <= SIZE_MAX / sizeof *kids ? malloc(count * sizeof *kids) : NULL;
        if (!kids) {
            /* still take ownership: free what we were given */
            for (size_t i = 0; i < count; i++)
                ds_pred_free(va_arg(ap, ds_predicate *));
            return NULL;
        }
    }
    for (size_t i = 0; i < count; i++)
        kids[i] = va_arg(ap, ds_predicate *);
    ds_predicate *p = ds__pred_group(kind, kids, count);
    if (kids != small)
        free(kids);
    return p;
}

ds_predicate *ds_pred_and(size_t count, ...) {
    va_list ap;
    va_start(ap, count);
    ds_predicate *p = group_va(DS__PRED_AND, count, ap);
    va_end(ap);
    return p;
}

ds_predicate *ds_pred_or(size_t count, ...) {
    va_list ap;
    va_start(ap, count);
    ds_predicate *p = group_va(DS__PRED_OR, count, ap);
    va_end(ap);
    return p;
}

ds_predicate *ds_pred_not(ds_predicate *child) { return ds__pred_group(DS__PRED_NOT, &child, 1); }

ds_predicate *ds_pred_all(void) { return ds__pred_group(DS__PRED_AND, NULL, 0); }

/* ---- copy and equality ----------------------------------------------------------- */

ds_predicate *ds_pred_copy(const ds_predicate *p) {
    if (!p)
        return NULL;
    if (p->kind == DS__PRED_LEAF)
        return ds__pred_leaf(p->field, p->op, p->values, p->value_count);
    ds_predicate *q = calloc(1, sizeof *q);
    if (!q)
        return NULL;
    q->kind = p->kind;
    if (p->child_count) {
        q->children = calloc(p->child_count, sizeof *q->children);
        if (!q->children)
            goto fail;
        for (size_t i = 0; i < p->child_count; i++) {
            q->children[i] = ds_pred_copy(p->children[i]);
            if (!q->children[i])
                goto fail;
            q->child_count++;
        }
    }
    return q;
fail:
    ds_pred_free(q);
    return NULL;
}

static bool value_equal(const ds_value *a, const ds_value *b) {
    if (a->type != b->type)
        return false;
    switch (a->type) {
    case DS_VALUE_NULL: return true;
    case DS_VALUE_BOOL: return a->u.b == b->u.b;
    case DS_VALUE_INT: return a->u.i == b->u.i;
    case DS_VALUE_FLOAT: return a->u.f == b->u.f;
    case DS_VALUE_STRING:
    case DS_VALUE_JSON:
        return a->u.s.len == b->u.s.len && memcmp(a->u.s.ptr, b->u.s.ptr, a->u.s.len) == 0;
    }
    return false;
}

bool ds__pred_equal(const ds_predicate *a, const ds_predicate *b) {
    if (!a || !b)
        return a == b;
    if (a->kind != b->kind)
        return false;
    if (a->kind == DS__PRED_LEAF) {
        if (strcmp(a->field, b->field) != 0 || a->op != b->op || a->value_count != b->value_count)
            return false;
        for (size_t i = 0; i < a->value_count; i++)
            if (!value_equal(&a->values[i], &b->values[i]))
                return false;
        return true;
    }
    if (a->child_count != b->child_count)
        return false;
    for (size_t i = 0; i < a->child_count; i++)
        if (!ds__pred_equal(a->children[i], b->children[i]))
            return false;
    return true;
}
