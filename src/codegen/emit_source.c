/*
 * Printing the generated source: the embedded schema, the functions the
 * header declares, and the static helpers they need.
 *
 * Generated code follows the project's own style (one exit, `goto done`,
 * NULL-safe frees), so that reading it is like reading the library. Each
 * value crosses into a record through one ds_value: scalars directly,
 * enums by name, embedded structs as JSON text of a record of their type,
 * lists as JSON text of an array (datastore/codegen.h). Reading goes the
 * same way back through the take_* helpers, one per C representation, so a
 * field and a list item of the same type share their conversion.
 *
 * The source is printed in an order that needs no prototypes — banner and
 * includes, the embedded schema, the generic helpers, the per-type helpers,
 * then the public functions — but it is produced the other way round: the
 * public functions first, into their own buffer, noting which helpers they
 * call, so that only helpers in use are printed (an unused static function
 * is a warning, and the output must compile with -Werror).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codegen/codegen.h"

typedef struct emit {
    const cg_plan *p;
    bool uses[CG_H_COUNT];
    bool *enum_take;  /* per enum */
    bool *type_take;  /* per type */
    bool *type_value; /* per type */
    /* The function being printed: what its declarations must include. */
    bool fn_val, fn_items, fn_n, fn_goto;
    char **strings; /* fmt() results, freed by finish() */
    size_t string_count, string_cap;
    bool failed;
} emit;

#define P(...) ds__buf_printf(out, __VA_ARGS__)
#define D(...) ds__cg_wrapf(out, __VA_ARGS__)

/* A formatted string for the function being printed; freed by finish(). */
static char *fmt(emit *e, const char *f, ...) DS__PRINTF(2, 3);

static const char *H(emit *e, cg_helper h) {
    e->uses[h] = true;
    return e->p->helper[h];
}

static char *fmt(emit *e, const char *f, ...) {
    va_list ap, ap2;
    va_start(ap, f);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, f, ap2);
    va_end(ap2);
    if (e->string_count == e->string_cap) {
        size_t cap = e->string_cap ? 2 * e->string_cap : 16;
        char **grown = realloc(e->strings, cap * sizeof *grown);
        if (grown) {
            e->strings = grown;
            e->string_cap = cap;
        }
    }
    char *s = n >= 0 && e->string_count < e->string_cap ? malloc((size_t)n + 1) : NULL;
    if (s) {
        vsnprintf(s, (size_t)n + 1, f, ap);
        e->strings[e->string_count++] = s;
    } else {
        e->failed = true;
    }
    va_end(ap);
    return s ? s : "";
}

static size_t index_of_type(const emit *e, const cg_type *t) { return (size_t)(t - e->p->types); }

static size_t index_of_enum(const emit *e, const cg_enum *en) { return (size_t)(en - e->p->enums); }

static const char *take_of(emit *e, const cg_field *f) {
    switch (f->kind) {
    case CG_STRING: return H(e, CG_H_TAKE_STRING);
    case CG_INT32: return H(e, CG_H_TAKE_INT32);
    case CG_INT64: return H(e, CG_H_TAKE_INT64);
    case CG_DOUBLE: return H(e, CG_H_TAKE_DOUBLE);
    case CG_BOOL: return H(e, CG_H_TAKE_BOOL);
    case CG_ENUM: e->enum_take[index_of_enum(e, f->en)] = true; return f->en->take;
    case CG_OBJECT:
    case CG_RELATION: e->type_take[index_of_type(e, f->obj)] = true; return f->obj->tfn[CG_TFN_TAKE];
    }
    return "";
}

static const char *value_of(emit *e, const cg_type *t) {
    e->type_value[index_of_type(e, t)] = true;
    return t->tfn[CG_TFN_VALUE];
}

/* A C string literal of text (escaped; '?' too, against trigraphs). */
static void c_string(ds__buf *out, const char *s, size_t n) {
    ds__buf_putc(out, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"': ds__buf_puts(out, "\\\""); break;
        case '\\': ds__buf_puts(out, "\\\\"); break;
        case '\n': ds__buf_puts(out, "\\n"); break;
        case '\r': ds__buf_puts(out, "\\r"); break;
        case '\t': ds__buf_puts(out, "\\t"); break;
        case '?': ds__buf_puts(out, "\\?"); break;
        default:
            if (c < 0x20 || c >= 0x7f)
                P("\\%03o", c);
            else
                ds__buf_putc(out, (char)c);
        }
    }
    ds__buf_putc(out, '"');
}

/* ---- the embedded schema ------------------------------------------------------- */

static void schema_section(emit *e, ds__buf *out) {
    const cg_plan *p = e->p;
    const char *text = p->opts->schema_text ? p->opts->schema_text : "";
    size_t len = p->opts->schema_len;
    P("/* %s, verbatim: a string per line (C11 promises string literals of 4095\n"
      " * bytes, no more), joined and parsed on first use. */\n",
      p->opts->schema_name);
    P("static const char *const %s[] = {\n", p->helper[CG_H_SCHEMA_LINES]);
    size_t start = 0;
    bool any = false;
    while (start < len) {
        size_t end = start;
        while (end < len && text[end] != '\n' && end - start < 1000)
            end++;
        if (end < len && text[end] == '\n')
            end++;
        P("    ");
        c_string(out, text + start, end - start);
        P(",\n");
        any = true;
        start = end;
    }
    if (!any)
        P("    \"\",\n");
    P("};\n\n");
    P("static ds_schema *%s;\n", p->helper[CG_H_SCHEMA_VALUE]);
    P("static pthread_once_t %s = PTHREAD_ONCE_INIT;\n\n", p->helper[CG_H_SCHEMA_ONCE]);
    P("static void %s(void) {\n", p->helper[CG_H_SCHEMA_LOAD]);
    P("    size_t len = 0;\n"
      "    char *text;\n"
      "    for (size_t i = 0; i < sizeof %s / sizeof *%s; i++)\n"
      "        len += strlen(%s[i]);\n",
      p->helper[CG_H_SCHEMA_LINES], p->helper[CG_H_SCHEMA_LINES], p->helper[CG_H_SCHEMA_LINES]);
    P("    if (!(text = malloc(len + 1)))\n"
      "        return;\n"
      "    len = 0;\n"
      "    for (size_t i = 0; i < sizeof %s / sizeof *%s; i++) {\n"
      "        size_t n = strlen(%s[i]);\n"
      "        memcpy(text + len, %s[i], n);\n"
      "        len += n;\n"
      "    }\n"
      "    text[len] = '\\0';\n",
      p->helper[CG_H_SCHEMA_LINES], p->helper[CG_H_SCHEMA_LINES], p->helper[CG_H_SCHEMA_LINES],
      p->helper[CG_H_SCHEMA_LINES]);
    P("    if (ds_schema_parse(&%s, text, len, ", p->helper[CG_H_SCHEMA_VALUE]);
    c_string(out, p->opts->schema_name, strlen(p->opts->schema_name));
    P(", NULL) != DS_OK)\n        %s = NULL;\n", p->helper[CG_H_SCHEMA_VALUE]);
    P("    free(text);\n}\n\n");
    P("const ds_schema *%s(void) {\n", p->schema_fn);
    P("    pthread_once(&%s, %s);\n", p->helper[CG_H_SCHEMA_ONCE], p->helper[CG_H_SCHEMA_LOAD]);
    P("    return %s;\n}\n", p->helper[CG_H_SCHEMA_VALUE]);
}

/* ---- generic helpers ------------------------------------------------------------- */

/* Which helpers each helper calls, to close the set over. */
static void close_uses(emit *e) {
    bool *u = e->uses;
    bool again = true;
    while (again) {
        again = false;
#define DEP(a, b)                                                                                                      \
    if (u[a] && !u[b]) {                                                                                               \
        u[b] = true;                                                                                                   \
        again = true;                                                                                                  \
    }
        DEP(CG_H_NOMEM, CG_H_FAIL)
        DEP(CG_H_CHECK_MODEL, CG_H_FAIL)
        DEP(CG_H_GET, CG_H_FAIL)
        DEP(CG_H_PUT_ENUM, CG_H_FAIL)
        DEP(CG_H_GET_LIST, CG_H_GET)
        DEP(CG_H_GET_LIST, CG_H_FAIL)
        DEP(CG_H_NEW_VALUES, CG_H_NOMEM)
        DEP(CG_H_COPY_STRING, CG_H_NOMEM)
        DEP(CG_H_TAKE_STRING, CG_H_NOMEM)
        DEP(CG_H_TAKE_STRING, CG_H_FAIL)
        DEP(CG_H_TAKE_INT32, CG_H_FAIL)
        DEP(CG_H_TAKE_INT64, CG_H_FAIL)
        DEP(CG_H_TAKE_DOUBLE, CG_H_FAIL)
        DEP(CG_H_TAKE_BOOL, CG_H_FAIL)
#undef DEP
    }
}

static void generic_helpers(emit *e, ds__buf *out) {
    const cg_plan *p = e->p;
    const char *const *h = p->helper;
    if (e->uses[CG_H_FAIL]) {
        P("\n/* Fills err (may be NULL) with code and \"where: what\"; returns code. */\n");
        P("static ds_status %s(ds_error *err, ds_status code, const char *where, const char *what) {\n"
          "    if (err) {\n"
          "        err->code = code;\n"
          "        snprintf(err->message, sizeof err->message, \"%%s: %%s\", where, what);\n"
          "    }\n"
          "    return code;\n"
          "}\n",
          h[CG_H_FAIL]);
    }
    if (e->uses[CG_H_NOMEM]) {
        P("\nstatic ds_status %s(ds_error *err) {\n    return %s(err, DS_ERR_NOMEM, ", h[CG_H_NOMEM], h[CG_H_FAIL]);
        c_string(out, p->opts->source_name, strlen(p->opts->source_name));
        P(", \"out of memory\");\n}\n");
    }
    if (e->uses[CG_H_CHECK_MODEL]) {
        P("\n/* DS_OK when record is a record of the model (or type) named model. */\n");
        P("static ds_status %s(const ds_record *record, const char *model, ds_error *err) {\n"
          "    const ds_model *m = record ? ds_record_model(record) : NULL;\n"
          "    if (!m || strcmp(m->name, model) != 0)\n"
          "        return %s(err, DS_ERR_INVALID, model, record ? \"a record of another type\" : \"no record\");\n"
          "    return DS_OK;\n"
          "}\n",
          h[CG_H_CHECK_MODEL], h[CG_H_FAIL]);
    }
    if (e->uses[CG_H_PUT]) {
        P("\nstatic ds_status %s(ds_record *record, const char *field, ds_value value, ds_error *err) {\n"
          "    return ds_record_set(record, field, &value, err);\n"
          "}\n",
          h[CG_H_PUT]);
    }
    if (e->uses[CG_H_GET]) {
        P("\nstatic ds_status %s(const ds_record *record, const char *field, ds_value *out, ds_error *err) {\n"
          "    ds_status rc = ds_record_get(record, field, out);\n"
          "    return rc == DS_OK ? DS_OK : %s(err, rc, field, \"no such field in the record\");\n"
          "}\n",
          h[CG_H_GET], h[CG_H_FAIL]);
    }
    if (e->uses[CG_H_PUT_ENUM]) {
        P("\n/* An enum value's name as a value; name is NULL for a value out of range. */\n");
        P("static ds_status %s(ds_value *out, const char *name, const char *where, ds_error *err) {\n"
          "    if (!name)\n"
          "        return %s(err, DS_ERR_INVALID, where, \"not a value of its enum\");\n"
          "    *out = ds_str(name);\n"
          "    return DS_OK;\n"
          "}\n",
          h[CG_H_PUT_ENUM], h[CG_H_FAIL]);
    }
    if (e->uses[CG_H_NEW_VALUES]) {
        P("\nstatic ds_status %s(ds_value **out, size_t n, ds_error *err) {\n"
          "    *out = calloc(n ? n : 1, sizeof **out);\n"
          "    return *out ? DS_OK : %s(err);\n"
          "}\n",
          h[CG_H_NEW_VALUES], h[CG_H_NOMEM]);
    }
    if (e->uses[CG_H_FREE_VALUES]) {
        P("\n/* Frees values made for a list, with the JSON text of embedded items. */\n");
        P("static void %s(ds_value *items, size_t n) {\n"
          "    for (size_t i = 0; items && i < n; i++)\n"
          "        if (items[i].type == DS_VALUE_JSON)\n"
          "            ds_free((char *)items[i].u.s.ptr);\n"
          "    free(items);\n"
          "}\n",
          h[CG_H_FREE_VALUES]);
    }
    if (e->uses[CG_H_PUT_LIST]) {
        P("\nstatic ds_status %s(ds_record *record, const char *field, const ds_value *items, size_t n,\n"
          "    ds_error *err) {\n"
          "    char *json = NULL;\n"
          "    ds_status rc = ds_json_array_write(&json, items, n, err);\n"
          "    if (rc == DS_OK)\n"
          "        rc = ds_record_set_json(record, field, json, err);\n"
          "    ds_free(json);\n"
          "    return rc;\n"
          "}\n",
          h[CG_H_PUT_LIST]);
    }
    if (e->uses[CG_H_GET_LIST]) {
        P("\n/* A list field's items (free with ds_free()); *present is false for null. */\n");
        P("static ds_status %s(const ds_record *record, const char *field, ds_value **items, size_t *n,\n"
          "    bool *present, ds_error *err) {\n"
          "    ds_value value;\n"
          "    ds_status rc;\n"
          "    *items = NULL;\n"
          "    *n = 0;\n"
          "    if (present)\n"
          "        *present = false;\n"
          "    if ((rc = %s(record, field, &value, err)) != DS_OK || value.type == DS_VALUE_NULL)\n"
          "        return rc;\n"
          "    if (value.type != DS_VALUE_JSON)\n"
          "        return %s(err, DS_ERR_INVALID, field, \"expected a list\");\n"
          "    if (present)\n"
          "        *present = true;\n"
          "    return ds_json_array_parse(items, n, value.u.s.ptr, value.u.s.len, err);\n"
          "}\n",
          h[CG_H_GET_LIST], h[CG_H_GET], h[CG_H_FAIL]);
    }
    if (e->uses[CG_H_COPY_STRING]) {
        P("\nstatic ds_status %s(char **out, const char *s, ds_error *err) {\n"
          "    size_t len;\n"
          "    *out = NULL;\n"
          "    if (!s)\n"
          "        return DS_OK;\n"
          "    len = strlen(s);\n"
          "    if (!(*out = malloc(len + 1)))\n"
          "        return %s(err);\n"
          "    memcpy(*out, s, len + 1);\n"
          "    return DS_OK;\n"
          "}\n",
          h[CG_H_COPY_STRING], h[CG_H_NOMEM]);
    }
    if (e->uses[CG_H_TAKE_STRING]) {
        P("\n/* take_*: a value read from a record into its C representation. */\n");
        P("static ds_status %s(char **out, const ds_value *value, const char *where, ds_error *err) {\n"
          "    *out = NULL;\n"
          "    if (value->type == DS_VALUE_NULL)\n"
          "        return DS_OK;\n"
          "    if (value->type != DS_VALUE_STRING)\n"
          "        return %s(err, DS_ERR_INVALID, where, \"expected a string\");\n"
          "    if (!(*out = malloc(value->u.s.len + 1)))\n"
          "        return %s(err);\n"
          "    memcpy(*out, value->u.s.ptr, value->u.s.len);\n"
          "    (*out)[value->u.s.len] = '\\0';\n"
          "    return DS_OK;\n"
          "}\n",
          h[CG_H_TAKE_STRING], h[CG_H_FAIL], h[CG_H_NOMEM]);
    }
    static const struct {
        cg_helper h;
        const char *ctype, *test, *assign, *what;
    } nums[] = {
        {CG_H_TAKE_INT32, "int32_t",
         "value->type != DS_VALUE_INT || value->u.i < INT32_MIN || value->u.i > INT32_MAX", "(int32_t)value->u.i",
         "expected a 32-bit integer"},
        {CG_H_TAKE_INT64, "int64_t", "value->type != DS_VALUE_INT", "value->u.i", "expected an integer"},
        {CG_H_TAKE_DOUBLE, "double", "value->type != DS_VALUE_FLOAT && value->type != DS_VALUE_INT",
         "value->type == DS_VALUE_INT ? (double)value->u.i : value->u.f", "expected a number"},
        {CG_H_TAKE_BOOL, "bool", "value->type != DS_VALUE_BOOL", "value->u.b", "expected true or false"},
    };
    for (size_t i = 0; i < sizeof nums / sizeof *nums; i++) {
        if (!e->uses[nums[i].h])
            continue;
        P("\nstatic ds_status %s(%s *out, bool *has, const ds_value *value, const char *where,\n"
          "    ds_error *err) {\n"
          "    *out = 0;\n"
          "    if (has)\n"
          "        *has = false;\n"
          "    if (value->type == DS_VALUE_NULL)\n"
          "        return DS_OK;\n"
          "    if (%s)\n"
          "        return %s(err, DS_ERR_INVALID, where, \"%s\");\n"
          "    *out = %s;\n"
          "    if (has)\n"
          "        *has = true;\n"
          "    return DS_OK;\n"
          "}\n",
          p->helper[nums[i].h], nums[i].ctype, nums[i].test, h[CG_H_FAIL], nums[i].what, nums[i].assign);
    }
}

/* ---- per-type helpers -------------------------------------------------------------- */

static void enum_take(emit *e, const cg_enum *en, ds__buf *out) {
    P("\nstatic ds_status %s(%s *out, bool *has, const ds_value *value, const char *where,\n"
      "    ds_error *err) {\n"
      "    *out = %s;\n"
      "    if (has)\n"
      "        *has = false;\n"
      "    if (value->type == DS_VALUE_NULL)\n"
      "        return DS_OK;\n"
      "    if (value->type != DS_VALUE_STRING || !%s(out, value->u.s.ptr))\n"
      "        return %s(err, DS_ERR_INVALID, where, \"not a value of %s\");\n"
      "    if (has)\n"
      "        *has = true;\n"
      "    return DS_OK;\n"
      "}\n",
      en->take, en->ctype, en->values[0], en->from_string, H(e, CG_H_FAIL), en->e->name);
}

static void type_take(emit *e, const cg_type *t, ds__buf *out) {
    P("\n/* An embedded %s from JSON text of its object. */\n", t->m->name);
    P("static ds_status %s(%s *out, bool *has, const ds_value *value, const char *where,\n"
      "    ds_error *err) {\n"
      "    ds_record *record = NULL;\n"
      "    ds_status rc;\n"
      "    %s(out);\n"
      "    if (has)\n"
      "        *has = false;\n"
      "    if (value->type == DS_VALUE_NULL)\n"
      "        return DS_OK;\n"
      "    if (value->type != DS_VALUE_JSON)\n"
      "        return %s(err, DS_ERR_INVALID, where, \"expected an object\");\n"
      "    if (!%s())\n"
      "        return %s(err);\n"
      "    if ((rc = ds_record_from_json(&record, %s(), \"%s\", value->u.s.ptr, err)) != DS_OK)\n"
      "        return rc;\n"
      "    rc = %s(out, record, err);\n"
      "    ds_record_free(record);\n"
      "    if (rc == DS_OK && has)\n"
      "        *has = true;\n"
      "    return rc;\n"
      "}\n",
      t->tfn[CG_TFN_TAKE], t->ctype, t->fn[CG_FN_INIT], H(e, CG_H_FAIL), e->p->schema_fn, H(e, CG_H_NOMEM),
      e->p->schema_fn, t->m->name, t->fn[CG_FN_FROM_RECORD]);
}

static void type_value(emit *e, const cg_type *t, ds__buf *out) {
    P("\n/* An embedded %s as JSON text of its object (DS_VALUE_JSON, owned). */\n", t->m->name);
    P("static ds_status %s(ds_value *out, const ds_schema *schema, const %s *value,\n"
      "    ds_error *err) {\n"
      "    ds_record *record = NULL;\n"
      "    char *json;\n"
      "    ds_status rc;\n"
      "    *out = ds_null();\n"
      "    if ((rc = %s(&record, schema, value, err)) != DS_OK)\n"
      "        return rc;\n"
      "    json = ds_record_to_json(record, DS_JSON_NO_META);\n"
      "    ds_record_free(record);\n"
      "    if (!json)\n"
      "        return %s(err);\n"
      "    out->type = DS_VALUE_JSON;\n"
      "    out->u.s.ptr = json;\n"
      "    out->u.s.len = strlen(json);\n"
      "    return DS_OK;\n"
      "}\n",
      t->tfn[CG_TFN_VALUE], t->ctype, t->fn[CG_FN_TO_RECORD], H(e, CG_H_NOMEM));
}

static void model_helpers(emit *e, const cg_type *t, ds__buf *out) {
    const cg_plan *p = e->p;
    P("\nstatic ds_status %s(%s *out, const ds_result *res, ds_error *err) {\n"
      "    size_t n = ds_result_count(res);\n"
      "    ds_status rc = DS_OK;\n"
      "    out->items = NULL;\n"
      "    out->count = 0;\n"
      "    if (n == 0)\n"
      "        return DS_OK;\n"
      "    if (!(out->items = calloc(n, sizeof *out->items)))\n"
      "        return %s(err);\n"
      "    out->count = n;\n"
      "    for (size_t i = 0; i < n && rc == DS_OK; i++)\n"
      "        rc = %s(&out->items[i], ds_result_at(res, i), err);\n"
      "    if (rc != DS_OK)\n"
      "        %s(out);\n"
      "    return rc;\n"
      "}\n",
      t->tfn[CG_TFN_FROM_RESULT], t->list_type, H(e, CG_H_NOMEM), t->fn[CG_FN_FROM_RECORD],
      t->fn[CG_FN_LIST_FREE]);
    P("\n/* The ds_observe() callback behind %s(): the change as a %s. */\n", t->fn[CG_FN_OBSERVE], t->ctype);
    P("static void %s(const ds_change *change, void *userdata) {\n"
      "    const %s *sub = userdata;\n"
      "    /* Read before calling: fn may unobserve, which frees sub. */\n"
      "    %s fn = sub->fn.%s;\n"
      "    void *ud = sub->userdata;\n"
      "    %s value;\n"
      "    if (%s(&value, change->record, NULL) != DS_OK) {\n"
      "        fn(change, NULL, ud);\n"
      "        return;\n"
      "    }\n"
      "    fn(change, &value, ud);\n"
      "    %s(&value);\n"
      "}\n",
      t->tfn[CG_TFN_OBSERVED], p->subscription, t->observe_fn_type, t->fn[CG_FN_OBSERVE], t->ctype,
      t->fn[CG_FN_FROM_RECORD], t->fn[CG_FN_FREE]);
}

/* ---- enums ------------------------------------------------------------------------- */

static void enum_functions(const cg_enum *en, ds__buf *out) {
    P("\n/* ---- enum %s ---- */\n\n", en->e->name);
    P("const char *%s(%s value) {\n    switch (value) {\n", en->to_string, en->ctype);
    for (size_t v = 0; v < en->e->value_count; v++)
        P("    case %s: return \"%s\";\n", en->values[v], en->e->values[v]);
    P("    }\n    return NULL;\n}\n\n");
    P("bool %s(%s *out, const char *s) {\n", en->from_string, en->ctype);
    P("    if (!s)\n        return false;\n");
    for (size_t v = 0; v < en->e->value_count; v++)
        P("    if (strcmp(s, \"%s\") == 0) {\n        *out = %s;\n        return true;\n    }\n", en->e->values[v],
          en->values[v]);
    P("    return false;\n}\n");
}

/* ---- per-field code ------------------------------------------------------------------ */

/* `where` for messages: "Post.title". */
static void where(ds__buf *out, const cg_type *t, const cg_field *f) { P("\"%s.%s\"", t->m->name, f->f->name); }

/* A ds_value expression for a scalar or string of kind k held in expr. */
static void scalar_value(ds__buf *out, cg_kind k, const char *expr) { P("%s(%s)", ds__cg_value_ctor(k), expr); }

/*
 * Sets field f of record `rec` from a single (non-list) value: expr is the
 * C expression holding it, has the expression of its presence flag (or
 * NULL). `schema` names the schema variable (embedded values).
 */
static void put_single(emit *e, ds__buf *out, const cg_type *t, const cg_field *f, const char *rec, const char *expr,
                       const char *has, const char *schema) {
    const char *name = f->f->name;
    e->fn_goto = true;
    switch (f->kind) {
    case CG_STRING:
        if (f->unset_when_null)
            P("    if (%s && (rc = %s(%s, \"%s\", ds_str(%s), err)) != DS_OK)\n        goto done;\n", expr,
              H(e, CG_H_PUT), rec, name, expr);
        else
            P("    if ((rc = %s(%s, \"%s\", ds_str(%s), err)) != DS_OK)\n        goto done;\n", H(e, CG_H_PUT), rec,
              name, expr);
        return;
    case CG_INT32:
    case CG_INT64:
    case CG_DOUBLE:
    case CG_BOOL:
        P("    if ((rc = %s(%s, \"%s\", ", H(e, CG_H_PUT), rec, name);
        if (has) {
            P("%s ? ", has);
            scalar_value(out, f->kind, expr);
            P(" : ds_null()");
        } else {
            scalar_value(out, f->kind, expr);
        }
        P(", err)) != DS_OK)\n        goto done;\n");
        return;
    case CG_ENUM:
        e->fn_val = true;
        P("    val = ds_null();\n");
        P("    if (%s%s(rc = %s(&val, %s(%s), ", has ? has : "", has ? " && " : "", H(e, CG_H_PUT_ENUM),
          f->en->to_string, expr);
        where(out, t, f);
        P(", err)) != DS_OK)\n        goto done;\n");
        P("    if ((rc = %s(%s, \"%s\", val, err)) != DS_OK)\n        goto done;\n", H(e, CG_H_PUT), rec, name);
        return;
    case CG_OBJECT:
        e->fn_val = true;
        P("    val = ds_null();\n");
        P("    if (%s%s(rc = %s(&val, %s, &%s, err)) != DS_OK)\n        goto done;\n", has ? has : "",
          has ? " && " : "", value_of(e, f->obj), schema, expr);
        P("    rc = %s(%s, \"%s\", val, err);\n", H(e, CG_H_PUT), rec, name);
        P("    if (val.type == DS_VALUE_JSON)\n        ds_free((char *)val.u.s.ptr);\n");
        P("    if (rc != DS_OK)\n        goto done;\n");
        return;
    case CG_RELATION: return;
    }
}

/* The statement setting items[i] from list element i of value->member. */
static void put_item(emit *e, ds__buf *out, const cg_type *t, const cg_field *f) {
    const char *m = f->member;
    const char *elem = fmt(e, "value->%s[i]%s", m, f->item_opt ? ".value" : "");
    switch (f->kind) {
    case CG_STRING: P("            items[i] = ds_str(value->%s[i]);\n", m); return;
    case CG_INT32:
    case CG_INT64:
    case CG_DOUBLE:
    case CG_BOOL:
        P("            items[i] = ");
        if (f->item_opt)
            P("value->%s[i].has ? ", m);
        scalar_value(out, f->kind, elem);
        if (f->item_opt)
            P(" : ds_null()");
        P(";\n");
        return;
    case CG_ENUM:
        P("            ");
        if (f->item_opt)
            P("if (value->%s[i].has)\n                ", m);
        P("rc = %s(&items[i], %s(%s), ", H(e, CG_H_PUT_ENUM), f->en->to_string, elem);
        where(out, t, f);
        P(", err);\n");
        return;
    case CG_OBJECT:
        P("            ");
        if (f->item_opt)
            P("if (value->%s[i].has)\n                ", m);
        P("rc = %s(&items[i], schema, &%s, err);\n", value_of(e, f->obj), elem);
        return;
    case CG_RELATION: return;
    }
}

static void put_list(emit *e, ds__buf *out, const cg_type *t, const cg_field *f) {
    const char *m = f->member;
    e->fn_items = e->fn_n = e->fn_goto = true;
    P("    n = value->%s ? value->%s : 0;\n", m, f->count_member);
    if (f->has_flag)
        P("    if (!value->%s)\n        rc = %s(r, \"%s\", ds_null(), err);\n    else if", f->has_member,
          H(e, CG_H_PUT), f->f->name);
    else
        P("    if");
    P(" ((rc = %s(&items, n, err)) == DS_OK) {\n", H(e, CG_H_NEW_VALUES));
    P("        for (size_t i = 0; i < n && rc == DS_OK; i++)\n");
    put_item(e, out, t, f);
    P("        if (rc == DS_OK)\n            rc = %s(r, \"%s\", items, n, err);\n", H(e, CG_H_PUT_LIST), f->f->name);
    P("        %s(items, n);\n        items = NULL;\n    }\n", H(e, CG_H_FREE_VALUES));
    P("    if (rc != DS_OK)\n        goto done;\n");
}

static void take_single(emit *e, ds__buf *out, const cg_type *t, const cg_field *f) {
    e->fn_val = e->fn_goto = true;
    P("    if ((rc = %s(record, \"%s\", &val, err)) != DS_OK ||\n        (rc = %s(&out->%s, ", H(e, CG_H_GET),
      f->f->name, take_of(e, f), f->member);
    if (f->kind != CG_STRING)
        P("%s%s, ", f->has_flag ? "&out->" : "NULL", f->has_flag ? f->has_member : "");
    P("&val, ");
    where(out, t, f);
    P(", err)) != DS_OK)\n        goto done;\n");
}

static void take_list(emit *e, ds__buf *out, const cg_type *t, const cg_field *f) {
    const char *m = f->member;
    e->fn_items = e->fn_n = e->fn_goto = true;
    P("    if ((rc = %s(record, \"%s\", &items, &n, %s%s, err)) != DS_OK)\n        goto done;\n",
      H(e, CG_H_GET_LIST), f->f->name, f->has_flag ? "&out->" : "NULL", f->has_flag ? f->has_member : "");
    P("    if (n && !(out->%s = calloc(n, sizeof *out->%s))) {\n        rc = %s(err);\n        goto done;\n    }\n", m,
      m, H(e, CG_H_NOMEM));
    P("    out->%s = n;\n", f->count_member);
    P("    for (size_t i = 0; i < n; i++)\n");
    P("        if ((rc = %s(&out->%s[i]%s,", take_of(e, f), m, f->item_opt ? ".value" : "");
    if (f->kind != CG_STRING && f->item_opt)
        P(" &out->%s[i].has,", m);
    else if (f->kind != CG_STRING)
        P(" NULL,");
    P("\n                  &items[i], ");
    where(out, t, f);
    P(", err)) != DS_OK)\n            goto done;\n");
    P("    ds_free(items);\n    items = NULL;\n");
}

/* ---- functions of every type ------------------------------------------------------------ */

/* Prints a function whose body was printed into `body`, declaring what it
 * used; `head` is the signature, ending in " {". */
static void finish(emit *e, ds__buf *out, const char *head, const char *decls, ds__buf *body, const char *tail) {
    P("\n");
    D("%s", head);
    if (e->fn_val)
        P("    ds_value val;\n");
    if (e->fn_items)
        P("    ds_value *items = NULL;\n");
    if (e->fn_n)
        P("    size_t n;\n");
    P("%s", decls);
    if (body->data)
        ds__buf_append(out, body->data, body->len);
    if (body->failed)
        out->failed = true;
    if (e->fn_goto)
        P("done:\n");
    P("%s}\n", tail);
    e->fn_val = e->fn_items = e->fn_n = e->fn_goto = false;
    for (size_t i = 0; i < e->string_count; i++)
        free(e->strings[i]);
    e->string_count = 0;
}

static void fn_init_free(const cg_type *t, ds__buf *out) {
    P("\nvoid %s(%s *value) {\n    if (value)\n        memset(value, 0, sizeof *value);\n}\n", t->fn[CG_FN_INIT],
      t->ctype);
    P("\nvoid %s(%s *value) {\n    if (!value)\n        return;\n", t->fn[CG_FN_FREE], t->ctype);
    for (size_t i = 0; i < t->field_count; i++) {
        const cg_field *f = &t->fields[i];
        const char *m = f->member;
        if (f->kind == CG_RELATION)
            continue;
        if (!f->is_list) {
            if (f->kind == CG_STRING)
                P("    free(value->%s);\n", m);
            else if (f->kind == CG_OBJECT)
                P("    %s(&value->%s);\n", f->obj->fn[CG_FN_FREE], m);
            continue;
        }
        if (f->kind == CG_STRING)
            P("    for (size_t i = 0; value->%s && i < value->%s; i++)\n        free(value->%s[i]);\n", m,
              f->count_member, m);
        else if (f->kind == CG_OBJECT)
            P("    for (size_t i = 0; value->%s && i < value->%s; i++)\n        %s(&value->%s[i]%s);\n", m,
              f->count_member, f->obj->fn[CG_FN_FREE], m, f->item_opt ? ".value" : "");
        P("    free(value->%s);\n", m);
    }
    P("    memset(value, 0, sizeof *value);\n}\n");
}

static void fn_copy(emit *e, const cg_type *t, ds__buf *out) {
    ds__buf body;
    ds__buf_init(&body, DS__BUF_DEFAULT_MAX);
    ds__buf *b = &body;
    /* The pointers are src's after the shallow copy: clear them first, so
     * that a failure frees only what was copied. */
    ds__buf_printf(b, "    *out = *src;\n");
    for (size_t i = 0; i < t->field_count; i++) {
        const cg_field *f = &t->fields[i];
        if (f->kind == CG_RELATION)
            continue;
        if (f->is_list || f->kind == CG_STRING)
            ds__buf_printf(b, "    out->%s = NULL;\n", f->member);
        else if (f->kind == CG_OBJECT)
            ds__buf_printf(b, "    %s(&out->%s);\n", f->obj->fn[CG_FN_INIT], f->member);
    }
    for (size_t i = 0; i < t->field_count; i++) {
        const cg_field *f = &t->fields[i];
        const char *m = f->member;
        if (f->kind == CG_RELATION)
            continue;
        if (!f->is_list) {
            if (f->kind == CG_STRING) {
                e->fn_goto = true;
                ds__buf_printf(b, "    if ((rc = %s(&out->%s, src->%s, err)) != DS_OK)\n        goto done;\n",
                               H(e, CG_H_COPY_STRING), m, m);
            } else if (f->kind == CG_OBJECT) {
                e->fn_goto = true;
                ds__buf_printf(b, "    if ((rc = %s(&out->%s, &src->%s, err)) != DS_OK)\n        goto done;\n",
                               f->obj->fn[CG_FN_COPY], m, m);
            }
            continue;
        }
        e->fn_goto = e->fn_n = true;
        ds__buf_printf(b, "    n = src->%s ? src->%s : 0;\n", m, f->count_member);
        ds__buf_printf(b, "    out->%s = n;\n", f->count_member);
        ds__buf_printf(b,
                       "    if (n && !(out->%s = calloc(n, sizeof *out->%s))) {\n        rc = %s(err);\n"
                       "        goto done;\n    }\n",
                       m, m, H(e, CG_H_NOMEM));
        if (f->kind == CG_STRING) {
            ds__buf_printf(b,
                           "    for (size_t i = 0; i < n; i++)\n"
                           "        if ((rc = %s(&out->%s[i], src->%s[i], err)) != DS_OK)\n            goto done;\n",
                           H(e, CG_H_COPY_STRING), m, m);
        } else if (f->kind == CG_OBJECT) {
            const char *v = f->item_opt ? ".value" : "";
            ds__buf_printf(b, "    for (size_t i = 0; i < n; i++) {\n");
            if (f->item_opt)
                ds__buf_printf(b, "        out->%s[i].has = src->%s[i].has;\n", m, m);
            ds__buf_printf(b,
                           "        if ((rc = %s(&out->%s[i]%s, &src->%s[i]%s, err)) != DS_OK)\n"
                           "            goto done;\n    }\n",
                           f->obj->fn[CG_FN_COPY], m, v, m, v);
        } else {
            ds__buf_printf(b, "    if (n)\n        memcpy(out->%s, src->%s, n * sizeof *out->%s);\n", m, m, m);
        }
    }
    const char *head = fmt(e, "ds_status %s(%s *out, const %s *src, ds_error *err) {", t->fn[CG_FN_COPY], t->ctype,
                           t->ctype);
    const char *tail = "    (void)err;\n    return rc;\n";
    if (e->fn_goto)
        tail = fmt(e, "    if (rc != DS_OK)\n        %s(out);\n    return rc;\n", t->fn[CG_FN_FREE]);
    finish(e, out, head, "    ds_status rc = DS_OK;\n", &body, tail);
    ds__buf_free(&body);
}

static void fn_to_record(emit *e, const cg_type *t, ds__buf *out) {
    ds__buf body;
    ds__buf_init(&body, DS__BUF_DEFAULT_MAX);
    ds__buf *b = &body;
    ds__buf_printf(b, "    *out = NULL;\n");
    ds__buf_printf(b, "    if (!schema && !(schema = %s()))\n        return %s(err);\n", e->p->schema_fn,
                   H(e, CG_H_NOMEM));
    ds__buf_printf(b, "    if ((rc = ds_record_new(&r, schema, \"%s\", err)) != DS_OK)\n        return rc;\n",
                   t->m->name);
    for (size_t i = 0; i < t->field_count; i++) {
        const cg_field *f = &t->fields[i];
        if (f->kind == CG_RELATION)
            continue;
        if (f->is_list)
            put_list(e, b, t, f);
        else
            put_single(e, b, t, f, "r", fmt(e, "value->%s", f->member),
                       f->has_flag ? fmt(e, "value->%s", f->has_member) : NULL, "schema");
    }
    ds__buf_printf(b, "    *out = r;\n    r = NULL;\n");
    const char *head =
        fmt(e, "ds_status %s(ds_record **out, const ds_schema *schema, const %s *value, ds_error *err) {",
            t->fn[CG_FN_TO_RECORD], t->ctype);
    finish(e, out, head, "    ds_record *r = NULL;\n    ds_status rc;\n", &body,
           "    ds_record_free(r);\n    return rc;\n");
    ds__buf_free(&body);
}

static void fn_from_record(emit *e, const cg_type *t, ds__buf *out) {
    ds__buf body;
    ds__buf_init(&body, DS__BUF_DEFAULT_MAX);
    ds__buf *b = &body;
    ds__buf_printf(b, "    %s(out);\n", t->fn[CG_FN_INIT]);
    ds__buf_printf(b, "    if ((rc = %s(record, \"%s\", err)) != DS_OK)\n        return rc;\n",
                   H(e, CG_H_CHECK_MODEL), t->m->name);
    for (size_t i = 0; i < t->field_count; i++) {
        const cg_field *f = &t->fields[i];
        if (f->kind == CG_RELATION)
            continue;
        if (f->is_list)
            take_list(e, b, t, f);
        else
            take_single(e, b, t, f);
    }
    const char *head = fmt(e, "ds_status %s(%s *out, const ds_record *record, ds_error *err) {",
                           t->fn[CG_FN_FROM_RECORD], t->ctype);
    const char *tail = fmt(e, "%s    if (rc != DS_OK)\n        %s(out);\n    return rc;\n",
                           e->fn_items ? "    ds_free(items);\n" : "", t->fn[CG_FN_FREE]);
    finish(e, out, head, "    ds_status rc;\n", &body, tail);
    ds__buf_free(&body);
}

/* ---- functions of models ------------------------------------------------------------------- */

#define STORE_SCHEMA "store ? ds_store_schema(store) : NULL"

static const cg_field *field_of(const cg_type *t, const ds_field *d) {
    for (size_t i = 0; i < t->field_count; i++)
        if (t->fields[i].f == d)
            return &t->fields[i];
    return NULL;
}

static void fn_save(emit *e, const cg_type *t, ds__buf *out) {
    P("\n");
    D("ds_status %s(ds_store *store, %s *value, const ds_predicate *condition, ds_error *err) {", t->fn[CG_FN_SAVE],
      t->ctype);
    P("    ds_record *r = NULL;\n"
      "    %s saved;\n"
      "    ds_status rc;\n"
      "    if ((rc = %s(&r, " STORE_SCHEMA ", value, err)) != DS_OK)\n"
      "        return rc;\n"
      "    if ((rc = ds_save(store, r, condition, err)) == DS_OK &&\n"
      "        (rc = %s(&saved, r, err)) == DS_OK) {\n"
      "        %s(value);\n"
      "        *value = saved;\n"
      "    }\n"
      "    ds_record_free(r);\n"
      "    return rc;\n"
      "}\n",
      t->ctype, t->fn[CG_FN_TO_RECORD], t->fn[CG_FN_FROM_RECORD], t->fn[CG_FN_FREE]);
    (void)e;
}

static void fn_get(emit *e, const cg_type *t, ds__buf *out) {
    ds__buf body;
    ds__buf_init(&body, DS__BUF_DEFAULT_MAX);
    ds__buf *b = &body;
    ds__buf_printf(b, "    %s(out);\n", t->fn[CG_FN_INIT]);
    ds__buf_printf(b,
                   "    if ((rc = ds_record_new(&key, " STORE_SCHEMA ", \"%s\", err)) != DS_OK)\n        goto done;\n",
                   t->m->name);
    e->fn_goto = true;
    for (size_t k = 0; k < t->m->key_count; k++) {
        const cg_field *f = field_of(t, t->m->key_fields[k]);
        if (!f)
            continue;
        cg_field key = *f;
        key.unset_when_null = false;
        put_single(e, b, t, &key, "key", t->key_params[k], NULL, STORE_SCHEMA);
    }
    ds__buf_printf(b, "    if ((rc = ds_get(store, key, &found, err)) != DS_OK)\n        goto done;\n");
    ds__buf_printf(b, "    rc = %s(out, found, err);\n", t->fn[CG_FN_FROM_RECORD]);
    ds__buf head;
    ds__buf_init(&head, DS__BUF_DEFAULT_MAX);
    ds__buf_printf(&head, "ds_status %s(ds_store *store", t->fn[CG_FN_GET]);
    for (size_t k = 0; k < t->m->key_count; k++) {
        const cg_field *f = field_of(t, t->m->key_fields[k]);
        if (!f || f->kind == CG_STRING)
            ds__buf_printf(&head, ", const char *%s", t->key_params[k]);
        else
            ds__buf_printf(&head, ", %s %s", ds__cg_item_ctype(f), t->key_params[k]);
    }
    ds__buf_printf(&head, ", %s *out, ds_error *err) {", t->ctype);
    finish(e, out, head.data ? head.data : "", "    ds_record *key = NULL, *found = NULL;\n    ds_status rc;\n",
           &body, "    ds_record_free(found);\n    ds_record_free(key);\n    return rc;\n");
    if (head.failed)
        out->failed = true;
    ds__buf_free(&head);
    ds__buf_free(&body);
}

static void fn_query(emit *e, const cg_type *t, ds__buf *out) {
    P("\n");
    D("ds_status %s(ds_store *store, const ds_predicate *where, const ds_query_options *opts, %s *out, "
      "ds_error *err) {",
      t->fn[CG_FN_QUERY], t->list_type);
    P("    ds_result *res = NULL;\n"
      "    ds_status rc;\n"
      "    out->items = NULL;\n"
      "    out->count = 0;\n"
      "    if ((rc = ds_query(store, \"%s\", where, opts, &res, err)) != DS_OK)\n"
      "        return rc;\n"
      "    rc = %s(out, res, err);\n"
      "    ds_result_free(res);\n"
      "    return rc;\n"
      "}\n",
      t->m->name, t->tfn[CG_TFN_FROM_RESULT]);
    P("\nvoid %s(%s *list) {\n"
      "    if (!list)\n"
      "        return;\n"
      "    for (size_t i = 0; list->items && i < list->count; i++)\n"
      "        %s(&list->items[i]);\n"
      "    free(list->items);\n"
      "    list->items = NULL;\n"
      "    list->count = 0;\n"
      "}\n",
      t->fn[CG_FN_LIST_FREE], t->list_type, t->fn[CG_FN_FREE]);
    (void)e;
}

static void fn_delete_observe(emit *e, const cg_type *t, ds__buf *out) {
    const cg_plan *p = e->p;
    P("\n");
    D("ds_status %s(ds_store *store, const %s *value, const ds_predicate *condition, ds_error *err) {",
      t->fn[CG_FN_DELETE], t->ctype);
    P("    ds_record *r = NULL;\n"
      "    ds_status rc;\n"
      "    if ((rc = %s(&r, " STORE_SCHEMA ", value, err)) != DS_OK)\n"
      "        return rc;\n"
      "    rc = ds_delete(store, r, condition, err);\n"
      "    ds_record_free(r);\n"
      "    return rc;\n"
      "}\n",
      t->fn[CG_FN_TO_RECORD]);
    P("\n");
    D("ds_status %s(ds_store *store, const ds_predicate *where, %s fn, void *userdata, %s **out, ds_error *err) {",
      t->fn[CG_FN_OBSERVE], t->observe_fn_type, p->subscription);
    P("    %s *sub;\n"
      "    ds_status rc;\n"
      "    *out = NULL;\n"
      "    if (!fn)\n"
      "        return %s(err, DS_ERR_INVALID, \"%s\", \"fn is NULL\");\n"
      "    if (!(sub = calloc(1, sizeof *sub)))\n"
      "        return %s(err);\n"
      "    sub->fn.%s = fn;\n"
      "    sub->userdata = userdata;\n"
      "    if ((rc = ds_observe(store, \"%s\", where, %s, sub, &sub->sub, err)) != DS_OK) {\n"
      "        free(sub);\n"
      "        return rc;\n"
      "    }\n"
      "    *out = sub;\n"
      "    return DS_OK;\n"
      "}\n",
      p->subscription, H(e, CG_H_FAIL), t->fn[CG_FN_OBSERVE], H(e, CG_H_NOMEM), t->fn[CG_FN_OBSERVE], t->m->name,
      t->tfn[CG_TFN_OBSERVED]);
}

static void fn_loaders(emit *e, const cg_type *t, ds__buf *out) {
    for (size_t i = 0; i < t->field_count; i++) {
        const cg_field *f = &t->fields[i];
        if (f->kind != CG_RELATION)
            continue;
        const cg_type *rt = f->obj;
        P("\n");
        D("ds_status %s(ds_store *store, const %s *value, %s *out, ds_error *err) {", f->loader, t->ctype,
          f->is_list ? rt->list_type : rt->ctype);
        P("    ds_record *r = NULL;\n"
          "    ds_result *res = NULL;\n"
          "    ds_status rc;\n");
        if (f->is_list)
            P("    out->items = NULL;\n    out->count = 0;\n");
        else
            P("    %s(out);\n", rt->fn[CG_FN_INIT]);
        P("    if ((rc = %s(&r, " STORE_SCHEMA ", value, err)) != DS_OK ||\n"
          "        (rc = ds_load_related(store, r, \"%s\", &res, err)) != DS_OK)\n"
          "        goto done;\n",
          t->fn[CG_FN_TO_RECORD], f->f->name);
        if (f->is_list) {
            P("    rc = %s(out, res, err);\n", rt->tfn[CG_TFN_FROM_RESULT]);
        } else {
            P("    if (ds_result_count(res) == 0)\n"
              "        rc = %s(err, DS_ERR_NOTFOUND, \"%s.%s\", \"no related %s stored\");\n"
              "    else\n"
              "        rc = %s(out, ds_result_at(res, 0), err);\n",
              H(e, CG_H_FAIL), t->m->name, f->f->name, rt->m->name, rt->fn[CG_FN_FROM_RECORD]);
        }
        P("done:\n    ds_result_free(res);\n    ds_record_free(r);\n    return rc;\n}\n");
    }
}

static const char *const pred_fn[CG_OP_COUNT] = {
    [CG_OP_EQ] = "ds_pred_eq",
    [CG_OP_NE] = "ds_pred_ne",
    [CG_OP_LT] = "ds_pred_lt",
    [CG_OP_LE] = "ds_pred_le",
    [CG_OP_GT] = "ds_pred_gt",
    [CG_OP_GE] = "ds_pred_ge",
    [CG_OP_BETWEEN] = "ds_pred_between",
    [CG_OP_BEGINS_WITH] = "ds_pred_begins_with",
    [CG_OP_CONTAINS] = "ds_pred_contains",
    [CG_OP_NOT_CONTAINS] = "ds_pred_not_contains",
    [CG_OP_IS_NULL] = "ds_pred_eq",
    [CG_OP_IS_NOT_NULL] = "ds_pred_ne",
};

static void fn_predicates(const cg_type *t, ds__buf *out) {
    for (size_t i = 0; i < t->field_count; i++) {
        const cg_field *f = &t->fields[i];
        for (int o = 0; o < CG_OP_COUNT; o++) {
            if (!f->op[o])
                continue;
            const char *arg = f->kind == CG_STRING ? "const char *" : ds__cg_item_ctype(f);
            bool ptr = arg[strlen(arg) - 1] == '*';
            const char *sp = ptr ? "" : " ";
            const char *ctor = ds__cg_value_ctor(f->kind);
            switch ((cg_op)o) {
            case CG_OP_IS_NULL:
            case CG_OP_IS_NOT_NULL:
                P("\nds_predicate *%s(void) {\n    return %s(%s, ds_null());\n}\n", f->op[o], pred_fn[o],
                  f->constant);
                break;
            case CG_OP_BETWEEN:
                P("\nds_predicate *%s(%s%slow, %s%shigh) {\n    return %s(%s, %s(low), %s(high));\n}\n", f->op[o], arg,
                  sp, arg, sp, pred_fn[o], f->constant, ctor, ctor);
                break;
            case CG_OP_BEGINS_WITH:
                P("\nds_predicate *%s(const char *value) {\n    return %s(%s, value);\n}\n", f->op[o], pred_fn[o],
                  f->constant);
                break;
            default:
                if (f->kind == CG_ENUM)
                    P("\nds_predicate *%s(%s value) {\n    const char *s = %s(value);\n"
                      "    return s ? %s(%s, ds_str(s)) : NULL;\n}\n",
                      f->op[o], arg, f->en->to_string, pred_fn[o], f->constant);
                else
                    P("\nds_predicate *%s(%s%svalue) {\n    return %s(%s, %s(value));\n}\n", f->op[o], arg, sp,
                      pred_fn[o], f->constant, ctor);
                break;
            }
        }
    }
}

/* ---- the source -------------------------------------------------------------------------- */

static void type_functions(emit *e, const cg_type *t, ds__buf *out) {
    P("\n/* ---- %s %s ---- */\n", t->m->is_model ? "model" : "embedded type", t->m->name);
    fn_init_free(t, out);
    fn_copy(e, t, out);
    fn_to_record(e, t, out);
    fn_from_record(e, t, out);
    if (!t->m->is_model)
        return;
    fn_save(e, t, out);
    fn_get(e, t, out);
    fn_query(e, t, out);
    fn_delete_observe(e, t, out);
    fn_loaders(e, t, out);
    fn_predicates(t, out);
}

ds_status ds__cg_emit_source(const cg_plan *p, ds__buf *out) {
    emit e;
    memset(&e, 0, sizeof e);
    e.p = p;
    e.enum_take = calloc(p->enum_count + 1, sizeof *e.enum_take);
    e.type_take = calloc(p->type_count + 1, sizeof *e.type_take);
    e.type_value = calloc(p->type_count + 1, sizeof *e.type_value);
    ds__buf body, helpers;
    ds__buf_init(&body, DS__BUF_DEFAULT_MAX);
    ds__buf_init(&helpers, DS__BUF_DEFAULT_MAX);
    if (!e.enum_take || !e.type_take || !e.type_value) {
        out->failed = true;
        goto done;
    }

    /* Public functions first (to learn which helpers they need)... */
    for (size_t i = 0; i < p->enum_count; i++)
        enum_functions(&p->enums[i], &body);
    for (size_t i = 0; i < p->type_count; i++)
        type_functions(&e, &p->types[i], &body);
    /* ...then the per-type helpers they call, which may call more generic ones. */
    for (size_t i = 0; i < p->enum_count; i++)
        if (e.enum_take[i])
            enum_take(&e, &p->enums[i], &helpers);
    for (size_t i = 0; i < p->type_count; i++) {
        if (e.type_take[i])
            type_take(&e, &p->types[i], &helpers);
        if (e.type_value[i])
            type_value(&e, &p->types[i], &helpers);
        if (p->types[i].m->is_model)
            model_helpers(&e, &p->types[i], &helpers);
    }
    close_uses(&e);

    P("/*\n * %s -- generated from %s by `datastore codegen`; do not edit.\n *\n"
      " * The code behind %s; see there for what each function does.\n */\n",
      p->opts->source_name, p->opts->schema_name, p->opts->header_name);
    P("#include \"%s\"\n\n", p->opts->header_name);
    P("#include <pthread.h>\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n");
    schema_section(&e, out);
    if (p->subscription) {
        P("\nstruct %s {\n    ds_subscription *sub;\n    union {\n", p->subscription);
        for (size_t i = 0; i < p->type_count; i++)
            if (p->types[i].m->is_model)
                P("        %s %s;\n", p->types[i].observe_fn_type, p->types[i].fn[CG_FN_OBSERVE]);
        P("    } fn;\n    void *userdata;\n};\n\n");
        P("void %s(%s *sub) {\n    if (!sub)\n        return;\n    ds_unobserve(sub->sub);\n    free(sub);\n}\n",
          p->unobserve, p->subscription);
    }
    generic_helpers(&e, out);
    if (helpers.data)
        ds__buf_append(out, helpers.data, helpers.len);
    if (body.data)
        ds__buf_append(out, body.data, body.len);
    if (helpers.failed || body.failed || e.failed)
        out->failed = true;
done:
    for (size_t i = 0; i < e.string_count; i++)
        free(e.strings[i]);
    free(e.strings);
    free(e.enum_take);
    free(e.type_take);
    free(e.type_value);
    ds__buf_free(&body);
    ds__buf_free(&helpers);
    if (out->failed)
        return out->len >= out->max ? DS_ERR_LIMIT : DS_ERR_NOMEM;
    return DS_OK;
}
