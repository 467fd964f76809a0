/*
 * Reading JSON text from outside under fixed limits, for every module that
 * takes JSON from callers (records, generated-model list helpers). The
 * depth is checked by a scan before jansson sees the text, so a hostile
 * document cannot make the parser recurse; duplicate object keys are refused.
 */
#ifndef DS_UTIL_JSON_H
#define DS_UTIL_JSON_H

#include <jansson.h>
#include <stddef.h>

#include "util/err.h"

#define DS__JSON_MAX_DEPTH 64                  /* nested arrays/objects */
#define DS__JSON_MAX_BYTES ((size_t)16 << 20)  /* one document */

/* Parses len bytes of JSON text (any top-level value) into *out (the caller
 * owns the reference). DS_ERR_LIMIT when too large or too deeply nested,
 * DS_ERR_INVALID when malformed; `what` names the input in messages
 * ("Post.tags"). */
ds_status ds__json_parse(json_t **out, const char *text, size_t len, const char *what, ds_error *err);

#endif
