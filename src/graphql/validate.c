/*
 * Validation of executable documents (spec October 2021, §5); see validate.h.
 *
 * Design:
 *   - One walk over each operation's and each fragment definition's
 *     selection set, with the parent type at hand, checks the rules that
 *     are local to a selection: fields exist, leaf/composite selections,
 *     arguments (known, unique, required, values of the right type),
 *     directives (known, allowed here, unique), inline fragment and spread
 *     type conditions. Fragment definitions are walked once each, on their
 *     own type condition, not once per spread, so the work is linear in the
 *     document however often a fragment is spread.
 *   - The walk records, per operation and per fragment (a "scope"), every
 *     variable usage with the type expected where it is used, and every
 *     fragment spread. The rules that need the whole document are then
 *     answered from those lists: variables defined and used, usages allowed
 *     (§5.8.5, with the location-default rule), fragments used, no cycles
 *     (an iterative depth-first search, so a long chain of fragments cannot
 *     exhaust the stack), and the nesting depth through fragments
 *     (memoized per fragment).
 *   - Field merging (§5.3.2) is checked in its basic form: in each selection
 *     set, with inline fragments and spread fragments flattened in, fields
 *     sharing a response key must be the same field with the same
 *     arguments (unless their parents are different object types) and
 *     return types of the same shape. Conflicts between the sub-selections
 *     of merged fields are not looked for. The flattening has a budget per
 *     document, so a hostile document cannot make it quadratic; past the
 *     budget the check is skipped (the executor merges fields the same way
 *     whatever the outcome).
 *   - Messages are graphql-java's (what AppSync returns), including its way
 *     of printing literal values (IntValue{value=5}); see validate.h.
 */
#include "graphql/validate.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graphql/map.h"
#include "graphql/parser.h"
#include "graphql/printer.h"
#include "util/buf.h"
#include "util/path.h"
#include "util/scalars.h"

/* ---- small vectors ------------------------------------------------------------ */

#define VEC(T)                                                                                                         \
    struct {                                                                                                           \
        T *items;                                                                                                      \
        size_t n, cap;                                                                                                 \
    }

static bool vec_reserve(void **items, size_t *cap, size_t elem, size_t need) {
    if (need <= *cap)
        return true;
    size_t nc = *cap ? *cap * 2 : 8;
    while (nc < need)
        nc *= 2;
    void *p = realloc(*items, nc * elem);
    if (!p)
        return false;
    *items = p;
    *cap = nc;
    return true;
}

#define VPUSH(v, x)                                                                                                    \
    (vec_reserve((void **)&(v).items, &(v).cap, sizeof *(v).items, (v).n + 1) ? ((v).items[(v).n++] = (x), true)       \
                                                                              : false)

typedef struct usage {
    const char *name;
    ds__gql_loc loc;
    const ds__gql_type *type; /* expected where used; NULL inside a custom scalar */
    bool loc_default;         /* the argument or input field there has a default */
} usage;

typedef struct spread {
    const char *name;
    ds__gql_loc loc;
} spread;

/* What an operation or a fragment definition uses. */
typedef struct scope {
    VEC(usage) usages;
    VEC(spread) spreads;
} scope;

typedef struct frag_info {
    const ds__gql_fragment *def;
    const ds__gql_typesys_type *type; /* NULL when unknown or not composite */
    scope sc;
    int color;       /* cycle search: 0 white, 1 on the stack, 2 done */
    int depth_state; /* 0 not computed, 1 computing, 2 done */
    unsigned depth;
    bool used;
    size_t stamp; /* 1 + the operation that last reached it */
} frag_info;

typedef struct mfield {
    const ds__gql_selection *f;
    const ds__gql_typesys_type *parent;
    const ds__gql_typesys_field *def;
} mfield;

typedef VEC(mfield) mfield_vec;
typedef VEC(frag_info *) frag_vec;

typedef struct vctx {
    const ds__gql_typesys *ts;
    const ds__gql_doc *doc;
    ds__diags *diags;
    ds_status status;
    size_t nerrors;
    ds__gql_map frags; /* name -> frag_info (the first of that name) */
    frag_info *finfo;
    size_t nfrags;
    scope *cur;
    const char *path[DS__GQL_MAX_DEPTH + 2];
    size_t depth;
    size_t merge_budget;
    bool too_deep;
} vctx;

/* Field visits the merge check may make per document. */
#define MERGE_BUDGET ((size_t)200000)

static void nomem(vctx *v) { v->status = DS_ERR_NOMEM; }

/* ---- messages -------------------------------------------------------------------- */

static void verr(vctx *v, ds__gql_loc loc, const char *kind, const char *fmt, ...) DS__PRINTF(4, 5);

static void verr(vctx *v, ds__gql_loc loc, const char *kind, const char *fmt, ...) {
    if (v->status == DS_OK)
        v->status = DS_ERR_INVALID;
    if (!v->diags || ++v->nerrors > DS__GQL_MAX_VALIDATION_ERRORS)
        return;
    char text[768];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    ds__buf path;
    ds__buf_init(&path, 200);
    for (size_t i = 0; i < v->depth && i < sizeof v->path / sizeof *v->path; i++) {
        if (i)
            ds__buf_putc(&path, '/');
        ds__buf_puts(&path, v->path[i]);
    }
    if (v->depth && path.data && !path.failed)
        ds__diags_add(v->diags, DS_ERR_INVALID, loc.line, loc.column, "Validation error of type %s: %s @ '%s'", kind,
                      text, path.data);
    else
        ds__diags_add(v->diags, DS_ERR_INVALID, loc.line, loc.column, "Validation error of type %s: %s", kind, text);
    ds__buf_free(&path);
}

const char *ds__gql_type_text(const ds__gql_type *t, char *buf, size_t cap) {
    ds__buf b;
    ds__buf_init(&b, cap > 4 ? cap - 4 : 1);
    ds__gql_print_type(&b, t);
    snprintf(buf, cap, "%s%s", b.data ? b.data : "", b.failed ? "..." : "");
    ds__buf_free(&b);
    return buf;
}

/* A literal the way graphql-java's toString() shows it. */
static void java_value(ds__buf *b, const ds__gql_value *v) {
    switch (v->kind) {
    case DS__GQL_VAL_VARIABLE: ds__buf_printf(b, "VariableReference{name='%s'}", v->str); break;
    case DS__GQL_VAL_INT: ds__buf_printf(b, "IntValue{value=%s}", v->str); break;
    case DS__GQL_VAL_FLOAT: ds__buf_printf(b, "FloatValue{value=%s}", v->str); break;
    case DS__GQL_VAL_STRING:
        ds__buf_puts(b, "StringValue{value='");
        ds__buf_append(b, v->str, v->len);
        ds__buf_puts(b, "'}");
        break;
    case DS__GQL_VAL_BOOLEAN: ds__buf_printf(b, "BooleanValue{value=%s}", v->boolean ? "true" : "false"); break;
    case DS__GQL_VAL_NULL: ds__buf_puts(b, "NullValue{}"); break;
    case DS__GQL_VAL_ENUM: ds__buf_printf(b, "EnumValue{name='%s'}", v->str); break;
    case DS__GQL_VAL_LIST:
        ds__buf_puts(b, "ArrayValue{values=[");
        for (const ds__gql_value *i = v->items; i && !b->failed; i = i->next) {
            java_value(b, i);
            if (i->next)
                ds__buf_puts(b, ", ");
        }
        ds__buf_puts(b, "]}");
        break;
    case DS__GQL_VAL_OBJECT:
        ds__buf_puts(b, "ObjectValue{objectFields=[");
        for (const ds__gql_object_field *f = v->fields; f && !b->failed; f = f->next) {
            ds__buf_printf(b, "ObjectField{name='%s', value=", f->name);
            java_value(b, f->value);
            ds__buf_putc(b, '}');
            if (f->next)
                ds__buf_puts(b, ", ");
        }
        ds__buf_puts(b, "]}");
        break;
    }
}

static const char *java_text(const ds__gql_value *v, char *buf, size_t cap) {
    ds__buf b;
    ds__buf_init(&b, cap > 4 ? cap - 4 : 1);
    java_value(&b, v);
    snprintf(buf, cap, "%s%s", b.data ? b.data : "", b.failed ? "..." : "");
    ds__buf_free(&b);
    return buf;
}

/* ---- the path ------------------------------------------------------------------- */

static void push_path(vctx *v, const char *name) {
    if (v->depth < sizeof v->path / sizeof *v->path)
        v->path[v->depth] = name;
    v->depth++;
}

static void pop_path(vctx *v) { v->depth--; }

/* ---- values (§5.6) ------------------------------------------------------------------ */

static void record_usage(vctx *v, const ds__gql_value *val, const ds__gql_type *type, bool loc_default) {
    if (!v->cur)
        return;
    usage u = {val->str, val->loc, type, loc_default};
    if (!VPUSH(v->cur->usages, u))
        nomem(v);
}

/* Variables inside a value no type describes (a custom scalar's literal):
 * used, but with nothing to check them against. */
static void record_untyped(vctx *v, const ds__gql_value *val) {
    if (val->kind == DS__GQL_VAL_VARIABLE)
        record_usage(v, val, NULL, false);
    for (const ds__gql_value *i = val->items; i; i = i->next)
        record_untyped(v, i);
    for (const ds__gql_object_field *f = val->fields; f; f = f->next)
        record_untyped(v, f->value);
}

static bool int32_text(const char *s) {
    errno = 0;
    char *end;
    long long n = strtoll(s, &end, 10);
    return errno == 0 && *end == '\0' && n >= INT32_MIN && n <= INT32_MAX;
}

static bool int64_text(const char *s) {
    errno = 0;
    char *end;
    (void)strtoll(s, &end, 10);
    return errno == 0 && *end == '\0';
}

static bool finite_text(const char *s) {
    char *end;
    double d = strtod(s, &end);
    return *end == '\0' && isfinite(d);
}

/* Whether a literal (no variable at its top) is a valid value of a scalar. */
static bool scalar_literal_ok(const ds__gql_typesys_type *t, const ds__gql_value *val) {
    switch (t->scalar) {
    case DS__GQL_SCALAR_CUSTOM: return true;
    case DS__GQL_SCALAR_INT: return val->kind == DS__GQL_VAL_INT && int32_text(val->str);
    case DS__GQL_SCALAR_FLOAT:
        return (val->kind == DS__GQL_VAL_INT || val->kind == DS__GQL_VAL_FLOAT) && finite_text(val->str);
    case DS__GQL_SCALAR_STRING: return val->kind == DS__GQL_VAL_STRING;
    case DS__GQL_SCALAR_BOOLEAN: return val->kind == DS__GQL_VAL_BOOLEAN;
    case DS__GQL_SCALAR_ID: return val->kind == DS__GQL_VAL_STRING || val->kind == DS__GQL_VAL_INT;
    case DS__GQL_SCALAR_AWS_TIMESTAMP: return val->kind == DS__GQL_VAL_INT && int64_text(val->str);
    default:
        return val->kind == DS__GQL_VAL_STRING && ds__scalar_text_valid(t->name, val->str, val->len, DS__RULES_RECORD);
    }
}

/*
 * Checks a value against the type expected where it stands; records the
 * variables in it. quiet: report nothing, only return whether it is valid
 * (default values of variables, which get one summary error).
 */
static bool check_value(vctx *v, const ds__gql_value *val, const ds__gql_type *type, bool loc_default, ds__path *ap,
                        bool quiet, ds__gql_loc at) {
    char text[512], tname[256];
    if (val->kind == DS__GQL_VAL_VARIABLE) {
        record_usage(v, val, type, loc_default);
        return true;
    }
    if (type->kind == DS__GQL_TYPE_NON_NULL) {
        if (val->kind == DS__GQL_VAL_NULL) {
            if (!quiet)
                verr(v, at, "WrongType", "argument '%s' with value '%s' must not be null", ap->text,
                     java_text(val, text, sizeof text));
            return false;
        }
        return check_value(v, val, type->of, loc_default, ap, quiet, at);
    }
    if (val->kind == DS__GQL_VAL_NULL)
        return true;
    if (type->kind == DS__GQL_TYPE_LIST) {
        if (val->kind != DS__GQL_VAL_LIST)
            return check_value(v, val, type->of, false, ap, quiet, at);
        bool ok = true;
        size_t i = 0;
        for (const ds__gql_value *item = val->items; item; item = item->next, i++) {
            size_t old = ds__path_push(ap, "[%zu]", i);
            ok = check_value(v, item, type->of, false, ap, quiet, at) && ok;
            ds__path_pop(ap, old);
        }
        return ok;
    }
    const ds__gql_typesys_type *t = ds__gql_ts_type(v->ts, type->name);
    if (!t)
        return true; /* reported where the type is declared */
    if (t->kind == DS__GQL_INPUT_OBJECT) {
        if (val->kind != DS__GQL_VAL_OBJECT) {
            if (!quiet)
                verr(v, at, "WrongType", "argument '%s' with value '%s' is not a valid '%s'", ap->text,
                     java_text(val, text, sizeof text), t->name);
            return false;
        }
        bool ok = true;
        size_t nfields = 0;
        for (const ds__gql_object_field *f = val->fields; f; f = f->next)
            nfields++;
        ds__gql_map seen;
        ds__gql_map_init(&seen);
        for (const ds__gql_object_field *f = val->fields; f; f = f->next) {
            const ds__gql_typesys_arg *def = ds__gql_ts_input_field(t, f->name);
            void *dup = NULL;
            if (nfields > 1 && !ds__gql_map_put(&seen, f->name, (void *)f, &dup))
                nomem(v);
            if (dup) {
                if (!quiet)
                    verr(v, f->loc, "WrongType", "argument '%s' with value '%s' has more than one field named '%s'",
                         ap->text, java_text(val, text, sizeof text), f->name);
                ok = false;
                continue;
            }
            if (!def) {
                if (!quiet)
                    verr(v, at, "WrongType", "argument '%s' with value '%s' contains a field not in '%s': '%s'",
                         ap->text, java_text(val, text, sizeof text), t->name, f->name);
                ok = false;
                record_untyped(v, f->value);
                continue;
            }
            size_t old = ds__path_push(ap, "%s%s", ap->len ? "." : "", f->name);
            ok = check_value(v, f->value, def->type, def->default_value != NULL, ap, quiet, at) && ok;
            ds__path_pop(ap, old);
        }
        ds__gql_map_free(&seen);
        ds__buf missing;
        ds__buf_init(&missing, 400);
        for (size_t i = 0; i < t->ninput_fields; i++) {
            const ds__gql_typesys_arg *def = &t->input_fields[i];
            if (def->type->kind != DS__GQL_TYPE_NON_NULL || def->default_value ||
                ds__gql_find_object_field(val->fields, def->name))
                continue;
            ds__buf_puts(&missing, missing.len ? ", " : "[");
            ds__buf_puts(&missing, def->name);
        }
        if (missing.len) {
            ds__buf_putc(&missing, ']');
            if (!quiet)
                verr(v, at, "WrongType", "argument '%s' with value '%s' is missing required fields '%s'", ap->text,
                     java_text(val, text, sizeof text), missing.failed ? "[...]" : missing.data);
            ok = false;
        }
        ds__buf_free(&missing);
        return ok;
    }
    bool ok;
    if (t->kind == DS__GQL_ENUM)
        ok = val->kind == DS__GQL_VAL_ENUM && ds__gql_ts_enum_value(t, val->str);
    else if (t->kind == DS__GQL_SCALAR)
        ok = scalar_literal_ok(t, val);
    else
        ok = false; /* an output type where an input is expected: reported at the declaration */
    if (t->kind == DS__GQL_SCALAR && t->scalar == DS__GQL_SCALAR_CUSTOM)
        record_untyped(v, val);
    if (!ok && !quiet)
        verr(v, at, "WrongType", "argument '%s' with value '%s' is not a valid '%s'", ap->text,
             java_text(val, text, sizeof text), ds__gql_type_text(type, tname, sizeof tname));
    return ok;
}

bool ds__gql_value_fits(const ds__gql_typesys *ts, const ds__gql_value *value, const ds__gql_type *type) {
    if (!ts || !value || !type)
        return false;
    vctx ctx = {.ts = ts};
    ds__path ap;
    ds__path_init(&ap);
    return check_value(&ctx, value, type, false, &ap, true, value->loc) && ctx.status == DS_OK;
}

/* ---- arguments and directives (§5.4, §5.7) ---------------------------------------------- */

static void check_arguments(vctx *v, const ds__gql_argument *args, const ds__gql_typesys_arg *defs, size_t ndefs,
                            bool directive, ds__gql_loc node_loc) {
    size_t n = 0;
    for (const ds__gql_argument *a = args; a; a = a->next)
        n++;
    ds__gql_map seen;
    ds__gql_map_init(&seen);
    for (const ds__gql_argument *a = args; a; a = a->next) {
        void *dup = NULL;
        if (n > 1 && !ds__gql_map_put(&seen, a->name, (void *)a, &dup))
            nomem(v);
        if (dup) {
            verr(v, a->loc, "DuplicateArgumentNames", "There can be only one argument named '%s'", a->name);
            continue;
        }
        const ds__gql_typesys_arg *def = ds__gql_ts_arg(defs, ndefs, a->name);
        if (!def) {
            if (directive)
                verr(v, a->loc, "UnknownDirective", "Unknown directive argument %s", a->name);
            else
                verr(v, a->loc, "UnknownArgument", "Unknown field argument %s", a->name);
            record_untyped(v, a->value);
            continue;
        }
        ds__path ap;
        ds__path_init(&ap);
        ds__path_push(&ap, "%s", a->name);
        check_value(v, a->value, def->type, def->default_value != NULL, &ap, false, a->loc);
    }
    ds__gql_map_free(&seen);
    for (size_t i = 0; i < ndefs; i++) {
        const ds__gql_typesys_arg *def = &defs[i];
        if (def->type->kind == DS__GQL_TYPE_NON_NULL && !def->default_value &&
            !ds__gql_find_argument(args, def->name)) {
            if (directive)
                verr(v, node_loc, "MissingDirectiveArgument", "Missing directive argument %s", def->name);
            else
                verr(v, node_loc, "MissingFieldArgument", "Missing field argument %s", def->name);
        }
    }
}

static void check_directives(vctx *v, const ds__gql_directive *dirs, unsigned where, const char *node_name) {
    ds__gql_map seen; /* non-repeatable names used so far on this node */
    ds__gql_map_init(&seen);
    for (const ds__gql_directive *d = dirs; d; d = d->next) {
        const ds__gql_typesys_directive *def = ds__gql_ts_directive(v->ts, d->name);
        if (!def) {
            verr(v, d->loc, "UnknownDirective", "Unknown directive %s", d->name);
            for (const ds__gql_argument *a = d->args; a; a = a->next)
                record_untyped(v, a->value);
            continue;
        }
        if (!(def->locations & (1u << where)))
            verr(v, d->loc, "MisplacedDirective", "Directive %s not allowed here", d->name);
        void *dup = NULL;
        if (!def->repeatable && !ds__gql_map_put(&seen, d->name, (void *)d, &dup))
            nomem(v);
        if (dup)
            verr(v, d->loc, "DuplicateDirectiveName",
                 "Non repeatable directives must be uniquely named within a location. The directive '%s' "
                 "used on a '%s' is not unique.",
                 d->name, node_name);
        check_arguments(v, d->args, def->args, def->nargs, true, d->loc);
    }
    ds__gql_map_free(&seen);
}

/* ---- field merging (§5.3.2, basic) ---------------------------------------------------- */

static bool same_value(const ds__gql_value *a, const ds__gql_value *b) {
    if (a->kind != b->kind)
        return false;
    switch (a->kind) {
    case DS__GQL_VAL_BOOLEAN: return a->boolean == b->boolean;
    case DS__GQL_VAL_NULL: return true;
    case DS__GQL_VAL_LIST: {
        const ds__gql_value *x = a->items, *y = b->items;
        for (; x && y; x = x->next, y = y->next)
            if (!same_value(x, y))
                return false;
        return !x && !y;
    }
    case DS__GQL_VAL_OBJECT: {
        size_t na = 0, nb = 0;
        for (const ds__gql_object_field *f = a->fields; f; f = f->next)
            na++;
        for (const ds__gql_object_field *f = b->fields; f; f = f->next)
            nb++;
        if (na != nb)
            return false;
        /* Field order may differ; a hash of b's fields keeps this linear. */
        ds__gql_map index;
        ds__gql_map_init(&index);
        bool same = true;
        for (const ds__gql_object_field *g = b->fields; g && same; g = g->next)
            same = ds__gql_map_put(&index, g->name, (void *)g, NULL);
        for (const ds__gql_object_field *f = a->fields; f && same; f = f->next) {
            const ds__gql_object_field *g = ds__gql_map_get(&index, f->name);
            same = g && same_value(f->value, g->value);
        }
        ds__gql_map_free(&index);
        return same;
    }
    default: return a->len == b->len && memcmp(a->str, b->str, a->len) == 0;
    }
}

static bool same_arguments(const ds__gql_argument *a, const ds__gql_argument *b) {
    size_t na = 0, nb = 0;
    for (const ds__gql_argument *x = a; x; x = x->next)
        na++;
    for (const ds__gql_argument *x = b; x; x = x->next)
        nb++;
    if (na != nb)
        return false;
    for (const ds__gql_argument *x = a; x; x = x->next) {
        const ds__gql_argument *y = ds__gql_find_argument(b, x->name);
        if (!y || !same_value(x->value, y->value))
            return false;
    }
    return true;
}

/* Same list and non-null wrapping, and the same type where either is a leaf. */
static bool same_shape(const ds__gql_typesys *ts, const ds__gql_type *a, const ds__gql_type *b) {
    while (a && b) {
        if (a->kind != b->kind)
            return false;
        if (a->kind == DS__GQL_TYPE_NAMED) {
            const ds__gql_typesys_type *x = ds__gql_ts_type(ts, a->name), *y = ds__gql_ts_type(ts, b->name);
            if (ds__gql_ts_is_leaf(x) || ds__gql_ts_is_leaf(y))
                return x == y;
            return true;
        }
        a = a->of;
        b = b->of;
    }
    return false;
}

static void collect_merge(vctx *v, const ds__gql_typesys_type *parent, const ds__gql_selection *sel, mfield_vec *out,
                          ds__gql_map *visited, unsigned depth) {
    if (depth > DS__GQL_MAX_QUERY_DEPTH)
        return;
    for (const ds__gql_selection *s = sel; s && v->merge_budget && v->status != DS_ERR_NOMEM; s = s->next) {
        v->merge_budget--;
        if (s->kind == DS__GQL_SEL_FIELD) {
            mfield m = {s, parent, ds__gql_ts_field_meta(v->ts, parent, s->name)};
            if (!VPUSH(*out, m))
                nomem(v);
        } else if (s->kind == DS__GQL_SEL_INLINE_FRAGMENT) {
            const ds__gql_typesys_type *t = s->type_condition ? ds__gql_ts_type(v->ts, s->type_condition) : parent;
            if (ds__gql_ts_is_composite(t))
                collect_merge(v, t, s->selections, out, visited, depth + 1);
        } else {
            frag_info *f = ds__gql_map_get(&v->frags, s->name);
            void *seen = NULL;
            if (!f || !f->type)
                continue;
            if (!ds__gql_map_put(visited, f->def->name, f, &seen)) {
                nomem(v);
                return;
            }
            if (!seen)
                collect_merge(v, f->type, f->def->selections, out, visited, depth + 1);
        }
    }
}

static void check_merge(vctx *v, const ds__gql_typesys_type *parent, const ds__gql_selection *sel) {
    if (!v->merge_budget)
        return;
    /* A set of plain fields with distinct response keys cannot conflict:
     * the common case, answered without allocating. */
    bool simple = true;
    size_t n = 0;
    for (const ds__gql_selection *s = sel; s && simple; s = s->next, n++)
        simple = s->kind == DS__GQL_SEL_FIELD && n < 8;
    if (simple) {
        for (const ds__gql_selection *s = sel; s && simple; s = s->next)
            for (const ds__gql_selection *t = s->next; t && simple; t = t->next)
                simple = strcmp(ds__gql_response_key(s), ds__gql_response_key(t)) != 0;
        if (simple)
            return;
    }
    mfield_vec fields = {0};
    ds__gql_map visited, first;
    ds__gql_map_init(&visited);
    ds__gql_map_init(&first);
    collect_merge(v, parent, sel, &fields, &visited, 0);
    for (size_t i = 0; i < fields.n && v->status != DS_ERR_NOMEM; i++) {
        mfield *b = &fields.items[i];
        const char *key = ds__gql_response_key(b->f);
        void *prev = NULL;
        if (!ds__gql_map_put(&first, key, (void *)(uintptr_t)(i + 1), &prev)) {
            nomem(v);
            break;
        }
        if (!prev)
            continue;
        mfield *a = &fields.items[(uintptr_t)prev - 1];
        if (a->f == b->f)
            continue;
        bool exclusive = a->parent != b->parent && a->parent && b->parent && a->parent->kind == DS__GQL_OBJECT &&
                         b->parent->kind == DS__GQL_OBJECT;
        char t1[256], t2[256];
        if (!exclusive && strcmp(a->f->name, b->f->name) != 0)
            verr(v, b->f->loc, "FieldsConflict", "%s: %s and %s are different fields", key, a->f->name, b->f->name);
        else if (!exclusive && !same_arguments(a->f->args, b->f->args))
            verr(v, b->f->loc, "FieldsConflict", "%s: they have differing arguments", key);
        else if (a->def && b->def && !same_shape(v->ts, a->def->type, b->def->type))
            verr(v, b->f->loc, "FieldsConflict", "%s: they return differing types %s and %s", key,
                 ds__gql_type_text(a->def->type, t1, sizeof t1), ds__gql_type_text(b->def->type, t2, sizeof t2));
    }
    free(fields.items);
    ds__gql_map_free(&visited);
    ds__gql_map_free(&first);
}

/* ---- selections (§5.3, §5.5) ------------------------------------------------------- */

static void validate_set(vctx *v, const ds__gql_typesys_type *parent, const ds__gql_selection *sel);

static void validate_field(vctx *v, const ds__gql_typesys_type *parent, const ds__gql_selection *s) {
    char tname[256];
    push_path(v, s->name);
    const ds__gql_typesys_field *def = ds__gql_ts_field_meta(v->ts, parent, s->name);
    check_directives(v, s->directives, DS__GQL_DLOCI_FIELD, "Field");
    if (!def) {
        verr(v, s->loc, "FieldUndefined", "Field '%s' in type '%s' is undefined", s->name, parent->name);
        for (const ds__gql_argument *a = s->args; a; a = a->next)
            record_untyped(v, a->value);
        pop_path(v);
        return;
    }
    check_arguments(v, s->args, def->args, def->nargs, false, s->loc);
    const ds__gql_typesys_type *base = def->base;
    if (ds__gql_ts_is_leaf(base) && s->selections) {
        verr(v, s->loc, "SubSelectionNotAllowed", "Sub selection not allowed on leaf type %s of field %s",
             ds__gql_type_text(def->type, tname, sizeof tname), s->name);
    } else if (ds__gql_ts_is_composite(base) && !s->selections) {
        verr(v, s->loc, "SubSelectionRequired", "Sub selection required for type %s of field %s",
             ds__gql_type_text(def->type, tname, sizeof tname), s->name);
    } else if (ds__gql_ts_is_composite(base)) {
        validate_set(v, base, s->selections);
    }
    pop_path(v);
}

static void validate_spread(vctx *v, const ds__gql_typesys_type *parent, const ds__gql_selection *s) {
    check_directives(v, s->directives, DS__GQL_DLOCI_FRAGMENT_SPREAD, "FragmentSpread");
    frag_info *f = ds__gql_map_get(&v->frags, s->name);
    if (!f) {
        verr(v, s->loc, "UndefinedFragment", "Undefined fragment %s", s->name);
        return;
    }
    spread sp = {s->name, s->loc};
    if (v->cur && !VPUSH(v->cur->spreads, sp))
        nomem(v);
    if (f->type && !ds__gql_ts_overlap(parent, f->type))
        verr(v, s->loc, "InvalidFragmentType",
             "Fragment %s cannot be spread here as objects of type %s can never be of type %s", s->name, parent->name,
             f->type->name);
}

static void validate_inline(vctx *v, const ds__gql_typesys_type *parent, const ds__gql_selection *s) {
    check_directives(v, s->directives, DS__GQL_DLOCI_INLINE_FRAGMENT, "InlineFragment");
    const ds__gql_typesys_type *t = parent;
    if (s->type_condition) {
        t = ds__gql_ts_type(v->ts, s->type_condition);
        if (!t) {
            verr(v, s->type_loc, "UnknownType", "Unknown type %s", s->type_condition);
            return;
        }
        if (!ds__gql_ts_is_composite(t)) {
            verr(v, s->type_loc, "InlineFragmentTypeConditionInvalid",
                 "Inline fragment type condition is invalid, must be on Object/Interface/Union");
            return;
        }
        if (!ds__gql_ts_overlap(parent, t))
            verr(v, s->loc, "InvalidFragmentType",
                 "Fragment cannot be spread here as objects of type %s can never be of type %s", parent->name, t->name);
    }
    validate_set(v, t, s->selections);
}

static void validate_set(vctx *v, const ds__gql_typesys_type *parent, const ds__gql_selection *sel) {
    for (const ds__gql_selection *s = sel; s && v->status != DS_ERR_NOMEM; s = s->next) {
        switch (s->kind) {
        case DS__GQL_SEL_FIELD: validate_field(v, parent, s); break;
        case DS__GQL_SEL_FRAGMENT_SPREAD: validate_spread(v, parent, s); break;
        case DS__GQL_SEL_INLINE_FRAGMENT: validate_inline(v, parent, s); break;
        }
    }
    check_merge(v, parent, sel);
}

/* ---- depth through fragments -------------------------------------------------------- */

static unsigned frag_depth(vctx *v, frag_info *f, unsigned level);

/* The nesting below sel; level is how deep sel already is. Stops early
 * (and sets too_deep) past the limit, so the recursion is bounded. */
static unsigned set_depth(vctx *v, const ds__gql_selection *sel, unsigned level) {
    unsigned max = 0;
    for (const ds__gql_selection *s = sel; s && !v->too_deep; s = s->next) {
        unsigned d = 1;
        if (level + 1 > DS__GQL_MAX_QUERY_DEPTH) {
            v->too_deep = true;
            break;
        }
        if (s->kind == DS__GQL_SEL_FRAGMENT_SPREAD) {
            frag_info *f = ds__gql_map_get(&v->frags, s->name);
            if (f)
                d = 1 + frag_depth(v, f, level + 1);
        } else if (s->selections) {
            d = 1 + set_depth(v, s->selections, level + 1);
        }
        if (level + d > DS__GQL_MAX_QUERY_DEPTH)
            v->too_deep = true;
        if (d > max)
            max = d;
    }
    return max;
}

static unsigned frag_depth(vctx *v, frag_info *f, unsigned level) {
    if (f->depth_state == 2)
        return f->depth;
    if (f->depth_state == 1)
        return 0; /* a cycle: reported by find_cycles */
    f->depth_state = 1;
    f->depth = set_depth(v, f->def->selections, level);
    f->depth_state = 2;
    return f->depth;
}

/* ---- fragments (§5.5) ------------------------------------------------------------------ */

/* Depth-first search over the spread graph with an explicit stack. */
static void find_cycles(vctx *v) {
    typedef struct {
        frag_info *f;
        size_t next;
    } frame;
    VEC(frame) stack = {0};
    for (size_t i = 0; i < v->nfrags && v->status != DS_ERR_NOMEM; i++) {
        if (v->finfo[i].color)
            continue;
        frame root = {&v->finfo[i], 0};
        v->finfo[i].color = 1;
        if (!VPUSH(stack, root)) {
            nomem(v);
            break;
        }
        while (stack.n) {
            frame *top = &stack.items[stack.n - 1];
            if (top->next >= top->f->sc.spreads.n) {
                top->f->color = 2;
                stack.n--;
                continue;
            }
            const spread *sp = &top->f->sc.spreads.items[top->next++];
            frag_info *g = ds__gql_map_get(&v->frags, sp->name);
            if (!g)
                continue;
            if (g->color == 1) {
                verr(v, sp->loc, "FragmentCycle", "Fragment cycles not allowed");
            } else if (g->color == 0) {
                g->color = 1;
                frame fr = {g, 0};
                if (!VPUSH(stack, fr)) {
                    nomem(v);
                    break;
                }
            }
        }
        stack.n = 0;
    }
    free(stack.items);
}

/* Marks the fragments an operation reaches (stamp) and lists them. */
static void reach(vctx *v, const scope *root, size_t stamp, frag_vec *out) {
    out->n = 0;
    const scope *sc = root;
    size_t next = 0;
    for (;;) {
        for (size_t i = 0; i < sc->spreads.n; i++) {
            frag_info *f = ds__gql_map_get(&v->frags, sc->spreads.items[i].name);
            if (!f || f->stamp == stamp)
                continue;
            f->stamp = stamp;
            f->used = true;
            if (!VPUSH(*out, f)) {
                nomem(v);
                return;
            }
        }
        if (next >= out->n)
            return;
        sc = &out->items[next++]->sc;
    }
}

/* ---- variables (§5.8) ------------------------------------------------------------------ */

/* AreTypesCompatible(variableType, locationType). */
static bool types_compatible(const ds__gql_type *var, const ds__gql_type *loc) {
    if (loc->kind == DS__GQL_TYPE_NON_NULL)
        return var->kind == DS__GQL_TYPE_NON_NULL && types_compatible(var->of, loc->of);
    if (var->kind == DS__GQL_TYPE_NON_NULL)
        return types_compatible(var->of, loc);
    if (loc->kind == DS__GQL_TYPE_LIST)
        return var->kind == DS__GQL_TYPE_LIST && types_compatible(var->of, loc->of);
    if (var->kind == DS__GQL_TYPE_LIST)
        return false;
    return strcmp(var->name, loc->name) == 0;
}

/* IsVariableUsageAllowed. */
static bool usage_allowed(const ds__gql_variable_def *def, const usage *u) {
    if (u->type->kind == DS__GQL_TYPE_NON_NULL && def->type->kind != DS__GQL_TYPE_NON_NULL) {
        bool var_default = def->default_value && def->default_value->kind != DS__GQL_VAL_NULL;
        if (!var_default && !u->loc_default)
            return false;
        return types_compatible(def->type, u->type->of);
    }
    return types_compatible(def->type, u->type);
}

static void check_usage(vctx *v, const usage *u, ds__gql_map *defs, ds__gql_map *used) {
    const ds__gql_variable_def *def = ds__gql_map_get(defs, u->name);
    char t1[256], t2[256];
    if (!def) {
        verr(v, u->loc, "UndefinedVariable", "Undefined variable %s", u->name);
        return;
    }
    if (!ds__gql_map_put(used, def->name, (void *)def, NULL))
        nomem(v);
    const ds__gql_typesys_type *vt = ds__gql_ts_type(v->ts, ds__gql_type_base_name(def->type));
    if (u->type && vt && ds__gql_ts_is_input(vt) && !usage_allowed(def, u))
        verr(v, u->loc, "VariableTypeMismatch", "Variable type '%s' doesn't match expected type '%s'",
             ds__gql_type_text(def->type, t1, sizeof t1), ds__gql_type_text(u->type, t2, sizeof t2));
}

static void check_variable_defs(vctx *v, const ds__gql_operation *op, ds__gql_map *defs) {
    char text[512], tname[256];
    for (const ds__gql_variable_def *d = op->variables; d; d = d->next) {
        void *dup = NULL;
        if (!ds__gql_map_put(defs, d->name, (void *)d, &dup))
            nomem(v);
        if (dup)
            verr(v, d->loc, "DuplicateVariableName", "There can be only one variable named '%s'", d->name);
        check_directives(v, d->directives, DS__GQL_DLOCI_VARIABLE_DEFINITION, "VariableDefinition");
        const char *base = ds__gql_type_base_name(d->type);
        const ds__gql_typesys_type *t = ds__gql_ts_type(v->ts, base);
        if (!t) {
            verr(v, d->type->loc, "UnknownType", "Unknown type %s", base);
            continue;
        }
        if (!ds__gql_ts_is_input(t)) {
            verr(v, d->type->loc, "NonInputTypeOnVariable", "Input variable %s type %s is not an input type", d->name,
                 ds__gql_type_text(d->type, tname, sizeof tname));
            continue;
        }
        if (d->default_value) {
            ds__path ap;
            ds__path_init(&ap);
            ds__path_push(&ap, "%s", d->name);
            if (!check_value(v, d->default_value, d->type, false, &ap, true, d->default_value->loc))
                verr(v, d->default_value->loc, "BadValueForDefaultArg", "Bad default value %s for type %s",
                     java_text(d->default_value, text, sizeof text), ds__gql_type_text(d->type, tname, sizeof tname));
        }
    }
}

/* ---- operations (§5.2) ----------------------------------------------------------------- */

static const char *op_word(ds__gql_op_kind k) {
    return k == DS__GQL_OP_QUERY ? "queries" : k == DS__GQL_OP_MUTATION ? "mutations" : "subscriptions";
}

/* Distinct response keys at the root of a subscription (fragments
 * followed, directives ignored as the spec says). */
static size_t count_root_fields(vctx *v, const ds__gql_selection *sel, ds__gql_map *keys, ds__gql_map *visited,
                                unsigned depth) {
    if (depth > DS__GQL_MAX_QUERY_DEPTH)
        return keys->count;
    for (const ds__gql_selection *s = sel; s; s = s->next) {
        if (s->kind == DS__GQL_SEL_FIELD) {
            if (!ds__gql_map_put(keys, ds__gql_response_key(s), (void *)s, NULL))
                nomem(v);
        } else if (s->kind == DS__GQL_SEL_INLINE_FRAGMENT) {
            count_root_fields(v, s->selections, keys, visited, depth + 1);
        } else {
            frag_info *f = ds__gql_map_get(&v->frags, s->name);
            void *seen = NULL;
            if (f && ds__gql_map_put(visited, f->def->name, f, &seen) && !seen)
                count_root_fields(v, f->def->selections, keys, visited, depth + 1);
        }
    }
    return keys->count;
}

static void validate_operation(vctx *v, const ds__gql_operation *op, scope *sc, size_t index) {
    static const unsigned where[] = {DS__GQL_DLOCI_QUERY, DS__GQL_DLOCI_MUTATION, DS__GQL_DLOCI_SUBSCRIPTION};
    v->cur = sc;
    ds__gql_map defs, used;
    ds__gql_map_init(&defs);
    ds__gql_map_init(&used);
    check_variable_defs(v, op, &defs);
    check_directives(v, op->directives, where[op->kind], "OperationDefinition");
    const ds__gql_typesys_type *root = ds__gql_ts_root(v->ts, op->kind);
    if (!root) {
        verr(v, op->loc, "UnknownOperation", "Schema is not configured for %s.", op_word(op->kind));
    } else {
        validate_set(v, root, op->selections);
        if (op->kind == DS__GQL_OP_SUBSCRIPTION) {
            ds__gql_map keys, visited;
            ds__gql_map_init(&keys);
            ds__gql_map_init(&visited);
            if (count_root_fields(v, op->selections, &keys, &visited, 0) != 1) {
                if (op->name)
                    verr(v, op->loc, "SubscriptionMultipleRootFields",
                         "Subscription operation %s must contain exactly one root field.", op->name);
                else
                    verr(v, op->loc, "SubscriptionMultipleRootFields",
                         "Subscription operations must contain exactly one root field.");
            }
            ds__gql_map_free(&keys);
            ds__gql_map_free(&visited);
        }
    }
    v->cur = NULL;
    /* Usages: the operation's own and those of every fragment it reaches. */
    frag_vec reached = {0};
    reach(v, sc, index + 1, &reached);
    for (size_t i = 0; i < sc->usages.n; i++)
        check_usage(v, &sc->usages.items[i], &defs, &used);
    for (size_t k = 0; k < reached.n; k++)
        for (size_t i = 0; i < reached.items[k]->sc.usages.n; i++)
            check_usage(v, &reached.items[k]->sc.usages.items[i], &defs, &used);
    for (const ds__gql_variable_def *d = op->variables; d; d = d->next)
        if (!ds__gql_map_get(&used, d->name))
            verr(v, d->loc, "UnusedVariable", "Unused variable %s", d->name);
    if (!v->too_deep) {
        set_depth(v, op->selections, 0);
        if (v->too_deep)
            verr(v, op->loc, "MaxQueryDepthExceeded", "the operation nests selections deeper than %d levels",
                 DS__GQL_MAX_QUERY_DEPTH);
    }
    free(reached.items);
    ds__gql_map_free(&defs);
    ds__gql_map_free(&used);
}

/* ---- entry point ------------------------------------------------------------------------ */

ds_status ds__gql_validate(const ds__gql_typesys *ts, const ds__gql_doc *doc, ds__diags *diags) {
    if (!ts || !doc)
        return DS_ERR_INVALID;
    vctx ctx = {.ts = ts, .doc = doc, .diags = diags, .merge_budget = MERGE_BUDGET}, *v = &ctx;
    ds__gql_map_init(&v->frags);
    size_t nops = 0;
    for (const ds__gql_operation *op = doc->operations; op; op = op->next)
        nops++;
    for (const ds__gql_fragment *f = doc->fragments; f; f = f->next)
        v->nfrags++;
    v->finfo = calloc(v->nfrags ? v->nfrags : 1, sizeof *v->finfo);
    scope *scopes = calloc(nops ? nops : 1, sizeof *scopes);
    if (!v->finfo || !scopes) {
        free(v->finfo);
        free(scopes);
        if (diags)
            ds__diags_add(diags, DS_ERR_NOMEM, 0, 0, "out of memory");
        return DS_ERR_NOMEM;
    }

    /* Fragment names (§5.5.1.1) and type conditions (§5.5.1.2-3). */
    size_t i = 0;
    for (const ds__gql_fragment *f = doc->fragments; f; f = f->next, i++) {
        frag_info *fi = &v->finfo[i];
        fi->def = f;
        void *dup = NULL;
        if (!ds__gql_map_put(&v->frags, f->name, fi, &dup))
            nomem(v);
        if (dup)
            verr(v, f->loc, "DuplicateFragmentName", "There can be only one fragment named '%s'", f->name);
        const ds__gql_typesys_type *t = ds__gql_ts_type(ts, f->type_condition);
        if (!t)
            verr(v, f->type_loc, "UnknownType", "Unknown type %s", f->type_condition);
        else if (!ds__gql_ts_is_composite(t))
            verr(v, f->type_loc, "FragmentTypeConditionInvalid",
                 "Fragment type condition is invalid, must be on Object/Interface/Union");
        else
            fi->type = t;
    }
    /* Each fragment's selections, once, on its own type. */
    for (i = 0; i < v->nfrags && v->status != DS_ERR_NOMEM; i++) {
        frag_info *fi = &v->finfo[i];
        v->cur = &fi->sc;
        check_directives(v, fi->def->directives, DS__GQL_DLOCI_FRAGMENT_DEFINITION, "FragmentDefinition");
        if (fi->type)
            validate_set(v, fi->type, fi->def->selections);
        v->cur = NULL;
    }
    find_cycles(v);

    /* Operations (§5.2): unique names, a lone anonymous one. */
    ds__gql_map names;
    ds__gql_map_init(&names);
    i = 0;
    for (const ds__gql_operation *op = doc->operations; op && v->status != DS_ERR_NOMEM; op = op->next, i++) {
        if (op->name) {
            void *dup = NULL;
            if (!ds__gql_map_put(&names, op->name, (void *)op, &dup))
                nomem(v);
            if (dup)
                verr(v, op->loc, "DuplicateOperationName", "There can be only one operation named '%s'", op->name);
        } else if (nops > 1) {
            verr(v, op->loc, "LoneAnonymousOperationViolation", "Anonymous operation with other operations.");
        }
        validate_operation(v, op, &scopes[i], i);
    }
    ds__gql_map_free(&names);
    if (!nops)
        verr(v, (ds__gql_loc){1, 1, 0}, "LoneAnonymousOperationViolation", "The document contains no operation.");
    for (i = 0; i < v->nfrags; i++)
        if (!v->finfo[i].used && ds__gql_map_get(&v->frags, v->finfo[i].def->name) == &v->finfo[i])
            verr(v, v->finfo[i].def->loc, "UnusedFragment", "Unused fragment %s", v->finfo[i].def->name);

    for (i = 0; i < v->nfrags; i++) {
        free(v->finfo[i].sc.usages.items);
        free(v->finfo[i].sc.spreads.items);
    }
    for (i = 0; i < nops; i++) {
        free(scopes[i].usages.items);
        free(scopes[i].spreads.items);
    }
    free(scopes);
    free(v->finfo);
    ds__gql_map_free(&v->frags);
    if (v->status == DS_ERR_NOMEM && diags)
        ds__diags_add(diags, DS_ERR_NOMEM, 0, 0, "out of memory");
    if (diags)
        ds__diags_sort(diags);
    return v->status;
}
