/*
 * ds_record_validate: every check a save makes, with the message it gives.
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

static ds_schema *parse(const char *text) {
    ds_schema *s = NULL;
    ds_error err = DS_ERROR_INIT;
    ds_status rc = ds_schema_parse(&s, text, strlen(text), "inline.graphql", &err);
    if (rc != DS_OK)
        fprintf(stderr, "%s\n", err.message);
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
    return r;
}

static void valid(const ds_record *r) {
    ds_error err = DS_ERROR_INIT;
    ds_status rc = ds_record_validate(r, &err);
    if (rc != DS_OK)
        fprintf(stderr, "unexpected: %s\n", err.message);
    assert_int_equal(rc, DS_OK);
    assert_string_equal(err.message, "");
}

/* Validation fails with `message`. */
static void invalid(const ds_record *r, const char *message) {
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_record_validate(r, &err), DS_ERR_INVALID);
    assert_int_equal(err.code, DS_ERR_INVALID);
    assert_string_equal(err.message, message);
}

/* The smallest valid Everything. */
static const char minimal[] = "{\"id\":\"e1\",\"requiredString\":\"r\",\"requiredInt\":1,\"requiredBoolean\":true,"
                              "\"requiredEnum\":\"LOW\",\"requiredStringsRequiredItems\":[],"
                              "\"requiredListOptionalItems\":[]}";

static ds_record *everything(void **state) { return from_json(*state, "Everything", minimal); }

static int setup_scalars(void **state) {
    *state = load(SCALARS);
    return 0;
}

static int teardown_schema(void **state) {
    ds_schema_free(*state);
    return 0;
}

/* ---- required values ---------------------------------------------------------- */

static void a_record_with_every_required_value_is_valid(void **state) {
    ds_record *r = everything(state);
    valid(r);
    ds_record_free(r);
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_record_validate(NULL, &err), DS_ERR_INVALID);
}

static void success_clears_a_previous_error(void **state) {
    ds_record *r = everything(state);
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_record_set_int(r, "nope", 1, &err), DS_ERR_INVALID);
    assert_int_equal(ds_record_validate(r, &err), DS_OK);
    assert_int_equal(err.code, DS_OK);
    assert_string_equal(err.message, "");
    assert_int_equal(ds_record_validate(r, NULL), DS_OK);
    ds_record_free(r);
}

static void required_scalars_must_be_present_and_non_null(void **state) {
    static const char *const required[] = {"requiredString", "requiredInt", "requiredBoolean", "requiredEnum"};
    for (size_t i = 0; i < sizeof required / sizeof required[0]; i++) {
        ds_record *r = everything(state);
        char msg[128];
        snprintf(msg, sizeof msg, "Everything.%s is required", required[i]);
        assert_int_equal(ds_record_unset(r, required[i], NULL), DS_OK);
        invalid(r, msg);
        assert_int_equal(ds_record_set_null(r, required[i], NULL), DS_OK);
        invalid(r, msg);
        ds_record_free(r);
    }
}

static void the_post_example_reports_the_first_problem(void **state) {
    (void)state;
    ds_schema *s = parse("enum PostStatus { ACTIVE INACTIVE }\n"
                         "type Post @model { title: String! rating: Int! status: PostStatus! }");
    ds_record *p = from_json(s, "Post", "{\"rating\":5,\"status\":\"DELETED\"}");
    invalid(p, "Post.title is required");
    assert_int_equal(ds_record_set_string(p, "title", "Hello", NULL), DS_OK);
    invalid(p, "Post.status: \"DELETED\" is not a value of enum PostStatus (ACTIVE, INACTIVE)");
    assert_int_equal(ds_record_set_string(p, "status", "ACTIVE", NULL), DS_OK);
    valid(p);
    ds_record_free(p);
    ds_schema_free(s);
}

static void a_managed_id_may_be_unset_but_not_null(void **state) {
    ds_record *r = everything(state);
    assert_int_equal(ds_record_unset(r, "id", NULL), DS_OK);
    valid(r); /* ds_save generates it */
    assert_int_equal(ds_record_set_null(r, "id", NULL), DS_OK);
    invalid(r, "Everything.id is required");
    ds_record_free(r);
}

static void read_only_timestamps_are_exempt(void **state) {
    ds_record *r = everything(state);
    assert_int_equal(ds_record_set_null(r, "createdAt", NULL), DS_OK);
    valid(r);
    assert_int_equal(ds_record_set_string(r, "updatedAt", "yesterday", NULL), DS_OK);
    invalid(r, "Everything.updatedAt: \"yesterday\" is not a valid AWSDateTime"); /* a value is still checked */
    ds_record_free(r);
}

static void required_lists_must_be_non_null(void **state) {
    ds_record *r = everything(state);
    assert_int_equal(ds_record_unset(r, "requiredStringsRequiredItems", NULL), DS_OK);
    invalid(r, "Everything.requiredStringsRequiredItems is required");
    assert_int_equal(ds_record_set_json(r, "requiredStringsRequiredItems", "[]", NULL), DS_OK);
    assert_int_equal(ds_record_set_null(r, "requiredListOptionalItems", NULL), DS_OK);
    invalid(r, "Everything.requiredListOptionalItems is required");
    assert_int_equal(ds_record_set_json(r, "requiredListOptionalItems", "[null, \"a\"]", NULL), DS_OK);
    /* [String!] may itself be null; [String] may be null and hold nulls. */
    assert_int_equal(ds_record_set_null(r, "optionalListRequiredItems", NULL), DS_OK);
    assert_int_equal(ds_record_set_json(r, "strings", "[null]", NULL), DS_OK);
    valid(r);
    ds_record_free(r);
}

static void list_items_must_be_non_null_when_the_items_are_required(void **state) {
    ds_record *r = everything(state);
    assert_int_equal(ds_record_set_json(r, "requiredStringsRequiredItems", "[\"a\", null]", NULL), DS_OK);
    invalid(r, "Everything.requiredStringsRequiredItems[1] is required");
    assert_int_equal(ds_record_set_json(r, "requiredStringsRequiredItems", "[\"a\"]", NULL), DS_OK);
    assert_int_equal(ds_record_set_json(r, "optionalListRequiredItems", "[null]", NULL), DS_OK);
    invalid(r, "Everything.optionalListRequiredItems[0] is required");
    assert_int_equal(ds_record_set_json(r, "optionalListRequiredItems", "[]", NULL), DS_OK);
    assert_int_equal(ds_record_set_json(r, "floats", "[1, null]", NULL), DS_OK);
    invalid(r, "Everything.floats[1] is required");
    assert_int_equal(ds_record_set_json(r, "floats", "[1]", NULL), DS_OK);
    assert_int_equal(ds_record_set_json(r, "enums", "[\"LOW\", null]", NULL), DS_OK);
    invalid(r, "Everything.enums[1] is required");
    ds_record_free(r);
}

/* ---- numbers ------------------------------------------------------------------------ */

static void int_must_fit_in_32_bits(void **state) {
    ds_record *r = everything(state);
    assert_int_equal(ds_record_set_int(r, "anInt", INT32_MAX, NULL), DS_OK);
    valid(r);
    assert_int_equal(ds_record_set_int(r, "anInt", INT32_MIN, NULL), DS_OK);
    valid(r);
    assert_int_equal(ds_record_set_int(r, "anInt", INT64_C(2147483648), NULL), DS_OK);
    invalid(r, "Everything.anInt: 2147483648 is out of range for Int (32-bit signed)");
    assert_int_equal(ds_record_set_int(r, "anInt", INT64_C(-2147483649), NULL), DS_OK);
    invalid(r, "Everything.anInt: -2147483649 is out of range for Int (32-bit signed)");
    assert_int_equal(ds_record_set_null(r, "anInt", NULL), DS_OK);
    assert_int_equal(ds_record_set_json(r, "ints", "[1, 4294967296]", NULL), DS_OK);
    invalid(r, "Everything.ints[1]: 4294967296 is out of range for Int (32-bit signed)");
    ds_record_free(r);
}

static void float_must_be_finite(void **state) {
    ds_record *r = everything(state);
    assert_int_equal(ds_record_set_float(r, "aFloat", 1e308, NULL), DS_OK);
    valid(r);
    assert_int_equal(ds_record_set_float(r, "aFloat", INFINITY, NULL), DS_OK);
    invalid(r, "Everything.aFloat: inf is not a finite Float");
    assert_int_equal(ds_record_set_float(r, "aFloat", -INFINITY, NULL), DS_OK);
    invalid(r, "Everything.aFloat: -inf is not a finite Float");
    assert_int_equal(ds_record_set_float(r, "aFloat", NAN, NULL), DS_OK);
    invalid(r, "Everything.aFloat: nan is not a finite Float");
    ds_record_free(r);
}

static void timestamps_are_not_negative(void **state) {
    ds_record *r = everything(state);
    assert_int_equal(ds_record_set_int(r, "aTimestamp", INT64_MAX, NULL), DS_OK);
    valid(r);
    assert_int_equal(ds_record_set_int(r, "aTimestamp", -1, NULL), DS_OK);
    invalid(r, "Everything.aTimestamp: -1 is not a valid AWSTimestamp (epoch seconds, not negative)");
    assert_int_equal(ds_record_set_null(r, "aTimestamp", NULL), DS_OK);
    assert_int_equal(ds_record_set_json(r, "timestamps", "[0, -5]", NULL), DS_OK);
    invalid(r, "Everything.timestamps[1]: -5 is not a valid AWSTimestamp (epoch seconds, not negative)");
    ds_record_free(r);
}

/* ---- enums ---------------------------------------------------------------------------- */

static void enum_values_must_be_members(void **state) {
    ds_record *r = everything(state);
    assert_int_equal(ds_record_set_string(r, "anEnum", "low", NULL), DS_OK);
    invalid(r, "Everything.anEnum: \"low\" is not a value of enum Priority (LOW, MEDIUM, HIGH)");
    assert_int_equal(ds_record_set_string(r, "anEnum", "MEDIUM", NULL), DS_OK);
    assert_int_equal(ds_record_set_json(r, "enums", "[\"HIGH\", \"URGENT\"]", NULL), DS_OK);
    invalid(r, "Everything.enums[1]: \"URGENT\" is not a value of enum Priority (LOW, MEDIUM, HIGH)");
    ds_record_free(r);
}

/* ---- the AWS scalars -------------------------------------------------------------------- */

typedef struct scalar_case {
    const char *field, *good, *bad, *name;
} scalar_case;

static const scalar_case aws_cases[] = {
    {"aDate", "2024-02-29", "2023-02-29", "AWSDate"},
    {"aDate", "2024-12-31Z", "2024-13-01", "AWSDate"},
    {"aTime", "12:30:00.123Z", "25:00", "AWSTime"},
    {"aTime", "23:59", "12:30:00.1234567890", "AWSTime"},
    {"aDateTime", "2024-01-01T00:00:00Z", "2024-01-01T00:00:00", "AWSDateTime"},
    {"aDateTime", "2024-01-01T10:20:30.5-07:00", "2024-01-01 00:00:00Z", "AWSDateTime"},
    {"anEmail", "a.b+c@example.com", "not-an-email", "AWSEmail"},
    {"anEmail", "x@y.z", "a@-b.com", "AWSEmail"},
    {"aJSON", "{\"a\":[1,2]}", "{bad", "AWSJSON"},
    {"aJSON", "\"text\"", "undefined", "AWSJSON"},
    {"aURL", "https://example.com/a?b=c#d", "not a url", "AWSURL"},
    {"aURL", "mailto:x@y.z", "http:/x.com", "AWSURL"},
    {"aPhone", "+1 206-555-0100", "12", "AWSPhone"},
    {"aPhone", "+442079460958", "phone", "AWSPhone"},
    {"anIPAddress", "192.168.0.1", "256.1.1.1", "AWSIPAddress"},
    {"anIPAddress", "2001:db8::1/64", "1.2.3", "AWSIPAddress"},
};

static void each_aws_scalar_accepts_its_format_and_names_a_bad_value(void **state) {
    for (size_t i = 0; i < sizeof aws_cases / sizeof aws_cases[0]; i++) {
        const scalar_case *c = &aws_cases[i];
        ds_record *r = everything(state);
        assert_int_equal(ds_record_set_string(r, c->field, c->good, NULL), DS_OK);
        valid(r);
        assert_int_equal(ds_record_set_string(r, c->field, c->bad, NULL), DS_OK);
        char msg[256];
        snprintf(msg, sizeof msg, "Everything.%s: \"%s\" is not a valid %s", c->field, c->bad, c->name);
        invalid(r, msg);
        ds_record_free(r);
    }
}

static void the_email_example_reads_as_documented(void **state) {
    ds_record *r = everything(state);
    assert_int_equal(ds_record_set_string(r, "anEmail", "not-an-email", NULL), DS_OK);
    invalid(r, "Everything.anEmail: \"not-an-email\" is not a valid AWSEmail");
    ds_record_free(r);
}

static void list_items_of_aws_scalars_are_checked(void **state) {
    static const char *const cases[][2] = {
        {"{\"dates\":[\"2024-01-01\",\"01/02/2024\"]}", "Everything.dates[1]: \"01/02/2024\" is not a valid AWSDate"},
        {"{\"times\":[\"noon\"]}", "Everything.times[0]: \"noon\" is not a valid AWSTime"},
        {"{\"dateTimes\":[\"2024\"]}", "Everything.dateTimes[0]: \"2024\" is not a valid AWSDateTime"},
        {"{\"emails\":[null,\"@\"]}", "Everything.emails[1]: \"@\" is not a valid AWSEmail"},
        {"{\"jsons\":[\"{\\\"a\\\":\"]}", "Everything.jsons[0]: \"{\\\"a\\\":\" is not a valid AWSJSON"},
        {"{\"urls\":[\"nope\"]}", "Everything.urls[0]: \"nope\" is not a valid AWSURL"},
        {"{\"phones\":[\"abc\"]}", "Everything.phones[0]: \"abc\" is not a valid AWSPhone"},
        {"{\"ipAddresses\":[\"1.1.1.1\",\"::g\"]}", "Everything.ipAddresses[1]: \"::g\" is not a valid AWSIPAddress"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ds_record *r = everything(state), *patch = from_json(*state, "Everything", cases[i][0]);
        /* copy the one list over */
        const char *name = strchr(cases[i][0], '"') + 1;
        char field[32];
        size_t n = (size_t)(strchr(name, '"') - name);
        memcpy(field, name, n);
        field[n] = '\0';
        char *j = ds_record_get_json(patch, field);
        assert_int_equal(ds_record_set_json(r, field, j, NULL), DS_OK);
        invalid(r, cases[i][1]);
        ds_free(j);
        ds_record_free(patch);
        ds_record_free(r);
    }
}

/* ---- embedded values ---------------------------------------------------------------------- */

static const char customer[] =
    "{\"id\":\"c1\",\"name\":\"Ann\","
    "\"contact\":{\"emails\":[\"a@b.co\"],\"primaryAddress\":{\"street\":[\"1 Main\"],\"city\":\"X\","
    "\"country\":\"US\"}},"
    "\"shipping\":[]}";

static void embedded_values_are_validated_recursively(void **state) {
    (void)state;
    ds_schema *s = load(EMBEDDED);
    ds_record *r = from_json(s, "Customer", customer);
    valid(r);
    static const char *const cases[][3] = {
        {"contact", "{\"emails\":[\"a@b.co\"]}", "Customer.contact.primaryAddress is required"},
        {"contact", "{\"primaryAddress\":{\"street\":[],\"city\":\"X\",\"country\":\"US\"}}",
         "Customer.contact.emails is required"},
        {"contact", "{\"emails\":[\"bad\"],\"primaryAddress\":{\"street\":[],\"city\":\"X\",\"country\":\"US\"}}",
         "Customer.contact.emails[0]: \"bad\" is not a valid AWSEmail"},
        {"contact", "{\"emails\":[],\"primaryAddress\":{\"street\":[],\"city\":null,\"country\":\"US\"}}",
         "Customer.contact.primaryAddress.city is required"},
        {"contact",
         "{\"emails\":[],\"primaryAddress\":{\"street\":[],\"city\":\"X\",\"country\":\"US\",\"geo\":{\"lat\":1}}}",
         "Customer.contact.primaryAddress.geo.lng is required"},
        {"contact", "{\"emails\":[],\"primaryAddress\":{\"street\":[null],\"city\":\"X\",\"country\":\"US\"}}",
         "Customer.contact.primaryAddress.street[0] is required"},
        {"contact", "{\"emails\":[],\"primaryAddress\":{\"street\":[],\"city\":\"X\",\"country\":\"FR\"}}",
         "Customer.contact.primaryAddress.country: \"FR\" is not a value of enum Country (US, CA, MX)"},
        {"contact", "{\"emails\":[],\"primaryAddress\":{\"street\":[],\"city\":\"X\",\"country\":\"US\"},"
                    "\"phones\":[\"x\"]}",
         "Customer.contact.phones[0]: \"x\" is not a valid AWSPhone"},
        {"contact", "null", "Customer.contact is required"},
        {"shipping", "[null]", "Customer.shipping[0] is required"},
        {"shipping", "[{\"street\":[],\"country\":\"US\"}]", "Customer.shipping[0].city is required"},
        {"billing", "{\"city\":\"X\",\"country\":\"US\"}", "Customer.billing.street is required"},
        {"billing", "{\"street\":[],\"city\":\"X\",\"country\":\"US\",\"history\":[{\"lat\":1,\"lng\":2},null]}",
         "Customer.billing.history[1] is required"},
        {"visited", "[\"US\",\"ZZ\"]", "Customer.visited[1]: \"ZZ\" is not a value of enum Country (US, CA, MX)"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ds_record *c = NULL;
        assert_int_equal(ds_record_copy(&c, r, NULL), DS_OK);
        ds_error err = DS_ERROR_INIT;
        ds_status rc = ds_record_set_json(c, cases[i][0], cases[i][1], &err);
        if (rc != DS_OK)
            fprintf(stderr, "%s\n", err.message);
        assert_int_equal(rc, DS_OK);
        invalid(c, cases[i][2]);
        ds_record_free(c);
    }
    ds_record_free(r);

    ds_record *w = from_json(s, "Warehouse", "{\"id\":\"w\",\"location\":{\"street\":[],\"city\":\"c\",\"country\":"
                                             "\"MX\"},\"altLocations\":[null]}");
    valid(w); /* [Address]! holds nulls */
    ds_record_free(w);
    ds_schema_free(s);
}

static void a_non_model_record_is_validated_like_an_embedded_value(void **state) {
    (void)state;
    ds_schema *s = load(EMBEDDED);
    ds_record *o = from_json(s, "Orphan", "{\"note\":\"n\"}");
    invalid(o, "Orphan.level is required");
    assert_int_equal(ds_record_set_int(o, "level", 3, NULL), DS_OK);
    valid(o);
    ds_record_free(o);
    ds_schema_free(s);
}

static void values_the_store_set_without_checks_are_still_kind_checked(void **state) {
    ds_record *r = everything(state);
    const ds_model *m = ds_record_model(r);
    ds_value bad = ds_str("[1, \"two\"]");
    assert_int_equal(ds__record_set_trusted(r, ds_model_field(m, "ints"), &bad), DS_OK);
    invalid(r, "Everything.ints[1]: expected an Int, got a string \"two\"");
    ds_value obj = ds_str("{\"a\":1}");
    assert_int_equal(ds__record_set_trusted(r, ds_model_field(m, "ints"), &obj), DS_OK);
    invalid(r, "Everything.ints: expected a list of Int, got an object");
    ds_record_free(r);
}

/* ---- primary keys ------------------------------------------------------------------------- */

static void key_fields_cannot_be_empty_strings(void **state) {
    (void)state;
    ds_schema *s = load(KEYS);
    ds_record *c = from_json(s, "Customer", "{\"customerId\":\"\",\"name\":\"Ann\"}");
    invalid(c, "Customer.customerId: a primary key field cannot be an empty string");
    assert_int_equal(ds_record_set_string(c, "customerId", "c1", NULL), DS_OK);
    valid(c);
    ds_record_free(c);

    ds_record *b = from_json(s, "StoreBranch",
                             "{\"tenantId\":\"t\",\"country\":\"NO\",\"state\":\"\",\"city\":\"Oslo\","
                             "\"zipCode\":\"0150\",\"streetAddress\":\"Gate 1\"}");
    invalid(b, "StoreBranch.state: a primary key field cannot be an empty string");
    ds_record_free(b);
    ds_schema_free(s);

    /* The managed id too, when given. */
    ds_record *r = everything(state);
    assert_int_equal(ds_record_set_string(r, "id", "", NULL), DS_OK);
    invalid(r, "Everything.id: a primary key field cannot be an empty string");
    ds_record_free(r);
}

static void key_fields_other_than_a_managed_id_must_be_given(void **state) {
    (void)state;
    ds_schema *s = load(KEYS);
    /* Order's key is id + orderDate: not a managed id. */
    ds_record *o = from_json(s, "Order", "{\"orderDate\":\"2024-01-01\",\"customerId\":\"c\",\"total\":1}");
    invalid(o, "Order.id is required");
    assert_int_equal(ds_record_set_string(o, "id", "o1", NULL), DS_OK);
    valid(o);
    ds_record_free(o);
    ds_record *c = from_json(s, "Customer", "{\"name\":\"Ann\"}");
    invalid(c, "Customer.customerId is required");
    ds_record_free(c);
    ds_schema_free(s);
}

static void relationship_fields_are_not_validated(void **state) {
    (void)state;
    ds_schema *s = parse("type Blog @model { id: ID! posts: [Post] @hasMany }\n"
                         "type Post @model { id: ID! blog: Blog! @belongsTo }");
    ds_record *p = from_json(s, "Post", "{\"id\":\"p\",\"blogPostsId\":\"b\"}");
    valid(p); /* the required relationship is carried by its foreign key */
    ds_record_free(p);
    ds_schema_free(s);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_record_with_every_required_value_is_valid),
        cmocka_unit_test(success_clears_a_previous_error),
        cmocka_unit_test(required_scalars_must_be_present_and_non_null),
        cmocka_unit_test(the_post_example_reports_the_first_problem),
        cmocka_unit_test(a_managed_id_may_be_unset_but_not_null),
        cmocka_unit_test(read_only_timestamps_are_exempt),
        cmocka_unit_test(required_lists_must_be_non_null),
        cmocka_unit_test(list_items_must_be_non_null_when_the_items_are_required),
        cmocka_unit_test(int_must_fit_in_32_bits),
        cmocka_unit_test(float_must_be_finite),
        cmocka_unit_test(timestamps_are_not_negative),
        cmocka_unit_test(enum_values_must_be_members),
        cmocka_unit_test(each_aws_scalar_accepts_its_format_and_names_a_bad_value),
        cmocka_unit_test(the_email_example_reads_as_documented),
        cmocka_unit_test(list_items_of_aws_scalars_are_checked),
        cmocka_unit_test(embedded_values_are_validated_recursively),
        cmocka_unit_test(a_non_model_record_is_validated_like_an_embedded_value),
        cmocka_unit_test(values_the_store_set_without_checks_are_still_kind_checked),
        cmocka_unit_test(key_fields_cannot_be_empty_strings),
        cmocka_unit_test(key_fields_other_than_a_managed_id_must_be_given),
        cmocka_unit_test(relationship_fields_are_not_validated),
    };
    return cmocka_run_group_tests(tests, setup_scalars, teardown_schema);
}
