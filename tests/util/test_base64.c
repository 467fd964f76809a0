/* Base64 in both alphabets, against RFC 4648's test vectors. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "util/base64.h"

static void rfc4648_vectors(void **state) {
    (void)state;
    const char *in[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar"};
    const char *std[] = {"", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy"};
    const char *url[] = {"", "Zg", "Zm8", "Zm9v", "Zm9vYg", "Zm9vYmE", "Zm9vYmFy"};
    for (int i = 0; i < 7; i++) {
        char *a = ds__base64_encode(in[i], strlen(in[i]), false), *b = ds__base64_encode(in[i], strlen(in[i]), true);
        assert_string_equal(a, std[i]);
        assert_string_equal(b, url[i]);
        size_t n = 0;
        unsigned char *d = ds__base64_decode(a, strlen(a), &n);
        assert_int_equal(n, strlen(in[i]));
        assert_memory_equal(d, in[i], n);
        free(d);
        d = ds__base64_decode(b, strlen(b), &n);
        assert_int_equal(n, strlen(in[i]));
        free(d);
        free(a);
        free(b);
    }
}

static void url_alphabet_and_garbage(void **state) {
    (void)state;
    unsigned char bytes[] = {0xfb, 0xff, 0xbf};
    char *s = ds__base64_encode(bytes, 3, true), *t = ds__base64_encode(bytes, 3, false);
    assert_string_equal(s, "-_-_");
    assert_string_equal(t, "+/+/");
    size_t n;
    unsigned char *d = ds__base64_decode(s, 4, &n);
    assert_memory_equal(d, bytes, 3);
    free(d);
    free(s);
    free(t);
    assert_null(ds__base64_decode("ab$d", 4, &n));
    assert_null(ds__base64_decode("abcde", 5, &n)); /* impossible length */
}

int main(void) {
    const struct CMUnitTest tests[] = {cmocka_unit_test(rfc4648_vectors), cmocka_unit_test(url_alphabet_and_garbage)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
