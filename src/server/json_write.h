/*
 * A JSON writer for responses: the same text as jansson's
 * json_dumps(v, JSON_COMPACT), made faster by doing less (json_write.c).
 */
#ifndef DS_SERVER_JSON_WRITE_H
#define DS_SERVER_JSON_WRITE_H

#include <jansson.h>
#include <stddef.h>

/* The compact JSON text of v (an object or array), NUL-terminated, its
 * length in *len. Free with free(). NULL when out of memory, when v is
 * nested deeper than 2,048 levels or its text would pass 1 GiB (a
 * response that size is a bug, not an answer). */
char *ds__json_write(const json_t *v, size_t *len);

#endif
