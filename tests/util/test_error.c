#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "datastore/error.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/err.h"

static void strerror_names_every_code(void **state) {
    (void)state;
    assert_string_equal(ds_strerror(DS_OK), "success");
    assert_string_equal(ds_status_name(DS_ERR_SCHEMA), "DS_ERR_SCHEMA");
    assert_string_equal(ds_strerror((ds_status)999), "unknown status");
}

static void error_message_is_cut_with_ellipsis(void **state) {
    (void)state;
    ds_error err = DS_ERROR_INIT;
    char big[DS_ERROR_MESSAGE_MAX * 2];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    assert_int_equal(ds__error(&err, DS_ERR_INVALID, "%s", big), DS_ERR_INVALID);
    assert_int_equal(err.code, DS_ERR_INVALID);
    size_t n = strlen(err.message);
    assert_int_equal(n, DS_ERROR_MESSAGE_MAX - 1);
    assert_memory_equal(err.message + n - 3, "...", 3);
    ds_error_clear(&err);
    assert_int_equal(err.code, DS_OK);
    assert_string_equal(err.message, "");
    assert_int_equal(ds__error(NULL, DS_ERR_IO, "x"), DS_ERR_IO);
}

static void buf_refuses_to_grow_past_its_cap(void **state) {
    (void)state;
    ds__buf b;
    ds__buf_init(&b, 10);
    assert_true(ds__buf_puts(&b, "hello"));
    assert_true(ds__buf_printf(&b, "%d", 1234));
    assert_string_equal(b.data, "hello1234");
    assert_false(ds__buf_puts(&b, "xx"));
    assert_true(b.failed);
    assert_false(ds__buf_putc(&b, 'x')); /* stays failed */
    assert_null(ds__buf_take(&b, NULL));
    ds__buf_init(&b, 0);
    char *s = ds__buf_take(&b, NULL);
    assert_non_null(s);
    assert_string_equal(s, "");
    ds_free(s);
}

static void diags_sort_by_place_and_format(void **state) {
    (void)state;
    ds__diags d;
    ds__diags_init(&d, "a.graphql");
    ds__diags_add(&d, DS_ERR_SCHEMA, 5, 2, "second");
    ds__diags_add(&d, DS_ERR_SYNTAX, 1, 9, "first");
    ds__diags_sort(&d);
    ds_error err = DS_ERROR_INIT;
    assert_int_equal(ds__diags_to_error(&d, &err), DS_ERR_SYNTAX);
    assert_string_equal(err.message, "a.graphql:1:9: first\na.graphql:5:2: second");
    ds__diags_free(&d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(strerror_names_every_code),
        cmocka_unit_test(error_message_is_cut_with_ellipsis),
        cmocka_unit_test(buf_refuses_to_grow_past_its_cap),
        cmocka_unit_test(diags_sort_by_place_and_format),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
