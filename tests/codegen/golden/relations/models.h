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

typedef struct Project Project;
typedef struct ProjectList ProjectList;
typedef struct Team Team;
typedef struct TeamList TeamList;
typedef struct User User;
typedef struct UserList UserList;
typedef struct Profile Profile;
typedef struct ProfileList ProfileList;
typedef struct Album Album;
typedef struct AlbumList AlbumList;
typedef struct Photo Photo;
typedef struct PhotoList PhotoList;
typedef struct Post Post;
typedef struct PostList PostList;
typedef struct Tag Tag;
typedef struct TagList TagList;
typedef struct PostTags PostTags;
typedef struct PostTagsList PostTagsList;

/* ==== model Project ==== */

/* Field names, for predicates and sort strings: ds_pred_eq(PROJECT_ID, ...),
 * opts.sort = PROJECT_ID " desc". */
#define PROJECT_ID "id"
#define PROJECT_NAME "name"
#define PROJECT_CREATED_AT "createdAt"
#define PROJECT_UPDATED_AT "updatedAt"
#define PROJECT_PROJECT_TEAM_ID "projectTeamId"

struct Project {
    char *id;              /* ID!, primary key; NULL on a new record: generated when saved */
    char *name;            /* String */
    char *created_at;      /* AWSDateTime, read-only: set by the service */
    char *updated_at;      /* AWSDateTime, read-only: set by the service */
    char *project_team_id; /* ID */
};

/* A list of Project records; free with project_list_free(). */
struct ProjectList {
    Project *items;
    size_t count;
};

/* Called for each committed change to a matching Project; value is the record
 * after the write (the deleted one for DS_DELETE), valid during the call,
 * or NULL when it could not be converted (out of memory). */
typedef void (*project_observe_fn)(const ds_change *change, const Project *value, void *userdata);

void project_init(Project *value);
void project_free(Project *value);
ds_status project_copy(Project *out, const Project *src, ds_error *err);
ds_status project_to_record(ds_record **out, const ds_schema *schema, const Project *value, ds_error *err);
ds_status project_from_record(Project *out, const ds_record *record, ds_error *err);
ds_status project_save(ds_store *store, Project *value, const ds_predicate *condition, ds_error *err);
ds_status project_get(ds_store *store, const char *id, Project *out, ds_error *err);
ds_status project_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    ProjectList *out, ds_error *err);
void project_list_free(ProjectList *list);
ds_status project_delete(ds_store *store, const Project *value, const ds_predicate *condition, ds_error *err);
ds_status project_observe(ds_store *store, const ds_predicate *where, project_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err);

/* Related records, read from the local store by ds_load_related(); a to-one
 * loader gives DS_ERR_NOTFOUND when there is none. */
ds_status project_load_team(ds_store *store, const Project *value, Team *out, ds_error *err);

/* Predicates on Project's fields. */
ds_predicate *project_id_eq(const char *value);
ds_predicate *project_id_ne(const char *value);
ds_predicate *project_id_lt(const char *value);
ds_predicate *project_id_le(const char *value);
ds_predicate *project_id_gt(const char *value);
ds_predicate *project_id_ge(const char *value);
ds_predicate *project_id_between(const char *low, const char *high);
ds_predicate *project_id_begins_with(const char *value);
ds_predicate *project_id_contains(const char *value);
ds_predicate *project_id_not_contains(const char *value);
ds_predicate *project_name_eq(const char *value);
ds_predicate *project_name_ne(const char *value);
ds_predicate *project_name_lt(const char *value);
ds_predicate *project_name_le(const char *value);
ds_predicate *project_name_gt(const char *value);
ds_predicate *project_name_ge(const char *value);
ds_predicate *project_name_between(const char *low, const char *high);
ds_predicate *project_name_begins_with(const char *value);
ds_predicate *project_name_contains(const char *value);
ds_predicate *project_name_not_contains(const char *value);
ds_predicate *project_name_is_null(void);
ds_predicate *project_name_is_not_null(void);
ds_predicate *project_created_at_eq(const char *value);
ds_predicate *project_created_at_ne(const char *value);
ds_predicate *project_created_at_lt(const char *value);
ds_predicate *project_created_at_le(const char *value);
ds_predicate *project_created_at_gt(const char *value);
ds_predicate *project_created_at_ge(const char *value);
ds_predicate *project_created_at_between(const char *low, const char *high);
ds_predicate *project_created_at_begins_with(const char *value);
ds_predicate *project_created_at_contains(const char *value);
ds_predicate *project_created_at_not_contains(const char *value);
ds_predicate *project_created_at_is_null(void);
ds_predicate *project_created_at_is_not_null(void);
ds_predicate *project_updated_at_eq(const char *value);
ds_predicate *project_updated_at_ne(const char *value);
ds_predicate *project_updated_at_lt(const char *value);
ds_predicate *project_updated_at_le(const char *value);
ds_predicate *project_updated_at_gt(const char *value);
ds_predicate *project_updated_at_ge(const char *value);
ds_predicate *project_updated_at_between(const char *low, const char *high);
ds_predicate *project_updated_at_begins_with(const char *value);
ds_predicate *project_updated_at_contains(const char *value);
ds_predicate *project_updated_at_not_contains(const char *value);
ds_predicate *project_updated_at_is_null(void);
ds_predicate *project_updated_at_is_not_null(void);
ds_predicate *project_project_team_id_eq(const char *value);
ds_predicate *project_project_team_id_ne(const char *value);
ds_predicate *project_project_team_id_lt(const char *value);
ds_predicate *project_project_team_id_le(const char *value);
ds_predicate *project_project_team_id_gt(const char *value);
ds_predicate *project_project_team_id_ge(const char *value);
ds_predicate *project_project_team_id_between(const char *low, const char *high);
ds_predicate *project_project_team_id_begins_with(const char *value);
ds_predicate *project_project_team_id_contains(const char *value);
ds_predicate *project_project_team_id_not_contains(const char *value);
ds_predicate *project_project_team_id_is_null(void);
ds_predicate *project_project_team_id_is_not_null(void);

/* ==== model Team ==== */

/* Field names, for predicates and sort strings: ds_pred_eq(TEAM_ID, ...),
 * opts.sort = TEAM_ID " desc". */
#define TEAM_ID "id"
#define TEAM_NAME "name"
#define TEAM_CREATED_AT "createdAt"
#define TEAM_UPDATED_AT "updatedAt"
#define TEAM_TEAM_PROJECT_ID "teamProjectId"

struct Team {
    char *id;              /* ID!, primary key; NULL on a new record: generated when saved */
    char *name;            /* String! */
    char *created_at;      /* AWSDateTime, read-only: set by the service */
    char *updated_at;      /* AWSDateTime, read-only: set by the service */
    char *team_project_id; /* ID */
};

/* A list of Team records; free with team_list_free(). */
struct TeamList {
    Team *items;
    size_t count;
};

/* Called for each committed change to a matching Team; value is the record
 * after the write (the deleted one for DS_DELETE), valid during the call,
 * or NULL when it could not be converted (out of memory). */
typedef void (*team_observe_fn)(const ds_change *change, const Team *value, void *userdata);

void team_init(Team *value);
void team_free(Team *value);
ds_status team_copy(Team *out, const Team *src, ds_error *err);
ds_status team_to_record(ds_record **out, const ds_schema *schema, const Team *value, ds_error *err);
ds_status team_from_record(Team *out, const ds_record *record, ds_error *err);
ds_status team_save(ds_store *store, Team *value, const ds_predicate *condition, ds_error *err);
ds_status team_get(ds_store *store, const char *id, Team *out, ds_error *err);
ds_status team_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts, TeamList *out,
    ds_error *err);
void team_list_free(TeamList *list);
ds_status team_delete(ds_store *store, const Team *value, const ds_predicate *condition, ds_error *err);
ds_status team_observe(ds_store *store, const ds_predicate *where, team_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err);

/* Related records, read from the local store by ds_load_related(); a to-one
 * loader gives DS_ERR_NOTFOUND when there is none. */
ds_status team_load_project(ds_store *store, const Team *value, Project *out, ds_error *err);

/* Predicates on Team's fields. */
ds_predicate *team_id_eq(const char *value);
ds_predicate *team_id_ne(const char *value);
ds_predicate *team_id_lt(const char *value);
ds_predicate *team_id_le(const char *value);
ds_predicate *team_id_gt(const char *value);
ds_predicate *team_id_ge(const char *value);
ds_predicate *team_id_between(const char *low, const char *high);
ds_predicate *team_id_begins_with(const char *value);
ds_predicate *team_id_contains(const char *value);
ds_predicate *team_id_not_contains(const char *value);
ds_predicate *team_name_eq(const char *value);
ds_predicate *team_name_ne(const char *value);
ds_predicate *team_name_lt(const char *value);
ds_predicate *team_name_le(const char *value);
ds_predicate *team_name_gt(const char *value);
ds_predicate *team_name_ge(const char *value);
ds_predicate *team_name_between(const char *low, const char *high);
ds_predicate *team_name_begins_with(const char *value);
ds_predicate *team_name_contains(const char *value);
ds_predicate *team_name_not_contains(const char *value);
ds_predicate *team_created_at_eq(const char *value);
ds_predicate *team_created_at_ne(const char *value);
ds_predicate *team_created_at_lt(const char *value);
ds_predicate *team_created_at_le(const char *value);
ds_predicate *team_created_at_gt(const char *value);
ds_predicate *team_created_at_ge(const char *value);
ds_predicate *team_created_at_between(const char *low, const char *high);
ds_predicate *team_created_at_begins_with(const char *value);
ds_predicate *team_created_at_contains(const char *value);
ds_predicate *team_created_at_not_contains(const char *value);
ds_predicate *team_created_at_is_null(void);
ds_predicate *team_created_at_is_not_null(void);
ds_predicate *team_updated_at_eq(const char *value);
ds_predicate *team_updated_at_ne(const char *value);
ds_predicate *team_updated_at_lt(const char *value);
ds_predicate *team_updated_at_le(const char *value);
ds_predicate *team_updated_at_gt(const char *value);
ds_predicate *team_updated_at_ge(const char *value);
ds_predicate *team_updated_at_between(const char *low, const char *high);
ds_predicate *team_updated_at_begins_with(const char *value);
ds_predicate *team_updated_at_contains(const char *value);
ds_predicate *team_updated_at_not_contains(const char *value);
ds_predicate *team_updated_at_is_null(void);
ds_predicate *team_updated_at_is_not_null(void);
ds_predicate *team_team_project_id_eq(const char *value);
ds_predicate *team_team_project_id_ne(const char *value);
ds_predicate *team_team_project_id_lt(const char *value);
ds_predicate *team_team_project_id_le(const char *value);
ds_predicate *team_team_project_id_gt(const char *value);
ds_predicate *team_team_project_id_ge(const char *value);
ds_predicate *team_team_project_id_between(const char *low, const char *high);
ds_predicate *team_team_project_id_begins_with(const char *value);
ds_predicate *team_team_project_id_contains(const char *value);
ds_predicate *team_team_project_id_not_contains(const char *value);
ds_predicate *team_team_project_id_is_null(void);
ds_predicate *team_team_project_id_is_not_null(void);

/* ==== model User ==== */

/* Field names, for predicates and sort strings: ds_pred_eq(USER_ID, ...),
 * opts.sort = USER_ID " desc". */
#define USER_ID "id"
#define USER_USERNAME "username"
#define USER_PROFILE_ID "profileID"
#define USER_CREATED_AT "createdAt"
#define USER_UPDATED_AT "updatedAt"

struct User {
    char *id;         /* ID!, primary key; NULL on a new record: generated when saved */
    char *username;   /* String! */
    char *profile_id; /* ID */
    char *created_at; /* AWSDateTime, read-only: set by the service */
    char *updated_at; /* AWSDateTime, read-only: set by the service */
};

/* A list of User records; free with user_list_free(). */
struct UserList {
    User *items;
    size_t count;
};

/* Called for each committed change to a matching User; value is the record
 * after the write (the deleted one for DS_DELETE), valid during the call,
 * or NULL when it could not be converted (out of memory). */
typedef void (*user_observe_fn)(const ds_change *change, const User *value, void *userdata);

void user_init(User *value);
void user_free(User *value);
ds_status user_copy(User *out, const User *src, ds_error *err);
ds_status user_to_record(ds_record **out, const ds_schema *schema, const User *value, ds_error *err);
ds_status user_from_record(User *out, const ds_record *record, ds_error *err);
ds_status user_save(ds_store *store, User *value, const ds_predicate *condition, ds_error *err);
ds_status user_get(ds_store *store, const char *id, User *out, ds_error *err);
ds_status user_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts, UserList *out,
    ds_error *err);
void user_list_free(UserList *list);
ds_status user_delete(ds_store *store, const User *value, const ds_predicate *condition, ds_error *err);
ds_status user_observe(ds_store *store, const ds_predicate *where, user_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err);

/* Related records, read from the local store by ds_load_related(); a to-one
 * loader gives DS_ERR_NOTFOUND when there is none. */
ds_status user_load_profile(ds_store *store, const User *value, Profile *out, ds_error *err);

/* Predicates on User's fields. */
ds_predicate *user_id_eq(const char *value);
ds_predicate *user_id_ne(const char *value);
ds_predicate *user_id_lt(const char *value);
ds_predicate *user_id_le(const char *value);
ds_predicate *user_id_gt(const char *value);
ds_predicate *user_id_ge(const char *value);
ds_predicate *user_id_between(const char *low, const char *high);
ds_predicate *user_id_begins_with(const char *value);
ds_predicate *user_id_contains(const char *value);
ds_predicate *user_id_not_contains(const char *value);
ds_predicate *user_username_eq(const char *value);
ds_predicate *user_username_ne(const char *value);
ds_predicate *user_username_lt(const char *value);
ds_predicate *user_username_le(const char *value);
ds_predicate *user_username_gt(const char *value);
ds_predicate *user_username_ge(const char *value);
ds_predicate *user_username_between(const char *low, const char *high);
ds_predicate *user_username_begins_with(const char *value);
ds_predicate *user_username_contains(const char *value);
ds_predicate *user_username_not_contains(const char *value);
ds_predicate *user_profile_id_eq(const char *value);
ds_predicate *user_profile_id_ne(const char *value);
ds_predicate *user_profile_id_lt(const char *value);
ds_predicate *user_profile_id_le(const char *value);
ds_predicate *user_profile_id_gt(const char *value);
ds_predicate *user_profile_id_ge(const char *value);
ds_predicate *user_profile_id_between(const char *low, const char *high);
ds_predicate *user_profile_id_begins_with(const char *value);
ds_predicate *user_profile_id_contains(const char *value);
ds_predicate *user_profile_id_not_contains(const char *value);
ds_predicate *user_profile_id_is_null(void);
ds_predicate *user_profile_id_is_not_null(void);
ds_predicate *user_created_at_eq(const char *value);
ds_predicate *user_created_at_ne(const char *value);
ds_predicate *user_created_at_lt(const char *value);
ds_predicate *user_created_at_le(const char *value);
ds_predicate *user_created_at_gt(const char *value);
ds_predicate *user_created_at_ge(const char *value);
ds_predicate *user_created_at_between(const char *low, const char *high);
ds_predicate *user_created_at_begins_with(const char *value);
ds_predicate *user_created_at_contains(const char *value);
ds_predicate *user_created_at_not_contains(const char *value);
ds_predicate *user_created_at_is_null(void);
ds_predicate *user_created_at_is_not_null(void);
ds_predicate *user_updated_at_eq(const char *value);
ds_predicate *user_updated_at_ne(const char *value);
ds_predicate *user_updated_at_lt(const char *value);
ds_predicate *user_updated_at_le(const char *value);
ds_predicate *user_updated_at_gt(const char *value);
ds_predicate *user_updated_at_ge(const char *value);
ds_predicate *user_updated_at_between(const char *low, const char *high);
ds_predicate *user_updated_at_begins_with(const char *value);
ds_predicate *user_updated_at_contains(const char *value);
ds_predicate *user_updated_at_not_contains(const char *value);
ds_predicate *user_updated_at_is_null(void);
ds_predicate *user_updated_at_is_not_null(void);

/* ==== model Profile ==== */

/* Field names, for predicates and sort strings: ds_pred_eq(PROFILE_ID, ...),
 * opts.sort = PROFILE_ID " desc". */
#define PROFILE_ID "id"
#define PROFILE_BIO "bio"
#define PROFILE_AVATAR_URL "avatarUrl"
#define PROFILE_CREATED_AT "createdAt"
#define PROFILE_UPDATED_AT "updatedAt"

struct Profile {
    char *id;         /* ID!, primary key; NULL on a new record: generated when saved */
    char *bio;        /* String */
    char *avatar_url; /* AWSURL */
    char *created_at; /* AWSDateTime, read-only: set by the service */
    char *updated_at; /* AWSDateTime, read-only: set by the service */
};

/* A list of Profile records; free with profile_list_free(). */
struct ProfileList {
    Profile *items;
    size_t count;
};

/* Called for each committed change to a matching Profile; value is the record
 * after the write (the deleted one for DS_DELETE), valid during the call,
 * or NULL when it could not be converted (out of memory). */
typedef void (*profile_observe_fn)(const ds_change *change, const Profile *value, void *userdata);

void profile_init(Profile *value);
void profile_free(Profile *value);
ds_status profile_copy(Profile *out, const Profile *src, ds_error *err);
ds_status profile_to_record(ds_record **out, const ds_schema *schema, const Profile *value, ds_error *err);
ds_status profile_from_record(Profile *out, const ds_record *record, ds_error *err);
ds_status profile_save(ds_store *store, Profile *value, const ds_predicate *condition, ds_error *err);
ds_status profile_get(ds_store *store, const char *id, Profile *out, ds_error *err);
ds_status profile_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    ProfileList *out, ds_error *err);
void profile_list_free(ProfileList *list);
ds_status profile_delete(ds_store *store, const Profile *value, const ds_predicate *condition, ds_error *err);
ds_status profile_observe(ds_store *store, const ds_predicate *where, profile_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err);

/* Predicates on Profile's fields. */
ds_predicate *profile_id_eq(const char *value);
ds_predicate *profile_id_ne(const char *value);
ds_predicate *profile_id_lt(const char *value);
ds_predicate *profile_id_le(const char *value);
ds_predicate *profile_id_gt(const char *value);
ds_predicate *profile_id_ge(const char *value);
ds_predicate *profile_id_between(const char *low, const char *high);
ds_predicate *profile_id_begins_with(const char *value);
ds_predicate *profile_id_contains(const char *value);
ds_predicate *profile_id_not_contains(const char *value);
ds_predicate *profile_bio_eq(const char *value);
ds_predicate *profile_bio_ne(const char *value);
ds_predicate *profile_bio_lt(const char *value);
ds_predicate *profile_bio_le(const char *value);
ds_predicate *profile_bio_gt(const char *value);
ds_predicate *profile_bio_ge(const char *value);
ds_predicate *profile_bio_between(const char *low, const char *high);
ds_predicate *profile_bio_begins_with(const char *value);
ds_predicate *profile_bio_contains(const char *value);
ds_predicate *profile_bio_not_contains(const char *value);
ds_predicate *profile_bio_is_null(void);
ds_predicate *profile_bio_is_not_null(void);
ds_predicate *profile_avatar_url_eq(const char *value);
ds_predicate *profile_avatar_url_ne(const char *value);
ds_predicate *profile_avatar_url_lt(const char *value);
ds_predicate *profile_avatar_url_le(const char *value);
ds_predicate *profile_avatar_url_gt(const char *value);
ds_predicate *profile_avatar_url_ge(const char *value);
ds_predicate *profile_avatar_url_between(const char *low, const char *high);
ds_predicate *profile_avatar_url_begins_with(const char *value);
ds_predicate *profile_avatar_url_contains(const char *value);
ds_predicate *profile_avatar_url_not_contains(const char *value);
ds_predicate *profile_avatar_url_is_null(void);
ds_predicate *profile_avatar_url_is_not_null(void);
ds_predicate *profile_created_at_eq(const char *value);
ds_predicate *profile_created_at_ne(const char *value);
ds_predicate *profile_created_at_lt(const char *value);
ds_predicate *profile_created_at_le(const char *value);
ds_predicate *profile_created_at_gt(const char *value);
ds_predicate *profile_created_at_ge(const char *value);
ds_predicate *profile_created_at_between(const char *low, const char *high);
ds_predicate *profile_created_at_begins_with(const char *value);
ds_predicate *profile_created_at_contains(const char *value);
ds_predicate *profile_created_at_not_contains(const char *value);
ds_predicate *profile_created_at_is_null(void);
ds_predicate *profile_created_at_is_not_null(void);
ds_predicate *profile_updated_at_eq(const char *value);
ds_predicate *profile_updated_at_ne(const char *value);
ds_predicate *profile_updated_at_lt(const char *value);
ds_predicate *profile_updated_at_le(const char *value);
ds_predicate *profile_updated_at_gt(const char *value);
ds_predicate *profile_updated_at_ge(const char *value);
ds_predicate *profile_updated_at_between(const char *low, const char *high);
ds_predicate *profile_updated_at_begins_with(const char *value);
ds_predicate *profile_updated_at_contains(const char *value);
ds_predicate *profile_updated_at_not_contains(const char *value);
ds_predicate *profile_updated_at_is_null(void);
ds_predicate *profile_updated_at_is_not_null(void);

/* ==== model Album ==== */

/* Field names, for predicates and sort strings: ds_pred_eq(ALBUM_ID, ...),
 * opts.sort = ALBUM_ID " desc". */
#define ALBUM_ID "id"
#define ALBUM_TITLE "title"
#define ALBUM_CREATED_AT "createdAt"
#define ALBUM_UPDATED_AT "updatedAt"

struct Album {
    char *id;         /* ID!, primary key; NULL on a new record: generated when saved */
    char *title;      /* String! */
    char *created_at; /* AWSDateTime, read-only: set by the service */
    char *updated_at; /* AWSDateTime, read-only: set by the service */
};

/* A list of Album records; free with album_list_free(). */
struct AlbumList {
    Album *items;
    size_t count;
};

/* Called for each committed change to a matching Album; value is the record
 * after the write (the deleted one for DS_DELETE), valid during the call,
 * or NULL when it could not be converted (out of memory). */
typedef void (*album_observe_fn)(const ds_change *change, const Album *value, void *userdata);

void album_init(Album *value);
void album_free(Album *value);
ds_status album_copy(Album *out, const Album *src, ds_error *err);
ds_status album_to_record(ds_record **out, const ds_schema *schema, const Album *value, ds_error *err);
ds_status album_from_record(Album *out, const ds_record *record, ds_error *err);
ds_status album_save(ds_store *store, Album *value, const ds_predicate *condition, ds_error *err);
ds_status album_get(ds_store *store, const char *id, Album *out, ds_error *err);
ds_status album_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    AlbumList *out, ds_error *err);
void album_list_free(AlbumList *list);
ds_status album_delete(ds_store *store, const Album *value, const ds_predicate *condition, ds_error *err);
ds_status album_observe(ds_store *store, const ds_predicate *where, album_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err);

/* Related records, read from the local store by ds_load_related(); a to-one
 * loader gives DS_ERR_NOTFOUND when there is none. */
ds_status album_load_photos(ds_store *store, const Album *value, PhotoList *out, ds_error *err);

/* Predicates on Album's fields. */
ds_predicate *album_id_eq(const char *value);
ds_predicate *album_id_ne(const char *value);
ds_predicate *album_id_lt(const char *value);
ds_predicate *album_id_le(const char *value);
ds_predicate *album_id_gt(const char *value);
ds_predicate *album_id_ge(const char *value);
ds_predicate *album_id_between(const char *low, const char *high);
ds_predicate *album_id_begins_with(const char *value);
ds_predicate *album_id_contains(const char *value);
ds_predicate *album_id_not_contains(const char *value);
ds_predicate *album_title_eq(const char *value);
ds_predicate *album_title_ne(const char *value);
ds_predicate *album_title_lt(const char *value);
ds_predicate *album_title_le(const char *value);
ds_predicate *album_title_gt(const char *value);
ds_predicate *album_title_ge(const char *value);
ds_predicate *album_title_between(const char *low, const char *high);
ds_predicate *album_title_begins_with(const char *value);
ds_predicate *album_title_contains(const char *value);
ds_predicate *album_title_not_contains(const char *value);
ds_predicate *album_created_at_eq(const char *value);
ds_predicate *album_created_at_ne(const char *value);
ds_predicate *album_created_at_lt(const char *value);
ds_predicate *album_created_at_le(const char *value);
ds_predicate *album_created_at_gt(const char *value);
ds_predicate *album_created_at_ge(const char *value);
ds_predicate *album_created_at_between(const char *low, const char *high);
ds_predicate *album_created_at_begins_with(const char *value);
ds_predicate *album_created_at_contains(const char *value);
ds_predicate *album_created_at_not_contains(const char *value);
ds_predicate *album_created_at_is_null(void);
ds_predicate *album_created_at_is_not_null(void);
ds_predicate *album_updated_at_eq(const char *value);
ds_predicate *album_updated_at_ne(const char *value);
ds_predicate *album_updated_at_lt(const char *value);
ds_predicate *album_updated_at_le(const char *value);
ds_predicate *album_updated_at_gt(const char *value);
ds_predicate *album_updated_at_ge(const char *value);
ds_predicate *album_updated_at_between(const char *low, const char *high);
ds_predicate *album_updated_at_begins_with(const char *value);
ds_predicate *album_updated_at_contains(const char *value);
ds_predicate *album_updated_at_not_contains(const char *value);
ds_predicate *album_updated_at_is_null(void);
ds_predicate *album_updated_at_is_not_null(void);

/* ==== model Photo ==== */

/* Field names, for predicates and sort strings: ds_pred_eq(PHOTO_ID, ...),
 * opts.sort = PHOTO_ID " desc". */
#define PHOTO_ID "id"
#define PHOTO_CAPTION "caption"
#define PHOTO_CREATED_AT "createdAt"
#define PHOTO_UPDATED_AT "updatedAt"
#define PHOTO_ALBUM_PHOTOS_ID "albumPhotosId"

struct Photo {
    char *id;              /* ID!, primary key; NULL on a new record: generated when saved */
    char *caption;         /* String */
    char *created_at;      /* AWSDateTime, read-only: set by the service */
    char *updated_at;      /* AWSDateTime, read-only: set by the service */
    char *album_photos_id; /* ID */
};

/* A list of Photo records; free with photo_list_free(). */
struct PhotoList {
    Photo *items;
    size_t count;
};

/* Called for each committed change to a matching Photo; value is the record
 * after the write (the deleted one for DS_DELETE), valid during the call,
 * or NULL when it could not be converted (out of memory). */
typedef void (*photo_observe_fn)(const ds_change *change, const Photo *value, void *userdata);

void photo_init(Photo *value);
void photo_free(Photo *value);
ds_status photo_copy(Photo *out, const Photo *src, ds_error *err);
ds_status photo_to_record(ds_record **out, const ds_schema *schema, const Photo *value, ds_error *err);
ds_status photo_from_record(Photo *out, const ds_record *record, ds_error *err);
ds_status photo_save(ds_store *store, Photo *value, const ds_predicate *condition, ds_error *err);
ds_status photo_get(ds_store *store, const char *id, Photo *out, ds_error *err);
ds_status photo_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    PhotoList *out, ds_error *err);
void photo_list_free(PhotoList *list);
ds_status photo_delete(ds_store *store, const Photo *value, const ds_predicate *condition, ds_error *err);
ds_status photo_observe(ds_store *store, const ds_predicate *where, photo_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err);

/* Related records, read from the local store by ds_load_related(); a to-one
 * loader gives DS_ERR_NOTFOUND when there is none. */
ds_status photo_load_album(ds_store *store, const Photo *value, Album *out, ds_error *err);

/* Predicates on Photo's fields. */
ds_predicate *photo_id_eq(const char *value);
ds_predicate *photo_id_ne(const char *value);
ds_predicate *photo_id_lt(const char *value);
ds_predicate *photo_id_le(const char *value);
ds_predicate *photo_id_gt(const char *value);
ds_predicate *photo_id_ge(const char *value);
ds_predicate *photo_id_between(const char *low, const char *high);
ds_predicate *photo_id_begins_with(const char *value);
ds_predicate *photo_id_contains(const char *value);
ds_predicate *photo_id_not_contains(const char *value);
ds_predicate *photo_caption_eq(const char *value);
ds_predicate *photo_caption_ne(const char *value);
ds_predicate *photo_caption_lt(const char *value);
ds_predicate *photo_caption_le(const char *value);
ds_predicate *photo_caption_gt(const char *value);
ds_predicate *photo_caption_ge(const char *value);
ds_predicate *photo_caption_between(const char *low, const char *high);
ds_predicate *photo_caption_begins_with(const char *value);
ds_predicate *photo_caption_contains(const char *value);
ds_predicate *photo_caption_not_contains(const char *value);
ds_predicate *photo_caption_is_null(void);
ds_predicate *photo_caption_is_not_null(void);
ds_predicate *photo_created_at_eq(const char *value);
ds_predicate *photo_created_at_ne(const char *value);
ds_predicate *photo_created_at_lt(const char *value);
ds_predicate *photo_created_at_le(const char *value);
ds_predicate *photo_created_at_gt(const char *value);
ds_predicate *photo_created_at_ge(const char *value);
ds_predicate *photo_created_at_between(const char *low, const char *high);
ds_predicate *photo_created_at_begins_with(const char *value);
ds_predicate *photo_created_at_contains(const char *value);
ds_predicate *photo_created_at_not_contains(const char *value);
ds_predicate *photo_created_at_is_null(void);
ds_predicate *photo_created_at_is_not_null(void);
ds_predicate *photo_updated_at_eq(const char *value);
ds_predicate *photo_updated_at_ne(const char *value);
ds_predicate *photo_updated_at_lt(const char *value);
ds_predicate *photo_updated_at_le(const char *value);
ds_predicate *photo_updated_at_gt(const char *value);
ds_predicate *photo_updated_at_ge(const char *value);
ds_predicate *photo_updated_at_between(const char *low, const char *high);
ds_predicate *photo_updated_at_begins_with(const char *value);
ds_predicate *photo_updated_at_contains(const char *value);
ds_predicate *photo_updated_at_not_contains(const char *value);
ds_predicate *photo_updated_at_is_null(void);
ds_predicate *photo_updated_at_is_not_null(void);
ds_predicate *photo_album_photos_id_eq(const char *value);
ds_predicate *photo_album_photos_id_ne(const char *value);
ds_predicate *photo_album_photos_id_lt(const char *value);
ds_predicate *photo_album_photos_id_le(const char *value);
ds_predicate *photo_album_photos_id_gt(const char *value);
ds_predicate *photo_album_photos_id_ge(const char *value);
ds_predicate *photo_album_photos_id_between(const char *low, const char *high);
ds_predicate *photo_album_photos_id_begins_with(const char *value);
ds_predicate *photo_album_photos_id_contains(const char *value);
ds_predicate *photo_album_photos_id_not_contains(const char *value);
ds_predicate *photo_album_photos_id_is_null(void);
ds_predicate *photo_album_photos_id_is_not_null(void);

/* ==== model Post ==== */

/* Field names, for predicates and sort strings: ds_pred_eq(POST_ID, ...),
 * opts.sort = POST_ID " desc". */
#define POST_ID "id"
#define POST_TITLE "title"
#define POST_CONTENT "content"
#define POST_CREATED_AT "createdAt"
#define POST_UPDATED_AT "updatedAt"

struct Post {
    char *id;         /* ID!, primary key; NULL on a new record: generated when saved */
    char *title;      /* String! */
    char *content;    /* String */
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
ds_status post_load_tags(ds_store *store, const Post *value, PostTagsList *out, ds_error *err);

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

/* ==== model Tag ==== */

/* Field names, for predicates and sort strings: ds_pred_eq(TAG_ID, ...),
 * opts.sort = TAG_ID " desc". */
#define TAG_ID "id"
#define TAG_LABEL "label"
#define TAG_CREATED_AT "createdAt"
#define TAG_UPDATED_AT "updatedAt"

struct Tag {
    char *id;         /* ID!, primary key; NULL on a new record: generated when saved */
    char *label;      /* String! */
    char *created_at; /* AWSDateTime, read-only: set by the service */
    char *updated_at; /* AWSDateTime, read-only: set by the service */
};

/* A list of Tag records; free with tag_list_free(). */
struct TagList {
    Tag *items;
    size_t count;
};

/* Called for each committed change to a matching Tag; value is the record
 * after the write (the deleted one for DS_DELETE), valid during the call,
 * or NULL when it could not be converted (out of memory). */
typedef void (*tag_observe_fn)(const ds_change *change, const Tag *value, void *userdata);

void tag_init(Tag *value);
void tag_free(Tag *value);
ds_status tag_copy(Tag *out, const Tag *src, ds_error *err);
ds_status tag_to_record(ds_record **out, const ds_schema *schema, const Tag *value, ds_error *err);
ds_status tag_from_record(Tag *out, const ds_record *record, ds_error *err);
ds_status tag_save(ds_store *store, Tag *value, const ds_predicate *condition, ds_error *err);
ds_status tag_get(ds_store *store, const char *id, Tag *out, ds_error *err);
ds_status tag_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts, TagList *out,
    ds_error *err);
void tag_list_free(TagList *list);
ds_status tag_delete(ds_store *store, const Tag *value, const ds_predicate *condition, ds_error *err);
ds_status tag_observe(ds_store *store, const ds_predicate *where, tag_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err);

/* Related records, read from the local store by ds_load_related(); a to-one
 * loader gives DS_ERR_NOTFOUND when there is none. */
ds_status tag_load_posts(ds_store *store, const Tag *value, PostTagsList *out, ds_error *err);

/* Predicates on Tag's fields. */
ds_predicate *tag_id_eq(const char *value);
ds_predicate *tag_id_ne(const char *value);
ds_predicate *tag_id_lt(const char *value);
ds_predicate *tag_id_le(const char *value);
ds_predicate *tag_id_gt(const char *value);
ds_predicate *tag_id_ge(const char *value);
ds_predicate *tag_id_between(const char *low, const char *high);
ds_predicate *tag_id_begins_with(const char *value);
ds_predicate *tag_id_contains(const char *value);
ds_predicate *tag_id_not_contains(const char *value);
ds_predicate *tag_label_eq(const char *value);
ds_predicate *tag_label_ne(const char *value);
ds_predicate *tag_label_lt(const char *value);
ds_predicate *tag_label_le(const char *value);
ds_predicate *tag_label_gt(const char *value);
ds_predicate *tag_label_ge(const char *value);
ds_predicate *tag_label_between(const char *low, const char *high);
ds_predicate *tag_label_begins_with(const char *value);
ds_predicate *tag_label_contains(const char *value);
ds_predicate *tag_label_not_contains(const char *value);
ds_predicate *tag_created_at_eq(const char *value);
ds_predicate *tag_created_at_ne(const char *value);
ds_predicate *tag_created_at_lt(const char *value);
ds_predicate *tag_created_at_le(const char *value);
ds_predicate *tag_created_at_gt(const char *value);
ds_predicate *tag_created_at_ge(const char *value);
ds_predicate *tag_created_at_between(const char *low, const char *high);
ds_predicate *tag_created_at_begins_with(const char *value);
ds_predicate *tag_created_at_contains(const char *value);
ds_predicate *tag_created_at_not_contains(const char *value);
ds_predicate *tag_created_at_is_null(void);
ds_predicate *tag_created_at_is_not_null(void);
ds_predicate *tag_updated_at_eq(const char *value);
ds_predicate *tag_updated_at_ne(const char *value);
ds_predicate *tag_updated_at_lt(const char *value);
ds_predicate *tag_updated_at_le(const char *value);
ds_predicate *tag_updated_at_gt(const char *value);
ds_predicate *tag_updated_at_ge(const char *value);
ds_predicate *tag_updated_at_between(const char *low, const char *high);
ds_predicate *tag_updated_at_begins_with(const char *value);
ds_predicate *tag_updated_at_contains(const char *value);
ds_predicate *tag_updated_at_not_contains(const char *value);
ds_predicate *tag_updated_at_is_null(void);
ds_predicate *tag_updated_at_is_not_null(void);

/* ==== model PostTags ==== */

/* Field names, for predicates and sort strings: ds_pred_eq(POST_TAGS_ID, ...),
 * opts.sort = POST_TAGS_ID " desc". */
#define POST_TAGS_ID "id"
#define POST_TAGS_POST_ID "postId"
#define POST_TAGS_TAG_ID "tagId"
#define POST_TAGS_CREATED_AT "createdAt"
#define POST_TAGS_UPDATED_AT "updatedAt"

struct PostTags {
    char *id;         /* ID!, primary key; NULL on a new record: generated when saved */
    char *post_id;    /* ID */
    char *tag_id;     /* ID */
    char *created_at; /* AWSDateTime, read-only: set by the service */
    char *updated_at; /* AWSDateTime, read-only: set by the service */
};

/* A list of PostTags records; free with post_tags_list_free(). */
struct PostTagsList {
    PostTags *items;
    size_t count;
};

/* Called for each committed change to a matching PostTags; value is the record
 * after the write (the deleted one for DS_DELETE), valid during the call,
 * or NULL when it could not be converted (out of memory). */
typedef void (*post_tags_observe_fn)(const ds_change *change, const PostTags *value, void *userdata);

void post_tags_init(PostTags *value);
void post_tags_free(PostTags *value);
ds_status post_tags_copy(PostTags *out, const PostTags *src, ds_error *err);
ds_status post_tags_to_record(ds_record **out, const ds_schema *schema, const PostTags *value, ds_error *err);
ds_status post_tags_from_record(PostTags *out, const ds_record *record, ds_error *err);
ds_status post_tags_save(ds_store *store, PostTags *value, const ds_predicate *condition, ds_error *err);
ds_status post_tags_get(ds_store *store, const char *id, PostTags *out, ds_error *err);
ds_status post_tags_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    PostTagsList *out, ds_error *err);
void post_tags_list_free(PostTagsList *list);
ds_status post_tags_delete(ds_store *store, const PostTags *value, const ds_predicate *condition,
    ds_error *err);
ds_status post_tags_observe(ds_store *store, const ds_predicate *where, post_tags_observe_fn fn,
    void *userdata, models_subscription **out, ds_error *err);

/* Related records, read from the local store by ds_load_related(); a to-one
 * loader gives DS_ERR_NOTFOUND when there is none. */
ds_status post_tags_load_post(ds_store *store, const PostTags *value, Post *out, ds_error *err);
ds_status post_tags_load_tag(ds_store *store, const PostTags *value, Tag *out, ds_error *err);

/* Predicates on PostTags's fields. */
ds_predicate *post_tags_id_eq(const char *value);
ds_predicate *post_tags_id_ne(const char *value);
ds_predicate *post_tags_id_lt(const char *value);
ds_predicate *post_tags_id_le(const char *value);
ds_predicate *post_tags_id_gt(const char *value);
ds_predicate *post_tags_id_ge(const char *value);
ds_predicate *post_tags_id_between(const char *low, const char *high);
ds_predicate *post_tags_id_begins_with(const char *value);
ds_predicate *post_tags_id_contains(const char *value);
ds_predicate *post_tags_id_not_contains(const char *value);
ds_predicate *post_tags_post_id_eq(const char *value);
ds_predicate *post_tags_post_id_ne(const char *value);
ds_predicate *post_tags_post_id_lt(const char *value);
ds_predicate *post_tags_post_id_le(const char *value);
ds_predicate *post_tags_post_id_gt(const char *value);
ds_predicate *post_tags_post_id_ge(const char *value);
ds_predicate *post_tags_post_id_between(const char *low, const char *high);
ds_predicate *post_tags_post_id_begins_with(const char *value);
ds_predicate *post_tags_post_id_contains(const char *value);
ds_predicate *post_tags_post_id_not_contains(const char *value);
ds_predicate *post_tags_post_id_is_null(void);
ds_predicate *post_tags_post_id_is_not_null(void);
ds_predicate *post_tags_tag_id_eq(const char *value);
ds_predicate *post_tags_tag_id_ne(const char *value);
ds_predicate *post_tags_tag_id_lt(const char *value);
ds_predicate *post_tags_tag_id_le(const char *value);
ds_predicate *post_tags_tag_id_gt(const char *value);
ds_predicate *post_tags_tag_id_ge(const char *value);
ds_predicate *post_tags_tag_id_between(const char *low, const char *high);
ds_predicate *post_tags_tag_id_begins_with(const char *value);
ds_predicate *post_tags_tag_id_contains(const char *value);
ds_predicate *post_tags_tag_id_not_contains(const char *value);
ds_predicate *post_tags_tag_id_is_null(void);
ds_predicate *post_tags_tag_id_is_not_null(void);
ds_predicate *post_tags_created_at_eq(const char *value);
ds_predicate *post_tags_created_at_ne(const char *value);
ds_predicate *post_tags_created_at_lt(const char *value);
ds_predicate *post_tags_created_at_le(const char *value);
ds_predicate *post_tags_created_at_gt(const char *value);
ds_predicate *post_tags_created_at_ge(const char *value);
ds_predicate *post_tags_created_at_between(const char *low, const char *high);
ds_predicate *post_tags_created_at_begins_with(const char *value);
ds_predicate *post_tags_created_at_contains(const char *value);
ds_predicate *post_tags_created_at_not_contains(const char *value);
ds_predicate *post_tags_created_at_is_null(void);
ds_predicate *post_tags_created_at_is_not_null(void);
ds_predicate *post_tags_updated_at_eq(const char *value);
ds_predicate *post_tags_updated_at_ne(const char *value);
ds_predicate *post_tags_updated_at_lt(const char *value);
ds_predicate *post_tags_updated_at_le(const char *value);
ds_predicate *post_tags_updated_at_gt(const char *value);
ds_predicate *post_tags_updated_at_ge(const char *value);
ds_predicate *post_tags_updated_at_between(const char *low, const char *high);
ds_predicate *post_tags_updated_at_begins_with(const char *value);
ds_predicate *post_tags_updated_at_contains(const char *value);
ds_predicate *post_tags_updated_at_not_contains(const char *value);
ds_predicate *post_tags_updated_at_is_null(void);
ds_predicate *post_tags_updated_at_is_not_null(void);

#ifdef __cplusplus
}
#endif

#endif /* MODELS_H */
