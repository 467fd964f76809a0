/*
 * Input coercion (spec §6.1.2 CoerceVariableValues, §6.4.1
 * CoerceArgumentValues, §3.5 and §3.10 input coercion of each type), JSON in
 * and JSON out; see execute.h.
 *
 * Two sources of input values:
 *   - variables: JSON from the request, coerced once per request against
 *     the operation's variable definitions (coerce_json);
 *   - literals in the document (arguments, defaults), coerced per field with
 *     the coerced variables substituted (coerce_literal). Validation has
 *     already checked literals, so their errors here come only from
 *     variables (a null where non-null is needed) and from SDL defaults.
 *
 * Messages follow graphql-java, which AppSync returns ("Variable 'input' has
 * coerced Null value for NonNull type 'String!'"); where the value at fault
 * is nested, its path is added: " @ 'input.tags[2]'".
 *
 * Recursion follows the value: the JSON parser (jansson, 2048 levels) and
 * the GraphQL parser (DS__GQL_MAX_DEPTH) bound it, and so does the type,
 * since a value is only descended into along its type (list types nest at
 * most DS__GQL_MAX_DEPTH deep, input objects only as deep as the value).
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graphql/execute.h"
#include "graphql/validate.h"
#include "util/path.h"
#include "util/scalars.h"

typedef struct coercer {
    const ds__gql_typesys *ts;
    const char *what;  /* "Variable" or "Argument" */
    const char *name;  /* the variable or argument */
    size_t name_len;   /* where the path passes the name */
    json_t *variables; /* literals only: the coerced variables */
    char msg[1024];
    bool failed;
} coercer;

static void cfail(coercer *c, const ds__path *p, const char *fmt, ...) DS__PRINTF(3, 4);

static void cfail(coercer *c, const ds__path *p, const char *fmt, ...) {
    if (c->failed)
        return;
    c->failed = true;
    char text[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    if (p->len > c->name_len)
        snprintf(c->msg, sizeof c->msg, "%s @ '%.255s'", text, p->text);
    else
        snprintf(c->msg, sizeof c->msg, "%s", text);
}

static void fail_null(coercer *c, const ds__path *p, const ds__gql_type *type) {
    char t[256];
    cfail(c, p, "%s '%s' has coerced Null value for NonNull type '%s'", c->what, c->name,
          ds__gql_type_text(type, t, sizeof t));
}

static const char *json_kind(const json_t *v) {
    switch (json_typeof(v)) {
    case JSON_OBJECT: return "Object";
    case JSON_ARRAY: return "Array";
    case JSON_STRING: return "String";
    case JSON_INTEGER: return "Integer";
    case JSON_REAL: return "Double";
    case JSON_TRUE:
    case JSON_FALSE: return "Boolean";
    case JSON_NULL: return "null";
    }
    return "?";
}

static void fail_kind(coercer *c, const ds__path *p, const char *type_name, const json_t *v) {
    cfail(c, p, "%s '%s' has an invalid value : Expected type '%s' but was '%s'.", c->what, c->name, type_name,
          json_kind(v));
}

/* ---- scalars from JSON ----------------------------------------------------------- */

/* A JSON number that is a whole number within [lo, hi]. */
static bool whole_number(const json_t *v, long long lo, long long hi, long long *out) {
    if (json_is_integer(v)) {
        long long n = json_integer_value(v);
        if (n < lo || n > hi)
            return false;
        *out = n;
        return true;
    }
    if (json_is_real(v)) {
        double d = json_real_value(v);
        /* in range first, so the cast is defined; whole when it survives it */
        if (!isfinite(d) || d < (double)lo || d > (double)hi || (double)(long long)d != d)
            return false;
        *out = (long long)d;
        return true;
    }
    return false;
}

static json_t *scalar_from_json(coercer *c, const ds__gql_typesys_type *t, json_t *v, const ds__path *p) {
    long long n;
    switch (t->scalar) {
    case DS__GQL_SCALAR_CUSTOM: return json_incref(v);
    case DS__GQL_SCALAR_INT:
        if (whole_number(v, INT32_MIN, INT32_MAX, &n))
            return json_integer(n);
        if (json_is_number(v)) {
            char num[64];
            if (json_is_integer(v))
                snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
            else
                snprintf(num, sizeof num, "%.17g", json_real_value(v));
            cfail(c, p, "%s '%s' has an invalid value : Expected value to be in the Integer range but it was '%s'",
                  c->what, c->name, num);
            return NULL;
        }
        fail_kind(c, p, "Int", v);
        return NULL;
    case DS__GQL_SCALAR_FLOAT:
        if (json_is_number(v))
            return json_real(json_number_value(v));
        fail_kind(c, p, "Float", v);
        return NULL;
    case DS__GQL_SCALAR_STRING:
        if (json_is_string(v))
            return json_incref(v);
        fail_kind(c, p, "String", v);
        return NULL;
    case DS__GQL_SCALAR_BOOLEAN:
        if (json_is_boolean(v))
            return json_incref(v);
        fail_kind(c, p, "Boolean", v);
        return NULL;
    case DS__GQL_SCALAR_ID:
        if (json_is_string(v))
            return json_incref(v);
        if (json_is_integer(v)) {
            char num[32];
            snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
            return json_string(num);
        }
        fail_kind(c, p, "ID", v);
        return NULL;
    case DS__GQL_SCALAR_AWS_TIMESTAMP:
        if (whole_number(v, -9007199254740991LL, 9007199254740991LL, &n))
            return json_integer(n);
        fail_kind(c, p, "AWSTimestamp", v);
        return NULL;
    case DS__GQL_SCALAR_AWS_JSON:
        if (json_is_string(v)) {
            if (ds__is_aws_json(json_string_value(v), json_string_length(v), DS__RULES_RECORD))
                return json_incref(v);
            cfail(c, p, "%s '%s' has an invalid value : Unable to parse the value as valid JSON for 'AWSJSON'", c->what,
                  c->name);
            return NULL;
        } else {
            char *text = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
            json_t *s = text ? json_string(text) : NULL;
            free(text);
            return s;
        }
    default:
        if (json_is_string(v)) {
            if (ds__scalar_text_valid(t->name, json_string_value(v), json_string_length(v), DS__RULES_RECORD))
                return json_incref(v);
            cfail(c, p, "%s '%s' has an invalid value : Expected a valid '%s' but was '%.200s'", c->what, c->name,
                  t->name, json_string_value(v));
            return NULL;
        }
        fail_kind(c, p, t->name, v);
        return NULL;
    }
}

/* ---- literals ------------------------------------------------------------------------- */

static json_t *coerce_literal(coercer *c, const ds__gql_type *type, const ds__gql_value *v, ds__path *p, bool *absent);

/* A literal no type describes (a custom scalar): converted as it is, with
 * variables substituted. */
static json_t *untyped_literal(coercer *c, const ds__gql_value *v) {
    switch (v->kind) {
    case DS__GQL_VAL_VARIABLE: {
        json_t *x = c->variables ? json_object_get(c->variables, v->str) : NULL;
        return x ? json_incref(x) : json_null();
    }
    case DS__GQL_VAL_INT: {
        errno = 0;
        long long n = strtoll(v->str, NULL, 10);
        return errno == 0 ? json_integer(n) : json_real(strtod(v->str, NULL));
    }
    case DS__GQL_VAL_FLOAT: {
        double d = strtod(v->str, NULL);
        return isfinite(d) ? json_real(d) : json_null();
    }
    case DS__GQL_VAL_STRING: return json_stringn_nocheck(v->str, v->len);
    case DS__GQL_VAL_BOOLEAN: return json_boolean(v->boolean);
    case DS__GQL_VAL_NULL: return json_null();
    case DS__GQL_VAL_ENUM: return json_string(v->str);
    case DS__GQL_VAL_LIST: {
        json_t *a = json_array();
        for (const ds__gql_value *i = v->items; i && a; i = i->next)
            if (json_array_append_new(a, untyped_literal(c, i)) != 0) {
                json_decref(a);
                a = NULL;
            }
        return a;
    }
    case DS__GQL_VAL_OBJECT: {
        json_t *o = json_object();
        for (const ds__gql_object_field *f = v->fields; f && o; f = f->next)
            if (json_object_set_new(o, f->name, untyped_literal(c, f->value)) != 0) {
                json_decref(o);
                o = NULL;
            }
        return o;
    }
    }
    return json_null();
}

static json_t *scalar_literal(coercer *c, const ds__gql_typesys_type *t, const ds__gql_value *v, const ds__path *p) {
    switch (t->scalar) {
    case DS__GQL_SCALAR_CUSTOM: return untyped_literal(c, v);
    case DS__GQL_SCALAR_INT:
    case DS__GQL_SCALAR_AWS_TIMESTAMP:
        if (v->kind == DS__GQL_VAL_INT) {
            errno = 0;
            long long n = strtoll(v->str, NULL, 10);
            if (errno == 0 && (t->scalar == DS__GQL_SCALAR_AWS_TIMESTAMP || (n >= INT32_MIN && n <= INT32_MAX)))
                return json_integer(n);
        }
        break;
    case DS__GQL_SCALAR_FLOAT:
        if (v->kind == DS__GQL_VAL_INT || v->kind == DS__GQL_VAL_FLOAT) {
            double d = strtod(v->str, NULL);
            if (isfinite(d))
                return json_real(d);
        }
        break;
    case DS__GQL_SCALAR_STRING:
        if (v->kind == DS__GQL_VAL_STRING)
            return json_stringn_nocheck(v->str, v->len);
        break;
    case DS__GQL_SCALAR_BOOLEAN:
        if (v->kind == DS__GQL_VAL_BOOLEAN)
            return json_boolean(v->boolean);
        break;
    case DS__GQL_SCALAR_ID:
        if (v->kind == DS__GQL_VAL_STRING || v->kind == DS__GQL_VAL_INT)
            return json_stringn_nocheck(v->str, v->len);
        break;
    default:
        if (v->kind == DS__GQL_VAL_STRING && ds__scalar_text_valid(t->name, v->str, v->len, DS__RULES_RECORD))
            return json_stringn_nocheck(v->str, v->len);
        break;
    }
    cfail(c, p, "%s '%s' has an invalid value : the literal is not a valid '%s'", c->what, c->name, t->name);
    return NULL;
}

static json_t *object_literal(coercer *c, const ds__gql_typesys_type *t, const ds__gql_value *v, ds__path *p) {
    if (v->kind != DS__GQL_VAL_OBJECT) {
        cfail(c, p, "%s '%s' has an invalid value : the literal is not a valid '%s'", c->what, c->name, t->name);
        return NULL;
    }
    json_t *o = json_object();
    if (!o)
        return NULL;
    for (const ds__gql_object_field *f = v->fields; f; f = f->next)
        if (!ds__gql_ts_input_field(t, f->name)) {
            cfail(c, p, "%s '%s' has an invalid value : '%s' is not a field of input object type '%s'", c->what,
                  c->name, f->name, t->name);
            json_decref(o);
            return NULL;
        }
    for (size_t i = 0; i < t->ninput_fields; i++) {
        const ds__gql_typesys_arg *def = &t->input_fields[i];
        const ds__gql_object_field *f = ds__gql_find_object_field(v->fields, def->name);
        size_t old = ds__path_push(p, ".%s", def->name);
        bool absent = !f;
        json_t *x = f ? coerce_literal(c, def->type, f->value, p, &absent) : NULL;
        if (absent && def->default_value) {
            coercer dc = *c;
            dc.variables = NULL;
            dc.failed = false;
            x = coerce_literal(&dc, def->type, def->default_value, p, &absent);
            if (!x) {
                c->failed = false;
                cfail(c, p, "%s", dc.msg);
            }
        } else if (absent && def->type->kind == DS__GQL_TYPE_NON_NULL) {
            fail_null(c, p, def->type);
        }
        ds__path_pop(p, old);
        if (!x && !absent) {
            json_decref(o);
            return NULL;
        }
        if (x && json_object_set_new(o, def->name, x) != 0) {
            json_decref(o);
            return NULL;
        }
    }
    return o;
}

/*
 * A literal against its type. NULL with *absent set: a variable that was not
 * provided (the caller applies a default or leaves the value out). NULL
 * otherwise: an error (c->msg), or no memory.
 */
static json_t *coerce_literal(coercer *c, const ds__gql_type *type, const ds__gql_value *v, ds__path *p, bool *absent) {
    *absent = false;
    if (v->kind == DS__GQL_VAL_VARIABLE) {
        json_t *x = c->variables ? json_object_get(c->variables, v->str) : NULL;
        if (!x) {
            *absent = true;
            return NULL;
        }
        if (json_is_null(x) && type->kind == DS__GQL_TYPE_NON_NULL) {
            fail_null(c, p, type);
            return NULL;
        }
        return json_incref(x);
    }
    if (type->kind == DS__GQL_TYPE_NON_NULL) {
        if (v->kind == DS__GQL_VAL_NULL) {
            fail_null(c, p, type);
            return NULL;
        }
        return coerce_literal(c, type->of, v, p, absent);
    }
    if (v->kind == DS__GQL_VAL_NULL)
        return json_null();
    if (type->kind == DS__GQL_TYPE_LIST) {
        json_t *a = json_array();
        if (!a)
            return NULL;
        if (v->kind != DS__GQL_VAL_LIST) {
            bool item_absent;
            json_t *x = coerce_literal(c, type->of, v, p, &item_absent);
            if (!x && item_absent)
                x = json_null();
            if (!x || json_array_append_new(a, x) != 0) {
                json_decref(a);
                return NULL;
            }
            return a;
        }
        size_t i = 0;
        for (const ds__gql_value *item = v->items; item; item = item->next, i++) {
            size_t old = ds__path_push(p, "[%zu]", i);
            bool item_absent;
            json_t *x = coerce_literal(c, type->of, item, p, &item_absent);
            if (!x && item_absent) {
                if (type->of->kind == DS__GQL_TYPE_NON_NULL)
                    fail_null(c, p, type->of);
                else
                    x = json_null();
            }
            ds__path_pop(p, old);
            if (!x || json_array_append_new(a, x) != 0) {
                json_decref(a);
                return NULL;
            }
        }
        return a;
    }
    const ds__gql_typesys_type *t = ds__gql_ts_type(c->ts, type->name);
    if (!t) {
        cfail(c, p, "%s '%s' has an invalid value : unknown type '%s'", c->what, c->name, type->name);
        return NULL;
    }
    switch (t->kind) {
    case DS__GQL_INPUT_OBJECT: return object_literal(c, t, v, p);
    case DS__GQL_ENUM:
        if (v->kind == DS__GQL_VAL_ENUM && ds__gql_ts_enum_value(t, v->str))
            return json_string(v->str);
        cfail(c, p, "%s '%s' has an invalid value : the literal is not a valid '%s'", c->what, c->name, t->name);
        return NULL;
    case DS__GQL_SCALAR: return scalar_literal(c, t, v, p);
    default:
        cfail(c, p, "%s '%s' has an invalid value : '%s' is not an input type", c->what, c->name, t->name);
        return NULL;
    }
}

json_t *ds__gql_coerce_arguments(const ds__gql_typesys *ts, const ds__gql_typesys_arg *defs, size_t ndefs,
                                 const ds__gql_argument *args, json_t *variables, char *msg, size_t msgcap) {
    json_t *out = json_object();
    if (!out) {
        snprintf(msg, msgcap, "out of memory");
        return NULL;
    }
    for (size_t i = 0; i < ndefs; i++) {
        const ds__gql_typesys_arg *def = &defs[i];
        const ds__gql_argument *a = ds__gql_find_argument(args, def->name);
        coercer c = {.ts = ts, .what = "Argument", .name = def->name, .variables = variables};
        ds__path p;
        ds__path_init(&p);
        ds__path_push(&p, "%s", def->name);
        c.name_len = p.len;
        bool absent = !a;
        json_t *x = a ? coerce_literal(&c, def->type, a->value, &p, &absent) : NULL;
        if (absent && def->default_value) {
            c.variables = NULL;
            x = coerce_literal(&c, def->type, def->default_value, &p, &absent);
        } else if (absent && def->type->kind == DS__GQL_TYPE_NON_NULL) {
            fail_null(&c, &p, def->type);
        }
        if (!x && (c.failed || !absent)) {
            snprintf(msg, msgcap, "%s", c.failed ? c.msg : "out of memory");
            json_decref(out);
            return NULL;
        }
        if (x && json_object_set_new(out, def->name, x) != 0) {
            snprintf(msg, msgcap, "out of memory");
            json_decref(out);
            return NULL;
        }
    }
    return out;
}

/* ---- variables -------------------------------------------------------------------------- */

static json_t *coerce_json(coercer *c, const ds__gql_type *type, json_t *v, ds__path *p);

static json_t *object_from_json(coercer *c, const ds__gql_typesys_type *t, json_t *v, ds__path *p) {
    if (!json_is_object(v)) {
        fail_kind(c, p, t->name, v);
        return NULL;
    }
    const char *key;
    json_t *val;
    json_object_foreach(v, key, val) {
        if (!ds__gql_ts_input_field(t, key)) {
            cfail(c, p,
                  "The variables input contains a field name '%.200s' that is not defined for input object "
                  "type '%s'",
                  key, t->name);
            return NULL;
        }
    }
    json_t *o = json_object();
    if (!o)
        return NULL;
    for (size_t i = 0; i < t->ninput_fields; i++) {
        const ds__gql_typesys_arg *def = &t->input_fields[i];
        json_t *given = json_object_get(v, def->name);
        size_t old = ds__path_push(p, ".%s", def->name);
        json_t *x = NULL;
        bool skip = false;
        if (given) {
            x = coerce_json(c, def->type, given, p);
        } else if (def->default_value) {
            coercer dc = *c;
            bool absent;
            dc.variables = NULL;
            x = coerce_literal(&dc, def->type, def->default_value, p, &absent);
            if (!x) {
                c->failed = false;
                cfail(c, p, "%s", dc.msg);
            }
        } else if (def->type->kind == DS__GQL_TYPE_NON_NULL) {
            fail_null(c, p, def->type);
        } else {
            skip = true;
        }
        ds__path_pop(p, old);
        if (skip)
            continue;
        if (!x || json_object_set_new(o, def->name, x) != 0) {
            json_decref(o);
            return NULL;
        }
    }
    return o;
}

/* A JSON value (NULL: not given) against its type; a new value, or NULL
 * with c->msg set (or no memory). */
static json_t *coerce_json(coercer *c, const ds__gql_type *type, json_t *v, ds__path *p) {
    if (type->kind == DS__GQL_TYPE_NON_NULL) {
        if (!v || json_is_null(v)) {
            fail_null(c, p, type);
            return NULL;
        }
        return coerce_json(c, type->of, v, p);
    }
    if (!v || json_is_null(v))
        return json_null();
    if (type->kind == DS__GQL_TYPE_LIST) {
        json_t *a = json_array();
        if (!a)
            return NULL;
        if (!json_is_array(v)) {
            json_t *x = coerce_json(c, type->of, v, p);
            if (!x || json_array_append_new(a, x) != 0) {
                json_decref(a);
                return NULL;
            }
            return a;
        }
        size_t i;
        json_t *item;
        json_array_foreach(v, i, item) {
            size_t old = ds__path_push(p, "[%zu]", i);
            json_t *x = coerce_json(c, type->of, item, p);
            ds__path_pop(p, old);
            if (!x || json_array_append_new(a, x) != 0) {
                json_decref(a);
                return NULL;
            }
        }
        return a;
    }
    const ds__gql_typesys_type *t = ds__gql_ts_type(c->ts, type->name);
    if (!t) {
        cfail(c, p, "%s '%s' has an invalid value : unknown type '%s'", c->what, c->name, type->name);
        return NULL;
    }
    switch (t->kind) {
    case DS__GQL_INPUT_OBJECT: return object_from_json(c, t, v, p);
    case DS__GQL_ENUM:
        if (json_is_string(v) && ds__gql_ts_enum_value(t, json_string_value(v)))
            return json_incref(v);
        if (json_is_string(v))
            cfail(c, p, "%s '%s' has an invalid value : Invalid input for Enum '%s'. No value found for name '%.200s'",
                  c->what, c->name, t->name, json_string_value(v));
        else
            fail_kind(c, p, t->name, v);
        return NULL;
    case DS__GQL_SCALAR: return scalar_from_json(c, t, v, p);
    default:
        cfail(c, p, "%s '%s' has an invalid value : '%s' is not an input type", c->what, c->name, t->name);
        return NULL;
    }
}

static json_t *location(ds__gql_loc loc) {
    return json_pack("[{s:i, s:i, s:n}]", "line", (json_int_t)loc.line, "column", (json_int_t)loc.column, "sourceName");
}

json_t *ds__gql_coerce_variables(const ds__gql_typesys *ts, const ds__gql_operation *op, json_t *inputs,
                                 json_t **errors) {
    *errors = NULL;
    json_t *out = json_object();
    json_t *errs = json_array();
    if (!out || !errs)
        goto nomem;
    if (inputs && !json_is_null(inputs) && !json_is_object(inputs)) {
        json_t *e = json_pack("{s:n, s:n, s:s}", "path", "locations", "message", "Variables must be a JSON object");
        if (!e || json_array_append_new(errs, e) != 0)
            goto nomem;
        json_decref(out);
        *errors = errs;
        return NULL;
    }
    for (const ds__gql_variable_def *d = op->variables; d; d = d->next) {
        json_t *given = json_is_object(inputs) ? json_object_get(inputs, d->name) : NULL;
        coercer c = {.ts = ts, .what = "Variable", .name = d->name};
        ds__path p;
        ds__path_init(&p);
        ds__path_push(&p, "%s", d->name);
        c.name_len = p.len;
        json_t *x = NULL;
        if (!given && d->default_value) {
            bool absent;
            x = coerce_literal(&c, d->type, d->default_value, &p, &absent);
        } else if (!given && d->type->kind != DS__GQL_TYPE_NON_NULL) {
            continue; /* not provided: absent, which is not the same as null */
        } else {
            x = coerce_json(&c, d->type, given, &p);
        }
        if (!x && !c.failed)
            goto nomem;
        if (!x) {
            json_t *e = json_pack("{s:n, s:o, s:s}", "path", "locations", location(d->loc), "message", c.msg);
            if (!e || json_array_append_new(errs, e) != 0)
                goto nomem;
            continue;
        }
        if (json_object_set_new(out, d->name, x) != 0)
            goto nomem;
    }
    if (json_array_size(errs)) {
        json_decref(out);
        *errors = errs;
        return NULL;
    }
    json_decref(errs);
    return out;
nomem:
    json_decref(out);
    json_decref(errs);
    return NULL;
}
