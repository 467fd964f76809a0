/* UUIDs and clocks; see ids.h. */
#include "util/ids.h"

#include <openssl/rand.h>
#include <stdatomic.h>
#include <stdio.h>
#include <time.h>

bool ds__uuid_v4(char out[37]) {
    unsigned char b[16];
    if (RAND_bytes(b, sizeof b) != 1)
        return false;
    b[6] = (unsigned char)((b[6] & 0x0f) | 0x40); /* version 4 */
    b[8] = (unsigned char)((b[8] & 0x3f) | 0x80); /* RFC 4122 variant */
    static const char hex[] = "0123456789abcdef";
    int j = 0;
    for (int i = 0; i < 16; i++) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out[j++] = '-';
        out[j++] = hex[b[i] >> 4];
        out[j++] = hex[b[i] & 15];
    }
    out[j] = '\0';
    return true;
}

static int64_t system_clock(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static _Atomic(int64_t (*)(void)) clock_fn = system_clock;

int64_t ds__now_ms(void) { return atomic_load(&clock_fn)(); }

void ds__set_clock(int64_t (*fn)(void)) { atomic_store(&clock_fn, fn ? fn : system_clock); }

void ds__format_datetime(int64_t ms, char out[32]) {
    time_t secs = (time_t)(ms / 1000);
    int millis = (int)(ms % 1000);
    if (millis < 0) {
        millis += 1000;
        secs -= 1;
    }
    struct tm tm;
    gmtime_r(&secs, &tm);
    /* Wide enough for any int the fields could hold, then cut to size. */
    char wide[96];
    snprintf(wide, sizeof wide, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
             tm.tm_hour, tm.tm_min, tm.tm_sec, millis);
    snprintf(out, 32, "%.31s", wide);
}
