/*
 * The model registry: what ds_schema exposes for each Amplify construct.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datastore/schema.h"

static ds_schema *parse_ok(const char *text) {
    ds_schema *s = NULL;
    ds_error err = DS_ERROR_INIT;
    ds_status rc = ds_schema_parse(&s, text, strlen(text), "test.graphql", &err);
    if (rc != DS_OK)
        fprintf(stderr, "unexpected error: %s\n", err.message);
    assert_int_equal(rc, DS_OK);
    assert_non_null(s);
    return s;
}

static const ds_field *field(const ds_model *m, const char *name) {
    const ds_field *f = ds_model_field(m, name);
    if (!f)
        fprintf(stderr, "no field %s.%s\n", m->name, name);
    assert_non_null(f);
    return f;
}

static void model_gets_implicit_id_and_timestamps(void **state) {
    (void)state;
    ds_schema *s = parse_ok("enum PostStatus { ACTIVE INACTIVE }\n"
                            "type Post @model { title: String! rating: Int! status: PostStatus! }");
    assert_int_equal(ds_schema_model_count(s), 1);
    const ds_model *m = ds_schema_model(s, "Post");
    assert_non_null(m);
    assert_true(m->is_model);
    assert_string_equal(m->plural_name, "Posts");
    assert_int_equal(m->field_count, 6);
    assert_string_equal(m->fields[0].name, "id"); /* id comes first */
    assert_true(m->fields[0].is_implicit);
    assert_true(m->fields[0].is_required);
    assert_true(m->fields[0].is_key);
    assert_int_equal(m->fields[0].scalar, DS_SCALAR_ID);
    assert_int_equal(m->key_count, 1);
    assert_ptr_equal(m->key_fields[0], &m->fields[0]);
    assert_false(m->is_custom_key);
    const ds_field *created = field(m, "createdAt");
    assert_true(created->is_read_only);
    assert_false(created->is_required);
    assert_int_equal(created->scalar, DS_SCALAR_AWSDATETIME);
    assert_string_equal(m->created_at, "createdAt");
    assert_string_equal(m->updated_at, "updatedAt");
    const ds_field *status = field(m, "status");
    assert_int_equal(status->kind, DS_KIND_ENUM);
    assert_non_null(status->enum_type);
    assert_true(ds_enum_has_value(status->enum_type, "ACTIVE"));
    assert_false(ds_enum_has_value(status->enum_type, "DELETED"));
    assert_int_equal(strlen(ds_schema_version(s)), 64);
    ds_schema_free(s);
}

static void timestamps_can_be_renamed_or_disabled(void **state) {
    (void)state;
    ds_schema *s = parse_ok("type A @model(timestamps: {createdAt: \"made\", updatedAt: \"changed\"}) { id: ID! }\n"
                            "type B @model(timestamps: null) { id: ID! }");
    const ds_model *a = ds_schema_model(s, "A"), *b = ds_schema_model(s, "B");
    assert_string_equal(a->created_at, "made");
    assert_string_equal(a->updated_at, "changed");
    assert_true(field(a, "made")->is_read_only);
    assert_null(ds_model_field(a, "createdAt"));
    assert_null(b->created_at);
    assert_int_equal(b->field_count, 1);
    ds_schema_free(s);
}

static void primary_key_custom_and_composite(void **state) {
    (void)state;
    ds_schema *s = parse_ok("type Customer @model { customerId: ID! @primaryKey name: String! }\n"
                            "type Branch @model { tenant: ID! @primaryKey(sortKeyFields: [\"country\", \"city\"]) "
                            "country: String! city: String! }");
    const ds_model *c = ds_schema_model(s, "Customer");
    assert_true(c->is_custom_key);
    assert_int_equal(c->key_count, 1);
    assert_string_equal(c->key_fields[0]->name, "customerId");
    assert_null(ds_model_field(c, "id")); /* no implicit id with a custom key */
    const ds_model *b = ds_schema_model(s, "Branch");
    assert_int_equal(b->key_count, 3);
    assert_string_equal(b->key_fields[0]->name, "tenant");
    assert_string_equal(b->key_fields[1]->name, "country");
    assert_string_equal(b->key_fields[2]->name, "city");
    assert_true(field(b, "city")->is_key);
    assert_string_equal(b->plural_name, "Branches");
    ds_schema_free(s);
}

static void indexes_with_names_query_fields_and_defaults(void **state) {
    (void)state;
    ds_schema *s = parse_ok("type Task @model { id: ID!\n"
                            "  owner: String! @index(name: \"byOwner\", sortKeyFields: [\"due\"], queryField: \"tasksByOwner\")\n"
                            "  due: AWSDate\n"
                            "  tag: String @index }");
    const ds_model *m = ds_schema_model(s, "Task");
    assert_int_equal(m->index_count, 2);
    assert_string_equal(m->indexes[0].name, "byOwner");
    assert_string_equal(m->indexes[0].query_field, "tasksByOwner");
    assert_int_equal(m->indexes[0].field_count, 2);
    assert_string_equal(m->indexes[0].fields[1], "due");
    assert_string_equal(m->indexes[1].name, "tasksByTag"); /* Amplify's generated name */
    assert_null(m->indexes[1].query_field);
    ds_schema_free(s);
}

static void has_many_and_belongs_to_resolve_both_ways(void **state) {
    (void)state;
    ds_schema *s = parse_ok("type Blog @model { id: ID! posts: [Post] @hasMany(indexName: \"byBlog\", fields: [\"id\"]) }\n"
                            "type Post @model { id: ID! blogID: ID! @index(name: \"byBlog\")\n"
                            "  blog: Blog @belongsTo(fields: [\"blogID\"]) }");
    const ds_model *blog = ds_schema_model(s, "Blog"), *post = ds_schema_model(s, "Post");
    const ds_field *posts = field(blog, "posts");
    assert_int_equal(posts->kind, DS_KIND_MODEL);
    assert_int_equal(posts->association.kind, DS_CONN_HAS_MANY);
    assert_ptr_equal(posts->association.related, post);
    assert_int_equal(posts->association.associated_count, 1);
    assert_string_equal(posts->association.associated_with[0], "blog");
    const ds_field *b = field(post, "blog");
    assert_int_equal(b->association.kind, DS_CONN_BELONGS_TO);
    assert_ptr_equal(b->association.related, blog);
    assert_int_equal(b->association.target_count, 1);
    assert_string_equal(b->association.target_names[0], "blogID");
    ds_schema_free(s);
}

static void implicit_foreign_keys_get_amplify_names(void **state) {
    (void)state;
    ds_schema *s = parse_ok("type Project @model { id: ID! team: Team @hasOne }\n"
                            "type Team @model { id: ID! project: Project @belongsTo }\n"
                            "type Album @model { id: ID! photos: [Photo] @hasMany }\n"
                            "type Photo @model { id: ID! }");
    const ds_field *fk = field(ds_schema_model(s, "Project"), "projectTeamId");
    assert_true(fk->is_implicit);
    assert_false(fk->is_required);
    assert_int_equal(fk->scalar, DS_SCALAR_ID);
    assert_non_null(ds_model_field(ds_schema_model(s, "Team"), "teamProjectId"));
    const ds_model *photo = ds_schema_model(s, "Photo");
    assert_true(field(photo, "albumPhotosId")->is_implicit);
    /* A has-many nobody answers gets an implicit index on the child. */
    assert_int_equal(photo->index_count, 1);
    assert_string_equal(photo->indexes[0].name, "gsi-Album.photos");
    ds_schema_free(s);
}

static void many_to_many_generates_join_model(void **state) {
    (void)state;
    ds_schema *s = parse_ok("type Post @model { id: ID! tags: [Tag] @manyToMany(relationName: \"PostTags\") }\n"
                            "type Tag @model { id: ID! posts: [Post] @manyToMany(relationName: \"PostTags\") }");
    assert_int_equal(ds_schema_model_count(s), 3);
    const ds_model *j = ds_schema_model_at(s, 2); /* join models come last */
    assert_string_equal(j->name, "PostTags");
    assert_true(j->is_join_model);
    assert_non_null(ds_model_field(j, "postId"));
    assert_non_null(ds_model_field(j, "tagId"));
    const ds_field *p = field(j, "post");
    assert_int_equal(p->association.kind, DS_CONN_BELONGS_TO);
    assert_true(p->is_required);
    const ds_field *tags = field(ds_schema_model(s, "Post"), "tags");
    assert_string_equal(tags->type_name, "PostTags");
    assert_int_equal(tags->association.kind, DS_CONN_HAS_MANY);
    assert_ptr_equal(tags->association.related, j);
    ds_schema_free(s);
}

static void non_model_types_lists_and_defaults(void **state) {
    (void)state;
    ds_schema *s = parse_ok("type Address { street: String! city: String tags: [String!]! }\n"
                            "type Person @model { id: ID! home: Address others: [Address] score: Int @default(value: \"7\") }");
    assert_int_equal(ds_schema_nonmodel_count(s), 1);
    const ds_model *addr = ds_schema_nonmodel(s, "Address");
    assert_non_null(addr);
    assert_false(addr->is_model);
    assert_int_equal(addr->key_count, 0);
    const ds_field *tags = field(addr, "tags");
    assert_true(tags->is_list);
    assert_true(tags->is_list_required);
    assert_true(tags->is_required);
    const ds_model *p = ds_schema_model(s, "Person");
    assert_string_equal(p->plural_name, "People");
    const ds_field *home = field(p, "home");
    assert_int_equal(home->kind, DS_KIND_NONMODEL);
    assert_ptr_equal(home->type_model, addr);
    assert_true(field(p, "others")->is_list);
    assert_false(field(p, "others")->is_list_required);
    assert_string_equal(field(p, "score")->default_value, "7");
    ds_schema_free(s);
}

static void auth_rules_are_kept_with_defaults(void **state) {
    (void)state;
    ds_schema *s = parse_ok(
        "type Note @model @auth(rules: [{allow: owner}, {allow: groups, groups: [\"Admin\", \"Ops\"], operations: [read]},\n"
        "  {allow: groups, groupsField: \"editors\"}, {allow: public, provider: apiKey, operations: [read]}]) {\n"
        /* No declared `id!`: the transformer requires required fields to stay
         * readable by the owner role the field rule adds. */
        "  body: String secret: String @auth(rules: [{allow: owner, ownerField: \"author\", identityClaim: \"sub\"}]) }");
    const ds_model *m = ds_schema_model(s, "Note");
    assert_int_equal(m->auth_rule_count, 4);
    const ds_auth_rule *r = &m->auth_rules[0];
    assert_int_equal(r->allow, DS_AUTH_OWNER);
    assert_int_equal(r->provider, DS_PROVIDER_USER_POOLS);
    assert_string_equal(r->owner_field, "owner");
    assert_string_equal(r->identity_claim, "cognito:username");
    assert_int_equal(r->operations & DS_OP_ALL, DS_OP_ALL);
    r = &m->auth_rules[1];
    assert_int_equal(r->allow, DS_AUTH_GROUPS);
    assert_int_equal(r->group_count, 2);
    assert_string_equal(r->groups[1], "Ops");
    assert_string_equal(r->group_claim, "cognito:groups");
    assert_true(r->operations & DS_OP_READ);
    assert_true(r->operations & DS_OP_LIST);
    assert_false(r->operations & DS_OP_CREATE);
    r = &m->auth_rules[2];
    assert_string_equal(r->groups_field, "editors");
    r = &m->auth_rules[3];
    assert_int_equal(r->allow, DS_AUTH_PUBLIC);
    assert_int_equal(r->provider, DS_PROVIDER_API_KEY);
    const ds_field *secret = field(m, "secret");
    assert_int_equal(secret->auth_rule_count, 1);
    assert_string_equal(secret->auth_rules[0].owner_field, "author");
    assert_string_equal(secret->auth_rules[0].identity_claim, "sub");
    ds_schema_free(s);
}

/* The introspection lists enum values as Amplify's generator does (values
 * whose constant case coincides collapse, extensions first); the registry
 * keeps every value the API accepts. */
static void enum_values_registry_keeps_all_introspection_follows_generator(void **state) {
    (void)state;
    ds_schema *s = parse_ok("enum Mode { fooBar FOO_BAR }\nextend enum Mode { LATE }\n"
                            "type T @model { id: ID! mode: Mode }");
    const ds_enum *e = ds_schema_enum(s, "Mode");
    assert_int_equal(e->value_count, 3);
    assert_true(ds_enum_has_value(e, "fooBar"));
    assert_true(ds_enum_has_value(e, "FOO_BAR"));
    assert_true(ds_enum_has_value(e, "LATE"));
    char *json = ds_schema_introspection_json(s, false);
    assert_non_null(strstr(json, "\"values\":[\"LATE\",\"FOO_BAR\"]"));
    ds_free(json);
    ds_schema_free(s);
}

static void version_ignores_formatting_but_not_meaning(void **state) {
    (void)state;
    const char *a = "type Post @model { id: ID! title: String! }";
    const char *b = "# a comment\n\n\"described\"\ntype   Post @model {\n  id: ID!\n\n  title: String!\n}\n";
    const char *c = "type Post @model { id: ID! title: String }";
    const char *d = "type Post @model { id: ID! title: String! @default(value: \"x\") }";
    ds_schema *sa = parse_ok(a), *sb = parse_ok(b), *sc = parse_ok(c), *sd = parse_ok(d);
    assert_string_equal(ds_schema_version(sa), ds_schema_version(sb));
    assert_string_not_equal(ds_schema_version(sa), ds_schema_version(sc));
    assert_string_not_equal(ds_schema_version(sa), ds_schema_version(sd));
    ds_schema_free(sa);
    ds_schema_free(sb);
    ds_schema_free(sc);
    ds_schema_free(sd);
}

static void extend_type_adds_fields(void **state) {
    (void)state;
    ds_schema *s = parse_ok("type Post @model { id: ID! }\nextend type Post { title: String }\n"
                            "enum Color { RED }\nextend enum Color { BLUE }");
    assert_non_null(ds_model_field(ds_schema_model(s, "Post"), "title"));
    assert_true(ds_enum_has_value(ds_schema_enum(s, "Color"), "BLUE"));
    ds_schema_free(s);
}

static void introspection_json_is_valid_and_owned_by_caller(void **state) {
    (void)state;
    ds_schema *s = parse_ok("type Post @model { id: ID! }");
    char *pretty = ds_schema_introspection_json(s, true), *compact = ds_schema_introspection_json(s, false);
    assert_non_null(strstr(pretty, "\n    \"models\": {"));
    assert_non_null(strstr(compact, "\"pluralName\":\"Posts\""));
    ds_free(pretty);
    ds_free(compact);
    ds_schema_free(s);
}

static void lookups_of_missing_names_return_null(void **state) {
    (void)state;
    ds_schema *s = parse_ok("type Post @model { id: ID! }");
    assert_null(ds_schema_model(s, "Nope"));
    assert_null(ds_schema_model(s, NULL));
    assert_null(ds_schema_model_at(s, 5));
    assert_null(ds_schema_enum(s, "Nope"));
    assert_null(ds_schema_nonmodel(s, "Post")); /* a model is not a non-model */
    assert_null(ds_model_field(ds_schema_model(s, "Post"), "nope"));
    ds_schema_free(s);
    ds_schema_free(NULL);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(model_gets_implicit_id_and_timestamps),
        cmocka_unit_test(timestamps_can_be_renamed_or_disabled),
        cmocka_unit_test(primary_key_custom_and_composite),
        cmocka_unit_test(indexes_with_names_query_fields_and_defaults),
        cmocka_unit_test(has_many_and_belongs_to_resolve_both_ways),
        cmocka_unit_test(implicit_foreign_keys_get_amplify_names),
        cmocka_unit_test(many_to_many_generates_join_model),
        cmocka_unit_test(non_model_types_lists_and_defaults),
        cmocka_unit_test(auth_rules_are_kept_with_defaults),
        cmocka_unit_test(enum_values_registry_keeps_all_introspection_follows_generator),
        cmocka_unit_test(version_ignores_formatting_but_not_meaning),
        cmocka_unit_test(extend_type_adds_fields),
        cmocka_unit_test(introspection_json_is_valid_and_owned_by_caller),
        cmocka_unit_test(lookups_of_missing_names_return_null),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
