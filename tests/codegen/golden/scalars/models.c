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
    "# Every scalar DataStore supports, with every list/nullability combination.\n",
    "enum Priority {\n",
    "  LOW\n",
    "  MEDIUM\n",
    "  HIGH\n",
    "}\n",
    "\n",
    "type Everything @model {\n",
    "  id: ID!\n",
    "  aString: String\n",
    "  requiredString: String!\n",
    "  anInt: Int\n",
    "  requiredInt: Int!\n",
    "  aFloat: Float\n",
    "  aBoolean: Boolean\n",
    "  requiredBoolean: Boolean!\n",
    "  aDate: AWSDate\n",
    "  aTime: AWSTime\n",
    "  aDateTime: AWSDateTime\n",
    "  aTimestamp: AWSTimestamp\n",
    "  anEmail: AWSEmail\n",
    "  aJSON: AWSJSON\n",
    "  aURL: AWSURL\n",
    "  aPhone: AWSPhone\n",
    "  anIPAddress: AWSIPAddress\n",
    "  anEnum: Priority\n",
    "  requiredEnum: Priority!\n",
    "  otherId: ID\n",
    "  strings: [String]\n",
    "  requiredStringsRequiredItems: [String!]!\n",
    "  optionalListRequiredItems: [String!]\n",
    "  requiredListOptionalItems: [String]!\n",
    "  ints: [Int]\n",
    "  floats: [Float!]\n",
    "  booleans: [Boolean]\n",
    "  dates: [AWSDate]\n",
    "  times: [AWSTime]\n",
    "  dateTimes: [AWSDateTime!]\n",
    "  timestamps: [AWSTimestamp]\n",
    "  emails: [AWSEmail]\n",
    "  jsons: [AWSJSON]\n",
    "  urls: [AWSURL]\n",
    "  phones: [AWSPhone]\n",
    "  ipAddresses: [AWSIPAddress]\n",
    "  enums: [Priority!]\n",
    "  ids: [ID]\n",
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
        everything_observe_fn everything_observe;
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

static ds_status take_int64(int64_t *out, bool *has, const ds_value *value, const char *where,
    ds_error *err) {
    *out = 0;
    if (has)
        *has = false;
    if (value->type == DS_VALUE_NULL)
        return DS_OK;
    if (value->type != DS_VALUE_INT)
        return fail(err, DS_ERR_INVALID, where, "expected an integer");
    *out = value->u.i;
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

static ds_status take_bool(bool *out, bool *has, const ds_value *value, const char *where,
    ds_error *err) {
    *out = 0;
    if (has)
        *has = false;
    if (value->type == DS_VALUE_NULL)
        return DS_OK;
    if (value->type != DS_VALUE_BOOL)
        return fail(err, DS_ERR_INVALID, where, "expected true or false");
    *out = value->u.b;
    if (has)
        *has = true;
    return DS_OK;
}

static ds_status take_priority(Priority *out, bool *has, const ds_value *value, const char *where,
    ds_error *err) {
    *out = PRIORITY_LOW;
    if (has)
        *has = false;
    if (value->type == DS_VALUE_NULL)
        return DS_OK;
    if (value->type != DS_VALUE_STRING || !priority_from_string(out, value->u.s.ptr))
        return fail(err, DS_ERR_INVALID, where, "not a value of Priority");
    if (has)
        *has = true;
    return DS_OK;
}

static ds_status everything_list_from_result(EverythingList *out, const ds_result *res, ds_error *err) {
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
        rc = everything_from_record(&out->items[i], ds_result_at(res, i), err);
    if (rc != DS_OK)
        everything_list_free(out);
    return rc;
}

/* The ds_observe() callback behind everything_observe(): the change as a Everything. */
static void everything_observed(const ds_change *change, void *userdata) {
    const models_subscription *sub = userdata;
    /* Read before calling: fn may unobserve, which frees sub. */
    everything_observe_fn fn = sub->fn.everything_observe;
    void *ud = sub->userdata;
    Everything value;
    if (everything_from_record(&value, change->record, NULL) != DS_OK) {
        fn(change, NULL, ud);
        return;
    }
    fn(change, &value, ud);
    everything_free(&value);
}

/* ---- enum Priority ---- */

const char *priority_to_string(Priority value) {
    switch (value) {
    case PRIORITY_LOW: return "LOW";
    case PRIORITY_MEDIUM: return "MEDIUM";
    case PRIORITY_HIGH: return "HIGH";
    }
    return NULL;
}

bool priority_from_string(Priority *out, const char *s) {
    if (!s)
        return false;
    if (strcmp(s, "LOW") == 0) {
        *out = PRIORITY_LOW;
        return true;
    }
    if (strcmp(s, "MEDIUM") == 0) {
        *out = PRIORITY_MEDIUM;
        return true;
    }
    if (strcmp(s, "HIGH") == 0) {
        *out = PRIORITY_HIGH;
        return true;
    }
    return false;
}

/* ---- model Everything ---- */

void everything_init(Everything *value) {
    if (value)
        memset(value, 0, sizeof *value);
}

void everything_free(Everything *value) {
    if (!value)
        return;
    free(value->id);
    free(value->a_string);
    free(value->required_string);
    free(value->a_date);
    free(value->a_time);
    free(value->a_date_time);
    free(value->an_email);
    free(value->a_json);
    free(value->a_url);
    free(value->a_phone);
    free(value->an_ip_address);
    free(value->other_id);
    for (size_t i = 0; value->strings && i < value->strings_count; i++)
        free(value->strings[i]);
    free(value->strings);
    for (size_t i = 0; value->required_strings_required_items && i < value->required_strings_required_items_count; i++)
        free(value->required_strings_required_items[i]);
    free(value->required_strings_required_items);
    for (size_t i = 0; value->optional_list_required_items && i < value->optional_list_required_items_count; i++)
        free(value->optional_list_required_items[i]);
    free(value->optional_list_required_items);
    for (size_t i = 0; value->required_list_optional_items && i < value->required_list_optional_items_count; i++)
        free(value->required_list_optional_items[i]);
    free(value->required_list_optional_items);
    free(value->ints);
    free(value->floats);
    free(value->booleans);
    for (size_t i = 0; value->dates && i < value->dates_count; i++)
        free(value->dates[i]);
    free(value->dates);
    for (size_t i = 0; value->times && i < value->times_count; i++)
        free(value->times[i]);
    free(value->times);
    for (size_t i = 0; value->date_times && i < value->date_times_count; i++)
        free(value->date_times[i]);
    free(value->date_times);
    free(value->timestamps);
    for (size_t i = 0; value->emails && i < value->emails_count; i++)
        free(value->emails[i]);
    free(value->emails);
    for (size_t i = 0; value->jsons && i < value->jsons_count; i++)
        free(value->jsons[i]);
    free(value->jsons);
    for (size_t i = 0; value->urls && i < value->urls_count; i++)
        free(value->urls[i]);
    free(value->urls);
    for (size_t i = 0; value->phones && i < value->phones_count; i++)
        free(value->phones[i]);
    free(value->phones);
    for (size_t i = 0; value->ip_addresses && i < value->ip_addresses_count; i++)
        free(value->ip_addresses[i]);
    free(value->ip_addresses);
    free(value->enums);
    for (size_t i = 0; value->ids && i < value->ids_count; i++)
        free(value->ids[i]);
    free(value->ids);
    free(value->created_at);
    free(value->updated_at);
    memset(value, 0, sizeof *value);
}

ds_status everything_copy(Everything *out, const Everything *src, ds_error *err) {
    size_t n;
    ds_status rc = DS_OK;
    *out = *src;
    out->id = NULL;
    out->a_string = NULL;
    out->required_string = NULL;
    out->a_date = NULL;
    out->a_time = NULL;
    out->a_date_time = NULL;
    out->an_email = NULL;
    out->a_json = NULL;
    out->a_url = NULL;
    out->a_phone = NULL;
    out->an_ip_address = NULL;
    out->other_id = NULL;
    out->strings = NULL;
    out->required_strings_required_items = NULL;
    out->optional_list_required_items = NULL;
    out->required_list_optional_items = NULL;
    out->ints = NULL;
    out->floats = NULL;
    out->booleans = NULL;
    out->dates = NULL;
    out->times = NULL;
    out->date_times = NULL;
    out->timestamps = NULL;
    out->emails = NULL;
    out->jsons = NULL;
    out->urls = NULL;
    out->phones = NULL;
    out->ip_addresses = NULL;
    out->enums = NULL;
    out->ids = NULL;
    out->created_at = NULL;
    out->updated_at = NULL;
    if ((rc = copy_string(&out->id, src->id, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->a_string, src->a_string, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->required_string, src->required_string, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->a_date, src->a_date, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->a_time, src->a_time, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->a_date_time, src->a_date_time, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->an_email, src->an_email, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->a_json, src->a_json, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->a_url, src->a_url, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->a_phone, src->a_phone, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->an_ip_address, src->an_ip_address, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->other_id, src->other_id, err)) != DS_OK)
        goto done;
    n = src->strings ? src->strings_count : 0;
    out->strings_count = n;
    if (n && !(out->strings = calloc(n, sizeof *out->strings))) {
        rc = nomem(err);
        goto done;
    }
    for (size_t i = 0; i < n; i++)
        if ((rc = copy_string(&out->strings[i], src->strings[i], err)) != DS_OK)
            goto done;
    n = src->required_strings_required_items ? src->required_strings_required_items_count : 0;
    out->required_strings_required_items_count = n;
    if (n && !(out->required_strings_required_items = calloc(n, sizeof *out->required_strings_required_items))) {
        rc = nomem(err);
        goto done;
    }
    for (size_t i = 0; i < n; i++)
        if ((rc = copy_string(&out->required_strings_required_items[i], src->required_strings_required_items[i], err)) != DS_OK)
            goto done;
    n = src->optional_list_required_items ? src->optional_list_required_items_count : 0;
    out->optional_list_required_items_count = n;
    if (n && !(out->optional_list_required_items = calloc(n, sizeof *out->optional_list_required_items))) {
        rc = nomem(err);
        goto done;
    }
    for (size_t i = 0; i < n; i++)
        if ((rc = copy_string(&out->optional_list_required_items[i], src->optional_list_required_items[i], err)) != DS_OK)
            goto done;
    n = src->required_list_optional_items ? src->required_list_optional_items_count : 0;
    out->required_list_optional_items_count = n;
    if (n && !(out->required_list_optional_items = calloc(n, sizeof *out->required_list_optional_items))) {
        rc = nomem(err);
        goto done;
    }
    for (size_t i = 0; i < n; i++)
        if ((rc = copy_string(&out->required_list_optional_items[i], src->required_list_optional_items[i], err)) != DS_OK)
            goto done;
    n = src->ints ? src->ints_count : 0;
    out->ints_count = n;
    if (n && !(out->ints = calloc(n, sizeof *out->ints))) {
        rc = nomem(err);
        goto done;
    }
    if (n)
        memcpy(out->ints, src->ints, n * sizeof *out->ints);
    n = src->floats ? src->floats_count : 0;
    out->floats_count = n;
    if (n && !(out->floats = calloc(n, sizeof *out->floats))) {
        rc = nomem(err);
        goto done;
    }
    if (n)
        memcpy(out->floats, src->floats, n * sizeof *out->floats);
    n = src->booleans ? src->booleans_count : 0;
    out->booleans_count = n;
    if (n && !(out->booleans = calloc(n, sizeof *out->booleans))) {
        rc = nomem(err);
        goto done;
    }
    if (n)
        memcpy(out->booleans, src->booleans, n * sizeof *out->booleans);
    n = src->dates ? src->dates_count : 0;
    out->dates_count = n;
    if (n && !(out->dates = calloc(n, sizeof *out->dates))) {
        rc = nomem(err);
        goto done;
    }
    for (size_t i = 0; i < n; i++)
        if ((rc = copy_string(&out->dates[i], src->dates[i], err)) != DS_OK)
            goto done;
    n = src->times ? src->times_count : 0;
    out->times_count = n;
    if (n && !(out->times = calloc(n, sizeof *out->times))) {
        rc = nomem(err);
        goto done;
    }
    for (size_t i = 0; i < n; i++)
        if ((rc = copy_string(&out->times[i], src->times[i], err)) != DS_OK)
            goto done;
    n = src->date_times ? src->date_times_count : 0;
    out->date_times_count = n;
    if (n && !(out->date_times = calloc(n, sizeof *out->date_times))) {
        rc = nomem(err);
        goto done;
    }
    for (size_t i = 0; i < n; i++)
        if ((rc = copy_string(&out->date_times[i], src->date_times[i], err)) != DS_OK)
            goto done;
    n = src->timestamps ? src->timestamps_count : 0;
    out->timestamps_count = n;
    if (n && !(out->timestamps = calloc(n, sizeof *out->timestamps))) {
        rc = nomem(err);
        goto done;
    }
    if (n)
        memcpy(out->timestamps, src->timestamps, n * sizeof *out->timestamps);
    n = src->emails ? src->emails_count : 0;
    out->emails_count = n;
    if (n && !(out->emails = calloc(n, sizeof *out->emails))) {
        rc = nomem(err);
        goto done;
    }
    for (size_t i = 0; i < n; i++)
        if ((rc = copy_string(&out->emails[i], src->emails[i], err)) != DS_OK)
            goto done;
    n = src->jsons ? src->jsons_count : 0;
    out->jsons_count = n;
    if (n && !(out->jsons = calloc(n, sizeof *out->jsons))) {
        rc = nomem(err);
        goto done;
    }
    for (size_t i = 0; i < n; i++)
        if ((rc = copy_string(&out->jsons[i], src->jsons[i], err)) != DS_OK)
            goto done;
    n = src->urls ? src->urls_count : 0;
    out->urls_count = n;
    if (n && !(out->urls = calloc(n, sizeof *out->urls))) {
        rc = nomem(err);
        goto done;
    }
    for (size_t i = 0; i < n; i++)
        if ((rc = copy_string(&out->urls[i], src->urls[i], err)) != DS_OK)
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
    n = src->ip_addresses ? src->ip_addresses_count : 0;
    out->ip_addresses_count = n;
    if (n && !(out->ip_addresses = calloc(n, sizeof *out->ip_addresses))) {
        rc = nomem(err);
        goto done;
    }
    for (size_t i = 0; i < n; i++)
        if ((rc = copy_string(&out->ip_addresses[i], src->ip_addresses[i], err)) != DS_OK)
            goto done;
    n = src->enums ? src->enums_count : 0;
    out->enums_count = n;
    if (n && !(out->enums = calloc(n, sizeof *out->enums))) {
        rc = nomem(err);
        goto done;
    }
    if (n)
        memcpy(out->enums, src->enums, n * sizeof *out->enums);
    n = src->ids ? src->ids_count : 0;
    out->ids_count = n;
    if (n && !(out->ids = calloc(n, sizeof *out->ids))) {
        rc = nomem(err);
        goto done;
    }
    for (size_t i = 0; i < n; i++)
        if ((rc = copy_string(&out->ids[i], src->ids[i], err)) != DS_OK)
            goto done;
    if ((rc = copy_string(&out->created_at, src->created_at, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->updated_at, src->updated_at, err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        everything_free(out);
    return rc;
}

ds_status everything_to_record(ds_record **out, const ds_schema *schema, const Everything *value,
    ds_error *err) {
    ds_value val;
    ds_value *items = NULL;
    size_t n;
    ds_record *r = NULL;
    ds_status rc;
    *out = NULL;
    if (!schema && !(schema = models_schema()))
        return nomem(err);
    if ((rc = ds_record_new(&r, schema, "Everything", err)) != DS_OK)
        return rc;
    if (value->id && (rc = put(r, "id", ds_str(value->id), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "aString", ds_str(value->a_string), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "requiredString", ds_str(value->required_string), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "anInt", value->has_an_int ? ds_int(value->an_int) : ds_null(), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "requiredInt", ds_int(value->required_int), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "aFloat", value->has_a_float ? ds_float(value->a_float) : ds_null(), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "aBoolean", value->has_a_boolean ? ds_bool(value->a_boolean) : ds_null(), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "requiredBoolean", ds_bool(value->required_boolean), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "aDate", ds_str(value->a_date), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "aTime", ds_str(value->a_time), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "aDateTime", ds_str(value->a_date_time), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "aTimestamp", value->has_a_timestamp ? ds_int(value->a_timestamp) : ds_null(), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "anEmail", ds_str(value->an_email), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "aJSON", ds_str(value->a_json), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "aURL", ds_str(value->a_url), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "aPhone", ds_str(value->a_phone), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "anIPAddress", ds_str(value->an_ip_address), err)) != DS_OK)
        goto done;
    val = ds_null();
    if (value->has_an_enum && (rc = enum_value(&val, priority_to_string(value->an_enum), "Everything.anEnum", err)) != DS_OK)
        goto done;
    if ((rc = put(r, "anEnum", val, err)) != DS_OK)
        goto done;
    val = ds_null();
    if ((rc = enum_value(&val, priority_to_string(value->required_enum), "Everything.requiredEnum", err)) != DS_OK)
        goto done;
    if ((rc = put(r, "requiredEnum", val, err)) != DS_OK)
        goto done;
    if ((rc = put(r, "otherId", ds_str(value->other_id), err)) != DS_OK)
        goto done;
    n = value->strings ? value->strings_count : 0;
    if (!value->has_strings)
        rc = put(r, "strings", ds_null(), err);
    else if ((rc = new_values(&items, n, err)) == DS_OK) {
        for (size_t i = 0; i < n && rc == DS_OK; i++)
            items[i] = ds_str(value->strings[i]);
        if (rc == DS_OK)
            rc = put_list(r, "strings", items, n, err);
        free_values(items, n);
        items = NULL;
    }
    if (rc != DS_OK)
        goto done;
    n = value->required_strings_required_items ? value->required_strings_required_items_count : 0;
    if ((rc = new_values(&items, n, err)) == DS_OK) {
        for (size_t i = 0; i < n && rc == DS_OK; i++)
            items[i] = ds_str(value->required_strings_required_items[i]);
        if (rc == DS_OK)
            rc = put_list(r, "requiredStringsRequiredItems", items, n, err);
        free_values(items, n);
        items = NULL;
    }
    if (rc != DS_OK)
        goto done;
    n = value->optional_list_required_items ? value->optional_list_required_items_count : 0;
    if (!value->has_optional_list_required_items)
        rc = put(r, "optionalListRequiredItems", ds_null(), err);
    else if ((rc = new_values(&items, n, err)) == DS_OK) {
        for (size_t i = 0; i < n && rc == DS_OK; i++)
            items[i] = ds_str(value->optional_list_required_items[i]);
        if (rc == DS_OK)
            rc = put_list(r, "optionalListRequiredItems", items, n, err);
        free_values(items, n);
        items = NULL;
    }
    if (rc != DS_OK)
        goto done;
    n = value->required_list_optional_items ? value->required_list_optional_items_count : 0;
    if ((rc = new_values(&items, n, err)) == DS_OK) {
        for (size_t i = 0; i < n && rc == DS_OK; i++)
            items[i] = ds_str(value->required_list_optional_items[i]);
        if (rc == DS_OK)
            rc = put_list(r, "requiredListOptionalItems", items, n, err);
        free_values(items, n);
        items = NULL;
    }
    if (rc != DS_OK)
        goto done;
    n = value->ints ? value->ints_count : 0;
    if (!value->has_ints)
        rc = put(r, "ints", ds_null(), err);
    else if ((rc = new_values(&items, n, err)) == DS_OK) {
        for (size_t i = 0; i < n && rc == DS_OK; i++)
            items[i] = value->ints[i].has ? ds_int(value->ints[i].value) : ds_null();
        if (rc == DS_OK)
            rc = put_list(r, "ints", items, n, err);
        free_values(items, n);
        items = NULL;
    }
    if (rc != DS_OK)
        goto done;
    n = value->floats ? value->floats_count : 0;
    if (!value->has_floats)
        rc = put(r, "floats", ds_null(), err);
    else if ((rc = new_values(&items, n, err)) == DS_OK) {
        for (size_t i = 0; i < n && rc == DS_OK; i++)
            items[i] = ds_float(value->floats[i]);
        if (rc == DS_OK)
            rc = put_list(r, "floats", items, n, err);
        free_values(items, n);
        items = NULL;
    }
    if (rc != DS_OK)
        goto done;
    n = value->booleans ? value->booleans_count : 0;
    if (!value->has_booleans)
        rc = put(r, "booleans", ds_null(), err);
    else if ((rc = new_values(&items, n, err)) == DS_OK) {
        for (size_t i = 0; i < n && rc == DS_OK; i++)
            items[i] = value->booleans[i].has ? ds_bool(value->booleans[i].value) : ds_null();
        if (rc == DS_OK)
            rc = put_list(r, "booleans", items, n, err);
        free_values(items, n);
        items = NULL;
    }
    if (rc != DS_OK)
        goto done;
    n = value->dates ? value->dates_count : 0;
    if (!value->has_dates)
        rc = put(r, "dates", ds_null(), err);
    else if ((rc = new_values(&items, n, err)) == DS_OK) {
        for (size_t i = 0; i < n && rc == DS_OK; i++)
            items[i] = ds_str(value->dates[i]);
        if (rc == DS_OK)
            rc = put_list(r, "dates", items, n, err);
        free_values(items, n);
        items = NULL;
    }
    if (rc != DS_OK)
        goto done;
    n = value->times ? value->times_count : 0;
    if (!value->has_times)
        rc = put(r, "times", ds_null(), err);
    else if ((rc = new_values(&items, n, err)) == DS_OK) {
        for (size_t i = 0; i < n && rc == DS_OK; i++)
            items[i] = ds_str(value->times[i]);
        if (rc == DS_OK)
            rc = put_list(r, "times", items, n, err);
        free_values(items, n);
        items = NULL;
    }
    if (rc != DS_OK)
        goto done;
    n = value->date_times ? value->date_times_count : 0;
    if (!value->has_date_times)
        rc = put(r, "dateTimes", ds_null(), err);
    else if ((rc = new_values(&items, n, err)) == DS_OK) {
        for (size_t i = 0; i < n && rc == DS_OK; i++)
            items[i] = ds_str(value->date_times[i]);
        if (rc == DS_OK)
            rc = put_list(r, "dateTimes", items, n, err);
        free_values(items, n);
        items = NULL;
    }
    if (rc != DS_OK)
        goto done;
    n = value->timestamps ? value->timestamps_count : 0;
    if (!value->has_timestamps)
        rc = put(r, "timestamps", ds_null(), err);
    else if ((rc = new_values(&items, n, err)) == DS_OK) {
        for (size_t i = 0; i < n && rc == DS_OK; i++)
            items[i] = value->timestamps[i].has ? ds_int(value->timestamps[i].value) : ds_null();
        if (rc == DS_OK)
            rc = put_list(r, "timestamps", items, n, err);
        free_values(items, n);
        items = NULL;
    }
    if (rc != DS_OK)
        goto done;
    n = value->emails ? value->emails_count : 0;
    if (!value->has_emails)
        rc = put(r, "emails", ds_null(), err);
    else if ((rc = new_values(&items, n, err)) == DS_OK) {
        for (size_t i = 0; i < n && rc == DS_OK; i++)
            items[i] = ds_str(value->emails[i]);
        if (rc == DS_OK)
            rc = put_list(r, "emails", items, n, err);
        free_values(items, n);
        items = NULL;
    }
    if (rc != DS_OK)
        goto done;
    n = value->jsons ? value->jsons_count : 0;
    if (!value->has_jsons)
        rc = put(r, "jsons", ds_null(), err);
    else if ((rc = new_values(&items, n, err)) == DS_OK) {
        for (size_t i = 0; i < n && rc == DS_OK; i++)
            items[i] = ds_str(value->jsons[i]);
        if (rc == DS_OK)
            rc = put_list(r, "jsons", items, n, err);
        free_values(items, n);
        items = NULL;
    }
    if (rc != DS_OK)
        goto done;
    n = value->urls ? value->urls_count : 0;
    if (!value->has_urls)
        rc = put(r, "urls", ds_null(), err);
    else if ((rc = new_values(&items, n, err)) == DS_OK) {
        for (size_t i = 0; i < n && rc == DS_OK; i++)
            items[i] = ds_str(value->urls[i]);
        if (rc == DS_OK)
            rc = put_list(r, "urls", items, n, err);
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
    n = value->ip_addresses ? value->ip_addresses_count : 0;
    if (!value->has_ip_addresses)
        rc = put(r, "ipAddresses", ds_null(), err);
    else if ((rc = new_values(&items, n, err)) == DS_OK) {
        for (size_t i = 0; i < n && rc == DS_OK; i++)
            items[i] = ds_str(value->ip_addresses[i]);
        if (rc == DS_OK)
            rc = put_list(r, "ipAddresses", items, n, err);
        free_values(items, n);
        items = NULL;
    }
    if (rc != DS_OK)
        goto done;
    n = value->enums ? value->enums_count : 0;
    if (!value->has_enums)
        rc = put(r, "enums", ds_null(), err);
    else if ((rc = new_values(&items, n, err)) == DS_OK) {
        for (size_t i = 0; i < n && rc == DS_OK; i++)
            rc = enum_value(&items[i], priority_to_string(value->enums[i]), "Everything.enums", err);
        if (rc == DS_OK)
            rc = put_list(r, "enums", items, n, err);
        free_values(items, n);
        items = NULL;
    }
    if (rc != DS_OK)
        goto done;
    n = value->ids ? value->ids_count : 0;
    if (!value->has_ids)
        rc = put(r, "ids", ds_null(), err);
    else if ((rc = new_values(&items, n, err)) == DS_OK) {
        for (size_t i = 0; i < n && rc == DS_OK; i++)
            items[i] = ds_str(value->ids[i]);
        if (rc == DS_OK)
            rc = put_list(r, "ids", items, n, err);
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

ds_status everything_from_record(Everything *out, const ds_record *record, ds_error *err) {
    ds_value val;
    ds_value *items = NULL;
    size_t n;
    ds_status rc;
    everything_init(out);
    if ((rc = check_model(record, "Everything", err)) != DS_OK)
        return rc;
    if ((rc = get(record, "id", &val, err)) != DS_OK ||
        (rc = take_string(&out->id, &val, "Everything.id", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "aString", &val, err)) != DS_OK ||
        (rc = take_string(&out->a_string, &val, "Everything.aString", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "requiredString", &val, err)) != DS_OK ||
        (rc = take_string(&out->required_string, &val, "Everything.requiredString", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "anInt", &val, err)) != DS_OK ||
        (rc = take_int32(&out->an_int, &out->has_an_int, &val, "Everything.anInt", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "requiredInt", &val, err)) != DS_OK ||
        (rc = take_int32(&out->required_int, NULL, &val, "Everything.requiredInt", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "aFloat", &val, err)) != DS_OK ||
        (rc = take_double(&out->a_float, &out->has_a_float, &val, "Everything.aFloat", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "aBoolean", &val, err)) != DS_OK ||
        (rc = take_bool(&out->a_boolean, &out->has_a_boolean, &val, "Everything.aBoolean", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "requiredBoolean", &val, err)) != DS_OK ||
        (rc = take_bool(&out->required_boolean, NULL, &val, "Everything.requiredBoolean", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "aDate", &val, err)) != DS_OK ||
        (rc = take_string(&out->a_date, &val, "Everything.aDate", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "aTime", &val, err)) != DS_OK ||
        (rc = take_string(&out->a_time, &val, "Everything.aTime", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "aDateTime", &val, err)) != DS_OK ||
        (rc = take_string(&out->a_date_time, &val, "Everything.aDateTime", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "aTimestamp", &val, err)) != DS_OK ||
        (rc = take_int64(&out->a_timestamp, &out->has_a_timestamp, &val, "Everything.aTimestamp", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "anEmail", &val, err)) != DS_OK ||
        (rc = take_string(&out->an_email, &val, "Everything.anEmail", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "aJSON", &val, err)) != DS_OK ||
        (rc = take_string(&out->a_json, &val, "Everything.aJSON", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "aURL", &val, err)) != DS_OK ||
        (rc = take_string(&out->a_url, &val, "Everything.aURL", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "aPhone", &val, err)) != DS_OK ||
        (rc = take_string(&out->a_phone, &val, "Everything.aPhone", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "anIPAddress", &val, err)) != DS_OK ||
        (rc = take_string(&out->an_ip_address, &val, "Everything.anIPAddress", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "anEnum", &val, err)) != DS_OK ||
        (rc = take_priority(&out->an_enum, &out->has_an_enum, &val, "Everything.anEnum", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "requiredEnum", &val, err)) != DS_OK ||
        (rc = take_priority(&out->required_enum, NULL, &val, "Everything.requiredEnum", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "otherId", &val, err)) != DS_OK ||
        (rc = take_string(&out->other_id, &val, "Everything.otherId", err)) != DS_OK)
        goto done;
    if ((rc = get_list(record, "strings", &items, &n, &out->has_strings, err)) != DS_OK)
        goto done;
    if (n && !(out->strings = calloc(n, sizeof *out->strings))) {
        rc = nomem(err);
        goto done;
    }
    out->strings_count = n;
    for (size_t i = 0; i < n; i++)
        if ((rc = take_string(&out->strings[i],
                  &items[i], "Everything.strings", err)) != DS_OK)
            goto done;
    ds_free(items);
    items = NULL;
    if ((rc = get_list(record, "requiredStringsRequiredItems", &items, &n, NULL, err)) != DS_OK)
        goto done;
    if (n && !(out->required_strings_required_items = calloc(n, sizeof *out->required_strings_required_items))) {
        rc = nomem(err);
        goto done;
    }
    out->required_strings_required_items_count = n;
    for (size_t i = 0; i < n; i++)
        if ((rc = take_string(&out->required_strings_required_items[i],
                  &items[i], "Everything.requiredStringsRequiredItems", err)) != DS_OK)
            goto done;
    ds_free(items);
    items = NULL;
    if ((rc = get_list(record, "optionalListRequiredItems", &items, &n, &out->has_optional_list_required_items, err)) != DS_OK)
        goto done;
    if (n && !(out->optional_list_required_items = calloc(n, sizeof *out->optional_list_required_items))) {
        rc = nomem(err);
        goto done;
    }
    out->optional_list_required_items_count = n;
    for (size_t i = 0; i < n; i++)
        if ((rc = take_string(&out->optional_list_required_items[i],
                  &items[i], "Everything.optionalListRequiredItems", err)) != DS_OK)
            goto done;
    ds_free(items);
    items = NULL;
    if ((rc = get_list(record, "requiredListOptionalItems", &items, &n, NULL, err)) != DS_OK)
        goto done;
    if (n && !(out->required_list_optional_items = calloc(n, sizeof *out->required_list_optional_items))) {
        rc = nomem(err);
        goto done;
    }
    out->required_list_optional_items_count = n;
    for (size_t i = 0; i < n; i++)
        if ((rc = take_string(&out->required_list_optional_items[i],
                  &items[i], "Everything.requiredListOptionalItems", err)) != DS_OK)
            goto done;
    ds_free(items);
    items = NULL;
    if ((rc = get_list(record, "ints", &items, &n, &out->has_ints, err)) != DS_OK)
        goto done;
    if (n && !(out->ints = calloc(n, sizeof *out->ints))) {
        rc = nomem(err);
        goto done;
    }
    out->ints_count = n;
    for (size_t i = 0; i < n; i++)
        if ((rc = take_int32(&out->ints[i].value, &out->ints[i].has,
                  &items[i], "Everything.ints", err)) != DS_OK)
            goto done;
    ds_free(items);
    items = NULL;
    if ((rc = get_list(record, "floats", &items, &n, &out->has_floats, err)) != DS_OK)
        goto done;
    if (n && !(out->floats = calloc(n, sizeof *out->floats))) {
        rc = nomem(err);
        goto done;
    }
    out->floats_count = n;
    for (size_t i = 0; i < n; i++)
        if ((rc = take_double(&out->floats[i], NULL,
                  &items[i], "Everything.floats", err)) != DS_OK)
            goto done;
    ds_free(items);
    items = NULL;
    if ((rc = get_list(record, "booleans", &items, &n, &out->has_booleans, err)) != DS_OK)
        goto done;
    if (n && !(out->booleans = calloc(n, sizeof *out->booleans))) {
        rc = nomem(err);
        goto done;
    }
    out->booleans_count = n;
    for (size_t i = 0; i < n; i++)
        if ((rc = take_bool(&out->booleans[i].value, &out->booleans[i].has,
                  &items[i], "Everything.booleans", err)) != DS_OK)
            goto done;
    ds_free(items);
    items = NULL;
    if ((rc = get_list(record, "dates", &items, &n, &out->has_dates, err)) != DS_OK)
        goto done;
    if (n && !(out->dates = calloc(n, sizeof *out->dates))) {
        rc = nomem(err);
        goto done;
    }
    out->dates_count = n;
    for (size_t i = 0; i < n; i++)
        if ((rc = take_string(&out->dates[i],
                  &items[i], "Everything.dates", err)) != DS_OK)
            goto done;
    ds_free(items);
    items = NULL;
    if ((rc = get_list(record, "times", &items, &n, &out->has_times, err)) != DS_OK)
        goto done;
    if (n && !(out->times = calloc(n, sizeof *out->times))) {
        rc = nomem(err);
        goto done;
    }
    out->times_count = n;
    for (size_t i = 0; i < n; i++)
        if ((rc = take_string(&out->times[i],
                  &items[i], "Everything.times", err)) != DS_OK)
            goto done;
    ds_free(items);
    items = NULL;
    if ((rc = get_list(record, "dateTimes", &items, &n, &out->has_date_times, err)) != DS_OK)
        goto done;
    if (n && !(out->date_times = calloc(n, sizeof *out->date_times))) {
        rc = nomem(err);
        goto done;
    }
    out->date_times_count = n;
    for (size_t i = 0; i < n; i++)
        if ((rc = take_string(&out->date_times[i],
                  &items[i], "Everything.dateTimes", err)) != DS_OK)
            goto done;
    ds_free(items);
    items = NULL;
    if ((rc = get_list(record, "timestamps", &items, &n, &out->has_timestamps, err)) != DS_OK)
        goto done;
    if (n && !(out->timestamps = calloc(n, sizeof *out->timestamps))) {
        rc = nomem(err);
        goto done;
    }
    out->timestamps_count = n;
    for (size_t i = 0; i < n; i++)
        if ((rc = take_int64(&out->timestamps[i].value, &out->timestamps[i].has,
                  &items[i], "Everything.timestamps", err)) != DS_OK)
            goto done;
    ds_free(items);
    items = NULL;
    if ((rc = get_list(record, "emails", &items, &n, &out->has_emails, err)) != DS_OK)
        goto done;
    if (n && !(out->emails = calloc(n, sizeof *out->emails))) {
        rc = nomem(err);
        goto done;
    }
    out->emails_count = n;
    for (size_t i = 0; i < n; i++)
        if ((rc = take_string(&out->emails[i],
                  &items[i], "Everything.emails", err)) != DS_OK)
            goto done;
    ds_free(items);
    items = NULL;
    if ((rc = get_list(record, "jsons", &items, &n, &out->has_jsons, err)) != DS_OK)
        goto done;
    if (n && !(out->jsons = calloc(n, sizeof *out->jsons))) {
        rc = nomem(err);
        goto done;
    }
    out->jsons_count = n;
    for (size_t i = 0; i < n; i++)
        if ((rc = take_string(&out->jsons[i],
                  &items[i], "Everything.jsons", err)) != DS_OK)
            goto done;
    ds_free(items);
    items = NULL;
    if ((rc = get_list(record, "urls", &items, &n, &out->has_urls, err)) != DS_OK)
        goto done;
    if (n && !(out->urls = calloc(n, sizeof *out->urls))) {
        rc = nomem(err);
        goto done;
    }
    out->urls_count = n;
    for (size_t i = 0; i < n; i++)
        if ((rc = take_string(&out->urls[i],
                  &items[i], "Everything.urls", err)) != DS_OK)
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
                  &items[i], "Everything.phones", err)) != DS_OK)
            goto done;
    ds_free(items);
    items = NULL;
    if ((rc = get_list(record, "ipAddresses", &items, &n, &out->has_ip_addresses, err)) != DS_OK)
        goto done;
    if (n && !(out->ip_addresses = calloc(n, sizeof *out->ip_addresses))) {
        rc = nomem(err);
        goto done;
    }
    out->ip_addresses_count = n;
    for (size_t i = 0; i < n; i++)
        if ((rc = take_string(&out->ip_addresses[i],
                  &items[i], "Everything.ipAddresses", err)) != DS_OK)
            goto done;
    ds_free(items);
    items = NULL;
    if ((rc = get_list(record, "enums", &items, &n, &out->has_enums, err)) != DS_OK)
        goto done;
    if (n && !(out->enums = calloc(n, sizeof *out->enums))) {
        rc = nomem(err);
        goto done;
    }
    out->enums_count = n;
    for (size_t i = 0; i < n; i++)
        if ((rc = take_priority(&out->enums[i], NULL,
                  &items[i], "Everything.enums", err)) != DS_OK)
            goto done;
    ds_free(items);
    items = NULL;
    if ((rc = get_list(record, "ids", &items, &n, &out->has_ids, err)) != DS_OK)
        goto done;
    if (n && !(out->ids = calloc(n, sizeof *out->ids))) {
        rc = nomem(err);
        goto done;
    }
    out->ids_count = n;
    for (size_t i = 0; i < n; i++)
        if ((rc = take_string(&out->ids[i],
                  &items[i], "Everything.ids", err)) != DS_OK)
            goto done;
    ds_free(items);
    items = NULL;
    if ((rc = get(record, "createdAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->created_at, &val, "Everything.createdAt", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "updatedAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->updated_at, &val, "Everything.updatedAt", err)) != DS_OK)
        goto done;
done:
    ds_free(items);
    if (rc != DS_OK)
        everything_free(out);
    return rc;
}

ds_status everything_save(ds_store *store, Everything *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    Everything saved;
    ds_status rc;
    if ((rc = everything_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    if ((rc = ds_save(store, r, condition, err)) == DS_OK &&
        (rc = everything_from_record(&saved, r, err)) == DS_OK) {
        everything_free(value);
        *value = saved;
    }
    ds_record_free(r);
    return rc;
}

ds_status everything_get(ds_store *store, const char *id, Everything *out, ds_error *err) {
    ds_record *key = NULL, *found = NULL;
    ds_status rc;
    everything_init(out);
    if ((rc = ds_record_new(&key, store ? ds_store_schema(store) : NULL, "Everything", err)) != DS_OK)
        goto done;
    if ((rc = put(key, "id", ds_str(id), err)) != DS_OK)
        goto done;
    if ((rc = ds_get(store, key, &found, err)) != DS_OK)
        goto done;
    rc = everything_from_record(out, found, err);
done:
    ds_record_free(found);
    ds_record_free(key);
    return rc;
}

ds_status everything_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    EverythingList *out, ds_error *err) {
    ds_result *res = NULL;
    ds_status rc;
    out->items = NULL;
    out->count = 0;
    if ((rc = ds_query(store, "Everything", where, opts, &res, err)) != DS_OK)
        return rc;
    rc = everything_list_from_result(out, res, err);
    ds_result_free(res);
    return rc;
}

void everything_list_free(EverythingList *list) {
    if (!list)
        return;
    for (size_t i = 0; list->items && i < list->count; i++)
        everything_free(&list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}

ds_status everything_delete(ds_store *store, const Everything *value, const ds_predicate *condition,
    ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    if ((rc = everything_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    rc = ds_delete(store, r, condition, err);
    ds_record_free(r);
    return rc;
}

ds_status everything_observe(ds_store *store, const ds_predicate *where, everything_observe_fn fn,
    void *userdata, models_subscription **out, ds_error *err) {
    models_subscription *sub;
    ds_status rc;
    *out = NULL;
    if (!fn)
        return fail(err, DS_ERR_INVALID, "everything_observe", "fn is NULL");
    if (!(sub = calloc(1, sizeof *sub)))
        return nomem(err);
    sub->fn.everything_observe = fn;
    sub->userdata = userdata;
    if ((rc = ds_observe(store, "Everything", where, everything_observed, sub, &sub->sub, err)) != DS_OK) {
        free(sub);
        return rc;
    }
    *out = sub;
    return DS_OK;
}

ds_predicate *everything_id_eq(const char *value) {
    return ds_pred_eq(EVERYTHING_ID, ds_str(value));
}

ds_predicate *everything_id_ne(const char *value) {
    return ds_pred_ne(EVERYTHING_ID, ds_str(value));
}

ds_predicate *everything_id_lt(const char *value) {
    return ds_pred_lt(EVERYTHING_ID, ds_str(value));
}

ds_predicate *everything_id_le(const char *value) {
    return ds_pred_le(EVERYTHING_ID, ds_str(value));
}

ds_predicate *everything_id_gt(const char *value) {
    return ds_pred_gt(EVERYTHING_ID, ds_str(value));
}

ds_predicate *everything_id_ge(const char *value) {
    return ds_pred_ge(EVERYTHING_ID, ds_str(value));
}

ds_predicate *everything_id_between(const char *low, const char *high) {
    return ds_pred_between(EVERYTHING_ID, ds_str(low), ds_str(high));
}

ds_predicate *everything_id_begins_with(const char *value) {
    return ds_pred_begins_with(EVERYTHING_ID, value);
}

ds_predicate *everything_id_contains(const char *value) {
    return ds_pred_contains(EVERYTHING_ID, ds_str(value));
}

ds_predicate *everything_id_not_contains(const char *value) {
    return ds_pred_not_contains(EVERYTHING_ID, ds_str(value));
}

ds_predicate *everything_a_string_eq(const char *value) {
    return ds_pred_eq(EVERYTHING_A_STRING, ds_str(value));
}

ds_predicate *everything_a_string_ne(const char *value) {
    return ds_pred_ne(EVERYTHING_A_STRING, ds_str(value));
}

ds_predicate *everything_a_string_lt(const char *value) {
    return ds_pred_lt(EVERYTHING_A_STRING, ds_str(value));
}

ds_predicate *everything_a_string_le(const char *value) {
    return ds_pred_le(EVERYTHING_A_STRING, ds_str(value));
}

ds_predicate *everything_a_string_gt(const char *value) {
    return ds_pred_gt(EVERYTHING_A_STRING, ds_str(value));
}

ds_predicate *everything_a_string_ge(const char *value) {
    return ds_pred_ge(EVERYTHING_A_STRING, ds_str(value));
}

ds_predicate *everything_a_string_between(const char *low, const char *high) {
    return ds_pred_between(EVERYTHING_A_STRING, ds_str(low), ds_str(high));
}

ds_predicate *everything_a_string_begins_with(const char *value) {
    return ds_pred_begins_with(EVERYTHING_A_STRING, value);
}

ds_predicate *everything_a_string_contains(const char *value) {
    return ds_pred_contains(EVERYTHING_A_STRING, ds_str(value));
}

ds_predicate *everything_a_string_not_contains(const char *value) {
    return ds_pred_not_contains(EVERYTHING_A_STRING, ds_str(value));
}

ds_predicate *everything_a_string_is_null(void) {
    return ds_pred_eq(EVERYTHING_A_STRING, ds_null());
}

ds_predicate *everything_a_string_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_A_STRING, ds_null());
}

ds_predicate *everything_required_string_eq(const char *value) {
    return ds_pred_eq(EVERYTHING_REQUIRED_STRING, ds_str(value));
}

ds_predicate *everything_required_string_ne(const char *value) {
    return ds_pred_ne(EVERYTHING_REQUIRED_STRING, ds_str(value));
}

ds_predicate *everything_required_string_lt(const char *value) {
    return ds_pred_lt(EVERYTHING_REQUIRED_STRING, ds_str(value));
}

ds_predicate *everything_required_string_le(const char *value) {
    return ds_pred_le(EVERYTHING_REQUIRED_STRING, ds_str(value));
}

ds_predicate *everything_required_string_gt(const char *value) {
    return ds_pred_gt(EVERYTHING_REQUIRED_STRING, ds_str(value));
}

ds_predicate *everything_required_string_ge(const char *value) {
    return ds_pred_ge(EVERYTHING_REQUIRED_STRING, ds_str(value));
}

ds_predicate *everything_required_string_between(const char *low, const char *high) {
    return ds_pred_between(EVERYTHING_REQUIRED_STRING, ds_str(low), ds_str(high));
}

ds_predicate *everything_required_string_begins_with(const char *value) {
    return ds_pred_begins_with(EVERYTHING_REQUIRED_STRING, value);
}

ds_predicate *everything_required_string_contains(const char *value) {
    return ds_pred_contains(EVERYTHING_REQUIRED_STRING, ds_str(value));
}

ds_predicate *everything_required_string_not_contains(const char *value) {
    return ds_pred_not_contains(EVERYTHING_REQUIRED_STRING, ds_str(value));
}

ds_predicate *everything_an_int_eq(int32_t value) {
    return ds_pred_eq(EVERYTHING_AN_INT, ds_int(value));
}

ds_predicate *everything_an_int_ne(int32_t value) {
    return ds_pred_ne(EVERYTHING_AN_INT, ds_int(value));
}

ds_predicate *everything_an_int_lt(int32_t value) {
    return ds_pred_lt(EVERYTHING_AN_INT, ds_int(value));
}

ds_predicate *everything_an_int_le(int32_t value) {
    return ds_pred_le(EVERYTHING_AN_INT, ds_int(value));
}

ds_predicate *everything_an_int_gt(int32_t value) {
    return ds_pred_gt(EVERYTHING_AN_INT, ds_int(value));
}

ds_predicate *everything_an_int_ge(int32_t value) {
    return ds_pred_ge(EVERYTHING_AN_INT, ds_int(value));
}

ds_predicate *everything_an_int_between(int32_t low, int32_t high) {
    return ds_pred_between(EVERYTHING_AN_INT, ds_int(low), ds_int(high));
}

ds_predicate *everything_an_int_is_null(void) {
    return ds_pred_eq(EVERYTHING_AN_INT, ds_null());
}

ds_predicate *everything_an_int_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_AN_INT, ds_null());
}

ds_predicate *everything_required_int_eq(int32_t value) {
    return ds_pred_eq(EVERYTHING_REQUIRED_INT, ds_int(value));
}

ds_predicate *everything_required_int_ne(int32_t value) {
    return ds_pred_ne(EVERYTHING_REQUIRED_INT, ds_int(value));
}

ds_predicate *everything_required_int_lt(int32_t value) {
    return ds_pred_lt(EVERYTHING_REQUIRED_INT, ds_int(value));
}

ds_predicate *everything_required_int_le(int32_t value) {
    return ds_pred_le(EVERYTHING_REQUIRED_INT, ds_int(value));
}

ds_predicate *everything_required_int_gt(int32_t value) {
    return ds_pred_gt(EVERYTHING_REQUIRED_INT, ds_int(value));
}

ds_predicate *everything_required_int_ge(int32_t value) {
    return ds_pred_ge(EVERYTHING_REQUIRED_INT, ds_int(value));
}

ds_predicate *everything_required_int_between(int32_t low, int32_t high) {
    return ds_pred_between(EVERYTHING_REQUIRED_INT, ds_int(low), ds_int(high));
}

ds_predicate *everything_a_float_eq(double value) {
    return ds_pred_eq(EVERYTHING_A_FLOAT, ds_float(value));
}

ds_predicate *everything_a_float_ne(double value) {
    return ds_pred_ne(EVERYTHING_A_FLOAT, ds_float(value));
}

ds_predicate *everything_a_float_lt(double value) {
    return ds_pred_lt(EVERYTHING_A_FLOAT, ds_float(value));
}

ds_predicate *everything_a_float_le(double value) {
    return ds_pred_le(EVERYTHING_A_FLOAT, ds_float(value));
}

ds_predicate *everything_a_float_gt(double value) {
    return ds_pred_gt(EVERYTHING_A_FLOAT, ds_float(value));
}

ds_predicate *everything_a_float_ge(double value) {
    return ds_pred_ge(EVERYTHING_A_FLOAT, ds_float(value));
}

ds_predicate *everything_a_float_between(double low, double high) {
    return ds_pred_between(EVERYTHING_A_FLOAT, ds_float(low), ds_float(high));
}

ds_predicate *everything_a_float_is_null(void) {
    return ds_pred_eq(EVERYTHING_A_FLOAT, ds_null());
}

ds_predicate *everything_a_float_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_A_FLOAT, ds_null());
}

ds_predicate *everything_a_boolean_eq(bool value) {
    return ds_pred_eq(EVERYTHING_A_BOOLEAN, ds_bool(value));
}

ds_predicate *everything_a_boolean_ne(bool value) {
    return ds_pred_ne(EVERYTHING_A_BOOLEAN, ds_bool(value));
}

ds_predicate *everything_a_boolean_is_null(void) {
    return ds_pred_eq(EVERYTHING_A_BOOLEAN, ds_null());
}

ds_predicate *everything_a_boolean_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_A_BOOLEAN, ds_null());
}

ds_predicate *everything_required_boolean_eq(bool value) {
    return ds_pred_eq(EVERYTHING_REQUIRED_BOOLEAN, ds_bool(value));
}

ds_predicate *everything_required_boolean_ne(bool value) {
    return ds_pred_ne(EVERYTHING_REQUIRED_BOOLEAN, ds_bool(value));
}

ds_predicate *everything_a_date_eq(const char *value) {
    return ds_pred_eq(EVERYTHING_A_DATE, ds_str(value));
}

ds_predicate *everything_a_date_ne(const char *value) {
    return ds_pred_ne(EVERYTHING_A_DATE, ds_str(value));
}

ds_predicate *everything_a_date_lt(const char *value) {
    return ds_pred_lt(EVERYTHING_A_DATE, ds_str(value));
}

ds_predicate *everything_a_date_le(const char *value) {
    return ds_pred_le(EVERYTHING_A_DATE, ds_str(value));
}

ds_predicate *everything_a_date_gt(const char *value) {
    return ds_pred_gt(EVERYTHING_A_DATE, ds_str(value));
}

ds_predicate *everything_a_date_ge(const char *value) {
    return ds_pred_ge(EVERYTHING_A_DATE, ds_str(value));
}

ds_predicate *everything_a_date_between(const char *low, const char *high) {
    return ds_pred_between(EVERYTHING_A_DATE, ds_str(low), ds_str(high));
}

ds_predicate *everything_a_date_begins_with(const char *value) {
    return ds_pred_begins_with(EVERYTHING_A_DATE, value);
}

ds_predicate *everything_a_date_contains(const char *value) {
    return ds_pred_contains(EVERYTHING_A_DATE, ds_str(value));
}

ds_predicate *everything_a_date_not_contains(const char *value) {
    return ds_pred_not_contains(EVERYTHING_A_DATE, ds_str(value));
}

ds_predicate *everything_a_date_is_null(void) {
    return ds_pred_eq(EVERYTHING_A_DATE, ds_null());
}

ds_predicate *everything_a_date_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_A_DATE, ds_null());
}

ds_predicate *everything_a_time_eq(const char *value) {
    return ds_pred_eq(EVERYTHING_A_TIME, ds_str(value));
}

ds_predicate *everything_a_time_ne(const char *value) {
    return ds_pred_ne(EVERYTHING_A_TIME, ds_str(value));
}

ds_predicate *everything_a_time_lt(const char *value) {
    return ds_pred_lt(EVERYTHING_A_TIME, ds_str(value));
}

ds_predicate *everything_a_time_le(const char *value) {
    return ds_pred_le(EVERYTHING_A_TIME, ds_str(value));
}

ds_predicate *everything_a_time_gt(const char *value) {
    return ds_pred_gt(EVERYTHING_A_TIME, ds_str(value));
}

ds_predicate *everything_a_time_ge(const char *value) {
    return ds_pred_ge(EVERYTHING_A_TIME, ds_str(value));
}

ds_predicate *everything_a_time_between(const char *low, const char *high) {
    return ds_pred_between(EVERYTHING_A_TIME, ds_str(low), ds_str(high));
}

ds_predicate *everything_a_time_begins_with(const char *value) {
    return ds_pred_begins_with(EVERYTHING_A_TIME, value);
}

ds_predicate *everything_a_time_contains(const char *value) {
    return ds_pred_contains(EVERYTHING_A_TIME, ds_str(value));
}

ds_predicate *everything_a_time_not_contains(const char *value) {
    return ds_pred_not_contains(EVERYTHING_A_TIME, ds_str(value));
}

ds_predicate *everything_a_time_is_null(void) {
    return ds_pred_eq(EVERYTHING_A_TIME, ds_null());
}

ds_predicate *everything_a_time_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_A_TIME, ds_null());
}

ds_predicate *everything_a_date_time_eq(const char *value) {
    return ds_pred_eq(EVERYTHING_A_DATE_TIME, ds_str(value));
}

ds_predicate *everything_a_date_time_ne(const char *value) {
    return ds_pred_ne(EVERYTHING_A_DATE_TIME, ds_str(value));
}

ds_predicate *everything_a_date_time_lt(const char *value) {
    return ds_pred_lt(EVERYTHING_A_DATE_TIME, ds_str(value));
}

ds_predicate *everything_a_date_time_le(const char *value) {
    return ds_pred_le(EVERYTHING_A_DATE_TIME, ds_str(value));
}

ds_predicate *everything_a_date_time_gt(const char *value) {
    return ds_pred_gt(EVERYTHING_A_DATE_TIME, ds_str(value));
}

ds_predicate *everything_a_date_time_ge(const char *value) {
    return ds_pred_ge(EVERYTHING_A_DATE_TIME, ds_str(value));
}

ds_predicate *everything_a_date_time_between(const char *low, const char *high) {
    return ds_pred_between(EVERYTHING_A_DATE_TIME, ds_str(low), ds_str(high));
}

ds_predicate *everything_a_date_time_begins_with(const char *value) {
    return ds_pred_begins_with(EVERYTHING_A_DATE_TIME, value);
}

ds_predicate *everything_a_date_time_contains(const char *value) {
    return ds_pred_contains(EVERYTHING_A_DATE_TIME, ds_str(value));
}

ds_predicate *everything_a_date_time_not_contains(const char *value) {
    return ds_pred_not_contains(EVERYTHING_A_DATE_TIME, ds_str(value));
}

ds_predicate *everything_a_date_time_is_null(void) {
    return ds_pred_eq(EVERYTHING_A_DATE_TIME, ds_null());
}

ds_predicate *everything_a_date_time_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_A_DATE_TIME, ds_null());
}

ds_predicate *everything_a_timestamp_eq(int64_t value) {
    return ds_pred_eq(EVERYTHING_A_TIMESTAMP, ds_int(value));
}

ds_predicate *everything_a_timestamp_ne(int64_t value) {
    return ds_pred_ne(EVERYTHING_A_TIMESTAMP, ds_int(value));
}

ds_predicate *everything_a_timestamp_lt(int64_t value) {
    return ds_pred_lt(EVERYTHING_A_TIMESTAMP, ds_int(value));
}

ds_predicate *everything_a_timestamp_le(int64_t value) {
    return ds_pred_le(EVERYTHING_A_TIMESTAMP, ds_int(value));
}

ds_predicate *everything_a_timestamp_gt(int64_t value) {
    return ds_pred_gt(EVERYTHING_A_TIMESTAMP, ds_int(value));
}

ds_predicate *everything_a_timestamp_ge(int64_t value) {
    return ds_pred_ge(EVERYTHING_A_TIMESTAMP, ds_int(value));
}

ds_predicate *everything_a_timestamp_between(int64_t low, int64_t high) {
    return ds_pred_between(EVERYTHING_A_TIMESTAMP, ds_int(low), ds_int(high));
}

ds_predicate *everything_a_timestamp_is_null(void) {
    return ds_pred_eq(EVERYTHING_A_TIMESTAMP, ds_null());
}

ds_predicate *everything_a_timestamp_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_A_TIMESTAMP, ds_null());
}

ds_predicate *everything_an_email_eq(const char *value) {
    return ds_pred_eq(EVERYTHING_AN_EMAIL, ds_str(value));
}

ds_predicate *everything_an_email_ne(const char *value) {
    return ds_pred_ne(EVERYTHING_AN_EMAIL, ds_str(value));
}

ds_predicate *everything_an_email_lt(const char *value) {
    return ds_pred_lt(EVERYTHING_AN_EMAIL, ds_str(value));
}

ds_predicate *everything_an_email_le(const char *value) {
    return ds_pred_le(EVERYTHING_AN_EMAIL, ds_str(value));
}

ds_predicate *everything_an_email_gt(const char *value) {
    return ds_pred_gt(EVERYTHING_AN_EMAIL, ds_str(value));
}

ds_predicate *everything_an_email_ge(const char *value) {
    return ds_pred_ge(EVERYTHING_AN_EMAIL, ds_str(value));
}

ds_predicate *everything_an_email_between(const char *low, const char *high) {
    return ds_pred_between(EVERYTHING_AN_EMAIL, ds_str(low), ds_str(high));
}

ds_predicate *everything_an_email_begins_with(const char *value) {
    return ds_pred_begins_with(EVERYTHING_AN_EMAIL, value);
}

ds_predicate *everything_an_email_contains(const char *value) {
    return ds_pred_contains(EVERYTHING_AN_EMAIL, ds_str(value));
}

ds_predicate *everything_an_email_not_contains(const char *value) {
    return ds_pred_not_contains(EVERYTHING_AN_EMAIL, ds_str(value));
}

ds_predicate *everything_an_email_is_null(void) {
    return ds_pred_eq(EVERYTHING_AN_EMAIL, ds_null());
}

ds_predicate *everything_an_email_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_AN_EMAIL, ds_null());
}

ds_predicate *everything_a_json_eq(const char *value) {
    return ds_pred_eq(EVERYTHING_A_JSON, ds_str(value));
}

ds_predicate *everything_a_json_ne(const char *value) {
    return ds_pred_ne(EVERYTHING_A_JSON, ds_str(value));
}

ds_predicate *everything_a_json_lt(const char *value) {
    return ds_pred_lt(EVERYTHING_A_JSON, ds_str(value));
}

ds_predicate *everything_a_json_le(const char *value) {
    return ds_pred_le(EVERYTHING_A_JSON, ds_str(value));
}

ds_predicate *everything_a_json_gt(const char *value) {
    return ds_pred_gt(EVERYTHING_A_JSON, ds_str(value));
}

ds_predicate *everything_a_json_ge(const char *value) {
    return ds_pred_ge(EVERYTHING_A_JSON, ds_str(value));
}

ds_predicate *everything_a_json_between(const char *low, const char *high) {
    return ds_pred_between(EVERYTHING_A_JSON, ds_str(low), ds_str(high));
}

ds_predicate *everything_a_json_begins_with(const char *value) {
    return ds_pred_begins_with(EVERYTHING_A_JSON, value);
}

ds_predicate *everything_a_json_contains(const char *value) {
    return ds_pred_contains(EVERYTHING_A_JSON, ds_str(value));
}

ds_predicate *everything_a_json_not_contains(const char *value) {
    return ds_pred_not_contains(EVERYTHING_A_JSON, ds_str(value));
}

ds_predicate *everything_a_json_is_null(void) {
    return ds_pred_eq(EVERYTHING_A_JSON, ds_null());
}

ds_predicate *everything_a_json_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_A_JSON, ds_null());
}

ds_predicate *everything_a_url_eq(const char *value) {
    return ds_pred_eq(EVERYTHING_A_URL, ds_str(value));
}

ds_predicate *everything_a_url_ne(const char *value) {
    return ds_pred_ne(EVERYTHING_A_URL, ds_str(value));
}

ds_predicate *everything_a_url_lt(const char *value) {
    return ds_pred_lt(EVERYTHING_A_URL, ds_str(value));
}

ds_predicate *everything_a_url_le(const char *value) {
    return ds_pred_le(EVERYTHING_A_URL, ds_str(value));
}

ds_predicate *everything_a_url_gt(const char *value) {
    return ds_pred_gt(EVERYTHING_A_URL, ds_str(value));
}

ds_predicate *everything_a_url_ge(const char *value) {
    return ds_pred_ge(EVERYTHING_A_URL, ds_str(value));
}

ds_predicate *everything_a_url_between(const char *low, const char *high) {
    return ds_pred_between(EVERYTHING_A_URL, ds_str(low), ds_str(high));
}

ds_predicate *everything_a_url_begins_with(const char *value) {
    return ds_pred_begins_with(EVERYTHING_A_URL, value);
}

ds_predicate *everything_a_url_contains(const char *value) {
    return ds_pred_contains(EVERYTHING_A_URL, ds_str(value));
}

ds_predicate *everything_a_url_not_contains(const char *value) {
    return ds_pred_not_contains(EVERYTHING_A_URL, ds_str(value));
}

ds_predicate *everything_a_url_is_null(void) {
    return ds_pred_eq(EVERYTHING_A_URL, ds_null());
}

ds_predicate *everything_a_url_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_A_URL, ds_null());
}

ds_predicate *everything_a_phone_eq(const char *value) {
    return ds_pred_eq(EVERYTHING_A_PHONE, ds_str(value));
}

ds_predicate *everything_a_phone_ne(const char *value) {
    return ds_pred_ne(EVERYTHING_A_PHONE, ds_str(value));
}

ds_predicate *everything_a_phone_lt(const char *value) {
    return ds_pred_lt(EVERYTHING_A_PHONE, ds_str(value));
}

ds_predicate *everything_a_phone_le(const char *value) {
    return ds_pred_le(EVERYTHING_A_PHONE, ds_str(value));
}

ds_predicate *everything_a_phone_gt(const char *value) {
    return ds_pred_gt(EVERYTHING_A_PHONE, ds_str(value));
}

ds_predicate *everything_a_phone_ge(const char *value) {
    return ds_pred_ge(EVERYTHING_A_PHONE, ds_str(value));
}

ds_predicate *everything_a_phone_between(const char *low, const char *high) {
    return ds_pred_between(EVERYTHING_A_PHONE, ds_str(low), ds_str(high));
}

ds_predicate *everything_a_phone_begins_with(const char *value) {
    return ds_pred_begins_with(EVERYTHING_A_PHONE, value);
}

ds_predicate *everything_a_phone_contains(const char *value) {
    return ds_pred_contains(EVERYTHING_A_PHONE, ds_str(value));
}

ds_predicate *everything_a_phone_not_contains(const char *value) {
    return ds_pred_not_contains(EVERYTHING_A_PHONE, ds_str(value));
}

ds_predicate *everything_a_phone_is_null(void) {
    return ds_pred_eq(EVERYTHING_A_PHONE, ds_null());
}

ds_predicate *everything_a_phone_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_A_PHONE, ds_null());
}

ds_predicate *everything_an_ip_address_eq(const char *value) {
    return ds_pred_eq(EVERYTHING_AN_IP_ADDRESS, ds_str(value));
}

ds_predicate *everything_an_ip_address_ne(const char *value) {
    return ds_pred_ne(EVERYTHING_AN_IP_ADDRESS, ds_str(value));
}

ds_predicate *everything_an_ip_address_lt(const char *value) {
    return ds_pred_lt(EVERYTHING_AN_IP_ADDRESS, ds_str(value));
}

ds_predicate *everything_an_ip_address_le(const char *value) {
    return ds_pred_le(EVERYTHING_AN_IP_ADDRESS, ds_str(value));
}

ds_predicate *everything_an_ip_address_gt(const char *value) {
    return ds_pred_gt(EVERYTHING_AN_IP_ADDRESS, ds_str(value));
}

ds_predicate *everything_an_ip_address_ge(const char *value) {
    return ds_pred_ge(EVERYTHING_AN_IP_ADDRESS, ds_str(value));
}

ds_predicate *everything_an_ip_address_between(const char *low, const char *high) {
    return ds_pred_between(EVERYTHING_AN_IP_ADDRESS, ds_str(low), ds_str(high));
}

ds_predicate *everything_an_ip_address_begins_with(const char *value) {
    return ds_pred_begins_with(EVERYTHING_AN_IP_ADDRESS, value);
}

ds_predicate *everything_an_ip_address_contains(const char *value) {
    return ds_pred_contains(EVERYTHING_AN_IP_ADDRESS, ds_str(value));
}

ds_predicate *everything_an_ip_address_not_contains(const char *value) {
    return ds_pred_not_contains(EVERYTHING_AN_IP_ADDRESS, ds_str(value));
}

ds_predicate *everything_an_ip_address_is_null(void) {
    return ds_pred_eq(EVERYTHING_AN_IP_ADDRESS, ds_null());
}

ds_predicate *everything_an_ip_address_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_AN_IP_ADDRESS, ds_null());
}

ds_predicate *everything_an_enum_eq(Priority value) {
    const char *s = priority_to_string(value);
    return s ? ds_pred_eq(EVERYTHING_AN_ENUM, ds_str(s)) : NULL;
}

ds_predicate *everything_an_enum_ne(Priority value) {
    const char *s = priority_to_string(value);
    return s ? ds_pred_ne(EVERYTHING_AN_ENUM, ds_str(s)) : NULL;
}

ds_predicate *everything_an_enum_is_null(void) {
    return ds_pred_eq(EVERYTHING_AN_ENUM, ds_null());
}

ds_predicate *everything_an_enum_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_AN_ENUM, ds_null());
}

ds_predicate *everything_required_enum_eq(Priority value) {
    const char *s = priority_to_string(value);
    return s ? ds_pred_eq(EVERYTHING_REQUIRED_ENUM, ds_str(s)) : NULL;
}

ds_predicate *everything_required_enum_ne(Priority value) {
    const char *s = priority_to_string(value);
    return s ? ds_pred_ne(EVERYTHING_REQUIRED_ENUM, ds_str(s)) : NULL;
}

ds_predicate *everything_other_id_eq(const char *value) {
    return ds_pred_eq(EVERYTHING_OTHER_ID, ds_str(value));
}

ds_predicate *everything_other_id_ne(const char *value) {
    return ds_pred_ne(EVERYTHING_OTHER_ID, ds_str(value));
}

ds_predicate *everything_other_id_lt(const char *value) {
    return ds_pred_lt(EVERYTHING_OTHER_ID, ds_str(value));
}

ds_predicate *everything_other_id_le(const char *value) {
    return ds_pred_le(EVERYTHING_OTHER_ID, ds_str(value));
}

ds_predicate *everything_other_id_gt(const char *value) {
    return ds_pred_gt(EVERYTHING_OTHER_ID, ds_str(value));
}

ds_predicate *everything_other_id_ge(const char *value) {
    return ds_pred_ge(EVERYTHING_OTHER_ID, ds_str(value));
}

ds_predicate *everything_other_id_between(const char *low, const char *high) {
    return ds_pred_between(EVERYTHING_OTHER_ID, ds_str(low), ds_str(high));
}

ds_predicate *everything_other_id_begins_with(const char *value) {
    return ds_pred_begins_with(EVERYTHING_OTHER_ID, value);
}

ds_predicate *everything_other_id_contains(const char *value) {
    return ds_pred_contains(EVERYTHING_OTHER_ID, ds_str(value));
}

ds_predicate *everything_other_id_not_contains(const char *value) {
    return ds_pred_not_contains(EVERYTHING_OTHER_ID, ds_str(value));
}

ds_predicate *everything_other_id_is_null(void) {
    return ds_pred_eq(EVERYTHING_OTHER_ID, ds_null());
}

ds_predicate *everything_other_id_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_OTHER_ID, ds_null());
}

ds_predicate *everything_strings_contains(const char *value) {
    return ds_pred_contains(EVERYTHING_STRINGS, ds_str(value));
}

ds_predicate *everything_strings_not_contains(const char *value) {
    return ds_pred_not_contains(EVERYTHING_STRINGS, ds_str(value));
}

ds_predicate *everything_strings_is_null(void) {
    return ds_pred_eq(EVERYTHING_STRINGS, ds_null());
}

ds_predicate *everything_strings_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_STRINGS, ds_null());
}

ds_predicate *everything_required_strings_required_items_contains(const char *value) {
    return ds_pred_contains(EVERYTHING_REQUIRED_STRINGS_REQUIRED_ITEMS, ds_str(value));
}

ds_predicate *everything_required_strings_required_items_not_contains(const char *value) {
    return ds_pred_not_contains(EVERYTHING_REQUIRED_STRINGS_REQUIRED_ITEMS, ds_str(value));
}

ds_predicate *everything_optional_list_required_items_contains(const char *value) {
    return ds_pred_contains(EVERYTHING_OPTIONAL_LIST_REQUIRED_ITEMS, ds_str(value));
}

ds_predicate *everything_optional_list_required_items_not_contains(const char *value) {
    return ds_pred_not_contains(EVERYTHING_OPTIONAL_LIST_REQUIRED_ITEMS, ds_str(value));
}

ds_predicate *everything_optional_list_required_items_is_null(void) {
    return ds_pred_eq(EVERYTHING_OPTIONAL_LIST_REQUIRED_ITEMS, ds_null());
}

ds_predicate *everything_optional_list_required_items_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_OPTIONAL_LIST_REQUIRED_ITEMS, ds_null());
}

ds_predicate *everything_required_list_optional_items_contains(const char *value) {
    return ds_pred_contains(EVERYTHING_REQUIRED_LIST_OPTIONAL_ITEMS, ds_str(value));
}

ds_predicate *everything_required_list_optional_items_not_contains(const char *value) {
    return ds_pred_not_contains(EVERYTHING_REQUIRED_LIST_OPTIONAL_ITEMS, ds_str(value));
}

ds_predicate *everything_ints_contains(int32_t value) {
    return ds_pred_contains(EVERYTHING_INTS, ds_int(value));
}

ds_predicate *everything_ints_not_contains(int32_t value) {
    return ds_pred_not_contains(EVERYTHING_INTS, ds_int(value));
}

ds_predicate *everything_ints_is_null(void) {
    return ds_pred_eq(EVERYTHING_INTS, ds_null());
}

ds_predicate *everything_ints_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_INTS, ds_null());
}

ds_predicate *everything_floats_contains(double value) {
    return ds_pred_contains(EVERYTHING_FLOATS, ds_float(value));
}

ds_predicate *everything_floats_not_contains(double value) {
    return ds_pred_not_contains(EVERYTHING_FLOATS, ds_float(value));
}

ds_predicate *everything_floats_is_null(void) {
    return ds_pred_eq(EVERYTHING_FLOATS, ds_null());
}

ds_predicate *everything_floats_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_FLOATS, ds_null());
}

ds_predicate *everything_booleans_contains(bool value) {
    return ds_pred_contains(EVERYTHING_BOOLEANS, ds_bool(value));
}

ds_predicate *everything_booleans_not_contains(bool value) {
    return ds_pred_not_contains(EVERYTHING_BOOLEANS, ds_bool(value));
}

ds_predicate *everything_booleans_is_null(void) {
    return ds_pred_eq(EVERYTHING_BOOLEANS, ds_null());
}

ds_predicate *everything_booleans_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_BOOLEANS, ds_null());
}

ds_predicate *everything_dates_contains(const char *value) {
    return ds_pred_contains(EVERYTHING_DATES, ds_str(value));
}

ds_predicate *everything_dates_not_contains(const char *value) {
    return ds_pred_not_contains(EVERYTHING_DATES, ds_str(value));
}

ds_predicate *everything_dates_is_null(void) {
    return ds_pred_eq(EVERYTHING_DATES, ds_null());
}

ds_predicate *everything_dates_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_DATES, ds_null());
}

ds_predicate *everything_times_contains(const char *value) {
    return ds_pred_contains(EVERYTHING_TIMES, ds_str(value));
}

ds_predicate *everything_times_not_contains(const char *value) {
    return ds_pred_not_contains(EVERYTHING_TIMES, ds_str(value));
}

ds_predicate *everything_times_is_null(void) {
    return ds_pred_eq(EVERYTHING_TIMES, ds_null());
}

ds_predicate *everything_times_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_TIMES, ds_null());
}

ds_predicate *everything_date_times_contains(const char *value) {
    return ds_pred_contains(EVERYTHING_DATE_TIMES, ds_str(value));
}

ds_predicate *everything_date_times_not_contains(const char *value) {
    return ds_pred_not_contains(EVERYTHING_DATE_TIMES, ds_str(value));
}

ds_predicate *everything_date_times_is_null(void) {
    return ds_pred_eq(EVERYTHING_DATE_TIMES, ds_null());
}

ds_predicate *everything_date_times_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_DATE_TIMES, ds_null());
}

ds_predicate *everything_timestamps_contains(int64_t value) {
    return ds_pred_contains(EVERYTHING_TIMESTAMPS, ds_int(value));
}

ds_predicate *everything_timestamps_not_contains(int64_t value) {
    return ds_pred_not_contains(EVERYTHING_TIMESTAMPS, ds_int(value));
}

ds_predicate *everything_timestamps_is_null(void) {
    return ds_pred_eq(EVERYTHING_TIMESTAMPS, ds_null());
}

ds_predicate *everything_timestamps_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_TIMESTAMPS, ds_null());
}

ds_predicate *everything_emails_contains(const char *value) {
    return ds_pred_contains(EVERYTHING_EMAILS, ds_str(value));
}

ds_predicate *everything_emails_not_contains(const char *value) {
    return ds_pred_not_contains(EVERYTHING_EMAILS, ds_str(value));
}

ds_predicate *everything_emails_is_null(void) {
    return ds_pred_eq(EVERYTHING_EMAILS, ds_null());
}

ds_predicate *everything_emails_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_EMAILS, ds_null());
}

ds_predicate *everything_jsons_contains(const char *value) {
    return ds_pred_contains(EVERYTHING_JSONS, ds_str(value));
}

ds_predicate *everything_jsons_not_contains(const char *value) {
    return ds_pred_not_contains(EVERYTHING_JSONS, ds_str(value));
}

ds_predicate *everything_jsons_is_null(void) {
    return ds_pred_eq(EVERYTHING_JSONS, ds_null());
}

ds_predicate *everything_jsons_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_JSONS, ds_null());
}

ds_predicate *everything_urls_contains(const char *value) {
    return ds_pred_contains(EVERYTHING_URLS, ds_str(value));
}

ds_predicate *everything_urls_not_contains(const char *value) {
    return ds_pred_not_contains(EVERYTHING_URLS, ds_str(value));
}

ds_predicate *everything_urls_is_null(void) {
    return ds_pred_eq(EVERYTHING_URLS, ds_null());
}

ds_predicate *everything_urls_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_URLS, ds_null());
}

ds_predicate *everything_phones_contains(const char *value) {
    return ds_pred_contains(EVERYTHING_PHONES, ds_str(value));
}

ds_predicate *everything_phones_not_contains(const char *value) {
    return ds_pred_not_contains(EVERYTHING_PHONES, ds_str(value));
}

ds_predicate *everything_phones_is_null(void) {
    return ds_pred_eq(EVERYTHING_PHONES, ds_null());
}

ds_predicate *everything_phones_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_PHONES, ds_null());
}

ds_predicate *everything_ip_addresses_contains(const char *value) {
    return ds_pred_contains(EVERYTHING_IP_ADDRESSES, ds_str(value));
}

ds_predicate *everything_ip_addresses_not_contains(const char *value) {
    return ds_pred_not_contains(EVERYTHING_IP_ADDRESSES, ds_str(value));
}

ds_predicate *everything_ip_addresses_is_null(void) {
    return ds_pred_eq(EVERYTHING_IP_ADDRESSES, ds_null());
}

ds_predicate *everything_ip_addresses_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_IP_ADDRESSES, ds_null());
}

ds_predicate *everything_enums_contains(Priority value) {
    const char *s = priority_to_string(value);
    return s ? ds_pred_contains(EVERYTHING_ENUMS, ds_str(s)) : NULL;
}

ds_predicate *everything_enums_not_contains(Priority value) {
    const char *s = priority_to_string(value);
    return s ? ds_pred_not_contains(EVERYTHING_ENUMS, ds_str(s)) : NULL;
}

ds_predicate *everything_enums_is_null(void) {
    return ds_pred_eq(EVERYTHING_ENUMS, ds_null());
}

ds_predicate *everything_enums_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_ENUMS, ds_null());
}

ds_predicate *everything_ids_contains(const char *value) {
    return ds_pred_contains(EVERYTHING_IDS, ds_str(value));
}

ds_predicate *everything_ids_not_contains(const char *value) {
    return ds_pred_not_contains(EVERYTHING_IDS, ds_str(value));
}

ds_predicate *everything_ids_is_null(void) {
    return ds_pred_eq(EVERYTHING_IDS, ds_null());
}

ds_predicate *everything_ids_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_IDS, ds_null());
}

ds_predicate *everything_created_at_eq(const char *value) {
    return ds_pred_eq(EVERYTHING_CREATED_AT, ds_str(value));
}

ds_predicate *everything_created_at_ne(const char *value) {
    return ds_pred_ne(EVERYTHING_CREATED_AT, ds_str(value));
}

ds_predicate *everything_created_at_lt(const char *value) {
    return ds_pred_lt(EVERYTHING_CREATED_AT, ds_str(value));
}

ds_predicate *everything_created_at_le(const char *value) {
    return ds_pred_le(EVERYTHING_CREATED_AT, ds_str(value));
}

ds_predicate *everything_created_at_gt(const char *value) {
    return ds_pred_gt(EVERYTHING_CREATED_AT, ds_str(value));
}

ds_predicate *everything_created_at_ge(const char *value) {
    return ds_pred_ge(EVERYTHING_CREATED_AT, ds_str(value));
}

ds_predicate *everything_created_at_between(const char *low, const char *high) {
    return ds_pred_between(EVERYTHING_CREATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *everything_created_at_begins_with(const char *value) {
    return ds_pred_begins_with(EVERYTHING_CREATED_AT, value);
}

ds_predicate *everything_created_at_contains(const char *value) {
    return ds_pred_contains(EVERYTHING_CREATED_AT, ds_str(value));
}

ds_predicate *everything_created_at_not_contains(const char *value) {
    return ds_pred_not_contains(EVERYTHING_CREATED_AT, ds_str(value));
}

ds_predicate *everything_created_at_is_null(void) {
    return ds_pred_eq(EVERYTHING_CREATED_AT, ds_null());
}

ds_predicate *everything_created_at_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_CREATED_AT, ds_null());
}

ds_predicate *everything_updated_at_eq(const char *value) {
    return ds_pred_eq(EVERYTHING_UPDATED_AT, ds_str(value));
}

ds_predicate *everything_updated_at_ne(const char *value) {
    return ds_pred_ne(EVERYTHING_UPDATED_AT, ds_str(value));
}

ds_predicate *everything_updated_at_lt(const char *value) {
    return ds_pred_lt(EVERYTHING_UPDATED_AT, ds_str(value));
}

ds_predicate *everything_updated_at_le(const char *value) {
    return ds_pred_le(EVERYTHING_UPDATED_AT, ds_str(value));
}

ds_predicate *everything_updated_at_gt(const char *value) {
    return ds_pred_gt(EVERYTHING_UPDATED_AT, ds_str(value));
}

ds_predicate *everything_updated_at_ge(const char *value) {
    return ds_pred_ge(EVERYTHING_UPDATED_AT, ds_str(value));
}

ds_predicate *everything_updated_at_between(const char *low, const char *high) {
    return ds_pred_between(EVERYTHING_UPDATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *everything_updated_at_begins_with(const char *value) {
    return ds_pred_begins_with(EVERYTHING_UPDATED_AT, value);
}

ds_predicate *everything_updated_at_contains(const char *value) {
    return ds_pred_contains(EVERYTHING_UPDATED_AT, ds_str(value));
}

ds_predicate *everything_updated_at_not_contains(const char *value) {
    return ds_pred_not_contains(EVERYTHING_UPDATED_AT, ds_str(value));
}

ds_predicate *everything_updated_at_is_null(void) {
    return ds_pred_eq(EVERYTHING_UPDATED_AT, ds_null());
}

ds_predicate *everything_updated_at_is_not_null(void) {
    return ds_pred_ne(EVERYTHING_UPDATED_AT, ds_null());
}
