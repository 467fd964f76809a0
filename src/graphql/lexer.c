/*
 * The GraphQL lexer (spec October 2021, §2.1).
 *
 * Design:
 *   - The source is a byte buffer with a length; it is not NUL-terminated,
 *     so every read goes through at()/has() against lx->len.
 *   - The lexer checks everything the lexical grammar can check: UTF-8 well-
 *     formedness, number shapes, escape sequences (including surrogate
 *     pairs), unterminated strings. A token it returns is therefore always
 *     decodable; ds__gql_string_value() re-checks only to stay safe on tokens
 *     that did not come from here.
 *   - Line and column are tracked as the lexer moves. Columns count Unicode
 *     code points, so "é" is one column although it is two bytes. \r\n, \n
 *     and \r each end one line.
 *   - Errors are sticky: on DS__TOK_ERROR the lexer rewinds to where the call
 *     started, so calling again gives the same error instead of a stream of
 *     garbage tokens after it.
 *   - Following the 2021 spec, SourceCharacter is any Unicode scalar value:
 *     control characters are accepted inside strings and comments, but not
 *     between tokens, where only tab, space, line terminators, commas and
 *     the BOM are ignored.
 */
#include "graphql/lexer.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "util/err.h"
#include "util/utf8.h"

/* ---- characters ------------------------------------------------------- */

/* Decodes one Unicode scalar value from p (avail bytes). Returns its length,
 * or 0 for anything that is not well-formed UTF-8: bad lead or continuation
 * bytes, truncation, overlong forms, surrogates, values past U+10FFFF. */
static size_t utf8_decode(const unsigned char *p, size_t avail, uint32_t *cp) {
    if (avail == 0)
        return 0;
    uint32_t c = p[0], v, min;
    size_t n;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if (c >= 0xC2 && c <= 0xDF) {
        n = 2, v = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3, v = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4, v = c & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (avail < n)
        return 0;
    for (size_t i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (p[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return n;
}

static bool is_digit(int c) { return c >= '0' && c <= '9'; }
static bool is_name_start(int c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }
static bool is_name_continue(int c) { return is_name_start(c) || is_digit(c); }

static int hex_value(int c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Names the character at p for a message: 'x' for printable ASCII, U+XXXX
 * for anything else, <EOF> at the end, "invalid UTF-8" when it is not a
 * character at all. */
static void describe_char(const char *p, const char *end, char *buf, size_t n) {
    uint32_t cp;
    if (p >= end)
        snprintf(buf, n, "<EOF>");
    else if (utf8_decode((const unsigned char *)p, (size_t)(end - p), &cp) == 0)
        snprintf(buf, n, "invalid UTF-8 byte 0x%02X", (unsigned)(unsigned char)*p);
    else if (cp >= 0x20 && cp < 0x7F)
        snprintf(buf, n, "'%c'", (char)cp);
    else
        snprintf(buf, n, "U+%04X", (unsigned)cp);
}

/* ---- escape sequences (shared by the lexer and the decoder) ------------- */

/* Copies the escape text p..p+n for a message, keeping only printable ASCII
 * so a message never carries control characters or broken UTF-8. */
static void escape_text(const char *p, size_t n, char *buf, size_t cap) {
    size_t o = 0;
    for (size_t i = 0; i < n && o + 1 < cap; i++)
        if (p[i] >= 0x20 && p[i] < 0x7F)
            buf[o++] = p[i];
    buf[o] = '\0';
}

static bool read_hex4(const char *p, const char *end, uint32_t *out, size_t *bad) {
    uint32_t v = 0;
    for (size_t i = 0; i < 4; i++) {
        int h = p + i < end ? hex_value((unsigned char)p[i]) : -1;
        if (h < 0) {
            *bad = i;
            return false;
        }
        v = (v << 4) | (uint32_t)h;
    }
    *out = v;
    return true;
}

/*
 * Reads the escape sequence at p (*p == '\\'). Returns the bytes it spans and
 * stores the code point, or returns 0 and writes a message to err. Fixed-
 * width escapes may form a surrogate pair (\uD83D\uDE00); a surrogate left
 * alone is an error, and the braced form must be a scalar value outright.
 */
static size_t read_escape(const char *p, const char *end, uint32_t *cp, char *err, size_t errlen) {
    char text[48];
    if (p + 1 >= end) {
        snprintf(err, errlen, "invalid escape sequence \\ at end of input");
        return 0;
    }
    switch (p[1]) {
    case '"': *cp = '"'; return 2;
    case '\\': *cp = '\\'; return 2;
    case '/': *cp = '/'; return 2;
    case 'b': *cp = '\b'; return 2;
    case 'f': *cp = '\f'; return 2;
    case 'n': *cp = '\n'; return 2;
    case 'r': *cp = '\r'; return 2;
    case 't': *cp = '\t'; return 2;
    case 'u': break;
    default: {
        char what[40];
        describe_char(p + 1, end, what, sizeof what);
        if (p[1] >= 0x20 && p[1] < 0x7F)
            snprintf(err, errlen, "invalid escape sequence \\%c", p[1]);
        else
            snprintf(err, errlen, "invalid escape sequence: \\ followed by %s", what);
        return 0;
    }
    }
    const char *q = p + 2;
    if (q < end && *q == '{') {
        /* Variable width: any number of digits (leading zeros allowed), but
         * stop as soon as the value leaves the code point range so it
         * cannot overflow. */
        uint32_t v = 0;
        size_t digits = 0;
        const char *r = q + 1;
        for (; r < end && hex_value((unsigned char)*r) >= 0; r++, digits++) {
            v = (v << 4) | (uint32_t)hex_value((unsigned char)*r);
            if (v > 0x10FFFF)
                break;
        }
        if (digits == 0 || v > 0x10FFFF || r >= end || *r != '}' || (v >= 0xD800 && v <= 0xDFFF)) {
            size_t shown = (size_t)((r < end ? r + 1 : end) - p);
            escape_text(p, shown, text, sizeof text);
            snprintf(err, errlen, "invalid Unicode escape sequence %s%s", text,
                     shown >= sizeof text - 1 ? "..." : "");
            return 0;
        }
        *cp = v;
        return (size_t)(r + 1 - p);
    }
    uint32_t v;
    size_t bad;
    if (!read_hex4(q, end, &v, &bad)) {
        escape_text(p, (size_t)((q + bad < end ? q + bad + 1 : end) - p), text, sizeof text);
        snprintf(err, errlen, "invalid Unicode escape sequence %s", text);
        return 0;
    }
    if (v >= 0xD800 && v <= 0xDBFF) {
        uint32_t lo;
        const char *r = q + 4;
        if (end - r >= 6 && r[0] == '\\' && r[1] == 'u' && read_hex4(r + 2, end, &lo, &bad) && lo >= 0xDC00 &&
            lo <= 0xDFFF) {
            *cp = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
            return 12;
        }
    }
    if (v >= 0xD800 && v <= 0xDFFF) {
        escape_text(p, 6, text, sizeof text);
        snprintf(err, errlen, "invalid Unicode escape sequence %s: lone surrogate", text);
        return 0;
    }
    *cp = v;
    return 6;
}

/* ---- the lexer ---------------------------------------------------------- */

void ds__gql_lexer_init(ds__gql_lexer *lx, const char *src, size_t len) {
    lx->src = src;
    lx->len = src ? len : 0;
    lx->pos = 0;
    lx->line = 1;
    lx->column = 1;
    lx->error[0] = '\0';
}

static bool has(const ds__gql_lexer *lx, size_t ahead) { return lx->pos + ahead < lx->len; }

/* The byte ahead of the cursor, or -1 past the end. */
static int at(const ds__gql_lexer *lx, size_t ahead) {
    return has(lx, ahead) ? (unsigned char)lx->src[lx->pos + ahead] : -1;
}

static ds__gql_loc here(const ds__gql_lexer *lx) {
    return (ds__gql_loc){lx->line, lx->column, (uint32_t)lx->pos};
}

/* Moves over n bytes that are n code points on one line (ASCII). */
static void step(ds__gql_lexer *lx, size_t n) {
    lx->pos += n;
    lx->column += (uint32_t)n;
}

/* Moves over one code point of n bytes. */
static void step_cp(ds__gql_lexer *lx, size_t n) {
    lx->pos += n;
    lx->column++;
}

/* Moves over a line terminator at the cursor if there is one. */
static bool step_newline(ds__gql_lexer *lx) {
    int c = at(lx, 0);
    if (c != '\n' && c != '\r')
        return false;
    lx->pos += (c == '\r' && at(lx, 1) == '\n') ? 2 : 1;
    lx->line++;
    lx->column = 1;
    return true;
}

static ds__gql_tok_kind fail(ds__gql_lexer *lx, ds__gql_token *tok, ds__gql_loc loc, const char *fmt, ...)
    DS__PRINTF(4, 5);

static ds__gql_tok_kind fail(ds__gql_lexer *lx, ds__gql_token *tok, ds__gql_loc loc, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(lx->error, sizeof lx->error, fmt, ap);
    va_end(ap);
    tok->kind = DS__TOK_ERROR;
    tok->loc = loc;
    tok->start = lx->src ? lx->src + loc.offset : "";
    tok->len = 0;
    return DS__TOK_ERROR;
}

/* Moves over one non-ASCII code point, or fails on bytes that are not UTF-8. */
static bool step_utf8(ds__gql_lexer *lx, ds__gql_token *tok) {
    uint32_t cp;
    size_t n = utf8_decode((const unsigned char *)lx->src + lx->pos, lx->len - lx->pos, &cp);
    if (n == 0) {
        fail(lx, tok, here(lx), "invalid UTF-8 byte 0x%02X", (unsigned)(unsigned char)lx->src[lx->pos]);
        return false;
    }
    step_cp(lx, n);
    return true;
}

/* Skips whitespace, line terminators, commas, comments and BOMs. */
static bool skip_ignored(ds__gql_lexer *lx, ds__gql_token *tok) {
    for (;;) {
        int c = at(lx, 0);
        if (c == ' ' || c == '\t' || c == ',') {
            step(lx, 1);
        } else if (c == '\n' || c == '\r') {
            step_newline(lx);
        } else if (c == 0xEF && at(lx, 1) == 0xBB && at(lx, 2) == 0xBF) {
            step_cp(lx, 3); /* U+FEFF, the byte order mark */
        } else if (c == '#') {
            step(lx, 1);
            while ((c = at(lx, 0)) >= 0 && c != '\n' && c != '\r') {
                if (c < 0x80)
                    step(lx, 1);
                else if (!step_utf8(lx, tok))
                    return false;
            }
        } else {
            return true;
        }
    }
}

static ds__gql_tok_kind lex_number(ds__gql_lexer *lx, ds__gql_token *tok) {
    const char *end = lx->src + lx->len;
    char what[40];
    bool is_float = false;
    if (at(lx, 0) == '-')
        step(lx, 1);
    if (at(lx, 0) == '0') {
        step(lx, 1);
        if (is_digit(at(lx, 0)))
            return fail(lx, tok, here(lx), "invalid number, unexpected digit after 0: '%c'", at(lx, 0));
    } else if (is_digit(at(lx, 0))) {
        while (is_digit(at(lx, 0)))
            step(lx, 1);
    } else {
        describe_char(lx->src + lx->pos, end, what, sizeof what);
        return fail(lx, tok, here(lx), "invalid number, expected digit but got %s", what);
    }
    if (at(lx, 0) == '.') {
        is_float = true;
        step(lx, 1);
        if (!is_digit(at(lx, 0))) {
            describe_char(lx->src + lx->pos, end, what, sizeof what);
            return fail(lx, tok, here(lx), "invalid number, expected digit after '.' but got %s", what);
        }
        while (is_digit(at(lx, 0)))
            step(lx, 1);
    }
    if (at(lx, 0) == 'e' || at(lx, 0) == 'E') {
        is_float = true;
        step(lx, 1);
        if (at(lx, 0) == '+' || at(lx, 0) == '-')
            step(lx, 1);
        if (!is_digit(at(lx, 0))) {
            describe_char(lx->src + lx->pos, end, what, sizeof what);
            return fail(lx, tok, here(lx), "invalid number, expected digit in exponent but got %s", what);
        }
        while (is_digit(at(lx, 0)))
            step(lx, 1);
    }
    /* The spec's lookahead restriction: "1.2.3", "12abc" and "0x1" are errors,
     * not two tokens. */
    if (at(lx, 0) == '.' || is_name_start(at(lx, 0))) {
        describe_char(lx->src + lx->pos, end, what, sizeof what);
        return fail(lx, tok, here(lx), "invalid number, unexpected %s after number", what);
    }
    tok->kind = is_float ? DS__TOK_FLOAT : DS__TOK_INT;
    return tok->kind;
}

static ds__gql_tok_kind lex_string(ds__gql_lexer *lx, ds__gql_token *tok) {
    const char *end = lx->src + lx->len;
    step(lx, 1);
    for (;;) {
        int c = at(lx, 0);
        if (c < 0 || c == '\n' || c == '\r')
            return fail(lx, tok, here(lx), "unterminated string");
        if (c == '"') {
            step(lx, 1);
            tok->kind = DS__TOK_STRING;
            return DS__TOK_STRING;
        }
        if (c == '\\') {
            uint32_t cp;
            char msg[sizeof lx->error];
            size_t n = read_escape(lx->src + lx->pos, end, &cp, msg, sizeof msg);
            if (n == 0)
                return fail(lx, tok, here(lx), "%s", msg);
            step(lx, n); /* escapes are ASCII: n bytes, n columns */
        } else if (c < 0x80) {
            step(lx, 1);
        } else if (!step_utf8(lx, tok)) {
            return DS__TOK_ERROR;
        }
    }
}

static ds__gql_tok_kind lex_block_string(ds__gql_lexer *lx, ds__gql_token *tok) {
    step(lx, 3);
    for (;;) {
        int c = at(lx, 0);
        if (c < 0)
            return fail(lx, tok, here(lx), "unterminated block string");
        if (c == '"' && at(lx, 1) == '"' && at(lx, 2) == '"') {
            step(lx, 3);
            tok->kind = DS__TOK_BLOCK_STRING;
            return DS__TOK_BLOCK_STRING;
        }
        if (c == '\\' && at(lx, 1) == '"' && at(lx, 2) == '"' && at(lx, 3) == '"')
            step(lx, 4);
        else if (step_newline(lx))
            continue;
        else if (c < 0x80)
            step(lx, 1);
        else if (!step_utf8(lx, tok))
            return DS__TOK_ERROR;
    }
}

static ds__gql_tok_kind lex_token(ds__gql_lexer *lx, ds__gql_token *tok) {
    if (!skip_ignored(lx, tok))
        return DS__TOK_ERROR;
    tok->loc = here(lx);
    tok->start = lx->src ? lx->src + lx->pos : "";
    tok->len = 0;
    int c = at(lx, 0);
    ds__gql_tok_kind k;
    switch (c) {
    case -1: k = DS__TOK_EOF; break;
    case '!': k = DS__TOK_BANG; break;
    case '$': k = DS__TOK_DOLLAR; break;
    case '&': k = DS__TOK_AMP; break;
    case '(': k = DS__TOK_LPAREN; break;
    case ')': k = DS__TOK_RPAREN; break;
    case ':': k = DS__TOK_COLON; break;
    case '=': k = DS__TOK_EQUALS; break;
    case '@': k = DS__TOK_AT; break;
    case '[': k = DS__TOK_LBRACKET; break;
    case ']': k = DS__TOK_RBRACKET; break;
    case '{': k = DS__TOK_LBRACE; break;
    case '|': k = DS__TOK_PIPE; break;
    case '}': k = DS__TOK_RBRACE; break;
    case '.':
        if (at(lx, 1) == '.' && at(lx, 2) == '.') {
            step(lx, 3);
            tok->kind = DS__TOK_SPREAD;
            return DS__TOK_SPREAD;
        }
        if (is_digit(at(lx, 1)))
            return fail(lx, tok, here(lx), "invalid number, expected digit before '.'");
        return fail(lx, tok, here(lx), "unexpected character '.'");
    case '"':
        if (at(lx, 1) == '"' && at(lx, 2) == '"')
            return lex_block_string(lx, tok);
        return lex_string(lx, tok);
    default:
        if (c == '-' || is_digit(c))
            return lex_number(lx, tok);
        if (is_name_start(c)) {
            while (is_name_continue(at(lx, 0)))
                step(lx, 1);
            tok->kind = DS__TOK_NAME;
            return DS__TOK_NAME;
        }
        {
            /* describe_char names broken UTF-8 itself */
            char what[40];
            uint32_t cp;
            describe_char(lx->src + lx->pos, lx->src + lx->len, what, sizeof what);
            if (utf8_decode((const unsigned char *)lx->src + lx->pos, lx->len - lx->pos, &cp) == 0)
                return fail(lx, tok, here(lx), "%s", what);
            return fail(lx, tok, here(lx), "unexpected character %s", what);
        }
    }
    if (k != DS__TOK_EOF)
        step(lx, 1);
    tok->kind = k;
    return k;
}

ds__gql_tok_kind ds__gql_lex(ds__gql_lexer *lx, ds__gql_token *tok) {
    size_t pos = lx->pos;
    uint32_t line = lx->line, column = lx->column;
    ds__gql_tok_kind k = lex_token(lx, tok);
    if (k == DS__TOK_ERROR) {
        lx->pos = pos; /* sticky: the next call meets the same error */
        lx->line = line;
        lx->column = column;
    } else {
        tok->len = (size_t)((lx->src ? lx->src + lx->pos : tok->start) - tok->start);
    }
    return k;
}

/* ---- string values ------------------------------------------------------ */

/* Finds the line starting at s: sets *len to its length without the
 * terminator and returns where the next line starts (e when there is none). */
static const char *next_line(const char *s, const char *e, size_t *len) {
    const char *p = s;
    while (p < e && *p != '\n' && *p != '\r')
        p++;
    *len = (size_t)(p - s);
    if (p < e && *p == '\r' && p + 1 < e && p[1] == '\n')
        return p + 2;
    return p < e ? p + 1 : NULL;
}

/*
 * BlockStringValue (§2.9.4) straight from the raw token text. \""" does not
 * change which lines are blank or how far they are indented (it starts with
 * a non-blank '\'), so the escape can be resolved while copying instead of in
 * a separate pass.
 */
static size_t block_string_value(const char *s, const char *e, char *out) {
    size_t common = SIZE_MAX, first = SIZE_MAX, last = 0, i = 0, len, o = 0;
    const char *l, *next;
    for (l = s; l; l = next, i++) {
        next = next_line(l, e, &len);
        size_t indent = 0;
        while (indent < len && (l[indent] == ' ' || l[indent] == '\t'))
            indent++;
        if (indent < len) {
            if (i > 0 && indent < common)
                common = indent;
            if (first == SIZE_MAX)
                first = i;
            last = i;
        }
    }
    if (first == SIZE_MAX)
        return 0; /* every line is blank */
    for (l = s, i = 0; l && i <= last; l = next, i++) {
        next = next_line(l, e, &len);
        if (i < first)
            continue;
        size_t skip = (i > 0 && common != SIZE_MAX) ? (common < len ? common : len) : 0;
        if (i > first)
            out[o++] = '\n';
        for (size_t k = skip; k < len; k++) {
            if (l[k] == '\\' && k + 3 < len && l[k + 1] == '"' && l[k + 2] == '"' && l[k + 3] == '"') {
                memcpy(out + o, "\"\"\"", 3);
                o += 3;
                k += 3;
            } else {
                out[o++] = l[k];
            }
        }
    }
    return o;
}

char *ds__gql_string_value(ds__arena *a, const ds__gql_token *tok, size_t *out_len, char *err, size_t errlen) {
    char dummy[8];
    if (!err) {
        err = dummy;
        errlen = sizeof dummy;
    }
    if (errlen)
        err[0] = '\0';
    bool block = tok->kind == DS__TOK_BLOCK_STRING;
    size_t quotes = block ? 3 : 1;
    if ((tok->kind != DS__TOK_STRING && !block) || tok->len < 2 * quotes) {
        snprintf(err, errlen, "not a string token");
        return NULL;
    }
    const char *s = tok->start + quotes, *e = tok->start + tok->len - quotes;
    /* Decoding never makes a string longer: every escape is at least as long
     * as the UTF-8 it stands for, and dedenting only removes. */
    char *out = ds__arena_alloc(a, (size_t)(e - s) + 1);
    if (!out) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    size_t o = 0;
    if (block) {
        o = block_string_value(s, e, out);
    } else {
        for (const char *p = s; p < e;) {
            if (*p != '\\') {
                out[o++] = *p++;
                continue;
            }
            uint32_t cp;
            size_t n = read_escape(p, e, &cp, err, errlen);
            if (n == 0)
                return NULL;
            o += ds__utf8_encode(cp, out + o);
            p += n;
        }
    }
    out[o] = '\0';
    if (out_len)
        *out_len = o;
    return out;
}

const char *ds__gql_tok_describe(ds__gql_tok_kind kind) {
    switch (kind) {
    case DS__TOK_EOF: return "<EOF>";
    case DS__TOK_BANG: return "\"!\"";
    case DS__TOK_DOLLAR: return "\"$\"";
    case DS__TOK_AMP: return "\"&\"";
    case DS__TOK_LPAREN: return "\"(\"";
    case DS__TOK_RPAREN: return "\")\"";
    case DS__TOK_SPREAD: return "\"...\"";
    case DS__TOK_COLON: return "\":\"";
    case DS__TOK_EQUALS: return "\"=\"";
    case DS__TOK_AT: return "\"@\"";
    case DS__TOK_LBRACKET: return "\"[\"";
    case DS__TOK_RBRACKET: return "\"]\"";
    case DS__TOK_LBRACE: return "\"{\"";
    case DS__TOK_PIPE: return "\"|\"";
    case DS__TOK_RBRACE: return "\"}\"";
    case DS__TOK_NAME: return "Name";
    case DS__TOK_INT: return "Int";
    case DS__TOK_FLOAT: return "Float";
    case DS__TOK_STRING: return "String";
    case DS__TOK_BLOCK_STRING: return "BlockString";
    case DS__TOK_ERROR: return "lexical error";
    }
    return "unknown token";
}
