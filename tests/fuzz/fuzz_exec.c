/*
 * libFuzzer target for the GraphQL engine: any bytes in as a document
 * (optionally followed by a 0x01 byte and variables as JSON), parsed,
 * validated, coerced and executed against the blog schema with a resolver
 * that makes up values from the schema (objects, lists, leaves of the right
 * and of the wrong kind, field errors). Nothing may crash, leak or read past
 * the input; every answer must be a response object with "data". The input
 * is copied into an exact-size buffer so reading past it is an ASan error.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../graphql/blog_schema.h"
#include "graphql/execute.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static ds__gql_typesys *ts;

static unsigned hash(const char *s, unsigned h) {
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

/* A value for a named type: leaves per scalar (sometimes of the wrong kind),
 * objects that the resolver fills in field by field. */
static json_t *make_value(const ds__gql_typesys_type *t, unsigned h) {
    if (!t)
        return json_null();
    switch (t->kind) {
    case DS__GQL_OBJECT: return json_pack("{s:s}", "id", "x");
    case DS__GQL_INTERFACE:
    case DS__GQL_UNION:
        return t->npossible ? json_pack("{s:s}", "__typename", t->possible[h % t->npossible]->name) : json_object();
    case DS__GQL_ENUM: return json_string(h % 5 ? t->values[h % t->nvalues].name : "NOT_A_VALUE");
    case DS__GQL_INPUT_OBJECT: return json_null();
    case DS__GQL_SCALAR: break;
    }
    switch (h % 9) {
    case 0: return json_string("text");
    case 1: return json_integer((json_int_t)(h % 1000));
    case 2: return json_real(1.5);
    case 3: return json_true();
    case 4: return json_null();
    case 5: return json_pack("{s:i}", "k", 1);
    case 6: return json_integer(5000000000LL);
    default:
        switch (t->scalar) {
        case DS__GQL_SCALAR_INT:
        case DS__GQL_SCALAR_AWS_TIMESTAMP: return json_integer(7);
        case DS__GQL_SCALAR_FLOAT: return json_real(2.5);
        case DS__GQL_SCALAR_BOOLEAN: return json_false();
        default: return json_string("2024-01-01T00:00:00.000Z");
        }
    }
}

static json_t *make_typed(const ds__gql_type *type, unsigned h, int depth) {
    if (type->kind == DS__GQL_TYPE_NON_NULL)
        return make_typed(type->of, h, depth);
    if (type->kind == DS__GQL_TYPE_LIST) {
        if (h % 11 == 0)
            return json_string("not a list");
        json_t *a = json_array();
        for (unsigned i = 0; i < h % 3 && depth < 3; i++)
            json_array_append_new(a, make_typed(type->of, hash("item", h + i), depth + 1));
        return a;
    }
    return make_value(ds__gql_ts_type(ts, type->name), h);
}

static ds__resolve_rc resolve(const ds__gql_resolve_info *info, json_t **out, ds__gql_field_error *err) {
    unsigned h = hash(info->field_name, hash(info->parent_type, 2166136261u));
    json_t *path = ds__gql_info_path(info);
    size_t depth = json_array_size(path);
    json_decref(path);
    h ^= (unsigned)depth * 0x9E3779B9u;
    if (h % 13 == 0) {
        strcpy(err->message, "made-up failure");
        err->error_type = h % 2 ? "Unauthorized" : NULL;
        err->data = h % 3 ? NULL : json_pack("{s:s}", "id", "x");
        return DS__RESOLVE_ERROR;
    }
    if (h % 17 == 0)
        return DS__RESOLVE_DEFAULT;
    if (depth > 8 && ds__gql_ts_is_composite(info->def->base)) {
        *out = NULL;
        return DS__RESOLVE_OK;
    }
    (void)ds__gql_info_selects(info, "id");
    *out = make_typed(info->def->type, h, 0);
    return DS__RESOLVE_OK;
}

static void check(json_t *r) {
    if (r && !json_object_get(r, "data"))
        abort();
    json_decref(r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!ts && ds__gql_typesys_parse(BLOG_SDL, strlen(BLOG_SDL), &ts, NULL) != DS_OK)
        abort();
    char *src = malloc(size ? size : 1);
    if (!src)
        return 0;
    if (size)
        memcpy(src, data, size);
    const char *sep = size ? memchr(src, 0x01, size) : NULL;
    size_t qlen = sep ? (size_t)(sep - src) : size;
    json_t *vars = NULL;
    if (sep)
        vars = json_loadb(sep + 1, size - qlen - 1, JSON_DECODE_ANY, NULL);

    ds__gql_request req = {src, qlen, NULL, vars, NULL};
    check(ds__gql_execute(ts, &req, resolve));

    /* The prepared path: every operation by name, subscriptions included,
     * with a made-up event as the root value. */
    json_t *errors = NULL;
    ds__gql_document *doc = ds__gql_document_new(ts, src, qlen, &errors);
    json_decref(errors);
    if (doc) {
        for (const ds__gql_operation *op = ds__gql_document_ast(doc)->operations; op; op = op->next) {
            ds__gql_prepared *p = ds__gql_prepare(doc, op->name, vars, &errors);
            json_decref(errors);
            errors = NULL;
            if (!p)
                continue;
            json_t *root =
                json_pack("{s:{s:s, s:s}}", p->root_field ? p->root_field->name : "x", "id", "1", "title", "t");
            check(ds__gql_execute_selection(ts, p, root, resolve, NULL));
            check(ds__gql_execute_selection(ts, p, root, NULL, NULL));
            json_decref(root);
            ds__gql_prepared_free(p);
        }
        ds__gql_document_unref(doc);
    }
    json_decref(vars);
    free(src);
    return 0;
}
