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
    "# Names the generated C must mangle: fields, types and enum values that are\n",
    "# C, C23 or C++ keywords or standard macros, names that clash once turned\n",
    "# into C (case, the has_/_count members, list and option types), and an\n",
    "# embedded type used as a nullable list item.\n",
    "\n",
    "enum class {\n",
    "  default\n",
    "  int\n",
    "  INT\n",
    "  Int\n",
    "  register\n",
    "}\n",
    "\n",
    "enum Level {\n",
    "  LOW\n",
    "  HIGH\n",
    "}\n",
    "\n",
    "type struct {\n",
    "  int: Int\n",
    "  errno: String\n",
    "}\n",
    "\n",
    "type Widget @model {\n",
    "  id: ID!\n",
    "  default: String\n",
    "  register: Int\n",
    "  class: class\n",
    "  struct: struct\n",
    "  structs: [struct]\n",
    "  levels: [Level]\n",
    "  count: Int!\n",
    "  hasCount: Boolean\n",
    "  countCount: Int\n",
    "  rating: Float\n",
    "  ratingCount: Int\n",
    "  delete: Boolean\n",
    "  new: AWSJSON\n",
    "  this: AWSTimestamp\n",
    "}\n",
    "\n",
    "# Its list type's name is taken by the model below.\n",
    "type Gadget @model {\n",
    "  id: ID!\n",
    "  store: String\n",
    "  out: Int\n",
    "}\n",
    "\n",
    "type GadgetList @model {\n",
    "  id: ID!\n",
    "  gadgets: [Gadget] @hasMany\n",
    "}\n",
    "\n",
    "# Composite key whose fields are named like the get() function's own parameters.\n",
    "type Slot @model {\n",
    "  store: String! @primaryKey(sortKeyFields: [\"out\", \"err\"])\n",
    "  out: Int!\n",
    "  err: String!\n",
    "  class: class\n",
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
        widget_observe_fn widget_observe;
        gadget_observe_fn gadget_observe;
        gadget_list_observe_fn gadget_list_observe;
        slot_observe_fn slot_observe;
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

static ds_status take_class(class_ *out, bool *has, const ds_value *value, const char *where,
    ds_error *err) {
    *out = CLASS_DEFAULT;
    if (has)
        *has = false;
    if (value->type == DS_VALUE_NULL)
        return DS_OK;
    if (value->type != DS_VALUE_STRING || !class_from_string(out, value->u.s.ptr))
        return fail(err, DS_ERR_INVALID, where, "not a value of class");
    if (has)
        *has = true;
    return DS_OK;
}

static ds_status take_level(Level *out, bool *has, const ds_value *value, const char *where,
    ds_error *err) {
    *out = LEVEL_LOW;
    if (has)
        *has = false;
    if (value->type == DS_VALUE_NULL)
        return DS_OK;
    if (value->type != DS_VALUE_STRING || !level_from_string(out, value->u.s.ptr))
        return fail(err, DS_ERR_INVALID, where, "not a value of Level");
    if (has)
        *has = true;
    return DS_OK;
}

/* An embedded struct from JSON text of its object. */
static ds_status take_struct(struct_ *out, bool *has, const ds_value *value, const char *where,
    ds_error *err) {
    ds_record *record = NULL;
    ds_status rc;
    struct_init(out);
    if (has)
        *has = false;
    if (value->type == DS_VALUE_NULL)
        return DS_OK;
    if (value->type != DS_VALUE_JSON)
        return fail(err, DS_ERR_INVALID, where, "expected an object");
    if (!models_schema())
        return nomem(err);
    if ((rc = ds_record_from_json(&record, models_schema(), "struct", value->u.s.ptr, err)) != DS_OK)
        return rc;
    rc = struct_from_record(out, record, err);
    ds_record_free(record);
    if (rc == DS_OK && has)
        *has = true;
    return rc;
}

/* An embedded struct as JSON text of its object (DS_VALUE_JSON, owned). */
static ds_status struct_value(ds_value *out, const ds_schema *schema, const struct_ *value,
    ds_error *err) {
    ds_record *record = NULL;
    char *json;
    ds_status rc;
    *out = ds_null();
    if ((rc = struct_to_record(&record, schema, value, err)) != DS_OK)
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

static ds_status widget_list_from_result(WidgetList *out, const ds_result *res, ds_error *err) {
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
        rc = widget_from_record(&out->items[i], ds_result_at(res, i), err);
    if (rc != DS_OK)
        widget_list_free(out);
    return rc;
}

/* The ds_observe() callback behind widget_observe(): the change as a Widget. */
static void widget_observed(const ds_change *change, void *userdata) {
    const models_subscription *sub = userdata;
    /* Read before calling: fn may unobserve, which frees sub. */
    widget_observe_fn fn = sub->fn.widget_observe;
    void *ud = sub->userdata;
    Widget value;
    if (widget_from_record(&value, change->record, NULL) != DS_OK) {
        fn(change, NULL, ud);
        return;
    }
    fn(change, &value, ud);
    widget_free(&value);
}

static ds_status gadget_list_from_result(GadgetList_2 *out, const ds_result *res, ds_error *err) {
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
        rc = gadget_from_record(&out->items[i], ds_result_at(res, i), err);
    if (rc != DS_OK)
        gadget_list_free(out);
    return rc;
}

/* The ds_observe() callback behind gadget_observe(): the change as a Gadget. */
static void gadget_observed(const ds_change *change, void *userdata) {
    const models_subscription *sub = userdata;
    /* Read before calling: fn may unobserve, which frees sub. */
    gadget_observe_fn fn = sub->fn.gadget_observe;
    void *ud = sub->userdata;
    Gadget value;
    if (gadget_from_record(&value, change->record, NULL) != DS_OK) {
        fn(change, NULL, ud);
        return;
    }
    fn(change, &value, ud);
    gadget_free(&value);
}

static ds_status gadget_list_list_from_result(GadgetListList *out, const ds_result *res, ds_error *err) {
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
        rc = gadget_list_from_record(&out->items[i], ds_result_at(res, i), err);
    if (rc != DS_OK)
        gadget_list_list_free(out);
    return rc;
}

/* The ds_observe() callback behind gadget_list_observe(): the change as a GadgetList. */
static void gadget_list_observed(const ds_change *change, void *userdata) {
    const models_subscription *sub = userdata;
    /* Read before calling: fn may unobserve, which frees sub. */
    gadget_list_observe_fn fn = sub->fn.gadget_list_observe;
    void *ud = sub->userdata;
    GadgetList value;
    if (gadget_list_from_record(&value, change->record, NULL) != DS_OK) {
        fn(change, NULL, ud);
        return;
    }
    fn(change, &value, ud);
    gadget_list_free_2(&value);
}

static ds_status slot_list_from_result(SlotList *out, const ds_result *res, ds_error *err) {
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
        rc = slot_from_record(&out->items[i], ds_result_at(res, i), err);
    if (rc != DS_OK)
        slot_list_free(out);
    return rc;
}

/* The ds_observe() callback behind slot_observe(): the change as a Slot. */
static void slot_observed(const ds_change *change, void *userdata) {
    const models_subscription *sub = userdata;
    /* Read before calling: fn may unobserve, which frees sub. */
    slot_observe_fn fn = sub->fn.slot_observe;
    void *ud = sub->userdata;
    Slot value;
    if (slot_from_record(&value, change->record, NULL) != DS_OK) {
        fn(change, NULL, ud);
        return;
    }
    fn(change, &value, ud);
    slot_free(&value);
}

/* ---- enum class ---- */

const char *class_to_string(class_ value) {
    switch (value) {
    case CLASS_DEFAULT: return "default";
    case CLASS_INT: return "int";
    case CLASS_INT_2: return "INT";
    case CLASS_INT_3: return "Int";
    case CLASS_REGISTER: return "register";
    }
    return NULL;
}

bool class_from_string(class_ *out, const char *s) {
    if (!s)
        return false;
    if (strcmp(s, "default") == 0) {
        *out = CLASS_DEFAULT;
        return true;
    }
    if (strcmp(s, "int") == 0) {
        *out = CLASS_INT;
        return true;
    }
    if (strcmp(s, "INT") == 0) {
        *out = CLASS_INT_2;
        return true;
    }
    if (strcmp(s, "Int") == 0) {
        *out = CLASS_INT_3;
        return true;
    }
    if (strcmp(s, "register") == 0) {
        *out = CLASS_REGISTER;
        return true;
    }
    return false;
}

/* ---- enum Level ---- */

const char *level_to_string(Level value) {
    switch (value) {
    case LEVEL_LOW: return "LOW";
    case LEVEL_HIGH: return "HIGH";
    }
    return NULL;
}

bool level_from_string(Level *out, const char *s) {
    if (!s)
        return false;
    if (strcmp(s, "LOW") == 0) {
        *out = LEVEL_LOW;
        return true;
    }
    if (strcmp(s, "HIGH") == 0) {
        *out = LEVEL_HIGH;
        return true;
    }
    return false;
}

/* ---- embedded type struct ---- */

void struct_init(struct_ *value) {
    if (value)
        memset(value, 0, sizeof *value);
}

void struct_free(struct_ *value) {
    if (!value)
        return;
    free(value->errno_);
    memset(value, 0, sizeof *value);
}

ds_status struct_copy(struct_ *out, const struct_ *src, ds_error *err) {
    ds_status rc = DS_OK;
    *out = *src;
    out->errno_ = NULL;
    if ((rc = copy_string(&out->errno_, src->errno_, err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        struct_free(out);
    return rc;
}

ds_status struct_to_record(ds_record **out, const ds_schema *schema, const struct_ *value, ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    *out = NULL;
    if (!schema && !(schema = models_schema()))
        return nomem(err);
    if ((rc = ds_record_new(&r, schema, "struct", err)) != DS_OK)
        return rc;
    if ((rc = put(r, "int", value->has_int ? ds_int(value->int_) : ds_null(), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "errno", ds_str(value->errno_), err)) != DS_OK)
        goto done;
    *out = r;
    r = NULL;
done:
    ds_record_free(r);
    return rc;
}

ds_status struct_from_record(struct_ *out, const ds_record *record, ds_error *err) {
    ds_value val;
    ds_status rc;
    struct_init(out);
    if ((rc = check_model(record, "struct", err)) != DS_OK)
        return rc;
    if ((rc = get(record, "int", &val, err)) != DS_OK ||
        (rc = take_int32(&out->int_, &out->has_int, &val, "struct.int", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "errno", &val, err)) != DS_OK ||
        (rc = take_string(&out->errno_, &val, "struct.errno", err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        struct_free(out);
    return rc;
}

/* ---- model Widget ---- */

void widget_init(Widget *value) {
    if (value)
        memset(value, 0, sizeof *value);
}

void widget_free(Widget *value) {
    if (!value)
        return;
    free(value->id);
    free(value->default_);
    struct_free(&value->struct_2);
    for (size_t i = 0; value->structs && i < value->structs_count; i++)
        struct_free(&value->structs[i].value);
    free(value->structs);
    free(value->levels);
    free(value->new_);
    free(value->created_at);
    free(value->updated_at);
    memset(value, 0, sizeof *value);
}

ds_status widget_copy(Widget *out, const Widget *src, ds_error *err) {
    size_t n;
    ds_status rc = DS_OK;
    *out = *src;
    out->id = NULL;
    out->default_ = NULL;
    struct_init(&out->struct_2);
    out->structs = NULL;
    out->levels = NULL;
    out->new_ = NULL;
    out->created_at = NULL;
    out->updated_at = NULL;
    if ((rc = copy_string(&out->id, src->id, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->default_, src->default_, err)) != DS_OK)
        goto done;
    if ((rc = struct_copy(&out->struct_2, &src->struct_2, err)) != DS_OK)
        goto done;
    n = src->structs ? src->structs_count : 0;
    out->structs_count = n;
    if (n && !(out->structs = calloc(n, sizeof *out->structs))) {
        rc = nomem(err);
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        out->structs[i].has = src->structs[i].has;
        if ((rc = struct_copy(&out->structs[i].value, &src->structs[i].value, err)) != DS_OK)
            goto done;
    }
    n = src->levels ? src->levels_count : 0;
    out->levels_count = n;
    if (n && !(out->levels = calloc(n, sizeof *out->levels))) {
        rc = nomem(err);
        goto done;
    }
    if (n)
        memcpy(out->levels, src->levels, n * sizeof *out->levels);
    if ((rc = copy_string(&out->new_, src->new_, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->created_at, src->created_at, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->updated_at, src->updated_at, err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        widget_free(out);
    return rc;
}

ds_status widget_to_record(ds_record **out, const ds_schema *schema, const Widget *value, ds_error *err) {
    ds_value val;
    ds_value *items = NULL;
    size_t n;
    ds_record *r = NULL;
    ds_status rc;
    *out = NULL;
    if (!schema && !(schema = models_schema()))
        return nomem(err);
    if ((rc = ds_record_new(&r, schema, "Widget", err)) != DS_OK)
        return rc;
    if (value->id && (rc = put(r, "id", ds_str(value->id), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "default", ds_str(value->default_), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "register", value->has_register ? ds_int(value->register_) : ds_null(), err)) != DS_OK)
        goto done;
    val = ds_null();
    if (value->has_class && (rc = enum_value(&val, class_to_string(value->class_2), "Widget.class", err)) != DS_OK)
        goto done;
    if ((rc = put(r, "class", val, err)) != DS_OK)
        goto done;
    val = ds_null();
    if (value->has_struct && (rc = struct_value(&val, schema, &value->struct_2, err)) != DS_OK)
        goto done;
    rc = put(r, "struct", val, err);
    if (val.type == DS_VALUE_JSON)
        ds_free((char *)val.u.s.ptr);
    if (rc != DS_OK)
        goto done;
    n = value->structs ? value->structs_count : 0;
    if (!value->has_structs)
        rc = put(r, "structs", ds_null(), err);
    else if ((rc = new_values(&items, n, err)) == DS_OK) {
        for (size_t i = 0; i < n && rc == DS_OK; i++)
            if (value->structs[i].has)
                rc = struct_value(&items[i], schema, &value->structs[i].value, err);
        if (rc == DS_OK)
            rc = put_list(r, "structs", items, n, err);
        free_values(items, n);
        items = NULL;
    }
    if (rc != DS_OK)
        goto done;
    n = value->levels ? value->levels_count : 0;
    if (!value->has_levels)
        rc = put(r, "levels", ds_null(), err);
    else if ((rc = new_values(&items, n, err)) == DS_OK) {
        for (size_t i = 0; i < n && rc == DS_OK; i++)
            if (value->levels[i].has)
                rc = enum_value(&items[i], level_to_string(value->levels[i].value), "Widget.levels", err);
        if (rc == DS_OK)
            rc = put_list(r, "levels", items, n, err);
        free_values(items, n);
        items = NULL;
    }
    if (rc != DS_OK)
        goto done;
    if ((rc = put(r, "count", ds_int(value->count), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "hasCount", value->has_has_count ? ds_bool(value->has_count) : ds_null(), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "countCount", value->has_count_count ? ds_int(value->count_count) : ds_null(), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "rating", value->has_rating ? ds_float(value->rating) : ds_null(), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "ratingCount", value->has_rating_count ? ds_int(value->rating_count) : ds_null(), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "delete", value->has_delete ? ds_bool(value->delete_) : ds_null(), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "new", ds_str(value->new_), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "this", value->has_this ? ds_int(value->this_) : ds_null(), err)) != DS_OK)
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

ds_status widget_from_record(Widget *out, const ds_record *record, ds_error *err) {
    ds_value val;
    ds_value *items = NULL;
    size_t n;
    ds_status rc;
    widget_init(out);
    if ((rc = check_model(record, "Widget", err)) != DS_OK)
        return rc;
    if ((rc = get(record, "id", &val, err)) != DS_OK ||
        (rc = take_string(&out->id, &val, "Widget.id", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "default", &val, err)) != DS_OK ||
        (rc = take_string(&out->default_, &val, "Widget.default", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "register", &val, err)) != DS_OK ||
        (rc = take_int32(&out->register_, &out->has_register, &val, "Widget.register", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "class", &val, err)) != DS_OK ||
        (rc = take_class(&out->class_2, &out->has_class, &val, "Widget.class", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "struct", &val, err)) != DS_OK ||
        (rc = take_struct(&out->struct_2, &out->has_struct, &val, "Widget.struct", err)) != DS_OK)
        goto done;
    if ((rc = get_list(record, "structs", &items, &n, &out->has_structs, err)) != DS_OK)
        goto done;
    if (n && !(out->structs = calloc(n, sizeof *out->structs))) {
        rc = nomem(err);
        goto done;
    }
    out->structs_count = n;
    for (size_t i = 0; i < n; i++)
        if ((rc = take_struct(&out->structs[i].value, &out->structs[i].has,
                  &items[i], "Widget.structs", err)) != DS_OK)
            goto done;
    ds_free(items);
    items = NULL;
    if ((rc = get_list(record, "levels", &items, &n, &out->has_levels, err)) != DS_OK)
        goto done;
    if (n && !(out->levels = calloc(n, sizeof *out->levels))) {
        rc = nomem(err);
        goto done;
    }
    out->levels_count = n;
    for (size_t i = 0; i < n; i++)
        if ((rc = take_level(&out->levels[i].value, &out->levels[i].has,
                  &items[i], "Widget.levels", err)) != DS_OK)
            goto done;
    ds_free(items);
    items = NULL;
    if ((rc = get(record, "count", &val, err)) != DS_OK ||
        (rc = take_int32(&out->count, NULL, &val, "Widget.count", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "hasCount", &val, err)) != DS_OK ||
        (rc = take_bool(&out->has_count, &out->has_has_count, &val, "Widget.hasCount", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "countCount", &val, err)) != DS_OK ||
        (rc = take_int32(&out->count_count, &out->has_count_count, &val, "Widget.countCount", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "rating", &val, err)) != DS_OK ||
        (rc = take_double(&out->rating, &out->has_rating, &val, "Widget.rating", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "ratingCount", &val, err)) != DS_OK ||
        (rc = take_int32(&out->rating_count, &out->has_rating_count, &val, "Widget.ratingCount", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "delete", &val, err)) != DS_OK ||
        (rc = take_bool(&out->delete_, &out->has_delete, &val, "Widget.delete", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "new", &val, err)) != DS_OK ||
        (rc = take_string(&out->new_, &val, "Widget.new", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "this", &val, err)) != DS_OK ||
        (rc = take_int64(&out->this_, &out->has_this, &val, "Widget.this", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "createdAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->created_at, &val, "Widget.createdAt", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "updatedAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->updated_at, &val, "Widget.updatedAt", err)) != DS_OK)
        goto done;
done:
    ds_free(items);
    if (rc != DS_OK)
        widget_free(out);
    return rc;
}

ds_status widget_save(ds_store *store, Widget *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    Widget saved;
    ds_status rc;
    if ((rc = widget_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    if ((rc = ds_save(store, r, condition, err)) == DS_OK &&
        (rc = widget_from_record(&saved, r, err)) == DS_OK) {
        widget_free(value);
        *value = saved;
    }
    ds_record_free(r);
    return rc;
}

ds_status widget_get(ds_store *store, const char *id, Widget *out, ds_error *err) {
    ds_record *key = NULL, *found = NULL;
    ds_status rc;
    widget_init(out);
    if ((rc = ds_record_new(&key, store ? ds_store_schema(store) : NULL, "Widget", err)) != DS_OK)
        goto done;
    if ((rc = put(key, "id", ds_str(id), err)) != DS_OK)
        goto done;
    if ((rc = ds_get(store, key, &found, err)) != DS_OK)
        goto done;
    rc = widget_from_record(out, found, err);
done:
    ds_record_free(found);
    ds_record_free(key);
    return rc;
}

ds_status widget_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    WidgetList *out, ds_error *err) {
    ds_result *res = NULL;
    ds_status rc;
    out->items = NULL;
    out->count = 0;
    if ((rc = ds_query(store, "Widget", where, opts, &res, err)) != DS_OK)
        return rc;
    rc = widget_list_from_result(out, res, err);
    ds_result_free(res);
    return rc;
}

void widget_list_free(WidgetList *list) {
    if (!list)
        return;
    for (size_t i = 0; list->items && i < list->count; i++)
        widget_free(&list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}

ds_status widget_delete(ds_store *store, const Widget *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    if ((rc = widget_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    rc = ds_delete(store, r, condition, err);
    ds_record_free(r);
    return rc;
}

ds_status widget_observe(ds_store *store, const ds_predicate *where, widget_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err) {
    models_subscription *sub;
    ds_status rc;
    *out = NULL;
    if (!fn)
        return fail(err, DS_ERR_INVALID, "widget_observe", "fn is NULL");
    if (!(sub = calloc(1, sizeof *sub)))
        return nomem(err);
    sub->fn.widget_observe = fn;
    sub->userdata = userdata;
    if ((rc = ds_observe(store, "Widget", where, widget_observed, sub, &sub->sub, err)) != DS_OK) {
        free(sub);
        return rc;
    }
    *out = sub;
    return DS_OK;
}

ds_predicate *widget_id_eq(const char *value) {
    return ds_pred_eq(WIDGET_ID, ds_str(value));
}

ds_predicate *widget_id_ne(const char *value) {
    return ds_pred_ne(WIDGET_ID, ds_str(value));
}

ds_predicate *widget_id_lt(const char *value) {
    return ds_pred_lt(WIDGET_ID, ds_str(value));
}

ds_predicate *widget_id_le(const char *value) {
    return ds_pred_le(WIDGET_ID, ds_str(value));
}

ds_predicate *widget_id_gt(const char *value) {
    return ds_pred_gt(WIDGET_ID, ds_str(value));
}

ds_predicate *widget_id_ge(const char *value) {
    return ds_pred_ge(WIDGET_ID, ds_str(value));
}

ds_predicate *widget_id_between(const char *low, const char *high) {
    return ds_pred_between(WIDGET_ID, ds_str(low), ds_str(high));
}

ds_predicate *widget_id_begins_with(const char *value) {
    return ds_pred_begins_with(WIDGET_ID, value);
}

ds_predicate *widget_id_contains(const char *value) {
    return ds_pred_contains(WIDGET_ID, ds_str(value));
}

ds_predicate *widget_id_not_contains(const char *value) {
    return ds_pred_not_contains(WIDGET_ID, ds_str(value));
}

ds_predicate *widget_default_eq(const char *value) {
    return ds_pred_eq(WIDGET_DEFAULT, ds_str(value));
}

ds_predicate *widget_default_ne(const char *value) {
    return ds_pred_ne(WIDGET_DEFAULT, ds_str(value));
}

ds_predicate *widget_default_lt(const char *value) {
    return ds_pred_lt(WIDGET_DEFAULT, ds_str(value));
}

ds_predicate *widget_default_le(const char *value) {
    return ds_pred_le(WIDGET_DEFAULT, ds_str(value));
}

ds_predicate *widget_default_gt(const char *value) {
    return ds_pred_gt(WIDGET_DEFAULT, ds_str(value));
}

ds_predicate *widget_default_ge(const char *value) {
    return ds_pred_ge(WIDGET_DEFAULT, ds_str(value));
}

ds_predicate *widget_default_between(const char *low, const char *high) {
    return ds_pred_between(WIDGET_DEFAULT, ds_str(low), ds_str(high));
}

ds_predicate *widget_default_begins_with(const char *value) {
    return ds_pred_begins_with(WIDGET_DEFAULT, value);
}

ds_predicate *widget_default_contains(const char *value) {
    return ds_pred_contains(WIDGET_DEFAULT, ds_str(value));
}

ds_predicate *widget_default_not_contains(const char *value) {
    return ds_pred_not_contains(WIDGET_DEFAULT, ds_str(value));
}

ds_predicate *widget_default_is_null(void) {
    return ds_pred_eq(WIDGET_DEFAULT, ds_null());
}

ds_predicate *widget_default_is_not_null(void) {
    return ds_pred_ne(WIDGET_DEFAULT, ds_null());
}

ds_predicate *widget_register_eq(int32_t value) {
    return ds_pred_eq(WIDGET_REGISTER, ds_int(value));
}

ds_predicate *widget_register_ne(int32_t value) {
    return ds_pred_ne(WIDGET_REGISTER, ds_int(value));
}

ds_predicate *widget_register_lt(int32_t value) {
    return ds_pred_lt(WIDGET_REGISTER, ds_int(value));
}

ds_predicate *widget_register_le(int32_t value) {
    return ds_pred_le(WIDGET_REGISTER, ds_int(value));
}

ds_predicate *widget_register_gt(int32_t value) {
    return ds_pred_gt(WIDGET_REGISTER, ds_int(value));
}

ds_predicate *widget_register_ge(int32_t value) {
    return ds_pred_ge(WIDGET_REGISTER, ds_int(value));
}

ds_predicate *widget_register_between(int32_t low, int32_t high) {
    return ds_pred_between(WIDGET_REGISTER, ds_int(low), ds_int(high));
}

ds_predicate *widget_register_is_null(void) {
    return ds_pred_eq(WIDGET_REGISTER, ds_null());
}

ds_predicate *widget_register_is_not_null(void) {
    return ds_pred_ne(WIDGET_REGISTER, ds_null());
}

ds_predicate *widget_class_eq(class_ value) {
    const char *s = class_to_string(value);
    return s ? ds_pred_eq(WIDGET_CLASS, ds_str(s)) : NULL;
}

ds_predicate *widget_class_ne(class_ value) {
    const char *s = class_to_string(value);
    return s ? ds_pred_ne(WIDGET_CLASS, ds_str(s)) : NULL;
}

ds_predicate *widget_class_is_null(void) {
    return ds_pred_eq(WIDGET_CLASS, ds_null());
}

ds_predicate *widget_class_is_not_null(void) {
    return ds_pred_ne(WIDGET_CLASS, ds_null());
}

ds_predicate *widget_struct_is_null(void) {
    return ds_pred_eq(WIDGET_STRUCT, ds_null());
}

ds_predicate *widget_struct_is_not_null(void) {
    return ds_pred_ne(WIDGET_STRUCT, ds_null());
}

ds_predicate *widget_structs_is_null(void) {
    return ds_pred_eq(WIDGET_STRUCTS, ds_null());
}

ds_predicate *widget_structs_is_not_null(void) {
    return ds_pred_ne(WIDGET_STRUCTS, ds_null());
}

ds_predicate *widget_levels_contains(Level value) {
    const char *s = level_to_string(value);
    return s ? ds_pred_contains(WIDGET_LEVELS, ds_str(s)) : NULL;
}

ds_predicate *widget_levels_not_contains(Level value) {
    const char *s = level_to_string(value);
    return s ? ds_pred_not_contains(WIDGET_LEVELS, ds_str(s)) : NULL;
}

ds_predicate *widget_levels_is_null(void) {
    return ds_pred_eq(WIDGET_LEVELS, ds_null());
}

ds_predicate *widget_levels_is_not_null(void) {
    return ds_pred_ne(WIDGET_LEVELS, ds_null());
}

ds_predicate *widget_count_eq(int32_t value) {
    return ds_pred_eq(WIDGET_COUNT, ds_int(value));
}

ds_predicate *widget_count_ne(int32_t value) {
    return ds_pred_ne(WIDGET_COUNT, ds_int(value));
}

ds_predicate *widget_count_lt(int32_t value) {
    return ds_pred_lt(WIDGET_COUNT, ds_int(value));
}

ds_predicate *widget_count_le(int32_t value) {
    return ds_pred_le(WIDGET_COUNT, ds_int(value));
}

ds_predicate *widget_count_gt(int32_t value) {
    return ds_pred_gt(WIDGET_COUNT, ds_int(value));
}

ds_predicate *widget_count_ge(int32_t value) {
    return ds_pred_ge(WIDGET_COUNT, ds_int(value));
}

ds_predicate *widget_count_between(int32_t low, int32_t high) {
    return ds_pred_between(WIDGET_COUNT, ds_int(low), ds_int(high));
}

ds_predicate *widget_has_count_eq(bool value) {
    return ds_pred_eq(WIDGET_HAS_COUNT, ds_bool(value));
}

ds_predicate *widget_has_count_ne(bool value) {
    return ds_pred_ne(WIDGET_HAS_COUNT, ds_bool(value));
}

ds_predicate *widget_has_count_is_null(void) {
    return ds_pred_eq(WIDGET_HAS_COUNT, ds_null());
}

ds_predicate *widget_has_count_is_not_null(void) {
    return ds_pred_ne(WIDGET_HAS_COUNT, ds_null());
}

ds_predicate *widget_count_count_eq(int32_t value) {
    return ds_pred_eq(WIDGET_COUNT_COUNT, ds_int(value));
}

ds_predicate *widget_count_count_ne(int32_t value) {
    return ds_pred_ne(WIDGET_COUNT_COUNT, ds_int(value));
}

ds_predicate *widget_count_count_lt(int32_t value) {
    return ds_pred_lt(WIDGET_COUNT_COUNT, ds_int(value));
}

ds_predicate *widget_count_count_le(int32_t value) {
    return ds_pred_le(WIDGET_COUNT_COUNT, ds_int(value));
}

ds_predicate *widget_count_count_gt(int32_t value) {
    return ds_pred_gt(WIDGET_COUNT_COUNT, ds_int(value));
}

ds_predicate *widget_count_count_ge(int32_t value) {
    return ds_pred_ge(WIDGET_COUNT_COUNT, ds_int(value));
}

ds_predicate *widget_count_count_between(int32_t low, int32_t high) {
    return ds_pred_between(WIDGET_COUNT_COUNT, ds_int(low), ds_int(high));
}

ds_predicate *widget_count_count_is_null(void) {
    return ds_pred_eq(WIDGET_COUNT_COUNT, ds_null());
}

ds_predicate *widget_count_count_is_not_null(void) {
    return ds_pred_ne(WIDGET_COUNT_COUNT, ds_null());
}

ds_predicate *widget_rating_eq(double value) {
    return ds_pred_eq(WIDGET_RATING, ds_float(value));
}

ds_predicate *widget_rating_ne(double value) {
    return ds_pred_ne(WIDGET_RATING, ds_float(value));
}

ds_predicate *widget_rating_lt(double value) {
    return ds_pred_lt(WIDGET_RATING, ds_float(value));
}

ds_predicate *widget_rating_le(double value) {
    return ds_pred_le(WIDGET_RATING, ds_float(value));
}

ds_predicate *widget_rating_gt(double value) {
    return ds_pred_gt(WIDGET_RATING, ds_float(value));
}

ds_predicate *widget_rating_ge(double value) {
    return ds_pred_ge(WIDGET_RATING, ds_float(value));
}

ds_predicate *widget_rating_between(double low, double high) {
    return ds_pred_between(WIDGET_RATING, ds_float(low), ds_float(high));
}

ds_predicate *widget_rating_is_null(void) {
    return ds_pred_eq(WIDGET_RATING, ds_null());
}

ds_predicate *widget_rating_is_not_null(void) {
    return ds_pred_ne(WIDGET_RATING, ds_null());
}

ds_predicate *widget_rating_count_eq(int32_t value) {
    return ds_pred_eq(WIDGET_RATING_COUNT, ds_int(value));
}

ds_predicate *widget_rating_count_ne(int32_t value) {
    return ds_pred_ne(WIDGET_RATING_COUNT, ds_int(value));
}

ds_predicate *widget_rating_count_lt(int32_t value) {
    return ds_pred_lt(WIDGET_RATING_COUNT, ds_int(value));
}

ds_predicate *widget_rating_count_le(int32_t value) {
    return ds_pred_le(WIDGET_RATING_COUNT, ds_int(value));
}

ds_predicate *widget_rating_count_gt(int32_t value) {
    return ds_pred_gt(WIDGET_RATING_COUNT, ds_int(value));
}

ds_predicate *widget_rating_count_ge(int32_t value) {
    return ds_pred_ge(WIDGET_RATING_COUNT, ds_int(value));
}

ds_predicate *widget_rating_count_between(int32_t low, int32_t high) {
    return ds_pred_between(WIDGET_RATING_COUNT, ds_int(low), ds_int(high));
}

ds_predicate *widget_rating_count_is_null(void) {
    return ds_pred_eq(WIDGET_RATING_COUNT, ds_null());
}

ds_predicate *widget_rating_count_is_not_null(void) {
    return ds_pred_ne(WIDGET_RATING_COUNT, ds_null());
}

ds_predicate *widget_delete_eq(bool value) {
    return ds_pred_eq(WIDGET_DELETE, ds_bool(value));
}

ds_predicate *widget_delete_ne(bool value) {
    return ds_pred_ne(WIDGET_DELETE, ds_bool(value));
}

ds_predicate *widget_delete_is_null(void) {
    return ds_pred_eq(WIDGET_DELETE, ds_null());
}

ds_predicate *widget_delete_is_not_null(void) {
    return ds_pred_ne(WIDGET_DELETE, ds_null());
}

ds_predicate *widget_new_eq(const char *value) {
    return ds_pred_eq(WIDGET_NEW, ds_str(value));
}

ds_predicate *widget_new_ne(const char *value) {
    return ds_pred_ne(WIDGET_NEW, ds_str(value));
}

ds_predicate *widget_new_lt(const char *value) {
    return ds_pred_lt(WIDGET_NEW, ds_str(value));
}

ds_predicate *widget_new_le(const char *value) {
    return ds_pred_le(WIDGET_NEW, ds_str(value));
}

ds_predicate *widget_new_gt(const char *value) {
    return ds_pred_gt(WIDGET_NEW, ds_str(value));
}

ds_predicate *widget_new_ge(const char *value) {
    return ds_pred_ge(WIDGET_NEW, ds_str(value));
}

ds_predicate *widget_new_between(const char *low, const char *high) {
    return ds_pred_between(WIDGET_NEW, ds_str(low), ds_str(high));
}

ds_predicate *widget_new_begins_with(const char *value) {
    return ds_pred_begins_with(WIDGET_NEW, value);
}

ds_predicate *widget_new_contains(const char *value) {
    return ds_pred_contains(WIDGET_NEW, ds_str(value));
}

ds_predicate *widget_new_not_contains(const char *value) {
    return ds_pred_not_contains(WIDGET_NEW, ds_str(value));
}

ds_predicate *widget_new_is_null(void) {
    return ds_pred_eq(WIDGET_NEW, ds_null());
}

ds_predicate *widget_new_is_not_null(void) {
    return ds_pred_ne(WIDGET_NEW, ds_null());
}

ds_predicate *widget_this_eq(int64_t value) {
    return ds_pred_eq(WIDGET_THIS, ds_int(value));
}

ds_predicate *widget_this_ne(int64_t value) {
    return ds_pred_ne(WIDGET_THIS, ds_int(value));
}

ds_predicate *widget_this_lt(int64_t value) {
    return ds_pred_lt(WIDGET_THIS, ds_int(value));
}

ds_predicate *widget_this_le(int64_t value) {
    return ds_pred_le(WIDGET_THIS, ds_int(value));
}

ds_predicate *widget_this_gt(int64_t value) {
    return ds_pred_gt(WIDGET_THIS, ds_int(value));
}

ds_predicate *widget_this_ge(int64_t value) {
    return ds_pred_ge(WIDGET_THIS, ds_int(value));
}

ds_predicate *widget_this_between(int64_t low, int64_t high) {
    return ds_pred_between(WIDGET_THIS, ds_int(low), ds_int(high));
}

ds_predicate *widget_this_is_null(void) {
    return ds_pred_eq(WIDGET_THIS, ds_null());
}

ds_predicate *widget_this_is_not_null(void) {
    return ds_pred_ne(WIDGET_THIS, ds_null());
}

ds_predicate *widget_created_at_eq(const char *value) {
    return ds_pred_eq(WIDGET_CREATED_AT, ds_str(value));
}

ds_predicate *widget_created_at_ne(const char *value) {
    return ds_pred_ne(WIDGET_CREATED_AT, ds_str(value));
}

ds_predicate *widget_created_at_lt(const char *value) {
    return ds_pred_lt(WIDGET_CREATED_AT, ds_str(value));
}

ds_predicate *widget_created_at_le(const char *value) {
    return ds_pred_le(WIDGET_CREATED_AT, ds_str(value));
}

ds_predicate *widget_created_at_gt(const char *value) {
    return ds_pred_gt(WIDGET_CREATED_AT, ds_str(value));
}

ds_predicate *widget_created_at_ge(const char *value) {
    return ds_pred_ge(WIDGET_CREATED_AT, ds_str(value));
}

ds_predicate *widget_created_at_between(const char *low, const char *high) {
    return ds_pred_between(WIDGET_CREATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *widget_created_at_begins_with(const char *value) {
    return ds_pred_begins_with(WIDGET_CREATED_AT, value);
}

ds_predicate *widget_created_at_contains(const char *value) {
    return ds_pred_contains(WIDGET_CREATED_AT, ds_str(value));
}

ds_predicate *widget_created_at_not_contains(const char *value) {
    return ds_pred_not_contains(WIDGET_CREATED_AT, ds_str(value));
}

ds_predicate *widget_created_at_is_null(void) {
    return ds_pred_eq(WIDGET_CREATED_AT, ds_null());
}

ds_predicate *widget_created_at_is_not_null(void) {
    return ds_pred_ne(WIDGET_CREATED_AT, ds_null());
}

ds_predicate *widget_updated_at_eq(const char *value) {
    return ds_pred_eq(WIDGET_UPDATED_AT, ds_str(value));
}

ds_predicate *widget_updated_at_ne(const char *value) {
    return ds_pred_ne(WIDGET_UPDATED_AT, ds_str(value));
}

ds_predicate *widget_updated_at_lt(const char *value) {
    return ds_pred_lt(WIDGET_UPDATED_AT, ds_str(value));
}

ds_predicate *widget_updated_at_le(const char *value) {
    return ds_pred_le(WIDGET_UPDATED_AT, ds_str(value));
}

ds_predicate *widget_updated_at_gt(const char *value) {
    return ds_pred_gt(WIDGET_UPDATED_AT, ds_str(value));
}

ds_predicate *widget_updated_at_ge(const char *value) {
    return ds_pred_ge(WIDGET_UPDATED_AT, ds_str(value));
}

ds_predicate *widget_updated_at_between(const char *low, const char *high) {
    return ds_pred_between(WIDGET_UPDATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *widget_updated_at_begins_with(const char *value) {
    return ds_pred_begins_with(WIDGET_UPDATED_AT, value);
}

ds_predicate *widget_updated_at_contains(const char *value) {
    return ds_pred_contains(WIDGET_UPDATED_AT, ds_str(value));
}

ds_predicate *widget_updated_at_not_contains(const char *value) {
    return ds_pred_not_contains(WIDGET_UPDATED_AT, ds_str(value));
}

ds_predicate *widget_updated_at_is_null(void) {
    return ds_pred_eq(WIDGET_UPDATED_AT, ds_null());
}

ds_predicate *widget_updated_at_is_not_null(void) {
    return ds_pred_ne(WIDGET_UPDATED_AT, ds_null());
}

/* ---- model Gadget ---- */

void gadget_init(Gadget *value) {
    if (value)
        memset(value, 0, sizeof *value);
}

void gadget_free(Gadget *value) {
    if (!value)
        return;
    free(value->id);
    free(value->store);
    free(value->created_at);
    free(value->updated_at);
    free(value->gadget_list_gadgets_id);
    memset(value, 0, sizeof *value);
}

ds_status gadget_copy(Gadget *out, const Gadget *src, ds_error *err) {
    ds_status rc = DS_OK;
    *out = *src;
    out->id = NULL;
    out->store = NULL;
    out->created_at = NULL;
    out->updated_at = NULL;
    out->gadget_list_gadgets_id = NULL;
    if ((rc = copy_string(&out->id, src->id, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->store, src->store, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->created_at, src->created_at, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->updated_at, src->updated_at, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->gadget_list_gadgets_id, src->gadget_list_gadgets_id, err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        gadget_free(out);
    return rc;
}

ds_status gadget_to_record(ds_record **out, const ds_schema *schema, const Gadget *value, ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    *out = NULL;
    if (!schema && !(schema = models_schema()))
        return nomem(err);
    if ((rc = ds_record_new(&r, schema, "Gadget", err)) != DS_OK)
        return rc;
    if (value->id && (rc = put(r, "id", ds_str(value->id), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "store", ds_str(value->store), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "out", value->has_out ? ds_int(value->out) : ds_null(), err)) != DS_OK)
        goto done;
    if (value->created_at && (rc = put(r, "createdAt", ds_str(value->created_at), err)) != DS_OK)
        goto done;
    if (value->updated_at && (rc = put(r, "updatedAt", ds_str(value->updated_at), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "gadgetListGadgetsId", ds_str(value->gadget_list_gadgets_id), err)) != DS_OK)
        goto done;
    *out = r;
    r = NULL;
done:
    ds_record_free(r);
    return rc;
}

ds_status gadget_from_record(Gadget *out, const ds_record *record, ds_error *err) {
    ds_value val;
    ds_status rc;
    gadget_init(out);
    if ((rc = check_model(record, "Gadget", err)) != DS_OK)
        return rc;
    if ((rc = get(record, "id", &val, err)) != DS_OK ||
        (rc = take_string(&out->id, &val, "Gadget.id", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "store", &val, err)) != DS_OK ||
        (rc = take_string(&out->store, &val, "Gadget.store", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "out", &val, err)) != DS_OK ||
        (rc = take_int32(&out->out, &out->has_out, &val, "Gadget.out", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "createdAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->created_at, &val, "Gadget.createdAt", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "updatedAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->updated_at, &val, "Gadget.updatedAt", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "gadgetListGadgetsId", &val, err)) != DS_OK ||
        (rc = take_string(&out->gadget_list_gadgets_id, &val, "Gadget.gadgetListGadgetsId", err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        gadget_free(out);
    return rc;
}

ds_status gadget_save(ds_store *store, Gadget *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    Gadget saved;
    ds_status rc;
    if ((rc = gadget_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    if ((rc = ds_save(store, r, condition, err)) == DS_OK &&
        (rc = gadget_from_record(&saved, r, err)) == DS_OK) {
        gadget_free(value);
        *value = saved;
    }
    ds_record_free(r);
    return rc;
}

ds_status gadget_get(ds_store *store, const char *id, Gadget *out, ds_error *err) {
    ds_record *key = NULL, *found = NULL;
    ds_status rc;
    gadget_init(out);
    if ((rc = ds_record_new(&key, store ? ds_store_schema(store) : NULL, "Gadget", err)) != DS_OK)
        goto done;
    if ((rc = put(key, "id", ds_str(id), err)) != DS_OK)
        goto done;
    if ((rc = ds_get(store, key, &found, err)) != DS_OK)
        goto done;
    rc = gadget_from_record(out, found, err);
done:
    ds_record_free(found);
    ds_record_free(key);
    return rc;
}

ds_status gadget_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    GadgetList_2 *out, ds_error *err) {
    ds_result *res = NULL;
    ds_status rc;
    out->items = NULL;
    out->count = 0;
    if ((rc = ds_query(store, "Gadget", where, opts, &res, err)) != DS_OK)
        return rc;
    rc = gadget_list_from_result(out, res, err);
    ds_result_free(res);
    return rc;
}

void gadget_list_free(GadgetList_2 *list) {
    if (!list)
        return;
    for (size_t i = 0; list->items && i < list->count; i++)
        gadget_free(&list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}

ds_status gadget_delete(ds_store *store, const Gadget *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    if ((rc = gadget_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    rc = ds_delete(store, r, condition, err);
    ds_record_free(r);
    return rc;
}

ds_status gadget_observe(ds_store *store, const ds_predicate *where, gadget_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err) {
    models_subscription *sub;
    ds_status rc;
    *out = NULL;
    if (!fn)
        return fail(err, DS_ERR_INVALID, "gadget_observe", "fn is NULL");
    if (!(sub = calloc(1, sizeof *sub)))
        return nomem(err);
    sub->fn.gadget_observe = fn;
    sub->userdata = userdata;
    if ((rc = ds_observe(store, "Gadget", where, gadget_observed, sub, &sub->sub, err)) != DS_OK) {
        free(sub);
        return rc;
    }
    *out = sub;
    return DS_OK;
}

ds_predicate *gadget_id_eq(const char *value) {
    return ds_pred_eq(GADGET_ID, ds_str(value));
}

ds_predicate *gadget_id_ne(const char *value) {
    return ds_pred_ne(GADGET_ID, ds_str(value));
}

ds_predicate *gadget_id_lt(const char *value) {
    return ds_pred_lt(GADGET_ID, ds_str(value));
}

ds_predicate *gadget_id_le(const char *value) {
    return ds_pred_le(GADGET_ID, ds_str(value));
}

ds_predicate *gadget_id_gt(const char *value) {
    return ds_pred_gt(GADGET_ID, ds_str(value));
}

ds_predicate *gadget_id_ge(const char *value) {
    return ds_pred_ge(GADGET_ID, ds_str(value));
}

ds_predicate *gadget_id_between(const char *low, const char *high) {
    return ds_pred_between(GADGET_ID, ds_str(low), ds_str(high));
}

ds_predicate *gadget_id_begins_with(const char *value) {
    return ds_pred_begins_with(GADGET_ID, value);
}

ds_predicate *gadget_id_contains(const char *value) {
    return ds_pred_contains(GADGET_ID, ds_str(value));
}

ds_predicate *gadget_id_not_contains(const char *value) {
    return ds_pred_not_contains(GADGET_ID, ds_str(value));
}

ds_predicate *gadget_store_eq(const char *value) {
    return ds_pred_eq(GADGET_STORE, ds_str(value));
}

ds_predicate *gadget_store_ne(const char *value) {
    return ds_pred_ne(GADGET_STORE, ds_str(value));
}

ds_predicate *gadget_store_lt(const char *value) {
    return ds_pred_lt(GADGET_STORE, ds_str(value));
}

ds_predicate *gadget_store_le(const char *value) {
    return ds_pred_le(GADGET_STORE, ds_str(value));
}

ds_predicate *gadget_store_gt(const char *value) {
    return ds_pred_gt(GADGET_STORE, ds_str(value));
}

ds_predicate *gadget_store_ge(const char *value) {
    return ds_pred_ge(GADGET_STORE, ds_str(value));
}

ds_predicate *gadget_store_between(const char *low, const char *high) {
    return ds_pred_between(GADGET_STORE, ds_str(low), ds_str(high));
}

ds_predicate *gadget_store_begins_with(const char *value) {
    return ds_pred_begins_with(GADGET_STORE, value);
}

ds_predicate *gadget_store_contains(const char *value) {
    return ds_pred_contains(GADGET_STORE, ds_str(value));
}

ds_predicate *gadget_store_not_contains(const char *value) {
    return ds_pred_not_contains(GADGET_STORE, ds_str(value));
}

ds_predicate *gadget_store_is_null(void) {
    return ds_pred_eq(GADGET_STORE, ds_null());
}

ds_predicate *gadget_store_is_not_null(void) {
    return ds_pred_ne(GADGET_STORE, ds_null());
}

ds_predicate *gadget_out_eq(int32_t value) {
    return ds_pred_eq(GADGET_OUT, ds_int(value));
}

ds_predicate *gadget_out_ne(int32_t value) {
    return ds_pred_ne(GADGET_OUT, ds_int(value));
}

ds_predicate *gadget_out_lt(int32_t value) {
    return ds_pred_lt(GADGET_OUT, ds_int(value));
}

ds_predicate *gadget_out_le(int32_t value) {
    return ds_pred_le(GADGET_OUT, ds_int(value));
}

ds_predicate *gadget_out_gt(int32_t value) {
    return ds_pred_gt(GADGET_OUT, ds_int(value));
}

ds_predicate *gadget_out_ge(int32_t value) {
    return ds_pred_ge(GADGET_OUT, ds_int(value));
}

ds_predicate *gadget_out_between(int32_t low, int32_t high) {
    return ds_pred_between(GADGET_OUT, ds_int(low), ds_int(high));
}

ds_predicate *gadget_out_is_null(void) {
    return ds_pred_eq(GADGET_OUT, ds_null());
}

ds_predicate *gadget_out_is_not_null(void) {
    return ds_pred_ne(GADGET_OUT, ds_null());
}

ds_predicate *gadget_created_at_eq(const char *value) {
    return ds_pred_eq(GADGET_CREATED_AT, ds_str(value));
}

ds_predicate *gadget_created_at_ne(const char *value) {
    return ds_pred_ne(GADGET_CREATED_AT, ds_str(value));
}

ds_predicate *gadget_created_at_lt(const char *value) {
    return ds_pred_lt(GADGET_CREATED_AT, ds_str(value));
}

ds_predicate *gadget_created_at_le(const char *value) {
    return ds_pred_le(GADGET_CREATED_AT, ds_str(value));
}

ds_predicate *gadget_created_at_gt(const char *value) {
    return ds_pred_gt(GADGET_CREATED_AT, ds_str(value));
}

ds_predicate *gadget_created_at_ge(const char *value) {
    return ds_pred_ge(GADGET_CREATED_AT, ds_str(value));
}

ds_predicate *gadget_created_at_between(const char *low, const char *high) {
    return ds_pred_between(GADGET_CREATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *gadget_created_at_begins_with(const char *value) {
    return ds_pred_begins_with(GADGET_CREATED_AT, value);
}

ds_predicate *gadget_created_at_contains(const char *value) {
    return ds_pred_contains(GADGET_CREATED_AT, ds_str(value));
}

ds_predicate *gadget_created_at_not_contains(const char *value) {
    return ds_pred_not_contains(GADGET_CREATED_AT, ds_str(value));
}

ds_predicate *gadget_created_at_is_null(void) {
    return ds_pred_eq(GADGET_CREATED_AT, ds_null());
}

ds_predicate *gadget_created_at_is_not_null(void) {
    return ds_pred_ne(GADGET_CREATED_AT, ds_null());
}

ds_predicate *gadget_updated_at_eq(const char *value) {
    return ds_pred_eq(GADGET_UPDATED_AT, ds_str(value));
}

ds_predicate *gadget_updated_at_ne(const char *value) {
    return ds_pred_ne(GADGET_UPDATED_AT, ds_str(value));
}

ds_predicate *gadget_updated_at_lt(const char *value) {
    return ds_pred_lt(GADGET_UPDATED_AT, ds_str(value));
}

ds_predicate *gadget_updated_at_le(const char *value) {
    return ds_pred_le(GADGET_UPDATED_AT, ds_str(value));
}

ds_predicate *gadget_updated_at_gt(const char *value) {
    return ds_pred_gt(GADGET_UPDATED_AT, ds_str(value));
}

ds_predicate *gadget_updated_at_ge(const char *value) {
    return ds_pred_ge(GADGET_UPDATED_AT, ds_str(value));
}

ds_predicate *gadget_updated_at_between(const char *low, const char *high) {
    return ds_pred_between(GADGET_UPDATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *gadget_updated_at_begins_with(const char *value) {
    return ds_pred_begins_with(GADGET_UPDATED_AT, value);
}

ds_predicate *gadget_updated_at_contains(const char *value) {
    return ds_pred_contains(GADGET_UPDATED_AT, ds_str(value));
}

ds_predicate *gadget_updated_at_not_contains(const char *value) {
    return ds_pred_not_contains(GADGET_UPDATED_AT, ds_str(value));
}

ds_predicate *gadget_updated_at_is_null(void) {
    return ds_pred_eq(GADGET_UPDATED_AT, ds_null());
}

ds_predicate *gadget_updated_at_is_not_null(void) {
    return ds_pred_ne(GADGET_UPDATED_AT, ds_null());
}

ds_predicate *gadget_gadget_list_gadgets_id_eq(const char *value) {
    return ds_pred_eq(GADGET_GADGET_LIST_GADGETS_ID, ds_str(value));
}

ds_predicate *gadget_gadget_list_gadgets_id_ne(const char *value) {
    return ds_pred_ne(GADGET_GADGET_LIST_GADGETS_ID, ds_str(value));
}

ds_predicate *gadget_gadget_list_gadgets_id_lt(const char *value) {
    return ds_pred_lt(GADGET_GADGET_LIST_GADGETS_ID, ds_str(value));
}

ds_predicate *gadget_gadget_list_gadgets_id_le(const char *value) {
    return ds_pred_le(GADGET_GADGET_LIST_GADGETS_ID, ds_str(value));
}

ds_predicate *gadget_gadget_list_gadgets_id_gt(const char *value) {
    return ds_pred_gt(GADGET_GADGET_LIST_GADGETS_ID, ds_str(value));
}

ds_predicate *gadget_gadget_list_gadgets_id_ge(const char *value) {
    return ds_pred_ge(GADGET_GADGET_LIST_GADGETS_ID, ds_str(value));
}

ds_predicate *gadget_gadget_list_gadgets_id_between(const char *low, const char *high) {
    return ds_pred_between(GADGET_GADGET_LIST_GADGETS_ID, ds_str(low), ds_str(high));
}

ds_predicate *gadget_gadget_list_gadgets_id_begins_with(const char *value) {
    return ds_pred_begins_with(GADGET_GADGET_LIST_GADGETS_ID, value);
}

ds_predicate *gadget_gadget_list_gadgets_id_contains(const char *value) {
    return ds_pred_contains(GADGET_GADGET_LIST_GADGETS_ID, ds_str(value));
}

ds_predicate *gadget_gadget_list_gadgets_id_not_contains(const char *value) {
    return ds_pred_not_contains(GADGET_GADGET_LIST_GADGETS_ID, ds_str(value));
}

ds_predicate *gadget_gadget_list_gadgets_id_is_null(void) {
    return ds_pred_eq(GADGET_GADGET_LIST_GADGETS_ID, ds_null());
}

ds_predicate *gadget_gadget_list_gadgets_id_is_not_null(void) {
    return ds_pred_ne(GADGET_GADGET_LIST_GADGETS_ID, ds_null());
}

/* ---- model GadgetList ---- */

void gadget_list_init(GadgetList *value) {
    if (value)
        memset(value, 0, sizeof *value);
}

void gadget_list_free_2(GadgetList *value) {
    if (!value)
        return;
    free(value->id);
    free(value->created_at);
    free(value->updated_at);
    memset(value, 0, sizeof *value);
}

ds_status gadget_list_copy(GadgetList *out, const GadgetList *src, ds_error *err) {
    ds_status rc = DS_OK;
    *out = *src;
    out->id = NULL;
    out->created_at = NULL;
    out->updated_at = NULL;
    if ((rc = copy_string(&out->id, src->id, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->created_at, src->created_at, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->updated_at, src->updated_at, err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        gadget_list_free_2(out);
    return rc;
}

ds_status gadget_list_to_record(ds_record **out, const ds_schema *schema, const GadgetList *value,
    ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    *out = NULL;
    if (!schema && !(schema = models_schema()))
        return nomem(err);
    if ((rc = ds_record_new(&r, schema, "GadgetList", err)) != DS_OK)
        return rc;
    if (value->id && (rc = put(r, "id", ds_str(value->id), err)) != DS_OK)
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

ds_status gadget_list_from_record(GadgetList *out, const ds_record *record, ds_error *err) {
    ds_value val;
    ds_status rc;
    gadget_list_init(out);
    if ((rc = check_model(record, "GadgetList", err)) != DS_OK)
        return rc;
    if ((rc = get(record, "id", &val, err)) != DS_OK ||
        (rc = take_string(&out->id, &val, "GadgetList.id", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "createdAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->created_at, &val, "GadgetList.createdAt", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "updatedAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->updated_at, &val, "GadgetList.updatedAt", err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        gadget_list_free_2(out);
    return rc;
}

ds_status gadget_list_save(ds_store *store, GadgetList *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    GadgetList saved;
    ds_status rc;
    if ((rc = gadget_list_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    if ((rc = ds_save(store, r, condition, err)) == DS_OK &&
        (rc = gadget_list_from_record(&saved, r, err)) == DS_OK) {
        gadget_list_free_2(value);
        *value = saved;
    }
    ds_record_free(r);
    return rc;
}

ds_status gadget_list_get(ds_store *store, const char *id, GadgetList *out, ds_error *err) {
    ds_record *key = NULL, *found = NULL;
    ds_status rc;
    gadget_list_init(out);
    if ((rc = ds_record_new(&key, store ? ds_store_schema(store) : NULL, "GadgetList", err)) != DS_OK)
        goto done;
    if ((rc = put(key, "id", ds_str(id), err)) != DS_OK)
        goto done;
    if ((rc = ds_get(store, key, &found, err)) != DS_OK)
        goto done;
    rc = gadget_list_from_record(out, found, err);
done:
    ds_record_free(found);
    ds_record_free(key);
    return rc;
}

ds_status gadget_list_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    GadgetListList *out, ds_error *err) {
    ds_result *res = NULL;
    ds_status rc;
    out->items = NULL;
    out->count = 0;
    if ((rc = ds_query(store, "GadgetList", where, opts, &res, err)) != DS_OK)
        return rc;
    rc = gadget_list_list_from_result(out, res, err);
    ds_result_free(res);
    return rc;
}

void gadget_list_list_free(GadgetListList *list) {
    if (!list)
        return;
    for (size_t i = 0; list->items && i < list->count; i++)
        gadget_list_free_2(&list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}

ds_status gadget_list_delete(ds_store *store, const GadgetList *value, const ds_predicate *condition,
    ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    if ((rc = gadget_list_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    rc = ds_delete(store, r, condition, err);
    ds_record_free(r);
    return rc;
}

ds_status gadget_list_observe(ds_store *store, const ds_predicate *where, gadget_list_observe_fn fn,
    void *userdata, models_subscription **out, ds_error *err) {
    models_subscription *sub;
    ds_status rc;
    *out = NULL;
    if (!fn)
        return fail(err, DS_ERR_INVALID, "gadget_list_observe", "fn is NULL");
    if (!(sub = calloc(1, sizeof *sub)))
        return nomem(err);
    sub->fn.gadget_list_observe = fn;
    sub->userdata = userdata;
    if ((rc = ds_observe(store, "GadgetList", where, gadget_list_observed, sub, &sub->sub, err)) != DS_OK) {
        free(sub);
        return rc;
    }
    *out = sub;
    return DS_OK;
}

ds_status gadget_list_load_gadgets(ds_store *store, const GadgetList *value, GadgetList_2 *out,
    ds_error *err) {
    ds_record *r = NULL;
    ds_result *res = NULL;
    ds_status rc;
    out->items = NULL;
    out->count = 0;
    if ((rc = gadget_list_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK ||
        (rc = ds_load_related(store, r, "gadgets", &res, err)) != DS_OK)
        goto done;
    rc = gadget_list_from_result(out, res, err);
done:
    ds_result_free(res);
    ds_record_free(r);
    return rc;
}

ds_predicate *gadget_list_id_eq(const char *value) {
    return ds_pred_eq(GADGET_LIST_ID, ds_str(value));
}

ds_predicate *gadget_list_id_ne(const char *value) {
    return ds_pred_ne(GADGET_LIST_ID, ds_str(value));
}

ds_predicate *gadget_list_id_lt(const char *value) {
    return ds_pred_lt(GADGET_LIST_ID, ds_str(value));
}

ds_predicate *gadget_list_id_le(const char *value) {
    return ds_pred_le(GADGET_LIST_ID, ds_str(value));
}

ds_predicate *gadget_list_id_gt(const char *value) {
    return ds_pred_gt(GADGET_LIST_ID, ds_str(value));
}

ds_predicate *gadget_list_id_ge(const char *value) {
    return ds_pred_ge(GADGET_LIST_ID, ds_str(value));
}

ds_predicate *gadget_list_id_between(const char *low, const char *high) {
    return ds_pred_between(GADGET_LIST_ID, ds_str(low), ds_str(high));
}

ds_predicate *gadget_list_id_begins_with(const char *value) {
    return ds_pred_begins_with(GADGET_LIST_ID, value);
}

ds_predicate *gadget_list_id_contains(const char *value) {
    return ds_pred_contains(GADGET_LIST_ID, ds_str(value));
}

ds_predicate *gadget_list_id_not_contains(const char *value) {
    return ds_pred_not_contains(GADGET_LIST_ID, ds_str(value));
}

ds_predicate *gadget_list_created_at_eq(const char *value) {
    return ds_pred_eq(GADGET_LIST_CREATED_AT, ds_str(value));
}

ds_predicate *gadget_list_created_at_ne(const char *value) {
    return ds_pred_ne(GADGET_LIST_CREATED_AT, ds_str(value));
}

ds_predicate *gadget_list_created_at_lt(const char *value) {
    return ds_pred_lt(GADGET_LIST_CREATED_AT, ds_str(value));
}

ds_predicate *gadget_list_created_at_le(const char *value) {
    return ds_pred_le(GADGET_LIST_CREATED_AT, ds_str(value));
}

ds_predicate *gadget_list_created_at_gt(const char *value) {
    return ds_pred_gt(GADGET_LIST_CREATED_AT, ds_str(value));
}

ds_predicate *gadget_list_created_at_ge(const char *value) {
    return ds_pred_ge(GADGET_LIST_CREATED_AT, ds_str(value));
}

ds_predicate *gadget_list_created_at_between(const char *low, const char *high) {
    return ds_pred_between(GADGET_LIST_CREATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *gadget_list_created_at_begins_with(const char *value) {
    return ds_pred_begins_with(GADGET_LIST_CREATED_AT, value);
}

ds_predicate *gadget_list_created_at_contains(const char *value) {
    return ds_pred_contains(GADGET_LIST_CREATED_AT, ds_str(value));
}

ds_predicate *gadget_list_created_at_not_contains(const char *value) {
    return ds_pred_not_contains(GADGET_LIST_CREATED_AT, ds_str(value));
}

ds_predicate *gadget_list_created_at_is_null(void) {
    return ds_pred_eq(GADGET_LIST_CREATED_AT, ds_null());
}

ds_predicate *gadget_list_created_at_is_not_null(void) {
    return ds_pred_ne(GADGET_LIST_CREATED_AT, ds_null());
}

ds_predicate *gadget_list_updated_at_eq(const char *value) {
    return ds_pred_eq(GADGET_LIST_UPDATED_AT, ds_str(value));
}

ds_predicate *gadget_list_updated_at_ne(const char *value) {
    return ds_pred_ne(GADGET_LIST_UPDATED_AT, ds_str(value));
}

ds_predicate *gadget_list_updated_at_lt(const char *value) {
    return ds_pred_lt(GADGET_LIST_UPDATED_AT, ds_str(value));
}

ds_predicate *gadget_list_updated_at_le(const char *value) {
    return ds_pred_le(GADGET_LIST_UPDATED_AT, ds_str(value));
}

ds_predicate *gadget_list_updated_at_gt(const char *value) {
    return ds_pred_gt(GADGET_LIST_UPDATED_AT, ds_str(value));
}

ds_predicate *gadget_list_updated_at_ge(const char *value) {
    return ds_pred_ge(GADGET_LIST_UPDATED_AT, ds_str(value));
}

ds_predicate *gadget_list_updated_at_between(const char *low, const char *high) {
    return ds_pred_between(GADGET_LIST_UPDATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *gadget_list_updated_at_begins_with(const char *value) {
    return ds_pred_begins_with(GADGET_LIST_UPDATED_AT, value);
}

ds_predicate *gadget_list_updated_at_contains(const char *value) {
    return ds_pred_contains(GADGET_LIST_UPDATED_AT, ds_str(value));
}

ds_predicate *gadget_list_updated_at_not_contains(const char *value) {
    return ds_pred_not_contains(GADGET_LIST_UPDATED_AT, ds_str(value));
}

ds_predicate *gadget_list_updated_at_is_null(void) {
    return ds_pred_eq(GADGET_LIST_UPDATED_AT, ds_null());
}

ds_predicate *gadget_list_updated_at_is_not_null(void) {
    return ds_pred_ne(GADGET_LIST_UPDATED_AT, ds_null());
}

/* ---- model Slot ---- */

void slot_init(Slot *value) {
    if (value)
        memset(value, 0, sizeof *value);
}

void slot_free(Slot *value) {
    if (!value)
        return;
    free(value->store);
    free(value->err);
    free(value->created_at);
    free(value->updated_at);
    memset(value, 0, sizeof *value);
}

ds_status slot_copy(Slot *out, const Slot *src, ds_error *err) {
    ds_status rc = DS_OK;
    *out = *src;
    out->store = NULL;
    out->err = NULL;
    out->created_at = NULL;
    out->updated_at = NULL;
    if ((rc = copy_string(&out->store, src->store, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->err, src->err, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->created_at, src->created_at, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->updated_at, src->updated_at, err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        slot_free(out);
    return rc;
}

ds_status slot_to_record(ds_record **out, const ds_schema *schema, const Slot *value, ds_error *err) {
    ds_value val;
    ds_record *r = NULL;
    ds_status rc;
    *out = NULL;
    if (!schema && !(schema = models_schema()))
        return nomem(err);
    if ((rc = ds_record_new(&r, schema, "Slot", err)) != DS_OK)
        return rc;
    if ((rc = put(r, "store", ds_str(value->store), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "out", ds_int(value->out), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "err", ds_str(value->err), err)) != DS_OK)
        goto done;
    val = ds_null();
    if (value->has_class && (rc = enum_value(&val, class_to_string(value->class_2), "Slot.class", err)) != DS_OK)
        goto done;
    if ((rc = put(r, "class", val, err)) != DS_OK)
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

ds_status slot_from_record(Slot *out, const ds_record *record, ds_error *err) {
    ds_value val;
    ds_status rc;
    slot_init(out);
    if ((rc = check_model(record, "Slot", err)) != DS_OK)
        return rc;
    if ((rc = get(record, "store", &val, err)) != DS_OK ||
        (rc = take_string(&out->store, &val, "Slot.store", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "out", &val, err)) != DS_OK ||
        (rc = take_int32(&out->out, NULL, &val, "Slot.out", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "err", &val, err)) != DS_OK ||
        (rc = take_string(&out->err, &val, "Slot.err", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "class", &val, err)) != DS_OK ||
        (rc = take_class(&out->class_2, &out->has_class, &val, "Slot.class", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "createdAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->created_at, &val, "Slot.createdAt", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "updatedAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->updated_at, &val, "Slot.updatedAt", err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        slot_free(out);
    return rc;
}

ds_status slot_save(ds_store *store, Slot *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    Slot saved;
    ds_status rc;
    if ((rc = slot_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    if ((rc = ds_save(store, r, condition, err)) == DS_OK &&
        (rc = slot_from_record(&saved, r, err)) == DS_OK) {
        slot_free(value);
        *value = saved;
    }
    ds_record_free(r);
    return rc;
}

ds_status slot_get(ds_store *store, const char *store_2, int32_t out_2, const char *err_2, Slot *out,
    ds_error *err) {
    ds_record *key = NULL, *found = NULL;
    ds_status rc;
    slot_init(out);
    if ((rc = ds_record_new(&key, store ? ds_store_schema(store) : NULL, "Slot", err)) != DS_OK)
        goto done;
    if ((rc = put(key, "store", ds_str(store_2), err)) != DS_OK)
        goto done;
    if ((rc = put(key, "out", ds_int(out_2), err)) != DS_OK)
        goto done;
    if ((rc = put(key, "err", ds_str(err_2), err)) != DS_OK)
        goto done;
    if ((rc = ds_get(store, key, &found, err)) != DS_OK)
        goto done;
    rc = slot_from_record(out, found, err);
done:
    ds_record_free(found);
    ds_record_free(key);
    return rc;
}

ds_status slot_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts, SlotList *out,
    ds_error *err) {
    ds_result *res = NULL;
    ds_status rc;
    out->items = NULL;
    out->count = 0;
    if ((rc = ds_query(store, "Slot", where, opts, &res, err)) != DS_OK)
        return rc;
    rc = slot_list_from_result(out, res, err);
    ds_result_free(res);
    return rc;
}

void slot_list_free(SlotList *list) {
    if (!list)
        return;
    for (size_t i = 0; list->items && i < list->count; i++)
        slot_free(&list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}

ds_status slot_delete(ds_store *store, const Slot *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    if ((rc = slot_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    rc = ds_delete(store, r, condition, err);
    ds_record_free(r);
    return rc;
}

ds_status slot_observe(ds_store *store, const ds_predicate *where, slot_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err) {
    models_subscription *sub;
    ds_status rc;
    *out = NULL;
    if (!fn)
        return fail(err, DS_ERR_INVALID, "slot_observe", "fn is NULL");
    if (!(sub = calloc(1, sizeof *sub)))
        return nomem(err);
    sub->fn.slot_observe = fn;
    sub->userdata = userdata;
    if ((rc = ds_observe(store, "Slot", where, slot_observed, sub, &sub->sub, err)) != DS_OK) {
        free(sub);
        return rc;
    }
    *out = sub;
    return DS_OK;
}

ds_predicate *slot_store_eq(const char *value) {
    return ds_pred_eq(SLOT_STORE, ds_str(value));
}

ds_predicate *slot_store_ne(const char *value) {
    return ds_pred_ne(SLOT_STORE, ds_str(value));
}

ds_predicate *slot_store_lt(const char *value) {
    return ds_pred_lt(SLOT_STORE, ds_str(value));
}

ds_predicate *slot_store_le(const char *value) {
    return ds_pred_le(SLOT_STORE, ds_str(value));
}

ds_predicate *slot_store_gt(const char *value) {
    return ds_pred_gt(SLOT_STORE, ds_str(value));
}

ds_predicate *slot_store_ge(const char *value) {
    return ds_pred_ge(SLOT_STORE, ds_str(value));
}

ds_predicate *slot_store_between(const char *low, const char *high) {
    return ds_pred_between(SLOT_STORE, ds_str(low), ds_str(high));
}

ds_predicate *slot_store_begins_with(const char *value) {
    return ds_pred_begins_with(SLOT_STORE, value);
}

ds_predicate *slot_store_contains(const char *value) {
    return ds_pred_contains(SLOT_STORE, ds_str(value));
}

ds_predicate *slot_store_not_contains(const char *value) {
    return ds_pred_not_contains(SLOT_STORE, ds_str(value));
}

ds_predicate *slot_out_eq(int32_t value) {
    return ds_pred_eq(SLOT_OUT, ds_int(value));
}

ds_predicate *slot_out_ne(int32_t value) {
    return ds_pred_ne(SLOT_OUT, ds_int(value));
}

ds_predicate *slot_out_lt(int32_t value) {
    return ds_pred_lt(SLOT_OUT, ds_int(value));
}

ds_predicate *slot_out_le(int32_t value) {
    return ds_pred_le(SLOT_OUT, ds_int(value));
}

ds_predicate *slot_out_gt(int32_t value) {
    return ds_pred_gt(SLOT_OUT, ds_int(value));
}

ds_predicate *slot_out_ge(int32_t value) {
    return ds_pred_ge(SLOT_OUT, ds_int(value));
}

ds_predicate *slot_out_between(int32_t low, int32_t high) {
    return ds_pred_between(SLOT_OUT, ds_int(low), ds_int(high));
}

ds_predicate *slot_err_eq(const char *value) {
    return ds_pred_eq(SLOT_ERR, ds_str(value));
}

ds_predicate *slot_err_ne(const char *value) {
    return ds_pred_ne(SLOT_ERR, ds_str(value));
}

ds_predicate *slot_err_lt(const char *value) {
    return ds_pred_lt(SLOT_ERR, ds_str(value));
}

ds_predicate *slot_err_le(const char *value) {
    return ds_pred_le(SLOT_ERR, ds_str(value));
}

ds_predicate *slot_err_gt(const char *value) {
    return ds_pred_gt(SLOT_ERR, ds_str(value));
}

ds_predicate *slot_err_ge(const char *value) {
    return ds_pred_ge(SLOT_ERR, ds_str(value));
}

ds_predicate *slot_err_between(const char *low, const char *high) {
    return ds_pred_between(SLOT_ERR, ds_str(low), ds_str(high));
}

ds_predicate *slot_err_begins_with(const char *value) {
    return ds_pred_begins_with(SLOT_ERR, value);
}

ds_predicate *slot_err_contains(const char *value) {
    return ds_pred_contains(SLOT_ERR, ds_str(value));
}

ds_predicate *slot_err_not_contains(const char *value) {
    return ds_pred_not_contains(SLOT_ERR, ds_str(value));
}

ds_predicate *slot_class_eq(class_ value) {
    const char *s = class_to_string(value);
    return s ? ds_pred_eq(SLOT_CLASS, ds_str(s)) : NULL;
}

ds_predicate *slot_class_ne(class_ value) {
    const char *s = class_to_string(value);
    return s ? ds_pred_ne(SLOT_CLASS, ds_str(s)) : NULL;
}

ds_predicate *slot_class_is_null(void) {
    return ds_pred_eq(SLOT_CLASS, ds_null());
}

ds_predicate *slot_class_is_not_null(void) {
    return ds_pred_ne(SLOT_CLASS, ds_null());
}

ds_predicate *slot_created_at_eq(const char *value) {
    return ds_pred_eq(SLOT_CREATED_AT, ds_str(value));
}

ds_predicate *slot_created_at_ne(const char *value) {
    return ds_pred_ne(SLOT_CREATED_AT, ds_str(value));
}

ds_predicate *slot_created_at_lt(const char *value) {
    return ds_pred_lt(SLOT_CREATED_AT, ds_str(value));
}

ds_predicate *slot_created_at_le(const char *value) {
    return ds_pred_le(SLOT_CREATED_AT, ds_str(value));
}

ds_predicate *slot_created_at_gt(const char *value) {
    return ds_pred_gt(SLOT_CREATED_AT, ds_str(value));
}

ds_predicate *slot_created_at_ge(const char *value) {
    return ds_pred_ge(SLOT_CREATED_AT, ds_str(value));
}

ds_predicate *slot_created_at_between(const char *low, const char *high) {
    return ds_pred_between(SLOT_CREATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *slot_created_at_begins_with(const char *value) {
    return ds_pred_begins_with(SLOT_CREATED_AT, value);
}

ds_predicate *slot_created_at_contains(const char *value) {
    return ds_pred_contains(SLOT_CREATED_AT, ds_str(value));
}

ds_predicate *slot_created_at_not_contains(const char *value) {
    return ds_pred_not_contains(SLOT_CREATED_AT, ds_str(value));
}

ds_predicate *slot_created_at_is_null(void) {
    return ds_pred_eq(SLOT_CREATED_AT, ds_null());
}

ds_predicate *slot_created_at_is_not_null(void) {
    return ds_pred_ne(SLOT_CREATED_AT, ds_null());
}

ds_predicate *slot_updated_at_eq(const char *value) {
    return ds_pred_eq(SLOT_UPDATED_AT, ds_str(value));
}

ds_predicate *slot_updated_at_ne(const char *value) {
    return ds_pred_ne(SLOT_UPDATED_AT, ds_str(value));
}

ds_predicate *slot_updated_at_lt(const char *value) {
    return ds_pred_lt(SLOT_UPDATED_AT, ds_str(value));
}

ds_predicate *slot_updated_at_le(const char *value) {
    return ds_pred_le(SLOT_UPDATED_AT, ds_str(value));
}

ds_predicate *slot_updated_at_gt(const char *value) {
    return ds_pred_gt(SLOT_UPDATED_AT, ds_str(value));
}

ds_predicate *slot_updated_at_ge(const char *value) {
    return ds_pred_ge(SLOT_UPDATED_AT, ds_str(value));
}

ds_predicate *slot_updated_at_between(const char *low, const char *high) {
    return ds_pred_between(SLOT_UPDATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *slot_updated_at_begins_with(const char *value) {
    return ds_pred_begins_with(SLOT_UPDATED_AT, value);
}

ds_predicate *slot_updated_at_contains(const char *value) {
    return ds_pred_contains(SLOT_UPDATED_AT, ds_str(value));
}

ds_predicate *slot_updated_at_not_contains(const char *value) {
    return ds_pred_not_contains(SLOT_UPDATED_AT, ds_str(value));
}

ds_predicate *slot_updated_at_is_null(void) {
    return ds_pred_eq(SLOT_UPDATED_AT, ds_null());
}

ds_predicate *slot_updated_at_is_not_null(void) {
    return ds_pred_ne(SLOT_UPDATED_AT, ds_null());
}
