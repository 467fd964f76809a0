/*
 * Base64 (RFC 4648), standard and URL-safe alphabets. AppSync uses both:
 * URL-safe for the realtime header subprotocol and our page tokens,
 * standard for the `header`/`payload` query parameters.
 */
#ifndef DS_UTIL_BASE64_H
#define DS_UTIL_BASE64_H

#include <stdbool.h>
#include <stddef.h>

/* Encodes n bytes; url selects the URL-safe alphabet without padding.
 * Returns a malloc'd NUL-terminated string, or NULL on no memory. */
char *ds__base64_encode(const void *data, size_t n, bool url);
/* Decodes either alphabet, padding optional, no whitespace. Returns a
 * malloc'd buffer (NUL-terminated for convenience) and its length, or
 * NULL when the text is not base64 or memory runs out. */
unsigned char *ds__base64_decode(const char *text, size_t len, size_t *out_len);

#endif
