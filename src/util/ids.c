/* UUIDs and clocks; see ids.h. */
#include "util/ids.h"

#include <openssl/rand.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

/* Ids need to be unique, not secret: a per-thread xoshiro256** generator,
 * seeded once from the system's randomness, makes them without a lock or a
 * system call each time. */
static _Thread_local uint64_t rng[4];
static _Thread_local bool rng_seeded;

static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static uint64_t next64(void) {
    uint64_t result = rotl(rng[1] * 5, 7) * 9, t = rng[1] << 17;
    rng[2] ^= rng[0];
    rng[3] ^= rng[1];
    rng[1] ^= rng[2];
    rng[0] ^= rng[3];
    rng[2] ^= t;
    rng[3] = rotl(rng[3], 45);
    return result;
}

static bool seed(void) {
    if (rng_seeded)
        return true;
    if (RAND_bytes((unsigned char *)rng, sizeof rng) != 1)
        return false;
    if (!(rng[0] | rng[1] | rng[2] | rng[3]))
        rng[0] = 1; /* the all-zero state would stay zero */
    rng_seeded = true;
    return true;
}

bool ds__uuid_v4(char out[37]) {
    if (!seed())
        return false;
    unsigned char b[16];
    uint64_t x = next64(), y = next64();
    memcpy(b, &x, 8);
    memcpy(b + 8, &y, 8);
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

static void put2(char *p, int v) {
    p[0] = (char)('0' + v / 10);
    p[1] = (char)('0' + v % 10);
}

/* Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm), so
 * formatting needs neither gmtime nor printf. */
void ds__format_datetime(int64_t ms, char out[32]) {
    int64_t secs = ms / 1000;
    int millis = (int)(ms % 1000);
    if (millis < 0) {
        millis += 1000;
        secs -= 1;
    }
    int64_t days = secs / 86400, rem = secs % 86400;
    if (rem < 0) {
        rem += 86400;
        days -= 1;
    }
    int64_t z = days + 719468, era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t y = yoe + era * 400, doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
    int d = (int)(doy - (153 * mp + 2) / 5 + 1), m = (int)(mp < 10 ? mp + 3 : mp - 9);
    y += m <= 2;
    if (y < 0 || y > 9999) { /* outside what AWSDateTime writes with four digits */
        snprintf(out, 32, "%s", y < 0 ? "0000-01-01T00:00:00.000Z" : "9999-12-31T23:59:59.999Z");
        return;
    }
    int yy = (int)y;
    out[0] = (char)('0' + yy / 1000);
    out[1] = (char)('0' + yy / 100 % 10);
    put2(out + 2, yy % 100);
    out[4] = '-';
    put2(out + 5, m);
    out[7] = '-';
    put2(out + 8, d);
    out[10] = 'T';
    put2(out + 11, (int)(rem / 3600));
    out[13] = ':';
    put2(out + 14, (int)(rem / 60 % 60));
    out[16] = ':';
    put2(out + 17, (int)(rem % 60));
    out[19] = '.';
    out[20] = (char)('0' + millis / 100);
    put2(out + 21, millis % 100);
    out[23] = 'Z';
    out[24] = '\0';
}
