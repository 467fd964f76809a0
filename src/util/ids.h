/*
 * Identifiers and clocks: UUID v4 for managed ids and outbox entries, and
 * the time in the forms AppSync uses. The clock is injectable so tests can
 * pin it.
 */
#ifndef DS_UTIL_IDS_H
#define DS_UTIL_IDS_H

#include <stdbool.h>
#include <stdint.h>

/* Writes a random (version 4) UUID, 36 characters and a NUL, into out.
 * Returns false only when the system has no randomness to give. */
bool ds__uuid_v4(char out[37]);

/* Milliseconds since the Unix epoch, from the injectable clock. */
int64_t ds__now_ms(void);
/* Replaces the clock (NULL restores the system clock). For tests. */
void ds__set_clock(int64_t (*fn)(void));

/* Formats ms as an AWSDateTime in UTC with milliseconds,
 * "2026-11-25T09:00:00.000Z" (24 characters and a NUL). */
void ds__format_datetime(int64_t ms, char out[32]);

#endif
