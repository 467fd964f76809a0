/*
 * Printing the output document as SDL, the way the transformer's
 * buildSchema does: type definitions only (no schema block, no directive
 * definitions), and of the directives only those AppSync itself knows
 * (@aws_subscribe, @aws_auth, @aws_api_key, @aws_iam, @aws_oidc,
 * @aws_cognito_user_pools, @aws_lambda, @deprecated). The layout is
 * graphql-js's printer's: two-space indent, arguments on one line unless
 * one has a description, a blank line between definitions.
 */
#include <stdio.h>
#include <string.h>

#include "server/api_internal.h"
#include "util/buf.h"

static bool kept_directive(const char *name) {
    static const char *const kept[] = {"aws_subscribe", "aws_auth",   "aws_api_key",
                                       "aws_iam",       "aws_oidc",   "aws_cognito_user_pools",
                                       "aws_lambda",    "deprecated"};
    for (size_t i = 0; i < sizeof kept / sizeof *kept; i++)
        if (!strcmp(kept[i], name))
            return true;
    return false;
}

static void put_string(ds__buf *b, const char *s, size_t len) {
    ds__buf_putc(b, '"');
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)s[i];
        switch (ch) {
        case '"':
            ds__buf_puts(b, "\\\"");
            break;
        case '\\':
            ds__buf_puts(b, "\\\\");
            break;
        case '\n':
            ds__buf_puts(b, "\\n");
            break;
        case '\r':
            ds__buf_puts(b, "\\r");
            break;
        case '\t':
            ds__buf_puts(b, "\\t");
            break;
        case '\b':
            ds__buf_puts(b, "\\b");
            break;
        case '\f':
            ds__buf_puts(b, "\\f");
            break;
        default:
            if (ch < 0x20)
                ds__buf_printf(b, "\\u%04x", ch);
            else
                ds__buf_putc(b, (char)ch);
        }
    }
    ds__buf_putc(b, '"');
}

static void put_value(ds__buf *b, const ds__gql_value *v) {
    if (!v) {
        ds__buf_puts(b, "null");
        return;
    }
    switch (v->kind) {
    case DS__GQL_VAL_VARIABLE:
        ds__buf_printf(b, "$%s", v->str);
        break;
    case DS__GQL_VAL_INT:
    case DS__GQL_VAL_FLOAT:
    case DS__GQL_VAL_ENUM:
        ds__buf_puts(b, v->str);
        break;
    case DS__GQL_VAL_STRING:
        put_string(b, v->str ? v->str : "", v->len);
        break;
    case DS__GQL_VAL_BOOLEAN:
        ds__buf_puts(b, v->boolean ? "true" : "false");
        break;
    case DS__GQL_VAL_NULL:
        ds__buf_puts(b, "null");
        break;
    case DS__GQL_VAL_LIST:
        ds__buf_putc(b, '[');
        for (const ds__gql_value *it = v->items; it; it = it->next) {
            put_value(b, it);
            if (it->next)
                ds__buf_puts(b, ", ");
        }
        ds__buf_putc(b, ']');
        break;
    case DS__GQL_VAL_OBJECT:
        ds__buf_putc(b, '{');
        for (const ds__gql_object_field *f = v->fields; f; f = f->next) {
            ds__buf_printf(b, "%s: ", f->name);
            put_value(b, f->value);
            if (f->next)
                ds__buf_puts(b, ", ");
        }
        ds__buf_putc(b, '}');
        break;
    }
}

static void put_type(ds__buf *b, const ds__gql_type *t) {
    if (!t)
        return;
    switch (t->kind) {
    case DS__GQL_TYPE_NAMED:
        ds__buf_puts(b, t->name);
        break;
    case DS__GQL_TYPE_LIST:
        ds__buf_putc(b, '[');
        put_type(b, t->of);
        ds__buf_putc(b, ']');
        break;
    case DS__GQL_TYPE_NON_NULL:
        put_type(b, t->of);
        ds__buf_putc(b, '!');
        break;
    }
}

static void put_dirs(ds__buf *b, const api_vec *dirs) {
    for (size_t i = 0; i < dirs->count; i++) {
        const api_dir *d = dirs->items[i];
        if (!kept_directive(d->name))
            continue;
        ds__buf_printf(b, " @%s", d->name);
        if (!d->args)
            continue;
        ds__buf_putc(b, '(');
        for (const ds__gql_argument *a = d->args; a; a = a->next) {
            ds__buf_printf(b, "%s: ", a->name);
            put_value(b, a->value);
            if (a->next)
                ds__buf_puts(b, ", ");
        }
        ds__buf_putc(b, ')');
    }
}

static void put_description(ds__buf *b, const char *desc, const char *indent) {
    if (!desc)
        return;
    ds__buf_puts(b, indent);
    put_string(b, desc, strlen(desc));
    ds__buf_putc(b, '\n');
}

static void put_input_value(ds__buf *b, const api_field *f) {
    ds__buf_printf(b, "%s: ", f->name);
    put_type(b, f->type);
    if (f->default_value) {
        ds__buf_puts(b, " = ");
        put_value(b, f->default_value);
    }
    put_dirs(b, &f->dirs);
}

static void put_args(ds__buf *b, const api_vec *args) {
    if (!args->count)
        return;
    bool multiline = false;
    for (size_t i = 0; i < args->count; i++)
        multiline = multiline || ((const api_field *)args->items[i])->description;
    ds__buf_putc(b, '(');
    for (size_t i = 0; i < args->count; i++) {
        const api_field *a = args->items[i];
        if (multiline) {
            ds__buf_puts(b, "\n");
            put_description(b, a->description, "    ");
            ds__buf_puts(b, "    ");
        } else if (i) {
            ds__buf_puts(b, ", ");
        }
        put_input_value(b, a);
    }
    ds__buf_puts(b, multiline ? "\n  )" : ")");
}

static void put_def(ds__buf *b, const api_def *d) {
    put_description(b, d->description, "");
    switch (d->kind) {
    case DS__GQL_DEF_OBJECT:
    case DS__GQL_DEF_INTERFACE:
        ds__buf_printf(b, "%s %s", d->kind == DS__GQL_DEF_OBJECT ? "type" : "interface", d->name);
        for (size_t i = 0; i < d->interfaces.count; i++)
            ds__buf_printf(b, "%s%s", i ? " & " : " implements ", (const char *)d->interfaces.items[i]);
        break;
    case DS__GQL_DEF_INPUT_OBJECT:
        ds__buf_printf(b, "input %s", d->name);
        break;
    case DS__GQL_DEF_ENUM:
        ds__buf_printf(b, "enum %s", d->name);
        break;
    case DS__GQL_DEF_UNION:
        ds__buf_printf(b, "union %s", d->name);
        break;
    case DS__GQL_DEF_SCALAR:
        ds__buf_printf(b, "scalar %s", d->name);
        break;
    default:
        return;
    }
    put_dirs(b, &d->dirs);
    if (d->kind == DS__GQL_DEF_UNION) {
        for (size_t i = 0; i < d->members.count; i++)
            ds__buf_printf(b, "%s%s", i ? " | " : " = ", (const char *)d->members.items[i]);
        ds__buf_putc(b, '\n');
        return;
    }
    if (d->kind == DS__GQL_DEF_SCALAR) {
        ds__buf_putc(b, '\n');
        return;
    }
    if (!d->fields.count && !d->values.count) {
        ds__buf_putc(b, '\n'); /* graphql-js prints no braces for an empty block */
        return;
    }
    if (d->kind == DS__GQL_DEF_ENUM) {
        ds__buf_puts(b, " {\n");
        for (size_t i = 0; i < d->values.count; i++) {
            const api_enum_value *v = d->values.items[i];
            put_description(b, v->description, "  ");
            ds__buf_printf(b, "  %s", v->name);
            put_dirs(b, &v->dirs);
            ds__buf_putc(b, '\n');
        }
        ds__buf_puts(b, "}\n");
        return;
    }
    ds__buf_puts(b, " {\n");
    for (size_t i = 0; i < d->fields.count; i++) {
        const api_field *f = d->fields.items[i];
        put_description(b, f->description, "  ");
        ds__buf_puts(b, "  ");
        if (d->kind == DS__GQL_DEF_INPUT_OBJECT) {
            put_input_value(b, f);
        } else {
            ds__buf_puts(b, f->name);
            put_args(b, &f->args);
            ds__buf_puts(b, ": ");
            put_type(b, f->type);
            put_dirs(b, &f->dirs);
        }
        ds__buf_putc(b, '\n');
    }
    ds__buf_puts(b, "}\n");
}

char *api_print(api_ctx *c) {
    ds__buf b;
    ds__buf_init(&b, DS__BUF_DEFAULT_MAX);
    for (size_t i = 0; i < c->output.count; i++) {
        if (i)
            ds__buf_putc(&b, '\n');
        put_def(&b, c->output.items[i]);
    }
    if (!b.len)
        ds__buf_puts(&b, "");
    size_t len;
    char *text = ds__buf_take(&b, &len);
    ds__buf_free(&b);
    return text;
}
