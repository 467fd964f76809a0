/*
 * A schema and helpers shared by the store tests.
 */
#ifndef DS_TEST_STORE_FIXTURE_H
#define DS_TEST_STORE_FIXTURE_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datastore/datastore.h"

static const char STORE_SCHEMA[] =
    "enum PostStatus { ACTIVE INACTIVE }\n"
    "type Blog @model { id: ID! name: String! posts: [Post] @hasMany(indexName: \"byBlog\", fields: [\"id\"]) }\n"
    "type Post @model { id: ID! title: String! rating: Int status: PostStatus tags: [String]\n"
    "  blogID: ID @index(name: \"byBlog\") blog: Blog @belongsTo(fields: [\"blogID\"])\n"
    "  comments: [Comment] @hasMany(indexName: \"byPost\", fields: [\"id\"]) }\n"
    "type Comment @model { id: ID! postID: ID! @index(name: \"byPost\") post: Post @belongsTo(fields: [\"postID\"])\n"
    "  content: String! }\n"
    "type Branch @model { tenant: ID! @primaryKey(sortKeyFields: [\"city\"]) city: String! name: String }\n"
    "type Project @model { id: ID! name: String team: Team @hasOne }\n"
    "type Team @model { id: ID! name: String! }\n";

typedef struct fixture {
    ds_schema *schema;
    ds_store *store;
} fixture;

static inline void fx_open(fixture *fx, const char *path) {
    ds_error err = DS_ERROR_INIT;
    if (!fx->schema)
        assert_int_equal(ds_schema_parse(&fx->schema, STORE_SCHEMA, strlen(STORE_SCHEMA), "store.graphql", &err),
                         DS_OK);
    ds_status rc = ds_open(&fx->store, path, fx->schema, NULL, &err);
    if (rc != DS_OK)
        fprintf(stderr, "ds_open: %s\n", err.message);
    assert_int_equal(rc, DS_OK);
}

static inline void fx_close(fixture *fx) {
    ds_close(fx->store);
    fx->store = NULL;
}

static inline void fx_free(fixture *fx) {
    fx_close(fx);
    ds_schema_free(fx->schema);
    fx->schema = NULL;
}

static inline ds_record *fx_rec(fixture *fx, const char *model) {
    ds_record *r = NULL;
    assert_int_equal(ds_record_new(&r, fx->schema, model, NULL), DS_OK);
    return r;
}

/* A Post with the given fields (id NULL: generated). */
static inline ds_record *fx_post(fixture *fx, const char *id, const char *title, int rating, const char *status) {
    ds_record *r = fx_rec(fx, "Post");
    if (id)
        assert_int_equal(ds_record_set_string(r, "id", id, NULL), DS_OK);
    assert_int_equal(ds_record_set_string(r, "title", title, NULL), DS_OK);
    if (rating >= 0)
        assert_int_equal(ds_record_set_int(r, "rating", rating, NULL), DS_OK);
    if (status)
        assert_int_equal(ds_record_set_string(r, "status", status, NULL), DS_OK);
    return r;
}

static inline void fx_save_ok(fixture *fx, ds_record *r) {
    ds_error err = DS_ERROR_INIT;
    ds_status rc = ds_save(fx->store, r, NULL, &err);
    if (rc != DS_OK)
        fprintf(stderr, "ds_save: %s\n", err.message);
    assert_int_equal(rc, DS_OK);
}

static inline size_t fx_count(fixture *fx, const char *model) {
    size_t n = 0;
    assert_int_equal(ds_count(fx->store, model, NULL, &n, NULL), DS_OK);
    return n;
}

static inline size_t fx_outbox(fixture *fx) {
    size_t n = 0;
    assert_int_equal(ds_outbox_count(fx->store, &n, NULL), DS_OK);
    return n;
}

#endif
