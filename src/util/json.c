/* ds__json_parse: see json.h. */
#include "util/json.h"

#include <stdbool.h>

/* The deepest nesting of arrays and objects in s, stopping early past max. */
static int nesting(const char *s, size_t n, int max) {
    int depth = 0, deepest = 0;
    bool in_str = false;
    for (size_t i = 0; i < n && deepest <= max; i++) {
        char c = s[i];
        if (in_str) {
            if (c == '\\')
                i++;
            else if (c == '"')
                in_str = false;
        } else if (c == '"') {
            in_str = true;
        } else if (c == '[' || c == '{') {
            if (++depth > deepest)
                deepest = depth;
        } else if (c == ']' || c == '}') {
            depth--;
        }
    }
    return deepest;
}

ds_status ds__json_parse(json_t **out, const char *text, size_t len, const char *what, ds_error *err) {
    *out = NULL;
    if (len > DS__JSON_MAX_BYTES)
        return ds__error(err, DS_ERR_LIMIT, "%s: JSON text of %zu bytes is over the limit of %zu bytes", what, len,
                         DS__JSON_MAX_BYTES);
    if (nesting(text, len, DS__JSON_MAX_DEPTH) > DS__JSON_MAX_DEPTH)
        return ds__error(err, DS_ERR_LIMIT, "%s: JSON nested more than %d levels deep", what,
                         DS__JSON_MAX_DEPTH);
    json_error_t je;
    json_t *v = json_loadb(text, len, JSON_DECODE_ANY | JSON_REJECT_DUPLICATES, &je);
    if (!v)
        return ds__error(err, DS_ERR_INVALID, "%s: malformed JSON at line %d, column %d: %s", what, je.line,
                         je.column, je.text);
    *out = v;
    return DS_OK;
}
