/* The scalars schema: one model with every scalar DataStore supports, an
 * enum, and lists with every nullability, so every C representation is
 * written to a record, stored, read back and compared; plus the typed
 * predicates of each kind of field. */
#include <stdio.h>

#include "driver.h"
#include "models.h"

DRV_OBSERVER(on_everything, Everything, value->required_string)

static char **strings(size_t n, const char *const *src) {
    char **out = calloc(n ? n : 1, sizeof *out);
    for (size_t i = 0; i < n; i++)
        out[i] = src[i] ? drv_dup(src[i]) : NULL;
    return out;
}

#define STRINGS(member, ...)                                                                                           \
    do {                                                                                                               \
        static const char *const v_[] = {__VA_ARGS__};                                                                 \
        e->member = strings(sizeof v_ / sizeof *v_, v_);                                                               \
        e->member##_count = sizeof v_ / sizeof *v_;                                                                    \
    } while (0)

/* Every field set; the nullable list items hold a null each. */
static void fill(Everything *e) {
    everything_init(e);
    e->a_string = drv_dup("a string");
    e->required_string = drv_dup("required");
    e->has_an_int = true;
    e->an_int = -2147483647 - 1;
    e->required_int = 2147483647;
    e->has_a_float = true;
    e->a_float = 0.1;
    e->has_a_boolean = true;
    e->a_boolean = false;
    e->required_boolean = true;
    e->a_date = drv_dup("2024-02-29");
    e->a_time = drv_dup("12:30:00.000Z");
    e->a_date_time = drv_dup("2024-02-29T12:30:00.000Z");
    e->has_a_timestamp = true;
    e->a_timestamp = 1709209800;
    e->an_email = drv_dup("a@example.com");
    e->a_json = drv_dup("{\"k\":[1,2]}");
    e->a_url = drv_dup("https://example.com/x");
    e->a_phone = drv_dup("+64 21 123 4567");
    e->an_ip_address = drv_dup("192.168.0.1");
    e->has_an_enum = true;
    e->an_enum = PRIORITY_HIGH;
    e->required_enum = PRIORITY_MEDIUM;
    e->other_id = drv_dup("other");
    e->has_strings = true;
    STRINGS(strings, "x", NULL, "z \"quoted\" \xc3\xa9");
    STRINGS(required_strings_required_items, "r1", "r2");
    e->has_optional_list_required_items = true; /* an empty list, not null */
    STRINGS(required_list_optional_items, NULL);
    e->has_ints = true;
    e->ints = calloc(3, sizeof *e->ints);
    e->ints_count = 3;
    e->ints[0] = (ds_opt_int32){true, 7};
    e->ints[2] = (ds_opt_int32){true, -7};
    e->has_floats = true;
    e->floats = calloc(2, sizeof *e->floats);
    e->floats_count = 2;
    e->floats[0] = 1.5;
    e->floats[1] = 1e300;
    e->has_booleans = true;
    e->booleans = calloc(2, sizeof *e->booleans);
    e->booleans_count = 2;
    e->booleans[1] = (ds_opt_bool){true, true};
    e->has_dates = true;
    STRINGS(dates, "2024-01-01");
    e->has_times = true;
    STRINGS(times, "01:02:03Z");
    e->has_date_times = true;
    STRINGS(date_times, "2024-01-01T00:00:00Z");
    e->has_timestamps = true;
    e->timestamps = calloc(2, sizeof *e->timestamps);
    e->timestamps_count = 2;
    e->timestamps[0] = (ds_opt_int64){true, 4102444800};
    e->has_emails = true;
    STRINGS(emails, "b@example.com");
    e->has_jsons = true;
    STRINGS(jsons, "{\"a\":1}", "[true]", NULL);
    e->has_urls = true;
    STRINGS(urls, "https://example.org");
    e->has_phones = true;
    STRINGS(phones, "+1 555 0100");
    e->has_ip_addresses = true;
    STRINGS(ip_addresses, "::1");
    e->has_enums = true;
    e->enums = calloc(2, sizeof *e->enums);
    e->enums_count = 2;
    e->enums[0] = PRIORITY_LOW;
    e->enums[1] = PRIORITY_HIGH;
    e->has_ids = true;
    STRINGS(ids, "id-1");
}

static void same_strings(char **a, size_t na, char **b, size_t nb) {
    assert_int_equal(na, nb);
    for (size_t i = 0; i < na; i++) {
        if (!a[i] || !b[i])
            assert_ptr_equal(a[i], b[i]);
        else
            assert_string_equal(a[i], b[i]);
    }
}

static void same(const Everything *a, const Everything *b) {
    assert_string_equal(a->a_string, b->a_string);
    assert_string_equal(a->required_string, b->required_string);
    assert_true(a->has_an_int == b->has_an_int && a->an_int == b->an_int);
    assert_int_equal(a->required_int, b->required_int);
    assert_true(a->has_a_float == b->has_a_float && a->a_float == b->a_float);
    assert_true(a->has_a_boolean == b->has_a_boolean && a->a_boolean == b->a_boolean);
    assert_true(a->required_boolean == b->required_boolean);
    assert_string_equal(a->a_date, b->a_date);
    assert_string_equal(a->a_time, b->a_time);
    assert_string_equal(a->a_date_time, b->a_date_time);
    assert_true(a->has_a_timestamp == b->has_a_timestamp && a->a_timestamp == b->a_timestamp);
    assert_string_equal(a->an_email, b->an_email);
    assert_string_equal(a->a_json, b->a_json);
    assert_string_equal(a->a_url, b->a_url);
    assert_string_equal(a->a_phone, b->a_phone);
    assert_string_equal(a->an_ip_address, b->an_ip_address);
    assert_true(a->has_an_enum == b->has_an_enum && a->an_enum == b->an_enum);
    assert_int_equal(a->required_enum, b->required_enum);
    assert_string_equal(a->other_id, b->other_id);
    assert_true(a->has_strings == b->has_strings);
    same_strings(a->strings, a->strings_count, b->strings, b->strings_count);
    same_strings(a->required_strings_required_items, a->required_strings_required_items_count,
                 b->required_strings_required_items, b->required_strings_required_items_count);
    assert_true(a->has_optional_list_required_items == b->has_optional_list_required_items);
    assert_int_equal(a->optional_list_required_items_count, b->optional_list_required_items_count);
    same_strings(a->required_list_optional_items, a->required_list_optional_items_count,
                 b->required_list_optional_items, b->required_list_optional_items_count);
    assert_true(a->has_ints == b->has_ints);
    assert_int_equal(a->ints_count, b->ints_count);
    for (size_t i = 0; i < a->ints_count; i++)
        assert_true(a->ints[i].has == b->ints[i].has && (!a->ints[i].has || a->ints[i].value == b->ints[i].value));
    assert_int_equal(a->floats_count, b->floats_count);
    for (size_t i = 0; i < a->floats_count; i++)
        assert_true(a->floats[i] == b->floats[i]);
    assert_int_equal(a->booleans_count, b->booleans_count);
    for (size_t i = 0; i < a->booleans_count; i++)
        assert_true(a->booleans[i].has == b->booleans[i].has && a->booleans[i].value == b->booleans[i].value);
    same_strings(a->dates, a->dates_count, b->dates, b->dates_count);
    same_strings(a->times, a->times_count, b->times, b->times_count);
    same_strings(a->date_times, a->date_times_count, b->date_times, b->date_times_count);
    assert_int_equal(a->timestamps_count, b->timestamps_count);
    for (size_t i = 0; i < a->timestamps_count; i++)
        assert_true(a->timestamps[i].has == b->timestamps[i].has &&
                    (!a->timestamps[i].has || a->timestamps[i].value == b->timestamps[i].value));
    same_strings(a->emails, a->emails_count, b->emails, b->emails_count);
    same_strings(a->jsons, a->jsons_count, b->jsons, b->jsons_count);
    same_strings(a->urls, a->urls_count, b->urls, b->urls_count);
    same_strings(a->phones, a->phones_count, b->phones, b->phones_count);
    same_strings(a->ip_addresses, a->ip_addresses_count, b->ip_addresses, b->ip_addresses_count);
    assert_int_equal(a->enums_count, b->enums_count);
    for (size_t i = 0; i < a->enums_count; i++)
        assert_int_equal(a->enums[i], b->enums[i]);
    same_strings(a->ids, a->ids_count, b->ids, b->ids_count);
}

static void every_scalar_round_trips(void **state) {
    (void)state;
    ds_store *store = drv_open(models_schema());
    drv_events ev;
    memset(&ev, 0, sizeof ev);
    models_subscription *sub;
    ds_predicate *high = everything_an_enum_eq(PRIORITY_HIGH);
    DRV_OK(everything_observe(store, high, on_everything, &ev, &sub, err));
    ds_pred_free(high);

    Everything e, copy, got;
    fill(&e);
    DRV_OK(everything_copy(&copy, &e, err));
    same(&e, &copy);
    DRV_OK(everything_save(store, &e, NULL, err));
    assert_non_null(e.id);
    same(&e, &copy); /* save wrote back what it stored: the same values */
    DRV_OK(everything_get(store, e.id, &got, err));
    same(&copy, &got);
    assert_true(got.has_optional_list_required_items);
    assert_int_equal(got.optional_list_required_items_count, 0);
    assert_true(got.ints[1].has == false);
    assert_null(got.strings[1]);
    everything_free(&got);

    /* a second record with every optional field null */
    Everything sparse;
    everything_init(&sparse);
    sparse.required_string = drv_dup("sparse");
    sparse.required_enum = PRIORITY_LOW;
    DRV_OK(everything_save(store, &sparse, NULL, err));
    DRV_OK(everything_get(store, sparse.id, &got, err));
    assert_false(got.has_an_int || got.has_a_float || got.has_a_boolean || got.has_a_timestamp || got.has_an_enum);
    assert_false(got.has_strings || got.has_ints || got.has_enums || got.has_optional_list_required_items);
    assert_null(got.a_string);
    assert_null(got.a_json);
    assert_int_equal(got.required_strings_required_items_count, 0);
    everything_free(&got);

    /* typed predicates of each kind select the first record only */
    ds_predicate *preds[] = {
        everything_a_string_begins_with("a s"),
        everything_an_int_lt(0),
        everything_required_int_ge(2147483647),
        everything_a_float_between(0.05, 0.15),
        everything_a_boolean_eq(false),
        everything_a_timestamp_gt(1000),
        everything_a_date_le("2024-12-31"),
        everything_an_email_contains("@example"),
        everything_an_enum_eq(PRIORITY_HIGH), /* ne would match the null of the other */
        everything_strings_contains("x"),
        everything_ints_contains(-7),
        everything_floats_contains(1.5),
        everything_booleans_contains(true),
        everything_timestamps_contains(4102444800),
        everything_enums_contains(PRIORITY_HIGH),
        everything_ids_not_contains("nope"),
        everything_a_json_is_not_null(),
        everything_other_id_eq("other"),
    };
    for (size_t i = 0; i < sizeof preds / sizeof *preds; i++) {
        EverythingList list;
        assert_non_null(preds[i]);
        ds_predicate *p = i == 15 ? ds_pred_and(2, preds[i], everything_strings_is_not_null()) : preds[i];
        DRV_OK(everything_query(store, p, NULL, &list, err));
        if (list.count != 1 || strcmp(list.items[0].required_string, "required") != 0)
            fail_msg("predicate %zu selected %zu records", i, list.count);
        everything_list_free(&list);
        ds_pred_free(p);
    }
    ds_predicate *sparse_only = everything_a_string_is_null();
    EverythingList list;
    DRV_OK(everything_query(store, sparse_only, NULL, &list, err));
    assert_int_equal(list.count, 1);
    assert_string_equal(list.items[0].required_string, "sparse");
    everything_list_free(&list);
    ds_pred_free(sparse_only);

    /* out-of-range values are refused before anything is stored */
    e.an_enum = (Priority)42;
    assert_int_equal(everything_save(store, &e, NULL, NULL), DS_ERR_INVALID);
    e.an_enum = PRIORITY_HIGH;
    e.has_a_float = true;
    e.a_float = 1.0 / 0.0;
    assert_int_not_equal(everything_save(store, &e, NULL, NULL), DS_OK);
    e.a_float = 0.25;
    free(e.a_date);
    e.a_date = drv_dup("2024-13-01");
    assert_int_not_equal(everything_save(store, &e, NULL, NULL), DS_OK); /* AWSDate format */
    free(e.a_date);
    e.a_date = drv_dup("2024-02-29");
    DRV_OK(everything_save(store, &e, NULL, err));
    DRV_OK(everything_delete(store, &e, NULL, err));
    DRV_OK(everything_delete(store, &sparse, NULL, err));
    DRV_OK(everything_query(store, NULL, NULL, &list, err));
    assert_int_equal(list.count, 0);
    everything_list_free(&list);
    ds_observe_flush(store);
    assert_int_equal(ev.ops[DS_INSERT], 1); /* the observer sees HIGH only */
    assert_int_equal(ev.ops[DS_UPDATE], 1);
    assert_int_equal(ev.ops[DS_DELETE], 1);
    assert_string_equal(ev.last, "required");

    models_unobserve(sub);
    everything_free(&e);
    everything_free(&copy);
    everything_free(&sparse);
    ds_close(store);
}

static void enum_names(void **state) {
    (void)state;
    Priority p;
    assert_string_equal(priority_to_string(PRIORITY_MEDIUM), "MEDIUM");
    assert_null(priority_to_string((Priority)9));
    assert_true(priority_from_string(&p, "HIGH"));
    assert_int_equal(p, PRIORITY_HIGH);
    assert_false(priority_from_string(&p, "high"));
    assert_false(priority_from_string(&p, NULL));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_scalar_round_trips),
        cmocka_unit_test(enum_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
