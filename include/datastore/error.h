/*
 * datastore/error.h — status codes and error details.
 *
 * Every libdatastore call that can fail returns a ds_status. DS_OK is zero;
 * every other value is a failure a caller may branch on. The detail of a
 * failure (which model, field, value, or which line:column of which file)
 * goes into an optional ds_error the caller passes as the last argument:
 *
 *     ds_error err = DS_ERROR_INIT;
 *     if (ds_schema_load(&schema, "schema.graphql", &err) != DS_OK)
 *         fprintf(stderr, "%s: %s\n", ds_strerror(err.code), err.message);
 *
 * A ds_error lives in caller memory and owns nothing, so there is nothing to
 * free. Passing NULL is always allowed and drops the detail.
 */
#ifndef DATASTORE_ERROR_H
#define DATASTORE_ERROR_H

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The one list of status codes: X(NAME, value, description). ds_strerror()
 * and ds_status_name() are generated from it, so a code and its text can
 * never drift apart.
 */
#define DS_STATUS_LIST(X)                                                      \
    X(DS_OK, 0, "success")                                                     \
    X(DS_ERR_INVALID, 1, "invalid argument or value")                          \
    X(DS_ERR_NOMEM, 2, "out of memory")                                        \
    X(DS_ERR_IO, 3, "input/output error")                                      \
    X(DS_ERR_SYNTAX, 4, "syntax error")                                        \
    X(DS_ERR_SCHEMA, 5, "schema error")                                        \
    X(DS_ERR_NOTFOUND, 6, "not found")                                         \
    X(DS_ERR_CONDITION, 7, "condition not met")                                \
    X(DS_ERR_CONFLICT, 8, "version conflict")                                  \
    X(DS_ERR_AUTH, 9, "not authorized")                                        \
    X(DS_ERR_OFFLINE, 10, "offline")                                           \
    X(DS_ERR_LIMIT, 11, "limit exceeded")                                      \
    X(DS_ERR_UNSUPPORTED, 12, "not supported")                                 \
    X(DS_ERR_INTERNAL, 13, "internal error")                                   \
    X(DS_ERR_INTEGRITY, 14, "related record missing")                          \
    X(DS_ERR_STATE, 15, "invalid state for this call")

typedef enum ds_status {
#define DS__STATUS_ENUM(name, value, text) name = value,
    DS_STATUS_LIST(DS__STATUS_ENUM)
#undef DS__STATUS_ENUM
} ds_status;

/* Longest message a ds_error holds, including the terminating NUL. Longer
 * messages are cut and end with "...". */
#define DS_ERROR_MESSAGE_MAX 4096

typedef struct ds_error {
    ds_status code;                     /* same value the call returned */
    char message[DS_ERROR_MESSAGE_MAX]; /* NUL-terminated, "" when DS_OK */
} ds_error;

#define DS_ERROR_INIT {DS_OK, {0}}

/* A static, human-readable description of a status ("schema error").
 * Never NULL; unknown values give "unknown status". */
const char *ds_strerror(ds_status status);

/* The status' symbolic name ("DS_ERR_SCHEMA"). Never NULL. */
const char *ds_status_name(ds_status status);

/* Resets err to DS_OK with an empty message. NULL is allowed. */
void ds_error_clear(ds_error *err);

/* Frees memory the library allocated and handed to the caller (strings,
 * arrays), as each function's documentation says. NULL is allowed. */
void ds_free(void *ptr);

#ifdef __cplusplus
}
#endif

#endif /* DATASTORE_ERROR_H */
