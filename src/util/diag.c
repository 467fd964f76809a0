/* Located diagnostics; see diag.h. */
#include "util/diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"

void ds__diags_init(ds__diags *d, const char *file) {
    memset(d, 0, sizeof *d);
    d->file = file;
}

void ds__diags_free(ds__diags *d) {
    for (size_t i = 0; i < d->count; i++)
        free(d->items[i].message);
    free(d->items);
    d->items = NULL;
    d->count = d->cap = 0;
}

void ds__diags_add(ds__diags *d, ds_status code, uint32_t line, uint32_t column, const char *fmt, ...) {
    if (d->count >= DS__DIAGS_MAX) {
        d->dropped++;
        return;
    }
    if (d->count == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 8;
        ds__diag *p = realloc(d->items, cap * sizeof *p);
        if (!p) {
            d->nomem = 1;
            return;
        }
        d->items = p;
        d->cap = cap;
    }
    char text[1024];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    if (n < 0)
        text[0] = '\0';
    char *msg = malloc(strlen(text) + 1);
    if (!msg) {
        d->nomem = 1;
        return;
    }
    memcpy(msg, text, strlen(text) + 1);
    d->items[d->count++] = (ds__diag){code, line, column, msg};
}

void ds__diags_sort(ds__diags *d) {
    /* Insertion sort: stable, and lists are short. */
    for (size_t i = 1; i < d->count; i++) {
        ds__diag x = d->items[i];
        size_t j = i;
        while (j > 0 && (d->items[j - 1].line > x.line ||
                         (d->items[j - 1].line == x.line && d->items[j - 1].column > x.column))) {
            d->items[j] = d->items[j - 1];
            j--;
        }
        d->items[j] = x;
    }
}

ds_status ds__diags_to_error(const ds__diags *d, ds_error *err) {
    if (d->count == 0 && !d->nomem)
        return DS_OK;
    ds_status code = d->count ? d->items[0].code : DS_ERR_NOMEM;
    if (!err)
        return code;
    ds__buf b;
    ds__buf_init(&b, sizeof err->message - 1);
    const char *file = d->file ? d->file : "<input>";
    for (size_t i = 0; i < d->count; i++) {
        if (i)
            ds__buf_putc(&b, '\n');
        if (d->items[i].line)
            ds__buf_printf(&b, "%s:%u:%u: %s", file, (unsigned)d->items[i].line,
                           (unsigned)d->items[i].column, d->items[i].message);
        else
            ds__buf_printf(&b, "%s: %s", file, d->items[i].message);
    }
    if (d->dropped)
        ds__buf_printf(&b, "\n%s: ... and %zu more errors", file, d->dropped);
    if (d->nomem)
        ds__buf_printf(&b, "\n%s: out of memory while reporting errors", file);
    if (b.failed || !b.data)
        ds__error(err, code, "%s:%u:%u: %s (and %zu more errors)", file,
                  (unsigned)(d->count ? d->items[0].line : 0), (unsigned)(d->count ? d->items[0].column : 0),
                  d->count ? d->items[0].message : "out of memory", d->count ? d->count - 1 + d->dropped : 0);
    else
        ds__error(err, code, "%s", b.data);
    ds__buf_free(&b);
    return code;
}
