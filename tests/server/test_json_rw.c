/*
 * The server's own JSON reader and writer (json_read.c, json_write.c)
 * against jansson, whose results they must reproduce exactly: the reader
 * may decline a text (jansson then decides) but never accept one jansson
 * rejects or read one differently; the writer writes byte for byte what
 * json_dumps(v, JSON_COMPACT) writes.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <glob.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "server/json_read.h"
#include "server/json_write.h"
#include "support/testutil.h"

/* The reader's answer for text agrees with jansson's; returns whether it
 * took the text. */
static bool reads_like_jansson(const char *text, size_t len) {
    json_error_t je;
    json_t *want = json_loadb(text, len, 0, &je);
    json_t *got = ds__json_read(text, len);
    if (got) {
        if (!want) {
            fprintf(stderr, "accepted what jansson rejects (%s): %.*s\n", je.text, (int)(len > 200 ? 200 : len), text);
            fail();
        }
        /* Equal, and in the same key order. */
        char *a = json_dumps(want, JSON_COMPACT), *b = json_dumps(got, JSON_COMPACT);
        if (!json_equal(want, got) || !a || !b || strcmp(a, b) != 0) {
            fprintf(stderr, "read differently: %.*s\n  jansson: %s\n  ours:    %s\n", (int)(len > 200 ? 200 : len),
                    text, a ? a : "?", b ? b : "?");
            fail();
        }
        free(a);
        free(b);
    }
    bool took = got != NULL;
    json_decref(want);
    json_decref(got);
    return took;
}

static void writes_like_jansson(const json_t *v) {
    char *want = json_dumps(v, JSON_COMPACT);
    size_t len = 0;
    char *got = ds__json_write(v, &len);
    if (!want || !got || strcmp(want, got) != 0 || len != strlen(want)) {
        fprintf(stderr, "written differently:\n  jansson: %.300s\n  ours:    %.300s\n", want ? want : "(null)",
                got ? got : "(null)");
        fail();
    }
    free(want);
    free(got);
}

static void reader_takes_what_jansson_writes_and_agrees_on_the_edges(void **state) {
    (void)state;
    static const struct {
        const char *text;
        bool taken; /* whether our reader should take it (else jansson decides) */
    } cases[] = {
        {"{}", true},
        {"[]", true},
        {"  {\"a\" : 1 ,\n\t\"b\":[true,false,null]}  ", true},
        {"{\"id\":\"p1\",\"title\":\"Hello\",\"rating\":5,\"_version\":1,\"_deleted\":null}", true},
        {"[-0, 0, 1, -1, 123456789012345678, -123456789012345678]", true},
        {"[9223372036854775807]", false},  /* 19 digits: jansson's */
        {"[9223372036854775808]", false},  /* too big: jansson rejects */
        {"[1.5, -0.0, 0.1, 1e10, 1E-5, 2.5e+3, 12345.678901234567]", true},
        {"[1e400]", false},
        {"[1e-400]", false},
        {"[01]", false},
        {"[1.]", false},
        {"[.5]", false},
        {"[+1]", false},
        {"[-]", false},
        {"[truex]", false},
        {"[tru]", false},
        {"[1,]", false},
        {"[,1]", false},
        {"{\"a\":1,}", false},
        {"{\"a\" 1}", false},
        {"{1:2}", false},
        {"{} x", false},
        {"\"top-level string\"", false},
        {"42", false},
        {"", false},
        {"{\"a\":1,\"a\":2,\"b\":3}", true}, /* the last wins, in the first one's place */
        {"[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"]", true},
        {"[\"\\u00e9\\u00E9 \\u20ac \\ud83d\\ude00\"]", true},
        {"[\"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80\"]", true},
        {"[\"\\u0000\"]", false},
        {"{\"a\\u0000b\":1}", false},
        {"[\"\\ud800\"]", false},
        {"[\"\\udc00\"]", false},
        {"[\"\\ud800\\u0041\"]", false},
        {"[\"\\x\"]", false},
        {"[\"\\u12G4\"]", false},
        {"[\"tab\there\"]", false},
        {"[\"\xff\"]", false},
        {"[\"\xc0\x80\"]", false},
        {"[\"\xed\xa0\x80\"]", false}, /* an encoded surrogate */
        {"[\"\xf4\x90\x80\x80\"]", false}, /* past U+10FFFF */
        {"[\"unterminated]", false},
        {"{\"k\\u00e9y\":\"v\\n\",\"\\\"q\\\"\":{\"n\":[[],{}]}}", true},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        bool took = reads_like_jansson(cases[i].text, strlen(cases[i].text));
        if (took != cases[i].taken) {
            fprintf(stderr, "case %zu (%s): %s\n", i, cases[i].text, took ? "taken" : "declined");
            fail();
        }
    }
    /* Deep nesting goes to jansson; a depth it takes, we take. */
    char deep[4200];
    for (int depth = 900; depth <= 2100; depth += 1200) {
        size_t n = 0;
        for (int i = 0; i < depth; i++)
            deep[n++] = '[';
        for (int i = 0; i < depth; i++)
            deep[n++] = ']';
        reads_like_jansson(deep, n);
    }
}

/* Random JSON: strings of every kind of character, integers to the
 * extremes, reals, nesting. */
static unsigned long long g_rng = 0x9E3779B97F4A7C15ULL;
static unsigned rnd(unsigned n) {
    g_rng ^= g_rng << 13;
    g_rng ^= g_rng >> 7;
    g_rng ^= g_rng << 17;
    return (unsigned)(g_rng % n);
}

static json_t *random_string(void) {
    static const char *pieces[] = {"a", "Z", " ", "\"", "\\", "/", "\n", "\t", "\x01", "\x1f", "\x7f",
                                   "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80", "post", "0", "{", "]", ":"};
    char buf[256];
    size_t n = 0, k = rnd(12);
    for (size_t i = 0; i < k; i++) {
        const char *p = pieces[rnd(sizeof pieces / sizeof *pieces)];
        size_t l = strlen(p);
        memcpy(buf + n, p, l);
        n += l;
    }
    return json_stringn(buf, n);
}

static json_t *random_value(int depth) {
    unsigned k = depth > 4 ? rnd(6) : rnd(8);
    switch (k) {
    case 0: return json_null();
    case 1: return json_boolean(rnd(2));
    case 2: {
        static const json_int_t ints[] = {0, 1, -1, 42, 2147483647, -2147483648LL, LLONG_MAX, LLONG_MIN,
                                          1764000000000LL};
        return json_integer(rnd(3) ? ints[rnd(9)] : (json_int_t)rnd(1000000) - 500000);
    }
    case 3: {
        static const double reals[] = {0.0, -0.0, 0.5, 1.5, 1e-7, 3.141592653589793, 1e300, -2.5e-300, 100.0};
        return json_real(reals[rnd(9)]);
    }
    case 4:
    case 5: return random_string();
    case 6: {
        json_t *a = json_array();
        for (unsigned i = rnd(5); i > 0; i--)
            json_array_append_new(a, random_value(depth + 1));
        return a;
    }
    default: {
        json_t *o = json_object();
        for (unsigned i = rnd(6); i > 0; i--) {
            json_t *key = random_string();
            json_object_set_new(o, json_string_value(key), random_value(depth + 1));
            json_decref(key);
        }
        return o;
    }
    }
}

static void random_values_round_trip_as_jansson_does(void **state) {
    (void)state;
    size_t taken = 0;
    for (int i = 0; i < 3000; i++) {
        json_t *v = json_object();
        json_object_set_new(v, "v", random_value(0));
        writes_like_jansson(v);
        char *text = json_dumps(v, JSON_COMPACT);
        taken += reads_like_jansson(text, strlen(text));
        char *pretty = json_dumps(v, JSON_INDENT(2) | JSON_ENSURE_ASCII);
        reads_like_jansson(pretty, strlen(pretty));
        /* Broken copies: flipped bytes and cut ends. */
        size_t n = strlen(text);
        for (int m = 0; m < 8 && n; m++) {
            char *bad = strdup(text);
            size_t at = rnd((unsigned)n);
            static const char junk[] = "\"\\{}[],:0-e.tx\x80\xff\x01 ";
            bad[at] = junk[rnd(sizeof junk - 1)];
            reads_like_jansson(bad, m % 2 ? at : n);
            free(bad);
        }
        free(text);
        free(pretty);
        json_decref(v);
    }
    assert_true(taken > 2500); /* real reals and huge ints aside, we take them */
}

static void fixture_json_reads_and_writes_as_jansson_does(void **state) {
    (void)state;
    const char *patterns[] = {DS_SHARED_DIR "/fixtures/schemas/*/*.json", DS_SOURCE_DIR "/tests/fixtures/schemas/*/*.json"};
    size_t files = 0;
    for (int p = 0; p < 2; p++) {
        glob_t g;
        memset(&g, 0, sizeof g);
        if (glob(patterns[p], 0, NULL, &g) != 0)
            continue;
        for (size_t i = 0; i < g.gl_pathc; i++) {
            size_t len = 0;
            char *text = tu_read_file(g.gl_pathv[i], &len);
            if (!text)
                continue;
            reads_like_jansson(text, len);
            json_error_t je;
            json_t *v = json_loadb(text, len, 0, &je);
            if (v)
                writes_like_jansson(v);
            json_decref(v);
            free(text);
            files++;
        }
        globfree(&g);
    }
    assert_true(files > 0);
}

static void writer_refuses_what_it_cannot_write(void **state) {
    (void)state;
    size_t len = 1;
    json_t *s = json_string("x");
    assert_null(ds__json_write(s, &len)); /* not a container: as json_dumps */
    assert_int_equal(len, 0);
    json_decref(s);
    /* Deeper than its limit. */
    json_t *root = json_array(), *cur = root;
    for (int i = 0; i < 3000; i++) {
        json_t *next = json_array();
        json_array_append_new(cur, next);
        cur = next;
    }
    assert_null(ds__json_write(root, &len));
    json_decref(root);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(reader_takes_what_jansson_writes_and_agrees_on_the_edges),
        cmocka_unit_test(random_values_round_trip_as_jansson_does),
        cmocka_unit_test(fixture_json_reads_and_writes_as_jansson_does),
        cmocka_unit_test(writer_refuses_what_it_cannot_write),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
