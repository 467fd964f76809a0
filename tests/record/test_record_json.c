/*
 * Records to and from JSON in the Amplify wire shape: every scalar kind,
 * lists of every nullability, embedded values, AWSJSON's two input forms,
 * metadata, output flags, and every way from_json refuses its input.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datastore/record.h"

#define SCALARS DS_SHARED_DIR "/fixtures/schemas/scalars/schema.graphql"
#define KEYS DS_SHARED_DIR "/fixtures/schemas/custom-keys/schema.graphql"
#define EMBEDDED DS_SOURCE_DIR "/tests/fixtures/schemas/embedded/schema.graphql"

static ds_schema *load(const char *path) {
    ds_schema *s = NULL;
    ds_error err = DS_ERROR_INIT;
    ds_status rc = ds_schema_load(&s, path, &err);
    if (rc != DS_OK)
        fprintf(stderr, "%s: %s\n", path, err.message);
    assert_int_equal(rc, DS_OK);
    return s;
}

static ds_record *from_json(const ds_schema *s, const char *model, const char *json) {
    ds_record *r = NULL;
    ds_error err = DS_ERROR_INIT;
    ds_status rc = ds_record_from_json(&r, s, model, json, &err);
    if (rc != DS_OK)
        fprintf(stderr, "unexpected: %s\n", err.message);
    assert_int_equal(rc, DS_OK);
    assert_non_null(r);
    return r;
}

/* from_json must fail with `code`; returns the message (static). */
static const char *refused(const ds_schema *s, const char *model, const char *json, ds_status code) {
    static ds_error err;
    ds_record *r = (ds_record *)1;
    ds_error_clear(&err);
    ds_status rc = ds_record_from_json(&r, s, model, json, &err);
    if (rc != code)
        fprintf(stderr, "got %s: %s\n", ds_status_name(rc), err.message);
    assert_int_equal(rc, code);
    assert_null(r);
    return err.message;
}

/* to_json of from_json(json) is exactly `expect`, and reads back equal. */
static void round_trip(const ds_schema *s, const char *model, const char *json, const char *expect) {
    ds_record *r = from_json(s, model, json);
    char *out = ds_record_to_json(r, 0);
    assert_non_null(out);
    assert_string_equal(out, expect);
    ds_record *back = from_json(s, model, out);
    assert_true(ds_record_equal(r, back));
    ds_free(out);
    ds_record_free(back);
    ds_record_free(r);
}

static int setup_scalars(void **state) {
    *state = load(SCALARS);
    return 0;
}

static int teardown_schema(void **state) {
    ds_schema_free(*state);
    return 0;
}

/* ---- scalars ------------------------------------------------------------------ */

static const char full_everything[] =
    "{\"id\":\"e1\",\"aString\":\"h\\u00e9 \\\"q\\\" \\\\ \\n\",\"requiredString\":\"r\",\"anInt\":-5,"
    "\"requiredInt\":2147483647,\"aFloat\":0.1,\"aBoolean\":false,\"requiredBoolean\":true,"
    "\"aDate\":\"2024-02-29\",\"aTime\":\"23:59:59.999Z\",\"aDateTime\":\"2024-01-01T00:00:00+05:30\","
    "\"aTimestamp\":1700000000,\"anEmail\":\"a@b.co\",\"aJSON\":\"{\\\"k\\\":[1,null]}\","
    "\"aURL\":\"https://example.com/a?b=c\",\"aPhone\":\"+15551234567\",\"anIPAddress\":\"::1\","
    "\"anEnum\":\"LOW\",\"requiredEnum\":\"HIGH\",\"otherId\":\"o\",\"strings\":[\"a\",null],"
    "\"requiredStringsRequiredItems\":[\"x\"],\"optionalListRequiredItems\":null,"
    "\"requiredListOptionalItems\":[null],\"ints\":[1,-2,null],\"floats\":[1.5,2.0],"
    "\"booleans\":[true,false,null],\"dates\":[\"2024-01-01\"],\"times\":[\"10:00\"],"
    "\"dateTimes\":[\"2024-01-01T10:00:00Z\"],\"timestamps\":[0,1],\"emails\":[\"x@y.z\"],"
    "\"jsons\":[\"1\",\"{}\",null],\"urls\":[\"http://a.b\"],\"phones\":[\"+44 20 7946 0958\"],"
    "\"ipAddresses\":[\"127.0.0.1\"],\"enums\":[\"MEDIUM\"],\"ids\":[\"i1\",null],"
    "\"createdAt\":\"2024-01-01T00:00:00.000Z\",\"updatedAt\":null,"
    "\"_version\":3,\"_lastChangedAt\":1700000000000,\"_deleted\":false}";

static void every_scalar_and_list_kind_round_trips_through_json(void **state) {
    /* Written back exactly: same order, "\u00e9" as UTF-8, escapes kept. */
    const char *expect =
        "{\"id\":\"e1\",\"aString\":\"h\xc3\xa9 \\\"q\\\" \\\\ \\n\",\"requiredString\":\"r\",\"anInt\":-5,"
        "\"requiredInt\":2147483647,\"aFloat\":0.1,\"aBoolean\":false,\"requiredBoolean\":true,"
        "\"aDate\":\"2024-02-29\",\"aTime\":\"23:59:59.999Z\",\"aDateTime\":\"2024-01-01T00:00:00+05:30\","
        "\"aTimestamp\":1700000000,\"anEmail\":\"a@b.co\",\"aJSON\":\"{\\\"k\\\":[1,null]}\","
        "\"aURL\":\"https://example.com/a?b=c\",\"aPhone\":\"+15551234567\",\"anIPAddress\":\"::1\","
        "\"anEnum\":\"LOW\",\"requiredEnum\":\"HIGH\",\"otherId\":\"o\",\"strings\":[\"a\",null],"
        "\"requiredStringsRequiredItems\":[\"x\"],\"optionalListRequiredItems\":null,"
        "\"requiredListOptionalItems\":[null],\"ints\":[1,-2,null],\"floats\":[1.5,2.0],"
        "\"booleans\":[true,false,null],\"dates\":[\"2024-01-01\"],\"times\":[\"10:00\"],"
        "\"dateTimes\":[\"2024-01-01T10:00:00Z\"],\"timestamps\":[0,1],\"emails\":[\"x@y.z\"],"
        "\"jsons\":[\"1\",\"{}\",null],\"urls\":[\"http://a.b\"],\"phones\":[\"+44 20 7946 0958\"],"
        "\"ipAddresses\":[\"127.0.0.1\"],\"enums\":[\"MEDIUM\"],\"ids\":[\"i1\",null],"
        "\"createdAt\":\"2024-01-01T00:00:00.000Z\",\"updatedAt\":null,"
        "\"_version\":3,\"_lastChangedAt\":1700000000000,\"_deleted\":false}";
    round_trip(*state, "Everything", full_everything, expect);
    ds_record *r = from_json(*state, "Everything", full_everything);
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_record_validate(r, &err), DS_OK);
    assert_string_equal(ds_record_get_string(r, "aString"), "h\xc3\xa9 \"q\" \\ \n");
    assert_int_equal(ds_record_get_int(r, "requiredInt", 0), 2147483647);
    assert_true(ds_record_get_float(r, "aFloat", 0) == 0.1);
    assert_false(ds_record_get_bool(r, "aBoolean", true));
    assert_string_equal(ds_record_get_string(r, "aJSON"), "{\"k\":[1,null]}");
    assert_int_equal(ds_record_get_int(r, "_version", 0), 3);
    ds_record_free(r);
}

static void output_follows_field_order_not_input_order(void **state) {
    round_trip(*state, "Everything", "{\"_version\":1,\"anInt\":2,\"aString\":\"s\",\"id\":\"i\"}",
               "{\"id\":\"i\",\"aString\":\"s\",\"anInt\":2,\"_version\":1}");
}

static void unset_fields_are_left_out_unless_asked_and_nulls_are_written(void **state) {
    ds_record *r = from_json(*state, "Everything", "{\"id\":\"i\",\"aDate\":null}");
    char *out = ds_record_to_json(r, 0);
    assert_string_equal(out, "{\"id\":\"i\",\"aDate\":null}");
    ds_free(out);
    out = ds_record_to_json(r, DS_JSON_UNSET);
    assert_non_null(strstr(out, "\"aString\":null,"));
    assert_non_null(strstr(out, "\"ids\":null,\"createdAt\":null,\"updatedAt\":null}"));
    assert_null(strstr(out, "_version")); /* metadata only when known */
    ds_free(out);
    ds_record_free(r);
}

static void metadata_is_written_unless_no_meta(void **state) {
    ds_record *r = from_json(*state, "Everything", "{\"id\":\"i\",\"_deleted\":true,\"_lastChangedAt\":5}");
    char *out = ds_record_to_json(r, 0);
    assert_string_equal(out, "{\"id\":\"i\",\"_lastChangedAt\":5,\"_deleted\":true}");
    ds_free(out);
    out = ds_record_to_json(r, DS_JSON_NO_META);
    assert_string_equal(out, "{\"id\":\"i\"}");
    ds_free(out);
    ds_record_free(r);
    /* integral numbers are taken for the integer metadata */
    r = from_json(*state, "Everything", "{\"_version\":2.0}");
    assert_int_equal(ds_record_get_int(r, "_version", 0), 2);
    ds_record_free(r);
    refused(*state, "Everything", "{\"_version\":2.5}", DS_ERR_INVALID);
    /* null metadata is the same as absent */
    r = from_json(*state, "Everything", "{\"_version\":null,\"_deleted\":null,\"_lastChangedAt\":null}");
    out = ds_record_to_json(r, 0);
    assert_string_equal(out, "{}");
    ds_free(out);
    ds_record_free(r);
    assert_null(ds_record_to_json(NULL, 0));
}

static void pretty_output_is_indented_and_reads_back_equal(void **state) {
    ds_record *r = from_json(*state, "Everything", "{\"id\":\"i\",\"ints\":[1,2],\"strings\":[],\"_version\":1}");
    char *out = ds_record_to_json(r, DS_JSON_PRETTY);
    assert_string_equal(out, "{\n"
                             "    \"id\": \"i\",\n"
                             "    \"strings\": [],\n"
                             "    \"ints\": [\n"
                             "        1,\n"
                             "        2\n"
                             "    ],\n"
                             "    \"_version\": 1\n"
                             "}");
    ds_record *back = from_json(*state, "Everything", out);
    assert_true(ds_record_equal(r, back));
    ds_free(out);
    ds_record_free(back);
    ds_record_free(r);
    r = from_json(*state, "Everything", "{}");
    out = ds_record_to_json(r, DS_JSON_PRETTY);
    assert_string_equal(out, "{}");
    ds_free(out);
    ds_record_free(r);
}

static void pretty_output_indents_embedded_objects(void **state) {
    (void)state;
    ds_schema *s = load(EMBEDDED);
    ds_record *r = from_json(s, "Customer", "{\"lastKnown\":{\"lat\":1,\"lng\":2},\"billing\":{\"street\":[]}}");
    char *out = ds_record_to_json(r, DS_JSON_PRETTY);
    assert_string_equal(out, "{\n"
                             "    \"billing\": {\n"
                             "        \"street\": []\n"
                             "    },\n"
                             "    \"lastKnown\": {\n"
                             "        \"lat\": 1.0,\n"
                             "        \"lng\": 2.0\n"
                             "    }\n"
                             "}");
    ds_free(out);
    assert_int_equal(ds_record_set_json(r, "billing", "{}", NULL), DS_OK);
    out = ds_record_to_json(r, DS_JSON_PRETTY | DS_JSON_NO_META);
    assert_non_null(strstr(out, "\"billing\": {},"));
    ds_free(out);
    ds_record_free(r);
    ds_schema_free(s);
}

static void floats_are_written_shortest_and_stay_reals(void **state) {
    round_trip(*state, "Everything", "{\"aFloat\":3}", "{\"aFloat\":3.0}");
    round_trip(*state, "Everything", "{\"aFloat\":-0.3}", "{\"aFloat\":-0.3}");
    round_trip(*state, "Everything", "{\"aFloat\":1e300}", "{\"aFloat\":1e+300}");
    round_trip(*state, "Everything", "{\"aFloat\":123456789.125}", "{\"aFloat\":123456789.125}");
    round_trip(*state, "Everything", "{\"aFloat\":5e-324}", "{\"aFloat\":5e-324}");
    round_trip(*state, "Everything", "{\"floats\":[1,0.5]}", "{\"floats\":[1.0,0.5]}");
    /* Int fields take integral reals and write them as integers. */
    round_trip(*state, "Everything", "{\"anInt\":7.0,\"ints\":[2.0e0],\"aTimestamp\":1e3}",
               "{\"anInt\":7,\"aTimestamp\":1000,\"ints\":[2]}");
}

static void non_finite_floats_are_written_as_null(void **state) {
    ds_record *r = from_json(*state, "Everything", "{}");
    assert_int_equal(ds_record_set_float(r, "aFloat", 1.0 / 0.0, NULL), DS_OK);
    char *out = ds_record_to_json(r, 0);
    assert_string_equal(out, "{\"aFloat\":null}");
    ds_free(out);
    ds_record_free(r);
}

static void awsjson_is_read_from_a_string_or_a_raw_value_and_written_as_a_string(void **state) {
    round_trip(*state, "Everything", "{\"aJSON\":{\"a\": [1, 2.5, \"x\"], \"b\": null}}",
               "{\"aJSON\":\"{\\\"a\\\":[1,2.5,\\\"x\\\"],\\\"b\\\":null}\"}");
    round_trip(*state, "Everything", "{\"aJSON\":\"{\\\"a\\\": 1}\"}", "{\"aJSON\":\"{\\\"a\\\": 1}\"}");
    round_trip(*state, "Everything", "{\"aJSON\":42}", "{\"aJSON\":\"42\"}");
    round_trip(*state, "Everything", "{\"aJSON\":true}", "{\"aJSON\":\"true\"}");
    round_trip(*state, "Everything", "{\"aJSON\":null}", "{\"aJSON\":null}");
    round_trip(*state, "Everything", "{\"jsons\":[{\"a\":1},\"[]\",[2]]}",
               "{\"jsons\":[\"{\\\"a\\\":1}\",\"[]\",\"[2]\"]}");
}

/* ---- lists of every nullability --------------------------------------------------------- */

static void lists_of_every_nullability_keep_nulls_and_empties(void **state) {
    round_trip(*state, "Everything",
               "{\"strings\":null,\"requiredStringsRequiredItems\":[],\"optionalListRequiredItems\":[\"a\"],"
               "\"requiredListOptionalItems\":[null,\"b\",null]}",
               "{\"strings\":null,\"requiredStringsRequiredItems\":[],\"optionalListRequiredItems\":[\"a\"],"
               "\"requiredListOptionalItems\":[null,\"b\",null]}");
    /* Kinds are checked here; nullability is validate's business. */
    round_trip(*state, "Everything", "{\"requiredStringsRequiredItems\":[null]}",
               "{\"requiredStringsRequiredItems\":[null]}");
}

/* ---- embedded values ----------------------------------------------------------------- */

static const char customer[] =
    "{\"id\":\"c1\",\"name\":\"Ann\","
    "\"contact\":{\"emails\":[\"a@b.co\"],\"phones\":null,"
    "\"primaryAddress\":{\"street\":[\"1 Main\"],\"city\":\"X\",\"country\":\"US\","
    "\"geo\":{\"lat\":1.5,\"lng\":-2},\"history\":[{\"lat\":0,\"lng\":0}]},"
    "\"otherAddresses\":[null]},"
    "\"shipping\":[{\"street\":[],\"city\":\"Y\",\"country\":\"CA\",\"zip\":\"K1A\"}],"
    "\"visited\":[\"MX\"]}";

static void embedded_values_round_trip_with_their_members_normalized(void **state) {
    (void)state;
    ds_schema *s = load(EMBEDDED);
    round_trip(s, "Customer", customer,
               "{\"id\":\"c1\",\"name\":\"Ann\","
               "\"contact\":{\"emails\":[\"a@b.co\"],\"phones\":null,"
               "\"primaryAddress\":{\"street\":[\"1 Main\"],\"city\":\"X\",\"country\":\"US\","
               "\"geo\":{\"lat\":1.5,\"lng\":-2.0},\"history\":[{\"lat\":0.0,\"lng\":0.0}]},"
               "\"otherAddresses\":[null]},"
               "\"shipping\":[{\"street\":[],\"city\":\"Y\",\"country\":\"CA\",\"zip\":\"K1A\"}],"
               "\"visited\":[\"MX\"]}");
    ds_record *r = from_json(s, "Customer", customer);
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_record_validate(r, &err), DS_OK);
    ds_value v;
    assert_int_equal(ds_record_get(r, "shipping", &v), DS_OK);
    assert_int_equal(v.type, DS_VALUE_JSON);
    assert_string_equal(v.u.s.ptr, "[{\"street\":[],\"city\":\"Y\",\"country\":\"CA\",\"zip\":\"K1A\"}]");
    /* One embedded value set on its own, __typename dropped. */
    assert_int_equal(ds_record_set_json(r, "lastKnown", "{\"__typename\":\"Geo\",\"lat\":1,\"lng\":2}", &err),
                     DS_OK);
    char *j = ds_record_get_json(r, "lastKnown");
    assert_string_equal(j, "{\"lat\":1.0,\"lng\":2.0}");
    ds_free(j);
    ds_record_free(r);
    ds_schema_free(s);
}

static void embedded_values_refuse_unknown_members_and_wrong_kinds(void **state) {
    (void)state;
    ds_schema *s = load(EMBEDDED);
    assert_string_equal(refused(s, "Customer", "{\"billing\":{\"city\":\"X\",\"planet\":\"Mars\"}}", DS_ERR_INVALID),
                        "Customer.billing: unknown member \"planet\" (no such field in Address)");
    assert_string_equal(
        refused(s, "Customer", "{\"contact\":{\"primaryAddress\":{\"geo\":{\"lat\":\"north\"}}}}", DS_ERR_INVALID),
        "Customer.contact.primaryAddress.geo.lat: expected a Float, got a string \"north\"");
    assert_string_equal(refused(s, "Customer", "{\"shipping\":[{\"city\":\"A\"},{\"country\":7}]}", DS_ERR_INVALID),
                        "Customer.shipping[1].country: expected a value of enum Country, got an integer 7");
    assert_string_equal(refused(s, "Customer", "{\"billing\":[]}", DS_ERR_INVALID),
                        "Customer.billing: expected an object of type Address, got an array");
    assert_string_equal(refused(s, "Customer", "{\"shipping\":{}}", DS_ERR_INVALID),
                        "Customer.shipping: expected a list of objects of type Address, got an object");
    ds_record *r = from_json(s, "Customer", "{}");
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_record_set_string(r, "billing", "{}", &err), DS_ERR_INVALID);
    assert_string_equal(err.message, "Customer.billing: expected an object of type Address, got a string \"{}\" "
                                     "(give lists and embedded values as JSON text)");
    ds_record_free(r);
    ds_schema_free(s);
}

/* ---- what from_json refuses -------------------------------------------------------------- */

static void from_json_refuses_unknown_members(void **state) {
    assert_string_equal(refused(*state, "Everything", "{\"id\":\"x\",\"colour\":\"red\"}", DS_ERR_INVALID),
                        "Everything: unknown member \"colour\" (no such field in Everything)");
    assert_string_equal(refused(*state, "Everything", "{\"_ver\":1}", DS_ERR_INVALID),
                        "Everything: unknown member \"_ver\" (no such field in Everything)");
}

static void from_json_refuses_values_of_the_wrong_kind(void **state) {
    assert_string_equal(refused(*state, "Everything", "{\"anInt\":\"5\"}", DS_ERR_INVALID),
                        "Everything.anInt: expected an Int, got a string \"5\"");
    assert_string_equal(refused(*state, "Everything", "{\"anInt\":5.5}", DS_ERR_INVALID),
                        "Everything.anInt: expected an Int, got a number 5.5");
    assert_string_equal(refused(*state, "Everything", "{\"aString\":5}", DS_ERR_INVALID),
                        "Everything.aString: expected a String, got an integer 5");
    assert_string_equal(refused(*state, "Everything", "{\"aBoolean\":0}", DS_ERR_INVALID),
                        "Everything.aBoolean: expected a Boolean, got an integer 0");
    assert_string_equal(refused(*state, "Everything", "{\"aFloat\":\"1.5\"}", DS_ERR_INVALID),
                        "Everything.aFloat: expected a Float, got a string \"1.5\"");
    assert_string_equal(refused(*state, "Everything", "{\"anEnum\":true}", DS_ERR_INVALID),
                        "Everything.anEnum: expected a value of enum Priority, got a boolean true");
    assert_string_equal(refused(*state, "Everything", "{\"strings\":\"a\"}", DS_ERR_INVALID),
                        "Everything.strings: expected a list of String, got a string \"a\"");
    assert_string_equal(refused(*state, "Everything", "{\"floats\":[1,[2]]}", DS_ERR_INVALID),
                        "Everything.floats[1]: expected a Float, got an array");
    assert_string_equal(refused(*state, "Everything", "{\"_version\":\"1\"}", DS_ERR_INVALID),
                        "Everything._version: expected an Int, got a string \"1\"");
    assert_string_equal(refused(*state, "Everything", "{\"_deleted\":1}", DS_ERR_INVALID),
                        "Everything._deleted: expected a Boolean, got an integer 1");
    assert_string_equal(refused(*state, "Everything", "{\"_lastChangedAt\":{}}", DS_ERR_INVALID),
                        "Everything._lastChangedAt: expected an Int, got an object");
}

static void from_json_refuses_malformed_json_and_non_objects(void **state) {
    const char *msg = refused(*state, "Everything", "{\"id\":", DS_ERR_INVALID);
    assert_non_null(strstr(msg, "Everything: malformed JSON at line 1"));
    refused(*state, "Everything", "{\"id\":\"a\"} x", DS_ERR_INVALID);
    refused(*state, "Everything", "", DS_ERR_INVALID);
    refused(*state, "Everything", "{\"aString\":\"a\\u0000b\"}", DS_ERR_INVALID); /* NUL escape */
    refused(*state, "Everything", "{\"anInt\":99999999999999999999}", DS_ERR_INVALID); /* over int64 */
    refused(*state, "Everything", "{\"aFloat\":1e999}", DS_ERR_INVALID);
    refused(*state, "Everything", "{\"id\":\"a\",\"id\":\"b\"}", DS_ERR_INVALID); /* duplicate key */
    refused(*state, "Everything", "{\"aString\":\"\xff\"}", DS_ERR_INVALID);        /* not UTF-8 */
    assert_string_equal(refused(*state, "Everything", "[1]", DS_ERR_INVALID),
                        "Everything: expected a JSON object, got an array");
    assert_string_equal(refused(*state, "Everything", "\"x\"", DS_ERR_INVALID),
                        "Everything: expected a JSON object, got a string \"x\"");
    refused(*state, "Nope", "{}", DS_ERR_INVALID);
    refused(*state, "Everything", NULL, DS_ERR_INVALID);
    assert_int_equal(ds_record_from_json(NULL, *state, "Everything", "{}", NULL), DS_ERR_INVALID);
}

/* {"aJSON": [[...[]...]]} with `levels` levels in all, the record's object included. */
static char *nested(int levels) {
    char *s = malloc((size_t)levels * 2 + 32);
    size_t n = 9;
    memcpy(s, "{\"aJSON\":", n);
    for (int i = 1; i < levels; i++)
        s[n++] = '[';
    for (int i = 1; i < levels; i++)
        s[n++] = ']';
    s[n++] = '}';
    s[n] = '\0';
    return s;
}

static void from_json_refuses_input_nested_more_than_64_levels(void **state) {
    char *ok = nested(64), *deep = nested(65);
    ds_record *r = from_json(*state, "Everything", ok);
    ds_record_free(r);
    assert_string_equal(refused(*state, "Everything", deep, DS_ERR_LIMIT),
                        "Everything: JSON nested more than 64 levels deep");
    /* Brackets inside strings are text, not nesting. */
    char s[200] = "{\"aString\":\"";
    size_t n = strlen(s);
    memset(s + n, '[', 100);
    memcpy(s + n + 100, "\"}", 3);
    r = from_json(*state, "Everything", s);
    ds_record_free(r);
    ds_error err = DS_ERROR_INIT;
    r = from_json(*state, "Everything", "{}");
    /* A field's own JSON text has the same limit: 64 levels of arrays pass, 65 do not. */
    char arrays[200];
    memset(arrays, '[', 65);
    memset(arrays + 65, ']', 65);
    arrays[130] = '\0';
    assert_int_equal(ds_record_set_json(r, "aJSON", arrays, &err), DS_ERR_LIMIT);
    assert_int_equal(ds_record_set_json(r, "aJSON", arrays + 1, &err), DS_ERR_INVALID); /* 64 + stray ']' */
    arrays[129] = '\0';
    assert_int_equal(ds_record_set_json(r, "aJSON", arrays + 1, &err), DS_OK);
    ds_record_free(r);
    free(ok);
    free(deep);
}

static void from_json_refuses_input_over_the_size_limit(void **state) {
    size_t n = ((size_t)16 << 20) + 64;
    char *big = malloc(n + 1);
    memcpy(big, "{\"aString\":\"", 12);
    memset(big + 12, 'a', n - 14);
    memcpy(big + n - 2, "\"}", 3);
    const char *msg = refused(*state, "Everything", big, DS_ERR_LIMIT);
    assert_non_null(strstr(msg, "over the limit"));
    free(big);
}

static void from_json_ignores_typename_and_related_records(void **state) {
    (void)state;
    ds_schema *s = load(KEYS);
    round_trip(s, "Order",
               "{\"__typename\":\"Order\",\"id\":\"o1\",\"orderDate\":\"2024-01-01\",\"customerId\":\"c1\","
               "\"total\":9.5,\"customer\":{\"customerId\":\"c1\",\"name\":\"Ann\"}}",
               "{\"id\":\"o1\",\"orderDate\":\"2024-01-01\",\"customerId\":\"c1\",\"total\":9.5}");
    round_trip(s, "Customer", "{\"customerId\":\"c1\",\"orders\":{\"items\":[],\"nextToken\":null}}",
               "{\"customerId\":\"c1\"}");
    round_trip(s, "Customer", "{\"customerId\":\"c1\",\"orders\":[{\"id\":\"x\"}]}", "{\"customerId\":\"c1\"}");
    round_trip(s, "Order", "{\"customer\":null}", "{}");
    assert_string_equal(refused(s, "Order", "{\"customer\":\"c1\"}", DS_ERR_INVALID),
                        "Order.customer: a relationship to Customer; expected an object, an array or null, "
                        "got a string \"c1\"");
    /* Relationship fields never appear in output, even with DS_JSON_UNSET. */
    ds_record *r = from_json(s, "Order", "{}");
    char *out = ds_record_to_json(r, DS_JSON_UNSET | DS_JSON_NO_META);
    assert_string_equal(out, "{\"id\":null,\"orderDate\":null,\"customerId\":null,\"total\":null,"
                             "\"createdAt\":null,\"updatedAt\":null}");
    ds_free(out);
    ds_record_free(r);
    ds_schema_free(s);
}

/* ---- one field at a time -------------------------------------------------------------------- */

static void get_json_gives_each_field_in_wire_form(void **state) {
    ds_record *r = from_json(*state, "Everything", full_everything);
    static const char *const cases[][2] = {
        {"id", "\"e1\""},          {"anInt", "-5"},           {"aFloat", "0.1"},
        {"aBoolean", "false"},     {"aJSON", "\"{\\\"k\\\":[1,null]}\""},
        {"strings", "[\"a\",null]"}, {"optionalListRequiredItems", "null"},
        {"_version", "3"},         {"_deleted", "false"},     {"anEnum", "\"LOW\""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *j = ds_record_get_json(r, cases[i][0]);
        assert_non_null(j);
        assert_string_equal(j, cases[i][1]);
        /* and set_json takes that text back unchanged */
        ds_error err = DS_ERROR_INIT;
        assert_int_equal(ds_record_set_json(r, cases[i][0], j, &err), DS_OK);
        char *again = ds_record_get_json(r, cases[i][0]);
        assert_string_equal(again, j);
        ds_free(again);
        ds_free(j);
    }
    assert_int_equal(ds_record_unset(r, "aString", NULL), DS_OK);
    char *j = ds_record_get_json(r, "aString");
    assert_string_equal(j, "null");
    ds_free(j);
    assert_null(ds_record_get_json(r, "nothing"));
    assert_null(ds_record_get_json(NULL, "id"));
    ds_record_free(r);
}

static void set_json_refuses_malformed_text_and_keeps_the_old_value(void **state) {
    ds_record *r = from_json(*state, "Everything", "{\"ints\":[1]}");
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_record_set_json(r, "ints", "[1,", &err), DS_ERR_INVALID);
    assert_non_null(strstr(err.message, "Everything.ints: malformed JSON"));
    assert_int_equal(ds_record_set_json(r, "anInt", "1 2", &err), DS_ERR_INVALID);
    assert_int_equal(ds_record_set_json(r, "anInt", NULL, &err), DS_ERR_INVALID);
    char *j = ds_record_get_json(r, "ints");
    assert_string_equal(j, "[1]");
    ds_free(j);
    ds_record_free(r);
}

static void control_characters_and_unicode_are_escaped_correctly(void **state) {
    ds_record *r = from_json(*state, "Everything", "{}");
    assert_int_equal(ds_record_set_string(r, "aString", "\x01\t\b\f\r/\xe2\x82\xac\xf0\x9f\x98\x80", NULL), DS_OK);
    char *out = ds_record_to_json(r, 0);
    assert_string_equal(out, "{\"aString\":\"\\u0001\\t\\b\\f\\r/\xe2\x82\xac\xf0\x9f\x98\x80\"}");
    ds_record *back = from_json(*state, "Everything", out);
    assert_true(ds_record_equal(r, back));
    ds_free(out);
    ds_record_free(back);
    ds_record_free(r);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_scalar_and_list_kind_round_trips_through_json),
        cmocka_unit_test(output_follows_field_order_not_input_order),
        cmocka_unit_test(unset_fields_are_left_out_unless_asked_and_nulls_are_written),
        cmocka_unit_test(metadata_is_written_unless_no_meta),
        cmocka_unit_test(pretty_output_is_indented_and_reads_back_equal),
        cmocka_unit_test(pretty_output_indents_embedded_objects),
        cmocka_unit_test(floats_are_written_shortest_and_stay_reals),
        cmocka_unit_test(non_finite_floats_are_written_as_null),
        cmocka_unit_test(awsjson_is_read_from_a_string_or_a_raw_value_and_written_as_a_string),
        cmocka_unit_test(lists_of_every_nullability_keep_nulls_and_empties),
        cmocka_unit_test(embedded_values_round_trip_with_their_members_normalized),
        cmocka_unit_test(embedded_values_refuse_unknown_members_and_wrong_kinds),
        cmocka_unit_test(from_json_refuses_unknown_members),
        cmocka_unit_test(from_json_refuses_values_of_the_wrong_kind),
        cmocka_unit_test(from_json_refuses_malformed_json_and_non_objects),
        cmocka_unit_test(from_json_refuses_input_nested_more_than_64_levels),
        cmocka_unit_test(from_json_refuses_input_over_the_size_limit),
        cmocka_unit_test(from_json_ignores_typename_and_related_records),
        cmocka_unit_test(get_json_gives_each_field_in_wire_form),
        cmocka_unit_test(set_json_refuses_malformed_text_and_keeps_the_old_value),
        cmocka_unit_test(control_characters_and_unicode_are_escaped_correctly),
    };
    return cmocka_run_group_tests(tests, setup_scalars, teardown_schema);
}
