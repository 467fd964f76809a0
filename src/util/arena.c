/* Bump allocator; see arena.h. Blocks are chained and freed together. */
#include "util/arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct block {
    struct block *next;
    size_t used, size;
    alignas(max_align_t) unsigned char data[];
} block;

struct ds__arena {
    block *head;
    size_t total, max;
};

#define BLOCK_SIZE ((size_t)16 * 1024)
#define ALIGN (alignof(max_align_t))

ds__arena *ds__arena_new(size_t max_bytes) {
    ds__arena *a = calloc(1, sizeof *a);
    if (a)
        a->max = max_bytes ? max_bytes : ((size_t)256 << 20);
    return a;
}

void ds__arena_free(ds__arena *a) {
    if (!a)
        return;
    block *b = a->head;
    while (b) {
        block *n = b->next;
        free(b);
        b = n;
    }
    free(a);
}

void *ds__arena_alloc(ds__arena *a, size_t size) {
    size = (size + ALIGN - 1) & ~(ALIGN - 1);
    if (size == 0)
        size = ALIGN;
    block *b = a->head;
    if (!b || b->size - b->used < size) {
        size_t bs = size > BLOCK_SIZE ? size : BLOCK_SIZE;
        if (bs > a->max || a->total > a->max - bs)
            return NULL;
        b = malloc(sizeof *b + bs);
        if (!b)
            return NULL;
        b->size = bs;
        b->used = 0;
        a->total += bs;
        /* A big one-off block goes behind the head so the head keeps its
         * free space for the small allocations that follow. */
        if (a->head && bs > BLOCK_SIZE) {
            b->next = a->head->next;
            a->head->next = b;
        } else {
            b->next = a->head;
            a->head = b;
        }
    }
    void *p = b->data + b->used;
    b->used += size;
    memset(p, 0, size);
    return p;
}

char *ds__arena_strndup(ds__arena *a, const char *s, size_t len) {
    char *p = ds__arena_alloc(a, len + 1);
    if (!p)
        return NULL;
    if (len)
        memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *ds__arena_strdup(ds__arena *a, const char *s) { return ds__arena_strndup(a, s, strlen(s)); }

size_t ds__arena_used(const ds__arena *a) { return a->total; }
