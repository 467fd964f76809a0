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

typedef struct Geo Geo;
typedef struct GeoOpt GeoOpt;
typedef struct Address Address;
typedef struct AddressOpt AddressOpt;
typedef struct ContactInfo ContactInfo;
typedef struct Orphan Orphan;
typedef struct Customer Customer;
typedef struct CustomerList CustomerList;
typedef struct Warehouse Warehouse;
typedef struct WarehouseList WarehouseList;

/* ==== enum Country ==== */

typedef enum Country {
    COUNTRY_US, /* US */
    COUNTRY_CA, /* CA */
    COUNTRY_MX /* MX */
} Country;

/* The GraphQL name of a value ("US"); NULL for a value out of range. */
const char *country_to_string(Country value);
/* Stores the value named s (exactly, case-sensitive) in *out; false when s
 * names none. */
bool country_from_string(Country *out, const char *s);

/* ==== embedded type Geo ==== */

struct Geo {
    double lat; /* Float! */
    double lng; /* Float! */
};

/* A list item of type Geo that may be null. */
struct GeoOpt {
    bool has;
    Geo value;
};

void geo_init(Geo *value);
void geo_free(Geo *value);
ds_status geo_copy(Geo *out, const Geo *src, ds_error *err);
ds_status geo_to_record(ds_record **out, const ds_schema *schema, const Geo *value, ds_error *err);
ds_status geo_from_record(Geo *out, const ds_record *record, ds_error *err);

/* ==== embedded type Address ==== */

struct Address {
    char **street;        /* [String!]! */
    size_t street_count;
    char *city;           /* String! */
    char *zip;            /* String */
    Country country;      /* Country! */
    bool has_geo;         /* geo is not null */
    Geo geo;              /* Geo */
    bool has_tags;        /* tags is not null */
    char **tags;          /* [String] */
    size_t tags_count;
    bool has_history;     /* history is not null */
    Geo *history;         /* [Geo!] */
    size_t history_count;
};

/* A list item of type Address that may be null. */
struct AddressOpt {
    bool has;
    Address value;
};

void address_init(Address *value);
void address_free(Address *value);
ds_status address_copy(Address *out, const Address *src, ds_error *err);
ds_status address_to_record(ds_record **out, const ds_schema *schema, const Address *value, ds_error *err);
ds_status address_from_record(Address *out, const ds_record *record, ds_error *err);

/* ==== embedded type ContactInfo ==== */

struct ContactInfo {
    char **emails;                /* [AWSEmail!]! */
    size_t emails_count;
    bool has_phones;              /* phones is not null */
    char **phones;                /* [AWSPhone] */
    size_t phones_count;
    Address primary_address;      /* Address! */
    bool has_other_addresses;     /* other_addresses is not null */
    AddressOpt *other_addresses;  /* [Address] */
    size_t other_addresses_count;
};

void contact_info_init(ContactInfo *value);
void contact_info_free(ContactInfo *value);
ds_status contact_info_copy(ContactInfo *out, const ContactInfo *src, ds_error *err);
ds_status contact_info_to_record(ds_record **out, const ds_schema *schema, const ContactInfo *value,
    ds_error *err);
ds_status contact_info_from_record(ContactInfo *out, const ds_record *record, ds_error *err);

/* ==== embedded type Orphan ==== */

struct Orphan {
    char *note;    /* String */
    int32_t level; /* Int! */
};

void orphan_init(Orphan *value);
void orphan_free(Orphan *value);
ds_status orphan_copy(Orphan *out, const Orphan *src, ds_error *err);
ds_status orphan_to_record(ds_record **out, const ds_schema *schema, const Orphan *value, ds_error *err);
ds_status orphan_from_record(Orphan *out, const ds_record *record, ds_error *err);

/* ==== model Customer ==== */

/* Field names, for predicates and sort strings: ds_pred_eq(CUSTOMER_ID, ...),
 * opts.sort = CUSTOMER_ID " desc". */
#define CUSTOMER_ID "id"
#define CUSTOMER_NAME "name"
#define CUSTOMER_CONTACT "contact"
#define CUSTOMER_BILLING "billing"
#define CUSTOMER_SHIPPING "shipping"
#define CUSTOMER_LAST_KNOWN "lastKnown"
#define CUSTOMER_VISITED "visited"
#define CUSTOMER_CREATED_AT "createdAt"
#define CUSTOMER_UPDATED_AT "updatedAt"

struct Customer {
    char *id;              /* ID!, primary key; NULL on a new record: generated when saved */
    char *name;            /* String! */
    ContactInfo contact;   /* ContactInfo! */
    bool has_billing;      /* billing is not null */
    Address billing;       /* Address */
    Address *shipping;     /* [Address!]! */
    size_t shipping_count;
    bool has_last_known;   /* last_known is not null */
    Geo last_known;        /* Geo */
    bool has_visited;      /* visited is not null */
    Country *visited;      /* [Country!] */
    size_t visited_count;
    char *created_at;      /* AWSDateTime, read-only: set by the service */
    char *updated_at;      /* AWSDateTime, read-only: set by the service */
};

/* A list of Customer records; free with customer_list_free(). */
struct CustomerList {
    Customer *items;
    size_t count;
};

/* Called for each committed change to a matching Customer; value is the record
 * after the write (the deleted one for DS_DELETE), valid during the call,
 * or NULL when it could not be converted (out of memory). */
typedef void (*customer_observe_fn)(const ds_change *change, const Customer *value, void *userdata);

void customer_init(Customer *value);
void customer_free(Customer *value);
ds_status customer_copy(Customer *out, const Customer *src, ds_error *err);
ds_status customer_to_record(ds_record **out, const ds_schema *schema, const Customer *value, ds_error *err);
ds_status customer_from_record(Customer *out, const ds_record *record, ds_error *err);
ds_status customer_save(ds_store *store, Customer *value, const ds_predicate *condition, ds_error *err);
ds_status customer_get(ds_store *store, const char *id, Customer *out, ds_error *err);
ds_status customer_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    CustomerList *out, ds_error *err);
void customer_list_free(CustomerList *list);
ds_status customer_delete(ds_store *store, const Customer *value, const ds_predicate *condition,
    ds_error *err);
ds_status customer_observe(ds_store *store, const ds_predicate *where, customer_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err);

/* Predicates on Customer's fields. */
ds_predicate *customer_id_eq(const char *value);
ds_predicate *customer_id_ne(const char *value);
ds_predicate *customer_id_lt(const char *value);
ds_predicate *customer_id_le(const char *value);
ds_predicate *customer_id_gt(const char *value);
ds_predicate *customer_id_ge(const char *value);
ds_predicate *customer_id_between(const char *low, const char *high);
ds_predicate *customer_id_begins_with(const char *value);
ds_predicate *customer_id_contains(const char *value);
ds_predicate *customer_id_not_contains(const char *value);
ds_predicate *customer_name_eq(const char *value);
ds_predicate *customer_name_ne(const char *value);
ds_predicate *customer_name_lt(const char *value);
ds_predicate *customer_name_le(const char *value);
ds_predicate *customer_name_gt(const char *value);
ds_predicate *customer_name_ge(const char *value);
ds_predicate *customer_name_between(const char *low, const char *high);
ds_predicate *customer_name_begins_with(const char *value);
ds_predicate *customer_name_contains(const char *value);
ds_predicate *customer_name_not_contains(const char *value);
ds_predicate *customer_billing_is_null(void);
ds_predicate *customer_billing_is_not_null(void);
ds_predicate *customer_last_known_is_null(void);
ds_predicate *customer_last_known_is_not_null(void);
ds_predicate *customer_visited_contains(Country value);
ds_predicate *customer_visited_not_contains(Country value);
ds_predicate *customer_visited_is_null(void);
ds_predicate *customer_visited_is_not_null(void);
ds_predicate *customer_created_at_eq(const char *value);
ds_predicate *customer_created_at_ne(const char *value);
ds_predicate *customer_created_at_lt(const char *value);
ds_predicate *customer_created_at_le(const char *value);
ds_predicate *customer_created_at_gt(const char *value);
ds_predicate *customer_created_at_ge(const char *value);
ds_predicate *customer_created_at_between(const char *low, const char *high);
ds_predicate *customer_created_at_begins_with(const char *value);
ds_predicate *customer_created_at_contains(const char *value);
ds_predicate *customer_created_at_not_contains(const char *value);
ds_predicate *customer_created_at_is_null(void);
ds_predicate *customer_created_at_is_not_null(void);
ds_predicate *customer_updated_at_eq(const char *value);
ds_predicate *customer_updated_at_ne(const char *value);
ds_predicate *customer_updated_at_lt(const char *value);
ds_predicate *customer_updated_at_le(const char *value);
ds_predicate *customer_updated_at_gt(const char *value);
ds_predicate *customer_updated_at_ge(const char *value);
ds_predicate *customer_updated_at_between(const char *low, const char *high);
ds_predicate *customer_updated_at_begins_with(const char *value);
ds_predicate *customer_updated_at_contains(const char *value);
ds_predicate *customer_updated_at_not_contains(const char *value);
ds_predicate *customer_updated_at_is_null(void);
ds_predicate *customer_updated_at_is_not_null(void);

/* ==== model Warehouse ==== */

/* Field names, for predicates and sort strings: ds_pred_eq(WAREHOUSE_ID, ...),
 * opts.sort = WAREHOUSE_ID " desc". */
#define WAREHOUSE_ID "id"
#define WAREHOUSE_LOCATION "location"
#define WAREHOUSE_DOCKS "docks"
#define WAREHOUSE_ALT_LOCATIONS "altLocations"
#define WAREHOUSE_CREATED_AT "createdAt"
#define WAREHOUSE_UPDATED_AT "updatedAt"

struct Warehouse {
    char *id;                   /* ID!, primary key; NULL on a new record: generated when saved */
    Address location;           /* Address! */
    bool has_docks;             /* docks is not null */
    GeoOpt *docks;              /* [Geo] */
    size_t docks_count;
    AddressOpt *alt_locations;  /* [Address]! */
    size_t alt_locations_count;
    char *created_at;           /* AWSDateTime, read-only: set by the service */
    char *updated_at;           /* AWSDateTime, read-only: set by the service */
};

/* A list of Warehouse records; free with warehouse_list_free(). */
struct WarehouseList {
    Warehouse *items;
    size_t count;
};

/* Called for each committed change to a matching Warehouse; value is the record
 * after the write (the deleted one for DS_DELETE), valid during the call,
 * or NULL when it could not be converted (out of memory). */
typedef void (*warehouse_observe_fn)(const ds_change *change, const Warehouse *value, void *userdata);

void warehouse_init(Warehouse *value);
void warehouse_free(Warehouse *value);
ds_status warehouse_copy(Warehouse *out, const Warehouse *src, ds_error *err);
ds_status warehouse_to_record(ds_record **out, const ds_schema *schema, const Warehouse *value,
    ds_error *err);
ds_status warehouse_from_record(Warehouse *out, const ds_record *record, ds_error *err);
ds_status warehouse_save(ds_store *store, Warehouse *value, const ds_predicate *condition, ds_error *err);
ds_status warehouse_get(ds_store *store, const char *id, Warehouse *out, ds_error *err);
ds_status warehouse_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    WarehouseList *out, ds_error *err);
void warehouse_list_free(WarehouseList *list);
ds_status warehouse_delete(ds_store *store, const Warehouse *value, const ds_predicate *condition,
    ds_error *err);
ds_status warehouse_observe(ds_store *store, const ds_predicate *where, warehouse_observe_fn fn,
    void *userdata, models_subscription **out, ds_error *err);

/* Predicates on Warehouse's fields. */
ds_predicate *warehouse_id_eq(const char *value);
ds_predicate *warehouse_id_ne(const char *value);
ds_predicate *warehouse_id_lt(const char *value);
ds_predicate *warehouse_id_le(const char *value);
ds_predicate *warehouse_id_gt(const char *value);
ds_predicate *warehouse_id_ge(const char *value);
ds_predicate *warehouse_id_between(const char *low, const char *high);
ds_predicate *warehouse_id_begins_with(const char *value);
ds_predicate *warehouse_id_contains(const char *value);
ds_predicate *warehouse_id_not_contains(const char *value);
ds_predicate *warehouse_docks_is_null(void);
ds_predicate *warehouse_docks_is_not_null(void);
ds_predicate *warehouse_created_at_eq(const char *value);
ds_predicate *warehouse_created_at_ne(const char *value);
ds_predicate *warehouse_created_at_lt(const char *value);
ds_predicate *warehouse_created_at_le(const char *value);
ds_predicate *warehouse_created_at_gt(const char *value);
ds_predicate *warehouse_created_at_ge(const char *value);
ds_predicate *warehouse_created_at_between(const char *low, const char *high);
ds_predicate *warehouse_created_at_begins_with(const char *value);
ds_predicate *warehouse_created_at_contains(const char *value);
ds_predicate *warehouse_created_at_not_contains(const char *value);
ds_predicate *warehouse_created_at_is_null(void);
ds_predicate *warehouse_created_at_is_not_null(void);
ds_predicate *warehouse_updated_at_eq(const char *value);
ds_predicate *warehouse_updated_at_ne(const char *value);
ds_predicate *warehouse_updated_at_lt(const char *value);
ds_predicate *warehouse_updated_at_le(const char *value);
ds_predicate *warehouse_updated_at_gt(const char *value);
ds_predicate *warehouse_updated_at_ge(const char *value);
ds_predicate *warehouse_updated_at_between(const char *low, const char *high);
ds_predicate *warehouse_updated_at_begins_with(const char *value);
ds_predicate *warehouse_updated_at_contains(const char *value);
ds_predicate *warehouse_updated_at_not_contains(const char *value);
ds_predicate *warehouse_updated_at_is_null(void);
ds_predicate *warehouse_updated_at_is_not_null(void);

#ifdef __cplusplus
}
#endif

#endif /* MODELS_H */
