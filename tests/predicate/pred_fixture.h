/*
 * Helpers shared by the predicate tests: the schemas they run against,
 * parsing that must succeed, records from JSON. Include after <cmocka.h>.
 */
#ifndef DS_PRED_FIXTURE_H
#define DS_PRED_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datastore/predicate.h"
#include "predicate/internal.h"
#include "support/testutil.h"

/* The Post model of predicate.h's examples, plus a relationship. */
static const char PF_POST_SCHEMA[] = "enum PostStatus { ACTIVE INACTIVE }\n"
                                     "type Post @model {\n"
                                     "  id: ID!\n"
                                     "  title: String!\n"
                                     "  rating: Int!\n"
                                     "  status: PostStatus!\n"
                                     "}\n"
                                     "type Blog @model { id: ID! name: String posts: [Entry] @hasMany }\n"
                                     "type Entry @model { id: ID! blog: Blog @belongsTo text: String }\n";

static inline ds_schema *pf_schema(const char *text) {
    ds_schema *s = NULL;
    ds_error err = DS_ERROR_INIT;
    if (ds_schema_parse(&s, text, strlen(text), "test.graphql", &err) != DS_OK)
        fprintf(stderr, "schema: %s\n", err.message);
    assert_non_null(s);
    return s;
}

/* The shared scalars fixture (model "Everything": every scalar, list and
 * nullability). */
static inline ds_schema *pf_scalars_schema(void) {
    ds_schema *s = NULL;
    ds_error err = DS_ERROR_INIT;
    if (ds_schema_load(&s, DS_SHARED_DIR "/fixtures/schemas/scalars/schema.graphql", &err) != DS_OK)
        fprintf(stderr, "schema: %s\n", err.message);
    assert_non_null(s);
    return s;
}

static inline ds_predicate *pf_parse(const ds_model *m, const char *text) {
    ds_predicate *p = NULL;
    ds_error err = DS_ERROR_INIT;
    ds_status rc = ds_pred_parse(&p, m, text, &err);
    if (rc != DS_OK)
        fprintf(stderr, "parse of [%s] failed: %s\n", text, err.message);
    assert_int_equal(rc, DS_OK);
    assert_non_null(p);
    return p;
}

/* A record of `model` from JSON (no validation: tests use nulls freely). */
static inline ds_record *pf_record(const ds_schema *s, const char *model, const char *json) {
    ds_record *r = NULL;
    ds_error err = DS_ERROR_INIT;
    if (ds_record_from_json(&r, s, model, json, &err) != DS_OK)
        fprintf(stderr, "record from %s: %s\n", json, err.message);
    assert_non_null(r);
    return r;
}

/* to_string as a malloc'd string, failing the test when NULL. */
static inline char *pf_text(const ds_predicate *p) {
    char *t = ds_pred_to_string(p);
    assert_non_null(t);
    return t;
}

#endif
