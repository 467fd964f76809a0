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
    "# Custom primary keys (single field) and composite keys (@primaryKey with sortKeyFields),\n",
    "# plus relations whose parent has a custom or composite key.\n",
    "type Customer @model {\n",
    "  customerId: ID! @primaryKey\n",
    "  name: String!\n",
    "  email: AWSEmail\n",
    "  orders: [Order] @hasMany(indexName: \"byCustomer\", fields: [\"customerId\"])\n",
    "}\n",
    "\n",
    "type Order @model {\n",
    "  id: ID! @primaryKey(sortKeyFields: [\"orderDate\"])\n",
    "  orderDate: AWSDate!\n",
    "  customerId: ID! @index(name: \"byCustomer\", sortKeyFields: [\"orderDate\"])\n",
    "  total: Float!\n",
    "  customer: Customer @belongsTo(fields: [\"customerId\"])\n",
    "}\n",
    "\n",
    "type Product @model {\n",
    "  sku: String! @primaryKey(sortKeyFields: [\"warehouse\", \"binNumber\"])\n",
    "  warehouse: String!\n",
    "  binNumber: Int!\n",
    "  name: String!\n",
    "  price: Float\n",
    "  stock: [StockItem] @hasMany(indexName: \"byProduct\", fields: [\"sku\", \"warehouse\", \"binNumber\"])\n",
    "}\n",
    "\n",
    "type StockItem @model {\n",
    "  id: ID!\n",
    "  productSku: String! @index(name: \"byProduct\", sortKeyFields: [\"productWarehouse\", \"productBinNumber\"])\n",
    "  productWarehouse: String!\n",
    "  productBinNumber: Int!\n",
    "  quantity: Int!\n",
    "  product: Product @belongsTo(fields: [\"productSku\", \"productWarehouse\", \"productBinNumber\"])\n",
    "}\n",
    "\n",
    "type StoreBranch @model {\n",
    "  tenantId: ID! @primaryKey(sortKeyFields: [\"country\", \"state\", \"city\", \"zipCode\", \"streetAddress\"])\n",
    "  country: String!\n",
    "  state: String!\n",
    "  city: String!\n",
    "  zipCode: String!\n",
    "  streetAddress: String!\n",
    "  name: String\n",
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
        customer_observe_fn customer_observe;
        order_observe_fn order_observe;
        product_observe_fn product_observe;
        stock_item_observe_fn stock_item_observe;
        store_branch_observe_fn store_branch_observe;
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

static ds_status take_double(double *out, bool *has, const ds_value *value, const char *where,
    ds_error *err) {
    *out = 0;
    if (has)
        *has = false;
    if (value->type == DS_VALUE_NULL)
        return DS_OK;
    if (value->type != DS_VALUE_FLOAT && value->type != DS_VALUE_INT)
        return fail(err, DS_ERR_INVALID, where, "expected a number");
    *out = value->type == DS_VALUE_INT ? (double)value->u.i : value->u.f;
    if (has)
        *has = true;
    return DS_OK;
}

static ds_status customer_list_from_result(CustomerList *out, const ds_result *res, ds_error *err) {
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
        rc = customer_from_record(&out->items[i], ds_result_at(res, i), err);
    if (rc != DS_OK)
        customer_list_free(out);
    return rc;
}

/* The ds_observe() callback behind customer_observe(): the change as a Customer. */
static void customer_observed(const ds_change *change, void *userdata) {
    const models_subscription *sub = userdata;
    /* Read before calling: fn may unobserve, which frees sub. */
    customer_observe_fn fn = sub->fn.customer_observe;
    void *ud = sub->userdata;
    Customer value;
    if (customer_from_record(&value, change->record, NULL) != DS_OK) {
        fn(change, NULL, ud);
        return;
    }
    fn(change, &value, ud);
    customer_free(&value);
}

static ds_status order_list_from_result(OrderList *out, const ds_result *res, ds_error *err) {
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
        rc = order_from_record(&out->items[i], ds_result_at(res, i), err);
    if (rc != DS_OK)
        order_list_free(out);
    return rc;
}

/* The ds_observe() callback behind order_observe(): the change as a Order. */
static void order_observed(const ds_change *change, void *userdata) {
    const models_subscription *sub = userdata;
    /* Read before calling: fn may unobserve, which frees sub. */
    order_observe_fn fn = sub->fn.order_observe;
    void *ud = sub->userdata;
    Order value;
    if (order_from_record(&value, change->record, NULL) != DS_OK) {
        fn(change, NULL, ud);
        return;
    }
    fn(change, &value, ud);
    order_free(&value);
}

static ds_status product_list_from_result(ProductList *out, const ds_result *res, ds_error *err) {
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
        rc = product_from_record(&out->items[i], ds_result_at(res, i), err);
    if (rc != DS_OK)
        product_list_free(out);
    return rc;
}

/* The ds_observe() callback behind product_observe(): the change as a Product. */
static void product_observed(const ds_change *change, void *userdata) {
    const models_subscription *sub = userdata;
    /* Read before calling: fn may unobserve, which frees sub. */
    product_observe_fn fn = sub->fn.product_observe;
    void *ud = sub->userdata;
    Product value;
    if (product_from_record(&value, change->record, NULL) != DS_OK) {
        fn(change, NULL, ud);
        return;
    }
    fn(change, &value, ud);
    product_free(&value);
}

static ds_status stock_item_list_from_result(StockItemList *out, const ds_result *res, ds_error *err) {
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
        rc = stock_item_from_record(&out->items[i], ds_result_at(res, i), err);
    if (rc != DS_OK)
        stock_item_list_free(out);
    return rc;
}

/* The ds_observe() callback behind stock_item_observe(): the change as a StockItem. */
static void stock_item_observed(const ds_change *change, void *userdata) {
    const models_subscription *sub = userdata;
    /* Read before calling: fn may unobserve, which frees sub. */
    stock_item_observe_fn fn = sub->fn.stock_item_observe;
    void *ud = sub->userdata;
    StockItem value;
    if (stock_item_from_record(&value, change->record, NULL) != DS_OK) {
        fn(change, NULL, ud);
        return;
    }
    fn(change, &value, ud);
    stock_item_free(&value);
}

static ds_status store_branch_list_from_result(StoreBranchList *out, const ds_result *res, ds_error *err) {
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
        rc = store_branch_from_record(&out->items[i], ds_result_at(res, i), err);
    if (rc != DS_OK)
        store_branch_list_free(out);
    return rc;
}

/* The ds_observe() callback behind store_branch_observe(): the change as a StoreBranch. */
static void store_branch_observed(const ds_change *change, void *userdata) {
    const models_subscription *sub = userdata;
    /* Read before calling: fn may unobserve, which frees sub. */
    store_branch_observe_fn fn = sub->fn.store_branch_observe;
    void *ud = sub->userdata;
    StoreBranch value;
    if (store_branch_from_record(&value, change->record, NULL) != DS_OK) {
        fn(change, NULL, ud);
        return;
    }
    fn(change, &value, ud);
    store_branch_free(&value);
}

/* ---- model Customer ---- */

void customer_init(Customer *value) {
    if (value)
        memset(value, 0, sizeof *value);
}

void customer_free(Customer *value) {
    if (!value)
        return;
    free(value->customer_id);
    free(value->name);
    free(value->email);
    free(value->created_at);
    free(value->updated_at);
    memset(value, 0, sizeof *value);
}

ds_status customer_copy(Customer *out, const Customer *src, ds_error *err) {
    ds_status rc = DS_OK;
    *out = *src;
    out->customer_id = NULL;
    out->name = NULL;
    out->email = NULL;
    out->created_at = NULL;
    out->updated_at = NULL;
    if ((rc = copy_string(&out->customer_id, src->customer_id, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->name, src->name, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->email, src->email, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->created_at, src->created_at, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->updated_at, src->updated_at, err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        customer_free(out);
    return rc;
}

ds_status customer_to_record(ds_record **out, const ds_schema *schema, const Customer *value, ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    *out = NULL;
    if (!schema && !(schema = models_schema()))
        return nomem(err);
    if ((rc = ds_record_new(&r, schema, "Customer", err)) != DS_OK)
        return rc;
    if ((rc = put(r, "customerId", ds_str(value->customer_id), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "name", ds_str(value->name), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "email", ds_str(value->email), err)) != DS_OK)
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

ds_status customer_from_record(Customer *out, const ds_record *record, ds_error *err) {
    ds_value val;
    ds_status rc;
    customer_init(out);
    if ((rc = check_model(record, "Customer", err)) != DS_OK)
        return rc;
    if ((rc = get(record, "customerId", &val, err)) != DS_OK ||
        (rc = take_string(&out->customer_id, &val, "Customer.customerId", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "name", &val, err)) != DS_OK ||
        (rc = take_string(&out->name, &val, "Customer.name", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "email", &val, err)) != DS_OK ||
        (rc = take_string(&out->email, &val, "Customer.email", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "createdAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->created_at, &val, "Customer.createdAt", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "updatedAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->updated_at, &val, "Customer.updatedAt", err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        customer_free(out);
    return rc;
}

ds_status customer_save(ds_store *store, Customer *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    Customer saved;
    ds_status rc;
    if ((rc = customer_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    if ((rc = ds_save(store, r, condition, err)) == DS_OK &&
        (rc = customer_from_record(&saved, r, err)) == DS_OK) {
        customer_free(value);
        *value = saved;
    }
    ds_record_free(r);
    return rc;
}

ds_status customer_get(ds_store *store, const char *customer_id, Customer *out, ds_error *err) {
    ds_record *key = NULL, *found = NULL;
    ds_status rc;
    customer_init(out);
    if ((rc = ds_record_new(&key, store ? ds_store_schema(store) : NULL, "Customer", err)) != DS_OK)
        goto done;
    if ((rc = put(key, "customerId", ds_str(customer_id), err)) != DS_OK)
        goto done;
    if ((rc = ds_get(store, key, &found, err)) != DS_OK)
        goto done;
    rc = customer_from_record(out, found, err);
done:
    ds_record_free(found);
    ds_record_free(key);
    return rc;
}

ds_status customer_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    CustomerList *out, ds_error *err) {
    ds_result *res = NULL;
    ds_status rc;
    out->items = NULL;
    out->count = 0;
    if ((rc = ds_query(store, "Customer", where, opts, &res, err)) != DS_OK)
        return rc;
    rc = customer_list_from_result(out, res, err);
    ds_result_free(res);
    return rc;
}

void customer_list_free(CustomerList *list) {
    if (!list)
        return;
    for (size_t i = 0; list->items && i < list->count; i++)
        customer_free(&list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}

ds_status customer_delete(ds_store *store, const Customer *value, const ds_predicate *condition,
    ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    if ((rc = customer_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    rc = ds_delete(store, r, condition, err);
    ds_record_free(r);
    return rc;
}

ds_status customer_observe(ds_store *store, const ds_predicate *where, customer_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err) {
    models_subscription *sub;
    ds_status rc;
    *out = NULL;
    if (!fn)
        return fail(err, DS_ERR_INVALID, "customer_observe", "fn is NULL");
    if (!(sub = calloc(1, sizeof *sub)))
        return nomem(err);
    sub->fn.customer_observe = fn;
    sub->userdata = userdata;
    if ((rc = ds_observe(store, "Customer", where, customer_observed, sub, &sub->sub, err)) != DS_OK) {
        free(sub);
        return rc;
    }
    *out = sub;
    return DS_OK;
}

ds_status customer_load_orders(ds_store *store, const Customer *value, OrderList *out, ds_error *err) {
    ds_record *r = NULL;
    ds_result *res = NULL;
    ds_status rc;
    out->items = NULL;
    out->count = 0;
    if ((rc = customer_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK ||
        (rc = ds_load_related(store, r, "orders", &res, err)) != DS_OK)
        goto done;
    rc = order_list_from_result(out, res, err);
done:
    ds_result_free(res);
    ds_record_free(r);
    return rc;
}

ds_predicate *customer_customer_id_eq(const char *value) {
    return ds_pred_eq(CUSTOMER_CUSTOMER_ID, ds_str(value));
}

ds_predicate *customer_customer_id_ne(const char *value) {
    return ds_pred_ne(CUSTOMER_CUSTOMER_ID, ds_str(value));
}

ds_predicate *customer_customer_id_lt(const char *value) {
    return ds_pred_lt(CUSTOMER_CUSTOMER_ID, ds_str(value));
}

ds_predicate *customer_customer_id_le(const char *value) {
    return ds_pred_le(CUSTOMER_CUSTOMER_ID, ds_str(value));
}

ds_predicate *customer_customer_id_gt(const char *value) {
    return ds_pred_gt(CUSTOMER_CUSTOMER_ID, ds_str(value));
}

ds_predicate *customer_customer_id_ge(const char *value) {
    return ds_pred_ge(CUSTOMER_CUSTOMER_ID, ds_str(value));
}

ds_predicate *customer_customer_id_between(const char *low, const char *high) {
    return ds_pred_between(CUSTOMER_CUSTOMER_ID, ds_str(low), ds_str(high));
}

ds_predicate *customer_customer_id_begins_with(const char *value) {
    return ds_pred_begins_with(CUSTOMER_CUSTOMER_ID, value);
}

ds_predicate *customer_customer_id_contains(const char *value) {
    return ds_pred_contains(CUSTOMER_CUSTOMER_ID, ds_str(value));
}

ds_predicate *customer_customer_id_not_contains(const char *value) {
    return ds_pred_not_contains(CUSTOMER_CUSTOMER_ID, ds_str(value));
}

ds_predicate *customer_name_eq(const char *value) {
    return ds_pred_eq(CUSTOMER_NAME, ds_str(value));
}

ds_predicate *customer_name_ne(const char *value) {
    return ds_pred_ne(CUSTOMER_NAME, ds_str(value));
}

ds_predicate *customer_name_lt(const char *value) {
    return ds_pred_lt(CUSTOMER_NAME, ds_str(value));
}

ds_predicate *customer_name_le(const char *value) {
    return ds_pred_le(CUSTOMER_NAME, ds_str(value));
}

ds_predicate *customer_name_gt(const char *value) {
    return ds_pred_gt(CUSTOMER_NAME, ds_str(value));
}

ds_predicate *customer_name_ge(const char *value) {
    return ds_pred_ge(CUSTOMER_NAME, ds_str(value));
}

ds_predicate *customer_name_between(const char *low, const char *high) {
    return ds_pred_between(CUSTOMER_NAME, ds_str(low), ds_str(high));
}

ds_predicate *customer_name_begins_with(const char *value) {
    return ds_pred_begins_with(CUSTOMER_NAME, value);
}

ds_predicate *customer_name_contains(const char *value) {
    return ds_pred_contains(CUSTOMER_NAME, ds_str(value));
}

ds_predicate *customer_name_not_contains(const char *value) {
    return ds_pred_not_contains(CUSTOMER_NAME, ds_str(value));
}

ds_predicate *customer_email_eq(const char *value) {
    return ds_pred_eq(CUSTOMER_EMAIL, ds_str(value));
}

ds_predicate *customer_email_ne(const char *value) {
    return ds_pred_ne(CUSTOMER_EMAIL, ds_str(value));
}

ds_predicate *customer_email_lt(const char *value) {
    return ds_pred_lt(CUSTOMER_EMAIL, ds_str(value));
}

ds_predicate *customer_email_le(const char *value) {
    return ds_pred_le(CUSTOMER_EMAIL, ds_str(value));
}

ds_predicate *customer_email_gt(const char *value) {
    return ds_pred_gt(CUSTOMER_EMAIL, ds_str(value));
}

ds_predicate *customer_email_ge(const char *value) {
    return ds_pred_ge(CUSTOMER_EMAIL, ds_str(value));
}

ds_predicate *customer_email_between(const char *low, const char *high) {
    return ds_pred_between(CUSTOMER_EMAIL, ds_str(low), ds_str(high));
}

ds_predicate *customer_email_begins_with(const char *value) {
    return ds_pred_begins_with(CUSTOMER_EMAIL, value);
}

ds_predicate *customer_email_contains(const char *value) {
    return ds_pred_contains(CUSTOMER_EMAIL, ds_str(value));
}

ds_predicate *customer_email_not_contains(const char *value) {
    return ds_pred_not_contains(CUSTOMER_EMAIL, ds_str(value));
}

ds_predicate *customer_email_is_null(void) {
    return ds_pred_eq(CUSTOMER_EMAIL, ds_null());
}

ds_predicate *customer_email_is_not_null(void) {
    return ds_pred_ne(CUSTOMER_EMAIL, ds_null());
}

ds_predicate *customer_created_at_eq(const char *value) {
    return ds_pred_eq(CUSTOMER_CREATED_AT, ds_str(value));
}

ds_predicate *customer_created_at_ne(const char *value) {
    return ds_pred_ne(CUSTOMER_CREATED_AT, ds_str(value));
}

ds_predicate *customer_created_at_lt(const char *value) {
    return ds_pred_lt(CUSTOMER_CREATED_AT, ds_str(value));
}

ds_predicate *customer_created_at_le(const char *value) {
    return ds_pred_le(CUSTOMER_CREATED_AT, ds_str(value));
}

ds_predicate *customer_created_at_gt(const char *value) {
    return ds_pred_gt(CUSTOMER_CREATED_AT, ds_str(value));
}

ds_predicate *customer_created_at_ge(const char *value) {
    return ds_pred_ge(CUSTOMER_CREATED_AT, ds_str(value));
}

ds_predicate *customer_created_at_between(const char *low, const char *high) {
    return ds_pred_between(CUSTOMER_CREATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *customer_created_at_begins_with(const char *value) {
    return ds_pred_begins_with(CUSTOMER_CREATED_AT, value);
}

ds_predicate *customer_created_at_contains(const char *value) {
    return ds_pred_contains(CUSTOMER_CREATED_AT, ds_str(value));
}

ds_predicate *customer_created_at_not_contains(const char *value) {
    return ds_pred_not_contains(CUSTOMER_CREATED_AT, ds_str(value));
}

ds_predicate *customer_created_at_is_null(void) {
    return ds_pred_eq(CUSTOMER_CREATED_AT, ds_null());
}

ds_predicate *customer_created_at_is_not_null(void) {
    return ds_pred_ne(CUSTOMER_CREATED_AT, ds_null());
}

ds_predicate *customer_updated_at_eq(const char *value) {
    return ds_pred_eq(CUSTOMER_UPDATED_AT, ds_str(value));
}

ds_predicate *customer_updated_at_ne(const char *value) {
    return ds_pred_ne(CUSTOMER_UPDATED_AT, ds_str(value));
}

ds_predicate *customer_updated_at_lt(const char *value) {
    return ds_pred_lt(CUSTOMER_UPDATED_AT, ds_str(value));
}

ds_predicate *customer_updated_at_le(const char *value) {
    return ds_pred_le(CUSTOMER_UPDATED_AT, ds_str(value));
}

ds_predicate *customer_updated_at_gt(const char *value) {
    return ds_pred_gt(CUSTOMER_UPDATED_AT, ds_str(value));
}

ds_predicate *customer_updated_at_ge(const char *value) {
    return ds_pred_ge(CUSTOMER_UPDATED_AT, ds_str(value));
}

ds_predicate *customer_updated_at_between(const char *low, const char *high) {
    return ds_pred_between(CUSTOMER_UPDATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *customer_updated_at_begins_with(const char *value) {
    return ds_pred_begins_with(CUSTOMER_UPDATED_AT, value);
}

ds_predicate *customer_updated_at_contains(const char *value) {
    return ds_pred_contains(CUSTOMER_UPDATED_AT, ds_str(value));
}

ds_predicate *customer_updated_at_not_contains(const char *value) {
    return ds_pred_not_contains(CUSTOMER_UPDATED_AT, ds_str(value));
}

ds_predicate *customer_updated_at_is_null(void) {
    return ds_pred_eq(CUSTOMER_UPDATED_AT, ds_null());
}

ds_predicate *customer_updated_at_is_not_null(void) {
    return ds_pred_ne(CUSTOMER_UPDATED_AT, ds_null());
}

/* ---- model Order ---- */

void order_init(Order *value) {
    if (value)
        memset(value, 0, sizeof *value);
}

void order_free(Order *value) {
    if (!value)
        return;
    free(value->id);
    free(value->order_date);
    free(value->customer_id);
    free(value->created_at);
    free(value->updated_at);
    memset(value, 0, sizeof *value);
}

ds_status order_copy(Order *out, const Order *src, ds_error *err) {
    ds_status rc = DS_OK;
    *out = *src;
    out->id = NULL;
    out->order_date = NULL;
    out->customer_id = NULL;
    out->created_at = NULL;
    out->updated_at = NULL;
    if ((rc = copy_string(&out->id, src->id, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->order_date, src->order_date, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->customer_id, src->customer_id, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->created_at, src->created_at, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->updated_at, src->updated_at, err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        order_free(out);
    return rc;
}

ds_status order_to_record(ds_record **out, const ds_schema *schema, const Order *value, ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    *out = NULL;
    if (!schema && !(schema = models_schema()))
        return nomem(err);
    if ((rc = ds_record_new(&r, schema, "Order", err)) != DS_OK)
        return rc;
    if ((rc = put(r, "id", ds_str(value->id), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "orderDate", ds_str(value->order_date), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "customerId", ds_str(value->customer_id), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "total", ds_float(value->total), err)) != DS_OK)
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

ds_status order_from_record(Order *out, const ds_record *record, ds_error *err) {
    ds_value val;
    ds_status rc;
    order_init(out);
    if ((rc = check_model(record, "Order", err)) != DS_OK)
        return rc;
    if ((rc = get(record, "id", &val, err)) != DS_OK ||
        (rc = take_string(&out->id, &val, "Order.id", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "orderDate", &val, err)) != DS_OK ||
        (rc = take_string(&out->order_date, &val, "Order.orderDate", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "customerId", &val, err)) != DS_OK ||
        (rc = take_string(&out->customer_id, &val, "Order.customerId", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "total", &val, err)) != DS_OK ||
        (rc = take_double(&out->total, NULL, &val, "Order.total", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "createdAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->created_at, &val, "Order.createdAt", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "updatedAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->updated_at, &val, "Order.updatedAt", err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        order_free(out);
    return rc;
}

ds_status order_save(ds_store *store, Order *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    Order saved;
    ds_status rc;
    if ((rc = order_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    if ((rc = ds_save(store, r, condition, err)) == DS_OK &&
        (rc = order_from_record(&saved, r, err)) == DS_OK) {
        order_free(value);
        *value = saved;
    }
    ds_record_free(r);
    return rc;
}

ds_status order_get(ds_store *store, const char *id, const char *order_date, Order *out, ds_error *err) {
    ds_record *key = NULL, *found = NULL;
    ds_status rc;
    order_init(out);
    if ((rc = ds_record_new(&key, store ? ds_store_schema(store) : NULL, "Order", err)) != DS_OK)
        goto done;
    if ((rc = put(key, "id", ds_str(id), err)) != DS_OK)
        goto done;
    if ((rc = put(key, "orderDate", ds_str(order_date), err)) != DS_OK)
        goto done;
    if ((rc = ds_get(store, key, &found, err)) != DS_OK)
        goto done;
    rc = order_from_record(out, found, err);
done:
    ds_record_free(found);
    ds_record_free(key);
    return rc;
}

ds_status order_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    OrderList *out, ds_error *err) {
    ds_result *res = NULL;
    ds_status rc;
    out->items = NULL;
    out->count = 0;
    if ((rc = ds_query(store, "Order", where, opts, &res, err)) != DS_OK)
        return rc;
    rc = order_list_from_result(out, res, err);
    ds_result_free(res);
    return rc;
}

void order_list_free(OrderList *list) {
    if (!list)
        return;
    for (size_t i = 0; list->items && i < list->count; i++)
        order_free(&list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}

ds_status order_delete(ds_store *store, const Order *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    if ((rc = order_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    rc = ds_delete(store, r, condition, err);
    ds_record_free(r);
    return rc;
}

ds_status order_observe(ds_store *store, const ds_predicate *where, order_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err) {
    models_subscription *sub;
    ds_status rc;
    *out = NULL;
    if (!fn)
        return fail(err, DS_ERR_INVALID, "order_observe", "fn is NULL");
    if (!(sub = calloc(1, sizeof *sub)))
        return nomem(err);
    sub->fn.order_observe = fn;
    sub->userdata = userdata;
    if ((rc = ds_observe(store, "Order", where, order_observed, sub, &sub->sub, err)) != DS_OK) {
        free(sub);
        return rc;
    }
    *out = sub;
    return DS_OK;
}

ds_status order_load_customer(ds_store *store, const Order *value, Customer *out, ds_error *err) {
    ds_record *r = NULL;
    ds_result *res = NULL;
    ds_status rc;
    customer_init(out);
    if ((rc = order_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK ||
        (rc = ds_load_related(store, r, "customer", &res, err)) != DS_OK)
        goto done;
    if (ds_result_count(res) == 0)
        rc = fail(err, DS_ERR_NOTFOUND, "Order.customer", "no related Customer stored");
    else
        rc = customer_from_record(out, ds_result_at(res, 0), err);
done:
    ds_result_free(res);
    ds_record_free(r);
    return rc;
}

ds_predicate *order_id_eq(const char *value) {
    return ds_pred_eq(ORDER_ID, ds_str(value));
}

ds_predicate *order_id_ne(const char *value) {
    return ds_pred_ne(ORDER_ID, ds_str(value));
}

ds_predicate *order_id_lt(const char *value) {
    return ds_pred_lt(ORDER_ID, ds_str(value));
}

ds_predicate *order_id_le(const char *value) {
    return ds_pred_le(ORDER_ID, ds_str(value));
}

ds_predicate *order_id_gt(const char *value) {
    return ds_pred_gt(ORDER_ID, ds_str(value));
}

ds_predicate *order_id_ge(const char *value) {
    return ds_pred_ge(ORDER_ID, ds_str(value));
}

ds_predicate *order_id_between(const char *low, const char *high) {
    return ds_pred_between(ORDER_ID, ds_str(low), ds_str(high));
}

ds_predicate *order_id_begins_with(const char *value) {
    return ds_pred_begins_with(ORDER_ID, value);
}

ds_predicate *order_id_contains(const char *value) {
    return ds_pred_contains(ORDER_ID, ds_str(value));
}

ds_predicate *order_id_not_contains(const char *value) {
    return ds_pred_not_contains(ORDER_ID, ds_str(value));
}

ds_predicate *order_order_date_eq(const char *value) {
    return ds_pred_eq(ORDER_ORDER_DATE, ds_str(value));
}

ds_predicate *order_order_date_ne(const char *value) {
    return ds_pred_ne(ORDER_ORDER_DATE, ds_str(value));
}

ds_predicate *order_order_date_lt(const char *value) {
    return ds_pred_lt(ORDER_ORDER_DATE, ds_str(value));
}

ds_predicate *order_order_date_le(const char *value) {
    return ds_pred_le(ORDER_ORDER_DATE, ds_str(value));
}

ds_predicate *order_order_date_gt(const char *value) {
    return ds_pred_gt(ORDER_ORDER_DATE, ds_str(value));
}

ds_predicate *order_order_date_ge(const char *value) {
    return ds_pred_ge(ORDER_ORDER_DATE, ds_str(value));
}

ds_predicate *order_order_date_between(const char *low, const char *high) {
    return ds_pred_between(ORDER_ORDER_DATE, ds_str(low), ds_str(high));
}

ds_predicate *order_order_date_begins_with(const char *value) {
    return ds_pred_begins_with(ORDER_ORDER_DATE, value);
}

ds_predicate *order_order_date_contains(const char *value) {
    return ds_pred_contains(ORDER_ORDER_DATE, ds_str(value));
}

ds_predicate *order_order_date_not_contains(const char *value) {
    return ds_pred_not_contains(ORDER_ORDER_DATE, ds_str(value));
}

ds_predicate *order_customer_id_eq(const char *value) {
    return ds_pred_eq(ORDER_CUSTOMER_ID, ds_str(value));
}

ds_predicate *order_customer_id_ne(const char *value) {
    return ds_pred_ne(ORDER_CUSTOMER_ID, ds_str(value));
}

ds_predicate *order_customer_id_lt(const char *value) {
    return ds_pred_lt(ORDER_CUSTOMER_ID, ds_str(value));
}

ds_predicate *order_customer_id_le(const char *value) {
    return ds_pred_le(ORDER_CUSTOMER_ID, ds_str(value));
}

ds_predicate *order_customer_id_gt(const char *value) {
    return ds_pred_gt(ORDER_CUSTOMER_ID, ds_str(value));
}

ds_predicate *order_customer_id_ge(const char *value) {
    return ds_pred_ge(ORDER_CUSTOMER_ID, ds_str(value));
}

ds_predicate *order_customer_id_between(const char *low, const char *high) {
    return ds_pred_between(ORDER_CUSTOMER_ID, ds_str(low), ds_str(high));
}

ds_predicate *order_customer_id_begins_with(const char *value) {
    return ds_pred_begins_with(ORDER_CUSTOMER_ID, value);
}

ds_predicate *order_customer_id_contains(const char *value) {
    return ds_pred_contains(ORDER_CUSTOMER_ID, ds_str(value));
}

ds_predicate *order_customer_id_not_contains(const char *value) {
    return ds_pred_not_contains(ORDER_CUSTOMER_ID, ds_str(value));
}

ds_predicate *order_total_eq(double value) {
    return ds_pred_eq(ORDER_TOTAL, ds_float(value));
}

ds_predicate *order_total_ne(double value) {
    return ds_pred_ne(ORDER_TOTAL, ds_float(value));
}

ds_predicate *order_total_lt(double value) {
    return ds_pred_lt(ORDER_TOTAL, ds_float(value));
}

ds_predicate *order_total_le(double value) {
    return ds_pred_le(ORDER_TOTAL, ds_float(value));
}

ds_predicate *order_total_gt(double value) {
    return ds_pred_gt(ORDER_TOTAL, ds_float(value));
}

ds_predicate *order_total_ge(double value) {
    return ds_pred_ge(ORDER_TOTAL, ds_float(value));
}

ds_predicate *order_total_between(double low, double high) {
    return ds_pred_between(ORDER_TOTAL, ds_float(low), ds_float(high));
}

ds_predicate *order_created_at_eq(const char *value) {
    return ds_pred_eq(ORDER_CREATED_AT, ds_str(value));
}

ds_predicate *order_created_at_ne(const char *value) {
    return ds_pred_ne(ORDER_CREATED_AT, ds_str(value));
}

ds_predicate *order_created_at_lt(const char *value) {
    return ds_pred_lt(ORDER_CREATED_AT, ds_str(value));
}

ds_predicate *order_created_at_le(const char *value) {
    return ds_pred_le(ORDER_CREATED_AT, ds_str(value));
}

ds_predicate *order_created_at_gt(const char *value) {
    return ds_pred_gt(ORDER_CREATED_AT, ds_str(value));
}

ds_predicate *order_created_at_ge(const char *value) {
    return ds_pred_ge(ORDER_CREATED_AT, ds_str(value));
}

ds_predicate *order_created_at_between(const char *low, const char *high) {
    return ds_pred_between(ORDER_CREATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *order_created_at_begins_with(const char *value) {
    return ds_pred_begins_with(ORDER_CREATED_AT, value);
}

ds_predicate *order_created_at_contains(const char *value) {
    return ds_pred_contains(ORDER_CREATED_AT, ds_str(value));
}

ds_predicate *order_created_at_not_contains(const char *value) {
    return ds_pred_not_contains(ORDER_CREATED_AT, ds_str(value));
}

ds_predicate *order_created_at_is_null(void) {
    return ds_pred_eq(ORDER_CREATED_AT, ds_null());
}

ds_predicate *order_created_at_is_not_null(void) {
    return ds_pred_ne(ORDER_CREATED_AT, ds_null());
}

ds_predicate *order_updated_at_eq(const char *value) {
    return ds_pred_eq(ORDER_UPDATED_AT, ds_str(value));
}

ds_predicate *order_updated_at_ne(const char *value) {
    return ds_pred_ne(ORDER_UPDATED_AT, ds_str(value));
}

ds_predicate *order_updated_at_lt(const char *value) {
    return ds_pred_lt(ORDER_UPDATED_AT, ds_str(value));
}

ds_predicate *order_updated_at_le(const char *value) {
    return ds_pred_le(ORDER_UPDATED_AT, ds_str(value));
}

ds_predicate *order_updated_at_gt(const char *value) {
    return ds_pred_gt(ORDER_UPDATED_AT, ds_str(value));
}

ds_predicate *order_updated_at_ge(const char *value) {
    return ds_pred_ge(ORDER_UPDATED_AT, ds_str(value));
}

ds_predicate *order_updated_at_between(const char *low, const char *high) {
    return ds_pred_between(ORDER_UPDATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *order_updated_at_begins_with(const char *value) {
    return ds_pred_begins_with(ORDER_UPDATED_AT, value);
}

ds_predicate *order_updated_at_contains(const char *value) {
    return ds_pred_contains(ORDER_UPDATED_AT, ds_str(value));
}

ds_predicate *order_updated_at_not_contains(const char *value) {
    return ds_pred_not_contains(ORDER_UPDATED_AT, ds_str(value));
}

ds_predicate *order_updated_at_is_null(void) {
    return ds_pred_eq(ORDER_UPDATED_AT, ds_null());
}

ds_predicate *order_updated_at_is_not_null(void) {
    return ds_pred_ne(ORDER_UPDATED_AT, ds_null());
}

/* ---- model Product ---- */

void product_init(Product *value) {
    if (value)
        memset(value, 0, sizeof *value);
}

void product_free(Product *value) {
    if (!value)
        return;
    free(value->sku);
    free(value->warehouse);
    free(value->name);
    free(value->created_at);
    free(value->updated_at);
    memset(value, 0, sizeof *value);
}

ds_status product_copy(Product *out, const Product *src, ds_error *err) {
    ds_status rc = DS_OK;
    *out = *src;
    out->sku = NULL;
    out->warehouse = NULL;
    out->name = NULL;
    out->created_at = NULL;
    out->updated_at = NULL;
    if ((rc = copy_string(&out->sku, src->sku, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->warehouse, src->warehouse, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->name, src->name, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->created_at, src->created_at, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->updated_at, src->updated_at, err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        product_free(out);
    return rc;
}

ds_status product_to_record(ds_record **out, const ds_schema *schema, const Product *value, ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    *out = NULL;
    if (!schema && !(schema = models_schema()))
        return nomem(err);
    if ((rc = ds_record_new(&r, schema, "Product", err)) != DS_OK)
        return rc;
    if ((rc = put(r, "sku", ds_str(value->sku), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "warehouse", ds_str(value->warehouse), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "binNumber", ds_int(value->bin_number), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "name", ds_str(value->name), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "price", value->has_price ? ds_float(value->price) : ds_null(), err)) != DS_OK)
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

ds_status product_from_record(Product *out, const ds_record *record, ds_error *err) {
    ds_value val;
    ds_status rc;
    product_init(out);
    if ((rc = check_model(record, "Product", err)) != DS_OK)
        return rc;
    if ((rc = get(record, "sku", &val, err)) != DS_OK ||
        (rc = take_string(&out->sku, &val, "Product.sku", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "warehouse", &val, err)) != DS_OK ||
        (rc = take_string(&out->warehouse, &val, "Product.warehouse", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "binNumber", &val, err)) != DS_OK ||
        (rc = take_int32(&out->bin_number, NULL, &val, "Product.binNumber", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "name", &val, err)) != DS_OK ||
        (rc = take_string(&out->name, &val, "Product.name", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "price", &val, err)) != DS_OK ||
        (rc = take_double(&out->price, &out->has_price, &val, "Product.price", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "createdAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->created_at, &val, "Product.createdAt", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "updatedAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->updated_at, &val, "Product.updatedAt", err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        product_free(out);
    return rc;
}

ds_status product_save(ds_store *store, Product *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    Product saved;
    ds_status rc;
    if ((rc = product_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    if ((rc = ds_save(store, r, condition, err)) == DS_OK &&
        (rc = product_from_record(&saved, r, err)) == DS_OK) {
        product_free(value);
        *value = saved;
    }
    ds_record_free(r);
    return rc;
}

ds_status product_get(ds_store *store, const char *sku, const char *warehouse, int32_t bin_number,
    Product *out, ds_error *err) {
    ds_record *key = NULL, *found = NULL;
    ds_status rc;
    product_init(out);
    if ((rc = ds_record_new(&key, store ? ds_store_schema(store) : NULL, "Product", err)) != DS_OK)
        goto done;
    if ((rc = put(key, "sku", ds_str(sku), err)) != DS_OK)
        goto done;
    if ((rc = put(key, "warehouse", ds_str(warehouse), err)) != DS_OK)
        goto done;
    if ((rc = put(key, "binNumber", ds_int(bin_number), err)) != DS_OK)
        goto done;
    if ((rc = ds_get(store, key, &found, err)) != DS_OK)
        goto done;
    rc = product_from_record(out, found, err);
done:
    ds_record_free(found);
    ds_record_free(key);
    return rc;
}

ds_status product_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    ProductList *out, ds_error *err) {
    ds_result *res = NULL;
    ds_status rc;
    out->items = NULL;
    out->count = 0;
    if ((rc = ds_query(store, "Product", where, opts, &res, err)) != DS_OK)
        return rc;
    rc = product_list_from_result(out, res, err);
    ds_result_free(res);
    return rc;
}

void product_list_free(ProductList *list) {
    if (!list)
        return;
    for (size_t i = 0; list->items && i < list->count; i++)
        product_free(&list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}

ds_status product_delete(ds_store *store, const Product *value, const ds_predicate *condition,
    ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    if ((rc = product_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    rc = ds_delete(store, r, condition, err);
    ds_record_free(r);
    return rc;
}

ds_status product_observe(ds_store *store, const ds_predicate *where, product_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err) {
    models_subscription *sub;
    ds_status rc;
    *out = NULL;
    if (!fn)
        return fail(err, DS_ERR_INVALID, "product_observe", "fn is NULL");
    if (!(sub = calloc(1, sizeof *sub)))
        return nomem(err);
    sub->fn.product_observe = fn;
    sub->userdata = userdata;
    if ((rc = ds_observe(store, "Product", where, product_observed, sub, &sub->sub, err)) != DS_OK) {
        free(sub);
        return rc;
    }
    *out = sub;
    return DS_OK;
}

ds_status product_load_stock(ds_store *store, const Product *value, StockItemList *out, ds_error *err) {
    ds_record *r = NULL;
    ds_result *res = NULL;
    ds_status rc;
    out->items = NULL;
    out->count = 0;
    if ((rc = product_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK ||
        (rc = ds_load_related(store, r, "stock", &res, err)) != DS_OK)
        goto done;
    rc = stock_item_list_from_result(out, res, err);
done:
    ds_result_free(res);
    ds_record_free(r);
    return rc;
}

ds_predicate *product_sku_eq(const char *value) {
    return ds_pred_eq(PRODUCT_SKU, ds_str(value));
}

ds_predicate *product_sku_ne(const char *value) {
    return ds_pred_ne(PRODUCT_SKU, ds_str(value));
}

ds_predicate *product_sku_lt(const char *value) {
    return ds_pred_lt(PRODUCT_SKU, ds_str(value));
}

ds_predicate *product_sku_le(const char *value) {
    return ds_pred_le(PRODUCT_SKU, ds_str(value));
}

ds_predicate *product_sku_gt(const char *value) {
    return ds_pred_gt(PRODUCT_SKU, ds_str(value));
}

ds_predicate *product_sku_ge(const char *value) {
    return ds_pred_ge(PRODUCT_SKU, ds_str(value));
}

ds_predicate *product_sku_between(const char *low, const char *high) {
    return ds_pred_between(PRODUCT_SKU, ds_str(low), ds_str(high));
}

ds_predicate *product_sku_begins_with(const char *value) {
    return ds_pred_begins_with(PRODUCT_SKU, value);
}

ds_predicate *product_sku_contains(const char *value) {
    return ds_pred_contains(PRODUCT_SKU, ds_str(value));
}

ds_predicate *product_sku_not_contains(const char *value) {
    return ds_pred_not_contains(PRODUCT_SKU, ds_str(value));
}

ds_predicate *product_warehouse_eq(const char *value) {
    return ds_pred_eq(PRODUCT_WAREHOUSE, ds_str(value));
}

ds_predicate *product_warehouse_ne(const char *value) {
    return ds_pred_ne(PRODUCT_WAREHOUSE, ds_str(value));
}

ds_predicate *product_warehouse_lt(const char *value) {
    return ds_pred_lt(PRODUCT_WAREHOUSE, ds_str(value));
}

ds_predicate *product_warehouse_le(const char *value) {
    return ds_pred_le(PRODUCT_WAREHOUSE, ds_str(value));
}

ds_predicate *product_warehouse_gt(const char *value) {
    return ds_pred_gt(PRODUCT_WAREHOUSE, ds_str(value));
}

ds_predicate *product_warehouse_ge(const char *value) {
    return ds_pred_ge(PRODUCT_WAREHOUSE, ds_str(value));
}

ds_predicate *product_warehouse_between(const char *low, const char *high) {
    return ds_pred_between(PRODUCT_WAREHOUSE, ds_str(low), ds_str(high));
}

ds_predicate *product_warehouse_begins_with(const char *value) {
    return ds_pred_begins_with(PRODUCT_WAREHOUSE, value);
}

ds_predicate *product_warehouse_contains(const char *value) {
    return ds_pred_contains(PRODUCT_WAREHOUSE, ds_str(value));
}

ds_predicate *product_warehouse_not_contains(const char *value) {
    return ds_pred_not_contains(PRODUCT_WAREHOUSE, ds_str(value));
}

ds_predicate *product_bin_number_eq(int32_t value) {
    return ds_pred_eq(PRODUCT_BIN_NUMBER, ds_int(value));
}

ds_predicate *product_bin_number_ne(int32_t value) {
    return ds_pred_ne(PRODUCT_BIN_NUMBER, ds_int(value));
}

ds_predicate *product_bin_number_lt(int32_t value) {
    return ds_pred_lt(PRODUCT_BIN_NUMBER, ds_int(value));
}

ds_predicate *product_bin_number_le(int32_t value) {
    return ds_pred_le(PRODUCT_BIN_NUMBER, ds_int(value));
}

ds_predicate *product_bin_number_gt(int32_t value) {
    return ds_pred_gt(PRODUCT_BIN_NUMBER, ds_int(value));
}

ds_predicate *product_bin_number_ge(int32_t value) {
    return ds_pred_ge(PRODUCT_BIN_NUMBER, ds_int(value));
}

ds_predicate *product_bin_number_between(int32_t low, int32_t high) {
    return ds_pred_between(PRODUCT_BIN_NUMBER, ds_int(low), ds_int(high));
}

ds_predicate *product_name_eq(const char *value) {
    return ds_pred_eq(PRODUCT_NAME, ds_str(value));
}

ds_predicate *product_name_ne(const char *value) {
    return ds_pred_ne(PRODUCT_NAME, ds_str(value));
}

ds_predicate *product_name_lt(const char *value) {
    return ds_pred_lt(PRODUCT_NAME, ds_str(value));
}

ds_predicate *product_name_le(const char *value) {
    return ds_pred_le(PRODUCT_NAME, ds_str(value));
}

ds_predicate *product_name_gt(const char *value) {
    return ds_pred_gt(PRODUCT_NAME, ds_str(value));
}

ds_predicate *product_name_ge(const char *value) {
    return ds_pred_ge(PRODUCT_NAME, ds_str(value));
}

ds_predicate *product_name_between(const char *low, const char *high) {
    return ds_pred_between(PRODUCT_NAME, ds_str(low), ds_str(high));
}

ds_predicate *product_name_begins_with(const char *value) {
    return ds_pred_begins_with(PRODUCT_NAME, value);
}

ds_predicate *product_name_contains(const char *value) {
    return ds_pred_contains(PRODUCT_NAME, ds_str(value));
}

ds_predicate *product_name_not_contains(const char *value) {
    return ds_pred_not_contains(PRODUCT_NAME, ds_str(value));
}

ds_predicate *product_price_eq(double value) {
    return ds_pred_eq(PRODUCT_PRICE, ds_float(value));
}

ds_predicate *product_price_ne(double value) {
    return ds_pred_ne(PRODUCT_PRICE, ds_float(value));
}

ds_predicate *product_price_lt(double value) {
    return ds_pred_lt(PRODUCT_PRICE, ds_float(value));
}

ds_predicate *product_price_le(double value) {
    return ds_pred_le(PRODUCT_PRICE, ds_float(value));
}

ds_predicate *product_price_gt(double value) {
    return ds_pred_gt(PRODUCT_PRICE, ds_float(value));
}

ds_predicate *product_price_ge(double value) {
    return ds_pred_ge(PRODUCT_PRICE, ds_float(value));
}

ds_predicate *product_price_between(double low, double high) {
    return ds_pred_between(PRODUCT_PRICE, ds_float(low), ds_float(high));
}

ds_predicate *product_price_is_null(void) {
    return ds_pred_eq(PRODUCT_PRICE, ds_null());
}

ds_predicate *product_price_is_not_null(void) {
    return ds_pred_ne(PRODUCT_PRICE, ds_null());
}

ds_predicate *product_created_at_eq(const char *value) {
    return ds_pred_eq(PRODUCT_CREATED_AT, ds_str(value));
}

ds_predicate *product_created_at_ne(const char *value) {
    return ds_pred_ne(PRODUCT_CREATED_AT, ds_str(value));
}

ds_predicate *product_created_at_lt(const char *value) {
    return ds_pred_lt(PRODUCT_CREATED_AT, ds_str(value));
}

ds_predicate *product_created_at_le(const char *value) {
    return ds_pred_le(PRODUCT_CREATED_AT, ds_str(value));
}

ds_predicate *product_created_at_gt(const char *value) {
    return ds_pred_gt(PRODUCT_CREATED_AT, ds_str(value));
}

ds_predicate *product_created_at_ge(const char *value) {
    return ds_pred_ge(PRODUCT_CREATED_AT, ds_str(value));
}

ds_predicate *product_created_at_between(const char *low, const char *high) {
    return ds_pred_between(PRODUCT_CREATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *product_created_at_begins_with(const char *value) {
    return ds_pred_begins_with(PRODUCT_CREATED_AT, value);
}

ds_predicate *product_created_at_contains(const char *value) {
    return ds_pred_contains(PRODUCT_CREATED_AT, ds_str(value));
}

ds_predicate *product_created_at_not_contains(const char *value) {
    return ds_pred_not_contains(PRODUCT_CREATED_AT, ds_str(value));
}

ds_predicate *product_created_at_is_null(void) {
    return ds_pred_eq(PRODUCT_CREATED_AT, ds_null());
}

ds_predicate *product_created_at_is_not_null(void) {
    return ds_pred_ne(PRODUCT_CREATED_AT, ds_null());
}

ds_predicate *product_updated_at_eq(const char *value) {
    return ds_pred_eq(PRODUCT_UPDATED_AT, ds_str(value));
}

ds_predicate *product_updated_at_ne(const char *value) {
    return ds_pred_ne(PRODUCT_UPDATED_AT, ds_str(value));
}

ds_predicate *product_updated_at_lt(const char *value) {
    return ds_pred_lt(PRODUCT_UPDATED_AT, ds_str(value));
}

ds_predicate *product_updated_at_le(const char *value) {
    return ds_pred_le(PRODUCT_UPDATED_AT, ds_str(value));
}

ds_predicate *product_updated_at_gt(const char *value) {
    return ds_pred_gt(PRODUCT_UPDATED_AT, ds_str(value));
}

ds_predicate *product_updated_at_ge(const char *value) {
    return ds_pred_ge(PRODUCT_UPDATED_AT, ds_str(value));
}

ds_predicate *product_updated_at_between(const char *low, const char *high) {
    return ds_pred_between(PRODUCT_UPDATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *product_updated_at_begins_with(const char *value) {
    return ds_pred_begins_with(PRODUCT_UPDATED_AT, value);
}

ds_predicate *product_updated_at_contains(const char *value) {
    return ds_pred_contains(PRODUCT_UPDATED_AT, ds_str(value));
}

ds_predicate *product_updated_at_not_contains(const char *value) {
    return ds_pred_not_contains(PRODUCT_UPDATED_AT, ds_str(value));
}

ds_predicate *product_updated_at_is_null(void) {
    return ds_pred_eq(PRODUCT_UPDATED_AT, ds_null());
}

ds_predicate *product_updated_at_is_not_null(void) {
    return ds_pred_ne(PRODUCT_UPDATED_AT, ds_null());
}

/* ---- model StockItem ---- */

void stock_item_init(StockItem *value) {
    if (value)
        memset(value, 0, sizeof *value);
}

void stock_item_free(StockItem *value) {
    if (!value)
        return;
    free(value->id);
    free(value->product_sku);
    free(value->product_warehouse);
    free(value->created_at);
    free(value->updated_at);
    memset(value, 0, sizeof *value);
}

ds_status stock_item_copy(StockItem *out, const StockItem *src, ds_error *err) {
    ds_status rc = DS_OK;
    *out = *src;
    out->id = NULL;
    out->product_sku = NULL;
    out->product_warehouse = NULL;
    out->created_at = NULL;
    out->updated_at = NULL;
    if ((rc = copy_string(&out->id, src->id, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->product_sku, src->product_sku, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->product_warehouse, src->product_warehouse, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->created_at, src->created_at, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->updated_at, src->updated_at, err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        stock_item_free(out);
    return rc;
}

ds_status stock_item_to_record(ds_record **out, const ds_schema *schema, const StockItem *value,
    ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    *out = NULL;
    if (!schema && !(schema = models_schema()))
        return nomem(err);
    if ((rc = ds_record_new(&r, schema, "StockItem", err)) != DS_OK)
        return rc;
    if (value->id && (rc = put(r, "id", ds_str(value->id), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "productSku", ds_str(value->product_sku), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "productWarehouse", ds_str(value->product_warehouse), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "productBinNumber", ds_int(value->product_bin_number), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "quantity", ds_int(value->quantity), err)) != DS_OK)
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

ds_status stock_item_from_record(StockItem *out, const ds_record *record, ds_error *err) {
    ds_value val;
    ds_status rc;
    stock_item_init(out);
    if ((rc = check_model(record, "StockItem", err)) != DS_OK)
        return rc;
    if ((rc = get(record, "id", &val, err)) != DS_OK ||
        (rc = take_string(&out->id, &val, "StockItem.id", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "productSku", &val, err)) != DS_OK ||
        (rc = take_string(&out->product_sku, &val, "StockItem.productSku", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "productWarehouse", &val, err)) != DS_OK ||
        (rc = take_string(&out->product_warehouse, &val, "StockItem.productWarehouse", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "productBinNumber", &val, err)) != DS_OK ||
        (rc = take_int32(&out->product_bin_number, NULL, &val, "StockItem.productBinNumber", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "quantity", &val, err)) != DS_OK ||
        (rc = take_int32(&out->quantity, NULL, &val, "StockItem.quantity", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "createdAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->created_at, &val, "StockItem.createdAt", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "updatedAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->updated_at, &val, "StockItem.updatedAt", err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        stock_item_free(out);
    return rc;
}

ds_status stock_item_save(ds_store *store, StockItem *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    StockItem saved;
    ds_status rc;
    if ((rc = stock_item_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    if ((rc = ds_save(store, r, condition, err)) == DS_OK &&
        (rc = stock_item_from_record(&saved, r, err)) == DS_OK) {
        stock_item_free(value);
        *value = saved;
    }
    ds_record_free(r);
    return rc;
}

ds_status stock_item_get(ds_store *store, const char *id, StockItem *out, ds_error *err) {
    ds_record *key = NULL, *found = NULL;
    ds_status rc;
    stock_item_init(out);
    if ((rc = ds_record_new(&key, store ? ds_store_schema(store) : NULL, "StockItem", err)) != DS_OK)
        goto done;
    if ((rc = put(key, "id", ds_str(id), err)) != DS_OK)
        goto done;
    if ((rc = ds_get(store, key, &found, err)) != DS_OK)
        goto done;
    rc = stock_item_from_record(out, found, err);
done:
    ds_record_free(found);
    ds_record_free(key);
    return rc;
}

ds_status stock_item_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    StockItemList *out, ds_error *err) {
    ds_result *res = NULL;
    ds_status rc;
    out->items = NULL;
    out->count = 0;
    if ((rc = ds_query(store, "StockItem", where, opts, &res, err)) != DS_OK)
        return rc;
    rc = stock_item_list_from_result(out, res, err);
    ds_result_free(res);
    return rc;
}

void stock_item_list_free(StockItemList *list) {
    if (!list)
        return;
    for (size_t i = 0; list->items && i < list->count; i++)
        stock_item_free(&list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}

ds_status stock_item_delete(ds_store *store, const StockItem *value, const ds_predicate *condition,
    ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    if ((rc = stock_item_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    rc = ds_delete(store, r, condition, err);
    ds_record_free(r);
    return rc;
}

ds_status stock_item_observe(ds_store *store, const ds_predicate *where, stock_item_observe_fn fn,
    void *userdata, models_subscription **out, ds_error *err) {
    models_subscription *sub;
    ds_status rc;
    *out = NULL;
    if (!fn)
        return fail(err, DS_ERR_INVALID, "stock_item_observe", "fn is NULL");
    if (!(sub = calloc(1, sizeof *sub)))
        return nomem(err);
    sub->fn.stock_item_observe = fn;
    sub->userdata = userdata;
    if ((rc = ds_observe(store, "StockItem", where, stock_item_observed, sub, &sub->sub, err)) != DS_OK) {
        free(sub);
        return rc;
    }
    *out = sub;
    return DS_OK;
}

ds_status stock_item_load_product(ds_store *store, const StockItem *value, Product *out, ds_error *err) {
    ds_record *r = NULL;
    ds_result *res = NULL;
    ds_status rc;
    product_init(out);
    if ((rc = stock_item_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK ||
        (rc = ds_load_related(store, r, "product", &res, err)) != DS_OK)
        goto done;
    if (ds_result_count(res) == 0)
        rc = fail(err, DS_ERR_NOTFOUND, "StockItem.product", "no related Product stored");
    else
        rc = product_from_record(out, ds_result_at(res, 0), err);
done:
    ds_result_free(res);
    ds_record_free(r);
    return rc;
}

ds_predicate *stock_item_id_eq(const char *value) {
    return ds_pred_eq(STOCK_ITEM_ID, ds_str(value));
}

ds_predicate *stock_item_id_ne(const char *value) {
    return ds_pred_ne(STOCK_ITEM_ID, ds_str(value));
}

ds_predicate *stock_item_id_lt(const char *value) {
    return ds_pred_lt(STOCK_ITEM_ID, ds_str(value));
}

ds_predicate *stock_item_id_le(const char *value) {
    return ds_pred_le(STOCK_ITEM_ID, ds_str(value));
}

ds_predicate *stock_item_id_gt(const char *value) {
    return ds_pred_gt(STOCK_ITEM_ID, ds_str(value));
}

ds_predicate *stock_item_id_ge(const char *value) {
    return ds_pred_ge(STOCK_ITEM_ID, ds_str(value));
}

ds_predicate *stock_item_id_between(const char *low, const char *high) {
    return ds_pred_between(STOCK_ITEM_ID, ds_str(low), ds_str(high));
}

ds_predicate *stock_item_id_begins_with(const char *value) {
    return ds_pred_begins_with(STOCK_ITEM_ID, value);
}

ds_predicate *stock_item_id_contains(const char *value) {
    return ds_pred_contains(STOCK_ITEM_ID, ds_str(value));
}

ds_predicate *stock_item_id_not_contains(const char *value) {
    return ds_pred_not_contains(STOCK_ITEM_ID, ds_str(value));
}

ds_predicate *stock_item_product_sku_eq(const char *value) {
    return ds_pred_eq(STOCK_ITEM_PRODUCT_SKU, ds_str(value));
}

ds_predicate *stock_item_product_sku_ne(const char *value) {
    return ds_pred_ne(STOCK_ITEM_PRODUCT_SKU, ds_str(value));
}

ds_predicate *stock_item_product_sku_lt(const char *value) {
    return ds_pred_lt(STOCK_ITEM_PRODUCT_SKU, ds_str(value));
}

ds_predicate *stock_item_product_sku_le(const char *value) {
    return ds_pred_le(STOCK_ITEM_PRODUCT_SKU, ds_str(value));
}

ds_predicate *stock_item_product_sku_gt(const char *value) {
    return ds_pred_gt(STOCK_ITEM_PRODUCT_SKU, ds_str(value));
}

ds_predicate *stock_item_product_sku_ge(const char *value) {
    return ds_pred_ge(STOCK_ITEM_PRODUCT_SKU, ds_str(value));
}

ds_predicate *stock_item_product_sku_between(const char *low, const char *high) {
    return ds_pred_between(STOCK_ITEM_PRODUCT_SKU, ds_str(low), ds_str(high));
}

ds_predicate *stock_item_product_sku_begins_with(const char *value) {
    return ds_pred_begins_with(STOCK_ITEM_PRODUCT_SKU, value);
}

ds_predicate *stock_item_product_sku_contains(const char *value) {
    return ds_pred_contains(STOCK_ITEM_PRODUCT_SKU, ds_str(value));
}

ds_predicate *stock_item_product_sku_not_contains(const char *value) {
    return ds_pred_not_contains(STOCK_ITEM_PRODUCT_SKU, ds_str(value));
}

ds_predicate *stock_item_product_warehouse_eq(const char *value) {
    return ds_pred_eq(STOCK_ITEM_PRODUCT_WAREHOUSE, ds_str(value));
}

ds_predicate *stock_item_product_warehouse_ne(const char *value) {
    return ds_pred_ne(STOCK_ITEM_PRODUCT_WAREHOUSE, ds_str(value));
}

ds_predicate *stock_item_product_warehouse_lt(const char *value) {
    return ds_pred_lt(STOCK_ITEM_PRODUCT_WAREHOUSE, ds_str(value));
}

ds_predicate *stock_item_product_warehouse_le(const char *value) {
    return ds_pred_le(STOCK_ITEM_PRODUCT_WAREHOUSE, ds_str(value));
}

ds_predicate *stock_item_product_warehouse_gt(const char *value) {
    return ds_pred_gt(STOCK_ITEM_PRODUCT_WAREHOUSE, ds_str(value));
}

ds_predicate *stock_item_product_warehouse_ge(const char *value) {
    return ds_pred_ge(STOCK_ITEM_PRODUCT_WAREHOUSE, ds_str(value));
}

ds_predicate *stock_item_product_warehouse_between(const char *low, const char *high) {
    return ds_pred_between(STOCK_ITEM_PRODUCT_WAREHOUSE, ds_str(low), ds_str(high));
}

ds_predicate *stock_item_product_warehouse_begins_with(const char *value) {
    return ds_pred_begins_with(STOCK_ITEM_PRODUCT_WAREHOUSE, value);
}

ds_predicate *stock_item_product_warehouse_contains(const char *value) {
    return ds_pred_contains(STOCK_ITEM_PRODUCT_WAREHOUSE, ds_str(value));
}

ds_predicate *stock_item_product_warehouse_not_contains(const char *value) {
    return ds_pred_not_contains(STOCK_ITEM_PRODUCT_WAREHOUSE, ds_str(value));
}

ds_predicate *stock_item_product_bin_number_eq(int32_t value) {
    return ds_pred_eq(STOCK_ITEM_PRODUCT_BIN_NUMBER, ds_int(value));
}

ds_predicate *stock_item_product_bin_number_ne(int32_t value) {
    return ds_pred_ne(STOCK_ITEM_PRODUCT_BIN_NUMBER, ds_int(value));
}

ds_predicate *stock_item_product_bin_number_lt(int32_t value) {
    return ds_pred_lt(STOCK_ITEM_PRODUCT_BIN_NUMBER, ds_int(value));
}

ds_predicate *stock_item_product_bin_number_le(int32_t value) {
    return ds_pred_le(STOCK_ITEM_PRODUCT_BIN_NUMBER, ds_int(value));
}

ds_predicate *stock_item_product_bin_number_gt(int32_t value) {
    return ds_pred_gt(STOCK_ITEM_PRODUCT_BIN_NUMBER, ds_int(value));
}

ds_predicate *stock_item_product_bin_number_ge(int32_t value) {
    return ds_pred_ge(STOCK_ITEM_PRODUCT_BIN_NUMBER, ds_int(value));
}

ds_predicate *stock_item_product_bin_number_between(int32_t low, int32_t high) {
    return ds_pred_between(STOCK_ITEM_PRODUCT_BIN_NUMBER, ds_int(low), ds_int(high));
}

ds_predicate *stock_item_quantity_eq(int32_t value) {
    return ds_pred_eq(STOCK_ITEM_QUANTITY, ds_int(value));
}

ds_predicate *stock_item_quantity_ne(int32_t value) {
    return ds_pred_ne(STOCK_ITEM_QUANTITY, ds_int(value));
}

ds_predicate *stock_item_quantity_lt(int32_t value) {
    return ds_pred_lt(STOCK_ITEM_QUANTITY, ds_int(value));
}

ds_predicate *stock_item_quantity_le(int32_t value) {
    return ds_pred_le(STOCK_ITEM_QUANTITY, ds_int(value));
}

ds_predicate *stock_item_quantity_gt(int32_t value) {
    return ds_pred_gt(STOCK_ITEM_QUANTITY, ds_int(value));
}

ds_predicate *stock_item_quantity_ge(int32_t value) {
    return ds_pred_ge(STOCK_ITEM_QUANTITY, ds_int(value));
}

ds_predicate *stock_item_quantity_between(int32_t low, int32_t high) {
    return ds_pred_between(STOCK_ITEM_QUANTITY, ds_int(low), ds_int(high));
}

ds_predicate *stock_item_created_at_eq(const char *value) {
    return ds_pred_eq(STOCK_ITEM_CREATED_AT, ds_str(value));
}

ds_predicate *stock_item_created_at_ne(const char *value) {
    return ds_pred_ne(STOCK_ITEM_CREATED_AT, ds_str(value));
}

ds_predicate *stock_item_created_at_lt(const char *value) {
    return ds_pred_lt(STOCK_ITEM_CREATED_AT, ds_str(value));
}

ds_predicate *stock_item_created_at_le(const char *value) {
    return ds_pred_le(STOCK_ITEM_CREATED_AT, ds_str(value));
}

ds_predicate *stock_item_created_at_gt(const char *value) {
    return ds_pred_gt(STOCK_ITEM_CREATED_AT, ds_str(value));
}

ds_predicate *stock_item_created_at_ge(const char *value) {
    return ds_pred_ge(STOCK_ITEM_CREATED_AT, ds_str(value));
}

ds_predicate *stock_item_created_at_between(const char *low, const char *high) {
    return ds_pred_between(STOCK_ITEM_CREATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *stock_item_created_at_begins_with(const char *value) {
    return ds_pred_begins_with(STOCK_ITEM_CREATED_AT, value);
}

ds_predicate *stock_item_created_at_contains(const char *value) {
    return ds_pred_contains(STOCK_ITEM_CREATED_AT, ds_str(value));
}

ds_predicate *stock_item_created_at_not_contains(const char *value) {
    return ds_pred_not_contains(STOCK_ITEM_CREATED_AT, ds_str(value));
}

ds_predicate *stock_item_created_at_is_null(void) {
    return ds_pred_eq(STOCK_ITEM_CREATED_AT, ds_null());
}

ds_predicate *stock_item_created_at_is_not_null(void) {
    return ds_pred_ne(STOCK_ITEM_CREATED_AT, ds_null());
}

ds_predicate *stock_item_updated_at_eq(const char *value) {
    return ds_pred_eq(STOCK_ITEM_UPDATED_AT, ds_str(value));
}

ds_predicate *stock_item_updated_at_ne(const char *value) {
    return ds_pred_ne(STOCK_ITEM_UPDATED_AT, ds_str(value));
}

ds_predicate *stock_item_updated_at_lt(const char *value) {
    return ds_pred_lt(STOCK_ITEM_UPDATED_AT, ds_str(value));
}

ds_predicate *stock_item_updated_at_le(const char *value) {
    return ds_pred_le(STOCK_ITEM_UPDATED_AT, ds_str(value));
}

ds_predicate *stock_item_updated_at_gt(const char *value) {
    return ds_pred_gt(STOCK_ITEM_UPDATED_AT, ds_str(value));
}

ds_predicate *stock_item_updated_at_ge(const char *value) {
    return ds_pred_ge(STOCK_ITEM_UPDATED_AT, ds_str(value));
}

ds_predicate *stock_item_updated_at_between(const char *low, const char *high) {
    return ds_pred_between(STOCK_ITEM_UPDATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *stock_item_updated_at_begins_with(const char *value) {
    return ds_pred_begins_with(STOCK_ITEM_UPDATED_AT, value);
}

ds_predicate *stock_item_updated_at_contains(const char *value) {
    return ds_pred_contains(STOCK_ITEM_UPDATED_AT, ds_str(value));
}

ds_predicate *stock_item_updated_at_not_contains(const char *value) {
    return ds_pred_not_contains(STOCK_ITEM_UPDATED_AT, ds_str(value));
}

ds_predicate *stock_item_updated_at_is_null(void) {
    return ds_pred_eq(STOCK_ITEM_UPDATED_AT, ds_null());
}

ds_predicate *stock_item_updated_at_is_not_null(void) {
    return ds_pred_ne(STOCK_ITEM_UPDATED_AT, ds_null());
}

/* ---- model StoreBranch ---- */

void store_branch_init(StoreBranch *value) {
    if (value)
        memset(value, 0, sizeof *value);
}

void store_branch_free(StoreBranch *value) {
    if (!value)
        return;
    free(value->tenant_id);
    free(value->country);
    free(value->state);
    free(value->city);
    free(value->zip_code);
    free(value->street_address);
    free(value->name);
    free(value->created_at);
    free(value->updated_at);
    memset(value, 0, sizeof *value);
}

ds_status store_branch_copy(StoreBranch *out, const StoreBranch *src, ds_error *err) {
    ds_status rc = DS_OK;
    *out = *src;
    out->tenant_id = NULL;
    out->country = NULL;
    out->state = NULL;
    out->city = NULL;
    out->zip_code = NULL;
    out->street_address = NULL;
    out->name = NULL;
    out->created_at = NULL;
    out->updated_at = NULL;
    if ((rc = copy_string(&out->tenant_id, src->tenant_id, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->country, src->country, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->state, src->state, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->city, src->city, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->zip_code, src->zip_code, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->street_address, src->street_address, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->name, src->name, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->created_at, src->created_at, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->updated_at, src->updated_at, err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        store_branch_free(out);
    return rc;
}

ds_status store_branch_to_record(ds_record **out, const ds_schema *schema, const StoreBranch *value,
    ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    *out = NULL;
    if (!schema && !(schema = models_schema()))
        return nomem(err);
    if ((rc = ds_record_new(&r, schema, "StoreBranch", err)) != DS_OK)
        return rc;
    if ((rc = put(r, "tenantId", ds_str(value->tenant_id), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "country", ds_str(value->country), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "state", ds_str(value->state), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "city", ds_str(value->city), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "zipCode", ds_str(value->zip_code), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "streetAddress", ds_str(value->street_address), err)) != DS_OK)
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

ds_status store_branch_from_record(StoreBranch *out, const ds_record *record, ds_error *err) {
    ds_value val;
    ds_status rc;
    store_branch_init(out);
    if ((rc = check_model(record, "StoreBranch", err)) != DS_OK)
        return rc;
    if ((rc = get(record, "tenantId", &val, err)) != DS_OK ||
        (rc = take_string(&out->tenant_id, &val, "StoreBranch.tenantId", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "country", &val, err)) != DS_OK ||
        (rc = take_string(&out->country, &val, "StoreBranch.country", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "state", &val, err)) != DS_OK ||
        (rc = take_string(&out->state, &val, "StoreBranch.state", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "city", &val, err)) != DS_OK ||
        (rc = take_string(&out->city, &val, "StoreBranch.city", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "zipCode", &val, err)) != DS_OK ||
        (rc = take_string(&out->zip_code, &val, "StoreBranch.zipCode", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "streetAddress", &val, err)) != DS_OK ||
        (rc = take_string(&out->street_address, &val, "StoreBranch.streetAddress", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "name", &val, err)) != DS_OK ||
        (rc = take_string(&out->name, &val, "StoreBranch.name", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "createdAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->created_at, &val, "StoreBranch.createdAt", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "updatedAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->updated_at, &val, "StoreBranch.updatedAt", err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        store_branch_free(out);
    return rc;
}

ds_status store_branch_save(ds_store *store, StoreBranch *value, const ds_predicate *condition,
    ds_error *err) {
    ds_record *r = NULL;
    StoreBranch saved;
    ds_status rc;
    if ((rc = store_branch_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    if ((rc = ds_save(store, r, condition, err)) == DS_OK &&
        (rc = store_branch_from_record(&saved, r, err)) == DS_OK) {
        store_branch_free(value);
        *value = saved;
    }
    ds_record_free(r);
    return rc;
}

ds_status store_branch_get(ds_store *store, const char *tenant_id, const char *country, const char *state,
    const char *city, const char *zip_code, const char *street_address, StoreBranch *out, ds_error *err) {
    ds_record *key = NULL, *found = NULL;
    ds_status rc;
    store_branch_init(out);
    if ((rc = ds_record_new(&key, store ? ds_store_schema(store) : NULL, "StoreBranch", err)) != DS_OK)
        goto done;
    if ((rc = put(key, "tenantId", ds_str(tenant_id), err)) != DS_OK)
        goto done;
    if ((rc = put(key, "country", ds_str(country), err)) != DS_OK)
        goto done;
    if ((rc = put(key, "state", ds_str(state), err)) != DS_OK)
        goto done;
    if ((rc = put(key, "city", ds_str(city), err)) != DS_OK)
        goto done;
    if ((rc = put(key, "zipCode", ds_str(zip_code), err)) != DS_OK)
        goto done;
    if ((rc = put(key, "streetAddress", ds_str(street_address), err)) != DS_OK)
        goto done;
    if ((rc = ds_get(store, key, &found, err)) != DS_OK)
        goto done;
    rc = store_branch_from_record(out, found, err);
done:
    ds_record_free(found);
    ds_record_free(key);
    return rc;
}

ds_status store_branch_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    StoreBranchList *out, ds_error *err) {
    ds_result *res = NULL;
    ds_status rc;
    out->items = NULL;
    out->count = 0;
    if ((rc = ds_query(store, "StoreBranch", where, opts, &res, err)) != DS_OK)
        return rc;
    rc = store_branch_list_from_result(out, res, err);
    ds_result_free(res);
    return rc;
}

void store_branch_list_free(StoreBranchList *list) {
    if (!list)
        return;
    for (size_t i = 0; list->items && i < list->count; i++)
        store_branch_free(&list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}

ds_status store_branch_delete(ds_store *store, const StoreBranch *value, const ds_predicate *condition,
    ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    if ((rc = store_branch_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    rc = ds_delete(store, r, condition, err);
    ds_record_free(r);
    return rc;
}

ds_status store_branch_observe(ds_store *store, const ds_predicate *where, store_branch_observe_fn fn,
    void *userdata, models_subscription **out, ds_error *err) {
    models_subscription *sub;
    ds_status rc;
    *out = NULL;
    if (!fn)
        return fail(err, DS_ERR_INVALID, "store_branch_observe", "fn is NULL");
    if (!(sub = calloc(1, sizeof *sub)))
        return nomem(err);
    sub->fn.store_branch_observe = fn;
    sub->userdata = userdata;
    if ((rc = ds_observe(store, "StoreBranch", where, store_branch_observed, sub, &sub->sub, err)) != DS_OK) {
        free(sub);
        return rc;
    }
    *out = sub;
    return DS_OK;
}

ds_predicate *store_branch_tenant_id_eq(const char *value) {
    return ds_pred_eq(STORE_BRANCH_TENANT_ID, ds_str(value));
}

ds_predicate *store_branch_tenant_id_ne(const char *value) {
    return ds_pred_ne(STORE_BRANCH_TENANT_ID, ds_str(value));
}

ds_predicate *store_branch_tenant_id_lt(const char *value) {
    return ds_pred_lt(STORE_BRANCH_TENANT_ID, ds_str(value));
}

ds_predicate *store_branch_tenant_id_le(const char *value) {
    return ds_pred_le(STORE_BRANCH_TENANT_ID, ds_str(value));
}

ds_predicate *store_branch_tenant_id_gt(const char *value) {
    return ds_pred_gt(STORE_BRANCH_TENANT_ID, ds_str(value));
}

ds_predicate *store_branch_tenant_id_ge(const char *value) {
    return ds_pred_ge(STORE_BRANCH_TENANT_ID, ds_str(value));
}

ds_predicate *store_branch_tenant_id_between(const char *low, const char *high) {
    return ds_pred_between(STORE_BRANCH_TENANT_ID, ds_str(low), ds_str(high));
}

ds_predicate *store_branch_tenant_id_begins_with(const char *value) {
    return ds_pred_begins_with(STORE_BRANCH_TENANT_ID, value);
}

ds_predicate *store_branch_tenant_id_contains(const char *value) {
    return ds_pred_contains(STORE_BRANCH_TENANT_ID, ds_str(value));
}

ds_predicate *store_branch_tenant_id_not_contains(const char *value) {
    return ds_pred_not_contains(STORE_BRANCH_TENANT_ID, ds_str(value));
}

ds_predicate *store_branch_country_eq(const char *value) {
    return ds_pred_eq(STORE_BRANCH_COUNTRY, ds_str(value));
}

ds_predicate *store_branch_country_ne(const char *value) {
    return ds_pred_ne(STORE_BRANCH_COUNTRY, ds_str(value));
}

ds_predicate *store_branch_country_lt(const char *value) {
    return ds_pred_lt(STORE_BRANCH_COUNTRY, ds_str(value));
}

ds_predicate *store_branch_country_le(const char *value) {
    return ds_pred_le(STORE_BRANCH_COUNTRY, ds_str(value));
}

ds_predicate *store_branch_country_gt(const char *value) {
    return ds_pred_gt(STORE_BRANCH_COUNTRY, ds_str(value));
}

ds_predicate *store_branch_country_ge(const char *value) {
    return ds_pred_ge(STORE_BRANCH_COUNTRY, ds_str(value));
}

ds_predicate *store_branch_country_between(const char *low, const char *high) {
    return ds_pred_between(STORE_BRANCH_COUNTRY, ds_str(low), ds_str(high));
}

ds_predicate *store_branch_country_begins_with(const char *value) {
    return ds_pred_begins_with(STORE_BRANCH_COUNTRY, value);
}

ds_predicate *store_branch_country_contains(const char *value) {
    return ds_pred_contains(STORE_BRANCH_COUNTRY, ds_str(value));
}

ds_predicate *store_branch_country_not_contains(const char *value) {
    return ds_pred_not_contains(STORE_BRANCH_COUNTRY, ds_str(value));
}

ds_predicate *store_branch_state_eq(const char *value) {
    return ds_pred_eq(STORE_BRANCH_STATE, ds_str(value));
}

ds_predicate *store_branch_state_ne(const char *value) {
    return ds_pred_ne(STORE_BRANCH_STATE, ds_str(value));
}

ds_predicate *store_branch_state_lt(const char *value) {
    return ds_pred_lt(STORE_BRANCH_STATE, ds_str(value));
}

ds_predicate *store_branch_state_le(const char *value) {
    return ds_pred_le(STORE_BRANCH_STATE, ds_str(value));
}

ds_predicate *store_branch_state_gt(const char *value) {
    return ds_pred_gt(STORE_BRANCH_STATE, ds_str(value));
}

ds_predicate *store_branch_state_ge(const char *value) {
    return ds_pred_ge(STORE_BRANCH_STATE, ds_str(value));
}

ds_predicate *store_branch_state_between(const char *low, const char *high) {
    return ds_pred_between(STORE_BRANCH_STATE, ds_str(low), ds_str(high));
}

ds_predicate *store_branch_state_begins_with(const char *value) {
    return ds_pred_begins_with(STORE_BRANCH_STATE, value);
}

ds_predicate *store_branch_state_contains(const char *value) {
    return ds_pred_contains(STORE_BRANCH_STATE, ds_str(value));
}

ds_predicate *store_branch_state_not_contains(const char *value) {
    return ds_pred_not_contains(STORE_BRANCH_STATE, ds_str(value));
}

ds_predicate *store_branch_city_eq(const char *value) {
    return ds_pred_eq(STORE_BRANCH_CITY, ds_str(value));
}

ds_predicate *store_branch_city_ne(const char *value) {
    return ds_pred_ne(STORE_BRANCH_CITY, ds_str(value));
}

ds_predicate *store_branch_city_lt(const char *value) {
    return ds_pred_lt(STORE_BRANCH_CITY, ds_str(value));
}

ds_predicate *store_branch_city_le(const char *value) {
    return ds_pred_le(STORE_BRANCH_CITY, ds_str(value));
}

ds_predicate *store_branch_city_gt(const char *value) {
    return ds_pred_gt(STORE_BRANCH_CITY, ds_str(value));
}

ds_predicate *store_branch_city_ge(const char *value) {
    return ds_pred_ge(STORE_BRANCH_CITY, ds_str(value));
}

ds_predicate *store_branch_city_between(const char *low, const char *high) {
    return ds_pred_between(STORE_BRANCH_CITY, ds_str(low), ds_str(high));
}

ds_predicate *store_branch_city_begins_with(const char *value) {
    return ds_pred_begins_with(STORE_BRANCH_CITY, value);
}

ds_predicate *store_branch_city_contains(const char *value) {
    return ds_pred_contains(STORE_BRANCH_CITY, ds_str(value));
}

ds_predicate *store_branch_city_not_contains(const char *value) {
    return ds_pred_not_contains(STORE_BRANCH_CITY, ds_str(value));
}

ds_predicate *store_branch_zip_code_eq(const char *value) {
    return ds_pred_eq(STORE_BRANCH_ZIP_CODE, ds_str(value));
}

ds_predicate *store_branch_zip_code_ne(const char *value) {
    return ds_pred_ne(STORE_BRANCH_ZIP_CODE, ds_str(value));
}

ds_predicate *store_branch_zip_code_lt(const char *value) {
    return ds_pred_lt(STORE_BRANCH_ZIP_CODE, ds_str(value));
}

ds_predicate *store_branch_zip_code_le(const char *value) {
    return ds_pred_le(STORE_BRANCH_ZIP_CODE, ds_str(value));
}

ds_predicate *store_branch_zip_code_gt(const char *value) {
    return ds_pred_gt(STORE_BRANCH_ZIP_CODE, ds_str(value));
}

ds_predicate *store_branch_zip_code_ge(const char *value) {
    return ds_pred_ge(STORE_BRANCH_ZIP_CODE, ds_str(value));
}

ds_predicate *store_branch_zip_code_between(const char *low, const char *high) {
    return ds_pred_between(STORE_BRANCH_ZIP_CODE, ds_str(low), ds_str(high));
}

ds_predicate *store_branch_zip_code_begins_with(const char *value) {
    return ds_pred_begins_with(STORE_BRANCH_ZIP_CODE, value);
}

ds_predicate *store_branch_zip_code_contains(const char *value) {
    return ds_pred_contains(STORE_BRANCH_ZIP_CODE, ds_str(value));
}

ds_predicate *store_branch_zip_code_not_contains(const char *value) {
    return ds_pred_not_contains(STORE_BRANCH_ZIP_CODE, ds_str(value));
}

ds_predicate *store_branch_street_address_eq(const char *value) {
    return ds_pred_eq(STORE_BRANCH_STREET_ADDRESS, ds_str(value));
}

ds_predicate *store_branch_street_address_ne(const char *value) {
    return ds_pred_ne(STORE_BRANCH_STREET_ADDRESS, ds_str(value));
}

ds_predicate *store_branch_street_address_lt(const char *value) {
    return ds_pred_lt(STORE_BRANCH_STREET_ADDRESS, ds_str(value));
}

ds_predicate *store_branch_street_address_le(const char *value) {
    return ds_pred_le(STORE_BRANCH_STREET_ADDRESS, ds_str(value));
}

ds_predicate *store_branch_street_address_gt(const char *value) {
    return ds_pred_gt(STORE_BRANCH_STREET_ADDRESS, ds_str(value));
}

ds_predicate *store_branch_street_address_ge(const char *value) {
    return ds_pred_ge(STORE_BRANCH_STREET_ADDRESS, ds_str(value));
}

ds_predicate *store_branch_street_address_between(const char *low, const char *high) {
    return ds_pred_between(STORE_BRANCH_STREET_ADDRESS, ds_str(low), ds_str(high));
}

ds_predicate *store_branch_street_address_begins_with(const char *value) {
    return ds_pred_begins_with(STORE_BRANCH_STREET_ADDRESS, value);
}

ds_predicate *store_branch_street_address_contains(const char *value) {
    return ds_pred_contains(STORE_BRANCH_STREET_ADDRESS, ds_str(value));
}

ds_predicate *store_branch_street_address_not_contains(const char *value) {
    return ds_pred_not_contains(STORE_BRANCH_STREET_ADDRESS, ds_str(value));
}

ds_predicate *store_branch_name_eq(const char *value) {
    return ds_pred_eq(STORE_BRANCH_NAME, ds_str(value));
}

ds_predicate *store_branch_name_ne(const char *value) {
    return ds_pred_ne(STORE_BRANCH_NAME, ds_str(value));
}

ds_predicate *store_branch_name_lt(const char *value) {
    return ds_pred_lt(STORE_BRANCH_NAME, ds_str(value));
}

ds_predicate *store_branch_name_le(const char *value) {
    return ds_pred_le(STORE_BRANCH_NAME, ds_str(value));
}

ds_predicate *store_branch_name_gt(const char *value) {
    return ds_pred_gt(STORE_BRANCH_NAME, ds_str(value));
}

ds_predicate *store_branch_name_ge(const char *value) {
    return ds_pred_ge(STORE_BRANCH_NAME, ds_str(value));
}

ds_predicate *store_branch_name_between(const char *low, const char *high) {
    return ds_pred_between(STORE_BRANCH_NAME, ds_str(low), ds_str(high));
}

ds_predicate *store_branch_name_begins_with(const char *value) {
    return ds_pred_begins_with(STORE_BRANCH_NAME, value);
}

ds_predicate *store_branch_name_contains(const char *value) {
    return ds_pred_contains(STORE_BRANCH_NAME, ds_str(value));
}

ds_predicate *store_branch_name_not_contains(const char *value) {
    return ds_pred_not_contains(STORE_BRANCH_NAME, ds_str(value));
}

ds_predicate *store_branch_name_is_null(void) {
    return ds_pred_eq(STORE_BRANCH_NAME, ds_null());
}

ds_predicate *store_branch_name_is_not_null(void) {
    return ds_pred_ne(STORE_BRANCH_NAME, ds_null());
}

ds_predicate *store_branch_created_at_eq(const char *value) {
    return ds_pred_eq(STORE_BRANCH_CREATED_AT, ds_str(value));
}

ds_predicate *store_branch_created_at_ne(const char *value) {
    return ds_pred_ne(STORE_BRANCH_CREATED_AT, ds_str(value));
}

ds_predicate *store_branch_created_at_lt(const char *value) {
    return ds_pred_lt(STORE_BRANCH_CREATED_AT, ds_str(value));
}

ds_predicate *store_branch_created_at_le(const char *value) {
    return ds_pred_le(STORE_BRANCH_CREATED_AT, ds_str(value));
}

ds_predicate *store_branch_created_at_gt(const char *value) {
    return ds_pred_gt(STORE_BRANCH_CREATED_AT, ds_str(value));
}

ds_predicate *store_branch_created_at_ge(const char *value) {
    return ds_pred_ge(STORE_BRANCH_CREATED_AT, ds_str(value));
}

ds_predicate *store_branch_created_at_between(const char *low, const char *high) {
    return ds_pred_between(STORE_BRANCH_CREATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *store_branch_created_at_begins_with(const char *value) {
    return ds_pred_begins_with(STORE_BRANCH_CREATED_AT, value);
}

ds_predicate *store_branch_created_at_contains(const char *value) {
    return ds_pred_contains(STORE_BRANCH_CREATED_AT, ds_str(value));
}

ds_predicate *store_branch_created_at_not_contains(const char *value) {
    return ds_pred_not_contains(STORE_BRANCH_CREATED_AT, ds_str(value));
}

ds_predicate *store_branch_created_at_is_null(void) {
    return ds_pred_eq(STORE_BRANCH_CREATED_AT, ds_null());
}

ds_predicate *store_branch_created_at_is_not_null(void) {
    return ds_pred_ne(STORE_BRANCH_CREATED_AT, ds_null());
}

ds_predicate *store_branch_updated_at_eq(const char *value) {
    return ds_pred_eq(STORE_BRANCH_UPDATED_AT, ds_str(value));
}

ds_predicate *store_branch_updated_at_ne(const char *value) {
    return ds_pred_ne(STORE_BRANCH_UPDATED_AT, ds_str(value));
}

ds_predicate *store_branch_updated_at_lt(const char *value) {
    return ds_pred_lt(STORE_BRANCH_UPDATED_AT, ds_str(value));
}

ds_predicate *store_branch_updated_at_le(const char *value) {
    return ds_pred_le(STORE_BRANCH_UPDATED_AT, ds_str(value));
}

ds_predicate *store_branch_updated_at_gt(const char *value) {
    return ds_pred_gt(STORE_BRANCH_UPDATED_AT, ds_str(value));
}

ds_predicate *store_branch_updated_at_ge(const char *value) {
    return ds_pred_ge(STORE_BRANCH_UPDATED_AT, ds_str(value));
}

ds_predicate *store_branch_updated_at_between(const char *low, const char *high) {
    return ds_pred_between(STORE_BRANCH_UPDATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *store_branch_updated_at_begins_with(const char *value) {
    return ds_pred_begins_with(STORE_BRANCH_UPDATED_AT, value);
}

ds_predicate *store_branch_updated_at_contains(const char *value) {
    return ds_pred_contains(STORE_BRANCH_UPDATED_AT, ds_str(value));
}

ds_predicate *store_branch_updated_at_not_contains(const char *value) {
    return ds_pred_not_contains(STORE_BRANCH_UPDATED_AT, ds_str(value));
}

ds_predicate *store_branch_updated_at_is_null(void) {
    return ds_pred_eq(STORE_BRANCH_UPDATED_AT, ds_null());
}

ds_predicate *store_branch_updated_at_is_not_null(void) {
    return ds_pred_ne(STORE_BRANCH_UPDATED_AT, ds_null());
}
