/*
 * The document cache: a DataStore client sends the same dozen documents
 * (one sync, create, update, delete per model) with different variables,
 * and parsing and validating one costs more than running it. So a valid
 * document is kept by its exact text and reused: only picking the
 * operation and coercing the variables (ds__gql_prepare) happen per
 * request.
 *
 * Bounds: ENTRIES documents of at most MAX_TEXT bytes, MAX_BYTES of text
 * in all; the least recently used goes first. A document is kept the
 * second time its text is seen, so a stream of one-off documents (a batch
 * of aliased mutations with literal values, say) costs a hash each and
 * never pushes the hot ones out. Invalid documents are not kept: the
 * uncached path reports their errors as it always has.
 */
#include "server/doc_cache.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define ENTRIES 256
#define SEEN 1024 /* direct-mapped hashes of texts seen once */
#define MAX_TEXT ((size_t)64 << 10)
#define MAX_BYTES ((size_t)8 << 20)

typedef struct entry {
    uint64_t hash;
    size_t len;
    char *text;
    ds__gql_document *doc;
    uint64_t used; /* the tick of the last hit */
} entry;

struct ds__doc_cache {
    const ds__gql_typesys *ts;
    entry entries[ENTRIES];
    size_t count, bytes;
    uint64_t tick;
    uint64_t seen[SEEN];
};

static uint64_t hash_text(const char *s, size_t n) {
    uint64_t h = 14695981039346656037ULL; /* FNV-1a */
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
    return h ? h : 1; /* 0 marks an empty seen slot */
}

ds__doc_cache *ds__doc_cache_new(const ds__gql_typesys *ts) {
    ds__doc_cache *c = calloc(1, sizeof *c);
    if (c)
        c->ts = ts;
    return c;
}

static void drop(ds__doc_cache *c, size_t i) {
    entry *e = &c->entries[i];
    c->bytes -= e->len;
    free(e->text);
    ds__gql_document_unref(e->doc);
    c->entries[i] = c->entries[--c->count];
}

void ds__doc_cache_free(ds__doc_cache *c) {
    if (!c)
        return;
    while (c->count)
        drop(c, c->count - 1);
    free(c);
}

ds__gql_document *ds__doc_cache_get(ds__doc_cache *c, const char *text, size_t len) {
    if (!c || len > MAX_TEXT)
        return NULL;
    uint64_t h = hash_text(text, len);
    c->tick++;
    for (size_t i = 0; i < c->count; i++) {
        entry *e = &c->entries[i];
        if (e->hash == h && e->len == len && !memcmp(e->text, text, len)) {
            e->used = c->tick;
            return ds__gql_document_ref(e->doc);
        }
    }
    uint64_t *seen = &c->seen[h % SEEN];
    if (*seen != h) {
        *seen = h; /* the first time: parse it the usual way */
        return NULL;
    }
    json_t *errors = NULL;
    ds__gql_document *doc = ds__gql_document_new(c->ts, text, len, &errors);
    json_decref(errors);
    char *copy = doc ? malloc(len + 1) : NULL;
    if (!copy) {
        ds__gql_document_unref(doc);
        return NULL;
    }
    memcpy(copy, text, len);
    copy[len] = '\0';
    while (c->count && (c->count == ENTRIES || c->bytes + len > MAX_BYTES)) {
        size_t oldest = 0;
        for (size_t i = 1; i < c->count; i++)
            if (c->entries[i].used < c->entries[oldest].used)
                oldest = i;
        drop(c, oldest);
    }
    c->entries[c->count++] = (entry){h, len, copy, doc, c->tick};
    c->bytes += len;
    return ds__gql_document_ref(doc);
}
