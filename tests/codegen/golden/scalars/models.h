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

typedef struct Everything Everything;
typedef struct EverythingList EverythingList;

/* ==== enum Priority ==== */

typedef enum Priority {
    PRIORITY_LOW, /* LOW */
    PRIORITY_MEDIUM, /* MEDIUM */
    PRIORITY_HIGH /* HIGH */
} Priority;

/* The GraphQL name of a value ("LOW"); NULL for a value out of range. */
const char *priority_to_string(Priority value);
/* Stores the value named s (exactly, case-sensitive) in *out; false when s
 * names none. */
bool priority_from_string(Priority *out, const char *s);

/* ==== model Everything ==== */

/* Field names, for predicates and sort strings: ds_pred_eq(EVERYTHING_ID, ...),
 * opts.sort = EVERYTHING_ID " desc". */
#define EVERYTHING_ID "id"
#define EVERYTHING_A_STRING "aString"
#define EVERYTHING_REQUIRED_STRING "requiredString"
#define EVERYTHING_AN_INT "anInt"
#define EVERYTHING_REQUIRED_INT "requiredInt"
#define EVERYTHING_A_FLOAT "aFloat"
#define EVERYTHING_A_BOOLEAN "aBoolean"
#define EVERYTHING_REQUIRED_BOOLEAN "requiredBoolean"
#define EVERYTHING_A_DATE "aDate"
#define EVERYTHING_A_TIME "aTime"
#define EVERYTHING_A_DATE_TIME "aDateTime"
#define EVERYTHING_A_TIMESTAMP "aTimestamp"
#define EVERYTHING_AN_EMAIL "anEmail"
#define EVERYTHING_A_JSON "aJSON"
#define EVERYTHING_A_URL "aURL"
#define EVERYTHING_A_PHONE "aPhone"
#define EVERYTHING_AN_IP_ADDRESS "anIPAddress"
#define EVERYTHING_AN_ENUM "anEnum"
#define EVERYTHING_REQUIRED_ENUM "requiredEnum"
#define EVERYTHING_OTHER_ID "otherId"
#define EVERYTHING_STRINGS "strings"
#define EVERYTHING_REQUIRED_STRINGS_REQUIRED_ITEMS "requiredStringsRequiredItems"
#define EVERYTHING_OPTIONAL_LIST_REQUIRED_ITEMS "optionalListRequiredItems"
#define EVERYTHING_REQUIRED_LIST_OPTIONAL_ITEMS "requiredListOptionalItems"
#define EVERYTHING_INTS "ints"
#define EVERYTHING_FLOATS "floats"
#define EVERYTHING_BOOLEANS "booleans"
#define EVERYTHING_DATES "dates"
#define EVERYTHING_TIMES "times"
#define EVERYTHING_DATE_TIMES "dateTimes"
#define EVERYTHING_TIMESTAMPS "timestamps"
#define EVERYTHING_EMAILS "emails"
#define EVERYTHING_JSONS "jsons"
#define EVERYTHING_URLS "urls"
#define EVERYTHING_PHONES "phones"
#define EVERYTHING_IP_ADDRESSES "ipAddresses"
#define EVERYTHING_ENUMS "enums"
#define EVERYTHING_IDS "ids"
#define EVERYTHING_CREATED_AT "createdAt"
#define EVERYTHING_UPDATED_AT "updatedAt"

struct Everything {
    char *id;                                     /* ID!, primary key; NULL on a new record: generated when saved */
    char *a_string;                               /* String */
    char *required_string;                        /* String! */
    bool has_an_int;                              /* an_int is not null */
    int32_t an_int;                               /* Int */
    int32_t required_int;                         /* Int! */
    bool has_a_float;                             /* a_float is not null */
    double a_float;                               /* Float */
    bool has_a_boolean;                           /* a_boolean is not null */
    bool a_boolean;                               /* Boolean */
    bool required_boolean;                        /* Boolean! */
    char *a_date;                                 /* AWSDate */
    char *a_time;                                 /* AWSTime */
    char *a_date_time;                            /* AWSDateTime */
    bool has_a_timestamp;                         /* a_timestamp is not null */
    int64_t a_timestamp;                          /* AWSTimestamp */
    char *an_email;                               /* AWSEmail */
    char *a_json;                                 /* AWSJSON */
    char *a_url;                                  /* AWSURL */
    char *a_phone;                                /* AWSPhone */
    char *an_ip_address;                          /* AWSIPAddress */
    bool has_an_enum;                             /* an_enum is not null */
    Priority an_enum;                             /* Priority */
    Priority required_enum;                       /* Priority! */
    char *other_id;                               /* ID */
    bool has_strings;                             /* strings is not null */
    char **strings;                               /* [String] */
    size_t strings_count;
    char **required_strings_required_items;       /* [String!]! */
    size_t required_strings_required_items_count;
    bool has_optional_list_required_items;        /* optional_list_required_items is not null */
    char **optional_list_required_items;          /* [String!] */
    size_t optional_list_required_items_count;
    char **required_list_optional_items;          /* [String]! */
    size_t required_list_optional_items_count;
    bool has_ints;                                /* ints is not null */
    ds_opt_int32 *ints;                           /* [Int] */
    size_t ints_count;
    bool has_floats;                              /* floats is not null */
    double *floats;                               /* [Float!] */
    size_t floats_count;
    bool has_booleans;                            /* booleans is not null */
    ds_opt_bool *booleans;                        /* [Boolean] */
    size_t booleans_count;
    bool has_dates;                               /* dates is not null */
    char **dates;                                 /* [AWSDate] */
    size_t dates_count;
    bool has_times;                               /* times is not null */
    char **times;                                 /* [AWSTime] */
    size_t times_count;
    bool has_date_times;                          /* date_times is not null */
    char **date_times;                            /* [AWSDateTime!] */
    size_t date_times_count;
    bool has_timestamps;                          /* timestamps is not null */
    ds_opt_int64 *timestamps;                     /* [AWSTimestamp] */
    size_t timestamps_count;
    bool has_emails;                              /* emails is not null */
    char **emails;                                /* [AWSEmail] */
    size_t emails_count;
    bool has_jsons;                               /* jsons is not null */
    char **jsons;                                 /* [AWSJSON] */
    size_t jsons_count;
    bool has_urls;                                /* urls is not null */
    char **urls;                                  /* [AWSURL] */
    size_t urls_count;
    bool has_phones;                              /* phones is not null */
    char **phones;                                /* [AWSPhone] */
    size_t phones_count;
    bool has_ip_addresses;                        /* ip_addresses is not null */
    char **ip_addresses;                          /* [AWSIPAddress] */
    size_t ip_addresses_count;
    bool has_enums;                               /* enums is not null */
    Priority *enums;                              /* [Priority!] */
    size_t enums_count;
    bool has_ids;                                 /* ids is not null */
    char **ids;                                   /* [ID] */
    size_t ids_count;
    char *created_at;                             /* AWSDateTime, read-only: set by the service */
    char *updated_at;                             /* AWSDateTime, read-only: set by the service */
};

/* A list of Everything records; free with everything_list_free(). */
struct EverythingList {
    Everything *items;
    size_t count;
};

/* Called for each committed change to a matching Everything; value is the record
 * after the write (the deleted one for DS_DELETE), valid during the call,
 * or NULL when it could not be converted (out of memory). */
typedef void (*everything_observe_fn)(const ds_change *change, const Everything *value, void *userdata);

void everything_init(Everything *value);
void everything_free(Everything *value);
ds_status everything_copy(Everything *out, const Everything *src, ds_error *err);
ds_status everything_to_record(ds_record **out, const ds_schema *schema, const Everything *value,
    ds_error *err);
ds_status everything_from_record(Everything *out, const ds_record *record, ds_error *err);
ds_status everything_save(ds_store *store, Everything *value, const ds_predicate *condition, ds_error *err);
ds_status everything_get(ds_store *store, const char *id, Everything *out, ds_error *err);
ds_status everything_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    EverythingList *out, ds_error *err);
void everything_list_free(EverythingList *list);
ds_status everything_delete(ds_store *store, const Everything *value, const ds_predicate *condition,
    ds_error *err);
ds_status everything_observe(ds_store *store, const ds_predicate *where, everything_observe_fn fn,
    void *userdata, models_subscription **out, ds_error *err);

/* Predicates on Everything's fields. */
ds_predicate *everything_id_eq(const char *value);
ds_predicate *everything_id_ne(const char *value);
ds_predicate *everything_id_lt(const char *value);
ds_predicate *everything_id_le(const char *value);
ds_predicate *everything_id_gt(const char *value);
ds_predicate *everything_id_ge(const char *value);
ds_predicate *everything_id_between(const char *low, const char *high);
ds_predicate *everything_id_begins_with(const char *value);
ds_predicate *everything_id_contains(const char *value);
ds_predicate *everything_id_not_contains(const char *value);
ds_predicate *everything_a_string_eq(const char *value);
ds_predicate *everything_a_string_ne(const char *value);
ds_predicate *everything_a_string_lt(const char *value);
ds_predicate *everything_a_string_le(const char *value);
ds_predicate *everything_a_string_gt(const char *value);
ds_predicate *everything_a_string_ge(const char *value);
ds_predicate *everything_a_string_between(const char *low, const char *high);
ds_predicate *everything_a_string_begins_with(const char *value);
ds_predicate *everything_a_string_contains(const char *value);
ds_predicate *everything_a_string_not_contains(const char *value);
ds_predicate *everything_a_string_is_null(void);
ds_predicate *everything_a_string_is_not_null(void);
ds_predicate *everything_required_string_eq(const char *value);
ds_predicate *everything_required_string_ne(const char *value);
ds_predicate *everything_required_string_lt(const char *value);
ds_predicate *everything_required_string_le(const char *value);
ds_predicate *everything_required_string_gt(const char *value);
ds_predicate *everything_required_string_ge(const char *value);
ds_predicate *everything_required_string_between(const char *low, const char *high);
ds_predicate *everything_required_string_begins_with(const char *value);
ds_predicate *everything_required_string_contains(const char *value);
ds_predicate *everything_required_string_not_contains(const char *value);
ds_predicate *everything_an_int_eq(int32_t value);
ds_predicate *everything_an_int_ne(int32_t value);
ds_predicate *everything_an_int_lt(int32_t value);
ds_predicate *everything_an_int_le(int32_t value);
ds_predicate *everything_an_int_gt(int32_t value);
ds_predicate *everything_an_int_ge(int32_t value);
ds_predicate *everything_an_int_between(int32_t low, int32_t high);
ds_predicate *everything_an_int_is_null(void);
ds_predicate *everything_an_int_is_not_null(void);
ds_predicate *everything_required_int_eq(int32_t value);
ds_predicate *everything_required_int_ne(int32_t value);
ds_predicate *everything_required_int_lt(int32_t value);
ds_predicate *everything_required_int_le(int32_t value);
ds_predicate *everything_required_int_gt(int32_t value);
ds_predicate *everything_required_int_ge(int32_t value);
ds_predicate *everything_required_int_between(int32_t low, int32_t high);
ds_predicate *everything_a_float_eq(double value);
ds_predicate *everything_a_float_ne(double value);
ds_predicate *everything_a_float_lt(double value);
ds_predicate *everything_a_float_le(double value);
ds_predicate *everything_a_float_gt(double value);
ds_predicate *everything_a_float_ge(double value);
ds_predicate *everything_a_float_between(double low, double high);
ds_predicate *everything_a_float_is_null(void);
ds_predicate *everything_a_float_is_not_null(void);
ds_predicate *everything_a_boolean_eq(bool value);
ds_predicate *everything_a_boolean_ne(bool value);
ds_predicate *everything_a_boolean_is_null(void);
ds_predicate *everything_a_boolean_is_not_null(void);
ds_predicate *everything_required_boolean_eq(bool value);
ds_predicate *everything_required_boolean_ne(bool value);
ds_predicate *everything_a_date_eq(const char *value);
ds_predicate *everything_a_date_ne(const char *value);
ds_predicate *everything_a_date_lt(const char *value);
ds_predicate *everything_a_date_le(const char *value);
ds_predicate *everything_a_date_gt(const char *value);
ds_predicate *everything_a_date_ge(const char *value);
ds_predicate *everything_a_date_between(const char *low, const char *high);
ds_predicate *everything_a_date_begins_with(const char *value);
ds_predicate *everything_a_date_contains(const char *value);
ds_predicate *everything_a_date_not_contains(const char *value);
ds_predicate *everything_a_date_is_null(void);
ds_predicate *everything_a_date_is_not_null(void);
ds_predicate *everything_a_time_eq(const char *value);
ds_predicate *everything_a_time_ne(const char *value);
ds_predicate *everything_a_time_lt(const char *value);
ds_predicate *everything_a_time_le(const char *value);
ds_predicate *everything_a_time_gt(const char *value);
ds_predicate *everything_a_time_ge(const char *value);
ds_predicate *everything_a_time_between(const char *low, const char *high);
ds_predicate *everything_a_time_begins_with(const char *value);
ds_predicate *everything_a_time_contains(const char *value);
ds_predicate *everything_a_time_not_contains(const char *value);
ds_predicate *everything_a_time_is_null(void);
ds_predicate *everything_a_time_is_not_null(void);
ds_predicate *everything_a_date_time_eq(const char *value);
ds_predicate *everything_a_date_time_ne(const char *value);
ds_predicate *everything_a_date_time_lt(const char *value);
ds_predicate *everything_a_date_time_le(const char *value);
ds_predicate *everything_a_date_time_gt(const char *value);
ds_predicate *everything_a_date_time_ge(const char *value);
ds_predicate *everything_a_date_time_between(const char *low, const char *high);
ds_predicate *everything_a_date_time_begins_with(const char *value);
ds_predicate *everything_a_date_time_contains(const char *value);
ds_predicate *everything_a_date_time_not_contains(const char *value);
ds_predicate *everything_a_date_time_is_null(void);
ds_predicate *everything_a_date_time_is_not_null(void);
ds_predicate *everything_a_timestamp_eq(int64_t value);
ds_predicate *everything_a_timestamp_ne(int64_t value);
ds_predicate *everything_a_timestamp_lt(int64_t value);
ds_predicate *everything_a_timestamp_le(int64_t value);
ds_predicate *everything_a_timestamp_gt(int64_t value);
ds_predicate *everything_a_timestamp_ge(int64_t value);
ds_predicate *everything_a_timestamp_between(int64_t low, int64_t high);
ds_predicate *everything_a_timestamp_is_null(void);
ds_predicate *everything_a_timestamp_is_not_null(void);
ds_predicate *everything_an_email_eq(const char *value);
ds_predicate *everything_an_email_ne(const char *value);
ds_predicate *everything_an_email_lt(const char *value);
ds_predicate *everything_an_email_le(const char *value);
ds_predicate *everything_an_email_gt(const char *value);
ds_predicate *everything_an_email_ge(const char *value);
ds_predicate *everything_an_email_between(const char *low, const char *high);
ds_predicate *everything_an_email_begins_with(const char *value);
ds_predicate *everything_an_email_contains(const char *value);
ds_predicate *everything_an_email_not_contains(const char *value);
ds_predicate *everything_an_email_is_null(void);
ds_predicate *everything_an_email_is_not_null(void);
ds_predicate *everything_a_json_eq(const char *value);
ds_predicate *everything_a_json_ne(const char *value);
ds_predicate *everything_a_json_lt(const char *value);
ds_predicate *everything_a_json_le(const char *value);
ds_predicate *everything_a_json_gt(const char *value);
ds_predicate *everything_a_json_ge(const char *value);
ds_predicate *everything_a_json_between(const char *low, const char *high);
ds_predicate *everything_a_json_begins_with(const char *value);
ds_predicate *everything_a_json_contains(const char *value);
ds_predicate *everything_a_json_not_contains(const char *value);
ds_predicate *everything_a_json_is_null(void);
ds_predicate *everything_a_json_is_not_null(void);
ds_predicate *everything_a_url_eq(const char *value);
ds_predicate *everything_a_url_ne(const char *value);
ds_predicate *everything_a_url_lt(const char *value);
ds_predicate *everything_a_url_le(const char *value);
ds_predicate *everything_a_url_gt(const char *value);
ds_predicate *everything_a_url_ge(const char *value);
ds_predicate *everything_a_url_between(const char *low, const char *high);
ds_predicate *everything_a_url_begins_with(const char *value);
ds_predicate *everything_a_url_contains(const char *value);
ds_predicate *everything_a_url_not_contains(const char *value);
ds_predicate *everything_a_url_is_null(void);
ds_predicate *everything_a_url_is_not_null(void);
ds_predicate *everything_a_phone_eq(const char *value);
ds_predicate *everything_a_phone_ne(const char *value);
ds_predicate *everything_a_phone_lt(const char *value);
ds_predicate *everything_a_phone_le(const char *value);
ds_predicate *everything_a_phone_gt(const char *value);
ds_predicate *everything_a_phone_ge(const char *value);
ds_predicate *everything_a_phone_between(const char *low, const char *high);
ds_predicate *everything_a_phone_begins_with(const char *value);
ds_predicate *everything_a_phone_contains(const char *value);
ds_predicate *everything_a_phone_not_contains(const char *value);
ds_predicate *everything_a_phone_is_null(void);
ds_predicate *everything_a_phone_is_not_null(void);
ds_predicate *everything_an_ip_address_eq(const char *value);
ds_predicate *everything_an_ip_address_ne(const char *value);
ds_predicate *everything_an_ip_address_lt(const char *value);
ds_predicate *everything_an_ip_address_le(const char *value);
ds_predicate *everything_an_ip_address_gt(const char *value);
ds_predicate *everything_an_ip_address_ge(const char *value);
ds_predicate *everything_an_ip_address_between(const char *low, const char *high);
ds_predicate *everything_an_ip_address_begins_with(const char *value);
ds_predicate *everything_an_ip_address_contains(const char *value);
ds_predicate *everything_an_ip_address_not_contains(const char *value);
ds_predicate *everything_an_ip_address_is_null(void);
ds_predicate *everything_an_ip_address_is_not_null(void);
ds_predicate *everything_an_enum_eq(Priority value);
ds_predicate *everything_an_enum_ne(Priority value);
ds_predicate *everything_an_enum_is_null(void);
ds_predicate *everything_an_enum_is_not_null(void);
ds_predicate *everything_required_enum_eq(Priority value);
ds_predicate *everything_required_enum_ne(Priority value);
ds_predicate *everything_other_id_eq(const char *value);
ds_predicate *everything_other_id_ne(const char *value);
ds_predicate *everything_other_id_lt(const char *value);
ds_predicate *everything_other_id_le(const char *value);
ds_predicate *everything_other_id_gt(const char *value);
ds_predicate *everything_other_id_ge(const char *value);
ds_predicate *everything_other_id_between(const char *low, const char *high);
ds_predicate *everything_other_id_begins_with(const char *value);
ds_predicate *everything_other_id_contains(const char *value);
ds_predicate *everything_other_id_not_contains(const char *value);
ds_predicate *everything_other_id_is_null(void);
ds_predicate *everything_other_id_is_not_null(void);
ds_predicate *everything_strings_contains(const char *value);
ds_predicate *everything_strings_not_contains(const char *value);
ds_predicate *everything_strings_is_null(void);
ds_predicate *everything_strings_is_not_null(void);
ds_predicate *everything_required_strings_required_items_contains(const char *value);
ds_predicate *everything_required_strings_required_items_not_contains(const char *value);
ds_predicate *everything_optional_list_required_items_contains(const char *value);
ds_predicate *everything_optional_list_required_items_not_contains(const char *value);
ds_predicate *everything_optional_list_required_items_is_null(void);
ds_predicate *everything_optional_list_required_items_is_not_null(void);
ds_predicate *everything_required_list_optional_items_contains(const char *value);
ds_predicate *everything_required_list_optional_items_not_contains(const char *value);
ds_predicate *everything_ints_contains(int32_t value);
ds_predicate *everything_ints_not_contains(int32_t value);
ds_predicate *everything_ints_is_null(void);
ds_predicate *everything_ints_is_not_null(void);
ds_predicate *everything_floats_contains(double value);
ds_predicate *everything_floats_not_contains(double value);
ds_predicate *everything_floats_is_null(void);
ds_predicate *everything_floats_is_not_null(void);
ds_predicate *everything_booleans_contains(bool value);
ds_predicate *everything_booleans_not_contains(bool value);
ds_predicate *everything_booleans_is_null(void);
ds_predicate *everything_booleans_is_not_null(void);
ds_predicate *everything_dates_contains(const char *value);
ds_predicate *everything_dates_not_contains(const char *value);
ds_predicate *everything_dates_is_null(void);
ds_predicate *everything_dates_is_not_null(void);
ds_predicate *everything_times_contains(const char *value);
ds_predicate *everything_times_not_contains(const char *value);
ds_predicate *everything_times_is_null(void);
ds_predicate *everything_times_is_not_null(void);
ds_predicate *everything_date_times_contains(const char *value);
ds_predicate *everything_date_times_not_contains(const char *value);
ds_predicate *everything_date_times_is_null(void);
ds_predicate *everything_date_times_is_not_null(void);
ds_predicate *everything_timestamps_contains(int64_t value);
ds_predicate *everything_timestamps_not_contains(int64_t value);
ds_predicate *everything_timestamps_is_null(void);
ds_predicate *everything_timestamps_is_not_null(void);
ds_predicate *everything_emails_contains(const char *value);
ds_predicate *everything_emails_not_contains(const char *value);
ds_predicate *everything_emails_is_null(void);
ds_predicate *everything_emails_is_not_null(void);
ds_predicate *everything_jsons_contains(const char *value);
ds_predicate *everything_jsons_not_contains(const char *value);
ds_predicate *everything_jsons_is_null(void);
ds_predicate *everything_jsons_is_not_null(void);
ds_predicate *everything_urls_contains(const char *value);
ds_predicate *everything_urls_not_contains(const char *value);
ds_predicate *everything_urls_is_null(void);
ds_predicate *everything_urls_is_not_null(void);
ds_predicate *everything_phones_contains(const char *value);
ds_predicate *everything_phones_not_contains(const char *value);
ds_predicate *everything_phones_is_null(void);
ds_predicate *everything_phones_is_not_null(void);
ds_predicate *everything_ip_addresses_contains(const char *value);
ds_predicate *everything_ip_addresses_not_contains(const char *value);
ds_predicate *everything_ip_addresses_is_null(void);
ds_predicate *everything_ip_addresses_is_not_null(void);
ds_predicate *everything_enums_contains(Priority value);
ds_predicate *everything_enums_not_contains(Priority value);
ds_predicate *everything_enums_is_null(void);
ds_predicate *everything_enums_is_not_null(void);
ds_predicate *everything_ids_contains(const char *value);
ds_predicate *everything_ids_not_contains(const char *value);
ds_predicate *everything_ids_is_null(void);
ds_predicate *everything_ids_is_not_null(void);
ds_predicate *everything_created_at_eq(const char *value);
ds_predicate *everything_created_at_ne(const char *value);
ds_predicate *everything_created_at_lt(const char *value);
ds_predicate *everything_created_at_le(const char *value);
ds_predicate *everything_created_at_gt(const char *value);
ds_predicate *everything_created_at_ge(const char *value);
ds_predicate *everything_created_at_between(const char *low, const char *high);
ds_predicate *everything_created_at_begins_with(const char *value);
ds_predicate *everything_created_at_contains(const char *value);
ds_predicate *everything_created_at_not_contains(const char *value);
ds_predicate *everything_created_at_is_null(void);
ds_predicate *everything_created_at_is_not_null(void);
ds_predicate *everything_updated_at_eq(const char *value);
ds_predicate *everything_updated_at_ne(const char *value);
ds_predicate *everything_updated_at_lt(const char *value);
ds_predicate *everything_updated_at_le(const char *value);
ds_predicate *everything_updated_at_gt(const char *value);
ds_predicate *everything_updated_at_ge(const char *value);
ds_predicate *everything_updated_at_between(const char *low, const char *high);
ds_predicate *everything_updated_at_begins_with(const char *value);
ds_predicate *everything_updated_at_contains(const char *value);
ds_predicate *everything_updated_at_not_contains(const char *value);
ds_predicate *everything_updated_at_is_null(void);
ds_predicate *everything_updated_at_is_not_null(void);

#ifdef __cplusplus
}
#endif

#endif /* MODELS_H */
