/*
 * Responses as JSON text, byte for byte what json_dumps(v, JSON_COMPACT)
 * writes, at a fraction of its cost.
 *
 * Why: a sync page is a thousand items, and jansson's dump spends most of
 * its time on bookkeeping a response does not need - a hash table of the
 * containers being written, keyed by each one's address formatted with
 * snprintf (to catch cycles, which an executor's fresh result cannot
 * have), and snprintf again for every integer. Here: a depth limit
 * instead of the cycle check, integers by hand, strings copied in runs
 * between the characters that need escaping. Reals (rare in a response)
 * still go through jansson, so their text cannot differ.
 *
 * Same output: keys in insertion order (jansson 2.8 and later), no
 * spaces, escapes as jansson writes them: \" \\ \b \f \n \r \t and \u00XX
 * (upper-case hex) for other control characters; '/' and non-ASCII
 * as they are. jansson checks a string's UTF-8 while dumping; its
 * strings are checked when made (json_string), so this copies them.
 */
#include "server/json_write.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 2048
#define MAX_TEXT ((size_t)1 << 30)

typedef struct out {
    char *data;
    size_t len, cap;
    bool failed;
} out;

static bool reserve(out *o, size_t more) {
    if (o->failed)
        return false;
    if (o->len + more + 1 <= o->cap)
        return true;
    size_t cap = o->cap ? o->cap : 4096;
    while (cap < o->len + more + 1) {
        if (cap > MAX_TEXT) {
            o->failed = true;
            return false;
        }
        cap *= 2;
    }
    char *p = realloc(o->data, cap);
    if (!p) {
        o->failed = true;
        return false;
    }
    o->data = p;
    o->cap = cap;
    return true;
}

static void put(out *o, const char *s, size_t n) {
    if (reserve(o, n)) {
        memcpy(o->data + o->len, s, n);
        o->len += n;
    }
}

static void put_char(out *o, char c) {
    if (reserve(o, 1))
        o->data[o->len++] = c;
}

static void put_integer(out *o, json_int_t v) {
    char buf[24], *p = buf + sizeof buf;
    /* Work on the magnitude as unsigned: -LLONG_MIN does not fit. */
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        *--p = '-';
    put(o, p, (size_t)(buf + sizeof buf - p));
}

static void put_string(out *o, const char *s, size_t n) {
    static const char hex[] = "0123456789ABCDEF";
    put_char(o, '"');
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        put(o, s + run, i - run);
        run = i + 1;
        char esc[6] = {'\\', 0, 0, 0, 0, 0};
        size_t len = 2;
        switch (c) {
        case '"': esc[1] = '"'; break;
        case '\\': esc[1] = '\\'; break;
        case '\b': esc[1] = 'b'; break;
        case '\f': esc[1] = 'f'; break;
        case '\n': esc[1] = 'n'; break;
        case '\r': esc[1] = 'r'; break;
        case '\t': esc[1] = 't'; break;
        default:
            esc[1] = 'u';
            esc[2] = '0';
            esc[3] = '0';
            esc[4] = hex[c >> 4];
            esc[5] = hex[c & 15];
            len = 6;
        }
        put(o, esc, len);
    }
    put(o, s + run, n - run);
    put_char(o, '"');
}

static void write_value(out *o, const json_t *v, int depth) {
    if (o->failed)
        return;
    if (!v || depth > MAX_DEPTH) {
        o->failed = true;
        return;
    }
    switch (json_typeof(v)) {
    case JSON_NULL:
        put(o, "null", 4);
        return;
    case JSON_TRUE:
        put(o, "true", 4);
        return;
    case JSON_FALSE:
        put(o, "false", 5);
        return;
    case JSON_INTEGER:
        put_integer(o, json_integer_value(v));
        return;
    case JSON_REAL: {
        char *text = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
        if (!text) {
            o->failed = true;
            return;
        }
        put(o, text, strlen(text));
        free(text);
        return;
    }
    case JSON_STRING:
        put_string(o, json_string_value(v), json_string_length(v));
        return;
    case JSON_ARRAY: {
        put_char(o, '[');
        size_t n = json_array_size(v);
        for (size_t i = 0; i < n; i++) {
            if (i)
                put_char(o, ',');
            write_value(o, json_array_get(v, i), depth + 1);
        }
        put_char(o, ']');
        return;
    }
    case JSON_OBJECT: {
        put_char(o, '{');
        bool first = true;
        for (void *it = json_object_iter((json_t *)v); it; it = json_object_iter_next((json_t *)v, it)) {
            if (!first)
                put_char(o, ',');
            first = false;
            put_string(o, json_object_iter_key(it), json_object_iter_key_len(it));
            put_char(o, ':');
            write_value(o, json_object_iter_value(it), depth + 1);
        }
        put_char(o, '}');
        return;
    }
    }
    o->failed = true;
}

char *ds__json_write(const json_t *v, size_t *len) {
    *len = 0;
    if (!json_is_object(v) && !json_is_array(v))
        return NULL; /* as json_dumps without JSON_ENCODE_ANY */
    out o = {NULL, 0, 0, false};
    write_value(&o, v, 0);
    if (o.failed || !reserve(&o, 0)) {
        free(o.data);
        return NULL;
    }
    o.data[o.len] = '\0';
    *len = o.len;
    return o.data;
}
