/*
 * Internal helpers for filling a caller's ds_error.
 */
#ifndef DS_UTIL_ERR_H
#define DS_UTIL_ERR_H

#include "datastore/error.h"

#if defined(__GNUC__) || defined(__clang__)
#define DS__PRINTF(fmt, args) __attribute__((format(printf, fmt, args)))
#else
#define DS__PRINTF(fmt, args)
#endif

/* Sets err (may be NULL) to code and a formatted message; returns code so
 * callers can write `return ds__error(err, DS_ERR_INVALID, "...")`. */
ds_status ds__error(ds_error *err, ds_status code, const char *fmt, ...) DS__PRINTF(3, 4);

#endif
