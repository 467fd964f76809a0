/* GraphQL values as untyped JSON, as graphql-js's valueFromASTUntyped
 * gives them to Amplify's tools: enums become strings, numbers numbers. */
#include <stdlib.h>

#include "schema/internal.h"

json_t *ds__value_to_json(const ds__gql_value *v) {
    if (!v)
        return json_null();
    switch (v->kind) {
    case DS__GQL_VAL_INT:
        return json_integer(strtoll(v->str, NULL, 10));
    case DS__GQL_VAL_FLOAT:
        return json_real(strtod(v->str, NULL));
    case DS__GQL_VAL_STRING:
        return json_stringn(v->str, v->len);
    case DS__GQL_VAL_ENUM:
    case DS__GQL_VAL_VARIABLE:
        return json_string(v->str);
    case DS__GQL_VAL_BOOLEAN:
        return json_boolean(v->boolean);
    case DS__GQL_VAL_NULL:
        return json_null();
    case DS__GQL_VAL_LIST: {
        json_t *a = json_array();
        for (const ds__gql_value *it = v->items; a && it; it = it->next)
            if (json_array_append_new(a, ds__value_to_json(it)) != 0) {
                json_decref(a);
                return NULL;
            }
        return a;
    }
    case DS__GQL_VAL_OBJECT: {
        json_t *o = json_object();
        for (const ds__gql_object_field *f = v->fields; o && f; f = f->next)
            if (json_object_set_new(o, f->name, ds__value_to_json(f->value)) != 0) {
                json_decref(o);
                return NULL;
            }
        return o;
    }
    }
    return json_null();
}
