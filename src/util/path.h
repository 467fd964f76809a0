/*
 * ds__path: where a recursive check stands, as text for its messages
 * ("Customer.contact.addresses[2].city"). Push a step before descending and
 * pop back to the mark it returned after. A path longer than the buffer is
 * cut short rather than failing: it only ever goes into an error message.
 */
#ifndef DS_UTIL_PATH_H
#define DS_UTIL_PATH_H

#include <stddef.h>

#include "util/err.h"

typedef struct ds__path {
    char text[512]; /* always NUL-terminated */
    size_t len;
} ds__path;

void ds__path_init(ds__path *p);
/* Appends the formatted step; returns the length before it, for ds__path_pop. */
size_t ds__path_push(ds__path *p, const char *fmt, ...) DS__PRINTF(2, 3);
void ds__path_pop(ds__path *p, size_t mark);

#endif
