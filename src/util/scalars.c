/*
 * Scalar text validators; see scalars.h for the two rule sets.
 *
 * DS__RULES_DEFAULT_VALUE reproduces @aws-amplify/graphql-default-value-
 * transformer 3.1.18 (lib/validators.js), which runs in Node 20. Each check
 * below says which JavaScript behaviour it stands for. Input is UTF-8; the
 * transformer sees the same text as a JavaScript string (invalid UTF-8 would
 * have become U+FFFD there, which no check here accepts where it matters).
 *
 *   ID, String    anything.
 *   Int,          parseInt(x, 10) is a number: after JavaScript white space
 *   AWSTimestamp  (StrWhiteSpaceChar, Unicode included) an optional sign and
 *                 a digit. "12abc" and " -7" pass; "abc", ".5", "" do not.
 *   Float         parseFloat(x) is a number: after white space an optional
 *                 sign, then "Infinity", a digit, or "." and a digit.
 *   Boolean       /^(true|false)$/i (ASCII case only: JavaScript's
 *                 non-Unicode case folding never maps a non-ASCII letter to
 *                 an ASCII one).
 *   AWSJSON       JSON.parse succeeds. Done with jansson; the differences
 *                 are listed at json_ok().
 *   AWSDate       YYYY-MM-DD, month 01-12, day 01-31 and within the month
 *                 (leap years by the Gregorian rule, year 0000 is leap).
 *   AWSTime       hh:mm:ss, optional "." and one or more digits, then Z or an
 *                 offset [+-|]hh:mm. The offset is required, and '|' really
 *                 is accepted as its sign: the transformer's regular
 *                 expression spells the sign class [+|-].
 *   AWSDateTime   AWSDate "T" AWSTime, except that '|' is refused there,
 *                 because Date.parse rejects it. (Its regular expression
 *                 allows second 60, which the AWSTime check then refuses.)
 *   AWSEmail      the transformer's EMAIL_ADDRESS_REGEX: a local part of
 *                 [A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+, "@", and dot-separated
 *                 labels of 1-63 letters, digits and '-' that begin and end
 *                 with a letter or digit.
 *   AWSIPAddress  net.isIP(x) != 0 (Node 20's own regular expressions):
 *                 dotted-quad IPv4 without leading zeros, or IPv6 text with
 *                 at most one "::" and an optional dotted-quad tail, and an
 *                 optional zone "%" [0-9A-Za-z.:-]+ on IPv6 only.
 *   AWSURL        new URL(x) does not throw (WHATWG URL, as Node's Ada
 *                 parser implements it). Exact except in host names: see
 *                 url_ok() for what is approximated in non-ASCII and
 *                 Punycode ("xn--") labels.
 *   AWSPhone      libphonenumber-js 1.9.47 isValidNumber(x) with no default
 *                 country. Approximated; see phone_default_ok().
 *
 * DS__RULES_RECORD: what DataStore JS (datastore/src/util.ts, the isAWS*
 * functions) and AppSync's documented formats both accept.
 *
 *   ID, String    well-formed UTF-8.
 *   Int           -?[0-9]+ within signed 32 bits (AppSync's Int).
 *   Float         JSON number syntax whose value is finite as a double.
 *   Boolean       exactly "true" or "false".
 *   AWSDate       YYYY-MM-DD, a real calendar date, optional offset.
 *   AWSTime       hh:mm, hh:mm:ss or hh:mm:ss.f (1-9 digits, AppSync's
 *                 nanoseconds), optional offset.
 *   AWSDateTime   AWSDate "T" AWSTime with a required offset.
 *                 Offsets are Z, +hh:mm, -hh:mm, or with :ss as well (AppSync
 *                 accepts seconds there), hh 00-23, mm and ss 00-59.
 *                 "T" and "Z" are upper case only, as in DataStore's regular
 *                 expressions; AppSync's negative years are refused, because
 *                 DataStore refuses them.
 *   AWSTimestamp  digits only (DataStore: /^\d+$/ on String(value); so no
 *                 sign), at most INT64_MAX.
 *   AWSEmail      the same expression as above (DataStore uses it too).
 *   AWSJSON       JSON text, as above.
 *   AWSURL        new URL(x) succeeds (DataStore) and, for AppSync's RFC 1738
 *                 form: no white space, control characters or '\' anywhere;
 *                 something after the colon; http, https, ws, wss and ftp
 *                 URLs start "scheme://" with exactly two slashes; the path
 *                 never contains "//" (AppSync's documented rule).
 *   AWSPhone      DataStore's /^\+?\d[\d\s-]+$/ with 7 to 15 digits in all
 *                 (E.164's longest is 15; the shortest numbers, e.g. Niue's,
 *                 are 7 with the country code).
 *   AWSIPAddress  IPv4 or IPv6 as above without a zone, optionally followed
 *                 by a CIDR prefix "/n" (n 0-32 or 0-128, no leading zeros),
 *                 which AppSync accepts ("127.0.0.1/8").
 *
 * Nothing here allocates except json_loadb(); everything reads only the
 * given bytes, and there is no state, so every function is thread-safe.
 */
#include "util/scalars.h"

#include <jansson.h>
#include <stdint.h>
#include <string.h>

typedef const unsigned char *bytes;

/* The public checks take text == NULL as "" when n is 0, and refuse it otherwise. */
#define NULL_MEANS_EMPTY(text, n)                                                                                      \
    do {                                                                                                               \
        if (!(text)) {                                                                                                 \
            if ((n) != 0)                                                                                              \
                return false;                                                                                          \
            (text) = "";                                                                                               \
        }                                                                                                              \
    } while (0)

/* ---- characters --------------------------------------------------------- */

static bool is_digit(int c) {
    return c >= '0' && c <= '9';
}

static bool is_alpha(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_alnum(int c) {
    return is_digit(c) || is_alpha(c);
}

static int hex_value(int c) {
    if (is_digit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static int to_lower(int c) {
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* The two digits at p as a number, or -1. */
static int two_digits(bytes p) {
    return is_digit(p[0]) && is_digit(p[1]) ? (p[0] - '0') * 10 + (p[1] - '0') : -1;
}

/*
 * Decodes the UTF-8 sequence at s[i] (i < n). Returns its length and stores
 * the code point, or returns 0 when the bytes are not well-formed UTF-8
 * (Unicode's Table 3-7: no overlong forms, surrogates or values past
 * U+10FFFF).
 */
static size_t utf8_decode(bytes s, size_t n, size_t i, uint32_t *cp) {
    unsigned c = s[i], lo = 0x80, hi = 0xBF;
    size_t need;
    uint32_t v;
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        v = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        v = c & 0x0F;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        v = c & 0x07;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    if (n - i <= need)
        return 0;
    for (size_t k = 1; k <= need; k++) {
        unsigned d = s[i + k];
        if (d < lo || d > hi)
            return 0;
        lo = 0x80;
        hi = 0xBF;
        v = (v << 6) | (d & 0x3F);
    }
    *cp = v;
    return need + 1;
}

static bool utf8_valid(bytes s, size_t n) {
    uint32_t cp;
    for (size_t i = 0, k; i < n; i += k)
        if ((k = utf8_decode(s, n, i, &cp)) == 0)
            return false;
    return true;
}

/*
 * JavaScript's white space and line terminators: what String.prototype.trim,
 * parseInt and parseFloat skip, and what \s matches. U+180E stopped being
 * one in Unicode 6.3, and V8 agrees.
 */
static bool is_js_space(uint32_t cp) {
    switch (cp) {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20: case 0xA0:
    case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
        return true;
    default:
        return cp >= 0x2000 && cp <= 0x200A;
    }
}

static size_t skip_js_space(bytes s, size_t n) {
    size_t i = 0, k;
    uint32_t cp;
    while (i < n && (k = utf8_decode(s, n, i, &cp)) != 0 && is_js_space(cp))
        i += k;
    return i;
}

static bool equals_ascii_nocase(bytes s, size_t n, const char *word) {
    size_t len = strlen(word);
    if (n != len)
        return false;
    for (size_t i = 0; i < n; i++)
        if (to_lower(s[i]) != word[i])
            return false;
    return true;
}

/* ---- ID, String, Int, Float, Boolean ------------------------------------ */

bool ds__is_id_or_string(const char *s, size_t n, ds__scalar_rules r) {
    NULL_MEANS_EMPTY(s, n);
    return r == DS__RULES_DEFAULT_VALUE ? true : utf8_valid((bytes)s, n);
}

/* !Number.isNaN(parseInt(x, 10)) */
static bool js_parse_int_ok(bytes s, size_t n) {
    size_t i = skip_js_space(s, n);
    if (i < n && (s[i] == '+' || s[i] == '-'))
        i++;
    return i < n && is_digit(s[i]);
}

/* -?[0-9]+ whose value is at most `max`, or max + 1 when negative. */
static bool decimal_in_range(bytes s, size_t n, bool allow_minus, uint64_t max) {
    size_t i = 0;
    uint64_t v = 0, limit = max;
    if (allow_minus && n > 0 && s[0] == '-') {
        limit = max + 1;
        i = 1;
    }
    if (i == n)
        return false;
    bool over = false;
    for (; i < n; i++) {
        if (!is_digit(s[i]))
            return false;
        uint64_t d = (uint64_t)(s[i] - '0');
        if (over || v > (limit - d) / 10)
            over = true;
        else
            v = v * 10 + d;
    }
    return !over;
}

bool ds__is_int(const char *s, size_t n, ds__scalar_rules r) {
    NULL_MEANS_EMPTY(s, n);
    if (r == DS__RULES_DEFAULT_VALUE)
        return js_parse_int_ok((bytes)s, n);
    return decimal_in_range((bytes)s, n, true, INT32_MAX);
}

/* !Number.isNaN(parseFloat(x)): the longest prefix that is a StrDecimalLiteral. */
static bool js_parse_float_ok(bytes s, size_t n) {
    size_t i = skip_js_space(s, n);
    if (i < n && (s[i] == '+' || s[i] == '-'))
        i++;
    if (i < n && is_digit(s[i]))
        return true;
    if (i + 1 < n && s[i] == '.' && is_digit(s[i + 1]))
        return true;
    return n - i >= 8 && memcmp(s + i, "Infinity", 8) == 0;
}

/*
 * The significant digits of 2^1024 - 2^970, the least value that rounds to
 * infinity as a double (it lies half way between DBL_MAX and 2^1024 and ties
 * go to the even neighbour, 2^1024). It has 309 digits before the point.
 */
static const char overflow_digits[] =
    "17976931348623158079372897140530341507993413271003782693617377898044496829276475094664901797758720709"
    "63302864166928879109465555478519404026306574886715058206819089020007083836762738548458177115317644757"
    "302700698555713669596228429148198608349364752927190741684443655107043427115596995080930428801779041744"
    "97792";

/* A walk over the digits of a JSON number's integer and fraction parts. */
typedef struct digit_walk {
    bytes s;
    size_t i, int_end, frac_start, frac_end;
} digit_walk;

static int digit_walk_next(digit_walk *w) {
    if (w->i == w->int_end)
        w->i = w->frac_start;
    if (w->i >= w->frac_end)
        return -1;
    return w->s[w->i++] - '0';
}

/* JSON number syntax with a value whose magnitude rounds to a finite double. */
static bool json_number_finite(bytes s, size_t n) {
    size_t i = 0;
    if (i < n && s[i] == '-')
        i++;
    if (i == n)
        return false;
    size_t int_start = i;
    if (s[i] == '0')
        i++;
    else if (s[i] >= '1' && s[i] <= '9')
        while (i < n && is_digit(s[i]))
            i++;
    else
        return false;
    size_t int_end = i, frac_start = i, frac_end = i;
    if (i < n && s[i] == '.') {
        frac_start = ++i;
        while (i < n && is_digit(s[i]))
            i++;
        frac_end = i;
        if (frac_end == frac_start)
            return false;
    }
    int64_t exp = 0;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        bool neg = false;
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            neg = s[i++] == '-';
        if (i == n || !is_digit(s[i]))
            return false;
        for (; i < n && is_digit(s[i]); i++)
            if (exp < 1000000000) /* far past any double; stops overflow */
                exp = exp * 10 + (s[i] - '0');
        if (neg)
            exp = -exp;
    }
    if (i != n)
        return false;

    /* value = 0.D x 10^P, D's first digit not zero; finite when below the overflow threshold. */
    digit_walk w = {s, int_start, int_end, frac_start, frac_end};
    int64_t point = (int64_t)(int_end - int_start) + exp;
    int d;
    while ((d = digit_walk_next(&w)) == 0)
        point--;
    if (d < 0)
        return true; /* zero */
    if (point != 309)
        return point < 309;
    for (size_t k = 0; k < sizeof overflow_digits - 1; k++) {
        int t = overflow_digits[k] - '0';
        if (d < 0)
            d = 0;
        if (d != t)
            return d < t;
        d = digit_walk_next(&w);
    }
    return false; /* equal to the threshold, or above it */
}

bool ds__is_float(const char *s, size_t n, ds__scalar_rules r) {
    NULL_MEANS_EMPTY(s, n);
    if (r == DS__RULES_DEFAULT_VALUE)
        return js_parse_float_ok((bytes)s, n);
    return json_number_finite((bytes)s, n);
}

bool ds__is_boolean(const char *s, size_t n, ds__scalar_rules r) {
    NULL_MEANS_EMPTY(s, n);
    if (r == DS__RULES_DEFAULT_VALUE)
        return equals_ascii_nocase((bytes)s, n, "true") || equals_ascii_nocase((bytes)s, n, "false");
    return (n == 4 && memcmp(s, "true", 4) == 0) || (n == 5 && memcmp(s, "false", 5) == 0);
}

/* ---- AWSJSON ------------------------------------------------------------ */

/*
 * JSON.parse(x) succeeds. jansson with JSON_DECODE_ANY takes any top-level
 * value and, like JSON.parse, skips space, tab, CR and LF around it;
 * JSON_ALLOW_NUL lets "\u0000" through in strings as JSON.parse does;
 * integers are read as doubles so that long ones are not refused as too
 * big. Known differences, all refused here and accepted by JSON.parse:
 * numbers beyond the range of a double (1e400), escaped lone surrogates
 * ("\ud800"), "\u0000" inside an object key, and nesting deeper than
 * jansson's limit of 2048. Bytes that are not UTF-8 are
 * refused too (JavaScript would have read them as U+FFFD).
 */
static bool json_ok(bytes s, size_t n) {
    json_error_t err;
    if (n == 0 || memchr(s, '\0', n))
        return false; /* JSON.parse never takes a raw NUL; jansson may stop reading at one */
    json_t *v = json_loadb((const char *)s, n, JSON_DECODE_ANY | JSON_ALLOW_NUL | JSON_DECODE_INT_AS_REAL, &err);
    if (!v)
        return false;
    json_decref(v);
    return true;
}

bool ds__is_aws_json(const char *s, size_t n, ds__scalar_rules r) {
    NULL_MEANS_EMPTY(s, n);
    (void)r;
    return json_ok((bytes)s, n);
}

/* ---- AWSDate, AWSTime, AWSDateTime, AWSTimestamp ------------------------- */

static bool leap_year(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* YYYY-MM-DD in s[0..10), a date that exists (both rule sets). */
static bool date10(bytes s) {
    for (int k = 0; k < 4; k++)
        if (!is_digit(s[k]))
            return false;
    if (s[4] != '-' || s[7] != '-')
        return false;
    int year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    int month = two_digits(s + 5), day = two_digits(s + 8);
    static const int days[13] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 || day > days[month])
        return false;
    return !(month == 2 && day == 29 && !leap_year(year));
}

/* hh:mm:ss(.d+)?(Z|[sign]hh:mm) filling s[0..n): the transformer's TIME_REGEX. */
static bool default_time(bytes s, size_t n, bool bar_sign) {
    if (n < 9)
        return false;
    int hh = two_digits(s), mm = two_digits(s + 3), ss = two_digits(s + 6);
    if (hh < 0 || hh > 23 || s[2] != ':' || mm < 0 || mm > 59 || s[5] != ':' || ss < 0 || ss > 59)
        return false;
    size_t i = 8;
    if (s[i] == '.') {
        size_t start = ++i;
        while (i < n && is_digit(s[i]))
            i++;
        if (i == start)
            return false;
    }
    if (i < n && s[i] == 'Z')
        return i + 1 == n;
    if (i < n && (s[i] == '+' || s[i] == '-' || (bar_sign && s[i] == '|')) && n - i == 6) {
        int oh = two_digits(s + i + 1), om = two_digits(s + i + 4);
        return oh >= 0 && oh <= 23 && s[i + 3] == ':' && om >= 0 && om <= 59;
    }
    return false;
}

/* Z, [+-]hh:mm or [+-]hh:mm:ss filling s[0..n). */
static bool record_offset(bytes s, size_t n) {
    if (n == 1)
        return s[0] == 'Z';
    if ((n != 6 && n != 9) || (s[0] != '+' && s[0] != '-'))
        return false;
    int hh = two_digits(s + 1), mm = two_digits(s + 4);
    if (hh < 0 || hh > 23 || s[3] != ':' || mm < 0 || mm > 59)
        return false;
    if (n == 9) {
        int ss = two_digits(s + 7);
        return s[6] == ':' && ss >= 0 && ss <= 59;
    }
    return true;
}

/* hh:mm(:ss(.d{1,9})?)? at the start of s[0..n): bytes used, or 0. */
static size_t record_clock(bytes s, size_t n) {
    if (n < 5)
        return 0;
    int hh = two_digits(s), mm = two_digits(s + 3);
    if (hh < 0 || hh > 23 || s[2] != ':' || mm < 0 || mm > 59)
        return 0;
    size_t i = 5;
    if (i < n && s[i] == ':') {
        int ss = n - i >= 3 ? two_digits(s + i + 1) : -1;
        if (ss < 0 || ss > 59)
            return 0;
        i += 3;
        if (i < n && s[i] == '.') {
            size_t start = ++i;
            while (i < n && is_digit(s[i]))
                i++;
            if (i == start || i - start > 9)
                return 0;
        }
    }
    return i;
}

bool ds__is_aws_date(const char *text, size_t n, ds__scalar_rules r) {
    NULL_MEANS_EMPTY(text, n);
    bytes s = (bytes)text;
    if (n < 10 || !date10(s))
        return false;
    if (r == DS__RULES_DEFAULT_VALUE)
        return n == 10;
    return n == 10 || record_offset(s + 10, n - 10);
}

bool ds__is_aws_time(const char *text, size_t n, ds__scalar_rules r) {
    NULL_MEANS_EMPTY(text, n);
    bytes s = (bytes)text;
    if (r == DS__RULES_DEFAULT_VALUE)
        return default_time(s, n, true);
    size_t k = record_clock(s, n);
    return k > 0 && (k == n || record_offset(s + k, n - k));
}

bool ds__is_aws_datetime(const char *text, size_t n, ds__scalar_rules r) {
    NULL_MEANS_EMPTY(text, n);
    bytes s = (bytes)text;
    if (n < 11 || !date10(s) || s[10] != 'T')
        return false;
    if (r == DS__RULES_DEFAULT_VALUE)
        return default_time(s + 11, n - 11, false);
    size_t k = record_clock(s + 11, n - 11);
    return k > 0 && record_offset(s + 11 + k, n - 11 - k);
}

bool ds__is_aws_timestamp(const char *s, size_t n, ds__scalar_rules r) {
    NULL_MEANS_EMPTY(s, n);
    if (r == DS__RULES_DEFAULT_VALUE)
        return js_parse_int_ok((bytes)s, n);
    return decimal_in_range((bytes)s, n, false, INT64_MAX);
}

/* ---- AWSEmail ----------------------------------------------------------- */

static bool email_local_char(int c) {
    return is_alnum(c) || (c != 0 && strchr(".!#$%&'*+/=?^_`{|}~-", c) != NULL);
}

bool ds__is_aws_email(const char *text, size_t n, ds__scalar_rules r) {
    NULL_MEANS_EMPTY(text, n);
    bytes s = (bytes)text;
    size_t i = 0;
    (void)r;
    while (i < n && email_local_char(s[i]))
        i++;
    if (i == 0 || i == n || s[i] != '@')
        return false;
    /* The domain: labels split at '.', each 1-63 of [A-Za-z0-9-], not starting or ending with '-'. */
    for (;;) {
        size_t start = ++i;
        while (i < n && (is_alnum(s[i]) || s[i] == '-'))
            i++;
        if (i == start || i - start > 63 || s[start] == '-' || s[i - 1] == '-')
            return false;
        if (i == n)
            return true;
        if (s[i] != '.')
            return false;
    }
}

/* ---- AWSIPAddress ------------------------------------------------------- */

/* Dotted quad filling s[0..n), each part 0-255 with no leading zero. */
static bool ipv4_ok(bytes s, size_t n) {
    size_t i = 0;
    for (int part = 0; part < 4; part++) {
        if (part > 0) {
            if (i == n || s[i] != '.')
                return false;
            i++;
        }
        size_t start = i;
        int v = 0;
        while (i < n && is_digit(s[i]) && i - start < 3)
            v = v * 10 + (s[i++] - '0');
        if (i == start || (s[start] == '0' && i - start > 1) || v > 255)
            return false;
    }
    return i == n;
}

/*
 * IPv6 text filling s[0..n): 1-4 hex digit groups separated by ':', at most
 * one "::" standing for one or more zero groups, and an optional dotted quad
 * as the last two groups. This is the language of Node's IPv6 expression
 * and of the WHATWG URL IPv6 parser alike.
 */
static bool ipv6_ok(bytes s, size_t n) {
    size_t i = 0, groups = 0;
    bool compressed = false;
    if (n >= 2 && s[0] == ':' && s[1] == ':') {
        compressed = true;
        i = 2;
        if (i == n)
            return true;
    }
    for (;;) {
        size_t start = i;
        while (i < n && i - start < 4 && hex_value(s[i]) >= 0)
            i++;
        if (i == start)
            return false;
        if (i < n && s[i] == '.') {
            if (!ipv4_ok(s + start, n - start))
                return false;
            groups += 2;
            break;
        }
        groups++;
        if (groups > 8)
            return false;
        if (i == n)
            break;
        if (s[i] != ':')
            return false;
        i++;
        if (i < n && s[i] == ':') {
            if (compressed)
                return false;
            compressed = true;
            i++;
            if (i == n)
                break;
        } else if (i == n) {
            return false;
        }
    }
    return compressed ? groups <= 7 : groups == 8;
}

/* net.isIP(x) != 0. */
static bool node_is_ip(bytes s, size_t n) {
    if (ipv4_ok(s, n))
        return true;
    const unsigned char *pct = memchr(s, '%', n);
    if (!pct)
        return ipv6_ok(s, n);
    size_t addr = (size_t)(pct - s);
    if (addr + 1 == n)
        return false;
    for (size_t i = addr + 1; i < n; i++)
        if (!is_alnum(s[i]) && s[i] != '-' && s[i] != '.' && s[i] != ':')
            return false;
    return ipv6_ok(s, addr);
}

bool ds__is_aws_ip_address(const char *text, size_t n, ds__scalar_rules r) {
    NULL_MEANS_EMPTY(text, n);
    bytes s = (bytes)text;
    if (r == DS__RULES_DEFAULT_VALUE)
        return node_is_ip(s, n);
    const unsigned char *slash = memchr(s, '/', n);
    size_t addr = slash ? (size_t)(slash - s) : n;
    int max_prefix;
    if (ipv4_ok(s, addr))
        max_prefix = 32;
    else if (ipv6_ok(s, addr))
        max_prefix = 128;
    else
        return false;
    if (!slash)
        return true;
    size_t p = addr + 1, len = n - p;
    if (len == 0 || len > 3 || (s[p] == '0' && len > 1))
        return false;
    int v = 0;
    for (size_t i = p; i < n; i++) {
        if (!is_digit(s[i]))
            return false;
        v = v * 10 + (s[i] - '0');
    }
    return v <= max_prefix;
}

/* ---- AWSURL ------------------------------------------------------------- */

/*
 * new URL(x) without a base, following the WHATWG URL Standard's basic URL
 * parser, reduced to the steps that can fail:
 *
 *   - leading and trailing C0 controls and spaces are stripped, and tab, LF
 *     and CR are ignored wherever they are (DEFAULT_VALUE only; RECORD
 *     refuses them);
 *   - a scheme: an ASCII letter, then letters, digits, '+', '-', '.', then
 *     ':'; nothing else can precede the first ':';
 *   - "special" schemes (http, https, ws, wss, ftp): any run of '/' and '\'
 *     after the colon, then an authority that must have a host; "file":
 *     optional "//" and a host that may be empty or a drive letter; other
 *     schemes: an authority only after "//", and otherwise anything at all;
 *   - an authority: user info up to the last '@' (never empty after it),
 *     a host, and an optional ':' and port of digits no larger than 65535;
 *   - a host: "[IPv6]"; for other schemes an "opaque host" without the
 *     forbidden host code points; for special schemes a domain, percent-
 *     decoded, lower-cased, free of forbidden domain code points, with valid
 *     Punycode in "xn--" labels, and, if its last label is a number
 *     ("ends in a number"), a valid WHATWG IPv4 address ("0x7f.1",
 *     "2130706433" and "1.2.3" are; "1.2.3.256" and "a.1" are not).
 *
 * Paths, queries and fragments never fail. The approximation: domain-to-
 * ASCII (UTS #46) is not run on non-ASCII host text. Here, full-width ASCII
 * maps to ASCII, U+3002 and U+FF61 are dots, the characters UTS #46 ignores
 * most often (soft hyphen, zero-width space, word joiner, BOM, variation
 * selectors) are dropped, and white space, controls, noncharacters, joiners,
 * tags, private use planes 15-16, the unassigned planes 3-13 past CJK
 * extension H, U+FFFD and combining marks at the start of a label are
 * refused; every other non-ASCII character is accepted. "xn--" labels must
 * decode as Punycode to characters that pass the same test and that UTS #46
 * would not map again (capitals of the main alphabets are caught; others,
 * like U+334D in "xn--nxa-mq6b", are not). Ada also refuses what the bidi
 * and joiner rules and the NFC check refuse ("a\u05d0b") and unassigned
 * code points in the other planes; this does not.
 */

typedef struct url_text {
    bytes s;
    size_t end;
    bool skip_tab_newline;
} url_text;

/* The byte at *i after any ignored tab or newline, moving *i to it; -1 at `limit`. */
static int url_peek(const url_text *u, size_t *i, size_t limit) {
    while (*i < limit && u->skip_tab_newline && (u->s[*i] == '\t' || u->s[*i] == '\n' || u->s[*i] == '\r'))
        (*i)++;
    return *i < limit ? u->s[*i] : -1;
}

static bool url_range_empty(const url_text *u, size_t from, size_t to) {
    return url_peek(u, &from, to) < 0;
}

static bool is_forbidden_host_char(uint32_t c) {
    switch (c) {
    case 0x00: case '\t': case '\n': case '\r': case ' ': case '#': case '/': case ':': case '<':
    case '>': case '?': case '@': case '[': case '\\': case ']': case '^': case '|':
        return true;
    default:
        return false;
    }
}

static bool is_forbidden_domain_char(uint32_t c) {
    return is_forbidden_host_char(c) || c < 0x20 || c == '%' || c == 0x7F;
}

/* Decoded bytes, then code points, of a special URL's host: percent-decoded UTF-8. */
typedef struct host_reader {
    const url_text *u;
    size_t i, end;
} host_reader;

static int host_byte(host_reader *h) {
    int c = url_peek(h->u, &h->i, h->end);
    if (c < 0)
        return -1;
    h->i++;
    if (c == '%') {
        size_t save = h->i;
        int a = url_peek(h->u, &h->i, h->end);
        if (a >= 0 && hex_value(a) >= 0) {
            h->i++;
            int b = url_peek(h->u, &h->i, h->end);
            if (b >= 0 && hex_value(b) >= 0) {
                h->i++;
                return hex_value(a) * 16 + hex_value(b);
            }
        }
        h->i = save;
    }
    return c;
}

/* The next code point, -1 at the end, 0xFFFD for bytes that are not UTF-8. */
static int32_t host_code_point(host_reader *h) {
    int c = host_byte(h);
    if (c < 0x80)
        return c;
    unsigned char buf[4] = {(unsigned char)c, 0, 0, 0};
    size_t need = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    for (size_t k = 1; k <= need; k++) {
        int d = host_byte(h);
        if (d < 0)
            return 0xFFFD;
        buf[k] = (unsigned char)d;
    }
    uint32_t cp;
    if (utf8_decode(buf, need + 1, 0, &cp) != need + 1)
        return 0xFFFD;
    return (int32_t)cp;
}

enum { HOST_DROP = -2, HOST_BAD = -3 };

static bool is_combining_mark(uint32_t cp) {
    return (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) ||
           (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE20 && cp <= 0xFE2F);
}

/* The approximate UTS #46 mapping of one non-ASCII code point (see above). */
static int32_t host_map(uint32_t cp, bool label_start) {
    if (cp < 0x80)
        return to_lower((int)cp);
    if (cp >= 0xFF01 && cp <= 0xFF5E)
        return to_lower((int)(cp - 0xFEE0));
    if (cp == 0x3002 || cp == 0xFF61)
        return '.';
    if (cp == 0xAD || cp == 0x34F || cp == 0x200B || cp == 0x2060 || cp == 0xFEFF || (cp >= 0x180B && cp <= 0x180D) ||
        (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF))
        return HOST_DROP;
    if (cp <= 0xA0 || is_js_space(cp) || cp == 0x180E || cp == 0x200C || cp == 0x200D || cp == 0xFFFD ||
        (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE || (cp >= 0xE0000 && cp <= 0xE007F) ||
        (cp >= 0xD800 && cp <= 0xDFFF) || cp >= 0x323B0 || (label_start && is_combining_mark(cp)))
        return HOST_BAD;
    return (int32_t)cp;
}

/* The next mapped code point of the host, skipping dropped ones; -1 at the end, or HOST_BAD. */
static int32_t host_next(host_reader *h, bool label_start) {
    for (;;) {
        int32_t c = host_code_point(h);
        if (c < 0)
            return -1;
        c = host_map((uint32_t)c, label_start);
        if (c != HOST_DROP)
            return c;
    }
}

/*
 * Capital letters of Latin-1, Latin Extended-A, Greek, Cyrillic and
 * Armenian, and a few Greek symbols: UTS #46 maps them to other characters,
 * so a Punycode label that decodes to one is not in its final form and Ada
 * refuses it. (Ada refuses every such character; this is the common part.)
 */
static bool uts46_maps(uint32_t cp) {
    if (cp >= 0xC0 && cp <= 0xDE)
        return cp != 0xD7;
    if (cp >= 0x100 && cp <= 0x17F) {
        if (cp <= 0x137 || (cp >= 0x14A && cp <= 0x177))
            return cp % 2 == 0;
        if (cp >= 0x139 && cp <= 0x148)
            return cp % 2 == 1 || cp == 0x149;
        return cp == 0x149 || cp == 0x178 || cp == 0x179 || cp == 0x17B || cp == 0x17D || cp == 0x17F;
    }
    return cp == 0x386 || (cp >= 0x388 && cp <= 0x38F && cp != 0x38B && cp != 0x38D) || (cp >= 0x391 && cp <= 0x3AB) ||
           (cp >= 0x3CF && cp <= 0x3D6) || (cp >= 0x3F0 && cp <= 0x3F5 && cp != 0x3F3) || cp == 0x3F9 ||
           (cp >= 0x400 && cp <= 0x42F) || (cp >= 0x531 && cp <= 0x556);
}

/* Whether a decoded Punycode code point is one the approximation accepts. */
static bool punycode_cp_ok(uint32_t cp) {
    return cp <= 0x10FFFF && host_map(cp, false) == (int32_t)cp && !uts46_maps(cp);
}

/*
 * RFC 3492 decoding of a label's `len` characters after "xn--", read from r;
 * only whether it succeeds and yields code points the approximation accepts.
 */
static bool punycode_ok(host_reader r, size_t len) {
    enum { BASE = 36, TMIN = 1, TMAX = 26, SKEW = 38, DAMP = 700 };
    const uint32_t maxint = 0x7FFFFFFF;
    if (len == 0)
        return false;
    /* b: the characters before the last '-', copied as they are; Ada takes a '-' at 0 as the delimiter too. */
    host_reader scan = r;
    size_t b = 0;
    bool delimited = false;
    for (size_t k = 0; k < len; k++)
        if (host_next(&scan, false) == '-') {
            b = k;
            delimited = true;
        }
    size_t consumed = 0;
    for (; consumed < b; consumed++)
        if (host_next(&r, false) >= 0x80)
            return false;
    if (delimited) {
        (void)host_next(&r, false);
        consumed++;
    }
    uint32_t out = (uint32_t)b, n = 0x80, i = 0, bias = 72;
    while (consumed < len) {
        uint32_t oldi = i, w = 1;
        for (uint32_t k = BASE;; k += BASE) {
            if (consumed >= len)
                return false;
            int32_t c = host_next(&r, false);
            consumed++;
            uint32_t digit;
            if (c >= 'a' && c <= 'z')
                digit = (uint32_t)(c - 'a');
            else if (c >= '0' && c <= '9')
                digit = (uint32_t)(c - '0' + 26);
            else
                return false;
            if (digit > (maxint - i) / w)
                return false;
            i += digit * w;
            uint32_t t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
            if (digit < t)
                break;
            if (w > maxint / (BASE - t))
                return false;
            w *= BASE - t;
        }
        uint32_t delta = oldi == 0 ? (i - oldi) / DAMP : (i - oldi) / 2;
        delta += delta / (out + 1);
        uint32_t k = 0;
        while (delta > ((BASE - TMIN) * TMAX) / 2) {
            delta /= BASE - TMIN;
            k += BASE;
        }
        bias = k + (BASE - TMIN + 1) * delta / (delta + SKEW);
        if (i / (out + 1) > maxint - n)
            return false;
        n += i / (out + 1);
        i %= out + 1;
        if (!punycode_cp_ok(n))
            return false;
        out++;
        i++;
    }
    return out > 0;
}

/* What a domain label says about itself as a WHATWG IPv4 number. */
typedef struct label_info {
    size_t len;
    int32_t c[4];               /* its first four characters */
    bool dec, hex, oct;         /* all digits; all hex after "0x"; all octal after "0" */
    uint64_t dec_v, hex_v, oct_v; /* the values, saturated past 2^32 */
    bool number;                /* it parses as an IPv4 number */
    uint64_t value;
} label_info;

static void label_start(label_info *l) {
    memset(l, 0, sizeof *l);
    l->dec = l->hex = l->oct = true;
}

static uint64_t saturate(uint64_t v) {
    return v > ((uint64_t)1 << 32) ? ((uint64_t)1 << 32) + 1 : v;
}

static void label_add(label_info *l, int32_t c) {
    if (l->len < 4)
        l->c[l->len] = c;
    if (is_digit(c))
        l->dec_v = saturate(l->dec_v * 10 + (uint64_t)(c - '0'));
    else
        l->dec = false;
    if (l->len >= 2) {
        if (c < 0x80 && hex_value(c) >= 0)
            l->hex_v = saturate(l->hex_v * 16 + (uint64_t)hex_value(c));
        else
            l->hex = false;
    }
    if (l->len >= 1) {
        if (c >= '0' && c <= '7')
            l->oct_v = saturate(l->oct_v * 8 + (uint64_t)(c - '0'));
        else
            l->oct = false;
    }
    l->len++;
}

static void label_end(label_info *l) {
    if (l->len >= 2 && l->c[0] == '0' && l->c[1] == 'x') {
        l->number = l->hex;
        l->value = l->hex_v;
    } else if (l->len >= 2 && l->c[0] == '0') {
        l->number = l->oct;
        l->value = l->oct_v;
    } else {
        l->number = l->len > 0 && l->dec;
        l->value = l->dec_v;
    }
}

/* A special URL's host that is not "[IPv6]": the domain steps of the host parser. */
static bool domain_ok(const url_text *u, size_t from, size_t to) {
    host_reader h = {u, from, to}, at_label = h;
    label_info first[5], cur, prev, last;
    size_t count = 0;
    label_start(&cur);
    label_start(&prev);
    label_start(&last);
    for (;;) {
        int32_t c = host_next(&h, cur.len == 0);
        if (c == HOST_BAD)
            return false;
        if (c >= 0 && c != '.') {
            if (c < 0x80 && is_forbidden_domain_char((uint32_t)c))
                return false;
            label_add(&cur, c);
            continue;
        }
        label_end(&cur);
        if (cur.len >= 4 && cur.c[0] == 'x' && cur.c[1] == 'n' && cur.c[2] == '-' && cur.c[3] == '-') {
            host_reader r = at_label;
            for (int k = 0; k < 4; k++)
                (void)host_next(&r, false);
            if (!punycode_ok(r, cur.len - 4))
                return false;
        }
        if (count < 5)
            first[count] = cur;
        count++;
        prev = last;
        last = cur;
        if (c < 0)
            break;
        at_label = h;
        label_start(&cur);
    }
    /* UTS #46 refuses an empty result; then "ends in a number" and the IPv4 parser. */
    const label_info *end = &last;
    if (last.len == 0) {
        if (count == 1)
            return false;
        end = &prev;
    }
    if (!((end->len > 0 && end->dec) || end->number))
        return true;
    size_t parts = count - (last.len == 0 ? 1 : 0);
    if (parts > 4)
        return false;
    for (size_t k = 0; k < parts; k++)
        if (!first[k].number || (k + 1 < parts && first[k].value > 255))
            return false;
    return first[parts - 1].value < ((uint64_t)1 << (8 * (5 - parts)));
}

/* The host of s[from..to): "[IPv6]", an opaque host, or (special) a domain or IPv4 address. */
static bool url_host_ok(const url_text *u, size_t from, size_t to, bool special) {
    size_t i = from;
    int c = url_peek(u, &i, to);
    if (c == '[') {
        unsigned char buf[64];
        size_t len = 0;
        for (i++; (c = url_peek(u, &i, to)) >= 0; i++) {
            if (len == sizeof buf)
                return false;
            buf[len++] = (unsigned char)c;
        }
        return len > 0 && buf[len - 1] == ']' && ipv6_ok(buf, len - 1);
    }
    if (special)
        return domain_ok(u, from, to);
    for (; (c = url_peek(u, &i, to)) >= 0; i++)
        if (is_forbidden_host_char((uint32_t)c))
            return false;
    return true;
}

/* The authority at *pos (after "//"): user info, host, port. Moves *pos past it. */
static bool url_authority_ok(const url_text *u, size_t *pos, bool special) {
    size_t i = *pos, host_from = i;
    bool at_sign = false;
    int c;
    while ((c = url_peek(u, &i, u->end)) >= 0 && c != '/' && c != '?' && c != '#' && !(special && c == '\\')) {
        if (c == '@') {
            at_sign = true;
            host_from = i + 1;
        }
        i++;
    }
    size_t end = i;
    *pos = end;
    if (at_sign && url_range_empty(u, host_from, end))
        return false;
    size_t colon = end, j = host_from;
    bool in_brackets = false;
    for (; (c = url_peek(u, &j, end)) >= 0; j++) {
        if (c == '[')
            in_brackets = true;
        else if (c == ']')
            in_brackets = false;
        else if (c == ':' && !in_brackets) {
            colon = j;
            break;
        }
    }
    bool host_empty = url_range_empty(u, host_from, colon);
    if (colon < end) {
        uint32_t port = 0;
        if (host_empty)
            return false;
        for (j = colon + 1; (c = url_peek(u, &j, end)) >= 0; j++) {
            if (!is_digit(c))
                return false;
            if (port <= 65535)
                port = port * 10 + (uint32_t)(c - '0');
        }
        if (port > 65535)
            return false;
    } else if (host_empty) {
        return !special;
    }
    return url_host_ok(u, host_from, colon, special);
}

/* The host of a file URL, between "file://" and the path. */
static bool file_host_ok(const url_text *u, size_t from, size_t to) {
    size_t i = from;
    int a = url_peek(u, &i, to);
    if (a < 0)
        return true;
    i++;
    int b = url_peek(u, &i, to);
    if (b >= 0) {
        i++;
        if (is_alpha(a) && (b == ':' || b == '|') && url_peek(u, &i, to) < 0)
            return true; /* a Windows drive letter: part of the path */
    }
    return url_host_ok(u, from, to, true);
}

/* AppSync's rule that a URL's path has no "//". */
static bool path_has_no_double_slash(bytes s, size_t from, size_t end) {
    for (size_t i = from; i < end && s[i] != '?' && s[i] != '#'; i++)
        if (s[i] == '/' && i + 1 < end && s[i + 1] == '/')
            return false;
    return true;
}

static bool url_ok(bytes s, size_t n, bool record) {
    size_t b = 0, e = n;
    if (record) {
        for (size_t k = 0; k < n; k++)
            if (s[k] <= 0x20 || s[k] == 0x7F || s[k] == '\\')
                return false;
        if (!utf8_valid(s, n))
            return false;
    } else {
        while (b < e && s[b] <= 0x20)
            b++;
        while (e > b && s[e - 1] <= 0x20)
            e--;
    }
    url_text u = {s, e, !record};
    size_t i = b;
    int c = url_peek(&u, &i, e);
    if (c < 0 || !is_alpha(c))
        return false;
    char scheme[6];
    size_t slen = 0;
    for (;;) {
        c = url_peek(&u, &i, e);
        if (c < 0)
            return false;
        i++;
        if (c == ':')
            break;
        if (!is_alnum(c) && c != '+' && c != '-' && c != '.')
            return false;
        if (slen < sizeof scheme)
            scheme[slen] = (char)to_lower(c);
        slen++;
    }
    static const char *const special[] = {"http", "https", "ws", "wss", "ftp"};
    bool is_special = false, is_file = slen == 4 && memcmp(scheme, "file", 4) == 0;
    for (size_t k = 0; k < sizeof special / sizeof special[0]; k++)
        if (slen == strlen(special[k]) && memcmp(scheme, special[k], slen) == 0)
            is_special = true;
    if (record && i == e)
        return false;

    size_t path_from = i;
    if (is_special) {
        if (record && !(e - i >= 2 && s[i] == '/' && s[i + 1] == '/' && (e - i == 2 || s[i + 2] != '/')))
            return false;
        while ((c = url_peek(&u, &i, e)) == '/' || c == '\\')
            i++;
        if (!url_authority_ok(&u, &i, true))
            return false;
        path_from = i;
    } else if (is_file) {
        c = url_peek(&u, &i, e);
        if (c == '/' || c == '\\') {
            size_t j = i + 1;
            c = url_peek(&u, &j, e);
            if (c == '/' || c == '\\') {
                size_t host_from = ++j;
                while ((c = url_peek(&u, &j, e)) >= 0 && c != '/' && c != '\\' && c != '?' && c != '#')
                    j++;
                if (!file_host_ok(&u, host_from, j))
                    return false;
                path_from = j;
            }
        }
    } else {
        size_t j = i;
        if (url_peek(&u, &j, e) == '/') {
            j++;
            if (url_peek(&u, &j, e) == '/') {
                i = j + 1;
                if (!url_authority_ok(&u, &i, false))
                    return false;
                path_from = i;
            }
        }
    }
    return !record || path_has_no_double_slash(s, path_from, e);
}

bool ds__is_aws_url(const char *s, size_t n, ds__scalar_rules r) {
    NULL_MEANS_EMPTY(s, n);
    return url_ok((bytes)s, n, r != DS__RULES_DEFAULT_VALUE);
}

/* ---- AWSPhone ----------------------------------------------------------- */

/*
 * libphonenumber-js's isValidNumber(text), approximated. What it does, with
 * no default country: the whole text must be "viable" (an optional leading
 * '+', then digits and punctuation with at least three digits, then an
 * optional extension); without a leading ASCII '+' no country can be found,
 * so the number is invalid; the digits after the '+' begin with a country
 * calling code (1-3 digits); the rest, after the country's national prefix
 * is taken off where that is allowed, must match the national number
 * pattern of the country (for calling codes shared by several countries,
 * of the one whose patterns it matches). Texts longer than 250 characters
 * are refused.
 *
 * This keeps its characters (its digits and punctuation, but not tildes,
 * which it may read as an extension mark) and its 250-character limit, and
 * replaces the per-country patterns with two tables from the same metadata
 * (libphonenumber-js 1.9.47, metadata.min.json):
 * the calling codes that belong to a country, each with the national number
 * lengths its countries allow and its national (trunk) prefix, which is
 * taken off when the number does not fit without it ("+44 020 7183 8750");
 * and, for +1, the area codes in use and which of them allow an exchange
 * code starting with 0 or 1. The differences:
 *
 *   - a number of a right length that the country's pattern refuses is
 *     accepted ("+32983868533", "+5707049996");
 *   - where a country strips more than its plain national prefix (Argentina's
 *     "15", Brazil's carrier codes and the like) this does not;
 *   - "tel:" URIs are refused, as they are there.
 *
 * Extensions (" ext. 12", " x12", "~12", ";ext=12", ",,12", " - 12#") are
 * taken off first, as its extractExtension does: phone_extension_start()
 * is its EXTN_PATTERN, and the number before the extension is judged alone.
 *
 * Compared with libphonenumber-js: it accepts all 490 example numbers of
 * libphonenumber-js's examples.mobile.json, written compactly and in
 * international format, and agrees on the cases in tests/util/test_scalars.c;
 * it accepts many random digit strings that libphonenumber-js refuses.
 */

/*
 * From metadata.min.json: every key of country_calling_codes except the
 * non-geographic ones (800, 808, 870, 878, 881, 882, 883, 888, 979, which
 * libphonenumber-js never finds a country for), with the union of its
 * countries' possible lengths (countries[c][3]) and the first non-empty
 * national prefix among them (countries[c][5]).
 */
static const struct {
    uint16_t code;
    uint32_t lengths;  /* bit L: national numbers of L digits */
    const char *trunk; /* the national prefix, "" when there is none */
} calling_codes[] = {
    {1, 0x400, "1"}, {7, 0x4400, "8"}, {20, 0x700, "0"}, {27, 0x7e0, "0"}, {30, 0x1c00, ""}, {31, 0x7e0, "0"},
    {32, 0x300, "0"}, {33, 0x200, "0"}, {34, 0x200, ""}, {36, 0x300, "06"}, {39, 0xfc0, ""}, {40, 0x240, "0"},
    {41, 0x200, "0"}, {43, 0x3ff0, "0"}, {44, 0x680, "0"}, {45, 0x100, ""}, {46, 0x7c0, "0"}, {47, 0x120, ""},
    {48, 0x7c0, ""}, {49, 0xfff0, "0"}, {51, 0x300, "0"}, {52, 0xc00, "01"}, {53, 0x5c0, "0"}, {54, 0xc00, "0"},
    {55, 0xf00, "0"}, {56, 0xe00, ""}, {57, 0xd00, "0"}, {58, 0x400, "0"}, {60, 0x700, "0"}, {61, 0x17e0, "0"},
    {62, 0x3f80, "0"}, {63, 0x3f40, "0"}, {64, 0x7e0, "0"}, {65, 0xd00, ""}, {66, 0x2700, "0"}, {81, 0x3ff00, "0"},
    {82, 0x7f60, "0"}, {84, 0x780, "0"}, {86, 0x1f80, "0"}, {90, 0x3480, "0"}, {91, 0x3f00, "0"}, {92, 0x1f00, "0"},
    {93, 0x200, "0"}, {94, 0x200, "0"}, {95, 0x7c0, "0"}, {98, 0x4f0, "0"}, {211, 0x200, "0"}, {212, 0x200, "0"},
    {213, 0x300, "0"}, {216, 0x100, ""}, {218, 0x200, "0"}, {220, 0x80, ""}, {221, 0x200, ""}, {222, 0x100, ""},
    {223, 0x100, ""}, {224, 0x300, ""}, {225, 0x400, ""}, {226, 0x100, ""}, {227, 0x100, ""}, {228, 0x100, ""},
    {229, 0x100, ""}, {230, 0x580, ""}, {231, 0x380, "0"}, {232, 0x100, "0"}, {233, 0x300, "0"}, {234, 0x7d80, "0"},
    {235, 0x100, ""}, {236, 0x100, ""}, {237, 0x300, ""}, {238, 0x80, ""}, {239, 0x80, ""}, {240, 0x200, ""},
    {241, 0x180, ""}, {242, 0x200, ""}, {243, 0x280, "0"}, {244, 0x200, ""}, {245, 0x280, ""}, {246, 0x80, ""},
    {247, 0x60, ""}, {248, 0x80, ""}, {249, 0x200, "0"}, {250, 0x300, "0"}, {251, 0x200, "0"}, {252, 0x3c0, "0"},
    {253, 0x100, ""}, {254, 0x780, "0"}, {255, 0x200, "0"}, {256, 0x200, "0"}, {257, 0x100, ""}, {258, 0x300, ""},
    {260, 0x200, "0"}, {261, 0x200, "0"}, {262, 0x200, "0"}, {263, 0x7e0, "0"}, {264, 0x300, "0"},
    {265, 0x280, "0"}, {266, 0x100, ""}, {267, 0x580, ""}, {268, 0x300, ""}, {269, 0x80, ""}, {290, 0x30, ""},
    {291, 0x80, "0"}, {297, 0x80, ""}, {298, 0x40, ""}, {299, 0x40, ""}, {350, 0x100, ""}, {351, 0x200, ""},
    {352, 0xff0, ""}, {353, 0x780, "0"}, {354, 0x280, ""}, {355, 0x3c0, "0"}, {356, 0x100, ""}, {357, 0x100, ""},
    {358, 0x1fe0, "0"}, {359, 0x3c0, "0"}, {370, 0x100, "8"}, {371, 0x100, ""}, {372, 0x580, ""}, {373, 0x100, "0"},
    {374, 0x100, "0"}, {375, 0xfc0, "8"}, {376, 0x340, ""}, {377, 0x300, "0"}, {378, 0x500, ""}, {380, 0x600, "0"},
    {381, 0x1fc0, "0"}, {382, 0x300, "0"}, {383, 0x300, "0"}, {385, 0x3c0, "0"}, {386, 0x1e0, "0"},
    {387, 0x300, "0"}, {389, 0x100, "0"}, {420, 0x200, ""}, {421, 0x2c0, "0"}, {423, 0x280, "0"}, {500, 0x20, ""},
    {501, 0x880, ""}, {502, 0x900, ""}, {503, 0x980, ""}, {504, 0x900, ""}, {505, 0x100, ""}, {506, 0x500, ""},
    {507, 0xd80, ""}, {508, 0x240, "0"}, {509, 0x100, ""}, {590, 0x200, "0"}, {591, 0x300, "0"}, {592, 0x80, ""},
    {593, 0xf00, "0"}, {594, 0x200, "0"}, {595, 0xfc0, "0"}, {596, 0x200, "0"}, {597, 0xc0, ""}, {598, 0x580, "0"},
    {599, 0x180, ""}, {670, 0x180, ""}, {672, 0x40, ""}, {673, 0x80, ""}, {674, 0x80, ""}, {675, 0x180, ""},
    {676, 0xa0, ""}, {677, 0xa0, ""}, {678, 0xa0, ""}, {679, 0x880, ""}, {680, 0x80, ""}, {681, 0x240, ""},
    {682, 0x20, ""}, {683, 0x90, ""}, {685, 0x4e0, ""}, {686, 0x120, "0"}, {687, 0x40, ""}, {688, 0xe0, ""},
    {689, 0x340, ""}, {690, 0xf0, ""}, {691, 0x80, ""}, {692, 0x80, "1"}, {850, 0x500, "0"}, {852, 0xbe0, ""},
    {853, 0x180, ""}, {855, 0x700, "0"}, {856, 0x700, "0"}, {880, 0x7c0, "0"}, {886, 0xf80, "0"}, {960, 0x480, ""},
    {961, 0x180, "0"}, {962, 0x300, "0"}, {963, 0x300, "0"}, {964, 0x700, "0"}, {965, 0x180, ""}, {966, 0x600, "0"},
    {967, 0x380, "0"}, {968, 0x380, ""}, {970, 0x700, "0"}, {971, 0x1fe0, "0"}, {972, 0x1f80, "0"},
    {973, 0x100, ""}, {974, 0x380, ""}, {975, 0x180, ""}, {976, 0x700, "0"}, {977, 0xd00, "0"}, {992, 0x200, ""},
    {993, 0x100, "8"}, {994, 0x200, "0"}, {995, 0x200, "0"}, {996, 0x600, "0"}, {998, 0x200, "8"},
};

/* +1 area codes 200-999 for which isValidNumber accepts some number: bit (code - 200). */
static const unsigned char nanp_area_codes[100] = {
    0xfe, 0xf7, 0x9f, 0xb7, 0x94, 0x45, 0x7f, 0x51, 0x79, 0x91, 0x1a, 0x02,
    0xe0, 0x7f, 0xff, 0x6b, 0x5c, 0xbb, 0x8e, 0x01, 0xb3, 0x01, 0x10, 0x06,
    0x00, 0xfe, 0xf7, 0x8f, 0xc3, 0x6d, 0xaf, 0x05, 0x84, 0x60, 0xce, 0x11,
    0x00, 0xf0, 0x7f, 0xff, 0x1f, 0x6c, 0x38, 0x91, 0x80, 0xde, 0xfc, 0x7a,
    0x1e, 0x00, 0xff, 0xf7, 0xdf, 0xf4, 0x90, 0xc3, 0x0e, 0x7e, 0xe9, 0x41,
    0x17, 0x02, 0xe0, 0x3f, 0xff, 0xf3, 0x58, 0x92, 0x08, 0x64, 0xad, 0xfe,
    0x7c, 0x0f, 0x00, 0xff, 0xf7, 0x1f, 0xf2, 0xc3, 0xb9, 0xc7, 0xdf, 0x7f,
    0x73, 0x00, 0x01, 0xf0, 0x7f, 0xff, 0x21, 0x4f, 0x3f, 0xaa, 0x95, 0x00,
    0x3c, 0x1c, 0x27, 0x00,
};

/* +1 area codes where exchange codes may start with 0 or 1 (elsewhere they start with 2-9). */
static const uint16_t nanp_open_exchanges[] = {
    242, 246, 264, 268, 284, 340, 345, 441, 473, 649, 658, 664, 670, 671,
    684, 758, 767, 784, 787, 800, 809, 829, 849, 868, 869, 876, 939,
};

/* libphonenumber-js's digits (ASCII, full-width, Arabic-Indic, Eastern Arabic-Indic): the value, or -1. */
static int phone_digit(uint32_t cp) {
    if (cp >= '0' && cp <= '9')
        return (int)(cp - '0');
    if (cp >= 0xFF10 && cp <= 0xFF19)
        return (int)(cp - 0xFF10);
    if (cp >= 0x660 && cp <= 0x669)
        return (int)(cp - 0x660);
    if (cp >= 0x6F0 && cp <= 0x6F9)
        return (int)(cp - 0x6F0);
    return -1;
}

/* Its punctuation: dashes, slashes, dots, spaces and brackets. Tildes are left out: it reads them as extensions. */
static bool phone_punctuation(uint32_t cp) {
    switch (cp) {
    case '-': case 0x2212: case 0x30FC: case 0xFF0D: case '/': case 0xFF0F: case '.': case 0xFF0E: case ' ':
    case 0xA0: case 0xAD: case 0x200B: case 0x2060: case 0x3000: case '(': case ')': case '[': case ']':
    case 0xFF08: case 0xFF09: case 0xFF3B: case 0xFF3D:
        return true;
    default:
        return cp >= 0x2010 && cp <= 0x2015;
    }
}

static bool nanp_ok(const unsigned char *d, size_t len) {
    if (len != 10)
        return false;
    unsigned area = (unsigned)(d[0] * 100 + d[1] * 10 + d[2]);
    if (area < 200 || !(nanp_area_codes[(area - 200) / 8] & (1u << ((area - 200) % 8))))
        return false;
    if (d[3] >= 2)
        return true;
    for (size_t k = 0; k < sizeof nanp_open_exchanges / sizeof nanp_open_exchanges[0]; k++)
        if (nanp_open_exchanges[k] == area)
            return true;
    return false;
}

/* Whether `len` national digits fit the calling code at calling_codes[k]. */
static bool phone_national_ok(size_t k, const unsigned char *d, size_t len) {
    if (len > 17 || !(calling_codes[k].lengths & (1u << len)))
        return false;
    return calling_codes[k].code != 1 || nanp_ok(d, len);
}

/* Extensions: libphonenumber-js's createExtensionPattern(), case-insensitive.
 * Its labels are followed by non-letters, so matching them greedily is
 * what its backtracking finds. */
static uint32_t phone_fold(uint32_t cp) { /* JavaScript's /i for the letters used below */
    return (cp >= 'A' && cp <= 'Z') || (cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0x410 && cp <= 0x42F) ? cp + 32
           : cp == 0xD3                                                                               ? 0xF3
                                                                                                      : cp;
}

static bool phone_in(uint32_t cp, const char *set) { return cp < 128 && cp && strchr(set, (int)cp); }

/* [:.．]? [ \u00A0\t,-]* digits{1,max} #? and then the end. */
static bool phone_ext_tail(const uint32_t *cp, size_t p, size_t n, size_t max) {
    if (p < n && (phone_in(cp[p], ":.") || cp[p] == 0xFF0E))
        p++;
    while (p < n && (phone_in(cp[p], " \t,-") || cp[p] == 0xA0))
        p++;
    size_t d = 0;
    while (p < n && phone_digit(cp[p]) >= 0)
        p++, d++;
    return d >= 1 && d <= max && (p == n || (p + 1 == n && cp[p] == '#'));
}

/* Matches the folded text `w` (UTF-32, 0-terminated) at *p and moves past it. */
static bool phone_word(const uint32_t *cp, size_t *p, size_t n, const uint32_t *w) {
    size_t k = 0;
    while (w[k] && *p + k < n && phone_fold(cp[*p + k]) == w[k])
        k++;
    if (w[k])
        return false;
    *p += k;
    return true;
}

/* Does cp[i..n) match the extension pattern, all of it? */
static bool phone_extension_at(const uint32_t *cp, size_t i, size_t n) {
    static const uint32_t rfc[] = {';', 'e', 'x', 't', '=', 0}, xt[] = {'x', 't', 0}, ensi[] = {'e', 'n', 's', 'i', 0},
                          fw_xt[] = {0xFF58, 0xFF54, 0}, dob[] = {0x434, 0x43E, 0x431, 0},
                          anexo[] = {'a', 'n', 'e', 'x', 'o', 0}, intl[] = {'i', 'n', 't', 0},
                          fw_int[] = {0xFF49, 0xFF4E, 0xFF54, 0};
    size_t p = i, q;
    if (phone_word(cp, &p, n, rfc)) { /* ;ext= and 1-20 digits */
        while (p < n && phone_digit(cp[p]) >= 0)
            p++;
        if (p == n && n - i - 5 >= 1 && n - i - 5 <= 20)
            return true;
    }
    for (p = i; p < n && (phone_in(cp[p], " \t,") || cp[p] == 0xA0);)
        p++;
    q = p; /* explicit labels: e?xt(ensi(o\u0301?|ó))?n?, ｅ?ｘｔｎ?, доб, anexo; 20 digits */
    if (q < n && phone_fold(cp[q]) == 'e')
        q++;
    if (phone_word(cp, &q, n, xt)) {
        size_t r = q;
        if (phone_word(cp, &r, n, ensi) && r < n && (phone_fold(cp[r]) == 'o' || phone_fold(cp[r]) == 0xF3))
            q = r + 1 + (phone_fold(cp[r]) == 'o' && r + 1 < n && cp[r + 1] == 0x301);
        if (q < n && phone_fold(cp[q]) == 'n')
            q++;
        if (phone_ext_tail(cp, q, n, 20))
            return true;
    }
    q = p + (p < n && phone_fold(cp[p]) == 0xFF45);
    if (phone_word(cp, &q, n, fw_xt) && phone_ext_tail(cp, q + (q < n && phone_fold(cp[q]) == 0xFF4E), n, 20))
        return true;
    if ((q = p, phone_word(cp, &q, n, dob) || (q = p, phone_word(cp, &q, n, anexo))) && phone_ext_tail(cp, q, n, 20))
        return true;
    /* Ambiguous labels: x ｘ # ＃ ~ ～ int ｉｎｔ; 9 digits. */
    if (p < n && (phone_in(phone_fold(cp[p]), "x#~") || cp[p] == 0xFF03 || cp[p] == 0xFF5E ||
                  phone_fold(cp[p]) == 0xFF58) && phone_ext_tail(cp, p + 1, n, 9))
        return true;
    if ((q = p, phone_word(cp, &q, n, intl) || (q = p, phone_word(cp, &q, n, fw_int))) && phone_ext_tail(cp, q, n, 9))
        return true;
    for (p = i; p < n && phone_in(cp[p], "- ");) /* American style: [- ]+ 1-6 digits '#' */
        p++;
    for (q = p; q < n && phone_digit(cp[q]) >= 0;)
        q++;
    if (p > i && q > p && q - p <= 6 && q + 1 == n && cp[q] == '#')
        return true;
    for (p = i; p < n && (phone_in(cp[p], " \t") || cp[p] == 0xA0);)
        p++;
    if (p < n && cp[p] == ';' && phone_ext_tail(cp, p + 1, n, 15)) /* auto-dialling: ";" or ",," */
        return true;
    size_t commas = 0; /* the separators after the label take further commas */
    while (p + commas < n && cp[p + commas] == ',')
        commas++;
    return (commas >= 2 && phone_ext_tail(cp, p + 2, n, 15)) || (commas >= 1 && phone_ext_tail(cp, p + 1, n, 9));
}

/* extractExtension: the byte offset where the leftmost extension begins, or n. */
static size_t phone_extension_start(bytes s, size_t n) {
    uint32_t cp[251];
    size_t off[251], count = 0;
    for (size_t i = 0, k; i < n; i += k) {
        if (count == 251 || (k = utf8_decode(s, n, i, &cp[count])) == 0)
            return n; /* over 250 characters or malformed: judged whole, and refused */
        off[count++] = i;
    }
    for (size_t i = 0; i < count; i++)
        if (phone_extension_at(cp, i, count))
            return off[i];
    return n;
}

static bool phone_number_ok(bytes s, size_t n);

static bool phone_default_ok(bytes s, size_t n) { return phone_number_ok(s, phone_extension_start(s, n)); }

static bool phone_number_ok(bytes s, size_t n) {
    unsigned char digits[24];
    size_t count = 0, chars = 1;
    if (n == 0 || s[0] != '+')
        return false;
    for (size_t i = 1, k; i < n; i += k, chars++) {
        uint32_t cp;
        if ((k = utf8_decode(s, n, i, &cp)) == 0)
            return false;
        int d = phone_digit(cp);
        if (d >= 0) {
            if (count < sizeof digits)
                digits[count] = (unsigned char)d;
            count++;
        } else if (!phone_punctuation(cp)) {
            return false;
        }
    }
    if (chars > 250 || count < 3 || count > sizeof digits || digits[0] == 0)
        return false;
    unsigned code = 0;
    for (size_t len = 1; len <= 3 && len < count; len++) {
        code = code * 10 + digits[len - 1];
        for (size_t k = 0; k < sizeof calling_codes / sizeof calling_codes[0]; k++) {
            if (calling_codes[k].code != code)
                continue;
            const unsigned char *national = digits + len;
            size_t national_len = count - len, trunk_len = strlen(calling_codes[k].trunk);
            if (phone_national_ok(k, national, national_len))
                return true;
            /* Written with the national prefix: "+44 020 7183 8750". */
            if (trunk_len == 0 || national_len <= trunk_len)
                return false;
            for (size_t t = 0; t < trunk_len; t++)
                if (national[t] != calling_codes[k].trunk[t] - '0')
                    return false;
            return phone_national_ok(k, national + trunk_len, national_len - trunk_len);
        }
    }
    return false;
}

/* DataStore's /^\+?\d[\d\s-]+$/, and 7 to 15 digits. */
static bool phone_record_ok(bytes s, size_t n) {
    size_t i = 0, digits = 0;
    if (i < n && s[i] == '+')
        i++;
    if (i == n || !is_digit(s[i]) || i + 1 == n)
        return false;
    while (i < n) {
        uint32_t cp;
        size_t k;
        if (is_digit(s[i])) {
            digits++;
            i++;
        } else if (s[i] == '-') {
            i++;
        } else if ((k = utf8_decode(s, n, i, &cp)) != 0 && is_js_space(cp)) {
            i += k;
        } else {
            return false;
        }
    }
    return digits >= 7 && digits <= 15;
}

bool ds__is_aws_phone(const char *s, size_t n, ds__scalar_rules r) {
    NULL_MEANS_EMPTY(s, n);
    if (r == DS__RULES_DEFAULT_VALUE)
        return phone_default_ok((bytes)s, n);
    return phone_record_ok((bytes)s, n);
}

/* ---- by name ------------------------------------------------------------ */

typedef bool (*scalar_check)(const char *, size_t, ds__scalar_rules);

static const struct {
    const char *name;
    scalar_check check;
} scalar_checks[] = {
    {"ID", ds__is_id_or_string},
    {"String", ds__is_id_or_string},
    {"Int", ds__is_int},
    {"Float", ds__is_float},
    {"Boolean", ds__is_boolean},
    {"AWSDate", ds__is_aws_date},
    {"AWSTime", ds__is_aws_time},
    {"AWSDateTime", ds__is_aws_datetime},
    {"AWSTimestamp", ds__is_aws_timestamp},
    {"AWSEmail", ds__is_aws_email},
    {"AWSJSON", ds__is_aws_json},
    {"AWSURL", ds__is_aws_url},
    {"AWSPhone", ds__is_aws_phone},
    {"AWSIPAddress", ds__is_aws_ip_address},
};

bool ds__scalar_text_valid(const char *scalar_name, const char *text, size_t len, ds__scalar_rules rules) {
    if (!scalar_name)
        return false;
    for (size_t k = 0; k < sizeof scalar_checks / sizeof scalar_checks[0]; k++)
        if (strcmp(scalar_name, scalar_checks[k].name) == 0)
            return scalar_checks[k].check(text, len, rules);
    return false;
}
