/* Capped growable buffer; see buf.h. */
#include "util/buf.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void ds__buf_init(ds__buf *b, size_t max) {
    b->data = NULL;
    b->len = b->cap = 0;
    b->max = max ? max : DS__BUF_DEFAULT_MAX;
    b->failed = false;
}

void ds__buf_free(ds__buf *b) {
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

void ds__buf_reset(ds__buf *b) {
    b->len = 0;
    b->failed = false;
    if (b->data)
        b->data[0] = '\0';
}

static bool grow(ds__buf *b, size_t need) {
    if (b->failed)
        return false;
    if (need > b->max || need + 1 < need) {
        b->failed = true;
        return false;
    }
    if (need + 1 <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need + 1)
        cap = cap > SIZE_MAX / 2 ? need + 1 : cap * 2;
    if (cap > b->max + 1)
        cap = b->max + 1;
    char *p = realloc(b->data, cap);
    if (!p) {
        b->failed = true;
        return false;
    }
    b->data = p;
    b->cap = cap;
    return true;
}

bool ds__buf_append(ds__buf *b, const void *data, size_t len) {
    if (!grow(b, b->len + len))
        return false;
    if (len)
        memcpy(b->data + b->len, data, len);
    b->len += len;
    b->data[b->len] = '\0';
    return true;
}

bool ds__buf_puts(ds__buf *b, const char *s) { return ds__buf_append(b, s, strlen(s)); }

bool ds__buf_putc(ds__buf *b, char c) { return ds__buf_append(b, &c, 1); }

bool ds__buf_printf(ds__buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char small[256];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->failed = true;
        return false;
    }
    if ((size_t)n < sizeof small)
        return ds__buf_append(b, small, (size_t)n);
    if (!grow(b, b->len + (size_t)n))
        return false;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return true;
}

char *ds__buf_take(ds__buf *b, size_t *len_out) {
    if (b->failed) {
        ds__buf_free(b);
        b->failed = false;
        return NULL;
    }
    if (!b->data && !grow(b, 0))
        return NULL;
    b->data[b->len] = '\0';
    char *p = b->data;
    if (len_out)
        *len_out = b->len;
    b->data = NULL;
    b->len = b->cap = 0;
    return p;
}
