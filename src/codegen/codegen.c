/*
 * The model generator: typed C for a schema's models (`datastore codegen`).
 *
 * Design. Amplify users run `amplify codegen models` and get classes per
 * model; C users get, per schema, one header and one source built only on
 * the public API: a struct per model and embedded type, a C enum per enum,
 * and per model init/free/copy, conversion to and from ds_record, save,
 * get by key, query, delete, observe, relationship loaders, field-name
 * constants and typed predicate builders. The schema text itself is
 * embedded, so `<prefix>_schema()` gives the registry with no file at run
 * time.
 *
 * The generator works in two steps. This file builds a plan from the
 * registry: which C representation each field gets (cg_kind), whether it
 * carries a presence flag, and the final name of every identifier the
 * output declares. emit_header.c and emit_source.c then print the plan and
 * decide nothing but layout. Because names are fixed before anything is
 * printed, a name clash can be resolved once, in one documented order, and
 * the emitters cannot disagree about a name.
 *
 * Invariants.
 *  - Deterministic: the output depends only on the schema text, its base
 *    name and the options; iteration follows the registry's stable order;
 *    nothing reads the clock, the environment or the absolute path.
 *  - Every identifier the output declares at file scope is claimed in one
 *    registry (names.c) in one fixed order — file-level names, the
 *    schema's types, derived types, enum values and functions, then per
 *    type its members, constants, functions, loaders and predicate
 *    builders, the source's static helpers last — after the names the
 *    generated functions use for their own parameters and locals. Members
 *    are claimed per struct, get() key parameters per function.
 *  - One optional-value rule: a value that may be null and whose C type has
 *    no null of its own (numbers, booleans, enums, embedded structs, lists)
 *    is preceded by `bool has_<member>`; strings (char *) are null when
 *    NULL. List items that may be null are <Type>Opt / ds_opt_* structs of
 *    the same shape ({bool has; T value;}).
 *  - Embedded types are members by value, so they are emitted after the
 *    types they contain; a type containing itself by value cannot be
 *    represented and is refused with a message naming the field.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codegen/codegen.h"
#include "util/err.h"

/* Parameter and local names the generated functions use themselves; taken
 * before any schema name so that nothing the schema names can shadow them. */
static const char *const own_names[] = {
    "store", "value", "out", "err", "record", "schema", "where", "opts", "fn", "userdata", "condition", "list",
    "low", "high", "prefix", "rc", "r", "val", "items", "n", "i", "s", "sub", "key", "found", "res", "saved",
    "text", "name", "field", "src", "dst", "change", "len", "what", "has", "code", "model", "json", "count",
    "present", "ud", "tmp", "item", "m",
};

static const char *const helper_base[CG_H_COUNT] = {
    [CG_H_FAIL] = "fail",
    [CG_H_NOMEM] = "nomem",
    [CG_H_CHECK_MODEL] = "check_model",
    [CG_H_PUT] = "put",
    [CG_H_GET] = "get",
    [CG_H_PUT_ENUM] = "enum_value",
    [CG_H_PUT_LIST] = "put_list",
    [CG_H_GET_LIST] = "get_list",
    [CG_H_NEW_VALUES] = "new_values",
    [CG_H_FREE_VALUES] = "free_values",
    [CG_H_COPY_STRING] = "copy_string",
    [CG_H_TAKE_STRING] = "take_string",
    [CG_H_TAKE_INT32] = "take_int32",
    [CG_H_TAKE_INT64] = "take_int64",
    [CG_H_TAKE_DOUBLE] = "take_double",
    [CG_H_TAKE_BOOL] = "take_bool",
    [CG_H_SCHEMA_LINES] = "schema_lines",
    [CG_H_SCHEMA_VALUE] = "schema_value",
    [CG_H_SCHEMA_ONCE] = "schema_once",
    [CG_H_SCHEMA_LOAD] = "schema_load",
};

static const char *const fn_suffix[CG_FN_COUNT] = {
    [CG_FN_INIT] = "init",
    [CG_FN_FREE] = "free",
    [CG_FN_COPY] = "copy",
    [CG_FN_TO_RECORD] = "to_record",
    [CG_FN_FROM_RECORD] = "from_record",
    [CG_FN_SAVE] = "save",
    [CG_FN_GET] = "get",
    [CG_FN_QUERY] = "query",
    [CG_FN_LIST_FREE] = "list_free",
    [CG_FN_DELETE] = "delete",
    [CG_FN_OBSERVE] = "observe",
};

static const char *const op_suffix[CG_OP_COUNT] = {
    [CG_OP_EQ] = "eq",
    [CG_OP_NE] = "ne",
    [CG_OP_LT] = "lt",
    [CG_OP_LE] = "le",
    [CG_OP_GT] = "gt",
    [CG_OP_GE] = "ge",
    [CG_OP_BETWEEN] = "between",
    [CG_OP_BEGINS_WITH] = "begins_with",
    [CG_OP_CONTAINS] = "contains",
    [CG_OP_NOT_CONTAINS] = "not_contains",
    [CG_OP_IS_NULL] = "is_null",
    [CG_OP_IS_NOT_NULL] = "is_not_null",
};

/* ---- types, shared with the emitters ------------------------------------------ */

const char *ds__cg_item_ctype(const cg_field *f) {
    switch (f->kind) {
    case CG_STRING: return "char *";
    case CG_INT32: return "int32_t";
    case CG_INT64: return "int64_t";
    case CG_DOUBLE: return "double";
    case CG_BOOL: return "bool";
    case CG_ENUM: return f->en->ctype;
    case CG_OBJECT:
    case CG_RELATION: return f->obj->ctype;
    }
    return "void";
}

const char *ds__cg_elem_ctype(const cg_field *f) {
    if (!f->item_opt)
        return ds__cg_item_ctype(f);
    switch (f->kind) {
    case CG_INT32: return "ds_opt_int32";
    case CG_INT64: return "ds_opt_int64";
    case CG_DOUBLE: return "ds_opt_double";
    case CG_BOOL: return "ds_opt_bool";
    case CG_ENUM: return f->en->opt_type;
    case CG_OBJECT: return f->obj->opt_type;
    case CG_STRING:
    case CG_RELATION: break;
    }
    return ds__cg_item_ctype(f);
}

void ds__cg_graphql_type(ds__buf *b, const cg_field *f) {
    const ds_field *d = f->f;
    if (d->is_list)
        ds__buf_printf(b, "[%s%s]%s", d->type_name, d->is_required ? "!" : "", d->is_list_required ? "!" : "");
    else
        ds__buf_printf(b, "%s%s", d->type_name, d->is_required ? "!" : "");
}

const char *ds__cg_value_ctor(cg_kind k) {
    switch (k) {
    case CG_INT32:
    case CG_INT64: return "ds_int";
    case CG_DOUBLE: return "ds_float";
    case CG_BOOL: return "ds_bool";
    default: return "ds_str";
    }
}

void ds__cg_wrapf(ds__buf *out, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char small[1];
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap2);
    va_end(ap2);
    char *text = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (text)
        vsnprintf(text, (size_t)n + 1, fmt, ap);
    va_end(ap);
    if (!text) {
        out->failed = true;
        return;
    }
    /* Greedy: each line takes the most ", "-separated pieces that fit. */
    const char *s = text, *indent = "";
    while (strlen(indent) + strlen(s) > DS__CG_WIDTH) {
        const char *cut = NULL;
        for (const char *c = strstr(s, ", "); c && (size_t)(c - s) + 1 + strlen(indent) <= DS__CG_WIDTH;
             c = strstr(c + 2, ", "))
            cut = c;
        if (!cut)
            break;
        ds__buf_printf(out, "%s%.*s,\n", indent, (int)(cut - s), s);
        s = cut + 2;
        indent = "    ";
    }
    ds__buf_printf(out, "%s%s\n", indent, s);
    free(text);
}

/* ---- building the plan ----------------------------------------------------------- */

typedef struct builder {
    cg_plan *p;
    ds__cg_names *global;
    ds__cg_names *types; /* type names only: members avoid them (C++ would take a member for the type) */
    ds_error *err;
    ds_status rc;
} builder;

/* False (and the builder failed) when an allocation gave NULL. */
static bool have(builder *b, const void *p) {
    if (!p && b->rc == DS_OK)
        b->rc = ds__error(b->err, DS_ERR_NOMEM, "out of memory");
    return p != NULL;
}

static const char *must(builder *b, const char *s) {
    have(b, s);
    return s;
}

/* "a" "_" "b" in the arena. */
static const char *cat(builder *b, const char *x, const char *sep, const char *y) {
    if (!x || !y)
        return must(b, NULL); /* an earlier allocation failed */
    size_t n = strlen(x) + strlen(sep) + strlen(y) + 1;
    char *s = ds__arena_alloc(b->p->arena, n);
    if (s)
        snprintf(s, n, "%s%s%s", x, sep, y);
    return must(b, s);
}

static const char *claim(builder *b, const char *base) {
    if (!base || b->rc != DS_OK)
        return NULL;
    return must(b, ds__cg_claim(b->global, base));
}

/* Claims a type name: in the global registry, and noted as a type. */
static const char *claim_type(builder *b, const char *base) {
    const char *name = claim(b, base);
    if (name && !ds__cg_take(b->types, name))
        have(b, NULL);
    return name;
}

static cg_type *type_of(const cg_plan *p, const ds_model *m) {
    for (size_t i = 0; i < p->type_count; i++)
        if (p->types[i].m == m)
            return &p->types[i];
    for (size_t i = 0; i < p->type_count; i++) /* a model of another registry with the same name */
        if (m && !strcmp(p->types[i].m->name, m->name))
            return &p->types[i];
    return NULL;
}

static cg_enum *enum_of(const cg_plan *p, const ds_enum *e) {
    for (size_t i = 0; i < p->enum_count; i++)
        if (p->enums[i].e == e || (e && !strcmp(p->enums[i].e->name, e->name)))
            return &p->enums[i];
    return NULL;
}

static cg_kind kind_of(const ds_field *f) {
    switch (f->kind) {
    case DS_KIND_ENUM: return CG_ENUM;
    case DS_KIND_NONMODEL: return CG_OBJECT;
    case DS_KIND_MODEL: return CG_RELATION;
    case DS_KIND_SCALAR: break;
    }
    switch (f->scalar) {
    case DS_SCALAR_INT: return CG_INT32;
    case DS_SCALAR_AWSTIMESTAMP: return CG_INT64;
    case DS_SCALAR_FLOAT: return CG_DOUBLE;
    case DS_SCALAR_BOOLEAN: return CG_BOOL;
    default: return CG_STRING;
    }
}

/* Which predicate helpers a model field gets: those ds_pred_check()
 * accepts for its type (src/predicate/check.c), less in/notIn (callers
 * use ds_pred_in with the field constant) and ordering on enums and
 * booleans, plus the null tests for fields that may be null. */
static unsigned ops_of(const cg_field *f) {
#define OP(o) (1u << (o))
    unsigned ops = 0;
    const ds_field *d = f->f;
    if (f->kind == CG_RELATION)
        return 0;
    if (f->is_list) {
        if (f->kind != CG_OBJECT)
            ops = OP(CG_OP_CONTAINS) | OP(CG_OP_NOT_CONTAINS);
        if (!d->is_list_required)
            ops |= OP(CG_OP_IS_NULL) | OP(CG_OP_IS_NOT_NULL);
        return ops;
    }
    unsigned ordering = OP(CG_OP_EQ) | OP(CG_OP_NE) | OP(CG_OP_LT) | OP(CG_OP_LE) | OP(CG_OP_GT) | OP(CG_OP_GE) |
                        OP(CG_OP_BETWEEN);
    switch (f->kind) {
    case CG_STRING: ops = ordering | OP(CG_OP_BEGINS_WITH) | OP(CG_OP_CONTAINS) | OP(CG_OP_NOT_CONTAINS); break;
    case CG_INT32:
    case CG_INT64:
    case CG_DOUBLE: ops = ordering; break;
    case CG_BOOL:
    case CG_ENUM: ops = OP(CG_OP_EQ) | OP(CG_OP_NE); break;
    case CG_OBJECT:
    case CG_RELATION: break;
    }
    if (!d->is_required)
        ops |= OP(CG_OP_IS_NULL) | OP(CG_OP_IS_NOT_NULL);
    return ops;
#undef OP
}

static void build_fields(builder *b, cg_type *t) {
    const ds_model *m = t->m;
    ds__arena *a = b->p->arena;
    t->field_count = m->field_count;
    t->fields = ds__arena_alloc(a, (m->field_count ? m->field_count : 1) * sizeof *t->fields);
    if (!have(b, t->fields))
        return;
    for (size_t i = 0; i < m->field_count; i++) {
        cg_field *f = &t->fields[i];
        const ds_field *d = &m->fields[i];
        f->f = d;
        f->kind = kind_of(d);
        f->is_list = d->is_list;
        if (f->kind == CG_ENUM)
            f->en = enum_of(b->p, d->enum_type);
        if (f->kind == CG_OBJECT || f->kind == CG_RELATION)
            f->obj = type_of(b->p, d->type_model);
        if ((f->kind == CG_ENUM && !f->en) || ((f->kind == CG_OBJECT || f->kind == CG_RELATION) && !f->obj)) {
            b->rc = ds__error(b->err, DS_ERR_INVALID, "%s.%s: unknown type %s", m->name, d->name,
                              d->type_name);
            return;
        }
        if (f->kind == CG_RELATION)
            continue;
        if (f->is_list) {
            f->has_flag = !d->is_list_required;
            f->item_opt = !d->is_required && f->kind != CG_STRING;
        } else {
            f->has_flag = !d->is_required && f->kind != CG_STRING;
        }
        bool managed_id = m->is_model && !m->is_custom_key && d->is_key && !strcmp(d->name, "id");
        f->unset_when_null = f->kind == CG_STRING && !f->is_list && (managed_id || d->is_read_only);
        if (f->item_opt && f->kind == CG_ENUM)
            f->en->opt_type = ""; /* named below, once every type name is claimed */
        if (f->item_opt && f->kind == CG_OBJECT)
            f->obj->opt_type = "";
    }
}

/* Members: the fields' own names first, then has_ flags and _count members,
 * so a schema's field never yields to a derived name. */
static void name_members(builder *b, cg_type *t) {
    ds__cg_names *mem = ds__cg_names_new(b->p->arena);
    if (!have(b, mem))
        return;
    for (size_t i = 0; i < t->field_count && b->rc == DS_OK; i++) {
        cg_field *f = &t->fields[i];
        if (f->kind != CG_RELATION)
            f->member = must(b, ds__cg_claim_avoiding(mem, b->types, must(b, ds__cg_snake(b->p->arena, f->f->name))));
    }
    for (size_t i = 0; i < t->field_count && b->rc == DS_OK; i++) {
        cg_field *f = &t->fields[i];
        if (f->kind == CG_RELATION)
            continue;
        const char *base = must(b, ds__cg_snake(b->p->arena, f->f->name));
        if (f->has_flag && base)
            f->has_member = must(b, ds__cg_claim_avoiding(mem, b->types, cat(b, "has_", "", base)));
        if (f->is_list && base)
            f->count_member = must(b, ds__cg_claim_avoiding(mem, b->types, cat(b, base, "_", "count")));
    }
}

static void name_type_functions(builder *b, cg_type *t) {
    for (int k = 0; k < CG_FN_COUNT && b->rc == DS_OK; k++) {
        if (k >= CG_FN_SAVE && !t->m->is_model)
            break;
        t->fn[k] = claim(b, cat(b, t->snake, "_", fn_suffix[k]));
    }
}

static void name_model_fields(builder *b, cg_type *t) {
    ds__arena *a = b->p->arena;
    const char *upper = must(b, ds__cg_upper(a, t->m->name));
    for (size_t i = 0; i < t->field_count && b->rc == DS_OK; i++) {
        cg_field *f = &t->fields[i];
        if (f->kind != CG_RELATION)
            f->constant = claim(b, cat(b, upper, "_", must(b, ds__cg_upper(a, f->f->name))));
    }
    name_type_functions(b, t);
    for (size_t i = 0; i < t->field_count && b->rc == DS_OK; i++) {
        cg_field *f = &t->fields[i];
        const char *fs = must(b, ds__cg_snake(a, f->f->name));
        if (f->kind == CG_RELATION) {
            f->loader = claim(b, cat(b, t->snake, "_load_", fs));
            continue;
        }
        unsigned ops = ops_of(f);
        const char *stem = cat(b, t->snake, "_", fs);
        for (int o = 0; o < CG_OP_COUNT && stem; o++)
            if (ops & (1u << o))
                f->op[o] = claim(b, cat(b, stem, "_", op_suffix[o]));
    }
}

/* Embedded types in an order where each follows the types it holds by
 * value (depth-first, in schema order). */
static void order_embedded(builder *b, cg_type *t, cg_type **out, size_t *n) {
    if (t->order_mark == 2 || b->rc != DS_OK)
        return;
    t->order_mark = 1;
    for (size_t i = 0; i < t->field_count; i++) {
        cg_field *f = &t->fields[i];
        if (f->kind != CG_OBJECT || f->is_list)
            continue;
        if (f->obj->order_mark == 1) {
            b->rc = ds__error(b->err, DS_ERR_INVALID,
                              "%s.%s: embedded types that hold each other by value cannot be C structs; "
                              "make this field a list ([%s])",
                              t->m->name, f->f->name, f->obj->m->name);
            return;
        }
        order_embedded(b, f->obj, out, n);
    }
    t->order_mark = 2;
    out[(*n)++] = t;
}

static void build(builder *b) {
    cg_plan *p = b->p;
    const ds_schema *s = p->schema;
    ds__arena *a = p->arena;
    size_t ne = ds_schema_enum_count(s), nn = ds_schema_nonmodel_count(s), nm = ds_schema_model_count(s);

    p->enums = ds__arena_alloc(a, (ne ? ne : 1) * sizeof *p->enums);
    p->types = ds__arena_alloc(a, (nn + nm ? nn + nm : 1) * sizeof *p->types);
    cg_type **ordered = ds__arena_alloc(a, (nn ? nn : 1) * sizeof *ordered);
    if (!have(b, p->enums) || !have(b, p->types) || !have(b, ordered))
        return;
    p->enum_count = ne;
    for (size_t i = 0; i < ne; i++)
        p->enums[i].e = ds_schema_enum_at(s, i);
    p->type_count = nn + nm;
    p->nonmodel_count = nn;
    for (size_t i = 0; i < nn; i++)
        p->types[i].m = ds_schema_nonmodel_at(s, i);
    for (size_t i = 0; i < nm; i++)
        p->types[nn + i].m = ds_schema_model_at(s, i);
    for (size_t i = 0; i < p->type_count && b->rc == DS_OK; i++)
        build_fields(b, &p->types[i]);

    /* Names, in header order (see the rule in names.c). */
    for (size_t i = 0; i < sizeof own_names / sizeof *own_names; i++)
        if (!ds__cg_take(b->global, own_names[i]))
            have(b, NULL);
    const char *prefix = p->opts->prefix;
    p->guard = claim(b, cat(b, must(b, ds__cg_upper(a, prefix)), "_", "H"));
    p->schema_fn = claim(b, cat(b, prefix, "_", "schema"));
    if (nm) {
        p->subscription = claim_type(b, cat(b, prefix, "_", "subscription"));
        p->unobserve = claim(b, cat(b, prefix, "_", "unobserve"));
    }
    for (size_t i = 0; i < ne; i++)
        p->enums[i].ctype = claim_type(b, must(b, ds__cg_type_name(a, p->enums[i].e->name)));
    for (size_t i = 0; i < p->type_count; i++) {
        cg_type *t = &p->types[i];
        t->ctype = claim_type(b, must(b, ds__cg_type_name(a, t->m->name)));
        t->snake = must(b, ds__cg_snake(a, t->m->name));
    }
    /* Derived types: after every schema type, so that the schema's win. */
    for (size_t i = 0; i < ne; i++)
        if (p->enums[i].opt_type)
            p->enums[i].opt_type = claim_type(b, cat(b, p->enums[i].ctype, "", "Opt"));
    for (size_t i = 0; i < p->type_count && b->rc == DS_OK; i++) {
        cg_type *t = &p->types[i];
        if (t->opt_type)
            t->opt_type = claim_type(b, cat(b, t->ctype, "", "Opt"));
        if (t->m->is_model) {
            t->list_type = claim_type(b, cat(b, t->ctype, "", "List"));
            t->observe_fn_type = claim_type(b, cat(b, t->snake, "_", "observe_fn"));
        }
    }
    for (size_t i = 0; i < ne && b->rc == DS_OK; i++) {
        cg_enum *e = &p->enums[i];
        const char *upper = must(b, ds__cg_upper(a, e->e->name));
        const char *snake = must(b, ds__cg_snake(a, e->e->name));
        e->values = ds__arena_alloc(a, e->e->value_count * sizeof *e->values);
        if (!have(b, e->values) || !upper || !snake)
            return;
        for (size_t v = 0; v < e->e->value_count; v++)
            e->values[v] = claim(b, cat(b, upper, "_", must(b, ds__cg_upper(a, e->e->values[v]))));
        e->to_string = claim(b, cat(b, snake, "_", "to_string"));
        e->from_string = claim(b, cat(b, snake, "_", "from_string"));
    }
    for (size_t i = 0; i < p->type_count && b->rc == DS_OK; i++) {
        cg_type *t = &p->types[i];
        name_members(b, t);
        if (t->m->is_model)
            name_model_fields(b, t);
        else
            name_type_functions(b, t);
    }

    /* The source's static helpers come last: they yield to everything. */
    for (int h = 0; h < CG_H_COUNT; h++)
        p->helper[h] = claim(b, helper_base[h]);
    for (size_t i = 0; i < ne && b->rc == DS_OK; i++)
        p->enums[i].take = claim(b, cat(b, "take_", "", must(b, ds__cg_snake(a, p->enums[i].e->name))));
    for (size_t i = 0; i < p->type_count && b->rc == DS_OK; i++) {
        cg_type *t = &p->types[i];
        t->tfn[CG_TFN_TAKE] = claim(b, cat(b, "take_", "", t->snake));
        t->tfn[CG_TFN_VALUE] = claim(b, cat(b, t->snake, "_", "value"));
        if (t->m->is_model) {
            t->tfn[CG_TFN_FROM_RESULT] = claim(b, cat(b, t->snake, "_", "list_from_result"));
            t->tfn[CG_TFN_OBSERVED] = claim(b, cat(b, t->snake, "_", "observed"));
        }
    }
    /* get()'s key parameters avoid everything above, which its body may call. */
    for (size_t i = nn; i < p->type_count && b->rc == DS_OK; i++) {
        cg_type *t = &p->types[i];
        ds__cg_names *params = ds__cg_names_new(a);
        t->key_params = ds__arena_alloc(a, (t->m->key_count ? t->m->key_count : 1) * sizeof *t->key_params);
        if (!have(b, params) || !have(b, t->key_params))
            return;
        for (size_t k = 0; k < t->m->key_count; k++)
            t->key_params[k] =
                must(b, ds__cg_claim_avoiding(params, b->global, must(b, ds__cg_snake(a, t->m->key_fields[k]->name))));
    }

    /* Embedded types in dependency order; models keep the schema's order. */
    size_t n = 0;
    for (size_t i = 0; i < nn && b->rc == DS_OK; i++)
        order_embedded(b, &p->types[i], ordered, &n);
    if (b->rc != DS_OK)
        return;
    cg_type *sorted = ds__arena_alloc(a, (nn ? nn : 1) * sizeof *sorted);
    if (!have(b, sorted))
        return;
    for (size_t i = 0; i < nn; i++)
        sorted[i] = *ordered[i];
    /* Fields point at types by address: point them at the sorted copies. */
    for (size_t i = 0; i < nn; i++)
        p->types[i] = sorted[i];
    for (size_t i = 0; i < p->type_count; i++) {
        cg_type *t = &p->types[i];
        for (size_t j = 0; j < t->field_count; j++) {
            cg_field *f = &t->fields[j];
            if (f->obj)
                f->obj = type_of(p, f->f->type_model);
        }
    }
}

/* ---- the entry point --------------------------------------------------------------- */

ds_status ds__codegen_generate(const ds_schema *schema, const ds__codegen_options *opts, char **header,
                               char **source, ds_error *err) {
    ds_status rc = DS_OK;
    cg_plan plan;
    ds__buf hb, sb;
    *header = *source = NULL;
    if (!schema || !opts || !opts->prefix || !opts->header_name || !opts->source_name || !opts->schema_name ||
        (!opts->schema_text && opts->schema_len))
        return ds__error(err, DS_ERR_INVALID, "missing schema or options");
    if (!ds__codegen_is_identifier(opts->prefix))
        return ds__error(err, DS_ERR_INVALID,
                         "prefix \"%s\" is not a usable C identifier (letters, digits and _, not "
                         "starting with _ or a digit, not a keyword, at most 64 characters)",
                         opts->prefix);
    if (opts->schema_text && memchr(opts->schema_text, '\0', opts->schema_len))
        return ds__error(err, DS_ERR_INVALID, "the schema text holds a NUL byte");
    /* The names appear in comments and in an #include line. */
    const char *names[] = {opts->schema_name, opts->header_name, opts->source_name};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        bool ok = *names[i] && !strstr(names[i], "*/") && !strstr(names[i], "??");
        for (const char *c = names[i]; *c && ok; c++)
            ok = *c != '"' && *c != '\\' && (unsigned char)*c >= 0x20 && *c != 0x7f;
        if (!ok)
            return ds__error(err, DS_ERR_INVALID,
                             "file name \"%s\" cannot appear in generated C (no quotes, backslashes, control "
                             "characters, \"*/\" or \"?\?\")",
                             names[i]);
    }

    memset(&plan, 0, sizeof plan);
    plan.schema = schema;
    plan.opts = opts;
    ds__buf_init(&hb, DS__BUF_DEFAULT_MAX);
    ds__buf_init(&sb, DS__BUF_DEFAULT_MAX);
    if (!(plan.arena = ds__arena_new(0)))
        return ds__error(err, DS_ERR_NOMEM, "out of memory");
    builder b = {&plan, ds__cg_names_new(plan.arena), ds__cg_names_new(plan.arena), err, DS_OK};
    if (!b.global || !b.types)
        b.rc = ds__error(err, DS_ERR_NOMEM, "out of memory");
    else
        build(&b);
    if ((rc = b.rc) != DS_OK)
        goto done;
    if ((rc = ds__cg_emit_header(&plan, &hb)) != DS_OK || (rc = ds__cg_emit_source(&plan, &sb)) != DS_OK) {
        ds__error(err, rc, "%s", rc == DS_ERR_NOMEM ? "out of memory" : "output over the size limit");
        goto done;
    }
    *header = ds__buf_take(&hb, NULL);
    *source = ds__buf_take(&sb, NULL);
    if (!*header || !*source) {
        ds_free(*header);
        ds_free(*source);
        *header = *source = NULL;
        rc = ds__error(err, DS_ERR_NOMEM, "out of memory");
    }
done:
    ds__buf_free(&hb);
    ds__buf_free(&sb);
    ds__arena_free(plan.arena);
    return rc;
}
