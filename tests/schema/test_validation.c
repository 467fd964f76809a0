/*
 * Every validation error: refused, with a code, a place and a message that
 * says what is wrong; several errors all reported; never a partial registry.
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

typedef struct bad_case {
    const char *name;
    const char *schema;
    ds_status code;
    const char *place;   /* "file:line:col" prefix expected in the message */
    const char *message; /* a substring expected in the message */
} bad_case;

static const bad_case CASES[] = {
    {"syntax error", "type Post @model { id: ID! title String }", DS_ERR_SYNTAX, "t.graphql:1:34", "expected"},
    {"unknown type", "type Post @model {\n  id: ID!\n  author: Author\n}", DS_ERR_SCHEMA, "t.graphql:3:11",
     "unknown type \"Author\""},
    {"duplicate type", "type A @model { id: ID! }\ntype A @model { id: ID! }", DS_ERR_SCHEMA, "t.graphql:2:6",
     "duplicate type \"A\""},
    {"duplicate field", "type A @model {\n id: ID!\n x: Int\n x: String }", DS_ERR_SCHEMA, "t.graphql:4:2",
     "duplicate field \"A.x\""},
    {"duplicate enum value", "enum E { A B A }", DS_ERR_SCHEMA, "t.graphql:1:14", "defined twice"},
    {"unknown directive", "type A @model { id: ID! x: Int @unique }", DS_ERR_SCHEMA, "t.graphql:1:32",
     "unknown directive \"@unique\""},
    {"unknown directive argument", "type A @model { id: ID! x: Int @index(nam: \"byX\") }", DS_ERR_SCHEMA,
     "t.graphql:1:39", "unknown argument \"nam\" on directive \"@index\""},
    {"directive in wrong place", "type A @model { id: ID! @model }", DS_ERR_SCHEMA, "t.graphql:1:25",
     "may not be used on a field"},
    {"directive repeated", "type A @model @model { id: ID! }", DS_ERR_SCHEMA, "t.graphql:1:15", "only be used once"},
    {"argument of wrong type", "type A @model { id: ID! x: Int @index(name: 5) }", DS_ERR_SCHEMA, "t.graphql:1:45",
     "expects String, found an Int"},
    {"bad enum in auth rule", "type A @model @auth(rules: [{allow: everyone}]) { id: ID! }", DS_ERR_SCHEMA,
     "t.graphql:1:37", "\"everyone\" is not a value of AuthStrategy"},
    {"missing required argument", "type A @model { id: ID! b: [B] @manyToMany }\ntype B @model { id: ID! }",
     DS_ERR_SCHEMA, "t.graphql:1:32", "requires argument \"relationName"},
    {"nullable primary key", "type A @model { code: String @primaryKey }", DS_ERR_SCHEMA, "t.graphql:1:17",
     "must reference non-null fields"},
    {"sort key missing", "type A @model { code: String! @primaryKey(sortKeyFields: [\"nope\"]) }", DS_ERR_SCHEMA,
     "t.graphql:1:59", "\"nope\", which is not a field of A"},
    {"two primary keys", "type A @model { a: ID! @primaryKey b: ID! @primaryKey }", DS_ERR_SCHEMA, "t.graphql:1:43",
     "second @primaryKey"},
    {"boolean index", "type A @model { id: ID! done: Boolean! @index(name: \"byDone\") }", DS_ERR_SCHEMA,
     "t.graphql:1:40", "Boolean values cannot be used as keys"},
    {"bad index name", "type A @model { id: ID! x: String @index(name: \"by\") }", DS_ERR_SCHEMA, "t.graphql:1:35",
     "3 to 255 characters"},
    {"duplicate index name",
     "type A @model { id: ID! x: String @index(name: \"byX\") y: String @index(name: \"byX\") }", DS_ERR_SCHEMA,
     "t.graphql:1:65", "two indexes named \"byX\""},
    {"has many not list", "type A @model { id: ID! b: B @hasMany }\ntype B @model { id: ID! }", DS_ERR_SCHEMA,
     "t.graphql:1:25", "@hasMany must be used with a list"},
    {"has one on list", "type A @model { id: ID! b: [B] @hasOne }\ntype B @model { id: ID! }", DS_ERR_SCHEMA,
     "t.graphql:1:25", "@hasOne cannot be used with a list"},
    {"relation to non-model", "type A @model { id: ID! b: B @hasOne }\ntype B { x: Int }", DS_ERR_SCHEMA,
     "t.graphql:1:30", "\"B\" is not a @model type"},
    {"missing index for hasMany",
     "type A @model { id: ID! bs: [B] @hasMany(indexName: \"byA\", fields: [\"id\"]) }\ntype B @model { id: ID! aID: ID! }",
     DS_ERR_SCHEMA, "t.graphql:1:33", "B has no @index named \"byA\""},
    {"belongsTo field missing",
     "type A @model { id: ID! bs: [B] @hasMany }\ntype B @model { id: ID! a: A @belongsTo(fields: [\"aID\"]) }",
     DS_ERR_SCHEMA, "t.graphql:2:50", "\"aID\", which is not a field of B"},
    {"belongsTo without parent side", "type A @model { id: ID! }\ntype B @model { id: ID! a: A @belongsTo }",
     DS_ERR_SCHEMA, "t.graphql:2:30", "no @hasOne or @hasMany field of type B"},
    {"fields and references together",
     "type A @model { id: ID! b: B @hasOne(fields: [\"bID\"], references: [\"aID\"]) bID: ID }\n"
     "type B @model { id: ID! aID: ID a: A @belongsTo(references: [\"aID\"]) }",
     DS_ERR_SCHEMA, "t.graphql:1:30", "cannot be used together"},
    {"hasOne fields arity", "type A @model { id: ID! x: ID y: ID b: B @hasOne(fields: [\"x\", \"y\"]) }\ntype B @model { id: ID! }",
     DS_ERR_SCHEMA, "t.graphql:1:42", "gives 2 fields, but the key of B has 1 part"},
    {"manyToMany needs two sides", "type A @model { id: ID! bs: [B] @manyToMany(relationName: \"AB\") }\ntype B @model { id: ID! }",
     DS_ERR_SCHEMA, "t.graphql:1:33", "used 1 time(s)"},
    {"manyToMany name clash",
     "type A @model { id: ID! bs: [B] @manyToMany(relationName: \"B\") }\ntype B @model { id: ID! as: [A] @manyToMany(relationName: \"B\") }",
     DS_ERR_SCHEMA, "t.graphql:1:33", "a type of that name already exists"},
    {"interface", "interface Node { id: ID! }\ntype A @model { id: ID! }", DS_ERR_SCHEMA, "t.graphql:1:11",
     "not supported by DataStore"},
    {"union", "type A @model { id: ID! }\ntype B @model { id: ID! }\nunion U = A | B", DS_ERR_SCHEMA, "t.graphql:3:7",
     "not supported by DataStore"},
    {"custom scalar", "scalar Money\ntype A @model { id: ID! price: Money }", DS_ERR_SCHEMA, "t.graphql:1:8",
     "custom scalar \"Money\" is not supported"},
    {"sync metadata clash", "type A @model { id: ID! _version: Int }", DS_ERR_SCHEMA, "t.graphql:1:25",
     "sync metadata"},
    {"default of wrong type", "type A @model { id: ID! n: Int @default(value: \"many\") }", DS_ERR_SCHEMA,
     "t.graphql:1:32", "is not a valid Int"},
    {"default not in enum", "enum E { X }\ntype A @model { id: ID! e: E @default(value: \"Y\") }", DS_ERR_SCHEMA,
     "t.graphql:2:30", "is not a valid E"},
    {"default on list", "type A @model { id: ID! n: [Int] @default(value: \"1\") }", DS_ERR_SCHEMA,
     "t.graphql:1:34", "only scalar and enum fields"},
    {"default on non-model", "type M { n: Int @default(value: \"1\") }\ntype A @model { id: ID! m: M }",
     DS_ERR_SCHEMA, "t.graphql:1:17", "not a @model type"},
    {"index on non-model", "type M { n: Int @index }\ntype A @model { id: ID! m: M }", DS_ERR_SCHEMA,
     "t.graphql:1:17", "@index may only be used in @model types"},
    {"auth provider mismatch", "type A @model @auth(rules: [{allow: public, provider: userPools}]) { id: ID! }",
     DS_ERR_SCHEMA, "t.graphql:1:55", "'public' rules do not support the 'userPools' provider"},
    {"groups rule without groups", "type A @model @auth(rules: [{allow: groups}]) { id: ID! }", DS_ERR_SCHEMA,
     "t.graphql:1:29", "needs 'groups'"},
    {"model on root type", "type Query @model { id: ID! }", DS_ERR_SCHEMA, "t.graphql:1:6", "root type"},
    {"extend unknown type", "extend type Ghost { x: Int }\ntype A @model { id: ID! }", DS_ERR_SCHEMA,
     "t.graphql:1:13", "cannot extend type \"Ghost\""},
    {"input type as field type", "input I { x: Int }\ntype A @model { id: ID! i: I }", DS_ERR_SCHEMA,
     "t.graphql:2:28", "is an input type"},
    {"empty document", "  # nothing here\n", DS_ERR_SYNTAX, "t.graphql:2:1", "definition"},
    /* What Amplify's transformer refuses beyond GraphQL's rules (reserved
     * names are refused on purpose although the tools accept them). */
    {"field named with __", "type A @model {\n  id: ID!\n  __meta: String\n}", DS_ERR_SCHEMA, "t.graphql:3:3", "must not begin with \"__\""},
    {"enum value named with __", "enum E { A __B }\ntype T @model { id: ID! e: E }", DS_ERR_SCHEMA, "t.graphql:1:12", "must not begin with \"__\""},
    {"argument named with __", "type T @model { id: ID! }\ntype Query { q(__x: Int): Int }", DS_ERR_SCHEMA, "t.graphql:2:16", "argument name \"__x\""},
    {"type named like an Object.prototype property", "type toString @model { id: ID! }", DS_ERR_SCHEMA, "t.graphql:1:6", "property of every JavaScript object"},
    {"extension field named like an Object.prototype property", "type T @model { id: ID! }\nextend type T { valueOf: Int }", DS_ERR_SCHEMA, "t.graphql:2:17", "cannot add a field named like a property"},
    {"auth duplicate role", "type T @model @auth(rules: [{allow: owner}, {allow: owner, operations: [read]}]) { id: ID! }", DS_ERR_SCHEMA, "t.graphql:1:45", "is given twice"},
    {"auth duplicate static group", "type T @model @auth(rules: [{allow: groups, groups: [\"A\", \"A\"]}]) { id: ID! }", DS_ERR_SCHEMA, "t.graphql:1:59", "staticGroup:A:cognito:groups is given twice"},
    {"auth iam and identityPool are one role", "type T @model @auth(rules: [{allow: public, provider: iam}, {allow: public, provider: identityPool}]) { id: ID! }", DS_ERR_SCHEMA, "t.graphql:1:61", "iam:public is given twice"},
    {"auth empty rules", "type T @model @auth(rules: []) { id: ID! }", DS_ERR_SCHEMA, "t.graphql:1:28", "has no rules"},
    {"auth rules not a list", "type T @model @auth(rules: {allow: owner}) { id: ID! }", DS_ERR_SCHEMA, "t.graphql:1:28", "'rules' must be a list"},
    {"auth groups empty list", "type T @model @auth(rules: [{allow: groups, groups: []}]) { id: ID! }", DS_ERR_SCHEMA, "t.graphql:1:53", "'groups' must not be an empty list"},
    {"auth groups rule with identityClaim", "type T @model @auth(rules: [{allow: groups, groups: [\"A\"], identityClaim: \"sub\"}]) { id: ID! }", DS_ERR_SCHEMA, "t.graphql:1:60", "'identityClaim' can only be used with 'allow: owner'"},
    {"auth owner rule with groupClaim", "type T @model @auth(rules: [{allow: owner, groupClaim: \"g\"}]) { id: ID! }", DS_ERR_SCHEMA, "t.graphql:1:44", "'groupClaim' can only be used with 'allow: groups'"},
    {"auth groups and groupsField together", "type T @model @auth(rules: [{allow: owner, groups: [\"A\"], groupsField: \"g\"}]) { id: ID! }", DS_ERR_SCHEMA, "t.graphql:1:59", "'groups' or 'groupsField', not both"},
    {"auth read with get", "type T @model @auth(rules: [{allow: owner, operations: [read, get]}]) { id: ID! }", DS_ERR_SCHEMA, "t.graphql:1:63", "in addition to 'read'"},
    {"auth read twice", "type T @model @auth(rules: [{allow: owner, operations: [read, read]}]) { id: ID! }", DS_ERR_SCHEMA, "t.graphql:1:63", "'read' is given twice"},
    {"auth fine-grained operation on a field", "type T @model { id: ID! x: Int @auth(rules: [{allow: owner, operations: [list]}]) }", DS_ERR_SCHEMA, "t.graphql:1:74", "not allowed at the field level"},
    {"auth operations on a non-model field", "type N { x: Int @auth(rules: [{allow: private, operations: [read]}]) }\ntype T @model { id: ID! n: N }", DS_ERR_SCHEMA, "t.graphql:1:60", "type without @model cannot have 'operations'"},
    {"auth operations on a root field", "type T @model { id: ID! }\ntype Query { q: Int @auth(rules: [{allow: private, operations: [read]}]) }", DS_ERR_SCHEMA, "t.graphql:2:64", "is an operation already"},
    {"auth on a non-model type", "type N @auth(rules: [{allow: public}]) { x: Int }\ntype T @model { id: ID! n: N }", DS_ERR_SCHEMA, "t.graphql:1:8", "must also have @model"},
    {"auth leaves a required field unreadable", "type T @model {\n  id: ID!\n  x: Int @auth(rules: [{allow: owner}])\n}", DS_ERR_SCHEMA, "t.graphql:2:3", "every required field must be readable"},
    {"owner field as sort key", "type T @model @auth(rules: [{allow: owner}]) {\n  k: ID! @primaryKey(sortKeyFields: [\"owner\"])\n  owner: String!\n}", DS_ERR_SCHEMA, "t.graphql:2:38", "also an owner @auth field"},
    {"hasOne and hasMany both ways", "type A @model { id: ID! b: B @hasOne }\ntype B @model { id: ID! as: [A] @hasMany }", DS_ERR_SCHEMA, "t.graphql:1:30", "DataStore does not support"},
    {"relation fields empty", "type A @model { id: ID! b: B @hasOne(fields: []) }\ntype B @model { id: ID! }", DS_ERR_SCHEMA, "t.graphql:1:46", "'fields' is an empty list"},
    {"relation fields not scalar", "type A @model { id: ID! b: B @hasOne(fields: [\"b\"]) }\ntype B @model { id: ID! }", DS_ERR_SCHEMA, "t.graphql:1:47", "is not a scalar or enum field"},
    {"relation fields of another type", "type A @model { id: ID! bId: String b: B @hasOne(fields: [\"bId\"]) }\ntype B @model { id: ID! }", DS_ERR_SCHEMA, "t.graphql:1:42", "field bId has type String, but B.id"},
    {"hasMany partial sort key", "type A @model { id: ID! k: String bs: [B] @hasMany(indexName: \"byA\", fields: [\"id\", \"k\"]) }\ntype B @model { id: ID! aId: ID @index(name: \"byA\", sortKeyFields: [\"x\", \"y\"]) x: String y: String }", DS_ERR_SCHEMA, "t.graphql:1:43", "partial sort keys are not accepted"},
    {"enum sort key through hasOne", "enum E { X }\ntype A @model { id: ID! b: B @hasOne }\ntype B @model { k: String! @primaryKey(sortKeyFields: [\"e\"]) e: E! }", DS_ERR_SCHEMA, "t.graphql:2:30", "enum field e as its only sort key"},
    {"enum sort key of a hasMany index", "enum E { X }\ntype A @model { id: ID! bs: [B] @hasMany(indexName: \"byA\") }\ntype B @model { id: ID! aId: ID @index(name: \"byA\", sortKeyFields: [\"e\"]) e: E }", DS_ERR_SCHEMA, "t.graphql:2:33", "enum field e as its only sort key"},
    {"references empty", "type A @model { id: ID! bs: [B] @hasMany(references: []) }\ntype B @model { id: ID! a: A @belongsTo(references: []) }", DS_ERR_SCHEMA, "t.graphql:1:54", "'references' is empty"},
    {"references with indexName", "type A @model { id: ID! bs: [B] @hasMany(indexName: \"byA\", references: [\"aId\"]) }\ntype B @model { id: ID! aId: ID @index(name: \"byA\") a: A @belongsTo(references: [\"aId\"]) }", DS_ERR_SCHEMA, "t.graphql:1:33", "'indexName' cannot be used with 'references'"},
    {"references relation field required", "type A @model { id: ID! bs: [B] @hasMany(references: [\"aId\"]) }\ntype B @model { id: ID! aId: ID a: A! @belongsTo(references: [\"aId\"]) }", DS_ERR_SCHEMA, "t.graphql:2:33", "must be optional"},
    {"references count", "type A @model { id: ID! bs: [B] @hasMany(references: [\"aId\", \"x\"]) }\ntype B @model { id: ID! aId: ID x: ID a: A @belongsTo(references: [\"aId\", \"x\"]) }", DS_ERR_SCHEMA, "t.graphql:1:54", "gives 2 reference field(s), but the primary key of A has 1"},
    {"references nullability mixed", "type A @model { k: ID! @primaryKey(sortKeyFields: [\"s\"]) s: ID! bs: [B] @hasMany(references: [\"ak\", \"as\"]) }\ntype B @model { id: ID! ak: ID! as: ID a: A @belongsTo(references: [\"ak\", \"as\"]) }", DS_ERR_SCHEMA, "t.graphql:1:101", "all required or all nullable"},
    {"references list field", "type A @model { id: ID! b: B @hasOne(references: [\"aId\"]) }\ntype B @model { id: ID! aId: [ID] a: A @belongsTo(references: [\"aId\"]) }", DS_ERR_SCHEMA, "t.graphql:1:51", "is a list; a reference field holds one key value"},
    {"references beside a fields-style relation", "type A @model { id: ID! bs: [B] @hasMany(references: [\"aId\"]) more: [B] @hasMany }\ntype B @model { id: ID! aId: ID a: A @belongsTo(references: [\"aId\"]) }", DS_ERR_SCHEMA, "t.graphql:2:38", "without 'references'"},
    {"references without the other side", "type A @model { id: ID! parentId: ID kids: [A] @hasMany(references: [\"parentId\"]) }", DS_ERR_SCHEMA, "t.graphql:1:48", "uni-directional relationships are not supported"},
    {"references of another type", "type A @model { id: ID! bs: [B] @hasMany(references: [\"aId\"]) }\ntype B @model { id: ID! aId: Int a: A @belongsTo(references: [\"aId\"]) }", DS_ERR_SCHEMA, "t.graphql:1:55", "reference field B.aId has type Int"},
    {"overrideIndexName without references", "type A @model { id: ID! bs: [B] @hasMany }\ntype B @model { id: ID! a: A @belongsTo(overrideIndexName: \"byA\") }", DS_ERR_SCHEMA, "t.graphql:2:30", "'overrideIndexName' can only be used with 'references'"},
    {"manyToMany pointing elsewhere", "type A @model { id: ID! bs: [B] @manyToMany(relationName: \"AB\") }\ntype B @model { id: ID! cs: [C] @manyToMany(relationName: \"AB\") }\ntype C @model { id: ID! }", DS_ERR_SCHEMA, "t.graphql:2:33", "so the other field must be on"},
    {"manyToMany to itself", "type A @model {\n  id: ID!\n  xs: [A] @manyToMany(relationName: \"AA\")\n  ys: [A] @manyToMany(relationName: \"AA\")\n}", DS_ERR_SCHEMA, "t.graphql:4:11", "relates A to itself"},
    {"manyToMany with a Boolean id", "type A @model { id: Boolean bs: [B] @manyToMany(relationName: \"AB\") }\ntype B @model { id: ID! as: [A] @manyToMany(relationName: \"AB\") }", DS_ERR_SCHEMA, "t.graphql:1:37", "Boolean values cannot be used as keys"},
    {"directive on extend type", "type T @model { id: ID! }\nextend type T @searchable", DS_ERR_SCHEMA, "t.graphql:2:15", "directives are not supported on type extensions"},
    {"index on an extension field", "type T @model { id: ID! }\nextend type T { x: String @index }", DS_ERR_SCHEMA, "t.graphql:2:27", "not supported on fields added by `extend type`"},
    {"auth on a model extension field", "type T @model { id: ID! }\nextend type T { x: String @auth(rules: [{allow: public}]) }", DS_ERR_SCHEMA, "t.graphql:2:27", "only supported for Query, Mutation and Subscription"},
    {"sort key field from an extension", "type T @model { k: ID! @primaryKey(sortKeyFields: [\"s\"]) }\nextend type T { s: String! }", DS_ERR_SCHEMA, "t.graphql:1:52", "a field added by `extend type`"},
    {"relation fields from an extension", "type A @model { id: ID! bId: ID b: B @hasOne(fields: [\"x\"]) }\nextend type A { x: ID }\ntype B @model { id: ID! }", DS_ERR_SCHEMA, "t.graphql:1:55", "fields added by `extend type` cannot be used"},
    {"generated query clashes with a custom one", "type Query { getT(id: ID!): T }\ntype T @model { id: ID! }", DS_ERR_SCHEMA, "t.graphql:2:8", "adds the query field \"getT\", but Query.getT already has it"},
    {"two models pluralize alike", "type Datum @model { id: ID! }\ntype Data @model { id: ID! }", DS_ERR_SCHEMA, "t.graphql:2:11", "adds the query field \"listData\""},
    {"renamed operations clash", "type A @model(mutations: {create: \"make\"}) { id: ID! }\ntype B @model(mutations: {create: \"make\"}) { id: ID! }", DS_ERR_SCHEMA, "t.graphql:2:35", "adds the mutation field \"make\""},
    {"subscription name repeated", "type A @model(subscriptions: {onCreate: [\"a\"], onUpdate: [\"a\"]}) { id: ID! }", DS_ERR_SCHEMA, "t.graphql:1:59", "adds the subscription field \"a\""},
    {"index queryField clashes", "type T @model { id: ID! x: String @index(queryField: \"listTS\") }", DS_ERR_SCHEMA, "t.graphql:1:54", "adds the query field \"listTS\""},
    {"root field named like an Object.prototype property", "type T @model(queries: {get: \"hasOwnProperty\"}) { id: ID! }", DS_ERR_SCHEMA, "t.graphql:1:30", "a name Amplify's transformer cannot add"},
    {"index name null", "type T @model { id: ID! x: String @index(name: null) }", DS_ERR_SCHEMA, "t.graphql:1:48", "an explicit null is not allowed"},
    {"index sort key is the index field", "type T @model { id: ID! x: String @index(name: \"byX\", sortKeyFields: [\"x\"]) }", DS_ERR_SCHEMA, "t.graphql:1:71", "cannot reference itself"},
    {"index on the primary key without sort keys", "type T @model { k: ID! @primaryKey @index(name: \"byK\") }", DS_ERR_SCHEMA, "t.graphql:1:36", "no local secondary index without a sort key"},
    {"index projection INCLUDE without attributes", "type T @model { id: ID! x: String @index(name: \"byX\", projection: {type: INCLUDE}) }", DS_ERR_SCHEMA, "t.graphql:1:67", "needs nonKeyAttributes"},
    {"index on a numeric implicit id", "type T @model { id: Int! x: String @index(name: \"byX\", sortKeyFields: [\"id\"]) }", DS_ERR_SCHEMA, "t.graphql:1:36", "the table key `id` is a string"},
    {"timestamp field as a list", "type T @model { id: ID! createdAt: [AWSDateTime] }", DS_ERR_SCHEMA, "t.graphql:1:25", "cannot be a list"},
    {"timestamp list beside a default", "type T @model(mutations: null) {\n  id: ID!\n  s: String @default(value: \"a\")\n  updatedAt: [Int]\n}", DS_ERR_SCHEMA, "t.graphql:4:3", "cannot be a list"},
    {"validate before default", "type T @model { id: ID! n: Int @validate(type: gt, value: \"0\") @default(value: \"1\") }", DS_ERR_SCHEMA, "t.graphql:1:32", "must come after @default"},
    {"validate numeric on String", "type T @model { id: ID! s: String @validate(type: lt, value: \"1\") }", DS_ERR_SCHEMA, "t.graphql:1:35", "numeric validations need an Int or Float field"},
    {"validate type twice", "type T @model { id: ID! s: String @validate(type: minLength, value: \"1\") @validate(type: minLength, value: \"2\") }", DS_ERR_SCHEMA, "t.graphql:1:74", "type 'minLength' is given twice"},
    {"validate negative length", "type T @model { id: ID! s: String @validate(type: maxLength, value: \"-1\") }", DS_ERR_SCHEMA, "t.graphql:1:35", "is not a non-negative integer"},
    {"validate on a list", "type T @model { id: ID! s: [Int] @validate(type: gt, value: \"1\") }", DS_ERR_SCHEMA, "t.graphql:1:34", "a list field cannot be validated"},
    {"validate on a non-model", "type N { n: Int @validate(type: gt, value: \"1\") }\ntype T @model { id: ID! x: N }", DS_ERR_SCHEMA, "t.graphql:1:17", "may only be used in @model types"},
    {"generation outside Query", "type T @model { id: ID! }\ntype Mutation { g: String @generation(aiModel: \"m\", systemPrompt: \"p\") }", DS_ERR_SCHEMA, "t.graphql:2:27", "can only be used on fields of Query"},
    {"generation temperature out of range", "type T @model { id: ID! }\ntype Query { g: String @generation(aiModel: \"m\", systemPrompt: \"p\", inferenceConfiguration: {temperature: 2}) }", DS_ERR_SCHEMA, "t.graphql:2:107", "temperature is 2"},
    {"generation returning a model", "type T @model { id: ID! }\ntype Query { g: T @generation(aiModel: \"m\", systemPrompt: \"p\") }", DS_ERR_SCHEMA, "t.graphql:2:19", "reaches the @model type T"},
    {"generation returning a required date", "type T @model { id: ID! }\ntype Query { g: AWSDate! @generation(aiModel: \"m\", systemPrompt: \"p\") }", DS_ERR_SCHEMA, "t.graphql:2:26", "reaches a required AWSDate"},
    {"refersTo", "type T @model @refersTo(name: \"t\") { id: ID! }", DS_ERR_SCHEMA, "t.graphql:1:15", "only supported on SQL models"},
    {"sql", "type T @model { id: ID! }\ntype Query { q: Int @sql(statement: \"select 1\") }", DS_ERR_SCHEMA, "t.graphql:2:21", "custom SQL needs a SQL data source"},
    {"predictions", "type T @model { id: ID! }\ntype Query { q(t: String): String @predictions(actions: [translateText]) }", DS_ERR_SCHEMA, "t.graphql:2:35", "needs Amplify storage"},
    {"http url without scheme", "type T @model { id: ID! }\ntype Query { q: String @http(url: \"example.com\") }", DS_ERR_SCHEMA, "t.graphql:2:24", "must begin with http:// or https://"},
    {"searchable on a non-model", "type N @searchable { x: Int }\ntype T @model { id: ID! n: N }", DS_ERR_SCHEMA, "t.graphql:1:8", "must also have @model"},
    {"mapsTo an existing model", "type A @model @mapsTo(name: \"B\") { id: ID! }\ntype B @model { id: ID! }", DS_ERR_SCHEMA, "t.graphql:1:15", "a model named B exists"},
    {"mapsTo on a non-model", "type N @mapsTo(name: \"M\") { x: Int }\ntype T @model { id: ID! n: N }", DS_ERR_SCHEMA, "t.graphql:1:8", "can only be used on a @model type"},
    {"deprecated on an argument", "type T @model { id: ID! }\ntype Query { q(x: Int @deprecated): Int }", DS_ERR_SCHEMA, "t.graphql:2:23", "may not be used on an argument"},
};

static void each_bad_schema_is_refused_with_place_and_reason(void **state) {
    (void)state;
    int failures = 0;
    for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++) {
        const bad_case *c = &CASES[i];
        ds_schema *s = (ds_schema *)0x1;
        ds_error err = DS_ERROR_INIT;
        ds_status rc = ds_schema_parse(&s, c->schema, strlen(c->schema), "t.graphql", &err);
        bool ok = rc == c->code && s == NULL && err.code == rc && strncmp(err.message, c->place, strlen(c->place)) == 0 &&
                  strstr(err.message, c->message) != NULL;
        if (!ok) {
            fprintf(stderr, "case '%s': status %s (want %s), schema %p\n  message: %s\n  want: %s ... %s\n", c->name,
                    ds_status_name(rc), ds_status_name(c->code), (void *)s, err.message, c->place, c->message);
            failures++;
            ds_schema_free(rc == DS_OK ? s : NULL);
        }
    }
    assert_int_equal(failures, 0);
}

static void several_errors_are_all_reported_in_file_order(void **state) {
    (void)state;
    const char *text = "type A @model {\n"
                       "  id: ID!\n"
                       "  x: Nope\n"
                       "  y: Int @unique\n"
                       "}\n"
                       "type B @model { code: String @primaryKey }\n";
    ds_schema *s = NULL;
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_schema_parse(&s, text, strlen(text), "m.graphql", &err), DS_ERR_SCHEMA);
    assert_null(s);
    const char *e1 = strstr(err.message, "m.graphql:3:6:");
    const char *e2 = strstr(err.message, "m.graphql:4:10:");
    const char *e3 = strstr(err.message, "m.graphql:6:17:");
    assert_non_null(e1);
    assert_non_null(e2);
    assert_non_null(e3);
    assert_true(e1 < e2 && e2 < e3);
}

typedef struct collected {
    int count;
    uint32_t lines[8];
} collected;

static void collect(const ds_schema_diag *d, void *userdata) {
    collected *c = userdata;
    assert_string_equal(d->file, "c.graphql");
    assert_int_equal(d->code, DS_ERR_SCHEMA);
    assert_non_null(d->message);
    if (c->count < 8)
        c->lines[c->count] = d->line;
    c->count++;
}

static void check_calls_back_once_per_error(void **state) {
    (void)state;
    const char *text = "type A @model { id: ID! a: X }\ntype B @model { id: ID! b: Y }";
    collected c = {0, {0}};
    assert_int_equal(ds_schema_check(text, strlen(text), "c.graphql", collect, &c, NULL), DS_ERR_SCHEMA);
    assert_int_equal(c.count, 2);
    assert_int_equal(c.lines[0], 1);
    assert_int_equal(c.lines[1], 2);
    const char *good = "type A @model { id: ID! }";
    c.count = 0;
    assert_int_equal(ds_schema_check(good, strlen(good), "c.graphql", collect, &c, NULL), DS_OK);
    assert_int_equal(c.count, 0);
}

static void load_reports_missing_file_as_io_error(void **state) {
    (void)state;
    ds_schema *s = (ds_schema *)0x1;
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds_schema_load(&s, "/nonexistent/schema.graphql", &err), DS_ERR_IO);
    assert_null(s);
    assert_non_null(strstr(err.message, "/nonexistent/schema.graphql"));
    assert_int_equal(ds_schema_load(NULL, "x", &err), DS_ERR_INVALID);
}

static void text_need_not_be_nul_terminated(void **state) {
    (void)state;
    char buf[64];
    const char *text = "type A @model { id: ID! }";
    size_t n = strlen(text);
    memcpy(buf, text, n);
    memset(buf + n, '}', sizeof buf - n); /* garbage after the given length */
    ds_schema *s = NULL;
    assert_int_equal(ds_schema_parse(&s, buf, n, NULL, NULL), DS_OK);
    assert_non_null(ds_schema_model(s, "A"));
    ds_schema_free(s);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(each_bad_schema_is_refused_with_place_and_reason),
        cmocka_unit_test(several_errors_are_all_reported_in_file_order),
        cmocka_unit_test(check_calls_back_once_per_error),
        cmocka_unit_test(load_reports_missing_file_as_io_error),
        cmocka_unit_test(text_need_not_be_nul_terminated),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
