/*
 * The text form of predicates: ds_pred_parse() and ds_pred_to_string().
 *
 *   expr      := and_expr ("or" and_expr)*
 *   and_expr  := unary ("and" unary)*
 *   unary     := "not" unary | primary
 *   primary   := "(" expr ")" | "true" | "false" | condition
 *   condition := NAME op value
 *              | NAME "between" value "and" value
 *              | NAME ("in" | "notIn") "[" [value ("," value)*] "]"
 *   op        := = != < <= > >= eq ne lt le gt ge beginsWith contains notContains
 *   value     := STRING | NUMBER | true | false | null | NAME (an enum value)
 *
 * Keywords and operator words are case-insensitive; field names and enum
 * values are not. A name is a keyword only where a keyword can stand:
 * `not`, `true` and `false` followed by an operator are field names, and a
 * name at the start of a condition is always a field, so every GraphQL
 * field name can be written. `false` (the empty or, matching nothing) is an
 * addition to the documented form so that every tree can be printed.
 *
 * The lexer is this file's own (the GraphQL lexer has other tokens: no
 * `!=`, `<=`, and a different number grammar). Strings are JSON strings
 * (escapes \" \\ \/ \b \f \n \r \t \uXXXX with surrogate pairs; raw control
 * characters and \u0000 are refused); numbers are JSON numbers, integers
 * when they have neither fraction nor exponent. The whole text must be
 * UTF-8. Errors name the place as "column N" (code points, 1-based), or
 * "line L, column N" when the text has several lines. Input is capped at
 * DS__PRED_TEXT_MAX bytes and nesting (parentheses and `not`) at
 * DS__PRED_MAX_DEPTH; each fails with DS_ERR_LIMIT.
 *
 * With a model, each condition is checked as it is read (check.c), so a
 * model error points at the field, operator or operand at fault. Bare names
 * are enum values: with a model they are refused for other fields; without
 * one they are read as strings.
 *
 * ds_pred_to_string() prints the canonical form: symbolic comparison
 * operators, strings always quoted, floats with the fewest digits that read
 * back to the same double (and a ".0" when they would look like integers),
 * nested groups and negated groups in parentheses. Its output parses back
 * to an equal tree (ds__pred_equal).
 */
#include <errno.h>
#include <inttypes.h>
#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "predicate/internal.h"
#include "util/err.h"
#include "util/utf8.h"

/* ---- tokens ----------------------------------------------------------------- */

typedef enum tk {
    TK_EOF,
    TK_NAME,
    TK_STRING,
    TK_INT,
    TK_FLOAT,
    TK_LPAREN,
    TK_RPAREN,
    TK_LBRACK,
    TK_RBRACK,
    TK_COMMA,
    TK_OP, /* = != < <= > >= */
    TK_ERROR
} tk;

typedef struct tok {
    tk kind;
    size_t start, end; /* byte offsets into the text */
    ds_pred_op op;     /* TK_OP */
} tok;

typedef struct parser {
    const char *text;
    size_t len;
    bool multiline;
    tok cur;
    const ds_model *model;
    ds_error *err;
    ds_status rc; /* the first error; later ones are dropped */
} parser;

/* "column N: " or "line L, column N: " for a byte offset. */
static void place(const parser *ps, size_t off, char *buf, size_t n) {
    size_t line = 1, col = 1;
    for (size_t i = 0; i < off && i < ps->len; i++) {
        unsigned char c = (unsigned char)ps->text[i];
        if (c == '\n')
            line++, col = 1;
        else if ((c & 0xC0) != 0x80)
            col++;
    }
    if (ps->multiline)
        snprintf(buf, n, "line %zu, column %zu: ", line, col);
    else
        snprintf(buf, n, "column %zu: ", col);
}

static void fail(parser *ps, ds_status code, size_t off, const char *fmt, ...) DS__PRINTF(4, 5);
static void fail(parser *ps, ds_status code, size_t off, const char *fmt, ...) {
    if (ps->rc != DS_OK)
        return;
    char where[64], msg[DS_ERROR_MESSAGE_MAX];
    place(ps, off, where, sizeof where);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    ps->rc = ds__error(ps->err, code, "%s%s", where, msg);
}

static void nomem(parser *ps) {
    if (ps->rc == DS_OK)
        ps->rc = ds__error(ps->err, DS_ERR_NOMEM, "out of memory while parsing a predicate");
}

static bool is_alpha(int c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }
static bool is_digit(int c) { return c >= '0' && c <= '9'; }
static int hexval(int c) {
    return is_digit(c) ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
}

/* Reads \uXXXX at text[i] (pointing at the backslash); -1 when malformed. */
static long read_u(const parser *ps, size_t i) {
    if (i + 6 > ps->len || ps->text[i] != '\\' || ps->text[i + 1] != 'u')
        return -1;
    long v = 0;
    for (size_t k = 2; k < 6; k++) {
        int h = hexval((unsigned char)ps->text[i + k]);
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}

/* Validates a string token starting at the quote at s; returns its end. */
static bool lex_string(parser *ps, size_t s, size_t *end) {
    size_t i = s + 1;
    while (i < ps->len) {
        unsigned char c = (unsigned char)ps->text[i];
        if (c == '"') {
            *end = i + 1;
            return true;
        }
        if (c < 0x20) {
            fail(ps, DS_ERR_SYNTAX, i, "control character in a string; write it as an escape such as \\n");
            return false;
        }
        if (c != '\\') {
            i++;
            continue;
        }
        if (i + 1 >= ps->len)
            break;
        char e = ps->text[i + 1];
        if (strchr("\"\\/bfnrt", e) && e) {
            i += 2;
            continue;
        }
        if (e != 'u') {
            fail(ps, DS_ERR_SYNTAX, i, "invalid escape \"\\%c\" in a string; expected one of \\\" \\\\ \\/ \\b \\f \\n "
                 "\\r \\t \\uXXXX", (unsigned char)e >= 0x20 && (unsigned char)e < 0x7F ? e : '?');
            return false;
        }
        long u = read_u(ps, i);
        if (u < 0) {
            fail(ps, DS_ERR_SYNTAX, i, "invalid \\u escape; expected four hexadecimal digits");
            return false;
        }
        if (u == 0) {
            fail(ps, DS_ERR_SYNTAX, i, "strings cannot contain NUL (\\u0000)");
            return false;
        }
        if (u >= 0xDC00 && u <= 0xDFFF) {
            fail(ps, DS_ERR_SYNTAX, i, "invalid \\u escape: a low surrogate without a high one before it");
            return false;
        }
        if (u >= 0xD800 && u <= 0xDBFF) {
            long lo = read_u(ps, i + 6);
            if (lo < 0xDC00 || lo > 0xDFFF) {
                fail(ps, DS_ERR_SYNTAX, i, "invalid \\u escape: a high surrogate must be followed by a \\u low "
                     "surrogate");
                return false;
            }
            i += 12;
        } else {
            i += 6;
        }
    }
    fail(ps, DS_ERR_SYNTAX, s, "unterminated string; expected a closing \"");
    return false;
}

/* Scans the token at or after byte offset pos into *t. */
static void lex(parser *ps, size_t pos, tok *t) {
    const char *x = ps->text;
    while (pos < ps->len && (x[pos] == ' ' || x[pos] == '\t' || x[pos] == '\n' || x[pos] == '\r'))
        pos++;
    t->start = pos;
    t->end = pos + 1;
    if (pos >= ps->len) {
        t->kind = TK_EOF;
        t->end = pos;
        return;
    }
    unsigned char c = (unsigned char)x[pos];
    switch (c) {
    case '(': t->kind = TK_LPAREN; return;
    case ')': t->kind = TK_RPAREN; return;
    case '[': t->kind = TK_LBRACK; return;
    case ']': t->kind = TK_RBRACK; return;
    case ',': t->kind = TK_COMMA; return;
    case '=': t->kind = TK_OP, t->op = DS_PRED_EQ; return;
    case '<':
    case '>': {
        bool eq = pos + 1 < ps->len && x[pos + 1] == '=';
        t->kind = TK_OP;
        t->op = c == '<' ? (eq ? DS_PRED_LE : DS_PRED_LT) : (eq ? DS_PRED_GE : DS_PRED_GT);
        t->end = pos + 1 + eq;
        return;
    }
    case '!':
        if (pos + 1 < ps->len && x[pos + 1] == '=') {
            t->kind = TK_OP, t->op = DS_PRED_NE, t->end = pos + 2;
            return;
        }
        fail(ps, DS_ERR_SYNTAX, pos, "unexpected \"!\"; did you mean \"!=\"?");
        t->kind = TK_ERROR;
        return;
    case '"':
        t->kind = lex_string(ps, pos, &t->end) ? TK_STRING : TK_ERROR;
        return;
    default: break;
    }
    if (is_alpha(c)) {
        size_t e = pos + 1;
        while (e < ps->len && (is_alpha((unsigned char)x[e]) || is_digit((unsigned char)x[e])))
            e++;
        t->kind = TK_NAME, t->end = e;
        return;
    }
    if (c == '-' || is_digit(c)) {
        /* JSON: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
        size_t e = pos + (c == '-');
        bool ok = e < ps->len && is_digit((unsigned char)x[e]), frac = false;
        if (ok && x[e] == '0')
            e++;
        else
            while (e < ps->len && is_digit((unsigned char)x[e]))
                e++;
        if (ok && e < ps->len && x[e] == '.') {
            frac = true, e++;
            ok = e < ps->len && is_digit((unsigned char)x[e]);
            while (e < ps->len && is_digit((unsigned char)x[e]))
                e++;
        }
        if (ok && e < ps->len && (x[e] == 'e' || x[e] == 'E')) {
            frac = true, e++;
            if (e < ps->len && (x[e] == '+' || x[e] == '-'))
                e++;
            ok = e < ps->len && is_digit((unsigned char)x[e]);
            while (e < ps->len && is_digit((unsigned char)x[e]))
                e++;
        }
        if (ok && e < ps->len && (is_alpha((unsigned char)x[e]) || is_digit((unsigned char)x[e]) || x[e] == '.'))
            ok = false;
        if (!ok) {
            while (e < ps->len && (is_alpha((unsigned char)x[e]) || is_digit((unsigned char)x[e]) || x[e] == '.' ||
                                   x[e] == '-' || x[e] == '+'))
                e++;
            fail(ps, DS_ERR_SYNTAX, pos, "invalid number \"%.*s\"; numbers are written as in JSON (-12, 3.5, 1e3)",
                 (int)(e - pos > 40 ? 40 : e - pos), x + pos);
            t->kind = TK_ERROR;
            return;
        }
        t->kind = frac ? TK_FLOAT : TK_INT, t->end = e;
        return;
    }
    size_t n = 1;
    if (c >= 0xC0)
        while (pos + n < ps->len && n < 4 && ((unsigned char)x[pos + n] & 0xC0) == 0x80)
            n++;
    fail(ps, DS_ERR_SYNTAX, pos, "unexpected character \"%.*s\"", (int)n, x + pos);
    t->kind = TK_ERROR;
}

static void advance(parser *ps) {
    if (ps->rc == DS_OK)
        lex(ps, ps->cur.end, &ps->cur);
    else
        ps->cur.kind = TK_ERROR;
}

static tok peek(parser *ps) {
    tok t;
    lex(ps, ps->cur.end, &t);
    return t;
}

static bool word_is(const parser *ps, const tok *t, const char *w) {
    size_t n = strlen(w);
    if (t->kind != TK_NAME || t->end - t->start != n)
        return false;
    for (size_t i = 0; i < n; i++) {
        char a = ps->text[t->start + i], b = w[i];
        if (a >= 'A' && a <= 'Z')
            a = (char)(a - 'A' + 'a');
        if (b >= 'A' && b <= 'Z')
            b = (char)(b - 'A' + 'a');
        if (a != b)
            return false;
    }
    return true;
}

/* True when t is an operator; *op receives it. */
static bool is_op(const parser *ps, const tok *t, ds_pred_op *op) {
    if (t->kind == TK_OP) {
        *op = t->op;
        return true;
    }
    return t->kind == TK_NAME && ds__pred_op_from_name(ps->text + t->start, t->end - t->start, true, op);
}

/* A token as messages show it. */
static void tok_text(const parser *ps, const tok *t, char *buf, size_t n) {
    if (t->kind == TK_EOF) {
        snprintf(buf, n, "the end");
        return;
    }
    size_t len = t->end - t->start;
    snprintf(buf, n, "\"%.*s%s\"", (int)(len > 30 ? 30 : len), ps->text + t->start, len > 30 ? "..." : "");
}

/* ---- values --------------------------------------------------------------------- */

/* Decodes a (validated) string token; NULL when out of memory. Escapes
 * never make the text longer, so the token's length is enough room. */
static char *decode_string(const parser *ps, const tok *t, size_t *len) {
    char *out = malloc(t->end - t->start);
    if (!out)
        return NULL;
    size_t o = 0;
    for (size_t i = t->start + 1; i + 1 < t->end;) {
        char c = ps->text[i];
        if (c != '\\') {
            out[o++] = c;
            i++;
            continue;
        }
        char e = ps->text[i + 1];
        switch (e) {
        case 'b': out[o++] = '\b'; break;
        case 'f': out[o++] = '\f'; break;
        case 'n': out[o++] = '\n'; break;
        case 'r': out[o++] = '\r'; break;
        case 't': out[o++] = '\t'; break;
        case 'u': {
            uint32_t cp = (uint32_t)read_u(ps, i);
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                uint32_t lo = (uint32_t)read_u(ps, i + 6);
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                i += 6;
            }
            o += ds__utf8_encode(cp, out + o);
            i += 6;
            continue;
        }
        default: out[o++] = e; break; /* " \ / */
        }
        i += 2;
    }
    out[o] = '\0';
    *len = o;
    return out;
}

/* strtod in the C locale's notation whatever the process locale is. */
static bool c_strtod(const char *s, size_t n, double *out) {
    char buf[512];
    const char *dp = localeconv()->decimal_point;
    size_t dpl = dp && *dp ? strlen(dp) : 1, o = 0;
    for (size_t i = 0; i < n; i++) {
        if (o + dpl + 1 >= sizeof buf)
            return false;
        if (s[i] == '.' && dp && *dp) {
            memcpy(buf + o, dp, dpl);
            o += dpl;
        } else {
            buf[o++] = s[i];
        }
    }
    buf[o] = '\0';
    errno = 0;
    char *end;
    double v = strtod(buf, &end);
    if (*end || !isfinite(v))
        return false;
    *out = v;
    return true;
}

typedef struct operand {
    ds_value v;   /* strings owned by the parser until the leaf copies them */
    size_t start; /* byte offset, for messages */
    bool bare;    /* written as a bare name */
} operand;

static void operands_free(operand *o, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (o[i].v.type == DS_VALUE_STRING)
            free((char *)o[i].v.u.s.ptr);
    free(o);
}

/* Reads one value at the current token; `after` names what precedes it. */
static bool parse_value(parser *ps, operand *out, const char *after) {
    tok t = ps->cur;
    out->start = t.start;
    out->bare = false;
    out->v.type = DS_VALUE_NULL;
    const char *x = ps->text + t.start;
    size_t n = t.end - t.start;
    switch (t.kind) {
    case TK_STRING: {
        size_t len;
        char *s = decode_string(ps, &t, &len);
        if (!s) {
            nomem(ps);
            return false;
        }
        out->v.type = DS_VALUE_STRING;
        out->v.u.s.ptr = s;
        out->v.u.s.len = len;
        break;
    }
    case TK_INT: {
        char buf[32];
        if (n >= sizeof buf) {
            fail(ps, DS_ERR_SYNTAX, t.start, "integer %.*s is out of range; integers must fit in 64 bits",
                 (int)(n > 40 ? 40 : n), x);
            return false;
        }
        memcpy(buf, x, n);
        buf[n] = '\0';
        errno = 0;
        long long v = strtoll(buf, NULL, 10);
        if (errno == ERANGE) {
            fail(ps, DS_ERR_SYNTAX, t.start, "integer %s is out of range; integers must fit in 64 bits", buf);
            return false;
        }
        out->v.type = DS_VALUE_INT;
        out->v.u.i = (int64_t)v;
        break;
    }
    case TK_FLOAT: {
        double d;
        if (!c_strtod(x, n, &d)) {
            fail(ps, DS_ERR_SYNTAX, t.start, "number %.*s is out of range", (int)(n > 40 ? 40 : n), x);
            return false;
        }
        out->v.type = DS_VALUE_FLOAT;
        out->v.u.f = d;
        break;
    }
    case TK_NAME:
        if (word_is(ps, &t, "and") || word_is(ps, &t, "or") || word_is(ps, &t, "not")) {
            fail(ps, DS_ERR_SYNTAX, t.start, "expected a value after %s, got \"%.*s\"", after, (int)n, x);
            return false;
        } else if (word_is(ps, &t, "null")) {
            out->v.type = DS_VALUE_NULL;
        } else if (word_is(ps, &t, "true") || word_is(ps, &t, "false")) {
            out->v.type = DS_VALUE_BOOL;
            out->v.u.b = word_is(ps, &t, "true");
        } else {
            char *s = malloc(n + 1);
            if (!s) {
                nomem(ps);
                return false;
            }
            memcpy(s, x, n);
            s[n] = '\0';
            out->v.type = DS_VALUE_STRING;
            out->v.u.s.ptr = s;
            out->v.u.s.len = n;
            out->bare = true;
        }
        break;
    case TK_ERROR: return false;
    default: {
        char tb[48];
        tok_text(ps, &t, tb, sizeof tb);
        if (t.kind == TK_EOF)
            fail(ps, DS_ERR_SYNTAX, t.start, "expected a value after %s", after);
        else
            fail(ps, DS_ERR_SYNTAX, t.start, "expected a value after %s, got %s", after, tb);
        return false;
    }
    }
    advance(ps);
    if (ps->rc == DS_OK)
        return true;
    if (out->v.type == DS_VALUE_STRING) /* the caller keeps only successes */
        free((char *)out->v.u.s.ptr);
    out->v.type = DS_VALUE_NULL;
    return false;
}

/* ---- the grammar ---------------------------------------------------------------- */

static ds_predicate *parse_or(parser *ps, int depth);

/* Checks a freshly built leaf against the model, blaming the right token. */
static bool check_leaf(parser *ps, const ds_predicate *leaf, size_t field_at, size_t op_at, const operand *ops,
                       size_t nops) {
    int blame;
    ds_error e = DS_ERROR_INIT;
    ds_status rc = ds__pred_check_leaf(leaf, ps->model, &blame, &e);
    if (rc != DS_OK && blame < 0) {
        fail(ps, rc, blame == -2 ? field_at : op_at, "%s", e.message);
        return false;
    }
    const ds_field *f = ds__pred_field(ps->model, leaf->field);
    for (size_t i = 0; f && i < nops; i++) {
        if (ops[i].bare && f->kind != DS_KIND_ENUM) {
            fail(ps, DS_ERR_INVALID, ops[i].start,
                 "bare name %s is an enum value, but %s is not an enum field; write a string in quotes (\"%s\")",
                 ops[i].v.u.s.ptr, f->name, ops[i].v.u.s.ptr);
            return false;
        }
    }
    if (rc != DS_OK) {
        fail(ps, rc, blame >= 0 && (size_t)blame < nops ? ops[blame].start : op_at, "%s", e.message);
        return false;
    }
    return true;
}

static ds_predicate *parse_condition(parser *ps) {
    tok field = ps->cur;
    char fname[256];
    size_t flen = field.end - field.start;
    if (flen >= sizeof fname) {
        fail(ps, DS_ERR_SYNTAX, field.start, "field name is too long");
        return NULL;
    }
    memcpy(fname, ps->text + field.start, flen);
    fname[flen] = '\0';
    advance(ps);
    if (ps->rc != DS_OK)
        return NULL;

    tok optok = ps->cur;
    ds_pred_op op;
    if (!is_op(ps, &optok, &op)) {
        char tb[48];
        tok_text(ps, &optok, tb, sizeof tb);
        fail(ps, DS_ERR_SYNTAX, optok.start,
             "expected an operator after \"%s\", got %s; expected one of = != < <= > >= beginsWith contains "
             "notContains between in notIn",
             fname, tb);
        return NULL;
    }
    char optext[48];
    tok_text(ps, &optok, optext, sizeof optext);
    advance(ps);

    operand *ops = NULL;
    size_t nops = 0, cap = 0;
    ds_predicate *leaf = NULL;
    bool list = op == DS_PRED_IN || op == DS_PRED_NOT_IN;
    if (list) {
        if (ps->cur.kind != TK_LBRACK) {
            fail(ps, DS_ERR_SYNTAX, ps->cur.start, "expected \"[\" after %s; write a list such as [1, 2]", optext);
            goto done;
        }
        advance(ps);
    }
    for (;;) {
        if (list && nops == 0 && ps->cur.kind == TK_RBRACK)
            break;
        if (nops == cap) {
            size_t nc = cap ? cap * 2 : 2;
            operand *grown = realloc(ops, nc * sizeof *ops);
            if (!grown) {
                nomem(ps);
                goto done;
            }
            ops = grown, cap = nc;
        }
        const char *after = nops == 0 ? (list ? "\"[\"" : optext) : list ? "\",\"" : "\"and\"";
        if (!parse_value(ps, &ops[nops], after))
            goto done;
        nops++;
        if (op == DS_PRED_BETWEEN && nops == 1) {
            if (!word_is(ps, &ps->cur, "and")) {
                char tb[48];
                tok_text(ps, &ps->cur, tb, sizeof tb);
                fail(ps, DS_ERR_SYNTAX, ps->cur.start, "expected \"and\" after the low bound of between, got %s", tb);
                goto done;
            }
            advance(ps);
            continue;
        }
        if (!list)
            break;
        if (ps->cur.kind == TK_COMMA) {
            advance(ps);
            continue;
        }
        if (ps->cur.kind != TK_RBRACK) {
            char tb[48];
            tok_text(ps, &ps->cur, tb, sizeof tb);
            fail(ps, DS_ERR_SYNTAX, ps->cur.start, "expected \",\" or \"]\" in the list of %s, got %s", optext, tb);
            goto done;
        }
        break;
    }
    if (list)
        advance(ps); /* the ] */
    if (ps->rc != DS_OK)
        goto done;

    ds_value small[2], *vals = nops <= 2 ? small : malloc(nops * sizeof *vals);
    if (!vals) {
        nomem(ps);
        goto done;
    }
    for (size_t i = 0; i < nops; i++)
        vals[i] = ops[i].v;
    leaf = ds__pred_leaf(fname, op, vals, nops);
    if (vals != small)
        free(vals);
    if (!leaf) {
        nomem(ps);
        goto done;
    }
    if (ps->model && !check_leaf(ps, leaf, field.start, optok.start, ops, nops)) {
        ds_pred_free(leaf);
        leaf = NULL;
    }
done:
    operands_free(ops, nops);
    return leaf;
}

static bool too_deep(parser *ps, int depth) {
    if (depth <= DS__PRED_MAX_DEPTH)
        return false;
    fail(ps, DS_ERR_LIMIT, ps->cur.start, "nesting deeper than %d levels", DS__PRED_MAX_DEPTH);
    return true;
}

static ds_predicate *parse_unary(parser *ps, int depth) {
    ds_pred_op op;
    tok next;
    if (word_is(ps, &ps->cur, "not") && (next = peek(ps), !is_op(ps, &next, &op))) {
        if (too_deep(ps, depth + 1))
            return NULL;
        advance(ps);
        ds_predicate *child = parse_unary(ps, depth + 1);
        if (!child)
            return NULL;
        ds_predicate *p = ds_pred_not(child);
        if (!p)
            nomem(ps);
        return p;
    }
    tok t = ps->cur;
    if (t.kind == TK_LPAREN) {
        if (too_deep(ps, depth + 1))
            return NULL;
        advance(ps);
        ds_predicate *p = parse_or(ps, depth + 1);
        if (!p)
            return NULL;
        if (ps->cur.kind != TK_RPAREN) {
            char tb[48], where[64];
            tok_text(ps, &ps->cur, tb, sizeof tb);
            place(ps, t.start, where, sizeof where);
            where[strlen(where) - 2] = '\0'; /* drop ": " */
            fail(ps, DS_ERR_SYNTAX, ps->cur.start, "expected \")\" to close the \"(\" at %s, got %s", where, tb);
            ds_pred_free(p);
            return NULL;
        }
        advance(ps);
        return p;
    }
    if (t.kind == TK_NAME) {
        bool yes = word_is(ps, &t, "true");
        if ((yes || word_is(ps, &t, "false")) && (next = peek(ps), !is_op(ps, &next, &op))) {
            advance(ps);
            ds_predicate *p = ds__pred_group(yes ? DS__PRED_AND : DS__PRED_OR, NULL, 0);
            if (!p)
                nomem(ps);
            return p;
        }
        return parse_condition(ps);
    }
    if (t.kind != TK_ERROR) {
        char tb[48];
        tok_text(ps, &t, tb, sizeof tb);
        fail(ps, DS_ERR_SYNTAX, t.start, "expected a condition (FIELD OP VALUE), \"(\", \"not\" or \"true\", got %s",
             tb);
    }
    return NULL;
}

/* One level: and_expr (sep = "and", below = parse_unary) or expr. */
static ds_predicate *parse_list(parser *ps, int depth, bool is_or) {
    ds_predicate *small[8], **kids = small;
    size_t n = 0, cap = sizeof small / sizeof *small;
    for (;;) {
        ds_predicate *p = is_or ? parse_list(ps, depth, false) : parse_unary(ps, depth);
        if (!p)
            goto fail;
        if (n == cap) {
            ds_predicate **grown = kids == small ? malloc(2 * cap * sizeof *kids)
                                                 : realloc(kids, 2 * cap * sizeof *kids);
            if (!grown) {
                ds_pred_free(p);
                nomem(ps);
                goto fail;
            }
            if (kids == small)
                memcpy(grown, small, sizeof small);
            kids = grown, cap *= 2;
        }
        kids[n++] = p;
        if (!word_is(ps, &ps->cur, is_or ? "or" : "and"))
            break;
        advance(ps);
    }
    ds_predicate *g = ds__pred_group(is_or ? DS__PRED_OR : DS__PRED_AND, kids, n);
    if (!g)
        nomem(ps);
    if (kids != small)
        free(kids);
    return g;
fail:
    for (size_t i = 0; i < n; i++)
        ds_pred_free(kids[i]);
    if (kids != small)
        free(kids);
    return NULL;
}

static ds_predicate *parse_or(parser *ps, int depth) { return parse_list(ps, depth, true); }

ds_status ds_pred_parse(ds_predicate **out, const ds_model *model, const char *text, ds_error *err) {
    if (out)
        *out = NULL;
    if (!out || !text)
        return ds__error(err, DS_ERR_INVALID, "ds_pred_parse needs an out pointer and a text");
    size_t len = strnlen(text, DS__PRED_TEXT_MAX + 1);
    if (len > DS__PRED_TEXT_MAX)
        return ds__error(err, DS_ERR_LIMIT, "predicate text is longer than the limit of %zu bytes",
                         (size_t)DS__PRED_TEXT_MAX);
    parser ps = {.text = text, .len = len, .model = model, .err = err, .rc = DS_OK};
    ps.multiline = memchr(text, '\n', len) != NULL;
    /* Find the first byte of bad UTF-8, to blame it by column. */
    for (size_t i = 0; i < len;) {
        size_t j = i + 1;
        while (j < len && ((unsigned char)text[j] & 0xC0) == 0x80 && j - i < 4)
            j++;
        if (!ds__pred_utf8_ok(text + i, j - i)) {
            fail(&ps, DS_ERR_SYNTAX, i, "the text is not valid UTF-8");
            return ps.rc;
        }
        i = j;
    }
    lex(&ps, 0, &ps.cur);
    ds_predicate *p = ps.rc == DS_OK ? parse_or(&ps, 0) : NULL;
    if (p && ps.cur.kind != TK_EOF) {
        char tb[48];
        tok_text(&ps, &ps.cur, tb, sizeof tb);
        if (ps.cur.kind == TK_RPAREN)
            fail(&ps, DS_ERR_SYNTAX, ps.cur.start, "unexpected \")\" without a \"(\" before it");
        else
            fail(&ps, DS_ERR_SYNTAX, ps.cur.start, "unexpected %s after a complete condition; expected \"and\", "
                 "\"or\" or the end", tb);
    }
    if (ps.rc != DS_OK) {
        ds_pred_free(p);
        return ps.rc;
    }
    *out = p;
    ds_error_clear(err);
    return DS_OK;
}

/* ---- printing ------------------------------------------------------------------ */

static void put_string(ds__buf *b, const char *s, size_t len) {
    ds__buf_putc(b, '"');
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *esc = NULL;
        char ubuf[8];
        switch (c) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        default:
            if (c < 0x20) {
                snprintf(ubuf, sizeof ubuf, "\\u%04x", c);
                esc = ubuf;
            }
        }
        if (!esc)
            continue;
        ds__buf_append(b, s + run, i - run);
        ds__buf_puts(b, esc);
        run = i + 1;
    }
    ds__buf_append(b, s + run, len - run);
    ds__buf_putc(b, '"');
}

/* snprintf in the C locale's notation whatever the process locale is. */
static void c_format(char *buf, size_t n, const char *fmt, int prec, double d) {
    snprintf(buf, n, fmt, prec, d);
    const char *dp = localeconv()->decimal_point;
    if (dp && *dp && strcmp(dp, ".") != 0) {
        char *at = strstr(buf, dp);
        if (at) {
            size_t dl = strlen(dp);
            *at = '.';
            memmove(at + 1, at + dl, strlen(at + dl) + 1);
        }
    }
}

/* The fewest significant digits that read back to d; plain decimals for
 * everyday magnitudes, exponents beyond them; always with "." or "e" so
 * the number reads back as a float. */
static void put_float(ds__buf *b, double d) {
    char buf[400];
    int prec = 1;
    for (; prec < 17; prec++) {
        double back;
        c_format(buf, sizeof buf, "%.*e", prec - 1, d);
        if (c_strtod(buf, strlen(buf), &back) && back == d)
            break;
    }
    c_format(buf, sizeof buf, "%.*e", prec - 1, d);
    int exp10 = (int)strtol(strchr(buf, 'e') + 1, NULL, 10);
    if (exp10 >= -5 && exp10 < 17) {
        int decimals = prec - 1 - exp10;
        c_format(buf, sizeof buf, "%.*f", decimals > 0 ? decimals : 0, d);
    }
    ds__buf_puts(b, buf);
    if (!strpbrk(buf, ".e"))
        ds__buf_puts(b, ".0");
}

static void put_value(ds__buf *b, const ds_value *v) {
    switch (v->type) {
    case DS_VALUE_NULL: ds__buf_puts(b, "null"); break;
    case DS_VALUE_BOOL: ds__buf_puts(b, v->u.b ? "true" : "false"); break;
    case DS_VALUE_INT: ds__buf_printf(b, "%" PRId64, v->u.i); break;
    case DS_VALUE_FLOAT: put_float(b, v->u.f); break;
    case DS_VALUE_STRING:
    case DS_VALUE_JSON: put_string(b, v->u.s.ptr, v->u.s.len); break;
    }
}

/* A field name the parser could take for a keyword after `not`. */
static bool reserved(const char *name) {
    static const char *const words[] = {"and", "or", "not", "true", "false", "null"};
    parser ps = {.text = name, .len = strlen(name)};
    tok t = {.kind = TK_NAME, .start = 0, .end = ps.len};
    ds_pred_op op;
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (word_is(&ps, &t, words[i]))
            return true;
    return is_op(&ps, &t, &op);
}

static const char *symbol(ds_pred_op op) {
    switch (op) {
    case DS_PRED_EQ: return "=";
    case DS_PRED_NE: return "!=";
    case DS_PRED_LT: return "<";
    case DS_PRED_LE: return "<=";
    case DS_PRED_GT: return ">";
    case DS_PRED_GE: return ">=";
    default: return ds__pred_op_name(op);
    }
}

static void print_node(ds__buf *b, const ds_predicate *p) {
    switch (p->kind) {
    case DS__PRED_LEAF:
        ds__buf_printf(b, "%s %s ", p->field, symbol(p->op));
        if (p->op == DS_PRED_IN || p->op == DS_PRED_NOT_IN) {
            ds__buf_putc(b, '[');
            for (size_t i = 0; i < p->value_count; i++) {
                if (i)
                    ds__buf_puts(b, ", ");
                put_value(b, &p->values[i]);
            }
            ds__buf_putc(b, ']');
        } else if (p->op == DS_PRED_BETWEEN) {
            put_value(b, &p->values[0]);
            ds__buf_puts(b, " and ");
            put_value(b, &p->values[1]);
        } else {
            put_value(b, &p->values[0]);
        }
        return;
    case DS__PRED_NOT: {
        const ds_predicate *c = p->children[0];
        bool paren = c->kind != DS__PRED_LEAF || reserved(c->field);
        ds__buf_puts(b, paren ? "not (" : "not ");
        print_node(b, c);
        if (paren)
            ds__buf_putc(b, ')');
        return;
    }
    case DS__PRED_AND:
    case DS__PRED_OR:
        if (p->child_count == 0) {
            ds__buf_puts(b, p->kind == DS__PRED_AND ? "true" : "false");
            return;
        }
        for (size_t i = 0; i < p->child_count; i++) {
            const ds_predicate *c = p->children[i];
            bool paren = (c->kind == DS__PRED_AND || c->kind == DS__PRED_OR) && c->child_count > 1;
            if (i)
                ds__buf_puts(b, p->kind == DS__PRED_AND ? " and " : " or ");
            if (paren)
                ds__buf_putc(b, '(');
            print_node(b, c);
            if (paren)
                ds__buf_putc(b, ')');
        }
        return;
    }
}

char *ds_pred_to_string(const ds_predicate *p) {
    if (!p)
        return NULL;
    ds__buf b;
    ds__buf_init(&b, 0);
    print_node(&b, p);
    return ds__buf_take(&b, NULL);
}
