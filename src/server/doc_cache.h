/*
 * Parsed and validated GraphQL documents, kept by their text
 * (doc_cache.c): clients send the same few documents over and over.
 */
#ifndef DS_SERVER_DOC_CACHE_H
#define DS_SERVER_DOC_CACHE_H

#include <stddef.h>

#include "graphql/execute.h"

typedef struct ds__doc_cache ds__doc_cache;

/* A cache for documents of the type system ts (which must outlive it).
 * NULL when out of memory (the server then runs without one). */
ds__doc_cache *ds__doc_cache_new(const ds__gql_typesys *ts);
/* Frees the cache; documents still referenced elsewhere live on. NULL is
 * allowed. */
void ds__doc_cache_free(ds__doc_cache *c);

/*
 * The valid document with this text: a new reference (drop it with
 * ds__gql_document_unref), or NULL when the caller should take the
 * uncached path (ds__gql_execute) - the text is new, too long, or not a
 * valid document (whose errors the uncached path reports). Not
 * thread-safe: one thread (the event loop) uses a cache.
 */
ds__gql_document *ds__doc_cache_get(ds__doc_cache *c, const char *text, size_t len);

#endif
