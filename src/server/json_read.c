/*
 * Stored items back into JSON values, without jansson's reader.
 *
 * Why: every item a sync page returns is read from its stored text, and
 * jansson's reader takes most of a page's time - it fetches the text one
 * character at a time through a callback, checking UTF-8 and counting
 * lines as it goes, and copies every string twice. This reader walks the
 * bytes directly and builds the same values with the same calls
 * (json_object_setn_new_nocheck, json_stringn_nocheck, ...).
 *
 * It only ever answers what json_loadb(text, len, 0, ...) would: anything
 * it is not sure of - invalid JSON, invalid UTF-8, \u0000, an integer of
 * 19 or more digits, a real out of range, nesting past MAX_DEPTH - makes
 * it return NULL, and the caller asks jansson, which decides and words
 * the error. Stored items come from jansson's writer, so in practice that
 * never happens.
 */
#include "server/json_read.h"
#include "util/utf8.h"

#include <errno.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 1000 /* jansson allows 2048; deeper goes to jansson */

typedef struct reader {
    const unsigned char *p, *end;
    char *scratch; /* decoded strings with escapes */
    size_t scratch_cap;
} reader;

static void skip_ws(reader *r) {
    while (r->p < r->end && (*r->p == ' ' || *r->p == '\n' || *r->p == '\r' || *r->p == '\t'))
        r->p++;
}

/* Length of the valid UTF-8 sequence at p (lead byte >= 0x80), or 0. */
static size_t utf8_seq(const unsigned char *p, const unsigned char *end) {
    unsigned c = p[0];
    size_t n;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if ((size_t)(end - p) < n)
        return 0;
    for (size_t i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0; /* overlong, out of range, or a surrogate */
    return n;
}

static int hex4(const unsigned char *p) {
    int v = 0;
    for (int i = 0; i < 4; i++) {
        int c = p[i], d;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        else
            return -1;
        v = v * 16 + d;
    }
    return v;
}

/*
 * A string at r->p (just past the opening quote). On success *s and *n
 * give its bytes - in the input when it has no escapes, else in the
 * scratch buffer - and r->p is past the closing quote.
 */
static bool read_string(reader *r, const char **s, size_t *n) {
    const unsigned char *start = r->p, *p = r->p;
    bool escaped = false;
    while (p < r->end && *p != '"') {
        if (*p == '\\') {
            escaped = true;
            p += 2;
        } else if (*p < 0x20) {
            return false;
        } else if (*p >= 0x80) {
            size_t k = utf8_seq(p, r->end);
            if (!k)
                return false;
            p += k;
        } else {
            p++;
        }
    }
    if (p >= r->end)
        return false;
    r->p = p + 1;
    if (!escaped) {
        *s = (const char *)start;
        *n = (size_t)(p - start);
        return true;
    }
    /* Decoded text is never longer than its escaped form. */
    size_t cap = (size_t)(p - start) + 1;
    if (cap > r->scratch_cap) {
        char *q = realloc(r->scratch, cap);
        if (!q)
            return false;
        r->scratch = q;
        r->scratch_cap = cap;
    }
    char *out = r->scratch;
    size_t len = 0;
    for (const unsigned char *q = start; q < p;) {
        if (*q != '\\') {
            out[len++] = (char)*q++;
            continue;
        }
        q++;
        switch (*q) {
        case '"': out[len++] = '"'; q++; break;
        case '\\': out[len++] = '\\'; q++; break;
        case '/': out[len++] = '/'; q++; break;
        case 'b': out[len++] = '\b'; q++; break;
        case 'f': out[len++] = '\f'; q++; break;
        case 'n': out[len++] = '\n'; q++; break;
        case 'r': out[len++] = '\r'; q++; break;
        case 't': out[len++] = '\t'; q++; break;
        case 'u': {
            if (p - q < 5)
                return false;
            int v = hex4(q + 1);
            q += 5;
            if (v <= 0 || (v >= 0xDC00 && v <= 0xDFFF))
                return false; /* \u0000 or a lone low surrogate: jansson's call */
            uint32_t cp = (uint32_t)v;
            if (v >= 0xD800 && v <= 0xDBFF) {
                if (p - q < 6 || q[0] != '\\' || q[1] != 'u')
                    return false;
                int lo = hex4(q + 2);
                if (lo < 0xDC00 || lo > 0xDFFF)
                    return false;
                q += 6;
                cp = 0x10000 + (((uint32_t)v - 0xD800) << 10) + ((uint32_t)lo - 0xDC00);
            }
            len += ds__utf8_encode(cp, out + len);
            break;
        }
        default:
            return false;
        }
    }
    *s = out;
    *n = len;
    return true;
}

static json_t *read_number(reader *r) {
    const unsigned char *start = r->p, *p = r->p;
    bool neg = false;
    if (p < r->end && *p == '-') {
        neg = true;
        p++;
    }
    if (p >= r->end || *p < '0' || *p > '9')
        return NULL;
    const unsigned char *digits = p;
    if (*p == '0')
        p++;
    else
        while (p < r->end && *p >= '0' && *p <= '9')
            p++;
    if (p < r->end && *p >= '0' && *p <= '9')
        return NULL; /* a leading zero */
    bool real = false;
    if (p < r->end && *p == '.') {
        real = true;
        p++;
        if (p >= r->end || *p < '0' || *p > '9')
            return NULL;
        while (p < r->end && *p >= '0' && *p <= '9')
            p++;
    }
    if (p < r->end && (*p == 'e' || *p == 'E')) {
        real = true;
        p++;
        if (p < r->end && (*p == '+' || *p == '-'))
            p++;
        if (p >= r->end || *p < '0' || *p > '9')
            return NULL;
        while (p < r->end && *p >= '0' && *p <= '9')
            p++;
    }
    r->p = p;
    if (!real) {
        size_t nd = (size_t)(p - digits);
        if (nd > 18)
            return NULL; /* may not fit: jansson's call */
        long long v = 0;
        for (const unsigned char *q = digits; q < p; q++)
            v = v * 10 + (*q - '0');
        return json_integer(neg ? -v : v);
    }
    char buf[64];
    size_t n = (size_t)(p - start);
    if (n >= sizeof buf)
        return NULL;
    memcpy(buf, start, n);
    buf[n] = '\0';
    errno = 0;
    char *end = NULL;
    double d = strtod(buf, &end);
    if (end != buf + n || errno == ERANGE || !isfinite(d))
        return NULL;
    return json_real(d);
}

static bool literal(reader *r, const char *word, size_t n) {
    if ((size_t)(r->end - r->p) < n || memcmp(r->p, word, n) != 0)
        return false;
    r->p += n;
    /* jansson reads a run of letters as one word: "truex" is not true. */
    return r->p >= r->end || !((*r->p >= 'a' && *r->p <= 'z') || (*r->p >= 'A' && *r->p <= 'Z'));
}

static json_t *read_value(reader *r, int depth);

static json_t *read_object(reader *r, int depth) {
    json_t *obj = json_object();
    if (!obj)
        return NULL;
    skip_ws(r);
    if (r->p < r->end && *r->p == '}') {
        r->p++;
        return obj;
    }
    for (;;) {
        const char *key;
        size_t klen;
        skip_ws(r);
        if (r->p >= r->end || *r->p != '"')
            goto fail;
        r->p++;
        if (!read_string(r, &key, &klen))
            goto fail;
        /* The key may sit in the scratch buffer, which the value's own
         * strings reuse: copy it out first when so. */
        char small[128], *kcopy = NULL;
        if (key == r->scratch) {
            kcopy = klen < sizeof small ? small : malloc(klen + 1);
            if (!kcopy)
                goto fail;
            memcpy(kcopy, key, klen);
            key = kcopy;
        }
        skip_ws(r);
        json_t *v = NULL;
        if (r->p < r->end && *r->p == ':') {
            r->p++;
            skip_ws(r);
            v = read_value(r, depth + 1);
        }
        int rc = v ? json_object_setn_new_nocheck(obj, key, klen, v) : -1;
        if (kcopy && kcopy != small)
            free(kcopy);
        if (rc != 0)
            goto fail;
        skip_ws(r);
        if (r->p < r->end && *r->p == ',') {
            r->p++;
            continue;
        }
        if (r->p < r->end && *r->p == '}') {
            r->p++;
            return obj;
        }
        goto fail;
    }
fail:
    json_decref(obj);
    return NULL;
}

static json_t *read_array(reader *r, int depth) {
    json_t *arr = json_array();
    if (!arr)
        return NULL;
    skip_ws(r);
    if (r->p < r->end && *r->p == ']') {
        r->p++;
        return arr;
    }
    for (;;) {
        skip_ws(r);
        json_t *v = read_value(r, depth + 1);
        if (!v || json_array_append_new(arr, v) != 0)
            goto fail;
        skip_ws(r);
        if (r->p < r->end && *r->p == ',') {
            r->p++;
            continue;
        }
        if (r->p < r->end && *r->p == ']') {
            r->p++;
            return arr;
        }
        goto fail;
    }
fail:
    json_decref(arr);
    return NULL;
}

static json_t *read_value(reader *r, int depth) {
    if (depth > MAX_DEPTH || r->p >= r->end)
        return NULL;
    switch (*r->p) {
    case '{':
        r->p++;
        return read_object(r, depth);
    case '[':
        r->p++;
        return read_array(r, depth);
    case '"': {
        r->p++;
        const char *s;
        size_t n;
        return read_string(r, &s, &n) ? json_stringn_nocheck(s, n) : NULL;
    }
    case 't':
        return literal(r, "true", 4) ? json_true() : NULL;
    case 'f':
        return literal(r, "false", 5) ? json_false() : NULL;
    case 'n':
        return literal(r, "null", 4) ? json_null() : NULL;
    default:
        return read_number(r);
    }
}

json_t *ds__json_read(const char *text, size_t len) {
    reader r = {(const unsigned char *)text, (const unsigned char *)text + len, NULL, 0};
    skip_ws(&r);
    if (r.p >= r.end || (*r.p != '{' && *r.p != '['))
        return NULL;
    json_t *v = read_value(&r, 1);
    free(r.scratch);
    if (!v)
        return NULL;
    skip_ws(&r);
    if (r.p != r.end) {
        json_decref(v);
        return NULL;
    }
    return v;
}
