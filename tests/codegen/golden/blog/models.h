/*
 * models.h -- generated from schema.graphql by `datastore codegen`; do not edit.
 *
 * Typed C models for the schema, built on libdatastore's public API
 * (datastore/datastore.h); models.c holds the code and the schema itself.
 * docs/codegen.md in libdatastore tells the whole story.
 *
 * Types. ID, String, AWSDate, AWSTime, AWSDateTime, AWSEmail, AWSURL,
 * AWSPhone, AWSIPAddress -> char * (formats are checked when saved);
 * AWSJSON -> char * holding JSON text; Int -> int32_t; AWSTimestamp ->
 * int64_t (seconds); Float -> double; Boolean -> bool; an enum -> its C
 * enum; an embedded (non-model) type -> its struct, by value; a list ->
 * a pointer to its items and a <member>_count. Relationship fields are
 * not members: their foreign keys are, and <model>_load_<field>() reads
 * the related records.
 *
 * Null. A value that may be null and has no null of its own (numbers,
 * booleans, enums, embedded structs, lists) follows a `bool has_<member>`
 * flag: false means null, and the value is then ignored. A string is null
 * when NULL. List items that may be null are {bool has; T value;} structs
 * (ds_opt_int32, ds_opt_int64, ds_opt_double, ds_opt_bool, <Type>Opt).
 * A null where the schema requires a value (only in records never
 * validated) reads as zero.
 *
 * Ownership. A struct owns every pointer in it: strings and arrays are
 * malloc()'d (strdup() a literal) and freed by <type>_free(), which leaves
 * the struct as <type>_init() does; an all-zero struct is an initialised
 * one. Functions filling an out-parameter overwrite it without freeing
 * it, and leave it initialised on failure. <model>_save() replaces the
 * struct with the record as stored (generated id, timestamps).
 *
 * Functions. For each type: init, free, copy (deep), to_record (a new
 * ds_record of `schema`, or of models_schema() when NULL; values are checked
 * by ds_record_validate() when saved) and from_record. For each model:
 * save (insert or update), get (by primary key, one argument per key
 * field; DS_ERR_NOTFOUND when absent), query (predicate, sort, paging, as
 * ds_query()), delete (by the struct's key), observe (typed ds_observe()),
 * field-name constants and typed predicate builders, which return a new
 * ds_predicate (ds_pred_free()) or NULL when out of memory. Every
 * ds_status function fills err (may be NULL) on failure.
 *
 * Names. Types keep their GraphQL names; functions and members are
 * lower_snake_case, constants and enum values UPPER_SNAKE_CASE. A name C
 * or C++ reserves gets a trailing "_" (a field `default` is the member
 * `default_`); a name already taken gets "_2", "_3", ..., the schema's own
 * names first, derived ones (list types, functions, flags) after them.
 *
 * Threads. Functions may be called from any thread (a struct is plain
 * data: guard one shared between threads). Observer callbacks run on the
 * store's dispatcher thread, as datastore.h says; the struct they get is
 * valid until the callback returns.
 */
#ifndef MODELS_H
#define MODELS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <datastore/codegen.h>
#include <datastore/datastore.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The schema these models come from, parsed once (thread-safe) from the
 * text embedded in models.c. Open a store with it:
 *     ds_open(&store, path, models_schema(), NULL, &err);
 * Borrowed for the life of the process; NULL only when out of memory. */
const ds_schema *models_schema(void);

/* A subscription made by one of the *_observe() functions. */
typedef struct models_subscription models_subscription;

/* Stops the subscription as ds_unobserve() does, then frees it. NULL is
 * allowed. */
void models_unobserve(models_subscription *sub);

typedef struct Blog Blog;
typedef struct BlogList BlogList;
typedef struct Post Post;
typedef struct PostList PostList;
typedef struct Comment Comment;
typedef struct CommentList CommentList;

/* ==== model Blog ==== */

/* Field names, for predicates and sort strings: ds_pred_eq(BLOG_ID, ...),
 * opts.sort = BLOG_ID " desc". */
#define BLOG_ID "id"
#define BLOG_NAME "name"
#define BLOG_CREATED_AT "createdAt"
#define BLOG_UPDATED_AT "updatedAt"

struct Blog {
    char *id;         /* ID!, primary key; NULL on a new record: generated when saved */
    char *name;       /* String! */
    char *created_at; /* AWSDateTime, read-only: set by the service */
    char *updated_at; /* AWSDateTime, read-only: set by the service */
};

/* A list of Blog records; free with blog_list_free(). */
struct BlogList {
    Blog *items;
    size_t count;
};

/* Called for each committed change to a matching Blog; value is the record
 * after the write (the deleted one for DS_DELETE), valid during the call,
 * or NULL when it could not be converted (out of memory). */
typedef void (*blog_observe_fn)(const ds_change *change, const Blog *value, void *userdata);

void blog_init(Blog *value);
void blog_free(Blog *value);
ds_status blog_copy(Blog *out, const Blog *src, ds_error *err);
ds_status blog_to_record(ds_record **out, const ds_schema *schema, const Blog *value, ds_error *err);
ds_status blog_from_record(Blog *out, const ds_record *record, ds_error *err);
ds_status blog_save(ds_store *store, Blog *value, const ds_predicate *condition, ds_error *err);
ds_status blog_get(ds_store *store, const char *id, Blog *out, ds_error *err);
ds_status blog_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts, BlogList *out,
    ds_error *err);
void blog_list_free(BlogList *list);
ds_status blog_delete(ds_store *store, const Blog *value, const ds_predicate *condition, ds_error *err);
ds_status blog_observe(ds_store *store, const ds_predicate *where, blog_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err);

/* Related records, read from the local store by ds_load_related(); a to-one
 * loader gives DS_ERR_NOTFOUND when there is none. */
ds_status blog_load_posts(ds_store *store, const Blog *value, PostList *out, ds_error *err);

/* Predicates on Blog's fields. */
ds_predicate *blog_id_eq(const char *value);
ds_predicate *blog_id_ne(const char *value);
ds_predicate *blog_id_lt(const char *value);
ds_predicate *blog_id_le(const char *value);
ds_predicate *blog_id_gt(const char *value);
ds_predicate *blog_id_ge(const char *value);
ds_predicate *blog_id_between(const char *low, const char *high);
ds_predicate *blog_id_begins_with(const char *value);
ds_predicate *blog_id_contains(const char *value);
ds_predicate *blog_id_not_contains(const char *value);
ds_predicate *blog_name_eq(const char *value);
ds_predicate *blog_name_ne(const char *value);
ds_predicate *blog_name_lt(const char *value);
ds_predicate *blog_name_le(const char *value);
ds_predicate *blog_name_gt(const char *value);
ds_predicate *blog_name_ge(const char *value);
ds_predicate *blog_name_between(const char *low, const char *high);
ds_predicate *blog_name_begins_with(const char *value);
ds_predicate *blog_name_contains(const char *value);
ds_predicate *blog_name_not_contains(const char *value);
ds_predicate *blog_created_at_eq(const char *value);
ds_predicate *blog_created_at_ne(const char *value);
ds_predicate *blog_created_at_lt(const char *value);
ds_predicate *blog_created_at_le(const char *value);
ds_predicate *blog_created_at_gt(const char *value);
ds_predicate *blog_created_at_ge(const char *value);
ds_predicate *blog_created_at_between(const char *low, const char *high);
ds_predicate *blog_created_at_begins_with(const char *value);
ds_predicate *blog_created_at_contains(const char *value);
ds_predicate *blog_created_at_not_contains(const char *value);
ds_predicate *blog_created_at_is_null(void);
ds_predicate *blog_created_at_is_not_null(void);
ds_predicate *blog_updated_at_eq(const char *value);
ds_predicate *blog_updated_at_ne(const char *value);
ds_predicate *blog_updated_at_lt(const char *value);
ds_predicate *blog_updated_at_le(const char *value);
ds_predicate *blog_updated_at_gt(const char *value);
ds_predicate *blog_updated_at_ge(const char *value);
ds_predicate *blog_updated_at_between(const char *low, const char *high);
ds_predicate *blog_updated_at_begins_with(const char *value);
ds_predicate *blog_updated_at_contains(const char *value);
ds_predicate *blog_updated_at_not_contains(const char *value);
ds_predicate *blog_updated_at_is_null(void);
ds_predicate *blog_updated_at_is_not_null(void);

/* ==== model Post ==== */

/* Field names, for predicates and sort strings: ds_pred_eq(POST_ID, ...),
 * opts.sort = POST_ID " desc". */
#define POST_ID "id"
#define POST_TITLE "title"
#define POST_CONTENT "content"
#define POST_BLOG_ID "blogID"
#define POST_CREATED_AT "createdAt"
#define POST_UPDATED_AT "updatedAt"

struct Post {
    char *id;         /* ID!, primary key; NULL on a new record: generated when saved */
    char *title;      /* String! */
    char *content;    /* String */
    char *blog_id;    /* ID! */
    char *created_at; /* AWSDateTime, read-only: set by the service */
    char *updated_at; /* AWSDateTime, read-only: set by the service */
};

/* A list of Post records; free with post_list_free(). */
struct PostList {
    Post *items;
    size_t count;
};

/* Called for each committed change to a matching Post; value is the record
 * after the write (the deleted one for DS_DELETE), valid during the call,
 * or NULL when it could not be converted (out of memory). */
typedef void (*post_observe_fn)(const ds_change *change, const Post *value, void *userdata);

void post_init(Post *value);
void post_free(Post *value);
ds_status post_copy(Post *out, const Post *src, ds_error *err);
ds_status post_to_record(ds_record **out, const ds_schema *schema, const Post *value, ds_error *err);
ds_status post_from_record(Post *out, const ds_record *record, ds_error *err);
ds_status post_save(ds_store *store, Post *value, const ds_predicate *condition, ds_error *err);
ds_status post_get(ds_store *store, const char *id, Post *out, ds_error *err);
ds_status post_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts, PostList *out,
    ds_error *err);
void post_list_free(PostList *list);
ds_status post_delete(ds_store *store, const Post *value, const ds_predicate *condition, ds_error *err);
ds_status post_observe(ds_store *store, const ds_predicate *where, post_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err);

/* Related records, read from the local store by ds_load_related(); a to-one
 * loader gives DS_ERR_NOTFOUND when there is none. */
ds_status post_load_blog(ds_store *store, const Post *value, Blog *out, ds_error *err);
ds_status post_load_comments(ds_store *store, const Post *value, CommentList *out, ds_error *err);

/* Predicates on Post's fields. */
ds_predicate *post_id_eq(const char *value);
ds_predicate *post_id_ne(const char *value);
ds_predicate *post_id_lt(const char *value);
ds_predicate *post_id_le(const char *value);
ds_predicate *post_id_gt(const char *value);
ds_predicate *post_id_ge(const char *value);
ds_predicate *post_id_between(const char *low, const char *high);
ds_predicate *post_id_begins_with(const char *value);
ds_predicate *post_id_contains(const char *value);
ds_predicate *post_id_not_contains(const char *value);
ds_predicate *post_title_eq(const char *value);
ds_predicate *post_title_ne(const char *value);
ds_predicate *post_title_lt(const char *value);
ds_predicate *post_title_le(const char *value);
ds_predicate *post_title_gt(const char *value);
ds_predicate *post_title_ge(const char *value);
ds_predicate *post_title_between(const char *low, const char *high);
ds_predicate *post_title_begins_with(const char *value);
ds_predicate *post_title_contains(const char *value);
ds_predicate *post_title_not_contains(const char *value);
ds_predicate *post_content_eq(const char *value);
ds_predicate *post_content_ne(const char *value);
ds_predicate *post_content_lt(const char *value);
ds_predicate *post_content_le(const char *value);
ds_predicate *post_content_gt(const char *value);
ds_predicate *post_content_ge(const char *value);
ds_predicate *post_content_between(const char *low, const char *high);
ds_predicate *post_content_begins_with(const char *value);
ds_predicate *post_content_contains(const char *value);
ds_predicate *post_content_not_contains(const char *value);
ds_predicate *post_content_is_null(void);
ds_predicate *post_content_is_not_null(void);
ds_predicate *post_blog_id_eq(const char *value);
ds_predicate *post_blog_id_ne(const char *value);
ds_predicate *post_blog_id_lt(const char *value);
ds_predicate *post_blog_id_le(const char *value);
ds_predicate *post_blog_id_gt(const char *value);
ds_predicate *post_blog_id_ge(const char *value);
ds_predicate *post_blog_id_between(const char *low, const char *high);
ds_predicate *post_blog_id_begins_with(const char *value);
ds_predicate *post_blog_id_contains(const char *value);
ds_predicate *post_blog_id_not_contains(const char *value);
ds_predicate *post_created_at_eq(const char *value);
ds_predicate *post_created_at_ne(const char *value);
ds_predicate *post_created_at_lt(const char *value);
ds_predicate *post_created_at_le(const char *value);
ds_predicate *post_created_at_gt(const char *value);
ds_predicate *post_created_at_ge(const char *value);
ds_predicate *post_created_at_between(const char *low, const char *high);
ds_predicate *post_created_at_begins_with(const char *value);
ds_predicate *post_created_at_contains(const char *value);
ds_predicate *post_created_at_not_contains(const char *value);
ds_predicate *post_created_at_is_null(void);
ds_predicate *post_created_at_is_not_null(void);
ds_predicate *post_updated_at_eq(const char *value);
ds_predicate *post_updated_at_ne(const char *value);
ds_predicate *post_updated_at_lt(const char *value);
ds_predicate *post_updated_at_le(const char *value);
ds_predicate *post_updated_at_gt(const char *value);
ds_predicate *post_updated_at_ge(const char *value);
ds_predicate *post_updated_at_between(const char *low, const char *high);
ds_predicate *post_updated_at_begins_with(const char *value);
ds_predicate *post_updated_at_contains(const char *value);
ds_predicate *post_updated_at_not_contains(const char *value);
ds_predicate *post_updated_at_is_null(void);
ds_predicate *post_updated_at_is_not_null(void);

/* ==== model Comment ==== */

/* Field names, for predicates and sort strings: ds_pred_eq(COMMENT_ID, ...),
 * opts.sort = COMMENT_ID " desc". */
#define COMMENT_ID "id"
#define COMMENT_POST_ID "postID"
#define COMMENT_CONTENT "content"
#define COMMENT_CREATED_AT "createdAt"
#define COMMENT_UPDATED_AT "updatedAt"

struct Comment {
    char *id;         /* ID!, primary key; NULL on a new record: generated when saved */
    char *post_id;    /* ID! */
    char *content;    /* String! */
    char *created_at; /* AWSDateTime, read-only: set by the service */
    char *updated_at; /* AWSDateTime, read-only: set by the service */
};

/* A list of Comment records; free with comment_list_free(). */
struct CommentList {
    Comment *items;
    size_t count;
};

/* Called for each committed change to a matching Comment; value is the record
 * after the write (the deleted one for DS_DELETE), valid during the call,
 * or NULL when it could not be converted (out of memory). */
typedef void (*comment_observe_fn)(const ds_change *change, const Comment *value, void *userdata);

void comment_init(Comment *value);
void comment_free(Comment *value);
ds_status comment_copy(Comment *out, const Comment *src, ds_error *err);
ds_status comment_to_record(ds_record **out, const ds_schema *schema, const Comment *value, ds_error *err);
ds_status comment_from_record(Comment *out, const ds_record *record, ds_error *err);
ds_status comment_save(ds_store *store, Comment *value, const ds_predicate *condition, ds_error *err);
ds_status comment_get(ds_store *store, const char *id, Comment *out, ds_error *err);
ds_status comment_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    CommentList *out, ds_error *err);
void comment_list_free(CommentList *list);
ds_status comment_delete(ds_store *store, const Comment *value, const ds_predicate *condition, ds_error *err);
ds_status comment_observe(ds_store *store, const ds_predicate *where, comment_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err);

/* Related records, read from the local store by ds_load_related(); a to-one
 * loader gives DS_ERR_NOTFOUND when there is none. */
ds_status comment_load_post(ds_store *store, const Comment *value, Post *out, ds_error *err);

/* Predicates on Comment's fields. */
ds_predicate *comment_id_eq(const char *value);
ds_predicate *comment_id_ne(const char *value);
ds_predicate *comment_id_lt(const char *value);
ds_predicate *comment_id_le(const char *value);
ds_predicate *comment_id_gt(const char *value);
ds_predicate *comment_id_ge(const char *value);
ds_predicate *comment_id_between(const char *low, const char *high);
ds_predicate *comment_id_begins_with(const char *value);
ds_predicate *comment_id_contains(const char *value);
ds_predicate *comment_id_not_contains(const char *value);
ds_predicate *comment_post_id_eq(const char *value);
ds_predicate *comment_post_id_ne(const char *value);
ds_predicate *comment_post_id_lt(const char *value);
ds_predicate *comment_post_id_le(const char *value);
ds_predicate *comment_post_id_gt(const char *value);
ds_predicate *comment_post_id_ge(const char *value);
ds_predicate *comment_post_id_between(const char *low, const char *high);
ds_predicate *comment_post_id_begins_with(const char *value);
ds_predicate *comment_post_id_contains(const char *value);
ds_predicate *comment_post_id_not_contains(const char *value);
ds_predicate *comment_content_eq(const char *value);
ds_predicate *comment_content_ne(const char *value);
ds_predicate *comment_content_lt(const char *value);
ds_predicate *comment_content_le(const char *value);
ds_predicate *comment_content_gt(const char *value);
ds_predicate *comment_content_ge(const char *value);
ds_predicate *comment_content_between(const char *low, const char *high);
ds_predicate *comment_content_begins_with(const char *value);
ds_predicate *comment_content_contains(const char *value);
ds_predicate *comment_content_not_contains(const char *value);
ds_predicate *comment_created_at_eq(const char *value);
ds_predicate *comment_created_at_ne(const char *value);
ds_predicate *comment_created_at_lt(const char *value);
ds_predicate *comment_created_at_le(const char *value);
ds_predicate *comment_created_at_gt(const char *value);
ds_predicate *comment_created_at_ge(const char *value);
ds_predicate *comment_created_at_between(const char *low, const char *high);
ds_predicate *comment_created_at_begins_with(const char *value);
ds_predicate *comment_created_at_contains(const char *value);
ds_predicate *comment_created_at_not_contains(const char *value);
ds_predicate *comment_created_at_is_null(void);
ds_predicate *comment_created_at_is_not_null(void);
ds_predicate *comment_updated_at_eq(const char *value);
ds_predicate *comment_updated_at_ne(const char *value);
ds_predicate *comment_updated_at_lt(const char *value);
ds_predicate *comment_updated_at_le(const char *value);
ds_predicate *comment_updated_at_gt(const char *value);
ds_predicate *comment_updated_at_ge(const char *value);
ds_predicate *comment_updated_at_between(const char *low, const char *high);
ds_predicate *comment_updated_at_begins_with(const char *value);
ds_predicate *comment_updated_at_contains(const char *value);
ds_predicate *comment_updated_at_not_contains(const char *value);
ds_predicate *comment_updated_at_is_null(void);
ds_predicate *comment_updated_at_is_not_null(void);

#ifdef __cplusplus
}
#endif

#endif /* MODELS_H */
