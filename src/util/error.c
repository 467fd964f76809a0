/*
 * Status codes and error details.
 *
 * The codes, their names and their texts come from DS_STATUS_LIST in
 * datastore/error.h; this file only turns that list into lookup functions.
 * A ds_error is caller memory with a fixed-size message, so filling it can
 * never fail and never needs freeing.
 */
#include "util/err.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *ds_strerror(ds_status status) {
    switch (status) {
#define DS__STATUS_TEXT(name, value, text)                                     \
    case name:                                                                 \
        return text;
        DS_STATUS_LIST(DS__STATUS_TEXT)
#undef DS__STATUS_TEXT
    }
    return "unknown status";
}

const char *ds_status_name(ds_status status) {
    switch (status) {
#define DS__STATUS_NAME(name, value, text)                                     \
    case name:                                                                 \
        return #name;
        DS_STATUS_LIST(DS__STATUS_NAME)
#undef DS__STATUS_NAME
    }
    return "unknown status";
}

void ds_error_clear(ds_error *err) {
    if (!err)
        return;
    err->code = DS_OK;
    err->message[0] = '\0';
}

ds_status ds__error(ds_error *err, ds_status code, const char *fmt, ...) {
    if (!err)
        return code;
    err->code = code;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    if (n < 0) {
        err->message[0] = '\0';
    } else if ((size_t)n >= sizeof err->message) {
        /* Say that the text was cut rather than leaving a silent stump. */
        memcpy(err->message + sizeof err->message - 4, "...", 4);
    }
    return code;
}

void ds_free(void *ptr) { free(ptr); }
