/* The custom-keys schema: custom single-field keys and composite keys of 2, 3
 * and 6 fields, got by their typed key arguments; has-many and belongs-to
 * over a composite key; every model saved, queried, observed and deleted. */
#include <stdio.h>

#include "driver.h"
#include "models.h"

DRV_OBSERVER(on_customer, Customer, value->name)
DRV_OBSERVER(on_order, Order, value->order_date)
DRV_OBSERVER(on_product, Product, value->name)
DRV_OBSERVER(on_stock, StockItem, value->product_sku)
DRV_OBSERVER(on_branch, StoreBranch, value->city)

static void custom_and_composite_keys(void **state) {
    (void)state;
    ds_store *store = drv_open(models_schema());
    drv_events ev[5];
    memset(ev, 0, sizeof ev);
    models_subscription *subs[5];
    DRV_OK(customer_observe(store, NULL, on_customer, &ev[0], &subs[0], err));
    DRV_OK(order_observe(store, NULL, on_order, &ev[1], &subs[1], err));
    DRV_OK(product_observe(store, NULL, on_product, &ev[2], &subs[2], err));
    DRV_OK(stock_item_observe(store, NULL, on_stock, &ev[3], &subs[3], err));
    DRV_OK(store_branch_observe(store, NULL, on_branch, &ev[4], &subs[4], err));

    /* Customer: a custom single-field key, which is not generated */
    Customer cu;
    customer_init(&cu);
    cu.name = drv_dup("Ada");
    assert_int_not_equal(customer_save(store, &cu, NULL, NULL), DS_OK); /* no key */
    cu.customer_id = drv_dup("cust-1");
    cu.email = drv_dup("ada@example.com");
    DRV_OK(customer_save(store, &cu, NULL, err));
    Customer gcu;
    DRV_OK(customer_get(store, "cust-1", &gcu, err));
    assert_string_equal(gcu.email, "ada@example.com");
    customer_free(&gcu);

    /* Order: id + orderDate */
    Order orders[2];
    const char *dates[] = {"2024-01-15", "2024-02-01"};
    for (int i = 0; i < 2; i++) {
        order_init(&orders[i]);
        orders[i].id = drv_dup("ord-1"); /* same id, different sort key */
        orders[i].order_date = drv_dup(dates[i]);
        orders[i].customer_id = drv_dup("cust-1");
        orders[i].total = 10.5 * (i + 1);
        DRV_OK(order_save(store, &orders[i], NULL, err));
    }
    Order go;
    DRV_OK(order_get(store, "ord-1", "2024-02-01", &go, err));
    assert_true(go.total == 21.0);
    order_free(&go);
    assert_int_equal(order_get(store, "ord-1", "2024-03-01", &go, NULL), DS_ERR_NOTFOUND);
    OrderList ol;
    DRV_OK(customer_load_orders(store, &cu, &ol, err));
    assert_int_equal(ol.count, 2);
    order_list_free(&ol);
    Customer oc;
    DRV_OK(order_load_customer(store, &orders[0], &oc, err));
    assert_string_equal(oc.name, "Ada");
    customer_free(&oc);
    ds_predicate *late = order_order_date_between("2024-01-20", "2024-12-31");
    DRV_OK(order_query(store, late, NULL, &ol, err));
    assert_int_equal(ol.count, 1);
    assert_string_equal(ol.items[0].order_date, "2024-02-01");
    order_list_free(&ol);
    ds_pred_free(late);

    /* Product: sku + warehouse + binNumber (an Int) */
    Product pr;
    product_init(&pr);
    pr.sku = drv_dup("SKU-9");
    pr.warehouse = drv_dup("north");
    pr.bin_number = 7;
    pr.name = drv_dup("Widget");
    pr.has_price = true;
    pr.price = 2.25;
    DRV_OK(product_save(store, &pr, NULL, err));
    Product gpr;
    DRV_OK(product_get(store, "SKU-9", "north", 7, &gpr, err));
    assert_true(gpr.has_price && gpr.price == 2.25);
    product_free(&gpr);
    assert_int_equal(product_get(store, "SKU-9", "north", 8, &gpr, NULL), DS_ERR_NOTFOUND);

    StockItem st[2];
    for (int i = 0; i < 2; i++) {
        stock_item_init(&st[i]);
        st[i].product_sku = drv_dup("SKU-9");
        st[i].product_warehouse = drv_dup("north");
        st[i].product_bin_number = 7;
        st[i].quantity = 100 + i;
        DRV_OK(stock_item_save(store, &st[i], NULL, err));
    }
    StockItem gst;
    DRV_OK(stock_item_get(store, st[1].id, &gst, err));
    assert_int_equal(gst.quantity, 101);
    stock_item_free(&gst);
    StockItemList sl;
    DRV_OK(product_load_stock(store, &pr, &sl, err));
    assert_int_equal(sl.count, 2);
    stock_item_list_free(&sl);
    Product sp;
    DRV_OK(stock_item_load_product(store, &st[0], &sp, err));
    assert_string_equal(sp.name, "Widget");
    product_free(&sp);
    ds_predicate *big = stock_item_quantity_gt(100);
    DRV_OK(stock_item_query(store, big, NULL, &sl, err));
    assert_int_equal(sl.count, 1);
    stock_item_list_free(&sl);
    ds_pred_free(big);

    /* StoreBranch: a 6-part key */
    StoreBranch br;
    store_branch_init(&br);
    br.tenant_id = drv_dup("t1");
    br.country = drv_dup("NZ");
    br.state = drv_dup("Wellington");
    br.city = drv_dup("Wellington");
    br.zip_code = drv_dup("6011");
    br.street_address = drv_dup("1 Lambton Quay");
    DRV_OK(store_branch_save(store, &br, NULL, err));
    StoreBranch gbr;
    DRV_OK(store_branch_get(store, "t1", "NZ", "Wellington", "Wellington", "6011", "1 Lambton Quay", &gbr, err));
    assert_null(gbr.name);
    store_branch_free(&gbr);
    br.name = drv_dup("Harbour");
    DRV_OK(store_branch_save(store, &br, NULL, err));
    StoreBranchList bl;
    ds_predicate *named = store_branch_name_is_not_null();
    DRV_OK(store_branch_query(store, named, NULL, &bl, err));
    assert_int_equal(bl.count, 1);
    assert_string_equal(bl.items[0].name, "Harbour");
    store_branch_list_free(&bl);
    ds_pred_free(named);

    /* deletes: by each struct's key; the product's stock goes with it */
    DRV_OK(order_delete(store, &orders[0], NULL, err));
    DRV_OK(order_get(store, "ord-1", "2024-02-01", &go, err)); /* the other sort key stays */
    order_free(&go);
    DRV_OK(stock_item_delete(store, &st[1], NULL, err));
    DRV_OK(stock_item_get(store, st[0].id, &gst, err));
    stock_item_free(&gst);
    DRV_OK(product_delete(store, &pr, NULL, err));
    assert_int_equal(stock_item_get(store, st[0].id, &gst, NULL), DS_ERR_NOTFOUND);
    DRV_OK(store_branch_delete(store, &br, NULL, err));
    DRV_OK(customer_delete(store, &cu, NULL, err));
    ds_observe_flush(store);
    const int inserts[] = {1, 2, 1, 2, 1}, deletes[] = {1, 2, 1, 2, 1};
    for (int i = 0; i < 5; i++) {
        assert_int_equal(ev[i].ops[DS_INSERT], inserts[i]);
        assert_int_equal(ev[i].ops[DS_DELETE], deletes[i]);
        models_unobserve(subs[i]);
    }
    assert_int_equal(ev[4].ops[DS_UPDATE], 1);
    assert_string_equal(ev[4].last, "Wellington");

    customer_free(&cu);
    for (int i = 0; i < 2; i++) {
        order_free(&orders[i]);
        stock_item_free(&st[i]);
    }
    product_free(&pr);
    store_branch_free(&br);
    ds_close(store);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(custom_and_composite_keys),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
