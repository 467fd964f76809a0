/*
 * The GraphQL lexer: every token kind, the number and string grammars,
 * escapes, block-string dedent, line/column tracking and lexical errors.
 * Every source is copied into an exact-size heap buffer without a trailing
 * NUL, so the sanitizer build catches any read past src + len.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "graphql/lexer.h"

/* A source in its own exact-size allocation. */
typedef struct src {
    char *text;
    size_t len;
} src;

static src src_new(const char *s, size_t len) {
    src r = {malloc(len ? len : 1), len};
    assert_non_null(r.text);
    if (len)
        memcpy(r.text, s, len);
    return r;
}

#define SRC(lit) src_new((lit), sizeof(lit) - 1)

/* Lexes the whole source into kinds[] (ending with EOF or ERROR); returns the
 * number of tokens including that last one. */
static size_t lex_all(const char *s, size_t len, ds__gql_tok_kind *kinds, ds__gql_token *toks, size_t max,
                      char *err) {
    src in = src_new(s, len);
    ds__gql_lexer lx;
    ds__gql_lexer_init(&lx, in.text, in.len);
    size_t n = 0;
    for (;;) {
        ds__gql_token t;
        ds__gql_tok_kind k = ds__gql_lex(&lx, &t);
        assert_true(n < max);
        kinds[n] = k;
        if (toks) {
            toks[n] = t;
            toks[n].start = NULL; /* the buffer goes away below */
        }
        n++;
        if (k == DS__TOK_EOF || k == DS__TOK_ERROR)
            break;
    }
    if (err)
        memcpy(err, lx.error, sizeof lx.error);
    free(in.text);
    return n;
}

/* The first token of s, which must be the only one. */
static ds__gql_tok_kind lex_single(const char *s, char *text, size_t textcap) {
    src in = src_new(s, strlen(s));
    ds__gql_lexer lx;
    ds__gql_lexer_init(&lx, in.text, in.len);
    ds__gql_token t, e;
    ds__gql_tok_kind k = ds__gql_lex(&lx, &t);
    if (k != DS__TOK_ERROR) {
        assert_true(t.len < textcap);
        memcpy(text, t.start, t.len);
        text[t.len] = '\0';
        assert_int_equal(ds__gql_lex(&lx, &e), DS__TOK_EOF);
    }
    free(in.text);
    return k;
}

/* Expects s to fail lexing at line:column with exactly msg. */
static void check_error(const char *s, size_t len, uint32_t line, uint32_t column, const char *msg) {
    ds__gql_tok_kind kinds[64];
    ds__gql_token toks[64];
    char err[256];
    size_t n = lex_all(s, len, kinds, toks, 64, err);
    if (kinds[n - 1] != DS__TOK_ERROR)
        fail_msg("expected a lexical error in \"%.*s\"", (int)len, s);
    assert_string_equal(err, msg);
    assert_int_equal(toks[n - 1].loc.line, line);
    assert_int_equal(toks[n - 1].loc.column, column);
}
#define EXPECT_ERROR(lit, line, col, msg) check_error((lit), sizeof(lit) - 1, (line), (col), (msg))

/* Decodes the single string token in s. Returns NULL on a decode error. */
static char *decode(const char *s, size_t len, size_t *out_len, ds__arena *a) {
    src in = src_new(s, len);
    ds__gql_lexer lx;
    ds__gql_lexer_init(&lx, in.text, in.len);
    ds__gql_token t;
    ds__gql_tok_kind k = ds__gql_lex(&lx, &t);
    assert_true(k == DS__TOK_STRING || k == DS__TOK_BLOCK_STRING);
    char err[256];
    char *v = ds__gql_string_value(a, &t, out_len, err, sizeof err);
    free(in.text);
    return v;
}

static void check_value(const char *s, size_t len, const char *want, size_t want_len) {
    ds__arena *a = ds__arena_new(0);
    size_t n = 0;
    char *v = decode(s, len, &n, a);
    assert_non_null(v);
    if (n != want_len || memcmp(v, want, n) != 0)
        fail_msg("decoding %.*s gave \"%.*s\" (%zu bytes), wanted \"%.*s\"", (int)len, s, (int)n, v, n,
                 (int)want_len, want);
    assert_int_equal(v[n], '\0');
    ds__arena_free(a);
}
#define EXPECT_VALUE(lit, want) check_value((lit), sizeof(lit) - 1, (want), sizeof(want) - 1)

/* ---- tokens ---- */

static void every_punctuator_has_its_own_kind(void **state) {
    (void)state;
    static const char text[] = "! $ & ( ) ... : = @ [ ] { | }";
    static const ds__gql_tok_kind want[] = {
        DS__TOK_BANG,     DS__TOK_DOLLAR,   DS__TOK_AMP,    DS__TOK_LPAREN, DS__TOK_RPAREN,
        DS__TOK_SPREAD,   DS__TOK_COLON,    DS__TOK_EQUALS, DS__TOK_AT,     DS__TOK_LBRACKET,
        DS__TOK_RBRACKET, DS__TOK_LBRACE,   DS__TOK_PIPE,   DS__TOK_RBRACE, DS__TOK_EOF};
    ds__gql_tok_kind kinds[32];
    ds__gql_token toks[32];
    size_t n = lex_all(text, sizeof text - 1, kinds, toks, 32, NULL);
    assert_int_equal(n, sizeof want / sizeof *want);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(kinds[i], want[i]);
    assert_int_equal(toks[5].len, 3); /* ... */
    assert_int_equal(toks[5].loc.column, 11);
    assert_int_equal(toks[14].loc.column, 30); /* EOF sits after the last character */
}

static void names_follow_the_name_grammar(void **state) {
    (void)state;
    char text[64];
    assert_int_equal(lex_single("_", text, sizeof text), DS__TOK_NAME);
    assert_int_equal(lex_single("__typename", text, sizeof text), DS__TOK_NAME);
    assert_string_equal(text, "__typename");
    assert_int_equal(lex_single("  Abc_09z  ", text, sizeof text), DS__TOK_NAME);
    assert_string_equal(text, "Abc_09z");
    /* a name stops at anything not [_0-9A-Za-z] */
    ds__gql_tok_kind kinds[8];
    assert_int_equal(lex_all("a-b", 3, kinds, NULL, 8, NULL), 2);
    assert_int_equal(kinds[0], DS__TOK_NAME);
    assert_int_equal(kinds[1], DS__TOK_ERROR); /* "-b" is a broken number */
}

static void ignored_tokens_are_skipped(void **state) {
    (void)state;
    static const char text[] = "\xEF\xBB\xBF a,,\t# comment , \xC3\xA9 \"x\r\n\t\xEF\xBB\xBF b # end";
    ds__gql_tok_kind kinds[8];
    ds__gql_token toks[8];
    size_t n = lex_all(text, sizeof text - 1, kinds, toks, 8, NULL);
    assert_int_equal(n, 3);
    assert_int_equal(kinds[0], DS__TOK_NAME);
    assert_int_equal(toks[0].loc.line, 1);
    assert_int_equal(toks[0].loc.column, 3); /* the BOM is one column */
    assert_int_equal(toks[0].loc.offset, 4);
    assert_int_equal(kinds[1], DS__TOK_NAME);
    assert_int_equal(toks[1].loc.line, 2);
    assert_int_equal(toks[1].loc.column, 4);
    assert_int_equal(kinds[2], DS__TOK_EOF);
}

static void end_of_input_repeats(void **state) {
    (void)state;
    ds__gql_lexer lx;
    ds__gql_token t;
    ds__gql_lexer_init(&lx, NULL, 0);
    assert_int_equal(ds__gql_lex(&lx, &t), DS__TOK_EOF);
    assert_int_equal(ds__gql_lex(&lx, &t), DS__TOK_EOF);
    assert_int_equal(t.len, 0);
    assert_int_equal(t.loc.line, 1);
    assert_int_equal(t.loc.column, 1);
    src in = SRC("  # only a comment");
    ds__gql_lexer_init(&lx, in.text, in.len);
    assert_int_equal(ds__gql_lex(&lx, &t), DS__TOK_EOF);
    assert_int_equal(t.loc.column, 19);
    assert_int_equal(ds__gql_lex(&lx, &t), DS__TOK_EOF);
    free(in.text);
}

/* ---- numbers ---- */

static void valid_numbers_lex_as_int_or_float(void **state) {
    (void)state;
    static const struct {
        const char *text;
        ds__gql_tok_kind kind;
    } cases[] = {
        {"0", DS__TOK_INT},        {"-0", DS__TOK_INT},         {"9", DS__TOK_INT},
        {"1234567890", DS__TOK_INT}, {"-42", DS__TOK_INT},      {"0.0", DS__TOK_FLOAT},
        {"1.5", DS__TOK_FLOAT},    {"-1.5", DS__TOK_FLOAT},     {"1e5", DS__TOK_FLOAT},
        {"1E5", DS__TOK_FLOAT},    {"1e+5", DS__TOK_FLOAT},     {"1e-5", DS__TOK_FLOAT},
        {"-0.5E-10", DS__TOK_FLOAT}, {"0e0", DS__TOK_FLOAT},    {"123.456e789", DS__TOK_FLOAT},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char text[64];
        assert_int_equal(lex_single(cases[i].text, text, sizeof text), cases[i].kind);
        assert_string_equal(text, cases[i].text);
    }
    /* numbers end at punctuators and ignored tokens */
    ds__gql_tok_kind kinds[8];
    assert_int_equal(lex_all("1,2]3)", 6, kinds, NULL, 8, NULL), 6);
    static const ds__gql_tok_kind want[] = {DS__TOK_INT, DS__TOK_INT, DS__TOK_RBRACKET, DS__TOK_INT,
                                            DS__TOK_RPAREN, DS__TOK_EOF};
    for (size_t i = 0; i < 6; i++)
        assert_int_equal(kinds[i], want[i]);
}

static void invalid_numbers_are_errors_at_the_bad_character(void **state) {
    (void)state;
    EXPECT_ERROR("00", 1, 2, "invalid number, unexpected digit after 0: '0'");
    EXPECT_ERROR("-01", 1, 3, "invalid number, unexpected digit after 0: '1'");
    EXPECT_ERROR("1.", 1, 3, "invalid number, expected digit after '.' but got <EOF>");
    EXPECT_ERROR("1.e5", 1, 3, "invalid number, expected digit after '.' but got 'e'");
    EXPECT_ERROR(".5", 1, 1, "invalid number, expected digit before '.'");
    EXPECT_ERROR("1e", 1, 3, "invalid number, expected digit in exponent but got <EOF>");
    EXPECT_ERROR("1e+", 1, 4, "invalid number, expected digit in exponent but got <EOF>");
    EXPECT_ERROR("1.5e-x", 1, 6, "invalid number, expected digit in exponent but got 'x'");
    EXPECT_ERROR("-", 1, 2, "invalid number, expected digit but got <EOF>");
    EXPECT_ERROR("- 1", 1, 2, "invalid number, expected digit but got ' '");
    EXPECT_ERROR("-a", 1, 2, "invalid number, expected digit but got 'a'");
    EXPECT_ERROR("123abc", 1, 4, "invalid number, unexpected 'a' after number");
    EXPECT_ERROR("1.2.3", 1, 4, "invalid number, unexpected '.' after number");
    EXPECT_ERROR("0x1F", 1, 2, "invalid number, unexpected 'x' after number");
    EXPECT_ERROR("1_000", 1, 2, "invalid number, unexpected '_' after number");
    EXPECT_ERROR("1.5e3e", 1, 6, "invalid number, unexpected 'e' after number");
    EXPECT_ERROR("x: 12.", 1, 7, "invalid number, expected digit after '.' but got <EOF>");
}

/* ---- strings ---- */

static void simple_escapes_decode(void **state) {
    (void)state;
    EXPECT_VALUE("\"\"", "");
    EXPECT_VALUE("\"plain text\"", "plain text");
    EXPECT_VALUE("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\"", "\" \\ / \b \f \n \r \t");
    EXPECT_VALUE("\"a\\nb\"", "a\nb");
    EXPECT_VALUE("\"caf\xC3\xA9 \xF0\x9F\x98\x80\"", "caf\xC3\xA9 \xF0\x9F\x98\x80"); /* raw UTF-8 stays */
    EXPECT_VALUE("\"# not a comment, , \"", "# not a comment, , ");
    EXPECT_VALUE("\"tab\there\"", "tab\there"); /* 2021: any scalar value */
}

static void unicode_escapes_decode_to_utf8(void **state) {
    (void)state;
    EXPECT_VALUE("\"\\u0041\"", "A");
    EXPECT_VALUE("\"\\u00e9\\u00E9\"", "\xC3\xA9\xC3\xA9");
    EXPECT_VALUE("\"\\u20AC\"", "\xE2\x82\xAC");
    EXPECT_VALUE("\"\\uFFFF\"", "\xEF\xBF\xBF");
    EXPECT_VALUE("\"\\u{1F600}\"", "\xF0\x9F\x98\x80");
    EXPECT_VALUE("\"\\u{41}\\u{0000000041}\"", "AA"); /* leading zeros are fine */
    EXPECT_VALUE("\"\\u{10FFFF}\"", "\xF4\x8F\xBF\xBF");
    EXPECT_VALUE("\"\\uD83D\\uDE00\"", "\xF0\x9F\x98\x80"); /* surrogate pair */
    EXPECT_VALUE("\"\\uD800\\uDC00\"", "\xF0\x90\x80\x80");
    EXPECT_VALUE("\"\\uDBFF\\uDFFF\"", "\xF4\x8F\xBF\xBF");
    EXPECT_VALUE("\"x\\u0000y\"", "x\0y"); /* NUL is a character; the length says so */
    EXPECT_VALUE("\"\\u{0}\"", "\0");
}

static void bad_escapes_are_errors_at_the_backslash(void **state) {
    (void)state;
    EXPECT_ERROR("\"\\q\"", 1, 2, "invalid escape sequence \\q");
    EXPECT_ERROR("\"abc\\x41\"", 1, 5, "invalid escape sequence \\x");
    EXPECT_ERROR("\"\\", 1, 2, "invalid escape sequence \\ at end of input");
    EXPECT_ERROR("\"\\\n\"", 1, 2, "invalid escape sequence: \\ followed by U+000A");
    EXPECT_ERROR("\"\\u12\"", 1, 2, "invalid Unicode escape sequence \\u12\"");
    EXPECT_ERROR("\"\\u12", 1, 2, "invalid Unicode escape sequence \\u12");
    EXPECT_ERROR("\"\\uGHIJ\"", 1, 2, "invalid Unicode escape sequence \\uG");
    EXPECT_ERROR("\"\\u{}\"", 1, 2, "invalid Unicode escape sequence \\u{}");
    EXPECT_ERROR("\"\\u{110000}\"", 1, 2, "invalid Unicode escape sequence \\u{110000");
    EXPECT_ERROR("\"\\u{FFFFFFFFFFFF}\"", 1, 2, "invalid Unicode escape sequence \\u{FFFFFF");
    EXPECT_ERROR("\"\\u{1F600\"", 1, 2, "invalid Unicode escape sequence \\u{1F600\"");
    EXPECT_ERROR("\"\\u{1F600", 1, 2, "invalid Unicode escape sequence \\u{1F600");
    EXPECT_ERROR("\"\\u{12x}\"", 1, 2, "invalid Unicode escape sequence \\u{12x");
    /* braced escapes must be scalar values: no surrogates, paired or not */
    EXPECT_ERROR("\"\\u{D83D}\"", 1, 2, "invalid Unicode escape sequence \\u{D83D}");
}

static void lone_surrogates_are_errors(void **state) {
    (void)state;
    EXPECT_ERROR("\"\\uD83D\"", 1, 2, "invalid Unicode escape sequence \\uD83D: lone surrogate");
    EXPECT_ERROR("\"\\uDE00\"", 1, 2, "invalid Unicode escape sequence \\uDE00: lone surrogate");
    EXPECT_ERROR("\"ab\\uD83Dx\"", 1, 4, "invalid Unicode escape sequence \\uD83D: lone surrogate");
    EXPECT_ERROR("\"\\uD83D\\u0041\"", 1, 2, "invalid Unicode escape sequence \\uD83D: lone surrogate");
    EXPECT_ERROR("\"\\uD83D\\uD83D\"", 1, 2, "invalid Unicode escape sequence \\uD83D: lone surrogate");
    EXPECT_ERROR("\"\\uD83D\\u{DE00}\"", 1, 2, "invalid Unicode escape sequence \\uD83D: lone surrogate");
    EXPECT_ERROR("\"\\uDE00\\uD83D\"", 1, 2, "invalid Unicode escape sequence \\uDE00: lone surrogate");
}

static void unterminated_strings_are_errors_where_they_stop(void **state) {
    (void)state;
    EXPECT_ERROR("\"abc", 1, 5, "unterminated string");
    EXPECT_ERROR("x \"abc\ndef\"", 1, 7, "unterminated string");
    EXPECT_ERROR("\"abc\r\"", 1, 5, "unterminated string");
    EXPECT_ERROR("\"", 1, 2, "unterminated string");
    EXPECT_ERROR("\"\"\"abc\n  \"\"", 2, 5, "unterminated block string");
    EXPECT_ERROR("\"\"\"abc \\\"\"\"", 1, 12, "unterminated block string"); /* \""" does not close */
}

/* ---- block strings (spec §2.9.4) ---- */

static void block_strings_remove_common_indentation(void **state) {
    (void)state;
    /* the spec's example */
    EXPECT_VALUE("\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"",
                 "Hello,\n  World!\n\nYours,\n  GraphQL.");
    /* the first line does not count towards, nor lose, indentation */
    EXPECT_VALUE("\"\"\"  first\n    second\n      third\"\"\"", "  first\nsecond\n  third");
    /* blank lines (only spaces and tabs) do not count either */
    EXPECT_VALUE("\"\"\"\n  a\n \n\t\n    b\n  \"\"\"", "a\n\n\n  b");
    /* tabs are whitespace like spaces */
    EXPECT_VALUE("\"\"\"\n\t\tx\n\t\t\ty\n\"\"\"", "x\n\ty");
    EXPECT_VALUE("\"\"\"single line\"\"\"", "single line");
    EXPECT_VALUE("\"\"\"   padded   \"\"\"", "   padded   ");
}

static void block_strings_trim_blank_first_and_last_lines(void **state) {
    (void)state;
    EXPECT_VALUE("\"\"\"\"\"\"", "");
    EXPECT_VALUE("\"\"\"   \n  \n\t\"\"\"", "");
    EXPECT_VALUE("\"\"\"\n\n\n  x\n\n\n\"\"\"", "x");
    EXPECT_VALUE("\"\"\"\n  x\n\n  y\n\n  \"\"\"", "x\n\ny"); /* inner blank lines stay */
}

static void block_strings_normalise_line_endings_and_keep_escapes_raw(void **state) {
    (void)state;
    EXPECT_VALUE("\"\"\"\r\n  a\r\n  b\r  c\n  d\r\n\"\"\"", "a\nb\nc\nd");
    EXPECT_VALUE("\"\"\"a \\\"\"\" b\"\"\"", "a \"\"\" b");
    EXPECT_VALUE("\"\"\"\\\"\"\"\\\"\"\"\"\"\"", "\"\"\"\"\"\"");
    EXPECT_VALUE("\"\"\"\\n \\u0041 \\\\ \"x\"\"\"", "\\n \\u0041 \\\\ \"x");
    EXPECT_VALUE("\"\"\"\\\\\"\"\" x\"\"\"", "\\\"\"\" x"); /* \\""" is \ then an escaped """ */
    EXPECT_VALUE("\"\"\"\n    \\\"\"\"\n    x\n\"\"\"", "\"\"\"\nx");
    EXPECT_VALUE("\"\"\"\n  \xC3\xA9t\xC3\xA9\n    \xF0\x9F\x98\x80\n\"\"\"", "\xC3\xA9t\xC3\xA9\n  \xF0\x9F\x98\x80");
}

/* ---- positions ---- */

static void lines_and_columns_follow_terminators_and_code_points(void **state) {
    (void)state;
    /* \n, \r\n and \r are one line break each; é and 😀 one column each */
    static const char text[] = "a\nb\r\nc\rd\n\"\xC3\xA9\xF0\x9F\x98\x80\" e\n\"\"\"x\r\ny\"\"\" f\r\n\r\n  g";
    ds__gql_tok_kind kinds[16];
    ds__gql_token toks[16];
    size_t n = lex_all(text, sizeof text - 1, kinds, toks, 16, NULL);
    static const uint32_t want[][3] = {{1, 1, 0},  {2, 1, 2},  {3, 1, 5},  {4, 1, 7},  {5, 1, 9},
                                       {5, 6, 18}, {6, 1, 20}, {7, 6, 31}, {9, 3, 38}, {9, 4, 39}};
    assert_int_equal(n, sizeof want / sizeof *want);
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(toks[i].loc.line, want[i][0]);
        assert_int_equal(toks[i].loc.column, want[i][1]);
        assert_int_equal(toks[i].loc.offset, want[i][2]);
    }
    assert_int_equal(kinds[4], DS__TOK_STRING);
    assert_int_equal(toks[4].len, 8);
    assert_int_equal(kinds[6], DS__TOK_BLOCK_STRING);
    assert_int_equal(kinds[9], DS__TOK_EOF);
}

static void errors_after_multibyte_text_have_code_point_columns(void **state) {
    (void)state;
    EXPECT_ERROR("\"\xC3\xA9\xE2\x82\xAC\" %", 1, 6, "unexpected character '%'");
    EXPECT_ERROR("# \xF0\x9F\x98\x80\n  \"\xF0\x9F\x98\x80\\q\"", 2, 5, "invalid escape sequence \\q");
    EXPECT_ERROR("\"\"\"\n\xC3\xA9\xC3\xA9\r\n\xC3\xA9\"\"\" ?", 3, 6, "unexpected character '?'");
}

/* ---- bad characters ---- */

static void unexpected_characters_are_named(void **state) {
    (void)state;
    EXPECT_ERROR("%", 1, 1, "unexpected character '%'");
    EXPECT_ERROR("a ?", 1, 3, "unexpected character '?'");
    EXPECT_ERROR(".", 1, 1, "unexpected character '.'");
    EXPECT_ERROR("..", 1, 1, "unexpected character '.'");
    EXPECT_ERROR("a .. b", 1, 3, "unexpected character '.'");
    EXPECT_ERROR("'x'", 1, 1, "unexpected character '''");
    EXPECT_ERROR("\xC3\xA9", 1, 1, "unexpected character U+00E9");
    EXPECT_ERROR("x \xEF\xBB\xBF\xF0\x9F\x98\x80", 1, 4, "unexpected character U+1F600");
    /* control characters are not ignored tokens */
    EXPECT_ERROR("\x07", 1, 1, "unexpected character U+0007");
    EXPECT_ERROR("a\x0B", 1, 2, "unexpected character U+000B");
    EXPECT_ERROR("a\0", 1, 2, "unexpected character U+0000");
    EXPECT_ERROR("\x7F", 1, 1, "unexpected character U+007F");
}

static void invalid_utf8_is_an_error_everywhere(void **state) {
    (void)state;
    EXPECT_ERROR("\x80", 1, 1, "invalid UTF-8 byte 0x80");
    EXPECT_ERROR("a \xC0\x80", 1, 3, "invalid UTF-8 byte 0xC0");                   /* overlong */
    EXPECT_ERROR("\"\xED\xA0\x80\"", 1, 2, "invalid UTF-8 byte 0xED");             /* surrogate */
    EXPECT_ERROR("\"\xF4\x90\x80\x80\"", 1, 2, "invalid UTF-8 byte 0xF4");         /* > U+10FFFF */
    EXPECT_ERROR("\"ab\xE2\x82", 1, 4, "invalid UTF-8 byte 0xE2");                 /* cut short */
    EXPECT_ERROR("# ok\n# \xFF", 2, 3, "invalid UTF-8 byte 0xFF");                 /* in a comment */
    EXPECT_ERROR("\"\"\"\n  \xC3\x28\"\"\"", 2, 3, "invalid UTF-8 byte 0xC3");     /* in a block string */
    EXPECT_ERROR("\xE2\x82", 1, 1, "invalid UTF-8 byte 0xE2");
    EXPECT_ERROR("\xEF\xBB", 1, 1, "invalid UTF-8 byte 0xEF"); /* half a BOM */
}

static void errors_are_sticky(void **state) {
    (void)state;
    src in = SRC("a % b");
    ds__gql_lexer lx;
    ds__gql_token t;
    ds__gql_lexer_init(&lx, in.text, in.len);
    assert_int_equal(ds__gql_lex(&lx, &t), DS__TOK_NAME);
    assert_int_equal(ds__gql_lex(&lx, &t), DS__TOK_ERROR);
    assert_int_equal(t.loc.column, 3);
    assert_int_equal(ds__gql_lex(&lx, &t), DS__TOK_ERROR);
    assert_int_equal(t.loc.column, 3);
    assert_string_equal(lx.error, "unexpected character '%'");
    free(in.text);
}

static void control_characters_are_allowed_in_strings_and_comments(void **state) {
    (void)state;
    EXPECT_VALUE("\"a\x01\x7F" "b\"", "a\x01\x7F" "b");
    EXPECT_VALUE("\"a\0b\"", "a\0b");
    EXPECT_VALUE("\"\"\"a\x1F\"\"\"", "a\x1F");
    ds__gql_tok_kind kinds[4];
    assert_int_equal(lex_all("# \x01\x02\0\nx", 7, kinds, NULL, 4, NULL), 2);
    assert_int_equal(kinds[0], DS__TOK_NAME);
}

static void string_value_rejects_tokens_that_are_not_strings(void **state) {
    (void)state;
    ds__arena *a = ds__arena_new(0);
    ds__gql_token t = {DS__TOK_NAME, "abc", 3, {1, 1, 0}};
    char err[256];
    size_t n = 99;
    assert_null(ds__gql_string_value(a, &t, &n, err, sizeof err));
    assert_string_equal(err, "not a string token");
    /* a hand-made token with a bad escape is refused, not trusted */
    ds__gql_token bad = {DS__TOK_STRING, "\"\\uD800\"", 8, {1, 1, 0}};
    assert_null(ds__gql_string_value(a, &bad, &n, err, sizeof err));
    assert_string_equal(err, "invalid Unicode escape sequence \\uD800: lone surrogate");
    ds__gql_token shortblk = {DS__TOK_BLOCK_STRING, "\"\"\"\"", 4, {1, 1, 0}};
    assert_null(ds__gql_string_value(a, &shortblk, NULL, NULL, 0));
    ds__arena_free(a);
}

static void string_value_reports_no_memory(void **state) {
    (void)state;
    ds__arena *a = ds__arena_new(64); /* smaller than one block: every alloc fails */
    ds__gql_token t = {DS__TOK_STRING, "\"abc\"", 5, {1, 1, 0}};
    char err[256];
    assert_null(ds__gql_string_value(a, &t, NULL, err, sizeof err));
    assert_string_equal(err, "out of memory");
    ds__arena_free(a);
}

static void token_kinds_have_descriptions(void **state) {
    (void)state;
    assert_string_equal(ds__gql_tok_describe(DS__TOK_EOF), "<EOF>");
    assert_string_equal(ds__gql_tok_describe(DS__TOK_RBRACE), "\"}\"");
    assert_string_equal(ds__gql_tok_describe(DS__TOK_SPREAD), "\"...\"");
    assert_string_equal(ds__gql_tok_describe(DS__TOK_NAME), "Name");
    assert_string_equal(ds__gql_tok_describe(DS__TOK_INT), "Int");
    assert_string_equal(ds__gql_tok_describe(DS__TOK_FLOAT), "Float");
    assert_string_equal(ds__gql_tok_describe(DS__TOK_STRING), "String");
    assert_string_equal(ds__gql_tok_describe(DS__TOK_BLOCK_STRING), "BlockString");
    for (int k = DS__TOK_EOF; k <= DS__TOK_ERROR; k++)
        assert_true(strlen(ds__gql_tok_describe((ds__gql_tok_kind)k)) > 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_punctuator_has_its_own_kind),
        cmocka_unit_test(names_follow_the_name_grammar),
        cmocka_unit_test(ignored_tokens_are_skipped),
        cmocka_unit_test(end_of_input_repeats),
        cmocka_unit_test(valid_numbers_lex_as_int_or_float),
        cmocka_unit_test(invalid_numbers_are_errors_at_the_bad_character),
        cmocka_unit_test(simple_escapes_decode),
        cmocka_unit_test(unicode_escapes_decode_to_utf8),
        cmocka_unit_test(bad_escapes_are_errors_at_the_backslash),
        cmocka_unit_test(lone_surrogates_are_errors),
        cmocka_unit_test(unterminated_strings_are_errors_where_they_stop),
        cmocka_unit_test(block_strings_remove_common_indentation),
        cmocka_unit_test(block_strings_trim_blank_first_and_last_lines),
        cmocka_unit_test(block_strings_normalise_line_endings_and_keep_escapes_raw),
        cmocka_unit_test(lines_and_columns_follow_terminators_and_code_points),
        cmocka_unit_test(errors_after_multibyte_text_have_code_point_columns),
        cmocka_unit_test(unexpected_characters_are_named),
        cmocka_unit_test(invalid_utf8_is_an_error_everywhere),
        cmocka_unit_test(errors_are_sticky),
        cmocka_unit_test(control_characters_are_allowed_in_strings_and_comments),
        cmocka_unit_test(string_value_rejects_tokens_that_are_not_strings),
        cmocka_unit_test(string_value_reports_no_memory),
        cmocka_unit_test(token_kinds_have_descriptions),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
