/*
 * ds__diags: a list of located diagnostics ("file:line:col: message").
 * Parsers and the schema validator report into one so that all errors in a
 * file are reported at once, then the list is turned into a ds_error or
 * handed to a caller's callback. The list is capped: past DS__DIAGS_MAX
 * entries further ones are only counted.
 */
#ifndef DS_UTIL_DIAG_H
#define DS_UTIL_DIAG_H

#include <stddef.h>
#include <stdint.h>

#include "util/err.h"

#define DS__DIAGS_MAX 200

typedef struct ds__diag {
    ds_status code;
    uint32_t line, column; /* 1-based; 0 when the error has no place */
    char *message;         /* owned by the list */
} ds__diag;

typedef struct ds__diags {
    const char *file; /* borrowed; name used in formatted output */
    ds__diag *items;
    size_t count, cap;
    size_t dropped; /* reports beyond DS__DIAGS_MAX */
    int nomem;      /* a report could not be stored */
} ds__diags;

void ds__diags_init(ds__diags *d, const char *file);
void ds__diags_free(ds__diags *d);
void ds__diags_add(ds__diags *d, ds_status code, uint32_t line, uint32_t column, const char *fmt, ...)
    DS__PRINTF(5, 6);
/* Orders the entries by line, then column (stable), so output reads as the
 * file does whatever order the checks ran in. */
void ds__diags_sort(ds__diags *d);
/* Fills err with every entry, one per line, "file:line:col: message".
 * Returns the code of the first entry (DS_OK for an empty list). */
ds_status ds__diags_to_error(const ds__diags *d, ds_error *err);

#endif
