/*
 * AppSync filter and condition inputs: the shapes amplify-js sends
 * (groups, flattening, in/notIn expansion, key fields left out of
 * conditions) and reading them back (structure, meaning, errors with their
 * JSON path).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "pred_fixture.h"

static ds_schema *schema;
static const ds_model *post, *keyed;

static int setup(void **state) {
    (void)state;
    schema = pf_schema("enum PostStatus { ACTIVE INACTIVE }\n"
                       "type Post @model { id: ID! title: String rating: Int score: Float ok: Boolean "
                       "status: PostStatus tags: [String] }\n"
                       "type Keyed @model { tenant: ID! @primaryKey(sortKeyFields: [\"sku\"]) sku: String! "
                       "qty: Int }\n");
    post = ds_schema_model(schema, "Post");
    keyed = ds_schema_model(schema, "Keyed");
    return post && keyed ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    ds_schema_free(schema);
    return 0;
}

static void gql(const ds_model *m, bool condition, const char *pred, const char *want) {
    ds_predicate *p = pf_parse(m, pred);
    json_t *j = ds__pred_to_graphql(p, m, condition);
    assert_non_null(j);
    char *got = json_dumps(j, JSON_COMPACT | JSON_ENCODE_ANY);
    if (strcmp(got, want) != 0)
        fprintf(stderr, "[%s]%s\n  got  %s\n  want %s\n", pred, condition ? " (condition)" : "", got, want);
    assert_string_equal(got, want);
    free(got);
    json_decref(j);
    ds_pred_free(p);
}

static void filters_have_amplify_js_shapes(void **state) {
    (void)state;
    gql(post, false, "rating > 4", "{\"and\":[{\"rating\":{\"gt\":4}}]}");
    gql(post, false, "rating > 4 and title beginsWith \"A\"",
        "{\"and\":[{\"rating\":{\"gt\":4}},{\"title\":{\"beginsWith\":\"A\"}}]}");
    gql(post, false, "rating > 4 or title = null", "{\"or\":[{\"rating\":{\"gt\":4}},{\"title\":{\"eq\":null}}]}");
    gql(post, false, "rating > 4 and (status = ACTIVE or title contains \"x\")",
        "{\"and\":[{\"rating\":{\"gt\":4}},"
        "{\"or\":[{\"status\":{\"eq\":\"ACTIVE\"}},{\"title\":{\"contains\":\"x\"}}]}]}");
    gql(post, false, "not rating = 1", "{\"not\":{\"rating\":{\"eq\":1}}}");
    gql(post, false, "not (rating = 1 and ok = true)",
        "{\"not\":{\"and\":[{\"rating\":{\"eq\":1}},{\"ok\":{\"eq\":true}}]}}");
    gql(post, false, "rating between 1 and 5", "{\"and\":[{\"rating\":{\"between\":[1,5]}}]}");
    gql(post, false, "score le 1.5 and score ge -2 and ok != false and title notContains \"q\"",
        "{\"and\":[{\"score\":{\"le\":1.5}},{\"score\":{\"ge\":-2}},{\"ok\":{\"ne\":false}},"
        "{\"title\":{\"notContains\":\"q\"}}]}");
    gql(post, false, "tags contains \"x\" and _deleted != true",
        "{\"and\":[{\"tags\":{\"contains\":\"x\"}},{\"_deleted\":{\"ne\":true}}]}");
    gql(post, false, "rating > 1 and (title = \"a\" and title != \"b\") and (ok = true or ok = null)",
        "{\"and\":[{\"rating\":{\"gt\":1}},{\"and\":[{\"title\":{\"eq\":\"a\"}},{\"title\":{\"ne\":\"b\"}}]},"
        "{\"or\":[{\"ok\":{\"eq\":true}},{\"ok\":{\"eq\":null}}]}]}");
    gql(post, false, "id = \"p1\"", "{\"and\":[{\"id\":{\"eq\":\"p1\"}}]}");
    gql(post, false, "true", "{}");
    gql(post, false, "rating > 1 and true", "{\"and\":[{\"rating\":{\"gt\":1}}]}");
    gql(post, false, "false", "{\"or\":[]}");
}

static void in_and_not_in_are_expanded(void **state) {
    (void)state;
    gql(post, false, "status in [ACTIVE, INACTIVE]",
        "{\"or\":[{\"status\":{\"eq\":\"ACTIVE\"}},{\"status\":{\"eq\":\"INACTIVE\"}}]}");
    gql(post, false, "status in [ACTIVE]", "{\"and\":[{\"status\":{\"eq\":\"ACTIVE\"}}]}");
    gql(post, false, "rating > 1 and rating in [1, null]",
        "{\"and\":[{\"rating\":{\"gt\":1}},{\"or\":[{\"rating\":{\"eq\":1}},{\"rating\":{\"eq\":null}}]}]}");
    gql(post, false, "rating > 1 and status in [ACTIVE]",
        "{\"and\":[{\"rating\":{\"gt\":1}},{\"status\":{\"eq\":\"ACTIVE\"}}]}");
    gql(post, false, "rating notIn [1, 2]", "{\"and\":[{\"rating\":{\"ne\":1}},{\"rating\":{\"ne\":2}}]}");
    gql(post, false, "rating notIn [1, 2] or ok = true",
        "{\"or\":[{\"and\":[{\"rating\":{\"ne\":1}},{\"rating\":{\"ne\":2}}]},{\"ok\":{\"eq\":true}}]}");
    /* an empty in matches nothing: kept as an empty or, not dropped */
    gql(post, false, "rating in []", "{\"or\":[]}");
    gql(post, false, "rating in [] or ok = true", "{\"or\":[{\"or\":[]},{\"ok\":{\"eq\":true}}]}");
    gql(post, false, "rating notIn []", "{}");
    gql(post, false, "rating notIn [] and ok = true", "{\"and\":[{\"ok\":{\"eq\":true}}]}");
}

static void conditions_leave_out_key_fields(void **state) {
    (void)state;
    gql(post, true, "id = \"x\" and rating > 4", "{\"and\":[{\"rating\":{\"gt\":4}}]}");
    gql(post, true, "id = \"x\"", "{}");
    gql(post, true, "id = \"x\" or (id = \"y\" and rating > 1)", "{\"or\":[{\"rating\":{\"gt\":1}}]}");
    gql(post, true, "not id = \"x\" and rating > 1", "{\"and\":[{\"rating\":{\"gt\":1}}]}");
    gql(post, true, "id in [\"a\", \"b\"] and title = \"t\"", "{\"and\":[{\"title\":{\"eq\":\"t\"}}]}");
    gql(post, true, "rating > 4 and (title = \"a\" or title = \"b\")",
        "{\"and\":[{\"rating\":{\"gt\":4}},{\"or\":[{\"title\":{\"eq\":\"a\"}},{\"title\":{\"eq\":\"b\"}}]}]}");
    gql(keyed, true, "tenant = \"t\" and sku = \"s\" and qty >= 1", "{\"and\":[{\"qty\":{\"ge\":1}}]}");
    gql(keyed, true, "tenant = \"t\" and (sku = \"s\" or qty = 0)", "{\"and\":[{\"qty\":{\"eq\":0}}]}");
    gql(keyed, false, "tenant = \"t\" and sku = \"s\"",
        "{\"and\":[{\"tenant\":{\"eq\":\"t\"}},{\"sku\":{\"eq\":\"s\"}}]}");
    /* no predicate, no filter */
    json_t *j = ds__pred_to_graphql(NULL, post, true);
    assert_int_equal(json_object_size(j), 0);
    json_decref(j);
}

/* ---- reading back ------------------------------------------------------------ */

static ds_predicate *read_ok(const ds_model *m, const char *json) {
    json_error_t jerr;
    json_t *j = json_loads(json, JSON_DECODE_ANY, &jerr);
    assert_non_null(j);
    ds_predicate *p = NULL;
    ds_error err = DS_ERROR_INIT;
    ds_status rc = ds__pred_from_graphql(&p, j, m, &err);
    if (rc != DS_OK)
        fprintf(stderr, "%s: %s\n", json, err.message);
    assert_int_equal(rc, DS_OK);
    json_decref(j);
    return p;
}

static void read_fails(const ds_model *m, const char *json, ds_status code, const char *message) {
    json_t *j = json_loads(json, JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL);
    assert_non_null(j);
    ds_predicate *p = (ds_predicate *)1;
    ds_error err = DS_ERROR_INIT;
    ds_status rc = ds__pred_from_graphql(&p, j, m, &err);
    if (rc != code || strcmp(err.message, message) != 0)
        fprintf(stderr, "%s\n  got  %s: %s\n  want %s: %s\n", json, ds_status_name(rc), err.message,
                ds_status_name(code), message);
    assert_int_equal(rc, code);
    assert_null(p);
    assert_string_equal(err.message, message);
    json_decref(j);
}

static void reads_to(const char *json, const char *text) {
    ds_predicate *p = read_ok(post, json);
    char *t = pf_text(p);
    if (strcmp(t, text) != 0)
        fprintf(stderr, "%s\n  read as %s\n  want    %s\n", json, t, text);
    assert_string_equal(t, text);
    ds_free(t);
    ds_pred_free(p);
}

static void filters_read_back(void **state) {
    (void)state;
    reads_to("{}", "true");
    reads_to("{\"or\":[]}", "false");
    reads_to("{\"and\":[]}", "true");
    reads_to("{\"rating\":{\"gt\":1}}", "rating > 1");
    reads_to("{\"rating\":{\"gt\":1,\"lt\":5}}", "rating > 1 and rating < 5");
    reads_to("{\"rating\":{\"gt\":1},\"title\":{\"eq\":\"x\"}}", "rating > 1 and title = \"x\"");
    reads_to("{\"and\":[{\"rating\":{\"gt\":1}}],\"ok\":{\"eq\":true}}", "rating > 1 and ok = true");
    reads_to("{\"not\":{\"or\":[{\"rating\":{\"le\":1}},{\"score\":{\"between\":[1,2.5]}}]}}",
             "not (rating <= 1 or score between 1 and 2.5)");
    reads_to("{\"title\":{\"attributeExists\":true}}", "title != null");
    reads_to("{\"title\":{\"attributeExists\":false}}", "title = null");
    reads_to("{\"status\":{\"in\":[\"ACTIVE\",null]},\"rating\":{\"notIn\":[]}}",
             "status in [\"ACTIVE\", null] and rating notIn []");
    reads_to("{\"title\":{\"beginsWith\":\"a\",\"contains\":\"b\",\"notContains\":\"c\",\"ne\":\"d\",\"ge\":\"e\"}}",
             "title beginsWith \"a\" and title contains \"b\" and title notContains \"c\" and title != \"d\" and "
             "title >= \"e\"");
    reads_to("{\"tags\":{\"contains\":\"x\"},\"_deleted\":{\"ne\":true}}", "tags contains \"x\" and _deleted != true");
    /* without a model nothing is checked */
    json_t *j = json_loads("{\"anything\":{\"eq\":\"goes\"}}", 0, NULL);
    ds_predicate *p = NULL;
    assert_int_equal(ds__pred_from_graphql(&p, j, NULL, NULL), DS_OK);
    ds_pred_free(p);
    json_decref(j);
}

/* Writing then reading keeps the meaning (and the tree, where no in/notIn
 * or flattening is involved), checked on records with varied values. */
static void round_trips_keep_the_meaning(void **state) {
    (void)state;
    static const char *const preds[] = {
        "rating > 4",
        "rating > 4 and title beginsWith \"A\"",
        "not (rating = 1 and ok = true) or score < 0.5",
        "status in [ACTIVE, null] and rating notIn [1, 2]",
        "rating in [] or ok = true",
        "rating notIn []",
        "tags contains \"x\" or tags notContains \"y\"",
        "(title = \"a\" or title = \"b\") and (rating between 1 and 3 or not ok != true)",
        "true",
        "false",
        "not not status = INACTIVE",
    };
    static const char *const records[] = {
        "{\"id\":\"1\"}",
        "{\"id\":\"2\",\"title\":\"A1\",\"rating\":5,\"score\":0.25,\"ok\":true,\"status\":\"ACTIVE\",\"tags\":[]}",
        "{\"id\":\"3\",\"title\":\"a\",\"rating\":1,\"score\":1.5,\"ok\":false,\"status\":\"INACTIVE\",\"tags\":[]}",
        "{\"id\":\"4\",\"title\":\"b\",\"rating\":2,\"ok\":true,\"tags\":[\"y\",\"x\"]}",
        "{\"id\":\"5\",\"title\":null,\"rating\":3,\"score\":-1,\"status\":null}",
    };
    size_t nrec = sizeof records / sizeof *records;
    ds_record *recs[8];
    for (size_t i = 0; i < nrec; i++)
        recs[i] = pf_record(schema, "Post", records[i]);
    for (size_t i = 0; i < sizeof preds / sizeof *preds; i++) {
        ds_predicate *p = pf_parse(post, preds[i]);
        json_t *j = ds__pred_to_graphql(p, post, false);
        ds_predicate *back = NULL;
        ds_error err = DS_ERROR_INIT;
        if (ds__pred_from_graphql(&back, j, post, &err) != DS_OK)
            fprintf(stderr, "%s: %s\n", preds[i], err.message);
        assert_non_null(back);
        if (!strstr(preds[i], "in [") && !strstr(preds[i], "In ["))
            assert_true(ds__pred_equal(p, back));
        for (size_t k = 0; k < nrec; k++)
            assert_int_equal(ds_pred_matches(p, recs[k]), ds_pred_matches(back, recs[k]));
        json_decref(j);
        ds_pred_free(p);
        ds_pred_free(back);
    }
    for (size_t i = 0; i < nrec; i++)
        ds_record_free(recs[i]);
}

static void bad_filters_name_their_path(void **state) {
    (void)state;
    read_fails(post, "5", DS_ERR_INVALID, "filter: expected a filter object, got an integer");
    read_fails(post, "{\"and\":{}}", DS_ERR_INVALID, "filter.and: expected a list of filters, got an object");
    read_fails(post, "{\"or\":[{\"rating\":{\"eq\":1}},7]}", DS_ERR_INVALID,
               "filter.or[1]: expected a filter object, got an integer");
    read_fails(post, "{\"rating\":5}", DS_ERR_INVALID,
               "filter.rating: expected an object of operators such as {\"eq\": ...}, got an integer");
    read_fails(post, "{\"rating\":{\"size\":{\"eq\":1}}}", DS_ERR_INVALID,
               "filter.rating.size: unsupported operator \"size\"; expected one of eq, ne, lt, le, gt, ge, between, "
               "beginsWith, contains, notContains, in, notIn, attributeExists");
    read_fails(post, "{\"or\":[{\"rating\":{\"between\":[1]}}]}", DS_ERR_INVALID,
               "filter.or[0].rating.between: between takes a list of two values [low, high], got a list of another "
               "length");
    read_fails(post, "{\"rating\":{\"in\":5}}", DS_ERR_INVALID, "filter.rating.in: in takes a list, got an integer");
    read_fails(post, "{\"rating\":{\"in\":[1,[2]]}}", DS_ERR_INVALID,
               "filter.rating.in[1]: expected a single value, got a list");
    read_fails(post, "{\"rating\":{\"eq\":{}}}", DS_ERR_INVALID,
               "filter.rating.eq: expected a single value, got an object");
    read_fails(post, "{\"rating\":{\"attributeExists\":1}}", DS_ERR_INVALID,
               "filter.rating.attributeExists: attributeExists takes true or false, got an integer");
    read_fails(post, "{\"not\":{\"rating\":{\"eq\":\"x\"}}}", DS_ERR_INVALID,
               "filter.not.rating.eq: rating eq takes an integer, not \"x\"");
    read_fails(post, "{\"and\":[{\"nosuch\":{\"eq\":1}}]}", DS_ERR_INVALID,
               "filter.and[0].nosuch.eq: unknown field \"nosuch\" of Post; expected one of id, title, rating, "
               "score, ok, status, tags, createdAt, updatedAt");
    read_fails(post, "{\"title\":{\"eq\":\"a\\u0000b\"}}", DS_ERR_INVALID,
               "filter.title.eq: strings cannot contain NUL characters");
    read_fails(post, "{\"bad-name\":{\"eq\":1}}", DS_ERR_INVALID,
               "filter.bad-name.eq: \"bad-name\" is not a field name (or out of memory)");
    /* nesting is capped */
    char deep[2048];
    size_t o = 0;
    for (int i = 0; i < DS__PRED_MAX_DEPTH; i++)
        o += (size_t)snprintf(deep + o, sizeof deep - o, "{\"not\":");
    o += (size_t)snprintf(deep + o, sizeof deep - o, "{\"rating\":{\"eq\":1}}");
    for (int i = 0; i < DS__PRED_MAX_DEPTH; i++)
        deep[o++] = '}';
    deep[o] = '\0';
    ds_pred_free(read_ok(post, deep));
    char deeper[2100];
    snprintf(deeper, sizeof deeper, "{\"not\":%s}", deep);
    json_t *j = json_loads(deeper, 0, NULL);
    ds_predicate *p = NULL;
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds__pred_from_graphql(&p, j, post, &err), DS_ERR_LIMIT);
    assert_non_null(strstr(err.message, "nesting deeper than 64 levels"));
    assert_null(p);
    json_decref(j);
    assert_int_equal(ds__pred_from_graphql(&p, NULL, post, &err), DS_ERR_INVALID);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(filters_have_amplify_js_shapes),
        cmocka_unit_test(in_and_not_in_are_expanded),
        cmocka_unit_test(conditions_leave_out_key_fields),
        cmocka_unit_test(filters_read_back),
        cmocka_unit_test(round_trips_keep_the_meaning),
        cmocka_unit_test(bad_filters_name_their_path),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
