/*
 * The type system: from an SDL document to ds__gql_typesys (see typesys.h).
 *
 * Design:
 *   - Everything is copied into the type system's arena (names, type
 *     references, default values, directive arguments), so the SDL document
 *     can be freed and the result is one immutable block plus the hash
 *     tables' slot arrays.
 *   - The introspection types and the standard directives are written as SDL
 *     (PRELUDE below) and go through the same code as the user's SDL, marked
 *     predeclared. The standard and AWS scalars are created directly.
 *   - Building runs in passes over the definitions, because a definition may
 *     name types defined later and an extension may come before the type it
 *     extends:
 *       1. create every type and directive (duplicates are errors);
 *       2. count each type's members over its definition and extensions;
 *       3. fill the members into exact-size arrays, resolving every type
 *          reference by name (unknown, wrong-category and duplicate names
 *          are errors);
 *       4. derive the possible types of interfaces, check that objects keep
 *          their interfaces' contracts, pick the root types, fix the order.
 *   - Every problem is reported, not only the first, in graphql-js's words
 *     ("Unknown type \"Foo\"."), at the line:column of the name at fault.
 */
#include "graphql/typesys.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graphql/parser.h"
#include "graphql/printer.h"
#include "graphql/validate.h"

struct ds__gql_typesys {
    ds__arena *arena;
    ds__gql_map types;          /* name -> ds__gql_typesys_type */
    ds__gql_typesys_type **all; /* creation order */
    size_t nall, capall;
    const ds__gql_typesys_type **order; /* the stable order of ds__gql_ts_types */
    ds__gql_map directives;
    ds__gql_typesys_directive **dirs;
    size_t ndirs, capdirs;
    const ds__gql_typesys_type *roots[3];
    const char *description;
    const ds__gql_directive *schema_directives;
    ds__gql_typesys_field meta_typename, meta_schema, meta_type;
    ds__gql_typesys_arg meta_type_name;
};

/* ---- the prelude ------------------------------------------------------------ */

/* In pieces: ISO C caps a string literal at 4095 characters. */
static const char *const PRELUDE[] = {
    "\"Directs the executor to include this field or fragment only when the `if` argument is true.\"\n"
    "directive @include(\"Included when true.\" if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT\n"
    "\"Directs the executor to skip this field or fragment when the `if` argument is true.\"\n"
    "directive @skip(\"Skipped when true.\" if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT\n"
    "\"Marks an element of a GraphQL schema as no longer supported.\"\n"
    "directive @deprecated(\"Explains why this element was deprecated, usually also including a suggestion for "
    "how to access supported similar data. Formatted using the Markdown syntax, as specified by "
    "[CommonMark](https://commonmark.org/).\" reason: String = \"No longer supported\") "
    "on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE\n"
    "\"Exposes a URL that specifies the behavior of this scalar.\"\n"
    "directive @specifiedBy(\"The URL that specifies the behavior of this scalar.\" url: String!) on SCALAR\n",
    "\"A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and "
    "directives on the server, as well as the entry points for query, mutation, and subscription operations.\"\n"
    "type __Schema { description: String types: [__Type!]! queryType: __Type! mutationType: __Type "
    "subscriptionType: __Type directives: [__Directive!]! }\n"
    "\"The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as "
    "represented by the `__TypeKind` enum.\\n\\nDepending on the kind of a type, certain fields describe "
    "information about that type. Scalar types provide no information beyond a name, description and optional "
    "`specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they "
    "describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and "
    "NonNull types compose other types.\"\n"
    "type __Type { kind: __TypeKind! name: String description: String specifiedByURL: String "
    "fields(includeDeprecated: Boolean = false): [__Field!] interfaces: [__Type!] possibleTypes: [__Type!] "
    "enumValues(includeDeprecated: Boolean = false): [__EnumValue!] "
    "inputFields(includeDeprecated: Boolean = false): [__InputValue!] ofType: __Type }\n"
    "\"An enum describing what kind of type a given `__Type` is.\"\n"
    "enum __TypeKind { SCALAR OBJECT INTERFACE UNION ENUM INPUT_OBJECT LIST NON_NULL }\n",
    "\"Object and Interface types are described by a list of Fields, each of which has a name, potentially a "
    "list of arguments, and a return type.\"\n"
    "type __Field { name: String! description: String args(includeDeprecated: Boolean = false): "
    "[__InputValue!]! type: __Type! isDeprecated: Boolean! deprecationReason: String }\n"
    "\"Arguments provided to Fields or Directives and the input fields of an InputObject are represented as "
    "Input Values which describe their type and optionally a default value.\"\n"
    "type __InputValue { name: String! description: String type: __Type! defaultValue: String "
    "isDeprecated: Boolean! deprecationReason: String }\n"
    "\"One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or "
    "numeric value. However an Enum value is returned in a JSON response as a string.\"\n"
    "type __EnumValue { name: String! description: String isDeprecated: Boolean! deprecationReason: String }\n"
    "\"A Directive provides a way to describe alternate runtime execution and type validation behavior in a "
    "GraphQL document.\\n\\nIn some cases, you need to provide options to alter GraphQL's execution behavior in "
    "ways field arguments will not suffice, such as conditionally including or skipping a field. Directives "
    "provide this by describing additional information to the executor.\"\n"
    "type __Directive { name: String! description: String isRepeatable: Boolean! "
    "locations: [__DirectiveLocation!]! args(includeDeprecated: Boolean = false): [__InputValue!]! }\n"
    "\"A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one "
    "such possible adjacencies.\"\n"
    "enum __DirectiveLocation { QUERY MUTATION SUBSCRIPTION FIELD FRAGMENT_DEFINITION FRAGMENT_SPREAD "
    "INLINE_FRAGMENT VARIABLE_DEFINITION SCHEMA SCALAR OBJECT FIELD_DEFINITION ARGUMENT_DEFINITION INTERFACE "
    "UNION ENUM ENUM_VALUE INPUT_OBJECT INPUT_FIELD_DEFINITION }\n",
};

static const struct {
    const char *name;
    ds__gql_scalar_id id;
    const char *description;
} SCALARS[] = {
    {"ID", DS__GQL_SCALAR_ID,
     "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a "
     "cache. The ID type appears in a JSON response as a String; however, it is not intended to be "
     "human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) "
     "input value will be accepted as an ID."},
    {"String", DS__GQL_SCALAR_STRING,
     "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String "
     "type is most often used by GraphQL to represent free-form human-readable text."},
    {"Int", DS__GQL_SCALAR_INT,
     "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values "
     "between -(2^31) and 2^31 - 1."},
    {"Float", DS__GQL_SCALAR_FLOAT,
     "The `Float` scalar type represents signed double-precision fractional values as specified by "
     "[IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point)."},
    {"Boolean", DS__GQL_SCALAR_BOOLEAN, "The `Boolean` scalar type represents `true` or `false`."},
    {"AWSDate", DS__GQL_SCALAR_AWS_DATE,
     "The `AWSDate` scalar type represents a valid extended ISO 8601 Date string, YYYY-MM-DD, optionally with "
     "a time zone offset."},
    {"AWSTime", DS__GQL_SCALAR_AWS_TIME,
     "The `AWSTime` scalar type represents a valid extended ISO 8601 Time string, hh:mm:ss.sss, optionally "
     "with a time zone offset."},
    {"AWSDateTime", DS__GQL_SCALAR_AWS_DATETIME,
     "The `AWSDateTime` scalar type represents a valid extended ISO 8601 DateTime string, "
     "YYYY-MM-DDThh:mm:ss.sssZ, with a time zone offset."},
    {"AWSTimestamp", DS__GQL_SCALAR_AWS_TIMESTAMP,
     "The `AWSTimestamp` scalar type represents the number of seconds that have elapsed since "
     "1970-01-01T00:00Z."},
    {"AWSEmail", DS__GQL_SCALAR_AWS_EMAIL,
     "The `AWSEmail` scalar type represents an email address string that complies with RFC 822."},
    {"AWSJSON", DS__GQL_SCALAR_AWS_JSON,
     "The `AWSJSON` scalar type represents a JSON string that complies with RFC 8259."},
    {"AWSURL", DS__GQL_SCALAR_AWS_URL,
     "The `AWSURL` scalar type represents a valid URL string, with a scheme and a path or authority."},
    {"AWSPhone", DS__GQL_SCALAR_AWS_PHONE,
     "The `AWSPhone` scalar type represents a valid phone number, optionally with a country code."},
    {"AWSIPAddress", DS__GQL_SCALAR_AWS_IPADDRESS,
     "The `AWSIPAddress` scalar type represents a valid IPv4 or IPv6 address string."},
};

const char *ds__gql_dloc_name(unsigned index) {
    static const char *const names[] = {
#define DS__GQL_DLOC_NAME(name) #name,
        DS__GQL_DLOC_LIST(DS__GQL_DLOC_NAME)
#undef DS__GQL_DLOC_NAME
    };
    return index < DS__GQL_DLOC_COUNT ? names[index] : NULL;
}

/* ---- the builder ------------------------------------------------------------ */

typedef struct counts {
    size_t fields, input_fields, values, interfaces, members;
} counts;

typedef struct builder {
    ds__gql_typesys *ts;
    ds__diags *diags;
    ds_status status; /* DS_OK, DS_ERR_SCHEMA, DS_ERR_NOMEM */
    bool predeclared; /* processing the prelude */
    counts *counts;
    const ds__gql_def *schema_def;
} builder;

static void err(builder *b, ds__gql_loc loc, const char *fmt, ...) DS__PRINTF(3, 4);

static void err(builder *b, ds__gql_loc loc, const char *fmt, ...) {
    if (b->status == DS_OK)
        b->status = DS_ERR_SCHEMA;
    if (!b->diags)
        return;
    char msg[768];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    ds__diags_add(b->diags, DS_ERR_SCHEMA, loc.line, loc.column, "%s", msg);
}

static void nomem(builder *b) { b->status = DS_ERR_NOMEM; }

static void *alloc(builder *b, size_t n) {
    void *p = ds__arena_alloc(b->ts->arena, n ? n : 1);
    if (!p)
        nomem(b);
    return p;
}

static const char *copy_str(builder *b, const char *s) {
    if (!s)
        return NULL;
    const char *c = ds__arena_strdup(b->ts->arena, s);
    if (!c)
        nomem(b);
    return c;
}

/* Recursion in the copies follows the tree, which the parser bounds. */
static ds__gql_type *copy_type(builder *b, const ds__gql_type *t) {
    if (!t)
        return NULL;
    ds__gql_type *c = alloc(b, sizeof *c);
    if (!c)
        return NULL;
    *c = *t;
    c->name = copy_str(b, t->name);
    c->of = copy_type(b, t->of);
    return c;
}

static ds__gql_value *copy_value(builder *b, const ds__gql_value *v) {
    if (!v)
        return NULL;
    ds__gql_value *c = alloc(b, sizeof *c);
    if (!c)
        return NULL;
    *c = *v;
    c->next = NULL;
    if (v->str) {
        char *s = ds__arena_strndup(b->ts->arena, v->str, v->len);
        if (!s)
            nomem(b);
        c->str = s;
    }
    ds__gql_value **tail = &c->items;
    for (const ds__gql_value *i = v->items; i; i = i->next) {
        *tail = copy_value(b, i);
        if (!*tail)
            return c;
        tail = &(*tail)->next;
    }
    ds__gql_object_field **ftail = &c->fields;
    for (const ds__gql_object_field *f = v->fields; f; f = f->next) {
        ds__gql_object_field *cf = alloc(b, sizeof *cf);
        if (!cf)
            return c;
        cf->name = copy_str(b, f->name);
        cf->loc = f->loc;
        cf->value = copy_value(b, f->value);
        *ftail = cf;
        ftail = &cf->next;
    }
    return c;
}

/* Appends copies of src to the list ending at *tail. */
static void copy_directives(builder *b, const ds__gql_directive *src, ds__gql_directive **head) {
    ds__gql_directive **tail = head;
    while (*tail)
        tail = &(*tail)->next;
    for (; src; src = src->next) {
        ds__gql_directive *d = alloc(b, sizeof *d);
        if (!d)
            return;
        d->name = copy_str(b, src->name);
        d->loc = src->loc;
        ds__gql_argument **atail = &d->args;
        for (const ds__gql_argument *a = src->args; a; a = a->next) {
            ds__gql_argument *ca = alloc(b, sizeof *ca);
            if (!ca)
                return;
            ca->name = copy_str(b, a->name);
            ca->loc = a->loc;
            ca->value = copy_value(b, a->value);
            *atail = ca;
            atail = &ca->next;
        }
        *tail = d;
        tail = &d->next;
    }
}

static const char *deprecation(builder *b, const ds__gql_directive *dirs) {
    const ds__gql_directive *d = ds__gql_find_directive(dirs, "deprecated");
    if (!d)
        return NULL;
    const ds__gql_argument *a = ds__gql_find_argument(d->args, "reason");
    if (a && a->value && a->value->kind == DS__GQL_VAL_STRING)
        return copy_str(b, a->value->str);
    return "No longer supported";
}

static bool push(builder *b, void ***arr, size_t *n, size_t *cap, void *item) {
    if (*n == *cap) {
        size_t nc = *cap ? *cap * 2 : 64;
        void **p = realloc(*arr, nc * sizeof *p);
        if (!p) {
            nomem(b);
            return false;
        }
        *arr = p;
        *cap = nc;
    }
    (*arr)[(*n)++] = item;
    return true;
}

static ds__gql_typesys_type *lookup(builder *b, const char *name) { return ds__gql_map_get(&b->ts->types, name); }

static ds__gql_typesys_type *new_type(builder *b, ds__gql_tkind kind, const char *name, ds__gql_loc loc) {
    ds__gql_typesys_type *t = alloc(b, sizeof *t);
    if (!t || !(t->name = copy_str(b, name)))
        return NULL;
    t->kind = kind;
    t->loc = loc;
    t->predeclared = b->predeclared;
    t->declared = !b->predeclared;
    t->idx = b->ts->nall;
    ds__gql_map_init(&t->index);
    ds__gql_map_init(&t->possible_index);
    if (!push(b, (void ***)&b->ts->all, &b->ts->nall, &b->ts->capall, t))
        return NULL;
    if (!ds__gql_map_put(&b->ts->types, t->name, t, NULL)) {
        nomem(b);
        return NULL;
    }
    return t;
}

static const char *kind_word(ds__gql_tkind k) {
    switch (k) {
    case DS__GQL_SCALAR: return "scalar";
    case DS__GQL_OBJECT: return "object";
    case DS__GQL_INTERFACE: return "interface";
    case DS__GQL_UNION: return "union";
    case DS__GQL_ENUM: return "enum";
    case DS__GQL_INPUT_OBJECT: return "input object";
    }
    return "";
}

static bool def_kind_to_tkind(ds__gql_def_kind k, ds__gql_tkind *out) {
    switch (k) {
    case DS__GQL_DEF_SCALAR: *out = DS__GQL_SCALAR; return true;
    case DS__GQL_DEF_OBJECT: *out = DS__GQL_OBJECT; return true;
    case DS__GQL_DEF_INTERFACE: *out = DS__GQL_INTERFACE; return true;
    case DS__GQL_DEF_UNION: *out = DS__GQL_UNION; return true;
    case DS__GQL_DEF_ENUM: *out = DS__GQL_ENUM; return true;
    case DS__GQL_DEF_INPUT_OBJECT: *out = DS__GQL_INPUT_OBJECT; return true;
    default: return false;
    }
}

static void check_reserved(builder *b, const char *name, ds__gql_loc loc) {
    if (!b->predeclared && name[0] == '_' && name[1] == '_')
        err(b, loc, "Name \"%s\" must not begin with \"__\", which is reserved by GraphQL introspection.", name);
}

/* ---- pass 1: types and directives ------------------------------------------------ */

static void set_locations(ds__gql_typesys_directive *dir, const ds__gql_name *locs) {
    for (; locs; locs = locs->next)
        for (unsigned i = 0; i < DS__GQL_DLOC_COUNT; i++)
            if (strcmp(locs->value, ds__gql_dloc_name(i)) == 0 && !(dir->locations & (1u << i))) {
                dir->locations |= 1u << i;
                dir->location_order[dir->nlocations++] = (uint8_t)i;
            }
}

static void create_definitions(builder *b, const ds__gql_doc *doc) {
    for (const ds__gql_def *d = doc->defs; d && b->status != DS_ERR_NOMEM; d = d->next) {
        ds__gql_tkind kind;
        if (d->kind == DS__GQL_DEF_SCHEMA) {
            if (d->extend)
                continue;
            if (b->schema_def)
                err(b, d->loc, "Must provide only one schema definition.");
            else
                b->schema_def = d;
        } else if (d->kind == DS__GQL_DEF_DIRECTIVE) {
            check_reserved(b, d->name, d->loc);
            if (ds__gql_map_get(&b->ts->directives, d->name)) {
                const ds__gql_typesys_directive *old = ds__gql_map_get(&b->ts->directives, d->name);
                if (old->predeclared)
                    err(b, d->loc, "Directive \"@%s\" already exists in the schema. It cannot be redefined.", d->name);
                else
                    err(b, d->loc, "There can be only one directive named \"@%s\".", d->name);
                continue;
            }
            ds__gql_typesys_directive *dir = alloc(b, sizeof *dir);
            if (!dir || !(dir->name = copy_str(b, d->name)))
                return;
            dir->description = copy_str(b, d->description);
            dir->repeatable = d->repeatable;
            set_locations(dir, d->locations);
            dir->predeclared = b->predeclared;
            dir->loc = d->loc;
            dir->origin = d;
            if (!push(b, (void ***)&b->ts->dirs, &b->ts->ndirs, &b->ts->capdirs, dir) ||
                !ds__gql_map_put(&b->ts->directives, dir->name, dir, NULL)) {
                nomem(b);
                return;
            }
        } else if (!d->extend && def_kind_to_tkind(d->kind, &kind)) {
            check_reserved(b, d->name, d->loc);
            ds__gql_typesys_type *t = lookup(b, d->name);
            if (t && t->predeclared && t->kind == DS__GQL_SCALAR && kind == DS__GQL_SCALAR && !t->declared) {
                t->declared = true; /* `scalar AWSDateTime` restates a predeclared scalar */
                if (d->description)
                    t->description = copy_str(b, d->description);
                t->loc = d->loc;
                t->origin = d;
                continue;
            }
            if (t) {
                err(b, d->loc, "There can be only one type named \"%s\".", d->name);
                continue;
            }
            if (!(t = new_type(b, kind, d->name, d->loc)))
                return;
            t->description = copy_str(b, d->description);
            t->origin = d;
        }
    }
}

/* ---- pass 2: counting members ------------------------------------------------------ */

/* The type a definition or extension adds to; reports extensions of
 * nothing and of the wrong kind (once, in the counting pass). */
static ds__gql_typesys_type *target(builder *b, const ds__gql_def *d, bool report) {
    ds__gql_tkind kind;
    if (!def_kind_to_tkind(d->kind, &kind))
        return NULL;
    ds__gql_typesys_type *t = lookup(b, d->name);
    if (!t) {
        if (report && d->extend)
            err(b, d->loc, "Cannot extend type \"%s\" because it is not defined.", d->name);
        return NULL;
    }
    if (t->kind != kind) {
        if (report && d->extend)
            err(b, d->loc, "Cannot extend non-%s type \"%s\".", kind_word(kind), d->name);
        return NULL;
    }
    if (!d->extend && t->origin != d)
        return NULL; /* a duplicate, reported in pass 1 */
    return t;
}

static void count_members(builder *b, const ds__gql_doc *doc) {
    for (const ds__gql_def *d = doc->defs; d; d = d->next) {
        ds__gql_typesys_type *t = target(b, d, true);
        if (!t)
            continue;
        counts *c = &b->counts[t->idx];
        for (const ds__gql_field *f = d->fields; f; f = f->next)
            c->fields++;
        for (const ds__gql_input_value *f = d->input_fields; f; f = f->next)
            c->input_fields++;
        for (const ds__gql_enum_value *v = d->values; v; v = v->next)
            c->values++;
        for (const ds__gql_name *n = d->interfaces; n; n = n->next)
            c->interfaces++;
        for (const ds__gql_name *n = d->members; n; n = n->next)
            c->members++;
    }
}

static void allocate_members(builder *b) {
    for (size_t i = 0; i < b->ts->nall && b->status != DS_ERR_NOMEM; i++) {
        ds__gql_typesys_type *t = b->ts->all[i];
        counts *c = &b->counts[i];
        if (c->fields)
            t->fields = alloc(b, c->fields * sizeof *t->fields);
        if (c->input_fields)
            t->input_fields = alloc(b, c->input_fields * sizeof *t->input_fields);
        if (c->values)
            t->values = alloc(b, c->values * sizeof *t->values);
        if (c->interfaces || c->members)
            t->interfaces = alloc(b, (c->interfaces + c->members) * sizeof *t->interfaces);
    }
}

/* ---- pass 3: filling members ----------------------------------------------------- */

/* Resolves a type reference; input: whether it must be an input type (else
 * an output type). what names the place for messages ("Post.author"). */
static const ds__gql_typesys_type *resolve_ref(builder *b, const ds__gql_type *ref, bool input, const char *what,
                                               ds__gql_loc loc) {
    const char *name = ds__gql_type_base_name(ref);
    ds__gql_typesys_type *t = name ? lookup(b, name) : NULL;
    if (!t) {
        err(b, ref ? ref->loc : loc, "Unknown type \"%s\".", name ? name : "?");
        return NULL;
    }
    t->referenced = true;
    if (input && !ds__gql_ts_is_input(t))
        err(b, ref->loc, "The type of %s must be Input Type but got: %s.", what, name);
    else if (!input && !ds__gql_ts_is_output(t))
        err(b, ref->loc, "The type of %s must be Output Type but got: %s.", what, name);
    return t;
}

static void fill_arg(builder *b, ds__gql_typesys_arg *a, const ds__gql_input_value *iv, const char *what) {
    a->name = copy_str(b, iv->name);
    a->description = copy_str(b, iv->description);
    a->type = copy_type(b, iv->type);
    a->default_value = copy_value(b, iv->default_value);
    ds__gql_directive *dirs = NULL;
    copy_directives(b, iv->directives, &dirs);
    a->directives = dirs;
    a->deprecation_reason = deprecation(b, iv->directives);
    a->loc = iv->loc;
    a->base = resolve_ref(b, iv->type, true, what, iv->loc);
    if (a->deprecation_reason && iv->type && iv->type->kind == DS__GQL_TYPE_NON_NULL && !iv->default_value)
        err(b, iv->loc, "Required argument %s cannot be deprecated.", what);
}

/* Fills the arguments of a field or directive: exact-size array. */
static const ds__gql_typesys_arg *fill_args(builder *b, const ds__gql_input_value *ivs, size_t *n, const char *owner) {
    size_t count = 0;
    for (const ds__gql_input_value *iv = ivs; iv; iv = iv->next)
        count++;
    *n = 0;
    if (!count)
        return NULL;
    ds__gql_typesys_arg *args = alloc(b, count * sizeof *args);
    if (!args)
        return NULL;
    for (const ds__gql_input_value *iv = ivs; iv; iv = iv->next) {
        char what[512];
        snprintf(what, sizeof what, "%s(%s:)", owner, iv->name);
        if (ds__gql_ts_arg(args, *n, iv->name)) {
            err(b, iv->loc, "Argument \"%s\" can only be defined once.", what);
            continue;
        }
        check_reserved(b, iv->name, iv->loc);
        fill_arg(b, &args[(*n)++], iv, what);
    }
    return args;
}

static void fill_fields(builder *b, ds__gql_typesys_type *t, const ds__gql_def *d) {
    ds__gql_typesys_field *fields = (ds__gql_typesys_field *)t->fields;
    for (const ds__gql_field *f = d->fields; f && b->status != DS_ERR_NOMEM; f = f->next) {
        char what[512];
        snprintf(what, sizeof what, "%s.%s", t->name, f->name);
        if (ds__gql_map_get(&t->index, f->name)) {
            err(b, f->loc, "Field \"%s\" can only be defined once.", what);
            continue;
        }
        check_reserved(b, f->name, f->loc);
        ds__gql_typesys_field *x = &fields[t->nfields];
        x->name = copy_str(b, f->name);
        x->description = copy_str(b, f->description);
        x->type = copy_type(b, f->type);
        ds__gql_directive *dirs = NULL;
        copy_directives(b, f->directives, &dirs);
        x->directives = dirs;
        x->deprecation_reason = deprecation(b, f->directives);
        x->owner = t;
        x->loc = f->loc;
        x->base = resolve_ref(b, f->type, false, what, f->loc);
        x->args = fill_args(b, f->args, &x->nargs, what);
        if (!x->name || !ds__gql_map_put(&t->index, x->name, x, NULL)) {
            nomem(b);
            return;
        }
        t->nfields++;
    }
}

static void fill_input_fields(builder *b, ds__gql_typesys_type *t, const ds__gql_def *d) {
    ds__gql_typesys_arg *fields = (ds__gql_typesys_arg *)t->input_fields;
    for (const ds__gql_input_value *iv = d->input_fields; iv && b->status != DS_ERR_NOMEM; iv = iv->next) {
        char what[512];
        snprintf(what, sizeof what, "%s.%s", t->name, iv->name);
        if (ds__gql_map_get(&t->index, iv->name)) {
            err(b, iv->loc, "Field \"%s\" can only be defined once.", what);
            continue;
        }
        check_reserved(b, iv->name, iv->loc);
        ds__gql_typesys_arg *a = &fields[t->ninput_fields];
        fill_arg(b, a, iv, what);
        if (!a->name || !ds__gql_map_put(&t->index, a->name, a, NULL)) {
            nomem(b);
            return;
        }
        t->ninput_fields++;
    }
}

static void fill_values(builder *b, ds__gql_typesys_type *t, const ds__gql_def *d) {
    ds__gql_typesys_enum_value *values = (ds__gql_typesys_enum_value *)t->values;
    for (const ds__gql_enum_value *v = d->values; v && b->status != DS_ERR_NOMEM; v = v->next) {
        if (ds__gql_map_get(&t->index, v->name)) {
            err(b, v->loc, "Enum value \"%s.%s\" can only be defined once.", t->name, v->name);
            continue;
        }
        ds__gql_typesys_enum_value *x = &values[t->nvalues];
        x->name = copy_str(b, v->name);
        x->description = copy_str(b, v->description);
        ds__gql_directive *dirs = NULL;
        copy_directives(b, v->directives, &dirs);
        x->directives = dirs;
        x->deprecation_reason = deprecation(b, v->directives);
        x->loc = v->loc;
        if (!x->name || !ds__gql_map_put(&t->index, x->name, x, NULL)) {
            nomem(b);
            return;
        }
        t->nvalues++;
    }
}

/* Interfaces of objects and interfaces, members of unions: both go into
 * t->interfaces while filling; members move to t->possible afterwards. */
static void fill_names(builder *b, ds__gql_typesys_type *t, const ds__gql_name *names, bool members) {
    const ds__gql_typesys_type **list = (const ds__gql_typesys_type **)t->interfaces;
    for (const ds__gql_name *n = names; n; n = n->next) {
        ds__gql_typesys_type *x = lookup(b, n->value);
        if (!x) {
            err(b, n->loc, "Unknown type \"%s\".", n->value);
            continue;
        }
        x->referenced = true;
        if (members && x->kind != DS__GQL_OBJECT) {
            err(b, n->loc, "Union type %s can only include Object types, it cannot include %s.", t->name, x->name);
            continue;
        }
        if (!members && x->kind != DS__GQL_INTERFACE) {
            err(b, n->loc, "Type %s must only implement Interface types, it cannot implement %s.", t->name, x->name);
            continue;
        }
        if (x == t) {
            err(b, n->loc, "Type %s cannot implement itself because it would create a circular reference.", t->name);
            continue;
        }
        bool dup = false;
        for (size_t i = 0; i < t->ninterfaces; i++)
            dup = dup || list[i] == x;
        if (dup) {
            if (members)
                err(b, n->loc, "Union type %s can only include type %s once.", t->name, x->name);
            else
                err(b, n->loc, "Type %s can only implement %s once.", t->name, x->name);
            continue;
        }
        list[t->ninterfaces++] = x;
    }
}

static void fill_members(builder *b, const ds__gql_doc *doc) {
    for (const ds__gql_def *d = doc->defs; d && b->status != DS_ERR_NOMEM; d = d->next) {
        if (d->kind == DS__GQL_DEF_DIRECTIVE) {
            ds__gql_typesys_directive *dir = ds__gql_map_get(&b->ts->directives, d->name);
            if (dir && dir->origin == d) {
                char owner[256];
                snprintf(owner, sizeof owner, "@%s", d->name);
                dir->args = fill_args(b, d->args, &dir->nargs, owner);
            }
            continue;
        }
        if (d->kind == DS__GQL_DEF_SCHEMA) {
            ds__gql_directive *dirs = (ds__gql_directive *)b->ts->schema_directives;
            copy_directives(b, d->directives, &dirs);
            b->ts->schema_directives = dirs;
            if (!d->extend)
                b->ts->description = copy_str(b, d->description);
            continue;
        }
        ds__gql_typesys_type *t = target(b, d, false);
        if (!t)
            continue;
        ds__gql_directive *dirs = (ds__gql_directive *)t->directives;
        copy_directives(b, d->directives, &dirs);
        t->directives = dirs;
        if (t->kind == DS__GQL_SCALAR) {
            const ds__gql_directive *sb = ds__gql_find_directive(d->directives, "specifiedBy");
            const ds__gql_argument *url = sb ? ds__gql_find_argument(sb->args, "url") : NULL;
            if (url && url->value && url->value->kind == DS__GQL_VAL_STRING)
                t->specified_by_url = copy_str(b, url->value->str);
        }
        fill_fields(b, t, d);
        fill_input_fields(b, t, d);
        fill_values(b, t, d);
        fill_names(b, t, d->interfaces, false);
        fill_names(b, t, d->members, true);
    }
}

/* ---- pass 4: whole-schema checks ---------------------------------------------------- */

static bool map_add_possible(builder *b, ds__gql_typesys_type *t, const ds__gql_typesys_type *o) {
    if (!ds__gql_map_put(&t->possible_index, o->name, (void *)o, NULL)) {
        nomem(b);
        return false;
    }
    return true;
}

static void derive_possible_types(builder *b) {
    ds__gql_typesys *ts = b->ts;
    /* Unions: their members. */
    for (size_t i = 0; i < ts->nall; i++) {
        ds__gql_typesys_type *t = ts->all[i];
        if (t->kind != DS__GQL_UNION)
            continue;
        t->possible = t->interfaces;
        t->npossible = t->ninterfaces;
        t->interfaces = NULL;
        t->ninterfaces = 0;
        for (size_t k = 0; k < t->npossible; k++)
            if (!map_add_possible(b, t, t->possible[k]))
                return;
    }
    /* Interfaces: the objects that implement them, in type order. Count, then fill. */
    size_t *n = calloc(ts->nall ? ts->nall : 1, sizeof *n);
    if (!n) {
        nomem(b);
        return;
    }
    for (size_t i = 0; i < ts->nall; i++) {
        const ds__gql_typesys_type *o = ts->all[i];
        if (o->kind == DS__GQL_OBJECT)
            for (size_t k = 0; k < o->ninterfaces; k++)
                n[o->interfaces[k]->idx]++;
    }
    for (size_t i = 0; i < ts->nall; i++)
        if (ts->all[i]->kind == DS__GQL_INTERFACE && n[i] &&
            !(ts->all[i]->possible = alloc(b, n[i] * sizeof *ts->all[i]->possible)))
            break;
    for (size_t i = 0; i < ts->nall && b->status != DS_ERR_NOMEM; i++) {
        const ds__gql_typesys_type *o = ts->all[i];
        if (o->kind != DS__GQL_OBJECT)
            continue;
        for (size_t k = 0; k < o->ninterfaces; k++) {
            ds__gql_typesys_type *itf = ts->all[o->interfaces[k]->idx];
            if (!itf->possible)
                continue;
            ((const ds__gql_typesys_type **)itf->possible)[itf->npossible++] = o;
            if (!map_add_possible(b, itf, o))
                break;
        }
    }
    free(n);
}

static bool same_type(const ds__gql_type *a, const ds__gql_type *b) {
    while (a && b && a->kind == b->kind) {
        if (a->kind == DS__GQL_TYPE_NAMED)
            return strcmp(a->name, b->name) == 0;
        a = a->of;
        b = b->of;
    }
    return false;
}

/* Whether sub may stand for super as a field type (spec IsValidImplementationFieldType). */
static bool is_subtype(const ds__gql_typesys *ts, const ds__gql_type *sub, const ds__gql_type *super) {
    if (!sub || !super)
        return false;
    if (sub->kind == DS__GQL_TYPE_NON_NULL)
        return is_subtype(ts, sub->of, super->kind == DS__GQL_TYPE_NON_NULL ? super->of : super);
    if (super->kind == DS__GQL_TYPE_NON_NULL)
        return false;
    if (sub->kind == DS__GQL_TYPE_LIST)
        return super->kind == DS__GQL_TYPE_LIST && is_subtype(ts, sub->of, super->of);
    if (super->kind == DS__GQL_TYPE_LIST)
        return false;
    if (strcmp(sub->name, super->name) == 0)
        return true;
    const ds__gql_typesys_type *s = ds__gql_ts_type(ts, sub->name), *p = ds__gql_ts_type(ts, super->name);
    return s && p && ds__gql_ts_is_abstract(p) && ds__gql_ts_is_possible(p, s);
}

static void print_ref(char *buf, size_t cap, const ds__gql_type *t) {
    ds__buf pb;
    ds__buf_init(&pb, cap - 1);
    ds__gql_print_type(&pb, t);
    snprintf(buf, cap, "%s", pb.data && !pb.failed ? pb.data : "?");
    ds__buf_free(&pb);
}

static void check_implementations(builder *b) {
    ds__gql_typesys *ts = b->ts;
    for (size_t i = 0; i < ts->nall; i++) {
        const ds__gql_typesys_type *t = ts->all[i];
        if (t->kind != DS__GQL_OBJECT && t->kind != DS__GQL_INTERFACE)
            continue;
        for (size_t k = 0; k < t->ninterfaces; k++) {
            const ds__gql_typesys_type *itf = t->interfaces[k];
            /* Transitive interfaces must be listed too. */
            for (size_t j = 0; j < itf->ninterfaces; j++) {
                bool listed = itf->interfaces[j] == t;
                for (size_t m = 0; m < t->ninterfaces; m++)
                    listed = listed || t->interfaces[m] == itf->interfaces[j];
                if (!listed)
                    err(b, t->loc, "Type %s must implement %s because it is implemented by %s.", t->name,
                        itf->interfaces[j]->name, itf->name);
            }
            for (size_t f = 0; f < itf->nfields; f++) {
                const ds__gql_typesys_field *want = &itf->fields[f];
                const ds__gql_typesys_field *have = ds__gql_ts_field(t, want->name);
                if (!have) {
                    err(b, t->loc, "Interface field %s.%s expected but %s does not provide it.", itf->name, want->name,
                        t->name);
                    continue;
                }
                if (!is_subtype(ts, have->type, want->type)) {
                    char w[256], h[256];
                    print_ref(w, sizeof w, want->type);
                    print_ref(h, sizeof h, have->type);
                    err(b, have->loc, "Interface field %s.%s expects type %s but %s.%s is type %s.", itf->name,
                        want->name, w, t->name, have->name, h);
                }
                for (size_t a = 0; a < want->nargs; a++) {
                    const ds__gql_typesys_arg *wa = &want->args[a];
                    const ds__gql_typesys_arg *ha = ds__gql_ts_arg(have->args, have->nargs, wa->name);
                    if (!ha)
                        err(b, have->loc, "Interface field argument %s.%s(%s:) expected but %s.%s does not provide it.",
                            itf->name, want->name, wa->name, t->name, have->name);
                    else if (!same_type(ha->type, wa->type))
                        err(b, ha->loc, "Interface field argument %s.%s(%s:) expects the same type as %s.%s(%s:).",
                            itf->name, want->name, wa->name, t->name, have->name, ha->name);
                }
                for (size_t a = 0; a < have->nargs; a++) {
                    const ds__gql_typesys_arg *ha = &have->args[a];
                    if (!ds__gql_ts_arg(want->args, want->nargs, ha->name) && ha->type &&
                        ha->type->kind == DS__GQL_TYPE_NON_NULL && !ha->default_value)
                        err(b, ha->loc,
                            "Object field %s.%s includes required argument %s that is missing from the Interface "
                            "field %s.%s.",
                            t->name, have->name, ha->name, itf->name, want->name);
                }
            }
        }
    }
}

static void check_nonempty(builder *b) {
    for (size_t i = 0; i < b->ts->nall; i++) {
        const ds__gql_typesys_type *t = b->ts->all[i];
        if ((t->kind == DS__GQL_OBJECT || t->kind == DS__GQL_INTERFACE) && !t->nfields)
            err(b, t->loc, "Type %s must define one or more fields.", t->name);
        else if (t->kind == DS__GQL_INPUT_OBJECT && !t->ninput_fields)
            err(b, t->loc, "Input Object type %s must define one or more fields.", t->name);
        else if (t->kind == DS__GQL_ENUM && !t->nvalues)
            err(b, t->loc, "Enum type %s must define one or more values.", t->name);
        else if (t->kind == DS__GQL_UNION && !t->npossible)
            err(b, t->loc, "Union type %s must define one or more member types.", t->name);
    }
}

static const char *const OP_NAMES[] = {"query", "mutation", "subscription"};
static const char *const ROOT_NAMES[] = {"Query", "Mutation", "Subscription"};

static void set_root(builder *b, int op, const ds__gql_name *n) {
    ds__gql_typesys_type *t = lookup(b, n->value);
    if (!t) {
        err(b, n->loc, "Unknown type \"%s\".", n->value);
        return;
    }
    if (t->kind != DS__GQL_OBJECT) {
        err(b, n->loc, "%s root type must be Object type, it cannot be %s.", ROOT_NAMES[op], t->name);
        return;
    }
    if (b->ts->roots[op] && b->ts->roots[op] != t) {
        err(b, n->loc, "There can be only one %s type in schema.", OP_NAMES[op]);
        return;
    }
    t->referenced = true;
    b->ts->roots[op] = t;
}

/* `schema { }` and its extensions name the roots; without a schema
 * definition the object types called Query, Mutation and Subscription are
 * the roots (extensions may add to them). */
static void pick_roots(builder *b, const ds__gql_doc *doc) {
    if (!b->schema_def)
        for (int op = 0; op < 3; op++) {
            ds__gql_typesys_type *t = lookup(b, ROOT_NAMES[op]);
            if (t && t->kind == DS__GQL_OBJECT && !t->predeclared) {
                t->referenced = true;
                b->ts->roots[op] = t;
            }
        }
    for (const ds__gql_def *d = doc->defs; d; d = d->next) {
        if (d->kind != DS__GQL_DEF_SCHEMA || (!d->extend && d != b->schema_def))
            continue;
        bool seen[3] = {false, false, false};
        for (const ds__gql_operation_type *o = d->operation_types; o; o = o->next) {
            int op = strcmp(o->operation, "query") == 0 ? 0 : strcmp(o->operation, "mutation") == 0 ? 1 : 2;
            if (seen[op])
                err(b, o->loc, "There can be only one %s type in schema.", OP_NAMES[op]);
            else if (o->type)
                set_root(b, op, o->type);
            seen[op] = true;
        }
    }
    if (!b->ts->roots[0])
        err(b, (ds__gql_loc){0, 0, 0}, "Query root type must be provided.");
}

/* Default values in the SDL must fit their types (the executor coerces
 * them as they are written). */
static void check_default(builder *b, const ds__gql_typesys_arg *a, const char *owner, const char *sep) {
    char t[256];
    if (a->default_value && a->base && !ds__gql_value_fits(b->ts, a->default_value, a->type))
        err(b, a->default_value->loc, "Default value of %s%s%s%s is not a valid %s.", owner, sep, a->name,
            *sep == '(' ? ":)" : "", ds__gql_type_text(a->type, t, sizeof t));
}

static void check_defaults(builder *b) {
    for (size_t i = 0; i < b->ts->nall; i++) {
        const ds__gql_typesys_type *t = b->ts->all[i];
        for (size_t f = 0; f < t->nfields; f++) {
            char owner[512];
            snprintf(owner, sizeof owner, "%s.%s", t->name, t->fields[f].name);
            for (size_t a = 0; a < t->fields[f].nargs; a++)
                check_default(b, &t->fields[f].args[a], owner, "(");
        }
        for (size_t f = 0; f < t->ninput_fields; f++)
            check_default(b, &t->input_fields[f], t->name, ".");
    }
    for (size_t i = 0; i < b->ts->ndirs; i++) {
        char owner[256];
        snprintf(owner, sizeof owner, "@%s", b->ts->dirs[i]->name);
        for (size_t a = 0; a < b->ts->dirs[i]->nargs; a++)
            check_default(b, &b->ts->dirs[i]->args[a], owner, "(");
    }
}

static void fix_order(builder *b) {
    ds__gql_typesys *ts = b->ts;
    const ds__gql_typesys_type **order = alloc(b, (ts->nall ? ts->nall : 1) * sizeof *order);
    if (!order)
        return;
    size_t n = 0;
    for (int pass = 0; pass < 3; pass++)
        for (size_t i = 0; i < ts->nall; i++) {
            const ds__gql_typesys_type *t = ts->all[i];
            int which = !t->predeclared ? 0 : t->name[0] != '_' ? 1 : 2;
            if (which == pass)
                order[n++] = t;
        }
    ts->order = order;
}

static void make_meta_fields(builder *b) {
    ds__gql_typesys *ts = b->ts;
    ds__gql_type *string = alloc(b, sizeof *string), *string_nn = alloc(b, sizeof *string_nn);
    ds__gql_type *schema = alloc(b, sizeof *schema), *schema_nn = alloc(b, sizeof *schema_nn);
    ds__gql_type *type = alloc(b, sizeof *type);
    if (!string || !string_nn || !schema || !schema_nn || !type)
        return;
    *string = (ds__gql_type){.kind = DS__GQL_TYPE_NAMED, .name = "String"};
    *string_nn = (ds__gql_type){.kind = DS__GQL_TYPE_NON_NULL, .of = string};
    *schema = (ds__gql_type){.kind = DS__GQL_TYPE_NAMED, .name = "__Schema"};
    *schema_nn = (ds__gql_type){.kind = DS__GQL_TYPE_NON_NULL, .of = schema};
    *type = (ds__gql_type){.kind = DS__GQL_TYPE_NAMED, .name = "__Type"};
    ts->meta_typename = (ds__gql_typesys_field){.name = "__typename",
                                                .description = "The name of the current Object type at runtime.",
                                                .type = string_nn,
                                                .base = lookup(b, "String")};
    ts->meta_schema = (ds__gql_typesys_field){.name = "__schema",
                                              .description = "Access the current type schema of this server.",
                                              .type = schema_nn,
                                              .base = lookup(b, "__Schema")};
    ts->meta_type_name = (ds__gql_typesys_arg){.name = "name", .type = string_nn, .base = lookup(b, "String")};
    ts->meta_type = (ds__gql_typesys_field){.name = "__type",
                                            .description = "Request the type information of a single type.",
                                            .type = type,
                                            .base = lookup(b, "__Type"),
                                            .args = &ts->meta_type_name,
                                            .nargs = 1};
}

/* ---- entry points ------------------------------------------------------------------- */

void ds__gql_typesys_free(ds__gql_typesys *ts) {
    if (!ts)
        return;
    for (size_t i = 0; i < ts->nall; i++) {
        ds__gql_map_free(&ts->all[i]->index);
        ds__gql_map_free(&ts->all[i]->possible_index);
    }
    free(ts->all);
    free(ts->dirs);
    ds__gql_map_free(&ts->types);
    ds__gql_map_free(&ts->directives);
    ds__arena_free(ts->arena);
    free(ts);
}

ds_status ds__gql_typesys_build(const ds__gql_doc *sdl, ds__gql_typesys **out, ds__diags *diags) {
    if (!out)
        return DS_ERR_INVALID;
    *out = NULL;
    if (!sdl)
        return DS_ERR_INVALID;
    ds__gql_doc *prelude = NULL;
    ds__buf text;
    ds__buf_init(&text, 0);
    for (size_t i = 0; i < sizeof PRELUDE / sizeof *PRELUDE; i++)
        ds__buf_puts(&text, PRELUDE[i]);
    if (text.failed) {
        ds__buf_free(&text);
        return DS_ERR_NOMEM;
    }
    ds_status rc = ds__gql_parse_sdl(text.data, text.len, &prelude, NULL);
    ds__buf_free(&text);
    if (rc != DS_OK)
        return rc == DS_ERR_NOMEM ? DS_ERR_NOMEM : DS_ERR_INTERNAL;
    builder b = {.diags = diags};
    ds__gql_typesys *ts = b.ts = calloc(1, sizeof *ts);
    if (!ts || !(ts->arena = ds__arena_new(0))) {
        free(ts);
        ds__gql_doc_free(prelude);
        return DS_ERR_NOMEM;
    }
    ds__gql_map_init(&ts->types);
    ds__gql_map_init(&ts->directives);

    b.predeclared = true;
    for (size_t i = 0; i < sizeof SCALARS / sizeof *SCALARS; i++) {
        ds__gql_typesys_type *t = new_type(&b, DS__GQL_SCALAR, SCALARS[i].name, (ds__gql_loc){0, 0, 0});
        if (!t)
            break;
        t->scalar = SCALARS[i].id;
        t->description = SCALARS[i].description;
        t->declared = false;
    }
    const ds__gql_doc *docs[2] = {prelude, sdl};
    for (int i = 0; i < 2 && b.status != DS_ERR_NOMEM; i++) {
        b.predeclared = i == 0;
        create_definitions(&b, docs[i]);
    }
    b.counts = calloc(ts->nall ? ts->nall : 1, sizeof *b.counts);
    if (!b.counts)
        nomem(&b);
    for (int i = 0; i < 2 && b.status != DS_ERR_NOMEM; i++) {
        b.predeclared = i == 0;
        count_members(&b, docs[i]);
    }
    if (b.status != DS_ERR_NOMEM)
        allocate_members(&b);
    for (int i = 0; i < 2 && b.status != DS_ERR_NOMEM; i++) {
        b.predeclared = i == 0;
        fill_members(&b, docs[i]);
    }
    b.predeclared = false;
    if (b.status != DS_ERR_NOMEM)
        derive_possible_types(&b);
    if (b.status != DS_ERR_NOMEM) {
        check_nonempty(&b);
        check_implementations(&b);
        pick_roots(&b, sdl);
        make_meta_fields(&b);
        fix_order(&b);
        if (b.status == DS_OK)
            check_defaults(&b);
    }
    free(b.counts);
    for (size_t i = 0; i < ts->nall; i++)
        ts->all[i]->origin = NULL; /* pointed into the documents */
    for (size_t i = 0; i < ts->ndirs; i++)
        ts->dirs[i]->origin = NULL;
    ds__gql_doc_free(prelude);
    if (b.status != DS_OK) {
        if (b.status == DS_ERR_NOMEM && diags)
            ds__diags_add(diags, DS_ERR_NOMEM, 0, 0, "out of memory");
        ds__gql_typesys_free(ts);
        if (diags)
            ds__diags_sort(diags);
        return b.status;
    }
    *out = ts;
    return DS_OK;
}

ds_status ds__gql_typesys_parse(const char *src, size_t len, ds__gql_typesys **out, ds__diags *diags) {
    if (!out)
        return DS_ERR_INVALID;
    *out = NULL;
    ds__gql_doc *doc = NULL;
    ds_status rc = ds__gql_parse_sdl(src, len, &doc, diags);
    if (rc != DS_OK)
        return rc;
    rc = ds__gql_typesys_build(doc, out, diags);
    ds__gql_doc_free(doc);
    return rc;
}

/* ---- lookups ------------------------------------------------------------------------- */

const ds__gql_typesys_type *ds__gql_ts_type(const ds__gql_typesys *ts, const char *name) {
    return ts && name ? ds__gql_map_get(&ts->types, name) : NULL;
}

const ds__gql_typesys_type *const *ds__gql_ts_types(const ds__gql_typesys *ts, size_t *count) {
    *count = ts->nall;
    return ts->order;
}

const ds__gql_typesys_type *ds__gql_ts_root(const ds__gql_typesys *ts, ds__gql_op_kind op) {
    return (unsigned)op < 3 ? ts->roots[op] : NULL;
}

const char *ds__gql_ts_description(const ds__gql_typesys *ts) { return ts->description; }

const ds__gql_directive *ds__gql_ts_schema_directives(const ds__gql_typesys *ts) { return ts->schema_directives; }

const ds__gql_typesys_field *ds__gql_ts_field(const ds__gql_typesys_type *t, const char *name) {
    if (!t || (t->kind != DS__GQL_OBJECT && t->kind != DS__GQL_INTERFACE))
        return NULL;
    return ds__gql_map_get(&t->index, name);
}

const ds__gql_typesys_field *ds__gql_ts_field_meta(const ds__gql_typesys *ts, const ds__gql_typesys_type *t,
                                                   const char *name) {
    if (!t)
        return NULL;
    if (name[0] == '_' && name[1] == '_') {
        if (!ds__gql_ts_is_composite(t))
            return NULL;
        if (strcmp(name, "__typename") == 0)
            return &ts->meta_typename;
        if (t == ts->roots[DS__GQL_OP_QUERY]) {
            if (strcmp(name, "__schema") == 0)
                return &ts->meta_schema;
            if (strcmp(name, "__type") == 0)
                return &ts->meta_type;
        }
    }
    return ds__gql_ts_field(t, name);
}

const ds__gql_typesys_arg *ds__gql_ts_input_field(const ds__gql_typesys_type *t, const char *name) {
    if (!t || t->kind != DS__GQL_INPUT_OBJECT)
        return NULL;
    return ds__gql_map_get(&t->index, name);
}

const ds__gql_typesys_enum_value *ds__gql_ts_enum_value(const ds__gql_typesys_type *t, const char *name) {
    if (!t || t->kind != DS__GQL_ENUM)
        return NULL;
    return ds__gql_map_get(&t->index, name);
}

const ds__gql_typesys_arg *ds__gql_ts_arg(const ds__gql_typesys_arg *args, size_t n, const char *name) {
    for (size_t i = 0; i < n; i++)
        if (args[i].name && strcmp(args[i].name, name) == 0)
            return &args[i];
    return NULL;
}

const ds__gql_typesys_directive *ds__gql_ts_directive(const ds__gql_typesys *ts, const char *name) {
    return ds__gql_map_get(&ts->directives, name);
}

const ds__gql_typesys_directive *const *ds__gql_ts_directives(const ds__gql_typesys *ts, size_t *count) {
    *count = ts->ndirs;
    return (const ds__gql_typesys_directive *const *)ts->dirs;
}

bool ds__gql_ts_is_input(const ds__gql_typesys_type *t) {
    return t && (t->kind == DS__GQL_SCALAR || t->kind == DS__GQL_ENUM || t->kind == DS__GQL_INPUT_OBJECT);
}

bool ds__gql_ts_is_output(const ds__gql_typesys_type *t) { return t && t->kind != DS__GQL_INPUT_OBJECT; }

bool ds__gql_ts_is_composite(const ds__gql_typesys_type *t) {
    return t && (t->kind == DS__GQL_OBJECT || t->kind == DS__GQL_INTERFACE || t->kind == DS__GQL_UNION);
}

bool ds__gql_ts_is_leaf(const ds__gql_typesys_type *t) {
    return t && (t->kind == DS__GQL_SCALAR || t->kind == DS__GQL_ENUM);
}

bool ds__gql_ts_is_abstract(const ds__gql_typesys_type *t) {
    return t && (t->kind == DS__GQL_INTERFACE || t->kind == DS__GQL_UNION);
}

bool ds__gql_ts_is_possible(const ds__gql_typesys_type *t, const ds__gql_typesys_type *object) {
    if (!t || !object)
        return false;
    if (t == object)
        return true;
    if (!ds__gql_ts_is_abstract(t) || object->kind != DS__GQL_OBJECT)
        return false;
    return ds__gql_map_get(&t->possible_index, object->name) == object;
}

bool ds__gql_ts_overlap(const ds__gql_typesys_type *a, const ds__gql_typesys_type *b) {
    if (!a || !b)
        return false;
    if (a == b)
        return true;
    if (!ds__gql_ts_is_abstract(a))
        return ds__gql_ts_is_possible(b, a);
    if (!ds__gql_ts_is_abstract(b))
        return ds__gql_ts_is_possible(a, b);
    /* Both abstract: scan the smaller set, look up in the other. */
    if (a->npossible > b->npossible) {
        const ds__gql_typesys_type *t = a;
        a = b;
        b = t;
    }
    for (size_t i = 0; i < a->npossible; i++)
        if (ds__gql_ts_is_possible(b, a->possible[i]))
            return true;
    return false;
}
