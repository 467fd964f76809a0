/*
 * Every root field of every fixture API, against the real server.
 *
 * For each fixture schema with an appsync.graphql (the shared ones and
 * ours), start `datastore serve`, read the API back by the standard
 * introspection query, and drive every model through it: create (input
 * built from the introspected Create<M>Input), get, list (and its key
 * arguments for custom keys), sync (base and delta), each index query (with
 * and without a sort-key condition), the relationship fields (belongs-to
 * and has-one resolve to the parent created, has-many connections list the
 * child created), update (a non-key field, with _version) and delete
 * (_version again): versions go 1 → 2 → 3 and the delete leaves a tombstone
 * that get and sync return. Then every subscription field, which HTTP
 * refuses with a clear error after validating it (subscriptions need the
 * realtime socket), and every custom Query/Mutation field, which has no data
 * source and answers null.
 *
 * What the API looks like comes only from introspection; the registry
 * (ds_schema) adds what the API does not say: which fields make the primary
 * key and which hold another model's key, so parents are created before
 * their children and relationship fields can be checked against the very
 * items created. A self-referencing model points at itself.
 *
 * A schema's problems are all reported (one line each, "[schema] line N:
 * what") before its test fails, so one run shows every broken field.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datastore/schema.h"
#include "graphql/typesys.h"
#include "support/server_proc.h"
#include "support/testutil.h"
#include "util/base64.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/ids.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <time.h>
#include <unistd.h>

#define MAX_INDEX 16
#define MAX_FK 32
#define MAX_DEPTH 6

/* The introspection query GraphQL tools send (graphql-js getIntrospectionQuery). */
static const char INTROSPECTION[] =
    "query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name }\n"
    "  types { ...FullType } directives { name description locations args { ...InputValue } } } }\n"
    "fragment FullType on __Type { kind name description\n"
    "  fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef }\n"
    "    isDeprecated deprecationReason }\n"
    "  inputFields { ...InputValue } interfaces { ...TypeRef }\n"
    "  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }\n"
    "  possibleTypes { ...TypeRef } }\n"
    "fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }\n"
    "fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType {\n"
    "  kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }\n";

/* A field of a model that holds a key field of another (or the same) model. */
typedef struct fk {
    const char *field;
    const ds_model *parent;
    size_t key; /* which key field of the parent */
} fk;

/* One model's run through the API. */
typedef struct mrun {
    const ds_model *m;
    /* Root fields (borrowed from the introspection result); NULL when the
     * API has none of that kind for the model. */
    const char *create, *update, *del, *get, *list, *sync;
    const char *index[MAX_INDEX];
    size_t nindex;
    fk fks[MAX_FK];
    size_t nfk;
    json_t *input; /* the create input sent */
    json_t *item;  /* the created item as the server returned it */
    char *sel;     /* the item's selection set, relationships included */
    int as;        /* who works on it: AS_API_KEY, AS_USER, or AS_NOBODY */
} mrun;

/* Callers: the API key, or a signed-in user (a JWT) for models whose @auth
 * rules do not let the API key in. */
enum { AS_API_KEY, AS_USER, AS_NOBODY };

typedef struct ctx {
    const char *name;
    tu_server srv;
    ds_schema *schema;
    json_t *intro; /* the introspection response */
    json_t *types; /* type name -> __Type (borrowed from intro) */
    const char *qroot, *mroot, *sroot;
    mrun *runs;
    size_t nruns;
    int failures;
    int as;            /* who the next request is from */
    int requests, relations; /* for the summary line */
    char *token;       /* the user's JWT */
    char secret_path[128];
} ctx;

static void report(ctx *c, int line, const char *fmt, ...) DS__PRINTF(3, 4);
static void report(ctx *c, int line, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "[%s] line %d: ", c->name, line);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    c->failures++;
}

#define EXPECT(c, cond, ...)                                                                                           \
    do {                                                                                                               \
        if (!(cond))                                                                                                   \
            report((c), __LINE__, __VA_ARGS__);                                                                        \
    } while (0)

static char *dump(json_t *v) {
    char *s = v ? json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY) : NULL;
    return s ? s : strdup("(none)");
}

/* ---- the introspected API ----------------------------------------------------- */

static json_t *type_named(ctx *c, const char *name) { return name ? json_object_get(c->types, name) : NULL; }

static const char *str(json_t *o, const char *key) { return json_string_value(json_object_get(o, key)); }

static const char *kind_of(json_t *t) {
    const char *k = str(t, "kind");
    return k ? k : "";
}

static bool is_non_null(json_t *t) { return !strcmp(kind_of(t), "NON_NULL"); }

static json_t *of_type(json_t *t) { return json_object_get(t, "ofType"); }

/* The named type under NON_NULL and LIST wrappers. */
static json_t *base_of(json_t *t) {
    while (t && (is_non_null(t) || !strcmp(kind_of(t), "LIST")))
        t = of_type(t);
    return t;
}

static const char *base_name(json_t *t) { return str(base_of(t), "name"); }

static void print_type(ds__buf *b, json_t *t) {
    if (is_non_null(t)) {
        print_type(b, of_type(t));
        ds__buf_putc(b, '!');
    } else if (!strcmp(kind_of(t), "LIST")) {
        ds__buf_putc(b, '[');
        print_type(b, of_type(t));
        ds__buf_putc(b, ']');
    } else {
        ds__buf_puts(b, str(t, "name") ? str(t, "name") : "?");
    }
}

/* A member ("fields", "inputFields" or "args") by name. */
static json_t *member(json_t *owner, const char *list, const char *name) {
    json_t *l = json_object_get(owner, list);
    for (size_t i = 0; i < json_array_size(l); i++)
        if (!strcmp(str(json_array_get(l, i), "name"), name))
            return json_array_get(l, i);
    return NULL;
}

static json_t *root_field(ctx *c, const char *root, const char *field) {
    return member(type_named(c, root), "fields", field);
}

static const ds_model *model_named(ctx *c, const char *name) {
    const ds_model *m = name ? ds_schema_model(c->schema, name) : NULL;
    return m && m->is_model ? m : NULL;
}

static mrun *run_of(ctx *c, const ds_model *m) {
    for (size_t i = 0; i < c->nruns; i++)
        if (c->runs[i].m == m)
            return &c->runs[i];
    return NULL;
}

/* ---- requests --------------------------------------------------------------------- */

/* Posts a request; returns data (borrowed from *hold, which the caller
 * frees) or NULL. Reports a transport failure, a non-JSON answer and, when
 * must_ok, any error in the response. */
static json_t *post(ctx *c, int line, const char *query, json_t *vars, json_t **hold, bool must_ok) {
    *hold = NULL;
    c->requests++;
    int st = c->as == AS_USER ? tu_graphql_as(&c->srv, "", c->token, query, vars, hold)
                              : tu_graphql(&c->srv, NULL, query, vars, hold);
    bool bad = st != 200 || !*hold || (must_ok && json_object_get(*hold, "errors"));
    if (bad) {
        char *v = dump(vars), *r = dump(*hold);
        report(c, line, "HTTP %d for %s\n  variables: %s\n  response: %s", st, query, v, r);
        free(v);
        free(r);
    }
    json_decref(vars);
    return *hold ? json_object_get(*hold, "data") : NULL;
}

/*
 * Runs `<op> { field(args) <sel> }` with every argument passed as a
 * variable of its declared type (so enums, AWS scalars and input objects go
 * through variable coercion). Steals args. Returns data[field] (borrowed
 * from *hold) or NULL.
 */
static json_t *run_field(ctx *c, int line, const char *root, const char *field, json_t *args, const char *sel,
                         json_t **hold, bool must_ok) {
    json_t *def = root_field(c, root, field);
    const char *op = root == c->qroot ? "query" : root == c->mroot ? "mutation" : "subscription";
    ds__buf q, call;
    ds__buf_init(&q, 0);
    ds__buf_init(&call, 0);
    ds__buf_printf(&q, "%s Op", op);
    ds__buf_printf(&call, "%s", field);
    const char *name;
    json_t *v;
    bool first = true;
    json_object_foreach(args, name, v) {
        json_t *a = member(def, "args", name);
        if (!a) {
            report(c, line, "%s has no argument %s", field, name);
            continue;
        }
        ds__buf_puts(&q, first ? "(" : ", ");
        ds__buf_printf(&q, "$%s: ", name);
        print_type(&q, json_object_get(a, "type"));
        ds__buf_puts(&call, first ? "(" : ", ");
        ds__buf_printf(&call, "%s: $%s", name, name);
        first = false;
    }
    if (!first) {
        ds__buf_putc(&q, ')');
        ds__buf_putc(&call, ')');
    }
    ds__buf_printf(&q, " { %s %s }", call.data, sel ? sel : "");
    json_t *data = post(c, line, q.data, args, hold, must_ok);
    ds__buf_free(&q);
    ds__buf_free(&call);
    return json_object_get(data, field);
}

/* ---- values ------------------------------------------------------------------------- */

static json_t *fresh_id(void) {
    char id[37];
    ds__uuid_v4(id);
    return json_string(id);
}

/* A valid value of a scalar; `alt` gives a second, different one. */
static json_t *scalar_value(const char *name, bool alt) {
    static const struct {
        const char *name, *v, *alt;
    } strings[] = {
        {"String", "s", "s2"},
        {"AWSDate", "2024-01-02", "2024-02-03"},
        {"AWSTime", "10:11:12.000Z", "11:12:13.000Z"},
        {"AWSDateTime", "2024-01-02T03:04:05.000Z", "2024-02-03T04:05:06.000Z"},
        {"AWSEmail", "a@b.co", "c@d.co"},
        {"AWSJSON", "{\"a\":1}", "{\"b\":2}"},
        {"AWSURL", "https://example.com", "https://example.org"},
        {"AWSPhone", "+12025550123", "+12025550124"},
        {"AWSIPAddress", "10.0.0.1", "10.0.0.2"},
    };
    if (!strcmp(name, "ID"))
        return fresh_id();
    if (!strcmp(name, "Int"))
        return json_integer(alt ? 2 : 1);
    if (!strcmp(name, "Float"))
        return json_real(alt ? 2.5 : 1.5);
    if (!strcmp(name, "Boolean"))
        return json_boolean(!alt);
    if (!strcmp(name, "AWSTimestamp"))
        return json_integer(alt ? 1706932800 : 1704164705);
    for (size_t i = 0; i < sizeof strings / sizeof *strings; i++)
        if (!strcmp(name, strings[i].name))
            return json_string(alt ? strings[i].alt : strings[i].v);
    return json_string(alt ? "s2" : "s"); /* a custom scalar */
}

static json_t *gen_value(ctx *c, json_t *t, int depth, bool alt);

/* An input object with every field the depth allows (required ones always). */
static json_t *gen_object(ctx *c, json_t *type, int depth) {
    json_t *o = json_object();
    json_t *fields = json_object_get(type, "inputFields");
    for (size_t i = 0; i < json_array_size(fields); i++) {
        json_t *f = json_array_get(fields, i);
        if (!is_non_null(json_object_get(f, "type")) && depth > 3)
            continue;
        json_t *v = gen_value(c, json_object_get(f, "type"), depth + 1, false);
        if (v)
            json_object_set_new(o, str(f, "name"), v);
    }
    return o;
}

/* A valid value of an input type reference: lists of one, enums' first
 * value (last with alt), nested input objects. NULL past the depth cap. */
static json_t *gen_value(ctx *c, json_t *t, int depth, bool alt) {
    if (depth > MAX_DEPTH + 4)
        return NULL;
    if (is_non_null(t))
        return gen_value(c, of_type(t), depth, alt);
    if (!strcmp(kind_of(t), "LIST")) {
        json_t *v = gen_value(c, of_type(t), depth, alt);
        json_t *l = json_array();
        if (v)
            json_array_append_new(l, v);
        return l;
    }
    json_t *named = type_named(c, str(t, "name"));
    const char *kind = kind_of(named);
    if (!strcmp(kind, "ENUM")) {
        json_t *vals = json_object_get(named, "enumValues");
        size_t n = json_array_size(vals);
        return n ? json_string(str(json_array_get(vals, alt ? n - 1 : 0), "name")) : json_null();
    }
    if (!strcmp(kind, "INPUT_OBJECT"))
        return gen_object(c, named, depth);
    return scalar_value(str(t, "name") ? str(t, "name") : "String", alt);
}

/* ---- selections ---------------------------------------------------------------------- */

static void key_selection(ds__buf *b, const ds_model *m) {
    ds__buf_puts(b, "__typename");
    for (size_t i = 0; i < m->key_count; i++)
        ds__buf_printf(b, " %s", m->key_fields[i]->name);
}

static bool has_required_args(json_t *f) {
    json_t *args = json_object_get(f, "args");
    for (size_t i = 0; i < json_array_size(args); i++)
        if (is_non_null(json_object_get(json_array_get(args, i), "type")))
            return true;
    return false;
}

static const ds_model *connection_model(ctx *c, const char *type_name) {
    size_t n = type_name ? strlen(type_name) : 0;
    if (n <= 15 || strncmp(type_name, "Model", 5) || strcmp(type_name + n - 10, "Connection"))
        return NULL;
    char name[256];
    snprintf(name, sizeof name, "%.*s", (int)(n - 15), type_name + 5);
    return model_named(c, name);
}

/* Every field of an object type: scalars and enums by name, embedded types
 * recursively, and - for a model's own run - its relationship fields: the
 * related model by its key, connections by their items' keys. Only those
 * the same caller may read (relationship fields check the related model's
 * rules). */
static void selection(ctx *c, ds__buf *b, const char *type_name, int depth, const mrun *self) {
    json_t *fields = json_object_get(type_named(c, type_name), "fields");
    ds__buf_puts(b, "__typename");
    for (size_t i = 0; i < json_array_size(fields); i++) {
        json_t *f = json_array_get(fields, i);
        if (has_required_args(f))
            continue;
        json_t *base = base_of(json_object_get(f, "type"));
        const char *kind = kind_of(base), *bn = str(base, "name"), *fn = str(f, "name");
        if (!strcmp(kind, "SCALAR") || !strcmp(kind, "ENUM")) {
            ds__buf_printf(b, " %s", fn);
        } else if (!strcmp(kind, "OBJECT")) {
            const ds_model *rel = model_named(c, bn), *conn = connection_model(c, bn);
            if (conn || rel) {
                const ds_field *mf = self ? ds_model_field(self->m, fn) : NULL;
                const mrun *other = run_of(c, conn ? conn : rel);
                /* A model-typed field that is no relationship (a user's
                 * `createdAt: [Stamp]`) holds what the item holds. */
                if (!mf || mf->association.kind == DS_CONN_NONE || !other || other->as != self->as)
                    continue;
                ds__buf_printf(b, conn ? " %s { items { " : " %s { ", fn);
                key_selection(b, conn ? conn : rel);
                ds__buf_puts(b, conn ? " } nextToken }" : " }");
            } else if (depth < MAX_DEPTH) {
                ds__buf_printf(b, " %s { ", fn);
                selection(c, b, bn, depth + 1, NULL);
                ds__buf_puts(b, " }");
            }
        } else if (!strcmp(kind, "INTERFACE") || !strcmp(kind, "UNION")) {
            ds__buf_printf(b, " %s { __typename }", fn);
        }
    }
}

/* ---- items ------------------------------------------------------------------------------- */

static json_t *key_of(const ds_model *m, json_t *item) {
    json_t *k = json_object();
    for (size_t i = 0; i < m->key_count; i++) {
        json_t *v = json_object_get(item, m->key_fields[i]->name);
        json_object_set(k, m->key_fields[i]->name, v ? v : json_null());
    }
    return k;
}

static bool same_key(const ds_model *m, json_t *a, json_t *b) {
    if (!json_is_object(a) || !json_is_object(b))
        return false;
    for (size_t i = 0; i < m->key_count; i++) {
        json_t *x = json_object_get(a, m->key_fields[i]->name), *y = json_object_get(b, m->key_fields[i]->name);
        if (!x || !y || !json_equal(x, y))
            return false;
    }
    return true;
}

static json_t *find_item(const ds_model *m, json_t *items, json_t *item) {
    for (size_t i = 0; i < json_array_size(items); i++)
        if (same_key(m, json_array_get(items, i), item))
            return json_array_get(items, i);
    return NULL;
}

static json_int_t version_of(json_t *item) { return json_integer_value(json_object_get(item, "_version")); }

/* ---- the plan: root fields and foreign keys ------------------------------------------------ */

static mrun *run_for(ctx *c, const ds_model *m) {
    mrun *r = run_of(c, m);
    if (!r) {
        r = &c->runs[c->nruns++];
        memset(r, 0, sizeof *r);
        r->m = m;
    }
    return r;
}

/* Whether a field's arguments are exactly the model's key fields (a get;
 * a custom query may return a model too). */
static bool takes_the_key(json_t *f, const ds_model *m) {
    json_t *args = json_object_get(f, "args");
    if (json_array_size(args) != m->key_count)
        return false;
    for (size_t i = 0; i < m->key_count; i++)
        if (!member(f, "args", m->key_fields[i]->name))
            return false;
    return true;
}

/* Sorts the root fields of the API by what they do, from their types alone. */
static void classify(ctx *c, json_t **custom, json_t **subs) {
    *custom = json_array();
    *subs = json_array();
    for (size_t i = 0; i < ds_schema_model_count(c->schema); i++)
        run_for(c, ds_schema_model_at(c->schema, i));
    const char *roots[] = {c->qroot, c->mroot, c->sroot};
    for (int k = 0; k < 3; k++) {
        json_t *fields = json_object_get(type_named(c, roots[k]), "fields");
        for (size_t i = 0; roots[k] && i < json_array_size(fields); i++) {
            json_t *f = json_array_get(fields, i);
            const char *fn = str(f, "name");
            if (k == 2) {
                json_array_append_new(*subs, json_string(fn));
                continue;
            }
            const ds_model *m = NULL;
            if (k == 0) {
                const char *rn = base_name(json_object_get(f, "type"));
                if ((m = model_named(c, rn)) && takes_the_key(f, m)) {
                    run_for(c, m)->get = fn;
                } else if ((m = connection_model(c, rn))) {
                    mrun *r = run_for(c, m);
                    if (member(f, "args", "lastSync"))
                        r->sync = fn;
                    else if (has_required_args(f) && r->nindex < MAX_INDEX)
                        r->index[r->nindex++] = fn;
                    else
                        r->list = fn;
                }
            } else {
                const char *in = base_name(json_object_get(member(f, "args", "input"), "type"));
                static const char *prefixes[] = {"Create", "Update", "Delete"};
                for (int p = 0; in && p < 3 && !m; p++) {
                    size_t pl = strlen(prefixes[p]), n = strlen(in);
                    if (n > pl + 5 && !strncmp(in, prefixes[p], pl) && !strcmp(in + n - 5, "Input")) {
                        char name[256];
                        snprintf(name, sizeof name, "%.*s", (int)(n - pl - 5), in + pl);
                        if ((m = model_named(c, name))) {
                            mrun *r = run_for(c, m);
                            *(p == 0 ? &r->create : p == 1 ? &r->update : &r->del) = fn;
                        }
                    }
                }
            }
            if (!m)
                json_array_append_new(*custom, json_pack("{s:s,s:s}", "root", roots[k], "field", fn));
        }
    }
}

static void add_fk(mrun *r, const char *field, const ds_model *parent, size_t key) {
    for (size_t i = 0; i < r->nfk; i++)
        if (!strcmp(r->fks[i].field, field))
            return;
    if (r->nfk < MAX_FK)
        r->fks[r->nfk++] = (fk){field, parent, key};
}

/* The fields of a child that hold a parent's key under a has-many or
 * target-less has-one field g of the parent: those of its belongs-to
 * field, or the field named. Calls fn with each and the parent key index. */
static void child_key_fields(const ds_model *parent, const ds_field *g, void (*fn)(void *, const char *, size_t),
                             void *ud) {
    const ds_model *child = g->association.related;
    size_t n = 0;
    for (size_t i = 0; i < g->association.associated_count; i++) {
        const ds_field *cf = ds_model_field(child, g->association.associated_with[i]);
        if (cf && cf->association.kind == DS_CONN_BELONGS_TO) {
            for (size_t j = 0; j < cf->association.target_count && n < parent->key_count; j++)
                fn(ud, cf->association.target_names[j], n++);
        } else if (n < parent->key_count) {
            fn(ud, g->association.associated_with[i], n++);
        }
    }
}

typedef struct fk_collect {
    mrun *child;
    const ds_model *parent;
} fk_collect;

static void collect_fk(void *ud, const char *field, size_t key) {
    fk_collect *k = ud;
    add_fk(k->child, field, k->parent, key);
}

/* Which fields of each model hold another model's key. */
static void plan_keys(ctx *c) {
    for (size_t i = 0; i < c->nruns; i++) {
        const ds_model *m = c->runs[i].m;
        for (size_t f = 0; f < m->field_count; f++) {
            const ds_association *a = &m->fields[f].association;
            if (a->kind == DS_CONN_BELONGS_TO || (a->kind == DS_CONN_HAS_ONE && a->target_count > 0)) {
                for (size_t t = 0; t < a->target_count; t++)
                    add_fk(&c->runs[i], a->target_names[t], a->related, t);
            } else if (a->kind == DS_CONN_HAS_MANY || a->kind == DS_CONN_HAS_ONE) {
                mrun *child = run_of(c, a->related);
                fk_collect k = {child, m};
                if (child)
                    child_key_fields(m, &m->fields[f], collect_fk, &k);
            }
        }
    }
}

static const fk *fk_of(mrun *r, const char *field) {
    for (size_t i = 0; i < r->nfk; i++)
        if (!strcmp(r->fks[i].field, field))
            return &r->fks[i];
    return NULL;
}

/* The value a foreign key takes: the parent's key value (our own, for a
 * self reference); NULL when the parent was not created. */
static json_t *fk_value(ctx *c, mrun *r, const fk *k, json_t *input) {
    const char *pk = k->parent->key_fields[k->key]->name;
    if (k->parent == r->m)
        return json_object_get(input, pk);
    mrun *p = run_of(c, k->parent);
    return p && p->item ? json_object_get(p->item, pk) : NULL;
}

/* Whether the models a model's foreign keys point at were created (or
 * cannot be); with only_required, only those of required fields count. */
static bool ready(ctx *c, mrun *r, bool only_required) {
    for (size_t i = 0; i < r->nfk; i++) {
        mrun *p = run_of(c, r->fks[i].parent);
        const ds_field *f = ds_model_field(r->m, r->fks[i].field);
        if (only_required && f && !f->is_required)
            continue;
        if (p != r && p && p->create && !p->input)
            return false;
    }
    return true;
}

/* ---- the steps ------------------------------------------------------------------------------ */

/* Whether a field is one a @auth rule of the model reads for owners or
 * groups (the user's create fills it with the user's name or group). */
static const ds_auth_rule *auth_field_rule(const ds_model *m, const char *name) {
    for (size_t i = 0; i < m->auth_rule_count; i++) {
        const ds_auth_rule *r = &m->auth_rules[i];
        const char *f = r->allow == DS_AUTH_OWNER                        ? (r->owner_field ? r->owner_field : "owner")
                        : r->allow == DS_AUTH_GROUPS && !r->group_count ? (r->groups_field ? r->groups_field : "groups")
                                                                         : NULL;
        if (f && !strcmp(f, name))
            return r;
    }
    return NULL;
}

#define USER "user1"
#define GROUP "group1"

static json_t *create_input(ctx *c, mrun *r) {
    json_t *def = root_field(c, c->mroot, r->create);
    json_t *type = type_named(c, base_name(json_object_get(member(def, "args", "input"), "type")));
    json_t *fields = json_object_get(type, "inputFields");
    json_t *input = json_object();
    /* Keys first: a self reference takes their values. */
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < json_array_size(fields); i++) {
            json_t *f = json_array_get(fields, i);
            json_t *t = json_object_get(f, "type");
            const char *name = str(f, "name");
            const ds_field *mf = ds_model_field(r->m, name);
            bool key = mf && mf->is_key;
            if ((pass == 0) != key || !strcmp(name, "_version") || json_object_get(input, name))
                continue;
            const ds_auth_rule *ar = c->as == AS_USER ? auth_field_rule(r->m, name) : NULL;
            if (ar) {
                /* The owner's name or the user's group; a non-String owner
                 * field is left for the server to fill. */
                bool list = !strcmp(kind_of(is_non_null(t) ? of_type(t) : t), "LIST");
                const char *v = ar->allow == DS_AUTH_OWNER ? USER : GROUP;
                if (!strcmp(base_name(t), "String"))
                    json_object_set_new(input, name, list ? json_pack("[s]", v) : json_string(v));
                continue;
            }
            const fk *k = fk_of(r, name);
            json_t *v = k ? fk_value(c, r, k, input) : NULL;
            if (v)
                json_object_set(input, name, v);
            else if (!k || is_non_null(t))
                json_object_set_new(input, name, gen_value(c, t, 0, false));
        }
    }
    return input;
}

/* Whether a user can own items of the model: its owner fields hold text
 * (an owner field of another type can never match a user's name). */
static bool ownable(ctx *c, const ds_model *m) {
    for (size_t i = 0; i < m->auth_rule_count; i++) {
        const ds_auth_rule *r = &m->auth_rules[i];
        json_t *f = r->allow == DS_AUTH_OWNER
                        ? member(type_named(c, m->name), "fields", r->owner_field ? r->owner_field : "owner")
                        : NULL;
        if (f && strcmp(base_name(json_object_get(f, "type")), "String") != 0)
            return false;
    }
    return true;
}

static bool unauthorized(json_t *response) {
    const char *t = str(json_array_get(json_object_get(response, "errors"), 0), "errorType");
    return t && !strcmp(t, "Unauthorized");
}

/* Creates the model's item: as the API key, or as the user when the rules
 * keep the API key out; a model neither may create is left alone. */
static void create_one(ctx *c, mrun *r) {
    ds__buf b;
    ds__buf_init(&b, 0);
    ds__buf_puts(&b, "{ ");
    selection(c, &b, r->m->name, 0, NULL);
    ds__buf_puts(&b, " }");
    json_t *h = NULL, *item = NULL;
    for (c->as = AS_API_KEY; c->as < AS_NOBODY; c->as++) {
        if (c->as == AS_USER && !ownable(c, r->m))
            continue;
        json_decref(r->input);
        json_decref(h);
        r->input = create_input(c, r);
        item = run_field(c, __LINE__, c->mroot, r->create, json_pack("{s:O}", "input", r->input), b.data, &h, false);
        if (!unauthorized(h))
            break;
    }
    r->as = c->as;
    ds__buf_free(&b);
    if (r->as == AS_NOBODY) {
        fprintf(stderr, "[%s] note: %s: neither the API key nor a signed-in user may create it (its rules want "
                        "IAM, a Lambda authorizer, or an owner field that is not text); not exercised\n",
                c->name, r->m->name);
        json_decref(h);
        return;
    }
    json_t *input = r->input;
    EXPECT(c, json_is_object(item) && !json_object_get(h, "errors"), "%s as %s: %s", r->create,
           r->as == AS_USER ? "the user" : "the API key", str(json_array_get(json_object_get(h, "errors"), 0), "message"));
    if (json_is_object(item)) {
        r->item = json_incref(item);
        EXPECT(c, version_of(item) == 1, "%s: _version %lld, want 1", r->create, (long long)version_of(item));
        EXPECT(c, !json_is_true(json_object_get(item, "_deleted")), "%s: _deleted set", r->create);
        EXPECT(c, json_is_integer(json_object_get(item, "_lastChangedAt")), "%s: no _lastChangedAt", r->create);
        EXPECT(c, same_key(r->m, item, input), "%s: the key is not the input's", r->create);
        EXPECT(c, !strcmp(str(item, "__typename") ? str(item, "__typename") : "", r->m->name), "%s: __typename",
               r->create);
        json_t *ts = r->m->created_at ? member(type_named(c, r->m->name), "fields", r->m->created_at) : NULL;
        if (ts && !strcmp(kind_of(base_of(json_object_get(ts, "type"))), "SCALAR"))
            EXPECT(c, str(item, r->m->created_at) != NULL, "%s: no %s", r->create, r->m->created_at);
    }
    json_decref(h);
}

/* Arguments naming the item by its key (get's arguments). */
static json_t *key_args(ctx *c, const char *root, const char *field, json_t *item) {
    json_t *def = root_field(c, root, field);
    json_t *args = json_object();
    json_t *defs = json_object_get(def, "args");
    for (size_t i = 0; i < json_array_size(defs); i++) {
        const char *n = str(json_array_get(defs, i), "name");
        json_t *v = json_object_get(item, n);
        if (v)
            json_object_set(args, n, v);
    }
    return args;
}

static void check_relations(ctx *c, mrun *r, json_t *got);

static void read_one(ctx *c, mrun *r) {
    const ds_model *m = r->m;
    json_t *item = r->item, *h;
    char keysel[1024];
    ds__buf ks;
    ds__buf_init(&ks, 0);
    key_selection(&ks, m);
    snprintf(keysel, sizeof keysel, "{ %s _version _deleted _lastChangedAt }", ks.data);
    ds__buf_free(&ks);
    char page[1200];
    snprintf(page, sizeof page, "{ items %s nextToken startedAt }", keysel);
    if (r->get) {
        json_t *got = run_field(c, __LINE__, c->qroot, r->get, key_args(c, c->qroot, r->get, item), r->sel, &h, true);
        EXPECT(c, same_key(m, got, item) && version_of(got) == 1, "%s: not the item created", r->get);
        if (json_is_object(got))
            check_relations(c, r, got);
        json_decref(h);
        /* A key that names nothing: null, not an error. */
        json_t *none = key_args(c, c->qroot, r->get, item);
        json_t *defs = json_object_get(root_field(c, c->qroot, r->get), "args");
        json_t *a0 = json_array_get(defs, 0);
        const char *bn = base_name(json_object_get(a0, "type"));
        const ds_field *kf = ds_model_field(m, str(a0, "name") ? str(a0, "name") : "");
        bool int_key = kf && kf->kind == DS_KIND_SCALAR && kf->scalar == DS_SCALAR_INT;
        if (bn && (!strcmp(bn, "ID") || !strcmp(bn, "String"))) {
            json_object_set_new(none, str(a0, "name"), int_key ? json_integer(987654321) : json_string("no-such-item"));
            got = run_field(c, __LINE__, c->qroot, r->get, none, keysel, &h, true);
            EXPECT(c, json_is_null(got), "%s of a missing key is not null", r->get);
            json_decref(h);
        } else {
            json_decref(none);
        }
    }
    if (r->list) {
        json_t *conn = run_field(c, __LINE__, c->qroot, r->list, json_pack("{s:i}", "limit", 1000), page, &h, true);
        EXPECT(c, find_item(m, json_object_get(conn, "items"), item), "%s does not list the item", r->list);
        json_decref(h);
    }
    if (r->sync) {
        json_t *conn = run_field(c, __LINE__, c->qroot, r->sync, json_pack("{s:i}", "limit", 1000), page, &h, true);
        EXPECT(c, find_item(m, json_object_get(conn, "items"), item), "%s (base) does not return the item", r->sync);
        EXPECT(c, json_is_integer(json_object_get(conn, "startedAt")), "%s: no startedAt", r->sync);
        EXPECT(c, json_is_null(json_object_get(conn, "nextToken")), "%s: a next page of one item", r->sync);
        json_decref(h);
        json_int_t at = json_integer_value(json_object_get(item, "_lastChangedAt"));
        conn = run_field(c, __LINE__, c->qroot, r->sync, json_pack("{s:i,s:I}", "limit", 100, "lastSync", at - 1), page,
                         &h, true);
        EXPECT(c, find_item(m, json_object_get(conn, "items"), item), "%s (delta) does not return the item", r->sync);
        json_decref(h);
    }
}

/* Runs a list-shaped query by the item's key: the partition argument alone,
 * with each sort-key condition (eq), and descending. */
static void key_queries(ctx *c, mrun *r, const char *field, bool partition_required) {
    json_t *def = root_field(c, c->qroot, field);
    json_t *defs = json_object_get(def, "args");
    json_t *item = r->item, *h;
    const char *partition = NULL;
    for (size_t i = 0; i < json_array_size(defs) && !partition; i++) {
        json_t *a = json_array_get(defs, i);
        if (!partition_required || is_non_null(json_object_get(a, "type")))
            partition = str(a, "name");
    }
    json_t *pv = partition ? json_object_get(item, partition) : NULL;
    if (!pv || json_is_null(pv) || (!partition_required && strcmp(partition, r->m->key_fields[0]->name) != 0))
        return; /* no partition argument, or the item has no value for it */
    char sel[1024];
    ds__buf ks;
    ds__buf_init(&ks, 0);
    key_selection(&ks, r->m);
    snprintf(sel, sizeof sel, "{ items { %s } nextToken }", ks.data);
    ds__buf_free(&ks);
    json_t *conn = run_field(c, __LINE__, c->qroot, field, json_pack("{s:O}", partition, pv), sel, &h, true);
    EXPECT(c, find_item(r->m, json_object_get(conn, "items"), item), "%s(%s) does not find the item", field, partition);
    json_decref(h);
    conn = run_field(c, __LINE__, c->qroot, field, json_pack("{s:O,s:s}", partition, pv, "sortDirection", "DESC"), sel,
                     &h, true);
    EXPECT(c, find_item(r->m, json_object_get(conn, "items"), item), "%s(%s, DESC) does not find the item", field,
           partition);
    json_decref(h);
    for (size_t i = 0; i < json_array_size(defs); i++) {
        json_t *a = json_array_get(defs, i);
        const char *n = str(a, "name");
        json_t *type = type_named(c, base_name(json_object_get(a, "type")));
        json_t *eq = member(type, "inputFields", "eq");
        if (!strcmp(n, partition) || !strcmp(n, "filter") || !eq)
            continue;
        /* A sort-key condition: eq the item's sort value(s). */
        json_t *eqt = type_named(c, base_name(json_object_get(eq, "type")));
        json_t *want = NULL;
        if (!strcmp(kind_of(eqt), "INPUT_OBJECT")) {
            want = json_object();
            json_t *parts = json_object_get(eqt, "inputFields");
            for (size_t p = 0; p < json_array_size(parts); p++) {
                const char *pn = str(json_array_get(parts, p), "name");
                json_t *v = json_object_get(item, pn);
                if (v && !json_is_null(v))
                    json_object_set(want, pn, v);
            }
        } else if (json_object_get(item, n) && !json_is_null(json_object_get(item, n))) {
            want = json_incref(json_object_get(item, n));
        }
        if (!want)
            continue;
        conn = run_field(c, __LINE__, c->qroot, field, json_pack("{s:O,s:{s:o}}", partition, pv, n, "eq", want), sel,
                         &h, true);
        EXPECT(c, find_item(r->m, json_object_get(conn, "items"), item), "%s(%s, %s: {eq}) does not find the item",
               field, partition, n);
        json_decref(h);
    }
}

/* Whether the child's key fields point at the parent under field g. */
typedef struct points {
    json_t *parent, *child;
    const ds_model *pm;
    bool all;
    size_t n;
} points;

static void point_check(void *ud, const char *field, size_t key) {
    points *p = ud;
    json_t *cv = json_object_get(p->child, field), *pv = json_object_get(p->parent, p->pm->key_fields[key]->name);
    p->n++;
    if (!cv || !pv || !json_equal(cv, pv))
        p->all = false;
}

static bool child_points_at(const ds_model *pm, const ds_field *g, json_t *parent, json_t *child) {
    points p = {parent, child, pm, true, 0};
    child_key_fields(pm, g, point_check, &p);
    return p.all && p.n > 0;
}

/* Relationship fields of an item read back: belongs-to and has-one resolve
 * to the parent or child created, has-many connections list the child. */
static void check_relations(ctx *c, mrun *r, json_t *got) {
    const ds_model *m = r->m;
    for (size_t i = 0; i < m->field_count; i++) {
        const ds_field *f = &m->fields[i];
        const ds_association *a = &f->association;
        json_t *val = json_object_get(got, f->name);
        if (a->kind == DS_CONN_NONE || !val)
            continue; /* not a relationship, or not in the API */
        c->relations++;
        mrun *other = run_of(c, a->related);
        json_t *oitem = other ? other->item : NULL;
        if (a->kind == DS_CONN_BELONGS_TO || (a->kind == DS_CONN_HAS_ONE && a->target_count > 0)) {
            bool set = true, points = oitem != NULL;
            for (size_t t = 0; t < a->target_count; t++) {
                json_t *v = json_object_get(got, a->target_names[t]);
                if (!v || json_is_null(v))
                    set = false;
                else if (!oitem || !json_equal(v, json_object_get(oitem, a->related->key_fields[t]->name)))
                    points = false;
            }
            if (set && points)
                EXPECT(c, same_key(a->related, val, oitem), "%s.%s does not resolve to the %s created", m->name,
                       f->name, a->related->name);
            else
                EXPECT(c, json_is_null(val), "%s.%s resolves though its key is unset or dangling", m->name, f->name);
        } else {
            bool points = oitem && child_points_at(m, f, got, oitem);
            json_t *found = a->kind == DS_CONN_HAS_MANY ? find_item(a->related, json_object_get(val, "items"), oitem)
                                                        : (same_key(a->related, val, oitem) ? val : NULL);
            if (a->kind == DS_CONN_HAS_MANY)
                EXPECT(c, json_is_array(json_object_get(val, "items")), "%s.%s: no items", m->name, f->name);
            EXPECT(c, points == (found != NULL), "%s.%s %s the %s created", m->name, f->name,
                   points ? "does not give" : "gives", a->related->name);
        }
    }
}

/* The non-key field an update changes: a plain scalar or enum the model
 * does not use as a key, foreign key or index field, if it has one. */
static json_t *update_field(ctx *c, mrun *r, json_t *type) {
    static const char *prefer[] = {"String", "Int", "Float", "Boolean", "", "AWSDate", "AWSDateTime", "AWSEmail"};
    json_t *fields = json_object_get(type, "inputFields");
    for (size_t p = 0; p < sizeof prefer / sizeof *prefer; p++) {
        for (size_t i = 0; i < json_array_size(fields); i++) {
            json_t *f = json_array_get(fields, i);
            const char *n = str(f, "name");
            json_t *t = json_object_get(f, "type");
            json_t *base = type_named(c, base_name(t));
            const ds_field *mf = ds_model_field(r->m, n);
            if (!mf || mf->is_key || mf->is_read_only || fk_of(r, n) || n[0] == '_' || auth_field_rule(r->m, n) ||
                !strcmp(kind_of(is_non_null(t) ? of_type(t) : t), "LIST"))
                continue;
            bool indexed = false;
            for (size_t x = 0; x < r->m->index_count; x++)
                for (size_t k = 0; k < r->m->indexes[x].field_count; k++)
                    indexed |= !strcmp(r->m->indexes[x].fields[k], n);
            if (indexed)
                continue;
            bool match = prefer[p][0] ? !strcmp(kind_of(base), "SCALAR") && !strcmp(str(base, "name"), prefer[p])
                                      : !strcmp(kind_of(base), "ENUM") &&
                                            json_array_size(json_object_get(base, "enumValues")) > 1;
            if (match)
                return f;
        }
    }
    return NULL;
}

static void update_and_delete(ctx *c, mrun *r) {
    const ds_model *m = r->m;
    json_t *item = r->item, *h;
    char keysel[1024];
    ds__buf ks;
    ds__buf_init(&ks, 0);
    key_selection(&ks, m);
    snprintf(keysel, sizeof keysel, "{ %s _version _deleted _lastChangedAt }", ks.data);
    ds__buf_free(&ks);
    if (r->update) {
        json_t *def = root_field(c, c->mroot, r->update);
        json_t *type = type_named(c, base_name(json_object_get(member(def, "args", "input"), "type")));
        json_t *input = key_of(m, item);
        json_object_set_new(input, "_version", json_integer(1));
        json_t *uf = update_field(c, r, type);
        json_t *nv = uf ? gen_value(c, json_object_get(uf, "type"), 0, true) : NULL;
        if (uf)
            json_object_set(input, str(uf, "name"), nv);
        json_t *u = run_field(c, __LINE__, c->mroot, r->update, json_pack("{s:o}", "input", input), r->sel, &h, true);
        EXPECT(c, same_key(m, u, item) && version_of(u) == 2, "%s: _version %lld, want 2", r->update,
               (long long)version_of(u));
        if (uf && json_is_object(u)) {
            json_t *got = json_object_get(u, str(uf, "name"));
            char *a = dump(got), *b = dump(nv);
            EXPECT(c, got && json_equal(got, nv), "%s: %s is %s, want %s", r->update, str(uf, "name"), a, b);
            free(a);
            free(b);
        }
        json_decref(nv);
        json_decref(h);
        /* The same _version again is stale now. Without a conflict
         * strategy other than automerge this merges; the version grows. */
    }
    json_int_t want = r->update ? 2 : 1;
    if (r->del) {
        json_t *input = key_of(m, item);
        json_object_set_new(input, "_version", json_integer(want));
        json_t *d = run_field(c, __LINE__, c->mroot, r->del, json_pack("{s:o}", "input", input), keysel, &h, true);
        EXPECT(c, same_key(m, d, item) && version_of(d) == want + 1, "%s: _version %lld, want %lld", r->del,
               (long long)version_of(d), (long long)want + 1);
        EXPECT(c, json_is_true(json_object_get(d, "_deleted")), "%s: _deleted is not true", r->del);
        json_decref(h);
        want++;
        if (r->get) {
            json_t *g = run_field(c, __LINE__, c->qroot, r->get, key_args(c, c->qroot, r->get, item), keysel, &h, true);
            EXPECT(c, json_is_true(json_object_get(g, "_deleted")), "%s after delete: no tombstone", r->get);
            json_decref(h);
        }
    }
    if (r->sync && (r->update || r->del)) {
        char page[1200];
        snprintf(page, sizeof page, "{ items %s nextToken startedAt }", keysel);
        json_t *conn = run_field(c, __LINE__, c->qroot, r->sync, json_pack("{s:i}", "limit", 1000), page, &h, true);
        json_t *found = find_item(m, json_object_get(conn, "items"), item);
        EXPECT(c, found && version_of(found) == want, "%s after the writes: version %lld, want %lld", r->sync,
               (long long)version_of(found), (long long)want);
        if (r->del)
            EXPECT(c, json_is_true(json_object_get(found, "_deleted")), "%s: the tombstone is not _deleted", r->sync);
        json_decref(h);
        json_int_t at = json_integer_value(json_object_get(item, "_lastChangedAt"));
        conn = run_field(c, __LINE__, c->qroot, r->sync, json_pack("{s:i,s:I}", "limit", 100, "lastSync", at - 1), page,
                         &h, true);
        json_t *items = json_object_get(conn, "items");
        size_t n = 0;
        for (size_t i = 0; i < json_array_size(items); i++)
            n += same_key(m, json_array_get(items, i), item);
        EXPECT(c, n == (size_t)want, "%s (delta): %zu changes of the item, want %lld", r->sync, n, (long long)want);
        json_decref(h);
    }
}

/* A custom root field has no data source: null (an error when the type is
 * non-null), and the server carries on. */
static void custom_field(ctx *c, const char *root, const char *field) {
    json_t *def = root_field(c, root, field);
    json_t *args = json_object();
    json_t *defs = json_object_get(def, "args");
    for (size_t i = 0; i < json_array_size(defs); i++) {
        json_t *a = json_array_get(defs, i);
        if (is_non_null(json_object_get(a, "type")))
            json_object_set_new(args, str(a, "name"), gen_value(c, json_object_get(a, "type"), 0, false));
    }
    const char *kind = kind_of(base_of(json_object_get(def, "type")));
    const char *sel = strcmp(kind, "SCALAR") && strcmp(kind, "ENUM") ? "{ __typename }" : "";
    bool required = is_non_null(json_object_get(def, "type"));
    json_t *h;
    json_t *v = run_field(c, __LINE__, root, field, args, sel, &h, !required);
    if (required) {
        json_t *err0 = json_array_get(json_object_get(h, "errors"), 0);
        const char *msg = str(err0, "message");
        EXPECT(c, msg && strstr(msg, "null"), "custom %s (non-null) does not report the null", field);
        EXPECT(c, json_is_null(json_object_get(h, "data")), "custom %s: data is not null", field);
    } else {
        EXPECT(c, json_is_null(v), "custom %s is not null", field);
    }
    json_decref(h);
}

/* Subscriptions are validated, then refused over HTTP: they need the
 * realtime connection. An invalid one gets its validation error. */
static void subscription_field(ctx *c, const char *field, bool first) {
    json_t *def = root_field(c, c->sroot, field);
    const ds_model *m = model_named(c, base_name(json_object_get(def, "type")));
    ds__buf sel;
    ds__buf_init(&sel, 0);
    ds__buf_puts(&sel, "{ ");
    if (m)
        key_selection(&sel, m);
    else
        ds__buf_puts(&sel, "__typename");
    ds__buf_puts(&sel, " }");
    json_t *h;
    run_field(c, __LINE__, c->sroot, field, json_object(), sel.data, &h, false);
    json_t *err0 = json_array_get(json_object_get(h, "errors"), 0);
    const char *msg = str(err0, "message");
    EXPECT(c, json_is_null(json_object_get(h, "data")) && msg && strstr(msg, "Subscription operations can only be run"),
           "subscription %s over HTTP: not refused clearly (%s)", field, msg ? msg : "no error");
    json_decref(h);
    ds__buf_free(&sel);
    if (first) {
        char q[512];
        snprintf(q, sizeof q, "subscription { %s { noSuchField } }", field);
        json_t *data = post(c, __LINE__, q, NULL, &h, false);
        msg = str(json_array_get(json_object_get(h, "errors"), 0), "message");
        EXPECT(c, !data || json_is_null(data), "an invalid subscription has data");
        EXPECT(c, msg && strstr(msg, "noSuchField"), "an invalid subscription is not refused by validation (%s)",
               msg ? msg : "no error");
        json_decref(h);
    }
}

static void introspect(ctx *c) {
    json_t *data = post(c, __LINE__, INTROSPECTION, NULL, &c->intro, true);
    json_t *schema = json_object_get(data, "__schema");
    assert_non_null(schema);
    c->types = json_object();
    json_t *types = json_object_get(schema, "types");
    for (size_t i = 0; i < json_array_size(types); i++)
        json_object_set(c->types, str(json_array_get(types, i), "name"), json_array_get(types, i));
    c->qroot = str(json_object_get(schema, "queryType"), "name");
    c->mroot = str(json_object_get(schema, "mutationType"), "name");
    c->sroot = str(json_object_get(schema, "subscriptionType"), "name");
    assert_non_null(c->qroot);
}

/* A signed-in user for models the API key may not touch: an HS256 JWT with
 * every claim the schema's rules read - the same name for each identity
 * claim, and every group any rule names. */
static void user_token(ctx *c) {
    static const char secret[] = "root-fields-test-secret";
    snprintf(c->secret_path, sizeof c->secret_path, "/tmp/ds_rf_secret_%d", (int)getpid());
    FILE *f = fopen(c->secret_path, "w");
    assert_non_null(f);
    fputs(secret, f);
    fclose(f);
    json_t *groups = json_pack("[s]", GROUP);
    json_t *claims = json_pack("{s:s,s:s,s:s,s:s,s:I}", "sub", USER, "cognito:username", USER, "username", USER, "email",
                               USER, "exp", (json_int_t)(time(NULL) + 3600));
    for (size_t i = 0; i < ds_schema_model_count(c->schema); i++) {
        const ds_model *m = ds_schema_model_at(c->schema, i);
        for (size_t k = 0; k < m->auth_rule_count; k++) {
            const ds_auth_rule *r = &m->auth_rules[k];
            for (size_t g = 0; g < r->group_count; g++)
                json_array_append_new(groups, json_string(r->groups[g]));
            if (r->identity_claim && !json_object_get(claims, r->identity_claim))
                json_object_set_new(claims, r->identity_claim, json_string(USER));
        }
    }
    json_object_set(claims, "cognito:groups", groups);
    for (size_t i = 0; i < ds_schema_model_count(c->schema); i++) {
        const ds_model *m = ds_schema_model_at(c->schema, i);
        for (size_t k = 0; k < m->auth_rule_count; k++)
            if (m->auth_rules[k].group_claim)
                json_object_set(claims, m->auth_rules[k].group_claim, groups);
    }
    json_decref(groups);
    char *header = ds__base64_encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", 27, true);
    char *payload_json = json_dumps(claims, JSON_COMPACT);
    char *payload = ds__base64_encode(payload_json, strlen(payload_json), true);
    json_decref(claims);
    free(payload_json);
    size_t n = strlen(header) + strlen(payload) + 2;
    char *signing = malloc(n);
    snprintf(signing, n, "%s.%s", header, payload);
    unsigned char mac[32];
    unsigned int maclen = 0;
    HMAC(EVP_sha256(), secret, (int)strlen(secret), (const unsigned char *)signing, strlen(signing), mac, &maclen);
    char *sig = ds__base64_encode(mac, maclen, true);
    n += strlen(sig) + 1;
    c->token = malloc(n);
    snprintf(c->token, n, "%s.%s", signing, sig);
    free(header);
    free(payload);
    free(signing);
    free(sig);
}

/* Whether the transformer's API for the schema is valid GraphQL. Some is
 * not (a field twice, an enum value `true`, an input type it never
 * defines): AppSync refuses to deploy it, and our server refuses to start
 * on it. Says why on stderr when not. */
static bool valid_api(ctx *c, const char *dir) {
    char path[1024];
    snprintf(path, sizeof path, "%s/appsync.graphql", dir);
    size_t len = 0;
    char *sdl = tu_read_file(path, &len);
    ds__diags d;
    ds__diags_init(&d, path);
    ds__gql_typesys *ts = NULL;
    ds_status valid = sdl ? ds__gql_typesys_parse(sdl, len, &ts, &d) : DS_ERR_IO;
    ds_error why = DS_ERROR_INIT;
    ds__diags_to_error(&d, &why);
    ds__diags_free(&d);
    ds__gql_typesys_free(ts);
    free(sdl);
    if (valid != DS_OK)
        fprintf(stderr, "[%s] skipped: the server refuses the transformer's API, which is not valid GraphQL: %.300s\n",
                c->name, why.message);
    return valid == DS_OK;
}

static void every_root_field_answers(void **state) {
    const char *dir = *state;
    ctx c;
    memset(&c, 0, sizeof c);
    c.name = strstr(dir, "/schemas/") ? strstr(dir, "/schemas/") + 9 : dir;
    char path[1024];
    snprintf(path, sizeof path, "%s/schema.graphql", dir);
    ds_error err = DS_ERROR_INIT;
    if (ds_schema_load(&c.schema, path, &err) != DS_OK) {
        /* DataStore refuses the schema (interfaces, unions, reserved
         * names), so `datastore serve` does too: nothing to serve. */
        fprintf(stderr, "[%s] skipped: the registry refuses the schema: %.200s\n", c.name, err.message);
        skip();
    }
    user_token(&c);
    const char *extra[] = {"--jwt-secret", c.secret_path, NULL};
    bool started = tu_server_start(&c.srv, path, extra);
    if (!started && !valid_api(&c, dir)) {
        tu_server_cleanup(&c.srv);
        remove(c.secret_path);
        free(c.token);
        ds_schema_free(c.schema);
        skip();
    }
    if (!started) {
        char *log = tu_read_file(c.srv.log, NULL);
        fprintf(stderr, "server did not start:\n%s\n", log ? log : "(no log)");
        free(log);
    }
    assert_true(started);
    introspect(&c);
    c.runs = calloc(ds_schema_model_count(c.schema) + 1, sizeof *c.runs);
    json_t *custom, *subs;
    classify(&c, &custom, &subs);
    plan_keys(&c);
    /* Parents before children; a cycle is broken where only optional
     * foreign keys wait, else at its first model. */
    size_t done = 0;
    bool *made = calloc(c.nruns + 1, sizeof *made);
    while (done < c.nruns) {
        size_t pick = c.nruns;
        for (int strict = 2; strict >= 0 && pick == c.nruns; strict--)
            for (size_t i = 0; i < c.nruns && pick == c.nruns; i++)
                if (!made[i] && (strict == 0 || ready(&c, &c.runs[i], strict == 1)))
                    pick = i;
        made[pick] = true;
        done++;
        if (c.runs[pick].create)
            create_one(&c, &c.runs[pick]);
        else
            c.runs[pick].as = AS_NOBODY;
    }
    free(made);
    for (size_t i = 0; i < c.nruns; i++) {
        mrun *r = &c.runs[i];
        ds__buf b;
        ds__buf_init(&b, 0);
        ds__buf_puts(&b, "{ ");
        selection(&c, &b, r->m->name, 0, r);
        ds__buf_puts(&b, " }");
        r->sel = ds__buf_take(&b, NULL);
    }
    for (size_t i = 0; i < c.nruns; i++) {
        mrun *r = &c.runs[i];
        if (!r->item)
            continue;
        c.as = r->as;
        read_one(&c, r);
        for (size_t x = 0; x < r->nindex; x++)
            key_queries(&c, r, r->index[x], true);
        if (r->list && r->m->is_custom_key)
            key_queries(&c, r, r->list, false);
    }
    c.as = AS_API_KEY;
    for (size_t i = 0; i < json_array_size(custom); i++) {
        json_t *cf = json_array_get(custom, i);
        const char *root = !strcmp(str(cf, "root"), c.qroot) ? c.qroot : c.mroot;
        custom_field(&c, root, str(cf, "field"));
    }
    for (size_t i = 0; i < json_array_size(subs); i++)
        subscription_field(&c, json_string_value(json_array_get(subs, i)), i == 0);
    for (size_t i = c.nruns; i-- > 0;) {
        c.as = c.runs[i].as;
        if (c.runs[i].item)
            update_and_delete(&c, &c.runs[i]);
    }
    c.as = AS_API_KEY;
    int by_key = 0, by_user = 0, left = 0;
    for (size_t i = 0; i < c.nruns; i++) {
        by_key += c.runs[i].item && c.runs[i].as == AS_API_KEY;
        by_user += c.runs[i].item && c.runs[i].as == AS_USER;
        left += !c.runs[i].item;
    }
    fprintf(stderr,
            "[%s] %d models through the API (%d as the API key, %d as a user; %d not created), %d relationship "
            "fields checked, %zu custom and %zu subscription fields, %d requests\n",
            c.name, by_key + by_user, by_key, by_user, left, c.relations, json_array_size(custom),
            json_array_size(subs), c.requests);
    /* Still serving, and it stops cleanly. */
    json_t *h;
    json_t *tn = json_object_get(post(&c, __LINE__, "{ __typename }", NULL, &h, true), "__typename");
    EXPECT(&c, tn && !strcmp(json_string_value(tn), c.qroot), "{ __typename } is not %s", c.qroot);
    json_decref(h);
    int status = tu_server_stop(&c.srv);
    EXPECT(&c, status == 0, "the server exited with %d", status);
    if (c.failures) {
        char *log = tu_read_file(c.srv.log, NULL);
        size_t n = log ? strlen(log) : 0;
        fprintf(stderr, "[%s] server log (tail):\n%s\n", c.name, log ? log + (n > 4000 ? n - 4000 : 0) : "(none)");
        free(log);
    }
    tu_server_cleanup(&c.srv);
    remove(c.secret_path);
    free(c.token);
    for (size_t i = 0; i < c.nruns; i++) {
        json_decref(c.runs[i].input);
        json_decref(c.runs[i].item);
        free(c.runs[i].sel);
    }
    free(c.runs);
    json_decref(custom);
    json_decref(subs);
    json_decref(c.types);
    json_decref(c.intro);
    ds_schema_free(c.schema);
    assert_int_equal(c.failures, 0);
}

/* Every fixture schema with an API to match, shared and ours. */
int main(void) {
    const char *patterns[] = {DS_SHARED_DIR "/fixtures/schemas/*/appsync.graphql",
                              DS_SOURCE_DIR "/tests/fixtures/schemas/*/appsync.graphql"};
    struct CMUnitTest *tests = NULL;
    size_t n = 0;
    glob_t g[2];
    for (int p = 0; p < 2; p++) {
        memset(&g[p], 0, sizeof g[p]);
        if (glob(patterns[p], 0, NULL, &g[p]) != 0)
            continue;
        tests = realloc(tests, (n + g[p].gl_pathc) * sizeof *tests);
        assert_non_null(tests);
        for (size_t i = 0; i < g[p].gl_pathc; i++) {
            char *dir = strdup(g[p].gl_pathv[i]);
            *strrchr(dir, '/') = '\0';
            tests[n++] = (struct CMUnitTest){strstr(dir, "/schemas/") + 9, every_root_field_answers, NULL, NULL, dir};
        }
    }
    if (n == 0) {
        fprintf(stderr, "no fixture schemas found\n");
        return 1;
    }
    int rc = _cmocka_run_group_tests("server_root_fields", tests, n, NULL, NULL);
    for (size_t i = 0; i < n; i++)
        free(tests[i].initial_state);
    free(tests);
    for (int p = 0; p < 2; p++)
        globfree(&g[p]);
    return rc;
}
