/* UUIDs and time formatting. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "util/ids.h"

static void uuids_are_version_4_and_distinct(void **state) {
    (void)state;
    char prev[37] = "";
    for (int i = 0; i < 1000; i++) {
        char u[37];
        assert_true(ds__uuid_v4(u));
        assert_int_equal(strlen(u), 36);
        assert_int_equal(u[8], '-');
        assert_int_equal(u[14], '4');
        assert_true(strchr("89ab", u[19]) != NULL);
        assert_string_not_equal(u, prev);
        memcpy(prev, u, sizeof u);
    }
}

static void datetime_matches_gmtime_everywhere(void **state) {
    (void)state;
    srand(7);
    for (int i = 0; i < 20000; i++) {
        /* 1970 +- ~250 years, and some fixed edges. */
        int64_t ms = ((int64_t)rand() << 20 | rand()) % ((int64_t)8000000000000LL) - 4000000000000LL;
        if (i == 0)
            ms = 0;
        if (i == 1)
            ms = -1;
        if (i == 2)
            ms = 951782400000; /* 2000-02-29 */
        char ours[32], want[64];
        ds__format_datetime(ms, ours);
        time_t secs = (time_t)(ms >= 0 ? ms / 1000 : (ms - 999) / 1000);
        int millis = (int)(ms - (int64_t)secs * 1000);
        struct tm tm;
        gmtime_r(&secs, &tm);
        snprintf(want, sizeof want, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1,
                 tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, millis);
        if (tm.tm_year + 1900 < 0 || tm.tm_year + 1900 > 9999)
            continue;
        assert_string_equal(ours, want);
    }
    char out[32];
    ds__format_datetime(1764061200123, out);
    assert_string_equal(out, "2025-11-25T09:00:00.123Z");
}

static int64_t fixed_clock(void) { return 42; }

static void clock_is_injectable(void **state) {
    (void)state;
    ds__set_clock(fixed_clock);
    assert_int_equal(ds__now_ms(), 42);
    ds__set_clock(NULL);
    assert_true(ds__now_ms() > 1700000000000LL);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(uuids_are_version_4_and_distinct),
        cmocka_unit_test(datetime_matches_gmtime_everywhere),
        cmocka_unit_test(clock_is_injectable),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
