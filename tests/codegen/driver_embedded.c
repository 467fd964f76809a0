/* The embedded schema, generated with --prefix shop: non-model types nested
 * by value, in lists with and without null items, holding enums and lists of
 * their own, saved in models and read back whole. */
#include <stdio.h>

#include "driver.h"
#include "shop.h"

DRV_OBSERVER(on_customer, Customer, value->name)
DRV_OBSERVER(on_warehouse, Warehouse, value->location.city)

static char **one_string(const char *s) {
    char **v = calloc(1, sizeof *v);
    v[0] = drv_dup(s);
    return v;
}

static void address(Address *a, const char *city, Country country) {
    address_init(a);
    a->street = one_string("1 Main St");
    a->street_count = 1;
    a->city = drv_dup(city);
    a->country = country;
    a->has_geo = true;
    a->geo = (Geo){-41.29, 174.78};
    a->has_history = true;
    a->history = calloc(2, sizeof *a->history);
    a->history_count = 2;
    a->history[1] = (Geo){1.5, -2.5};
}

static void nested_values(void **state) {
    (void)state;
    ds_store *store = drv_open(shop_schema());
    drv_events ec, ew;
    memset(&ec, 0, sizeof ec);
    memset(&ew, 0, sizeof ew);
    shop_subscription *sc, *sw;
    DRV_OK(customer_observe(store, NULL, on_customer, &ec, &sc, err));
    DRV_OK(warehouse_observe(store, NULL, on_warehouse, &ew, &sw, err));

    Customer c;
    customer_init(&c);
    c.name = drv_dup("Ada");
    c.contact.emails = one_string("ada@example.com");
    c.contact.emails_count = 1;
    c.contact.has_phones = true; /* an empty list */
    address(&c.contact.primary_address, "Wellington", COUNTRY_US);
    c.contact.has_other_addresses = true;
    c.contact.other_addresses = calloc(2, sizeof *c.contact.other_addresses);
    c.contact.other_addresses_count = 2;
    c.contact.other_addresses[0].has = true;
    address(&c.contact.other_addresses[0].value, "Auckland", COUNTRY_CA);
    c.has_billing = true;
    address(&c.billing, "Billing town", COUNTRY_MX);
    c.shipping = calloc(1, sizeof *c.shipping);
    c.shipping_count = 1;
    address(&c.shipping[0], "Shipping city", COUNTRY_US);
    c.has_visited = true;
    c.visited = calloc(2, sizeof *c.visited);
    c.visited_count = 2;
    c.visited[0] = COUNTRY_MX;
    c.visited[1] = COUNTRY_CA;
    DRV_OK(customer_save(store, &c, NULL, err));

    Customer got;
    DRV_OK(customer_get(store, c.id, &got, err));
    assert_string_equal(got.contact.emails[0], "ada@example.com");
    assert_true(got.contact.has_phones);
    assert_int_equal(got.contact.phones_count, 0);
    assert_string_equal(got.contact.primary_address.city, "Wellington");
    assert_true(got.contact.primary_address.has_geo);
    assert_true(got.contact.primary_address.geo.lat == -41.29);
    assert_int_equal(got.contact.primary_address.history_count, 2);
    assert_true(got.contact.primary_address.history[1].lng == -2.5);
    assert_false(got.contact.primary_address.has_tags);
    assert_null(got.contact.primary_address.zip);
    assert_int_equal(got.contact.other_addresses_count, 2);
    assert_true(got.contact.other_addresses[0].has);
    assert_string_equal(got.contact.other_addresses[0].value.city, "Auckland");
    assert_int_equal(got.contact.other_addresses[0].value.country, COUNTRY_CA);
    assert_false(got.contact.other_addresses[1].has);
    assert_true(got.has_billing);
    assert_int_equal(got.billing.country, COUNTRY_MX);
    assert_string_equal(got.shipping[0].city, "Shipping city");
    assert_false(got.has_last_known);
    assert_int_equal(got.visited_count, 2);
    assert_int_equal(got.visited[1], COUNTRY_CA);

    Customer copy;
    DRV_OK(customer_copy(&copy, &got, err));
    assert_ptr_not_equal(copy.contact.other_addresses, got.contact.other_addresses);
    assert_string_equal(copy.contact.other_addresses[0].value.street[0], "1 Main St");
    customer_free(&got);
    copy.has_last_known = true;
    copy.last_known = (Geo){10, 20};
    DRV_OK(customer_save(store, &copy, NULL, err));
    CustomerList list;
    ds_predicate *p = ds_pred_and(2, customer_last_known_is_not_null(), customer_visited_contains(COUNTRY_MX));
    DRV_OK(customer_query(store, p, NULL, &list, err));
    assert_int_equal(list.count, 1);
    assert_true(list.items[0].last_known.lng == 20);
    customer_list_free(&list);
    ds_pred_free(p);

    /* an embedded value on its own, to and from a record of its type */
    ds_record *r;
    DRV_OK(address_to_record(&r, NULL, &copy.billing, err));
    assert_string_equal(ds_record_get_string(r, "country"), "MX");
    Address back;
    DRV_OK(address_from_record(&back, r, err));
    assert_string_equal(back.city, "Billing town");
    address_free(&back);
    ds_record_free(r);
    Orphan o, o2;
    orphan_init(&o);
    o.level = 3;
    DRV_OK(orphan_copy(&o2, &o, err));
    DRV_OK(orphan_to_record(&r, shop_schema(), &o2, err));
    orphan_free(&o2);
    DRV_OK(orphan_from_record(&o2, r, err));
    assert_int_equal(o2.level, 3);
    assert_null(o2.note);
    ds_record_free(r);
    orphan_free(&o2);

    Warehouse w;
    warehouse_init(&w);
    address(&w.location, "Depot", COUNTRY_US);
    w.has_docks = true;
    w.docks = calloc(3, sizeof *w.docks);
    w.docks_count = 3;
    w.docks[0] = (GeoOpt){true, {1, 2}};
    w.docks[2] = (GeoOpt){true, {3, 4}};
    DRV_OK(warehouse_save(store, &w, NULL, err));
    Warehouse gw;
    DRV_OK(warehouse_get(store, w.id, &gw, err));
    assert_int_equal(gw.docks_count, 3);
    assert_false(gw.docks[1].has);
    assert_true(gw.docks[2].value.lat == 3);
    assert_int_equal(gw.alt_locations_count, 0);
    warehouse_free(&gw);
    WarehouseList wl;
    ds_predicate *docked = warehouse_docks_is_not_null();
    DRV_OK(warehouse_query(store, docked, NULL, &wl, err));
    assert_int_equal(wl.count, 1);
    warehouse_list_free(&wl);
    ds_pred_free(docked);
    DRV_OK(warehouse_delete(store, &w, NULL, err));
    DRV_OK(customer_delete(store, &c, NULL, err));
    ds_observe_flush(store);
    assert_int_equal(ec.ops[DS_INSERT], 1);
    assert_int_equal(ec.ops[DS_UPDATE], 1);
    assert_int_equal(ec.ops[DS_DELETE], 1);
    assert_int_equal(ew.ops[DS_INSERT] + ew.ops[DS_DELETE], 2);
    assert_string_equal(ew.last, "Depot");

    shop_unobserve(sc);
    shop_unobserve(sw);
    warehouse_free(&w);
    customer_free(&copy);
    customer_free(&c);
    ds_close(store);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(nested_values),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
