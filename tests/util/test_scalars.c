/*
 * The scalar validators of src/util/scalars.c, in both rule sets.
 *
 * The DS__RULES_DEFAULT_VALUE tables below were checked against the real
 * validators: each text was run through TypeValidators of
 * @aws-amplify/graphql-default-value-transformer 3.1.18 (with its
 * libphonenumber-js 1.9.47) under Node 20, and the expected boolean is what
 * Node said. Where scalars.c knowingly differs from the transformer, the
 * case is in default_known_differences instead, with what Node says beside
 * it. The RECORD tables follow DataStore JS's isAWS* checks and AppSync's
 * documented scalar formats, as described at the top of scalars.c.
 *
 * Every text is copied into a heap block of exactly its length before it is
 * checked, so that AddressSanitizer catches a read past the end.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/scalars.h"

typedef struct scalar_case {
    const char *text;
    size_t len;
    bool valid;
} scalar_case;

#define CASE(s, v) {s, sizeof(s) - 1, v}
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

typedef bool (*scalar_check)(const char *, size_t, ds__scalar_rules);

static bool check_exact(const char *scalar, scalar_check check, const char *text, size_t len, ds__scalar_rules rules) {
    char *copy = malloc(len ? len : 1);
    assert_non_null(copy);
    if (len)
        memcpy(copy, text, len);
    bool by_name = ds__scalar_text_valid(scalar, copy, len, rules);
    bool direct = check(copy, len, rules);
    free(copy);
    if (by_name != direct)
        fail_msg("%s: ds__scalar_text_valid and its check disagree", scalar);
    return direct;
}

static void check_table(const char *scalar, scalar_check check, const scalar_case *cases, size_t count,
                        ds__scalar_rules rules) {
    int wrong = 0;
    for (size_t i = 0; i < count; i++) {
        bool got = check_exact(scalar, check, cases[i].text, cases[i].len, rules);
        if (got != cases[i].valid) {
            print_error("%s (%s rules): \"%.*s\" should be %s\n", scalar,
                        rules == DS__RULES_DEFAULT_VALUE ? "default-value" : "record", (int)cases[i].len, cases[i].text,
                        cases[i].valid ? "valid" : "invalid");
            wrong++;
        }
    }
    assert_int_equal(wrong, 0);
}

#define CHECK_DEFAULT(scalar, check, table) check_table(scalar, check, table, COUNT(table), DS__RULES_DEFAULT_VALUE)
#define CHECK_RECORD(scalar, check, table) check_table(scalar, check, table, COUNT(table), DS__RULES_RECORD)

/* ---- DS__RULES_DEFAULT_VALUE: checked against the transformer with node ---- */

static const scalar_case default_int[] = {
    CASE("0", true),
    CASE("12", true),
    CASE("-7", true),
    CASE("+5", true),
    CASE(" 12", true),
    CASE("\t\n-3", true),
    CASE("\302\24012", true),
    CASE("\357\273\27712", true),
    CASE("\343\200\20012", true),
    CASE("\342\200\25012", true),
    CASE("12abc", true),
    CASE("1.5", true),
    CASE("1e5", true),
    CASE("0x10", true),
    CASE("", false),
    CASE(" ", false),
    CASE("abc", false),
    CASE("-", false),
    CASE("+-5", false),
    CASE(".5", false),
    CASE("\341\240\21612", false),
    CASE("\342\200\21312", false),
    CASE("\03412", false),
    CASE("\357\274\221", false),
    CASE("99999999999999999999999", true),
};

static const scalar_case default_aws_timestamp[] = {
    CASE("1600000000", true),
    CASE("-1", true),
    CASE(" 42x", true),
    CASE("", false),
    CASE("x1", false),
    CASE("+", false),
    CASE("1e9", true),
};

static const scalar_case default_float[] = {
    CASE("1", true),
    CASE("-0", true),
    CASE(".5", true),
    CASE("+.5", true),
    CASE("1.", true),
    CASE("1e5", true),
    CASE("1e5x", true),
    CASE("1e", true),
    CASE("Infinity", true),
    CASE("-Infinity", true),
    CASE("+Infinityx", true),
    CASE(" \t.1", true),
    CASE("\302\240.1", true),
    CASE("", false),
    CASE(".", false),
    CASE("-.e1", false),
    CASE("..1", false),
    CASE("e5", false),
    CASE("infinity", false),
    CASE("INFINITY", false),
    CASE("NaN", false),
    CASE("+-1", false),
    CASE("0x1p3", true),
    CASE("-", false),
    CASE("\341\240\2161", false),
};

static const scalar_case default_boolean[] = {
    CASE("true", true),
    CASE("false", true),
    CASE("TRUE", true),
    CASE("False", true),
    CASE("fAlSe", true),
    CASE("", false),
    CASE("t", false),
    CASE("true ", false),
    CASE(" true", false),
    CASE("truefalse", false),
    CASE("yes", false),
    CASE("1", false),
    CASE("true\n", false),
    CASE("fal\305\277e", false),
};

static const scalar_case default_aws_json[] = {
    CASE("{}", true),
    CASE("[]", true),
    CASE("{\"a\":[1,2,{\"b\":null}]}", true),
    CASE("\"text\"", true),
    CASE("1", true),
    CASE("-0.5e-3", true),
    CASE("true", true),
    CASE("null", true),
    CASE(" \t\015\n{} \n", true),
    CASE("\"\\u00e9\\n\"", true),
    CASE("\"\\u0000\"", true),
    CASE("12345678901234567890123", true),
    CASE("\"\303\251\"", true),
    CASE("", false),
    CASE(" ", false),
    CASE("{'a':1}", false),
    CASE("{\"a\":1,}", false),
    CASE("[1,]", false),
    CASE("01", false),
    CASE("1.", false),
    CASE(".5", false),
    CASE("+1", false),
    CASE("NaN", false),
    CASE("undefined", false),
    CASE("tru", false),
    CASE("\"a", false),
    CASE("{\"a\" 1}", false),
    CASE("{} {}", false),
    CASE("\"\t\"", false),
    CASE("\"\\x\"", false),
    CASE("\302\240{}", false),
    CASE("\357\273\277{}", false),
    CASE("\"\342\200\250\"", true),
    CASE("[1]\000", false),
    CASE("1\000", false),
    CASE("//c\n1", false),
};

static const scalar_case default_aws_date[] = {
    CASE("2020-02-29", true),
    CASE("2000-02-29", true),
    CASE("1900-02-28", true),
    CASE("2021-02-28", true),
    CASE("0000-02-29", true),
    CASE("9999-12-31", true),
    CASE("2020-04-30", true),
    CASE("2020-01-31", true),
    CASE("2021-02-29", false),
    CASE("1900-02-29", false),
    CASE("2020-04-31", false),
    CASE("2020-06-31", false),
    CASE("2020-09-31", false),
    CASE("2020-11-31", false),
    CASE("2020-13-01", false),
    CASE("2020-00-10", false),
    CASE("2020-01-00", false),
    CASE("2020-01-32", false),
    CASE("20-01-01", false),
    CASE("2020-1-01", false),
    CASE("2020-01-1", false),
    CASE("2020/01/01", false),
    CASE("2020-01-01Z", false),
    CASE("2020-01-01 ", false),
    CASE(" 2020-01-01", false),
    CASE("+2020-01-01", false),
    CASE("-2020-01-01", false),
    CASE("\357\274\222020-01-01", false),
    CASE("", false),
};

static const scalar_case default_aws_time[] = {
    CASE("00:00:00Z", true),
    CASE("23:59:59Z", true),
    CASE("12:30:45.1Z", true),
    CASE("12:30:45.123456789012+05:30", true),
    CASE("12:00:00-23:59", true),
    CASE("12:00:00+00:00", true),
    CASE("12:00:00|05:00", true),
    CASE("12:00:00", false),
    CASE("12:00Z", false),
    CASE("24:00:00Z", false),
    CASE("12:60:00Z", false),
    CASE("12:00:60Z", false),
    CASE("12:00:00.Z", false),
    CASE("12:00:00z", false),
    CASE("12:00:00+24:00", false),
    CASE("12:00:00+05:60", false),
    CASE("12:00:00+0530", false),
    CASE("12:00:00+05", false),
    CASE("12:00:00+05:30:00", false),
    CASE("1:00:00Z", false),
    CASE("12:00:00ZZ", false),
    CASE("T12:00:00Z", false),
    CASE("", false),
};

static const scalar_case default_aws_datetime[] = {
    CASE("2020-01-01T00:00:00Z", true),
    CASE("2020-02-29T23:59:59.999+05:30", true),
    CASE("0000-01-01T00:00:00Z", true),
    CASE("9999-12-31T23:59:59-23:59", true),
    CASE("2020-01-01T00:00:00.111111111111111111111111111111Z", true),
    CASE("2020-01-01T00:00:00|05:00", false),
    CASE("2020-01-01T00:00:60Z", false),
    CASE("2021-02-29T00:00:00Z", false),
    CASE("2020-04-31T00:00:00Z", false),
    CASE("2020-01-01T00:00:00", false),
    CASE("2020-01-01T00:00Z", false),
    CASE("2020-01-01t00:00:00Z", false),
    CASE("2020-01-01 00:00:00Z", false),
    CASE("2020-01-01T24:00:00Z", false),
    CASE("2020-01-01T00:00:00.Z", false),
    CASE("2020-01-01T00:00:00+05:30:00", false),
    CASE("2020-01-01", false),
    CASE("", false),
};

static const scalar_case default_aws_email[] = {
    CASE("a@b", true),
    CASE("a@b.c", true),
    CASE("user.name+tag@example.co.uk", true),
    CASE("!#$%&'*+/=\?^_`{|}~-@x.y", true),
    CASE(".a.@b", true),
    CASE("a@1.2.3.4", true),
    CASE("a@b-c.d", true),
    CASE("a@bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", true),
    CASE("a@bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", false),
    CASE("", false),
    CASE("@b.c", false),
    CASE("a@", false),
    CASE("a@@b", false),
    CASE("a b@c", false),
    CASE("a@b.", false),
    CASE("a@.b", false),
    CASE("a@b..c", false),
    CASE("a@-b", false),
    CASE("a@b-", false),
    CASE("a@b_c", false),
    CASE("a\"b@c", false),
    CASE("\303\251@b", false),
    CASE("a@\303\251", false),
    CASE("a@b.c ", false),
    CASE(" a@b.c", false),
    CASE("a(b)@c", false),
};

static const scalar_case default_aws_ipaddress[] = {
    CASE("0.0.0.0", true),
    CASE("1.2.3.4", true),
    CASE("255.255.255.255", true),
    CASE("256.1.1.1", false),
    CASE("01.2.3.4", false),
    CASE("1.2.3", false),
    CASE("1.2.3.4.5", false),
    CASE("1.2.3.4 ", false),
    CASE(" 1.2.3.4", false),
    CASE("1.2.3.4/32", false),
    CASE("1.2.3.4%eth0", false),
    CASE("1.2.3.-4", false),
    CASE("::", true),
    CASE("::1", true),
    CASE("1::", true),
    CASE("1:2:3:4:5:6:7:8", true),
    CASE("1:2:3:4:5:6:7::", true),
    CASE("::2:3:4:5:6:7:8", true),
    CASE("1:2:3:4::5:6:7:8", false),
    CASE("1:2:3:4:5:6:7:8:9", false),
    CASE("1::2::3", false),
    CASE(":1", false),
    CASE("1:", false),
    CASE(":::", false),
    CASE("12345::", false),
    CASE("FFFF::abcd", true),
    CASE("g::1", false),
    CASE("::ffff:1.2.3.4", true),
    CASE("::1.2.3.4", true),
    CASE("1:2:3:4:5:6:1.2.3.4", true),
    CASE("1:2:3:4:5:6:7:1.2.3.4", false),
    CASE("::01.2.3.4", false),
    CASE("::1.2.3", false),
    CASE("::1.2.3.4:5", false),
    CASE("fe80::1%eth0", true),
    CASE("FE80::1%ETH0", true),
    CASE("fe80::1%a-b.c:d", true),
    CASE("::ffff:1.2.3.4%x", true),
    CASE("fe80::1%", false),
    CASE("::1%a%b", false),
    CASE("::1%a_b", false),
    CASE("[::1]", false),
    CASE("::1/128", false),
    CASE("", false),
};

static const scalar_case default_aws_url[] = {
    CASE("http://a.com", true),
    CASE("https://user:pw@example.com:8080/p\?q=1#f", true),
    CASE("HTTP://A.COM", true),
    CASE(" http://a.com\t", true),
    CASE("http://a\n.com", true),
    CASE("ht\ttp://a.com", true),
    CASE("\000http://a", true),
    CASE("http://a b.com", false),
    CASE("http://a.com/a b", true),
    CASE("http://a.com/%zz", true),
    CASE("http://a#b c", true),
    CASE("http:a.com", true),
    CASE("http:\\\\a.com\\p", true),
    CASE("http:////a.com", true),
    CASE("http://", false),
    CASE("http:///", false),
    CASE("http://user@/", false),
    CASE("http://@a.com", true),
    CASE("http://a:", true),
    CASE("http://a:0080", true),
    CASE("http://a:65535", true),
    CASE("http://a:65536", false),
    CASE("http://a:000000000000000000080", true),
    CASE("http://a:8a", false),
    CASE("http://a:80:90", false),
    CASE("http://a.1", false),
    CASE("http://1.2.3", true),
    CASE("http://1.2.3.256", false),
    CASE("http://1.2.3.4.5", false),
    CASE("http://0x7f.1", true),
    CASE("http://0x", true),
    CASE("http://a.0x", false),
    CASE("http://a.0xg", true),
    CASE("http://1..2", false),
    CASE("http://1.2.", true),
    CASE("http://a.b.1.", false),
    CASE("http://4294967295", true),
    CASE("http://4294967296", false),
    CASE("http://09", false),
    CASE("http://%41.com", true),
    CASE("http://%zz.com", false),
    CASE("http://%20.com", false),
    CASE("http://%ff.com", false),
    CASE("http://a%2Eb.com", true),
    CASE("http://a%2fb", false),
    CASE("http://xn--nxasmq6b.com", true),
    CASE("http://XN--NXASMQ6B.com", true),
    CASE("http://xn--a.com", false),
    CASE("http://xn--.com", false),
    CASE("http://xn--abc.com", false),
    CASE("http://xn--abc-.com", true),
    CASE("http://xn---91a", true),
    CASE("http://xn--0.com", false),
    CASE("http://xn--zca.com", true),
    CASE("http://\303\274.com", true),
    CASE("http://%c3%bc.com", true),
    CASE("http://\302\240.com", false),
    CASE("http://\357\277\275.com", false),
    CASE("http://a\343\200\202b", true),
    CASE("http://a\357\274\216b", true),
    CASE("http://\357\274\241.com", true),
    CASE("http://a\302\255b", true),
    CASE("http://a\342\200\215b", false),
    CASE("http://\314\201a", false),
    CASE("http://a\357\274\234b", false),
    CASE("http://a_b*.com", true),
    CASE("http://a<b", false),
    CASE("http://a^b", false),
    CASE("http://a|b", false),
    CASE("http://a[b", false),
    CASE("http://-a-.com", true),
    CASE("http://a..b", true),
    CASE("http://.", true),
    CASE("http://a.com.", true),
    CASE("http://[::1]", true),
    CASE("http://[::1]:80/", true),
    CASE("http://[::1]x", false),
    CASE("http://[1:2:3:4::5:6:7:8]", false),
    CASE("http://[::1%25eth0]", false),
    CASE("http://[::1.2.3.4]", true),
    CASE("http://[::01.2.3.4]", false),
    CASE("https://a", true),
    CASE("ws://a", true),
    CASE("wss://a", true),
    CASE("ftp://a", true),
    CASE("foo:", true),
    CASE("foo:a b", true),
    CASE("foo://", true),
    CASE("foo://a b", false),
    CASE("foo://@", false),
    CASE("foo://:80", false),
    CASE("foo://h:x", false),
    CASE("foo://h:99999", false),
    CASE("foo://h:80", true),
    CASE("foo://a[b", false),
    CASE("foo://a%b", true),
    CASE("foo://a\\b", false),
    CASE("foo://[::1]", true),
    CASE("foo://[zz]", false),
    CASE("foo:/a", true),
    CASE("mailto:someone@example.com", true),
    CASE("urn:isbn:0451450523", true),
    CASE("a+b-c.d:x", true),
    CASE("a:", true),
    CASE("file:", true),
    CASE("file:x", true),
    CASE("file:///x", true),
    CASE("file://a b/", false),
    CASE("file://h:80/", false),
    CASE("file://c:/", true),
    CASE("file://c|/", true),
    CASE("file://localhost/", true),
    CASE("file://[::1]/", true),
    CASE("file://%zz/", false),
    CASE("file://host/share", true),
    CASE("1http://a", false),
    CASE("ht tp://a", false),
    CASE(":a", false),
    CASE("", false),
    CASE("a.com", false),
    CASE("//a.com", false),
    CASE("http//a.com", false),
    CASE("javascript:alert(1)", true),
};

static const scalar_case default_aws_phone[] = {
    CASE("+12133734253", true),
    CASE("+1 213 373 4253", true),
    CASE("+1 (213) 373-4253", true),
    CASE("+1-213-373-4253", true),
    CASE("+1.213.373.4253", true),
    CASE("+1/213/373/4253", true),
    CASE("+ 1 213 373 4253", true),
    CASE("+(1) 213 373 4253", true),
    CASE("+12133734253 ", true),
    CASE("+1 213 373 4253 ...", true),
    CASE("+1-213-373-4253-", true),
    CASE("+1 242 012 3456", true),
    CASE("+1 242 112 3456", true),
    CASE("+442071838750", true),
    CASE("+44 20 7183 8750", true),
    CASE("+33 6 12 34 56 78", true),
    CASE("+49 30 1234567", true),
    CASE("+61 2 9876 5432", true),
    CASE("+81 3-1234-5678", true),
    CASE("+86 139 1234 5678", true),
    CASE("+7 916 123-45-67", true),
    CASE("+91 98765 43210", true),
    CASE("+55 11 91234-5678", true),
    CASE("+972 50-123-4567", true),
    CASE("+971 50 123 4567", true),
    CASE("+376 312 345", true),
    CASE("+247 40123", true),
    CASE("+1-800-555-0199", true),
    CASE("+\357\274\221\357\274\222\357\274\221\357\274\223\357\274\223\357\274\227"
         "\357\274\223\357\274\224\357\274\222\357\274\225\357\274\223", true),
    CASE("+1\342\200\220213\342\200\220373\342\200\2204253", true),
    CASE("+1\302\240213\302\240373\302\2404253", true),
    CASE("2133734253", false),
    CASE(" +12133734253", false),
    CASE("\357\274\21312133734253", false),
    CASE("++12133734253", false),
    CASE("tel:+1-213-373-4253", false),
    CASE("+0123456", false),
    CASE("+12003734253", false),
    CASE("+12131234253", false),
    CASE("+1213373425", false),
    CASE("+121337342533", false),
    CASE("+80012345678", false),
    CASE("+9999999999", false),
    CASE("+1~213~373~4253", false),
    CASE("+1a2133734253", false),
    CASE("+1 213 373 4253#", false),
    CASE("+1 (213)", false),
    CASE("+", false),
    CASE("", false),
    CASE("+44 020 7183 8750", true),
    CASE("+4402071838750", true),
    CASE("+116287773616", true),
    CASE("+7 8 800 555 35 35", true),
    CASE("+11 213 373 4253", true),
    CASE("+1 1 200 373 4253", false),
    CASE("+36 06 1 234 5678", true),
    /* Extensions: a valid number followed by one is valid. */
    CASE("+1 213 373 4253 ext. 12", true),
    CASE("+12133734253~12", true),
    CASE("+12015550123 ext 5", true),
    CASE("+12015550123 x5", true),
    CASE("+12015550123;ext=5", true),
    CASE("+12015550123#5", true),
    CASE("+12015550123 EXT 5", true),
    CASE("+12015550123 extension 5", true),
    CASE("+12015550123 extensi\303\263n 5", true),
    CASE("+12015550123 int 5", true),
    CASE("+12015550123 anexo 5", true),
    CASE("+12015550123 \320\224\320\236\320\221 5", true),
    CASE("+12015550123 - 55#", true),
    CASE("+12015550123,,5", true),
    CASE("+12015550123;5", true),
    CASE("+12015550123,5", true),
    CASE("+12015550123 ,5#", true),
    CASE("+12015550123 x123456789", true),
    CASE("+12015550123 extn: 5", true),
    CASE("+12015550123 ext.-5", true),
    CASE("+12015550123\text 5", true),
    CASE("+12015550123 \357\275\205\357\275\230\357\275\224 5", true),
    CASE("+12015550123 ~ 5", true),
    CASE("+12015550123 ext 5#", true),
    CASE("+12015550123 ;ext=5", true),
    CASE("+12015550123ext5", true),
    CASE("+12015550123 ext 123456789012345678901", false),
    CASE("+12015550123 x1234567890", false),
    CASE("+12015550123 ext", false),
    CASE("+12015550123x", false),
    CASE("+1201555012 x5", false),
    CASE("+12015550123 ext 5##", false),
    CASE("+12015550123 e xt 5", false),
    CASE("+12015550123 x 5 x 6", false),
    CASE("+\331\241\331\242\331\241\331\243\331\243\331\247\331\243\331\244\331\242\331\245\331\243", true),
};

static void default_int_is_parseint_not_nan(void **state) {
    (void)state;
    CHECK_DEFAULT("Int", ds__is_int, default_int);
}

static void default_timestamp_is_parseint_not_nan(void **state) {
    (void)state;
    CHECK_DEFAULT("AWSTimestamp", ds__is_aws_timestamp, default_aws_timestamp);
    CHECK_DEFAULT("AWSTimestamp", ds__is_aws_timestamp, default_int);
}

static void default_float_is_parsefloat_not_nan(void **state) {
    (void)state;
    CHECK_DEFAULT("Float", ds__is_float, default_float);
}

static void default_boolean_is_true_or_false_in_any_case(void **state) {
    (void)state;
    CHECK_DEFAULT("Boolean", ds__is_boolean, default_boolean);
}

static void default_json_is_json_parse(void **state) {
    (void)state;
    CHECK_DEFAULT("AWSJSON", ds__is_aws_json, default_aws_json);
}

static void default_date_is_rfc3339_date_with_month_lengths(void **state) {
    (void)state;
    CHECK_DEFAULT("AWSDate", ds__is_aws_date, default_aws_date);
}

static void default_time_requires_offset_and_takes_bar_sign(void **state) {
    (void)state;
    CHECK_DEFAULT("AWSTime", ds__is_aws_time, default_aws_time);
}

static void default_datetime_is_date_t_time_that_date_parse_takes(void **state) {
    (void)state;
    CHECK_DEFAULT("AWSDateTime", ds__is_aws_datetime, default_aws_datetime);
}

static void default_email_is_the_transformer_regex(void **state) {
    (void)state;
    CHECK_DEFAULT("AWSEmail", ds__is_aws_email, default_aws_email);
}

static void default_ip_address_is_node_isip(void **state) {
    (void)state;
    CHECK_DEFAULT("AWSIPAddress", ds__is_aws_ip_address, default_aws_ipaddress);
}

static void default_url_is_whatwg_new_url(void **state) {
    (void)state;
    CHECK_DEFAULT("AWSURL", ds__is_aws_url, default_aws_url);
}

static void default_phone_is_libphonenumber_is_valid_number(void **state) {
    (void)state;
    CHECK_DEFAULT("AWSPhone", ds__is_aws_phone, default_aws_phone);
}

static void default_id_and_string_take_any_bytes(void **state) {
    (void)state;
    static const scalar_case any[] = {
        CASE("", true), CASE("x", true), CASE("\377\376", true), CASE("a\0b", true), CASE("\355\240\200", true),
    };
    CHECK_DEFAULT("ID", ds__is_id_or_string, any);
    CHECK_DEFAULT("String", ds__is_id_or_string, any);
}

/* Long texts, built here; their expected results were checked with node too. */
static void default_long_texts_keep_their_limits(void **state) {
    (void)state;
    char buf[4200];
    /* An email domain label may have 63 characters, not 64. */
    memcpy(buf, "a@", 2);
    memset(buf + 2, 'b', 63);
    buf[65] = '.';
    memset(buf + 66, 'c', 63);
    assert_true(check_exact("AWSEmail", ds__is_aws_email, buf, 129, DS__RULES_DEFAULT_VALUE));
    memset(buf + 2, 'b', 64);
    memcpy(buf + 66, ".c", 2);
    assert_false(check_exact("AWSEmail", ds__is_aws_email, buf, 68, DS__RULES_DEFAULT_VALUE));
    /* libphonenumber-js gives up on texts over 250 characters. */
    memcpy(buf, "+1 ", 3);
    memset(buf + 3, '2', 300);
    assert_false(check_exact("AWSPhone", ds__is_aws_phone, buf, 303, DS__RULES_DEFAULT_VALUE));
    memcpy(buf, "+1 213 373 4253", 15);
    memset(buf + 15, ' ', 235);
    assert_true(check_exact("AWSPhone", ds__is_aws_phone, buf, 250, DS__RULES_DEFAULT_VALUE));
    buf[250] = ' ';
    assert_false(check_exact("AWSPhone", ds__is_aws_phone, buf, 251, DS__RULES_DEFAULT_VALUE));
    /* 2048 nested arrays parse (deeper is a known difference, below). */
    memset(buf, '[', 2048);
    memset(buf + 2048, ']', 2048);
    assert_true(check_exact("AWSJSON", ds__is_aws_json, buf, 4096, DS__RULES_DEFAULT_VALUE));
    /* A long fraction is fine in AWSDateTime. */
    memcpy(buf, "2020-01-01T00:00:00.", 20);
    memset(buf + 20, '7', 4000);
    buf[4020] = 'Z';
    assert_true(check_exact("AWSDateTime", ds__is_aws_datetime, buf, 4021, DS__RULES_DEFAULT_VALUE));
}

/*
 * Where scalars.c knowingly differs from the transformer (see scalars.c for
 * why). Each case states what scalars.c answers; the comment what Node says.
 */
static void default_known_differences(void **state) {
    (void)state;
    static const scalar_case json[] = {
        CASE("1e400", false),               /* JSON.parse: Infinity, valid */
        CASE("[1e400]", false),             /* valid */
        CASE("\"\\ud800\"", false),         /* lone surrogate escape: valid */
        CASE("{\"\\u0000a\":1}", false),    /* NUL in an object key: valid */
    };
    CHECK_DEFAULT("AWSJSON", ds__is_aws_json, json);
    static const scalar_case url[] = {
        CASE("http://xn--nxa-mq6b.com", true), /* Ada: the label decodes to U+334D, which UTS #46 maps: invalid */
        CASE("http://a\327\220b", true),       /* Ada: fails the bidi rule: invalid */
        CASE("http://xn--a-ecp.ru", true),     /* Ada: U+2488 maps to "1.": invalid */
    };
    CHECK_DEFAULT("AWSURL", ds__is_aws_url, url);
    static const scalar_case phone[] = {
        CASE("+1 ~213) 373-4253", false),       /* the tilde is punctuation here: valid */
        CASE("+32983868533", true),             /* no Belgian number pattern matches: invalid */
        CASE("+5707049996", true),              /* invalid */
    };
    CHECK_DEFAULT("AWSPhone", ds__is_aws_phone, phone);
    char deep[6000];
    memset(deep, '[', 3000);
    memset(deep + 3000, ']', 3000);
    /* JSON.parse takes 3000 levels; jansson stops at 2048. */
    assert_false(check_exact("AWSJSON", ds__is_aws_json, deep, sizeof deep, DS__RULES_DEFAULT_VALUE));
}

/* ---- DS__RULES_RECORD ---------------------------------------------------- */

static void record_id_and_string_must_be_utf8(void **state) {
    (void)state;
    static const scalar_case cases[] = {
        CASE("", true),
        CASE("plain", true),
        CASE("a\0b", true),
        CASE("\303\251t\303\251", true),
        CASE("\360\237\222\251", true),
        CASE("\355\237\277", true),  /* U+D7FF */
        CASE("\357\277\277", true),  /* U+FFFF */
        CASE("\364\217\277\277", true), /* U+10FFFF */
        CASE("\355\240\200", false), /* a surrogate */
        CASE("\300\200", false),     /* overlong NUL */
        CASE("\340\237\277", false), /* overlong */
        CASE("\360\217\277\277", false), /* overlong */
        CASE("\364\220\200\200", false), /* past U+10FFFF */
        CASE("\377", false),
        CASE("\200", false),
        CASE("\342\202", false),     /* cut short */
        CASE("a\303", false),
    };
    CHECK_RECORD("ID", ds__is_id_or_string, cases);
    CHECK_RECORD("String", ds__is_id_or_string, cases);
}

static void record_int_is_signed_32_bit(void **state) {
    (void)state;
    static const scalar_case cases[] = {
        CASE("0", true),           CASE("-0", true),          CASE("42", true),          CASE("007", true),
        CASE("2147483647", true),  CASE("-2147483648", true), CASE("2147483648", false), CASE("-2147483649", false),
        CASE("4294967296", false), CASE("-4294967296", false), CASE("0002147483647", true),
        CASE("99999999999999999999999", false), CASE("", false), CASE("-", false),        CASE("+1", false),
        CASE("1.0", false),        CASE("1e3", false),        CASE(" 1", false),          CASE("1 ", false),
        CASE("0x10", false),       CASE("--1", false),
    };
    CHECK_RECORD("Int", ds__is_int, cases);
}

/* 2^1024 - 2^970, the least value that rounds to infinity, and one less. */
#define OVERFLOW_THRESHOLD                                                                                            \
    "17976931348623158079372897140530341507993413271003782693617377898044496829276475094664901797758720709"           \
    "63302864166928879109465555478519404026306574886715058206819089020007083836762738548458177115317644757"           \
    "30270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174"           \
    "497792"
#define BELOW_THRESHOLD                                                                                               \
    "17976931348623158079372897140530341507993413271003782693617377898044496829276475094664901797758720709"           \
    "63302864166928879109465555478519404026306574886715058206819089020007083836762738548458177115317644757"           \
    "30270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174"           \
    "497791"

static void record_float_is_a_finite_json_number(void **state) {
    (void)state;
    static const scalar_case cases[] = {
        CASE("0", true), CASE("-0", true), CASE("1.5", true), CASE("-1.5e-300", true), CASE("1E+2", true),
        CASE("1e308", true), CASE("1.7976931348623157e308", true), CASE("1.7976931348623158e308", true),
        CASE("1.7976931348623159e308", false), CASE("1e309", false), CASE("-1e309", false), CASE("0.001e311", true),
        CASE("0.01e311", false), CASE("17976931348623158e292", true), CASE("17976931348623159e292", false),
        CASE("1e-400", true), CASE("0e99999999999999999999", true), CASE("0.000e400", true),
        CASE("1e99999999999999999999", false), CASE("1e-99999999999999999999", true),
        CASE(OVERFLOW_THRESHOLD, false), CASE(BELOW_THRESHOLD, true), CASE(BELOW_THRESHOLD ".9999", true),
        CASE(OVERFLOW_THRESHOLD ".0", false), CASE("0." OVERFLOW_THRESHOLD "e309", false),
        CASE("0." BELOW_THRESHOLD "e309", true), CASE("0.0" OVERFLOW_THRESHOLD "e310", false),
        CASE("01", false), CASE("1.", false), CASE(".5", false), CASE("+1", false), CASE("1e", false),
        CASE("1e+", false), CASE("Infinity", false), CASE("NaN", false), CASE("", false), CASE("-", false),
        CASE(" 1", false), CASE("1 ", false), CASE("0x10", false), CASE("1,5", false),
    };
    CHECK_RECORD("Float", ds__is_float, cases);
}

/* The finiteness rule agrees with strtod for numbers near the top of the range. */
static void record_float_agrees_with_strtod(void **state) {
    (void)state;
    char text[64];
    const char *mantissas[] = {"1",           "1.7976931348623157",    "1.7976931348623158",
                               "1.79769313486231580793", "1.79769313486231580794", "1.7976931348623159",
                               "9.99",        "0.0179769313486231581", "17.976931348623157"};
    for (size_t m = 0; m < COUNT(mantissas); m++) {
        for (int e = 300; e <= 312; e++) {
            int len = snprintf(text, sizeof text, "%se%d", mantissas[m], e);
            double v = strtod(text, NULL);
            bool got = check_exact("Float", ds__is_float, text, (size_t)len, DS__RULES_RECORD);
            if (got != (bool)isfinite(v))
                fail_msg("Float %s: finite is %d, strtod gives %g", text, got, v);
        }
    }
}

static void record_boolean_is_exactly_true_or_false(void **state) {
    (void)state;
    static const scalar_case cases[] = {
        CASE("true", true), CASE("false", true), CASE("TRUE", false), CASE("True", false), CASE("", false),
        CASE(" true", false), CASE("true ", false), CASE("1", false), CASE("0", false), CASE("t", false),
    };
    CHECK_RECORD("Boolean", ds__is_boolean, cases);
}

static void record_date_takes_an_optional_offset(void **state) {
    (void)state;
    static const scalar_case cases[] = {
        CASE("2020-02-29", true), CASE("0000-01-01", true), CASE("1970-01-01Z", true), CASE("1970-01-01-07:00", true),
        CASE("1970-01-01+05:30", true), CASE("1970-01-01+05:30:15", true), CASE("2021-02-29", false),
        CASE("1900-02-29", false), CASE("2020-04-31", false), CASE("2020-13-01", false), CASE("2020-00-01", false),
        CASE("2020-01-00", false), CASE("2020-1-01", false), CASE("1970-01-01+05", false), CASE("1970-01-01z", false),
        CASE("1970-01-01+24:00", false), CASE("1970-01-01+05:60", false), CASE("1970-01-01+05:30:60", false),
        CASE("1970-01-01+0530", false), CASE("1970-01-01 ", false), CASE("-2017-05-01", false),
        CASE("2020-01-01T00:00Z", false), CASE("", false),
    };
    CHECK_RECORD("AWSDate", ds__is_aws_date, cases);
}

static void record_time_takes_minutes_seconds_and_nanoseconds(void **state) {
    (void)state;
    static const scalar_case cases[] = {
        CASE("12:30", true), CASE("12:30:45", true), CASE("12:30:45.1", true), CASE("12:30:45.123456789", true),
        CASE("00:00Z", true), CASE("23:59:59-08:00", true), CASE("12:30:45.123+05:30:15", true),
        CASE("12:30:45.1234567890", false), CASE("12:30:45.", false), CASE("12:30:45x123", false),
        CASE("12:30.5", false), CASE("24:00", false), CASE("23:60", false), CASE("12:30:60", false),
        CASE("1:30", false), CASE("12:3", false), CASE("12", false), CASE("12:30:", false), CASE("12:30+05", false),
        CASE("12:30z", false), CASE("12:30Z ", false), CASE("", false),
    };
    CHECK_RECORD("AWSTime", ds__is_aws_time, cases);
}

static void record_datetime_requires_an_offset(void **state) {
    (void)state;
    static const scalar_case cases[] = {
        CASE("2020-01-01T12:30Z", true), CASE("2020-01-01T12:30:45Z", true),
        CASE("2020-01-01T12:30:45.123456789-07:00", true), CASE("2020-01-01T12:30:45+05:30:15", true),
        CASE("2020-02-29T00:00:00.2Z", true), CASE("2020-01-01T12:30:45", false), CASE("2020-01-01T12:30", false),
        CASE("2020-01-01t12:30Z", false), CASE("2020-01-01T12:30z", false), CASE("2020-02-30T00:00Z", false),
        CASE("2020-01-01 12:30Z", false), CASE("2020-01-01T12:30:45.1234567890Z", false), CASE("2020-01-01TZ", false),
        CASE("-2017-01-01T00:00Z", false), CASE("2020-01-01T24:00Z", false), CASE("2020-01-01", false), CASE("", false),
    };
    CHECK_RECORD("AWSDateTime", ds__is_aws_datetime, cases);
}

static void record_timestamp_is_digits_within_int64(void **state) {
    (void)state;
    static const scalar_case cases[] = {
        CASE("0", true), CASE("1600000000", true), CASE("00012", true), CASE("9223372036854775807", true),
        CASE("9223372036854775808", false), CASE("18446744073709551615", false), CASE("18446744073709551616", false),
        CASE("92233720368547758070", false), CASE("99999999999999999999999", false), CASE("-1", false),
        CASE("+1", false), CASE("", false), CASE("1.5", false), CASE("1e9", false), CASE(" 1", false),
    };
    CHECK_RECORD("AWSTimestamp", ds__is_aws_timestamp, cases);
}

static void record_email_and_json_follow_the_same_rules(void **state) {
    (void)state;
    CHECK_RECORD("AWSEmail", ds__is_aws_email, default_aws_email);
    CHECK_RECORD("AWSJSON", ds__is_aws_json, default_aws_json);
}

static void record_url_is_new_url_and_rfc1738(void **state) {
    (void)state;
    static const scalar_case cases[] = {
        CASE("https://www.amazon.com/dp/B000NZW3KC/", true), CASE("mailto:example@example.com", true),
        CASE("http://a.com", true), CASE("HTTPS://A.COM", true), CASE("http://a.com:8080/x?y=1#z", true),
        CASE("ftp://1.2.3.4/", true), CASE("ws://[::1]:80/", true), CASE("file:///etc/hosts", true),
        CASE("urn:isbn:0451450523", true), CASE("foo://h/p", true), CASE("http://a.com/x?y=//z", true),
        CASE("http://a.com/x#//", true), CASE("http://\303\274.com/", true), CASE("http:a.com", false),
        CASE("http:/a.com", false), CASE("http:///a.com", false), CASE("http://a.com//x", false),
        CASE("http://a.com/x//y", false), CASE("foo:a//b", false), CASE("foo://h//p", false), CASE("mailto:", false),
        CASE("foo:", false), CASE("file:", false), CASE(" http://a.com", false), CASE("http://a.com ", false),
        CASE("http://a.com/a b", false), CASE("http://a\tb.com", false), CASE("http:\\\\a.com", false),
        CASE("http://a.com/\\x", false), CASE("http://a.com/\177", false), CASE("http://a.com/\377", false),
        CASE("http://", false), CASE("http://a:65536", false), CASE("http://1.2.3.256", false), CASE("a.com", false),
        CASE("", false),
    };
    CHECK_RECORD("AWSURL", ds__is_aws_url, cases);
}

static void record_phone_is_datastore_pattern_with_7_to_15_digits(void **state) {
    (void)state;
    static const scalar_case cases[] = {
        CASE("+12133734253", true), CASE("2133734253", true), CASE("+1 213 373 4253", true),
        CASE("+1-213-373-4253", true), CASE("213-373-4253", true), CASE("1234567", true),
        CASE("+123456789012345", true), CASE("+1\t213\t373\t4253", true), CASE("+1\302\240213 373 4253", true),
        CASE("+1 213 373 4253 ", true), CASE("+1234567890123456", false), CASE("123456", false),
        CASE("+1 (213) 373-4253", false), CASE("+1.213.373.4253", false), CASE("+ 12133734253", false),
        CASE("-12133734253", false), CASE("12133734253x", false), CASE("\357\274\221234567", false), CASE("1", false),
        CASE("+", false), CASE("", false),
    };
    CHECK_RECORD("AWSPhone", ds__is_aws_phone, cases);
}

static void record_ip_address_takes_a_cidr_prefix(void **state) {
    (void)state;
    static const scalar_case cases[] = {
        CASE("1.2.3.4", true), CASE("123.12.34.56/32", true), CASE("127.0.0.1/8", true), CASE("1.2.3.4/0", true),
        CASE("::1", true), CASE("::1/128", true), CASE("2001:db8::/32", true), CASE("::ffff:1.2.3.4", true),
        CASE("1.2.3.4/33", false), CASE("1.2.3.4/", false), CASE("1.2.3.4/08", false), CASE("1.2.3.4/8/8", false),
        CASE("1.2.3.4/-1", false), CASE("1.2.3.4/ 8", false), CASE("1.2.3.4/1000", false), CASE("::1/129", false),
        CASE("fe80::1%eth0", false), CASE("01.2.3.4", false), CASE("1.2.3.4 ", false), CASE("/8", false),
        CASE("", false),
    };
    CHECK_RECORD("AWSIPAddress", ds__is_aws_ip_address, cases);
}

/* ---- the API around the checks ------------------------------------------- */

static void unknown_scalars_and_missing_text_are_invalid(void **state) {
    (void)state;
    for (int r = DS__RULES_DEFAULT_VALUE; r <= DS__RULES_RECORD; r++) {
        ds__scalar_rules rules = (ds__scalar_rules)r;
        assert_false(ds__scalar_text_valid("Long", "1", 1, rules));
        assert_false(ds__scalar_text_valid("int", "1", 1, rules));
        assert_false(ds__scalar_text_valid("", "1", 1, rules));
        assert_false(ds__scalar_text_valid(NULL, "1", 1, rules));
        /* NULL text with length 0 is the empty string; with a length it is refused. */
        assert_true(ds__scalar_text_valid("String", NULL, 0, rules));
        assert_false(ds__scalar_text_valid("String", NULL, 3, rules));
        assert_false(ds__scalar_text_valid("AWSJSON", NULL, 0, rules));
        assert_false(ds__is_aws_url(NULL, 0, rules));
        assert_false(ds__is_aws_ip_address(NULL, 0, rules));
        assert_false(ds__is_aws_phone(NULL, 1, rules));
    }
    /* The length is what counts, not a NUL. */
    assert_true(ds__scalar_text_valid("Int", "12x", 2, DS__RULES_RECORD));
    assert_true(ds__scalar_text_valid("AWSDate", "2020-01-01garbage", 10, DS__RULES_RECORD));
}

static void *run_tables(void *arg) {
    (void)arg;
    for (int round = 0; round < 50; round++) {
        for (size_t i = 0; i < COUNT(default_aws_url); i++)
            if (ds__is_aws_url(default_aws_url[i].text, default_aws_url[i].len, DS__RULES_DEFAULT_VALUE) !=
                default_aws_url[i].valid)
                return (void *)1;
        for (size_t i = 0; i < COUNT(default_aws_json); i++)
            if (ds__is_aws_json(default_aws_json[i].text, default_aws_json[i].len, DS__RULES_DEFAULT_VALUE) !=
                default_aws_json[i].valid)
                return (void *)1;
    }
    return NULL;
}

static void checks_run_concurrently(void **state) {
    (void)state;
    pthread_t threads[4];
    for (size_t i = 0; i < COUNT(threads); i++)
        assert_int_equal(pthread_create(&threads[i], NULL, run_tables, NULL), 0);
    for (size_t i = 0; i < COUNT(threads); i++) {
        void *result = (void *)1;
        assert_int_equal(pthread_join(threads[i], &result), 0);
        assert_null(result);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(default_int_is_parseint_not_nan),
        cmocka_unit_test(default_timestamp_is_parseint_not_nan),
        cmocka_unit_test(default_float_is_parsefloat_not_nan),
        cmocka_unit_test(default_boolean_is_true_or_false_in_any_case),
        cmocka_unit_test(default_json_is_json_parse),
        cmocka_unit_test(default_date_is_rfc3339_date_with_month_lengths),
        cmocka_unit_test(default_time_requires_offset_and_takes_bar_sign),
        cmocka_unit_test(default_datetime_is_date_t_time_that_date_parse_takes),
        cmocka_unit_test(default_email_is_the_transformer_regex),
        cmocka_unit_test(default_ip_address_is_node_isip),
        cmocka_unit_test(default_url_is_whatwg_new_url),
        cmocka_unit_test(default_phone_is_libphonenumber_is_valid_number),
        cmocka_unit_test(default_id_and_string_take_any_bytes),
        cmocka_unit_test(default_long_texts_keep_their_limits),
        cmocka_unit_test(default_known_differences),
        cmocka_unit_test(record_id_and_string_must_be_utf8),
        cmocka_unit_test(record_int_is_signed_32_bit),
        cmocka_unit_test(record_float_is_a_finite_json_number),
        cmocka_unit_test(record_float_agrees_with_strtod),
        cmocka_unit_test(record_boolean_is_exactly_true_or_false),
        cmocka_unit_test(record_date_takes_an_optional_offset),
        cmocka_unit_test(record_time_takes_minutes_seconds_and_nanoseconds),
        cmocka_unit_test(record_datetime_requires_an_offset),
        cmocka_unit_test(record_timestamp_is_digits_within_int64),
        cmocka_unit_test(record_email_and_json_follow_the_same_rules),
        cmocka_unit_test(record_url_is_new_url_and_rfc1738),
        cmocka_unit_test(record_phone_is_datastore_pattern_with_7_to_15_digits),
        cmocka_unit_test(record_ip_address_takes_a_cidr_prefix),
        cmocka_unit_test(unknown_scalars_and_missing_text_are_invalid),
        cmocka_unit_test(checks_run_concurrently),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
