/*
 * Helpers shared by the cmocka tests: reading files, running the CLI.
 * Include after <cmocka.h>'s prerequisites (stdarg, stddef, setjmp).
 */
#ifndef DS_TESTUTIL_H
#define DS_TESTUTIL_H

#include <stddef.h>

/* Reads a whole file; NULL when it cannot. Free with free(). */
char *tu_read_file(const char *path, size_t *len);
/* Writes text to a fresh temporary file and returns its path (static
 * buffer per call site is not kept: free() the result). */
char *tu_write_temp(const char *text, const char *suffix);
/* Runs argv (argv[0] a path) capturing stdout and stderr into malloc'd
 * strings; returns the exit status, or -1 when it could not run. */
int tu_run(char *const argv[], char **out, char **err);

#endif
