/*
 * ds__arena: bump allocation for trees that live and die together (a parsed
 * document, a schema registry). One free releases everything, which keeps
 * the parsers' error paths simple and leak-free. The arena has a byte cap
 * so hostile input cannot make it grow without bound.
 */
#ifndef DS_UTIL_ARENA_H
#define DS_UTIL_ARENA_H

#include <stddef.h>

typedef struct ds__arena ds__arena;

/* max_bytes 0 means the default (256 MiB). Returns NULL on no memory. */
ds__arena *ds__arena_new(size_t max_bytes);
void ds__arena_free(ds__arena *a);
/* Zeroed, aligned for any type; NULL when out of memory or over the cap. */
void *ds__arena_alloc(ds__arena *a, size_t size);
/* Copies len bytes and adds a NUL. NULL on failure. */
char *ds__arena_strndup(ds__arena *a, const char *s, size_t len);
char *ds__arena_strdup(ds__arena *a, const char *s);
size_t ds__arena_used(const ds__arena *a);

#endif
