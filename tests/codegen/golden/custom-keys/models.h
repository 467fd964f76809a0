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

typedef struct Customer Customer;
typedef struct CustomerList CustomerList;
typedef struct Order Order;
typedef struct OrderList OrderList;
typedef struct Product Product;
typedef struct ProductList ProductList;
typedef struct StockItem StockItem;
typedef struct StockItemList StockItemList;
typedef struct StoreBranch StoreBranch;
typedef struct StoreBranchList StoreBranchList;

/* ==== model Customer ==== */

/* Field names, for predicates and sort strings: ds_pred_eq(CUSTOMER_CUSTOMER_ID, ...),
 * opts.sort = CUSTOMER_CUSTOMER_ID " desc". */
#define CUSTOMER_CUSTOMER_ID "customerId"
#define CUSTOMER_NAME "name"
#define CUSTOMER_EMAIL "email"
#define CUSTOMER_CREATED_AT "createdAt"
#define CUSTOMER_UPDATED_AT "updatedAt"

struct Customer {
    char *customer_id; /* ID!, primary key */
    char *name;        /* String! */
    char *email;       /* AWSEmail */
    char *created_at;  /* AWSDateTime, read-only: set by the service */
    char *updated_at;  /* AWSDateTime, read-only: set by the service */
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
ds_status customer_get(ds_store *store, const char *customer_id, Customer *out, ds_error *err);
ds_status customer_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    CustomerList *out, ds_error *err);
void customer_list_free(CustomerList *list);
ds_status customer_delete(ds_store *store, const Customer *value, const ds_predicate *condition,
    ds_error *err);
ds_status customer_observe(ds_store *store, const ds_predicate *where, customer_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err);

/* Related records, read from the local store by ds_load_related(); a to-one
 * loader gives DS_ERR_NOTFOUND when there is none. */
ds_status customer_load_orders(ds_store *store, const Customer *value, OrderList *out, ds_error *err);

/* Predicates on Customer's fields. */
ds_predicate *customer_customer_id_eq(const char *value);
ds_predicate *customer_customer_id_ne(const char *value);
ds_predicate *customer_customer_id_lt(const char *value);
ds_predicate *customer_customer_id_le(const char *value);
ds_predicate *customer_customer_id_gt(const char *value);
ds_predicate *customer_customer_id_ge(const char *value);
ds_predicate *customer_customer_id_between(const char *low, const char *high);
ds_predicate *customer_customer_id_begins_with(const char *value);
ds_predicate *customer_customer_id_contains(const char *value);
ds_predicate *customer_customer_id_not_contains(const char *value);
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
ds_predicate *customer_email_eq(const char *value);
ds_predicate *customer_email_ne(const char *value);
ds_predicate *customer_email_lt(const char *value);
ds_predicate *customer_email_le(const char *value);
ds_predicate *customer_email_gt(const char *value);
ds_predicate *customer_email_ge(const char *value);
ds_predicate *customer_email_between(const char *low, const char *high);
ds_predicate *customer_email_begins_with(const char *value);
ds_predicate *customer_email_contains(const char *value);
ds_predicate *customer_email_not_contains(const char *value);
ds_predicate *customer_email_is_null(void);
ds_predicate *customer_email_is_not_null(void);
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

/* ==== model Order ==== */

/* Field names, for predicates and sort strings: ds_pred_eq(ORDER_ID, ...),
 * opts.sort = ORDER_ID " desc". */
#define ORDER_ID "id"
#define ORDER_ORDER_DATE "orderDate"
#define ORDER_CUSTOMER_ID "customerId"
#define ORDER_TOTAL "total"
#define ORDER_CREATED_AT "createdAt"
#define ORDER_UPDATED_AT "updatedAt"

struct Order {
    char *id;          /* ID!, primary key */
    char *order_date;  /* AWSDate!, sort key */
    char *customer_id; /* ID! */
    double total;      /* Float! */
    char *created_at;  /* AWSDateTime, read-only: set by the service */
    char *updated_at;  /* AWSDateTime, read-only: set by the service */
};

/* A list of Order records; free with order_list_free(). */
struct OrderList {
    Order *items;
    size_t count;
};

/* Called for each committed change to a matching Order; value is the record
 * after the write (the deleted one for DS_DELETE), valid during the call,
 * or NULL when it could not be converted (out of memory). */
typedef void (*order_observe_fn)(const ds_change *change, const Order *value, void *userdata);

void order_init(Order *value);
void order_free(Order *value);
ds_status order_copy(Order *out, const Order *src, ds_error *err);
ds_status order_to_record(ds_record **out, const ds_schema *schema, const Order *value, ds_error *err);
ds_status order_from_record(Order *out, const ds_record *record, ds_error *err);
ds_status order_save(ds_store *store, Order *value, const ds_predicate *condition, ds_error *err);
ds_status order_get(ds_store *store, const char *id, const char *order_date, Order *out, ds_error *err);
ds_status order_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    OrderList *out, ds_error *err);
void order_list_free(OrderList *list);
ds_status order_delete(ds_store *store, const Order *value, const ds_predicate *condition, ds_error *err);
ds_status order_observe(ds_store *store, const ds_predicate *where, order_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err);

/* Related records, read from the local store by ds_load_related(); a to-one
 * loader gives DS_ERR_NOTFOUND when there is none. */
ds_status order_load_customer(ds_store *store, const Order *value, Customer *out, ds_error *err);

/* Predicates on Order's fields. */
ds_predicate *order_id_eq(const char *value);
ds_predicate *order_id_ne(const char *value);
ds_predicate *order_id_lt(const char *value);
ds_predicate *order_id_le(const char *value);
ds_predicate *order_id_gt(const char *value);
ds_predicate *order_id_ge(const char *value);
ds_predicate *order_id_between(const char *low, const char *high);
ds_predicate *order_id_begins_with(const char *value);
ds_predicate *order_id_contains(const char *value);
ds_predicate *order_id_not_contains(const char *value);
ds_predicate *order_order_date_eq(const char *value);
ds_predicate *order_order_date_ne(const char *value);
ds_predicate *order_order_date_lt(const char *value);
ds_predicate *order_order_date_le(const char *value);
ds_predicate *order_order_date_gt(const char *value);
ds_predicate *order_order_date_ge(const char *value);
ds_predicate *order_order_date_between(const char *low, const char *high);
ds_predicate *order_order_date_begins_with(const char *value);
ds_predicate *order_order_date_contains(const char *value);
ds_predicate *order_order_date_not_contains(const char *value);
ds_predicate *order_customer_id_eq(const char *value);
ds_predicate *order_customer_id_ne(const char *value);
ds_predicate *order_customer_id_lt(const char *value);
ds_predicate *order_customer_id_le(const char *value);
ds_predicate *order_customer_id_gt(const char *value);
ds_predicate *order_customer_id_ge(const char *value);
ds_predicate *order_customer_id_between(const char *low, const char *high);
ds_predicate *order_customer_id_begins_with(const char *value);
ds_predicate *order_customer_id_contains(const char *value);
ds_predicate *order_customer_id_not_contains(const char *value);
ds_predicate *order_total_eq(double value);
ds_predicate *order_total_ne(double value);
ds_predicate *order_total_lt(double value);
ds_predicate *order_total_le(double value);
ds_predicate *order_total_gt(double value);
ds_predicate *order_total_ge(double value);
ds_predicate *order_total_between(double low, double high);
ds_predicate *order_created_at_eq(const char *value);
ds_predicate *order_created_at_ne(const char *value);
ds_predicate *order_created_at_lt(const char *value);
ds_predicate *order_created_at_le(const char *value);
ds_predicate *order_created_at_gt(const char *value);
ds_predicate *order_created_at_ge(const char *value);
ds_predicate *order_created_at_between(const char *low, const char *high);
ds_predicate *order_created_at_begins_with(const char *value);
ds_predicate *order_created_at_contains(const char *value);
ds_predicate *order_created_at_not_contains(const char *value);
ds_predicate *order_created_at_is_null(void);
ds_predicate *order_created_at_is_not_null(void);
ds_predicate *order_updated_at_eq(const char *value);
ds_predicate *order_updated_at_ne(const char *value);
ds_predicate *order_updated_at_lt(const char *value);
ds_predicate *order_updated_at_le(const char *value);
ds_predicate *order_updated_at_gt(const char *value);
ds_predicate *order_updated_at_ge(const char *value);
ds_predicate *order_updated_at_between(const char *low, const char *high);
ds_predicate *order_updated_at_begins_with(const char *value);
ds_predicate *order_updated_at_contains(const char *value);
ds_predicate *order_updated_at_not_contains(const char *value);
ds_predicate *order_updated_at_is_null(void);
ds_predicate *order_updated_at_is_not_null(void);

/* ==== model Product ==== */

/* Field names, for predicates and sort strings: ds_pred_eq(PRODUCT_SKU, ...),
 * opts.sort = PRODUCT_SKU " desc". */
#define PRODUCT_SKU "sku"
#define PRODUCT_WAREHOUSE "warehouse"
#define PRODUCT_BIN_NUMBER "binNumber"
#define PRODUCT_NAME "name"
#define PRODUCT_PRICE "price"
#define PRODUCT_CREATED_AT "createdAt"
#define PRODUCT_UPDATED_AT "updatedAt"

struct Product {
    char *sku;          /* String!, primary key */
    char *warehouse;    /* String!, sort key */
    int32_t bin_number; /* Int!, sort key */
    char *name;         /* String! */
    bool has_price;     /* price is not null */
    double price;       /* Float */
    char *created_at;   /* AWSDateTime, read-only: set by the service */
    char *updated_at;   /* AWSDateTime, read-only: set by the service */
};

/* A list of Product records; free with product_list_free(). */
struct ProductList {
    Product *items;
    size_t count;
};

/* Called for each committed change to a matching Product; value is the record
 * after the write (the deleted one for DS_DELETE), valid during the call,
 * or NULL when it could not be converted (out of memory). */
typedef void (*product_observe_fn)(const ds_change *change, const Product *value, void *userdata);

void product_init(Product *value);
void product_free(Product *value);
ds_status product_copy(Product *out, const Product *src, ds_error *err);
ds_status product_to_record(ds_record **out, const ds_schema *schema, const Product *value, ds_error *err);
ds_status product_from_record(Product *out, const ds_record *record, ds_error *err);
ds_status product_save(ds_store *store, Product *value, const ds_predicate *condition, ds_error *err);
ds_status product_get(ds_store *store, const char *sku, const char *warehouse, int32_t bin_number,
    Product *out, ds_error *err);
ds_status product_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    ProductList *out, ds_error *err);
void product_list_free(ProductList *list);
ds_status product_delete(ds_store *store, const Product *value, const ds_predicate *condition, ds_error *err);
ds_status product_observe(ds_store *store, const ds_predicate *where, product_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err);

/* Related records, read from the local store by ds_load_related(); a to-one
 * loader gives DS_ERR_NOTFOUND when there is none. */
ds_status product_load_stock(ds_store *store, const Product *value, StockItemList *out, ds_error *err);

/* Predicates on Product's fields. */
ds_predicate *product_sku_eq(const char *value);
ds_predicate *product_sku_ne(const char *value);
ds_predicate *product_sku_lt(const char *value);
ds_predicate *product_sku_le(const char *value);
ds_predicate *product_sku_gt(const char *value);
ds_predicate *product_sku_ge(const char *value);
ds_predicate *product_sku_between(const char *low, const char *high);
ds_predicate *product_sku_begins_with(const char *value);
ds_predicate *product_sku_contains(const char *value);
ds_predicate *product_sku_not_contains(const char *value);
ds_predicate *product_warehouse_eq(const char *value);
ds_predicate *product_warehouse_ne(const char *value);
ds_predicate *product_warehouse_lt(const char *value);
ds_predicate *product_warehouse_le(const char *value);
ds_predicate *product_warehouse_gt(const char *value);
ds_predicate *product_warehouse_ge(const char *value);
ds_predicate *product_warehouse_between(const char *low, const char *high);
ds_predicate *product_warehouse_begins_with(const char *value);
ds_predicate *product_warehouse_contains(const char *value);
ds_predicate *product_warehouse_not_contains(const char *value);
ds_predicate *product_bin_number_eq(int32_t value);
ds_predicate *product_bin_number_ne(int32_t value);
ds_predicate *product_bin_number_lt(int32_t value);
ds_predicate *product_bin_number_le(int32_t value);
ds_predicate *product_bin_number_gt(int32_t value);
ds_predicate *product_bin_number_ge(int32_t value);
ds_predicate *product_bin_number_between(int32_t low, int32_t high);
ds_predicate *product_name_eq(const char *value);
ds_predicate *product_name_ne(const char *value);
ds_predicate *product_name_lt(const char *value);
ds_predicate *product_name_le(const char *value);
ds_predicate *product_name_gt(const char *value);
ds_predicate *product_name_ge(const char *value);
ds_predicate *product_name_between(const char *low, const char *high);
ds_predicate *product_name_begins_with(const char *value);
ds_predicate *product_name_contains(const char *value);
ds_predicate *product_name_not_contains(const char *value);
ds_predicate *product_price_eq(double value);
ds_predicate *product_price_ne(double value);
ds_predicate *product_price_lt(double value);
ds_predicate *product_price_le(double value);
ds_predicate *product_price_gt(double value);
ds_predicate *product_price_ge(double value);
ds_predicate *product_price_between(double low, double high);
ds_predicate *product_price_is_null(void);
ds_predicate *product_price_is_not_null(void);
ds_predicate *product_created_at_eq(const char *value);
ds_predicate *product_created_at_ne(const char *value);
ds_predicate *product_created_at_lt(const char *value);
ds_predicate *product_created_at_le(const char *value);
ds_predicate *product_created_at_gt(const char *value);
ds_predicate *product_created_at_ge(const char *value);
ds_predicate *product_created_at_between(const char *low, const char *high);
ds_predicate *product_created_at_begins_with(const char *value);
ds_predicate *product_created_at_contains(const char *value);
ds_predicate *product_created_at_not_contains(const char *value);
ds_predicate *product_created_at_is_null(void);
ds_predicate *product_created_at_is_not_null(void);
ds_predicate *product_updated_at_eq(const char *value);
ds_predicate *product_updated_at_ne(const char *value);
ds_predicate *product_updated_at_lt(const char *value);
ds_predicate *product_updated_at_le(const char *value);
ds_predicate *product_updated_at_gt(const char *value);
ds_predicate *product_updated_at_ge(const char *value);
ds_predicate *product_updated_at_between(const char *low, const char *high);
ds_predicate *product_updated_at_begins_with(const char *value);
ds_predicate *product_updated_at_contains(const char *value);
ds_predicate *product_updated_at_not_contains(const char *value);
ds_predicate *product_updated_at_is_null(void);
ds_predicate *product_updated_at_is_not_null(void);

/* ==== model StockItem ==== */

/* Field names, for predicates and sort strings: ds_pred_eq(STOCK_ITEM_ID, ...),
 * opts.sort = STOCK_ITEM_ID " desc". */
#define STOCK_ITEM_ID "id"
#define STOCK_ITEM_PRODUCT_SKU "productSku"
#define STOCK_ITEM_PRODUCT_WAREHOUSE "productWarehouse"
#define STOCK_ITEM_PRODUCT_BIN_NUMBER "productBinNumber"
#define STOCK_ITEM_QUANTITY "quantity"
#define STOCK_ITEM_CREATED_AT "createdAt"
#define STOCK_ITEM_UPDATED_AT "updatedAt"

struct StockItem {
    char *id;                   /* ID!, primary key; NULL on a new record: generated when saved */
    char *product_sku;          /* String! */
    char *product_warehouse;    /* String! */
    int32_t product_bin_number; /* Int! */
    int32_t quantity;           /* Int! */
    char *created_at;           /* AWSDateTime, read-only: set by the service */
    char *updated_at;           /* AWSDateTime, read-only: set by the service */
};

/* A list of StockItem records; free with stock_item_list_free(). */
struct StockItemList {
    StockItem *items;
    size_t count;
};

/* Called for each committed change to a matching StockItem; value is the record
 * after the write (the deleted one for DS_DELETE), valid during the call,
 * or NULL when it could not be converted (out of memory). */
typedef void (*stock_item_observe_fn)(const ds_change *change, const StockItem *value, void *userdata);

void stock_item_init(StockItem *value);
void stock_item_free(StockItem *value);
ds_status stock_item_copy(StockItem *out, const StockItem *src, ds_error *err);
ds_status stock_item_to_record(ds_record **out, const ds_schema *schema, const StockItem *value,
    ds_error *err);
ds_status stock_item_from_record(StockItem *out, const ds_record *record, ds_error *err);
ds_status stock_item_save(ds_store *store, StockItem *value, const ds_predicate *condition, ds_error *err);
ds_status stock_item_get(ds_store *store, const char *id, StockItem *out, ds_error *err);
ds_status stock_item_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    StockItemList *out, ds_error *err);
void stock_item_list_free(StockItemList *list);
ds_status stock_item_delete(ds_store *store, const StockItem *value, const ds_predicate *condition,
    ds_error *err);
ds_status stock_item_observe(ds_store *store, const ds_predicate *where, stock_item_observe_fn fn,
    void *userdata, models_subscription **out, ds_error *err);

/* Related records, read from the local store by ds_load_related(); a to-one
 * loader gives DS_ERR_NOTFOUND when there is none. */
ds_status stock_item_load_product(ds_store *store, const StockItem *value, Product *out, ds_error *err);

/* Predicates on StockItem's fields. */
ds_predicate *stock_item_id_eq(const char *value);
ds_predicate *stock_item_id_ne(const char *value);
ds_predicate *stock_item_id_lt(const char *value);
ds_predicate *stock_item_id_le(const char *value);
ds_predicate *stock_item_id_gt(const char *value);
ds_predicate *stock_item_id_ge(const char *value);
ds_predicate *stock_item_id_between(const char *low, const char *high);
ds_predicate *stock_item_id_begins_with(const char *value);
ds_predicate *stock_item_id_contains(const char *value);
ds_predicate *stock_item_id_not_contains(const char *value);
ds_predicate *stock_item_product_sku_eq(const char *value);
ds_predicate *stock_item_product_sku_ne(const char *value);
ds_predicate *stock_item_product_sku_lt(const char *value);
ds_predicate *stock_item_product_sku_le(const char *value);
ds_predicate *stock_item_product_sku_gt(const char *value);
ds_predicate *stock_item_product_sku_ge(const char *value);
ds_predicate *stock_item_product_sku_between(const char *low, const char *high);
ds_predicate *stock_item_product_sku_begins_with(const char *value);
ds_predicate *stock_item_product_sku_contains(const char *value);
ds_predicate *stock_item_product_sku_not_contains(const char *value);
ds_predicate *stock_item_product_warehouse_eq(const char *value);
ds_predicate *stock_item_product_warehouse_ne(const char *value);
ds_predicate *stock_item_product_warehouse_lt(const char *value);
ds_predicate *stock_item_product_warehouse_le(const char *value);
ds_predicate *stock_item_product_warehouse_gt(const char *value);
ds_predicate *stock_item_product_warehouse_ge(const char *value);
ds_predicate *stock_item_product_warehouse_between(const char *low, const char *high);
ds_predicate *stock_item_product_warehouse_begins_with(const char *value);
ds_predicate *stock_item_product_warehouse_contains(const char *value);
ds_predicate *stock_item_product_warehouse_not_contains(const char *value);
ds_predicate *stock_item_product_bin_number_eq(int32_t value);
ds_predicate *stock_item_product_bin_number_ne(int32_t value);
ds_predicate *stock_item_product_bin_number_lt(int32_t value);
ds_predicate *stock_item_product_bin_number_le(int32_t value);
ds_predicate *stock_item_product_bin_number_gt(int32_t value);
ds_predicate *stock_item_product_bin_number_ge(int32_t value);
ds_predicate *stock_item_product_bin_number_between(int32_t low, int32_t high);
ds_predicate *stock_item_quantity_eq(int32_t value);
ds_predicate *stock_item_quantity_ne(int32_t value);
ds_predicate *stock_item_quantity_lt(int32_t value);
ds_predicate *stock_item_quantity_le(int32_t value);
ds_predicate *stock_item_quantity_gt(int32_t value);
ds_predicate *stock_item_quantity_ge(int32_t value);
ds_predicate *stock_item_quantity_between(int32_t low, int32_t high);
ds_predicate *stock_item_created_at_eq(const char *value);
ds_predicate *stock_item_created_at_ne(const char *value);
ds_predicate *stock_item_created_at_lt(const char *value);
ds_predicate *stock_item_created_at_le(const char *value);
ds_predicate *stock_item_created_at_gt(const char *value);
ds_predicate *stock_item_created_at_ge(const char *value);
ds_predicate *stock_item_created_at_between(const char *low, const char *high);
ds_predicate *stock_item_created_at_begins_with(const char *value);
ds_predicate *stock_item_created_at_contains(const char *value);
ds_predicate *stock_item_created_at_not_contains(const char *value);
ds_predicate *stock_item_created_at_is_null(void);
ds_predicate *stock_item_created_at_is_not_null(void);
ds_predicate *stock_item_updated_at_eq(const char *value);
ds_predicate *stock_item_updated_at_ne(const char *value);
ds_predicate *stock_item_updated_at_lt(const char *value);
ds_predicate *stock_item_updated_at_le(const char *value);
ds_predicate *stock_item_updated_at_gt(const char *value);
ds_predicate *stock_item_updated_at_ge(const char *value);
ds_predicate *stock_item_updated_at_between(const char *low, const char *high);
ds_predicate *stock_item_updated_at_begins_with(const char *value);
ds_predicate *stock_item_updated_at_contains(const char *value);
ds_predicate *stock_item_updated_at_not_contains(const char *value);
ds_predicate *stock_item_updated_at_is_null(void);
ds_predicate *stock_item_updated_at_is_not_null(void);

/* ==== model StoreBranch ==== */

/* Field names, for predicates and sort strings: ds_pred_eq(STORE_BRANCH_TENANT_ID, ...),
 * opts.sort = STORE_BRANCH_TENANT_ID " desc". */
#define STORE_BRANCH_TENANT_ID "tenantId"
#define STORE_BRANCH_COUNTRY "country"
#define STORE_BRANCH_STATE "state"
#define STORE_BRANCH_CITY "city"
#define STORE_BRANCH_ZIP_CODE "zipCode"
#define STORE_BRANCH_STREET_ADDRESS "streetAddress"
#define STORE_BRANCH_NAME "name"
#define STORE_BRANCH_CREATED_AT "createdAt"
#define STORE_BRANCH_UPDATED_AT "updatedAt"

struct StoreBranch {
    char *tenant_id;      /* ID!, primary key */
    char *country;        /* String!, sort key */
    char *state;          /* String!, sort key */
    char *city;           /* String!, sort key */
    char *zip_code;       /* String!, sort key */
    char *street_address; /* String!, sort key */
    char *name;           /* String */
    char *created_at;     /* AWSDateTime, read-only: set by the service */
    char *updated_at;     /* AWSDateTime, read-only: set by the service */
};

/* A list of StoreBranch records; free with store_branch_list_free(). */
struct StoreBranchList {
    StoreBranch *items;
    size_t count;
};

/* Called for each committed change to a matching StoreBranch; value is the record
 * after the write (the deleted one for DS_DELETE), valid during the call,
 * or NULL when it could not be converted (out of memory). */
typedef void (*store_branch_observe_fn)(const ds_change *change, const StoreBranch *value, void *userdata);

void store_branch_init(StoreBranch *value);
void store_branch_free(StoreBranch *value);
ds_status store_branch_copy(StoreBranch *out, const StoreBranch *src, ds_error *err);
ds_status store_branch_to_record(ds_record **out, const ds_schema *schema, const StoreBranch *value,
    ds_error *err);
ds_status store_branch_from_record(StoreBranch *out, const ds_record *record, ds_error *err);
ds_status store_branch_save(ds_store *store, StoreBranch *value, const ds_predicate *condition,
    ds_error *err);
ds_status store_branch_get(ds_store *store, const char *tenant_id, const char *country, const char *state,
    const char *city, const char *zip_code, const char *street_address, StoreBranch *out, ds_error *err);
ds_status store_branch_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    StoreBranchList *out, ds_error *err);
void store_branch_list_free(StoreBranchList *list);
ds_status store_branch_delete(ds_store *store, const StoreBranch *value, const ds_predicate *condition,
    ds_error *err);
ds_status store_branch_observe(ds_store *store, const ds_predicate *where, store_branch_observe_fn fn,
    void *userdata, models_subscription **out, ds_error *err);

/* Predicates on StoreBranch's fields. */
ds_predicate *store_branch_tenant_id_eq(const char *value);
ds_predicate *store_branch_tenant_id_ne(const char *value);
ds_predicate *store_branch_tenant_id_lt(const char *value);
ds_predicate *store_branch_tenant_id_le(const char *value);
ds_predicate *store_branch_tenant_id_gt(const char *value);
ds_predicate *store_branch_tenant_id_ge(const char *value);
ds_predicate *store_branch_tenant_id_between(const char *low, const char *high);
ds_predicate *store_branch_tenant_id_begins_with(const char *value);
ds_predicate *store_branch_tenant_id_contains(const char *value);
ds_predicate *store_branch_tenant_id_not_contains(const char *value);
ds_predicate *store_branch_country_eq(const char *value);
ds_predicate *store_branch_country_ne(const char *value);
ds_predicate *store_branch_country_lt(const char *value);
ds_predicate *store_branch_country_le(const char *value);
ds_predicate *store_branch_country_gt(const char *value);
ds_predicate *store_branch_country_ge(const char *value);
ds_predicate *store_branch_country_between(const char *low, const char *high);
ds_predicate *store_branch_country_begins_with(const char *value);
ds_predicate *store_branch_country_contains(const char *value);
ds_predicate *store_branch_country_not_contains(const char *value);
ds_predicate *store_branch_state_eq(const char *value);
ds_predicate *store_branch_state_ne(const char *value);
ds_predicate *store_branch_state_lt(const char *value);
ds_predicate *store_branch_state_le(const char *value);
ds_predicate *store_branch_state_gt(const char *value);
ds_predicate *store_branch_state_ge(const char *value);
ds_predicate *store_branch_state_between(const char *low, const char *high);
ds_predicate *store_branch_state_begins_with(const char *value);
ds_predicate *store_branch_state_contains(const char *value);
ds_predicate *store_branch_state_not_contains(const char *value);
ds_predicate *store_branch_city_eq(const char *value);
ds_predicate *store_branch_city_ne(const char *value);
ds_predicate *store_branch_city_lt(const char *value);
ds_predicate *store_branch_city_le(const char *value);
ds_predicate *store_branch_city_gt(const char *value);
ds_predicate *store_branch_city_ge(const char *value);
ds_predicate *store_branch_city_between(const char *low, const char *high);
ds_predicate *store_branch_city_begins_with(const char *value);
ds_predicate *store_branch_city_contains(const char *value);
ds_predicate *store_branch_city_not_contains(const char *value);
ds_predicate *store_branch_zip_code_eq(const char *value);
ds_predicate *store_branch_zip_code_ne(const char *value);
ds_predicate *store_branch_zip_code_lt(const char *value);
ds_predicate *store_branch_zip_code_le(const char *value);
ds_predicate *store_branch_zip_code_gt(const char *value);
ds_predicate *store_branch_zip_code_ge(const char *value);
ds_predicate *store_branch_zip_code_between(const char *low, const char *high);
ds_predicate *store_branch_zip_code_begins_with(const char *value);
ds_predicate *store_branch_zip_code_contains(const char *value);
ds_predicate *store_branch_zip_code_not_contains(const char *value);
ds_predicate *store_branch_street_address_eq(const char *value);
ds_predicate *store_branch_street_address_ne(const char *value);
ds_predicate *store_branch_street_address_lt(const char *value);
ds_predicate *store_branch_street_address_le(const char *value);
ds_predicate *store_branch_street_address_gt(const char *value);
ds_predicate *store_branch_street_address_ge(const char *value);
ds_predicate *store_branch_street_address_between(const char *low, const char *high);
ds_predicate *store_branch_street_address_begins_with(const char *value);
ds_predicate *store_branch_street_address_contains(const char *value);
ds_predicate *store_branch_street_address_not_contains(const char *value);
ds_predicate *store_branch_name_eq(const char *value);
ds_predicate *store_branch_name_ne(const char *value);
ds_predicate *store_branch_name_lt(const char *value);
ds_predicate *store_branch_name_le(const char *value);
ds_predicate *store_branch_name_gt(const char *value);
ds_predicate *store_branch_name_ge(const char *value);
ds_predicate *store_branch_name_between(const char *low, const char *high);
ds_predicate *store_branch_name_begins_with(const char *value);
ds_predicate *store_branch_name_contains(const char *value);
ds_predicate *store_branch_name_not_contains(const char *value);
ds_predicate *store_branch_name_is_null(void);
ds_predicate *store_branch_name_is_not_null(void);
ds_predicate *store_branch_created_at_eq(const char *value);
ds_predicate *store_branch_created_at_ne(const char *value);
ds_predicate *store_branch_created_at_lt(const char *value);
ds_predicate *store_branch_created_at_le(const char *value);
ds_predicate *store_branch_created_at_gt(const char *value);
ds_predicate *store_branch_created_at_ge(const char *value);
ds_predicate *store_branch_created_at_between(const char *low, const char *high);
ds_predicate *store_branch_created_at_begins_with(const char *value);
ds_predicate *store_branch_created_at_contains(const char *value);
ds_predicate *store_branch_created_at_not_contains(const char *value);
ds_predicate *store_branch_created_at_is_null(void);
ds_predicate *store_branch_created_at_is_not_null(void);
ds_predicate *store_branch_updated_at_eq(const char *value);
ds_predicate *store_branch_updated_at_ne(const char *value);
ds_predicate *store_branch_updated_at_lt(const char *value);
ds_predicate *store_branch_updated_at_le(const char *value);
ds_predicate *store_branch_updated_at_gt(const char *value);
ds_predicate *store_branch_updated_at_ge(const char *value);
ds_predicate *store_branch_updated_at_between(const char *low, const char *high);
ds_predicate *store_branch_updated_at_begins_with(const char *value);
ds_predicate *store_branch_updated_at_contains(const char *value);
ds_predicate *store_branch_updated_at_not_contains(const char *value);
ds_predicate *store_branch_updated_at_is_null(void);
ds_predicate *store_branch_updated_at_is_not_null(void);

#ifdef __cplusplus
}
#endif

#endif /* MODELS_H */
