/*
 * Tests that talk to the real `datastore serve` process on 127.0.0.1: start
 * it on a free port, post GraphQL to it with libcurl, stop it.
 */
#ifndef DS_TEST_SERVER_PROC_H
#define DS_TEST_SERVER_PROC_H

#include <jansson.h>
#include <stdbool.h>
#include <sys/types.h>

typedef struct tu_server {
    pid_t pid;
    int port;
    char url[128];
    char dir[64];       /* scratch directory (database, logs) */
    char log[128];      /* the server's stderr */
    const char *api_key;
} tu_server;

/* Starts `datastore serve --schema schema_path` plus extra args (NULL-
 * terminated, may be NULL) with a fresh database in a scratch directory,
 * and waits until it accepts connections. Returns false on failure (the
 * log says why). */
bool tu_server_start(tu_server *s, const char *schema_path, const char *const *extra);
/* Starts again on the same database and port (after tu_server_stop). */
bool tu_server_restart(tu_server *s, const char *schema_path, const char *const *extra);
/* SIGTERM, wait; returns the exit status. */
int tu_server_stop(tu_server *s);
/* Removes the scratch directory. */
void tu_server_cleanup(tu_server *s);

/* Posts a GraphQL request; returns the HTTP status (-1 on transport
 * failure) and the parsed JSON body in *out (NULL if not JSON). api_key
 * NULL means the server's own key; "" sends none. */
int tu_graphql(const tu_server *s, const char *api_key, const char *query, json_t *variables, json_t **out);
/* As tu_graphql, with an Authorization header (token; NULL: none) and
 * api_key as there. */
int tu_graphql_as(const tu_server *s, const char *api_key, const char *token, const char *query, json_t *variables,
                  json_t **out);
/* Posts raw bytes with a content type; returns the status and the body. */
int tu_post_raw(const tu_server *s, const char *path, const char *api_key, const char *body, size_t len, char **out);

#endif
