/*
 * Predicates as AppSync filter and condition inputs (spec §2.8), both ways.
 *
 * Writing follows amplify-js's predicateToGraphQLFilter so that our sync
 * engine sends what the JS client sends:
 *   - a group is {"and": [...]}, {"or": [...]}, {"not": {...}}; a condition
 *     is {"field": {"op": value}}, between's value [low, high];
 *   - the root is always a group: a lone condition becomes {"and": [c]};
 *   - a nested and/or with one child is replaced by the child; at the root
 *     only when that child is itself an and/or;
 *   - for a condition (mutation `condition:` input) conditions on primary
 *     key fields are left out, since the generated condition input types
 *     have no key fields; a group left empty by that (or empty from the
 *     start, like ds_pred_all()) is dropped, and the whole input may become
 *     {} — which the caller sends as "no condition";
 *   - `in`/`notIn` (absent from ModelXFilterInput/ConditionInput) become an
 *     `or` of `eq` / an `and` of `ne` (spec §2.1 [CANON]).
 * One deliberate difference: an empty `or` (ds_pred_or(0), `in []`) matches
 * nothing, and dropping it would make the filter match everything, so it
 * is written as {"or": []} rather than dropped.
 *
 * Reading accepts what AppSync accepts in those inputs: several fields, or
 * several operators on one field, in one object mean "and"; attributeExists
 * is read as ne null / eq null. Anything else is refused naming its JSON
 * path ("filter.or[1].rating.gt").
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "predicate/internal.h"
#include "util/err.h"

/* ---- writing ---------------------------------------------------------------- */

static json_t *value_json(const ds_value *v) {
    switch (v->type) {
    case DS_VALUE_NULL: return json_null();
    case DS_VALUE_BOOL: return json_boolean(v->u.b);
    case DS_VALUE_INT: return json_integer((json_int_t)v->u.i);
    case DS_VALUE_FLOAT: return json_real(v->u.f);
    case DS_VALUE_STRING:
    case DS_VALUE_JSON: return json_stringn(v->u.s.ptr, v->u.s.len);
    }
    return NULL;
}

/* {"field": {"op": value}}; takes value (NULL: fails). */
static json_t *cond_json(const char *field, const char *op, json_t *value) {
    if (!value)
        return NULL;
    json_t *inner = json_object();
    if (!inner) {
        json_decref(value);
        return NULL;
    }
    if (json_object_set_new(inner, op, value) != 0) { /* value taken either way */
        json_decref(inner);
        return NULL;
    }
    json_t *outer = json_object();
    if (!outer) {
        json_decref(inner);
        return NULL;
    }
    if (json_object_set_new(outer, field, inner) != 0) {
        json_decref(outer);
        return NULL;
    }
    return outer;
}

typedef struct wctx {
    const ds_model *m;
    bool condition;
    bool nomem;
} wctx;

static bool omitted(const wctx *w, const ds_predicate *leaf) {
    if (!w->condition || !w->m)
        return false;
    for (size_t i = 0; i < w->m->key_count; i++)
        if (strcmp(w->m->key_fields[i]->name, leaf->field) == 0)
            return true;
    return false;
}

static bool is_list_group(const json_t *j) {
    return json_object_size(j) == 1 && (json_object_get(j, "and") || json_object_get(j, "or"));
}

static json_t *write_node(wctx *w, const ds_predicate *p, bool root);

/*
 * A group as JSON, or NULL when it is dropped (w->nomem tells failure from
 * dropping). Its children are the nodes kids[0..count), or, when expand is
 * an in/notIn leaf, one eq/ne condition per value of it.
 */
static json_t *write_group(wctx *w, ds__pred_kind kind, const ds_predicate *const *kids, size_t count,
                           const ds_predicate *expand, bool root) {
    bool is_list = kind != DS__PRED_NOT;
    json_t *children = json_array();
    if (!children) {
        w->nomem = true;
        return NULL;
    }
    size_t n = expand ? expand->value_count : count;
    for (size_t i = 0; i < n && !w->nomem; i++) {
        json_t *c;
        if (expand)
            c = cond_json(expand->field, expand->op == DS_PRED_IN ? "eq" : "ne", value_json(&expand->values[i]));
        else
            c = write_node(w, kids[i], false);
        if (!c) {
            if (expand)
                w->nomem = true;
            continue;
        }
        if (json_array_append_new(children, c) != 0)
            w->nomem = true;
    }
    json_t *result = NULL;
    size_t got = json_array_size(children);
    if (w->nomem) {
        /* nothing */
    } else if (got == 1 && is_list && (!root || is_list_group(json_array_get(children, 0)))) {
        result = json_incref(json_array_get(children, 0));
    } else if (got == 0 && !(kind == DS__PRED_OR && n == 0)) {
        result = NULL; /* dropped, as amplify-js drops empty groups */
    } else {
        result = json_object();
        const char *key = kind == DS__PRED_AND ? "and" : kind == DS__PRED_OR ? "or" : "not";
        json_t *val = is_list ? json_incref(children) : json_incref(json_array_get(children, 0));
        if (!result || json_object_set_new(result, key, val) != 0) {
            json_decref(result);
            result = NULL;
            w->nomem = true;
        }
    }
    json_decref(children);
    return result;
}

static json_t *write_leaf(wctx *w, const ds_predicate *p) {
    if (omitted(w, p))
        return NULL;
    if (p->op == DS_PRED_IN || p->op == DS_PRED_NOT_IN)
        return write_group(w, p->op == DS_PRED_IN ? DS__PRED_OR : DS__PRED_AND, NULL, 0, p, false);
    json_t *v;
    if (p->op == DS_PRED_BETWEEN) {
        v = json_array();
        if (v && (json_array_append_new(v, value_json(&p->values[0])) != 0 ||
                  json_array_append_new(v, value_json(&p->values[1])) != 0)) {
            json_decref(v);
            v = NULL;
        }
    } else {
        v = value_json(&p->values[0]);
    }
    json_t *c = cond_json(p->field, ds__pred_op_name(p->op), v);
    if (!c)
        w->nomem = true;
    return c;
}

static json_t *write_node(wctx *w, const ds_predicate *p, bool root) {
    switch (p->kind) {
    case DS__PRED_LEAF:
        if (root) /* amplify-js's root is always a group */
            return write_group(w, DS__PRED_AND, &p, 1, NULL, true);
        return write_leaf(w, p);
    case DS__PRED_AND:
    case DS__PRED_OR:
    case DS__PRED_NOT:
        return write_group(w, p->kind, (const ds_predicate *const *)p->children, p->child_count, NULL, root);
    }
    return NULL;
}

json_t *ds__pred_to_graphql(const ds_predicate *p, const ds_model *m, bool condition) {
    if (!p)
        return json_object();
    wctx w = {.m = m, .condition = condition};
    json_t *j = write_node(&w, p, true);
    if (w.nomem) {
        json_decref(j);
        return NULL;
    }
    return j ? j : json_object();
}

/* ---- reading ---------------------------------------------------------------- */

typedef struct rctx {
    const ds_model *m;
    ds_error *err;
    ds_status rc;
    char path[512];
} rctx;

static void rfail(rctx *r, ds_status code, const char *fmt, ...) DS__PRINTF(3, 4);
static void rfail(rctx *r, ds_status code, const char *fmt, ...) {
    if (r->rc != DS_OK)
        return;
    char msg[DS_ERROR_MESSAGE_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    r->rc = ds__error(r->err, code, "%s: %s", r->path, msg);
}

/* Path steps (cut when the path gets long); each returns the old length
 * to restore. */
static size_t push_key(rctx *r, const char *key) {
    size_t old = strlen(r->path);
    int n = snprintf(r->path + old, sizeof r->path - old, ".%s", key);
    (void)n;
    return old;
}

static size_t push_index(rctx *r, size_t index) {
    size_t old = strlen(r->path);
    int n = snprintf(r->path + old, sizeof r->path - old, "[%zu]", index);
    (void)n;
    return old;
}

static const char *json_kind(const json_t *j) {
    switch (json_typeof(j)) {
    case JSON_OBJECT: return "an object";
    case JSON_ARRAY: return "a list";
    case JSON_STRING: return "a string";
    case JSON_INTEGER: return "an integer";
    case JSON_REAL: return "a number";
    case JSON_TRUE:
    case JSON_FALSE: return "a Boolean";
    case JSON_NULL: return "null";
    }
    return "?";
}

static bool scalar_value(rctx *r, json_t *j, ds_value *out) {
    switch (json_typeof(j)) {
    case JSON_NULL: out->type = DS_VALUE_NULL; return true;
    case JSON_TRUE:
    case JSON_FALSE: out->type = DS_VALUE_BOOL, out->u.b = json_is_true(j); return true;
    case JSON_INTEGER: out->type = DS_VALUE_INT, out->u.i = (int64_t)json_integer_value(j); return true;
    case JSON_REAL: out->type = DS_VALUE_FLOAT, out->u.f = json_real_value(j); return true;
    case JSON_STRING:
        out->type = DS_VALUE_STRING;
        out->u.s.ptr = json_string_value(j);
        out->u.s.len = json_string_length(j);
        if (!ds__pred_utf8_ok(out->u.s.ptr, out->u.s.len)) {
            rfail(r, DS_ERR_INVALID, "strings cannot contain NUL characters");
            return false;
        }
        return true;
    default: rfail(r, DS_ERR_INVALID, "expected a single value, got %s", json_kind(j)); return false;
    }
}

static ds_predicate *read_cond(rctx *r, const char *field, const char *opname, json_t *operand) {
    ds_value small[2], *vals = small;
    size_t n = 0;
    ds_pred_op op;
    ds_predicate *leaf = NULL;
    if (strcmp(opname, "attributeExists") == 0) {
        if (!json_is_boolean(operand)) {
            rfail(r, DS_ERR_INVALID, "attributeExists takes true or false, got %s", json_kind(operand));
            return NULL;
        }
        op = json_is_true(operand) ? DS_PRED_NE : DS_PRED_EQ;
        small[0].type = DS_VALUE_NULL;
        n = 1;
    } else {
        if (!ds__pred_op_from_name(opname, strlen(opname), false, &op)) {
            rfail(r, DS_ERR_INVALID,
                  "unsupported operator \"%s\"; expected one of eq, ne, lt, le, gt, ge, between, beginsWith, "
                  "contains, notContains, in, notIn, attributeExists",
                  opname);
            return NULL;
        }
        if (op == DS_PRED_BETWEEN || op == DS_PRED_IN || op == DS_PRED_NOT_IN) {
            if (!json_is_array(operand) || (op == DS_PRED_BETWEEN && json_array_size(operand) != 2)) {
                rfail(r, DS_ERR_INVALID, "%s takes a list%s, got %s", opname,
                      op == DS_PRED_BETWEEN ? " of two values [low, high]" : "",
                      json_is_array(operand) ? "a list of another length" : json_kind(operand));
                return NULL;
            }
            n = json_array_size(operand);
            if (n > 2 && !(vals = malloc(n * sizeof *vals))) {
                rfail(r, DS_ERR_NOMEM, "out of memory");
                return NULL;
            }
            for (size_t i = 0; i < n; i++) {
                size_t old = push_index(r, i);
                bool ok = scalar_value(r, json_array_get(operand, i), &vals[i]);
                r->path[old] = '\0';
                if (!ok)
                    goto done;
            }
        } else {
            if (!scalar_value(r, operand, &vals[0]))
                goto done;
            n = 1;
        }
    }
    leaf = ds__pred_leaf(field, op, vals, n);
    if (!leaf) {
        rfail(r, DS_ERR_INVALID, "\"%s\" is not a field name (or out of memory)", field);
        goto done;
    }
    if (r->m) {
        ds_error e = DS_ERROR_INIT;
        ds_status rc = ds__pred_check_leaf(leaf, r->m, NULL, &e);
        if (rc != DS_OK) {
            rfail(r, rc, "%s", e.message);
            ds_pred_free(leaf);
            leaf = NULL;
        }
    }
done:
    if (vals != small)
        free(vals);
    return leaf;
}

typedef struct kids {
    ds_predicate **items;
    size_t count, cap;
} kids;

static bool kids_push(rctx *r, kids *k, ds_predicate *p) {
    if (!p)
        return false;
    if (k->count == k->cap) {
        size_t cap = k->cap ? k->cap * 2 : 4;
        ds_predicate **items = realloc(k->items, cap * sizeof *items);
        if (!items) {
            ds_pred_free(p);
            rfail(r, DS_ERR_NOMEM, "out of memory");
            return false;
        }
        k->items = items, k->cap = cap;
    }
    k->items[k->count++] = p;
    return true;
}

static ds_predicate *kids_group(rctx *r, kids *k, ds__pred_kind kind, bool ok) {
    ds_predicate *g = NULL;
    if (ok) {
        g = ds__pred_group(kind, k->items, k->count);
        if (!g)
            rfail(r, DS_ERR_NOMEM, "out of memory");
    } else {
        for (size_t i = 0; i < k->count; i++)
            ds_pred_free(k->items[i]);
    }
    free(k->items);
    return g;
}

static ds_predicate *read_filter(rctx *r, json_t *obj, int depth) {
    if (depth > DS__PRED_MAX_DEPTH) {
        rfail(r, DS_ERR_LIMIT, "nesting deeper than %d levels", DS__PRED_MAX_DEPTH);
        return NULL;
    }
    if (!json_is_object(obj)) {
        rfail(r, DS_ERR_INVALID, "expected a filter object, got %s", json_kind(obj));
        return NULL;
    }
    kids all = {0};
    bool ok = true;
    const char *key;
    json_t *val;
    json_object_foreach(obj, key, val) {
        size_t old = push_key(r, key);
        if (strcmp(key, "and") == 0 || strcmp(key, "or") == 0) {
            if (!json_is_array(val)) {
                rfail(r, DS_ERR_INVALID, "expected a list of filters, got %s", json_kind(val));
                ok = false;
            } else {
                kids group = {0};
                bool gok = true;
                for (size_t i = 0; i < json_array_size(val) && gok; i++) {
                    size_t o2 = push_index(r, i);
                    gok = kids_push(r, &group, read_filter(r, json_array_get(val, i), depth + 1));
                    r->path[o2] = '\0';
                }
                ok = kids_push(r, &all, kids_group(r, &group, key[0] == 'a' ? DS__PRED_AND : DS__PRED_OR, gok));
            }
        } else if (strcmp(key, "not") == 0) {
            ds_predicate *child = read_filter(r, val, depth + 1);
            ds_predicate *n = child ? ds_pred_not(child) : NULL;
            if (child && !n)
                rfail(r, DS_ERR_NOMEM, "out of memory");
            ok = kids_push(r, &all, n);
        } else if (!json_is_object(val)) {
            rfail(r, DS_ERR_INVALID, "expected an object of operators such as {\"eq\": ...}, got %s",
                  json_kind(val));
            ok = false;
        } else {
            const char *opname;
            json_t *operand;
            json_object_foreach(val, opname, operand) {
                size_t o2 = push_key(r, opname);
                ok = kids_push(r, &all, read_cond(r, key, opname, operand));
                r->path[o2] = '\0';
                if (!ok)
                    break;
            }
        }
        r->path[old] = '\0';
        if (!ok)
            break;
    }
    return kids_group(r, &all, DS__PRED_AND, ok);
}

ds_status ds__pred_from_graphql(ds_predicate **out, json_t *filter, const ds_model *m, ds_error *err) {
    if (out)
        *out = NULL;
    if (!out || !filter)
        return ds__error(err, DS_ERR_INVALID, "ds__pred_from_graphql needs an out pointer and a filter");
    rctx r = {.m = m, .err = err, .rc = DS_OK};
    snprintf(r.path, sizeof r.path, "filter");
    ds_predicate *p = read_filter(&r, filter, 0);
    if (r.rc != DS_OK) {
        ds_pred_free(p);
        return r.rc;
    }
    if (!p)
        return ds__error(err, DS_ERR_NOMEM, "out of memory");
    *out = p;
    ds_error_clear(err);
    return DS_OK;
}
