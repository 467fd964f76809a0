/*
 * UTF-8 encoding of one code point, for the decoders of \u escapes (GraphQL
 * strings, JSON, predicate text). Callers have already refused surrogates
 * and values past U+10FFFF.
 */
#ifndef DS_UTIL_UTF8_H
#define DS_UTIL_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Writes cp's 1-4 bytes at out; returns how many. */
size_t ds__utf8_encode(uint32_t cp, char *out);

#endif
