/*
 * The executor (spec §6): documents, prepared operations, execution and
 * result completion; see execute.h for the API and the response shapes.
 *
 * Design:
 *   - A document is parsed and validated once (ds__gql_document_new) and
 *     then only read: it may be cached and shared. A prepared operation adds
 *     what depends on one request (the operation, coerced variables).
 *   - Execution builds the response as it goes. Each completion returns a
 *     new JSON value, JSON null for a plain null, or NULL for "an error was
 *     recorded and this null must go up": a non-null position turns the
 *     value into NULL, a nullable one (a field, a list item) turns NULL
 *     back into JSON null. That is the spec's error propagation (§6.4.4)
 *     without exceptions.
 *   - CollectFields (§6.3.2) groups fields by response key in first-seen
 *     order, through fragments (each once per collection, §6.3.2 step
 *     visitedFragments) and inline fragments, after @skip/@include. Small
 *     collections live in inline arrays; large ones get a hash index. The
 *     items of a list of objects share one sub-field collection per runtime
 *     type.
 *   - The path of the field being completed is a stack of segments, turned
 *     into JSON (error "path") or text ("/getPost/comments[0]/id") only when
 *     an error needs it.
 *   - Resolvers are synchronous; root fields run in order, so mutations are
 *     serial as §6.2.2 requires. Introspection (__schema, __type and the
 *     fields of the __ types) is answered here (introspection.c), never by
 *     the caller's resolver; so is __typename.
 *   - Bounded: validation caps nesting at DS__GQL_MAX_QUERY_DEPTH, so the
 *     recursion is bounded; at most MAX_FIELDS fields are completed per
 *     execution, so a small document cannot demand an enormous response.
 */
#include "graphql/execute.h"

#include <math.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graphql/introspection.h"
#include "graphql/map.h"
#include "graphql/parser.h"
#include "graphql/validate.h"

/* Fields completed per execution at most. */
#define MAX_FIELDS ((size_t)500000)

struct ds__gql_document {
    atomic_int refs;
    const ds__gql_typesys *ts;
    ds__gql_doc *ast;
    ds__gql_map fragments; /* name -> ds__gql_fragment */
};

/* ---- error objects --------------------------------------------------------------- */

static json_t *locations(ds__gql_loc loc) {
    if (!loc.line)
        return json_null();
    return json_pack("[{s:I, s:I, s:n}]", "line", (json_int_t)loc.line, "column", (json_int_t)loc.column, "sourceName");
}

static json_t *request_error(const char *message, ds__gql_loc loc) {
    return json_pack("{s:n, s:o, s:s}", "path", "locations", locations(loc), "message", message);
}

json_t *ds__gql_error_response(json_t *errors) {
    json_t *r = json_object();
    if (!r || json_object_set_new(r, "data", json_null()) != 0 ||
        json_object_set_new(r, "errors", errors ? errors : json_array()) != 0) {
        json_decref(r);
        return NULL;
    }
    return r;
}

/* The diagnostics of a failed parse or validation as request errors. */
static json_t *diags_to_errors(const ds__diags *d, bool syntax) {
    json_t *errs = json_array();
    for (size_t i = 0; errs && i < d->count; i++) {
        char msg[1200];
        if (syntax)
            snprintf(msg, sizeof msg, "Validation error of type InvalidSyntax: %s", d->items[i].message);
        else
            snprintf(msg, sizeof msg, "%s", d->items[i].message);
        json_t *e = request_error(msg, (ds__gql_loc){d->items[i].line, d->items[i].column, 0});
        if (!e || json_array_append_new(errs, e) != 0) {
            json_decref(errs);
            return NULL;
        }
    }
    return errs;
}

/* ---- documents --------------------------------------------------------------------- */

ds__gql_document *ds__gql_document_new(const ds__gql_typesys *ts, const char *text, size_t len, json_t **errors) {
    *errors = NULL;
    ds__diags d;
    ds__diags_init(&d, NULL);
    ds__gql_document *doc = calloc(1, sizeof *doc);
    if (!doc)
        return NULL;
    atomic_init(&doc->refs, 1);
    doc->ts = ts;
    ds__gql_map_init(&doc->fragments);
    ds_status rc = ds__gql_parse_executable(text, len, &doc->ast, &d);
    if (rc == DS_OK)
        rc = ds__gql_validate(ts, doc->ast, &d);
    else if (rc != DS_ERR_NOMEM)
        *errors = diags_to_errors(&d, true);
    if (rc != DS_OK && rc != DS_ERR_NOMEM && !*errors)
        *errors = diags_to_errors(&d, false);
    for (const ds__gql_fragment *f = rc == DS_OK ? doc->ast->fragments : NULL; f; f = f->next)
        if (!ds__gql_map_put(&doc->fragments, f->name, (void *)f, NULL))
            rc = DS_ERR_NOMEM;
    ds__diags_free(&d);
    if (rc != DS_OK) {
        ds__gql_map_free(&doc->fragments);
        ds__gql_doc_free(doc->ast);
        free(doc);
        return NULL;
    }
    return doc;
}

ds__gql_document *ds__gql_document_ref(ds__gql_document *doc) {
    if (doc)
        atomic_fetch_add_explicit(&doc->refs, 1, memory_order_relaxed);
    return doc;
}

void ds__gql_document_unref(ds__gql_document *doc) {
    if (!doc || atomic_fetch_sub_explicit(&doc->refs, 1, memory_order_acq_rel) != 1)
        return;
    ds__gql_map_free(&doc->fragments);
    ds__gql_doc_free(doc->ast);
    free(doc);
}

const ds__gql_doc *ds__gql_document_ast(const ds__gql_document *doc) { return doc ? doc->ast : NULL; }

/* ---- collecting fields (§6.3.2) ---------------------------------------------------- */

#define INLINE_N 16

typedef struct cnode {
    const ds__gql_selection *sel;
    size_t next; /* 1 + index of the next node with the same key; 0 at the end */
} cnode;

typedef struct cgroup {
    const char *key;
    size_t head, tail; /* 1 + index into nodes */
} cgroup;

typedef struct collected {
    cgroup *groups;
    size_t ngroups, capg;
    cnode *nodes;
    size_t nnodes, capn;
    ds__gql_map index; /* key -> 1 + group, once there are more than INLINE_N groups */
    const ds__gql_fragment **visited;
    size_t nvisited, capv;
    ds__gql_map visited_index;
    bool nomem;
    cgroup g_inline[INLINE_N];
    cnode n_inline[INLINE_N];
    const ds__gql_fragment *v_inline[INLINE_N];
} collected;

static void collected_init(collected *c) {
    c->groups = c->g_inline;
    c->nodes = c->n_inline;
    c->visited = c->v_inline;
    c->ngroups = c->nnodes = c->nvisited = 0;
    c->capg = c->capn = c->capv = INLINE_N;
    c->nomem = false;
    ds__gql_map_init(&c->index);
    ds__gql_map_init(&c->visited_index);
}

static void collected_free(collected *c) {
    if (c->groups != c->g_inline)
        free(c->groups);
    if (c->nodes != c->n_inline)
        free(c->nodes);
    if (c->visited != c->v_inline)
        free((void *)c->visited);
    ds__gql_map_free(&c->index);
    ds__gql_map_free(&c->visited_index);
}

/* Grows an array that starts inline. */
static bool grow(void **arr, size_t *cap, size_t elem, const void *inline_arr) {
    size_t nc = *cap * 2;
    void *p;
    if (*arr == inline_arr) {
        p = malloc(nc * elem);
        if (p)
            memcpy(p, *arr, *cap * elem);
    } else {
        p = realloc(*arr, nc * elem);
    }
    if (!p)
        return false;
    *arr = p;
    *cap = nc;
    return true;
}

static void add_field(collected *c, const ds__gql_selection *s) {
    const char *key = ds__gql_response_key(s);
    size_t g = 0;
    if (c->index.count) {
        g = (size_t)(uintptr_t)ds__gql_map_get(&c->index, key);
    } else {
        for (size_t i = 0; i < c->ngroups; i++)
            if (strcmp(c->groups[i].key, key) == 0) {
                g = i + 1;
                break;
            }
    }
    if (c->nnodes == c->capn && !grow((void **)&c->nodes, &c->capn, sizeof *c->nodes, c->n_inline)) {
        c->nomem = true;
        return;
    }
    c->nodes[c->nnodes++] = (cnode){s, 0};
    if (g) {
        cgroup *gr = &c->groups[g - 1];
        c->nodes[gr->tail - 1].next = c->nnodes;
        gr->tail = c->nnodes;
        return;
    }
    if (c->ngroups == c->capg && !grow((void **)&c->groups, &c->capg, sizeof *c->groups, c->g_inline)) {
        c->nomem = true;
        return;
    }
    c->groups[c->ngroups++] = (cgroup){key, c->nnodes, c->nnodes};
    if (c->ngroups > INLINE_N) {
        if (!c->index.count) /* build the index once the inline scan gets long */
            for (size_t i = 0; i + 1 < c->ngroups; i++)
                if (!ds__gql_map_put(&c->index, c->groups[i].key, (void *)(uintptr_t)(i + 1), NULL))
                    c->nomem = true;
        if (!ds__gql_map_put(&c->index, key, (void *)(uintptr_t)c->ngroups, NULL))
            c->nomem = true;
    }
}

/* Marks a fragment visited; false when it already was. */
static bool visit(collected *c, const ds__gql_fragment *f) {
    if (c->visited_index.count) {
        void *seen = NULL;
        if (!ds__gql_map_put(&c->visited_index, f->name, (void *)f, &seen))
            c->nomem = true;
        return !seen;
    }
    for (size_t i = 0; i < c->nvisited; i++)
        if (c->visited[i] == f)
            return false;
    if (c->nvisited == c->capv) {
        for (size_t i = 0; i < c->nvisited; i++)
            if (!ds__gql_map_put(&c->visited_index, c->visited[i]->name, (void *)c->visited[i], NULL))
                c->nomem = true;
        if (!ds__gql_map_put(&c->visited_index, f->name, (void *)f, NULL))
            c->nomem = true;
        return true;
    }
    c->visited[c->nvisited++] = f;
    return true;
}

struct ds__gql_exec {
    const ds__gql_typesys *ts;
    const ds__gql_prepared *p;
    const ds__gql_document *doc;
    ds__gql_resolver resolve;
    void *request_ctx;
    json_t *variables;
    json_t *errors;
    json_t *empty_args;
    struct seg {
        const char *key; /* NULL: a list index */
        size_t index;
    } * path;
    size_t depth, cap;
    const struct fieldctx *current;
    size_t fields_left;
    bool budget_reported;
    bool nomem;
};

/* The boolean value of a directive's `if` argument. */
static bool directive_if(json_t *variables, const ds__gql_directive *d, bool *value) {
    const ds__gql_argument *a = ds__gql_find_argument(d->args, "if");
    if (!a || !a->value)
        return false;
    if (a->value->kind == DS__GQL_VAL_BOOLEAN) {
        *value = a->value->boolean;
        return true;
    }
    if (a->value->kind == DS__GQL_VAL_VARIABLE) {
        json_t *v = variables ? json_object_get(variables, a->value->str) : NULL;
        if (json_is_boolean(v)) {
            *value = json_is_true(v);
            return true;
        }
    }
    return false;
}

/* §6.3.2 steps b and c: @skip(if: true) and @include(if: false) leave a
 * selection out. */
static bool included(json_t *variables, const ds__gql_directive *dirs) {
    for (const ds__gql_directive *d = dirs; d; d = d->next) {
        bool v;
        if (strcmp(d->name, "skip") == 0 && directive_if(variables, d, &v) && v)
            return false;
        if (strcmp(d->name, "include") == 0 && directive_if(variables, d, &v) && !v)
            return false;
    }
    return true;
}

static bool type_applies(const ds__gql_typesys *ts, const ds__gql_typesys_type *object, const char *condition) {
    if (!condition)
        return true;
    return ds__gql_ts_is_possible(ds__gql_ts_type(ts, condition), object);
}

/* Depth is bounded by validation (DS__GQL_MAX_QUERY_DEPTH counts spreads
 * and inline fragments too). */
static void collect(const ds__gql_typesys *ts, const ds__gql_document *doc, json_t *variables,
                    const ds__gql_typesys_type *object, const ds__gql_selection *sel, collected *c) {
    for (const ds__gql_selection *s = sel; s && !c->nomem; s = s->next) {
        if (s->directives && !included(variables, s->directives))
            continue;
        switch (s->kind) {
        case DS__GQL_SEL_FIELD: add_field(c, s); break;
        case DS__GQL_SEL_INLINE_FRAGMENT:
            if (type_applies(ts, object, s->type_condition))
                collect(ts, doc, variables, object, s->selections, c);
            break;
        case DS__GQL_SEL_FRAGMENT_SPREAD: {
            const ds__gql_fragment *f = ds__gql_map_get(&doc->fragments, s->name);
            if (f && visit(c, f) && type_applies(ts, object, f->type_condition))
                collect(ts, doc, variables, object, f->selections, c);
            break;
        }
        }
    }
}

/* ---- paths and field errors ----------------------------------------------------------- */

static bool push_seg(ds__gql_exec *ex, const char *key, size_t index) {
    if (ex->depth == ex->cap) {
        size_t nc = ex->cap ? ex->cap * 2 : 32;
        void *p = realloc(ex->path, nc * sizeof *ex->path);
        if (!p) {
            ex->nomem = true;
            return false;
        }
        ex->path = p;
        ex->cap = nc;
    }
    ex->path[ex->depth++] = (struct seg){key, index};
    return true;
}

static json_t *path_json(const ds__gql_exec *ex) {
    json_t *a = json_array();
    for (size_t i = 0; a && i < ex->depth; i++) {
        json_t *x = ex->path[i].key ? json_string(ex->path[i].key) : json_integer((json_int_t)ex->path[i].index);
        if (json_array_append_new(a, x) != 0) {
            json_decref(a);
            return NULL;
        }
    }
    return a;
}

static void path_text(const ds__gql_exec *ex, char *buf, size_t cap) {
    size_t n = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < ex->depth && n < cap; i++) {
        int w = ex->path[i].key ? snprintf(buf + n, cap - n, "/%s", ex->path[i].key)
                                : snprintf(buf + n, cap - n, "[%zu]", ex->path[i].index);
        if (w < 0)
            break;
        n += (size_t)w;
    }
}

static void add_error(ds__gql_exec *ex, json_t *e) {
    if (!e || json_array_append_new(ex->errors, e) != 0)
        ex->nomem = true;
}

typedef struct fieldctx {
    const ds__gql_typesys_type *parent_type;
    const ds__gql_typesys_field *def;
    const collected *c; /* where the field's nodes are */
    const cgroup *g;
    const ds__gql_typesys_type *cache_type; /* sub-fields collected for this runtime type */
    collected *cache;
} fieldctx;

static const ds__gql_selection *first_node(const fieldctx *fc) { return fc->c->nodes[fc->g->head - 1].sel; }

/* An error the executor finds (arguments, serialization, types). */
static void engine_error(ds__gql_exec *ex, const fieldctx *fc, const char *message) {
    add_error(ex, json_pack("{s:o, s:o, s:s}", "path", path_json(ex), "locations", locations(first_node(fc)->loc),
                            "message", message));
}

static void nonnull_error(ds__gql_exec *ex, const fieldctx *fc, const ds__gql_type *inner) {
    char t[256], path[512], msg[1024];
    path_text(ex, path, sizeof path);
    snprintf(msg, sizeof msg, "Cannot return null for non-nullable type: '%s' within parent '%s' (%s)",
             ds__gql_type_text(inner, t, sizeof t), fc->parent_type->name, path);
    add_error(ex, json_pack("{s:o, s:n, s:s}", "path", path_json(ex), "locations", "message", msg));
}

static void resolver_error(ds__gql_exec *ex, const fieldctx *fc, ds__gql_field_error *err) {
    err->message[sizeof err->message - 1] = '\0';
    /* "o?" takes the references (also when packing fails) and writes null for NULL. */
    add_error(ex, json_pack("{s:o, s:o?, s:s?, s:o?, s:o, s:s}", "path", path_json(ex), "data", err->data, "errorType",
                            err->error_type, "errorInfo", err->error_info, "locations", locations(first_node(fc)->loc),
                            "message", err->message));
    err->data = err->error_info = NULL;
}

/* ---- completing values (§6.4.3) ----------------------------------------------------------- */

static json_t *execute_set(ds__gql_exec *ex, const ds__gql_typesys_type *type, json_t *value, const collected *c);

static const char *kind_of(const json_t *v) {
    switch (json_typeof(v)) {
    case JSON_OBJECT: return "Object";
    case JSON_ARRAY: return "Array";
    case JSON_STRING: return "String";
    case JSON_INTEGER: return "Integer";
    case JSON_REAL: return "Double";
    case JSON_TRUE:
    case JSON_FALSE: return "Boolean";
    case JSON_NULL: return "null";
    }
    return "?";
}

static bool numeric_text(const char *s, double *out) {
    char *end;
    if (!*s)
        return false;
    double d = strtod(s, &end);
    if (*end || !isfinite(d))
        return false;
    *out = d;
    return true;
}

/* A leaf value as the response carries it (the scalar's serialization). */
static json_t *serialize(ds__gql_exec *ex, const fieldctx *fc, const ds__gql_typesys_type *t, json_t *v) {
    char msg[1500], path[512];
    double d;
    /* The path is spelled out only for an error: most leaves have none. */
    if (t->kind == DS__GQL_ENUM) {
        if (json_is_string(v) && ds__gql_ts_enum_value(t, json_string_value(v)))
            return json_incref(v);
        path_text(ex, path, sizeof path);
        snprintf(msg, sizeof msg, "Can't serialize value (%s) : Invalid input for Enum '%s'. Unknown value '%.200s'",
                 path, t->name, json_is_string(v) ? json_string_value(v) : kind_of(v));
        engine_error(ex, fc, msg);
        return NULL;
    }
    switch (t->scalar) {
    case DS__GQL_SCALAR_CUSTOM: return json_incref(v);
    case DS__GQL_SCALAR_INT:
    case DS__GQL_SCALAR_AWS_TIMESTAMP: {
        double lo = t->scalar == DS__GQL_SCALAR_INT ? -2147483648.0 : -9007199254740991.0;
        double hi = t->scalar == DS__GQL_SCALAR_INT ? 2147483647.0 : 9007199254740991.0;
        if (json_is_integer(v) && (double)json_integer_value(v) >= lo && (double)json_integer_value(v) <= hi)
            return json_incref(v);
        if ((json_is_real(v) && (d = json_real_value(v), true)) ||
            (json_is_string(v) && numeric_text(json_string_value(v), &d)))
            if (d >= lo && d <= hi && (double)(json_int_t)d == d)
                return json_integer((json_int_t)d);
        break;
    }
    case DS__GQL_SCALAR_FLOAT:
        if (json_is_real(v))
            return json_incref(v);
        if (json_is_integer(v))
            return json_real((double)json_integer_value(v));
        if (json_is_string(v) && numeric_text(json_string_value(v), &d))
            return json_real(d);
        break;
    case DS__GQL_SCALAR_BOOLEAN:
        if (json_is_boolean(v))
            return json_incref(v);
        if (json_is_string(v) && strcmp(json_string_value(v), "true") == 0)
            return json_true();
        if (json_is_string(v) && strcmp(json_string_value(v), "false") == 0)
            return json_false();
        if (json_is_number(v))
            return json_boolean(json_number_value(v) != 0);
        break;
    case DS__GQL_SCALAR_AWS_JSON:
        if (json_is_string(v))
            return json_incref(v);
        {
            char *text = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
            json_t *s = text ? json_string(text) : NULL;
            free(text);
            if (!s)
                ex->nomem = true;
            return s;
        }
    default: /* ID, String, the AWS string scalars */
        if (json_is_string(v))
            return json_incref(v);
        if (json_is_integer(v) || json_is_real(v) || json_is_boolean(v)) {
            char *text = json_dumps(v, JSON_ENCODE_ANY);
            json_t *s = text ? json_string(text) : NULL;
            free(text);
            if (!s)
                ex->nomem = true;
            return s;
        }
        break;
    }
    path_text(ex, path, sizeof path);
    snprintf(msg, sizeof msg, "Can't serialize value (%s) : Expected type '%s' but was '%s'.", path, t->name,
             kind_of(v));
    engine_error(ex, fc, msg);
    return NULL;
}

static json_t *complete(ds__gql_exec *ex, fieldctx *fc, const ds__gql_type *type, json_t *result);

static json_t *complete_object(ds__gql_exec *ex, fieldctx *fc, const ds__gql_typesys_type *t, json_t *result) {
    char msg[1500], path[512];
    if (!json_is_object(result)) {
        path_text(ex, path, sizeof path);
        snprintf(msg, sizeof msg, "Can't resolve value (%s) : type mismatch error, expected type %s but was '%s'", path,
                 t->name, kind_of(result));
        engine_error(ex, fc, msg);
        return NULL;
    }
    const ds__gql_typesys_type *rt = t;
    if (ds__gql_ts_is_abstract(t)) {
        json_t *tn = json_object_get(result, "__typename");
        rt = json_is_string(tn) ? ds__gql_ts_type(ex->ts, json_string_value(tn)) : NULL;
        if (!rt || !ds__gql_ts_is_possible(t, rt)) {
            path_text(ex, path, sizeof path);
            snprintf(msg, sizeof msg, "Could not determine the exact type of '%s' (%s)", t->name, path);
            engine_error(ex, fc, msg);
            return NULL;
        }
    }
    if (fc->cache_type != rt) {
        if (!fc->cache) {
            fc->cache = malloc(sizeof *fc->cache);
            if (!fc->cache) {
                ex->nomem = true;
                return NULL;
            }
        } else {
            collected_free(fc->cache);
        }
        collected_init(fc->cache);
        fc->cache_type = rt;
        for (size_t n = fc->g->head; n; n = fc->c->nodes[n - 1].next) {
            const ds__gql_selection *node = fc->c->nodes[n - 1].sel;
            collect(ex->ts, ex->doc, ex->variables, rt, node->selections, fc->cache);
        }
        if (fc->cache->nomem) {
            ex->nomem = true;
            fc->cache_type = NULL;
            return NULL;
        }
    }
    return execute_set(ex, rt, result, fc->cache);
}

/* Completes a value of a nullable type: NULL means an error to propagate. */
static json_t *complete_inner(ds__gql_exec *ex, fieldctx *fc, const ds__gql_type *type, json_t *result) {
    if (!result || json_is_null(result))
        return json_null();
    if (type->kind == DS__GQL_TYPE_LIST) {
        if (!json_is_array(result)) {
            char msg[1500], path[512];
            path_text(ex, path, sizeof path);
            snprintf(msg, sizeof msg, "Can't resolve value (%s) : type mismatch error, expected a list but was '%s'",
                     path, kind_of(result));
            engine_error(ex, fc, msg);
            return NULL;
        }
        json_t *out = json_array();
        if (!out) {
            ex->nomem = true;
            return NULL;
        }
        size_t i;
        json_t *item;
        json_array_foreach(result, i, item) {
            if (!push_seg(ex, NULL, i)) {
                json_decref(out);
                return NULL;
            }
            json_t *x = complete(ex, fc, type->of, item);
            ex->depth--;
            if (!x || json_array_append_new(out, x) != 0) {
                json_decref(out);
                return NULL;
            }
        }
        return out;
    }
    const ds__gql_typesys_type *t = ds__gql_ts_type(ex->ts, type->name);
    if (!t)
        return json_null();
    if (ds__gql_ts_is_leaf(t))
        return serialize(ex, fc, t, result);
    return complete_object(ex, fc, t, result);
}

static json_t *complete(ds__gql_exec *ex, fieldctx *fc, const ds__gql_type *type, json_t *result) {
    if (ex->nomem)
        return NULL;
    if (type->kind == DS__GQL_TYPE_NON_NULL) {
        json_t *r = complete_inner(ex, fc, type->of, result);
        if (r && json_is_null(r)) {
            nonnull_error(ex, fc, type->of);
            return NULL;
        }
        return r;
    }
    json_t *r = complete_inner(ex, fc, type, result);
    return r ? r : json_null();
}

/* ---- executing fields (§6.4) ----------------------------------------------------------- */

/* The value of a field that failed: JSON null, or NULL to propagate when the
 * field is non-null. */
static json_t *failed_field(const ds__gql_typesys_field *def) {
    return def->type->kind == DS__GQL_TYPE_NON_NULL ? NULL : json_null();
}

static bool is_introspection(const ds__gql_typesys_type *type, const ds__gql_typesys_field *def) {
    return !def->owner || (type->predeclared && type->name[0] == '_');
}

static json_t *execute_field(ds__gql_exec *ex, const ds__gql_typesys_type *type, json_t *parent, const collected *c,
                             const cgroup *g) {
    const ds__gql_selection *node = c->nodes[g->head - 1].sel;
    if (node->name[0] == '_' && strcmp(node->name, "__typename") == 0)
        return json_string(type->name);
    const ds__gql_typesys_field *def = ds__gql_ts_field_meta(ex->ts, type, node->name);
    if (!def)
        return json_null(); /* not reachable in a validated document */
    if (!push_seg(ex, g->key, 0))
        return NULL;
    fieldctx fc = {type, def, c, g, NULL, NULL};
    json_t *out = NULL, *result = NULL, *args = NULL;
    if (!ex->fields_left) {
        if (!ex->budget_reported) {
            char msg[128];
            snprintf(msg, sizeof msg, "The response needs more than %zu fields", MAX_FIELDS);
            engine_error(ex, &fc, msg);
            ex->budget_reported = true;
        }
        out = failed_field(def);
        goto done;
    }
    ex->fields_left--;
    if (def->nargs || node->args) {
        char msg[800];
        args = ds__gql_coerce_arguments(ex->ts, def->args, def->nargs, node->args, ex->variables, msg, sizeof msg);
        if (!args) {
            engine_error(ex, &fc, msg);
            out = failed_field(def);
            goto done;
        }
    } else {
        args = json_incref(ex->empty_args);
    }
    ds__resolve_rc rc;
    ds__gql_field_error err;
    memset(&err, 0, sizeof err);
    if (is_introspection(type, def)) {
        rc = ds__gql_introspect(ex->ts, type, def, parent, args, &result);
    } else if (ex->resolve) {
        ds__gql_resolve_info info = {ex->ts, type->name,      def->name,   parent,        args, node,
                                     def,    ex->request_ctx, ex->p->kind, ex->variables, ex};
        const struct fieldctx *saved = ex->current;
        ex->current = &fc;
        rc = ex->resolve(&info, &result, &err);
        ex->current = saved;
    } else {
        rc = DS__RESOLVE_DEFAULT;
    }
    if (rc == DS__RESOLVE_ERROR) {
        json_decref(result);
        result = NULL;
        resolver_error(ex, &fc, &err);
        out = failed_field(def);
        goto done;
    }
    json_decref(err.error_info);
    json_decref(err.data);
    if (rc == DS__RESOLVE_DEFAULT) {
        json_decref(result);
        result = json_is_object(parent) ? json_incref(json_object_get(parent, def->name)) : NULL;
    }
    out = complete(ex, &fc, def->type, result);
done:
    json_decref(result);
    json_decref(args);
    if (fc.cache) {
        collected_free(fc.cache);
        free(fc.cache);
    }
    ex->depth--;
    return out;
}

static json_t *execute_set(ds__gql_exec *ex, const ds__gql_typesys_type *type, json_t *value, const collected *c) {
    json_t *obj = json_object();
    if (!obj) {
        ex->nomem = true;
        return NULL;
    }
    for (size_t i = 0; i < c->ngroups; i++) {
        json_t *r = execute_field(ex, type, value, c, &c->groups[i]);
        if (!r || json_object_set_new_nocheck(obj, c->groups[i].key, r) != 0) {
            json_decref(obj);
            return NULL;
        }
    }
    return obj;
}

/* ---- resolver helpers ------------------------------------------------------------------- */

static bool selects(const ds__gql_exec *ex, const ds__gql_selection *sel, const char *name, unsigned depth) {
    if (depth > DS__GQL_MAX_QUERY_DEPTH)
        return false;
    for (const ds__gql_selection *s = sel; s; s = s->next) {
        if (s->directives && !included(ex->variables, s->directives))
            continue;
        if (s->kind == DS__GQL_SEL_FIELD) {
            if (strcmp(s->name, name) == 0)
                return true;
        } else if (s->kind == DS__GQL_SEL_INLINE_FRAGMENT) {
            if (selects(ex, s->selections, name, depth + 1))
                return true;
        } else {
            const ds__gql_fragment *f = ds__gql_map_get(&ex->doc->fragments, s->name);
            if (f && selects(ex, f->selections, name, depth + 1))
                return true;
        }
    }
    return false;
}

bool ds__gql_info_selects(const ds__gql_resolve_info *info, const char *name) {
    const ds__gql_exec *ex = info ? info->exec : NULL;
    if (!ex || !ex->current || !name)
        return false;
    const fieldctx *fc = ex->current;
    for (size_t n = fc->g->head; n; n = fc->c->nodes[n - 1].next)
        if (selects(ex, fc->c->nodes[n - 1].sel->selections, name, 0))
            return true;
    return false;
}

json_t *ds__gql_info_path(const ds__gql_resolve_info *info) {
    return info && info->exec ? path_json(info->exec) : NULL;
}

/* ---- operations --------------------------------------------------------------------------- */

void ds__gql_prepared_free(ds__gql_prepared *p) {
    if (!p)
        return;
    json_decref(p->variables);
    json_decref(p->root_args);
    ds__gql_document_unref(p->document);
    free(p);
}

static json_t *one_error(const char *message, ds__gql_loc loc) {
    json_t *errs = json_array();
    if (errs && json_array_append_new(errs, request_error(message, loc)) != 0) {
        json_decref(errs);
        return NULL;
    }
    return errs;
}

ds__gql_prepared *ds__gql_prepare(ds__gql_document *doc, const char *operation_name, json_t *variables,
                                  json_t **errors) {
    *errors = NULL;
    if (!doc)
        return NULL;
    const ds__gql_operation *op = NULL;
    size_t nops = 0;
    for (const ds__gql_operation *o = doc->ast->operations; o; o = o->next)
        nops++;
    if (operation_name && *operation_name) {
        for (const ds__gql_operation *o = doc->ast->operations; o && !op; o = o->next)
            if (o->name && strcmp(o->name, operation_name) == 0)
                op = o;
        if (!op) {
            char msg[300];
            snprintf(msg, sizeof msg, "Unknown operation named '%.200s'.", operation_name);
            *errors = one_error(msg, (ds__gql_loc){0, 0, 0});
            return NULL;
        }
    } else if (nops == 1) {
        op = doc->ast->operations;
    } else {
        *errors = one_error(nops ? "Must provide operation name if query contains multiple operations."
                                 : "Must provide an operation.",
                            (ds__gql_loc){0, 0, 0});
        return NULL;
    }
    ds__gql_prepared *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->document = ds__gql_document_ref(doc);
    p->operation = op;
    p->kind = op->kind;
    p->variables = ds__gql_coerce_variables(doc->ts, op, variables, errors);
    if (!p->variables) {
        ds__gql_prepared_free(p);
        return NULL;
    }
    const ds__gql_typesys_type *root = ds__gql_ts_root(doc->ts, op->kind);
    collected c;
    collected_init(&c);
    collect(doc->ts, doc, p->variables, root, op->selections, &c);
    if (c.nomem) {
        collected_free(&c);
        ds__gql_prepared_free(p);
        return NULL;
    }
    for (size_t i = 0; i < c.ngroups && !p->root_field; i++) {
        const ds__gql_selection *s = c.nodes[c.groups[i].head - 1].sel;
        if (strcmp(s->name, "__typename") == 0)
            continue;
        p->root_field = s;
        p->root_def = ds__gql_ts_field_meta(doc->ts, root, s->name);
    }
    collected_free(&c);
    if (p->kind == DS__GQL_OP_SUBSCRIPTION && p->root_def) {
        char msg[800];
        p->root_args = ds__gql_coerce_arguments(doc->ts, p->root_def->args, p->root_def->nargs, p->root_field->args,
                                                p->variables, msg, sizeof msg);
        if (!p->root_args) {
            *errors = one_error(msg, p->root_field->loc);
            ds__gql_prepared_free(p);
            return NULL;
        }
    }
    return p;
}

json_t *ds__gql_execute_selection(const ds__gql_typesys *ts, const ds__gql_prepared *p, json_t *root_value,
                                  ds__gql_resolver resolve, void *request_ctx) {
    if (!ts || !p)
        return NULL;
    ds__gql_exec ex = {.ts = ts,
                       .p = p,
                       .doc = p->document,
                       .resolve = resolve,
                       .request_ctx = request_ctx,
                       .variables = p->variables,
                       .errors = json_array(),
                       .empty_args = json_object(),
                       .fields_left = MAX_FIELDS};
    json_t *data = NULL, *response = NULL;
    collected c;
    collected_init(&c);
    const ds__gql_typesys_type *root = ds__gql_ts_root(ts, p->kind);
    if (!ex.errors || !ex.empty_args || !root)
        goto done;
    collect(ts, ex.doc, ex.variables, root, p->operation->selections, &c);
    if (c.nomem)
        goto done;
    data = execute_set(&ex, root, root_value, &c);
    if (ex.nomem)
        goto done;
    response = json_object();
    if (!response || json_object_set_new(response, "data", data ? data : json_null()) != 0) {
        data = NULL;
        goto done;
    }
    data = NULL;
    if (json_array_size(ex.errors) && json_object_set(response, "errors", ex.errors) != 0) {
        json_decref(response);
        response = NULL;
    }
done:
    json_decref(data);
    collected_free(&c);
    free(ex.path);
    json_decref(ex.errors);
    json_decref(ex.empty_args);
    return response;
}

json_t *ds__gql_execute(const ds__gql_typesys *ts, const ds__gql_request *req, ds__gql_resolver resolve) {
    json_t *errors = NULL;
    if (!ts || !req)
        return NULL;
    ds__gql_document *doc =
        ds__gql_document_new(ts, req->query ? req->query : "", req->query ? req->query_len : 0, &errors);
    if (!doc)
        return errors ? ds__gql_error_response(errors) : NULL;
    ds__gql_prepared *p = ds__gql_prepare(doc, req->operation_name, req->variables, &errors);
    ds__gql_document_unref(doc);
    if (!p)
        return errors ? ds__gql_error_response(errors) : NULL;
    json_t *response;
    if (p->kind == DS__GQL_OP_SUBSCRIPTION) {
        errors =
            one_error("Subscription operations can only be run over a subscription connection.", p->operation->loc);
        response = errors ? ds__gql_error_response(errors) : NULL;
    } else {
        response = ds__gql_execute_selection(ts, p, NULL, resolve, req->request_ctx);
    }
    ds__gql_prepared_free(p);
    return response;
}
