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
    "# This \"input\" configures a global authorization rule to enable public access to\n",
    "# all models in this schema. Learn more about authorization rules here: https://docs.amplify.aws/cli/graphql/authorization-rules\n",
    "input AMPLIFY { globalAuthRule: AuthRule = { allow: public } } # FOR TESTING ONLY!\n",
    "\n",
    "type Blog @model {\n",
    "  id: ID!\n",
    "  name: String!\n",
    "  posts: [Post] @hasMany(indexName: \"byBlog\", fields: [\"id\"])\n",
    "}\n",
    "\n",
    "type Post @model {\n",
    "  id: ID!\n",
    "  title: String!\n",
    "  content: String\n",
    "  blogID: ID! @index(name: \"byBlog\")\n",
    "  blog: Blog @belongsTo(fields: [\"blogID\"])\n",
    "  comments: [Comment] @hasMany(indexName: \"byPost\", fields: [\"id\"])\n",
    "}\n",
    "\n",
    "type Comment @model {\n",
    "  id: ID!\n",
    "  postID: ID! @index(name: \"byPost\", sortKeyFields: [\"content\"])\n",
    "  post: Post @belongsTo(fields: [\"postID\"])\n",
    "  content: String!\n",
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
        blog_observe_fn blog_observe;
        post_observe_fn post_observe;
        comment_observe_fn comment_observe;
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

static ds_status blog_list_from_result(BlogList *out, const ds_result *res, ds_error *err) {
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
        rc = blog_from_record(&out->items[i], ds_result_at(res, i), err);
    if (rc != DS_OK)
        blog_list_free(out);
    return rc;
}

/* The ds_observe() callback behind blog_observe(): the change as a Blog. */
static void blog_observed(const ds_change *change, void *userdata) {
    const models_subscription *sub = userdata;
    /* Read before calling: fn may unobserve, which frees sub. */
    blog_observe_fn fn = sub->fn.blog_observe;
    void *ud = sub->userdata;
    Blog value;
    if (blog_from_record(&value, change->record, NULL) != DS_OK) {
        fn(change, NULL, ud);
        return;
    }
    fn(change, &value, ud);
    blog_free(&value);
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

static ds_status comment_list_from_result(CommentList *out, const ds_result *res, ds_error *err) {
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
        rc = comment_from_record(&out->items[i], ds_result_at(res, i), err);
    if (rc != DS_OK)
        comment_list_free(out);
    return rc;
}

/* The ds_observe() callback behind comment_observe(): the change as a Comment. */
static void comment_observed(const ds_change *change, void *userdata) {
    const models_subscription *sub = userdata;
    /* Read before calling: fn may unobserve, which frees sub. */
    comment_observe_fn fn = sub->fn.comment_observe;
    void *ud = sub->userdata;
    Comment value;
    if (comment_from_record(&value, change->record, NULL) != DS_OK) {
        fn(change, NULL, ud);
        return;
    }
    fn(change, &value, ud);
    comment_free(&value);
}

/* ---- model Blog ---- */

void blog_init(Blog *value) {
    if (value)
        memset(value, 0, sizeof *value);
}

void blog_free(Blog *value) {
    if (!value)
        return;
    free(value->id);
    free(value->name);
    free(value->created_at);
    free(value->updated_at);
    memset(value, 0, sizeof *value);
}

ds_status blog_copy(Blog *out, const Blog *src, ds_error *err) {
    ds_status rc = DS_OK;
    *out = *src;
    out->id = NULL;
    out->name = NULL;
    out->created_at = NULL;
    out->updated_at = NULL;
    if ((rc = copy_string(&out->id, src->id, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->name, src->name, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->created_at, src->created_at, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->updated_at, src->updated_at, err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        blog_free(out);
    return rc;
}

ds_status blog_to_record(ds_record **out, const ds_schema *schema, const Blog *value, ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    *out = NULL;
    if (!schema && !(schema = models_schema()))
        return nomem(err);
    if ((rc = ds_record_new(&r, schema, "Blog", err)) != DS_OK)
        return rc;
    if (value->id && (rc = put(r, "id", ds_str(value->id), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "name", ds_str(value->name), err)) != DS_OK)
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

ds_status blog_from_record(Blog *out, const ds_record *record, ds_error *err) {
    ds_value val;
    ds_status rc;
    blog_init(out);
    if ((rc = check_model(record, "Blog", err)) != DS_OK)
        return rc;
    if ((rc = get(record, "id", &val, err)) != DS_OK ||
        (rc = take_string(&out->id, &val, "Blog.id", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "name", &val, err)) != DS_OK ||
        (rc = take_string(&out->name, &val, "Blog.name", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "createdAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->created_at, &val, "Blog.createdAt", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "updatedAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->updated_at, &val, "Blog.updatedAt", err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        blog_free(out);
    return rc;
}

ds_status blog_save(ds_store *store, Blog *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    Blog saved;
    ds_status rc;
    if ((rc = blog_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    if ((rc = ds_save(store, r, condition, err)) == DS_OK &&
        (rc = blog_from_record(&saved, r, err)) == DS_OK) {
        blog_free(value);
        *value = saved;
    }
    ds_record_free(r);
    return rc;
}

ds_status blog_get(ds_store *store, const char *id, Blog *out, ds_error *err) {
    ds_record *key = NULL, *found = NULL;
    ds_status rc;
    blog_init(out);
    if ((rc = ds_record_new(&key, store ? ds_store_schema(store) : NULL, "Blog", err)) != DS_OK)
        goto done;
    if ((rc = put(key, "id", ds_str(id), err)) != DS_OK)
        goto done;
    if ((rc = ds_get(store, key, &found, err)) != DS_OK)
        goto done;
    rc = blog_from_record(out, found, err);
done:
    ds_record_free(found);
    ds_record_free(key);
    return rc;
}

ds_status blog_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts, BlogList *out,
    ds_error *err) {
    ds_result *res = NULL;
    ds_status rc;
    out->items = NULL;
    out->count = 0;
    if ((rc = ds_query(store, "Blog", where, opts, &res, err)) != DS_OK)
        return rc;
    rc = blog_list_from_result(out, res, err);
    ds_result_free(res);
    return rc;
}

void blog_list_free(BlogList *list) {
    if (!list)
        return;
    for (size_t i = 0; list->items && i < list->count; i++)
        blog_free(&list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}

ds_status blog_delete(ds_store *store, const Blog *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    if ((rc = blog_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    rc = ds_delete(store, r, condition, err);
    ds_record_free(r);
    return rc;
}

ds_status blog_observe(ds_store *store, const ds_predicate *where, blog_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err) {
    models_subscription *sub;
    ds_status rc;
    *out = NULL;
    if (!fn)
        return fail(err, DS_ERR_INVALID, "blog_observe", "fn is NULL");
    if (!(sub = calloc(1, sizeof *sub)))
        return nomem(err);
    sub->fn.blog_observe = fn;
    sub->userdata = userdata;
    if ((rc = ds_observe(store, "Blog", where, blog_observed, sub, &sub->sub, err)) != DS_OK) {
        free(sub);
        return rc;
    }
    *out = sub;
    return DS_OK;
}

ds_status blog_load_posts(ds_store *store, const Blog *value, PostList *out, ds_error *err) {
    ds_record *r = NULL;
    ds_result *res = NULL;
    ds_status rc;
    out->items = NULL;
    out->count = 0;
    if ((rc = blog_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK ||
        (rc = ds_load_related(store, r, "posts", &res, err)) != DS_OK)
        goto done;
    rc = post_list_from_result(out, res, err);
done:
    ds_result_free(res);
    ds_record_free(r);
    return rc;
}

ds_predicate *blog_id_eq(const char *value) {
    return ds_pred_eq(BLOG_ID, ds_str(value));
}

ds_predicate *blog_id_ne(const char *value) {
    return ds_pred_ne(BLOG_ID, ds_str(value));
}

ds_predicate *blog_id_lt(const char *value) {
    return ds_pred_lt(BLOG_ID, ds_str(value));
}

ds_predicate *blog_id_le(const char *value) {
    return ds_pred_le(BLOG_ID, ds_str(value));
}

ds_predicate *blog_id_gt(const char *value) {
    return ds_pred_gt(BLOG_ID, ds_str(value));
}

ds_predicate *blog_id_ge(const char *value) {
    return ds_pred_ge(BLOG_ID, ds_str(value));
}

ds_predicate *blog_id_between(const char *low, const char *high) {
    return ds_pred_between(BLOG_ID, ds_str(low), ds_str(high));
}

ds_predicate *blog_id_begins_with(const char *value) {
    return ds_pred_begins_with(BLOG_ID, value);
}

ds_predicate *blog_id_contains(const char *value) {
    return ds_pred_contains(BLOG_ID, ds_str(value));
}

ds_predicate *blog_id_not_contains(const char *value) {
    return ds_pred_not_contains(BLOG_ID, ds_str(value));
}

ds_predicate *blog_name_eq(const char *value) {
    return ds_pred_eq(BLOG_NAME, ds_str(value));
}

ds_predicate *blog_name_ne(const char *value) {
    return ds_pred_ne(BLOG_NAME, ds_str(value));
}

ds_predicate *blog_name_lt(const char *value) {
    return ds_pred_lt(BLOG_NAME, ds_str(value));
}

ds_predicate *blog_name_le(const char *value) {
    return ds_pred_le(BLOG_NAME, ds_str(value));
}

ds_predicate *blog_name_gt(const char *value) {
    return ds_pred_gt(BLOG_NAME, ds_str(value));
}

ds_predicate *blog_name_ge(const char *value) {
    return ds_pred_ge(BLOG_NAME, ds_str(value));
}

ds_predicate *blog_name_between(const char *low, const char *high) {
    return ds_pred_between(BLOG_NAME, ds_str(low), ds_str(high));
}

ds_predicate *blog_name_begins_with(const char *value) {
    return ds_pred_begins_with(BLOG_NAME, value);
}

ds_predicate *blog_name_contains(const char *value) {
    return ds_pred_contains(BLOG_NAME, ds_str(value));
}

ds_predicate *blog_name_not_contains(const char *value) {
    return ds_pred_not_contains(BLOG_NAME, ds_str(value));
}

ds_predicate *blog_created_at_eq(const char *value) {
    return ds_pred_eq(BLOG_CREATED_AT, ds_str(value));
}

ds_predicate *blog_created_at_ne(const char *value) {
    return ds_pred_ne(BLOG_CREATED_AT, ds_str(value));
}

ds_predicate *blog_created_at_lt(const char *value) {
    return ds_pred_lt(BLOG_CREATED_AT, ds_str(value));
}

ds_predicate *blog_created_at_le(const char *value) {
    return ds_pred_le(BLOG_CREATED_AT, ds_str(value));
}

ds_predicate *blog_created_at_gt(const char *value) {
    return ds_pred_gt(BLOG_CREATED_AT, ds_str(value));
}

ds_predicate *blog_created_at_ge(const char *value) {
    return ds_pred_ge(BLOG_CREATED_AT, ds_str(value));
}

ds_predicate *blog_created_at_between(const char *low, const char *high) {
    return ds_pred_between(BLOG_CREATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *blog_created_at_begins_with(const char *value) {
    return ds_pred_begins_with(BLOG_CREATED_AT, value);
}

ds_predicate *blog_created_at_contains(const char *value) {
    return ds_pred_contains(BLOG_CREATED_AT, ds_str(value));
}

ds_predicate *blog_created_at_not_contains(const char *value) {
    return ds_pred_not_contains(BLOG_CREATED_AT, ds_str(value));
}

ds_predicate *blog_created_at_is_null(void) {
    return ds_pred_eq(BLOG_CREATED_AT, ds_null());
}

ds_predicate *blog_created_at_is_not_null(void) {
    return ds_pred_ne(BLOG_CREATED_AT, ds_null());
}

ds_predicate *blog_updated_at_eq(const char *value) {
    return ds_pred_eq(BLOG_UPDATED_AT, ds_str(value));
}

ds_predicate *blog_updated_at_ne(const char *value) {
    return ds_pred_ne(BLOG_UPDATED_AT, ds_str(value));
}

ds_predicate *blog_updated_at_lt(const char *value) {
    return ds_pred_lt(BLOG_UPDATED_AT, ds_str(value));
}

ds_predicate *blog_updated_at_le(const char *value) {
    return ds_pred_le(BLOG_UPDATED_AT, ds_str(value));
}

ds_predicate *blog_updated_at_gt(const char *value) {
    return ds_pred_gt(BLOG_UPDATED_AT, ds_str(value));
}

ds_predicate *blog_updated_at_ge(const char *value) {
    return ds_pred_ge(BLOG_UPDATED_AT, ds_str(value));
}

ds_predicate *blog_updated_at_between(const char *low, const char *high) {
    return ds_pred_between(BLOG_UPDATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *blog_updated_at_begins_with(const char *value) {
    return ds_pred_begins_with(BLOG_UPDATED_AT, value);
}

ds_predicate *blog_updated_at_contains(const char *value) {
    return ds_pred_contains(BLOG_UPDATED_AT, ds_str(value));
}

ds_predicate *blog_updated_at_not_contains(const char *value) {
    return ds_pred_not_contains(BLOG_UPDATED_AT, ds_str(value));
}

ds_predicate *blog_updated_at_is_null(void) {
    return ds_pred_eq(BLOG_UPDATED_AT, ds_null());
}

ds_predicate *blog_updated_at_is_not_null(void) {
    return ds_pred_ne(BLOG_UPDATED_AT, ds_null());
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
    free(value->content);
    free(value->blog_id);
    free(value->created_at);
    free(value->updated_at);
    memset(value, 0, sizeof *value);
}

ds_status post_copy(Post *out, const Post *src, ds_error *err) {
    ds_status rc = DS_OK;
    *out = *src;
    out->id = NULL;
    out->title = NULL;
    out->content = NULL;
    out->blog_id = NULL;
    out->created_at = NULL;
    out->updated_at = NULL;
    if ((rc = copy_string(&out->id, src->id, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->title, src->title, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->content, src->content, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->blog_id, src->blog_id, err)) != DS_OK)
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
    if ((rc = put(r, "content", ds_str(value->content), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "blogID", ds_str(value->blog_id), err)) != DS_OK)
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
    if ((rc = get(record, "content", &val, err)) != DS_OK ||
        (rc = take_string(&out->content, &val, "Post.content", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "blogID", &val, err)) != DS_OK ||
        (rc = take_string(&out->blog_id, &val, "Post.blogID", err)) != DS_OK)
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

ds_status post_load_blog(ds_store *store, const Post *value, Blog *out, ds_error *err) {
    ds_record *r = NULL;
    ds_result *res = NULL;
    ds_status rc;
    blog_init(out);
    if ((rc = post_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK ||
        (rc = ds_load_related(store, r, "blog", &res, err)) != DS_OK)
        goto done;
    if (ds_result_count(res) == 0)
        rc = fail(err, DS_ERR_NOTFOUND, "Post.blog", "no related Blog stored");
    else
        rc = blog_from_record(out, ds_result_at(res, 0), err);
done:
    ds_result_free(res);
    ds_record_free(r);
    return rc;
}

ds_status post_load_comments(ds_store *store, const Post *value, CommentList *out, ds_error *err) {
    ds_record *r = NULL;
    ds_result *res = NULL;
    ds_status rc;
    out->items = NULL;
    out->count = 0;
    if ((rc = post_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK ||
        (rc = ds_load_related(store, r, "comments", &res, err)) != DS_OK)
        goto done;
    rc = comment_list_from_result(out, res, err);
done:
    ds_result_free(res);
    ds_record_free(r);
    return rc;
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

ds_predicate *post_content_eq(const char *value) {
    return ds_pred_eq(POST_CONTENT, ds_str(value));
}

ds_predicate *post_content_ne(const char *value) {
    return ds_pred_ne(POST_CONTENT, ds_str(value));
}

ds_predicate *post_content_lt(const char *value) {
    return ds_pred_lt(POST_CONTENT, ds_str(value));
}

ds_predicate *post_content_le(const char *value) {
    return ds_pred_le(POST_CONTENT, ds_str(value));
}

ds_predicate *post_content_gt(const char *value) {
    return ds_pred_gt(POST_CONTENT, ds_str(value));
}

ds_predicate *post_content_ge(const char *value) {
    return ds_pred_ge(POST_CONTENT, ds_str(value));
}

ds_predicate *post_content_between(const char *low, const char *high) {
    return ds_pred_between(POST_CONTENT, ds_str(low), ds_str(high));
}

ds_predicate *post_content_begins_with(const char *value) {
    return ds_pred_begins_with(POST_CONTENT, value);
}

ds_predicate *post_content_contains(const char *value) {
    return ds_pred_contains(POST_CONTENT, ds_str(value));
}

ds_predicate *post_content_not_contains(const char *value) {
    return ds_pred_not_contains(POST_CONTENT, ds_str(value));
}

ds_predicate *post_content_is_null(void) {
    return ds_pred_eq(POST_CONTENT, ds_null());
}

ds_predicate *post_content_is_not_null(void) {
    return ds_pred_ne(POST_CONTENT, ds_null());
}

ds_predicate *post_blog_id_eq(const char *value) {
    return ds_pred_eq(POST_BLOG_ID, ds_str(value));
}

ds_predicate *post_blog_id_ne(const char *value) {
    return ds_pred_ne(POST_BLOG_ID, ds_str(value));
}

ds_predicate *post_blog_id_lt(const char *value) {
    return ds_pred_lt(POST_BLOG_ID, ds_str(value));
}

ds_predicate *post_blog_id_le(const char *value) {
    return ds_pred_le(POST_BLOG_ID, ds_str(value));
}

ds_predicate *post_blog_id_gt(const char *value) {
    return ds_pred_gt(POST_BLOG_ID, ds_str(value));
}

ds_predicate *post_blog_id_ge(const char *value) {
    return ds_pred_ge(POST_BLOG_ID, ds_str(value));
}

ds_predicate *post_blog_id_between(const char *low, const char *high) {
    return ds_pred_between(POST_BLOG_ID, ds_str(low), ds_str(high));
}

ds_predicate *post_blog_id_begins_with(const char *value) {
    return ds_pred_begins_with(POST_BLOG_ID, value);
}

ds_predicate *post_blog_id_contains(const char *value) {
    return ds_pred_contains(POST_BLOG_ID, ds_str(value));
}

ds_predicate *post_blog_id_not_contains(const char *value) {
    return ds_pred_not_contains(POST_BLOG_ID, ds_str(value));
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

/* ---- model Comment ---- */

void comment_init(Comment *value) {
    if (value)
        memset(value, 0, sizeof *value);
}

void comment_free(Comment *value) {
    if (!value)
        return;
    free(value->id);
    free(value->post_id);
    free(value->content);
    free(value->created_at);
    free(value->updated_at);
    memset(value, 0, sizeof *value);
}

ds_status comment_copy(Comment *out, const Comment *src, ds_error *err) {
    ds_status rc = DS_OK;
    *out = *src;
    out->id = NULL;
    out->post_id = NULL;
    out->content = NULL;
    out->created_at = NULL;
    out->updated_at = NULL;
    if ((rc = copy_string(&out->id, src->id, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->post_id, src->post_id, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->content, src->content, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->created_at, src->created_at, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->updated_at, src->updated_at, err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        comment_free(out);
    return rc;
}

ds_status comment_to_record(ds_record **out, const ds_schema *schema, const Comment *value, ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    *out = NULL;
    if (!schema && !(schema = models_schema()))
        return nomem(err);
    if ((rc = ds_record_new(&r, schema, "Comment", err)) != DS_OK)
        return rc;
    if (value->id && (rc = put(r, "id", ds_str(value->id), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "postID", ds_str(value->post_id), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "content", ds_str(value->content), err)) != DS_OK)
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

ds_status comment_from_record(Comment *out, const ds_record *record, ds_error *err) {
    ds_value val;
    ds_status rc;
    comment_init(out);
    if ((rc = check_model(record, "Comment", err)) != DS_OK)
        return rc;
    if ((rc = get(record, "id", &val, err)) != DS_OK ||
        (rc = take_string(&out->id, &val, "Comment.id", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "postID", &val, err)) != DS_OK ||
        (rc = take_string(&out->post_id, &val, "Comment.postID", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "content", &val, err)) != DS_OK ||
        (rc = take_string(&out->content, &val, "Comment.content", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "createdAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->created_at, &val, "Comment.createdAt", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "updatedAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->updated_at, &val, "Comment.updatedAt", err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        comment_free(out);
    return rc;
}

ds_status comment_save(ds_store *store, Comment *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    Comment saved;
    ds_status rc;
    if ((rc = comment_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    if ((rc = ds_save(store, r, condition, err)) == DS_OK &&
        (rc = comment_from_record(&saved, r, err)) == DS_OK) {
        comment_free(value);
        *value = saved;
    }
    ds_record_free(r);
    return rc;
}

ds_status comment_get(ds_store *store, const char *id, Comment *out, ds_error *err) {
    ds_record *key = NULL, *found = NULL;
    ds_status rc;
    comment_init(out);
    if ((rc = ds_record_new(&key, store ? ds_store_schema(store) : NULL, "Comment", err)) != DS_OK)
        goto done;
    if ((rc = put(key, "id", ds_str(id), err)) != DS_OK)
        goto done;
    if ((rc = ds_get(store, key, &found, err)) != DS_OK)
        goto done;
    rc = comment_from_record(out, found, err);
done:
    ds_record_free(found);
    ds_record_free(key);
    return rc;
}

ds_status comment_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    CommentList *out, ds_error *err) {
    ds_result *res = NULL;
    ds_status rc;
    out->items = NULL;
    out->count = 0;
    if ((rc = ds_query(store, "Comment", where, opts, &res, err)) != DS_OK)
        return rc;
    rc = comment_list_from_result(out, res, err);
    ds_result_free(res);
    return rc;
}

void comment_list_free(CommentList *list) {
    if (!list)
        return;
    for (size_t i = 0; list->items && i < list->count; i++)
        comment_free(&list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}

ds_status comment_delete(ds_store *store, const Comment *value, const ds_predicate *condition,
    ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    if ((rc = comment_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    rc = ds_delete(store, r, condition, err);
    ds_record_free(r);
    return rc;
}

ds_status comment_observe(ds_store *store, const ds_predicate *where, comment_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err) {
    models_subscription *sub;
    ds_status rc;
    *out = NULL;
    if (!fn)
        return fail(err, DS_ERR_INVALID, "comment_observe", "fn is NULL");
    if (!(sub = calloc(1, sizeof *sub)))
        return nomem(err);
    sub->fn.comment_observe = fn;
    sub->userdata = userdata;
    if ((rc = ds_observe(store, "Comment", where, comment_observed, sub, &sub->sub, err)) != DS_OK) {
        free(sub);
        return rc;
    }
    *out = sub;
    return DS_OK;
}

ds_status comment_load_post(ds_store *store, const Comment *value, Post *out, ds_error *err) {
    ds_record *r = NULL;
    ds_result *res = NULL;
    ds_status rc;
    post_init(out);
    if ((rc = comment_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK ||
        (rc = ds_load_related(store, r, "post", &res, err)) != DS_OK)
        goto done;
    if (ds_result_count(res) == 0)
        rc = fail(err, DS_ERR_NOTFOUND, "Comment.post", "no related Post stored");
    else
        rc = post_from_record(out, ds_result_at(res, 0), err);
done:
    ds_result_free(res);
    ds_record_free(r);
    return rc;
}

ds_predicate *comment_id_eq(const char *value) {
    return ds_pred_eq(COMMENT_ID, ds_str(value));
}

ds_predicate *comment_id_ne(const char *value) {
    return ds_pred_ne(COMMENT_ID, ds_str(value));
}

ds_predicate *comment_id_lt(const char *value) {
    return ds_pred_lt(COMMENT_ID, ds_str(value));
}

ds_predicate *comment_id_le(const char *value) {
    return ds_pred_le(COMMENT_ID, ds_str(value));
}

ds_predicate *comment_id_gt(const char *value) {
    return ds_pred_gt(COMMENT_ID, ds_str(value));
}

ds_predicate *comment_id_ge(const char *value) {
    return ds_pred_ge(COMMENT_ID, ds_str(value));
}

ds_predicate *comment_id_between(const char *low, const char *high) {
    return ds_pred_between(COMMENT_ID, ds_str(low), ds_str(high));
}

ds_predicate *comment_id_begins_with(const char *value) {
    return ds_pred_begins_with(COMMENT_ID, value);
}

ds_predicate *comment_id_contains(const char *value) {
    return ds_pred_contains(COMMENT_ID, ds_str(value));
}

ds_predicate *comment_id_not_contains(const char *value) {
    return ds_pred_not_contains(COMMENT_ID, ds_str(value));
}

ds_predicate *comment_post_id_eq(const char *value) {
    return ds_pred_eq(COMMENT_POST_ID, ds_str(value));
}

ds_predicate *comment_post_id_ne(const char *value) {
    return ds_pred_ne(COMMENT_POST_ID, ds_str(value));
}

ds_predicate *comment_post_id_lt(const char *value) {
    return ds_pred_lt(COMMENT_POST_ID, ds_str(value));
}

ds_predicate *comment_post_id_le(const char *value) {
    return ds_pred_le(COMMENT_POST_ID, ds_str(value));
}

ds_predicate *comment_post_id_gt(const char *value) {
    return ds_pred_gt(COMMENT_POST_ID, ds_str(value));
}

ds_predicate *comment_post_id_ge(const char *value) {
    return ds_pred_ge(COMMENT_POST_ID, ds_str(value));
}

ds_predicate *comment_post_id_between(const char *low, const char *high) {
    return ds_pred_between(COMMENT_POST_ID, ds_str(low), ds_str(high));
}

ds_predicate *comment_post_id_begins_with(const char *value) {
    return ds_pred_begins_with(COMMENT_POST_ID, value);
}

ds_predicate *comment_post_id_contains(const char *value) {
    return ds_pred_contains(COMMENT_POST_ID, ds_str(value));
}

ds_predicate *comment_post_id_not_contains(const char *value) {
    return ds_pred_not_contains(COMMENT_POST_ID, ds_str(value));
}

ds_predicate *comment_content_eq(const char *value) {
    return ds_pred_eq(COMMENT_CONTENT, ds_str(value));
}

ds_predicate *comment_content_ne(const char *value) {
    return ds_pred_ne(COMMENT_CONTENT, ds_str(value));
}

ds_predicate *comment_content_lt(const char *value) {
    return ds_pred_lt(COMMENT_CONTENT, ds_str(value));
}

ds_predicate *comment_content_le(const char *value) {
    return ds_pred_le(COMMENT_CONTENT, ds_str(value));
}

ds_predicate *comment_content_gt(const char *value) {
    return ds_pred_gt(COMMENT_CONTENT, ds_str(value));
}

ds_predicate *comment_content_ge(const char *value) {
    return ds_pred_ge(COMMENT_CONTENT, ds_str(value));
}

ds_predicate *comment_content_between(const char *low, const char *high) {
    return ds_pred_between(COMMENT_CONTENT, ds_str(low), ds_str(high));
}

ds_predicate *comment_content_begins_with(const char *value) {
    return ds_pred_begins_with(COMMENT_CONTENT, value);
}

ds_predicate *comment_content_contains(const char *value) {
    return ds_pred_contains(COMMENT_CONTENT, ds_str(value));
}

ds_predicate *comment_content_not_contains(const char *value) {
    return ds_pred_not_contains(COMMENT_CONTENT, ds_str(value));
}

ds_predicate *comment_created_at_eq(const char *value) {
    return ds_pred_eq(COMMENT_CREATED_AT, ds_str(value));
}

ds_predicate *comment_created_at_ne(const char *value) {
    return ds_pred_ne(COMMENT_CREATED_AT, ds_str(value));
}

ds_predicate *comment_created_at_lt(const char *value) {
    return ds_pred_lt(COMMENT_CREATED_AT, ds_str(value));
}

ds_predicate *comment_created_at_le(const char *value) {
    return ds_pred_le(COMMENT_CREATED_AT, ds_str(value));
}

ds_predicate *comment_created_at_gt(const char *value) {
    return ds_pred_gt(COMMENT_CREATED_AT, ds_str(value));
}

ds_predicate *comment_created_at_ge(const char *value) {
    return ds_pred_ge(COMMENT_CREATED_AT, ds_str(value));
}

ds_predicate *comment_created_at_between(const char *low, const char *high) {
    return ds_pred_between(COMMENT_CREATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *comment_created_at_begins_with(const char *value) {
    return ds_pred_begins_with(COMMENT_CREATED_AT, value);
}

ds_predicate *comment_created_at_contains(const char *value) {
    return ds_pred_contains(COMMENT_CREATED_AT, ds_str(value));
}

ds_predicate *comment_created_at_not_contains(const char *value) {
    return ds_pred_not_contains(COMMENT_CREATED_AT, ds_str(value));
}

ds_predicate *comment_created_at_is_null(void) {
    return ds_pred_eq(COMMENT_CREATED_AT, ds_null());
}

ds_predicate *comment_created_at_is_not_null(void) {
    return ds_pred_ne(COMMENT_CREATED_AT, ds_null());
}

ds_predicate *comment_updated_at_eq(const char *value) {
    return ds_pred_eq(COMMENT_UPDATED_AT, ds_str(value));
}

ds_predicate *comment_updated_at_ne(const char *value) {
    return ds_pred_ne(COMMENT_UPDATED_AT, ds_str(value));
}

ds_predicate *comment_updated_at_lt(const char *value) {
    return ds_pred_lt(COMMENT_UPDATED_AT, ds_str(value));
}

ds_predicate *comment_updated_at_le(const char *value) {
    return ds_pred_le(COMMENT_UPDATED_AT, ds_str(value));
}

ds_predicate *comment_updated_at_gt(const char *value) {
    return ds_pred_gt(COMMENT_UPDATED_AT, ds_str(value));
}

ds_predicate *comment_updated_at_ge(const char *value) {
    return ds_pred_ge(COMMENT_UPDATED_AT, ds_str(value));
}

ds_predicate *comment_updated_at_between(const char *low, const char *high) {
    return ds_pred_between(COMMENT_UPDATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *comment_updated_at_begins_with(const char *value) {
    return ds_pred_begins_with(COMMENT_UPDATED_AT, value);
}

ds_predicate *comment_updated_at_contains(const char *value) {
    return ds_pred_contains(COMMENT_UPDATED_AT, ds_str(value));
}

ds_predicate *comment_updated_at_not_contains(const char *value) {
    return ds_pred_not_contains(COMMENT_UPDATED_AT, ds_str(value));
}

ds_predicate *comment_updated_at_is_null(void) {
    return ds_pred_eq(COMMENT_UPDATED_AT, ds_null());
}

ds_predicate *comment_updated_at_is_not_null(void) {
    return ds_pred_ne(COMMENT_UPDATED_AT, ds_null());
}
