/*
 * ds__buf: a growable byte buffer with a hard maximum size (as curl's
 * dynbuf). Every append either fits under the cap or fails, and a failed
 * buffer stays failed, so a caller can append many pieces and check once.
 */
#ifndef DS_UTIL_BUF_H
#define DS_UTIL_BUF_H

#include <stdbool.h>
#include <stddef.h>

#include "util/err.h"

typedef struct ds__buf {
    char *data;   /* NUL-terminated when len > 0 or after any append */
    size_t len;
    size_t cap;
    size_t max;   /* bytes allowed, excluding the NUL */
    bool failed;  /* an append hit the cap or ran out of memory */
} ds__buf;

#define DS__BUF_DEFAULT_MAX ((size_t)64 << 20)

void ds__buf_init(ds__buf *b, size_t max);
void ds__buf_free(ds__buf *b);
void ds__buf_reset(ds__buf *b);
bool ds__buf_append(ds__buf *b, const void *data, size_t len);
bool ds__buf_puts(ds__buf *b, const char *s);
bool ds__buf_putc(ds__buf *b, char c);
bool ds__buf_printf(ds__buf *b, const char *fmt, ...) DS__PRINTF(2, 3);
/* Hands the data to the caller (free with ds_free) and resets the buffer.
 * Returns NULL if the buffer failed. Never NULL for an empty, healthy one. */
char *ds__buf_take(ds__buf *b, size_t *len_out);

#endif
