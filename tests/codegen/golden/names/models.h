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

typedef struct LevelOpt LevelOpt;
typedef struct struct_ struct_;
typedef struct struct_Opt struct_Opt;
typedef struct Widget Widget;
typedef struct WidgetList WidgetList;
typedef struct Gadget Gadget;
typedef struct GadgetList_2 GadgetList_2;
typedef struct GadgetList GadgetList;
typedef struct GadgetListList GadgetListList;
typedef struct Slot Slot;
typedef struct SlotList SlotList;

/* ==== enum class ==== */

typedef enum class_ {
    CLASS_DEFAULT, /* default */
    CLASS_INT, /* int */
    CLASS_INT_2, /* INT */
    CLASS_INT_3, /* Int */
    CLASS_REGISTER /* register */
} class_;

/* The GraphQL name of a value ("default"); NULL for a value out of range. */
const char *class_to_string(class_ value);
/* Stores the value named s (exactly, case-sensitive) in *out; false when s
 * names none. */
bool class_from_string(class_ *out, const char *s);

/* ==== enum Level ==== */

typedef enum Level {
    LEVEL_LOW, /* LOW */
    LEVEL_HIGH /* HIGH */
} Level;

/* The GraphQL name of a value ("LOW"); NULL for a value out of range. */
const char *level_to_string(Level value);
/* Stores the value named s (exactly, case-sensitive) in *out; false when s
 * names none. */
bool level_from_string(Level *out, const char *s);

/* A list item of type Level that may be null. */
struct LevelOpt {
    bool has;
    Level value;
};

/* ==== embedded type struct ==== */

struct struct_ {
    bool has_int; /* int_ is not null */
    int32_t int_; /* Int */
    char *errno_; /* String */
};

/* A list item of type struct that may be null. */
struct struct_Opt {
    bool has;
    struct_ value;
};

void struct_init(struct_ *value);
void struct_free(struct_ *value);
ds_status struct_copy(struct_ *out, const struct_ *src, ds_error *err);
ds_status struct_to_record(ds_record **out, const ds_schema *schema, const struct_ *value, ds_error *err);
ds_status struct_from_record(struct_ *out, const ds_record *record, ds_error *err);

/* ==== model Widget ==== */

/* Field names, for predicates and sort strings: ds_pred_eq(WIDGET_ID, ...),
 * opts.sort = WIDGET_ID " desc". */
#define WIDGET_ID "id"
#define WIDGET_DEFAULT "default"
#define WIDGET_REGISTER "register"
#define WIDGET_CLASS "class"
#define WIDGET_STRUCT "struct"
#define WIDGET_STRUCTS "structs"
#define WIDGET_LEVELS "levels"
#define WIDGET_COUNT "count"
#define WIDGET_HAS_COUNT "hasCount"
#define WIDGET_COUNT_COUNT "countCount"
#define WIDGET_RATING "rating"
#define WIDGET_RATING_COUNT "ratingCount"
#define WIDGET_DELETE "delete"
#define WIDGET_NEW "new"
#define WIDGET_THIS "this"
#define WIDGET_CREATED_AT "createdAt"
#define WIDGET_UPDATED_AT "updatedAt"

struct Widget {
    char *id;              /* ID!, primary key; NULL on a new record: generated when saved */
    char *default_;        /* String */
    bool has_register;     /* register_ is not null */
    int32_t register_;     /* Int */
    bool has_class;        /* class_2 is not null */
    class_ class_2;        /* class */
    bool has_struct;       /* struct_2 is not null */
    struct_ struct_2;      /* struct */
    bool has_structs;      /* structs is not null */
    struct_Opt *structs;   /* [struct] */
    size_t structs_count;
    bool has_levels;       /* levels is not null */
    LevelOpt *levels;      /* [Level] */
    size_t levels_count;
    int32_t count;         /* Int! */
    bool has_has_count;    /* has_count is not null */
    bool has_count;        /* Boolean */
    bool has_count_count;  /* count_count is not null */
    int32_t count_count;   /* Int */
    bool has_rating;       /* rating is not null */
    double rating;         /* Float */
    bool has_rating_count; /* rating_count is not null */
    int32_t rating_count;  /* Int */
    bool has_delete;       /* delete_ is not null */
    bool delete_;          /* Boolean */
    char *new_;            /* AWSJSON */
    bool has_this;         /* this_ is not null */
    int64_t this_;         /* AWSTimestamp */
    char *created_at;      /* AWSDateTime, read-only: set by the service */
    char *updated_at;      /* AWSDateTime, read-only: set by the service */
};

/* A list of Widget records; free with widget_list_free(). */
struct WidgetList {
    Widget *items;
    size_t count;
};

/* Called for each committed change to a matching Widget; value is the record
 * after the write (the deleted one for DS_DELETE), valid during the call,
 * or NULL when it could not be converted (out of memory). */
typedef void (*widget_observe_fn)(const ds_change *change, const Widget *value, void *userdata);

void widget_init(Widget *value);
void widget_free(Widget *value);
ds_status widget_copy(Widget *out, const Widget *src, ds_error *err);
ds_status widget_to_record(ds_record **out, const ds_schema *schema, const Widget *value, ds_error *err);
ds_status widget_from_record(Widget *out, const ds_record *record, ds_error *err);
ds_status widget_save(ds_store *store, Widget *value, const ds_predicate *condition, ds_error *err);
ds_status widget_get(ds_store *store, const char *id, Widget *out, ds_error *err);
ds_status widget_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    WidgetList *out, ds_error *err);
void widget_list_free(WidgetList *list);
ds_status widget_delete(ds_store *store, const Widget *value, const ds_predicate *condition, ds_error *err);
ds_status widget_observe(ds_store *store, const ds_predicate *where, widget_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err);

/* Predicates on Widget's fields. */
ds_predicate *widget_id_eq(const char *value);
ds_predicate *widget_id_ne(const char *value);
ds_predicate *widget_id_lt(const char *value);
ds_predicate *widget_id_le(const char *value);
ds_predicate *widget_id_gt(const char *value);
ds_predicate *widget_id_ge(const char *value);
ds_predicate *widget_id_between(const char *low, const char *high);
ds_predicate *widget_id_begins_with(const char *value);
ds_predicate *widget_id_contains(const char *value);
ds_predicate *widget_id_not_contains(const char *value);
ds_predicate *widget_default_eq(const char *value);
ds_predicate *widget_default_ne(const char *value);
ds_predicate *widget_default_lt(const char *value);
ds_predicate *widget_default_le(const char *value);
ds_predicate *widget_default_gt(const char *value);
ds_predicate *widget_default_ge(const char *value);
ds_predicate *widget_default_between(const char *low, const char *high);
ds_predicate *widget_default_begins_with(const char *value);
ds_predicate *widget_default_contains(const char *value);
ds_predicate *widget_default_not_contains(const char *value);
ds_predicate *widget_default_is_null(void);
ds_predicate *widget_default_is_not_null(void);
ds_predicate *widget_register_eq(int32_t value);
ds_predicate *widget_register_ne(int32_t value);
ds_predicate *widget_register_lt(int32_t value);
ds_predicate *widget_register_le(int32_t value);
ds_predicate *widget_register_gt(int32_t value);
ds_predicate *widget_register_ge(int32_t value);
ds_predicate *widget_register_between(int32_t low, int32_t high);
ds_predicate *widget_register_is_null(void);
ds_predicate *widget_register_is_not_null(void);
ds_predicate *widget_class_eq(class_ value);
ds_predicate *widget_class_ne(class_ value);
ds_predicate *widget_class_is_null(void);
ds_predicate *widget_class_is_not_null(void);
ds_predicate *widget_struct_is_null(void);
ds_predicate *widget_struct_is_not_null(void);
ds_predicate *widget_structs_is_null(void);
ds_predicate *widget_structs_is_not_null(void);
ds_predicate *widget_levels_contains(Level value);
ds_predicate *widget_levels_not_contains(Level value);
ds_predicate *widget_levels_is_null(void);
ds_predicate *widget_levels_is_not_null(void);
ds_predicate *widget_count_eq(int32_t value);
ds_predicate *widget_count_ne(int32_t value);
ds_predicate *widget_count_lt(int32_t value);
ds_predicate *widget_count_le(int32_t value);
ds_predicate *widget_count_gt(int32_t value);
ds_predicate *widget_count_ge(int32_t value);
ds_predicate *widget_count_between(int32_t low, int32_t high);
ds_predicate *widget_has_count_eq(bool value);
ds_predicate *widget_has_count_ne(bool value);
ds_predicate *widget_has_count_is_null(void);
ds_predicate *widget_has_count_is_not_null(void);
ds_predicate *widget_count_count_eq(int32_t value);
ds_predicate *widget_count_count_ne(int32_t value);
ds_predicate *widget_count_count_lt(int32_t value);
ds_predicate *widget_count_count_le(int32_t value);
ds_predicate *widget_count_count_gt(int32_t value);
ds_predicate *widget_count_count_ge(int32_t value);
ds_predicate *widget_count_count_between(int32_t low, int32_t high);
ds_predicate *widget_count_count_is_null(void);
ds_predicate *widget_count_count_is_not_null(void);
ds_predicate *widget_rating_eq(double value);
ds_predicate *widget_rating_ne(double value);
ds_predicate *widget_rating_lt(double value);
ds_predicate *widget_rating_le(double value);
ds_predicate *widget_rating_gt(double value);
ds_predicate *widget_rating_ge(double value);
ds_predicate *widget_rating_between(double low, double high);
ds_predicate *widget_rating_is_null(void);
ds_predicate *widget_rating_is_not_null(void);
ds_predicate *widget_rating_count_eq(int32_t value);
ds_predicate *widget_rating_count_ne(int32_t value);
ds_predicate *widget_rating_count_lt(int32_t value);
ds_predicate *widget_rating_count_le(int32_t value);
ds_predicate *widget_rating_count_gt(int32_t value);
ds_predicate *widget_rating_count_ge(int32_t value);
ds_predicate *widget_rating_count_between(int32_t low, int32_t high);
ds_predicate *widget_rating_count_is_null(void);
ds_predicate *widget_rating_count_is_not_null(void);
ds_predicate *widget_delete_eq(bool value);
ds_predicate *widget_delete_ne(bool value);
ds_predicate *widget_delete_is_null(void);
ds_predicate *widget_delete_is_not_null(void);
ds_predicate *widget_new_eq(const char *value);
ds_predicate *widget_new_ne(const char *value);
ds_predicate *widget_new_lt(const char *value);
ds_predicate *widget_new_le(const char *value);
ds_predicate *widget_new_gt(const char *value);
ds_predicate *widget_new_ge(const char *value);
ds_predicate *widget_new_between(const char *low, const char *high);
ds_predicate *widget_new_begins_with(const char *value);
ds_predicate *widget_new_contains(const char *value);
ds_predicate *widget_new_not_contains(const char *value);
ds_predicate *widget_new_is_null(void);
ds_predicate *widget_new_is_not_null(void);
ds_predicate *widget_this_eq(int64_t value);
ds_predicate *widget_this_ne(int64_t value);
ds_predicate *widget_this_lt(int64_t value);
ds_predicate *widget_this_le(int64_t value);
ds_predicate *widget_this_gt(int64_t value);
ds_predicate *widget_this_ge(int64_t value);
ds_predicate *widget_this_between(int64_t low, int64_t high);
ds_predicate *widget_this_is_null(void);
ds_predicate *widget_this_is_not_null(void);
ds_predicate *widget_created_at_eq(const char *value);
ds_predicate *widget_created_at_ne(const char *value);
ds_predicate *widget_created_at_lt(const char *value);
ds_predicate *widget_created_at_le(const char *value);
ds_predicate *widget_created_at_gt(const char *value);
ds_predicate *widget_created_at_ge(const char *value);
ds_predicate *widget_created_at_between(const char *low, const char *high);
ds_predicate *widget_created_at_begins_with(const char *value);
ds_predicate *widget_created_at_contains(const char *value);
ds_predicate *widget_created_at_not_contains(const char *value);
ds_predicate *widget_created_at_is_null(void);
ds_predicate *widget_created_at_is_not_null(void);
ds_predicate *widget_updated_at_eq(const char *value);
ds_predicate *widget_updated_at_ne(const char *value);
ds_predicate *widget_updated_at_lt(const char *value);
ds_predicate *widget_updated_at_le(const char *value);
ds_predicate *widget_updated_at_gt(const char *value);
ds_predicate *widget_updated_at_ge(const char *value);
ds_predicate *widget_updated_at_between(const char *low, const char *high);
ds_predicate *widget_updated_at_begins_with(const char *value);
ds_predicate *widget_updated_at_contains(const char *value);
ds_predicate *widget_updated_at_not_contains(const char *value);
ds_predicate *widget_updated_at_is_null(void);
ds_predicate *widget_updated_at_is_not_null(void);

/* ==== model Gadget ==== */

/* Field names, for predicates and sort strings: ds_pred_eq(GADGET_ID, ...),
 * opts.sort = GADGET_ID " desc". */
#define GADGET_ID "id"
#define GADGET_STORE "store"
#define GADGET_OUT "out"
#define GADGET_CREATED_AT "createdAt"
#define GADGET_UPDATED_AT "updatedAt"
#define GADGET_GADGET_LIST_GADGETS_ID "gadgetListGadgetsId"

struct Gadget {
    char *id;                     /* ID!, primary key; NULL on a new record: generated when saved */
    char *store;                  /* String */
    bool has_out;                 /* out is not null */
    int32_t out;                  /* Int */
    char *created_at;             /* AWSDateTime, read-only: set by the service */
    char *updated_at;             /* AWSDateTime, read-only: set by the service */
    char *gadget_list_gadgets_id; /* ID */
};

/* A list of Gadget records; free with gadget_list_free(). */
struct GadgetList_2 {
    Gadget *items;
    size_t count;
};

/* Called for each committed change to a matching Gadget; value is the record
 * after the write (the deleted one for DS_DELETE), valid during the call,
 * or NULL when it could not be converted (out of memory). */
typedef void (*gadget_observe_fn)(const ds_change *change, const Gadget *value, void *userdata);

void gadget_init(Gadget *value);
void gadget_free(Gadget *value);
ds_status gadget_copy(Gadget *out, const Gadget *src, ds_error *err);
ds_status gadget_to_record(ds_record **out, const ds_schema *schema, const Gadget *value, ds_error *err);
ds_status gadget_from_record(Gadget *out, const ds_record *record, ds_error *err);
ds_status gadget_save(ds_store *store, Gadget *value, const ds_predicate *condition, ds_error *err);
ds_status gadget_get(ds_store *store, const char *id, Gadget *out, ds_error *err);
ds_status gadget_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    GadgetList_2 *out, ds_error *err);
void gadget_list_free(GadgetList_2 *list);
ds_status gadget_delete(ds_store *store, const Gadget *value, const ds_predicate *condition, ds_error *err);
ds_status gadget_observe(ds_store *store, const ds_predicate *where, gadget_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err);

/* Predicates on Gadget's fields. */
ds_predicate *gadget_id_eq(const char *value);
ds_predicate *gadget_id_ne(const char *value);
ds_predicate *gadget_id_lt(const char *value);
ds_predicate *gadget_id_le(const char *value);
ds_predicate *gadget_id_gt(const char *value);
ds_predicate *gadget_id_ge(const char *value);
ds_predicate *gadget_id_between(const char *low, const char *high);
ds_predicate *gadget_id_begins_with(const char *value);
ds_predicate *gadget_id_contains(const char *value);
ds_predicate *gadget_id_not_contains(const char *value);
ds_predicate *gadget_store_eq(const char *value);
ds_predicate *gadget_store_ne(const char *value);
ds_predicate *gadget_store_lt(const char *value);
ds_predicate *gadget_store_le(const char *value);
ds_predicate *gadget_store_gt(const char *value);
ds_predicate *gadget_store_ge(const char *value);
ds_predicate *gadget_store_between(const char *low, const char *high);
ds_predicate *gadget_store_begins_with(const char *value);
ds_predicate *gadget_store_contains(const char *value);
ds_predicate *gadget_store_not_contains(const char *value);
ds_predicate *gadget_store_is_null(void);
ds_predicate *gadget_store_is_not_null(void);
ds_predicate *gadget_out_eq(int32_t value);
ds_predicate *gadget_out_ne(int32_t value);
ds_predicate *gadget_out_lt(int32_t value);
ds_predicate *gadget_out_le(int32_t value);
ds_predicate *gadget_out_gt(int32_t value);
ds_predicate *gadget_out_ge(int32_t value);
ds_predicate *gadget_out_between(int32_t low, int32_t high);
ds_predicate *gadget_out_is_null(void);
ds_predicate *gadget_out_is_not_null(void);
ds_predicate *gadget_created_at_eq(const char *value);
ds_predicate *gadget_created_at_ne(const char *value);
ds_predicate *gadget_created_at_lt(const char *value);
ds_predicate *gadget_created_at_le(const char *value);
ds_predicate *gadget_created_at_gt(const char *value);
ds_predicate *gadget_created_at_ge(const char *value);
ds_predicate *gadget_created_at_between(const char *low, const char *high);
ds_predicate *gadget_created_at_begins_with(const char *value);
ds_predicate *gadget_created_at_contains(const char *value);
ds_predicate *gadget_created_at_not_contains(const char *value);
ds_predicate *gadget_created_at_is_null(void);
ds_predicate *gadget_created_at_is_not_null(void);
ds_predicate *gadget_updated_at_eq(const char *value);
ds_predicate *gadget_updated_at_ne(const char *value);
ds_predicate *gadget_updated_at_lt(const char *value);
ds_predicate *gadget_updated_at_le(const char *value);
ds_predicate *gadget_updated_at_gt(const char *value);
ds_predicate *gadget_updated_at_ge(const char *value);
ds_predicate *gadget_updated_at_between(const char *low, const char *high);
ds_predicate *gadget_updated_at_begins_with(const char *value);
ds_predicate *gadget_updated_at_contains(const char *value);
ds_predicate *gadget_updated_at_not_contains(const char *value);
ds_predicate *gadget_updated_at_is_null(void);
ds_predicate *gadget_updated_at_is_not_null(void);
ds_predicate *gadget_gadget_list_gadgets_id_eq(const char *value);
ds_predicate *gadget_gadget_list_gadgets_id_ne(const char *value);
ds_predicate *gadget_gadget_list_gadgets_id_lt(const char *value);
ds_predicate *gadget_gadget_list_gadgets_id_le(const char *value);
ds_predicate *gadget_gadget_list_gadgets_id_gt(const char *value);
ds_predicate *gadget_gadget_list_gadgets_id_ge(const char *value);
ds_predicate *gadget_gadget_list_gadgets_id_between(const char *low, const char *high);
ds_predicate *gadget_gadget_list_gadgets_id_begins_with(const char *value);
ds_predicate *gadget_gadget_list_gadgets_id_contains(const char *value);
ds_predicate *gadget_gadget_list_gadgets_id_not_contains(const char *value);
ds_predicate *gadget_gadget_list_gadgets_id_is_null(void);
ds_predicate *gadget_gadget_list_gadgets_id_is_not_null(void);

/* ==== model GadgetList ==== */

/* Field names, for predicates and sort strings: ds_pred_eq(GADGET_LIST_ID, ...),
 * opts.sort = GADGET_LIST_ID " desc". */
#define GADGET_LIST_ID "id"
#define GADGET_LIST_CREATED_AT "createdAt"
#define GADGET_LIST_UPDATED_AT "updatedAt"

struct GadgetList {
    char *id;         /* ID!, primary key; NULL on a new record: generated when saved */
    char *created_at; /* AWSDateTime, read-only: set by the service */
    char *updated_at; /* AWSDateTime, read-only: set by the service */
};

/* A list of GadgetList records; free with gadget_list_list_free(). */
struct GadgetListList {
    GadgetList *items;
    size_t count;
};

/* Called for each committed change to a matching GadgetList; value is the record
 * after the write (the deleted one for DS_DELETE), valid during the call,
 * or NULL when it could not be converted (out of memory). */
typedef void (*gadget_list_observe_fn)(const ds_change *change, const GadgetList *value, void *userdata);

void gadget_list_init(GadgetList *value);
void gadget_list_free_2(GadgetList *value);
ds_status gadget_list_copy(GadgetList *out, const GadgetList *src, ds_error *err);
ds_status gadget_list_to_record(ds_record **out, const ds_schema *schema, const GadgetList *value,
    ds_error *err);
ds_status gadget_list_from_record(GadgetList *out, const ds_record *record, ds_error *err);
ds_status gadget_list_save(ds_store *store, GadgetList *value, const ds_predicate *condition, ds_error *err);
ds_status gadget_list_get(ds_store *store, const char *id, GadgetList *out, ds_error *err);
ds_status gadget_list_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    GadgetListList *out, ds_error *err);
void gadget_list_list_free(GadgetListList *list);
ds_status gadget_list_delete(ds_store *store, const GadgetList *value, const ds_predicate *condition,
    ds_error *err);
ds_status gadget_list_observe(ds_store *store, const ds_predicate *where, gadget_list_observe_fn fn,
    void *userdata, models_subscription **out, ds_error *err);

/* Related records, read from the local store by ds_load_related(); a to-one
 * loader gives DS_ERR_NOTFOUND when there is none. */
ds_status gadget_list_load_gadgets(ds_store *store, const GadgetList *value, GadgetList_2 *out,
    ds_error *err);

/* Predicates on GadgetList's fields. */
ds_predicate *gadget_list_id_eq(const char *value);
ds_predicate *gadget_list_id_ne(const char *value);
ds_predicate *gadget_list_id_lt(const char *value);
ds_predicate *gadget_list_id_le(const char *value);
ds_predicate *gadget_list_id_gt(const char *value);
ds_predicate *gadget_list_id_ge(const char *value);
ds_predicate *gadget_list_id_between(const char *low, const char *high);
ds_predicate *gadget_list_id_begins_with(const char *value);
ds_predicate *gadget_list_id_contains(const char *value);
ds_predicate *gadget_list_id_not_contains(const char *value);
ds_predicate *gadget_list_created_at_eq(const char *value);
ds_predicate *gadget_list_created_at_ne(const char *value);
ds_predicate *gadget_list_created_at_lt(const char *value);
ds_predicate *gadget_list_created_at_le(const char *value);
ds_predicate *gadget_list_created_at_gt(const char *value);
ds_predicate *gadget_list_created_at_ge(const char *value);
ds_predicate *gadget_list_created_at_between(const char *low, const char *high);
ds_predicate *gadget_list_created_at_begins_with(const char *value);
ds_predicate *gadget_list_created_at_contains(const char *value);
ds_predicate *gadget_list_created_at_not_contains(const char *value);
ds_predicate *gadget_list_created_at_is_null(void);
ds_predicate *gadget_list_created_at_is_not_null(void);
ds_predicate *gadget_list_updated_at_eq(const char *value);
ds_predicate *gadget_list_updated_at_ne(const char *value);
ds_predicate *gadget_list_updated_at_lt(const char *value);
ds_predicate *gadget_list_updated_at_le(const char *value);
ds_predicate *gadget_list_updated_at_gt(const char *value);
ds_predicate *gadget_list_updated_at_ge(const char *value);
ds_predicate *gadget_list_updated_at_between(const char *low, const char *high);
ds_predicate *gadget_list_updated_at_begins_with(const char *value);
ds_predicate *gadget_list_updated_at_contains(const char *value);
ds_predicate *gadget_list_updated_at_not_contains(const char *value);
ds_predicate *gadget_list_updated_at_is_null(void);
ds_predicate *gadget_list_updated_at_is_not_null(void);

/* ==== model Slot ==== */

/* Field names, for predicates and sort strings: ds_pred_eq(SLOT_STORE, ...),
 * opts.sort = SLOT_STORE " desc". */
#define SLOT_STORE "store"
#define SLOT_OUT "out"
#define SLOT_ERR "err"
#define SLOT_CLASS "class"
#define SLOT_CREATED_AT "createdAt"
#define SLOT_UPDATED_AT "updatedAt"

struct Slot {
    char *store;      /* String!, primary key */
    int32_t out;      /* Int!, sort key */
    char *err;        /* String!, sort key */
    bool has_class;   /* class_2 is not null */
    class_ class_2;   /* class */
    char *created_at; /* AWSDateTime, read-only: set by the service */
    char *updated_at; /* AWSDateTime, read-only: set by the service */
};

/* A list of Slot records; free with slot_list_free(). */
struct SlotList {
    Slot *items;
    size_t count;
};

/* Called for each committed change to a matching Slot; value is the record
 * after the write (the deleted one for DS_DELETE), valid during the call,
 * or NULL when it could not be converted (out of memory). */
typedef void (*slot_observe_fn)(const ds_change *change, const Slot *value, void *userdata);

void slot_init(Slot *value);
void slot_free(Slot *value);
ds_status slot_copy(Slot *out, const Slot *src, ds_error *err);
ds_status slot_to_record(ds_record **out, const ds_schema *schema, const Slot *value, ds_error *err);
ds_status slot_from_record(Slot *out, const ds_record *record, ds_error *err);
ds_status slot_save(ds_store *store, Slot *value, const ds_predicate *condition, ds_error *err);
ds_status slot_get(ds_store *store, const char *store_2, int32_t out_2, const char *err_2, Slot *out,
    ds_error *err);
ds_status slot_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts, SlotList *out,
    ds_error *err);
void slot_list_free(SlotList *list);
ds_status slot_delete(ds_store *store, const Slot *value, const ds_predicate *condition, ds_error *err);
ds_status slot_observe(ds_store *store, const ds_predicate *where, slot_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err);

/* Predicates on Slot's fields. */
ds_predicate *slot_store_eq(const char *value);
ds_predicate *slot_store_ne(const char *value);
ds_predicate *slot_store_lt(const char *value);
ds_predicate *slot_store_le(const char *value);
ds_predicate *slot_store_gt(const char *value);
ds_predicate *slot_store_ge(const char *value);
ds_predicate *slot_store_between(const char *low, const char *high);
ds_predicate *slot_store_begins_with(const char *value);
ds_predicate *slot_store_contains(const char *value);
ds_predicate *slot_store_not_contains(const char *value);
ds_predicate *slot_out_eq(int32_t value);
ds_predicate *slot_out_ne(int32_t value);
ds_predicate *slot_out_lt(int32_t value);
ds_predicate *slot_out_le(int32_t value);
ds_predicate *slot_out_gt(int32_t value);
ds_predicate *slot_out_ge(int32_t value);
ds_predicate *slot_out_between(int32_t low, int32_t high);
ds_predicate *slot_err_eq(const char *value);
ds_predicate *slot_err_ne(const char *value);
ds_predicate *slot_err_lt(const char *value);
ds_predicate *slot_err_le(const char *value);
ds_predicate *slot_err_gt(const char *value);
ds_predicate *slot_err_ge(const char *value);
ds_predicate *slot_err_between(const char *low, const char *high);
ds_predicate *slot_err_begins_with(const char *value);
ds_predicate *slot_err_contains(const char *value);
ds_predicate *slot_err_not_contains(const char *value);
ds_predicate *slot_class_eq(class_ value);
ds_predicate *slot_class_ne(class_ value);
ds_predicate *slot_class_is_null(void);
ds_predicate *slot_class_is_not_null(void);
ds_predicate *slot_created_at_eq(const char *value);
ds_predicate *slot_created_at_ne(const char *value);
ds_predicate *slot_created_at_lt(const char *value);
ds_predicate *slot_created_at_le(const char *value);
ds_predicate *slot_created_at_gt(const char *value);
ds_predicate *slot_created_at_ge(const char *value);
ds_predicate *slot_created_at_between(const char *low, const char *high);
ds_predicate *slot_created_at_begins_with(const char *value);
ds_predicate *slot_created_at_contains(const char *value);
ds_predicate *slot_created_at_not_contains(const char *value);
ds_predicate *slot_created_at_is_null(void);
ds_predicate *slot_created_at_is_not_null(void);
ds_predicate *slot_updated_at_eq(const char *value);
ds_predicate *slot_updated_at_ne(const char *value);
ds_predicate *slot_updated_at_lt(const char *value);
ds_predicate *slot_updated_at_le(const char *value);
ds_predicate *slot_updated_at_gt(const char *value);
ds_predicate *slot_updated_at_ge(const char *value);
ds_predicate *slot_updated_at_between(const char *low, const char *high);
ds_predicate *slot_updated_at_begins_with(const char *value);
ds_predicate *slot_updated_at_contains(const char *value);
ds_predicate *slot_updated_at_not_contains(const char *value);
ds_predicate *slot_updated_at_is_null(void);
ds_predicate *slot_updated_at_is_not_null(void);

#ifdef __cplusplus
}
#endif

#endif /* MODELS_H */
