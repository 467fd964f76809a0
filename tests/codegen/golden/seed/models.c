/*
 * models.c -- generated from schema.graphql by `datastore codegen`; do not edit.
 *
 * The code behind models.h; see there for what each function does.
 */
#include "models.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* schema.graphql, verbatim: a string per line (C11 promises string literals of 4095
 * bytes, no more), joined and parsed on first use. */
static const char *const schema_lines[] = {
    "enum PostStatus {\n",
    "  ACTIVE\n",
    "  INACTIVE\n",
    "}\n",
    "\n",
    "type Post @model {\n",
    "  id: ID!\n",
    "  title: String!\n",
    "  rating: Int!\n",
    "  status: PostStatus!\n",
    "}\n",
};

static ds_schema *schema_value;
static pthread_once_t schema_once = PTHREAD_ONCE_INIT;

static void schema_load(void) {
    size_t len = 0;
    char *text;
    for (size_t i = 0; i < sizeof schema_lines / sizeof *schema_lines; i++)
        len += strlen(schema_lines[i]);
    if (!(text = malloc(len + 1)))
        return;
    len = 0;
    for (size_t i = 0; i < sizeof schema_lines / sizeof *schema_lines; i++) {
        size_t n = strlen(schema_lines[i]);
        memcpy(text + len, schema_lines[i], n);
        len += n;
    }
    text[len] = '\0';
    if (ds_schema_parse(&schema_value, text, len, "schema.graphql", NULL) != DS_OK)
        schema_value = NULL;
    free(text);
}

const ds_schema *models_schema(void) {
    pthread_once(&schema_once, schema_load);
    return schema_value;
}

struct models_subscription {
    ds_subscription *sub;
    union {
        post_observe_fn post_observe;
    } fn;
    void *userdata;
};

void models_unobserve(models_subscription *sub) {
    if (!sub)
        return;
    ds_unobserve(sub->sub);
    free(sub);
}

/* Fills err (may be NULL) with code and "where: what"; returns code. */
static ds_status fail(ds_error *err, ds_status code, const char *where, const char *what) {
    if (err) {
        err->code = code;
        snprintf(err->message, sizeof err->message, "%s: %s", where, what);
    }
    return code;
}

static ds_status nomem(ds_error *err) {
    return fail(err, DS_ERR_NOMEM, "models.c", "out of memory");
}

/* DS_OK when record is a record of the model (or type) named model. */
static ds_status check_model(const ds_record *record, const char *model, ds_error *err) {
    const ds_model *m = record ? ds_record_model(record) : NULL;
    if (!m || strcmp(m->name, model) != 0)
        return fail(err, DS_ERR_INVALID, model, record ? "a record of another type" : "no record");
    return DS_OK;
}

static ds_status put(ds_record *record, const char *field, ds_value value, ds_error *err) {
    return ds_record_set(record, field, &value, err);
}

static ds_status get(const ds_record *record, const char *field, ds_value *out, ds_error *err) {
    ds_status rc = ds_record_get(record, field, out);
    return rc == DS_OK ? DS_OK : fail(err, rc, field, "no such field in the record");
}

/* An enum value's name as a value; name is NULL for a value out of range. */
static ds_status enum_value(ds_value *out, const char *name, const char *where, ds_error *err) {
    if (!name)
        return fail(err, DS_ERR_INVALID, where, "not a value of its enum");
    *out = ds_str(name);
    return DS_OK;
}

static ds_status copy_string(char **out, const char *s, ds_error *err) {
    size_t len;
    *out = NULL;
    if (!s)
        return DS_OK;
    len = strlen(s);
    if (!(*out = malloc(len + 1)))
        return nomem(err);
    memcpy(*out, s, len + 1);
    return DS_OK;
}

/* take_*: a value read from a record into its C representation. */
static ds_status take_string(char **out, const ds_value *value, const char *where, ds_error *err) {
    *out = NULL;
    if (value->type == DS_VALUE_NULL)
        return DS_OK;
    if (value->type != DS_VALUE_STRING)
        return fail(err, DS_ERR_INVALID, where, "expected a string");
    if (!(*out = malloc(value->u.s.len + 1)))
        return nomem(err);
    memcpy(*out, value->u.s.ptr, value->u.s.len);
    (*out)[value->u.s.len] = '\0';
    return DS_OK;
}

static ds_status take_int32(int32_t *out, bool *has, const ds_value *value, const char *where,
    ds_error *err) {
    *out = 0;
    if (has)
        *has = false;
    if (value->type == DS_VALUE_NULL)
        return DS_OK;
    if (value->type != DS_VALUE_INT || value->u.i < INT32_MIN || value->u.i > INT32_MAX)
        return fail(err, DS_ERR_INVALID, where, "expected a 32-bit integer");
    *out = (int32_t)value->u.i;
    if (has)
        *has = true;
    return DS_OK;
}

static ds_status take_post_status(PostStatus *out, bool *has, const ds_value *value, const char *where,
    ds_error *err) {
    *out = POST_STATUS_ACTIVE;
    if (has)
        *has = false;
    if (value->type == DS_VALUE_NULL)
        return DS_OK;
    if (value->type != DS_VALUE_STRING || !post_status_from_string(out, value->u.s.ptr))
        return fail(err, DS_ERR_INVALID, where, "not a value of PostStatus");
    if (has)
        *has = true;
    return DS_OK;
}

static ds_status post_list_from_result(PostList *out, const ds_result *res, ds_error *err) {
    size_t n = ds_result_count(res);
    ds_status rc = DS_OK;
    out->items = NULL;
    out->count = 0;
    if (n == 0)
        return DS_OK;
    if (!(out->items = calloc(n, sizeof *out->items)))
        return nomem(err);
    out->count = n;
    for (size_t i = 0; i < n && rc == DS_OK; i++)
        rc = post_from_record(&out->items[i], ds_result_at(res, i), err);
    if (rc != DS_OK)
        post_list_free(out);
    return rc;
}

/* The ds_observe() callback behind post_observe(): the change as a Post. */
static void post_observed(const ds_change *change, void *userdata) {
    const models_subscription *sub = userdata;
    /* Read before calling: fn may unobserve, which frees sub. */
    post_observe_fn fn = sub->fn.post_observe;
    void *ud = sub->userdata;
    Post value;
    if (post_from_record(&value, change->record, NULL) != DS_OK) {
        fn(change, NULL, ud);
        return;
    }
    fn(change, &value, ud);
    post_free(&value);
}

/* ---- enum PostStatus ---- */

const char *post_status_to_string(PostStatus value) {
    switch (value) {
    case POST_STATUS_ACTIVE: return "ACTIVE";
    case POST_STATUS_INACTIVE: return "INACTIVE";
    }
    return NULL;
}

bool post_status_from_string(PostStatus *out, const char *s) {
    if (!s)
        return false;
    if (strcmp(s, "ACTIVE") == 0) {
        *out = POST_STATUS_ACTIVE;
        return true;
    }
    if (strcmp(s, "INACTIVE") == 0) {
        *out = POST_STATUS_INACTIVE;
        return true;
    }
    return false;
}

/* ---- model Post ---- */

void post_init(Post *value) {
    if (value)
        memset(value, 0, sizeof *value);
}

void post_free(Post *value) {
    if (!value)
        return;
    free(value->id);
    free(value->title);
    free(value->created_at);
    free(value->updated_at);
    memset(value, 0, sizeof *value);
}

ds_status post_copy(Post *out, const Post *src, ds_error *err) {
    ds_status rc = DS_OK;
    *out = *src;
    out->id = NULL;
    out->title = NULL;
    out->created_at = NULL;
    out->updated_at = NULL;
    if ((rc = copy_string(&out->id, src->id, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->title, src->title, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->created_at, src->created_at, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->updated_at, src->updated_at, err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        post_free(out);
    return rc;
}

ds_status post_to_record(ds_record **out, const ds_schema *schema, const Post *value, ds_error *err) {
    ds_value val;
    ds_record *r = NULL;
    ds_status rc;
    *out = NULL;
    if (!schema && !(schema = models_schema()))
        return nomem(err);
    if ((rc = ds_record_new(&r, schema, "Post", err)) != DS_OK)
        return rc;
    if (value->id && (rc = put(r, "id", ds_str(value->id), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "title", ds_str(value->title), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "rating", ds_int(value->rating), err)) != DS_OK)
        goto done;
    val = ds_null();
    if ((rc = enum_value(&val, post_status_to_string(value->status), "Post.status", err)) != DS_OK)
        goto done;
    if ((rc = put(r, "status", val, err)) != DS_OK)
        goto done;
    if (value->created_at && (rc = put(r, "createdAt", ds_str(value->created_at), err)) != DS_OK)
        goto done;
    if (value->updated_at && (rc = put(r, "updatedAt", ds_str(value->updated_at), err)) != DS_OK)
        goto done;
    *out = r;
    r = NULL;
done:
    ds_record_free(r);
    return rc;
}

ds_status post_from_record(Post *out, const ds_record *record, ds_error *err) {
    ds_value val;
    ds_status rc;
    post_init(out);
    if ((rc = check_model(record, "Post", err)) != DS_OK)
        return rc;
    if ((rc = get(record, "id", &val, err)) != DS_OK ||
        (rc = take_string(&out->id, &val, "Post.id", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "title", &val, err)) != DS_OK ||
        (rc = take_string(&out->title, &val, "Post.title", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "rating", &val, err)) != DS_OK ||
        (rc = take_int32(&out->rating, NULL, &val, "Post.rating", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "status", &val, err)) != DS_OK ||
        (rc = take_post_status(&out->status, NULL, &val, "Post.status", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "createdAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->created_at, &val, "Post.createdAt", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "updatedAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->updated_at, &val, "Post.updatedAt", err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        post_free(out);
    return rc;
}

ds_status post_save(ds_store *store, Post *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    Post saved;
    ds_status rc;
    if ((rc = post_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    if ((rc = ds_save(store, r, condition, err)) == DS_OK &&
        (rc = post_from_record(&saved, r, err)) == DS_OK) {
        post_free(value);
        *value = saved;
    }
    ds_record_free(r);
    return rc;
}

ds_status post_get(ds_store *store, const char *id, Post *out, ds_error *err) {
    ds_record *key = NULL, *found = NULL;
    ds_status rc;
    post_init(out);
    if ((rc = ds_record_new(&key, store ? ds_store_schema(store) : NULL, "Post", err)) != DS_OK)
        goto done;
    if ((rc = put(key, "id", ds_str(id), err)) != DS_OK)
        goto done;
    if ((rc = ds_get(store, key, &found, err)) != DS_OK)
        goto done;
    rc = post_from_record(out, found, err);
done:
    ds_record_free(found);
    ds_record_free(key);
    return rc;
}

ds_status post_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts, PostList *out,
    ds_error *err) {
    ds_result *res = NULL;
    ds_status rc;
    out->items = NULL;
    out->count = 0;
    if ((rc = ds_query(store, "Post", where, opts, &res, err)) != DS_OK)
        return rc;
    rc = post_list_from_result(out, res, err);
    ds_result_free(res);
    return rc;
}

void post_list_free(PostList *list) {
    if (!list)
        return;
    for (size_t i = 0; list->items && i < list->count; i++)
        post_free(&list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}

ds_status post_delete(ds_store *store, const Post *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    if ((rc = post_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    rc = ds_delete(store, r, condition, err);
    ds_record_free(r);
    return rc;
}

ds_status post_observe(ds_store *store, const ds_predicate *where, post_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err) {
    models_subscription *sub;
    ds_status rc;
    *out = NULL;
    if (!fn)
        return fail(err, DS_ERR_INVALID, "post_observe", "fn is NULL");
    if (!(sub = calloc(1, sizeof *sub)))
        return nomem(err);
    sub->fn.post_observe = fn;
    sub->userdata = userdata;
    if ((rc = ds_observe(store, "Post", where, post_observed, sub, &sub->sub, err)) != DS_OK) {
        free(sub);
        return rc;
    }
    *out = sub;
    return DS_OK;
}

ds_predicate *post_id_eq(const char *value) {
    return ds_pred_eq(POST_ID, ds_str(value));
}

ds_predicate *post_id_ne(const char *value) {
    return ds_pred_ne(POST_ID, ds_str(value));
}

ds_predicate *post_id_lt(const char *value) {
    return ds_pred_lt(POST_ID, ds_str(value));
}

ds_predicate *post_id_le(const char *value) {
    return ds_pred_le(POST_ID, ds_str(value));
}

ds_predicate *post_id_gt(const char *value) {
    return ds_pred_gt(POST_ID, ds_str(value));
}

ds_predicate *post_id_ge(const char *value) {
    return ds_pred_ge(POST_ID, ds_str(value));
}

ds_predicate *post_id_between(const char *low, const char *high) {
    return ds_pred_between(POST_ID, ds_str(low), ds_str(high));
}

ds_predicate *post_id_begins_with(const char *value) {
    return ds_pred_begins_with(POST_ID, value);
}

ds_predicate *post_id_contains(const char *value) {
    return ds_pred_contains(POST_ID, ds_str(value));
}

ds_predicate *post_id_not_contains(const char *value) {
    return ds_pred_not_contains(POST_ID, ds_str(value));
}

ds_predicate *post_title_eq(const char *value) {
    return ds_pred_eq(POST_TITLE, ds_str(value));
}

ds_predicate *post_title_ne(const char *value) {
    return ds_pred_ne(POST_TITLE, ds_str(value));
}

ds_predicate *post_title_lt(const char *value) {
    return ds_pred_lt(POST_TITLE, ds_str(value));
}

ds_predicate *post_title_le(const char *value) {
    return ds_pred_le(POST_TITLE, ds_str(value));
}

ds_predicate *post_title_gt(const char *value) {
    return ds_pred_gt(POST_TITLE, ds_str(value));
}

ds_predicate *post_title_ge(const char *value) {
    return ds_pred_ge(POST_TITLE, ds_str(value));
}

ds_predicate *post_title_between(const char *low, const char *high) {
    return ds_pred_between(POST_TITLE, ds_str(low), ds_str(high));
}

ds_predicate *post_title_begins_with(const char *value) {
    return ds_pred_begins_with(POST_TITLE, value);
}

ds_predicate *post_title_contains(const char *value) {
    return ds_pred_contains(POST_TITLE, ds_str(value));
}

ds_predicate *post_title_not_contains(const char *value) {
    return ds_pred_not_contains(POST_TITLE, ds_str(value));
}

ds_predicate *post_rating_eq(int32_t value) {
    return ds_pred_eq(POST_RATING, ds_int(value));
}

ds_predicate *post_rating_ne(int32_t value) {
    return ds_pred_ne(POST_RATING, ds_int(value));
}

ds_predicate *post_rating_lt(int32_t value) {
    return ds_pred_lt(POST_RATING, ds_int(value));
}

ds_predicate *post_rating_le(int32_t value) {
    return ds_pred_le(POST_RATING, ds_int(value));
}

ds_predicate *post_rating_gt(int32_t value) {
    return ds_pred_gt(POST_RATING, ds_int(value));
}

ds_predicate *post_rating_ge(int32_t value) {
    return ds_pred_ge(POST_RATING, ds_int(value));
}

ds_predicate *post_rating_between(int32_t low, int32_t high) {
    return ds_pred_between(POST_RATING, ds_int(low), ds_int(high));
}

ds_predicate *post_status_eq(PostStatus value) {
    const char *s = post_status_to_string(value);
    return s ? ds_pred_eq(POST_STATUS, ds_str(s)) : NULL;
}

ds_predicate *post_status_ne(PostStatus value) {
    const char *s = post_status_to_string(value);
    return s ? ds_pred_ne(POST_STATUS, ds_str(s)) : NULL;
}

ds_predicate *post_created_at_eq(const char *value) {
    return ds_pred_eq(POST_CREATED_AT, ds_str(value));
}

ds_predicate *post_created_at_ne(const char *value) {
    return ds_pred_ne(POST_CREATED_AT, ds_str(value));
}

ds_predicate *post_created_at_lt(const char *value) {
    return ds_pred_lt(POST_CREATED_AT, ds_str(value));
}

ds_predicate *post_created_at_le(const char *value) {
    return ds_pred_le(POST_CREATED_AT, ds_str(value));
}

ds_predicate *post_created_at_gt(const char *value) {
    return ds_pred_gt(POST_CREATED_AT, ds_str(value));
}

ds_predicate *post_created_at_ge(const char *value) {
    return ds_pred_ge(POST_CREATED_AT, ds_str(value));
}

ds_predicate *post_created_at_between(const char *low, const char *high) {
    return ds_pred_between(POST_CREATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *post_created_at_begins_with(const char *value) {
    return ds_pred_begins_with(POST_CREATED_AT, value);
}

ds_predicate *post_created_at_contains(const char *value) {
    return ds_pred_contains(POST_CREATED_AT, ds_str(value));
}

ds_predicate *post_created_at_not_contains(const char *value) {
    return ds_pred_not_contains(POST_CREATED_AT, ds_str(value));
}

ds_predicate *post_created_at_is_null(void) {
    return ds_pred_eq(POST_CREATED_AT, ds_null());
}

ds_predicate *post_created_at_is_not_null(void) {
    return ds_pred_ne(POST_CREATED_AT, ds_null());
}

ds_predicate *post_updated_at_eq(const char *value) {
    return ds_pred_eq(POST_UPDATED_AT, ds_str(value));
}

ds_predicate *post_updated_at_ne(const char *value) {
    return ds_pred_ne(POST_UPDATED_AT, ds_str(value));
}

ds_predicate *post_updated_at_lt(const char *value) {
    return ds_pred_lt(POST_UPDATED_AT, ds_str(value));
}

ds_predicate *post_updated_at_le(const char *value) {
    return ds_pred_le(POST_UPDATED_AT, ds_str(value));
}

ds_predicate *post_updated_at_gt(const char *value) {
    return ds_pred_gt(POST_UPDATED_AT, ds_str(value));
}

ds_predicate *post_updated_at_ge(const char *value) {
    return ds_pred_ge(POST_UPDATED_AT, ds_str(value));
}

ds_predicate *post_updated_at_between(const char *low, const char *high) {
    return ds_pred_between(POST_UPDATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *post_updated_at_begins_with(const char *value) {
    return ds_pred_begins_with(POST_UPDATED_AT, value);
}

ds_predicate *post_updated_at_contains(const char *value) {
    return ds_pred_contains(POST_UPDATED_AT, ds_str(value));
}

ds_predicate *post_updated_at_not_contains(const char *value) {
    return ds_pred_not_contains(POST_UPDATED_AT, ds_str(value));
}

ds_predicate *post_updated_at_is_null(void) {
    return ds_pred_eq(POST_UPDATED_AT, ds_null());
}

ds_predicate *post_updated_at_is_not_null(void) {
    return ds_pred_ne(POST_UPDATED_AT, ds_null());
}
