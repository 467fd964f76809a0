/*
 * Checking a predicate against a model (spec §2.1).
 *
 * Each field falls in one class, and the class decides which operators
 * apply and which operand kinds fit:
 *
 *   class     fields                                  operators              operands
 *   string    ID, String, AWSDate/Time/DateTime,      all but none           string
 *             AWSEmail/URL/Phone/IPAddress, AWSJSON
 *   integer   Int, AWSTimestamp                       eq..ge between in/not  integer
 *   float     Float                                   eq..ge between in/not  integer or float
 *   boolean   Boolean                                 eq ne in notIn         true/false
 *   enum      enums                                   eq..ge in notIn        a member's name
 *   list      [T] of any of the above                 contains notContains   an element (T)
 *   embedded  non-model types                         —                      —
 *
 * Every field may also be compared with null by eq and ne ("is null"); null
 * may also appear in in/notIn lists. Nothing else takes null. Lists and
 * embedded values are only ever tested for null or (lists) membership.
 * Relationship (model-typed) fields are refused: a condition names the
 * foreign-key fields instead. The sync metadata `_version`,
 * `_lastChangedAt` and `_deleted` can be named on models (the server
 * filters on `_deleted`); they are not columns of the local table, so the
 * SQL compiler refuses them.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "predicate/internal.h"
#include "util/buf.h"
#include "util/err.h"

typedef enum fclass { C_STRING, C_INT, C_FLOAT, C_BOOL, C_ENUM, C_EMBEDDED, C_MODEL } fclass;

static const ds_field meta_fields[] = {
    {.name = "_version", .kind = DS_KIND_SCALAR, .scalar = DS_SCALAR_INT, .type_name = "Int"},
    {.name = "_lastChangedAt", .kind = DS_KIND_SCALAR, .scalar = DS_SCALAR_AWSTIMESTAMP,
     .type_name = "AWSTimestamp"},
    {.name = "_deleted", .kind = DS_KIND_SCALAR, .scalar = DS_SCALAR_BOOLEAN, .type_name = "Boolean"},
};

const ds_field *ds__pred_field(const ds_model *m, const char *name) {
    if (!m || !name)
        return NULL;
    const ds_field *f = ds_model_field(m, name);
    if (f || !m->is_model)
        return f;
    for (size_t i = 0; i < sizeof meta_fields / sizeof *meta_fields; i++)
        if (strcmp(meta_fields[i].name, name) == 0)
            return &meta_fields[i];
    return NULL;
}

bool ds__pred_is_meta_field(const ds_field *f) {
    return f >= meta_fields && f < meta_fields + sizeof meta_fields / sizeof *meta_fields;
}

/* The class of a field's value, or of each item for a list. */
static fclass value_class(const ds_field *f) {
    switch (f->kind) {
    case DS_KIND_ENUM: return C_ENUM;
    case DS_KIND_NONMODEL: return C_EMBEDDED;
    case DS_KIND_MODEL: return C_MODEL;
    case DS_KIND_SCALAR: break;
    }
    switch (f->scalar) {
    case DS_SCALAR_INT:
    case DS_SCALAR_AWSTIMESTAMP: return C_INT;
    case DS_SCALAR_FLOAT: return C_FLOAT;
    case DS_SCALAR_BOOLEAN: return C_BOOL;
    default: return C_STRING;
    }
}

#define B(op) (1u << (op))
#define ORDERING (B(DS_PRED_EQ) | B(DS_PRED_NE) | B(DS_PRED_LT) | B(DS_PRED_LE) | B(DS_PRED_GT) | B(DS_PRED_GE))
#define MEMBERSHIP (B(DS_PRED_IN) | B(DS_PRED_NOT_IN))

/* Operators allowed for non-null operands on f. */
static unsigned allowed_ops(const ds_field *f) {
    if (f->is_list) {
        fclass c = value_class(f);
        return c == C_EMBEDDED || c == C_MODEL ? 0 : B(DS_PRED_CONTAINS) | B(DS_PRED_NOT_CONTAINS);
    }
    switch (value_class(f)) {
    case C_STRING:
        return ORDERING | B(DS_PRED_BETWEEN) | B(DS_PRED_BEGINS_WITH) | B(DS_PRED_CONTAINS) |
               B(DS_PRED_NOT_CONTAINS) | MEMBERSHIP;
    case C_INT:
    case C_FLOAT:
        return ORDERING | B(DS_PRED_BETWEEN) | MEMBERSHIP;
    case C_BOOL: return B(DS_PRED_EQ) | B(DS_PRED_NE) | MEMBERSHIP;
    case C_ENUM:
        return ORDERING | MEMBERSHIP;
    case C_EMBEDDED:
    case C_MODEL: return 0;
    }
    return 0;
}

static const char *type_text(const ds_field *f, char *buf, size_t n) {
    snprintf(buf, n, f->is_list ? "[%s]" : "%s", f->type_name ? f->type_name : "?");
    return buf;
}

/* A short rendering of an operand for messages. */
static const char *value_text(const ds_value *v, char *buf, size_t n) {
    switch (v->type) {
    case DS_VALUE_NULL: return "null";
    case DS_VALUE_BOOL: return v->u.b ? "true" : "false";
    case DS_VALUE_INT: snprintf(buf, n, "%" PRId64, v->u.i); return buf;
    case DS_VALUE_FLOAT: snprintf(buf, n, "%.17g", v->u.f); return buf;
    case DS_VALUE_STRING:
    case DS_VALUE_JSON: {
        int len = v->u.s.len > 40 ? 40 : (int)v->u.s.len;
        snprintf(buf, n, "\"%.*s%s\"", len, v->u.s.ptr, v->u.s.len > 40 ? "..." : "");
        return buf;
    }
    }
    return "?";
}

/* "a, b, c" from a list of names, into a buffer (cut when long). */
static void join_names(ds__buf *b, const char *const *names, size_t n) {
    for (size_t i = 0; i < n && b->len < 1500; i++)
        ds__buf_printf(b, "%s%s", i ? ", " : "", names[i]);
}

static void op_list(ds__buf *b, unsigned mask) {
    bool first = true;
    for (int op = DS_PRED_EQ; op <= DS_PRED_NOT_IN; op++) {
        if (mask & (1u << op)) {
            ds__buf_printf(b, "%s%s", first ? "" : ", ", ds__pred_op_name((ds_pred_op)op));
            first = false;
        }
    }
}

static ds_status unknown_field(const ds_predicate *leaf, const ds_model *m, ds_error *err) {
    ds__buf b;
    ds__buf_init(&b, 4096);
    for (size_t i = 0; i < m->field_count; i++)
        if (m->fields[i].kind != DS_KIND_MODEL && b.len < 1500)
            ds__buf_printf(&b, "%s%s", b.len ? ", " : "", m->fields[i].name);
    ds_status rc = ds__error(err, DS_ERR_INVALID, "unknown field \"%s\" of %s; expected one of %s", leaf->field,
                             m->name, b.data ? b.data : "(none)");
    ds__buf_free(&b);
    return rc;
}

static ds_status relationship_field(const ds_field *f, const ds_model *m, ds_error *err) {
    const ds_association *a = &f->association;
    if (a->target_count == 0)
        return ds__error(err, DS_ERR_INVALID,
                         "field \"%s\" of %s is a relationship to %s; conditions apply to fields holding values, "
                         "not to related records",
                         f->name, m->name, a->related ? a->related->name : f->type_name);
    ds__buf b;
    ds__buf_init(&b, 2048);
    join_names(&b, a->target_names, a->target_count);
    ds_status rc = ds__error(err, DS_ERR_INVALID,
                             "field \"%s\" of %s is a relationship to %s; use its key field%s %s instead", f->name,
                             m->name, a->related ? a->related->name : f->type_name, a->target_count > 1 ? "s" : "",
                             b.data ? b.data : "");
    ds__buf_free(&b);
    return rc;
}

static ds_status bad_operator(const ds_predicate *leaf, const ds_field *f, unsigned mask, ds_error *err) {
    char tb[160];
    if (!mask)
        return ds__error(err, DS_ERR_INVALID,
                         "operator %s does not apply to %s (%s); %s values can only be compared with null (eq, ne)",
                         ds__pred_op_name(leaf->op), f->name, type_text(f, tb, sizeof tb),
                         f->is_list ? "list" : "embedded");
    ds__buf b;
    ds__buf_init(&b, 1024);
    op_list(&b, mask);
    ds_status rc = ds__error(err, DS_ERR_INVALID, "operator %s does not apply to %s (%s); use one of %s",
                             ds__pred_op_name(leaf->op), f->name, type_text(f, tb, sizeof tb),
                             b.data ? b.data : "");
    ds__buf_free(&b);
    return rc;
}

/* Checks operand v against the class of f's values (items for lists). */
static ds_status check_operand(const ds_predicate *leaf, const ds_field *f, const ds_value *v, ds_error *err) {
    char vb[80];
    const char *want = NULL;
    switch (value_class(f)) {
    case C_STRING:
        if (v->type != DS_VALUE_STRING)
            want = "a string";
        break;
    case C_INT:
        if (v->type != DS_VALUE_INT)
            want = "an integer";
        break;
    case C_FLOAT:
        if (v->type != DS_VALUE_INT && v->type != DS_VALUE_FLOAT)
            want = "a number";
        break;
    case C_BOOL:
        if (v->type != DS_VALUE_BOOL)
            want = "true or false";
        break;
    case C_ENUM: {
        const ds_enum *e = f->enum_type;
        if (v->type == DS_VALUE_STRING && (!e || ds_enum_has_value(e, v->u.s.ptr)))
            break;
        ds__buf b;
        ds__buf_init(&b, 2048);
        if (e)
            join_names(&b, e->values, e->value_count);
        ds_status rc = ds__error(err, DS_ERR_INVALID, "%s is not a value of %s for %s %s; expected one of %s",
                                 value_text(v, vb, sizeof vb), f->type_name, f->name, ds__pred_op_name(leaf->op),
                                 b.data ? b.data : "");
        ds__buf_free(&b);
        return rc;
    }
    case C_EMBEDDED:
    case C_MODEL:
        want = "null";
        break;
    }
    if (!want)
        return DS_OK;
    return ds__error(err, DS_ERR_INVALID, "%s %s takes %s%s, not %s", f->name, ds__pred_op_name(leaf->op), want,
                     f->is_list ? " (an element of the list)" : "", value_text(v, vb, sizeof vb));
}

/* Numbers or strings in order; -2 when they do not compare. */
static int order(const ds_value *a, const ds_value *b) {
    bool an = a->type == DS_VALUE_INT || a->type == DS_VALUE_FLOAT;
    bool bn = b->type == DS_VALUE_INT || b->type == DS_VALUE_FLOAT;
    if (an && bn) {
        if (a->type == DS_VALUE_INT && b->type == DS_VALUE_INT)
            return a->u.i < b->u.i ? -1 : a->u.i > b->u.i;
        double x = a->type == DS_VALUE_INT ? (double)a->u.i : a->u.f;
        double y = b->type == DS_VALUE_INT ? (double)b->u.i : b->u.f;
        return x < y ? -1 : x > y;
    }
    if (a->type == DS_VALUE_STRING && b->type == DS_VALUE_STRING) {
        size_t n = a->u.s.len < b->u.s.len ? a->u.s.len : b->u.s.len;
        int c = memcmp(a->u.s.ptr, b->u.s.ptr, n);
        if (c)
            return c < 0 ? -1 : 1;
        return a->u.s.len < b->u.s.len ? -1 : a->u.s.len > b->u.s.len;
    }
    return -2;
}

static size_t expected_operands(ds_pred_op op) {
    return op == DS_PRED_BETWEEN ? 2 : op == DS_PRED_IN || op == DS_PRED_NOT_IN ? SIZE_MAX : 1;
}

ds_status ds__pred_check_leaf(const ds_predicate *leaf, const ds_model *m, int *blame, ds_error *err) {
    int dummy;
    if (!blame)
        blame = &dummy;
    *blame = -2;
    if (!leaf || leaf->kind != DS__PRED_LEAF || !m)
        return ds__error(err, DS_ERR_INVALID, "no condition or no model to check it against");
    const ds_field *f = ds__pred_field(m, leaf->field);
    if (!f)
        return unknown_field(leaf, m, err);
    if (f->kind == DS_KIND_MODEL)
        return relationship_field(f, m, err);

    *blame = -1;
    size_t want = expected_operands(leaf->op);
    if (want != SIZE_MAX && leaf->value_count != want)
        return ds__error(err, DS_ERR_INVALID, "%s %s takes %zu operand%s, not %zu", f->name,
                         ds__pred_op_name(leaf->op), want, want > 1 ? "s" : "", leaf->value_count);

    /* Comparing with null ("is null" / "is not null") works on every field. */
    if ((leaf->op == DS_PRED_EQ || leaf->op == DS_PRED_NE) && leaf->values[0].type == DS_VALUE_NULL)
        return DS_OK;
    unsigned mask = allowed_ops(f);
    if (!(mask & (1u << leaf->op)))
        return bad_operator(leaf, f, mask, err);

    bool list_op = leaf->op == DS_PRED_IN || leaf->op == DS_PRED_NOT_IN;
    for (size_t i = 0; i < leaf->value_count; i++) {
        *blame = (int)i;
        const ds_value *v = &leaf->values[i];
        if (v->type == DS_VALUE_NULL) {
            if (list_op)
                continue;
            return ds__error(err, DS_ERR_INVALID, "%s %s does not take null; only eq, ne, in and notIn do", f->name,
                             ds__pred_op_name(leaf->op));
        }
        ds_status rc = check_operand(leaf, f, v, err);
        if (rc != DS_OK)
            return rc;
    }
    if (leaf->op == DS_PRED_BETWEEN && order(&leaf->values[0], &leaf->values[1]) > 0) {
        char lb[80], hb[80];
        *blame = 0;
        return ds__error(err, DS_ERR_INVALID, "%s between: the low bound %s is greater than the high bound %s",
                         f->name, value_text(&leaf->values[0], lb, sizeof lb),
                         value_text(&leaf->values[1], hb, sizeof hb));
    }
    *blame = -2;
    return DS_OK;
}

static ds_status check_node(const ds_predicate *p, const ds_model *m, ds_error *err) {
    if (p->kind == DS__PRED_LEAF)
        return ds__pred_check_leaf(p, m, NULL, err);
    for (size_t i = 0; i < p->child_count; i++) {
        ds_status rc = check_node(p->children[i], m, err);
        if (rc != DS_OK)
            return rc;
    }
    return DS_OK;
}

ds_status ds_pred_check(const ds_predicate *p, const ds_model *model, ds_error *err) {
    if (!p || !model)
        return ds__error(err, DS_ERR_INVALID, "ds_pred_check needs a predicate and a model");
    ds_status rc = check_node(p, model, err);
    if (rc == DS_OK)
        ds_error_clear(err);
    return rc;
}
