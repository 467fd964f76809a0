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
    "# embedded: non-model types (no @model) nested in models and in each other, lists of non-models with every nullability, non-models with enum and list fields, required non-model fields, a non-model no model uses.\n",
    "\n",
    "enum Country {\n",
    "  US\n",
    "  CA\n",
    "  MX\n",
    "}\n",
    "\n",
    "type Geo {\n",
    "  lat: Float!\n",
    "  lng: Float!\n",
    "}\n",
    "\n",
    "type Address {\n",
    "  street: [String!]!\n",
    "  city: String!\n",
    "  zip: String\n",
    "  country: Country!\n",
    "  geo: Geo\n",
    "  tags: [String]\n",
    "  history: [Geo!]\n",
    "}\n",
    "\n",
    "type ContactInfo {\n",
    "  emails: [AWSEmail!]!\n",
    "  phones: [AWSPhone]\n",
    "  primaryAddress: Address!\n",
    "  otherAddresses: [Address]\n",
    "}\n",
    "\n",
    "type Customer @model {\n",
    "  id: ID!\n",
    "  name: String!\n",
    "  contact: ContactInfo!\n",
    "  billing: Address\n",
    "  shipping: [Address!]!\n",
    "  lastKnown: Geo\n",
    "  visited: [Country!]\n",
    "}\n",
    "\n",
    "type Warehouse @model {\n",
    "  id: ID!\n",
    "  location: Address!\n",
    "  docks: [Geo]\n",
    "  altLocations: [Address]!\n",
    "}\n",
    "\n",
    "\"not referenced by any model\"\n",
    "type Orphan {\n",
    "  note: String\n",
    "  level: Int!\n",
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
        warehouse_observe_fn warehouse_observe;
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

static ds_status new_values(ds_value **out, size_t n, ds_error *err) {
    *out = calloc(n ? n : 1, sizeof **out);
    return *out ? DS_OK : nomem(err);
}

/* Frees values made for a list, with the JSON text of embedded items. */
static void free_values(ds_value *items, size_t n) {
    for (size_t i = 0; items && i < n; i++)
        if (items[i].type == DS_VALUE_JSON)
            ds_free((char *)items[i].u.s.ptr);
    free(items);
}

static ds_status put_list(ds_record *record, const char *field, const ds_value *items, size_t n,
    ds_error *err) {
    char *json = NULL;
    ds_status rc = ds_json_array_write(&json, items, n, err);
    if (rc == DS_OK)
        rc = ds_record_set_json(record, field, json, err);
    ds_free(json);
    return rc;
}

/* A list field's items (free with ds_free()); *present is false for null. */
static ds_status get_list(const ds_record *record, const char *field, ds_value **items, size_t *n,
    bool *present, ds_error *err) {
    ds_value value;
    ds_status rc;
    *items = NULL;
    *n = 0;
    if (present)
        *present = false;
    if ((rc = get(record, field, &value, err)) != DS_OK || value.type == DS_VALUE_NULL)
        return rc;
    if (value.type != DS_VALUE_JSON)
        return fail(err, DS_ERR_INVALID, field, "expected a list");
    if (present)
        *present = true;
    return ds_json_array_parse(items, n, value.u.s.ptr, value.u.s.len, err);
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

static ds_status take_country(Country *out, bool *has, const ds_value *value, const char *where,
    ds_error *err) {
    *out = COUNTRY_US;
    if (has)
        *has = false;
    if (value->type == DS_VALUE_NULL)
        return DS_OK;
    if (value->type != DS_VALUE_STRING || !country_from_string(out, value->u.s.ptr))
        return fail(err, DS_ERR_INVALID, where, "not a value of Country");
    if (has)
        *has = true;
    return DS_OK;
}

/* An embedded Geo from JSON text of its object. */
static ds_status take_geo(Geo *out, bool *has, const ds_value *value, const char *where,
    ds_error *err) {
    ds_record *record = NULL;
    ds_status rc;
    geo_init(out);
    if (has)
        *has = false;
    if (value->type == DS_VALUE_NULL)
        return DS_OK;
    if (value->type != DS_VALUE_JSON)
        return fail(err, DS_ERR_INVALID, where, "expected an object");
    if (!models_schema())
        return nomem(err);
    if ((rc = ds_record_from_json(&record, models_schema(), "Geo", value->u.s.ptr, err)) != DS_OK)
        return rc;
    rc = geo_from_record(out, record, err);
    ds_record_free(record);
    if (rc == DS_OK && has)
        *has = true;
    return rc;
}

/* An embedded Geo as JSON text of its object (DS_VALUE_JSON, owned). */
static ds_status geo_value(ds_value *out, const ds_schema *schema, const Geo *value,
    ds_error *err) {
    ds_record *record = NULL;
    char *json;
    ds_status rc;
    *out = ds_null();
    if ((rc = geo_to_record(&record, schema, value, err)) != DS_OK)
        return rc;
    json = ds_record_to_json(record, DS_JSON_NO_META);
    ds_record_free(record);
    if (!json)
        return nomem(err);
    out->type = DS_VALUE_JSON;
    out->u.s.ptr = json;
    out->u.s.len = strlen(json);
    return DS_OK;
}

/* An embedded Address from JSON text of its object. */
static ds_status take_address(Address *out, bool *has, const ds_value *value, const char *where,
    ds_error *err) {
    ds_record *record = NULL;
    ds_status rc;
    address_init(out);
    if (has)
        *has = false;
    if (value->type == DS_VALUE_NULL)
        return DS_OK;
    if (value->type != DS_VALUE_JSON)
        return fail(err, DS_ERR_INVALID, where, "expected an object");
    if (!models_schema())
        return nomem(err);
    if ((rc = ds_record_from_json(&record, models_schema(), "Address", value->u.s.ptr, err)) != DS_OK)
        return rc;
    rc = address_from_record(out, record, err);
    ds_record_free(record);
    if (rc == DS_OK && has)
        *has = true;
    return rc;
}

/* An embedded Address as JSON text of its object (DS_VALUE_JSON, owned). */
static ds_status address_value(ds_value *out, const ds_schema *schema, const Address *value,
    ds_error *err) {
    ds_record *record = NULL;
    char *json;
    ds_status rc;
    *out = ds_null();
    if ((rc = address_to_record(&record, schema, value, err)) != DS_OK)
        return rc;
    json = ds_record_to_json(record, DS_JSON_NO_META);
    ds_record_free(record);
    if (!json)
        return nomem(err);
    out->type = DS_VALUE_JSON;
    out->u.s.ptr = json;
    out->u.s.len = strlen(json);
    return DS_OK;
}

/* An embedded ContactInfo from JSON text of its object. */
static ds_status take_contact_info(ContactInfo *out, bool *has, const ds_value *value, const char *where,
    ds_error *err) {
    ds_record *record = NULL;
    ds_status rc;
    contact_info_init(out);
    if (has)
        *has = false;
    if (value->type == DS_VALUE_NULL)
        return DS_OK;
    if (value->type != DS_VALUE_JSON)
        return fail(err, DS_ERR_INVALID, where, "expected an object");
    if (!models_schema())
        return nomem(err);
    if ((rc = ds_record_from_json(&record, models_schema(), "ContactInfo", value->u.s.ptr, err)) != DS_OK)
        return rc;
    rc = contact_info_from_record(out, record, err);
    ds_record_free(record);
    if (rc == DS_OK && has)
        *has = true;
    return rc;
}

/* An embedded ContactInfo as JSON text of its object (DS_VALUE_JSON, owned). */
static ds_status contact_info_value(ds_value *out, const ds_schema *schema, const ContactInfo *value,
    ds_error *err) {
    ds_record *record = NULL;
    char *json;
    ds_status rc;
    *out = ds_null();
    if ((rc = contact_info_to_record(&record, schema, value, err)) != DS_OK)
        return rc;
    json = ds_record_to_json(record, DS_JSON_NO_META);
    ds_record_free(record);
    if (!json)
        return nomem(err);
    out->type = DS_VALUE_JSON;
    out->u.s.ptr = json;
    out->u.s.len = strlen(json);
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

static ds_status warehouse_list_from_result(WarehouseList *out, const ds_result *res, ds_error *err) {
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
        rc = warehouse_from_record(&out->items[i], ds_result_at(res, i), err);
    if (rc != DS_OK)
        warehouse_list_free(out);
    return rc;
}

/* The ds_observe() callback behind warehouse_observe(): the change as a Warehouse. */
static void warehouse_observed(const ds_change *change, void *userdata) {
    const models_subscription *sub = userdata;
    /* Read before calling: fn may unobserve, which frees sub. */
    warehouse_observe_fn fn = sub->fn.warehouse_observe;
    void *ud = sub->userdata;
    Warehouse value;
    if (warehouse_from_record(&value, change->record, NULL) != DS_OK) {
        fn(change, NULL, ud);
        return;
    }
    fn(change, &value, ud);
    warehouse_free(&value);
}

/* ---- enum Country ---- */

const char *country_to_string(Country value) {
    switch (value) {
    case COUNTRY_US: return "US";
    case COUNTRY_CA: return "CA";
    case COUNTRY_MX: return "MX";
    }
    return NULL;
}

bool country_from_string(Country *out, const char *s) {
    if (!s)
        return false;
    if (strcmp(s, "US") == 0) {
        *out = COUNTRY_US;
        return true;
    }
    if (strcmp(s, "CA") == 0) {
        *out = COUNTRY_CA;
        return true;
    }
    if (strcmp(s, "MX") == 0) {
        *out = COUNTRY_MX;
        return true;
    }
    return false;
}

/* ---- embedded type Geo ---- */

void geo_init(Geo *value) {
    if (value)
        memset(value, 0, sizeof *value);
}

void geo_free(Geo *value) {
    if (!value)
        return;
    memset(value, 0, sizeof *value);
}

ds_status geo_copy(Geo *out, const Geo *src, ds_error *err) {
    ds_status rc = DS_OK;
    *out = *src;
    (void)err;
    return rc;
}

ds_status geo_to_record(ds_record **out, const ds_schema *schema, const Geo *value, ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    *out = NULL;
    if (!schema && !(schema = models_schema()))
        return nomem(err);
    if ((rc = ds_record_new(&r, schema, "Geo", err)) != DS_OK)
        return rc;
    if ((rc = put(r, "lat", ds_float(value->lat), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "lng", ds_float(value->lng), err)) != DS_OK)
        goto done;
    *out = r;
    r = NULL;
done:
    ds_record_free(r);
    return rc;
}

ds_status geo_from_record(Geo *out, const ds_record *record, ds_error *err) {
    ds_value val;
    ds_status rc;
    geo_init(out);
    if ((rc = check_model(record, "Geo", err)) != DS_OK)
        return rc;
    if ((rc = get(record, "lat", &val, err)) != DS_OK ||
        (rc = take_double(&out->lat, NULL, &val, "Geo.lat", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "lng", &val, err)) != DS_OK ||
        (rc = take_double(&out->lng, NULL, &val, "Geo.lng", err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        geo_free(out);
    return rc;
}

/* ---- embedded type Address ---- */

void address_init(Address *value) {
    if (value)
        memset(value, 0, sizeof *value);
}

void address_free(Address *value) {
    if (!value)
        return;
    for (size_t i = 0; value->street && i < value->street_count; i++)
        free(value->street[i]);
    free(value->street);
    free(value->city);
    free(value->zip);
    geo_free(&value->geo);
    for (size_t i = 0; value->tags && i < value->tags_count; i++)
        free(value->tags[i]);
    free(value->tags);
    for (size_t i = 0; value->history && i < value->history_count; i++)
        geo_free(&value->history[i]);
    free(value->history);
    memset(value, 0, sizeof *value);
}

ds_status address_copy(Address *out, const Address *src, ds_error *err) {
    size_t n;
    ds_status rc = DS_OK;
    *out = *src;
    out->street = NULL;
    out->city = NULL;
    out->zip = NULL;
    geo_init(&out->geo);
    out->tags = NULL;
    out->history = NULL;
    n = src->street ? src->street_count : 0;
    out->street_count = n;
    if (n && !(out->street = calloc(n, sizeof *out->street))) {
        rc = nomem(err);
        goto done;
    }
    for (size_t i = 0; i < n; i++)
        if ((rc = copy_string(&out->street[i], src->street[i], err)) != DS_OK)
            goto done;
    if ((rc = copy_string(&out->city, src->city, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->zip, src->zip, err)) != DS_OK)
        goto done;
    if ((rc = geo_copy(&out->geo, &src->geo, err)) != DS_OK)
        goto done;
    n = src->tags ? src->tags_count : 0;
    out->tags_count = n;
    if (n && !(out->tags = calloc(n, sizeof *out->tags))) {
        rc = nomem(err);
        goto done;
    }
    for (size_t i = 0; i < n; i++)
        if ((rc = copy_string(&out->tags[i], src->tags[i], err)) != DS_OK)
            goto done;
    n = src->history ? src->history_count : 0;
    out->history_count = n;
    if (n && !(out->history = calloc(n, sizeof *out->history))) {
        rc = nomem(err);
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        if ((rc = geo_copy(&out->history[i], &src->history[i], err)) != DS_OK)
            goto done;
    }
done:
    if (rc != DS_OK)
        address_free(out);
    return rc;
}

ds_status address_to_record(ds_record **out, const ds_schema *schema, const Address *value, ds_error *err) {
    ds_value val;
    ds_value *items = NULL;
    size_t n;
    ds_record *r = NULL;
    ds_status rc;
    *out = NULL;
    if (!schema && !(schema = models_schema()))
        return nomem(err);
    if ((rc = ds_record_new(&r, schema, "Address", err)) != DS_OK)
        return rc;
    n = value->street ? value->street_count : 0;
    if ((rc = new_values(&items, n, err)) == DS_OK) {
        for (size_t i = 0; i < n && rc == DS_OK; i++)
            items[i] = ds_str(value->street[i]);
        if (rc == DS_OK)
            rc = put_list(r, "street", items, n, err);
        free_values(items, n);
        items = NULL;
    }
    if (rc != DS_OK)
        goto done;
    if ((rc = put(r, "city", ds_str(value->city), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "zip", ds_str(value->zip), err)) != DS_OK)
        goto done;
    val = ds_null();
    if ((rc = enum_value(&val, country_to_string(value->country), "Address.country", err)) != DS_OK)
        goto done;
    if ((rc = put(r, "country", val, err)) != DS_OK)
        goto done;
    val = ds_null();
    if (value->has_geo && (rc = geo_value(&val, schema, &value->geo, err)) != DS_OK)
        goto done;
    rc = put(r, "geo", val, err);
    if (val.type == DS_VALUE_JSON)
        ds_free((char *)val.u.s.ptr);
    if (rc != DS_OK)
        goto done;
    n = value->tags ? value->tags_count : 0;
    if (!value->has_tags)
        rc = put(r, "tags", ds_null(), err);
    else if ((rc = new_values(&items, n, err)) == DS_OK) {
        for (size_t i = 0; i < n && rc == DS_OK; i++)
            items[i] = ds_str(value->tags[i]);
        if (rc == DS_OK)
            rc = put_list(r, "tags", items, n, err);
        free_values(items, n);
        items = NULL;
    }
    if (rc != DS_OK)
        goto done;
    n = value->history ? value->history_count : 0;
    if (!value->has_history)
        rc = put(r, "history", ds_null(), err);
    else if ((rc = new_values(&items, n, err)) == DS_OK) {
        for (size_t i = 0; i < n && rc == DS_OK; i++)
            rc = geo_value(&items[i], schema, &value->history[i], err);
        if (rc == DS_OK)
            rc = put_list(r, "history", items, n, err);
        free_values(items, n);
        items = NULL;
    }
    if (rc != DS_OK)
        goto done;
    *out = r;
    r = NULL;
done:
    ds_record_free(r);
    return rc;
}

ds_status address_from_record(Address *out, const ds_record *record, ds_error *err) {
    ds_value val;
    ds_value *items = NULL;
    size_t n;
    ds_status rc;
    address_init(out);
    if ((rc = check_model(record, "Address", err)) != DS_OK)
        return rc;
    if ((rc = get_list(record, "street", &items, &n, NULL, err)) != DS_OK)
        goto done;
    if (n && !(out->street = calloc(n, sizeof *out->street))) {
        rc = nomem(err);
        goto done;
    }
    out->street_count = n;
    for (size_t i = 0; i < n; i++)
        if ((rc = take_string(&out->street[i],
                  &items[i], "Address.street", err)) != DS_OK)
            goto done;
    ds_free(items);
    items = NULL;
    if ((rc = get(record, "city", &val, err)) != DS_OK ||
        (rc = take_string(&out->city, &val, "Address.city", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "zip", &val, err)) != DS_OK ||
        (rc = take_string(&out->zip, &val, "Address.zip", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "country", &val, err)) != DS_OK ||
        (rc = take_country(&out->country, NULL, &val, "Address.country", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "geo", &val, err)) != DS_OK ||
        (rc = take_geo(&out->geo, &out->has_geo, &val, "Address.geo", err)) != DS_OK)
        goto done;
    if ((rc = get_list(record, "tags", &items, &n, &out->has_tags, err)) != DS_OK)
        goto done;
    if (n && !(out->tags = calloc(n, sizeof *out->tags))) {
        rc = nomem(err);
        goto done;
    }
    out->tags_count = n;
    for (size_t i = 0; i < n; i++)
        if ((rc = take_string(&out->tags[i],
                  &items[i], "Address.tags", err)) != DS_OK)
            goto done;
    ds_free(items);
    items = NULL;
    if ((rc = get_list(record, "history", &items, &n, &out->has_history, err)) != DS_OK)
        goto done;
    if (n && !(out->history = calloc(n, sizeof *out->history))) {
        rc = nomem(err);
        goto done;
    }
    out->history_count = n;
    for (size_t i = 0; i < n; i++)
        if ((rc = take_geo(&out->history[i], NULL,
                  &items[i], "Address.history", err)) != DS_OK)
            goto done;
    ds_free(items);
    items = NULL;
done:
    ds_free(items);
    if (rc != DS_OK)
        address_free(out);
    return rc;
}

/* ---- embedded type ContactInfo ---- */

void contact_info_init(ContactInfo *value) {
    if (value)
        memset(value, 0, sizeof *value);
}

void contact_info_free(ContactInfo *value) {
    if (!value)
        return;
    for (size_t i = 0; value->emails && i < value->emails_count; i++)
        free(value->emails[i]);
    free(value->emails);
    for (size_t i = 0; value->phones && i < value->phones_count; i++)
        free(value->phones[i]);
    free(value->phones);
    address_free(&value->primary_address);
    for (size_t i = 0; value->other_addresses && i < value->other_addresses_count; i++)
        address_free(&value->other_addresses[i].value);
    free(value->other_addresses);
    memset(value, 0, sizeof *value);
}

ds_status contact_info_copy(ContactInfo *out, const ContactInfo *src, ds_error *err) {
    size_t n;
    ds_status rc = DS_OK;
    *out = *src;
    out->emails = NULL;
    out->phones = NULL;
    address_init(&out->primary_address);
    out->other_addresses = NULL;
    n = src->emails ? src->emails_count : 0;
    out->emails_count = n;
    if (n && !(out->emails = calloc(n, sizeof *out->emails))) {
        rc = nomem(err);
        goto done;
    }
    for (size_t i = 0; i < n; i++)
        if ((rc = copy_string(&out->emails[i], src->emails[i], err)) != DS_OK)
            goto done;
    n = src->phones ? src->phones_count : 0;
    out->phones_count = n;
    if (n && !(out->phones = calloc(n, sizeof *out->phones))) {
        rc = nomem(err);
        goto done;
    }
    for (size_t i = 0; i < n; i++)
        if ((rc = copy_string(&out->phones[i], src->phones[i], err)) != DS_OK)
            goto done;
    if ((rc = address_copy(&out->primary_address, &src->primary_address, err)) != DS_OK)
        goto done;
    n = src->other_addresses ? src->other_addresses_count : 0;
    out->other_addresses_count = n;
    if (n && !(out->other_addresses = calloc(n, sizeof *out->other_addresses))) {
        rc = nomem(err);
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        out->other_addresses[i].has = src->other_addresses[i].has;
        if ((rc = address_copy(&out->other_addresses[i].value, &src->other_addresses[i].value, err)) != DS_OK)
            goto done;
    }
done:
    if (rc != DS_OK)
        contact_info_free(out);
    return rc;
}

ds_status contact_info_to_record(ds_record **out, const ds_schema *schema, const ContactInfo *value,
    ds_error *err) {
    ds_value val;
    ds_value *items = NULL;
    size_t n;
    ds_record *r = NULL;
    ds_status rc;
    *out = NULL;
    if (!schema && !(schema = models_schema()))
        return nomem(err);
    if ((rc = ds_record_new(&r, schema, "ContactInfo", err)) != DS_OK)
        return rc;
    n = value->emails ? value->emails_count : 0;
    if ((rc = new_values(&items, n, err)) == DS_OK) {
        for (size_t i = 0; i < n && rc == DS_OK; i++)
            items[i] = ds_str(value->emails[i]);
        if (rc == DS_OK)
            rc = put_list(r, "emails", items, n, err);
        free_values(items, n);
        items = NULL;
    }
    if (rc != DS_OK)
        goto done;
    n = value->phones ? value->phones_count : 0;
    if (!value->has_phones)
        rc = put(r, "phones", ds_null(), err);
    else if ((rc = new_values(&items, n, err)) == DS_OK) {
        for (size_t i = 0; i < n && rc == DS_OK; i++)
            items[i] = ds_str(value->phones[i]);
        if (rc == DS_OK)
            rc = put_list(r, "phones", items, n, err);
        free_values(items, n);
        items = NULL;
    }
    if (rc != DS_OK)
        goto done;
    val = ds_null();
    if ((rc = address_value(&val, schema, &value->primary_address, err)) != DS_OK)
        goto done;
    rc = put(r, "primaryAddress", val, err);
    if (val.type == DS_VALUE_JSON)
        ds_free((char *)val.u.s.ptr);
    if (rc != DS_OK)
        goto done;
    n = value->other_addresses ? value->other_addresses_count : 0;
    if (!value->has_other_addresses)
        rc = put(r, "otherAddresses", ds_null(), err);
    else if ((rc = new_values(&items, n, err)) == DS_OK) {
        for (size_t i = 0; i < n && rc == DS_OK; i++)
            if (value->other_addresses[i].has)
                rc = address_value(&items[i], schema, &value->other_addresses[i].value, err);
        if (rc == DS_OK)
            rc = put_list(r, "otherAddresses", items, n, err);
        free_values(items, n);
        items = NULL;
    }
    if (rc != DS_OK)
        goto done;
    *out = r;
    r = NULL;
done:
    ds_record_free(r);
    return rc;
}

ds_status contact_info_from_record(ContactInfo *out, const ds_record *record, ds_error *err) {
    ds_value val;
    ds_value *items = NULL;
    size_t n;
    ds_status rc;
    contact_info_init(out);
    if ((rc = check_model(record, "ContactInfo", err)) != DS_OK)
        return rc;
    if ((rc = get_list(record, "emails", &items, &n, NULL, err)) != DS_OK)
        goto done;
    if (n && !(out->emails = calloc(n, sizeof *out->emails))) {
        rc = nomem(err);
        goto done;
    }
    out->emails_count = n;
    for (size_t i = 0; i < n; i++)
        if ((rc = take_string(&out->emails[i],
                  &items[i], "ContactInfo.emails", err)) != DS_OK)
            goto done;
    ds_free(items);
    items = NULL;
    if ((rc = get_list(record, "phones", &items, &n, &out->has_phones, err)) != DS_OK)
        goto done;
    if (n && !(out->phones = calloc(n, sizeof *out->phones))) {
        rc = nomem(err);
        goto done;
    }
    out->phones_count = n;
    for (size_t i = 0; i < n; i++)
        if ((rc = take_string(&out->phones[i],
                  &items[i], "ContactInfo.phones", err)) != DS_OK)
            goto done;
    ds_free(items);
    items = NULL;
    if ((rc = get(record, "primaryAddress", &val, err)) != DS_OK ||
        (rc = take_address(&out->primary_address, NULL, &val, "ContactInfo.primaryAddress", err)) != DS_OK)
        goto done;
    if ((rc = get_list(record, "otherAddresses", &items, &n, &out->has_other_addresses, err)) != DS_OK)
        goto done;
    if (n && !(out->other_addresses = calloc(n, sizeof *out->other_addresses))) {
        rc = nomem(err);
        goto done;
    }
    out->other_addresses_count = n;
    for (size_t i = 0; i < n; i++)
        if ((rc = take_address(&out->other_addresses[i].value, &out->other_addresses[i].has,
                  &items[i], "ContactInfo.otherAddresses", err)) != DS_OK)
            goto done;
    ds_free(items);
    items = NULL;
done:
    ds_free(items);
    if (rc != DS_OK)
        contact_info_free(out);
    return rc;
}

/* ---- embedded type Orphan ---- */

void orphan_init(Orphan *value) {
    if (value)
        memset(value, 0, sizeof *value);
}

void orphan_free(Orphan *value) {
    if (!value)
        return;
    free(value->note);
    memset(value, 0, sizeof *value);
}

ds_status orphan_copy(Orphan *out, const Orphan *src, ds_error *err) {
    ds_status rc = DS_OK;
    *out = *src;
    out->note = NULL;
    if ((rc = copy_string(&out->note, src->note, err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        orphan_free(out);
    return rc;
}

ds_status orphan_to_record(ds_record **out, const ds_schema *schema, const Orphan *value, ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    *out = NULL;
    if (!schema && !(schema = models_schema()))
        return nomem(err);
    if ((rc = ds_record_new(&r, schema, "Orphan", err)) != DS_OK)
        return rc;
    if ((rc = put(r, "note", ds_str(value->note), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "level", ds_int(value->level), err)) != DS_OK)
        goto done;
    *out = r;
    r = NULL;
done:
    ds_record_free(r);
    return rc;
}

ds_status orphan_from_record(Orphan *out, const ds_record *record, ds_error *err) {
    ds_value val;
    ds_status rc;
    orphan_init(out);
    if ((rc = check_model(record, "Orphan", err)) != DS_OK)
        return rc;
    if ((rc = get(record, "note", &val, err)) != DS_OK ||
        (rc = take_string(&out->note, &val, "Orphan.note", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "level", &val, err)) != DS_OK ||
        (rc = take_int32(&out->level, NULL, &val, "Orphan.level", err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        orphan_free(out);
    return rc;
}

/* ---- model Customer ---- */

void customer_init(Customer *value) {
    if (value)
        memset(value, 0, sizeof *value);
}

void customer_free(Customer *value) {
    if (!value)
        return;
    free(value->id);
    free(value->name);
    contact_info_free(&value->contact);
    address_free(&value->billing);
    for (size_t i = 0; value->shipping && i < value->shipping_count; i++)
        address_free(&value->shipping[i]);
    free(value->shipping);
    geo_free(&value->last_known);
    free(value->visited);
    free(value->created_at);
    free(value->updated_at);
    memset(value, 0, sizeof *value);
}

ds_status customer_copy(Customer *out, const Customer *src, ds_error *err) {
    size_t n;
    ds_status rc = DS_OK;
    *out = *src;
    out->id = NULL;
    out->name = NULL;
    contact_info_init(&out->contact);
    address_init(&out->billing);
    out->shipping = NULL;
    geo_init(&out->last_known);
    out->visited = NULL;
    out->created_at = NULL;
    out->updated_at = NULL;
    if ((rc = copy_string(&out->id, src->id, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->name, src->name, err)) != DS_OK)
        goto done;
    if ((rc = contact_info_copy(&out->contact, &src->contact, err)) != DS_OK)
        goto done;
    if ((rc = address_copy(&out->billing, &src->billing, err)) != DS_OK)
        goto done;
    n = src->shipping ? src->shipping_count : 0;
    out->shipping_count = n;
    if (n && !(out->shipping = calloc(n, sizeof *out->shipping))) {
        rc = nomem(err);
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        if ((rc = address_copy(&out->shipping[i], &src->shipping[i], err)) != DS_OK)
            goto done;
    }
    if ((rc = geo_copy(&out->last_known, &src->last_known, err)) != DS_OK)
        goto done;
    n = src->visited ? src->visited_count : 0;
    out->visited_count = n;
    if (n && !(out->visited = calloc(n, sizeof *out->visited))) {
        rc = nomem(err);
        goto done;
    }
    if (n)
        memcpy(out->visited, src->visited, n * sizeof *out->visited);
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
    ds_value val;
    ds_value *items = NULL;
    size_t n;
    ds_record *r = NULL;
    ds_status rc;
    *out = NULL;
    if (!schema && !(schema = models_schema()))
        return nomem(err);
    if ((rc = ds_record_new(&r, schema, "Customer", err)) != DS_OK)
        return rc;
    if (value->id && (rc = put(r, "id", ds_str(value->id), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "name", ds_str(value->name), err)) != DS_OK)
        goto done;
    val = ds_null();
    if ((rc = contact_info_value(&val, schema, &value->contact, err)) != DS_OK)
        goto done;
    rc = put(r, "contact", val, err);
    if (val.type == DS_VALUE_JSON)
        ds_free((char *)val.u.s.ptr);
    if (rc != DS_OK)
        goto done;
    val = ds_null();
    if (value->has_billing && (rc = address_value(&val, schema, &value->billing, err)) != DS_OK)
        goto done;
    rc = put(r, "billing", val, err);
    if (val.type == DS_VALUE_JSON)
        ds_free((char *)val.u.s.ptr);
    if (rc != DS_OK)
        goto done;
    n = value->shipping ? value->shipping_count : 0;
    if ((rc = new_values(&items, n, err)) == DS_OK) {
        for (size_t i = 0; i < n && rc == DS_OK; i++)
            rc = address_value(&items[i], schema, &value->shipping[i], err);
        if (rc == DS_OK)
            rc = put_list(r, "shipping", items, n, err);
        free_values(items, n);
        items = NULL;
    }
    if (rc != DS_OK)
        goto done;
    val = ds_null();
    if (value->has_last_known && (rc = geo_value(&val, schema, &value->last_known, err)) != DS_OK)
        goto done;
    rc = put(r, "lastKnown", val, err);
    if (val.type == DS_VALUE_JSON)
        ds_free((char *)val.u.s.ptr);
    if (rc != DS_OK)
        goto done;
    n = value->visited ? value->visited_count : 0;
    if (!value->has_visited)
        rc = put(r, "visited", ds_null(), err);
    else if ((rc = new_values(&items, n, err)) == DS_OK) {
        for (size_t i = 0; i < n && rc == DS_OK; i++)
            rc = enum_value(&items[i], country_to_string(value->visited[i]), "Customer.visited", err);
        if (rc == DS_OK)
            rc = put_list(r, "visited", items, n, err);
        free_values(items, n);
        items = NULL;
    }
    if (rc != DS_OK)
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
    ds_value *items = NULL;
    size_t n;
    ds_status rc;
    customer_init(out);
    if ((rc = check_model(record, "Customer", err)) != DS_OK)
        return rc;
    if ((rc = get(record, "id", &val, err)) != DS_OK ||
        (rc = take_string(&out->id, &val, "Customer.id", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "name", &val, err)) != DS_OK ||
        (rc = take_string(&out->name, &val, "Customer.name", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "contact", &val, err)) != DS_OK ||
        (rc = take_contact_info(&out->contact, NULL, &val, "Customer.contact", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "billing", &val, err)) != DS_OK ||
        (rc = take_address(&out->billing, &out->has_billing, &val, "Customer.billing", err)) != DS_OK)
        goto done;
    if ((rc = get_list(record, "shipping", &items, &n, NULL, err)) != DS_OK)
        goto done;
    if (n && !(out->shipping = calloc(n, sizeof *out->shipping))) {
        rc = nomem(err);
        goto done;
    }
    out->shipping_count = n;
    for (size_t i = 0; i < n; i++)
        if ((rc = take_address(&out->shipping[i], NULL,
                  &items[i], "Customer.shipping", err)) != DS_OK)
            goto done;
    ds_free(items);
    items = NULL;
    if ((rc = get(record, "lastKnown", &val, err)) != DS_OK ||
        (rc = take_geo(&out->last_known, &out->has_last_known, &val, "Customer.lastKnown", err)) != DS_OK)
        goto done;
    if ((rc = get_list(record, "visited", &items, &n, &out->has_visited, err)) != DS_OK)
        goto done;
    if (n && !(out->visited = calloc(n, sizeof *out->visited))) {
        rc = nomem(err);
        goto done;
    }
    out->visited_count = n;
    for (size_t i = 0; i < n; i++)
        if ((rc = take_country(&out->visited[i], NULL,
                  &items[i], "Customer.visited", err)) != DS_OK)
            goto done;
    ds_free(items);
    items = NULL;
    if ((rc = get(record, "createdAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->created_at, &val, "Customer.createdAt", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "updatedAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->updated_at, &val, "Customer.updatedAt", err)) != DS_OK)
        goto done;
done:
    ds_free(items);
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

ds_status customer_get(ds_store *store, const char *id, Customer *out, ds_error *err) {
    ds_record *key = NULL, *found = NULL;
    ds_status rc;
    customer_init(out);
    if ((rc = ds_record_new(&key, store ? ds_store_schema(store) : NULL, "Customer", err)) != DS_OK)
        goto done;
    if ((rc = put(key, "id", ds_str(id), err)) != DS_OK)
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

ds_predicate *customer_id_eq(const char *value) {
    return ds_pred_eq(CUSTOMER_ID, ds_str(value));
}

ds_predicate *customer_id_ne(const char *value) {
    return ds_pred_ne(CUSTOMER_ID, ds_str(value));
}

ds_predicate *customer_id_lt(const char *value) {
    return ds_pred_lt(CUSTOMER_ID, ds_str(value));
}

ds_predicate *customer_id_le(const char *value) {
    return ds_pred_le(CUSTOMER_ID, ds_str(value));
}

ds_predicate *customer_id_gt(const char *value) {
    return ds_pred_gt(CUSTOMER_ID, ds_str(value));
}

ds_predicate *customer_id_ge(const char *value) {
    return ds_pred_ge(CUSTOMER_ID, ds_str(value));
}

ds_predicate *customer_id_between(const char *low, const char *high) {
    return ds_pred_between(CUSTOMER_ID, ds_str(low), ds_str(high));
}

ds_predicate *customer_id_begins_with(const char *value) {
    return ds_pred_begins_with(CUSTOMER_ID, value);
}

ds_predicate *customer_id_contains(const char *value) {
    return ds_pred_contains(CUSTOMER_ID, ds_str(value));
}

ds_predicate *customer_id_not_contains(const char *value) {
    return ds_pred_not_contains(CUSTOMER_ID, ds_str(value));
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

ds_predicate *customer_billing_is_null(void) {
    return ds_pred_eq(CUSTOMER_BILLING, ds_null());
}

ds_predicate *customer_billing_is_not_null(void) {
    return ds_pred_ne(CUSTOMER_BILLING, ds_null());
}

ds_predicate *customer_last_known_is_null(void) {
    return ds_pred_eq(CUSTOMER_LAST_KNOWN, ds_null());
}

ds_predicate *customer_last_known_is_not_null(void) {
    return ds_pred_ne(CUSTOMER_LAST_KNOWN, ds_null());
}

ds_predicate *customer_visited_contains(Country value) {
    const char *s = country_to_string(value);
    return s ? ds_pred_contains(CUSTOMER_VISITED, ds_str(s)) : NULL;
}

ds_predicate *customer_visited_not_contains(Country value) {
    const char *s = country_to_string(value);
    return s ? ds_pred_not_contains(CUSTOMER_VISITED, ds_str(s)) : NULL;
}

ds_predicate *customer_visited_is_null(void) {
    return ds_pred_eq(CUSTOMER_VISITED, ds_null());
}

ds_predicate *customer_visited_is_not_null(void) {
    return ds_pred_ne(CUSTOMER_VISITED, ds_null());
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

/* ---- model Warehouse ---- */

void warehouse_init(Warehouse *value) {
    if (value)
        memset(value, 0, sizeof *value);
}

void warehouse_free(Warehouse *value) {
    if (!value)
        return;
    free(value->id);
    address_free(&value->location);
    for (size_t i = 0; value->docks && i < value->docks_count; i++)
        geo_free(&value->docks[i].value);
    free(value->docks);
    for (size_t i = 0; value->alt_locations && i < value->alt_locations_count; i++)
        address_free(&value->alt_locations[i].value);
    free(value->alt_locations);
    free(value->created_at);
    free(value->updated_at);
    memset(value, 0, sizeof *value);
}

ds_status warehouse_copy(Warehouse *out, const Warehouse *src, ds_error *err) {
    size_t n;
    ds_status rc = DS_OK;
    *out = *src;
    out->id = NULL;
    address_init(&out->location);
    out->docks = NULL;
    out->alt_locations = NULL;
    out->created_at = NULL;
    out->updated_at = NULL;
    if ((rc = copy_string(&out->id, src->id, err)) != DS_OK)
        goto done;
    if ((rc = address_copy(&out->location, &src->location, err)) != DS_OK)
        goto done;
    n = src->docks ? src->docks_count : 0;
    out->docks_count = n;
    if (n && !(out->docks = calloc(n, sizeof *out->docks))) {
        rc = nomem(err);
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        out->docks[i].has = src->docks[i].has;
        if ((rc = geo_copy(&out->docks[i].value, &src->docks[i].value, err)) != DS_OK)
            goto done;
    }
    n = src->alt_locations ? src->alt_locations_count : 0;
    out->alt_locations_count = n;
    if (n && !(out->alt_locations = calloc(n, sizeof *out->alt_locations))) {
        rc = nomem(err);
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        out->alt_locations[i].has = src->alt_locations[i].has;
        if ((rc = address_copy(&out->alt_locations[i].value, &src->alt_locations[i].value, err)) != DS_OK)
            goto done;
    }
    if ((rc = copy_string(&out->created_at, src->created_at, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->updated_at, src->updated_at, err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        warehouse_free(out);
    return rc;
}

ds_status warehouse_to_record(ds_record **out, const ds_schema *schema, const Warehouse *value,
    ds_error *err) {
    ds_value val;
    ds_value *items = NULL;
    size_t n;
    ds_record *r = NULL;
    ds_status rc;
    *out = NULL;
    if (!schema && !(schema = models_schema()))
        return nomem(err);
    if ((rc = ds_record_new(&r, schema, "Warehouse", err)) != DS_OK)
        return rc;
    if (value->id && (rc = put(r, "id", ds_str(value->id), err)) != DS_OK)
        goto done;
    val = ds_null();
    if ((rc = address_value(&val, schema, &value->location, err)) != DS_OK)
        goto done;
    rc = put(r, "location", val, err);
    if (val.type == DS_VALUE_JSON)
        ds_free((char *)val.u.s.ptr);
    if (rc != DS_OK)
        goto done;
    n = value->docks ? value->docks_count : 0;
    if (!value->has_docks)
        rc = put(r, "docks", ds_null(), err);
    else if ((rc = new_values(&items, n, err)) == DS_OK) {
        for (size_t i = 0; i < n && rc == DS_OK; i++)
            if (value->docks[i].has)
                rc = geo_value(&items[i], schema, &value->docks[i].value, err);
        if (rc == DS_OK)
            rc = put_list(r, "docks", items, n, err);
        free_values(items, n);
        items = NULL;
    }
    if (rc != DS_OK)
        goto done;
    n = value->alt_locations ? value->alt_locations_count : 0;
    if ((rc = new_values(&items, n, err)) == DS_OK) {
        for (size_t i = 0; i < n && rc == DS_OK; i++)
            if (value->alt_locations[i].has)
                rc = address_value(&items[i], schema, &value->alt_locations[i].value, err);
        if (rc == DS_OK)
            rc = put_list(r, "altLocations", items, n, err);
        free_values(items, n);
        items = NULL;
    }
    if (rc != DS_OK)
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

ds_status warehouse_from_record(Warehouse *out, const ds_record *record, ds_error *err) {
    ds_value val;
    ds_value *items = NULL;
    size_t n;
    ds_status rc;
    warehouse_init(out);
    if ((rc = check_model(record, "Warehouse", err)) != DS_OK)
        return rc;
    if ((rc = get(record, "id", &val, err)) != DS_OK ||
        (rc = take_string(&out->id, &val, "Warehouse.id", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "location", &val, err)) != DS_OK ||
        (rc = take_address(&out->location, NULL, &val, "Warehouse.location", err)) != DS_OK)
        goto done;
    if ((rc = get_list(record, "docks", &items, &n, &out->has_docks, err)) != DS_OK)
        goto done;
    if (n && !(out->docks = calloc(n, sizeof *out->docks))) {
        rc = nomem(err);
        goto done;
    }
    out->docks_count = n;
    for (size_t i = 0; i < n; i++)
        if ((rc = take_geo(&out->docks[i].value, &out->docks[i].has,
                  &items[i], "Warehouse.docks", err)) != DS_OK)
            goto done;
    ds_free(items);
    items = NULL;
    if ((rc = get_list(record, "altLocations", &items, &n, NULL, err)) != DS_OK)
        goto done;
    if (n && !(out->alt_locations = calloc(n, sizeof *out->alt_locations))) {
        rc = nomem(err);
        goto done;
    }
    out->alt_locations_count = n;
    for (size_t i = 0; i < n; i++)
        if ((rc = take_address(&out->alt_locations[i].value, &out->alt_locations[i].has,
                  &items[i], "Warehouse.altLocations", err)) != DS_OK)
            goto done;
    ds_free(items);
    items = NULL;
    if ((rc = get(record, "createdAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->created_at, &val, "Warehouse.createdAt", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "updatedAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->updated_at, &val, "Warehouse.updatedAt", err)) != DS_OK)
        goto done;
done:
    ds_free(items);
    if (rc != DS_OK)
        warehouse_free(out);
    return rc;
}

ds_status warehouse_save(ds_store *store, Warehouse *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    Warehouse saved;
    ds_status rc;
    if ((rc = warehouse_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    if ((rc = ds_save(store, r, condition, err)) == DS_OK &&
        (rc = warehouse_from_record(&saved, r, err)) == DS_OK) {
        warehouse_free(value);
        *value = saved;
    }
    ds_record_free(r);
    return rc;
}

ds_status warehouse_get(ds_store *store, const char *id, Warehouse *out, ds_error *err) {
    ds_record *key = NULL, *found = NULL;
    ds_status rc;
    warehouse_init(out);
    if ((rc = ds_record_new(&key, store ? ds_store_schema(store) : NULL, "Warehouse", err)) != DS_OK)
        goto done;
    if ((rc = put(key, "id", ds_str(id), err)) != DS_OK)
        goto done;
    if ((rc = ds_get(store, key, &found, err)) != DS_OK)
        goto done;
    rc = warehouse_from_record(out, found, err);
done:
    ds_record_free(found);
    ds_record_free(key);
    return rc;
}

ds_status warehouse_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    WarehouseList *out, ds_error *err) {
    ds_result *res = NULL;
    ds_status rc;
    out->items = NULL;
    out->count = 0;
    if ((rc = ds_query(store, "Warehouse", where, opts, &res, err)) != DS_OK)
        return rc;
    rc = warehouse_list_from_result(out, res, err);
    ds_result_free(res);
    return rc;
}

void warehouse_list_free(WarehouseList *list) {
    if (!list)
        return;
    for (size_t i = 0; list->items && i < list->count; i++)
        warehouse_free(&list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}

ds_status warehouse_delete(ds_store *store, const Warehouse *value, const ds_predicate *condition,
    ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    if ((rc = warehouse_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    rc = ds_delete(store, r, condition, err);
    ds_record_free(r);
    return rc;
}

ds_status warehouse_observe(ds_store *store, const ds_predicate *where, warehouse_observe_fn fn,
    void *userdata, models_subscription **out, ds_error *err) {
    models_subscription *sub;
    ds_status rc;
    *out = NULL;
    if (!fn)
        return fail(err, DS_ERR_INVALID, "warehouse_observe", "fn is NULL");
    if (!(sub = calloc(1, sizeof *sub)))
        return nomem(err);
    sub->fn.warehouse_observe = fn;
    sub->userdata = userdata;
    if ((rc = ds_observe(store, "Warehouse", where, warehouse_observed, sub, &sub->sub, err)) != DS_OK) {
        free(sub);
        return rc;
    }
    *out = sub;
    return DS_OK;
}

ds_predicate *warehouse_id_eq(const char *value) {
    return ds_pred_eq(WAREHOUSE_ID, ds_str(value));
}

ds_predicate *warehouse_id_ne(const char *value) {
    return ds_pred_ne(WAREHOUSE_ID, ds_str(value));
}

ds_predicate *warehouse_id_lt(const char *value) {
    return ds_pred_lt(WAREHOUSE_ID, ds_str(value));
}

ds_predicate *warehouse_id_le(const char *value) {
    return ds_pred_le(WAREHOUSE_ID, ds_str(value));
}

ds_predicate *warehouse_id_gt(const char *value) {
    return ds_pred_gt(WAREHOUSE_ID, ds_str(value));
}

ds_predicate *warehouse_id_ge(const char *value) {
    return ds_pred_ge(WAREHOUSE_ID, ds_str(value));
}

ds_predicate *warehouse_id_between(const char *low, const char *high) {
    return ds_pred_between(WAREHOUSE_ID, ds_str(low), ds_str(high));
}

ds_predicate *warehouse_id_begins_with(const char *value) {
    return ds_pred_begins_with(WAREHOUSE_ID, value);
}

ds_predicate *warehouse_id_contains(const char *value) {
    return ds_pred_contains(WAREHOUSE_ID, ds_str(value));
}

ds_predicate *warehouse_id_not_contains(const char *value) {
    return ds_pred_not_contains(WAREHOUSE_ID, ds_str(value));
}

ds_predicate *warehouse_docks_is_null(void) {
    return ds_pred_eq(WAREHOUSE_DOCKS, ds_null());
}

ds_predicate *warehouse_docks_is_not_null(void) {
    return ds_pred_ne(WAREHOUSE_DOCKS, ds_null());
}

ds_predicate *warehouse_created_at_eq(const char *value) {
    return ds_pred_eq(WAREHOUSE_CREATED_AT, ds_str(value));
}

ds_predicate *warehouse_created_at_ne(const char *value) {
    return ds_pred_ne(WAREHOUSE_CREATED_AT, ds_str(value));
}

ds_predicate *warehouse_created_at_lt(const char *value) {
    return ds_pred_lt(WAREHOUSE_CREATED_AT, ds_str(value));
}

ds_predicate *warehouse_created_at_le(const char *value) {
    return ds_pred_le(WAREHOUSE_CREATED_AT, ds_str(value));
}

ds_predicate *warehouse_created_at_gt(const char *value) {
    return ds_pred_gt(WAREHOUSE_CREATED_AT, ds_str(value));
}

ds_predicate *warehouse_created_at_ge(const char *value) {
    return ds_pred_ge(WAREHOUSE_CREATED_AT, ds_str(value));
}

ds_predicate *warehouse_created_at_between(const char *low, const char *high) {
    return ds_pred_between(WAREHOUSE_CREATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *warehouse_created_at_begins_with(const char *value) {
    return ds_pred_begins_with(WAREHOUSE_CREATED_AT, value);
}

ds_predicate *warehouse_created_at_contains(const char *value) {
    return ds_pred_contains(WAREHOUSE_CREATED_AT, ds_str(value));
}

ds_predicate *warehouse_created_at_not_contains(const char *value) {
    return ds_pred_not_contains(WAREHOUSE_CREATED_AT, ds_str(value));
}

ds_predicate *warehouse_created_at_is_null(void) {
    return ds_pred_eq(WAREHOUSE_CREATED_AT, ds_null());
}

ds_predicate *warehouse_created_at_is_not_null(void) {
    return ds_pred_ne(WAREHOUSE_CREATED_AT, ds_null());
}

ds_predicate *warehouse_updated_at_eq(const char *value) {
    return ds_pred_eq(WAREHOUSE_UPDATED_AT, ds_str(value));
}

ds_predicate *warehouse_updated_at_ne(const char *value) {
    return ds_pred_ne(WAREHOUSE_UPDATED_AT, ds_str(value));
}

ds_predicate *warehouse_updated_at_lt(const char *value) {
    return ds_pred_lt(WAREHOUSE_UPDATED_AT, ds_str(value));
}

ds_predicate *warehouse_updated_at_le(const char *value) {
    return ds_pred_le(WAREHOUSE_UPDATED_AT, ds_str(value));
}

ds_predicate *warehouse_updated_at_gt(const char *value) {
    return ds_pred_gt(WAREHOUSE_UPDATED_AT, ds_str(value));
}

ds_predicate *warehouse_updated_at_ge(const char *value) {
    return ds_pred_ge(WAREHOUSE_UPDATED_AT, ds_str(value));
}

ds_predicate *warehouse_updated_at_between(const char *low, const char *high) {
    return ds_pred_between(WAREHOUSE_UPDATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *warehouse_updated_at_begins_with(const char *value) {
    return ds_pred_begins_with(WAREHOUSE_UPDATED_AT, value);
}

ds_predicate *warehouse_updated_at_contains(const char *value) {
    return ds_pred_contains(WAREHOUSE_UPDATED_AT, ds_str(value));
}

ds_predicate *warehouse_updated_at_not_contains(const char *value) {
    return ds_pred_not_contains(WAREHOUSE_UPDATED_AT, ds_str(value));
}

ds_predicate *warehouse_updated_at_is_null(void) {
    return ds_pred_eq(WAREHOUSE_UPDATED_AT, ds_null());
}

ds_predicate *warehouse_updated_at_is_not_null(void) {
    return ds_pred_ne(WAREHOUSE_UPDATED_AT, ds_null());
}
