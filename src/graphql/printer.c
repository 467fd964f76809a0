/* GraphQL text from the tree; see printer.h. Recursion follows the tree,
 * whose depth the parsers bound (DS__GQL_MAX_DEPTH). */
#include "graphql/printer.h"

#include <stdio.h>

bool ds__gql_print_type(ds__buf *b, const ds__gql_type *t) {
    if (!t)
        return ds__buf_puts(b, "?");
    switch (t->kind) {
    case DS__GQL_TYPE_NAMED: return ds__buf_puts(b, t->name);
    case DS__GQL_TYPE_LIST:
        ds__buf_putc(b, '[');
        ds__gql_print_type(b, t->of);
        return ds__buf_putc(b, ']');
    case DS__GQL_TYPE_NON_NULL: ds__gql_print_type(b, t->of); return ds__buf_putc(b, '!');
    }
    return !b->failed;
}

bool ds__gql_print_string(ds__buf *b, const char *s, size_t len) {
    ds__buf_putc(b, '"');
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"': ds__buf_puts(b, "\\\""); break;
        case '\\': ds__buf_puts(b, "\\\\"); break;
        case '\b': ds__buf_puts(b, "\\b"); break;
        case '\f': ds__buf_puts(b, "\\f"); break;
        case '\n': ds__buf_puts(b, "\\n"); break;
        case '\r': ds__buf_puts(b, "\\r"); break;
        case '\t': ds__buf_puts(b, "\\t"); break;
        default:
            if (c < 0x20 || c == 0x7F)
                ds__buf_printf(b, "\\u%04X", (unsigned)c);
            else
                ds__buf_putc(b, (char)c);
        }
    }
    return ds__buf_putc(b, '"');
}

bool ds__gql_print_value(ds__buf *b, const ds__gql_value *v) {
    if (!v)
        return ds__buf_puts(b, "null");
    switch (v->kind) {
    case DS__GQL_VAL_VARIABLE: ds__buf_putc(b, '$'); return ds__buf_puts(b, v->str);
    case DS__GQL_VAL_INT:
    case DS__GQL_VAL_FLOAT:
    case DS__GQL_VAL_ENUM: return ds__buf_puts(b, v->str);
    case DS__GQL_VAL_STRING: return ds__gql_print_string(b, v->str, v->len);
    case DS__GQL_VAL_BOOLEAN: return ds__buf_puts(b, v->boolean ? "true" : "false");
    case DS__GQL_VAL_NULL: return ds__buf_puts(b, "null");
    case DS__GQL_VAL_LIST:
        ds__buf_putc(b, '[');
        for (const ds__gql_value *i = v->items; i; i = i->next) {
            ds__gql_print_value(b, i);
            if (i->next)
                ds__buf_puts(b, ", ");
        }
        return ds__buf_putc(b, ']');
    case DS__GQL_VAL_OBJECT:
        ds__buf_putc(b, '{');
        for (const ds__gql_object_field *f = v->fields; f; f = f->next) {
            ds__buf_puts(b, f->name);
            ds__buf_puts(b, ": ");
            ds__gql_print_value(b, f->value);
            if (f->next)
                ds__buf_puts(b, ", ");
        }
        return ds__buf_putc(b, '}');
    }
    return !b->failed;
}
