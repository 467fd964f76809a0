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

typedef struct Post Post;
typedef struct PostList PostList;

/* ==== enum PostStatus ==== */

typedef enum PostStatus {
    POST_STATUS_ACTIVE, /* ACTIVE */
    POST_STATUS_INACTIVE /* INACTIVE */
} PostStatus;

/* The GraphQL name of a value ("ACTIVE"); NULL for a value out of range. */
const char *post_status_to_string(PostStatus value);
/* Stores the value named s (exactly, case-sensitive) in *out; false when s
 * names none. */
bool post_status_from_string(PostStatus *out, const char *s);

/* ==== model Post ==== */

/* Field names, for predicates and sort strings: ds_pred_eq(POST_ID, ...),
 * opts.sort = POST_ID " desc". */
#define POST_ID "id"
#define POST_TITLE "title"
#define POST_RATING "rating"
#define POST_STATUS "status"
#define POST_CREATED_AT "createdAt"
#define POST_UPDATED_AT "updatedAt"

struct Post {
    char *id;          /* ID!, primary key; NULL on a new record: generated when saved */
    char *title;       /* String! */
    int32_t rating;    /* Int! */
    PostStatus status; /* PostStatus! */
    char *created_at;  /* AWSDateTime, read-only: set by the service */
    char *updated_at;  /* AWSDateTime, read-only: set by the service */
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
ds_predicate *post_rating_eq(int32_t value);
ds_predicate *post_rating_ne(int32_t value);
ds_predicate *post_rating_lt(int32_t value);
ds_predicate *post_rating_le(int32_t value);
ds_predicate *post_rating_gt(int32_t value);
ds_predicate *post_rating_ge(int32_t value);
ds_predicate *post_rating_between(int32_t low, int32_t high);
ds_predicate *post_status_eq(PostStatus value);
ds_predicate *post_status_ne(PostStatus value);
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

#ifdef __cplusplus
}
#endif

#endif /* MODELS_H */
