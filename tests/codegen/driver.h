/*
 * Shared by the typed-API drivers (driver_<schema>.c): each is a cmocka
 * program compiled with the models `datastore codegen` made for one schema
 * (tests/codegen/CMakeLists.txt, through datastore_generate_models), and
 * drives every model through the generated functions on a store opened with
 * the embedded schema — no .graphql file is read at run time.
 */
#ifndef DS_TEST_CODEGEN_DRIVER_H
#define DS_TEST_CODEGEN_DRIVER_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include <datastore/datastore.h>

/* Counts of observed changes by operation; written by the store's
 * dispatcher thread, read after ds_observe_flush(). */
typedef struct drv_events {
    int ops[3];   /* DS_INSERT, DS_UPDATE, DS_DELETE */
    int typed;    /* callbacks that got a converted struct */
    char last[128]; /* a text the callback copied from the struct */
} drv_events;

/* A typed observer for TYPE that counts into a drv_events and copies
 * TEXT_EXPR (a const char * of `value`) into last. */
#define DRV_OBSERVER(name, TYPE, TEXT_EXPR)                                                                            \
    static void name(const ds_change *change, const TYPE *value, void *userdata) {                                    \
        drv_events *ev = userdata;                                                                                     \
        ev->ops[change->op]++;                                                                                         \
        if (value) {                                                                                                   \
            const char *t_ = (TEXT_EXPR);                                                                              \
            ev->typed++;                                                                                               \
            snprintf(ev->last, sizeof ev->last, "%s", t_ ? t_ : "");                                                   \
        }                                                                                                              \
    }

/* A malloc'd copy (the structs own their strings). */
static inline char *drv_dup(const char *s) {
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (p)
        memcpy(p, s, n);
    return p;
}

static inline ds_store *drv_open(const ds_schema *schema) {
    ds_store *store = NULL;
    ds_error err = DS_ERROR_INIT;
    ds_store_options opts = DS_STORE_OPTIONS_INIT;
    assert_non_null(schema);
    if (ds_open(&store, ":memory:", schema, &opts, &err) != DS_OK)
        fail_msg("ds_open: %s", err.message);
    return store;
}

#define DRV_OK(call)                                                                                                   \
    do {                                                                                                               \
        ds_error drv_err_ = DS_ERROR_INIT;                                                                             \
        ds_error *err = &drv_err_;                                                                                     \
        ds_status drv_rc_ = (call);                                                                                    \
        if (drv_rc_ != DS_OK)                                                                                          \
            fail_msg("%s: %s (%s)", #call, ds_status_name(drv_rc_), drv_err_.message);                                 \
    } while (0)

#endif
