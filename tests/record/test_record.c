/*
 * Records: life cycle, setters and getters for every field kind, null and
 * unset, metadata, relationship fields, copy and equality, identifiers, and
 * the store's trusted setter.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datastore/record.h"
#include "record/internal.h"

static ds_schema *load(const char *path) {
    ds_schema *s = NULL;
    ds_error err = DS_ERROR_INIT;
    ds_status rc = ds_schema_load(&s, path, &err);
    if (rc != DS_OK)
        fprintf(stderr, "%s: %s\n", path, err.message);
    assert_int_equal(rc, DS_OK);
    return s;
}

static ds_schema *parse(const char *text) {
    ds_schema *s = NULL;
    ds_error err = DS_ERROR_INIT;
    ds_status rc = ds_schema_parse(&s, text, strlen(text), "inline.graphql", &err);
    if (rc != DS_OK)
        fprintf(stderr, "%s\n", err.message);
    assert_int_equal(rc, DS_OK);
    return s;
}

static ds_record *make(const ds_schema *s, const char *model) {
    ds_record *r = NULL;
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_record_new(&r, s, model, &err), DS_OK);
    assert_non_null(r);
    return r;
}

#define SCALARS DS_SHARED_DIR "/fixtures/schemas/scalars/schema.graphql"
#define KEYS DS_SHARED_DIR "/fixtures/schemas/custom-keys/schema.graphql"
#define EMBEDDED DS_SOURCE_DIR "/tests/fixtures/schemas/embedded/schema.graphql"

static int setup_scalars(void **state) {
    *state = load(SCALARS);
    return 0;
}

static int teardown_schema(void **state) {
    ds_schema_free(*state);
    return 0;
}

/* ---- life cycle ----------------------------------------------------------- */

static void new_record_is_empty_and_bound_to_its_model(void **state) {
    ds_record *r = make(*state, "Everything");
    assert_string_equal(ds_record_model(r)->name, "Everything");
    assert_false(ds_record_has(r, "aString"));
    assert_true(ds_record_is_null(r, "aString"));
    ds_value v = ds_int(1);
    assert_int_equal(ds_record_get(r, "aString", &v), DS_OK);
    assert_int_equal(v.type, DS_VALUE_NULL);
    assert_false(ds_record_has(r, "_version"));
    ds_record_free(r);
    ds_record_free(NULL);
    assert_null(ds_record_model(NULL));
}

static void new_refuses_unknown_models_and_null_arguments(void **state) {
    ds_record *r = (ds_record *)1;
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_record_new(&r, *state, "Nope", &err), DS_ERR_INVALID);
    assert_null(r);
    assert_non_null(strstr(err.message, "Nope"));
    assert_int_equal(ds_record_new(&r, NULL, "Everything", &err), DS_ERR_INVALID);
    assert_int_equal(ds_record_new(&r, *state, NULL, &err), DS_ERR_INVALID);
    assert_int_equal(ds_record_new(NULL, *state, "Everything", &err), DS_ERR_INVALID);
}

static void new_accepts_non_model_types(void **state) {
    (void)state;
    ds_schema *s = load(EMBEDDED);
    ds_record *r = make(s, "Address");
    assert_false(ds_record_model(r)->is_model);
    assert_int_equal(ds_record_set_string(r, "city", "Oslo", NULL), DS_OK);
    assert_string_equal(ds_record_get_string(r, "city"), "Oslo");
    ds_record_free(r);
    ds_schema_free(s);
}

/* ---- every scalar kind ------------------------------------------------------- */

static void string_scalars_are_set_and_read_as_strings(void **state) {
    static const char *const fields[][2] = {
        {"id", "abc"},          {"aString", "héllo"},         {"aDate", "2024-02-29"},
        {"aTime", "12:30:00"},  {"aDateTime", "2024-01-01T00:00:00Z"}, {"anEmail", "a@b.co"},
        {"aURL", "https://x.y/z"}, {"aPhone", "+1 555 123 4567"}, {"anIPAddress", "10.0.0.1"},
        {"anEnum", "HIGH"},     {"otherId", ""},              {"aJSON", "{\"a\":[1,2]}"},
    };
    ds_record *r = make(*state, "Everything");
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        ds_error err = DS_ERROR_INIT;
        assert_int_equal(ds_record_set_string(r, fields[i][0], fields[i][1], &err), DS_OK);
        assert_string_equal(ds_record_get_string(r, fields[i][0]), fields[i][1]);
        ds_value v;
        assert_int_equal(ds_record_get(r, fields[i][0], &v), DS_OK);
        assert_int_equal(v.type, DS_VALUE_STRING);
        assert_int_equal(v.u.s.len, strlen(fields[i][1]));
        assert_true(ds_record_has(r, fields[i][0]));
        assert_false(ds_record_is_null(r, fields[i][0]));
    }
    ds_record_free(r);
}

static void int_and_timestamp_fields_hold_int64(void **state) {
    ds_record *r = make(*state, "Everything");
    assert_int_equal(ds_record_set_int(r, "anInt", -42, NULL), DS_OK);
    assert_int_equal(ds_record_get_int(r, "anInt", 0), -42);
    assert_int_equal(ds_record_set_int(r, "aTimestamp", INT64_C(1700000000123), NULL), DS_OK);
    assert_int_equal(ds_record_get_int(r, "aTimestamp", 0), INT64_C(1700000000123));
    /* Out of 32-bit range is a value problem, found by validation, not here. */
    assert_int_equal(ds_record_set_int(r, "anInt", INT64_C(1) << 40, NULL), DS_OK);
    ds_value v;
    ds_record_get(r, "anInt", &v);
    assert_int_equal(v.type, DS_VALUE_INT);
    ds_record_free(r);
}

static void float_fields_take_ints_and_int_fields_take_integral_floats(void **state) {
    ds_record *r = make(*state, "Everything");
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_record_set_float(r, "aFloat", 2.5, NULL), DS_OK);
    assert_true(ds_record_get_float(r, "aFloat", 0) == 2.5);
    assert_int_equal(ds_record_set_int(r, "aFloat", 3, NULL), DS_OK);
    ds_value v;
    ds_record_get(r, "aFloat", &v);
    assert_int_equal(v.type, DS_VALUE_FLOAT);
    assert_true(v.u.f == 3.0);
    assert_int_equal(ds_record_set_float(r, "anInt", 7.0, NULL), DS_OK);
    assert_int_equal(ds_record_get_int(r, "anInt", 0), 7);
    assert_int_equal(ds_record_set_float(r, "anInt", 7.5, &err), DS_ERR_INVALID);
    assert_string_equal(err.message, "Everything.anInt: expected an Int, got a number 7.5");
    assert_int_equal(ds_record_get_int(r, "anInt", 0), 7); /* unchanged */
    /* Reading an Int as a Float widens it. */
    assert_true(ds_record_get_float(r, "anInt", 0) == 7.0);
    ds_record_free(r);
}

static void boolean_fields_hold_bools(void **state) {
    ds_record *r = make(*state, "Everything");
    assert_int_equal(ds_record_set_bool(r, "aBoolean", true, NULL), DS_OK);
    assert_true(ds_record_get_bool(r, "aBoolean", false));
    assert_int_equal(ds_record_set_bool(r, "aBoolean", false, NULL), DS_OK);
    assert_false(ds_record_get_bool(r, "aBoolean", true));
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_record_set_int(r, "aBoolean", 1, &err), DS_ERR_INVALID);
    assert_string_equal(err.message, "Everything.aBoolean: expected a Boolean, got an integer 1");
    ds_record_free(r);
}

static void enums_are_strings_checked_for_membership_only_by_validate(void **state) {
    ds_record *r = make(*state, "Everything");
    assert_int_equal(ds_record_set_string(r, "anEnum", "NOT_A_PRIORITY", NULL), DS_OK);
    assert_string_equal(ds_record_get_string(r, "anEnum"), "NOT_A_PRIORITY");
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_record_set_int(r, "anEnum", 1, &err), DS_ERR_INVALID);
    assert_string_equal(err.message, "Everything.anEnum: expected a value of enum Priority, got an integer 1");
    ds_record_free(r);
}

static void awsjson_holds_json_text_given_as_string_or_as_json(void **state) {
    ds_record *r = make(*state, "Everything");
    /* As a string: kept verbatim (its syntax is checked by validate). */
    assert_int_equal(ds_record_set_string(r, "aJSON", "{ \"a\": 1 }", NULL), DS_OK);
    assert_string_equal(ds_record_get_string(r, "aJSON"), "{ \"a\": 1 }");
    /* As JSON: a raw value becomes its compact text... */
    assert_int_equal(ds_record_set_json(r, "aJSON", "{\"b\": [true, 0.5]}", NULL), DS_OK);
    assert_string_equal(ds_record_get_string(r, "aJSON"), "{\"b\":[true,0.5]}");
    /* ...and a JSON string is the text itself (the wire form). */
    assert_int_equal(ds_record_set_json(r, "aJSON", "\"[1,2]\"", NULL), DS_OK);
    assert_string_equal(ds_record_get_string(r, "aJSON"), "[1,2]");
    char *j = ds_record_get_json(r, "aJSON");
    assert_string_equal(j, "\"[1,2]\"");
    ds_free(j);
    ds_record_free(r);
}

static void setters_refuse_a_value_of_the_wrong_kind_and_leave_the_record_unchanged(void **state) {
    ds_record *r = make(*state, "Everything");
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_record_set_int(r, "anInt", 5, NULL), DS_OK);
    assert_int_equal(ds_record_set_string(r, "anInt", "abc", &err), DS_ERR_INVALID);
    assert_int_equal(err.code, DS_ERR_INVALID);
    assert_string_equal(err.message, "Everything.anInt: expected an Int, got a string \"abc\"");
    assert_int_equal(ds_record_get_int(r, "anInt", 0), 5);
    assert_int_equal(ds_record_set_bool(r, "aString", true, &err), DS_ERR_INVALID);
    assert_string_equal(err.message, "Everything.aString: expected a String, got a boolean true");
    assert_int_equal(ds_record_set_float(r, "aDate", 1.5, &err), DS_ERR_INVALID);
    assert_string_equal(err.message, "Everything.aDate: expected an AWSDate, got a number 1.5");
    assert_int_equal(ds_record_set_int(r, "aJSON", 1, &err), DS_ERR_INVALID);
    assert_false(ds_record_has(r, "aJSON"));
    ds_record_free(r);
}

static void long_values_are_cut_in_messages(void **state) {
    ds_record *r = make(*state, "Everything");
    char big[300];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_record_set_string(r, "anInt", big, &err), DS_ERR_INVALID);
    assert_true(strlen(err.message) < 150);
    assert_non_null(strstr(err.message, "\"..."));
    ds_record_free(r);
}

static void long_multibyte_values_are_cut_on_a_character_boundary(void **state) {
    ds_record *r = make(*state, "Everything");
    char big[400] = "";
    size_t n = 0;
    for (int i = 0; i < 70; i++) { /* "é€" repeated: 2- and 3-byte characters */
        memcpy(big + n, "\xc3\xa9\xe2\x82\xac", 5);
        n += 5;
    }
    big[n] = '\0';
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_record_set_string(r, "anInt", big, &err), DS_ERR_INVALID);
    const char *q = strchr(err.message, '"') + 1, *end = strstr(q, "\"...");
    assert_non_null(end);
    /* What is quoted is whole characters only. */
    assert_int_equal((size_t)(end - q) % 5 == 0 || (size_t)(end - q) % 5 == 2, 1);
    assert_int_equal(ds_record_set_json(r, "aJSON", "1", NULL), DS_OK);
    ds_record_free(r);
}

static void setters_refuse_unknown_fields(void **state) {
    ds_record *r = make(*state, "Everything");
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_record_set_string(r, "nope", "x", &err), DS_ERR_INVALID);
    assert_string_equal(err.message, "Everything.nope: no such field in Everything");
    assert_int_equal(ds_record_set_json(r, "nope", "1", &err), DS_ERR_INVALID);
    assert_int_equal(ds_record_unset(r, "nope", &err), DS_ERR_INVALID);
    ds_value v;
    assert_int_equal(ds_record_get(r, "nope", &v), DS_ERR_NOTFOUND);
    assert_int_equal(v.type, DS_VALUE_NULL);
    assert_null(ds_record_get_json(r, "nope"));
    assert_null(ds_record_get_string(r, "nope"));
    assert_int_equal(ds_record_get_int(r, "nope", 9), 9);
    assert_false(ds_record_has(r, "nope"));
    assert_true(ds_record_is_null(r, "nope"));
    ds_record_free(r);
}

static void strings_must_be_utf8(void **state) {
    ds_record *r = make(*state, "Everything");
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_record_set_string(r, "aString", "bad \xff byte", &err), DS_ERR_INVALID);
    assert_non_null(strstr(err.message, "not valid UTF-8"));
    ds_value v = {.type = DS_VALUE_STRING, .u.s = {"a\0b", 3}};
    assert_int_equal(ds_record_set(r, "aString", &v, &err), DS_ERR_INVALID);
    assert_false(ds_record_has(r, "aString"));
    ds_record_free(r);
}

/* ---- null and unset ------------------------------------------------------------ */

static void null_is_a_value_and_unset_is_its_absence(void **state) {
    ds_record *r = make(*state, "Everything");
    assert_int_equal(ds_record_set_string(r, "aString", "x", NULL), DS_OK);
    assert_int_equal(ds_record_set_null(r, "aString", NULL), DS_OK);
    assert_true(ds_record_has(r, "aString"));
    assert_true(ds_record_is_null(r, "aString"));
    assert_null(ds_record_get_string(r, "aString"));
    assert_int_equal(ds_record_unset(r, "aString", NULL), DS_OK);
    assert_false(ds_record_has(r, "aString"));
    assert_true(ds_record_is_null(r, "aString"));
    /* A NULL C string means null. */
    assert_int_equal(ds_record_set_string(r, "aString", NULL, NULL), DS_OK);
    assert_true(ds_record_has(r, "aString"));
    assert_true(ds_record_is_null(r, "aString"));
    /* Null fits every field kind; required-ness is validate's business. */
    assert_int_equal(ds_record_set_null(r, "requiredInt", NULL), DS_OK);
    assert_int_equal(ds_record_set_null(r, "requiredStringsRequiredItems", NULL), DS_OK);
    ds_record_free(r);
}

/* ---- lists ---------------------------------------------------------------------- */

static void lists_are_set_from_json_and_read_as_json(void **state) {
    ds_record *r = make(*state, "Everything");
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_record_set_json(r, "strings", "[\"a\", null, \"c\"]", &err), DS_OK);
    ds_value v;
    assert_int_equal(ds_record_get(r, "strings", &v), DS_OK);
    assert_int_equal(v.type, DS_VALUE_JSON);
    assert_string_equal(v.u.s.ptr, "[\"a\",null,\"c\"]");
    assert_int_equal(v.u.s.len, strlen(v.u.s.ptr));
    const ds_field *f = ds_model_field(ds_record_model(r), "strings");
    json_t *j = ds__record_json(r, f);
    assert_true(json_is_array(j));
    assert_int_equal(json_array_size(j), 3);
    assert_null(ds_record_get_string(r, "strings")); /* not a string */
    /* A list value given through ds_record_set as DS_VALUE_JSON. */
    ds_value lv = {.type = DS_VALUE_JSON, .u.s = {"[1,2,3]", 7}};
    assert_int_equal(ds_record_set(r, "ints", &lv, &err), DS_OK);
    char *t = ds_record_get_json(r, "ints");
    assert_string_equal(t, "[1,2,3]");
    ds_free(t);
    /* An empty list is a value, distinct from null. */
    assert_int_equal(ds_record_set_json(r, "floats", "[]", &err), DS_OK);
    assert_false(ds_record_is_null(r, "floats"));
    assert_int_equal(ds_record_set_json(r, "floats", "null", &err), DS_OK);
    assert_true(ds_record_is_null(r, "floats"));
    assert_true(ds_record_has(r, "floats"));
    assert_null(ds__record_json(r, ds_model_field(ds_record_model(r), "floats")));
    ds_record_free(r);
}

static void list_fields_refuse_scalars_and_items_of_the_wrong_kind(void **state) {
    ds_record *r = make(*state, "Everything");
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_record_set_string(r, "strings", "a", &err), DS_ERR_INVALID);
    assert_string_equal(err.message, "Everything.strings: expected a list of String, got a string \"a\" "
                                     "(give lists and embedded values as JSON text)");
    assert_int_equal(ds_record_set_json(r, "ints", "[1, \"2\"]", &err), DS_ERR_INVALID);
    assert_string_equal(err.message, "Everything.ints[1]: expected an Int, got a string \"2\"");
    assert_int_equal(ds_record_set_json(r, "enums", "[\"LOW\", 3]", &err), DS_ERR_INVALID);
    assert_string_equal(err.message, "Everything.enums[1]: expected a value of enum Priority, got an integer 3");
    assert_int_equal(ds_record_set_json(r, "booleans", "{\"a\":1}", &err), DS_ERR_INVALID);
    assert_string_equal(err.message, "Everything.booleans: expected a list of Boolean, got an object");
    assert_false(ds_record_has(r, "ints"));
    ds_record_free(r);
}

/* ---- relationships ----------------------------------------------------------------- */

static void relationship_fields_cannot_be_set_and_name_their_foreign_keys(void **state) {
    (void)state;
    ds_schema *s = load(KEYS);
    ds_record *order = make(s, "Order");
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_record_set_string(order, "customer", "c1", &err), DS_ERR_INVALID);
    assert_string_equal(err.message, "Order.customer: a relationship to Customer cannot be set; "
                                     "set its foreign key field customerId instead");
    assert_int_equal(ds_record_set_null(order, "customer", &err), DS_ERR_INVALID);
    assert_int_equal(ds_record_set_json(order, "customer", "{}", &err), DS_ERR_INVALID);
    assert_int_equal(ds_record_unset(order, "customer", &err), DS_OK);
    assert_false(ds_record_has(order, "customer"));
    ds_value v;
    assert_int_equal(ds_record_get(order, "customer", &v), DS_OK);
    assert_int_equal(v.type, DS_VALUE_NULL);
    char *j = ds_record_get_json(order, "customer");
    assert_string_equal(j, "null");
    ds_free(j);

    ds_record *stock = make(s, "StockItem");
    assert_int_equal(ds_record_set_null(stock, "product", &err), DS_ERR_INVALID);
    assert_string_equal(err.message, "StockItem.product: a relationship to Product cannot be set; set its foreign "
                                     "key fields productSku, productWarehouse, productBinNumber instead");

    ds_record *customer = make(s, "Customer");
    assert_int_equal(ds_record_set_json(customer, "orders", "[]", &err), DS_ERR_INVALID);
    assert_string_equal(err.message, "Customer.orders: a relationship to Order cannot be set; "
                                     "set Order.customerId on the related records instead");
    ds_record_free(customer);
    ds_record_free(stock);
    ds_record_free(order);
    ds_schema_free(s);
}

/* ---- metadata ---------------------------------------------------------------------- */

static void metadata_is_readable_and_settable_by_name(void **state) {
    ds_record *r = make(*state, "Everything");
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_record_set_int(r, "_version", 3, &err), DS_OK);
    assert_int_equal(ds_record_set_int(r, "_lastChangedAt", INT64_C(1700000000000), &err), DS_OK);
    assert_int_equal(ds_record_set_bool(r, "_deleted", true, &err), DS_OK);
    assert_int_equal(ds_record_get_int(r, "_version", 0), 3);
    assert_int_equal(ds_record_get_int(r, "_lastChangedAt", 0), INT64_C(1700000000000));
    assert_true(ds_record_get_bool(r, "_deleted", false));
    assert_true(ds_record_has(r, "_version"));
    const ds__meta *m = ds__record_meta(r);
    assert_true(m->has_version && m->has_last_changed && m->has_deleted);
    assert_int_equal(m->version, 3);
    assert_true(m->deleted);

    assert_int_equal(ds_record_set_string(r, "_version", "4", &err), DS_ERR_INVALID);
    assert_string_equal(err.message, "Everything._version: expected an Int, got a string \"4\"");
    assert_int_equal(ds_record_set_int(r, "_deleted", 1, &err), DS_ERR_INVALID);
    assert_string_equal(err.message, "Everything._deleted: expected a Boolean, got an integer 1");
    assert_int_equal(ds_record_set_json(r, "_version", "5", &err), DS_OK);
    assert_int_equal(ds_record_get_int(r, "_version", 0), 5);
    char *j = ds_record_get_json(r, "_deleted");
    assert_string_equal(j, "true");
    ds_free(j);

    assert_int_equal(ds_record_set_null(r, "_version", &err), DS_OK);
    assert_false(ds_record_has(r, "_version"));
    assert_int_equal(ds_record_unset(r, "_deleted", &err), DS_OK);
    assert_false(ds_record_has(r, "_deleted"));
    j = ds_record_get_json(r, "_version");
    assert_string_equal(j, "null");
    ds_free(j);

    ds__meta nm = {.has_version = true, .version = 9};
    ds__record_set_meta(r, &nm);
    assert_int_equal(ds_record_get_int(r, "_version", 0), 9);
    assert_false(ds_record_has(r, "_lastChangedAt"));
    ds_record_free(r);
}

/* ---- copy and equality --------------------------------------------------------------- */

static ds_record *filled(const ds_schema *s) {
    ds_record *r = make(s, "Everything");
    assert_int_equal(ds_record_set_string(r, "id", "e1", NULL), DS_OK);
    assert_int_equal(ds_record_set_string(r, "aString", "x", NULL), DS_OK);
    assert_int_equal(ds_record_set_int(r, "anInt", 1, NULL), DS_OK);
    assert_int_equal(ds_record_set_float(r, "aFloat", 0.25, NULL), DS_OK);
    assert_int_equal(ds_record_set_bool(r, "aBoolean", true, NULL), DS_OK);
    assert_int_equal(ds_record_set_json(r, "ints", "[1,2]", NULL), DS_OK);
    assert_int_equal(ds_record_set_null(r, "aDate", NULL), DS_OK);
    assert_int_equal(ds_record_set_int(r, "_version", 2, NULL), DS_OK);
    return r;
}

static void copy_is_deep_and_equal_to_the_original(void **state) {
    ds_record *a = filled(*state), *b = NULL;
    assert_int_equal(ds_record_copy(&b, a, NULL), DS_OK);
    assert_true(ds_record_equal(a, b));
    assert_ptr_not_equal(ds_record_get_string(a, "aString"), ds_record_get_string(b, "aString"));
    assert_int_equal(ds_record_set_json(b, "ints", "[1,3]", NULL), DS_OK);
    assert_false(ds_record_equal(a, b));
    char *t = ds_record_get_json(a, "ints");
    assert_string_equal(t, "[1,2]"); /* the original keeps its list */
    ds_free(t);
    ds_record_free(a); /* the copy outlives its source */
    assert_string_equal(ds_record_get_string(b, "aString"), "x");
    ds_record_free(b);
    assert_int_equal(ds_record_copy(NULL, NULL, NULL), DS_ERR_INVALID);
}

static void equality_treats_unset_as_null_and_compares_metadata(void **state) {
    ds_record *a = filled(*state), *b = filled(*state);
    assert_true(ds_record_equal(a, b));
    assert_int_equal(ds_record_unset(b, "aDate", NULL), DS_OK); /* null vs unset */
    assert_true(ds_record_equal(a, b));
    assert_int_equal(ds_record_set_int(b, "_version", 3, NULL), DS_OK);
    assert_false(ds_record_equal(a, b));
    assert_int_equal(ds_record_set_int(b, "_version", 2, NULL), DS_OK);
    assert_true(ds_record_equal(a, b));
    assert_int_equal(ds_record_set_bool(b, "_deleted", false, NULL), DS_OK);
    assert_false(ds_record_equal(a, b)); /* known false differs from unknown */
    assert_int_equal(ds_record_unset(b, "_deleted", NULL), DS_OK);
    assert_int_equal(ds_record_set_float(b, "aFloat", 0.5, NULL), DS_OK);
    assert_false(ds_record_equal(a, b));
    assert_int_equal(ds_record_set_float(b, "aFloat", 0.25, NULL), DS_OK);
    assert_int_equal(ds_record_set_string(b, "aString", "y", NULL), DS_OK);
    assert_false(ds_record_equal(a, b));
    assert_int_equal(ds_record_set_string(b, "aString", "x", NULL), DS_OK);
    assert_int_equal(ds_record_set_json(b, "ints", "[1.0, 2]", NULL), DS_OK); /* normalized to ints */
    assert_true(ds_record_equal(a, b));
    /* A NaN equals itself (exact comparison otherwise). */
    assert_int_equal(ds_record_set_float(a, "aFloat", NAN, NULL), DS_OK);
    assert_int_equal(ds_record_set_float(b, "aFloat", NAN, NULL), DS_OK);
    assert_true(ds_record_equal(a, b));
    assert_true(ds_record_equal(a, a));
    assert_false(ds_record_equal(a, NULL));
    ds_record_free(a);
    ds_record_free(b);
}

static void records_of_different_models_are_never_equal(void **state) {
    (void)state;
    ds_schema *s = load(KEYS);
    ds_record *a = make(s, "Order"), *b = make(s, "StockItem");
    assert_false(ds_record_equal(a, b));
    ds_record_free(a);
    ds_record_free(b);
    ds_schema_free(s);
}

/* ---- identifiers ------------------------------------------------------------------------ */

static void identifier_of_a_single_key_is_its_value(void **state) {
    ds_record *r = make(*state, "Everything");
    char *id = NULL;
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_record_set_string(r, "id", "a\"b#c", NULL), DS_OK);
    assert_int_equal(ds_record_identifier(r, &id, &err), DS_OK);
    assert_string_equal(id, "a\"b#c"); /* single keys are not quoted or escaped */
    ds_free(id);
    ds_record_free(r);

    ds_schema *s = parse("type Counter @model { n: Int! @primaryKey label: String }\n"
                         "type Scale @model { x: Float! @primaryKey }");
    r = make(s, "Counter");
    assert_int_equal(ds_record_set_int(r, "n", -17, NULL), DS_OK);
    assert_int_equal(ds_record_identifier(r, &id, &err), DS_OK);
    assert_string_equal(id, "-17");
    ds_free(id);
    ds_record_free(r);
    r = make(s, "Scale");
    assert_int_equal(ds_record_set_float(r, "x", 0.1, NULL), DS_OK);
    assert_int_equal(ds_record_identifier(r, &id, &err), DS_OK);
    assert_string_equal(id, "0.1");
    ds_free(id);
    ds_record_free(r);
    ds_schema_free(s);
}

static void identifier_of_a_composite_key_quotes_and_escapes_each_value(void **state) {
    (void)state;
    ds_schema *s = load(KEYS);
    ds_record *p = make(s, "Product");
    assert_int_equal(ds_record_set_string(p, "sku", "a\"b", NULL), DS_OK);
    assert_int_equal(ds_record_set_string(p, "warehouse", "w\\x#", NULL), DS_OK);
    assert_int_equal(ds_record_set_int(p, "binNumber", 7, NULL), DS_OK);
    char *id = NULL;
    assert_int_equal(ds_record_identifier(p, &id, NULL), DS_OK);
    assert_string_equal(id, "\"a\\\"b\"#\"w\\\\x#\"#\"7\"");
    ds_free(id);

    ds_record *o = make(s, "Order");
    assert_int_equal(ds_record_set_string(o, "id", "o1", NULL), DS_OK);
    assert_int_equal(ds_record_set_string(o, "orderDate", "2024-05-01", NULL), DS_OK);
    assert_int_equal(ds_record_identifier(o, &id, NULL), DS_OK);
    assert_string_equal(id, "\"o1\"#\"2024-05-01\"");
    ds_free(id);

    ds_record *c = make(s, "Customer");
    assert_int_equal(ds_record_set_string(c, "customerId", "c-1", NULL), DS_OK);
    assert_int_equal(ds_record_identifier(c, &id, NULL), DS_OK);
    assert_string_equal(id, "c-1");
    ds_free(id);
    ds_record_free(c);
    ds_record_free(o);
    ds_record_free(p);
    ds_schema_free(s);
}

static void identifier_writes_enums_and_floats_as_text(void **state) {
    (void)state;
    ds_schema *s = parse("enum Level { LOW HIGH }\n"
                         "type Reading @model { sensor: String! @primaryKey(sortKeyFields: [\"level\", \"value\"]) "
                         "level: Level! value: Float! }");
    ds_record *r = make(s, "Reading");
    assert_int_equal(ds_record_set_string(r, "sensor", "s\\1", NULL), DS_OK);
    assert_int_equal(ds_record_set_string(r, "level", "HIGH", NULL), DS_OK);
    assert_int_equal(ds_record_set_float(r, "value", 2.0, NULL), DS_OK);
    char *id = NULL;
    assert_int_equal(ds_record_identifier(r, &id, NULL), DS_OK);
    assert_string_equal(id, "\"s\\\\1\"#\"HIGH\"#\"2\"");
    ds_free(id);
    assert_int_equal(ds_record_identifier(r, NULL, NULL), DS_ERR_INVALID);
    assert_int_equal(ds_record_identifier(NULL, &id, NULL), DS_ERR_INVALID);
    ds_record_free(r);
    ds_schema_free(s);
}

static void identifier_needs_every_key_field(void **state) {
    (void)state;
    ds_schema *s = load(KEYS);
    ds_record *p = make(s, "Product");
    char *id = (char *)1;
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_record_set_string(p, "sku", "s", NULL), DS_OK);
    assert_int_equal(ds_record_set_string(p, "warehouse", "w", NULL), DS_OK);
    assert_int_equal(ds_record_identifier(p, &id, &err), DS_ERR_INVALID);
    assert_null(id);
    assert_string_equal(err.message, "Product.binNumber: the primary key field is unset");
    assert_int_equal(ds_record_set_null(p, "binNumber", NULL), DS_OK);
    assert_int_equal(ds_record_identifier(p, &id, &err), DS_ERR_INVALID);
    assert_string_equal(err.message, "Product.binNumber: the primary key field is null");
    ds_record_free(p);
    ds_schema_free(s);

    s = load(EMBEDDED);
    ds_record *a = make(s, "Address");
    assert_int_equal(ds_record_identifier(a, &id, &err), DS_ERR_INVALID);
    ds_record_free(a);
    ds_schema_free(s);
}

/* ---- the generic setter and value constructors --------------------------------------------- */

static void value_constructors_make_borrowed_values(void **state) {
    (void)state;
    assert_int_equal(ds_null().type, DS_VALUE_NULL);
    assert_true(ds_bool(true).u.b);
    assert_int_equal(ds_int(-3).u.i, -3);
    assert_true(ds_float(1.5).u.f == 1.5);
    const char *text = "abc";
    ds_value s = ds_str(text);
    assert_int_equal(s.type, DS_VALUE_STRING);
    assert_ptr_equal(s.u.s.ptr, text);
    assert_int_equal(s.u.s.len, 3);
    assert_int_equal(ds_str(NULL).type, DS_VALUE_NULL);
}

static void generic_setter_dispatches_on_the_value_type(void **state) {
    ds_record *r = make(*state, "Everything");
    ds_value v = ds_int(4);
    assert_int_equal(ds_record_set(r, "anInt", &v, NULL), DS_OK);
    v = ds_str("s");
    assert_int_equal(ds_record_set(r, "aString", &v, NULL), DS_OK);
    v = ds_float(1.25);
    assert_int_equal(ds_record_set(r, "aFloat", &v, NULL), DS_OK);
    v = ds_bool(true);
    assert_int_equal(ds_record_set(r, "aBoolean", &v, NULL), DS_OK);
    v = ds_null();
    assert_int_equal(ds_record_set(r, "aDate", &v, NULL), DS_OK);
    char *j = ds_record_to_json(r, 0);
    assert_string_equal(j, "{\"aString\":\"s\",\"anInt\":4,\"aFloat\":1.25,\"aBoolean\":true,\"aDate\":null}");
    ds_free(j);
    assert_int_equal(ds_record_set(r, "anInt", NULL, NULL), DS_ERR_INVALID);
    ds_record_free(r);
}

static void borrowed_strings_survive_changes_to_other_fields(void **state) {
    ds_record *r = make(*state, "Everything");
    assert_int_equal(ds_record_set_string(r, "aString", "keep", NULL), DS_OK);
    const char *p = ds_record_get_string(r, "aString");
    for (int i = 0; i < 100; i++)
        assert_int_equal(ds_record_set_int(r, "anInt", i, NULL), DS_OK);
    assert_string_equal(p, "keep");
    ds_record_free(r);
}

/* ---- the store's trusted setter ------------------------------------------------------------------ */

static void trusted_setter_takes_the_stores_representations(void **state) {
    ds_record *r = make(*state, "Everything");
    const ds_model *m = ds_record_model(r);
    ds_value one = ds_int(1);
    assert_int_equal(ds__record_set_trusted(r, ds_model_field(m, "aBoolean"), &one), DS_OK);
    assert_true(ds_record_get_bool(r, "aBoolean", false)); /* SQLite's 0/1 */
    assert_int_equal(ds__record_set_trusted(r, ds_model_field(m, "aFloat"), &one), DS_OK);
    assert_true(ds_record_get_float(r, "aFloat", 0) == 1.0);
    ds_value text = {.type = DS_VALUE_STRING, .u.s = {"[ \"a\" , null ]", 14}};
    assert_int_equal(ds__record_set_trusted(r, ds_model_field(m, "strings"), &text), DS_OK);
    ds_value v = ds__record_value(r, ds_model_field(m, "strings"));
    assert_int_equal(v.type, DS_VALUE_JSON);
    assert_string_equal(v.u.s.ptr, "[\"a\",null]"); /* compact */
    assert_true(ds__record_has(r, ds_model_field(m, "strings")));
    assert_false(ds__record_has(r, ds_model_field(m, "ints")));
    ds_value s = ds_str("2024-01-01");
    assert_int_equal(ds__record_set_trusted(r, ds_model_field(m, "aDate"), &s), DS_OK);
    assert_string_equal(ds_record_get_string(r, "aDate"), "2024-01-01");
    ds_value n = ds_null();
    assert_int_equal(ds__record_set_trusted(r, ds_model_field(m, "aDate"), &n), DS_OK);
    assert_true(ds_record_has(r, "aDate"));
    assert_true(ds_record_is_null(r, "aDate"));
    /* Not a representation of the field: refused. */
    assert_int_equal(ds__record_set_trusted(r, ds_model_field(m, "anInt"), &s), DS_ERR_INVALID);
    ds_value bad = ds_str("[1,");
    assert_int_equal(ds__record_set_trusted(r, ds_model_field(m, "ints"), &bad), DS_ERR_INVALID);
    assert_int_equal(ds__field_index(m, ds_model_field(m, "aString")), 1);
    ds_value null_text = ds_str("null");
    assert_int_equal(ds__record_set_trusted(r, ds_model_field(m, "strings"), &null_text), DS_OK);
    assert_true(ds_record_has(r, "strings"));
    assert_true(ds_record_is_null(r, "strings"));
    ds_value bad_utf8 = ds_str("\xc3(");
    assert_int_equal(ds__record_set_trusted(r, ds_model_field(m, "aString"), &bad_utf8), DS_ERR_INVALID);
    assert_int_equal(ds__record_set_trusted(r, NULL, &one), DS_ERR_INVALID);
    ds_record_free(r);
}

static void trusted_setter_refuses_fields_of_other_models_and_relationships(void **state) {
    (void)state;
    ds_schema *s = load(KEYS);
    ds_record *o = make(s, "Order");
    const ds_model *cm = ds_schema_model(s, "Customer");
    ds_value v = ds_str("x");
    assert_int_equal(ds__record_set_trusted(o, ds_model_field(cm, "name"), &v), DS_ERR_INVALID);
    ds_value n = ds_null();
    assert_int_equal(ds__record_set_trusted(o, ds_model_field(ds_record_model(o), "customer"), &n),
                     DS_ERR_INVALID);
    ds_record_free(o);
    ds_schema_free(s);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(new_record_is_empty_and_bound_to_its_model),
        cmocka_unit_test(new_refuses_unknown_models_and_null_arguments),
        cmocka_unit_test(new_accepts_non_model_types),
        cmocka_unit_test(string_scalars_are_set_and_read_as_strings),
        cmocka_unit_test(int_and_timestamp_fields_hold_int64),
        cmocka_unit_test(float_fields_take_ints_and_int_fields_take_integral_floats),
        cmocka_unit_test(boolean_fields_hold_bools),
        cmocka_unit_test(enums_are_strings_checked_for_membership_only_by_validate),
        cmocka_unit_test(awsjson_holds_json_text_given_as_string_or_as_json),
        cmocka_unit_test(setters_refuse_a_value_of_the_wrong_kind_and_leave_the_record_unchanged),
        cmocka_unit_test(long_values_are_cut_in_messages),
        cmocka_unit_test(long_multibyte_values_are_cut_on_a_character_boundary),
        cmocka_unit_test(setters_refuse_unknown_fields),
        cmocka_unit_test(strings_must_be_utf8),
        cmocka_unit_test(null_is_a_value_and_unset_is_its_absence),
        cmocka_unit_test(lists_are_set_from_json_and_read_as_json),
        cmocka_unit_test(list_fields_refuse_scalars_and_items_of_the_wrong_kind),
        cmocka_unit_test(relationship_fields_cannot_be_set_and_name_their_foreign_keys),
        cmocka_unit_test(metadata_is_readable_and_settable_by_name),
        cmocka_unit_test(copy_is_deep_and_equal_to_the_original),
        cmocka_unit_test(equality_treats_unset_as_null_and_compares_metadata),
        cmocka_unit_test(records_of_different_models_are_never_equal),
        cmocka_unit_test(identifier_of_a_single_key_is_its_value),
        cmocka_unit_test(identifier_of_a_composite_key_quotes_and_escapes_each_value),
        cmocka_unit_test(identifier_writes_enums_and_floats_as_text),
        cmocka_unit_test(identifier_needs_every_key_field),
        cmocka_unit_test(value_constructors_make_borrowed_values),
        cmocka_unit_test(generic_setter_dispatches_on_the_value_type),
        cmocka_unit_test(borrowed_strings_survive_changes_to_other_fields),
        cmocka_unit_test(trusted_setter_takes_the_stores_representations),
        cmocka_unit_test(trusted_setter_refuses_fields_of_other_models_and_relationships),
    };
    return cmocka_run_group_tests(tests, setup_scalars, teardown_schema);
}
