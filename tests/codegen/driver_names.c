/* tests/codegen/schemas/names: the mangling rule at work. Fields, types and
 * enum values named like C and C++ keywords, names that clash once in C, a
 * model whose name takes another's list type, and a composite key whose
 * fields are named like get()'s own parameters — all usable through the
 * typed API. The names below are the documented results of the rule. */
#include <stdio.h>

#include "driver.h"
#include "models.h"

DRV_OBSERVER(on_widget, Widget, value->default_)
DRV_OBSERVER(on_slot, Slot, value->err)

static void mangled_names(void **state) {
    (void)state;
    ds_store *store = drv_open(models_schema());
    drv_events ew, es;
    memset(&ew, 0, sizeof ew);
    memset(&es, 0, sizeof es);
    models_subscription *sw, *ss;
    DRV_OK(widget_observe(store, NULL, on_widget, &ew, &sw, err));
    DRV_OK(slot_observe(store, NULL, on_slot, &es, &ss, err));

    /* enum `class` with values default, int, INT, Int, register */
    assert_string_equal(class_to_string(CLASS_DEFAULT), "default");
    assert_string_equal(class_to_string(CLASS_INT), "int");
    assert_string_equal(class_to_string(CLASS_INT_2), "INT");
    assert_string_equal(class_to_string(CLASS_INT_3), "Int");
    class_ k;
    assert_true(class_from_string(&k, "register"));
    assert_int_equal(k, CLASS_REGISTER);

    Widget w;
    widget_init(&w);
    w.default_ = drv_dup("dflt");
    w.has_register = true;
    w.register_ = 9;
    w.has_class = true;
    w.class_2 = CLASS_INT_3; /* the member yields to the type named class_ */
    w.has_struct = true;
    w.struct_2.has_int = true;
    w.struct_2.int_ = 4;
    w.struct_2.errno_ = drv_dup("EPERM");
    w.has_structs = true;
    w.structs = calloc(2, sizeof *w.structs);
    w.structs_count = 2;
    w.structs[1].has = true;
    w.structs[1].value.errno_ = drv_dup("ENOENT");
    w.has_levels = true;
    w.levels = calloc(1, sizeof *w.levels);
    w.levels_count = 1;
    w.levels[0] = (LevelOpt){true, LEVEL_HIGH};
    w.count = 3;
    w.has_has_count = true; /* the flag of field hasCount */
    w.has_count = true;     /* field hasCount itself: the field won the name */
    w.has_count_count = true;
    w.count_count = 5;
    w.has_delete = true;
    w.delete_ = true;
    w.new_ = drv_dup("{\"n\":1}");
    w.has_this = true;
    w.this_ = 123;
    DRV_OK(widget_save(store, &w, NULL, err));

    Widget g;
    DRV_OK(widget_get(store, w.id, &g, err));
    assert_string_equal(g.default_, "dflt");
    assert_int_equal(g.register_, 9);
    assert_int_equal(g.class_2, CLASS_INT_3);
    assert_int_equal(g.struct_2.int_, 4);
    assert_string_equal(g.struct_2.errno_, "EPERM");
    assert_false(g.structs[0].has);
    assert_string_equal(g.structs[1].value.errno_, "ENOENT");
    assert_true(g.has_has_count && g.has_count);
    assert_int_equal(g.count_count, 5);
    assert_false(g.has_rating);
    assert_true(g.delete_);
    assert_int_equal(g.this_, 123);
    widget_free(&g);
    WidgetList wl;
    ds_predicate *p = ds_pred_and(3, widget_class_eq(CLASS_INT_3), widget_levels_contains(LEVEL_HIGH),
                                  widget_this_between(100, 200));
    DRV_OK(widget_query(store, p, NULL, &wl, err));
    assert_int_equal(wl.count, 1);
    assert_string_equal(wl.items[0].new_, "{\"n\":1}");
    widget_list_free(&wl);
    ds_pred_free(p);

    /* GadgetList is a model, so Gadget's list type is GadgetList_2 */
    GadgetList gl;
    gadget_list_init(&gl);
    DRV_OK(gadget_list_save(store, &gl, NULL, err));
    Gadget gd;
    gadget_init(&gd);
    gd.store = drv_dup("in store");
    gd.has_out = true;
    gd.out = 1;
    gd.gadget_list_gadgets_id = drv_dup(gl.id);
    DRV_OK(gadget_save(store, &gd, NULL, err));
    GadgetList_2 gds;
    DRV_OK(gadget_list_load_gadgets(store, &gl, &gds, err));
    assert_int_equal(gds.count, 1);
    assert_string_equal(gds.items[0].store, "in store");
    gadget_list_free(&gds);
    Gadget gg;
    DRV_OK(gadget_get(store, gd.id, &gg, err));
    gadget_free(&gg);
    DRV_OK(gadget_query(store, NULL, NULL, &gds, err));
    gadget_list_free(&gds);
    GadgetList ggl;
    DRV_OK(gadget_list_get(store, gl.id, &ggl, err));
    gadget_list_free_2(&ggl); /* GadgetList's own free, after Gadget's list_free took the name */
    GadgetListList gll;
    DRV_OK(gadget_list_query(store, NULL, NULL, &gll, err));
    assert_int_equal(gll.count, 1);
    gadget_list_list_free(&gll);

    /* Slot's key fields are named store, out, err: get()'s parameters yield */
    Slot s;
    slot_init(&s);
    s.store = drv_dup("s1");
    s.out = 2;
    s.err = drv_dup("e");
    s.has_class = true;
    s.class_2 = CLASS_DEFAULT;
    DRV_OK(slot_save(store, &s, NULL, err));
    Slot gs;
    DRV_OK(slot_get(store, "s1", 2, "e", &gs, err));
    assert_int_equal(gs.class_2, CLASS_DEFAULT);
    slot_free(&gs);
    SlotList sl;
    ds_predicate *sp = slot_out_ge(2);
    DRV_OK(slot_query(store, sp, NULL, &sl, err));
    assert_int_equal(sl.count, 1);
    slot_list_free(&sl);
    ds_pred_free(sp);

    DRV_OK(slot_delete(store, &s, NULL, err));
    DRV_OK(gadget_list_delete(store, &gl, NULL, err));
    DRV_OK(gadget_delete(store, &gd, NULL, err)); /* gone with its list already: a no-op */
    DRV_OK(widget_delete(store, &w, NULL, err));
    ds_observe_flush(store);
    assert_int_equal(ew.ops[DS_INSERT] + ew.ops[DS_DELETE], 2);
    assert_string_equal(ew.last, "dflt");
    assert_int_equal(es.ops[DS_INSERT] + es.ops[DS_DELETE], 2);
    assert_string_equal(es.last, "e");
    models_unobserve(sw);
    models_unobserve(ss);
    widget_free(&w);
    gadget_free(&gd);
    gadget_list_free_2(&gl);
    slot_free(&s);
    ds_close(store);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(mangled_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
