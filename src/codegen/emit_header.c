/*
 * Printing the generated header: the documentation, the types and every
 * declaration, in the order the plan named them. The header is the manual
 * of the generated API, so the rules that apply to all of it (types, null,
 * ownership, names, threads) are written once at the top, and each
 * declaration carries only what is particular to it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codegen/codegen.h"

#define P(...) ds__buf_printf(out, __VA_ARGS__)
#define D(...) ds__cg_wrapf(out, __VA_ARGS__)

static void banner(const cg_plan *p, ds__buf *out) {
    const ds__codegen_options *o = p->opts;
    P("/*\n"
      " * %s -- generated from %s by `datastore codegen`; do not edit.\n"
      " *\n"
      " * Typed C models for the schema, built on libdatastore's public API\n"
      " * (datastore/datastore.h); %s holds the code and the schema itself.\n"
      " * docs/codegen.md in libdatastore tells the whole story.\n"
      " *\n",
      o->header_name, o->schema_name, o->source_name);
    P(" * Types. ID, String, AWSDate, AWSTime, AWSDateTime, AWSEmail, AWSURL,\n"
      " * AWSPhone, AWSIPAddress -> char * (formats are checked when saved);\n"
      " * AWSJSON -> char * holding JSON text; Int -> int32_t; AWSTimestamp ->\n"
      " * int64_t (seconds); Float -> double; Boolean -> bool; an enum -> its C\n"
      " * enum; an embedded (non-model) type -> its struct, by value; a list ->\n"
      " * a pointer to its items and a <member>_count. Relationship fields are\n"
      " * not members: their foreign keys are, and <model>_load_<field>() reads\n"
      " * the related records.\n"
      " *\n"
      " * Null. A value that may be null and has no null of its own (numbers,\n"
      " * booleans, enums, embedded structs, lists) follows a `bool has_<member>`\n"
      " * flag: false means null, and the value is then ignored. A string is null\n"
      " * when NULL. List items that may be null are {bool has; T value;} structs\n"
      " * (ds_opt_int32, ds_opt_int64, ds_opt_double, ds_opt_bool, <Type>Opt).\n"
      " * A null where the schema requires a value (only in records never\n"
      " * validated) reads as zero.\n"
      " *\n");
    P(" * Ownership. A struct owns every pointer in it: strings and arrays are\n"
      " * malloc()'d (strdup() a literal) and freed by <type>_free(), which leaves\n"
      " * the struct as <type>_init() does; an all-zero struct is an initialised\n"
      " * one. Functions filling an out-parameter overwrite it without freeing\n"
      " * it, and leave it initialised on failure. <model>_save() replaces the\n"
      " * struct with the record as stored (generated id, timestamps).\n"
      " *\n"
      " * Functions. For each type: init, free, copy (deep), to_record (a new\n"
      " * ds_record of `schema`, or of %s() when NULL; values are checked\n"
      " * by ds_record_validate() when saved) and from_record. For each model:\n"
      " * save (insert or update), get (by primary key, one argument per key\n"
      " * field; DS_ERR_NOTFOUND when absent), query (predicate, sort, paging, as\n"
      " * ds_query()), delete (by the struct's key), observe (typed ds_observe()),\n"
      " * field-name constants and typed predicate builders, which return a new\n"
      " * ds_predicate (ds_pred_free()) or NULL when out of memory. Every\n"
      " * ds_status function fills err (may be NULL) on failure.\n"
      " *\n",
      p->schema_fn);
    P(" * Names. Types keep their GraphQL names; functions and members are\n"
      " * lower_snake_case, constants and enum values UPPER_SNAKE_CASE. A name C\n"
      " * or C++ reserves gets a trailing \"_\" (a field `default` is the member\n"
      " * `default_`); a name already taken gets \"_2\", \"_3\", ..., the schema's own\n"
      " * names first, derived ones (list types, functions, flags) after them.\n"
      " *\n"
      " * Threads. Functions may be called from any thread (a struct is plain\n"
      " * data: guard one shared between threads). Observer callbacks run on the\n"
      " * store's dispatcher thread, as datastore.h says; the struct they get is\n"
      " * valid until the callback returns.\n"
      " */\n");
}

/* One member line: its declaration and its comment (may be empty). */
typedef struct line {
    ds__buf decl, comment;
} line;

static void add_line(line *l) {
    ds__buf_init(&l->decl, 4096);
    ds__buf_init(&l->comment, 4096);
}

static size_t struct_lines(const cg_type *t, line *lines) {
    size_t n = 0;
    for (size_t i = 0; i < t->field_count; i++) {
        const cg_field *f = &t->fields[i];
        if (f->kind == CG_RELATION)
            continue;
        const ds_field *d = f->f;
        const char *note = "";
        if (d->is_key && t->m->key_count && t->m->key_fields[0] == d)
            note = f->unset_when_null ? ", primary key; NULL on a new record: generated when saved" : ", primary key";
        else if (d->is_key)
            note = ", sort key";
        else if (d->is_read_only)
            note = ", read-only: set by the service";
        if (f->has_flag) {
            add_line(&lines[n]);
            ds__buf_printf(&lines[n].decl, "bool %s;", f->has_member);
            ds__buf_printf(&lines[n].comment, "%s is not null", f->member);
            n++;
        }
        const char *ct = f->is_list ? ds__cg_elem_ctype(f) : ds__cg_item_ctype(f);
        bool ptr_type = ct[strlen(ct) - 1] == '*';
        add_line(&lines[n]);
        ds__buf_printf(&lines[n].decl, "%s%s%s%s;", ct, ptr_type ? "" : " ", f->is_list ? "*" : "", f->member);
        ds__cg_graphql_type(&lines[n].comment, f);
        ds__buf_puts(&lines[n].comment, note);
        n++;
        if (f->is_list) {
            add_line(&lines[n]);
            ds__buf_printf(&lines[n].decl, "size_t %s;", f->count_member);
            n++;
        }
    }
    return n;
}

static void struct_def(const cg_type *t, ds__buf *out) {
    line *lines = calloc(3 * t->field_count + 1, sizeof *lines);
    if (!lines) {
        out->failed = true;
        return;
    }
    size_t n = struct_lines(t, lines);
    size_t col = 0;
    for (size_t i = 0; i < n; i++)
        if (lines[i].decl.len + 1 > col)
            col = lines[i].decl.len + 1;
    P("struct %s {\n", t->ctype);
    for (size_t i = 0; i < n; i++) {
        if (lines[i].decl.failed || lines[i].comment.failed)
            out->failed = true;
        P("    %s", lines[i].decl.data ? lines[i].decl.data : "");
        if (lines[i].comment.len)
            P("%*s/* %s */", (int)(col - lines[i].decl.len), "", lines[i].comment.data);
        P("\n");
        ds__buf_free(&lines[i].decl);
        ds__buf_free(&lines[i].comment);
    }
    if (n == 0)
        P("    char unused_; /* %s has no field a struct can hold */\n", t->m->name);
    P("};\n");
    free(lines);
}

static void enum_section(const cg_enum *e, ds__buf *out) {
    P("\n/* ==== enum %s ==== */\n\n", e->e->name);
    P("typedef enum %s {\n", e->ctype);
    for (size_t v = 0; v < e->e->value_count; v++)
        P("    %s%s /* %s */\n", e->values[v], v + 1 < e->e->value_count ? "," : "", e->e->values[v]);
    P("} %s;\n\n", e->ctype);
    P("/* The GraphQL name of a value (\"%s\"); NULL for a value out of range. */\n", e->e->values[0]);
    D("const char *%s(%s value);", e->to_string, e->ctype);
    P("/* Stores the value named s (exactly, case-sensitive) in *out; false when s\n"
      " * names none. */\n");
    D("bool %s(%s *out, const char *s);", e->from_string, e->ctype);
    if (e->opt_type) {
        P("\n/* A list item of type %s that may be null. */\n", e->e->name);
        P("struct %s {\n    bool has;\n    %s value;\n};\n", e->opt_type, e->ctype);
    }
}

static void common_functions(const cg_type *t, ds__buf *out) {
    const char *c = t->ctype;
    D("void %s(%s *value);", t->fn[CG_FN_INIT], c);
    D("void %s(%s *value);", t->fn[CG_FN_FREE], c);
    D("ds_status %s(%s *out, const %s *src, ds_error *err);", t->fn[CG_FN_COPY], c, c);
    D("ds_status %s(ds_record **out, const ds_schema *schema, const %s *value, ds_error *err);",
      t->fn[CG_FN_TO_RECORD], c);
    D("ds_status %s(%s *out, const ds_record *record, ds_error *err);", t->fn[CG_FN_FROM_RECORD], c);
}

static void embedded_section(const cg_type *t, ds__buf *out) {
    P("\n/* ==== embedded type %s ==== */\n\n", t->m->name);
    struct_def(t, out);
    if (t->opt_type) {
        P("\n/* A list item of type %s that may be null. */\n", t->m->name);
        P("struct %s {\n    bool has;\n    %s value;\n};\n", t->opt_type, t->ctype);
    }
    P("\n");
    common_functions(t, out);
}

/* ", const char *id, const char *order_date": get()'s key parameters. */
static void key_params(const cg_type *t, ds__buf *out) {
    for (size_t k = 0; k < t->m->key_count; k++) {
        const ds_field *kf = t->m->key_fields[k];
        const cg_field *f = NULL;
        for (size_t i = 0; i < t->field_count; i++)
            if (t->fields[i].f == kf)
                f = &t->fields[i];
        if (!f || f->kind == CG_STRING)
            P(", const char *%s", t->key_params[k]);
        else
            P(", %s %s", ds__cg_item_ctype(f), t->key_params[k]);
    }
}

static void predicate_decls(const cg_type *t, ds__buf *out) {
    bool any = false;
    for (size_t i = 0; i < t->field_count; i++) {
        const cg_field *f = &t->fields[i];
        for (int o = 0; o < CG_OP_COUNT; o++) {
            if (!f->op[o])
                continue;
            if (!any)
                P("\n/* Predicates on %s's fields. */\n", t->m->name);
            any = true;
            const char *arg = f->kind == CG_STRING ? "const char *" : ds__cg_item_ctype(f);
            bool ptr = arg[strlen(arg) - 1] == '*';
            switch ((cg_op)o) {
            case CG_OP_IS_NULL:
            case CG_OP_IS_NOT_NULL: D("ds_predicate *%s(void);", f->op[o]); break;
            case CG_OP_BETWEEN:
                D("ds_predicate *%s(%s%slow, %s%shigh);", f->op[o], arg, ptr ? "" : " ", arg, ptr ? "" : " ");
                break;
            default: D("ds_predicate *%s(%s%svalue);", f->op[o], arg, ptr ? "" : " "); break;
            }
        }
    }
}

static void model_section(const cg_plan *p, const cg_type *t, ds__buf *out) {
    const char *c = t->ctype;
    P("\n/* ==== model %s ==== */\n\n", t->m->name);
    P("/* Field names, for predicates and sort strings: ds_pred_eq(%s, ...),\n"
      " * opts.sort = %s \" desc\". */\n",
      t->fields[0].constant ? t->fields[0].constant : "", t->fields[0].constant ? t->fields[0].constant : "");
    for (size_t i = 0; i < t->field_count; i++)
        if (t->fields[i].constant)
            P("#define %s \"%s\"\n", t->fields[i].constant, t->fields[i].f->name);
    P("\n");
    struct_def(t, out);
    P("\n/* A list of %s records; free with %s(). */\n", t->m->name, t->fn[CG_FN_LIST_FREE]);
    P("struct %s {\n    %s *items;\n    size_t count;\n};\n\n", t->list_type, c);
    P("/* Called for each committed change to a matching %s; value is the record\n"
      " * after the write (the deleted one for DS_DELETE), valid during the call,\n"
      " * or NULL when it could not be converted (out of memory). */\n",
      t->m->name);
    D("typedef void (*%s)(const ds_change *change, const %s *value, void *userdata);", t->observe_fn_type, c);
    P("\n");
    common_functions(t, out);
    D("ds_status %s(ds_store *store, %s *value, const ds_predicate *condition, ds_error *err);", t->fn[CG_FN_SAVE],
      c);
    ds__buf get;
    ds__buf_init(&get, out->max);
    key_params(t, &get);
    D("ds_status %s(ds_store *store%s, %s *out, ds_error *err);", t->fn[CG_FN_GET], get.data ? get.data : "", c);
    if (get.failed)
        out->failed = true;
    ds__buf_free(&get);
    D("ds_status %s(ds_store *store, const ds_predicate *where, const ds_query_options *opts, %s *out, "
      "ds_error *err);",
      t->fn[CG_FN_QUERY], t->list_type);
    D("void %s(%s *list);", t->fn[CG_FN_LIST_FREE], t->list_type);
    D("ds_status %s(ds_store *store, const %s *value, const ds_predicate *condition, ds_error *err);",
      t->fn[CG_FN_DELETE], c);
    D("ds_status %s(ds_store *store, const ds_predicate *where, %s fn, void *userdata, %s **out, ds_error *err);",
      t->fn[CG_FN_OBSERVE], t->observe_fn_type, p->subscription);
    bool any = false;
    for (size_t i = 0; i < t->field_count; i++) {
        const cg_field *f = &t->fields[i];
        if (f->kind != CG_RELATION)
            continue;
        if (!any)
            P("\n/* Related records, read from the local store by ds_load_related(); a to-one\n"
              " * loader gives DS_ERR_NOTFOUND when there is none. */\n");
        any = true;
        D("ds_status %s(ds_store *store, const %s *value, %s *out, ds_error *err);", f->loader, c,
          f->is_list ? f->obj->list_type : f->obj->ctype);
    }
    predicate_decls(t, out);
}

ds_status ds__cg_emit_header(const cg_plan *p, ds__buf *out) {
    banner(p, out);
    P("#ifndef %s\n#define %s\n\n", p->guard, p->guard);
    P("#include <stdbool.h>\n#include <stddef.h>\n#include <stdint.h>\n\n");
    P("#include <datastore/codegen.h>\n#include <datastore/datastore.h>\n\n");
    P("#ifdef __cplusplus\nextern \"C\" {\n#endif\n\n");
    P("/* The schema these models come from, parsed once (thread-safe) from the\n"
      " * text embedded in %s. Open a store with it:\n"
      " *     ds_open(&store, path, %s(), NULL, &err);\n"
      " * Borrowed for the life of the process; NULL only when out of memory. */\n",
      p->opts->source_name, p->schema_fn);
    P("const ds_schema *%s(void);\n", p->schema_fn);
    if (p->subscription) {
        P("\n/* A subscription made by one of the *_observe() functions. */\n");
        P("typedef struct %s %s;\n\n", p->subscription, p->subscription);
        P("/* Stops the subscription as ds_unobserve() does, then frees it. NULL is\n"
          " * allowed. */\n");
        P("void %s(%s *sub);\n", p->unobserve, p->subscription);
    }
    bool any = false;
    for (size_t i = 0; i < p->enum_count; i++) {
        if (p->enums[i].opt_type) {
            if (!any)
                P("\n");
            any = true;
            P("typedef struct %s %s;\n", p->enums[i].opt_type, p->enums[i].opt_type);
        }
    }
    for (size_t i = 0; i < p->type_count; i++) {
        const cg_type *t = &p->types[i];
        if (!any)
            P("\n");
        any = true;
        P("typedef struct %s %s;\n", t->ctype, t->ctype);
        if (t->opt_type)
            P("typedef struct %s %s;\n", t->opt_type, t->opt_type);
        if (t->list_type)
            P("typedef struct %s %s;\n", t->list_type, t->list_type);
    }
    for (size_t i = 0; i < p->enum_count; i++)
        enum_section(&p->enums[i], out);
    for (size_t i = 0; i < p->type_count; i++) {
        if (p->types[i].m->is_model)
            model_section(p, &p->types[i], out);
        else
            embedded_section(&p->types[i], out);
    }
    P("\n#ifdef __cplusplus\n}\n#endif\n\n#endif /* %s */\n", p->guard);
    if (out->failed)
        return out->len >= out->max ? DS_ERR_LIMIT : DS_ERR_NOMEM;
    return DS_OK;
}
