/*
 * A JSON reader for stored items: the value json_loadb(text, len, 0, ...)
 * would give, made faster by doing less (json_read.c).
 */
#ifndef DS_SERVER_JSON_READ_H
#define DS_SERVER_JSON_READ_H

#include <jansson.h>
#include <stddef.h>

/* The object or array that text (len bytes) holds, a new reference; NULL
 * when this reader does not take the text - it is not JSON, or holds
 * something jansson treats specially (a NUL character, a number out of
 * range, nesting past jansson's limit) - and the caller should use
 * json_loadb, which decides (and words the error). */
json_t *ds__json_read(const char *text, size_t len);

#endif
